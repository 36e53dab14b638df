"""Readers of the people in ../shared/kb (CIA World Leaders 2019, Wikidata heads to 2022, Archigos, REIGN, UK
ministers): each turns its source into plain facts (a person's name, code, title and dates) for build_actors.py."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from kb_countries import CountryTables
from kb_evidence import folded

# CIA titles -> sector, first match wins (conventions in docs/actors.md)
TITLE_SECTORS = (
    (re.compile(r"\b(defen[cs]e|armed forces|war)\b", re.I), "GOVMIL"),
    (re.compile(r"\b(prosecutor|chief justice|supreme court)\b", re.I), "JUD"),
    (re.compile(r"\bspeaker\b", re.I), "LEG"),
    (re.compile(r"\b(chief of (the )?(general )?staff|commander)\b", re.I), "MIL"),
    (re.compile(r"\bintelligence\b", re.I), "SPY"),
)


@dataclass(frozen=True)
class Person:
    name: str
    code: str
    start: str | None
    end: str | None
    title: str



def cia_name(name: str) -> str:
    """'Juri RATAS' -> 'Juri Ratas', 'Ayman al-SAFADI' -> 'Ayman al-Safadi' (the CIA writes
    surnames in capitals)."""
    return re.sub(r"\b([A-Z])([A-Z]+)\b", lambda m: m.group(1) + m.group(2).lower(), name)


def title_sector(title: str) -> str:
    for pattern, sector in TITLE_SECTORS:
        if pattern.search(title):
            return sector
    return "GOV"


def people_cia(kb: Path, tables: CountryTables) -> list[Person]:
    """The 2019 snapshot's office-holders (undated). A name it lists under two countries is
    left out: namesakes, or an error (South Africa's finance minister also under Ethiopia),
    and an undated row cannot tell them apart."""
    found = []
    with open(kb / "cia_world_leaders_2019.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            country = tables.iso2.get(row["iso2"])
            name = cia_name(row["name"])
            if country and len(name.split()) >= 2 and "vacant" not in name.lower():
                found.append(Person(name, country + title_sector(row["title"]), None, None, row["title"]))
    countries: dict[str, set[str]] = {}
    for person in found:
        countries.setdefault(folded(person.name), set()).add(person.code[:3])
    return [person for person in found if len(countries[folded(person.name)]) == 1]


def people_wikidata(kb: Path, tables: CountryTables) -> list[Person]:
    found = []
    with open(kb / "world_leaders_2021_wikidata.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = tables.names.get(row["country"].lower())
            name = row["officeholderLabel"]
            if not country or not row["start_year"] or len(name.split()) < 2 or name.startswith("Q"):
                continue
            end = f"{row['end_year']}-12-31" if row["end_year"] else None
            found.append(Person(name, country + "GOV", f"{row['start_year']}-01-01", end, row["positionLabel"]))
    return found


def people_archigos(kb: Path, tables: CountryTables) -> list[Person]:
    """One row per spell (``obsid``), from its first to its last leader-year."""
    spells: dict[tuple[str, str], list[str]] = {}
    with open(kb / "archigos_annual.txt", encoding="latin-1") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            uri = row["dbpedia.uri"]
            if "/resource/" not in uri:
                continue
            name = re.sub(r"\s*\(.*\)$", "", unquote(uri.rsplit("/", 1)[1]).replace("_", " "))
            key = (row["obsid"], name)
            spell = spells.setdefault(key, [row["startdate"], row["enddate"], row["idacr"]])
            spell[0], spell[1] = min(spell[0], row["startdate"]), max(spell[1], row["enddate"])
    found = []
    for (_obsid, name), (start, end, idacr) in spells.items():
        country = tables.cow.get(idacr)
        if country and end >= "1945-01-01" and len(name.split()) >= 2:
            found.append(Person(name, country + "GOV", start, end, "Leader (Archigos)"))
    return found


def people_reign(kb: Path, tables: CountryTables, known: list[Person]) -> list[Person]:
    """REIGN names leaders by surname: a spell is added to the one person of that surname
    and country already known by full name, else left out."""
    by_surname: dict[tuple[str, str], set[str]] = {}
    for person in known:
        by_surname.setdefault((person.code[:3], person.name.split()[-1].lower()), set()).add(person.name)
    found = []
    with open(kb / "reign_leaderlist_3_21.csv", encoding="cp1252", errors="replace") as handle:
        for row in csv.DictReader(handle):
            country = tables.cow.get(row["stateabb"])
            names = by_surname.get((country or "", row["leader"].split()[-1].lower()), set())
            if not country or len(names) != 1 or not row["syear"]:
                continue
            start = f"{row['syear']}-{int(row['smonth']):02d}-01"
            end = f"{row['eyear']}-{int(row['emonth']):02d}-01" if row["eyear"] else None
            found.append(Person(next(iter(names)), country + "GOV", start, end, "Leader (REIGN)"))
    return found


def people_uk(kb: Path) -> list[Person]:
    folder = kb / "ifg_uk_ministers"

    def rows(name: str) -> list[dict]:
        with open(folder / name, encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    names: dict[str, str] = {}
    for row in rows("person.csv"):  # a person's latest-starting name that is not a title
        if not row["name"].startswith(("Lord ", "Baroness ", "Lady ")) or row["id"] not in names:
            names[row["id"]] = row["name"]
    posts = {row["id"]: row["name"] for row in rows("post.csv")}
    found = []
    for row in rows("appointment.csv"):
        name, post = names.get(row["person_id"]), posts.get(row["post_id"], "")
        if name and row["start_date"]:
            found.append(Person(name, "GBR" + title_sector(post), row["start_date"], row["end_date"] or None, post))
    return found

