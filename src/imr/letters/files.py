"""Which files a list of paths names: files as given, directories walked for letters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

LETTER_SUFFIXES = (".pdf", ".txt")


def letter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each file given, and every *.pdf / *.txt below each directory given, in name order."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in LETTER_SUFFIXES:
                    yield child
        else:
            yield path
