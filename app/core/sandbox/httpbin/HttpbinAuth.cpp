// httpbin's authentication endpoints: /basic-auth/{user}/{passwd}, /hidden-basic-auth/...,
// /bearer and /digest-auth/{qop}/{user}/{passwd}[/{algorithm}[/{stale_after}]]
// (RFC 7617, RFC 6750, RFC 7616: qop auth and auth-int, MD5, SHA-256 and SHA-512).

#include "sandbox/httpbin/HttpbinHandlers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace statusdeck::httpbin {

namespace {

constexpr QByteArrayView kRealm = "StatusDeck sandbox";

bool basicMatches(const Request &request, const QString &user, const QString &password)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (!authorization.left(6).toLower().startsWith("basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    return colon >= 0 && QString::fromUtf8(decoded.left(colon)) == user &&
           QString::fromUtf8(decoded.mid(colon + 1)) == password;
}

// httpbin's status_code(401): no body, the challenge only.
HttpResponse basicChallenge()
{
    HttpResponse response;
    response.status = 401;
    response.setHeader("WWW-Authenticate", "Basic realm=\"Fake Realm\"");
    return response;
}

QCryptographicHash::Algorithm hashOf(const QByteArray &algorithm)
{
    if (algorithm.compare("SHA-256", Qt::CaseInsensitive) == 0)
        return QCryptographicHash::Sha256;
    if (algorithm.compare("SHA-512", Qt::CaseInsensitive) == 0)
        return QCryptographicHash::Sha512;
    return QCryptographicHash::Md5;
}

QByteArray hex(const QByteArray &data, const QByteArray &algorithm)
{
    return QCryptographicHash::hash(data, hashOf(algorithm)).toHex();
}

// The auth-params of "Digest a=b, c="d, e"" (RFC 9110, section 11.2).
QHash<QByteArray, QByteArray> digestParams(const QByteArray &authorization)
{
    QHash<QByteArray, QByteArray> params;
    qsizetype i = authorization.indexOf(' ');
    if (i < 0)
        return params;
    const qsizetype n = authorization.size();
    while (i < n) {
        while (i < n && (authorization[i] == ' ' || authorization[i] == ','))
            ++i;
        const qsizetype eq = authorization.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray name = authorization.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray value;
        if (i < n && authorization[i] == '"') {
            for (++i; i < n && authorization[i] != '"'; ++i) {
                if (authorization[i] == '\\' && i + 1 < n)
                    ++i;
                value.append(authorization[i]);
            }
            ++i;
        } else {
            const qsizetype end = authorization.indexOf(',', i);
            value = authorization.mid(i, end < 0 ? -1 : end - i).trimmed();
            i = end < 0 ? n : end;
        }
        params.insert(name, value);
    }
    return params;
}

HttpResponse digestChallenge(const Request &request, Services &services, const QByteArray &qop,
                             const QByteArray &algorithm, bool stale)
{
    quint64 salt = 0;
    {
        const QMutexLocker lock(&services.randomMutex);
        salt = (quint64(services.random.next32()) << 32) | services.random.next32();
    }
    const QByteArray nonce =
        hex(request.context.peerAddress.toString().toLatin1() + ':' +
                QByteArray::number(services.clock->currentUtc().toMSecsSinceEpoch()) + ':' + QByteArray::number(salt),
            algorithm);
    const QByteArray opaque = hex(QByteArray::number(salt, 16), algorithm);
    HttpResponse response;
    response.status = 401;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("WWW-Authenticate", "Digest realm=\"" + kRealm.toByteArray() + "\", nonce=\"" + nonce +
                                               "\", qop=\"" + (qop.isEmpty() ? QByteArray("auth, auth-int") : qop) +
                                               "\", opaque=\"" + opaque + "\", algorithm=" + algorithm +
                                               ", stale=" + (stale ? "TRUE" : "FALSE"));
    return response;
}

void addCookie(HttpResponse &response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append({"Set-Cookie", name + '=' + value + "; Path=/"});
}

} // namespace

HttpResponse basicAuthRoute(const Request &request, Services &)
{
    const QString user = request.segments.at(2);
    if (!basicMatches(request, user, request.segments.at(3)))
        return basicChallenge();
    return jsonResponse(200, {{u"authenticated"_s, true}, {u"user"_s, user}});
}

HttpResponse hiddenBasicAuthRoute(const Request &request, Services &)
{
    const QString user = request.segments.at(2);
    if (!basicMatches(request, user, request.segments.at(3)))
        return HttpResponse::text(404, {}, "text/html; charset=utf-8");
    return jsonResponse(200, {{u"authenticated"_s, true}, {u"user"_s, user}});
}

HttpResponse bearerRoute(const Request &request, Services &)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    // RFC 6750, section 2.1: "Bearer" then the token. httpbin takes any Authorization.
    if (authorization.size() < 8 || authorization.left(7).toLower() != "bearer ") {
        HttpResponse response = HttpResponse::text(401, {}, "text/html; charset=utf-8");
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    return jsonResponse(200,
                        {{u"authenticated"_s, true}, {u"token"_s, QString::fromUtf8(authorization.mid(7).trimmed())}});
}

HttpResponse digestAuthRoute(const Request &request, Services &services)
{
    const QStringList &s = request.segments;
    QByteArray qop = s.at(2).toLatin1();
    if (qop != "auth" && qop != "auth-int")
        qop.clear(); // both are offered
    const QString user = s.at(3);
    const QString password = s.at(4);
    QByteArray algorithm = s.size() > 5 ? s.at(5).toLatin1() : QByteArray("MD5");
    if (algorithm != "MD5" && algorithm != "SHA-256" && algorithm != "SHA-512")
        algorithm = "MD5";
    const QByteArray staleAfter = s.size() > 6 ? s.at(6).toUtf8() : QByteArray("never");

    QHash<QString, QString> cookieJar;
    for (const auto &[name, value] : cookies(request.message))
        cookieJar.insert(name, value);
    const bool requireCookie =
        QStringList{u"1"_s, u"t"_s, u"true"_s}.contains(request.arg(u"require-cookie"_s).toLower());

    const QByteArray authorization = request.header("Authorization").trimmed();
    const bool digest = authorization.left(7).toLower() == "digest ";
    if (!digest || (requireCookie && !request.message.hasHeader("Cookie"))) {
        HttpResponse response = digestChallenge(request, services, qop, algorithm, false);
        addCookie(response, "stale_after", staleAfter);
        addCookie(response, "fake", "fake_value");
        return response;
    }
    if (requireCookie && cookieJar.value(u"fake"_s) != "fake_value"_L1) {
        HttpResponse response = jsonResponse(403, {{u"errors"_s, QJsonArray{u"missing cookie set on challenge"_s}}});
        addCookie(response, "fake", "fake_value");
        return response;
    }
    const QHash<QByteArray, QByteArray> p = digestParams(authorization);
    const QByteArray nonce = p.value("nonce");
    if ((cookieJar.contains(u"last_nonce"_s) && cookieJar.value(u"last_nonce"_s).toUtf8() == nonce) ||
        cookieJar.value(u"stale_after"_s) == "0"_L1) {
        HttpResponse response = digestChallenge(request, services, qop, algorithm, true);
        addCookie(response, "stale_after", staleAfter);
        addCookie(response, "last_nonce", nonce);
        addCookie(response, "fake", "fake_value");
        return response;
    }

    // RFC 7616, section 3.4.1: the response is H(H(A1):nonce[:nc:cnonce:qop]:H(A2)).
    const QByteArray alg = p.value("algorithm", "MD5");
    const QByteArray clientQop = p.value("qop");
    const QByteArray uri = request.message.target;
    const QByteArray ha1 = hex(p.value("username") + ':' + p.value("realm") + ':' + password.toUtf8(), alg);
    QByteArray a2 = request.method + ':' + uri;
    if (clientQop == "auth-int")
        a2 += ':' + hex(request.message.body, alg);
    const QByteArray ha2 = hex(a2, alg);
    const QByteArray middle = clientQop.isEmpty()
                                  ? nonce
                                  : QByteArray(nonce + ':' + p.value("nc") + ':' + p.value("cnonce") + ':' + clientQop);
    const QByteArray expected = hex(ha1 + ':' + middle + ':' + ha2, alg);
    const bool qopOffered = qop.isEmpty() || clientQop == qop;
    if (p.value("username") != user.toUtf8() || p.value("response") != expected || !qopOffered) {
        HttpResponse response = digestChallenge(request, services, qop, algorithm, false);
        addCookie(response, "stale_after", staleAfter);
        addCookie(response, "last_nonce", nonce);
        addCookie(response, "fake", "fake_value");
        return response;
    }
    HttpResponse response = jsonResponse(200, {{u"authenticated"_s, true}, {u"user"_s, user}});
    addCookie(response, "fake", "fake_value");
    if (cookieJar.contains(u"stale_after"_s)) {
        const auto count = number(cookieJar.value(u"stale_after"_s));
        addCookie(response, "stale_after", count ? QByteArray::number(*count - 1) : QByteArray("never"));
    }
    return response;
}

} // namespace statusdeck::httpbin
