"""The operation a service goes with: the surgery disputed in the same case, one the request
names, or one the records certify, report done or request; and the equipment requested with
an operation, which goes with it."""

from __future__ import annotations

import re

from imr.clinical.dates import dates_in
from imr.engine.context import ItemContext
from imr.model import Category, Decision, Facts, ItemDetermination, Request
from imr.clinical.context import Sentence
from imr.requests.parse import body_parts_in, find_drugs, surgery_in

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


# an operation dated by its year alone ("status post meniscectomy in 2014") is one of the past
_YEAR_ONLY = re.compile(r"\b(?:in|during) (?:19|20)\d\d\b", re.I)
# a drug prescribed for the pain after the operation
_FOR_PAIN_AFTER_IT = re.compile(r"for (?:the )?(?:post-?operative|post-?op|postsurgical|post-?surgical) (?:pain|use|period)|for (?:pain )?after (?:the )?(?:surgery|operation)", re.I)
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


def drugs_for_the_operation(requests: dict[str, Request], facts: Facts, sentences: list[Sentence]) -> None:
    """A drug the records prescribe for the days after an operation to come ("Norco #40 every
    6 hours as needed for post-operative pain"), with that operation disputed, certified or
    requested, goes with it, as a drug the request itself calls post-operative does."""
    operations = any(r.category is Category.SURGERY for r in requests.values())
    if not (operations or facts.surgery_certified or facts.surgery_requested):
        return
    for request in requests.values():
        if request.category is not Category.MEDICATION or not request.drug or request.associated_surgery:
            continue
        for sentence in sentences:
            if _FOR_PAIN_AFTER_IT.search(sentence.text) and any(g == request.drug for _, g, _ in find_drugs(sentence.text)):
                request.associated_surgery = "the requested surgery"
                break


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
        done = [d for d in dates_in(text) if ctx.reference_date is None or d <= ctx.reference_date]
        long_ago = bool(done) and ctx.reference_date is not None and (ctx.reference_date - max(done)).days > 90
        if certified_named and (_EARLIER.search(text) or long_ago or _YEAR_ONLY.search(text)):
            continue  # an earlier operation is not the one just certified
        if surgery_in(text) and (ctx.surgery is None or surgery_in(text) == ctx.surgery):
            ctx.surgery, ctx.surgery_parts = surgery_in(text), body_parts_in(text)
            ctx.surgery_date = max(done) if done else None
            return
    for finding in certified + facts.surgery_requested:
        if ctx.surgery is None and surgery_in(finding.evidence.text):
            ctx.surgery, ctx.surgery_parts = surgery_in(finding.evidence.text), body_parts_in(finding.evidence.text)
            return
