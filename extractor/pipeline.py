"""The whole pipeline in one place: load → normalise → segment → extract → link → validate → emit."""
from __future__ import annotations

from pathlib import Path

from . import indicators, livelihood, projects, report_meta, sections
from .indicator_items import name_item_rates
from .indicator_projects import name_project_figures, without_figures_in_names
from .loader import LoadedText, load_bytes, load_file
from .models import Document, DocumentInfo
from .normalise import blank_markup, normalise, read_full_stops, with_ideographic_spaces
from .tables import find_tables
from .unwrap import Unwrapped, unwrap
from .validate import validate


def run(loaded: LoadedText, source: str | None = None) -> Document:
    reading = unwrap(loaded.text)       # hard-wrapped PDF text: lines joined, offsets kept
    document = _extract(loaded, reading.text if reading else loaded.text, source)
    if reading:
        _map_spans(document, reading, loaded.text)
    return validate(document, loaded.text)


def _extract(loaded: LoadedText, text: str, source: str | None) -> Document:
    view = normalise(text)                                   # same length as text: offsets carry over
    meta = report_meta.read_report_meta(text, view)
    tables = find_tables(with_ideographic_spaces(view, text))     # (cells split by one \u3000)
    layout = sections.find_layout(view, meta.review_year, meta.plan_year, meta.doc_type, tables)
    document = Document(
        document=DocumentInfo(source=source, sha256=loaded.sha256, chars=len(loaded.text),
                              format=loaded.format, encoding=loaded.encoding),
        report=meta,
        indicators=indicators.find_indicators(text, view, layout, tables, meta.region),
        projects=projects.find_projects(text, layout, tables),
        livelihood_items=livelihood.find_livelihood_items(blank_markup(read_full_stops(text)), layout),
    )
    # link: what one record type knows names the figures of another
    name_project_figures(view, document.indicators, document.projects)     # (项目总投资42亿元: whose)
    document.indicators = without_figures_in_names(document.indicators, document.projects)
    name_item_rates(view, document.indicators, document.livelihood_items)  # (完成率115%: of which item)
    return document


def _map_spans(document: Document, reading: Unwrapped, text: str) -> None:
    for record in (*document.indicators, *document.projects, *document.livelihood_items):
        record.span = reading.span(*record.span)
        record.text = text[record.span[0]:record.span[1]]


def extract(text: str, source: str | None = None) -> Document:
    """Extract every record from a report already decoded to str."""
    import hashlib

    from .loader import universal_newlines

    text = universal_newlines(text)
    loaded = LoadedText(text=text, encoding="utf-8", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    return run(loaded, source)


def extract_bytes(data: bytes, source: str | None = None) -> Document:
    """Extract from raw bytes (encoding detected); raises LoadError for unreadable input."""
    return run(load_bytes(data), source)


def extract_file(path: str | Path, source: str | None = None) -> Document:
    path = Path(path)
    return run(load_file(path), source if source is not None else path.name)
