"""Verbs in another sense and acts not done (events/senses.py): advice told as a warning, the furthering of an
activity told as encouragement, hearsay, habits, what a call asks for, the failure of talks that took place and
the modal perfect. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_reader
from newsevents.events.senses import read_words
from newsevents.resources import DataError

events = event_reader(fields=("source", "target", "code", "modality"))


def acts(sentence: str) -> set[tuple[str, str, str]]:
    return {(s, t, c) for s, t, c, m in events(sentence) if m != "negated"}


@pytest.mark.parametrize("sentence", [
    "Germany warned France that attacking the ruling party had cost it votes before.",
    "Poland warned Lithuania that the use of force against Belarus would be illegal.",
    "Germany warned the Social Democrats were the real threat to France.",
])
def test_a_warning_that_judges_an_act_is_advice(sentence):
    assert acts(sentence) == set()  # no threat, and no criticism of Belarus in the advice


@pytest.mark.parametrize("sentence", [
    "Poland warned Lithuania that its troops would pay a heavy price.",
    "Poland warned Lithuania it would be sorry.",
    "Poland warned Lithuania that the Polish army was ready for open war.",
])
def test_a_warning_of_what_the_warned_will_suffer_stays_a_threat(sentence):
    assert ("POL", "LTU", "130") in acts(sentence)


def test_an_act_in_a_rumour_is_not_done():
    assert acts("Newspapers reported rumours that Iran was about to expel the British ambassador.") == set()


def test_a_habit_is_no_act():
    assert acts("Britain tended to criticise China over Tibet.") == set()
    assert ("GBR", "CHN", "111") in acts("Britain criticised China over Tibet.")


def test_encouraging_an_activity_appeals_to_no_one():
    assert acts("Japan wants to encourage expanded trade with China.") == set()
    assert ("FRA", "IRN", "020") in acts("France encouraged Iran to return to talks with the European Union.")


def test_what_a_call_asks_for_is_not_done():
    assert not any(c.startswith("09") for _, _, c in acts(
        "Republicans renewed calls for a special prosecutor to investigate Iran."))


def test_the_failure_of_talks_tells_talks_held():
    held = events("The failure of talks between Egypt and Ethiopia has not led to war.")
    assert ("EGY", "ETH", "040", "asserted") in held
    assert ("ETH", "EGY", "057", "negated") in events("Ethiopia's failure to reach a deal with Egypt angered Cairo.")


def test_a_modal_perfect_is_not_done_or_only_possible():
    assert acts("Without the warning, Iran would have attacked Iraq.") == set()
    assert ("IRN", "IRQ", "190", "hypothetical") in events("Iran could have attacked Iraq.")


def test_charged_with_a_task_accuses_no_one():
    assert acts("The State Department and other parts of his administration charged with facilitating Libya's "
                "transition to a democracy have not succeeded.") == set()
    assert ("FRA", "LBY", "173") in acts("France charged a Libyan diplomat with smuggling arms.")


def test_a_bad_row_names_its_line(tmp_path):
    path = tmp_path / "senses.tsv"
    path.write_text("kind\tlemma\tnote\nhabit\tTend\tupper case\n", encoding="utf-8")
    with pytest.raises(DataError, match=":2:"):
        read_words(path)
