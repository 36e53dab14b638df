"""Session 15 (issue #11's actors): honorifics before a name no dictionary knows (data/actors/honorifics.tsv).
Strings written for these tests, not taken from any gold set."""

from __future__ import annotations

from conftest import mention_codes
from newsevents.actors.honorifics import honorifics


def coded(text: str, lexicon, date: str = "2006-03-02") -> dict[str, str | None]:
    return mention_codes(text, lexicon, date)


def test_a_peer_or_knight_is_an_elite_of_the_storys_country(lexicon):
    text = ("Britain's cabinet met in London. British ministers spoke. "
            "Lord Penhallow said the plan was rushed, and Dame Eira Probert agreed.")
    found = coded(text, lexicon)
    assert found["Lord Penhallow"] == "GBRELI"
    assert found["Dame Eira Probert"] == "GBRELI"


def test_a_written_country_wins_over_the_home_country(lexicon):
    text = "Britain's cabinet met in London. British ministers spoke. Canadian Senator Sir Alder Quist was there."
    assert any(code == "CANLEG" for code in coded(text, lexicon).values())


def test_a_member_of_a_legislature_by_title(lexicon):
    text = "Ohio voted on Tuesday in the United States. Representative Dale Kubrick said he was pleased."
    assert coded(text, lexicon)["Representative Dale Kubrick"] == "USALEG"


def test_an_honorific_in_lower_case_or_alone_is_prose(lexicon):
    found = coded("Britain's cabinet met in London. A sales representative and the lord of the manor spoke.",
                  lexicon)
    assert not any("representative" in text.lower() or "lord" in text.lower() for text in found)


def test_the_titles_file_reads():
    assert honorifics()["Sir"].code == "ELI" and honorifics()["Congresswoman"].code == "LEG"
