"""A refusal declared as one's own future not done: "Greece would not accept Turkish demands", "Turkey will not
bow to pressure", "we will never negotiate with X" (thirty-first session, S). A cooperative or yielding act (roots
04-08) under "will not", "would not" or "never" with will/would is its subject's refusal of it — a rejection coded
from refusal.tsv as "refused to" is (125 for talks, 124 for yielding, 121 for cooperation) — not an act undone.
Not a past act not done ("did not accept": what happened, not a stand taken), not an inability or a possibility
("could not", "might not"), not a conditional ("if Britain would not negotiate, ..."), not a refusal aimed only at
one's own country ("we will not hand over our citizens to a foreign court": no other party refused)."""

from __future__ import annotations

REFUSABLE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
FUTURE = frozenset({"will", "would", "'ll", "wo", "shall"})  # "wo" of "won't"
CONDITIONS = frozenset({"if", "unless", "whether", "once", "until"})


def declared_refusal(token, code: str) -> bool:
    """The trigger is a cooperative or yielding act its own negated will/would denies ("would not accept")."""
    if code[:2] not in REFUSABLE_ROOTS or token.pos_ not in ("VERB", "AUX"):
        return False
    children = list(token.children)
    if not any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "aux" and c.lower_ in FUTURE
                                                             for c in children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in children) \
            or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
                   for c in children):
        return False  # "if it would not accept ...", "would not negotiate unless ...": a condition, not a stand
    return not token.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def aimed_abroad(sources, targets) -> bool:
    """The refused party is another: a target whose actor code is none of the refusers' ("a Republican senator
    will not support the party's nominee" refuses another party of his country), or none named yet ("the Turkish
    demands", whose owner the story resolves later). Not "our citizens", nor a target of no country ("to a foreign
    court"), which placing puts at home (docs/events.md, Placing): no other party is refused."""
    if not targets:
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for t, _ in targets for c in t.children):
        return False  # "will not hand over our citizens"
    own = {m.code for _, m in sources if m is not None and m.code}
    return any(m is not None and m.code and not m.code.startswith("---") and m.code not in own for _, m in targets)
