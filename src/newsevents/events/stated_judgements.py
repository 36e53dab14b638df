"""A statement's judgement of a named party (twenty-eighth session): whoever says that another party's act
or conduct is blameworthy disapproves of it (111), or accuses it (112) when the words claim a wrong done.

judged.py reads the predicate ("said Togo's policy was reckless"); this module reads the other forms a
statement judges in (data/events/judgements.tsv):

* a judging adjective before a noun a party owns: "Ghana said Togo's reckless policy had hurt trade";
* a noun that is blame, or a wrong, when a party owns it: "'Togolese provocations must stop,' the minister
  said", "what Accra called Lome's failure to honour the pact", "said the crisis was the fault of Togo";
* a judging adverb on a verb whose doer is named: "said Togo had unfairly closed the border", "had
  illegally seized the boats".

The statement is a clause a verb of saying governs (its subject is the speaker), else a direct or partial
quote the quotes stage gave a speaker of known country. The party judged is named in the statement (its
possessor, a demonym or name before the noun, its of- or by-phrase; the verb's subject); never the speaker's
own side, nor what is negated, asked, supposed or made a condition of.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.found import Found, about_itself, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.resources import data_path, read_kinded_words

KINDS = ("statement", "describing", "doing", "quality", "fault", "failing", "wrong", "blame_manner", "wrong_manner",
         "harm")
CODES = {"quality": "111", "fault": "111", "failing": "111", "blame_manner": "111", "harm": "111",
         "wrong": "112", "wrong_manner": "112"}
VERB_KINDS = frozenset({"blame_manner", "wrong_manner", "harm"})  # told of a deed: asserted, not forecast
OWNER_DEPS = ("poss", "amod", "compound", "nmod")
OWNER_PREPS = ("of", "by")
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "oprd"})  # what a statement verb's complement hangs by
KEPT = frozenset({"asserted", "intended"})  # "said it would resist Togolese aggression": the aggression is told
SPEAKER_DEPTH = 6


@lru_cache(maxsize=1)
def judgement_words() -> dict[str, frozenset[str]]:
    """The word lists by kind (data/events/judgements.tsv)."""
    return read_kinded_words(data_path("events", "judgements.tsv"), KINDS)


@lru_cache(maxsize=1)
def statement_verbs() -> frozenset[str]:
    """The verbs whose complement is what their subject says (judgements.tsv: statement)."""
    return judgement_words()["statement"] - judgement_words()["describing"]


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """The words a sentence needs for any judgement here (most have none: skip them)."""
    words = judgement_words()
    return frozenset().union(*(words[kind] for kind in CODES))


def statement_verb(token):
    """The verb of saying whose complement holds ``token`` ("said [Togo's reckless policy had hurt trade]",
    "what he called [Japan's failure]"), else None. Not the speaker's own words ("Togo's envoy said")."""
    words = judgement_words()
    node = token
    for _ in range(SPEAKER_DEPTH):
        if node.head.i == node.i or node.dep_ in syntax.SUBJECTS and node.head.lemma_.lower() in words["statement"]:
            return None
        child, node = node, node.head
        if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in words["statement"] \
                or child.dep_ == "dobj" and node.lemma_.lower() in words["doing"]:
            continue  # "said Togo had told lies": the deed, not the statement
        if child.dep_ in CLAUSE_DEPS or node.lemma_.lower() in words["describing"] and described(child):
            return node
        return None
    return None


def described(child) -> bool:
    """"what he called Japan's failure", "what it sees as Tokyo's failure": the object or as-phrase of a
    verb of describing."""
    return child.dep_ in ("dobj", "attr") or child.dep_ == "prep" and child.lower_ == "as"


def speaker_of_statement(token, rules: Rules, actor_of, speaker_of):
    """(speaker token, mention) of the statement ``token`` is in: the subject of its verb of saying (a
    headline's "X:", "X, which said"), else the speaker the quotes stage gave the quote around it."""
    verb = statement_verb(token)
    if verb is not None:
        if syntax.is_passive(verb):
            return None  # "Togo's failure was described as ...": by whom, the clause may not say
        speaker = syntax.relative_subject(verb) or syntax.subject_of(verb)
        if speaker is not None and known(actor_of(speaker)) and modality_of(verb, "111", rules) in KEPT:
            return speaker, actor_of(speaker)
        return None
    root = token.sent.root
    headline = syntax.colon_speaker(root)
    if headline is not None and known(actor_of(headline)):
        return headline, actor_of(headline)  # "Tillerson: Russia's reckless policy ..."
    mention = speaker_of(token) if speaker_of is not None else None
    return (token, mention) if known(mention) else None


def owner(noun, actor_of, deps=OWNER_DEPS, preps=OWNER_PREPS):
    """The party a noun belongs to: its possessor, a name or demonym before it, its of- or by-phrase."""
    near = [c for c in noun.children if c.dep_ in deps]
    near += [o for prep in preps for o in syntax.prep_objects(noun, prep)]
    return next((t for t in near if known(actor_of(t))), None)


def doer_of(noun, actor_of, words):
    """The named subject of a verb that makes its object the subject's own deed ("Togo had made a grave mistake",
    "told lies", "pursued a reckless policy": judgements.tsv, doing); else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["doing"]:
        return None
    doer = syntax.subject_of(verb)
    return doer if doer is not None and known(actor_of(doer)) else None


def names_party(noun, actor_of) -> bool:
    """The noun names a party itself ("Togo's corrupt officials"), not an act a party owns ("Togo's policy")."""
    mention = actor_of(noun)
    return mention is not None and noun.text in mention.text


def nouns_judged(sent, words, actor_of):
    """(judging word, kind, noun judged, party token) for each owned noun a word judges: "Togo's reckless
    policy" (the adjective), "Togolese provocations" (the noun)."""
    for token in sent:
        lemma = token.lemma_.lower()
        kind = next((k for k in ("fault", "wrong", "failing") if lemma in words[k]), None)
        if kind is not None and token.pos_ == "NOUN" and token.dep_ != "compound" \
                and (kind != "failing" or failing_to(token)):  # not "a war crimes suspect", "the failure of the bank"
            party = owner(token, actor_of) or doer_of(token, actor_of, words)
            if party is not None:
                yield token, kind, token, party
        elif token.dep_ in ("amod", "compound") and (lemma in words["quality"] or token.lower_ in words["quality"]) \
                and token.head.pos_ == "NOUN" and not names_party(token.head, actor_of):
            party = owner(token.head, actor_of) or doer_of(token.head, actor_of, words)  # "Togo's corrupt
            # officials" name a party, not an act
            if party is not None and party.i != token.i:
                yield token, "quality", token.head, party


def failing_to(noun) -> bool:
    """"Japan's failure to honour the pact": a duty not done, not a collapse ("the failure of the bank")."""
    return any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in noun.children)


def verbs_judged(sent, words, actor_of):
    """(word, kind, verb, doer) for a judging adverb on a verb whose doer is named ("Togo had unfairly
    closed the border"), or a verb of harm done by a party or its act ("Togo's tariffs have hurt trade");
    not a passive whose doer is unsaid ("was unfairly detained")."""
    for token in sent:
        lemma = token.lower_
        kind = "blame_manner" if lemma in words["blame_manner"] else \
            "wrong_manner" if lemma in words["wrong_manner"] else None
        verb = token.head if kind is not None and token.dep_ == "advmod" else token
        if kind is None and token.pos_ == "VERB" and token.lemma_.lower() in words["harm"]:
            kind = "harm"
        if kind is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in words["statement"] \
                or kind != "harm" and token.dep_ != "advmod":
            continue  # "Togo unfairly said": the writer's word on the speaker
        doer = syntax.subject_of(verb)
        if doer is not None and kind == "harm" and not names_party(doer, actor_of):
            doer = owner(doer, actor_of, ("poss", "amod"), ())  # "Togo's tariffs have hurt trade"; not "was hurt by
            # the Iraq controversy" (a controversy over Iraq, not Iraq's deed)
        if doer is not None and known(actor_of(doer)):
            yield token, kind, verb, doer


SUPPOSING = frozenset({"any", "no", "every"})


def supposed(noun) -> bool:
    """"said any U.S. interference would meet a response": a wrong supposed, not one claimed done."""
    return any(c.dep_ == "det" and c.lower_ in SUPPOSING for c in noun.children)


def find_stated_judgements(sent, rules: Rules, actor_of, speaker_of=None) -> list[Found]:
    """Judgements a statement makes of a named party (the module docstring). ``speaker_of(token)``: the
    mention of the speaker of the quote around a token, or None."""
    words = judgement_words()
    lemmas = syntax.sentence_words(sent)
    if not lemmas & cue_words():
        return []
    found = []
    for word, kind, judged, party in [*nouns_judged(sent, words, actor_of), *verbs_judged(sent, words, actor_of)]:
        code = CODES[kind]
        modality = modality_of(judged, code, rules)
        if modality not in KEPT or kind in VERB_KINDS and modality != "asserted" or supposed(judged):
            continue  # "said Togo had not unfairly closed", "said there was no Togolese aggression"
        speaker = speaker_of_statement(judged, rules, actor_of, speaker_of)
        if speaker is None:
            continue
        targets = tuple((t, actor_of(t)) for t in named_parties(party, actor_of) if known(actor_of(t)))
        if not targets or any(about_itself(t, m, speaker[1]) for t, m in targets) \
                or any(t.i == speaker[0].i for t, _ in targets):
            continue  # "Ghana said its failure ...": the speaker on itself
        found.append(Found(code, Pattern(code, "C", "stated_judgement"), word, (speaker,), targets, "asserted"))
    return found


def new_judgements(found: list[Found], judgements: list[Found]) -> list[Found]:
    """The judgements no other rule coded: not a dyad (by country) the sentence's events already give root 11,
    nor words inside an act another rule coded ("staged a strike in protest against violations by the police",
    "accused Togo of meddling": the protest, the accusation)."""
    def pairs(f: Found) -> set[tuple[str, str]]:
        return {(s.code[:3], t.code[:3]) for _, s in f.sources if known(s) for _, t in f.targets if known(t)}
    coded = {pair for f in found if f.code.startswith("11") for pair in pairs(f)}
    acts = {f.trigger.i for f in found}
    kept = []
    for judgement in judgements:
        word = judgement.trigger
        above = [a for a in word.ancestors if not (word.dep_ == "advmod" and a.i == word.head.i)]  # "had wrongly
        # detained": the detention the adverb judges, not an act around it
        if not pairs(judgement) & coded and not any(a.i in acts for a in above):
            kept.append(judgement)
            coded |= pairs(judgement)
    return kept
