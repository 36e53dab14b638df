"""Issue #10, twenty-sixth session: a breaking-news ticker above the headline (``clean/tickers.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.model import Document

HEADLINE = "Harbour council votes to close the old ferry terminal after a decade of losses"
STORY = [HEADLINE, "By Jane Roe", *HARBOUR_STORY[1:]]


def headline_of(lines: list[str]) -> str | None:
    return clean(Document(id="t", raw="\n\n".join(lines))).article.headline


def test_ticker_under_its_label_is_not_the_headline():
    ticker = ["BREAKING", "Terminal traders to take council to court, lawyer says", "Ferry fares frozen for summer",
              "Storm warning for the northern coast tonight"]
    assert headline_of(["HARBOUR POST", *ticker, *STORY]) == HEADLINE
    assert headline_of(["HARBOUR POST", *ticker, "News > Local", *STORY]) == HEADLINE  # past a breadcrumb


def test_titles_led_by_ticker_labels_are_not_the_headline():
    ticker = ["LIVE: Harbour council budget debate", "JUST IN: Port Alder mayor resigns",
              "TRENDING: Ferry terminal closure vote"]
    assert headline_of(["HARBOUR POST", *ticker, *STORY]) == HEADLINE


def test_a_breaking_headline_alone_stays():
    """One title under the label, or the headline right under it sharing the most: no ticker."""
    assert headline_of(["HARBOUR POST", "BREAKING", *STORY]) == HEADLINE
    assert headline_of(["HARBOUR POST", "LIVE: " + HEADLINE, *STORY[1:]]) == "LIVE: " + HEADLINE
