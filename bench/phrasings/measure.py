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

import re
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
    if fact == "off_work":
        status = facts.work_status.value if facts.work_status else None
        return "none" if status is None else "true" if status in ("off work", "TTD") else "false"
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


_MODALITY_WORDS = {"physical": "physical|pt|therapy", "occupational": "occupational|ot|therapy", "chiropractic": "chiro",
                   "acupuncture": "acupunct", "aquatic": "aqua|pool|therapy", "psychotherapy": "psych|cbt|cognitive|therapy",
                   "cbt": "psych|cbt|cognitive|therapy"}


def value_right(fact: str, expected: dict) -> bool:
    """Whether a sentence's numbers are read as expected: visits completed, or pain scores."""
    facts = extract_facts([Record(kind="clinical_summary", text=expected["text"])])
    if fact == "therapy_visits":
        done = [f for f in facts.therapy_visits if isinstance(f.value, float) and not (f.label or "").endswith("authorized")]
        if expected.get("visits") is None:
            return not done
        words = next((w for k, w in _MODALITY_WORDS.items() if k in str(expected.get("modality", "")).lower()), "")
        return any(f.value == expected["visits"] and re.search(words, f.label or "", re.I) for f in done)
    def number(finding):
        return finding.value if finding is not None and isinstance(finding.value, float) else None
    if expected.get("with") is None:
        return number(facts.pain_score) == expected.get("current") and number(facts.pain_with_medication) is None
    return number(facts.pain_with_medication) == expected["with"] and number(facts.pain_without_medication) == expected["without"]


def measure(show: bool = False, folder: Path = HERE) -> dict[str, dict[str, float]]:
    results = {}
    for entry in suites(folder):
        fact = entry["fact"]
        if "values" in entry:
            right = [value_right(fact, v) for v in entry["values"]]
            results[fact] = {"true": len(right), "recall": sum(right) / len(right), "false": 0, "false_read_true": 0,
                             "false_read_false": 0, "none": 0, "none_read_true": 0}
            if show:
                for v, ok in zip(entry["values"], right):
                    if not ok:
                        print(f"  {fact} [value] {v}")
            continue
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
