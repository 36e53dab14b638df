"""Targets an act names by referring to another act: "dismissed the sanctions" (whoever
imposed them, from the story), "retaliate against any attack by Israel" (the by-phrase's doer)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import known
from newsevents.events.patterns import Rules


def referred_act(verb, rules: Rules) -> tuple:
    """The object of an object pattern that names an act told before ("dismissed the sanctions",
    "rejected the ruling"), as a target for the story context to resolve to its doer."""
    from newsevents.events.context import event_nouns_of

    obj = syntax.object_of(verb)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in event_nouns_of(rules) \
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children) \
            or syntax.children(obj, "prep", "amod", "compound", "poss"):
        return ()  # "lifted a night curfew in Montenegro": a new act, placed by the sentence
    return ((obj, None),)


DEFINITE = {"the", "this", "these", "those", "that"}
ASKING_ROOTS = {"02", "10", "11", "12"}  # appeals, demands, criticism, rejection


def asked_of_act(verb, rules: Rules) -> tuple:
    """"called for the embargo to be lifted", "demanded that the blockade be ended": an appeal
    about an act told before is aimed at whoever did that act (the story context finds the doer)."""
    from newsevents.events.context import event_nouns_of

    for clause in syntax.children(verb, "advcl", "ccomp", "xcomp"):
        for subject in syntax.children(clause, "nsubjpass", "nsubj"):
            if subject.pos_ == "NOUN" and subject.lemma_.lower() in event_nouns_of(rules) \
                    and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children) \
                    and not syntax.children(subject, "prep", "amod", "compound", "poss"):
                return ((subject, None),)
    return ()


def acts_doer(target, actor_of, manner: bool = True):
    """"retaliate against any attack by Israel", "condemned the decision by Moscow": an act
    named with its doer in a by-phrase is aimed at through that doer; "criticised the way
    Belgium handled the crisis": a manner of acting, through the one who acts (``manner``; not for force:
    "attacked the way X handled it" is words)."""
    if target.pos_ != "NOUN" or actor_of(target) is not None:
        return target
    agents = [o for p in syntax.children(target, "prep") if p.lower_ == "by" for o in syntax.children(p, "pobj")]
    if manner and target.lemma_.lower() in MANNER:
        agents = [s for clause in syntax.children(target, "relcl") for s in syntax.children(clause, "nsubj")]
    return agents[0] if agents and known(actor_of(agents[0])) else target


MANNER = {"way", "manner"}  # "the way X handled it", "the manner in which X acted"


PROMPTING = {"prompt", "lead", "force", "push", "spur", "cause", "provoke", "trigger", "drive"}


def reaction_to(verb, actor_of) -> tuple:
    """"Ethiopia began filling the dam, prompting Egypt to demand an explanation": a reaction
    the act prompts, with no target of its own, is aimed at the one who acted."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in PROMPTING or head.dep_ != "advcl" \
            or not syntax.children(head, "dobj"):
        return ()
    doer = syntax.subject_of(head.head)
    reactor = actor_of(syntax.children(head, "dobj")[0])
    mention = actor_of(doer) if doer is not None else None
    if not known(mention) or not known(reactor) or mention.code[:3] == reactor.code[:3]:
        return ()
    return ((doer, mention),)


APPEAL_ROOTS = ("02", "10")  # appeals and demands


def asks_named(event) -> bool:
    """"urged exporters to sell more wine to China", "implored the delegates to unite and focus on Trump": an
    appeal or demand whose verb names the one asked (a direct object before the infinitive of what is asked) is
    aimed at that one, known or not, never at a party of the act asked for (unseen articles, twenty-sixth
    session, E2); so is one that names them after its preposition ("calling on Emanuel to remake a police
    department") or as the subject of the infinitive ("implored state party delegates to unite", parsed as a
    clause) (twenty-sixth session, E4)."""
    if event.code[:2] not in APPEAL_ROOTS or event.pattern.pos != "V":
        return False  # ("demanded the withdrawal of X", "demanding autonomy from X": what is demanded, not of whom)
    verb = event.trigger
    if syntax.children(verb, "xcomp"):
        asked = syntax.children(verb, "dobj") + [o for p in syntax.children(verb, "prep")
                                                 if p.lower_ in ASKED_PREPS for o in syntax.children(p, "pobj")]
        return any(o.pos_ in ("NOUN", "PROPN") for o in asked)
    return any(s.pos_ in ("NOUN", "PROPN") for c in syntax.children(verb, "ccomp") if infinitive(c)
               for s in syntax.children(c, "nsubj"))


ASKED_PREPS = {"on", "upon", "to"}  # "called on X to ...", "appealed to X to ...": X is the one asked


def infinitive(verb) -> bool:
    """A clause of "to" and a bare verb ("delegates to unite"), not a finite one ("that Israel withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
