"""Acts reported as nouns whose of-phrase is their verb's object (events/nominal.py)."""

from __future__ import annotations

import shutil

import pytest

import newsevents
from conftest import FAMILY, coded_events, event_reader, event_tuples
from newsevents.events.patterns import load_rules
from newsevents.resources import DataError, data_path

dyads = event_reader()


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya announced the expulsion of Somalia's ambassador.", ("KEN", "SOM", "161")),  # not 174: a diplomat
    ("Egypt ordered the closure of its border with Sudan.", ("EGY", "SDN", "191")),  # "with" on the object
    ("Saudi Arabia announced the suspension of flights to Canada.", ("SAU", "CAN", "163")),
    ("Saudi Arabia and Egypt announced the closure of their airspace to Qatar.", ("EGY", "QAT", "191")),
    ("Turkey's suspension of military cooperation with Israel surprised analysts.", ("TUR", "ISR", "160")),
    ("Washington announced the lifting of sanctions on Sudan.", ("USA", "SDN", "085")),  # a gerund
])
def test_nominal_act_takes_its_verbs_object_pattern(sentence, expected):
    assert expected in dyads(sentence)


def test_nominal_act_the_expelled_diplomats_replace_the_bare_noun_code():
    found = dyads("Kenya announced the expulsion of Somalia's ambassador.")
    assert ("KEN", "SOM", "174") not in found


def test_nominal_act_replaces_what_its_enacting_verb_made_of_it():
    assert ("USA", "SDN", "163") not in dyads("Washington announced the lifting of sanctions on Sudan.")


def test_nominal_act_reacted_to_is_not_the_reactors_own_act():
    found = dyads("Britain condemned the closure of the border with Sudan.")
    assert not any(code.startswith("19") for source, _, code in found if source == "GBR")


def test_nominal_verbs_validator_refuses_bad_rows(tmp_path):
    folder = tmp_path / "events"
    shutil.copytree(data_path("events"), folder)
    with open(folder / "nominal_verbs.tsv", "a", encoding="utf-8") as handle:
        handle.write("enact\tannounce\tclose\n")
    with pytest.raises(DataError, match="nominal_verbs.tsv:.*expected 'act NOUN VERB'"):
        load_rules(folder)


@pytest.mark.parametrize("sentence, expected", [
    ("EU leaders agreed a second package of sanctions against Russia.", ("IGO", "RUS", "163")),  # prep on the measure
    ("Russian forces captured the Chernobyl nuclear plant in Ukraine.", ("RUS", "UKR", "192")),
])
def test_frames_with_their_target_inside_the_object(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("text, doers, target, code", [
    ("Brazil, Argentina and Chile criticised the vote on Sunday. On Monday the three countries announced "
     "the suspension of flights to Venezuela.", {"BRA", "ARG", "CHL"}, "VEN", "163"),
    ("Kenya and Uganda met in Nairobi on Friday. The two governments announced the closure of their borders "
     "to Somali traders.", {"KEN", "UGA"}, "SOM", "191"),
])
def test_a_group_noun_enacting_an_act_noun_is_each_member(text, doers, target, code):
    events = coded_events(text, "2021-03-10")
    found = {e["source"][:3] for e in events if e["code"] == code and (e["target"] or "")[:3] == target}
    assert found == doers


@pytest.mark.parametrize("sentence, expected", [
    ("These concerns were heightened by the May 17 Iraqi missile attack on the U.S. frigate Stark.",
     ("IRQ", "USA", "19")),
    ("Concerns grew after the U.S. air strike on Libya.", ("USA", "LBY", "19")),
])
def test_an_attack_named_in_a_phrase_is_the_state_of_its_adjective(sentence, expected):
    assert expected in event_tuples(sentence, "1987-06-10", fields=FAMILY)


def test_an_attack_after_which_someone_acted_is_not_theirs():
    events = newsevents.code("Obama politicized the tragedy, much like he did after the deadly attacks in Paris.",
                             title="", date="2016-07-15")["events"]
    assert not [e for e in events if e["source"].startswith("USA") and e["code"].startswith("19")]


@pytest.mark.parametrize("sentence", [
    "Burma has changed for the better, McConnell said, citing the release of Burmese political prisoners.",
    "The senator recalled the invasion of Kuwait by Iraq.",  # no senator of Iraq invading
])
def test_an_act_cited_or_recalled_is_not_the_speakers(sentence):
    events = coded_events(sentence, "2016-03-01")
    assert not any(e["source"].startswith(("USA", "IRQLEG")) and e["code"][:2] in ("08", "19") for e in events)
