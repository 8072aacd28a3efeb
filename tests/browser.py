"""Headless Chromium for the tests: a page's DOM after its scripts ran, and screenshots kept as test artefacts.

A page that measures itself writes a JSON report into ``<pre id="report">`` (see the tests that use it); the
report is read from the dumped DOM. Screenshots go to ``$TEST_ARTIFACTS`` (default ``build/test-artifacts``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))


def available() -> bool:
    return Path(CHROMIUM).exists()


def _run(url: str, *args: str, width: int = 1400, height: int = 900, budget_ms: int = 10000) -> subprocess.CompletedProcess:
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        return subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
             "--allow-file-access-from-files", f"--window-size={width},{height}",
             f"--virtual-time-budget={budget_ms}", *args, url],
            capture_output=True, timeout=180, text=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def dom(url: str, **kw) -> str:
    result = _run(url, "--dump-dom", **kw)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def report(url: str, **kw) -> dict:
    """The JSON the page wrote into ``<pre id="report">``."""
    page = dom(url, **kw)
    match = re.search(r'<pre id="report">(.*?)</pre>', page, re.S)
    assert match and match.group(1).strip(), "the page wrote no report:\n" + page[-3000:]
    text = match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return json.loads(text)


def screenshot(url: str, name: str, **kw) -> Path:
    """A PNG of the page in ``ARTIFACTS/name``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    result = _run(url, f"--screenshot={target}", **kw)
    assert result.returncode == 0 and target.stat().st_size > 10_000, result.stderr[-2000:]
    return target
