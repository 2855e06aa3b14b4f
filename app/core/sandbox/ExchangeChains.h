#pragma once

// Redirect chains in the exchange log: which exchanges are hops of one chain, so the log can
// group them. Two keys say so: the lab's token (`lab=TOKEN` in the target, also inside a
// percent-encoded URL parameter; every hop of a matrix cell carries it) and the sandbox's hop
// parameter (`hop=N` in every Location the sandbox writes): a request with hop=N >= 1 whose URL
// is the Location of an earlier redirect from the same client address continues that chain.
// Pure logic with table tests (tests/core/tst_exchangechains.cpp).

#include "http/HttpExchange.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace statusdeck::chains {

// The lab token in a target ("sdlab3r1c307"), looked for in its query and in the queries of
// URLs nested in it (percent-encoded once or twice); empty when there is none.
QString labToken(QByteArrayView target);

// The sandbox's hop parameter of a target; -1 when there is none (or it is not a number).
int hopNumber(QByteArrayView target);

// Assigns exchanges, in the order they arrived, to chains. A chain is named by the id of its
// first exchange; an exchange that continues none starts its own.
class ChainTracker
{
public:
    // The chain of exchange (its id, or the id of the chain's first exchange).
    quint64 add(const HttpExchange &exchange);
    void clear();

private:
    struct OpenRedirect {
        QUrl location;
        QString client;
        quint64 chain = 0;
    };
    QHash<QString, quint64> m_byToken;
    QList<OpenRedirect> m_open; // redirects not followed yet, newest last, bounded
};

} // namespace statusdeck::chains
