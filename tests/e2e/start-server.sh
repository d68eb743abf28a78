#!/usr/bin/env bash
# Starts the built app on a fresh PGlite directory for the end-to-end tests.
#   empty  : no users, for the first-run setup journey
#   seeded : two organisations and a user per role, made through the admin CLI (tests/e2e/seed.sh)
set -euo pipefail
mode=${1:?usage: start-server.sh empty|seeded PORT}
port=${2:?usage: start-server.sh empty|seeded PORT}
cd "$(dirname "$0")/../.."
dir=$(mktemp -d "${TMPDIR:-/tmp}/dpia-e2e-$mode-XXXXXX")
export DATA_DIR="$dir/data"
if [ "$mode" = seeded ]; then
	bash tests/e2e/seed.sh "$DATA_DIR" >&2
fi
export PORT="$port" ORIGIN="http://localhost:$port" LOG_LEVEL="${LOG_LEVEL:-warn}"
exec node scripts/serve.js
