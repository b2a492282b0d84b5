"""Beneficiaries: who a gift is meant to help (first version: nothing yet)."""

from __future__ import annotations

from .document import Document
from .gifts import GiftFrame
from .model import Beneficiary


def find_beneficiaries(doc: Document, frame: GiftFrame) -> list[Beneficiary]:
    """The groups the gift helps, the main one first."""
    return []
