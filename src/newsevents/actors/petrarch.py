"""PETRARCH/TABARI dictionaries (.actors, .agents): placeholder until the reader lands."""

from __future__ import annotations

from pathlib import Path

from newsevents.actors.lexicon import Lexicon


def load_petrarch(lexicon: Lexicon, path: Path) -> None:
    raise NotImplementedError(f"{path}: PETRARCH dictionaries are not read yet")
