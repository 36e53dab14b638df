"""Acts states do to each other (events/mutual.py)."""

from __future__ import annotations

import pytest

import newsevents
from conftest import FAMILY, coded_events, event_reader

dyads = event_reader(fields=FAMILY)
dyads_of = event_reader(fields=FAMILY, title="Ghana and Togo in border row")


@pytest.mark.parametrize("sentence, one, other", [
    ("Pakistani and Indian troops exchanged heavy fire along the Line of Control.", "PAK", "IND"),
    ("Armenia and Azerbaijan exchanged prisoners on Friday.", "ARM", "AZE"),
    ("Thai and Cambodian soldiers traded fire near the temple.", "THA", "KHM"),
])
def test_mutual_act_is_each_ones_act_on_the_other(sentence, one, other):
    found = dyads(sentence)
    assert {(one, other), (other, one)} <= {(s, t) for s, t, _ in found}


def test_mutual_act_with_a_named_party_stays_on_it():
    events = coded_events("Russia and Turkey clashed with rebels near Idlib.", "2021-03-10")
    assert events and not any(e["target"] in ("RUS", "TUR") for e in events)


def test_mutual_noun_between_two_parties_is_each_ones_act_on_the_other():
    found = dyads("The fighting began after days of clashes between Israeli police and Palestinians.")
    assert {("ISR", "PSE", "19"), ("PSE", "ISR", "19")} <= found


def test_mutual_noun_with_a_doer_of_its_own_stays_the_doers():
    found = dyads("Egypt hosted talks between Israel and Hamas.")
    assert ("ISR", "PSE", "04") not in found


def test_mutual_agreement_of_two_parties_is_with_each_other_not_the_mediator():
    events = coded_events("The army and the RSF agreed a 72-hour ceasefire after US mediation.", "2023-04-25")
    truce = {(e["source"], e["target"]) for e in events if e["code"] == "0871"}
    assert ("SDNMIL", "SDNREBRSF") in truce and not any(t == "USA" for _, t in truce)


@pytest.mark.parametrize("sentence, one, other", [
    ("Fighting broke out between Sudan's army and the Rapid Support Forces near Khartoum on Sunday.",
     "SDNMIL", "SDNREBRSF"),  # two parties of one country
    ("Clashes erupted between Armenian forces and Azerbaijani forces overnight.", "ARMMIL", "AZEMIL"),
    ("Heavy fighting continued between Colombia's army and the ELN in Arauca.", "COLMIL", "COLREBELN"),
])
def test_mutual_noun_whose_verb_holds_the_between_is_each_ones_act_on_the_other(sentence, one, other):
    events = coded_events(sentence, "2023-04-20")
    assert {(one, other), (other, one)} <= {(e["source"], e["target"]) for e in events}


def test_mutual_noun_needs_two_parties_that_differ():
    assert not dyads("Fighting broke out between rival gangs in the capital.")


@pytest.mark.parametrize("sentence, pairs", [
    ("A meeting between Putin and Erdogan took place in Ankara on Tuesday.", {("RUS", "TUR"), ("TUR", "RUS")}),
    ("The summit between the leaders of Kenya and Tanzania ended on Friday.", {("KEN", "TZA"), ("TZA", "KEN")}),
    ("The week ended with a meeting in Cairo of the foreign ministers of Egypt, Jordan and Iraq.",
     {("EGY", "JOR"), ("JOR", "IRQ"), ("IRQ", "EGY")}),
])
def test_meeting_of_or_between_parties_is_each_ones_meeting_with_the_others(sentence, pairs):
    found = {(s, t) for s, t, root in dyads(sentence) if root == "04"}
    assert pairs <= found


def test_meeting_of_one_body_is_no_meeting_between_states():
    assert not dyads("A meeting of the Arab League was held in Cairo on Tuesday.")


@pytest.mark.parametrize("sentence, one, other", [
    ("A Japanese team is laying the groundwork for talks between Japan and the United States.", "JPN", "USA"),
    ("Norway is preparing for talks between Sri Lanka and Thailand.", "LKA", "THA"),
])
def test_talks_between_two_parties_prepared_by_a_third_are_theirs_and_intended(sentence, one, other):
    found = dyads(sentence)
    assert {(one, other, "03"), (other, one, "03")} <= found
    assert not any(source not in (one, other) for source, _, _ in found)


def test_a_named_official_beside_a_foreign_one_keeps_the_story_country():
    text = ("Vice Minister Makoto Kuroda leaves for Washington today.\n\n"
            "Talks between Kuroda and U.S. Trade Representative Clayton Yeutter began on Monday.")
    record = newsevents.code_many([{"id": "k", "text": text, "date": "1987-04-08", "dateline": "TOKYO, April 8 -"}])
    pairs = {(e["source"][:3], (e["target"] or "---")[:3]) for r in record for e in r["events"]}
    assert ("JPN", "USA") in pairs and ("USA", "USA") not in pairs


def test_talks_aimed_at_persuading_one_party_stay_talks():
    found = dyads("Officials are laying the groundwork for talks between Japan and the United States "
                  "aimed at persuading Washington not to impose tariffs.")
    assert {("JPN", "USA", "03"), ("USA", "JPN", "03")} <= found


def test_talks_held_between_two_parties_are_theirs_and_under_way():
    # the "between" hangs on the participle, and "currently held" says they happen, though "would" governs them
    found = {(s, t, c[:2]) for s, t, c in dyads(
        "Ghana said the dispute would harm border negotiations currently held between Accra and Lome.")}
    assert ("GHA", "TGO", "04") in found and ("TGO", "GHA", "04") in found


def test_a_plural_act_noun_with_coordinated_adjectives_is_one_act_of_each():
    # "the Chilean and Peruvian treaties": Chile's treaty and Peru's, not one between them (mutual.several_acts);
    # talks named in the plural are still between the two (plural_acts.tsv)
    found = dyads("The minister said the Chilean and Peruvian treaties would not harm regional trade.")
    assert ("CHL", "PER", "05") not in found and ("PER", "CHL", "05") not in found
    assert {("THA", "KHM", "04"), ("KHM", "THA", "04")} <= dyads("Thai and Cambodian talks resumed on Monday.")


def test_a_compound_subject_of_a_root_default_act_is_not_mutual():
    # "establish" has only ties and relations rows (054): establishing quotas meets none of them, and the
    # verb's root default (050) is no evidence that the states acted on each other
    assert not {t for _, t, _ in dyads("Norway, Sweden and Finland have established new quotas on cod fishing.")} \
        - {"---"}
    assert {("NOR", "SWE", "05"), ("SWE", "NOR", "05")} <= dyads("Norway and Sweden established ties in 1905.")


def test_talks_between_one_party_and_a_list_are_that_party_with_each():
    found = dyads("He cited progress in talks between the IMF and Mexico, Chile, and Venezuela.")
    assert {("IGO", "MEX", "04"), ("CHL", "IGO", "04")} <= found
    assert ("MEX", "CHL", "04") not in found and ("CHL", "VEN", "04") not in found


def test_talks_between_a_list_of_three_are_each_with_the_others():
    assert {("EGY", "JOR", "04"), ("ISR", "EGY", "04")} <= dyads("He cited progress in talks between Israel, Egypt "
                                                                 "and Jordan.")


def test_their_owned_by_a_list_subject_is_each_member():
    # found.plural_antecedent: "their" on the object of a verb whose subject is a list
    from conftest import event_dyads

    found = event_dyads("Hungary and Poland announced their withdrawal from Iraq.", "2008-05-10")
    assert {("HUN", "IRQ", "0874"), ("POL", "IRQ", "0874")} <= found


def test_meeting_of_a_group_is_between_the_states_it_names():
    text = ("Ghana accused Togo of shielding smugglers. Togo rejected the charge.\n\n"
            "A new border post was announced after a meeting of the interior ministers of both countries in Lome.")
    found = dyads_of(text)
    assert {("GHA", "TGO", "04"), ("TGO", "GHA", "04")} <= found


def test_talks_planned_between_a_group_take_the_verbs_intent():
    text = ("Ghana accused Togo of shielding smugglers. Togo rejected the charge.\n\n"
            "Talks between the two sides will be held in Accra next month.")
    events = newsevents.code(text, title="Ghana and Togo in border row", date="2021-03-10")["events"]
    assert {(e["source"][:3], e["target"][:3], e["code"]) for e in events if e["trigger"] == "Talks"} \
        == {("GHA", "TGO", "036"), ("TGO", "GHA", "036")}


def test_their_summit_is_the_subjects_and_the_one_it_acted_with():
    found = dyads_of("The Kenyan president agreed the plan with Ugandan President Yoweri Museveni at their summit "
                     "in Arusha last month.")
    assert {("KEN", "UGA", "04"), ("UGA", "KEN", "04")} <= found


def test_a_group_in_the_setting_of_another_role_is_no_meeting_of_its_states():
    text = ("Ghana accused Togo of shielding smugglers. Togo rejected the charge.\n\n"
            "Nigeria said it was ready to act as a mediator in the dialogue between the two states.")
    found = dyads_of(text)
    assert not {("GHA", "TGO", "03"), ("TGO", "GHA", "03"), ("GHA", "TGO", "04")} & found


def test_a_settlement_between_two_parties_is_each_ones_signing():
    events = newsevents.code("The loan follows an agreement between Kenya and Tanzania in May to share the pipeline.",
                             title="", date="2021-03-10")["events"]
    assert {("KEN", "TZA", "057"), ("TZA", "KEN", "057")} <= {(e["source"][:3], e["target"][:3], e["code"])
                                                              for e in events}


@pytest.mark.parametrize("sentence", [
    "Talks on a proposed agreement between Chile and Peru resumed in Lima.",
    "Diplomats are working on a deal between Chile and Peru.",
])
def test_a_settlement_still_sought_is_no_signing(sentence):
    assert not any(code == "05" for _, _, code in dyads(sentence))


def test_a_second_between_noun_after_a_list_of_two_sides_keeps_the_document():
    text = ("Ghana accused Togo of shielding smugglers. Togo rejected the charge.\n\n"
            "After talks between Nigeria and Benin, Niger and Chad, a meeting of the interior ministers of both "
            "countries was held in Lome.")
    record = newsevents.code(text, title="Ghana and Togo in border row", date="2021-03-10")
    assert not record["warnings"] and record["events"]
