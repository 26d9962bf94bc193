"""A small, dependency-free GGUF header reader.

Reads the key/value metadata and the tensor table of a ``.gguf`` file and checks that the file is long
enough to hold every tensor, so that a missing, truncated or non-GGUF file gets a clear :class:`ModelError`
naming the file and the reason *before* llama.cpp sees it (llama.cpp would crash or print a C++ error).

Format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md): magic ``GGUF``, uint32 version,
tensor count and KV count (uint64 since v2), the KVs, the tensor infos, padding to ``general.alignment``
(default 32), then the tensor data.
"""
from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ModelError(Exception):
    """A model file that cannot be used: missing, not GGUF, truncated, or unsupported."""

    def __init__(self, path: str | os.PathLike | None, reason: str):
        self.path = str(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


GGUF_MAGIC = b"GGUF"

# value types
_UINT8, _INT8, _UINT16, _INT16, _UINT32, _INT32, _FLOAT32, _BOOL, _STRING, _ARRAY, _UINT64, _INT64, _FLOAT64 = range(13)
_SCALAR = {
    _UINT8: "<B", _INT8: "<b", _UINT16: "<H", _INT16: "<h", _UINT32: "<I", _INT32: "<i",
    _FLOAT32: "<f", _BOOL: "<?", _UINT64: "<Q", _INT64: "<q", _FLOAT64: "<d",
}

# ggml tensor type -> (block size, bytes per block); from ggml.c's type_traits
GGML_TYPE_SIZES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34), 9: (32, 36),
    10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210), 15: (256, 292),
    16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110),
    22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8),
    29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17),
}

# general.file_type (llama_ftype) -> name
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
    12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
    19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
    26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16",
    36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4_MOE",
}

# arrays longer than this (token lists, merges, scores) are skipped, only their length is kept
_MAX_ARRAY_KEEP = 64


@dataclass
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int

    def nbytes(self) -> int | None:
        bs = GGML_TYPE_SIZES.get(self.ggml_type)
        if bs is None:
            return None
        n = 1
        for d in self.shape:
            n *= d
        block, size = bs
        return (n + block - 1) // block * size


@dataclass
class GGUFInfo:
    path: Path
    size: int
    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(repr=False)
    data_offset: int = 0
    expected_size: int = 0  # smallest file size that holds every tensor

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str | None:
        v = self.metadata.get("general.name")
        return str(v) if v is not None else None

    @property
    def context_length(self) -> int | None:
        v = self.metadata.get(f"{self.architecture}.context_length")
        return int(v) if v is not None else None

    @property
    def file_type(self) -> str:
        ft = self.metadata.get("general.file_type")
        if ft is None:
            return "unknown"
        return FILE_TYPES.get(int(ft), f"type {ft}")

    @property
    def chat_template(self) -> str | None:
        t = self.metadata.get("tokenizer.chat_template")
        return t if isinstance(t, str) and t.strip() else None

    @property
    def n_params(self) -> int:
        total = 0
        for t in self.tensors:
            n = 1
            for d in t.shape:
                n *= d
            total += n
        return total


class _Reader:
    def __init__(self, buf, path: Path):
        self.buf = buf
        self.pos = 0
        self.path = path

    def take(self, n: int) -> bytes:
        end = self.pos + n
        if n < 0 or end > len(self.buf):
            raise ModelError(self.path, f"truncated GGUF header (needs byte {end}, file has {len(self.buf)})")
        b = self.buf[self.pos:end]
        self.pos = end
        return b

    def scalar(self, fmt: str):
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.take(size))[0]

    def string(self) -> str:
        n = self.scalar("<Q")
        if n > 1 << 30:
            raise ModelError(self.path, f"corrupt GGUF header (string length {n} at byte {self.pos - 8})")
        return self.take(n).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.scalar("<Q")
        if n > 1 << 30:
            raise ModelError(self.path, f"corrupt GGUF header (string length {n})")
        self.pos += n
        if self.pos > len(self.buf):
            raise ModelError(self.path, "truncated GGUF header (inside a string)")

    def value(self, vtype: int):
        if vtype in _SCALAR:
            return self.scalar(_SCALAR[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            itype = self.scalar("<I")
            count = self.scalar("<Q")
            if count > 1 << 32:
                raise ModelError(self.path, f"corrupt GGUF header (array of {count} items)")
            if count <= _MAX_ARRAY_KEEP:
                return [self.value(itype) for _ in range(count)]
            if itype in _SCALAR:
                self.take(struct.calcsize(_SCALAR[itype]) * count)
            elif itype == _STRING:
                for _ in range(count):
                    self.skip_string()
            else:
                for _ in range(count):
                    self.value(itype)
            return _Skipped(count)
        raise ModelError(self.path, f"corrupt GGUF header (unknown value type {vtype} at byte {self.pos - 4})")


class _Skipped:
    """Placeholder for a long array (e.g. the token list); keeps only its length."""

    def __init__(self, count: int):
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __repr__(self) -> str:
        return f"<array of {self.count}>"


def read_gguf(path: str | os.PathLike) -> GGUFInfo:
    """Read and check a GGUF file's header; raise :class:`ModelError` for anything llama.cpp would choke on."""
    p = Path(path).expanduser()
    if not p.exists():
        raise ModelError(p, "file not found")
    if p.is_dir():
        raise ModelError(p, "is a directory, not a GGUF file")
    size = p.stat().st_size
    if size < 24:
        raise ModelError(p, f"not a GGUF file (only {size} bytes)")
    with open(p, "rb") as f:
        magic = f.read(4)
        if magic != GGUF_MAGIC:
            raise ModelError(p, f"not a GGUF file (starts with {magic!r}, expected b'GGUF')")
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            r = _Reader(mm, p)
            r.take(4)
            version = r.scalar("<I")
            if version not in (1, 2, 3):
                raise ModelError(p, f"unsupported GGUF version {version}")
            count_fmt = "<I" if version == 1 else "<Q"
            n_tensors = r.scalar(count_fmt)
            n_kv = r.scalar(count_fmt)
            if n_tensors > 1 << 24 or n_kv > 1 << 24:
                raise ModelError(p, f"corrupt GGUF header ({n_tensors} tensors, {n_kv} keys)")
            meta: dict[str, Any] = {}
            for _ in range(n_kv):
                key = r.string()
                vtype = r.scalar("<I")
                meta[key] = r.value(vtype)
            tensors: list[TensorInfo] = []
            for _ in range(n_tensors):
                name = r.string()
                n_dims = r.scalar("<I")
                if n_dims > 8:
                    raise ModelError(p, f"corrupt GGUF header (tensor {name!r} has {n_dims} dimensions)")
                shape = tuple(r.scalar("<Q") for _ in range(n_dims))
                ggml_type = r.scalar("<I")
                offset = r.scalar("<Q")
                tensors.append(TensorInfo(name, shape, ggml_type, offset))
            header_end = r.pos
    alignment = int(meta.get("general.alignment", 32) or 32)
    data_offset = (header_end + alignment - 1) // alignment * alignment
    expected = data_offset
    for t in tensors:
        nb = t.nbytes()
        expected = max(expected, data_offset + t.offset + (nb or 0))
    info = GGUFInfo(path=p, size=size, version=version, metadata=meta, tensors=tensors,
                    data_offset=data_offset, expected_size=expected)
    if size < expected:
        raise ModelError(p, f"truncated: the tensor data needs {expected} bytes but the file has {size} "
                            f"({expected - size} missing; an interrupted download or copy?)")
    if not tensors:
        raise ModelError(p, "GGUF file holds no tensors (vocabulary-only file?)")
    return info
