#!/usr/bin/env bash
# Installs what GaitCheck needs on a fresh Debian machine: system libraries (apt) and builds the solution.
# Idempotent: skips apt when the packages are already there.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for p in libgtk-3-0 ffmpeg chromium; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} with apt" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v npm >/dev/null || { echo "setup: npm is required (apt-get install npm)" >&2; exit 1; }
dotnet build GaitCheck.sln -c Release -nologo -v quiet
