"""``newsevents actor``: the code of an actor phrase, or of each line of a JSONL file."""

from __future__ import annotations

import json

import click

from newsevents.actors import load_lexicon, resolve_phrase
from newsevents.cli.common import check_date, with_actor_options
from newsevents.cli.group import cli
from newsevents.resources import DataError


@cli.command("actor")
@click.argument("text", required=False)
@click.option("--date", callback=check_date, help="The day the phrase is from (YYYY-MM-DD): people's roles are dated.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"),
              help='Resolve each line {"id", "text", "date"} of this file (- for stdin) instead of TEXT.')
@with_actor_options
def actor_command(text, date, jsonl, actor_files, no_default_actors):
    """Print the actor code of TEXT as JSON: text, code, codes, country, sector, name, kind, plover_sector.

    \b
    Examples:
      newsevents actor "Kremlin spokesman Dmitry Peskov" --date 2017-12-20
      newsevents actor "France and Germany"
      newsevents actor "Juri RATAS" --date 2019-06-01       # ESTGOV, plover_sector GOV
      newsevents actor --jsonl phrases.jsonl --no-default-actors --actors-dict Phoenix.agents.txt
    """
    if (text is None) == (jsonl is None):
        raise click.UsageError("give TEXT or --jsonl FILE (one of them)")
    try:
        lexicon = load_lexicon(tuple(actor_files), defaults=not no_default_actors)
    except DataError as error:
        raise click.ClickException(str(error)) from error
    if text is not None:
        click.echo(json.dumps(resolve_phrase(text, date, lexicon=lexicon), ensure_ascii=False))
        return
    for number, line in enumerate(jsonl, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise click.ClickException(f"line {number}: not valid JSON ({error})") from error
        result = resolve_phrase(item.get("text") or "", item.get("date") or date, lexicon=lexicon)
        click.echo(json.dumps({"id": item.get("id", number), **result}, ensure_ascii=False))
