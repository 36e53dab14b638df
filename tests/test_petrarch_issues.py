"""PETRARCH issue coding on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from newsevents.events.petrarch_issues import code_issues, expand, read_issues
from newsevents.resources import DataError

ISSUES = FIXTURES / "petrarch_config" / "demo.issues.txt"


def test_petrarch_issues_expansions():
    assert set(expand("n:tariff")) == {"tariff", "tariffs"}
    assert set(expand("free+trade")) == {"free trade", "free-trade"}
    assert "banning" in expand("v:ban") or "baning" in expand("v:ban")


def test_petrarch_issues_counts_codes_per_document():
    book = read_issues(ISSUES)
    issues = code_issues("Sylvania raised tariffs on Freedonian duck soup. The free-trade talks failed.", book)
    assert issues == [{"code": "TRADE_BARRIERS", "count": 1}, {"code": "FREE_TRADE", "count": 1}]


def test_petrarch_issues_an_ignore_phrase_cancels_the_sentence():
    book = read_issues(ISSUES)
    assert code_issues("It was the tariff of the day.", book) == []


def test_petrarch_issues_errors_name_file_and_line(tmp_path):
    path = tmp_path / "bad.issues.txt"
    path.write_text("<ISSUE CATEGORY=\"X\">\n<WRONG>\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad\.issues\.txt:2"):
        read_issues(path)
