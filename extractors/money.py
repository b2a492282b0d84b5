"""Money finder: every sum of money a release writes, with value, ISO 4217 currency and bound.

    >>> [(m.text, m.value, m.currency, m.bound) for m in find_money(read("It gave more than $1.5 million."))]
    [('more than $1.5 million', 1500000.0, 'USD', 'at_least')]

A finder only: it does not decide which money is the gift (``gifts`` does).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .document import Document, read
from .model import Bound
from .numbers import SCALES, parse_number, scale_of
from .patterns import alternation, finditer

SYMBOLS = {
    "US$": "USD", "$US": "USD", "USD": "USD", "$": "USD",
    "A$": "AUD", "$A": "AUD", "AU$": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "NZ$": "NZD", "NZD": "NZD",
    "HK$": "HKD", "HKD": "HKD", "S$": "SGD", "SGD": "SGD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY",
    "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR", "CHF": "CHF",
}  # fmt: skip

BOUNDS: dict[str, Bound] = {
    "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "more than": "at_least", "over": "at_least", "at least": "at_least", "in excess of": "at_least",
    "nearly": "approx", "almost": "approx", "approximately": "approx", "about": "approx",
    "around": "approx", "roughly": "approx", "some": "approx",
}  # fmt: skip

# Order matters: the longest symbols first (alternation sorts), so "US$" wins over "$".
MONEY = regex.compile(
    rf"""
    (?:(?P<bound>{alternation(BOUNDS)})\s+)?               # "more than "
    (?<![\w$€£¥₹])
    (?P<symbol>{alternation(SYMBOLS)})                      # "$"  "US$"  "€"
    \s?
    (?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)   # "1,250,000" "2.5"
    (?:[\s-]?(?P<scale>{alternation(SCALES)})\b)?          # " million" "-million" "m"
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Money:
    """A sum of money as written, with its normalised value."""

    text: str
    start: int
    end: int
    value: float
    currency: str | None
    bound: Bound
    rule: str


def find_money(doc: Document) -> list[Money]:
    """Every sum of money in the release, in document order."""
    out: list[Money] = []
    for m in finditer(MONEY, doc.text):
        currency = SYMBOLS[m["symbol"]]
        if m["symbol"] == "$" and doc.country in ("AU", "CA", "NZ", "SG", "HK"):
            currency = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}[
                doc.country
            ]
        value = parse_number(m["number"]) * (scale_of(m["scale"]) if m["scale"] else 1)
        bound = BOUNDS[m["bound"].lower()] if m["bound"] else "exact"
        out.append(
            Money(m.group(), m.start(), m.end(), value, currency, bound, "money.symbol_number")
        )
    return out


__all__ = ["Money", "find_money", "read"]
