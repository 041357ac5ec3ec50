"""Checks on the request's own words: its body part, days, levels, and what it asks for."""

from __future__ import annotations

import re

from imr.engine.checks.base import Result
from imr.engine.context import ItemContext
from imr.requests.parse import NUMBER_WORDS


def body_part_in(ctx: ItemContext, parts: list[str]) -> Result:
    asked = ctx.request.body_parts
    if not asked:
        return None, "the request does not name the body part"
    inside = [p for p in asked if p in parts]
    return (len(inside) == len(asked)), f"the request is for the {', '.join(asked)}"


DAY_WORDS = {**NUMBER_WORDS, "fourteen": 14, "thirty": 30}
DAYS_ASKED = re.compile(r"(?:\b|(?<=x))(\d+|" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + r")[- ]day", re.I)  # "x3 days"


def max_days(ctx: ItemContext, days: int) -> Result:
    match = DAYS_ASKED.search(ctx.request.text)
    if not match:
        return None, "the request does not state the duration of use"
    token = match.group(1).lower()
    asked = int(token) if token.isdigit() else DAY_WORDS[token]
    return asked <= days, f"{asked} days requested"


def max_levels(ctx: ItemContext, levels: int) -> Result:
    """Spinal levels requested (a joint named "L4-5" is one level; "L4-5, L5-S1" two)."""
    asked = ctx.request.levels
    if not asked:
        return None, "the request does not state the levels"
    return len(asked) <= levels, f"{len(asked)} level{'s' if len(asked) > 1 else ''} requested ({', '.join(asked)})"


def request_mentions(ctx: ItemContext, pattern: str) -> Result:
    """The request's own words match (a trial, a rental)."""
    match = re.search(pattern, ctx.request.text, re.I)
    return (True, f"the request is for {ctx.request.text}") if match else (None, "the request does not say so")


def request_excludes(ctx: ItemContext, pattern: str) -> Result:
    """The request's own words do not ask for what the guideline excludes (homemaker services)."""
    match = re.search(pattern, ctx.request.text, re.I)
    if match:
        return False, f"the request is for {match.group(0)} ({ctx.request.text})"
    return True, f"the request is for {ctx.request.text}"


def epidural_levels(ctx: ItemContext) -> Result:
    """CPMTG ESI criteria: no more than one interlaminar level at a session, and no more than two
    nerve roots by transforaminal blocks (a level on both sides is two roots)."""
    levels = len(ctx.request.levels)
    if not levels:
        return True, "the request names no more than one level"
    text = ctx.request.text
    sides = 2 if ctx.request.side is not None and ctx.request.side.value == "bilateral" else 1
    if re.search(r"interlaminar|\bilesi\b", text, re.I):
        return levels <= 1, f"{levels} interlaminar level{'s' if levels > 1 else ''} requested"
    roots = levels * sides
    return roots <= 2, f"{roots} nerve root{'s' if roots > 1 else ''} requested ({', '.join(ctx.request.levels)}{', both sides' if sides == 2 else ''})"
