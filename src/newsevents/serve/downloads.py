"""CSV and Parquet downloads of a filtered view: the rows of a query, every one, as a file."""

from __future__ import annotations

import io

import pyarrow.csv
import pyarrow.parquet

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def table_bytes(con, sql: str, params: list, fmt: str) -> bytes:
    """The query's rows as a CSV (with a header) or Parquet file."""
    relation = con.sql(sql, params=params)
    table = relation.to_arrow_table()
    del relation  # released before the connection closes
    buffer = io.BytesIO()
    if fmt == "csv":
        pyarrow.csv.write_csv(table, buffer)
    else:
        pyarrow.parquet.write_table(table, buffer)
    return buffer.getvalue()
