"""The headline finder on labelled pages: how often the clean stage's headline is the line labelled ``headline``.

The AEB whole-page scrapes (``tests/fixtures/clean/aeb_lines.jsonl.gz``) open with the page's title and long menus,
unlike the pages the finder was written on, and label the headline line: a tune-side figure for the headline on
unlike pages (twenty-seventh session). Words are compared (case, punctuation and curly quotes aside). Some AEB labels
name a site or a section as the headline; they count as misses. ``--verbose`` prints each miss (tune half only).

Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean_headline.py [--set aeb|scraped] [--split tune|report] [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_clean import load  # noqa: E402

from newsevents.clean import build_article  # noqa: E402


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="aeb", choices=("aeb", "scraped"))
    parser.add_argument("--split", default="tune", choices=("tune", "report"))
    parser.add_argument("--verbose", action="store_true", help="print each miss (tune half only)")
    args = parser.parse_args()
    right = total = 0
    for page in load(args.split, args.set):
        heads = [words(text) for label, kind, text in page["lines"] if "headline" in (label, kind)]
        if not heads:
            continue
        article = build_article([text for _label, _kind, text in page["lines"]], title=None, page=True)
        total += 1
        found = article.headline is not None and words(article.headline) in heads
        right += found
        if args.verbose and args.split == "tune" and not found:
            print(f"{page.get('id', page['site'])[:40]}: {(article.headline or '')[:90]!r}")
    print(f"{args.set} {args.split}: headline right {right} of {total} labelled pages")


if __name__ == "__main__":
    main()
