# StatusDeckManPage
# -----------------
# statusdeck_add_man_page(<target> INCLUDE <file.h2m> NAME <one line> DESTINATION <dir>)
#
# Generates <target>.1.gz at build time with help2man (Debian package help2man) from the
# built program, so the man page is the --help text, never a copy of it:
#   - help2man runs `<target> --help` and `<target> --version` itself;
#   - cmake/StatusDeckManPageCommands.cmake runs `<target> help COMMAND` for every command
#     that `--help` lists under "Commands:" and writes a COMMANDS section from the answers
#     (a command without its own help gets its lines from the "Commands:" list);
#   - INCLUDE adds what no --help says (EXIT STATUS, FILES, ENVIRONMENT, SEE ALSO).
# Without help2man the page is skipped with a message (the package then has no man page).

find_program(STATUSDECK_HELP2MAN help2man)
find_program(STATUSDECK_GZIP gzip)

function(statusdeck_add_man_page target)
    cmake_parse_arguments(ARG "" "INCLUDE;NAME;DESTINATION" "" ${ARGN})
    if(NOT STATUSDECK_HELP2MAN OR NOT STATUSDECK_GZIP)
        message(STATUS "help2man or gzip not found: no man page for ${target} (Debian: apt-get install help2man)")
        return()
    endif()
    set(_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
    set(_page "${_dir}/${target}.1")
    # English, whatever the build machine's locale; the date from SOURCE_DATE_EPOCH if the
    # packager sets it (help2man honours it), so the page is reproducible.
    add_custom_command(OUTPUT "${_page}.gz"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_dir}"
        COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                "${CMAKE_COMMAND}" -DPROGRAM=$<TARGET_FILE:${target}> "-DHELP2MAN=${STATUSDECK_HELP2MAN}"
                "-DGZIP=${STATUSDECK_GZIP}" "-DNAME=${ARG_NAME}" "-DINCLUDE=${ARG_INCLUDE}" "-DPAGE=${_page}"
                -P "${PROJECT_SOURCE_DIR}/cmake/StatusDeckManPageCommands.cmake"
        DEPENDS ${target} "${ARG_INCLUDE}" "${PROJECT_SOURCE_DIR}/cmake/StatusDeckManPageCommands.cmake"
        COMMENT "Generating the man page ${target}.1 from ${target} --help"
        VERBATIM)
    add_custom_target(${target}_man_page ALL DEPENDS "${_page}.gz")
    install(FILES "${_page}.gz" DESTINATION "${ARG_DESTINATION}")
endfunction()
