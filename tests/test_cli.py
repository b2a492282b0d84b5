"""``pressfacts extract`` and ``schema``: formats, fields, output files, version, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli import app as app_module
from cli.app import app
from cli.inputs import decode
from cli.render import CSV_COLUMNS
from extractors.model import FIELDS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed_like.txt"
RELEASES = sorted(FIXTURES.glob("*.txt"))

# A release of our own with a gift, a statistic and an attributed quote.
TEXT = (
    "Ridgeline Outfitters Gives $250,000 to Cedar Valley Food Bank\n\n"
    "BOULDER, Colo., April 3, 2025 /PRNewswire/ -- Ridgeline Outfitters today announced a "
    "$250,000 donation to Cedar Valley Food Bank to stock pantries for families facing hunger "
    "in rural Colorado. The food bank served 48,000 households last year.\n\n"
    "“No family should have to choose between heating and eating,” said Dana Whitfield, "
    "chief executive officer of Ridgeline Outfitters.\n"
)


def invoke(*args: str, input: str | bytes | None = None) -> Any:
    """Run the command in-process, stdout and stderr kept apart."""
    return CliRunner().invoke(app, list(args), input=input)


def records(stdout: str) -> list[dict[str, Any]]:
    """JSON Lines parsed."""
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def facts_of(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(field, fact) for field in FIELDS for fact in record.get(field, [])]


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "ridgeline.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_is_the_default_off_a_terminal(release: Path) -> None:
    """Off a terminal, one JSON object a line, carrying the contract's keys and the source as given."""
    result = invoke("extract", str(release))

    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["schema_version"] == 1
    assert record["source"] == str(release)
    assert record["title"] == "Ridgeline Outfitters Gives $250,000 to Cedar Valley Food Bank"
    assert set(FIELDS) <= set(record)
    assert result.stderr == ""


def test_every_span_indexes_the_text(release: Path) -> None:
    """Every fact printed satisfies text[start:end] == fact text."""
    for path in [release, *RELEASES]:
        result = invoke("extract", str(path))
        text, _ = decode(path.read_bytes())
        [record] = records(result.stdout)

        assert result.exit_code == 0, result.stderr
        for field, fact in facts_of(record):
            assert text[fact["start"] : fact["end"]] == fact["text"], (path.name, field, fact)


def test_json_single_release_is_an_object_and_several_an_array(release: Path) -> None:
    """--format json prints a bare object for one file and an array for several."""
    one = invoke("extract", str(release), "--format", "json")
    two = invoke("extract", str(release), str(SEED), "--format", "json")

    assert one.exit_code == 0 and two.exit_code == 0
    assert json.loads(one.stdout)["source"] == str(release)
    assert one.stdout.startswith("{\n  ")  # pretty printed
    assert [r["source"] for r in json.loads(two.stdout)] == [str(release), str(SEED)]


def test_json_array_for_a_folder_even_of_one(tmp_path: Path) -> None:
    """A folder may hold several releases, so it prints an array even when it holds one."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    result = invoke("extract", str(tmp_path), "--format", "json")

    assert result.exit_code == 0
    assert isinstance(json.loads(result.stdout), list)


def test_json_array_is_empty_when_every_input_fails(tmp_path: Path) -> None:
    """When nothing can be read the array is still valid JSON: []."""
    result = invoke("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json")

    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_csv_has_one_row_per_fact(release: Path) -> None:
    """--format csv writes the documented header, then a row for every fact of every field."""
    result = invoke("extract", str(release), "--format", "csv")
    [record] = records(invoke("extract", str(release)).stdout)

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = next(csv.reader(io.StringIO(result.stdout)))
    expected = [(field, fact["text"], str(fact["start"])) for field, fact in facts_of(record)]

    assert result.exit_code == 0
    assert tuple(header) == CSV_COLUMNS
    assert [(r["field"], r["text"], r["start"]) for r in rows] == expected
    assert all(r["source"] == str(release) for r in rows)


def test_csv_gift_row_puts_money_and_parties_in_their_columns() -> None:
    """A gift's amount lands in value/currency/bound and its parties in donor/recipient."""
    from cli.render import csv_row

    gift = {
        "donor": "Acme", "recipient": "Food Bank", "purpose": "to feed families",
        "amount": {"value": 5000, "currency": "USD", "bound": "up_to"},
        "text": "Acme gives up to $5,000 to Food Bank.", "start": 0, "end": 37,
        "rule": "gift.sentence", "confidence": 0.8,
    }  # fmt: skip

    row = dict(zip(CSV_COLUMNS, csv_row("r.txt", "gifts", gift), strict=True))

    assert (row["value"], row["currency"], row["bound"]) == (5000, "USD", "up_to")
    assert (row["donor"], row["recipient"], row["purpose"]) == (
        "Acme",
        "Food Bank",
        "to feed families",
    )
    assert (row["speaker"], row["unit"]) == ("", "")


def test_table_shows_the_summary_within_80_columns(release: Path) -> None:
    """--format table shows the title, the gift line and the quote's speaker, no line over 80 columns."""
    result = CliRunner().invoke(
        app, ["extract", str(release), "--format", "table"], env={"COLUMNS": "80", "NO_COLOR": "1"}
    )

    assert result.exit_code == 0, result.stderr
    assert "Ridgeline Outfitters Gives" in result.stdout
    assert "Gifts" in result.stdout and "→" in result.stdout
    assert "Quotes" in result.stdout
    assert "\x1b[" not in result.stdout  # NO_COLOR and not a terminal: no escapes
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_table_says_none_found_for_an_empty_field(tmp_path: Path) -> None:
    """A field with no facts says so, so a reader can tell it ran."""
    path = tmp_path / "plain.txt"
    path.write_text("Weather Notes\n\nIt rained on Tuesday.\n", encoding="utf-8")

    result = invoke("extract", str(path), "--format", "table", "--fields", "quotes")

    assert result.exit_code == 0
    assert "Quotes" in result.stdout and "none found" in result.stdout
    assert "Statistics" not in result.stdout


def test_fields_limit_the_output(release: Path) -> None:
    """--fields keeps only the named fact lists, comma-separated or repeated."""
    comma = records(invoke("extract", str(release), "--fields", "quotes,amounts").stdout)
    repeated = records(
        invoke("extract", str(release), "--fields", "amounts", "--fields", "quotes").stdout
    )

    assert set(comma[0]) == {"schema_version", "source", "title", "date", "amounts", "quotes"}
    assert comma == repeated


def test_fields_skip_the_work_of_the_others(release: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --fields quotes the gift extractors never run (a broken one cannot fail the run)."""
    from extractors import pipeline

    def broken(ctx: object) -> tuple[()]:
        raise RuntimeError("must not run")

    for name in ("donors", "recipients", "amounts", "gifts"):
        monkeypatch.setitem(pipeline.EXTRACTORS, name, broken)

    result = invoke("extract", str(release), "--fields", "quotes")

    assert result.exit_code == 0, result.stderr
    assert "quotes" in records(result.stdout)[0]


@pytest.mark.parametrize("value", ["donor", "quotes,speakers", ",", "DONORS;amounts"])
def test_unknown_field_is_a_usage_error(release: Path, value: str) -> None:
    """An unknown --fields name exits 2 with a message listing the real ones."""
    result = invoke("extract", str(release), "--fields", value)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--fields" in result.stderr and "beneficiaries" in result.stderr


def test_fields_are_case_insensitive(release: Path) -> None:
    """Field names are matched without case."""
    result = invoke("extract", str(release), "--fields", "Quotes")

    assert result.exit_code == 0
    assert "quotes" in records(result.stdout)[0]


def test_output_file_is_written_whole_with_no_temporary_left(release: Path, tmp_path: Path) -> None:
    """-o writes the file, prints nothing on stdout, and leaves no temporary file beside it."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "facts.csv"

    result = invoke("extract", str(release), "--format", "csv", "-o", str(target))
    direct = invoke("extract", str(release), "--format", "csv")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == direct.stdout
    assert sorted(p.name for p in out_dir.iterdir()) == ["facts.csv"]


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("facts.csv", lambda text: text.startswith("source,field,text,")),
        ("facts.json", lambda text: isinstance(json.loads(text), dict)),
        ("facts.jsonl", lambda text: len(text.splitlines()) == 1 and json.loads(text)),
        ("facts.out", lambda text: len(text.splitlines()) == 1 and json.loads(text)),
    ],
)
def test_output_format_follows_the_file_ending(
    release: Path, tmp_path: Path, name: str, check: Any
) -> None:
    """Without --format, -o picks CSV, JSON or JSON Lines from the file name (JSON Lines otherwise)."""
    target = tmp_path / name

    result = invoke("extract", str(release), "-o", str(target))

    assert result.exit_code == 0
    assert check(target.read_text(encoding="utf-8"))


def test_interrupted_run_leaves_the_old_file_and_no_temporary(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interrupted run keeps the previous output file untouched and removes its temporary file."""
    from cli import render

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "facts.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(self: object, record: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(render.JsonLinesRenderer, "_write", interrupted)
    result = invoke("extract", str(release), "-o", str(target))

    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in out_dir.iterdir()) == ["facts.jsonl"]


def test_unwritable_output_is_one_line_error(release: Path, tmp_path: Path) -> None:
    """An output file in a missing folder is a one-line error, exit 1, no traceback."""
    result = invoke("extract", str(release), "-o", str(tmp_path / "missing" / "facts.jsonl"))

    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_example_reads_the_bundled_release() -> None:
    """--example extracts from the bundled release, its source "example"."""
    result = invoke("extract", "--example")
    text, _ = decode(SEED.read_bytes())

    [record] = records(result.stdout)
    assert result.exit_code == 0
    assert record["source"] == "example"
    assert record["title"] == text.splitlines()[0].strip()


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no input and a terminal on stdin there is nothing to read: exit 2 with a hint."""
    monkeypatch.setattr(app_module, "_stdin_is_terminal", lambda: True)

    result = invoke("extract")

    assert result.exit_code == 2
    assert "no input" in result.stderr and "--example" in result.stderr


def test_no_input_reads_piped_stdin() -> None:
    """With no input and a pipe on stdin, stdin is the release."""
    result = invoke("extract", input=TEXT)

    assert result.exit_code == 0
    assert records(result.stdout)[0]["source"] == "-"


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--bogus"],
        ["extract", "--format", "xml", "r.txt"],
        ["extract", "--jobs", "-1", "r.txt"],
        ["extract", "--max-bytes", "lots", "r.txt"],
        ["nonsense"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    """Unknown options, bad option values and unknown commands exit 2 with nothing on stdout."""
    result = invoke(*args)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_version() -> None:
    """--version prints the name and version."""
    result = invoke("--version")

    assert result.exit_code == 0
    assert result.stdout == "pressfacts 0.1.0\n"


def _all_commands() -> list[list[str]]:
    import typer

    group = typer.main.get_command(app)
    return [[], *([name] for name in sorted(group.commands))]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "pressfacts")
def test_help_has_examples(command: list[str]) -> None:
    """Every command's --help shows examples."""
    result = invoke(*command, "--help")

    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "pressfacts " in result.stdout


def test_schema_command_prints_the_schema() -> None:
    """`pressfacts schema` prints the draft 2020-12 JSON Schema of the output object."""
    from extractors.schema import SCHEMA

    result = invoke("schema")

    assert result.exit_code == 0
    assert json.loads(result.stdout) == SCHEMA
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _installed_command() -> list[str]:
    """The installed console script beside this interpreter, else on PATH, else ``python -m cli``."""
    beside = Path(sys.executable).parent / "pressfacts"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pressfacts")
    return [found] if found else [sys.executable, "-m", "cli"]


def test_installed_command_in_a_pipe(tmp_path: Path) -> None:
    """The installed command, piped, prints JSON Lines with the gift's amount and nothing on stderr."""
    path = tmp_path / "ridgeline.txt"
    path.write_text(TEXT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}

    proc = subprocess.run(
        [*_installed_command(), "extract", str(path), "--fields", "amounts"],
        capture_output=True,
        timeout=120,
        env=env,
        check=False,
    )

    [record] = records(proc.stdout.decode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert 250000 in [a["value"] for a in record["amounts"]]


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    """When the reader goes away after one line (| head -1), the command stops with no traceback."""
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(3000):
            f.write(json.dumps({"id": i, "text": f"Note {i}\n\nNothing happened today."}) + "\n")

    proc = subprocess.Popen(
        [*_installed_command(), "extract", str(corpus), "--fields", "quotes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=120)

    assert json.loads(first)["source"] == f"{corpus}#0"
    assert err == b""
    assert code == 1


def test_terminated_run_leaves_no_file(tmp_path: Path) -> None:
    """SIGTERM while writing -o ends with exit 143, no output file and no temporary file."""
    import signal
    import time

    fifo = tmp_path / "live.jsonl"
    os.mkfifo(fifo)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "extract", str(fifo), "-o", str(out_dir / "facts.jsonl")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    with open(fifo, "w", encoding="utf-8") as writer:
        writer.write(json.dumps({"id": "one", "text": TEXT}) + "\n")
        writer.flush()
        deadline = time.monotonic() + 60
        while not list(out_dir.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)  # the temporary file appears once the run is under way
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    err = proc.stderr.read()
    proc.stderr.close()

    assert code == 143, err
    assert err == b"pressfacts: interrupted\n"
    assert list(out_dir.iterdir()) == []


def test_table_is_the_default_on_a_terminal(release: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With stdout on a terminal and no --format, the summary view is printed."""
    monkeypatch.setattr(app_module, "_stdout_is_terminal", lambda: True)

    result = invoke("extract", str(release))

    assert result.exit_code == 0
    assert result.stdout.startswith("╭─ ")
    assert "Ridgeline Outfitters Gives" in result.stdout


def test_data_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """JSON Lines are UTF-8 even when the locale's encoding is ASCII."""
    path = tmp_path / "cafe.txt"
    path.write_text("Café Lumière Gives €5,000 to the Choir\n\nIt gave €5,000.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}

    proc = subprocess.run(
        [sys.executable, "-m", "cli", "extract", str(path), "--fields", "quotes"],
        capture_output=True,
        timeout=120,
        env=env,
        check=False,
    )

    assert proc.returncode == 0, proc.stderr
    assert "Café Lumière Gives €5,000" in proc.stdout.decode("utf-8")
    assert json.loads(proc.stdout)["title"] == "Café Lumière Gives €5,000 to the Choir"


def test_undecodable_file_name_is_escaped_not_fatal(tmp_path: Path) -> None:
    """A file name that is not UTF-8 is printed as an escape inside valid JSON, exit 0."""
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(raw, "wb") as f:
        f.write(TEXT.encode())

    result = invoke("extract", str(folder), "--fields", "amounts")

    [record] = records(result.stdout)
    assert result.exit_code == 0, result.stderr
    assert record["source"].endswith("caf\udce9.txt")


def test_command_prints_what_the_library_returns() -> None:
    """For each fixture, the printed record is exactly extract(text, source).to_dict()."""
    from extractors import extract

    paths = sorted(FIXTURES.glob("*.txt"))
    printed = records(invoke("extract", *map(str, paths)).stdout)
    expected = [extract(decode(p.read_bytes())[0], str(p)).to_dict() for p in paths]

    assert printed == json.loads(json.dumps(expected))


@pytest.mark.parametrize("module", ["cli.inputs", "cli.render", "extractors.schema"])
def test_docstring_examples_hold(module: str) -> None:
    """The examples in the module docstrings run as written."""
    import doctest
    import importlib

    failed, tried = doctest.testmod(importlib.import_module(module))

    assert tried > 0
    assert failed == 0


def test_output_to_a_folder_is_a_usage_error(release: Path, tmp_path: Path) -> None:
    """-o naming a folder is refused before any work, exit 2."""
    result = invoke("extract", str(release), "-o", str(tmp_path))

    assert result.exit_code == 2
    assert "is a folder" in result.stderr


def test_table_copes_with_every_empty_value() -> None:
    """The summary view renders facts whose optional values are all null."""
    from rich.console import Console

    from cli.render import release_panel

    record = {
        "schema_version": 1, "source": None, "title": None, "date": None,
        "donors": [], "recipients": [], "amounts": [], "beneficiaries": [],
        "statistics": [{"text": "dozens of volunteers", "value": None, "unit": None, "subject": None,
                        "bound": "at_least", "section": "boilerplate", "start": 0, "end": 20,
                        "rule": "r", "confidence": 0.5}],
        "quotes": [{"text": "Thanks.", "speaker": None, "title": None, "organization": None,
                    "start": 0, "end": 7, "rule": "r", "confidence": 0.5}],
        "gifts": [{"donor": None, "recipient": None, "amount": None, "purpose": None,
                   "text": "A gift.", "start": 0, "end": 7, "rule": "r", "confidence": 0.5}],
    }  # fmt: skip
    console = Console(file=io.StringIO(), width=80, no_color=True)

    console.print(release_panel(record))

    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "(no title)" in shown and "unattributed" in shown and "no sum stated" in shown
    assert "at least ?" in shown and "(boilerplate)" in shown and "none found" in shown
