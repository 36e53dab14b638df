"""Issue #10, twenty-fifth session: a film's or programme's credit roll and a notice under its own heading go as
blocks (``clean/credit_rolls.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.credit_rolls import credit_rolls, headed_notices, role_label
from newsevents.clean.scorer import judge_lines

STORY = HARBOUR_STORY  # conftest: a short story of our own
ROLL = ["DIRECTED BY", "MARTA OYELARAN", "PRODUCERS", "TOMAS REID", "LENA VOSS", "Edited by Piet Lang",
        "ORIGINAL MUSIC BY", "Sandor Kell"]


def test_credit_roll_under_a_story_goes_whole():
    lines = [*STORY, "Watch the documentary below.", *ROLL]
    reasons = judge_lines(lines)
    at = len(STORY) + 1
    assert all(reasons[at:]), list(zip(lines, reasons, strict=True))  # the roll's, or another rule's kind
    assert credit_rolls(ROLL, [None] * len(ROLL), None) == ["source-credit"] * len(ROLL)
    assert reasons[1:len(STORY)] == [None] * (len(STORY) - 1)


def test_one_or_two_role_labels_are_no_roll():
    """A menu's lone "Music" or a byline's "Written by …" is one label; the names of two labels are not a roll."""
    lines = ["Music", "Jane Roe", "Written by Jim Doe", "Lena Voss"]
    reasons = [None] * len(lines)
    assert credit_rolls(lines, reasons, None) == reasons
    assert role_label("EXECUTIVE PRODUCERS") and role_label("Recorded at: Elm Hall, Port Alder")
    assert role_label("DIRECTORS OF PHOTOGRAPHY")
    assert not role_label("The producers said the film would open in May.")


def test_roll_stops_at_a_sentence():
    lines = ["DIRECTED BY", "MARTA OYELARAN", "PRODUCERS", "TOMAS REID", "CAMERA",
             "The film opens in Port Alder in May and tours the coast in June."]
    reasons = credit_rolls(lines, [None] * len(lines), None)
    assert reasons == ["source-credit"] * 5 + [None]


def test_notice_under_its_heading_closes_the_page():
    notice = ["DISCLAIMER", "THIS FILM IS THE WORK OF VOLUNTEERS AND IS NOT AFFILIATED WITH ANY STUDIO.",
              "NO PROFIT SHALL BE MADE FROM ITS SHOWING."]
    lines = [*STORY, *notice]
    reasons = judge_lines(lines)
    assert reasons[len(STORY):] == ["disclaimer"] * 3, list(zip(lines, reasons, strict=True))


def test_disclaimer_heading_above_the_story_or_a_long_text_stays():
    """At the top (a menu's entry) or over more than a notice's lines, the heading leaves the lines under it."""
    lines = ["Disclaimer", *STORY]
    assert headed_notices(lines, [None] * len(lines), None) == [None] * len(lines)
    long = [*STORY, "Disclaimer", *[f"Paragraph {n} of the terms reads at length." for n in range(13)]]
    assert headed_notices(long, [None] * len(long), None) == [None] * len(long)
