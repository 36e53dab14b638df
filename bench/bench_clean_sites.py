"""How the clean stage does on a site it has never seen, measured inside the tune half.

Leave one site out: for each group of tune sites (beforeitsnews.com, nbcnews.com, all the
others), the line scorer's weights are fitted (``scripts/train_clean.py``'s ``train``) on
the other groups, the BBC/Reuters content pages and the AEB scrapes of other sites, and the whole text-page cleaner
(``bench_clean.new_removed``: lexicon, score, spreading, headline) judges the left-out
group's lines at the shipped cut-off (or ``--threshold``). Only ``"split": "tune"`` pages
are read, so this figure may be used to tune; the report half stays untouched.

Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean_sites.py [--threshold 0.4] [--verbose] [--per-site]
        [--thresholds 0.5,0.7,0.9] [--batch s13] [--shipped] [--written-weight 1] [--where]

``--where`` adds, per kind, the boilerplate lines still kept by where they stand against the article's core
(``signals.core_span``): before it, inside it, after it with prose still below, or after the page's last prose
line (the tail); and the content lines lost the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "bench")]

import train_clean  # noqa: E402
from bench_clean import new_removed  # noqa: E402

from newsevents.clean.signals import core_span, shape  # noqa: E402
from newsevents.clean.weights import LineWeights, load_weights  # noqa: E402

BIG_SITES = ("beforeitsnews.com", "nbcnews.com")
PER_SITE = False
PLACES = ("before", "inside", "after-core", "tail")


def places(lines: list[str]) -> list[str]:
    """Where each line stands against the core: before it, inside it, after it with prose below, in the tail."""
    shapes = [shape(line) for line in lines]
    first, last = core_span(shapes) if shapes else (0, -1)
    last_prose = max((k for k, item in enumerate(shapes) if item.prose), default=-1)
    return ["before" if k < first else "inside" if k <= last else "after-core" if k < last_prose else "tail"
            for k in range(len(lines))]


def group_of(site: str) -> str:
    """The group left out together: each site with ``--per-site``, else the two big sites and the rest."""
    return site if PER_SITE or site in BIG_SITES else "others"


def loso_weights(raw, pages, corpus, aeb_raw, aeb, names, aeb_weight, written=(), written_weight=0.0
                 ) -> dict[str, LineWeights]:
    """Per left-out group, the weights fitted without it (threshold set later); the written pages
    are in every fold's training and never judged."""
    out = {}
    for group in sorted({group_of(r["site"]) for r in raw}):
        fitted = [p for p, r in zip(pages, raw, strict=True) if group_of(r["site"]) != group]
        extra = [p for p, r in zip(aeb, aeb_raw, strict=True) if group_of(r["site"]) != group]
        _w, first, names2, w2 = train_clean.train(fitted, corpus, names, 3.0, extra, aeb_weight,
                                                  written, written_weight)
        out[group] = LineWeights(first, 0.5, {name: float(w2[i]) for i, name in enumerate(names2)})
    return out


def judge(raw, weights: dict[str, LineWeights], threshold: float, *, verbose: bool = False,
          batch: str | None = None, where: Counter | None = None) -> tuple[Counter, Counter, int, int]:
    """Every tune line judged by the whole cleaner with its group's held-out weights at ``threshold``
    (``where`` counts the leaked and lost lines by place: (kind or "content lost", place) -> lines)."""
    total, removed, lost, content = Counter(), Counter(), 0, 0
    for page in raw:
        if batch is not None and page.get("batch") != batch:
            continue
        group = group_of(page["site"])
        held = weights[group]
        fitted = LineWeights(held.weights, threshold, held.context)
        lines = [text for _label, _kind, text in page["lines"]]
        place = places(lines) if where is not None else []
        for k, ((label, kind, text), gone) in enumerate(zip(page["lines"], new_removed(lines, weights=fitted),
                                                           strict=True)):
            if where is not None and label == "boilerplate":
                where[(kind, place[k], "all")] += 1
                where[(kind, place[k], "kept")] += not gone
            elif where is not None and gone:
                where[("content lost", place[k], "kept")] += 1
            if label == "boilerplate":
                total[kind] += 1
                removed[kind] += gone
                if verbose and not gone:
                    print(f"leak {group} {kind} | {text[:100]}")
            else:
                content += 1
                lost += gone
                if verbose and gone:
                    print(f"lost {group} | {text[:100]}")
    return total, removed, lost, content


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--thresholds", default=None,
                        help="comma-separated cut-offs to sweep with the same held-out weights (totals only)")
    parser.add_argument("--batch", default=None,
                        help="report only the pages of this labelling batch (counts only; all pages still train)")
    parser.add_argument("--aeb-weight", type=float, default=train_clean.AEB_WEIGHT,
                        help="weight of the AEB scrapes' lines in training, as scripts/train_clean.py (0: none)")
    parser.add_argument("--written-weight", type=float, default=train_clean.WRITTEN_WEIGHT,
                        help="weight of the written pages' lines in every fold's training, as scripts/train_clean.py")
    parser.add_argument("--shipped", action="store_true",
                        help="judge with the shipped weights (no refit): a blind look at new pages before retraining")
    parser.add_argument("--verbose", action="store_true", help="print each leaked or lost tune line")
    parser.add_argument("--where", action="store_true",
                        help="per kind, the boilerplate lines kept (and content lost) before / inside / after the core")
    parser.add_argument("--per-site", action="store_true",
                        help="leave out one site at a time (default: beforeitsnews, nbcnews, the others together)")
    args = parser.parse_args()
    globals()["PER_SITE"] = args.per_site
    raw = train_clean.labelled_pages("tune", aeb=False)
    pages = train_clean.page_signals(raw)
    corpus = train_clean.page_signals(train_clean.clean_corpus_pages())
    aeb_raw = train_clean.aeb_pages("tune") if args.aeb_weight > 0 else []
    aeb = train_clean.page_signals(aeb_raw)
    names = sorted(pages[0][0][0])
    if args.shipped:
        shipped = load_weights()
        weights = {group_of(r["site"]): shipped for r in raw}
    else:
        written = train_clean.page_signals(train_clean.written_pages()) if args.written_weight > 0 else []
        weights = loso_weights(raw, pages, corpus, aeb_raw, aeb, names, args.aeb_weight, written, args.written_weight)
    grouping = "each site" if PER_SITE else "each site group"
    how = (f"{grouping} judged by weights fitted without it" if not args.shipped
           else "judged by the shipped weights (fitted on the tune pages of before, not refit)")
    if args.thresholds:
        print(f"tune half, {how}:")
        for value in (float(v) for v in args.thresholds.split(",")):
            total, removed, lost, content = judge(raw, weights, value, batch=args.batch)
            print(f"  cut-off {value:.3f}: removed {sum(removed.values()) / max(1, sum(total.values())):.3f} "
                  f"of {sum(total.values())}, content kept {1 - lost / max(1, content):.4f} of {content} "
                  f"({lost} lost)")
        return
    threshold = args.threshold if args.threshold is not None else load_weights().threshold
    where = Counter() if args.where else None
    total, removed, lost, content = judge(raw, weights, threshold, verbose=args.verbose, batch=args.batch, where=where)
    print(f"tune half, {how} (cut-off {threshold:.3f})"
          f"{f', batch {args.batch} only' if args.batch else ''}:")
    print(f"boilerplate removed {sum(removed.values()) / max(1, sum(total.values())):.3f} of {sum(total.values())}, "
          f"content kept {1 - lost / max(1, content):.3f} of {content}")
    for kind, count in total.most_common():
        print(f"  {kind}: {removed[kind]}/{count}")
    if where is not None:
        print("\n| kind (kept / lines) | " + " | ".join(PLACES) + " |\n|---|" + "---|" * len(PLACES))
        for kind, _count in total.most_common():
            print(f"| {kind} | " + " | ".join(f"{where[(kind, p, 'kept')]}/{where[(kind, p, 'all')]}" for p in PLACES)
                  + " |")
        print("| **content lost** | " + " | ".join(str(where[("content lost", p, "kept")]) for p in PLACES) + " |")


if __name__ == "__main__":
    main()
