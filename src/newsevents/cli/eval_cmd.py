"""``newsevents eval``: code a gold file's texts and score the events."""

from __future__ import annotations

import click

from newsevents.cli.common import fallback_option, with_actor_options
from newsevents.cli.group import cli
from newsevents.events.error_kinds import EXTRA_KINDS, MISS_KINDS, error_kinds, error_list
from newsevents.events.evaluate import gold_inputs, read_gold, score_events
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--confusion/--no-confusion", default=True, show_default=True,
              help="Print the confusion table (gold label x coded label).")
@click.option("--split", type=click.Choice(["tune", "report"]), default=None,
              help="Score only the gold records of this split.")
@click.option("--corpora", type=click.Path(exists=True, file_okay=False),
              help="Folder of corpora (<name>/articles.jsonl) for gold records that name a `corpus`"
                   " [default: the nearest shared/corpora above GOLD].")
@click.option("--kinds", is_flag=True, help="Also print misses and extras by kind (wrong target, unknown source, ...).")
@click.option("--misses", "list_misses", is_flag=True,
              help="Also list every missed gold event and every extra coded event, with its kind and sentence.")
@with_actor_options
@click.option("--dictionaries", "dictionaries", type=click.Path(exists=True, file_okay=False),
              help="Code with a PETRARCH configuration folder, as `code --dictionaries` (docs/petrarch.md).")
@click.option("--mode", "dictionary_mode", type=click.Choice(["petrarch", "merge"]), default="petrarch",
              show_default=True, help="With --dictionaries: their coder, or ours plus their verbs.")
@fallback_option
def eval_command(gold, confusion, split, corpora, kinds, list_misses, actor_files, no_default_actors, dictionaries,
                 dictionary_mode, fallback):
    """Code the texts of GOLD (JSONL with id, text, expected) and print P/R/F1.

    A record without `text` is read from `<id>.txt` beside GOLD (article gold), or,
    if it names a `corpus`, from that corpus's articles.jsonl (--corpora).

    Scored as ../shared/eval/score.py does: dyads of (source country, target country,
    CAMEO root), or PLOVER category when the gold has no codes.

    \b
    Example:
      newsevents eval my_gold.jsonl
      newsevents eval tests/fixtures/event_articles/gold.jsonl --split report
      newsevents eval gold.jsonl --split tune --dictionaries petrarch2/ --mode merge
      newsevents eval tests/fixtures/event_articles/gold.jsonl --split tune --kinds --no-confusion
      newsevents eval tests/fixtures/real_articles/gold.jsonl --corpora ../shared/corpora
      newsevents eval tests/fixtures/real_articles/gold.jsonl --split tune --misses --no-confusion
    """
    if dictionaries:
        from newsevents.cli.code_cmd import check_dictionaries

        check_dictionaries(dictionaries, dictionary_mode)
    try:
        items = read_gold(gold, split=split, corpora=corpora)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    options = Options(actor_files=tuple(actor_files), default_actors=not no_default_actors,
                      dictionaries=dictionaries, dictionary_mode=dictionary_mode, fallback=fallback)
    coded = map(to_record, code_documents(gold_inputs(items), options=options))
    records = {record["id"]: record for record in coded}
    score = score_events(items, records)
    click.echo(f"tp {score.tp} fp {score.fp} fn {score.fn}")
    click.echo(f"events {score.scheme} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")
    if confusion and score.confusion:
        click.echo("\ngold\tcoded\tcount")
        for (want, got), count in sorted(score.confusion.items(), key=lambda item: -item[1]):
            click.echo(f"{want}\t{got}\t{count}")
    if kinds:
        misses, extras = error_kinds(items, records)
        click.echo("\nmissed\tcount")
        for kind in MISS_KINDS:
            click.echo(f"{kind}\t{misses[kind]}")
        click.echo("\nextra\tcount")
        for kind in EXTRA_KINDS:
            click.echo(f"{kind}\t{extras[kind]}")
    if list_misses:
        click.echo("\nid\tside\tkind\tsource\ttarget\tcode\tsentence")
        for row in error_list(items, records):
            event = row["event"]
            sentence = " ".join((event.get("sentence") or "").split())
            click.echo(f"{row['id']}\t{row['side']}\t{row['kind']}\t{event.get('source', row['dyad'][0])}\t"
                       f"{event.get('target') or '---'}\t{event.get('code', row['dyad'][2])}\t{sentence[:200]}")
