#!/usr/bin/env bash
# Installs test-only tools (not assumed on the machine). Idempotent: quick when everything is already there.
# Python test tools (ics-py, radicale, …) come with the `[test]` extra of pyproject.toml.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# npm packages, for tests/js: Mozilla's ical.js (tests/js/parse_ics.mjs, one of the six iCalendar readers) and
# TimelineJS3 (tests/test_export_timelinejs.py loads our JSON into it, offline). Those tests are skipped only
# when node itself is absent; with node present, the packages must be installed.
ICALJS_VERSION=2.2.1
TIMELINEJS_VERSION=3.9.11
if command -v node >/dev/null 2>&1; then
    if [ ! -f "$here/js/node_modules/ical.js/package.json" ] \
        || ! grep -q "\"version\": \"$TIMELINEJS_VERSION\"" "$here/js/node_modules/@knight-lab/timelinejs/package.json" 2>/dev/null; then
        command -v npm >/dev/null 2>&1 || { echo "tests/setup.sh: node is installed but npm is not; cannot install ical.js and TimelineJS" >&2; exit 1; }
        npm install --prefix "$here/js" --no-save --no-audit --no-fund --loglevel=error \
            "ical.js@$ICALJS_VERSION" "@knight-lab/timelinejs@$TIMELINEJS_VERSION"
    fi
else
    echo "tests/setup.sh: node not found; the ical.js and TimelineJS checks will be skipped" >&2
fi

# Debian packages: headless Chromium (pages, screenshots, TimelineJS) and libical (the C iCalendar library,
# read through ctypes by tests/ics_readers.py). Installed when missing and apt-get is usable (root); otherwise
# the tests that need them are skipped.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ldconfig -p 2>/dev/null | grep -q 'libical\.so\.3' || missing+=(libical3)
if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
            || echo "tests/setup.sh: could not install ${missing[*]}; the tests that need them will be skipped" >&2
    else
        echo "tests/setup.sh: ${missing[*]} missing and apt-get unavailable; the tests that need them will be skipped" >&2
    fi
fi
