"""Measuring the review engine against the reviewers' decisions."""
