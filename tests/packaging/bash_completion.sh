#!/bin/bash
# Sources the bash completion and asks it for completions the way bash does (COMP_WORDS,
# COMP_CWORD, then COMPREPLY), against the built binary.
#   bash_completion.sh COMPLETION_FILE STATUSDECK_BINARY
set -u
. "$(dirname "$0")/common.sh"
# shellcheck source=/dev/null
source "$1" || exit 1
prog=$2
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen

complete_words() { # complete_words WORD... (the last one is the word being completed)
    COMP_WORDS=("$prog" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _statusdeck
    printf '%s\n' "${COMPREPLY[@]}"
}
offers() { # offers "WORDS" EXPECTED...: the completion of WORDS contains every EXPECTED
    local words=$1 got
    shift
    read -r -a argv <<<"$words"
    [[ $words == *" " ]] && argv+=("")
    got=$(complete_words "${argv[@]}")
    for want in "$@"; do
        grep -qx -- "$want" <<<"$got" || { echo "  '$words' -> $(tr '\n' ' ' <<<"$got")"; return 1; }
    done
}
exactly() { # exactly "WORDS" EXPECTED...: the completion is exactly EXPECTED
    local words=$1 got want
    shift
    read -r -a argv <<<"$words"
    [[ $words == *" " ]] && argv+=("")
    got=$(complete_words "${argv[@]}" | sort | tr '\n' ' ')
    want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
    [[ $got == "$want" ]] || { echo "  '$words' -> $got (want $want)"; return 1; }
}

check "commands" offers " " show list export serve matrix open screenshot help
check "open options" offers "open --" --new-window --theme
check "window options" offers "--" --new-window --card --page
check "a prefix picks one command" exactly "sh" show
check "codes for show" offers "show 30" 301 302 303 307 308
check "no second code for show" exactly "show 307 "
check "codes for --card" offers "--card 40" 404
check "frameworks for --snippet" offers "show 404 --snippet " express flask go curl
check "a framework prefix" exactly "show 404 --snippet fl" flask
check "clients for matrix --client" offers "matrix --client " fetch curl qt wget
check "matrix options" offers "matrix --" --client --real --mode --format
check "browsers for matrix --client" offers "matrix --client " chromium firefox form navigate
check "modes for matrix --mode" offers "matrix --client chromium --real --mode " fetch form navigate
check "serve options" offers "serve --" --port --bind
check "export formats" exactly "export --format " json markdown
check "matrix formats" exactly "matrix --format " text json
check "pages" exactly "--page " reference sandbox lab
check "themes" exactly "screenshot --theme " light dark
check "help names commands" offers "help " show matrix
if "$prog" list --ids >/dev/null 2>&1; then
    check "card ids with a vendor" offers "show 499" 499-nginx
fi
finish
