"""CI refuses a half-installed machine: a skip for a missing component fails when CI=true, and the namespace
offline proof fails in CI when `unshare -n` is refused (a bare clone still skips, with the reason)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run_pytest(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess:
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    (tmp_path / "hostile_tweets.py").write_text((ROOT / "tests" / "hostile_tweets.py").read_text(encoding="utf-8"))
    (tmp_path / "test_x.py").write_text(
        "import pytest\n"
        "def test_needs_jekyll():\n"
        "    pytest.skip(\"Debian's jekyll is not installed (make test installs it)\")\n"
        "def test_other_platform():\n"
        "    pytest.skip('symlinks need posix')\n")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                          capture_output=True, text=True, env=env, cwd=tmp_path)


def test_missing_component_skip_fails_in_ci(tmp_path):
    r = _run_pytest(tmp_path, ci=True)
    assert r.returncode == 1 and "1 failed" in r.stdout and "1 skipped" in r.stdout, r.stdout
    assert "CI: refused skip" in r.stdout


def test_missing_component_skip_skips_in_a_bare_clone(tmp_path):
    r = _run_pytest(tmp_path, ci=False)
    assert r.returncode == 0 and "2 skipped" in r.stdout, r.stdout


def _offline_check(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess:
    fake = tmp_path / "unshare"
    fake.write_text("#!/bin/sh\necho 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n")
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["UNSHARE"] = str(fake)
    if ci:
        env["CI"] = "true"
    return subprocess.run(["bash", str(ROOT / "scripts" / "offline_check.sh")], capture_output=True, text=True,
                          env=env)


def test_refused_unshare_fails_the_offline_proof_in_ci(tmp_path):
    r = _offline_check(tmp_path, ci=True)
    assert r.returncode == 1 and "FAILED in CI" in r.stderr


def test_refused_unshare_is_a_stated_skip_outside_ci(tmp_path):
    r = _offline_check(tmp_path, ci=False)
    assert r.returncode == 0 and "skipped: unshare -n is not permitted" in r.stdout
