"""Inputs of ``pressfacts extract``: folders, stdin, corpora, encodings and every kind of bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.app import app
from cli.inputs import Item, Problem, decode, iter_inputs, parse_size
from extractors.model import FIELDS

# A release of our own with non-ASCII text, a gift and a quote.
TEXT = (
    "Café Lumière Donates €40,000 to Riverside Youth Choir\n\n"
    "LYON, France, 9 May 2025 -- Café Lumière has donated €40,000 to the Riverside Youth Choir "
    "to fund a season of free concerts for 300 pupils.\n\n"
    "“Music belongs to every child,” said Élodie Marchand, owner of Café Lumière.\n"
)


def invoke(*args: str, input: str | bytes | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input)


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def spans_hold(record: dict[str, Any], text: str) -> bool:
    """Whether every fact's span gives back its text."""
    return all(
        text[f["start"] : f["end"]] == f["text"] for field in FIELDS for f in record.get(field, [])
    )


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- decoding -------------------------------------------------------------------

DECODE_CASES = [
    # (bytes, expected text, warning or None)
    (b"plain ascii", "plain ascii", None),
    ("Café €5".encode(), "Café €5", None),
    (b"\xef\xbb\xbfwith BOM", "with BOM", None),
    (b"line one\r\nline two\rline three\n", "line one\r\nline two\rline three\n", None),
    ("UTF-16 “quoted”\r\n".encode("utf-16"), "UTF-16 “quoted”\r\n", None),
    (b"\xfe\xff" + "big endian".encode("utf-16-be"), "big endian", None),
    ("utf-32 text".encode("utf-32"), "utf-32 text", None),
    (b"Caf\xe9 \x93quoted\x94 \x80 5", "Café “quoted” € 5", "not UTF-8; read as Windows-1252"),
    (b"undefined \x81 byte", "undefined \x81 byte", "not UTF-8; read as Windows-1252"),
    (b"\xef\xbb\xbfBOM then Caf\xe9", "BOM then Café", "not UTF-8; read as Windows-1252"),
    (b"", "", None),
]


@pytest.mark.parametrize(("data", "text", "warning"), DECODE_CASES)
def test_decode(data: bytes, text: str, warning: str | None) -> None:
    """Bytes decode as UTF-8 (BOM dropped), UTF-16/32 by their mark, else Windows-1252 with a warning."""
    assert decode(data) == (text, warning)


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04\x00\x00binary", b"text then a \x00 NUL", "no mark".encode("utf-16-le")],
)
def test_decode_refuses_binary(data: bytes) -> None:
    """NUL bytes without a UTF-16/32 mark mean binary."""
    from cli.inputs import DecodeError

    with pytest.raises(DecodeError, match="binary"):
        decode(data)


def test_decode_refuses_broken_utf16() -> None:
    """A UTF-16 mark followed by an unpaired surrogate is an error, not a guess."""
    from cli.inputs import DecodeError

    with pytest.raises(DecodeError, match="UTF-16"):
        decode(b"\xff\xfeA\x00\x00\xd8B\x00")


@pytest.mark.parametrize(
    ("value", "size"),
    [
        ("20MB", 20_000_000),
        ("500k", 500_000),
        ("1GiB", 2**30),
        ("1000", 1000),
        ("0", 0),
        ("2.5 mb", 2_500_000),
    ],
)
def test_parse_size(value: str, size: int) -> None:
    """--max-bytes takes plain numbers and decimal or binary units."""
    assert parse_size(value) == size


@pytest.mark.parametrize("value", ["lots", "5 parsecs", "-3", "", "1e999", "nan", "inf"])
def test_parse_size_rejects(value: str) -> None:
    """Sizes that are not sizes raise ValueError."""
    with pytest.raises(ValueError):
        parse_size(value)


# --- through the command --------------------------------------------------------


def test_utf8_bom_is_removed_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    """A UTF-8 BOM is dropped: facts and offsets are those of the same file without it."""
    plain = write(tmp_path / "plain.txt", TEXT.encode())
    marked = write(tmp_path / "marked.txt", b"\xef\xbb\xbf" + TEXT.encode())

    [a] = records(invoke("extract", str(plain)).stdout)
    [b] = records(invoke("extract", str(marked)).stdout)

    assert {k: v for k, v in a.items() if k != "source"} == {
        k: v for k, v in b.items() if k != "source"
    }
    assert spans_hold(b, TEXT)
    assert not b["title"].startswith("\ufeff")


def test_utf16_file_gives_the_same_facts(tmp_path: Path) -> None:
    """A UTF-16 file with its mark reads like its UTF-8 twin, with no warning."""
    plain = write(tmp_path / "plain.txt", TEXT.encode())
    wide = write(tmp_path / "wide.txt", TEXT.encode("utf-16"))

    [a] = records(invoke("extract", str(plain)).stdout)
    result = invoke("extract", str(wide))
    [b] = records(result.stdout)

    assert result.exit_code == 0 and result.stderr == ""
    assert {k: v for k, v in a.items() if k != "source"} == {
        k: v for k, v in b.items() if k != "source"
    }


def test_cp1252_file_is_read_with_a_warning(tmp_path: Path) -> None:
    """A Windows-1252 file is read (exit 0) with a one-line warning naming it."""
    path = write(tmp_path / "legacy.txt", TEXT.replace("€", "EUR ").encode("cp1252"))

    result = invoke("extract", str(path))

    [record] = records(result.stdout)
    assert result.exit_code == 0
    assert record["title"].startswith("Café Lumière")
    assert result.stderr == f"pressfacts: warning: {path}: not UTF-8; read as Windows-1252\n"
    assert spans_hold(record, TEXT.replace("€", "EUR "))


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_are_kept(tmp_path: Path, newline: str) -> None:
    """Line ends are never rewritten: offsets index the text with its CRLF or CR."""
    text = TEXT.replace("\n", newline)
    path = write(tmp_path / "lines.txt", text.encode())

    [record] = records(invoke("extract", str(path)).stdout)

    assert spans_hold(record, text)
    assert record["title"] == "Café Lumière Donates €40,000 to Riverside Youth Choir"


def test_binary_file_is_refused_and_the_others_processed(tmp_path: Path) -> None:
    """A binary file is a one-line error naming it, exit 1, and the other inputs still print."""
    good = write(tmp_path / "good.txt", TEXT.encode())
    bad = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    result = invoke("extract", str(bad), str(good))

    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(good)]
    assert f"pressfacts: error: {bad}: binary file" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    """A missing file: exit 1, an error naming it, the other inputs printed."""
    good = write(tmp_path / "good.txt", TEXT.encode())
    missing = tmp_path / "nope.txt"

    result = invoke("extract", str(missing), str(good))

    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(good)]
    assert f"pressfacts: error: {missing}: cannot read: no such file or directory" in result.stderr
    assert "could not be processed" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(("content", "word"), [(b"", "empty"), (b"  \r\n\t\n  ", "blank")])
def test_empty_and_blank_files_are_processed_with_a_warning(
    tmp_path: Path, content: bytes, word: str
) -> None:
    """An empty or whitespace-only file gives a record with no facts, a warning and exit 0."""
    path = write(tmp_path / "hollow.txt", content)

    result = invoke("extract", str(path))

    [record] = records(result.stdout)
    assert result.exit_code == 0
    assert all(record[field] == [] for field in FIELDS)
    assert f"pressfacts: warning: {path}: {word} release" in result.stderr


def test_stdin_is_read_with_source_dash() -> None:
    """`-` reads standard input as one release with source "-"."""
    result = invoke("extract", "-", input=TEXT.encode("utf-8"))

    [record] = records(result.stdout)
    assert result.exit_code == 0
    assert record["source"] == "-"
    assert spans_hold(record, TEXT)


def test_stdin_bytes_are_decoded_like_files() -> None:
    """Standard input with a UTF-16 mark is decoded like a file."""
    result = invoke("extract", "-", input=TEXT.encode("utf-16"))

    assert result.exit_code == 0
    assert records(result.stdout)[0]["title"].startswith("Café Lumière")


def test_folder_is_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    """A folder yields its *.txt, *.md, *.text and *.jsonl files, recursively, in sorted path order."""
    root = tmp_path / "releases"
    for name in [
        "b.txt",
        "a.md",
        "sub/c.text",
        "sub/z/d.TXT",
        "e.txt",
        "notes.pdf",
        ".hidden.txt",
        "sub/.git/x.txt",
    ]:
        write(root / name, TEXT.encode())
    write(root / "f.jsonl", (json.dumps({"id": "one", "text": TEXT}) + "\n").encode())

    result = invoke("extract", str(root))

    got = [r["source"] for r in records(result.stdout)]
    base = str(root)
    assert result.exit_code == 0, result.stderr
    assert got == [
        os.path.join(base, "a.md"),
        os.path.join(base, "b.txt"),
        os.path.join(base, "e.txt"),
        os.path.join(base, "f.jsonl") + "#one",
        os.path.join(base, "sub", "c.text"),
        os.path.join(base, "sub", "z", "d.TXT"),
    ]


def test_folder_source_keeps_the_path_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative folder given with a trailing slash gives sources under that spelling."""
    write(tmp_path / "rel" / "a.txt", TEXT.encode())
    monkeypatch.chdir(tmp_path)

    result = invoke("extract", "rel/")

    assert [r["source"] for r in records(result.stdout)] == ["rel/a.txt"]


def test_empty_folder_warns(tmp_path: Path) -> None:
    """A folder with no release files is a warning, not an error."""
    (tmp_path / "empty").mkdir()

    result = invoke("extract", str(tmp_path / "empty"))

    assert result.exit_code == 0
    assert "no .txt, .md, .text, .jsonl files found" in result.stderr


def test_unreadable_file_in_a_folder(tmp_path: Path) -> None:
    """A file that cannot be opened is an error naming it; the rest of the folder prints."""
    root = tmp_path / "releases"
    write(root / "a.txt", TEXT.encode())
    locked = write(root / "b.txt", TEXT.encode())
    write(root / "c.txt", TEXT.encode())
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that read any file (root)")
        result = invoke("extract", str(root))
    finally:
        locked.chmod(0o644)

    assert result.exit_code == 1
    assert [Path(r["source"]).name for r in records(result.stdout)] == ["a.txt", "c.txt"]
    assert f"{locked}: cannot read: permission denied" in result.stderr


def test_symlink_loops(tmp_path: Path) -> None:
    """A self-linked file is an error; a link back to a folder above is a warning; all else prints once."""
    root = tmp_path / "releases"
    write(root / "a.txt", TEXT.encode())
    write(root / "sub" / "b.txt", TEXT.encode())
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "loop.txt").symlink_to(root / "loop.txt")

    result = invoke("extract", str(root))

    assert result.exit_code == 1
    assert [Path(r["source"]).name for r in records(result.stdout)] == ["a.txt", "b.txt"]
    assert (
        f"error: {root / 'loop.txt'}: cannot read: too many levels of symbolic links"
        in result.stderr
    )
    assert f"warning: {root / 'sub' / 'up'}: symbolic link loop" in result.stderr


def test_broken_symlink_in_a_folder_is_an_error(tmp_path: Path) -> None:
    """A dangling link with a release name is reported, not silently skipped."""
    root = tmp_path / "releases"
    write(root / "a.txt", TEXT.encode())
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")

    result = invoke("extract", str(root))

    assert result.exit_code == 1
    assert f"{root / 'gone.txt'}: cannot read: no such file or directory" in result.stderr


def test_explicit_file_of_any_extension_is_read(tmp_path: Path) -> None:
    """A file named on the command line is read whatever its extension."""
    path = write(tmp_path / "release.html", TEXT.encode())

    result = invoke("extract", str(path))

    assert result.exit_code == 0
    assert records(result.stdout)[0]["source"] == str(path)


def test_folder_given_where_a_file_is_expected(tmp_path: Path) -> None:
    """A folder is walked, never read as a file."""
    write(tmp_path / "d" / "a.txt", TEXT.encode())

    result = invoke("extract", str(tmp_path / "d"))

    assert result.exit_code == 0
    assert len(records(result.stdout)) == 1


# --- JSON Lines corpora ---------------------------------------------------------


def test_corpus_sources_use_the_id_else_the_line_number(tmp_path: Path) -> None:
    """Corpus lines are releases named corpus.jsonl#<id>, or #<line number> without an id."""
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "acme-1", "text": TEXT}),
        json.dumps({"text": TEXT}),
        "",
        json.dumps({"id": 7, "text": TEXT.replace("\n", "\r\n"), "extra": True}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = invoke("extract", str(corpus))

    got = records(result.stdout)
    assert result.exit_code == 0, result.stderr
    assert [r["source"] for r in got] == [f"{corpus}#acme-1", f"{corpus}#2", f"{corpus}#7"]
    assert spans_hold(got[0], TEXT)
    assert spans_hold(got[2], TEXT.replace("\n", "\r\n"))  # offsets index the line's text


def test_bad_corpus_lines_are_reported_by_number_and_skipped(tmp_path: Path) -> None:
    """Lines that are not JSON objects with a string text: one error each with its line number, exit 1."""
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": TEXT}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "x"}),
        json.dumps({"text": 42}),
        json.dumps({"id": "ok-2", "text": TEXT}),
    ]
    corpus.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9"}\n')

    result = invoke("extract", str(corpus))

    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [f"{corpus}#ok-1", f"{corpus}#ok-2"]
    assert [e.split(": error: ")[1].split(" ")[0] for e in errors[:5]] == [
        f"{corpus}:{n}:" for n in (2, 3, 4, 5, 7)
    ]
    assert "not JSON" in errors[0] and 'no "text"' in errors[2] and "not UTF-8" in errors[4]
    assert "Traceback" not in result.stderr


def test_corpus_with_a_bom_and_crlf_line_ends(tmp_path: Path) -> None:
    """A corpus saved with a BOM and CRLF line ends reads fine."""
    corpus = tmp_path / "corpus.jsonl"
    body = "\r\n".join(json.dumps({"id": i, "text": TEXT}) for i in range(2)) + "\r\n"
    corpus.write_bytes(b"\xef\xbb\xbf" + body.encode())

    result = invoke("extract", str(corpus))

    assert result.exit_code == 0, result.stderr
    assert len(records(result.stdout)) == 2


def test_lone_surrogate_in_a_corpus_is_refused(tmp_path: Path) -> None:
    """A text holding an unpaired surrogate escape cannot be written as UTF-8: refused, not crashed."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "s", "text": "bad \\ud800 text"}\n', encoding="utf-8")

    result = invoke("extract", str(corpus))

    assert result.exit_code == 1
    assert "surrogate" in result.stderr


# --- size limit -----------------------------------------------------------------


def test_max_bytes_refuses_a_large_file_and_processes_the_rest(tmp_path: Path) -> None:
    """A release over --max-bytes is refused with a message (exit 1); smaller ones print."""
    small = write(tmp_path / "small.txt", TEXT.encode())
    large = write(tmp_path / "large.txt", (TEXT * 20).encode())

    result = invoke("extract", "--max-bytes", "2k", str(large), str(small))

    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(small)]
    assert f"{large}: " in result.stderr and "over the --max-bytes limit of 2 kB" in result.stderr


def test_max_bytes_applies_per_corpus_line(tmp_path: Path) -> None:
    """In a corpus the limit is per release, not per file."""
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "small", "text": TEXT},
        {"id": "large", "text": TEXT * 20},
        {"id": "small2", "text": TEXT},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    result = invoke("extract", "--max-bytes", "2000", str(corpus))

    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [f"{corpus}#small", f"{corpus}#small2"]
    assert f"{corpus}#large: " in result.stderr


def test_max_bytes_applies_to_stdin() -> None:
    """Standard input over the limit is refused."""
    result = invoke("extract", "--max-bytes", "100", "-", input=TEXT)

    assert result.exit_code == 1
    assert result.stdout == ""
    assert "-: over the --max-bytes limit" in result.stderr


def test_max_bytes_zero_means_no_limit(tmp_path: Path) -> None:
    """--max-bytes 0 lifts the limit."""
    path = write(tmp_path / "r.txt", TEXT.encode())

    assert invoke("extract", "--max-bytes", "0", str(path)).exit_code == 0


# --- the reading API ------------------------------------------------------------


def test_iter_inputs_yields_items_and_problems_in_order(tmp_path: Path) -> None:
    """The reading API gives an Item per release and a Problem per bad input, in input order."""
    good = write(tmp_path / "good.txt", TEXT.encode())
    got = list(iter_inputs([str(tmp_path / "missing.txt"), str(good)]))

    assert isinstance(got[0], Problem) and got[0].level == "error"
    assert isinstance(got[1], Item) and got[1].text == TEXT


@given(
    st.binary(max_size=200),
    st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]),
)
def test_decode_any_bytes(data: bytes, mark: bytes) -> None:
    """Any bytes decode to text or raise DecodeError, nothing else; UTF-8 without a mark round-trips."""
    from cli.inputs import DecodeError

    try:
        text, _ = decode(mark + data)
    except DecodeError:
        return
    assert isinstance(text, str)
    if not mark and b"\x00" not in data and not data.startswith(b"\xef\xbb\xbf"):
        try:
            expected = data.decode("utf-8")
        except UnicodeDecodeError:
            expected = None
        if expected is not None:
            assert text == expected
