"""What the stage benchmarks share: the corpus argument and warmed-up, cleaned documents."""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from newsevents.actors import load_lexicon
from newsevents.actors.match import form_index
from newsevents.clean import clean
from newsevents.parse import load_model
from newsevents.read import read

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news" / "articles.jsonl"


def cleaned_corpus(description: str):
    """Parse --limit/--corpus, clean the documents, load model and lexicon before timing."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--corpus", default=str(CORPUS))
    args = parser.parse_args()
    if not Path(args.corpus).exists():
        raise SystemExit(f"no corpus at {args.corpus} (needs ../shared)")
    docs = [clean(doc) for doc in itertools.islice(read([args.corpus]), args.limit)]
    lexicon = load_lexicon()
    load_model()
    form_index(lexicon)
    return docs, lexicon
