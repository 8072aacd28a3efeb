"""The ``timeline`` command: a thin layer that parses options, calls the library and prints.

Every error a user can cause ends in one line on stderr (``timeline: …``) and exit status 1 (2 for bad usage);
outputs are written to a temporary file and renamed, so a failed run leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline import __version__
from timeline.documents import (MAX_INPUT_BYTES, InputError, check_document_date, document_id, read_document,
                                read_text)
from timeline.export import FORMATS
from timeline.model import Document, Timeline

app = typer.Typer(
    name="timeline",
    help="Find the time expressions and events of news articles; export calendars (.ics), an interactive "
    "timeline (.html) and editable JSON.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class PlotlyJs(str, Enum):
    inline = "inline"
    directory = "directory"


class TagFormat(str, Enum):
    json = "json"
    timeml = "timeml"


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"timeline: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """timeline: news articles → time expressions → events → calendars and timelines."""


def _parse_day(value: str | None, what: str = "--document-date") -> dt.date | None:
    if value is None:
        return None
    try:
        return check_document_date(dt.date.fromisoformat(value), what)
    except InputError as exc:
        fail(str(exc), 2)
    except ValueError:
        fail(f"{what}: {value!r} is not a valid date (expected YYYY-MM-DD, e.g. 2025-09-25)", 2)
    return None


def _formats(value: str) -> list[str]:
    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        named = ", ".join(unknown) if unknown else repr(value)
        fail(f"--format: unknown format {named} (choose from {', '.join(FORMATS)})", 2)
    return list(dict.fromkeys(chosen))


def _load_timeline(path: Path, max_size: float = MAX_INPUT_BYTES / 1e6) -> Timeline:
    from timeline.schema import TimelineError, load_timeline

    try:
        return load_timeline(read_text(path, int(max_size * 1e6)))
    except InputError as exc:
        fail(str(exc))
    except TimelineError as exc:
        fail(f"{path}: {exc}")
    raise AssertionError


MaxSize = Annotated[float, typer.Option("--max-size", min=0, help="Refuse input files larger than this many MB.")]


def _documents(paths: list[Path], lang: str | None, day: dt.date | None, max_size: float) -> list[Document]:
    """The documents read, or one line on stderr; a language the detection was unsure of is said on stderr."""
    try:
        docs = [read_document(p, lang, day, int(max_size * 1e6)) for p in paths]
    except InputError as exc:
        fail(str(exc))
    from timeline.lang.detect import language_name

    for doc in docs:
        if doc.language_source == "guessed":
            typer.echo(f"timeline: {doc.path}: unsure of the language, read as {language_name(doc.language)} "
                       f"({doc.language}); use --lang to choose", err=True)
    return docs


def _progress():
    """On a terminal, a line on stderr that follows the analysis of a text longer than one block; None when
    stderr is piped or a file (the line would only litter a log)."""
    if not sys.stderr.isatty():
        return None
    from timeline.text.blocks import BLOCK_CHARS

    def show(doc: Document, done: int, total: int) -> None:
        if total > BLOCK_CHARS:
            sys.stderr.write(f"\rtimeline: {doc.path or doc.id}: {100 * done // total}% ({done / 1e6:.1f} of "
                             f"{total / 1e6:.1f} million characters)" + ("\n" if done >= total else ""))
            sys.stderr.flush()

    return show


@app.command()
def export(
    paths: Annotated[list[Path], typer.Argument(help="Article text files (UTF-8), or one timeline .json to re-export.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("exports"),
    format: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: ics, html, json, timelinejs (<name>.timelinejs.json for TimelineJS3).")] = "ics,html,json",
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language code (default: metadata, else detected).")] = None,
    document_date: Annotated[Optional[str], typer.Option("--document-date", help="Anchor date YYYY-MM-DD.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Base name of the output files.")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the timeline.")] = None,
    plotlyjs: Annotated[PlotlyJs, typer.Option("--plotlyjs", help="inline: one self-contained page; directory: "
                                               "plotly.min.js written once beside the pages.")] = PlotlyJs.inline,
    max_size: MaxSize = MAX_INPUT_BYTES / 1e6,
) -> None:
    """Export articles (or an edited timeline JSON) as .ics, .html and .json."""
    formats = _formats(format)
    day = _parse_day(document_date)
    if any(p.suffix.lower() == ".json" for p in paths):
        if len(paths) != 1:
            fail("a timeline .json is re-exported on its own; give it without other files", 2)
        timeline = _load_timeline(paths[0], max_size)
        if title:
            timeline = Timeline(title=title, language=timeline.language, events=timeline.events,
                                sources=timeline.sources, extra=timeline.extra)
        base = name or document_id(paths[0]).removesuffix(".json")
    else:
        from timeline.pipeline import build_timeline

        docs = _documents(paths, lang, day, max_size)
        timeline = build_timeline(docs, title, _progress())
        base = name or (docs[0].id if len(docs) == 1 else "timeline")
    from timeline.export import ExportError, write_exports

    try:
        written = write_exports(timeline, out, base, formats, plotlyjs.value)
    except ExportError as exc:
        fail(str(exc))
    for path in written:
        typer.echo(str(path))


def _when(event) -> str:
    if event.end is None:
        return f"{event.start.isoformat()} →"
    if event.end == event.start:
        return event.start.isoformat()
    return f"{event.start.isoformat()} – {event.end.isoformat()}"


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="Article text file (UTF-8).")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the timeline JSON instead of tables.")] = False,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language code.")] = None,
    document_date: Annotated[Optional[str], typer.Option("--document-date", help="Anchor date YYYY-MM-DD.")] = None,
    max_size: MaxSize = MAX_INPUT_BYTES / 1e6,
) -> None:
    """Print the events and time expressions of one article."""
    from timeline.pipeline import build_timeline

    docs = _documents([path], lang, _parse_day(document_date), max_size)
    timeline = build_timeline(docs, progress=_progress())
    if json_out:
        sys.stdout.write(timeline.to_json())
        return
    source = timeline.sources[0]
    typer.echo(f"{path}  language={source.language}  document date={source.document_date or 'unknown'}"
               f" ({source.document_date_source or 'not found: underspecified dates stay unresolved'})")
    typer.echo("")
    typer.echo(f"Events ({len(timeline.events)})")
    for e in timeline.events:
        place = f"{e.place.name}, {e.place.country} ({e.place.timezone})" if e.place else "—"
        typer.echo(f"  {_when(e):<25} {e.precision:<11} {place:<40} {e.title}")
        typer.echo(f"  {'':<25} mentions at {', '.join(str(m.start) for m in e.mentions)}")
    typer.echo("")
    typer.echo(f"Time expressions ({len(source.timexes)})")
    for t in source.timexes:
        mod = f" {t.mod}" if t.mod else ""
        typer.echo(f"  {t.start:>6}-{t.end:<6} {t.type:<9} {t.value + mod:<22} {t.text}")


def _anchor(value: str | None, where: str) -> dt.date | dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {value!r} is not a date or date-time (ISO 8601)") from None
    check_document_date(parsed.date(), where)
    # the wall-clock time of the reference anchors; its UTC offset, if any, puts clock times said in a zone
    # ("8:00 GMT") on the document's clock (tag())
    return parsed if "T" in str(value) else parsed.date()


def _jsonl_lines(source: str):
    """The raw lines of a JSON-lines file (or of stdin for ``-``), read as they come: one bad line is its own
    problem, not the file's."""
    if source == "-":
        yield from sys.stdin.buffer
        return
    path = Path(source)
    if not path.exists():
        fail(f"{path}: no such file")
    if path.is_dir():
        fail(f"{path}: is a folder, not a text file")
    with path.open("rb") as handle:
        yield from handle


def _jsonl_item(raw: bytes) -> dict:
    """One line of a JSON-lines file as an object, or InputError with what is wrong with it."""
    try:
        item = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (bad byte at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise InputError('expected an object with a "text" string')
    return item


def _tag_item(item: dict, lang: str | None, day: dt.date | None) -> list[dict]:
    """The timexes of one line's ``text``, or InputError."""
    from timeline.tagger import tag

    if not isinstance(item.get("text"), str):
        raise InputError('expected an object with a "text" string')
    code = item.get("lang") or lang
    if code is not None and not isinstance(code, str):
        raise InputError(f'"lang" must be a language code, not {code!r}')
    anchor = _anchor(item.get("document_date"), "document_date") or day
    try:
        result = tag(item["text"], code, anchor)
    except ValueError as exc:  # an unknown or undetectable language
        raise InputError(str(exc)) from None
    return [t.to_dict() for t in result.timexes]


def _tag_jsonl(source: str, lang: str | None, day: dt.date | None) -> None:
    """Tag each line and print its result as soon as it is done; a line that cannot be tagged prints
    ``{"id": …, "line": n, "error": …}`` and the run goes on; exit 1 at the end when any line failed."""
    total = failed = 0
    for number, raw in enumerate(_jsonl_lines(source), start=1):
        if not raw.strip():
            continue
        total += 1
        item_id = number
        try:
            item = _jsonl_item(raw)
            item_id = item.get("id", number)
            out = {"id": item_id, "timexes": _tag_item(item, lang, day)}
        except InputError as exc:
            out = {"id": item_id, "line": number, "error": str(exc)}
        except Exception as exc:  # noqa: BLE001 - a defect on one text must not lose the lines after it
            out = {"id": item_id, "line": number, "error": f"internal error, please report it: {type(exc).__name__}: {exc}"}
        failed += "error" in out
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if failed:
        fail(f"{failed} of {total} lines could not be tagged (their output lines carry \"error\")")


@app.command("tag")
def tag_command(
    path: Annotated[str, typer.Argument(help="Text file (UTF-8); with --jsonl, a JSON-lines file or - for stdin.")],
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language code (default: detected).")] = None,
    document_date: Annotated[Optional[str], typer.Option("--document-date", help="Anchor date YYYY-MM-DD.")] = None,
    format: Annotated[TagFormat, typer.Option("--format", help="json or timeml.")] = TagFormat.json,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Tag many short texts: one JSON object per line.")] = False,
    max_size: MaxSize = MAX_INPUT_BYTES / 1e6,
) -> None:
    """Print the time expressions of a text as JSON (offsets into the text as read) or TimeML."""
    day = _parse_day(document_date)
    if jsonl:
        _tag_jsonl(path, lang, day)
        return
    from timeline.pipeline import tag_document

    doc = _documents([Path(path)], lang, day, max_size)[0]
    result = tag_document(doc, _progress())
    if format is TagFormat.json:
        sys.stdout.write(json.dumps([t.to_dict() for t in result.timexes], ensure_ascii=False, indent=1) + "\n")
    else:
        from timeline.export.timeml import to_timeml

        sys.stdout.write(to_timeml(doc.text, result.timexes, doc.document_date, doc.id))


@app.command()
def evaluate(
    corpus: Annotated[str, typer.Argument(help="A folder of TimeML (.tml) files with gold TIMEX3, or the word "
                                          "'duckling' followed by a folder of Duckling cases (<lang>.json).")],
    folder: Annotated[Optional[Path], typer.Argument(help="With 'duckling': the folder of cases (default: "
                                                     "../shared/corpora/duckling-dev).")] = None,
    lang: Annotated[Optional[list[str]], typer.Option("--lang", help="Language of a TimeML corpus (default en); "
                                                      "with 'duckling', the languages to score (repeatable; default: "
                                                      "every <lang>.json the tagger knows).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and wrong value.")] = False,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="With 'duckling': score dateparser "
                                           "on the same cases.")] = True,
    prefer: Annotated[str, typer.Option("--prefer", help="With 'duckling': the reading direction of undetermined "
                                        "expressions (future, past, news), for the tagger and dateparser.")] = "future",
    part: Annotated[Optional[str], typer.Option("--part", help="fit or check: score only that third of the dev set "
                                                "(the thirds of ../shared/tools/devsplit.py).")] = None,
) -> None:
    """Score the tagger: TempEval-3 task A on TimeML files, or calendar intervals on Duckling's cases."""
    from timeline import evaluate as ev

    if part is not None and part not in ev.PARTS:
        fail(f"--part: {part!r} is not one of {', '.join(ev.PARTS)}", 2)
    if corpus == "duckling":
        path = folder or ev.default_corpora_dir() / "duckling-dev"
        if not path.is_dir() and not path.is_file():
            fail(f"{path}: no such folder")
        from timeline.lang import available_languages

        known = available_languages()
        languages = lang or sorted(p.stem for p in path.glob("*.json") if p.stem in known)
        if not languages:
            fail(f"{path}: no Duckling case file (<lang>.json) of a language the tagger knows ({', '.join(known)})")
        try:
            results = [ev.evaluate_duckling(path, code, baseline=baseline, prefer=prefer, part=part,
                                            baseline_settings={"PREFER_DATES_FROM": prefer} if prefer != "news" else None)
                       for code in languages]
        except (ValueError, OSError) as exc:
            fail(f"{path}: {exc}")
        typer.echo(ev.format_duckling(results, verbose=verbose), nl=False)
        return
    if folder is not None:
        fail("one folder of TimeML files is scored at a time (or: timeline evaluate duckling FOLDER)", 2)
    gold_dir = Path(corpus)
    if not gold_dir.is_dir():
        fail(f"{gold_dir}: no such folder")
    if not any(gold_dir.rglob("*.tml")):
        fail(f"{gold_dir}: no .tml files in this folder")
    try:
        scores = ev.evaluate_dir(gold_dir, language=(lang or ["en"])[0], part=part)
    except (ValueError, OSError) as exc:
        fail(f"{gold_dir}: {exc}")
    typer.echo(ev.format_scores(scores, verbose=verbose))


def _password(password_file: Path | None) -> str | None:
    """The CalDAV password: the first line of --password-file, else $TIMELINE_CALDAV_PASSWORD, else None."""
    import os

    if password_file is None:
        return os.environ.get("TIMELINE_CALDAV_PASSWORD") or None
    try:
        return read_text(password_file).splitlines()[0]
    except InputError as exc:
        fail(f"--password-file: {exc}")
    raise AssertionError


@app.command("publish")
def publish_command(
    path: Annotated[Path, typer.Argument(help="A calendar (.ics) or a timeline .json to publish.")],
    url: Annotated[str, typer.Option("--url", help="The calendar collection's URL, e.g. "
                                     "https://dav.example.org/user/news/.")],
    user: Annotated[Optional[str], typer.Option("--user", help="User name on the server.")] = None,
    password_file: Annotated[Optional[Path], typer.Option("--password-file", help="File whose first line is the "
                                                          "password (else $TIMELINE_CALDAV_PASSWORD).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Delete the events this timeline published earlier that "
                                        "it no longer has.")] = False,
    create: Annotated[bool, typer.Option("--create", help="Make the calendar if the URL names none yet.")] = False,
    name: Annotated[Optional[str], typer.Option("--name", help="Name of the timeline on the server (default: the "
                                                "file's name); --prune touches only events of this name.")] = None,
) -> None:
    """Publish each event to a CalDAV calendar as its own resource; publishing again updates in place."""
    import logging

    from timeline.export.ics import render_ics
    from timeline.publish import PublishError
    from timeline.publish.caldav import CalDavCalendar, publish
    from timeline.publish.resources import calendar_resources

    logging.getLogger("caldav").setLevel(logging.CRITICAL)  # its warnings are not ours to print; errors are
    password = _password(password_file)
    title = ""
    if path.suffix.lower() == ".json":
        timeline = _load_timeline(path)
        data, title = render_ics(timeline, method=None), timeline.title
    else:
        try:
            text = read_text(path)
        except InputError as exc:
            fail(str(exc))
        if not text.lstrip("\ufeff \r\n\t").upper().startswith("BEGIN:VCALENDAR"):
            fail(f"{path}: not an iCalendar file or a timeline .json")
        data = text.encode("utf-8")
    base = name or path.name.rsplit(".", 1)[0]
    try:
        resources = calendar_resources(data, base)
    except PublishError as exc:
        fail(f"{path}: {exc}")
    try:
        calendar = CalDavCalendar(url, user, password)
        try:
            report = publish(resources, calendar, timeline_name=base, prune=prune, create=create,
                             display_name=title)
        finally:
            calendar.close()
    except PublishError as exc:
        fail(str(exc))
    typer.echo(report.summary())


@app.command("serve")
def serve_command(
    folder: Annotated[Path, typer.Argument(help="The exports folder (what `timeline export --out` wrote).")],
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 0.0.0.0 shares the feeds with the "
                                      "network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on (0: any free port).")] = 8000,
) -> None:
    """Serve the exports: .ics files as subscribable feeds, the HTML pages, and an index with webcal:// links."""
    from timeline.serve import ServeError, make_server

    try:
        server = make_server(folder, host, port)
    except ServeError as exc:
        fail(str(exc))
    bound_host, bound_port = server.server_address[:2]
    typer.echo(f"serving {folder} at http://{bound_host}:{bound_port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _progress_bar(enabled: bool):
    """A rich progress bar on stderr when it is a terminal; else nothing (a callback that does nothing)."""
    if not enabled:
        return None, lambda finished, total: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("documents"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   transient=True, console=Console(stderr=True))
    task = bar.add_task("documents", total=None)

    def update(finished: int, total: int) -> None:
        bar.update(task, completed=finished, total=total)

    return bar, update


@app.command("batch")
def batch_command(
    inputs: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .htm), folders (read "
                                                 "recursively) or JSON-lines files (one {\"id\", \"text\", \"lang\", "
                                                 "\"document_date\", \"url\"} a line).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder: documents/, errors.jsonl, the story, "
                                      "and the job's state.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes (or Dask workers of "
                                         "--dask local).")] = 2,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Run on a Dask cluster: its scheduler "
                                                "(tcp://host:port), or 'local' for a LocalCluster.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Finish a job an earlier run of this --out left.")] = False,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language code of documents that do not say.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: ics, html, json, timelinejs.")] = "ics,html,json",
    story_name: Annotated[Optional[str], typer.Option("--story", help="Also merge every document into one story "
                                                      "timeline, <out>/<NAME>.*, its events scored by salience.")] = None,
    dates: Annotated[Optional[int], typer.Option("--dates", min=1, help="With --story: the K key dates, each "
                                                 "summarised.")] = None,
) -> None:
    """Process many documents: each one's exports under OUT/documents, failures in OUT/errors.jsonl, a story."""
    from timeline import batch

    formats = _formats(format)
    if dates is not None and story_name is None:
        fail("--dates needs --story NAME", 2)
    if lang is not None:
        from timeline.lang import UnknownLanguageError, load_language

        try:
            load_language(lang)
        except UnknownLanguageError as exc:
            fail(f"--lang: {exc}", 2)
    close = None
    try:
        if dask:
            executor, close = batch.dask_executor(dask, workers)
        else:
            executor = batch.local_executor(workers)
        bar, update = _progress_bar(sys.stderr.isatty())
        try:
            if bar is not None:
                bar.start()
            report = batch.run(inputs, out, batch.Options(tuple(formats), lang), executor, resume=resume,
                               progress=update, in_flight=4 * workers)
        finally:
            if bar is not None:
                bar.stop()
            executor.shutdown(wait=True)
        if story_name:
            _timeline, written = batch.story(out, story_name, formats, dates)
            from dataclasses import replace

            report = replace(report, story=tuple(written))
    except batch.BatchError as exc:
        fail(str(exc))
    finally:
        if close is not None:
            close()
    typer.echo(report.summary(out))


@app.command("story")
def story_command(
    paths: Annotated[list[Path], typer.Argument(help="The articles of one story (.txt, .html, .htm).")],
    dates: Annotated[Optional[int], typer.Option("--dates", min=1, help="The K key dates, each summarised by its "
                                                 "best sentences (the rest stay, scored, behind them).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("exports"),
    format: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: ics, html, json, timelinejs.")] = "ics,html,json",
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language code (default: metadata, else detected).")] = None,
    name: Annotated[str, typer.Option("--name", help="Base name of the output files.")] = "story",
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the timeline.")] = None,
    max_size: MaxSize = MAX_INPUT_BYTES / 1e6,
) -> None:
    """Merge the articles of one story, score every event's salience, and write the timeline of its key dates."""
    from timeline.export import ExportError, write_exports
    from timeline.fileio import UnsafePathError, path_inside, safe_name
    from timeline.pipeline import build_timeline
    from timeline.story import story_timeline

    formats = _formats(format)
    docs = _documents(paths, lang, None, max_size)
    timeline = story_timeline(build_timeline(docs, title, _progress()), dates)
    base = safe_name(name, "story")
    try:
        path_inside(out, base)
        written = write_exports(timeline, out, base, formats)
    except (ExportError, UnsafePathError) as exc:
        fail(str(exc))
    for path in written:
        typer.echo(str(path))


def run() -> None:
    """The ``timeline`` command: the app, with an error nobody foresaw printed as one line and exit status 70
    (``TIMELINE_DEBUG=1`` lets the traceback through, for a bug report)."""
    import os

    try:
        app()
    except KeyboardInterrupt:
        typer.echo("timeline: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        typer.echo(f"timeline: internal error: {type(exc).__name__}: {exc} (please report it; TIMELINE_DEBUG=1 "
                   "shows where)", err=True)
        sys.exit(70)
