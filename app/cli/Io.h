#pragma once

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace statusdeck::cli {

// Standard output and standard error for the commands, with the check that what was
// printed also arrived: `statusdeck export > /dev/full` must fail, not exit 0.
class Io
{
public:
    Io(FILE *out, FILE *err);
    Io(const Io &) = delete;
    Io &operator=(const Io &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Flushes both streams. False when standard output could not be written completely;
    // the reason has then been printed on standard error.
    bool finish();

private:
    QFile m_outFile;
    QFile m_errFile;
    QTextStream m_out;
    QTextStream m_err;
};

// A WIN32 executable has no console of its own: when it is started from one and its
// output is not redirected, print into that console. Does nothing on other systems.
void attachParentConsole();

} // namespace statusdeck::cli
