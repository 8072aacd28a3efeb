"""What the grammar finds: a :class:`Reading` (the meaning of one span before it is anchored) and a
:class:`Candidate` (a rule's match: one reading, or several for a range or a list)."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.model import Interval
from timeline.tagger.when import When


@dataclass(frozen=True)
class Reading:
    """The meaning of one span, before anchoring. Offsets are into the normalised text."""

    start: int
    end: int
    type: str
    rule: str
    when: When | None = None
    value: str | None = None
    mod: str | None = None
    #: A relative expression: move the reference by ``shift_amount`` × ``shift_unit`` ("D", "W", "M", "Y" …).
    shift_unit: str | None = None
    shift_amount: int | None = None
    weekday: int | None = None
    #: -1 / +1 when the text fixes the direction ("last Tuesday", "next March"); 0 for "this".
    direction: int | None = None
    #: "document" (the document date), "previous" (the last date the text mentioned), "name" (not anchored: a
    #: date inside the name of a street, a bridge, a movement) or "narrative" (the last date mentioned when the
    #: clause is in the past, else the document date; the anchor decides which).
    reference: str = "document"
    calendar: str | None = None
    original_value: str | None = None
    #: A clock time whose day the text does not name ("at 3 p.m."): it was put on the reference day.
    implied_day: bool = False
    #: An anchored duration ("the last 2 days"): (unit, count, direction), placed on the calendar when anchored.
    anchored: tuple[str, int, int] | None = None
    #: The calendar interval when ``when`` cannot say it: an anchored duration, "now" at a known time, a Hijri month.
    interval: Interval | None = None
    #: A Hijri (month, day or None) given without a year ("عيد الفطر"): its occurrence is chosen when anchored.
    hijri: tuple[int, int | None] | None = None
    #: With ``weekday``, the n-th such weekday of the month (-1: the last): "the third Tuesday of September".
    nth: int | None = None
    #: A named holiday computed in its year ("Easter", "春节", "Pessach": a holiday table value such as
    #: "easter:+0", see calendars.holiday_spans), placed when anchored unless the text gives the year.
    holiday: str | None = None
    #: A clock time said on a 12-hour clock without am/pm ("3:30" of "3:30-6pm"): it may be meant 12 hours later.
    clock12: bool = False
    #: An hour said without am/pm, part of the day or 24-hour digits ("um 3", "a las tres y media", "3 Uhr"):
    #: read forward, it is the next of h and h+12 (anchor.py).
    hour12: bool = False
    #: A clock time tied to the reference day by its am/pm word (the language's ``ampm_names_day``): not moved.
    keep_day: bool = False
    #: A period within (or after) the one ``when`` names, placed once that is anchored (when.sub_period):
    #: (kind, n-th, weekday), e.g. ("week", 1, None) "the first week of October", ("after", 3, 1) "the third
    #: Tuesday after Christmas".
    period: tuple[str, int, int | None] | None = None
    #: A move counted from a named day rather than from now ("3 years from today", "two weeks from tomorrow"):
    #: that day's offset in days from the reference; the day moved to is a day, whatever the unit.
    from_day: int | None = None
    #: A move said only of the future ("in three days", a rule's ``future_only``): what the span is in a clause
    #: that does not speak of the future, the duration it counts.
    otherwise: Reading | None = None


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    readings: tuple[Reading, ...]
    #: pairs of indices into ``readings`` that form a range.
    ranges: tuple[tuple[int, int], ...]
    priority: int


class Decline(Exception):
    """A rule matched text that is not a time expression after all (an impossible date, an unknown word)."""


class Impossible(Decline):
    """The text names a date that does not exist ("31 February"): nothing inside it is tagged either."""


