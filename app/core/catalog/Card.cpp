#include "catalog/Card.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck {

QString Card::id() const
{
    return vendor.isEmpty() ? codeText() : codeText() + u'-' + vendor.toLower();
}

QString Card::codeText() const
{
    return writtenCode.isEmpty() ? QString::number(code) : writtenCode;
}

bool Card::forbidsContent() const
{
    return (code >= 100 && code < 200) || code == 204 || code == 304;
}

QString Card::location() const
{
    for (const HeaderInfo &header : headers) {
        if (header.name.compare("Location"_L1, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

QString registryName(Registry registry)
{
    switch (registry) {
    case Registry::Standard:
        return u"standard"_s;
    case Registry::Temporary:
        return u"temporary"_s;
    case Registry::Unused:
        return u"unused"_s;
    case Registry::Obsolete:
        return u"obsolete"_s;
    case Registry::Unofficial:
        return u"unofficial"_s;
    case Registry::Pseudo:
        return u"pseudo"_s;
    }
    return {};
}

std::optional<Registry> registryFromName(const QString &name)
{
    for (Registry r : {Registry::Standard, Registry::Temporary, Registry::Unused, Registry::Obsolete,
                       Registry::Unofficial, Registry::Pseudo}) {
        if (registryName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString redirectMethodName(RedirectMethod method)
{
    switch (method) {
    case RedirectMethod::Preserved:
        return u"preserved"_s;
    case RedirectMethod::PostMayBecomeGet:
        return u"post-may-become-get"_s;
    case RedirectMethod::BecomesGet:
        return u"becomes-get"_s;
    }
    return {};
}

std::optional<RedirectMethod> redirectMethodFromName(const QString &name)
{
    for (RedirectMethod m : {RedirectMethod::Preserved, RedirectMethod::PostMayBecomeGet, RedirectMethod::BecomesGet}) {
        if (redirectMethodName(m) == name)
            return m;
    }
    return std::nullopt;
}

QString classKey(int codeClass)
{
    return QString::number(codeClass) + u"xx"_s;
}

QString className(int codeClass)
{
    switch (codeClass) {
    case 1:
        return QCoreApplication::translate("Card", "Informational");
    case 2:
        return QCoreApplication::translate("Card", "Successful");
    case 3:
        return QCoreApplication::translate("Card", "Redirection");
    case 4:
        return QCoreApplication::translate("Card", "Client Error");
    case 5:
        return QCoreApplication::translate("Card", "Server Error");
    case 0:
        return QCoreApplication::translate("Card", "Not a status code");
    default:
        return QCoreApplication::translate("Card", "Nonstandard");
    }
}

} // namespace statusdeck
