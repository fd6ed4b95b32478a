# Two commands set everything up on a fresh machine with Python 3.11 and apt:
#   make site   creates .venv, installs the pinned dependencies and builds output/
#   make test   adds the test tools (and Debian's chromium if missing) and runs the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site build rebuild serve publish bundle test test-fast test-deps chromium java import clean bench

site: $(VENV)/.site-deps
	$(BIN)/invoke build

build: site

rebuild: $(VENV)/.site-deps
	$(BIN)/invoke rebuild

serve: $(VENV)/.site-deps
	$(BIN)/invoke serve

publish: $(VENV)/.site-deps
	$(BIN)/invoke publish

bundle: $(VENV)/.site-deps
	$(BIN)/invoke bundle

$(VENV)/.site-deps: requirements.txt constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.test-deps: $(VENV)/.site-deps requirements-test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt -c constraints.txt
	touch $@

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	fi

java:
	@if ! command -v java >/dev/null; then \
		echo "installing Debian's Java runtime for the HTML validator (vnu)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq default-jre-headless >/dev/null; \
	fi

test-deps: $(VENV)/.test-deps chromium java

# the tests' sites are built in memory where /dev/shm has room for them (4 GB free): the thousands of small files a
# build writes cost a disk's journal a fifth of the wall time; elsewhere pytest's own temporary folder. One folder per
# checkout: pytest empties its basetemp first, so two checkouts tested at once must not share one
CHECKOUT_KEY := $(shell printf '%s' "$(CURDIR)" | cksum | cut -d' ' -f1)
TEST_TMP := $(shell df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 && $$4 > 4000000 {print "--basetemp=/dev/shm/dossier-tests-$(CHECKOUT_KEY)"}')

# the plugins compiled once, so the few hundred builds the tests start do not each compile them again (where
# PYTHONDONTWRITEBYTECODE is set, as on some CI machines, no process would write the cache): 0.3 s of CPU a build
test: test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m compileall -q plugins
	$(BIN)/python -m pytest -n 2 $(TEST_TMP)

test-fast: test-deps
	$(BIN)/python -m compileall -q plugins
	$(BIN)/python -m pytest -n 2 -m "not slow" $(TEST_TMP)

clean:
	rm -rf output dist .dossier-cache .pytest_cache

bench: test-deps
	$(BIN)/python bench/import.py
	$(BIN)/python bench/saved_pages.py
	$(BIN)/python bench/attribution.py
	$(BIN)/python bench/relations.py
	$(BIN)/python bench/cards.py
	$(BIN)/python bench/map.py
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/archive.py
