# Spyrales — one entry point. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PG_HOST ?= 127.0.0.1
PG_PORT ?= 5432
PG_USER ?= postgres
DB      ?= spyrales
TEST_DB ?= spyrales_test
E2E_DB  ?= spyrales_e2e
PORT    ?= 8080
E2E_PORT ?= 8181
# make fuzz: a random seed unless one is given (make test always runs the test's fixed seed)
SEED     ?= random
REQUESTS ?= 20000

MVN  := mvn -B -q
# Maven's own JVM (compiling, Quarkus' build steps, Spotless) lives a minute or two in the test runs: the quick
# compiler alone spends a third less CPU there (clean test-compile 27 → 18 s). The tests' own JVM (forked by
# Surefire) keeps the JVM's defaults.
QUICK_MAVEN_OPTS := -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $(MAVEN_OPTS)
PSQL := psql -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) -v ON_ERROR_STOP=1 -qtA
JAR  := backend/target/quarkus-app/quarkus-run.jar

export QUARKUS_DATASOURCE_JDBC_URL ?= jdbc:postgresql://$(PG_HOST):$(PG_PORT)/$(DB)
export QUARKUS_DATASOURCE_USERNAME ?= $(PG_USER)

.PHONY: help run dev lint lint-java lint-frontend format bench bench-library bench-matching bench-matching-app bench-stats bench-lists bench-frontend bench-start bench-cluster cluster-check cluster-check-pgbouncer test test-backend backend-test-and-jar test-frontend test-e2e e2e-run fuzz openapi manifests build frontend-deps frontend-build backend-build db db-test db-e2e postgres clean

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

run: postgres db build ## Build everything and serve the app with the demo community at http://localhost:$(PORT) (mails in the log)
	@echo "==> Spyrales on http://localhost:$(PORT)  (demo logins in README.md; metrics on http://localhost:$${SPYRALES_MANAGEMENT_PORT:-9000}/q/metrics; Ctrl+C to stop)"
	@SPYRALES_DEMO=$${SPYRALES_DEMO:-true} \
	 QUARKUS_MAILER_MOCK=$${QUARKUS_MAILER_MOCK:-true} \
	 SPYRALES_PUBLIC_URL=$${SPYRALES_PUBLIC_URL:-http://localhost:$(PORT)} \
	 SPYRALES_COOKIE_SECURE=$${SPYRALES_COOKIE_SECURE:-false} \
	 PORT=$(PORT) java -jar $(JAR)

dev: postgres db frontend-deps ## Live reload: Quarkus dev mode on :8080 and Vite on http://localhost:5173
	@echo "==> Quarkus dev mode (Swagger UI at http://localhost:8080/q/swagger-ui) and Vite on http://localhost:5173"
	@trap 'kill 0' EXIT; \
	 (cd backend && SPYRALES_PUBLIC_URL=http://localhost:5173 mvn -B quarkus:dev -Dquarkus.console.enabled=false) & \
	 (cd frontend && npm run dev) & \
	 wait

test lint-java test-backend backend-test-and-jar: export MAVEN_OPTS = $(QUICK_MAVEN_OPTS)

test: frontend-deps ## Every check: lint and formatting, backend, front end, browser end-to-end
	@# The backend suite is the longest step and leaves the 2 cores a quarter idle (one request at a time through the
	@# app and PostgreSQL): the front-end build, both lint steps and the front-end unit tests run beside it, their
	@# output kept in a file and printed once both are done. Maven packages the jar the browser tests need in the same
	@# run as the backend tests, minutes after the front end is built; the check after it proves the jar was packaged
	@# with this build.
	@mkdir -p frontend/test-results
	@( $(MAKE) --no-print-directory frontend-build lint-java lint-frontend test-frontend \
	     > frontend/test-results/beside-backend.log 2>&1; \
	   echo $$? > frontend/test-results/beside-backend.rc ) & \
	 $(MAKE) --no-print-directory backend-test-and-jar; backend=$$?; wait; \
	 echo "==> Front-end build, lint and unit tests, Java formatting (run beside the backend tests):"; \
	 cat frontend/test-results/beside-backend.log; \
	 test $$backend -eq 0 && test "$$(cat frontend/test-results/beside-backend.rc)" -eq 0
	@test frontend/dist/index.html -ot $(JAR) || \
	  { echo "The jar was packaged before the front-end build ended: run make test again"; exit 1; }
	@$(MAKE) --no-print-directory e2e-run
	@$(MAKE) --no-print-directory cluster-check
	@echo "==> All test suites passed."

lint: lint-java lint-frontend ## Formatting and lint rules: Spotless (Java), ESLint and Prettier (front end), the API contract (Redocly); `make format` fixes formatting

lint-java:
	@echo "==> Java formatting (Spotless, palantir-java-format)"
	cd backend && $(MVN) spotless:check || { echo "Java files are not formatted: run make format"; exit 1; }

lint-frontend: frontend-deps
	@echo "==> Front-end lint (ESLint: import zones, no cycles, file names, hooks) and formatting (Prettier)"
	cd frontend && npm run --silent lint && npm run --silent format:check
	@echo "==> API contract lint (Redocly: licence, operationIds, paths, examples, security; frontend/contract-lint.redocly.yaml)"
	cd frontend && npm run --silent lint:api

format: frontend-deps ## Format the code: Spotless apply (Java) and Prettier (front end)
	@echo "==> Formatting Java (Spotless) and the front end (Prettier)"
	cd backend && $(MVN) spotless:apply
	cd frontend && npm run --silent format

test-backend: postgres db-test ## Backend tests (Quarkus + REST Assured against PostgreSQL)
	@echo "==> Backend tests (database $(TEST_DB))"
	cd backend && SPYRALES_TEST_DB_URL=jdbc:postgresql://$(PG_HOST):$(PG_PORT)/$(TEST_DB) mvn -B test

fuzz: postgres db-test ## Contract fuzzer, longer and from any seed: make fuzz [SEED=123] [REQUESTS=20000] [OPERATION=login]
	@echo "==> Contract fuzzer: seed $(SEED), $(REQUESTS) requests (database $(TEST_DB))"
	cd backend && SPYRALES_TEST_DB_URL=jdbc:postgresql://$(PG_HOST):$(PG_PORT)/$(TEST_DB) mvn -B test \
	  -Dtest=ContractFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dfuzz.seed=$(SEED) -Dfuzz.requests=$(REQUESTS) $(if $(OPERATION),-Dfuzz.operation=$(OPERATION))

test-frontend: frontend-deps ## Front-end unit tests (Vitest)
	@echo "==> Front-end unit tests"
	cd frontend && npm test

backend-test-and-jar: postgres db-test
	@echo "==> Backend tests (database $(TEST_DB)), then the jar that serves the built front end"
	cd backend && SPYRALES_TEST_DB_URL=jdbc:postgresql://$(PG_HOST):$(PG_PORT)/$(TEST_DB) \
	  mvn -B package -Dfrontend.dist=$(CURDIR)/frontend/dist

test-e2e: postgres build ## Browser end-to-end tests (playwright-core + Debian chromium, axe-core)
	@$(MAKE) --no-print-directory e2e-run

e2e-run:
	@echo "==> End-to-end tests against the packaged app from port $(E2E_PORT) (one database per server, beside $(E2E_DB))"
	@test -x /usr/bin/chromium || { echo "Chromium is missing: sudo apt-get install chromium"; exit 1; }
	cd frontend && E2E_PORT=$(E2E_PORT) E2E_JAR=../$(JAR) \
	  E2E_DB_URL=jdbc:postgresql://$(PG_HOST):$(PG_PORT)/$(E2E_DB) E2E_DB_USER=$(PG_USER) npm run test:e2e

cluster-check: ## Two packaged instances behind HAProxy on one database, a minute of mixed load, invariants checked (needs haproxy)
	@PATH="$$PATH:/usr/sbin" command -v haproxy >/dev/null || { echo "HAProxy is missing: sudo apt-get install haproxy"; exit 1; }
	PATH="$$PATH:/usr/sbin" CLUSTER_SECONDS=$${CLUSTER_SECONDS:-60} node bench/cluster/check.mjs

cluster-check-pgbouncer: ## The cluster check with PgBouncer in transaction mode between the instances and PostgreSQL (needs haproxy, pgbouncer)
	@command -v pgbouncer >/dev/null || { echo "PgBouncer is missing: sudo apt-get install pgbouncer"; exit 1; }
	PATH="$$PATH:/usr/sbin" CLUSTER_PGBOUNCER=1 CLUSTER_SECONDS=$${CLUSTER_SECONDS:-60} node bench/cluster/check.mjs

openapi: ## Regenerate openapi.yaml from the code
	@echo "==> Regenerating openapi.yaml"
	cd backend && $(MVN) package -DskipTests -Dfrontend.dist=/nonexistent
	cp backend/target/openapi/openapi.yaml openapi.yaml
	@echo "openapi.yaml updated; the front end regenerates its types on npm install/build/test."

manifests: ## Regenerate deploy/kubernetes.yml from the code (quarkus-kubernetes; docs/operations.md)
	@echo "==> Regenerating deploy/kubernetes.yml"
	cd backend && $(MVN) package -DskipTests -Dfrontend.dist=/nonexistent
	{ echo "# Generated by quarkus-kubernetes from backend/src/main/resources/application.properties (quarkus.kubernetes.*)"; \
	  echo "# and backend/src/main/kubernetes/kubernetes.yml: do not edit, run make manifests. Read docs/operations.md."; \
	  cat backend/target/kubernetes/kubernetes.yml; } > deploy/kubernetes.yml
	@echo "deploy/kubernetes.yml updated (a backend test fails when it differs from what the build generates)."

bench: backend-build ## Directory benchmark at 100k members (needs wrk: apt-get install wrk); figures in bench/README.md
	@echo "==> Directory benchmark (N=$${N:-100000})"
	bench/directory/run.sh

bench-library: backend-build ## Library search with facets at 50k resources and 100k ratings (API with wrk, SQL with pgbench); figures in bench/README.md
	@echo "==> Library search benchmark"
	bench/library/run.sh

bench-matching: ## Matching engine benchmark, 1k to 100k mentees, -Xmx1g (no database); figures in bench/README.md
	@echo "==> Matching engine benchmark (sizes: $${SIZES:-1000 5000 20000 100000})"
	bench/matching/run.sh

bench-stats: backend-build ## Public statistics at 100k members: the snapshot's refresh and the five endpoints (needs wrk); figures in bench/README.md
	bench/stats/run.sh

bench-lists: backend-build ## Every list and search endpoint at 100k members, 50k resources, 20k projects, 5k events: API (wrk) beside pgbench on the SQL the app sent, 1 and 4 connections (reads PostgreSQL's log); figures in bench/README.md
	@echo "==> List benchmark ($${DURATION:-6} s a measure; REUSE_DB=1 keeps the generated database)"
	bench/lists/run.sh

bench-start: build ## Start time and memory of the packaged app on a migrated database, with and without a class archive (AppCDS); figures in bench/README.md
	@echo "==> Start benchmark ($${RUNS:-5} starts per way)"
	bench/start/run.sh

bench-cluster: backend-build ## The cluster check with a longer, heavier load (5 min, 16 workers); figures in bench/README.md
	PATH="$$PATH:/usr/sbin" CLUSTER_SECONDS=$${CLUSTER_SECONDS:-300} CLUSTER_WORKERS=$${CLUSTER_WORKERS:-16} \
	  CLUSTER_JAVA_OPTS="$${CLUSTER_JAVA_OPTS:--Xmx512m}" node bench/cluster/check.mjs

bench-matching-app: build ## Suggestions latency and a batch run through the packaged app, at 100k members; figures in bench/README.md
	bench/matching/app.sh

bench-frontend: build ## First visit of the front end in Chromium (FCP, TBT, bytes by kind, loopback and mobile profiles) through the packaged app; figures in bench/README.md
	@echo "==> Front-end first-visit benchmark ($${RUNS:-5} runs per page and profile)"
	bench/frontend/run.sh

build: frontend-build backend-build ## Build the front end and the backend jar that serves it

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
	  echo "==> Installing front-end dependencies"; cd frontend && npm ci --no-audit --no-fund; fi

frontend-build: frontend-deps
	@echo "==> Building the front end"
	cd frontend && npm run build

backend-build:
	@echo "==> Building the backend (with the front end embedded)"
	cd backend && $(MVN) package -DskipTests -Dfrontend.dist=$(CURDIR)/frontend/dist

postgres: ## Check that PostgreSQL answers; start the compose `db` service if Docker can
	@command -v pg_isready >/dev/null || exit 0; \
	 if pg_isready -h $(PG_HOST) -p $(PG_PORT) -q 2>/dev/null; then exit 0; fi; \
	 if command -v docker >/dev/null && docker info >/dev/null 2>&1; then \
	   echo "==> No PostgreSQL on $(PG_HOST):$(PG_PORT): starting the compose db service"; \
	   if docker compose version >/dev/null 2>&1; then docker compose up -d db; \
	   elif command -v docker-compose >/dev/null; then docker-compose up -d db; \
	   else echo "Docker runs but neither 'docker compose' nor 'docker-compose' is installed."; exit 1; fi; \
	   for i in $$(seq 60); do pg_isready -h $(PG_HOST) -p $(PG_PORT) -q 2>/dev/null && exit 0; sleep 1; done; \
	   echo "The compose db service did not answer on $(PG_HOST):$(PG_PORT) within 60 s."; exit 1; \
	 else \
	   echo "No PostgreSQL answers on $(PG_HOST):$(PG_PORT) and Docker is not available."; \
	   echo "Install PostgreSQL (apt-get install postgresql) or Docker, or set PG_HOST/PG_PORT/PG_USER."; \
	   exit 1; \
	 fi

db: ## Create the application database if it is missing
	@$(call create_db,$(DB))

db-test:
	@$(call recreate_db,$(TEST_DB))

db-e2e:
	@$(call recreate_db,$(E2E_DB))

clean: ## Remove build outputs
	cd backend && $(MVN) clean
	rm -rf frontend/dist

define create_db
	if ! command -v psql >/dev/null; then echo "psql not found: the database $(1) must already exist"; \
	elif [ "$$($(PSQL) -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$(1)'")" != "1" ]; then \
	  echo "==> Creating database $(1)"; $(PSQL) -d postgres -c "CREATE DATABASE $(1)"; fi
endef

# Only a test database is ever dropped, whatever TEST_DB or E2E_DB say.
define recreate_db
	case "$(1)" in *_test|*_e2e) ;; *) echo "Refusing to drop $(1): only a database whose name ends in _test or _e2e is recreated."; exit 1;; esac; \
	echo "==> Recreating database $(1)"; \
	$(PSQL) -d postgres -c "DROP DATABASE IF EXISTS $(1) WITH (FORCE)" && \
	$(PSQL) -d postgres -c "CREATE DATABASE $(1)"
endef
