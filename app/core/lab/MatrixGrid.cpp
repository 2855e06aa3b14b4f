#include "lab/MatrixGrid.h"

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

LabRequest firstRequest(const MatrixCell &cell)
{
    LabRequest first;
    first.method = cell.method;
    first.url = cell.url;
    first.headers = {{"Authorization", "Bearer statusdeck-lab"}, {"X-StatusDeck-Probe", "1"}};
    if (cell.bodySent) {
        first.body = requestBody();
        first.headers.append(
            qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    }
    return first;
}

QByteArray location(const MatrixCell &cell)
{
    return "/anything?lab=" + cell.token.toLatin1();
}

RedirectDecision predict(const ClientProfile &profile, const MatrixCell &cell)
{
    const LabRequest first = firstRequest(cell);
    return profile.decide(first, cell.code, location(cell), 0, {first.url});
}

} // namespace statusdeck::lab::grid
