"""Shared pytest options: ``--regen`` rewrites the golden files instead of comparing."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        default=False,
        help="rewrite fixtures/<name>.json from the current output (review the diff before committing)",
    )


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files rather than checking them."""
    return bool(request.config.getoption("--regen"))
