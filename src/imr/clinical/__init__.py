"""Clinical facts from the case records, each with the span it came from."""

from imr.clinical.facts import extract_facts
from imr.clinical.records import RecordError, record_text

__all__ = ["RecordError", "extract_facts", "record_text"]
