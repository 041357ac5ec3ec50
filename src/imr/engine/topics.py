"""Which guideline topic governs a request, under the hierarchy of Labor Code 4610.5(c)(2).

Every topic whose `applies_to` fits the request is a candidate, scored by how specifically it
fits (drug, drug class, procedure, body part, phase). The MTUS is cited first; a lower source
is cited only where the MTUS does not address the treatment — where no MTUS topic fits, or
only a general MTUS topic does while a lower source addresses the treatment itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from imr.engine.context import ItemContext
from imr.guidelines import Entry, KnowledgeBase
from imr.model import Category

SPECIFIC = 3  # a score from which a topic addresses the treatment itself


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    score: int


def _score(entry: Entry, ctx: ItemContext) -> int | None:
    applies = entry.topic.applies_to
    request = ctx.request
    if applies.categories and request.category not in applies.categories:
        return None
    if _conservative_care_topic_for_a_postoperative_service(entry, ctx):
        return None
    score = 1
    if applies.drugs:
        if request.drug not in applies.drugs:
            return None
        score += 10
    if applies.drug_classes:
        if request.drug_class not in applies.drug_classes:
            return None
        score += 6
    if applies.procedures:
        if request.procedure not in applies.procedures:
            return None
        score += 5
    if applies.since is not None:
        if ctx.reference_date is not None and ctx.reference_date < applies.since:
            return None
        score += 1
    if applies.wording:
        if not re.search(applies.wording, request.text, re.I):
            return None
        score += 2
    if applies.records:
        if not _records_assert(applies.records, ctx):
            return None
        score += 4
    if applies.surgeries:
        if ctx.surgery not in applies.surgeries:
            return None
        score += 5
    if applies.body_parts:
        overlap = set(applies.body_parts) & set(request.body_parts)
        if request.body_parts and not overlap:
            return None
        if overlap:
            score += 3
        elif not applies.procedures or not set(applies.body_parts) & set(ctx.facts.body_parts):
            # a request that names no body part takes one from the records only for a topic
            # that also named its procedure (an "MRI" in a knee case)
            return None
    if applies.phase != "any":
        if applies.phase != ctx.phase:
            return None
        score += 2
    if applies.after_operation is not None:
        operated = ctx.after_an_operation
        if operated != applies.after_operation:
            return None
        score += 3 if operated else 0
    return score


def _records_assert(pattern: str, ctx: ItemContext) -> bool:
    """Whether a record sentence asserts the condition (not negated or hypothetical)."""
    from imr.engine.checks.facts import asserted_matches  # the checks' own reading of the records

    return next(asserted_matches(ctx, pattern), None) is not None


def _conservative_care_topic_for_a_postoperative_service(entry: Entry, ctx: ItemContext) -> bool:
    """Equipment that goes with an operation is judged by the topics on care after surgery,
    not by the chapter's advice on conservative care (a cold therapy unit after a carpal tunnel
    release is not the hand chapter's ice for a strain)."""
    applies = entry.topic.applies_to
    return (
        ctx.request.associated_surgery is not None
        and ctx.request.category in (Category.DME, Category.SURGICAL_SERVICE)
        and applies.phase == "any"
        and bool(applies.categories)
        and Category.SURGICAL_SERVICE not in applies.categories
    )


def _in_force(entry: Entry, ctx: ItemContext) -> bool:
    editions = entry.document.editions
    if not editions or ctx.reference_date is None:
        return True
    return min(e.effective for e in editions) <= ctx.reference_date


def candidates(kb: KnowledgeBase, ctx: ItemContext) -> list[Candidate]:
    found = []
    for entry in kb.entries:
        if not _in_force(entry, ctx):
            continue
        score = _score(entry, ctx)
        if score is not None:
            found.append(Candidate(entry, score))
    found.sort(key=lambda c: (-c.score, c.entry.document.rank))
    return found


def _addresses(candidate: Candidate) -> bool:
    """Whether a topic names the treatment itself (its drug, class or procedure)."""
    applies = candidate.entry.topic.applies_to
    return bool(applies.drugs or applies.drug_classes or applies.procedures)


def governing(kb: KnowledgeBase, ctx: ItemContext) -> tuple[Candidate | None, Candidate | None]:
    """The topic to cite and, when a lower source also addresses it, that one too.

    The MTUS topic is cited when it addresses the treatment itself, or when no lower source
    fits the request more closely; otherwise the MTUS is silent on it and the lower source
    is cited."""
    found = candidates(kb, ctx)
    mtus = [c for c in found if c.entry.document.mtus]
    lower = [c for c in found if not c.entry.document.mtus]
    if mtus and (_addresses(mtus[0]) or not lower or lower[0].score <= mtus[0].score):
        also = lower[0] if lower and lower[0].score >= SPECIFIC else None
        return mtus[0], also
    if lower:
        return lower[0], None
    return None, None
