"""Intake: eligibility for IMR, priority and the deadlines the regulations set."""

from imr.intake.admit import admit

__all__ = ["admit"]
