# make run   install, build the knowledge base, show how to query it
# make test  install, build, run the whole test suite
# make bench measure build time, database size and title resolution (bench/RESULTS.md)

VENV := .venv
PY := $(VENV)/bin/python
DB := knowledge/occupations.db

# Rasa 3.6 runs on Python 3.8-3.10: take the first python3.10 that really starts.
PYTHON310 := $(firstword $(foreach p,python3.10 $(wildcard $(HOME)/.pyenv/versions/3.10*/bin/python3.10) /usr/local/bin/python3.10 /usr/bin/python3.10,$(shell $(p) -c 'import sys; assert sys.version_info[:2] == (3, 10); print(sys.executable)' 2>/dev/null)))

.PHONY: install knowledge run test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt constraints.txt
	@if [ -z "$(PYTHON310)" ]; then \
	  echo "error: Python 3.10 not found. Rasa 3.6 needs Python 3.8-3.10; install 3.10 (e.g. 'pyenv install 3.10.13') and try again." >&2; \
	  exit 1; fi
	test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==24.0
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

# The build skips itself when the database matches its sources (SHA-256 in build_info).
knowledge: install
	$(PY) -m knowledge.build --if-changed $(DB)

run: knowledge
	@echo
	@echo "The knowledge base is ready. Ask it, for example:"
	@echo "  $(PY) -m knowledge resolve \"help desk tech\""
	@echo "  $(PY) -m knowledge show 15-1232"
	@echo "  $(PY) -m knowledge compare \"electrician\" \"plumber\""
	@echo "  $(VENV)/bin/sqlite-utils tables $(DB) --counts"
	@echo
	$(PY) -m knowledge resolve "help desk tech"

test: knowledge
	$(PY) -m pytest tests

bench: knowledge
	$(PY) bench/bench_knowledge.py

clean:
	rm -rf $(VENV) $(DB) knowledge/*.building
