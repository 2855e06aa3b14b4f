#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSettings;

namespace statusdeck {
struct HttpExchange;
}

namespace statusdeck::gui {

class RawBytesView;

// The selected exchange of the sandbox's log, below its table: the request as it arrived and
// the response as it was sent, side by side (RawBytesView), how both are shown (line ends
// marked, hex; kept in the settings), and for a row read from a HAR file where it came from.
class ExchangeDetail final : public QWidget
{
    Q_OBJECT
public:
    ExchangeDetail(QSettings &settings, QWidget *parent = nullptr);

    // Shows an exchange, or nothing (null).
    void showExchange(const HttpExchange *exchange);

    RawBytesView *requestView() const { return m_request; }
    RawBytesView *responseView() const { return m_response; }
    QCheckBox *lineEndsToggle() const { return m_lineEnds; }
    QCheckBox *hexToggle() const { return m_hex; }
    QLabel *importNote() const { return m_importNote; }

private:
    void applyRawMode();

    QSettings &m_settings;
    RawBytesView *m_request;
    RawBytesView *m_response;
    QCheckBox *m_lineEnds;
    QCheckBox *m_hex;
    QLabel *m_importNote;
};

} // namespace statusdeck::gui
