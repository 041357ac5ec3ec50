"""Criteria that hold for every request of a kind, whatever guideline topic governs it: what IMR
itself decides (the uncertified remainder of a partial certification) and what no guideline
needs to say (equipment the worker already has is not needed again)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from imr.clinical.context import modifiers
from imr.engine.context import ItemContext
from imr.model import CaseItem, Category, CriterionResult

# treatment given in courses or quantities, whose continuation rests on the response to what
# has been given: the part of a request the claims administrator did not certify is more of it
_CONTINUED = {Category.PHYSICAL_THERAPY, Category.CHIROPRACTIC, Category.ACUPUNCTURE, Category.PSYCHOLOGICAL,
              Category.OFFICE_VISIT, Category.MEDICATION}


def uncertified_remainder(item: CaseItem, ctx: ItemContext) -> CriterionResult | None:
    """A partial certification: the claims administrator certified part of the request (a trial
    of visits, a smaller quantity) and IMR decides the rest. The rest is further treatment; the
    guidelines make its need turn on the response to the part certified, which cannot be
    documented yet, unless the records already show functional improvement with it."""
    original = (item.original_request or ctx.request.eligible_portion_of or "").strip()
    if not original or " ".join(original.lower().split()) == " ".join(item.request.lower().split()):
        return None
    if ctx.request.category not in _CONTINUED:
        return None
    improvement = ctx.facts.functional_improvement
    if improvement is not None and improvement.value is True and ctx.request.category is not Category.MEDICATION:
        met, evidence = True, improvement.evidence.text
    else:
        met, evidence = None, (
            f"the claims administrator certified part of the original request ({original}); the remainder "
            f"({item.request}) is further treatment whose need depends on the response to the certified part"
        )
    return CriterionResult(
        id="remainder",
        text="The uncertified remainder is supported without first reassessing the certified part",
        met=met, evidence=evidence,
    )



# the words for a device, by the procedure the request names
_DEVICE_WORDS = {
    "brace": r"brace|splint|orthosis|support|sling|collar",
    "tens": r"tens(?: unit)?|transcutaneous",
    "interferential": r"interferential|if unit",
    "h-wave": r"h-?wave",
    "walking aid": r"cane|walker|crutch\w*|wheelchair",
    "orthotics": r"orthotics?|inserts?|insoles?",
    "cold therapy unit": r"cold therapy unit|cryotherapy unit|polar care|game ready",
    "mattress": r"mattress|hospital bed|adjustable bed",
    "exercise equipment": r"exercise (?:kit|equipment|ball|bike|machine)|theraband|pulley",
    "bathroom equipment": r"shower chair|shower bench|tub bench|commode|grab bars?",
    "power mobility device": r"power (?:wheel ?chair|scooter)|scooter",
}
_HAS = r"(?:already (?:has|had|owns|uses|wears)|(?:has|have|had) (?:used|worn|been using|been wearing)|(?:has|had) (?:been (?:given|provided|dispensed|issued) )?(?:an?|the|her|his)|owns (?:an?|the)|(?:uses|used|wears|wore|is using|was using|is wearing|was wearing) (?:an?|the|her|his)|(?:was|were) (?:given|provided|dispensed|issued) (?:an?|the))"
_REPLACEMENT = re.compile(r"broken|worn (?:out|down|through)|wearing out|(?:is|are|was|were|now|badly) worn\b(?! (?:daily|nightly|every|each|at|for|with|during|in|on|when|while))|no longer (?:fits|works|functions)|lost|stolen|damaged|replace\w*|outgrown|malfunction\w*", re.I)


def _asserted(pattern: re.Pattern[str], text: str) -> bool:
    for match in pattern.finditer(text):
        mods = modifiers(text, match.start(), match.end())
        if not (mods.negated or mods.hypothetical):
            return True
    return False


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("cane|walker|crutch\\w*")."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    return parts + [pattern[start:]]


def equipment_already_owned(ctx: ItemContext) -> CriterionResult | None:
    """Durable equipment the records show the worker already has and uses: a second one is
    needed only when the first is broken, worn out or lost (a replacement the records document)."""
    if ctx.request.category is not Category.DME or ctx.request.procedure not in _DEVICE_WORDS:
        return None
    if re.search(r"second|additional|extra|spare|another|duplicate", ctx.request.text, re.I):
        # a second one means the worker has the first: it is needed only if that one is worn or lost
        replaced = next((s.text for s in ctx.sentences if _asserted(_REPLACEMENT, s.text)), None)
        return CriterionResult(
            id="not_owned",
            text="The worker does not already have the equipment (or the one owned needs replacing)",
            met=True if replaced else False,
            evidence=replaced or f"the request is for another one ({ctx.request.text}); the one owned is not documented as worn or lost",
        )
    words = _DEVICE_WORDS[ctx.request.procedure]
    # the device itself when the request names one of its kind: a cane owned is not a walker
    named = [w for w in _alternatives(words) if re.search(rf"\b(?:{w})\b", ctx.request.text, re.I)]
    words = "|".join(named) or words
    device = re.compile(
        rf"\b{_HAS}\s+(?:[\w-]+\s+){{0,4}}?(?:{words})(?:e?s)?\b"
        rf"|\b(?:{words})(?:e?s)?\b[^.;]{{0,40}}?\b(?:(?:was|were) )?(?:dispensed|provided|issued)\b"
        rf"|\b(?:was|were) fitted (?:with|for) (?:an? |the |her |his |bilateral |right |left )*(?:[\w-]+\s+){{0,2}}?(?:{words})(?:e?s)?\b"
        rf"|\b(?:{words})(?:e?s)?\b[^.;]{{0,20}}?\bthat (?:she|he|they|the \w+) (?:wears|uses|has)\b",
        re.I,
    )
    if any(_asserted(_REPLACEMENT, s.text) for s in ctx.sentences):
        return None
    for sentence in ctx.sentences:
        if _asserted(device, sentence.text):
            return CriterionResult(
                id="not_owned",
                text="The worker does not already have the equipment (or the one owned needs replacing)",
                met=False, evidence=sentence.text,
            )
    return None


def operation_not_upheld(ctx: ItemContext, topic_checks: set[str]) -> CriterionResult | None:
    """A service that goes with an operation disputed in the same case follows that operation's
    decision, whatever topic governs the service itself (a commode, home nursing, a walker after a
    fusion that is not medically necessary are not either)."""
    if ctx.request.associated_surgery is None or ctx.surgery_necessary is not False or "surgery_necessary" in topic_checks:
        return None
    return CriterionResult(
        id="operation",
        text="The operation the service goes with is medically necessary",
        met=False, evidence=ctx.surgery_evidence,
    )


def criteria(item: CaseItem, ctx: ItemContext, topic_checks: set[str] = frozenset()) -> Iterator[CriterionResult]:
    """The IMR-wide criteria that apply to this request (``topic_checks``: the checks the
    governing topic already makes)."""
    for found in (uncertified_remainder(item, ctx), equipment_already_owned(ctx), operation_not_upheld(ctx, topic_checks)):
        if found is not None:
            yield found
