"""Acts told beside the main clause's (events/asides.py, events/embedding.py): a past-tense relative clause on
its doer, a participle clause before the main clause, a "when" clause the parser reads with an adverb; an act
noun in the of-phrase of another (noun_sources.framing_doer). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya protested to Uganda, which expelled two Kenyan diplomats.", ("UGA", "KEN", "161")),
    ("Egypt, which accused Sudan of arming rebels, said the border would stay closed.", ("EGY", "SDN", "112")),
    ("The talks were opened by Angela Merkel, who criticised Russia over the annexation.", ("DEU", "RUS", "111")),
])
def test_a_past_relative_clause_set_off_on_a_named_party_is_its_act(sentence, expected):
    assert expected in dyads(sentence)


def test_the_act_beside_the_relative_clause_stays():
    found = dyads("Kenya protested to Uganda, which expelled two Kenyan diplomats.")
    assert ("KEN", "UGA", "114") in found


@pytest.mark.parametrize("sentence", [
    "Syria, which backs Hezbollah, said it would attend the conference.",  # present: who Syria is
    "Washington, which has sent warships to the Gulf, urged calm.",  # present perfect: background
])
def test_a_relative_clause_in_the_present_stays_unread(sentence):
    assert not any(source == "SYR" and target == "LBN" for source, target, _ in dyads(sentence))
    assert not any(code.startswith("15") or code.startswith("19") for _, _, code in dyads(sentence))


@pytest.mark.parametrize("sentence", [
    "Police arrested the protesters who stormed the Norwegian embassy in Oslo.",
    "A Turkish official who asked not to be named said Ankara would wait.",
])
def test_a_relative_clause_that_picks_out_whom_the_noun_means_stays_unread(sentence):
    assert not any(code in ("190", "020") and target in ("NOR", "TUR") for _, target, code in dyads(sentence)
                   if code != "173")


@pytest.mark.parametrize("sentence", [
    "The Irish minister, who resigned over the war in Iraq, said the ruling was fair.",  # a reason, no party
    "The Portuguese officials, who asked not to be identified, said Angola would pay.",  # no party at all
])
def test_a_relative_clause_naming_no_party_it_acts_on_gives_no_event(sentence):
    assert not any(target in ("IRQ", "AGO") for _, target, _ in dyads(sentence))


@pytest.mark.parametrize("sentence, before, main", [
    ("Having accused Peru of spying, Chile expelled the Peruvian ambassador.", ("CHL", "PER", "112"),
     ("CHL", "PER", "161")),
    ("Chile, having accused Peru of spying, expelled the Peruvian ambassador on Tuesday.", ("CHL", "PER", "112"),
     ("CHL", "PER", "161")),
    ("Having condemned the Ethiopian incursion, Eritrea closed its border with Ethiopia.", ("ERI", "ETH", "111"),
     ("ERI", "ETH", "191")),
])
def test_a_participle_clause_before_the_main_clause_is_a_deed_of_its_own(sentence, before, main):
    found = dyads(sentence)
    assert before in found and main in found


def test_a_participle_after_the_verb_is_still_its_content():
    found = dyads("Hundreds of Bolivians demonstrated in La Paz, calling for Chile to return the coast.")
    assert not any(source == "BOL" and code.startswith("10") for source, _, code in found)


def test_a_when_clause_the_parser_reads_with_an_adverb_is_told_beside():
    found = dyads("When Ghana closed its border with Togo, traders protested.")
    assert ("GHA", "TGO", "191") in found


def test_what_a_when_clause_reports_is_still_content():
    found = dyads("When Brazil suggested that Peru would sue Chile, Santiago condemned the remark.")
    assert not any(source == "PER" for source, _, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Despite the Saudi threat of sanctions against Qatar, Doha held firm.", ("SAU", "QAT")),
    ("Despite Norway's threat of sanctions against Iceland, Reykjavik kept fishing.", ("NOR", "ISL")),
])
def test_an_act_noun_in_the_of_phrase_of_an_act_noun_takes_its_doer(sentence, expected):
    found = dyads(sentence)
    assert any((source, target) == expected for source, target, _ in found)
    assert not any(source == expected[1] for source, _, _ in found)  # not the subject of the verb it hangs on


def test_an_of_phrase_of_a_noun_that_is_no_act_keeps_its_reading():
    found = dyads("Japan's fear of American sanctions grew.")
    assert not any(source == "JPN" and code.startswith("16") for source, _, code in found)


def test_a_relative_clause_dated_to_another_time_stays_background():
    found = dyads("Kenya protested to Uganda, which expelled two Kenyan diplomats in 2009.")
    assert ("UGA", "KEN", "161") not in found


def test_the_outer_act_noun_is_read_from_the_runs_own_patterns():
    """framing_doer asks the run's rules (under --dictionaries, PETRARCH's too), not always the default ones."""
    from dataclasses import replace

    from newsevents.events.noun_sources import framing_doer
    from newsevents.events.patterns import load_rules
    from newsevents.parse import load_model

    doc = load_model()("Despite Norway's threat of sanctions against Iceland, Reykjavik kept fishing.")
    sanctions = next(t for t in doc if t.lower_ == "sanctions")
    rules = load_rules()
    without_threat = replace(rules, patterns={k: v for k, v in rules.patterns.items() if k != ("N", "threat")})
    assert framing_doer(sanctions, rules).text == "Norway"
    assert framing_doer(sanctions, without_threat) is None
