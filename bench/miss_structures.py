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

With ``--causes`` (thirty-second session, S) it sorts the "no event for the pair" misses of every root by *why the
pair is never formed*, first cause first: the sentence not found; a target of no state in the gold ("---",
"---BUS"); a party with no actor of its country in the sentence (its words there but unresolved or resolved
elsewhere — the actors stage's —, a pronoun, or not named there at all); a group sentence (the gold gives the act
to three or more pairs); a headline or fragment; no word of the gold root in the lexicon (a word of another root
there, or none); else the link between the act word and the source read from the parse (reached by the coder, a
possessor, a prepositional party, a passive agent, an appositive, the act in a subordinate clause).
``--show CAUSE`` prints its misses.
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


PRONOUNS = {"he", "she", "they", "we", "it", "i", "his", "her", "their", "our", "its", "us", "them", "him", "you"}
CLAUSES = ("ccomp", "relcl", "advcl", "xcomp", "acl", "pcomp", "csubj", "conj")


def party_missing(sent, found: list, text: str, other_countries: list) -> str | None:
    """Why a party has no actor of its country in the sentence, or None when it has one."""
    if found:
        return None
    words = (text or "").strip()
    if not words or words[:60] not in sent.text:
        return "not named in the sentence (earlier sentence, headline, implied)"
    if words.lower() in PRONOUNS:
        return "a pronoun no mention resolves"
    return "named, resolved to another country" if other_countries else "named, not resolved to a country"


def link(act, sources, targets) -> str:
    """How the act word and the nearest gold source stand in the parse, as one short name."""
    if not sources:
        return "source not found"
    source = min(sources, key=lambda s: distance(act, s))
    top = common(act, source)
    if top is None:
        return "no common head"
    act_chain, source_chain = up_chain(act, top)[::-1], up_chain(source, top)[::-1]
    first = source_chain[0] if source_chain else ""
    if "poss" in source_chain[:2]:
        return "source a possessor (X's act)"
    if first == "agent":
        return "source a passive agent (by X)"
    if first == "appos" or act.dep_ == "appos":
        return "source in apposition"
    if act_chain and act_chain[0].split(":")[0] in CLAUSES:
        return f"act in a subordinate clause ({act_chain[0]}) the source's verb governs"
    if first == "prep":
        return "source in a prepositional phrase"
    if top.i == source.i:
        return "source is the act's head (antecedent)"
    return "other parse link (" + "/".join(act_chain) + " | " + "/".join(source_chain) + ")"


def causes(items, docs, scheme, rules, show: str | None) -> Counter:
    """The "no event for the pair" misses by why the pair is never formed (see the module's docstring)."""
    table: Counter = Counter()
    for item, doc, index, _kind, root, gold in labelled_misses(items, docs, scheme, (MISS_KINDS[4],)):
        name = one_cause(item, gold, doc, index, rules, root)
        table[name] += 1
        if show is not None and name.startswith(show):
            sentence = (gold.get("sentence") or "")[:250]
            print(f"== {item['id']} {gold['source']}->{gold['target']} {gold['code']} {name}\n"
                  f"   [{gold.get('source_text')} -> {gold.get('target_text')}] {sentence}")
    return table


def labelled_misses(items, docs, scheme, kinds: tuple):
    """Each missed gold dyad of the coded articles whose kind (error_kinds.labelled) is one of ``kinds``, as
    (item, doc, its mention index, kind, root, the gold event it stands for)."""
    for item in items:
        doc = docs.get(item["id"])
        if doc is None or doc.article is None:
            continue
        want = dyads(item.get("expected", []), scheme)
        got = align_untargeted(want, dyads(to_record(doc).get("events", []), scheme))
        index = MentionIndex(doc.mentions)
        for kind, (source, target, root), _extra in labelled(want, got):
            if kind not in kinds:
                continue
            gold = next(e for e in item["expected"] if (country(e["source"]), country(e["target"]),
                                                        (e.get("code") or "")[:2]) == (source, target, root))
            yield item, doc, index, kind, root, gold


def one_cause(item, gold, doc, index, rules, root) -> str:
    sentence = gold.get("sentence") or ""
    place = locate(doc, sentence)
    if place is None:
        return "sentence not found in the cleaned text"
    number, sent, start = place
    if country(gold["target"]) == "---":
        return "party: target of no state in the gold (---: a sector group such as creditor banks, or none)"
    actor_of = actor_finder(index, start, doc.quotes)
    named = {t.i: (m.code or "")[:3] for t in sent if (m := actor_of(t)) is not None and m.code[:1] != "-"}
    sources = actor_tokens(sent, actor_of, gold["source"], gold.get("source_text") or "")
    targets = actor_tokens(sent, actor_of, gold["target"], gold.get("target_text") or "")
    for side, found, text in (("source", sources, gold.get("source_text")), ("target", targets,
                                                                             gold.get("target_text"))):
        words = (text or "").split()
        others = [c for i, c in named.items() if words and sent.doc[i].text in words]
        why = party_missing(sent, found, text or "", others)
        if why is not None:
            return f"party: {side} {why}"
    members = {(e["source"][:3], e["target"][:3]) for e in item["expected"]
               if e.get("sentence") == sentence and (e.get("code") or "")[:2] == root}
    if len(members) >= 3:
        return "group sentence: the act given to three or more pairs"
    if is_heading(doc.article.paragraphs[number]) or not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return "headline or fragment"
    words = sentence_words(sent)
    matched = [(t, p) for t in pattern_tokens(sent, rules) if (p := match_pattern(t, rules, words)) is not None]
    acts = [t for t, p in matched if p.code[:2] == root]
    if not acts:
        return "lexicon: a word of another root only" if matched else "lexicon: no act word at all"
    act = min(acts, key=lambda a: (min((distance(a, s) for s in sources), default=99)
                                   + min((distance(a, t) for t in targets), default=99), a.i))
    doer = syntax.subject_of(act) if act.pos_ in ("VERB", "AUX") else noun_source(act)
    mention = actor_of(doer) if doer is not None else None
    if mention is not None and (mention.code or "")[:3] == country(gold["source"]):
        return "source reached: " + why_not_coded(act, sent, rules, actor_of)
    return "link: " + link(act, sources, targets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--split", default="tune", choices=["tune"])
    parser.add_argument("--corpora", default=None)
    parser.add_argument("--skip-roots", default="11", help="comma-separated roots left out (default 11)")
    parser.add_argument("--show", default=None, help="print the misses whose structure starts with this (\"\": all)")
    parser.add_argument("--causes", action="store_true", help="the no-event-for-the-pair misses by cause")
    args = parser.parse_args()
    skip = set(filter(None, args.skip_roots.split(",")))
    items = read_gold(args.gold, split=args.split, corpora=args.corpora)
    scheme = score_scheme(items)
    rules = load_rules()
    docs = {d.id: d for d in code_documents(gold_inputs(items), options=Options())}
    if args.causes:
        table = causes(items, docs, scheme, rules, args.show)
        total = sum(table.values())
        print(f"| why the pair is never formed (no event for the pair: {total}) | misses |\n| --- | --- |")
        for name, count in table.most_common():
            print(f"| {name} | {count} |")
        return
    table: Counter = Counter()
    for item, doc, index, kind, root, gold in labelled_misses(items, docs, scheme, KINDS):
        if root in skip:
            continue
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
