"""Judgements reported (events/judged.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import FAMILY, coded_events, event_reader

dyads = event_reader(fields=(*FAMILY, "modality"))


@pytest.mark.parametrize("sentence, dyad", [
    ("Ghana said Togo's decision to close the border was a mistake.", ("GHA", "TGO", "11", "asserted")),
    ("Chile said the Bolivian demand was misguided.", ("CHL", "BOL", "11", "asserted")),
])
def test_a_reported_judgement_that_an_act_is_wrong_is_criticism(sentence, dyad):
    assert dyad in dyads(sentence)


def test_it_would_be_foolish_for_x_to_act_criticises_x_now():
    found = dyads("Kenya said it would be foolish for Uganda to close the border.")
    assert ("KEN", "UGA", "11", "asserted") in found


def test_a_judging_word_coordinated_with_another_predicate_counts():
    found = dyads("Norway said it would be most unwelcome and quite unjustified for Sweden to close its ports.")
    assert ("NOR", "SWE", "11", "asserted") in found


@pytest.mark.parametrize("sentence", [
    "Ghana said the Togolese ban was based on faulty figures.",
    "Ghana said Togo's ban was based on a lack of understanding of the trade rules.",
])
def test_an_act_said_to_rest_on_something_false_is_criticised(sentence):
    assert ("GHA", "TGO", "11", "asserted") in dyads(sentence)


def test_an_act_based_on_sound_ground_is_not_criticised():
    assert not any(root == "11" for _, _, root, _ in dyads("Ghana said the Togolese ban was based on new figures."))


def test_it_was_wrong_to_do_something_names_no_one_it_criticises():
    found = dyads("Norway said it was wrong to put Sweden under the same rules as Russia.")
    assert not any(root == "11" and target == "SWE" for _, target, root, _ in found)


def test_what_someone_should_do_has_not_happened():
    """Hypothetical since the twenty-sixth session; no event at all since the twenty-seventh (events/advice.py:
    every such event of the second judged sample was judged no event)."""
    found = dyads("Ghana should be talking to Togo about the border.")
    assert all(modality != "asserted" for _, _, _, modality in found)


@pytest.mark.parametrize("sentence, dyad", [
    ("Peru described the Chilean claim as baseless.", ("PER", "CHL", "11", "asserted")),
    ("Ghana's president cast Togo as a reckless neighbour.", ("GHA", "TGO", "11", "asserted")),
    ("Brazil regards Argentina as a reliable partner.", ("BRA", "ARG", "05", "asserted")),
])
def test_a_description_as_something_judged_criticises_or_praises(sentence, dyad):
    assert dyad in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Most Canadian voters view the Mexican president as honest and competent.",
    "Many Kenyan citizens regard the Ugandan leader as a great friend.",
])
def test_how_the_public_sees_someone_is_no_act(sentence):  # judged.opinion_of_the_public
    assert not dyads(sentence)


def test_a_description_that_judges_nothing_is_no_event():
    assert not dyads("Peru described the Chilean envoy as a career diplomat.")


def test_a_name_in_the_label_is_not_praise():
    found = dyads("Iran branded the United States the Great Satan.")
    assert not any(root == "05" for _, _, root, _ in found)


def test_a_passive_verb_is_not_the_noun_judged():
    assert not dyads("Kenyans are bullied by nobody, Uganda's president said.")


@pytest.mark.parametrize("sentence, dyad", [
    ("Japan said it was disappointed by the American response.", ("JPN", "USA", "11", "asserted")),
    ("Germany was angered by Russia's decision to cut gas supplies.", ("DEU", "RUS", "11", "asserted")),
    ("Mexico's president said he was appalled that Guatemala had closed the border.", ("MEX", "GTM", "11", "asserted")),
    ("Indonesia said it was pleased with Malaysia's offer of help.", ("IDN", "MYS", "05", "asserted")),
])
def test_a_feeling_about_someone_or_their_act_judges_them(sentence, dyad):
    assert dyad in dyads(sentence)


def test_a_feeling_about_no_one_is_no_event():
    assert not dyads("Japan said it was disappointed by the weather.")


@pytest.mark.parametrize("sentence, dyad", [
    ("Japan rejected U.S. charges that it had violated the pact.", ("USA", "JPN", "11", "asserted")),
    ("Kenya dismissed Ugandan allegations that Nairobi had armed the rebels.", ("UGA", "KEN", "11", "asserted")),
    ("Tokyo hopes to refute American charges Japan has broken the agreement.", ("USA", "JPN", "11", "asserted")),
])
def test_a_charge_that_someone_did_something_accuses_them_even_when_denied(sentence, dyad):
    assert dyad in dyads(sentence)


def test_a_wish_is_not_a_charge():
    found = dyads("Togo rejected Ghanaian charges that it would close the border.")
    assert not any(root == "11" for *_, root, _ in found)


def test_a_charge_filed_is_not_a_charge_against_its_filer():
    assert not any(root == "11" for *_, root, _ in dyads("The charges Japan filed against China were dropped."))


@pytest.mark.parametrize("sentence", [
    "Japan laid the blame on the United States.",
    "Seoul pinned the blame on Japan.",
])
def test_laying_the_blame_on_someone_accuses_them(sentence):
    assert any(root == "11" and source in ("JPN", "KOR") for source, _, root, _ in dyads(sentence))


@pytest.mark.parametrize("sentence", [
    "Kenya's president offered veiled criticisms of Uganda in a speech.",
    "Peru expressed criticism of Chile's decision.",
])
def test_criticism_offered_or_expressed_is_criticism(sentence):
    found = dyads(sentence)
    assert any(root == "11" for *_, root, _ in found) and not any(root == "03" for *_, root, _ in found)


@pytest.mark.parametrize("sentence, dyad", [
    ("Tory leader Michael Howard said Tony Blair's plan was wrong.", ("GBR", "GBR", "11", "asserted")),
    ("Labour leader Ed Miliband said David Cameron was wrong to cut the budget.", ("GBR", "GBR", "11", "asserted")),
])
def test_one_party_judging_another_of_its_country_is_criticism(sentence, dyad):
    found = {d for d in dyads(sentence)}
    assert dyad in found


@pytest.mark.parametrize("sentence", [
    "Britain said its response was proportionate.",
    "The British government said the British response was a mistake.",
])
def test_a_side_judging_its_own_act_is_no_event(sentence):
    assert not any(root == "11" for _, _, root, _ in dyads(sentence))


@pytest.mark.parametrize("sentence, dyad", [
    # a label in "what X called Y's ..." judges Y, beside the act it explains
    ("Kenya closed the border over what it called Uganda's hostile conduct.", ("KEN", "UGA", "11", "asserted")),
    ("Peru imposed tariffs in retaliation for what it called Chile's failure to honour the accord.",
     ("PER", "CHL", "11", "asserted")),
])
def test_what_someone_called_another_s_wrong_is_criticism(sentence, dyad):
    assert dyad in dyads(sentence)


def test_what_someone_called_another_s_act_without_a_judging_word_is_no_criticism():
    found = dyads("Kenya closed the border over what it called Uganda's troop movements.")
    assert not any(root == "11" for _, _, root, _ in found)


def test_a_label_the_parser_reads_as_a_second_predicate_still_judges():
    # "has called the UK's pounds 3bn rebate 'unjustified'": the parser gives two oprd and no object
    found = dyads("German chancellor Gerhard Schroeder has called the UK's pounds 3bn rebate from "
                  "the European Union \"unfair\".")
    assert ("DEU", "GBR", "11", "asserted") in found


@pytest.mark.parametrize("sentence, dyad", [
    ("Canada said Russia was to blame for the downing of the airliner.", ("CAN", "RUS", "11", "asserted")),
    ("Uganda is to blame for the clashes, the Kenyan foreign ministry said.", ("KEN", "UGA", "11", "asserted")),
    ("Canada had said it believed Russia was also to blame for releasing the report.",
     ("CAN", "RUS", "11", "asserted")),
])
def test_a_party_found_to_blame_is_accused_by_whoever_says_so(sentence, dyad):
    assert dyad in dyads(sentence)


def test_a_charge_its_owner_may_level_keeps_the_owner_s_modality():
    # judged.made_by_owner: the owner's own verb is the charge's ("Tokyo hopes to refute" is not: test above)
    events = coded_events("Washington may level charges that Japan broke the pact.", "2021-03-10")
    assert [(e["source"][:3], e["target"][:3], e["modality"]) for e in events] == [("USA", "JPN", "hypothetical")]


@pytest.mark.parametrize("sentence", [
    "The Kenyan minister jabbed back on Monday at Uganda over the border closure.",
    "Kenya's president aimed a tirade against Uganda.",
    "The Kenyan foreign minister poured scorn on Uganda's plan.",
    "Kenya's president swiped at Uganda in a speech.",
])
def test_attacks_in_words_told_as_blows_are_criticism(sentence):
    events = coded_events(sentence, "2021-03-10")
    assert any(e["source"][:3] == "KEN" and (e["target"] or "")[:3] == "UGA" and e["code"] == "111" for e in events)


@pytest.mark.parametrize("sentence, dyad", [
    ("Ghana holds Togo responsible for the attack on its border post.", ("GHA", "TGO", "11")),
    ("Chile said it held Bolivia accountable for the deaths of the two soldiers.", ("CHL", "BOL", "11")),
    ('"We hold Peru responsible for their safety," the Chilean foreign ministry said.', ("CHL", "PER", "11")),
])
def test_holding_another_responsible_accuses_them(sentence, dyad):
    assert any(d[:3] == dyad for d in dyads(sentence)), dyads(sentence)


def test_held_responsible_by_no_one_named_is_no_accusation():
    assert not any(d[2] == "11" for d in dyads("Togo was held responsible for the attack on the border post."))


@pytest.mark.parametrize("sentence, expected", [
    ("Iran said Iraq's president was the main cause of tension in the Gulf.", ("IRN", "IRQ", "11", "asserted")),
    ("Moscow said Washington was the real culprit.", ("RUS", "USA", "11", "asserted")),
])
def test_a_party_said_to_be_the_cause_or_culprit_is_accused(sentence, expected):
    assert expected in dyads(sentence)


def test_a_charge_by_one_party_against_another_of_its_country_is_an_accusation():
    # thirtieth session: any accused of the owner's country was taken for the owner itself
    found = dyads("Hillary Clinton's charges that Donald Trump had lied to voters angered Republicans.", "2016-06-05")
    assert ("USA", "USA", "11", "asserted") in found
    assert not any(root == "11" for *_, root, _ in dyads("Japan's charges that it had been misled were dropped."))
