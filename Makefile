# Every target bootstraps .venv itself: a fresh clone needs only python3 >= 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := .build
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

# $(call generate_into,DIR): models (DIR/aioarize_api) and facade (DIR/aioarize_facade)
# from spec/spec.yaml, through spec/generate.py (normalize, pinned generator, codegen).
define generate_into
	$(BIN)/python spec/generate.py spec/spec.yaml $(1)
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

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(BUILD)
