"""Judgements reported: "Russia said Britain's actions were 'totally unacceptable'" (111),
"Washington believed Russia was responsible" (112), "France said the proposal was constructive"
(051) — whoever reports that someone or their act is wrong, guilty or right criticises, accuses
or praises them (constructions.tsv: judged, blamed, judged_praise)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.constructions import reporter
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules


def find_judged(sent, rules: Rules, actor_of) -> list[Found]:
    """"Russia said Britain's actions were 'totally unacceptable'": whoever reports that
    someone or their act is wrong criticises them (constructions.tsv, judged)."""
    found = []
    lemmas = {word.lemma_.lower() for word in sent}  # most sentences hold no cue: skip their passes
    for name in ("judged", "blamed", "judged_praise"):
        if name in rules.constructions and lemmas & rules.constructions[name][1]:
            found.extend(find_judgements(sent, rules, actor_of, *rules.constructions[name], name))
    return found


def find_judgements(sent, rules: Rules, actor_of, code: str, cues: frozenset, name: str) -> list[Found]:
    found = []
    for word in sent:
        if word.lemma_.lower() not in cues or word.dep_ not in ("acomp", "attr"):
            continue
        copula = word.head
        headline_speaker = syntax.colon_speaker(copula)  # "Lavrov: Washington is responsible"
        if copula.lemma_.lower() != "be" or copula.dep_ not in ("ccomp", "conj", "ROOT", "xcomp") \
                and headline_speaker is None:
            continue
        subject = next(iter(syntax.children(copula, "nsubj")), None)
        speaker = headline_speaker if headline_speaker is not None and known(actor_of(headline_speaker)) else \
            reporter(copula.head if copula.dep_ != "ROOT" else copula, actor_of)
        if subject is None or speaker is None or any(s.i == subject.i for s in [speaker]):
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(speaker, actor_of))
        expletive = subject.lower_ == "it" and any(c.dep_ in ("ccomp", "advcl") for c in copula.children)
        targets = () if expletive else tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        if any(known(m) and known(s) and m.code[:3] == s.code[:3] for _, m in targets for _, s in sources):
            continue  # "Britain said its response was proportionate": about itself
        found.append(Found(code, Pattern(code, "C", name), copula, sources, targets,
                           modality_of(copula, code, rules)))
    return found
