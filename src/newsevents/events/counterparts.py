"""A mutual act of several sources that names its counterpart in a with-phrase is done with that
counterpart, not between the sources: "Venezuela, Chile and the Philippines have struck agreements
with commercial banks" is no Venezuelan-Chilean accord, "Brazil and China pledged to cooperate with
the cartel" no Brazil-China pledge. When no dictionary knows the counterpart there is no dyad to code
(coder.found_in drops the act rather than pair the sources with each other)."""

from __future__ import annotations

from newsevents.events.mutual import each_other

PARTIES = ("PERSON", "ORG", "NORP", "GPE")
BODIES = frozenset({"committee", "cartel", "company", "bank", "government", "union", "group", "council", "board",
                    "delegation", "association", "consortium", "club", "alliance", "organisation", "organization",
                    "fund", "agency", "body", "firm", "lender", "creditor", "counterpart", "partner", "team"})
NOT_PARTIES = frozenset({"reservation", "condition", "amendment", "change", "caveat", "provision", "exception",
                         "term", "effect", "regard", "respect", "view", "aim", "goal", "hope", "help", "support"})


def party_word(token) -> bool:
    """A word that can name a party: a name, a body ("the cartel"), people in the plural ("creditor banks",
    "reporters"); not a manner ("with great fanfare", "with the aim of", "with reservations")."""
    if token.lemma_.lower() in NOT_PARTIES:
        return False
    return token.pos_ == "PROPN" or token.ent_type_ in PARTIES or token.pos_ == "NOUN" and (
        token.tag_ == "NNS" or token.lemma_.lower() in BODIES)


def with_counterpart(targets) -> bool:
    """A target token is the object of "with" and names someone other than the sources ("with
    commercial banks"), not "with each other" nor a pronoun ("with them" may be the sources)."""
    return any(t.head.dep_ == "prep" and t.head.lower_ == "with" and party_word(t)
               and not each_other(t) for t, _ in targets)


def counterpart_named(verb) -> bool:
    """The verb, its object, the verb its infinitive names or, for an act noun, the verb it is the object of
    acts with someone ("pledged to cooperate with the cartel", "signed a deal with the lenders"): its several
    doers do not act on each other."""
    if verb is None:
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "dobj")]
    if verb.dep_ == "dobj" and verb.head.i != verb.i:
        heads.append(verb.head)  # "signed a deal with the lenders": the noun's verb carries the with-phrase
    return with_counterpart([(o, None) for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                             for o in p.children if o.dep_ == "pobj"])
