"""Acts aimed at a counterpart the sentence leaves unsaid: force postures, truces, retreats
(events/counterpart.py)."""

from __future__ import annotations

from conftest import FAMILY, event_reader
from newsevents.events.counterpart import aimed_at_counterpart, counterpart, counterpart_codes, own_forces

dyads = event_reader("2020-05-04", fields=FAMILY, title=None)


def test_counterpart_the_other_state_of_the_sentence():
    found = dyads("War\n\nRussia attacked Georgia. Georgia shelled Russia.\n\nGeorgian President Mikheil "
                  "Saakashvili said his country was in a state of war with Russia and called up reservists.")
    assert ("GEO", "RUS", "15") in found and ("GEO", "GEO", "15") not in found
    found = dyads("Border\n\nArmenia put its army on high alert on Sunday after talks with Azerbaijan failed.")
    assert ("ARM", "AZE", "15") in found


def test_counterpart_the_other_of_the_principal_pair():
    found = dyads("Border\n\nIndia accused China of an incursion. China denied it. India warned China.\n\n"
                  "On Monday India mobilised its troops.")
    assert ("IND", "CHN", "15") in found and ("IND", "IND", "15") not in found
    found = dyads("Mali\n\nMali expelled the French ambassador. France criticised Mali. Mali accused France.\n\n"
                  "France pulled its troops out in August.")
    assert ("FRA", "MLI", "08") in found and ("FRA", "FRA", "08") not in found


def test_counterpart_a_third_states_posture_answers_the_aggressor():
    found = dyads("Missiles\n\nNorth Korea fired a missile over Japan. North Korea warned Japan. "
                  "Japan condemned North Korea.\n\nSouth Korea's air force staged a bombing drill on Tuesday.")
    assert ("KOR", "PRK", "15") in found
    found = dyads("Gulf\n\nIran seized a British tanker. Iran warned Britain. Britain condemned Iran.\n\n"
                  "Saudi Arabia put its forces on high alert.")
    assert ("SAU", "IRN", "15") in found


def test_counterpart_a_rebel_group_is_not_the_states_forces():
    assert not own_forces("SDNREB", "SDNMIL") and own_forces("GEOGOV", "GEOMIL") and not own_forces("GEO", "RUSMIL")
    assert counterpart("SDNREB", {"SDN", "USA"}, (), None) == "USA"  # only for unknown targets or own forces
    assert counterpart("KOR", {"KOR", "PRK", "JPN"}, ("PRK", "JPN"), "PRK") is None  # two others: no guess


def test_counterpart_codes_file_is_read_and_matches_by_prefix():
    assert "0871" in counterpart_codes()
    assert aimed_at_counterpart("154") and aimed_at_counterpart("0874") and not aimed_at_counterpart("151")
