"""Stories as a Spark step: the local engine's rule, computed over the whole input at once.

Locally (``newsevents.store.stories.StoryIndex``) each document, in input order, joins the story of
its most similar earlier document (MinHash Jaccard >= threshold; ties to the earliest), else starts
its own. Here: LSH bands (the bands and rows datasketch picks for the same threshold) give
candidate pairs; each document keeps its best earlier neighbour as its parent; a story is named after
the root of that chain — the same story the local engine gives.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyarrow as pa

from newsevents.store.stories import DTYPE, StorySettings, story_id_for

MAX_ROUNDS = 64
BANDS = pa.schema([("doc_key", pa.string()), ("seq", pa.int64()), ("band", pa.int32()), ("key", pa.binary())])


def band_shape(settings: StorySettings) -> tuple[int, int]:
    """(bands, rows per band) as datasketch's MinHashLSH chooses them."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
    return lsh.b, lsh.r


def band_keys(bands: int, width: int):
    """mapInArrow: (doc_key, seq, signature) -> one row per band with the band's bytes as key."""
    def run(batches: Iterator) -> Iterator:
        import pyarrow as pa

        for batch in batches:
            out = []
            for row in batch.to_pylist():
                values = np.frombuffer(row["signature"], dtype=DTYPE)
                for band in range(bands):
                    out.append({"doc_key": row["doc_key"], "seq": row["seq"], "band": band,
                                "key": values[band * width:(band + 1) * width].tobytes()})
            yield pa.RecordBatch.from_pylist(out, schema=BANDS)
    return run


def similarity(frames: Iterator) -> Iterator:
    """mapInArrow: the MinHash Jaccard estimate of each candidate pair."""
    import pyarrow as pa

    for batch in frames:
        values = [float(np.mean(np.frombuffer(a, dtype=DTYPE) == np.frombuffer(b, dtype=DTYPE)))
                  for a, b in zip(batch.column("sig_a").to_pylist(), batch.column("sig_b").to_pylist(), strict=True)]
        yield pa.RecordBatch.from_arrays([batch.column("doc_a"), batch.column("seq_a"), batch.column("doc_b"),
                                          pa.array(values, pa.float64())],
                                         names=["doc_a", "seq_a", "doc_b", "similarity"])


def assign_stories(docs, settings: StorySettings):
    """(doc_key, story_id) for a DataFrame of (doc_key, seq, signature, has_text)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    bands, width = band_shape(settings)
    signed = docs.where("signature IS NOT NULL").select("doc_key", "seq", "signature")
    keyed = signed.mapInArrow(band_keys(bands, width), "doc_key string, seq long, band int, key binary")
    a, b = keyed.alias("a"), keyed.alias("b")
    pairs = (a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.key") == F.col("b.key"))
                    & (F.col("a.seq") < F.col("b.seq")))
             .select(F.col("a.doc_key").alias("doc_a"), F.col("a.seq").alias("seq_a"),
                     F.col("b.doc_key").alias("doc_b")).distinct())
    sig_a = signed.select(F.col("doc_key").alias("doc_a"), F.col("signature").alias("sig_a"))
    sig_b = signed.select(F.col("doc_key").alias("doc_b"), F.col("signature").alias("sig_b"))
    scored = pairs.join(sig_a, "doc_a").join(sig_b, "doc_b").select("doc_a", "seq_a", "doc_b", "sig_a", "sig_b")
    scored = scored.mapInArrow(similarity, "doc_a string, seq_a long, doc_b string, similarity double")
    best = Window.partitionBy("doc_b").orderBy(F.desc("similarity"), "seq_a")
    parents = (scored.where(F.col("similarity") >= settings.threshold)
               .withColumn("_n", F.row_number().over(best)).where("_n = 1").select("doc_b", "doc_a"))
    roots = chain_roots({child: parent for child, parent in parents.collect()})
    spark = docs.sparkSession
    table = spark.createDataFrame(sorted(roots.items()) or [("", "")], "doc_key string, root string")
    return (docs.join(table, "doc_key", "left")
            .select("doc_key", F.when(F.col("has_text"), F.concat(F.lit(story_id_for("")),
                                                                   F.coalesce("root", "doc_key")))
                    .alias("story_id")))


def chain_roots(parent: dict[str, str]) -> dict[str, str]:
    """Each linked document's first ancestor (its story's founder)."""
    roots = {}
    for child in parent:
        node, steps = child, 0
        while node in parent and steps < MAX_ROUNDS * 1000:
            node, steps = parent[node], steps + 1
        roots[child] = node
    return roots
