"""Named construction / investment projects (shared/spec/GUIDELINE.md, section `projects`)."""
from __future__ import annotations

from .layout import Layout
from .models import Project


def find_projects(text: str, layout: Layout) -> list[Project]:
    return []
