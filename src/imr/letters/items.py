"""The disputed items of "IMR ISSUES, DECISIONS AND RATIONALES".

Each item reads::

    <request>: Upheld | Overturned
    Claims Administrator guideline: …
    MAXIMUS guideline: …
    Decision rationale: …

Items are found by their "Claims Administrator guideline:" line; the header above it is the
run of lines after the previous rationale's last sentence. Headers may wrap over lines or
pages, the decision word may stand on a line of its own, and a partial certification states
the original request, the part authorized and the remaining IMR-eligible portion.
"""

from __future__ import annotations

import re

from imr.letters.citations import parse_guideline
from imr.letters.text import collapse
from imr.model import Decision, DisputedItem

_CA = re.compile(r"Claims\s+Administrator\s+guidelines?\s*:", re.I)
_REVIEWER = re.compile(r"^[ \t]*(?:[A-Z][\w&.'-]*[ \t]+){1,4}guidelines?[ \t]*:", re.M)
_RATIONALE = re.compile(r"Decision\s+rationale\s*:", re.I)
_DECISION = re.compile(r"\b(Upheld|Overturned)\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
_GLUED = re.compile(
    r"^.*(?:necessary|appropriate|recommended|indicated|supported|warranted|established)"
    r"\s*\.[\"'”’)]*\s*",
    re.I,
)
_PARTIAL_TAIL = re.compile(r"IMR\s+eligible|authorized\s+by\s+the\s+Claims\s+Administrator", re.I)
_ORIGINAL = re.compile(r"was\s+the\s+original\s+request", re.I)
_PARTIAL = [
    re.compile(
        r"^(?P<orig>.+?)\s+was\s+the\s+original\s+request\.?\s*(?P<auth>.+?)\s+(?:was|were)"
        r"\s+authorized\s+by\s+the\s+Claims\s+Administrator\.?\s*The\s+remaining\s+IMR\s+eligible"
        r"\s+portion\s+of\s+the\s+original\s+request,?\s*(?P<rem>.+?)$",
        re.I,
    ),
    re.compile(
        r"^(?P<orig>.+?)\s+was\s+the\s+original\s+request\.?\s*The\s+Claims\s+Administrator"
        r"\s+authorized\s+(?P<auth>.+?),?\s+leaving\s+the\s+original\s+request\s+IMR\s+eligible\.?"
        r"\s*The\s+original\s+request,?\s*(?P<rem>.+?)$",
        re.I,
    ),
]


def read_items(section: str, file: str | None = None) -> list[DisputedItem]:
    """Every disputed item of the decisions section (lines joined by newlines)."""
    markers = [m for m in _CA.finditer(section)]
    if not markers:
        return []
    headers: list[tuple[int, int, Decision | None]] = []  # (start, end of header, decision)
    previous_body = 0
    for index, marker in enumerate(markers):
        region_start = previous_body
        decision_match = None
        for match in _DECISION.finditer(section, region_start, marker.start()):
            decision_match = match
        if decision_match is None:
            header_end = marker.start()
            decision = None
        else:
            header_end = decision_match.start()
            decision = Decision(decision_match.group(1).lower())
        start = 0 if index == 0 else _header_start(section, region_start, header_end)
        headers.append((start, header_end, decision))
        rationale = _RATIONALE.search(section, marker.end())
        next_marker = markers[index + 1].start() if index + 1 < len(markers) else len(section)
        previous_body = rationale.end() if rationale and rationale.start() < next_marker else marker.end()

    items = []
    for index, (start, header_end, decision) in enumerate(headers):
        body_start = markers[index].end()
        body_end = headers[index + 1][0] if index + 1 < len(headers) else len(section)
        items.append(_item(str(index + 1), section[start:header_end], decision, section[body_start:body_end]))
    return items


def _header_start(section: str, region_start: int, header_end: int) -> int:
    """Where the header ending at ``header_end`` begins: the first line after a line that
    ends a sentence, going back from the header's last line."""
    segment = section[region_start:header_end]
    lines = segment.split("\n")
    offsets = []
    position = region_start
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    last = len(lines) - 1
    while last > 0 and not lines[last].strip():
        last -= 1
    first = _walk_back(lines, last)
    header = " ".join(lines[first:])
    if not _ORIGINAL.search(header) and _PARTIAL_TAIL.search(header):
        # a partial certification whose "X was the original request." ended a line
        original = None
        for match in _ORIGINAL.finditer(segment):
            original = match
        if original is not None:
            first = _walk_back(lines, segment.count("\n", 0, original.start()))
    start = offsets[first]
    # the header may share its line with the end of the rationale ("…necessary. Soma #45:")
    glued = _GLUED.match(lines[first])
    if glued:
        start += glued.end()
    return start


def _walk_back(lines: list[str], index: int) -> int:
    while index > 1 and not _ENDS_SENTENCE.search(lines[index - 1].rstrip()):
        index -= 1
    if index == 1 and not _ENDS_SENTENCE.search(lines[0].rstrip()):
        return 0
    return index


def _item(item_id: str, header: str, decision: Decision | None, body: str) -> DisputedItem:
    header = collapse(header)
    header = re.sub(r"\s*:?\s*$", "", header, count=1)  # the ": " before the decision word, once
    request, original, authorized = header, None, None
    for pattern in _PARTIAL:
        match = pattern.match(header)
        if match:
            request = re.sub(r"\s+is$", "", match.group("rem").strip()).lstrip(" ,")
            original = match.group("orig").strip()
            authorized = match.group("auth").strip()
            break
    ca_text, reviewer_text, rationale = _split_body(body)
    return DisputedItem(
        id=item_id,
        request=request.strip(),
        original_request=original,
        authorized=authorized,
        decision=decision,
        claims_administrator_guideline=parse_guideline(ca_text) if ca_text is not None else None,
        reviewer_guideline=parse_guideline(reviewer_text) if reviewer_text is not None else None,
        rationale=collapse(rationale) if rationale is not None else None,
    )


def _split_body(body: str) -> tuple[str | None, str | None, str | None]:
    rationale = _RATIONALE.search(body)
    guidelines = body[: rationale.start()] if rationale else body
    rationale_text = body[rationale.end() :] if rationale else None
    reviewer = None
    for match in _REVIEWER.finditer(guidelines):
        reviewer = match
        break
    if reviewer is None:
        return collapse(guidelines), None, rationale_text
    return collapse(guidelines[: reviewer.start()]), collapse(guidelines[reviewer.end() :]), rationale_text
