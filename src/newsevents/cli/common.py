"""Options shared by several commands."""

from __future__ import annotations

import sys

import click

DB_OPTION = click.option("--db", default="newsevents.duckdb", show_default=True, type=click.Path(dir_okay=False),
                         help="The DuckDB store (readers use <db>.snapshot.duckdb while a run writes).")


def store_errors():
    from newsevents.store import StoreError

    return StoreError

actor_options = [
    click.option("--actors-dict", "actor_files", multiple=True, type=click.Path(exists=True),
                 help="Extra actor dictionary: a PETRARCH/TABARI .actors/.agents file or one of "
                      "our TSV files (repeatable)."),
    click.option("--no-default-actors", is_flag=True,
                 help="Use only the --actors-dict files, not the bundled dictionaries."),
]


def with_actor_options(function):
    for option in reversed(actor_options):
        function = option(function)
    return function


def ner_gate_option(function):
    """--ner-gate: where the model's NER reads (docs/parse.md; off: every paragraph, as before issue #13)."""
    from newsevents.nergate import MODES

    return click.option("--ner-gate", type=click.Choice(["off", *MODES]), default="document-window", show_default=True,
                        help="Where spaCy's NER reads: document-window, a few words round each name the "
                             "dictionaries lack, once a document; off: every paragraph (slower, the "
                             "model's own entities everywhere). docs/parse.md.")(function)


input_options = [
    click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
                 help="A page or corpus record larger than this is skipped as 'too-large' (not truncated)."),
    click.option("--lang", type=click.Choice(["en", "any"]), default="en", show_default=True,
                 help="en: an article surely not in English is skipped as 'not-english (fr, p=0.99)'; "
                      "any: code it anyway, with a warning on its record (the dictionaries are English)."),
]


def with_input_options(function):
    """--max-bytes and --lang: what becomes of a too large or foreign document (docs/run.md)."""
    for option in reversed(input_options):
        function = option(function)
    return function


PIPED_WIDTH = 160  # columns for tables written to a file or a pipe (a terminal gives its own)


def table_console():
    """A rich console for tables on stdout: the terminal's width, or a wide page when the
    output goes to a file or a pipe (rich would squeeze it into 80 columns)."""
    import os

    from rich.console import Console
    if sys.stdout.isatty():
        return Console()
    return Console(width=int(os.environ.get("COLUMNS") or PIPED_WIDTH))


def progress_enabled() -> bool:
    """Progress bars only for a person watching a terminal, never in CI logs."""
    return sys.stderr.isatty()


def check_date(ctx, param, value: str | None) -> str | None:
    """Click callback: a --date the library cannot read is a usage error, not a traceback."""
    from newsevents.dates import normalise_date

    if value is None:
        return None
    day = normalise_date(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)")
    return day


def check_near(_ctx, _param, value: str | None) -> tuple[float, float, float] | None:
    """``LAT,LON,KM`` -> (lat, lon, km); anything else is a usage error."""
    if value is None:
        return None
    try:
        lat, lon, km = (float(part) for part in value.split(","))
    except ValueError:
        raise click.BadParameter(f"expected LAT,LON,KM such as 36.2,37.16,50, got {value!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise click.BadParameter(f"{value!r}: latitude -90..90, longitude -180..180, a positive distance")
    return lat, lon, km


def fallback_option(function):
    """--fallback/--no-fallback: the learned fallback for two-actor sentences the rules leave empty
    (events/fallback.py; its events carry the trigger "model:<lemma>")."""
    return click.option("--fallback/--no-fallback", "fallback", default=False, show_default=True,
                        help="Add the learned fallback's events (trigger 'model:<lemma>') for sentences naming "
                             "two actors that the rules leave without an event.")(function)
