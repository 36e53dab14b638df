"""A request told by who would supply it: "Kuwait asked if protection for its tankers could be provided by
U.S. Navy destroyers", "asked about possible protection ..., which could be supplied by the U.S. Navy" — the
asker appeals to the supplier named in the by-phrase of a passive verb of supplying inside what was asked
(constructions.tsv, supplied_by). The code is the one a pattern gives "request <the thing> from X"
("request protection from X": 0234), so only things our request patterns know make an appeal."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma

ASKING = {"ask", "request", "inquire", "enquire"}  # the verbs of asking the supplier stands under
ASKED_PREPS = {"about", "for"}  # "asked about possible protection", "asked for protection"
REQUESTS = ("request", "seek")  # the pattern rows whose object is what is asked "from X"


def find_supplied(sent, rules: Rules, actor_of) -> list[Found]:
    """The appeals of askers to the suppliers named in the by-phrase of a passive of supplying under the verb
    of asking: each supplier a target, the thing asked giving the code."""
    if "supplied_by" not in rules.constructions:
        return []
    _, supplying = rules.constructions["supplied_by"]
    found = []
    for verb in with_lemma(sent, supplying):
        asking = asking_verb(verb)
        agents = [o for a in syntax.children(verb, "agent") for o in syntax.children(a, "pobj")]
        if asking is None or not agents or verb.pos_ != "VERB":
            continue
        asker = syntax.subject_of(asking)
        code = request_code(asked_things(asking, verb), rules)
        if asker is None or code is None:
            continue
        sources = tuple((t, actor_of(t)) for t in syntax.with_conjuncts(asker))
        targets = tuple((t, actor_of(t)) for t in named_parties(agents[0], actor_of))
        asked = {m.code[:3] for _, m in sources if known(m)}
        targets = tuple((t, m) for t, m in targets if known(m) and m.code[:3] not in asked)
        if asked and targets:
            found.append(Found(code, Pattern(code, "C", "supplied_by"), asking, sources, targets,
                               modality_of(asking, code, rules)))
    return found


def asking_verb(verb):
    """The verb of asking above a verb of supplying, through the clauses between them ("asked if ... could be
    provided", "asked about protection ..., which could be supplied"), else None."""
    token = verb
    while token.head.i != token.i and token.dep_ in ("ccomp", "relcl", "appos", "conj", "pobj", "prep", "dobj",
                                                      "acl", "npadvmod", "xcomp"):
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in ASKING:
            return token
    return None


def asked_things(asking, verb) -> list:
    """What was asked for: the object of the verb of asking, the object of its "about"/"for", the passive
    subject of the verb of supplying."""
    things = syntax.children(asking, "dobj") + [o for p in syntax.children(asking, "prep") if p.lower_ in ASKED_PREPS
                                               for o in syntax.children(p, "pobj")]
    return things + syntax.children(verb, "nsubjpass")


def request_code(things, rules: Rules) -> str | None:
    """The code of "request <thing> from X" in the patterns, for the first thing that has one."""
    for thing in things:
        lemma = thing.lemma_.lower()
        for verb in REQUESTS:
            for pattern in rules.patterns.get(("V", verb), ()):
                if pattern.object == lemma and pattern.prep == "from" and pattern.code.startswith("02"):
                    return pattern.code
    return None


def supply_requested(found: Found) -> bool:
    """A request to a supplier told as a question asked of it ("asked if protection could be provided by the
    U.S. Navy") is an appeal, not a question about an act: kept where ``not_acts.in_question`` drops acts in
    an "if" clause of a verb of asking; a sentence that is itself a question asks."""
    return found.pattern.lemma == "supplied_by" and not found.trigger.sent.text.rstrip().rstrip("\"'”’").endswith("?")
