"""Compare the packaged GGUF models on one busy day of TweetTopic 2020 (thin wrapper over `tweetsum bench`).

Builds an official-layout archive of 2020-02-23 (105 tweets, the busiest day) from
../shared/data/tweettopic/train_2020.jsonl with devkit.devdata, ingests it into a temporary database and runs
`tweetsum bench` on it (all tweets, 3 topics, English summaries). Results: benchmarks/results/<out>/bench.{json,csv,png}.

    .venv/bin/python benchmarks/bench_models.py [--threads 1] [--repeat 1] [--model smollm2 --model gemma3-270m]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devkit.devdata import load_tweettopic, tweettopic_path, write_official_archive  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--day", default="2020-02-23")
    ap.add_argument("--model", action="append")
    ap.add_argument("--threads", default="1", help="1 on a shared 2-core machine (spin-waiting threads collapse)")
    ap.add_argument("--repeat", default="1")
    ap.add_argument("--max-topics", default="3")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    if not tweettopic_path().is_file():
        print(f"benchmark data not found: {tweettopic_path()} (the shared TweetTopic data set is needed)",
              file=sys.stderr)
        return 2
    from tweetsum.cli import app
    from tweetsum.ingest.pipeline import ingest_paths
    from tweetsum.store.db import Store

    rows = [r for r in load_tweettopic() if r["date"][:10] == a.day]
    out = a.out or ROOT / "benchmarks" / "results" / f"bench_tweettopic_{a.day}"
    with tempfile.TemporaryDirectory(prefix="tweetsum-bench-models-") as tmp:
        arch = write_official_archive(rows, Path(tmp) / "archive", accounts=8)
        db = Path(tmp) / "t.db"
        with Store(db) as st:
            ingest_paths(st, [arch], workers=1)
        args = ["bench", "--db", str(db), "--since", a.day, "--until", a.day, "--tz", "UTC", "--all-tweets",
                "--max-topics", a.max_topics, "--lang", a.lang, "--threads", a.threads, "--repeat", a.repeat,
                "--out", str(out)]
        for m in a.model or ["smollm2", "gemma3-270m"]:
            args += ["--model", m]
        try:
            rc = app(args, standalone_mode=False)
        except SystemExit as e:
            rc = e.code
    return int(rc or 0)


if __name__ == "__main__":
    raise SystemExit(main())
