"""Leave one blind batch out: the headline on each batch's odd pages, with settings chosen on the other batches.

The blind chrome batches (``tests/fixtures/clean/chrome_blind_s*`` and any ``--pages`` folder) were written by
someone who never read the cleaner; each batch's odd pages are tune data. The headline finder's thirty-first-session
rule (``clean/story_head.py``) has three settings (``OWN_MAX``, ``TOLD``, ``MIN_SHARED``); ``off`` is the finder
without it. For each batch, the setting that finds the most headlines on the **other** batches' odd pages (ties: the
shipped setting, then the grid's order) scores it: the sum over batches says whether the rule carries to a batch it
was not chosen on. ``--fixed`` prints the shipped setting and ``off`` per batch instead. Even (report) pages are never
read.

Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean_headline_lobo.py [--pages DIR ...] [--fixed]
"""

from __future__ import annotations

import argparse
import json
from itertools import product
from pathlib import Path

from newsevents.clean import clean, story_head
from newsevents.clean import headline as finder
from newsevents.model import Document

BLIND = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "clean"
SHIPPED = (story_head.OWN_MAX, story_head.TOLD, story_head.MIN_SHARED)
GRID = [None, *product((0.2, 0.3, 0.4), (0.3, 0.4, 0.5), (2, 3, 4))]  # None: the finder without the rule
ON = (finder.story_head, finder.over_standfirst)


def odd_pages(folder: Path) -> list[tuple[str, str]]:
    """(page text, expected headline) of a batch's odd-numbered (tune) pages."""
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    pages = []
    for case in sorted(expect):
        digits = "".join(ch for ch in case.rsplit("_", 1)[-1] if ch.isdigit())
        if case.startswith("chrome_") and digits and int(digits) % 2 == 1:
            pages.append(((folder / f"{case}.txt").read_text(encoding="utf-8"), expect[case]["headline"]))
    return pages


def use(setting: tuple[float, float, int] | None) -> None:
    if setting is None:
        finder.story_head = finder.over_standfirst = lambda *_args: None
        return
    finder.story_head, finder.over_standfirst = ON
    story_head.OWN_MAX, story_head.TOLD, story_head.MIN_SHARED = setting


def right(pages: list[tuple[str, str]]) -> int:
    return sum(clean(Document(id="p", raw=raw)).article.headline == want for raw, want in pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="more blind batch folders (odd pages read)")
    parser.add_argument("--fixed", action="store_true", help="the shipped setting and off per batch, no choosing")
    args = parser.parse_args()
    folders = sorted(BLIND.glob("chrome_blind_s*")) + list(args.pages)
    batches = {folder.name: odd_pages(folder) for folder in folders}
    table: dict[object, dict[str, int]] = {}
    for setting in ([None, SHIPPED] if args.fixed else GRID):
        use(setting)
        table[setting] = {name: right(pages) for name, pages in batches.items()}
    use(SHIPPED)
    total = sum(len(pages) for pages in batches.values())
    off = sum(table[None].values())
    if args.fixed:
        for name, pages in batches.items():
            print(f"{name}: off {table[None][name]}, shipped {table[SHIPPED][name]} of {len(pages)}")
        print(f"all: off {off}, shipped {sum(table[SHIPPED].values())} of {total}")
        return
    order = [SHIPPED, *[setting for setting in GRID if setting != SHIPPED]]
    lobo = 0
    for name, pages in batches.items():
        best = max(order, key=lambda s: sum(v for other, v in table[s].items() if other != name))
        lobo += table[best][name]
        print(f"{name}: off {table[None][name]}, left out {table[best][name]} of {len(pages)} (setting {best})")
    print(f"leave one batch out: headline right {lobo} of {total} odd pages (finder without the rule: {off})")


if __name__ == "__main__":
    main()
