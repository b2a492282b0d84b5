"""Numbers as releases write them: digits with separators, scale words, number words.

    >>> parse_number("1,250,000")
    1250000.0
    >>> parse_number("2.5")
    2.5
    >>> scale_of("million")
    1000000
    >>> words_to_number("two hundred and fifty")
    250.0

Shared by the money finder and the statistics finder: keep ``NUMBER`` and
``parse_number`` in step (every string ``NUMBER`` matches must parse).
"""

from __future__ import annotations

import regex

from .patterns import alternation

SCALES = {
    "thousand": 10**3, "k": 10**3, "K": 10**3,
    "million": 10**6, "millions": 10**6, "m": 10**6, "M": 10**6, "MM": 10**6, "mn": 10**6,
    "mln": 10**6, "mil": 10**6,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "B": 10**9, "b": 10**9, "bln": 10**9,
    "trillion": 10**12, "tn": 10**12, "T": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7,
}  # fmt: skip

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
WORD_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
               "trillion": 10**12, "dozen": 12, "lakh": 10**5, "crore": 10**7}  # fmt: skip
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

# Digits: "1,250,000", "1 000 000", "2.5", "1.000.000,50" (the last only with two
# or more dot groups, so "1.500" stays one and a half).
NUMBER = regex.compile(
    r"""
    (?<![\w.,])
    (?:
        \d{1,3}(?:,\d{3})+(?:\.\d+)?          # 1,250,000.50
      | \d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?   # 1.000.000,50
      | \d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)   # 1 000 000
      | \d+(?:\.\d+)?                         # 2.5  1000
      | \.\d+                                 # .5
    )
    """,
    regex.VERBOSE,
)

NUMBER_WORD = regex.compile(
    rf"\b(?:{alternation(k for k in UNITS if k not in ('a', 'an'))}|{alternation(WORD_SCALES)})\b",
    regex.IGNORECASE,
)


def parse_number(raw: str) -> float:
    """The value of a digit string as ``NUMBER`` matches it."""
    s = raw.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "").replace(" ", "")
    return float(s)


def scale_of(word: str) -> int:
    """The multiplier of a scale word or suffix ("million" -> 10**6, "bn" -> 10**9)."""
    if word in SCALES:
        return SCALES[word]
    return SCALES.get(word.lower(), 1)


def words_to_number(phrase: str) -> float | None:
    """The value of a phrase of number words ("two hundred and fifty" -> 250), else None."""
    tokens = [t for t in regex.split(r"[\s\-]+", phrase.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, tok in enumerate(tokens):
        if tok in FRACTIONS:
            current += FRACTIONS[tok]
            seen = True
        elif tok in ("of",) and i > 0:
            continue
        elif tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in WORD_SCALES:
            current = (current or 1) * WORD_SCALES[tok]
            if WORD_SCALES[tok] >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None
