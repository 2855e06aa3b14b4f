#include "RawModeBar.h"

#include "sandbox/RawBytesView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

RawModeBar::RawModeBar(QWidget *parent)
    : QWidget(parent)
    , m_lineEnds(new QCheckBox(tr("Show line ends (\\r\\n)"), this))
    , m_hex(new QCheckBox(tr("Hex"), this))
{
    m_lineEnds->setObjectName(u"rawLineEnds"_s);
    m_lineEnds->setToolTip(tr("Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart"));
    m_hex->setObjectName(u"rawHex"_s);
    m_hex->setToolTip(tr("Show the bytes as a hex dump: offset, hex, ASCII"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_lineEnds);
    layout->addWidget(m_hex);
    connect(m_lineEnds, &QCheckBox::toggled, this, &RawModeBar::apply);
    connect(m_hex, &QCheckBox::toggled, this, &RawModeBar::apply);
}

void RawModeBar::addView(RawBytesView *view)
{
    m_views.append(view);
    view->setShowLineEnds(showsLineEnds());
    view->setHex(isHex());
}

void RawModeBar::setMode(bool lineEnds, bool hex)
{
    const QSignalBlocker blockLineEnds(m_lineEnds);
    const QSignalBlocker blockHex(m_hex);
    m_lineEnds->setChecked(lineEnds);
    m_hex->setChecked(hex);
    apply();
}

void RawModeBar::keepIn(QSettings &settings, const QString &group)
{
    const QString lineEnds = group + u"/showLineEnds"_s;
    const QString hex = group + u"/hex"_s;
    setMode(settings.value(lineEnds, false).toBool(), settings.value(hex, false).toBool());
    connect(this, &RawModeBar::modeChanged, this, [&settings, lineEnds, hex](bool showLineEnds, bool showHex) {
        settings.setValue(lineEnds, showLineEnds);
        settings.setValue(hex, showHex);
    });
}

bool RawModeBar::showsLineEnds() const
{
    return m_lineEnds->isChecked();
}

bool RawModeBar::isHex() const
{
    return m_hex->isChecked();
}

void RawModeBar::apply()
{
    for (RawBytesView *view : std::as_const(m_views)) {
        view->setShowLineEnds(showsLineEnds());
        view->setHex(isHex());
    }
    m_lineEnds->setEnabled(!isHex());
    Q_EMIT modeChanged(showsLineEnds(), isHex());
}

} // namespace statusdeck::gui
