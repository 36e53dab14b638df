"""Every command has --help with an example and a docs page; every setting is documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli, register
from newsevents.pipeline import Options

DOCS = Path(__file__).resolve().parents[1] / "docs"
register()
COMMANDS = sorted(cli.commands)


def test_docs_every_expected_command_exists():
    assert {"code", "quotes", "actor", "run", "events", "dyads", "export", "eval", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "example" in result.output.lower()


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_command_has_a_page(name):
    pages = [p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")]
    assert any(f"newsevents {name}" in page for page in pages), f"no docs page mentions `newsevents {name}`"


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(Options)])
def test_docs_every_setting_is_documented(field):
    assert f"`{field}`" in (DOCS / "settings.md").read_text(encoding="utf-8")


def test_docs_readme_opens_with_the_two_commands():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    head = readme[:600]
    assert "make demo" in head and "make test" in head
    assert "make test" in (DOCS.parent / ".ci" / "run").read_text(encoding="utf-8")
