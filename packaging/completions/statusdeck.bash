# bash completion for statusdeck                                      -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/statusdeck (loaded on demand by
# bash-completion). Works without bash-completion too: `source` this file.
#
# Everything is asked from the program itself (the one being completed, so a build tree's
# binary completes its own cards), once per shell, with a built-in list as a fallback:
# the commands from the "Commands:" list of --help, a command's options from
# `help COMMAND` where that is the command's own help, card ids, snippet frameworks and
# lab clients from the program's listings and messages.

_statusdeck_program()
{
    local prog=${COMP_WORDS[0]}
    if [[ $prog == */* && -x $prog ]] || command -v -- "$prog" >/dev/null 2>&1; then
        printf '%s' "$prog"
    else
        printf '%s' statusdeck
    fi
}

# Each of these fills its _statusdeck_*_cache variable in the calling shell (so the
# program is asked once per shell, not once per Tab).

# Card ids (404, 499-nginx): `list --ids` where the program has it, else the "id" keys of
# the JSON export, else the codes in the first column of `list`.
# The commands --help lists (lines indented by two spaces under "Commands:").
_statusdeck_commands()
{
    if [[ -z ${_statusdeck_command_cache-} ]]; then
        local line in_block= words=()
        while IFS= read -r line; do
            if [[ $line == Commands:* ]]; then
                in_block=1
            elif [[ -n $in_block ]]; then
                [[ $line == " "* ]] || break
                [[ $line =~ ^\ \ ([a-z][a-z0-9-]*) ]] && words+=("${BASH_REMATCH[1]}")
            fi
        done < <("$(_statusdeck_program)" --lang en --help 2>/dev/null)
        ((${#words[@]})) || words=(show list export serve matrix open screenshot)
        [[ " ${words[*]} " == *" help "* ]] || words+=(help)
        _statusdeck_command_cache="${words[*]}"
    fi
}

# A command's options: the --words of its own help (`help COMMAND`), else a built-in list.
declare -A _statusdeck_option_cache 2>/dev/null
_statusdeck_options()
{
    local command=$1 key=${1:-window} # an empty subscript is an error in bash
    if [[ -z ${_statusdeck_option_cache[$key]-} ]]; then
        local prog own general word options=()
        prog=$(_statusdeck_program)
        general=$("$prog" --lang en --help 2>/dev/null)
        own=$("$prog" --lang en help "$command" 2>/dev/null)
        if [[ -n $command && -n $own && $own != "$general" ]]; then
            for word in ${own//[^a-z0-9-]/ }; do
                [[ $word == --?* && " ${options[*]} " != *" $word "* ]] && options+=("$word")
            done
        fi
        if ((${#options[@]} == 0)); then
            case $command in
                show) options=(--snippet) ;;
                export) options=(--format) ;;
                serve) options=(--port --bind) ;;
                matrix) options=(--client --real --mode --cross-origin --format) ;;
                list | help) options=() ;;
                open) options=(--theme --new-window) ;;
                screenshot) options=(--card --page --theme) ;;
                *) options=(--card --page --theme --new-window) ;; # the window
            esac
        fi
        _statusdeck_option_cache[$key]="${options[*]} "
    fi
}

_statusdeck_cards()
{
    if [[ -z ${_statusdeck_card_cache-} ]]; then
        local prog out line ids=()
        prog=$(_statusdeck_program)
        if out=$("$prog" --lang en list --ids 2>/dev/null) && [[ -n $out ]]; then
            _statusdeck_card_cache=$out
        else
            out=$("$prog" --lang en export --format json 2>/dev/null)
            while IFS= read -r line; do
                [[ $line =~ ^[[:space:]]*\"id\":[[:space:]]*\"([^\"]+)\" ]] && ids+=("${BASH_REMATCH[1]}")
            done <<<"$out"
            if ((${#ids[@]})); then
                _statusdeck_card_cache=$(printf '%s\n' "${ids[@]}")
            else
                _statusdeck_card_cache=$("$prog" --lang en list 2>/dev/null | while read -r line _; do
                    printf '%s\n' "$line"
                done | uniq)
            fi
        fi
    fi
}

# The words after "Known:" or "use one of" in the program's answer to a bad value
# (asked in English), without the connecting words; FALLBACK when that says nothing.
_statusdeck_listed()
{
    local answer=$1 fallback=$2 word words=()
    answer=${answer#*Known: }
    answer=${answer#*use one of }
    [[ $answer == statusdeck:* ]] && answer=
    for word in ${answer//[,.]/ }; do
        case $word in
            or | with | --*) ;;
            *) [[ " ${words[*]} " == *" $word "* ]] || words+=("$word") ;;
        esac
    done
    if ((${#words[@]})); then
        printf '%s\n' "${words[@]}"
    else
        printf '%s\n' $fallback
    fi
}

_statusdeck_frameworks()
{
    if [[ -z ${_statusdeck_framework_cache-} ]]; then
        _statusdeck_framework_cache=$(_statusdeck_listed \
            "$("$(_statusdeck_program)" --lang en show 200 --snippet '?' 2>&1)" \
            "express node-http flask fastapi django python-http-server go spring aspnet php rails axum nginx apache curl")
    fi
}

_statusdeck_clients()
{
    if [[ -z ${_statusdeck_client_cache-} ]]; then
        _statusdeck_client_cache=$(_statusdeck_listed \
            "$("$(_statusdeck_program)" --lang en matrix --client '?' 2>&1)" \
            "fetch curl requests urllib go postman rfc wget httpx aiohttp httpie go-stream form navigate qt python3 node chromium chrome firefox")
    fi
}

_statusdeck()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    local global="--lang --help --version"

    # The command: the first word that is neither an option nor an option's value.
    local i word command= positional=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --lang | --theme | --card | --page | --format | --snippet | --port | --bind | --client | --mode) ((i++)) ;;
            -*) ;;
            *) if [[ -z $command ]]; then command=$word; else ((positional++)); fi ;;
        esac
    done

    local values=
    case $prev in
        --lang) values="en de" ;;
        --theme) values="light dark" ;;
        --page) values="reference sandbox lab" ;;
        --card) _statusdeck_cards && values=$_statusdeck_card_cache ;;
        --snippet) _statusdeck_frameworks && values=$_statusdeck_framework_cache ;;
        --client) _statusdeck_clients && values=$_statusdeck_client_cache ;;
        --mode) values="fetch form navigate" ;;
        --format)
            if [[ $command == matrix ]]; then values="text json"; else values="json markdown"; fi ;;
        --port | --bind) return 0 ;; # a number or an address: nothing to offer
    esac
    if [[ -n $values ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        return 0
    fi

    if [[ $cur == -* ]]; then
        _statusdeck_options "$command"
        mapfile -t COMPREPLY < <(compgen -W "${_statusdeck_option_cache[${command:-window}]} $global" -- "$cur")
        return 0
    fi

    case $command in
        "")
            _statusdeck_commands
            mapfile -t COMPREPLY < <(compgen -W "$_statusdeck_command_cache" -- "$cur")
            ;;
        show | try)
            ((positional == 0)) || return 0
            _statusdeck_cards
            mapfile -t COMPREPLY < <(compgen -W "$_statusdeck_card_cache" -- "$cur")
            ;;
        help)
            ((positional == 0)) || return 0
            _statusdeck_commands
            mapfile -t COMPREPLY < <(compgen -W "$_statusdeck_command_cache" -- "$cur")
            ;;
        screenshot)
            if declare -F _filedir >/dev/null; then
                _filedir png
            else
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            fi
            ;;
        open)
            ((positional == 0)) || return 0
            if declare -F _filedir >/dev/null; then
                _filedir har
            else
                mapfile -t COMPREPLY < <(compgen -f -X '!*.[hH][aA][rR]' -- "$cur"; compgen -d -- "$cur")
            fi
            ;;
    esac
    return 0
}

complete -F _statusdeck statusdeck
