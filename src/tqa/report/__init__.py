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
    "concise": ("tqa.report.oneline", "render_concise"),
    "github": ("tqa.report.oneline", "render_github"),
}

#: report format chosen from an output file's extension (``-o tqa.sarif -o report.html``)
EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".html": "html", ".htm": "html", ".sarif": "sarif",
              ".xml": "junit", ".xlf": "xliff", ".xliff": "xliff", ".csv": "csv", ".txt": "text"}


def render_report(name: str, documents, **options) -> str:
    """Render ``documents`` in the format ``name``, safe to write whatever the documents
    hold: file names that are not UTF-8 in backslash notation (SARIF keeps their bytes in
    its URIs), any lone surrogate as U+FFFD."""
    import importlib

    from .common import printable_documents, without_surrogates, writable

    module_name, function = FORMATS[name]
    render = getattr(importlib.import_module(module_name), function)
    documents = [without_surrogates(document) for document in documents]
    if name != "sarif":
        documents = printable_documents(documents)
    return writable(render(documents, **options))
