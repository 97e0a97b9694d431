#!/usr/bin/env bash
# Fails when a generated file is stale: types, GraphQL schema, admin import map, SQLite migrations.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent generate >/dev/null
# Creates a migration only when the collections changed since the last committed one.
npx payload migrate:create schema-drift --skip-empty </dev/null >/dev/null

stale=$(git status --porcelain -- src/payload-types.ts schema.graphql 'src/app/(payload)/admin/importMap.js' src/migrations)
if [ -n "$stale" ]; then
  echo "Generated files are stale; run 'npm run generate' (and 'npm run migrate:create' for a schema change) and commit:"
  echo "$stale"
  git --no-pager diff --stat -- src/payload-types.ts schema.graphql 'src/app/(payload)/admin/importMap.js' src/migrations
  exit 1
fi
echo "Generated files are fresh."
