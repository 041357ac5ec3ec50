"""How well the records reader finds each fact in sentences written blind, one sentence a record.

    python bench/phrasings/measure.py [--show] [--holdout]

Each YAML file here lists, per fact, sentences that assert it (``true``), that state its opposite
(``false``) and near misses that do not assert it (``none``). A sentence is read alone by
``imr.clinical.extract_facts``; the fact is "true" when found asserted, "false" when found denied,
"none" otherwise. Reported per fact: recall on the true sentences, and how many of the false and
none sentences were wrongly read as true. ``--show`` prints every sentence read wrongly.
``--holdout`` reads ``holdout/`` instead: sentences written blind by another hand, kept out of
the tuning and measured once after it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from imr.clinical.facts import extract_facts
from imr.model import Finding, Record

HERE = Path(__file__).parent

# facts whose sentences are read from another field of Facts
_FIELD = {"pain_relief": "pain_with_medication"}


def reading(fact: str, sentence: str) -> str:
    facts = extract_facts([Record(kind="clinical_summary", text=sentence)])
    value = getattr(facts, _FIELD.get(fact, fact))
    if fact == "gi_risk" and value is None and facts.age is not None and float(facts.age.value) >= 65:
        return "true"  # the engine's criterion counts age over 65 as a risk (CPMTG p. 68)
    if value is None or value == []:
        return "none"
    if isinstance(value, Finding) and value.value is False:
        return "false"
    if fact == "returned_to_work" and isinstance(value, Finding) and value.value in ("off work", "TTD"):
        return "false"
    return "true"


def suites(folder: Path = HERE) -> list[dict]:
    """Every fact's sentences; the keys ``true`` and ``false`` may be written bare (YAML booleans)."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text()) or []:
            keys = {True: "true", False: "false"}
            found.append({keys.get(k, k): v for k, v in entry.items()})
    return found


def measure(show: bool = False, folder: Path = HERE) -> dict[str, dict[str, float]]:
    results = {}
    for entry in suites(folder):
        fact = entry["fact"]
        true = [reading(fact, s) for s in entry.get("true") or []]
        false = [reading(fact, s) for s in entry.get("false") or []]
        none = [reading(fact, s) for s in entry.get("none") or []]
        results[fact] = {
            "true": len(true), "recall": sum(r == "true" for r in true) / len(true) if true else 1.0,
            "false": len(false), "false_read_true": sum(r == "true" for r in false),
            "false_read_false": sum(r == "false" for r in false),
            "none": len(none), "none_read_true": sum(r == "true" for r in none),
        }
        if show:
            for kind, got in (("true", true), ("false", false), ("none", none)):
                for sentence, read in zip(entry.get(kind) or [], got):
                    wrong = read != "true" if kind == "true" else read == "true"
                    if wrong:
                        print(f"  {fact} [{kind} read {read}] {sentence}")
    return results


def main() -> None:
    results = measure(show="--show" in sys.argv, folder=HERE / "holdout" if "--holdout" in sys.argv else HERE)
    print(f"{'fact':28} {'recall':>7} {'false→true':>11} {'none→true':>10}")
    for fact, r in results.items():
        print(f"{fact:28} {r['recall']:7.2f} {r['false_read_true']:>5}/{r['false']:<5} {r['none_read_true']:>4}/{r['none']:<5}")
    true_total = sum(r["true"] for r in results.values())
    recall = sum(r["recall"] * r["true"] for r in results.values()) / true_total
    wrong = sum(r["false_read_true"] + r["none_read_true"] for r in results.values())
    negatives = sum(r["false"] + r["none"] for r in results.values())
    print(f"{'all':28} {recall:7.2f} {wrong:>5}/{negatives:<5} (false and none read as true)")


if __name__ == "__main__":
    main()
