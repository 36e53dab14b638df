"""Dyads that are not politics: commerce between firms, talking to the press (events/nonpolitical.py)."""

from __future__ import annotations

import pytest

from conftest import WHOLE, event_reader
from newsevents.events.nonpolitical import nonpolitical, read_company_words, read_rules, sector_of
from newsevents.resources import DataError

dyads = event_reader(fields=WHOLE)


@pytest.mark.parametrize("sentence", [
    "Airbus is to supply Korean Air with 30 new jets in a deal worth 4 billion dollars.",
    "A union representing 3,000 Canadian rail workers has agreed to a new contract with Canadian National.",
    "Toyota signed an agreement with a Chinese carmaker to build engines in China.",
])
def test_commerce_between_firms_is_no_event(sentence):
    assert dyads(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Speaking to the BBC's Newsnight programme, the Pakistani president said the talks had gone well.",
    "The Iranian president spoke to CNN on Sunday about the nuclear talks.",
])
def test_speaking_to_the_press_is_no_consultation(sentence):
    assert not any(code.startswith("04") for _, _, code in dyads(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Russian energy company Gazprom cut off gas supplies to Ukraine on Monday.", ("RUSBUS", "UKR", "162")),
    ("American oil companies lobbied the State Department for an end to the sanctions.", ("USABUS", "USAGOV", None)),
])
def test_a_firms_coercion_and_its_word_to_a_government_stay(sentence, expected):
    found = dyads(sentence)
    assert any((s, t) == expected[:2] and (expected[2] is None or c == expected[2]) for s, t, c in found)


def test_sectors_of_codes():
    assert (sector_of("USAGOV"), sector_of("IGOWBK"), sector_of("USA")) == ("GOV", "IGO", "")
    assert nonpolitical("FRABUS", "FRA", "070") and not nonpolitical("FRABUS", "FRAGOV", "040")
    assert not nonpolitical("RUSBUS", "UKR", "162")


def test_bad_rows_name_their_line(tmp_path):
    path = tmp_path / "nonpolitical.tsv"
    path.write_text("source\tBUS\t1|02\tGOV\tnote\n", encoding="utf-8")
    with pytest.raises(DataError, match="nonpolitical.tsv:1: roots must be two-digit"):
        read_rules(path)
    path.write_text("speaker\tBUS\t02\tGOV\tnote\n", encoding="utf-8")
    with pytest.raises(DataError, match="nonpolitical.tsv:1: side must be"):
        read_rules(path)


@pytest.mark.parametrize("sentence", [
    "El Paso Electric Co said it has agreed to limit rate increases in its New Mexico service territory.",
    "Chrysler Canada Ltd said it signed an agreement to import 100,000 small cars from Thailand.",
    "Boeing is to supply Japan Airlines with up to 50 planes.",
])
def test_a_place_in_a_companys_name_is_no_state(sentence):
    assert dyads(sentence) == set()


def test_a_ministry_named_with_its_country_is_still_the_state():
    found = dyads("The Russian Foreign Ministry said it would expel two British diplomats.")
    assert ("RUSGOV", "GBRGOV", "131") in found


def test_company_words_are_checked(tmp_path):
    path = tmp_path / "company_words.tsv"
    path.write_text("word\tnote\nLtd.\tnote\n", encoding="utf-8")
    with pytest.raises(DataError, match="company_words.tsv:2: a company word is one lowercase word"):
        read_company_words(path)
