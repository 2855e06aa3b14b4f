// libFuzzer harness for the request parser: whatever the bytes, the parser must not crash,
// and feeding them whole or in pieces must give the same messages and the same error
// status (the 400-versus-414 answer must not depend on how TCP split the bytes).

#include "http/HttpParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace statusdeck;

namespace {

struct Outcome {
    QList<HttpMessage> messages;
    int errorStatus = 0;
};

Outcome parse(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    HttpParser parser(HttpParser::Type::Request);
    parser.setLimits(HttpLimits{});
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        if (cut <= from || cut >= bytes.size())
            continue;
        if (!parser.feed(bytes.mid(from, cut - from)))
            break;
        from = cut;
    }
    if (!parser.hasError())
        parser.feed(bytes.mid(from));
    Outcome outcome;
    outcome.messages = parser.takeMessages();
    outcome.errorStatus = parser.errorStatus();
    return outcome;
}

[[noreturn]] void finding(const char *what)
{
    fprintf(stderr, "fuzz_parser: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = parse(bytes, {});

    // Pieces chosen from the input itself, so a finding reproduces from its file.
    QList<qsizetype> cuts;
    quint32 h = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    for (qsizetype at = 0; size > 1 && cuts.size() < 16;) {
        at += 1 + qsizetype(h % std::max<size_t>(1, size / 4 + 1));
        h = h * 1103515245u + 12345u;
        if (at >= qsizetype(size))
            break;
        cuts.append(at);
    }
    const Outcome pieces = parse(bytes, cuts);
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < qsizetype(size) && i < 4096; ++i)
        everyByte.append(i);
    const Outcome bytewise = size < 4096 ? parse(bytes, everyByte) : pieces;

    for (const Outcome *other : {&pieces, &bytewise}) {
        if (other->errorStatus != whole.errorStatus)
            finding("the error status depends on how the bytes were split");
        if (other->messages.size() != whole.messages.size())
            finding("the number of messages depends on how the bytes were split");
        for (qsizetype i = 0; i < whole.messages.size(); ++i) {
            const HttpMessage &a = whole.messages.at(i);
            const HttpMessage &b = other->messages.at(i);
            if (a.method != b.method || a.target != b.target || a.headers != b.headers || a.body != b.body ||
                a.raw != b.raw)
                finding("a message depends on how the bytes were split");
        }
    }
    return 0;
}
