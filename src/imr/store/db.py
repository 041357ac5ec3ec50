"""Opening the store: an engine for a URL, the schema created on first use, clear errors."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from imr.store.schema import Base


class StoreError(Exception):
    """The store cannot be opened or used; the message says which and why."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a killed writer loses only its open transaction.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_store(url: str, *, create: bool = True) -> Engine:
    """An engine for the store at ``url``, with its tables created when ``create``."""
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError(f"{url}: not a database URL SQLAlchemy can open ({exc})") from None
    except ImportError as exc:
        raise StoreError(f"{url}: the database driver is not installed ({exc})") from None
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            parent = Path(database).expanduser().parent
            if not parent.exists():
                if not create:
                    raise StoreError(f"{url}: no store there yet (run `imr corpus ingest` first)")
                try:
                    parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"{url}: cannot create {parent} ({exc.strerror})") from None
            elif not create and not Path(database).exists():
                raise StoreError(f"{url}: no store there yet (run `imr corpus ingest` first)")
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if create:
            Base.metadata.create_all(engine)
        else:
            with engine.connect():
                pass
    except OperationalError as exc:
        raise StoreError(f"{url}: cannot open the store ({exc.orig})") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"{url}: {exc.__class__.__name__}: {exc}") from None
    return engine
