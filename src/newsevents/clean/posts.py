"""An embedded post's counts row, known by its words (issue #10, twenty-sixth session).

A platform prints a row of counts under a post, and sites print one over or under a story: "👍❤️ 842 · 163 comments ·
57 shares", "2:14 PM · Mar 12, 2026 · 48.2K Views", "🔥 Shares: 2,931 | 💬 148", "👁 5,207 views", a Facebook post's
"March 23 at 9:14 AM · 🌎". The lexicon knows a few such rows by pattern; every platform and site orders its counts,
icons and separators its own way. Here a line is a counts row when every word of it is a count's
(``data/clean/count_words.tsv``), a number, a clock time, a date's word (``date_stamp_words.tsv``) or a symbol, and it
has a count in it: a number with a counted word, or a symbol beside a clock time (a post's time stamp and its
audience icon). A table's row of bare figures ("2,931 | 148") has no counted word and stays. A post's text flattened
into one line with its footer ('"…" 2:14 PM · Mar 12, 2026 · 48.2K Views') goes whole.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsevents.clean.stamps import stamp_words
from newsevents.resources import data_path, read_tsv

MAX_TOKENS = 16
SPLIT = re.compile(r"[\s·|•,()/]+")
NUMBER = re.compile(r"^\d[\d,.]*[kmb]?\+?$")
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$")
DATE_CLASSES = frozenset({"month", "day", "zone"})


@lru_cache(maxsize=1)
def count_words() -> dict[str, str]:
    """Each word of ``data/clean/count_words.tsv`` with its class (count, filler)."""
    return {word: kind for _, (word, kind, _note) in read_tsv(data_path("clean", "count_words.tsv"), columns=3)}


def token_kind(token: str) -> str | None:
    """What a token of a counts row is: number, clock, count, filler, date, symbol; None for any other word."""
    if NUMBER.match(token):
        return "number"
    if CLOCK.match(token):
        return "clock"
    if token in count_words():
        return count_words()[token]
    if stamp_words().get(token.rstrip(".")) in DATE_CLASSES:
        return "date"
    if not any(char.isalnum() for char in token):
        return "symbol"
    return None


def counts_row(line: str) -> bool:
    """Whether ``line`` is only a row of counts (see the module's docstring)."""
    tokens = [token.strip(":") for token in SPLIT.split(line.strip().lower()) if token.strip(":")]
    if not tokens or len(tokens) > MAX_TOKENS:
        return False
    kinds = [token_kind(token) for token in tokens]
    if None in kinds or "number" not in kinds and "clock" not in kinds:
        return False
    counted = "count" in kinds and "number" in kinds
    posted = "clock" in kinds and any(kind == "symbol" and not token.isascii()
                                      for token, kind in zip(tokens, kinds, strict=True))
    iconed = set(kinds) == {"number", "symbol"} and all(  # "👁 184.6K": a count under its icon (a pictograph), no word
        unicodedata.category(token[0]) == "So" for token, kind in zip(tokens, kinds, strict=True) if kind == "symbol")
    return counted or posted or iconed


SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+")
SEPARATOR = re.compile(r"[·|•]")


def post_with_counts(line: str) -> bool:
    """A post's text and its footer flattened into one line: a sentence, then a counts row with a separator
    ('"No election … can be credible." 2:14 PM · Mar 12, 2026 · 48.2K Views')."""
    parts = SENTENCE_END.split(line.strip())
    return len(parts) > 1 and bool(SEPARATOR.search(parts[-1])) and counts_row(parts[-1])


def counts_rows(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept counts row, or a line closing on one, is ``social-embed``."""
    return [reason or ("social-embed" if index != guarded and (counts_row(line) or post_with_counts(line)) else None)
            for index, (line, reason) in enumerate(zip(lines, reasons, strict=True))]


POST_MAX_LINES = 3  # a post's name line and its text between the lead-in and the counts row
LEAD_IN = re.compile(r":[\"'”’]?$")
BARE_HANDLE = re.compile(r"^@\w{2,30}$|^(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[._])[a-z0-9_.]{3,30}$")
# A post's header naming its platform and author ("Facebook post: City Water Board", "Telegram · Port Authority").
PLATFORM_HEADER = re.compile(r"^(?:facebook|instagram|telegram|twitter|x|threads|tiktok|youtube|linkedin|whatsapp|"
                             r"bluesky|mastodon|weibo|vk)(?: (?:post|channel|video|story|update))?\s*[:·|•—–]\s*"
                             r"[^.!?]{2,60}$", re.IGNORECASE)


def posts_above_counts(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The post between an article's lead-in and the post's counts row (twenty-seventh session).

    An article introduces an embedded post with a line ending in a colon ("… posted a statement on its Facebook page
    soon after the walkout:"); the scrape prints the post's author, its text and its counts row under it. The kept
    lines between the lead-in (which stays: it is the article's) and a counts row the rules took, ``POST_MAX_LINES`` at
    most, are the post's: ``social-embed``. With no lead-in above, nothing tells the post from the story's paragraphs,
    unless the post's author heads it as a bare handle ("@janeroe", "jane.roe_official": no space, a dot, an
    underscore or an "@") or a header naming the platform ("Telegram · Port Authority"; twenty-ninth session): the
    header and the lines under it go too.
    """
    out = list(reasons)
    for row, line in enumerate(lines):
        if reasons[row] != "social-embed" or not counts_row(line):
            continue
        between = []
        for above in range(row - 1, max(-1, row - POST_MAX_LINES - 2), -1):
            handle = bool(BARE_HANDLE.match(lines[above].strip()) or PLATFORM_HEADER.match(lines[above].strip()))
            if above == guarded or reasons[above] is not None and not handle:
                break
            if handle:
                between.append(above)
            if handle or LEAD_IN.search(lines[above].strip()):
                for index in between:
                    out[index] = "social-embed"
                break
            between.append(above)
    return out
