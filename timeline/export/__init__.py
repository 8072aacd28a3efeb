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


def render_exports(timeline: Timeline, formats: Sequence[str], plotlyjs: str = "inline") -> dict[str, bytes]:
    """The bytes of each of ``formats`` (in :data:`FORMATS` order), without writing anything: a batch worker renders,
    the process that owns the output folder writes. ``plotlyjs="directory"`` pages need :func:`write_plotlyjs`
    beside them."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ExportError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    rendered: dict[str, bytes] = {}
    for fmt in FORMATS:
        if fmt not in formats:
            continue
        if fmt == "ics":
            from timeline.export.ics import render_ics

            rendered[fmt] = render_ics(timeline)
        elif fmt == "html":
            from timeline.export.html import render_html

            rendered[fmt] = render_html(timeline, plotlyjs=plotlyjs).encode("utf-8")
        elif fmt == "timelinejs":
            from timeline.export.timelinejs import render_timelinejs

            rendered[fmt] = render_timelinejs(timeline).encode("utf-8")
        else:
            rendered[fmt] = timeline.to_json().encode("utf-8")
    return rendered


def write_plotlyjs(folder: Path) -> None:
    """``plotly.min.js`` in ``folder`` for the pages written there with ``plotlyjs="directory"``."""
    from timeline.export.html import write_plotlyjs as write

    try:
        write(folder)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot write plotly.min.js ({exc.strerror or exc})") from None


def write_exports(timeline: Timeline, out: Path, base: str, formats: Sequence[str],
                  plotlyjs: str = "inline") -> list[Path]:
    """Write ``timeline`` as ``out/<base>.<format>`` for each of ``formats`` (each through a temporary file and a
    rename: a failure leaves no half-written file); returns the paths written.

    ``base`` is reduced to one plain file name (:func:`timeline.fileio.safe_name`: ``../../x`` writes ``out/x.*``)
    and every path must resolve inside ``out``: a symbolic link there that leads elsewhere is an ExportError,
    checked for every format before any file is written."""
    from timeline.fileio import UnsafePathError, atomic_write, path_inside, safe_name

    rendered = render_exports(timeline, formats, plotlyjs)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    name = safe_name(base)
    try:
        paths = {fmt: path_inside(out, f"{name}{SUFFIXES[fmt]}") for fmt in rendered}
        if "html" in paths and plotlyjs == "directory":
            from timeline.export.html import PLOTLYJS_FILENAME

            path_inside(out, PLOTLYJS_FILENAME)
    except UnsafePathError as exc:
        raise ExportError(str(exc)) from None
    if "html" in rendered and plotlyjs == "directory":
        write_plotlyjs(out)
    written: list[Path] = []
    for fmt, path in paths.items():
        data = rendered[fmt]
        try:
            atomic_write(path, data)
        except OSError as exc:
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
        written.append(path)
    return written
