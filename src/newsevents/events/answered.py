"""Spoken acts that another party answers: "Seoul dismissed criticism from Tokyo", "hit back at
complaints from Washington that ...": the criticism is the other party's act, aimed at the one
who answers it (and not the content of the answer, nor something refused)."""

from __future__ import annotations

from newsevents.events.syntax import subject_of

SPOKEN_ACTS = frozenset({"criticism", "complaint", "accusation", "allegation", "charge", "condemnation", "rebuke",
                         "threat", "warning", "ultimatum"})  # threats are spoken too: "responded to warnings from X"
# (not appeals or demands: "rejected calls by X" is the refusal alone, as PLOVER codes it)
THREATS = frozenset({"threat", "warning", "ultimatum"})
THREAT_ANSWERS = frozenset({"respond", "react", "answer", "heed", "counter"})
# a threat only when answered, not refused: "defied an ultimatum from X", "rejected warnings from X" are the refusal
# alone, as PLOVER codes them; "responded to a warning by X" is X's warning too (twenty-ninth session)

ANSWERING = frozenset({"reject", "dismiss", "deny", "rebuff", "rebut", "refute", "counter", "answer", "brush",
                       "shrug", "respond", "react", "hit", "jab", "fire", "lash", "bristle", "ignore", "defy", "heed"})


def answered(noun) -> bool:
    """A spoken act its verb's subject answers ("rejected complaints from X", "hit back at
    criticism from X", "responded to warnings from X"): aimed at that subject."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to", "against") else noun.head
    lemma, answer = noun.lemma_.lower(), verb.lemma_.lower()
    return lemma in SPOKEN_ACTS and noun.dep_ in ("dobj", "pobj") and answer in ANSWERING and verb.pos_ == "VERB" \
        and (lemma not in THREATS or answer in THREAT_ANSWERS)


def answerer(noun):
    """The subject of the verb that answers a spoken act (see ``answered``)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return subject_of(verb)
