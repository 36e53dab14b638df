"""The site's name at the top of the page, known by the page's own chrome (issue #10, twenty-fourth session).

A page opens with its masthead: "Official Portal of the Ministry of Foreign Affairs, Malaysia", "THE CARPATHIAN
BRIEF". When the masthead shares words with the story (a ministry's release names the ministry, a newsletter's lead
story its region) the headline finder takes it for the story's title. What tells it is the page itself: its footer
and its appeals name the site ("Copyright © 2025 Ministry of Foreign Affairs, Malaysia.", "You are receiving this
email because you subscribed to The Carpathian Brief."). A short line above the story's core whose words a line of
such chrome prints in a row (half the line's words, two content words among them) is the site's name: ``navigation``.
A link to another story or a post may print the headline's words too, so only a footer's, an appeal's or a notice's
line counts (a menu's or a breadcrumb's only below the core: a breadcrumb may end in the headline).
"""

from __future__ import annotations

import re

from newsevents.clean.credits import publisher_patterns
from newsevents.clean.headline import content_words
from newsevents.clean.signals import WORD, core_span, shape

NAMING = frozenset({"navigation", "subscription-appeal", "donation-appeal", "disclaimer", "cookie-notice",
                    "comment-policy", "paywall"})
MAST_MAX_WORDS = 12
RUN_MIN_CONTENT = 2
REASON = "navigation"


def words_of(line: str) -> list[str]:
    return [word.lower() for word in WORD.findall(line)]


def named_run(line: str, chrome: list[list[str]]) -> list[str]:
    """The longest run of ``line``'s words that one chrome line prints in a row."""
    words = words_of(line)
    best: list[str] = []
    for other in chrome:
        for start in range(len(words)):
            for end in range(len(words), start + len(best), -1):
                size = end - start
                if any(other[k:k + size] == words[start:end] for k in range(len(other) - size + 1)):
                    best = words[start:end]
                    break
    return best


def page_core(lines: list[str]) -> tuple[int, int]:
    """The first and last line of the page's core (``signals.core_span``): read once for the page's three asks."""
    return core_span([shape(line) for line in lines])


def mastheads(lines: list[str], reasons: list[str | None], core: tuple[int, int] | None = None) -> list[str | None]:
    """A kept line of up to ``MAST_MAX_WORDS`` words above the core, half of whose words (``RUN_MIN_CONTENT`` content
    words or more among them) a naming chrome line prints in a row, is the site's name."""
    first, last = core or page_core(lines)
    chrome = [words_of(line) for index, (line, reason) in enumerate(zip(lines, reasons, strict=True))
              if reason in NAMING and (reason != "navigation" or index > last)]  # a breadcrumb may end in the title
    out = list(reasons)
    if not chrome:
        return out
    for index in range(first):
        line = lines[index]
        if out[index] is not None or not 0 < len(line.split()) <= MAST_MAX_WORDS:
            continue
        run = named_run(line, chrome)
        if len(content_words(" ".join(run))) >= RUN_MIN_CONTENT and 2 * len(run) >= len(words_of(line)):
            out[index] = REASON
    return out


# The site describing itself after the name: "Lanka Lens is a member of …", "Caucasus Wire is registered as …",
# "The Harbour Post was founded in 1901 …", "Valley Post receives no public money".
SELF_DESCRIPTION = re.compile(
    r"^(?:is|are) (?:a|an|the|registered|published|funded|supported|owned|part|member|committed|independent|not|"
    r"editorially|run|operated|licensed|regulated)\b|^(?:was|were) (?:founded|established|launched|set up)\b"
    r"|^(?:receives|relies|accepts|does not|has no)\b", re.IGNORECASE)
SITE_NAME_MAX_WORDS = 4


def site_names(lines: list[str], reasons: list[str | None], core: tuple[int, int] | None = None) -> set[str]:
    """The site's names as the page prints them, in lower case: a short masthead the rules removed above the core
    ("Lanka Lens", "CAUCASUS WIRE") and the publisher a removed line names ("© 2025 Caucasus Wire")."""
    first, _last = core or page_core(lines)
    names: set[str] = set()
    for index, (line, reason) in enumerate(zip(lines, reasons, strict=True)):
        if reason is None:
            continue
        words = line.strip().split()
        if index < first and reason == "navigation" and 1 <= len(words) <= SITE_NAME_MAX_WORDS \
                and all(word[:1].isupper() for word in words):
            names.add(" ".join(words).lower())
        for pattern in publisher_patterns():
            match = pattern.search(line.strip())
            if match:  # the name ends at a full stop ("© 2025 Harbour Lens. All rights reserved.")
                names.add(re.split(r"\.\s", match["name"])[0].strip(" .,'").lower())
    return {name for name in names if len(name) >= 3 and name not in {"the author", "author", "us", "all rights"}}


def site_blurbs(lines: list[str], reasons: list[str | None], guarded: int | None,
                core: tuple[int, int] | None = None) -> list[str | None]:
    """A kept line below the core's start that opens with the site's own name and describes the site ("Lanka Lens is
    a member of the International Fact-Checking Network.") is the publisher's blurb: ``author-bio``, as a firm's
    blurb under its label is. A story quoting its own outlet ("Lanka Lens asked the ministry …") is left alone."""
    core = core or page_core(lines)
    names = site_names(lines, reasons, core)
    out = list(reasons)
    if not names:
        return out
    first, _last = core
    for index in range(first, len(lines)):
        text = lines[index].strip()
        lowered = text.lower().removeprefix("the ")
        if out[index] is not None or index == guarded:
            continue
        for name in (name.removeprefix("the ") for name in names):
            rest = lowered[len(name) + 1:]
            if lowered.startswith(name + " ") and SELF_DESCRIPTION.match(rest):
                out[index] = "author-bio"
                break
    return out
