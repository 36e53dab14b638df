"""Words that join an actor mention though no dictionary names them: a body's bracketed acronym
before a title, the capitalised name before a party word, an adjective bridging a place and its role
word. (Moved out of resolve.py, which they serve.)"""

from __future__ import annotations


def bracketed_acronyms(tokens, classes) -> list[int]:
    """"Ministry of International Trade and Industry (MITI) Vice Minister Makoto Kuroda": a body's
    acronym in brackets between the body and the title does not part them."""
    found = []
    for i in range(1, len(tokens) - 3):
        if tokens[i].text == "(" and tokens[i + 2].text == ")" and tokens[i + 1].is_upper \
                and classes[i - 1][0] == "GEO" and classes[i + 3][0] in ("ROLE", "PERSON", "MOD"):
            found.extend((i, i + 1, i + 2))
    return found


def party_name_tokens(spacy_doc, classes) -> list[int]:
    """"the Civil Contract party", "Romania's Social Democratic Party": capitalised words no
    dictionary knows, right before a party word, are the party's name and part of the mention
    (so the country written before them is the party's)."""
    found = []
    for i, (cls, payload) in enumerate(classes):
        if cls != "ROLE" or payload[2].plover != "PTY" or payload[0] != i:
            continue
        j = i - 1
        while j >= 0 and i - j <= 5 and classes[j][0] == "" and (spacy_doc[j].is_title or spacy_doc[j].is_upper) \
                and spacy_doc[j].is_alpha:
            found.append(j)
            j -= 1
    return found


def body_titles(tokens, classes) -> list[int]:
    """"FEMA Director Michael Brown", "NASA Administrator Sean O'Keefe": one or two capitalised title words no
    dictionary knows, between a body (a seat or an organisation) and a person's name, join them, so the body's
    country tells a namesake apart (the lexicon's Michael Brown is a British whip)."""
    found = []
    for i in range(1, len(tokens) - 1):
        cls, payload = classes[i - 1]
        if cls != "GEO" or payload[2].kind not in ("seat", "organisation") or payload[1] != i:
            continue
        end = title_words_to_person(tokens, classes, i, 2)
        if end is not None:
            found.extend(range(i, end))
    return found


def body_name_words(tokens, classes) -> list[int]:
    """"Federal Reserve Board chairman Paul Volcker", "the Mint Bureau director Ann Lee": one or two capitalised
    words no dictionary knows right after a body (a seat or an organisation) go on with its name when a title (a
    role word, or up to two lower-case nouns) and a person's name follow: the person is that body's officer, of its
    country (session 32)."""
    found = []
    for i in range(1, len(tokens) - 2):
        cls, payload = classes[i - 1]
        if cls != "GEO" or payload[2].kind not in ("seat", "organisation") or payload[1] != i:
            continue
        j = i
        while j < len(tokens) and j - i < 2 and classes[j][0] == "" and tokens[j].is_alpha and tokens[j].is_title \
                and tokens[j].ent_type_ != "PERSON":
            j += 1
        if j == i or j >= len(tokens):
            continue
        k = classes[j][1][1] if classes[j][0] == "ROLE" else j  # a role word, or a title no dictionary
        while k < len(tokens) and k - j < 2 and classes[k][0] == "" and tokens[k].is_lower \
                and tokens[k].pos_ == "NOUN":  # knows ("chairman")
            k += 1
        if j < k < len(tokens) and classes[k][0] == "PERSON":
            found.extend(t for t in range(i, k) if classes[t][0] == "")
    return found


def title_words_to_person(tokens, classes, start: int, most: int) -> int | None:
    """Where a run of up to ``most`` capitalised words no dictionary knows (no person's), from ``start``, meets a
    person's name: that name's first token; None when the run is empty or no person follows it."""
    j = start
    while j < len(tokens) and j - start < most and classes[j][0] == "" and tokens[j].is_alpha \
            and tokens[j].is_title and tokens[j].ent_type_ != "PERSON":
        j += 1
    return j if start < j < len(tokens) and classes[j][0] == "PERSON" else None


def office_of_titles(tokens, classes) -> list[int]:
    """"Deputy Under Secretary of Commerce Bruce Smart", "Minister of the Interior Ann Lee": a capitalised
    title, "of" (and "the") and one to three capitalised words no dictionary knows, right before a person's
    name, are one mention: the person holds the title (so "Smart" later is a titled official, placed at
    home as titled people are). Not a lower-case "the head of Finance", nor a place after "of"."""
    found = []
    for i in range(1, len(tokens) - 2):
        cls, payload = classes[i - 1]
        if cls != "ROLE" or not tokens[i - 1].is_title or tokens[i].lower_ != "of" or classes[i][0]:
            continue
        j = i + 1
        if tokens[j].lower_ == "the" and not classes[j][0]:
            j += 1
        end = title_words_to_person(tokens, classes, j, 3)
        if end is not None:
            found.extend(range(i, end))
    return found


BRIDGED = ("GEO", "FILL", "MOD")  # what a bridging adjective follows (is_bridge)


def is_bridge(token, classes) -> bool:
    """"Iraqi Kurdish regional government": an adjective between a place and the role
    word it describes belongs to the mention."""
    i = token.i
    if not describes(token) or i == 0 or classes[i - 1][0] not in BRIDGED:
        return False
    nxt = i + 1
    while nxt < len(classes) and (classes[nxt][0] == "" and describes(token.doc[nxt]) or classes[nxt] == ("MOD", "-")) \
            and nxt - i < 3:
        nxt += 1  # "Libya's UN-backed government"
    anchor = token.head if token.pos_ == "ADV" else token  # "internationally recognised": the adjective's head
    head = anchor.head
    while i < head.i < nxt and head.head.i != head.i:
        head = head.head  # "Myanmar's National Unity Government": through "Unity" to the role word
    return nxt < len(classes) and classes[nxt][0] == "ROLE" and head.i >= nxt


def describes(token) -> bool:
    """An adjective, a name, a noun compounded onto the next word ("Cankaya district administration"), or
    an adverb qualifying an adjective ("Yemen's internationally recognised government")."""
    return token.pos_ == "ADJ" or (token.pos_ in ("PROPN", "NOUN", "VERB") and token.dep_ in ("amod", "compound")) \
        or (token.pos_ == "ADV" and token.head.pos_ in ("ADJ", "VERB") and token.head.i == token.i + 1)
