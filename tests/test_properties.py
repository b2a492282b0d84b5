"""Property tests: any text, and text built from release-like pieces, never breaks the extractor.

For every input: no exception, every fact's span points at its text
(``release[start:end] == text``, gifts included) and a second run gives the
same output. Example counts stay moderate so the suite stays fast. The same
holds over the real releases in ``../shared`` (skipped when it is absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import FIELDS, extract

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces a release is made of, and the awkward characters between them.
QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "``", "''"]
CURRENCIES = [
    "$",
    "US$",
    "$US",
    "A$",
    "C$",
    "€",
    "£",
    "¥",
    "₹",
    "Rs.",
    "Rs ",
    "USD ",
    "EUR ",
    "CHF ",
]
NUMBERS = [
    "1",
    "25",
    "2.5",
    "1,000",
    "1,250,000",
    "12,5",
    "1.000.000",
    "0.75",
    "3-4",
    "100,00",
    "7,",
    "3/4",
    "½",
    "1e6",
    "21st",
]
SCALES = [" million", "m", " bn", " billion", " thousand", "k", " crore", " lakh", "-million", ""]
BOUNDS = ["", "up to ", "more than ", "approximately ", "nearly ", "over ", "between "]
NAMES = [
    "Ines Marlowe",
    "Acme Corp.",
    "The Riverside Foundation",
    "UNICEF",
    "Dr. Ada Obi",
    "Grant Lee",
]
WORDS = ["donates", "donated", "grant", "to", "said", "says", "added", "the", "and", "children", "of", "awarded", "pledged", "About", "Inc."]  # fmt: skip
GAPS = [
    " ",
    "  ",
    "   ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\u00a0",
    "\t",
    " \u00a0 ",
    ". ",
    ", ",
    " -- ",
    " – ",
]

money = st.builds(
    lambda b, c, n, s: f"{b}{c}{n}{s}",
    st.sampled_from(BOUNDS),
    st.sampled_from(CURRENCIES),
    st.sampled_from(NUMBERS),
    st.sampled_from(SCALES),
)
piece = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    money,
    st.sampled_from(NUMBERS),
    st.sampled_from(NAMES),
    st.sampled_from(WORDS),
    st.sampled_from(GAPS),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
)
release_like = st.lists(piece, max_size=80).map("".join)


def check(text: str) -> None:
    """Extract twice; every span valid; both runs alike."""
    first = extract(text, source="x.txt").to_dict()
    second = extract(text, source="x.txt").to_dict()
    bad = [
        (field, fact)
        for field in FIELDS
        for fact in first[field]
        if not (0 <= fact["start"] <= fact["end"] <= len(text))
        or text[fact["start"] : fact["end"]] != fact["text"]
    ]

    assert bad == []
    assert first == second


@SETTINGS
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    """Arbitrary unicode text raises nothing, gives valid spans and the same output twice."""
    check(text)


@SETTINGS
@given(release_like)
def test_release_like_text(text: str) -> None:
    """Text made of quote marks, money, numbers, names, gift verbs and odd whitespace behaves the same way."""
    check(text)


@SETTINGS
@given(
    st.sampled_from(NAMES),
    money,
    st.sampled_from(NAMES),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(GAPS),
)
def test_gift_sentence_shapes(donor: str, amount: str, recipient: str, mark: str, gap: str) -> None:
    """A whole release shaped around a gift sentence and a quote, with any gap and quote mark, behaves the same way."""
    text = (
        f"{donor} Donates {amount} to {recipient}{gap}{gap}"
        f"DENVER, CO, May 2, 2024 /PRNewswire/ -- {donor} today donated {amount} to {recipient}.{gap}"
        f"{mark}This matters,{mark} said {donor}.{gap}{mark}We are proud.{gap}"
        f"About {donor}{gap}{donor} gives {amount} a year."
    )
    check(text)


@SETTINGS
@given(release_like, st.sampled_from(["\r\n", "\n", "  ", "\u00a0"]))
def test_line_ends_do_not_break_spans(text: str, gap: str) -> None:
    """Swapping the line ends or spacing of a text never yields a span outside it."""
    check(text.replace("\n", gap))


@SETTINGS
@given(release_like, st.sampled_from(FIELDS))
def test_one_field_alone_matches_the_full_run(text: str, field: str) -> None:
    """Asking for one field gives exactly that field's facts from a full run, so ``--fields`` changes nothing else."""
    alone = extract(text, fields=[field]).to_dict((field,))
    full = extract(text).to_dict()

    assert alone[field] == full[field]
    assert [f for f in FIELDS if f in alone] == [field]


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = sorted((SHARED / "corpus" / "dev").glob("*.txt"))
UNLABELED = SHARED / "corpus" / "unlabeled" / "newsworthy.jsonl"


def unlabeled_sample(every: int = 8) -> list[tuple[str, str]]:
    """Every ``every``-th release of the unlabeled corpus, as (id, text)."""
    if not UNLABELED.exists():
        return []
    with UNLABELED.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for n, line in enumerate(fh) if n % every == 0 and line.strip()]
    return [(row["id"], row["text"]) for row in rows]


@pytest.mark.skipif(
    not DEV, reason=f"the shared dev corpus is absent ({SHARED / 'corpus' / 'dev'})"
)
@pytest.mark.parametrize("path", DEV, ids=[p.stem[:40] for p in DEV])
def test_dev_release_spans(path: Path) -> None:
    """Each real release of the dev corpus, read exactly as stored, gives valid spans deterministically."""
    check(path.read_bytes().decode("utf-8"))


@pytest.mark.skipif(
    not UNLABELED.exists(), reason=f"the shared unlabeled corpus is absent ({UNLABELED})"
)
def test_unlabeled_sample_spans() -> None:
    """A sample of the unlabeled real releases gives valid spans deterministically, without exceptions."""
    sample = unlabeled_sample()
    for _, text in sample:
        check(text)

    assert sample
