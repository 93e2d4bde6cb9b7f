# claimtrack: one entry point. `make report` runs the main job on seeds/; `make test` runs the tests.
# Both set up what they need on first use (a .venv with the package and its dependencies)
# and skip the set-up when it is already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
AS_OF ?= $(shell date +%F)

.PHONY: report test bench setup clean-venv help

help:
	@echo "make report   run the report on seeds/ into outputs/<today>/ (AS_OF=YYYY-MM-DD to date it)"
	@echo "make test     run the tests"
	@echo "make bench    run the benchmarks"

setup: $(STAMP)

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claimtrack needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)

# Re-install only when the dependency list changes.
$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

report: $(STAMP)
	$(VENV)/bin/claimtrack report seeds --as-of $(AS_OF)

test: $(STAMP)
	$(PY) -m pytest

BENCH_STAMP := $(VENV)/.bench-installed

# quantulum3 is only for the speed comparison: installed on first `make bench`.
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(PY) benchmarks/bench_corpus.py
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/quantities.py
	$(PY) benchmarks/speed.py

clean-venv:
	rm -rf $(VENV)
