"""``newsevents gaps``: two-actor sentences without an event, grouped by frame."""

from __future__ import annotations

import itertools

import click

from newsevents.cli import cli
from newsevents.cli.common import with_actor_options
from newsevents.events.gaps import find_gaps
from newsevents.pipeline import Options, code_documents
from newsevents.read import read


@cli.command("gaps")
@click.argument("paths", nargs=-1, required=True)
@click.option("--top", type=click.IntRange(min=1), default=30, show_default=True, help="Frames to list.")
@click.option("--limit", type=click.IntRange(min=1), help="Code at most this many documents.")
@click.option("--examples", type=click.IntRange(min=0), default=2, show_default=True,
              help="Example sentences per frame.")
@click.option("--second", is_flag=True,
              help="Also list, in two-actor sentences that yield an event, the words heading a pattern of another "
                   "act that gave none (where a second act between the parties may be lost).")
@with_actor_options
def gaps_command(paths, top, limit, examples, second, actor_files, no_default_actors):
    """Find sentences naming two actors that yield no event, grouped by the verb or event
    noun linking the actors (lemma, particle, [preposition]), most frequent first; and the
    coverage: the share of two-actor sentences that yield an event.

    \b
    Examples:
      newsevents gaps ../shared/corpora/bbc_news/articles.jsonl --limit 300 --top 40
      newsevents gaps pages/ --examples 5
      newsevents gaps bbc.jsonl --second --top 40
    """
    # every sentence parsed: the fast path skips exactly the sentences a gap report looks for
    options = Options(actor_files=tuple(actor_files), default_actors=not no_default_actors, fast_path=False)
    docs = code_documents(itertools.islice(read(paths), limit), options=options)
    report = find_gaps(docs, examples=examples, second=second)
    click.echo(f"documents {report.documents}  two-actor sentences {report.sentences}  "
               f"with an event {report.covered}  coverage {report.coverage:.3f}")
    for frame, count, shown in report.top(top):
        click.echo(f"{count}\t{frame}")
        for sentence in shown:
            click.echo(f"\t\t{' '.join(sentence.split())[:240]}")
    if second:
        click.echo(f"second acts: {sum(report.second.values())} uncoded pattern heads in sentences with an event")
        for frame, count, shown in report.top_second(top):
            click.echo(f"{count}\t{frame}")
            for sentence in shown:
                click.echo(f"\t\t{' '.join(sentence.split())[:240]}")
