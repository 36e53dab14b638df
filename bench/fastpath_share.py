"""Which pre-scan rule sends how much text to the full parse, on the bench mix.

The fast path saves only what it leaves out: this counts, per paragraph of the first
documents of bench/throughput.py's mix, the first rule of ``newsevents.prefilter`` that
asks for the full parse (quote mark, next to a quoted paragraph, colon, cue word,
pattern head with an actor, bridge) or "light", with the tokens each share covers.

    PYTHONPATH=src python bench/fastpath_share.py [--limit 100]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus_mix  # noqa: E402

from newsevents.actors import load_lexicon  # noqa: E402
from newsevents.actors.coref import PERSON_PRONOUNS  # noqa: E402
from newsevents.actors.match import find_matches  # noqa: E402
from newsevents.clean import clean  # noqa: E402
from newsevents.parse import load_model, parser_text  # noqa: E402
from newsevents.prefilter import prefilter_for  # noqa: E402
from newsevents.quotes.marks import quote_spans  # noqa: E402


def reason(prefilter, texts: list[str], quoted: list[bool], i: int, doc) -> str:
    """The first rule of ``Prefilter.select`` that asks for the full parse, else "light"."""
    if quoted[i]:
        return "quote mark"
    if (i + 1 < len(texts) and quoted[i + 1]) or (i > 0 and quoted[i - 1]):
        return "next to a quoted paragraph"
    if texts[i].rstrip().endswith(":"):
        return "ends on a colon"
    words = {token.lower_ for token in doc}
    lemmas = set().union(*(prefilter.lemmas.guesses(word) for word in words)) if words else set()
    if lemmas & prefilter.cue_words:
        return "cue word"
    matches = find_matches(doc, prefilter.lexicon) if len(doc) else []
    if lemmas & prefilter.heads and (matches or words & PERSON_PRONOUNS):
        return "pattern head + actor"
    return "bridge" if prefilter.bridgeable(matches) else "light"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="documents of the mix (default 100)")
    args = parser.parse_args()
    nlp, prefilter = load_model(), prefilter_for(load_lexicon())
    paragraphs, tokens = collections.Counter(), collections.Counter()
    for document in corpus_mix(args.limit):
        article = clean(document).article
        texts = [p.text for p in article.paragraphs] if article else []
        quoted = [bool(quote_spans(text)) for text in texts]
        for i, text in enumerate(texts):
            doc = nlp.make_doc(parser_text(text))
            why = reason(prefilter, texts, quoted, i, doc)
            paragraphs[why] += 1
            tokens[why] += len(doc)
    total = sum(tokens.values()) or 1
    print("| rule | paragraphs | tokens | share of tokens |\n|---|---:|---:|---:|")
    for why, count in tokens.most_common():
        print(f"| {why} | {paragraphs[why]:,} | {count:,} | {100 * count / total:.1f} % |")


if __name__ == "__main__":
    main()
