#pragma once

#include "catalog/Catalog.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace statusdeck::gui {

// The starred cards and the last cards opened, kept in the settings. Ids the catalogue no
// longer has are dropped quietly when loaded.
class ReadingList
{
public:
    static constexpr int kRecentLimit = 20;

    void load(QSettings &settings, const Catalog &catalog);
    // Writes both lists and syncs; false when the settings could not be written.
    bool save(QSettings &settings) const;

    const QStringList &favourites() const { return m_favourites; }
    const QStringList &recent() const { return m_recent; } // most recent first
    bool isFavourite(const QString &id) const { return m_favourites.contains(id); }
    void setFavourite(const QString &id, bool favourite);
    void addRecent(const QString &id);

private:
    QStringList m_favourites;
    QStringList m_recent;
};

} // namespace statusdeck::gui
