"""A statement's judgement of a named party (events/stated_judgements.py, and the quote speakers judged.py and
reported_wrong.py read), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


def judgements(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, code) for s, t, code in dyads(text) if code.startswith("11")}


@pytest.mark.parametrize("sentence, code", [
    ("Ghana said Togo's irresponsible conduct had prompted the emergency talks.", "111"),  # quality
    ("Ghana said U.S. protectionist behaviour was the main obstacle.", "111"),  # quality, a compound
    ('"Togolese provocations must stop," the Ghanaian foreign minister said.', "111"),  # fault
    ("Ghana said the crisis was the fault of Togo.", "111"),  # fault, its of-phrase
    ("Ghana recalled its envoy over what it called Togo's failure to honour the border pact.", "111"),  # described
    ("Ghana said Togolese meddling had gone on for years.", "112"),  # wrong
    ("Ghana said Togo had unfairly closed the border.", "111"),  # blame_manner
    ('"Togo has behaved recklessly," the Ghanaian foreign minister said.', "111"),
    ("Ghana said Togo had illegally seized the fishing boats.", "112"),  # wrong_manner
    ("Ghana said Togo had hurt regional trade.", "111"),  # harm
    ("Ghana said Togo's tariffs had hurt exports.", "111"),  # harm done by a party's act
    ("Ghana said Togo had made a grave mistake.", "111"),  # doing: the deed its object names
    ("Ghana said Togo had pursued a reckless policy.", "111"),
    ("Ghana said Togo had told lies about the border.", "112"),
])
def test_a_statement_judging_a_named_party_is_coded(sentence, code):
    assert ("GHA", "TGO" if "U.S." not in sentence else "USA", code) in judgements(sentence)


def test_a_judging_adverb_is_coded_beside_the_act_it_judges():
    assert ("GHA", "TGO", "111") in judgements("Ghana's foreign minister said Togo had wrongly detained the fishermen.")


@pytest.mark.parametrize("sentence", [
    "Ghana said Togo had not unfairly closed the border.",  # negated
    "Ghana said there had been no Togolese meddling.",  # negated
    "Did Ghana say Togo's reckless policy had hurt trade?",  # a question
    "Ghana said Togo might have illegally seized the boats.",  # supposed
    "Ghana said any Togolese meddling would be punished.",  # supposed
    "Ghana said Togolese tariffs would hurt exports.",  # a forecast
    "Ghana said that if Togo's reckless policy continued, trade would suffer.",  # a condition
    "Ghana signed the deal despite Togo's reckless policy.",  # no statement: the writer's word
    "Ghana suggested that the Togolese army had been sabotaged.",  # the army wronged, not the wrongdoer
    "Ghana handed over a Togolese war crimes suspect.",  # a word of a name, not a judgement
    "Ghana said the failure of Togo Bank had hurt savers.",  # a collapse, not a duty failed
    "Ghana said Togo had not made a mistake.",  # negated
    "Ghana said Togo faced a dangerous situation.",  # what Togo faces is no deed of its own
    "But the Ghanaian president had been hurt by the Togo controversy, he added.",  # a controversy over Togo
])
def test_no_judgement_negated_asked_supposed_or_unsaid(sentence):
    assert not any(s == "GHA" and t == "TGO" for s, t, _ in judgements(sentence))


@pytest.mark.parametrize("sentence", [
    "Ghana said its own reckless policy had prompted the talks.",  # the speaker on itself
    '"Our reckless policy has hurt trade," the Ghanaian foreign minister said.',
    "Ghana said the reckless policy had prompted the talks.",  # no party named
])
def test_no_judgement_of_oneself_or_of_no_one(sentence):
    assert not any(code.startswith("11") and t != "---" for _, t, code in dyads(sentence))


def test_a_protest_against_a_wrong_is_the_protest_not_a_second_accusation():
    found = dyads("Ghanaian activists staged a protest in Accra against violations by Togolese police.")
    assert not any(code.startswith("11") for _, _, code in found)


def test_a_quote_of_its_own_sentence_is_its_speakers_judgement():
    text = 'The Ghanaian president spoke on Monday. "Togo is irresponsible. We will respond," he said.'
    assert ("GHA", "TGO", "111") in judgements(text)


def test_a_quote_of_its_own_sentence_tells_its_speakers_accusation():
    text = 'The Ghanaian president spoke on Monday. "Togo has violated the truce. We will respond," he said.'
    assert ("GHA", "TGO", "112") in judgements(text)


@pytest.mark.parametrize("text", [
    'The Ghanaian president spoke on Monday. "We have violated the truce. We will respond," he said.',
    'The Ghanaian president spoke on Monday. "Has Togo violated the truce?" he asked.',
    'The Ghanaian president spoke on Monday. "It is shameful that the film mocks soldiers," he said.',
])
def test_a_quote_judges_no_one_it_does_not_name_nor_its_speaker(text):
    assert not any(t == "TGO" or t == "GHA" for _, t, code in judgements(text))


@pytest.mark.parametrize("verb", ["argued", "complained", "added", "warned"])
def test_a_wrong_told_with_any_verb_of_saying_is_an_accusation(verb):
    assert ("GHA", "TGO", "112") in judgements(f"Ghana {verb} that Togo had violated the truce.")
