"""The benchmark's inputs are what its report says they are."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from extractors.document import read

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """benchmarks/run.py loaded as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", [1_000, 20_000, 100_000])
def test_releases_of_a_size_have_that_size(bench: ModuleType, size: int) -> None:
    """A release built for the scaling benchmark is as long as asked, whether of whole fixtures or body text."""
    assert len(bench.release_of_size(size)) == size
    assert len(bench.release_of_size(size, body_only=True)) == size


def test_body_text_releases_are_read_to_the_end(bench: ModuleType) -> None:
    """A large release of body text only has no About section, so the rules read all of it,
    while one of whole fixtures ends its body at the first About section."""
    size = 50_000
    assert read(bench.release_of_size(size, body_only=True)).body_end == size
    assert read(bench.release_of_size(size)).body_end < size // 10
