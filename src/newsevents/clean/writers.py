"""The page's own writers (issue #10, twenty-fourth session): a bio names the writer the byline names.

A writer's bio opens with the writer's name, often the first name alone ("Oksana covers the Rada and local
government …", "Jane Roe joined the Post in 2019 after …"), and it may stand anywhere: under the byline, after the
story, between the story and its links. The line scorer knows a bio by its words only where a bio is expected (the
page's last third, after the core, over chrome); a career told in other words ("joined", "has reported from") it does
not know at all. Where the page's byline names the writer, a line opening with that name (the whole name or the first
name) and a verb of a writer's career is the writer's bio wherever it stands: a story seldom makes its own writer the
subject of a sentence in the third person, and the verbs are not the verbs of news (``said``, ``told`` are not among
them).
"""

from __future__ import annotations

import re

from newsevents.clean.signals import shape

# Words that label a byline, not names ("By Jane Roe", "Authors: Jane Roe, Jim Doe", "Posted by …").
LABEL_WORDS = frozenset({"by", "posted", "written", "authors", "author", "writer", "writers", "words", "story", "text",
                         "reporting", "report", "edited", "photos", "photo", "and", "staff"})
NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*[a-z][\w'’.-]*$|^[A-Z]\.$")
FIRST_NAME_MIN = 3
BIO_MAX_WORDS = 80
REASON = "author-bio"
# A writer's career after the name: "covers", "joined the Post in 2019", "has reported from", "was previously",
# "is a staff writer" (``is`` only with the bio's own words: ``shape().flags["bio"]``), "is a former diplomat who …",
# "is a visiting fellow" (twenty-fifth session: a past or side career, which a story does not give its own writer).
CAREER = re.compile(
    r"^(?:covers|writes (?:about|for|on)|reports (?:on|for|from)|reported from|edits|joined|previously|formerly|"
    r"has (?:been|covered|written|reported|worked|spent|contributed)|was (?:previously|formerly|a|an|the)|"
    r"worked (?:as|for|at)|lives (?:in|with)|teaches|contributed (?:reporting|to)|"
    r"is (?:a|an) (?:former|retired|visiting|contributing|regular|freelance|senior)\b)\b")


# A link to the writer's other pieces names the writer too: "More from Jane Roe", "More by Jane Roe" (twenty-fifth
# session: a column's byline is often a bare name the rules leave to the headline step).
MORE_FROM = re.compile(r"^(?:more|read more|see more|other (?:stories|articles|columns|pieces)|all (?:stories|articles|"
                       r"posts|columns)|latest) (?:from|by)\s+(?P<name>.+)$", re.IGNORECASE)


def writer_names(lines: list[str], reasons: list[str | None]) -> set[str]:
    """The writers the page's byline lines name, whole and by the first name: runs of two or three capitalised
    words in a line the rules took as a ``byline``, its label words aside, or after "More from" in a link the rules
    took as ``related-links``."""
    names: set[str] = set()
    for line, reason in zip(lines, reasons, strict=True):
        more = MORE_FROM.match(line.strip()) if reason == "related-links" else None
        if reason != "byline" and more is None:
            continue
        text = more["name"] if more else line.strip()
        for part in re.split(r"[,;|:/•·–—]|\s-\s", text):  # a name list's separators end a name
            run: list[str] = []
            for word in [*part.split(), ""]:
                if NAME_WORD.match(word) and word.lower() not in LABEL_WORDS:
                    run.append(word)
                    continue
                if 2 <= len(run) <= 3:
                    names.add(" ".join(run))
                    if len(run[0]) >= FIRST_NAME_MIN and not run[0].endswith("."):
                        names.add(run[0])
                run = []
    return names


def writer_bios(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept line opening with a writer's name the byline gave, then a verb of a writer's career (or the bio's own
    words after "is"), is ``author-bio`` wherever it stands on the page."""
    names = writer_names(lines, reasons)
    out = list(reasons)
    if not names:
        return out
    for index, line in enumerate(lines):
        text = line.strip()
        if out[index] is not None or index == guarded or len(text.split()) > BIO_MAX_WORDS:
            continue
        for name in names:
            if not text.startswith(name + " "):
                continue
            rest = text[len(name) + 1:]
            if CAREER.match(rest) or (rest.startswith("is ") and shape(text).flags["bio"]):
                out[index] = REASON
                break
    return out
