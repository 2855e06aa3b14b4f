#pragma once

// "Try it live": the requests that make a card's code happen at the sandbox, and a check of
// what came back. The demos are data (resources/try/demos.json); running one sends raw
// HTTP/1.1 bytes over a socket, so what the sandbox logs is exactly what was sent.

#include "catalog/Card.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace statusdeck {

struct DemoStep {
    QByteArray request;      // raw bytes, placeholders filled
    int expect = 0;          // the first status that must arrive; 0: no response at all
    int finalStatus = 0;     // where expect is an interim 1xx: the final status after it
    bool closedPort = false; // sent to a port where nothing listens
    // After a 101: a text message sent as a masked WebSocket frame, then a close (1000); the
    // step passes only when the message comes back (the sandbox's /ws echoes).
    QString webSocketMessage = {};
};

struct Demo {
    QString notice; // what to notice, in English (card content is English)
    QList<DemoStep> steps;
};

struct DemoOutcome {
    struct Step {
        DemoStep step;
        QByteArray response; // the raw bytes that came back (WebSocket frames after a 101 described in words)
        QList<int> statuses; // every status line in them, interim ones first
        bool ok = false;
        QString problem; // why not, when not ok
    };
    QList<Step> steps;
    bool ok = false;
};

// The demo for a card: its own entry, else the default (its code from /status/{code}), with
// a note for vendor cards. `authority` is the sandbox's host:port for the Host header.
Demo liveDemoFor(const Card &card, const QString &authority);

// Sends each step to `sandbox` (blocking, with a timeout per step) and checks its statuses.
DemoOutcome runLiveDemo(const Demo &demo, const QUrl &sandbox);

} // namespace statusdeck
