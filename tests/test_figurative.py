"""Force told as a figure of speech (events/figurative.py): assaults, fights and threats of force
between a country's own politicians, parties, papers and courts are no force; force by or on armed
actors, crowds or other states, and killings, stay."""

from __future__ import annotations

import pytest

from conftest import WHOLE, event_reader

codes = event_reader("2016-06-05", fields=WHOLE)


@pytest.mark.parametrize("sentence", [
    "Nigerian opposition MPs bombarded Nigerian Interior Minister Tom Hale with questions on Monday.",
    "Nigerian opposition parties will storm the Nigerian Senate in November, Ward said.",
])
def test_force_between_a_countrys_own_politicians_is_a_figure(sentence):
    assert not any(code[:2] in ("18", "19", "20") or code.startswith("138") for _, _, code in codes(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Nigerian opposition leader Ann Ward attacked Nigerian President Tom Hale over the budget.",
     ("NGAOPP", "NGAGOV", "111")),  # a politician's attack in words is still criticism (events/verbal.py)
    ("Russian troops attacked Ukrainian positions.", ("RUSMIL", "UKR", "190")),
])
def test_criticism_and_real_force_stay(sentence, expected):
    assert expected in codes(sentence)


def test_the_filter_reads_only_political_actors_of_one_country():
    from newsevents.events.figurative import figurative_force

    assert figurative_force("194", "NGALEG", "NGAGOV")
    assert figurative_force("1384", "USAPTY", "USALEG")
    assert figurative_force("182", "USAELI", "USAELI")
    assert not figurative_force("194", "NGALEG", "CMRGOV")  # another state
    assert not figurative_force("193", "FRALAB", "FRACVL")  # "the driver fired on the crowd"
    assert not figurative_force("190", "NGAGOV", "NGAOPP")  # a government's attack may be its forces'
    assert not figurative_force("1823", "USAELI", "USAELI")  # a killing is a killing
    assert not figurative_force("190", "NGALEG", "NGAMIL")  # the army is armed
    assert not figurative_force("111", "NGALEG", "NGAGOV")  # words are words


def test_legal_action_by_one_with_no_power_of_it_is_a_figure():
    from newsevents.events.figurative import figurative_force

    assert not codes("Democratic senator Ann Lee aggressively prosecuted Republican senator Tom Hale on taxes at "
                     "the debate.") & {("USALEG", "USALEG", "173")}
    assert ("USACOP", "USALEG", "173") in codes("Police arrested Republican senator Tom Hale on Monday.")
    assert figurative_force("173", "USAELI", "USALEG")
    assert not figurative_force("173", "USAJUD", "USALEG")  # a court's charge is a charge
    assert not figurative_force("173", "USAGOV", "USAELI")  # a government may charge
