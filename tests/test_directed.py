"""Acts required, instructed or proposed of others, not done (events/directed.py); a response told as welcome is no
threat (constructions.find_threatened_response). Sentences we wrote, each with the case that must still be coded."""

from __future__ import annotations

import pytest

from conftest import coded_events


def codes(sentence: str) -> set[tuple[str, str, str]]:
    return {(e["source"][:3], e["target"][:3], e["code"][:2]) for e in coded_events(sentence, "2016-05-01")
            if e["modality"] != "negated"}


@pytest.mark.parametrize("sentence, dyad", [
    ("The new law would require the Kenyan president to retaliate against Uganda.", ("KEN", "UGA", "13")),
    ("A clause requires that the ministry investigate whether Ghana mistreated Togolese traders.",
     ("TGO", "GHA", "09")),
    ("The senator proposed that Chilean officials meet with Peruvian envoys next month.", ("CHL", "PER", "04")),
    ("The Chilean president said he would instruct his attorney general to appoint a prosecutor to investigate Peru.",
     ("CHL", "PER", "09")),
    ("Chile's president said he would instruct the minister to investigate Peru's fishing fleet.",
     ("CHL", "PER", "09")),
    ("Lima is expected to respond favourably to a Chilean request for more aid.", ("PER", "CHL", "13")),
])
def test_what_another_is_required_or_proposed_to_do_is_no_act(sentence, dyad):
    assert not {d for d in codes(sentence) if d[2] == dyad[2] and d[1] == dyad[1]}


@pytest.mark.parametrize("sentence, dyad", [
    ("Chilean officials met with Peruvian envoys in Lima on Monday.", ("CHL", "PER", "04")),
    ("The Kenyan government said it would respond in kind to Uganda.", ("KEN", "UGA", "13")),
    ("Ghana demanded that Togo withdraw its troops from the border.", ("GHA", "TGO", "10")),
    ("Ghana urged Togo to hold talks with Benin.", ("GHA", "TGO", "02")),
])
def test_acts_done_and_demands_stay(sentence, dyad):
    assert dyad in codes(sentence)
