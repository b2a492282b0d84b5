"""The release model: a release read once into title, dateline, paragraphs, sentences and sections.

Every extractor works over one ``Document``. Nothing in the text is rewritten:
all positions are offsets into ``Document.text`` exactly as given, and the
patterns here tolerate CRLF, lone CR, non-breaking spaces, runs of spaces and
releases scraped onto one line with paragraphs separated by runs of spaces.

    >>> doc = read("Acme Gives $5 Million to Food Bank\\n\\nDENVER, CO, May 2, 2024 /PRNewswire/ -- "
    ...            "Acme Inc. gave $5 million. It helps families.\\n\\nAbout Acme\\nAcme makes things.")
    >>> doc.slice(doc.title)
    'Acme Gives $5 Million to Food Bank'
    >>> doc.dateline.date, doc.dateline.place, doc.dateline.wire
    ('2024-05-02', 'DENVER, CO', 'PRNewswire')
    >>> doc.slice(doc.sentences[2])
    'It helps families.'
    >>> doc.is_boilerplate(doc.text.index("Acme makes"))
    True
"""

# No ``from __future__ import annotations`` here: the named tuples' string annotations
# would each be compiled when the class is made, on every run.
import atexit
import bisect
from collections.abc import Callable
from operator import itemgetter
from typing import Any, NamedTuple, cast

import regex

from . import patterns
from .patterns import HSPACE, TIMEOUT, alternation, compile_pattern, timeout_for

# --- patterns compiled on first use -----------------------------------------------


class _Deferred:
    """A pattern that ``compile_pattern`` compiles when it is first used (``deferred_pattern``)."""

    def __init__(self, pattern: "str | Callable[[], str]", flags: int) -> None:
        self._pattern = pattern
        self._flags = int(flags)

    def _text(self) -> str:
        """The pattern's text, built now if it was given as a function."""
        if not isinstance(self._pattern, str):
            self._pattern = self._pattern()
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        # Only reached while the pattern is not compiled: afterwards the compiled
        # pattern's methods are found on this object itself, at a plain lookup's cost.
        compiled = compile_pattern(self._text(), self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)


_PATTERN_ATTRIBUTES = (
    *"search match fullmatch finditer findall sub subn split splititer scanner".split(),
    *"groupindex groups pattern flags".split(),
)
#: The deferred patterns given as functions, whose cache entries are kept at exit.
_BUILT_LATER: list[_Deferred] = []


def deferred_pattern(pattern: "str | Callable[[], str]", flags: int = 0) -> regex.Pattern[str]:
    """``compile_pattern(pattern, flags)``, put off until the pattern is first used.

    For the many patterns only a few releases reach (a rare construction, a rare
    character): a run that never uses one does not pay for loading it. Its entry
    in the compiled-pattern cache is kept all the same, so that a run that does
    not use it does not drop it from the cache file it writes.

    ``pattern`` may be a function that builds the text, for a pattern whose text
    costs time to build (a long word list joined): it is then built only when the
    pattern is used, or at exit when the run writes the cache file.

        >>> DEFERRED_EXAMPLE = deferred_pattern(r"gift(?:s)?")
        >>> DEFERRED_EXAMPLE.search("two gifts").span()
        (4, 9)
    """
    deferred = _Deferred(pattern, flags)
    if isinstance(pattern, str):
        key = (pattern, int(flags))
        stored = patterns._entries().get(key)
        if stored is not None:
            patterns._used[key] = stored  # carried into the cache file like a compiled one
    else:
        _BUILT_LATER.append(deferred)
    return cast("regex.Pattern[str]", deferred)


def _keep_entries_of_unbuilt() -> None:
    """Carry the stored entries of the deferred patterns given as functions that this run did
    not use into the cache file it is about to write (none to write: nothing to build)."""
    if not patterns._missed:
        return
    entries = patterns._entries()
    for deferred in _BUILT_LATER:
        if "search" not in deferred.__dict__:
            key = (deferred._text(), deferred._flags)
            stored = entries.get(key)
            if stored is not None:
                patterns._used.setdefault(key, stored)


# Exit handlers run last registered first: this one, registered after the module
# ``patterns`` registered ``save_compiled`` (it was imported first), runs before it.
atexit.register(_keep_entries_of_unbuilt)


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


class Span(NamedTuple):
    """A stretch of the release: ``text[start:end]``.

    A named tuple rather than a frozen dataclass: a release has a hundred of
    them, and a tuple is made in a third of the time.
    """

    start: int
    end: int


#: Makes a ``Span`` from a ``(start, end)`` pair without the keyword handling of
#: ``Span(start, end)``: the reader makes one per paragraph and sentence.
_new_span = tuple.__new__
#: A span's start and end, as functions.
_START, _END = itemgetter(0), itemgetter(1)


class Dateline(NamedTuple):
    """Where and when the release was issued, and over which wire."""

    start: int
    end: int
    place: str | None  # "FORT WORTH, TX"
    date: str | None  # ISO 8601: "2024-04-19"
    wire: str | None  # "24-7PressRelease", "PRNewswire", "NewMediaWire"


class Document:
    """A release read once: its parts as spans into ``text``. Not to be changed once made.

    A plain class with slots, not a frozen dataclass: making a dataclass costs
    about a millisecond at import, which every run of the command pays.
    """

    __slots__ = (
        "_paragraph_starts",
        "_sentence_starts",
        "body_end",
        "case_plain",
        "country",
        "dateline",
        "lower",
        "paragraphs",
        "sentences",
        "text",
        "title",
    )

    def __init__(
        self,
        text: str,
        title: Span | None,
        dateline: Dateline | None,
        paragraphs: tuple[Span, ...],
        sentences: tuple[Span, ...],
        body_end: int,
        country: str | None = None,
        lower: str = "",
        case_plain: bool = True,
        _sentence_starts: tuple[int, ...] = (),
        _paragraph_starts: tuple[int, ...] = (),
    ) -> None:
        self.text = text
        self.title = title
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.sentences = sentences
        #: Where the boilerplate (About sections, contacts, disclaimers, footers, web
        #: residue) begins; ``len(text)`` when there is none.
        self.body_end = body_end
        #: The country a bare "$" most likely belongs to, from the dateline ("AU", "CA", ...).
        self.country = country
        #: The text in lower case, offsets kept (the rare letter whose lower case is
        #: longer stays as written), for plain substring tests before case-blind patterns.
        self.lower = lower
        #: Whether a case-blind pattern's ASCII words match exactly where ``lower`` has
        #: them: not when the text holds "İ" or "ſ", which such a pattern reads as "i", "s".
        self.case_plain = case_plain
        self._sentence_starts = _sentence_starts
        self._paragraph_starts = _paragraph_starts

    def slice(self, span: Span | Dateline) -> str:
        """The text of a span."""
        return self.text[span.start : span.end]

    def is_boilerplate(self, pos: int) -> bool:
        """Whether a position lies in the About/contact/footer part after the release proper."""
        return pos >= self.body_end

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding ``pos`` (or the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding ``pos``."""
        if not self.sentences:
            return Span(0, len(self.text))
        return self.sentences[self.sentence_index(pos)]

    def paragraph_index(self, pos: int) -> int:
        """The index of the paragraph holding ``pos``."""
        return max(0, bisect.bisect_right(self._paragraph_starts, pos) - 1)

    @property
    def body(self) -> Span:
        """The release proper: from after the title to where the boilerplate starts."""
        start = self.title.end if self.title else 0
        return Span(min(start, self.body_end), self.body_end)

    def body_within(self, sentences: int) -> "Document":
        """This release with its body cut after its first ``sentences`` sentences, the rest
        read as boilerplate; the release itself when its body is no longer than that."""
        if bisect.bisect_left(self._sentence_starts, self.body_end) <= sentences:
            return self
        return Document(
            self.text,
            self.title,
            self.dateline,
            self.paragraphs,
            self.sentences,
            self.sentences[sentences].start,
            self.country,
            self.lower,
            self.case_plain,
            self._sentence_starts,
            self._paragraph_starts,
        )


# --- paragraphs ---------------------------------------------------------------


# A paragraph break: a blank line (any line ends, whitespace between), a line
# end followed by an indent or a bullet, a single line end (kept unless the
# text is hard-wrapped, checked in code), or -- in releases scraped onto one
# line -- a run of spaces (``GAP`` below).
def _line_break(newline: str) -> regex.Pattern[str]:
    """The line-break scan for texts whose line ends are written as ``newline``."""
    return compile_pattern(
        rf"""
        {newline}
        (?:
            (?P<blank>{HSPACE}*(?:{newline}{HSPACE}*)+)          # a blank line
          | (?P<indent>(?={HSPACE}{{2,}}\S))                   # a line end, then an indent
          | (?P<bullet>(?=[*•#]|\d{{1,2}}\.{HSPACE}))           # a line end before a bullet
          | (?P<line>)                                         # a single line end
        )
        """,
        regex.VERBOSE,
    )


# Any line end: CRLF, lone CR or LF. A text with no CR (nearly all) is scanned
# with the second pattern, which opens on the literal "\n": the engine jumps
# from one to the next at string-search speed instead of testing every
# character against a set, several times faster.
LINE_BREAK = _line_break(r"(?:\r\n|\r|\n)")
LINE_BREAK_LF = _line_break(r"\n")
# The kind of break, as the number of the group that matched (``lastindex``; the
# same in both patterns): only a single line end needs a look at what is around it.
_LINE = LINE_BREAK.groupindex["line"]
_GAP = 0  # a run of spaces (``GAP``)
# What ends a sentence or heading: a run of two spaces after it, or a line end
# after it, is a paragraph break rather than wrapping.
_SENTENCE_END_CHARS = frozenset('.!?:"”’)]')
# A run of spaces that breaks a paragraph: three or more anywhere, two after
# the end of a sentence or heading (so that the double space some writers type
# between words is left alone), after a non-space and before one. The scan opens
# on the literal two spaces (found at string-search speed), and the look-behind
# after them keeps it to where a run begins, so a long run with nothing after it
# is read once, not once per space (which was quadratic). Tabs and non-breaking
# spaces count as spaces: a text holding any is scanned in a copy where each is
# replaced by a plain space (same length, so the same positions).
GAP = compile_pattern(
    rf"""
    \x20\x20(?<=[^\s\x1c-\x1f]\x20\x20)     # two spaces opening a run, after a non-space
    (?:
        \x20++                                # three or more
      | (?<=[{regex.escape("".join(sorted(_SENTENCE_END_CHARS)))}]\x20\x20)   # two, after ". " ": " ")"...
    )
    (?=\S)                                    # then the next word
    """,
    regex.VERBOSE,
)
#: Horizontal spaces other than the plain space (``patterns.HSPACE`` less " ").
_EXOTIC_SPACES = (
    "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Characters that can open the continuation of a hard-wrapped line: "has given\n$1.5 million",
# "holds\n~3,200 hectares".
_WRAP_OPENERS = frozenset("$€£¥₹(\"“‘'&[~")
# Whitespace after a position, and before it (read backwards: a reverse pattern,
# matched at its end): what ``str.isspace`` calls space, which adds the four
# ASCII separators to ``\s``.
_SPACE_BEFORE = compile_pattern(r"(?r)[\s\x1c-\x1f]+")
_SPACE_AFTER = compile_pattern(r"[\s\x1c-\x1f]+")


def _strip(text: str, start: int, end: int) -> Span | None:
    """The span without its leading and trailing whitespace, or None when blank."""
    if start < end and text[start].isspace():
        start = _SPACE_AFTER.match(text, start, end).end()  # type: ignore[union-attr]
    if end > start and text[end - 1].isspace():
        end = _SPACE_BEFORE.match(text, start, end).start()  # type: ignore[union-attr]
    return _new_span(Span, (start, end)) if start < end else None


def _breaks(text: str) -> list[tuple[tuple[int, int], int]]:
    """Candidate paragraph breaks in text order: ((start, end), kind)."""
    limit = timeout_for(text)
    line_break = LINE_BREAK if "\r" in text else LINE_BREAK_LF
    breaks = [(m.span(), m.lastindex) for m in line_break.finditer(text, timeout=limit)]
    spaced = text
    for c in _EXOTIC_SPACES:
        if c in spaced:
            spaced = spaced.replace(c, " ")
    if "  " in spaced:
        gaps = [(m.span(), _GAP) for m in GAP.finditer(spaced, timeout=limit)]
        if gaps:
            # A gap and a line break never start at the same place: the order is by start.
            breaks = sorted(breaks + gaps) if breaks else gaps
    return breaks


#: The columns hard-wrapped text is written to: a line at least ``_WRAP_MIN`` long
#: whose next word would have made it longer than ``_WRAP_FIT`` was cut at the margin.
_WRAP_MIN = 45
_WRAP_MAX = 80
_WRAP_FIT = 62


# Words a line cannot end on unless the phrase goes on below: "said Jane Roe, president of\nAcme".
_WRAP_WORDS = frozenset(
    "of the a an and or to for from in on at by with as its their our his her".split()
)


def _ends_mid_phrase(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` (no trailing space) ends on a comma or on a
    word that needs the next line ("of", "the", "and"): a short hard-wrapped line goes on."""
    if text[end - 1] == ",":
        return True
    space = text.rfind(" ", max(start, end - 6), end)
    word = text[space + 1 if space >= 0 else max(start, end - 5) : end]
    if space >= 0 and word in _CLAUSE_GOES_ON:
        return True  # "... the mayor said\nJane Roe ...": a verb that needs what follows
    return word.lower() in _WRAP_WORDS and (space >= 0 or end - start == len(word))


# Words in small letters a clause cannot end on: a line ending on one goes on below.
_CLAUSE_GOES_ON = frozenset("said says that which whom will would could has have had".split())


def _hard_wrapped(breaks: list[tuple[tuple[int, int], int]]) -> bool:
    """Whether the text is hard-wrapped at a margin (OCR'd archives, plain-text mail): most
    lines that end on a single line end are 45-80 characters long, and there are several."""
    prev = 0
    cut = lines = 0
    for (start, end), kind in breaks:
        if kind == _LINE:
            lines += 1
            cut += _WRAP_MIN <= start - prev <= _WRAP_MAX
        prev = end
    return cut >= 4 and 2 * cut > lines


def _cut_at_margin(text: str, cur: int, last: int, nxt: int) -> bool:
    """Whether the line ending at ``last`` (its paragraph began at ``cur``) was cut at the
    margin of a hard-wrapped text: long, and the next line's first word would not have fit
    on it ("... announced that the U.S.\nDepartment of ..."). A short line ends its paragraph."""
    width = last - max(cur, text.rfind("\n", cur, last) + 1)
    if not _WRAP_MIN <= width <= _WRAP_MAX or not (
        text[nxt : nxt + 1].isalnum() or text[nxt : nxt + 1] in _WRAP_OPENERS
    ):
        return False
    space = text.find(" ", nxt, nxt + 30)
    return width + 1 + ((nxt + 30 if space < 0 else space) - nxt) > _WRAP_FIT


# Words a line may end on mid-sentence even when the next line opens on a capital.
_GOES_ON_WORDS = _WRAP_WORDS | frozenset("that said says which who whom is are was were be".split())
_FIRST_WORD = compile_pattern(r"[\p{Lu}][\p{Ll}]*(?=\s)")


def _unstopped_end(text: str, cur: int, last: int, nxt: int) -> bool:
    """Whether a long line that lacks its full stop still ends its paragraph: far wider than
    any margin, it ends on a word in small letters, and the next line opens on a word that
    opens sentences ("... to twelve museums\nThe latest grants went to ...")."""
    line_start = max(cur, text.rfind("\n", cur, last) + 1)
    if last - line_start < 120 or not text[last - 1].islower():
        return False
    first = _FIRST_WORD.match(text, nxt, nxt + 12)
    if first is None or first.group().lower() not in SENTENCE_STARTERS:
        return False
    space = text.rfind(" ", last - 16, last)
    return space >= 0 and text[space + 1 : last] not in _GOES_ON_WORDS


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs as spans, blank ones dropped."""
    out: list[Span] = []
    cur = 0
    breaks = _breaks(text)
    wrapped = _hard_wrapped(breaks)
    for (start, end), kind in breaks:
        if start < cur:  # inside a break already taken (a guard: GAP refuses those runs)
            continue
        if kind == _LINE:
            # Hard-wrapped text: the line goes on in lower case, or a long line
            # did not end a sentence.
            # (Measured without slicing the paragraph so far, which would make
            # a long run of wrapped lines quadratic.)
            last = start
            if last > cur and text[last - 1].isspace():
                last = _SPACE_BEFORE.match(text, cur, last).start()  # type: ignore[union-attr]
            nxt = text[end : end + 1]
            if (
                last > cur
                and (
                    nxt.islower()
                    or (
                        (last - cur >= 55 or _ends_mid_phrase(text, cur, last))
                        and text[last - 1] not in _SENTENCE_END_CHARS
                        and (nxt.isalnum() or nxt in _WRAP_OPENERS)
                    )
                    or (wrapped and _cut_at_margin(text, cur, last, end))
                )
                and not _unstopped_end(text, cur, last, end)
            ):
                continue
        if cur < start and not text[cur].isspace() and not text[start - 1].isspace():
            out.append(_new_span(Span, (cur, start)))  # nothing to strip (the common case)
        else:
            span = _strip(text, cur, start)
            if span:
                out.append(span)
        cur = end
    span = _strip(text, cur, len(text))
    if span:
        out.append(span)
    return out


# --- sentences ----------------------------------------------------------------

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft sen sens rep reps gov govs gen lt col capt cmdr sgt maj adm rev hon pres
    supt insp det atty amb inc corp co ltd llc plc bros dept univ assn est approx vs etc al
    no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rd hwy u.s u.k u.n
    e.g i.e a.m p.m ph.d m.d d.c n.y u.s.a
    """.split()
)

# Currencies written short with a full stop before the sum: "Ksh. 1 million", "Rs. 5 crore".
_CURRENCY_ABBREVIATIONS = frozenset("ksh kshs rs fr tk dhs shs sh rp".split())

# A candidate sentence end: terminal punctuation, any closing quotes or
# brackets, then space and something that can start a sentence. One scan per
# end mark, each opening on its literal (the engine jumps from one full stop to
# the next at string-search speed; a set of three marks would be tried at every
# character); "!" and "?" are scanned only in texts that hold them. The
# full-stop scan also reads the word before the stop, which may be an
# abbreviation: up to twelve letters and dots, so "U.S." and "Ph.D." are one word.
_CLOSERS = r"""["”’)\]]{0,2}"""
_GAP_BEFORE_SENTENCE = r"""(?P<gap>\s+)(?=["“‘(\[]?[\p{Lu}\d])"""
SENTENCE_END_STOP = compile_pattern(
    rf"""
    \.(?<=(?P<word>[\p{{L}}.]{{0,12}})\.)     # a full stop, and the word before it
    (?:
        {_CLOSERS}                           # anything closing after it
        {_GAP_BEFORE_SENTENCE}               # the gap; a capital, digit or opening quote starts the next
      | (?=["”’)\]]{{0,2}}\p{{Lu}}\p{{Ll}}*[\s,:;])   # or no gap: "in New Orleans.Three new sites", sentences
                                             # glued (this test first: it fails fastest) ...
        (?<=(?<![\p{{L}}])\p{{L}}\p{{Ll}}{{2,}}\.)   # after a word in small letters ("DigiPay.Guru" is a name)
        {_CLOSERS}(?P<gap>)
    )
    """,
    regex.VERBOSE,
)
# (The empty group keeps the groups of both scans in step: no word is read before "!" or "?".)
SENTENCE_END_OTHER = {
    mark: compile_pattern(rf"{regex.escape(mark)}(?P<word>){_CLOSERS}{_GAP_BEFORE_SENTENCE}")
    for mark in "!?"
}


def _word_in_window(word: str, mark: int, gap_start: int, start: int) -> str:
    """The word before the full stop at ``mark``, cut to what lies after ``start``
    and within the 14 characters before ``gap_start``; lower case, without dots at its end."""
    room = mark - max(start, gap_start - 14)
    if len(word) > room:
        word = word[len(word) - room :] if room > 0 else ""
    return word.lower().rstrip(".")


def _is_abbreviation(word: str) -> bool:
    """Whether a word before a full stop (from ``_word_in_window``) is an abbreviation or an initial."""
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    return word in ABBREVIATIONS or _initialism(word)


def _initialism(word: str) -> bool:
    """Whether a word (from ``_word_in_window``) is two or more single letters
    joined by full stops: "j.d" (a person's initials), "p.e.t", "j.r.r" (the last stop is cut)."""
    return (
        len(word) >= 3
        and len(word) % 2 == 1
        and word[1::2] == "." * (len(word) // 2)
        and word[::2].isalpha()
    )


# Abbreviations that also end sentences: "in the U.S. The rest ..." splits,
# "the U.S. Department" does not. They split only before a word that usually
# opens a sentence.
ENDABLE = frozenset("u.s u.k u.n u.s.a d.c n.y a.m p.m inc corp ltd co llc plc etc".split())
SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those it its he she we they i you his her our their there here
    in on at for as if when while after before during since with by from to but and or so yet
    how what why who where which mr mrs ms dr according today tomorrow yesterday now also
    """.split()
)
_NEXT_WORD = compile_pattern(r"[\"“‘(\[]?([\p{L}]+)")
# A sentence so far that is only list numbering: "1." "2.)" "• 9." "a."
_LIST_MARK = compile_pattern(r"[\W_]{0,3}(?:\d{1,3}|\p{Ll})[.)]{1,2}")


def _sentence_ends(text: str) -> list[tuple[tuple[int, int], ...]]:
    """Candidate sentence ends in text order, each as the spans of its match (from
    the end mark to the end of the gap), of the word before the mark and of the gap."""
    limit = timeout_for(text)
    # (``regs`` gives all three spans in one call: reading them one by one costs more.)
    ends = [m.regs for m in SENTENCE_END_STOP.finditer(text, timeout=limit)]
    other = False
    for mark, pattern in SENTENCE_END_OTHER.items():
        if mark in text:
            ends += [m.regs for m in pattern.finditer(text, timeout=limit)]
            other = True
    if other:  # candidates never overlap: the order is by start
        ends.sort()
    return ends


def split_sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    """Sentences as spans, never crossing a paragraph: one scan of the whole text.

    The loop runs over the candidate ends, not the paragraphs: a paragraph with
    none is one sentence, and a run of such paragraphs is copied in one step
    (table cells make hundreds of them).
    """
    out: list[Span] = []
    if not paragraphs:
        return out
    para_ends = list(map(_END, paragraphs))
    last = len(paragraphs)
    j = 0  # the paragraph being split ...
    cur = paragraphs[0][0]  # ... and where its next sentence starts
    for (mark, gap_end), (word_start, word_end), (gap_start, _) in _sentence_ends(text):
        if gap_start >= para_ends[j]:
            # Paragraph j is done, and so are those that end before this gap.
            if para_ends[j] > cur:
                out.append(_new_span(Span, (cur, para_ends[j])))
            k = bisect.bisect_right(para_ends, gap_start, j + 1)
            out += paragraphs[j + 1 : k]
            j = k
            if j == last:
                return out
            cur = paragraphs[j][0]
        if gap_start < cur or gap_end > para_ends[j]:  # a gap across a paragraph break
            continue
        # (A list mark is at most eight characters: the regex is skipped for longer sentences.)
        if gap_start - cur <= 8 and _LIST_MARK.fullmatch(text, cur, gap_start):
            continue
        if (
            word_end > word_start
            and text[gap_end : gap_end + 1].isdigit()
            and word_end - word_start <= 4
            and text[word_start:word_end].lower() in _CURRENCY_ABBREVIATIONS
        ):
            continue  # "worth Ksh. 1 million", "Rs. 5 crore": a currency before its sum
        if (
            word_end > word_start
            and text[mark + 1 : mark + 2] == ")"
            and text[word_start - 1 : word_start] == "("
            and word_end - word_start <= 5
            and text[word_start].isupper()
        ):
            continue  # "Jackson (Tenn.) Fire Department": a state's short form in brackets
        if word_end > word_start and _is_abbreviation(
            abbreviation := _word_in_window(word := text[word_start:word_end], mark, gap_start, 0)
        ):
            # An abbreviation ends a sentence only when it can ("U.S.", not "Dr.")
            # and a word that usually opens one follows. (The word is read again
            # when the paragraph starts within its 14 characters.)
            para_start = paragraphs[j][0]
            if para_start > gap_start - 14:
                abbreviation = _word_in_window(word, mark, gap_start, para_start)
            if abbreviation not in ENDABLE and not _initialism(abbreviation):
                continue
            nxt = _NEXT_WORD.match(text, gap_end, min(para_ends[j], gap_end + 30))
            if not (nxt and nxt.group(1).lower() in SENTENCE_STARTERS):
                continue
        if gap_start > cur:
            out.append(_new_span(Span, (cur, gap_start)))
        cur = gap_end
    if para_ends[j] > cur:
        out.append(_new_span(Span, (cur, para_ends[j])))
    out += paragraphs[j + 1 :]
    return out


# --- title and dateline -------------------------------------------------------

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?"
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE = compile_pattern(
    rf"""
      (?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)   # March 19, 2024
    | (?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<year2>(?:19|20)\d\d)                 # 19 March 2024
    | (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)                                                 # 2024-03-19
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The year every DATE holds, and (read backwards from a year) the most text that
# can stand before it in a date: "March 19, " or "19 March " (two words of up
# to ten characters, and the space after each).
_YEAR = compile_pattern(r"(?:19|20)\d\d")
_BEFORE_YEAR = compile_pattern(r"(?r)\S{0,10}\s*\S{0,10}\s*")
WIRE = compile_pattern(
    r"""
      /\s?(?P<wire>[A-Za-z0-9][\w .&-]{1,40}?)\s?/          # /PRNewswire/  /24-7PressRelease/
    | \((?P<wire2>[A-Z][\w .&-]{1,40}?(?:wire|Wire|WIRE|News|NEWS)[\w ]{0,20})\)   # (NewMediaWire)
    | --\s?(?P<wire3>News\sDirect)\s?--                     # --News Direct--
    """,
    regex.VERBOSE,
)
# The place before the date: "FORT WORTH, TX," "LONDON," "Yucca Valley, CA –".
PLACE = compile_pattern(
    r"""
    (?P<place>\p{Lu}[\p{L}.'\- ]{1,40}(?:,\s?\p{Lu}[\p{L}.]{1,20}\.?(?:\s\p{Lu}[\p{L}.]{1,20})?){0,2})
    \s*[,–—-]*\s*$
    """,
    regex.VERBOSE,
)

# Places whose dollar is not the US dollar: city, state and country names
# (whole words, any case) and province or state codes (exact case, after a
# comma, so that the word "on" in a misread place is not Ontario).
COUNTRY_OF_PLACE = {
    "AU": ("australia", "sydney", "melbourne", "canberra", "brisbane", "perth", "adelaide",
           "hobart", "new south wales", "queensland", "tasmania"),
    "CA": ("canada", "toronto", "ottawa", "vancouver", "montreal", "montréal", "calgary",
           "edmonton", "winnipeg", "halifax", "ontario", "british columbia", "alberta",
           "quebec", "québec", "saskatchewan", "manitoba", "nova scotia", "new brunswick"),
    "NZ": ("new zealand", "auckland", "christchurch", "wellington", "dunedin", "tauranga"),
    "SG": ("singapore",),
    "HK": ("hong kong",),
}  # fmt: skip
REGION_CODES = {
    "CA": ("ON", "BC", "AB", "QC", "MB", "SK", "NS", "NB", "NL", "PE", "B.C."),
    "AU": ("NSW", "QLD", "VIC", "TAS", "ACT"),
}  # fmt: skip
# A US state code after the place wins over a city name shared with another
# country ("PERTH AMBOY, NJ").
_US_STATE = compile_pattern(
    r",\s?(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT"
    r"|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b"
)
_PLACE_WORDS = {
    code: compile_pattern(rf"\b(?:{alternation(names)})\b", regex.IGNORECASE)
    for code, names in COUNTRY_OF_PLACE.items()
}
_REGION_CODES = {
    code: compile_pattern(rf",\s?(?:{alternation(codes)})(?![\p{{L}}])")
    for code, codes in REGION_CODES.items()
}


# DATE's groups by number (reading a group by number is several times faster than by name).
_D_MONTH, _D_DAY, _D_YEAR, _D_DAY2, _D_MONTH2, _D_YEAR2, _D_ISO = (
    DATE.groupindex[g] for g in ("month", "day", "year", "day2", "month2", "year2", "iso")
)
# What is left out of the text before a date before the place is read from it:
# a wire's name ("(NewMediaWire)") and dashes. The first is slow to scan (a run
# of letters tried from every position), so a text that cannot hold it (no
# "ire" or "IRE") has only its dashes replaced.
_NOT_PLACE = deferred_pattern(r"\(?[A-Za-z ]*(?:wire|Wire|WIRE)\)?|[–—-]+")
_DASHES = compile_pattern(r"[–—-]+")


def _iso_date(m: regex.Match[str]) -> str | None:
    month, day, year, day2, month2, year2, iso = m.group(
        _D_MONTH, _D_DAY, _D_YEAR, _D_DAY2, _D_MONTH2, _D_YEAR2, _D_ISO
    )
    if iso:
        return iso
    month = (month or month2 or "").lower().rstrip(".")
    day = int(day or day2)
    year = int(year or year2)
    num = MONTHS.get(month) or MONTHS.get(month[:3])
    if not num or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{num:02d}-{day:02d}"


# A line of the header block some releases open with, over the headline: the release's
# label, a date alone, a contact line ("FOR IMMEDIATE RELEASE", "May 2, 2024", "Contact:
# Jane Roe, 555-0100"). Matched at the start of a short first paragraph (see ``_find_title``).
HEADER_LINE = deferred_pattern(
    rf"""
    [#*\s]*
    (?:
        (?i:for\s+immediate\s+release|embargoed\b          # in any case: "Media release",
          |(?:joint\s+)?(?:news|press|media)\s+(?:release|advisory|statement))   # "PRESS RELEASE"
        [\s:.\-–—]*                                    # the label, then perhaps its date or hour:
        (?:(?i:until|on|at)\s+)?(?:{_WEEKDAY}\s+)?(?:(?:{_MONTH}|\d)[^\n]{{0,40}})?$   # "…: May 2, 2024"
      | (?:(?:Media|Press)\s+)?Contacts?\s*:            # "Contact: Jane Roe, 555-0100"
      | (?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\s*$   # "Tuesday, May 2, 2024"
      | (?:{_WEEKDAY}\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d\s*$  # "Tuesday, 2 May 2024"
      | (?:Senator\s+)?(?:[Tt]he\s+)?Hon(?:ourable|\.)?\s+\p{{Lu}}[\p{{L}}'’\-]*\.?   # "The Hon Jane Roe MP",
        (?:\s+\p{{Lu}}[\p{{L}}'’\-]*\.?){{0,3}}                          # "The Honourable Jane Roe,
        (?:\s+(?:MP|MLA|MPP|MHA|MLC|MHR|MNA|QC|KC|AM|AO|OAM)\b             #  Minister of Health"
          |,\s*(?:Minister|Senator|Premier|Treasurer|Member)\b)
        [^\n]{{0,80}}$
      | By[ \t]+\p{{Lu}}[\p{{L}}.'’\-]*(?:[ \t]+\p{{Lu}}[\p{{L}}.'’\-]*){{1,3}}   # a byline: "By Jane Roe",
        (?:,[ \t]*\p{{Lu}}[\p{{L}}.'’\-]*(?:[ \t]+\p{{Lu}}[\p{{L}}.'’\-]*){{0,3}})?[ \t]*$  # "By Jo Roe, Staff Writer"
    )
    """,
    regex.VERBOSE,
)
# The office under a minister's name in a government release's header: "Minister for Health",
# "Assistant Treasurer", "Senator for Tasmania", "Member for Lyons".
OFFICE_LINE = deferred_pattern(
    r"[#*\s]*(?:(?:Assistant|Deputy|Shadow|Acting)\s+)?(?:Minister|Treasurer|Attorney|Premier|"
    r"Senator|Member|Secretary|Parliamentary)\b[^\n$€£\d]{0,100}$"
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: The first words of HEADER_LINE's lines (keep in step).
_HEADER_WORDS = frozenset(
    """
    for embargoed news press media joint contact contacts by the hon senator monday tuesday
    wednesday thursday friday
    saturday sunday jan january feb february mar march apr april may jun june jul july aug
    august sep sept september oct october nov november dec december
    """.split()
)
#: How many header paragraphs may stand over the headline, and how long each may be.
_HEADER_PARAGRAPHS = 8
_HEADER_LENGTH = 120


def _find_title(text: str, paragraphs: list[Span]) -> Span | None:
    """The headline: the first paragraph, when it reads like one, below any header block."""
    if not paragraphs:
        return None
    k = 0
    contact = False  # after "Contact:", its name, phone and email lines are the header's too
    office = False  # after "The Hon Jane Roe MP", the line of her office is the header's too
    while k < min(_HEADER_PARAGRAPHS, len(paragraphs) - 1):
        start, end = paragraphs[k]
        if end - start > _HEADER_LENGTH:
            break
        if contact and text.count(" ", start, end) <= 2:
            k += 1
            continue
        if office and text.count(" ", start, end) <= 12 and OFFICE_LINE.match(text, start, end):
            k += 1  # "Minister for Health" under "The Hon Jane Roe MP"
            office = False
            continue
        head = text[start : start + 14].lstrip("#* \t").split(None, 1)
        if not head or (
            head[0].lower().rstrip(":,.") not in _HEADER_WORDS and not head[0][:1].isdigit()
        ):
            break  # (the common case: a headline, told without the pattern)
        m = HEADER_LINE.match(text, start, end)
        if m is None:
            break
        contact = "ontact" in m.group()
        office = "Hon" in m.group()[:30]
        k += 1
    first = paragraphs[k]
    line_end = text.find("\n", first.start, first.end)
    end = first.end if line_end < 0 else line_end
    # a headline wrapped over two lines, which the paragraphs split: "ACME GIVES $5 MILLION
    # TO\nRIVER TRUST", "Acme Gives $5 Million to\nRiver Trust"
    if (
        line_end < 0
        and k + 1 < len(paragraphs)
        and _headline_goes_on(text, first, paragraphs[k + 1])
    ):
        end = paragraphs[k + 1].end
    elif line_end >= 0:  # the wrap kept in one paragraph: "... MILLION TO\nRIVER TRUST"
        second_end = text.find("\n", line_end + 1, first.end)
        second = _strip(text, line_end + 1, first.end if second_end < 0 else second_end)
        top = _strip(text, first.start, line_end)
        if (
            top is not None
            and second is not None
            and _ends_mid_phrase(text, top.start, top.end)
            and _headline_goes_on(text, top, second)
        ):
            end = second.end
        if any(_wrapped_body(text, para) for para in paragraphs[k + 1 : k + 6]):
            end = max(end, _wrapped_headline_end(text, first.start, line_end, first.end))
    s = first.start
    while s < end and text[s] in "#* \t":  # markdown heading marks
        s += 1
    span = _strip(text, s, end)
    if span is None or span.end - span.start > 400:
        return None
    return span


def _wrapped_body(text: str, para: Span) -> bool:
    """Whether the paragraph is hard-wrapped: its first line breaks at a margin of 60-80
    columns inside the paragraph (a release typed that way, or scanned from paper)."""
    line_end = text.find("\n", para.start, min(para.end, para.start + _WRAP_MAX + 1))
    return line_end >= 0 and line_end - para.start >= _WRAP_MIN + 5


def _wrapped_headline_end(text: str, start: int, line_end: int, end: int) -> int:
    """Where a headline hard-wrapped at the margin ends: each line that was cut there
    (long, not closed by a full stop, the next line's first word too long to fit)
    goes on in the next ("Acme Gives $5 Million to the River\nTrust for Its Schools")."""
    while True:
        top = _strip(text, start, line_end)
        nxt_end = text.find("\n", line_end + 1, end)
        nxt = _strip(text, line_end + 1, end if nxt_end < 0 else nxt_end)
        if top is None or nxt is None:
            return line_end
        width = top.end - top.start
        word = text.find(" ", nxt.start, nxt.end)
        word_len = (nxt.end if word < 0 else word) - nxt.start
        if (
            not _WRAP_MIN <= width <= _WRAP_MAX
            or text[top.end - 1] in "!?"
            or (  # a full stop ends the headline, not one after "Inc." or "Juan M."
                text[top.end - 1] == "."
                and not _is_abbreviation(text[top.start : top.end - 1].rsplit(None, 1)[-1].lower())
            )
            or width + 1 + word_len <= _WRAP_FIT
        ):
            return top.end
        if nxt_end < 0:
            return nxt.end
        start, line_end = nxt.start, nxt_end


#: Words a wrapped headline's line may end with: the headline goes on below.
_HEADLINE_LINKS = frozenset("to for of and the a an in on with from at by &".split())


def _headline_goes_on(text: str, line: Span, nxt: Span) -> bool:
    """Whether a headline of one line goes on in the short paragraph after it: both in
    capitals, or the first ends with a linking word ("... to"). Not over a dateline."""
    if nxt.end - nxt.start > 120 or text.find("\n", nxt.start, nxt.end) >= 0:
        return False
    head, tail = text[line.start : line.end], text[nxt.start : nxt.end]
    if any(c in tail for c in "—–(") or "--" in tail or _YEAR.search(tail) is not None:
        return False
    if head.isupper() and tail.isupper():
        return True
    return head.rsplit(None, 1)[-1].lower() in _HEADLINE_LINKS and tail[:1].isupper()


def _find_dateline(text: str, paragraphs: list[Span], title: Span | None) -> Dateline | None:
    """The dateline: a date near the top, with the place before it and any wire tag."""
    start = title.end if title else 0
    window_end = min(len(text), start + 700)
    # DATE is slow to scan (a dozen month names tried at every character), so
    # it is tried only where a date can start. Every date holds a year, and
    # before its year stand at most two words with space after each: from each
    # year on, the first date starts either in the stretch just before that
    # year (and then holds it) or after it.
    pos = start
    while True:
        year = _YEAR.search(text, pos, window_end)
        if year is None:
            return None
        y = year.start()
        first = _BEFORE_YEAR.match(text, pos, y).start()  # type: ignore[union-attr]
        m = DATE.search(text, first, min(window_end, y + 10))  # ends by the year's end
        if m is None or m.start() > y:
            pos = y + 1
            continue
        pos = m.end()
        date = _iso_date(m)
        if date is None:
            continue
        para = next((p for p in paragraphs if p.start <= m.start() < p.end), None)
        head_start = para.start if para else start
        head = text[head_start : m.start()]
        if len(head) > 120:  # a date deep inside a sentence is not a dateline
            continue
        if _in_prose(head):
            continue  # "... who passed away on August 16, 2010,": a date the story tells
        not_place = _NOT_PLACE if "ire" in head or "IRE" in head else _DASHES
        place_m = PLACE.search(not_place.sub(" ", head))
        place = place_m["place"].strip(" ,") if place_m else None
        if place is not None and place.lower().rstrip(",") in _WEEKDAYS:
            place = None  # "Tuesday, 12 March 2024": the day, not a place
        wire_m = WIRE.search(text, head_start, min(len(text), m.end() + 80), timeout=TIMEOUT)
        wire = None
        end = m.end()
        if wire_m:
            wire = (wire_m["wire"] or wire_m["wire2"] or wire_m["wire3"] or "").strip() or None
            end = max(end, wire_m.end())
        return Dateline(head_start, end, place or None, date, wire)


# Words in small letters a dateline's head may hold: "Posted on", "for immediate release".
_HEAD_WORDS = frozenset("for immediate release posted on published updated by at and of de".split())
_SMALL_WORD = compile_pattern(
    r"(?<![\p{L}\d'’\-./:])\p{Ll}+(?![\p{L}\d'’\-]|[.:/][\p{L}/])"  # (not a web address's words)
)


def _in_prose(head: str) -> bool:
    """Whether the text before a date is a sentence, not a dateline's place: three words or
    more in small letters that no header uses ("Applications are due before| 31 May 2005")."""
    if sum(c.islower() for c in head) < 8:
        return False  # (a place in capitals, "Posted on": nothing to count)
    count = 0
    for w in _SMALL_WORD.findall(head):
        if w not in _HEAD_WORDS:
            count += 1
            if count >= 3:
                return True
    return False


#: Words for the people or things of a country whose dollar is not the US dollar, with the
#: places: a news item with no dateline says where it is in its text ("Australian bushfires").
COUNTRY_ADJECTIVES = {
    "AU": ("australian", "australians", "aussie"),
    "CA": ("canadian", "canadians"),
    "NZ": ("new zealander", "new zealanders", "kiwi"),
    "SG": ("singaporean", "singaporeans"),
}  # fmt: skip
_COUNTRY_IN_TEXT = {
    code: compile_pattern(
        rf"\b(?:{alternation((*names, *COUNTRY_ADJECTIVES.get(code, ())))})\b", regex.IGNORECASE
    )
    for code, names in COUNTRY_OF_PLACE.items()
}
#: Stems of the country words a news item names its place with, most often: a text with none
#: of them names no country (the other words come with one of these, or do not count).
_COUNTRY_STEMS = (
    "austral", "aussie", "sydney", "melbourne", "brisbane", "canad", "toronto", "ontario",
    "vancouver", "montr", "quebec", "québec", "alberta", "ottawa", "calgary", "edmonton",
    "winnipeg", "halifax", "adelaide", "canberra", "zealand", "auckland", "singapor", "hong kong",
    "wellington",
)  # fmt: skip
#: A country's own name, or the way its ministers are styled, counts as two mentions: a
#: release that names "New Zealand" once, or is issued by "Hon Jo Roe" (a New Zealand
#: minister: no "The", no full stop, not the "Rt Hon" of Westminster), is from there.
_COUNTRY_STRONG = {
    "NZ": deferred_pattern(
        r"\bNew\sZealand\b|(?<!\b(?:[Tt]he|Rt\.?|RT)\s)\bHon\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+"
    ),
}
#: The words of each country, for the plain substring test before its pattern.
_COUNTRY_WORDS = {
    code: (*names, *COUNTRY_ADJECTIVES.get(code, ())) for code, names in COUNTRY_OF_PLACE.items()
}
# The US states by name.
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip
# What says a text is about the United States: its name, its people, a state's name or its code
# after a place ("Austin, TX"), the words of its government, its stock markets.
_US_IN_TEXT = deferred_pattern(
    r"\b(?:U\.S\.A?|USA|US(?!\$)|United\sStates|America|Americans?|Congress|federal|IRS|Medicare"
    r"|NYSE|NASDAQ|Nasdaq|OTCQB|OTCQX|OTC\sMarkets"  # a company listed in New York
    # a state ("Melbourne, Florida" is no Australian city); not Georgia, a country too
    rf"|{alternation(s for s in US_STATES if s != 'Georgia')})\b"
    r"|,\s?(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT"
    r"|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b"
)
#: How much of an item without a dateline is read for its country.
_COUNTRY_WINDOW = 2000


def _country_in_text(text: str) -> str | None:
    """The one country (not the US) a text with no dateline speaks of, twice or more, if only
    one: "$" there is that country's dollar. None when the text names two, or the United States."""
    window = text[:_COUNTRY_WINDOW]
    if "$" not in window:
        return None  # (the common case: nothing to decide)
    low = window.lower()
    minister = "Hon " in window and _COUNTRY_STRONG["NZ"].search(window) is not None
    if not minister and not any(stem in low for stem in _COUNTRY_STEMS):
        return None  # (a few plain ``in`` tests first: nearly every text names none)
    lead = _LEAD_DATELINE.search(window, 0, 600)
    if lead is not None:  # "TORONTO (CP) — …": the news dateline without a year names the place
        place = lead.group("place")
        if _US_STATE.search(place) or _US_STATE_WORD.search(place):
            return None
        for code, pattern in _PLACE_WORDS.items():
            if pattern.search(place):
                return code
    found = [
        code
        for code, words in _COUNTRY_WORDS.items()
        if any(w in low for w in words) and _COUNTRY_IN_TEXT[code].search(window)
    ]  # (the case-blind patterns are slow to scan: only for a country whose word is there)
    if minister and "NZ" not in found:
        found.append("NZ")
    if len(found) != 1 or _US_IN_TEXT.search(window):
        return None
    strong = _COUNTRY_STRONG.get(found[0])
    if (
        len(_COUNTRY_IN_TEXT[found[0]].findall(window, timeout=TIMEOUT))
        + (2 if strong is not None and strong.search(window) is not None else 0)
        < 2
    ):
        return None  # named once ("a gift to a Canadian charity"): a place the text speaks of
    if ("US$" in window or "USD" in window) and _OTHER_DOLLAR_MARK.search(window) is None:
        return None  # "US$" written out: the writer marks the US dollar, "$" may be it too
    return found[0]


# A mark of a dollar other than the US one ("AU$", "C$", "CAD"; not the "S$" of "US$"): with
# one of them, a text that also writes "US$" may still mean its own dollar by "$".
_OTHER_DOLLAR_MARK = deferred_pattern(
    r"(?<![\p{L}])(?:AU?|CA?|NZ|S|HK)\$|\b(?:AUD|CAD|NZD|SGD|HKD)\b"
)


def _country(text: str, dateline: Dateline | None) -> str | None:
    """The country a bare "$" belongs to, from the dateline's place (or, with no dateline,
    from the one country the text speaks of)."""
    if dateline is None:
        return _country_in_text(text)
    if dateline.place is None or _US_STATE.search(dateline.place):
        return None
    for code, pattern in _REGION_CODES.items():
        # a province or state code wins over a city name shared with another country
        # ("CAPE BRETON-SYDNEY, NS" is in Canada), as a US state code does above
        if pattern.search(dateline.place):
            return code
    for code, pattern in _PLACE_WORDS.items():
        if pattern.search(dateline.place):
            return code
    return None


# --- boilerplate --------------------------------------------------------------

# The start of what follows the release proper. Each alternative must open a
# paragraph (checked in code), so that "about 200 people" or a "contact us"
# inside a sentence does not end the body.
BOILERPLATE_START = compile_pattern(
    r"""
      About\s(?=[\p{Lu}\d"“])(?!\d)                 # About Acme / About the Foundation
    | About\sthe\s\p{Lu}
    | (?:Media|Press|Investor|News)\s(?:Contacts?|Inquiries|Relations)(?:\b|(?=\p{Lu}))   # "Media ContactPerson:"
    | Contacts?\s?:
    | Contact\s(?:Information|Info|Details)(?:\b|(?=\p{Lu}))   # "Contact Information:", "Contact DetailsAcme"
    | \[Original/Source\s                           # "[Original/Source Press Release](https://…)"
    | The\spost\s(?:[^\n]|\n(?![ \t]*\n)){1,300}?\sappeared\sfirst\son\s   # "The post … appeared
                                                    # first on Wirely." (perhaps over wrapped lines)
    | For\s(?:more\sinformation|further\sinformation|media\sinquiries)(?:[^.\n]|\n(?![ \t]*\n)){0,40}(?:contact|:)
    | \#{3}(?:\s|$) | -\s?30\s?- | -ENDS?- | ENDS?\s*$
    | (?:Cautionary\s|Special\sNote\sRegarding\s)?Forward[\s-]Looking\sStatements?
    | Safe\sHarbor
    | Check\sAlso | Related\s(?:posts|articles|stories|news)\b | Share\sthis\b | Tags?\s?:
    | This\stopical\scontent | Press\srelease\sdistribution | SOURCE:?\s\p{Lu}
    | View\s(?:original\scontent|source\sversion) | Originally\sposted | Originally\spublished
    | Disclaimers?\s?: | Legal\sDisclaimer | Disclosure\s(?:&|and)\sDisclaimer
    """,
    regex.VERBOSE,
)


# "About the Acme Scholarship" is a section about the gift itself, not about
# an organisation: the release goes on.
_ABOUT_THE_GIFT = compile_pattern(
    r"""
    About\s
    (?:
        [Tt]he\s(?:[\p{Lu}\d][\p{L}\d.'’&-]*\s){1,8}?    # "About the Dr. Jane Roe Grant"
        (?:Grants?|Scholarships?|Fellowships?|Awards?|Prizes?|Program(?:me)?s?|Initiative|
           Campaign|Challenge|Competition|Contest)(?:\b|(?=\p{Lu}))   # "About the Acme ProgramAcme ..."
      | (?:[\p{Lu}\d][\p{L}\d.'’&-]*\s){1,8}?             # "About Roe Grant for Nurses"
        (?:Grants?|Scholarships?|Fellowships?|Awards?|Prizes?|Program(?:me)?s?)
        (?:\s(?:for|in|to)\s|[ \t]*:?[ \t]*$)              # ... or the heading ends: "About Acme Grants"
    )
    """,
    regex.VERBOSE,
)


# The first two characters of each alternative of BOILERPLATE_START that opens
# with a letter or "#" (keep in step): a paragraph that opens otherwise (or
# with "-") is not matched against it.
_BOILERPLATE_OPENERS = frozenset(
    """
    Ab Me Pr In Ne Co Fo ## EN Ca Sp Sa Ch Re Sh Ta Th SO Vi Or Di Le [O
    """.split()
)


def _find_body_end(text: str, paragraphs: list[Span], title: Span | None) -> int:
    """Where the release proper ends: the first boilerplate paragraph after some body."""
    body_start = title.end if title else 0
    body_seen = 0
    for para_start, para_end in paragraphs:
        if para_start < body_start:
            continue
        # "-\s?30" may have a space after the dash: a paragraph opening "-" is always matched.
        if body_seen >= 1 and (
            text[para_start] == "-" or text[para_start : para_start + 2] in _BOILERPLATE_OPENERS
        ):
            m = BOILERPLATE_START.match(text, para_start, para_end)
            if (
                m
                and not _ABOUT_THE_GIFT.match(text, para_start, para_end)
                and not _about_again(text, para_start, para_end)
            ):
                return _glued_heading(text, body_start, para_start)
        if body_seen or _is_prose(text, para_start, para_end):
            body_seen += 1  # "May 2, 2024", "Contact: Jane Roe" over the headline are not yet body
    return _glued_heading(text, body_start, len(text))


#: What ends a paragraph of prose: a sentence's end, perhaps inside quote marks.
_PROSE_END = frozenset('.!?"”’)…')


def _is_prose(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is a sentence or more, not a line of a header block ("FOR
    IMMEDIATE RELEASE", "Contact: Jane Roe, 555-1234"): three words and a sentence's end,
    or eight words."""
    spaces = text.count(" ", start, end)
    return spaces >= 7 or (spaces >= 2 and text[end - 1] in _PROSE_END)


# An About heading: "About" and the name, up to a colon, the line's end or the
# next word run into it ("About Acme ProtocolAcme Protocol is ...").
_ABOUT_HEADING = deferred_pattern(
    r"About\s(?P<first>\p{Lu}[\p{L}\d]*)[^:\n]{0,60}?(?=[ \t]*:|\s*$|(?P=first))"
)


def _about_again(text: str, start: int, end: int) -> bool:
    """Whether the About heading opening the paragraph at ``start`` comes again later, over
    other words: the release went on after a section about its company, and the second is
    the boilerplate. (A paragraph written twice is one About section, not two.)"""
    if text[start : start + 6] != "About " or text.find(text[start : start + 10], end) < 0:
        return False  # (the common case, told by one search: no second heading like it)
    m = _ABOUT_HEADING.match(text, start, end)
    if m is None:
        return False
    heading = m.group()
    later = text.find(heading, end)
    if later < 0 or text[later - 1 : later] not in ("\n", " ", ""):
        return False
    after = text[later + len(heading) : later + len(heading) + 2].lstrip(" \t")
    if after[:1] not in (":", "\r", "\n", "", m.group("first")[0]):
        return False  # "About Acme" then "About Acme Ventures": two sections
    # the words after each heading, without the colon: "Acme Protocol merges" vs "Acme Protocol is"
    first = text[m.end() : m.end() + 40].lstrip(" :\t\r\n\u00a0")
    again = text[later + len(heading) : later + len(heading) + 40].lstrip(" :\t\r\n\u00a0")
    return first.split("\n", 1)[0][:30] != again.split("\n", 1)[0][:30]


#: Headings that may be run into the text before them in a scraped release: each is
#: looked for with ``str.find`` and must then open a BOILERPLATE_START match.
_GLUED_HEADINGS = ("About ",)
#: What such a heading may follow: a sentence's end with no space ("visit
#: acme.com.About Acme"), a closing quote or bracket ("…,” said Roe.”About Acme",
#: "(https://acme.example)About Acme"), or two spaces, which only a heading on a line of
#: its own leaves in a scraped one-line release ("Jane Roe, CEO  About Acme  Founded in 1990").
_GLUED_AFTER = frozenset('.!?”")')
#: How far into the body a heading run into the text may be: not in the lead.
_GLUED_MIN = 150


def _glued_heading(text: str, body_start: int, end: int) -> int:
    """Where a boilerplate heading run into a paragraph before ``end`` begins, else ``end``.

    A few ``str.find`` calls: these words are rare in a release's text.
    """
    for head in _GLUED_HEADINGS:
        i = text.find(head, body_start + _GLUED_MIN, end)
        while i >= 0:
            if (
                (text[i - 1] in _GLUED_AFTER or text[i - 2 : i] == "  ")
                and BOILERPLATE_START.match(text, i, end)
                and not _ABOUT_THE_GIFT.match(text, i, end)
            ):
                end = i
                break
            i = text.find(head, i + len(head), end)
    return end


# --- the reader ---------------------------------------------------------------


def _lower_keeping_offsets(text: str) -> str:
    """``text.lower()``, except a letter whose lower case is longer ("İ") stays as written."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


#: What may close a sentence after its full stop: quotes and brackets.
_AFTER_STOP = '"”’)] \t'


def _prose_not_headline(text: str, title: Span, paragraphs: list[Span]) -> bool:
    """Whether the first paragraph, taken for a headline, is the opening paragraph of a news
    item with no headline ("Acme gave $5 million to the trust on Monday."): it ends with a
    full stop that ends a sentence, and holds a second sentence, or stands alone, or no
    dateline follows it. A headline rarely ends with a full stop ("... Acme Inc.")."""
    after = text[title.end : title.end + 2]
    if after[:1] in (" ", "\n") and after[1:].islower():
        # the line goes on in small letters: a hard-wrapped sentence ("... Roe\nsaid."), when
        # its paragraph ends a sentence; a headline wrapped in sentence case does not
        para_end = next((p.end for p in paragraphs if p.start <= title.start < p.end), title.end)
        return text[para_end - 1] in ".!?" or text[para_end - 2 : para_end] in ('."', ".”")
    end = title.end
    while end > title.start and text[end - 1] in _AFTER_STOP:
        end -= 1
    if end <= title.start or text[end - 1] != ".":
        return False
    word = text[max(title.start, end - 13) : end - 1].rsplit(None, 1)[-1:]
    if word and _is_abbreviation(word[0].lower().rstrip(".")):
        return False  # "... of Silex Holdings Inc."
    if len(paragraphs) == 1 or text.count(" ", title.start, end) < 5:
        return len(paragraphs) == 1  # a short line ("Apple Rush Company, Inc.") is a heading
    if OPENING_DATELINE.match(text, title.start, min(end, title.start + 80)):
        return True  # "PUTRAJAYA, July 3 — Acme donated RM1 million ...": a lead, dateline first
    if any(
        m.start() < end - 1
        and not _is_abbreviation(_word_in_window(m["word"], m.start(), m.start("gap"), title.start))
        for m in SENTENCE_END_STOP.finditer(text, title.start, end)
    ):
        return True  # two sentences: a paragraph of prose
    return (
        PROSE_CUE.search(text, title.start, end) is not None
        and _find_dateline(text, paragraphs, title) is None
    )


# A news item's dateline opening its first paragraph, with or without a year: a place in
# capitals, perhaps its state or the day, perhaps the agency, then a dash ("PUTRAJAYA, July 3 —",
# "LEBANON, Tenn. (AP) —", "KENTUCKY (WEHT) –"). A headline never opens so.
OPENING_DATELINE = deferred_pattern(
    r"""
    \p{Lu}{2}[\p{Lu} .'’\-]{0,30}             # the place, in capitals
    (?:,[^.
—–()]{1,30}\.?)?                  # ", July 3", ", Tenn."
    [ 	]*(?:\([^)
]{1,30}\)[ 	]*)?          # "(AP)"
    [—–][ 	]                                  # the dash
    """,
    regex.VERBOSE,
)
# The same at the start of any line of a text's top, with the place as a group.
_LEAD_DATELINE = deferred_pattern(
    r"""
    (?:^|\n)[ \t]*
    (?P<place>\p{Lu}{2}[\p{Lu} .'’\-]{0,30}(?:,[^.\n—–()]{1,30}\.?)?)
    [ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?
    [—–][ \t]
    """,
    regex.VERBOSE,
)
# A US state written short the way news datelines write it: "Tenn.", "N.J.", "Calif.".
_US_STATE_WORD = deferred_pattern(r",\s?(?:\p{Lu}\.\p{Lu}\.|\p{Lu}\p{Ll}{1,4}\.)")
# What a sentence of news prose says and a headline seldom does (headlines speak in the
# present: "Acme Gives ...", "Acme to Open ..."): a verb in the past with its object, a
# perfect, a weekday, a clause after a comma.
PROSE_CUE = deferred_pattern(
    r"""
      (?<![\p{L}\-])\p{Ll}{2,}ed\x20                  # "pledged", "announced", "presented" ...
      (?:a|an|the|it|its|that|to|more|about|nearly|some|\p{Sc}|\d|\p{Lu})(?![\p{L}])   # ... then what
    | (?<![\p{L}])(?:has|have|had|was|were)\x20\p{Ll}{3,}   # "has donated", "was named"
    | (?<![\p{L}])(?:is|are)\x20\p{Ll}{2,}ing(?![\p{L}])    # "is donating"
    | (?<![\p{L}])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\p{L}])   # "on Tuesday"
    | ,\x20(?:which|who|where|the|a|an)\x20                 # "Acme, the grocer, ...", ", which ..."
    """,
    regex.VERBOSE,
)


def read(text: str) -> Document:
    """Read a release into its parts. ``text`` is used exactly as given."""
    paragraphs = split_paragraphs(text)
    title = _find_title(text, paragraphs)
    if title is not None and _prose_not_headline(text, title, paragraphs):
        title = None  # a bare news paragraph: no headline
    # The headline is its own paragraph even when the body follows on the next line, and
    # one paragraph when it is wrapped over two; it may stand below a header block.
    if title is not None and paragraphs:
        k = 0
        while paragraphs[k].end <= title.start:
            k += 1
        head = paragraphs[k]
        if head.end < title.end:  # wrapped: the headline takes the paragraph after it too
            paragraphs = [*paragraphs[:k], Span(head.start, title.end), *paragraphs[k + 2 :]]
        elif head.end > title.end:
            rest = _strip(text, title.end, head.end)
            paragraphs = [
                *paragraphs[:k],
                Span(head.start, title.end),
                *([rest] if rest else []),
                *paragraphs[k + 1 :],
            ]
    sentences = split_sentences(text, paragraphs)
    dateline = _find_dateline(text, paragraphs, title)
    if dateline is None and title is not None and paragraphs[0].end <= title.start:
        header = _find_dateline(text, paragraphs, None)  # the date in a header block
        dateline = header if header is not None and header.end <= title.start else None
    body_end = _find_body_end(text, paragraphs, title)
    return Document(
        text=text,
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        body_end=body_end,
        country=_country(text, dateline),
        lower=_lower_keeping_offsets(text),
        case_plain="\u0130" not in text and "\u017f" not in text,
        _sentence_starts=tuple(map(_START, sentences)),
        _paragraph_starts=tuple(map(_START, paragraphs)),
    )
