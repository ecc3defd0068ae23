# Every target bootstraps .venv itself: a fresh clone needs only python3 >= 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := .build
NORMALIZED := $(BUILD)/openapi.normalized.yaml
# The generator's post-hooks call `ruff`: use the pinned one from .venv.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: all check lint typecheck test generate check-generated demo bench clean

all: check

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,sandbox]'
	@touch $(STAMP)

check: check-generated lint typecheck test

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP)
	$(BIN)/pytest -q

GENERATED := generated
FRESH := $(BUILD)/fresh

# $(call generate_into,DIR): normalize spec/spec.yaml, run the pinned generator
# (models: DIR/aioarize_api), then our codegen (facade: DIR/aioarize_facade).
define generate_into
	$(BIN)/python spec/normalize.py spec/spec.yaml $(NORMALIZED)
	$(BIN)/openapi-python-client generate --path $(NORMALIZED) \
		--config generator-config.yaml --custom-template-path generator-templates \
		--meta none --output-path $(1)/aioarize_api --overwrite --fail-on-warning
	@touch $(1)/aioarize_api/py.typed
	$(BIN)/python spec/codegen.py $(NORMALIZED) $(1)/aioarize_facade
endef

generate: $(STAMP)
	$(call generate_into,$(GENERATED))

# Regenerates into .build/ and compares with generated/, so a hand edit, a
# deleted file or a stray extra file fails whether or not it is committed.
check-generated: $(STAMP)
	@rm -rf $(FRESH)
	$(call generate_into,$(FRESH))
	@if ! diff -r -q -x __pycache__ $(FRESH) $(GENERATED); then \
		echo "generated/ does not match spec/spec.yaml: run 'make generate' and commit the result."; \
		exit 1; \
	fi

demo: $(STAMP)
	$(BIN)/python -m aioarize._demo

# The official SDK, the peer the benchmarks measure against, kept out of .venv: it is
# not a dependency, and its pins must not move ours (benchmarks/_official_sdk.py).
BENCH_SDK := $(BUILD)/bench-sdk
$(BENCH_SDK)/.installed:
	rm -rf $(BENCH_SDK)
	$(BIN)/python -m pip install --quiet --no-deps --target $(BENCH_SDK) arize==8.61.0
	$(BIN)/python -m pip install --quiet --target $(BENCH_SDK) pydantic urllib3 python-dateutil
	@touch $@

bench: $(STAMP) $(BENCH_SDK)/.installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(BUILD)
