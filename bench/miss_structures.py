"""Dev aid (issue #11, recall): where in the parse the missed gold acts sit, counted by structure.

For each missed tune event (kinds "another act between the same pair" and "no event for the pair";
root 11 left out unless ``--roots`` says otherwise) it finds the gold sentence in the parse, the words
of that sentence heading a pattern of the gold's CAMEO root (the act word: the one nearest the gold
source in the tree), and the gold source's word, and names the structure linking them: whether the
coder's own reading of the act already reaches the source ("source reached"), else the act word's
relation (relcl, advcl with its mark or as a participle, conj, acl, pcomp, a noun as subject or as
the object of a preposition ...) and where the source hangs. Only the tune half.

    PYTHONPATH=src python bench/miss_structures.py tests/fixtures/real_articles/gold.jsonl \
        --corpora ../shared/corpora
    PYTHONPATH=src python bench/miss_structures.py GOLD --show relcl     # the misses of one structure
"""

from __future__ import annotations

import argparse
from collections import Counter

from newsevents.events import actor_finder, syntax
from newsevents.events.coder import find_in_sentence
from newsevents.events.error_kinds import MISS_KINDS, labelled
from newsevents.events.evaluate import align_untargeted, country, dyads, gold_inputs, read_gold, score_scheme
from newsevents.events.frames import match_pattern
from newsevents.events.headline import is_heading
from newsevents.events.mention_index import MentionIndex
from newsevents.events.noun_sources import noun_source
from newsevents.events.patterns import load_rules
from newsevents.events.targets import target_tokens
from newsevents.events.words import pattern_tokens, sentence_words
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

KINDS = (MISS_KINDS[3], MISS_KINDS[4])
MARKED = ("advcl", "pcomp")


def locate(doc, sentence: str):
    """(paragraph index, spaCy sentence, paragraph start) holding the gold sentence, else None."""
    text = doc.article.text
    at = text.find(sentence[:80].strip())
    if at < 0:
        return None
    for number, (paragraph, spacy_doc) in enumerate(zip(doc.article.paragraphs, doc.parsed, strict=True)):
        if paragraph.start <= at < paragraph.start + len(paragraph.text) and spacy_doc.has_annotation("DEP"):
            local = at - paragraph.start
            for sent in spacy_doc.sents:
                if sent.start_char <= local < sent.end_char:
                    return number, sent, paragraph.start
    return None


def actor_tokens(sent, actor_of, code: str, text: str) -> list:
    """The sentence's words naming an actor of the gold code's country (the gold text's words first)."""
    wanted = country(code)
    named = [t for t in sent if (m := actor_of(t)) is not None and (m.code or "")[:3] == wanted]
    in_text = [t for t in named if text and t.text in text]
    return in_text or named


def distance(one, other) -> int:
    above = {t.i: n for n, t in enumerate([other, *other.ancestors])}
    for n, t in enumerate([one, *one.ancestors]):
        if t.i in above:
            return n + above[t.i]
    return 99


def up_chain(token, top) -> list[str]:
    chain = []
    while token.i != top.i and token.head.i != token.i:
        chain.append(token.dep_)
        token = token.head
    return chain


def common(one, other):
    above = {t.i for t in [other, *other.ancestors]}
    return next((t for t in [one, *one.ancestors] if t.i in above), None)


def act_relation(act) -> str:
    """The act word's own place: a verb's clause type (relcl, participle, advcl:after, conj ...) or a
    noun's relation (nsubj, pobj:after ...)."""
    dep = act.dep_
    if act.pos_ in ("VERB", "AUX"):
        if dep == "advcl":
            marks = [c.lower_ for c in act.children if c.dep_ in ("mark", "advmod") and c.i < act.i]
            if marks:
                return f"advcl:{marks[0]}"
            return "advcl:participle" if act.tag_ in ("VBG", "VBN") else "advcl"
        if dep == "pcomp":
            return f"pcomp:{act.head.lower_}"
        if dep == "relcl":
            return "relcl"
        return dep
    if dep == "pobj":
        return f"noun pobj:{act.head.lower_}"
    return f"noun {dep}"


def why_not_coded(act, sent, rules, actor_of) -> str:
    """For an act whose source the coder reaches but that gave no event: whether the sentence pass finds it
    (then placing or a filter lost it), another found act holds it as content, or its frame names no target."""
    found = find_in_sentence(sent, rules, actor_of)
    if any(f.trigger.i == act.i for f in found):
        return "found, lost after (placing, filters, restated)"
    outer = [f for f in found if any(a.i == f.trigger.i for a in act.ancestors)]
    if outer:
        return f"content of another act ({act.dep_} below {outer[0].trigger.lemma_})"
    pattern = match_pattern(act, rules, sentence_words(sent))
    named = [t for t in target_tokens(act, pattern) if actor_of(t) is not None and actor_of(t).code[:1] != "-"]
    return "its frame names no known target" if not named else "dropped by a test in the sentence pass"


def structure(act, sources, actor_of, gold_source: str, heading: bool, coded: bool, why=None) -> tuple[str, str]:
    """(structure label, path) for an act word and the gold source's words; ``coded``: an event of ours has
    the act word as its trigger."""
    doer = syntax.subject_of(act) if act.pos_ in ("VERB", "AUX") else noun_source(act)
    mention = actor_of(doer) if doer is not None else None
    if mention is not None and (mention.code or "")[:3] == country(gold_source):
        return "source reached: " + ("coded, another target or code" if coded else f"not coded: {why()}"), ""
    if not sources:
        return "source not named in the sentence", ""
    source = min(sources, key=lambda s: distance(act, s))
    top = common(act, source)
    path = "/".join(up_chain(act, top)) + " | " + "/".join(reversed(up_chain(source, top)))
    label = act_relation(act)
    if heading and act.dep_ == "ROOT":
        label = "headline root"
    elif top is not None and top.i == source.i:
        label += " (source above: antecedent/head)"
    elif top is not None and top.i == act.i:
        label += " (source below the act)"
    return label, path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--split", default="tune", choices=["tune"])
    parser.add_argument("--corpora", default=None)
    parser.add_argument("--skip-roots", default="11", help="comma-separated roots left out (default 11)")
    parser.add_argument("--show", default=None, help="print the misses whose structure starts with this (\"\": all)")
    args = parser.parse_args()
    skip = set(filter(None, args.skip_roots.split(",")))
    items = read_gold(args.gold, split=args.split, corpora=args.corpora)
    scheme = score_scheme(items)
    rules = load_rules()
    docs = {d.id: d for d in code_documents(gold_inputs(items), options=Options())}
    table: Counter = Counter()
    for item in items:
        doc = docs.get(item["id"])
        if doc is None or doc.article is None:
            continue
        want = dyads(item.get("expected", []), scheme)
        got = align_untargeted(want, dyads(to_record(doc).get("events", []), scheme))
        index = MentionIndex(doc.mentions)
        for kind, (source, target, root), _extra in labelled(want, got):
            if kind not in KINDS or root in skip:
                continue
            gold = next(e for e in item["expected"] if (country(e["source"]), country(e["target"]),
                                                        (e.get("code") or "")[:2]) == (source, target, root))
            place = locate(doc, gold.get("sentence") or "")
            if place is None:
                table["sentence not found", ""] += 1
                continue
            number, sent, start = place
            actor_of = actor_finder(index, start, doc.quotes)
            words = sentence_words(sent)
            acts = [t for t in pattern_tokens(sent, rules)
                    if (p := match_pattern(t, rules, words)) is not None and p.code[:2] == root]
            sources = actor_tokens(sent, actor_of, gold["source"], gold.get("source_text") or "")
            targets = actor_tokens(sent, actor_of, gold["target"], gold.get("target_text") or "")
            if not acts:
                label, path, act = "no word of the root", "", None
            else:
                act = min(acts, key=lambda a: (min((distance(a, s) for s in sources), default=99)
                                               + min((distance(a, t) for t in targets), default=99), a.i))
                heading = is_heading(doc.article.paragraphs[number])
                coded = any(e.trigger == act.text and e.start == start + sent.start_char for e in doc.events)
                label, path = structure(act, sources, actor_of, gold["source"], heading, coded,
                                        lambda act=act, sent=sent, actor_of=actor_of: why_not_coded(act, sent, rules,
                                                                                                    actor_of))
            table[label, kind[:7]] += 1
            if args.show is not None and label.startswith(args.show):
                print(f"== {item['id']} {gold['source']}->{gold['target']} {gold['code']} [{kind[:7]}] "
                      f"act={act.text if act is not None else '-'} {label} {path}")
                print(f"   {sent.text}")
    print("structure\tkind\tmisses")
    total = 0
    for (label, kind), count in sorted(table.items(), key=lambda kv: -kv[1]):
        print(f"{label}\t{kind}\t{count}")
        total += count
    print(f"total\t\t{total}")
    by_label = Counter()
    for (label, _kind), count in table.items():
        by_label[label] += count
    print("\nby structure (both kinds)")
    for label, count in by_label.most_common():
        print(f"{count:4d}  {label}")


if __name__ == "__main__":
    main()
