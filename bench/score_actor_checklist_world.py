"""Score the actors stage on the world actor check list, per half (tune / report).

Resolves every row of tests/fixtures/actor_checklist_world.tsv (halves `tune` and
`report`) and of actor_checklist_world_more.tsv (session 4's tune rows, shown as `more`) and
actor_checklist_world_more2.tsv (session 5's, `more2`) and actor_checklist_world_s11.tsv (session 11's
strings of the kinds another coder tests, its halves shown as `s11` and `s11rep`) and
actor_checklist_world_s12.tsv (session 12's, `s12` and `s12rep`) and actor_checklist_world_s16.tsv (session
16's strings in another coder's manner, `s16` and `s16rep`) and actor_checklist_world_s17.tsv (session 17's
strings of a coder whose dictionary comes from an encyclopaedia: untitled names, spellings, groups,
`s17` and `s17rep`) and actor_checklist_world_s18.tsv (session 18's noun phrases as an event coder's test
strings take them from news copy, `s18` and `s18rep`) and actor_checklist_world_s19.tsv (session 19's strings as
an event coder's dictionary tests hold them: capitals and lower case, titles by date, agents with no country, peoples,
plural bodies and adjectives that make no actor, whose PLOVER sector `none` wants nothing coded; `s19` and `s19rep`)
on its date with the bundled dictionaries and prints, per half, country accuracy (strict, and with the
ontology's old codes TMP/KSV taken as ISO's TLS/XKX and CAMEO's 'NGO' as '---'),
PLOVER sector accuracy when the stage reports a `plover_sector`, and country accuracy
by kind. `--misses` lists the tune rows' misses, country or sector (never the report half's);
`--skip-report` leaves the report halves (`report`, `s11rep`, `s12rep`, `s16rep`, `s17rep`, `s18rep`, `s19rep`)
unresolved
(tuning runs must not see their figures).

    PYTHONPATH=src python bench/score_actor_checklist_world.py [--misses] [--skip-report]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsevents.actors import load_lexicon, resolve_phrase

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
CHECKLIST = FIXTURES / "actor_checklist_world.tsv"
MORE = FIXTURES / "actor_checklist_world_more.tsv"  # all tune rows
MORE2 = FIXTURES / "actor_checklist_world_more2.tsv"  # session 5's tune rows, shown as `more2`
S11 = FIXTURES / "actor_checklist_world_s11.tsv"  # session 11's list: tune rows `s11`, report rows `s11rep`
S12 = FIXTURES / "actor_checklist_world_s12.tsv"  # session 12's list: tune rows `s12`, report rows `s12rep`
S16 = FIXTURES / "actor_checklist_world_s16.tsv"  # session 16's list: tune rows `s16`, report rows `s16rep`
S17 = FIXTURES / "actor_checklist_world_s17.tsv"  # session 17's list: tune rows `s17`, report rows `s17rep`
S18 = FIXTURES / "actor_checklist_world_s18.tsv"  # session 18's list: tune rows `s18`, report rows `s18rep`
S19 = FIXTURES / "actor_checklist_world_s19.tsv"  # session 19's list: tune rows `s19`, report rows `s19rep`
REPORT_HALVES = ("report", "s11rep", "s12rep", "s16rep", "s17rep", "s18rep", "s19rep")
TUNE_HALVES = ("tune", "more", "more2", "s11", "s12", "s16", "s17", "s18", "s19")
SAME_COUNTRY = {"TLS": "TMP", "XKX": "KSV", "NGO": "---"}
NO_ACTOR = "none"


def read_rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]


def checklist_rows() -> list[list[str]]:
    """The first list's rows, then the second list's, whose half is called `more`."""
    more = [row[:5] + ["more"] + row[6:] for row in read_rows(MORE)] if MORE.exists() else []
    more2 = [row[:5] + ["more2"] + row[6:] for row in read_rows(MORE2)] if MORE2.exists() else []
    s11 = [row[:5] + ["s11" if row[5] == "tune" else "s11rep"] + row[6:]
           for row in read_rows(S11)] if S11.exists() else []
    s12 = [row[:5] + ["s12" if row[5] == "tune" else "s12rep"] + row[6:]
           for row in read_rows(S12)] if S12.exists() else []
    s16 = [row[:5] + ["s16" if row[5] == "tune" else "s16rep"] + row[6:]
           for row in read_rows(S16)] if S16.exists() else []
    s17 = [row[:5] + ["s17" if row[5] == "tune" else "s17rep"] + row[6:]
           for row in read_rows(S17)] if S17.exists() else []
    s18 = [row[:5] + ["s18" if row[5] == "tune" else "s18rep"] + row[6:]
           for row in read_rows(S18)] if S18.exists() else []
    s19 = [row[:5] + ["s19" if row[5] == "tune" else "s19rep"] + row[6:]
           for row in read_rows(S19)] if S19.exists() else []
    return read_rows(CHECKLIST) + more + more2 + s11 + s12 + s16 + s17 + s18 + s19


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tune rows' misses (never the report's)")
    parser.add_argument("--skip-report", action="store_true", help="leave the report halves unresolved")
    args = parser.parse_args(argv)  # --help prints this and scores nothing (an unknown option is an error)
    lexicon = load_lexicon(())
    total, strict, aliased, sector_seen, sector_ok = Counter(), Counter(), Counter(), Counter(), Counter()
    by_kind, by_kind_ok = Counter(), Counter()
    misses = []
    for text, date, country, plover_sector, _cameo, half, kind, _note in checklist_rows():
        if half in REPORT_HALVES and args.skip_report:
            continue
        got = resolve_phrase(text, date, lexicon=lexicon)
        got_country = got.get("country") or "---"
        total[half] += 1
        strict[half] += got_country == country
        right = SAME_COUNTRY.get(got_country, got_country) == country
        aliased[half] += right
        by_kind[half, kind] += 1
        by_kind_ok[half, kind] += right
        got_sector = got.get("plover_sector") or NO_ACTOR  # a row wanting no actor has the sector `none`
        if "plover_sector" in got:
            sector_seen[half] += 1
            sector_ok[half] += got_sector == plover_sector
        sector_right = got_sector == plover_sector
        if (not right or not sector_right) and half in TUNE_HALVES:
            misses.append(f"  {half} {text!r} {date}: want {country} {plover_sector},"
                          f" got {got_country} {got.get('plover_sector')} ({got.get('code')})")
    for half in TUNE_HALVES + REPORT_HALVES:
        if not total[half]:
            continue
        line = (f"{half:6} rows {total[half]:4}  country {strict[half] / total[half]:.3f}"
                f"  (TLS/XKX/NGO aliases: {aliased[half] / total[half]:.3f})")
        if sector_seen[half]:
            line += f"  plover_sector {sector_ok[half] / total[half]:.3f}"
        else:
            line += "  plover_sector: not reported by the stage"
        print(line)
        kinds = sorted(kind for h, kind in by_kind if h == half)
        print("       " + " ".join(f"{k} {by_kind_ok[half, k]}/{by_kind[half, k]}" for k in kinds))
    if args.misses:
        print("tune rows' misses (country or sector):")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
