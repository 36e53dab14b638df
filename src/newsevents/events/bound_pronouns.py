"""A pronoun object is not its own verb's doer (thirtieth session, E): in "the Kenyan president met his Ugandan
counterpart and thanked *him*", "him" cannot be the Kenyan president — the one who thanks would be "himself" —
though coreference, with no names to go by, may link it there. Such a target (an object "him" or "her" that
stands for the act's own source) is no party: it is taken off, so that the act is left to the rules for an act
with no party of its own (a conjoined verb's takes the first verb's party: ``embedding.settle_embedded``).
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.events.found import Found, known

OBJECT_PRONOUNS = frozenset({"him", "her"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def bound(token, mention, sources) -> bool:
    """``token`` is an object "him"/"her" whose mention is the act's source's own (same code and name)."""
    return token is not None and token.lower_ in OBJECT_PRONOUNS and token.dep_ in OBJECT_DEPS \
        and known(mention) and mention.kind == "pronoun" \
        and any(known(m) and (m.code, m.name) == (mention.code, mention.name) and m.kind != "pronoun"
                for _, m in sources)  # the same one: code and name ("Clarke accused him": Blair, not Clarke)


def unbound(event: Found) -> Found:
    """``event`` without the targets a pronoun bound to its own source names."""
    targets = tuple((t, m) for t, m in event.targets if not bound(t, m, event.sources))
    return event if len(targets) == len(event.targets) else replace(event, targets=targets)
