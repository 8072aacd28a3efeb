"""A regular expression kept as its source, compiled at first use, and loadable without compiling.

Compiling a grammar's patterns with :func:`re.compile` costs about half a second per language (long word
alternations, parsed and translated to the engine's code each time). :meth:`Regex.prepared` also keeps that code
(what ``re``'s compiler hands to ``_sre.compile``): saved in the grammar cache, it gives the pattern back in
microseconds. The code belongs to the interpreter that made it, so the cache is keyed by the interpreter's version
(:data:`ENGINE`); and ``_sre.compile`` validates the code it is given: code it refuses, or an interpreter whose
``re`` internals differ, falls back to compiling the source. The result is the same pattern either way
(``tests/tagger/test_regex.py``).
"""

from __future__ import annotations

import re
import sys
from array import array
from typing import Any

try:  # the engine's own interface: present in CPython 3.11-3.14 with the signature used here
    import _sre
    from re import _compiler, _constants, _parser

    ENGINE = f"{sys.implementation.cache_tag}-sre{_constants.MAGIC}-{_sre.CODESIZE}"
except ImportError:  # pragma: no cover - another implementation: compile from the source
    _sre = None
    ENGINE = f"{sys.implementation.cache_tag}-nosre"

#: (flags, code as bytes, number of groups, group index, index group): the arguments of ``_sre.compile``
Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def engine_code(source: str, flags: int) -> Code | None:
    """The engine's compiled program of ``source``, or None when this interpreter does not expose it."""
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return None
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # noqa: BLE001 - re's internals changed: the source is compiled instead
        return None


def _from_code(source: str, code: Code) -> re.Pattern[str] | None:
    flags, program, groups, groupindex, indexgroup = code
    try:
        words = array("I")
        words.frombytes(program)
        return _sre.compile(source, flags, words.tolist(), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - code this engine refuses (another version, damaged): compile the source
        return None


class Regex:
    """A pattern's source and flags; :attr:`compiled` compiles it at first use, from the saved engine code when
    there is some. Equal when source and flags are equal; pickled without its compiled form."""

    __slots__ = ("source", "flags", "code", "_compiled")

    def __init__(self, source: str, flags: int = 0, code: Code | None = None) -> None:
        self.source = source
        self.flags = flags
        self.code = code
        self._compiled: re.Pattern[str] | None = None

    @classmethod
    def prepared(cls, source: str, flags: int = 0) -> Regex:
        """The pattern with its engine code (for a cache): loading it later compiles nothing."""
        return cls(source, flags, engine_code(source, flags))

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = _from_code(self.source, self.code) if self.code is not None and _sre is not None else None
            if found is None:
                found = re.compile(self.source, self.flags)
            self._compiled = found
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        return (Regex, (self.source, self.flags, self.code))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Regex) and (self.source, self.flags) == (other.source, other.flags)

    def __hash__(self) -> int:
        return hash((self.source, self.flags))

    def __repr__(self) -> str:
        return f"Regex({self.source[:60]!r}{'…' if len(self.source) > 60 else ''}, {self.flags})"
