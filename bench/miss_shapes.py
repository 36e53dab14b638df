"""Dev aid (issue #11, recall of roots 10-20): the tune half's missed acts sorted by the *shape* that tells them,
read from the gold sentence's parse and the lexicon — a verb or a noun of the act the lexicon has (patterns.tsv,
the gold root's rows) standing in the sentence; an act participle or relative clause on a noun of
communication ("issued a statement deploring X"); a judging word of judgements.tsv or constructions.tsv
(an evaluative adjective or noun: "unfair", "a blow", "provocations") in a quote or a said-clause; a quote or
said-clause with no such word; else no word of the act — and, beside each, whether the sentence has another event
of ours for the pair. A first sort to read, not a score.

    PYTHONPATH=src:bench python bench/miss_shapes.py tests/fixtures/real_articles/gold.jsonl --corpora ../shared/corpora
"""

from __future__ import annotations

from collections import Counter

from miss_groups import miss_arguments, print_examples, tune_misses
from miss_sentences import coded_label, ours_there

from newsevents.parse import load_model
from newsevents.resources import data_path, read_tsv

SAYING = {"say", "tell", "claim", "allege", "insist", "argue", "add", "write", "tweet", "call", "describe",
          "state", "believe", "complain", "reply", "note", "warn"}
MESSAGES = {"statement", "letter", "communique", "resolution", "declaration", "report", "message", "tweet",
            "speech", "note", "memo", "editorial", "release"}


def lexicon() -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """Verb and noun lemmas of each root's pattern rows, and the judging words of the judgement lists."""
    verbs: dict[str, set[str]] = {}
    nouns: dict[str, set[str]] = {}
    for _n, cells in read_tsv(data_path("events", "patterns.tsv"), columns=7, optional=1):
        code, pos, lemma = cells[0], cells[1], cells[2]
        (verbs if pos == "V" else nouns).setdefault(code[:2], set()).add(lemma)
    judging = set()
    for _n, cells in read_tsv(data_path("events", "judgements.tsv"), columns=3, optional=1):
        if cells[0] in ("quality", "fault", "wrong", "blame_manner", "wrong_manner", "failing"):
            judging.add(cells[1])
    for _n, cells in read_tsv(data_path("events", "constructions.tsv"), columns=4, optional=1):
        if cells[0] == "judged":
            judging.update(cells[2].split("|"))
    return verbs, nouns, judging


def shape(doc, root: str, verbs, nouns, judging) -> str:
    """The first shape the sentence shows (the order is the table's)."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "ADJ") and lemma in verbs.get(root, ()) and token.dep_ in ("acl", "relcl") \
                and token.head.lemma_.lower() in MESSAGES:
            return "act participle / relative clause on a noun of communication"
    if any(t.pos_ == "VERB" and t.lemma_.lower() in verbs.get(root, ()) for t in doc):
        return "verb of the act in the lexicon (actor, target or parse lost)"
    if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns.get(root, ()) for t in doc):
        return "noun of the act in the lexicon"
    told = any(t.lemma_.lower() in SAYING for t in doc) or any(t.text in "\"“”" for t in doc)
    if any(t.lemma_.lower() in judging for t in doc):
        return "judging word (adjective / noun / adverb)" + (" in a quote or said-clause" if told else "")
    if told:
        return "quote or said-clause, no judging word of ours"
    return "no word of the act"


def main() -> None:
    args = miss_arguments(__doc__, "10,11,12,13,14,15,16,17,18,19,20")
    roots = set(args.roots.split(","))
    nlp = load_model()
    verbs, nouns, judging = lexicon()
    counts: Counter = Counter()
    examples: dict[tuple, list[str]] = {}
    for item, coded, dyad, gold in tune_misses(args.gold, args.corpora, roots, args.kinds):
        sentence = gold.get("sentence") or ""
        here, pair = ours_there(coded, sentence, dyad)
        where = "pair coded" if pair else "other pair coded" if here else "nothing coded"
        name = (shape(nlp(sentence), dyad[2], verbs, nouns, judging), where)
        counts[name] += 1
        ours = coded_label(pair or here)
        examples.setdefault(name, []).append(f"{item['id'][:20]} {gold.get('code')} {gold.get('source')}->"
                                             f"{gold.get('target')} [ours {ours}] {sentence[:160]}")
    shapes = Counter()
    for (kind, _where), count in counts.items():
        shapes[kind] += count
    print(f"| shape (roots {args.roots}: {sum(counts.values())}) | all | nothing coded | other pair coded | "
          "pair coded |\n| --- | --- | --- | --- | --- |")
    for kind, count in shapes.most_common():
        print(f"| {kind} | {count} | " + " | ".join(str(counts[(kind, w)]) for w in
                                                   ("nothing coded", "other pair coded", "pair coded")) + " |")
    print_examples(examples, sorted(examples), args.examples)


if __name__ == "__main__":
    main()
