#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

namespace statusdeck::gui {

// The exchange table's cells, drawn as QStyledItemDelegate draws them (the style paints the
// background, the selection and the focus; the text is elided, laid out and placed as the
// style does), except that a cell's text is laid out once and kept, by text, width, alignment
// and font. A table that moves under a busy server repaints every visible row each frame,
// mostly with strings it has shown before (a method, a status, a client's address, a size),
// which then are not shaped again. The cache is bounded: at kMaxTexts an old entry goes for
// each new one, and it starts over when the view's font changes. Cells that wrap their text
// are left to the style.
class ExchangeItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxTexts = 2048;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // How many laid-out texts are kept (for the tests).
    qsizetype cachedTexts() const { return m_texts.size(); }

private:
    struct Key {
        QString text;
        int width = 0;
        int alignment = 0;
        bool italic = false;
        bool rightToLeft = false;
        bool operator==(const Key &other) const
        {
            return width == other.width && alignment == other.alignment && italic == other.italic &&
                   rightToLeft == other.rightToLeft && text == other.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.width, key.alignment, key.italic, key.rightToLeft);
        }
    };
    struct Laid {
        std::shared_ptr<QTextLayout> layout;
        qreal height = 0;
    };
    const Laid &laidOut(const QString &text, int width, const QStyleOptionViewItem &option) const;

    mutable QHash<Key, Laid> m_texts;
    mutable QFont m_font; // the view's font the cache was made with
};

} // namespace statusdeck::gui
