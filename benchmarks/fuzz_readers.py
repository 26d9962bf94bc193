"""Mutation fuzzer for the ingest readers.

Seeds: official-layout archives from the bundled sample (folders and zips) and devdata-built files (official
archive, scraper JSONL, X API v2 JSON, CSV). Each case applies one or more mutations — truncate, flip/insert/
delete bytes, drop or retype a field, wrong encodings (latin-1, cp1252, GBK, UTF-16/32 with and without BOM),
huge strings, deep nesting, duplicated/renamed records, zip variants (stored, truncated, duplicated entries,
zip in zip, junk before the header) — then ingests the result into an in-memory store and checks:

* no exception escapes ``ingest_paths`` (a "traceback"), and every error message is one line naming the file;
* per file: ``stored + updated + unchanged + rejected == records``.

    python benchmarks/fuzz_readers.py [--cases 10000] [--seed 0]

tests/test_hardening_fuzz.py runs a few hundred cases of the same generator.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # devkit/ (fixture builders) lives in the repository, not the wheel
SAMPLE = ROOT / "tweetsum" / "sample" / "archives"
SAMPLE_ACCOUNTS = ["adam_audits", "bai_shuju", "mei_bilingual", "noah_newsletter"]  # some with note-tweets


# -- seeds ---------------------------------------------------------------------------------------------------
def _dev_rows(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    t0 = datetime(2024, 3, 1, tzinfo=timezone.utc)
    words = ["AI", "agents", "模型", "推理", "GPU", "$NVDA", "#LLM", "@ann", "https://example.com/x", "&amp;", "café",
             "🤖", "open-weight", "成本", "release"]
    rows = []
    for i in range(n):
        when = t0 + timedelta(minutes=37 * i)
        ms = int(when.timestamp() * 1000) - 1288834974657
        rows.append({"id": str((ms << 22) + i), "text": " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))})
    return rows


def build_seeds(root: Path) -> list[Path]:
    """Write the seed inputs under ``root``; returns one path per seed (file, folder or zip)."""
    from devkit import devdata

    root.mkdir(parents=True, exist_ok=True)
    seeds: list[Path] = []
    for acc in SAMPLE_ACCOUNTS:
        src = SAMPLE / acc
        if src.exists():
            dst = root / f"sample_{acc}"
            shutil.copytree(src, dst)
            seeds.append(dst)
            z = root / f"sample_{acc}.zip"
            with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
                for p in sorted(dst.rglob("*")):
                    if p.is_file():
                        zf.write(p, p.relative_to(dst).as_posix())
            seeds.append(z)
    rows = _dev_rows(12, 7)
    seeds.append(devdata.write_official_archive(rows, root / "dev_official", long_posts=True))
    seeds.append(devdata.write_official_archive(rows, root / "dev_official.zip", as_zip=True, accounts=2))
    seeds.append(devdata.write_jsonl(rows, root / "dev.jsonl", accounts=2))
    seeds.append(devdata.write_api_v2(rows, root / "dev_api.json", page_size=5, accounts=2))
    seeds.append(devdata.write_csv(rows, root / "dev.csv", accounts=2))
    return [s for s in seeds if s.exists()]


# -- mutations -----------------------------------------------------------------------------------------------
_JS_PREFIX = b"window."
HUGE = 300_000


def _split_js(data: bytes) -> tuple[bytes, bytes]:
    """(``window.YTD.x.part0 = `` prefix, JSON body) of an archive .js file; prefix b'' for plain JSON."""
    if data.startswith(_JS_PREFIX) and b"=" in data[:200]:
        i = data.index(b"=") + 1
        return data[:i] + b" ", data[i:]
    return b"", data


def _walk_dicts(obj, out):
    if isinstance(obj, dict):
        out.append(obj)
        for v in obj.values():
            _walk_dicts(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _walk_dicts(v, out)
    return out


def _odd_value(rng: random.Random):
    return rng.choice([
        None, True, False, 0, -1, 2 ** 70, 1.5e308, float("nan") if rng.random() < 0.1 else 3.25, "", " ", "null",
        "abc", "12345678901234567890123", "\u202e\u200b", "x" * HUGE, [], {}, [1, "2", None], {"a": {"b": []}},
        "Wed Oct 10 20:19:24 +0000 2018", "2026-13-45T99:99:99Z", "-1", "1e5", "\ud800" if rng.random() < 0.3 else "é",
    ])


def _deep(depth: int):
    v: object = "deep"
    for _ in range(depth):
        v = [v]
    return v


def mutate_json(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    prefix, body = _split_js(data)
    text_kind = "csv" if b"," in body[:200] and not body.lstrip().startswith((b"{", b"[")) else "json"
    if text_kind != "json":
        return mutate_bytes(data, rng)
    if body.lstrip().startswith(b"{") and b"\n{" in body:  # JSONL
        lines = body.split(b"\n")
        k = rng.randrange(len(lines))
        try:
            obj = json.loads(lines[k])
        except Exception:
            return mutate_bytes(data, rng)
        obj, what = _mutate_obj(obj, rng)
        lines[k] = _dumps(obj)
        return b"\n".join(lines), "jsonl/" + what
    try:
        obj = json.loads(body)
    except Exception:
        return mutate_bytes(data, rng)
    obj, what = _mutate_obj(obj, rng)
    return prefix + _dumps(obj), "json/" + what


def _dumps(obj) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except (ValueError, RecursionError):
        return b'"unserialisable"'


def _mutate_obj(obj, rng: random.Random):
    dicts = _walk_dicts(obj, [])
    op = rng.choice(["drop", "retype", "retype", "huge", "deep", "dup", "empty", "rename", "wrap"])
    if not dicts or op == "wrap":
        return ({"data": obj} if rng.random() < 0.5 else [obj, obj]), "wrap"
    d = rng.choice(dicts)
    if not d:
        d["x"] = 1
    key = rng.choice(list(d))
    if op == "drop":
        del d[key]
    elif op == "retype":
        d[key] = _odd_value(rng)
    elif op == "huge":
        d[key] = rng.choice(["é" * HUGE, "A" * (HUGE * 3), "[" * 50_000, " " * HUGE])
    elif op == "deep":
        d[key] = _deep(rng.choice([50, 400, 5000]))
    elif op == "dup":
        if isinstance(obj, list) and obj:
            obj.extend(rng.choice(obj) for _ in range(rng.randint(1, 5)))
        else:
            d[key + "_copy"] = d[key]
    elif op == "empty":
        d.clear()
    elif op == "rename":
        d[key[::-1] or "k"] = d.pop(key)
    return obj, op


def mutate_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    op = rng.choice(["truncate", "flip", "insert", "delete", "encode", "nul", "crlf", "bom", "repeat"])
    b = bytearray(data)
    if not b:
        return bytes(rng.randbytes(rng.randint(1, 64))), "random"
    if op == "truncate":
        return bytes(b[: rng.randrange(len(b))]), op
    if op == "flip":
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return bytes(b), op
    if op == "insert":
        i = rng.randrange(len(b) + 1)
        junk = rng.choice([rng.randbytes(rng.randint(1, 32)), b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\"", b"]",
                           b"}", b",", b"\\", b"\\u", b"\x00"])
        return bytes(b[:i] + junk + b[i:]), op
    if op == "delete":
        i = rng.randrange(len(b))
        return bytes(b[:i] + b[i + rng.randint(1, 64):]), op
    if op == "encode":
        text = data.decode("utf-8", "replace")
        enc = rng.choice(["latin-1", "cp1252", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig",
                          "shift_jis"])
        return text.encode(enc, "replace"), f"encode/{enc}"
    if op == "nul":
        return bytes(b).replace(b" ", b"\x00", rng.randint(1, 20)), op
    if op == "crlf":
        return bytes(b).replace(b"\n", b"\r\n"), op
    if op == "bom":
        return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + bytes(b), op
    return bytes(b) * rng.randint(2, 3), op


def mutate_file(p: Path, rng: random.Random) -> str:
    data = p.read_bytes()
    if rng.random() < 0.55:
        new, what = mutate_json(data, rng)
    else:
        new, what = mutate_bytes(data, rng)
    p.write_bytes(new)
    return f"{p.name}:{what}"


def mutate_zip(z: Path, rng: random.Random, work: Path) -> str:
    data = z.read_bytes()
    op = rng.choice(["entry", "entry", "stored", "truncate", "flip", "dup", "nested", "junk_prefix", "comment"])
    if op in ("truncate", "flip"):
        new, _ = mutate_bytes(data, rng) if op == "flip" else (data[: rng.randrange(len(data))], None)
        z.write_bytes(new)
        return f"zip/{op}"
    if op == "junk_prefix":
        z.write_bytes(rng.randbytes(rng.randint(1, 200)) + data)
        return "zip/junk_prefix"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            entries = [(i, zf.read(i)) for i in zf.infolist()]
    except Exception:  # already broken by an earlier mutation of this case: mutate its bytes instead
        new, what = mutate_bytes(data, rng)
        z.write_bytes(new)
        return "zip/bytes/" + what
    names = [i.filename for i, _ in entries]
    out = io.BytesIO()
    what = f"zip/{op}"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED if op == "stored" else zipfile.ZIP_DEFLATED) as zf:
        if op == "comment":
            zf.comment = rng.randbytes(100)
        target = rng.choice([n for n in names if n.endswith("tweets.js")] or names)
        for info, content in entries:
            name = info.filename
            if name == target and op == "entry":
                tmp = work / "entry.bin"
                tmp.write_bytes(content)
                what += "/" + mutate_file(tmp, rng)
                content = tmp.read_bytes()
            zf.writestr(name, content)
            if op == "dup" and name == target:
                zf.writestr(name, content[: len(content) // 2])
        if op == "nested":
            zf.writestr("data/inner.zip", data)
    with open(z, "wb") as f:
        f.write(out.getvalue())
    return what


def make_case(seed_path: Path, work: Path, rng: random.Random) -> tuple[Path, list[str]]:
    """Copy a seed into ``work`` and mutate it 1-3 times; returns the path to ingest and what was done."""
    dst = work / seed_path.name
    if seed_path.is_dir():
        shutil.copytree(seed_path, dst)
    else:
        shutil.copy(seed_path, dst)
    done = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if dst.suffix == ".zip":
            done.append(mutate_zip(dst, rng, work))
        elif dst.is_dir():
            files = sorted(p for p in dst.rglob("*") if p.is_file())
            weights = [5 if p.name == "tweets.js" else 2 if p.name in ("account.js", "note-tweet.js") else 1
                       for p in files]
            f = rng.choices(files, weights)[0]
            if rng.random() < 0.05:
                f.unlink()
                done.append(f"rm {f.name}")
            else:
                done.append(mutate_file(f, rng))
        else:
            done.append(mutate_file(dst, rng))
    return dst, done


# -- one case ------------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    records: int = 0
    stored: int = 0
    rejected: int = 0
    errors: int = 0
    traceback: str | None = None
    invariant_ok: bool = True
    bad_message: str | None = None
    what: list[str] = field(default_factory=list)


def run_case(path: Path) -> Outcome:
    from tweetsum.ingest import ingest_paths
    from tweetsum.store.db import Store

    out = Outcome()
    try:
        with Store(":memory:") as store:
            rep = ingest_paths(store, [path], workers=1)
            for f in rep.files:
                out.records += f.records
                out.stored += f.stored
                out.rejected += f.rejected
                if f.stored + f.updated + f.unchanged + f.rejected != f.records:
                    out.invariant_ok = False
            # what the report says was stored is what the store holds
            if store.count() != rep.stored:
                out.invariant_ok = False
            for msg in rep.errors + [e for f in rep.files for e in f.examples]:
                if "\n" in msg or "Traceback" in msg or not msg.strip():
                    out.bad_message = msg[:300]
            out.errors = len(rep.errors)
    except BaseException as e:  # noqa: BLE001 - the point is to catch anything
        if isinstance(e, KeyboardInterrupt):
            raise
        out.traceback = "".join(traceback.format_exception(e))[-3000:]
    return out


def fuzz(cases: int, seed: int = 0, work_root: Path | None = None, progress: bool = False) -> dict:
    rng = random.Random(seed)
    warnings.filterwarnings("ignore", "Duplicate name", UserWarning)  # zip variants with duplicated entries
    tmp_ctx = tempfile.TemporaryDirectory(prefix="tweetsum-fuzz-", dir=work_root)
    tmp = Path(tmp_ctx.name)
    try:
        seeds = build_seeds(tmp / "seeds")
        stats = {"cases": 0, "tracebacks": 0, "invariant_failures": 0, "bad_messages": 0, "records": 0,
                 "stored": 0, "rejected": 0, "source_errors": 0, "examples": [], "seeds": len(seeds)}
        t0 = time.perf_counter()
        for n in range(cases):
            work = tmp / f"case{n}"
            work.mkdir()
            seed_path = seeds[n % len(seeds)]
            crng = random.Random(rng.getrandbits(64))
            path, what = make_case(seed_path, work, crng)
            o = run_case(path)
            stats["cases"] += 1
            stats["records"] += o.records
            stats["stored"] += o.stored
            stats["rejected"] += o.rejected
            stats["source_errors"] += o.errors
            bad = None
            if o.traceback:
                stats["tracebacks"] += 1
                bad = o.traceback
            if not o.invariant_ok:
                stats["invariant_failures"] += 1
                bad = bad or "invariant stored+updated+unchanged+rejected == records broken"
            if o.bad_message:
                stats["bad_messages"] += 1
                bad = bad or f"multi-line or empty message: {o.bad_message!r}"
            if bad and len(stats["examples"]) < 5:
                stats["examples"].append({"case": n, "seed": seed_path.name, "mutations": what, "problem": bad})
            shutil.rmtree(work, ignore_errors=True)
            if progress and (n + 1) % 500 == 0:
                print(f"  {n + 1} cases, {time.perf_counter() - t0:.0f}s, tracebacks {stats['tracebacks']}",
                      file=sys.stderr)
        stats["seconds"] = round(time.perf_counter() - t0, 1)
        return stats
    finally:
        tmp_ctx.cleanup()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    s = fuzz(a.cases, a.seed, progress=True)
    print(f"fuzz_readers: seeds {s['seeds']}, cases {s['cases']} in {s['seconds']}s "
          f"({s['cases'] / max(s['seconds'], 1e-9):.0f}/s)")
    print(f"  records read {s['records']}, stored {s['stored']}, rejected {s['rejected']}, "
          f"whole-source errors {s['source_errors']}")
    print(f"  tracebacks: {s['tracebacks']} (must be 0)")
    print(f"  stored + updated + unchanged + rejected == records in every case: "
          f"{'yes' if s['invariant_failures'] == 0 else 'NO (%d cases)' % s['invariant_failures']}")
    print(f"  one-line error messages in every case: {'yes' if s['bad_messages'] == 0 else 'NO'}")
    for ex in s["examples"]:
        print(json.dumps(ex, ensure_ascii=False)[:3000])
    return 0 if s["tracebacks"] == s["invariant_failures"] == s["bad_messages"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
