"""Publishers: a timeline put where people read calendars (a CalDAV server), as opposed to files on disk."""

from __future__ import annotations


class PublishError(Exception):
    """Publishing failed; the message is one sentence a person can act on (the CLI prints it as it is)."""
