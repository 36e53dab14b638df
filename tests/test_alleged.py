"""An alleged wrong as the ground of a reprisal (events/alleged.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader("1987-04-10")


@pytest.mark.parametrize("sentence, expected", [
    ("The United States decided to take retaliatory action against Japan for its alleged failure to honour the pact.",
     ("USA", "JPN", "112")),
    ("Canada imposed tariffs on Brazil for Brazil's alleged dumping of steel.", ("CAN", "BRA", "112")),
    ("Israel bombed a camp in Lebanon in retaliation for Syria's alleged attack on its border post.",
     ("ISR", "SYR", "112")),
])
def test_a_reprisal_for_an_alleged_wrong_accuses_its_doer(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Colombian tax authorities are investigating Occidental, a U.S. firm, for alleged tax evasion.",  # no reprisal
    "Canada imposed tariffs on Brazil for Brazil's dumping of steel.",  # told as done, not alleged
])
def test_no_accusation_without_a_reprisal_for_an_alleged_wrong(sentence):
    assert not any(code == "112" for _, _, code in dyads(sentence))
