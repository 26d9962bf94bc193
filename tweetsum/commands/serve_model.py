"""`tweetsum serve-model`: run llama.cpp's llama-server on a packaged (or any local) GGUF, on this machine,
for `tweetsum report --server`: parallel slots with continuous batching and a prompt cache per slot."""
from __future__ import annotations

import typer

from tweetsum.commands import app, console, fail


@app.command("serve-model")
def serve_model(
    model: str = typer.Option(None, "--model", help="GGUF path or packaged name (default: qwen1.5b)."),
    slots: int = typer.Option(2, "--slots", min=1, max=64, help="Parallel slots (-np)."),
    ctx_per_slot: int = typer.Option(4096, "--ctx-per-slot", min=512, help="Context of each slot."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on, or a /path/llama.sock."),
    port: int = typer.Option(8080, "--port", min=1, max=65535),
    threads: int = typer.Option(None, "--threads", help="CPU threads (default: physical cores)."),
    dry_run: bool = typer.Option(False, "--print", help="Print the llama-server command line and exit."),
) -> None:
    """Start llama-server (built by scripts/setup.sh beside llama-cpp-python) and wait in the foreground."""
    import os
    import shlex

    from tweetsum.llm.catalog import resolve_model
    from tweetsum.llm.engine import default_threads
    from tweetsum.llm.gguf_info import ModelError
    from tweetsum.llm.llama_server import find_llama_server, llama_server_command, server_env
    from tweetsum.llm.transport import parse_endpoint

    try:
        spec = resolve_model(model)
    except ModelError as e:
        fail(str(e))
        return
    binary = find_llama_server()
    if binary is None:
        fail("llama-server not found: scripts/setup.sh builds it beside llama-cpp-python "
             "(or set TWEETSUM_LLAMA_SERVER to a llama-server binary)")
        return
    if not host.endswith(".sock") and parse_endpoint(f"http://{host}:{port}").remote:
        console.print(f"[bold yellow]note[/]: listening on {host}: other machines can reach this server",
                      highlight=False)
    cmd = llama_server_command(binary, spec.path, slots=slots, ctx_per_slot=ctx_per_slot, host=host, port=port,
                               threads=threads or default_threads())
    if dry_run:
        print(shlex.join(cmd))
        return
    url = f"unix:{host}" if host.endswith(".sock") else f"http://{host}:{port}"
    console.print(f"serving {spec.name} on {url} with {slots} slots; use: tweetsum report --server {url} …",
                  highlight=False)
    os.execve(cmd[0], cmd, server_env(binary))
