"""Reading letters into the corpus store, one transaction per letter.

A letter is stored once: its key (case number, else the file's hash) and its file hash are
unique in the store. A rerun skips files whose hash is stored without parsing them, so a job
killed at any moment (even kill -9) is completed by running it again: each letter's
transaction either committed whole or left nothing.

Letters are parsed in worker processes (one per core) and stored by this process as they
arrive, in order; nothing but the letters in flight is held in memory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from imr.letters.files import letter_files
from imr.store import schema


@dataclass
class IngestSummary:
    """What an ingest did: files read, letters stored, skipped (already there), failed."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class _Parsed:
    path: str
    digest: str
    record: dict | None = None
    error: str | None = None


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _parse_one(args: tuple[str, str]) -> _Parsed:
    path, digest = args
    from imr.letters.errors import LetterError
    from imr.letters.parse import parse_file
    from imr.letters.records import letter_record

    try:
        return _Parsed(path, digest, record=letter_record(parse_file(path)))
    except LetterError as exc:
        return _Parsed(path, digest, error=exc.reason)
    except Exception as exc:  # a reader bug must not stop the job; it is reported per file
        return _Parsed(path, digest, error=f"unexpected error while reading: {exc!r}")


def _is_stored(engine: Engine, digest: str) -> bool:
    # a short read per file: no long-lived snapshot holds the SQLite WAL open
    with engine.connect() as connection:
        found = connection.execute(
            select(schema.Letter.id).where(schema.Letter.content_hash == digest).limit(1)
        )
        return found.first() is not None


def _letter_row(record: dict, digest: str) -> schema.Letter:
    from imr.requests import categorize

    def date(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    letter = schema.Letter(
        key=record["case_number"] or f"sha256:{digest}",
        content_hash=digest,
        case_number=record["case_number"],
        file=record["file"],
        layout=record["layout"],
        date_assigned=date(record["date_assigned"]),
        date_of_injury=date(record["date_of_injury"]),
        decision_date=date(record["decision_date"]),
        ur_denial_date=date(record["ur_denial_date"]),
        priority=record["priority"],
        application_received=date(record["application_received"]),
        clinical_summary=record["clinical_summary"],
        record=json.dumps(record, ensure_ascii=False),
        ingested_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
    )
    letter.licensure = [schema.Licensure(state=s) for s in record["reviewer"]["licensure"]]
    letter.specialties = [schema.Specialty(specialty=s) for s in record["reviewer"]["specialties"]]
    for position, item in enumerate(record["items"], 1):
        row = schema.Item(
            position=position,
            request=item["request"],
            original_request=item.get("original_request"),
            category=categorize(item["request"]).value,
            decision=item["decision"],
            claims_administrator_guideline=item["claims_administrator_guideline"],
            reviewer_guideline=item["reviewer_guideline"],
            rationale=item["rationale"],
        )
        for cited_by in ("reviewer", "claims_administrator"):
            for index, citation in enumerate(item.get(f"{cited_by}_citations", []), 1):
                row.citations.append(
                    schema.Citation(
                        cited_by=cited_by,
                        position=index,
                        document=citation["document"],
                        mtus=citation["mtus"],
                        edition=citation["edition"],
                        sections=json.dumps(citation["sections"]),
                        pages=json.dumps(citation["pages"]),
                    )
                )
        letter.items.append(row)
    return letter


def _store(engine: Engine, parsed: _Parsed) -> bool:
    """Store one letter in its own transaction; False when its key is already stored."""
    try:
        with Session(engine) as session, session.begin():
            session.add(_letter_row(parsed.record, parsed.digest))
    except IntegrityError:
        return False
    return True


def _candidates(
    engine: Engine, files: Iterable[Path], summary: IngestSummary
) -> Iterator[tuple[str, str] | None]:
    """(path, digest) of each file not yet stored; None for a file skipped or unreadable.

    The same file twice in one run is parsed twice and stored once: the store's unique
    hash refuses the second, which then counts as skipped."""
    for path in files:
        summary.read += 1
        try:
            digest = file_digest(path)
        except OSError as exc:
            summary.failures.append((str(path), exc.strerror or str(exc)))
            yield None
            continue
        if _is_stored(engine, digest):
            summary.skipped += 1
            yield None
            continue
        yield (str(path), digest)


def _parsed_stream(
    candidates: Iterator[tuple[str, str] | None], workers: int
) -> Iterator[_Parsed | None]:
    """Parsed letters in order, at most a bounded window of them in flight."""
    if workers <= 1:
        for candidate in candidates:
            yield None if candidate is None else _parse_one(candidate)
        return
    from collections import deque

    window = workers * 8
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for candidate in candidates:
            pending.append(None if candidate is None else pool.submit(_parse_one, candidate))
            while len(pending) >= window:
                head = pending.popleft()
                yield None if head is None else head.result()
        while pending:
            head = pending.popleft()
            yield None if head is None else head.result()


def count_letter_files(paths: Iterable[str | Path]) -> int:
    return sum(1 for _ in letter_files(paths))


def ingest(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> IngestSummary:
    """Store every letter under ``paths``; ``on_progress(done, total)`` after each file."""
    paths = list(paths)
    total = count_letter_files(paths)
    summary = IngestSummary()
    workers = workers if workers is not None else max(1, min(os.cpu_count() or 1, 2))
    candidates = _candidates(engine, letter_files(paths), summary)
    done = 0
    if on_progress:
        on_progress(0, total)
    for parsed in _parsed_stream(candidates, workers):
        done += 1
        if parsed is not None:
            if parsed.error is not None:
                summary.failures.append((parsed.path, parsed.error))
            elif _store(engine, parsed):
                summary.stored += 1
            else:
                summary.skipped += 1
        if on_progress:
            on_progress(done, total)
    return summary
