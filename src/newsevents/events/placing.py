"""Placing an event's actors in countries: the code an actor gets in an event, and the
country of an actor the text names only by role, by people or by a weapon.

PLOVER's and CAMEO's convention: an act at home is coded domestic ("police dispersed
demonstrators": EGY -> EGY), a group without a state of its own ("ethnic Albanians in
Serbia") is of the country it is in, and an attack nobody is named for ("a roadside bomb
near Samarra killed a U.S. soldier") has the country where it happened as its source.
"""

from __future__ import annotations

from newsevents.actors.home import dateline_state, home_country, state_of  # noqa: F401 - re-exported
from newsevents.events import no_party, syntax
from newsevents.events.audience import token_at, told_outlet
from newsevents.events.creditors import creditors
from newsevents.events.ontology import describe
from newsevents.model import Mention

VERBAL_QUADS = (1, 3)
VENUE_ROOTS = {"01", "02", "03", "04", "05", "06"}  # where these happen is a venue, not a party
LOCATIVES = {"in", "into", "inside", "across", "throughout"}
PLACE_PREPS = LOCATIVES | {"near", "outside", "at", "around", "within", "through"}  # "marched through Dhaka"
BORDERS = {"border", "frontier", "boundary", "borderline"}
PLACE_KINDS = {"country", "capital", "demonym", "city"}
NON_STATES = ("IGO", "NGO", "IMG", "---")
DOMESTIC_ROOTS = {"08", "14", "17"}  # easing, protest, coercion: at home unless a target is named
DOMESTIC_CODES = ("133",)  # and a threat of protest ("the unions threatened a general strike")
WORDS_ABOUT_OTHERS = {"01", "02", "05", "10", "11", "12", "13", "16"}  # statements, appeals, praise, demands,
# blame; and sanctions: "Washington imposed sanctions on senior officials" of the story's country
PEOPLE_ENTITIES = {"PERSON", "ORG", "NORP"}
PEOPLE_NOUNS = {"member", "people", "person", "man", "woman", "child", "youth", "family", "leader", "follower",
                "prisoner", "detainee", "hostage", "captive", "supporter", "dissident", "suspect", "victim",
                "dozen", "hundred", "thousand", "score", "movement", "group", "party", "organization",
                "organisation", "faction", "sect", "newspaper", "station"}
UNNAMED = {"device", "authority"}  # a weapon, or the authorities of a passive arrest: placed where it happens
STATELESS = {"ethnic"}  # "ethnic Albanians": a people, not the state of that name
REGIONAL = {"european", "western", "arab", "african", "asian", "gulf", "nordic", "baltic", "balkan", "latin",
            "scandinavian", "caribbean", "regional", "neighbouring", "neighboring"}


def stateless(token) -> bool:
    """"ethnic Albanians", or "ethnic Albanian unrest" (the people named inside the noun's phrase)."""
    return token is not None and any(t.lower_ in STATELESS for t in token.subtree if t.i <= token.i)


def event_actor(mention: Mention | None, code: str, *, source: bool, token=None) -> str:
    """The code an actor gets in an event: capitals speak for their government (unless
    they are only the place: "bombs in Kabul"), and so do countries that make statements,
    appeals, offers or threats (verbal events). An ethnic group is of no state by its name."""
    if mention is None or not mention.code or mention.kind in UNNAMED:
        return "---"
    actor = mention.code
    if len(actor) == 3 and actor.isalpha():
        if mention.kind == "demonym" and stateless(token):
            return "---CVL"
        place = token is not None and token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS
        if mention.kind == "capital" and not place or (source and mention.kind == "country"
                                                      and describe(code).quad_class in VERBAL_QUADS):
            actor += "GOV"
    return actor


def place_within(token, actor_of) -> str | None:
    """A place named inside the target's own phrase ("refugees fleeing the war in Liberia")."""
    return place_in(token.subtree, actor_of)


def place_of(trigger, actor_of) -> str | None:
    """The country an act takes place in ("lifted a curfew in Montenegro", "a bombing near
    the town of Samarra"), looked for in the act's clause (for a noun, its verb's clause;
    for a participle, the clause it follows)."""
    scopes = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = syntax.governing_verb(trigger)
        if verb is not None:
            scopes.append(verb)
    elif trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG":
        scopes.append(trigger.head)  # "a car bomb exploded in Buenos Aires, killing 29 people"
    for scope in scopes:
        found = place_in(own_clause(scope), actor_of)
        if found:
            return found
    return None


SUBCLAUSES = ("advcl", "ccomp", "relcl", "conj", "parataxis")
SAME_SCENE = {"when", "as", "where", "while"}  # "killed 23 when they blew themselves up in Tel Aviv"


def own_clause(token, top=None) -> list:
    """The token's subtree without the clauses in it that have a subject of their own and tell
    of another time: in "arrested nine residents since the group rose to power in Syria" the
    arrests are not in Syria; a "when" or "as" clause is the same scene."""
    found = [token]
    for child in token.children:
        if child.dep_ in SUBCLAUSES and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children) \
                and not any(c.dep_ in ("mark", "advmod") and c.lower_ in SAME_SCENE for c in child.children):
            continue
        if child.dep_ == "acl" and child.tag_ == "VBN" and token.pos_ in ("NOUN", "PROPN") and top is not None \
                and another_verb_between(token, top):
            continue  # "warned Tehran against using missiles installed in Iran": where the missiles are, not the
            # act (s32 P); the act's own object is where it is done ("attacked a convoy parked in Mosul")
        found.extend(own_clause(child, top if top is not None else token))
    return sorted(found, key=lambda t: t.i)


def another_verb_between(token, top) -> bool:
    """A verb other than ``top`` governs ``token`` below ``top``: the noun is that verb's, another act's."""
    for above in token.ancestors:
        if above.i == top.i:
            return False
        if above.pos_ == "VERB":
            return True
    return False


def place_in(tokens, actor_of, kinds=None) -> str | None:
    """The first place in a phrase: a country, capital, city or demonym (or only the ``kinds`` given) after
    "in", "near", "outside of" ..."""
    for token in tokens:
        if token.dep_ != "prep" or token.lower_ not in PLACE_PREPS:
            continue
        objects = syntax.children(token, "pobj") + [o for p in syntax.children(token, "prep")
                                                    for o in syntax.children(p, "pobj")]  # "outside of"
        for obj in objects:
            if obj.lemma_.lower() in BORDERS:
                continue  # "near the Thai border": either side of it
            mention = actor_of(obj)  # a place, not an institution ("outside the Israeli embassy")
            if mention is not None and mention.kind in (kinds or PLACE_KINDS) and state_of(mention) \
                    and len(mention.code) == 3:
                return mention.code[:3]
    return None


def origin_of(trigger, actor_of) -> str | None:
    """Where an act comes from ("fired rockets into Israel from Gaza"): the country of a
    place in a "from" phrase on the act's verb."""
    for prep in syntax.children(trigger, "prep"):
        if prep.lower_ == "from":
            for obj in syntax.children(prep, "pobj"):
                mention = actor_of(obj)
                if mention is not None and mention.kind in PLACE_KINDS and state_of(mention) \
                        and len(mention.code) == 3:
                    return mention.code
    return None


def sentence_state(sent, paragraph_start: int, mentions, *, besides: tuple = (), skip: tuple = ()) -> str | None:
    """The first state the sentence names, other than the states of ``besides`` and the
    mentions in ``skip`` (the event's target: "the president vowed to retaliate against
    Pakistan" is not Pakistan's president, but "the U.S. industry urged the Reagan
    administration" is still of the U.S.)."""
    avoid = {state_of(m) for m in besides if m is not None}
    said = [(paragraph_start + start, paragraph_start + end) for start, end in no_party.asides(sent)]
    for mention in mentions:
        if any(start <= mention.start < end for start, end in said):
            continue  # "Soldiers shot two villagers, according to officials in Nigeria": not placed by who says so
            # ("Ministers agreed a scheme, despite Spanish and Portuguese opposition": nor by who objects)
        word = token_at(sent, mention.start, paragraph_start)
        if told_outlet(word, mention) or word is not None and no_party.quoted_label(no_party.past_quote(word)):
            continue  # "Officials told Reuters they had signed": not placed by the outlet they told; "mocked
            # the 'Russia' quip": nor by a word quoted
        if paragraph_start + sent.start_char <= mention.start < paragraph_start + sent.end_char:
            if state_of(mention) and state_of(mention) not in avoid \
                    and all(mention is not m for m in (*besides, *skip)):
                return state_of(mention)
    return None


def first_state_for(source: str, sent, paragraph_start: int, mentions, s_mention, t_mention,
                    s_token=None, actor_of=None, others: tuple = ()) -> str | None:
    """The sentence's state for a source named by title: that of an actor named beside it ("the
    army and the RSF"), else the first named, not its target's mention, except for police,
    courts and crowds, which act where they are ("the judge opened investigations against
    Chilean officials", "thousands marched through Baghdad")."""
    if actor_of is not None and (beside := conjunct_state(s_token, actor_of)):
        return beside
    first = sentence_state(sent, paragraph_start, mentions, besides=(s_mention,), skip=(t_mention, *others))
    # (``others``: the act's other targets: "after visiting the U.S., England and France, X" is from none of them)
    if first is None and source[3:6] in (*AT_HOME_SECTORS, "CVL") and t_mention is not None:
        return state_of(t_mention)
    return first


def sentence_place(named: tuple[Mention, ...]) -> str | None:
    """The state of the first city or capital among a sentence's mentions ("Dissidents in Havana
    said police had detained ..."): where police and courts act, unlike the country named as a target."""
    return next((state for mention in named if mention.kind in ("city", "capital") and (state := state_of(mention))),
                None)


THING_BLAMED = {"11"}  # the thing an accusation puts the blame on is placed by no place in the clause
CAUSE_PREPS = {"on", "for"}  # "blamed X on the cost of ...", "criticised X for ..."
AT_HOME_SECTORS = {"COP", "JUD"}  # police and courts act where they are; ministers travel
VENUE_ONLY = ("040", "041", "043", "045", "046")  # consulting, hosting, mediating: a place is the venue
SPOKEN_ROOTS = {"01", "02", "03", "05"}  # statements, appeals, pledges, praise: a city on their verb is the venue
CITY_KINDS = {"city", "capital"}  # ("pledged in Paris", "agreed in Washington"; twenty-sixth session, E4)


def said_in_city(trigger, actor_of) -> bool:
    """Words said in a city ("pledged in Paris to ...", "what we agreed ... in Washington"): a place phrase on the
    verb itself names where they were said, not whom; one inside what is said or agreed is its ground ("agreed to
    postpone the demonstration in Baku", "promised more aid in Sudan")."""
    return place_in(list(trigger.children), actor_of, CITY_KINDS) is not None


def settle_source(source: str, mention: Mention | None, trigger, actor_of, first_state: str | None,
                  home: str | None, *, token=None, local: str | None = None) -> str:
    """An actor named only by title ("President X", "the rebels", "police") is taken to be
    of the place the act comes from ("from Gaza"), else of where it happens ("protesters
    burned a flag outside the U.S. embassy in Tehran"), else of the country the story is about (or
    of the one state the paragraph named before the sentence, ``paragraph_state``),
    else of the country the sentence names first (in "the president condemned Israel" that
    is often the target, so the story's country goes first); a weapon that did the killing
    stands for the country it was fired from, else where it went off."""
    if mention is not None and mention.kind in UNNAMED:
        launched = [c for c in token.children if c.dep_ == "acl"] if token is not None else []
        origin = next((o for verb in launched if (o := origin_of(verb, actor_of))), None)
        return origin or place_of(trigger, actor_of) or "---"  # "killed by rockets fired from Gaza": Gaza's
    if not source.startswith("---") or source == "---" \
            or of_no_one_state(token):
        return source  # "European governments", "many foreign firms", "ministers of seven countries": of no one state
    at_home = local if source[3:6] in AT_HOME_SECTORS else None  # "in Havana ... police had detained"
    country = owner_state(token, actor_of) or origin_of(trigger, actor_of) or place_of(trigger, actor_of) \
        or at_home or home and paragraph_state(trigger, actor_of) or home or first_state
    return country + source[3:] if country else source


def paragraph_state(trigger, actor_of) -> str | None:
    """The one state the sentences before this one in its paragraph name, when they name one only ("In
    Sudan, protesters marched in Khartoum. The government arrested 40 of them"): the government of that
    state, not of the state the story names most (Yemen, in a story that turns to Sudan)."""
    if trigger is None:
        return None
    states = set()
    for token in trigger.doc[:trigger.sent.start]:
        mention = actor_of(token)
        if mention is not None and (state := state_of(mention)):
            states.add(state)
    return states.pop() if len(states) == 1 else None


def owner_state(token, actor_of) -> str | None:
    """"Russia said its warplanes had bombed ... near Palmyra": forces under "its" or "their" are of the state
    named nearest before them in their sentence, not of the place they struck."""
    owners = [c.lower_ for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")] if token else []
    if not owners:
        return None
    for before in reversed(token.doc[token.sent.start:token.i]):
        mention = actor_of(before) if before.pos_ != "PRON" else None  # the pronoun itself: read here
        if mention is None or not (state := state_of(mention)):
            continue
        head = before
        while head.dep_ in ("amod", "compound", "nmod", "poss") and actor_of(head.head) == mention:
            head = head.head
        if owners[0] == "its" and head.tag_ in ("NNS", "NNPS"):
            continue  # "Rwandan troops had helped its army": "its" is not the troops'
        return state
    return None


def people_like(token) -> bool:
    """A target the dictionaries do not know but that names people or an organisation
    ("the opposition newspaper La Prensa", "arresting 12", "52 members of ...", "dozens of");
    not a sum ("demanding $450")."""
    if token.ent_type_ in ("MONEY", "PERCENT"):
        return False
    return (token.ent_type_ in PEOPLE_ENTITIES or token.pos_ == "NUM"
            or token.lemma_.lower() in PEOPLE_NOUNS
            or any(c.dep_ == "nummod" for c in token.children))  # "30 political prisoners"


def named_person(token, actor_of) -> bool:
    """An office holder named by name ("Vice Minister Makoto Kuroda"), not a group named by its
    people and role ("Tamil rebels")."""
    mention = actor_of(token)
    return token.pos_ == "PROPN" and mention is not None and mention.kind == "person" \
        and (mention.code or "")[3:6] in OFFICE_SECTORS


OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "ELI", "COP", "SPY"}


def conjunct_state(token, actor_of) -> str | None:
    """"the Sudanese government and the rebels": a group named beside a state's actor is
    of that state (a person named, not: officials of two states are often named together)."""
    if token is None or named_person(token, actor_of):
        return None  # "talks between Kuroda and U.S. Trade Representative Smith": a named person is his own
    for other in [*token.conjuncts, *([token.head] if token.dep_ == "conj" else [])]:
        mention = actor_of(other)
        if mention is not None and state_of(mention):
            return state_of(mention)
    return None


def settle_target(target: str, source: str, trigger, actor_of, *, token=None, code: str = "",
                  shared: bool = False, home: str | None = None) -> str:
    """A target of unknown country is of the state named beside it, else placed where the
    act happens (for talks, statements and agreements only by a place inside the target's
    own phrase: talks *in Nairobi* are not with Kenyans), else — for words about a group
    named only by its sector, from a state the story is not about — in the story's country
    (``home``: "Russia accused the opposition" of Bolivia), else in the source's country
    when it is a group named only by its sector ("police detained protesters"), people or
    an organisation no dictionary knows, or when the act is one done at home and names no
    target (a protest, an easing of a curfew). Not when several states act together
    (``shared``): whose would it be?"""
    if not target.startswith("---") or token is not None and (regional(token) or others_or_many(token)):
        return target  # "payments to foreign banks" are not to the payer's, nor to the place's
    beside = conjunct_state(token, actor_of)
    if beside:
        return beside + target[3:]
    if token is not None and code[:2] in THING_BLAMED and target == "---" and token.head.lower_ in CAUSE_PREPS \
            and not people_like(token):
        place = None  # "blamed the deficit on the cost of operations in Iraq": a cause, nobody there
    elif token is None and code.startswith(VENUE_ONLY):
        place = None  # "hosted talks in Washington": where, not with whom
    elif token is None and code[:2] in SPOKEN_ROOTS and said_in_city(trigger, actor_of):
        place = None  # "pledged in Paris to stabilise currencies": where it was said
    elif token is None or code[:2] not in VENUE_ROOTS:
        place = place_of(trigger, actor_of)
    else:
        venue = code[:2] in SPOKEN_ROOTS and token.left_edge.i <= trigger.i <= token.right_edge.i \
            and said_in_city(trigger, actor_of)  # "the pledge he offered in Paris"
        place = None if venue else place_within(token, actor_of)  # "talks in Geneva" are not with the Swiss
    if place:
        return place + target[3:]
    if source.startswith(NON_STATES) or shared or token is not None and foreign(token):
        return target  # "let foreign troops into East Timor": not the source's own
    if target != "---" and home and home != source[:3] and code[:2] in WORDS_ABOUT_OTHERS:
        return home + target[3:]  # "Russia accused the opposition" in a story about Bolivia
    if target != "---" and home and token is not None and named_person(token, actor_of):
        return home + target[3:]  # "talks between Kuroda and U.S. Trade Representative Smith", datelined Tokyo
    if target != "---" and token is not None and code[:2] in HARM_ROOTS and possessed_by_other(token) \
            and (owner := other_owner(token, source, actor_of)):
        return owner + target[3:]  # "Hamas said Israel had killed its commander"
    if target != "---":
        return source[:3] + target[3:]
    if token is not None and people_like(token) \
            or token is None and (code[:2] in DOMESTIC_ROOTS or code.startswith(DOMESTIC_CODES)):
        return source[:3]
    return target


HARM_ROOTS = {"17", "18", "19", "20"}  # coercion and force: seldom done to one's own


def possessed_by_other(token) -> bool:
    """"its commander", "their residents" (not "its own troops"): whose, the sentence says before."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") and not any(g.lower_ == "own" for g in token.children)
               for c in token.children)


def other_owner(token, source: str, actor_of) -> str | None:
    """The state of the nearest actor before ``token`` in its sentence that is not the source's: whom
    "its" refers to when a harming act is done to its people ("Israel bombed Gaza and killed its residents");
    with none, the people are the doer's as before."""
    for before in reversed(token.doc[token.sent.start:token.i]):
        mention = actor_of(before)
        if mention is not None and (state := state_of(mention)) and state != source[:3]:
            return state
    return None


def regional(token) -> bool:
    """"European governments", "Arab states", "neighbouring countries": several states of a
    region, not the one the story or the sentence is about."""
    return any(c.dep_ == "amod" and c.lower_ in REGIONAL for c in token.children)


def foreign_many(token) -> bool:
    """"foreign firms", "foreign governments": others than the story's country, of no one state (a plural: "a
    foreign ministry statement" is the ministry of foreign affairs of the country it belongs to)."""
    return token.tag_ == "NNS" and foreign(token)


def foreign(token) -> bool:
    """"foreign troops", "international monitors": not of the country acting on them."""
    return any(c.lower_ in ("foreign", "international", "multinational") for c in token.children)


MANY_STATES = {"countries", "nations", "states", "economies", "powers", "governments"}


def of_many(token) -> bool:
    """"the finance ministers of seven major industrial countries", "central bankers of the leading nations": a
    group named by role whose "of" names several states (on it or on the word it is coordinated with) is of no one
    of them ("the ministers of the two countries" too: which one's?)."""
    for word in (token, token.head if token.dep_ == "conj" else None, *(c for c in token.children if c.dep_ == "conj")):
        if word is not None and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lower_ in MANY_STATES for g in c.children) for c in word.children):
            return True
    return False


def of_no_one_state(token) -> bool:
    """A group named by role as of several states or of others: "European governments", "foreign banks", "the
    ministers of seven countries". Neither the story's country nor the place of the act is theirs."""
    return token is not None and (regional(token) or foreign_many(token) or of_many(token))


FOREIGN_TITLES = {"minister", "ministry", "secretary", "office", "affair", "service"}  # "both foreign ministers"


def others_or_many(token) -> bool:
    """"foreign banks", "the ministers of seven countries", "its creditor banks" (``creditors.py``; not a region's:
    "European governments" may be those the story names; nor "both foreign ministers", two states' ministers of
    foreign affairs)."""
    return token is not None and (foreign_many(token) and token.lemma_.lower() not in FOREIGN_TITLES
                                  or of_many(token) or creditors(token))
