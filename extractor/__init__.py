"""Structured data from Chinese government economic reports.

    from extractor import extract
    doc = extract(text)            # a Document model; doc.model_dump() is the contract JSON
"""
from .loader import LoadError
from .models import Document
from .pipeline import extract, extract_bytes, extract_file

__all__ = ["extract", "extract_bytes", "extract_file", "Document", "LoadError"]
__version__ = "0.1.0"
