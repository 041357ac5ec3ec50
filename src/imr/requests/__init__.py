"""Request understanding: a disputed item's free text read as a structured request."""

from imr.requests.categories import categorize
from imr.requests.parse import find_drug, find_drugs, parse_request

__all__ = ["categorize", "find_drug", "find_drugs", "parse_request"]
