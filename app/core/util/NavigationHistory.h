#pragma once

#include <QString>
#include <QStringList>

namespace statusdeck {

// Back/forward history of visited places (card ids, or the window's "page:lab"), like a
// browser's: visiting a new place after going back drops the forward entries.
class NavigationHistory
{
public:
    void visit(const QString &id);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    QString back();
    QString forward();
    QString current() const { return m_index >= 0 ? m_entries.at(m_index) : QString(); }
    // Where back() and forward() would go, without going; empty when they cannot.
    QString peekBack() const { return canGoBack() ? m_entries.at(m_index - 1) : QString(); }
    QString peekForward() const { return canGoForward() ? m_entries.at(m_index + 1) : QString(); }
    void clear();

private:
    QStringList m_entries;
    qsizetype m_index = -1;
};

} // namespace statusdeck
