"""Coverage table of vi (tests/coverage/categories.py): category → sentences, each with every time expression in
it as (text, type, value, mod), read on Thursday 25 September 2025; GAPS: category → why it is not covered."""

CASES: dict[str, list[tuple[str, list[tuple[str, str, str, str | None]]]]] = {
}

GAPS: dict[str, str] = {
}
