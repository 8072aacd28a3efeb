"""Event precision, recall and place accuracy on the annotated real-news articles, fit / check / all, and the
merged-story checks over every ml-crisis-dev article.

    .venv/bin/python benchmarks/events_real_news.py [--shared ../shared] [-v] [--no-stories]

-v lists each fit/ article's false and missed events (check/ is kept out of sight: only its figures print).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.evaluate_events import (PARTS, Counts, check_story, evaluate_article, judge_event_title, load_gold,
                                      story_paths)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "ml-crisis"


def _show(e) -> str:
    place = f"{e.place.name}/{e.place.country}" if e.place else "-"
    return f"{e.start}..{e.end or 'open'} {place} {e.title!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--no-stories", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "corpora" / "ml-crisis-dev").is_dir():
        print(f"events_real_news: no corpora under {args.shared}", file=sys.stderr)
        return 2
    totals = {part: Counts() for part in PARTS}
    for article in load_gold(GOLD, args.shared):
        result = evaluate_article(article)
        totals[article.part].add(result.counts)
        if args.verbose and article.part == "fit":
            c = result.counts
            print(f"{article.name:40} gold {c.tp + c.fn:2} found {c.tp + c.fp:2} right {c.tp:2}")
            for e, g in result.pairs:
                judged = judge_event_title(e, article.language)
                print(f"    ok: {_show(e)}" + ("" if c and _place_ok(e, g) else "   [place wrong]")
                      + ("" if judged.readable else f"   [title: {judged.why}]"))
            for e in result.false:
                print(f"    false: {_show(e)}")
            for g in result.missed:
                print(f"    missed: {g.start}..{g.end or 'open'} {g.gist}")
            for n in result.leaked:
                print(f"    not-event became an event: {n!r}")
    every = Counts()
    for part in PARTS:
        every.add(totals[part])
    for name, c in [*totals.items(), ("all", every)]:
        print(f"{name:5} precision {c.precision:.3f} ({c.tp}/{c.tp + c.fp})  recall {c.recall:.3f} ({c.tp}/{c.tp + c.fn})"
              f"  place right {c.place_accuracy:.3f} ({c.place_right}/{c.tp})"
              f"  titles readable {c.readable_share:.3f} ({c.readable}/{c.tp})")
    if not args.no_stories:
        for story, paths in story_paths(args.shared / "corpora" / "ml-crisis-dev").items():
            check = check_story(story, paths)
            print(f"story {story}: {check.articles} articles, newest {check.newest}, {check.events} events; "
                  f"starting > 1 year after the newest: {len(check.late)}; lasting > 1 year: {len(check.long)} "
                  f"({len(check.long) / max(1, check.events):.2%})")
            if args.verbose:
                for e in check.late + check.long:
                    print(f"    {_show(e)}  [{e.mentions[0].source}: {e.mentions[0].text!r}]")
    return 0


def _place_ok(e, g) -> bool:
    from timeline.evaluate_events import place_is_right

    return place_is_right(e.place, g.places)


if __name__ == "__main__":
    sys.exit(main())
