#!/usr/bin/env bash
# Batch throughput (issue 15): video-seconds analysed per wall-second with 1 and with 2 jobs on the same clips, and
# the per-video time spent outside pose inference, worker start included. Prints figures; asserts nothing.
#   scripts/bench-batch.sh [copies=2]
# Inputs: COPIES links to each committed sample clip (sample-videos/*.mp4), so 2 jobs get equal work. Each batch runs
# with --no-resume into $BENCH_DIR (default out/bench-batch) with $BENCH_FLAGS (default: none, i.e. the full model and
# the overlay, as `analyze` runs). Worker start is measured on its own: a batch of 8 missing files, whose rows' seconds
# are each worker's start-to-exit time (the .NET runtime starting, the CLI parsing, the input check).
# Needs a build (scripts/setup.sh) and the models. Targets (issue 15): 2 jobs >= 1.7x one; overhead < 1 s per video.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-2}
dir=$(realpath -m "${BENCH_DIR:-out/bench-batch}")
read -r -a flags <<<"${BENCH_FLAGS:-}"
rm -rf "$dir"; mkdir -p "$dir/in" "$dir/missing"
for n in $(seq 1 "$copies"); do for c in sample-videos/*.mp4; do ln -s "$(pwd)/$c" "$dir/in/$n-$(basename "$c")"; done; done
inputs=$(ls "$dir/in" | wc -l)
echo "bench-batch: $inputs inputs ($copies links to each sample), flags: ${flags[*]:-(defaults)}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

for i in $(seq 1 8); do echo "$dir/missing/none-$i.mp4"; done >"$dir/missing.txt"
scripts/gaitcheck batch "$dir/missing.txt" --out "$dir/out-missing" --jobs 1 >/dev/null 2>&1 || true
python3 - "$dir/out-missing/batch-summary.csv" <<'PY'
import csv, sys, statistics
rows = list(csv.DictReader(open(sys.argv[1])))
s = [float(r["seconds"]) for r in rows]
print(f"bench-batch: worker start (runtime start, parse, input check, exit): median {statistics.median(s):.2f} s over {len(s)} workers")
PY

for jobs in 1 2; do
  start=$(date +%s.%N)
  scripts/gaitcheck batch "$dir/in" --out "$dir/out-$jobs" --jobs "$jobs" --no-resume "${flags[@]}" >"$dir/batch-$jobs.log" 2>&1 || { echo "bench-batch: batch with $jobs jobs failed:"; tail -5 "$dir/batch-$jobs.log"; exit 1; }
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  python3 - "$dir/out-$jobs" "$wall" "$jobs" <<'PY'
import json, sys, os, glob
out, wall, jobs = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
video = infer = 0.0
stages = {}
n = 0
for d in sorted(glob.glob(os.path.join(out, "*", "result.json"))):
    n += 1
    r = json.load(open(d))
    video += r["source"]["durationSeconds"]
    t = json.load(open(os.path.join(os.path.dirname(d), "timings.json")))["stagesSeconds"]
    infer += t.get("pose.infer", 0) + t.get("pose.detect", 0)
    for k, v in t.items():
        stages[k] = stages.get(k, 0) + v
rate = video / wall
open(os.path.join(out, "..", f"rate-{jobs}"), "w").write(str(rate))
print(f"bench-batch: {jobs} job(s): {n} videos, {video:.1f} video-s in {wall:.1f} wall-s = {rate:.2f} video-s per wall-s")
if jobs == 1:
    per = wall / n
    print(f"bench-batch:   per video {per:.2f} s wall, of which pose inference (detect + landmarks) {infer / n:.2f} s; outside inference {per - infer / n:.2f} s per video")
    print("bench-batch:   mean stage seconds per video: " + ", ".join(f"{k} {v / n:.2f}" for k, v in stages.items() if not k.startswith("pose.") or k in ("pose.decode", "pose.warp", "pose.camera")))
    print(f"bench-batch:   worker (process start, model load, pipeline, exit) minus its own stages: {per - sum(v for k, v in stages.items() if '.' not in k) / n:.2f} s per video")
PY
done
python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
r1, r2 = (float(open(os.path.join(d, f"rate-{j}")).read()) for j in (1, 2))
print(f"bench-batch: speed-up with 2 jobs: {r2 / r1:.2f}x (target >= 1.7x)")
PY
