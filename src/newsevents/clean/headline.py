"""The headline of a scraped page: the first headline-like line of the article's core.

Pages often open with chrome the boilerplate scorer lets through — a date line, a
breadcrumb, a section or live label, a counter. The headline is looked for among the
lines before the core's first paragraph: a headline-like line (up to 30 words, not a
date, not a breadcrumb, not a bare label), preferring the first one that shares content
words with the opening paragraphs; past a first candidate that shares none (a menu bar, a
teaser), a later one that does (twenty-second session); past a first candidate sharing one word only, a later title
sharing ``STRONG_SHARE`` (twenty-fourth session). Lines passed over go as removed chrome. Which candidate wins rests
on the evidence of ``headline_evidence`` (shared words, shape, order; twenty-eighth session).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsevents.clean.headline_evidence import (
    LABEL_MAX_WORDS,
    MAX_WORDS,
    Evidence,
    best_label,
    best_shaped,
    chrome_reason,
    evidence,
    label_like,
    label_over_title,
    rival,
    short_headline_over_standfirst,
    title_under_prose,
)
from newsevents.clean.marks import ENTRY_MARK
from newsevents.clean.signals import CORE_GAP, WORD, core_span, function_words, shape
from newsevents.clean.story_head import over_standfirst, story_head

MAX_CANDIDATES = 15  # lines looked at before the core, a menu's entries (up to LABEL_MAX_WORDS words) not counted
MAX_LINES = 150  # menu entries or not
OPENING_PARAGRAPHS = 3
STORY_WORDS = 15  # a paragraph of the story, not a control ("Log in to save articles for later.")
SENTENCE_HEADLINE_WORDS = 20
STRONG_SHARE = 4  # a later title sharing this many words wins over a first sharing one only
DOMINANT_SHARE = 3  # the last title over the story, sharing STRONG_SHARE words and 3 times the first's, wins over it
SENTENCE_HEADLINE_SHARE = 2
SENTENCE_HEADLINE_ABOVE = 6
LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+\S")
TITLE_SEPARATOR = re.compile(r"\s+[-–—|:·•»]\s+")  # between a page title's headline and the site's name
TITLE_MIN_WORDS = 3
SITE_MAX_WORDS = 8
WHOLE_TITLE_MIN_WORDS = 5  # a first line printed again whole is a headline, not a site's name
NEAR_COPY = 0.9
TITLE_ALONE_SHARE = 2
ASIDE_WORDS = 15  # a greeting or a notice above the story ("Good morning. Here's what you need to know today.")


@dataclass(frozen=True)
class HeadlineChoice:
    """Which line is the headline, the reason each line before it goes, and whether we are sure."""

    index: int | None
    skipped: tuple[tuple[int, str], ...]
    certain: bool
    rival: int | None = None  # another candidate as good as the one taken (``headline_evidence.rival``)
    titled: bool = False  # the headline printed again under the page's title (``headline_under_page_title``)
    text: str | None = None  # the headline cut out of the page's title line ``index`` (``title_alone``)


def content_words(line: str) -> set[str]:
    return {w.lower() for w in WORD.findall(line) if len(w) >= 3 and w.lower() not in function_words()}


def opening_words(lines: list[str], first: int, *, long: bool = False) -> set[str]:
    """Content words of the story's opening: the core's first lines, or (``long``) its first paragraphs of
    ``STORY_WORDS`` or more words, past a short prose control the core took in ("Log in, register or subscribe to
    save articles for later."; twenty-third session)."""
    opening_lines = lines[first:first + OPENING_PARAGRAPHS]
    if long:
        opening_lines = [line for line in lines[first:] if len(line.split()) >= STORY_WORDS][:OPENING_PARAGRAPHS]
    opening: set[str] = set()
    for line in opening_lines:
        opening |= content_words(line)
    return opening


def sentence_headline(lines: list[str], first: int) -> bool:
    """The core's first line is the headline, written as a sentence or two ("The cohesion money is coming. Our town
    halls are not ready to spend it."): short, and sharing ``SENTENCE_HEADLINE_SHARE`` content words with the long
    paragraphs under it. Asked only when no line above the core shares a word with the story (they are labels: a
    site name, a tagline, a section; twenty-third session), and only under a masthead's few lines (a table's rows
    above the core are no masthead)."""
    if first >= len(lines) or first > SENTENCE_HEADLINE_ABOVE or len(lines[first].split()) > SENTENCE_HEADLINE_WORDS:
        return False
    if sum(len(line.split()) >= STORY_WORDS for line in lines[first + 1:]) < OPENING_PARAGRAPHS:
        return False  # a story of three paragraphs at least under it, not a promo's blurb
    below = opening_words(lines, first + 1, long=True)
    return len(content_words(lines[first]) & below) >= SENTENCE_HEADLINE_SHARE


def numbered_runs(lines: list[str], upto: int) -> set[int]:
    """Lines of a numbered run above the story ("1. Typhoon warning raised", "2. Lottery jackpot hits record", in
    sequence, two or more): a ranked list's or a newsletter's contents, never the headline (twenty-seventh session)."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(upto + 1):
        match = LIST_NUMBER.match(lines[index].strip()) if index < upto else None
        if match and int(match.group(1)) == len(run) + 1:
            run.append(index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = [index] if match and match.group(1) == "1" else []
    return found


# A newsletter's greeting (thirtieth session): a salutation opening the first paragraph, which then names the day's
# items ("Buenos días, readers. … Today: Chile's pension deal, …"). It shares the story's words, so ``aside`` misses it.
GREETING = re.compile(r"^[¡¿]?(?:good (?:morning|afternoon|evening|day)|buen(?:os|as) (?:días|dias|tardes|noches)"
                      r"|bonjour|hello|hi|hey|greetings|dear (?:readers|subscribers|friends))\b(?![-'’])"
                      r"[^.!?]{0,40}[,.!]",
                      re.IGNORECASE)


def greeting_first(lines: list[str], shapes: list, first: int) -> int:
    """The core's first paragraph past a newsletter's greeting opening it (the story's title may stand between)."""
    if first < len(lines) and GREETING.match(lines[first].strip()):
        return next((i for i in range(first + 1, len(lines)) if shapes[i].prose and shapes[i].words >= STORY_WORDS),
                    first)
    return first


def aside(line: str, opening: set[str]) -> bool:
    """A short sentence above the story that shares no word with it: a newsletter's greeting, a notice."""
    return len(line.split()) < ASIDE_WORDS and not content_words(line) & opening


def title_words(line: str) -> list[str]:
    return re.findall(r"\w+", line.lower())


def title_parts(title: str) -> list[list[str]]:
    """The parts of a page's title that may be its headline: runs of the pieces its separators cut it into
    ("Opinion | Headline - The Site"), ``TITLE_MIN_WORDS`` words or more and longer than the rest, which names the site
    and the section in ``SITE_MAX_WORDS`` words at most."""
    pieces = [title_words(piece) for piece in TITLE_SEPARATOR.split(title)]
    parts = []
    for start in range(len(pieces)):
        for end in range(start + 1, len(pieces) + 1):
            part = [word for piece in pieces[start:end] for word in piece]
            rest = sum(len(piece) for piece in pieces) - len(part)
            if len(part) >= TITLE_MIN_WORDS and 0 < rest <= SITE_MAX_WORDS and len(part) > rest:
                parts.append(part)
    return parts


def near_copy(words: list[str], part: list[str]) -> bool:
    """The same words, or (``WHOLE_TITLE_MIN_WORDS`` words or more) nearly: a name given in full in one copy and
    shortened in the other ("Michael Anastassiades' light installation" / "Anastassiades' light installation"),
    ``NEAR_COPY`` of the words in the same order (twenty-eighth session)."""
    if words == part:
        return True
    if min(len(words), len(part)) < WHOLE_TITLE_MIN_WORDS:
        return False
    return SequenceMatcher(None, words, part, autojunk=False).ratio() >= NEAR_COPY


def headline_under_page_title(lines: list[str], chosen: int, upto: int) -> int | None:
    """The headline printed again under the page's title (twenty-seventh session).

    A whole-page scrape opens with the page's ``<title>``, the headline and the site's name after a separator
    ("Nadal keeps Spain alive in Davis Cup - Sportsnet.ca", "… listing : CityAM", "… | ZDNet"), and prints the headline
    itself lower, after the menus. When the page's first line or the line the finder chose is such a title and a later
    line down to the story's first long paragraph (a headline closing on a quotation reads as one) is one of its
    ``title_parts`` alone, that line is the headline (and the same again under it:
    "Opinion | Headline - The Site", "Opinion | Headline", "Headline"). A first line the finder passed over (it ends
    with a full stop) that is printed again whole, in ``WHOLE_TITLE_MIN_WORDS`` words or more, is a title too.
    """
    for title_index in sorted({0, chosen}):
        found = None
        index = title_index
        parts = title_parts(lines[index])
        if title_index == 0 != chosen and len(title_words(lines[0])) >= WHOLE_TITLE_MIN_WORDS:
            parts.append(title_words(lines[0]))  # a first line the finder passed over, printed again whole below
        while (copy := next((later for later in range(index + 1, upto)
                             if any(near_copy(title_words(lines[later]), part) for part in parts)), None)) is not None:
            index = found = copy
            parts = title_parts(lines[index])
        if found is not None:
            return found
    return None


def title_alone(lines: list[str], upto: int, opening: set[str]) -> tuple[int, str] | None:
    """The page's title line above the story, "Headline | Site" or "Section - Headline - Site", when the finder has no
    title telling the story and the headline is printed nowhere else: its headline part (``title_parts``, the longest
    run of pieces) sharing ``TITLE_ALONE_SHARE`` content words with the story's opening (twenty-eighth session)."""
    for index in range(min(upto, MAX_CANDIDATES)):
        line = lines[index].strip()
        pieces = TITLE_SEPARATOR.split(line)
        if len(pieces) < 2 or chrome_reason(line) != "navigation" or len(line.split()) > MAX_WORDS:
            continue  # a title is a line the finder passed over for its separators, not a sentence
        parts = title_parts(line)
        if not parts:
            continue
        best = max(parts, key=len)
        spans = [(start, end) for start in range(len(pieces)) for end in range(start + 1, len(pieces) + 1)
                 if [word for piece in pieces[start:end] for word in title_words(piece)] == best]
        if not spans:
            continue
        start, end = spans[0]
        head = line[line.index(pieces[start]):line.rindex(pieces[end - 1]) + len(pieces[end - 1])]
        if len(content_words(head) & opening) >= TITLE_ALONE_SHARE:
            return index, head
    return None


def story_title(lines: list[str], titles: list[Evidence], head: Evidence) -> Evidence | None:
    """The last title above the story, when it tells the story far better than the title chosen (``head``):
    ``STRONG_SHARE`` shared words or more, ``DOMINANT_SHARE`` times as many as ``head`` (twenty-ninth session).

    A wire's ticker of other stories or a podcast's episode title above the story shares a word or two with it by
    chance; the story's own title under them shares many. Not a bullet of a list of titles (a live page's summary
    under its title line).
    """
    own = titles[-1]
    if own is head or own.shared < STRONG_SHARE or own.shared < DOMINANT_SHARE * head.shared:
        return None
    return None if ENTRY_MARK.match(lines[own.index]) else own


# A ticker's alert label opening a line ("Breaking:", "Flash —", "Just in:", "Developing:"; thirty-first session).
ALERT = re.compile(r"^(?:breaking(?: news)?|flash|just in|developing|urgent|alert|news alert|latest|update[d]?)"
                   r"\s*[:–—|-]\s*\S", re.IGNORECASE)
ALERT_SHARE = 2


def alert_passed(lines: list[str], titles: list[Evidence], head: Evidence) -> Evidence:
    """A title under an alert label is a ticker's item over the page when a later title tells the story as well or
    better (``ALERT_SHARE`` shared words at least, and no fewer than the alert's): the alert names the site's other
    news of the hour, sharing a word or two with the story by chance. Else, and when the page prints the alert again
    (its title line and its headline), the alert is the headline."""
    alert = lines[head.index].strip()
    if not ALERT.match(alert):
        return head
    told = content_words(alert)
    if any(told <= content_words(line) for index, line in enumerate(lines) if index != head.index):
        return head  # printed again (the page's title and its headline, a breadcrumb's copy): the story's own
    later = [item for item in titles if item.index > head.index and not ALERT.match(lines[item.index].strip())
             and item.shared >= max(ALERT_SHARE, head.shared)]
    return later[0] if later else head


def find_headline(lines: list[str]) -> HeadlineChoice:
    """The headline among the first content lines of a page (``lines`` are content only)."""
    if not lines:
        return HeadlineChoice(None, (), True)
    shapes = [shape(line) for line in lines]
    first, _last = core_span(shapes)
    first = greeting_first(lines, shapes, first)
    window = MAX_LINES
    if not any(s.prose for s in shapes):
        first, window = len(lines), MAX_CANDIDATES  # no core to look up to (a page in another script): its first lines
    passed: set[int] = set()
    if not any(chrome_reason(line) == "" and not label_like(line) for line in lines[:first]):
        story = title_under_prose(lines, first, CORE_GAP)  # a caption or a quote over the headline opens the core
        if story is not None:
            passed.add(first)
            first = story
    opening = opening_words(lines, first)
    candidates: list[int] = []
    skipped: list[tuple[int, str]] = []
    looked = 0
    listed = numbered_runs(lines, min(first, window))
    for index in range(min(first, window)):
        reason = chrome_reason(lines[index])
        if index in listed:
            pass  # a ranked list's entry: passed over, not a candidate
        elif reason == "":
            candidates.append(index)
        elif reason is None and GREETING.match(lines[index].strip()):
            passed.add(index)  # a newsletter's greeting over the story's title
        elif reason is None and aside(lines[index], opening) \
                and not any(content_words(lines[c]) & opening and not label_like(lines[c]) for c in candidates):
            pass  # a greeting under a masthead (a label), above the contents and the story (twenty-seventh session)
        elif reason is None or (reason == "other" and candidates):
            if not candidates or any(not label_like(lines[c]) for c in candidates):
                break
            passed.add(index)  # a caption or a notice in sentences under labels only (twenty-eighth session)
        looked += len(lines[index].split()) > LABEL_MAX_WORDS  # a menu's entries do not use the window up
        if looked >= MAX_CANDIDATES:
            break
    shared = {index: len(content_words(lines[index]) & opening) for index in candidates}
    if not any(shared.values()):  # the core opens with a control, not the story: its long paragraphs tell it
        opening = opening_words(lines, first, long=True)
        shared = {index: len(content_words(lines[index]) & opening) for index in candidates}
    found = [evidence(lines, index, shared[index]) for index in candidates]
    if passed and not any(item.shared for item in found if item.index > min(passed)):
        found = [item for item in found if item.index < min(passed)]  # a sentence is passed only for a title that
        candidates = [item.index for item in found]  # tells the story, not for a line that merely looks like one
    titles = [item for item in found if item.title]
    chosen_item: Evidence | None
    if titles:
        head = titles[0]  # the first title: the headline when it tells the story
        later = next((item for item in titles[1:] if item.shared), None)  # past a menu or a teaser: the story's title
        if head.shared:
            strong = next((item for item in titles[1:] if item.shared >= STRONG_SHARE  # the next title telling
                           and not ENTRY_MARK.match(lines[item.index])), None)  # (not a live page's bullet)
            chosen_item = strong if head.shared == 1 and strong else head  # the story; one word in common by chance
            chosen_item = alert_passed(lines, titles, chosen_item)
            short = best_label([item for item in found if item.index < head.index])
            if short_headline_over_standfirst(lines, short, head):
                chosen_item = short
        else:
            label = best_label([item for item in found if item.index < head.index])
            label = label if label is not None and label_over_title(label) else None
            if label is not None and later is not None and lines[later.index][:1].isupper() \
                    and later.shared >= label.shared:
                label = None  # a site name sharing a word ("SEA Monitor") against a title telling the story
            chosen_item = label or later or best_shaped(found)
        certain = bool(head.shared) or later is not None or len(candidates) == 1
        if chosen_item is not None and chosen_item.title:
            chosen_item = story_title(lines, titles, chosen_item) or chosen_item
    else:
        label = best_label(found)
        chosen_item = label or best_shaped(found)
        certain = label is not None or len(candidates) == 1 or (
            not candidates and first == 0 and bool(shapes[0].headline_like))
        if candidates and sentence_headline(lines, first) and (label is None or label.shape == 0 or label.shared < len(
                content_words(lines[first]) & opening_words(lines, first + 1, long=True))):
            chosen_item, certain = None, True  # over a masthead sharing a word by chance (twenty-eighth session)
    chosen = chosen_item.index if chosen_item is not None else first if candidates else 0
    other = rival(found, chosen_item) if chosen_item is not None else None
    story = next((i for i in range(first, len(lines)) if shapes[i].prose and shapes[i].words >= STORY_WORDS),
                 len(lines))
    titled = False
    copy = headline_under_page_title(lines, chosen, min(story + 1, len(lines)))  # down to the first long paragraph
    text = None
    if copy is not None:
        chosen, certain, other, titled = copy, True, None, True
    elif chosen_item is None or not (chosen_item.title and chosen_item.shared):
        found_title = title_alone(lines, min(first, window), opening)  # no title tells the story: the page's own
        if found_title is not None:
            chosen, text, certain, other = found_title[0], found_title[1], True, None
    if not titled and text is None and (head_of_story := story_head(lines, chosen)) is not None:
        chosen, certain, other = head_of_story, True, None  # a tagline or a teaser taken (thirty-first session)
    if not titled and text is None and (upper := over_standfirst(lines, chosen)) is not None:
        chosen, other = upper, None  # the standfirst taken for its headline (thirty-first session)
    for index in range(chosen):
        skipped.append((index, "other" if index in passed else chrome_reason(lines[index]) or "navigation"))
    return HeadlineChoice(chosen, tuple(skipped), certain, other.index if other is not None else None, titled, text)
