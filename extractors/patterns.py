"""Small shared pieces for building patterns: alternations, character classes, a timeout,
and ``compile_pattern``, which keeps compiled patterns in a cache between runs.

Every extractor compiles its patterns at import from tables; these helpers keep
the tables readable and the character classes in one place.

Why a cache: the ``regex`` module parses and optimises a pattern in Python, which
for the few hundred patterns of the rules takes most of a second: far more than
reading a release. What that work produces is a list of integers for the
module's C engine. ``compile_pattern`` stores those integers, keyed by the pattern's text
and flags, in one file per ``regex`` version and Python version, and on later
runs hands them straight to the engine (about 10 ms for all of them). A pattern
whose text changed is simply not found and is compiled afresh; any problem with
the file (missing, unreadable, corrupt, from another version) falls back to
``regex.compile``, so the cache can only make a run faster, never different.

A run that compiles a pattern the file lacks rewrites the file with what it
used plus what the file held: rules that only rare releases reach are kept,
so runs over different releases do not undo each other's work. An entry left
unused by ``_MAX_AGE`` rewrites in a row (a pattern whose text changed) is
dropped, so the file does not grow without end.

The file lives in ``$PRESSFACTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/pressfacts``,
else ``~/.cache/pressfacts``. ``PRESSFACTS_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex

#: A last guard against a runaway match, in seconds, passed to every scan of a
#: whole document. The patterns are written not to need it (bounded repeats, no
#: nested quantifiers over the same characters). The ``regex`` module counts the
#: time of a whole ``finditer`` scan, so long texts get proportionally more:
#: see ``timeout_for``.
TIMEOUT = 2.0
#: Extra seconds allowed per million characters of text.
TIMEOUT_PER_MB = 4.0


def timeout_for(text: str) -> float:
    """The timeout for one scan of ``text``: the base guard plus time in proportion to its length."""
    return TIMEOUT + TIMEOUT_PER_MB * len(text) / 1_000_000


#: Horizontal space as releases write it: spaces, tabs, non-breaking and thin spaces.
HSPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
#: Dashes: hyphen, en dash, em dash, minus, figure dash, non-breaking hyphen.
DASH = r"[-\u2010-\u2015\u2212]"
#: Apostrophes, straight and curly (also the prime that OCR sometimes gives).
APOSTROPHE = r"['\u2019\u02bc\u2032]"


def escape(literal: str) -> str:
    """``literal`` as a pattern that matches it, spaces included (safe in verbose patterns).

    The standard library's escape: the same result as ``regex.escape`` for our
    word lists, in a fifth of the time, which matters for thousands of words at import.
    """
    return re.escape(literal)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$".

    The words are escaped in one call, joined by a NUL (which ``re.escape`` leaves
    as it is and no word contains): one call per word cost milliseconds at import.

        >>> alternation(["ten", "two", "tens"])
        'tens|ten|two'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.escape("\x00".join(ordered)).replace("\x00", "|")


def trie(words: Iterable[str]) -> str:
    """An alternation of literal words factored by common prefixes.

    Same language as ``alternation(words)`` (longest match first), but the
    engine reads each letter once instead of trying every word in turn: a long
    word list scans several times faster with it. Built trees are kept in the
    compiled-pattern cache (building the thousands of nodes takes longer than
    loading them).

        >>> trie(["ten", "tens", "two"])
        't(?:en(?:s)?|wo)'
    """
    unique = sorted(set(words))
    key = ("\n".join(unique), -1)  # flags -1: no pattern has them
    stored = _entries().get(key)
    if (
        isinstance(stored, tuple)
        and len(stored) == 2
        and isinstance(stored[0], str)
        and stored[1] == _checksum(key[0], stored[0])
    ):
        _used[key] = stored
        return stored[0]
    built = _build_trie(unique)
    _remember(key, (built, _checksum(key[0], built)))
    return built


def _checksum(words: str, built: str) -> int:
    """A check that a stored tree belongs to its words (the engine checks pattern entries itself)."""
    return zlib.crc32(f"{words}\x00{built}".encode())


def _build_trie(words: list[str]) -> str:
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    escaped: dict[str, str] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = []
        for ch in sorted(node):
            if ch:
                mark = escaped.get(ch)
                if mark is None:
                    mark = escaped[ch] = re.escape(ch)
                branches.append(mark + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def finditer(pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer`` over ``text`` with the shared timeout."""
    if endpos is None:
        endpos = len(text)
    return pattern.finditer(text, pos, endpos, timeout=timeout_for(text))


# --- the compiled-pattern cache -------------------------------------------------

#: Bumped whenever the layout of the cache entries changes.
_CACHE_FORMAT = 5
#: Rewrites of the file an entry may sit unused through before it is dropped.
_MAX_AGE = 8

_Key = tuple[str, int]
#: Engine arguments read from the cache file (None until first needed).
_stored: dict[_Key, tuple[Any, ...]] | None = None
#: How many rewrites in a row each stored entry has gone unused (read with ``_stored``).
_ages: dict[_Key, int] = {}
#: Engine arguments of every pattern compiled in this process.
_used: dict[_Key, tuple[Any, ...]] = {}
#: Whether this process compiled a pattern the file did not have.
_missed = False


@functools.cache
def cache_path() -> Path | None:
    """Where compiled patterns are kept, or None when the cache is turned off (read once per process)."""
    if os.environ.get("PRESSFACTS_NO_CACHE"):
        return None
    folder = os.environ.get("PRESSFACTS_CACHE_DIR")
    if folder:
        base = Path(folder)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "pressfacts"
    name = f"patterns-{regex.__version__}-{sys.implementation.cache_tag}-{_CACHE_FORMAT}.marshal"
    return base / name


def _regex_main() -> Any:
    """The ``regex`` module's Python half, which holds its C engine as ``_regex``, or None
    if this version of ``regex`` is laid out otherwise (then the cache is not used)."""
    main = sys.modules.get("regex._main")
    return main if callable(getattr(getattr(main, "_regex", None), "compile", None)) else None


def _load() -> tuple[dict[_Key, tuple[Any, ...]], dict[_Key, int]]:
    path = cache_path()
    if path is None:
        return {}, {}
    try:
        return unpack_aged(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}


def pack(entries: dict[_Key, tuple[Any, ...]], ages: dict[_Key, int] | None = None) -> bytes:
    """The cache file's bytes: the marshalled entries and their ages behind their CRC-32."""
    payload = marshal.dumps((entries, ages or {}))
    return zlib.crc32(payload).to_bytes(4, "big") + payload


def unpack(data: bytes) -> dict[_Key, tuple[Any, ...]]:
    """The entries of a cache file; ValueError if it is damaged."""
    return unpack_aged(data)[0]


def unpack_aged(data: bytes) -> tuple[dict[_Key, tuple[Any, ...]], dict[_Key, int]]:
    """The entries of a cache file and how many rewrites each has gone unused; ValueError if it is damaged."""
    payload = data[4:]
    if len(data) < 4 or zlib.crc32(payload) != int.from_bytes(data[:4], "big"):
        raise ValueError("damaged pattern cache")
    # marshal.loads on bytes: marshal.load on a file object is 20x slower.
    content = marshal.loads(payload)
    if not (
        isinstance(content, tuple)
        and len(content) == 2
        and isinstance(content[0], dict)
        and isinstance(content[1], dict)
    ):
        raise ValueError("damaged pattern cache")
    return content[0], content[1]


class _Recorder:
    """Stands in for the C engine while ``regex.compile`` runs, keeping its arguments."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.arguments: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *arguments: Any) -> Any:
        self.arguments = arguments
        return self.engine.compile(*arguments)


def _plain(value: Any) -> Any:
    """``value`` with int subclasses (the flag enums) made plain ints, so marshal takes it."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, bytes, float)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, (set, frozenset)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    raise TypeError(f"cannot store {type(value).__name__}")


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, through the compiled-pattern cache."""
    main = _regex_main()
    if main is None or cache_path() is None:
        return regex.compile(pattern, flags)
    engine = main._regex
    key = (pattern, int(flags))
    stored = _entries().get(key)
    if stored is not None:
        try:
            compiled = engine.compile(*_unstore(pattern, stored))
        except Exception:  # a stale or damaged entry: compile afresh below
            pass
        else:
            _used[key] = stored
            return compiled
    recorder = _Recorder(engine)
    main._regex = recorder
    try:
        compiled = regex.compile(pattern, flags, cache_pattern=False)
    finally:
        main._regex = engine
    if recorder.arguments is not None:
        with contextlib.suppress(TypeError, OverflowError):  # what marshal cannot store: uncached
            _remember(key, _store(_plain(recorder.arguments)))
    return compiled


def _store(arguments: tuple[Any, ...]) -> tuple[Any, ...]:
    """The engine's arguments as kept in the file: without the pattern (the key has it) and
    with the code as packed 32-bit integers, which load far faster than a list of ints."""
    from array import array  # only when writing: most runs only read

    _pattern, flags, code, *rest = arguments
    return (None, flags, array("I", code).tobytes(), *rest)


def _unstore(pattern: str, stored: tuple[Any, ...]) -> tuple[Any, ...]:
    """The engine's arguments back from ``_store``'s form (``code`` read as ``array("I")`` would)."""
    _none, flags, code, *rest = stored
    return (pattern, flags, memoryview(code).cast("I").tolist(), *rest)


def _entries() -> dict[_Key, tuple[Any, ...]]:
    """The cache file's entries, read on first use."""
    global _stored, _ages
    if _stored is None:
        _stored, _ages = _load()
    return _stored


def _remember(key: _Key, value: tuple[Any, ...]) -> None:
    """Keep an entry made in this process, to be written at the end if the file lacked it."""
    global _missed
    _used[key] = value
    _missed = True


def kept_entries(
    stored: dict[_Key, tuple[Any, ...]], ages: dict[_Key, int], used: dict[_Key, tuple[Any, ...]]
) -> tuple[dict[_Key, tuple[Any, ...]], dict[_Key, int]]:
    """What a rewrite of the file holds: every entry ``used`` (age 0), and each stored entry
    left unused one rewrite older, unless it has now gone unused ``_MAX_AGE`` times."""
    entries: dict[_Key, tuple[Any, ...]] = {}
    new_ages: dict[_Key, int] = {}
    for key, value in stored.items():
        age = ages.get(key, 0) + 1
        if key not in used and age < _MAX_AGE:
            entries[key] = value
            new_ages[key] = age
    entries.update(used)
    new_ages.update(dict.fromkeys(used, 0))
    return entries, new_ages


def save_compiled() -> None:
    """Write the cache if this process compiled a pattern afresh: its own patterns and the
    file's others (see ``kept_entries``)."""
    global _missed
    path = cache_path()
    if not _missed or path is None:
        return
    _missed = False
    entries, ages = kept_entries(_entries(), _ages, _used)
    import tempfile  # only when writing: most runs only read

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(pack(entries, ages))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        _drop_old_layouts(path)
    except (OSError, ValueError):
        pass  # a read-only home or a full disk: run without the cache


def _drop_old_layouts(path: Path) -> None:
    """Delete the files of earlier layouts (lower ``_CACHE_FORMAT``) for the same ``regex`` and
    Python as ``path``: no run of this version or a later one reads them again."""
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for old in path.parent.glob(prefix + "*.marshal"):
        layout = old.name[len(prefix) : -len(".marshal")]
        if layout.isdigit() and int(layout) < _CACHE_FORMAT:
            with contextlib.suppress(OSError):
                old.unlink()


atexit.register(save_compiled)
