"""Decisions, threats and offers as nouns, and whose act their infinitive is (events/decisions.py)."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_reader

events = event_reader("1998-03-10", fields=(*FAMILY, "modality"))


@pytest.mark.parametrize("sentence, source, target", [
    ("The Ugandan threat to attack rebel camps in Congo worried Kinshasa.", "UGA", "COD"),
    ("Britain's threat to cut aid to Kenya was criticised by donors.", "GBR", "KEN"),
])
def test_a_threat_to_act_is_a_threat_not_the_act(sentence, source, target):
    found = events(sentence)
    assert any(s == source and t == target and code == "13" for s, t, code, _ in found)
    assert not any(s == source and code in ("16", "19") and modality == "asserted" for s, _, code, modality in found)


def test_a_state_adjective_names_the_doer_of_a_decision():
    found = events("The Canadian decision to expel two Cuban diplomats angered Havana.")
    assert any(s == "CAN" and t == "CUB" and code == "16" for s, t, code, _ in found)


def test_an_offer_to_mediate_is_an_intention():
    found = events("Egypt welcomed the Kenyan offer to mediate between Sudan and Chad.")
    assert any(s == "KEN" and code == "03" and modality == "intended" for s, _, code, modality in found)
