"""places: where each event happened, offline, with the words that say so.

Reads ``Document.article``, ``parsed``, ``mentions``, ``quotes`` and ``events``; sets each
event's ``location``. In order (docs/events.md, "Where"):

1. a place the event's own clause names: a toponym governed by the event's verb or noun ("in",
   "near", "outside" X; the town it attacks, enters or leaves), else a place named with "in/at/near"
   elsewhere in its sentence — never a place used as an actor ("Moscow said"), never a place inside
   a quote the event is not in;
2. else the dateline's place ("NAIROBI, March 3");
3. else the story's dominant place (the country most of its located places lie in);
4. else none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newsevents.model import Document, Event, Location
from newsevents.places.clause import is_locative, is_place_part, names_actor, sentence_toponyms, token_of
from newsevents.places.gazetteer import Gazetteer, Place, fold, load_gazetteer
from newsevents.places.toponyms import Context, Toponym, find_toponyms, resolve

__all__ = ["locate_events", "load_gazetteer"]
UNPLACED = {"---", "IGO", "NGO", "IMG", "MNC"}


def locate_events(doc: Document) -> Document:
    """The places stage."""
    if doc.article is None or not doc.parsed or not doc.events:
        return doc
    gazetteer = load_gazetteer()
    toponyms = find_toponyms(doc, gazetteer)
    story = story_countries(doc, toponyms, gazetteer)
    dateline = dateline_place(doc.article.dateline, gazetteer, Context(story=story))
    base = Context(dateline=dateline.country if dateline else None, story=story,
                   senses=story_senses(toponyms, dateline, gazetteer, Context(story=story)))
    dominant = dominant_place(doc, toponyms, gazetteer, base)
    events = []
    for event in doc.events:
        context = replace(base, actors=actor_countries(event))
        events.append(replace(event, location=locate(event, doc, toponyms, gazetteer, context, dateline, dominant)))
    return replace(doc, events=tuple(events))


def locate(event: Event, doc: Document, toponyms: list[Toponym], gazetteer: Gazetteer, context: Context,
           dateline: Place | None, dominant: tuple[Place, Toponym | None] | None) -> Location | None:
    for toponym in sentence_toponyms(event, doc, toponyms):
        place = resolve(toponym, context, gazetteer)
        if place.kind == "country" and dateline is not None and dateline.country == place.country:
            return location(dateline, "dateline", None)  # the dateline says where in that country
        return location(place, "sentence", toponym)
    if dateline is not None:
        return location(dateline, "dateline", None)
    if dominant is not None:
        place, toponym = dominant
        return location(place, "story", toponym)
    return None


def location(place: Place, source: str, toponym: Toponym | None) -> Location:
    return Location(name=place.name, country=place.country, precision=place.kind, source=source,
                    admin1=place.admin1, lat=place.lat, lon=place.lon,
                    start=toponym.start if toponym else None, end=toponym.end if toponym else None)


def actor_countries(event: Event) -> frozenset[str]:
    return frozenset(code[:3] for code in (event.source, event.target) if code and code[:3] not in UNPLACED)


def story_countries(doc: Document, toponyms: list[Toponym], gazetteer: Gazetteer) -> Counter:
    """Countries the story is about: its actors' and its unambiguous places'."""
    counts: Counter = Counter()
    for mention in doc.mentions:
        if mention.country and mention.country not in UNPLACED:
            counts[mention.country] += 1
    for toponym in toponyms:
        countries = {place.country for place in toponym.candidates}
        if len(countries) == 1:
            counts[countries.pop()] += 1
    return counts


def dateline_place(dateline: str | None, gazetteer: Gazetteer, context: Context) -> Place | None:
    """The place a dateline opens with ("NAIROBI, March 3" -> Nairobi; "GAZA CITY" -> Gaza City)."""
    if not dateline:
        return None
    name = dateline.split(",")[0].split("(")[0].strip()
    candidates = gazetteer.lookup(name)
    cities = [place for place in candidates if place.kind == "city"]  # a dateline names a city ("NEW YORK")
    first = Toponym(name, 0, 0, 0, 0, tuple(cities or candidates))
    if not first.candidates:
        return None
    rest = dateline.split(",")[1].strip() if "," in dateline else ""
    if rest and gazetteer.lookup(rest):  # "Paris, Texas, May 3"
        first = replace(first, qualifier=rest)
    return resolve(first, context, gazetteer)


def story_senses(toponyms: list[Toponym], dateline: Place | None, gazetteer: Gazetteer,
                 context: Context) -> dict[str, Place]:
    """One sense per story: the place a name was fixed to by the dateline ("PARIS, Texas") or by a
    qualifier ("Paris, Texas") is the place the same name means elsewhere in the story."""
    senses: dict[str, Place] = {}
    if dateline is not None:
        senses[fold(dateline.name)] = dateline
    for toponym in toponyms:
        if toponym.qualifier:
            place = resolve(toponym, context, gazetteer)
            senses.setdefault(fold(toponym.text), place)
    return senses


def dominant_place(doc: Document, toponyms: list[Toponym], gazetteer: Gazetteer,
                   context: Context) -> tuple[Place, Toponym | None] | None:
    """The story's place: the country most of its located places (after "in", "at", "near") lie in,
    at city precision when one city holds most of them; with no such place, its towns and regions
    named otherwise ("the suburbs of Damascus"), but not a capital named as a party."""
    located = [(t, resolve(t, context, gazetteer)) for t in toponyms if is_locative(t, doc)]
    if not located:  # a capital named as a party ("called on Moscow to help") is no place
        metonyms = [(m.start, m.end) for m in doc.mentions if m.kind in ("capital", "country", "seat")]
        named = [(t, resolve(t, context, gazetteer)) for t in toponyms if not names_actor(t, doc)
                 and (is_place_part(token_of(t, doc))
                      or not any(start < t.end and t.start < end for start, end in metonyms))]
        located = [(t, place) for t, place in named if place.kind != "country"]
    if not located:
        return None
    country, count = Counter(place.country for _, place in located).most_common(1)[0]
    cities = Counter((place.name, place.admin1) for _, place in located if place.country == country
                     and place.kind == "city")
    if cities:
        (name, _), city_count = cities.most_common(1)[0]
        if city_count * 2 > count:
            toponym, place = next((t, p) for t, p in located if p.name == name and p.country == country)
            return place, toponym
    place = gazetteer.country(country)
    return (place, None) if place is not None else None
