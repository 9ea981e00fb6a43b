# Every target that needs tools runs `setup` first; `setup` is a no-op when nothing changed.
# A fresh machine needs only python3 and make: each venv first gets a pip that reads PEP 735
# dependency groups (`pip install --group`, pip >= 25.1), then the project and the dev group.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS ?= cli,testing,fast
PIP_FOR_GROUPS := pip>=25.1
PIP_FLAGS := --quiet --disable-pip-version-check
# The oldest supported versions (requirements/minimum.txt) in a venv of their own.
MIN_VENV := .venv-min
MIN_STAMP := $(MIN_VENV)/.installed-stamp
# The pinned names, for the record of what ran: httpx|attrs|click|…
MIN_NAMES := $(shell sed -n 's/^\([A-Za-z0-9._-]*\)==.*/\1/p' requirements/minimum.txt | paste -sd'|')
# The newest Python among 3.13/3.12 that runs here (scripts/newest_python.py; python3 if none),
# with the newest release of every dependency: what a user who installs today gets.
NEWEST_VENV := .venv-newest
NEWEST_STAMP := $(NEWEST_VENV)/.installed-stamp
# Only what the demo needs, in a venv of its own (not the dev group's 120-odd packages).
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed-stamp
# Built by `make dist`; tests/packaging builds its own copies in a temporary folder.
DIST := dist

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated update-spec lint format typecheck pytest docs test test-min-versions test-newest dist demo bench mutation clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install $(PIP_FLAGS) '$(PIP_FOR_GROUPS)'
	$(BIN)/python -m pip install $(PIP_FLAGS) -e '.[$(EXTRAS)]' --group dev
	@touch $@

setup: $(STAMP) ## create .venv: the project (editable, extras cli,testing,fast) and the dev group

generate: setup ## normalize openapi/raw + overlay and regenerate generated/ from scratch
	$(BIN)/python scripts/generate.py

check-generated: setup ## fail with a diff when the committed spec or generated code is stale
	$(BIN)/python scripts/generate.py --check

update-spec: setup ## take in a new published spec: SPEC=URL_OR_FILE [DATE=YYYY-MM-DD]; and/or SDK=VERSION_OR_PATH: diff the SDK's types
	@test -n "$(SPEC)$(SDK)" || { echo "usage: make update-spec SPEC=URL_OR_FILE [DATE=YYYY-MM-DD] [SDK=VERSION_OR_PATH]" >&2; exit 2; }
	$(BIN)/python scripts/update_spec.py $(if $(SPEC),"$(SPEC)") $(if $(DATE),--date "$(DATE)") $(if $(SDK),--sdk-types "$(SDK)")

lint: setup ## ruff check + format check
	$(BIN)/ruff check wrapper scripts tests docs
	$(BIN)/ruff format --check wrapper scripts tests docs

format: setup ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix wrapper scripts tests docs
	$(BIN)/ruff format wrapper scripts tests docs

typecheck: setup ## mypy --strict on wrapper/ and scripts/
	$(BIN)/mypy wrapper/twelvelabs_analyze wrapper/twelvelabs_analyze_pytest.py scripts tests/typing docs/hooks.py

pytest: setup ## the test suite only
	$(BIN)/python -m pytest

# Offline: the site fetches nothing (mkdocs.yml); --strict turns every warning into a failure.
docs: setup ## build the documentation site into site/ (guides + API reference; any warning fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

test: check-generated lint typecheck docs pytest ## everything CI checks but test-min-versions and test-newest

# Built anew whenever it is stale: what an older run left behind must not decide what is tested.
$(MIN_STAMP): pyproject.toml requirements/minimum.txt
	rm -rf $(MIN_VENV)
	$(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install $(PIP_FLAGS) '$(PIP_FOR_GROUPS)'
	$(MIN_VENV)/bin/python -m pip install $(PIP_FLAGS) -c requirements/minimum.txt -e '.[$(EXTRAS)]' --group test
	@touch $@

# Left out: the tests of the spec pipeline and the contract tests, whose tools (the spec group)
# need newer jsonschema, referencing and rich than the floors; and the built-package test, which
# installs the wheel with the newest dependencies and so would only repeat `make test`.
# And the checks run by dev tools, not in the test group: mypy over the docs' examples, pyright.
MIN_IGNORE := tests/unit/test_normalize.py tests/unit/test_spec_facts.py tests/unit/test_update_spec.py \
	tests/unit/test_sdk_diff.py tests/unit/test_generate_resources.py tests/unit/test_public_names.py \
	tests/unit/test_response_json_schema.py tests/schema/test_agreement.py tests/spec_changes tests/contract \
	tests/packaging/test_built_package.py tests/docs/test_examples_typecheck.py tests/typing/test_public_types.py

test-min-versions: $(MIN_STAMP) ## the test suite with the oldest supported version of every dependency
	$(MIN_VENV)/bin/python -m pip check
	$(MIN_VENV)/bin/python -m pip freeze --exclude-editable | grep -iE '^($(MIN_NAMES))=='
	$(MIN_VENV)/bin/python -m pytest $(addprefix --ignore=,$(MIN_IGNORE))

# Built anew when stale, like the floors' venv. The suite's fast subset: what test-min-versions
# leaves out (the dev tools' tests), and the tests marked slow.
$(NEWEST_STAMP): pyproject.toml
	rm -rf $(NEWEST_VENV)
	$$($(PYTHON) scripts/newest_python.py --fallback $(PYTHON)) -m venv $(NEWEST_VENV)
	$(NEWEST_VENV)/bin/python -m pip install $(PIP_FLAGS) '$(PIP_FOR_GROUPS)'
	$(NEWEST_VENV)/bin/python -m pip install $(PIP_FLAGS) --upgrade --upgrade-strategy eager -e '.[$(EXTRAS)]' --group test
	@touch $@

test-newest: $(NEWEST_STAMP) ## the fast tests on the newest Python here (3.13/3.12) with the newest httpx and every newest dependency
	$(NEWEST_VENV)/bin/python --version
	$(NEWEST_VENV)/bin/python -m pip check
	$(NEWEST_VENV)/bin/python -m pip freeze --exclude-editable | grep -iE '^(httpx|httpcore|attrs)=='
	$(NEWEST_VENV)/bin/python -m pytest -q -m 'not slow' $(addprefix --ignore=,$(MIN_IGNORE))

dist: setup ## build the sdist, and the wheel from it, into dist/
	rm -rf $(DIST)
	$(BIN)/python -m build --outdir $(DIST)
	$(BIN)/twine check --strict $(DIST)/*
	$(BIN)/check-wheel-contents $(DIST)/*.whl

$(DEMO_STAMP): pyproject.toml
	@echo "make demo: installing only what the demo needs, the package with its cli and testing extras, into $(DEMO_VENV)/"
	@test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install $(PIP_FLAGS) -e '.[cli,testing]'
	@touch $@

demo: $(DEMO_STAMP) ## the live API and the retired endpoints, tasks and streams, answered by the built-in fake (no key, no network; its own small venv)
	$(DEMO_VENV)/bin/twelvelabs-analyze demo

# twelvelabs 1.1.0 (the last SDK with gist/summarize) cannot share a venv with 1.3.6: it gets a venv
# of its own, with the main venv's httpx stack so that both measure against the same raw httpx.
BENCH_SDK110_VENV := .venv-bench-sdk110
BENCH_SDK110_STAMP := $(BENCH_SDK110_VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
HTTPX_STACK := httpx|httpcore|h11|anyio|idna|certifi|sniffio

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install $(PIP_FLAGS) --group bench
	@touch $@

$(BENCH_SDK110_STAMP): pyproject.toml $(STAMP)
	rm -rf $(BENCH_SDK110_VENV)
	$(PYTHON) -m venv $(BENCH_SDK110_VENV)
	$(BENCH_SDK110_VENV)/bin/python -m pip install $(PIP_FLAGS) '$(PIP_FOR_GROUPS)'
	$(BIN)/python -m pip freeze | grep -iE '^($(HTTPX_STACK))==' > $(BENCH_SDK110_VENV)/httpx-stack.txt
	$(BENCH_SDK110_VENV)/bin/python -m pip install $(PIP_FLAGS) --group bench-sdk110 -c $(BENCH_SDK110_VENV)/httpx-stack.txt
	@touch $@

bench: setup $(BENCH_STAMP) $(BENCH_SDK110_STAMP) ## benchmarks vs raw httpx and the official SDKs (bench group, second venv for 1.1.0); BENCH_ARGS=--quick|--output FILE|--profile CALL
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# Not run by CI or `make test`: a full run takes about 95 minutes on 2 cores (an estimate, not a
# timed full run: ~2,120 mutants at the 0.37 mutants/s of the last full run). Mutates the client's core
# (scripts/mutation.py: MODULES) in build/mutation/, runs the in-process tests against each mutant,
# prints the score per module and fails on a survivor not listed in tests/mutation_equivalents.md.
# MUTATION_ARGS=--keep reuses the last run's cache, --rerun also retries its survivors; --jobs N.
mutation: setup ## mutation testing of the client's core with mutmut (adds the mutation group); MUTATION_ARGS=--keep|--rerun|--jobs N
	@$(BIN)/python -c "import mutmut" 2>/dev/null || \
		$(BIN)/python -m pip install $(PIP_FLAGS) --group mutation
	$(BIN)/python scripts/mutation.py $(MUTATION_ARGS)

clean: ## remove the virtualenvs and caches
	rm -rf $(VENV) $(MIN_VENV) $(NEWEST_VENV) $(DEMO_VENV) $(BENCH_SDK110_VENV) .mypy_cache .ruff_cache .pytest_cache build $(DIST) site
