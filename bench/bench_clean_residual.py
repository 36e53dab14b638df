"""What the line scorer could still add: the lines the rules leave undecided, and models over them.

The clean stage removes a line by rule (the lexicon, the block rules, the headline finder) or by
score (``data/clean/line_weights.tsv``). This bench separates the two on the tune half: each page
is judged with the score switched off (cut-off above 1; ``bench_clean.new_removed``), and the
lines still kept, the **residual**, are what any model over the score would have to sort. For
each model below it prints, over the residual lines, the AUC and how many boilerplate lines the
model's score would catch if it may lose 0, 2, 4, 8, 16 or 32 content lines (the cut-off set at
that many content lines; 3,959 content lines on the 222 pages of session 12, so 4 lines are
0.001 of content kept). Models, each fitted leave-one-site-out (or, with ``--test-batch``, on
the pages of the other batches and judged on that batch's pages, counts only):

* ``first``    — the shipped first stage (a logistic regression over ``signals.line_signals``);
* ``no-lex``   — the same without the ``lexicon`` / ``old_rule`` inputs (shape only);
* ``stacked``  — a second stage over the first stage's out-of-fold scores of lines i-2..i+2,
                 the line's position in the page, its distance to the core's start and end,
                 whether each of the four neighbours was removed by rule, and lexicon / prose /
                 length (5-fold by site inside the training sites);
* ``hmm``      — a two-state HMM (content / boilerplate; stay 0.85 / 0.98) smoothing the first
                 stage's scores, with the rule-removed lines clamped to boilerplate; the
                 posterior is the score.

``--blocks`` instead counts the residual lines inside page-level blocks that share a shape
(three or more lines in a row: title case, no sentence end, a date; short lines after the core's
last long prose line), boilerplate against content. ``--per-kind`` prints, per kind the line's
strongest cue names (``scorer.guess_kind``), what the shipped two-stage scorer's held-out scores
would add and lose at cut-offs 0.2-0.9 (per-kind cut-offs).

Only ``"split": "tune"`` pages are read. Usage (from the project root):
    PYTHONPATH=src python bench/bench_clean_residual.py [--test-batch s13] [--blocks] [--per-kind]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "bench")]

import train_clean  # noqa: E402
from bench_clean import new_removed  # noqa: E402

from newsevents.clean.signals import DATE, core_span, line_signals, shape  # noqa: E402
from newsevents.clean.weights import LineWeights, guess_kind, load_weights  # noqa: E402

BUDGETS = (0, 2, 4, 8, 16, 32)
FOLDS = 5
RULES_ONLY = 1.01  # a cut-off no score reaches


def load_pages() -> tuple[list[dict], list[dict]]:
    """Tune pages and the BBC/Reuters content pages, each with its signals and what the rules remove."""
    shipped = load_weights()
    rules_only = LineWeights(shipped.weights, RULES_ONLY, shipped.context)
    pages = []
    for page in train_clean.labelled_pages("tune", aeb=False):
        lines = [text for _label, _kind, text in page["lines"]]
        pages.append(prepared(lines, [label == "boilerplate" for label, _k, _t in page["lines"]],
                              [kind for _l, kind, _t in page["lines"]], page["site"], page.get("batch"),
                              new_removed(lines, weights=rules_only)))
    corpus = [prepared([t for _l, _k, t in page["lines"]], [False] * len(page["lines"]), [""] * len(page["lines"]),
                       "corpus", None, [False] * len(page["lines"])) for page in train_clean.clean_corpus_pages()]
    return pages, corpus


def prepared(lines, labels, kinds, site, batch, gone) -> dict:
    signals = line_signals(lines)
    names = sorted(signals[0]) if signals else []
    shapes = [shape(line) for line in lines]
    n = len(lines)
    start, end = core_span(shapes) if shapes else (0, 0)
    ruled = np.concatenate([[0.0, 0.0], np.array(gone, float), [0.0, 0.0]])
    return {
        "lines": lines, "y": np.array(labels, float), "kinds": kinds, "site": site, "batch": batch,
        "gone": np.array(gone, bool), "names": names, "shapes": shapes,
        "x": np.array([[s[name] for name in names] for s in signals]),
        "position": np.array([[i / max(1, n - 1), float(i >= 2 * n / 3), np.log1p(max(0, start - i)),
                               np.log1p(max(0, i - end))] for i in range(n)]).reshape(n, 4),
        "ruled_neighbours": np.stack([ruled[0:n], ruled[1:n + 1], ruled[3:n + 3], ruled[4:n + 4]], 1),
    }


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def fit(pages: list[dict], columns: list[int] | None = None) -> np.ndarray:
    x = np.vstack([p["x"] if columns is None else p["x"][:, columns] for p in pages])
    return train_clean.fit(x, np.concatenate([p["y"] for p in pages]), content_weight=3.0, l2=train_clean.L2)


def stack_inputs(page: dict, first: np.ndarray) -> np.ndarray:
    n = len(first)
    padded = np.clip(np.concatenate([[0.5, 0.5], first, [0.5, 0.5]]), 1e-4, 1 - 1e-4)
    window = np.stack([padded[i:i + n] for i in range(5)], 1)
    names = page["names"]
    own = page["x"][:, [names.index("lexicon"), names.index("prose"), names.index("log_words")]]
    return np.hstack([np.ones((n, 1)), np.log(window / (1 - window)), page["position"], page["ruled_neighbours"], own])


def hmm_posterior(page: dict, first: np.ndarray, stay_boilerplate: float = 0.85, stay_content: float = 0.98,
                  prior: float = 0.2) -> np.ndarray:
    emit_b = np.where(page["gone"], 1.0, np.clip(first, 1e-4, 1 - 1e-4))
    emit_c = np.where(page["gone"], 1e-6, 1 - np.clip(first, 1e-4, 1 - 1e-4))
    emit = np.stack([emit_c, emit_b], 1)
    move = np.array([[stay_content, 1 - stay_content], [1 - stay_boilerplate, stay_boilerplate]])
    n = len(first)
    forward, backward = np.zeros((n, 2)), np.ones((n, 2))
    forward[0] = np.array([1 - prior, prior]) * emit[0]
    forward[0] /= forward[0].sum()
    for i in range(1, n):
        forward[i] = (forward[i - 1] @ move) * emit[i]
        forward[i] /= forward[i].sum()
    for i in range(n - 2, -1, -1):
        backward[i] = move @ (emit[i + 1] * backward[i + 1])
        backward[i] /= backward[i].sum()
    posterior = forward * backward
    return posterior[:, 1] / posterior.sum(1)


def models(train: list[dict], test: list[dict], corpus: list[dict]) -> dict[str, list[np.ndarray]]:
    """Each model's scores of the ``test`` pages, fitted on ``train`` (+ the content pages)."""
    names = train[0]["names"]
    shape_only = [i for i, name in enumerate(names) if name not in ("lexicon", "old_rule")]
    w_first = fit(train + corpus)
    w_shape = fit(train + corpus, shape_only)
    sites = sorted({p["site"] for p in train})
    fold = {site: i % FOLDS for i, site in enumerate(sites)}
    out_of_fold = {}
    for k in range(FOLDS):
        w = fit([p for p in train if fold[p["site"]] != k] + corpus)
        out_of_fold.update({id(p): sigmoid(p["x"] @ w) for p in train if fold[p["site"]] == k})
    out_of_fold.update({id(p): sigmoid(p["x"] @ w_first) for p in corpus})
    x2 = np.vstack([stack_inputs(p, out_of_fold[id(p)]) for p in train + corpus])
    w_stack = train_clean.fit(x2, np.concatenate([p["y"] for p in train + corpus]), content_weight=3.0, l2=0.001)
    scores = defaultdict(list)
    for page in test:
        first = sigmoid(page["x"] @ w_first)
        scores["first"].append(first)
        scores["no-lex"].append(sigmoid(page["x"][:, shape_only] @ w_shape))
        scores["stacked"].append(sigmoid(stack_inputs(page, first) @ w_stack))
        scores["hmm"].append(hmm_posterior(page, first))
    return scores


def caught_at_lost(pages: list[dict], scores: list[np.ndarray]) -> str:
    pos = np.concatenate([s[~p["gone"] & (p["y"] == 1)] for p, s in zip(pages, scores, strict=True)])
    neg = np.concatenate([s[~p["gone"] & (p["y"] == 0)] for p, s in zip(pages, scores, strict=True)])
    if not len(pos) or not len(neg):
        return "no residual lines"
    auc = np.searchsorted(np.sort(neg), pos).sum() / (len(pos) * len(neg))
    ranked = np.sort(neg)[::-1]
    cells = " ".join(f"{b}:{int((pos > ranked[b] + 1e-12).sum())}" for b in BUDGETS if b < len(ranked))
    return f"residual {len(pos)} boilerplate / {len(neg)} content, AUC {auc:.3f}, caught at content lost {cells}"


def block_counts(pages: list[dict]) -> None:
    tests = {
        "title case": lambda line, s: s.capital_ratio >= 0.6 and s.words >= 2 and not s.prose,
        "no sentence end": lambda line, s: not s.ends_sentence and s.words >= 2,
        "a date": lambda line, s: bool(DATE.search(line)),
    }
    for name in [*tests, "short after the last long prose line"]:
        boilerplate = content = 0
        for page in pages:
            shapes, n = page["shapes"], len(page["lines"])
            if name in tests:
                flags = [tests[name](line, s) for line, s in zip(page["lines"], shapes, strict=True)]
            else:
                long_prose = [i for i, s in enumerate(shapes) if s.prose and s.words >= 25]
                last = long_prose[-1] if long_prose else n
                flags = [i > last and shapes[i].words <= 15 for i in range(n)]
            i = 0
            while i < n:
                j = i
                while j < n and flags[j]:
                    j += 1
                if j - i >= 3:
                    for k in range(i, j):
                        if not page["gone"][k]:
                            boilerplate += int(page["y"][k])
                            content += int(not page["y"][k])
                i = max(j, i + 1)
        print(f"  blocks of 3+ lines, {name}: residual boilerplate {boilerplate}, content {content}")


def per_kind(pages: list[dict], raw_weights: dict[str, LineWeights]) -> None:
    table = defaultdict(list)
    for page in pages:
        weights = raw_weights[page["site"]]
        signals = line_signals(page["lines"])
        for i, (score, sig) in enumerate(zip(weights.scores(signals), signals, strict=True)):
            if not page["gone"][i]:
                table[guess_kind(sig)].append((score, bool(page["y"][i])))
    for kind, rows in sorted(table.items(), key=lambda item: -len(item[1])):
        s = np.array([r[0] for r in rows])
        y = np.array([r[1] for r in rows])
        cells = " ".join(f"{t}:+{int(((s >= t) & y).sum())}/-{int(((s >= t) & ~y).sum())}"
                         for t in (0.2, 0.4, 0.6, 0.8, 0.9))
        print(f"  {kind:16s} residual {int(y.sum()):3d} boilerplate / {int((~y).sum()):4d} content; {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test-batch", default=None, help="fit on the other batches, judge this batch (counts only)")
    parser.add_argument("--blocks", action="store_true", help="count residual lines in blocks sharing a shape")
    parser.add_argument("--per-kind", action="store_true", help="held-out two-stage scores per guessed kind")
    args = parser.parse_args()
    pages, corpus = load_pages()
    chosen = [p for p in pages if p["batch"] == args.test_batch] if args.test_batch else pages
    removed = sum(int((p["gone"] & (p["y"] == 1)).sum()) for p in chosen)
    lost = sum(int((p["gone"] & (p["y"] == 0)).sum()) for p in chosen)
    total, content = sum(int(p["y"].sum()) for p in chosen), sum(int((p["y"] == 0).sum()) for p in chosen)
    print(f"{len(chosen)} tune pages{f' of batch {args.test_batch}' if args.test_batch else ''}; rules alone "
          f"(score off): removed {removed / max(1, total):.3f} of {total}, "
          f"content kept {1 - lost / max(1, content):.4f} of {content}")
    if args.blocks:
        block_counts(chosen)
        return
    if args.per_kind:
        import bench_clean_sites
        bench_clean_sites.PER_SITE = True
        raw = train_clean.labelled_pages("tune", aeb=False)
        signals = train_clean.page_signals(raw)
        corpus_signals = train_clean.page_signals(train_clean.clean_corpus_pages())
        weights = bench_clean_sites.loso_weights(raw, signals, corpus_signals, [], [], sorted(signals[0][0][0]), 0.0)
        per_kind(chosen, weights)
        return
    scores: dict[str, list[np.ndarray]] = defaultdict(list)
    if args.test_batch:
        scores = models([p for p in pages if p["batch"] != args.test_batch], chosen, corpus)
    else:
        order = []
        for site in sorted({p["site"] for p in pages}):
            test = [p for p in pages if p["site"] == site]
            order += test
            for name, values in models([p for p in pages if p["site"] != site], test, corpus).items():
                scores[name] += values
        chosen = order
    for name, values in scores.items():
        print(f"  {name:8s} {caught_at_lost(chosen, values)}")


if __name__ == "__main__":
    main()
