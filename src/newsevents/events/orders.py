"""Orders to leave: "Mali ordered the French ambassador to leave the country", "gave Qatari
residents two weeks to leave" — an expulsion coded by expel's own object patterns
(constructions.tsv, ordered_out)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of, refused_by
from newsevents.events.objects import object_names
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma


def leaving_clause(verb, leaving: frozenset[str]):
    """The infinitive of leaving that the order governs: on the verb ("ordered X to leave")
    or on its time limit ("gave X two weeks to leave")."""
    heads = [verb, *syntax.children(verb, "npadvmod", "dobj")]
    for head in heads:
        for clause in syntax.children(head, "xcomp", "relcl", "advcl", "acl", "ccomp"):
            if clause.lemma_.lower() in leaving and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return clause
    return None


def expulsion_code(obj, rules: Rules, default: str) -> str:
    """The code of expel's most specific object pattern the object satisfies."""
    names = object_names(obj)  # every lemma the object answers to, read once
    for pattern in rules.patterns.get(("V", "expel"), ()):
        if pattern.object and not pattern.prep and not pattern.particle and pattern.object in names:
            return pattern.code
    return default


def find_ordered_out(sent, rules: Rules, actor_of) -> list[Found]:
    """X ordered Y to leave: X expels Y."""
    if "ordered_out" not in rules.constructions:
        return []
    default, verbs = rules.constructions["ordered_out"]
    _, leaving = rules.constructions.get("ordered_out_leave", (default, frozenset({"leave"})))
    found = []
    for verb in with_lemma(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or refused_by(verb, rules) is not None:
            continue
        objects = syntax.children(verb, "dobj") or syntax.children(verb, "dative")
        if not objects or leaving_clause(verb, leaving) is None:
            continue
        subject = syntax.subject_of(verb)
        if subject is None or not known(actor_of(subject)):
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(objects[0], actor_of))
        if not any(known(m) and m.code[:3] != actor_of(subject).code[:3] for _, m in targets):
            continue  # "ordered its citizens to leave": an evacuation, not an expulsion
        code = expulsion_code(objects[0], rules, default)
        found.append(Found(code, Pattern(code, "C", "ordered_out"), verb, sources, targets,
                           modality_of(verb, code, rules)))
    return found
