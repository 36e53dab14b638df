"""The page's tail after the article's last paragraph (issue #10, nineteenth session).

Once the rules have judged a page, the lines after its last kept paragraph are either the story's own
close (a list it introduced, a poem, a sign-off, a table) or the site's footer: menus, link lists with their
numbers, "Previous Next". A footer shows itself by what the rules already took there (a copyright line, a
"Contact Us", a share bar) and by the shape of what they left: short lines none of which ends a sentence
(the C4 rule's signal, which costs little here and much inside the article). ``closing_tail`` takes those.
"""

from __future__ import annotations

import re

from newsevents.clean.blocks import LIST_LABEL
from newsevents.clean.contents import SECTION_NUMBER
from newsevents.clean.headline import OPENING_PARAGRAPHS, content_words
from newsevents.clean.marks import LIST_MARK, OUTLINE_MARK
from newsevents.clean.signals import NUMBER, core_span, function_words, shape
from newsevents.clean.titles import NOTE, paragraph_end, title_question

TAIL_REASON = "tail-after-article"
ENTRY_WORDS = 20  # a footer's line: a menu entry, a link's title
CHROME_MIN = 1  # lines of the tail the rules already removed
# Reasons that do not tell a footer: a wire's closing credit, a bare date (a letter's or a timeline's close).
WEAK = frozenset({"wire-credit", "date-line", "repeated-headline", "pull-quote"})
RANK = re.compile(r"^\s*\d{1,2}\s*$")  # a "most read" list's rank on its own line
# An entry of the story's own list: dashed, bulleted, numbered or in outline ("12.11 Trumpf Inc.").
SIGN_OFF = re.compile(r",\s*(?-i:[A-Z][a-z]+)\s*$")  # a letter's close signed with a name ("Blessed be, Ellen")
SENTENCE_WORDS = 12  # a line this long, as dense in function words as prose, is a sentence that lost its stop
SENTENCE_FUNCTION = 0.25
# A box's label above one link to another story ("Learn more", "Related", "See also", "Don't miss").
LINK_LABEL = re.compile(r"^(learn more|related( articles?| stories| posts| coverage| reading| content)?|see also|"
                        r"also read|read also|recommended( reading| for you)?|don'?t miss|read this next|read next|"
                        r"you may also like|you might also like|more on this( story| topic)?|editor'?s picks?)\s*:?$",
                        re.IGNORECASE)
RUN_LABEL_WORDS = 6
RUN_MIN = 2
TEASER_WORDS = 25  # a link's one-line blurb under its title in a box of other stories
TEASER_SENTENCES = 2
STORY_TITLE_SHARE = 3  # content words a line above the core shares with its opening: the story's title
MENU_RUN = 6  # short lines in a row before the article's first paragraph: a menu
MENU_WORDS = 4


def footer_entry(line: str) -> bool:
    """A short line that ends no sentence, names no label (``:``, ``,``, ``;``: a list's lead-in, a poem's line)
    and is not a table's row (two figures, a figure at the end) nor a wire's note; a bare rank number counts."""
    text = line.strip()
    if RANK.match(text):
        return True
    words = text.split()
    item = shape(text)
    return (1 <= len(words) <= ENTRY_WORDS and not item.ends_sentence and not text.endswith((":", ",", ";"))
            and len(NUMBER.findall(text)) < 2 and not words[-1][:1].isdigit() and not NOTE.match(text)
            and not LIST_MARK.match(text) and not OUTLINE_MARK.match(text) and not SECTION_NUMBER.match(text)
            and not text.startswith(("(", "["))
            and not SIGN_OFF.search(text)
            and not (len(words) >= SENTENCE_WORDS and item.function_ratio >= SENTENCE_FUNCTION))


WIRE_MARK_LETTERS = 4  # shorter capitals are a footer's acronyms ("UK", "FAQ")


def wire_mark(line: str) -> bool:
    """A lone word in capitals closing wire copy ("INTERRUPTED", "MORE"): the copy's mark, not a footer's link."""
    text = line.strip()
    return len(text.split()) == 1 and text.isupper() and len(text) >= WIRE_MARK_LETTERS


def closing_tail(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The lines left after the last kept paragraph go as ``tail-after-article`` when the tail is the site's:
    the rules removed ``CHROME_MIN`` lines of it or more (not a wire credit or a date alone), and every line they
    left is a ``footer_entry`` (not a ``wire_mark``), none printed twice, none the headline, after no marked list
    of the story's own."""
    last = max((index for index, reason in enumerate(reasons) if reason is None and paragraph_end(lines[index])),
               default=None)
    if last is None or LIST_MARK.match(lines[last]) or OUTLINE_MARK.match(lines[last]):
        return reasons
    tail = range(last + 1, len(lines))
    kept = [k for k in tail if reasons[k] is None]
    chrome = [k for k in tail if reasons[k] is not None and reasons[k] not in WEAK]
    keys = [" ".join(lines[k].lower().split()) for k in kept if not RANK.match(lines[k])]
    if (not kept or len(chrome) < CHROME_MIN or guarded in kept or len(set(keys)) != len(keys)
            or not all(footer_entry(lines[k]) and not wire_mark(lines[k]) for k in kept)):
        return reasons
    out = list(reasons)
    for k in kept:
        out[k] = TAIL_REASON
    return out



def labelled_runs(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A link list's label ("Related", "More from Politics", "Most read", "Latest") with ``RUN_MIN`` or more
    footer entries under it, up to the next paragraph or line of chrome, anywhere below the first paragraph:
    the label and the entries are ``related-links`` (in the middle of the page too: a box between the story
    and its comments). Since the twenty-sixth session an entry may be a title asking a question ("What is 'total
    peace' and is it working?", not the reader), and a link the rules already took counts toward ``RUN_MIN``.
    Thirty-first session: under each title its blurb may stand (``teaser``; two blurbs or more, and no paragraph of
    prose after them), and the run stops at the story's own title over the core (``STORY_TITLE_SHARE`` words of its
    opening)."""
    first = next((k for k, line in enumerate(lines) if reasons[k] is None and paragraph_end(line)), len(lines))
    out = list(reasons)
    shapes = [shape(line) for line in lines]
    core = core_span(shapes)[0] if any(item.prose for item in shapes) else len(lines)
    opening: set[str] = set()
    for line in lines[core:core + OPENING_PARAGRAPHS]:
        opening |= content_words(line)
    for index in range(first + 1, len(lines)):
        text = lines[index].strip()
        if len(text.split()) > RUN_LABEL_WORDS or not (LIST_LABEL.match(text) or LINK_LABEL.match(text)):
            continue
        run: list[int] = []
        teasers: list[int] = []
        taken = 0  # links of the run the rules already took (twenty-sixth session)
        k = index + 1
        while k < len(lines) and k != guarded:
            if reasons[k] is None and k < core and len(content_words(lines[k]) & opening) >= STORY_TITLE_SHARE:
                break  # the story's own title over its first paragraph, under a menu's label (thirty-first session)
            if reasons[k] is None and (footer_entry(lines[k]) or title_question(lines[k])):
                run.append(k)
            elif reasons[k] is None and teaser(lines, reasons, k, run, teasers):
                teasers.append(k)  # a title's blurb under it: on the run, uncounted (thirty-first session)
            elif reasons[k] is None:
                break
            # a line the rules took (a "More" button, a date) goes on the run, uncounted
            taken += reasons[k] == "related-links" and footer_entry(lines[k])
            k += 1
        if teasers and (len(teasers) < RUN_MIN or k < len(lines) and k != guarded and shape(lines[k]).prose):
            run = [r for r in run if r < teasers[0]]  # one sentence under a title, or the story's prose going on: a
            teasers = []  # paragraph after a list, not a box of blurbs; the run as before, up to the first sentence
        taken += sum(reasons[t - 1] is not None and not footer_entry(lines[t - 1]) for t in teasers)  # a long title
        if run and len(run) + taken >= RUN_MIN:  # the rules took, over its blurb
            for k in (index, *run, *teasers):
                out[k] = out[k] or "related-links"
    return out


def teaser(lines: list[str], reasons: list[str | None], index: int, run: list[int], teasers: list[int]) -> bool:
    """A title's blurb in a box of other stories ("Why nobody wants the chair" / "Three names, three refusals and a
    memo."): one or two sentences of up to ``TEASER_WORDS`` words right under a title of the run (kept, or a link the
    rules took), not under another blurb, not a lead-in (``:``) nor a question."""
    above = index - 1
    taken = reasons[above] == "related-links" and len(lines[above].split()) <= ENTRY_WORDS \
        and not shape(lines[above]).ends_sentence
    if above in teasers or not (above in run or taken):
        return False
    text = lines[index].strip()
    sentences = len(re.findall(r"[.!?](?:[\"”’')\]]*)(?:\s|$)", text))
    return (len(text.split()) <= TEASER_WORDS and shape(text).ends_sentence and 1 <= sentences <= TEASER_SENTENCES
            and not text.endswith(("?", ":")) and text[:1].isupper())


def introduced(lines: list[str], reasons: list[str | None], index: int, start: int) -> bool:
    """Whether the stretch of kept lines ``index`` is in (inside a menu's run from ``start``) hangs on a lead-in: the
    line above the stretch ends in ':', ',', ';' or a function word ("the defendants are"). Over the run's first
    stretch that is the line above the run; over a later one, the kept line above it that the rules left."""
    top = index
    while top > start and reasons[top - 1] is None:
        top -= 1
    if top > start:
        return False  # a later stretch: the line above it is one the rules took (a byline, a label), no lead-in
    lead = lines[top - 1].strip() if top > 0 else ""
    return lead.endswith((":", ",", ";")) or bool(lead) and lead.split()[-1].lower() in function_words()


def head_menus(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Before the core's first paragraph, ``MENU_RUN`` or more footer entries in a row of up to ``MENU_WORDS``
    words each are a menu (``navigation``): section names, a site's other titles, a credits roll.

    Not a list the line above introduces (it ends in ':', ',', ';' or a function word: "the defendants are"),
    and a line that shares a content word with the core's opening paragraphs (the headline, a subheading)
    breaks the run, as does the headline the finder is sure of.
    """
    shapes = [shape(line) for line in lines]
    if not any(item.prose for item in shapes):
        return reasons
    first, _last = core_span(shapes)
    opening: set[str] = set()
    for line in lines[first:first + OPENING_PARAGRAPHS]:
        opening |= content_words(line)
    out = list(reasons)
    index = 0
    while index < first:
        end = index
        while end < first and end != guarded and (
                reasons[end] is not None and end > index  # a line the rules took already goes on the run
                or reasons[end] is None and footer_entry(lines[end]) and len(lines[end].split()) <= MENU_WORDS
                and not content_words(lines[end]) & opening):
            end += 1
        if sum(reasons[k] is None for k in range(index, end)) >= MENU_RUN:
            for k in range(index, end):
                if reasons[k] is None and not introduced(lines, reasons, k, index):
                    out[k] = "navigation"
        index = end + 1
    return out
