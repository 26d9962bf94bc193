"""Which GGUF models are usable offline, and how to find one by name or path.

Sources: packaged models (Python packages that ship a GGUF, found with ``importlib.util.find_spec`` without
importing them), models shipped as PyPI chunk packages and assembled once into the models folder
(``chunks.py``), the models folder (``$TWEETSUM_MODELS`` or ``user_data_dir("tweetsum")/models``), and any
explicit path. ``tweetsum/llm/manifest.json`` (package data) describes the known models (see models/README.md).
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tweetsum.llm.gguf_info import GGUFInfo, ModelError, read_gguf

ENV_MODELS = "TWEETSUM_MODELS"
DEFAULT_MODEL = "qwen1.5b"
FAST_MODEL = "qwen0.5b"  # the quick one: tests, drafts
_HASH_CHUNK = 16 << 20
_HASH_VERSION = b"tweetsum-model-v1"

@dataclass
class ModelSpec:
    """A resolved, header-checked GGUF model."""

    name: str
    path: Path
    source: str  # "package:<pkg>", "folder", "path"
    info: GGUFInfo = field(repr=False)
    chat_format_hint: str | None = None  # from the manifest; the engine prefers the file's own template
    licence: str | None = None
    instruct: bool | None = None

    @property
    def size(self) -> int:
        return self.info.size

    def describe(self) -> dict[str, Any]:
        i = self.info
        return {
            "name": self.name, "path": str(self.path), "source": self.source, "size_bytes": i.size,
            "quantization": i.file_type, "architecture": i.architecture, "context_length": i.context_length,
            "chat_template": i.chat_template is not None, "chat_format_hint": self.chat_format_hint,
            "licence": self.licence, "instruct": self.instruct, "gguf_version": i.version,
            "n_params": i.n_params,
        }


def manifest_path() -> Path:
    return Path(__file__).resolve().parent / "manifest.json"


def load_manifest() -> list[dict[str, Any]]:
    p = manifest_path()
    if p.is_file():
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            models = data["models"]
            if not isinstance(models, list):
                raise TypeError("'models' is not a list")
            return models
        except (ValueError, KeyError, TypeError) as e:
            raise ModelError(p, f"bad model manifest: {e}") from None
    raise ModelError(p, "the model manifest is missing from the installed package")


def models_dir() -> Path:
    env = os.environ.get(ENV_MODELS)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tweetsum", appauthor=False)) / "models"


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tweetsum", appauthor=False))


def _package_dir(package: str) -> Path | None:
    """Folder of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    if spec.origin:
        return Path(spec.origin).parent
    return None


def _entry_for(name: str) -> dict[str, Any] | None:
    key = name.lower()
    for m in load_manifest():
        if key == m["name"].lower() or key in [a.lower() for a in m.get("aliases", [])]:
            return m
    return None


def _packaged_file(entry: dict[str, Any], *, assemble: bool) -> Path | None:
    """Path of a packaged model's GGUF (assembling it into the cache folder if needed and allowed)."""
    if entry.get("chunks"):
        from tweetsum.llm.chunks import is_assembled

        target = models_dir() / entry["file"]
        return target if is_assembled(entry, target) else None
    pkg = entry.get("package")
    if not pkg:
        return None
    folder = _package_dir(pkg)
    if folder is None:
        return None
    if not entry.get("assemble"):
        hits = sorted(folder.rglob("*.gguf"))
        exact = [h for h in hits if h.name == entry["file"]]
        return (exact or hits or [None])[0]
    target = cache_dir() / "models" / entry["file"]
    if target.is_file():
        try:
            read_gguf(target)  # complete (size matches its tensor table): reuse, don't re-assemble
            return target
        except ModelError:
            pass
    if not assemble:
        return None
    mod = importlib.import_module(pkg)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    mod.assemble(str(tmp), overwrite=True)
    os.replace(tmp, target)
    return target


def _spec(name: str, path: Path, source: str, entry: dict[str, Any] | None) -> ModelSpec:
    info = read_gguf(path)
    return ModelSpec(
        name=name, path=path, source=source, info=info,
        chat_format_hint=(entry or {}).get("chat_format"),
        licence=(entry or {}).get("licence") or _str_or_none(info.metadata.get("general.license")),
        instruct=(entry or {}).get("instruct"),
    )


def _str_or_none(v: Any) -> str | None:
    return v if isinstance(v, str) else None


def resolve_model(name_or_path: str | os.PathLike | None = None, *, assemble: bool = True) -> ModelSpec:
    """Find a model by manifest name/alias (``smollm2`` default, ``gemma3-270m``), file name in the models
    folder, or path. Raises :class:`ModelError` naming the file (or name) and the reason."""
    name = str(name_or_path) if name_or_path is not None else DEFAULT_MODEL
    entry = _entry_for(name)
    if entry is not None:
        f = _packaged_file(entry, assemble=assemble)
        if f is not None:
            src = ("chunks:" + entry["chunks"]["package"].format(n="N")) if entry.get("chunks") \
                else f"package:{entry['package']}"
            return _spec(entry["name"], f, src, entry)
        local = models_dir() / entry["file"]
        if local.exists():
            return _spec(entry["name"], local, "folder", entry)
        if entry.get("chunks"):
            raise ModelError(None, f"model {name!r} is not installed: {local} is missing or incomplete (run "
                                   f"`tweetsum models --install {entry['name']}` or scripts/setup.sh once; "
                                   f"it assembles the file from the pinned "
                                   f"{entry['chunks']['package'].format(n='N')} packages)")
        raise ModelError(None, f"model {name!r} is not available offline: package {entry.get('package')!r} is "
                               f"not installed and {local} does not exist (run scripts/setup.sh, or put "
                               f"{entry['file']} in the models folder)")
    p = Path(name).expanduser()
    looks_like_path = p.suffix.lower() == ".gguf" or os.sep in name or p.exists()
    if not looks_like_path:
        known = ", ".join(m["name"] for m in load_manifest())
        raise ModelError(None, f"unknown model {name!r} (known: {known}; or give a path to a .gguf file)")
    if not p.exists() and not p.is_absolute() and (models_dir() / p).exists():
        p = models_dir() / p
    entry = next((m for m in load_manifest() if m["file"] == p.name), None)
    source = "folder" if p.parent.resolve() == models_dir().resolve() else "path"
    return _spec(entry["name"] if entry else p.stem, p, source, entry)


def install_model(name: str, *, verify: bool = True, progress=None, wheel_dir: Path | None = None) -> Path:
    """Assemble a chunk-packaged model into the models folder (downloads its pinned packages: set-up only)."""
    from tweetsum.llm.chunks import assemble, file_sha256, is_assembled

    entry = _entry_for(name)
    if entry is None or not entry.get("chunks"):
        raise ModelError(None, f"{name!r} is not a chunk-packaged model (known: "
                               + ", ".join(m["name"] for m in load_manifest() if m.get("chunks")) + ")")
    target = models_dir() / entry["file"]
    if is_assembled(entry, target):
        if verify and file_sha256(target) != entry["sha256"]:
            bad = target.with_name(target.name + ".bad")
            os.replace(target, bad)
            raise ModelError(target, f"sha256 mismatch (moved aside to {bad.name}); run the install again")
        return target
    return assemble(entry, target, progress=progress, wheel_dir=wheel_dir)


@dataclass
class CatalogEntry:
    name: str
    source: str
    path: str | None
    ok: bool
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def list_models(extra: list[str | os.PathLike] | None = None) -> list[CatalogEntry]:
    """Every model usable offline (packaged, models folder, extra paths), with header details or the error."""
    out: list[CatalogEntry] = []
    seen: set[Path] = set()

    def add(name: str, source: str, path: Path | None, entry: dict[str, Any] | None, note: str | None = None):
        if path is None:
            out.append(CatalogEntry(name, source, None, ok=note is not None and "assembled" in note,
                                    details={"note": note} if note else {}, error=None if note else "not found"))
            return
        rp = path.resolve()
        if rp in seen:
            return
        seen.add(rp)
        try:
            spec = _spec(name, path, source, entry)
            out.append(CatalogEntry(name, source, str(path), True, spec.describe()))
        except ModelError as e:
            out.append(CatalogEntry(name, source, str(path), False, error=e.reason))

    for m in load_manifest():
        pkg = m.get("package")
        if m.get("chunks"):
            f = _packaged_file(m, assemble=False)
            src = "chunks:" + m["chunks"]["package"].format(n="N")
            if f is None:
                out.append(CatalogEntry(m["name"], src, None, ok=False,
                                        error=f"not installed (tweetsum models --install {m['name']})"))
            else:
                add(m["name"], src, f, m)
        elif pkg and _package_dir(pkg) is not None:
            f = _packaged_file(m, assemble=False)
            if f is None and m.get("assemble"):
                add(m["name"], f"package:{pkg}", None, m, note="assembled on first use")
            else:
                add(m["name"], f"package:{pkg}", f, m)
    d = models_dir()
    if d.is_dir():
        for f in sorted(d.glob("*.gguf")):
            entry = next((m for m in load_manifest() if m["file"] == f.name), None)
            add(entry["name"] if entry else f.stem, "folder", f, entry)
    for x in extra or []:
        p = Path(x).expanduser()
        entry = next((m for m in load_manifest() if m["file"] == p.name), None)
        add(entry["name"] if entry else p.stem, "path", p, entry)
    return out


# -- model hash ------------------------------------------------------------------------------------
_hash_memo: dict[tuple[str, int, int], str] = {}


def model_hash(path: str | os.PathLike) -> str:
    """Cheap but safe identity of a model file: sha256 of size + first and last 16 MiB (header, metadata and
    both ends of the tensor data), memoized per (path, size, mtime) in memory and in the user cache folder."""
    p = Path(path).resolve()
    st = p.stat()
    key = (str(p), st.st_size, st.st_mtime_ns)
    if key in _hash_memo:
        return _hash_memo[key]
    store = cache_dir() / "model_hashes.json"
    skey = f"{key[0]}|{key[1]}|{key[2]}"
    known: dict[str, str] = {}
    try:
        known = json.loads(store.read_text())
    except (OSError, ValueError):
        known = {}
    h = known.get(skey)
    if h is None:
        d = hashlib.sha256(_HASH_VERSION)
        d.update(str(st.st_size).encode())
        with open(p, "rb") as f:
            d.update(f.read(_HASH_CHUNK))
            if st.st_size > _HASH_CHUNK:
                f.seek(max(_HASH_CHUNK, st.st_size - _HASH_CHUNK))
                d.update(f.read(_HASH_CHUNK))
        h = d.hexdigest()
        known[skey] = h
        try:
            store.parent.mkdir(parents=True, exist_ok=True)
            tmp = store.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(known, indent=0))
            os.replace(tmp, store)
        except OSError:
            pass
    _hash_memo[key] = h
    return h
