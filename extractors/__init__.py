"""pressfacts: facts from press releases, each with its exact span in the text.

The library API is one call::

    >>> from extractors import extract
    >>> release = extract("Acme Donates $5,000 to Food Bank\\n\\nAcme donated $5,000.")
    >>> release.title
    'Acme Donates $5,000 to Food Bank'

``extract`` returns a ``Release`` (immutable named tuples all the way down) whose
``to_dict()`` is the JSON object of the output contract, schema version 1.
This package never imports typer, rich or the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import (
    FIELDS,
    SCHEMA_VERSION,
    Amount,
    Beneficiary,
    Entity,
    Gift,
    GiftAmount,
    Quote,
    Release,
    Statistic,
)

__version__ = "0.1.0"


def extract(text: str, source: str | None = None, fields: Iterable[str] | None = None) -> Release:
    """Every fact in one release; ``fields`` limits the work to those fact lists."""
    # The rules compile their patterns when first imported: loading them here
    # keeps ``import extractors`` (the model, the schema, the scorer) cheap.
    from .pipeline import EXTRACTORS, Context

    wanted = FIELDS if fields is None else tuple(f for f in FIELDS if f in set(fields))
    ctx = Context(text)
    doc = ctx.doc

    def run(name: str) -> tuple[Any, ...]:
        return tuple(EXTRACTORS[name](ctx)) if name in wanted else ()

    return Release(
        source=source,
        title=doc.slice(doc.title) if doc.title else None,
        date=doc.dateline.date if doc.dateline else None,
        donors=run("donors"),
        recipients=run("recipients"),
        amounts=run("amounts"),
        beneficiaries=run("beneficiaries"),
        statistics=run("statistics"),
        quotes=run("quotes"),
        gifts=run("gifts"),
    )


__all__ = [
    "FIELDS",
    "SCHEMA_VERSION",
    "Amount",
    "Beneficiary",
    "Entity",
    "Gift",
    "GiftAmount",
    "Quote",
    "Release",
    "Statistic",
    "__version__",
    "extract",
]
