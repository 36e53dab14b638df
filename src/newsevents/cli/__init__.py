"""The ``newsevents`` command: a thin skin over the library; each command lives in
its own module and calls one library function."""

from __future__ import annotations

from newsevents.cli.group import cli

__all__ = ["cli", "main", "register"]


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
