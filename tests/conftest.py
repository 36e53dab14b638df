"""Shared test helpers: where ../shared is (skipping cleanly when absent), and coding a text into its events or
actors in the shapes the tests compare (``event_tuples``, ``event_reader``, ``actor_codes``, ``mention_codes``)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"

# a short story of our own, the body the cleaner's page tests wrap in chrome
HARBOUR_STORY = [
    "Harbour council votes to close the old ferry terminal",
    "The Harbour Town council voted on Tuesday to close the old ferry terminal after ten years of losses, ending "
    "a long dispute between the mayor and the traders.",
    "Mayor Ana Ruiz said the terminal had cost the town more than four million dollars since 2015 and that the "
    "money would now go to schools and roads.",
    "Traders who rent stalls at the terminal said they had not been told of the vote and would ask a court to stop "
    "the closure.",
]


# another, the body of the headline finder's and the signed quotes' page tests
BRIDGE_STORY = [
    "The regional council voted on Tuesday to close the old harbour bridge to lorries from next month, after an "
    "inspection found cracks in two of its steel girders.",
    "Council engineers said the bridge remained safe for cars and buses but could not carry heavy vehicles until "
    "the girders were replaced, work expected to take most of next year.",
    "Hauliers said the detour through the ring road would add forty minutes to every delivery to the port and "
    "asked the council to pay for a temporary crossing.",
]


def shared_path(*parts: str) -> Path:
    """A path under ../shared (read-only evaluation data); skips the test when absent."""
    path = ROOT.parent.joinpath("shared", *parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (evaluation data not present)")
    return path


@pytest.fixture(scope="session")
def lexicon():
    """The default actor dictionaries, loaded once for the whole run (the actors tests share them)."""
    from newsevents.actors import load_lexicon

    return load_lexicon()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def shared() -> Path:
    """The ../shared folder; the test is skipped with a clear message when it is absent."""
    return shared_path()


EVENT_DATE = "2021-03-10"  # the date most event tests code their sentences under

FAMILY = ("source", "target", "family")  # countries and the code's first two digits
WHOLE = ("source_code", "target_code", "code")  # whole actor codes and the code

# what each field of an event tuple reads from an event record (see ``event_tuples``)
_FIELDS = {"source": lambda e: (e["source"] or "---")[:3], "target": lambda e: (e["target"] or "---")[:3],
           "source_code": lambda e: e["source"] or "---", "target_code": lambda e: e["target"] or "---",
           "code": lambda e: e["code"], "family": lambda e: e["code"][:2], "root": lambda e: e["root"],
           "plover": lambda e: e["plover"], "modality": lambda e: e["modality"], "sentence": lambda e: e["sentence"]}


def coded_events(text: str, date: str | None = EVENT_DATE, *, title: str | None = "") -> list[dict]:
    """The event records ``newsevents.code`` finds in ``text``.

    ``title=""`` codes ``text`` as a record's body; ``title=None`` reads it as a page (its first line the headline).
    """
    import newsevents

    return newsevents.code(text, title=title, date=date)["events"]


def event_tuples(text: str, date: str | None = EVENT_DATE, *, fields: tuple[str, ...] = ("source", "target", "code"),
                 negated: bool = True, asserted: bool = False, family: str = "", title: str | None = "",
                 ordered: bool = False):
    """The events found in ``text`` as tuples of ``fields``: a set, or a list in coding order when ``ordered``.

    Fields: "source", "target" (the actor's country: its code's first three letters, "---" when there is none),
    "source_code", "target_code" (the whole actor code, "---" when none), "code", "family" (the code's first two
    digits), "root", "plover", "modality", "sentence". ``negated=False`` leaves out negated events, ``asserted``
    keeps only asserted ones, ``family`` only the events whose code starts with it.
    """
    getters = [_FIELDS[name] for name in fields]
    found = [tuple(get(e) for get in getters) for e in coded_events(text, date, title=title)
             if (negated or e["modality"] != "negated") and (not asserted or e["modality"] == "asserted")
             and e["code"].startswith(family)]
    return found if ordered else set(found)


def event_reader(date: str | None = EVENT_DATE, **options):
    """A test file's one-argument helper: ``event_tuples`` with that file's date (overridable) and options."""
    def read(text: str, date: str | None = date):
        return event_tuples(text, date, **options)

    return read


def event_dyads(text: str, date: str) -> set[tuple[str, str, str]]:
    """(source country, target country or "---", code) of each event ``newsevents.code`` finds in ``text``."""
    return event_tuples(text, date)


def actor_codes(text: str, date: str | None) -> dict[str, str | None]:
    """Each actor's text and code in the record ``newsevents.code`` makes of ``text``."""
    import newsevents

    return {a["text"]: a["code"] for a in newsevents.code(text, title="", date=date)["actors"]}


def mention_codes(text: str, lexicon, date: str, dateline: str | None = None) -> dict[str, str | None]:
    """Each actor mention's text and code as the actors stage resolves ``text`` (optionally under a dateline)."""
    from dataclasses import replace

    from newsevents.actors import resolve_actors
    from newsevents.actors.phrase import phrase_document

    doc = phrase_document(text, date)
    if dateline:
        doc = replace(doc, article=replace(doc.article, dateline=dateline))
    return {m.text: m.code for m in resolve_actors(doc, lexicon=lexicon).mentions}
