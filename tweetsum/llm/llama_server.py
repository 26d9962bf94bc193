"""A local llama.cpp ``llama-server`` process: finding the binary, its command line and environment, and
waiting until it has loaded its model."""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from tweetsum.llm.transport import Server, ServerError, ServerUnavailable, parse_endpoint


def find_llama_server() -> Path | None:
    """``$TWEETSUM_LLAMA_SERVER``, the one built beside llama-cpp-python's libraries by scripts/setup.sh, or
    ``llama-server`` on PATH."""
    env = os.environ.get("TWEETSUM_LLAMA_SERVER")
    if env:
        return Path(env)
    try:
        import importlib.util

        spec = importlib.util.find_spec("llama_cpp")
        if spec and spec.origin:
            p = Path(spec.origin).parent / "lib" / "llama-server"
            if p.exists():
                return p
    except (ImportError, ValueError):
        pass
    w = shutil.which("llama-server")
    return Path(w) if w else None


def llama_server_command(binary: Path, model: Path, *, slots: int = 2, ctx_per_slot: int = 4096,
                         host: str = "127.0.0.1", port: int = 8080, threads: int | None = None,
                         extra: Iterable[str] = ()) -> list[str]:
    """The command line tweetsum uses (and documents) for a local llama-server on a GGUF."""
    cmd = [str(binary), "-m", str(model), "-np", str(slots), "-c", str(slots * ctx_per_slot), "--host", host,
           "--port", str(port), "--no-webui", "--seed", "0"]
    if threads:
        cmd += ["-t", str(threads), "-tb", str(threads)]
    return cmd + list(extra)


def server_env(binary: Path) -> dict[str, str]:
    """Environment for the server process: its libraries next to it, and the CPU variant tweetsum chose."""
    env = dict(os.environ)
    lib = str(binary.parent)
    env["LD_LIBRARY_PATH"] = lib + (os.pathsep + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    return env


def wait_ready(url: str, timeout: float = 120.0, proc=None) -> None:
    """Wait until ``/health`` answers 200 (the model is loaded)."""
    ep = parse_endpoint(url)
    srv = Server(ep, timeout=5, retries=0)
    t_end = time.monotonic() + timeout
    last = ""
    while time.monotonic() < t_end:
        if proc is not None and proc.poll() is not None:
            raise ServerUnavailable(f"llama-server exited with status {proc.returncode} before it was ready")
        try:
            srv.request("GET", "/health", timeout=5, retries=0, check=lambda d: isinstance(d, dict))
            return
        except ServerError as e:
            last = str(e)
        time.sleep(0.25)
    raise ServerUnavailable(f"{url}: not ready after {timeout:.0f} s ({last})")


__all__ = ["find_llama_server", "llama_server_command", "server_env", "wait_ready"]
