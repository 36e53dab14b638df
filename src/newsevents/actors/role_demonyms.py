"""Adjectives that name a state only right before a role word.

"Soviet troops" and "Soviet officials" are the Soviet state (RUS, as "the Soviet Union" is coded), but the
adjective is no country word elsewhere: "the former Soviet republic of Georgia" stays Georgia. The words are
listed in ``data/actors/role_demonyms.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.actors.entries import Entry
from newsevents.actors.lexicon import check_code, is_header
from newsevents.resources import data_path, read_tsv

MODIFIED = ("MOD",)  # "Soviet deputy foreign minister": a title modifier may come between


@lru_cache(maxsize=1)
def role_demonyms() -> dict[str, str]:
    """Adjective (as written) -> the state's code, from ``role_demonyms.tsv``, validated."""
    path = data_path("actors", "role_demonyms.tsv")
    table = {}
    for number, (adjective, code) in read_tsv(path, columns=2):
        if is_header([adjective, code], ("adjective", "code")):
            continue
        check_code(code, f"{path}:{number}")
        table[adjective] = code
    return table


def role_demonym_tokens(tokens, classes) -> list[tuple[int, Entry]]:
    """(token index, adjective entry) for each listed adjective no dictionary matched that stands right
    before a role word, or before title modifiers and then a role word."""
    table = role_demonyms()
    found = []
    for i, token in enumerate(tokens):
        if classes[i][0] != "" or token.text not in table:
            continue
        j = i + 1
        while j < len(tokens) and classes[j][0] in MODIFIED and tokens[j].text not in ("'s", "’s", "-"):
            j += 1
        if j < len(tokens) and classes[j][0] == "ROLE":
            found.append((i, Entry("adjective", token.text, table[token.text])))
    return found
