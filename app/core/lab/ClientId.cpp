#include "lab/ClientId.h"

using namespace Qt::StringLiterals;

namespace statusdeck::lab {

namespace {
constexpr QLatin1StringView kRealPrefix = "real:"_L1;

bool isName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            return false;
    }
    return true;
}
} // namespace

QString ClientId::toString() const
{
    switch (kind) {
    case Kind::Profile:
        return name;
    case Kind::Qt:
        return u"qt"_s;
    case Kind::Program:
        return kRealPrefix + name;
    }
    return name;
}

std::optional<ClientId> ClientId::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(kRealPrefix)) {
        const QString name = trimmed.mid(kRealPrefix.size());
        if (!isName(name))
            return std::nullopt;
        return program(name);
    }
    if (!isName(trimmed))
        return std::nullopt;
    if (trimmed == "qt"_L1)
        return qt();
    return profile(trimmed);
}

ClientId ClientId::fromCommandLine(const QString &name, bool real)
{
    if (real)
        return program(name);
    if (name == "qt"_L1)
        return qt();
    return profile(name);
}

} // namespace statusdeck::lab
