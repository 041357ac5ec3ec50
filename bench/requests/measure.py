"""How well request lines written blind are understood: category, visits, drug, quantity, side,
retrospective.

    python bench/requests/measure.py [--show] [--holdout]

Each YAML file here lists request lines as IMR letters write them, with the reading expected
(`category`, and where the line states them `visits`, `drug`, `quantity`, `side`,
`retrospective`). A field is scored only on the lines that give it. ``--holdout`` reads
``holdout/`` instead: lines by another hand, kept out of the tuning and measured once after it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from imr.requests import parse_request

HERE = Path(__file__).parent
FIELDS = ("category", "visits", "drug", "quantity", "side", "retrospective")


def lines(folder: Path = HERE) -> list[dict]:
    found = []
    for path in sorted(folder.glob("*.yaml")):
        found.extend(yaml.safe_load(path.read_text()) or [])
    return found


def _drug_right(expected: str, request) -> bool:
    if expected == "compound":
        return len(request.ingredients) > 1 or (request.drug or "") == "compounded topical"
    got = (request.drug or "").lower()
    first = expected.lower().split("/")[0].split()[0]
    return got.startswith(first) or first in got or first in " ".join(request.ingredients)


def right(field: str, expected, request) -> bool:
    if field == "category":
        return request.category.value == expected
    if field == "drug":
        return _drug_right(str(expected), request)
    if field == "side":
        return request.side is not None and request.side.value == expected
    if field == "retrospective":
        return request.retrospective == bool(expected)
    return getattr(request, field) == expected


def measure(show: bool = False, folder: Path = HERE) -> dict[str, tuple[int, int]]:
    scores = {field: [0, 0] for field in FIELDS}
    for line in lines(folder):
        request = parse_request(line["text"])
        for field in FIELDS:
            if field not in line or line[field] is None:
                continue
            ok = right(field, line[field], request)
            scores[field][0] += ok
            scores[field][1] += 1
            if show and not ok:
                got = getattr(request, field)
                print(f"  {field}: expected {line[field]!r}, read {getattr(got, 'value', got)!r} — {line['text']}")
    return {field: (good, total) for field, (good, total) in scores.items()}


def main() -> None:
    folder = HERE / "holdout" if "--holdout" in sys.argv else HERE
    scores = measure(show="--show" in sys.argv, folder=folder)
    for field, (good, total) in scores.items():
        print(f"{field:14} {good:>4}/{total:<4} {good / total if total else 1:.2f}")


if __name__ == "__main__":
    main()
