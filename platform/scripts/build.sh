#!/usr/bin/env bash
# Installs what is missing, then configures and builds everything into build/ (see
# CMakePresets.json). Safe to run again: it only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/../.."
platform/scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
