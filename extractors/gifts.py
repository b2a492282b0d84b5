"""The gift frame: which money is the gift, who gives it and who receives it.

Reads the money finder's output and the release model and decides roles.
Output: ``GiftFrame`` with ``donors``, ``recipients``, ``amounts`` and ``gifts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .model import Amount, Entity, Gift
from .money import Money


@dataclass(frozen=True, slots=True)
class GiftFrame:
    """The gift facts of one release, each list in document order."""

    donors: tuple[Entity, ...] = ()
    recipients: tuple[Entity, ...] = ()
    amounts: tuple[Amount, ...] = ()
    gifts: tuple[Gift, ...] = ()


def find_gifts(doc: Document, money: list[Money]) -> GiftFrame:
    """The gift frame of a release (first version: nothing yet)."""
    return GiftFrame()
