"""The story's person index: a lone surname is the person named in full before it."""

from __future__ import annotations

import pytest

import newsevents
from conftest import coded_events
from newsevents.actors.surnames import indexed_people
from newsevents.model import Mention
from newsevents.pipeline import code


def coded(text: str, date: str) -> tuple[dict, list[tuple]]:
    record = code(text, date=date)
    actors = {}
    for actor in record["actors"]:
        actors.setdefault(actor["text"], []).append(actor["code"])
    return actors, [(e["source"], e["code"][:2], e["target"]) for e in record["events"]]


@pytest.mark.model
def test_surname_after_full_name_with_title_is_that_person():
    text = ("Morales leaves for Mexico\n\n"
            "Bolivian President Evo Morales resigned on Sunday after weeks of protests.\n\n"
            "Morales thanked Mexico on Monday for its offer of asylum.")
    actors, events = coded(text, "2019-11-12")
    assert actors["Morales"] == ["BOLGOV", "BOLGOV"]  # the headline's too
    assert ("BOLGOV", "05", "MEX") in events


@pytest.mark.model
def test_surname_after_possessive_country_and_office_is_that_person():
    text = ("Minister visits Dhaka\n\n"
            "Myanmar's foreign minister Kyaw Tin arrived in Bangladesh on Tuesday for talks on refugees.\n\n"
            "Tin praised Bangladesh for sheltering the refugees.")
    actors, events = coded(text, "2018-08-09")
    assert actors["Tin"] == ["MMRGOV"]
    assert ("MMRGOV", "05", "BGD") in events


@pytest.mark.model
def test_surname_of_someone_else_with_a_given_name_is_left_alone():
    text = ("Protests in La Paz\n\n"
            "Bolivian President Evo Morales resigned on Sunday.\n\n"
            "Carlos Morales, a shopkeeper, said the streets were calm.")
    actors, _ = coded(text, "2019-11-12")
    assert "Morales" not in actors


def test_index_leaves_out_a_surname_two_coded_people_share():
    people = [Mention("Peru's foreign minister Ana Garcia", 0, 34, "PERGOV", "person", name="Ana Garcia"),
              Mention("Chile's defence minister Luis Garcia", 39, 75, "CHLGOVMIL", "person", name="Luis Garcia"),
              Mention("Bolivian President Evo Morales", 80, 110, "BOLGOV", "person", name="Evo Morales"),
              Mention("Nestor Popolizio", 120, 136, None, "person", name="Nestor Popolizio")]
    assert set(indexed_people(people)) == {"Morales"}


@pytest.mark.model
@pytest.mark.parametrize("headline, body, surname, expected", [
    ("Bolivia's Morales flies to Mexico",
     "Bolivian President Evo Morales resigned on Sunday after weeks of protests.", "Bolivia's Morales", "BOLGOV"),
    ("Tin arrives in Dhaka for refugee talks",
     "Myanmar's foreign minister Kyaw Tin met Bangladeshi officials on Tuesday.", "Tin", "MMRGOV"),
])
def test_headline_surname_before_the_full_name_is_that_person(headline, body, surname, expected):
    actors, _ = coded(f"{headline}\n\n{body}", "2019-11-12")
    assert actors[surname] == [expected]


def test_a_name_news_repeats_by_its_first_word_is_that_person():
    story = ("Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday to meet Eritrean President Isaias "
             "Afwerki.\n\nIsaias hosted Abiy at a state banquet in the evening.")
    events = coded_events(story, "2018-07-09")
    assert ("ERIGOV", "043", "ETHGOV") in {(e["source"], e["code"], e["target"]) for e in events}
    story = "Chinese foreign ministry spokesman Wang Wenbin criticised Japan.\n\nWang said Tokyo should stop."
    events = coded_events(story, "2018-07-09")
    assert any(e["source"] == "CHNGOV" and e["code"].startswith("10") for e in events)


@pytest.mark.model
def test_a_titled_person_of_no_country_yet_is_indexed_and_an_arabic_article_is_not_the_surname():
    text = ("Kuwait protests seizure\n\n"
            "Kuwait summoned the Iranian charge d'affaires on Sunday. "
            "He met Foreign Undersecretary Suleiman Majed al-Shaheen at the ministry.\n\n"
            "Shaheen condemned Iran for the seizure of the boats.")
    actors, events = coded(text, "1987-06-02")
    assert actors["Shaheen"] == ["---GOV"]
    assert ("KWTGOV", "11", "IRN") in events or ("KWTGOV", "11", "IRNGOV") in events


def test_a_bare_surname_is_the_storys_own_person_not_a_known_namesake():
    # the headline's "Merkel" is Hans Merkel, named in full below, not the chancellor in office in 2010
    # (surnames.story_namesakes): nor is the "he" that refers to him
    text = ("Merkel in row over stadium\n\nHans Merkel, the chairman of a football club in Leeds, was criticised by "
            "the city council on Monday.\n\nMerkel accused the council of lying about the stadium, and he condemned "
            "Britain's sports minister.")
    record = newsevents.code(text, date="2010-05-04")
    assert not any((a["code"] or "").startswith("DEU") for a in record["actors"])
    assert not any(e["source"].startswith("DEU") for e in record["events"])


@pytest.mark.model
def test_a_town_word_that_is_the_surname_of_someone_named_in_full_is_that_person():
    # Rawson is a town in Argentina; the story named Jane Rawson before (of no code: no office)
    text = ("Rally in Ohio\n\n"
            "Jane Rawson, a local organiser, spoke at a rally in Ohio on Monday.\n\n"
            "Rawson criticised the governor and demanded new elections.")
    actors, events = coded(text, "2016-10-03")
    assert "ARG" not in actors["Rawson"]
    assert not any("ARG" in (source or "") for source, _, _ in events)


@pytest.mark.model
def test_a_town_word_after_a_place_preposition_stays_the_town():
    text = ("Rally\n\n"
            "Jane Rawson, a local organiser, spoke on Monday.\n\n"
            "Protesters gathered in Rawson on Tuesday.")
    actors, _ = coded(text, "2016-10-03")
    assert actors["Rawson"] == ["ARG"]
