"""Criteria made of other checks: any of them, or all of them."""

from __future__ import annotations

from imr.engine.checks.base import NOT_DOCUMENTED, Result
from imr.engine.context import ItemContext


def any_of_checks(ctx: ItemContext, checks: list[dict]) -> Result:
    """Met when any of the listed checks is; the first evidence found is given."""
    denied = None
    for spec in checks:
        met, evidence = _check(spec["check"])(ctx, **spec.get("params", {}))
        if met:
            return True, evidence
        if met is False and denied is None:
            denied = evidence
    return (False, denied) if denied else (None, NOT_DOCUMENTED)


def all_of_checks(ctx: ItemContext, checks: list[dict]) -> Result:
    """Met when every listed check is; the evidence of each, joined."""
    found = []
    for spec in checks:
        met, evidence = _check(spec["check"])(ctx, **spec.get("params", {}))
        if met is not True:
            return met, evidence
        found.append(evidence)
    return True, "; ".join(found)


def _check(name: str):
    from imr.engine.checks import CHECKS  # the registry holds these two as well

    return CHECKS[name]
