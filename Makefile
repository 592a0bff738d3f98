# make run    install, build the knowledge base, train if needed, start the assistant:
#             chat page http://localhost:8080, REST http://localhost:5005/webhooks/rest/webhook,
#             Slack /webhooks/slack/webhook when SLACK_TOKEN is set; actions on :5055
# make shell  the same, chatting in the terminal (rasa shell)
# make cluster REPLICAS=2   the same behind nginx: N Rasa servers and N action servers
#             sharing PostgreSQL and Redis, all on loopback (ops/cluster.py)
# make test   install, build, train if needed, run the whole test suite
# make check  lint, format check and the fast tests (no model, no servers): before every commit
# make bench  measure the knowledge base and the assistant (bench/RESULTS.md)

# Rasa sends usage telemetry and crash reports out unless told not to; this bot sends nothing.
export RASA_TELEMETRY_ENABLED := false

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
DB := knowledge/occupations.db
MODEL := models/career.tar.gz
# What the model learns from (components/fingerprint.py): rewritten only when it changes.
MODEL_INPUTS := models/inputs.sha256

# Rasa 3.6 runs on Python 3.8-3.10: take the first python3.10 that really starts.
PYTHON310 := $(firstword $(foreach p,python3.10 $(wildcard $(HOME)/.pyenv/versions/3.10*/bin/python3.10) /usr/local/bin/python3.10 /usr/bin/python3.10,$(shell $(p) -c 'import sys; assert sys.version_info[:2] == (3, 10); print(sys.executable)' 2>/dev/null)))

# The chat page's origin; credentials.yml lets only it open the socket. The HTTP API sends
# no CORS headers at all (--cors unset): the page needs only the socket, and sanic-cors
# would double the socket's own Access-Control-Allow-Origin header.
WEB_ORIGIN := http://localhost:8080

.PHONY: install knowledge model web browser cluster-packages run shell cluster check test bench clean FORCE

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt constraints.txt
	@if [ -z "$(PYTHON310)" ]; then \
	  echo "error: Python 3.10 not found. Rasa 3.6 needs Python 3.8-3.10; install 3.10 (e.g. 'pyenv install 3.10.13') and try again." >&2; \
	  exit 1; fi
	test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==24.0
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

# The build leaves the file untouched when it matches its sources (SHA-256 in build_info),
# so the model below is retrained only when something it depends on changed.
knowledge: $(DB)
$(DB): $(VENV)/.installed FORCE
	$(PY) -m knowledge.build --if-changed $(DB)

# The chat widget, from the npm registry (lib/index.js is a self-contained bundle).
web: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium and its driver, for the browser test.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; }

# Debian's PostgreSQL, Redis and nginx, for the cluster and its test.
cluster-packages:
	@command -v nginx >/dev/null && command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server nginx; }

# The model is retrained only when what it learns from changed: the Rasa files, or the
# training messages as the occupation extractor masks them. Figures, the knowledge API and
# the actions do not retrain it.
$(MODEL_INPUTS): $(DB) FORCE
	@mkdir -p models
	@$(PY) -m components.fingerprint > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; echo "model inputs changed"; fi

model: $(MODEL)
$(MODEL): $(MODEL_INPUTS)
	rm -rf .rasa/cache  # Rasa's cache does not see changes in custom component code
	$(RASA) train --fixed-model-name career --out models

# Closed by default: every server listens on loopback only, and Rasa's HTTP API (trackers,
# events, model) is off unless RASA_TOKEN is set, and then answers only requests carrying it.
API := $(if $(RASA_TOKEN),--enable-api --auth-token "$(RASA_TOKEN)",)
run: $(MODEL) web
	@echo "Starting the chat page ($(WEB_ORIGIN)), actions (:5055) and Rasa (:5005) on 127.0.0.1$(if $(RASA_TOKEN),; HTTP API on with RASA_TOKEN,; HTTP API off); Ctrl-C stops all."
	@mkdir -p state  # conversations (endpoints.yml: a SQLite tracker store)
	trap 'kill 0' EXIT INT TERM; \
	$(PY) -m web.serve --host 127.0.0.1 --port 8080 --socket-url http://localhost:5005 & \
	SANIC_HOST=127.0.0.1 $(RASA) run actions --port 5055 & \
	$(RASA) run --model $(MODEL) --interface 127.0.0.1 --port 5005 $(API) \
	  --endpoints endpoints.yml --credentials credentials.yml

REPLICAS := 2
cluster: $(MODEL) web cluster-packages
	$(PY) -m ops.cluster --replicas $(REPLICAS)

shell: $(MODEL)
	@mkdir -p state
	trap 'kill 0' EXIT INT TERM; \
	$(RASA) run actions --port 5055 & \
	$(RASA) shell --model $(MODEL) --endpoints endpoints.yml

# Lint, format and every test that needs no trained model, server or browser.
check: $(DB)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest -m "not slow" -q

test: $(MODEL) web browser cluster-packages
	$(PY) -m pytest tests

bench: $(MODEL)
	$(PY) bench/bench_knowledge.py
	$(PY) bench/bench_mentions.py
	$(PY) bench/bench_lists.py
	$(PY) bench/bench_assistant.py

clean:
	rm -rf $(VENV) $(DB) knowledge/*.building models .rasa results node_modules
