#!/usr/bin/env bash
# Starts the built app on a fresh demo database for the end-to-end tests.
set -euo pipefail
rm -rf "$(dirname "$DATABASE_PATH")"
mkdir -p "$(dirname "$DATABASE_PATH")"
node_modules/.bin/tsx db/seed.ts > /dev/null
exec node_modules/.bin/tsx app/server.ts
