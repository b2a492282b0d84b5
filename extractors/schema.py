"""The JSON Schema (draft 2020-12) of one release's output object, schema version 1.

``SCHEMA`` is the schema as a plain dict; ``schema()`` returns a copy that a
caller may change. It describes exactly what ``Release.to_dict()`` returns and
what ``pressfacts extract`` prints, one object per release::

    >>> import json
    >>> from extractors.schema import schema
    >>> s = schema()
    >>> s["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(s["$defs"])
    ['amount', 'beneficiary', 'bound', 'confidence', 'entity', 'gift', 'quote', 'statistic']
    >>> s["properties"]["schema_version"]["const"]
    1

Keep in step with ``extractors/model.py``: a test checks that every record
field has a property here and every property a field. Fields may be added
without a version change (so objects are not closed with
``additionalProperties: false``); changing or removing one bumps
``SCHEMA_VERSION``.
"""

from __future__ import annotations

import copy
from typing import Any

from .model import SCHEMA_VERSION

# Every fact carries these; "text" is described per fact kind.
_SPAN = {
    "start": {
        "type": "integer",
        "minimum": 0,
        "description": "Offset of the first character of `text` in the release, in Unicode "
        "code points (Python str indices) of the text exactly as decoded (a UTF-8 BOM removed, "
        "line ends untouched). For a JSON Lines corpus, into that line's `text`.",
    },
    "end": {
        "type": "integer",
        "minimum": 0,
        "description": "Offset just past the last character: release[start:end] == text.",
    },
    "rule": {
        "type": "string",
        "description": "The rule that fired, as `module.rule` (for example `money.symbol_scale`), "
        "so a user can ask why a fact was reported.",
    },
    "confidence": {"$ref": "#/$defs/confidence"},
}
_FACT_REQUIRED = ["text", "start", "end", "rule", "confidence"]


def _fact(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A fact object: its own properties, then the span, rule and confidence every fact has."""
    props = {**properties, **_SPAN}
    return {
        "type": "object",
        "description": description,
        "properties": props,
        "required": list(props),
    }


def _list(ref: str, description: str) -> dict[str, Any]:
    return {"type": "array", "description": description, "items": {"$ref": f"#/$defs/{ref}"}}


_NULLABLE_STRING = {"type": ["string", "null"]}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://pressfacts.invalid/schema/release-v1.json",
    "title": "pressfacts release",
    "description": "Everything pressfacts found in one press release. Every fact carries "
    "`text`, `start` and `end` with release[start:end] == text, the `rule` that fired and a "
    "`confidence`. Fact lists are in document order. With `--fields`, only the chosen fact "
    "lists are present; `schema_version`, `source`, `title` and `date` always are.",
    "type": "object",
    "required": ["schema_version", "source", "title", "date"],
    "properties": {
        "schema_version": {
            "const": SCHEMA_VERSION,
            "description": "Bumped when a field changes meaning or is removed; adding a field "
            "does not bump it, so readers should ignore fields they do not know.",
        },
        "source": {
            **_NULLABLE_STRING,
            "description": "Where the release came from: the path as given on the command line "
            "(a file found in a folder is the folder as given joined with its relative path), "
            "`-` for standard input, `<corpus.jsonl>#<id>` for a line of a JSON Lines corpus "
            "(the line's `id`, else its line number), `example` for the bundled example; null "
            "when the library is called without a source.",
        },
        "title": {**_NULLABLE_STRING, "description": "The headline, as written; null if none."},
        "date": {
            "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}],
            "description": "The release date from the dateline, ISO 8601 (YYYY-MM-DD); null if none.",
        },
        "donors": _list(
            "entity",
            "Who gives: companies, foundations, people or governments that make the gift, one "
            "entry per real-world giver at its best mention.",
        ),
        "recipients": _list(
            "entity", "Who receives the money: the charity, university, fund or programme owner."
        ),
        "amounts": _list(
            "amount",
            "The money given or pledged. A range is reported as two amounts: the lower with "
            "bound `at_least`, the upper with bound `up_to`.",
        ),
        "beneficiaries": _list(
            "beneficiary", "Who the gift is meant to help, phrased as the release phrases it."
        ),
        "statistics": _list(
            "statistic",
            "Quantitative claims: counts with their noun, percentages, rates, ranks, and money "
            "that is not the gift.",
        ),
        "quotes": _list(
            "quote", "Direct speech: each quoted segment with the person it is attributed to."
        ),
        "gifts": _list(
            "gift",
            "The records linking the parts: one per (donor, recipient, amount) the release states "
            "as given or pledged.",
        ),
    },
    "$defs": {
        "confidence": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "How sure the rule is, from 0 to 1; for ranking and thresholds, not a "
            "calibrated probability.",
        },
        "bound": {
            "enum": ["exact", "up_to", "at_least", "approx"],
            "description": 'How the number is bounded in the text: `exact` ("$5,000"), '
            '`up_to` ("up to $5 million", the upper end of a range), `at_least` ("more than '
            '$2 million", "hundreds of", the lower end of a range), `approx` ("about", '
            '"nearly", "some").',
        },
        "entity": _fact(
            "A donor or recipient: one real-world organisation or person.",
            {
                "name": {
                    "type": "string",
                    "description": "The fullest clean form of the name found in the release "
                    '("Sony Corporation of America"); gift records refer to entities by it.',
                },
                "text": {
                    "type": "string",
                    "description": "The mention as written at [start, end).",
                },
            },
        ),
        "amount": _fact(
            "Money the release says is given or pledged.",
            {
                "text": {"type": "string", "description": 'As written: "$1 million".'},
                "value": {"type": "number", "description": "The number: 1000000 for $1 million."},
                "currency": {
                    **_NULLABLE_STRING,
                    "description": "ISO 4217 code (USD, EUR, AUD, INR...), as the release means it "
                    "(a bare `$` in an Australian release is AUD); null when unknown.",
                },
                "bound": {"$ref": "#/$defs/bound"},
            },
        ),
        "beneficiary": _fact(
            "A group the gift is meant to help.",
            {
                "text": {
                    "type": "string",
                    "description": 'The group with its qualifiers: "children and their families '
                    'affected by the crisis".',
                },
            },
        ),
        "statistic": _fact(
            "A quantitative claim about the world.",
            {
                "text": {
                    "type": "string",
                    "description": 'The statistic as written, with the noun it counts: "5.7 '
                    'million school-aged children", "40%".',
                },
                "value": {
                    "type": ["number", "null"],
                    "description": 'The number: 5700000, 40 for "40%"; the lower bound for '
                    '"hundreds of" (100); null when the text has no number ("dozens").',
                },
                "unit": {
                    **_NULLABLE_STRING,
                    "description": "`percent`, an ISO 4217 code when the statistic is money that "
                    "is not the gift, or null for counts.",
                },
                "subject": {
                    **_NULLABLE_STRING,
                    "description": 'What is counted: "school-aged children"; null if unsaid.',
                },
                "bound": {"$ref": "#/$defs/bound"},
                "section": {
                    "enum": ["body", "boilerplate"],
                    "description": "`body` for the release proper; `boilerplate` when found in "
                    "About, contact and similar sections after it.",
                },
            },
        ),
        "quote": _fact(
            "One quoted segment of direct speech.",
            {
                "text": {
                    "type": "string",
                    "description": "The words inside the quote marks (a segment never closed ends "
                    "where its paragraph ends).",
                },
                "speaker": {
                    **_NULLABLE_STRING,
                    "description": 'Full name as first introduced ("Karen Kelso"), resolved from '
                    "pronouns and roles; null when the release leaves the quote unattributed.",
                },
                "title": {
                    **_NULLABLE_STRING,
                    "description": "The speaker's job title as the release gives it; null if none.",
                },
                "organization": {
                    **_NULLABLE_STRING,
                    "description": "The speaker's organisation; null if none.",
                },
            },
        ),
        "gift": _fact(
            "One stated gift: who gives how much to whom.",
            {
                "donor": {
                    **_NULLABLE_STRING,
                    "description": "The `name` of an entity in `donors`; null if unsaid.",
                },
                "recipient": {
                    **_NULLABLE_STRING,
                    "description": "The `name` of an entity in `recipients`; null when the money "
                    "is split among several or the recipient is unsaid.",
                },
                "amount": {
                    "description": "The money of the gift (the matching entry of `amounts` "
                    "carries its span); null for a gift with no stated value.",
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "value": {"type": "number"},
                                "currency": _NULLABLE_STRING,
                                "bound": {"$ref": "#/$defs/bound"},
                            },
                            "required": ["value", "currency", "bound"],
                        },
                        {"type": "null"},
                    ],
                },
                "purpose": {
                    **_NULLABLE_STRING,
                    "description": 'What the gift is for: "to support the Learning Passport"; '
                    "null if unsaid.",
                },
                "text": {"type": "string", "description": "The sentence stating the gift."},
            },
        ),
    },
}


def schema() -> dict[str, Any]:
    """The JSON Schema of the output object, as a fresh dict the caller may change."""
    return copy.deepcopy(SCHEMA)
