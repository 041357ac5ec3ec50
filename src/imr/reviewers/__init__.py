"""Reviewer panel and assignment: qualified, conflict-free, matched by specialty."""

from imr.reviewers.assign import assign
from imr.reviewers.panel import PanelError, default_panel, load_panel

__all__ = ["PanelError", "assign", "default_panel", "load_panel"]
