"""Reading releases: files, folders, standard input and JSON Lines corpora.

``iter_inputs(paths)`` is the one entry point. It yields, in input order, an
``Item`` (a release: its ``source`` and decoded ``text``) or a ``Problem`` (an
error or warning about one input, one line of text, never an exception). It is
lazy: a folder is walked and a corpus read one release at a time, so memory
stays bounded whatever the size of the input.

    >>> import io
    >>> [x.source for x in iter_inputs(["-"], stdin=io.BytesIO(b"Acme gives $5."))]
    ['-']
    >>> decode(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9\\r\\n")
    ('Café\\r\\n', None)
    >>> decode(b"Caf\\xe9")
    ('Café', 'not UTF-8; read as Windows-1252')

What a path means:

- ``-``: standard input, one release.
- a folder: searched recursively, in sorted order, for ``*.txt``, ``*.md``,
  ``*.text`` and ``*.jsonl`` files (names starting with a dot are skipped;
  symbolic links are followed, loops reported and skipped).
- ``*.jsonl``: a corpus, one JSON object a line, ``{"id": ..., "text": ...}``;
  ``text`` is required, ``id`` optional. Its source is ``corpus.jsonl#<id>``,
  or ``corpus.jsonl#<line number>`` without an id.
- any other file: one release, whatever its extension.

Decoding never rewrites the text: bytes are decoded with newline translation
off, so CRLF and lone CR stay as they are and offsets index the text exactly as
decoded. UTF-8 with or without a byte order mark (the mark is removed), UTF-16
and UTF-32 with a mark; otherwise Windows-1252 with a warning. A file with NUL
bytes and no UTF-16/32 mark is refused as binary.
"""

# No ``from __future__ import annotations`` here: the named tuples' string annotations
# would each be compiled when the class is made, on every run.
import codecs
import json
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO, Literal, NamedTuple

#: File name endings searched for in folders (compared without case).
RELEASE_SUFFIXES = (".txt", ".md", ".text", ".jsonl")
CORPUS_SUFFIX = ".jsonl"
#: The default limit on one release's size, in bytes (of the file, or of a
#: corpus line's ``text`` encoded as UTF-8).
DEFAULT_MAX_BYTES = 20_000_000
#: The ``source`` of the bundled example release.
EXAMPLE_SOURCE = "example"

# Byte order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _c1_fallback(err: UnicodeError) -> tuple[str, int]:
    """Windows-1252 leaves five bytes undefined; read them as the C1 controls they are in Latin-1.

    One byte gives one character, so offsets stay in step with the bytes.
    """
    assert isinstance(err, UnicodeDecodeError)
    return chr(err.object[err.start]), err.start + 1


codecs.register_error("pressfacts-c1", _c1_fallback)


class Item(NamedTuple):
    """One release to extract from."""

    source: str  # the path as given, "-", "corpus.jsonl#<id>" or "example"
    text: str  # exactly as decoded
    warnings: tuple[str, ...] = ()  # about this release, printed as it is processed


class Problem(NamedTuple):
    """Something wrong with one input: an error (the input is skipped, exit 1) or a warning."""

    source: str
    message: str  # one line, naming what went wrong but not the source
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class DecodeError(ValueError):
    """The bytes are not a text release."""


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a release's bytes and a warning (or None); raises ``DecodeError``."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), None
            except UnicodeDecodeError as exc:
                if codec != "utf-8":
                    raise DecodeError(
                        f"not valid {name} despite its byte order mark (byte {exc.start + len(bom)})"
                    ) from None
                data = data[len(bom) :]  # a UTF-8 mark on Windows-1252 text: drop it, go on
                break
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes), not a text release")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="pressfacts-c1"), "not UTF-8; read as Windows-1252"


def _human(size: int) -> str:
    """A byte count for messages: "20 MB", "512 bytes"."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def parse_size(value: str) -> int:
    """A size option: "20MB", "500k", "1GiB", "1000"; 0 means no limit. Raises ValueError."""
    units = {
        "": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
        "kib": 2**10, "mib": 2**20, "gib": 2**30,
    }  # fmt: skip
    text = value.strip().lower().replace("_", "")
    digits = text.rstrip("abcdefghijklmnopqrstuvwxyz ")
    unit = text[len(digits) :].strip()
    if unit not in units:
        raise ValueError(f"unknown unit {unit!r} in {value!r}")
    number = float(digits)
    if not 0 <= number < 2**62:  # also refuses nan and inf
        raise ValueError(f"not a size: {value!r}")
    return int(number * units[unit])


def _too_big(size: int, max_bytes: int) -> str | None:
    if max_bytes and size > max_bytes:
        return f"{_human(size)}, over the --max-bytes limit of {_human(max_bytes)}; skipped"
    return None


def _os_message(exc: OSError) -> str:
    """An OSError as a short lower-case phrase: "no such file or directory"."""
    text = exc.strerror or str(exc)
    return "cannot read: " + text[:1].lower() + text[1:]


def _text_item(source: str, data: bytes) -> Item | Problem:
    """A release from its bytes, with its decoding and emptiness warnings."""
    try:
        text, warning = decode(data)
    except DecodeError as exc:
        return Problem(source, str(exc))
    warnings = [warning] if warning else []
    if not text.strip():
        warnings.append(
            "empty release (no text); no facts"
            if not text
            else "blank release (whitespace only); no facts"
        )
    return Item(source, text, tuple(warnings))


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Item | Problem:
    """One release from a file, never raising for a bad file."""
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISDIR(info.st_mode):
                return Problem(path, "is a folder")
            too_big = _too_big(info.st_size, max_bytes)
            if too_big:
                return Problem(path, too_big)
            # Read one byte past the limit: special files and growing files report no size.
            data = f.read(max_bytes + 1) if max_bytes else f.read()
    except OSError as exc:
        return Problem(path, _os_message(exc))
    too_big = _too_big(len(data), max_bytes)
    if too_big:
        return Problem(path, f"over the --max-bytes limit of {_human(max_bytes)}; skipped")
    return _text_item(path, data)


def read_stdin(stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Item | Problem:
    """One release from standard input (source "-")."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1) if max_bytes else stream.read()
    except OSError as exc:
        return Problem("-", _os_message(exc))
    if max_bytes and len(data) > max_bytes:
        return Problem("-", f"over the --max-bytes limit of {_human(max_bytes)}; skipped")
    return _text_item("-", data)


def read_corpus(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item | Problem]:
    """The releases of a JSON Lines corpus, one a line, read one line at a time.

    Blank lines are skipped silently; a line that is not a JSON object with a
    string ``text`` is reported with its line number and skipped.
    """
    # JSON escapes make a line up to six times longer than its text; past this
    # a line is skipped unread, so one enormous line cannot exhaust memory.
    line_limit = max_bytes * 6 + 65536 if max_bytes else -1
    try:
        f = open(path, "rb")  # noqa: SIM115 -- closed in the finally below; this is a generator
    except OSError as exc:
        yield Problem(path, _os_message(exc))
        return
    try:
        number = 0
        while True:
            try:
                line = f.readline(line_limit)
            except OSError as exc:
                yield Problem(path, _os_message(exc))
                return
            if not line:
                return
            number += 1
            if line_limit > 0 and len(line) >= line_limit and not line.endswith(b"\n"):
                while (chunk := f.readline(65536)) and not chunk.endswith(b"\n"):
                    pass
                yield Problem(f"{path}:{number}", "line too long for --max-bytes; skipped")
                continue
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if not line.strip():
                continue
            yield _corpus_line(path, number, line, max_bytes)
    finally:
        f.close()


def _corpus_line(path: str, number: int, line: bytes, max_bytes: int) -> Item | Problem:
    """One corpus line as a release, or the reason it is not one."""
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return Problem(where, "not UTF-8; skipped")
    except ValueError as exc:
        return Problem(where, f"not JSON ({exc}); skipped")
    if not isinstance(record, dict):
        return Problem(where, f"not a JSON object but {type(record).__name__}; skipped")
    text = record.get("text")
    if not isinstance(text, str):
        reason = 'no "text"' if text is None else '"text" is not a string'
        return Problem(where, f"{reason}; skipped")
    ident = record.get("id")
    name = str(number) if ident is None or ident == "" else str(ident)
    source = f"{path}#{name}"
    try:
        size = len(text.encode("utf-8")) + len(source.encode("utf-8"))
    except UnicodeEncodeError:
        return Problem(where, "text or id holds an unpaired surrogate escape; skipped")
    too_big = _too_big(size, max_bytes)
    if too_big:
        return Problem(source, too_big)
    warnings = () if text.strip() else ("blank release (no text); no facts",)
    return Item(source, text, warnings)


def _is_release_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(RELEASE_SUFFIXES)


def walk_folder(
    folder: str, max_bytes: int = DEFAULT_MAX_BYTES, _seen: frozenset[tuple[int, int]] = frozenset()
) -> Iterator[Item | Problem]:
    """The releases under a folder, recursively, in sorted order of their paths.

    Entries are sorted by name and subfolders read in place, so the order is
    that of the sorted relative paths, and nothing is listed ahead of need.
    """
    try:
        info = os.stat(folder)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Problem(folder, _os_message(exc))
        return
    seen = _seen | {(info.st_dev, info.st_ino)}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
            is_link = entry.is_symlink()
        except OSError as exc:
            yield Problem(path, _os_message(exc))
            continue
        if is_dir:
            try:
                sub = os.stat(path)
            except OSError as exc:
                yield Problem(path, _os_message(exc))
                continue
            if (sub.st_dev, sub.st_ino) in seen:
                yield Problem(path, "symbolic link loop back to a folder above; skipped", "warning")
                continue
            yield from walk_folder(path, max_bytes, seen)
        elif _is_release_name(entry.name) and (is_file or is_link):
            # A link that is neither file nor folder is broken or loops: reading it says which.
            if entry.name.lower().endswith(CORPUS_SUFFIX):
                yield from read_corpus(path, max_bytes)
            else:
                yield read_file(path, max_bytes)


def iter_inputs(
    paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Item | Problem]:
    """Every release of every input, in order: an ``Item`` each, or a ``Problem``.

    ``paths`` are as given on the command line (``-`` is standard input, read
    from ``stdin`` when given, else ``sys.stdin.buffer``). ``max_bytes`` (0: no
    limit) caps one release. Never raises for bad input.
    """
    for path in paths:
        if path == "-":
            yield read_stdin(stdin, max_bytes)
        elif os.path.isdir(path):
            found = False
            for got in walk_folder(path, max_bytes):
                found = True
                yield got
            if not found:
                yield Problem(path, f"no {', '.join(RELEASE_SUFFIXES)} files found", "warning")
        elif path.lower().endswith(CORPUS_SUFFIX) and os.path.exists(path):
            yield from read_corpus(path, max_bytes)
        else:
            yield read_file(path, max_bytes)


def read_example() -> Item | Problem:
    """The release bundled with the package (``cli/example.txt`` in an installed wheel).

    From a source checkout or an editable install the file is not inside the
    package, so it is read from ``fixtures/seed_like.txt`` beside it.
    """
    from importlib import resources

    bundled = resources.files("cli").joinpath("example.txt")
    here = os.path.dirname(os.path.abspath(__file__))
    checkout = os.path.join(os.path.dirname(here), "fixtures", "seed_like.txt")
    try:
        if bundled.is_file():
            data = bundled.read_bytes()
        else:
            with open(checkout, "rb") as f:
                data = f.read()
    except OSError as exc:
        return Problem(EXAMPLE_SOURCE, "the bundled example is missing: " + _os_message(exc))
    return _text_item(EXAMPLE_SOURCE, data)
