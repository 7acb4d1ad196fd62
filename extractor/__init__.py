"""Structured data from Chinese government economic reports.

    from extractor import extract
    doc = extract(text)            # a Document model; doc.model_dump() is the contract JSON
"""
from .loader import LoadError

__all__ = ["extract", "extract_bytes", "extract_file", "Document", "LoadError"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # imported on first use, so `extractor.loader` or `extractor.evaluate` stay light
    if name in ("extract", "extract_bytes", "extract_file"):
        from . import pipeline
        return getattr(pipeline, name)
    if name == "Document":
        from .models import Document
        return Document
    raise AttributeError(name)
