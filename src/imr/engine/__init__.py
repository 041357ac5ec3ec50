"""The review engine: each disputed item decided against the MTUS, with criteria, evidence,
citation and rationale."""

from imr.engine.decide import review_case

__all__ = ["review_case"]
