"""Request understanding: a disputed item's free text read as a structured request."""

from imr.requests.categories import categorize

__all__ = ["categorize"]
