#!/usr/bin/env bash
# Run the offline proof (tests/test_hardening_offline.py) inside a network namespace with no interfaces
# (not even loopback up), so any network use by native code fails too. Needs root or user namespaces;
# when `unshare -n` is not permitted it says so and exits 0 (the in-process socket guard still ran in `make test`),
# except in CI (CI=true), where a proof that could not run is a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
UNSHARE=${UNSHARE:-unshare}  # tests point this at a refusing stand-in
skip() {
  if [ "${CI:-}" = "true" ]; then echo "offline_check: FAILED in CI: $1" >&2; exit 1; fi
  echo "offline_check: skipped: $1"; exit 0
}
command -v "$UNSHARE" >/dev/null 2>&1 || skip "unshare is not installed (util-linux)"
if "$UNSHARE" -n true 2>/dev/null; then NS=("$UNSHARE" -n)
elif "$UNSHARE" -rn true 2>/dev/null; then NS=("$UNSHARE" -rn)
else
  skip "unshare -n is not permitted here (needs root or unprivileged user namespaces)"
fi
echo "offline_check: running tests/test_hardening_offline.py in an empty network namespace (${NS[*]})"
exec "${NS[@]}" sh -c 'ip -o link 2>/dev/null | grep -v " lo:" | grep -q . && { echo "offline_check: namespace has interfaces" >&2; exit 1; }; exec "$0" -m pytest -q -p no:cacheprovider tests/test_hardening_offline.py "$@"' "$PY" "$@"
