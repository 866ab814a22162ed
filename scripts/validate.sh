#!/usr/bin/env bash
# Synthetic validation benchmark on the TEST grid (scenarios no choice was made on): renders the grid's mannequin
# clips (frontal/posterior single-leg squats on both legs, sagittal squats, running from the front, behind and both
# sides, walking; bodies, clothing, backgrounds, cameras and angle levels unlike the tuning grid's), runs the full
# pipeline (pose extraction + analysis, with each metric's validated landmarks and corrections) on each, and prints per
# metric and view n, MAE, bias, gain, R², sign agreement, left−right error difference and the status the validation
# table gives it (validated or withheld), event and rep detection, view classification, and the targets met, missed
# or withheld. Tables: OUT/test-full-flip-refine-validated/validation.md and validation-*.csv. Clips are reused on re-runs.
# Then the skin-marker rows (gaitcheck synth markers): protocol-angle MAE, bias and gain against the marker truth, tracking
# rate, swaps, false markers and detection time, on the marker grid and on real clips with composited stickers.
# The status table itself is rebuilt with `scripts/gaitcheck synth calibrate --out OUT` (choices on the tuning grid).
# Usage: scripts/validate.sh [OUT=out/validation] [extra flags, e.g. --quick, --grid tuning, --raw, --source world]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/validation}
shift || true
if [ ! -f src/GaitCheck.Cli/bin/Release/net10.0/gaitcheck.dll ]; then scripts/setup.sh; fi
[ -f models/pose_landmark_full.onnx ] || scripts/gaitcheck models install
${GAITCHECK:-scripts/gaitcheck} synth validate --out "$out" "$@"   # --grid test is the default
# Marker rows: the skin-marker test grid and the shared real clips with composited stickers (OUT/markers-validation-test.md, .csv).
quick=""; for a in "$@"; do [ "$a" = "--quick" ] && quick="--quick"; done
${GAITCHECK:-scripts/gaitcheck} synth markers --out "$out" $quick
