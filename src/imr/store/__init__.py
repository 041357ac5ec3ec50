"""The corpus store: SQLAlchemy 2 tables, SQLite by default, any SQLAlchemy URL."""

from imr.store.db import StoreError, open_store
from imr.store.schema import Citation, Item, Letter, Licensure, Specialty

__all__ = ["Citation", "Item", "Letter", "Licensure", "Specialty", "StoreError", "open_store"]
