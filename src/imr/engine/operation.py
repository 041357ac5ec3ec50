"""The operation a service goes with: the surgery disputed in the same case, one the request
names, or one the records certify, report done or request; and the equipment requested with
an operation, which goes with it."""

from __future__ import annotations

import re

from imr.clinical.dates import dates_in
from imr.engine.context import ItemContext
from imr.model import Category, Decision, Facts, ItemDetermination, Request
from imr.requests.parse import body_parts_in, surgery_in

# equipment that, requested with an operation, goes with it (a cold therapy unit, crutches)
_POSTOPERATIVE_EQUIPMENT = {"cold therapy", "cold therapy unit", "cpm", "walking aid", "brace", "dvt prophylaxis", "bathroom equipment"}


def equipment_for_the_operation(requests: dict[str, Request], facts: Facts) -> None:
    """Equipment requested together with an operation (disputed in the same case, or certified
    in the records) is a service that goes with it, on the same body part or none named."""
    operations = [r for r in requests.values() if r.category is Category.SURGERY]
    if not operations and not facts.surgery_certified:
        return
    parts = {p for r in operations for p in r.body_parts} or {
        p for f in facts.surgery_certified for p in body_parts_in(f.evidence.text)}
    for request in requests.values():
        if request.category is not Category.DME or request.procedure not in _POSTOPERATIVE_EQUIPMENT:
            continue
        if not request.body_parts or not parts or set(request.body_parts) & parts:
            request.associated_surgery = operations[0].text if operations else "the certified operation"


# an operation of the past, not the one a service goes with now
_EARLIER = re.compile(r"\b(?:earlier|prior|previous|history of|years ago|remote)\b", re.I)
# a follow-up visit that names an injection or a procedure rather than an operation
_AFTER_AN_INJECTION = re.compile(r"inject\w*|\bblocks?\b|procedur\w*", re.I)


def procedure_followed(request: Request, decided: dict[Category, ItemDetermination]) -> ItemDetermination | None:
    """The disputed operation a service goes with; for a visit after an injection or a
    procedure ("post-injection follow-up visit"), the disputed injection when there is no operation."""
    surgery = decided.get(Category.SURGERY)
    if surgery is not None or request.category is not Category.SURGICAL_SERVICE:
        return surgery
    if request.procedure == "office visit" and _AFTER_AN_INJECTION.search(request.text):
        return decided.get(Category.INJECTION)
    return None


def link_operation(ctx: ItemContext, surgery: ItemDetermination | None, facts: Facts) -> None:
    """The operation a request concerns: the surgery disputed in the same case, else one the
    request itself names, else one the records certify, report done or request."""
    named = surgery_in(ctx.request.text)
    if surgery is not None:
        ctx.surgery_necessary = surgery.decision is Decision.OVERTURNED
        kind = "surgery" if surgery_in(surgery.request) else "procedure"
        ctx.surgery_evidence = f"the requested {kind} ({surgery.request}) is {'' if ctx.surgery_necessary else 'not '}medically necessary"
        ctx.surgery, ctx.surgery_parts = surgery_in(surgery.request) or named, body_parts_in(surgery.request)
        return
    certified = facts.surgery_certified + facts.surgery_done
    if certified:
        ctx.surgery_necessary, ctx.surgery_evidence = True, certified[0].evidence.text
    else:
        ctx.surgery_necessary, ctx.surgery_evidence = None, "no certified surgery is documented"
    if named:
        ctx.surgery, ctx.surgery_parts = named, body_parts_in(ctx.request.text)
    certified_named = any(surgery_in(f.evidence.text) for f in facts.surgery_certified)
    for finding in facts.surgery_done:
        text = finding.evidence.text
        if certified_named and _EARLIER.search(text):
            continue  # an earlier operation is not the one just certified
        done = [d for d in dates_in(text) if ctx.reference_date is None or d <= ctx.reference_date]
        if surgery_in(text) and (ctx.surgery is None or surgery_in(text) == ctx.surgery):
            ctx.surgery, ctx.surgery_parts = surgery_in(text), body_parts_in(text)
            ctx.surgery_date = max(done) if done else None
            return
    for finding in certified + facts.surgery_requested:
        if ctx.surgery is None and surgery_in(finding.evidence.text):
            ctx.surgery, ctx.surgery_parts = surgery_in(finding.evidence.text), body_parts_in(finding.evidence.text)
            return
