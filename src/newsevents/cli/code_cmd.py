"""``newsevents code``: print the coded record of each document."""

from __future__ import annotations

import json

import click

from newsevents.cli.common import (
    check_date,
    fallback_option,
    ner_gate_option,
    progress_enabled,
    table_console,
    with_actor_options,
    with_input_options,
)
from newsevents.cli.group import cli
from newsevents.pipeline import Options, code_documents
from newsevents.read import count_documents, read
from newsevents.record import to_record


@cli.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True,
              help="jsonl: one record a line; json: indented (an object for one document, else an array); "
                   "table: for reading.")
@click.option("--date", callback=check_date, help="Publication date for documents that carry none (YYYY-MM-DD).")
@with_actor_options
@with_input_options
@ner_gate_option
@click.option("--dictionaries", "dictionaries", type=click.Path(exists=True, file_okay=False),
              help="A PETRARCH configuration folder: *verbs* or CAMEO*, *actors*, *agents*, *discards*, "
                   "*issues* files (docs/petrarch.md).")
@click.option("--mode", "dictionary_mode", type=click.Choice(["petrarch", "merge"]), default="petrarch",
              show_default=True,
              help="With --dictionaries: petrarch codes with its verbs and actors (ours only for names it "
                   "lacks; its codes as written); merge adds its events to ours where our patterns say nothing.")
@fallback_option
def code_command(paths, fmt, date, actor_files, no_default_actors, max_bytes, lang, ner_gate, dictionaries,
                 dictionary_mode, fallback):
    """Code documents: headline, article, actors, quotes and events of each.

    PATHS are files, folders, globs or - for stdin: text pages (headline on the first
    line), HTML, JSONL or CSV corpora (id, title, text, date, url, source), .gz too.

    \b
    Examples:
      newsevents code page.txt --date 2017-12-20 --format table
      newsevents code articles.jsonl > records.jsonl
      newsevents code pages/ --format json
      newsevents code stories.jsonl --dictionaries petrarch2/ --mode merge
      newsevents code pages/ --lang any --max-bytes 1000000
    """
    if dictionaries:
        check_dictionaries(dictionaries, dictionary_mode)
    options = Options(actor_files=tuple(actor_files), default_actors=not no_default_actors,
                      dictionaries=dictionaries, dictionary_mode=dictionary_mode, lang=lang, ner_gate=ner_gate,
                      fallback=fallback)
    docs = code_documents(read(paths, date=date, max_bytes=max_bytes), options=options)
    records = (to_record(doc) for doc in with_progress(docs, paths))
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt == "json":
        collected = list(records)
        payload = collected[0] if len(collected) == 1 else collected
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        from newsevents.render import article_view

        console = table_console()
        for record in records:
            console.print(article_view(record))


def check_dictionaries(folder: str, mode: str) -> None:
    """A configuration that cannot be read is a usage error naming file and line, not a traceback."""
    from newsevents.events.petrarch import load_dictionaries
    from newsevents.resources import DataError

    try:
        load_dictionaries(folder, mode)
    except DataError as error:
        raise click.BadParameter(str(error), param_hint="--dictionaries") from error


def with_progress(docs, paths):
    if not progress_enabled():
        yield from docs
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("coding", total=count_documents(paths))
        for doc in docs:
            yield doc
            progress.advance(task)
