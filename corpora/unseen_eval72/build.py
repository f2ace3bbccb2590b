"""Builds clean.tsv and errors.tsv of this set from its src_*.txt files (see ../unseen_build.py)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from unseen_build import build  # noqa: E402

build(os.path.dirname(os.path.abspath(__file__)), "v72e", lines=20)
