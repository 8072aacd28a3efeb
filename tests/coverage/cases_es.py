"""Coverage table of es (tests/coverage/categories.py): category → sentences, each with every time expression in
it as (text, type, value, mod), read on Thursday 25 September 2025; GAPS: category → why it is not covered."""

CASES: dict[str, list[tuple[str, list[tuple[str, str, str, str | None]]]]] = {
    "event_anchored": [
        # the days of the events the sentence yields (tests/coverage/categories.py: BY_EVENTS)
        ("El toque de queda se levantó un mes después del 25 de enero.", [("2025-02-25", "2025-02-25")]),
        ("Las negociaciones se reanudaron dos semanas antes del 3 de marzo de 2025.", [("2025-02-17", "2025-02-17")]),
        ("Cinco años después de la inundación, el pueblo fue reconstruido.", []),
        ("Dos días después de la matanza, la frontera fue cerrada.", []),
    ],
}

GAPS: dict[str, str] = {
}
