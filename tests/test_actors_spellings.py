"""Session 17 (issue #11's actors): known people's names as another transliteration spells them
(``actors/spellings.py``). Strings written for these tests, not taken from the check lists."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_phrase
from newsevents.actors.spellings import spaced, spelling_key


def key(name: str) -> str:
    return spelling_key(spaced(name.replace("-", " - ").split()))


def test_transliterations_of_one_name_share_a_key():
    assert key("Mouammar Kadhafi") == key("Muammar al-Qadhafi") == key("Muammar Gaddafi")
    assert key("Hamed Karzai") == key("Hamid Karzai")
    assert key("Mahmoud Ahmadinezhad") == key("Mahmoud Ahmadinejad")
    assert key("Volodimir Zelenski") == key("Volodymyr Zelenskyy")


def test_names_that_differ_by_more_than_a_transliteration_do_not():
    assert key("Marc Fisher") != key("Mark Fisher")      # the given name by its vowels only
    assert key("Andrea Mitchell") != key("Andrew Mitchell")
    assert key("David Peterson") != key("David Patterson")
    assert key("Mahmoud Abbas") != key("Mohammed Abbas")



@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "code", "name"), [
    ("Mouammar Kadhafi", "2010-06-01", "LBYGOV", "Muammar Gaddafi"),
    ("Hassan Rohani", "2015-06-01", "IRNGOV", "Hassan Rouhani"),
    ("Recep Tayip Erdogan", "2018-06-01", "TURGOV", "Recep Tayyip Erdoğan"),  # not a namesake of another given name
    ("the Libyan leader Mouammar Kadhafi", "2010-06-01", "LBYGOV", "Muammar Gaddafi"),  # a title is no part of it
])
def test_a_known_person_spelt_otherwise_is_that_person(lexicon, text, date, code, name):
    got = resolve_phrase(text, date, lexicon=lexicon)
    assert (got["code"], got["name"]) == (code, name), got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Andrea Mitchell",                     # another given name
    "Marc Fisher",
    "Charles E. Grassley",                 # not part of a longer name ("Charles III")
])
def test_other_people_stay_unknown(lexicon, text):
    assert resolve_phrase(text, "2016-01-01", lexicon=lexicon)["country"] is None
