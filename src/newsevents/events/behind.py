"""Accusations told as someone being behind a harmful act: "Turkey said Syria was behind the
bombing", "Washington believes Moscow was involved in the hacking of Democratic servers"
(constructions.tsv, behind)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.constructions import reporter
from newsevents.events.found import Found, about_itself, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules


def find_behind(sent, rules: Rules, actor_of) -> list[Found]:
    """Whoever reports that Y is behind, or involved in, a harmful act (one of the cue nouns)
    accuses Y (112)."""
    if "behind" not in rules.constructions:
        return []
    code, acts = rules.constructions["behind"]
    words = syntax.sentence_words(sent)
    if not ({"behind", "involved"} & words and acts & words):
        return []
    found = []
    for word in sent:
        copula = harmful_link(word, acts)
        if copula is None or copula.dep_ not in ("ccomp", "conj"):
            continue  # only a reported link: "Turkey said Syria was behind"; not the reporter's own telling
        subject = next(iter(syntax.children(copula, "nsubj", "nsubjpass")), None)
        speaker = reporter(copula.head, actor_of)
        if subject is None or speaker is None:
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(speaker, actor_of))
        targets = tuple((t, m) for t in named_parties(subject, actor_of) if known(m := actor_of(t)))
        if not targets or any(known(s) and about_itself(t, m, s) for t, m in targets for _, s in sources):
            continue
        found.append(Found(code, Pattern(code, "C", "behind"), copula, sources, targets,
                           modality_of(copula, code, rules)))
    return found


def harmful_link(word, acts):
    """The clause head of "was behind the bombing" or "was involved in the hacking" (the copula,
    or "involved" itself when the parser reads it as a passive), else None."""
    if word.lower_ == "behind" and word.dep_ == "prep" and word.head.lemma_.lower() == "be":
        head, objects = word.head, syntax.children(word, "pobj")
    elif word.lower_ == "involved" and (word.dep_ == "acomp" and word.head.lemma_.lower() == "be"
                                        or syntax.children(word, "auxpass")):
        head = word.head if word.dep_ == "acomp" else word
        objects = [o for p in syntax.children(word, "prep") if p.lower_ == "in" for o in syntax.children(p, "pobj")]
    else:
        return None
    return head if any(o.lower_ in acts or o.lemma_.lower() in acts for o in objects) else None
