# Every target bootstraps .venv itself: a fresh clone needs only python3 >= 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := .build
# The generator's post-hooks call `ruff`: use the pinned one from .venv.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: all check lint typecheck test fuzz generate check-generated spec update-spec demo bench clean

all: check

# arize==8.61.0 is the official SDK, a peer in tests/test_official_contract.py: only its
# generated client is used, which needs nothing beyond the [dev] extras, hence --no-deps.
# arize (--no-deps): the official SDK, a peer for the contract test and make bench, no dependency.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,sandbox]'
	$(BIN)/python -m pip install --quiet --no-deps arize==8.61.0
	@touch $(STAMP)

# The static checks are single-threaded and independent (check-generated writes to .build/):
# run them side by side, then the suite on every core.
check: $(STAMP)
	@$(MAKE) --no-print-directory -j3 check-generated lint typecheck
	@$(MAKE) --no-print-directory test

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# One worker per core (xdist); plain `.venv/bin/pytest` still runs a test or file in-process.
test: $(STAMP)
	$(BIN)/pytest -q -n auto

# Schemathesis against the sandbox with a larger budget than the run in `make check`
# (tests/test_sandbox_fuzz.py); FUZZ_ARGS="--seed 7 --max-examples 500" to change it.
fuzz: $(STAMP)
	$(BIN)/python -m tests.sandbox_fuzz $(FUZZ_ARGS)

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

# `make spec` rebuilds spec/spec.yaml from pinned public inputs (checked by
# hash); `make check` never needs them because spec.yaml is committed.
INPUTS := $(BUILD)/inputs
ARIZE_WHEEL := $(INPUTS)/arize-8.61.0-py3-none-any.whl
ARIZE_WHEEL_SHA256 := 4eee41e8dbcb28f20db9c4e4d960e3b4bd555d8a9cad0044755fdc2c0936196e
AX_CLIENT_TGZ := $(INPUTS)/arizeai-ax-client-1.28.0.tgz
AX_CLIENT_TGZ_SHA256 := 881faf99a1900cff639280aa62482e3baa62f59c778d9da28dde49f3f957ced4
V2_DTS := $(INPUTS)/package/dist/src/__generated__/api/v2.d.ts

$(ARIZE_WHEEL):
	@mkdir -p $(INPUTS)
	$(BIN)/python -m pip download --quiet --no-deps --only-binary=:all: arize==8.61.0 -d $(INPUTS)
	echo "$(ARIZE_WHEEL_SHA256)  $@" | sha256sum --check --quiet

$(V2_DTS):
	@mkdir -p $(INPUTS)
	cd $(INPUTS) && npm pack --silent @arizeai/ax-client@1.28.0 >/dev/null
	echo "$(AX_CLIENT_TGZ_SHA256)  $(AX_CLIENT_TGZ)" | sha256sum --check --quiet
	tar -xzf $(AX_CLIENT_TGZ) -C $(INPUTS) package/dist/src/__generated__/api/v2.d.ts

spec: $(STAMP) $(ARIZE_WHEEL) $(V2_DTS)
	$(BIN)/python spec/build_spec.py $(ARIZE_WHEEL) $(V2_DTS) spec/conventions.yaml spec/spec.yaml
	@echo "spec/spec.yaml rebuilt: run 'make generate' and commit both."

# make update-spec SPEC=path-or-URL (e.g. https://api.arize.com/v2/spec.yaml)
update-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path-or-URL"; exit 2; }
	@mkdir -p $(BUILD)
	cp spec/spec.yaml $(BUILD)/spec.previous.yaml
	$(BIN)/python spec/spec_diff.py fetch "$(SPEC)" spec/spec.yaml
	$(MAKE) generate
	$(BIN)/python spec/spec_diff.py diff $(BUILD)/spec.previous.yaml spec/spec.yaml

demo: $(STAMP)
	$(BIN)/python -m aioarize._demo

# The official SDK's experiments.run needs more of its dependencies than the contract test.
$(VENV)/.bench-sdk: pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench-sdk]'
	@touch $@

bench: $(STAMP) $(VENV)/.bench-sdk
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(BUILD)
