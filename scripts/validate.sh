#!/usr/bin/env bash
# Synthetic validation benchmark: renders a grid of mannequin scenarios (frontal/posterior single-leg squats with
# several valgus and pelvic-drop values on both stance sides, running in frontal/posterior/sagittal views, walking),
# runs the full pipeline (pose extraction + analysis) on each and prints, per metric and view, MAE, bias and worst
# case, event and rep detection, view classification, and the targets met or missed (by how much).
# Tables: OUT/validation.md and OUT/validation-{summary,metrics,events,clips}.csv. Clips are reused on re-runs.
# Usage: scripts/validate.sh [OUT=out/validation] [extra flags, e.g. --quick, --model heavy, --width 1280 --height 720]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/validation}
shift || true
if [ ! -f src/GaitCheck.Cli/bin/Release/net10.0/gaitcheck.dll ]; then scripts/setup.sh; fi
[ -f models/pose_landmark_full.onnx ] || scripts/gaitcheck models install
${GAITCHECK:-scripts/gaitcheck} synth validate --out "$out" "$@"
