"""Where imr finds its default data: the sample corpus and the embedded store."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS_ENV = "IMR_CORPUS"
DB_ENV = "IMR_DB"


def default_corpus() -> Path:
    """The sample corpus: $IMR_CORPUS, else the first ``shared/corpus`` found beside a
    parent of the working directory or of this package (the repo's ``../shared``)."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        return Path(env)
    for start in (Path.cwd(), Path(__file__).resolve()):
        for parent in (start, *start.parents):
            candidate = parent / "shared" / "corpus"
            if (candidate / "letters.jsonl").is_file():
                return candidate
    return Path("../shared/corpus")


def default_db_url() -> str:
    """The embedded store: $IMR_DB, else SQLite at ``~/.local/share/imr/imr.db``."""
    env = os.environ.get(DB_ENV)
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "imr"
    return f"sqlite:///{base / 'imr.db'}"
