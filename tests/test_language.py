"""The language check: other languages found, English (short, tabular, name-heavy) never skipped."""

from __future__ import annotations

import pytest

import newsevents
from fault_inputs import CHINESE, ENGLISH, FRENCH, SPANISH
from newsevents.language import foreign_language


@pytest.mark.parametrize(("text", "lang"), [(FRENCH, "fr"), (SPANISH, "es"), (CHINESE, "zh")])
def test_other_languages_are_found(text, lang):
    found = foreign_language(text)
    assert found is not None and found[0] == lang and found[1] >= 0.9


@pytest.mark.parametrize("text", [
    ENGLISH,
    "Shearson Lehman Brothers, a unit of American Express Co <AXP>, said Robert Stearns has joined the company "
    "as managing director of its merger and acquisition department.",  # capitalised names looked Spanish
    "Shr 45 cts vs 58 cts\n Net 1.1 mln vs 829,000\n Sales 7.2 mln vs 6.9 mln\n Avg shrs 2.4 mln vs 1.4 mln",
    "Paris, le 12 mai.",  # too short to be sure of anything
])
def test_english_and_thin_texts_are_not_called_foreign(text):
    assert foreign_language(text) is None


@pytest.mark.model
def test_the_pipeline_skips_a_foreign_article_and_says_why():
    record = newsevents.code("Visite à Moscou\n\n" + FRENCH, id="fr")
    assert record["skipped"].startswith("not-english (fr, p=") and record["text"] == "" and record["events"] == []
    assert newsevents.code("Talks\n\n" + ENGLISH)["skipped"] is None


@pytest.mark.model
def test_the_batch_function_of_run_and_spark_skips_the_same_way():
    """store.run.code_batch is what worker processes and Spark executors call."""
    from newsevents.model import Document
    from newsevents.pipeline import Options
    from newsevents.store.rows import document_key, status
    from newsevents.store.run import code_batch, init_worker
    from newsevents.store.stories import StorySettings

    init_worker(Options(), StorySettings(), preload=False)
    docs = [Document(id="fr", raw="Visite\n\n" + FRENCH), Document(id="en", raw="Talks\n\n" + ENGLISH),
            Document(id="big", raw="", skipped="too-large", warnings=("big.txt: over the limit",))]
    records = [record for _key, _sha, record, _blob in code_batch([(*document_key(d), d) for d in docs])]
    assert [status(r)[0] for r in records] == ["skipped", "coded", "skipped"]
    assert status(records[0])[1].startswith("not-english (fr") and status(records[2])[1] == "too-large"
