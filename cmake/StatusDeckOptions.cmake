# One INTERFACE target carries the language standard, warnings and Qt hygiene
# defines; every StatusDeck target links it instead of setting flags per folder.

option(STATUSDECK_WERROR "Treat compiler warnings as errors" OFF)

set(STATUSDECK_RFC_DIR "${CMAKE_CURRENT_SOURCE_DIR}/../shared/rfc"
    CACHE PATH "Folder with the RFC texts and IANA registry that card quotes are checked against")

add_library(statusdeck_options INTERFACE)
add_library(StatusDeck::Options ALIAS statusdeck_options)

target_compile_features(statusdeck_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(statusdeck_options INTERFACE
    $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>
    $<$<AND:$<BOOL:${STATUSDECK_WERROR}>,$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>>:-Werror>
    # MSVC: sources are UTF-8, standard conformance, level 4 warnings. Written, not yet
    # built here (see README, "Platforms").
    $<$<COMPILE_LANG_AND_ID:CXX,MSVC>:/utf-8 /permissive- /W4>
    $<$<AND:$<BOOL:${STATUSDECK_WERROR}>,$<COMPILE_LANG_AND_ID:CXX,MSVC>>:/WX>)

# Sanitizers (GCC, Clang): -DSTATUSDECK_SANITIZE=address,undefined builds every StatusDeck
# target with them; tests/sanitize/run_sanitized.sh runs the whole suite that way. UB stops
# at the first report, so a test fails instead of printing and going on.
set(STATUSDECK_SANITIZE "" CACHE STRING "Comma-separated sanitizers to build with, e.g. address,undefined")
if(STATUSDECK_SANITIZE)
    target_compile_options(statusdeck_options INTERFACE
        $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-fsanitize=${STATUSDECK_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all>)
    target_link_options(statusdeck_options INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-fsanitize=${STATUSDECK_SANITIZE}>)
endif()

# Hygiene defines available in Qt 6.4: no implicit ASCII/byte-array conversions,
# no deprecated API, no narrowing in connect().
target_compile_definitions(statusdeck_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

function(statusdeck_feature_summary)
    message(STATUS "")
    message(STATUS "StatusDeck ${PROJECT_VERSION}")
    message(STATUS "  Qt:            ${Qt6_VERSION}")
    message(STATUS "  QScintilla:    ${QScintilla_VERSION}")
    message(STATUS "  llhttp:        ${Llhttp_VERSION} (${Llhttp_SOURCE})")
    message(STATUS "  Tests:         ${BUILD_TESTING}")
    message(STATUS "  -Werror:       ${STATUSDECK_WERROR}")
    message(STATUS "  Sanitizers:    ${STATUSDECK_SANITIZE}")
    message(STATUS "  RFC corpus:    ${STATUSDECK_RFC_DIR}")
    message(STATUS "")
endfunction()

# --- Hardening (GNU and Clang, optimised builds) ---------------------------------------
# What Debian's dpkg-buildflags gives a package with hardening=+all, so that the binary a
# CPack .deb ships passes lintian's hardening checks: fortified libc calls, stack
# protector, full RELRO with immediate binding, position-independent executable.
# Directory-wide (add_compile_options) on purpose: llhttp's C sources are compiled into the
# binary and must be hardened too. _FORTIFY_SOURCE needs optimisation, so Debug builds
# (and anyone who turns STATUSDECK_HARDENING off, such as a sanitizer build) go without.
option(STATUSDECK_HARDENING "Build Release/RelWithDebInfo/MinSizeRel with Debian's hardening flags" ON)
if(STATUSDECK_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang)$")
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES C CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    set(_statusdeck_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    add_compile_options(
        "$<${_statusdeck_optimised}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>"
        "$<${_statusdeck_optimised}:-fstack-protector-strong>"
        "$<${_statusdeck_optimised}:-fstack-clash-protection>")
    add_link_options("$<${_statusdeck_optimised}:LINKER:-z,relro;LINKER:-z,now>")
endif()
# --- end of hardening ------------------------------------------------------------------

# Fuzzing (Clang only): -DSTATUSDECK_FUZZ=ON instruments every StatusDeck target for
# libFuzzer's coverage with AddressSanitizer and UBSan, and builds the harnesses in
# tests/fuzz (tests/fuzz/run_fuzzers.sh configures and runs them).
option(STATUSDECK_FUZZ "Build the libFuzzer harnesses (needs Clang)" OFF)
if(STATUSDECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "STATUSDECK_FUZZ needs Clang (CXX=clang++-14); this is ${CMAKE_CXX_COMPILER_ID}")
    endif()
    target_compile_options(statusdeck_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(statusdeck_options INTERFACE -fsanitize=address,undefined)
endif()
