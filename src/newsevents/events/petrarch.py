"""Coding with a PETRARCH configuration: a folder of verb, actors, agents, discards and
issues files, told apart by name, applied over our parse (``code --dictionaries DIR``).

``petrarch`` mode codes with the dictionary's verbs alone and writes its codes as they
are; ``merge`` mode keeps our coder and adds the dictionary's events only for verbs our
patterns say nothing about. Discards drop a sentence (a ``+`` phrase: the whole story).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from newsevents import messages
from newsevents.actors import Lexicon, load_lexicon
from newsevents.actors.lexicon import load_actor_path, load_ours
from newsevents.actors.petrarch import parse_discards
from newsevents.events import MentionIndex, actor_finder, code_events, quote_at
from newsevents.events.demands import find_obligations
from newsevents.events.found import Found
from newsevents.events.modality import intent_code, modality_of, refusal_code, refused_by, ultimatum
from newsevents.events.patterns import load_rules
from newsevents.events.petrarch_issues import IssueDictionary, code_issues, read_issues
from newsevents.events.petrarch_match import find_petrarch
from newsevents.events.petrarch_verbs import VerbDictionary, read_verb_dictionary
from newsevents.events.placing import first_state_for, home_country, settle_source, settle_target
from newsevents.events.timing import event_date
from newsevents.model import Document, Event
from newsevents.resources import DataError

MODES = ("petrarch", "merge")


@dataclass(frozen=True)
class Dictionaries:
    """A PETRARCH configuration, read."""

    folder: Path
    mode: str
    verbs: VerbDictionary
    actor_files: tuple[str, ...]
    sentence_discards: tuple[str, ...]
    story_discards: tuple[str, ...]
    issues: IssueDictionary | None


def file_role(path: Path) -> str | None:
    """What a file of the folder is, by its name (``*verbs*`` or ``CAMEO*``, ``*actors*``, ...)."""
    name = path.name.lower()
    if "verbs" in name or name.startswith("cameo"):
        return "verbs"
    for role in ("actors", "agents", "discards", "issue"):
        if role in name:
            return role
    return None


@lru_cache(maxsize=4)
def load_dictionaries(folder: str | Path, mode: str = "petrarch") -> Dictionaries:
    """Read every dictionary file in ``folder``; a folder with no verb file is an error."""
    folder = Path(folder)
    if mode not in MODES:
        raise DataError(f"unknown dictionary mode {mode!r} (use {' or '.join(MODES)})")
    if not folder.is_dir():
        raise DataError(messages.DATA_ERROR.format(path=folder, line=0, reason="not a folder of dictionaries"))
    roles: dict[str, list[Path]] = {}
    for path in sorted(folder.iterdir()):
        role = file_role(path) if path.is_file() else None
        if role:
            roles.setdefault(role, []).append(path)
    if not roles.get("verbs"):
        raise DataError(messages.DATA_ERROR.format(path=folder, line=0,
                                                   reason="no verb dictionary (*verbs* or CAMEO*) in the folder"))
    verbs = VerbDictionary()
    for path in roles["verbs"]:
        read_verb_dictionary(path, verbs)
    discards: set[str] = set()
    for path in roles.get("discards", []):
        discards |= parse_discards(path.read_text(encoding="utf-8", errors="replace").splitlines())
    issues = None
    for path in roles.get("issue", []):
        issues = read_issues(path, issues)
    return Dictionaries(
        folder, mode, verbs, tuple(str(p) for p in roles.get("actors", []) + roles.get("agents", [])),
        tuple(sorted(d for d in discards if not d.startswith("+"))),
        tuple(sorted(d[1:].strip() for d in discards if d.startswith("+"))), issues)


@lru_cache(maxsize=4)
def with_ours_after(files: tuple[str, ...]) -> Lexicon:
    """Their actor files first (the first entry for a name wins), then our dictionaries
    for the names theirs do not know."""
    lexicon = Lexicon()
    for path in map(Path, files):
        load_actor_path(lexicon, path)
    load_ours(lexicon)
    return lexicon


def dictionary_lexicon(dictionaries: Dictionaries, actor_files: tuple[str, ...] = (), defaults: bool = True) -> Lexicon:
    """The actors for a run: in petrarch mode the configuration's (with any ``actor_files``),
    then ours for names theirs do not know unless ``defaults`` is off (--no-default-actors);
    in merge mode ours (with any ``actor_files``): the configuration's longer, older names
    would shadow ours ("The Security Council" as the whole UN; see docs/petrarch.md)."""
    if dictionaries.mode == "petrarch":
        files = tuple(actor_files) + dictionaries.actor_files
        return with_ours_after(files) if defaults else load_lexicon(files, defaults=False)
    return load_lexicon(tuple(actor_files), defaults=defaults)


def words_text(tokens) -> str:
    return " " + " ".join(t.lower_ for t in tokens) + " "


def discarded(text: str, phrases: tuple[str, ...]) -> bool:
    return any(f" {phrase} " in text for phrase in phrases)


def alternatives(source: str, target: str) -> list[tuple[str, str]]:
    """An actor coded ``FRO/BIL/SAM`` (a group of several) acts as each of them."""
    return [(s, t) for s in source.split("/") if s for t in target.split("/") if t]


def modal_code(trigger, code: str, cues) -> tuple[str, str]:
    """The dictionary's code read with the sentence's modality, as CAMEO codes it and as
    our coder does: an intended or conditional act is an expressed intent (03x) or a threat
    (13x), a refused one a rejection (12x), an act under "unless" a threat. PETRARCH gets
    there by verb combinations and ``~`` transformations, which we do not apply."""
    modality = modality_of(trigger, code, cues)
    if refused_by(trigger, cues) is not None:
        return (refusal_code(code, cues), "asserted") if not code.startswith("12") else (code, "negated")
    if modality == "conditional" and ultimatum(trigger) and not code.startswith("13"):
        return "130", modality
    return intent_code(code, modality, cues), modality


def recipient(trigger, target_token, source: str, actor_of):
    """An actor of another country named after the verb, outside the object's phrase: the
    one an act on the source's own means reaches ("offered its troops to Lebanon")."""
    inside = {t.i for t in target_token.subtree} if target_token is not None else set()
    for token in trigger.subtree:
        if token.i <= trigger.i or token.i in inside:
            continue
        mention = actor_of(token)
        if mention is not None and mention.code and not mention.code.startswith("---") \
                and mention.code[:3] != source[:3]:
            return mention
    return None


def with_obligations(found: list[Found], sent, cues, actor_of) -> list[Found]:
    """"X said Y must ...": a demand of X on Y (our obligation construction), in place of
    the statement and of the act it says Y owes, as CAMEO codes it (10x)."""
    owed = find_obligations(sent, cues, actor_of)
    if not owed:
        return found
    heads = {f.trigger.i for f in owed}
    kept = [f for f in found if f.trigger.i not in heads and not any(a.i in heads for a in f.trigger.ancestors)]
    return kept + [Found(f.code, f.pattern, f.trigger, (source,), (target,), f.modality)
                   for f in owed for source in f.sources for target in f.targets]


def code_with_dictionaries(doc: Document, dictionaries: Dictionaries) -> Document:
    """The events stage with a PETRARCH configuration (and its issue codes in ``extra``)."""
    if doc.article is None or not doc.parsed:
        return doc
    if dictionaries.issues is not None:
        doc = replace(doc, extra={**doc.extra, "issues": code_issues(doc.article.text, dictionaries.issues)})
    wanted = None
    ours: tuple[Event, ...] = ()
    if dictionaries.mode == "merge":
        ours = code_events(doc).events
        rules = load_rules()
        covered = {lemma for (_pos, lemma) in rules.patterns}
        wanted = lambda token: token.lemma_.lower() not in covered  # noqa: E731 - ours say nothing
    if any(discarded(words_text(d), dictionaries.story_discards) for d in doc.parsed):
        return replace(doc, events=ours)  # their discards hold back their events, not ours
    events = list(ours)
    seen = {(e.source, e.target, e.code, e.start) for e in ours}
    index = MentionIndex(doc.mentions)
    home = home_country(doc.mentions)
    cues = load_rules()  # our modality cues: "would not abide" is negated, whoever's code it is
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        actor_of = actor_finder(index, paragraph.start)
        for sent in spacy_doc.sents:
            if discarded(words_text(sent), dictionaries.sentence_discards) \
                    or any(e.start == paragraph.start + sent.start_char for e in ours):
                continue  # in merge mode a sentence our coder coded is left as it is
            found_here = find_petrarch(sent, dictionaries.verbs, actor_of, wanted=wanted,
                                       strict=dictionaries.mode == "merge")
            if dictionaries.mode == "petrarch":
                found_here = with_obligations(found_here, sent, cues, actor_of)
            for found in found_here:
                (s_token, s_mention), = found.sources
                t_token, t_mention = found.targets[0] if found.targets else (None, None)
                if t_mention is None or not t_mention.code:
                    continue  # PETRARCH's require_dyad: an event needs a source and a target
                start, end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
                code, modality = modal_code(found.trigger, found.code, cues)
                for source, target in alternatives(s_mention.code, t_mention.code):
                    if source.startswith("---"):
                        first = first_state_for(source, sent, paragraph.start, index.mentions, s_mention, t_mention,
                                                s_token, actor_of)
                        source = settle_source(source, s_mention, found.trigger, actor_of, first, home)
                    target_text = t_mention.text
                    if target.startswith("---"):
                        target = settle_target(target, source, found.trigger, actor_of, token=t_token, code=code)
                        other = recipient(found.trigger, t_token, source, actor_of) \
                            if target[:3] == source[:3] else None
                        if other is not None:  # its own troops are the means, not the target
                            target, target_text = other.code.split("/")[0], other.text
                    key = (source, target, code, start)
                    if source == target or key in seen:
                        continue
                    seen.add(key)
                    day, precision = event_date(sent, doc.date)
                    events.append(Event(
                        id="", code=code, source=source, target=target,
                        source_text=s_mention.text, target_text=target_text,
                        sentence=doc.article.text[start:end], start=start, end=end,
                        modality=modality,
                        quote_id=quote_at(doc, paragraph.start + found.trigger.idx),
                        date=day, date_precision=precision,
                        trigger=doc.article.text[paragraph.start + found.trigger.idx:][:len(found.trigger)]))
    events.sort(key=lambda e: e.start)
    return replace(doc, events=tuple(replace(e, id=f"e{i}") for i, e in enumerate(events, start=1)))
