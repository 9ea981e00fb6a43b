# Every target that needs tools runs `setup` first; `setup` is a no-op when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS ?= dev

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated update-spec lint format typecheck pytest test demo bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[$(EXTRAS)]'
	@touch $@

setup: $(STAMP) ## create .venv and install the project with dev extras

generate: setup ## normalize openapi/raw + overlay and regenerate generated/ from scratch
	$(BIN)/python scripts/generate.py

check-generated: setup ## fail with a diff when the committed spec or generated code is stale
	$(BIN)/python scripts/generate.py --check

update-spec: setup ## take in a new published spec: SPEC=URL_OR_FILE [DATE=YYYY-MM-DD]; prints what changed
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=URL_OR_FILE [DATE=YYYY-MM-DD]" >&2; exit 2; }
	$(BIN)/python scripts/update_spec.py "$(SPEC)" $(if $(DATE),--date "$(DATE)")

lint: setup ## ruff check + format check
	$(BIN)/ruff check wrapper scripts tests
	$(BIN)/ruff format --check wrapper scripts tests

format: setup ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix wrapper scripts tests
	$(BIN)/ruff format wrapper scripts tests

typecheck: setup ## mypy --strict on wrapper/ and scripts/
	$(BIN)/mypy wrapper/twelvelabs_analyze scripts tests/typing

pytest: setup ## the test suite only
	$(BIN)/python -m pytest

test: check-generated lint typecheck pytest ## everything CI checks

demo: setup ## gist and all three summaries of a sample video from the built-in fake API (no key, no network)
	$(BIN)/twelvelabs-analyze demo

bench: setup ## benchmarks vs raw httpx and twelvelabs 1.1.0 (adds the bench extra); BENCH_ARGS=--quick|--output FILE
	@$(BIN)/python -c "import twelvelabs, pyinstrument" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[$(EXTRAS),bench]'
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean: ## remove the virtualenv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
