"""Derived data kept between runs: what the tagger and the gazetteer build from their resource files and
libraries, once, then load in milliseconds.

Each entry is one file ``<name>-<key>.cache`` in :func:`cache_dir`, where ``key`` is a digest of everything the
entry is built from (resource files, the code that builds it, library and interpreter versions): a change in any
of it gives a new key, so a stale entry is never read, and writing a new one removes the others of its name. A
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
            return value
    value = build()
    data = encode(value) if encode is not None else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        atomic_write(path, _MAGIC + hashlib.sha256(data).digest() + data)
    except OSError:
        return value  # a read-only cache: the value lives in memory for this process
    for other in path.parent.glob(f"{name}-*.cache"):
        if other != path:
            try:
                other.unlink()
            except OSError:
                pass
    return value
