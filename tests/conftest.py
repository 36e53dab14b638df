"""Shared test helpers: where ../shared is, skipping cleanly when it is absent."""

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


def event_dyads(text: str, date: str) -> set[tuple[str, str, str]]:
    """(source country, target country or "---", code) of each event ``newsevents.code`` finds in ``text``."""
    import newsevents

    events = newsevents.code(text, title="", date=date)["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in events}


def mention_codes(text: str, lexicon, date: str, dateline: str | None = None) -> dict[str, str | None]:
    """Each actor mention's text and code as the actors stage resolves ``text`` (optionally under a dateline)."""
    from dataclasses import replace

    from newsevents.actors import resolve_actors
    from newsevents.actors.phrase import phrase_document

    doc = phrase_document(text, date)
    if dateline:
        doc = replace(doc, article=replace(doc.article, dateline=dateline))
    return {m.text: m.code for m in resolve_actors(doc, lexicon=lexicon).mentions}
