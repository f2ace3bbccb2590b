"""Code placeholders in software strings: printf conversions (``%s``, ``%1$d``,
``%(name)s``) and brace fields (``{0}``, ``{name}``, ``{{name}}``, ``${name}``, ICU
``{0, number}``). The markup rules compare them; the language checks blank them so a
``{0}`` is not read as a number (:attr:`tqa.document.Pair.source_plain`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PRINTF = (
    r"%%"  # a literal percent sign: matched so that it is skipped
    r"|(?<![0-9%])%(?:\d+\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]"
    r"|(?<![0-9%])%\([A-Za-z_]\w*\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
)
_BRACE = (
    r"\$?\{\{\s*[A-Za-z_][\w.]*\s*\}\}"  # {{name}}
    r"|\$?\{\s*(?:\d+|[A-Za-z_][\w.]*)\s*"  # {0} {name} ${name}
    r"(?::[^{}\s]{1,20}|,\s*(?:number|date|time|spellout|ordinal|duration)(?:\s*,\s*[\w.#\-]+)?\s*)?\}"
)
_PLACEHOLDER = re.compile(f"{_PRINTF}|{_BRACE}")
_POSITIONAL = re.compile(r"%\d+\$|%\(")


@dataclass(frozen=True)
class Placeholder:
    text: str  # normalised: spaces inside braces removed
    start: int
    end: int

    @property
    def printf_sequential(self) -> bool:
        """A printf conversion consuming the next argument (order matters)."""
        return self.text.startswith("%") and not _POSITIONAL.match(self.text)


def code_placeholders(text: str) -> list[Placeholder]:
    if "%" not in text and "{" not in text:
        return []  # every placeholder has one of the two: skip the regex scan
    found = []
    for match in _PLACEHOLDER.finditer(text):
        if match.group() == "%%":
            continue
        normalised = re.sub(r"\s+", "", match.group()) if "{" in match.group() else match.group()
        found.append(Placeholder(normalised, match.start(), match.end()))
    return found
