#!/usr/bin/env bash
# `npm test`: everything, stage by stage, with the time of each stage (and so of each browser).
set -euo pipefail
cd "$(dirname "$0")/.."
stage() {
  local name=$1 t0
  shift
  t0=$(date +%s)
  "$@"
  echo "test: $name took $(( $(date +%s) - t0 ))s"
}
stage "typecheck" npm run --silent typecheck
stage "unit tests" npm run --silent test:unit
stage "build (Chrome MV3 + Firefox MV2)" npm run --silent build
stage "web-ext lint of the Firefox build" npm run --silent lint:firefox
stage "browser tests in Chromium" npm run --silent test:e2e:chromium
stage "browser tests in Firefox" npm run --silent test:e2e:firefox
