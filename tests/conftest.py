"""Shared fixtures: the sample corpus of real published letters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imr.paths import default_corpus


def corpus_dir() -> Path:
    return default_corpus()


def corpus_letters() -> list[dict]:
    """The reference records of letters.jsonl (empty when the corpus is absent)."""
    path = corpus_dir() / "letters.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_dir()
    if not (path / "letters.jsonl").is_file():
        pytest.skip(f"sample corpus not found at {path} (set IMR_CORPUS)")
    return path
