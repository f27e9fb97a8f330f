#!/usr/bin/env bash
# Installs the Debian 12 packages Common Ground needs to build, run and test, skipping any that
# are already there. Uses sudo when not run as root.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config libsodium-dev libqrencode-dev libzxing-dev
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-multimedia-dev qml6-module-qtmultimedia qt6-httpserver-dev qt6-speech-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qttest
  qt6-qpa-plugins fontconfig fonts-dejavu-core catch2 xvfb xauth
  libqt6sql6-psql postgresql-15
  chromium
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js for the dashboard's browser tests, only when the machine has none of its own.
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are already installed"
else
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The browser tests' npm packages (playwright-core, which never downloads a browser, and
# axe-core), exactly as pinned in package-lock.json.
browser_tests="$(dirname "$0")/../../tests/browser"
if [ ! -d "$browser_tests/node_modules" ]; then
  echo "install-deps: installing the browser tests' npm packages"
  npm ci --prefix "$browser_tests" --no-audit --no-fund
fi
