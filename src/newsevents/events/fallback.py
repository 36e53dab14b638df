"""The learned fallback (issue #11): a small linear model that codes the two-actor sentences the
rules leave without an event.

A *gap* sentence (as ``newsevents gaps`` finds them, ``events/gaps.py``) names at least two distinct
resolved actors and yields no event. For each ordered pair of its actors (source candidate, target
candidate) the model reads general features of the sentence's parse — the frame that links the
two (lemma, particle, preposition, verb or noun), the lemmas on the dependency path between them,
negation and modal words, the actors' sectors and kinds, which one is the grammatical subject,
whether the sentence sits in a quotation — and gives a probability to each CAMEO root and to
"none" (a multinomial logistic regression: one dot product per class). A pair whose probability
of an event (1 - P(none)) reaches the threshold becomes an event of its best root, code ``<root>0``
("not specified below"), marked as the model's: its ``trigger`` is ``model:<frame lemma>``, so users
can filter these rows out. Not where the frame is negated, nor between two actors of one country.

The weights are plain text (``data/events/fallback_weights.tsv``), written by
``scripts/train_fallback.py`` from the tune halves of the gold sets only; the threshold in that file
was chosen there by cross-validation grouped by article. ``Options(fallback=False)`` or
``--no-fallback`` turns it off.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from newsevents.events.gaps import common_head, frame_between, path_up, resolved, sentence_actors
from newsevents.model import Document, Event, Mention
from newsevents.resources import DataError, data_path, read_tsv

NONE = "none"
CONTENT_POS = {"VERB", "NOUN", "ADJ", "AUX"}
MODAL_WORDS = {"will", "would", "may", "might", "could", "can", "should", "must", "shall", "'ll", "wo"}
NEGATIONS = {"not", "n't", "no", "never", "neither", "nor"}
SUBJECTS = ("nsubj", "nsubjpass")
NOUN_MODIFIERS = ("compound", "amod", "poss", "nmod", "appos")
MARK = "model:"
MISSING = object()  # a frame not yet looked for (None is "no frame")
CANDIDATES = ("all", "subject")


@dataclass(frozen=True)
class Model:
    """Weights per feature and class; ``threshold`` is the probability of an event (1 - P(none)) a pair needs."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    candidates: str = "all"  # which pairs the model reads: "all", or "subject" (see ``candidate``)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        rows = [row for name in features if (row := self.weights.get(name)) is not None]
        totals = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.classes)
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        whole = sum(exps)
        return {c: e / whole for c, e in zip(self.classes, exps, strict=True)}

    def best(self, features: list[str]) -> tuple[str, float]:
        """The most probable root (never "none") and the probability that the pair has an event at all
        (1 - P(none)): the threshold applies to the latter, the root is the model's best guess."""
        probs = self.probabilities(features)
        root = max((c for c in self.classes if c != NONE), key=lambda c: (probs[c], c))
        return root, 1.0 - probs[NONE]


def read_model(path) -> Model:
    """A weights file: a ``classes`` row naming the columns, a ``threshold`` row, then one row a feature."""
    classes: tuple[str, ...] = ()
    threshold = None
    candidates = "all"
    weights: dict[str, tuple[float, ...]] = {}
    with open(path, encoding="utf-8") as handle:
        width = max(len(line.split("\t")) for line in handle if not line.startswith("#") and line.strip())
    for number, cells in read_tsv(path, columns=width, optional=width - 2):
        name, values = cells[0], [c for c in cells[1:] if c]
        try:
            if name == "classes":
                classes = tuple(values)
            elif name == "threshold":
                threshold = float(values[0])
            elif name == "candidates":
                if values[0] not in CANDIDATES:
                    raise ValueError(f"candidates must be one of {', '.join(CANDIDATES)}")
                candidates = values[0]
            else:
                if not classes or len(values) != len(classes):
                    raise ValueError(f"expected {len(classes)} weights after a 'classes' row")
                weights[name] = tuple(float(v) for v in values)
        except ValueError as error:
            raise DataError(f"{path}:{number}: {error}") from None
    if NONE not in classes or threshold is None:
        raise DataError(f"{path}: needs a 'classes' row with '{NONE}' and a 'threshold' row")
    return Model(classes, weights, threshold, candidates)


@lru_cache(maxsize=1)
def load_model() -> Model:
    return read_model(data_path("events", "fallback_weights.tsv"))


def path_between(one, other) -> list:
    """The tokens on the dependency path from ``one`` to ``other``, both excluded."""
    common = common_head(one, other)
    if common is None:
        return []
    up, down = [*path_up(one, common), common], path_up(other, common)
    return [t for t in up + down[::-1] if t.i not in (one.i, other.i)]


def clause_role(token) -> str:
    """The dependency of a mention's noun phrase: its own, or its head's for a modifier ("Russian" in
    "the Russian proposal" is the proposal's)."""
    while token.dep_ in NOUN_MODIFIERS and token.head.i != token.i:
        token = token.head
    return token.dep_


def sentence_cues(sent, rules) -> dict[int, set[str]]:
    """The CAMEO roots our patterns give each word of a sentence that can head one (token index -> roots;
    every pattern of the word's lemma, whatever its frame: the rules' own reading of the word)."""
    from newsevents.events.words import lemma_candidates, pattern_tokens

    cues = {}
    for token in pattern_tokens(sent, rules):
        pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") else ""
        lemma = next((lemma for lemma in lemma_candidates(token, rules.irregular) if (pos, lemma) in rules.patterns),
                     None)
        if lemma is not None:
            cues[token.i] = {p.code[:2] for p in rules.patterns[(pos, lemma)]}
    return cues


def pair_features(s_head, s_mention: Mention, t_head, t_mention: Mention, *, quoted: bool = False,
                  heading: bool = False, cues: dict[int, set[str]] | None = None, frame=MISSING) -> list[str]:
    """The features of one ordered pair of actors in a sentence (names, not values: all binary);
    ``cues`` are the sentence's pattern words and their roots (``sentence_cues``); ``frame``, the pair's
    ``frame_between`` when the caller has it already."""
    features = ["bias"]
    frame = frame_between(s_head, t_head) if frame is MISSING else frame
    if frame is not None:
        features += [f"frame={frame.pos}:{frame.lemma}", f"lemma={frame.lemma}", f"fpos={frame.pos}"]
        if frame.particle:
            features.append(f"particle={frame.particle}")
        if frame.prep:
            features += [f"prep={frame.prep}", f"frameprep={frame.lemma}:{frame.prep}"]
    path = path_between(s_head, t_head)
    for token in path:
        if token.pos_ in CONTENT_POS and token.lemma_.isalpha():
            features.append(f"path={token.lemma_.lower()}")
        elif token.pos_ == "ADP":
            features.append(f"pathprep={token.lower_}")
    for token in path:
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in NEGATIONS and child.dep_ in ("det", "advmod"):
                features.append("negated")
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_WORDS:
                features.append(f"modal={child.lower_}")
    s_role, t_role = clause_role(s_head), clause_role(t_head)
    features += [f"srole={s_role}", f"trole={t_role}"]
    subject = "source" if s_role in SUBJECTS else "target" if t_role in SUBJECTS else "neither"
    features.append(f"subject={subject}")
    on_path = {t.i for t in path}
    for index, roots in (cues or {}).items():
        for root in roots:
            features.append(f"cue={root}")
            if index in on_path:
                features += [f"pathcue={root}", f"pathcue_subject={root}:{subject}"]
    if frame is not None:
        features.append(f"lemma_subject={frame.lemma}:{subject}")
    features.append("source_first" if s_head.i < t_head.i else "target_first")
    for side, mention in (("s", s_mention), ("t", t_mention)):
        code = mention.code or ""
        features += [f"{side}sector={code[3:6] or 'state'}", f"{side}kind={mention.kind}"]
    if quoted:
        features.append("quoted")
    if heading:
        features.append("heading")
    return sorted(set(features))


def gap_pairs(doc: Document):
    """(sentence, paragraph, ordered pairs ((s_head, s_mention), (t_head, t_mention))) for each sentence
    that names two distinct resolved actors and yields no event; a pair's actors are of two countries
    (same-country pairs, mostly one party named twice, "the US" and "Washington", made the model's
    surest events less precise in cross-validation: docs/events.md)."""
    if doc.article is None or not doc.parsed:
        return
    mentions = sorted((m for m in doc.mentions if resolved(m)), key=lambda m: m.start)
    with_events = {event.start for event in doc.events}
    starts = [m.start for m in mentions]
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        end = paragraph.start + len(paragraph.text)
        if not spacy_doc.has_annotation("DEP") or len({country(m) for m in mentions[
                bisect_left(starts, paragraph.start):bisect_left(starts, end)]}) < 2:
            continue  # not parsed, or no two countries named in the paragraph
        for sent in spacy_doc.sents:
            if paragraph.start + sent.start_char in with_events:
                continue
            here = mentions[bisect_left(starts, paragraph.start + sent.start_char):
                            bisect_left(starts, paragraph.start + sent.end_char)]
            if len({country(m) for m in here}) < 2:
                continue
            actors = sentence_actors(spacy_doc, sent, here, paragraph.start)
            if len(actors) < 2:
                continue
            pairs = [(a, b) for a in actors for b in actors if country(a[1]) != country(b[1]) and a[0].i != b[0].i]
            if pairs:
                yield sent, paragraph, pairs


def candidate(s_head, mode: str) -> bool:
    """Whether a pair is one the model reads: every pair ("all"), or ("subject") only a pair whose
    source is the grammatical subject of its clause, active or passive (``clause_role``: Iran in "Iran
    accused Iraq" and "Iran's minister accused Iraq"; the model reads the passive's direction). A
    source that is an object, a modifier or an aside ("the role the U.S. has played") seldom acts on
    the other party; out of fold the subject pairs' events were right more often, not yet on unseen
    text (docs/events-sessions-18.md, thirty-first session)."""
    return mode == "all" or clause_role(s_head) in SUBJECTS


def country(mention: Mention) -> str:
    return (mention.code or "---")[:3]


def in_quote(doc: Document, offset: int) -> bool:
    return any(q.start <= offset < q.end for q in doc.quotes)


def proposals(doc: Document, model: Model, floor: float = 0.0) -> list[tuple[float, Event]]:
    """Every event the model would add to ``doc`` at threshold ``floor``, with its probability, in text
    order (pairs whose frame is negated, or whose actor is of no known country, left out)."""
    from newsevents.events.modality import modality_of
    from newsevents.events.patterns import load_rules
    from newsevents.events.placing import event_actor
    from newsevents.events.timing import event_date

    found = []
    for sent, paragraph, pairs in gap_pairs(doc):
        start, end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
        quoted, heading = in_quote(doc, start + len(sent.text) // 2), paragraph.part == "headline"
        cues = sentence_cues(sent, load_rules())
        for (s_head, s_mention), (t_head, t_mention) in pairs:
            if not candidate(s_head, model.candidates):
                continue
            frame = frame_between(s_head, t_head)
            features = pair_features(s_head, s_mention, t_head, t_mention, quoted=quoted, heading=heading,
                                     cues=cues, frame=frame)
            if "negated" in features:
                continue
            root, probability = model.best(features)
            if probability < floor:
                continue
            code = f"{root}0"
            anchor = frame_token(s_head, t_head, frame)
            modality = modality_of(anchor, code, load_rules()) if anchor is not None else "asserted"
            source = event_actor(s_mention, code, source=True, token=s_head)
            target = event_actor(t_mention, code, source=False, token=t_head)
            if modality == "negated" or source.startswith("---") or target.startswith("---") \
                    or vetoed(s_head, s_mention, t_head, t_mention, source, target, code):
                continue
            day, precision = event_date(sent, doc.date)
            quote = next((q.id for q in doc.quotes if q.start <= paragraph.start + s_head.idx < q.end), None)
            found.append((probability, Event(
                id="", code=code, source=source, target=target, source_text=s_mention.text,
                target_text=t_mention.text, sentence=doc.article.text[start:end], start=start, end=end,
                modality=modality, quote_id=quote, date=day, date_precision=precision,
                trigger=MARK + (frame.lemma if frame is not None else "?"))))
    return found


def vetoed(s_head, s_mention: Mention, t_head, t_mention: Mention, source: str, target: str, code: str) -> bool:
    """What the rules refuse to code, refused here too: a news outlet told or interviewed ("promised the
    BBC that ..."), a sum of money named by its currency's demonym, a dyad and act that are not politics
    (``nonpolitical.tsv``), and a name that is no party (``no_party_name``)."""
    from newsevents.events.audience import told_outlet
    from newsevents.events.nonpolitical import nonpolitical
    from newsevents.events.targets import a_sum

    return told_outlet(t_head, t_mention) or told_outlet(s_head, s_mention) or a_sum(t_head) \
        or nonpolitical(source, target, code) or no_party_name(s_head) or no_party_name(t_head)


def no_party_name(token) -> bool:
    """A name the rules make no party (``no_party.py``): quoted before a noun ("rejected the 'Iraqi'
    demands"), after "pro-" or "anti-", or in an aside or a cause ("despite Greek opposition", "according
    to US officials", "thanks to Japanese aid")."""
    from newsevents.events import no_party, stance_prefixed

    if no_party.quoted_label(token) or stance_prefixed(token):
        return True
    return any(a.dep_ == "prep" and a.lower_ in no_party.NO_PARTY_PREPS for a in token.ancestors)


def chosen(doc: Document, found: list[tuple[float, Event]], threshold: float) -> list[Event]:
    """The proposals at or above ``threshold``, once per dyad and root (not one the rules coded)."""
    have = {(e.source[:3], (e.target or "---")[:3], e.code[:2]) for e in doc.events}
    kept = []
    for probability, event in found:
        key = (event.source[:3], event.target[:3], event.code[:2])
        if probability >= threshold and key not in have:
            have.add(key)
            kept.append(event)
    return kept


def add_fallback(doc: Document, model: Model | None = None) -> Document:
    """The events stage's fallback: events for gap sentences' actor pairs the model is sure enough of."""
    model = model or load_model()
    added = chosen(doc, proposals(doc, model, model.threshold), model.threshold)
    if not added:
        return doc
    events = [*doc.events, *added]
    return replace(doc, events=tuple(replace(e, id=f"e{i}") for i, e in enumerate(events, start=1)))


def frame_token(one, other, frame):
    """The token of ``frame``, the frame linking two actors (for modality), or None."""
    if frame is None:
        return None
    return next((t for t in [*path_between(one, other), *one.ancestors]
                 if t.lemma_.lower() == frame.lemma), None)


def is_fallback(event: Event | dict) -> bool:
    """Whether an event (or its record) was added by the fallback."""
    trigger = event.get("trigger") if isinstance(event, dict) else event.trigger
    return bool(trigger) and trigger.startswith(MARK)
