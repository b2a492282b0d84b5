"""Start-up of the command: commands in modules of their own are built only when needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import LAZY_COMMANDS, app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seed_like.txt"


def modules_after(code: str) -> set[str]:
    """The modules (full dotted names) loaded after running ``code`` in a fresh interpreter."""
    script = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import cli.app",
        # the extract command, run as the console script runs it
        "import sys, io, contextlib\n"
        f"sys.argv = ['pressfacts', 'extract', {str(SEED)!r}, '--format', 'jsonl']\n"
        "from cli.app import main\n"
        "try:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        main()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code",
    ],
    ids=["import", "extract"],
)
def test_lazy_command_modules_are_not_imported(code: str) -> None:
    """Importing the app or running extract loads none of show, report and evaluate."""
    loaded = modules_after(code)

    assert loaded & set(LAZY_COMMANDS.values()) == set()
    assert "extractors.evaluation" not in loaded


def test_help_lists_every_command_in_order() -> None:
    """The top-level help lists extract and schema, then the commands built on demand."""
    result = CliRunner().invoke(app, ["--help"])

    section = result.stdout.split("Commands:\n")[1].split("\n\n")[0]
    listed = [line.split()[0] for line in section.splitlines()]
    assert result.exit_code == 0
    assert listed == ["extract", "schema", "show", "report", "evaluate"]


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("shwo", "show"),
        ("evaluat", "evaluate"),
        ("extrac", "extract"),
    ],
)
def test_a_misspelt_command_suggests_lazy_ones_too(typed: str, suggested: str) -> None:
    """A misspelt command name is matched against every command, built or not."""
    result = CliRunner().invoke(app, [typed])

    assert result.exit_code == 2
    assert f"Did you mean '{suggested}'?" in result.output


@pytest.mark.parametrize("command", sorted(LAZY_COMMANDS))
def test_a_lazy_command_runs_with_its_own_help(command: str) -> None:
    """Each command built on demand answers --help with its usage line and its examples."""
    result = CliRunner().invoke(app, [command, "--help"])

    assert result.exit_code == 0
    assert f"Usage: pressfacts {command}" in " ".join(result.stdout.split())
    assert "Examples:" in result.stdout


@pytest.mark.parametrize("enabled", [True, False], ids=["gc-on", "gc-off"])
def test_loading_the_library_leaves_the_collector_as_it_was(enabled: bool) -> None:
    """The library is imported with the collector paused, which is then restored, on or off."""
    script = (
        "import gc, sys\n"
        f"{'gc.enable()' if enabled else 'gc.disable()'}\n"
        "from cli.runner import load_library\n"
        "load_library()\n"
        "assert 'extractors.pipeline' in sys.modules\n"
        "print(gc.isenabled())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(enabled)
