"""Titles of other stories among a page's lines (issue #10): how a link to another article looks once the page
is flattened to text. Called from ``scorer``.
"""

from __future__ import annotations

import re

from newsevents.clean.boilerplate import MINOR_WORDS, TITLE_WORD, headline_like, title_like
from newsevents.clean.contents import SECTION_NUMBER
from newsevents.clean.marks import LIST_MARK
from newsevents.clean.signals import NUMBER, function_words, shape

TITLE_CASE_WORDS = 5
TAIL_MIN = 2  # closing short lines: a list of links or a menu
TAIL_MAX = 15
TAIL_WORDS = 20
TITLE_WORDS = 4
# A wire's or an editor's note closing the copy ("NOTE - Company is …", "Note continued: …", "Editor's note").
NOTE = re.compile(r"^(?:editor'?s )?note\b", re.IGNORECASE)
LABELLED = re.compile(r"[:@<>]")
# What a link list prints after a title, in brackets: a count of the linked story's photos, videos or comments, its
# age or its date ("… on the high street (4 photos)", "… after crash (2 days ago)", "… (September 20)").
LINK_NOTE = re.compile(
    r"\s*\((?:\d[\d,]*\s+(?:photos?|pictures?|images?|videos?|comments?|replies|reactions)"
    r"|\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)\)\s*$",
    re.IGNORECASE)  # "Subject: FW: …", "To: Jane <jane@…>": a header's fields, not a title


def other_story_title(line: str, signals: dict[str, float]) -> bool:
    """A lone title-case line without a verb among paragraphs, past the headline, about something else.

    That is how a link to another article looks once the page is flattened to text.
    """
    lone = bool(signals["lone_title"]) or (bool(signals["prev_prose"] or signals["next_prose"])
                                           and full_title_case(line))
    return (bool(signals["unrelated_title"]) and lone and not signals["before_core"]
            and not line.rstrip().endswith((",", ":", ";")) and not SECTION_NUMBER.match(line.strip()))


def in_list(lines: list[str], index: int, reasons: list[str | None]) -> bool:
    """An entry of a list the story introduces with a colon (the kept line above, or the one above a short line
    above); not a post's or a clip's lead-in the rules took ("Read the tweet below:")."""
    return any(reasons[k] is None and lines[k].rstrip().endswith(":")
               and (k == index - 1 or headline_like(lines[index - 1])) for k in (index - 1, index - 2) if k >= 0)


def full_title_case(line: str) -> bool:
    """Every major word of 5+ capitalised, verbs too ("Obama Refuses To Leave White House Until Trump Passes
    Test"): a headline's casing, which a sentence or a subheading in sentence case does not have (nor a list
    of names, which has commas, nor a byline "By Helen Ward, Political Correspondent")."""
    words = TITLE_WORD.findall(line)
    major = [word for word in words if word.lower() not in MINOR_WORDS]
    return (len(words) >= TITLE_CASE_WORDS and len(major) >= TITLE_CASE_WORDS - 1
            and all(word[0].isupper() for word in major) and not line.isupper() and line.count(",") < 2
            and words[0].lower() != "by")


def teaser_like(line: str) -> bool:
    """A link's title: 4-20 words, capitalised, with a lower-case word (or every major word of 5+ capitalised,
    "Trump's Secret Plan To Fix Traffic Revealed"), fewer than two figures
    and none at the end (not a table row or header), no closing punctuation, not a label ending in ':', not a line
    broken after a function word (wrapped copy)."""
    text = line.strip()
    words = text.split()
    return (4 <= len(words) <= 20 and text.lstrip("\"“‘'")[:1].isupper() and title_like(text)
            and (any(word.islower() for word in words) or full_title_case(text) and not LABELLED.search(text))
            and not text.endswith((":", ",", ";"))
            and len(NUMBER.findall(text)) < 2 and words[-1].lower() not in function_words()
            and not words[-1][:1].isdigit() and not SECTION_NUMBER.match(text))


def closing_titles(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Short lines closing the page after its last paragraph, none of them a sentence, are a list of links
    with its label lost (other stories' titles in any casing, "Five things to know about the new voting law"),
    or a menu's section names.

    A block of lines after the last kept paragraph (prose, a sentence, a line longer than any title): the
    lines the rules left there and the links they took, ``TAIL_MIN``-``TAIL_MAX`` lines in all (the first of
    a run of titles may not look like one alone), a line of another reason (a bio, a share bar) ending the
    block. The kept ones each of up to ``TAIL_WORDS`` words, capitalised, ending no sentence and no label
    (``:``, ``,``, ``;``), with fewer than two figures and none at the end (not a table's rows, not dates),
    none the headline. A story does not end on a run of such lines; a list it ends on is introduced with a
    colon (the line ending ':' is in the block), or its entries end with full stops, or are marked (a dash,
    a bullet, a number: the lines after its last entry are the list's afterword, "Chances of winning").
    Not a block that prints one line twice (a fixtures table's "Winners meet in final match"), nor one holding a
    wire's note ("NOTE - …") or a lone word in capitals ("INTERRUPTED", a wire's mark). ``related-links`` when
    most lines of the block have ``TITLE_WORDS`` words or more, else ``navigation``.
    """
    last = max((index for index, reason in enumerate(reasons) if reason is None and paragraph_end(lines[index])),
               default=None)
    if last is None or LIST_MARK.match(lines[last]):
        return reasons  # the story's own list ends the page, with its afterword
    out = list(reasons)
    index = last + 1
    while index < len(lines):  # each block of kept lines and links (a bio or a share bar parts two blocks)
        block = []
        while index < len(lines) and reasons[index] in (None, "related-links"):
            block.append(index)
            index += 1
        kept = [k for k in block if reasons[k] is None]
        keys = [" ".join(lines[k].lower().split()) for k in kept]
        if (kept and TAIL_MIN <= len(block) <= TAIL_MAX and guarded not in kept and len(set(keys)) == len(keys)
                and all(tail_entry(lines[k]) for k in kept)
                and sum(not title_question(lines[k]) for k in block) >= TAIL_MIN):  # not questions alone
            titles = sum(len(lines[k].split()) >= TITLE_WORDS for k in block)
            for k in kept:
                out[k] = "related-links" if 2 * titles >= len(block) else "navigation"
        index += 1
    return out


def paragraph_end(line: str) -> bool:
    item = shape(line)
    return item.prose or item.ends_sentence and not title_question(line) or item.words > TAIL_WORDS


# A link's title may be a question ("Why are emergency waits getting longer?"); one that asks the reader ("What do
# you think?", "Do you agree?") or quotes someone is the story's own ending, or a comment prompt.
QUESTION_WORDS = 12
READER = re.compile(r"\b(?:you|your|we|us|our|i|me|my)\b|[\"“”]", re.IGNORECASE)


def title_question(line: str) -> bool:
    text = line.strip()
    return (text.endswith("?") and 4 <= len(text.split()) <= QUESTION_WORDS and text[:1].isupper()
            and "?" not in text[:-1] and not READER.search(text))


def tail_entry(line: str) -> bool:
    text = LINK_NOTE.sub("", line.strip())
    words = text.split()
    return (1 <= len(words) <= TAIL_WORDS and text.lstrip("\"“‘'")[:1].isupper()
            and (not shape(text).ends_sentence or title_question(text))
            and not text.endswith((":", ",", ";")) and len(NUMBER.findall(text)) < 2 and not words[-1][:1].isdigit()
            and not NOTE.match(text) and not (len(words) == 1 and text.isupper()))
