#!/usr/bin/env bash
# Run the offline proof (tests/test_hardening_offline.py) inside a network namespace with no interfaces
# (not even loopback up), so any network use by native code fails too. Needs root or user namespaces;
# when `unshare -n` is not permitted it says so and exits 0 (the in-process socket guard still ran in `make test`).
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
if ! command -v unshare >/dev/null 2>&1; then
  echo "offline_check: skipped: unshare is not installed (util-linux)"; exit 0
fi
if unshare -n true 2>/dev/null; then NS=(unshare -n)
elif unshare -rn true 2>/dev/null; then NS=(unshare -rn)
else
  echo "offline_check: skipped: unshare -n is not permitted here (needs root or unprivileged user namespaces)"; exit 0
fi
echo "offline_check: running tests/test_hardening_offline.py in an empty network namespace (${NS[*]})"
exec "${NS[@]}" sh -c 'ip -o link 2>/dev/null | grep -v " lo:" | grep -q . && { echo "offline_check: namespace has interfaces" >&2; exit 1; }; exec "$0" -m pytest -q -p no:cacheprovider tests/test_hardening_offline.py "$@"' "$PY" "$@"
