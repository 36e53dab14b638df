"""An object moved after a judging adjective (events/shifted.py), on sentences we wrote."""

from __future__ import annotations

from conftest import event_reader

coded = event_reader("1987-05-10", fields=("source", "code"), negated=False)


def test_a_denial_of_reports_moved_after_as_baseless_is_a_denial():
    assert ("LBY", "016") in coded("Libya denied as baseless reports that it had shelled the Chadian border post.")


def test_what_is_denied_is_no_act():
    assert not any(code.startswith("19") for _, code in coded(
        "Libya denied as baseless reports that it had shelled the Chadian border post."))


def test_a_role_after_as_is_no_object():
    assert not coded("Kenya's trade minister served as chief negotiator at the talks.")
