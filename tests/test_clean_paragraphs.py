"""Tests for splitting raw text into paragraphs (clean/paragraphs.py): numbered entries are not wrapped copy."""

from __future__ import annotations

from newsevents.clean.paragraphs import split_paragraphs


def test_numbered_list_under_a_label_is_not_joined_as_wrapped_copy():
    """A closing list ("Trending now", then "1. …", "2. …") stops mid-sentence on every line and its next line opens
    with a figure, as wrapped wire copy goes on; the list mark says it is an entry (twenty-third session)."""
    block = ("Trending now\n1. Harbour bridge closes to lorries\n2. Council approves new market levies\n"
             "3. Ferry timetable changes from Monday")
    assert split_paragraphs(block) == block.split("\n")


def test_wrapped_wire_copy_going_on_with_a_figure_is_still_joined():
    wrapped = ("The company said its net profit for the year rose to\n12.5 mln dlrs from 9.8 mln dlrs a year earlier,\n"
               "helped by higher sales of its industrial products in\nthe United States and Europe.")
    assert split_paragraphs(wrapped) == [" ".join(wrapped.split())]
