#include "CardHtml.h"

#include "Theme.h"
#include "catalog/CardExport.h"
#include "reference/EmojiImage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString registryColor(const Card &card, const QPalette &palette)
{
    switch (card.registry) {
    case Registry::Standard:
        return themeColor(ThemeColor::RegistryStandard, palette).name();
    case Registry::Temporary:
        return themeColor(ThemeColor::RegistryTemporary, palette).name();
    case Registry::Unused:
    case Registry::Obsolete:
        return themeColor(ThemeColor::RegistryRetired, palette).name();
    case Registry::Unofficial:
    case Registry::Pseudo:
        return themeColor(ThemeColor::RegistryUnofficial, palette).name();
    }
    return {};
}

// The emoji as a picture (CardView draws it, see EmojiImage.h), the size of the title's text.
QString emojiHtml(const QString &emoji)
{
    if (emoji.isEmpty())
        return {};
    const QSize size = emojiImageSize(kCardEmojiSize);
    return u"<img src='%1' width='%2' height='%3' style='vertical-align:middle;'>"_s.arg(emojiUrl(emoji))
        .arg(size.width())
        .arg(size.height());
}

QString list(const QStringList &items)
{
    QString html = u"<ul style='margin-top:2px; margin-bottom:2px;'>"_s;
    for (const QString &item : items)
        html += u"<li style='margin-bottom:4px;'>"_s + esc(item) + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

QString cardToHtml(const Card &card, const Catalog &catalog, const QPalette &palette, bool favourite)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QString muted = mix(text, base, 0.38).name();
    const QString quoteBg = mix(base, palette.color(QPalette::Highlight), dark ? 0.16 : 0.07).name();
    const QString quoteBar = palette.color(QPalette::Highlight).name();
    const QString codeBg = mix(base, text, dark ? 0.07 : 0.045).name();
    const QString warnBg = mix(base, themeColor(ThemeColor::Warning, palette), dark ? 0.14 : 0.10).name();
    const QString link = palette.color(QPalette::Link).name();
    const QString heading = u"<h3 style='margin-top:18px; margin-bottom:6px;'>%1</h3>"_s;

    QString html;
    html += u"<html><body style='color:%1;'>"_s.arg(text.name());

    // Title: code, phrase, emoji; a line of badges under it.
    // One heading, code and phrase, for assistive technology to read as the card's title.
    html += u"<table cellspacing='0' cellpadding='0'><tr>"
            "<td><h1 style='margin:0; font-size:20pt; font-weight:bold;'>"
            "<span style='font-size:30pt;'>%1</span>&nbsp;&nbsp;&nbsp;%2&nbsp;&nbsp;%3</h1></td>"
            "<td style='font-size:18pt; vertical-align:middle; padding-left:14px;'>"
            "<a href='favourite:%4' title='%5' style='color:%6; text-decoration:none;'>%7</a></td>"
            "</tr></table>"_s.arg(card.codeText(), esc(card.phrase), emojiHtml(card.emoji), card.id(),
                                  esc(favourite ? QCoreApplication::translate("CardView", "Remove from favourites")
                                                : QCoreApplication::translate("CardView", "Add to favourites")),
                                  favourite ? themeColor(ThemeColor::Warning, palette).name() : muted,
                                  favourite ? u"★"_s : u"☆"_s);
    html += u"<p style='margin-top:4px; color:%1;'>%2 %3 &nbsp;·&nbsp; "
            "<span style='color:%4; font-weight:bold;'>%5</span>"_s.arg(
                muted, classKey(card.codeClass()), esc(className(card.codeClass())), registryColor(card, palette),
                esc(registryLabel(card)));
    if (!card.formerPhrases.isEmpty())
        html += u" &nbsp;·&nbsp; "_s +
                esc(QCoreApplication::translate("CardView", "formerly %1").arg(card.formerPhrases.join(u", "_s)));
    html += u"</p>"_s;

    html += u"<p style='font-size:13pt; margin-top:10px;'>%1</p>"_s.arg(esc(card.summary));
    // The demo of `statusdeck try`, against the window's sandbox.
    html += u"<p style='margin-top:2px;'>▸&nbsp;<a href='try:%1' style='color:%2; font-weight:bold;'>%3</a>"
            "<span style='color:%4;'>&nbsp;&nbsp;%5</span></p>"_s.arg(
                card.id(), link, esc(QCoreApplication::translate("CardView", "Try it live")), muted,
                esc(QCoreApplication::translate("CardView", "sends the requests that make this code happen to the "
                                                            "sandbox, and shows what comes back")));

    html += heading.arg(esc(QCoreApplication::translate("CardView", "Definition")));
    html += u"<p>%1</p>"_s.arg(esc(card.definition));

    html += heading.arg(esc(QCoreApplication::translate("CardView", "From the RFC")));
    for (const RfcReference &ref : card.rfc) {
        const QString source =
            ref.section.isEmpty()
                ? esc(ref.document)
                : esc(QCoreApplication::translate("CardView", "%1, section %2").arg(ref.document, ref.section));
        html += u"<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:8px;'><tr>"
                "<td width='4' style='background-color:%1;'></td>"
                "<td style='background-color:%2; padding:8px 12px;'>"_s.arg(quoteBar, quoteBg);
        if (!ref.quote.isEmpty())
            html += u"<i>“%1”</i><br/>"_s.arg(esc(ref.quote));
        else
            html += u"<span style='color:%1;'>%2</span><br/>"_s.arg(
                muted,
                esc(QCoreApplication::translate("CardView", "Defined in this document; its text is not quoted here.")));
        html += u"<span style='color:%1;'>— %2</span></td></tr></table>"_s.arg(muted, source);
    }

    html += heading.arg(esc(QCoreApplication::translate("CardView", "Facts")));
    html += u"<table cellspacing='0' cellpadding='3'>"_s;
    const auto fact = [&html, &muted](const QString &name, const QString &value) {
        html += u"<tr><td style='color:%1; padding-right:16px;'>%2</td><td>%3</td></tr>"_s.arg(muted, esc(name), value);
    };
    fact(QCoreApplication::translate("CardView", "Heuristically cacheable"),
         esc(card.heuristicallyCacheable
                 ? QCoreApplication::translate("CardView", "Yes, by default (RFC 9110, section 15.1)")
                 : QCoreApplication::translate("CardView",
                                               "No; only with explicit freshness (Cache-Control, Expires)")));
    if (card.redirect)
        fact(QCoreApplication::translate("CardView", "Redirect"),
             esc(redirectLabel(*card.redirect)) +
                 u" &nbsp; <a href='lab:%1' style='color:%2;'>%3</a>"_s.arg(
                     QString::number(card.code), link,
                     esc(QCoreApplication::translate("CardView", "Try it in the lab ▸"))));
    fact(QCoreApplication::translate("CardView", "Content allowed"),
         esc(card.forbidsContent()
                 ? QCoreApplication::translate("CardView", "No, the response ends after the header section")
                 : QCoreApplication::translate("CardView", "Yes")));
    html += u"</table>"_s;

    if (!card.headers.isEmpty()) {
        html += heading.arg(esc(QCoreApplication::translate("CardView", "Headers")));
        html += u"<table cellspacing='0' cellpadding='3'>"_s;
        for (const HeaderInfo &header : card.headers) {
            html += u"<tr><td style='font-family:monospace; padding-right:12px; vertical-align:top;'><b>%1</b></td>"
                    "<td style='color:%2; padding-right:12px; vertical-align:top;'>%3</td><td>%4</td></tr>"_s.arg(
                        esc(header.name), muted,
                        esc(header.required ? QCoreApplication::translate("CardView", "required")
                                            : QCoreApplication::translate("CardView", "typical")),
                        esc(header.note));
        }
        html += u"</table>"_s;
    }

    html += heading.arg(esc(QCoreApplication::translate("CardView", "Common causes")));
    html += list(card.causes);

    html += heading.arg(esc(QCoreApplication::translate("CardView", "Example response")));
    html += u"<table width='100%' cellspacing='0' cellpadding='10'><tr><td style='background-color:%1;'>"
            "<pre style='margin:0; white-space:pre-wrap;'>%2</pre></td></tr></table>"_s.arg(
                codeBg, esc(QString::fromUtf8(card.exampleResponse).remove(u'\r')));

    html += heading.arg(esc(QCoreApplication::translate("CardView", "Common misinterpretation")));
    html += u"<table width='100%' cellspacing='0' cellpadding='10'><tr><td style='background-color:%1;'>%2"
            "</td></tr></table>"_s.arg(warnBg, esc(card.misinterpretation));

    html += heading.arg(esc(QCoreApplication::translate("CardView", "When to use it")));
    html += list(card.whenToUse);

    html += heading.arg(esc(QCoreApplication::translate("CardView", "Confused with")));
    html += u"<table cellspacing='0' cellpadding='4'>"_s;
    for (const ConfusedWith &entry : card.confusedWith) {
        const Card *other = catalog.find(entry.code);
        const QString label = other ? QString::number(other->code) + u' ' + other->phrase : QString::number(entry.code);
        const QString target = other ? other->id() : QString::number(entry.code);
        html += u"<tr><td style='vertical-align:top; padding-right:12px; white-space:nowrap;'>"
                "<a href='card:%1' style='color:%2; font-weight:bold;'>%3</a></td><td>%4"_s.arg(
                    target, link, esc(label), esc(entry.difference));
        if (other)
            html += u" &nbsp;<a href='compare:%1' style='color:%2;'>%3</a>"_s.arg(
                other->id(), link, esc(QCoreApplication::translate("CardView", "Compare")));
        html += u"</td></tr>"_s;
    }
    html += u"</table>"_s;

    // The card's prose is English data; a translated interface says so once, at its foot.
    static const char englishNote[] =
        QT_TRANSLATE_NOOP("CardView", "Card content is in English, the language of the RFCs it quotes.");
    const QString note = QCoreApplication::translate("CardView", englishNote);
    if (note != QLatin1StringView(englishNote))
        html += u"<p style='margin-top:22px; color:%1; font-size:small;'>%2</p>"_s.arg(muted, esc(note));

    html += u"</body></html>"_s;
    return html;
}

} // namespace statusdeck::gui
