# Two commands for a fresh machine with python3 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The checks install from a lock of the development environment, one per supported Python
# (requirements/lock-pyX.Y.txt); `make lock` refreshes the one of $(PYTHON). The wheel keeps ranges.
PYVER := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
LOCK := requirements/lock-py$(PYVER).txt

# install: the development environment in $(VENV), from the lock (derived code is committed: nothing is
# written before anything runs; ./codegen.sh rewrites it, and codegen-check tells when it is stale)
.PHONY: install demo docs test test-all test-examples test-old-client test-package test-browser screenshots lock lint typecheck pytest codegen codegen-check bench sandbox clean

# editable_mode=compat: a path entry, not an import hook, so that type checkers run from outside the
# repository (mypy, pyright) find the packages of an editable install too.
$(STAMP): pyproject.toml $(LOCK) Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(LOCK) -e '.[dev]' \
		--config-settings editable_mode=compat >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	touch $(STAMP)

install: $(STAMP)

requirements/lock-py%.txt:
	@echo "no lock for Python $* (PYTHON=$(PYTHON)); create it with: make lock PYTHON=$(PYTHON)" >&2; exit 1

# Refresh the lock of $(PYTHON): the newest releases that pyproject.toml's ranges allow, resolved by pip
# in a throwaway environment. Run it once per Python (PYTHON=python3.11, python3.12, python3.13).
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	mkdir -p requirements
	.lock-venv/bin/python -m pip freeze --exclude-editable --disable-pip-version-check \
		| grep -v '^ovbp=' | LC_ALL=C sort -f > $(LOCK)
	rm -rf .lock-venv
	@echo "$(LOCK) refreshed; run make test PYTHON=$(PYTHON) before committing it"

demo: install
	$(BIN)/python -m ovbp_facade.demo $(DEMO_ARGS)

test: lint typecheck codegen-check pytest

test-all: lint typecheck codegen-check
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -m "" -q $(PARALLEL)

# ovbpclient 1.5.2, in its own throwaway environment, runs the user guide against the sandbox (slow)
test-old-client: install
	$(BIN)/pytest -q -m slow tests/old_client

# the dashboard in headless Chromium (Debian's chromium and chromium-driver; skipped, saying so, without them)
test-browser: install
	$(BIN)/pytest -q -m browser tests/ovbp_sandbox/dashboard

# screenshots of the dashboard after the user guide, into screenshots/ (not committed)
screenshots: install
	$(BIN)/python -m tests.ovbp_sandbox.dashboard.screenshots screenshots

# the examples whose run is long (a year of a logger's daily files: 365 parse runs), against a sandbox
test-examples: install
	$(BIN)/pytest -q -m slow tests/examples

# the built wheel installs the client alone into a throwaway environment (slow)
test-package: install
	$(BIN)/pytest -q -m slow tests/package

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

# Line coverage of the client and the sandbox, as measured in the pytest process: the subprocesses some
# tests start (script workers, `ovbp-sandbox serve`, the demo command) are not measured. The data file
# stays in the environment; `COVERAGE_FILE=$(VENV)/.coverage $(BIN)/coverage report` gives each file.
# Tests run on every core (pytest-xdist: each worker has its session's sandbox and runs the user guide once
# on it); bytecode is kept between runs even where the environment says not to write it (collection is
# several seconds faster). Not --dist loadgroup: it keys tests by node id, and schemathesis' tests share
# theirs, so it silently drops them.
COVERAGE := COVERAGE_FILE=$(VENV)/.coverage $(BIN)/coverage
PARALLEL := -n auto
pytest: install
	COVERAGE_FILE=$(VENV)/.coverage PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -q $(PARALLEL) \
		--cov=ovbp_facade --cov=ovbp_sandbox --cov-report=
	@echo "line coverage: ovbp_facade $$($(COVERAGE) report --include='ovbp_facade/*' --format=total)%," \
		"ovbp_sandbox $$($(COVERAGE) report --include='ovbp_sandbox/*' --format=total)%," \
		"both $$($(COVERAGE) report --format=total)%"

codegen:
	./codegen.sh

codegen-check:
	./codegen.sh --check

bench: install
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.range_reads
	$(BIN)/python -m benchmarks.async_reads
	$(BIN)/python -m benchmarks.dashboard
	$(BIN)/python -m benchmarks.client_layers

# the documentation site into site/: the public names checked against the API reference, the user guide
# notebook run against a fresh sandbox, then mkdocs build --strict (tools/docs.py says each step)
docs: install
	$(BIN)/python tools/docs.py

# the ready line ends with dashboard=URL: the read-only pages, open in a browser (login from sandbox-data/auth.txt)
sandbox: install
	$(BIN)/ovbp-sandbox serve --data-dir sandbox-data

clean:
	rm -rf $(VENV) .codegen-venv .mypy_cache .ruff_cache .pytest_cache
