"""The story's home country, and the actors of no written country that take it (issue #11).

The home country is the state of a wire story's dateline ("KUWAIT, June 2 -": where the reporter
files from), else the state named in at least half of the story's state mentions (and at least
twice). The events stage places an actor named only by title in it (``events/placing.py``); the
actors stage gives it to a person named with a title of no country ("Mayor Jones", "Senator Smith",
"Lord Butler"), as a CAMEO coder reading the whole story would.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import replace

from newsevents.actors.lexicon import load_lexicon
from newsevents.model import Mention

NON_STATES = ("IGO", "NGO", "IMG", "---")
# the sectors of a titled person who is of the story's country: offices and elites, not a firm's
# "chief executive" or a "reporter" (a foreign firm or paper is as likely as a home one)
HOME_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI", "OPP"}
# bodies named by role alone that are of the story's country: "the ruling party" (GOV, PLOVER PTY) and
# "the opposition" (OPP); not "the parties" (to a dispute: OPP, PTY), "the government" (the events stage
# places it by where the act is first) or "the rebels"
HOME_BODIES = {("GOV", "PTY"), ("OPP", "OPP")}
MINISTRY = re.compile(r"\bministr(?:y|ies)\b")  # "the foreign ministry said", in a story set in one country
DEPARTMENT = re.compile(r"\bDepartments?\b")  # "the Commerce Department said": a capital, not "a science department"


def state_of(mention: Mention) -> str | None:
    code = mention.code or ""
    return code[:3] if code[:3].isalpha() and not code.startswith(NON_STATES) else None


def home_country(mentions) -> str | None:
    """The country a story is about: the state named in at least half of its state
    mentions (and at least twice), else none."""
    counts = Counter(state for m in mentions if (state := state_of(m)))
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= 2 and count * 2 >= sum(counts.values()) else None


def dateline_state(dateline: str | None) -> str | None:
    """The country of a wire story's dateline ("KUWAIT, June 2", "MEXICO CITY"): where the
    reporter files from, whose ministry and officials an unqualified "the Foreign Ministry
    said" names."""
    place = (dateline or "").split(",")[0].split("(")[0].strip()
    if not place or len(place) > 40:
        return None
    lexicon = load_lexicon()
    for form in (place, place.title(), string.capwords(place.lower())):
        for entry in lexicon.lookup(form):
            if entry.kind in ("country", "capital", "city") and len(entry.code or "") == 3:
                return entry.code
    return None


def titled_at_home(mentions: list[Mention], home: str | None, text: str = "") -> list[Mention]:
    """A person named with a title of no country ("Mayor Jones", "Judge Ann Smith", "Lord Butler":
    ``---`` and an office's sector) is of the story's home country, and so are the surnames and
    pronouns that refer to them, unless named as serving a body of a country ("Judge Ann Lee of the U.S.
    District Court": ``body_state``); so are "the ruling party" and "the opposition" (``HOME_BODIES``). Other
    roles named without a person ("the mayor", "the government") are left to the events stage, which
    places them by where the act happens first (placing them here cost events: docs/actors.md)."""
    placed: dict[int, str] = {}  # index -> the code it had
    out = list(mentions)
    for index, mention in enumerate(mentions):
        code = mention.code or ""
        if not code.startswith("---") or code[3:6] not in HOME_SECTORS:
            continue
        antecedent = mention.refers_to
        titled = mention.kind == "person" and mention.role and mention.name \
            or mention.kind == "role" and home_body(mention, text)
        if not titled and not (antecedent in placed and placed[antecedent] == code):
            continue
        state = body_state(mentions, index, text) or (out[antecedent].country if antecedent in placed else home)
        if state is None:
            continue
        placed[index] = code
        out[index] = replace(mention, code=state + code[3:], country=state)
    return out


# what may stand between a titled person and the body they serve: "Judge Ann Lee of the", "Mayor Bo, of"
OF_BODY = re.compile(r"(?:\s+[A-Z][\w'.-]*)?,?\s+of\s+(?:the\s+)?")


def body_state(mentions: list[Mention], index: int, text: str) -> str | None:
    """The state of the body a titled person is named as serving ("Judge Ann Lee of the U.S. District
    Court"): their own country, ahead of the story's home (a British firm's name in a US court story)."""
    if not text or index + 1 >= len(mentions):
        return None
    mention, body = mentions[index], mentions[index + 1]
    if not OF_BODY.fullmatch(text[mention.end:body.start]):
        return None
    return state_of(body) if body.kind not in ("person", "pronoun", "role") else None


def home_body(mention: Mention, text: str) -> bool:
    """"the ruling party", "the opposition", "the foreign ministry"; a legislature named by a
    capitalised role word, with or without "the" ("Congress passed", "the Senate voted"); and a
    government department named with a capital ("the Commerce Department", "Labor Department figures")."""
    code = mention.code or ""
    after_the = text[max(mention.start - 4, 0):mention.start].lower() == "the "
    before = text[:mention.start].rstrip()
    sentence_start = not before or before[-1] in '.!?"“”:\n'  # "Lawmakers said": a capital of no name
    if code[3:6] == "LEG" and mention.text[:1].isupper() and not mention.text.isupper() \
            and (after_the or not sentence_start):
        return True
    if DEPARTMENT.search(mention.text) and code[3:6] == "GOV" and not mention.text.isupper() \
            and (after_the or mention.text[:1].isupper() and not sentence_start):
        return True  # "the Commerce Department said", "according to Labor Department figures"
    return after_the and ((code[3:6], mention.plover_sector) in HOME_BODIES
                          or bool(MINISTRY.search(mention.role or "")))


def parties_abroad_as_words(mentions: list[Mention], home: str | None) -> list[Mention]:
    """A party named by one word ("Conservatives", "Liberals", "Greens") of a country the story names nowhere
    else, in a story about another country, is the word, not that party: "Conservatives still praise him" in
    a US story is not Britain's Conservative Party. The mention is left unresolved."""
    if home is None:
        return mentions
    named = {m.country for m in mentions if m.country and m.plover_sector != "PTY"}
    out = list(mentions)
    for index, mention in enumerate(mentions):
        words = [w for w in mention.text.split() if w.lower() != "the"]
        if mention.kind != "organisation" or mention.plover_sector != "PTY" or len(words) != 1 \
                or not mention.country or mention.country in (home, *named):
            continue
        out[index] = replace(mention, code=None, country=None, sector=None, name=None, plover_sector=None)
    return out
