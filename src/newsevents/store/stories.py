"""Syndication: near-duplicate articles grouped into stories with MinHash + LSH.

A reprint with other boilerplate or a lightly edited wire copy shares most word
shingles of its cleaned body with the original; an article on the same topic written
anew shares few. Signatures are computed where the document is coded (a worker) and
kept in the ``minhashes`` table, so a later or resumed run rebuilds the index and
still finds the stories of earlier runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
DTYPE = np.uint64  # stored width of one hash value (wide enough for every scheme)


@dataclass(frozen=True)
class StorySettings:
    """How near two bodies must be to be one story (stored in ``meta``; a store keeps one setting)."""

    num_perm: int = 128
    shingle: int = 3
    threshold: float = 0.5
    min_words: int = 12
    scheme: str = "affine32"  # datasketch's permutation scheme; its hash values are uint32

    def as_meta(self) -> dict[str, str]:
        return {f"story_{name}": str(value) for name, value in vars(self).items()}


def shingles(body: str, size: int) -> set[bytes]:
    """Word n-grams of the lower-cased body."""
    words = WORD.findall(body.lower())
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(body: str | None, settings: StorySettings) -> bytes | None:
    """The MinHash signature of a body as bytes; None for a body too short to compare."""
    if not body or len(WORD.findall(body)) < settings.min_words:
        return None
    minhash = MinHash(num_perm=settings.num_perm, scheme=settings.scheme, permutations=permutations(settings))
    minhash.update_batch(sorted(shingles(body, settings.shingle)))
    return minhash.hashvalues.astype(DTYPE).tobytes()


@lru_cache(maxsize=4)
def permutations(settings: StorySettings):
    """The permutations of a setting, made once (making them is most of a MinHash's cost)."""
    return MinHash(num_perm=settings.num_perm, scheme=settings.scheme).permutations


def as_minhash(blob: bytes, settings: StorySettings) -> MinHash:
    return MinHash(num_perm=settings.num_perm, hashvalues=np.frombuffer(blob, dtype=DTYPE), scheme=settings.scheme,
                   permutations=permutations(settings))


def story_id_for(doc_key: str) -> str:
    """A story is named after the document that started it."""
    return f"s:{doc_key}"


class StoryIndex:
    """An LSH index of stored signatures that assigns each new document its story."""

    def __init__(self, settings: StorySettings):
        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
        self.minhashes: dict[str, MinHash] = {}
        self.stories: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def load(self, rows) -> None:
        """Add stored (doc_key, story_id, signature, seq) rows."""
        for doc_key, story_id, blob, seq in rows:
            self.add(doc_key, story_id, as_minhash(bytes(blob), self.settings), seq)

    def add(self, doc_key: str, story_id: str, minhash: MinHash, seq: int) -> None:
        self.lsh.insert(doc_key, minhash)
        self.minhashes[doc_key] = minhash
        self.stories[doc_key] = story_id
        self.order[doc_key] = seq

    def assign(self, doc_key: str, blob: bytes | None, seq: int) -> str:
        """The story of a new document: that of its nearest stored neighbour, else a new one."""
        if blob is None:
            return story_id_for(doc_key)
        minhash = as_minhash(blob, self.settings)
        best = None
        for candidate in self.lsh.query(minhash):
            similarity = minhash.jaccard(self.minhashes[candidate])
            if similarity < self.settings.threshold:
                continue
            rank = (-similarity, self.order[candidate])
            if best is None or rank < best[0]:
                best = (rank, candidate)
        story_id = self.stories[best[1]] if best else story_id_for(doc_key)
        if doc_key not in self.minhashes:
            self.add(doc_key, story_id, minhash, seq)
        return story_id
