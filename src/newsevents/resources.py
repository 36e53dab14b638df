"""Package data: where the TSV files live and how they are read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsevents import messages


class DataError(ValueError):
    """A data file is malformed; the message names the file, the line and the reason."""


def data_path(*parts: str) -> Path:
    """Path of a file under ``newsevents/data``."""
    return Path(__file__).parent.joinpath("data", *parts)


def read_tsv(path: Path | str, *, columns: int, optional: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for each row; ``#`` lines and blank lines are skipped.

    A row must have between ``columns - optional`` and ``columns`` cells; ``-`` cells
    become empty strings.
    """
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            while len(cells) > columns and cells[-1] == "":
                cells.pop()
            if not columns - optional <= len(cells) <= columns:
                reason = f"expected {columns} tab-separated columns, found {len(cells)}"
                raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason))
            cells += [""] * (columns - len(cells))
            yield number, ["" if cell == "-" else cell for cell in cells]


def split_values(cell: str) -> list[str]:
    """``a|b|c`` -> ['a', 'b', 'c'] (empty parts dropped)."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def read_kinded_words(path: Path | str, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A word list of ``kind <TAB> lemma <TAB> note`` rows: kind -> lemmas, checked (a bad row names its line)."""
    found: dict[str, set[str]] = {kind: set() for kind in kinds}
    for number, (kind, lemma, _note) in read_tsv(path, columns=3, optional=1):
        if (kind, lemma) == ("kind", "lemma"):
            continue
        if kind not in kinds:
            raise DataError(f"{path}:{number}: kind must be one of {', '.join(kinds)}, not {kind!r}")
        if not lemma or lemma != lemma.lower() or " " in lemma:
            raise DataError(f"{path}:{number}: a lemma is one lowercase word, not {lemma!r}")
        found[kind].add(lemma)
    return {kind: frozenset(lemmas) for kind, lemmas in found.items()}
