"""Feelings about what another did: "Japan said it was disappointed by the American response",
"the lawyer was appalled that the government had detained them", "Paris was pleased with the
talks' outcome" — whoever says they are angered or dismayed by someone, or by their act,
disapproves of them (111); pleased or heartened by them, praises them (051)
(constructions.tsv: reacted, reacted_praise)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.constructions import placeable, reporter
from newsevents.events.found import Found, about_itself, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules

CAUSE_PREPS = {"by", "at", "with", "over", "about"}
FEELING_VERBS = {"be", "feel", "seem", "remain", "become", "appear", "sound", "grow", "get"}  # "grew impatient with X"
PERSONAL_PRONOUNS = {"i", "we", "he", "she", "it", "they"}


def find_reacted(sent, rules: Rules, actor_of) -> list[Found]:
    """Each feeling word of the sentence with its feeler and its cause, both actors."""
    found = []
    words = syntax.sentence_words(sent)  # most sentences hold no cue
    kinds = [(name, *rules.constructions[name]) for name in ("reacted", "reacted_praise")
             if name in rules.constructions and words & rules.constructions[name][1]]
    if not kinds:
        return found
    for word in sent:
        lower, lemma = word.lower_, word.lemma_
        for name, code, cues in kinds:
            if lower in cues or lemma in cues:
                event = reaction(word, code, name, rules, actor_of)
                if event is not None:
                    found.append(event)
    return found


def reaction(word, code: str, name: str, rules: Rules, actor_of) -> Found | None:
    """"X was angered by Y", "X is disappointed that Y ...": the event, or None."""
    clause = feeling_clause(word)
    if clause is None:
        return None
    feeler = next(iter(syntax.children(clause, "nsubj", "nsubjpass")), None)
    if feeler is None:
        return None
    if not known(actor_of(feeler)) and feeler.lower_ in PERSONAL_PRONOUNS and clause.dep_ in ("ccomp", "conj"):
        feeler = reporter(clause.head, actor_of)  # "Japan said it was disappointed": Japan
    if feeler is None or not placeable(actor_of(feeler)):
        return None  # a feeler of known sector only ("a lawyer") is placed in the story's country
    causes = cause_of(word)
    targets = tuple((t, actor_of(t)) for cause in causes for t in named_parties(cause, actor_of))
    sources = tuple((t, actor_of(t)) for t in named_parties(feeler, actor_of))
    if not any(known(m) for _, m in targets):
        return None
    if any(known(m) and known(s) and about_itself(t, m, s) for t, m in targets for _, s in sources):
        return None  # "Britain was pleased with its own result"; not "Obama is troubled by Republican lawmakers"
        # (one party on another of its country: thirtieth session)
    return Found(code, Pattern(code, "C", name), clause, sources, targets, modality_of(clause, code, rules))


def feeling_clause(word):
    """The clause a feeling word is said of: "was appalled" (its verb), "was angered by" (the
    passive participle itself)."""
    if word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
        return word
    if word.dep_ == "acomp" and word.head.lemma_.lower() in FEELING_VERBS:
        return word.head
    if word.dep_ == "conj" and not syntax.children(word, "nsubj", "nsubjpass"):
        return shared_clause(word.head)
    return None


def shared_clause(head):
    """A feeling word coordinated with another and no subject of its own ("was surprised and *appalled*
    that ...", "was shocked at X and *angered* by Y") shares the first one's clause: the copula it hangs
    on, or the clause of the first feeling word (twenty-third session)."""
    if head.lemma_.lower() in FEELING_VERBS and head.pos_ in ("AUX", "VERB") and syntax.children(head, "acomp"):
        return head
    return feeling_clause(head)


def cause_of(word) -> list:
    """What the feeling is about: "by/at/with/over the decision", or the subject of "that Y did"."""
    causes = [o for p in word.children if p.dep_ in ("prep", "agent") and p.lower_ in CAUSE_PREPS
              for o in syntax.children(p, "pobj")]
    for clause in syntax.children(word, "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) or not causes:
            causes.extend(syntax.children(clause, "nsubj", "nsubjpass")[:1])
    return causes
