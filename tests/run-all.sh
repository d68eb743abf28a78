#!/usr/bin/env bash
# The README's test command: type check, unit + server suites on PGlite, the server suite again on
# PostgreSQL when TEST_DATABASE_URL is set, then the built app: as two processes on PostgreSQL (same
# condition) and end to end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json

echo "== svelte-check"
npm run --silent check

echo "== vitest: unit + server (PGlite)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-pglite.json

if [ -n "${TEST_DATABASE_URL:-}" ]; then
	echo "== vitest: server suite on PostgreSQL ($TEST_DATABASE_URL)"
	npx vitest run --project server --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgres.json
else
	echo "== PostgreSQL suite not run: set TEST_DATABASE_URL=postgres://user@host:5432/db to include it"
fi

echo "== build"
npm run --silent build > test-results/build.log 2>&1 || { cat test-results/build.log; exit 1; }

if [ -n "${TEST_DATABASE_URL:-}" ]; then
	# Needs the build: two app processes on one PostgreSQL database, and the HTTP security checks.
	echo "== vitest: built app, two instances on PostgreSQL"
	npx vitest run --config vitest.built.config.ts --reporter=default --reporter=json --outputFile.json=test-results/vitest-built.json
else
	echo "== built-app suite (two instances) not run: it needs TEST_DATABASE_URL"
fi

echo "== playwright (end to end, Debian Chromium)"
CI=1 npx playwright test

node tests/summary.mjs
