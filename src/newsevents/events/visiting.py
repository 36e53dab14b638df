"""A visitor named by its state: "the visiting French official expressed concern", "Flanked by the visiting Guinean
President Alpha Conde, Erdogan said" — "visiting" with no object, on a party of a known state, tells that party's
visit (042) to the host, the one other state the sentence names outside quotation marks (constructions.tsv,
visiting). With no host, or two, there is no event: where the visit is, is not for a rule to guess. The host's
own act (043) is not added: the tune gold codes it once in two such sentences."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.audience import is_media
from newsevents.events.found import Found, known
from newsevents.events.no_party import QUOTE_MARKS
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.placing import state_of

CLOSING_MARKS = {"”", "’"}


def find_visiting(sent, rules: Rules, actor_of, found: list[Found]) -> list[Found]:
    """For each cue word ("visiting") modifying a party of a known state, with no object of its own and no act
    coded from it, a visit of that party to the one other state of the sentence."""
    if "visiting" not in rules.constructions:
        return []
    code, cues = rules.constructions["visiting"]
    if not syntax.sentence_words(sent) & cues:
        return []  # most sentences hold no cue: skip the pass
    coded = {f.trigger.i for f in found}
    events = []
    for word in sent:
        if word.lower_ not in cues or word.dep_ != "amod" or word.i in coded:
            continue  # "visiting Japan, Obama said": the verb's own pattern
        visitor = actor_of(word.head)
        visitor_state = state_of(visitor) if known(visitor) else None
        if visitor_state is None:
            continue
        hosts = host_mentions(sent, actor_of, visitor_state)
        if len({state_of(m) for _, m in hosts}) == 1:
            events.append(Found(code, Pattern(code, "C", "visiting"), word, ((word.head, visitor),), hosts[:1],
                                "asserted"))
    return events


def host_mentions(sent, actor_of, visitor_state: str) -> list:
    """(token, mention) of each party of a state other than the visitor's, outside quotation marks (a
    possessive's apostrophe, "the states' leaders", opens none); not a news outlet, which reports the visit
    ("Tehran Radio quoted Rafsanjani telling a visiting Nicaraguan delegation": the host is Rafsanjani)."""
    hosts, quoted = [], False
    for token in sent:
        if token.text in QUOTE_MARKS and token.tag_ != "POS":
            quoted = token.text not in CLOSING_MARKS and not quoted
            continue
        mention = actor_of(token)
        if not quoted and known(mention) and state_of(mention) not in (None, visitor_state) and not is_media(mention):
            hosts.append((token, mention))
    return hosts
