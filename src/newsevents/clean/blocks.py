"""Block rules (issue #10): chrome told apart by the line above or below it.

Each rule reads the reasons the scorer already gave and only adds reasons to lines it left as
content; called from ``scorer.judge_lines`` after the score. The caption rules came from
``scorer`` (eleventh session, to keep that file short); the others are the eleventh session's.
"""

from __future__ import annotations

import re

from newsevents.clean.captions import caption_over_credit, caption_verb, labelled_credit, past_report
from newsevents.clean.signals import WORD, shape
from newsevents.clean.structure import bare_date

CREDIT_KINDS = frozenset({"photo-credit", "photo-caption"})
LABELLED_KINDS = CREDIT_KINDS | {"source-credit"}
CREDIT_ONLY_WORDS = 8
CAPTION_MAX_WORDS = 45
CAPTION_GROWN_MIN = 4
CAPTION_GROWN_TIMES = 3
REPORT_WORDS = 20
PAST_VERB = re.compile(r"\b(?:was|were|had|did|said|\w{3,}ed)\b", re.IGNORECASE)
CAPTION_COPY = 0.7  # a line sharing this much of its words with a caption just above is the caption again
# A line that reports speech is the story's paragraph, not a caption, even above a bare credit
# ("Leaders said they expected a longer debate." over "AP Photo/Evan Vucci, File": a picture with no caption).
REPORTING = re.compile(r"\b(said|says|told|according to)\b", re.IGNORECASE)
# A credit alone on its line, bracketed ("(Jane Roe/Reuters)", "(AP Photo/Jim Doe)") or a bare photo agency
# ("Getty Images", "Shutterstock"; not "Reuters" or "AP", which close a wire's story).
BRACKETED_CREDIT = re.compile(r"^\((?-i:[A-Z])[^()/]{1,40}/\s?(?-i:[A-Z])[^()]{1,40}\)\.?$")
PHOTO_AGENCY = re.compile(r"^(?:getty images|getty|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|"
                          r"afp/getty images|epa-efe|epa)\.?$", re.IGNORECASE)
LABEL_MAX_WORDS = 5
TWICE_MIN_WORDS = 3
TWICE_MAX_WORDS = 15
TWICE_WITHIN = 2
HEADLINE_MAX_WORDS = 20
PULL_MIN_WORDS = 8
PULL_LONGER_BY = 4
TOKEN = re.compile(r"[^\W_]+")
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
LIST_KINDS = frozenset({"related-links", "advertisement"})
LIST_LABEL = re.compile(
    r"^(related|you (may|might) (also )?like|more (from|on|in|by|stories|articles|news|headlines)|recommended|"
    r"read next|up next|most (read|popular|viewed|shared)|trending|popular|latest|top stories|promoted|"
    r"sponsored|around the web|from (the|our) (web|partners)|don'?t miss|editor'?s picks?|see also|also read|"
    r"read also|what to read next|in case you missed it|also on|other stories|recent posts|keep reading"
    r"|more(?=\s+\w+\s*:?$))\b[^.!?]{0,30}:?$",
    re.IGNORECASE)
LIST_LABEL_WORDS = 6
NAME_RUN = 2  # bare names in a row between two chrome lines
NAME_WORDS = 4
# Not between these: a list's entries (a name and a job under each date) sit between dates and bylines.
ENTRY_KINDS = frozenset({None, "date-line", "byline", "repeated-headline"})
TAG_LABEL_WORDS = 2
TAG_LIST_MAX = 15
LIST_ITEM_WORDS = 12
LIST_MIN = 2
LIST_MAX = 15
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# The line that closes an embedded post: "— Name (@handle) date", "Name (@handle) March 3, 2017",
# "A post shared by Name (@handle)", Twitter's "8:12 AM - 4 Feb 2017" / "3:33 PM - Nov 27, 2016", its header
# printed under the text "Jane Roe @janeroe · Mar 3, 2017".
POST_SIGNATURE = re.compile(r"^[—–-]\s*.{1,60}?\(@\w{2,}\)|^[^.!?—–]{1,40}\(@\w{2,}\)\s*(?:on\s+)?"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*$"
                            r"|^an? (?:post|video|photo|reel) shared by\b"
                            r"|^\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[-–·•]\s*(?:\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}"
                            r"|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})$"
                            r"|^[^.!?@·•]{1,40}\s@\w{2,}\s*[·•]\s*(?:" + MONTH + r"\.?\s+\d{1,2}(?:,?\s+\d{4})?"
                            r"|\d{1,2}\s+" + MONTH + r"\.?(?:\s+\d{4})?)$", re.IGNORECASE)
# Facebook's embed signature, "Posted by Jane Roe on Friday, March 3, 2017": closes a post only with the story
# going on below it (a blog's own "Posted by admin on Friday, …" footer closes the page under its last paragraph).
POSTED_BY = re.compile(r"^posted by .{1,60} on (?:mon|tues|wednes|thurs|fri|satur|sun)day,? " + MONTH
                       + r"\.? \d{1,2},? \d{4}$", re.IGNORECASE)
# A post's header over its text: "Jim Doe @jimdoe" (1-4 capitalised words, a tick or "Verified account"
# between; not "Follow us on Twitter @paper"; not a bare handle,
# which is also a byline's or a photo credit's over the article's paragraph), or
# Facebook's stamp with its middle dot ("March 4 at 9:14 AM ·", "Yesterday at 9:14 AM ·", "3 hrs ·").
POST_HEADER = re.compile(r"^(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3}\s*[✔✓☑]?\s*(?:verified account\s*)?"
                         r"@\w{2,}$"
                         r"|^(?:" + MONTH + r"\.? \d{1,2}(?:,? \d{4})?|yesterday|today)"
                         r" at \d{1,2}:\d{2}\s*[ap]\.?m\.?\s*·$"
                         r"|^\d{1,2}\s*(?:hrs?|mins?|h|m)\s*·$", re.IGNORECASE)
# A post's counts with no timestamp above them ("1,204 Retweets 980 likes") and a signature whose date went to
# the next line ("Jane Roe (@janeroe)").
POST_COUNTS = re.compile(r"^([\d,.]+[km]?\s+)(retweets?|reposts?)\b", re.IGNORECASE)
POST_NAME = re.compile(r"^[—–-]?\s*(?-i:[A-Z])[^.!?—–@]{1,40}\(@\w{2,}\)$")
TWEET_STAMP = re.compile(r"^\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[-–·•]", re.IGNORECASE)
# The last line of an embedded post: its time and date, its counts, its signature, the widget's footer.
# A sentence under one is the article going on (or the next post's text, which its own signature takes).
POST_END = re.compile(r"^\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*[-–·•]\s*\S.{0,30}\d{4}$"
                      r"|^\s*([\d,.]+[km]?\s+)+(retweets?|likes?|replies|reposts?|shares?|comments?|views?)\b"
                      r"|people are talking about this$|^twitter ads info\b"
                      r"|^posted by .{1,60} on \w+day\b",
                      re.IGNORECASE)
# An organisation's or a person's blurb, as ``scorer.BLURB`` (imported there, passed in here).


def named_blurbs(lines: list[str], reasons: list[str | None], blurb: re.Pattern[str], late_from: float,
                 guarded: int | None) -> list[str | None]:
    """A blurb in the last part of the page under a label naming its subject ("360 Market Updates:" then
    "360 Market Updates is the credible source for …") is a footer's bio, and so is its label.

    The same sentence in the story has no such label above it.
    """
    out = list(reasons)
    for index in range(1, len(lines)):
        label = lines[index - 1].strip()
        text = lines[index].strip()
        if (out[index] is not None or index == guarded or index < late_from * len(lines)
                or not label.endswith(":") or len(label.split()) > LABEL_MAX_WORDS or not blurb.search(text)):
            continue
        name = WORD.findall(label.lower())
        if name and WORD.findall(text.lower())[:len(name)] == name:
            out[index] = "author-bio"
            out[index - 1] = out[index - 1] or "author-bio"
    return out


def printed_twice(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A short title-like line printed twice within two lines (a picture's alt text, then its caption) goes,
    both copies.

    Lines of 3-15 words below the page's first kept line (the headline, whose copy may open the body)
    that do not end a sentence and carry no figure (not a table's row), with the same words in the same
    order (quotes and case aside); a paragraph repeated so is left to the other rules. A line between the
    two copies must be chrome itself (a credit): a list prints one job under two names ("Former deputy
    national security adviser" / "Dan Price" / "Former deputy national security adviser").
    """
    out = list(reasons)
    keys = [" ".join(TOKEN.findall(line.lower())) for line in lines]  # figures too: "1985 … 439,000" is not "1986 …"
    first_kept = next((index for index, reason in enumerate(reasons) if reason is None), len(lines))
    for index, key in enumerate(keys):
        words = len(key.split())
        text = lines[index].strip()
        if (not TWICE_MIN_WORDS <= words <= TWICE_MAX_WORDS or text.endswith((".", "!", "?")) or index <= first_kept
                or any(char.isdigit() for char in text) or text.isupper()):
            continue  # not a table's row
        for other in range(index + 1, min(len(lines), index + TWICE_WITHIN + 1)):
            between_kept = any(reasons[middle] is None for middle in range(index + 1, other))
            if keys[other] == key and guarded not in (index, other) and not between_kept:
                for copy in (index, other):
                    out[copy] = out[copy] or "photo-caption"
    return out


def captions_above_credits(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A short line just above a line that is only a photo credit ("Jane Roe/Getty Images") is its caption.

    Papers print the caption, then the credit under it; flattened to text, the caption
    reads like a sentence of the story and only its neighbour tells it apart. Since the twenty-second
    session the credit may also be a labelled one ("Photo: Jane Roe", "Image courtesy of …", "Credits: …",
    whatever credit kind the lexicon gave it), over a line that reads as a caption (``caption_over_credit``).
    """
    out = list(reasons)
    for index in range(len(lines) - 1):
        below = lines[index + 1]
        if (out[index] is None and index != guarded and len(lines[index].split()) <= CAPTION_MAX_WORDS
                and not REPORTING.search(lines[index]) and not past_report(lines[index])
                and ((reasons[index + 1] in CREDIT_KINDS and len(below.split()) <= CREDIT_ONLY_WORDS
                      and credit_only(below))
                     or (reasons[index + 1] in LABELLED_KINDS and labelled_credit(below)
                         and caption_over_credit(lines[index])))):
            out[index] = "photo-caption"
    for index in range(len(lines)):
        if out[index] is None and index != guarded and len(lines[index].split()) <= CAPTION_MAX_WORDS \
                and not story_report(lines[index]) and any(
                out[above] == "photo-caption" and (word_share(lines[index], lines[above]) >= CAPTION_COPY
                                                    or caption_grown(lines[index], lines[above]))
                for above in range(max(0, index - 2), index)):
            out[index] = "photo-caption"  # the caption printed twice (alt text, then caption under the credit)
    return out


def story_report(line: str) -> bool:
    """A paragraph of the story that tells again what a caption above it shows ("New Delhi: The minister attended …
    on Dec 12." under "The minister addressing … in New Delhi on December 12, 2017."): prose of ``REPORT_WORDS`` words
    or more with a verb in the past tense, not a picture's copy (thirty-second session)."""
    item = shape(line)
    return (item.prose and item.words >= REPORT_WORDS and bool(PAST_VERB.search(line))
            and not caption_verb().search(line))


def caption_grown(line: str, caption: str) -> bool:
    """The caption again with a few words added (alt text " A bus waits at the depot", then
    "A bus waits for repairs at the depot in January." under the credit): every word of a caption of
    4+ words is in a line at most three times as long."""
    words = len(WORD.findall(caption))
    return (words >= CAPTION_GROWN_MIN and len(WORD.findall(line)) <= CAPTION_GROWN_TIMES * words
            and word_share(caption, line) == 1.0)


def word_share(line: str, other: str) -> float:
    """Share of ``line``'s words that ``other`` also has."""
    words = set(WORD.findall(line.lower()))
    return len(words & set(WORD.findall(other.lower()))) / len(words) if words else 0.0


def credit_only(line: str) -> bool:
    """A photographer and an agency ("Jane Roe/AP"), the credit papers print under a caption.

    Not a button ("close dialog"), not a caption with its own credit ("… (Image: GETTY)"),
    not a page-wide credit ("Main image credit: Getty", which may follow the last paragraph), not a gallery's
    counter ("5 / 14": no name in it; twenty-sixth session).
    """
    text = line.strip()
    if BRACKETED_CREDIT.match(text) or PHOTO_AGENCY.match(text):
        return True  # "(Jane Roe/Reuters)", a bare "Getty Images": the credit alone, bracketed or not
    return "/" in line and "(" not in line and not shape(line).ends_sentence and any(c.isalpha() for c in line)


def headline_copies(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The headline printed again further down the page (a share box, the page's own entry in a list of links)
    goes as ``repeated-headline``: the article says its title once.

    The headline is the line the finder is sure of (none: no copies); a copy is a later line of
    2-20 words with the same words in the same order, not the line right under it (that copy is the
    headline step's). A first line with a figure may be a table's row, repeated in the next table.
    """
    out = list(reasons)
    head = guarded
    if head is None:
        return out
    key = " ".join(WORD.findall(lines[head].lower()))
    if not TWICE_MIN_WORDS - 1 <= len(key.split()) <= HEADLINE_MAX_WORDS or any(c.isdigit() for c in lines[head]):
        return out  # not a table's first row
    for index in range(head + 2, len(lines)):
        if out[index] is None and " ".join(WORD.findall(lines[index].lower())) == key:
            out[index] = "repeated-headline"
    return out


def closing_link_lists(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A list's label ("You might also like", "More from Politics", "Promoted stories") followed to the end of
    the page by short lines only: each of them is a link, even a title that ends a sentence ("Five things to
    know about the new voting law.").

    The label is a short list heading the rules already took as related links or an ad; the
    lines under it are 2-15 lines, none of them the headline, those left of up to 12 words each and most of
    them not ending a sentence (half at least: the short paragraphs that close a story under a "More by" box do).
    """
    out = list(reasons)
    for index, line in enumerate(lines):
        text = line.strip()
        if reasons[index] not in LIST_KINDS or len(text.split()) > LIST_LABEL_WORDS or not LIST_LABEL.match(text):
            continue
        rest = range(index + 1, len(lines))
        kept = [k for k in rest if out[k] is None]
        if (LIST_MIN <= len(rest) <= LIST_MAX and guarded not in rest and kept
                and all(len(lines[k].split()) <= LIST_ITEM_WORDS for k in kept)
                and 2 * sum(not shape(lines[k]).ends_sentence for k in kept) >= len(kept)):
            for k in rest:
                out[k] = out[k] or reasons[index]
            break
    return out


def closing_bios(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A bio ("Jane Roe is a city hall reporter for …") with nothing but chrome after it, once the lists
    under it are known, is the writer's; so is the writer's name on its own line above a bio that opens
    with it ("Jane Roe", then "Jane Roe is …")."""
    out = list(reasons)
    for index in range(len(lines) - 1, -1, -1):
        if out[index] is None:
            if index != guarded and shape(lines[index]).flags["bio"]:
                out[index] = "author-bio"
            break
    for index in range(len(lines) - 1):
        name = WORD.findall(lines[index])
        if (out[index] is None and index != guarded and out[index + 1] == "author-bio" and 2 <= len(name) <= 4
                and len(lines[index].split()) == len(name) and all(word[0].isupper() for word in name)
                and WORD.findall(lines[index + 1])[:len(name)] == name):
            out[index] = "author-bio"
    return out


def chrome_below(rules: list[str | None], index: int) -> bool:
    """Whether the lexicon removes the line under ``index`` (the story's text ends there: a bio over a share bar)."""
    return index + 1 < len(rules) and rules[index + 1] is not None


def pull_quotes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A line whose words the article prints again inside a longer paragraph of its own is a pull quote
    (or a highlight box) lifted from it: it goes as ``pull-quote``; the paragraph stays.

    Lines of ``PULL_MIN_WORDS`` words or more below the page's first kept line (the headline, which the
    first paragraph may repeat) whose words in order (case and punctuation aside) are part of a kept
    paragraph of prose at least ``PULL_LONGER_BY`` words longer. Whole sentences too (twenty-second
    session): a pull quote often keeps its full stop or quotation marks ("His ego knows no bounds." over
    the paragraph that says it), and the words stay in the page either way. Only a close copy counts:
    a line that merely paraphrases a paragraph (words left out or reordered) is not taken.
    """
    out = list(reasons)
    keys = [" ".join(TOKEN.findall(line.lower())) for line in lines]  # figures too: "1985 … 439,000" is not "1986 …"
    first_kept = next((index for index, reason in enumerate(reasons) if reason is None), len(lines))
    for index, key in enumerate(keys):
        if (reasons[index] is not None or index <= first_kept or index == guarded
                or len(key.split()) < PULL_MIN_WORDS):
            continue
        size = len(key.split())
        if any(other != index and reasons[other] is None and len(keys[other].split()) >= size + PULL_LONGER_BY
               and f" {key} " in f" {keys[other]} " and shape(lines[other]).prose for other in range(len(lines))):
            out[index] = "pull-quote"
    return out


def post_text_above(lines: list[str], index: int) -> bool:
    """Whether ``index`` is the text of the post the next line's signature closes.

    Not a lead-in ("She wrote:"); above Facebook's "Posted by … on <weekday>, <date>" only with a paragraph
    below it (the post quoted between paragraphs); and above a bare time stamp, not a sentence that follows
    another post's last line (the article going on between two posts whose header the scrape kept).
    """
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if lines[index].rstrip().endswith(":"):
        return False
    if POSTED_BY.match(below):
        return any(shape(line).prose for line in lines[index + 2:])
    if POST_COUNTS.match(below) or POST_NAME.match(below) and index + 2 < len(lines) and bare_date(lines[index + 2]):
        return not post_ended(lines[index])  # above the post's counts, its timestamp lost; above "Name (@handle)"
        # with the date on the line under it
    if not POST_SIGNATURE.match(below):
        return False
    return not (TWEET_STAMP.match(below) and index > 0 and post_ended(lines[index - 1])
                and SENTENCE_END.search(lines[index].strip()) is not None)


def post_text_below(lines: list[str], reasons: list[str | None], index: int) -> bool:
    """Whether ``index`` is the text of a post whose header the line above prints: "Jim Doe @jimdoe" or
    Facebook's "March 4 at 9:14 AM ·", already removed as the post's. One line (a post is short),
    not a lead-in ending ':' and not a line that closes a post itself."""
    if index == 0 or reasons[index - 1] != "social-embed" or not POST_HEADER.match(lines[index - 1].strip()):
        return False
    return not lines[index].rstrip().endswith(":") and not post_ended(lines[index])


def post_ended(line: str) -> bool:
    """An embedded post's last line (its timestamp, counts or signature): what follows is not that post's text."""
    text = line.strip()
    return bool(POST_END.search(text) or POST_SIGNATURE.match(text))


def names_between_chrome(lines: list[str], reasons: list[str | None], after_core: list[bool],
                         guarded: int | None) -> list[str | None]:
    """One or two bare names ("The Daily Sentinel", "Reuters") between two removed lines after the article's
    core are the chrome's own: a source list, a credit, a tag. Lines of 1-4 words that end no sentence and
    carry no figure take the reason of the line above; not between dates or bylines, which part a list's
    entries (a name and a job under each date).
    """
    out = list(reasons)
    index = 1
    while index < len(lines) - 1:
        run = index
        while run < len(lines) and run - index < NAME_RUN and out[run] is None and bare_name(lines[run]):
            run += 1
        if (run > index and run < len(lines) and out[index - 1] not in ENTRY_KINDS and out[run] not in ENTRY_KINDS
                and all(after_core[k] and k != guarded for k in range(index, run))):
            for k in range(index, run):
                out[k] = out[index - 1]
        index = max(run, index + 1)
    return out


def bare_name(line: str) -> bool:
    text = line.strip()
    return (1 <= len(WORD.findall(text)) <= NAME_WORDS and not SENTENCE_END.search(text)
            and not any(char.isdigit() for char in text) and text[:1].isupper())


def tag_lists(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The tags under a bare "Tags" / "Topics" label, one a line ("Senate", "Trade policy"), are tags."""
    out = list(reasons)
    for index, line in enumerate(lines):
        if reasons[index] != "tags" or len(WORD.findall(line)) > TAG_LABEL_WORDS or line.rstrip().endswith(","):
            continue
        for k in range(index + 1, min(len(lines), index + 1 + TAG_LIST_MAX)):
            if out[k] is not None or k == guarded or not bare_name(lines[k]):
                break
            out[k] = "tags"
    return out



PERSON = r"(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])\.?)?(?: (?-i:[A-Z])[\w'’-]+){1,2}"
NAMES_ONLY = re.compile(rf"^(?:by\s+)?{PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*){PERSON}){{0,3}}$", re.IGNORECASE)


def byline_names(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Writers' names alone between the headline and the story's first paragraph ("Jane Roe and Jim Doe",
    "Jane Roe") are its byline: one to four names of two or three capitalised words, nothing else.

    Only under the headline the finder is sure of and above the first kept line of prose (a name further down is a
    list's entry or a caption); not a line in capitals ("NEW YORK", a dateline on its own line).
    """
    out = list(reasons)
    if guarded is None:
        return out
    for index in range(guarded + 1, len(lines)):
        if out[index] is None and shape(lines[index]).prose:
            break
        if out[index] is None and NAMES_ONLY.match(lines[index].strip()) and not lines[index].isupper():
            out[index] = "byline"
    return out
