"""Which published layout a letter has, and readers for the two older layouts."""

from __future__ import annotations

import re

from imr.model import Layout, Letter

_FINAL = re.compile(
    r"HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE|IMR\s+ISSUES,?\s+DECISIONS\s+AND\s+RATIONALES",
    re.I,
)
_FEDERAL = re.compile(r"MAXIMUS\s+FEDERAL\s+SERVICES,?\s+INC\.?\s+Independent\s+Medical\s+Review", re.I)
_PROFESSIONAL = re.compile(r"MEDICAL\s+PROFESSIONAL\s+REVIEW", re.I)


def detect(text: str) -> Layout | None:
    head = text[:3000]
    if _FEDERAL.search(head) and not _FINAL.search(text):
        return Layout.MAXIMUS_FEDERAL
    if _PROFESSIONAL.search(head) and not _FINAL.search(text):
        return Layout.PROFESSIONAL_REVIEW
    if _FINAL.search(text):
        return Layout.FINAL_DETERMINATION
    return None


def read(layout: Layout, lines: list[str], file: str | None) -> Letter:
    raise NotImplementedError(layout)
