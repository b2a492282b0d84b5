"""The output formats: a rich view for people, JSON Lines, JSON and CSV for programs.

Every renderer takes release records (the dicts of ``Release.to_dict()``),
one at a time as they come, and writes them to a text stream: nothing is held
back except what a format needs to close (the ``]`` of a JSON array).

    >>> import io
    >>> out = io.StringIO()
    >>> r = make_renderer("jsonl", out)
    >>> r.write({"schema_version": 1, "source": "-", "title": None, "date": None, "donors": []})
    >>> r.finish()
    >>> out.getvalue()
    '{"schema_version":1,"source":"-","title":null,"date":null,"donors":[]}\\n'

CSV has one row per fact, in ``CSV_COLUMNS``: a column is empty when the fact
has no such field. Gifts put their amount in ``value``, ``currency`` and
``bound`` and their parties in ``donor`` and ``recipient``; entities put their
canonical name in ``name``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

#: The output formats, for ``--format``.
FORMATS = ("table", "jsonl", "json", "csv")

#: CSV columns: the first fifteen are the ones every release tool in this family
#: shares; the last five carry what only some facts have.
CSV_COLUMNS = (
    "source", "field", "text", "value", "currency", "unit", "subject", "speaker", "title",
    "organization", "bound", "start", "end", "rule", "confidence",
    "name", "donor", "recipient", "purpose", "section",
)  # fmt: skip

#: Fact lists in the order the views show them (the order of the output contract).
FACT_FIELDS = ("donors", "recipients", "amounts", "beneficiaries", "statistics", "quotes", "gifts")


class Renderer:
    """Writes release records to ``out``; ``finish()`` closes what the format needs closed."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self.count += 1
        self._write(record)

    def _write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Close the format (a JSON array's bracket); the stream stays open."""


class JsonLinesRenderer(Renderer):
    """One compact JSON object a line, flushed as written so pipes see it at once."""

    def _write(self, record: dict[str, Any]) -> None:
        self.out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.out.flush()


class JsonRenderer(Renderer):
    """One pretty object for a single release; an array, streamed, for several."""

    def __init__(self, out: TextIO, *, single: bool) -> None:
        super().__init__(out)
        self.single = single

    def _write(self, record: dict[str, Any]) -> None:
        text = json.dumps(record, ensure_ascii=False, indent=2)
        if self.single:
            self.out.write(text + "\n")
        else:
            self.out.write(("[\n" if self.count == 1 else ",\n") + text)
        self.out.flush()

    def finish(self) -> None:
        if not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")


class CsvRenderer(Renderer):
    """One row per fact, with a header row; a release with no facts has no rows."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        import csv

        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(CSV_COLUMNS)

    def _write(self, record: dict[str, Any]) -> None:
        for field in FACT_FIELDS:
            for fact in record.get(field, ()):
                self.writer.writerow(csv_row(record.get("source"), field, fact))
        self.out.flush()


def csv_row(source: str | None, field: str, fact: dict[str, Any]) -> list[Any]:
    """The CSV row of one fact, in ``CSV_COLUMNS`` order."""
    cells = dict(fact)
    amount = cells.pop("amount", None)
    if isinstance(amount, dict):  # a gift's money goes where an amount's would
        cells.update(amount)
    cells["source"] = source
    cells["field"] = field
    return ["" if cells.get(col) is None else cells[col] for col in CSV_COLUMNS]


# --- the rich view ------------------------------------------------------------


def number(value: float | None) -> str:
    """A value for people: 1000000 -> "1,000,000", 2.5 -> "2.5"."""
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:,}"


_BOUND_WORDS = {"up_to": "up to ", "at_least": "at least ", "approx": "about ", "exact": ""}


def money(value: float | None, currency: str | None, bound: str | None) -> str:
    """A normalised amount for people: "up to 5,000,000 USD"."""
    return f"{_BOUND_WORDS.get(bound or 'exact', '')}{number(value)}{' ' + currency if currency else ''}"


def _clip(text: str, limit: int = 240) -> str:
    """A long quote cut at a word, for a summary; the JSON formats always carry it whole."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


class TableRenderer(Renderer):
    """A summary panel per release: gifts, parties, amounts, beneficiaries, statistics, quotes."""

    def __init__(self, out: TextIO, *, color: bool | None = None, width: int | None = None) -> None:
        super().__init__(out)
        from rich.console import Console

        no_color = bool(os.environ.get("NO_COLOR")) or color is False
        self.console: Console = Console(
            file=out,
            no_color=no_color,
            highlight=False,
            emoji=False,
            markup=False,
            width=width,
            force_terminal=True if color else None,
        )

    def _write(self, record: dict[str, Any]) -> None:
        self.console.print(release_panel(record))
        self.out.flush()


def release_panel(record: dict[str, Any]) -> RenderableType:
    """The rich summary of one release record."""
    from rich import box
    from rich.console import Group
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")

    def row(label: str, items: Sequence[RenderableType]) -> None:
        grid.add_row(label, Group(*items) if items else Text("none found", style="dim"))

    def hanging(text: Text) -> Padding:
        """A continuation line, indented under the line it belongs to."""
        return Padding(text, (0, 0, 0, 2))

    if "gifts" in record:
        items: list[RenderableType] = []
        for gift in record["gifts"]:
            amount = gift.get("amount")
            line = Text()
            line.append(gift.get("donor") or "?", style="bold")
            line.append(" → ")
            if amount:
                line.append(
                    money(amount["value"], amount["currency"], amount["bound"]), style="green"
                )
            else:
                line.append("no sum stated", style="dim")
            line.append(" → ")
            line.append(gift.get("recipient") or "?", style="bold")
            items.append(line)
            if gift.get("purpose"):
                items.append(hanging(Text(gift["purpose"], style="dim")))
        row("Gifts", items)
    for field, label in (("donors", "Donors"), ("recipients", "Recipients")):
        if field in record:
            row(label, [Text(e["name"]) for e in record[field]])
    if "amounts" in record:
        row(
            "Amounts",
            [
                Text.assemble(
                    a["text"], (" = " + money(a["value"], a["currency"], a["bound"]), "green")
                )
                for a in record["amounts"]
            ],
        )
    if "beneficiaries" in record:
        row("Beneficiaries", [Text("• " + b["text"]) for b in record["beneficiaries"]])
    if "statistics" in record:
        stats = record["statistics"]
        notes = [
            " ".join(
                x
                for x in (
                    s.get("unit"),
                    "(boilerplate)" if s.get("section") == "boilerplate" else None,
                )
                if x
            )
            for s in stats
        ]
        table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False, expand=False)
        table.add_column(overflow="fold")
        table.add_column(justify="right", no_wrap=True)
        if any(notes):
            table.add_column(no_wrap=True, style="dim")
        for s, note in zip(stats, notes, strict=True):
            value = _BOUND_WORDS.get(s.get("bound") or "exact", "") + number(s.get("value"))
            table.add_row(s["text"], value, *([note] if any(notes) else []))
        row("Statistics", [table] if stats else [])
    if "quotes" in record:
        items = []
        quotes = record["quotes"]
        for i, q in enumerate(quotes):
            items.append(Text("“" + _clip(q["text"]) + "”", style="italic"))
            who = ", ".join(
                x for x in (q.get("speaker"), q.get("title"), q.get("organization")) if x
            )
            nxt = quotes[i + 1] if i + 1 < len(quotes) else None
            # Consecutive segments by the same speaker share one attribution line.
            if nxt is None or (nxt.get("speaker"), nxt.get("title")) != (
                q.get("speaker"),
                q.get("title"),
            ):
                items.append(
                    hanging(Text("— " + (who or "unattributed"), style="yellow" if who else "dim"))
                )
        row("Quotes", items)

    head = Text(record.get("title") or "(no title)", style="bold")
    return Panel(
        Group(head, Text(""), grid),
        title=Text(str(record.get("source") or ""), style="blue"),
        title_align="left",
        subtitle=Text(record.get("date") or "", style="dim"),
        subtitle_align="right",
        box=box.ROUNDED,
        padding=(0, 1),
    )


def make_renderer(
    fmt: str,
    out: TextIO,
    *,
    single: bool = False,
    color: bool | None = None,
    width: int | None = None,
) -> Renderer:
    """The renderer for a format name in ``FORMATS``; ``single`` makes JSON print a bare object."""
    if fmt == "jsonl":
        return JsonLinesRenderer(out)
    if fmt == "json":
        return JsonRenderer(out, single=single)
    if fmt == "csv":
        return CsvRenderer(out)
    if fmt == "table":
        return TableRenderer(out, color=color, width=width)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
