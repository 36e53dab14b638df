"""Line-cleaning benchmark: boilerplate removed and content kept, per kind, for four cleaners.

On the labelled pages of ``tests/fixtures/clean`` (one half: ``--split report``, the
default, or ``tune``), every line is judged by
  * ``new``      — the clean stage on a text page: the line scorer
                   (``newsevents.clean.scorer.judge_lines``), then the chrome above the headline
                   (``newsevents.clean.headline.find_headline``), page by page;
  * ``new+rep``  — the same with the corpus-run repetition signal (lines a site repeats in
                   >= 3 pages of that half, ``newsevents.clean.repetition``);
  * ``old``      — the first-match rule list of before issue #10 (``boilerplate.classify`` over
                   ``bench/baselines/boilerplate_before_10.tsv``);
  * ``c4``       — the C4 line rule: keep a line that ends in terminal punctuation and has
                   at least 3 words;
  * ``justext``  — jusText (English stop list, default settings), each line one <p>.
Headline lines count as content. ``--set scraped|aeb|all|written`` picks the labelled file(s); ``written`` is
the pages we wrote (``written_labelled.jsonl``, all ``tune``): the leaking kinds in many sites' manners.

Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean.py [--split report|tune] [--set scraped|aeb|all|written|blind]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import time
from collections import Counter
from pathlib import Path

from newsevents.clean.boilerplate import classify, load_rules
from newsevents.clean.headline import find_headline
from newsevents.clean.repetition import count_repeated_lines
from newsevents.clean.scorer import judge_lines

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "clean"
FILES = {"scraped": ["scraped_labelled.jsonl"], "aeb": ["aeb_lines.jsonl.gz"],
         "all": ["scraped_labelled.jsonl", "aeb_lines.jsonl.gz"],
         "written": ["written_labelled.jsonl"],
         "blind": ["scraped_blind_s21.jsonl"]}  # labelled before the cleaner ran on them (21st session)
OLD_RULES = load_rules(Path(__file__).parent / "baselines" / "boilerplate_before_10.tsv")
C4_END = re.compile(r"[.!?][\"'”’)\]]*$")


def load(split: str, which: str) -> list[dict]:
    pages = []
    for name in FILES[which]:
        path = FIXTURES / name
        if not path.exists():
            continue
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            pages += [p for line in handle if (p := json.loads(line))["split"] == split]
    return pages


def c4_removed(lines: list[str]) -> list[bool]:
    return [not (C4_END.search(line.strip()) and len(line.split()) >= 3) for line in lines]


def justext_removed(lines: list[str]) -> list[bool]:
    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(line.strip())}</p>" for line in lines) + "</body></html>"
    paragraphs = justext.justext(page, justext.get_stoplist("English"))
    if len(paragraphs) != len(lines):  # jusText merged or dropped a line: judge by text
        good = {" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate}
        return [" ".join(line.split()) not in good for line in lines]
    return [p.is_boilerplate for p in paragraphs]


def new_removed(lines: list[str], repeated=None, weights=None) -> list[bool]:
    """What the clean stage removes from a text page: judged lines, then the chrome above the headline."""
    gone = [r is not None for r in judge_lines(lines, repeated=repeated, weights=weights)]
    kept = [i for i, g in enumerate(gone) if not g]
    choice = find_headline([lines[i] for i in kept])
    for index, _reason in choice.skipped:
        gone[kept[index]] = True
    return gone


def judges(pages: list[dict]) -> dict:
    repeated = count_repeated_lines((p["site"], [t for _l, _k, t in p["lines"]]) for p in pages)
    return {
        "new": lambda p, lines: new_removed(lines),
        "new+rep": lambda p, lines: new_removed(lines, repeated.for_site(p["site"])),
        "old": lambda p, lines: [r is not None for r in classify(lines, OLD_RULES)],
        "c4": lambda p, lines: c4_removed(lines),
        "justext": lambda p, lines: justext_removed(lines),
    }


def measure(pages: list[dict]) -> tuple[dict, dict, dict]:
    """Per method: removed counts per kind, content kept, seconds."""
    removed: dict[str, Counter] = {}
    kept: dict[str, list[int]] = {}
    seconds: dict[str, float] = {}
    for name, judge in judges(pages).items():
        removed[name], kept[name] = Counter(), [0, 0]
        started = time.perf_counter()
        for page in pages:
            lines = [text for _label, _kind, text in page["lines"]]
            for (label, kind, _text), gone in zip(page["lines"], judge(page, lines), strict=True):
                if label == "boilerplate":
                    removed[name][kind] += gone
                else:
                    kept[name][0] += not gone
                    kept[name][1] += 1
        seconds[name] = time.perf_counter() - started
    return removed, kept, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="report", choices=["report", "tune"])
    parser.add_argument("--set", default="scraped", choices=sorted(FILES))
    args = parser.parse_args()
    pages = load(args.split, args.set)
    if not pages:
        raise SystemExit(f"no labelled pages for {args.set}/{args.split} in {FIXTURES}")
    kinds = Counter(kind for p in pages for label, kind, _t in p["lines"] if label == "boilerplate")
    removed, kept, seconds = measure(pages)
    names = list(removed)
    print(f"{args.set} pages, split {args.split}: {len(pages)} pages, {sum(len(p['lines']) for p in pages)} lines\n")
    print("| kind | lines | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for kind, total in kinds.most_common():
        print(f"| {kind} | {total} | " + " | ".join(f"{removed[n][kind] / total:.2f}" for n in names) + " |")
    total = sum(kinds.values())
    print(f"| **boilerplate removed** | {total} | "
          + " | ".join(f"**{sum(removed[n].values()) / total:.3f}**" for n in names) + " |")
    content = kept[names[0]][1]
    print(f"| **content kept** | {content} | " + " | ".join(f"**{kept[n][0] / content:.3f}**" for n in names) + " |")
    print("| seconds | | " + " | ".join(f"{seconds[n]:.2f}" for n in names) + " |")


if __name__ == "__main__":
    main()
