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
