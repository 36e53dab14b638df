"""Reports that are not acts: questions, warnings that only forecast, own policy.

The audit on real news (docs/events.md) found events coded from indirect questions
("asked if South Korea would retaliate", "declined to comment on whether he supported"),
from direct questions ("And if she drops her plan ...?") and from warnings about the
economy ("warned that high oil prices posed a threat to French growth": no threat by
anyone), and from what officials say their own country must do ("Obama said the United
States must act": no demand). The verbs are in ``data/events/not_acts.tsv``. Nor are what one party asks another to do,
and an act on oneself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.called_for import asked_of_another
from newsevents.events.claimed import claimed
from newsevents.events.directed import directed
from newsevents.events.patterns import Pattern, load_rules
from newsevents.events.proposed import proposed
from newsevents.events.rallies import no_protest_rally
from newsevents.events.senses import other_sense_or_not_done
from newsevents.events.standing import not_named
from newsevents.events.syntax import REFLEXIVES
from newsevents.events.won import won_from
from newsevents.resources import data_path, read_kinded_words

KINDS = ("question", "forecast", "feared", "made", "taken up", "contest", "margin", "civilians", "habitual",
         "gathering", "judged", "contest in", "published", "amount", "inquiry",
         "instrument", "pressure", "audience", "ruling", "met with")
CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "conj", "pcomp", "acl", "relcl")


@lru_cache(maxsize=1)
def load_verbs() -> dict[str, frozenset[str]]:
    return read_verbs(data_path("events", "not_acts.tsv"))


def read_verbs(path) -> dict[str, frozenset[str]]:
    """kind -> lemmas, checked (a bad row names its line)."""
    return read_kinded_words(path, KINDS)


def feared(token) -> bool:
    """The act sits in the clause of a word of fear ("the EU is afraid that Russia will join
    forces with Iran", "Kiev fears Moscow would invade"): feared, not done; also through "about to" ("rumours
    that he was about to resign")."""
    fears = load_verbs()["feared"]
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "acl", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in fears or any(c.dep_ == "acomp" and c.lemma_.lower() in fears for c in node.children):
            return True
    return False


WH_WORDS = {"how", "why", "what", "when", "where", "who", "whom", "which", "whose"}


def asks_a_question(verb) -> bool:
    """"asked how police were supposed to interpret the rules", "asked Sanders how he is
    feeling", "was asked about his view": a wh-clause or an "about" and no "to"-infinitive or
    "for" (an appeal asks someone *to* do something, or *for* something)."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl", "dobj")]
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clauses) \
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    if any(c.left_edge.lower_ in WH_WORDS for c in clauses if c.dep_ != "dobj" or c.lower_ in WH_WORDS):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "asked all three men about the risks": the parser
    # hangs "about" on the one asked (session 32, P)
    return any(c.dep_ == "prep" and c.lower_ == "about" for h in [verb, *objects] for c in h.children)


def in_question(token) -> bool:
    """The act is asked about, not reported: the sentence is a question, or the act sits in
    a "whether" clause, or in an "if" clause of a verb of asking (which asks, not appeals)."""
    if token.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    asking = load_verbs()["question"]
    if token.lemma_.lower() in asking and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                              for c in token.children for m in c.children):
        return True  # "reporters asked the minister if ...": a question, no appeal
    if token.lemma_.lower() in asking and asks_a_question(token):
        return True  # "asked how police were supposed to ...", "was asked by journalists about his view"
    node = token
    for _ in range(6):
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if "whether" in marks or "if" in marks and node.head.lemma_.lower() in asking:
            return True
        if node.dep_ not in CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def forecast(token, actor_of) -> bool:
    """A warning verb with no object whose that-clause has a thing, not an actor, as its
    subject ("warned that high oil prices posed a threat", "India's budget deficit was too
    large": the deficit, not India)."""
    if token.lemma_.lower() not in load_verbs()["forecast"] or any(c.dep_ == "dobj" for c in token.children):
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None) if clause else None
    if subject is not None and subject.dep_ == "csubj":
        return True  # "solving the conflict was the most pressing challenge, Blair warned"
    if subject is None or subject.pos_ == "PRON":
        return False
    mention = actor_of(subject)
    return mention is None or subject.text not in mention.text


def warned_of_past(token) -> bool:
    """A warning whose that-clause is in the past perfect tells what was done, it threatens no one: "Biden
    warned that Trump had elevated the dangers confronting American allies" (audits on unseen articles;
    a that-clause in the past or in progress, "warned Japan that it was playing with fire", and a warning to
    someone stay threats)."""
    if token.lemma_.lower() not in load_verbs()["forecast"] or syntax.children(token, "dobj", "dative"):
        return False  # (not a warning addressed to someone: "warned Russia that it had crossed a red line")
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    return clause is not None and clause.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)


DEMAND_ROOT = "10"


def own_policy(source: str, target: str, code: str) -> bool:
    """A demand by a state's own people on the country itself, named bare ("Premier Zhao
    told parliament China must cut investment", "Obama said the United States must act"):
    a statement of policy, not a demand on anyone. A demand on the government, a party or
    another sector ("the opposition said the government must resign") stays."""
    return code.startswith(DEMAND_ROOT) and len(target) == 3 and target == source[:3]


APPEALS = {"ask", "urge", "call", "press", "request", "implore", "beg", "encourage", "exhort", "pressure", "push"}


def requested(verb) -> bool:
    """"asked Tehran to free the sailors": what one party asks another to do is the content
    of the appeal (coded on "asked"), not an act of its own, even when the asker is unknown."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in APPEALS \
        and any(c.dep_ in ("dobj", "prep") for c in verb.head.children)


def on_oneself(verb, pattern: Pattern) -> bool:
    """"surrounded himself with advisers", "disqualified himself": an act whose object is its
    doer aims at no one else (unless the pattern names the reflexive: "blew himself up")."""
    return pattern.pos == "V" and pattern.object not in REFLEXIVES \
        and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)


AGREEMENT_CODES = ("057",)  # a formal agreement signed


def agreement_named(noun, pattern: Pattern) -> bool:
    """"violating the two countries' agreement", "have problems with the INF Treaty", "the Canadian and
    Israeli pacts": an agreement with no "with" or "between" phrase is a signing only as what a verb makes
    ("concluded an interim fishing accord": ``made`` in not_acts.tsv); else it refers to one made before."""
    if pattern.pos != "N" or pattern.code not in AGREEMENT_CODES or not pattern.prep \
            or syntax.prep_objects(noun, pattern.prep) or noun.dep_ == "ROOT":
        return False  # (a headline's "Chile & Peru initial fishing pact" tells the signing)
    verb = syntax.governing_verb(noun)
    return verb is None or verb.lemma_.lower() not in load_verbs()["made"]


def taken_up(verb) -> bool:
    """"seizing on the letter", "pounced on his remarks": a verb of ``taken up`` (not_acts.tsv) with no
    object and an "on" or "upon" phrase makes use of what was said; nothing is seized ("seized the
    tanker on Monday", "was seized on Monday" keep their object or their subject). An object after the phrase
    is the parser's ("seized on new revelations ..., some of them foreign nationals")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in load_verbs()["taken up"]:
        return False
    phrases = [p for p in syntax.children(verb, "prep") if p.lower_ in ("on", "upon")]
    if any(o.dep_ == "nsubjpass" or not any(p.i < o.i for p in phrases)
           for o in syntax.children(verb, "dobj", "nsubjpass")):
        return False
    return any(o.ent_type_ not in syntax.TIMES for p in phrases for o in syntax.children(p, "pobj"))


FORCE_ROOTS = ("13", "18", "19", "20")  # threats and force, and what is fought
COERCION = ("17",)  # "crushed Cruz in the primary", "demolished Clinton in the debate"


def contest(token, pattern: Pattern) -> bool:
    """"fought his own primary against Clinton", "his 2008 primary battle with Clinton", "demolished Clinton in
    the debate": a fight whose object or modifier is an election (``contest`` in not_acts.tsv), or that takes
    place in a debate or a primary (``contest in``: not an election or a campaign, where force is real), is a
    race between candidates, no force."""
    if not pattern.code.startswith(FORCE_ROOTS + COERCION):
        return False
    contests = load_verbs()["contest"]
    return any(c.dep_ in ("dobj", "compound", "amod", "nmod") and c.lemma_.lower() in contests
               for c in token.children) \
        or any(o.lemma_.lower() in load_verbs()["contest in"]
               for p in syntax.children(token, "prep") if p.lower_ == "in" for o in syntax.children(p, "pobj"))


def poll_margin(token, pattern: Pattern) -> bool:
    """"Utah is supporting the party's candidates by double digits": support measured by a margin
    (``margin`` in not_acts.tsv, or a percentage) is a poll's or a vote's standing, not an act."""
    if not pattern.code.startswith("05"):
        return False
    margins = load_verbs()["margin"]
    return any(o.lemma_.lower() in margins or o.ent_type_ == "PERCENT" for p in syntax.children(token, "prep")
               if p.lower_ == "by" for o in syntax.children(p, "pobj")) or poll_share(token)


SHARE = re.compile(r"\b(percent|per cent|majority|plurality|in (10|ten))\b|%", re.I)


def poll_share(token) -> bool:
    """"each have the support of 27 percent of Republicans", "received support from six in 10 Democrats" (thirtieth
    session, P): support or backing whose of- or from-phrase is a share of people is a poll's count, not an act."""
    if token.pos_ != "NOUN":
        return False
    preps = syntax.children(token, "prep") + (syntax.children(token.head, "prep") if token.dep_ == "dobj" else [])
    for prep in preps:  # "received support from ...": the parser may hang the from-phrase on the verb
        if prep.lower_ in ("of", "from"):
            for obj in syntax.children(prep, "pobj"):
                if SHARE.search(token.doc[obj.left_edge.i:obj.i + 1].text):
                    return True
    return False


def civilians_rallied(token, pattern: Pattern) -> bool:
    """"mobilize black voters", "mobilised its supporters": a show of force (root 15) whose object is
    voters or supporters (``civilians`` in not_acts.tsv) is campaigning, not armed forces."""
    if not pattern.code.startswith("15") or pattern.object:
        return False
    obj = syntax.object_of(token)
    return obj is not None and obj.lemma_.lower() in load_verbs()["civilians"]


def habitual(token) -> bool:
    """"demonstrators have sometimes gathered while marching in the city": a verb with an adverb of
    ``habitual`` (not_acts.tsv) tells what happens now and then, no act on a day (nor does the
    participle under it)."""
    words = load_verbs()["habitual"]
    verbs = [token, token.head] if token.dep_ == "advcl" and token.tag_ == "VBG" else [token]
    return any(c.dep_ == "advmod" and c.lower_ in words for verb in verbs for c in verb.children)


HOSTING = "043"


def gathering_hosted(token, pattern: Pattern) -> bool:
    """"will host a party for the candidates", "hosted a fundraiser": a hosting (the row naming no object)
    whose object is a social or staged event (``gathering`` in not_acts.tsv) receives no visitor."""
    if not pattern.code.startswith(HOSTING) or pattern.object or pattern.pos != "V":
        return False
    obj = syntax.object_of(token)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in load_verbs()["gathering"]


def judgement(token) -> bool:
    """"Russia was to blame": an infinitive after "be" of ``judged`` (not_acts.tsv) judges the subject;
    the reporter accuses it (``blamed`` in constructions.tsv, events/judged.py), Russia blames nobody."""
    return token.lemma_.lower() in load_verbs()["judged"] and to_be_judged(token)


def to_be_judged(word) -> bool:
    """"Russia was to blame for the hacking": an infinitive after "be" that judges the subject."""
    return word.dep_ in ("xcomp", "advcl") and word.head.lemma_.lower() == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


RELEASE_CODES = ("0841",)  # release of persons


def published(token, pattern: Pattern) -> bool:
    """"released a scathing report documenting Clinton's abuse": releasing a document (``published`` in
    not_acts.tsv) makes it public; no one is set free (the pattern with no object, 0841, took the target
    from the participle)."""
    if not pattern.code.startswith(RELEASE_CODES) or pattern.object:
        return False
    obj = syntax.object_of(token) if pattern.pos == "V" else next(  # "monthly releases of the emails"
        (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None)
    if obj is not None and obj.lemma_.lower() in load_verbs()["amount"]:  # "released 30 years of tax returns"
        obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), obj)
    return obj is not None and obj.lemma_.lower() in load_verbs()["published"]


FORCE_ROOTS = ("18", "19", "20")


def instrument_fought(token, pattern: Pattern) -> bool:
    """"the Supreme Court struck down a Texas abortion law", "fought the confirmation of his nominee": force
    (the rows naming no object) done to a law, a ruling or a nomination (``instrument`` in not_acts.tsv) is
    politics or a court's work, no force (audit on unseen articles); "struck a convoy" stays."""
    if not pattern.code.startswith(FORCE_ROOTS) or pattern.pos != "V" or pattern.object:
        return False
    obj = syntax.object_of(token)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in load_verbs()["instrument"]


def question_asked(token, pattern: Pattern) -> bool:
    """"tried to ask Trump a question": a question put to someone (``inquiry`` in not_acts.tsv) is no
    appeal (02) to him (audit on unseen articles); "asked Trump to release his returns" stays."""
    if not pattern.code.startswith("02") or pattern.pos != "V" or pattern.object:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in load_verbs()["inquiry"] for c in token.children)


PROMISE = "030"
OFFER = "offer"


def thing_offered(token, pattern: Pattern, actor_of) -> bool:
    """"offered a preview of the candidate's thinking", "utilities offer higher prices": the offer's bare row
    (030, no object named: "offered to help X") met with an object no row names and no party offered it (no
    dative, no to-phrase naming an actor) promises no one anything ("offered Iran a deal" stays)."""
    if pattern.code != PROMISE or pattern.pos != "V" or pattern.object or pattern.prep or pattern.lemma != OFFER:
        return False  # ("Islamabad vows response": a vow's object may be a threat)
    objects = syntax.children(token, "dobj")
    if not objects or names_actor(objects[0], actor_of):
        return False
    recipients = syntax.children(token, "dative") + syntax.prep_objects(token, "to")
    heard = load_verbs()["audience"]  # "offered the crowd an emotional evaluation": a thing said to an audience
    return not any(names_actor(r, actor_of) and r.lemma_.lower() not in heard for r in recipients)


def names_actor(token, actor_of) -> bool:
    """The word is an actor's name or in it ("Ukraine", "the Russian diplomats"), not a thing whose
    of-phrase names one ("a preview of the candidate's thinking")."""
    mention = actor_of(token)
    return mention is not None and token.text in mention.text


REVERSAL = "0832"


def unpressed_reversal(token, pattern: Pattern, actor_of) -> bool:
    """CAMEO 0832 accedes to demands for a change of policy: a reversal whose sentence names no pressure
    (``pressure`` in not_acts.tsv: "after a year of protests", "bowed to demands") and no party in its object
    is a party's own politics ("Sanders withdrew that bill after a procedural move", "rescinded the
    nomination", "move quickly to repeal the ACA"; audits on unseen articles, eighteenth session)."""
    if pattern.code != REVERSAL or any(names_actor(o, actor_of) for o in syntax.children(token, "dobj")):
        return False
    words = load_verbs()["pressure"]
    return not any(t.lemma_.lower() in words for t in token.sent)


ADDRESSED = ("speak", "talk")  # "talk with" and "speak with" are talks; "to" an audience is an address


def audience_addressed(token, pattern: Pattern) -> bool:
    """"Speaking to Parliament, Mr Clarke said", "Mr Blair was speaking to MPs": speaking or talking to an
    assembly, a crowd or a public (``audience`` in not_acts.tsv) addresses it; nobody is consulted."""
    if not pattern.code.startswith("04") or pattern.pos != "V" or token.lemma_.lower() not in ADDRESSED:
        return False
    heard, words = syntax.prep_objects(token, "to"), load_verbs()["audience"]
    return bool(heard) and all(o.lemma_.lower() in words or o.lower_.removesuffix("s") in words for o in heard)
    # "MPs": the model's lemma is "mps"


def court_appeal(token, pattern: Pattern) -> bool:
    """"expects an aggressive appeal of Reeves's ruling", "could appeal against the decision to a tribunal": an
    appeal (02) of a court's decision (``ruling`` in not_acts.tsv) asks a higher court, no party, for anything."""
    if not pattern.code.startswith("02") or token.lemma_.lower() != "appeal":
        return False
    objects = [*syntax.children(token, "dobj"), *syntax.prep_objects(token, "against"),
               *syntax.prep_objects(token, "of")]
    return any(o.lemma_.lower() in load_verbs()["ruling"] for o in objects)


def not_an_act(token, pattern: Pattern, actor_of) -> bool:
    """The trigger reports no act of its own (the kinds above; events/coder.py skips it)."""
    return forecast(token, actor_of) or warned_of_past(token) or on_oneself(token, pattern) or requested(token) \
        or feared(token) or agreement_named(token, pattern) or taken_up(token) or contest(token, pattern) \
        or poll_margin(token, pattern) or civilians_rallied(token, pattern) or habitual(token) or judgement(token) \
        or published(token, pattern) or gathering_hosted(token, pattern) or question_asked(token, pattern) \
        or instrument_fought(token, pattern) or no_protest_rally(token, pattern, actor_of) or asked_of_another(token) \
        or thing_offered(token, pattern, actor_of) or unpressed_reversal(token, pattern, actor_of) \
        or not_named(token, pattern) or audience_addressed(token, pattern) or court_appeal(token, pattern) \
        or met_with_reception(token) or other_sense_or_not_done(token, pattern) or proposed(token) \
        or directed(token) or won_support(token, pattern) or claimed(token)


def met_with_reception(token) -> bool:
    """"was met with scepticism", "would meet any escalation with countermeasures": "meet" with a with-phrase of a
    reception (``met with`` in not_acts.tsv) or of a threat's response (constructions.tsv ``met_with``) is no
    meeting."""
    if token.lemma_.lower() != "meet":
        return False
    receptions = load_verbs()["met with"] | load_rules().constructions.get("met_with", ("", frozenset()))[1]
    return any(o.lemma_.lower() in receptions for o in syntax.prep_objects(token, "with"))


def won_support(noun, pattern: Pattern) -> bool:
    """"won the endorsement of X": X's support of the winner (constructions.find_received_as, won.py), not the
    winner's act."""
    rows = load_rules().constructions.get("received_praise")
    return pattern.pos == "N" and rows is not None and bool(won_from(noun, rows[1]))
