#include "sandbox/ExchangeDetail.h"

#include "RawModeBar.h"
#include "http/HttpExchange.h"
#include "sandbox/RawBytesView.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

ExchangeDetail::ExchangeDetail(QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_request(new RawBytesView(this))
    , m_response(new RawBytesView(this))
    , m_rawMode(new RawModeBar(this))
    , m_importNote(new QLabel(this))
{
    m_request->setAccessibleName(tr("Raw request"));
    m_response->setAccessibleName(tr("Raw response"));
    auto *raw = new QSplitter(Qt::Horizontal, this);
    const auto titled = [this](const QString &title, QWidget *content) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box));
        layout->addWidget(content, 1);
        return box;
    };
    raw->addWidget(titled(tr("Request as it arrived"), m_request));
    raw->addWidget(titled(tr("Response as it was sent"), m_response));
    // How the bytes are shown, for both sides at once, kept across sessions.
    m_rawMode->lineEndsToggle()->setObjectName(u"showLineEnds"_s);
    m_rawMode->hexToggle()->setObjectName(u"showHex"_s);
    m_rawMode->addView(m_request);
    m_rawMode->addView(m_response);
    m_rawMode->keepIn(settings, u"sandbox"_s);

    m_importNote->setObjectName(u"importNote"_s);
    m_importNote->setWordWrap(true);
    m_importNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importNote->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_importNote);
    auto *rawLayout = new QVBoxLayout;
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->setSpacing(2);
    rawLayout->addWidget(m_rawMode);
    rawLayout->addWidget(raw, 1);
    layout->addLayout(rawLayout, 1);
}

QCheckBox *ExchangeDetail::lineEndsToggle() const
{
    return m_rawMode->lineEndsToggle();
}

QCheckBox *ExchangeDetail::hexToggle() const
{
    return m_rawMode->hexToggle();
}

void ExchangeDetail::showExchange(const HttpExchange *exchange)
{
    if (!exchange) {
        m_request->setBytes({});
        m_response->setBytes({});
        m_importNote->hide();
        return;
    }
    const HttpExchange &e = *exchange;
    m_importNote->setVisible(e.imported);
    if (e.imported)
        m_importNote->setText(tr("Imported, read-only: %1. Rebuilt from the HAR's fields, not bytes this "
                                 "sandbox saw.")
                                  .arg(e.importNote));
    RawBytesView::showExchange(m_request, m_response, e);
}

} // namespace statusdeck::gui
