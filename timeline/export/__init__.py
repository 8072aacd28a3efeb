"""Exporters: a Timeline written as calendars, pages and data files."""
