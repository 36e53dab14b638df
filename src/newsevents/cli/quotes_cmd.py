"""``newsevents quotes``: who said what, one row per quotation."""

from __future__ import annotations

import json

import click

from newsevents.cli.common import check_date, table_console, with_actor_options
from newsevents.cli.group import cli
from newsevents.pipeline import Options, code_documents
from newsevents.quotes import quote_rows
from newsevents.read import read

TABLE_COLUMNS = ("doc", "id", "kind", "speaker", "speaker_code", "cue", "text")


@cli.command("quotes")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table: for reading; jsonl: one quote a line (doc, id, kind, speaker, speaker_code, "
                   "speaker_text, cue, text, start, end).")
@click.option("--date", callback=check_date, help="Publication date for documents that carry none (YYYY-MM-DD).")
@with_actor_options
def quotes_command(paths, fmt, date, actor_files, no_default_actors):
    """Who said what: the direct, partial and indirect quotes of each document, with the
    cue and the speaker (resolved name and CAMEO code where known, empty when no speaker
    can be found).

    PATHS are files, folders, globs or - for stdin, as for ``newsevents code``.

    \b
    Examples:
      newsevents quotes page.txt --date 2017-12-20
      newsevents quotes articles.jsonl --format jsonl > quotes.jsonl
      cat page.html | newsevents quotes -
    """
    options = Options(actor_files=tuple(actor_files), default_actors=not no_default_actors)
    rows = (row for doc in code_documents(read(paths, date=date), options=options) for row in quote_rows(doc))
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(*TABLE_COLUMNS, show_lines=False)
    for row in rows:
        table.add_row(*("" if row[column] is None else str(row[column]) for column in TABLE_COLUMNS))
    table_console().print(table)
