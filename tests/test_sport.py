"""Sport pages: teams named by their country are not states (events/sport.py)."""

from __future__ import annotations

from conftest import FAMILY, coded_events, event_tuples
from newsevents.events.sport import sport_page, team_like
from newsevents.model import Mention

MATCH_REPORT = (
    "Wales 24-18 Italy\n\n"
    "Wales twice threatened further scores in the first half, but Italy hit back in the 11th minute when their "
    "striker scored from a kick at the stadium.\n\n"
    "The coach praised his players after the match, and the fans sang until the final whistle of the tournament "
    "game.\n\n"
    "Italy now travel to Edinburgh, where Scotland's goalkeeper returns for the championship decider."
)


def test_sport_page_is_told_by_its_words():
    assert sport_page(MATCH_REPORT)
    assert not sport_page("Russia and Ukraine agreed on Tuesday to hold talks in Istanbul on a ceasefire, "
                          "the Turkish foreign ministry said, after a season of fighting.")


def test_sport_page_drops_games_between_countries():
    events = coded_events(MATCH_REPORT, "2005-02-12", title=None)
    assert not events


def test_sport_page_keeps_politics_between_governments():
    page = MATCH_REPORT + "\n\nIran refuses to recognise Israel and does not allow its athletes to compete."
    assert ("IRN", "ISR", "12") in event_tuples(page, "2005-02-12", title=None, fields=FAMILY)


def test_team_like_sides():
    assert team_like(Mention(text="Wales", start=0, end=5, code="GBR", kind="country"))
    assert not team_like(Mention(text="the foreign minister", start=0, end=20, code="GBRGOV", kind="role"))
