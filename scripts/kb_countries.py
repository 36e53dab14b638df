"""Country codes for the who-is-who sources in ../shared/kb: ISO3 from ISO 3166 alpha-2, COW letters and
numbers and Gleditsch-Ward numbers, with the fixes the shared ontology needs (used by kb_people.py and kb_groups.py)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(10_000_000)  # the sources' long cells; kb_people and kb_groups import this module

# Gleditsch-Ward numbers that differ from COW's (Gleditsch & Ward 1999, list of independent states)
GW_TO_ISO3 = {"260": "DEU", "265": "DEU", "340": "SRB", "347": "SRB", "345": "SRB", "678": "YEM",
              "680": "YEM", "816": "VNM", "817": "VNM", "711": "CHN", "712": "MNG", "626": "SSD", "529": "ETH"}
COW_FIXES = {"GFR": "DEU", "GDR": "DEU", "YAR": "YEM", "YPR": "YEM", "RVN": "VNM", "DRV": "VNM",
             "ZAN": "TZA", "YUG": "SRB", "CZE": "CZE", "USR": "RUS", "RUM": "ROU", "KOS": "XKX",
             "PNG": "PNG", "GUI": "GIN", "DRC": "COD", "CON": "COG"}
# The ontology's rows for Guinea, Guatemala, Israel and Myanmar carry another state's ISO 3166 alpha-2 code
# (Papua New Guinea's PG, Guadeloupe's GP, Iceland's IS, Mozambique's MZ) and Guinea Papua New Guinea's COW
# codes, and both Congos have COW's DRC: without these fixes the CIA's Guinean, Guatemalan, Israeli and Burmese
# office-holders were lost and Papua New Guinea's coded as Guinea's (session 11). ISO 3166 codes as pycountry has them.
ISO2_FIXES = {"GN": "GIN", "PG": "PNG", "GT": "GTM", "IL": "ISR", "IS": "ISL", "MM": "MMR", "MZ": "MOZ"}
COW_NUMBER_FIXES = {"910": "PNG", "438": "GIN", "490": "COD", "484": "COG"}


@dataclass(frozen=True)
class CountryTables:
    iso2: dict[str, str]
    cow: dict[str, str]  # COW letters -> ISO3
    cow_number: dict[str, str]
    names: dict[str, str]  # lower-case English name -> ISO3
    ours: set[str]  # ISO3 codes our countries.tsv knows


def country_tables(ontology: Path, ours: Path) -> CountryTables:
    iso2, cow, cow_number, names = {}, {}, {}, {}
    with open(ontology, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["iso3_cameo"][:3]
            if not re.fullmatch(r"[A-Z]{3}", code):
                continue
            iso2.setdefault(row["iso2"], code)
            if row["cow_alpha"] != "---":
                cow.setdefault(row["cow_alpha"], code)
                cow_number.setdefault(row["cow_numeric"].lstrip("0"), code)
            names.setdefault(row["name"].replace("_", " ").lower(), code)
    known = set()
    with open(ours, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, country_names = line.split("\t")[:2]
            known.add(code)
            for name in country_names.split("|"):
                names.setdefault(name.strip().lower(), code)
    cow.update(COW_FIXES)
    cow_number.update(COW_NUMBER_FIXES)
    iso2.update({alpha2: code for alpha2, code in ISO2_FIXES.items() if code in known})
    return CountryTables(iso2, cow, cow_number, names, known)

