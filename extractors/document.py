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

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass, field

import regex

from .patterns import HSPACE, TIMEOUT, alternation, compile_pattern, timeout_for

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the release: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when the release was issued, and over which wire."""

    start: int
    end: int
    place: str | None  # "FORT WORTH, TX"
    date: str | None  # ISO 8601: "2024-04-19"
    wire: str | None  # "24-7PressRelease", "PRNewswire", "NewMediaWire"


@dataclass(frozen=True, slots=True)
class Document:
    """A release read once: its parts as spans into ``text``."""

    text: str
    title: Span | None
    dateline: Dateline | None
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    #: Where the boilerplate (About sections, contacts, disclaimers, footers, web
    #: residue) begins; ``len(text)`` when there is none.
    body_end: int
    #: The country a bare "$" most likely belongs to, from the dateline ("AU", "CA", ...).
    country: str | None = None
    _sentence_starts: tuple[int, ...] = field(default=(), repr=False)
    _paragraph_starts: tuple[int, ...] = field(default=(), repr=False)

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


# --- paragraphs ---------------------------------------------------------------

# A paragraph break: a blank line (any line ends, whitespace between), a line
# end followed by an indent or a bullet, a single line end (kept unless the
# text is hard-wrapped, checked in code), or -- in releases scraped onto one
# line -- a run of spaces: three or more anywhere, two after the end of a
# sentence or heading (checked in code, so that the double space some writers
# type between words is left alone). Every alternative opens with a space or a
# line end, which keeps the scan fast.
LINE_BREAK = compile_pattern(
    rf"""
    (?:\r\n|\r|\n)
    (?:
        (?P<blank>{HSPACE}*(?:(?:\r\n|\r|\n){HSPACE}*)+)   # a blank line
      | (?P<indent>(?={HSPACE}{{2,}}\S))                   # a line end, then an indent
      | (?P<bullet>(?=[*•#]|\d{{1,2}}\.{HSPACE}))           # a line end before a bullet
      | (?P<line>)                                         # a single line end
    )
    """,
    regex.VERBOSE,
)
# Runs of spaces. Plain spaces are found by a literal search, which is several
# times faster than a character class tried at every space; the class is used
# only for the few releases that hold tabs or non-breaking spaces.
# Each opens only where a run begins, so a long run with nothing after it is
# tried once, not once per space (which was quadratic).
GAP_PLAIN = compile_pattern(r"(?<!\x20)\x20{2,}(?=\S)")
GAP_ANY = compile_pattern(rf"(?<!{HSPACE}){HSPACE}{{2,}}(?=\S)")
_EXOTIC_SPACES = (
    "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# What ends a sentence or heading: a run of two spaces after it, or a line end
# after it, is a paragraph break rather than wrapping.
_SENTENCE_END_CHARS = frozenset('.!?:"”’)]')
# Characters that can open the continuation of a hard-wrapped line: "has given\n$1.5 million".
_WRAP_OPENERS = frozenset('$€£¥₹("“‘')


def _strip(text: str, start: int, end: int) -> Span | None:
    """The span without its leading and trailing whitespace, or None when blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _breaks(text: str):
    """Candidate paragraph breaks in text order: (start, end, kind)."""
    gap = GAP_ANY if any(c in text for c in _EXOTIC_SPACES) else GAP_PLAIN
    limit = timeout_for(text)
    lines = ((m.start(), m.end(), m.lastgroup) for m in LINE_BREAK.finditer(text, timeout=limit))
    gaps = ((m.start(), m.end(), "gap") for m in gap.finditer(text, timeout=limit))
    return heapq.merge(lines, gaps)


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs as spans, blank ones dropped."""
    out: list[Span] = []
    cur = 0
    for start, end, kind in _breaks(text):
        if start < cur:  # a run of spaces inside a break already taken
            continue
        if kind == "gap":
            before = text[start - 1] if start else " "
            if before.isspace() or (end - start == 2 and before not in _SENTENCE_END_CHARS):
                continue
        elif kind == "line":
            # Hard-wrapped text: the line goes on in lower case, or a long line
            # did not end a sentence.
            # (Measured without slicing the paragraph so far, which would make
            # a long run of wrapped lines quadratic.)
            last = start
            while last > cur and text[last - 1].isspace():
                last -= 1
            nxt = text[end : end + 1]
            if last > cur and (
                nxt.islower()
                or (
                    last - cur >= 55
                    and text[last - 1] not in _SENTENCE_END_CHARS
                    and (nxt.isalnum() or nxt in _WRAP_OPENERS)
                )
            ):
                continue
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
    mr mrs ms dr prof sr jr st mt ft sen rep gov gen lt col capt cmdr sgt maj adm rev hon pres
    supt insp det atty amb inc corp co ltd llc plc bros dept univ assn est approx vs etc al
    no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rd hwy u.s u.k u.n
    e.g i.e a.m p.m ph.d m.d d.c n.y u.s.a
    """.split()
)

# A candidate sentence end: terminal punctuation, any closing quotes or
# brackets, then space and something that can start a sentence.
SENTENCE_END = compile_pattern(
    r"""
    [.!?]["”’)\]]{0,2}           # the end mark and anything closing after it
    (?P<gap>\s+)                 # the gap
    (?=["“‘(\[]?[\p{Lu}\d])      # a capital, digit or opening quote starts the next
    """,
    regex.VERBOSE,
)
_WORD_BEFORE = compile_pattern(r"([\p{L}.]{1,12})[.!?][\"”’)\]]{0,2}$")


def _is_abbreviation(text: str, end_mark: int) -> bool:
    """Whether the full stop ending at ``end_mark`` closes an abbreviation or an initial."""
    before = text[max(0, end_mark - 14) : end_mark]
    if not before.rstrip('"”’)] ').endswith("."):
        return False
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    return word in ABBREVIATIONS


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


def split_sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    """Sentences as spans, never crossing a paragraph: one scan of the whole text."""
    out: list[Span] = []
    ends = SENTENCE_END.finditer(text, timeout=timeout_for(text))
    m = next(ends, None)
    for para in paragraphs:
        cur = para.start
        while m is not None and m.start("gap") < para.end:
            gap_start, gap_end = m.span("gap")
            m_next = next(ends, None)
            if gap_start < cur or gap_end > para.end:  # a gap across a paragraph break
                m = m_next
                continue
            m = m_next
            if _LIST_MARK.fullmatch(text, cur, gap_start):
                continue
            if _is_abbreviation(text, gap_start):
                word = _WORD_BEFORE.search(text[max(para.start, gap_start - 14) : gap_start])
                nxt = _NEXT_WORD.match(text, gap_end, min(para.end, gap_end + 30))
                endable = word is not None and word.group(1).lower().rstrip(".") in ENDABLE
                if not (endable and nxt and nxt.group(1).lower() in SENTENCE_STARTERS):
                    continue
            out.append(Span(cur, gap_start))
            cur = gap_end
        out.append(Span(cur, para.end))
    return [s for s in out if s.end > s.start]


# --- title and dateline -------------------------------------------------------

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE = compile_pattern(
    rf"""
      (?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)   # March 19, 2024
    | (?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<year2>(?:19|20)\d\d)                 # 19 March 2024
    | (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)                                                 # 2024-03-19
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
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
    "NZ": ("new zealand", "auckland", "christchurch"),
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


def _iso_date(m: regex.Match[str]) -> str | None:
    if m["iso"]:
        return m["iso"]
    month = (m["month"] or m["month2"] or "").lower().rstrip(".")
    day = int(m["day"] or m["day2"])
    year = int(m["year"] or m["year2"])
    num = MONTHS.get(month) or MONTHS.get(month[:3])
    if not num or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{num:02d}-{day:02d}"


def _find_title(text: str, paragraphs: list[Span]) -> Span | None:
    """The headline: the first paragraph, when it reads like one."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    line_end = text.find("\n", first.start, first.end)
    end = first.end if line_end < 0 else line_end
    s = first.start
    while s < end and text[s] in "#* \t":  # markdown heading marks
        s += 1
    span = _strip(text, s, end)
    if span is None or span.end - span.start > 400:
        return None
    return span


def _find_dateline(text: str, paragraphs: list[Span], title: Span | None) -> Dateline | None:
    """The dateline: a date near the top, with the place before it and any wire tag."""
    start = title.end if title else 0
    window_end = min(len(text), start + 700)
    for m in DATE.finditer(text, start, window_end, timeout=TIMEOUT):
        date = _iso_date(m)
        if date is None:
            continue
        para = next((p for p in paragraphs if p.start <= m.start() < p.end), None)
        head_start = para.start if para else start
        head = text[head_start : m.start()]
        if len(head) > 120:  # a date deep inside a sentence is not a dateline
            continue
        place_m = PLACE.search(regex.sub(r"\(?[A-Za-z ]*(?:wire|Wire|WIRE)\)?|[–—-]+", " ", head))
        place = place_m["place"].strip(" ,") if place_m else None
        wire_m = WIRE.search(text, head_start, min(len(text), m.end() + 80), timeout=TIMEOUT)
        wire = None
        end = m.end()
        if wire_m:
            wire = (wire_m["wire"] or wire_m["wire2"] or wire_m["wire3"] or "").strip() or None
            end = max(end, wire_m.end())
        return Dateline(head_start, end, place or None, date, wire)
    return None


def _country(text: str, dateline: Dateline | None) -> str | None:
    """The country a bare "$" belongs to, from the dateline's place."""
    if dateline is None or dateline.place is None or _US_STATE.search(dateline.place):
        return None
    for code, pattern in _PLACE_WORDS.items():
        if pattern.search(dateline.place):
            return code
    for code, pattern in _REGION_CODES.items():
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
    | (?:Media|Press|Investor|News)\s(?:Contacts?|Inquiries|Relations)\b
    | Contacts?\s?:
    | For\s(?:more\sinformation|further\sinformation|media\sinquiries)[^.\n]{0,40}(?:contact|:)
    | \#{3}(?:\s|$) | -\s?30\s?- | -ENDS?- | ENDS?\s*$
    | (?:Cautionary\s|Special\sNote\sRegarding\s)?Forward[\s-]Looking\sStatements?
    | Safe\sHarbor
    | Check\sAlso | Related\s(?:posts|articles|stories|news)\b | Share\sthis\b | Tags?\s?:
    | This\stopical\scontent | Press\srelease\sdistribution | SOURCE\s\p{Lu}
    | View\s(?:original\scontent|source\sversion) | Originally\sposted | Originally\spublished
    | Disclaimer\s?: | Legal\sDisclaimer
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
           Campaign|Challenge|Competition|Contest)\b
      | (?:[\p{Lu}\d][\p{L}\d.'’&-]*\s){1,8}?             # "About Roe Grant for Nurses"
        (?:Grants?|Scholarships?|Fellowships?|Awards?|Prizes?|Program(?:me)?s?)
        \s(?:for|in|to)\s
    )
    """,
    regex.VERBOSE,
)


def _find_body_end(text: str, paragraphs: list[Span], title: Span | None) -> int:
    """Where the release proper ends: the first boilerplate paragraph after some body."""
    body_start = title.end if title else 0
    body_seen = 0
    for para in paragraphs:
        if para.start < body_start:
            continue
        m = BOILERPLATE_START.match(text, para.start, para.end, timeout=TIMEOUT)
        if m and body_seen >= 1 and not _ABOUT_THE_GIFT.match(text, para.start, para.end):
            return para.start
        body_seen += 1
    return len(text)


# --- the reader ---------------------------------------------------------------


def read(text: str) -> Document:
    """Read a release into its parts. ``text`` is used exactly as given."""
    paragraphs = split_paragraphs(text)
    title = _find_title(text, paragraphs)
    # The headline is its own paragraph even when the body follows on the next line.
    if title is not None and paragraphs and paragraphs[0].end > title.end:
        rest = _strip(text, title.end, paragraphs[0].end)
        paragraphs = (
            [Span(paragraphs[0].start, title.end)] + ([rest] if rest else []) + paragraphs[1:]
        )
    sentences = split_sentences(text, paragraphs)
    dateline = _find_dateline(text, paragraphs, title)
    body_end = _find_body_end(text, paragraphs, title)
    return Document(
        text=text,
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        body_end=body_end,
        country=_country(text, dateline),
        _sentence_starts=tuple(s.start for s in sentences),
        _paragraph_starts=tuple(p.start for p in paragraphs),
    )
