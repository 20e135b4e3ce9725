# Duijie — the two commands from the README are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Line coverage below this fails `make test` (measured, then raised as tests are added).
COVERAGE_FLOOR ?= 93

.PHONY: install install-demo install-test messages migrate seed demo serve test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

# The demo data is its own distribution (demo/), installed only for the demo.
$(VENV)/.installed-demo: demo/pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet --no-deps -e ./demo
	touch $@

install: $(VENV)/.installed

install-demo: $(VENV)/.installed-demo

install-test: $(VENV)/.installed-test
	bash scripts/system-deps.sh

messages: $(VENV)/.installed
	$(BIN)/python scripts/check_messages.py --compile

migrate: install messages
	$(BIN)/duijie migrate --noinput

seed: migrate $(VENV)/.installed-demo
	$(BIN)/duijie seed-demo
	$(BIN)/duijie reindex

demo: seed
	@echo ""
	@echo "Duijie is starting on http://$(HOST):$(PORT)/  (stop with Ctrl-C)"
	@echo "Log in at http://$(HOST):$(PORT)/accounts/login/ as admin@duijie.example (or any demo"
	@echo "login listed above, e.g. cn.company@example.com), password: duijie-demo-2026"
	$(BIN)/duijie runserver $(HOST):$(PORT)

test: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python scripts/check_messages.py --compile --extract
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest --cov=duijie --cov-report= --cov-fail-under=$(COVERAGE_FLOOR)

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/python bench/matching.py --quick
	$(BIN)/python bench/scheduling.py --quick

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
