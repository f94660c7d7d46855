#!/usr/bin/env bash
# CI step (run by .ci/run after the tests): install what the Linux package needs to be
# built, validated and run, build it, and test it from a real install (apt-get, then
# removed). Runs as root on a throwaway machine, or with sudo.
set -euo pipefail
cd "$(dirname "$0")/../.."
SUDO=""
if [[ $EUID -ne 0 ]]; then SUDO="sudo"; fi
start=$SECONDS

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Build and validation tools; then the libraries the bundled Qt needs (README.md's list,
# plus Wayland's), which the package also names as its Depends.
$SUDO apt-get install -y -qq --no-install-recommends \
    dpkg-dev binutils patchelf librsvg2-bin desktop-file-utils appstream lintian \
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 \
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
    libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libgl1 libegl1 \
    libfontconfig1 libfreetype6 libdbus-1-3 libwayland-client0 libwayland-cursor0 \
    libwayland-egl1 libcups2 >/dev/null

.venv/bin/pip install -q -e '.[package]'
deb="$(bash packaging/linux/build.sh | tail -n 1)"
bash packaging/linux/test_package.sh --system "$deb"
echo "Linux package step: $((SECONDS - start)) s"
