#!/usr/bin/env bash
# Fuzzes `gaitcheck batch` with byte-mutated copies of a real clip (issue 9). Not part of the test suite.
#   scripts/fuzz-batch.sh [copies=300] [seed=1] [jobs=2]
# Makes a 1 s, 360x640 H.264 cut of sample-videos/sls-frontal-valgus-left.mp4 (index first), then COPIES mutated
# copies of it (in turn: random bytes overwritten anywhere, a random cut, a random block of random bytes, a random
# block zeroed, random bytes in the first 4 KiB where the container's index lies; reproducible from SEED), runs them all through one `batch` under a time limit, and prints figures:
# copies processed ok / failed per exit code, wall time, and the checks that every copy has a row, no folder
# lacks report.html and no temporary file is left. Needs a build (scripts/setup.sh) and the models.
# Environment: FUZZ_DIR (default out/fuzz), FUZZ_LIMIT seconds for the whole batch (default 3600),
# FUZZ_OVERLAY=0 to skip overlay.mp4.
set -uo pipefail
cd "$(dirname "$0")/.."
copies=${1:-300}
seed=${2:-1}
jobs=${3:-2}
dir=${FUZZ_DIR:-out/fuzz}
limit=${FUZZ_LIMIT:-3600}
overlay=()
[ "${FUZZ_OVERLAY:-1}" = 0 ] && overlay=(--no-overlay)

rm -rf "$dir"
mkdir -p "$dir/in"
base="$dir/base.mp4"
ffmpeg -v error -nostdin -y -i sample-videos/sls-frontal-valgus-left.mp4 -t 1 -vf scale=360:640 -an \
  -c:v libx264 -preset ultrafast -pix_fmt yuv420p -movflags +faststart "$base" || { echo "ffmpeg failed"; exit 1; }
size=$(stat -c %s "$base")
RANDOM=$seed

rand() { echo $(( (RANDOM * 32768 + RANDOM) % $1 )); }          # 0 .. $1-1, from the seeded generator
put_byte() { printf "\\x$(printf %02x "$2")" | dd of="$1" bs=1 seek="$3" conv=notrunc status=none; }

for i in $(seq -w 1 "$copies"); do
  f="$dir/in/fuzz-$i.mp4"
  cp "$base" "$f"
  case $(( 10#$i % 5 )) in
    0) for _ in $(seq 1 $(( 1 + RANDOM % 40 ))); do put_byte "$f" $(( RANDOM % 256 )) "$(rand "$size")"; done ;;
    1) truncate -s "$(rand "$size")" "$f" ;;
    2) at=$(rand "$size"); n=$(( 1 + RANDOM % 4096 ))
       for k in $(seq 0 $(( n > 64 ? 63 : n - 1 ))); do put_byte "$f" $(( RANDOM % 256 )) $(( (at + k * n / 64) % size )); done ;;
    3) at=$(rand "$size"); dd if=/dev/zero of="$f" bs=1 seek="$at" count=$(( 1 + RANDOM % 8192 )) conv=notrunc status=none ;;
    4) for _ in $(seq 1 $(( 1 + RANDOM % 8 ))); do put_byte "$f" $(( RANDOM % 256 )) "$(rand 4096)"; done ;;
  esac
done
echo "fuzz: $copies mutated copies of a $size-byte clip in $dir/in (seed $seed)"

start=$(date +%s.%N)
timeout --signal=TERM --kill-after=30 "$limit" scripts/gaitcheck batch "$dir/in" --out "$dir/out" --model lite --jobs "$jobs" "${overlay[@]}" \
  >"$dir/batch.stdout" 2>"$dir/batch.stderr"
code=$?
wall=$(echo "$(date +%s.%N) - $start" | bc)

summary="$dir/out/batch-summary.csv"
rows=$( [ -f "$summary" ] && tail -n +2 "$summary" | wc -l || echo 0)
echo "fuzz: batch exit code $code$( [ "$code" -eq 124 ] && echo ' (TIMED OUT: a hang)'), wall time ${wall%.*} s ($(echo "scale=2; $wall / $copies" | bc) s per copy, $jobs jobs)"
echo "fuzz: $rows of $copies copies have a row in batch-summary.csv"
if [ -f "$summary" ]; then
  tail -n +2 "$summary" | awk -F, '{ n[$3 " " $4]++ } END { for (k in n) printf "fuzz:   %5d  %s\n", n[k], k }' | sort -k3
fi
incomplete=$(find "$dir/out" -mindepth 1 -maxdepth 1 -type d ! -exec test -e '{}/report.html' ';' -print | wc -l)
leftovers=$(find "$dir/out" -name '.*' | wc -l)
echo "fuzz: folders without report.html: $incomplete; hidden/temporary files left: $leftovers; stderr lines: $(wc -l <"$dir/batch.stderr")"
[ "$code" -ne 124 ] && [ "$rows" -eq "$copies" ] && [ "$incomplete" -eq 0 ] && [ "$leftovers" -eq 0 ]
