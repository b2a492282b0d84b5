"""The money cases of Microsoft Recognizers-Text, run through the money finder.

Each case passes when every expected sum with a value is found over the same
words with that value, and with that currency wherever the case names one
(a bare "$" has none upstream). Upstream values in cents or pence ("50
cents" is 50) are compared in the currency's main unit, as this finder
reports them (0.5). A case that expects no sum passes when none is found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.document import read
from extractors.money import find_money

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CASES = SHARED / "peers" / "recognizers_text.jsonl"

#: Upstream units counted in hundredths of the main unit.
HUNDREDTHS = {"Cent", "Pence", "Penny"}

# Cases this finder reads otherwise, and why. Keyed by the case's source id.
KNOWN_FAILURES = {
    "CurrencyModel.json#98": "cents left unnamed after dollars ('thirteen dollars forty five')",
    "CurrencyModel.json#99": "cents left unnamed after 'and' ('one dollar and one')",
    "CurrencyModel.json#101": "'c $' with a space is Canadian only in capitals or all-lower-case text",
    "CurrencyModel.json#102": "kuai and mao, spoken Chinese units, are not in the tables",
    "CurrencyModel.json#103": "cents left unnamed after 'and' ('one dollar and two')",
    "CurrencyModel.json#110": "'sen' before a number is not read as a currency",
    "CurrencyModel.json#126": "a sign between two numbers goes with the one after it ('10 $ 30 $')",
    "CurrencyModel.json#127": "a sign between two numbers goes with the one after it ('10 $ 30 cent')",
    "CurrencyModel.json#128": "a code before a number goes with that number ('10 rmb 20 usd')",
    "CurrencyModel.json#144": "satoshis are not in the tables",
    "CurrencyModel.json#145": "cents left unnamed after 'and' ('15 dollars and 15')",
    "CurrencyModel.json#146": "cents left unnamed after dollars ('15 dollars 50')",
    "CurrencyModel.json#164": "a currency word before the number ('dollar 22.5 million')",
    "CurrencyModel.json#166": "cents left unnamed after dollars ('15 dollars 50')",
    "CurrencyModel.json#167": "cents left unnamed after 'and' ('15 dollars and 50')",
    "CurrencyModel.json#168": "a code between two numbers goes with the one after it ('17 USD 25')",
    "CurrencyModel.json#170": "a code between two numbers goes with the one after it ('15 USD 50')",
}


def _case_id(source: str) -> str:
    """The short id of a case: its file and number ("CurrencyModel.json#98")."""
    return source.rsplit("/", 1)[-1]


def _money_cases() -> list:
    """The cases with money in them, each a pytest parameter."""
    if not CASES.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{CASES} is absent"))]
    params = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        kinds = {e["kind"] for e in case["expected"]}
        if case.get("meta", {}).get("model") != "CurrencyModel" and "money" not in kinds:
            continue
        cid = _case_id(case["source"])
        marks = []
        if cid in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[cid], strict=True))
        params.append(pytest.param(case, id=cid, marks=marks))
    return params


def _matches(expected: dict, found: list) -> bool:
    """Whether one found sum covers the expected one's words with its value and currency."""
    value = expected["value"]
    if expected["meta"].get("unit") in HUNDREDTHS:
        value = value / 100
    return any(
        m.start < expected["end"]
        and expected["start"] < m.end
        and abs(m.value - value) <= 1e-6 * max(1.0, value)
        and (expected["currency"] is None or m.currency == expected["currency"])
        for m in found
    )


@pytest.mark.parametrize("case", _money_cases())
def test_recognizers_money_case(case: dict) -> None:
    """Every valued sum of the case is found with its value and currency, and nothing in a case without one."""
    found = find_money(read(case["text"]))
    wanted = [e for e in case["expected"] if e["kind"] == "money" and e["value"] is not None]

    if not wanted:
        assert [m.text for m in found] == []
    else:
        missing = [e["text"] for e in wanted if not _matches(e, found)]
        assert missing == [], f"found {[(m.text, m.value, m.currency) for m in found]}"


def test_known_failures_name_real_cases() -> None:
    """Every known failure names a money case of the file, so none is left stale."""
    if not CASES.exists():
        pytest.skip(f"{CASES} is absent")
    ids = {_case_id(json.loads(line)["source"]) for line in CASES.read_text("utf-8").splitlines()}

    assert sorted(set(KNOWN_FAILURES) - ids) == []
