#!/bin/sh
# clang-tidy over the project's sources with the root .clang-tidy.
# Usage: tests/lint/clang_tidy.sh BUILD_DIR [FILE...]   (BUILD_DIR has compile_commands.json)
# Not part of CI (a full run takes about 10 minutes on two cores); run it before a larger change.
set -eu
build=${1:?usage: clang_tidy.sh BUILD_DIR [FILE...]}
shift
cd "$(dirname "$0")/../.."
if [ "$#" -eq 0 ]; then
    set -- $(find app -name '*.cpp' | sort)
fi
status=0
for file in "$@"; do
    clang-tidy --quiet -p "$build" "$file" 2>/dev/null | grep -E "warning:|error:" && status=1
done
exit $status
