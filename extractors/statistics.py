"""Statistics: the quantitative claims a release cites, each with its value and what it counts.

Reads the number finder (``numbers.find_numbers``), the money finder's output and
the gift frame, and keeps the numbers that make a claim about the world:

- counts with the noun they count: "4.2 million primary-school pupils",
  "more than 400 volunteer-led cleanup days", "31 states and territories";
- shares: "40%", "40 per cent of participants", "forty percent", "fewer than half
  of women" (a fraction followed by "of" is a share in percent: 50);
- ratios: "1 in 5 children" (value 0.2);
- ranges, both ends: "12–15 farms" (12 and 15), "1.7 to 1.8 million tonnes" (the first
  end takes the second's scale: 1,700,000), "20–30%" (20 and 30 percent);
- ranks: "No. 3 cause of death", "the #1 ranked eye hospital", "sixth largest
  privately held company", "third in the nation", "one of the top 100 inventions";
- money that is not the gift: "$531 million in grants", "a $49 billion company"
  (``unit`` is the ISO 4217 code; the gift frame's amounts are left out, by
  span and by value).

Output: ``Statistic(text, value, unit, subject, start, end, rule, confidence,
bound, section)``. ``unit`` is "percent", "ratio", "rank", an ISO code, or None
for counts; ``subject`` is the counted noun phrase ("primary-school pupils");
``bound`` is "at_least" for "more than 2.3 million", "3,000+", "25-plus";
"up_to" for "up to", "fewer than"; "approx" for "nearly", "about", "some".
``section`` is "boilerplate" past ``doc.body_end`` (About sections, contacts).

Vague plurals: the number finder reads "hundreds of volunteers" as 100, the
lower bound of what it says, with ``bound="at_least"`` ("tens of millions of"
is 10,000,000). Decision: they are NOT reported as statistics, since no
count is claimed; annotated releases never require them (at most they accept
them as optional), so reporting them would add no match. A caller that wants
them reads ``find_numbers``: value = the lower bound, bound = "at_least".
Likewise "N in total" / "N in all" is a count whose noun came before it
(``subject`` None). Durations ("three decades", "21 years")
are counts of time, reported with rule ``statistics.duration``; reporting
periods ("the twelve months ended December 31") are not.

Not statistics: dates and years ("2022", "June 1", "2022-2023", "the ’90s"),
times, ages ("John Doe, 45,", "a 12-year-old"), phone numbers, street
addresses, postal codes, tickers and exchange codes ("HKEX: 0700"), list and
section numbering ("1.", "(2)", "Section 4"), version and model numbers
("Windows 11", "2.0"), "501(c)(3)", "COVID-19", "K-12", ordinals that are not
ranks ("the fifth year"), a bare "one", and the gift amounts themselves.

    >>> from .document import read
    >>> from .gifts import GiftFrame
    >>> doc = read("Acme Helps Kids\\n\\nThe scheme serves more than 2.3 million pupils in 31 countries.")
    >>> [(s.text, s.value, s.subject, s.bound) for s in find_statistics(doc, [], GiftFrame())]
    [('more than 2.3 million pupils', 2300000.0, 'pupils', 'at_least'), ('31 countries', 31.0, 'countries', 'exact')]
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import regex

from .document import Document, deferred_pattern
from .gifts import GiftFrame
from .model import Bound, Section, Statistic
from .money import Money
from .numbers import NumberMention, find_numbers, glued_unit_end
from .patterns import alternation, compile_pattern, finditer

# Words before a number that bound it. Keep the longest first (alternation sorts).
BOUNDS: dict[str, Bound] = {
    "more than": "at_least", "over": "at_least", "at least": "at_least", "in excess of": "at_least",
    "upwards of": "at_least", "just over": "at_least", "well over": "at_least", "north of": "at_least",
    "a minimum of": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "fewer than": "up_to",
    "less than": "up_to", "under": "up_to", "just under": "up_to", "a maximum of": "up_to",
    "nearly": "approx", "almost": "approx", "approximately": "approx", "about": "approx",
    "around": "approx", "roughly": "approx", "some": "approx", "close to": "approx",
    "an estimated": "approx", "estimated": "approx", "approx.": "approx", "circa": "approx",
    "no more than": "up_to", "not more than": "up_to", "not less than": "at_least",
    "greater than": "at_least", "upward of": "at_least", "a little over": "at_least",
    "just shy of": "approx", "in the region of": "approx", "on the order of": "approx",
}  # fmt: skip
# The last word of each bound phrase, to skip the search when none is there.
BOUND_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in BOUNDS)
# The bound phrases, a line break allowed where a space is: "more\nthan 500" (wrapped text).
_BOUND_PHRASES = alternation(BOUNDS).replace("\\ ", "(?:[ ]|\\r?\\n)")
BOUND_BEFORE = compile_pattern(
    rf"(?<![\w-])(?P<bound>{_BOUND_PHRASES})(?:[ \t\u00a0]{{1,2}}|\r?\n)$",
    regex.IGNORECASE,  # (and after it: "about\n40")
)

MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Capitalised words before a number that name a thing rather than count one:
# "Section 4", "Windows 11", "Suite 400", "Phase 2", "Day 1".
NAME_BEFORE = frozenset(
    """section chapter article title phase step stage level tier class series version model gen
    generation day week round season episode vol volume issue page item rule form part route
    highway hwy interstate suite ste box unit room floor building bldg gate lot pier platform
    terminal flight fig figure table windows ios android office fortune district ward region
    zone channel proposition prop measure bill act lane grade grades group team studio
    ages age aged pages pp para paragraph appendix exhibit schedule annex q h fy cy no nos
    number # v rev clause regulation category band precinct area sector block plot flat apartment
    amendment division option question objective priority pillar recommendation scenario
    goal exhibit type ps layer
    inc s&p ftse russell nikkei stoxx msci""".split()
)  # (the last line: a list or an index named by a number: "Inc. 5000", "S&P 500", "FTSE 100")
# Capitalised words that may open a sentence before a count: "Over 500 families".
COUNT_OPENERS = frozenset(
    """over more nearly almost about approximately around roughly some all another only just
    the with of and but by in to for its their our his her each every these those this that
    today now currently since each up at least than additionally also including with
    between overall altogether together collectively those""".split()
)
# Spanish and Portuguese months, after "de": "29 de marzo de 2025".
LATIN_MONTHS = frozenset(
    """enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro""".split()
)
# Kitchen measures, and a measure after a quantity: the ingredient list of a recipe
# ("2 tablespoons olive oil 1/4 teaspoon salt"), whose quantities make no claim.
_KITCHEN_UNITS = """tablespoon tablespoons teaspoon teaspoons tbsp tbsps tsp tsps cup cups pinch
    handful handfuls clove cloves sprig sprigs dash""".split()
_KITCHEN_SIZES = "small large heaping level".split()
KITCHEN_MEASURES = frozenset(_KITCHEN_UNITS + _KITCHEN_SIZES)
KITCHEN_MEASURE = deferred_pattern(
    rf"(?:\d|½|¼|¾)[ \u00a0](?:(?:{alternation(_KITCHEN_SIZES)})[ \u00a0])?"
    rf"(?:{alternation(_KITCHEN_UNITS)})\b",
    regex.IGNORECASE,
)
# Nouns that name a stretch of time, so that "a 24-hour period", "her 47-year career" state
# how long something lasted (a duration), where "a two-year project" names a term.
SPAN_NOUNS = frozenset("period career history tenure span lifespan timeframe stretch".split())
# What comes before "a 24-hour period" that measures over it ("over a", "during the"),
# where "within a two-year period", "for a 36-month period" set a term.
PERIOD_LEAD = deferred_pattern(
    r"\b(?:over|during|across|throughout|in)[ \u00a0](?:(?:a|an|the|its|their|this|that)[ \u00a0])?$",
    regex.IGNORECASE,
)
TIME_UNITS = frozenset(
    """year years decade decades month months week weeks day days hour hours minute minutes
    second seconds century centuries yr yrs""".split()
)
# Units of a text to be written: with a cue of a call for entries near them, "an essay of
# 500 words or less" and "not to exceed three pages" set a limit, and claim nothing.
DOCUMENT_UNITS = frozenset(
    """word words page pages sentence sentences paragraph paragraphs character characters
    single-spaced double-spaced typed""".split()
)
SUBMISSION_CUE = deferred_pattern(
    r"(?i:essays?[ ]of|submit|exceed|or[ ](?:less|fewer)|no[ ]more[ ]than|maximum|\bmax\b"
    r"|limit|summari[sz]|\bprompt)"
)
# A time unit after "every N": "every four years" says how often, a rate (a claim), where
# "for every 1,000 men" names the base of one.
EVERY_PERIOD = deferred_pattern(r"[ \u00a0](?:years?|months?|weeks?|days?|hours?|minutes?)\b")
# A grade of stars used as an adjective: "5-star reviews", "a 5 Star experience" (not "5 stars").
STAR_GRADE = deferred_pattern(r"[- \u00a0][Ss]tar(?![\w-])|[- \u00a0]STAR\b")
# Words that end a subject: prepositions, verbs of being, relatives, conjunctions.
STOP = frozenset(
    """in at on for from to with by across into through throughout over under between among
    since during within without around about after before until via than as who that which
    whose where when while but so because if is are was were be been being has have had will
    would can could may might should must do does did including such like annually currently
    nationwide worldwide globally each every this these those it they we he she you i there
    here not also now today yet more less most least than then thus very just only
    ended ending what whom them us him ages aged age
    go goes remain remains know knows lack lacks need receive receives get gets live
    work attend attends face use want wants make makes take takes
    come comes see sees believe believes report feel feels struggle struggles die
    dies suffer suffers earn earns access learn learns gain become becomes continue
    continues rely relies qualify qualifies participate participates visit join joins
    lose loses say agree agrees choose chooses expect expects plan
    employ employs serve serves operate operates provide provides offer offers include includes
    support supports help helps run hold host hosts build builds create creates
    reach reaches deliver delivers represent represents account cover
    cut raise reduce reduces increase improve improves expand expands
    boost boosts add adds bring brings save invest invests open opens launch
    found said told lost won died fell rose grew went came saw made took gave left met
    sells produces manufactures distributes owns develops last next
    said says say according per versus vs against toward towards upon onto off out up down
    the a an its their our his her your my outside inside beyond near alongside amid
    amongst happen happens occur occurs abroad overseas
    built began became wrote brought bought sold spent kept led paid sent taught drew win
    underwent directly respectively altogether apiece pursuant
    primarily mainly mostly largely exclusively solely
    got put felt heard thought stood ran""".split()
)
DETERMINERS = frozenset("the a an its their our his her your my this that these those".split())
# Stop words that also name what a plural noun is for, first after a number:
# "475 open locations", "two access roads", "four work sites", "30 support groups",
# "50 worldwide patents", "12 statewide chapters".
NOUN_MODIFIERS = frozenset("open access work support nationwide worldwide statewide".split())
AFTER_OF_OK = frozenset("the its their our all these those his her".split())
# Ranks: "No. 3", "#1", "number one"; ordinals that rank: "sixth largest", "third in the nation".
RANK_BEFORE = deferred_pattern(r"(?:\bNo\.?|\bNumber|\bnumber|#)[ \u00a0]?$")
SUPERLATIVE_AFTER = deferred_pattern(
    r"""(?:[ \t\u00a0-]{1,2}|\r?\n)(?:           # (a line end: wrapped, "the sixth\nlargest")
          (?:largest|biggest|highest|lowest|most|best|fastest|leading|oldest|greatest|busiest|
             top|strongest|smallest|richest|poorest|safest|ranked|place|overall|only\s+to|
             longest|tallest|heaviest|hottest)\b                  # "the second-longest streak"
        | in\s+the\s+(?:nation|world|country|state|region|u\.?s\.?|industry)\b
        | (?:among|on\s+the\s+list)\b
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# The first letters of ``SUPERLATIVE_AFTER``'s words.
_SUPERLATIVE_INITIALS = frozenset("lbhmfogtsrpiaLBHMFOGTSRPIA")


def _may_be_superlative(text: str, e: int) -> bool:
    """A cheap test that ``SUPERLATIVE_AFTER`` may match at ``e``: False means it cannot.

    Its words come after one or two spaces or hyphens; a word starting with any
    other ASCII character cannot be one of them (others are left to the pattern).
    """
    gap = text[e : e + 1]
    if not gap or gap not in " \t\u00a0-\n\r":
        return False
    first = text[e + 1 : e + 2]
    if gap == "\r":  # a Windows line end: the word starts after its "\n"
        first = text[e + 2 : e + 3]
    if first and first in " \t\u00a0-":
        first = text[e + 2 : e + 3]
    return not first or first in _SUPERLATIVE_INITIALS or first > "\x7f"


RANKED_BEFORE = deferred_pattern(
    r"\b(?:ranked|ranks|ranking|placed|places|finished|finishes|came|comes|rated)[ \u00a0](?:as[ \u00a0])?$",
    regex.IGNORECASE,
)
# A rank written as a plain number after "ranking of" or "ranked": "a ranking of 4,277 on
# the list", "ranked 12 in the state" (not "a ranking of 10 cities", "ranked 40 schools").
RANK_OF_BEFORE = deferred_pattern(
    r"\b(?:(?:ranking|rank|position)[ \u00a0]of|ranked|ranks|ranking)[ \u00a0]$", regex.IGNORECASE
)
RANK_OF_AFTER = deferred_pattern(
    r"""(?:[.,;:)]                                        # the rank ends the clause
      | [ \u00a0](?:on|in|among|amongst|out[ \u00a0]of|of[ \u00a0]\d|overall|nationally|
                   globally|worldwide|for|this|last|and|with|after)\b)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_TOP_ENDS = ("top ", "top\n", "top\r\n")  # "top 10", and "top" at a wrapped line's end
TOP_BEFORE = deferred_pattern(
    r"\b(?:top|Top|TOP)(?:[ \u00a0]|\r?\n)$"
)  # (or at a line's end: wrapped)

# What follows a number and shows it is a date, a time, an age or an address.
NOT_AFTER = compile_pattern(
    rf"""
    (?:
        (?:[ \u00a0]|\r?\n)?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|a\.m\b|p\.m\b|[AP]\.M\.)     # 11 a.m. (a line break too)
      | :\d                                                                 # 11:30  3:1
      | (?:[ \u00a0]|\r?\n)(?i:{alternation(MONTHS)})\b                             # 1 June
      | [ \u00a0]de[ \u00a0](?i:{alternation(LATIN_MONTHS)})\b                 # 29 de marzo
      | -?(?:[ \u00a0]|\r?\n)?(?:year|yr)s?(?:[ \u00a0-]|-?\r?\n)olds?\b | (?:[ \u00a0]|\r?\n)years?(?:[ \u00a0]|\r?\n)of(?:[ \u00a0]|\r?\n)age\b   # 45 years old
      | \(\w                                                                # 501(c)
      | (?:[ \u00a0]|\r?\n)(?:\p{{Lu}}[\p{{L}}.]*(?:[ \u00a0]|\r?\n)){{0,3}}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Parkway|Pkwy\.?|Court|Ct\.?|Place|Pl\.?|Square|Highway|Hwy\.?|Circle|Terrace|Plaza|Suite|Floor)\b
      | (?:[ \u00a0]|\r?\n)[NSEW]\.?(?:[ \u00a0]|\r?\n)(?:\d{{1,4}}(?:st|nd|rd|th)\b|\p{{Lu}}\p{{Ll}}|[A-Z]{{1,3}}-\d)   # 6900 W 119th St, 551 S IH-35
      | (?:[ \u00a0]|\r?\n)(?i:north|south|east|west)(?:[ \u00a0]|\r?\n)\d{{1,4}}(?:st|nd|rd|th)?\b       # 352 west 44th street, 5677 South 1475 East
      | -\d | \.\d | /\d                                                  # 555-1212  2.0.1  24/7
      | [ \u00a0]?(?:times|x)\b                                             # 3 times  2x
      | [’']s\b                                                             # the 1990's
    )
    """,
    regex.VERBOSE,
)
# The characters ``NOT_AFTER`` can start with, and the lower-cased first two
# letters of its words after a space ("a.m.", "pm", months, "years", "times"):
# most numbers are followed by a word no alternative begins with, and then the
# pattern is not run. Capitals and anything beyond ASCII are left to the pattern.
_NOT_AFTER_FIRST = frozenset(" \u00a0\r\n:(-./’'apAPytx")
_NOT_AFTER_PAIRS = frozenset("a. am p. pm ye yr ti ja fe ma ap ju au se oc no de so ea we".split())


def _may_be_not_after(after: str) -> bool:
    """A cheap test that ``NOT_AFTER`` may match ``after``: False means it cannot."""
    if after[:2] == "\r\n":
        after = after[1:]  # a Windows line end reads as its "\n"
    first = after[:1]
    if first not in _NOT_AFTER_FIRST:
        return False
    if first != " " and first != "\u00a0" and first != "\n":  # (a wrapped line: "\n" is a space)
        if first == "-":  # "-7075", "-year-old", "- year old"; not "-based", "-K"
            second = after[1:2]
            return second in ("y", " ", "\u00a0", "\n", "\r") or second.isdigit() or second > "\x7f"
        return True
    second = after[1:2]
    if second == "y":  # "years old", "years of age"; not "years of service"
        return "old" in after[:14] or "age" in after[:16]
    if "a" <= second <= "z":
        return after[1:3].lower() in _NOT_AFTER_PAIRS or second == "x" or after[2:3] > "\x7f"
    return "A" <= second <= "Z" or second > "\x7f"


# A subject: up to seven words after the number; trimmed in ``_subject``.
SUBJECT = compile_pattern(
    r"""
    (?P<gap>[ \u00a0]|\r?\n|-)                               # " "  "-fold" (not a table's gap)
    (?:(?P<of>of)(?:[ \t\u00a0]{1,2}|\r?\n))?                 # "hundreds of" (a line break too)
    (?P<money>(?:US)?[$€£][ ]?\d[\d,.]{0,15}(?:[ ](?:million|billion|thousand))?[ \t\u00a0]{1,2})?   # "two $25,000 grants"
    (?P<np>[\p{L}\d](?:[\p{L}\d’'&\-]|\.(?!\p{Lu}\p{Ll})){0,40}(?:(?:,?[ \u00a0]|\r?\n)[\p{L}\d&](?:[\p{L}\d’'&\-]|\.(?!\p{Lu}\p{Ll})|,(?=\d)){0,40}){0,8})
    # (a later word may be a grouped number: "2,000 of its 5,000 staff"; a full stop
    # before a capitalised word ends the phrase: "76 countries.As of May", no space)
    """,
    regex.VERBOSE,
)
# What ``SUBJECT`` opens with: where none is, it is not tried.
_SUBJECT_GAPS = frozenset(" \u00a0\r\n-")


def _subject_match(text: str, at: int, reach: int) -> regex.Match[str] | None:
    """``SUBJECT`` matched at ``at`` within ``reach`` characters, or None."""
    if text[at : at + 1] not in _SUBJECT_GAPS:
        return None
    return SUBJECT.match(text, at, min(len(text), at + reach))


# Group numbers, read by number: by name costs several times more in ``regex``.
_S_GAP, _S_OF, _S_MONEY, _S_NP = (SUBJECT.groupindex[g] for g in ("gap", "of", "money", "np"))
_BOUND = BOUND_BEFORE.groupindex["bound"]
# Words that say money is given, for when the gift frame found no amounts ("Holiday Gifts",
# "Free Gift Bonus" are goods for sale or a shop's present, no gift of money).
GIFT_CUE = deferred_pattern(
    r"\b(?:donat\w*|(?<!\b(?i:holiday|christmas|easter|birthday|mother['’]?s[ \u00a0]day|father['’]?s[ \u00a0]day|"
    r"valentine['’]?s(?:[ \u00a0]day)?|perfect|luxury|exclusive|mystery|free|unique|festive|curated)[ \u00a0])"
    r"gifts?(?![ \u00a0\-](?:cards?|guides?|ideas?|sets?|shops?|bags?|baskets?|boxes|ready|collections?|bonus)\b)|"
    r"grants?|granted|pledg\w*|awards?|awarded|contribut\w*|endow\w*|rais(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|"
    r"scholarships?|bursar(?:y|ies))\b",
    regex.IGNORECASE,
)
# Money in accounting brackets, a loss: "$(38.6)M", "$(1,204) thousand", "€(2.5) million".
BRACKETED_MONEY = deferred_pattern(
    r"""
    (?P<cur>[$€£])\(                                     # "$(" - the sign, then the bracket
    (?P<num>\d{1,3}(?:,\d{3}){0,4}(?:\.\d{1,3})?|\d{1,9}(?:\.\d{1,3})?)   # 38.6  1,204
    \)                                                  # the closing bracket
    (?:[ \u00a0]?(?P<scale>[KMB]\b|thousand|million|billion))?   # M  million
    """,
    regex.VERBOSE,
)
# A multiple: "a 4.5x increase", "raised 12x the capital" (not "0x1F", "1920x1080", "3x3").
# A capital X only before a word of comparison: "20X faster", "a 100X price rise" (not
# "the Pixel 3X and", "Model 15X").
MULTIPLE = deferred_pattern(
    r"""
    (?<![\w.,/\-])
    (?:(?P<low>\d{1,4}(?:\.\d{1,2})?)x?[\-\u2013](?=\d))?  # the low end of a range: "20-50x", "2x-3x"
    (?P<num>\d{1,4}(?:\.\d{1,2})?)                       # 4.5  12  100
    (?:x(?![\w\-])                                      # "4.5x increase", "over 50x."
      | X(?=[ \u00a0](?:faster|slower|more|less|higher|lower|greater|larger|bigger|smaller|
              better|cheaper|returns?|increase|growth|gains?|price|the)\b)   # "20X faster"
    )
    """,
    regex.VERBOSE,
)
BRACKET_SCALES = {"K": 1e3, "M": 1e6, "B": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}
BRACKET_CURRENCIES = {"€": "EUR", "£": "GBP"}
# A gift noun right after money, with at most one word between that is no
# preposition: "a $5,000 two-year scholarship", "the $800 award per student".
GIFT_NOUN_AFTER = deferred_pattern(
    r"[ \u00a0](?:(?!(?:in|of|for|to|from|and|or|per|the|a|an|each|over|with)[ \u00a0])"
    r"[\w\-]{1,20}[ \u00a0])?(?:grant|scholarship|award|prize|stipend|donation|gift|fellowship|pledge"
    r"|commitment)s?\b"  # "the company's $1 billion commitment to digital equity": a pledge
    r"(?![ \u00a0]pools?\b)"  # "a $1 million prize pool": a contest's pot, not a gift
)
# A gift to come just before money: "will be rewarded up to", "will each receive", "will donate".
FUTURE_GIFT_BEFORE = deferred_pattern(
    r"\b(?:will|shall)[ \u00a0](?:each[ \u00a0])?(?:be[ \u00a0](?:rewarded|awarded|granted|given)(?:[ \u00a0]with)?"
    r"|receive|donate|give|contribute|grant|award)"
    r"(?:[ \u00a0](?:up[ \u00a0]to|a[ \u00a0]total[ \u00a0]of|an[ \u00a0]additional|more[ \u00a0]than|over|nearly|"
    r"approximately|about|a|an))?[ \u00a0]$",
    regex.IGNORECASE,
)
# Headline words that say money is an investment, a loan or a fee waived, not a gift:
# "Startup Raises $2 Million in Seed Round" leaves its money to the statistics.
INVESTMENT_CUE = deferred_pattern(
    r"\b(?:seed|pre-seed|series[ \u00a0][A-H]|funding[ \u00a0]round|financing|private[ \u00a0]placement|"
    r"loans?|fee[ \u00a0]waiver|waivers?|offerings?|stock[ \u00a0]options?|inducement|restricted[ \u00a0]stock|"
    r"equity[ \u00a0]awards?|compliance|patents?|"  # "Granted Extension to Regain Compliance"
    r"(?:contribution|strategic|investment|bridge|angel|growth|venture|token)[ \u00a0]round|"
    r"pre-?sale|presale|token[ \u00a0]sale)\b",  # "Raises $3.8M in Contribution Round", "in Pre-sale"
    regex.IGNORECASE,
)
# A scale after money and a plus sign: "$19+ billion", "$10+ M".
PLUS_SCALE = deferred_pattern(
    r"\+[ \u00a0]{0,2}(?P<scale>thousand|million|billion|trillion|[KMB]\b)"
)
PLUS_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
}
ABBREVIATION = deferred_pattern(r"(?:\p{Lu}\.){2,}")  # "U.S." inside "12 U.S. states"
SCALED_CODE = deferred_pattern(r"\d{3,}[BGT]|\dG")  # "340B program", "5G network": names
# Gold's fineness after "18k": "18k gold", "14K white gold" (carats, not thousands).
KARAT_AFTER = deferred_pattern(
    r"[ \u00a0](?:(?:yellow|white|rose|solid)[ \u00a0](?:(?:and|or|&)[ \u00a0](?:yellow|white|rose)[ \u00a0])?)?"
    r"gold\b",  # "10K Yellow and White Gold"
    regex.IGNORECASE,
)
# What follows an age with a plus: "55+ community", "55+ active adult living".
AGE_PLUS_AFTER = deferred_pattern(
    r"(?:[ \u00a0]|\r?\n)(?:\p{Lu}\p{L}+[ \u00a0]){0,2}(?:active[ \u00a0]adult|adult|living|lifestyle|"
    r"community|neighborhood|housing)\b",  # (not "60+ residents", "55+ communities")
    regex.IGNORECASE,
)
VERSION = deferred_pattern(r"\d{1,2}\.0")
JOINT = deferred_pattern(
    r"(?:[ \u00a0\r\n]{1,2}(?:and|or|to)[ \u00a0\r\n]{1,2}"
    r"|[–—-])$"  # "12–15 assets", "20–30%": a range
)
# "one of four selected", "one of 12 honored": the group a thing was chosen from.
CHOSEN_AFTER = deferred_pattern(
    r"[ \u00a0](selected|chosen|named|honou?red|awarded|recognized|recognised|finalists)\b"
)
# A small number and an en dash before a number: "12–15 assets" is a range (a phone number
# or a code is written with hyphens; years are caught before).
EN_DASH_RANGE = deferred_pattern(
    r"(?<![\d.,\u2013\-]|\b(?i:ages?|aged|grades?)[ \u00a0]|\p{Lu}\p{L}*[ \u00a0])"
    r"\d{1,3}(?:,\d{3})?\u2013$"
)  # "ages 5–12": an age; "November 6–12", "Phase 1–3": a date, a name
# A range written with a hyphen, "200-300 families", "4-6 weeks", "10-15%": its low end
# (not after a digit, "ages" or "grades": "630-468-7075", "ages 5-12"; a capitalised word
# before it is judged by ``_range_low_ok``: "About 200-300", not "Phase 1-3"), and what
# follows its high end: a plural, a unit or a percent.
HYPHEN_LOW = deferred_pattern(
    r"(?<![\d.,\-\u2013/]|\b(?i:ages?|aged|grades?|kids|children)[ \u00a0])"
    r"(?:(?P<word>\p{Lu}\p{L}*)[ \u00a0])?(?P<low>\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?)-$"  # (or "1.5-")
)
HYPHEN_HIGH = deferred_pattern(
    r"-(?P<high>\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?)(?:%|(?:[ \u00a0]|\r?\n)(?:per[ \u00a0]?cent\b|percent\b|\p{Ll}+s\b"
    r"|(?:minute|hour|day|week|month|year|mile|acre|people|children|men|women|staff)\b"
    r"|(?:thousand|million|billion)\b))"  # "1.5-2 million people", "2.5-3.5%"
)  # a plural or a unit after it: "4-6 weeks", "10-15 minute walk" (not "a 43-101 report")
NAME_COMMA = deferred_pattern(r"\p{Lu}\p{Ll}+,\s$")
LETTERS = deferred_pattern(r"\p{L}+")
TICKER_BEFORE = deferred_pattern(r"\b[A-Z]{2,}:[ \u00a0]$")
# People, then an age bound: "women over 40", "those under 18", "patients aged 65".
AGE_BEFORE = deferred_pattern(
    r"\b(?:those|people|adults|men|women|children|kids|anyone|individuals|residents|patients|"
    r"students|seniors|girls|boys|youths?|everyone|persons)[ \u00a0](?:over|under|aged|above|below)[ \u00a0]$",
    regex.IGNORECASE,
)
# The words ``AGE_BEFORE`` ends with, for a test before it.
_AGE_WORDS = ("over", "under", "aged", "above", "below")
# A plural noun after the number: "players over 30 countries" counts countries.
PLURAL_AFTER = deferred_pattern(r"[ \u00a0](?!(?:has|was|is|does|this|years|yrs)\b)\p{Ll}{2,}s\b")
BARE_SCALES = frozenset(
    "hundred hundreds thousand thousands million millions billion billions lakh lakhs crore crores".split()
)
FROM_GIVER = deferred_pattern(r"[ \u00a0]{1,2}(?:from|by)[ \u00a0]{1,2}(?:[Tt]he[ \u00a0])?\p{Lu}")
TOTAL_AFTER = deferred_pattern(
    r"[ \u00a0]{1,2}(?:in[ \u00a0]{1,2}(?:total|all)|total|altogether)\b"
)
TOTAL_BEFORE = deferred_pattern(r"\b(?:[Aa][ \u00a0])?total[ \u00a0]of[ \u00a0]$")
# A comparison in times: "four times more likely", "2.5 times the national rate", "rose to 1.7 times".
TIMES_AFTER = deferred_pattern(
    r"(?:[ \u00a0]|\r?\n)times(?:(?:[ \u00a0]|\r?\n)(?:more|less|higher|lower|greater|larger|bigger|smaller|faster|"
    r"slower|as|likelier|the)\b(?:(?:[ \u00a0]|\r?\n)(?:likely|often|many|much)\b)?|(?=[.,;)]))"
)
# A grouped number with no noun after it that still counts what came before it:
# "home deliveries rose to 17,834.", "a workforce of 1,600,", "of 19,500 to 20,500 and",
# "jobs grew by 3,500.", "reaching 5,200 in 2025", "attendance hit a record 45,000".
BARE_COUNT_BEFORE = deferred_pattern(
    r"\b(?:to|of|from|than|at|reached|totaled|totalled|approximately|about|nearly|over|"
    r"topped|surpassed|exceeded|is|was|are|were|now|"
    r"by|reaching|surpassing|exceeding|totaling|totalling|record)(?:[ \u00a0]|\r?\n)$"
)
BARE_COUNT_AFTER = deferred_pattern(
    r"[.,;](?:\s|$)|[ \u00a0](?:and|to)[ \u00a0]"
    r"|[ \u00a0](?:last|this|in)[ \u00a0](?:year|month|week|quarter|(?:19|20)\d\d\b)"  # "rose to 6,500 last year"
    r"|[ \u00a0]as[ \u00a0]of[ \u00a0]"  # "holdings grew to 2,805 as of June"
)
# What joins a share to the count of its group: "two-thirds of the 1,500 respondents".
SHARE_OF_THE = frozenset({" of the ", " of its ", " of their ", " of our ", " of all "})
# A line's label before its figure: "Total supply: ", "Members:".
LABEL_BEFORE = deferred_pattern(r"(?:^|\n)[ \t\u00a0\-*•]*\p{L}[\p{L} ]{2,40}:[ \u00a0]{0,2}$")
PERIOD_AFTER = deferred_pattern(r"[ \u00a0]{0,2}(?:ended|ending|end\b)", regex.IGNORECASE)


def find_statistics(doc: Document, money: list[Money], frame: GiftFrame) -> list[Statistic]:
    """Every statistic in the release, in document order."""
    text = doc.text
    gift_spans, gift_values = _gift_money(doc, money, frame)
    gift_index = _span_index(gift_spans)
    out: list[Statistic] = []
    money_spans: list[tuple[int, int]] = []
    for m in money:
        money_spans.append((m.start, m.end))
        if _overlaps(gift_index, m.start, m.end) or (m.value, m.currency) in gift_values:
            continue
        if GIFT_NOUN_AFTER.match(text, m.end, m.end + 40):
            continue  # "each receives a $5,000 two-year scholarship": a gift's size
        if text[m.end : m.end + 4] != " off" and FUTURE_GIFT_BEFORE.search(
            text, max(0, m.start - 50), m.start
        ):
            continue  # "each will be awarded $500,000": the size of a gift to come
        if "par value" in text[max(0, m.start - 14) : m.start]:
            continue  # "par value $0.001": a share's nominal price, no claim
        section: Section = "boilerplate" if doc.is_boilerplate(m.start) else "body"
        if text[m.end : m.end + 1] == "+" and (plus := PLUS_SCALE.match(text, m.end, m.end + 12)):
            # "$19+ billion": the scale after the plus belongs to the sum
            end = plus.end()
            value = m.value * PLUS_SCALES[plus.group("scale").lower()]
            out.append(Statistic(text[m.start : end], value, m.currency, None, m.start, end,
                                 "statistics.money", 0.7, "at_least", section))  # fmt: skip
            continue
        out.append(
            Statistic(
                m.text,
                m.value,
                m.currency,
                None,
                m.start,
                m.end,
                "statistics.money",
                0.7,
                m.bound,
                section,
            )
        )
    if "$(" in text or "€(" in text or "£(" in text:
        for loss in _bracketed_money(doc, money):
            out.append(loss)
            money_spans.append((loss.start, loss.end))
    out.extend(_multiples(doc))
    title_end = doc.title.end if doc.title else 0
    dateline = (doc.dateline.start, doc.dateline.end) if doc.dateline else (0, 0)
    money_starts = sorted(money_spans)
    mentions = find_numbers(text, skip=money_starts, units=True)
    mi = 0
    for i, n in enumerate(mentions):
        while mi < len(money_starts) and money_starts[mi][1] <= n.start:
            mi += 1
        if mi < len(money_starts) and money_starts[mi][0] < n.end:
            continue  # the digits of "$5 million": the money is reported as money
        if dateline[0] <= n.start < dateline[1]:
            continue
        if n.kind == "number" and "A" <= text[n.end : n.end + 1] <= "z":
            unit_end = glued_unit_end(text, n.end, len(text))
            if unit_end > 0:
                measure = _glued_measure(doc, n, unit_end, n.start < title_end)
                if measure is not None:
                    out.append(measure)
                continue
        if n.kind == "number" and n.value >= 1 and text[n.start - 3 : n.start] in _RANK_OF_ENDS:
            rank = _rank_of(doc, n)
            if rank is not None:
                out.append(rank)
                continue
        if n.kind == "number" and n.value >= 0:
            # Most numbers of a financial table stop here, before the full tests.
            if _nothing_counted(text, n.end, n.start):
                continue
            value = n.value
            if (
                (1800 <= value <= 2100 or value >= 10000)
                and n.text.isdigit()
                and n.text.isascii()
                and text[n.end + 1 : n.end + 6] != "times"
                and not _bounded_count(text, n.start, n.end)
            ):
                continue  # a year, a postal code: ``_not_a_statistic``'s first test, sooner
            checked = True
        else:
            checked = False  # "- 12-month": ``_statistic`` moves the start first
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        stat = _statistic(doc, n, nxt, n.start < title_end, checked)
        if stat is not None:
            out.append(stat)
    out.sort(key=lambda s: (s.start, s.end))
    if title_end and out and out[0].start < title_end:
        out = _without_repeated_headline(out, title_end)
    return out


_RANK_OF_ENDS = frozenset(("of ", "ed ", "ks ", "ng "))  # the ends of ``RANK_OF_BEFORE``


def _in_recipe(text: str, start: int, end: int) -> bool:
    """Whether a kitchen measure stands in a list of them: another one within 100 characters."""
    return any(
        KITCHEN_MEASURE.search(text, a, b) is not None
        for a, b in ((max(0, start - 100), start), (end, min(len(text), end + 100)))
    )


def _span_of_time(subject: str, before: str) -> bool:
    """Whether "N-year X" tells how long something lasted: "her 47-year career", "over a 24-hour period"."""
    words = subject.lower().split()
    if len(words) > 3 or words[-1] not in SPAN_NOUNS:
        return False  # "a 300-year story of the state's history": the noun is not the span
    return words[-1] != "period" or PERIOD_LEAD.search(before) is not None


def _rank_of(doc: Document, n: NumberMention) -> Statistic | None:
    """A rank given as a plain number: "a ranking of 4,277 on the list", "ranked 12 in the state"."""
    text = doc.text
    if n.text[-1:] in ("+", "s") or not RANK_OF_AFTER.match(text, n.end, n.end + 16):
        return None
    if n.text.isdigit() and 1800 <= n.value <= 2100:
        return None  # "the ranking of 2024, ...": a year
    ranked = RANK_OF_BEFORE.search(text, max(0, n.start - 20), n.start)
    if ranked is None:
        return None
    section: Section = "boilerplate" if doc.is_boilerplate(n.start) else "body"
    return Statistic(text[ranked.start() : n.end], n.value, "rank", None, ranked.start(), n.end,
                     "statistics.rank", 0.7, "exact", section)  # fmt: skip


def _without_repeated_headline(out: list[Statistic], title_end: int) -> list[Statistic]:
    """The statistics without the headline's figures that the body states again.

    "Diner Feeds 50 Families" over "the diner fed 50 families": the claim is the body's,
    and the headline's copy of it (a title-case echo, often rounded or abridged) is not
    reported twice. A headline figure the body does not repeat is kept.
    """
    body = {(s.value, s.unit, s.rule) for s in out if s.start >= title_end}
    return [s for s in out if s.start >= title_end or (s.value, s.unit, s.rule) not in body]


# The run of characters ``MULTIPLE``'s lookbehind refuses a start after, read backwards
# from a mark: the number of a multiple can only start where that run starts.
_RUN_BEFORE = deferred_pattern(r"[\w.,/\-]+", regex.REVERSE)


def _span_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order and the furthest end among each run of them from
    the first, for ``_overlaps``: a list of a thousand gifts is not read once per sum."""
    ordered = sorted(spans)
    return [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))


def _overlaps(index: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a span of ``index`` overlaps ``[start, end)``: one of those that start
    before ``end`` reaches past ``start``."""
    starts, reach = index
    i = bisect_left(starts, end)
    return i > 0 and reach[i - 1] > start


def _multiple_matches(text: str) -> list[regex.Match[str]]:
    """``MULTIPLE``'s matches in order, the pattern tried only where one can start.

    Each "x" or "X" after a digit is found with ``str.find``; the pattern is tried
    at the start of the run of word characters before it (its lookbehind lets it
    start nowhere else), not at every character of the release.
    """
    starts: set[int] = set()
    for mark in ("x", "X"):
        i = text.find(mark, 1)
        while i >= 0:
            if text[i - 1].isdigit():
                run = _RUN_BEFORE.match(text, 0, i)
                starts.add(run.start() if run is not None else i)
            i = text.find(mark, i + 1)
    found = []
    for at in sorted(starts):
        m = MULTIPLE.match(text, at)
        if m is not None:
            found.append(m)
    return found


def _multiples(doc: Document) -> list[Statistic]:
    """Multiples written with "x": "a 4.5x increase", "over 50x" (not "0x1F", "1920x1080")."""
    text = doc.text
    out: list[Statistic] = []
    for m in _multiple_matches(text):
        n = NumberMention(m.group("num"), m.start(), m.end() - 1, float(m.group("num")), "number")
        if n.value <= 0:
            continue
        if m.group("low") is not None:
            low = float(m.group("low"))
            if not 0 < low < n.value:
                continue  # "50-20x": no range
            # "20-50x returns": both ends of the range, as for "12–15 farms"
            n = NumberMention(m.group("low"), m.start(), m.end() - 1, low, "number")
            section0: Section = "boilerplate" if doc.is_boilerplate(n.start) else "body"
            out.append(Statistic(text[m.start() : m.end()], float(m.group("num")), "times", None,
                                 m.start(), m.end(), "statistics.multiple", 0.6, "exact",
                                 section0))  # fmt: skip
        before = text[max(0, n.start - 30) : n.start]
        start, bound = _bound(before, n.start, n)
        section: Section = "boilerplate" if doc.is_boilerplate(n.start) else "body"
        out.append(
            Statistic(
                text[start : m.end()],
                n.value,
                "times",
                None,
                start,
                m.end(),
                "statistics.multiple",
                0.6,
                bound,
                section,
            )
        )
    return out


def _glued_measure(
    doc: Document, n: NumberMention, unit_end: int, in_title: bool
) -> Statistic | None:
    """A measure written against its unit: "a 4km route", "a 25bps cut", "70,000ha"."""
    text = doc.text
    before = text[max(0, n.start - 30) : n.start]
    if n.value <= 0 or _not_a_statistic(text, n, before, in_title):
        return None
    start, bound = _bound(before, n.start, n)
    section: Section = "boilerplate" if doc.is_boilerplate(n.start) else "body"
    return Statistic(text[start:unit_end], n.value, None, text[n.end : unit_end], start,
                     unit_end, "statistics.count", 0.6, bound, section)  # fmt: skip


def _times(doc: Document, n: NumberMention, before: str, end: int) -> Statistic | None:
    """A comparison in times: "three times more likely", "1.7 times" (not "three times a week")."""
    text = doc.text
    if end == n.end + 6 and not before.rstrip(" \u00a0").endswith((" to", " by", " of")):
        return None  # "visited three times.": a frequency unless it ends "rose to", "by"
    start, bound = _bound(before, n.start, n)
    section: Section = "boilerplate" if doc.is_boilerplate(n.start) else "body"
    return Statistic(text[start:end], n.value, "times", None, start, end,
                     "statistics.multiple", 0.6, bound, section)  # fmt: skip


def _bracketed_money(doc: Document, money: list[Money]) -> list[Statistic]:
    """Losses written in accounting brackets: "$(38.6)M" is 38,600,000 (of a loss)."""
    dollar = next((m.currency for m in money if "$" in m.text and m.currency), None) or "USD"
    out = []
    for m in finditer(BRACKETED_MONEY, doc.text):
        sign = m.group("cur")
        value = float(m.group("num").replace(",", "")) * BRACKET_SCALES.get(m.group("scale"), 1)
        section: Section = "boilerplate" if doc.is_boilerplate(m.start()) else "body"
        out.append(
            Statistic(
                m.group(),
                value,
                BRACKET_CURRENCIES.get(sign, dollar),
                None,
                m.start(),
                m.end(),
                "statistics.money",
                0.6,
                "exact",
                section,
            )
        )
    return out


# The stems of ``GIFT_CUE``'s words, for a plain substring test before it.
_GIFT_STEMS = (
    "donat",
    "gift",
    "grant",
    "pledg",
    "award",
    "contribut",
    "endow",
    "rais",
    "giv",
    "gave",
    "scholarship",
    "bursar",
)


def _gift_cue(doc: Document, start: int, end: int) -> bool:
    """Whether ``GIFT_CUE`` finds a word of giving in ``doc.text[start:end]``."""
    if doc.case_plain:
        low = doc.lower[start:end]
        if not any(stem in low for stem in _GIFT_STEMS):
            return False
    return GIFT_CUE.search(doc.text, start, end) is not None


def _gift_money(
    doc: Document, money: list[Money], frame: GiftFrame
) -> tuple[list[tuple[int, int]], set[tuple[float, str | None]]]:
    """The spans and (value, currency) of the gift money, which is not a statistic.

    From the gift frame when it found amounts; otherwise, in a release whose
    headline speaks of a gift, the headline's money, the first money of the lead
    and the first money of each body sentence that names a gift.
    """
    if frame.amounts:
        spans = [(a.start, a.end) for a in frame.amounts]
        values = {(a.value, a.currency) for a in frame.amounts}
        if doc.title and _gift_cue(doc, doc.title.start, doc.title.end):
            # "Diner Raises $31,000 For Youth Clubs": the headline's money is the gift too.
            for m in money:
                if m.start < doc.title.end:
                    spans.append((m.start, m.end))
                    values.add((m.value, m.currency))
        return spans, values
    if not doc.title or not _gift_cue(doc, doc.title.start, doc.title.end):
        return [], set()
    if INVESTMENT_CUE.search(doc.text, doc.title.start, doc.title.end):
        return [], set()  # "Raises $2 Million in Seed Round": an investment
    spans = []
    seen_sentences: set[int] = set()
    title_end = doc.title.end
    # The lead: the first sentence after the headline, which states the gift it names.
    lead = next((i for i, sp in enumerate(doc.sentences[:4]) if sp.start >= title_end), -1)
    for m in money:
        if m.start < doc.title.end:
            spans.append((m.start, m.end))
            continue
        if doc.is_boilerplate(m.start):
            continue
        if FROM_GIVER.match(doc.text, m.end, m.end + 12):
            spans.append((m.start, m.end))  # "a £150,000 from the Department": money received
            continue
        idx = doc.sentence_index(m.start)
        if idx in seen_sentences:
            continue
        seen_sentences.add(idx)
        sent = doc.sentence_at(m.start)
        if idx == lead or _gift_cue(doc, sent.start, sent.end):
            spans.append((m.start, m.end))
    gift = set(spans)
    values = {(m.value, m.currency) for m in money if (m.start, m.end) in gift}
    return spans, values


def _statistic(
    doc: Document,
    n: NumberMention,
    nxt: NumberMention | None,
    in_title: bool,
    counted: bool = False,
) -> Statistic | None:
    """The statistic a number makes, or None when it is a date, a code, a name ...

    ``counted``: ``_nothing_counted`` already said a word may follow.
    """
    text = doc.text
    if n.value < 0 and n.text[1:2].isspace():
        # "RESOURCES - 12-month access": a dash before the number, not a minus.
        digits_at = n.start + len(n.text) - len(n.text[1:].lstrip())
        n = NumberMention(
            text[digits_at : n.end], digits_at, n.end, -n.value, n.kind, n.bound, n.words
        )
    s, e = n.start, n.end
    before = text[max(0, s - 30) : s]
    if n.kind == "number" and not counted and _nothing_counted(text, e, s):
        return None
    if n.kind == "ordinal" and not _may_rank(text, e, before):
        return None  # "the second year": an ordinal that ranks nothing
    if (
        n.kind == "ordinal"
        and before.endswith("in the ")
        and text[e : e + 6] in (" place", "\nplace")
        and text[e + 6 : e + 7] in ".,;!?)"
    ):
        return None  # "why it moved here in the first place": an idiom, no rank
    if text[e + 1 : e + 6] == "times" and n.kind == "number" and n.value > 1:
        times = TIMES_AFTER.match(text, e, e + 30)
        if times is not None:
            return _times(doc, n, before, times.end())
    if _not_a_statistic(text, n, before, in_title):
        return None
    section: Section = "boilerplate" if doc.is_boilerplate(s) else "body"
    start, bound = _bound(before, s, n)
    if n.kind == "percent":
        # Only a share "of" something takes a subject: "of" after the gap, or no match.
        of_next = text[e + 1 : e + 3] == "of" or text[e + 2 : e + 4] == "of"
        subj_m = _subject_match(text, e, 160) if of_next else None
        subject = None
        end = e
        if subj_m and subj_m.group(_S_OF):
            subject, end = _subject(text, subj_m, allow_time=True)
        return Statistic(text[start:end], n.value, "percent", subject, start, end,
                         "statistics.percent", 0.9, bound, section)  # fmt: skip
    if n.kind == "ratio":
        subj_m = _subject_match(text, e, 160)
        subject, end = _subject(text, subj_m) if subj_m else (None, e)
        return Statistic(text[start:end], n.value, "ratio", subject, start, end,
                         "statistics.ratio", 0.85, bound, section)  # fmt: skip
    rank = _rank(text, n, before)
    if rank is not None:
        rstart, rend, value = rank
        return Statistic(text[rstart:rend], value, "rank", None, rstart, rend,
                         "statistics.rank", 0.8, "exact", section)  # fmt: skip
    if n.kind == "ordinal" or before.endswith("#"):
        return None  # "the fifth year"; "#120" that ranks nothing (a suite, a booth)
    if n.text[-1:] in ("B", "G", "T") and SCALED_CODE.fullmatch(n.text):
        return None  # "340B pharmacy program": a name, not 340 billion of anything
    if n.text[-1:] in ("k", "K") and KARAT_AFTER.match(text, e, e + 40):
        return None  # "18k gold": a fineness, not 18,000 of anything
    if n.text[-1:] == "+" and 50 <= n.value <= 65 and AGE_PLUS_AFTER.match(text, e, e + 40):
        return None  # "a 55+ community", "55+ Valencia lifestyle": an age, not a count
    if len(n.text) == 2 and n.text[1] == "K" and n.text[0] in "24568" and start == s:
        return None  # "4K cameras", "8K screens", "a 5K run": a resolution or a race
    if n.text.lower() in ("quarter", "quarters", "third", "thirds"):
        return None  # "the fourth quarter of fiscal 2025": a period, not a share
    mixed = (
        n.kind == "fraction"
        and n.value > 1
        and n.text[:1].isdigit()
        and "/" in n.text
        and len(n.text.split()) == 2
    )
    if (n.kind == "fraction" and not mixed) or n.text.lower() in ("half", "a half", "one half"):
        # "two-thirds of respondents", "fewer than half of women": a share.
        subj_m = _subject_match(text, e, 200)
        if subj_m is None or not subj_m.group(_S_OF):
            return None
        subject, end = _subject(text, subj_m)
        if subject is None and nxt is not None and text[e : nxt.start] in SHARE_OF_THE:
            # "two-thirds of the 1,500 respondents": the share of a group that is counted
            nsubj = _subject_match(text, nxt.end, 200)
            subject, end = _subject(text, nsubj) if nsubj is not None else (None, e)
        if subject is None:
            return None
        return Statistic(text[start:end], n.value * 100, "percent", subject, start, end,
                         "statistics.share", 0.75, bound, section)  # fmt: skip
    if n.value == 1 and n.words and not n.text.lower().startswith("one hundred"):
        return None  # "one of the", "one day": a bare one is rarely a count
    if n.text.lower() == "two" and before[-7:].lower().replace("\r", "").endswith(
        ("the ", "these ", "those ", "the\n", "these\n", "those\n")  # (wrapped: "the\ntwo")
    ):
        return None  # "the two companies", "these two projects": a pair named before, no claim
    if n.words and n.text.lower() in BARE_SCALES:
        return None  # "several hundred dollars", "lakhs of children": no count is given
    if n.value == 0 or (n.bound == "at_least" and n.words and "+" not in n.text):
        return (
            None  # "0 issued"; "hundreds of", "millions of": no count is claimed ("40+ million" is)
        )
    subj_m = _subject_match(text, e, 200)
    subject, end = (None, e)
    if subj_m is not None:
        subject, end = _subject(text, subj_m, fold=True)
    if subject is None and nxt is not None:
        # "700 and 1,800 workers": the first number counts what the second does.
        joint = JOINT.match(text[e : nxt.start])
        after_nxt = text[nxt.end : nxt.end + 40]
        if joint and after_nxt[1:6] == "times" and n.kind == "number" and n.value > 1:
            times = TIMES_AFTER.match(text, nxt.end, nxt.end + 30)
            if times is not None and times.end() > nxt.end + 6:
                # "2-3 times the risk", "two to three times more likely": the low end of a range
                return _times(doc, n, before, times.end())
        if joint and _may_be_not_after(after_nxt) and NOT_AFTER.match(after_nxt):
            joint = None  # "from 5 to 10 p.m.", "May 3 and 4 June": a time or a date, no count
        if joint and joint.group()[-1] in "–—-" and not nxt.text[:1].isdigit():
            joint = None  # "7-Eleven": a name, no range
        if joint and nxt.kind != "percent":  # "10-15% of patients": a share, below
            nsubj = _subject_match(text, nxt.end, 200)
            if nsubj is not None:
                subject, end = _subject(text, nsubj)
            if subject is not None:
                n = _shared_scale(n, nxt)  # "1.7 to 1.8 million tonnes": 1.7 million
        if subject is None and joint and nxt.kind == "percent":
            # "down 20–30%", "2 to 3 percent": the low end of a range of shares
            return Statistic(text[start : nxt.end], n.value, "percent", None, start, nxt.end,
                             "statistics.percent", 0.8, bound, section)  # fmt: skip
    if subject is None and before[-7:].lower() == "one of ":
        chosen = CHOSEN_AFTER.match(text, e, e + 14)
        if chosen is not None:
            # "one of four selected": the number chosen from, whose noun came before
            return Statistic(text[start : chosen.end()], n.value, None, chosen.group(1), start,
                             chosen.end(), "statistics.count", 0.6, bound, section)  # fmt: skip
    if subject is None:
        total = TOTAL_AFTER.match(text, e, e + 12)
        if total is None:
            total_of = TOTAL_BEFORE.search(before)
            if total_of is not None and text[e : e + 1] in (".", ",", ";", " "):
                # "aims for a total of 200.": the noun was named before the number.
                start = min(start, s - len(before) + total_of.start())
                return Statistic(text[start:e], n.value, None, None, start, e,
                                 "statistics.count", 0.6, bound, section)  # fmt: skip
            if _grouped(n.text) and (
                _bare_count(text, e, before)
                or (text[e : e + 1] in ("\n", "\r", "") and LABEL_BEFORE.search(before))
            ):
                # "deliveries rose to 17,834.", "Total supply: 500 million": a grouped
                # count whose noun came before, in a clause or as a line's label.
                return Statistic(text[start:e], n.value, None, None, start, e,
                                 "statistics.count", 0.5, bound, section)  # fmt: skip
            return None
        subject, end = None, total.end()  # "500 in total": a count whose noun came before
        return Statistic(text[start:end], n.value, None, subject, start, end,
                         "statistics.count", 0.6, bound, section)  # fmt: skip
    if subject.split()[0].lower() in KITCHEN_MEASURES and _in_recipe(text, start, end):
        return None  # "2 tablespoons olive oil 1 cup rice": a recipe's ingredient list
    if subject[:1].isupper() and before[-1:] in (" ", "\t") and before.rstrip()[-1:].isdigit():
        return (
            None  # "5,643,100 3,971,702 Contract assets": a table's cell, then the next row's label
        )
    if not in_title and _names_a_company(subject, before):
        return None  # "a co-founder of 132 Design": digits that open a name
    if bound == "exact" and subject.rsplit(None, 1)[-1] in ORG_NAME_ENDS and subject.istitle():
        return None  # "published by 3 Wolves Press", "Fifty 1 Labs": digits in a firm's name
    if subject.split()[0].lower() in DOCUMENT_UNITS and SUBMISSION_CUE.search(
        text, max(0, s - 80), min(len(text), end + 40)
    ):
        return None  # "essays of no more than 1,000 words": an entry's limit, not a count
    if n.bound == "at_least":
        bound = "at_least"
    rule = "statistics.count"
    conf = 0.8
    if subject.split()[-1].lower() in TIME_UNITS or subject.lower().split()[0] in TIME_UNITS:
        if PERIOD_AFTER.match(text, end, end + 20):
            return None  # "the twelve months ended December 31": a reporting period
        if (
            text[e : e + 1] == "-"
            and len(subject.split()) > 1
            and not text[e + 1 : e + 2].isdigit()
            and not _span_of_time(subject, before)
        ):
            return None  # "a two-year project", "a six-month program": a term, not a claim
        if in_title and subject.lower().split()[0] in TIME_UNITS:
            return None  # "Diner Celebrates 40 Years": an anniversary the headline marks
        rule, conf = "statistics.duration", 0.5
    return Statistic(
        text[start:end], n.value, None, subject, start, end, rule, conf, bound, section
    )


_SUBJECT_FIRST = frozenset("$€£U")
# A number and the scale word that ends it: "1.8 million", "155 thousand".
SCALED = deferred_pattern(
    r"(\d[\d,]*(?:\.\d+)?)[ \u00a0]?(thousand|million|billion|trillion)\b", regex.IGNORECASE
)


def _shared_scale(n: NumberMention, nxt: NumberMention) -> NumberMention:
    """The first number of a range with the second's scale word: "1.7 to 1.8 million" is 1.7
    million; a first number written with its own scale, or as a word, is left as it is."""
    if n.words or not n.text.replace(",", "").replace(".", "").isdigit():
        return n
    m = SCALED.fullmatch(nxt.text)
    if m is None:
        return n
    base = float(m.group(1).replace(",", ""))
    if base == 0:
        return n
    factor = nxt.value / base
    return NumberMention(n.text, n.start, n.end, n.value * factor, n.kind, n.bound, n.words)


def _nothing_counted(text: str, e: int, s: int) -> bool:
    """A cheap test that a plain number names no count: no word can follow it.

    True when neither ``SUBJECT`` nor ``JOINT`` nor ``TOTAL_AFTER`` can match
    after the number and nothing before it makes a rank ("No.", "#", "top"): a
    cell in a table of figures ("4,920   3,118"), a number before a bracket.
    Most numbers in financial tables stop here, before the full tests.
    """
    nxt = text[e : e + 1]
    if nxt in ("\n", "\r", "-", "", "\u2013"):  # "12–15 assets": a range
        return False
    if nxt in (" ", "\u00a0"):
        second = text[e + 1 : e + 2]
        if second in (" ", "\u00a0"):
            if text[e + 2 : e + 3].isalpha():
                return False  # "700  and 900 homes"
        elif not second[:1].isdigit() or second in _SUBJECT_FIRST:
            return False  # a word may follow: "12 farms"
    last = text[s - 1] if s else ""
    if last not in " \u00a0\n#.or" or not last:  # ("\n": a wrapped line, "nearly\n1.7 million")
        return True  # no "#", "No.", "number" or "top " can end before it
    if last == "\n" and not text[max(0, s - 3) : s - 1].rstrip("\r")[-1:].isalpha():
        return True  # a figure on a line of its own (a table's cell), not a wrapped line
    before = text[max(0, s - 30) : s]
    if _rank_before(before):
        return False
    if _grouped(text[s:e]) and _bare_count(text, e, before):
        return False  # "a workforce of 1,600."
    return not before[-5:].lower().endswith(_TOP_ENDS) and before[-9:] != "total of "


# A bound before digits and a plural noun after them: "used by over 2000 agencies",
# "more than 15000 downloads" count, where "in 2000" or "CA 95014" would not.
COUNT_BOUND_BEFORE = deferred_pattern(
    r"\b(?:over|more[ \u00a0]than|nearly|almost|approximately|roughly|some|upwards[ \u00a0]of|"
    r"at(?:[ \u00a0]|\r?\n)least|up(?:[ \u00a0]|\r?\n)to)(?:[ \u00a0]|\r?\n)$",
    regex.IGNORECASE,
)
PLURAL_NOUN_AFTER = deferred_pattern(
    r"(?:[ \u00a0]|\r?\n)(?!years\b)(?:\p{Ll}{2,}s|people|children|men|women|staff)\b"
)


def _bounded_count(text: str, s: int, e: int) -> bool:
    """Whether digits that could be a year or a code count: "over 2000 agencies"."""
    if text[e : e + 1] not in (" ", "\n") or not text[e + 1 : e + 2].islower():
        return False  # (a line break is a space: wrapped text)
    return bool(
        PLURAL_NOUN_AFTER.match(text, e, e + 30)
        and COUNT_BOUND_BEFORE.search(text, max(0, s - 14), s)
    )


def _grouped_count_after_name(raw: str, after: str) -> bool:
    """Whether digits grouped with commas after a capitalised word count the noun after them:
    "delivering to the Lender 40,000 common shares" (not "Patent 11,482,307 with ...")."""
    after = after.replace("\r\n", "\n", 1)  # a Windows line end reads as its "\n"
    if "," not in raw or after[:1] not in (" ", "\n") or not after[1:2].islower():
        return False
    word = after[1:].split(None, 1)[0].rstrip(".,;:")
    return word.isalpha() and word not in STOP


def _grouped(raw: str) -> bool:
    """Whether a number is written large, grouped or with a scale: "17,834", "8.1 million"."""
    return "," in raw or raw.lower().endswith(("million", "billion", "trillion"))


def _bare_count(text: str, e: int, before: str) -> bool:
    """Whether a grouped number closes a clause after "to", "of": "deliveries rose to 17,834."."""
    nxt = text[e : e + 1]
    if not nxt or nxt not in ".,; \u00a0":
        return False  # what ``BARE_COUNT_AFTER`` can start with
    if (nxt == " " or nxt == "\u00a0") and text[e + 1 : e + 3] not in (
        "an",
        "to",
        "la",
        "th",
        "in",
        "as",
    ):
        return False
    return bool(BARE_COUNT_AFTER.match(text, e, e + 16) and BARE_COUNT_BEFORE.search(before))


def _may_rank(text: str, e: int, before: str) -> bool:
    """Whether an ordinal can be a rank: the tests of ``_rank``, cheapest first."""
    return bool(
        _rank_before(before)
        or before[-5:].lower().endswith(_TOP_ENDS)
        or (_may_be_superlative(text, e) and SUPERLATIVE_AFTER.match(text, e, e + 40))
        or RANKED_BEFORE.search(before)
    )


# The last word of a firm's name, written capitalised: "3 Wolves Press", "7 Oaks Capital".
ORG_NAME_ENDS = frozenset(
    """Press Publishing Publishers Books Records Labs Lab Studios Studio Media Group Ventures
    Capital Holdings Inc Inc. LLC Ltd Ltd. Corp Corp. Productions Entertainment
    Films Pictures Brands Technologies Systems Solutions Consulting Agency""".split()
)


def _names_a_company(subject: str, before: str) -> bool:
    """Whether a count's "subject" is one capitalised singular word after "of", "at", "by" ..."""
    word = subject.strip()
    if not word[:1].isupper() or not word[1:].islower() or word.endswith("s"):
        return False  # "1,000 Americans", "2,500 GPUs", "5 MW" are counts
    last = before.rstrip(" \t\u00a0").rsplit(None, 1)[-1:]
    return bool(last) and last[0] in ("of", "at", "by", "with", "from", "and")


# An honours list named by a count and an age: "40 Under 40", "Forty Under 40".
UNDER_AGE_LIST = deferred_pattern(
    r"(?:[ \u00a0]|\r?\n)(?:Under|UNDER)(?:[ \u00a0]|\r?\n)(?:[1-9]\d|Forty|Thirty)\b"
)
AGE_LIST_BEFORE = deferred_pattern(
    r"(?:\b[1-9]\d|\b(?i:forty|thirty|twenty|fifty))(?:[ \u00a0]|\r?\n)(?:Under|UNDER)(?:[ \u00a0]|\r?\n)$"
)


def after_is_age_list(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` opens an honours list's name ("40 Under 40")."""
    return text[end + 1 : end + 2] == "U" and UNDER_AGE_LIST.match(text, end) is not None


def _not_a_statistic(text: str, n: NumberMention, before: str, in_title: bool) -> bool:
    """Whether a number is a date, year, time, code, address, list number or name."""
    raw = n.text
    e = n.end
    digits = raw[:1].isdigit()
    if before[-4:] in ("per ", "per\u00a0") or (
        before[-6:].lower() in ("every ", "every\u00a0") and not EVERY_PERIOD.match(text, e, e + 10)
    ):
        return True  # "12 cases per 100,000 residents": the base of a rate, no count
    if n.value <= 10 and text[e + 1 : e + 5].lower() == "star" and STAR_GRADE.match(text, e, e + 8):
        return True  # "1,000 5-star reviews", "a 4-star rating": the grade of a rating, no count
    if text[e : e + 1] == "-" and before[-1:] == " " and before[-2:-1].isdigit() and digits:
        return True  # the "2" of "40 2-bedroom homes": the next count's adjective
    if n.kind == "percent":
        return False  # a share is a claim, "100% human hair" (what a thing is made of) too
    if (
        n.value <= 120
        and before.endswith(("r ", "d ", "e ", "w "))
        and before[-7:-1].lower().endswith(_AGE_WORDS)
        and AGE_BEFORE.search(before)
        and not PLURAL_AFTER.match(text, e, e + 20)
    ):
        return (
            True  # "women over 40", "those under 18": an age, not a count ("over 30 countries" is)
        )
    if after_is_age_list(text, e) or (
        before[-7:].lower().replace("\r", "")[-6:] in ("under ", "under\n")
        and AGE_LIST_BEFORE.search(before[-20:])
    ):
        return True  # "the 40 Under 40 class", "30 Under 30": a list's name, both numbers
    # Each test below says yes on its own, so the order only decides how soon:
    # the cheap ones that catch the most (years) come first.
    if digits:
        plain = raw.replace(",", "")
        if plain.isdigit():
            value = int(plain)
            if (
                "," not in raw
                and (1800 <= value <= 2100 or value >= 10000)
                and n.kind == "number"
                and not _bounded_count(text, n.start, e)
            ):
                return True  # a year, or a postal code or id ("95014")
            if len(plain) > 1 and plain[0] == "0":
                return True  # "0062", "007"
    after = text[e : e + 40]
    if (
        _may_be_not_after(after)
        and NOT_AFTER.match(after)
        and not _hyphen_range_start(n, before, after)
    ):
        return True
    if (
        n.words
        and raw[:1].isupper()
        and not in_title
        and not _at_sentence_start(before)
        and not _counted_in_title_case(before, after)
    ):
        return True  # "the Millions Thanking Teachers drive", "Three Rivers": a name
    if n.words and raw[:1].isalpha() and before[-1:] == "-" and before[-2:-1].isdigit():
        return True  # "a 7-Eleven store": a number word glued to digits names a thing
    if digits and raw.endswith(".0") and VERSION.fullmatch(raw):
        return True  # "the 2.0 platform", "Web 3.0": a version
    if digits:
        prev = before[-1:] if before else ""
        prev2 = before[-2:-1] if len(before) > 1 else ""
        if (
            prev in "-\u2010\u2011\u2013,"
            and prev2.isdigit()
            and not EN_DASH_RANGE.search(before)
            and not _hyphen_range_end(n, before, after)
        ):
            return True  # "630-468-7075", "2022-2023", "12,13723,423" (table cells run together)
        if prev in ("(", "[") and after[:1] in (")", "]"):
            return True  # "(2)" list numbering, "501(c)(3)"
        if (prev in ("+", "$", "€", "£", "¥", "₹", ":") and not _label_line(text, n, before)) or (
            prev == " " and prev2 == ":" and TICKER_BEFORE.search(before)
        ):
            return True  # "+1", "HKEX: 0700"; "Note: 500 people" stays
        if (
            after[:1] in (".", ")")
            and (not before.strip(" \t") or before.rstrip(" \t")[-1:] in "\n\r")
            and (after[1:2] in (" ", "\t", ""))
        ):
            return True  # "1. First item" at a line start
    words = before.rstrip().rsplit(None, 1)
    last = words[-1] if words else ""
    low_last = last.lower().strip(".,:;()\"'“”‘’")
    if low_last in MONTHS and digits:
        return True  # "June 1"
    if low_last in NAME_BEFORE and not _rank_before(before):
        return True  # "Section 4", "Suite 400"
    if digits and low_last in ("no", "#", "number", "nos") and _numbers_a_document(before):
        return True  # "Patent No. 11,204,377", "Award No. 2112345": an id, no rank
    if digits and last[:1].islower() and last.isalpha() and not last.islower():
        return True  # "iPhone 16", "eBike 3": a product's name
    if in_title and digits and _model_number_in_title(raw, last, low_last, after):
        return True  # "Launches Atlas 5 Warehouse Platform"
    if in_title and digits and _caps_name_in_title(last, low_last, after):
        return True  # "Schools Win ACME PLAY 60 Grants": a name in capitals, not a count
    if (
        last
        and last[:1].isupper()
        and not in_title
        and digits
        and low_last not in COUNT_OPENERS
        and "\n"
        not in before[len(before.rstrip()) :]  # "Headline\n\n1.2 billion people": a new line
        and not _grouped_count_after_name(raw, after)
    ):
        # A number after a capitalised word names a thing ("Windows 11", "Fund 12"),
        # unless the word opens the sentence or is a possessive ("Texas' 254 counties").
        possessive = last.endswith(("’s", "'s", "’", "'"))
        # "Per the Census Bureau, 1 in 3": a clause opens after the comma ("Risk-based, 2-year" no count)
        clause = last.endswith(",") and before.endswith(", ") and after[:1] != "-"
        clause = clause or last.endswith(
            ";"
        )  # "a Hilton Hotel; 349 apartments": a list's next item
        # "... in northern Idaho. 100 grants": the word ended the sentence before
        ended = len(last) > 5 and last[-1] == "." and last[:-1].isalpha() and before[-1:] == " "
        # "named a Top 10 Rural Hospital": "Top" ranks, it names no thing
        top = low_last == "top"
        if not (
            possessive or clause or ended or top or _opens_sentence(before) or _rank_before(before)
        ):
            return True
    # An age after a name: "Jane Doe, 45, said".
    return bool(
        digits
        and before.endswith(", ")
        and after[:1] == ","
        and n.value < 120
        and NAME_COMMA.search(before)
    )


# Headline words before a count: verbs and prepositions ("Serves 500 Families").
TITLE_COUNT_WORDS = frozenset(
    """to for of with by across in at from and than over nearly almost about top all
    awards grants funds helps supports hits tops wins earns selects adds opens plants builds
    feeds trains hosts marks invests unveils delivers hires names reaches serves""".split()
)


# Things that are numbered: "Patent No. 11,204,377", "Executive Order No. 14110", "Case #12".
NUMBERED_DOCUMENTS = frozenset(
    """patent patents application applications order registration case serial account policy
    license licence permit docket file invoice contract resolution bill ordinance reference
    ref claim certificate award grant agreement tender notice directive regulation law
    decision ruling opinion release filing proposal solicitation""".split()
)


def _hyphen_range_start(n: NumberMention, before: str, after: str) -> bool:
    """Whether digits open a range written with a hyphen: "200-300 families" (not "555-1212")."""
    if after[:1] != "-" or not n.text[:1].isdigit():
        return False
    m = HYPHEN_HIGH.match(after)
    if m is None:
        return False
    low = HYPHEN_LOW.search(before + n.text + "-")
    return _range_low_ok(low) and float(m.group("high").replace(",", "")) > n.value


def _hyphen_range_end(n: NumberMention, before: str, after: str) -> bool:
    """Whether digits close a range written with a hyphen: the "300" of "200-300 families"."""
    low = HYPHEN_LOW.search(before)
    if low is None or not _range_low_ok(low) or not n.text[:1].isdigit():
        return False
    m = HYPHEN_HIGH.match("-" + n.text + after)
    return m is not None and float(low.group("low").replace(",", "")) < n.value


def _range_low_ok(low: regex.Match[str] | None) -> bool:
    """Whether a capitalised word before a range's low end may open a count ("About 200-300",
    "A 10-15 minute walk"), not name a thing or a month ("Phase 1-3", "November 6-12")."""
    if low is None:
        return False
    word = low.group("word")
    if word is None:
        return True
    w = word.lower()
    return w in COUNT_OPENERS or w in DETERMINERS or w in BOUND_LAST_WORDS


def _label_line(text: str, n: NumberMention, before: str) -> bool:
    """Whether a large number glued to a line's label ends the line: "Total supply:500 Million"."""
    return (
        before[-1:] == ":"
        and _grouped(n.text)
        and text[n.end : n.end + 1] in ("\n", "\r", "")
        and LABEL_BEFORE.search(before) is not None
    )


def _numbers_a_document(before: str) -> bool:
    """Whether "No."/"#" before a number follows a thing that is numbered ("Patent No.")."""
    words = before.rstrip(" \u00a0").rsplit(None, 2)
    if len(words) < 2:
        return False
    prev = words[-2] if words[-1].lower().strip(".") in ("no", "number", "nos") else words[-1]
    if prev.strip(".,").isdigit() and len(words) == 3:
        # "Vol. 45, No. 212": the issue of a volume (a masthead, a citation), no rank
        return words[0].rsplit(None, 1)[-1].lower().strip(".,(") in ("vol", "volume")
    return prev.lower().strip(".,:;()#") in NUMBERED_DOCUMENTS


def _counted_in_title_case(before: str, after: str) -> bool:
    """Whether a capitalised number word counts in a line written in title case, after a
    verb or preposition of a headline: "Honored Nine Pioneering Nurses" (not "the Three Rivers")."""
    last = before.rstrip(" \u00a0").rsplit(None, 1)[-1:]
    if not last or not last[0][:1].isupper() or not after[1:2].isupper():
        return False
    low = last[0].lower()
    return low in TITLE_COUNT_WORDS or (low.endswith("ed") and len(low) > 4)


def _model_number_in_title(raw: str, last: str, low_last: str, after: str) -> bool:
    """Whether a small number in a title-case headline sits inside a product name."""
    if not raw.isdigit() or int(raw) > 20 or not last[:1].isupper() or not after[1:2].isupper():
        return False
    return low_last not in TITLE_COUNT_WORDS and not low_last.endswith(("es", "ed"))


def _caps_name_in_title(last: str, low_last: str, after: str) -> bool:
    """Whether a number follows a word in capitals in a headline that is not all capitals."""
    if len(last) < 2 or not last.isalpha() or not last.isupper():
        return False
    nxt = after[1:2]
    return (
        after[:1] == " "
        and nxt.isalpha()
        and not after[1:].split(None, 1)[0].isupper()
        and low_last not in TITLE_COUNT_WORDS
        and low_last not in COUNT_OPENERS
        and low_last not in BOUND_LAST_WORDS
    )


def _opens_sentence(before: str) -> bool:
    """Whether the word just before a number starts its sentence ("Over 500 ...")."""
    stripped = before.rstrip()
    head = stripped.rsplit(None, 1)[0] if " " in stripped else ""
    if head and "\n\n" in stripped[len(head) :].replace("\r", ""):
        return True  # "Headline\n\nRanked 3rd ...": the word opens a paragraph
    return _at_sentence_start(head) if head else True


def _at_sentence_start(before: str) -> bool:
    """Whether what follows ``before`` starts a sentence, a line or a list item."""
    stripped = before.rstrip(" \t\u00a0")
    return not stripped or stripped[-1] in ".!?:;\n\r\"“”'‘’(•*-–—|"


def _bound(before: str, s: int, n: NumberMention) -> tuple[int, Bound]:
    """The start of the statistic (with "more than" ...) and its bound."""
    tail = before[-14:].rstrip(" \t\u00a0\r\n").rsplit(None, 1)[-1:]
    if not tail or tail[0].lower() not in BOUND_LAST_WORDS:
        return s, "at_least" if n.bound == "at_least" else "exact"
    m = BOUND_BEFORE.search(before)
    if m is None:
        return s, "at_least" if n.bound == "at_least" else "exact"
    return s - (len(before) - m.start()), BOUNDS[
        m.group(_BOUND).lower().replace("\r", "").replace("\n", " ")
    ]


def _rank_before(before: str) -> bool:
    """A cheap test for ``RANK_BEFORE``: "#", "No." or "number" just before the number."""
    end = before.rstrip(" \u00a0")
    return end.endswith(("#", "No.", "No", "Number", "number", "NO."))


def _rank(text: str, n: NumberMention, before: str) -> tuple[int, int, float] | None:
    """A rank: "No. 3 cause of death", "#1 ranked", "sixth largest company", "top 100"."""
    r = RANK_BEFORE.search(before) if _rank_before(before) else None
    if r is not None and r.group() == "# " and before[: r.start()].rstrip(" \t")[-1:] in ("", "\n"):
        r = None  # "# 11 scientists honoured": a Markdown heading's mark, no rank
    top = TOP_BEFORE.search(before) if before[-5:].lower().endswith(_TOP_ENDS) else None
    if r is None and top is None and n.kind != "ordinal":
        return None  # "500 largest" is a count (the same answer as below, sooner)
    after_m = (
        SUPERLATIVE_AFTER.match(text, n.end, n.end + 40)
        if _may_be_superlative(text, n.end)
        else None
    )
    if n.kind == "ordinal" and r is None and after_m is None and top is None:
        placed = RANKED_BEFORE.search(before)
        if placed is not None:
            # "ranked 5th", "finished third": the ordinal is the rank itself
            return n.start, n.end, n.value
    if r is None and after_m is None and top is None:
        return None
    if r is None and top is None and n.kind != "ordinal":
        return None  # "500 largest" is a count
    if (
        r is not None
        and r.group().startswith("#")
        and after_m is None
        and not _hash_rank(text, n, before)
    ):
        return None  # "booth #31", "# 3 schools win" (a heading), "#120 Main St"
    start = n.start - (len(before) - r.start()) if r else n.start
    if top is not None and r is None:
        start = n.start - (len(before) - top.start())
    subj = _subject_match(text, n.end, 160)
    end = n.end
    if after_m is not None:
        end = after_m.end()
        subj = _subject_match(text, end, 160)
    if subj is not None:
        subject, send = _subject(text, subj)
        if subject is not None:
            end = send
    return start, end, n.value


ING_NOUNS = frozenset(
    """housing funding training building buildings meeting offering listing screening seating
    clothing bedding learning programming spending earnings savings holdings outstanding
    backing""".split()
)


def _dangling(word: str) -> bool:
    """Whether a subject's last word is a join or a verb rather than part of the noun phrase."""
    if word in ("and", "or", "&", "of", "already", "also", "still"):
        return True
    return len(word) > 4 and word.endswith(("ed", "ing")) and word not in ING_NOUNS


# Endings of adjectives that may open a list before the noun: "rural, suburban and urban".
ADJECTIVE_ENDS = tuple("al ic ive ous ful ary ble ent ant ish led ed an".split())


def _adjective_list(low: str, words: list[str], i: int) -> bool:
    """Whether a word before a comma is an adjective that a list of adjectives and a
    plural noun follow: "60 published, peer-reviewed articles" (not "500 staff, many")."""
    if low.endswith("s") or not low.endswith(ADJECTIVE_ENDS) or len(low) < 4:
        return False
    ahead = [w.rstrip(",.;:").lower() for w in words[i + 1 : i + 5]]
    if not ahead or not ahead[0].replace("-", "").isalpha() or ahead[0] in STOP:
        return False
    if ahead[0] in ("and", "or"):  # "four Olympic, and three other sports": two counts
        return False
    for w in ahead:  # a plural noun within four words, before any stop word
        if w in STOP or not w.replace("-", "").isalpha():
            return False
        if w.endswith("s") and not w.endswith("ss"):
            return True
    return False


def _plural_noun_next(words: list[str], i: int) -> bool:
    """Whether the word after ``words[i]`` is a plural noun ("open locations", not "open their")."""
    nxt = words[i + 1].rstrip(",.;:") if i + 1 < len(words) else ""
    return (
        len(nxt) > 3 and nxt.isalpha() and nxt.islower() and nxt.endswith("s") and nxt not in STOP
    )


def _hash_rank(text: str, n: NumberMention, before: str) -> bool:
    """Whether "#N" ranks: "#1 state for construction", not "booth #31" or a "# 3" heading."""
    if not before.endswith("#") or n.value > 100:
        return False
    word_before = before[:-1].rstrip().rsplit(None, 1)[-1:] or [""]
    if word_before[0].lower().strip(",.") in NAME_BEFORE | {
        "booth",
        "family",
        "stand",
        "table",
        "ticket",
    }:
        return False
    subj = _subject_match(text, n.end, 120)
    return subj is not None and subj.group(_S_GAP) != "-" and _subject(text, subj)[0] is not None


def _subject(
    text: str, m: regex.Match[str], allow_time: bool = True, fold: bool = False
) -> tuple[str | None, int]:
    """The counted noun phrase that ``SUBJECT`` matched, trimmed at the first stop word."""
    np_start = m.start(_S_NP)
    if m.group(_S_GAP) == "-":
        word = LETTERS.match(text, np_start, np_start + 12)
        if not word:
            return None, m.start()
        w = word.group().lower()
        if fold and w == "fold":
            return "fold", np_start + 4
        if w in TIME_UNITS or w in (
            "mile",
            "acre",
            "foot",
            "square",
            "story",
            "bed",
            "person",
            "member",
            "seat",
            "hour",
            "page",
            "star",
            "kilometer",
            "kilometre",
            "km",
            "meter",
            "metre",
            "yard",
            "ton",
            "tonne",
            "gallon",
            "megawatt",
            "room",
            "unit",
            "home",
            "lane",
            "piece",
            "bedroom",
            "hole",
        ):
            # "1.5-mile superspeedway", "10-acre site", "4-star rating"
            pass
        else:
            return None, m.start()
    # The words of the noun phrase: ``SUBJECT``'s words hold no space and no comma,
    # and every comma it allows comes before a space, so a split at spaces gives
    # each word with the comma that ends it.
    np_text = m.group(_S_NP)
    words = np_text.split()
    at = 0  # where the word read last ends in ``np_text``
    kept_end = None
    kept: list[tuple[int, str]] = []  # (end, word) of each word kept, joins included
    of_used = bool(m.group(_S_OF))
    prev_low = "of" if of_used else ""  # "four of the funded companies"
    count = 0
    for i, raw in enumerate(words):
        w_start = np_start + np_text.find(raw, at)
        at = w_start - np_start + len(raw)
        comma = raw.endswith(",")
        token = raw.rstrip(",")
        trail = token.rstrip(".;:!?)”\"’'")
        low = trail.lower()
        if not trail:
            break
        if low in ("and", "or", "&"):
            nxt_w = words[i + 1].rstrip(",").lower() if i + 1 < len(words) else ""
            if (
                kept_end is None
                or not nxt_w
                or (nxt_w in STOP and nxt_w not in ("their", "its", "our"))
            ):
                break
            # "countries and territories", "children and their families": another
            # plural follows; "1,200 jobs and cut emissions" has a verb instead.
            ahead = []
            for x in words[i + 1 : i + 4]:
                a = x.rstrip(",.").lower()
                if not a[:1].isalpha() or (a in STOP and a not in ("their", "its", "our")):
                    break
                ahead.append(a)
            if not any(a.endswith("s") for a in ahead):
                break
            prev_low = low
            kept.append((w_start + len(trail), low))
            continue
        if low == "of":
            if of_used or kept_end is None:
                break
            of_used = True
            prev_low = low
            kept.append((w_start + len(trail), low))
            continue
        if kept_end is None and low in ("more", "fewer", "additional", "extra", "other"):
            nxt_w = words[i + 1].rstrip(",.").lower() if i + 1 < len(words) else ""
            if not nxt_w[:1].isalpha() or nxt_w in STOP:
                break  # "600 more than last year"
            count += 1  # "600 more households"
            kept.append((w_start + len(trail), low))
            prev_low = low
            continue
        if (
            kept
            and len(low) > 5
            and low.endswith("ing")
            and low not in ING_NOUNS
            and (kept[-1][1].endswith("s") or kept[-1][1] in ("experience", "expertise"))
            and not kept[-1][1].endswith(("’s", "'s"))  # "of the world’s leading scientists"
        ):
            break  # "11 organizations serving the county": a clause after the noun
        if (
            kept
            and ((len(low) > 4 and low.endswith("ed")) or low == "held")  # "events held"
            and low not in ("aged", "based", "related", "owned", "led", "skilled", "qualified")
            and kept[-1][1].endswith("s")
            and not kept[-1][1].endswith(("’s", "'s", "ss"))
            and kept[-1][1] not in DETERMINERS  # "100% of its raised funds"
        ):
            break  # "five of the seven members voted yes": a verb after the plural noun
        if low.startswith(("ended", "ending")):
            break  # "three months ended December 31", "endedDecember" in scraped tables
        if (
            low in STOP
            and not (prev_low in ("of", "and") and low in AFTER_OF_OK | {"their", "its", "our"})
            # "100 of the most gifted seniors", "475 open locations": no stop
            and not (low == "most" and of_used and prev_low in AFTER_OF_OK)
            and not (low in NOUN_MODIFIERS and kept_end is None and _plural_noun_next(words, i))
        ):
            break
        if (
            kept_end is None
            and low in DETERMINERS
            and not (prev_low == "of" and low in AFTER_OF_OK)
        ):
            break
        if (
            prev_low in AFTER_OF_OK
            and of_used
            and count == 1
            and trail.replace(",", "").isdigit()
            and i + 1 < len(words)
        ):
            prev_low = "the"
            continue  # "48 of the 50 schools": the whole the part is taken from
        if not trail[:1].isalpha():
            break
        if (
            kept_end is None
            and (low.endswith("ed") and low not in ("aged", "need", "seed", "bed", "red", "feed"))
            and (i + 1 >= len(words) or words[i + 1].lower() in STOP)
        ):
            break  # "2,000 attended the event", "3 died": a verb, not a noun
        count += 1
        kept_end = w_start + len(trail)
        kept.append((kept_end, low))
        prev_low = low
        if comma and trail == token and _adjective_list(low, words, i):
            continue  # "80 rural, suburban and urban clinics": the noun comes after the list
        if (trail != token and not ABBREVIATION.fullmatch(token)) or comma:
            break
        if count >= 7:
            break
    if kept_end is None:
        return None, m.start()
    # "1,000 honorees recognized", "28 new venues and expanded": a verb after the noun.
    while len(kept) > 1 and _dangling(kept[-1][1]):
        kept.pop()
    if of_used:
        while len(kept) > 1 and (kept[-1][1] in DETERMINERS or kept[-1][1].endswith(("’s", "'s"))):
            kept.pop()  # "100 of the" before a name or a number: no noun is counted
        if kept[-1][1] in DETERMINERS or kept[-1][1] in ("of", "most"):
            return None, m.start()  # "12 of the most.": no noun after the superlative
    kept_end = kept[-1][0]
    subject = text[np_start:kept_end]
    if m.group(_S_MONEY):
        subject = text[m.start(_S_MONEY) : kept_end]
    if not allow_time and subject.lower() in TIME_UNITS:
        return None, m.start()
    return subject, kept_end
