#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace statusdeck::instance {

// The single-instance protocol: a second `statusdeck` hands its request to the running
// window over a local socket (SingleInstance.h) and prints the answer. One request and one
// reply per connection, each a single line of JSON (UTF-8, ended by '\n', at most
// kMaxMessageBytes), carrying the protocol version under "statusdeck":
//
//   -> {"statusdeck":1,"type":"open","card":"404","page":"","theme":"","file":"/home/a/x.har"}
//   <- {"statusdeck":1,"status":0,"message":""}
//
// Keys a reader does not know are ignored, so a later version may add some; a request of
// another version, of another type, with a field of the wrong type or value, or anything
// that is not such a line is refused as a whole and changes nothing.
constexpr int kProtocolVersion = 1;
constexpr qsizetype kMaxMessageBytes = qsizetype(64) * 1024;

// What the window is asked to show: every field may be empty (then only raise it).
struct Request {
    QString card;  // a card id as given on the command line ("404", "499-nginx")
    QString page;  // "", "reference", "sandbox", "lab"
    QString theme; // "", "light", "dark"
    QString file;  // an absolute path of a HAR file to open in the exchange log

    friend bool operator==(const Request &, const Request &) = default;
};

// What came of it, for the second process to print and exit with.
struct Reply {
    int status = 0;  // the exit status: 0 done, 1 failed (a HAR that could not be read), 2 unknown card
    QString message; // said on stderr when not empty
};

QByteArray encodeRequest(const Request &request);
// nullopt, with why, for anything that is not a valid request of this version.
std::optional<Request> decodeRequest(const QByteArray &line, QString *why = nullptr);
QByteArray encodeReply(const Reply &reply);
std::optional<Reply> decodeReply(const QByteArray &line, QString *why = nullptr);

// A name for the local socket that is the same for every start by one user with one
// settings file and differs otherwise: "statusdeck-alice-1b2c3d4e5f60". Only [A-Za-z0-9_-],
// short enough for a Unix socket path in macOS's long temporary folder, valid as a Windows
// pipe name; the hash covers the full user name, so users whose names differ only in
// characters that were dropped do not share one.
QString serverName(const QString &userName, const QString &settingsFile);
// serverName() for this process (the user from the environment, QSettings' file), as an
// absolute path in $XDG_RUNTIME_DIR where that is set (a folder only the user can enter, so
// nobody else can take the name), else the plain name (Qt puts it in the temporary folder;
// on Windows it names a pipe).
QString defaultServerName();

} // namespace statusdeck::instance

Q_DECLARE_METATYPE(statusdeck::instance::Request)
