"""Numbered 民生实事 items (stub; full rules follow)."""
from __future__ import annotations

from .layout import Layout
from .models import LivelihoodItem


def find_livelihood_items(text: str, layout: Layout) -> list[LivelihoodItem]:
    return []
