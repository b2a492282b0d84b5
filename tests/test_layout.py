"""The two rooms: the library never imports the CLI, the CLI starts light, every command is documented."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from cli.app import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def modules_after(code: str) -> set[str]:
    """The top-level modules loaded after running ``code`` in a fresh interpreter."""
    script = (
        code
        + "\nimport sys, json\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_library_never_imports_typer_rich_or_cli() -> None:
    """Importing extractors, running extract and reading the schema loads neither typer, rich nor cli."""
    loaded = modules_after(
        "import extractors, extractors.schema\n"
        "r = extractors.extract('Acme Gives $5 to Food Bank\\n\\n\"Good,\" said Jo Li.', 'x')\n"
        "r.to_dict(); extractors.schema.schema()"
    )

    assert loaded & {"typer", "rich", "cli", "click"} == set()


def test_cli_app_starts_without_the_library_or_rich() -> None:
    """Importing the app (what --version and --help need) loads no extractor, rich, csv or process pool."""
    loaded = modules_after("import cli.app")

    assert "typer" in loaded
    assert loaded & {"extractors", "rich", "csv", "concurrent", "multiprocessing", "regex"} == set()


def test_cli_holds_no_content_regexes() -> None:
    """cli/ decides inputs, formats and exit codes; no module in it imports a regex engine."""
    offenders = [
        path.name
        for path in sorted((ROOT / "cli").glob("*.py"))
        if re.search(
            r"^\s*(import (re|regex)\b|from (re|regex) import)",
            path.read_text(encoding="utf-8"),
            re.M,
        )
    ]

    assert offenders == []


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_documented_in_the_readme() -> None:
    """Each command of the app appears in README.md as `pressfacts <command>`."""
    readme = README.read_text(encoding="utf-8")
    commands = _commands()

    assert {"extract", "schema"} <= set(commands)
    assert [c for c in commands if f"pressfacts {c}" not in readme] == []


@pytest.mark.parametrize(
    "option",
    [
        "--format",
        "--fields",
        "--output",
        "--example",
        "--jobs",
        "--max-bytes",
        "--progress",
        "--version",
    ],
)
def test_every_extract_option_is_documented_in_the_readme(option: str) -> None:
    """Each option of extract (and --version) is explained in README.md."""
    assert option in README.read_text(encoding="utf-8")


def test_readme_test_command_is_the_one_ci_runs() -> None:
    """The README's test command is the one .ci/run runs."""
    readme = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r"^(python3 -m venv \.venv && .*pytest.*)$", readme, re.M)

    assert match, "README has no test command line"
    assert match.group(1) in ci


def test_one_version_everywhere() -> None:
    """pyproject, the command and the library agree on the version."""
    import extractors
    from cli.app import __version__

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', pyproject, re.M)

    assert match is not None
    assert match.group(1) == __version__ == extractors.__version__


def test_readme_shows_the_csv_header() -> None:
    """The CSV header documented in README.md is the one the command writes."""
    from cli.render import CSV_COLUMNS

    assert ",".join(CSV_COLUMNS) in README.read_text(encoding="utf-8")
