"""Warnings told as a condition: "Yeutter said that if the Community approves the tax, another trade row
will erupt", "made clear to the commission that if Brussels proceeds there will be a great cost", "said that
if the Turkish vessel began operations 'we will hinder it'". Whoever reports that a harm will follow if
another party acts threatens that party (130; 138 when the harm is force), though no verb of threatening is
written. The harm is a word of ``constructions.tsv`` (warned_if, warned_if_force) in the clause the "if"
clause hangs on, said of the future; the party is the subject of the "if" clause.

Not when the coder made an act of that clause already ("if Japan refuses, we will impose tariffs": the
tariffs are the threat), nor when the condition is the speaker's own ("if we fail, there will be a war").
"""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.constructions import reporter
from newsevents.events.found import Found, known, named_parties
from newsevents.events.patterns import Pattern, Rules

CONDITIONS = frozenset({"if", "unless"})
FUTURE = frozenset({"will", "would", "'ll", "could", "might", "may", "shall"})


def find_conditional_warnings(sent, rules: Rules, actor_of, coded: set[int]) -> list[Found]:
    """A warning with an if-clause about another party: the reporter threatens that party (see the module).
    ``coded``: indices of the triggers the coder found acts on in the sentence."""
    if "warned_if" not in rules.constructions or not syntax.sentence_words(sent) & CONDITIONS:
        return []
    code, harms = rules.constructions["warned_if"]
    force_code, force = rules.constructions.get("warned_if_force", ("138", frozenset()))
    found = []
    for clause in sent:
        if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in clause.children):
            continue
        consequence = clause.head
        said = harm_words(consequence, clause, harms | force)
        if not said or not future(consequence) or any(t.i in coded for t in consequence.subtree
                                                      if t.i not in {c.i for c in clause.subtree}):
            continue
        subject = next(iter(syntax.children(clause, "nsubj", "nsubjpass")), None)
        speaker = reporter(consequence.head, actor_of) if consequence.dep_ != "ROOT" else None
        if subject is None or speaker is None or speaker.i in {t.i for t in consequence.subtree}:
            continue  # "if Washington seizes the initiative, it could find itself in a war": no one warns
        sources = tuple((t, actor_of(t)) for t in named_parties(speaker, actor_of))
        targets = tuple((t, m) for t in named_parties(subject, actor_of) if known(m := actor_of(t)))
        if not targets or not any(known(m) for _, m in sources) \
                or any(m.code[:3] == s.code[:3] for _, m in targets for _, s in sources if known(s)):
            continue  # "if we fail ...": the speaker's own condition
        chosen = force_code if said & force else code
        found.append(Found(chosen, Pattern(chosen, "C", "warned_if"), consequence, sources, targets, "asserted"))
    return found


def harm_words(consequence, clause, words: frozenset) -> frozenset:
    """The harm words of the consequence's own clause: outside the condition and the clauses below it ("prices
    will increase, because producers cannot produce more at current prices": no harm said)."""
    inside = {t.i for c in [clause, *(c for c in consequence.children if c.dep_ in BELOW)] for t in c.subtree}
    return frozenset(t.lemma_.lower() for t in consequence.subtree
                     if t.i not in inside and t.lemma_.lower() in words)


BELOW = frozenset({"advcl", "ccomp", "relcl", "csubj", "parataxis"})


def future(verb) -> bool:
    """The consequence is said of what will come ("will erupt", "there would be a cost")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)
