"""Labels that judge: "X called Y 'illegitimate'", "over what it called Britain's hostile acts"
(constructions.tsv, labelled, labelled_praise, labelled_proxy)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, about_itself, known, named_parties
from newsevents.events.modality import modality_of, refused_by
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma


def find_labelled(sent, rules: Rules, actor_of) -> list[Found]:
    """"X called Y 'illegitimate'", "called the launch a grave threat": X criticises Y, or
    praises it when the label is praise (constructions.tsv, labelled / labelled_praise)."""
    if "labelled" not in rules.constructions:
        return []
    code, verbs = rules.constructions["labelled"]
    praise_code, praise = rules.constructions.get("labelled_praise", (code, frozenset()))
    judged = rules.constructions.get("judged", ("", frozenset()))[1]
    found = []
    for verb in with_lemma(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or refused_by(verb, rules) is not None:
            continue  # "declined to call the assault an invasion": no label
        obj, labels = object_and_labels(verb)
        if obj is None:
            continue
        owned = labelled_owner(verb, labels, rules, actor_of) \
            if obj.lower_ == "what" else []  # "over what it called Britain's hostile actions": the label's owner
        if owned:
            found.extend(owned)
            continue
        if not labels or known(actor_of(labels[0])) and labels[0].lemma_.lower() not in judged:
            continue  # "called Kenya's president, Ruto": a name, not a label ("an instrument of the US" is one)
        subject = syntax.subject_of(verb)
        if subject is None or not known(actor_of(subject)):
            continue
        words = {t.lemma_.lower() for label in labels for t in label.subtree
                 if t.pos_ != "PROPN"}  # not "the Great Satan"
        chosen = praise_code if words & praise else code
        sources = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(obj, actor_of))
        found.append(Found(chosen, Pattern(chosen, "C", "labelled"), verb, sources, targets,
                           modality_of(verb, chosen, rules)))
        found.extend(proxy_masters(labels, verb, sources, rules, actor_of))
    return found


def object_and_labels(verb):
    """The labelled object and its labels; the parser may read both as predicates ("has called the UK's
    rebate 'unjustified'": two oprd, the first the object)."""
    obj = next(iter(syntax.children(verb, "dobj")), None)
    predicates = syntax.children(verb, "oprd")
    if obj is None and len(predicates) >= 2:
        return predicates[0], predicates[1:]
    return obj, (predicates or (syntax.children(obj, "appos") if obj is not None else []))


def labelled_owner(verb, labels, rules: Rules, actor_of) -> list[Found]:
    """"in retaliation for what he called Japan's failure to honour the pact": the one whose act is
    labelled with a judging word (judged; labelled_praise) is criticised (or praised) by whoever labels it."""
    code, _ = rules.constructions["labelled"]
    praise_code, praise = rules.constructions.get("labelled_praise", (code, frozenset()))
    judged = rules.constructions.get("judged", ("", frozenset()))[1]
    subject = syntax.subject_of(verb)
    if not labels or subject is None or not known(actor_of(subject)):
        return []
    words = {t.lemma_.lower() for t in (labels[0], *syntax.children(labels[0], "amod", "compound"))}
    chosen = code if words & judged else praise_code if words & praise else None  # the label, not its of-phrase
    owners = [t for o in syntax.children(labels[0], "poss") for t in named_parties(o, actor_of) if known(actor_of(t))]
    if chosen is None or not owners:
        return []
    sources = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
    targets = tuple((t, actor_of(t)) for t in owners)
    if any(about_itself(t, m, s) for t, m in targets for _, s in sources):
        return []
    return [Found(chosen, Pattern(chosen, "C", "labelled_what"), verb, sources, targets,
                  modality_of(verb, chosen, rules))]


def proxy_masters(labels, verb, sources, rules: Rules, actor_of) -> list[Found]:
    """"called the tribunal a puppet of Washington": whoever is named as the master of a
    puppet is accused too (constructions.tsv, labelled_proxy)."""
    code, nouns = rules.constructions.get("labelled_proxy", ("", frozenset()))
    masters = [(t, m) for label in labels if label.lemma_.lower() in nouns
               for prep in syntax.children(label, "prep") if prep.lower_ == "of"
               for o in syntax.children(prep, "pobj") for t in named_parties(o, actor_of) if known(m := actor_of(t))]
    masters = [(t, m) for t, m in masters if not any(known(s) and s.code[:3] == m.code[:3] for _, s in sources)]
    if not masters:
        return []
    return [Found(code, Pattern(code, "C", "labelled_proxy"), verb, sources, tuple(masters),
                  modality_of(verb, code, rules))]


def labels_object(verb, pattern: Pattern, rules: Rules) -> bool:
    """A labelling verb's row for an object ("call a strike", "call an election") met with a predicate on that
    object names the object, it does not call it: "the ministry called the strike illegal", "has called the
    miners' strike part of a campaign" (session 32, P; the label itself is ``find_labelled``'s)."""
    if pattern.pos != "V" or not pattern.object or "labelled" not in rules.constructions \
            or verb.lemma_.lower() not in rules.constructions["labelled"][1]:
        return False
    obj, _ = object_and_labels(verb)
    return obj is not None and bool(syntax.children(verb, "oprd"))
