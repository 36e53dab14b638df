"""Tests for a page's date stamp known by its words (clean/stamps.py, issue #10, twenty-third session)."""

from __future__ import annotations

import pytest

from newsevents.clean.boilerplate import boilerplate_reason
from newsevents.clean.stamps import bare_date_stamp, date_stamp, labelled_date_stamp


@pytest.mark.parametrize("line", [
    "Updated about 2 hours ago",
    "This was published 3 hours ago",
    "Last update on: Sun May 17, 2026 09:02 PM",
    "Posted Thu 20 Aug 2026 at 5:58pm",
    "Published: 03 Jul 2026 - 10:05 pm | Last updated: 03 Jul 2026 - 10:31 pm",
    "(Updated: 24 Sep 2026 09:40PM)",
    "Published 9:02 a.m. ET May 3, 2024",
])
def test_date_stamp_in_any_wording(line):
    assert date_stamp(line)
    assert boilerplate_reason(line) == "date-line"


@pytest.mark.parametrize("line", [
    "March 3, 2016",  # a bare date: a timeline's entry
    "Updated figures for March 2026",  # a word no stamp prints
    "The bill was published on May 3.",
    "Posted",
    "3 hours",
])
def test_no_date_stamp_without_a_date_and_a_verb_or_with_other_words(line):
    assert not date_stamp(line)


@pytest.mark.parametrize(("line", "expected"), [
    ("12 January 2026", True),
    ("Friday, 16 October 2026", True),
    ("Sun May 17, 2026 08:35 PM", True),
    ("20 Nov 2019, 9:42am", True),
    ("October 13, 2016.", False),  # a signed document's date
    ("29 November 2018 | 20 January 2019", False),  # a range
    ("THURSDAY 11/14", False),
    ("Budget 2026", False),
])
def test_bare_date_in_any_order(line, expected):
    """One date alone, day first or month first, with its weekday or time, is a date line as 'March 3, 2016' was."""
    assert bare_date_stamp(line) is expected
    assert (boilerplate_reason(line) == "date-line") is expected


@pytest.mark.parametrize(("line", "stamp"), [
    ("Jakarta ● Wed, March 5, 2025", True),
    ("Tuesday 11 February 2025 | Issue 412", True),
    ("LONDON | 3 March 2025", True),
    ("Issue #212 · Friday, 10 April 2026", True),  # twenty-fifth session: the number after "#"
    ("Auction Highlights – June 2015", False),
    ("March 3, 2025 | Council votes to close the terminal", False),
    ("The vote | March 3, 2025", False),
])
def test_date_beside_a_place_or_an_issue_number(line, stamp):
    """A dateline's place or a newsletter's issue number beside one day's date is the page's stamp; a title beside
    a date, or a month's heading, stays."""
    assert labelled_date_stamp(line) is stamp
    assert (boilerplate_reason(line) == "date-line") is stamp


@pytest.mark.parametrize(("line", "stamp"), [
    ("19/03/2026", True),
    ("Thu 02.05.2026", True),
    ("07-05-2026, 10:42", True),
    ("29 Ramadan 1447", True),
    ("Wednesday, 15 Chaitra 2082", True),
    ("Version 1.2.2020", False),
    ("Ramadan begins on 1 March", False),
    ("The 1447 Ramadan", False),
])
def test_dates_in_numbers_and_other_calendars(line, stamp):
    """Twenty-fifth session: a date in numbers, day or month first, and a month of the Hijri, Nepali or Persian
    calendar with its year; a version number or a sentence naming the month stays."""
    assert bare_date_stamp(line) is stamp


def test_the_same_day_in_two_calendars_is_one_stamp():
    assert labelled_date_stamp("Thu 19 March 2026 | 29 Ramadan 1447")
    assert not labelled_date_stamp("29 November 2018 | 20 January 2019")  # a range stays


def test_a_time_zone_the_list_does_not_name_is_known_by_its_shape():
    """ "MYT", "GST": capitals ending in T after the clock (twenty-seventh session); a company's name beside a date is
    no zone."""
    assert bare_date_stamp("Monday, 16 Mar 2026 8:15 AM MYT")
    assert date_stamp("Updated 16 March 2026 9:00 GST")
    assert not bare_date_stamp("16 March 2026 Harbour Shipping")
