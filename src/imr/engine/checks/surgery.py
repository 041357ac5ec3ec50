"""Checks on the operation a service goes with: its necessity, kind, site and benchmark stay."""

from __future__ import annotations

import re

from imr.engine.checks.base import Result
from imr.engine.checks.request import DAY_WORDS, DAYS_ASKED
from imr.engine.context import ItemContext


def surgery_necessary(ctx: ItemContext) -> Result:
    return ctx.surgery_necessary, ctx.surgery_evidence


def surgery_in(ctx: ItemContext, surgeries: list[str]) -> Result:
    """The operation the service goes with is one of ``surgeries`` (and is itself necessary)."""
    if ctx.surgery is None:
        return None, "the operation is not identified in the records"
    if ctx.surgery not in surgeries:
        return False, f"the operation is a {ctx.surgery}"
    return (True if ctx.surgery_necessary else ctx.surgery_necessary), f"{ctx.surgery}: {ctx.surgery_evidence}"


def surgery_region(ctx: ItemContext, parts: list[str]) -> Result:
    found = ctx.surgery_parts or ctx.request.body_parts
    if not found:
        return None, "the site of the operation is not documented"
    return bool(set(found) & set(parts)), f"the operation is on the {', '.join(found)}"


def stay_within(ctx: ItemContext, days: dict[str, int], default: int = 1) -> Result:
    """An inpatient stay no longer than the benchmark for the operation (days, by procedure)."""
    text = ctx.request.eligible_portion_of or ctx.request.text  # the whole stay asked, not the remainder
    match = DAYS_ASKED.search(text) or re.search(r"\b(\d+|one|two|three|five)\s*(?:inpatient\s+)?(?:days?|nights?)\b", text, re.I)
    if not match:
        return None, "the request does not state the length of stay"
    token = match.group(1).lower()
    asked = int(token) if token.isdigit() else DAY_WORDS[token]
    regional = [days[f"{ctx.surgery} {part}"] for part in ctx.surgery_parts if f"{ctx.surgery} {part}" in days]
    benchmark = regional[0] if regional else days.get(ctx.surgery or "", default)
    return asked <= benchmark, f"{asked} days requested; the benchmark for {ctx.surgery or 'the operation'} is {benchmark}"


def for_a_necessary_operation(ctx: ItemContext) -> Result:
    """The request is for the days after an operation ("post-op", "associated surgical
    service") that is medically necessary."""
    if ctx.request.associated_surgery is None:
        return None, "the request is not for an operation"
    return surgery_necessary(ctx)
