#!/usr/bin/env bash
# Pose-stage benchmark (not a timed test): makes a 1080p clip from a shared clip with ffmpeg, then prints
# end-to-end fps (decode -> landmarks -> filtered output, no overlay) with the full model under ONNX Runtime and,
# in the same run, with OpenCV DNN doing the landmark inference; per-stage breakdown; peak RSS.
# With RESOLUTION 4k30 or 4k60 it instead makes a portrait 2160x3840 H.264 clip at 30 or 60 fps and times `gaitcheck pose`
# in its default configuration (flip averaging + heatmap refinement, offline filter, no overlay) end to end, printing the
# fps and the per-frame milliseconds of each stage from timings.json (decode runs on its own thread, beside inference).
# Usage: scripts/bench-pose.sh [SECONDS_OF_CLIP=12] [MODEL=full] [RESOLUTION=1080|4k30|4k60]   (GAITCHECK=cmd overrides scripts/gaitcheck)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-12}
model=${2:-full}
res=${3:-1080}
src=../shared/media/run-treadmill-sagittal/male_side.mp4
work=${TMPDIR:-/tmp}/gaitcheck-bench-pose
mkdir -p "$work"
if [ "$res" != 1080 ]; then
  case $res in 4k30) fps=30 ;; 4k60) fps=60 ;; *) echo "bench-pose: RESOLUTION must be 1080, 4k30 or 4k60" >&2; exit 2 ;; esac
  clip="$work/run_2160x3840_${fps}fps_${secs}s.mp4"
  if [ ! -s "$clip" ]; then
    # 720x1280 -> 2160x3840 (portrait 4K, like a phone held upright), looped to the requested length, H.264.
    ffmpeg -loglevel error -y -stream_loop -1 -i "$src" -t "$secs" -vf "scale=2160:3840,fps=$fps" -c:v libx264 -preset veryfast -crf 20 -an "$clip"
  fi
  ${GAITCHECK:-scripts/gaitcheck} models install >/dev/null
  echo "clip: $clip ($(ffprobe -v error -select_streams v:0 -show_entries stream=width,height,nb_frames,r_frame_rate -of csv=p=0 "$clip")); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  out="$work/out-4k"
  rm -rf "$out"
  ${GAITCHECK:-scripts/gaitcheck} pose "$clip" --out "$out" --no-overlay --model "$model"
  jq -r '"default (flip + refine), \(.frames) frames: \(.fps) fps end to end (target at 4K30: >= 20 fps); per frame (ms): " +
    ([.stagesMs | to_entries[] | "\(.key) \((.value / $f * 100 | round) / 100)"] | join("  "))' --argjson f "$(jq .frames "$out/timings.json")" "$out/timings.json"
  exit 0
fi
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
