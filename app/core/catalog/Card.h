#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace statusdeck {

// Registry status as the IANA HTTP Status Code Registry (or the lack of an entry) gives it.
// Pseudo: not a status code at all but what a tool reports when no response arrived
// (a browser's status 0, curl's 000); such a card has code 0 and names the tool as vendor.
enum class Registry { Standard, Temporary, Unused, Obsolete, Unofficial, Pseudo };

// What a client may do to the request method when it follows a redirect.
enum class RedirectMethod { Preserved, PostMayBecomeGet, BecomesGet };

struct RfcReference {
    QString document; // "RFC 9110", "IANA HTTP Status Code Registry"
    QString section;  // "15.4.2"; empty when the reference is the whole document
    QString quote;    // verbatim; empty where the source is not at hand to check against
};

struct ConfusedWith {
    int code = 0;
    QString difference;
};

struct HeaderInfo {
    QString name;
    QString value; // an example value, also used when generating snippets
    bool required = false;
    QString note;
};

struct RedirectInfo {
    bool permanent = false;
    RedirectMethod method = RedirectMethod::Preserved;
};

// One reference card. Identity is code plus vendor (empty for registered codes),
// so 451 (standard) and 451 (Exchange) can both exist.
struct Card {
    int code = 0;
    QString writtenCode; // how a pseudo-code is written when not plain digits of code ("000"); else empty
    QString phrase;
    QStringList formerPhrases;
    QStringList keywords; // words people use for the situation that are not in the phrase, for search
    Registry registry = Registry::Standard;
    QString vendor;
    QString emoji;
    QString summary;
    QString definition;
    QList<RfcReference> rfc;
    QStringList causes;
    // Raw HTTP/1.1 bytes, CRLF line ends in the header section; for a pseudo-code, which has
    // no response, what the tool shows instead (plain text, LF line ends).
    QByteArray exampleResponse;
    // The example's own status: the code itself, except for codes that only occur inside
    // another response (208 lives in a 207 Multi-Status body).
    int exampleStatus = 0;
    QString misinterpretation;
    QStringList whenToUse;
    QList<ConfusedWith> confusedWith;
    bool heuristicallyCacheable = false;
    std::optional<RedirectInfo> redirect;
    QList<HeaderInfo> headers;

    // Inputs for snippet generation.
    QString snippetBody; // empty: the snippet sends no content
    QString snippetContentType;
    QString snippetWireNote; // a vendor's code its own software never sends as is: what it sends instead
    // What reaches the wire from one framework when it differs from the code (framework id ->
    // status; 0: the connection closes without an answer), from "snippet"."wire_status".
    QMap<QString, int> snippetWireStatus;
    QMap<QString, QString> snippetOverrides; // framework id -> code

    QString sourceFile; // resource path it was loaded from, for messages

    QString id() const;       // "301", "499-nginx", "000-curl"
    QString codeText() const; // "404"; "0" or "000" for pseudo-codes
    bool isPseudo() const { return registry == Registry::Pseudo; }
    int codeClass() const { return code / 100; }
    bool forbidsContent() const; // 1xx, 204, 304: no content in the response
    QString location() const;    // example Location value, empty when none
};

QString registryName(Registry registry);
std::optional<Registry> registryFromName(const QString &name);
QString redirectMethodName(RedirectMethod method);
std::optional<RedirectMethod> redirectMethodFromName(const QString &name);
QString classKey(int codeClass);  // "3xx"
QString className(int codeClass); // "Redirection" (translated)

} // namespace statusdeck
