#!/usr/bin/env bash
# The web suites: vitest unit tests, then the browser suite (headless Debian Chromium against the
# local organization's Web API, started by e2e/host). Installs what is missing (node_modules,
# chromium). The last line is "N passed, M failed" summing both; a suite that cannot run counts
# as one failure.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0; failed=0
mkdir -p e2e/results
log() { printf '\n== web: %s\n' "$*"; }

if [ ! -d node_modules ]; then
  log "npm ci"
  # The lock file lists rollup's optional binaries for every platform (npm ci refuses a lock file
  # that omits them: it no longer matches package.json's tree), so a clean install is exact.
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

log "unit tests (vitest)"
rm -f e2e/results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=e2e/results/vitest.json
if [ -f e2e/results/vitest.json ]; then
  read -r p f < <(node -e 'const r = require("./e2e/results/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests - r.numPassedTests - r.numFailedTests - r.numPendingTests - r.numTodoTests))')
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$(node -e 'const r = require("./e2e/results/vitest.json"); console.log(r.numFailedTestSuites)')" != "0" ] && [ "$f" -eq 0 ]; then
    echo "a test file failed to load"; failed=$((failed + 1))
  fi
else
  echo "vitest wrote no results"; failed=$((failed + 1))
fi

log "build (esbuild)"
if ! npm run --silent build; then
  echo "build failed: the browser suite cannot run"; echo "$passed passed, $((failed + 1)) failed"; exit 1
fi

log "chromium"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  fi
fi
/usr/bin/chromium --version || echo "chromium is missing: the browser suite will fail"

log "e2e host (dotnet build)"
if ! dotnet build e2e/host/CxJourney.E2E.Host.csproj -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "the e2e host does not build"
fi

log "browser suite (playwright-core + chromium)"
node e2e/run.mjs 2>&1 | tee e2e/results/e2e.log
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' e2e/results/e2e.log | tail -1)
if [ -n "$line" ]; then
  passed=$((passed + $(echo "$line" | cut -d' ' -f1))); failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
else
  echo "the browser suite printed no summary"; failed=$((failed + 1))
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
