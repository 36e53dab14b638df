"""Pairs the coder did not form (thirty-second session, S; issue #11 recall): shapes of the parse that link a party
to an act. Sentences of our own, negatives included."""

from __future__ import annotations

from conftest import event_reader

coded = event_reader(fields=("source", "target", "family"), negated=False)


def test_second_of_coordinated_participles_shares_the_noun():
    """"Museveni, aided by X and opposed by Y": the second participle's by-phrase names its own doer, and the noun
    both modify undergoes it (events/participles.py, ``reduced_head``)."""
    found = coded("Museveni, aided by the Kenyans and opposed by Tanzania, held on to power.")
    assert ("KEN", "UGA", "07") in found and ("TZA", "UGA", "11") in found


def test_second_participle_after_one_with_no_agent():
    found = coded("The Ugandan leader, elected in 2001 and praised by Kenya, resigned on Monday.")
    assert ("KEN", "UGA", "05") in found


def test_coordinated_participle_without_agent_names_no_doer():
    """"opposed to" is a stance with no by-phrase: no doer, no event of Tanzania's."""
    found = coded("Museveni, aided by the Kenyans and opposed to Tanzania, held on to power.")
    assert not any(source == "TZA" for source, _, _ in found)


def test_coordinated_participle_on_ones_own_is_no_event():
    """A party's praise of its own government's work acts on itself: no event."""
    found = coded("The Kenyan government's budget, drafted in May and praised by the Kenyan government, passed.")
    assert not found


def test_participle_with_an_object_of_its_own_is_not_reduced():
    """A conjunct with its own object is a finite verb of the clause, not a second modifier of the noun."""
    found = coded("The Ugandan plan, drafted by Kenyan officials, angered Tanzania and worried Sudan.")
    assert ("SDN", "UGA", "11") not in found and ("TZA", "UGA", "11") not in found


business = event_reader(fields=("source", "target_code", "family", "modality"), negated=False)


def test_talks_with_its_creditors_are_with_business_of_no_state():
    """A debtor's creditors are others, of no state the phrase names (events/creditors.py): ---BUS, not the
    debtor's own banks, and not an act aimed at nobody."""
    assert ("PER", "---BUS", "03", "intended") in business("Peru will meet its creditors next week.")
    assert ("PER", "---BUS", "04", "asserted") in business("Peru began talks with its creditor banks on Monday.")
    assert ("ECU", "---BUS", "16", "asserted") in business("Ecuador suspended payments to private foreign banks.")


def test_creditors_whose_state_or_body_is_named_keep_it():
    assert ("BRA", "JPN", "16", "asserted") in business("Brazil suspended payments to its Japanese creditors.")
    found = business("Baker backed the decision by the Paris Club creditors to reschedule loans to Brazil.")
    assert not any(target == "---BUS" for _, target, _, _ in found)


def test_a_firm_and_its_creditors_is_no_states_act():
    assert not business("The company held talks with its creditors on Monday.")


def test_a_hypothetical_meeting_with_creditors_is_not_asserted():
    found = business("Peru may meet its creditors next week.")
    assert not any(modality == "asserted" for _, _, _, modality in found)


def test_ones_own_organ_is_still_no_party():
    assert not business("Peru vowed to strengthen its coast guard.")


def test_creditor_states_are_no_business():
    found = business("Nigeria began a tour of creditor nations in London on Tuesday.")
    assert not any(target == "---BUS" for _, target, _, _ in found)


def test_refused_talks_with_creditors_are_a_rejection():
    found = business("Peru refused to hold talks with its creditors.")
    assert found and all(family == "12" for _, _, family, _ in found)


def test_an_opinion_writers_judgement_of_creditors_names_no_source():
    assert not business("Critics said the creditor banks had been too harsh on poor countries.")
