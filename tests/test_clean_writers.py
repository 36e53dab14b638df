"""Issue #10, twenty-fourth session: a bio names the writer the byline names (``clean/writers.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.scorer import judge_lines
from newsevents.clean.writers import REASON, writer_names

STORY = [HARBOUR_STORY[0], "By Jane Roe", *HARBOUR_STORY[1:],
         "The ferry company said it would move its boats to the northern pier, where a new hall opens in the spring."]


def test_writer_names_whole_and_first():
    names = writer_names(["Authors: Oksana Roe-Melnyk, Bohdan Doe", "By Jane Roe and Jim Doe"], ["byline"] * 2)
    assert {"Oksana Roe-Melnyk", "Oksana", "Bohdan Doe", "Jane Roe", "Jane", "Jim Doe"} <= names
    assert "Authors" not in names and "By" not in names


def test_bio_of_the_bylines_writer_goes_wherever_it_stands():
    """Under the byline, the writer's career in other words than a bio's ("joined … after"); after the story, the
    writer by the first name ("Jane covers …")."""
    top = [*STORY[:2], "Jane Roe joined the Valley Post in 2019 after six years at the Harbour Times.", *STORY[2:]]
    reasons = judge_lines(top)
    assert reasons[2] == REASON, list(zip(top, reasons, strict=True))
    assert reasons[3:] == [None] * 4
    end = [*STORY, "Jane covers local government and the courts for the Valley Post."]
    assert judge_lines(end)[-1] == REASON


def test_same_career_words_without_the_bylines_writer_stay():
    """A source who joined the council, a source sharing the writer's first name who said something: the story's."""
    lines = [*STORY[:4], "Jim Doe joined the council in 2019 after six years as a harbour pilot.",
             "Jane Pike, a trader, said she had covered the stall's rent for a decade.", *STORY[4:]]
    assert judge_lines(lines)[4:6] == [None, None]
    unsigned = [STORY[0], "Jane Roe joined the council in 2019 after six years at the port.", *STORY[2:]]
    assert judge_lines(unsigned)[1] is None


def test_link_to_the_writers_other_pieces_names_the_writer():
    """Twenty-fifth session: a column's bare-name byline is not a ``byline`` line, but "More from Jane Roe" names the
    writer, and her past career ("is a former …") is her bio."""
    assert writer_names(["More from Jane Roe"], ["related-links"]) >= {"Jane Roe", "Jane"}
    assert writer_names(["More from Jane Roe"], [None]) == set()
    lines = [STORY[0], "Jane Roe", *STORY[2:], "Jane Roe is a former harbour pilot who worked in Port Alder and Suva.",
             "More from Jane Roe", "Why the ferry still matters"]
    reasons = judge_lines(lines)
    assert reasons[-3] == REASON, list(zip(lines, reasons, strict=True))
    assert reasons[2:-3] == [None] * 4
