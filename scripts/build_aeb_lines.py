"""Build tests/fixtures/clean/aeb_lines.jsonl.gz: the AEB pages as labelled plain-text scrapes.

Source: ../shared/gold/extraction/aeb (the Article Extraction Benchmark by Scrapinghub,
MIT licence): ``html/<key>.html.gz`` pages and ``ground-truth.json`` mapping each key to
its ``articleBody`` and ``url``.

Each page becomes what a crawler's text dump looks like: the page's whole visible text
from ``html-text`` (``guess_layout=True``: one block a line), empty lines dropped, each
line stripped. Each line is then labelled:

* ``content`` when it is in the ground-truth body, by **normalised-text containment**:
  the line's word sequence (NFKC, lower case, words of letters and digits only) equals a
  whole ground-truth paragraph, or has at least ``MIN_CONTAINED_WORDS`` words and occurs
  as a contiguous run in the body; or, for a line of at least ``MIN_OVERLAP_WORDS`` words,
  by **high token overlap**: at least ``MIN_BIGRAM_SHARE`` of its word bigrams occur in
  the body (a body paragraph with an inline link or ad the ground truth dropped). A
  second copy of a content line (pages that repeat the article, e.g. an AMP copy) is
  boilerplate ``other``, as in the hand labels;
* ``headline`` when it is the page's first ``<h1>`` (or ``og:title``) before any content
  line — the benchmark has no title, so this is our cheap rule, not the gold;
* ``boilerplate`` otherwise, with a kind from a few cheap rules (``KIND_RULES``) or
  ``other``. The kinds are a rough guide, not hand labels.

Pages are split tune/report by site (the URL's domain, ``www.`` dropped) with the rule of
tests/fixtures/clean/README.md: ``tune`` when the first byte of sha1(site) is even.

Usage:  python scripts/build_aeb_lines.py [--aeb ../shared/gold/extraction/aeb]
                                          [--out tests/fixtures/clean/aeb_lines.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import html_text
import lxml.html

ROOT = Path(__file__).resolve().parents[1]
MIN_CONTAINED_WORDS = 4
MIN_OVERLAP_WORDS = 8
MIN_BIGRAM_SHARE = 0.8
WORD = re.compile(r"[^\W_]+")

KIND_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("cookie-notice", re.compile(r"\bcookies?\b", re.I)),
    ("advertisement", re.compile(r"^(advertisement|advertising|ad|sponsored( content)?|promoted|paid content)$", re.I)),
    ("subscription-appeal", re.compile(r"\b(subscribe|newsletter|sign up|log in|sign in|register)\b", re.I)),
    ("share-follow", re.compile(r"^(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit)\b"
                                r"|\bfollow (us|@)|^share (this|on)\b", re.I)),
    ("photo-credit", re.compile(r"^(photo|image|picture|credit)s?( credit)?\s*[:|]|getty images|\bAFP via\b"
                                r"|^\(?(photo|image)\b.*\)$", re.I)),
    ("related-links", re.compile(r"^(related|read more|more from|recommended|you may also like|most (read|popular)"
                                 r"|trending|more stories|also read|see also|what to read next)\b", re.I)),
    ("read-more", re.compile(r"^continue reading\b", re.I)),
    ("comment-widget", re.compile(r"^(\d+\s+)?comments?\b|\bleave a (comment|reply)\b|^show comments", re.I)),
    ("tags", re.compile(r"^(tags|topics|filed under|keywords)\s*:", re.I)),
    ("byline", re.compile(r"^by\s+[A-Z]")),
    ("date-line", re.compile(r"^(updated|published|posted)?\s*:?\s*((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
                             r"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}"
                             r"|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{4}"
                             r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
                             r"[\s,]*(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*\w{0,4})?$", re.I)),
    ("navigation", re.compile(r"^(home|menu|search|skip to (main )?content|sections|close|back to top|next|previous"
                              r"|main menu|navigation|site index)$", re.I)),
    ("disclaimer", re.compile(r"©|\ball rights reserved\b|\bcopyright\b|\bprivacy policy\b|\bterms of (use|service)\b",
                              re.I)),
]


def words(text: str) -> list[str]:
    """Normalised words: NFKC, lower case, runs of letters and digits."""
    return WORD.findall(unicodedata.normalize("NFKC", text).lower())


def site_of(url: str) -> str:
    host = urlsplit(url).hostname or "unknown"
    return host[4:] if host.startswith("www.") else host


def split_of(site: str) -> str:
    return "tune" if hashlib.sha1(site.encode("utf-8")).digest()[0] % 2 == 0 else "report"


def page_lines(html: str) -> list[str]:
    """The page's visible text, one block a line, empty lines dropped."""
    text = html_text.extract_text(html, guess_layout=True)
    return [line.strip() for line in text.splitlines() if line.strip()]


def page_title(html: str) -> str | None:
    """The first <h1>'s text, else og:title; None when the page has neither."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    for meta in tree.xpath('//meta[@property="og:title"]/@content'):
        if meta.strip():
            return meta.strip()
    return None


class Body:
    """The ground-truth body, ready for containment and overlap tests."""

    def __init__(self, text: str):
        self.joined = " " + " ".join(words(text)) + " "
        self.paragraphs = {" ".join(words(p)) for p in text.split("\n") if words(p)}
        tokens = self.joined.split()
        self.bigrams = set(zip(tokens, tokens[1:], strict=False))

    def holds(self, line: str) -> bool:
        tokens = words(line)
        if not tokens:
            return False
        joined = " ".join(tokens)
        if joined in self.paragraphs:
            return True
        if len(tokens) >= MIN_CONTAINED_WORDS and f" {joined} " in self.joined:
            return True
        if len(tokens) >= MIN_OVERLAP_WORDS:
            pairs = list(zip(tokens, tokens[1:], strict=False))
            return sum(pair in self.bigrams for pair in pairs) / len(pairs) >= MIN_BIGRAM_SHARE
        return False


def boilerplate_kind(line: str) -> str:
    for kind, pattern in KIND_RULES:
        if pattern.search(line):
            return kind
    return "other"


def label_page(lines: list[str], body: Body, title: str | None) -> list[list[str]]:
    labelled: list[list[str]] = []
    title_words = words(title) if title else None
    seen_content = seen_headline = False
    kept: set[str] = set()
    for line in lines:
        if body.holds(line) and " ".join(words(line)) not in kept:
            labelled.append(["content", "", line])
            kept.add(" ".join(words(line)))
            seen_content = True
        elif body.holds(line):
            labelled.append(["boilerplate", "other", line])
        elif title_words and not seen_content and not seen_headline and words(line) == title_words:
            labelled.append(["headline", "", line])
            seen_headline = True
        else:
            labelled.append(["boilerplate", boilerplate_kind(line), line])
    return labelled


def build(aeb: Path) -> list[dict]:
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        path = aeb / "html" / f"{key}.html.gz"
        with gzip.open(path, "rb") as handle:
            raw = handle.read()
        html = raw.decode("utf-8", errors="replace")
        site = site_of(truth[key]["url"])
        lines = label_page(page_lines(html), Body(truth[key]["articleBody"]), page_title(html))
        pages.append({"id": f"aeb/{key}", "corpus": "aeb", "site": site, "split": split_of(site),
                      "url": truth[key]["url"], "lines": lines})
    return pages


def body_coverage(aeb: Path, pages: list[dict]) -> tuple[int, int]:
    """How many ground-truth paragraphs (4+ words) the content lines cover: a check on the labels."""
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    covered = total = 0
    for page in pages:
        kept = " " + " ".join(" ".join(words(text)) for label, _, text in page["lines"] if label == "content") + " "
        for paragraph in truth[page["id"].split("/", 1)[1]]["articleBody"].split("\n"):
            tokens = words(paragraph)
            if len(tokens) >= MIN_CONTAINED_WORDS:
                total += 1
                covered += f" {' '.join(tokens)} " in kept
    return covered, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "gold" / "extraction" / "aeb")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures" / "clean" / "aeb_lines.jsonl.gz")
    args = parser.parse_args(argv)
    if not (args.aeb / "ground-truth.json").exists():
        parser.error(f"{args.aeb}: no ground-truth.json (is ../shared present?)")
    pages = build(args.aeb)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as out:
        for page in pages:
            out.write(json.dumps(page, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for page in pages:
        for label, _, _ in page["lines"]:
            counts[label] = counts.get(label, 0) + 1
    covered, total = body_coverage(args.aeb, pages)
    sys.stderr.write(f"{len(pages)} pages, {sum(counts.values())} lines {counts} -> {args.out}\n"
                     f"ground-truth paragraphs of 4+ words found among the content lines: {covered} of {total}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
