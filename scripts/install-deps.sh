#!/usr/bin/env bash
# Installs the Debian 12 packages gradus needs to build, test and run. Idempotent and quiet
# when everything is already present; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake make
  libboost-program-options-dev libboost-dev
  libxerces-c-dev
  libsoci-dev libsqlite3-dev libpq-dev postgresql
  libtbb-dev catch2 libssl-dev
  chromium
)
# `install-deps.sh fuzz` (make fuzz) also installs clang and its libFuzzer runtime.
if [ "${1:-}" = fuzz ]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
