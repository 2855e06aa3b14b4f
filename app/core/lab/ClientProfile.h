#pragma once

#include "http/HttpMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace statusdeck::lab {

// A request as a client sends it on one hop of a redirect chain.
struct LabRequest {
    QByteArray method;
    QUrl url;
    HeaderList headers; // what the client itself sends, in order
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    void removeHeader(const QByteArray &name);
};

// Why a chain ended.
enum class StopReason {
    None,          // not stopped: follow with the next request
    FinalResponse, // not a redirect the client follows
    NoLocation,    // a 3xx without a usable Location
    LimitReached,  // the client's redirect limit
    Loop,          // the client noticed it keeps visiting the same URL
    Refused,       // the client raises an error instead of following
};

QString stopReasonName(StopReason reason); // "final", "limit", ... for JSON
QString stopReasonText(StopReason reason); // translated, for display

// A header the client removes on a hop, and the rule that removes it.
struct HeaderDrop {
    QByteArray name;
    QString rule; // id in resources/lab/rules/*.json
    bool operator==(const HeaderDrop &other) const = default;
};

struct RedirectDecision {
    StopReason stop = StopReason::None;
    LabRequest next;            // valid when stop == None
    QStringList headersDropped; // names removed compared with the request before
    QString explanation;        // one sentence: what the client does and why
    QString rule;               // the id of the rule behind it (RuleBook::builtIn()), may be empty
    QList<HeaderDrop> drops;    // every header removed on this hop with its rule (framing aside)
    QString headersRule;        // followed: the rule on what the client's own headers do across origins

    // The rule that removed header (case-insensitive), or empty.
    QString dropRule(const QString &header) const;
};

// How one real client follows redirects (../shared/docs/REDIRECTS.md), as a pure
// function: the request it sent and the redirect it got in, the next request (or why
// it stops) out. No sockets, so every profile is tested with a table.
class ClientProfile
{
public:
    virtual ~ClientProfile() = default;

    virtual QString id() const = 0;   // "fetch"
    virtual QString name() const = 0; // "Fetch standard (browsers, Node.js fetch)"
    virtual int maxRedirects() const = 0;
    // The real client this profile was checked against, and its version ("httpx", "0.23.3");
    // empty for a profile no program was observed for (rfc, postman). A real run whose installed
    // version differs says so beside any mismatch (versionDiffers() in RealClient.h).
    virtual QString observedClient() const { return {}; }
    virtual QString observedVersion() const { return {}; }
    QString observedWith() const; // "httpx 0.23.3", empty when not observed

    // sent: the request of this hop; status and location: its response; followed: how many
    // redirects the chain has followed already; visited: every URL requested so far.
    RedirectDecision decide(const LabRequest &sent, int status, const QByteArray &location, int followed,
                            const QList<QUrl> &visited) const;

    // The profiles, in the order the lab lists them.
    static const QList<const ClientProfile *> &all();
    static const ClientProfile *find(const QString &id);

protected:
    struct Transition {
        Transition() = default;
        Transition(bool follow_, QByteArray method_, bool keepBody_, QString why_, QString rule_ = {})
            : follow(follow_)
            , method(std::move(method_))
            , keepBody(keepBody_)
            , why(std::move(why_))
            , rule(std::move(rule_))
        {}
        bool follow = true;
        QByteArray method;
        bool keepBody = true;
        QString why;
        QString rule; // id in resources/lab/rules/*.json: the standard or behaviour behind it
        // When !follow: Refused (the client raises an error) or FinalResponse (it hands the 3xx to
        // its caller as the answer, as Go does with a 307 whose body it cannot send again).
        StopReason stop = StopReason::Refused;
    };
    // What the client does to the method and body for this code.
    virtual Transition transition(const LabRequest &sent, int status) const = 0;
    // Which codes the client follows at all (most: 301, 302, 303, 307, 308).
    virtual bool follows(int status) const;
    // Headers to remove on the next hop (beyond what a method change removes). Kept for profiles
    // that do not name rules yet: the default headerDrops() uses it, with no rule.
    virtual QList<QByteArray> dropOnHop(const LabRequest &sent, const QUrl &next, int status) const;
    // Headers to remove on the next hop, each with the rule that removes it. first: the URL the
    // chain started at (curl compares with it, the others with sent.url).
    virtual QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int status,
                                          const QUrl &first) const;
    // Headers the client removes when the method changes to GET or HEAD, and the rule for it.
    virtual QList<QByteArray> contentHeadersDroppedOnGet() const;
    virtual QString contentHeadersRule() const { return id() + QStringLiteral(".content-headers"); }
    // The rules behind the stops: the client's redirect limit and its loop detection.
    virtual QString limitRule() const { return id() + QStringLiteral(".limit"); }
    virtual QString loopRule() const { return id() + QStringLiteral(".loop"); }
    // The rule on credentials and custom headers across origins (removed or kept).
    virtual QString headersRule() const { return id() + QStringLiteral(".credentials"); }
    // True when a loop is reported before the limit is hit.
    virtual bool detectsLoops(const QUrl &next, const QList<QUrl> &visited) const;

    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static bool sameHost(const QUrl &a, const QUrl &b);
    // Tags names with one rule.
    static QList<HeaderDrop> tagged(const QList<QByteArray> &names, const QString &rule);
};

// How next's origin differs from from's, in words ("port 44687 ≠ 45205", "host localhost ≠
// 127.0.0.1", "scheme https ≠ http"); empty when both are the same origin.
QString originDifference(const QUrl &from, const QUrl &next);

} // namespace statusdeck::lab
