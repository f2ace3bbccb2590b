"""tqa: quality assurance for Korean→English translation.

Library use::

    from tqa import Options, check_paths, check_pairs
    document = check_paths("article.ko.txt", "article.en.txt", Options(fast=True))
    for issue in document.issues:
        print(issue.rule, issue.severity, issue.message)
"""
__version__ = "0.1.0"

__all__ = ["Options", "build_document", "check_document", "check_pairs", "check_paths", "__version__"]


def __getattr__(name):  # lazy: `import tqa` stays cheap for the CLI's --version and `rules`
    if name in __all__ and name != "__version__":
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'tqa' has no attribute {name!r}")
