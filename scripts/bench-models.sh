#!/usr/bin/env bash
# Model benchmark (not a timed test): median ms per inference of each BlazePose model under ONNX Runtime
# (2 intra-op threads) and, beside it in the same run, OpenCV DNN on the original .tflite; GFLOPs and GFLOP/s.
# Usage: scripts/bench-models.sh [RUNS=50]   (GAITCHECK=cmd overrides scripts/gaitcheck; models must be installed)
set -euo pipefail
cd "$(dirname "$0")/.."
${GAITCHECK:-scripts/gaitcheck} models install
${GAITCHECK:-scripts/gaitcheck} bench models --runs "${1:-50}"
