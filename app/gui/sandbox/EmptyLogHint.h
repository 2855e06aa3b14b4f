#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace statusdeck::gui {

// What the exchange log shows while it has no rows: how to send the first request, with a
// curl line for the sandbox's current address to copy; or, when it does not run, how to start
// it; or, when the filter hides every row, that it does.
class EmptyLogHint final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyLogHint(QWidget *parent = nullptr);

    // url: the sandbox's address (or the one it will have on start); filtered: rows exist,
    // none shown.
    void update(const QUrl &url, bool running, bool filtered);
    QString commandLine() const;

Q_SIGNALS:
    void copied(const QString &text);

private:
    QLabel *m_text;
    QLineEdit *m_command;
    QPushButton *m_copy;
};

} // namespace statusdeck::gui
