"""Exporters: a Timeline written as calendars, pages and data files.

:func:`write_exports` is the one place that writes a timeline's files; it raises :class:`ExportError` with a
sentence a person can act on, and the CLI turns it into a message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from timeline.model import Timeline

#: The formats :func:`write_exports` writes, in the order it writes them.
FORMATS = ("ics", "html", "json", "timelinejs")
#: The file name ending of each format, after ``<base>``.
SUFFIXES = {"ics": ".ics", "html": ".html", "json": ".json", "timelinejs": ".timelinejs.json"}


class ExportError(Exception):
    """An export could not be written; the message says where and why."""


def write_exports(timeline: Timeline, out: Path, base: str, formats: Sequence[str],
                  plotlyjs: str = "inline") -> list[Path]:
    """Write ``timeline`` as ``out/<base>.<format>`` for each of ``formats`` (each through a temporary file and a
    rename: a failure leaves no half-written file); returns the paths written.

    ``base`` is reduced to one plain file name (:func:`timeline.fileio.safe_name`: ``../../x`` writes ``out/x.*``)
    and every path must resolve inside ``out``: a symbolic link there that leads elsewhere is an ExportError,
    checked for every format before any file is written."""
    from timeline.fileio import UnsafePathError, atomic_write, path_inside, safe_name

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ExportError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    name = safe_name(base)
    try:
        paths = {fmt: path_inside(out, f"{name}{SUFFIXES[fmt]}") for fmt in FORMATS if fmt in formats}
        if "html" in paths and plotlyjs == "directory":
            from timeline.export.html import PLOTLYJS_FILENAME

            path_inside(out, PLOTLYJS_FILENAME)
    except UnsafePathError as exc:
        raise ExportError(str(exc)) from None
    written: list[Path] = []
    for fmt, path in paths.items():
        try:
            if fmt == "ics":
                from timeline.export.ics import write_ics

                write_ics(timeline, path)
            elif fmt == "html":
                from timeline.export.html import write_html

                write_html(timeline, path, plotlyjs=plotlyjs)
            elif fmt == "timelinejs":
                from timeline.export.timelinejs import write_timelinejs

                write_timelinejs(timeline, path)
            else:
                atomic_write(path, timeline.to_json())
        except OSError as exc:
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
        written.append(path)
    return written
