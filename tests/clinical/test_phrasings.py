"""The records reader on sentences written blind in the register of the letters' case summaries
(bench/phrasings): each fact found where a sentence asserts it, and seldom where it is denied,
planned, hypothetical or only the guidelines' words."""

from __future__ import annotations

from tests.bench import BENCH as ROOT
from tests.bench import bench_module

BENCH = ROOT / "phrasings"


def _measure():
    return bench_module("phrasings/measure.py").measure


def _totals(results):
    true = sum(r["true"] for r in results.values())
    found = sum(r["recall"] * r["true"] for r in results.values())
    wrong = sum(r["false_read_true"] + r["none_read_true"] for r in results.values())
    negatives = sum(r["false"] + r["none"] for r in results.values())
    return found / true, wrong / negatives


def test_every_fact_is_read_in_the_phrasings_it_was_tuned_on():
    results = _measure()()
    recall, wrong = _totals(results)
    assert recall >= 0.95 and wrong <= 0.03
    assert all(r["recall"] >= 0.85 for r in results.values())


def test_phrasings_never_tuned_on_are_read_nearly_as_well():
    recall, wrong = _totals(_measure()(folder=BENCH / "holdout"))
    # first readings, each before the misses were looked at: 0.86 recall (8 of 135 wrong) for the
    # first suite, 0.90 (17 of 227) with the second; docs/benchmarks.md has the history
    assert recall >= 0.90 and wrong <= 0.05
