"""Property and fuzz tests of the whole pipeline (issue #16; read and clean alone: test_fuzz.py).

Whatever text comes in, no stage raises past its guard, every offset slices the evidence it
names, and coding is deterministic. Example counts are kept small so the suite stays quick on
two cores; `HYPOTHESIS_PROFILE=long` runs many more.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents import code
from newsevents.clean import clean
from newsevents.model import Document

settings.register_profile("ci", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Text shaped like a scraped page: words, names, quotes, credits, URLs, odd characters and line breaks.
NEWS_WORDS = st.sampled_from(["Russia", "said", "the", "Kremlin", "Peskov", "(Reuters)", "-", "“", "”", '"', "'s",
                              "North", "Korea", "talks", "Share", "on", "Twitter", "MOSCOW,", "Dec", "20", "@handle",
                              "https://x.example/a", "\u00a0", "\u200b", "Photo:", "AFP", "\t", "…", "—", ".", ","])
PAGES = st.lists(st.one_of(NEWS_WORDS, st.text(max_size=12)), max_size=80).map(
    lambda words: "".join(w + ("\n" if i % 9 == 8 else " ") for i, w in enumerate(words)))


def offsets_slice_their_evidence(record: dict) -> None:
    text = record["text"]
    for actor in record["actors"]:
        assert text[actor["start"]:actor["end"]] == actor["text"]
    for quote in record["quotes"]:
        assert 0 <= quote["start"] <= quote["end"] <= len(text)
    for event in record["events"]:
        assert text[event["start"]:event["end"]] == event["sentence"]
        place = event.get("location")
        if place and place["start"] is not None:
            assert text[place["start"]:place["end"]].strip()


@given(st.text(max_size=3000))
def test_fuzz_clean_html_never_raises(text):
    doc = clean(Document(id="x", raw=f"<html><body><p>{text}</p></body></html>", format="html"))
    assert doc.article is not None or doc.warnings or not text.strip()


@pytest.mark.model
@settings(max_examples=15)
@given(PAGES)
def test_fuzz_code_news_shaped_text_is_guarded_sliced_and_deterministic(page):
    first = code(page, date="2017-12-20")
    offsets_slice_their_evidence(first)
    assert code(page, date="2017-12-20") == first


@pytest.mark.model
@settings(max_examples=10)
@given(st.text(max_size=1500))
def test_fuzz_code_arbitrary_text_never_raises(text):
    record = code(text, date="2020-01-01")
    offsets_slice_their_evidence(record)
    assert not any("failed" in warning for warning in record["warnings"]), record["warnings"]


@pytest.mark.model
def test_fuzz_cuts_and_splices_of_real_pages(tmp_path: Path):
    """Random cuts and splices of the bundled example pages (and the seed): every piece codes."""
    import random

    pages = [p.read_text(encoding="utf-8") for p in sorted(
        (Path(__file__).resolve().parents[1] / "src" / "newsevents" / "examples").glob("*.txt"))]
    rng = random.Random(16)
    pieces = []
    for _ in range(40):
        a, b = rng.sample(pages, 2)
        i, j = rng.randrange(len(a)), rng.randrange(len(b))
        pieces.append(a[:i] + b[j:])
    from newsevents import code_many

    records = list(code_many(pieces, date="2017-12-20"))
    assert len(records) == len(pieces)
    for record in records:
        offsets_slice_their_evidence(record)
        assert not any("failed" in warning for warning in record["warnings"]), record["warnings"]
