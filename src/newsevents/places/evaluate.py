"""Scoring event places against a gold file of stories (``tests/fixtures/places/*.txt``).

Gold format: a story starts with ``=== id | YYYY-MM-DD | split=tune|report``; its lines follow (an
optional headline, a blank line, the body); each ``@ SOURCE TARGET ROOT COUNTRY CITY`` line is one event
with its gold place (CITY ``-`` when the place is not a city). A gold event is matched to a coded event
of the same source country, target country and CAMEO root; an event the coder misses counts as wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsevents.places.gazetteer import Gazetteer, fold

HEADER = re.compile(r"^=== (\S+) \| (\d{4}-\d{2}-\d{2}) \| split=(tune|report)\s*$")


@dataclass(frozen=True)
class GoldEvent:
    source: str
    target: str
    root: str
    country: str
    city: str | None


@dataclass(frozen=True)
class GoldStory:
    id: str
    date: str
    split: str
    title: str | None
    text: str
    events: tuple[GoldEvent, ...]

    def as_record(self) -> dict:
        return {"id": self.id, "title": self.title, "text": self.text, "date": self.date}


def read_stories(path: str | Path) -> list[GoldStory]:
    """The stories of one gold file; a malformed line raises ValueError naming file and line."""
    stories: list[GoldStory] = []
    current: list = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("==="):
            match = HEADER.match(line)
            if not match:
                raise ValueError(f"{path}:{number}: expected '=== id | date | split=tune|report'")
            if current:
                stories.append(story_of(current))
            current = [match.groups(), [], []]
        elif line.startswith("@"):
            cells = line[1:].split()
            if len(cells) < 5 or not current:
                raise ValueError(f"{path}:{number}: expected '@ SOURCE TARGET ROOT COUNTRY CITY'")
            source, target, root, country, city = cells[:4] + [" ".join(cells[4:])]
            current[2].append(GoldEvent(source, target, root, country, None if city == "-" else city))
        elif current:
            current[1].append(line)
    if current:
        stories.append(story_of(current))
    return stories


def story_of(parts: list) -> GoldStory:
    (story_id, date, split), lines, events = parts
    while lines and not lines[-1].strip():
        lines.pop()
    title = None
    if len(lines) > 2 and not lines[1].strip():
        title, lines = lines[0], lines[2:]
    return GoldStory(story_id, date, split, title, "\n".join(lines), tuple(events))


def same_city(gold: str, predicted: dict, gazetteer: Gazetteer) -> bool:
    """The predicted place is the gold city (a city-state named as its country counts: Singapore)."""
    if predicted.get("name") and fold(gold) == fold(predicted["name"]):
        return True
    if predicted.get("precision") != "city":
        return False
    return any(place.name == predicted["name"] and place.country == predicted["country"]
               for place in gazetteer.lookup(gold))


def score_places(stories: list[GoldStory], records: dict[str, dict], gazetteer: Gazetteer) -> dict:
    """Country and city accuracy of the gold events' places (a missed event is wrong)."""
    counts = {"events": 0, "matched": 0, "country": 0, "cities": 0, "city": 0, "cities_matched": 0}
    misses: list[str] = []
    for story in stories:
        coded = [e for e in records.get(story.id, {}).get("events", []) if e.get("modality") != "negated"]
        for gold in story.events:
            counts["events"] += 1
            counts["cities"] += gold.city is not None
            event = next((e for e in coded if e["source"][:3] == gold.source[:3]
                          and (e["target"] or "---")[:3] == gold.target[:3] and e["code"][:2] == gold.root), None)
            if event is not None:
                coded.remove(event)  # one coded event answers one gold event
            else:
                misses.append(f"{story.id}: no event {gold.source}-{gold.target} {gold.root}")
                continue
            counts["matched"] += 1
            counts["cities_matched"] += gold.city is not None
            place = event.get("location") or {}
            country_right = place.get("country") == gold.country
            counts["country"] += country_right
            city_right = gold.city is not None and same_city(gold.city, place, gazetteer)
            counts["city"] += city_right
            if not country_right or gold.city is not None and not city_right:
                misses.append(f"{story.id}: {gold.source}-{gold.target} {gold.root} place "
                              f"{place.get('name')}/{place.get('country')} ({place.get('source')}), "
                              f"gold {gold.city or '-'}/{gold.country}")
    return {**counts, "country_accuracy": counts["country"] / counts["events"] if counts["events"] else 0.0,
            "city_accuracy": counts["city"] / counts["cities"] if counts["cities"] else 0.0,
            "country_accuracy_matched": counts["country"] / counts["matched"] if counts["matched"] else 0.0,
            "city_accuracy_matched": counts["city"] / counts["cities_matched"] if counts["cities_matched"] else 0.0,
            "misses": misses}
