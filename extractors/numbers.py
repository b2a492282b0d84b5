"""Numbers as releases write them: digits with separators, scale words, number words.

Two layers. The building blocks the money finder shares (``NUMBER``,
``parse_number``, ``scale_of``, ``SCALES``, ``words_to_number``), and the number
finder ``find_numbers`` that the statistics finder and the number tables use:
one scan for number phrases, each parsed into one or more ``NumberMention``::

    NumberMention(text, start, end, value, kind, bound, words)

- ``kind``: ``"number"`` ("2.3 million", "a dozen", "fifty-two"), ``"percent"``
  ("40%", "40 per cent", "forty percent"), ``"fraction"`` ("two thirds", "3/4"),
  ``"ratio"`` ("1 in 5", "one out of three": the value is the share, 0.2),
  ``"ordinal"`` ("fifth", "21st", "twenty-first": the value is the position).
- ``bound``: ``"at_least"`` for "3,000+", "25-plus" and the vague plurals
  ("hundreds of" is 100, "tens of millions of" is 10,000,000: the lower bound),
  else ``"exact"``; words such as "more than" are read by the statistics finder.
- ``words``: whether the number is spelt out ("two million") rather than digits.

    >>> [(m.text, m.value, m.kind) for m in find_numbers("Over 40% of 2.3 million learners")]
    [('40%', 40.0, 'percent'), ('2.3 million', 2300000.0, 'number')]
    >>> [(m.text, m.value, m.bound) for m in find_numbers("hundreds of volunteers and 3,000+ kits")]
    [('hundreds', 100.0, 'at_least'), ('3,000+', 3000.0, 'at_least')]
    >>> parse_number("1,250,000")
    1250000.0
    >>> scale_of("million")
    1000000
    >>> words_to_number("two hundred and fifty")
    250.0

Keep ``NUMBER`` and ``parse_number`` in step (every string ``NUMBER`` matches
must parse), and ``_DIGITS`` with ``_parse_digits``.
"""

from __future__ import annotations

import math
import re
from typing import Literal, NamedTuple

import regex

from .patterns import alternation, compile_pattern, finditer, trie

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
NUMBER = compile_pattern(
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

NUMBER_WORD = compile_pattern(
    rf"\b(?:{alternation(k for k in UNITS if k not in ('a', 'an'))}|{alternation(WORD_SCALES)})\b",
    regex.IGNORECASE,
)


_DOT_GROUPS = compile_pattern(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?")
_SPACE_DASH = compile_pattern(r"[\s\-]+")


def parse_number(raw: str) -> float:
    """The value of a digit string as ``NUMBER`` matches it."""
    s = raw.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if _DOT_GROUPS.fullmatch(s):
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
    tokens = [t for t in _SPACE_DASH.split(phrase.lower().strip()) if t and t != "and"]
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


# --- the number finder ----------------------------------------------------------

Kind = Literal["number", "percent", "fraction", "ratio", "ordinal"]


class NumberMention(NamedTuple):
    """One number as written, with its value and what sort of number it is.

    A named tuple rather than a frozen dataclass: releases hold hundreds of
    numbers and a tuple is built three times faster.
    """

    text: str  # as written: "2.3 million"
    start: int  # text == source[start:end]
    end: int
    value: float  # 2300000.0; 0.2 for "1 in 5"; 100.0 for "hundreds of"
    kind: Kind
    bound: Literal["exact", "at_least"] = "exact"  # "at_least" for "3,000+", "hundreds of"
    words: bool = False  # spelt out ("two million") rather than digits


# Word tables. ``NUMBER_PHRASE`` and ``_tokens`` are built from them: keep in step.
SMALL = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}  # fmt: skip
BIG = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
       "lakh": 10**5, "crore": 10**7}  # fmt: skip
DOZEN = frozenset({"dozen", "dozens", "dzs", "dozs", "doz"})
# Ordinal words: position, and whether it also names a fraction's denominator
# ("fifths"); "first" and "second" never do ("a second grant" is no half).
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}  # fmt: skip
# Denominators written as plurals or as the fraction words proper.
DENOMINATORS = {
    **{k + "s": v for k, v in ORDINALS.items() if v >= 3},
    **{k: v for k, v in ORDINALS.items() if v >= 3},
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "firsts": 1,
}  # fmt: skip
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
         "billions": 10**9, "trillions": 10**12}  # fmt: skip
SUFFIX_SCALES = {"k": 10**3, "K": 10**3, "M": 10**6, "m": 10**6, "MM": 10**6, "mn": 10**6, "mln": 10**6,
                 "mil": 10**6, "bn": 10**9, "bln": 10**9, "B": 10**9, "b": 10**9, "G": 10**9,
                 "T": 10**12, "tn": 10**12, "tln": 10**12}  # fmt: skip
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
                     "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125,
                     "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip

_NUMBER_WORDS = [
    *SMALL, *TENS, "hundred", "hundreds", *BIG, "millions", "billions", "lakhs", "crores",
    *DOZEN, *ORDINALS, *DENOMINATORS,
]  # fmt: skip

# One digit number: the forms are tried in this order, so the grouped ones win
# over the bare run of digits that would stop at the first separator.
_DIGITS = r"""
    (?:
        \d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,12})?             # 1,250,000.50
      | \d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d{1,12})?       # 12,34,567.89 (Indian grouping)
      | \d{1,3}(?:\.\d{3}){2,6}(?:,\d{1,2})?(?![\d])      # 1.000.000,50
      | \d{1,3}\.\d{3},\d{1,2}(?![\d])                    # 1.111,11
      | \d{1,3}(?:[ \u00a0\u202f]\d{3}){1,5}(?:\.\d{1,12})?(?![\d,.]\d)   # 1 234 567  40 000
      | (?<!\d,)\d{1,3},\d{1,2}(?![\d,])                 # 5,00  1,3 (a decimal comma)
      | \d{1,15}(?:\.\d{1,12}(?!\.\d))?                  # 2.5  1000 (not 1.2.3)
      | \.\d{1,12}                                        # .08
    )
    (?![\d/])
"""

# A whole number phrase. Scanned once per document; each match is parsed into
# one or more mentions by ``_parse_phrase``.
NUMBER_PHRASE = compile_pattern(
    rf"""
    (?<![\w./\-%=&?@]|\w-)                               # not inside a word, a code, a URL or a range
    (?P<pctof>(?:percents?|per\s?cent)\s+of\s+)?          # "per cent of 210"
    (?:(?P<sign>-|\u2212|minus|negative)\s{{0,2}}(?=[\d.a-z]))?   # -9.2  minus one  negative one
    (?:
        (?P<uni>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])                          # ⅔
      | (?P<frac>(?:\d{{1,3}}\s{{1,3}})?\d{{1,3}}/\d{{1,3}})(?![/\d])   # 3/4  2 1/4 (not 5/17/2018)
      | (?P<power>\d{{1,6}}(?:\.\d{{1,6}})?
           (?:[eE][+\-]?\d{{1,3}}|\^[+\-]{{0,2}}\d{{1,3}}|x10\^-?\d{{1,3}}))   # 1e10  1.1^23  1.3x10^6
      | (?P<ordnum>\d{{1,6}}(?:st|nd|rd|th))\b                # 21st  40th
      | (?P<vague>(?:tens|hundreds|thousands|millions|billions|dozens)
           (?:\s+of\s+(?:thousands|millions|billions))?)(?=\s+of\s)   # hundreds of  tens of millions of
      | (?P<body>
          (?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen|half|quarter|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|twenty|thirty|hundredth|thousandth|millionth|billionth|trillionth)\b)
           |half\s+an?\s+(?=[a-z]))?                           # "a dozen"  "half a billion"
          (?:{_DIGITS}|(?:{trie(_NUMBER_WORDS)})\b)      # the first number
          (?:
            (?:\s{{0,3}}-\s{{0,3}}|\s{{1,3}})                   # the gap: "fifty - two"  "one hundred"
            (?:(?:and|of)\s{{1,3}})?(?:an?\s{{1,3}})?            # "and a half"  "of a million"
            (?:point\s{{1,3}})?                                  # "nine point nought four"
            (?:{_DIGITS}|(?:{trie(_NUMBER_WORDS)})\b)
          ){{0,12}}
          (?-i:(?P<suffix>MM|mn|mln|mil|bn|bln|tn|tln|[kKMBbGT]
                  |m(?=[ ]\p{{Ll}})(?![ ](?:tall|long|high|wide|deep|away|above|below|under|from|in|by|x|of|to|and|or|at|on)\b)
                  )(?![\w\-']|\.\w)                                   # 10k  1.2bn  10M  2.4m people (not 2.4m tall)
             | [ ]{{1,2}}(?P<suffix2>MM|mln|bln|tln|bn|[kKMGT])(?![\w\-']|\.\w))?      # 2.33 k  10 bln
          (?P<plus>\+|-plus\b)?                                  # 3,000+  25-plus
          (?:(?<=\+)[ ]{{1,2}}(?:thousand|million|billion|trillion)\b)?   # 40+ million
          (?!\w|\.\d)                                           # not "3D", "180.25ml", "20and"
        )
    )
    (?P<percent>\s?%|\s{{0,2}}(?:per\s?cent(?:age)?s?|percentages?|pct)\b)?
    (?P<ratio>
        (?:\s{{1,3}}|-)(?:in|out\s+of)(?:\s{{1,3}}|-)             # 1 in 5  one out of three  one-in-five
        (?:every\s{{1,3}})?                                   # 9 out of every 10
        (?P<den>\d{{1,4}}(?![\d,.]\d)|(?:{trie([*SMALL, *TENS, "hundred"])})(?:[\s\-]{{1,3}}(?:{trie([*SMALL, *TENS, "hundred", "hundreds", "and"])})\b){{0,4}})\b
      | \s{{1,3}}over\s{{1,3}}                                   # 1 over 3 (only at a clause end)
        (?P<den2>\d{{1,4}}|(?:{trie([*SMALL, *TENS])})(?:[\s\-]{{1,3}}(?:{trie([*SMALL, *TENS, "hundred", "and"])})\b){{0,5}})
        (?=\s*(?:[.,;?!)]|$))
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Group numbers of NUMBER_PHRASE: a match's groups are read by number, since
# reading a group by name costs several times more in the ``regex`` module.
_PCTOF = NUMBER_PHRASE.groupindex["pctof"]
_SIGN = NUMBER_PHRASE.groupindex["sign"]
_UNI = NUMBER_PHRASE.groupindex["uni"]
_FRAC = NUMBER_PHRASE.groupindex["frac"]
_POWER = NUMBER_PHRASE.groupindex["power"]
_ORDNUM = NUMBER_PHRASE.groupindex["ordnum"]
_VAGUE = NUMBER_PHRASE.groupindex["vague"]
_BODY = NUMBER_PHRASE.groupindex["body"]
_SUFFIX = NUMBER_PHRASE.groupindex["suffix"]
_SUFFIX2 = NUMBER_PHRASE.groupindex["suffix2"]
_PLUS = NUMBER_PHRASE.groupindex["plus"]
_PERCENT = NUMBER_PHRASE.groupindex["percent"]
_RATIO = NUMBER_PHRASE.groupindex["ratio"]
_DEN = NUMBER_PHRASE.groupindex["den"]
_DEN2 = NUMBER_PHRASE.groupindex["den2"]

_TOKEN = compile_pattern(
    rf"""
      (?P<d>{_DIGITS})
    | (?P<w>[A-Za-z]+)
    """,
    regex.VERBOSE,
)

_TOKEN_D, _TOKEN_W = _TOKEN.groupindex["d"], _TOKEN.groupindex["w"]

_DOT_THOUSANDS = compile_pattern(r"\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}(?:\.\d{3}){2,}")
_DECIMAL_COMMA = compile_pattern(r"\d{1,3},\d{1,2}")
_CLAUSE_END = compile_pattern(r"\s*(?:[.,;?!)]|$)")
_WORD_SPLIT = compile_pattern(r"[\s\-\u2013]+")


def _parse_digits(raw: str) -> float:
    """The value of one ``_DIGITS`` match."""
    if (
        "," not in raw
        and " " not in raw
        and "\u00a0" not in raw
        and "\u202f" not in raw
        and raw.count(".") < 2
    ):
        return float(raw)  # "1250", "2.5", ".08"
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if "," not in s and "." not in s:
        return float(s.replace(" ", ""))
    if _DOT_THOUSANDS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(s):
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "").replace(" ", "")
    return float(s)


class _Tok:
    """One number word or digit string inside a phrase.

    A plain class with slots, not a dataclass: making a dataclass costs about a
    millisecond at import, which every run of the command pays.
    """

    __slots__ = ("after_a", "after_and", "after_point", "cls", "end", "lead", "raw", "start", "val")

    def __init__(
        self,
        cls: str,  # unit teen tens hundred big dozen den digit half
        val: float,
        start: int,
        end: int,
        raw: str,
        after_and: bool = False,  # "and" came before it
        after_a: bool = False,  # "a" / "an" came before it
        after_point: bool = False,  # "point" came before it
        lead: int = -1,  # where a leading "a" / "an" began
    ) -> None:
        self.cls = cls
        self.val = val
        self.start = start
        self.end = end
        self.raw = raw
        self.after_and = after_and
        self.after_a = after_a
        self.after_point = after_point
        self.lead = lead


class _Group:
    """A number being built from words and digits, left to right.

    ``total`` holds what big scales already multiplied ("two million"),
    ``current`` the part below them; ``mark`` is the value when the last "and"
    was read, so that in "one hundred and three quarters" only the three is
    the fraction's numerator.
    """

    __slots__ = (
        "big_then_and",
        "current",
        "decimals",
        "end",
        "last",
        "last_big",
        "lastval",
        "mark",
        "start",
        "total",
        "words",
    )

    def __init__(self, tok: _Tok) -> None:
        self.start = tok.lead if tok.after_a and tok.lead >= 0 else tok.start
        self.end = tok.end
        self.lastval = 0.0  # the value of the last number word or digits
        self.total = 0.0
        self.current = 0.0
        self.mark = 0.0
        self.last = "start"
        self.last_big = math.inf
        self.big_then_and = 0.0  # "two million and a half": the half is of a million
        self.decimals = ""  # digits read after "point"
        self.words = False

    def fits(self, tok: _Tok) -> bool:
        """Whether ``tok`` can extend this number."""
        last, cls = self.last, tok.cls
        if self.decimals:
            return cls in ("unit", "teen", "tens") and not tok.after_and
        if tok.after_point:
            return cls in ("unit", "teen", "tens", "digit")
        if cls == "unit":
            return last in ("tens", "hundred", "big") or (tok.after_and and last == "start")
        if cls in ("teen", "tens"):
            return last in ("hundred", "big")
        if cls == "digit":
            cap = 100.0 if last == "hundred" else self.last_big
            return last in ("hundred", "big") and tok.val < cap and not tok.after_a
        if cls == "hundred":
            return last in ("unit", "teen", "tens", "digit", "half", "den") and (
                self.current < 100 or self.current == self.lastval  # "322 hundred"
            )
        if cls == "big":
            return (
                last in ("unit", "teen", "tens", "digit", "hundred", "den", "half")
                and tok.val < self.last_big
            )
        if cls == "dozen":
            return last in ("unit", "teen", "tens", "digit", "hundred", "half")
        if cls == "den":
            return last in ("unit", "teen", "tens", "digit", "hundred", "big") or tok.after_a
        return False

    def add(self, tok: _Tok) -> None:
        """Extend the number with ``tok`` (``fits`` said yes, or it is the first)."""
        cls, val = tok.cls, tok.val
        self.end = tok.end
        self.words = self.words or cls != "digit"
        if tok.after_and:
            self.big_then_and = self.last_big if self.last == "big" else 0.0
            if not tok.after_a:
                self.mark = self.total + self.current
        if tok.after_point or self.decimals:
            digits = tok.raw if cls == "digit" else str(int(val))
            if cls == "unit" and self.last == "ptens":
                self.decimals = self.decimals[:-1] + digits
            else:
                self.decimals += digits
            self.last = "ptens" if cls == "tens" else "punit"
            return
        if cls in ("unit", "teen", "tens", "digit"):
            self.current += val
            self.lastval = val
        elif cls == "half":
            self.current += 0.5
        elif cls == "hundred":
            self.current = (self.current or 1.0) * 100
        elif cls == "big":
            self.total += (self.current or 1.0) * val
            self.current = 0.0
            self.last_big = val
            self.big_then_and = 0.0
        elif cls == "dozen":
            num = self.total + self.current - self.mark
            self.current += num * 11 if num else 12.0
        elif cls == "den":
            if tok.after_a or self.last == "start":
                num, base_cur = 1.0, self.current
            elif tok.after_and or self.mark:
                num = self.total + self.current - self.mark
                base_cur = self.current - num
            else:
                num = self.total + self.current
                self.total = 0.0
                base_cur = 0.0
            frac = num / val
            if self.big_then_and and base_cur == 0:
                # "three million and a half": half a million, unless a scale follows.
                self.current = frac
                self.last = "den"
                return
            self.current = base_cur + frac
        self.last = cls

    def finish(self) -> float:
        """The value once no more tokens come."""
        v = self.total + self.current
        if self.last == "den" and self.big_then_and:
            v = self.total + self.current * self.big_then_and
        if self.decimals:
            v += float("0." + self.decimals)
        return float(f"{v:.15g}")  # "16.4 million" is 16400000.0, not 16399999.999999998


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The number tokens of a phrase, with the connectors before each folded into flags."""
    toks: list[_Tok] = []
    after_and = after_a = after_point = False
    lead = -1
    for t in _TOKEN.finditer(text, start, end):
        raw = t.group()
        low = raw.lower()
        if t.start(_TOKEN_W) >= 0:
            if low == "and":
                after_and = True
                continue
            if low in ("a", "an"):
                after_a = True
                lead = t.start()
                continue
            if low == "point":
                after_point = True
                continue
            if low == "of":
                continue
        if t.start(_TOKEN_D) >= 0:
            cls, val = "digit", _parse_digits(raw)
        elif low in SMALL:
            cls, val = ("unit" if SMALL[low] < 10 else "teen"), float(SMALL[low])
        elif low in TENS:
            cls, val = "tens", float(TENS[low])
        elif low in ("hundred", "hundreds"):
            cls, val = "hundred", 100.0
        elif low in BIG:
            cls, val = "big", float(BIG[low])
        elif low in ("millions", "billions", "lakhs", "crores"):
            cls, val = "big", float(BIG[low[:-1]])
        elif low in DOZEN:
            cls, val = "dozen", 12.0
        elif low == "half" and not after_a and not toks:
            cls, val = "half", 0.5
        elif low in DENOMINATORS:
            cls, val = "den", float(DENOMINATORS[low])
        elif low in ORDINALS:
            cls, val = "ord", float(ORDINALS[low])
        else:
            cls, val = "other", 0.0
        tok = _Tok(cls, val, t.start(), t.end(), raw, after_and, after_a, after_point, lead)
        # "one twenty-fifth", "three twenty firsts": a tens word joins the
        # ordinal after it into one denominator when it cannot be a numerator.
        if (
            cls in ("den", "ord")
            and val < 10
            and toks
            and toks[-1].cls == "tens"
            and len(toks) >= 2
            and toks[-2].cls in ("unit", "tens", "teen", "hundred", "big")
            and not toks[-1].after_and
        ):
            prev = toks.pop()
            tok = _Tok(
                "den",
                prev.val + val,
                prev.start,
                t.end(),
                text[prev.start : t.end()],
                prev.after_and,
                prev.after_a,
                False,
            )
        elif (
            cls in ("den", "ord")
            and val < 10
            and toks
            and toks[-1].cls == "tens"
            and toks[-1].after_a
        ):
            prev = toks.pop()
            tok = _Tok(
                "den",
                prev.val + val,
                prev.start,
                t.end(),
                text[prev.start : t.end()],
                False,
                True,
                False,
                prev.lead,
            )
        elif cls == "ord" and val < 10 and toks and toks[-1].cls == "tens":
            # "twenty-first": one ordinal, not twenty and a first.
            prev = toks.pop()
            tok = _Tok("ord", prev.val + val, prev.start, t.end(), text[prev.start : t.end()])
        toks.append(tok)
        after_and = after_a = after_point = False
        lead = -1
    return toks


_Part = tuple[int, int, float, bool, bool]
#: Parses of phrase bodies by their text, with offsets from the body's start:
#: the same phrases ("one of", "fourth quarter", "2.5 million") recur within and
#: across releases, and a parse costs a tokenising scan and a dozen objects.
_BODY_PARSES: dict[str, tuple[_Part, ...]] = {}
_BODY_PARSES_MAX = 4096


def _parse_body(text: str, start: int, end: int) -> list[_Part]:
    """Split a run of number tokens into numbers ("4000 3 hundred" is two) and value each.

    Each number is ``(start, end, value, spelt out, is a fraction)``. A parse
    depends on the body's text alone, except after a comma (the lookbehind of
    the decimal-comma form in ``_DIGITS`` reads it): those are not kept.
    """
    if start and text[start - 1] == ",":
        return _parse_body_at(text, start, end)
    raw = text[start:end]
    parts = _BODY_PARSES.get(raw)
    if parts is None:
        if len(_BODY_PARSES) >= _BODY_PARSES_MAX:
            _BODY_PARSES.clear()
        parts = tuple(
            (s - start, e - start, v, w, f) for s, e, v, w, f in _parse_body_at(text, start, end)
        )
        _BODY_PARSES[raw] = parts
    return [(s + start, e + start, v, w, f) for s, e, v, w, f in parts]


def _parse_body_at(text: str, start: int, end: int) -> list[_Part]:
    """``_parse_body`` without the kept parses."""
    out: list[tuple[int, int, float, bool, bool]] = []
    g: _Group | None = None
    members: list[_Tok] = []

    def close(group: _Group | None) -> None:
        if group is not None and group.last != "start":
            out.append((group.start, group.end, group.finish(), group.words, group.last == "den"))

    for tok in _tokens(text, start, end):
        if tok.cls == "ord" and g is not None and tok.after_a:
            tok.cls = "den"  # "and a third"
        if tok.cls in ("other", "ord"):
            close(g)
            g, members = None, []
            continue
        if g is not None and g.fits(tok):
            g.add(tok)
            members.append(tok)
            continue
        if (
            g is not None
            and tok.cls in ("hundred", "big", "dozen")
            and len(members) >= 2
            and members[-1].cls in ("unit", "teen", "tens", "digit")
        ):
            # "3 hundred and 2 hundred": the "2" starts the next number.
            prev = members.pop()
            g = _Group(members[0])
            for member in members:
                g.add(member)
            close(g)
            g = _Group(prev)
            g.add(prev)
            members = [prev]
            if g.fits(tok):
                g.add(tok)
                members.append(tok)
                continue
        close(g)
        g, members = None, []
        if tok.cls == "den" and not tok.after_a and tok.raw.lower() not in ("half", "quarter"):
            continue  # "fifths" with nothing to count
        g = _Group(tok)
        g.add(tok)
        members = [tok]
    close(g)
    return out


#: The most mentions one call returns: a release cites a few dozen numbers and
#: a financial table a few hundred; past this the input is a data dump (or an
#: attack), and the scan stops rather than spend seconds on it.
MAX_MENTIONS = 3000


# Finding where numbers start. A scan of NUMBER_PHRASE over every position of
# a release costs several times more than reading the release, so the scan is
# done in two cheap passes and the full pattern is only tried where a number
# can begin: at a run of digits, and at a number word found with a set lookup
# over the lower-cased words (``str`` methods run in C).
# A run of digits that can start a number: not glued to a word, a code, a URL
# or a range ("COVID-19", "v2.1", "?id=42", "2022-2023"); "-5" and ".5" may.
# With the groups of three after its commas ("1,250,000"): the runs after those
# commas may start a number too, but only need trying when the number read at
# the first digits stops short of them (``find_numbers`` does so).
# (No lookahead for the digit first: the scan runs a fifth faster without it.)
_DIGIT_GROUP = compile_pattern(
    r"(?<![\w/%=&?@_]|[\w.]-|\w\.|[\w.]\u2010|[\w.]\u2011)[0-9]+(?:,[0-9]{3})*"
)
_FRACTION_CHARS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_FRACTION_CHAR = compile_pattern(f"[{_FRACTION_CHARS}]")
_WORD_STARTS = frozenset(w.lower() for w in _NUMBER_WORDS) | {"minus", "negative", "tens"}
# Words a leading "a" / "half a" may come before: "a dozen", "half a billion".
# What may come just before a number's first digit or word and belong to it.
_HEAD = compile_pattern(
    r"""
    (?:
        (?<![\w.\-])[-\u2212]\s{0,2}                 # "-9.5"  "- 10 k"
      | (?<![\w.,])\.                              # ".08"
      | \b(?:half\s{1,3})?an?\s{1,3}                 # "a dozen"  "half a billion"
      | \b(?:minus|negative)\s{1,2}                 # "minus five"
      | \b(?:percents?|per\s?cent)\s{1,3}of\s{1,3}    # "per cent of 210"
    )$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


_STRIP = "-\u2010\u2011\u2012\u2013\u2014,.;:!?()[]{}\"'“”‘’/%$€£¥₹+*&#@<>=|\\_~^`"
# Digits that are a whole number by themselves when what follows is neither
# more of a number nor a unit of one (checked in ``find_numbers``).
_PLAIN_AT = compile_pattern(
    r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,12})?(?![\d,]|\.\d)"  # 1,250,000  1,234.5
    r"|\d{1,15}(?:\.\d{1,12})?(?![\d,.]\d|[\d/])"  # 1000  0.13 (not 1.2.3, 5/17)
)
# Words after digits that the full pattern must read: scales, shares, ratios, joins.
_FOLLOW = frozenset(w.lower() for w in _NUMBER_WORDS) | {
    "percent", "percents", "percentage", "percentages", "per", "pct", "in", "out", "over",
    "and", "of", "point", "plus", *(k.lower() for k in SUFFIX_SCALES), "mm", "mil", "lakhs",
    "crores", "millions", "billions",
}  # fmt: skip
#: Longer than any ``NUMBER_PHRASE`` match (thirteen parts of at most ~70 characters).
PHRASE_WINDOW = 1200
#: Past this many tries at a number, the input is not a release: stop.
MAX_ATTEMPTS = 20000


# Bytes kept by the word search: lower-case letters and digits; capitals are
# lower-cased; anything else becomes a space.
_ASCII_SEPARATORS = bytes(
    c if (0x61 <= c <= 0x7A or 0x30 <= c <= 0x39) else c + 0x20 if 0x41 <= c <= 0x5A else 0x20
    for c in range(256)
)
_WORD_BYTES = frozenset(w.encode("ascii") for w in _WORD_STARTS)
# A number word in those bytes: after a space, not followed by a letter. The
# standard ``re`` on bytes: a trie read left to right, no backtracking to guard
# against (so no timeout), at a fraction of the cost of splitting the bytes.
_WORD_AT = re.compile(rb" (?:" + trie(sorted(_WORD_STARTS)).encode("ascii") + rb")(?![a-z])")


def _starts(text: str, pos: int, endpos: int) -> tuple[list[int], dict[int, int]]:
    """Where a number may begin in ``text[pos:endpos]``, in order, and where each
    run of digits (with its comma groups) ends, by its start.

    The runs after the commas of a group are not listed (see ``_DIGIT_GROUP``).
    """
    ends = {m.start(): m.end() for m in finditer(_DIGIT_GROUP, text, pos, endpos)}
    found = list(ends)
    chunk = text[pos:endpos]
    if any(ch in chunk for ch in _FRACTION_CHARS):  # ``str`` search: a regex scan costs 15x more
        found.extend(m.start() for m in finditer(_FRACTION_CHAR, text, pos, endpos))
    if "\u0130" not in chunk:  # the one letter whose lower case is longer: words are not sought
        # Bytes of the same length (other letters become "?"), lower-cased,
        # punctuation made space: ``_WORD_AT`` finds the number words there at C
        # speed. Behind a space byte in those bytes, so that "someone" and
        # "often" are not tried. The Kelvin sign is the one letter beyond ASCII
        # whose lower case is ASCII ("k"): with it, the text is lower-cased first.
        if "\u212a" in chunk:
            ascii_bytes = chunk.lower().encode("ascii", "replace")
        else:
            ascii_bytes = chunk.encode("ascii", "replace")
        padded = b" " + ascii_bytes.translate(_ASCII_SEPARATORS) + b" "
        size = len(chunk)
        hits = [m.span() for m in _WORD_AT.finditer(padded)]
        if hits:
            # The words that stand whole somewhere; one followed by digits ("one2")
            # counts only where the same word stands whole elsewhere.
            whole = {padded[i + 1 : e] for i, e in hits if padded[e] == 32}
            for i, e in hits:  # the word is ``chunk[i : e - 1]``
                if padded[e] != 32 and padded[i + 1 : e] not in whole:
                    continue
                # (lower-casing keeps a character a letter, a digit or neither)
                before = chunk[i - 1] if i else " "
                after = chunk[e - 1] if e - 1 < size else " "
                if not before.isalnum() and not after.isalpha():
                    found.append(pos + i)
    found.sort()
    return found, ends


def _comma_runs(text: str, start: int, end: int) -> list[int]:
    """Where the runs of digits after the commas of ``text[start:end]`` begin."""
    runs = []
    i = text.find(",", start, end)
    while i >= 0:
        runs.append(i + 1)
        i = text.find(",", i + 1, end)
    return runs


def _head_start(text: str, c: int, floor: int) -> int:
    """Where a number starting at ``c`` really begins: before a sign, a point or "a".

    Plain string tests first; ``_HEAD`` only runs when one of its words or
    signs is right there, which is rare.
    """
    if c <= floor:
        return c
    prev = text[c - 1]
    if prev in "-\u2212." or (prev.isspace() and c >= 2 and text[c - 2] in "-\u2212"):
        pass
    elif prev.isspace():
        last = text[c - 2] if c - 2 >= floor else " "
        if last.isspace():
            last = text[max(floor, c - 12) : c].rstrip()[-1:]
        if not last or last not in "aAnNsSeEfF":
            return c  # the word before cannot be "a", "an", "minus", "negative" or "of"
        head = text[max(floor, c - 12) : c].rstrip()
        word = head.rsplit(None, 1)[-1].lower() if head else ""  # after a space or a line break
        if word not in ("a", "an", "minus", "negative", "of"):
            return c
        if word == "of" and not head[:-2].rstrip().lower().endswith(("cent", "cents", "percent")):
            return c
    else:
        return c
    h = _HEAD.search(text, max(floor, c - 24), c)
    return h.start() if h is not None else c


_LETTERS_AT = compile_pattern(r"[A-Za-z]+")


_SPACE_GROUP = compile_pattern(r"[ \u00a0\u202f]\d{3}(?!\d)")
_MIXED_FRACTION = compile_pattern(r"\s{1,3}\d{1,3}/")  # seven characters at most


#: Makes a ``NumberMention`` from all its fields without the named tuple's
#: keyword handling: the finder makes one per number.
_new = tuple.__new__
#: What may follow a complete number, and what never does (``_ends_plainly``'s
#: first tests, for the finder's common cases without the call).
_PLAIN_ENDS = '\r\n;:!?)]"”’,'
#: Four of these after digits (a table's gap, "4,920 \u00a0 \u00a0 3,118") leave no room for
#: anything ``NUMBER_PHRASE`` reads after a number: a gap before more of it is at most
#: three spaces, and so is the one before a suffix, a per cent or a ratio.
_GAP_SPACES = " \t\u00a0\r\n"
_NOT_PLAIN_ENDS = "%+-\u2013/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _ends_plainly(
    text: str, e: int, endpos: int, short: bool = False, digits: bool = False
) -> bool:
    """Whether a number ending at ``e`` is complete: no scale, share, ratio or more digits after."""
    nxt = text[e] if e < endpos else " "
    if not (
        nxt in ' \t\u00a0\r\n;:!?)]"”’,'
        or (nxt == "." and text[e + 1 : e + 2] in ("", " ", "\n", "\r"))
    ):
        return False
    if (
        nxt in " \t\u00a0"
        or (nxt == "\n" and text[e + 1 : e + 2].isalpha())
        or (nxt == "\r" and text[e + 1 : e + 2] == "\n" and text[e + 2 : e + 3].isalpha())
    ):
        # (a line end before a word: hard-wrapped text, "1.8\nmillion pupils", or "\r\n")
        rest = text[e : min(endpos, e + 18)].lstrip(" \t\u00a0\r\n")
        first = rest[:1]
        if first in "%+-\u2013":
            return False
        if first.isdigit():
            if not digits:
                return False
            # Another number after a gap ("12,345   67,890" in a table) leaves this one
            # whole, unless the two are one: "1 234 567" (grouped by single spaces) or
            # "2 1/4" (a whole and a fraction).
            return not (
                (short and nxt in " \u00a0\u202f" and _SPACE_GROUP.match(text, e, endpos))
                or ("/" in text[e : e + 7] and _MIXED_FRACTION.match(text, e, endpos))
            )
        if first.isalpha():
            parts = rest.split(None, 2)
            word = parts[0].rstrip(_STRIP).lower().split("-", 1)[0]
            if word == "of" and len(parts) > 1:
                # "one of the most" is plain; "one of five", "two thirds of a million" are not.
                second = parts[1].rstrip(_STRIP).lower().split("-", 1)[0]
                return (
                    second not in _FOLLOW and second not in ("a", "an") and not second[:1].isdigit()
                )
            return word not in _FOLLOW
    return True


# Letters after digits that ``NUMBER_PHRASE`` may read as part of the number: the
# scale suffixes ("10M", "2bn"; matched with case) and the ordinal endings ("21st").
_GLUED_SUFFIXES = frozenset(("MM", "mn", "mln", "mil", "bn", "bln", "tn", "tln", *"kKMBbGTm"))
_GLUED_ORDINALS = frozenset(("st", "nd", "rd", "th"))
# Units of measure written against their digits ("a 4km route", "a 25bps cut", "70,000ha",
# "65Koz of gold"), matched with case: the number ends at its digits and the statistics
# finder reads the unit as what is counted. Distances, areas, masses, energy and basis
# points, which size a claim; not the units of a product's specification ("63mm burr",
# "657cc engine", "96kHz audio"), nor "m", "g", "h" (million, the G of "5G", hours).
GLUED_UNITS = frozenset(
    """
    bps bp
    km ft mi
    ha ac
    kg lb lbs oz Koz koz Moz
    kW kWh MW MWh GW GWh TWh
    """.split()
)


def glued_unit_end(text: str, e: int, endpos: int) -> int:
    """Where a unit of ``GLUED_UNITS`` written against digits ending at ``e`` ends, or -1.

    The unit is a whole word: no letter or digit after it ("4kms", "2cm3" are not).
    """
    w = _LETTERS_AT.match(text, e, min(endpos, e + 4))
    if w is None or w.group() not in GLUED_UNITS:
        return -1
    we = w.end()
    return -1 if we < endpos and text[we].isalnum() else we


def _glued_end(text: str, c: int, pe: int, raw: str, endpos: int) -> int:
    """Where ``NUMBER_PHRASE`` ends the number at ``c`` whose digits ``raw`` run into
    a word at ``pe`` ("2,515,509Total", "45Z"), or -1 when the pattern must decide.

    No part of a number can start that word, so the pattern gives up the last
    group of three ("2,515,509Total" is 2,515; "1,594Total" is 1): ``c`` means
    no number. Words that may be a scale suffix, an ordinal ending or an
    exponent ("10M", "21st", "1e6"), and any letter beyond ASCII, are left to
    the pattern, as is a character before the digits that it may read as part
    of a word.
    """
    if c:
        prev = text[c - 1]
        if prev >= "\x80" or prev.isalnum() or prev in "_./-%=&?@":
            return -1
    head = text[pe : min(endpos, pe + 4)]
    if head[0] in "eExX":
        return -1  # "1e6", "3x10^4"
    n = 1
    while n < len(head) and head[n] < "\x80" and head[n].isalpha():
        n += 1
    if n < 4:
        word = head[:n]
        if word in _GLUED_SUFFIXES or word.lower() in _GLUED_ORDINALS or head[n:] >= "\x80":
            return -1
    commas = raw.count(",")
    if not commas:
        return c
    if commas == 1:
        return c + raw.find(",")
    return pe - 4


def _hyphen_word_after(text: str, c: int, e: int, endpos: int) -> bool:
    """Whether the number at ``c`` ends at ``e`` before a hyphen and a word that
    ``NUMBER_PHRASE`` cannot read on with ("125-acre", "five-year", "10-Q"), as
    the pattern would end it; not before a number word, "plus", "in" ("one-in-five"),
    a letter beyond ASCII, nor after a character the pattern may read as part of a word.
    """
    if text[e : e + 1] != "-":
        return False
    if c:
        prev = text[c - 1]
        if prev >= "\x80" or prev.isalnum() or prev in "_./-%=&?@":
            return False
    w = _LETTERS_AT.match(text, e + 1, min(endpos, e + 16))
    if w is None:
        return False
    we = w.end()
    if we < min(endpos, e + 16) and text[we] >= "\x80":
        return False
    word = w.group().lower()
    return word not in _FOLLOW and word != "a" and word != "an"


_BIG_WORDS = frozenset(("thousand", "million", "billion", "trillion"))


def _scale_end(text: str, c: int, pe: int, endpos: int) -> int:
    """Where ``NUMBER_PHRASE`` ends digits at ``c``..``pe`` followed by a space and a
    scale word ("112 million meals"), or -1 when the pattern must decide.

    The scale word must end the number: a closing mark, a full stop not before a
    digit, the end, or a space and a word that cannot carry the number on (no
    number word, no "a", "and", "of", "per", "in", "over", no suffix). The
    character before the digits must leave the pattern free to start there.
    """
    if c:
        prev = text[c - 1]
        if prev >= "\x80" or prev.isalnum() or prev in "_./-%=&?@":
            return -1
    w = _LETTERS_AT.match(text, pe + 1, min(endpos, pe + 13))
    if w is None or w.group().lower() not in _BIG_WORDS:
        return -1
    we = w.end()
    if we >= endpos:
        return we
    x = text[we]
    if x in ',;:!?)]"”’':
        return we
    if x == ".":
        return -1 if text[we + 1 : we + 2].isdigit() else we
    if x != " ":
        return -1
    nxt = _LETTERS_AT.match(text, we + 1, min(endpos, we + 17))
    if nxt is None:
        return -1
    ne = nxt.end()
    if ne < min(endpos, we + 17) and text[ne] >= "\x80":
        return -1
    word = nxt.group().lower()
    return -1 if word in _FOLLOW or word == "a" or word == "an" else we


def find_numbers(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    limit: int = MAX_MENTIONS,
    skip: list[tuple[int, int]] | None = None,
    units: bool = False,
) -> list[NumberMention]:
    """Every number in ``text[pos:endpos]``, in order (at most ``limit``).

    ``skip``: spans, in order, whose numbers the caller has already read (the
    money finder's sums): numbers starting inside them are not parsed again.
    ``units``: also the digits of a measure written against its unit ("a 4km
    route", see ``GLUED_UNITS``), which a number reader leaves out as a dimension.
    """
    if endpos is None:
        endpos = len(text)
    out: list[NumberMention] = []
    last_end = pos
    spans = skip or []
    si = 0
    n_spans = len(spans)
    starts, ends = _starts(text, pos, endpos)
    k = 0
    unlisted = 0  # runs after commas left out of ``starts``: they count as attempts
    group_start = group_end = 0  # the last group of digits with commas
    while True:
        if group_end:
            if group_end > last_end:
                # The number read at the group's first digits stopped short:
                # the runs after its commas are tried in turn.
                starts[k:k] = _comma_runs(text, group_start, group_end)
            else:
                unlisted += text.count(",", group_start, group_end)
            group_end = 0
        if k >= len(starts):
            break
        c = starts[k]
        attempt = k + unlisted
        k += 1
        run_end = ends.get(c, 0)  # 0 for words, fractions and runs after commas
        if run_end - c > 4 and "," in text[c:run_end]:
            group_start, group_end = c, run_end
        if c < last_end:
            continue
        while si < n_spans and spans[si][1] <= c:
            si += 1
        if si < n_spans and spans[si][0] <= c:
            last_end = spans[si][1]
            continue
        if attempt > MAX_ATTEMPTS or len(out) >= limit:
            break
        prev = text[c - 1] if c > last_end else ""
        if not prev or (prev not in "-\u2212." and not prev.isspace()):
            s = c  # the common case of ``_head_start``, without the call
        elif prev not in "-\u2212.":
            # A space before: the word before it cannot be "a", "an", "minus",
            # "negative" or "of" unless it ends in one of their letters (as in
            # ``_head_start``, which decides the rest).
            last = text[c - 2] if c >= 2 else ""
            if last and last in "-\u2212":
                s = _head_start(text, c, last_end)
            else:
                if c - 2 < last_end:
                    last = " "
                if last.isspace():
                    last = text[max(last_end, c - 12) : c].rstrip()[-1:]
                s = c if not last or last not in "aAnNsSeEfF" else _head_start(text, c, last_end)
        else:
            s = _head_start(text, c, last_end)
        if s == c and text[c].isdigit():
            before = text[c - 1] if c > pos else " "
            if (
                before.isalnum()
                or before in "./-%=&?@_"
                or (before in "\u2010\u2011" and c - 2 >= pos and text[c - 2].isalnum())
            ):
                continue  # inside a word, a code or a range: "COVID-19", "v2.1"
            # What ``_PLAIN_AT`` matches, by string tests where they suffice: a run
            # of at most 15 digits followed by none of ",./" (nor another digit) is
            # that run; a run of one to three digits with one to six comma groups
            # followed by none of ".," nor a digit is that group. Anything else, and any
            # character beyond ASCII after the digits, is left to the pattern.
            if run_end:
                raw = text[c:run_end]
                after = text[run_end] if run_end < endpos else ""
                if "," in raw:
                    plain = (
                        (not after or (after not in ".,0123456789" and after < "\x80"))
                        and raw.find(",") <= 3
                        and raw.count(",") <= 6
                    )
                else:
                    plain = len(raw) <= 15 and (
                        not after or (after not in ",./" and after < "\x80")
                    )
                pe = run_end
            else:
                head = text[c : min(endpos, c + 16)]
                rest = head.lstrip("0123456789")
                after = rest[:1]
                plain = bool(
                    (after and after not in ",./" and after < "\x80")
                    or (not after and len(head) < 16)
                )
                pe = c + len(head) - len(rest)
                raw = head[: pe - c]
            if not plain:
                p = _PLAIN_AT.match(text, c, endpos)
                if p is None:
                    raw = ""
                else:
                    pe = p.end()
                    raw = p.group()
            if raw:
                if text[pe : pe + 1] == "%" and not text[pe + 1 : pe + 2].isalnum():
                    # "40%": the common share, read without the full pattern.
                    e = pe + 1
                    value = float(raw.replace(",", ""))
                    out.append(
                        _new(NumberMention, (text[c:e], c, e, value, "percent", "exact", False))
                    )
                    last_end = e
                    continue
                if (
                    units
                    and "A" <= text[pe : pe + 1] <= "z"
                    and glued_unit_end(text, pe, endpos) > 0
                ):
                    # "a 4km route", "3.5MWh": digits and the unit of measure against them.
                    value = float(raw.replace(",", ""))
                    out.append(_new(NumberMention, (raw, c, pe, value, "number", "exact", False)))
                    last_end = pe
                    continue
                if plain and ("a" <= after <= "z" or "A" <= after <= "Z"):
                    # Digits run into a word, as in scraped tables ("2,515,509Total").
                    glued = _glued_end(text, c, pe, raw, endpos)
                    if glued >= 0:
                        if glued > c:
                            part = text[c:glued]
                            value = float(part.replace(",", ""))
                            out.append(
                                _new(
                                    NumberMention, (part, c, glued, value, "number", "exact", False)
                                )
                            )
                            last_end = glued
                        continue
                nxt = text[pe] if pe < endpos else " "
                if (
                    (
                        nxt in _PLAIN_ENDS
                        and nxt != ""
                        and ((nxt != "\n" and nxt != "\r") or _ends_plainly(text, pe, endpos))
                    )
                    or (pe + 4 <= endpos and not text[pe : pe + 4].strip(_GAP_SPACES))
                    or (
                        nxt not in _NOT_PLAIN_ENDS
                        and _ends_plainly(text, pe, endpos, pe - c <= 3, True)
                    )
                    or (nxt == "-" and _hyphen_word_after(text, c, pe, endpos))
                ):
                    value = float(raw.replace(",", ""))
                    out.append(_new(NumberMention, (raw, c, pe, value, "number", "exact", False)))
                    last_end = pe
                    continue
                if nxt == " " and (we := _scale_end(text, c, pe, endpos)) > 0:
                    # "112 million meals": digits and a scale word, as ``_mentions`` reads them.
                    parts = _parse_body(text, c, we)
                    if parts:
                        out.extend(
                            NumberMention(
                                text[a:b], a, b, v, "fraction" if f else "number", "exact", w
                            )
                            for a, b, v, w, f in parts
                            if (low := text[a:b].lower()) not in ("quarter", "quarters")
                            and not (low == "one" and _PRONOUN_ONE.search(text, max(0, a - 8), a))
                        )
                        last_end = we
                        continue
        elif s == c:
            if c - 2 >= pos and text[c - 1] in "-\u2010\u2011" and text[c - 2].isalnum():
                continue  # "inline-four", "K-twelve": part of a compound
            # One number word on its own ("three sites", "the second year"): no parse needed.
            w = _LETTERS_AT.match(text, c, min(endpos, c + 20))
            word = w.group().lower() if w is not None else ""
            if (word in SMALL or word in TENS or word in ORDINALS) and (
                _ends_plainly(text, w.end(), endpos)  # type: ignore[union-attr]
                or _hyphen_word_after(text, c, w.end(), endpos)  # type: ignore[union-attr]
            ):
                e = w.end()  # type: ignore[union-attr]
                last_end = e
                if word in ORDINALS:
                    out.append(
                        NumberMention(
                            text[c:e], c, e, float(ORDINALS[word]), "ordinal", "exact", True
                        )
                    )
                elif not (word == "one" and _PRONOUN_ONE.search(text, max(0, c - 8), c)):
                    value = float(SMALL.get(word, TENS.get(word, 0)))
                    out.append(
                        _new(NumberMention, (text[c:e], c, e, value, "number", "exact", True))
                    )
                continue
        # An anchored match in a bounded window: no timeout needed (its bookkeeping
        # would cost more than the match).
        if s != c and text[s] in "aA" and text[c].isdigit():
            m = None  # "a 10% stake": "a" comes before digits only in no number
        else:
            m = NUMBER_PHRASE.match(text, s, min(endpos, s + PHRASE_WINDOW))
        if m is None and s != c:
            m = NUMBER_PHRASE.match(text, c, min(endpos, c + PHRASE_WINDOW))
        if m is None:
            if (
                units
                and s != c
                and text[c].isdigit()
                and (p := _PLAIN_AT.match(text, c, endpos))
                and glued_unit_end(text, p.end(), endpos) > 0
            ):
                raw = p.group()  # "a 4km route": "a" before digits and their unit
                value = float(raw.replace(",", ""))
                out.append(NumberMention(raw, c, p.end(), value, "number"))
                last_end = p.end()
            continue
        last_end = m.end()
        out.extend(_mentions(text, m))
    return out[:limit]


# "the one you mentioned": "one" as a pronoun, not a count.
_PRONOUN_ONE = compile_pattern(
    r"(?:the|this|that|which|each|every|no|any|some)\s+$", regex.IGNORECASE
)


def _mentions(text: str, m: regex.Match[str]) -> list[NumberMention]:
    """The mentions one phrase match stands for."""
    g = (None, *m.groups())
    sign = -1.0 if g[_SIGN] else 1.0
    start, end = m.span()
    if g[_UNI]:
        return [NumberMention(m.group(), start, end, sign * UNICODE_FRACTIONS[g[_UNI]], "fraction")]
    if g[_FRAC]:
        *wholes, rest = g[_FRAC].split()  # "3/4", "2 3/4", "10\t3/4": any space between
        a, b = (int(x) for x in rest.split("/"))
        if b == 0 or a >= b:
            return []
        value = (int(wholes[0]) if wholes else 0) + a / b
        return [NumberMention(m.group(), start, end, sign * value, "fraction")]
    if g[_POWER]:
        return _power(m, sign)
    if g[_ORDNUM]:
        return [NumberMention(m.group(), start, end, float(g[_ORDNUM][:-2]), "ordinal")]
    if g[_VAGUE]:
        words = g[_VAGUE].lower().split()
        value = float(VAGUE[words[0]])
        if len(words) == 3:
            value *= VAGUE[words[2]]
        return [NumberMention(m.group(), start, end, value, "number", "at_least", True)]
    body_start, body_end = m.span(_BODY)
    raw_body = text[body_start:body_end]
    plain = raw_body.replace(",", "").replace(".", "").isdigit()
    if not (g[_SIGN] or g[_PERCENT] or g[_PCTOF] or g[_RATIO]):
        if plain:
            # Digits and nothing around them ("4,920 in", "2024 and"): one plain number.
            return [
                NumberMention(raw_body, body_start, body_end, _parse_digits(raw_body), "number")
            ]
        if not (g[_SUFFIX] or g[_SUFFIX2] or g[_PLUS]):
            # Words and digits alone ("one hundred", "2.5 million", "1-800"): the
            # parsed numbers as they are (what the general case below comes to).
            parts = _parse_body(text, body_start, body_end)
            if not parts:
                return _ordinal(text, m)
            return [
                NumberMention(text[s:e], s, e, v, "fraction" if f else "number", "exact", w)
                for s, e, v, w, f in parts
                if (low := text[s:e].lower()) not in ("quarter", "quarters")
                and not (low == "one" and _PRONOUN_ONE.search(text, max(0, s - 8), s))
            ]
    if plain:
        # Digits alone ("0.13", "4,920,572"): one part, no words to parse.
        parts = [(body_start, body_end, _parse_digits(raw_body), False, False)]
    else:
        parts = _parse_body(text, body_start, body_end)
    if not parts:
        return _ordinal(text, m)
    out = [
        NumberMention(text[s:e], s, e, v, "fraction" if f else "number", "exact", w)
        for s, e, v, w, f in parts
        if text[s:e].lower() not in ("quarter", "quarters")  # "this quarter": a period
    ]
    if not out:
        return []
    if g[_SIGN]:
        first = out[0]
        out[0] = NumberMention(
            text[start : first.end],
            start,
            first.end,
            -first.value,
            first.kind,
            "exact",
            first.words,
        )
    last = out[-1]
    value = last.value
    if g[_SUFFIX] or g[_SUFFIX2]:
        value *= SUFFIX_SCALES[g[_SUFFIX] or g[_SUFFIX2]]
    bound: Literal["exact", "at_least"] = "at_least" if g[_PLUS] else "exact"
    tail_end = body_end if (g[_SUFFIX] or g[_SUFFIX2] or g[_PLUS]) else last.end
    kind: Kind = last.kind
    extra: list[NumberMention] = []
    if g[_PERCENT]:
        kind, tail_end = "percent", m.end(_PERCENT)
    elif g[_PCTOF] and len(out) == 1 and _CLAUSE_END.match(text[body_end : body_end + 3]):
        kind = "percent"
        last = NumberMention(text[start:body_end], start, body_end, last.value, kind, "exact", True)
    elif g[_RATIO]:
        den = _small_value(g[_DEN] or g[_DEN2])
        if den and (g[_DEN2] or 0 < abs(value) < den) and not 1900 <= den <= 2100:
            kind, tail_end, value = (
                ("ratio" if g[_DEN] else "fraction"),
                m.end(_RATIO),
                value / den,
            )
        else:  # "8 in 5": two numbers
            den_m = NUMBER_PHRASE.match(text, m.start(_DEN) if g[_DEN] else m.start(_DEN2), end)
            extra = _mentions(text, den_m) if den_m else []
    out[-1] = NumberMention(
        text[last.start : tail_end], last.start, tail_end, value, kind, bound, last.words
    )
    out.extend(extra)
    return [
        n
        for n in out
        if not (n.text.lower() == "one" and _PRONOUN_ONE.search(text, max(0, n.start - 8), n.start))
    ]


def _power(m: regex.Match[str], sign: float) -> list[NumberMention]:
    """Scientific and power notation: "1e10", "1.1^23", "6.23x10^-4"."""
    raw = m.group(_POWER).replace("x10^", "e")
    try:
        if "^" in raw:
            base, exp = raw.split("^")
            value = float(base) ** int(exp.replace("--", "").replace("+", ""))
        else:
            value = float(raw)
    except (ValueError, OverflowError):
        return []
    return [NumberMention(m.group(), m.start(), m.end(), sign * value, "number")]


def _small_value(raw: str) -> float | None:
    """The value of a denominator: digits or a few number words."""
    if raw.isdigit():
        return float(raw)
    parts = _parse_body(raw, 0, len(raw))
    return parts[0][2] if len(parts) == 1 else None


def _ordinal(text: str, m: regex.Match[str]) -> list[NumberMention]:
    """A lone ordinal word ("fifth", "twenty-first") as a position."""
    words = _WORD_SPLIT.split(m.group(_BODY).lower())
    if not words or words[-1] not in ORDINALS:
        return []
    value = float(ORDINALS[words[-1]])
    if len(words) == 2 and words[0] in TENS and value < 10:
        value += TENS[words[0]]
    elif len(words) != 1:
        return []
    s, e = m.span(_BODY)
    return [NumberMention(m.group(_BODY), s, e, value, "ordinal", "exact", True)]
