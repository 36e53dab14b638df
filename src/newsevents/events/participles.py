"""Doers and patients the plain subject and object slots do not hold (issue #11): a past participle
that modifies a noun ("aid sent by Britain", "a case filed by the Philippines against China") is a
passive without its auxiliary; its by-phrase names the doer and the noun it modifies undergoes it."""

from __future__ import annotations

NOUNS = ("NOUN", "PROPN")


def reduced_relative(verb) -> bool:
    """A past participle hung on a noun as its modifier ("the peninsula, captured by Iran"), or opening a
    clause whose subject it describes ("Backed by Russia, the army retook X"), with no object of its own
    (not "the man, given a visa by X": that one has its own object); a bare participle coordinated with
    one shares its noun ("Assad, aided by Russia *and opposed by the U.S.*": ``reduced_head``)."""
    head = reduced_head(verb)
    return (head.dep_ == "acl" and head.head.pos_ in NOUNS
            or head.dep_ == "advcl" and opening_patient(head) is not None) \
        and verb.tag_ == "VBN" \
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def reduced_head(verb):
    """The first of coordinated bare past participles, whose relation the others share ("the plan, drafted
    by Kenya and backed by Uganda": *backed* modifies the plan as *drafted* does); else the verb itself.
    Thirty-second session, S: the parser hangs the second on the first as its conjunct, and the second's own
    by-phrase names its doer."""
    while verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" and verb.head.i < verb.i:
        verb = verb.head
    return verb


def reduced_agent(verb):
    """The doer of a reduced passive relative, named in its by-phrase ("two bombs dropped by the US":
    the US), else None."""
    if not reduced_relative(verb):
        return None
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None) \
        or from_holder(verb)


def reduced_patient(verb):
    """What a reduced passive relative with a by-phrase acts on: the noun it modifies ("sanctions imposed
    by the UN on Iran": the sanctions; "British nurses deported by Saudi Arabia": the nurses), else None."""
    if reduced_agent(verb) is None:
        return None
    head = reduced_head(verb)
    return head.head if head.dep_ == "acl" else opening_patient(head)


def opening_patient(verb):
    """The subject of the clause a participle opens ("Backed by Russia, the army ..."): what it describes."""
    if verb.i > verb.head.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i), None)


def judged_doer(verb):
    """"lashed out at Turkey for having shot down a Russian bomber", "praised Jordan for helping Iraq",
    "was fined for dumping steel": a gerund after "for" is the deed of whom its governing verb judges, that
    verb's object, the patient of its passive or its "at" object (not its subject), else None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ not in ("VBG", "VBN") or prep.lower_ != "for" or prep.dep_ != "prep" \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    judge = prep.head
    held = [c for c in judge.children if c.dep_ in ("nsubjpass", "dobj")]
    held += [o for p in judge.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
    return held[0] if held else None


def judged_for(inner, outer) -> bool:
    """The inner verb is the "for"-gerund of the outer one with a doer of its own ("criticised Iran for
    arming the Houthis"): a deed the outer act judges as done, not that act's content."""
    return inner.dep_ == "pcomp" and inner.head.head.i == outer.i and judged_doer(inner) is not None


def participle_doer(verb, documents=frozenset()):
    """A present participle hung on a noun ("thousands of Germans protesting against the treaty", "Russian
    jets bombing Aleppo") is done by that noun, else None; not by a document ("an order imposing sanctions":
    whoever issued it)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in NOUNS \
            or verb.head.lemma_.lower() in documents \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    return verb.head


RELEASING = frozenset({"free", "release", "deport", "expel", "extradite", "evict", "deportation", "expulsion",
                       "extradition", "eviction"})


def from_holder(token):
    """Who releases or sends away, named by the from-phrase when no by-phrase does ("four Britons freed from US
    custody": the US; "were deported from Saudi Arabia", "the deportation of nurses from the kingdom"): the
    name or demonym that owns a custody, jail or camp, else the from-object itself; None for other words."""
    if token.lemma_.lower() not in RELEASING:
        return None
    for obj in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children if o.dep_ == "pobj" and o.pos_ in NOUNS):
        owner = next((c for c in obj.children if c.dep_ in ("amod", "compound", "poss")
                      and c.ent_type_ in ("NORP", "GPE", "ORG")), None)
        return owner if owner is not None and obj.ent_type_ not in ("GPE", "ORG") else obj
    return None


def bare_passive(verb) -> bool:
    """"Parmalat bank barred from suing" (a headline), "with some people jailed and others not" (an absolute
    phrase): a participle with a subject and no auxiliary or object is a passive whose auxiliary is left out;
    its subject undergoes the act (the parser makes it ``nsubj``). Only there: in a full sentence the
    tagger's VBN may be a past tense ("the ruling party caved in to demands")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr") for c in verb.children):
        return False
    absolute = verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without")
    return absolute or verb.dep_ == "ROOT" and verb.sent[-1].text not in (".", "!", "?", '"', "'")
