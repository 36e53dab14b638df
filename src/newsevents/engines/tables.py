"""The store's tables as Arrow/Spark schemas, so an engine that writes Parquet writes exactly the
columns ``newsevents.store.schema`` declares (and ``newsevents load`` can insert them by name)."""

from __future__ import annotations

import pyarrow as pa

from newsevents.store.schema import TABLES, columns_of

ARROW_TYPES = {"VARCHAR": pa.string(), "JSON": pa.string(), "BIGINT": pa.int64(), "INTEGER": pa.int32(),
               "DOUBLE": pa.float64(), "BLOB": pa.binary(), "VARCHAR[]": pa.list_(pa.string())}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one store table."""
    return pa.schema([(name.strip('"'), ARROW_TYPES[kind.split()[0]]) for name, kind in columns_of(TABLES[table])])


def spark_schema(table: str):
    """The same schema for Spark (``pyspark.sql.types.StructType``)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema(table))
