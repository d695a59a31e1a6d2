#!/usr/bin/env bash
# Starts the built app on a fresh demo database for the end-to-end tests.
set -euo pipefail
rm -rf "$(dirname "$DATABASE_PATH")"
mkdir -p "$(dirname "$DATABASE_PATH")"
node_modules/.bin/tsx db/seed.ts > /dev/null
# The server itself, not the tsx wrapper (which would run it in a child that outlives a signal to the wrapper).
# Its log is kept beside the database: the fault tests search it for personal data afterwards.
exec node --import tsx app/server.ts >> "$(dirname "$DATABASE_PATH")/server.log" 2>&1
