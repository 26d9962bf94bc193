#!/usr/bin/env bash
# Builds llama-cpp-python with run-time CPU dispatch: ggml's CPU backend is compiled once per x86 variant
# (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS) and tweetsum picks, at run time, the best one this host can
# execute (tweetsum/llm/cpu_backend.py: ggml's own feature score, then a probe in a child process).
#
# The variant list is trimmed before the build (scripts/patch_cpu_variants.py): the AMX variant is left out
# (a native build with AMX kernels died with "Illegal instruction" on an Intel host that advertises AMX),
# and so are the intermediate variants that only cost compile time on 2 cores. Kept: x64 (any x86-64),
# haswell (AVX2), skylakex (AVX-512), icelake (AVX-512 VBMI/VNNI), zen4 (AVX-512 + BF16), alderlake (AVX-VNNI).
# Usage: build_llama_cpp.sh PYTHON [VERSION]
set -euo pipefail
PY=$1
VER=${2:-0.3.36}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m pip download -q --no-deps --no-binary :all: --no-cache-dir -d "$work" "llama-cpp-python==$VER"
tar -xzf "$work"/llama_cpp_python-"$VER".tar.gz -C "$work"
src="$work/llama_cpp_python-$VER"
"$PY" "$here/patch_cpu_variants.py" "$src/vendor/llama.cpp/ggml/src/CMakeLists.txt"
# llama.cpp's own llama-server from the same source, installed beside the libraries it links
# (llama_cpp/lib/llama-server): the scale-out backend (tweetsum serve-model, --server) and its tests use it.
# The web UI is not built (no network, no node), and the llava bindings tweetsum does not use are off so
# that the tools' own mtmd library is the only one. Added to a user's CMAKE_ARGS (a GPU build) too.
server="-DLLAVA_BUILD=OFF -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON -DLLAMA_TOOLS_INSTALL=ON"
server="$server -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"
server="$server -DLLAMA_OPENSSL=OFF -DCMAKE_INSTALL_LIBDIR=llama_cpp/lib -DCMAKE_INSTALL_RPATH=\$ORIGIN"
if [ -n "${CMAKE_ARGS:-}" ]; then
  echo "setup: CMAKE_ARGS given (${CMAKE_ARGS}): building with them instead of the CPU-dispatch set"
  args="$CMAKE_ARGS -DCMAKE_INSTALL_BINDIR=llama_cpp/lib $server"
else
  # TWEETSUM_GPU_ARGS (scripts/gpu_detect.sh): the CUDA backend, a module beside the CPU variants
  args="-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON ${TWEETSUM_GPU_ARGS:-} -DCMAKE_INSTALL_BINDIR=llama_cpp/lib $server"
fi
CMAKE_ARGS="$args" CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
  "$PY" -m pip install -q --no-cache-dir "$src"
