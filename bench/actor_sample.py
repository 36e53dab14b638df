"""Draw a fixed random sample of coded events from a `newsevents code --format jsonl` run, to judge actors by hand.

    python bench/actor_sample.py OUT.jsonl --lines even --n 150 --seed 31

Prints one event a block: article id, date, line, source text -> code, target text -> code, event code, sentence.
`--lines even` (or `odd`) keeps only the file's even (odd) 1-based lines, so that one half stays an untouched check.
"""
import argparse
import json
import random


def events(path, lines):
    """Yield (line number, article, event) for the chosen lines."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if lines == "even" and n % 2 or lines == "odd" and not n % 2:
                continue
            art = json.loads(line)
            for ev in art.get("events", []):
                yield n, art, ev


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--lines", choices=("even", "odd", "all"), default="even")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args(argv)
    pool = list(events(args.path, args.lines))
    pick = sorted(random.Random(args.seed).sample(range(len(pool)), min(args.n, len(pool))))
    for k, i in enumerate(pick, 1):
        n, art, ev = pool[i]
        print(f"#{k} {art['id']} {art.get('date')} line {n} {ev['id']}")
        print(f"   {ev.get('source_text')!r} -> {ev['source']}   {ev.get('target_text')!r} -> {ev['target']}"
              f"   {ev['code']} {ev['modality']} [{ev.get('trigger')}]")
        print(f"   {ev['sentence'][:400]}")
    print(f"# {len(pick)} of {len(pool)} events")


if __name__ == "__main__":
    main()
