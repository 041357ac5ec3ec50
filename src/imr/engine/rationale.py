"""The decision rationale in the register of the letters: the guideline's position (section,
page), the case's facts as the records give them, and the conclusion. Every sentence comes
from the topic or from one criterion and its evidence."""

from __future__ import annotations

import re

from imr.guidelines import Entry
from imr.model import CriterionResult


def _pages(pages: list[str]) -> str:
    if not pages:
        return ""
    return f", page{'s' if len(pages) > 1 else ''} {', '.join(pages)}" if len(pages) < 4 else f", pages {pages[0]}-{pages[-1]}"


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_IS_DOCUMENTED = re.compile(r"\s+(?:is|are) documented\b")


def criterion_sentence(result: CriterionResult, records: tuple[str, ...] = ()) -> str:
    """One sentence per criterion: what the guideline asks, and what the records show. The
    evidence is quoted as the records' words only where it is a span of them (``records``: their
    texts with white space collapsed); a finding the engine worked out (visits counted, months
    since the injury) is stated as such."""
    criterion = _IS_DOCUMENTED.sub("", result.text)
    evidence = result.evidence
    if evidence in ("not documented", "none documented"):
        if result.met is True:
            return f"{criterion}: none is documented in the records."
        return f"{criterion}: not documented in the records."
    if _in_records(evidence, records):
        detail = f'the records state, "{_short(evidence).rstrip(".")}."'
    else:
        detail = _short(evidence).rstrip(".") + "."
    verdict = {True: "met", False: "not met", None: "not established"}[result.met]
    return f"{criterion}: {verdict}; {detail}"


def _in_records(evidence: str, records: tuple[str, ...]) -> bool:
    """Whether the evidence is a span of the records (whitespace aside; ``records`` as ``write``
    normalises them)."""
    probe = " ".join(evidence.split())[:80]
    return bool(probe) and any(probe in text for text in records)


def write(
    entry: Entry | None,
    document_name: str,
    request: str,
    results: list[CriterionResult],
    necessary: bool,
    *,
    unplaced: bool = False,
    records: tuple[str, ...] = (),
) -> str:
    sentences = []
    if entry is None or unplaced:
        sentences.append(
            "The request could not be matched to a guideline topic with confidence; it is flagged "
            "for physician review and, without documentation that establishes necessity, is not approved."
        )
    else:
        topic = entry.topic
        sentences.append(
            f"The {document_name} guideline ({topic.section}{_pages(topic.pages)}) states: {topic.position}"
        )
        if topic.status == "not_recommended":
            sentences.append("The guideline does not recommend this treatment.")
    flat = tuple(" ".join(text.split()) for text in records)  # once, not once per criterion
    sentences.extend(criterion_sentence(r, flat) for r in results if r.id != "status")
    if not results and entry is not None and entry.topic.status != "not_recommended":
        sentences.append("The guideline's conditions are met on the records.")
    verdict = "is medically necessary" if necessary else "is not medically necessary"
    sentences.append(f"Therefore, the request for {request} {verdict}.")
    return " ".join(sentences)
