"""Credit rolls and headed notices (issue #10, twenty-fifth session): blocks that close a page go whole.

A film's, a programme's or a podcast's credits go as a block.

A page that embeds a film, a video report or a podcast often prints its credits under it: each role as a label
("DIRECTED BY", "EXECUTIVE PRODUCERS", "Music by", "Producer: Jane Roe", "Recorded at: …") and the names under or
after it, one a line, often in capitals. No line of it is a sentence, and the names alone have no word a rule
could read; what tells them is the roll: three or more role labels (``data/clean/credit_roles.tsv``) close
together, with only short lines between them. Every line of that run, and the names under its last label, is
the roll's (``source-credit``, the kind that names who made what the page carries). One "Music" label in a menu,
or a byline's "Written by Jane Roe", is one label and stays to the other rules.

A notice under its own heading closes a page the same way: a bare "DISCLAIMER" (or "Disclosure") line below the
story, then the notice's sentences, whatever their words ("THIS PRODUCTION IS THE EFFORT OF …", "NO PROFIT SHALL
BE MADE …"), down to the page's end. The lexicon knows a disclaimer's usual wordings; the heading tells the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.resources import data_path, read_tsv

ROLE_MAX_WORDS = 10  # "Recorded at: Elm Street Studios, New Bedford, MA 2017"
ROLL_MIN_LABELS = 3
NAME_MAX_WORDS = 8  # "VINCENTE DISANTI and NATHAN MCLEOD", "ANDREW LEIGHTY as KYLE MCLEOD"
ROLL_GAP = 8  # lines from one role label to the next: a role with seven names under it
RANK = r"(?:(?:executive|associate|assistant|supervising|senior|series|line|co)[ -]?)?"
REASON = "source-credit"


@lru_cache(maxsize=1)
def role_words() -> dict[str, str]:
    """The roles of ``data/clean/credit_roles.tsv`` as alternatives of a pattern, per class."""
    kinds: dict[str, list[str]] = {"noun": [], "by": [], "label": []}
    for _, (role, kind, _note) in read_tsv(data_path("clean", "credit_roles.tsv"), columns=3):
        kinds[kind].append(re.escape(role).replace(r"\ ", r"[ -]?"))
    return {kind: "|".join(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


@lru_cache(maxsize=1)
def credit_role() -> re.Pattern[str]:
    """A role label: a role noun alone or before a colon, "<word> by" alone or before names, a song credit's
    label before a colon."""
    words = role_words()
    return re.compile(rf"^(?:{RANK}(?:{words['noun']})s?\s*(?::.*)?"
                      rf"|(?:{words['by']})(?:\s*(?:,|and|&)\s*(?:{words['by']}))*\s+by\b.*"
                      rf"|(?:{words['label']})\s*:.*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def bare_role() -> re.Pattern[str]:
    """A role label with its names under it, not after it ("DIRECTED BY", "STARRING:", "PRODUCERS")."""
    return re.compile(rf"^(?:{RANK}(?:{role_words()['noun']})s?\s*:?|.*\bby\s*:?|.*:)$", re.IGNORECASE)


def role_label(line: str) -> bool:
    """A short line naming a role of a credit roll, with or without its names ("MUSIC BY", "Producer: Jane Roe")."""
    text = line.strip()
    return (0 < len(text.split()) <= ROLE_MAX_WORDS and not text.endswith((".", "!", "?"))
            and bool(credit_role().match(text)))


def name_line(line: str) -> bool:
    """A short line a roll prints under a label: names ("ANDREW LEIGHTY as KYLE MCLEOD", "J.D."), a song's title in
    quotes; not a sentence (an initial's full stop aside), at most ``NAME_MAX_WORDS`` words."""
    text = line.strip()
    words = text.split()
    return 0 < len(words) <= NAME_MAX_WORDS and not text.endswith(("!", "?", ",", ";")) and (
        not text.endswith(".") or len(words) <= 2)


def credit_rolls(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Three or more role labels, each within ``ROLL_GAP`` lines of the next with only name lines (or lines the
    rules took) between them, make a roll: every kept line from the first label to the last, and the name lines
    under the last (up to ``ROLL_GAP - 1``), is ``source-credit``."""
    out = list(reasons)
    labels = [index for index, line in enumerate(lines) if index != guarded and role_label(line)]
    runs: list[list[int]] = []
    for index in labels:
        if runs and index - runs[-1][-1] <= ROLL_GAP and all(
                reasons[between] is not None or name_line(lines[between])
                for between in range(runs[-1][-1] + 1, index)):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) < ROLL_MIN_LABELS:
            continue
        end, bare = run[-1], bool(bare_role().match(lines[run[-1]].strip()))
        while bare and end + 1 < len(lines) and end + 1 - run[-1] < ROLL_GAP \
                and end + 1 != guarded and name_line(lines[end + 1]):
            end += 1
        for index in range(run[0], end + 1):
            if out[index] is None and index != guarded:
                out[index] = REASON
    return out


NOTICE_HEADING = re.compile(r"^\W*(?:legal\s+)?(?:disclaimers?|disclosures?)\W*$", re.IGNORECASE)
NOTICE_MAX_LINES = 12  # kept lines under the heading: a notice, not the rest of a story
STORY_WORDS = 15  # a paragraph of the story above the heading: the heading is not a menu's entry at the top


def headed_notices(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A bare "Disclaimer" heading below a paragraph of the story, with at most ``NOTICE_MAX_LINES`` kept lines
    under it to the page's end: the heading and those lines are ``disclaimer``."""
    out = list(reasons)
    for index, line in enumerate(lines):
        if index == guarded or not NOTICE_HEADING.match(line.strip()):
            continue
        above = any(reasons[before] is None and len(lines[before].split()) >= STORY_WORDS for before in range(index))
        under = [after for after in range(index + 1, len(lines)) if reasons[after] is None]
        if above and under and len(under) <= NOTICE_MAX_LINES:
            for after in [index, *under]:
                out[after] = out[after] or "disclaimer"
            break
    return out
