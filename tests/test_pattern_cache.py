"""The compiled-pattern cache: it makes later runs start faster and never changes what they find.

Each test runs the real command in a fresh process, because the cache is read
once, when the rules are first compiled.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from extractors.patterns import _MAX_AGE, kept_entries, pack, unpack, unpack_aged

ROOT = Path(__file__).resolve().parents[1]
RELEASES = [str(path) for path in sorted((ROOT / "fixtures").glob("*.txt"))]


def run(cache: Path | None, *, off: bool = False) -> str:
    """JSON Lines for every fixture, from a fresh process using ``cache`` as the cache folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSFACTS_")}
    if cache is not None:
        env["PRESSFACTS_CACHE_DIR"] = str(cache)
    if off:
        env["PRESSFACTS_NO_CACHE"] = "1"
    command = [sys.executable, "-m", "cli", "extract", "--format", "jsonl", *RELEASES]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == len(RELEASES)
    return done.stdout


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.marshal"))


@pytest.fixture(scope="module")
def reference() -> str:
    """What the rules find with the cache turned off."""
    return run(None, off=True)


def test_first_run_writes_the_cache_and_output_is_unchanged(tmp_path: Path, reference: str) -> None:
    """A first run compiles the rules, stores them in the cache folder and finds exactly the same facts."""
    assert run(tmp_path) == reference
    assert len(cache_files(tmp_path)) == 1


def test_second_run_reads_the_cache_and_writes_nothing(tmp_path: Path, reference: str) -> None:
    """A run with a full cache finds the same facts and leaves the file as it was: no pattern depends on the text."""
    run(tmp_path)
    [stored] = cache_files(tmp_path)
    before = (stored.read_bytes(), stored.stat().st_mtime_ns)
    assert run(tmp_path) == reference
    assert (stored.read_bytes(), stored.stat().st_mtime_ns) == before


def test_a_damaged_cache_is_ignored_and_replaced(tmp_path: Path, reference: str) -> None:
    """Garbage in the cache file changes nothing found, and the run writes a good file over it."""
    run(tmp_path)
    [stored] = cache_files(tmp_path)
    stored.write_bytes(b"\x00not a cache\xff" * 50)
    assert run(tmp_path) == reference
    assert not stored.read_bytes().startswith(b"\x00not a cache")
    assert run(tmp_path) == reference


def test_an_entry_of_the_wrong_shape_is_compiled_afresh(tmp_path: Path, reference: str) -> None:
    """A sound file whose entries are not what the engine or a word tree needs is passed over entry by entry."""
    run(tmp_path)
    [stored] = cache_files(tmp_path)
    entries = unpack(stored.read_bytes())
    stored.write_bytes(pack({key: ("broken",) for key in entries}))
    assert run(tmp_path) == reference


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path: Path, reference: str) -> None:
    """When the cache folder cannot be made (a file stands in its place) the run still succeeds."""
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")
    assert run(blocker) == reference


def test_turned_off_writes_nothing(tmp_path: Path, reference: str) -> None:
    """PRESSFACTS_NO_CACHE=1 leaves the cache folder empty."""
    assert run(tmp_path, off=True) == reference
    assert cache_files(tmp_path) == []


def compile_in_fresh_process(cache: Path, pattern: str) -> None:
    """Compile one pattern through the cache in a new process, which saves the cache at exit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSFACTS_")}
    env["PRESSFACTS_CACHE_DIR"] = str(cache)
    code = f"from extractors.patterns import compile_pattern; compile_pattern({pattern!r})"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_runs_over_different_releases_keep_each_others_patterns(tmp_path: Path) -> None:
    """A run that needs one rare pattern and a run that needs another leave both in the file,
    so repeating the first run rewrites nothing."""
    compile_in_fresh_process(tmp_path, r"(?:rare|first)\s+rule")
    compile_in_fresh_process(tmp_path, r"(?:other|second)\s+rule")
    [stored] = cache_files(tmp_path)
    before = (stored.read_bytes(), stored.stat().st_mtime_ns)
    assert {pattern for pattern, _flags in unpack(before[0])} >= {
        r"(?:rare|first)\s+rule",
        r"(?:other|second)\s+rule",
    }
    compile_in_fresh_process(tmp_path, r"(?:rare|first)\s+rule")
    assert (stored.read_bytes(), stored.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    ("stored_ages", "used", "kept"),
    [
        (
            {"a": 0},
            {"b"},
            {"a": 1, "b": 0},
        ),  # an entry this run did not need stays, one rewrite older
        ({"a": 3}, {"a"}, {"a": 0}),  # an entry used again is young again
        ({"a": _MAX_AGE - 2}, {"b"}, {"a": _MAX_AGE - 1, "b": 0}),  # still under the limit
        ({"a": _MAX_AGE - 1}, {"b"}, {"b": 0}),  # unused once too often: dropped
        ({}, {"a", "b"}, {"a": 0, "b": 0}),  # a first write holds what was used
    ],
)
def test_a_rewrite_keeps_used_entries_and_ages_out_stale_ones(
    stored_ages: dict[str, int], used: set[str], kept: dict[str, int]
) -> None:
    """A rewrite of the file holds this run's entries and the file's younger others, each with its age."""
    key = {name: (name, 0) for name in "ab"}
    stored = {key[name]: (name, "stored") for name in stored_ages}
    this_run = {key[name]: (name, "used") for name in used}
    entries, ages = kept_entries(stored, {key[n]: age for n, age in stored_ages.items()}, this_run)
    assert ages == {key[name]: age for name, age in kept.items()}
    assert entries == {key[name]: (name, "used" if name in used else "stored") for name in kept}


def test_pack_and_unpack_round_trip_entries_and_ages() -> None:
    """What pack writes, unpack_aged reads back whole, and a file of another layout is refused."""
    entries = {("x+", 0): (None, 0, b"\x01\x00\x00\x00")}
    assert unpack_aged(pack(entries, {("x+", 0): 2})) == (entries, {("x+", 0): 2})
    payload = marshal.dumps(entries)  # the layout before ages were kept: a bare dict
    old_layout = zlib.crc32(payload).to_bytes(4, "big") + payload
    with pytest.raises(ValueError, match="damaged"):
        unpack_aged(old_layout)


def test_a_rewrite_deletes_the_files_of_earlier_layouts(tmp_path: Path) -> None:
    """Files an earlier layout of the cache left for the same regex and Python are deleted when
    the cache is written; a later layout's file, other versions' files and other files stay."""
    compile_in_fresh_process(tmp_path, r"(?:layout|probe)\s+rule")
    [current] = cache_files(tmp_path)
    prefix, layout = current.name.removesuffix(".marshal").rsplit("-", 1)
    older = tmp_path / f"{prefix}-1.marshal"
    later = tmp_path / f"{prefix}-{int(layout) + 1}.marshal"
    other_version = tmp_path / "patterns-0.0.1-cpython-311-1.marshal"
    unrelated = tmp_path / f"{prefix}-notes.marshal"
    for path in (older, later, other_version, unrelated):
        path.write_bytes(b"old")
    compile_in_fresh_process(tmp_path, r"(?:another|probe)\s+rule")
    assert current.exists() and not older.exists()
    assert later.exists() and other_version.exists() and unrelated.exists()
