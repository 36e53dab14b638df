"""The gazetteer: every place name we can look up, offline, from ``data/places/`` (derived from
GeoNames and ISO 3166 by ``scripts/build_gazetteer.py``).

A name maps to all the places it may mean ("Paris": France's capital, a town in Texas);
``places.resolve`` picks one by context.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from newsevents import messages
from newsevents.resources import DataError, data_path, read_tsv


@dataclass(frozen=True)
class Place:
    """A place a name may mean."""

    name: str
    kind: str  # city | admin1 | country
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    primary: bool = True  # the name is the place's own, not one of its alternate names


def fold(name: str) -> str:
    """The lookup key of a name: accents and case folded, "the" and "St." normalised."""
    if name.isascii():  # nothing to decompose (most of the 140,000 names read at start-up)
        text = name
    else:
        text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower().strip(" .,;:")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.replace("saint ", "st ").replace("st. ", "st ").split())


def number(value: str, where: tuple[str, int]) -> float | None:
    """A coordinate or count cell; a malformed one is a DataError naming file and line."""
    try:
        return None if value == "" else float(value)
    except ValueError:
        reason = f"not a number: {value!r}"
        raise DataError(messages.DATA_ERROR.format(path=where[0], line=where[1], reason=reason)) from None


def rows(name: str, columns: int):
    path = data_path("places", name)
    for line, cells in read_tsv(path, columns=columns):
        yield (path, line), cells


class Gazetteer:
    """Names to places, and each country's and region's own entry."""

    def __init__(self) -> None:
        self.names: dict[str, list[Place]] = defaultdict(list)
        self.countries: dict[str, Place] = {}
        self.regions: dict[str, Place] = {}
        self.fips: dict[str, str] = {}

    def add(self, name: str, place: Place) -> None:
        key = fold(name)
        if key and place not in self.names[key]:
            self.names[key].append(place)

    def lookup(self, name: str) -> list[Place]:
        """Every place the name may mean (own names first)."""
        return self.names.get(fold(name), [])

    def country(self, iso3: str) -> Place | None:
        return self.countries.get(iso3)

    def region(self, code: str | None) -> Place | None:
        return self.regions.get(code) if code else None


def read_countries(gazetteer: Gazetteer) -> None:
    for where, (iso3, _iso2, fips, name, lat, lon, population) in rows("countries.tsv", 7):
        place = Place(name, "country", iso3, None, number(lat, where), number(lon, where),
                      int(number(population, where) or 0))
        gazetteer.countries[iso3] = place
        gazetteer.fips[iso3] = fips
        gazetteer.add(name, place)


def read_regions(gazetteer: Gazetteer) -> None:
    for where, (code, name, country, _type, lat, lon, alias, population) in rows("regions.tsv", 8):
        place = Place(name, "admin1", country, code, number(lat, where), number(lon, where),
                      int(number(population, where) or 0))
        gazetteer.regions[code] = place
        gazetteer.add(name, place)
        if alias:
            gazetteer.add(alias, place)


def read_cities(gazetteer: Gazetteer) -> None:
    for where, (_id, name, country, region, lat, lon, population, aliases) in rows("cities.tsv", 8):
        place = Place(name, "city", country, region or None, number(lat, where), number(lon, where),
                      int(number(population, where) or 0))
        gazetteer.add(name, place)
        if aliases:
            alternate = Place(place.name, place.kind, place.country, place.admin1, place.lat, place.lon,
                              place.population, primary=False)
            for alias in aliases.split("|"):
                gazetteer.add(alias, alternate)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read once per process."""
    gazetteer = Gazetteer()
    read_countries(gazetteer)
    read_regions(gazetteer)
    read_cities(gazetteer)
    return gazetteer
