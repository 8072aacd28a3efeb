#!/usr/bin/env bash
# Installs test-only tools (not assumed on the machine). Idempotent: quick when everything is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Mozilla's ical.js, for tests/js/parse_ics.mjs (tests/test_export_ics.py). The test is skipped only when
# node itself is absent; with node present, ical.js must be installed.
ICALJS_VERSION=2.2.1
if command -v node >/dev/null 2>&1; then
    if [ ! -f "$here/js/node_modules/ical.js/package.json" ]; then
        command -v npm >/dev/null 2>&1 || { echo "tests/setup.sh: node is installed but npm is not; cannot install ical.js" >&2; exit 1; }
        npm install --prefix "$here/js" --no-save --no-audit --no-fund --loglevel=error "ical.js@$ICALJS_VERSION"
    fi
else
    echo "tests/setup.sh: node not found; the ical.js checks will be skipped" >&2
fi

# Headless Chromium, for the HTML rendering test (tests/test_export_html.py): installed from Debian's packages
# when missing and apt-get is usable (root); otherwise that one test is skipped.
if [ ! -x /usr/bin/chromium ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
            || echo "tests/setup.sh: could not install chromium; the browser test will be skipped" >&2
    else
        echo "tests/setup.sh: /usr/bin/chromium missing and apt-get unavailable; the browser test will be skipped" >&2
    fi
fi
