"""Train the clean stage's line scorer and write ``src/newsevents/data/clean/line_weights.tsv``.

Two logistic regressions (plain numpy, L2, content lines weighted up) over the signals of
``newsevents.clean.signals.line_signals`` (the second also over the first's scores of the
neighbouring lines), fitted on the pages with ``"split": "tune"`` of
``tests/fixtures/clean/scraped_labelled.jsonl`` and of ``aeb_lines.jsonl.gz`` (the AEB
scrapes, each line weighing ``--aeb-weight`` of a scraped line; ``--no-aeb`` leaves them out),
of ``written_labelled.jsonl`` (pages we wrote, each line weighing ``--written-weight``; 0 by default: the
eighteenth session measured 1 and 3 and neither moved the leave-one-site-out figure), plus records
100-300 of the boilerplate-free BBC and Reuters corpora as content. The
threshold is the lowest score that still keeps ``--keep`` of the tune content lines
(``--loso``: of their leave-one-site-out scores; ``--threshold`` sets it). The "report" pages are never read here.

Usage (from the project root):
    PYTHONPATH=src python scripts/train_clean.py [--keep 0.995] [--content-weight 3]
        [--aeb-weight 0.3] [--written-weight 1] [--loso] [--threshold 0.9]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np

from newsevents.clean.signals import line_signals
from newsevents.clean.weights import context_signals, logistic

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "clean"
SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "newsevents" / "data" / "clean" / "line_weights.tsv"
SKIP_KINDS = {"repeated-headline", "unlabelled"}  # the cleaner's own step removes the first; the second has no label
CHROME_WEIGHT = 0.0


def clean_corpus_pages(start: int = 100, stop: int = 300) -> list[dict]:
    """Records ``start``..``stop`` of the boilerplate-free corpora (BBC, Reuters) as all-content pages.

    They teach the scorer that tables of figures and short wire lines are content (a closing
    ``REUTER`` is left out: the cleaner removes it as a wire credit). The first
    100 records are left out: tests/test_clean.py checks that they keep every sentence.
    """
    import itertools

    from newsevents.clean.credits import trailing_wire
    from newsevents.clean.paragraphs import split_paragraphs
    from newsevents.read import read

    pages = []
    for corpus in ("bbc_news", "reuters21578"):
        path = SHARED / "corpora" / corpus / "articles.jsonl"
        if path.exists():
            for doc in itertools.islice(read(str(path)), start, stop):
                lines = [line for line in split_paragraphs(doc.raw) if not trailing_wire(line)]
                pages.append({"lines": [["content", "", line] for line in lines]})
    return pages


def labelled_pages(split: str, *, aeb: bool = True) -> list[dict]:
    """Labelled pages of one half (``tune`` or ``report``)."""
    pages = []
    sources = [FIXTURES / "scraped_labelled.jsonl"] + ([FIXTURES / "aeb_lines.jsonl.gz"] if aeb else [])
    for path in sources:
        if not path.exists():
            continue
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            pages += [page for line in handle if (page := json.loads(line))["split"] == split]
    return pages


def written_pages() -> list[dict]:
    """The pages we wrote (``written_labelled.jsonl``: short stories of our own wording wrapped in
    the boilerplate kinds that leak on unseen sites; all ``tune``, never scored)."""
    path = FIXTURES / "written_labelled.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def odd_page(case: str) -> bool:
    """Whether a blind chrome page is in its batch's tune half (odd-numbered; even pages are never read here)."""
    digits = "".join(ch for ch in case.rsplit("_", 1)[-1] if ch.isdigit())
    return bool(digits) and int(digits) % 2 == 1


def chrome_label(line: str, entry: dict) -> list[str]:
    """A blind chrome page's line labelled from its ``expect.json`` entry: holding a ``must_not`` string it is
    boilerplate, holding a ``must`` string or the headline it is content; both or neither, unlabelled."""
    chrome = any(text in line for text in entry["must_not"])
    body = any(text in line for text in entry["must"])
    if chrome and not body:
        return ["boilerplate", "chrome", line]
    if body and not chrome or not chrome and entry.get("headline") and entry["headline"] in line:
        return ["content", "", line]
    return ["other", "unlabelled", line]


def blind_batches() -> list[Path]:
    """The blind chrome batches' folders (``chrome_blind_s22``, ``s22b`` … ``s31b``: ``chrome_blind_s`` and a
    session number; a batch joins by being copied into the fixtures), in order."""
    return sorted(folder for folder in FIXTURES.glob("chrome_blind_s[0-9]*") if folder.is_dir())


def chrome_pages() -> list[dict]:
    """The odd (tune) pages of the blind chrome batches (``blind_batches``) as labelled pages, each with its
    ``batch`` (the folder's name); lines split as the cleaner splits a text page."""
    from newsevents.clean.paragraphs import marked_paragraphs

    pages = []
    for folder in blind_batches():
        expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
        for case in sorted(case for case in expect if case.startswith("chrome_") and odd_page(case)):
            raw = (folder / f"{case}.txt").read_text(encoding="utf-8")
            lines = [chrome_label(text, expect[case]) for text, _indented in marked_paragraphs(raw)]
            pages.append({"batch": folder.name, "site": f"{folder.name}/{case}", "lines": lines})
    return pages


def aeb_pages(split: str) -> list[dict]:
    """The AEB scrapes of one half (``aeb_lines.jsonl.gz``; empty when the file is absent)."""
    path = FIXTURES / "aeb_lines.jsonl.gz"
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [page for line in handle if (page := json.loads(line))["split"] == split]


def page_signals(pages: list[dict]) -> list[tuple[list[dict[str, float]], list[float], list[bool]]]:
    """Per page: the signals of every line, its label (1 = boilerplate) and whether it is used."""
    out = []
    for page in pages:
        texts = [text for _label, _kind, text in page["lines"]]
        labels = [1.0 if label == "boilerplate" else 0.0 for label, _kind, _text in page["lines"]]
        used = [kind not in SKIP_KINDS for _label, kind, _text in page["lines"]]
        out.append((line_signals(texts), labels, used))
    return out


def matrix(pages: list[tuple[list[dict[str, float]], list[float], list[bool]]], names: list[str],
           first: dict[str, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The signal matrix (with the context of first-stage scores when ``first`` is given) and labels."""
    rows, labels = [], []
    for signals, page_labels, used in pages:
        scores = [logistic(first, s) for s in signals] if first is not None else None
        for index, (row, label, use) in enumerate(zip(signals, page_labels, used, strict=True)):
            if use:
                full = {**row, **context_signals(scores, index)} if scores is not None else row
                rows.append([full[name] for name in names])
                labels.append(label)
    return np.array(rows), np.array(labels)


def fit(x: np.ndarray, y: np.ndarray, *, content_weight: float, l2: float = 0.001,
        weight: np.ndarray | None = None, steps: int = 50) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (converges in a few steps, so the
    leave-one-site-out folds and the AEB lines stay cheap). ``weight`` scales each row (AEB lines)."""
    w = np.zeros(x.shape[1])
    sample = np.where(y == 1, 1.0, content_weight) * (weight if weight is not None else 1.0)
    sample /= sample.sum()
    ridge = l2 * np.eye(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ ((p - y) * sample) + l2 * w
        hessian = (x * (sample * p * (1 - p))[:, None]).T @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def pick_threshold(scores: np.ndarray, y: np.ndarray, keep: float) -> float:
    """The lowest cut-off that keeps at least ``keep`` of the content lines."""
    content = np.sort(scores[y == 0])
    index = int(np.ceil(keep * len(content))) - 1
    return float(min(0.99999, content[index] + 1e-6))


L2 = 0.0005
AEB_WEIGHT = 0.0  # measured: 0.1 and 0.3 lose content on the 128 tune pages at any cut-off that removes more
WRITTEN_WEIGHT = 0.0  # measured (bench_clean_sites.py --per-site --written-weight 1 / 3): LOSO 0.806 either way


def train(pages, corpus, names: list[str], content_weight: float, extra=(), extra_weight: float = 0.0,
          written=(), written_weight: float = 0.0, chrome=(), chrome_weight: float = 0.0):
    """The two stages' weights, fitted on ``pages`` plus the clean corpus pages, ``extra``
    (the AEB scrapes' pages) with each of its lines weighing ``extra_weight`` of a scraped line,
    ``written`` (the pages we wrote, ``written_labelled.jsonl``) weighing ``written_weight`` and ``chrome``
    (the blind chrome batches' odd pages, ``chrome_pages``) weighing ``chrome_weight``."""
    groups = [(group, weight) for group, weight in
              ((pages, 1.0), (corpus, 1.0), (list(extra), extra_weight), (list(written), written_weight),
               (list(chrome), chrome_weight))
              if group and weight > 0]

    def stacked(names_used, first=None):
        parts = [matrix(group, names_used, first) for group, _weight in groups]
        weights = [np.full(len(py), weight) for (_group, weight), (_px, py) in zip(groups, parts, strict=True)]
        return np.vstack([px for px, _py in parts]), np.concatenate([py for _px, py in parts]), np.concatenate(weights)

    x, y, weight = stacked(names)
    w = fit(x, y, content_weight=content_weight, l2=L2, weight=weight)
    first = {name: float(w[i]) for i, name in enumerate(names)}
    names2 = names + sorted(context_signals([0.5], 0))
    x2, y, weight = stacked(names2, first)
    w2 = fit(x2, y, content_weight=content_weight, l2=L2, weight=weight)
    return w, first, names2, w2


def held_out_scores(pages, sites: list[str], corpus, names: list[str], content_weight: float,
                    extra=(), extra_sites: list[str] = (), extra_weight: float = 0.0,
                    written=(), written_weight: float = 0.0):
    """Leave one site out: each tune site's lines scored by weights fitted on the other sites
    (AEB pages of the same site left out too).

    This is how the scorer meets a site it has never seen; the cut-off is calibrated on
    these scores, so that it does not fit the one big site of the tune half.
    """
    scores, labels, per_site = [], [], {}
    for site in sorted(set(sites)):
        train_pages = [p for p, s in zip(pages, sites, strict=True) if s != site]
        test_pages = [p for p, s in zip(pages, sites, strict=True) if s == site]
        train_extra = [p for p, s in zip(extra, extra_sites, strict=True) if s != site]
        _w, first, names2, w2 = train(train_pages, corpus, names, content_weight, train_extra, extra_weight,
                                      written, written_weight)
        x2, y = matrix(test_pages, names2, first)
        site_scores = 1 / (1 + np.exp(-(x2 @ w2)))
        scores.append(site_scores)
        labels.append(y)
        per_site[site] = (site_scores, y)
    return np.concatenate(scores), np.concatenate(labels), per_site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=float, default=0.995)
    parser.add_argument("--content-weight", type=float, default=3.0)
    parser.add_argument("--no-aeb", action="store_true", help="leave the AEB scrapes out (--aeb-weight 0)")
    parser.add_argument("--aeb-weight", type=float, default=AEB_WEIGHT,
                        help="weight of an AEB scrape's line against a scraped page's line")
    parser.add_argument("--written-weight", type=float, default=WRITTEN_WEIGHT,
                        help="weight of a written page's line (written_labelled.jsonl) against a scraped page's line")
    parser.add_argument("--loso", action="store_true",
                        help="calibrate the cut-off on leave-one-site-out scores of the tune half")
    parser.add_argument("--l2", type=float, default=L2, help="L2 penalty of both regressions")
    parser.add_argument("--threshold", type=float, default=None,
                        help="set the cut-off (e.g. the lowest that bench/bench_clean_sites.py --per-site "
                             "--threshold X measures keeping 0.99 of content on the whole cleaner), still no lower "
                             "than the one keeping 0.999 of the BBC/Reuters lines")
    args = parser.parse_args()
    globals()["L2"] = args.l2
    aeb_weight = 0.0 if args.no_aeb else args.aeb_weight
    raw = labelled_pages("tune", aeb=False)
    pages = page_signals(raw)
    sites = [page["site"] for page in raw]
    aeb_raw = aeb_pages("tune") if aeb_weight > 0 else []
    aeb = page_signals(aeb_raw)
    aeb_sites = [page["site"] for page in aeb_raw]
    corpus = page_signals(clean_corpus_pages())
    names = sorted(pages[0][0][0])
    written = page_signals(written_pages()) if args.written_weight > 0 else []
    w, first, names2, w2 = train(pages, corpus, names, args.content_weight, aeb, aeb_weight,
                                 written, args.written_weight)
    x2, y = matrix(pages, names2, first)
    cx2, cy = matrix(corpus, names2, first)
    scores = 1 / (1 + np.exp(-(x2 @ w2)))
    corpus_scores = 1 / (1 + np.exp(-(cx2 @ w2)))
    threshold = max(pick_threshold(scores, y, args.keep), pick_threshold(corpus_scores, cy, 0.999))
    calibration = ""
    if args.loso:
        held, held_y, per_site = held_out_scores(pages, sites, corpus, names, args.content_weight,
                                                   aeb, aeb_sites, aeb_weight, written, args.written_weight)
        threshold = max(pick_threshold(held, held_y, args.keep), pick_threshold(corpus_scores, cy, 0.999))
        for site, (site_scores, site_y) in per_site.items():
            gone = site_scores >= threshold
            print(f"  held-out {site}: removed {int((gone & (site_y == 1)).sum())}/{int(site_y.sum())}, "
                  f"content lost {int((gone & (site_y == 0)).sum())}/{int((site_y == 0).sum())}")
        others = np.concatenate([s for site, (s, _y) in per_site.items() if site != "beforeitsnews.com"])
        others_y = np.concatenate([yy for site, (_s, yy) in per_site.items() if site != "beforeitsnews.com"])
        loso_removed = float(((held >= threshold) & (held_y == 1)).sum() / max(1, (held_y == 1).sum()))
        loso_kept = float(((held < threshold) & (held_y == 0)).sum() / max(1, (held_y == 0).sum()))
        other_removed = float(((others >= threshold) & (others_y == 1)).sum() / max(1, (others_y == 1).sum()))
        calibration = (f"# Cut-off calibrated leave-one-site-out (--loso): held-out sites removed {loso_removed:.3f}, "
                       f"kept {loso_kept:.3f}; sites other than beforeitsnews removed {other_removed:.3f}.")
        print(calibration[2:])
    if args.threshold is not None:
        threshold = max(args.threshold, pick_threshold(corpus_scores, cy, 0.999))
        calibration += f"\n# Cut-off set by --threshold {args.threshold} (the BBC/Reuters floor is applied too)."
    removed = float(((scores >= threshold) & (y == 1)).sum() / max(1, (y == 1).sum()))
    kept = float(((scores < threshold) & (y == 0)).sum() / max(1, (y == 0).sum()))
    lines = [
        "# Line-scorer weights of the clean stage (newsevents.clean.scorer): a logistic regression",
        "# over the signals of newsevents.clean.signals, written by scripts/train_clean.py",
        f"# (--keep {args.keep} --content-weight {args.content_weight} --aeb-weight {aeb_weight}"
        f" --written-weight {args.written_weight}"
        f"{' --loso' if args.loso else ''} --l2 {args.l2}"
        f"{f' --threshold {args.threshold}' if args.threshold is not None else ''}).",
        f"# Trained on the tune half only: {len(pages)} pages, {len(y)} lines ({int(y.sum())} boilerplate),",
        f"# {len(aeb)} AEB scrapes (each line weighing {aeb_weight} of a scraped page's line),",
        f"# {len(written)} written pages (each line weighing {args.written_weight} of a scraped page's line),",
        f"# and {len(corpus)} BBC/Reuters records ({len(cy)} content lines; the threshold keeps 0.999 of them).",
        f"# On those lines (the lexicon aside): boilerplate scored out {removed:.3f}, content kept {kept:.3f}.",
        *([calibration.strip()] if calibration else []),
        "# Columns: signal <TAB> weight; the row 'threshold' is the score above which a line goes.",
        "# Rows '2:signal' are the second stage, which also sees the first-stage scores of the neighbours.",
        f"threshold\t{threshold:.6f}",
    ]
    lines += [f"{name}\t{w[i]:.4f}" for i, name in enumerate(names)]
    lines += [f"2:{name}\t{w2[i]:.4f}" for i, name in enumerate(names2)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: threshold {threshold:.3f}; tune removed {removed:.3f} kept {kept:.3f}")


if __name__ == "__main__":
    main()
