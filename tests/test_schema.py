"""The JSON Schema of the output: valid, in step with the fact records, and true of real output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.app import app
from extractors import model
from extractors.schema import SCHEMA, schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
UNLABELED = SHARED / "corpus" / "unlabeled" / "newsworthy.jsonl"

VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())

# Each $defs entry and the dataclass it describes.
DEFS = {
    "entity": model.Entity,
    "amount": model.Amount,
    "beneficiary": model.Beneficiary,
    "statistic": model.Statistic,
    "quote": model.Quote,
    "gift": model.Gift,
}


def extract_records(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["extract", *args])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def errors(record: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(record)
    ]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The schema itself passes the draft 2020-12 metaschema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)

    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(("name", "cls"), DEFS.items())
def test_every_record_field_is_described(name: str, cls: type) -> None:
    """Each fact's properties are exactly its record's fields, all required and all described."""
    fields = list(cls._fields)
    definition = SCHEMA["$defs"][name]

    assert sorted(definition["properties"]) == sorted(fields)
    assert sorted(definition["required"]) == sorted(fields)
    for prop, spec in definition["properties"].items():
        assert "description" in spec or "$ref" in spec, prop


def test_release_properties_match_the_record() -> None:
    """The top-level properties are exactly the keys of Release.to_dict()."""
    record = model.Release(source="x", title=None, date=None).to_dict()

    assert sorted(SCHEMA["properties"]) == sorted(record)
    assert set(SCHEMA["required"]) == {"schema_version", "source", "title", "date"}


def test_documentation_covers_ranges_bounds_sections_and_gifts() -> None:
    """The schema says how ranges, bounds, sections and gift amounts are reported."""
    text = json.dumps(SCHEMA)

    assert "two amounts" in SCHEMA["properties"]["amounts"]["description"]
    assert "at_least" in text and "up_to" in text and "approx" in text
    assert SCHEMA["$defs"]["statistic"]["properties"]["section"]["enum"] == ["body", "boilerplate"]
    assert {"type": "null"} in SCHEMA["$defs"]["gift"]["properties"]["amount"]["anyOf"]


def test_schema_returns_a_copy() -> None:
    """Changing what schema() returns leaves the constant alone."""
    copy = schema()
    copy["$defs"]["bound"]["enum"].append("maybe")

    assert "maybe" not in SCHEMA["$defs"]["bound"]["enum"]


def test_fixture_output_validates() -> None:
    """The output for every fixture release is valid against the schema."""
    paths = sorted(FIXTURES.glob("*.txt"))
    records = extract_records(*map(str, paths))

    assert len(records) == len(paths) >= 5
    assert {r["source"]: errors(r) for r in records} == {r["source"]: [] for r in records}


def test_field_limited_output_validates() -> None:
    """Output limited by --fields is valid too."""
    [record] = extract_records("--example", "--fields", "quotes,gifts")

    assert errors(record) == []


@pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} is absent")
def test_dev_corpus_output_validates() -> None:
    """The output for every dev-corpus release is valid against the schema."""
    records = extract_records(str(DEV))

    assert len(records) >= 20
    assert {r["source"]: errors(r) for r in records} == {r["source"]: [] for r in records}


@pytest.mark.skipif(not UNLABELED.is_file(), reason=f"{UNLABELED} is absent")
def test_unlabeled_sample_validates(tmp_path: Path) -> None:
    """The output for a sample of the unlabeled corpus is valid against the schema."""
    sample = tmp_path / "sample.jsonl"
    with UNLABELED.open(encoding="utf-8") as f:
        sample.write_text(
            "".join(line for _, line in zip(range(80), f, strict=False)), encoding="utf-8"
        )

    records = extract_records(str(sample))

    assert len(records) == 80
    assert {r["source"]: errors(r) for r in records} == {r["source"]: [] for r in records}


GOOD_AMOUNT = {
    "text": "$5", "value": 5, "currency": "USD", "bound": "exact",
    "start": 0, "end": 2, "rule": "money.symbol", "confidence": 0.9,
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ({}, True),
        ({"currency": None}, True),
        ({"bound": "maybe"}, False),
        ({"start": -1}, False),
        ({"confidence": 1.5}, False),
        ({"value": "5"}, False),
        ({"text": None}, False),
    ],
)
def test_schema_rejects_what_the_contract_forbids(change: dict[str, Any], valid: bool) -> None:
    """An amount with a bad bound, a negative offset, a confidence over 1 or a string value fails."""
    record = {
        "schema_version": 1,
        "source": "-",
        "title": None,
        "date": None,
        "amounts": [{**GOOD_AMOUNT, **change}],
    }

    assert (errors(record) == []) is valid


def test_schema_requires_the_header_keys() -> None:
    """A record without schema_version, or with another version, fails."""
    assert errors({"source": "-", "title": None, "date": None})
    assert errors({"schema_version": 2, "source": "-", "title": None, "date": None})
