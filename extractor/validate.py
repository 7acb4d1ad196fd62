"""Last gate before output: every record's text must equal text[span]; records that fail
are dropped with a warning rather than emitted wrong."""
from __future__ import annotations

from .models import Document


def validate(document: Document, text: str) -> Document:
    warnings = list(document.warnings)
    for field in ("indicators", "projects", "livelihood_items"):
        kept = []
        for record in getattr(document, field):
            start, end = record.span
            if 0 <= start < end <= len(text) and text[start:end] == record.text:
                kept.append(record)
            else:
                warnings.append(f"{field}: dropped record with bad span {record.span} ({record.rule})")
        kept.sort(key=lambda r: (r.span[0], r.span[1]))
        setattr(document, field, kept)
    document.warnings = warnings
    return document
