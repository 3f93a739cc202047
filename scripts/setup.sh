#!/usr/bin/env bash
# Installs what a fresh Debian 12 / Ubuntu 24.04 box with Swift lacks for building, testing and the
# demo. Idempotent: installs only what is missing. Needs root (or sudo) for apt.
#   scripts/setup.sh            build + test dependencies
#   scripts/setup.sh --qemu     also the QEMU real-kernel LED test's packages
#   scripts/setup.sh --lint     also lintian (the package check in scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

want=(libsqlite3-dev zlib1g-dev sqlite3 python3 python3-venv python3-pip unzip curl ca-certificates libgpiod2 wamerican)
[[ " $* " == *" --qemu "* ]] && want+=(qemu-system-x86 busybox-static cpio kmod gcc qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross)
[[ " $* " == *" --lint "* ]] && want+=(lintian)

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: Swift 6 is required (https://www.swift.org/install/linux/)" >&2; exit 1; }
