"""Whose act a noun names: "the Iraqi missile attack" (Iraq's), "Iran faces new UN sanctions" (the
UN's), "after a meeting with businessmen, Ongpin said" (Ongpin's); read by the coder for nominal
events."""

from __future__ import annotations

from newsevents.events.answered import SPOKEN_ACTS, answered
from newsevents.events.participles import from_holder
from newsevents.events.patterns import load_rules
from newsevents.events.syntax import TIMES, children, governing_verb, subject_of


def noun_source(noun, rules=None):
    """The actor of a nominal event: a possessor ("Russia's attack"), its agent ("the attack
    by militants"), else the subject of the verb that governs it ("Russia launched an attack",
    "Russia may become a mediator"). ``rules``: the run's patterns (the default ones when None)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return occasion_subject(noun) if child.pos_ == "PRON" and occasion_subject(noun) is not None else child
    agent = by_agent(noun)
    if agent is not None:
        return agent  # "the murder of the ambassador by a Turkish policeman", "condemned the attack by militants"
    if (holder := from_holder(noun)) is not None:
        return holder  # "the deportation of British nurses from the kingdom": the kingdom's
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # the parser hangs "from X" on the verb
    speaker = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                    for o in children(p, "pobj") if o.pos_ in ("NOUN", "PROPN")), None)
    if speaker is not None and noun.lemma_.lower() in SPOKEN_ACTS:  # (see events/answered.py)
        return speaker  # "rejected complaints from Washington": Washington complained
    if (framer := framing_doer(noun, rules)) is not None:
        return framer  # "despite the Saudi threat of sanctions against Qatar, Doha ...": the Saudis', not Doha's
    state = state_modifier(noun)
    if noun.dep_ == "pobj" and state is not None:
        return state  # "heightened by the Iraqi missile attack on the Stark": Iraq's
    if noun.dep_ == "dobj" and state is not None and aimed(noun) and noun.head.lemma_.lower() in JUDGING:
        return state  # "Britain backed the U.S. attack on an Iranian platform": the US's, judged by Britain
    if state is not None and answered(noun):
        return state  # "Ankara ignored the Russian ultimatum": Russia's, answered by Ankara
    if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPS and not met_before(noun):
        return None  # "much like he did after the attacks in Paris": he did not attack
    if answered_act(noun) or reported_act(noun):
        return None  # "Obama's reaction to the attacks in France", "cited reports of cyberattacks": not theirs
    verb = governing_verb(noun)
    if verb is not None and verb.lower_ == "following" and met_before(noun) and not children(verb, "nsubj", "aux"):
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the parser's verb "following"
    if undergone(noun) or cited(noun) or revisited(noun):
        return state  # "Iran faces new UN sanctions": the UN's, not Iran's; "faced a ban": no one's; "citing the
        # release of political prisoners": not the speaker's release
    if verb is not None and unowned_call(noun, verb, rules):
        return None  # "the paper said there would be pressure on her to ...": no one named presses her
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and subject.i == noun.i and state is not None and not children(state, "conj"):
        return state  # "the U.S. threats have undercut ...": the noun is its verb's subject, its doer the name before
        # it ("Thai and Cambodian talks resumed": two, read by mutual.several_acts)
    return subject


CALL_ROOTS = ("02", "10")  # appeals and demands


def unowned_call(noun, verb, rules=None) -> bool:
    """An appeal or a demand said only to exist ("there would be pressure on her to go", "there were calls for
    him to resign") names no one who makes it: not the one who reports it (thirtieth session)."""
    if noun.dep_ != "attr" or not children(verb, "expl"):
        return False
    preps = {c.lower_ for c in children(noun, "prep")}
    found = [p for p in (rules or load_rules()).patterns.get(("N", noun.lemma_.lower()), ()) if p.prep in preps]
    return bool(found) and all(p.code[:2] in CALL_ROOTS for p in found)  # "calls for": not a phone call "with"


def framing_doer(noun, rules=None):
    """The doer an act noun takes from the act noun whose of-phrase it is ("the Saudi *threat of sanctions*",
    "Britain's *imposition of tariffs*", "a U.S. *campaign of strikes*"), when that noun is an act (it heads a
    pattern) and names its own doer (``own_doer``), else None: the act is one, and its doer is named on the
    outer noun, not by the verb the phrase hangs on (twenty-eighth session, helper E). The outer noun is an act
    when the run's ``rules`` (with ``--dictionaries``, PETRARCH's patterns too) hold it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return None
    outer = noun.head.head
    if outer.pos_ != "NOUN" or ("N", outer.lemma_.lower()) not in (rules or load_rules()).patterns:
        return None
    return own_doer(outer)


JUDGING = frozenset({"back", "support", "endorse", "welcome", "praise", "applaud", "hail", "defend", "justify",
                     "condemn", "denounce", "criticise", "criticize", "deplore", "protest", "decry", "slam",
                     "blast", "oppose", "question", "regret", "mourn"})  # verbs that judge another's act


def by_agent(noun):
    """The doer in the noun's by-phrase ("the murder of the ambassador by a Turkish policeman"), else None."""
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                 for o in children(p, "pobj") if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in TIMES), None)


def state_modifier(noun):
    """A name before the noun that says whose act it is ("the Iraqi attack", "the U.S. strike", "the Obama
    calls"), else None."""
    return next((c for c in noun.children if c.i < noun.i and (c.dep_ in ("amod", "compound") and c.ent_type_ in (
        "NORP", "GPE") or c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG"))), None)


def own_doer(noun):
    """Who the noun itself names as its doer: a possessor that is no pronoun, a by-phrase, a name before it."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return owner if owner is not None else by_agent(noun) or state_modifier(noun)


def aimed(noun) -> bool:
    """The act noun names whom it is aimed at ("attack on X", "invasion of X", "sanctions against X")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "into") and children(c, "pobj")
               for c in noun.children)


UNDERGOING = {"face", "suffer", "risk", "escape", "avoid", "endure", "survive", "weather", "undergo"}


CITING = {"cite", "mention", "recall", "list", "highlight"}


def cited(noun) -> bool:
    """A nominal act its verb's subject names as a reason or an example ("McConnell said the country had
    changed, citing the release of political prisoners"): someone else's act, not the speaker's."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in CITING


REVISITING = {"return", "refer", "turn", "address", "discuss", "revisit", "recount", "describe",
              "investigate", "probe", "examine", "review", "dwell", "focus", "ask", "question"}


def revisited(noun) -> bool:
    """A spoken act (an accusation, a charge, a complaint) its verb's subject only talks or asks about, looks
    into or comes back to ("reporters kept returning to the accusations of Kremlin interference", "the panel
    will examine the charges"): someone else's, not the subject's (session 32, P)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.lemma_.lower() in SPOKEN_ACTS and noun.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in REVISITING


STOPPING = {"halt", "stop", "prevent", "avert", "forestall", "block", "thwart", "foil", "repel", "repulse", "resist",
            "withstand", "counter", "deter", "fend", "ward"}  # verbs that stop another's act ("ward off", "fend off")
STOPPING_OFF = {"head": "off", "beat": "back", "fight": "off", "push": "back", "drive": "back", "hold": "off"}
# "head off", "beat back the Iranian thrusts", "fought off a rebel attack": only with their particle


def undergone(noun) -> bool:
    """A nominal act its verb's subject undergoes ("faced sanctions", "suffered an attack") or stops ("tried
    to halt U.S. sanctions", "moved to stop the expulsion of refugees", "helped repel the rebel attack"): not
    the subject's act."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head.lemma_.lower()
    return verb in UNDERGOING or verb in STOPPING or verb in STOPPING_OFF and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == STOPPING_OFF[verb] for c in noun.head.children)


RESPONSES = {"reaction", "response", "reply", "answer", "retaliation", "reprisal", "revenge"}


def answered_act(noun) -> bool:
    """The act a response answers ("Obama's reaction to the attacks", "in retaliation for the raid") is
    another's: neither the responder's nor that of the verb the response hangs on."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for") and noun.head.head.lemma_.lower() in RESPONSES


REPORTS = {"report", "news", "account", "allegation", "rumour", "rumor", "evidence", "footage", "video", "story"}


def reported_act(noun) -> bool:
    """An act named as what a report is of ("the judge cited reports of escalating cyberattacks against
    Americans") is not the act of whoever cites, shows or reads the report."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in REPORTS


CIRCUMSTANCE_PREPS = {"after", "before", "since", "following", "despite", "amid", "until"}  # not "during a visit"
MEETINGS = frozenset({"talk", "meeting", "negotiation", "consultation", "discussion", "summit"})


OCCASION_PREPS = {"during", "on", "in", "after", "following"}
OCCASIONS = MEETINGS | {"visit", "trip", "tour"}


def occasion_subject(noun):
    """Whose meeting or trip a phrase before a verb's subject names as the occasion of the verb's act: the
    subject's ("*during his visit to Britain*, Obama criticised ...": Obama's visit, not a "his" of the story
    so far)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS or noun.lemma_.lower() not in OCCASIONS:
        return None
    verb = noun.head.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") and noun.head.dep_ == "prep" else None
    if subject is None or subject.pos_ == "PRON" or subject.i < noun.i:
        return None  # after the subject, "his" may be another's: "X shunned Carter during his trips to Israel"
    return subject


def met_before(noun) -> bool:
    """Talks or a meeting *with* someone that the clause's subject came from ("Ongpin told reporters
    after a meeting with businessmen", "following talks with Mr Blair, Mr Abbas said"): the subject
    met them, unlike an attack or a vote before which the subject spoke."""
    return noun.head.lower_ in ("after", "following") and noun.dep_ in ("pobj", "dobj") \
        and noun.lemma_.lower() in MEETINGS \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def met_there(noun) -> bool:
    """Talks or a meeting *with* someone as the place of the verb's act ("would offer a draft treaty *at talks
    with the Soviet Union*", "signed the accord at a meeting with Putin"): the verb's subject took part in
    them, with that party, unlike a rally or a meeting of others ("at the meeting of the G7") where the
    subject only spoke; nor "at their summit" (the subject and the one it acted with: ``mutual.meeting_owners``)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lemma_.lower() in MEETINGS \
        and any(c.dep_ == "prep" and c.lower_ == "with" and children(c, "pobj")
                or c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)



SUMMING_MARKS = {",", "-", "--", "\u2013", "\u2014"}


def summed_up(noun) -> bool:
    """A meeting or trip noun set after a comma or dash beside the clause it sums up, with its own doer in a
    by-phrase ("met Kerry at the State Department, *the first visit by a Cuban foreign minister to Washington*
    since 1959"): the visit took place too, not the content of the verb the parser hangs it on."""
    if noun.lemma_.lower() not in OCCASIONS or noun.dep_ not in ("appos", "dobj", "npadvmod", "conj", "dep") \
            or by_agent(noun) is None:
        return False
    before = noun.left_edge.i - 1
    return before >= 0 and noun.doc[before].text in SUMMING_MARKS
