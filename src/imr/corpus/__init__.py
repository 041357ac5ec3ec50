"""The corpus of published letters: ingest, statistics, export."""
