"""Reading the slots a rule's match captured: table words, numbers in digits or words, years said in words."""

from __future__ import annotations

import math
import re
from typing import Any

from timeline.tagger.grammar import CompiledRule, Grammar, fold_key
from timeline.tagger.reading import Decline

_NUMBER_WORD_SPLIT = re.compile(r"[\s-]+")

#: Counts beyond this are not durations or shifts any calendar can hold ("10^400 days ago").
_LARGEST_COUNT = 1e6


def number(grammar: Grammar, text: str) -> float:
    """A count in digits ("3", "1,000", "2.5", "2,5") or words ("three", "twenty-five"); NaN for "a few"."""
    folded = text.replace(",", "") if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", text) else text.replace(",", ".")
    try:
        value = float(folded)
    except ValueError:
        pass
    else:
        if not value <= _LARGEST_COUNT:
            raise Decline(text)
        return value
    value = grammar.meaning("num", text)
    if value == "X":  # "a few", "several": an unknown count
        return math.nan
    if isinstance(value, (int, float)):
        return float(value)
    return compound_number(grammar, text)


def number_words(grammar: Grammar, text: str) -> list[str]:
    """The table words of a compound number: split at spaces, or (unspaced scripts) longest table word first."""
    if grammar.language.spaced:
        return [p for p in _NUMBER_WORD_SPLIT.split(text) if p]
    table = grammar.lookups["num"]
    longest = max((len(k) for k in table), default=1)
    words, i = [], 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            if fold_key(text[i:i + size]) in table:
                words.append(text[i:i + size])
                i += size
                break
        else:
            raise Decline(text)
    return words


def compound_number(grammar: Grammar, text: str) -> float:
    """Compound number words: parts add up ("twenty-five", "mười lăm"), and a part whose table value is "*10",
    "*100" … multiplies the digit before it ("hai mươi" = 20, "二十五" = 25, "一百二十" = 120)."""
    words = number_words(grammar, text)
    values = [grammar.meaning("num", w) for w in words]
    if not grammar.language.spaced and len(values) >= 3 and all(v in range(10) for v in values):
        return float("".join(str(int(v)) for v in values))  # a year read digit by digit: "二零二五" = 2025
    total = section = digit = 0.0
    for word in words:
        value = grammar.meaning("num", word)
        if isinstance(value, str) and value.startswith("*") and value[1:].isdigit():
            scale = int(value[1:])
            if scale >= 10000:
                total += ((section + digit) or 1) * scale
                section = 0.0
            else:
                section += (digit or 1) * scale
            digit = 0.0
        elif isinstance(value, (int, float)):
            digit += value
        else:
            raise Decline(text)
    return total + section + digit


def format_count(n: float) -> str:
    """A count as TIMEX3 writes it: "3", "2.5", "X" (unknown)."""
    if n != n:  # NaN: an unknown count ("a few days")
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


class SlotReader:
    """Reads the slots a rule's match captured into calendar fields."""

    def __init__(self, grammar: Grammar, rule: CompiledRule, match: re.Match[str], lo: int, hi: int):
        self.grammar = grammar
        self.match_text = match.string
        self.span_text = match.string[lo:hi]
        self.values: dict[str, tuple[str, str]] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        found: list[tuple[int, str, str]] = []
        # a slot's own group ({unit}) first, then its numbered ones ({unit_2}) under the first free key
        for group, slot in sorted(rule.slots.items(), key=lambda gs: gs[0] != gs[1]):
            span = match.span(group)
            # a slot in a lookahead after the whole match ("the quarter" of "the quarter ended Sept. 30") is
            # read too: words the rule needs but does not tag
            if span[0] >= 0 and lo <= span[0] and (span[1] <= hi or span[0] >= hi == match.end()):
                self.values[slot if slot not in self.values else group] = (slot, match.group(group))
                self.spans.setdefault(slot, span)
                found.append((span[0], slot, match.group(group)))
        for slot, word in rule.rule.implied:  # slots the rule's words imply ("EOM": the end of the month)
            if slot not in self.values:
                self.values[slot] = (slot, word)
                found.append((hi, slot, word))
        #: every slot of the match in text order, e.g. both units of "quý III năm nay"
        self.present: list[tuple[str, str]] = [(slot, text) for _, slot, text in sorted(found)]

    def meanings(self, slot: str) -> list[Any]:
        """The meaning of every group of ``slot`` the match captured, in text order."""
        found = []
        for name, text in self.present:
            if name == slot:
                value = self.grammar.meaning(name, text)
                if value is None:
                    raise Decline(text)
                found.append(value)
        return found

    def has(self, slot: str) -> bool:
        return slot in self.values

    def text(self, slot: str) -> str | None:
        item = self.values.get(slot)
        return item[1] if item else None

    def meaning(self, slot: str) -> Any:
        item = self.values.get(slot)
        if item is None:
            return None
        value = self.grammar.meaning(item[0], item[1])
        if value is None:
            raise Decline(item[1])
        return value

    def count(self, slot: str = "num") -> float:
        """The count the slot says, in digits or words (NaN: "a few")."""
        return number(self.grammar, self.text(slot) or "")

    def whole(self, slot: str = "num") -> int:
        """The slot's count when it is a whole number; else the rule declines the match."""
        found = self.count(slot)
        if found != found or found != int(found):
            raise Decline(self.text(slot) or slot)
        return int(found)

    def integer(self, slot: str) -> int | None:
        item = self.values.get(slot)
        if item is None:
            return None
        if item[1].isdigit():
            return int(item[1])
        # a number written in words ("cinco de mayo", "à quinze heures"): the numbers, then the ordinals table
        for table in ("num", "ordinal"):
            value = self.grammar.meaning(table, item[1])
            if isinstance(value, (int, float)) and value == int(value):
                return int(value)
        value = compound_number(self.grammar, item[1])  # "hai mươi", "十五"
        if value == int(value) and value > 0:
            return int(value)
        raise Decline(item[1])


def spoken_year(grammar: Grammar, text: str) -> int | None:
    """A year said in two pairs of digits, in words ("nineteen ninety-four" = 1994), as broadcasts say them;
    None for anything else (a year in digits, "two thousand" read as a compound number)."""
    if text.isdigit() or not grammar.language.spaced:
        return None
    words = number_words(grammar, text)
    if len(words) < 2:
        return None
    high = grammar.meaning("num", words[0])
    try:
        low = compound_number(grammar, " ".join(words[1:]))
    except Decline:
        return None
    if isinstance(high, (int, float)) and 10 <= high <= 99 and 10 <= low <= 99 and low == int(low):
        return int(high) * 100 + int(low)
    return None


def digital_minute(reader: SlotReader) -> bool:
    """Whether the minutes are written as digits right after the hour's digits ("3:18", "9.30", "9h30"): a clock
    written on a 24-hour dial, not a spoken hour ("drei", "3 y treinta", "zwanzig nach 3")."""
    if not reader.has("minute") or reader.has("clockrel") or "hour" not in reader.spans:
        return False
    hour, minute = reader.spans["hour"], reader.spans.get("minute")
    if minute is None or not reader.text("hour").isdigit() or not reader.text("minute").isdigit():
        return False
    gap = reader.match_text[hour[1]:minute[0]]
    return len(gap) == 1 and not gap.isspace() and not gap.isalnum() or gap in ("h", "H")
