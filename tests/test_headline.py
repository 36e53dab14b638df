"""Headlines: telegraphic English, and the body's restatement counted once."""

from __future__ import annotations

from functools import partial

import pytest

import newsevents
from conftest import FAMILY, coded_events, event_tuples

events_of = partial(coded_events, title=None)


def test_headline_present_tense_is_a_past_event():
    [event] = events_of("Chad closes border with Sudan\n\nThe move surprised traders.")
    assert (event["source"][:3], event["target"][:3], event["code"][:2], event["modality"]) == \
        ("TCD", "SDN", "19", "asserted")


def test_headline_to_plus_verb_is_intended():
    [event] = events_of("Russia to expel British diplomats\n\nThe move surprised traders.")
    assert event["modality"] == "intended" and event["target"].startswith("GBR")


def test_headline_restated_in_the_body_is_one_event_with_the_body_evidence():
    found = events_of("Chad closes border with Sudan\n\nChad closed its border with Sudan on Monday.")
    assert len(found) == 1
    assert found[0]["trigger"] == "closed" and found[0]["date"] == "2021-03-08"


def test_headline_restated_with_another_modality_is_one_event():
    found = events_of("Russia to expel British diplomats\n\nRussia said on Friday it would expel 23 British diplomats.")
    assert [(e["source"][:3], e["target"][:3]) for e in found] == [("RUS", "GBR")]
    assert found[0]["trigger"] == "expel" and found[0]["start"] > len("Russia to expel British diplomats")


def test_headline_a_live_blog_subheading_restated_below_is_one_event():
    text = ("Live: war in the east\n\nUkraine cuts ties with Moscow\n\n"
            "Zelensky said Kyiv had severed diplomatic relations with Russia.")
    found = [e for e in events_of(text) if e["code"].startswith("16")]
    assert len(found) == 1 and found[0]["trigger"] == "severed"


def dyads_of(headline: str) -> set[tuple[str, str]]:
    return {(e["source"][:3], e["target"][:3]) for e in events_of(headline + "\n\nThe move surprised traders.")}


@pytest.mark.parametrize("headline, expected", [
    ("Tokyo, Seoul condemn North Korean missile launch", {("JPN", "PRK"), ("KOR", "PRK")}),
    ("Putin, Xi hold talks in Moscow", {("RUS", "CHN"), ("CHN", "RUS")}),
    ("Turkey, Russia agree Idlib ceasefire", {("TUR", "RUS"), ("RUS", "TUR")}),
])
def test_headline_comma_list_of_subjects_is_each_of_them(headline, expected):
    assert expected <= dyads_of(headline)


@pytest.mark.parametrize("headline, expected", [
    ("France recalls ambassadors to US, Australia", {("FRA", "USA"), ("FRA", "AUS")}),
    ("Russia says ready to mediate between Armenia, Azerbaijan", {("RUS", "ARM"), ("RUS", "AZE")}),
])
def test_headline_comma_list_of_objects_is_each_of_them(headline, expected):
    assert expected <= dyads_of(headline)


@pytest.mark.parametrize("headline, target", [
    ("US to impose sanctions on Iran", "IRN"),
    ("Japan to send envoy to China", "CHN"),
])
def test_headline_subject_of_to_plus_verb_is_the_source_and_the_act_intended(headline, target):
    [event] = events_of(headline + "\n\nThe move surprised traders.")
    assert event["target"].startswith(target) and event["modality"] == "intended"


def test_parser_text_keeps_offsets_of_a_headline_list():
    from newsevents.parse import parser_text
    headline = "Tokyo, Seoul condemn launch by Pyongyang"
    rewritten = parser_text(headline, "headline")
    assert len(rewritten) == len(headline) and rewritten.startswith("Tokyo& Seoul")
    assert parser_text("Tokyo, Seoul and Beijing met.", "body") == "Tokyo, Seoul and Beijing met."


def coded(headline: str, body: str) -> set[tuple[str, str, str]]:
    return event_tuples(headline + "\n\n" + body, "2021-03-10", title=None, fields=FAMILY)


@pytest.mark.parametrize("headline, body, expected", [
    ("Russia Warns Ukraine Over Drills", "Officials in Moscow spoke on Monday about exercises near Ukraine and Russia.",
     ("RUS", "UKR", "13")),
    ("Germany Pledges Aid To Syria After Quake", "The money will go to relief groups in Syria, Germany said.",
     ("DEU", "SYR", "07")),
])
def test_a_title_case_headline_is_read_in_sentence_case(headline, body, expected):
    assert expected in coded(headline, body)


def test_a_title_case_headline_keeps_its_actors_as_written():
    record = newsevents.code("Mali Junta Expels French Ambassador\n\nThe envoy must leave, officials in Mali said.",
                             date="2022-01-31")
    assert ("French Ambassador", "FRAGOV") in {(a["text"], a["code"]) for a in record["actors"]}


def test_headline_act_is_not_restated_by_an_act_on_another_actor_of_the_same_country():
    page = ("Blair congratulates Bush on win\n\nTony Blair congratulated George Bush on Wednesday.\n\n"
            "Mr Blair also paid tribute to Democrat John Kerry's campaign.")
    events = coded_events(page, "2004-11-03", title=None)
    assert sorted(e["target"] for e in events if e["code"] == "051") == ["USAGOV", "USAOPP"]


def test_one_person_coded_in_two_sectors_is_one_restated_event():
    # headline.same_party: "Donald Trump" (USAELI) in the headline, "nominee Donald Trump" (USAPTY) below it
    events = newsevents.code("Republican presidential nominee Donald Trump on Friday endorsed the re-election of "
                             "Sen. John McCain.", title="Donald Trump Endorses Senator John McCain",
                             date="2016-08-05")["events"]
    assert [(e["source"][:3], e["target"][:3], e["root"]) for e in events] == [("USA", "USA", "05")]
    assert events[0]["sentence"].startswith("Republican")

