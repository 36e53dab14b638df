# make demo: set up .venv and code the bundled examples into the default DuckDB store.
# make test: set up .venv and run the tests (what CI runs). make lint: ruff.
# make web: rebuild the dashboard (web/, npm) into src/newsevents/serve/static (committed, so pip needs no node).
# make bench: throughput against spaCy alone (needs ../shared), writes BENCHMARKS.md; the issue's mix of 2,000 documents, the default run and the NER on every paragraph (ner_gate off), spaCy alone again last (about 15 min on a quiet 2-core machine), LIMIT=400 for a quicker look.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean web reliability bench
LIMIT ?= 2000

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,spark]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo
	@echo
	@echo "Open the dashboard on the demo store (http://127.0.0.1:8000/):"
	@echo "  $(BIN)/newsevents serve --db newsevents.duckdb --open"

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

# make reliability: the fuzz and heavy reliability tests; rewrites RELIABILITY.md with the figures.
reliability: $(STAMP)
	PYTHONPATH=src $(BIN)/python bench/reliability_report.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

web:
	cd web && npm ci --no-audit --no-fund && npm run build
bench: $(STAMP)
	PYTHONPATH=src $(BIN)/python bench/throughput.py --limit $(LIMIT) --ner-gate off

clean:
	rm -rf $(VENV) newsevents.duckdb newsevents.snapshot.duckdb
