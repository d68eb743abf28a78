#!/usr/bin/env bash
# Starts the built app on a fresh PGlite directory for the end-to-end tests.
#   empty  : no users, for the first-run setup journey, started with no ORIGIN as a newcomer would
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
if [ "$mode" = empty ]; then
	# The first-run server starts as the README's `npm start` does after its build, with nothing set but where
	# it listens and keeps its data (so the developer's ./data and :3000 are left alone): no ORIGIN, no
	# DATABASE_URL. The suites' other servers set ORIGIN; a newcomer does not, and that once hid a 403 on
	# every form.
	exec env -u ORIGIN -u DATABASE_URL -u PROTOCOL_HEADER -u HOST_HEADER -u LOG_LEVEL DATA_DIR="$DATA_DIR" PORT="$port" node scripts/serve.js
fi
export PORT="$port" ORIGIN="http://localhost:$port" LOG_LEVEL="${LOG_LEVEL:-warn}"
# Mail goes to the loopback SMTP server that mail.e2e.ts starts on this port; while none listens, the
# outbox keeps the mails and tries again later, as in production.
export SMTP_URL="smtp://127.0.0.1:$((port + 2000))" MAIL_FROM="DPIA Wijzer <dpia@e2e.test>" MAIL_POLL_MS=500
exec node scripts/serve.js
