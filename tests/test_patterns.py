"""Shared pattern pieces: the prefix tree matches exactly what the flat alternation matches."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from extractors.patterns import alternation, trie

WORDS = st.lists(st.text(alphabet="abc .$(", min_size=1, max_size=5), min_size=1, max_size=12)


@given(WORDS, st.text(alphabet="abc .$(", max_size=12))
def test_trie_matches_like_the_alternation(words: list[str], text: str) -> None:
    """At every position the tree and the longest-first alternation match the same text."""
    tree = regex.compile(f"(?:{trie(words)})")
    flat = regex.compile(f"(?:{alternation(words)})")
    for start in range(len(text) + 1):
        got, want = tree.match(text, start), flat.match(text, start)
        assert (got and got.group()) == (want and want.group())


def test_trie_shares_prefixes() -> None:
    """Words with a common beginning are read once: the tree is shorter than the list."""
    words = ["donate", "donated", "donates", "donation", "donations", "donor", "donors"]
    assert len(trie(words)) < len(alternation(words))
    assert trie(words).startswith("don")


@given(
    st.lists(
        st.text(alphabet="ab .$(|\\\n\t\u00a0’-", min_size=1, max_size=6), min_size=1, max_size=12
    )
)
def test_alternation_matches_each_word_whole_longest_first(words: list[str]) -> None:
    """Every word, special characters and all, is matched whole, and a longer word before its prefix."""
    pattern = regex.compile(f"(?:{alternation(words)})")
    for word in words:
        found = pattern.match(word)
        assert found is not None and found.group() == word
    one_by_one = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    assert alternation(words) == one_by_one  # escaped in one call, the same as word by word
