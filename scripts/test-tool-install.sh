#!/usr/bin/env bash
# Packs GaitCheck as a .NET tool and installs it in a clean folder, away from the repository (issue 15):
#   scripts/test-tool-install.sh
# `dotnet pack` into a local feed, `dotnet tool install --tool-path` from it with --add-source, then, with HOME and
# XDG_DATA_HOME pointing into an empty folder and the working folder outside the repository: `gaitcheck models install`
# (npm; the models land in $XDG_DATA_HOME/gaitcheck/models) and `gaitcheck analyze` on a copy of a committed sample.
# Then a one-input `batch` (its worker is the installed tool). Prints the time of each step. Exit 0 when the installed tool analysed the sample. Set TOOL_TEST_MODELS=copy to copy
# the repository's converted models into the user folder instead of running npm (offline machines).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=$(mktemp -d /tmp/gaitcheck-tool.XXXXXX)
say() { echo "tool-test: $*"; }
t0=$(date +%s)
dotnet pack src/GaitCheck.Cli -c Release -o "$dir/feed" -nologo -v quiet >/dev/null
pkg=$(ls "$dir/feed"/GaitCheck.linux-x64.*.nupkg)
say "packed $(basename "$pkg") ($(( $(stat -c %s "$pkg") / 1048576 )) MB) in $(( $(date +%s) - t0 )) s"
mkdir -p "$dir/home" "$dir/work"
t1=$(date +%s)
dotnet tool install GaitCheck --tool-path "$dir/tools" --add-source "$dir/feed" --version "$(basename "$pkg" .nupkg | sed 's/^GaitCheck\.linux-x64\.//')" >/dev/null
say "installed into $dir/tools in $(( $(date +%s) - t1 )) s"
cp "$repo/sample-videos/sls-frontal-valgus-left.mp4" "$dir/work/clip.mp4"
cd "$dir/work"
export HOME="$dir/home" XDG_DATA_HOME="$dir/home/.local/share" DOTNET_CLI_TELEMETRY_OPTOUT=1
unset GAITCHECK_MODELS
models="$XDG_DATA_HOME/gaitcheck/models"
t2=$(date +%s)
if [ "${TOOL_TEST_MODELS:-npm}" = copy ]; then
  mkdir -p "$models"; cp "$repo"/models/*.onnx "$repo/models/models.json" "$models/"
else
  "$dir/tools/gaitcheck" models install | tail -n 2 | sed 's/^/tool-test: /'
fi
"$dir/tools/gaitcheck" models verify | sed 's/^/tool-test: /'
say "models in $models in $(( $(date +%s) - t2 )) s"
t3=$(date +%s)
"$dir/tools/gaitcheck" analyze clip.mp4 --out result --model lite --no-overlay | sed 's/^/tool-test: /'
[ -f result/report.html ] && [ -f result/result.json ] && [ -f result/angles.mot ] || { say "FAILED: no complete report in $dir/work/result"; exit 1; }
# A batch too: its workers are the installed tool started again (the tool's shim, not the repository's build).
"$dir/tools/gaitcheck" batch clip.mp4 --out batch --end 1 --model lite --no-overlay | tail -n 1 | sed 's/^/tool-test: /'
[ -f batch/clip/report.html ] || { say "FAILED: the installed tool's batch wrote no report"; exit 1; }
say "OK: the installed tool analysed a sample from an empty folder in $(( $(date +%s) - t3 )) s (total $(( $(date +%s) - t0 )) s; left in $dir)"
