"""The number finder and the number parsing helpers the money finder shares."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.numbers import (
    NUMBER,
    NUMBER_PHRASE,
    SCALES,
    _mentions,
    find_numbers,
    parse_number,
    scale_of,
    trie,
    words_to_number,
)

# (sentence, expected [(text, value, kind)]) -- what the finder reads in it.
FIND_CASES = [
    # digits, separators, decimals
    ("The food bank served 4,250 households.", [("4,250", 4250, "number")]),
    ("Rainfall reached 12.75 inches.", [("12.75", 12.75, "number")]),
    ("Turnout rose to 1 250 000 voters.", [("1 250 000", 1250000, "number")]),
    ("Bids came in at 2.300.000,50 in total.", [("2.300.000,50", 2300000.5, "number")]),
    ("Grouped the Indian way: 3,45,678 saplings.", [("3,45,678", 345678, "number")]),
    ("A share of .5 went unclaimed.", [(".5", 0.5, "number")]),
    # table cells: numbers side by side stay apart; grouped or mixed ones stay whole
    (
        "Cost of sales 7,410   6,982\u00a0 \u00a0(0.42)",
        [("7,410", 7410, "number"), ("6,982", 6982, "number"), ("0.42", 0.42, "number")],
    ),
    ("Seats: 1\u00a0480 in all.", [("1\u00a0480", 1480, "number")]),
    ("Each plot is 3 1/2 acres.", [("3 1/2", 3.5, "fraction")]),
    (
        "Each plot is 10\t3/4 acres.",
        [("10\t3/4", 10.75, "fraction")],
    ),  # a tab between: once a crash
    ("Each plot is 2\n1/4 acres.", [("2", 2, "number"), ("1/4", 0.25, "fraction")]),  # a line apart
    ("Yields rose 18.5\u00a0percent.", [("18.5\u00a0percent", 18.5, "percent")]),
    ("Margins of 2.5\u00a0million were booked.", [("2.5\u00a0million", 2500000, "number")]),
    # scales written out and as suffixes
    ("Some 3.4 million trees were planted.", [("3.4 million", 3400000, "number")]),
    ("Valued at 1.2bn by analysts.", [("1.2bn", 1200000000, "number")]),
    ("The fund passed 40k members.", [("40k", 40000, "number")]),
    ("Orders rose to 7 M units.", [("7 M", 7000000, "number")]),
    ("It reached 2 crore homes.", [("2 crore", 20000000, "number")]),
    # number words
    ("Forty-two volunteers came.", [("Forty-two", 42, "number")]),
    ("We counted one hundred and seven nests.", [("one hundred and seven", 107, "number")]),
    ("They shipped two million masks.", [("two million", 2000000, "number")]),
    ("She baked a dozen pies.", [("a dozen", 12, "number")]),
    ("Pies\nA dozen were baked.", [("A dozen", 12, "number")]),  # "a" after a line break
    ("Half a billion doses ship soon.", [("Half a billion", 500000000, "number")]),
    ("Five and a half million people voted.", [("Five and a half million", 5500000, "number")]),
    ("Seven hundred thousand readers subscribed.", [("Seven hundred thousand", 700000, "number")]),
    # bounds the finder itself can see
    ("Over 3,000+ kits went out.", [("3,000+", 3000, "number")]),
    ("A 25-plus year career.", [("25-plus", 25, "number")]),
    ("The app passed 12+ million downloads.", [("12+ million", 12000000, "number")]),
    ("Sales of 3.5+ billion were logged.", [("3.5+ billion", 3500000000, "number")]),
    ("The score was 5+ points ahead.", [("5+", 5, "number")]),  # no scale word after the plus
    ("Hundreds of volunteers helped.", [("Hundreds", 100, "number")]),
    ("Tens of millions of people watched.", [("Tens of millions", 10000000, "number")]),
    # shares, fractions, ratios
    ("Support grew 40% this year.", [("40%", 40, "percent")]),
    ("Support grew 40 per cent this year.", [("40 per cent", 40, "percent")]),
    ("Support grew 40 percent this year.", [("40 percent", 40, "percent")]),
    ("Support grew forty percent this year.", [("forty percent", 40, "percent")]),
    ("Costs fell 12.5 pct.", [("12.5 pct", 12.5, "percent")]),
    ("Two thirds of the budget went to care.", [("Two thirds", 2 / 3, "fraction")]),
    ("About 3/4 of members voted.", [("3/4", 0.75, "fraction")]),
    ("Only 1 in 5 children can swim.", [("1 in 5", 0.2, "ratio")]),
    ("One out of three adults agreed.", [("One out of three", 1 / 3, "ratio")]),
    ("The one-in-four households at risk.", [("one-in-four", 0.25, "ratio")]),
    ("Seven out of every 10 shoppers paid.", [("Seven out of every 10", 0.7, "ratio")]),
    ("One in every eight bridges needs work.", [("One in every eight", 0.125, "ratio")]),
    ("She won 2 in every sense.", [("2", 2, "number")]),  # "every" then no number
    ("Scores went from 8 in 5 weeks.", [("8", 8, "number"), ("5", 5, "number")]),
    # ordinals keep their position as value
    ("Our 21st season opens.", [("21st", 21, "ordinal")]),
    ("The fifth consecutive year.", [("fifth", 5, "ordinal")]),
    ("Its twenty-first birthday.", [("twenty-first", 21, "ordinal")]),
    # signs and science
    ("Margins were -4.5 this quarter.", [("-4.5", -4.5, "number")]),
    ("Output of 1.5e6 joules.", [("1.5e6", 1500000, "number")]),
    # hard-wrapped: a scale word on the next line belongs to the number; a blank line ends it
    ("The fund reaches 2.4\nmillion readers.", [("2.4\nmillion", 2400000, "number")]),
    ("It has reached some 30\nthousand farms.", [("30\nthousand", 30000, "number")]),
    ("Founded in 1987\nthe trust grew.", [("1987", 1987, "number")]),
    ("A total of 12\n\nMillion Voices", [("12", 12, "number"), ("Million", 1000000, "number")]),
    # the same with Windows line ends
    ("The fund reaches 2.4\r\nmillion readers.", [("2.4\r\nmillion", 2400000, "number")]),
    ("Founded in 1987\r\nthe trust grew.", [("1987", 1987, "number")]),
    ("A total of 12\r\n\r\nMillion Voices", [("12", 12, "number"), ("Million", 1000000, "number")]),
]

# The same number in different surroundings is read the same way.
SURROUNDINGS = [
    "250 families",
    "(250 families)",
    "\n250 families",
    "We helped 250 families.",
    "“250 families”",
    "They served 250 families, and more.",
    "they served\u00a0250 families",
]

# Digits that are part of something else: nothing to find.
NOT_NUMBERS = [
    "COVID-19 vaccines",
    "a K-12 school",
    "see https://example.org/page?id=42&x=7",
    "the model X3D printer",
    "version v2.0.1 shipped",
    "measured 180.25ml of liquid",
    "they rode 4kms further",
    "the 1990s and the ’90s",
    "a 3D printer",
    "24/7 support",
    "the one you mentioned",
]


# Digits with commas as the scan reads them: a group ("2,418,907") is one number
# when it reads plainly, else its first digits and the runs after its commas are
# read apart, as cells run together in scraped tables.
DIGIT_GROUP_CASES = [
    ("Inventory 2,418,907Receivables 77,310", [("2,418", 2418), ("77,310", 77310)]),
    (
        "Cells ran together: 12,34567 and 9,876,54",
        [("12", 12), ("34567", 34567), ("9,876", 9876), ("54", 54)],
    ),
    ("Debt of 4,500.75 was repaid.", [("4,500.75", 4500.75)]),
    ("It grew 1,200%.", [("1,200%", 1200)]),
    ("Counted 3,000 and 27", [("3,000", 3000), ("27", 27)]),
    ("Lot 1,250/2 was sold.", [("1", 1)]),
    ("Serial 12345678901234567 printed.", []),
    (
        "A long id 1,234,567,890,123,456,789 stays whole.",
        [("1,234,567,890,123,456,789", 1.2345678901234568e18)],
    ),
]


# Numbers the finder reads with string tests instead of the full pattern (cells run
# into words, hyphened words, scale words, wide table gaps, "a" before digits),
# beside the same phrases that carry on and need the pattern.
SHORTCUT_CASES = [
    ("Total assets 3,141,592Total liabilities", [("3,141", 3141, "number")]),
    ("Cash 7,654Accounts payable", [("7", 7, "number")]),
    ("Units of 38Q credit", []),
    ("Reported 10M users", [("10M", 10000000, "number")]),  # a suffix: no word
    ("Reported 21st place", [("21st", 21, "ordinal")]),  # an ending: no word
    ("A 125-acre site and a 10-Q filing", [("125", 125, "number"), ("10", 10, "number")]),
    ("A five-year plan, a first-time buyer", [("five", 5, "number"), ("first", 1, "ordinal")]),
    ("Over 25-plus years", [("25-plus", 25, "number")]),
    ("Some 112 million meals.", [("112 million", 112000000, "number")]),
    ("Some 112 million.", [("112 million", 112000000, "number")]),
    ("About 2 million a year", [("2 million", 2000000, "number")]),
    ("About 2 million in 2024", [("2 million", 2000000, "number"), ("2024", 2024, "number")]),
    ("About 2 million percent", [("2 million percent", 2000000, "percent")]),
    ("Roughly 4 thousand-strong", [("4 thousand", 4000, "number")]),
    (
        "Revenue 6,629 \u00a0 \u00a0 10,598",
        [("6,629", 6629, "number"), ("10,598", 10598, "number")],
    ),
    ("It has 7 \u00a0 \u00a0 percent", [("7", 7, "number")]),  # the gap is too wide
    ("It has 7 \u00a0percent", [("7 \u00a0percent", 7, "percent")]),
    ("an 18.75% stake", [("18.75%", 18.75, "percent")]),
    ("a 40% share", [("40%", 40, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), SHORTCUT_CASES, ids=[c[0] for c in SHORTCUT_CASES])
def test_shortcuts_read_what_the_pattern_reads(text: str, expected: list) -> None:
    """A number read by string tests has the text, value and kind the full pattern gives it."""
    got = find_numbers(text)

    assert [(n.text, n.kind) for n in got] == [(t, k) for t, _, k in expected]
    assert [n.value for n in got] == pytest.approx([v for _, v, _ in expected])
    for n in got:
        match = NUMBER_PHRASE.match(text, n.start)
        assert match is not None
        assert n in _mentions(text, match)


@pytest.mark.parametrize(
    ("text", "expected"), DIGIT_GROUP_CASES, ids=[c[0] for c in DIGIT_GROUP_CASES]
)
def test_digit_groups_read_whole_or_apart(text: str, expected: list) -> None:
    """A group of digits with commas is one number when plain, else its runs are read apart."""
    got = [(n.text, n.value) for n in find_numbers(text)]

    assert [t for t, _ in got] == [t for t, _ in expected]
    assert [v for _, v in got] == pytest.approx([v for _, v in expected])


def test_group_cut_by_the_window_end() -> None:
    """A group of digits cut by ``endpos`` is read up to the window's end."""
    got = [n.text for n in find_numbers("Counted 3,000,500 birds", 0, 13)]

    assert got == ["3,000"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Users reached 16.4 million.", 16_400_000.0),
        ("Some 4.1 billion pages were read.", 4_100_000_000.0),
        ("Assets of 16.9 trillion were held.", 16_900_000_000_000.0),
        ("Sales of 0.7 million cups.", 700_000.0),
        ("A rate of 2.675 was set.", 2.675),
    ],
)
def test_values_are_the_decimals_written(text: str, value: float) -> None:
    """A decimal times a scale is the number written, without a binary rounding error."""
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES, ids=[c[0] for c in FIND_CASES])
def test_find_numbers_reads_text_value_and_kind(text: str, expected: list) -> None:
    """Each number is found with its text as written, its value and its kind."""
    got = [(n.text, n.value, n.kind) for n in find_numbers(text)]

    assert [(t, k) for t, _, k in got] == [(t, k) for t, _, k in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize("text", SURROUNDINGS)
def test_same_number_in_any_surroundings(text: str) -> None:
    """A number reads the same at the start, after a line end, in brackets or quotes."""
    got = [(n.text, n.value) for n in find_numbers(text)]

    assert got == [("250", 250.0)]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_codes_urls_and_units_are_not_numbers(text: str) -> None:
    """Digits glued into codes, URLs, versions and units are not numbers (decades neither)."""
    got = [n.text for n in find_numbers(text) if n.kind != "ordinal"]

    assert got == []


# Measures written against their unit: read only when the caller asks for them.
GLUED_UNIT_CASES = [
    ("The trail is a 12km loop.", [("12", 12)]),
    ("Rates fell 25bps in May.", [("25", 25)]),
    ("It covers 48,500ha of forest.", [("48,500", 48500)]),
    ("The array adds 4.5MW of power.", [("4.5", 4.5)]),
    ("they rode 4kms further", []),  # no unit of the table: a word
    ("a 58mm filter", []),  # a product's specification
    ("the K2km trail", []),  # digits inside a code
]


@pytest.mark.parametrize(
    ("text", "expected"), GLUED_UNIT_CASES, ids=[c[0] for c in GLUED_UNIT_CASES]
)
def test_glued_units_are_read_on_request(text: str, expected: list) -> None:
    """With ``units``, digits against a unit of measure are a number; without it, not that one."""
    got = [(n.text, n.value) for n in find_numbers(text, units=True)]

    assert got == [(t, pytest.approx(v)) for t, v in expected]
    assert not {(n.text, n.value) for n in find_numbers(text)} & set(expected)


def test_vague_plurals_are_lower_bounds() -> None:
    """ "hundreds of" is worth 100 and marked at_least; digits are exact."""
    got = [(n.value, n.bound) for n in find_numbers("hundreds of kits and 300 boxes")]

    assert got == [(100.0, "at_least"), (300.0, "exact")]


def test_spelt_out_numbers_are_marked() -> None:
    """Numbers written in words say so; digits do not."""
    got = [(n.text, n.words) for n in find_numbers("three sites and 3 sites")]

    assert got == [("three", True), ("3", False)]


def test_spans_point_into_the_text() -> None:
    """Every mention's text is the source between its start and end."""
    text = "In 2023, 1.2 million people (about 40%) got two-thirds of the aid."

    mentions = find_numbers(text)

    assert mentions
    assert all(text[n.start : n.end] == n.text for n in mentions)


def test_scan_limits_to_a_window() -> None:
    """``pos`` and ``endpos`` keep the scan inside a stretch of the text."""
    text = "12 apples, 34 pears, 56 plums"

    got = [n.text for n in find_numbers(text, 11, 20)]

    assert got == ["34"]


@pytest.mark.parametrize(
    "hostile",
    [
        "1," * 500_000,
        "9" * 1_000_000,
        "1 " * 500_000,
        "1.2." * 250_000,
        "one-" * 200_000,
        "- " * 500_000,
    ],
    ids=[
        "digits-and-commas",
        "one-long-number",
        "spaced-digits",
        "dotted",
        "hyphenated-words",
        "dashes",
    ],
)
def test_hostile_input_is_quick_and_bounded(hostile: str) -> None:
    """A megabyte of digits and separators is scanned without error, the numbers found capped.

    (How long it takes is measured by ``benchmarks/run.py``.)
    """
    got = find_numbers(hostile)

    assert len(got) <= 3000
    assert all(hostile[n.start : n.end] == n.text for n in got)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-%/abcdeghilmnorstuvwxyz½\u00a0\n", max_size=80))
def test_any_text_gives_valid_spans(text: str) -> None:
    """On any text the finder returns mentions whose spans match their text, deterministically."""
    first = find_numbers(text)

    assert all(text[n.start : n.end] == n.text for n in first)
    assert find_numbers(text) == first


# The helpers the money finder imports: keep their behaviour.
PARSE_CASES = [
    ("1,250,000", 1250000.0),
    ("2.5", 2.5),
    ("1.000.000,50", 1000000.5),
    ("1 000 000", 1000000.0),
    (".5", 0.5),
    ("1500", 1500.0),
]


@pytest.mark.parametrize(("raw", "value"), PARSE_CASES)
def test_parse_number_reads_what_number_matches(raw: str, value: float) -> None:
    """``parse_number`` values every form ``NUMBER`` matches."""
    assert NUMBER.fullmatch(raw)

    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("word", "scale"),
    [
        ("million", 10**6),
        ("bn", 10**9),
        ("K", 10**3),
        ("crore", 10**7),
        ("MILLION", 10**6),
        ("x", 1),
    ],
)
def test_scale_of(word: str, scale: int) -> None:
    """Scale words and suffixes give their multiplier, unknown words 1."""
    assert scale_of(word) == scale


def test_scales_table_keeps_its_core_entries() -> None:
    """The shared scale table still maps the words the money finder relies on."""
    assert {k: SCALES[k] for k in ("thousand", "million", "billion", "m", "bn")} == {
        "thousand": 10**3,
        "million": 10**6,
        "billion": 10**9,
        "m": 10**6,
        "bn": 10**9,
    }


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("two hundred and fifty", 250.0),
        ("three million", 3000000.0),
        ("a dozen", 12.0),
        ("forty-two", 42.0),
        ("purple", None),
    ],
)
def test_words_to_number(phrase: str, value: float | None) -> None:
    """Phrases of number words are valued; other words are not numbers."""
    assert words_to_number(phrase) == value


def test_trie_matches_the_same_words_as_an_alternation() -> None:
    """The prefix-factored pattern accepts exactly the listed words, longest first."""
    import regex

    words = ["ten", "tens", "two", "twelve", "t"]
    pattern = regex.compile(rf"(?:{trie(words)})\b")

    assert [
        w for w in ["ten", "tens", "two", "twelve", "t", "tw", "twel"] if pattern.fullmatch(w)
    ] == [
        "ten",
        "tens",
        "two",
        "twelve",
        "t",
    ]


def test_module_examples_hold() -> None:
    """The examples in the module docstring run and give what they show."""
    import doctest

    from extractors import numbers as module

    assert doctest.testmod(module).failed == 0
