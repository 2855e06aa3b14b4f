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
class RawModeBar;

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
    QCheckBox *lineEndsToggle() const;
    QCheckBox *hexToggle() const;
    QLabel *importNote() const { return m_importNote; }

private:
    RawBytesView *m_request;
    RawBytesView *m_response;
    RawModeBar *m_rawMode; // the same toggles as the lab's hop pane
    QLabel *m_importNote;
};

} // namespace statusdeck::gui
