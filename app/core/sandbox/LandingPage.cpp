#include "sandbox/LandingPage.h"

#include "util/MiniTemplate.h"

#include <QFile>
#include <QUrl>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace statusdeck {

namespace {

// The page's text and markup are data: resources/sandbox/landing.html.
const MiniTemplate &landingTemplate()
{
    static const MiniTemplate tpl = [] {
        QFile file(u":/sandbox/landing.html"_s);
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Q_UNUSED(opened);
        return MiniTemplate(QString::fromUtf8(file.readAll()));
    }();
    return tpl;
}

QVariantMap postForm(const QString &action, const QString &label)
{
    return {{u"action"_s, action}, {u"label"_s, label}};
}

} // namespace

QByteArray landingPage(const QString &hostHeader, const QString &otherOrigin, const HttpLimits &limits)
{
    QVariantList redirectForms;
    for (const int code : {301, 302, 303, 307, 308})
        redirectForms.append(postForm(u"/redirect-code/%1"_s.arg(code), u"POST to a %1"_s.arg(code)));
    QVariantList crossOriginForms;
    if (!otherOrigin.isEmpty()) {
        const QString target = QString::fromLatin1(QUrl::toPercentEncoding(otherOrigin + u"/anything"_s));
        for (const int code : {302, 307})
            crossOriginForms.append(postForm(u"/redirect-to?url=%1&status_code=%2"_s.arg(target).arg(code),
                                             u"POST to a %1 to the other origin"_s.arg(code)));
    }
    const QVariantMap context{
        {u"host"_s, hostHeader},
        {u"other_origin"_s, otherOrigin},
        {u"redirect_forms"_s, redirectForms},
        {u"cross_origin_forms"_s, crossOriginForms},
        {u"max_target_bytes"_s, QString::number(limits.maxTargetBytes)},
        {u"max_header_section_bytes"_s, QString::number(limits.maxHeaderSectionBytes)},
        {u"max_header_fields"_s, QString::number(limits.maxHeaderFields)},
        {u"max_body_bytes"_s, QString::number(limits.maxBodyBytes)},
        {u"header_timeout_s"_s, QString::number(limits.headerTimeoutMs / 1000.0)},
        {u"idle_timeout_s"_s, QString::number(limits.idleTimeoutMs / 1000.0)},
        {u"max_connections"_s, QString::number(limits.maxConnections)},
    };
    // Every value is HTML-escaped, the request's Host above all.
    return landingTemplate().render(context, [](const QString &value) { return value.toHtmlEscaped(); }).toUtf8();
}

} // namespace statusdeck
