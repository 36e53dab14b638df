"""``newsevents run --engine spark`` and ``newsevents load``: the Spark engine's two ends."""

from __future__ import annotations

import click

from newsevents.cli.common import DB_OPTION, store_errors
from newsevents.cli.group import cli


def run_on_spark(paths, *, out, master, date, batch_size, options) -> None:
    """Code ``paths`` with the Spark engine into Parquet tables under ``out``."""
    if not out:
        raise click.UsageError("--engine spark writes Parquet tables: give --out DIR")
    from newsevents.engines.spark import run_spark

    try:
            summary = run_spark(list(paths), out, master=None if master == "submit" else master, date=date,
                            batch_size=batch_size, options=options)
    except ModuleNotFoundError as error:
        raise click.ClickException(f"the Spark engine needs pyspark: pip install 'newsevents[spark]' ({error})") \
            from error
    click.echo(f"{summary.documents} documents, {summary.events} events, {summary.stories} stories -> {summary.out}")
    click.echo(f"load them into a store with: newsevents load {summary.out} --db newsevents.duckdb")


@cli.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@DB_OPTION
def load_command(folder, db):
    """Load the Parquet tables of a Spark run (run --engine spark --out FOLDER) into a store.

    Documents already in the store are skipped; stories are recounted. See docs/spark.md.

    \b
    Examples:
      newsevents run --engine spark articles.jsonl --out tables/
      newsevents load tables/ --db news.duckdb
    """
    from newsevents.store.load import load_parquet

    try:
        summary = load_parquet(folder, db=db)
    except store_errors() as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"{summary.documents} documents loaded ({summary.skipped} already stored), {summary.events} events "
               f"-> {summary.db}")
