#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace statusdeck::lab {

// Which client the lab runs, as one value for the window, the settings and the command line:
// an emulated profile ("fetch"), Qt's own QNetworkAccessManager ("qt"), or an installed program
// run for real ("curl"). toString() is what the settings store ("fetch", "qt", "real:curl").
struct ClientId {
    enum class Kind { Profile, Qt, Program };

    Kind kind = Kind::Profile;
    QString name; // a profile id, "qt", or a program ("curl", "python3", "node", "wget")

    static ClientId profile(const QString &id) { return {Kind::Profile, id}; }
    static ClientId qt() { return {Kind::Qt, QStringLiteral("qt")}; }
    static ClientId program(const QString &name) { return {Kind::Program, name}; }

    QString toString() const;
    // Reads what toString() wrote; nullopt for an empty or malformed text (names are not
    // checked against the profiles here: MatrixClient::resolve() says what is known).
    static std::optional<ClientId> fromString(const QString &text);
    // The command line's form: --client NAME, with --real for a program.
    static ClientId fromCommandLine(const QString &name, bool real);

    bool operator==(const ClientId &other) const = default;
};

} // namespace statusdeck::lab

Q_DECLARE_METATYPE(statusdeck::lab::ClientId)
