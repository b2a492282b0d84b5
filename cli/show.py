"""``pressfacts show RELEASE``: the release in the terminal with every fact marked in place.

Each fact is highlighted over its own span, one colour per field, with a legend
above the text and the record below it (gifts as donor → amount → recipient,
then beneficiaries, statistics, and quotes with their speakers). The
boilerplate (About sections, contacts, footers) is dimmed.

Overlapping facts nest: a fact inside another (an amount inside a quote) is
drawn inside it, and where several cover a character the shortest one gives
the colour, so the amount stands out in the quote while the quote keeps its
italics and underline. With ``NO_COLOR`` set, ``--no-color``, or when the
output is not a terminal, facts become plain markers that nest the same way::

    [quote: We give [amount: $5,000] today]

A fact that crosses the end of another (rare) is closed with it and reopened
after it, its continuation marked ``…``: ``[donor…: rest]``.

This module also holds the nesting layout (``layout``) that the HTML report
reuses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

if TYPE_CHECKING:  # rich and the library load inside the functions: the CLI starts fast
    from rich.console import Console
    from rich.text import Text

    from extractors.model import Release

#: The fields highlighted in the text, the label of one fact, and its terminal
#: style. Gifts span whole sentences and appear in the record only. Short facts
#: get a background, long ones (beneficiaries, quotes) a foreground, so a short
#: fact inside a long one stays visible.
HIGHLIGHTED: dict[str, tuple[str, str]] = {
    "donors": ("donor", "black on green"),
    "recipients": ("recipient", "black on cyan"),
    "amounts": ("amount", "black on yellow"),
    "statistics": ("statistic", "bold bright_magenta"),
    "beneficiaries": ("beneficiary", "bold bright_blue"),
    "quotes": ("quote", "italic underline bright_red"),
}
#: The style of the boilerplate region, under the facts.
BOILERPLATE_STYLE = "dim"
#: The label of the boilerplate region in plain markers.
BOILERPLATE = "boilerplate"


class Mark(NamedTuple):
    """One highlighted stretch: a fact of a field, or the boilerplate region."""

    field: str  # "donors", ... or "boilerplate"
    number: int  # the fact's position in its field's list
    start: int
    end: int

    @property
    def label(self) -> str:
        """The singular name shown in markers: "donor", "boilerplate"."""
        return HIGHLIGHTED[self.field][0] if self.field in HIGHLIGHTED else self.field

    @property
    def key(self) -> str:
        """An identifier unique within a release: "donors-0"."""
        return f"{self.field}-{self.number}"


class Piece(NamedTuple):
    """One step of a layout: text, or a mark opening or closing around what follows."""

    kind: str  # "text", "open" or "close"
    text: str = ""  # for "text"
    mark: Mark | None = None  # for "open" and "close"
    continued: bool = False  # an "open" that resumes a mark cut by a crossing one


def marks_of(release: Release, text: str, body_end: int | None = None) -> list[Mark]:
    """The marks of a release's highlighted facts (and of its boilerplate), valid spans only."""
    marks: list[Mark] = []
    for name in HIGHLIGHTED:
        for i, fact in enumerate(getattr(release, name)):
            if 0 <= fact.start < fact.end <= len(text):
                marks.append(Mark(name, i, fact.start, fact.end))
    end = len(text.rstrip())
    if body_end is not None and 0 <= body_end < end:
        marks.append(Mark(BOILERPLATE, 0, body_end, end))
    return marks


def layout(text: str, marks: Iterable[Mark]) -> Iterator[Piece]:
    """The text cut at every mark boundary, with properly nested opens and closes.

    Marks open longest first where they start together, so the shorter nests
    inside. Where a mark ends while marks opened after it are still open, those
    are closed first and reopened as ``continued`` right after.

    >>> text = "We give $5 today"
    >>> pieces = layout(text, [Mark("quotes", 0, 0, 16), Mark("amounts", 0, 8, 10)])
    >>> "".join(p.text or ("[" if p.kind == "open" else "]") for p in pieces)
    '[We give [$5] today]'
    """
    order = [*HIGHLIGHTED, BOILERPLATE]
    todo = sorted(
        (m for m in marks if m.start < m.end),
        key=lambda m: (m.start, -m.end, -order.index(m.field) if m.field in order else 0),
    )
    stops = sorted({0, len(text), *(m.start for m in todo), *(m.end for m in todo)})
    stack: list[Mark] = []
    nxt = 0
    for pos, upto in zip(stops, [*stops[1:], len(text)], strict=True):
        ending = [i for i, m in enumerate(stack) if m.end <= pos]
        if ending:
            cut = stack[ending[0] :]
            del stack[ending[0] :]
            for mark in reversed(cut):
                yield Piece("close", mark=mark)
            for mark in cut:
                if mark.end > pos:
                    stack.append(mark)
                    yield Piece("open", mark=mark, continued=True)
        while nxt < len(todo) and todo[nxt].start <= pos:
            stack.append(todo[nxt])
            yield Piece("open", mark=todo[nxt])
            nxt += 1
        if upto > pos:
            yield Piece("text", text=text[pos:upto])


def plain_markers(text: str, marks: Iterable[Mark]) -> str:
    """The text with ``[label: …]`` around every mark.

    >>> plain_markers("Acme gave $5.", [Mark("donors", 0, 0, 4), Mark("amounts", 0, 10, 12)])
    '[donor: Acme] gave [amount: $5].'
    """
    out: list[str] = []
    for piece in layout(text, marks):
        if piece.kind == "text":
            out.append(piece.text)
        elif piece.kind == "open" and piece.mark is not None:
            out.append(f"[{piece.mark.label}{'…' if piece.continued else ''}: ")
        else:
            out.append("]")
    return "".join(out)


def styled_text(text: str, marks: Sequence[Mark]) -> Text:
    """The text with each mark's style over its span; shorter marks are applied last and win."""
    from rich.text import Text

    out = Text(text, no_wrap=False)
    for mark in sorted(marks, key=lambda m: -(m.end - m.start)):
        style = BOILERPLATE_STYLE if mark.field == BOILERPLATE else HIGHLIGHTED[mark.field][1]
        out.stylize(style, mark.start, mark.end)
    return out


def legend(release: Release, plain: bool) -> Text:
    """One line naming each field with its colour (or marker) and how many facts it has."""
    from rich.text import Text

    out = Text("Legend: ")
    for name, (label, style) in HIGHLIGHTED.items():
        count = len(getattr(release, name))
        if plain:
            out.append(f"[{label}: …]×{count}  ")
        else:
            out.append(label, style=style)
            out.append(f"×{count}  ")
    out.append("[boilerplate: …]" if plain else "boilerplate")
    if not plain:
        out.stylize(BOILERPLATE_STYLE, len(out) - len("boilerplate"), len(out))
    out.rstrip()
    return out


def _money(value: float | None, currency: str | None, bound: str = "exact") -> str:
    """ "5,000 USD", "up to 1,000,000 EUR"."""
    if value is None:
        return "no amount"
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    prefix = {"up_to": "up to ", "at_least": "at least ", "approx": "about "}.get(bound, "")
    return f"{prefix}{number} {currency or '?'}"


def record_lines(release: Release) -> list[tuple[str, str]]:
    """The record under the text as (heading, line) pairs; an empty heading continues one."""
    rows: list[tuple[str, str]] = []

    def section(heading: str, lines: Iterable[str]) -> None:
        items = list(lines)
        for i, line in enumerate(items or ["—"]):
            rows.append((heading if i == 0 else "", line))

    if release.gifts:
        section(
            "Gifts",
            (
                f"{g.donor or '?'} → "
                f"{_money(g.amount.value, g.amount.currency, g.amount.bound) if g.amount else 'no amount'}"
                f" → {g.recipient or '?'}"
                for g in release.gifts
            ),
        )
    else:
        donors = ", ".join(e.name for e in release.donors) or "?"
        amounts = ", ".join(
            f"{a.text} ({_money(a.value, a.currency, a.bound)})" for a in release.amounts
        )
        recipients = ", ".join(e.name for e in release.recipients) or "?"
        section("Gift", [f"{donors} → {amounts or 'no amount'} → {recipients}"])
    section("Beneficiaries", (b.text for b in release.beneficiaries))
    section(
        "Statistics",
        (
            f"{s.text}"
            + (f" = {_money(s.value, s.unit, s.bound)}" if s.unit and len(s.unit) == 3 else "")
            + (f" = {s.value:g}%" if s.unit == "percent" and s.value is not None else "")
            + (" (boilerplate)" if s.section == "boilerplate" else "")
            for s in release.statistics
        ),
    )
    section(
        "Quotes",
        (
            f"“{q.text}” — "
            + (", ".join(x for x in (q.speaker, q.title, q.organization) if x) or "unattributed")
            for q in release.quotes
        ),
    )
    return rows


def render(console: Console, text: str, release: Release, *, plain: bool) -> None:
    """Print one release: heading, legend, marked text and record.

    Plain output is rendered first and written without the spaces rich pads
    lines with, so that it reads (and diffs) cleanly in a file.
    """
    if not plain:
        _render(console, text, release, plain=False)
        return
    with console.capture() as captured:
        _render(console, text, release, plain=True)
    console.file.write("\n".join(line.rstrip() for line in captured.get().splitlines()) + "\n")


def _render(console: Console, text: str, release: Release, *, plain: bool) -> None:
    """Print one release to ``console``; see ``render``."""
    from rich.table import Table
    from rich.text import Text

    from extractors.document import read

    body_end = read(text).body_end
    marks = marks_of(release, text, body_end)
    heading = release.source or "release"
    if release.date:
        heading += f" · {release.date}"
    console.print(Text(heading, style="" if plain else "bold"))
    console.print(legend(release, plain))
    console.print()
    shown = text.rstrip()
    marks = [m for m in marks if m.end <= len(shown)]
    if plain:
        console.print(Text(plain_markers(shown, marks)))
    else:
        console.print(styled_text(shown, marks))
    console.print()
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="" if plain else "bold")
    table.add_column()
    for heading_, line in record_lines(release):
        table.add_row(heading_, line)
    console.print(table)


def use_plain(color: bool | None, stream: Any = None) -> bool:
    """Whether to draw plain markers: asked for, ``NO_COLOR`` set, ``TERM=dumb``, or not a terminal.

    ``stream`` is where the output goes (standard output when None).
    """
    if color is not None:
        return not color
    if os.environ.get("NO_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return True
    return not (_is_terminal(stream) if stream is not None else _stdout_is_terminal())


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (a seam for tests)."""
    return _is_terminal(sys.stdout)


# --- the command ----------------------------------------------------------------


def extract_safely(text: str, source: str) -> tuple[Release | None, str | None]:
    """The facts of a release, or why extracting them failed: one bad release must not end a run."""
    from extractors import extract

    try:
        return extract(text, source), None
    except Exception as exc:  # a bug in one extractor: report it, go on with the next release
        detail = str(exc).splitlines()[0] if str(exc) else ""
        return None, f"extraction failed ({type(exc).__name__}{': ' + detail if detail else ''})"


def _pick(path: str) -> tuple[str, str | None]:
    """Split "corpus.jsonl#<id>" into the corpus and the wanted source; other paths stand whole."""
    from .inputs import CORPUS_SUFFIX

    corpus, sep, ident = path.rpartition("#")
    if sep and ident and corpus.lower().endswith(CORPUS_SUFFIX) and os.path.isfile(corpus):
        return corpus, path
    return path, None


SHOW_EPILOG = """\b
Examples:
  pressfacts show release.txt
  pressfacts show release.txt | less          # plain [donor: …] markers
  pressfacts show corpus.jsonl#d003           # one release of a corpus
\b
Exit codes: 0 shown, 1 a release could not be read, 2 usage error."""


def show(
    release: Annotated[
        str,
        typer.Argument(
            metavar="RELEASE",
            help="A release file, - for standard input, a folder or corpus.jsonl (every "
            "release in it), or corpus.jsonl#<id> for one release of a corpus.",
            show_default=False,
        ),
    ],
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            help="Colours on or off. Default: on in a terminal, off when piped or when "
            "NO_COLOR is set.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Show a release with every fact highlighted in place, a legend, and the record.

    One colour per field, the boilerplate dimmed. Without colours facts are
    marked [donor: …], nested where one lies inside another.
    """
    from rich.console import Console

    from .inputs import Problem, iter_inputs

    path, wanted = _pick(release)
    plain = use_plain(color)
    console = Console(
        no_color=plain,
        color_system=None if plain else "auto",
        force_terminal=None if plain else True,
        highlight=False,
        markup=False,
        emoji=False,
    )
    errors = shown = 0
    for got in iter_inputs([path]):
        if isinstance(got, Problem):
            typer.echo(f"pressfacts: {got.level}: {got}", err=True)
            errors += got.level == "error"
            continue
        if wanted is not None and got.source != wanted:
            continue
        for warning in got.warnings:
            typer.echo(f"pressfacts: warning: {got.source}: {warning}", err=True)
        if shown:
            console.print()
            console.rule(style="" if plain else "dim")
        facts, failure = extract_safely(got.text, got.source)
        if facts is None:
            typer.echo(f"pressfacts: error: {got.source}: {failure}", err=True)
            errors += 1
            continue
        render(console, got.text, facts, plain=plain)
        shown += 1
    if wanted is not None and not shown:
        typer.echo(f"pressfacts: error: {wanted}: no release with this id in the corpus", err=True)
        errors += 1
    if errors:
        raise typer.Exit(code=1)
