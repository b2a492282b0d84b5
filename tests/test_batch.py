"""Batches: --jobs keeps input order and output, streams with bounded memory, survives failures."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli import runner
from cli.app import app
from cli.inputs import Item, Problem
from cli.progress import Reporter

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"

# Short releases of our own, varied so that outputs differ from one to the next.
TEMPLATES = [
    "Harbor Bank Gives ${n},000 to Lakeside Shelter\n\nHarbor Bank donated ${n},000 to Lakeside Shelter "
    "to house {n}0 families this winter.\n",
    "City Arts Council Report {n}\n\nAttendance rose {n}% at {n} venues.\n",
    "Northwind Foundation Awards Grant\n\n“We are proud to help,” said Mara Olsen, director of the "
    "Northwind Foundation, which gave €{n} million to the Coastal Reef Trust.\n",
]


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def release(n: int) -> str:
    return TEMPLATES[n % len(TEMPLATES)].format(n=n + 1)


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    """A folder of files (fixtures and our own), a corpus with a bad line, and a missing file."""
    folder = tmp_path / "releases"
    folder.mkdir()
    for path in sorted(FIXTURES.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    for n in range(25):
        (folder / f"own_{n:02}.txt").write_text(release(n), encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"c{n}", "text": release(n)}) for n in range(60)]
    lines.insert(30, "not json")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder), str(tmp_path / "missing.txt"), str(corpus)]


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_jobs_output_is_identical_to_serial(batch: list[str], jobs: str) -> None:
    """--jobs N prints exactly what --jobs 1 prints, in input order, with the same messages and exit code."""
    serial = invoke("extract", *batch)
    parallel = invoke("extract", "--jobs", jobs, *batch)
    sources = [json.loads(line)["source"] for line in serial.stdout.splitlines()]

    assert serial.exit_code == 1  # the missing file and the bad corpus line
    assert parallel.exit_code == serial.exit_code
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr
    assert len(sources) == len(list(FIXTURES.glob("*.txt"))) + 25 + 60
    assert sources[-60:] == [f"{batch[2]}#c{n}" for n in range(60)]


def test_jobs_with_csv_and_json_match_serial(batch: list[str]) -> None:
    """Every data format gives the same bytes with and without a pool."""
    for fmt in ("csv", "json"):
        assert (
            invoke("extract", "-j", "2", "-f", fmt, *batch).stdout
            == invoke("extract", "-f", fmt, *batch).stdout
        )


def test_extractor_exception_is_reported_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release whose extractor raises is an error naming its source; the others print; exit 1."""
    from extractors import pipeline

    real = pipeline.EXTRACTORS["quotes"]

    def fragile(ctx: Any) -> Any:
        if "Reef" in ctx.text:
            raise RuntimeError("quote finder tripped\nsecond line")
        return real(ctx)

    monkeypatch.setitem(pipeline.EXTRACTORS, "quotes", fragile)
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(release(n), encoding="utf-8")

    result = invoke("extract", str(tmp_path))

    assert result.exit_code == 1
    assert [Path(json.loads(x)["source"]).name for x in result.stdout.splitlines()] == [
        "r0.txt",
        "r1.txt",
    ]
    assert (
        f"error: {tmp_path / 'r2.txt'}: extraction failed (RuntimeError: quote finder tripped); skipped"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_worker_exception_is_reported_in_order() -> None:
    """In a pool, a release that makes extraction raise comes back as a Problem in its place."""
    items: list[Item | Problem] = [Item(f"r{n}", release(n)) for n in range(40)]
    items[17] = Item("bad", b"bytes, not text")  # type: ignore[arg-type]  # extraction raises

    got = list(runner.run(items, None, jobs=2))

    assert [x.source for x in got] == [x.source for x in items]
    assert isinstance(got[17], Problem) and "extraction failed" in got[17].message
    assert all(isinstance(x, runner.Done) for i, x in enumerate(got) if i != 17)


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_only_a_bounded_window_ahead(jobs: int) -> None:
    """The first result comes out while most of the input is unread, whatever its length."""
    consumed = 0

    def endless() -> Iterator[Item]:
        nonlocal consumed
        for n in range(10_000):
            consumed += 1
            yield Item(f"r{n}", release(n))

    results = runner.run(endless(), ["amounts"], jobs=jobs)
    first = next(results)
    at_first = consumed
    for _ in range(300):
        next(results)
    at_300 = consumed
    results.close()

    # Serially, one release at a time; in a pool, the queued chunks, one being built, one in hand.
    window = 1 if jobs == 1 else (jobs * runner.WINDOW_PER_JOB + 2) * runner.CHUNK
    assert first.source == "r0"
    assert at_first <= window
    assert at_300 <= 301 + window


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corpus_output_starts_before_its_input_ends(tmp_path: Path, jobs: str) -> None:
    """Reading a corpus from a pipe, the first record is printed before the writer has finished."""
    fifo = tmp_path / "live.jsonl"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "extract", str(fifo), "--fields", "amounts", "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    with open(fifo, "w", encoding="utf-8") as writer:
        writer.write(json.dumps({"id": "first", "text": release(0)}) + "\n")
        writer.flush()
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(proc.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(timeout=60)
        assert got, "no output while the corpus was still open"
        writer.write(json.dumps({"id": "second", "text": release(1)}) + "\n")
    rest = proc.stdout.read()
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()

    assert proc.wait(timeout=60) == 0, err
    assert json.loads(got[0])["source"] == f"{fifo}#first"
    assert json.loads(rest)["source"] == f"{fifo}#second"


def test_progress_in_a_pipe_only_when_asked(tmp_path: Path) -> None:
    """No progress in a pipe by default; --progress prints a plain count on stderr."""
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(release(n), encoding="utf-8")
    paths = [str(p) for p in sorted(tmp_path.glob("*.txt"))]

    quiet = invoke("extract", *paths)
    loud = invoke("extract", "--progress", *paths)

    assert quiet.stderr == ""
    assert loud.stdout == quiet.stdout
    assert loud.stderr.startswith("pressfacts: 3 of 3 releases, ")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_starts_at_the_second_release() -> None:
    """On a terminal the rich bar appears only once there is more than one release, and messages pass above it."""
    stream = _Terminal()
    reporter = Reporter(progress=True, total=None, stream=stream)

    reporter.advance()
    one = stream.getvalue()
    reporter.advance()
    reporter.warning("r2.txt: not UTF-8")
    reporter.close()

    assert one == ""
    assert "r2.txt: not UTF-8" in stream.getvalue()
    assert reporter.done == 2 and reporter.warnings == 1


def test_chunks_end_at_a_count_a_size_or_a_problem() -> None:
    """Chunks hold at most CHUNK releases and about CHUNK_CHARS characters; a problem keeps its place."""
    long_text = "x" * (runner.CHUNK_CHARS // 2)
    items: list[Item | Problem] = [Item(f"s{n}", "short") for n in range(20)]
    items += [Item(f"l{n}", long_text) for n in range(3)]
    items.insert(5, Problem("bad", "missing"))

    shapes = [
        x.source if isinstance(x, Problem) else [i.source[0] for i in x]
        for x in runner._chunks(items)
    ]

    assert shapes == [["s"] * 5, "bad", ["s"] * 15 + ["l"], ["l", "l"]]


def test_chunks_ramp_up_so_a_few_releases_reach_every_worker() -> None:
    """In a pool of two, ten releases go out as chunks of 1, 1, 2, 2 and 4."""
    items: list[Item | Problem] = [Item(f"r{n}", "text") for n in range(10)]

    sizes = [len(c) for c in runner._chunks(items, jobs=2) if isinstance(c, list)]

    assert sizes == [1, 1, 2, 2, 4]
