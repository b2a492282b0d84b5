"""Small shared pieces for building patterns: alternations, character classes, a timeout.

Every extractor compiles its patterns at import from tables; these helpers keep
the tables readable and the character classes in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

#: A last guard against a runaway match, in seconds, passed to every scan of a
#: whole document. The patterns are written not to need it (bounded repeats, no
#: nested quantifiers over the same characters). The ``regex`` module counts the
#: time of a whole ``finditer`` scan, so long texts get proportionally more:
#: see ``timeout_for``.
TIMEOUT = 2.0
#: Extra seconds allowed per million characters of text.
TIMEOUT_PER_MB = 4.0


def timeout_for(text: str) -> float:
    """The timeout for one scan of ``text``: the base guard plus time in proportion to its length."""
    return TIMEOUT + TIMEOUT_PER_MB * len(text) / 1_000_000


#: Horizontal space as releases write it: spaces, tabs, non-breaking and thin spaces.
HSPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
#: Dashes: hyphen, en dash, em dash, minus, figure dash, non-breaking hyphen.
DASH = r"[-\u2010-\u2015\u2212]"
#: Apostrophes, straight and curly (also the prime that OCR sometimes gives).
APOSTROPHE = r"['\u2019\u02bc\u2032]"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$"."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def finditer(pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer`` over ``text`` with the shared timeout."""
    if endpos is None:
        endpos = len(text)
    return pattern.finditer(text, pos, endpos, timeout=timeout_for(text))
