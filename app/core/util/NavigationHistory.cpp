#include "util/NavigationHistory.h"

namespace statusdeck {

void NavigationHistory::visit(const QString &id)
{
    if (id.isEmpty() || current() == id)
        return;
    m_entries.resize(m_index + 1);
    m_entries.append(id);
    m_index = m_entries.size() - 1;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_index;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_index;
    return current();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = -1;
}

} // namespace statusdeck
