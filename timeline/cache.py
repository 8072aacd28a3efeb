"""Derived data kept between runs: what the tagger and the gazetteer build from their resource files and
libraries, once, then load in milliseconds.

Each entry is one file ``<name>-<key>.cache`` in :func:`cache_dir`, where ``key`` is a digest of everything the
entry is built from (resource files, the code that builds it, library and interpreter versions): a change in any
of it gives a new key, so a stale entry is never read. Writing a new one keeps only the :data:`KEEP` most recently
used entries of its name (several installed versions or checkouts may share one cache folder). A
file is a header, a SHA-256 of its payload and the payload: a damaged or truncated file, or one the decoder
refuses, is rebuilt, never trusted. A cache that cannot be written (a read-only home) is no error: the entry is
then built in memory for the process.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

from timeline.fileio import atomic_write

T = TypeVar("T")

_MAGIC = b"TLCACHE1"
#: entries of one name kept in the folder: the newest, by the time they were last written or read
KEEP = 4


def cache_dir() -> Path:
    """``$TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/timeline``, else ``~/.cache/timeline``."""
    own = os.environ.get("TIMELINE_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


def fingerprint(*parts: bytes | str) -> str:
    """A short digest of what an entry is built from."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:20]


def entry_path(name: str, key: str, directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / f"{name}-{key}.cache"


def _payload(data: bytes) -> bytes | None:
    """The payload of a cache file, or None when the file is not whole and intact."""
    size = len(_MAGIC)
    if len(data) < size + 32 or data[:size] != _MAGIC:
        return None
    payload = data[size + 32:]
    return payload if hashlib.sha256(payload).digest() == data[size:size + 32] else None


def load_or_build(name: str, key: str, build: Callable[[], T], encode: Callable[[T], bytes] | None = None,
                  decode: Callable[[bytes], T | None] | None = None, directory: Path | None = None) -> T:
    """The entry ``name`` for ``key``: read from the cache, else built by ``build()`` and written there.

    ``encode``/``decode`` turn the value into bytes and back (default: pickle); ``decode`` may return None to
    refuse a payload. Only files this function wrote are read (header and digest)."""
    path = entry_path(name, key, directory)
    try:
        payload = _payload(path.read_bytes())
    except OSError:
        payload = None
    if payload is not None:
        try:
            value = decode(payload) if decode is not None else pickle.loads(payload)
        except Exception:  # noqa: BLE001 - an entry that does not decode is rebuilt, whatever the reason
            value = None
        if value is not None:
            _touch(path)
            return value
    value = build()
    data = encode(value) if encode is not None else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        atomic_write(path, _MAGIC + hashlib.sha256(data).digest() + data)
    except OSError:
        return value  # a read-only cache: the value lives in memory for this process
    _prune(path.parent, name)
    return value


def _touch(path: Path) -> None:
    """Mark an entry as used (its modification time), so that pruning keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(directory: Path, name: str) -> None:
    """Remove all but the :data:`KEEP` most recently used entries of ``name``."""
    entries = []
    for other in directory.glob(f"{name}-*.cache"):
        try:
            entries.append((other.stat().st_mtime_ns, other))
        except OSError:
            continue
    for _, old in sorted(entries, reverse=True)[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass


def prepare(workers: int = 2) -> list[str]:
    """Build every cached entry the tagger and the gazetteer use (each language's checked resource file and compiled
    grammar, the places index), ``workers`` at a time: what the first run after an install would otherwise do on the
    way. Returns what it prepared. ``python -m timeline.cache`` runs it."""
    from concurrent.futures import ProcessPoolExecutor

    from timeline.lang import available_languages

    jobs = [f"grammar:{code}" for code in available_languages()] + ["places"]
    if workers <= 1:
        return [_prepare(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_prepare, jobs))


def _prepare(job: str) -> str:
    if job == "places":
        from timeline.places import gazetteer

        gazetteer()
    else:
        from timeline.tagger.grammar import grammar

        grammar(job.split(":", 1)[1])
    return job


if __name__ == "__main__":
    import sys

    print("prepared:", ", ".join(prepare()), "in", cache_dir(), file=sys.stderr)
