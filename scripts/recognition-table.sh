#!/usr/bin/env bash
# Recognition table: runs every clip in ../shared/media, the committed samples, and adversarial variants made from
# them with ffmpeg (scaled down and padded, slowed with setpts, left-then-right legs concatenated, trimmed to one rep,
# a 3 s walking cut, rotated, cropped mid-clip, panned) through the full pipeline, and prints expected label against
# what GaitCheck said, the findings it gave and a verdict (the last line counts the rows that are right and the
# wrong labels that carry findings; RecognitionTableTests fails on any row that is not right).
# Usage: scripts/recognition-table.sh [OUT=out/recognition] [--only name1,name2]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/recognition}
shift || true
if [ ! -f src/GaitCheck.Cli/bin/Release/net10.0/gaitcheck.dll ]; then scripts/setup.sh; fi
[ -f models/pose_landmark_full.onnx ] || scripts/gaitcheck models install
${GAITCHECK:-scripts/gaitcheck} recognition --out "$out" "$@"
