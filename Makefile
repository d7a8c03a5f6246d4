# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/model-strategy

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests scripts
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) scripts/bench.py

# Screenshots of the main views for the README, under a virtual X server (Debian: xvfb).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info bench-results.json
