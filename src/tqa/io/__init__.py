"""Readers and writers, one module per format."""
from .errors import InputError

__all__ = ["InputError"]
