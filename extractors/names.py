"""Name finder: capitalised names of organisations, people, places and programmes.

A finder only: it says where names are and what kind they look like, not what
part they play (``gifts`` decides donors and recipients).

    >>> from extractors.document import read
    >>> [n.text for n in find_names(read("The Acme Foundation gave $5 to UNICEF’s fund."))]
    ['Acme Foundation', 'UNICEF']
    >>> [(n.text, n.kind) for n in find_names(read("ACME INC. DONATES $5,000 TO CITY HOSPITAL"))]
    [('ACME INC.', 'org'), ('CITY HOSPITAL', 'org')]
    >>> clean_name("Sonepar's")
    'Sonepar'

Output: ``Name(text, start, end, kind)`` in document order; ``kind`` is
``org`` (an organisation suffix or an acronym), ``person`` (a title, or a
given name then a surname) or ``name`` (anything else). A leading "The" and a
trailing possessive are left out of the span, so ``text`` is already a clean
mention. Several names joined by "and" stay one span when nothing says they are
two ("Edna J. and Walter P. Brightwater Charitable Trust"); ``split_coordination``
separates them when the release also names the first part alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import regex

from .document import Document, deferred_pattern
from .patterns import APOSTROPHE, alternation, compile_pattern, finditer

Kind = Literal["org", "person", "name"]

# Small patterns used inside functions, compiled once and looked up by text:
# ``regex``'s own cache costs more than the matching on these short strings.
# Only fixed pattern texts come here (they go to the compiled-pattern cache);
# a pattern built from a release's own words goes to ``_search_words``.
_rx = lru_cache(maxsize=None)(compile_pattern)
#: Patterns built from a release's words: compiled afresh, the latest few kept.
_rx_words = lru_cache(maxsize=512)(regex.compile)


def _search_words(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    """``_search`` for a pattern made from the release's own words (a name, a word)."""
    return _rx_words(pattern, flags).search(string)


def _search(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    return _rx(pattern, flags).search(string)


def _match(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    return _rx(pattern, flags).match(string)


def _fullmatch(pattern: str, string: str, flags: int = 0) -> regex.Match[str] | None:
    return _rx(pattern, flags).fullmatch(string)


def _sub(pattern: str, repl: str, string: str, flags: int = 0) -> str:
    return _rx(pattern, flags).sub(repl, string)


def _findall(pattern: str, string: str, flags: int = 0) -> list:
    return _rx(pattern, flags).findall(string)


def _finditer(pattern: str, string: str, flags: int = 0):
    return _rx(pattern, flags).finditer(string)


# Words that end an organisation's name and make it one.
ORG_SUFFIXES = frozenset(
    """
    inc inc. incorporated llc l.l.c. ltd ltd. limited corp corp. corporation co co. company plc
    lp llp gmbh ag sa nv bv pty group holdings foundation foundations fund funds trust
    university college academy school schools institute institution hospital hospitals hospice hospices clinic
    council department ministry agency authority association society federation alliance league
    coalition center centre centers centres charities charity bank banks club clubs network
    partners partnership project committee commission board administration government office
    service services church cathedral museum library society union district county city
    org org. organization organisation initiative program programme campaign trust coalition
    conservancy collaborative cooperative villages village house homes kitchen pantry shelter
    mission ministries camp elementary co-op institutes laboratories labs systems industries
    technologies enterprises brands international worldwide nations ventures capital
    """.split()
)

# Capitalised words that start sentences or headlines and never start a name.
STOP_CAPITALS = frozenset(
    """
    a an the this that these those today tomorrow yesterday we our us it its in on at for with prior
    as by from and but or nor he she they his her their him them i my you your if when while
    after before since during through throughout under over about also additionally however
    moreover furthermore meanwhile there here what which who whom whose where why how each
    every all both some many most more other another such no not one two three four five six seven
    eight nine ten first second third last next now then thus so yet still according
    including included per via dear mr mrs ms dr prof sen rep gov hon president ceo
    chairman chair founder director executive vice senior chief said says added according
    monday tuesday wednesday thursday friday saturday sunday rs usd eur gbp inr aud cad
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    photo photos video click read learn visit see source media contact contacts email phone
    note notes editor editors note: about having being
    """.split()
)

# Verbs and prepositions that a Title Case or ALL CAPS headline capitalises:
# they end a name there ("Acme Donates $5,000 To Food Bank").
HEADLINE_BREAKS = frozenset(
    """
    donate donates donated donating give gives gave giving grants granted awards awarded
    accelerate advance expand study build improve create boost strengthen serve feed establish
    combat fight address empower assist benefit develop enhance increase protect reduce restore
    train upgrade equip promote bring transform renovate purchase sustain inspire
    awarding pledge pledges pledged pledging commit commits committed contribute contributes
    contributed funded funding sponsor sponsors sponsored match matches matched raise
    raises raised raising endow endows endowed gift gifts gifted present presents presented
    receive receives received receiving secure secures secured win wins won announce announces
    announced announcing launch launches launched unveil unveils unveiled celebrate celebrates
    honor honors honored honour honours honoured partner partners partnered join joins joined
    help helps helped support supports supported supporting provide provides provided invest
    invests invested expand expands expanding reports reported introduces introduced names
    named selects selected hosts hosted opens opened completes completed kicks marks
    to from for with by at in on into as via of and its their his her over more than
    million billion thousand offer offers offered grant donation award pledge highlights
    reflects urges urge hits reaches surpasses tops exceeds doubles triples means says say
    confirms confirm thanks welcomes applauds recognizes recognises lands landed earns earned
    nabs obtains obtained accepting accepts aims aiming becomes explores grows soars redefines
    mulls working seeks vows strives
    collaborates collaborate collaborated teams teamed advances starts begins following after
    calls shows makes takes gets sets brings drives has have had is are was were will be
    been
    participates participated renews renewed extends extended signs inks inked backs
    backed
    """.split()
)

# Job titles: a run breaks at them and drops them ("Acme Chief Executive Officer Jane Roe").
TITLE_WORDS = frozenset(
    """
    chief officer president vice director ceo cfo coo cto cmo ceo, manager executive chairman
    chairwoman chairperson chair founder co-founder cofounder treasurer secretary minister
    senator senators sen. sens. rep. reps. congressman congresswoman congressmember
    representative representatives councilman councilwoman councilmember assemblyman
    assemblywoman assemblymember gov. mayor governor premier managing senior head spokesperson
    spokesman spokeswoman coordinator superintendent principal dean provost professor
    philanthropist philanthropists businessman businesswoman entrepreneur benefactor alumnus
    alumna industrialist industrialists businessmen businesswomen entrepreneurs tycoon
    """.split()
)

# Participles that a heading puts after a name: "Acme Foundation Nominated", and those that
# open the paragraph an About heading runs into ("About Acme Founded in 1990 by ...").
_TRAILING_VERBS = frozenset(
    "nominated announced honored honoured recognized recognised selected named awarded presented celebrated launched"
    " founded established headquartered incorporated".split()
)

# Days of the week: after an organisation's last word, the day of the news, not the name.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Groups of people "of" an organisation: "Employees of Acme", "Friends of the Library" is kept whole.
_GROUP_HEADS = frozenset(
    "employees staff members students customers volunteers associates team trustees"
    " councillors councilors".split()
)
# Members of a body who sit "on" it: "Councillors on Vale Borough Council".
_BOARD_HEADS = frozenset({"councillors", "councilors", "trustees"})

# Connectors allowed inside a name when a capitalised word follows:
# "Bank of America", "Alliance for LGBTQ Youth", "Bill & Melinda Gates Foundation".
CONNECTORS = (
    "of",
    "for",
    "on",
    "and",
    "&",
    "&amp;",
    "de",
    "du",
    "des",
    "del",
    "la",
    "le",
    "van",
    "von",
    "der",
    "da",
    "of the",
    "for the",
    "de la",
    "de los",
    "de las",
    "van der",
    "van de",
    "von der",
)

# Abbreviations a name may end with, full stop included.
NAME_ABBREVIATIONS = (
    "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "L.L.C.", "Bros.", "St.", "Mt.",
    "INC.", "CORP.", "LTD.", "CO.",
)  # fmt: skip
# Those of them a name may carry after a comma: "Acme, Inc.", "John Roe, Jr."; a saint's or
# a mountain's name after a comma begins a place ("Vale Food Search, St. Louis").
COMMA_ABBREVIATIONS = tuple(a for a in NAME_ABBREVIATIONS if a not in ("St.", "Mt."))

# Titles before a person's name.
PERSON_TITLES = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Hon.", "Senator",
    "Minister", "President", "Governor", "Mayor", "Secretary", "Premier", "Councillor",
    "Councilmember", "Congressman", "Congresswoman", "Assemblymember", "MP",
)  # fmt: skip

# One word of a name.
_WORD = rf"""
    (?:
        (?:\p{{Lu}}\.){{2,}}                                  # U.S.  U.K.
      | \p{{Lu}}\.(?=\s(?:\p{{Lu}}|and\s|&\s))                 # an initial: "John F. Kennedy", "Leona M. and"
      | {alternation(NAME_ABBREVIATIONS)}                      # Inc.  Corp.
      | (?<=\p{{Lu}}\p{{L}}*\s)No\.(?=\s\d)                      # "Elks Lodge No.| 604": a number sign
      | \p{{Lu}}[\p{{L}}\p{{M}}\d]*(?:-\r?\n\p{{Ll}}+)?          # Acme  UNICEF  "Hospi-\ntal" broken at a line end
        (?:(?:[.&]|{APOSTROPHE}(?!s\b))[\p{{L}}\d][\p{{L}}\p{{M}}\d]*|-[\p{{Lu}}\d][\p{{L}}\p{{M}}\d]*
          |-(?:to|of|on|in|and|the|de|la)-\p{{Lu}}[\p{{L}}\p{{M}}\d]*                # Rails-to-Trails
          |(?<=\p{{Lu}})\|\p{{Lu}}[\p{{L}}\p{{M}}\d]*){{0,4}}   # H-E-B  BlackPast.org  O’Neil  ACME|XYZ, not "FDA-cleared"
        (?:[®™©℠]|\((?:R|TM|SM|C)\))?                      # Acme® Acme(TM): a mark stays in the name
        (?:{APOSTROPHE}s(?=\s+(?:(?:and|&)\s)?\p{{Lu}}[\p{{Ll}}\p{{Lu}}]))?   # Children's Charities (possessive
                                                       # inside a name; "Firemen's and Fire Marshals'")
        (?:(?<=\p{{Ll}}s){APOSTROPHE}(?=\s(?:(?:and|&)\s)?\p{{Lu}}\p{{Ll}}))?    # Fire Marshals' Association
      | \p{{Ll}}{{1,2}}\d*\p{{Lu}}[\p{{L}}\d]*                  # i2M  eBay  iHeart
    )
"""

# A word allowed after the first: also numbers and grades: "District 35-N", "Freedom West 2.0".
_LATER_WORD = rf"""(?:{_WORD}|\d+(?:\.\d)?(?:-\p{{Lu}}+)?
    (?:(?![\d,.])|(?=,[ ](?:Inc\.|LLC|Ltd\.|Corp\.|INC\.)))   # "Lift for the 22|, Inc.": its legal form after
)"""

# A state university's name before the campus it is "at": "University of North Carolina |at".
_CAMPUS_OF = r"University\sof\s(?:\p{Lu}[\p{L}.]*\s){1,3}"

# One space between words, two in sloppy text, or a line end in hard-wrapped text.
_GAP = r"(?:[ \u00a0]{1,2}|[ \u00a0]?(?:\r\n|\r|\n)[ \u00a0]?)"

_NAME_BODY = rf"""
    (?<![\p{{L}}\d.&@/|]|(?<!-)-)                          # not inside a word, an address or a URL
                                                        # (but after a wire's "--": "WIRE)--|Orvik Bank")
    (?P<name>
        {_WORD}                                         # the first word
        (?:
            (?:{_GAP}(?:{alternation(CONNECTORS)}){_GAP}(?!(?:19|20)\d\d(?![\d.,]|\s\p{{Lu}}))  # " of " (not "for the 2026 season")
              |{_GAP}|,{_GAP}(?={alternation(COMMA_ABBREVIATIONS)})  # " " ", Inc."
              |{_GAP}at(?<={_CAMPUS_OF}at){_GAP}(?=\p{{Lu}})     # "University of Iowa at Ames": a campus
            )
            {_LATER_WORD}
        ){{0,9}}                                        # up to ten words
    )
"""

# A name: its first word opens on a letter (a capital, or "eBay", "i2M").
NAME = deferred_pattern(r"(?=\p{L})" + _NAME_BODY, regex.VERBOSE)
# The same, opening on a capital: the engine then skips to the capitals of the
# text, three times faster than trying every letter. Names opening on a small
# letter ("eBay") are found apart, around the capitals that follow a small letter.
NAME_CAPITAL = deferred_pattern(r"(?=\p{Lu})" + _NAME_BODY, regex.VERBOSE)
NAME_SMALL = deferred_pattern(r"(?=\p{Ll})" + _NAME_BODY, regex.VERBOSE)
# A capital after a small letter or a digit: "eBay", "i2M" (and "McDonald").
_INNER_CAPITAL = deferred_pattern(r"\p{Lu}(?<=[\p{Ll}\d]\p{Lu})")

_PROGRAMME_FOR = deferred_pattern(
    r"\s(?:for|FOR)\s(?:\S+\s){0,5}?(?:Program|Programme|Project|Initiative|Campaign|Scholarship|Research|Fund)s?$"
)
_OF_LIST = deferred_pattern(
    r"(?:,\s\p{Lu}[\p{Ll}\p{Lu}]+){1,3},?\s(?:and|&|AND)\s\p{Lu}[\p{Ll}\p{Lu}]+\b"
)
# A ministry named by its portfolios, then the list of the others after its first:
# "Department for Business|, Energy and Industrial Strategy", "Ministry of Housing|,
# Communities and Local Government".
_MINISTRY = deferred_pattern(
    r"(?:Department|Ministry|DEPARTMENT|MINISTRY)\s(?:for|of|FOR|OF)\s\S+$"
)
_AND_NEXT = deferred_pattern(r"\s(?:and|&|AND)\s(?:the\s|The\s)?(?=\p{Lu})")
_PORTFOLIOS = deferred_pattern(
    r"""
    (?:,\s\p{Lu}[\p{Ll}\p{Lu}]+){1,4},?                # , Food  , Culture, Media
    \s(?:and|&|AND)\s\p{Lu}[\p{Ll}\p{Lu}]+              # and Rural
    (?:\s\p{Lu}[\p{Ll}\p{Lu}]+){0,2}\b                  # Affairs
    """,
    regex.VERBOSE,
)
# A programme "of" its owner: "Education Initiative of The Academy" names the Academy.
_PROGRAMME_OF = deferred_pattern(
    r"(?:\S+\s){0,4}?(?:Initiative|Program|Programme|Project|Campaign"
    r"|(?<!(?:International|National)\s)Committee|Division)\s(?:of|OF)\s(?:the\s|The\s|THE\s)?",  # (not "the International Committee of the Red Cross")
)
_POSSESSIVE = deferred_pattern(rf"{APOSTROPHE}s?$")
# An adverb opening a sentence before a comma: "Additionally, Acme ..." is no name.
_ADVERB = deferred_pattern(r"\p{Lu}\p{Ll}{3,}ly")
_TOKEN = deferred_pattern(r"[\p{L}\p{M}\d][\p{L}\p{M}\d.&'’\-|]*")


class Name:
    """A capitalised name as written, without a leading "The" or a trailing possessive.

    Equal (and hashed) by its fields. A plain class with slots, not a frozen
    dataclass: it is made faster, and making a dataclass costs about a millisecond
    at import, which every run of the command pays. Not to be changed once made.
    """

    __slots__ = ("end", "kind", "start", "text")

    def __init__(self, text: str, start: int, end: int, kind: Kind) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Name):
            return NotImplemented
        return (self.text, self.start, self.end, self.kind) == (
            other.text,
            other.start,
            other.end,
            other.kind,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.kind))

    def __repr__(self) -> str:
        return (
            f"Name(text={self.text!r}, start={self.start!r}, end={self.end!r}, kind={self.kind!r})"
        )


@lru_cache(maxsize=4096)
def clean_name(text: str) -> str:
    """The name without a leading article, a trailing possessive or stray punctuation."""
    out = _sub(r"-\r?\n(?=\p{Ll})", "", text)
    out = _sub(r"\s+", " ", out).replace("&amp;", "&").strip(" ,;:\u00a0")
    out = _sub(r"^(?:the|The|THE)\s+", "", out)
    out = _POSSESSIVE.sub("", out) if _search(rf"\w{APOSTROPHE}s?$", out) else out
    return out.strip(" ,;:\u00a0")


# The characters APOSTROPHE matches, for plain string tests in the word loop.
_APOSTROPHES = frozenset("'\u2019\u02bc\u2032")


def _contracted(word: str) -> bool:
    """Whether a word ends in a contraction: "we're", "don't", "it'll"."""
    if word[-2:-1] in _APOSTROPHES and word[-1:] in ("m", "d", "t"):
        return True
    return word[-3:-2] in _APOSTROPHES and word[-2:] in ("re", "ll", "ve")


def _trim(text: str, start: int, end: int, headline: bool) -> Iterable[tuple[int, int]]:
    """Cut a capitalised run into names: drop stop words at its ends, break at headline verbs."""
    run = text[start:end]
    words: list[tuple[int, int]]
    if "  " not in run and run.replace(" ", "").isalpha():
        # Words of letters and single spaces, the common run: its tokens are its words.
        words = []
        pos = start
        for w in run.split(" "):
            words.append((pos, pos + len(w)))
            pos += len(w) + 1
    else:
        words = [m.span() for m in _TOKEN.finditer(text, start, end)]
    pieces: list[list[tuple[int, int]]] = [[]]
    full = text
    linked = False  # a name takes one "of" or "for": "Department of Defense | for Graphite"
    prev_end = -1
    # Line ends and apostrophes are rare in a run: their checks are skipped without them.
    lines = full.find("\n", start, end) >= 0
    apostrophe = "'" in run or "’" in run  # the only apostrophes a token holds
    special = _TRIM_SPECIAL_HEADLINE if headline else _TRIM_SPECIAL
    marks = "(" in run  # "Acme(R)": the letters of a mark are no word of the name
    held: list[tuple[int, int]] = []  # the title words cut out so far ("Chief")
    titled: set[int] = set()  # where such an office's name starts: its "Chief" stays
    for ws, we in words:
        word = full[ws:we].rstrip(".,").lower()
        if marks and word in _MARK_LETTERS and full[ws - 1] == "(" and full[we : we + 1] == ")":
            continue
        if lines and prev_end >= 0 and "\n" in full[prev_end:ws] and _short_line(full, prev_end):
            pieces.append([])  # a heading line, then the body: two names, not one
        prev_end = we
        if not apostrophe and word not in special:
            pieces[-1].append((ws, we))  # an ordinary word: none of the tests below applies
            continue
        if word == "on" and pieces[-1]:
            nxt = full[we : we + 12].split()[:1]
            if not nxt or nxt[0].lower().strip(".,") in STOP_CAPITALS:
                pieces.append([])  # "Acme on Monday": a date, not "Meals on Wheels"
                continue
        if word in ("of", "for") and pieces[-1]:
            if linked and word == "for":
                pieces.append([])
                continue
            linked = True
        possessive = False
        if apostrophe:
            if word[-2:-1] in _APOSTROPHES and word[-1:] == "s":
                word = word[:-2]
                possessive = True
            if _contracted(word):  # "We're", "Don't"
                pieces.append([])
                continue
        if (
            word == "senior"
            and full[we : we + 12].split()[:1]
            and (full[we : we + 12].split()[0].lower().rstrip(".,") in _SENIOR_NOUNS)
        ):
            pieces[-1].append((ws, we))  # "Alton Senior Center": a centre for seniors, no title
            continue
        if (headline and word in HEADLINE_BREAKS and word not in ("of", "and", "&", "for")) or (
            word in TITLE_WORDS
        ):
            if possessive and word in _OFFICES and _office_follows(full, we, end):
                # "the Chief Minister’s Relief Fund", "the Mayor's Office of Housing": an
                # office's own body, named with its title
                chain = [(ws, we)]
                for h in reversed(held):
                    if not 0 < chain[0][0] - h[1] <= 2:
                        break
                    chain.insert(0, h)
                pieces[-1].extend(chain)
                titled.add(chain[0][0])
                held = []
                continue
            if word in TITLE_WORDS:
                held.append((ws, we))
            pieces.append([])
            linked = False
            continue
        pieces[-1].append((ws, we))
        # "UNICEF’s Learning Passport": a possessive splits the run unless an
        # organisation word follows ("Speedway Children's Charities").
        if (
            apostrophe
            and full[we - 1 : we] == "s"
            and full[we - 2 : we - 1] in _APOSTROPHES
            and we - ws >= 2
            and not _possessive_inside(full, ws, we, end)
        ):
            pieces.append([])
        elif (
            apostrophe
            and full[we - 1 : we] in _APOSTROPHES
            and full[we - 2 : we - 1] == "s"
            and we < end
            and (
                headline
                or any(full[a:b].lower() in ORG_SUFFIXES for a, b in pieces[-1][:-1])
                or not (
                    _possessive_inside(full, ws, we, end)
                    or any(w.lower().rstrip(".,") in ORG_SUFFIXES for w in full[we:end].split()[:3])
                )
            )  # "the Nurses' Benefit Fund": the fund is theirs by name; "Acme Food Banks'
            # Relief Fund": a body's own fund
        ):
            pieces.append(
                []
            )  # "Acme Homes' Ongoing Efforts": a plural's possessive owns what follows
    for piece in pieces:
        # Strip connectors and stop capitals at both ends.
        if (
            len(piece) > 2
            and (
                full[piece[1][0] : piece[1][1]] == "of"
                # "Councillors on Vale Council" (not "Students on Ice Foundation")
                or (
                    full[piece[1][0] : piece[1][1]] == "on"
                    and full[piece[0][0] : piece[0][1]].lower() in _BOARD_HEADS
                )
            )
            and full[piece[0][0] : piece[0][1]].lower() in _GROUP_HEADS
        ):
            piece = piece[2:]  # "Employees of Zenith Bank": the bank is the name
        while piece and (
            not full[piece[0][0]].isalpha()
            or (
                full[piece[0][1] : piece[0][1] + 1] == ","
                and _ADVERB.fullmatch(full, piece[0][0], piece[0][1]) is not None
            )
            or (
                full[piece[0][0] : piece[0][1]].rstrip(".,").lower() in STOP_CAPITALS
                and not _acronym_first(full, piece)
                and not _ordinal_first(full, piece)
                and not _noun_after_the(full, piece)
                and not _our_lady(full, piece)
                and not (not headline and _article_in_name(full, piece))
                and piece[0][0] not in titled
            )
            or _holiday_after_time(full, piece)
            or full[piece[0][0] : piece[0][1]].lower() in ("of", "for", "and", "&", "de", "la")
        ):
            piece = piece[1:]
        while piece and full[piece[-1][0] : piece[-1][1]].rstrip(".,").lower() in _TRAILING_VERBS:
            if not headline and full[piece[-1][0] : piece[-1][1]] == "Incorporated":
                break  # "Girls Incorporated": the legal form, in running text
            piece = piece[:-1]  # "Acme Foundation Nominated"
        if (
            len(piece) > 1
            and full[piece[-1][0] : piece[-1][1]].rstrip(".,").lower() in _WEEKDAYS
            and full[piece[-2][0] : piece[-2][1]].lower() in ORG_SUFFIXES
        ):
            piece = piece[:-1]  # "gave $500 to Harbor Food Bank Tuesday": the day it gave
        while piece and full[piece[-1][0] : piece[-1][1]].rstrip(".,").lower() in (
            "of", "for", "and", "&", "de", "la", "the", "du", "des", "del", "van", "von", "der", "da",
        ):  # fmt: skip
            piece = piece[:-1]
        if not piece:
            continue
        s, e = piece[0][0], piece[-1][1]
        # A trailing possessive or full stop that is not an abbreviation's.
        # (A piece ends on a token's last character, never on a line end.)
        if full[e - 1] in _APOSTROPHES:  # "Veterans’"
            e -= 1
        elif full[e - 1] == "s" and e - 2 >= s and full[e - 2] in _APOSTROPHES:  # "UNICEF’s"
            e -= 2
        chunk = full[s:e]
        if chunk.endswith(".") and not chunk.endswith(NAME_ABBREVIATIONS):
            last = chunk.rsplit(" ", 1)[-1]
            if not _fullmatch(r"(?:\p{Lu}\.)+", last):
                e -= 1
        # The two programme patterns need their "of" or "for": looked for first.
        m = (
            _PROGRAMME_OF.match(full, s, e)
            if full.find("of", s, e) >= 0 or full.find("OF", s, e) >= 0
            else None
        )
        if m and m.end() < e:
            s = m.end()
        m = (
            _PROGRAMME_FOR.search(full, s, e)
            if full.find("for", s, e) >= 0 or full.find("FOR", s, e) >= 0
            else None
        )
        if m:  # "Lakeshore University | for Rural Nursing Program": the programme is not the name
            e = m.start()
        if e > s:
            yield s, e


# The words after "Senior" that make it part of a name, not a job title: "Alton Senior Center".
_SENIOR_NOUNS = frozenset(
    """
    center centre centers centres citizens citizen services living housing league games olympics
    village apartments club high school residences home homes community
    """.split()
)

# The letters of a trade mark written in parentheses: "Acme(R)", "Acme(TM)".
_MARK_LETTERS = frozenset({"r", "tm", "sm", "c"})


def _acronym_first(text: str, piece: list[tuple[int, int]]) -> bool:
    """Whether the first word of a name is an acronym that spells a stop word ("MS" in "MS Tech
    Ltd.", "US" in "US Foods"): two or three capitals before a word in small letters (in a
    line in capitals, "MS" may be the word)."""
    ws, we = piece[0]
    if not 2 <= we - ws <= 3 or len(piece) < 2 or not text[ws:we].isupper():
        return False
    nxt = text[piece[1][0] : piece[1][1]]
    return not nxt.isupper() and text[ws:we].lower() in _STOP_ACRONYMS


def _ordinal_first(text: str, piece: list[tuple[int, int]]) -> bool:
    """Whether "First" opens a bank's or a church's name: "First Interstate Bank", "First
    Baptist Church of Leeds" (three words or more, no comma after "First", then a bank's or a
    church's word)."""
    ws, we = piece[0]
    return (
        len(piece) >= 3
        and text[ws:we] in ("First", "FIRST")
        and any(text[a:b].lower() in _ORDINAL_ORGS for a, b in piece[2:])
    )


def _noun_after_the(text: str, piece: list[tuple[int, int]]) -> bool:
    """Whether a stop capital after "the" opens a name: "the March of Dimes", "The Second Harvest"."""
    ws, we = piece[0]
    return (
        len(piece) > 1
        and text[ws:we].lower() in _NOUN_STOPS
        and text[max(0, ws - 4) : ws] in ("the ", "The ")
    )


# A small word before a capitalised "A" in running text: "to national charity |A Dollar A
# Day Foundation" (mid-sentence, the article would be written "a").
_SMALL_BEFORE = deferred_pattern(r"(?:\b[\p{Ll}]{2,}|,)\s$")


def _article_in_name(text: str, piece: list[tuple[int, int]]) -> bool:
    """Whether a capital "A" in running text opens a name ("charity A Better Chance")."""
    ws, we = piece[0]
    return (
        len(piece) > 1
        and text[ws:we] == "A"
        and _SMALL_BEFORE.search(text, max(0, ws - 24), ws) is not None
    )


# A holiday after "this", "last" or "next" is a time, not a name's first word: "This
# Christmas| Acme Ireland will donate" (not "at Christmas Tree Shops").
_HOLIDAYS = frozenset("christmas easter thanksgiving halloween diwali hanukkah".split())
_TIME_BEFORE = deferred_pattern(r"(?i:\b(?:this|last|next|every|each)\s)$")


def _holiday_after_time(text: str, piece: list[tuple[int, int]]) -> bool:
    """Whether a piece opens on a holiday named as a time before another name."""
    return (
        len(piece) > 1
        and text[piece[0][0] : piece[0][1]].lower() in _HOLIDAYS
        and _TIME_BEFORE.search(text, max(0, piece[0][0] - 6), piece[0][0]) is not None
    )


def _our_lady(text: str, piece: list[tuple[int, int]]) -> bool:
    """Whether "Our" opens a church's, a school's or a hospital's name: "Our Lady of Lourdes
    Hospital", "Our Saviour Lutheran Church" (not "Our Foundation gave")."""
    return (
        len(piece) > 1
        and text[piece[0][0] : piece[0][1]] in ("Our", "OUR")
        and text[piece[1][0] : piece[1][1]].lower() in _OUR_NAMES
    )


#: The words after "Our" that make it a name's first word.
_OUR_NAMES = frozenset("lady ladies saviour savior redeemer".split())

#: Stop capitals that a "the" before makes a name's noun: "the March of Dimes".
_NOUN_STOPS = frozenset("march may first second third".split())

#: The organisations whose names open on "First".
_ORDINAL_ORGS = frozenset("bank bancorp church financial nation nations".split())


#: Stop capitals that are also organisations' initials: "MS Tech", "US Foods", "IT Services".
#: ("ON Canada", "IN Indiana": a province or a state's code is no part of the name.)
_STOP_ACRONYMS = frozenset({"ms", "us", "it", "dr"})

# The words ``_trim``'s loop does more with than keep (in a headline also its verbs).
_TRIM_SPECIAL = frozenset({"on", "of", "for"}) | TITLE_WORDS
_TRIM_SPECIAL_HEADLINE = _TRIM_SPECIAL | HEADLINE_BREAKS


# Public offices whose holder's possessive names a body: "the Mayor's Office", "the Chief
# Minister's Relief Fund" (not "its Founder's Club": a club of founders).
_OFFICES = frozenset("minister president governor mayor premier chancellor".split())


def _office_follows(text: str, we: int, end: int) -> bool:
    """Whether the capitalised run after a title's possessive names a body: "Minister's| Relief Fund"."""
    rest = text[we:end].split()[:6]
    return bool(rest) and any(w.lower().rstrip(".,") in ORG_SUFFIXES for w in rest)


# Possessives that belong inside names: "Speedway Children's Charities", "Sam's Club".
_INNER_POSSESSORS = frozenset(
    """
    children women men people kids veterans mothers fathers mother father alzheimer parkinson huntington
    crohn lou gehrig st sam macy kohl dillard lowe denny wendy mcdonald chili applebee lord
    """.split()
)


def _short_line(text: str, pos: int) -> bool:
    """Whether the line ending at ``pos`` is short, as a heading's is, rather than hard-wrapped."""
    start = text.rfind("\n", 0, pos) + 1
    return pos - start < 50


def _possessive_inside(text: str, ws: int, we: int, end: int) -> bool:
    """Whether a possessive word belongs inside the name rather than owning what follows."""
    word = _sub(rf"{APOSTROPHE}s$", "", text[ws:we])
    if text[we : we + 5] == " and " or text[we : we + 3] == " & ":
        # "State Firemen's and Fire Marshals' Association": two possessives sharing one head
        # (not "Alzheimer's and Parkinson's, ...": no head after them)
        rest = text[we:end].split()[1:6]
        return any(w.lower().rstrip(".,") in ORG_SUFFIXES for w in rest) and any(
            w[-1:] in _APOSTROPHES for w in rest
        )
    if word.lower() in _INNER_POSSESSORS:
        return True
    if text[max(0, ws - 6) : ws].endswith(("St. ", "St ", "Saint ", "Ste. ")):
        return True  # "St. Mary’s General Hospital", "Saint Jude's Research Hospital": a saint's
    if (
        word.isupper() and len(word) > 1 and not text[ws:end].isupper()
    ):  # "UNICEF’s Learning Passport", "CAHEC's Open Doors"
        return False
    nxt = text[we:end].split()[:1]
    return bool(nxt) and (
        nxt[0].lower().rstrip(".,") in ORG_SUFFIXES or nxt[0].lower().rstrip(".,") in _SHOP_HEADS
    )


# Shops named after their owner: "Henry's Market", "Rosa's Kitchen", "Dale's Hardware".
_SHOP_HEADS = frozenset(
    """
    market markets kitchen kitchens bakery diner deli pizza pizzeria grill tavern pub cafe café
    hardware pharmacy garage restaurant restaurants catering farm farms orchard orchards creamery
    place pantry table closet village villages refuge haven cupboard corner garden gardens
    """.split()
)


def _kind_word(text: str, word: str, start: int) -> Kind:
    """``_kind`` of a name of one word of letters."""
    if 2 <= len(word) <= 8 and _ACRONYM.fullmatch(word) is not None:
        return "org"  # an acronym: UNICEF
    if 3 <= len(word) <= 5 and _MIXED_ACRONYM.fullmatch(word) is not None:
        return "org"  # a mixed-case acronym: DoD, DfE
    if text[max(0, start - 14) : start].rstrip().endswith(PERSON_TITLES):
        return "person"
    return "name"


_ACRONYM = deferred_pattern(r"[\p{Lu}\d&\-.]{2,8}")
# Words after initials that make them a firm's or a prize's: "A.C.E. Awards", "J.B. Foods".
_NOT_SURNAMES = frozenset("awards award games prize cup foods farms motors group".split())
# A person's initials: "J.J.", "A.B.", "T.J." (two or three, each with its full stop).
_INITIALS = deferred_pattern(r"(?:\p{Lu}\.){2,3}")
# Initials that are places or bodies, not a person's: "U.S. Steel", "D.C. Central".
_PLACE_INITIALS = frozenset(
    "U.S. U.K. U.N. E.U. D.C. N.Y. L.A. N.J. U.S.A. N.C. S.C. B.C. P.E.I. N.Z.".split()
)
_MIXED_ACRONYM = deferred_pattern(r"\p{Lu}\p{Ll}{1,2}\p{Lu}{1,2}")


def _kind(text: str, start: int, end: int) -> Kind:
    """Whether a name looks like an organisation, a person, or cannot be told."""
    chunk = text[start:end]
    words = chunk.split()
    if any(w.lower().rstrip(",.") in ORG_SUFFIXES for w in words[1:]) or (
        len(words) > 1 and words[0].lower() in ORG_SUFFIXES
    ):
        return "org"
    if (
        len(words) == 1
        and 2 <= len(chunk) <= 8
        and _ACRONYM.fullmatch(chunk)
        and any(c.isalpha() for c in chunk)
    ):
        return "org"  # an acronym: UNICEF, H-E-B
    if len(words) == 1 and 3 <= len(chunk) <= 5 and _MIXED_ACRONYM.fullmatch(chunk):
        return "org"  # a mixed-case acronym: DoD, DfE
    before = text[max(0, start - 14) : start].rstrip()
    if before.endswith(PERSON_TITLES):
        return "person"
    if (
        2 <= len(words) <= 3
        and _INITIALS.fullmatch(words[0]) is not None
        and words[0] not in _PLACE_INITIALS
        and all(
            _fullmatch(r"\p{Lu}[\p{Ll}'’\-]+(?<!ing)", w) and w.lower() not in _NOT_SURNAMES
            for w in words[1:]
        )
    ):  # (not "T.R. Mining", "A.C.E. Awards": a firm's or a prize's word)
        return "person"  # "J.J. Watt", "A.B. Lee": initials, then a surname
    if (
        2 <= len(words) <= 3
        and words[0].lower() in _GIVEN_NAMES
        and all(_fullmatch(r"\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.", w) for w in words)
    ):
        return "person"
    return "name"


# Given names that are nearly always a woman's or a man's, for "she" and "he": a pronoun is
# never resolved to a person the release names with a given name of the other kind. Names
# given to both (Jordan, Taylor, Alex, Jean, Kim, Robin ...) are in neither list.
FEMININE_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia christina lauren joan evelyn judith
    megan cheryl hannah martha jacqueline frances gloria ann teresa kathryn sara janice
    julia grace judy theresa madison beverly denise marilyn amber danielle rose brittany diana
    abigail natalie jane lori alexandra marie kayla tiffany charlotte sophia isabella mia ava
    chloe ella lily zoe natasha svetlana olga tatiana irina elena priya ananya aisha fatima
    mariam sofia lucia carmen rosa ana beatriz francesca giulia chiara ingrid astrid sigrid
    margarethe yvonne monique sylvie nathalie isabelle claire genevieve helene anne-marie
    gwen wendy stacy stacey tina tammy connie peggy sally holly molly vivian valerie
    vanessa veronica sheila eileen colleen maureen noreen kathy cathy debbie becky jenny
    penny nora norma gail joanne suzanne marsha meredith miriam naomi esther lydia
    guadalupe juana margarita leticia adriana alejandra gabriela daniela valeria camila paula
    silvia claudia monica isabel mariana fernanda carolina natalia ximena lucy alice annie
    """.split()
)
MASCULINE_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    bryan joe bruce billy albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell louis philip bobby johnny bradley howard fred greg tom tim steve mike
    jim bob bill dave dan rick ron ken doug jeff matt nick tony ted ed hank
    ahmed mohammed muhammad mohamed ali omar hassan hussein ibrahim khalid rajesh rahul amit
    sanjay vijay suresh ramesh arjun hans klaus jurgen wolfgang dieter pierre jacques francois
    luc marco giuseppe giovanni luca alessandro carlos miguel javier pedro antonio francisco
    diego sergei dmitri vladimir ivan igor mikhail oleg yuri lars erik olaf sven nils
    josue luis jorge manuel ricardo fernando alejandro andres eduardo roberto sergio raul
    enrique oscar hector arturo rafael pablo alberto mario ramon julio cesar ernesto gustavo
    hugo ignacio joaquin julian lorenzo marcos mateo octavio rodrigo ruben salvador santiago
    tomas
    """.split()
)
# Given names borne by women and men alike, or not sorted above.
_EITHER_NAMES = frozenset(
    "alexis andrea chris jean jordan kay kelly lee doris anne meg elijah mason".split()
)
# Common given names: a two- or three-word name starting with one is a person.
_GIVEN_NAMES = FEMININE_NAMES | MASCULINE_NAMES | _EITHER_NAMES


def _name_runs(text: str, start: int, end: int) -> Iterable[regex.Match[str]]:
    """The matches of NAME in ``text[start:end]``, as its ``finditer`` gives them.

    NAME_CAPITAL finds the runs opening on a capital; a run opening on a small
    letter ("eBay") needs a capital after a small letter or a digit, so only
    around those is NAME_SMALL tried, and the leftmost of the two is taken.
    """
    inner = [m.start() for m in _INNER_CAPITAL.finditer(text, start, end)]
    if not inner:
        yield from finditer(NAME_CAPITAL, text, start, end)
        return
    pos = start
    j = 0  # the first inner capital at or after ``pos``
    while pos < end:
        m = NAME_CAPITAL.search(text, pos, end)
        limit = m.start() if m is not None else end
        while j < len(inner) and inner[j] < pos:
            j += 1
        for k in range(j, len(inner)):
            u = inner[k]
            if u >= limit:
                break
            # The run opens at most two small letters and some digits before the capital.
            digits = u
            while digits > pos and text[digits - 1].isdecimal():  # what \d matches
                digits -= 1
            for q in range(max(pos, digits - 2), digits):
                small = NAME_SMALL.match(text, q, end)
                if small is not None:
                    break
            else:
                continue
            m = small
            break
        if m is None:
            return
        yield m
        pos = m.end()


# Single words that are never a name on their own: stop capitals, offices, verbs a
# headline capitalises, connectors (what ``_trim`` and ``find_names`` drop).
_DROP_ALONE = (
    STOP_CAPITALS
    | TITLE_WORDS
    | _TRAILING_VERBS
    | HEADLINE_BREAKS
    | {"of", "for", "and", "de", "la", "the", "du", "des", "del", "van", "von", "der", "da"}
)


def find_names(
    doc: Document, start: int = 0, end: int | None = None, limit: int | None = None
) -> list[Name]:
    """Every capitalised name in ``doc.text[start:end]``, in order (the first ``limit`` only, if given)."""
    text = doc.text
    end = len(text) if end is None else end
    out: list[Name] = []
    title = doc.title
    title_case: bool | None = None  # the headline's case, looked at once
    covered = -1  # the end of a name that took in the runs after it ("..., Food and Rural Affairs")
    for m in _name_runs(text, start, end):
        if limit is not None and len(out) >= limit:
            break
        rs = m.start()
        if rs < covered:
            joiner = _AND_NEXT.match(text, covered, m.end()) if covered < m.end() else None
            if joiner is None:
                continue
            rs = joiner.end()  # "... Rural Affairs| and Vale Enterprise": the next name
        word = m.group()
        if word.isalpha():
            # One plain word, the commonest run ("The", "Acme"): ``_trim`` would keep it
            # whole or drop it, and this says which without its loop.
            if word.lower() in _DROP_ALONE or (len(word) < 2 and not word.isupper()):
                continue
            if text[m.end() : m.end() + 1] == "," and _ADVERB.fullmatch(word) is not None:
                continue  # "Additionally, ..."
            if m.start() > start and text[m.start() - 1] == "$" and _dollar_led(text, m.start()):
                out.append(Name("$" + word, m.start() - 1, m.end(), "name"))  # "$Zephyr"
                continue
            if word.endswith("ing") and _gerund_opening(text, m.start(), m.end()):
                continue  # "Marking its 50th year, ...": a verb opening the sentence
            if text[m.end() : m.end() + 1] == " " or text[m.start() - 1 : m.start()] == " ":
                s, e = _widen(text, m.start(), m.end(), start, end)
                if (s, e) != (m.start(), m.end()):
                    out.append(Name(text[s:e], s, e, _kind(text, s, e)))
                    continue
            out.append(Name(word, m.start(), m.end(), _kind_word(text, word, m.start())))
            continue
        headline = False
        spans = [(rs, m.end())]
        if title is not None and title.start <= rs < title.end:
            if title_case is None:
                title_case = _is_headline_case(text[title.start : title.end])
            headline = title_case
            if not headline:
                spans = _at_title_verbs(text, rs, m.end())
        elif _TITLE_VERBS.search(text, rs, m.end()) is not None:
            # a headline quoted in the body: "The post Acme Launches $5,000 Grants appeared first"
            spans = _at_title_verbs(text, rs, m.end())
        for s, e in (
            piece
            for run_start, run_end in spans
            for piece in _trim(
                text, run_start, run_end, headline or _looks_caps(text, run_start, run_end)
            )
        ):
            chunk = text[s:e]
            if len(chunk) < 2 and not chunk.isupper():
                continue
            if chunk.lower().rstrip(".") in STOP_CAPITALS or chunk.lower() in HEADLINE_BREAKS:
                continue
            portfolios = (
                _PORTFOLIOS.match(text, e, min(len(text), e + 100))
                if text[e : e + 1] == "," and _MINISTRY.match(chunk) is not None
                else None
            )
            if portfolios is not None:
                # "Department for Environment, Food and Rural Affairs": a ministry's portfolios
                e = covered = portfolios.end()
                chunk = text[s:e]
            elif " of " in chunk or " OF " in chunk:
                # "Institute of Law, Trade, and Design": a list closing the name
                tail = _OF_LIST.match(text, e, min(len(text), e + 80))
                if tail:
                    e = tail.end()
                    chunk = text[s:e]
            if s > start and text[s - 1] == "$" and _dollar_led(text, s):
                s -= 1  # "$Zephyr Token": a name written with a leading dollar sign
                chunk = text[s:e]
            elif text[e : e + 1] == " " or text[s - 1 : s] == " ":
                s, e = _widen(text, s, e, start, end)
                chunk = text[s:e]
            out.append(Name(chunk, s, e, _kind(text, s, e)))
    if text.find("4-H", start, end) >= 0:
        # "the 4-H and ...": the youth clubs' name alone, which opens on no capital
        clubs = [
            Name("4-H", c.start(), c.end(), "org")
            for c in _FOUR_H.finditer(text, start, end)
            if not any(n.start <= c.start() < n.end for n in out)
        ]
        if clubs and (limit is None or len(out) < limit):
            out = sorted(out + clubs, key=lambda n: n.start)
    return out


# The youth clubs' name standing alone (not "4-H Canada", which the run takes in).
_FOUR_H = deferred_pattern(r"(?<![\p{L}\d\-.$])4-H(?![\p{L}\d\-]|\s\p{Lu}\p{Ll})")


def _widen(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """A name's span taking in what completes it on either side: a club's "4-H" before it
    ("4-H Canada"), small words after a French particle ("Fédération de la jeunesse
    canadienne"), a plural its place names ("Springfield public schools")."""
    if (
        s - 4 >= lo
        and text[s - 3] == "-"
        and text[s - 4].isdigit()
        and text[s - 2].isupper()
        and (s - 5 < 0 or not text[s - 5].isalnum())
    ):
        s -= 4  # "4-H Canada"
    elif s - 2 >= lo and text[s - 1] == " " and text[s - 2].isdigit():
        number = _NUMBER_BEFORE.search(text, max(lo, s - 6), s)
        if number is not None and _FOUNDERS_COUNT.match(text, s, e) is not None:
            s = number.start()  # "100 Black Men of Atlanta": a number opens the name
    if text[e : e + 1] == " " and text[e + 1 : e + 2].islower():
        tail = _LOWER_TAIL.match(text, e, min(hi, e + 60))
        if tail is not None and (
            e - s > 3 if tail.group("particle") is not None else _place_before(text, s, e)
        ):
            e = tail.end()
    return s, e


# A whole number right before a name, not a sum's or a date's: "100| Black Men".
_NUMBER_BEFORE = deferred_pattern(r"(?<![\p{L}\d$€£¥₹,.:/\-])(?!(?:19|20)\d\d\s)\d{2,4}\s$")
# A name whose first or second word is a group of people counted by the number before it:
# "100 Black Men of Atlanta", "1000 Friends of Vale", "100 Women Who Care".
_FOUNDERS_COUNT = deferred_pattern(r"(?:\p{Lu}\p{Ll}+\s)?(?:Men|Women|Friends)\b")


def _place_before(text: str, s: int, e: int) -> bool:
    """Whether a name can be the place whose schools follow: not a people's adjective
    ("American schools"), not cut from a glued sentence or a headline's verb ("From")."""
    last = text[s:e].rsplit(" ", 1)[-1]
    return (
        "." not in text[s:e]
        and not last.endswith(("ian", "ican", "ean", "ish", "ese"))
        and last.lower() not in HEADLINE_BREAKS
    )


# What completes a name in small letters: a French particle and up to three small words
# ("Fédération| de la jeunesse canadienne-française", "Conseil| des arts et métiers"), or
# the schools or the district a place's name stands before ("Springfield| public schools").
_LOWER_TAIL = deferred_pattern(
    r"""
    \s(?:
        (?P<particle>de\sla\s|de\sl['’]|du\s|des\s|de\s|d['’])     # de la  du  des  d'
        (?!(?:la|le|les|the|a|an|and|et|for|of|to|in)\b)        # not a word of English
        \p{Ll}[\p{Ll}\p{M}\-]{2,}                                 # jeunesse
        (?:\s(?:et\s)?(?:du\s|des\s|de\s(?:la\s)?|d['’])?
           (?!(?:for|and|the|to|in|on|of|at|by|with|from|its|is|was|has|had|will|said|this|that
              |these|those|who|which|are|were|be|been|last|next|each|our|their|his|her|gave|got)\b)
           \p{Ll}[\p{Ll}\p{M}\-]{2,}){0,2}                     # canadienne-française
      | (?:(?:public|city|county|area|community|unified|independent)\s)?
        (?:schools|school\sdistrict|school\sdistricts|public\sschools|school\ssystem)   # public schools
      | (?:food\s|community\s)?pantry|food\sbank|food\sshelf|soup\skitchen  # "Haymarket Food| pantry"
      | (?:volunteer\s)?fire\sdepartment|police\sdepartment|public\slibrary
    )
    (?![\p{L}\d\-])
    """,
    regex.VERBOSE,
)


# Words after a gerund that open a clause ("Marking its 50th year", "Building on the
# success"): the gerund is the sentence's verb, no name.
_GERUND_OBJECTS = frozenset(
    "its the a an their our his her this these that more over up on with to in out".split()
)


def _gerund_opening(text: str, s: int, e: int) -> bool:
    """Whether a capitalised "-ing" word opens a sentence and a clause follows it."""
    if e - s < 6:
        return False
    nxt = text[e + 1 : e + 8].split(" ", 1)[0]
    if text[e : e + 1] != " " or nxt not in _GERUND_OBJECTS:
        return False
    before = text[max(0, s - 3) : s].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n:"


# Verbs that split a capitalised run even in a sentence-case headline:
# "Harbor Food Bank Confirms Lee Family Donation ... and thanks donors".
_TITLE_VERBS = deferred_pattern(
    r"\s(?:Confirms|Announces|Receives|Donates|Welcomes|Thanks|Pledges|Unveils|Celebrates|Launches"
    r"|Collaborates|Benefiting|Benefitting)(?=\s|$)"  # the run may end at the verb: "Acme Receives grant funding"
)


def _at_title_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A headline's capitalised run cut around the verbs of ``_TITLE_VERBS``."""
    out = []
    for v in _TITLE_VERBS.finditer(text, start, end):
        out.append((start, v.start()))
        start = v.end()
    if start < end:
        out.append((start, end))
    return out


def _dollar_led(text: str, pos: int) -> bool:
    """Whether the "$" before ``pos`` opens a name ("$Zephyr", "$Quill"): a word of a capital
    and small letters, the "$" not after a letter or digit ("US$", "C$") nor a sum."""
    return (
        (pos < 2 or not text[pos - 2].isalnum())
        and text[pos : pos + 1].isupper()
        and text[pos + 1 : pos + 2].islower()
    )


def _is_headline_case(title: str) -> bool:
    """Whether a headline capitalises its verbs (Title Case or ALL CAPS)."""
    words = [w for w in title.split() if w[:1].isalpha()]
    if not words:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.7 * len(words)


def _looks_caps(text: str, start: int, end: int) -> bool:
    """Whether a run is written in capitals throughout (an ALL CAPS line), so verbs break it."""
    if end - start <= 12 or not text[start:end].isupper():
        return False  # too short, or a small letter in it: the count below could not pass
    letters = [c for c in text[start:end] if c.isalpha()]
    return (
        len(letters) > 12 and all(c.isupper() for c in letters) and " " in text[start:end].strip()
    )


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> frozenset[str]:
    """The lower-case content tokens of a name, for telling mentions of one entity apart."""
    toks = _findall(r"[\p{L}\p{M}\d]+", _sub(rf"{APOSTROPHE}s\b", "", name.lower()))
    return frozenset(t for t in toks if t not in _NAME_GENERIC)


_NAME_GENERIC = frozenset(
    """
    the a an of and for in on at to inc incorporated llc ltd limited corp corporation co company
    plc group holdings
    """.split()
)


@lru_cache(maxsize=4096)
def acronym_of(name: str, inner: bool = False) -> str:
    """The initials of a name's capitalised words: "Hope Alzheimer's Fund" -> "HAF".

    ``inner``: a word's inner capitals count too, "Vale HealthCare System" -> "VHCS" (not a
    "Mc" or "Mac": "McKay Trust" -> "MT").
    """
    words = [
        w
        for w in _findall(r"[\p{L}\d][\p{L}\p{M}\d'’\-.]*", name)
        if w.lower() not in ("of", "for", "and", "the", "&", "de")
    ]
    if not inner:
        return "".join(w[0].upper() for w in words)
    return "".join(
        w[0].upper() + ("" if w.startswith(("Mc", "Mac")) else "".join(_INNER_CAPITALS.findall(w)))
        for w in words
    )


# A capital inside a word, between small letters: "Health|C|are".
_INNER_CAPITALS = deferred_pattern(r"(?<=\p{Ll})\p{Lu}(?=\p{Ll})")


def split_coordination(name: Name, known: frozenset[str]) -> list[Name]:
    """Split "A and B" into two names when A or B is also named alone (``known`` holds lower-case texts)."""
    t = name.text
    m = _search(r"\s(?:and|&|AND)\s", t) if "and" in t or "&" in t or "AND" in t else None
    if not m:
        return [name]
    if m.group().strip() == "&" and " and " in t[m.end() :]:
        # "Procter & Gamble and Target": the word joins the two, the sign is in a name
        m = _search(r"(?<=\s&\s\S[^&]*)\s(?:and|AND)\s", t) or m
    left, right = name.text[: m.start()], name.text[m.end() :]
    lk, rk = left.lower(), right.lower()
    if " " not in right and rk.rstrip(".") in _FIRM_TAILS:
        return [name]  # "Pell & Sons", "Brackett Heating and Air": one firm
    if (
        " " not in left
        and left[:1].isupper()
        and m.group().strip() != "&"
        and right.count(" ") >= 2
        and rk.rsplit(" ", 1)[-1] in _PLURAL_HEADS
    ):
        # "Dolton and Summit Fire Departments": two places' bodies, named with one head
        s2 = name.start + m.end()
        return [
            Name(left, name.start, name.start + len(left), "name"),
            Name(right, s2, name.end, "org"),
        ]
    if right.startswith(("The ", "the ")):  # "Allstate and The Allstate Foundation"
        s2 = name.start + m.end() + 4
        return [
            Name(left, name.start, name.start + len(left), _kind_plain(left)),
            Name(right[4:], s2, name.end, _kind_plain(right[4:])),
        ]
    if _search(r"\s(?:of|for|de)\s", left):
        # "Centers for Children & Families", "Department of Health and Human Services"
        if not (m.group().strip() != "&" and _both_named(left, right)):
            return [name]
    elif not (
        lk in known or rk in known or (m.group().strip() != "&" and _both_whole(left, right))
    ):
        return [name]
    s2 = name.start + m.end()
    return [
        Name(left, name.start, name.start + len(left), _kind_plain(left)),
        Name(right, s2, name.end, _kind_plain(right)),
    ]


# Last words that close one firm's name after "and" or "&": "Pell & Sons", "Vale Heating and Air".
_FIRM_TAILS = frozenset(
    """
    sons daughters brothers bros associates partners company co air cooling heating plumbing
    electric electrical supply supplies
    """.split()
)
# Plural heads two places share: "Dolton and Summit Fire Departments", "Lee and Ash Counties".
_PLURAL_HEADS = frozenset(
    """
    departments councils districts libraries schools hospitals churches clubs chambers
    """.split()
)


def _both_whole(left: str, right: str) -> bool:
    """Whether "A and B" reads as two names: B is no organisation head that A lacks, A no initial."""
    if _search(r"(?:^|\s)\p{Lu}\.?$", left):  # "Edna J. and Walter P. Brightwater Trust"
        return False
    rlast = right.split()[-1].lower().rstrip(".,")
    llast = left.split()[-1].lower().rstrip(".,")
    if rlast in ORG_SUFFIXES and llast not in ORG_SUFFIXES:
        # "Bill & Melinda Gates Foundation" (but "Vale Scouts and Elm Youth Club": a body of
        # two words or more, then one of three words or more, is two bodies)
        return llast in _GROUP_PLURALS and len(left.split()) >= 2 and len(right.split()) >= 3
    return len(left.split()) + len(right.split()) >= 3 or (left.isupper() and right.isupper())


# The last words of a group's name, plural, that need no organisation head: "Vale |Scouts|".
_GROUP_PLURALS = frozenset(
    "scouts guides cadets brownies cubs rangers rovers friends volunteers singers players".split()
)
# "Food Bank of Lake County and Bayside State College": a name whose "of" takes two words or
# more, then a name of two words or more.
_OF_TWO_WORDS = deferred_pattern(
    r"\s(?:of|for)\s(?:the\s)?\p{Lu}\S*\s\p{Lu}[^\s,]*(?:\s\p{Lu}[^\s,]*)*$"
)


def _both_named(left: str, right: str) -> bool:
    """Whether "A of X Y and B C" reads as two names, though A has an "of": not "Department of
    Health and Human Services" (one word after "of"), not "Centers for Disease Control and Prevention"."""
    words = right.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1].lower().rstrip(".,") not in _SHARED_TAILS
        and words[-1].lower().rstrip(".,") not in _PLACE_TAILS
        and words[0].lower() not in _PLACE_HEADS  # "United Way of Greater Erie and Southern Ohio"
        and _OF_TWO_WORDS.search(left) is not None
    )


# Last words a coordinated tail shares with the head: "Office of Arts and Culture Affairs".
_SHARED_TAILS = frozenset("affairs services development studies sciences arts".split())
# A second place in an organisation's area: "of Marin and Sonoma Counties", "and Southern Ohio".
_PLACE_TAILS = frozenset(
    "county counties valley valleys region area island islands coast bay".split()
)
_PLACE_HEADS = frozenset(
    """
    southern northern eastern western central greater north south east west upper lower
    northeast northwest southeast southwest new
    """.split()
)


def _kind_plain(text: str) -> Kind:
    words = text.split()
    if words and words[-1].lower() in ORG_SUFFIXES:
        return "org"
    if len(words) == 1 and text.isupper():
        return "org"
    return "name"


__all__ = ["Name", "acronym_of", "clean_name", "find_names", "name_tokens", "split_coordination"]
