"""Wrongdoing reported: "Hamas said Israel had violated the truce", "Moscow said Washington was
interfering", "Russia said Turkey was arming terrorists" -- whoever reports another party's wrong
accuses it (constructions.tsv: reported_wrong, reported_arming). Moved out of constructions.py in the
twenty-third session."""

from __future__ import annotations

from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.found import Found, about_itself, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.stated_judgements import statement_verbs
from newsevents.events.words import with_lemma


def reported_cue(verb, cues: frozenset) -> bool:
    """The verb is a cue, or a "verb+object" cue with that object or predicate ("bear+responsibility")."""
    lemma = verb.lemma_.lower()
    objects = syntax.children(verb, "dobj", "oprd", "acomp")
    return lemma in cues or any(f"{lemma}+{o.lemma_.lower()}" in cues for o in objects)


HOLDING = frozenset({"hold"})  # "should be held responsible": the one held is the one blamed
ARMED_SECTORS = frozenset({"INS", "REB", "UAF"})


def arms_fighters(verb, aiding: frozenset, actor_of) -> bool:
    """"Russia said Turkey was arming terrorists", "Erdogan says the U.S. supports ISIL": help
    (a cue verb) given to an armed group is a wrong in the reporter's telling."""
    if verb.lemma_.lower() not in aiding:
        return False
    objects = [o for o in syntax.children(verb, "dobj") for o in syntax.with_conjuncts(o)]
    return any(m is not None and m.code and m.code[3:6] in ARMED_SECTORS
               for o in objects for t in named_parties(o, actor_of) for m in [actor_of(t)])


@lru_cache(maxsize=8)
@lru_cache(maxsize=16)
def cue_lemmas(cues: frozenset) -> frozenset[str]:
    """The lemmas a verb needs to be a ``reported_cue``: each cue, and the verb of each "verb+object" cue."""
    return cues | frozenset(cue.partition("+")[0] for cue in cues)


PLEDGE_PREPS = frozenset({"to", "with", "by", "on"})


def broke_word(verb, keeping: frozenset, pledges: frozenset) -> bool:
    """"had not honoured the ceasefire", "have not lived up to their pledge", "did not comply with the
    accords": a negated verb of keeping, told as done, whose object, or the object of its preposition, is a
    commitment (constructions.tsv: broken_word, broken_word_pledges)."""
    lemma = verb.lemma_.lower()
    particles = {f"{lemma}+{p.lower_}" for p in syntax.children(verb, "prt")}
    if not (lemma in keeping or particles & keeping) or not syntax.children(verb, "neg") \
            or any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children):
        return False  # "said Hamas would not respect the truce": a forecast, or Hamas's own refusal told
    objects = syntax.children(verb, "dobj") + [o for p in syntax.children(verb, "prep") if p.lower_ in PLEDGE_PREPS
                                               for o in syntax.children(p, "pobj")]
    return any(part.lemma_.lower() in pledges or part.lower_ in pledges
               for o in objects for part in syntax.with_conjuncts(o))


def one_of_a_kind(clause):
    """"Turkey is one of the countries arming ISIL", "the United States is a state that violates international law":
    a wrong told of the kind a copula's subject is said to be (or be one of): the copula and that subject, else
    (None, None). Twenty-fourth session."""
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl") or noun.i == clause.i:
        return None, None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        noun = noun.head.head  # "one of the countries"
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return None, None
    subjects = syntax.children(noun.head, "nsubj")
    return (noun.head, subjects[0]) if subjects else (None, None)


LINKED_MARKS = frozenset({"because", "since", "as", "after"})  # a clause's cause, or its time ("after")
LINKED_CLAUSES_TRIED = 3  # the cue's clause, then up to two clauses it is linked to as cause or time


def reported_clause(clause, reporting: frozenset):
    """The clause a reporting verb before it (or after the quotation it closes) governs: the cue's own, or
    the one the cue's clause is linked to as its cause or its time ("said the president was forced to act
    *because Tokyo had failed* to fulfil the agreement", "... *after* Tokyo had failed"); None when no
    reporting verb does."""
    for _ in range(LINKED_CLAUSES_TRIED):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in reporting \
                and (clause.head.i < clause.i or quoted_before(clause, clause.head)):
            return clause
        if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in LINKED_MARKS for m in clause.children):
            return None
        clause = clause.head
    return None


def quoted_before(clause, verb) -> bool:
    """"'Ukraine is stealing gas,' Medvedev said": the clause is the reporter's own words in quotation
    marks, not news a source is credited with ("Israel violated the truce, Hamas said")."""
    return any(t.is_quote for t in clause.doc[clause.i:verb.i])


@lru_cache(maxsize=4)
def wrong_words(cues: frozenset, aiding: frozenset, keeping: frozenset) -> frozenset[str]:
    """The lemmas a verb needs to tell a wrong: read once, not at every sentence."""
    return cue_lemmas(cues) | aiding | cue_lemmas(keeping)


def wrong_kind(verb, cues: frozenset, aiding: frozenset, keeping: frozenset, pledges: frozenset,
               actor_of) -> str | None:
    """Which wrong the verb tells (the construction's name), or None: a wrong named by its verb, help given
    to fighters, or a commitment not kept."""
    if reported_cue(verb, cues):
        return "reported_wrong"
    if arms_fighters(verb, aiding, actor_of):
        return "reported_arming"
    if broke_word(verb, keeping, pledges):
        return "broken_word"
    return None


@lru_cache(maxsize=4)
def reporting_verbs(harm_reporting: frozenset) -> frozenset:
    """reported_harm's verbs and the statement verbs of judgements.tsv, joined once (not once per sentence)."""
    return harm_reporting | statement_verbs()


def find_reported_wrong(sent, rules: Rules, actor_of, speaker_of=None) -> list[Found]:
    """"Hamas said Israel had violated the truce", "Moscow said Washington was interfering":
    whoever reports another state's wrongdoing accuses it (constructions.tsv, reported_wrong). The verbs
    that report are reported_harm's and the statement verbs of judgements.tsv ("argued", "complained",
    "warned"); ``speaker_of(token)`` gives a quote's speaker, who reports a wrong no verb of its sentence
    does ("'Israel has violated the truce. We will respond,' he said": twenty-eighth session)."""
    if "reported_wrong" not in rules.constructions or "reported_harm" not in rules.constructions:
        return []
    code, cues = rules.constructions["reported_wrong"]
    reporting = reporting_verbs(rules.constructions["reported_harm"][1])
    aiding = rules.constructions.get("reported_arming", ("", frozenset()))[1]
    keeping = rules.constructions.get("broken_word", ("", frozenset()))[1]
    pledges = rules.constructions.get("broken_word_pledges", ("", frozenset()))[1]
    found = []
    for verb in with_lemma(sent, wrong_words(cues, aiding, keeping)):  # "violate", "bear" of
        # "bear+responsibility", "arm", "live" of "live+up"
        if verb.pos_ != "VERB":
            continue
        kind = wrong_kind(verb, cues, aiding, keeping, pledges, actor_of)
        if kind is None:
            continue
        clause = verb.head if verb.dep_ == "conj" else verb
        copula, described = one_of_a_kind(clause)  # "said Turkey is one of the countries arming ISIL"
        clause = copula if copula is not None else clause
        headline_speaker = syntax.colon_speaker(clause)  # "Tillerson: Russia bears responsibility"
        reported = reported_clause(clause, reporting) if headline_speaker is None else clause
        quoted = unreported_speaker(clause, reported, speaker_of, actor_of)
        if reported is None and quoted is None:
            continue
        reported = clause if reported is None else reported
        patients = syntax.children(verb, "nsubjpass") if syntax.is_passive(verb) and verb.lemma_.lower() in HOLDING \
            else []
        doer = described or (patients[0] if patients else syntax.subject_of(verb))  # "said Kiev should be held
        # responsible"; but "said the party's machine had been sabotaged": the machine is wronged, not the wrongdoer
        speaker = clause if quoted is not None else \
            headline_speaker or syntax.relative_subject(reported.head) or syntax.subject_of(reported.head)
        # "the committee, which said India had committed aggression": the committee
        accused = [(t, m) for t in (named_parties(doer, actor_of) if doer is not None else [])
                   if known(m := actor_of(t))]
        accuser = quoted or (actor_of(speaker) if speaker is not None else None)
        if not accused or not known(accuser) or any(about_itself(t, m, accuser) for t, m in accused):
            continue  # "Britain said it had failed": about itself
        found.append(Found(code, Pattern(code, "C", kind), reported.head if quoted is None else verb,
                           ((speaker, accuser),), tuple(accused),
                           modality_of(reported.head if quoted is None else verb, code, rules)))
    return found


def unreported_speaker(clause, reported, speaker_of, actor_of):
    """The speaker of the quote around a wrong told as the quote's own sentence ("'Israel has violated the
    truce.'"), or reported by a verb whose subject names no one known ("'..., he said" with "he" unresolved);
    else None."""
    if speaker_of is None:
        return None
    if reported is None and clause.dep_ != "ROOT":
        return None
    if reported is not None:
        subject = syntax.relative_subject(reported.head) or syntax.subject_of(reported.head)
        if subject is None or known(actor_of(subject)):
            return None
    mention = speaker_of(clause)
    return mention if known(mention) else None


HELP_ROOTS = ("05", "06", "07")


def without_alleged_help(found: list[Found]) -> list[Found]:
    """The help an accusation alleges ("Erdogan says U.S. supports ISIL") is the accuser's claim,
    not an act to code beside it."""
    accusers = {f.trigger.i for f in found if f.pattern.lemma == "reported_arming"}
    if not accusers:
        return found
    return [f for f in found if not (f.code[:2] in HELP_ROOTS and f.pattern.pos == "V"
                                     and any(a.i in accusers for a in f.trigger.ancestors))]
