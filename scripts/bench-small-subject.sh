#!/usr/bin/env bash
# Small-subject benchmark (not a timed test): scales real clips down into a larger black canvas with ffmpeg (the whole
# clip at a given fraction of the canvas height), runs `gaitcheck pose` on each and prints the tracked fraction, the
# subject's height as a fraction of the canvas (standing height: 90th percentile of the head-to-foot landmark span over tracked frames) and the wall time.
# With "empty" it instead times person-free 4K30 and 4K60 clips (ffmpeg testsrc2), which must end with exit 5 (no person)
# in at most about twice their duration. Clips are made once in $TMPDIR/gaitcheck-small-subject and reused.
# Usage: scripts/bench-small-subject.sh [CANVAS=1080|2160|all] [FRACTIONS="10 15 20 30"] [CLIPS="squat run walk"]
#        scripts/bench-small-subject.sh empty      (the person-free 4K clips only)
set -euo pipefail
cd "$(dirname "$0")/.."
canvases=${1:-all}
fractions=${2:-10 15 20 30}
clips=${3:-squat run walk}
media=../shared/media
work=${TMPDIR:-/tmp}/gaitcheck-small-subject
mkdir -p "$work"
gc=${GAITCHECK:-scripts/gaitcheck}

source_of() {
  case $1 in
    squat) echo "$media/squat-frontal/squat_frontal.mp4" ;;
    run) echo "$media/run-treadmill-sagittal/male_side.mp4" ;;
    walk) echo "$media/walk-sagittal/walk_sagittal.mp4" ;;
    *) echo "unknown clip $1" >&2; exit 2 ;;
  esac
}

# Standing height: the 90th percentile over tracked frames of the raw landmarks' head-to-foot span, as a fraction of the frame height.
subject_height() {
  jq -r '.video.height as $h | [.frames[] | select(.status != "lost") | [.raw.y[] | select(. != null)] | select(length > 0) | (max - min) / $h] | sort
    | if length == 0 then "n/a" else (.[(length * 0.9 | floor)] * 100 | floor | tostring) + "%" end' "$1"
}

run_pose() { # clip label
  local out="$work/out-$2" t0 t1 rc=0 line
  rm -rf "$out"
  t0=$(date +%s.%N)
  line=$($gc pose "$1" --out "$out" --no-overlay --filter none 2>&1 | grep '^pose:' || true) || rc=$?
  t1=$(date +%s.%N)
  local dur; dur=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$1")
  local h="n/a"; [ -s "$out/keypoints.json" ] && h=$(subject_height "$out/keypoints.json")
  LC_ALL=C printf '%-28s subject %5s of frame height | %s | %.1f s for a %.1f s clip\n' "$2" "$h" "${line:-no pose line (no person?)}" "$(echo "$t1 - $t0" | bc)" "$dur"
}

if [ "$canvases" = empty ]; then
  for fps in 30 60; do
    clip="$work/empty_2160p${fps}_10s.mp4"
    [ -s "$clip" ] || ffmpeg -loglevel error -y -f lavfi -i "testsrc2=size=3840x2160:rate=$fps:duration=10" -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p "$clip"
    t0=$(date +%s.%N); rc=0
    $gc pose "$clip" --out "$work/out-empty" --no-overlay --filter none 2>/dev/null || rc=$?
    t1=$(date +%s.%N)
    LC_ALL=C printf 'person-free 4K%d clip (10 s, %d frames): exit %d in %.1f s (target: exit 5 in <= ~20 s); load average %s\n' "$fps" $((fps * 10)) "$rc" "$(echo "$t1 - $t0" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
  exit 0
fi

[ "$canvases" = all ] && canvases="1080 2160"
for c in $canvases; do
  case $c in 1080) cw=1920 ;; 2160) cw=3840 ;; *) echo "canvas must be 1080 or 2160" >&2; exit 2 ;; esac
  for name in $clips; do
    src=$(source_of "$name")
    for f in $fractions; do
      h=$(( c * f / 100 / 2 * 2 ))
      clip="$work/${name}_${f}pct_${c}p.mp4"
      [ -s "$clip" ] || ffmpeg -loglevel error -y -i "$src" -vf "scale=-2:$h,pad=$cw:$c:(ow-iw)/2:(oh-ih)/2" -c:v libx264 -preset veryfast -crf 20 -an "$clip"
      run_pose "$clip" "${name} clip ${f}% of ${c}p"
    done
  done
done
