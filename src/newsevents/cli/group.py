"""The ``newsevents`` command group. It lives apart from the package ``__init__`` (which
registers the command modules) so that a command module imports the group without
importing back the package that imports it."""

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
