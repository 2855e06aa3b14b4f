# Fails when a user-visible string in app/ has no finished German translation: runs lupdate
# over the sources into a copy of the committed catalogue and looks for unfinished entries.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DTS_FILE=... -DWORK_DIR=... [-DPLURAL_ONLY=ON] -P CheckTranslations.cmake
# PLURAL_ONLY: the catalogue holds only the messages with plural forms (the English one).
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
set(extra)
if(PLURAL_ONLY)
    set(extra -pluralonly)
endif()
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${extra} "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" missing "${content}")
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} string(s) in app/ are not translated in ${name}; run the "
                        "update_translations target and translate them:\n${missing}")
endif()
message(STATUS "${name}: every string in app/ is translated")
