# The two commands of the README: `make run` and `make test`. Both set up everything
# they need on a fresh machine: the virtual environment, and for tests the PostgreSQL
# and Redis binaries (the servers themselves are throwaway, started by the tests).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint venv test-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: venv
	$(BIN)/schoolhub run

# PostgreSQL 15 binaries are expected on the machine; Redis and Chromium (driven by
# Playwright in the browser tests) come from Debian when missing.
test-deps:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq redis-server >/dev/null; }
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		echo "installing postgresql"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing chromium"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

test: venv test-deps lint
	$(BIN)/pytest -n auto --maxprocesses 4 --durations=15

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache data/*.sqlite3*
