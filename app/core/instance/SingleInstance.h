#pragma once

#include "instance/InstanceMessage.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;

namespace statusdeck::instance {

// The running window's side: a QLocalServer under serverName(), readable only by the user,
// that answers each connection's one request (InstanceMessage.h) with the handler's reply.
// Garbage, an oversized or a stalled message is answered with an error and changes nothing.
class InstanceServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Reply(const Request &)>;

    explicit InstanceServer(const QString &name, QObject *parent = nullptr);
    ~InstanceServer() override;

    // Listens under the name. A socket left behind by an instance that crashed (nothing
    // answers on it) is removed first; false when another instance answers there (it is
    // running) or the name cannot be taken (*error says why).
    bool listen(QString *error = nullptr);
    QString name() const { return m_name; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // How long a client may take to send its line (default 5 s).
    void setReadTimeout(int milliseconds) { m_readTimeout = milliseconds; }

Q_SIGNALS:
    void requestReceived(const statusdeck::instance::Request &request);
    void garbageReceived(const QString &why);

private:
    void accept();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
    Handler m_handler;
    int m_readTimeout = 5000;
};

struct Forwarded {
    enum class Outcome {
        Delivered,  // the running window took it: reply says what came of it
        NoInstance, // nothing listens under the name (or only a stale socket)
        NoAnswer,   // something listens but gave no valid reply in time (error says what)
    };
    Outcome outcome = Outcome::NoInstance;
    Reply reply;
    QString error;
};

// The second process's side: connects (1 s at most), sends the request, waits for the reply
// (timeoutMs: the window answers once it has opened the card or read the HAR file, which at
// the size limit takes seconds). Blocking, so it needs no event loop (main.cpp calls it on a
// QCoreApplication before any window exists).
Forwarded forwardRequest(const QString &name, const Request &request, int timeoutMs = 30000);

// What a window start is: the only window (it serves the name), a request handed to the
// running one, or a window of its own (--new-window: no connection is even attempted).
struct Claim {
    enum class Role { Primary, Forwarded, Separate };
    Role role = Role::Separate;
    Forwarded forwarded;                    // Role::Forwarded
    std::unique_ptr<InstanceServer> server; // Role::Primary
};

// Forwards unless newWindow; listens when nobody answered. When two start at once, the one
// that loses the race to listen forwards to the winner.
Claim claim(const QString &name, const Request &request, bool newWindow);

} // namespace statusdeck::instance
