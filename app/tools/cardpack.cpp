// Build tool, not installed: packs the card files into the binary form the app loads at
// start-up (catalog/CardPack.h).
//   statusdeck_cardpack OUT.pack CARD.json...

#include "catalog/CardPack.h"
#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: statusdeck_cardpack OUT.pack CARD.json...\n");
        return 2;
    }
    QList<statusdeck::DataFile> files;
    for (qsizetype i = 2; i < args.size(); ++i) {
        QFile file(args.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "statusdeck_cardpack: %s: %s\n", qPrintable(args.at(i)),
                         qPrintable(file.errorString()));
            return 1;
        }
        files.append({QFileInfo(file).fileName(), file.readAll()});
    }
    // The app lists files in name order; so does the pack.
    std::sort(files.begin(), files.end(),
              [](const statusdeck::DataFile &a, const statusdeck::DataFile &b) { return a.name < b.name; });
    QString error;
    if (!statusdeck::writeFileAtomically(args.at(1), statusdeck::packCards(files), &error)) {
        std::fprintf(stderr, "statusdeck_cardpack: %s: %s\n", qPrintable(args.at(1)), qPrintable(error));
        return 1;
    }
    return 0;
}
