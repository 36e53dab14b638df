"""The Spark engine: ``newsevents run --engine spark INPUT... --out DIR``.

1. The driver lists the input files (as ``newsevents code`` does) and Parquet inputs; the files are
   spread over the executors, which read them with ``newsevents.read.iter_file`` (so every format
   the local engine reads comes out as the same documents).
2. ``mapInPandas`` codes them with the local engine's own per-batch function
   (``newsevents.store.run.code_batch``): the spaCy model is loaded once per executor process.
3. Repeated document keys keep their first; ``seq`` follows the input order, as in a local run.
4. Stories are a Spark step over the MinHash signatures (``engines/spark_stories.py``).
5. Every table is written as Parquet under ``DIR/<table>/`` with the store's own columns;
   ``newsevents load DIR --db X.duckdb`` brings them into a store.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from newsevents.dates import normalise_date
from newsevents.engines.spark_stories import assign_stories
from newsevents.engines.tables import spark_schema
from newsevents.pipeline import Options
from newsevents.read import expand_paths, record_document, split_suffix
from newsevents.store import rows
from newsevents.store.stories import StorySettings

CODED = "doc_key string, sha string, file_index long, inner long, record string, signature binary"
CODED_ARROW = pa.schema([("doc_key", pa.string()), ("sha", pa.string()), ("file_index", pa.int64()),
                         ("inner", pa.int64()), ("record", pa.string()), ("signature", pa.binary())])
ROW_TABLES = ("documents", "actors", "quotes", "events", "minhashes")
RECORD_COLUMNS = ("id", "title", "text", "date", "url", "source", "dateline", "wire")


@dataclass(frozen=True)
class SparkSummary:
    """What a Spark run wrote."""

    out: str
    documents: int
    events: int
    stories: int


def spark_session(master: str | None = "local[2]", *, app: str = "newsevents"):
    """A SparkSession for this Python (executors run ``sys.executable`` unless told otherwise);
    ``master=None`` keeps what ``spark-submit`` set."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (SparkSession.builder.appName(app).config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    if master:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.master(master).config("spark.driver.host", "127.0.0.1")
    return builder.config("spark.sql.session.timeZone", "UTC").getOrCreate()


def input_files(paths: list[str]) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """(file index, path, id stem) of the files to read with newsevents.read, and of Parquet files."""
    files, parquet = [], []
    for index, (path, stem) in enumerate(expand_paths(paths)):
        if path.lower().endswith(".parquet"):
            parquet.append((index, path, split_suffix(Path(path).name)[0] if stem == path else stem))
        else:
            files.append((index, path, stem))
    return files, parquet


def coded_batch(items: list[tuple[int, int, object]], options: Options, settings: StorySettings, size: int):
    """Code (file_index, inner, Document) items in batches of ``size``: one Arrow batch of CODED rows."""
    import pyarrow as pa

    from newsevents.store.run import code_batch, init_worker

    init_worker(options, settings, preload=False)
    out = []
    for start in range(0, len(items), size):
        chunk = items[start:start + size]
        keyed = [(*rows.document_key(doc), doc) for _f, _i, doc in chunk]
        for (file_index, inner, _doc), (key, sha, record, blob) in zip(chunk, code_batch(keyed), strict=True):
            out.append({"doc_key": key, "sha": sha, "file_index": file_index, "inner": inner,
                        "record": json.dumps(record, ensure_ascii=False), "signature": blob})
    return pa.RecordBatch.from_pylist(out, schema=CODED_ARROW)


def code_files(options: Options, settings: StorySettings, default_date: str | None, size: int):
    """The mapInArrow function over (file_index, path, stem) rows."""
    def run(batches: Iterator) -> Iterator:
        from newsevents.read import iter_file

        for batch in batches:
            for row in batch.to_pylist():
                docs = iter_file(row["path"], row["stem"], default_date=default_date)
                file_index = row["file_index"]
                yield coded_batch([(file_index, inner, doc) for inner, doc in enumerate(docs)], options, settings,
                                  size)
    return run


def code_records(options: Options, settings: StorySettings, default_date: str | None, size: int,
                 path: str, stem: str):
    """The mapInArrow function over the rows of a Parquet input (each row a record, as in JSONL)."""
    def run(batches: Iterator) -> Iterator:
        for batch in batches:
            items = []
            for row in batch.to_pylist():
                inner = int(row.pop("__inner"))
                file_index = int(row.pop("__file"))
                record = {k: v for k, v in row.items() if v is not None}
                items.append((file_index, inner, record_document(record, fallback_id=f"{stem}:{inner + 1}",
                                                                 origin=f"{path}:{inner + 1}",
                                                                 default_date=default_date)))
            yield coded_batch(items, options, settings, size)
    return run


def table_rows(table: str):
    """The mapInArrow function from coded rows (with seq and story_id) to one table's rows."""
    def run(batches: Iterator) -> Iterator:
        import pyarrow as pa

        from newsevents.engines.tables import arrow_schema

        schema = arrow_schema(table)
        for batch in batches:
            out: list[dict] = []
            for row in batch.to_pylist():
                key, sha, seq, blob, story_id = (row[c] for c in ("doc_key", "sha", "seq", "signature", "story_id"))
                record = json.loads(row["record"])
                if table == "documents":
                    out.append(rows.document_row(key, sha, int(seq), record, story_id))
                elif table == "actors":
                    out += rows.actor_rows(key, record)
                elif table == "quotes":
                    out += rows.quote_rows(key, record)
                elif table == "events":
                    out += rows.event_rows(key, record, story_id)
                elif blob is not None:
                    out.append({"doc_key": key, "story_id": story_id, "signature": bytes(blob)})
            yield pa.RecordBatch.from_pylist(out, schema=schema)
    return run


def read_inputs(spark, paths: list[str], options: Options, settings: StorySettings, date: str | None, size: int):
    """The coded DataFrame of every input."""
    from pyspark.sql import functions as F

    files, parquet = input_files(paths)
    frames = []
    if files:
        listing = spark.createDataFrame(files, "file_index long, path string, stem string")
        listing = listing.repartition(max(1, min(len(files), spark.sparkContext.defaultParallelism * 4)))
        frames.append(listing.mapInArrow(code_files(options, settings, date, size), CODED))
    for file_index, path, stem in parquet:
        table = spark.read.parquet(path)
        columns = [c for c in RECORD_COLUMNS if c in table.columns]
        table = table.select(*[F.col(c).cast("string") for c in columns])
        numbered = table.rdd.zipWithIndex().map(lambda pair, i=file_index: (*pair[0], pair[1], i))
        table = numbered.toDF([*columns, "__inner", "__file"])
        frames.append(table.mapInArrow(code_records(options, settings, date, size, path, stem), CODED))
    coded = frames[0]
    for frame in frames[1:]:
        coded = coded.unionByName(frame)
    return coded


def run_spark(paths: list[str] | str, out: str | os.PathLike, *, master: str | None = "local[2]",
              date: str | None = None, options: Options | None = None, settings: StorySettings | None = None,
              batch_size: int = 32, spark=None) -> SparkSummary:
    """Code ``paths`` on Spark and write every table as Parquet under ``out``."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    paths = [paths] if isinstance(paths, str) else list(paths)
    default_date = normalise_date(date)
    if date and default_date is None:
        raise ValueError(f"not a date: {date!r}")
    options, settings = options or Options(), settings or StorySettings()
    spark = spark or spark_session(master)
    out = Path(out)
    work = out / "_coded"
    coded = read_inputs(spark, paths, options, settings, default_date, batch_size)
    first = Window.partitionBy("doc_key").orderBy("file_index", "inner")
    coded = coded.withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n")
    coded.write.mode("overwrite").parquet(str(work))
    coded = spark.read.parquet(str(work))
    order = coded.select("doc_key", "file_index", "inner").withColumn(
        "seq", F.row_number().over(Window.orderBy("file_index", "inner")).cast("long"))
    coded = coded.join(order.select("doc_key", "seq"), "doc_key")
    has_text = F.length(F.trim(F.get_json_object("record", "$.text"))) > 0
    stories = assign_stories(coded.select("doc_key", "seq", "signature", has_text.alias("has_text")), settings)
    coded = coded.join(stories, "doc_key", "left").select("doc_key", "sha", "seq", "record", "signature", "story_id")
    for table in ROW_TABLES:
        coded.mapInArrow(table_rows(table), spark_schema(table)).write.mode("overwrite").parquet(str(out / table))
    documents = spark.read.parquet(str(out / "documents"))
    story_table(documents).write.mode("overwrite").parquet(str(out / "stories"))
    summary = SparkSummary(out=str(out), documents=documents.count(),
                           events=spark.read.parquet(str(out / "events")).count(),
                           stories=spark.read.parquet(str(out / "stories")).count())
    shutil.rmtree(work, ignore_errors=True)
    return summary


def story_table(documents):
    """The stories table from the documents rows (as ``STORIES_UPSERT`` computes it in a store)."""
    from pyspark.sql import functions as F

    return (documents.where("story_id IS NOT NULL").groupBy("story_id").agg(
        F.min_by("doc_key", "seq").alias("first_doc_key"), F.min_by("doc_id", "seq").alias("first_doc_id"),
        F.min_by("headline", "seq").alias("headline"), F.min("date").alias("first_date"),
        F.max("date").alias("last_date"), F.count("*").cast("int").alias("n_documents"),
        F.countDistinct(F.coalesce("outlet", "doc_key")).cast("int").alias("n_sources")))
