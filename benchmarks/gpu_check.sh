#!/usr/bin/env bash
# The device check of issue 28, one command: build llama.cpp for the detected GPU, make a shape-exact stand-in
# of the default model when the real weights are absent, and run benchmarks/bench_gpu.py on the demo report's
# recorded model work (settings, the former n_batch 64, pipeline vs raw generation, 1/4/16 sequences, 1/4/16
# llama-server slots, the demo report's model calls replayed). Everything it prints also goes to $OUT.
#
#   bash benchmarks/gpu_check.sh [CARRY_DIR]
#
# CARRY_DIR (default .gpu) holds what a machine without network needs, made beforehand on one with it:
#   llama-src.tar.gz   llama-cpp-python's pinned sdist (0.3.36), or a copy without its docs, models and .git
#   skel/              ../shared/tools/randgguf.py skeleton of the default model (meta.gguf, tensors.json)
#   randgguf.py        that tool (../shared/tools/randgguf.py is used when present)
#   demo_calls.json    benchmarks/demo_calls.py record (the demo report's calls with the real model)
#   wheels/            pure-Python or cp3X wheels the machine's python lacks (diskcache, orjson, platformdirs)
# Without a GPU (scripts/gpu_detect.sh finds none) it runs the CPU parts with the project's .venv instead:
# settings, generation and batch (1 vs 4) on the real default model.
set -uo pipefail
cd "$(dirname "$0")/.."
CARRY=${1:-.gpu}
OUT=${OUT:-out/gpu_check}
mkdir -p "$OUT"
exec > >(tee -a "$OUT/gpu_check.log") 2>&1
t_start=$(date +%s)
say() { echo "[gpu_check +$(( $(date +%s) - t_start ))s] $*"; }

# GPU_CHECK_CMAKE_ARGS replaces the detection (a rehearsal of the GPU path with a CPU build: "-DGGML_CUDA=OFF")
gpu_args=${GPU_CHECK_CMAKE_ARGS:-$(bash scripts/gpu_detect.sh)}
if [ -z "$gpu_args" ]; then
  say "no GPU build here: the CPU parts with .venv and the real default model"
  [ -x .venv/bin/python ] || { say "no .venv: run 'make setup' first"; exit 1; }
  [ -f "$CARRY/demo_calls.json" ] || .venv/bin/python benchmarks/demo_calls.py record --out "$CARRY/demo_calls.json"
  M=$(.venv/bin/python -c "from tweetsum.llm import resolve_model; print(resolve_model(None).path)")
  .venv/bin/python benchmarks/bench_gpu.py --model "$M" --calls "$CARRY/demo_calls.json" \
    --parts settings,generation,batch --batch-sizes 4 --json "$OUT/bench_gpu.json"
  exit $?
fi
nvidia-smi --query-gpu=name,compute_cap,memory.total,driver_version --format=csv,noheader || true

# -- build: llama.cpp's libraries and llama-server for this GPU only ---------------------------------------
SITE=${SITE:-/tmp/tweetsum-site}
SRC=/tmp/tweetsum-llama-src
mkdir -p "$SITE" "$SRC"
PY=${PYTHON:-python3}
$PY -m pip install -q --no-index --no-deps --no-compile --target "$SITE" "$CARRY"/wheels/*.whl 2>&1 | tail -n 2
tar -xzf "$CARRY/llama-src.tar.gz" -C "$SRC" --strip-components=1
say "cmake: $gpu_args"
cmake -S "$SRC/vendor/llama.cpp" -B "$SRC/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
  $gpu_args -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
  -DLLAMA_OPENSSL=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF > "$OUT/cmake.log" 2>&1 \
  || { tail -n 30 "$OUT/cmake.log"; exit 1; }
cmake --build "$SRC/build" -j "$(nproc)" --target llama llama-server > "$OUT/build.log" 2>&1 \
  || { grep -m 20 -i "error" "$OUT/build.log"; tail -n 20 "$OUT/build.log"; exit 1; }
say "built"
mkdir -p "$SITE/llama_cpp"
cp -r "$SRC/llama_cpp/." "$SITE/llama_cpp/"
mkdir -p "$SITE/llama_cpp/lib"
find "$SRC/build" -name "*.so*" -exec cp -P {} "$SITE/llama_cpp/lib/" \;
cp "$SRC/build/bin/llama-server" "$SITE/llama_cpp/lib/"
export PYTHONPATH="$SITE:$PWD:$SRC/vendor/llama.cpp/gguf-py${PYTHONPATH:+:$PYTHONPATH}"
export TWEETSUM_LLAMA_SERVER="$SITE/llama_cpp/lib/llama-server" PYTHONUNBUFFERED=1
export LD_LIBRARY_PATH="$SITE/llama_cpp/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export TWEETSUM_MODELS=${TWEETSUM_MODELS:-/tmp/tweetsum-models}

# -- the model: the real default when present, else a shape-exact stand-in --------------------------------
M=$($PY -c "from tweetsum.llm import resolve_model; print(resolve_model(None).path)" 2>/dev/null || true)
if [ -z "$M" ] || [ ! -f "$M" ]; then
  M=/tmp/tweetsum-standin.gguf
  tool=../shared/tools/randgguf.py; [ -f "$tool" ] || tool="$CARRY/randgguf.py"
  # random block scales small enough that the GPU's fp16 paths stay finite (checked, smaller until they do)
  for scale in -13 -16 -19; do
    $PY "$tool" fill "$CARRY/skel" "$M" 0 "$scale" > /dev/null || exit 1
    probe=$($PY - "$M" <<'PYPROBE' 2>>"$OUT/probe.log"
import sys
import numpy as np
from tweetsum.llm import kv, sampling
from tweetsum.llm.engine import Engine
e = Engine(sys.argv[1], n_ctx=1024)
ll = e.llama
kv.advance(ll, ll.tokenize(b"The quick brown fox jumps over the lazy dog. " * 40))
row = sampling.logits_row(ll.ctx, -1, ll.n_vocab())
print("finite" if np.isfinite(row).all() else "nonfinite", float(np.nanmax(np.abs(row))))
PYPROBE
)
    say "stand-in model: $M ($(du -h "$M" | cut -f1)), block scale 2^$scale: logits $probe"
    case "$probe" in finite*) break ;; esac
  done
fi

$PY benchmarks/bench_gpu.py --model "$M" --calls "$CARRY/demo_calls.json" --json "$OUT/bench_gpu.json" \
  ${GPU_CHECK_PARTS:+--parts "$GPU_CHECK_PARTS"}
rc=$?
say "done (rc $rc)"
exit $rc
