"""A letter's "… guideline:" paragraph read into structure.

"Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic Pain
Medical Treatment 2016, Section(s): Facet blocks. Decision based on Non-MTUS Citation ACOEM
Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders, pg. 607."
reads into three citations: two MTUS documents with their sections, one non-MTUS source
with its page.
"""

from __future__ import annotations

import re

from imr.letters.text import collapse
from imr.model import GuidelineCitation, GuidelineStatement

# The MTUS documents, as the letters name them (with or without an edition year).
_MTUS_DOCUMENT = re.compile(
    r"(?P<name>Chronic Pain Medical Treatment(?: Guidelines)?|Chronic Pain Treatment Guidelines"
    r"|Opioids? Treatment(?: Guidelines)?|Low Back Complaints|Neck and Upper Back Complaints"
    r"|Shoulder Complaints|Knee Complaints|Forearm, Wrist,? and Hand Complaints|Elbow Complaints"
    r"|Elbow Disorders|Ankle and Foot Complaints|General Approaches|Acupuncture(?: Medical)? Treatment"
    r"(?: Guidelines)?|Post-?[Ss]urgical Treatment(?: Guidelines)?|Stress[- ]Related Conditions"
    r"|Eye|Hip and Groin|ACOEM(?: Chapter \d+)?(?: [A-Z][A-Za-z ]+?(?= Page\(s\)|,|\.|$))?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
)
_DECISION_BASED = re.compile(r"Decision based on\s+", re.IGNORECASE)
_SECTIONS = re.compile(r"Section\(s\):\s*(?P<s>.*?)(?=\s*Page\(s\):|$)", re.DOTALL)
_PAGE = r"\d+[A-Za-z]?(?:\s*[-–]\s*\d+)?"
_PAGES = re.compile(
    r"(?:Page\(s\)|pages?|pgs?\.?)\s*:?\s*(?P<p>" + _PAGE + r"(?:\s*(?:,|and)\s*" + _PAGE + r")*)",
    re.IGNORECASE,
)
_CITED_NONE = re.compile(r"did not (?:cite|provide) any (?:medical )?(?:evidence|guideline)", re.I)
_OUTSIDE_MTUS = re.compile(
    r"outside of the MTUS|did not base (?:their|its) decision on the MTUS", re.IGNORECASE
)


def parse_guideline(text: str) -> GuidelineStatement:
    """A guideline paragraph as written, with every document it cites."""
    text = collapse(text)
    citations: list[GuidelineCitation] = []
    for chunk in _DECISION_BASED.split(text)[1:]:
        chunk = chunk.strip().rstrip(".").strip()
        if chunk.lower().startswith("non-mtus citation"):
            citations.extend(_non_mtus(chunk[len("non-mtus citation") :].strip()))
        else:
            citations.extend(_mtus(re.sub(r"^MTUS\s*", "", chunk)))
    if not citations:
        citations = _prose(text)
    return GuidelineStatement(
        text=text,
        citations=citations,
        cited_none=bool(_CITED_NONE.search(text)),
        outside_mtus=bool(_OUTSIDE_MTUS.search(text)),
    )


def _prose(text: str) -> list[GuidelineCitation]:
    """Citations named in running prose ("… relied on the Chronic Pain Medical Treatment
    Guidelines (2009), Physical Medicine, pages 98-99, which is part of the MTUS.")."""
    citations = []
    for match in _MTUS_DOCUMENT.finditer(text):
        if match.group("name").startswith("ACOEM") and "MTUS" not in text:
            continue
        tail = text[match.end() : match.end() + 160]
        year = match.group("year") or (re.match(r"\s*\((\d{4})\)", tail) or [None, None])[1]
        tail = re.sub(r"^\s*\(\d{4}\)", "", tail)
        section = re.match(r"\s*,\s*([^,.]+?)\s*,", tail)
        citations.append(
            GuidelineCitation(
                document=f"MTUS {match.group('name')}" + (f" {year}" if year else ""),
                mtus=True,
                edition=int(year) if year else None,
                sections=[section.group(1)] if section and not section.group(1).lower().startswith("page") else [],
                pages=_pages(tail.split(".")[0] if "." in tail else tail),
            )
        )
    return citations


def _pages(text: str) -> list[str]:
    match = _PAGES.search(text)
    if not match:
        return []
    return [p.strip() for p in re.split(r",\s*|\s+and\s+", match.group("p")) if p.strip()]


def _sections(text: str) -> list[str]:
    match = _SECTIONS.search(text)
    if match:
        body = match.group("s")
    else:  # older letters: "Chronic Pain Treatment Guidelines Muscle Relaxants Page(s): 64-65"
        body = re.split(r"\s*Page\(s\):", text)[0]
    body = re.sub(r"^(?:Section on|Part \d+ - [^:]+:)\s*", "", body.strip(" ,.:"))
    body = re.sub(r"\s+(?:topic|section)\.?$", "", body, flags=re.I)
    parts = [p.strip(" ,.:") for p in re.split(r",\s*(?:and\s+)?", body)]
    return [p for p in parts if p]


def _mtus(chunk: str) -> list[GuidelineCitation]:
    matches = [m for m in _MTUS_DOCUMENT.finditer(chunk)]
    # a document name must open the chunk or follow ", and" / "and"
    starts = [m for i, m in enumerate(matches) if i == 0 or _joins(chunk, m.start())]
    if not starts:
        return [GuidelineCitation(document=f"MTUS {chunk}".strip(), mtus=True)]
    citations = []
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(chunk)
        rest = chunk[match.end() : end].strip(" ,")
        rest = re.sub(r",?\s*and\s*$", "", rest)
        year = int(match.group("year")) if match.group("year") else None
        name = match.group("name")
        document = f"MTUS {name}" + (f" {year}" if year else "")
        citations.append(
            GuidelineCitation(
                document=document,
                mtus=True,
                edition=year,
                sections=_sections(rest),
                pages=_pages(rest),
            )
        )
    return citations


def _joins(chunk: str, position: int) -> bool:
    before = chunk[:position].rstrip()
    return before.endswith(",") or before.endswith(" and") or before.endswith(", and")


def _non_mtus(chunk: str) -> list[GuidelineCitation]:
    pages = _pages(chunk)
    body = _PAGES.sub("", chunk).strip(" ,.")
    if "(ODG)" in body or body.startswith("Official Disability Guidelines") or body.startswith("ODG"):
        head, _, tail = body.partition(",")
        head, _, after_slash = head.partition("/")
        sections = [s.strip() for s in (after_slash, *tail.split(",")) if s.strip()]
        return [GuidelineCitation(document=head.strip(), mtus=False, sections=sections, pages=pages)]
    head, _, tail = body.partition(",")
    sections = [s.strip() for s in tail.split(",") if s.strip()]
    return [GuidelineCitation(document=head.strip(), mtus=False, sections=sections, pages=pages)]
