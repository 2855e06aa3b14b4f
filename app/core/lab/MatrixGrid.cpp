#include "lab/MatrixGrid.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace statusdeck::lab::grid {

const QList<QByteArray> &methods()
{
    static const QList<QByteArray> list{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    return list;
}

const QList<int> &codes()
{
    static const QList<int> list{301, 302, 303, 307, 308};
    return list;
}

int indexOf(const QByteArray &method, int code)
{
    const qsizetype row = methods().indexOf(method);
    const qsizetype column = codes().indexOf(code);
    if (row < 0 || column < 0)
        return -1;
    return int(row * codes().size() + column);
}

bool sendsBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

QList<MatrixCell> cells(const QUrl &base, const QString &run)
{
    QList<MatrixCell> list;
    const QByteArray origin = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    for (qsizetype row = 0; row < methods().size(); ++row) {
        for (int code : codes()) {
            MatrixCell cell;
            cell.method = methods().at(row);
            cell.code = code;
            cell.token = u"sdlab%1r%2c%3"_s.arg(run).arg(row).arg(code);
            cell.bodySent = sendsBody(cell.method);
            cell.url = QUrl::fromEncoded(origin + "/redirect-to?url=%2Fanything%3Flab%3D" + cell.token.toLatin1() +
                                         "&status_code=" + QByteArray::number(code));
            list.append(cell);
        }
    }
    return list;
}

const QStringList &scopes()
{
    static const QStringList list{u"same-origin"_s, u"other-port"_s, u"other-host"_s};
    return list;
}

QString scopeText(const QString &scope)
{
    if (scope == "same-origin"_L1)
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "same origin");
    if (scope == "other-port"_L1)
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "another port");
    if (scope == "other-host"_L1)
        return QCoreApplication::translate("statusdeck::lab::RedirectMatrix", "another host");
    return scope;
}

int crossOriginIndexOf(const QString &scope, int code)
{
    const qsizetype row = scopes().indexOf(scope);
    const qsizetype column = codes().indexOf(code);
    if (row < 0 || column < 0)
        return -1;
    return int(row * codes().size() + column);
}

const QList<QByteArray> &crossOriginHeaders()
{
    static const QList<QByteArray> list{"Authorization", "Cookie", "X-StatusDeck-Probe"};
    return list;
}

QString otherHost(const QUrl &base)
{
    return base.host() == "127.0.0.1"_L1 ? u"localhost"_s : u"127.0.0.1"_s;
}

QList<MatrixCell> crossOriginCells(const QUrl &base, const QUrl &second, const QString &run)
{
    QList<MatrixCell> list;
    const QByteArray origin = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    for (qsizetype row = 0; row < scopes().size(); ++row) {
        const QString &scope = scopes().at(row);
        QUrl target = base;
        if (scope == "other-port"_L1)
            target = second.isValid() && !second.isEmpty() ? second : base;
        else if (scope == "other-host"_L1)
            target.setHost(otherHost(base));
        for (int code : codes()) {
            MatrixCell cell;
            cell.method = "GET";
            cell.code = code;
            cell.scope = scope;
            cell.token = u"sdlab%1x%2c%3"_s.arg(run).arg(row).arg(code);
            QUrl to = target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
            to.setPath(u"/anything"_s);
            to.setQuery(u"lab="_s + cell.token);
            cell.redirectTo = to.toEncoded();
            cell.url = QUrl::fromEncoded(
                origin + "/redirect-to?url=" + QUrl::toPercentEncoding(QString::fromLatin1(cell.redirectTo)) +
                "&status_code=" + QByteArray::number(code));
            list.append(cell);
        }
    }
    return list;
}

int rowCount(Kind kind)
{
    return int(kind == Kind::CrossOrigin ? scopes().size() : methods().size());
}

QList<MatrixCell> cellsOf(Kind kind, const QUrl &base, const QUrl &second, const QString &run)
{
    return kind == Kind::CrossOrigin ? crossOriginCells(base, second, run) : cells(base, run);
}

LabRequest firstRequest(const MatrixCell &cell)
{
    LabRequest first;
    first.method = cell.method;
    first.url = cell.url;
    first.headers = {{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
    if (!cell.scope.isEmpty())
        first.headers.insert(1, qMakePair(QByteArrayLiteral("Cookie"), QByteArrayLiteral("statusdeck-lab=1")));
    if (cell.bodySent) {
        first.body = requestBody();
        first.headers.append(
            qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    }
    return first;
}

QByteArray location(const MatrixCell &cell)
{
    if (!cell.redirectTo.isEmpty())
        return cell.redirectTo;
    return "/anything?lab=" + cell.token.toLatin1();
}

RedirectDecision predict(const ClientProfile &profile, const MatrixCell &cell)
{
    const LabRequest first = firstRequest(cell);
    return profile.decide(first, cell.code, location(cell), 0, {first.url});
}

} // namespace statusdeck::lab::grid
