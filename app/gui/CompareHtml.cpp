#include "CompareHtml.h"

#include "Theme.h"
#include "catalog/CardExport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CompareView", text);
}

QString bullets(const QStringList &items)
{
    QString html = u"<ul style='margin-top:0px; margin-bottom:0px; margin-left:-20px;'>"_s;
    for (const QString &item : items)
        html += u"<li style='margin-bottom:3px;'>"_s + esc(item) + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString difference(const Card &from, const Card &to)
{
    for (const ConfusedWith &entry : from.confusedWith) {
        if (entry.code == to.code)
            return entry.difference;
    }
    return {};
}

QString requiredHeaders(const Card &card)
{
    QStringList names;
    for (const HeaderInfo &header : card.headers) {
        if (header.required)
            names.append(u"<code>"_s + esc(header.name) + u"</code>"_s);
    }
    return names.isEmpty() ? esc(tr("none")) : names.join(u", "_s);
}

QString quotes(const Card &card, const QString &muted)
{
    QString html;
    for (const RfcReference &ref : card.rfc) {
        if (ref.quote.isEmpty())
            continue;
        const QString source =
            ref.section.isEmpty() ? ref.document : tr("%1, section %2").arg(ref.document, ref.section);
        html += u"<p style='margin-top:0px;'><i>“%1”</i><br/><span style='color:%2;'>— %3</span></p>"_s.arg(
            esc(ref.quote), muted, esc(source));
    }
    return html.isEmpty() ? u"<span style='color:%1;'>%2</span>"_s.arg(muted, esc(tr("No quote on this card."))) : html;
}

} // namespace

QString compareToHtml(const Card &left, const Card &right, const Catalog &catalog, const QPalette &palette)
{
    Q_UNUSED(catalog)
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QString muted = mix(text, base, 0.38).name();
    const QString rowBg = mix(base, text, dark ? 0.06 : 0.035).name();
    const QString noteBg = mix(base, palette.color(QPalette::Highlight), dark ? 0.16 : 0.07).name();
    const QString link = palette.color(QPalette::Link).name();

    QString html = u"<html><body style='color:%1;'>"_s.arg(text.name());
    html += u"<h2 style='margin-bottom:4px;'>%1</h2>"_s.arg(
        esc(tr("%1 %2 compared with %3 %4")
                .arg(QString::number(left.code), left.phrase, QString::number(right.code), right.phrase)));

    // What each card says about the other: the sentence people come here for.
    for (const auto &[from, to] : {std::pair{&left, &right}, std::pair{&right, &left}}) {
        const QString said = difference(*from, *to);
        if (said.isEmpty())
            continue;
        html += u"<table width='100%' cellspacing='0' cellpadding='8' style='margin-bottom:6px;'><tr>"
                "<td style='background-color:%1;'><b>%2</b> %3</td></tr></table>"_s.arg(
                    noteBg, esc(tr("The %1 card:").arg(from->id())), esc(said));
    }

    html += u"<table width='100%' cellspacing='0' cellpadding='6'>"_s;
    html +=
        u"<tr><td width='18%'></td>"
        "<td width='41%'><a href='card:%1' style='color:%2; font-size:16pt; font-weight:600;'>%3</a></td>"
        "<td width='41%'><a href='card:%4' style='color:%2; font-size:16pt; font-weight:600;'>%5</a></td></tr>"_s.arg(
            left.id(), link, esc(QString::number(left.code) + u' ' + left.phrase), right.id(),
            esc(QString::number(right.code) + u' ' + right.phrase));
    int row = 0;
    const auto add = [&](const QString &name, const QString &a, const QString &b) {
        const QString bg = row++ % 2 == 0 ? u" style='background-color:%1;'"_s.arg(rowBg) : QString();
        html += u"<tr%1><td style='color:%2; vertical-align:top;'>%3</td><td style='vertical-align:top;'>%4</td>"
                "<td style='vertical-align:top;'>%5</td></tr>"_s.arg(bg, muted, esc(name), a, b);
    };
    const auto classText = [](const Card &card) {
        return esc(classKey(card.codeClass()) + u' ' + className(card.codeClass()));
    };
    add(tr("Class"), classText(left), classText(right));
    add(tr("Registry"), esc(registryLabel(left)), esc(registryLabel(right)));
    add(tr("In short"), esc(left.summary), esc(right.summary));
    const auto cacheable = [](const Card &card) {
        return esc(card.heuristicallyCacheable ? tr("Yes, by default") : tr("Only with explicit freshness"));
    };
    add(tr("Heuristically cacheable"), cacheable(left), cacheable(right));
    const auto redirect = [](const Card &card) {
        return card.redirect ? esc(redirectLabel(*card.redirect)) : esc(tr("not a redirect"));
    };
    if (left.redirect || right.redirect)
        add(tr("Redirect"), redirect(left), redirect(right));
    const auto content = [](const Card &card) {
        return esc(card.forbidsContent() ? tr("No") : tr("Yes"));
    };
    add(tr("Content allowed"), content(left), content(right));
    add(tr("Required headers"), requiredHeaders(left), requiredHeaders(right));
    add(tr("When to use it"), bullets(left.whenToUse), bullets(right.whenToUse));
    add(tr("From the RFC"), quotes(left, muted), quotes(right, muted));
    html += u"</table></body></html>"_s;
    return html;
}

} // namespace statusdeck::gui
