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


def mastheads(lines: list[str], reasons: list[str | None]) -> list[str | None]:
    """A kept line of up to ``MAST_MAX_WORDS`` words above the core, half of whose words (``RUN_MIN_CONTENT`` content
    words or more among them) a naming chrome line prints in a row, is the site's name."""
    first, last = core_span([shape(line) for line in lines])
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
