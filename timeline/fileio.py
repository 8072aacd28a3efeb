"""Writing output files: names that cannot leave their folder, and files a reader never sees half of.

Every command that writes or serves files under a folder (``export``, ``serve``, ``batch``) builds each path with
:func:`path_inside` from a name made by :func:`safe_name`: the name is one plain file name whatever the text it
came from (``--name``, a document's id or title), and the path is refused if it resolves outside the folder,
symbolic links included.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

#: Longest base name in UTF-8 bytes: a file system allows 255, and atomic_write's temporary file adds a dot, eight
#: random characters and ".tmp" around the name, which itself ends in an extension such as ".html".
MAX_NAME_BYTES = 200

# Path separators, characters some file systems refuse (Windows: < > : " | ? *), and runs of them.
_UNSAFE = re.compile(r'[/\\<>:"|?*]+')
# Names Windows reserves whatever their extension.
_RESERVED = re.compile(r"(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?", re.IGNORECASE)


class UnsafePathError(ValueError):
    """A path would lead outside the folder it must stay in."""


def safe_name(text: str, fallback: str = "timeline") -> str:
    """``text`` as one plain file name: no folder separators, control or format characters, leading dots or
    dashes (no hidden files, no ``..``, nothing a shell reads as an option), trailing dots or spaces; at most
    :data:`MAX_NAME_BYTES` bytes; ``fallback`` when nothing is left.

    >>> safe_name("../../x")
    'x'
    >>> safe_name("Hà Nội / 2025")
    'Hà Nội - 2025'
    """
    name = unicodedata.normalize("NFC", text)
    name = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in name)  # controls, bidi marks, NUL
    name = _UNSAFE.sub("-", name)
    name = " ".join(name.split())
    name = name.lstrip(".- ").rstrip(". ")
    encoded = name.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        name = encoded[:MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(". ")
    if _RESERVED.fullmatch(name):
        name = f"_{name}"
    return name or fallback


def path_inside(folder: str | os.PathLike[str], name: str) -> Path:
    """``folder/name``, or :class:`UnsafePathError` when that path resolves outside ``folder``: a name with
    ``..`` or a leading ``/``, or a symbolic link (the file itself or a folder on the way) that leads out.
    The path returned is spelled as ``folder`` was (relative stays relative)."""
    target = Path(folder) / name
    base, resolved = Path(folder).resolve(), target.resolve()
    if resolved == base or base not in resolved.parents:
        raise UnsafePathError(f"{target}: leads outside {folder} (to {resolved}); nothing written")
    return target


def atomic_write(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it into place."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
