# make demo: set up .venv and code the bundled examples into the default DuckDB store.
# make test: set up .venv and run the tests (what CI runs). make lint: ruff.
# make bench: throughput against spaCy alone (needs ../shared), writes BENCHMARKS.md; LIMIT=200 for a quick run.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean
LIMIT ?= 2000

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	PYTHONPATH=src $(BIN)/python bench/throughput.py --limit $(LIMIT)

clean:
	rm -rf $(VENV) newsevents.duckdb newsevents.snapshot.duckdb
