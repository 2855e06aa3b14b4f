#pragma once

// A test that needs a program skips, naming the package, when it is missing; under CI=true
// it fails instead, so that a package missing from the README's test command cannot hide
// behind a skip.

#include <QByteArray>
#include <QTest>

#define STATUSDECK_REQUIRE_PROGRAM(found, message)                                                                     \
    do {                                                                                                               \
        if (!(found)) {                                                                                                \
            if (qgetenv("CI") == "true")                                                                               \
                QFAIL(message);                                                                                        \
            QSKIP(message);                                                                                            \
        }                                                                                                              \
    } while (false)
