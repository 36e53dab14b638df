"""The ``newsevents`` command: a thin skin over the library; each command lives in
its own module and calls one library function."""

from __future__ import annotations

import logging

import click

from newsevents import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsevents")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Raw news in, event data out: who did or said what to whom, when, on whose word.

    \b
    Examples:
      newsevents code page.txt --date 2017-12-20 --format table
      newsevents code corpus.jsonl --format jsonl > records.jsonl
      cat page.html | newsevents code - --format json
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s")


def register() -> None:
    from newsevents.cli import code_cmd  # noqa: F401 - registers its commands

    for module in ("actor_cmd", "quotes_cmd", "run_cmd", "eval_cmd", "serve_cmd", "spark_cmd", "gaps_cmd"):
        try:
            __import__(f"newsevents.cli.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"newsevents.cli.{module}":
                raise


def main() -> None:
    register()
    cli()
