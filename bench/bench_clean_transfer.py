"""Does a cleaner change transfer to a blind chrome batch nobody looked at? Leave one batch out (issue #10).

The blind chrome batches (``tests/fixtures/clean/chrome_blind_s22`` … ``chrome_blind_s30b``:
``train_clean.blind_batches``) each come from a writer who had not read the cleaner. Only their odd (tune) pages
are read here. For each batch, the line scorer's weights are fitted
(``scripts/train_clean.py``'s ``train``) on the scraped tune pages, the BBC/Reuters content pages and the other
batches' odd pages (lines labelled from ``must`` / ``must_not``: ``train_clean.chrome_pages``; each line weighing
``--chrome-weight``, 0 = not at all), and the whole cleaner with those weights cleans the left-out batch's odd
pages: headline right, chrome strings leaked, body strings lost, summed over batches. Rules written for pages
already read show up in their own batch's figure; this sum says whether the scorer carries over.

Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean_transfer.py [--chrome-weight 1] [--threshold 0.95] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts")]

import train_clean  # noqa: E402

from newsevents.clean import clean, scorer  # noqa: E402
from newsevents.clean.weights import LineWeights, load_weights  # noqa: E402
from newsevents.model import Document  # noqa: E402


def fold_weights(pages, corpus, chrome, chrome_raw, batch: str, names: list[str], chrome_weight: float,
                 threshold: float) -> LineWeights:
    """The weights fitted without ``batch``'s pages, cut at ``threshold``."""
    others = [p for p, r in zip(chrome, chrome_raw, strict=True) if r["batch"] != batch]
    _w, first, names2, w2 = train_clean.train(pages, corpus, names, 3.0, chrome=others, chrome_weight=chrome_weight)
    return LineWeights(first, threshold, {name: float(w2[i]) for i, name in enumerate(names2)})


def score_batch(folder: Path, weights: LineWeights, *, verbose: bool = False) -> tuple[int, int, int, int, int]:
    """Pages, headlines right, chrome strings leaked, chrome strings, body strings lost on ``folder``'s odd pages."""
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    cases = sorted(case for case in expect if case.startswith("chrome_") and train_clean.odd_page(case))
    shipped = scorer.load_weights
    scorer.load_weights = lambda: weights
    try:
        headline = leaked = chrome = lost = 0
        for case in cases:
            entry = expect[case]
            article = clean(Document(id=case, raw=(folder / f"{case}.txt").read_text(encoding="utf-8"))).article
            headline += article.headline == entry["headline"]
            if verbose and article.headline != entry["headline"]:
                print(f"  {case} headline {article.headline!r}")
            chrome += len(entry["must_not"])
            for text in entry["must_not"]:
                leaked += text in article.text
                if verbose and text in article.text:
                    print(f"  {case} leaked {text!r}")
            for text in entry["must"]:
                lost += text not in article.text
                if verbose and text not in article.text:
                    print(f"  {case} lost {text!r}")
    finally:
        scorer.load_weights = shipped
    return len(cases), headline, leaked, chrome, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chrome-weight", type=float, default=train_clean.CHROME_WEIGHT,
                        help="weight of the other batches' odd pages' lines in each fold's training (0: none)")
    parser.add_argument("--threshold", type=float, default=None, help="cut-off (default: the shipped one)")
    parser.add_argument("--verbose", action="store_true", help="print each held-out batch's failures")
    args = parser.parse_args()
    threshold = args.threshold if args.threshold is not None else load_weights().threshold
    raw = train_clean.labelled_pages("tune", aeb=False)
    pages = train_clean.page_signals(raw)
    corpus = train_clean.page_signals(train_clean.clean_corpus_pages())
    chrome_raw = train_clean.chrome_pages()
    chrome = train_clean.page_signals(chrome_raw)
    names = sorted(pages[0][0][0])
    totals = [0, 0, 0, 0, 0]
    for folder in train_clean.blind_batches():
        weights = fold_weights(pages, corpus, chrome, chrome_raw, folder.name, names, args.chrome_weight, threshold)
        if args.verbose:
            print(folder.name)
        row = score_batch(folder, weights, verbose=args.verbose)
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{folder.name}: {row[0]} pages, headline right {row[1]}, leaked {row[2]} of {row[3]}, lost {row[4]}")
    print(f"leave one batch out (--chrome-weight {args.chrome_weight}, cut-off {threshold:.3f}): {totals[0]} odd "
          f"pages, headline right {totals[1]}, chrome strings leaked {totals[2]} of {totals[3]}, "
          f"body strings lost {totals[4]}")


if __name__ == "__main__":
    main()
