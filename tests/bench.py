"""The measuring scripts of bench/, loaded by path for the tests that keep their figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def bench_module(relative: str) -> ModuleType:
    """The module at ``bench/<relative>`` (``"phrasings/measure.py"``)."""
    path = BENCH / relative
    spec = importlib.util.spec_from_file_location(f"bench_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
