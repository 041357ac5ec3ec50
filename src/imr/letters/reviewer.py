"""The expert reviewer's credentials, from the credentials block or from the prose."""

from __future__ import annotations

import re

from imr.letters.text import collapse
from imr.model import ReviewerCredentials

_LICENSURE = re.compile(r"State\(s\)\s+of\s+Licensure:\s*(?P<v>.+?)(?=\s*Certification\(s\)|$)", re.I | re.S)
_SPECIALTY = re.compile(r"Certification\(s\)/Specialty:\s*(?P<v>.+?)\s*$", re.I | re.S)
_BOARD = re.compile(
    r"Board\s+Certified\s+in\s+(?P<board>.+?)"
    r"(?:,?\s+(?:and\s+)?has\s+a\s+subspecialty\s+in\s+(?P<sub>.+?))?"
    r"\s+and\s+is\s+licensed\s+to\s+practice\s+in\s+(?P<states>.+?)\.",
    re.I | re.S,
)
_LICENSED_ONLY = re.compile(r"licensed\s+to\s+practice\s+in\s+(?P<states>.+?)\.", re.I | re.S)


def _split(value: str, *, states: bool = False) -> list[str]:
    separators = r"\s*,\s*(?:and\s+)?|\s+and\s+" if states else r"\s*,\s*"
    parts = re.split(separators, collapse(value).rstrip("."))
    return [p.strip() for p in parts if p.strip()]


def read_reviewer(text: str) -> ReviewerCredentials:
    """Licensure states and specialties from the "HOW … WAS MADE" part of a letter."""
    flat = collapse(text)
    licensure = _LICENSURE.search(flat)
    specialty = _SPECIALTY.search(flat)
    if licensure or specialty:
        return ReviewerCredentials(
            licensure=_split(licensure.group("v")) if licensure else [],
            specialties=_split(specialty.group("v")) if specialty else [],
        )
    board = _BOARD.search(flat)
    if board:
        specialties = [collapse(board.group("board"))]
        if board.group("sub"):
            specialties.append(collapse(board.group("sub")))
        return ReviewerCredentials(licensure=_split(board.group("states"), states=True), specialties=specialties)
    licensed = _LICENSED_ONLY.search(flat)
    return ReviewerCredentials(licensure=_split(licensed.group("states"), states=True) if licensed else [])
