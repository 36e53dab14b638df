"""A body named in full, then by its last word alone (issue #11, session 16).

News names a body in full once ("the European Commission", "the International Monetary Fund") and
then by its head word with a capital: "the Commission said", "the Fund's board". No dictionary lists
"Commission" alone (it is every commission's word), so the stage left those mentions to no one. A
capitalised "the X" after a named organisation or seat of several words whose last word is X is that
body, when just one body of the story ends in X; not "the Commission on Human Rights" (another body's
longer name) nor a word inside a longer capitalised name ("the Commission President"), nor a seat's
("the House" after "the White House") or a state's own force's word ("the Army").
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsevents.model import Mention

BODY_KINDS = ("organisation",)  # not seats: "the House" after "the White House" is Congress's
SHORT = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b")
# head words whose bare "the X" is the story's own state's body, not a group named before: "the Army" after
# "the Irish Republican Army", "the Government" after "the Government of National Unity"
STATE_WORDS = frozenset({"Army", "Navy", "Police", "Government", "Guard", "Forces", "Ministry", "Department"})


def short_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with "the Commission" after "the European Commission" added, in text order."""
    bodies: dict[str, list[Mention]] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.kind in BODY_KINDS and mention.code and len(words) >= 2 and words[-1][:1].isupper() \
                and words[-1].isalpha() and words[-1] not in STATE_WORDS:
            bodies.setdefault(words[-1], []).append(mention)
    if not bodies:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    extra = []
    for match in SHORT.finditer(text):
        word = match.group(1)
        named = [m for m in bodies.get(word, ()) if m.end <= match.start(1)]
        if not named or len({m.code for m in bodies[word]}) != 1:
            continue  # named only later, or two bodies end in the word ("the Court")
        start, end = match.start(1), match.end(1)
        if any(a < end and start < b for a, b in covered):
            continue
        after = text[end:end + 4]
        if re.match(r"\s+(?:of|on|for)\b|\s+[A-Z]|-", after):
            continue  # "the Commission on Human Rights", "the Commission President": a longer name
        model = named[-1]
        extra.append(replace(model, text=word, start=start, end=end, refers_to=None))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions
