"""Tests for the boilerplate lexicon's search: a rule's search is left out on a line that lacks
every text the rule needs (``needed_text``), with the same reasons as searching every rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.clean.boilerplate import FOLDS_TO_ASCII, boilerplate_reason, load_rules, needed_text
from newsevents.clean.stamps import bare_date_stamp, date_stamp

PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"\bwe use cookies\b", ("we use cookies",)),
    (r"^(subscribe|sign up)\b.{0,60}\bnewsletter\b", ("newsletter",)),  # the longest of the runs
    (r"^(subscribe|join)\b", ("subscribe", "join")),  # one text a branch
    (r"^(subscribe|\d+)\b", ()),  # a branch without a text: nothing can be told
    (r"(?:\d+ )?comments?$", ("comment",)),  # an optional part needs nothing
    (r"(ab){2,}x", ("ab",)),  # a repeat at least once needs what its part needs
    (r"^(.)\1{7,}$", ()),
    (r"(?-i:[A-Z])\w+ Photo", (" photo",)),  # lower case: the line is read in lower case
    (r"caf\u00e9 society", (" society",)),  # a character beyond ASCII ends a run
])
def test_needed_text(pattern, needs):
    assert needed_text(re.compile(pattern, re.IGNORECASE)) == needs


def plain_reason(line: str) -> str | None:
    """Every rule searched, as before the texts were read off the patterns; then a date stamp by its words (twenty-third
    session), as ``boilerplate_reason`` asks last."""
    stripped = line.strip()
    words = len(stripped.split())
    found = next((rule.reason for rule in load_rules() if words <= rule.max_words and rule.pattern.search(stripped)),
                 None)
    return found or ("date-line" if date_stamp(stripped) or bare_date_stamp(stripped) else None)


def test_same_reasons_as_searching_every_rule():
    lines = [line for page in sorted(PAGES.glob("*.txt")) for line in page.read_text(encoding="utf-8").splitlines()]
    lines += [line.upper() for line in lines] + [line.title() for line in lines]
    assert sum(plain_reason(line) is not None for line in lines) > 500  # the pages' chrome is matched
    assert [boilerplate_reason(line) for line in lines] == [plain_reason(line) for line in lines]


def test_a_character_that_folds_to_ascii_keeps_the_search():
    line = "This site uſes cookies to improve your experience"  # a long s: the pattern's "s" matches it
    assert plain_reason(line) == "cookie-notice"
    assert boilerplate_reason(line) == "cookie-notice"


def test_folds_to_ascii_lists_every_such_character():
    ascii_case_blind = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = {chr(code) for code in range(128, 0x110000) if ascii_case_blind.fullmatch(chr(code))}
    assert found == {chr(code) for code in range(128, 0x110000) if FOLDS_TO_ASCII.fullmatch(chr(code))}


def test_without_the_parser_every_rule_searches_every_line(monkeypatch):
    """``re``'s parser is private: where a Python lacks it, nothing is left out (and nothing breaks)."""
    import newsevents.clean.boilerplate as boilerplate

    monkeypatch.setattr(boilerplate, "sre_parse", None)
    assert needed_text(re.compile(r"\bwe use cookies\b", re.IGNORECASE)) == ()
