"""Appeal boxes (issue #10, twenty-fourth session): the pitch inside a newsletter or donation box goes with it.

A newsletter box flattened to text is a label ("Sign up for our weekly newsletter"), a pitch in the site's own words
("The South Caucasus in five stories, every Friday."), the form's field ("Email address") and its button
("Subscribe"). The lexicon knows the label, the field and the button by their words; the pitch is written like a
sentence and has no word a rule could read. What tells it is the box: a line that only an appeal of one kind stands
above and below is that appeal's. The line scorer's smoothing leaves a sentence between two removed lines to its own
score (a paragraph between two embedded posts is the story's); an appeal's box holds no paragraph of the story.

An accessible page marks its boxes itself: a "Skip twitter post by Jane Roe" link over an embedded post and "End of
twitter post by Jane Roe" under it (BBC's manner; "Skip past newsletter promotion" … "after newsletter promotion"
is the Guardian's; "list of 4 items" … "end of list" around a box of links). Whatever stands between the two is the
box's: the post's text, the consent prompt a cookie manager put in its place, the newsletter's pitch, the links.
"""

from __future__ import annotations

import re

from newsevents.clean.tails import LINK_LABEL

APPEALS = frozenset({"subscription-appeal", "donation-appeal", "paywall", "cookie-notice", "comment-policy"})
PITCH_MIN_WORDS = 3  # a pitch, not a menu's entry ("e-edition" between "Subscribe" and "Sign In" is the menu's)
PITCH_MAX_WORDS = 30


def appeal_boxes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept line of ``PITCH_MIN_WORDS`` to ``PITCH_MAX_WORDS`` words with the same appeal removed just above and
    just below it goes with them."""
    out = list(reasons)
    for index in range(1, len(lines) - 1):
        above, below = reasons[index - 1], reasons[index + 1]
        if (out[index] is None and index != guarded and above in APPEALS and above == below
                and PITCH_MIN_WORDS <= len(lines[index].split()) <= PITCH_MAX_WORDS):
            out[index] = above
    return out


# A box an accessible page wraps in skip links: "Skip twitter post by Jane Roe" … "End of twitter post by Jane Roe",
# "Skip past newsletter promotion" … "after newsletter promotion", "Skip YouTube video" … "End of YouTube video".
SKIP_OPEN = re.compile(r"^skip (?:past )?(?:the )?(?P<what>[\w'’ -]{2,40}?)(?: by [^.!?]{1,40})?\s*$", re.IGNORECASE)
SKIP_CLOSE = re.compile(r"^(?:end of|after) (?:the )?(?P<what>[\w'’ -]{2,40}?)(?: by [^.!?]{1,40})?\.?\s*$",
                        re.IGNORECASE)
# A screen reader's markers around a list of links ("list of 4 items" … "end of list", Al Jazeera's manner).
LIST_OPEN = re.compile(r"^(?P<what>list) of \d{1,2} items$", re.IGNORECASE)
SKIP_REACH = 15  # lines from the box's opening link to its closing one
SKIPPED_KINDS = (("newsletter", "subscription-appeal"), ("promotion", "advertisement"), ("list", "related-links"),
                 ("advert", "advertisement"), ("", "social-embed"))  # a post, a video, other embedded content


def skipped_boxes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Every line from a "Skip <box>" link to its "End of <box>" / "after <box>" within ``SKIP_REACH`` lines (the
    same words naming the box) is the box's: a post's text, its consent prompt, a newsletter's pitch. A "Skip to
    content" link has no closing line and is left to the lexicon."""
    out = list(reasons)
    for start, line in enumerate(lines):
        opening = SKIP_OPEN.match(line.strip()) or LIST_OPEN.match(line.strip())
        if not opening or opening["what"].lower().startswith("to "):
            continue
        what = opening["what"].lower()
        for end in range(start + 1, min(len(lines), start + SKIP_REACH + 1)):
            closing = SKIP_CLOSE.match(lines[end].strip())
            if closing and closing["what"].lower() == what:
                reason = next(kind for word, kind in SKIPPED_KINDS if word in what)
                for index in range(start, end + 1):
                    if index != guarded:
                        out[index] = out[index] or reason
                break
    return out


# An embedded post's header: its handle alone, its author's name with a verified mark, "Jane Roe @janeroe".
POST_HEADER = re.compile(r"^@\w{2,}$|^[^.!?]{1,40}\s[✅☑✔✓]\ufe0f?$|^[^.!?@]{1,40}\s@\w{2,}$|^verified(?: account)?$",
                         re.IGNORECASE)
VERIFIED = re.compile(r"^verified(?: account)?$", re.IGNORECASE)  # a badge alone: the author's name or handle above it
HANDLE_WORD = re.compile(r"^@?[a-z0-9_.]{3,30}$")  # a handle printed without its "@" ("janeroe.official")
HANDLE_ONLY = re.compile(r"^@\w{2,}$")
AUTHOR_NAME = re.compile(r"^[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}$")
# Its footer: counts ("12.3K views", "87 Reposts 402 Likes") or a time stamp ("9:14 PM · Mar 3, 2025").
POST_FOOTER = re.compile(r"\b(?:views?|likes?|retweets?|reposts?|replies|shares?)\b|\d{1,2}:\d{2}", re.IGNORECASE)
POST_TEXT_MAX_WORDS = 80
POST_REACH = 2  # lines of text between a post's header and its footer (counts, views, a time stamp)
POST = "social-embed"


def posts_under_headers(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The text between an embedded post's header and its footer ("Harbour Ferries ✅" / "Our boats move …" /
    "12.3K views 09:14": counts or a time stamp) is the post's, and so is the author's name over a handle alone.
    Only header above and footer below: a paragraph between one post's footer and the next one's header is the
    story's."""
    out = list(reasons)
    for start, line in enumerate(lines):
        if reasons[start] != POST or not POST_HEADER.match(line.strip()):
            continue
        if start and HANDLE_ONLY.match(line.strip()) and out[start - 1] is None and start - 1 != guarded \
                and AUTHOR_NAME.match(lines[start - 1].strip()):
            out[start - 1] = POST  # the author's name over the handle ("Harbour Traders" / "@harbourtraders")
        if start and VERIFIED.match(line.strip()) and out[start - 1] is None and start - 1 != guarded \
                and (AUTHOR_NAME.match(lines[start - 1].strip()) or HANDLE_WORD.match(lines[start - 1].strip())):
            out[start - 1] = POST  # the author's name or bare handle over the badge (twenty-sixth session)
        for end in range(start + 2, min(len(lines), start + POST_REACH + 2)):
            footer = lines[end].strip()
            if reasons[end] == POST and POST_FOOTER.search(footer) and not POST_HEADER.match(footer) \
                    and not footer.endswith("·"):  # "March 4 at 9:14 AM ·" heads a Facebook post
                between = range(start + 1, end)
                if all(out[k] is None and k != guarded and len(lines[k].split()) <= POST_TEXT_MAX_WORDS
                       for k in between):
                    for k in between:
                        out[k] = POST
                break
            if reasons[end] is not None or AUTHOR_NAME.match(lines[end].strip()):
                break  # chrome of another kind, or the next post's author
    return out


# A box promoting another piece inside the story (twenty-fifth session): a bare label ("EXPLAINER", "ANALYSIS",
# "Related"), the piece's title and blurb, then its link ("Read the full explainer →", "Read more"), which closes it.
BOX_LINK = re.compile(r"^\[?(?:read|see|view|watch|listen to) (?:more|the (?:full|complete|whole) [\w-]+|on)\b"
                      r"[^.!?]{0,30}[→›»>]?\]?$|^\[?(?:read more|more|continue reading)\]?\W*$", re.IGNORECASE)
BOX_LABEL_WORDS = 3
BOX_REACH = 4  # lines from the label to the link: a title and a blurb of one or two lines
BOX_LINE_WORDS = 80


def box_label(line: str) -> bool:
    """A box's bare label: up to ``BOX_LABEL_WORDS`` words in capitals, or a link list's label, no sentence.

    Not a stamp: a label has no figure ("14:07 WIB" heads a live page's entry, whose paragraphs are the story's;
    twenty-ninth session)."""
    text = line.strip().rstrip(":")
    return (0 < len(text.split()) <= BOX_LABEL_WORDS and text[-1:].isalpha() and not any(c.isdigit() for c in text)
            and (text.isupper() or bool(LINK_LABEL.match(text))))


def linked_boxes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The kept lines between a box's bare label and the link the rules took under them (``BOX_REACH`` lines at
    most, each ``BOX_LINE_WORDS`` words at most) are the box's, ``related-links``, and so is the label."""
    out = list(reasons)
    for close, line in enumerate(lines):
        if reasons[close] is None or not BOX_LINK.match(line.strip()):
            continue
        for label in range(close - 2, max(-1, close - BOX_REACH - 1), -1):
            inside = range(label + 1, close)
            if guarded is not None and label <= guarded < close:
                break
            if any(len(lines[index].split()) > BOX_LINE_WORDS for index in inside):
                break
            if box_label(lines[label]):
                for index in [label, *inside]:
                    out[index] = out[index] or "related-links"
                break
    return out
