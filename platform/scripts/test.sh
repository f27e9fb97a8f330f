#!/usr/bin/env bash
# Quick start, command 2: set everything up and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
platform/scripts/build.sh
ctest --preset default
