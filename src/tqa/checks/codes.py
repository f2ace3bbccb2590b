"""Every rule's code, family and check module, written out so that a run can validate
``--select``/``--ignore`` keys and load only the modules that hold the chosen rules without
importing every check module first (``tests/test_rule_codes.py`` keeps this table equal to
the registry; regenerate it with ``python -m tqa.checks.codes`` after adding a rule)."""
from __future__ import annotations

#: code → (family, module under ``tqa.checks``)
RULE_CODES: dict[str, tuple[str, str]] = {
    "TQA001": ("untranslated", "untranslated"),
    "TQA002": ("untranslated", "untranslated"),
    "TQA003": ("untranslated", "untranslated"),
    "TQA004": ("untranslated", "language"),
    "TQA010": ("punctuation", "punctuation"),
    "TQA011": ("punctuation", "punctuation"),
    "TQA012": ("punctuation", "punctuation"),
    "TQA013": ("punctuation", "punctuation"),
    "TQA020": ("fluency", "fluency"),
    "TQA021": ("fluency", "fluency"),
    "TQA030": ("omission", "alignment"),
    "TQA031": ("addition", "alignment"),
    "TQA032": ("addition", "alignment"),
    "TQA033": ("omission", "alignment"),
    "TQA034": ("omission", "alignment"),
    "TQA035": ("addition", "alignment"),
    "TQA036": ("omission", "alignment"),
    "TQA037": ("omission", "word_omission"),
    "TQA038": ("omission", "alignment"),
    "TQA039": ("omission", "alignment"),
    "TQA040": ("omission", "alignment"),
    "TQA041": ("omission", "alignment"),
    "TQA042": ("omission", "alignment"),
    "TQA043": ("omission", "alignment"),
    "TQA044": ("addition", "swapped_names"),
    "TQA050": ("meaning", "meaning"),
    "TQA051": ("meaning", "meaning"),
    "TQA101": ("number", "numbers"),
    "TQA102": ("number", "numbers"),
    "TQA103": ("number", "numbers"),
    "TQA104": ("number", "numbers"),
    "TQA105": ("number", "numbers"),
    "TQA130": ("number", "numbers"),
    "TQA140": ("date", "numbers"),
    "TQA141": ("date", "numbers"),
    "TQA142": ("date", "numbers"),
    "TQA143": ("date", "numbers"),
    "TQA144": ("date", "numbers"),
    "TQA145": ("date", "numbers"),
    "TQA170": ("date", "numbers"),
    "TQA200": ("name", "names"),
    "TQA201": ("name", "names"),
    "TQA202": ("name", "names"),
    "TQA203": ("name", "names"),
    "TQA204": ("name", "names"),
    "TQA205": ("name", "names"),
    "TQA206": ("name", "names"),
    "TQA207": ("name", "names"),
    "TQA208": ("name", "names"),
    "TQA209": ("name", "swapped_names"),
    "TQA210": ("name", "swapped_names"),
    "TQA211": ("name", "swapped_names"),
    "TQA212": ("name", "titles"),
    "TQA230": ("term", "terms"),
    "TQA231": ("term", "terms"),
    "TQA232": ("term", "terms"),
    "TQA233": ("term", "terms"),
    "TQA234": ("term", "terms"),
    "TQA235": ("term", "terms"),
    "TQA300": ("literal", "literal"),
    "TQA301": ("literal", "literal"),
    "TQA310": ("literal", "literal"),
    "TQA311": ("literal", "literal"),
    "TQA312": ("literal", "literal"),
    "TQA320": ("literal", "literal"),
    "TQA400": ("markup", "markup"),
    "TQA401": ("markup", "markup"),
    "TQA402": ("markup", "markup"),
    "TQA403": ("markup", "markup"),
    "TQA404": ("markup", "markup"),
    "TQA405": ("markup", "markup"),
}


def table_text() -> str:
    """This module's table as it should read for the rules the registry holds."""
    from .registry import all_rules

    rows = [f'    "{rule.code}": ("{rule.check}", "{rule.function.__module__.rsplit(".", 1)[1]}"),'
            for rule in all_rules()]
    return "\n".join(rows)


def modules_for(keys: list[str]) -> set[str] | None:
    """The check modules holding the rules ``keys`` name (codes, code prefixes, families, as
    :func:`tqa.checks.runner.rule_matches`); None when a key names no rule of the table (a rule
    registered outside the check modules): then every module must be loaded to know."""
    modules: set[str] = set()
    for key in keys:
        found = {module for code, (family, module) in RULE_CODES.items()
                 if code.startswith(key.upper()) or family == key.lower()}
        if not found:
            return None
        modules |= found
    return modules


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    print(table_text())
