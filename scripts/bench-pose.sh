#!/usr/bin/env bash
# Pose-stage benchmark (not a timed test): makes a 1080p clip from a shared clip with ffmpeg, then prints
# end-to-end fps (decode -> landmarks -> filtered output, no overlay) with the full model under ONNX Runtime and,
# in the same run, with OpenCV DNN doing the landmark inference; per-stage breakdown; peak RSS.
# Usage: scripts/bench-pose.sh [SECONDS_OF_1080P_CLIP=12] [MODEL=full]   (GAITCHECK=cmd overrides scripts/gaitcheck)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-12}
model=${2:-full}
src=../shared/media/run-treadmill-sagittal/male_side.mp4
work=${TMPDIR:-/tmp}/gaitcheck-bench-pose
mkdir -p "$work"
clip="$work/run_1080p_${secs}s.mp4"
if [ ! -s "$clip" ]; then
  # 720x1280 -> 1080x1920 (portrait 1080p), looped to the requested length, H.264 like a phone.
  ffmpeg -loglevel error -y -stream_loop -1 -i "$src" -t "$secs" -vf scale=1080:1920 -c:v libx264 -preset veryfast -crf 20 -an "$clip"
fi
# The original .tflite (for the OpenCV DNN side) is the one `models install` extracted from the pinned npm package.
${GAITCHECK:-scripts/gaitcheck} models install >/dev/null
tflite=models/.cache/pose_landmark_${model}.tflite
if [ ! -s "$tflite" ]; then
  # Extract it from the npm tarball that `models install` cached (a fresh install converts in memory only).
  tar -xzf models/.cache/mediapipe-pose-*.tgz -O "package/pose_landmark_${model}.tflite" >"$tflite.tmp" && mv "$tflite.tmp" "$tflite"
fi
[ -s "$tflite" ] || { echo "bench-pose: $tflite missing after models install" >&2; exit 7; }
echo "clip: $clip ($(ffprobe -v error -select_streams v:0 -show_entries stream=width,height,nb_frames -of csv=p=0 "$clip")); $(nproc) cores"
${GAITCHECK:-scripts/gaitcheck} bench pose "$clip" --tflite "$tflite" --model "$model"
