"""One actor phrase (or short sentence) to its code: what ``newsevents actor`` prints.

The phrase is parsed and run through the actors stage like a one-paragraph article;
the primary actor is the mention that covers the phrase's head (the root, else its
subject), and a coordination ("France and Germany") also lists its other codes.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.actors.lexicon import Lexicon, load_lexicon
from newsevents.dates import normalise_date
from newsevents.model import Article, Document, Mention, Paragraph

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def phrase_document(text: str, date: str | None) -> Document:
    """A parsed one-paragraph document holding ``text``."""
    from newsevents.parse import parse

    article = Article(headline=None, standfirst=None, body=text, text=text,
                      paragraphs=(Paragraph(0, text, "body"),))
    return parse(Document(id="phrase", raw=text, format="record", date=date, article=article))


def resolve_phrase(text: str, date: str | None = None, *, lexicon: Lexicon | None = None,
                   actor_files: Sequence[str] = (), defaults: bool = True) -> dict:
    """``{"text", "code", "codes", "country", "sector", "name", "kind", "plover_sector"}`` for one phrase.

    ``code`` is None when no actor is found; ``codes`` lists every coordinated actor.
    """
    from newsevents.actors.stage import resolve_actors

    text = " ".join(text.split())
    day = normalise_date(date)
    lexicon = lexicon or load_lexicon(tuple(actor_files), defaults=defaults)
    doc = resolve_actors(phrase_document(text, day), lexicon=lexicon)
    mentions = [m for m in doc.mentions if m.code]
    primary, others = choose(mentions, doc.parsed[0] if doc.parsed else None)
    result = {"text": text, "date": day, "code": None, "codes": [], "country": None, "sector": None,
              "name": None, "kind": None, "plover_sector": None}
    if primary is None:
        return result
    codes = [primary.code] + [m.code for m in others if m.code != primary.code]
    result.update(code=primary.code, codes=list(dict.fromkeys(codes)), country=primary.country,
                  sector=primary.sector, name=primary.name, kind=primary.kind,
                  plover_sector=primary.plover_sector)
    return result


def choose(mentions: list[Mention], spacy_doc) -> tuple[Mention | None, list[Mention]]:
    """The mention covering the head, and the mentions coordinated with it."""
    if not mentions:
        return None, []
    if spacy_doc is None or not len(spacy_doc):
        return mentions[0], []
    root = next((t for t in spacy_doc if t.dep_ == "ROOT"), spacy_doc[0])
    heads = [root] + [c for c in root.children if c.dep_ in SUBJECTS]
    primary = next((m for token in heads if (m := covering(mentions, token)) is not None), None)
    if primary is None:
        return next((m for m in mentions if m.kind != "pronoun"), mentions[0]), []
    inside = [t for t in spacy_doc if primary.start <= t.idx < primary.end]
    others = [m for t in inside for c in t.conjuncts if (m := covering(mentions, c)) is not None]
    return primary, [m for m in others if m is not primary]


def covering(mentions: list[Mention], token) -> Mention | None:
    for mention in mentions:
        if mention.start <= token.idx < mention.end:
            return mention
    return None
