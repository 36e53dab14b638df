"""Evidence about each line of a page: its shape, its prose statistics, where it stands.

Cleaning runs before parsing, so every signal here is a cheap regular expression or a
count of function words (``data/clean/function_words.tsv``), never spaCy. ``line_signals``
gives one dict of named numbers per line; ``scorer`` weighs them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from newsevents.clean.boilerplate import SENTENCE_END, boilerplate_reason, classify
from newsevents.resources import data_path, read_tsv

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|news|co\.uk|gov|info|io)(?:/\S*)?\b", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.])@\w{2,}")
MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|e\.?t\.?|gmt|utc|bst)?\b", re.IGNORECASE)
DATE = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b"
                  r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.IGNORECASE)
COUNTS = re.compile(r"\b\d[\d,.]*[km]?\s+(?:retweets?|likes?|shares?|comments?|views?|followers?|replies|reactions)\b",
                    re.IGNORECASE)
CREDIT = re.compile(
    r"^(?:photo|image|picture|photograph|video|graphic|illustration|file)s?\b\s*(?:credit)?\s*[:|]"
    r"|\b(?:photo|photograph|image|picture)\s*(?:credit)?\s*:|\((?:photo|image|picture)s?\b"
    r"|\bgetty images\b|\bshutterstock\b|\bap photo\b|/\s*(?:reuters|ap|afp|getty|epa)\b"
    r"|\b(?:reuters|afp|ap|epa)\)\s*$",
    re.IGNORECASE,
)
MEDIA = re.compile(r"^(?:play video|watch|video|embed|listen|audio|watch on youtube)\b|\b(?:on vimeo|embed)$",
                   re.IGNORECASE)
TWEET = re.compile(
    r"\bpic\.twitter\.com/|\bt\.co/\w|twitter\.com/\w+/status|\(@\w+\)\s*(?:on\s+)?" + MONTH + r"\s+\d"
    r"|^[—–-]\s*[^.!?]{1,50}\(@\w+\)|\b(?:retweets?|reposts?|likes?|replies)\b\s*$",
    re.IGNORECASE,
)
HASHTAG = re.compile(r"(?<![\w&#/])#[A-Za-z]\w{2,}")
CAPTION = re.compile(
    r"\b(?:file photo|photo (?:by|via|courtesy)|image (?:via|source|credit|courtesy)|courtesy of|screen ?(?:shot|grab)"
    r"|pictured(?: above| below| here)?|seen here|\((?:left|right|centre|center|top|bottom|l-r|r-l|from left)\)"
    r"|(?:photo|image|picture|video) (?:shows?|of)\b)"
    r"|\b(?:via|credit|source)\s*:?\s*(?:getty|ap|afp|reuters|epa|shutterstock|istock|flickr|wikimedia|youtube)\b"
    r"|[/|]\s*(?:getty(?: images)?|ap|afp|reuters|epa|shutterstock|istock|flickr|wikimedia(?: commons)?)\)?\.?\s*$",
    re.IGNORECASE,
)
BIO = re.compile(
    r"\bis (?:a|an|the|our|my) (?:[\w,'’#-]+ ){0,6}(?:writer|author|journalist|editor|columnist|"
    r"contributor|correspondent|reporter|blogger|analyst|commentator|founder|host|researcher|fellow|publisher|activist)s?\b"
    r"|\bwho (?:writes|has written|blogs|covers|reports)\b|\bis the author of\b|\bauthor of (?:the )?(?:book|novel)"
    r"|\b(?:his|her|their) (?:work|writing|articles?|columns?) (?:has|have) (?:also )?appeared\b"
    r"|\bfollow (?:him|her|them|me|us) on\b|\b(?:he|she) lives (?:in|with)\b|\bcan be reached at\b"
    r"|\b(?:he|she) (?:has|had) been (?:reporting|writing|blogging) (?:on|about|for)\b"
    r"|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:\(@\w+\) )?"
    r"(?:writes|covers|reports on|has covered|has written) (?:about|for|on)\b"
    r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} (?:\(@\w+\) )?"
    r"(?:writes|edits|hosts) (?:a|the) (?:[\w'’-]+ ){0,4}(?:column|blog|newsletter|podcast)\b"
    r"|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} \(@\w+\) (?:covers|writes about|reports on)\b"
    r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3},? (?:(?:ph\.?d|m\.?d|j\.?d|mba)\.?,? )?(?:has been an? "
    r"(?:[\w-]+ ){0,2}(?:reporter|journalist|writer|editor|columnist|correspondent)\b|teaches (?:[\w-]+ ){1,4}at\b"
    r"|is an? (?:[\w-]+ ){0,3}professor\b)|\b(?:his|her|their) (?:work|writing) (?:has|have) (?:also )?been published\b"
    r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3},? (?:\(@\w+\) )?is (?:a |an |the )?"
    r"(?:[\w,'’-]+ ){0,6}?(?:professor|attorney|"
    r"lawyer|economist|historian|scholar|student|consultant|strategist|pastor|veteran|expert|physician|investor|"
    r"(?:ph\.?d\.?|doctoral) candidate|lecturer|teacher|engineer|"
    r"entrepreneur|producer|filmmaker|comedian|podcaster|graduate|contributor|editor|writer|columnist|reporter|"
    r"journalist|author|blogger|analyst|commentator|correspondent)\b"
    r"|^the (?:author|writer)s? (?:is|are) (?:a|an|the)\b"
    r"|^the author of (?:an? |the )?(?:[\w'’-]+ ){0,3}(?:book|collection|novel|memoir)s?\b"
    r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} has been "
    r"(?:covering|writing about|writing for|reporting on|reporting for)\b"
    # a writer's years on the beat, a column by the day it runs (twenty-ninth session, second round)
    # (thirtieth session: a name may hold a lower-case particle, "Iain Mac a' Phearsain", "Ana de la Cruz")
    r"|^(?-i:[A-Z])[\w.'’-]+(?: (?:(?:a|de|da|del|la|le|van|von|der|den|al|bin|ibn)['’]? ){0,2}"
    r"(?-i:[A-Z])[\w.'’-]+){1,3} has (?:covered|reported on|written about) (?:[\w'’-]+ ){1,5}"
    r"(?:for|since) (?:\d|more than|over|almost|nearly)|\b(?:he|she) (?:writes|edits|hosts) (?:a|the) "
    r"(?:[\w'’-]+ ){0,4}(?:column|blog|newsletter|podcast)\b"
    r"|^I(?: am|'m|’m) an? (?:[\w,'’-]+ ){0,6}(?:writer|author|journalist|editor|columnist|blogger|analyst|reporter)\b"
    r"|\bfollow (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? on (?:twitter|facebook|instagram|x)\b"
    r"|\bwrites (?:in a personal capacity|(?:our|a|the) (?:weekly|monthly|daily|fortnightly|regular) (?:[\w'’-]+ ){0,3}"
    r"column)\b|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} reviews (?:restaurants|films|movies|books|music|"
    r"theatre|theater|plays|games|wines?|albums|television|tv) for\b"
    r"|^the (?:author|writer),"
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),?(?: (?:ph\.?d|m\.?d|j\.?d)\.?,)? (?:is|serves as) "
    r"(?:the |a |an )?"
    r"(?:co-?founder|founder|ceo|president|chair(?:man|woman)?|(?:executive |managing )?director|editor|publisher|host)"
    r"\b[\w ,-]{0,40}? (?:of|at|with)\b"
    r"|'s (?:latest|new|most recent|forthcoming|upcoming) book\b|\bmore of (?-i:[A-Z])\w+'s (?:work|writing|articles)\b"
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:blogs|writes) at\b"
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) lives (?:in|with)\b"
    # Sixteenth session: "Jim Doe has covered local politics for the Gazette since 2009", "Kim Park reports on
    # transport for the Gazette", "Mark Poe is on Twitter at @markpoe".
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:\(@\w+\) )?(?:covers|reports on|has covered|has reported on|"
    r"has written about|writes on) [^.!?]{1,80}? (?:for|at) (?:the )?(?-i:[A-Z])"
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is on (?:twitter|facebook|instagram|x)\b",
    re.IGNORECASE,
)
BIO_MARKS = "*_—–- "  # a bio set off by an asterisk or a dash ("*Jane Roe is …", "— Jane Roe is …")
PROMO_START = re.compile(r"^[\w-]+\.(?:com|org|net|info|news|tv|io)\b", re.IGNORECASE)
# A separator between a menu's or a ticker's entries; doubled or tripled too ("Polls delayed ••• PSX closes up").
SEPARATORS = re.compile(r"\s[|»›>•·/]\s|\s([|»›•·◆■♦])\1{1,3}\s|^[|»›>•·]|[|»›•·]$")
VERB_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
    r"said|says|say|told|tells|added|get|gets|got|make|makes|made|take|takes|took|go|goes|went|know|think)\b"
    r"|\b[a-z]{3,}(?:ed|es)\b|n't\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\b")
LETTER = re.compile(r"[^\W\d_]")
CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω]")
DIGIT = re.compile(r"\d")
LABEL_END = re.compile(r"[:：]\s*$")
CORE_GAP = 3
PROSE_MIN_WORDS = 8
PROSE_MIN_FUNCTION = 0.2
UNRELATED = 1 / 3  # a title sharing less than this with the page's prose is about something else
SOCIAL_NEIGHBOUR = ("handle", "clock", "counts", "media")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The function words prose is made of (``data/clean/function_words.tsv``)."""
    return frozenset(word.lower() for _, (word,) in read_tsv(data_path("clean", "function_words.tsv"), columns=1))


@dataclass(frozen=True)
class Shape:
    """What one line looks like on its own."""

    words: int
    function_ratio: float
    capital_ratio: float
    ends_sentence: bool
    prose: bool
    headline_like: bool
    flags: dict[str, float]


@lru_cache(maxsize=8192)
def shape(line: str) -> Shape:
    """Shape of one line: word counts, function-word and capital ratios, and flags.

    Cached: the scorer, the headline finder and the block rules all ask about the same lines
    (read the flags, never change them).
    """
    text = line.strip()
    words = WORD.findall(text)
    n = len(words)
    stop = function_words()
    function = sum(1 for w in words if w.lower() in stop) / n if n else 0.0
    capital = sum(1 for w in words if w[0].isupper()) / n if n else 0.0
    letters = len(LETTER.findall(text))
    capitals = len(CAPITAL.findall(text)) if letters >= 4 else 0
    url_chars = sum(len(m) for m in URL.findall(text))
    ends = bool(SENTENCE_END.search(text))
    date_chars = sum(len(m.group()) for m in DATE.finditer(text)) + sum(len(m.group()) for m in CLOCK.finditer(text))
    flags = {
        "url": float(url_chars > 0),
        "url_only": float(url_chars >= 0.5 * len(text)),
        "handle": float(bool(HANDLE.search(text))),
        "clock": float(bool(CLOCK.search(text))),
        "date_only": float(bool(date_chars) and date_chars >= 0.5 * len(text)),
        "counts": float(bool(COUNTS.search(text))),
        "credit": float(bool(CREDIT.search(text))),
        "media": float(bool(MEDIA.search(text))),
        "all_caps": float(letters >= 4 and capitals >= 0.8 * letters),
        "label_colon": float(bool(LABEL_END.search(text))),
        "no_verb": float(not VERB_CUE.search(text)),
        "separators": float(bool(SEPARATORS.search(text))),
        "digits": len(DIGIT.findall(text)) / len(text) if text else 0.0,
        "no_letters": float(not letters),
        "figures": float(len(NUMBER.findall(text)) >= 2 and not url_chars),
        "tweet": float(bool(TWEET.search(text))),
        "hashtag": float(bool(HASHTAG.search(text))),
        "caption": float(bool(CAPTION.search(text))),
        "bio": float(bool(BIO.search(text.lstrip(BIO_MARKS)))),
        "promo_start": float(bool(PROMO_START.search(text))),
    }
    prose = n >= PROSE_MIN_WORDS and ends and function >= PROSE_MIN_FUNCTION
    return Shape(n, function, capital, ends, prose, n <= 20 and not ends, flags)


def core_span(shapes: list[Shape]) -> tuple[int, int]:
    """First and last index of the article's core: the run of prose with the most words.

    Runs are joined across up to ``CORE_GAP`` non-prose lines (a subheading, a caption).
    """
    best, best_words = (0, len(shapes) - 1), -1
    start = None
    words = gap = 0
    for index, item in enumerate([*shapes, None]):
        if item is not None and item.prose:
            if start is None:
                start, words = index, 0
            words += item.words
            gap = 0
            last = index
            continue
        if start is not None:
            gap += 1
            if item is None or gap > CORE_GAP:
                if words > best_words:
                    best, best_words = (start, last), words
                start, gap = None, 0
    return best


def normalised(line: str) -> str:
    return " ".join(WORD.findall(line.lower()))


def line_signals(lines: list[str], *, lexicon: list[str | None] | None = None,
                 old: list[str | None] | None = None) -> list[dict[str, float]]:
    """Named evidence for every line of a page, from the line and its neighbours.

    ``lexicon`` and ``old`` (the lexicon's reasons and ``classify``'s) are computed when not given.
    """
    shapes = [shape(line) for line in lines]
    if not shapes:
        return []
    first, last = core_span(shapes)
    lexicon = lexicon if lexicon is not None else [boilerplate_reason(line) for line in lines]
    old = old if old is not None else classify(list(lines), found=lexicon)
    keys = [normalised(line) for line in lines]
    overlaps = prose_overlaps(lines, shapes)
    seen: set[str] = set()
    signals = []
    for index, item in enumerate(shapes):
        prev = shapes[index - 1] if index > 0 else None
        nxt = shapes[index + 1] if index + 1 < len(shapes) else None
        run = headline_run(shapes, index)
        before, after = index < first, index > last
        distance = first - index if before else index - last if after else 0
        features = {
            "bias": 1.0,
            "lexicon": float(lexicon[index] is not None),
            "old_rule": float(old[index] is not None),
            "log_words": math.log1p(item.words),
            "short": float(item.words <= 3),
            "ends_sentence": float(item.ends_sentence),
            "function_ratio": item.function_ratio,
            "capital_ratio": item.capital_ratio,
            "prose": float(item.prose),
            "headline_like": float(item.headline_like),
            **item.flags,
            "duplicate": float(keys[index] in seen),
            "before_core": float(before),
            "after_core": float(after),
            "core_distance": math.log1p(distance),
            "before_core_headline_like": float(before and item.headline_like),
            "after_core_headline_like": float(after and item.headline_like),
            "after_core_prose": float(after and item.prose),
            "core_gap": float(not before and not after and not item.prose),
            "title_case_no_verb": float(item.capital_ratio >= 0.6 and bool(item.flags["no_verb"]) and item.words >= 2),
            "log_chars": math.log1p(len(lines[index].strip())),
            "headline_run": float(run >= 2),
            "prev_prose": float(prev is not None and prev.prose),
            "next_prose": float(nxt is not None and nxt.prose),
            "neighbour_function": mean_function(prev, nxt),
            "social_neighbour": float(any(n is not None and any(n.flags[k] for k in SOCIAL_NEIGHBOUR)
                                          for n in (prev, nxt))),
            "url_neighbour": float(any(n is not None and n.flags["url"] for n in (prev, nxt))),
            "lone_title": float(lone_title(item, prev, nxt)),
            "after_core_bio": float(index >= last and bool(item.flags["bio"])),
            "after_core_url": float(after and bool(item.flags["url"])),
            "caption_no_end": float(bool(item.flags["caption"]) and not item.ends_sentence),
            "name_line": float(name_line(item)),
            "prose_overlap": overlaps[index],
            "unrelated_title": float(item.headline_like and item.words >= 4 and overlaps[index] < UNRELATED),
        }
        signals.append(features)
        if keys[index]:
            seen.add(keys[index])
    return signals


def prose_overlap_words(line: str) -> set[str]:
    stop = function_words()
    return {w.lower() for w in WORD.findall(line) if len(w) >= 3 and w.lower() not in stop}


def prose_overlaps(lines: list[str], shapes: list[Shape]) -> list[float]:
    """Share of each line's content words that the page's prose (other than the line) also uses.

    A subheading or caption speaks of the story; a link to another article mostly does not.
    """
    words = [prose_overlap_words(line) for line in lines]
    counts: dict[str, int] = {}
    for item, found in zip(shapes, words, strict=True):
        if item.prose:
            for word in found:
                counts[word] = counts.get(word, 0) + 1
    out = []
    for item, found in zip(shapes, words, strict=True):
        own = 1 if item.prose else 0
        shared = sum(1 for word in found if counts.get(word, 0) - own > 0)
        out.append(shared / len(found) if found else 1.0)
    return out


def lone_title(item: Shape, prev: Shape | None, nxt: Shape | None) -> bool:
    """A title-case line of 4+ words with no verb cue standing between paragraphs: a related link or caption.

    A subheading looks the same but is short; the model weighs the two apart with the length.
    """
    return (item.headline_like and item.words >= 4 and item.capital_ratio >= 0.6 and bool(item.flags["no_verb"])
            and prev is not None and nxt is not None and (prev.prose or nxt.prose))


def name_line(item: Shape) -> bool:
    """A short line of capitalised words with no verb and no sentence end (a caption's name, a bare source)."""
    return 2 <= item.words <= 8 and item.capital_ratio >= 0.8 and bool(item.flags["no_verb"]) and not item.ends_sentence


def headline_run(shapes: list[Shape], index: int) -> int:
    """Length of the run of short non-sentence lines that ``index`` is part of (0 if it is not one)."""
    if not shapes[index].headline_like:
        return 0
    start = index
    while start > 0 and shapes[start - 1].headline_like:
        start -= 1
    end = index
    while end + 1 < len(shapes) and shapes[end + 1].headline_like:
        end += 1
    return end - start + 1


def mean_function(*neighbours: Shape | None) -> float:
    values = [n.function_ratio for n in neighbours if n is not None]
    return sum(values) / len(values) if values else 0.0
