"""timeline: time expressions in news articles → events → calendars, an interactive timeline, editable JSON."""

#: The package's version (pyproject.toml reads it from here: one place to change).
__version__ = "0.1.0"
