# Two commands on a fresh machine:  `make demo`  and  `make test`.
# Each creates/reuses .venv and installs everything itself (scripts/setup.sh), Debian packages included.
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= out/demo

.PHONY: setup setup-test demo test bench clean

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh --test

demo: setup
	bash scripts/demo.sh $(OUT)

test: setup-test
	$(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

clean:
	rm -rf out .pytest_cache
