"""Time expressions + sentences + places → events; mentions of the same event merged into one.

The stages, one module each: ``layout`` (the article's structure: dateline, headline, navigation), ``spans`` (which
time expressions place something on the calendar), ``recurrence``, ``zones`` (clock times), ``titles``,
``placing``, ``drafts`` (one article → every mention of a would-be event) and ``merging`` (mentions of one happening
→ one event, across articles and languages). Language knowledge comes from the ``[events]`` section of the
language's resource file; nothing here knows a particular language.
"""

from timeline.events.drafts import Draft, drafts_for
from timeline.events.layout import dateline_end
from timeline.events.merging import merge
from timeline.events.recurrence import rrule_of
from timeline.events.spans import grain_of
from timeline.events.titles import shorten

__all__ = ["Draft", "dateline_end", "drafts_for", "grain_of", "merge", "rrule_of", "shorten"]
