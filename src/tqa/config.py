"""Project defaults from ``tqa.toml`` (or ``[tool.tqa]`` in ``pyproject.toml``).

Example ``tqa.toml``::

    select = ["number", "date", "name"]   # rule codes, code prefixes or families
    ignore = ["TQA013"]                   # e.g. doubled spaces are fine here
    fail-on = "major"
    fast = false
    format = "text"                       # default report format (see tqa check --help)
    glossary = ["glossary/newsroom.tbx"]  # relative to the config file
    [severity]
    TQA031 = "info"                       # per-rule severity override

Command-line options win over the file.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from .document import SEVERITIES
from .io import InputError
from .report import FORMATS

KNOWN_KEYS = {"select", "ignore", "fail-on", "fast", "glossary", "severity", "format"}


def find_config(start: Path | None = None) -> Path | None:
    """``./tqa.toml``, else ``./pyproject.toml`` when it has a ``[tool.tqa]`` table."""
    folder = start or Path.cwd()
    candidate = folder / "tqa.toml"
    if candidate.is_file():
        return candidate
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        try:
            if "tqa" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                return pyproject
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            return None  # someone else's broken pyproject is not our input
    return None


def load_config(path: Path | str) -> dict:
    """Validated settings from a config file; raises :class:`InputError` on a bad one."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        raise InputError(path, f"not a valid TOML config: {error}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("tqa", {})
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise InputError(path, f"unknown config key(s): {', '.join(sorted(unknown))}")
    for key in ("select", "ignore", "glossary"):
        if key in data and isinstance(data[key], str):
            data[key] = [data[key]]
        if key in data and (not isinstance(data[key], list) or not all(isinstance(item, str) for item in data[key])):
            raise InputError(path, f"'{key}' must be a list of strings")
    if "fail-on" in data and data["fail-on"] not in (*SEVERITIES[:3], "never"):
        raise InputError(path, f"'fail-on' must be critical, major, minor or never, not {data['fail-on']!r}")
    if "fast" in data and not isinstance(data["fast"], bool):
        raise InputError(path, f"'fast' must be true or false, not {data['fast']!r}")
    if "format" in data and data["format"] not in FORMATS:
        raise InputError(path, f"'format' must be one of {', '.join(sorted(FORMATS))}, not {data['format']!r}")
    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(value not in SEVERITIES for value in severity.values()):
        raise InputError(path, f"[severity] values must be one of {', '.join(SEVERITIES)}")
    data["glossary"] = [str((path.parent / item)) for item in data.get("glossary", [])]
    return data
