"""Our patterns, ``--mode merge`` and ``--mode petrarch`` side by side on every gold set we have
(figures for docs/petrarch.md). Needs ../shared.

    python bench/petrarch_compare.py [--corpus-limit 60]

* plover_gsr_dev: the referee (../shared/eval/score.py), ours / merge / petrarch (Phoenix.* + CAMEO.2.0.txt);
  petrarch mode also on the even records (sorted by id: tuned on) and the odd ones (held out)
* tests/fixtures/event_sentences.tsv: PLOVER dyads F1, as tests/test_placing.py counts it
* petr2_pytest_events: records whose every expected (source, target, code root) is found
* petr_unittest (active) with PETR.Validate.*: exact share per category, on the even records
  (tuned on) and the odd ones (held out)
* BBC and Reuters samples: events per mode, and a few events merge adds
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from newsevents.pipeline import Options, code_documents  # noqa: E402
from newsevents.record import to_record  # noqa: E402

PETRARCH2 = SHARED / "dicts" / "petrarch2"


def config(folder: Path, names: list[str]) -> str:
    """A folder of links to the chosen dictionary files."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in PETRARCH2.iterdir():
        if any(path.name.startswith(n) for n in names):
            (folder / path.name).symlink_to(path)
    return str(folder)


def run(items: list[dict], options: Options) -> list[dict]:
    return [to_record(doc) for doc in code_documents(items, options=options)]


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def referee(gold: Path, records: list[dict], tmp: Path, name: str) -> str:
    out = tmp / f"{name}.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "events", str(gold), str(out)],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def written_sentences() -> list[tuple[str, Counter]]:
    rows = []
    for line in (ROOT / "tests" / "fixtures" / "event_sentences.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sentence, expected = line.split("\t")
        keys: Counter = Counter()
        for item in expected.split("|"):
            dyad, category = item.split(":")
            source, target = dyad.split(">")
            keys[(source, target, category)] += 1
        rows.append((sentence, keys))
    return rows


def written_f1(options: Options) -> str:
    rows = written_sentences()
    items = [{"id": str(i), "title": "", "text": s, "date": "2005-06-01"} for i, (s, _) in enumerate(rows)]
    tp = fp = fn = 0
    for (_, want), record in zip(rows, run(items, options), strict=True):
        got = Counter((e["source"][:3], e["target"][:3], e["plover"]) for e in record["events"]
                      if e["modality"] != "negated")
        hit = sum((want & got).values())
        tp, fp, fn = tp + hit, fp + sum(got.values()) - hit, fn + sum(want.values()) - hit
    return f"tp {tp} fp {fp} fn {fn} F1 {2 * tp / (2 * tp + fp + fn):.3f}"


def unittest_share(folder: str) -> list[str]:
    gold = [r for r in read_jsonl(SHARED / "gold" / "events" / "petr_unittest.jsonl") if r["active"]]
    gold.sort(key=lambda r: r["id"])
    items = [{"id": r["id"], "title": "", "text": r["text"], "date": r["date"]} for r in gold]
    out = run(items, Options(dictionaries=folder, default_actors=False))  # their dictionaries alone
    lines = []
    for half, keep in (("tuned (even)", 0), ("held out (odd)", 1), ("all", None)):
        total: Counter = Counter()
        right: Counter = Counter()
        for n, (record, result) in enumerate(zip(gold, out, strict=True)):
            if keep is not None and n % 2 != keep:
                continue
            expected = Counter((e["source"], e["target"], e["code"]) for e in record["expected"])
            got = Counter((e["source"], e["target"], e["code"]) for e in result["events"])
            total[record["category"]] += 1
            right[record["category"]] += expected == got
        share = sum(right.values()) / sum(total.values())
        per = ", ".join(f"{c} {right[c]}/{total[c]}" for c in sorted(total))
        lines.append(f"{half}: {sum(right.values())}/{sum(total.values())} = {share:.3f} ({per})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus-limit", type=int, default=60, help="articles of BBC and of Reuters")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="petrarch-compare-"))
    phoenix = config(tmp / "phoenix", ["Phoenix.", "CAMEO."])
    validate = config(tmp / "validate", ["PETR.Validate."])
    modes = {"ours": Options(), "merge": Options(dictionaries=phoenix, dictionary_mode="merge"),
             "petrarch": Options(dictionaries=phoenix, dictionary_mode="petrarch")}
    dev = SHARED / "gold" / "events" / "plover_gsr_dev.jsonl"
    for name, options in modes.items():
        print(f"plover_gsr_dev {name}: {referee(dev, run(read_jsonl(dev), options), tmp, name)}")
    for half, keep in (("even (tuned on)", 0), ("odd (held out)", 1)):
        rows = sorted(read_jsonl(dev), key=lambda r: r["id"])[keep::2]
        gold = tmp / f"dev_{keep}.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"plover_gsr_dev {half} petrarch: {referee(gold, run(rows, modes['petrarch']), tmp, f'half{keep}')}")
    for name, options in modes.items():
        print(f"written sentences {name}: {written_f1(options)}")
    pytest_gold = read_jsonl(SHARED / "gold" / "events" / "petr2_pytest_events.jsonl")
    for name, options in modes.items():
        out = run(pytest_gold, options)
        hits = sum(all(any((e["source"], e["target"], e["code"][:2]) == (x["source"], x["target"], x["code"][:2])
                           for e in r["events"]) for x in g["expected"]) for g, r in zip(pytest_gold, out, strict=True))
        print(f"petr2_pytest_events {name}: {hits}/{len(pytest_gold)}")
    for line in unittest_share(validate):
        print(f"petr_unittest petrarch mode, {line}")
    for corpus in ("bbc_news", "reuters21578"):
        articles = read_jsonl(SHARED / "corpora" / corpus / "articles.jsonl", args.corpus_limit)
        results = {name: run(articles, options) for name, options in modes.items()}
        counts = ", ".join(f"{name} {sum(len(r['events']) for r in out)}" for name, out in results.items())
        print(f"{corpus} ({len(articles)} articles) events: {counts}")
        shown = 0
        for ours, merged in zip(results["ours"], results["merge"], strict=True):
            before = {(e["source"], e["target"], e["code"], e["start"]) for e in ours["events"]}
            for e in merged["events"]:
                if (e["source"], e["target"], e["code"], e["start"]) not in before and shown < 8:
                    shown += 1
                    added = f"{e['source']} {e['target']} {e['code']} ({e['trigger']})"
                    print(f"   merge adds {added}: {e['sentence'][:120]}")


if __name__ == "__main__":
    main()
