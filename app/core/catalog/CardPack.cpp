#include "catalog/CardPack.h"

#include <QDataStream>
#include <QIODevice>

namespace statusdeck {

namespace {

constexpr quint32 kMagic = 0x53444350; // "SDCP"
constexpr quint32 kFormat = 4;         // bump when the layout below changes

template<typename T, typename Write> void writeList(QDataStream &out, const QList<T> &items, Write write)
{
    out << quint32(items.size());
    for (const T &item : items)
        write(item);
}

template<typename T, typename Read> QList<T> readList(QDataStream &in, Read read)
{
    quint32 count = 0;
    in >> count;
    QList<T> items;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
        items.append(read());
    return items;
}

void writeCard(QDataStream &out, const Card &card)
{
    out << qint32(card.code) << card.phrase << card.formerPhrases << qint32(card.registry) << card.vendor << card.emoji
        << card.summary << card.definition;
    writeList(out, card.rfc, [&out](const RfcReference &r) { out << r.document << r.section << r.quote; });
    out << card.causes << card.exampleResponse << qint32(card.exampleStatus) << card.misinterpretation
        << card.whenToUse;
    writeList(out, card.confusedWith, [&out](const ConfusedWith &c) { out << qint32(c.code) << c.difference; });
    out << card.heuristicallyCacheable << card.redirect.has_value();
    if (card.redirect)
        out << card.redirect->permanent << qint32(card.redirect->method);
    writeList(out, card.headers, [&out](const HeaderInfo &h) { out << h.name << h.value << h.required << h.note; });
    out << card.snippetBody << card.snippetContentType << card.snippetOverrides << card.sourceFile;
    out << card.writtenCode << card.keywords << card.snippetWireNote << card.snippetWireStatus;
}

Card readCard(QDataStream &in)
{
    Card card;
    qint32 code = 0;
    qint32 registry = 0;
    qint32 exampleStatus = 0;
    in >> code >> card.phrase >> card.formerPhrases >> registry >> card.vendor >> card.emoji >> card.summary >>
        card.definition;
    card.code = code;
    card.registry = Registry(registry);
    card.rfc = readList<RfcReference>(in, [&in] {
        RfcReference r;
        in >> r.document >> r.section >> r.quote;
        return r;
    });
    in >> card.causes >> card.exampleResponse >> exampleStatus >> card.misinterpretation >> card.whenToUse;
    card.exampleStatus = exampleStatus;
    card.confusedWith = readList<ConfusedWith>(in, [&in] {
        ConfusedWith c;
        qint32 other = 0;
        in >> other >> c.difference;
        c.code = other;
        return c;
    });
    bool hasRedirect = false;
    in >> card.heuristicallyCacheable >> hasRedirect;
    if (hasRedirect) {
        RedirectInfo redirect;
        qint32 method = 0;
        in >> redirect.permanent >> method;
        redirect.method = RedirectMethod(method);
        card.redirect = redirect;
    }
    card.headers = readList<HeaderInfo>(in, [&in] {
        HeaderInfo h;
        in >> h.name >> h.value >> h.required >> h.note;
        return h;
    });
    in >> card.snippetBody >> card.snippetContentType >> card.snippetOverrides >> card.sourceFile;
    in >> card.writtenCode >> card.keywords >> card.snippetWireNote >> card.snippetWireStatus;
    return card;
}

} // namespace

QByteArray packCards(const QList<DataFile> &files)
{
    QByteArray pack;
    QDataStream out(&pack, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // The pack is read on the machine it was built for: in little-endian order the strings
    // of a little-endian machine (nearly all of them) are read without swapping every
    // character; on another machine they are swapped, as in the default order.
    out.setByteOrder(QDataStream::LittleEndian);
    out << kMagic << kFormat << quint32(files.size());
    for (const DataFile &file : files) {
        // Problems are not kept: a broken file goes in as JSON, to be reported when loaded.
        const std::optional<Card> card = parseCard(file.bytes, file.name, nullptr);
        out << file.name << card.has_value();
        if (card)
            writeCard(out, *card);
        else
            out << file.bytes;
    }
    return pack;
}

std::optional<QList<PackedCard>> unpackCards(const QByteArray &pack)
{
    QDataStream in(pack);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 format = 0;
    quint32 count = 0;
    in >> magic >> format >> count;
    if (magic != kMagic || format != kFormat)
        return std::nullopt;
    QList<PackedCard> cards;
    cards.reserve(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        PackedCard entry;
        bool parsed = false;
        in >> entry.fileName >> parsed;
        if (parsed)
            entry.card = readCard(in);
        else
            in >> entry.json;
        cards.append(std::move(entry));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return cards;
}

} // namespace statusdeck
