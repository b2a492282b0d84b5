"""``pressfacts show``: facts marked in place, nested markers, legend, record, 80 columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractors
from cli.app import app
from cli.show import Mark, marks_of, plain_markers, record_lines, use_plain
from extractors.model import (
    Amount,
    Beneficiary,
    Entity,
    Gift,
    GiftAmount,
    Quote,
    Release,
    Statistic,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")

# A release of our own, long enough to wrap at 80 columns, with a quote that
# holds an amount and a statistic, and an About section.
TEXT = (
    "Brightwater Mills Gives $40,000 to Harbour Literacy Trust\n\n"
    "PORTLAND, ME, June 3, 2024 -- Brightwater Mills today gave $40,000 to the Harbour "
    "Literacy Trust to buy books for adult learners in coastal towns, a region where 18% "
    "of adults read below a fifth-grade level.\n\n"
    '"We hope our $40,000 reaches 600 readers this year," said Ines Ward, president of '
    "Brightwater Mills.\n\n"
    "About Brightwater Mills\nBrightwater Mills employs 900 people & ships <paper> worldwide.\n"
)


def at(needle: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of ``needle`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def sample_release(source: str | None = "sample.txt") -> Release:
    """A hand-made release over TEXT with one or more facts of every highlighted field."""
    quote = "We hope our $40,000 reaches 600 readers this year,"
    return Release(
        source=source,
        title="Brightwater Mills Gives $40,000 to Harbour Literacy Trust",
        date="2024-06-03",
        donors=(
            Entity("Brightwater Mills", "Brightwater Mills", *at("Brightwater Mills", 1), "t", 1.0),
        ),
        recipients=(
            Entity(
                "Harbour Literacy Trust",
                "Harbour Literacy Trust",
                *at("Harbour Literacy Trust", 1),
                "t",
                1.0,
            ),
        ),
        amounts=(
            Amount("$40,000", 40000.0, "USD", "exact", *at("$40,000", 1), "t", 1.0),
            Amount("$40,000", 40000.0, "USD", "exact", *at("$40,000", 2), "t", 1.0),
        ),
        beneficiaries=(
            Beneficiary(
                "adult learners in coastal towns", *at("adult learners in coastal towns"), "t", 1.0
            ),
        ),
        statistics=(
            Statistic("18% of adults", 18.0, "percent", "adults", *at("18% of adults"), "t", 1.0),
            Statistic("600 readers", 600.0, None, "readers", *at("600 readers"), "t", 1.0),
            Statistic(
                "900 people",
                900.0,
                None,
                "people",
                *at("900 people"),
                "t",
                1.0,
                section="boilerplate",
            ),
        ),
        quotes=(Quote(quote, "Ines Ward", "president", "Brightwater Mills", *at(quote), "t", 1.0),),
        gifts=(
            Gift(
                "Brightwater Mills",
                "Harbour Literacy Trust",
                GiftAmount(40000.0, "USD", "exact"),
                "to buy books",
                "x",
                0,
                1,
                "t",
                1.0,
            ),
        ),
    )


@pytest.fixture
def release_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TEXT in a file, and the extractor replaced by one returning ``sample_release``."""
    path = tmp_path / "sample.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(
        extractors, "extract", lambda text, source=None, fields=None: sample_release(source)
    )
    return path


# --- the nesting layout ---------------------------------------------------------

LAYOUT_CASES = [
    # (text, marks as (field, start, end), expected)
    ("Acme gave $5.", [("donors", 0, 4), ("amounts", 10, 12)], "[donor: Acme] gave [amount: $5]."),
    ("We give $5 today", [("quotes", 0, 16), ("amounts", 8, 10)], "[quote: We give [amount: $5] today]"),
    # the inner fact starts where the outer one does
    ("$5 for kids", [("amounts", 0, 2), ("beneficiaries", 0, 11)], "[beneficiary: [amount: $5] for kids]"),
    # ... or ends where it ends
    ("help 40 kids", [("beneficiaries", 0, 12), ("statistics", 5, 12)], "[beneficiary: help [statistic: 40 kids]]"),
    # crossing spans: the later one is closed with the earlier and reopened after it
    ("abcdef", [("quotes", 0, 4), ("statistics", 2, 6)], "[quote: ab[statistic: cd]][statistic…: ef]"),
    # the same span in two fields nests by field order, quotes outermost
    ("40%", [("statistics", 0, 3), ("quotes", 0, 3)], "[quote: [statistic: 40%]]"),
    # touching spans do not nest
    ("AcmeFund", [("donors", 0, 4), ("recipients", 4, 8)], "[donor: Acme][recipient: Fund]"),
    # an empty span draws nothing
    ("Acme", [("donors", 2, 2)], "Acme"),
    ("", [], ""),
    # the boilerplate is a region like any other, outside the facts in it
    ("Body. About Acme: 9 staff", [("boilerplate", 6, 25), ("statistics", 18, 25)], "Body. [boilerplate: About Acme: [statistic: 9 staff]]"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), LAYOUT_CASES)
def test_plain_markers_nest(text: str, marks: list[tuple[str, int, int]], expected: str) -> None:
    """Plain markers wrap each fact's span, nested where facts overlap."""
    got = plain_markers(text, [Mark(f, i, s, e) for i, (f, s, e) in enumerate(marks)])

    assert got == expected


def test_plain_markers_keep_the_text() -> None:
    """Removing the markers gives back the text exactly, whatever the overlaps."""
    marks = marks_of(sample_release(), TEXT, TEXT.index("About"))
    marked = plain_markers(TEXT, marks)

    assert re.sub(r"\[[a-z]+…?: |\]", "", marked) == TEXT


def test_marks_skip_invalid_spans() -> None:
    """A fact whose span falls outside the text is left out of the highlights."""
    bad = Release(
        source=None,
        title=None,
        date=None,
        donors=(Entity("Acme", "Acme", 0, 4, "t", 1.0), Entity("Far", "Far", 90, 93, "t", 1.0)),
    )

    assert [(m.field, m.start, m.end) for m in marks_of(bad, "Acme gives.")] == [("donors", 0, 4)]


# --- the record -----------------------------------------------------------------


def test_record_lists_the_gift_chain_and_quotes() -> None:
    """The record has donor → amount → recipient, beneficiaries, statistics and quotes with speakers."""
    rows = dict(record_lines(sample_release()))

    assert rows["Gifts"] == "Brightwater Mills → 40,000 USD → Harbour Literacy Trust"
    assert rows["Beneficiaries"] == "adult learners in coastal towns"
    assert rows["Statistics"] == "18% of adults = 18%"
    assert rows["Quotes"].endswith("— Ines Ward, president, Brightwater Mills")


def test_record_without_gift_records_chains_the_lists() -> None:
    """Without gift records the record chains the donor, amount and recipient lists."""
    release = Release(
        source=None,
        title=None,
        date=None,
        donors=(Entity("Acme", "Acme", 0, 4, "t", 1.0),),
        amounts=(Amount("$5", 5.0, "USD", "up_to", 10, 12, "t", 1.0),),
    )

    assert dict(record_lines(release))["Gift"] == "Acme → $5 (up to 5 USD) → ?"


# --- colour or plain --------------------------------------------------------------


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


PLAIN_CASES = [
    # (--color/--no-color, NO_COLOR, TERM, terminal, plain)
    (None, None, "xterm", True, False),
    (None, None, "xterm", False, True),   # piped
    (None, "1", "xterm", True, True),     # NO_COLOR
    (None, "", "xterm", True, False),     # an empty NO_COLOR does not count
    (None, None, "dumb", True, True),
    (True, "1", "xterm", False, False),   # asked for: colours even so
    (False, None, "xterm", True, True),
]  # fmt: skip


@pytest.mark.parametrize(("color", "no_color", "term", "tty", "plain"), PLAIN_CASES)
def test_use_plain(
    monkeypatch: pytest.MonkeyPatch,
    color: bool | None,
    no_color: str | None,
    term: str,
    tty: bool,
    plain: bool,
) -> None:
    """Plain markers when asked, under NO_COLOR or TERM=dumb, or when not a terminal."""
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setenv("TERM", term)

    assert use_plain(color, _Stream(tty)) is plain


# --- through the command ----------------------------------------------------------

runner = CliRunner()


def test_show_piped_prints_plain_markers(release_file: Path) -> None:
    """Piped, show prints no escape codes and marks facts as [field: …], nested in quotes."""
    result = runner.invoke(
        app, ["show", str(release_file)], env={"NO_COLOR": None, "TERM": "xterm"}
    )

    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "\x1b[" not in out
    assert "[donor: Brightwater Mills]" in out
    assert "[quote: We hope our [amount: $40,000] reaches [statistic: 600 readers] this" in out
    assert "[boilerplate: About Brightwater Mills" in out
    assert "<paper>" in out  # the text is printed as is, not read as markup


def test_show_prints_a_legend_and_the_record(release_file: Path) -> None:
    """The legend names every field with its count, and the record follows the text."""
    out = runner.invoke(app, ["show", str(release_file)]).stdout
    legend = out[out.index("Legend:") : out.index("\n\n", out.index("Legend:"))]

    for label, count in [
        ("donor", 1),
        ("recipient", 1),
        ("amount", 2),
        ("statistic", 3),
        ("beneficiary", 1),
        ("quote", 1),
    ]:
        assert f"[{label}: …]×{count}" in legend
    assert out.index("Gifts") > out.index("[boilerplate:")
    assert "Ines Ward" in out[out.index("Quotes") :]


@pytest.mark.parametrize(("no_color", "coloured"), [(None, True), ("1", False)])
def test_show_on_a_terminal_obeys_no_color(
    release_file: Path, monkeypatch: pytest.MonkeyPatch, no_color: str | None, coloured: bool
) -> None:
    """On a terminal show colours the facts, unless NO_COLOR is set."""
    monkeypatch.setattr("cli.show._stdout_is_terminal", lambda: True)
    result = runner.invoke(
        app, ["show", str(release_file)], env={"NO_COLOR": no_color, "TERM": "xterm"}
    )

    assert ("\x1b[" in result.stdout) is coloured
    assert ("[amount: $40,000]" in result.stdout) is not coloured


def test_show_color_highlights_in_place(release_file: Path) -> None:
    """With --color, facts are styled in the text rather than marked with brackets."""
    result = runner.invoke(app, ["show", "--color", str(release_file)], env={"COLUMNS": "80"})
    out = result.stdout

    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in out
    assert "[donor:" not in out
    assert "Brightwater Mills" in ANSI.sub("", out)


@pytest.mark.parametrize("flag", ["--color", "--no-color"])
def test_show_fits_80_columns(release_file: Path, flag: str) -> None:
    """Every line of show's output fits in 80 columns, with colours or without."""
    result = runner.invoke(app, ["show", flag, str(release_file)], env={"COLUMNS": "80"})
    lines = ANSI.sub("", result.stdout).splitlines()

    assert len(lines) > 10
    assert max(len(line) for line in lines) <= 80


def test_show_picks_one_release_of_a_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """corpus.jsonl#<id> shows that release only; an unknown id exits 1."""
    monkeypatch.setattr(
        extractors, "extract", lambda text, source=None, fields=None: Release(source, None, None)
    )
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "First one."}\n{"id": "b", "text": "Second one."}\n', encoding="utf-8"
    )
    picked = runner.invoke(app, ["show", f"{corpus}#b"])
    unknown = runner.invoke(app, ["show", f"{corpus}#zz"])

    assert picked.exit_code == 0
    assert "Second one." in picked.stdout
    assert "First one." not in picked.stdout
    assert unknown.exit_code == 1
    assert "no release with this id" in unknown.stderr


def test_show_unreadable_release_exits_1(tmp_path: Path) -> None:
    """A release that cannot be read is reported on standard error with exit 1."""
    result = runner.invoke(app, ["show", str(tmp_path / "missing.txt")])

    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert result.stdout == ""


def test_show_runs_the_real_extractor() -> None:
    """With the real extractor, show prints the release and a legend without failing."""
    result = runner.invoke(app, ["show", "-"], input=TEXT)

    assert result.exit_code == 0, result.stderr
    assert "Legend:" in result.stdout
    assert "Harbour" in result.stdout


def test_show_docstring_examples() -> None:
    """The examples in cli.show's docstrings hold."""
    import doctest

    import cli.show

    result = doctest.testmod(cli.show)

    assert result.attempted > 0
    assert result.failed == 0


def test_show_reports_a_failing_extraction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When extraction raises, show names the release and the error on standard error, exit 1."""

    def broken(text: str, source: str | None = None, fields: object = None) -> Release:
        raise KeyError("money")

    monkeypatch.setattr(extractors, "extract", broken)
    path = tmp_path / "r.txt"
    path.write_text("Acme gives $5.", encoding="utf-8")
    result = runner.invoke(app, ["show", str(path)])

    assert result.exit_code == 1
    assert "r.txt: extraction failed (KeyError: 'money')" in result.stderr


@pytest.mark.parametrize("command", ["show", "report", "evaluate"])
def test_help_has_examples_and_exit_codes(command: str) -> None:
    """The --help of show, report and evaluate gives examples and exit codes."""
    result = runner.invoke(app, [command, "--help"])

    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"pressfacts {command} " in result.stdout
    assert "Exit codes:" in result.stdout
