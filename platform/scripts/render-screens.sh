#!/usr/bin/env bash
# Renders every screen of the phone app to PNG for looking at: two phone sizes, normal and large
# text, the lengthened pseudo-locale and right-to-left. Usage:
#   platform/scripts/render-screens.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-$build/screens}
app="$build/bin/commonground"
mkdir -p "$out" "$out/guides"
routes="onboarding onboarding/situation onboarding/privacy home learn search/kids+upset search/zzzz journal journal/new
  journal/good-day journal/trends journal/follow-up journal/safety journal/export journal/pin journal/lock
  journal/forgot-pin checkin checkin/progress help help/filters help/safety help/check help/service/national-domestic-abuse-helpline
  help/service/sefton-venus more privacy/sent redeem practitioner practitioner/guide practitioner/guide/questions
  practitioner/guide/conflict-or-abuse practitioner/guide/pathway practitioner/recommend
  practitioner/recommend/rows-not-sorted quick-exit"
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
      # The lock screens need a PIN to lock with; scratch data only, so nothing real is touched.
      case $route in journal/lock|journal/forgot-pin) demo="$demo --journal-pin 2468" ;; esac
      # Practitioner screens as a Sefton health visitor sees them, with a code made.
      case $route in practitioner*) demo="$demo --area E08000014 --agency health-visiting" ;; esac
      # "+" stands for a space in a route, so the list above stays one word per route.
      # shellcheck disable=SC2086 # flags are separate words on purpose
      "$app" $demo $flags --size "$size" --render "${route//+/ }" --out "$out/${size}_${name}_${route//[\/+]/-}.png"
    done
  done
done
# Every part of every guide, at the larger phone size in plain and large text, for reading them
# through as a parent would. The content tool lists each national guide as id, title and number
# of parts.
"$build/bin/commonground-content" list "$(dirname "$0")/../../content" | grep -v '^[^[:space:]]*/' |
  while IFS=$'\t' read -r id _ parts; do
    for part in $(seq 1 "$parts"); do
      for variant in "plain:" "large:--font-scale 1.5"; do
        name=${variant%%:*}
        # shellcheck disable=SC2086
        "$app" --demo-data ${variant#*:} --size 412x915 --render "module/$id/$part" \
          --out "$out/guides/${name}_${id}-${part}.png"
      done
    done
  done
# Every imported Bristol service's own page, in the example area (plain and large text).
# shellcheck disable=SC2013 # one id per line
for id in $(grep -o '"id": *"[^"]*"' "$(dirname "$0")/../../content/areas/bristol-demo/services.json" | cut -d'"' -f4); do
  for variant in "plain:" "large:--font-scale 1.5"; do
    # shellcheck disable=SC2086
    "$app" --demo-data --area E06000023 ${variant#*:} --size 360x740 --render "help/service/$id" \
      --out "$out/bristol_${variant%%:*}_$id.png"
  done
done
echo "rendered $(ls "$out"/*.png | wc -l) screens and $(ls "$out"/guides/*.png | wc -l) guide parts into $out"
