#!/usr/bin/env bash
# Which llama.cpp backend set-up builds, printed as one line of CMake arguments for the GPU part (nothing: CPU
# variants only). Used by scripts/setup.sh and benchmarks/gpu_check.sh.
#
# CUDA is chosen when the machine has an NVIDIA GPU (nvidia-smi lists one) and CUDA's compiler (nvcc on PATH,
# or $CUDA_HOME/bin/nvcc, default /usr/local/cuda), built for the detected compute capability only (e.g. 9.0 -> sm_90), which
# keeps the build to minutes. TWEETSUM_GPU=cuda forces CUDA (an error without nvcc), TWEETSUM_GPU=cpu forces
# the CPU variants; TWEETSUM_CUDA_ARCH=86 names the architecture instead of asking nvidia-smi.
# Exit status: 0 with the arguments (or nothing) on stdout and the reason on stderr; 2 when forced CUDA cannot
# be built.
set -uo pipefail
want=${TWEETSUM_GPU:-auto}
case "$want" in
  cpu) echo "gpu-detect: TWEETSUM_GPU=cpu: CPU variants only" >&2; exit 0 ;;
  auto|cuda) ;;
  *) echo "gpu-detect: TWEETSUM_GPU=$want: use cuda, cpu or leave it unset" >&2; exit 2 ;;
esac
nvcc=$(command -v nvcc || true)
cuda_home=${CUDA_HOME:-/usr/local/cuda}
[ -z "$nvcc" ] && [ -x "$cuda_home/bin/nvcc" ] && nvcc=$cuda_home/bin/nvcc
arch=${TWEETSUM_CUDA_ARCH:-}
if [ -z "$arch" ] && command -v nvidia-smi >/dev/null 2>&1; then
  arch=$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | head -n 1 | tr -d ' .\r')
fi
if [ -z "$nvcc" ] || [ -z "$arch" ]; then
  why="no NVIDIA GPU found (nvidia-smi)"; [ -n "$arch" ] && why="an NVIDIA GPU (sm_$arch) but no nvcc"
  if [ "$want" = cuda ]; then echo "gpu-detect: TWEETSUM_GPU=cuda but $why" >&2; exit 2; fi
  echo "gpu-detect: $why: CPU variants only" >&2
  exit 0
fi
case "$arch" in
  *[!0-9]*) echo "gpu-detect: compute capability '$arch' is not a number" >&2; exit 2 ;;
esac
echo "gpu-detect: NVIDIA GPU sm_$arch and $nvcc: building the CUDA backend for sm_$arch" >&2
echo "-DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES=$arch -DCMAKE_CUDA_COMPILER=$nvcc"
