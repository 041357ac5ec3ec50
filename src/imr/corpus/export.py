"""The corpus tables written as Parquet, streamed in batches (for DuckDB, pandas, Spark…)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from imr.store import schema

BATCH = 2000
TABLES = [schema.Letter, schema.Item, schema.Citation, schema.Licensure, schema.Specialty]


def _arrow_type(column):
    import pyarrow as pa
    from sqlalchemy import Boolean, Date, DateTime, Integer

    kind = type(column.type)
    if issubclass(kind, Boolean):
        return pa.bool_()
    if issubclass(kind, Integer):
        return pa.int64()
    if issubclass(kind, DateTime):
        return pa.timestamp("us")
    if issubclass(kind, Date):
        return pa.date32()
    return pa.string()


def export_parquet(engine: Engine, directory: Path) -> dict[str, int]:
    """Write one ``<table>.parquet`` per table into ``directory``; rows written per table.

    Each file is written to a temporary name and renamed when complete, so an interrupted
    export never leaves a half-written table behind."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    with Session(engine) as session:
        for table in TABLES:
            columns = list(table.__table__.columns)
            arrow_schema = pa.schema([(c.name, _arrow_type(c)) for c in columns])
            target = directory / f"{table.__tablename__}.parquet"
            partial = target.with_suffix(".parquet.partial")
            rows = 0
            with pq.ParquetWriter(partial, arrow_schema) as writer:
                result = session.execute(select(*columns).execution_options(yield_per=BATCH))
                for chunk in result.partitions(BATCH):
                    batch = {c.name: [row[i] for row in chunk] for i, c in enumerate(columns)}
                    writer.write_table(pa.Table.from_pydict(batch, schema=arrow_schema))
                    rows += len(chunk)
            partial.replace(target)
            counts[table.__tablename__] = rows
    return counts
