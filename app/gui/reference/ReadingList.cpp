#include "reference/ReadingList.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {
const QString kFavourites = u"reference/favourites"_s;
const QString kRecent = u"reference/recent"_s;

QStringList known(const QStringList &ids, const Catalog &catalog, int limit)
{
    QStringList out;
    for (const QString &id : ids) {
        if (catalog.findById(id) && !out.contains(id) && out.size() < limit)
            out.append(id);
    }
    return out;
}
} // namespace

void ReadingList::load(QSettings &settings, const Catalog &catalog)
{
    m_favourites = known(settings.value(kFavourites).toStringList(), catalog, 1000);
    m_recent = known(settings.value(kRecent).toStringList(), catalog, kRecentLimit);
}

bool ReadingList::save(QSettings &settings) const
{
    settings.setValue(kFavourites, m_favourites);
    settings.setValue(kRecent, m_recent);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

void ReadingList::setFavourite(const QString &id, bool favourite)
{
    m_favourites.removeAll(id);
    if (favourite)
        m_favourites.append(id);
}

void ReadingList::addRecent(const QString &id)
{
    m_recent.removeAll(id);
    m_recent.prepend(id);
    while (m_recent.size() > kRecentLimit)
        m_recent.removeLast();
}

} // namespace statusdeck::gui
