"""Corpus statistics: letters, items, decisions overall and by category, guideline document
and reviewer specialty."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, case, distinct, func, select
from sqlalchemy.orm import Session

from imr.store import schema

_OVERTURNED = func.sum(case((schema.Item.decision == "overturned", 1), else_=0))
_UPHELD = func.sum(case((schema.Item.decision == "upheld", 1), else_=0))


def _breakdown(session: Session, key, *joins) -> list[dict[str, Any]]:
    query = select(key.label("name"), func.count(distinct(schema.Item.id)), _UPHELD, _OVERTURNED).select_from(
        schema.Item
    )
    for join in joins:
        query = query.join(*join) if isinstance(join, tuple) else query.join(join)
    query = query.group_by(key).order_by(func.count(distinct(schema.Item.id)).desc(), key)
    rows = []
    for name, items, upheld, overturned in session.execute(query):
        rows.append(
            {
                "name": name,
                "items": items,
                "upheld": int(upheld or 0),
                "overturned": int(overturned or 0),
                "overturn_rate": round((overturned or 0) / items, 4) if items else 0.0,
            }
        )
    return rows


def corpus_stats(engine: Engine) -> dict[str, Any]:
    """Counts and breakdowns of the whole corpus, as one JSON-ready object."""
    with Session(engine) as session:
        letters = session.scalar(select(func.count(schema.Letter.id))) or 0
        items, upheld, overturned = session.execute(
            select(func.count(schema.Item.id), _UPHELD, _OVERTURNED)
        ).one()
        by_category = _breakdown(session, schema.Item.category)
        reviewer_citation = (
            schema.Citation,
            (schema.Citation.item_id == schema.Item.id) & (schema.Citation.cited_by == "reviewer"),
        )
        by_document = _breakdown(session, schema.Citation.document, reviewer_citation)
        specialties = [
            {"name": name, "letters": count}
            for name, count in session.execute(
                select(schema.Specialty.specialty, func.count(distinct(schema.Specialty.letter_id)))
                .group_by(schema.Specialty.specialty)
                .order_by(func.count(distinct(schema.Specialty.letter_id)).desc(), schema.Specialty.specialty)
            )
        ]
        first, last = session.execute(
            select(func.min(schema.Letter.decision_date), func.max(schema.Letter.decision_date))
        ).one()
    return {
        "letters": letters,
        "items": items or 0,
        "upheld": int(upheld or 0),
        "overturned": int(overturned or 0),
        "overturn_rate": round((overturned or 0) / items, 4) if items else 0.0,
        "decision_dates": {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None},
        "by_category": by_category,
        "by_guideline_document": by_document,
        "reviewer_specialties": specialties,
    }
