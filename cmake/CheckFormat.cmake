# Run as a test: fails when a C++ file under app/ or tests/ is not formatted with the
# root .clang-format. Without clang-format the test fails under CI=true (the package must
# be in the README's test command) and is skipped otherwise.
if(NOT CLANG_FORMAT OR CLANG_FORMAT MATCHES "NOTFOUND")
    if("$ENV{CI}" STREQUAL "true")
        message(FATAL_ERROR "clang-format not found: install the Debian package clang-format")
    endif()
    message(STATUS "SKIP: clang-format not found (Debian package clang-format)")
    return()
endif()
file(GLOB_RECURSE _files RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${_files}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE _result
    ERROR_VARIABLE _errors)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "Unformatted files (run clang-format -i on them):\n${_errors}")
endif()
list(LENGTH _files _count)
message(STATUS "${_count} files formatted as .clang-format says")
