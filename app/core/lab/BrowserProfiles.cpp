#include "lab/BrowserProfiles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {

// What both do once a request is on its way: the Fetch standard's HTTP-redirect fetch, which
// browsers run for navigations and form submissions as for fetch().
class BrowserRedirects : public ClientProfile
{
public:
    int maxRedirects() const override { return 20; }

protected:
    ClientProfile::Transition redirect(const LabRequest &sent, int status) const
    {
        if ((status == 301 || status == 302) && sent.method == "POST")
            return {true, "GET", false,
                    QCoreApplication::translate("ClientProfile",
                                                "The browser turns the POST into a GET on %1 and drops the body.")
                        .arg(status),
                    u"fetch.301-302-post-to-get"_s};
        if (status == 303 && sent.method != "GET" && sent.method != "HEAD")
            return {
                true, "GET", false,
                QCoreApplication::translate("ClientProfile", "The browser follows a 303 with a GET, without the body."),
                u"fetch.303-to-get"_s};
        return {true, sent.method, true,
                (sent.body.isEmpty()
                     ? QCoreApplication::translate("ClientProfile", "The browser keeps the %1 on %2.")
                     : QCoreApplication::translate("ClientProfile", "The browser keeps the %1 and its body on %2."))
                    .arg(QString::fromLatin1(sent.method))
                    .arg(status),
                u"fetch.redirect-keep-method"_s};
    }
    QList<QByteArray> contentHeadersDroppedOnGet() const override
    {
        return {"Content-Encoding", "Content-Language", "Content-Location", "Content-Type"};
    }
    // The rules are the Fetch standard's, in browsers.json, for forms and navigations alike.
    QString contentHeadersRule() const override { return u"browser.content-headers"_s; }
    QString limitRule() const override { return u"browser.limit"_s; }
    QString loopRule() const override { return u"browser.loop"_s; }
    QString headersRule() const override { return u"fetch.cross-origin-authorization"_s; }
    QList<HeaderDrop> headerDrops(const LabRequest &sent, const QUrl &next, int, const QUrl &) const override
    {
        if (!sameOrigin(sent.url, next))
            return {{"Authorization", u"fetch.cross-origin-authorization"_s}};
        return {};
    }
};

// An HTML form: method="get" or "post" (the other keyword, "dialog", sends nothing), fields
// as the query of a GET or as an urlencoded body of a POST, no header of the page's choosing.
class FormProfile final : public BrowserRedirects
{
public:
    QString id() const override { return u"form"_s; }
    QString name() const override
    {
        return QCoreApplication::translate("ClientProfile", "HTML form submission (browsers)");
    }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (sent.method != "GET" && sent.method != "POST")
            return {false, sent.method, false,
                    QCoreApplication::translate(
                        "ClientProfile", "An HTML form sends only GET or POST; a %1 is not possible with a form.")
                        .arg(QString::fromLatin1(sent.method)),
                    u"html.form-method"_s};
        return redirect(sent, status);
    }
};

// A top-level navigation (a link, location.href, window.open, the address bar): always a GET.
class NavigateProfile final : public BrowserRedirects
{
public:
    QString id() const override { return u"navigate"_s; }
    QString name() const override
    {
        return QCoreApplication::translate("ClientProfile", "Top-level navigation (browsers)");
    }

protected:
    Transition transition(const LabRequest &sent, int status) const override
    {
        if (sent.method != "GET")
            return {false, sent.method, false,
                    QCoreApplication::translate("ClientProfile",
                                                "A navigation is a GET; a %1 is not possible with a navigation.")
                        .arg(QString::fromLatin1(sent.method)),
                    u"html.navigate-get"_s};
        return redirect(sent, status);
    }
};

} // namespace

const ClientProfile &formProfile()
{
    static const FormProfile profile;
    return profile;
}

const ClientProfile &navigateProfile()
{
    static const NavigateProfile profile;
    return profile;
}

} // namespace statusdeck::lab
