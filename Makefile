# The two commands of the README:  `make run`  and  `make test`.
# Both set everything up on a fresh machine: a virtual environment with the
# project and its test tools, and the Debian packages the tests use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
APT_PACKAGES := poppler-utils postgresql
# What Qt's xcb platform plugin (the window on an X11 desktop) links against, beyond the
# libraries PySide6 bundles; tests/test_window_packages.py checks the list against the plugin.
WINDOW_APT_PACKAGES := libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 \
	libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
	libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 \
	libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libfreetype6 \
	libglib2.0-0 libdbus-1-3 libgcc-s1 libstdc++6 zlib1g libzstd1

.PHONY: run test bench bench-libreoffice lint system-packages window-packages clean translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "ACSA Desk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Installs the Debian packages the tests need when they are missing (pdftoppm, PostgreSQL server).
system-packages: window-packages
	@sh .ci/system-packages.sh $(APT_PACKAGES)

# The interface's translations: .ts catalogues in the repository, compiled to .qm here.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collects every translatable string of acsa_desk/ into the .ts files (then translate the new
# ones, marked unfinished; see resources/translations/README.md).
translations: $(STAMP)
	$(BIN)/python -m acsa_desk.ui.catalogues update
	@$(MAKE) --no-print-directory $(QM)

# Installs the Debian libraries the window needs on an X11 desktop when they are missing.
window-packages:
	@sh .ci/system-packages.sh $(WINDOW_APT_PACKAGES)

run: $(STAMP) window-packages $(QM)
	$(BIN)/acsa-desk $(ARGS)

# The suite runs on every core (pytest-xdist; each worker has its own PostgreSQL server and
# temporary folders): PYTEST_WORKERS=0 runs it in one process.
PYTEST_WORKERS ?= auto
test: $(STAMP) system-packages $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# Speed against raw-library floors on a 100,000-order demo ledger (not part of the tests).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m acsa_desk.bench $(BENCH_ARGS)

# Optional: LibreOffice for figure 4's comparison (a CSV of the statement's rows to PDF by
# soffice --headless); about 400 MB of Debian packages, so not part of `bench` itself.
bench-libreoffice:
	@sh .ci/system-packages.sh libreoffice-calc-nogui

lint: $(STAMP)
	$(BIN)/ruff check acsa_desk tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
