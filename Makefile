# Two commands for a fresh machine with python3 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-all test-old-client lint typecheck pytest codegen codegen-check bench sandbox clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' >$(VENV)/install.log 2>&1 \
		|| { cat $(VENV)/install.log; exit 1; }
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m ovbp_facade.demo $(DEMO_ARGS)

test: lint typecheck codegen-check pytest

test-all: lint typecheck codegen-check
	$(BIN)/pytest -m "" -q

# ovbpclient 1.5.2, in its own throwaway environment, runs the user guide against the sandbox (slow)
test-old-client: $(STAMP)
	$(BIN)/pytest -q -m slow tests/old_client

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

codegen:
	./codegen.sh

codegen-check:
	./codegen.sh --check

bench: $(STAMP)
	$(BIN)/python -m benchmarks

sandbox: $(STAMP)
	$(BIN)/ovbp-sandbox serve --data-dir sandbox-data

clean:
	rm -rf $(VENV) .codegen-venv .mypy_cache .ruff_cache .pytest_cache
