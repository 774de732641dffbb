PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint security lock bench loadtest messages clean

$(STAMP): pyproject.toml requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py units_load
	$(BIN)/python manage.py demo_load
	$(BIN)/python manage.py demo_campaigns
	$(BIN)/python manage.py reports_rebuild
	$(BIN)/uvicorn learning.asgi:application --host $(HOST) --port $(PORT)

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Bandit at high severity, and pip-audit over the locked versions. pip-audit
# needs PyPI's vulnerability data; packages it cannot look up are listed.
security: install
	$(BIN)/bandit -q -r learning courses leaderboard reports xapi --severity-level high
	$(BIN)/pip-audit --requirement requirements.lock --no-deps --disable-pip \
		--progress-spinner off

# The exact versions installs use: refresh after changing pyproject.toml.
lock: install
	$(BIN)/pip install --quiet --upgrade -e '.[dev]'
	$(BIN)/pip freeze --exclude-editable > requirements.lock

bench: install
	$(BIN)/python -m tests.bench

# Residents and websocket watchers against 2 server processes on PostgreSQL and
# Redis (DATABASE_URL, REDIS_URL; the local ones by default), for 5 minutes.
loadtest: install
	$(BIN)/python -m tests.load

messages: install
	$(BIN)/python manage.py makemessages --locale vi --locale en --ignore '.venv/*' --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media
