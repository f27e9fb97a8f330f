#!/usr/bin/env bash
# Renders every screen of the phone app to PNG for looking at: two phone sizes, normal and large
# text, the lengthened pseudo-locale and right-to-left. Usage:
#   platform/scripts/render-screens.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-$build/screens}
app="$build/bin/commonground"
mkdir -p "$out"
routes="onboarding onboarding/situation onboarding/privacy home learn journal help more quick-exit"
variants=(
  "plain::"
  "large:--font-scale 1.5:"
  "long:--locale en-XA:"
  "rtl:--locale ar-XB:"
  "large-long:--font-scale 1.5 --locale en-XA:"
)
for size in 360x740 412x915; do
  for variant in "${variants[@]}"; do
    name=${variant%%:*}
    flags=$(echo "$variant" | cut -d: -f2)
    for route in $routes; do
      demo=--demo-data
      case $route in onboarding*) demo= ;; esac
      # shellcheck disable=SC2086 # flags are separate words on purpose
      "$app" $demo $flags --size "$size" --render "$route" --out "$out/${size}_${name}_${route//\//-}.png"
    done
  done
done
echo "rendered $(ls "$out"/*.png | wc -l) screens into $out"
