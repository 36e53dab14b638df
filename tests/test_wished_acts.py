"""Thirtieth session, E (issue #11, roots 01-09): an act wished for by an adjective of desire is an intention
("keen to", "eager to", "determined to", "anxious to": cues.tsv, as "ready to"), and restarting negotiations
("reopened talks with X", "agreed to revive the dialogue with X") is negotiating (patterns.tsv with the @talks
class of object_classes.tsv). Sentences we wrote."""

from __future__ import annotations

from conftest import event_tuples


def coded(text: str) -> set:
    return event_tuples(text, fields=("source", "target", "code", "modality"))


def test_an_adjective_of_desire_makes_the_act_an_intention():
    assert ("FRA", "DZA", "036", "intended") in coded("France is keen to continue talking with Algeria.")
    assert ("IGO", "TUR", "036", "intended") in coded("The European Union is eager to resume talks with Turkey.")
    assert ("IND", "PAK", "036", "intended") in coded("The Indian government is anxious to reopen talks with Pakistan.")


def test_an_adjective_of_desire_that_governs_nothing_in_the_act_leaves_it_done():
    # the adjective opens a clause of its own, or sits on a noun: the meeting itself took place
    assert ("FRA", "DEU", "040", "asserted") in coded("Eager to end the row, France met German officials on Monday.")
    assert ("KEN", "UGA", "040", "asserted") in coded(
        "The Kenyan president, a keen critic of Uganda, met the Ugandan president.")
    # "anxious about" is worry, not a wish, and names no act
    assert coded("Germany was anxious about the talks with Poland.") == set()


def test_a_possible_wish_stays_hypothetical():
    assert {m for *_, m in coded("France may be keen to meet Algerian officials.")} == {"hypothetical"}


def test_restarting_negotiations_is_negotiating():
    assert ("IND", "PAK", "046", "asserted") in coded("India reopened talks with Pakistan on Monday.")
    assert ("IND", "PAK", "036", "intended") in coded("India agreed to restart negotiations with Pakistan.")
    assert ("IND", "PAK", "036", "intended") in coded("India agreed to revive the peace talks with Pakistan.")
    both = coded("India and Pakistan agreed to reopen talks.")
    assert {("IND", "PAK", "036", "intended"), ("PAK", "IND", "036", "intended")} <= both


def test_restarting_something_else_is_no_negotiation():
    # the verb's object is no negotiation, or the talks are refused: no 046/036
    assert not {c for _, _, c, _ in coded("India reopened its embassy in Pakistan.") if c[:2] in ("03", "04")} - {"054"}
    assert not {c for _, _, c, m in coded("India refused to reopen talks with Pakistan.")
                if m != "negated" and c in ("036", "046")}


def test_an_act_told_to_a_party_is_aimed_at_it():
    # told_to.told_party: the teller's own act, in the clause the verb of telling governs, with no party of its own
    assert ("KEN", "UGA", "033", "intended") in coded("Kenya assured Uganda that it would send aid.")
    assert ("KEN", "UGA", "032", "intended") in coded(
        "The Kenyan foreign minister told Ugandan officials that Kenya would support their bid.")


def test_an_act_told_is_no_act_on_the_one_told_when_it_is_not_the_tellers():
    # another party's act ("Tanzania would send aid") is not aimed at the one told; an order ("told X to")
    # stays an order; a second verb the parser hangs inside the clause is not told to the hearer
    assert not {t for s, t, c, _ in coded("Kenya assured Uganda that Tanzania would send aid.") if s == "TZA"} - {"---"}
    assert ("KEN", "UGA", "033", "intended") not in coded("Kenya told Uganda to send aid to Tanzania.")


def test_a_pronoun_object_is_not_its_own_verbs_doer():
    # bound_pronouns.unbound: "him" cannot be the one who thanks; the conjoined verb takes the first verb's party
    assert ("KEN", "UGA", "051", "asserted") in coded(
        "The Kenyan president met his Ugandan counterpart and thanked him for his support.")
    assert ("KEN", "UGA", "020", "asserted") in coded(
        "The Kenyan president met his Ugandan counterpart and urged him to release the prisoners.")


def test_a_pronoun_object_of_another_person_keeps_its_referent():
    # "him" is someone else named before (same code, another name): the target stays; and a conjunct with a
    # subject of its own is not the first verb's ("the Ugandan president praised him": on the Kenyan one)
    found = coded("President Kenyatta met President Museveni of Uganda and thanked him for his support.")
    assert ("KEN", "UGA", "051", "asserted") in found
    found = coded("The Kenyan president met the Ugandan president, and the Ugandan president praised him.")
    assert ("KEN", "UGA", "051", "asserted") not in found


def test_a_news_outlet_told_is_no_party():
    # audience.told_outlet: "told Reuters" is the interview's audience, not the one the act concerns
    assert not {t for _, t, _, _ in coded("The Kenyan minister told Reuters that Kenya would send aid.")} - {"---"}


def test_a_commitment_told_by_a_participle_on_a_contact_is_made_to_the_one_met():
    # contact_purpose.committed: "met X, agreeing to ...", "phoned X, promising to ..."
    assert ("KEN", "UGA", "031", "intended") in coded(
        "The Kenyan president met his Ugandan counterpart, agreeing to cooperate on security.")
    assert ("KEN", "UGA", "033", "intended") in coded(
        "The Kenyan president phoned the Ugandan president, promising to send aid.")


def test_a_participle_that_commits_to_nothing_is_no_act_on_the_one_met():
    # what is said, or asked, beside a meeting is not an intended act aimed at the one met
    assert {c for _, _, c, _ in coded("The Kenyan president met the Ugandan president, saying the talks had been "
                                      "useful.")} == {"040"}
    assert {c for _, _, c, _ in coded("The Kenyan senator spoke with the Ugandan minister, asking him a series of "
                                      "questions.")} <= {"040"}
