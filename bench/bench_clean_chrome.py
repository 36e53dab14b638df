"""The written chrome pages (tests/pages/chrome_*.txt): headline right, lines leaked, reasons right.

Each page's entry in tests/pages/expect.json names its headline, the body strings that must be
kept (``must``), the chrome strings that must go (``must_not``; a leak is one still in the
article's text) and the reasons expected for some removed lines. These pages were written to
tune on (see tests/fixtures/clean/README.md); the issue's own 30 such pages are kept back.

``--half tune`` (odd-numbered pages) or ``--half report`` (even) scores one half of a blind batch, so
that ``--verbose`` can print the tune half's failures without showing the report half's.

``--pages DIR`` scores another folder of such pages with its own expect.json (e.g. the blind batch
written in the twenty-second session by someone who had not read the cleaner, never tuned on:
tests/fixtures/clean/chrome_blind_s22/).

Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean_chrome.py [--verbose] [--pages DIR] [--half tune|report]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsevents.clean import clean
from newsevents.model import Document

PAGES = Path(__file__).resolve().parents[1] / "tests" / "pages"


def in_half(case: str, half: str) -> bool:
    """Whether a page belongs to a blind batch's half: odd numbers are tune, even numbers report."""
    digits = "".join(ch for ch in case.rsplit("_", 1)[-1] if ch.isdigit())
    odd = bool(digits) and int(digits) % 2 == 1
    return odd if half == "tune" else not odd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print every failed check")
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of chrome_*.txt pages and expect.json")
    parser.add_argument("--half", choices=("tune", "report"), help="odd-numbered pages only (tune) or even (report)")
    args = parser.parse_args()
    pages = args.pages
    expect = json.loads((pages / "expect.json").read_text(encoding="utf-8"))
    cases = sorted(case for case in expect if case.startswith("chrome_"))
    if args.half:
        cases = [case for case in cases if in_half(case, args.half)]
    headline = leaked = chrome = lost = wrong_reason = passed = 0
    for case in cases:
        entry = expect[case]
        article = clean(Document(id=case, raw=(pages / f"{case}.txt").read_text(encoding="utf-8"))).article
        problems = []
        if article.headline == entry["headline"]:
            headline += 1
        else:
            problems.append(f"headline {article.headline!r}")
        chrome += len(entry["must_not"])
        for text in entry["must_not"]:
            if text in article.text:
                leaked += 1
                problems.append(f"leaked {text!r}")
        for text in entry["must"]:
            if text not in article.text:
                lost += 1
                problems.append(f"lost {text!r}")
        reasons = {r.text: r.reason for r in article.removed}
        for text, reason in entry.get("removed", {}).items():
            if reasons.get(text) != reason:
                wrong_reason += 1
                problems.append(f"reason of {text!r}: {reasons.get(text)} (expected {reason})")
        passed += not problems
        if args.verbose and problems:
            print(case, *problems, sep="\n    ")
    half = f", {args.half} half" if args.half else ""
    print(f"{len(cases)} chrome pages ({pages.name}{half}): headline right {headline}, "
          f"chrome strings leaked {leaked} of {chrome}, body strings lost {lost}, reasons wrong {wrong_reason}; "
          f"pages passing every check {passed}")


if __name__ == "__main__":
    main()
