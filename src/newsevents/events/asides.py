"""Acts told beside the main clause's, which the coder would read as its content or as no one's.

* A relative clause on its doer ("Uganda, *which expelled two Kenyan diplomats*"). The coder reads a
  verb's source off its subject; in a relative clause that subject is "who" or "which", which names no
  actor, so the act was lost unless its clause was dated to the last days (``syntax.dated_relative``).
  A clause in the simple past, set off by a comma, told on a named antecedent is a deed the story reports
  ("Kenya protested to Uganda, which expelled two Kenyan diplomats"): the antecedent is its doer; not when
  the clause dates it to another time than the last days ("which expelled ... in 2016": background, checklist
  s14). A clause in the present or the present perfect stays unread: it tells who a party is, not what
  it did ("Syria, which backs Hezbollah", "Washington, which has sent warships": on the dev articles' tune
  half such clauses gave 5 extra events for 1 right one, docs/events.md).
* A participle clause before the main clause, sharing its subject ("*Having accused Peru of spying*,
  Chile expelled ...", "Chile, *having accused Peru of spying*, expelled ..."): a deed done first, not the
  content of the main verb (a participle after the verb says how or why: "demonstrated, *calling for* ...").
* A relative clause of place ("flew to Ankara, *where he held talks with Erdogan*": ``where_clause``).
Each is kept only with a party of its own (``embedding.settle_embedded``). Twenty-eighth session, helper E.
"""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known

RELATIVE_TAGS = ("WDT", "WP")  # who, which, that
NAMED_KINDS = ("person", "country", "capital", "organisation")  # a party named by its name, not a role word
# ("the committee") or a place inside another name ("Hydro-Quebec"), which the dictionaries may misplace


SETTING_OFF = {",", "-", "--", "\u2013", "\u2014", "("}


def relative_doer(verb):
    """The named antecedent whose act a past-tense relative clause tells ("Egypt, *which accused* Sudan
    of arming rebels": Egypt), else None: the clause's subject is a relative pronoun hung on the verb,
    the verb is in the simple past, the antecedent a noun or a name, and the clause is set off by a comma
    or a dash. A clause that is not set off picks out whom the noun means ("protesters *who stormed* the
    chamber", "a gunman *who expressed* sympathy for ...", "an aide *who asked* not to be identified"): on
    the counting sample such clauses gave 8 events, none right, so they stay unread."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = syntax.children(verb, "nsubj")
    if not subjects or subjects[0].tag_ not in RELATIVE_TAGS or subjects[0].i == 0 \
            or verb.doc[subjects[0].i - 1].text not in SETTING_OFF:
        return None
    if own_date(verb) and not syntax.dated_relative(verb, subjects[0]):
        return None  # "Kenya, which expelled two Ugandan diplomats in 2016, said": dated elsewhere, background
    return verb.head


def own_date(verb) -> bool:
    """The clause dates its own act ("in 2016", "last year", "on Monday"): a date word whose nearest verb is
    ``verb`` (not one of a clause inside it)."""
    for word in verb.subtree:
        if word.ent_type_ not in syntax.TIMES:
            continue
        node = word
        while node.i != verb.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i == verb.i:
            return True
    return False


def pronoun_doer(subject):
    """For a subject the coder read off a verb or the clause it hangs on ("who agreed *to let in* ..."): the
    antecedent when it is a relative pronoun of a past-tense clause (``relative_doer``), else None."""
    if subject is None or subject.tag_ not in RELATIVE_TAGS or subject.dep_ != "nsubj":
        return None
    return relative_doer(subject.head)


def acts_on_party(verb, targets, sources, actor_of) -> bool:
    """The antecedent is a party named by its name (``NAMED_KINDS``) and the verb of its relative clause names
    the party it acts on itself, as its target or its object ("Straw, who accused *the Tories* ...", "Uganda,
    which expelled *two Kenyan diplomats*"); one that names none, or only a reason or a place ("Short, who
    resigned over the Iraq war", "the officials, who asked not to be identified, said"), tells who the
    antecedent is, and the story must not lend it a target."""
    if not any(known(m) and m.kind in NAMED_KINDS for _, m in sources):
        return False  # "the Greater Wisconsin Committee, which supported X": a body only a word of it places
    codes = {m.code for _, m in sources if known(m)}
    obj = syntax.object_of(verb)
    parties = [m for _, m in targets] + ([actor_of(obj)] if obj is not None else [])
    return any(known(m) and m.code not in codes for m in parties)


def prior_participle(clause) -> bool:
    """A participle clause set before the verb it hangs on, with no subject or mark of its own: "-ing"
    ("*Accusing X of ...*, Y recalled") or "having" + participle ("*Having accused X*, Y expelled")."""
    if clause.dep_ != "advcl" or clause.i > clause.head.i or syntax.children(clause, "nsubj", "nsubjpass", "mark"):
        return False
    return clause.tag_ == "VBG" or clause.tag_ == "VBN" and any(
        a.lower_ == "having" for a in syntax.children(clause, "aux"))


def told_beside(inner: Found, above) -> bool:
    """The inner act lies below ``above`` in a past-tense relative clause on a party named by its name ("Kenya
    protested to Uganda, *which expelled two Kenyan diplomats*") or in a participle clause before it ("*Having
    accused Peru of spying*, Chile expelled ..."): an act of its own, told beside the other."""
    token = inner.trigger
    named = any(known(m) and m.kind in NAMED_KINDS for _, m in inner.sources)
    while token.i != above.i and token.head.i != token.i:
        if token.dep_ == "relcl" and named and relative_doer(token) is not None or token.head.i == above.i \
                and prior_participle(token):
            return True
        token = token.head
    return False


def where_clause(inner: Found, trigger) -> bool:
    """The inner act lies in a relative clause of place on the way up to the trigger ("flew to Ankara,
    *where he held talks with Erdogan*", "a visit to Iraq, *where he met leaders*") and names a party
    inside it (not only the place: "Israel, where he met local reporters"): what happened there, told
    beside the trigger's act, not its content (unlike a background "which backs Hezbollah")."""
    token = inner.trigger
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in token.children):
            clause = {t.i for t in token.subtree}
            return any(known(m) and t.i in clause for t, m in inner.targets)
        token = token.head
    return False
