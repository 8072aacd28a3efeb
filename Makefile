# The README's two commands: `make demo` (set up, export the seeds) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export SOURCE_DATE_EPOCH ?= 1767225600

.PHONY: prepare demo test fuzz bench bench-size lint clean

# Seconds each fuzz target runs in `make test` (CI); `make fuzz FUZZ_SECONDS=600` for a long run.
FUZZ_SECONDS ?= 60

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

# the fuzz targets run first, so that pytest's summary is the last line
test: prepare
	tests/setup.sh
	$(BIN)/python tests/fuzz/run.py --seconds $(FUZZ_SECONDS)
	$(BIN)/python -m pytest

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/run.py --seconds $(FUZZ_SECONDS)

bench: prepare
	$(BIN)/python benchmarks/bench_tagger.py
	$(BIN)/python benchmarks/bench_batch.py

bench-size: $(STAMP)
	$(BIN)/python benchmarks/bench_size.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
