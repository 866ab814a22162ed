#!/usr/bin/env bash
# Renders the skin-marker placement-guide pictures from GaitCheck's own mannequin: the frontal and posterior
# protocols' stickers (25 mm, green) on a subject standing on both feet (the first frame of a single-leg squat whose
# free leg stays down for the first 0.5 s, so no sticker is hidden by a lifted foot), cropped to the body. Writes
# src/GaitCheck.Reporting/Html/placement-frontal.png and placement-posterior.png (embedded in every report's appendix
# and shown in the README). Needs ffmpeg and a Release build. Usage: scripts/render-placement-guide.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/standing.json" <<'JSON'
{
  "name": "placement-guide",
  "movement": "singleLegSquat",
  "camera": { "heightM": 0.9 },
  "squat": { "stance": "left", "reps": 1, "bothFeetDownSeconds": 0.5 }
}
JSON
for view in frontal posterior; do
  scripts/gaitcheck synth --json "$tmp/standing.json" --view "$view" --markers green --marker-size 25 \
    --width 1080 --height 1920 --distance 2.4 --noise 0 --out "$tmp" --name "guide-$view" >/dev/null
  ffmpeg -v error -y -i "$tmp/guide-$view.mp4" -vf "select=eq(n\,0),crop=640:1180:220:370,scale=400:-2" -frames:v 1 \
    "src/GaitCheck.Reporting/Html/placement-$view.png"
done
echo "wrote src/GaitCheck.Reporting/Html/placement-frontal.png, placement-posterior.png"
