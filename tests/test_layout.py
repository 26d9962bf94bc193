"""The package's layout rules, checked by walking every import in ``tweetsum/`` (issue 15).

- Data flows one way: a module imports only its own unit or the units listed before it in ``LAYERS``
  (sources → store → select → embed → topics → summarize → verify → compose → render, then the run, the model bench and
  the CLI on top). The CLI is imported by nothing below it; progress is reported through callbacks.
- Nothing imports another module's private (``_``-prefixed) names.
- ``devkit/`` (fixture builders, the network guard) is never imported by the package, so the wheel runs without it.
- No file in the package is longer than 400 lines.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "tweetsum"

# Lowest first. A unit is a module or a subpackage of tweetsum.
LAYERS = [
    "tweetsum.offline", "tweetsum", "tweetsum.core", "tweetsum.store", "tweetsum.ingest", "tweetsum.embed",
    "tweetsum.selection", "tweetsum.topics", "tweetsum.llm", "tweetsum.summarize", "tweetsum.verify", "tweetsum.report",
    "tweetsum.run", "tweetsum.modelbench", "tweetsum.commands", "tweetsum.cli",
]
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _unit(module: str) -> str:
    best = ""
    for u in LAYERS:
        if (module == u or module.startswith(u + ".")) and len(u) > len(best):
            best = u
    return best


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, absolute module, imported names) for every import in a file, relative ones resolved."""
    mod = _module_name(path)
    pkg = mod.split(".") if path.name == "__init__.py" else mod.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name, []) for a in node.names)
    return found


def _files() -> list[Path]:
    files = sorted(p for p in PKG.rglob("*.py") if "sample" not in p.parts)
    assert len(files) > 40, "the walk found too few modules to be a check"
    return files


def _resolve(target: str, name: str) -> str:
    """``from tweetsum.report import i18n`` imports the module tweetsum.report.i18n."""
    sub = f"{target}.{name}"
    p = PKG.parent.joinpath(*sub.split("."))
    return sub if p.with_suffix(".py").exists() or (p / "__init__.py").exists() else target


def test_imports_flow_one_way():
    bad = []
    for f in _files():
        here = _module_name(f)
        rank = LAYERS.index(_unit(here))
        for line, target, names in _imports(f):
            if target.startswith("devkit"):
                bad.append(f"{f.relative_to(PKG.parent)}:{line} imports {target} (devkit is not in the wheel)")
            if not target.startswith("tweetsum"):
                continue
            for t in {_resolve(target, n) for n in names} or {target}:
                unit = _unit(t)
                if not unit:
                    bad.append(f"{f.relative_to(PKG.parent)}:{line} imports {t}, which is in no layer")
                elif LAYERS.index(unit) > rank:
                    bad.append(f"{f.relative_to(PKG.parent)}:{line}: {_unit(here)} imports {t} (a higher layer)")
    assert not bad, "\n".join(bad)


def test_no_private_names_across_modules():
    bad = []
    for f in _files():
        here = _module_name(f)
        for line, target, names in _imports(f):
            if target.startswith("tweetsum") and target != here:
                bad += [f"{f.relative_to(PKG.parent)}:{line} imports {target}.{n}" for n in names
                        if n.startswith("_") and not n.startswith("__")]
    assert not bad, "\n".join(bad)


def test_no_file_over_400_lines():
    long = {str(f.relative_to(PKG.parent)): n for f in _files()
            if (n := len(f.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not long, long


@pytest.mark.parametrize("broken", ["tweetsum/embed.py", "tweetsum/store/db.py"])
def test_the_walk_sees_a_violation(tmp_path, broken, monkeypatch):
    """The check can fail: a copy of the package where a low layer imports the CLI is caught."""
    import shutil
    copy = tmp_path / "tweetsum"
    shutil.copytree(PKG, copy, ignore=shutil.ignore_patterns("sample", "__pycache__", "*.j2", "*.txt"))
    (copy / Path(broken).relative_to("tweetsum")).open("a").write("\nfrom tweetsum.commands import console\n")
    monkeypatch.setattr(__import__(__name__), "PKG", copy)
    with pytest.raises(AssertionError, match="imports tweetsum.commands"):
        test_imports_flow_one_way()


def test_wheel_ships_the_package_without_devkit_or_tests(tmp_path):
    """``pip wheel .`` holds tweetsum (its templates, word lists, sample and models manifest) and nothing of
    devkit/ or tests/: fixture builders and the network guard are for development only."""
    import subprocess
    import sys
    import zipfile

    root = PKG.parent
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(tmp_path), str(root)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("tweetsum-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"tweetsum", wheel.name.split("-py3")[0] + ".dist-info"}
    assert "tweetsum/llm/manifest.json" in names and "tweetsum/templates/post.md.j2" in names
    assert not [n for n in names if "devkit" in n or "/tests/" in n]
