"""Property and fuzz tests: arbitrary bytes and text through read and clean never escape.

Bounded for CI (small ``max_examples``, no per-example deadline on a shared 2-core box);
the heavy corpus-shaped cases carry the ``reliability`` marker (``make reliability``).
"""

from __future__ import annotations

import itertools
import random
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from newsevents.clean import clean
from newsevents.model import Document
from newsevents.pipeline import guarded
from newsevents.read import iter_file, read

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".json", ""])
PAGE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600)
LINES = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zl", "Zp"),
                                                blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85"),
                         max_size=80), max_size=12)


def words(text: str) -> str:
    """Visible words only: clean may drop invisible format characters (soft hyphens, zero widths)."""
    text = unicodedata.normalize("NFKC", text)
    visible = "".join(c for c in text if c.isspace() or unicodedata.category(c) not in ("Cf", "Cc"))
    return " ".join(visible.split())


@FUZZ
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_read_never_raises_on_arbitrary_bytes(tmp_path, data, suffix):
    """Up to 150 random byte strings (0-2000 bytes) as .txt/.html/.jsonl/.csv/.json files: read never raises."""
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    docs = list(iter_file(str(path), "fuzz"))
    assert docs or suffix in (".csv", ".jsonl", ".json", ""), "a page file yields a document or a warning one"
    for doc in docs:
        assert isinstance(doc.raw, str)
        assert doc.id and doc.origin


@FUZZ
@given(text=PAGE_TEXT, fmt=st.sampled_from(["text", "html", "record"]))
def test_clean_never_escapes_the_guard_and_offsets_slice_text(text, fmt):
    """Up to 150 random texts as text/html/record: clean stays inside its guard; paragraph offsets slice text."""
    doc = guarded("clean", clean, Document(id="f", raw=text, format=fmt, title="T" if fmt == "record" else None))
    article = doc.article
    if article is None:
        return
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.start + len(paragraph.text)] == paragraph.text


@FUZZ
@given(lines=LINES)
def test_clean_accounts_for_every_line(lines):
    """Up to 150 random pages of lines: each non-blank line is kept in ``text`` or listed in ``removed``."""
    raw = "\n".join(lines)
    doc = guarded("clean", clean, Document(id="f", raw=raw, format="text"))
    if doc.article is None:
        assert not raw.strip() or doc.warnings
        return
    kept = words(doc.article.text)
    removed = [words(item.text) for item in doc.article.removed]
    for line in lines:
        line = words(line)
        if line:
            assert line in kept or any(line in item or item in line for item in removed if item), line


def test_code_is_deterministic():
    """One two-paragraph text coded twice: the same record both times."""
    pytest.importorskip("spacy")
    from newsevents.pipeline import code
    text = "Rebels attacked a village near Kabul.\n\nThe French president met the German chancellor in Paris on Monday."
    first = code(text, date="2024-01-02")
    assert code(text, date="2024-01-02") == first
    for event in first.get("events", []):
        sentence = event.get("sentence")
        assert sentence is None or isinstance(sentence, str)


def corpus_pages(limit: int) -> list[bytes]:
    """Real scraped pages from ../shared/corpora when present, else the pages we wrote under tests/pages."""
    corpora = ROOT.parent / "shared" / "corpora"
    pages: list[bytes] = []
    for name in ("fakenewscorpus_sample", "horne2017_political"):
        if (corpora / name).exists():
            pages += [doc.raw.encode() for doc in itertools.islice(read(str(corpora / name)), limit // 2)]
    if not pages:
        pages = [p.read_bytes() for p in sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    if not pages:
        pytest.skip("no pages (needs ../shared/corpora or tests/pages)")
    return pages


@pytest.mark.reliability
def test_cuts_splices_and_mixed_encodings_of_real_pages(tmp_path):
    """400 random cut+splice pairs of real pages, re-encoded utf-8/cp1252/latin-1/utf-16: read+clean, no stage fails."""
    pages = corpus_pages(200)
    rng = random.Random(16)
    tried = 0
    for number in range(400):
        a, b = rng.choice(pages), rng.choice(pages)
        cut = a[: rng.randrange(len(a) + 1)] + b[rng.randrange(len(b) + 1):]
        text = cut.decode("utf-8", "replace")
        encoded = text.encode(rng.choice(["utf-8", "cp1252", "latin-1", "utf-16"]), "replace")
        path = tmp_path / f"splice{number}.txt"
        path.write_bytes(encoded)
        for doc in read(str(path)):
            doc = guarded("clean", clean, doc)
            tried += 1
            assert not any("failed" in w for w in doc.warnings), doc.warnings
    assert tried == 400


@pytest.mark.reliability
def test_ten_megabyte_line(tmp_path):
    """One page with a 10 MB line: read+clean, one document, no stage fails."""
    path = tmp_path / "long.txt"
    path.write_bytes(b"Headline\n" + b"word " * (2 * 1024 * 1024) + b"\n")
    docs = [guarded("clean", clean, doc) for doc in read(str(path))]
    assert len(docs) == 1
    assert not any("failed" in w for w in docs[0].warnings), docs[0].warnings


@pytest.mark.reliability
def test_hundred_thousand_tiny_documents(tmp_path):
    """100,000 one-sentence JSONL records: read+clean, each once (lost 0, duplicated 0), none warned."""
    path = tmp_path / "tiny.jsonl"
    with path.open("w") as handle:
        for number in range(100_000):
            handle.write(f'{{"id": "t{number}", "text": "Item {number}."}}\n')
    ids = set()
    count = 0
    for doc in read(str(path)):
        doc = guarded("clean", clean, doc)
        count += 1
        ids.add(doc.id)
        assert not doc.warnings, doc.warnings
    assert count == len(ids) == 100_000
