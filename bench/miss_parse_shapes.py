"""Dev aid (issue #11, recall): the tune half's missed gold events of chosen CAMEO roots, sorted by the parse shape
that joins their two parties in the gold sentence (thirty-first session, E). The parties are found by the gold's
source and target text; the shape is read from the dependency paths from each up to their lowest common head:
parties coordinated or listed (a joint act), the target inside a clause a verb of saying governs, the target as
the verb's prepositional or direct object, under a light verb's object, in an infinitive or adverbial clause, a
noun or a possessor between them, or a party the sentence does not name. Counts misses, the distinct sentences they
come from, and whether the same sentence has an event of ours (for the pair, or only for other pairs). Tune only.

    PYTHONPATH=src python bench/miss_parse_shapes.py tests/fixtures/real_articles/gold.jsonl --corpora ../shared/corpora
    PYTHONPATH=src python bench/miss_parse_shapes.py GOLD --roots 03,04 --examples 5
"""

from __future__ import annotations

from collections import Counter, defaultdict

from miss_groups import miss_arguments, print_examples, tune_misses
from miss_sentences import same

from newsevents.events.evaluate import country
from newsevents.parse import load_model

WHERE = ("no event in the sentence", "other pair coded there", "same pair coded there")


def party_head(doc, text: str):
    """The head token of the party's text in the parsed sentence (its last word when the whole is not found)."""
    start = doc.text.find(text) if text else -1
    if start < 0 and text:
        text = text.split()[-1]
        start = doc.text.find(text)
    span = doc.char_span(start, start + len(text), alignment_mode="expand") if start >= 0 else None
    return span.root if span is not None else None


def path_up(token, top) -> list[str]:
    """The dependency labels from ``token`` up to ``top``, outermost first."""
    labels = []
    while token.i != top.i and token.head.i != token.i:
        labels.append(token.dep_)
        token = token.head
    return labels[::-1]


def shape(doc, source: str, target: str) -> str:
    """The parse shape joining the two parties, as a short name."""
    one, other = party_head(doc, source), party_head(doc, target)
    if one is None or other is None:
        return "a party not named in the sentence (pronoun, implied, no span)"
    above = {t.i for t in [other, *other.ancestors]}
    top = next((t for t in [one, *one.ancestors] if t.i in above), None)
    if top is None:
        return "other parse shapes"
    s, t = path_up(one, top), path_up(other, top)
    if s[:1] == ["conj"] or t[:1] == ["conj"]:
        return "joint act: parties coordinated or listed (A and B ..., between A and B)"
    if s[:1] == ["ccomp"] or t[:1] == ["ccomp"]:
        return "act in a clause a verb of saying or telling governs"
    if s[:1] in (["nsubj"], ["nsubjpass"]) and t == ["dobj"]:
        return "verb with the target as object"
    if s == ["nsubj"] and t[:2] == ["prep", "pobj"]:
        return "verb with the target in its prepositional phrase"
    if s == ["nsubj"] and t[:1] == ["dobj"]:
        return "light verb + act noun (target under the object)"
    if s == ["nsubj"] and t[:1] in (["xcomp"], ["advcl"]):
        return "act in an infinitive or adverbial clause of the subject's verb"
    if top.pos_ == "NOUN" or "poss" in s + t:
        return "act noun, possessor or apposition"
    return "other parse shapes"


def main() -> None:
    args = miss_arguments(__doc__, "01,02,03,04,05,06,07,08,09", "shape")
    nlp = load_model()
    counts: Counter = Counter()
    sentences: dict[str, set] = defaultdict(set)
    examples: dict[str, list[str]] = defaultdict(list)
    for _item, coded, dyad, gold in tune_misses(args.gold, args.corpora, set(args.roots.split(",")), args.kinds):
        sentence = gold.get("sentence") or ""
        here = [e for e in coded if same(e.get("sentence") or "", sentence)]
        pair = any((country(e["source"]), country(e["target"])) == dyad[:2] for e in here)
        where = WHERE[2] if pair else WHERE[1] if here else WHERE[0]
        name = shape(nlp(sentence), gold.get("source_text") or "", gold.get("target_text") or "")
        counts[name, where] += 1
        sentences[name].add(sentence)
        examples[name].append(f"{gold.get('code')} {dyad[0]}->{dyad[1]}: {sentence[:140]}")
    names = sorted({n for n, _ in counts}, key=lambda n: -sum(counts[n, w] for w in WHERE))
    print(f"| shape | misses | sentences | {' | '.join(WHERE)} |\n| --- | --- | --- | --- | --- | --- |")
    for name in names:
        print(f"| {name} | {sum(counts[name, w] for w in WHERE)} | {len(sentences[name])} | "
              + " | ".join(str(counts[name, w]) for w in WHERE) + " |")
    print(f"| total | {sum(counts.values())} | {len(set().union(*sentences.values()))} | "
          + " | ".join(str(sum(counts[n, w] for n in names)) for w in WHERE) + " |")
    print_examples(examples, names, args.examples)


if __name__ == "__main__":
    main()
