#include "http/Headers.h"

#include <algorithm>
#include <initializer_list>

namespace statusdeck::headers {

namespace {

bool isOneOf(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    return std::any_of(names.begin(), names.end(),
                       [name](QByteArrayView candidate) { return sameName(name, candidate); });
}

} // namespace

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray value(const HeaderList &list, QByteArrayView name)
{
    for (const auto &entry : list) {
        if (sameName(entry.first, name))
            return entry.second.isNull() ? QByteArray("") : entry.second;
    }
    return {};
}

bool contains(const HeaderList &list, QByteArrayView name)
{
    return std::any_of(list.begin(), list.end(), [name](const auto &entry) { return sameName(entry.first, name); });
}

qsizetype count(const HeaderList &list, QByteArrayView name)
{
    return std::count_if(list.begin(), list.end(), [name](const auto &entry) { return sameName(entry.first, name); });
}

void set(HeaderList &list, const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (auto it = list.begin(); it != list.end();) {
        if (!sameName(it->first, name)) {
            ++it;
        } else if (!replaced) {
            it->second = value;
            replaced = true;
            ++it;
        } else {
            it = list.erase(it);
        }
    }
    if (!replaced)
        list.append({name, value});
}

void remove(HeaderList &list, QByteArrayView name)
{
    list.removeIf([name](const auto &entry) { return sameName(entry.first, name); });
}

bool isFraming(QByteArrayView name)
{
    return isOneOf(name, {"Content-Length", "Transfer-Encoding"});
}

bool isHopByHop(QByteArrayView name)
{
    return isOneOf(name, {"Connection", "Keep-Alive", "Proxy-Connection", "TE", "Transfer-Encoding", "Upgrade"});
}

bool isTransport(QByteArrayView name)
{
    return isFraming(name) || isHopByHop(name) || isOneOf(name, {"Host", "Expect"});
}

bool isWrittenByConnection(QByteArrayView name)
{
    return isFraming(name) || isOneOf(name, {"Connection", "Date"});
}

bool isToken(QByteArrayView name)
{
    const auto tokenChar = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    };
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), tokenChar);
}

bool isSafeToSend(QByteArrayView name, QByteArrayView value)
{
    const auto control = [](char c) {
        return (uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f;
    };
    return isToken(name) && std::none_of(value.begin(), value.end(), control);
}

} // namespace statusdeck::headers
