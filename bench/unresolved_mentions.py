"""Mentions that look like actors and resolve to nothing or to no country: the actors' twin of
``newsevents gaps`` (issue #11).

Over corpus files (sampled: every Nth record, at most ``--limit`` a file), in sentences that also
hold an actor resolved to a country, it lists what the actors stage leaves without a country:

* ``entity``: a spaCy PERSON, ORG, NORP or GPE entity no mention covers ("Louise Christian");
* ``title+name``: a PERSON entity or person mention after a capitalised title word it leaves out, or
  with one at its start ("Lord Butler", "Mayor Jones"), grouped by the title (or by the role words the
  stage read in the title, when it read one and still found no country);
* ``role``: a mention of a role the stage coded ``---`` ("the junta", "the ruling party"), grouped
  by its role words; ``person``: a name the stage found and could not code, by the name; other kinds
  (organisation, ...) coded ``---`` or not at all under their own kind;
* NORP entities that qualify a thing ("the Republican race", "European markets") are no candidates;
* ``ministry``: "the X ministry" / "the Ministry of X" without a country (a kind of ``no-country``
  or ``entity`` that gets its own list).

Each kind is ranked by frequency with example sentences; the header gives the unresolved share:
unresolved candidates over all candidates (unresolved + mentions with a country) in those sentences.
Every paragraph is parsed and run through the NER (no fast path, no NER gate), so that the entities
the dictionaries do not know are all seen.

    PYTHONPATH=src python bench/unresolved_mentions.py --limit 200 --every 5
    PYTHONPATH=src python bench/unresolved_mentions.py --limit 100 --every 5 --start 2   # another sample
    PYTHONPATH=src python bench/unresolved_mentions.py ../shared/corpora/bbc_news/articles.jsonl --top 40
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.pipeline import Options, code_documents
from newsevents.read import read

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = ("bbc_news", "reuters21578", "polnear", "fakenewscorpus_sample", "horne2017_political")
LABELS = {"PERSON", "ORG", "NORP", "GPE"}
NOT_COUNTRIES = ("---", "NGO", "IMG")  # as actors/stage.py: IGO counts as a country
MINISTRY = re.compile(r"\b(ministry|department)\b", re.I)


def has_country(code: str | None) -> bool:
    return bool(code) and not code.startswith(NOT_COUNTRIES)


@dataclass
class Report:
    """Counts per kind and key, with example sentences."""

    documents: int = 0
    sentences: int = 0  # sentences holding at least one actor with a country
    resolved: int = 0  # mentions with a country in those sentences
    unresolved: int = 0  # candidates left without one
    kinds: dict[str, Counter] = field(default_factory=dict)
    examples: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, kind: str, key: str, sentence: str, examples: int) -> None:
        self.kinds.setdefault(kind, Counter())[key] += 1
        shown = self.examples.setdefault((kind, key), [])
        if len(shown) < examples:
            shown.append(" ".join(sentence.split())[:240])

    @property
    def share(self) -> float:
        total = self.resolved + self.unresolved
        return self.unresolved / total if total else 0.0


def title_before(span) -> str:
    """The capitalised title word right before a person's name ("Lord" Butler, "Mayor" Jones), or
    at its start when the name took it in ("Judge Smith" as one entity): a noun or proper noun
    written with a capital that is no sentence start and no other entity's; '' when there is none."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and not before.is_sent_start and before.text[:1].isupper() and before.is_alpha \
            and before.pos_ in ("NOUN", "PROPN") and before.ent_iob_ == "O":
        return before.text
    first = doc[span.start]
    if len(span) > 2 and first.text[:1].isupper() and first.pos_ == "NOUN":
        return first.text
    return ""


def mention_kind(mention, spacy_doc, offset: int) -> tuple[str, str]:
    """The kind and key a mention without a country is listed under: a person by the title before
    the name (or the role words of a title the stage read), else by the name; a role by its words."""
    code = mention.code or "none"
    if MINISTRY.search(mention.text):
        return "ministry", f"{(mention.role or mention.text).lower()}  [{code}]"
    if mention.kind == "person":
        if mention.role:
            return "title+name", f"{mention.role.lower()}  [{code}]"
        span = spacy_doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        title = title_before(span) if span is not None and len(span) else ""
        return ("title+name", f"{title}  [{code}]") if title else ("person", mention.text)
    if mention.kind == "role":
        return "role", f"{(mention.role or mention.text).lower()}  [{code}]"
    return mention.kind, f"{mention.text}  [{code}]"


def add_document(report: Report, doc, examples: int) -> None:
    report.documents += 1
    if doc.article is None or not doc.parsed:
        return
    mentions = sorted((m for m in doc.mentions if m.kind != "pronoun"), key=lambda m: m.start)
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        offset = paragraph.start
        for sent in spacy_doc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            here = [m for m in mentions if start <= m.start < end]
            placed = [m for m in here if has_country(m.code)]
            if not placed:
                continue
            report.sentences += 1
            report.resolved += len(placed)
            text = sent.text
            for mention in here:
                if has_country(mention.code):
                    continue
                report.unresolved += 1
                report.add(*mention_kind(mention, spacy_doc, offset), text, examples)
            for ent in sent.ents:
                if ent.label_ not in LABELS:
                    continue
                a, b = offset + ent.start_char, offset + ent.end_char
                if any(m.start < b and a < m.end for m in here):
                    continue  # covered by a mention (counted above when it has no country)
                if qualifies_a_thing(ent, here, offset):
                    continue
                report.unresolved += 1
                title = title_before(ent) if ent.label_ == "PERSON" else ""
                if title:
                    report.add("title+name", title, text, examples)
                elif MINISTRY.search(ent.text):
                    report.add("ministry", ent.text, text, examples)
                else:
                    report.add(f"entity {ent.label_}", ent.text, text, examples)


def qualifies_a_thing(ent, mentions, offset: int) -> bool:
    """A NORP word that qualifies a thing, not an actor ("the Republican race", "European markets"): an
    adjective or compound whose head after it is no entity and no mention; not actor-like (session 16:
    before, every such adjective the stage rightly left alone counted as unresolved)."""
    if ent.label_ != "NORP":
        return False
    root = ent.root
    head = root.head
    if root.dep_ not in ("amod", "compound") or head.i < ent.end or head.ent_type_:
        return False
    a = offset + head.idx
    return not any(m.start <= a < m.end for m in mentions)


def sampled(path: str, every: int, limit: int | None, start: int = 0):
    return itertools.islice(itertools.islice(read([path]), start, None, every), limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help=f"corpus files (default: {', '.join(CORPORA)} under ../shared)")
    parser.add_argument("--limit", type=int, default=100, help="documents per file")
    parser.add_argument("--every", type=int, default=1, help="take every Nth record of each file")
    parser.add_argument("--start", type=int, default=0,
                        help="first record taken (another sample with the same --every)")
    parser.add_argument("--top", type=int, default=25, help="keys listed per kind")
    parser.add_argument("--examples", type=int, default=1, help="example sentences per key")
    args = parser.parse_args()
    paths = args.paths or [str(SHARED / name / "articles.jsonl") for name in CORPORA]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise SystemExit(f"no corpus at {', '.join(missing)} (needs ../shared)")
    options = Options(fast_path=False, ner_gate=None)  # every sentence parsed, every entity seen
    report = Report()
    for path in paths:
        for doc in code_documents(sampled(path, args.every, args.limit, args.start), options=options):
            add_document(report, doc, args.examples)
    print(f"documents {report.documents}  sentences with a placed actor {report.sentences}  "
          f"placed mentions {report.resolved}  unresolved {report.unresolved}  share {report.share:.3f}")
    for kind, counts in sorted(report.kinds.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n== {kind}: {sum(counts.values())} ({len(counts)} distinct)")
        for key, count in counts.most_common(args.top):
            print(f"{count}\t{key}")
            for sentence in report.examples[(kind, key)]:
                print(f"\t\t{sentence}")


if __name__ == "__main__":
    main()
