"""The public copy: every identifier of a person or organisation removed, the clinical
content, the dates of injury and service and every decision kept."""

from imr.redact.redact import MARK, redact_letter, redact_text

__all__ = ["MARK", "redact_letter", "redact_text"]
