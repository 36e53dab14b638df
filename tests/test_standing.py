"""Words that name an act without its being done (events/standing.py): standing relations, requirements met,
fights between people with no arms. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import FAMILY, coded_events, event_reader
from newsevents.events.standing import read_words
from newsevents.resources import DataError

dyads = event_reader(fields=FAMILY, negated=False)


@pytest.mark.parametrize("sentence", [
    "Iran and Syria have an alliance that worries their neighbours.",
    "Analysts say Poland and Lithuania talk the language of partnership but trade little.",
    "In fact Norway and Denmark are large contributors to an alliance that has kept the peace.",
])
def test_a_standing_relation_named_is_no_act(sentence):
    assert not any(code == "06" for _, _, code in dyads(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Russia and China forged a strategic partnership in 2001.", ("RUS", "CHN", "06")),
    ("Russia signed a partnership with Kazakhstan.", ("RUS", "KAZ", "06")),
])
def test_a_relation_formed_or_with_a_party_stays(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya said many Ugandan lorries fail to meet tough Kenyan safety standards.",
])
def test_a_requirement_met_meets_nobody(sentence):
    events = coded_events(sentence, "2021-03-10")
    assert not any(e["code"].startswith("04") for e in events)  # not even a negated meeting


def test_a_meeting_with_a_person_stays():
    assert ("RUS", "TUR", "04") in dyads("Putin met Erdogan in Sochi on Monday.")


@pytest.mark.parametrize("sentence, date", [
    ("Senator Rubio fought Governor Christie in New Hampshire.", "2016-01-24"),
    ("Bernie Sanders and Hillary Clinton are fighting about Barack Obama.", "2016-01-28"),
])
def test_a_fight_between_politicians_is_no_force(sentence, date):
    events = coded_events(sentence, date)
    assert not any(e["code"].startswith("19") for e in events)


@pytest.mark.parametrize("sentence, expected", [
    ("Syrian troops fought Islamic State fighters near Palmyra.", ("SYR", "SYR", "19")),
    ("Assad fought the rebels for years.", ("SYR", "SYR", "19")),
])
def test_a_fight_with_armed_men_stays(sentence, expected):
    assert expected in dyads(sentence)


def test_a_bad_row_names_its_line(tmp_path):
    bad = tmp_path / "standing.tsv"
    bad.write_text("kind\tlemma\tnote\nrelations\talliance\tx\n")
    with pytest.raises(DataError, match="standing.tsv:2"):
        read_words(bad)


@pytest.mark.parametrize("sentence", [
    "In states like Georgia, where black voters strongly support the president, Obama leads.",
    "Voters in Ohio rejected the appeals of President Obama in November.",
])
def test_the_electorate_s_support_or_rejection_is_no_act(sentence):
    events = coded_events(sentence, "2012-02-26")
    assert not any(e["root"] in ("05", "12") for e in events)


@pytest.mark.parametrize("sentence", [
    "A new survey found that 64 percent of Republicans now support Donald Trump.",
    "Roughly 7 in 10 Democrats backed Hillary Clinton.",
    "Hillary Clinton was backed by 55 percent of the Democrats surveyed in the Monmouth poll.",
    "Sixty percent of Republicans who said they had backed Ted Cruz now support Donald Trump.",
    "The poll found that 70 percent of Democrats who said they had backed Sen. Bernie Sanders now support Clinton.",
])
def test_the_share_a_poll_counts_is_no_act(sentence):
    events = coded_events(sentence, "2016-06-05")
    assert not any(e["root"] == "05" for e in events), [(e["source"], e["target"], e["code"]) for e in events]


def test_a_party_s_support_stays():
    events = coded_events("Republicans in Congress now support Donald Trump.", "2016-06-05")
    assert any(e["root"] == "05" for e in events)


@pytest.mark.parametrize("sentence", [
    "Nearly eight in 10 Republican voters said they will support Trump in the primary.",
    "Sixty percent of Labour voters said they would back Mr Blair.",
])
def test_what_voters_tell_a_poll_they_will_support_is_no_act(sentence):
    events = coded_events(sentence, "2016-06-05")
    assert not any(e["root"] in ("03", "05") for e in events), [(e["source"], e["target"], e["code"]) for e in events]
