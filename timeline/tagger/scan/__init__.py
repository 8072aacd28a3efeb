"""Scan a text with a rule only where the rule can match, with the same matches as ``finditer``.

* :mod:`.analysis` — what a pattern tells before any text is read: the strings every match contains (its
  cover), how wide a match is, how far an attempt reads (a :class:`~.analysis.Gate`);
* :mod:`.index` — where in a text each cover string occurs, found for a whole grammar in one pass;
* :mod:`.matching` — ``finditer`` replayed over the windows of possible starts only;
* :mod:`.rewrite` — a parsed pattern written back as source, with its alternations factored by first character;
* :mod:`.regex` — a pattern kept as its source and the engine's code, compiled at first use.

How a text is scanned is an explicit value, :class:`~.index.ScanOptions` (the defaults are the fast scan).
"""

from timeline.tagger.scan.analysis import Gate, analyse, before, bounds, confirm, cover, first_character_class
from timeline.tagger.scan.index import DEFAULT_OPTIONS, Features, Index, ScanOptions, fold
from timeline.tagger.scan.matching import RulePattern, matches
from timeline.tagger.scan.regex import Regex
from timeline.tagger.scan.rewrite import factored_source, unparse

__all__ = ["DEFAULT_OPTIONS", "Features", "Gate", "Index", "Regex", "RulePattern", "ScanOptions", "analyse", "before",
           "bounds", "confirm", "cover", "factored_source", "first_character_class", "fold", "matches", "unparse"]
