# fish completion for statusdeck, installed as
# /usr/share/fish/vendor_completions.d/statusdeck.fish.
# As in the bash completion, the lists come from the program: commands from --help, card
# ids from `list --ids` (or the JSON export's "id" keys, or the codes of `list`),
# frameworks and lab clients from its answer to an unknown one.

function __statusdeck_ask
    set -l prog (commandline -opc)[1]
    command -q -- "$prog"; or test -x "$prog"; or set prog statusdeck
    $prog --lang en $argv 2>&1
end

# The words after "Known:" or "use one of", without the connecting words.
function __statusdeck_listed
    set -l answer (string join ' ' -- $argv)
    string match -q -r 'Known: |use one of ' -- $answer; or return
    set answer (string replace -r '.*(Known: |use one of )' '' -- $answer)
    set -l seen
    for word in (string split ' ' -- (string replace -a -r '[,.]' ' ' -- $answer))
        switch $word
            case '' or with '--*'
            case '*'
                contains -- $word $seen; or set -a seen $word
        end
    end
    printf '%s\n' $seen
end

function __statusdeck_commands
    set -l cmds (__statusdeck_ask --help | string replace -r -f '^  ([a-z][a-z0-9-]*)( .*)?$' '$1')
    test (count $cmds) -gt 0; or set cmds show list export serve matrix open screenshot
    contains help $cmds; or set -a cmds help
    printf '%s\n' $cmds
end

function __statusdeck_cards
    set -l ids (__statusdeck_ask list --ids)
    if string match -q -r '^(statusdeck:|Usage:)' -- "$ids[1]"
        set ids (__statusdeck_ask export --format json | string replace -r -f '^\s*"id":\s*"([^"]+)".*' '$1')
        test (count $ids) -gt 0; or set ids (__statusdeck_ask list | string replace -r -f '^(\S+).*' '$1' | uniq)
    end
    printf '%s\n' $ids
end

function __statusdeck_frameworks
    set -l names (__statusdeck_listed (__statusdeck_ask show 200 --snippet '?'))
    test (count $names) -gt 0; or set names express node-http flask fastapi django python-http-server go spring aspnet php rails axum nginx apache curl
    printf '%s\n' $names
end

function __statusdeck_clients
    set -l names (__statusdeck_listed (__statusdeck_ask matrix --client '?'))
    test (count $names) -gt 0; or set names fetch curl requests urllib go postman rfc wget httpx aiohttp httpie go-stream form navigate qt python3 node chromium chrome firefox
    printf '%s\n' $names
end

set -l __statusdeck_cmds show list export serve matrix open screenshot help try
set -l __statusdeck_not_window show list export serve matrix help try open
complete -c statusdeck -f
complete -c statusdeck -n "not __fish_seen_subcommand_from $__statusdeck_cmds" -a '(__statusdeck_commands)'
complete -c statusdeck -n "__fish_seen_subcommand_from show try; and test (count (commandline -opc)) -le 2" -a '(__statusdeck_cards)'
complete -c statusdeck -n "__fish_seen_subcommand_from help" -a '(__statusdeck_commands)'
complete -c statusdeck -l lang -x -a 'en de' -d 'Interface language'
complete -c statusdeck -s h -l help -d 'Show the help'
complete -c statusdeck -s v -l version -d 'Show the version'
complete -c statusdeck -n "not __fish_seen_subcommand_from $__statusdeck_not_window" -l card -x -a '(__statusdeck_cards)' -d 'Open this card'
complete -c statusdeck -n "not __fish_seen_subcommand_from $__statusdeck_not_window" -l page -x -a 'reference sandbox lab' -d 'Show this page'
complete -c statusdeck -n "not __fish_seen_subcommand_from $__statusdeck_not_window" -l theme -x -a 'light dark' -d 'Palette'
complete -c statusdeck -n "__fish_seen_subcommand_from show" -l snippet -x -a '(__statusdeck_frameworks)' -d 'Only this framework\'s snippet'
complete -c statusdeck -n "__fish_seen_subcommand_from export" -l format -x -a 'json markdown' -d 'Export format'
complete -c statusdeck -n "__fish_seen_subcommand_from matrix" -l format -x -a 'text json' -d 'Output format'
complete -c statusdeck -n "__fish_seen_subcommand_from serve" -l port -x -d 'Port (0 for any)'
complete -c statusdeck -n "__fish_seen_subcommand_from serve" -l bind -x -d 'Address to listen on'
complete -c statusdeck -n "__fish_seen_subcommand_from matrix" -l client -x -a '(__statusdeck_clients)' -d 'Client to run'
complete -c statusdeck -n "__fish_seen_subcommand_from matrix" -l real -d 'Run the real program'
complete -c statusdeck -n "__fish_seen_subcommand_from matrix" -l cross-origin -d 'The cross-origin matrix'
complete -c statusdeck -n "__fish_seen_subcommand_from matrix" -l mode -x -a 'fetch form navigate' -d 'How a real browser sends'
complete -c statusdeck -n "__fish_seen_subcommand_from screenshot" -F -d 'PNG file'
complete -c statusdeck -n "__fish_seen_subcommand_from open" -F -d 'HAR file'
complete -c statusdeck -n "__fish_seen_subcommand_from open" -l theme -x -a 'light dark' -d 'Palette'
complete -c statusdeck -n "not __fish_seen_subcommand_from show list export serve matrix help try screenshot" -l new-window -d 'A window of its own'
