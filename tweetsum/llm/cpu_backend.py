"""Run-time choice of llama.cpp's CPU backend variant, safe on hosts that advertise what they cannot run.

``scripts/build_llama_cpp.sh`` builds llama-cpp-python with ``GGML_BACKEND_DL=ON GGML_CPU_ALL_VARIANTS=ON``:
the CPU backend exists once per x86 variant (``libggml-cpu-x64.so`` … ``-zen4.so``) and nothing is loaded until
someone calls ``ggml_backend_load``. llama-cpp-python does not, so :func:`ensure_loaded` does, before the first
model is opened:

1. each variant's own ``ggml_backend_score()`` (ggml's cpuid check: 0 = this CPU lacks a feature it needs) is
   read **in a child process**, so a library whose load already faults cannot take the caller down;
2. the best-scoring variant is then **probed** in another child: it is registered and runs a real forward
   pass of the smallest packaged model; a variant that dies (``Illegal instruction``: a host that advertises
   AVX-512 or AMX it cannot execute) or errs is skipped and the next one is tried;
3. the choice is cached per host (CPU model and flags, library files) in ``user_cache_dir/cpu_backend.json``
   and loaded into this process. ``TWEETSUM_CPU_VARIANT=haswell`` forces a variant (benchmarks use it to
   compare AVX2 with AVX-512 on one machine).

A build without variant libraries (``CMAKE_ARGS`` given at set-up, e.g. CUDA or a portable build) has its CPU
backend linked in: nothing to choose, :func:`ensure_loaded` reports ``"built-in"``.

``python -m tweetsum.llm.cpu_backend --probe`` runs the choice and prints it (set-up calls it once).
"""
from __future__ import annotations

import ctypes
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ENV_FORCE = "TWEETSUM_CPU_VARIANT"
_CACHE_VERSION = 1
_loaded: "BackendChoice | None" = None


@dataclass
class BackendChoice:
    variant: str  # "zen4", "haswell", … or "built-in"
    path: str | None
    scores: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)  # variant -> why it was not used
    forced: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


def lib_dir() -> Path | None:
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.origin:
        return None
    d = Path(spec.origin).parent / "lib"
    return d if d.is_dir() else None


def variant_libs(d: Path | None = None) -> dict[str, Path]:
    d = d if d is not None else lib_dir()
    if d is None:
        return {}
    return {p.name[len("libggml-cpu-"):-len(".so")]: p for p in sorted(d.glob("libggml-cpu-*.so"))}


def _host_key(libs: dict[str, Path]) -> str:
    h = hashlib.sha256(str(_CACHE_VERSION).encode())
    try:
        info = Path("/proc/cpuinfo").read_text(errors="replace")
        for line in info.splitlines():
            if line.startswith(("model name", "flags", "vendor_id")):
                h.update(line.encode())
                if line.startswith("flags"):
                    break
    except OSError:
        h.update(os.uname().machine.encode())
    for name, p in libs.items():
        st = p.stat()
        h.update(f"{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:24]


def _cache_file() -> Path:
    from tweetsum.llm.catalog import cache_dir

    return cache_dir() / "cpu_backend.json"


def _child(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop(ENV_FORCE, None)
    return subprocess.run([sys.executable, "-m", "tweetsum.llm.cpu_backend", *args], capture_output=True,
                          text=True, timeout=timeout, env=env)


def _why(r: subprocess.CompletedProcess) -> str:
    if r.returncode < 0:
        import signal

        try:
            return f"killed by {signal.Signals(-r.returncode).name}"
        except ValueError:
            return f"killed by signal {-r.returncode}"
    tail = (r.stderr or r.stdout).strip().splitlines()
    return f"exit {r.returncode}: {tail[-1] if tail else 'no output'}"


def _probe_model() -> str | None:
    """Smallest packaged GGUF for the probe's forward pass (None: score only)."""
    try:
        from tweetsum.llm.catalog import resolve_model

        for name in ("smollm2", "qwen0.5b"):
            try:
                return str(resolve_model(name, assemble=False).path)
            except Exception:  # noqa: BLE001 - any missing model just means the next candidate
                continue
    except Exception:  # noqa: BLE001
        return None
    return None


def choose(*, use_cache: bool = True) -> BackendChoice:
    """Pick the variant (see the module docstring) without loading it into this process."""
    libs = variant_libs()
    if not libs:
        return BackendChoice("built-in", None)
    forced = os.environ.get(ENV_FORCE)
    if forced:
        if forced not in libs:
            raise RuntimeError(f"{ENV_FORCE}={forced!r}: no such CPU variant (built: {', '.join(libs)})")
        return BackendChoice(forced, str(libs[forced]), forced=True)
    key = _host_key(libs)
    cf = _cache_file()
    if use_cache:
        try:
            data = json.loads(cf.read_text())
            if data.get("key") == key and data["choice"]["path"] and Path(data["choice"]["path"]).exists():
                return BackendChoice(**data["choice"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    scores: dict[str, int] = {}
    rejected: dict[str, str] = {}
    for name, p in libs.items():
        r = _child(["--score", str(p)], timeout=60)
        if r.returncode == 0 and r.stdout.strip().isdigit():
            scores[name] = int(r.stdout.strip())
            if scores[name] == 0:
                rejected[name] = "this CPU lacks a feature it needs (ggml score 0)"
        else:
            rejected[name] = "score check " + _why(r)
    model = _probe_model()
    chosen = None
    for name in sorted((n for n, s in scores.items() if s > 0), key=lambda n: -scores[n]):
        r = _child(["--run", str(libs[name])] + ([model] if model else []), timeout=180)
        if r.returncode == 0:
            chosen = name
            break
        rejected[name] = "probe " + _why(r)
    if chosen is None:
        raise RuntimeError("no llama.cpp CPU backend variant runs on this host: "
                           + "; ".join(f"{k}: {v}" for k, v in rejected.items()))
    choice = BackendChoice(chosen, str(libs[chosen]), scores, rejected)
    try:
        cf.parent.mkdir(parents=True, exist_ok=True)
        tmp = cf.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"key": key, "choice": choice.to_dict()}, indent=1))
        os.replace(tmp, cf)
    except OSError:
        pass
    return choice


def _ggml() -> ctypes.CDLL:
    import llama_cpp  # noqa: F401 - loads libllama and, with it, libggml

    d = lib_dir()
    # The wheel holds copies, not symlinks, of libggml.so{,.0,.0.x}: open the file by libllama's DT_NEEDED
    # name (the SONAME), so that this is the copy llama.cpp already uses and its backend registry.
    lib = ctypes.CDLL(str(d / "libggml.so.0"), mode=ctypes.RTLD_GLOBAL)
    lib.ggml_backend_load.argtypes = [ctypes.c_char_p]
    lib.ggml_backend_load.restype = ctypes.c_void_p
    return lib


def _register(path: str) -> None:
    if not _ggml().ggml_backend_load(path.encode()):
        raise RuntimeError(f"ggml_backend_load({path}) failed")


def ensure_loaded() -> BackendChoice:
    """Register the chosen CPU variant in this process (once); returns the choice."""
    global _loaded
    if _loaded is not None:
        return _loaded
    choice = choose()
    if choice.path:
        _register(choice.path)
        # a GPU backend built as a module (libggml-cuda.so, -vulkan.so, …) is registered too
        for p in sorted(Path(choice.path).parent.glob("libggml-*.so")):
            if not p.name.startswith(("libggml-cpu-", "libggml-base")):
                _ggml().ggml_backend_load(str(p).encode())
    _loaded = choice
    return choice


def loaded() -> BackendChoice | None:
    return _loaded


def _main(argv: list[str]) -> int:
    if argv[:1] == ["--score"]:
        # the variant libraries carry no RPATH: their libggml-base dependency resolves to the loaded one
        ctypes.CDLL(str(Path(argv[1]).parent / "libggml-base.so.0"), mode=ctypes.RTLD_GLOBAL)
        lib = ctypes.CDLL(argv[1])
        fn = getattr(lib, "ggml_backend_score", None)
        if fn is None:
            print(0)
            return 0
        fn.restype = ctypes.c_int
        print(int(fn()))
        return 0
    if argv[:1] == ["--run"]:
        _register(argv[1])
        if len(argv) > 2:
            import llama_cpp

            llm = llama_cpp.Llama(model_path=argv[2], n_ctx=128, n_batch=32, n_threads=1, logits_all=True,
                                  verbose=False)
            toks = llm.tokenize(b"The quick brown fox jumps over the lazy dog. 1234567890")
            llm.eval(toks)
            if not llm.scores[len(toks) - 1].any():
                print("forward pass gave all-zero logits", file=sys.stderr)
                return 1
        return 0
    if argv[:1] == ["--probe"]:
        c = choose(use_cache=False)
        print(f"llama.cpp CPU backend: {c.variant}" + (f" ({c.path})" if c.path else ""))
        for k, v in c.rejected.items():
            print(f"  not used: {k}: {v}")
        return 0
    print("usage: python -m tweetsum.llm.cpu_backend --probe", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
