"""The pipeline: read -> clean -> parse -> actors -> quotes -> events, as a stream.

A stage that raises on one document leaves a warning on that document's record
(naming the stage and the reason) and the run goes on with the next one.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from newsevents import messages
from newsevents.actors import load_lexicon, resolve_actors
from newsevents.clean import RepeatedLines, clean
from newsevents.dates import normalise_date
from newsevents.entities import add_entities
from newsevents.events import code_events
from newsevents.events.fallback import add_fallback
from newsevents.language import check_language
from newsevents.model import Document
from newsevents.nergate import NerGate
from newsevents.parse import Entities, parse_many
from newsevents.places import locate_events
from newsevents.prefilter import Prefilter, prefilter_for
from newsevents.quotes import find_quotes
from newsevents.record import to_record

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """Settings of a coding run (see ``docs/settings.md``)."""

    actor_files: tuple[str, ...] = ()
    default_actors: bool = True
    batch_size: int = 64
    fast_path: bool = True  # the parse pre-scan (prefilter): same output on every gold set, faster (BENCHMARKS.md)
    ner: bool = True  # False: entities from newsevents.entities, no model NER (#13; not yet as accurate)
    # nergate.MODES: the model's NER only where needed (names the dictionaries lack, a window round each,
    # each name read once a document; gold figures held, BENCHMARKS.md); None or "off": NER on every paragraph
    ner_gate: str | None = "document-window"
    dictionaries: str | None = None  # a PETRARCH configuration folder (docs/petrarch.md)
    dictionary_mode: str = "petrarch"  # petrarch: its verbs alone; merge: ours, then its verbs where ours say nothing
    repeated_lines: RepeatedLines | None = None  # a corpus run's repeated lines per site (clean stage)
    lang: str = "en"  # en: an article surely in another language is skipped; any: coded with a warning
    fallback: bool = False  # the learned fallback for two-actor sentences the rules leave empty (events/fallback.py;
    # its events carry the trigger "model:<lemma>"): opt-in, too few of them are right on unseen text (docs/events.md)


def guarded(stage: str, function: Callable[[Document], Document], doc: Document) -> Document:
    """Run one stage; an exception becomes a warning on the document."""
    try:
        return function(doc)
    except Exception as error:  # noqa: BLE001 - one bad document must not end the run
        log.warning("%s: %s failed: %s", doc.id, stage, error, exc_info=log.isEnabledFor(logging.DEBUG))
        return doc.warn(messages.STAGE_FAILED.format(stage=stage, reason=f"{type(error).__name__}: {error}"))


def as_document(item: Document | str | dict, number: int, date: str | None) -> Document:
    """Accept a Document, a text, or a record dict (``id``, ``title``, ``text``, ``date``…)."""
    if isinstance(item, Document):
        return item if item.date or not date else replace(item, date=date)
    if isinstance(item, str):
        return Document(id=f"doc{number}", raw=item, format="text", date=date)
    from newsevents.read import record_document

    return record_document(item, fallback_id=f"doc{number}", origin=f"record {number}", default_date=date)


def process(docs: Iterable[Document], options: Options) -> Iterator[Document]:
    """All stages over a stream of documents (batched through the parser)."""
    events_stage = code_events
    if options.dictionaries:  # a PETRARCH configuration (docs/petrarch.md)
        from newsevents.events.petrarch import code_with_dictionaries, dictionary_lexicon, load_dictionaries

        dictionaries = load_dictionaries(options.dictionaries, options.dictionary_mode)
        lexicon = dictionary_lexicon(dictionaries, options.actor_files, options.default_actors)
        events_stage = lambda d: code_with_dictionaries(d, dictionaries)  # noqa: E731
    else:
        lexicon = load_lexicon(options.actor_files, defaults=options.default_actors)
    cleaned = (guarded("language", lambda d: check_language(d, options.lang),
                       guarded("clean", lambda d: clean(d, repeated=options.repeated_lines), doc)) for doc in docs)
    # the pre-scan knows our cues, not a PETRARCH configuration's verbs: that mode parses everything
    prefilter = prefilter_for(lexicon) if options.fast_path and not options.dictionaries else None
    gated = options.ner and options.ner_gate not in (None, "off")
    gate = NerGate(lexicon, mode=options.ner_gate) if gated else None
    heap = StartUp()
    try:
        for number, doc in enumerate(parse_batches(cleaned, options.batch_size, prefilter,
                                                   None if options.ner else add_entities, gate), start=1):
            doc = guarded("actors", lambda d: resolve_actors(d, lexicon=lexicon), doc)
            doc = guarded("quotes", find_quotes, doc)
            doc = guarded("events", events_stage, doc)
            if options.fallback and not options.dictionaries:  # events marked trigger "model:<lemma>"
                doc = guarded("fallback", add_fallback, doc)
            yield guarded("places", locate_events, doc)
            if number == options.batch_size:
                heap.done()
    finally:  # also when the caller stops early or a stage raises
        heap.done()


class StartUp:
    """The collector of reference cycles and a process's start-up (issue #13's speed). The first batch
    loads what a process keeps to its end (the model, the actor dictionaries, the gazetteer, the rules:
    about 800,000 objects), and the collector walked it all again each time it looked for cycles, more
    often while it grew (about 2 % of the CPU of 2,000 documents). So the collector is paused over the
    first batch of a process; then it collects once and sets what is left aside (``gc.freeze``):
    later collections walk only what was made since. At exit it is given back to the collector
    (``gc.unfreeze``), so that the interpreter's last collection frees extensions' objects (duckdb's
    nanobind types otherwise report themselves leaked)."""

    started = False  # once a process

    def __init__(self):
        self.paused = not StartUp.started and gc.isenabled()
        StartUp.started = True
        if self.paused:
            gc.disable()

    def done(self) -> None:
        if self.paused:
            self.paused = False
            gc.enable()
            gc.collect()
            gc.freeze()
            atexit.register(gc.unfreeze)


def parse_batches(docs: Iterable[Document], batch_size: int, prefilter: Prefilter | None = None,
                  entities: Entities | None = None, gate: NerGate | None = None) -> Iterator[Document]:
    """Parse in batches; if a batch fails, parse its documents one by one."""
    iterator = iter(docs)
    kwargs = {"prefilter": prefilter, "entities": entities, "gate": gate}
    while batch := list(itertools.islice(iterator, batch_size)):
        try:
            yield from list(parse_many(batch, batch_size=batch_size, **kwargs))
        except Exception:  # noqa: BLE001 - isolate the failing document
            for doc in batch:
                yield guarded("parse", lambda d: next(parse_many([d], **kwargs)), doc)


def code_documents(items: Iterable[Document | str | dict], *, date: str | None = None,
                   options: Options | None = None) -> Iterator[Document]:
    """Code many documents, yielding the coded `Document`s."""
    date = normalise_date(date)
    docs = (as_document(item, number, date) for number, item in enumerate(items, start=1))
    yield from process(docs, options or Options())


def code_many(items: Iterable[Document | str | dict], *, date: str | None = None,
              actor_files: Sequence[str] = (), default_actors: bool = True) -> Iterator[dict]:
    """Code many documents (texts, record dicts or Documents), yielding records."""
    options = Options(actor_files=tuple(actor_files), default_actors=default_actors)
    for doc in code_documents(items, date=date, options=options):
        yield to_record(doc)


def code(text: str, *, date: str | None = None, id: str = "doc1", title: str | None = None,
         actor_files: Sequence[str] = (), default_actors: bool = True) -> dict:
    """Code one text (a scraped page: headline on the first line) into its record."""
    fmt = "record" if title is not None else "text"
    doc = Document(id=id, raw=text, format=fmt, title=title, date=normalise_date(date))
    return next(code_many([doc], actor_files=actor_files, default_actors=default_actors))
