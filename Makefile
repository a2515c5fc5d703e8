# factcheck — `make` lists the targets. A fresh clone needs nothing but `make demo` or `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
DEMO_INDEX := .factcheck/demo-index
SHARED ?= ../shared/data

.DEFAULT_GOAL := help
.PHONY: help install demo test test-all lint eval bench bench-quick train-verifier clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# torch first and pinned: an unpinned torch would pull a multi-GB CUDA build
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install factcheck with its dependencies (idempotent)

demo: $(STAMP) ## index corpus/ and check the sample draft claims/draft.md (Markdown report)
	$(BIN)/factcheck index corpus/ --index $(DEMO_INDEX)
	$(BIN)/factcheck check claims/draft.md --index $(DEMO_INDEX) --fail-on never

test: $(STAMP) ## run the test suite (fast tests; slow ones with `make test-all`)
	$(BIN)/pytest -q

test-all: $(STAMP) ## run every test, the slow ones included
	$(BIN)/pytest -q -m ""

lint: $(STAMP) ## ruff and mypy
	$(BIN)/ruff check factcheck tests bench
	$(BIN)/mypy factcheck

eval: $(STAMP) ## measure verdicts on news-dev and scifact (SHARED=path to the evaluation data); see docs/evaluation.md
	@mkdir -p bench/results
	$(BIN)/factcheck index $(SHARED)/news-dev/corpus.jsonl --index bench/work/index-news-dev
	$(BIN)/factcheck eval $(SHARED)/news-dev/claims.jsonl --index bench/work/index-news-dev | tee bench/results/eval-news-dev.md
	$(BIN)/python bench/eval_newsdev.py $(SHARED)/news-dev/claims.jsonl --index bench/work/index-news-dev --mode both
	$(BIN)/python bench/eval_draft.py $(SHARED)/news-dev/draft.md $(SHARED)/news-dev/draft_expected.jsonl --index bench/work/index-news-dev
	$(BIN)/factcheck index $(SHARED)/scifact/corpus.jsonl --index bench/work/index-scifact
	$(BIN)/factcheck eval $(SHARED)/scifact/claims.jsonl --index bench/work/index-scifact | tee bench/results/eval-scifact.md

bench: $(STAMP) ## the full benchmark suite (long); figures to bench/results and docs/benchmarks.md
	$(BIN)/python bench/run_all.py --full

bench-quick: $(STAMP) ## a benchmark run in under 2 minutes
	$(BIN)/python bench/run_all.py --quick

train-verifier: $(STAMP) ## train the entailment verifier from the NLI pairs (~70 min on 2 cores)
	$(BIN)/python -m pip install --quiet -e ".[dev,train]"
	$(BIN)/python training/train_verifier.py --data $(SHARED)/nli

clean: ## remove the virtual environment and demo index
	rm -rf $(VENV) .factcheck
