"""How far two careful coders agree on real articles: a second coder's blind coding
(tests/fixtures/real_articles/second_coding.jsonl) scored against the gold as the coder is,
by dyads of (source country, target country, CAMEO root), gold targets '---' matching any.

    PYTHONPATH=src python bench/coder_agreement.py

The figure is the ceiling the issue's F1 target sits under: a coder cannot agree with the gold
more than a second person does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsevents.events.evaluate import EventScore, align_untargeted, dyads, read_gold

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real_articles"


def agreement(gold_path: Path, second_path: Path) -> tuple[EventScore, list[tuple[str, int, int, int]]]:
    """The second coding's P/R/F1 against the gold, and per article (id, second, gold, agreed)."""
    gold = {g["id"]: g for g in read_gold(gold_path)}
    score, rows = EventScore(scheme="cameo-root"), []
    for second in read_gold(second_path):
        want = dyads(gold[second["id"]]["expected"], "cameo-root")
        got = align_untargeted(want, dyads(second["expected"], "cameo-root"))
        agreed = sum((want & got).values())
        score.tp += agreed
        score.fp += sum(got.values()) - agreed
        score.fn += sum(want.values()) - agreed
        rows.append((second["id"], sum(got.values()), sum(want.values()), agreed))
    return score, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=FIXTURES / "gold.jsonl")
    parser.add_argument("--second", type=Path, default=FIXTURES / "second_coding.jsonl")
    args = parser.parse_args()
    score, rows = agreement(args.gold, args.second)
    for article, second, gold, agreed in rows:
        print(f"{article}\tsecond {second}\tgold {gold}\tagreed {agreed}")
    print(f"second coder against the gold: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")


if __name__ == "__main__":
    main()
