"""``pressfacts report RELEASES... -o report.html``: one self-contained HTML file to review facts.

The file needs nothing beyond itself (no network, no external scripts, styles
or fonts). It holds:

- a summary table, one row per release (donor, amount, recipient, facts), that
  sorts by a column when its heading is clicked;
- a filter: one checkbox per field hides or shows that field's highlights and
  rows everywhere;
- per release, the text with every fact highlighted in place (overlapping
  facts nest as in ``pressfacts show``, see ``cli.show.layout``; the
  boilerplate is dimmed) and a table of its facts; clicking a fact scrolls to
  its span and flashes it.

Every highlighted span is a ``<mark>`` with ``data-field``, ``data-fact`` (an
id unique in the file), ``data-start`` and ``data-end``; a fact cut in two by
a crossing one has several marks with the same ``data-fact``, the first with
``id`` equal to it. All release text is HTML-escaped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from .show import BOILERPLATE, HIGHLIGHTED, Mark, extract_safely, layout, marks_of

if TYPE_CHECKING:  # the library loads inside the functions: the CLI starts fast
    from extractors.model import Release

#: The highlight colour of each field, light enough to read dark text over.
COLOURS: dict[str, str] = {
    "donors": "#9be79b",
    "recipients": "#8fdcf0",
    "amounts": "#ffe066",
    "statistics": "#f5b3f0",
    "beneficiaries": "#b9c6ff",
    "quotes": "#ffd8c2",
}


def _e(value: Any) -> str:
    """HTML-escaped text, quotes included, for element content and attribute values."""
    import html  # here, not at the top: every command's start pays for what cli.app imports

    return html.escape("" if value is None else str(value), quote=True)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _money(value: float | None, currency: str | None, bound: str = "exact") -> str:
    """ "750,000 USD", "up to 5,000 EUR"."""
    if value is None:
        return ""
    prefix = {"up_to": "up to ", "at_least": "at least ", "approx": "about "}.get(bound, "")
    return f"{prefix}{_number(value)} {currency or '?'}"


def _value(name: str, fact: Any) -> str:
    """What a fact means beyond its text: a name, a normalised amount, a speaker."""
    if name in ("donors", "recipients"):
        return str(fact.name)
    if name == "amounts":
        return _money(fact.value, fact.currency, fact.bound)
    if name == "statistics":
        unit = "%" if fact.unit == "percent" else (f" {fact.unit}" if fact.unit else "")
        extra = " (boilerplate)" if fact.section == "boilerplate" else ""
        subject = f" — {fact.subject}" if fact.subject else ""
        return f"{_number(fact.value)}{unit}{subject}{extra}"
    if name == "quotes":
        who = ", ".join(x for x in (fact.speaker, fact.title, fact.organization) if x)
        return who or "unattributed"
    return ""


class Summary(NamedTuple):
    """One row of the summary table."""

    anchor: str  # the release section's id
    title: str
    donors: str
    amounts: str
    amount_value: float  # the largest amount, for sorting; -1 when none
    recipients: str
    facts: int


def summarise(anchor: str, release: Release) -> Summary:
    """The summary row of a release: its gift records if any, else its fact lists."""
    if release.gifts:
        donors = _join(g.donor for g in release.gifts)
        recipients = _join(g.recipient for g in release.gifts)
        amounts = _join(
            _money(g.amount.value, g.amount.currency, g.amount.bound) if g.amount else None
            for g in release.gifts
        )
    else:
        donors = _join(e.name for e in release.donors)
        recipients = _join(e.name for e in release.recipients)
        amounts = _join(a.text for a in release.amounts)
    values = [a.value for a in release.amounts] + [
        g.amount.value for g in release.gifts if g.amount
    ]
    count = sum(len(getattr(release, name)) for name in (*HIGHLIGHTED, "gifts"))
    return Summary(
        anchor,
        release.title or release.source or anchor,
        donors,
        amounts,
        max(values, default=-1.0),
        recipients,
        count,
    )


def _join(names: Iterable[str | None]) -> str:
    """Distinct non-empty names in order, joined with "; "."""
    return "; ".join(dict.fromkeys(n for n in names if n))


def marked_html(text: str, marks: list[Mark], prefix: str) -> str:
    """The release text as HTML with nested ``<mark>``s; fact ids are ``<prefix>-<field>-<i>``."""
    out: list[str] = []
    seen: set[str] = set()
    for piece in layout(text, marks):
        mark = piece.mark
        if piece.kind == "text":
            out.append(_e(piece.text))
        elif mark is None:
            continue
        elif piece.kind == "close":
            out.append("</span>" if mark.field == BOILERPLATE else "</mark>")
        elif mark.field == BOILERPLATE:
            out.append('<span class="boilerplate" title="boilerplate">')
        else:
            key = f"{prefix}-{mark.key}"
            first = key not in seen
            seen.add(key)
            ident = f' id="{_e(key)}"' if first else ""
            out.append(
                f'<mark{ident} class="f-{mark.field}"'
                f' data-field="{mark.field}" data-fact="{_e(key)}"'
                f' data-start="{mark.start}" data-end="{mark.end}" title="{mark.label}">'
            )
    return "".join(out)


def facts_table(release: Release, prefix: str, marked: set[str]) -> str:
    """The table of a release's facts; highlighted ones link to their span."""
    rows: list[str] = []
    for name, (label, _style) in HIGHLIGHTED.items():
        for i, fact in enumerate(getattr(release, name)):
            key = f"{prefix}-{name}-{i}"
            if key in marked:
                cell = (
                    f'<a class="fact-link" href="#{_e(key)}" data-target="{_e(key)}">'
                    f"{_e(fact.text)}</a>"
                )
            else:
                cell = f'{_e(fact.text)} <span class="muted">(span not in text)</span>'
            rows.append(
                f'<tr data-field="{name}"><td><span class="swatch f-{name}">{label}</span></td>'
                f"<td>{cell}</td><td>{_e(_value(name, fact))}</td>"
                f'<td class="num">{fact.start}–{fact.end}</td></tr>'
            )
    for gift in release.gifts:
        money = (
            _money(gift.amount.value, gift.amount.currency, gift.amount.bound)
            if gift.amount
            else "no amount"
        )
        rows.append(
            f'<tr data-field="gifts"><td><span class="swatch f-gifts">gift</span></td>'
            f"<td>{_e(gift.donor or '?')} → {_e(money)} → {_e(gift.recipient or '?')}</td>"
            f"<td>{_e(gift.purpose or '')}</td>"
            f'<td class="num">{gift.start}–{gift.end}</td></tr>'
        )
    if not rows:
        return '<p class="muted">No facts found.</p>'
    return (
        '<table class="facts"><thead><tr><th>Field</th><th>Fact</th><th>Meaning</th>'
        f"<th>Span</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def release_section(number: int, text: str, release: Release) -> tuple[str, Summary]:
    """A release's ``<section>`` and its summary row; its anchor is ``r<number>``."""
    from extractors.document import read

    anchor = f"r{number}"
    marks = marks_of(release, text, read(text).body_end)
    keys = {f"{anchor}-{m.key}" for m in marks if m.field != BOILERPLATE}
    title = release.title or release.source or anchor
    body = (
        f'<section class="release" id="{anchor}">'
        f"<h2>{_e(title)}</h2>"
        f'<p class="source">{_e(release.source or "")}'
        f"{f' · {_e(release.date)}' if release.date else ''}</p>"
        f'<div class="text">{marked_html(text, marks, anchor)}</div>'
        f"{facts_table(release, anchor, keys)}"
        "</section>"
    )
    return body, summarise(anchor, release)


def summary_table(rows: list[Summary]) -> str:
    """The sortable table across releases."""
    heads = [("Release", "text"), ("Donor", "text"), ("Amount", "number")]
    heads += [("Recipient", "text"), ("Facts", "number")]
    head = "".join(
        f'<th data-sort="{kind}" aria-sort="none"><button type="button">{name}</button></th>'
        for name, kind in heads
    )
    body = "".join(
        f'<tr><td data-value="{_e(r.title.lower())}"><a href="#{r.anchor}">{_e(r.title)}</a></td>'
        f'<td data-value="{_e(r.donors.lower())}">{_e(r.donors)}</td>'
        f'<td data-value="{r.amount_value}">{_e(r.amounts)}</td>'
        f'<td data-value="{_e(r.recipients.lower())}">{_e(r.recipients)}</td>'
        f'<td data-value="{r.facts}" class="num">{r.facts}</td></tr>'
        for r in rows
    )
    return f'<table id="summary"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _filter(counts: dict[str, int]) -> str:
    """The field checkboxes."""
    boxes = "".join(
        f'<label><input type="checkbox" data-filter="{name}" checked> '
        f'<span class="swatch f-{name}">{label}</span> {counts.get(name, 0)}</label> '
        for name, (label, _style) in [*HIGHLIGHTED.items(), ("gifts", ("gift", ""))]
    )
    return f'<fieldset id="filter"><legend>Fields shown</legend>{boxes}</fieldset>'


def _css() -> str:
    colours = "".join(
        f".f-{name}{{background:{colour}}}"
        f"body.hide-{name} mark.f-{name}{{background:none;outline:none;text-decoration:none}}"
        f"body.hide-{name} tr[data-field={name}]{{display:none}}"
        for name, colour in COLOURS.items()
    )
    return (
        "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;"
        "line-height:1.5;color:#222}"
        "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}"
        "th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}"
        "th button{font:inherit;font-weight:bold;border:0;background:none;cursor:pointer;padding:0}"
        "th[aria-sort=ascending] button::after{content:' ▲'}"
        "th[aria-sort=descending] button::after{content:' ▼'}"
        ".num{text-align:right;white-space:nowrap}"
        ".text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #ddd;padding:.75rem;"
        "background:#fcfcfc}"
        "mark{color:inherit;border-radius:2px;padding:0 1px}"
        "mark.f-quotes{font-style:italic;text-decoration:underline #c60 2px}"
        ".boilerplate{opacity:.55}"
        ".swatch{padding:0 .3rem;border-radius:3px}"
        ".f-gifts{background:#ddd}"
        "body.hide-gifts tr[data-field=gifts]{display:none}"
        ".muted,.source{color:#777}"
        "section.release{border-top:3px solid #444;margin-top:2rem}"
        "mark.flash{outline:3px solid #e4002b;animation:flash 1.5s ease-out}"
        "@keyframes flash{0%{background:#e4002b;color:#fff}100%{}}"
        "#filter label{margin-right:.8rem;white-space:nowrap}" + colours
    )


# Plain ES5-level script, no data inside it: release text never enters a <script>.
_SCRIPT = """
(function () {
  "use strict";
  function flash(key) {
    var parts = document.querySelectorAll('[data-fact="' + key + '"]');
    if (!parts.length) { return false; }
    parts[0].scrollIntoView({block: "center", inline: "nearest"});
    Array.prototype.forEach.call(parts, function (p) {
      p.classList.remove("flash");
      void p.offsetWidth;  /* restart the animation */
      p.classList.add("flash");
    });
    window.setTimeout(function () {
      Array.prototype.forEach.call(parts, function (p) { p.classList.remove("flash"); });
    }, 2500);
    return true;
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a.fact-link") : null;
    if (!link) { return; }
    if (flash(link.getAttribute("data-target"))) { ev.preventDefault(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("#filter input"), function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
    });
  });
  var table = document.getElementById("summary");
  if (table) {
    Array.prototype.forEach.call(table.querySelectorAll("th"), function (th, col) {
      th.querySelector("button").addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        var numeric = th.getAttribute("data-sort") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-value");
          var y = b.cells[col].getAttribute("data-value");
          var d = numeric ? parseFloat(x) - parseFloat(y) : (x < y ? -1 : x > y ? 1 : 0);
          return up ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        Array.prototype.forEach.call(table.querySelectorAll("th"), function (h) {
          h.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
      });
    });
  }
  if (location.hash.length > 1) { flash(location.hash.slice(1)); }
})();
"""


def build_report(releases: Iterable[tuple[str, Release]], title: str = "pressfacts report") -> str:
    """The whole HTML document for (text, release) pairs, in order."""
    from extractors import __version__

    sections: list[str] = []
    rows: list[Summary] = []
    counts: dict[str, int] = {}
    for number, (text, release) in enumerate(releases, 1):
        section, row = release_section(number, text, release)
        sections.append(section)
        rows.append(row)
        for name in (*HIGHLIGHTED, "gifts"):
            counts[name] = counts.get(name, 0) + len(getattr(release, name))
    return "".join(_document(title, rows, counts, sections, __version__))


def _document(
    title: str, rows: list[Summary], counts: dict[str, int], sections: list[str], version: str
) -> Iterator[str]:
    yield '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    yield '<meta name="viewport" content="width=device-width,initial-scale=1">'
    yield f"<title>{_e(title)}</title><style>{_css()}</style></head><body>"
    yield f"<header><h1>{_e(title)}</h1>"
    yield (
        f'<p class="muted">{len(rows)} release{"" if len(rows) == 1 else "s"}, '
        f"pressfacts {_e(version)}. Click a fact to find it in the text; "
        "click a column heading to sort.</p>"
    )
    yield _filter(counts)
    yield "</header><h2>Summary</h2>"
    yield summary_table(rows)
    yield "<main>"
    yield from sections
    yield f"</main><script>{_SCRIPT}</script></body></html>\n"


# --- the command ----------------------------------------------------------------


REPORT_EPILOG = """\b
Examples:
  pressfacts report releases/ -o report.html
  pressfacts report a.txt b.txt corpus.jsonl -o review.html --title "May releases"
\b
Exit codes: 0 written, 1 an input could not be read (the rest are reported) or
none could, or the file could not be written; 2 usage error."""


def report(
    releases: Annotated[
        list[str],
        typer.Argument(
            metavar="RELEASE",
            help="Release files, folders, corpus.jsonl files, or '-' for standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="The HTML file to write ('-' for standard output).",
        ),
    ] = "report.html",
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="The report's heading.")] = (
        "pressfacts report"
    ),
) -> None:
    """Write one self-contained HTML file to review the facts of many releases.

    Per release: the text with facts highlighted and a table of them (click a
    fact to find it in the text); a filter by field; a summary table across
    releases that sorts by column. Nothing in it is fetched from the network.
    """
    from .inputs import Problem, iter_inputs
    from .output import open_output
    from .progress import Reporter

    reporter = Reporter(progress=_stderr_is_terminal())
    pairs: list[tuple[str, Release]] = []
    try:
        for got in iter_inputs(releases):
            reporter.advance()
            if isinstance(got, Problem):
                if got.level == "error":
                    reporter.error(str(got))
                else:
                    reporter.warning(str(got))
                continue
            for warning in got.warnings:
                reporter.warning(f"{got.source}: {warning}")
            facts, failure = extract_safely(got.text, got.source)
            if facts is None:
                reporter.error(f"{got.source}: {failure}; skipped")
            else:
                pairs.append((got.text, facts))
    finally:
        reporter.close()
    if not pairs:
        reporter.error("no release to report; nothing written")
        raise typer.Exit(code=1)
    page = build_report(pairs, title)
    try:
        with open_output(output) as out:
            out.write(page)
    except OSError as exc:
        reporter.error(f"cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(code=1) from None
    if output != "-":
        typer.echo(
            f"wrote {output} ({len(pairs)} release{'' if len(pairs) == 1 else 's'})", err=True
        )
    if reporter.errors:
        raise typer.Exit(code=1)


def _stderr_is_terminal() -> bool:
    from .output import is_terminal

    return is_terminal(sys.stderr)
