"""The world actor check list (tests/fixtures/actor_checklist_world.tsv) is well formed.

It is evaluation data for issue #12, so a broken row (a typo in a code, a row in no half)
would silently skew the published figure; these checks catch that when the file is edited.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import shared_path

CHECKLIST = Path(__file__).parent / "fixtures" / "actor_checklist_world.tsv"
COLUMNS = ["text", "date", "country", "plover_sector", "cameo", "split", "kind", "note"]
KINDS = {
    "person", "party", "legislature", "agency", "military-unit", "militia", "rebel-group",
    "company", "university", "media", "criminal-group", "generic-group", "igo", "ngo", "ship",
    "other",
}
MIN_ROWS = 320


def read_checklist() -> list[dict[str, str]]:
    """Rows of the check list as dicts, with their line number under '_line'."""
    lines = CHECKLIST.read_text(encoding="utf-8").splitlines()
    body = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    header = body[0][1].split("\t")
    assert header == COLUMNS, f"{CHECKLIST.name}:{body[0][0]}: header {header}"
    rows = []
    for number, line in body[1:]:
        fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(fields) == len(COLUMNS), f"{CHECKLIST.name}:{number}: {len(fields)} fields"
        row = dict(zip(COLUMNS, fields, strict=True))
        row["_line"] = str(number)
        rows.append(row)
    return rows


def test_rows_parse_and_fields_are_well_formed() -> None:
    rows = read_checklist()
    assert len(rows) >= MIN_ROWS
    seen = set()
    for row in rows:
        where = f"{CHECKLIST.name}:{row['_line']}"
        assert row["text"].strip() == row["text"] and row["text"], where
        assert re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", row["date"]), where
        assert re.fullmatch(r"[A-Z]{3}|---", row["country"]), where
        assert re.fullmatch(r"[A-Z]{3}", row["plover_sector"]), where
        assert row["kind"] in KINDS, f"{where}: kind {row['kind']!r}"
        assert row["split"] in {"tune", "report"}, where
        if row["cameo"]:
            assert row["cameo"].startswith(row["country"]), f"{where}: cameo {row['cameo']}"
            assert re.fullmatch(r"([A-Z]{3})+", row["cameo"]), where
        key = (row["text"], row["date"])
        assert key not in seen, f"{where}: duplicate row {key}"
        seen.add(key)


def test_split_follows_the_header_rule_and_both_halves_cover_every_kind() -> None:
    """Odd rows of each kind (in file order) are tune, even rows report."""
    rows = read_checklist()
    numbered: Counter[str] = Counter()
    for row in rows:
        numbered[row["kind"]] += 1
        expected = "tune" if numbered[row["kind"]] % 2 else "report"
        assert row["split"] == expected, f"{CHECKLIST.name}:{row['_line']}: split"
    for half in ("tune", "report"):
        kinds = {row["kind"] for row in rows if row["split"] == half}
        assert kinds == KINDS, f"{half} half lacks {sorted(KINDS - kinds)}"


def known_countries() -> set[str]:
    """Every code in the first column of ../shared/ontology/countries.tsv (dated ones too)."""
    path = shared_path("ontology", "countries.tsv")
    codes = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        codes.update(re.findall(r"[A-Z]{3,6}", line.split("\t")[0]))
    return codes


def plover_sectors() -> set[str]:
    path = shared_path("ontology", "plover_sector_codes.tsv")
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:] if line}


@pytest.mark.parametrize("column", ["country", "plover_sector"])
def test_codes_are_in_the_ontology(column: str) -> None:
    allowed = known_countries() | {"IGO", "---"} if column == "country" else plover_sectors()
    bad = [f"{row['_line']}:{row[column]}" for row in read_checklist() if row[column] not in allowed]
    assert not bad, f"{column} codes not in ../shared/ontology: {bad}"
