#include "CardListModel.h"

#include "catalog/CardExport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

// text as HTML with the words whose normalised form is in `matched` in bold.
QString highlighted(const QString &text, const QSet<QString> &matched)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}']+"_s);
    QString html;
    qsizetype at = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        html += text.mid(at, m.capturedStart() - at).toHtmlEscaped();
        const QStringList normal = CardSearch::normalisedWords(m.captured());
        const bool bold = !normal.isEmpty() && matched.contains(normal.first());
        html += bold ? u"<b>"_s + m.captured().toHtmlEscaped() + u"</b>"_s : m.captured().toHtmlEscaped();
        at = m.capturedEnd();
    }
    return html + text.mid(at).toHtmlEscaped();
}

QString label(const Card &card)
{
    QString text = card.codeText() + u"  "_s + card.phrase;
    if (!card.vendor.isEmpty())
        text += u" ("_s + card.vendor + u')';
    return text;
}

} // namespace

CardListModel::CardListModel(const Catalog &catalog, QObject *parent)
    : QStandardItemModel(parent)
    , m_catalog(catalog)
{}

QStandardItem *CardListModel::addSection(const QString &text)
{
    auto *section = new QStandardItem(text);
    section->setEditable(false);
    section->setSelectable(false);
    QFont bold = section->font();
    bold.setBold(true);
    section->setFont(bold); // plain text in a bold font: painted by the style, no rich text
    appendRow(section);
    return section;
}

QStandardItem *CardListModel::cardItem(const Card &card, const SearchHit *hit) const
{
    const QString text = label(card);
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(card.id(), CardIdRole);
    item->setData(qsizetype(&card - m_catalog.cards().constData()), CatalogIndexRole);
    item->setToolTip(card.emoji + u' ' + card.summary + u"\n"_s + registryLabel(card));
    if (card.registry == Registry::Unused || card.registry == Registry::Obsolete) {
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
    }
    // Only a search result needs rich text (matched words in bold, the reason muted); the
    // other rows are plain text in the item's font, which the style paints and elides far
    // more cheaply than a text document per row (the list is the first thing painted).
    if (!hit)
        return item;
    const QSet<QString> matched(hit->matchedWords.cbegin(), hit->matchedWords.cend());
    QString html = highlighted(text, matched);
    const QString reason = hit->reason();
    if (!reason.isEmpty()) {
        item->setText(text + u"  — "_s + reason);
        item->setToolTip(item->toolTip() + u"\n"_s + reason); // the row may be cut off
        html += u"  <span class=\"muted\">— %1</span>"_s.arg(highlighted(reason, matched));
    }
    if (card.registry == Registry::Unused || card.registry == Registry::Obsolete)
        html = u"<i>"_s + html + u"</i>"_s;
    item->setData(html, HtmlRole);
    return item;
}

void CardListModel::showAll(std::optional<Registry> registry, const QStringList &favourites, const QStringList &recent)
{
    clear();
    m_search = false;
    const auto accepted = [registry](const Card &card) {
        return !registry || card.registry == *registry;
    };
    const auto addList = [&](const QString &title, const QStringList &ids) {
        QStandardItem *section = nullptr;
        for (const QString &id : ids) {
            const Card *card = m_catalog.findById(id);
            if (!card || !accepted(*card))
                continue;
            if (!section)
                section = addSection(title);
            section->appendRow(cardItem(*card, nullptr));
        }
    };
    addList(tr("★ Favourites"), favourites);
    addList(tr("Recent"), recent);

    QStandardItem *group = nullptr;
    int groupClass = -1;
    for (const Card &card : m_catalog.cards()) {
        if (!accepted(card))
            continue;
        const int codeClass = card.codeClass() >= 1 && card.codeClass() <= 5 ? card.codeClass() : 9;
        if (!group || codeClass != groupClass) {
            groupClass = codeClass;
            group = addSection(codeClass == 9 ? className(0) : classKey(codeClass) + u"  "_s + className(codeClass));
        }
        group->appendRow(cardItem(card, nullptr));
    }
}

void CardListModel::showSearch(const QString &query, std::optional<Registry> registry)
{
    clear();
    m_search = true;
    QList<SearchHit> hits = m_catalog.rankedSearch(query);
    if (registry)
        hits.removeIf([registry](const SearchHit &hit) { return hit.card->registry != *registry; });
    if (hits.isEmpty()) {
        QStandardItem *section = addSection(tr("No cards match “%1”. Browse a class:").arg(query.trimmed()));
        for (int c = 1; c <= 5; ++c) {
            auto *item = new QStandardItem(classKey(c) + u"  "_s + className(c));
            item->setEditable(false);
            item->setData(classKey(c), ClassQueryRole);
            section->appendRow(item);
        }
        return;
    }
    QStandardItem *section = addSection(tr("%n result(s)", nullptr, int(hits.size())));
    for (const SearchHit &hit : hits)
        section->appendRow(cardItem(*hit.card, &hit));
}

QStringList CardListModel::cardIds() const
{
    QStringList ids;
    for (int g = 0; g < rowCount(); ++g) {
        const QStandardItem *section = item(g);
        for (int r = 0; r < section->rowCount(); ++r) {
            const QString id = section->child(r)->data(CardIdRole).toString();
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    return ids;
}

int CardListModel::cardCount() const
{
    const QStringList ids = cardIds();
    return int(QSet<QString>(ids.cbegin(), ids.cend()).size());
}

QModelIndex CardListModel::indexForCard(const QString &id) const
{
    // The last section holding the card: its class group, or the results.
    for (int g = rowCount() - 1; g >= 0; --g) {
        const QStandardItem *section = item(g);
        for (int r = 0; r < section->rowCount(); ++r) {
            if (section->child(r)->data(CardIdRole).toString() == id)
                return section->child(r)->index();
        }
    }
    return {};
}

void CardListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(CardListModel::HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    // The muted reason in the palette of the moment (the theme may change after the list is built).
    doc.setDefaultStyleSheet(u".muted { color: %1; }"_s.arg(
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText).name()));
    doc.setHtml(html);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(textRect.left(), textRect.top() + (textRect.height() - doc.size().height()) / 2);
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace statusdeck::gui
