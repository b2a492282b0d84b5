"""The output contract: immutable records (named tuples) for every fact and for the release.

Schema version 1. Every fact carries ``text``, ``start`` and ``end`` (Python
``str`` offsets, half-open) with ``release[start:end] == text``, the ``rule``
that fired and a ``confidence`` in [0, 1]. ``Release.to_dict()`` gives exactly
the JSON object the CLI prints; ``extractors.schema.SCHEMA`` describes it.

Fields may be added without a version change; changing or removing one bumps
``SCHEMA_VERSION``.
"""

# No ``from __future__ import annotations`` here: a named tuple's string annotations
# are each compiled when its class is made, which made this module four times slower
# to import (every run of the command pays it).
from typing import Any, Literal, NamedTuple

SCHEMA_VERSION = 1

Bound = Literal["exact", "up_to", "at_least", "approx"]
Section = Literal["body", "boilerplate"]

#: The fact lists of a release, in output order; ``--fields`` picks from these.
FIELDS: tuple[str, ...] = (
    "donors",
    "recipients",
    "amounts",
    "beneficiaries",
    "statistics",
    "quotes",
    "gifts",
)


class Entity(NamedTuple):
    """A donor or recipient: one real-world organisation or person, at its best mention."""

    name: str  # the fullest clean form: "Norrland Instruments of America"
    text: str  # the mention as written at [start, end)
    start: int
    end: int
    rule: str  # which pattern fired: "gift.subject"
    confidence: float


class Amount(NamedTuple):
    """Money the release says is given or pledged.

    A range ("between $5,000 and $10,000", "$1-2 million") is reported as two
    amounts: the lower with bound ``at_least``, the upper with ``up_to``.
    """

    text: str  # as written: "$1 million"
    value: float  # 1000000.0
    currency: str | None  # ISO 4217: "USD"
    bound: Bound  # "exact", "up_to" ("up to $5m"), "at_least" ("more than"), "approx"
    start: int
    end: int
    rule: str
    confidence: float


class Beneficiary(NamedTuple):
    """A group the gift is meant to help, phrased as the release phrases it."""

    text: str  # "girls and their families displaced by the floods in the valley"
    start: int
    end: int
    rule: str
    confidence: float


class Statistic(NamedTuple):
    """A quantitative claim: a count with its noun, a percentage, a rank, money that is not the gift."""

    text: str  # "4.2 million primary-school pupils"
    value: float | None  # 5700000.0; the lower bound for "hundreds of" (100)
    unit: str | None  # "percent", an ISO 4217 code for money, or None for counts
    subject: str | None  # what is counted: "school-aged children"
    start: int
    end: int
    rule: str
    confidence: float
    bound: Bound = "exact"
    section: Section = "body"  # "boilerplate" when found in About and similar sections


class Quote(NamedTuple):
    """One quoted segment of direct speech, with whoever the release says spoke it."""

    text: str  # the words inside the quote marks
    speaker: str | None  # full name as first introduced: "Ines Marlowe"
    title: str | None  # "Senior Vice President, Community Affairs and Global Giving"
    organization: str | None  # "Norrland Instruments of America"
    start: int
    end: int
    rule: str
    confidence: float


class GiftAmount(NamedTuple):
    """The money of a gift record, without its span (the amount fact has that)."""

    value: float
    currency: str | None
    bound: Bound


class Gift(NamedTuple):
    """One stated gift: who gives how much to whom, spanning the sentence that says so."""

    donor: str | None  # an entity name from ``donors``
    recipient: str | None  # an entity name from ``recipients``, or None when split or unsaid
    amount: GiftAmount | None
    purpose: str | None  # "to support the Open Classroom in Mozambique"
    text: str  # the sentence stating the gift
    start: int
    end: int
    rule: str
    confidence: float


class Release(NamedTuple):
    """Everything pressfacts found in one release."""

    source: str | None  # the path as given, "-" for stdin, "corpus.jsonl#<id>"
    title: str | None  # the headline
    date: str | None  # ISO 8601 from the dateline
    donors: tuple[Entity, ...] = ()
    recipients: tuple[Entity, ...] = ()
    amounts: tuple[Amount, ...] = ()
    beneficiaries: tuple[Beneficiary, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    quotes: tuple[Quote, ...] = ()
    gifts: tuple[Gift, ...] = ()
    schema_version: int = SCHEMA_VERSION

    def to_dict(self, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
        """The JSON object of schema version 1; ``fields`` keeps only those fact lists."""
        wanted = FIELDS if fields is None else fields
        out: dict[str, Any] = {
            "schema_version": self.schema_version,
            "source": self.source,
            "title": self.title,
            "date": self.date,
        }
        for name in FIELDS:
            if name in wanted:
                out[name] = [_plain(fact) for fact in getattr(self, name)]
        return out


def _plain(fact: Any) -> dict[str, Any]:
    """A fact as a JSON-ready dict, nested facts included; whole-number floats
    become ints, so "$1 million" prints 1000000, not 1000000.0.
    """
    out: dict[str, Any] = {}
    for key, value in zip(fact._fields, fact, strict=True):
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        elif isinstance(value, GiftAmount):
            value = _plain(value)
        out[key] = value
    return out
