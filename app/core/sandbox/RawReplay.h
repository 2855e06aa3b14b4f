#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QTcpSocket;

namespace statusdeck {

// The exchange log's Replay: a logged request's bytes sent again, exactly as they arrived, to
// the sandbox on a connection of its own; the sandbox logs it as a new exchange. It reads the
// answer until it is complete (or the server closes) and then closes, so a keep-alive
// connection is not left open. Deletes itself after finished().
class RawReplay final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 15000;

    // Starts at once; origin is where to send ("http://127.0.0.1:8088").
    static RawReplay *send(const QUrl &origin, const QByteArray &bytes, const QByteArray &method,
                           QObject *parent = nullptr);

Q_SIGNALS:
    // error is empty when an answer came back (its status in status).
    void finished(int status, const QString &error);

private:
    RawReplay(const QByteArray &bytes, const QByteArray &method, QObject *parent);
    void onReadyRead();
    void finish(const QString &error);

    QTcpSocket *m_socket;
    QByteArray m_bytes;
    QByteArray m_method;
    QByteArray m_answer;
    bool m_done = false;
};

} // namespace statusdeck
