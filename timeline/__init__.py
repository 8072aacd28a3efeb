"""timeline: time expressions in news articles → events → calendars, an interactive timeline, editable JSON."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("timeline")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
