"""Quotations and who said them (first version: nothing yet)."""

from __future__ import annotations

from .document import Document
from .model import Quote


def find_quotes(doc: Document) -> list[Quote]:
    """Every quoted segment of direct speech, in document order."""
    return []
