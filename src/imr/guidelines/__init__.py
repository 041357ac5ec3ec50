"""The guideline knowledge base: the MTUS and the sources below it, as data."""

from imr.guidelines.loader import Entry, KnowledgeBase, KnowledgeBaseError, load

__all__ = ["Entry", "KnowledgeBase", "KnowledgeBaseError", "load"]
