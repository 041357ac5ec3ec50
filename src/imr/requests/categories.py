"""Which kind of treatment a request is, from the words of the request (data/categories.yaml).

Drug names decide for medications before any pattern: "Norco 10/325 #60" is a medication
whatever else it says. The drug list lives in data/drugs.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from imr.model import Category


@lru_cache(maxsize=1)
def _rules() -> list[tuple[Category, re.Pattern[str]]]:
    text = resources.files("imr.requests").joinpath("data/categories.yaml").read_text()
    rules = []
    for entry in yaml.safe_load(text):
        patterns = entry.get("patterns") or []
        if not patterns:
            continue
        joined = "|".join(f"(?:{p})" for p in patterns)
        rules.append((Category(entry["category"]), re.compile(rf"(?<![\w-])(?:{joined})(?:e?s)?(?![\w])", re.I)))
    return rules


def categorize(text: str, *, drug_known: bool = False) -> Category:
    """The treatment category of a request's text (``drug_known``: a drug name was found)."""
    for category, pattern in _rules():
        if category is Category.MEDICATION and drug_known:
            return Category.MEDICATION
        if pattern.search(text):
            if drug_known and category in (Category.OFFICE_VISIT, Category.CONSULTATION, Category.DME, Category.SURGICAL_SERVICE):
                return Category.MEDICATION
            return category
    return Category.MEDICATION if drug_known else Category.OTHER
