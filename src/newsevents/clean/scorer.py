"""The line scorer: weigh each line's evidence and say whether it is boilerplate, and why.

A line the kind lexicon (``data/clean/boilerplate.tsv``) names is boilerplate with that
reason, and so are headline-like lines in the tail after the last paragraph (``classify``).
Every other line gets a score from the signals of ``signals.line_signals`` and the weights
in ``data/clean/line_weights.tsv`` (``weights``: two logistic regressions trained by
``scripts/train_clean.py`` on the tune half of the labelled pages); above the threshold
it goes, with the kind its strongest cue names. In a corpus run a line the site repeats
across pages goes as ``repeated-across-pages``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsevents.clean.blocks import (
    byline_names,
    captions_above_credits,
    chrome_below,
    closing_bios,
    closing_link_lists,
    headline_copies,
    named_blurbs,
    names_between_chrome,
    post_ended,
    post_text_above,
    post_text_below,
    printed_twice,
    pull_quotes,
    tag_lists,
)
from newsevents.clean.boilerplate import (
    BETWEEN_LINKS,
    boilerplate_reason,
    classify,
    headline_like,
    opens_story,
)
from newsevents.clean.boxes import appeal_boxes, linked_boxes, posts_under_headers, skipped_boxes
from newsevents.clean.captions import caption_sentence, indented_captions
from newsevents.clean.contents import contents_lists
from newsevents.clean.credit_rolls import credit_rolls, headed_notices
from newsevents.clean.credited_captions import credited_captions
from newsevents.clean.credits import trailing_wire
from newsevents.clean.galleries import gallery_captions
from newsevents.clean.headline import find_headline
from newsevents.clean.marks import ENTRY_MARK
from newsevents.clean.mastheads import mastheads, page_core, site_blurbs
from newsevents.clean.past_scenes import past_scenes
from newsevents.clean.posts import counts_rows, posts_above_counts
from newsevents.clean.scene_captions import place_captions, scene_captions
from newsevents.clean.signals import WORD, line_signals, shape
from newsevents.clean.signed_quotes import capital_quotes, signed_quotes
from newsevents.clean.structure import timeline_dates
from newsevents.clean.tails import LINK_LABEL, closing_tail, head_menus, labelled_runs
from newsevents.clean.threads import comment_threads
from newsevents.clean.tickers import tickers
from newsevents.clean.title_runs import title_runs
from newsevents.clean.titles import closing_titles, in_list, other_story_title, teaser_like
from newsevents.clean.weights import LineWeights, guess_kind, load_weights
from newsevents.clean.writers import writer_bios

REPEATED = "repeated-across-pages"
KEPT_IN_HTML = frozenset({"social-embed", "reference-list"})
SPREADING = frozenset({"social-embed", "related-links", "reference-list", "share-follow", "author-bio",
                       "photo-caption", "tags", "advertisement", REPEATED})
SPREAD_MAX_WORDS = 60
DUPLICATE_MIN_WORDS = 6
HEADED_WORDS = 15
LIST_ENTRY_WORDS = 8  # a list's entries around a repeated line are this short
SHORT_NEIGHBOUR_WORDS = 12
HEADED = frozenset({"author-bio"})  # a short heading of this kind takes the line under it
LABEL_WORDS = 4
SENTENCE_WORDS = 5
LIST_DASH = re.compile(r"^\s*[–—•*-]\s+\S")  # a list entry opening with a dash or bullet
WEAK_SHARE = 0.6  # a line between two removed lines goes when it scores 0.6 of the cut-off (LOSO, 21st session)
BIO_FROM = 2 / 3  # a bio shape in the last third of the page is the writer's bio
READ_MORE = re.compile(r"^\[?(read more|more|continue reading)\]?\W*$", re.IGNORECASE)
# An organisation's or a person's blurb: "Webseed.com offers…", "The Consumer Wellness Center is a
# non-profit organization…", "Jane Roe is a Director with…", "The Honest Food Guide is a free, downloadable …".
# Alone it may be a sentence of the story ("DLA Piper is the firm that…", a wire story's last paragraph
# "Capco is a group of utilities…"); two in a row, or one closing the page below other chrome, are a footer's.
BLURB = re.compile(
    r"^(?:the |our )?(?-i:[A-Z0-9][\w&.'’-]*)(?:\s(?-i:[A-Z&][\w&.'’-]*|\([A-Z]+\))){0,5},? (?:is|are) "
    r"(?:a|an|the|your|one of the) (?:[\w,'’-]+ ){0,8}?(?:organi[sz]ations?|company|firm|provider|dealer|group|"
    r"association|network|platform|agency|publisher|database|library|series|source|voice|leader|resource|"
    r"magazine|website|charity|foundation|institute|consultancy|director|president|partner|founder|professor)\b"
    r"|^(?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z&][\w&.'’-]*)){0,3} (?:offers|provides)\b"
    r"|^(?:the )?(?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z&][\w&.'’-]*)){1,5} (?:is|are) (?:a |an )?free\b"
    r"(?:,| to| downloadable)",
    re.IGNORECASE)
# A numbered reference or citation ("(1) Burgess, K. J. Organizing … 2007. P. 34.", "Roe J, Doe A, et al. …").
CITATION = re.compile(r"^\s*[(\[]\d{1,3}[)\]]\s+(?-i:[A-Z])(?:\S*,|[^.!?]{0,80},.*\b(?:(?:19|20)\d\d|pp?\.\s*\d))"
                      r"|^(?:(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z]{1,3}), ){2,}"
                      r"|^\s*[(\[]?\d{1,3}[)\].]\s+(?-i:[A-Z])[^;]{5,200}\b(?:19|20)\d\d\s*;\s*\d")
LINKED_TITLE_WORDS = 20
ABOUT_HEADING = re.compile(r"^about\b", re.IGNORECASE)
ABOUT_WORDS = 8
BIO_MAX_WORDS = 150  # the paragraph under an "About <name>" heading may be long


def judge_lines(lines: list[str], *, repeated: Callable[[str], bool] | None = None,
                weights: LineWeights | None = None, scored: bool = True,
                indented: list[bool] | None = None) -> list[str | None]:
    """A reason per line (None for content): the lexicon and its tail rule, then repetition, then the score.

    ``scored=False`` leaves the score out, for text trafilatura already cut out of an HTML
    page; an embedded post or a bare link it kept inside the body stays (the AEB ground truth
    counts them in). ``indented`` marks the lines that opened with a space (``clean`` strips it before; by
    default, read off the lines themselves).
    """
    if not scored:
        return [rule or (REPEATED if repeated is not None and repeated(line) else None)
                for line, rule in zip(lines, classify(lines, kept=KEPT_IN_HTML), strict=True)]
    weights = weights or load_weights()
    reasons: list[str | None] = []
    lexicon = [boilerplate_reason(line) for line in lines]
    rules = tickers(lines, classify(lines, found=lexicon))  # before the headline's guard: a ticker's title is none
    signals_per_line = line_signals(lines, lexicon=lexicon, old=rules)
    scores = weights.scores(signals_per_line)
    guarded, titled = headline_guard(lines, rules)
    first_prose = next((index for index, line in enumerate(lines) if shape(line).prose), len(lines))
    closing = closing_lines(lines, rules)
    bios_closing = closing_lines(lines, [rule or ("author-bio" if shape(line).flags["bio"] else None)
                                         for line, rule in zip(lines, rules, strict=True)])
    for index, (line, rule, signals, score) in enumerate(zip(lines, rules, signals_per_line, scores, strict=True)):
        reason = rule
        if (reason is None and repeated is not None and repeated(line)
                and not section_heading(lines, rules, index)):
            reason = REPEATED
        late = closing[index] or index >= BIO_FROM * len(lines)
        if (reason is None and signals["bio"] and index != guarded
                and (late or bios_closing[index] or signals["after_core"] or chrome_below(rules, index))):
            reason = "author-bio"  # "X is a writer who…" closing the page (bios under it aside), in its last third,
            # after the story's core, or over the page's chrome (a share bar, then comments the core may be)
        if (reason is None and BLURB.search(line.strip()) and closing[index] and late and index != guarded
                and reasons and reasons[-1] is not None):
            reason = "author-bio"  # "X offers workshops…" closing the page, in its tail of chrome
        if reason is None and (signals["after_core"] or late) and CITATION.search(line) and index != guarded:
            reason = "reference-list"
        if reason is None and closing[index] and trailing_wire(line):
            reason = "wire-credit"  # a closing "Reuters" / "AP" line (``clean`` names the wire from it)
        if reason is None and index != guarded and caption_sentence(line, unclosed=index > first_prose):
            reason = "photo-caption"  # a picture described in the present tense, dated or placed
        if (reason is None and other_story_title(line, signals) and index != guarded
                and not in_list(lines, index, reasons)):
            reason = "related-links"
        if reason is None and score >= weights.threshold and index != guarded:
            reason = guess_kind(signals)
        reasons.append(reason)
    reasons = contents_lists(lines, reasons)
    reasons = named_blurbs(lines, reasons, BLURB, BIO_FROM, guarded)
    reasons = printed_twice(lines, reasons, guarded)
    reasons = smooth_weak_lines(lines, reasons, scores, weights.threshold * WEAK_SHARE, guarded)
    reasons = skipped_boxes(lines, appeal_boxes(lines, reasons, guarded), guarded)
    reasons = posts_above_counts(lines, counts_rows(lines, reasons, guarded), guarded)
    reasons = posts_under_headers(lines, reasons, guarded)
    reasons = names_between_chrome(lines, tag_lists(lines, reasons, guarded),
                                   [bool(s["after_core"]) for s in signals_per_line], guarded)
    reasons = captions_above_credits(lines, reasons, guarded)
    reasons = indented_captions(lines, reasons, [line[:1].isspace() for line in lines] if indented is None
                                else indented, guarded)
    reasons = headline_copies(lines, byline_names(lines, reasons, guarded), guarded)
    reasons = writer_bios(lines, reasons, guarded)
    reasons = capital_quotes(lines, signed_quotes(lines, pull_quotes(lines, reasons, guarded), guarded), guarded)
    spread = spread_reasons(lines, reasons, before_core=[bool(s["before_core"]) for s in signals_per_line])
    reasons = [None if index == guarded and titled and reasons[index] is None else reason  # blocks do not spread
               for index, reason in enumerate(spread)]  # over the page title's headline (twenty-eighth session)
    reasons = closing_titles(lines, closing_link_lists(lines, reasons, guarded), guarded)
    reasons = closing_bios(lines, reasons, guarded)
    reasons = closing_tail(lines, labelled_runs(lines, reasons, guarded), guarded)
    reasons = title_runs(lines, timeline_dates(lines, head_menus(lines, reasons, guarded)), guarded)
    core = page_core(lines)  # the page's core, read once for the masthead and the site's blurbs
    reasons = site_blurbs(lines, mastheads(lines, reasons, core), guarded, core)
    reasons = place_captions(lines, past_scenes(lines, scene_captions(lines, reasons, guarded), guarded), guarded)
    reasons = linked_boxes(lines, reasons, guarded)
    reasons = credited_captions(lines, gallery_captions(lines, reasons, guarded), guarded)
    reasons = headed_notices(lines, credit_rolls(lines, reasons, guarded), guarded)  # blocks no rule reads
    return comment_threads(lines, reasons, guarded)  # last: the buttons and openers every rule above may find


def section_heading(lines: list[str], rules: list[str | None], index: int) -> bool:
    """A short label heading the article's own text: ``Background`` over a paragraph, ``Policies:``
    between a paragraph and a dashed list.

    A site that runs a series prints the same section headings on every page of it; the
    repetition signal alone would take them as the site's chrome. A label of ``LABEL_WORDS``
    words or fewer that ends no sentence, with a paragraph of prose under it that the lexicon
    leaves (or prose above it and a list entry under it), heads that text and stays. (A site's
    tagline sits over its headline or its chrome, not over a paragraph.)
    """
    line = lines[index].strip()
    if index + 1 >= len(lines) or rules[index + 1] is not None:
        return False
    if not line or len(WORD.findall(line)) > LABEL_WORDS or line.endswith((".", "!", "?")):
        return False
    below = lines[index + 1]
    above_prose = index > 0 and rules[index - 1] is None and shape(lines[index - 1]).prose
    return shape(below).prose or (above_prose and bool(LIST_DASH.match(below))
                                  and len(WORD.findall(below)) >= SENTENCE_WORDS)


def closing_lines(lines: list[str], rules: list[str | None]) -> list[bool]:
    """Whether each line has no paragraph of the article after it (only chrome the lexicon names, or short lines)."""
    out = [False] * len(lines)
    tail = True
    for index in range(len(lines) - 1, -1, -1):
        out[index] = tail
        if rules[index] is None and shape(lines[index]).prose:
            tail = False
    return out


def smooth_weak_lines(lines: list[str], reasons: list[str | None], scores: list[float], weak: float,
                      guarded: int | None) -> list[str | None]:
    """A line scored ``weak`` or more that stands between two removed lines goes with them.

    Chrome comes in blocks; a caption or link title between two of its lines is
    boilerplate even when its own evidence falls short of the cut-off. A line of prose
    or a sentence (of the article, between a post and a link) is left to its own score.
    """
    out = list(reasons)
    for index in range(1, len(reasons) - 1):
        prev, nxt = reasons[index - 1], reasons[index + 1]
        if (out[index] is None and prev and nxt and scores[index] >= weak and index != guarded
                and not sentence_like(lines[index])):
            out[index] = prev if prev != "repeated-headline" else nxt
    return out


def sentence_like(line: str) -> bool:
    """A sentence of five words or more: the article's, unless its own score says otherwise."""
    item = shape(line)
    return item.ends_sentence and item.words >= SENTENCE_WORDS and item.function_ratio >= 0.15


def headline_guard(lines: list[str], rules: list[str | None]) -> tuple[int | None, bool]:
    """The line the headline finder is sure of (it shares words with the opening paragraphs), and whether the page's
    title names it (printed again under the title: a block's reason does not spread over it either).

    The score does not take it: the headline is the one short title-case line above the
    body that is content, and a low cut-off for unseen sites would otherwise eat it.
    """
    kept = [index for index, rule in enumerate(rules) if rule is None]
    choice = find_headline([lines[index] for index in kept])
    if choice.index is None or not choice.certain:
        return None, False
    return kept[choice.index], choice.titled


def short_neighbours(lines: list[str], index: int) -> bool:
    """Both neighbours are short lines (a post's handle and timestamp), not whole posts or paragraphs.

    A paragraph between two embedded posts is the article's; a post's text between its
    handle line and its timestamp line is not. (Only posts: a paragraph between two short
    captions is the article's.)
    """
    return all(len(lines[other].split()) <= SHORT_NEIGHBOUR_WORDS for other in (index - 1, index + 1))


def list_entry(lines: list[str], reasons: list[str | None], index: int) -> bool:
    """A short line between two short kept lines that end no sentence: an entry of the article's list
    (a job under each name), where the same words may well come twice."""
    if shape(lines[index]).ends_sentence or not 0 < index < len(lines) - 1:
        return False
    return all(reasons[other] is None and not shape(lines[other]).ends_sentence
               and shape(lines[other]).words <= LIST_ENTRY_WORDS for other in (index - 1, index + 1))


def under_heading(lines: list[str], reasons: list[str | None], index: int) -> bool:
    """Whether ``index`` follows a short heading ("About Jane Roe") through lines of the heading's reason.

    The line right under it always; further lines only in the last third of the page, where
    a writer's bio runs on for a few paragraphs.
    """
    start = heading_above(lines, reasons, index)
    if not heading_like(lines[start]):
        return False
    return start == index - 1 or index >= BIO_FROM * len(lines)


def heading_above(lines: list[str], reasons: list[str | None], index: int) -> int:
    """The first line of the block of the reason above ``index``, going up to a heading."""
    start = index - 1
    while start > 0 and reasons[start - 1] == reasons[index - 1] and not heading_like(lines[start]):
        start -= 1
    return start


def heading_like(line: str) -> bool:
    """A short label, or an "About <organisation>:" heading of up to 8 words."""
    words = len(line.split())
    return words <= LABEL_WORDS or words <= ABOUT_WORDS and bool(ABOUT_HEADING.match(line.strip()))


def about_above(lines: list[str], reasons: list[str | None], index: int) -> bool:
    """Whether the bio block ``index`` is in starts under an "About <name>" heading."""
    return bool(ABOUT_HEADING.match(lines[heading_above(lines, reasons, index)].strip()))


def heads_story(lines: list[str], index: int) -> bool:
    """Whether the line over ``index + 1`` heads a paragraph of the story (``HEADED_WORDS`` words or more of prose)."""
    below = shape(lines[index + 1]) if index + 1 < len(lines) else None
    return below is not None and below.prose and below.words >= HEADED_WORDS


def spread_reasons(lines: list[str], reasons: list[str | None], *, before_core: list[bool]) -> list[str | None]:
    """Chrome comes in blocks: a line inside one takes the block's reason.

    * two or more link titles in a row after the core begins (related articles), unless a
      paragraph introduces them with a colon (then they are a list);
    * a line between two lines of the same spreading kind (the text of an embedded post
      between its handle and its timestamp, a title inside a list of links);
    * a headline-like line just before a bare "Read more" (a related-article teaser);
    * a line repeated within two lines next to an embedded player (its title, twice);
    * a paragraph of 6 words or more that the page already had (a scrape that repeats the story); not a title over
      a long paragraph whose only earlier copy is a marked list's entry ("1. Senate passes …" under "In today's
      edition", then "Senate passes …" over the lead story: its section's title; thirty-second session).
    """
    reasons = list(reasons)
    teasers = [teaser_like(line) and not before for line, before in zip(lines, before_core, strict=True)]
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and (teasers[end] or end > start and reasons[end] in BETWEEN_LINKS):
            end += 1
        introduced = start > 0 and lines[start - 1].rstrip().endswith(":") and reasons[start - 1] is None
        if sum(teasers[start:end]) >= 2 and not introduced:  # a list a paragraph introduces with ':' is content
            for index in range(start, end):
                reasons[index] = reasons[index] or "related-links"
        start = end + 1
    blurbs = [reason is None and bool(BLURB.search(line.strip())) for line, reason in zip(lines, reasons, strict=True)]
    for index, blurb in enumerate(blurbs):
        if blurb and (index > 0 and blurbs[index - 1] or index + 1 < len(lines) and blurbs[index + 1]):
            reasons[index] = "advertisement"  # a footer's run of the site's own products and partners
    keys = [" ".join(WORD.findall(line.lower())) for line in lines]
    seen: set[str] = set()
    plain: set[str] = set()  # earlier copies that were not a marked list's entries
    for index, key in enumerate(keys):
        if (reasons[index] is None and key in seen and len(key.split()) >= DUPLICATE_MIN_WORDS
                and not list_entry(lines, reasons, index) and (key in plain or not heads_story(lines, index))):
            reasons[index] = "other"
        seen.add(key)
        if not ENTRY_MARK.match(lines[index]):
            plain.add(key)
    for index in range(len(lines)):
        if reasons[index] is not None:
            continue
        prev = reasons[index - 1] if index > 0 else None
        nxt = reasons[index + 1] if index + 1 < len(lines) else None
        words = len(lines[index].split())
        if (prev is not None and prev == nxt and prev in SPREADING and words <= SPREAD_MAX_WORDS
                and (not shape(lines[index]).prose or prev == "social-embed" and short_neighbours(lines, index))
                and not (prev == "social-embed" and sentence_like(lines[index]) and post_ended(lines[index - 1]))):
            reasons[index] = prev
        elif (prev == "social-embed" and nxt == "date-line" and words <= SPREAD_MAX_WORDS
              and short_neighbours(lines, index) and not lines[index].rstrip().endswith(":")):
            reasons[index] = prev  # a post's text between its header (name, handle) and its date
        elif prev in HEADED and (words <= SPREAD_MAX_WORDS or words <= BIO_MAX_WORDS
                                 and about_above(lines, reasons, index)) and under_heading(lines, reasons, index):
            reasons[index] = prev  # the block under an "About the author" heading
        elif post_text_above(lines, index) and words <= SPREAD_MAX_WORDS:
            reasons[index] = "social-embed"  # the text of the post its signature line closes
        elif post_text_below(lines, reasons, index) and words <= SPREAD_MAX_WORDS:
            reasons[index] = "social-embed"  # the text of the post whose header is above it
        elif (prev is not None and LINK_LABEL.match(lines[index - 1].strip()) and words <= LINKED_TITLE_WORDS
              and index - 1 != 0 and not opens_story(lines, reasons, index)):
            reasons[index] = "related-links"  # the one link under a "Learn more" / "Related" label
        elif nxt == "related-links" and READ_MORE.match(lines[index + 1].strip()) and headline_like(lines[index]):
            reasons[index] = "related-links"
        elif keys[index] and any(
                keys[other] == keys[index] and "social-embed" in reasons[min(index, other):max(index, other) + 1]
                for other in range(max(0, index - 2), min(len(lines), index + 3)) if other != index):
            reasons[index] = "social-embed"
    return reasons
