#!/usr/bin/env bash
# The demo: ingest the bundled sample archives, show the topics, write the AI digest post (zh) with the
# default packaged models. Everything stays on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-out/demo}
TS=.venv/bin/tweetsum
mkdir -p "$OUT"
export TWEETSUM_DB="$OUT/demo.db"
echo "== ingest: tweetsum/sample/archives"
$TS ingest tweetsum/sample/archives
echo "== topics: 2026-01-20 .. 2026-01-22 (+08:00), theme AI"
# into a log (`make demo | tee demo.log`): one representative tweet a topic, so a topic is one line
TOP=3; [ -t 1 ] || TOP=1
$TS topics --since 2026-01-20 --until 2026-01-22 --tz +08:00 --theme AI --top $TOP
echo "== report"
$TS report --since 2026-01-20 --until 2026-01-22 --tz +08:00 --theme AI --lang zh --out "$OUT" \
  --now "2026-01-23 08:00:00 +0800" --max-topics 5
