"""``newsevents run | events | export | dyads | demo``: the DuckDB store from the command line."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager

import click

from newsevents.cli.common import (
    DB_OPTION,
    check_date,
    check_near,
    fallback_option,
    ner_gate_option,
    progress_enabled,
    store_errors,
    table_console,
    with_actor_options,
    with_input_options,
)
from newsevents.cli.group import cli


def duckdb_io_error():
    """DuckDB's errors for a write that failed: I/O, or a COMMIT that could not write its log."""
    import duckdb

    return (duckdb.IOException, duckdb.TransactionException)


@cli.command("run")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes that code documents (default: one per core; 1 codes in this process).")
@click.option("--date", callback=check_date, help="Publication date for documents that carry none (YYYY-MM-DD).")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Documents per batch: a batch is coded by one worker and written in one transaction.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: worker processes writing --db; spark: a PySpark job writing Parquet under --out.")
@click.option("--master", default="local[2]", show_default=True,
              help="Spark master (--engine spark); 'submit' keeps what spark-submit set.")
@click.option("--out", type=click.Path(file_okay=False), help="Output folder of Parquet tables (--engine spark).")
@with_input_options
@with_actor_options
@ner_gate_option
@fallback_option
def run_command(paths, db, workers, date, batch_size, engine, master, out, max_bytes, lang, actor_files,
                no_default_actors, ner_gate, fallback):
    """Code a corpus into a DuckDB store; rerun to resume (stored documents are skipped).

    PATHS are anything `newsevents code` reads: text pages, HTML, JSONL/CSV corpora,
    folders, globs, .gz. See docs/run.md and docs/schema.md. The last line accounts for
    every input: coded + skipped (by named reason) = inputs; exit status 0.

    \b
    Examples:
      newsevents run articles.jsonl --db news.duckdb --workers 2
      newsevents run pages/ --date 2017-12-20
      newsevents run pages/ --max-bytes 1000000 --lang any
      newsevents run --engine spark --master local[2] articles.jsonl --out tables/   (docs/spark.md)
    """
    from newsevents.pipeline import Options
    from newsevents.store import run_corpus

    options = Options(actor_files=tuple(actor_files), default_actors=not no_default_actors, lang=lang,
                      ner_gate=ner_gate, fallback=fallback)
    if engine == "spark":
        from newsevents.cli.spark_cmd import run_on_spark
        from newsevents.read import MAX_BYTES

        if max_bytes != MAX_BYTES:
            raise click.UsageError(f"--max-bytes is not passed to Spark executors yet; they skip records over "
                                   f"the default {MAX_BYTES:,} bytes")

        return run_on_spark(paths, out=out, master=master, date=date, batch_size=batch_size, options=options)
    with run_progress() as on_batch, stop_on_signals() as stop:
        try:
            summary = run_corpus(paths, db=db, workers=workers, date=date, batch_size=batch_size, max_bytes=max_bytes,
                                 options=options, on_batch=on_batch, stop=stop)
        except store_errors() as error:
            raise click.ClickException(str(error)) from error
        except (OSError, *duckdb_io_error()) as error:  # a full disk, a file-size limit: one line, no traceback
            cause = " ".join(str(error).split())
            raise click.ClickException(f"{db}: cannot write the store ({cause}); the batches committed so far "
                                       f"are kept: free space and rerun the same command to resume") from error
    print_run_summary(summary)
    click.echo(summary.accounting(), err=True)
    if summary.stopped:
        click.echo(f"stopped on request after committing the batch in hand; to resume, run the same command "
                   f"again (stored documents are skipped): newsevents run ... --db {db}", err=True)


@contextmanager
def stop_on_signals():
    """SIGTERM and Ctrl-C set an event the run checks after each committed batch."""
    import signal
    import threading

    stop = threading.Event()
    handled = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, lambda *_: stop.set()) for number in handled}
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def run_progress():
    """A rich progress bar on stderr for a person at a terminal; nothing otherwise."""
    if not progress_enabled():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[rate]:.1f} docs/s  {task.fields[events]} events  "
                          "{task.fields[warnings]} warnings  {task.fields[skipped]} skipped"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("coding", total=None, rate=0.0, events=0, warnings=0, skipped=0)

        def on_batch(state):
            total = state.total - state.skipped if state.total is not None else None
            progress.update(task, completed=state.done, total=total, rate=state.docs_per_second,
                            events=state.events, warnings=state.warnings, skipped=state.skipped)

        yield on_batch


def print_run_summary(summary) -> None:
    from rich.table import Table

    table = Table(title=f"run into {summary.db}", show_header=False)
    rows = [("documents stored", summary.documents), ("already stored, skipped", summary.skipped),
            ("coded / empty / failed", f"{summary.coded} / {summary.empty} / {summary.failed}"),
            ("skipped for a reason", summary.skipped_for_reason),
            ("actors, quotes, events", f"{summary.actors}, {summary.quotes}, {summary.events}"),
            ("new stories", summary.new_stories), ("warnings", summary.warnings),
            ("workers", summary.workers), ("time", f"{summary.elapsed:.1f} s"),
            ("rate", f"{summary.docs_per_second:.2f} docs/s"), ("snapshot", summary.snapshot or "-")]
    for name, value in rows:
        table.add_row(name, str(value))
    table_console().print(table)


def filter_options(function):
    options = [
        click.option("--actor", help="Actor code or prefix on either side (RUS, RUSGOV)."),
        click.option("--root", help="CAMEO root code (13 = threaten)."),
        click.option("--since", help="First date (YYYY-MM-DD), inclusive."),
        click.option("--until", help="Last date (YYYY-MM-DD), inclusive."),
        click.option("--country", "place_country", help="Where the event happened: ISO3 country code (SYR)."),
        click.option("--near", callback=check_near, metavar="LAT,LON,KM",
                     help="Where the event happened: within KM kilometres of LAT,LON (36.2,37.1,50)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@cli.command("events")
@DB_OPTION
@filter_options
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def events_command(db, actor, root, since, until, place_country, near, limit, fmt):
    """List stored events, newest first.

    \b
    Examples:
      newsevents events --actor RUS --root 03 --since 2017-01-01
      newsevents events --country SYR --root 19
      newsevents events --near 36.2,37.16,50      # within 50 km of Aleppo
      newsevents events --format jsonl --limit 0 > events.jsonl
    """
    from newsevents.store.query import EventFilter, query_events

    flt = EventFilter(actor=actor, root=root, since=since, until=until, place_country=place_country, near=near)
    try:
        rows = query_events(db, flt, limit=limit or None)
    except store_errors() as error:
        raise click.ClickException(str(error)) from error
    emit_rows(rows, fmt, ("date", "source", "target", "code", "name", "goldstein", "modality", "location_name",
                          "doc_id", "sentence"),
              title=f"{len(rows)} events")


def emit_rows(rows: list[dict], fmt: str, columns: tuple[str, ...], *, title: str) -> None:
    """JSON lines, or a table of ``columns`` for a person."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        print_rows(rows, columns, title=title)


def print_rows(rows: list[dict], columns: tuple[str, ...], *, title: str) -> None:
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=60 if column in ("sentence", "headline") else None)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    table_console().print(table)


@cli.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True,
              help="gdelt: a TSV with the GDELT 2.0 event table's 61 columns (see docs/export.md).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option("--table", default="events", show_default=True,
              type=click.Choice(["events", "documents", "actors", "quotes", "stories", "minhashes"]),
              help="Table to export (parquet, csv, jsonl).")
@filter_options
@click.option("--include-negated/--no-negated", default=None,
              help="Keep negated events (default: kept, except in gdelt, which has no modality column).")
def export_command(db, fmt, out, table, actor, root, since, until, place_country, near, include_negated):
    """Export the store as Parquet, CSV, JSON lines or a GDELT-style TSV.

    \b
    Examples:
      newsevents export --format parquet --out events.parquet
      newsevents export --format gdelt --out events.gdelt.tsv --since 2017-01-01
    """
    from newsevents.store.export import export
    from newsevents.store.query import EventFilter

    negated = include_negated if include_negated is not None else fmt != "gdelt"
    flt = EventFilter(actor=actor, root=root, since=since, until=until, include_negated=negated,
                      place_country=place_country, near=near)
    try:
        count = export(db, out, fmt=fmt, table=table, flt=flt)
    except store_errors() as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"{count} rows -> {out}", err=True)


@cli.command("dyads")
@DB_OPTION
@click.option("--by", type=click.Choice(["day", "month", "year"]), default="month", show_default=True)
@filter_options
@click.option("--include-negated", is_flag=True, help="Count negated events too (left out by default).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def dyads_command(db, by, actor, root, since, until, place_country, near, include_negated, fmt):
    """Source–target pairs per period: events (a story counted once), mean Goldstein, QuadClass shares.

    \b
    Examples:
      newsevents dyads --by month --actor RUS
      newsevents dyads --by day --format jsonl
    """
    from newsevents.store.query import EventFilter, dyads

    flt = EventFilter(actor=actor, root=root, since=since, until=until, include_negated=include_negated,
                      place_country=place_country, near=near)
    try:
        rows = dyads(db, by=by, flt=flt)
    except store_errors() as error:
        raise click.ClickException(str(error)) from error
    columns = ("period", "source", "target", "events", "mean_goldstein", "q1_verbal_coop", "q2_material_coop",
               "q3_verbal_conflict", "q4_material_conflict", "documents", "sources")
    emit_rows(rows, fmt, columns, title=f"dyads by {by}")


@cli.command("demo")
@DB_OPTION
def demo_command(db):
    """Code the bundled example pages into a store and show what came out.

    The examples: the project's seed page (a Sputnik story reprinted by The Duran) and
    four short articles, one of them a reprint of another with other boilerplate.
    """
    from newsevents.store.demo import run_demo

    try:
        summary, store, seed_events = run_demo(db, workers=1)
    except store_errors() as error:
        raise click.ClickException(str(error)) from error
    print_run_summary(summary)
    print_rows([{"table": k, "rows": v} for k, v in store["tables"].items()], ("table", "rows"),
               title=f"store {os.fspath(store['path'])}")
    print_rows(store["roots"], ("root", "events"), title="events by CAMEO root")
    print_rows(store["stories"], ("first_doc_id", "headline", "n_documents", "n_sources"), title="stories")
    print_rows(seed_events, ("date", "source", "target", "code", "name", "modality", "source_text", "target_text"),
               title="events of the seed page (000_44652aec5ffde77d)")
