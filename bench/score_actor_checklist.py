"""Score the world actor check list (tests/fixtures/actor_checklist_world.tsv) on one half.

    PYTHONPATH=src python bench/score_actor_checklist.py --split tune [--misses]

Prints country and PLOVER-sector accuracy (and the rows missed with --misses). Tune on
``tune``; ``report`` is the half we publish and do not look at row by row.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsevents.actors import resolve_phrase
from newsevents.resources import read_tsv

CHECKLIST = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "actor_checklist_world.tsv"


def checklist_rows(split: str) -> list[list[str]]:
    rows = [cells for _, cells in read_tsv(CHECKLIST, columns=8, optional=1) if cells[0] != "text"]
    return [cells for cells in rows if split in ("all", cells[5])]


def score(rows: list[list[str]]) -> tuple[float, float, list[tuple]]:
    """(country accuracy, sector accuracy, misses)."""
    country_right = sector_right = 0
    misses = []
    for text, date, country, sector, _cameo, _split, kind, _note in rows:
        result = resolve_phrase(text, date)
        got_country = result["country"] or "---"
        got_sector = result["plover_sector"]
        country_right += got_country == country
        sector_right += got_sector == sector
        if got_country != country or got_sector != sector:
            misses.append((kind, text, date, country, sector, got_country, got_sector, result["code"]))
    return country_right / len(rows), sector_right / len(rows), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--misses", action="store_true", help="list the rows missed (tune half only)")
    args = parser.parse_args()
    rows = checklist_rows(args.split)
    country, sector, misses = score(rows)
    print(f"{args.split}: {len(rows)} rows, country {country:.3f}, PLOVER sector {sector:.3f}")
    if args.misses and args.split == "tune":
        for miss in sorted(misses):
            print("\t".join(str(x) for x in miss))


if __name__ == "__main__":
    main()
