"""The ``pressfacts`` command: ``extract``, ``schema`` and ``--version``."""

from __future__ import annotations

import typer

__version__ = "0.1.0"

app = typer.Typer(
    name="pressfacts",
    help="Extract donors, recipients, amounts, beneficiaries, statistics and quotes "
    "from press releases, each with its exact character span.",
    no_args_is_help=True,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        print(f"pressfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Extract facts from press releases."""


def main() -> None:
    """The console script entry point."""
    app(prog_name="pressfacts")


# --- commands defined in their own modules register here ---
