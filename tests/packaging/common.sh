# Shared by the packaging tests (sourced). A missing program skips the test (exit 77,
# CTest's SKIP_RETURN_CODE) with the Debian package to install, but fails under CI=true.

need() { # need PROGRAM DEBIAN_PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        if [ "${CI:-}" = true ]; then
            echo "FAIL: $1 is missing (Debian package $2), and CI=true" >&2
            exit 1
        fi
        echo "SKIP: $1 is missing; install the Debian package $2"
        exit 77
    fi
}

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else fail "$what"; fi
}
finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}
