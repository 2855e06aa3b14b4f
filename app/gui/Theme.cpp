#include "Theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHash>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace statusdeck::gui {

namespace {

// Setting a role sets it for every colour group: without this, a disabled field reads as
// editable. Its text is greyed and its base takes the window colour.
void setDisabledColors(QPalette &p, const QColor &text, const QColor &base)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, text);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Highlight, mix(text, base, 0.5));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    setDisabledColors(p, disabled, window);
    return p;
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf8));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xb8));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    setDisabledColors(p, QColor(0x8a, 0x8c, 0x90), QColor(0xef, 0xf0, 0xf1));
    return p;
}

} // namespace

void applyTheme(QApplication &app, const QString &theme)
{
    // What the platform gave us, so "system" can be restored after a forced theme.
    static const QString systemStyle = app.style()->name();
    static const QPalette systemPalette = app.palette();
    if (theme == "dark"_L1 || theme == "light"_L1) {
        app.setStyle(QStyleFactory::create(u"Fusion"_s));
        app.setPalette(theme == "dark"_L1 ? darkPalette() : lightPalette());
    } else {
        app.setStyle(QStyleFactory::create(systemStyle));
        app.setPalette(systemPalette);
    }
}

void useFastTextShaping(QApplication &app)
{
    QFont font = app.font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    app.setFont(font);
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QIcon themedIcon(ActionIcon icon)
{
    // The freedesktop.org icon name, and the file in resources/icons/.
    const auto names = [icon]() -> std::pair<const char *, const char *> {
        switch (icon) {
        case ActionIcon::Back:
            return {"go-previous", "back"};
        case ActionIcon::Forward:
            return {"go-next", "forward"};
        case ActionIcon::Copy:
            return {"edit-copy", "copy"};
        case ActionIcon::Start:
            return {"media-playback-start", "start"};
        case ActionIcon::Stop:
            return {"media-playback-stop", "stop"};
        case ActionIcon::Run:
            return {"system-run", "run"};
        case ActionIcon::Export:
            return {"document-export", "export"};
        case ActionIcon::Compare:
            return {"view-split-left-right", "compare"};
        case ActionIcon::Favourite:
            return {"starred", "favourite"};
        }
        return {"", ""};
    }();
    static QHash<int, QIcon> bundled;
    auto it = bundled.find(int(icon));
    if (it == bundled.end())
        it = bundled.insert(int(icon), QIcon(u":/icons/%1.svg"_s.arg(QLatin1StringView(names.second))));
    return QIcon::fromTheme(QString::fromLatin1(names.first), *it);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor themeColor(ThemeColor role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const auto pick = [dark](QRgb light, QRgb darkVariant) {
        return QColor::fromRgb(dark ? darkVariant : light);
    };
    switch (role) {
    case ThemeColor::StatusServerError:
        return pick(0xc0392b, 0xff7b6e);
    case ThemeColor::StatusClientError:
        return pick(0xc06a00, 0xf0a040);
    case ThemeColor::StatusRedirect:
        return pick(0x2f6fc9, 0x7cb4ff);
    case ThemeColor::RegistryStandard:
        return pick(0x1e7b3c, 0x5fbf7f);
    case ThemeColor::RegistryTemporary:
        return pick(0x9a6400, 0xe0b050);
    case ThemeColor::RegistryRetired:
        return pick(0xb02a2a, 0xe07a7a);
    case ThemeColor::RegistryUnofficial:
        return pick(0x6a3fc0, 0xb49cf0);
    case ThemeColor::Warning:
        return pick(0xe09a20, 0xe09a20);
    case ThemeColor::LabKept:
        return pick(0xc9ecd2, 0x255533);
    case ThemeColor::LabMethodChanged:
        return pick(0xf9d9a8, 0x6b4a1a);
    case ThemeColor::LabBodyDropped:
        return pick(0xf7f0b0, 0x5e581c);
    case ThemeColor::LabNotFollowed:
        return pick(0xf6c9c5, 0x6b2a2a);
    case ThemeColor::LabMismatch:
        return pick(0xb02a2a, 0xff8a80);
    case ThemeColor::LabHopChanged:
        return pick(0xa05000, 0xf0b060);
    }
    return palette.color(QPalette::Text);
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace statusdeck::gui

// Lab colours -------------------------------------------------------------------------------

#include "lab/MatrixFormat.h"

namespace statusdeck::gui {

QColor labCellColor(lab::CellKind kind, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QColor hue;
    switch (kind) {
    case lab::CellKind::Pending:
        return base;
    case lab::CellKind::Kept:
        hue = QColor(0x2e, 0xa0, 0x4f); // green
        break;
    case lab::CellKind::MethodChanged:
        hue = QColor(0xe0, 0x84, 0x00); // amber
        break;
    case lab::CellKind::BodyDropped:
        hue = QColor(0xd8, 0xc4, 0x00); // yellow
        break;
    case lab::CellKind::NotFollowed:
        hue = QColor(0xd6, 0x3c, 0x32); // red
        break;
    }
    // Less of the hue on a dark base: the light text stays readable on it.
    return mix(base, hue, isDark(palette) ? 0.34 : 0.30);
}

QColor labChangeColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), QColor(0xe0, 0x84, 0x00), isDark(palette) ? 0.7 : 0.75);
}

} // namespace statusdeck::gui
