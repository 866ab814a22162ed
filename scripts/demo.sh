#!/usr/bin/env bash
# GaitCheck demo on a fresh machine: installs the system packages and builds (scripts/setup.sh), installs the
# BlazePose models from npm (scripts/gaitcheck models install), then analyses the committed sample video of a
# frontal single-leg squat into out/demo/ and prints where the report is. No network access to media is needed.
# Usage: scripts/demo.sh [VIDEO] [OUT_DIR=out/demo]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/gaitcheck models install
clip=${1:-}
if [ -z "$clip" ]; then
  # The committed sample: a rendered frontal single-leg squat with knee valgus on one side (see sample-videos/README.md).
  clip=$(ls sample-videos/*frontal*valgus*.mp4 sample-videos/*squat*frontal*.mp4 sample-videos/sls-frontal*.mp4 2>/dev/null | head -n 1 || true)
fi
if [ -z "$clip" ]; then
  clip=../shared/media/squat-frontal/squat_frontal.mp4
  echo "demo: no sample clip in sample-videos/, falling back to $clip" >&2
fi
[ -f "$clip" ] || { echo "demo: video not found: $clip" >&2; exit 3; }
out=${2:-out/demo}
echo "demo: analysing $clip (this takes about a minute on 2 cores)" >&2
scripts/gaitcheck analyze "$clip" --out "$out"
echo
echo "The report is at: $(cd "$out" && pwd)/report.html  (open it in a browser; it prints on A4)"
echo "Also there: result.json, summary.csv, reps.csv or strides.csv, charts/*.png, keypoints.json/.csv, overlay.mp4"
