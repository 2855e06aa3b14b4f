#include "Screenshot.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

QString saveScreenshot(QWidget &window, const QString &fileName, QSize size)
{
    window.resize(size);
    window.show();
    // Let polish, layout and the deferred text layout of the card finish.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QImageWriter writer(fileName, "png");
    if (!writer.write(pixmap.toImage()))
        return writer.errorString();
    return {};
}

} // namespace statusdeck::gui
