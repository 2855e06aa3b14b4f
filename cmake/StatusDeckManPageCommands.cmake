# Makes the man page (-P script, run by statusdeck_add_man_page at build time):
#   -DPROGRAM=<the built binary> -DHELP2MAN=<help2man> -DGZIP=<gzip> -DNAME=<one line>
#   -DINCLUDE=<the hand-written .h2m> -DPAGE=<out/statusdeck.1> (writes PAGE.gz)
# It writes the COMMANDS section as a help2man include file beside PAGE, then runs help2man
# on PROGRAM with both include files, then gzip -9n.
# The commands are the ones `PROGRAM --help` lists under "Commands:" (a line indented by two
# spaces starting with the command's name). For each, `PROGRAM help NAME` is asked first;
# when it answers with something other than the general help, that text is the command's
# entry. Otherwise the command's lines of the "Commands:" list are used; when no command has
# its own help the section is left out, as it would repeat DESCRIPTION. So a command added
# to --help, or given its own help, appears in the man page without touching this file.

execute_process(COMMAND "${PROGRAM}" --help
    OUTPUT_VARIABLE general RESULT_VARIABLE status ERROR_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${status})")
endif()

# The "Commands:" block: from its heading to the next line that is not indented.
# CMake lists split on ";" and balance brackets, so both are hidden while splitting.
string(REPLACE ";" "<semicolon>" general_escaped "${general}")
string(REPLACE "[" "<lb>" general_escaped "${general_escaped}")
string(REPLACE "]" "<rb>" general_escaped "${general_escaped}")
string(REPLACE "\n" ";" lines "${general_escaped}")
set(in_block FALSE)
set(commands "")
set(current "")
foreach(line IN LISTS lines)
    if(line MATCHES "^Commands:")
        set(in_block TRUE)
        continue()
    endif()
    if(NOT in_block)
        continue()
    endif()
    if(NOT line MATCHES "^ ")
        break()
    endif()
    if(line MATCHES "^  ([a-z][a-z0-9-]*)( |$)")
        set(current "${CMAKE_MATCH_1}")
        list(APPEND commands "${current}")
        set("summary_${current}" "")
    endif()
    if(current)
        string(REGEX REPLACE "^  " "" stripped "${line}")
        string(REPLACE "<semicolon>" ";" stripped "${stripped}")
        string(REPLACE "<lb>" "[" stripped "${stripped}")
        string(REPLACE "<rb>" "]" stripped "${stripped}")
        string(APPEND "summary_${current}" "${stripped}\n")
    endif()
endforeach()
if(NOT commands)
    # Do not break the build over the man page; the package test notices a missing command.
    message(WARNING "${PROGRAM} --help lists no commands under \"Commands:\"; the man page has no COMMANDS section")
endif()

# roff: backslashes doubled, a leading dot or quote made harmless.
function(to_roff text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(section "")
set(own_helps 0)
foreach(command IN LISTS commands)
    execute_process(COMMAND "${PROGRAM}" help "${command}"
        OUTPUT_VARIABLE own RESULT_VARIABLE own_status ERROR_QUIET)
    if(own_status EQUAL 0 AND NOT own STREQUAL "" AND NOT own STREQUAL general)
        set(text "${own}")
        math(EXPR own_helps "${own_helps} + 1")
    else()
        set(text "${summary_${command}}")
    endif()
    string(STRIP "${text}" text)
    to_roff("${text}" text)
    string(APPEND section ".SS ${command}\n.nf\n${text}\n.fi\n")
endforeach()
# Without any command's own help, the section would only repeat the "Commands:" list that
# help2man already puts under DESCRIPTION.
set(includes "--include=${INCLUDE}")
if(own_helps GREATER 0)
    file(WRITE "${PAGE}-commands.h2m" "[COMMANDS]\n${section}")
    list(PREPEND includes "--include=${PAGE}-commands.h2m")
endif()

execute_process(COMMAND "${HELP2MAN}" --no-info --section=1 "--name=${NAME}" ${includes}
        "--output=${PAGE}" "${PROGRAM}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "help2man failed (${status})")
endif()
execute_process(COMMAND "${GZIP}" -9nf "${PAGE}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip failed (${status})")
endif()
