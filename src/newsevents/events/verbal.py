"""Attacks in words: a politician who "attacks" a person or a party criticises them.

On the samples of real news (BBC, PolNeAR) "Trump's personal attacks on Curiel", "when Biden
tried to attack Trump", "Tories attack EU asylum moves" were coded as military force (190).
An attack by people or parties on people, parties or bodies of government is criticism (111);
an attack by or on a state, its forces or armed groups stays force.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.events.found import Found
from newsevents.events.patterns import Pattern

WORD_ATTACKS = {"attack", "assail", "savage", "lambaste", "hit", "target"}  # lemmas that are words between politicians
WORD_CLASHES = {"clash"}  # a clash of one person or party with another is words; crowds clash in the street
PLURAL_TAGS = ("NNS", "NNPS")
SPEAKERS = {"PTY", "ELI", "LEG", "OPP", "MED", "JUD", "CVL", "LAB", "BUS", "NGO", "EDU", "REL", "DEV"}  # DEV: "a
# Labour donor attacks the feud" (twenty-sixth session, E2)
ARMED = {"MIL", "REB", "INS", "RAD", "PRM", "UAF", "CRM", "SPY", "COP", "SEP"}


def in_words(found: Found) -> Found:
    """``found`` as criticism (111) when a person or party attacks a person, a party or an
    institution; unchanged otherwise."""
    lemma = found.trigger.lemma_.lower()
    force = found.code[:2] == "19" or found.code[:2] == "13" and found.pattern.code[:2] == "19"  # "will attack
    # the Lib Dems": an attack to come, coded as a threat of force, is criticism to come (thirtieth session)
    if not force or lemma not in WORD_ATTACKS | WORD_CLASHES \
            and found.pattern.object not in WORD_ATTACKS:
        return found  # the attack as the verb, or as its object ("launched an attack against Obama")
    if lemma in WORD_CLASHES and not one_clashing(found):
        return found
    sources = [m for _, m in found.sources if m is not None and m.code]
    targets = [m for _, m in found.targets if m is not None and m.code]
    if not sources or not targets:
        return found
    if all(speaker(m) for m in sources) and all(not armed(m) and m.kind not in ("country", "capital", "city")
                                                 for m in targets):
        return replace(found, code="111")
    if all(m.kind == "pronoun" and not armed(m) for m in sources) and all(political(m) for m in targets):
        return replace(found, code="111")  # "his attack on Labour": whoever "his" is, a party is attacked in words
    return found


POLITICAL = {"PTY", "ELI", "LEG", "OPP"}  # parties, candidates, legislators, the opposition


def political(mention) -> bool:
    """A party, a candidate, a legislator or the opposition (no armed sector)."""
    return not armed(mention) and (mention.code or "")[3:6] in POLITICAL


def speaker(mention) -> bool:
    """A person (not a soldier or fighter), or a party, a paper, a court, a group of citizens."""
    if armed(mention):
        return False
    return mention.kind == "person" or (mention.code or "")[3:6] in SPEAKERS


def armed(mention) -> bool:
    code = mention.code or ""
    return any(code[i:i + 3] in ARMED for i in range(3, len(code), 3)) or code.startswith(("IMG", "---INS"))


CROWD_CODES = {"191": "144", "171": "145", "1712": "145"}  # a blockade is an obstruction, burning a riot
CROWD_WORDS = {"protester", "demonstrator", "rioter", "crowd", "mob", "student", "worker", "farmer", "trucker",
               "striker", "activist", "youth"}  # not "settlers" (their arson is coercion) nor "residents"


LOOTING = {"loot"}  # a crowd's looting is a riot (145); soldiers' or militias' is seizing property (171)


def by_crowd(found: Found) -> Found:
    """``found`` as a protest when protesters, workers or other citizens blockade a place (144)
    or set fire to property (145): "Canadian truckers blockaded downtown Ottawa", "protesters set
    fire to banks in Beirut" (the blind event checklist, session 12); looting by armed men as
    seizing property (171); unchanged otherwise."""
    if found.code == "145" and found.trigger.lemma_.lower() in LOOTING and found.sources \
            and all(m is not None and armed(m) for _, m in found.sources):
        return replace(found, code="171")  # "Sudanese paramilitaries looted the central bank"
    code = CROWD_CODES.get(found.code)
    if code is None or not found.sources:
        return found
    if all(not (m is not None and armed(m)) and t.lemma_.lower() in CROWD_WORDS for t, m in found.sources):
        return replace(found, code=code)
    return found


def one_clashing(found: Found) -> bool:
    """"Hillary Clinton clashed with Johnson during the hearing", "the nominee has clashed with party leaders"
    (audit of unseen articles, twentieth session): a clash is words when each of its doers is one person or
    one body, named in the singular and no crowd, and the verb has a subject of its own (a parse that hangs
    "and protesters have clashed with ..." on an earlier clause gives that clause's doers); "protesters clashed
    with Trump supporters", "a crowd clashed with ...", "supporters of the two parties clashed" stay force."""
    subjects = [c for c in found.trigger.children if c.dep_ == "nsubj"]  # the verb's own, whoever the source is
    return found.pattern.pos == "V" and bool(subjects) and bool(found.sources) \
        and all(t.tag_ not in PLURAL_TAGS and t.lemma_.lower() not in CROWD_WORDS
                for t in [t for t, _ in found.sources] + subjects)


STATES = ("country", "capital")  # mention kinds that name a state as a whole


def charged_state(found: Found) -> Found:
    """A state charged with something is accused (112), not arrested or indicted (173):
    "Mali's junta charged France with supplying weapons to jihadists" (the blind event checklist,
    session 12); "police charged an opposition leader with treason" stays 173."""
    if found.code != "173" or found.trigger.lemma_.lower() != "charge":
        return found
    targets = [(t, m) for t, m in found.targets if m is not None]
    if targets and all(m.kind in STATES and t.ent_type_ == "GPE" for t, m in targets):  # not "Lebanon's governor"
        return replace(found, code="112")
    return found


def parade(found: Found) -> bool:
    """Soldiers or police marching (in a parade, through a town) or taking to the streets do not protest."""
    return found.code.startswith("14") and found.trigger.lemma_.lower() in ("march", "take") and bool(found.sources) \
        and all(m is not None and armed(m) for _, m in found.sources)


STATE_SECTORS = {"", "GOV"}  # a state named as a whole, or its government


def state_protest(found: Found) -> Found:
    """A state's protest at another state is an official complaint (114), not a demonstration:
    "Japan protests Chinese survey ship near islands", "Seoul lodges protest over Tokyo textbook"
    (the blind event checklist, session 12); crowds protesting outside an embassy still protest."""
    if not found.code.startswith("14") or found.trigger.lemma_.lower() != "protest" or not found.sources:
        return found
    sources = [m for _, m in found.sources]
    targets = [m for _, m in found.targets if m is not None and m.code and not m.code.startswith("---")]
    if not targets or not all(m is not None and m.kind in STATES and (m.code or "")[3:6] in STATE_SECTORS
                              for m in sources):
        return found
    if any(t.code[:3] == s.code[:3] for t in targets for s in sources):
        return found
    return replace(found, code="114")


WEAPONS = {"drone", "missile", "rocket", "shell", "mortar", "artillery", "jet", "warplane", "plane", "aircraft",
           "bomber", "helicopter", "airstrike", "strike", "bomb", "warship", "tank", "gunboat", "force", "troop",
           "soldier", "army", "navy", "militant", "rebel", "fighter", "gunman"}


def struck_by_force(found: Found) -> bool:
    """A bare "hit" is an attack only when a weapon or an armed force hits: "Ukrainian drones hit
    an oil refinery"; not "the storm hit", "sanctions hit the economy", "Russia hit a record"."""
    if found.code != "190" or found.trigger.lemma_.lower() != "hit" or found.pattern.particle:
        return True
    return any(t.lemma_.lower() in WEAPONS or m is not None and armed(m) for t, m in found.sources)


def alleged(token, pattern: Pattern) -> Pattern:
    """"The government charged that the strike was part of a plot": a charge made with a that-clause
    and no one charged is an accusation (112), not legal action (173; audits of unseen articles)."""
    if pattern.code != "173" or pattern.pos != "V" or any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return pattern
    if not any(c.dep_ == "ccomp" for c in token.children):
        return pattern
    return replace(pattern, code="112")
