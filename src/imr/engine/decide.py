"""Deciding a case: every disputed item against its governing guideline topic.

An item is Overturned (medically necessary) only when the topic recommends the treatment
and every criterion is met on the records; a criterion the records do not document counts
as not met, as it does for a reviewer. IMR cannot modify a request, so one that exceeds what
the guideline supports (more visits, longer use) is upheld as a whole. A service that goes
with a surgery follows the surgery's decision; a request no topic fits is flagged for
physician review and upheld.
"""

from __future__ import annotations

from imr.clinical import extract_facts
from imr.clinical.context import sentences
from imr.clinical.records import record_text, with_texts
from imr.engine import imr_rules, rationale
from imr.engine.checks import CHECKS, NOT_DOCUMENTED
from imr.engine.checks.medications import COMPANION_CLASSES
from imr.engine.context import ItemContext
from imr.engine.dates import case_dates
from imr.engine.operation import drugs_for_the_operation, equipment_for_the_operation, link_operation, procedure_followed
from imr.engine.topics import governing
from imr.guidelines import load
from imr.model import (
    Case,
    CaseItem,
    Category,
    CriterionResult,
    Decision,
    Determination,
    GuidelineCitation,
    ItemDetermination,
)
from imr.requests import parse_request

_FALLBACK = GuidelineCitation(
    document="MTUS General Approaches 2004", mtus=True, edition=2004,
    sections=["Cornerstones of Disability Prevention and Management"], pages=[],
)


def review_case(case: Case) -> Determination:
    """The determination of every disputed item of ``case``."""
    case = with_texts(case)
    read = [s for index, record in enumerate(case.records) for s in sentences(record_text(record), index)]
    injury, reference = case_dates(case)
    facts = extract_facts(case.records, date_of_injury=injury, reference_date=reference)
    requests = {
        item.id: parse_request(item.request, original_request=item.original_request, authorized=item.authorized)
        for item in case.disputed_items
    }
    equipment_for_the_operation(requests, facts)
    drugs_for_the_operation(requests, facts, read)
    decided: dict[str, ItemDetermination] = {}
    # operations, then injections, first: the services that go with them follow their decision;
    # a drug given with another (a laxative with an opioid, a PPI with an NSAID) after that one
    first = {Category.SURGERY: 0, Category.INJECTION: 1}

    def order(item: CaseItem) -> int:
        request = requests[item.id]
        return first.get(request.category, 3 if request.drug_class in COMPANION_CLASSES else 2)

    done: dict[Category, ItemDetermination] = {}
    drugs_decided: dict[str, bool] = {}
    for item in sorted(case.disputed_items, key=order):
        ctx = ItemContext(case, requests[item.id], facts, reference, sentences=read, drugs_decided=dict(drugs_decided))
        link_operation(ctx, procedure_followed(ctx.request, done), facts)
        result = decide_item(item, ctx)
        decided[item.id] = result
        done.setdefault(ctx.request.category, result)
        if ctx.request.drug:
            drugs_decided[ctx.request.drug] = result.decision is Decision.OVERTURNED
    return Determination(
        case_number=case.case_number, determinations=[decided[i.id] for i in case.disputed_items]
    )


def decide_item(item: CaseItem, ctx: ItemContext) -> ItemDetermination:
    kb = load()
    chosen, also = governing(kb, ctx)
    if chosen is None:
        return ItemDetermination(
            item_id=item.id,
            request=item.request,
            decision=Decision.UPHELD,
            guideline=_FALLBACK,
            criteria=[CriterionResult(id="placed", text="The request matches a guideline topic", met=None, evidence=NOT_DOCUMENTED)],
            rationale=rationale.write(None, "", item.request, [], False, unplaced=True),
            needs_physician_review=True,
        )
    entry = chosen.entry
    topic, document = entry.topic, entry.document
    results = []
    if topic.status == "not_recommended":
        results.append(CriterionResult(id="status", text=f"{topic.section}: recommended by the guideline", met=False, evidence=topic.position))
    for criterion in topic.criteria:
        met, evidence = CHECKS[criterion.check](ctx, **criterion.params)
        results.append(CriterionResult(id=criterion.id, text=criterion.text, met=met, evidence=evidence or NOT_DOCUMENTED))
    results.extend(imr_rules.criteria(item, ctx, {c.check for c in topic.criteria}))
    necessary = topic.status != "not_recommended" and all(r.met is True for r in results)
    name = document.name_at(ctx.reference_date)
    citation = GuidelineCitation(
        document=name, mtus=document.mtus, edition=document.edition_at(ctx.reference_date),
        sections=[topic.section], pages=list(topic.pages),
    )
    citations = []
    if also is not None:
        other = also.entry
        citations.append(
            GuidelineCitation(
                document=other.document.name_at(ctx.reference_date), mtus=other.document.mtus,
                edition=other.document.edition_at(ctx.reference_date), sections=[other.topic.section],
                pages=list(other.topic.pages),
            )
        )
    return ItemDetermination(
        item_id=item.id,
        request=item.request,
        decision=Decision.OVERTURNED if necessary else Decision.UPHELD,
        guideline=citation,
        citations=citations,
        criteria=results,
        rationale=rationale.write(entry, name, item.request, results, necessary,
                                  records=tuple(record_text(r) for r in ctx.case.records)),
        needs_physician_review=ctx.request.category is Category.OTHER,
    )
