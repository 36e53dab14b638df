"""Issue #10, twenty-ninth session: the blind chrome batches' odd pages as labelled lines for the
leave-one-batch-out transfer figure (``scripts/train_clean.py``: ``odd_page``, ``chrome_label``, ``chrome_pages``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import train_clean  # noqa: E402

ENTRY = {
    "headline": "Port Ellis board approves dredging plan",
    "must": ["approved a plan to dredge the northern channel"],
    "must_not": ["Ferry fares rise again", "© Coastwire"],
}


@pytest.mark.parametrize(("case", "odd"), [
    ("chrome_blind_s29_01", True), ("chrome_blind_s29_02", False), ("chrome_blind2_13", True), ("chrome_x", False),
])
def test_odd_pages_are_the_tune_half(case, odd):
    assert train_clean.odd_page(case) is odd


@pytest.mark.parametrize(("line", "label"), [
    ("Ferry fares rise again", "boilerplate"),
    ("The board approved a plan to dredge the northern channel on Monday.", "content"),
    ("Port Ellis board approves dredging plan", "content"),  # the headline
    ("Port Ellis board approves dredging plan - © Coastwire", "boilerplate"),  # the page's title line
    ("The council met on Tuesday.", "other"),  # neither: unlabelled
    ("The board approved a plan to dredge the northern channel. Ferry fares rise again", "other"),  # both
])
def test_a_line_is_labelled_from_the_pages_strings(line, label):
    assert train_clean.chrome_label(line, ENTRY)[0] == label


def test_only_odd_pages_are_read_and_every_batch_has_labels():
    pages = train_clean.chrome_pages()
    assert pages and all(train_clean.odd_page(page["site"].rsplit("/", 1)[1]) for page in pages)
    for batch in {page["batch"] for page in pages}:
        labels = {label for page in pages if page["batch"] == batch for label, _kind, _text in page["lines"]}
        assert {"boilerplate", "content"} <= labels


def test_every_blind_batch_is_taken():
    names = [folder.name for folder in train_clean.blind_batches()]
    assert names[0] == "chrome_blind_s22" and "chrome_blind_s30" in names and "chrome_blind_s30b" in names
    assert names == sorted(names)
