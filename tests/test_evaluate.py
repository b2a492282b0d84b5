"""``pressfacts evaluate`` and ``extractors.evaluation``: matching rules, counts, output, exit codes."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.app import app
from extractors.evaluation import (
    Counts,
    match_amounts,
    match_beneficiaries,
    match_entities,
    match_gifts,
    match_quotes,
    match_statistics,
    parse_predictions,
    score_document,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
REFEREE = SHARED / "eval" / "score.py"


def counts(result: Any) -> tuple[int, int, int]:
    return (result.counts.tp, result.counts.fp, result.counts.fn)


# --- counts -----------------------------------------------------------------------

COUNT_CASES = [
    # (tp, fp, fn, precision, recall, f1)
    (0, 0, 0, 1.0, 1.0, 1.0),      # nothing to find, nothing found
    (0, 2, 0, 0.0, 1.0, 0.0),
    (0, 0, 3, 1.0, 0.0, 0.0),
    (3, 1, 0, 0.75, 1.0, 6 / 7),
    (1, 1, 1, 0.5, 0.5, 0.5),
]  # fmt: skip


@pytest.mark.parametrize(("tp", "fp", "fn", "p", "r", "f"), COUNT_CASES)
def test_counts_give_precision_recall_f1(
    tp: int, fp: int, fn: int, p: float, r: float, f: float
) -> None:
    """P, R and F1 follow from the counts; an empty side counts as perfect."""
    c = Counts(tp, fp, fn)

    assert (c.precision, c.recall) == (p, r)
    assert c.f1 == pytest.approx(f)


def test_counts_add() -> None:
    """Counts add field by field, which is how releases are micro-averaged."""
    assert Counts(1, 2, 3) + Counts(4, 0, 1) == Counts(5, 2, 4)


# --- entities -----------------------------------------------------------------------

GOLD_ENTITIES = [["Kestrel Holdings Inc", "Kestrel"], ["Bay Area Food Foundation", "BAFF"]]

ENTITY_CASES = [
    # (predicted names, optional, (tp, fp, fn))
    (["Kestrel Holdings Inc"], [], (1, 0, 1)),            # the canonical name
    (["BAFF", "Kestrel"], [], (2, 0, 0)),                 # aliases
    (["kestrel holdings, inc."], [], (1, 0, 1)),          # case and punctuation do not count
    (["Kestrel Holdings"], [], (1, 0, 1)),                # a subset sharing a non-generic token
    (["Foundation"], [], (0, 1, 2)),                      # only a generic word in common
    (["Bay Area Food Foundation Trust"], [], (1, 0, 1)),  # a superset
    (["Kestrel", "Kestrel Holdings Inc"], [], (1, 1, 1)), # the same entity twice: one extra
    (["Osprey Partners"], [["Osprey Partners LLC"]], (0, 0, 2)),  # optional: neither
    (["Osprey Partners"], [], (0, 1, 2)),
    ([], [], (0, 0, 2)),
]  # fmt: skip


@pytest.mark.parametrize(("names", "optional", "expected"), ENTITY_CASES)
def test_entities_match_by_alias_and_tokens(
    names: list[str], optional: list[list[str]], expected: tuple[int, int, int]
) -> None:
    """Donors and recipients match an alias exactly or by a token subset with a non-generic token."""
    result = match_entities([{"name": n} for n in names], GOLD_ENTITIES, optional)

    assert counts(result) == expected


def test_entities_ampersand_reads_as_and() -> None:
    """ "&" and "and" are the same word in names."""
    result = match_entities([{"name": "Hale & Finch"}], [["Hale and Finch"]], [])

    assert counts(result) == (1, 0, 0)


def test_entities_describe_misses_and_extras() -> None:
    """Misses name the gold entity; extras name the prediction, and say when it repeats one."""
    result = match_entities(
        [{"name": "Kestrel"}, {"text": "Kestrel Holdings Inc"}, {"name": "Osprey"}],
        GOLD_ENTITIES,
        [],
    )

    assert result.misses == ("Bay Area Food Foundation",)
    assert result.extras == ("Kestrel Holdings Inc (again: Kestrel Holdings Inc)", "Osprey")


# --- amounts ------------------------------------------------------------------------

GOLD_AMOUNTS = [
    {"text": "$25,000", "value": 25000, "currency": "USD"},
    {"text": "€3m", "value": 3e6, "currency": "EUR"},
]

AMOUNT_CASES = [
    # (predicted (value, currency), optional, (tp, fp, fn))
    ([(25000, "USD")], [], (1, 0, 1)),
    ([(25000.0000001, "usd"), (3000000, "EUR")], [], (2, 0, 0)),  # tolerance, case of the code
    ([(25000, "CAD")], [], (0, 1, 2)),                             # the currency must agree
    ([(25000, "USD"), (25000, "USD")], [], (1, 0, 1)),             # the same money twice counts once
    ([(12, "USD")], [], (0, 1, 2)),
    ([(12, "USD")], [{"value": 12, "currency": "USD"}], (0, 0, 2)),  # optional
    ([(None, "USD")], [], (0, 1, 2)),                              # no value matches nothing
]  # fmt: skip


@pytest.mark.parametrize(("pred", "optional", "expected"), AMOUNT_CASES)
def test_amounts_match_value_and_currency(
    pred: list[tuple[Any, str]], optional: list[dict[str, Any]], expected: tuple[int, int, int]
) -> None:
    """Amounts match on value (relative 1e-6) and currency, each distinct amount once."""
    result = match_amounts([{"value": v, "currency": c} for v, c in pred], GOLD_AMOUNTS, optional)

    assert counts(result) == expected


def test_amounts_gold_without_currency_takes_any() -> None:
    """A gold amount without a currency matches the value in any currency."""
    result = match_amounts(
        [{"value": 40, "currency": "JPY"}], [{"text": "40", "value": 40, "currency": None}], []
    )

    assert counts(result) == (1, 0, 0)


def test_amounts_describe_misses_and_extras() -> None:
    """Misses and extras show the text, value and currency."""
    result = match_amounts([{"text": "£9", "value": 9, "currency": "GBP"}], GOLD_AMOUNTS, [])

    assert result.misses == ("$25,000 = 25,000 USD", "€3m = 3,000,000 EUR")
    assert result.extras == ("£9 = 9 GBP",)


# --- statistics ---------------------------------------------------------------------

STAT_TEXT = (
    "The shelter housed 450 families in 2023, up 12% on the year before; 450 families is a record."
)
GOLD_STATS = [{"text": "450 families", "value": 450}, {"text": "12%", "value": 12}]


def stat(needle: str, value: float, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = STAT_TEXT.index(needle, start + 1)
    return {"text": needle, "value": value, "start": start, "end": start + len(needle)}


STAT_CASES = [
    # (predictions, optional, (tp, fp, fn))
    ([stat("450 families", 450)], [], (1, 0, 1)),
    ([stat("450", 450), stat("up 12% on the year", 12)], [], (2, 0, 0)),  # overlapping spans suffice
    ([stat("450 families", 450, 1)], [], (1, 0, 1)),         # any occurrence of the gold text
    ([stat("450 families", 450), stat("450 families", 450, 1)], [], (1, 0, 1)),  # found twice: no cost
    ([stat("450 families", 45)], [], (0, 1, 2)),             # the value must agree
    ([stat("2023", 450)], [], (0, 1, 2)),                    # the span must overlap
    ([stat("2023", 2023)], [{"text": "2023", "value": 2023}], (0, 0, 2)),  # optional
    ([{"text": "450 families", "value": 450}], [], (0, 1, 2)),  # no span, no match
]  # fmt: skip


@pytest.mark.parametrize(("pred", "optional", "expected"), STAT_CASES)
def test_statistics_match_value_and_place(
    pred: list[dict[str, Any]], optional: list[dict[str, Any]], expected: tuple[int, int, int]
) -> None:
    """A statistic matches with the same value over a span overlapping the gold text in the release."""
    warnings: list[str] = []
    result = match_statistics(pred, GOLD_STATS, optional, STAT_TEXT, warnings.append)

    assert counts(result) == expected
    assert warnings == []


def test_statistics_warn_when_gold_text_is_absent() -> None:
    """A gold statistic whose text is not in the release is reported as a warning."""
    warnings: list[str] = []
    match_statistics([], [{"text": "9 schools", "value": 9}], [], STAT_TEXT, warnings.append)

    assert warnings == ["gold statistic text not in release: '9 schools'"]


# --- beneficiaries ------------------------------------------------------------------

BENEFICIARY_CASES = [
    # (predicted phrase, gold phrases, (tp, fp, fn))
    ("young carers in rural Wales", ["young carers in rural Wales"], (1, 0, 0)),
    ("carers in rural Wales", ["young carers in rural Wales"], (1, 0, 0)),      # F1 6/7
    ("young carers", ["young carers in rural Wales"], (1, 0, 0)),              # F1 exactly 0.5
    ("carers", ["young carers in rural Wales"], (0, 1, 1)),                    # F1 1/3
    ("the families of the miners", ["miners and their families"], (1, 0, 0)),  # stop words left out
    ("veterans", ["young carers in rural Wales"], (0, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("pred", "gold", "expected"), BENEFICIARY_CASES)
def test_beneficiaries_match_on_content_words(
    pred: str, gold: list[str], expected: tuple[int, int, int]
) -> None:
    """A beneficiary phrase matches a gold phrase when their content-word F1 is at least 0.5."""
    assert counts(match_beneficiaries([{"text": pred}], gold, [])) == expected


def test_beneficiaries_second_match_of_one_phrase_is_free() -> None:
    """A second phrase for an already matched group is neither a hit nor an extra."""
    result = match_beneficiaries(
        [{"text": "older people"}, {"text": "lonely older people"}],
        ["older people living alone"],
        [],
    )

    assert counts(result) == (1, 0, 0)


# --- quotes -------------------------------------------------------------------------

GOLD_QUOTES = [
    {"speaker": "Rosa Delgado Jr.", "text": "Every child deserves a warm coat this winter"},
    {"speaker": None, "text": "Volunteers are the heart of the drive"},
]

QUOTE_CASES = [
    # (predicted text, speaker, (tp, fp, fn), (tp, fp, fn) with speaker)
    ("“Every child deserves a warm coat this winter, and we will see to it.”", "Rosa Delgado", (1, 0, 1), (1, 0, 1)),
    ("Every child deserves a warm coat", "Ms. Delgado", (1, 0, 1), (1, 0, 1)),       # the surname suffices
    ("Every child deserves a warm coat", "Rosa Perez", (1, 0, 1), (0, 1, 2)),        # wrong speaker
    ("Volunteers are the heart of the drive", None, (1, 0, 1), (1, 0, 1)),           # unattributed on both sides
    ("Volunteers are the heart of the drive", "Rosa Delgado", (1, 0, 1), (0, 1, 2)),
    ("deserves a warm coat this winter", "Rosa Delgado", (1, 0, 1), (1, 0, 1)),     # six words of ours in theirs
    ("A coat for every child", "Rosa Delgado", (0, 1, 2), (0, 1, 2)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "found", "attributed"), QUOTE_CASES)
def test_quotes_match_opening_words_and_surname(
    text: str, speaker: str | None, found: tuple[int, int, int], attributed: tuple[int, int, int]
) -> None:
    """Quotes match when six opening words of one occur in the other; the speaker on the surname."""
    detection, attribution = match_quotes([{"text": text, "speaker": speaker}], GOLD_QUOTES, [])

    assert counts(detection) == found
    assert counts(attribution) == attributed


def test_one_quote_may_cover_several_gold_segments() -> None:
    """A predicted quote holding two gold segments finds both."""
    text = "Every child deserves a warm coat this winter. Volunteers are the heart of the drive."
    detection, _ = match_quotes([{"text": text, "speaker": "Delgado"}], GOLD_QUOTES, [])

    assert counts(detection) == (1, 0, 0)


def test_wrong_speaker_is_described() -> None:
    """An attribution extra says whom the gold expects."""
    _, attribution = match_quotes(
        [{"text": "Every child deserves a warm coat", "speaker": "Rosa Perez"}], GOLD_QUOTES[:1], []
    )

    assert attribution.extras == (
        '"Every child deserves a warm coat" (Rosa Perez), expected Rosa Delgado Jr.',
    )


# --- gifts --------------------------------------------------------------------------

ENTITIES = {"Kestrel Holdings Inc": ["Kestrel Holdings Inc", "Kestrel"], "Bay Aid": ["Bay Aid"]}
GOLD_GIFTS = [
    {"donor": "Kestrel Holdings Inc", "recipient": "Bay Aid", "value": 5000, "currency": "USD"}
]

GIFT_CASES = [
    # (donor, recipient, amount, (tp, fp, fn))
    ("Kestrel", "Bay Aid", {"value": 5000, "currency": "USD"}, (1, 0, 0)),
    ({"name": "Kestrel"}, "Bay Aid", {"value": 5000, "currency": "USD"}, (1, 0, 0)),
    ("Kestrel", None, {"value": 5000, "currency": "USD"}, (0, 1, 1)),  # null matches only null
    ("Kestrel", "Bay Aid", {"value": 500, "currency": "USD"}, (0, 1, 1)),
    ("Kestrel", "Bay Aid", None, (0, 1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("donor", "recipient", "amount", "expected"), GIFT_CASES)
def test_gifts_match_all_three_parts(
    donor: Any, recipient: Any, amount: Any, expected: tuple[int, int, int]
) -> None:
    """A gift record matches when its donor, recipient and amount all match."""
    pred = [{"donor": donor, "recipient": recipient, "amount": amount}]

    assert counts(match_gifts(pred, GOLD_GIFTS, [], ENTITIES)) == expected


def test_gift_without_money_matches_a_null_value() -> None:
    """A gift the gold records without a value matches a prediction without an amount."""
    gold = [{"donor": "Kestrel Holdings Inc", "recipient": None, "value": None, "currency": None}]

    assert counts(
        match_gifts([{"donor": "Kestrel", "recipient": None, "amount": None}], gold, [], ENTITIES)
    ) == (1, 0, 0)


def test_gifts_describe_misses_and_extras() -> None:
    """Gift misses and extras read donor → recipient: amount, with (none) for a null party."""
    pred = [{"donor": "Kestrel", "recipient": None, "amount": {"value": 5000, "currency": "USD"}}]
    result = match_gifts(pred, GOLD_GIFTS, [], ENTITIES)

    assert result.misses == ("Kestrel Holdings Inc → Bay Aid: 5,000 USD",)
    assert result.extras == ("Kestrel → (none): 5,000 USD",)


def test_gifts_scored_only_where_gold_has_them() -> None:
    """A gold file without a ``gifts`` key leaves gifts out of the release's score."""
    with_gifts = score_document("a", {}, {"gifts": []}, "")
    without = score_document("a", {}, {}, "")

    assert "gifts" in with_gifts.fields
    assert "gifts" not in without.fields


def test_gold_may_give_spans_instead_of_text() -> None:
    """A gold item with start and end but no text takes its text from the release."""
    text = "It reached 300 homes."
    gold = {"statistics": [{"start": 11, "end": 20, "value": 300}]}
    pred = {"statistics": [{"text": "300 homes", "value": 300, "start": 11, "end": 20}]}

    assert counts(score_document("a", pred, gold, text).fields["statistics"]) == (1, 0, 0)


# --- predictions files --------------------------------------------------------------


def test_predictions_are_keyed_by_file_name() -> None:
    """Each prediction is filed under its source's file name (or corpus id) without extension."""
    lines = [
        '{"source": "x/r1.txt", "donors": []}',
        "",
        '{"source": "r2"}',
        '{"source": "c.jsonl#r3.md"}',
    ]

    assert sorted(parse_predictions(lines)) == ["r1", "r2", "r3"]


@pytest.mark.parametrize("line", ["not json", "[1, 2]", '{"donors": []}'])
def test_bad_prediction_lines_are_refused(line: str) -> None:
    """A line that is not an object with a source is refused, naming the line."""
    with pytest.raises(ValueError, match="line 2"):
        parse_predictions(['{"source": "a"}', line])


# --- the command, on a gold folder written here -------------------------------------

RELEASE_A = "Kestrel gives $5,000 to Bay Aid. It serves 40 towns. “We are glad to help our neighbours this year,” said Ana Ruiz."
RELEASE_B = "Osprey Partners pledges €1m to Hill School."


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """Two releases with gold: one fully found by PRED, one half found."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text(RELEASE_A, encoding="utf-8")
    (gold / "b.txt").write_text(RELEASE_B, encoding="utf-8")
    (gold / "a.gold.json").write_text(
        json.dumps(
            {
                "id": "a",
                "kind": "donation",
                "donors": [["Kestrel"]],
                "recipients": [["Bay Aid"]],
                "amounts": [{"text": "$5,000", "value": 5000, "currency": "USD"}],
                "statistics": [{"text": "40 towns", "value": 40}],
                "quotes": [{"speaker": "Ana Ruiz", "text": "We are glad to help our neighbours"}],
            }
        ),
        encoding="utf-8",
    )
    (gold / "b.gold.json").write_text(
        json.dumps(
            {
                "id": "b",
                "donors": [["Osprey Partners"]],
                "recipients": [["Hill School"]],
                "amounts": [{"text": "€1m", "value": 1e6, "currency": "EUR"}],
            }
        ),
        encoding="utf-8",
    )
    return gold


def pred_file(tmp_path: Path) -> Path:
    """Predictions: release a right, release b with a wrong currency and recipient."""
    start = RELEASE_A.index("40 towns")
    rows = [
        {
            "source": "somewhere/a.txt",
            "donors": [{"name": "Kestrel"}],
            "recipients": [{"name": "Bay Aid"}],
            "amounts": [{"text": "$5,000", "value": 5000, "currency": "USD"}],
            "statistics": [{"text": "40 towns", "value": 40, "start": start, "end": start + 8}],
            "quotes": [
                {"text": "We are glad to help our neighbours this year,", "speaker": "Ana Ruiz"}
            ],
        },
        {
            "source": "b.txt",
            "donors": [{"name": "Osprey Partners"}],
            "recipients": [{"name": "Hill Foundation"}],
            "amounts": [{"text": "€1m", "value": 1e6, "currency": "USD"}],
        },
    ]
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


runner = CliRunner()


def test_evaluate_prints_the_table(gold_dir: Path, tmp_path: Path) -> None:
    """The table has tp, fp, fn, P, R, F1 per field and the mean F1."""
    result = runner.invoke(
        app, ["evaluate", "--gold", str(gold_dir), "--pred", str(pred_file(tmp_path))]
    )
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()}

    assert result.exit_code == 0, result.stderr
    assert rows["donors"] == ["2", "0", "0", "1.000", "1.000", "1.000"]
    assert rows["amounts"] == ["1", "1", "1", "0.500", "0.500", "0.500"]
    assert rows["recipients"] == ["1", "1", "1", "0.500", "0.500", "0.500"]
    assert "gifts" not in rows  # no gold file has gift records
    assert result.stdout.rstrip().endswith("0.833")  # (1 + .5 + .5 + 1 + 1 + 1) / 6


def test_evaluate_per_doc_lists_misses_and_extras(gold_dir: Path, tmp_path: Path) -> None:
    """--per-doc names each release's missed and extra items, and skips releases without any."""
    out = runner.invoke(
        app, ["evaluate", "--gold", str(gold_dir), "--pred", str(pred_file(tmp_path)), "--per-doc"]
    ).stdout
    per_doc = out[: out.index("field ")]

    assert per_doc.splitlines() == [
        "b",
        "  recipients      missed  Hill School",
        "                  extra   Hill Foundation",
        "  amounts         missed  €1m = 1,000,000 EUR",
        "                  extra   €1m = 1,000,000 USD",
        "",
    ]


def test_evaluate_json_shape(gold_dir: Path, tmp_path: Path) -> None:
    """--json prints documents, missing, scores per field and mean, warnings, and per_doc when asked."""
    result = runner.invoke(
        app,
        [
            "evaluate",
            "--gold",
            str(gold_dir),
            "--pred",
            str(pred_file(tmp_path)),
            "--json",
            "--per-doc",
        ],
    )
    data = json.loads(result.stdout)

    assert set(data) == {"documents", "missing", "scores", "warnings", "per_doc"}
    assert data["documents"] == 2
    assert data["missing"] == []
    assert set(data["scores"]) == {
        "donors",
        "recipients",
        "amounts",
        "beneficiaries",
        "statistics",
        "quotes",
        "quotes+speaker",
        "gifts",
        "mean",
    }
    assert set(data["scores"]["amounts"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert data["scores"]["mean"] == {"f1": pytest.approx(5 / 6)}
    assert data["per_doc"]["b"]["amounts"] == {
        "tp": 0,
        "fp": 1,
        "fn": 1,
        "misses": ["€1m = 1,000,000 EUR"],
        "extras": ["€1m = 1,000,000 USD"],
    }


def test_evaluate_reports_missing_predictions(gold_dir: Path, tmp_path: Path) -> None:
    """A gold release with no prediction is scored as empty and named."""
    pred = tmp_path / "one.jsonl"
    pred.write_text('{"source": "a.txt"}\n{"source": "elsewhere.txt"}\n', encoding="utf-8")
    result = runner.invoke(
        app, ["evaluate", "--gold", str(gold_dir), "--pred", str(pred), "--json"]
    )

    assert json.loads(result.stdout)["missing"] == ["b"]
    assert json.loads(result.stdout)["scores"]["donors"]["fn"] == 2


MIN_CASES = [
    # (--min values, exit code)
    ([], 0),
    (["donors=1"], 0),
    (["amounts=0.5"], 0),             # equal to the threshold passes
    (["amounts=0.51"], 1),
    (["donors=0.9", "amounts=0.9"], 1),
    (["mean=0.83"], 0),
    (["mean=0.84"], 1),
    (["quotes+speaker=1.0"], 0),
    (["amount=0.5"], 2),              # not a field
    (["amounts"], 2),
    (["amounts=high"], 2),
    (["amounts=1.5"], 2),
]  # fmt: skip


@pytest.mark.parametrize(("mins", "code"), MIN_CASES)
def test_evaluate_min_exit_codes(
    gold_dir: Path, tmp_path: Path, mins: list[str], code: int
) -> None:
    """--min fails with exit 1 below a threshold, 2 when the threshold is malformed."""
    args = ["evaluate", "--gold", str(gold_dir), "--pred", str(pred_file(tmp_path))]
    for spec in mins:
        args += ["--min", spec]
    result = runner.invoke(app, args)

    assert result.exit_code == code, result.stderr
    assert ("below threshold" in result.stderr) is (code == 1)


def test_evaluate_bad_inputs_exit_2(gold_dir: Path, tmp_path: Path) -> None:
    """A missing gold folder, an empty one or a malformed predictions file exits 2."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": "a"}\nnot json\n', encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()

    assert runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "nope")]).exit_code == 2
    assert runner.invoke(app, ["evaluate", "--gold", str(empty)]).exit_code == 2
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), "--pred", str(bad)])
    assert result.exit_code == 2
    assert "line 2" in result.stderr


def test_evaluate_runs_the_extractor_without_pred(gold_dir: Path) -> None:
    """Without --pred the extractor runs over each gold text, and every release gets a prediction."""
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), "--json"])

    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["missing"] == []


# --- agreement with the reference scorer on the shared dev corpus -------------------

needs_shared = pytest.mark.skipif(
    not (DEV.is_dir() and REFEREE.is_file()),
    reason=f"the shared corpus and scorer are not at {SHARED}; agreement test skipped",
)


def perturbed_predictions(seed: int) -> list[dict[str, Any]]:
    """Predictions made from the dev gold with seeded noise: some items dropped, altered, doubled or added."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(gold["id"] + ".txt").read_text(encoding="utf-8")

        def some(*keys: str) -> list[Any]:
            return [x for k in keys for x in gold.get(k) or [] if rng.random() < 0.7]  # noqa: B023

        stats = []
        for s in some("statistics", "statistics_optional"):
            at = text.find(s["text"]) if isinstance(s, dict) and "text" in s else -1
            if at >= 0:
                value = s["value"] if rng.random() < 0.85 else 7
                stats.append(
                    {"value": value, "start": at + rng.randint(0, 2), "end": at + len(s["text"])}
                )
        pred = {
            "source": f"any/where/{gold['id']}.txt",
            "donors": [{"name": rng.choice(a)} for a in some("donors", "donors_optional")]
            + [{"name": "Foundation"}],
            "recipients": [{"name": rng.choice(a)} for a in some("recipients", "recipients") if a],
            "amounts": [
                {
                    "value": a["value"] * (1 if rng.random() < 0.8 else 2),
                    "currency": a.get("currency") or "USD",
                }
                for a in some("amounts", "amounts_optional")
            ],
            "statistics": stats,
            "beneficiaries": [
                {"text": b if isinstance(b, str) else b["text"]}
                for b in some("beneficiaries", "beneficiaries_optional")
            ]
            + [{"text": "people everywhere"}],
            "quotes": [
                {
                    "text": q["text"].split(" ", rng.randint(0, 2))[-1],
                    "speaker": q.get("speaker") if rng.random() < 0.7 else "Jo Doe",
                }
                for q in some("quotes")
            ],
            "gifts": [
                {
                    "donor": g.get("donor"),
                    "recipient": g.get("recipient") if rng.random() < 0.8 else None,
                    "amount": None
                    if g.get("value") is None
                    else {"value": g["value"], "currency": g.get("currency")},
                }
                for g in some("gifts")
            ],
        }
        if rng.random() < 0.9:  # now and then a release goes without a prediction
            out.append(pred)
    return out


def extractor_predictions() -> list[dict[str, Any]]:
    """The extractor's own output over the dev releases."""
    from extractors import extract

    return [
        extract(p.read_text(encoding="utf-8"), str(p)).to_dict() for p in sorted(DEV.glob("*.txt"))
    ]


@needs_shared
@pytest.mark.parametrize("source", ["extractor", "noise-1", "noise-2", "noise-3"])
def test_evaluate_agrees_with_the_reference_scorer(tmp_path: Path, source: str) -> None:
    """On the same predictions, evaluate --json gives the reference scorer's counts and scores to 3 decimals."""
    preds = (
        extractor_predictions() if source == "extractor" else perturbed_predictions(int(source[-1]))
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
    )
    referee = subprocess.run(
        [sys.executable, str(REFEREE), "--gold", str(DEV), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    ours = runner.invoke(app, ["evaluate", "--gold", str(DEV), "--pred", str(pred), "--json"])
    theirs, mine = json.loads(referee.stdout), json.loads(ours.stdout)

    assert ours.exit_code == 0, ours.stderr
    assert mine["documents"] == theirs["documents"]
    assert mine["missing"] == theirs["missing"]
    for name, score in theirs["scores"].items():
        assert {k: round(v, 3) for k, v in mine["scores"][name].items()} == {
            k: round(v, 3) for k, v in score.items()
        }, name


@needs_shared
@pytest.mark.parametrize("bound", ["0.1", "0.6", "0.99"])
def test_evaluate_min_agrees_with_the_reference_scorer(tmp_path: Path, bound: str) -> None:
    """--min mean=F gives the reference scorer's exit status on the same predictions."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "".join(json.dumps(p) + "\n" for p in perturbed_predictions(1)), encoding="utf-8"
    )
    referee = subprocess.run(
        [
            sys.executable,
            str(REFEREE),
            "--gold",
            str(DEV),
            "--pred",
            str(pred),
            "--min",
            f"mean={bound}",
        ],
        capture_output=True,
        text=True,
    )
    ours = runner.invoke(
        app, ["evaluate", "--gold", str(DEV), "--pred", str(pred), "--min", f"mean={bound}"]
    )

    assert ours.exit_code == referee.returncode


def test_evaluation_docstring_examples() -> None:
    """The examples in extractors.evaluation's docstrings hold."""
    import doctest

    import extractors.evaluation

    result = doctest.testmod(extractors.evaluation)

    assert result.attempted > 0
    assert result.failed == 0


def test_cli_field_list_is_the_scorers() -> None:
    """The fields ``--min`` accepts are exactly the scorer's, kept apart only so the CLI starts fast."""
    from cli import evaluate as cli_evaluate
    from extractors import evaluation

    assert cli_evaluate.FIELDS == evaluation.FIELDS
