#!/bin/bash
# Installs the .deb into a scratch root with dpkg -x, runs the installed binary (with the
# system's Qt, LD_LIBRARY_PATH unset) and checks that every file is where the XDG and
# Debian conventions put it.   install_deb.sh OUT_DIR SCRATCH_DIR
set -u
. "$(dirname "$0")/common.sh"
need dpkg-deb dpkg
deb=$(ls "$1"/statusdeck_*.deb) || exit 1
root=$2/root
rm -rf "$2"
mkdir -p "$root" && dpkg-deb -x "$deb" "$root" || exit 1

id=io.github.statusdeck.StatusDeck
share=$root/usr/share
bin=$root/usr/bin/statusdeck
run() { env -u LD_LIBRARY_PATH LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen "$bin" "$@"; }

# The control file.
control=$(dpkg-deb --field "$deb")
check "version 0.2.0-1" grep -qx 'Version: 0.2.0-1' <<<"$control"
for dep in libqt6svg6 libqt6gui6 libqt6widgets6 libqt6network6 libqscintilla2-qt6-15 libc6; do
    check "Depends on $dep" grep -qE "^Depends:.*\\b$dep\\b" <<<"$control"
done
for rec in qt6-wayland fonts-noto-color-emoji qt6-translations-l10n; do
    check "Recommends $rec" grep -qE "^Recommends:.*\\b$rec\\b" <<<"$control"
done
for sug in curl python3 nodejs wget python3-requests python3-httpx python3-aiohttp httpie golang-go chromium; do
    check "Suggests $sug" grep -qE "^Suggests:.*\\b$sug\\b" <<<"$control"
done

# The binary: stripped, no RUNPATH, and it runs.
check "binary installed in /usr/bin" test -x "$bin"
if command -v readelf >/dev/null; then
    check "no RUNPATH or RPATH" bash -c "! readelf -d '$bin' | grep -qE 'RUNPATH|RPATH'"
    check "stripped (no .debug_info)" bash -c "! readelf -S '$bin' | grep -q '\\.debug_info'"
    check "full RELRO (BIND_NOW)" bash -c "readelf -d '$bin' | grep -q 'BIND_NOW'"
    check "PIE" bash -c "readelf -h '$bin' | grep -q 'DYN'"
fi
check "statusdeck list names 307" bash -c "$(declare -f run); bin='$bin'; run list | grep -q '^307 '"
check "statusdeck show 307" bash -c "$(declare -f run); bin='$bin'; run show 307 | grep -q 'Temporary Redirect'"
check "statusdeck --version says 0.2.0" bash -c "$(declare -f run); bin='$bin'; run --version | grep -qx 'statusdeck 0.2.0'"
shot=$2/shot.png
check "offscreen screenshot" bash -c "$(declare -f run); bin='$bin'; run screenshot --card 307 '$shot' && test -s '$shot'"
if command -v file >/dev/null; then
    check "screenshot is a 1280 x 800 PNG" bash -c "file '$shot' | grep -q 'PNG image data, 1280 x 800'"
fi

# Desktop integration.
check "desktop entry" test -f "$share/applications/$id.desktop"
check "AppStream metainfo" test -f "$share/metainfo/$id.metainfo.xml"
check "HAR MIME type" test -f "$share/mime/packages/$id.xml"
check "scalable icon" test -f "$share/icons/hicolor/scalable/apps/$id.svg"
check "SVG icon has no text element" bash -c "! grep -q '<text' '$share/icons/hicolor/scalable/apps/$id.svg'"
for size in 16 22 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/$id.png
    check "${size}px icon" test -f "$png"
    if command -v file >/dev/null; then
        check "${size}px icon is ${size} x ${size}" bash -c "file '$png' | grep -q 'PNG image data, $size x $size'"
    fi
done
if command -v desktop-file-validate >/dev/null; then
    check "installed desktop entry validates" desktop-file-validate "$share/applications/$id.desktop"
fi
check "desktop entry's icon is the installed icon's name" grep -qx "Icon=$id" "$share/applications/$id.desktop"
check "desktop entry opens HAR files" grep -q '^MimeType=.*application/har+json;' "$share/applications/$id.desktop"
if command -v update-mime-database >/dev/null; then
    cp -r "$share/mime" "$2/mime"
    check "shared-mime-info accepts the MIME file" update-mime-database "$2/mime"
    check "*.har maps to application/har+json" grep -q 'application/har+json:\*\.har' "$2/mime/globs2"
fi

# Man page and completions.
man=$share/man/man1/statusdeck.1.gz
check "man page in /usr/share/man/man1" test -f "$man"
check "man page is gzip" gzip -t "$man"
for command in $(run --help | sed -n '/^Commands:/,/^[^ ]/s/^  \([a-z][a-z0-9-]*\).*/\1/p'); do
    check "man page covers the command $command" bash -c "zcat '$man' | grep -q '$command'"
done
for section in 'EXIT STATUS' FILES ENVIRONMENT; do
    check "man page has $section" bash -c "zcat '$man' | grep -q '^\\.SH \"*$section'"
done
check "bash completion" test -f "$share/bash-completion/completions/statusdeck"
check "zsh completion" test -f "$share/zsh/vendor-completions/_statusdeck"
check "fish completion" test -f "$share/fish/vendor_completions.d/statusdeck.fish"

# Debian documentation.
doc=$share/doc/statusdeck
check "machine-readable copyright" grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$doc/copyright"
check "copyright covers llhttp" grep -q 'Fedor Indutny' "$doc/copyright"
check "copyright covers the RFC quotes" grep -q 'IETF Trust' "$doc/copyright"
check "Debian changelog for 0.2.0-1" bash -c "zcat '$doc/changelog.Debian.gz' | head -1 | grep -q '^statusdeck (0.2.0-1)'"
finish
