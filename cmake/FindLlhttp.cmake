# FindLlhttp
# ----------
# Finds llhttp, the HTTP/1.1 parser of Node.js, and makes the target Llhttp::Llhttp.
#
# Order: an installed llhttp with a CMake config, then pkg-config (libllhttp),
# then the C sources that Debian's package node-llhttp ships in /usr/share/llhttp,
# which are compiled here into a static library.
#
#   Llhttp::Llhttp, Llhttp_FOUND, Llhttp_VERSION, Llhttp_SOURCE (config|pkg-config|sources)

if(TARGET Llhttp::Llhttp)
    set(Llhttp_FOUND TRUE)
    return()
endif()

find_package(llhttp CONFIG QUIET)
if(llhttp_FOUND)
    foreach(_candidate llhttp::llhttp_static llhttp::llhttp_shared llhttp::llhttp)
        if(TARGET ${_candidate})
            add_library(Llhttp::Llhttp INTERFACE IMPORTED)
            target_link_libraries(Llhttp::Llhttp INTERFACE ${_candidate})
            set(Llhttp_VERSION "${llhttp_VERSION}")
            set(Llhttp_SOURCE "config")
            break()
        endif()
    endforeach()
endif()

if(NOT TARGET Llhttp::Llhttp)
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(PC_LLHTTP QUIET IMPORTED_TARGET libllhttp)
        if(PC_LLHTTP_FOUND)
            add_library(Llhttp::Llhttp INTERFACE IMPORTED)
            target_link_libraries(Llhttp::Llhttp INTERFACE PkgConfig::PC_LLHTTP)
            set(Llhttp_VERSION "${PC_LLHTTP_VERSION}")
            set(Llhttp_SOURCE "pkg-config")
        endif()
    endif()
endif()

if(NOT TARGET Llhttp::Llhttp)
    find_path(Llhttp_INCLUDE_DIR NAMES llhttp.h
        PATHS /usr/share/include/llhttp /usr/local/share/include/llhttp
        NO_DEFAULT_PATH)
    find_path(Llhttp_SOURCE_DIR NAMES llhttp.c api.c http.c
        PATHS /usr/share/llhttp /usr/local/share/llhttp
        NO_DEFAULT_PATH)
    if(Llhttp_INCLUDE_DIR AND Llhttp_SOURCE_DIR)
        file(STRINGS "${Llhttp_INCLUDE_DIR}/llhttp.h" _llhttp_version_lines
            REGEX "^#define LLHTTP_VERSION_(MAJOR|MINOR|PATCH) [0-9]+")
        foreach(_part MAJOR MINOR PATCH)
            string(REGEX MATCH "LLHTTP_VERSION_${_part} ([0-9]+)" _m "${_llhttp_version_lines}")
            set(_llhttp_${_part} "${CMAKE_MATCH_1}")
        endforeach()
        set(Llhttp_VERSION "${_llhttp_MAJOR}.${_llhttp_MINOR}.${_llhttp_PATCH}")

        add_library(statusdeck_llhttp STATIC
            "${Llhttp_SOURCE_DIR}/llhttp.c"
            "${Llhttp_SOURCE_DIR}/api.c"
            "${Llhttp_SOURCE_DIR}/http.c")
        # Generated third-party C: build it quietly, expose its header as a system include.
        target_include_directories(statusdeck_llhttp SYSTEM PUBLIC "${Llhttp_INCLUDE_DIR}")
        # Strict: no whitespace before a field's colon, no loose version or framing
        # (README, "Sandbox server"). Public, so the header's struct and checks match.
        target_compile_definitions(statusdeck_llhttp PUBLIC LLHTTP_STRICT_MODE=1)
        set_target_properties(statusdeck_llhttp PROPERTIES
            C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
        target_compile_options(statusdeck_llhttp PRIVATE -w)
        add_library(Llhttp::Llhttp ALIAS statusdeck_llhttp)
        set(Llhttp_SOURCE "sources")
    endif()
endif()

include(FindPackageHandleStandardArgs)
if(TARGET Llhttp::Llhttp)
    set(_llhttp_found_marker "Llhttp::Llhttp")
endif()
find_package_handle_standard_args(Llhttp
    REQUIRED_VARS _llhttp_found_marker
    VERSION_VAR Llhttp_VERSION
    REASON_FAILURE_MESSAGE "llhttp was not found. On Debian install the package node-llhttp (its C sources in /usr/share/llhttp are built here).")
