#!/usr/bin/env bash
# A real Slurm test of sharded batches (issue 15). Not part of the test suite (it installs packages and starts daemons;
# see the README "Clusters" section for its duration).
#   scripts/test-slurm.sh
# Installs Debian's slurm-wlm and munge (apt, needs root), starts munged, slurmctld and slurmd on this machine as one
# node (state in $SLURM_TEST_DIR, default out/slurm-test), submits a 3-task array job that runs
# `gaitcheck batch --shard auto` over links to the committed sample clips, waits, runs `gaitcheck merge`, then runs the
# same batch locally without shards and checks that the merged summary equals it in every column but the wall time
# (`seconds`). Stops the daemons it started. Exit 0 when they match. Needs a build (scripts/setup.sh) and the models.
# Environment: SLURM_TEST_DIR, SLURM_TEST_END (seconds of each clip analysed, default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=$(realpath -m "${SLURM_TEST_DIR:-out/slurm-test}")
end=${SLURM_TEST_END:-3}
t0=$(date +%s)
say() { echo "slurm-test: $*"; }

if ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge (apt)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
t_install=$(date +%s)

rm -rf "$dir"
mkdir -p "$dir"/{spool,state,log,run,in,out,local}
host=$(hostname -s)
cpus=$(nproc)
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))

# munge: a fresh key, the daemon as the munge user.
mkdir -p /etc/munge /var/run/munge /var/lib/munge /var/log/munge
[ -s /etc/munge/munge.key ] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
chown -R munge:munge /etc/munge /var/run/munge /var/lib/munge /var/log/munge
chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key
pkill_own() { [ -f "$1" ] && kill "$(cat "$1")" 2>/dev/null || true; }
if ! pgrep -x munged >/dev/null; then runuser -u munge -- munged --pid-file=/var/run/munge/munged.pid; started_munge=1; fi

cat >"$dir/slurm.conf" <<CONF
ClusterName=gaitcheck-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
CONF
: # no cgroup.conf: proctrack/linuxproc and task/none use no cgroup (Slurm 22.05 has no CgroupPlugin=disabled)
export SLURM_CONF="$dir/slurm.conf"

cleanup() {
  pkill_own "$dir/run/slurmd.pid"; pkill_own "$dir/run/slurmctld.pid"
  [ "${started_munge:-0}" = 1 ] && pkill_own /var/run/munge/munged.pid
  true
}
trap cleanup EXIT
slurmctld
slurmd
for _ in $(seq 1 60); do sinfo -h -o %T 2>/dev/null | grep -qE "idle|mix" && break; sleep 1; done
sinfo -h -o "%P %D %T %c" | sed 's/^/slurm-test: node: /'
t_daemons=$(date +%s)

# Inputs: the committed samples under four names (so three shards get 2, 1 and 1 inputs).
for n in 1 2; do
  for c in sample-videos/*.mp4; do ln -s "$repo/$c" "$dir/in/$n-$(basename "$c")"; done
done
flags=(--end "$end" --model lite --no-overlay)

cat >"$dir/batch.sbatch" <<JOB
#!/usr/bin/env bash
#SBATCH --job-name=gaitcheck
#SBATCH --array=0-2
#SBATCH --cpus-per-task=1
#SBATCH --output=$dir/log/task-%a.out
exec "$repo/scripts/gaitcheck" batch "$dir/in" --out "$dir/out" --shard auto ${flags[*]}
JOB
export GAITCHECK_MODELS="$repo/models"
say "submitting a 3-task array job"
sbatch --wait "$dir/batch.sbatch" >"$dir/log/sbatch.out" || say "sbatch --wait: some task exited non-zero ($(cat "$dir/log/sbatch.out"))"
t_job=$(date +%s)
for k in 0 1 2; do tail -n 1 "$dir/log/task-$k.out" | sed "s/^/slurm-test: task $k: /"; done
scripts/gaitcheck merge "$dir/out" | sed 's/^/slurm-test: /'

say "running the same batch locally, unsharded"
scripts/gaitcheck batch "$dir/in" --out "$dir/out" --no-resume "${flags[@]}" >"$dir/log/local.out" || true
cp "$dir/out/batch-summary.csv" "$dir/local/batch-summary.csv"
scripts/gaitcheck merge "$dir/out" >/dev/null # the merged summary again, beside the local one
t_local=$(date +%s)

strip() { python3 -c 'import csv,sys
r=list(csv.reader(open(sys.argv[1]))); i=r[0].index("seconds")
[print("|".join(c for j,c in enumerate(x) if j!=i)) for x in r]' "$1"; }
if diff <(strip "$dir/out/batch-summary.csv") <(strip "$dir/local/batch-summary.csv") >"$dir/diff.txt"; then
  say "OK: the merged 3-shard summary equals the local batch's ($(($(wc -l <"$dir/local/batch-summary.csv") - 1)) inputs, all columns but seconds)"
  code=0
else
  say "FAILED: merged and local summaries differ:"; cat "$dir/diff.txt"; code=1
fi
say "times: install $((t_install - t0)) s, daemons $((t_daemons - t_install)) s, array job $((t_job - t_daemons)) s, local batch $((t_local - t_job)) s, total $(( $(date +%s) - t0 )) s"
exit $code
