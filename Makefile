# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots dist dist-check translations clean

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
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) scripts/bench.py

# Screenshots of the main views for the README, under a virtual X server (Debian: xvfb).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots.py

# A one-folder build with PyInstaller (packaging/), then trimmed to what the app loads.
DIST := dist/model-strategy-studio
dist: $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.10,<7"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/model-strategy-studio.spec
	$(PY) packaging/trim_qt.py $(DIST)
	tar -C dist -czf dist/model-strategy-studio-linux-x86_64.tar.gz model-strategy-studio
	du -sh $(DIST) dist/model-strategy-studio-linux-x86_64.tar.gz

# The frozen app must start, paint and sign a report with no network at all.
dist-check: dist
	bash packaging/dist-check.sh $(DIST)

# German: refresh the .ts from every tr() in desktop/ui (translate new entries in Qt Linguist), then compile.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(shell find desktop/ui -name '*.py' | sort) -ts resources/translations/mss_de.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/mss_de.ts -qm resources/translations/mss_de.qm

clean:
	rm -rf $(VENV) build dist *.egg-info bench-results.json
