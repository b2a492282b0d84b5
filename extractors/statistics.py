"""Statistics: the quantitative claims a release cites (first version: nothing yet)."""

from __future__ import annotations

from .document import Document
from .gifts import GiftFrame
from .model import Statistic
from .money import Money


def find_statistics(doc: Document, money: list[Money], frame: GiftFrame) -> list[Statistic]:
    """Every statistic in the release, in document order."""
    return []
