"""Report writers, one module per output format.

:data:`FORMATS` maps each ``tqa check --format`` name to the module and function that
renders ``list[Document]`` to a string (keyword options: ``color``, ``fail_on``).
"""

FORMATS = {
    "text": ("tqa.report.text", "render"),
    "json": ("tqa.report.json_report", "render"),
    "jsonl": ("tqa.report.json_report", "render_jsonl"),
    "html": ("tqa.report.html", "render"),
    "sarif": ("tqa.report.sarif", "render"),
    "junit": ("tqa.report.junit", "render"),
    "xliff": ("tqa.report.xliff_report", "render"),
    "csv": ("tqa.report.csv_report", "render"),
}
