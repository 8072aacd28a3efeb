"""Month and weekday names from dateparser's locale data (CLDR), generated into committed files.

``timeline/lang/names/<code>.json`` holds, for each language, the names dateparser knows (``{"months": {name:
1..12}, "weeks": …}``) and the dateparser version they came from. The tagger reads those files, never dateparser
at run time, so that upgrading dateparser cannot change the tagger's output silently: ``tests/lang/test_names.py``
fails when regenerating would change a file, and ``python -m timeline.lang.names`` regenerates them (then
review the difference like any change of a resource file).
"""

from __future__ import annotations

import importlib
import json
import sys
from importlib import resources
from pathlib import Path

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def names_path(code: str) -> Path:
    """The committed names file of a language."""
    return Path(str(resources.files("timeline.lang").joinpath("names", f"{code}.json")))


def _dateparser_names(code: str, keys: tuple[str, ...]) -> dict[str, int]:
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    except ModuleNotFoundError:
        return {}
    names: dict[str, int] = {}
    for number, key in enumerate(keys, start=1):
        for name in info.get(key, ()):
            name = name.strip().rstrip(".")
            if len(name) >= 3 or not name.isascii():  # "Di", "Mo": too ambiguous alone
                names.setdefault(name, number)
    return names


def generate(code: str) -> str:
    """The names file of ``code`` as dateparser's installed locale data gives it (weekdays numbered 0 = Monday)."""
    from importlib import metadata

    data = {
        "source": f"dateparser {metadata.version('dateparser')} (CLDR locale data): python -m timeline.lang.names",
        "months": _dateparser_names(code, _MONTH_KEYS),
        "weekdays": {k: v - 1 for k, v in _dateparser_names(code, _WEEKDAY_KEYS).items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _tables(text: str) -> dict[str, dict[str, int]]:
    data = json.loads(text)
    return {"months": data["months"], "weekdays": data["weekdays"]}


def read_names(code: str) -> dict[str, dict[str, int]]:
    """The committed month and weekday names of ``code`` (empty tables when it has no file)."""
    path = names_path(code)
    if not path.exists():
        return {"months": {}, "weekdays": {}}
    return _tables(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    from timeline.lang import available_languages

    codes = argv or list(available_languages())
    for code in codes:
        path = names_path(code)
        text = generate(code)
        old = read_names(code) if path.exists() else None
        if old != _tables(text):  # the data, not the version it came from
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {'written' if old is None else 'changed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
