"""``pressfacts report``: one self-contained HTML file, escaped text, every fact marked and listed."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractors
from cli.app import app
from cli.report import build_report
from extractors.model import Amount, Beneficiary, Entity, Quote, Release, Statistic

# Release text with everything HTML could misread: tags, entities, both quote
# marks, a script, a closing mark, and links that must stay text.
NASTY = (
    'Fenwick & Daughters <Ltd> Gives "$12,500" to O\'Hara House\n\n'
    "Fenwick & Daughters gave $12,500 to O'Hara House for families <under> 5 & their kin. "
    '"Small things matter, even </mark> ones," said Lea Fenwick. '
    'Visit https://fenwick.example/give or <a href="http://bad.example">here</a>. '
    "<script>alert('x')</script> &amp; &lt;done&gt;\n\n"
    "About Fenwick & Daughters\nFenwick & Daughters runs 14 mills.\n"
)
PLAIN = (
    "Ostrander Bank pledges €2,000,000 to Riverside Hospice\n\n"
    "Ostrander Bank pledged €2,000,000 to Riverside Hospice, which cares for 300 patients.\n"
)


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def nasty_release(source: str = "nasty.txt") -> Release:
    """Facts over NASTY, with a statistic that crosses the end of a beneficiary phrase."""
    quote = "Small things matter, even </mark> ones,"
    return Release(
        source=source,
        title=NASTY.split("\n")[0],
        date=None,
        donors=(
            Entity(
                "Fenwick & Daughters",
                "Fenwick & Daughters",
                *span(NASTY, "Fenwick & Daughters", 1),
                "t",
                1.0,
            ),
        ),
        recipients=(
            Entity("O'Hara House", "O'Hara House", *span(NASTY, "O'Hara House", 1), "t", 1.0),
        ),
        amounts=(Amount("$12,500", 12500.0, "USD", "exact", *span(NASTY, "$12,500", 1), "t", 1.0),),
        beneficiaries=(
            Beneficiary("families <under> 5", *span(NASTY, "families <under> 5"), "t", 1.0),
        ),
        statistics=(
            Statistic("5 & their kin", 5.0, None, "kin", *span(NASTY, "5 & their kin"), "t", 1.0),
            Statistic(
                "14 mills",
                14.0,
                None,
                "mills",
                *span(NASTY, "14 mills"),
                "t",
                1.0,
                section="boilerplate",
            ),
        ),
        quotes=(Quote(quote, "Lea Fenwick", None, None, *span(NASTY, quote), "t", 1.0),),
    )


def plain_release(source: str = "plain.txt") -> Release:
    """Facts over PLAIN."""
    return Release(
        source=source,
        title=PLAIN.split("\n")[0],
        date=None,
        donors=(
            Entity("Ostrander Bank", "Ostrander Bank", *span(PLAIN, "Ostrander Bank", 1), "t", 1.0),
        ),
        recipients=(
            Entity(
                "Riverside Hospice",
                "Riverside Hospice",
                *span(PLAIN, "Riverside Hospice", 1),
                "t",
                1.0,
            ),
        ),
        amounts=(
            Amount("€2,000,000", 2e6, "EUR", "exact", *span(PLAIN, "€2,000,000", 1), "t", 1.0),
        ),
    )


class Page(HTMLParser):
    """What the tests read from a report: attributes, release texts, marks and their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []  # the text of each div.text, in order
        self.mark_text: dict[str, str] = {}  # data-fact -> text inside its marks
        self.mark_attrs: dict[str, list[dict[str, str | None]]] = {}
        self.summary_rows: list[list[str]] = []
        self._in_text = 0  # depth inside a div.text
        self._marks: list[str | None] = []
        self._in_summary = False
        self._cell: list[str] | None = None
        self._inline: dict[str, list[str]] = {"script": [], "style": []}
        self._raw: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag in self._inline:
            self._raw = tag
        if tag == "div" and a.get("class") == "text":
            self._in_text = 1
            self.texts.append("")
        elif self._in_text and tag in ("div", "span", "mark"):
            self._in_text += 1
        if tag == "mark":
            key = a.get("data-fact")
            self._marks.append(key)
            if key is not None:
                self.mark_attrs.setdefault(key, []).append(a)
                self.mark_text.setdefault(key, "")
        if tag == "table" and a.get("id") == "summary":
            self._in_summary = True
        if self._in_summary and tag == "tr":
            self.summary_rows.append([])
        if self._in_summary and tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == self._raw:
            self._raw = None
        if tag == "mark" and self._marks:
            self._marks.pop()
        if self._in_text and tag in ("div", "span", "mark"):
            self._in_text -= 1
        if self._in_summary and tag in ("td", "th") and self._cell is not None:
            self.summary_rows[-1].append("".join(self._cell))
            self._cell = None
        if tag == "table":
            self._in_summary = False

    def handle_data(self, data: str) -> None:
        if self._raw:
            self._inline[self._raw].append(data)
        if self._in_text:
            self.texts[-1] += data
        for key in self._marks:
            if key is not None:
                self.mark_text[key] += data
        if self._cell is not None:
            self._cell.append(data)

    @property
    def script(self) -> str:
        return "".join(self._inline["script"])

    @property
    def style(self) -> str:
        return "".join(self._inline["style"])


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page() -> Page:
    return parse(build_report([(NASTY, nasty_release()), (PLAIN, plain_release())]))


def test_report_is_self_contained(page: Page) -> None:
    """No element loads anything from elsewhere: no http(s) or protocol-relative src or href, no external style."""
    links = [
        (tag, name, value)
        for tag, a in page.elements
        for name, value in a.items()
        if name in ("src", "href", "srcset", "action", "data")
    ]
    external = [x for x in links if not (x[2] or "").startswith("#")]

    assert links  # the facts and the summary link within the page
    assert external == []
    assert not any(tag in ("link", "iframe", "img", "object", "embed") for tag, _ in page.elements)
    assert not any(tag == "script" and "src" in a for tag, a in page.elements)
    assert not re.search(r"@import|url\(", page.style)
    assert not re.search(r"https?:|fetch\(|XMLHttpRequest", page.script)


def test_report_escapes_release_text(page: Page) -> None:
    """Each release's text, tags, ampersands and quotes included, reads back exactly as written."""
    assert page.texts == [NASTY, PLAIN]
    assert not any(tag == "a" and a.get("href") == "http://bad.example" for tag, a in page.elements)
    assert sum(tag == "script" for tag, _ in page.elements) == 1  # only the report's own


def test_report_escapes_attributes() -> None:
    """A source with quotes and angle brackets cannot break out of its attribute or element."""
    html = build_report([(PLAIN, plain_release(source='x"><script>alert(1)</script>.txt'))])
    parsed = parse(html)

    assert sum(tag == "script" for tag, _ in parsed.elements) == 1
    assert "<script>alert(1)" not in html


def test_report_marks_every_fact_with_data_attributes(page: Page) -> None:
    """Every highlighted fact has marks with its field, span and text, the first carrying its id."""
    facts = [
        (prefix, name, i, fact)
        for prefix, release in (("r1", nasty_release()), ("r2", plain_release()))
        for name in ("donors", "recipients", "amounts", "beneficiaries", "statistics", "quotes")
        for i, fact in enumerate(getattr(release, name))
    ]

    assert len(facts) == 10
    for prefix, name, i, fact in facts:
        key = f"{prefix}-{name}-{i}"
        marks = page.mark_attrs[key]
        assert page.mark_text[key] == fact.text
        assert marks[0].get("id") == key
        assert all(m.get("id") is None for m in marks[1:])
        assert {(m["data-field"], m["data-start"], m["data-end"]) for m in marks} == {
            (name, str(fact.start), str(fact.end))
        }


def test_report_splits_a_crossing_fact(page: Page) -> None:
    """A statistic crossing the end of a beneficiary phrase is drawn as two marks of one fact."""
    assert len(page.mark_attrs["r1-statistics-0"]) == 2
    assert len(page.mark_attrs["r1-beneficiaries-0"]) == 1


def test_report_links_each_fact_to_its_span(page: Page) -> None:
    """The facts table links every fact to an id that exists exactly once."""
    ids = [a["id"] for _, a in page.elements if a.get("id")]
    targets = [
        a["data-target"]
        for tag, a in page.elements
        if tag == "a" and "fact-link" in (a.get("class") or "")
    ]

    assert len(targets) == 10
    assert len(ids) == len(set(ids))
    assert set(targets) <= set(ids)


def test_report_summary_has_a_row_per_release(page: Page) -> None:
    """The summary lists donor, amount and recipient of each release, with sortable headings."""
    head, *rows = page.summary_rows

    assert head == ["Release", "Donor", "Amount", "Recipient", "Facts"]
    assert [r[1:4] for r in rows] == [
        ["Fenwick & Daughters", "$12,500", "O'Hara House"],
        ["Ostrander Bank", "€2,000,000", "Riverside Hospice"],
    ]
    sorts = [a.get("data-sort") for tag, a in page.elements if tag == "th" and a.get("data-sort")]
    assert sorts == ["text", "text", "number", "text", "number"]


def test_report_has_a_filter_per_field(page: Page) -> None:
    """One checkbox per field toggles it, and the stylesheet hides what a cleared box names."""
    boxes = [
        a["data-filter"] for tag, a in page.elements if tag == "input" and a.get("data-filter")
    ]

    assert boxes == [
        "donors",
        "recipients",
        "amounts",
        "statistics",
        "beneficiaries",
        "quotes",
        "gifts",
    ]
    for name in boxes:
        assert f"body.hide-{name} tr[data-field={name}]" in page.style


# --- through the command ----------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """NASTY and PLAIN as files, and an extractor that returns their hand-made releases."""
    nasty, plain = tmp_path / "nasty.txt", tmp_path / "plain.txt"
    nasty.write_text(NASTY, encoding="utf-8", newline="")
    plain.write_text(PLAIN, encoding="utf-8", newline="")

    def fake(text: str, source: str | None = None, fields: object = None) -> Release:
        return nasty_release(str(source)) if text == NASTY else plain_release(str(source))

    monkeypatch.setattr(extractors, "extract", fake)
    return nasty, plain


def test_report_command_writes_the_file(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    """report writes one HTML file holding every release and says so on standard error."""
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", *map(str, inputs), "-o", str(out)])

    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr and "2 releases" in result.stderr
    assert parse(out.read_text(encoding="utf-8")).texts == [NASTY, PLAIN]


def test_report_command_to_stdout(inputs: tuple[Path, Path]) -> None:
    """-o - writes the HTML to standard output."""
    result = runner.invoke(app, ["report", str(inputs[1]), "-o", "-"])

    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")


def test_report_command_bad_input_exits_1_but_reports_the_rest(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    """An unreadable input is named on standard error, exit 1, and the others are still written."""
    out = tmp_path / "r.html"
    result = runner.invoke(
        app, ["report", str(inputs[1]), str(tmp_path / "gone.txt"), "-o", str(out)]
    )

    assert result.exit_code == 1
    assert "gone.txt" in result.stderr
    assert parse(out.read_text(encoding="utf-8")).texts == [PLAIN]


def test_report_command_nothing_readable_writes_nothing(tmp_path: Path) -> None:
    """With no readable release, report exits 1 and writes no file."""
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(tmp_path / "gone.txt"), "-o", str(out)])

    assert result.exit_code == 1
    assert not out.exists()


def test_report_command_with_the_real_extractor(tmp_path: Path) -> None:
    """With the real extractor every mark's text is the release text at its data-start:data-end."""
    release = tmp_path / "r.txt"
    release.write_text(NASTY + PLAIN, encoding="utf-8", newline="")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(release), "-o", str(out)])
    parsed = parse(out.read_text(encoding="utf-8"))

    assert result.exit_code == 0, result.stderr
    assert parsed.texts == [NASTY + PLAIN]
    for key, marks in parsed.mark_attrs.items():
        start, end = int(marks[0]["data-start"] or 0), int(marks[0]["data-end"] or 0)
        assert parsed.mark_text[key] == (NASTY + PLAIN)[start:end]


def test_report_command_survives_a_failing_extraction(
    inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release whose extraction raises is named with exit 1, and the others are still written."""
    fake = extractors.extract

    def flaky(text: str, source: str | None = None, fields: object = None) -> Release:
        if text == NASTY:
            raise ValueError("broken rule\nsecond line")
        return fake(text, source)

    monkeypatch.setattr(extractors, "extract", flaky)
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", *map(str, inputs), "-o", str(out)])

    assert result.exit_code == 1
    assert "nasty.txt: extraction failed (ValueError: broken rule)" in result.stderr
    assert parse(out.read_text(encoding="utf-8")).texts == [PLAIN]
