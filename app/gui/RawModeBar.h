#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QSettings;

namespace statusdeck::gui {

class RawBytesView;

// The two toggles over raw bytes: line ends marked (\r\n visible) and a hex dump. They apply to
// every RawBytesView added, at once; Show line ends is off while Hex is on (a dump has no line
// ends to mark). Used by the Sandbox page's exchange detail and the lab's hop pane.
class RawModeBar : public QWidget
{
    Q_OBJECT
public:
    explicit RawModeBar(QWidget *parent = nullptr);

    void addView(RawBytesView *view);
    void setMode(bool lineEnds, bool hex);
    // Reads the mode from settings (GROUP/showLineEnds, GROUP/hex) and writes every change back.
    void keepIn(QSettings &settings, const QString &group);
    bool showsLineEnds() const;
    bool isHex() const;
    QCheckBox *lineEndsToggle() const { return m_lineEnds; }
    QCheckBox *hexToggle() const { return m_hex; }

Q_SIGNALS:
    void modeChanged(bool lineEnds, bool hex);

private:
    void apply();

    QCheckBox *m_lineEnds;
    QCheckBox *m_hex;
    QList<RawBytesView *> m_views;
};

} // namespace statusdeck::gui
