"""The ``pressfacts`` command: ``extract``, ``schema`` and ``--version``.

Start-up time matters for a tool run once per file in shell loops, so this
module imports only typer and the standard library at the top; the library,
rich, csv and the process pool are imported inside the code paths that need
them. Commands defined in their own modules (``LAZY_COMMANDS``) are imported
and built only when the command line runs them or help lists them.

Exit codes: 0 every input was processed (finding no facts is success); 1 at
least one input could not be read or decoded, or its extraction failed (the
others are still processed and printed); 2 a usage error.
"""

# No ``from __future__ import annotations`` here: typer reads the annotations of the
# commands on every run, and strings would each be compiled then (several ms).
import contextlib
import gc
import os
import sys
from collections.abc import Iterator, MutableMapping
from enum import Enum
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

__version__ = "0.1.0"

#: Exit codes; documented in the README.
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

#: Commands defined in modules of their own: name -> module. Each module holds the
#: command function of that name and its ``<NAME>_EPILOG``, and keeps its top light
#: (typer and the standard library; rich and extractors inside the function).
#: Typer turns every registered command into a click command on every run, about
#: 10 ms for these three; ``_Group`` builds one only when the command line runs it,
#: or when help or a misspelt name lists the commands.
LAZY_COMMANDS = {"show": "cli.show", "report": "cli.report", "evaluate": "cli.evaluate"}


class _Commands(MutableMapping[str, Any]):
    """The group's commands by name, in order: the built ones, then ``LAZY_COMMANDS``."""

    def __init__(self, built: MutableMapping[str, Any]) -> None:
        self._built = dict(built)
        self._names = [*self._built, *(name for name in LAZY_COMMANDS if name not in self._built)]

    def __getitem__(self, name: str) -> Any:
        command = self._built.get(name)
        if command is None:
            if name not in LAZY_COMMANDS:
                raise KeyError(name)
            command = self._built[name] = _build_command(name)
        return command

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command
        if name not in self._names:
            self._names.append(name)

    def __delitem__(self, name: str) -> None:
        self._names.remove(name)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class _Group(TyperGroup):
    """The app's group: the commands of ``LAZY_COMMANDS`` are built when first asked for."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _Commands(self.commands)


def _build_command(name: str) -> Any:
    """The click command of a ``LAZY_COMMANDS`` entry, as ``app.command`` would have made it."""
    import importlib

    module = importlib.import_module(LAZY_COMMANDS[name])
    one = typer.Typer(rich_markup_mode=app.rich_markup_mode, add_completion=False)
    one.command(name, epilog=getattr(module, f"{name.upper()}_EPILOG"))(getattr(module, name))
    return typer.main.get_command_from_info(
        one.registered_commands[0],
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )


app = typer.Typer(
    name="pressfacts",
    help="Extract donors, recipients, amounts, beneficiaries, statistics and quotes "
    "from press releases, each fact with its exact character span.",
    epilog="\b\nExamples:\n"
    "  pressfacts extract release.txt\n"
    "  pressfacts extract releases/ --format csv -o facts.csv\n"
    "  pressfacts extract --example\n"
    "  pressfacts schema\n"
    "\b\nRun 'pressfacts COMMAND --help' for a command's options and examples.",
    no_args_is_help=True,
    add_completion=False,
    cls=_Group,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)


class Format(str, Enum):
    """Output formats (see ``cli.render``)."""

    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


#: ``-o`` file endings that pick a format when ``--format`` is not given.
_FORMAT_BY_SUFFIX = {
    ".jsonl": Format.jsonl,
    ".json": Format.json,
    ".csv": Format.csv,
    ".txt": Format.table,
}


def _version(value: bool) -> None:
    if value:
        print(f"pressfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Extract facts from press releases."""


EXTRACT_EPILOG = """\b
Examples:
  pressfacts extract release.txt                  # a summary view on a terminal
  pressfacts extract release.txt | jq .donors     # JSON Lines in a pipe
  pressfacts extract releases/ --format csv -o facts.csv
  cat release.txt | pressfacts extract -
  pressfacts extract corpus.jsonl --jobs 0        # {"id": ..., "text": ...} a line
  pressfacts extract --example --format json
\b
Exit codes: 0 all inputs processed (no facts is success), 1 an input could
not be read or extracted (the rest are still printed), 2 usage error."""


def _parse_fields(value: list[str] | None) -> tuple[str, ...] | None:
    """``--fields donors,amounts`` (or repeated) as a tuple in output order; None for all."""
    if not value:
        return None
    from extractors.model import FIELDS

    asked = [name.strip().lower() for item in value for name in item.split(",") if name.strip()]
    unknown = [name for name in asked if name not in FIELDS]
    if unknown:
        raise typer.BadParameter(
            f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"choose from {', '.join(FIELDS)}",
            param_hint="'--fields'",
        )
    if not asked:
        raise typer.BadParameter(
            f"no field named; choose from {', '.join(FIELDS)}", param_hint="'--fields'"
        )
    return tuple(name for name in FIELDS if name in asked)


def _parse_max_bytes(value: str) -> int:
    from .inputs import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--max-bytes'") from None


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is None or sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _stdout_is_terminal() -> bool:
    from .output import is_terminal

    return is_terminal(sys.stdout)


@app.command(epilog=EXTRACT_EPILOG, no_args_is_help=False)
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Release files, folders (searched for *.txt, *.md, *.text, *.jsonl), *.jsonl "
            "corpora, or - for standard input (the default when it is not a terminal).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="Output format. Default: table on a terminal, else jsonl (or from the -o "
            "file's ending: .csv, .json, .jsonl).",
            show_default=False,
        ),
    ] = None,
    fields: Annotated[
        list[str] | None,
        typer.Option(
            "--fields",
            metavar="NAMES",
            help="Only these fact lists, comma-separated: donors, recipients, amounts, "
            "beneficiaries, statistics, quotes, gifts. Skips the work for the others.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file instead of standard output; it appears whole or not at all.",
            show_default=False,
        ),
    ] = None,
    example: Annotated[
        bool, typer.Option("--example", help="Read the example release bundled with pressfacts.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, metavar="N", help="Worker processes; 0 for one per processor."
        ),
    ] = 1,
    max_bytes: Annotated[
        str,
        typer.Option(
            "--max-bytes",
            metavar="SIZE",
            help="Skip any release larger than this (k, MB, GiB...; 0 for no limit).",
        ),
    ] = "20MB",
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Show progress on standard error. Default: when it is a terminal and there is "
            "more than one release.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract the facts of press releases and print them, one record per release."""
    wanted = _parse_fields(fields)
    limit = _parse_max_bytes(max_bytes)
    if output and output != "-" and os.path.isdir(output):
        raise typer.BadParameter(f"{output} is a folder; give a file name", param_hint="'--output'")
    paths = list(inputs or [])
    if not paths and not example:
        if _stdin_is_terminal():
            raise typer.BadParameter(
                "no input: give release files or folders, - for standard input, or --example",
                param_hint="'INPUT'",
            )
        paths = ["-"]
    if fmt is None:
        suffix = os.path.splitext(output)[1].lower() if output and output != "-" else ""
        if suffix in _FORMAT_BY_SUFFIX:
            fmt = _FORMAT_BY_SUFFIX[suffix]
        elif output and output != "-":
            fmt = Format.jsonl
        else:
            fmt = Format.table if _stdout_is_terminal() else Format.jsonl
    # One plain file (or stdin, or the example) prints a bare JSON object; anything
    # that may hold several releases prints an array, even when it holds one.
    single = len(paths) + int(example) == 1 and not any(
        p != "-" and (os.path.isdir(p) or p.lower().endswith(".jsonl")) for p in paths
    )
    code = _extract(paths, example, fmt.value, wanted, output, jobs, limit, progress, single)
    raise typer.Exit(code)


def _extract(
    paths: list[str],
    example: bool,
    fmt: str,
    fields: tuple[str, ...] | None,
    output: str | None,
    jobs: int,
    max_bytes: int,
    progress: bool | None,
    single: bool,
) -> int:
    """Read, extract, render; the exit code."""
    from itertools import chain

    from .inputs import Item, Problem, iter_inputs, read_example
    from .output import open_output, silence_stdout
    from .progress import Reporter
    from .render import make_renderer
    from .runner import Done, run

    to_stdout = output is None or output == "-"
    if progress is None:
        progress = not (to_stdout and _stdout_is_terminal()) and _is_terminal_stderr()
    total = (
        None
        if any(p == "-" or os.path.isdir(p) or p.lower().endswith(".jsonl") for p in paths)
        else len(paths) + int(example)
    )
    if total is not None and total <= 1:
        jobs = 1  # a pool for one release only costs its start-up
    reporter = Reporter(progress=progress, total=total)
    sources: chain[Item | Problem] = chain(
        [read_example()] if example else [], iter_inputs(paths, max_bytes=max_bytes)
    )
    failed = False
    try:
        with _sigterm_interrupts(), open_output(output, data=fmt != "table") as out:
            renderer = make_renderer(fmt, out, single=single)
            for outcome in run(sources, fields, jobs):
                reporter.advance()
                if isinstance(outcome, Done):
                    for warning in outcome.warnings:
                        reporter.warning(f"{outcome.source}: {warning}")
                    renderer.write(outcome.record)
                elif outcome.level == "warning":
                    reporter.warning(str(outcome))
                else:
                    failed = True
                    reporter.error(str(outcome))
            renderer.finish()
    except BrokenPipeError:
        # The reader of standard output has gone (`| head -1`): stop quietly.
        reporter.close()
        silence_stdout()
        return EXIT_INPUT
    except KeyboardInterrupt as exc:
        reporter.close()
        sys.stderr.write("pressfacts: interrupted\n")
        return 143 if isinstance(exc, _Terminated) else 130
    except OSError as exc:  # the output file could not be written
        reporter.close()
        target = output if output and output != "-" else "standard output"
        sys.stderr.write(f"pressfacts: error: cannot write {target}: {exc.strerror or exc}\n")
        return EXIT_INPUT
    finally:
        reporter.close()
    if failed:
        reporter.error(
            f"{reporter.errors} input{'s' if reporter.errors != 1 else ''} could not be processed"
        )
    return EXIT_INPUT if failed else EXIT_OK


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs (no temporary file left)."""


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """While extracting, SIGTERM unwinds like Ctrl-C instead of killing the process mid-write."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise _Terminated

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _is_terminal_stderr() -> bool:
    from .output import is_terminal

    return is_terminal(sys.stderr)


@app.command(
    epilog="\b\nExamples:\n  pressfacts schema > release.schema.json\n"
    "  pressfacts extract r.txt | check-jsonschema --schemafile release.schema.json -"
)
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of one release's output object."""
    import json

    from extractors.schema import SCHEMA

    try:
        sys.stdout.write(json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        from .output import silence_stdout

        silence_stdout()
        raise typer.Exit(EXIT_INPUT) from None


def main() -> None:
    """The console script entry point."""
    try:
        app(prog_name="pressfacts")
    except BrokenPipeError:  # a pipe closed while typer itself was writing (help text)
        from .output import silence_stdout

        silence_stdout()
        sys.exit(EXIT_INPUT)
    finally:
        # Exiting, Python runs the garbage collector over every object still alive,
        # the compiled rules included: about 20 ms spent on memory that the end of
        # the process gives back anyway. Frozen objects are left out of those passes.
        gc.freeze()
