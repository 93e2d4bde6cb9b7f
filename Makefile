# claimtrack: one entry point. `make report` runs the main job on seeds/; `make test` runs the tests.
# Both set up what they need on first use (a .venv with the package and its dependencies)
# and skip the set-up when it is already done.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
AS_OF ?= $(shell date +%F)

.PHONY: report test bench setup system baseline calibrate lab kernel clean-venv help

help:
	@echo "make report   run the report on seeds/ into outputs/<today>/ (AS_OF=YYYY-MM-DD to date it)"
	@echo "make test     run the tests"
	@echo "make bench    run the benchmarks"
	@echo "make calibrate  refit claim confidence (lib/claimtrack/extraction/calibration.yml) on the repo's gold"
	@echo "make lab      JupyterLab on http://127.0.0.1:$(LAB_PORT) in the project (LAB_PORT=, LAB_ARGS= to change)"
	@echo "make kernel   register this environment as the kernel 'claimtrack' for a Jupyter you already have"

setup: $(STAMP)

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claimtrack needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)

# Re-install only when the dependency list changes.
$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

# Chromium prints the PDF; poppler-utils (pdftotext, pdftoppm) lets the tests read it. A browser
# already there (chromium, chromium-browser, google-chrome, or $CLAIMTRACK_CHROMIUM) is used; else
# both come from Debian's packages: as root, or with sudo when it asks no password.
system:
	@if { [ -n "$$CLAIMTRACK_CHROMIUM" ] || command -v chromium || command -v chromium-browser \
	      || command -v google-chrome; } >/dev/null && command -v pdftotext >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing chromium and poppler-utils (Debian packages)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
	elif command -v apt-get >/dev/null && sudo -n true 2>/dev/null; then \
	  echo "installing chromium and poppler-utils (Debian packages)"; \
	  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
	else \
	  echo "claimtrack needs Chromium (the PDF) and poppler-utils (the tests read the PDF)." >&2; \
	  echo "  Debian/Ubuntu: sudo apt-get install chromium poppler-utils" >&2; \
	  echo "  elsewhere: install Chrome or Chromium and poppler, and set CLAIMTRACK_CHROMIUM=/path/to/chrome" >&2; \
	  exit 1; \
	fi

report: $(STAMP) system
	$(VENV)/bin/claimtrack report --corpus seeds --as-of $(AS_OF)

test: $(STAMP) system
	$(PY) -m pytest

# Re-run the committed notebooks with their defaults (seeds/) and store their outputs in them;
# `git diff notebooks/` then shows what changed (readable with nbdime: see docs/report.md); it also
# copies the first chart to docs/images/first-chart.png, the README's picture.
baseline: $(STAMP)
	$(VENV)/bin/claimtrack baseline

# Claim confidence = measured precision per kind of evidence, on benchmarks/heldout* and the seeds:
# deterministic, so the committed file is reproduced bit for bit (tests/test_calibration.py checks).
calibrate: $(STAMP)
	$(PY) benchmarks/calibrate.py


# JupyterLab from the project's environment, on this machine only (127.0.0.1), rooted at the project so
# notebooks/ and scratch/ are both in reach; it opens in scratch/, so New Notebook lands there (gitignored,
# not collected by the tests). As root Jupyter refuses to start without --allow-root: given then.
# See docs/jupyterlab.md.
LAB_PORT ?= 8888
LAB_ARGS ?=
LAB_FLAGS = --no-browser --ip=127.0.0.1 --port=$(LAB_PORT) --ServerApp.root_dir="$(CURDIR)" \
	--LabApp.default_url=/lab/tree/scratch $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP)
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) $(LAB_ARGS)

# For a Jupyter installed elsewhere: this environment as a kernel named 'claimtrack' (in the user's
# kernel folder; `jupyter kernelspec list` shows it, `jupyter kernelspec remove claimtrack` undoes it).
KERNEL_NAME ?= claimtrack
kernel: $(STAMP)
	$(PY) -m ipykernel install --user --name $(KERNEL_NAME) --display-name "Python (claimtrack)"

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
	$(PY) benchmarks/report_time.py
	$(PY) benchmarks/broken_corpus.py
	$(PY) benchmarks/provenance_bench.py
	$(PY) benchmarks/links_scale.py
	$(PY) benchmarks/store_bench.py
	$(PY) benchmarks/report_scale.py

clean-venv:
	rm -rf $(VENV)
