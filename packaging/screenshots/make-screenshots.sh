#!/bin/sh
# Makes the screenshots in this folder with the app itself (`statusdeck screenshot`),
# offscreen, with a scratch home so no settings of yours are read or written:
#     sh packaging/screenshots/make-screenshots.sh BUILD_DIR
# Each page (reference, sandbox, lab) in light and dark at QT_SCALE_FACTOR 1 and 2, the
# guide, compare and favourites in light and dark, and the four pictures the README and the
# AppStream metadata show at the top.
set -eu
build=${1:?usage: make-screenshots.sh BUILD_DIR}
binary=$(cd "$build" && pwd)/bin/statusdeck
out=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

shot() {
    scale=$1
    shift
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" LC_ALL=C.UTF-8 LANGUAGE=en \
        QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR="$scale" "$binary" screenshot "$@"
}

for theme in light dark; do
    for scale in 1 2; do
        shot "$scale" --card 307 --page reference --theme "$theme" "$out/reference-$theme-${scale}x.png"
        shot "$scale" --page sandbox --theme "$theme" "$out/sandbox-$theme-${scale}x.png"
        shot "$scale" --page lab --theme "$theme" "$out/lab-$theme-${scale}x.png"
    done
    shot 1 --card 307 --show guide --theme "$theme" "$out/guide-$theme.png"
    shot 1 --card 301 --show compare --theme "$theme" "$out/compare-$theme.png"
    shot 1 --card 429 --show favourites --theme "$theme" "$out/favourites-$theme.png"
done

shot 1 --card 307 --theme light "$out/statusdeck-light.png"
shot 1 --card 307 --theme dark "$out/statusdeck-dark.png"
shot 1 --page lab --theme light "$out/statusdeck-lab.png"
shot 1 --page sandbox --theme dark "$out/statusdeck-sandbox-dark.png"
