"""The pipeline: one release read once, finders run once, interpreters share their output.

``Context`` holds the ``Document`` and computes each finder's and interpreter's
output lazily, at most once, so that ``--fields quotes`` runs only the quote
finder while ``--fields statistics`` can still ask which money is the gift.

``EXTRACTORS`` is the registry: one line per output field, a function from a
``Context`` to that field's facts in document order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from . import beneficiaries, gifts, money, quotes, statistics
from .document import Document, read

#: The gift finder reads the first ``MAX_GIFT_SENTENCES`` sentences of a release's
#: body; past them it takes the body for boilerplate (no donors, recipients or gift
#: sums there). A bound on work no real release reaches: the longest body of the
#: 840 real releases at hand has 444 sentences, while a megabyte of gift sentences
#: on one line has 13,000, at about 0.3 ms each for the gift finder.
MAX_GIFT_SENTENCES = 2000


class Context:
    """One release and everything found in it so far."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def doc(self) -> Document:
        return read(self.text)

    @cached_property
    def money(self) -> list[money.Money]:
        return money.find_money(self.doc)

    @cached_property
    def gift_frame(self) -> gifts.GiftFrame:
        return gifts.find_gifts(self.doc.body_within(MAX_GIFT_SENTENCES), self.money)

    @cached_property
    def quotes(self) -> tuple[Any, ...]:
        return tuple(quotes.find_quotes(self.doc))

    @cached_property
    def statistics(self) -> tuple[Any, ...]:
        return tuple(statistics.find_statistics(self.doc, self.money, self.gift_frame))

    @cached_property
    def beneficiaries(self) -> tuple[Any, ...]:
        return tuple(beneficiaries.find_beneficiaries(self.doc, self.gift_frame))


EXTRACTORS: dict[str, Callable[[Context], tuple[Any, ...]]] = {
    "donors": lambda ctx: ctx.gift_frame.donors,
    "recipients": lambda ctx: ctx.gift_frame.recipients,
    "amounts": lambda ctx: ctx.gift_frame.amounts,
    "beneficiaries": lambda ctx: ctx.beneficiaries,
    "statistics": lambda ctx: ctx.statistics,
    "quotes": lambda ctx: ctx.quotes,
    "gifts": lambda ctx: ctx.gift_frame.gifts,
}
