"""Complaints made by asking a third party to judge: "the US has asked the WTO to investigate EU
customs tariffs", "Canada asked the court to rule on US lumber duties" -- an official complaint
(114) against the party whose act is to be judged, not an appeal to the judge
(constructions.tsv, referred)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma

ASKING = frozenset({"ask", "urge", "request", "petition", "call"})
JUDGES = frozenset({"JUD"})


def judge(token, actor_of) -> bool:
    """An international body or a court: someone whose investigation is a ruling."""
    mention = actor_of(token)
    return known(mention) and (mention.code.startswith("IGO") or mention.sector in JUDGES
                               or (mention.plover_sector or "") in JUDGES)


def addressee(verb, actor_of):
    """The body asked: "asked the WTO", "called on the court"."""
    asked = syntax.children(verb, "dobj") + [o for p in syntax.children(verb, "prep") if p.lower_ == "on"
                                             for o in syntax.children(p, "pobj")]
    return next((t for t in asked if judge(t, actor_of)), None)


def party_key(code: str) -> str:
    """A state by its country, an international body by its own code (the WTO is not the EU)."""
    return code[:6] if code.startswith("IGO") else code[:3]


def judged_party(act, exclude: set, actor_of):
    """The first party named inside what is to be judged ("EU customs tariffs" -> the EU)."""
    objects = syntax.children(act, "dobj") + [o for p in syntax.children(act, "prep") if p.lower_ in ("on", "into")
                                              for o in syntax.children(p, "pobj")]
    for obj in objects:
        for token in obj.subtree:
            mention = actor_of(token)
            if known(mention) and party_key(mention.code) not in exclude:
                return token, mention
    return None


def find_referred(sent, rules: Rules, actor_of) -> list[Found]:
    """Whoever asks an international body or a court to investigate or rule on another party's
    act complains of that party officially (the constructions.tsv ``referred`` row's cues are the
    judging verbs)."""
    if "referred" not in rules.constructions:
        return []
    code, judging = rules.constructions["referred"]
    found = []
    for verb in with_lemma(sent, ASKING):  # the asking verbs only, read off the paragraph's words once
        if verb.pos_ != "VERB":
            continue
        body = addressee(verb, actor_of)
        acts = [a for a in syntax.children(verb, "xcomp", "ccomp") if a.lemma_.lower() in judging]
        subject = syntax.subject_of(verb)
        if body is None or not acts or subject is None:
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of) if known(actor_of(t)))
        exclude = {party_key(m.code) for _, m in sources} | {party_key(actor_of(body).code)}
        target = judged_party(acts[0], exclude, actor_of)
        if sources and target is not None:
            found.append(Found(code, Pattern(code, "C", "referred"), verb, sources, (target,),
                               modality_of(verb, code, rules)))
    return found


def with_referred(found: list[Found], referred: list[Found]) -> list[Found]:
    """The complaint replaces the appeal to the judge made by the same asking verb."""
    asked = {f.trigger.i for f in referred}
    return [f for f in found if not (f.trigger.i in asked and f.code.startswith("02"))] + referred
