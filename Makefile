# The README's two commands: `make demo` (set up, export the seeds) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export SOURCE_DATE_EPOCH ?= 1767225600

.PHONY: prepare demo test bench lint clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# As pip does for an installed package: the package's bytecode is written once (an editable install skips it, and
# a PYTHONDONTWRITEBYTECODE environment would otherwise compile every module in every run), and the caches of the
# compiled grammars and the places index are built once, two at a time (python -m timeline.cache).
prepare: $(STAMP)
	$(BIN)/python -m compileall -q timeline
	$(BIN)/python -m timeline.cache

demo: prepare
	$(BIN)/timeline export seeds/*.txt --out exports --plotlyjs directory

test: prepare
	tests/setup.sh
	$(BIN)/python -m pytest

bench: prepare
	$(BIN)/python benchmarks/bench_tagger.py
	$(BIN)/python benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
