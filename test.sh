#!/usr/bin/env bash
# One command for every suite: restore, build both target frameworks, run every test project
# and the web suites (vitest + Chromium end-to-end), then print one line `N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0; failed=0; broken=0
results=$(mktemp -d)
log() { printf '\n== %s\n' "$*"; }

log "restore"
dotnet restore CxJourney.sln || { echo "restore failed"; echo "0 passed, 1 failed"; exit 1; }

log "build (net462 + net10.0)"
if ! dotnet build CxJourney.sln --no-restore -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# Each .NET suite writes a TRX file; counts come from its <Counters> element, not from console text.
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  [ "$name" = CxJourney.TestSupport ] && continue   # a library the suites share, no tests of its own
  log "$name"
  dotnet test "$proj" --no-build -c Release --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=false
  rc=$?
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o '<Counters [^>]*' "$trx" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
    f=$(grep -o '<Counters [^>]*' "$trx" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ] && broken=$((broken + 1))
  else
    broken=$((broken + 1))
  fi
done

# Web suites (vitest + browser) join here when WebResources/ has a package.json.
if [ -f WebResources/package.json ] && [ -x WebResources/test.sh ]; then
  log "web"
  # tee to a file, not /dev/stderr: reopening a redirected log truncates it.
  WebResources/test.sh 2>&1 | tee "$results/web.log"
  out=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$results/web.log" | tail -1)
  if [ -n "$out" ]; then
    passed=$((passed + $(echo "$out" | cut -d' ' -f1))); failed=$((failed + $(echo "$out" | cut -d' ' -f3)))
  else
    broken=$((broken + 1))
  fi
fi

failed=$((failed + broken))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
