"""Request lines written blind as the letters write them (bench/requests): the category, visits,
drug, quantity, side and retrospective flag read as a reviewer reads them."""

from __future__ import annotations

from tests.bench import BENCH as ROOT
from tests.bench import bench_module

BENCH = ROOT / "requests"


def _measure():
    return bench_module("requests/measure.py").measure


def test_request_lines_are_read_field_by_field():
    for folder in (BENCH, BENCH / "holdout"):
        scores = _measure()(folder=folder)
        for field, (good, total) in scores.items():
            assert total and good / total >= 0.95, (folder.name, field, good, total)
