"""Judgements reported: "Russia said Britain's actions were 'totally unacceptable'" (111),
"Washington believed Russia was responsible" (112), "France said the proposal was constructive"
(051) — whoever reports that someone or their act is wrong, guilty or right criticises, accuses
or praises them (constructions.tsv: judged, blamed, judged_praise); approval denied ("said the
German proposal was not acceptable", "not true", "not fair") criticises them (judged_denied)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.constructions import reporter
from newsevents.events.found import Found, about_itself, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.not_acts import to_be_judged
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.senses import advised
from newsevents.events.words import with_lemma

HOLDING = frozenset({"hold"})


def find_judged(sent, rules: Rules, actor_of, speaker_of=None) -> list[Found]:
    """"Russia said Britain's actions were 'totally unacceptable'": whoever reports that
    someone or their act is wrong criticises them (constructions.tsv, judged). ``speaker_of(token)``: the
    speaker of the quote around a token, who says a judgement no verb in its sentence reports."""
    found = []
    lemmas = syntax.sentence_words(sent)  # most sentences hold no cue: skip their passes
    basis = rules.constructions.get("unsound_basis", ("", frozenset()))[1]
    for name in ("judged", "blamed", "judged_praise", "judged_denied"):
        if name in rules.constructions and (lemmas & rules.constructions[name][1]
                                            or name == "judged" and "base" in lemmas and lemmas & basis):
            found.extend(find_judgements(sent, rules, actor_of, *rules.constructions[name], name,
                                         basis if name == "judged" else frozenset(), speaker_of))
    found = [judged for f in found if (judged := approval_denied(f, rules)) is not None]
    if "blamed" in rules.constructions and lemmas & HOLDING and lemmas & rules.constructions["blamed"][1]:
        found.extend(find_held(sent, rules, actor_of, *rules.constructions["blamed"]))
    return [f for f in found if not advised(f.trigger)]  # "warned Blair that the use of force could be illegal"


APPROVING = ("judged_praise", "judged_denied")


def approval_denied(found: Found, rules: Rules) -> Found | None:
    """A judgement of approval whose own copula is negated ("the proposal was not acceptable", "is not true",
    "were not fair") is disapproval: the criticism (the judged code), said now. The words of judged_denied
    ("true", "acceptable", "credible") judge only when denied: "said the report was true" is no praise."""
    name = found.pattern.lemma
    if name not in APPROVING:
        return found
    copula = found.trigger
    if not any(c.dep_ == "neg" for c in copula.children):
        return found if name == "judged_praise" else None
    code = rules.constructions.get("judged", ("111", ()))[0]
    reported = copula.head if copula.dep_ in ("ccomp", "conj") else None  # "said it was not fair"
    modality = modality_of(reported, code, rules) if reported is not None else "asserted"
    return Found(code, Pattern(code, "C", "judged_denied"), copula, found.sources, found.targets,
                 "asserted" if modality == "negated" else modality)


def find_held(sent, rules: Rules, actor_of, code: str, cues: frozenset) -> list[Found]:
    """"The United States holds Syria responsible for the attack", "Kyiv will hold Moscow accountable":
    whoever holds another to blame accuses them (constructions.tsv, blamed). The parser gives the one
    held as the subject of the judging word ("holds [Syria responsible]") or as the object it modifies."""
    found = []
    for verb in (t for t in with_lemma(sent, HOLDING) if t.pos_ in ("VERB", "AUX")):
        held = None
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and child.lemma_.lower() in cues:
                held = next(iter(syntax.children(child, "nsubj")), held)
            elif child.dep_ == "dobj" and any(a.dep_ in ("amod", "oprd") and a.lemma_.lower() in cues
                                              for a in child.children):
                held = child
        holder = syntax.subject_of(verb) if held is not None else None
        if holder is None:
            continue  # "Iran was held responsible": by whom, the sentence does not say
        sources = tuple((t, actor_of(t)) for t in named_parties(holder, actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(held, actor_of))
        if any(known(m) and known(s) and about_itself(t, m, s) for t, m in targets for _, s in sources):
            continue  # "we hold ourselves accountable"
        found.append(Found(code, Pattern(code, "C", "held"), verb, sources, targets, modality_of(verb, code, rules)))
    return found


def find_judgements(sent, rules: Rules, actor_of, code: str, cues: frozenset, name: str,
                    basis: frozenset = frozenset(), speaker_of=None) -> list[Found]:
    found = []
    for cue in sent:
        word = conjunct_predicate(cue, cues)  # "undesirable and quite *unjustified*": the first predicate
        if word is None:
            continue
        participle = word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children) \
            and not any(c.dep_ == "agent" for c in word.children)  # "was misguided", not "was welcomed by Y"
        infinitive = to_be_judged(word)  # "Russia was to blame"
        unsound = participle and unsound_basis(word, basis)  # "was based on incorrect data"
        if (cue.lower_ if participle else cue.lemma_.lower()) not in cues and not unsound \
                or word.dep_ not in ("acomp", "attr") \
                and not participle and not infinitive:  # "was misguided"; not "people are bullied" (the noun "bully")
            continue
        copula = word if participle else word.head
        headline_speaker = syntax.colon_speaker(copula)  # "Lavrov: Washington is responsible"
        if (copula.lemma_.lower() != "be" and not participle) or copula.dep_ not in ("ccomp", "conj", "ROOT", "xcomp") \
                and headline_speaker is None:
            continue
        subject = next(iter(syntax.children(copula, "nsubj", "nsubjpass")), None)
        speaker = headline_speaker if headline_speaker is not None and known(actor_of(headline_speaker)) else \
            reporter(copula.head if copula.dep_ != "ROOT" else copula, actor_of)
        quoted = unreported_speaker(copula, speaker, subject, speaker_of, actor_of)  # "'Togo is irresponsible.'"
        if subject is None or (speaker is None or speaker.i == subject.i) and quoted is None:
            continue
        sources = ((copula, quoted),) if quoted is not None else \
            tuple((t, actor_of(t)) for t in named_parties(speaker, actor_of))
        expletive = subject.lower_ == "it" and any(c.dep_ in ("ccomp", "advcl", "xcomp") for c in copula.children)
        doer = extraposed_doer(copula, word) if expletive else None
        if expletive and doer is None and unstated_doer(copula):
            continue  # "said it was wrong to put China under the embargo": whose act, the sentence does not say
        targets = () if expletive and doer is None else \
            tuple((t, actor_of(t)) for t in named_parties(doer or subject, actor_of))  # "it is unacceptable that"
        if any(known(m) and known(s) and about_itself(t, m, s) for t, m in targets for _, s in sources):
            continue  # "Britain said its response was proportionate": about itself
        if not any(known(m) for _, m in targets) and any(
                c.dep_ == "conj" and c.pos_ == "VERB" and any(known(actor_of(o)) for o in syntax.children(c, "dobj"))
                for c in [*copula.children, *word.children]):
            continue  # "said the election was flawed and criticised Belarus": the judgement names no one, the act does
        judged_on = copula.head if doer is not None and copula.dep_ != "ROOT" else copula  # "it would be foolish"
        found.append(Found(code, Pattern(code, "C", name), copula, sources, targets,
                           modality_of(judged_on, code, rules)))
    return found


def unreported_speaker(copula, speaker, subject, speaker_of, actor_of):
    """The speaker of the quote a judgement stands in, when no verb of its sentence names a known reporter
    ("'Togo is irresponsible. ...,' he said"; "'Togo's move was foolish,' he said" with "he" unresolved):
    twenty-eighth session."""
    if speaker_of is None or subject is None or speaker is not None and (speaker.i != subject.i
                                                                         or copula.dep_ != "ROOT"):
        return None  # a verb of the sentence reports it, or it reports nothing of its speaker's
    if not known(actor_of(subject)):
        return None  # "'It's shameful that ...'": whom, the quote's sentence does not name
    mention = speaker_of(copula)
    return mention if known(mention) else None


def conjunct_predicate(word, cues: frozenset):
    """A judging word coordinated with a first predicate that is not one ("it would be profoundly
    undesirable and quite *unjustified*"): that predicate, which hangs on the copula; None when the
    first is itself a cue (it is found on its own)."""
    if word.dep_ != "conj" or word.head.dep_ not in ("acomp", "attr") or word.lemma_.lower() not in cues:
        return word
    return None if word.head.lemma_.lower() in cues or word.head.lower_ in cues else word.head


def unsound_basis(participle, basis: frozenset) -> bool:
    """"was based on incorrect data", "on a lack of information": the act judged rests on something
    false or missing (constructions.tsv: unsound_basis)."""
    if participle.lower_ != "based" or not basis:
        return False
    grounds = [o for p in syntax.children(participle, "prep") if p.lower_ == "on" for o in syntax.children(p, "pobj")]
    return any(t.lemma_.lower() in basis or t.lower_ in basis
               for g in grounds for part in syntax.with_conjuncts(g) for t in [part, *part.children]
               if t.dep_ in ("pobj", "conj", "amod", "compound") or t is part)


def extraposed_doer(copula, word):
    """"it would be foolish for the United States to impose tariffs", "it was wrong of Iran to
    expel them": the one whose act is judged."""
    for clause in syntax.children(copula, "advcl", "xcomp", "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            subjects = syntax.children(clause, "nsubj")
            if subjects:
                return subjects[0]
    return next(iter(syntax.prep_objects(word, "of")), None)


def unstated_doer(copula) -> bool:
    """"it was wrong to put China under the embargo": an infinitive whose doer is not named."""
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
               for clause in syntax.children(copula, "advcl", "xcomp", "ccomp"))


def find_described(sent, rules: Rules, actor_of) -> list[Found]:
    """"Beijing described the embargo as a product of the Cold War", "cast Trump as divisive":
    a description that judges criticises or praises whom it describes, or whose act it is
    (constructions.tsv: described; the judging words are those of judged and judged_praise). A verb that
    belittles by itself ("dismissed the Tories as a fading force": dismissed_as) criticises a party so described."""
    if "described" not in rules.constructions:
        return []
    _, verbs = rules.constructions["described"]
    dismissive = rules.constructions.get("dismissed_as", ("111", frozenset()))[1]
    verbs = verbs | dismissive
    if not syntax.sentence_words(sent) & verbs:
        return []
    negative = rules.constructions.get("judged", ("111", frozenset()))
    positive = rules.constructions.get("judged_praise", ("051", frozenset()))
    found = []
    for verb in sent:
        if verb.lemma_ not in verbs or verb.pos_ != "VERB":
            continue
        obj = next(iter(syntax.children(verb, "dobj", "nsubjpass")), None)
        labels = [label for head in (verb, obj) if head is not None for prep in syntax.children(head, "prep")
                  if prep.lower_ == "as" for label in prep.children]  # "as a mistake", "as divisive"
        labels += [c for c in syntax.children(verb, "advcl", "oprd", "acomp", "xcomp")
                   if any(a.lower_ == "as" for a in c.children)]  # "as baseless", parsed as a clause
        subject = syntax.subject_of(verb)
        if obj is None or not labels or subject is None or not known(actor_of(subject)) \
                or opinion_of_the_public(verb, actor_of(subject)):
            continue
        words = {t.lemma_.lower() for label in labels for t in label.subtree if t.pos_ != "PROPN"}
        code = negative[0] if words & negative[1] else positive[0] if words & positive[1] else None
        if verb.lemma_ in dismissive:  # "dismissed the Tories as a fading force": the verb judges, whatever the label
            code = negative[0] if known(actor_of(obj)) and not any(map(office, labels)) else None  # "dismissed
            # the claims as nonsense": a denial (016 rows); "dismissed the minister as head of the party": sacked
        targets = tuple((t, actor_of(t)) for t in named_parties(obj, actor_of))
        if code is None or not any(known(m) for _, m in targets):
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(subject, actor_of))
        found.append(Found(code, Pattern(code, "C", "described"), verb, sources, targets,
                           modality_of(verb, code, rules)))
    return found


def office(label) -> bool:
    """"as coach", "as foreign minister": a post without an article, which a party is dismissed from."""
    return label.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "poss") for c in label.children)


PERCEPTION = {"see", "view", "regard", "perceive", "consider"}


def opinion_of_the_public(verb, subject) -> bool:
    """"Democratic voters view the senator as likable": how the public sees someone is an opinion a poll
    finds, not a statement (a state or an official that "regards Argentina as a reliable partner" says so)."""
    return verb.lemma_ in PERCEPTION and (subject.code or "")[3:6] == "CVL"


def find_charges(sent, rules: Rules, actor_of) -> list[Found]:
    """"Japan rejected U.S. charges that it had violated the pact", "denied British allegations
    that Moscow poisoned the spy": the charge itself is an accusation by its owner against whom
    it names, or against whoever denies it (constructions.tsv: charges; cues are the nouns)."""
    if "charges" not in rules.constructions:
        return []
    code, nouns = rules.constructions["charges"]
    if not syntax.sentence_words(sent) & nouns:
        return []
    found = []
    for noun in sent:
        if noun.lemma_ not in nouns or noun.pos_ != "NOUN":
            continue
        owners = [t for t in noun.children if t.dep_ in ("poss", "amod", "compound") and known(actor_of(t))]
        clause = next(iter(syntax.children(noun, "acl", "ccomp")), None) or next(
            (c for c in syntax.children(noun, "relcl") if syntax.children(c, "dobj")), None)  # "charges Japan has
        # violated a pact"; not "the charges Japan filed", where the charge is the clause's object
        accused = next(iter(syntax.children(clause, "nsubj", "nsubjpass")), None) if clause is not None else None
        if accused is not None and accused.lower_ in ("it", "he", "she", "they") and noun.dep_ == "dobj":
            accused = syntax.subject_of(noun.head)  # "Japan rejected U.S. charges that it had ...": Japan
        if clause is not None and any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children):
            continue  # "Trump's assertion that Russia should hack the e-mails": a wish, not a charge
        if not owners or accused is None or not known(actor_of(accused)):
            continue
        sources = tuple((t, actor_of(t)) for t in owners)
        targets = tuple((t, actor_of(t)) for t in named_parties(accused, actor_of))
        if any(known(m) and known(s) and about_itself(t, m, s) for t, m in targets for _, s in sources):
            continue  # "Japan rejected U.S. charges that it ...": not "Labour's charges that the Tories ..."
        modality = modality_of(noun, code, rules) if made_by_owner(noun, sources, actor_of) else "asserted"
        found.append(Found(code, Pattern(code, "C", "charges"), noun, sources, targets,  # a charge denied, or one
                           "asserted" if modality == "negated" else modality))  # Tokyo hopes to refute, was made
    return found


def made_by_owner(noun, sources, actor_of) -> bool:
    """The charge's owner is the subject of the verb over it ("the US may level charges that ..."): that verb's
    modality is the charge's. Another party's verb ("Tokyo hopes to refute American charges ...") tells what
    that party does about a charge made."""
    verb = syntax.governing_verb(noun)
    subject = syntax.subject_of(verb) if verb is not None else None
    mention = actor_of(subject) if subject is not None else None
    return known(mention) and mention.code[:3] in {m.code[:3] for _, m in sources if known(m)}
