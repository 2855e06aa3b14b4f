#include "sandbox/EmptyLogHint.h"

#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

EmptyLogHint::EmptyLogHint(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_command(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(u"emptyLogHint"_s);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(u"emptyLogText"_s);
    m_command->setReadOnly(true);
    m_command->setObjectName(u"emptyLogCommand"_s);
    m_command->setAccessibleName(tr("Command to send a first request"));
    m_command->setFont(monospaceFont());
    m_command->setMinimumWidth(m_command->fontMetrics().horizontalAdvance(u'0') * 52);
    m_copy->setObjectName(u"emptyLogCopy"_s);
    m_copy->setIcon(themedIcon(ActionIcon::Copy));
    m_copy->setToolTip(tr("Copy this command to the clipboard, to paste it in a terminal"));
    auto *line = new QHBoxLayout;
    line->addStretch(1);
    line->addWidget(m_command);
    line->addWidget(m_copy);
    line->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(line);
    layout->addStretch(2);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_command->text());
        Q_EMIT copied(m_command->text());
    });
}

QString EmptyLogHint::commandLine() const
{
    return m_command->text();
}

void EmptyLogHint::update(const QUrl &url, bool running, bool filtered)
{
    if (filtered)
        m_text->setText(tr("No exchange matches the filter. Clear it to see all of them."));
    else if (running)
        m_text->setText(tr("<b>No exchanges yet.</b><br/>Send a request to the sandbox from any client: a "
                           "browser, your code, or this command in a terminal. It shows up here as it arrives."));
    else
        m_text->setText(tr("<b>No exchanges yet.</b><br/>Start the sandbox, then send it a request from any client, "
                           "for example with this command in a terminal."));
    QUrl target = url;
    target.setPath(u"/status/418"_s);
    m_command->setText(u"curl -i "_s + target.toString());
    m_command->setVisible(!filtered);
    m_copy->setVisible(!filtered);
}

} // namespace statusdeck::gui
