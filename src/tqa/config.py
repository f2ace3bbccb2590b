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
    [per-file-ignores]
    "legal/*.xlf" = ["TQA301"]            # findings of these rules suppressed in matching files

Command-line options win over the file.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from .document import SEVERITIES
from .io import InputError
from .report import FORMATS

KNOWN_KEYS = {"select", "ignore", "fail-on", "fast", "glossary", "severity", "format", "per-file-ignores"}
FAIL_ON = (*SEVERITIES[:3], "never")


def find_config(start: Path | None = None) -> Path | None:
    """The nearest config, walking up from ``start`` (the current folder) to the root of the
    repository it is in (a folder holding ``.git``), as ruff does: in each folder
    ``tqa.toml``, else ``pyproject.toml`` when it has a ``[tool.tqa]`` table (or a ``tqa`` key
    under ``[tool]`` of any type: a wrong one is then reported, not ignored)."""
    folder = (start or Path.cwd()).resolve()
    for current in (folder, *folder.parents):
        found = _config_in(current)
        if found is not None:
            return found
        if (current / ".git").exists():
            return None  # the repository's root: settings above it belong to something else
    return None


def _config_in(folder: Path) -> Path | None:
    candidate = folder / "tqa.toml"
    if candidate.is_file():
        return candidate
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        try:
            tool = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError, RecursionError):
            return None  # someone else's broken pyproject is not our input
        if isinstance(tool, dict) and "tqa" in tool:
            return pyproject
    return None


def _kind(value) -> str:
    """How a TOML value is named in an error: its type, then the value itself."""
    if isinstance(value, bool):
        kind = "a boolean"
    elif isinstance(value, (int, float)):
        kind = "a number"
    elif isinstance(value, str):
        kind = "a string"
    elif isinstance(value, list):
        kind = "a list"
    elif isinstance(value, dict):
        kind = "a table"
    else:
        kind = "a date or time"
    shown = repr(value)
    return f"{kind} ({shown if len(shown) <= 40 else shown[:37] + '...'})"


def _string_list(path, data: dict, key: str) -> None:
    """``key`` holds one string or a list of strings; made a list."""
    if key not in data:
        return
    value = data[key]
    if isinstance(value, str):
        value = data[key] = [value]
    if not isinstance(value, list):
        raise InputError(path, f"'{key}' must be a list of strings (or one string), not {_kind(value)}")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InputError(path, f"'{key}' must be a list of strings (or one string); "
                                   f"it holds {_kind(item) if not isinstance(item, str) else 'an empty string'}")


def _choice(path, data: dict, key: str, choices, described: str) -> None:
    if key in data and (not isinstance(data[key], str) or data[key] not in choices):
        raise InputError(path, f"'{key}' must be {described}, not {_kind(data[key])}")


def validate_config(data, path) -> dict:
    """The settings of a config table, every key checked by type and value; an
    :class:`InputError` (one line naming the file and the key) for the first bad one."""
    if not isinstance(data, dict):
        raise InputError(path, f"[tool.tqa] must be a table of settings, not {_kind(data)}")
    data = dict(data)
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise InputError(path, f"unknown config key(s): {', '.join(sorted(unknown))}")
    for key in ("select", "ignore", "glossary"):
        _string_list(path, data, key)
    _choice(path, data, "fail-on", FAIL_ON, "critical, major, minor or never")
    if "fast" in data and not isinstance(data["fast"], bool):
        raise InputError(path, f"'fast' must be true or false, not {_kind(data['fast'])}")
    _choice(path, data, "format", FORMATS, f"one of {', '.join(sorted(FORMATS))}")
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise InputError(path, f"[severity] must be a table of rule codes and severities "
                               f"(TQA031 = \"info\"), not {_kind(severity)}")
    for code, value in severity.items():
        if not isinstance(value, str) or value not in SEVERITIES:
            raise InputError(path, f"[severity] values must be one of {', '.join(SEVERITIES)}; "
                                   f"{code} is {_kind(value)}")
    per_file = data.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise InputError(path, f"[per-file-ignores] must be a table of globs and rule codes "
                               f"(\"news/*.xlf\" = [\"TQA301\"]), not {_kind(per_file)}")
    for pattern in list(per_file):
        _string_list(path, per_file, pattern)
    return data


def load_config(path: Path | str) -> dict:
    """Validated settings from a config file; raises :class:`InputError` on a bad one."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "config file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        raise InputError(path, f"not a valid TOML config: {error}") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise InputError(path, "not a valid TOML config: arrays or tables nested too deep") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise InputError(path, f"[tool] must be a table, not {_kind(tool)}")
        data = tool.get("tqa", {})
    data = validate_config(data, path)
    data["glossary"] = [str((path.parent / item)) for item in data.get("glossary", [])]
    return data
