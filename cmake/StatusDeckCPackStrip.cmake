# CPACK_PRE_BUILD_SCRIPTS hook for the .deb: removes the .comment and .note sections of the
# staged ELF files (compiler version strings, of no use at run time), as dh_strip does.
# CPack's DEB generator then moves the debug information into the -dbgsym package and
# strips the rest (CPACK_DEBIAN_DEBUGINFO_PACKAGE). Without this, lintian reports
# binary-has-unneeded-section.
find_program(_objcopy objcopy)
if(NOT _objcopy)
    return()
endif()
foreach(_dir IN ITEMS "${CPACK_TEMPORARY_INSTALL_DIRECTORY}" "${CPACK_TEMPORARY_DIRECTORY}")
    if(NOT IS_DIRECTORY "${_dir}")
        continue()
    endif()
    file(GLOB_RECURSE _files LIST_DIRECTORIES false "${_dir}/*/bin/*" "${_dir}/*/lib/*.so*")
    foreach(_file IN LISTS _files)
        file(READ "${_file}" _magic LIMIT 4 HEX)
        if(_magic STREQUAL "7f454c46") # ELF
            execute_process(COMMAND "${_objcopy}" --remove-section=.comment --remove-section=.note "${_file}"
                COMMAND_ERROR_IS_FATAL ANY)
        endif()
    endforeach()
endforeach()
