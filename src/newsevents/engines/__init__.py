"""engines: where the per-batch coding function runs.

The local engine is ``newsevents.store.run`` (worker processes, one DuckDB writer). The Spark
engine (``newsevents.engines.spark``) runs the same per-batch function on a cluster and writes
every table as Parquet, which ``newsevents.store.load`` brings into a store.
"""
