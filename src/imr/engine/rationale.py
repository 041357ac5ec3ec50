"""The decision rationale in the register of the letters: the guideline's position (section,
page), the case's facts as the records give them, and the conclusion. Every sentence comes
from the topic or from one criterion and its evidence."""

from __future__ import annotations

from imr.guidelines import Entry
from imr.model import CriterionResult


def _pages(pages: list[str]) -> str:
    if not pages:
        return ""
    return f", page{'s' if len(pages) > 1 else ''} {', '.join(pages)}" if len(pages) < 4 else f", pages {pages[0]}-{pages[-1]}"


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def criterion_sentence(result: CriterionResult) -> str:
    criterion = result.text[0].lower() + result.text[1:]
    if result.met is True:
        return f"Met: {criterion}; the records state: \"{_short(result.evidence)}\"."
    if result.met is False:
        return f"Not met: {criterion}; the records state: \"{_short(result.evidence)}\"."
    reason = "" if result.evidence == "not documented" else f" ({_short(result.evidence)})"
    return f"Not documented: {criterion}{reason}."


def write(
    entry: Entry | None,
    document_name: str,
    request: str,
    results: list[CriterionResult],
    necessary: bool,
    *,
    unplaced: bool = False,
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
    sentences.extend(criterion_sentence(r) for r in results if r.id != "status")
    if not results and entry is not None and entry.topic.status != "not_recommended":
        sentences.append("The guideline's conditions are met on the records.")
    verdict = "is medically necessary" if necessary else "is not medically necessary"
    sentences.append(f"Therefore, the request for {request} {verdict}.")
    return " ".join(sentences)
