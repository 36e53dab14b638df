# make demo: set up .venv and code the bundled examples into the default DuckDB store.
# make test: set up .venv and run the tests (what CI runs). make lint: ruff.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean reliability

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

# make reliability: the fuzz and heavy reliability tests; rewrites RELIABILITY.md with the figures.
reliability: $(STAMP)
	PYTHONPATH=src $(BIN)/python bench/reliability_report.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) newsevents.duckdb newsevents.snapshot.duckdb
