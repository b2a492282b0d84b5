"""The gift frame's and name finder's quick tests agree with the patterns they stand in front of.

Each quick test (a plain string search, a word-by-word check, a scan split in two)
must say "maybe" whenever the pattern would match, and give the same matches where
it replaces a scan: these rows hold both sides to that, on sentences of our own.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import gifts, names
from extractors.document import Span, read
from extractors.money import find_money
from extractors.patterns import finditer

RUNS = [
    "Acme Foundation gave $5 to eBay and i2M.",
    "McDonald’s and iHeart Media joined ab12Cd and x9Y Labs.",
    "sold on eBay, then iPhone owners met the DeSantis Foundation",
    "ALL CAPS HEADLINE FOR iHEART RADIO",
    "the Edna J. and Walter P. Brightwater Charitable Trust",
    "no capitals at all here",
    "Hospi-\ntal Board of Oak County; ACME|ZED Bright Futures",
    "é É eÉ 1A a1A aa1B aaa1C",
    "WIRE)--Orvik Bank, --aB, a--aB, Jean-Pierre, -aB",
]


@pytest.mark.parametrize("text", RUNS)
def test_name_runs_match_the_whole_pattern(text: str) -> None:
    """Scanning capitals and small-letter openings apart finds exactly NAME's matches."""
    for start in range(len(text)):
        for end in (start, (start + len(text)) // 2, len(text)):
            want = [m.span() for m in finditer(names.NAME, text, start, end)]
            got = [m.span() for m in names._name_runs(text, start, end)]
            assert got == want, (text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB1 .-&'’\n,eéÉ|", max_size=30))
def test_name_runs_match_on_any_text(text: str) -> None:
    """On any mix of small letters, capitals, digits and joiners the split scan agrees."""
    want = [m.span() for m in finditer(names.NAME, text)]
    got = [m.span() for m in names._name_runs(text, 0, len(text))]
    assert got == want


def test_regex_spaces_are_what_the_pattern_calls_space() -> None:
    """_REGEX_SPACES holds exactly the characters ``\\s`` matches."""
    space = regex.compile(r"\s")
    want = {chr(c) for c in range(0x10000) if space.match(chr(c))}
    assert set(gifts._REGEX_SPACES) == want


SENTENCES = [
    "Acme Inc. donated $5,000 and will present a check to the Food Bank.",
    "The fund, which Acme established, has granted and awarded $2 million.",
    "DONATING TO SCHOOLS: ACME GIVES, GRANTS AND PLEDGES",
    "A\x1cdonation of $5 was\u00a0given\u2003by Acme.",
    "Der Verein hat ſponsored a gift.",  # a long s: read by the pattern as "s"
    "İnvesting in İnvest Labs, Acme provides funding.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_verb_starts_match_the_pattern(text: str) -> None:
    """The gift-verb openings found by string search are where VERB_STARTS matches."""
    doc = read(text)
    for s in [*doc.sentences, *doc.paragraphs, Span(0, len(text)), Span(3, len(text) - 2)]:
        want = [m.start() for m in gifts.VERB_STARTS.finditer(text, s.start, s.end)]
        assert gifts._verb_starts(doc, s) == want


GAPS = [
    (" ", True),
    (" has ", True),
    (" today announced that it will ", True),
    (" , a family foundation based in Ohio, has ", True),
    (" (ACME) has generously ", True),
    (" is championing health by ", True),
    (" is championing health and education in the region by ", True),
    (" has $5,000 ", True),
    (" on Tuesday, March 3, ", False),
    (" on the 22nd ", False),
    (" said it would ", True),  # "The Vale Commission said it would provide"
    (" and its partners will ", False),
    (" has\x1c ", False),
    (" officially and proudly and jointly and also and again has ", False),
    (" has nationally ", True),
    (", a family firm; based in Ohio, has ", False),
    (", a family firm, based in Ohio, said it will ", True),
    (" said Acme would ", False),
    (", which gave $5,000 last year, has ", False),  # the sum's comma closes it too early
    (", a family firm, has $2,000 ", True),
    (", Beta, Gamma and Delta ", False),
]


@pytest.mark.parametrize(("gap", "matches"), GAPS)
def test_gap_check_never_refuses_what_agent_gap_takes(gap: str, matches: bool) -> None:
    """Where AGENT_GAP matches a gap, the word-by-word check lets it through."""
    assert (gifts.AGENT_GAP.match(gap) is not None) is matches
    assert gifts._gap_may_match(gap) or not matches


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*sorted(gifts._GAP_WORDS)[:40], "$5", "3rd", "Monday", "kindly", "by", "said", ","]
        ),
        max_size=12,
    ),
    st.sampled_from([" ", "  ", "\n", "\u00a0"]),
)
def test_gap_check_never_refuses_on_word_lists(words: list[str], sep: str) -> None:
    """On gaps built from AGENT_GAP's own words and others the check refuses no match."""
    gap = sep + sep.join(words) + sep
    if gifts.AGENT_GAP.match(gap):
        assert gifts._gap_may_match(gap)


BEFORES = [
    ("a generous gift from ", True, False),
    ("the grant was awarded by the ", True, False),
    ("made possible by longtime ", True, False),
    ("with support from the local ", True, False),
    ("in partnership with major donors ", True, False),
    ("a $5,000 donation to the ", False, True),
    ("will go to support ", False, True),
    ("invested $3 million in ", False, True),
    ("a scholarship fund at ", False, True),
    ("to 12 rural schools and the ", False, True),
    ("to four local bodies – the ", False, True),
    ("nonprofits such as ", False, True),
    ("land adjacent to the ", False, False),
    ("an integration with ", False, False),
    ("said ", False, False),
    ("raised for the\n", False, True),
    ("from\n", True, False),
]


@pytest.mark.parametrize("before", [row[0] for row in BEFORES])
def test_end_anchored_patterns_agree_with_their_search(before: str) -> None:
    """_ends gives what a search of the reverse patterns gives, line end or none."""
    for pattern in (gifts.DONOR_BEFORE_R, gifts.RECIPIENT_BEFORE_R):
        assert gifts._ends(pattern, before) is (pattern.search(before) is not None)


@pytest.mark.parametrize(("before", "donor", "recipient"), BEFORES)
def test_word_tests_let_matches_of_the_role_patterns_through(
    before: str, donor: bool, recipient: bool
) -> None:
    """A text the donor or recipient pattern matches passes the word tests put before them."""
    assert (gifts.DONOR_BEFORE.search(before) is not None) is donor
    assert (gifts.RECIPIENT_BEFORE.search(before) is not None) is recipient
    assert gifts._has_donor_word(before) or not donor
    last3 = before.rsplit(None, 3)[-3:]
    assert any(w.endswith(gifts.RECIPIENT_BEFORE_ENDS) for w in last3) or not recipient


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Acme, the maker of ", 0, 19),
        ("Acme, a unit of the\n", 0, 20),
        ("Acme, the firm behind ", 0, 22),
        ("Acme, based in ", 0, 15),
        ("Acme and the maker of ", 0, 22),
        ("Acme, the maker of widgets", 0, 26),
    ],
)
def test_apposition_check_agrees_with_its_pattern(text: str, lo: int, hi: int) -> None:
    """_apposition_of says what APPOSITION_OF finds in the window."""
    assert gifts._apposition_of(text, lo, hi) == (
        gifts.APPOSITION_OF.search(text, lo, hi) is not None
    )


@pytest.mark.parametrize(
    "after",
    [
        " has received",
        ", a local charity, received",
        " (ACME) received",
        "  \u00a0received",
        "received",
        " , received",
        "",
    ],
)
def test_after_apposition_agrees_with_the_pattern(after: str) -> None:
    """Skipping the spaces alone gives the same rest as the appositive pattern when none opens."""
    m = regex.match(r"(?:\s*\([^()]{1,100}\)){0,3}(?:(?:\s*,\s[^,;()]{2,160}?){1,3},)?\s*", after)
    want = after[m.end() :] if m else after
    assert gifts._after_apposition(after) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Lee Poe Lee Poe", True),
        ("Acme Acme", True),
        ("Lee Poe\nLee Poe", True),  # a line end between the halves is a space
        ("Ab Ab", False),  # halves shorter than three characters
        ("Lee Poe Lee Pox", False),
        ("Lee\nPoe Lee\nPoe", False),  # "." does not cross a line end
        ("Lee Poe  Lee Poe", False),
    ],
)
def test_repeated_heading(name: str, want: bool) -> None:
    """A run of words said twice around one space is a repeated heading."""
    assert gifts._repeated(name) is want
    assert (regex.fullmatch(r"(.{3,40})\s\1", name) is not None) is want


@pytest.mark.parametrize(
    ("text", "plain"),
    [("Acme gives.", True), ("İstanbul Vakfı gives.", False), ("Der ſtern gives.", False)],
)
def test_plain_release(text: str, plain: bool) -> None:
    """A release with "İ" or "ſ" is not plain: case-blind patterns read those as "i" and "s"."""
    doc = read(text)
    assert doc.case_plain is plain
    assert doc.lower == text.lower() or not plain
    assert len(doc.lower) == len(text)  # offsets kept, "İ" included


_WORDS = ["harbor", "house", "houses", "center", "centers", "elm", "trust", "fund", "orvik"]
_token_sets = st.frozensets(st.sampled_from(_WORDS), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(_token_sets, min_size=1, max_size=12), _token_sets)
def test_cluster_lookups_find_every_cluster_a_full_test_joins(
    made: list[frozenset[str]], toks: frozenset[str]
) -> None:
    """The clusters' index offers every cluster whose tokens ``_same`` joins to a name's, and
    the fuller-form lookup every cluster whose tokens hold or lie within the name's."""
    index = gifts._ClusterIndex()
    clusters = []
    for at, tokens in enumerate(made):
        cluster = gifts._Cluster(tokens)
        cluster.mentions.append(None)  # type: ignore[arg-type]  # (only the count is read)
        clusters.append(cluster)
        index.add(at, cluster, " ".join(sorted(tokens)).title())
    near = index.near(toks, None)
    assert near == sorted(near)
    for at, cluster in enumerate(clusters):
        if gifts._same(toks, cluster.tokens):
            assert at in near, (toks, cluster.tokens)
    by_token: dict[str, list[gifts._Cluster]] = {}
    by_set: dict[frozenset[str], list[gifts._Cluster]] = {}
    for cluster in clusters:
        for t in cluster.tokens:
            by_token.setdefault(t, []).append(cluster)
        by_set.setdefault(cluster.tokens, []).append(cluster)
    want = {id(c) for c in clusters if toks <= c.tokens or c.tokens <= toks}
    assert {id(c) for c in gifts._nested(toks, by_token, by_set)} == want


def test_a_gift_list_of_many_distinct_bodies_names_each_receiver() -> None:
    """A sentence listing hundreds of receivers that share words ("Elm Center", "Elm Clinic")
    keeps each one apart, and a shorter form of one of them still joins it."""
    towns = ["Elm", "Oak", "Ash", "Fir", "Yew", "Bay"]
    kinds = ["Center", "Clinic", "Library", "Shelter", "Museum"]
    bodies = [f"{a} {b}{n} {k}" for a in towns for b in towns for n in (1,) for k in kinds]
    text = (
        "The Orvik Foundation awarded $5,000 each to " + ", ".join(bodies) + ".\n\n"
        "The Orvik Foundation has given to Elm Oak1 Center before."
    )
    doc = read(text)
    got = {r.name for r in gifts.find_gifts(doc, find_money(doc)).recipients}
    assert len(bodies) == 180
    assert got == set(bodies)


def test_a_gift_sentence_is_read_for_its_first_names_only() -> None:
    """A gift sentence naming more bodies than any real release does is read for its first
    ``MAX_SENTENCE_NAMES`` names, so that its cost stays bounded."""
    bodies = [f"Orvik Hall {n} Center" for n in range(1, gifts.MAX_SENTENCE_NAMES + 51)]
    text = "Grants Made\n\nThe Vale Foundation awarded $500 each to " + ", ".join(bodies) + "."
    doc = read(text)
    got = [r.name for r in gifts.find_gifts(doc, find_money(doc)).recipients]
    assert len(got) == gifts.MAX_SENTENCE_NAMES - 1  # (the giver is the sentence's first name)
    assert got[0] == bodies[0]


def test_a_cue_repeated_past_any_real_release_is_read_for_its_first_finds_only() -> None:
    """A cue word pasted thousands of times is looked up for its first ``MAX_CUE_FINDS``
    places only, and a sponsorship at its start is still read."""
    lead = "Orvik Bank is the title sponsor of the Vale Summit.\n\n"
    text = lead + "as the official sponsor of the " * (gifts.MAX_CUE_FINDS * 5)
    low = text.lower()
    assert len(gifts._all_finds(low, "sponsor", len(text))) == gifts.MAX_CUE_FINDS
    assert gifts._all_finds(low, "title sponsor", len(text)) == [low.index("title sponsor")]
    doc = read(text)
    frame = gifts.find_gifts(doc, find_money(doc))
    assert [d.name for d in frame.donors] == ["Orvik Bank"]
    assert [r.name for r in frame.recipients] == ["Vale Summit"]
