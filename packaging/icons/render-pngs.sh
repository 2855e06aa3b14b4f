#!/bin/sh
# Renders the hicolor PNG icons from resources/icons/statusdeck.svg (the window icon).
# Run from the root of the source tree after changing the SVG, and commit the PNGs:
#   sh packaging/icons/render-pngs.sh
# Needs rsvg-convert (Debian package librsvg2-bin). The SVG has no text (its glyphs are
# outlines), so the result does not depend on the fonts installed.
set -eu
svg=resources/icons/statusdeck.svg
id=io.github.statusdeck.StatusDeck
for size in 16 22 24 32 48 64 128 256; do
    dir=packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/$id.png"
done
