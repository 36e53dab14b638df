"""Where: score event places on our gold stories (tests/fixtures/places), per half.

    PYTHONPATH=src python bench/eval_places.py [--split tune|report|all] [--misses]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsevents.pipeline import code_many
from newsevents.places.evaluate import read_stories, score_places
from newsevents.places.gazetteer import load_gazetteer

GOLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "places"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="all", choices=["tune", "report", "all"])
    parser.add_argument("--misses", action="store_true", help="list the events placed wrong or not coded")
    args = parser.parse_args()
    stories = [s for path in sorted(GOLD.glob("stories_*.txt")) for s in read_stories(path)]
    for split in (["tune", "report"] if args.split == "all" else [args.split]):
        chosen = [s for s in stories if s.split == split]
        records = {r["id"]: r for r in code_many([s.as_record() for s in chosen])}
        result = score_places(chosen, records, load_gazetteer())
        print(f"{split}: {len(chosen)} stories, {result['events']} events ({result['matched']} coded): "
              f"country {result['country_accuracy']:.3f} ({result['country_accuracy_matched']:.3f} of coded), "
              f"city {result['city_accuracy']:.3f} of {result['cities']} "
              f"({result['city_accuracy_matched']:.3f} of {result['cities_matched']} coded)")
        if args.misses:
            print("\n".join("  " + m for m in result["misses"]))


if __name__ == "__main__":
    main()
