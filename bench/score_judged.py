"""Precision of the events stage on a hand-judged sample (tests/fixtures/judged_events): codes the sample's
625 corpus articles (texts from ../shared/corpora) and matches each written event to the judgement of its
article, source, target, code and modality (``newsevents.events.judged_sample``). Prints right, wrong by
verdict, precision of the judged events, and how many events no judgement names (``--list`` prints them,
with their sentences, to be judged; ``--wrong`` prints the wrong ones still written).

Two samples: ``s26`` (625 articles, judged in the twenty-sixth session and tuned on the same session: a
regression figure — did a change write wrong events again, or lose right ones) and ``s27`` (621 other
articles, judged at the start of the twenty-seventh session before any rule of that session was written, in
two halves by article: ``--split tune`` may be read to find kinds of error, ``--split report`` is for measuring).

    PYTHONPATH=src python bench/score_judged.py [--sample s26|s27] [--split tune|report]
        [--corpora ../shared/corpora] [--list] [--wrong]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsevents.events.evaluate import corpora_beside, corpus_article
from newsevents.events.judged_sample import read_judgements, score_judged
from newsevents.pipeline import code_documents
from newsevents.record import to_record

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "judged_events"
SAMPLES = {"s26": ("articles.jsonl", "judged.tsv"), "s27": ("articles_s27.jsonl", "judged_s27.tsv")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", help="folder of corpora [default: the nearest shared/corpora above the sample]")
    parser.add_argument("--sample", choices=sorted(SAMPLES), default="s26", help="which judged sample [default: s26]")
    parser.add_argument("--split", choices=["tune", "report"], help="only the articles of this half (sample s27)")
    parser.add_argument("--list", action="store_true", help="print the events no judgement names")
    parser.add_argument("--wrong", action="store_true", help="print the events judged wrong that are still written")
    args = parser.parse_args()
    articles, judged = (SAMPLE / name for name in SAMPLES[args.sample])
    folder = Path(args.corpora) if args.corpora else corpora_beside(articles)
    items = [corpus_article(folder, wanted["corpus"], wanted["id"])
             for wanted in map(json.loads, articles.read_text(encoding="utf-8").splitlines())
             if args.split is None or wanted.get("split") == args.split]
    if None in items:
        raise SystemExit(f"{articles}: an article is not in the corpora under {folder}")
    records = [to_record(document) for document in code_documents(items)]  # the corpus records, as `code` reads them
    judgements = read_judgements(judged)
    score = score_judged(records, judgements)
    wrong = sum(score.wrong.values())
    print(f"{len(items)} articles: right {score.right}, wrong {wrong} "
          f"({', '.join(f'{k} {n}' for k, n in score.wrong.most_common())}), precision {score.precision:.3f}; "
          f"{len(score.unjudged)} events not judged")
    if args.list:
        for key, sentence in score.unjudged:
            print("\t".join(key), sentence, sep="\t")
    if args.wrong:
        for record in records:
            for event in record["events"]:
                key = (record["id"], event["source"], event.get("target") or "---", event["code"], event["modality"])
                verdicts = judgements.get(key, [])
                if verdicts and verdicts[0] != "right" and event["modality"] != "negated":
                    print("\t".join(key), verdicts[0], event.get("sentence") or "", sep="\t")


if __name__ == "__main__":
    main()
