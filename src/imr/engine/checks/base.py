"""What every check shares: the result type, quoting evidence, and a fact as it bears on the
request (for an extremity, only findings whose sentence names it)."""

from __future__ import annotations

import re

from typing import Any

from imr.clinical.facts import finding_phrases
from imr.engine.context import ItemContext
from imr.model import Category, Finding
from imr.requests.parse import body_parts_in, find_drugs, mentions_body_part

NOT_DOCUMENTED = "not documented"


Result = tuple[bool | None, str]


def quote(finding: Finding) -> str:
    return finding.evidence.text


def state(value: Any) -> Result:
    """A Facts field as a check result."""
    if value is None or value == []:
        return None, NOT_DOCUMENTED
    if isinstance(value, list):
        return True, quote(value[0])
    if value.value is False:
        return False, quote(value)
    return True, quote(value)


_EXTREMITIES = {"shoulder", "elbow", "wrist", "hand", "hip", "knee", "ankle", "foot"}
# parts whose findings are told of each other: carpal tunnel numbness is in the fingers
_NEIGHBOURS = {"wrist": ("hand",), "hand": ("wrist",), "ankle": ("foot",), "foot": ("ankle",)}


_ANYWHERE = {"age", "sex", "functional_improvement", "returned_to_work", "work_status", "drug_screen",
             "cures_checked", "pain_agreement", "aberrant_behavior", "side_effects", "pain_with_medication",
             "pain_without_medication", "pain_score", "home_exercise", "gi_risk", "depression_or_anxiety",
             "insomnia", "surgery_certified", "surgery_done", "comorbidities"}


# facts often told without a body part ("treatment to date has included physical therapy"):
# such a sentence counts for any request; one that names another body part does not
_UNPLACED_COUNTS = {"failed_conservative_care"}


# what a medication does for the worker: a sentence that credits another drug does not speak for this one
_OF_THE_DRUG = {"functional_improvement", "pain_with_medication"}


def about_another_drug(ctx: ItemContext, text: str) -> bool:
    """Whether a sentence names drugs, none of them the requested one ("naproxen reduces her
    pain" says nothing of tramadol)."""
    if ctx.request.category is not Category.MEDICATION or not ctx.request.drug:
        return False
    named = {generic for _, generic, _ in find_drugs(text)}
    return bool(named) and ctx.request.drug not in named


def bearing(ctx: ItemContext, fact: str):
    """The fact as it bears on this request. For a request about an extremity, a finding
    counts only where its sentence names that body part (a fractured foot does not call for
    an elbow MRI); a red flag must name the request's body part wherever it is; for a
    medication, the benefit a sentence credits to another drug does not count."""
    value = getattr(ctx.facts, fact)
    parts = set(ctx.request.body_parts)
    if fact in _OF_THE_DRUG and value is not None and value.value is not False and about_another_drug(ctx, value.evidence.text):
        others = [f for f in ctx.facts.mentions.get(fact, []) if not about_another_drug(ctx, f.evidence.text)]
        return others[0] if others else None
    parts |= {n for p in parts for n in _NEIGHBOURS.get(p, ())}
    if fact in _ANYWHERE or not parts or (fact != "red_flags" and not parts & _EXTREMITIES):
        return value
    # a case about this limb alone: an examination that names no body part is of it
    only_this_limb = not (set(ctx.facts.body_parts) & _EXTREMITIES) - parts
    mentions = [f for f in ctx.facts.mentions.get(fact, [])
                if _about(fact, f.evidence.text, parts) or (only_this_limb and not body_parts_in(f.evidence.text))]
    if isinstance(value, list):
        return mentions
    if value is not None and value.value is False:
        return value
    return mentions[0] if mentions else None


def _about(fact: str, text: str, parts: set[str]) -> bool:
    """Whether a finding's sentence is about one of ``parts``: a red flag in a phrase that names
    another body part belongs to that part, not to the one requested."""
    if not mentions_body_part(text, parts):
        if fact == "red_flags" and any(_nerve_root_of(p, text, parts) for p in finding_phrases(fact, text)):
            return True
        return fact in _UNPLACED_COUNTS and not body_parts_in(text)
    if fact != "red_flags":
        return True
    phrases = finding_phrases(fact, text)
    if not phrases:
        return True
    return any(mentions_body_part(p, parts) or not body_parts_in(p) or _nerve_root_of(p, text, parts) for p in phrases)


# a deficit of the nerves of a limb is told of the spine its roots leave (a weak ankle of the
# low back, a numb hand of the neck)
_NEUROLOGICAL = re.compile(r"weak\w*|deficit|numb\w*|drop\b|/5\b|strength|power|motor|sensation", re.I)
_ROOTS = {"lumbar spine": {"hip", "knee", "ankle", "foot"}, "cervical spine": {"shoulder", "elbow", "wrist", "hand"}}


def _nerve_root_of(phrase: str, sentence: str, parts: set[str]) -> bool:
    """A neurological red flag of a limb (the phrase's, else the sentence's) whose roots leave one of ``parts``."""
    if not _NEUROLOGICAL.search(phrase):
        return False
    limbs = set(body_parts_in(phrase) or body_parts_in(sentence))
    return any(limbs & _ROOTS.get(part, set()) for part in parts)
