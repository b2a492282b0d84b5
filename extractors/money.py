"""Money finder: every sum of money a release writes, with value, ISO 4217 currency and bound.

    >>> [(m.text, m.value, m.currency, m.bound) for m in find_money(read("It gave more than $1.5 million."))]
    [('$1.5 million', 1500000.0, 'USD', 'at_least')]
    >>> [(m.text, m.value, m.currency) for m in find_money(read("A grant of €2,5 Mio. and 35 lakh rupees."))]
    [('€2,5 Mio.', 2500000.0, 'EUR'), ('35 lakh rupees', 3500000.0, 'INR')]
    >>> [(m.text, m.value, m.bound) for m in find_money(read("Awards of $1–2 million each."))]
    [('$1', 1000000.0, 'at_least'), ('2 million', 2000000.0, 'up_to')]

What it finds, each as a ``Money`` with ``text``/``start``/``end`` (``text ==
release[start:end]``), ``value`` (in the currency's main unit: "50 cents" is
0.5), ``currency`` (ISO 4217, or None when the release does not say which
franc, peso, krone...), ``bound`` and the ``rule`` that fired:

- a currency sign or code before the number: ``$``, ``US$``, ``$US``, ``A$``,
  ``C $``, ``€``, ``£``, ``¥``, ``₹``, ``Rs.``, ``USD``, ``CHF``, ``kr``, ``MSEK``, and
  letter signs only with a size (``R5 million``, ``P2.5 billion``, ``N3 billion``) or after a
  word of giving ("a donation of R5000")...;
- a number before a sign, code or currency word: ``10 €``, ``500 CHF``,
  ``420 million Finnish markka``, ``50 cents``, ``one million dollars``,
  ``half a million dollars``, ``a quarter of a million euros``, ``fifty cents``;
- number words after a sign or code, with a scale: ``Rs one crore``, ``USD five million``;
- German number words before a scale and the currency: ``vier Millionen Euro``, and an
  adjective hyphened to the currency word: ``400.000 US-Dollar``;
- digits as releases and scans write them: ``1,000,000``, ``1 000 000``,
  ``1.000.000,50``, ``12,34,567`` (lakh grouping), ``1,5 million`` (decimal
  comma before a scale), ``$250/000`` and ``$75,ooo`` (scan damage), ``$10,00``
  (a dollar sum that lost a zero: 10,000), ``€28mbeing`` (a scale glued to the
  next word), ``�750`` (a pound or euro sign lost to a wrong encoding), with a
  scale word or suffix: ``thousand``, ``k``, ``million``, ``m``, ``MM``, ``mn``,
  ``bn``, ``B``, ``trillion``, ``lakh``, ``crore``, ``lakh crore``, ``Mio.``, ``Millionen``,
  or a letter after a hyphen (``P5-M``);
- ranges, as two items: the lower with bound ``at_least``, the upper with
  ``up_to``, both carrying ``low`` and ``high``. In "$1–2 million" the scale
  distributes: the lower's span is "$1" and its value 1,000,000;
- the bound is read from the words around the money ("up to", "more than",
  "nearly", "or more", "+") but stays out of the span: the span is the money;
- "Rs" and "rupees" are the rupee of the first country of a rupee the release names
  (Pakistan's in a Lahore release), else India's; "₹" and "INR" are India's;
- a bare ``$`` (or "dollars", "cents") is the dollar of the country the
  release comes from: the dateline's country, else the dollar its first sum
  names ("a $60M CAD gift ... $45M of it") when it writes no US dollar, else
  strong cues in the text ("Australian Government", ".gc.ca", "HKSAR"), else
  local news's Commonwealth spelling with cities of one dollar country ("a
  cheque ... in Brisbane"); otherwise USD. A bare-dollar sum in brackets right after a
  marked one is its conversion ("C$200 million ($151 million)"): the bare "$" is USD.

Not money: cashtags (``$AAPL``; but "210 million $MERL" is a sum of tokens, its
currency the ticker ``MERL``), a ``$`` glued to an
unknown upper-case prefix, "USD" inside a word (``USDA``), weights ("10,000
pounds of food", "a 10-pound bag", "42,100 pounds (21 tons) of food", and "pounds"
written out in a release whose money is in "$" and never in "£"), "in 2020 dollars",
"several hundred dollars", web addresses, a table's "$" cell before the next figure, zero sums.
"from $5 to $10" is a range only after "ranging", "varies" and the like; after
"rose" or "increasing it" it is two exact sums. Figures like "1,000.00" with no
sign are money (rule ``money.bare_decimal``) only in a release that writes
other sums with a sign, and take their currency.

A finder only: it does not decide which money is the gift (``gifts`` does).
Crypto-currencies get their market codes (``BTC``, ``ETH``, ``MERL``), which are not ISO 4217.
"""

from __future__ import annotations

import functools
import itertools
from typing import NamedTuple

import regex

from .document import Document, deferred_pattern, read
from .model import Bound
from .numbers import scale_of
from .patterns import DASH, alternation, compile_pattern, finditer

#: The most numbers with a currency read in one release. Releases hold a few
#: dozen sums (the longest of 811 real ones, 108); past this the text is a
#: table dump or hostile, and the rest of it is not read, so that the time a
#: release takes stays bounded by its length.
MAX_READ = 3000

# --- currency tables -----------------------------------------------------------

#: The dollar of the release's country (a bare "$" means this one).
DOLLAR_OF_COUNTRY = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "BM": "BMD"}

#: Dollars a release may mark at its first sum and then write as a bare "$": "a $60M CAD gift
#: ... $45M of the gift" (and no "US$" or "USD" anywhere) means Canadian dollars throughout.
MARKED_DOLLARS = frozenset({"AUD", "CAD", "NZD", "SGD", "HKD", "JMD", "TTD", "XCD", "FJD", "BBD"})

#: What a qualifier glued before "$" makes the dollar ("US$", "A$", "C $", "Mex$").
#: Keys are upper case without full stops: "U.S." is looked up as "US".
DOLLAR_BEFORE = {
    "US": "USD", "USD": "USD", "A": "AUD", "AU": "AUD", "AUD": "AUD", "AUS": "AUD",
    "C": "CAD", "CA": "CAD", "CAD": "CAD", "CDN": "CAD", "CAN": "CAD",
    "NZ": "NZD", "NZD": "NZD", "HK": "HKD", "HKD": "HKD", "S": "SGD", "SG": "SGD", "SGD": "SGD",
    "NT": "TWD", "NTD": "TWD", "R": "BRL", "MEX": "MXN", "MX": "MXN", "MXN": "MXN",
    "J": "JMD", "TT": "TTD", "EC": "XCD", "RD": "DOP", "FJ": "FJD", "BDS": "BBD",
}  # fmt: skip
#: As written: "U.S.$", "us$", "Cdn$", "Mex$" (matched case-insensitively, then looked up).
_DOLLAR_BEFORE_WRITTEN = [*DOLLAR_BEFORE, "U.S.", "U.S"]
#: Lower-case qualifiers that are English words: never a currency with a space before "$".
_SPACED_QUALIFIER_WORDS = frozenset({"a", "s", "can", "ca", "ec", "j", "r"})

#: Upper-case letters written after "$": "$US14.4 million", "$A1,000,000".
DOLLAR_AFTER = {
    "US": "USD", "USD": "USD", "A": "AUD", "AU": "AUD", "AUD": "AUD", "NZ": "NZD", "NZD": "NZD",
    "C": "CAD", "CAD": "CAD", "CDN": "CAD", "HK": "HKD", "SG": "SGD",
}  # fmt: skip

#: Signs and letter symbols that are not dollars. Case-sensitive.
SYMBOLS = {
    "€": "EUR", "£": "GBP", "¥": "JPY", "JP¥": "JPY", "CN¥": "CNY", "RMB¥": "CNY", "元": "CNY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₱": "PHP", "₦": "NGN", "₺": "TRY",
    "₫": "VND", "₴": "UAH", "₽": "RUB", "₪": "ILS", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "৳": "BDT", "ரூ": "LKR", "₵": "GHS", "GH₵": "GHS", "E£": "EGP", "₿": "BTC",
    "KSh": "KES", "Ksh": "KES", "KSh.": "KES", "Ksh.": "KES", "Kshs": "KES", "Kshs.": "KES",
    "KShs": "KES", "KShs.": "KES", "TSh": "TZS", "Tsh": "TZS", "TShs": "TZS", "Tshs": "TZS",
    "Ush": "UGX", "UShs": "UGX", "Ushs": "UGX", "USh": "UGX", "SFr.": "CHF", "SFr": "CHF",
    "Sh": None, "Sh.": None, "Shs": None, "Shs.": None,  # East African shillings: which, by cues
    "Dhs": "AED", "Dhs.": "AED", "Dh": "AED", "RM": "MYR", "Rp": "IDR", "R": "ZAR",
    "kr": None, "kr.": None, "Kr": None, "Kr.": None, "zł": "PLN", "Kč": "CZK",
    "PHP": "PHP", "Php": "PHP", "P": "PHP", "N": "NGN", "Tk": "BDT", "Tk.": "BDT", "QR": "QAR",
    "GH¢": "GHS", "฿": "THB", "Eur": "EUR",  # "Eur 500,000": archived news's euro
    "Rupees": "INR",  # "Rupees 50,000", as Indian releases write it out
}  # fmt: skip
#: Signs that may follow the number ("10 €", "100 kr", "50 zł").
SYMBOLS_AFTER = ["€", "£", "¥", "元", "₹", "₩", "₱", "₦", "₺", "₫", "₴", "₽", "₪", "₡", "₾",
                 "₭", "৳", "ரூ", "₵", "₿", "kr", "kr.", "zł", "Kč", "$", "¢"]  # fmt: skip
#: Letter symbols that are also common abbreviations: money only with a
#: thousands separator or a scale ("R5 million", "RM1,200", never "R2" or "RM 101").
#: Codes that are also names ("COP28", "PEN 15", "ETH 2.0") are guarded the same way.
GUARDED_SYMBOLS = frozenset({"R", "RM", "Rp", "Dh", "PHP", "Php", "P", "N", "Tk", "Tk.", "QR",
                             "Sh", "Sh.", "Shs", "Shs.",
                             "COP", "PEN", "MAD", "RON", "ETH"})  # fmt: skip

#: ISO 4217 codes (and the market codes of crypto-currencies) written as words.
CODES = """
USD EUR GBP JPY CNY RMB CNH INR CHF AUD CAD NZD HKD SGD SEK NOK DKK ISK ZAR BRL MXN KRW TWD
THB MYR IDR VND PKR BDT LKR NPR AED SAR QAR KWD BHD OMR ILS EGP NGN KES GHS UGX TZS ETB
MAD TND RUB UAH PLN CZK HUF RON BGN ARS CLP COP PEN UYU XOF XAF JMD TTD FJD BTC ETH
USDT USDC
""".split()
#: Other names of a currency. The two largest stablecoins, tokens held at one US dollar
#: each, are read as dollars: "20 million USDT" is 20,000,000 USD.
_CODE_ALIASES = {"RMB": "CNY", "CNH": "CNY", "USDT": "USD", "USDC": "USD"}
#: Codes that are safe in lower case too ("20 usd", "rmb 10"); "try", "all" are words.
_LOWER_CODES = frozenset(
    "usd eur gbp jpy cny rmb inr chf aud cad nzd hkd sgd sek nok dkk zar btc".split()
)
#: A scale glued before a code: "30 MUSD", "MSEK 120", "450 KEUR", "TSEK 900".
MULT_CODES = {
    **{f"M{c}": (c, 10**6) for c in "USD EUR GBP SEK NOK DKK CHF AUD CAD NZD JPY CNY INR".split()},
    **{f"{p}{c}": (c, 10**3) for p in "KT" for c in "EUR SEK NOK DKK".split()},
}

#: Currency words (any case) and the word they are a form of.
CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro",
    "pound": "pound", "pounds": "pound", "pounds sterling": "sterling", "sterling": "sterling",
    "yen": "yen", "yuan": "yuan", "renminbi": "yuan", "rupee": "rupee", "rupees": "rupee",
    "franc": "franc", "francs": "franc", "peso": "peso", "pesos": "peso", "rand": "rand",
    "real": "real", "reais": "reais", "won": "won", "ringgit": "ringgit", "baht": "baht",
    "dong": "dong", "rupiah": "rupiah", "taka": "taka", "naira": "naira", "cedi": "cedi",
    "cedis": "cedi", "birr": "birr", "shilling": "shilling", "shillings": "shilling",
    "dirham": "dirham", "dirhams": "dirham", "riyal": "riyal", "riyals": "riyal",
    "rial": "rial", "rials": "rial", "dinar": "dinar", "dinars": "dinar",
    "shekel": "shekel", "shekels": "shekel", "lira": "lira", "lire": "lire",
    "ruble": "ruble", "rubles": "ruble", "rouble": "ruble", "roubles": "ruble",
    "hryvnia": "hryvnia", "hryvnias": "hryvnia", "zloty": "zloty", "zlotys": "zloty",
    "zlotych": "zloty", "forint": "forint", "forints": "forint", "koruna": "koruna",
    "korunas": "koruna", "krona": "krona", "kronor": "krona", "krone": "krone",
    "kroner": "krone", "markka": "markka", "markkaa": "markka", "guilder": "guilder",
    "guilders": "guilder", "peseta": "peseta", "pesetas": "peseta", "mark": "mark",
    "marks": "mark", "deutschmark": "deutschmark", "deutschmarks": "deutschmark",
    "deutsche mark": "deutschmark", "deutsche marks": "deutschmark", "escudo": "escudo",
    "escudos": "escudo", "drachma": "drachma", "drachmas": "drachma",
    "bitcoin": "bitcoin", "bitcoins": "bitcoin", "cent": "cent", "cents": "cent",
    "pence": "pence", "penny": "pence",
}  # fmt: skip

#: The currency of a currency word with no adjective; "$" means the release's dollar,
#: None a currency the word alone does not fix ("francs", "pesos").
WORD_CURRENCY: dict[str, str | None] = {
    "dollar": "$", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "rupee": "INR", "franc": None, "peso": None, "rand": "ZAR", "real": "BRL",
    "reais": "BRL", "won": "KRW", "ringgit": "MYR", "baht": "THB", "dong": "VND",
    "rupiah": "IDR", "taka": "BDT", "naira": "NGN", "cedi": "GHS", "birr": "ETB",
    "shilling": None, "dirham": "AED", "riyal": "SAR", "rial": None, "dinar": None,
    "shekel": "ILS", "lira": "TRY", "lire": "ITL", "ruble": "RUB", "hryvnia": "UAH",
    "zloty": "PLN", "forint": "HUF", "koruna": "CZK", "krona": "SEK", "krone": None,
    "markka": "FIM", "guilder": "NLG", "peseta": "ESP", "mark": "DEM", "deutschmark": "DEM",
    "escudo": "PTE", "drachma": "GRD", "bitcoin": "BTC", "cent": "$", "pence": "GBP",
}  # fmt: skip
#: Hundredths: "50 cents" is 0.50 of the dollar, "470 pence" 4.70 pounds.
HUNDREDTHS = frozenset({"cent", "pence"})
CURRENCY_WORD_BASES = frozenset(CURRENCY_WORDS.values())
#: Words that are money only with an adjective ("Brazilian real", "German marks") ...
NEEDS_ADJECTIVE = frozenset({"real", "mark"})
#: ... or with an adjective, a scale or a thousands separator ("3 billion won",
#: "2 million pounds", never "the team 8 won" or "10 pounds of rice").
NEEDS_SIZE = frozenset({"won", "dong", "pound"})

#: Adjectives before a currency word, upper case without full stops, and what they make it.
ADJECTIVES = {
    "US": {"dollar": "USD"}, "UNITED STATES": {"dollar": "USD"}, "AMERICAN": {"dollar": "USD"},
    "AUSTRALIAN": {"dollar": "AUD"}, "CANADIAN": {"dollar": "CAD"},
    "AU": {"dollar": "AUD"}, "AUS": {"dollar": "AUD"}, "AUSSIE": {"dollar": "AUD"},  # "AU dollars"
    "CDN": {"dollar": "CAD"}, "NZ": {"dollar": "NZD"}, "HK": {"dollar": "HKD"},
    "NEW ZEALAND": {"dollar": "NZD"}, "HONG KONG": {"dollar": "HKD"},
    "SINGAPORE": {"dollar": "SGD"}, "SINGAPOREAN": {"dollar": "SGD"},
    "TAIWAN": {"dollar": "TWD"}, "NEW TAIWAN": {"dollar": "TWD"}, "JAMAICAN": {"dollar": "JMD"},
    "NAMIBIAN": {"dollar": "NAD"}, "FIJIAN": {"dollar": "FJD"}, "ZIMBABWE": {"dollar": "ZWL"},
    "BRITISH": {"pound": "GBP"}, "EGYPTIAN": {"pound": "EGP"}, "LEBANESE": {"pound": "LBP"},
    "SWISS": {"franc": "CHF"}, "FRENCH": {"franc": "FRF"}, "BELGIAN": {"franc": "BEF"},
    "CFA": {"franc": "XOF"}, "CONGOLESE": {"franc": "CDF"}, "RWANDAN": {"franc": "RWF"},
    "MEXICAN": {"peso": "MXN"}, "PHILIPPINE": {"peso": "PHP"}, "ARGENTINE": {"peso": "ARS"},
    "ARGENTINIAN": {"peso": "ARS"}, "CHILEAN": {"peso": "CLP"}, "COLOMBIAN": {"peso": "COP"},
    "DOMINICAN": {"peso": "DOP"}, "URUGUAYAN": {"peso": "UYU"}, "SOUTH AFRICAN": {"rand": "ZAR"},
    "BRAZILIAN": {"real": "BRL"}, "KOREAN": {"won": "KRW"}, "SOUTH KOREAN": {"won": "KRW"},
    "VIETNAMESE": {"dong": "VND"}, "KENYAN": {"shilling": "KES"}, "UGANDAN": {"shilling": "UGX"},
    "TANZANIAN": {"shilling": "TZS"}, "UAE": {"dirham": "AED"}, "EMIRATI": {"dirham": "AED"},
    "MOROCCAN": {"dirham": "MAD"}, "SAUDI": {"riyal": "SAR"}, "QATARI": {"riyal": "QAR"},
    "OMANI": {"rial": "OMR"}, "IRANIAN": {"rial": "IRR"}, "KUWAITI": {"dinar": "KWD"},
    "BAHRAINI": {"dinar": "BHD"}, "JORDANIAN": {"dinar": "JOD"}, "IRAQI": {"dinar": "IQD"},
    "TUNISIAN": {"dinar": "TND"}, "ALGERIAN": {"dinar": "DZD"}, "SERBIAN": {"dinar": "RSD"},
    "ISRAELI": {"shekel": "ILS"}, "NEW ISRAELI": {"shekel": "ILS"}, "TURKISH": {"lira": "TRY"},
    "ITALIAN": {"lira": "ITL", "lire": "ITL"}, "RUSSIAN": {"ruble": "RUB"},
    "UKRAINIAN": {"hryvnia": "UAH"}, "POLISH": {"zloty": "PLN"}, "HUNGARIAN": {"forint": "HUF"},
    "CZECH": {"koruna": "CZK"}, "SWEDISH": {"krona": "SEK"}, "ICELANDIC": {"krona": "ISK"},
    "NORWEGIAN": {"krone": "NOK"}, "DANISH": {"krone": "DKK"}, "FINNISH": {"markka": "FIM"},
    "DUTCH": {"guilder": "NLG"}, "SPANISH": {"peseta": "ESP"}, "GERMAN": {"mark": "DEM"},
    "PORTUGUESE": {"escudo": "PTE"}, "GREEK": {"drachma": "GRD"},
    "INDIAN": {"rupee": "INR"}, "PAKISTANI": {"rupee": "PKR"}, "SRI LANKAN": {"rupee": "LKR"},
    "NEPALESE": {"rupee": "NPR"}, "NEPALI": {"rupee": "NPR"}, "MAURITIAN": {"rupee": "MUR"},
    "JAPANESE": {"yen": "JPY"}, "CHINESE": {"yuan": "CNY"}, "NIGERIAN": {"naira": "NGN"},
    "GHANAIAN": {"cedi": "GHS"}, "ETHIOPIAN": {"birr": "ETB"}, "THAI": {"baht": "THB"},
    "MALAYSIAN": {"ringgit": "MYR"}, "INDONESIAN": {"rupiah": "IDR"},
    "BANGLADESHI": {"taka": "BDT"}, "EURO": {"cent": "EUR"},
}  # fmt: skip
_ADJECTIVES_WRITTEN = [*ADJECTIVES, "U.S.", "U.S"]

# --- scales --------------------------------------------------------------------

#: Scale words after a number, any case, with a space, a hyphen or nothing between.
SCALE_WORDS = {
    "thousand": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9,
    "billions": 10**9, "trillion": 10**12, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
    "lacs": 10**5, "crore": 10**7, "crores": 10**7, "lakh crore": 10**12,
    "mio": 10**6, "mio.": 10**6, "mrd": 10**9, "mrd.": 10**9,
    "milhão": 10**6, "milhões": 10**6, "millón": 10**6, "millones": 10**6,
    "bilhão": 10**9, "bilhões": 10**9,
    "millionen": 10**6, "milliarden": 10**9, "miliar": 10**9,  # "2 Millionen Euro", "Rp 5 miliar"
}  # fmt: skip
#: Abbreviations, any case, glued or after one space: "$5bn", "Rs 40 cr".
SCALE_ABBREVIATIONS = ["bn", "mn", "mln", "bln", "tn", "mil", "cr", "mm"]
#: Single letters, glued and case-sensitive: "$5m", "$2.5B", "$10K", "$3MM", "$1T".
SCALE_LETTERS = ["k", "K", "m", "M", "MM", "b", "B", "T"]
#: Words that scraped text glues to a scale letter when it loses a space ("€28mbeing made
#: available", "£3bnfor schools"): after one of them the letter is still a scale.
GLUED_WORDS = ["being", "to", "for", "of", "and", "from", "was", "will", "has",
               "had", "which", "that", "with", "the", "towards", "toward", "over", "per",
               "each", "this", "into", "across"]  # fmt: skip
#: Number words, any case (keep in step with ``_words_value``).
UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
BIG_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
             "lakh": 10**5, "crore": 10**7}  # fmt: skip
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}

# --- bounds --------------------------------------------------------------------

#: Words before the money and the bound they give. The span stays the money's.
BOUNDS_BEFORE: dict[str, Bound] = {
    "up to": "up_to", "as much as": "up_to", "a maximum of": "up_to", "maximum of": "up_to",
    "up to a total of": "up_to", "up to a maximum of": "up_to",
    "no more than": "up_to", "not more than": "up_to", "less than": "up_to", "under": "up_to",
    "below": "up_to", "not exceeding": "up_to", "capped at": "up_to", "at most": "up_to",
    "more than": "at_least", "over": "at_least", "at least": "at_least",
    "in excess of": "at_least", "upwards of": "at_least", "upward of": "at_least",
    "a minimum of": "at_least", "minimum of": "at_least", "no less than": "at_least",
    "not less than": "at_least", "greater than": "at_least", "north of": "at_least",
    "exceeding": "at_least", "well over": "at_least", "just over": "at_least",
    "nearly": "approx", "almost": "approx", "approximately": "approx", "approx.": "approx",
    "approx": "approx", "about": "approx", "around": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "approx",
    "circa": "approx", "just under": "approx", "just shy of": "approx", "~": "approx",
    "in the region of": "approx", "in the neighborhood of": "approx",
    "in the neighbourhood of": "approx", "on the order of": "approx",
}  # fmt: skip
#: Words after the money: "$5 million or more", "$10K+".
BOUNDS_AFTER: dict[str, Bound] = {
    "or more": "at_least", "or greater": "at_least", "or higher": "at_least",
    "or above": "at_least", "and above": "at_least", "and up": "at_least", "+": "at_least",
    "-plus": "at_least", "or less": "up_to", "or under": "up_to", "or below": "up_to",
    "or so": "approx",
}  # fmt: skip

# --- patterns ------------------------------------------------------------------

_SCALE_WORD = alternation(SCALE_WORDS)
_SP = r"[ \t\u00a0\u2009\u202f]"  # a space inside a line
_SP_CHARS = frozenset(" \t\u00a0\u2009\u202f")  # the same, as a set (keep in step)
#: The characters of ``patterns.DASH`` (keep in step).
_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")

# A number in digits, after its first digit: a scan opens with a bare "[0-9]",
# which the regex engine jumps to at literal-search speed. Every alternative
# ends where the number ends; the guard after the group refuses half a number
# ("$1,0000", "$5,00").
NUM_REST = rf"""
(?:
    \d{{0,2}}(?=[,./]\d|[,/][oO]{{3}}|{_SP}\d{{3}}(?!\d)|['’]\d{{3}}(?!\d))  # a separator within three digits:
    (?:
        (?:,\d{{3}}){{1,5}}(?:\.\d{{1,8}})?             # 1,250,000.50
      | \d?(?:,\d\d){{1,4}},\d{{3}}(?:\.\d{{1,8}})?     # 12,34,567.89 (lakh grouping)
      | (?:\.\d{{3}}){{2,5}}(?:,\d{{1,2}})?             # 1.000.000,50
      | \.\d{{3}},\d{{1,2}}                             # 1.000,50
      | (?:{_SP}\d{{3}}){{1,5}}(?!{_SP}?\d)(?:[.,]\d\d(?!\d))?   # 1 000 000  83 000.00  83 000,00
      | (?:['’]\d{{3}}){{1,5}}(?:\.\d{{1,2}})?           # 50'000  1’000’000.50 (Swiss)
      | (?:[,/][\doO]{{3}}){{1,5}}(?!\p{{L}})           # scan damage: 250/000  75,ooo
      | ,\d{{1,2}}(?=\s{{0,2}}(?i:{_SCALE_WORD}|bn|mn)(?!\p{{L}})|m(?![\p{{L}}\d]))   # 1,5 million  1,2m
      | ,00(?<=\$\d{{2,3}},00)(?![\d,]|\.\d)             # a dollar sum with a zero dropped: "$10,00"
    )
  | \d{{0,11}}(?:\.\d{{1,8}})?                          # 2.5  10000
)
(?![,.]?\d)
"""
#: A whole number in digits, inside a pattern: also ".5".
NUM = rf"(?:\d{NUM_REST}|\.\d{{1,8}}(?![,.]?\d))"

# A scale after the number. Words may be glued, hyphenated or spaced ("$5million",
# "$1.2-million", "$2 billion"); letters only glued ("$5m").
SCALE = rf"""
(?:
    (?:\s{{1,3}}|{DASH})?(?P<scale>(?i:{_SCALE_WORD}))(?!\p{{L}})   # " million"  "-million"
  | {_SP}?(?P<scale>(?i:{alternation(SCALE_ABBREVIATIONS)}))(?!\p{{L}})   # "bn"  " mn"  " cr"
  | (?P<scale>{alternation(SCALE_LETTERS)})(?![\p{{L}}\d])                # "m"  "K"  "MM"
  | {DASH}(?P<scale>[MB])(?![\p{{L}}\d])                                   # "P5-M"  "P20-B" (Manila press)
  | (?P<scale>m|bn)(?=(?:{alternation(GLUED_WORDS)})(?![\p{{L}}\d]))        # "€28mbeing" (a lost space)
)
"""

_NUMBER_WORD = (
    rf"(?:{alternation([*UNIT_WORDS, *BIG_WORDS, 'hundred', *FRACTION_WORDS])})(?![\p{{L}}])"
)
# A count opens with a unit or a fraction: "several hundred dollars" says no sum.
_FIRST_NUMBER_WORD = rf"(?:{alternation([*UNIT_WORDS, *FRACTION_WORDS])})(?![\p{{L}}])"
# Number words: "one million", "half a million", "a quarter of a million",
# "thirteen", "forty-five", "two hundred and fifty thousand". Bounded.
WORDS = rf"""
(?i:
    (?<![\p{{L}}\d-])
    (?:(?:a|an)[\s-]+{_NUMBER_WORD}|{_FIRST_NUMBER_WORD})          # "a quarter"  "one", not "hundred"
    (?:(?:[\s-]+(?:and|of|a|an)(?![\p{{L}}])){{0,2}}[\s-]+{_NUMBER_WORD}){{0,8}}   # " of a million"
)
"""

_CODE = rf"(?i:{alternation(CODES)})"
_CURRENCY_WORD = rf"(?i:{alternation(CURRENCY_WORDS)})(?![\p{{L}}])"
_ADJECTIVE = rf"(?i:{alternation(_ADJECTIVES_WRITTEN)})"

# The scan opens on a bare "[0-9]", which the regex engine jumps to at
# literal-search speed, and reads the token before the number and the token
# after it with plain character classes; which tokens are currencies is decided
# from the tables in Python (``_prefix``, ``_suffix``). Trying a few hundred
# currency names at every number costs the engine far more than a dict lookup.
_SIGNS = "$€£¥₹₩₱₦₺₫₴₽₪₡₾₭৳₵₿元¢ரூ฿\ufffd"  # (U+FFFD: a sign lost to a wrong encoding)
NUMBER = compile_pattern(
    rf"""
    [0-9]                                                     # a digit ...
    (?<![\d,][0-9])(?<!\d\.[0-9])                             # ... that starts a number,
    (?>(?<=(?P<before>[\p{{L}}.{_SIGNS}]{{1,8}}){_SP}{{0,2}}[0-9])   # with a token before: "US$"  "EUR "  "Rs."  "€"
      | (?=[\d,./]{{0,31}}+(?:{_SP}\d{{3}}){{0,5}}+(?:\s{{0,3}}|{DASH})[\p{{L}}{_SIGNS}]))   # or a word after (else no match: fail fast)
    (?P<rest>(?>{NUM_REST}))                                 # each part atomic: read once,
    (?>(?=(?:\s{{0,3}}|{DASH})[tTmMbBkKlLcC])(?:{SCALE})|)                  # " million"  "bn"  "m"
    (?>(?:{_SP}{{0,2}}|{DASH})(?P<after>[\p{{L}}{_SIGNS}][\p{{L}}\p{{M}}.]{{0,15}})|)   # " dollars"  " USD"  " €"
    (?(before)|(?(after)|(?(scale)|(?!))))                    # a bare "2024," is not looked at
    """,
    regex.VERBOSE,
)
# NUMBER's groups by number: reading a group by number is several times faster
# than by name, and the loop over numbers reads a few per number.
_BEFORE, _REST, _SCALE, _AFTER = (
    NUMBER.groupindex[g] for g in ("before", "rest", "scale", "after")
)
# A qualifier written with a space before a bare "$": "US $5", "C $ 16.4 million".
SPACED_QUALIFIER = deferred_pattern(
    rf"(?<=(?<![\p{{L}}\d])(?P<q>(?i:{alternation(_DOLLAR_BEFORE_WRITTEN)})){_SP})"
)
# After a currency word's adjective: "Swiss francs", "New Zealand dollars", "U.S. dollars".
ADJECTIVE_WORD = deferred_pattern(
    rf"(?P<adj>{_ADJECTIVE})[\s-](?P<word>{_CURRENCY_WORD})"
)  # "US-Dollar"
# Two-word currency names, read where their first word is found.
LONG_WORD = deferred_pattern(rf"{_CURRENCY_WORD}")
# "75 USD million": a scale after the code.
SCALE_AFTER_CODE = deferred_pattern(
    rf"{_SP}(?P<scale>(?i:million|billion|thousand|mn|bn))(?!\p{{L}})"
)
# A sign or code right before a number belongs to that number: "2024 $5", "2023 EUR 5m";
# a code before "/" names a currency pair: "1.08 EUR/USD".
_DIGIT_NEXT = deferred_pattern(rf"{_SP}{{0,2}}\d|/[A-Z]{{3}}")
# In a table a "$" stands in its own cell before the next figure: "97  $  83".
_FIGURE_NEXT = deferred_pattern(r"\s{0,30}[\d$(|]")

#: Currency words that number words are looked for before ("one million dollars").
WORD_ANCHORS = ["dollar", "euro", "pound", "rupee", "yen", "penny", "m?usd", "cents", "pence"]
# Number words before a currency word: "half a million dollars", "two\nbillion
# dollars", "one-yen". One literal search per anchor word; the words before each
# hit are read by ``WORDS_BEFORE`` (so a text of nothing but "dollars" costs a
# set number of reads, not a look-behind at every hit).
#: Anchors read in lower case only: a case-blind scan costs three times a plain one, and
#: "Fifty Cents" is rare. ("cents", not "cent", which nearly every release holds: "percent".)
_LOWER_CASE_ANCHORS = frozenset({"cents"})
WORD_ANCHOR_SCANS = [
    compile_pattern(
        rf"(?<!\p{{L}}){anchor}(?=s?(?!\p{{L}}))"
        if anchor in _LOWER_CASE_ANCHORS
        else rf"(?<!\p{{L}})(?i:{anchor})(?=(?i:s)?(?!\p{{L}}))"
    )
    for anchor in WORD_ANCHORS
]
#: The letters each anchor word must have, lower case: a release whose letters
#: (read as ASCII, lower-cased, in one pass) lack them is not scanned for it.
WORD_ANCHOR_LETTERS = [anchor.replace("m?", "").encode() for anchor in WORD_ANCHORS]
WORDS_BEFORE = deferred_pattern(
    rf"""
    (?<=
        (?P<words>{WORDS})(?:{SCALE})?[\s-]{{1,2}}           # "half a million "  "one-"
        (?:(?P<adj>{_ADJECTIVE})\s)?                        # "Australian "
    )
    """,
    regex.VERBOSE,
)

#: Signs of the rupee that number words may follow ("Rs one crore", "₹ five lakh", "Rupees
#: One Crore"): looked for by a plain substring search, only in a release that writes "lakh"
#: or "crore". (Number words after "USD" are read where the scan for "USD" finds it.)
RUPEE_SIGNS = ("Rs", "INR", "₹", "Rupees", "rupees")  # "Rupees One Crore"
# Number words after such a sign, read at each place the sign is found: "Rs. one crore",
# "USD five million" ("USD 2 million" is the digit scan's).
WORDS_AFTER_SIGN = deferred_pattern(
    rf"""
    (?<![\p{{L}}\d])                                 # the sign opens a word
    (?:Rs\.?|INR|USD|₹|[Rr]upees)                   # "Rs."  "USD"  "Rupees"
    [ \u00a0]?(?P<words>{WORDS})                      # " one", " five million"
    (?:{SCALE})?                                     # " crore" when the words end before it
    (?![\p{{L}}\d])
    """,
    regex.VERBOSE,
)

# A range's upper end with no currency of its own, right after a money:
# "$1–2 million", "€5-10m", "$1 to 2 billion", "between $5 and 10 million".
RANGE_TAIL = deferred_pattern(
    rf"""
    (?:{_SP}{{0,2}}(?P<dash>{DASH}){_SP}{{0,2}}|\s{{1,2}}(?P<word>to|and|through)\s{{1,2}})   # "–"  " to "
    (?P<num>{NUM})
    (?:{SCALE})?
    (?![\d%])                                                  # not "-700%"
    (?:\s{{1,2}}(?:(?P<adj>{_ADJECTIVE})\s)?(?P<tword>{_CURRENCY_WORD}))?      # " dollars"
    """,
    regex.VERBOSE,
)
# A range's lower end with no currency, just before a number-first money:
# "5-10 million euros", "between 5 and 10 million dollars".
RANGE_HEAD = deferred_pattern(
    rf"""
    (?<=
        (?<![\p{{L}}\d.,])(?P<num>{NUM})(?:{SCALE})?
        (?:{_SP}{{0,2}}(?P<dash>{DASH}){_SP}{{0,2}}|\s{{1,2}}(?P<word>to|and)\s{{1,2}})
    )
    """,
    regex.VERBOSE,
)
# What may stand between two moneys that make a range: "$5,000–$10,000", "$5 to $10".
RANGE_GAP = deferred_pattern(
    rf"(?:\s{{0,2}}(?P<dash>{DASH})\s{{0,2}}|\s{{1,2}}(?P<word>to|and|through)\s{{1,2}})\Z"
)
# "between" right before a range's lower end; a verb of change before "from", which
# makes "from $5 to $10" a change, not a range.
BETWEEN_BEFORE = deferred_pattern(r"(?<=(?i:between)\s{1,3})")
# "from $5 to $10" is a range after "ranging", "range", "varies"; after anything
# else ("rose from", "increasing it from") it is a change.
RANGE_FROM_BEFORE = deferred_pattern(
    r"(?<=(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|between)\s{1,3}from)\s{1,3})"
)
FROM_BEFORE = deferred_pattern(r"(?<=(?i:\bfrom)\s{1,3})")
# "increased $304 million to $5.8 billion": a verb of change makes "to" a change.
CHANGE_BEFORE = deferred_pattern(
    r"""(?<=(?i:\b(?:increas|decreas|ris|rose|grew|grow|jump|climb|fell|fall|drop|declin|soar|surg|
    doubl|tripl|boost|rais|cut|reduc|expand|chang|mov|went|gone|go)\w{0,4}(?:\s{1,3}by)?)\s{1,3})""",
    regex.VERBOSE,
)

# The bound before the money, anchored at the money's start: "more than $5"; its words
# may be wrapped over a line end ("up\nto $100,000").
_BOUND_WORDS = alternation(BOUNDS_BEFORE).replace("\\ ", r"\s")
BOUND_BEFORE = deferred_pattern(
    rf"""
    (?<=(?<![\p{{L}}])(?P<bound>(?i:{_BOUND_WORDS}))\s{{1,3}})
    """,
    regex.VERBOSE,
)
# "over" after these verbs is a particle, not a bound: "handed over $5 million".
OVER_PARTICLE = deferred_pattern(
    r"(?<=(?i:(?:hand|turn|sign|pass|fork|shell|carr(?:y|ie)|paid|pay)\w{0,3}\s{1,3}over)\s{1,3})"
)
BOUND_AFTER = deferred_pattern(
    rf"(?:\s{{1,2}}(?P<bound>(?i:or\s(?:more|greater|higher|above|less|under|below|so)|and\s(?:above|up)))(?!\p{{L}})|(?P<bound>\+|{DASH}plus(?!\p{{L}})))"
)

# A scale word after a plus sign: "$19+ billion" is more than 19 billion, not 19.
PLUS_SCALE = deferred_pattern(
    rf"\+{_SP}{{0,2}}(?P<scale>(?i:{alternation(['thousand', 'million', 'billion', 'trillion'])}))"
    r"(?!\p{L})"
)

# "3 dollars 50 cents", "thirteen dollars and forty-five cents".
CENTS_TAIL = deferred_pattern(
    rf"""
    ,?\s{{1,2}}(?:and\s{{1,2}})?(?:(?P<num>\d{{1,2}})|(?P<words>{WORDS}))[\s-]{{1,2}}(?i:cents?)(?!\p{{L}})
    """,
    regex.VERBOSE,
)

# Accounting figures with no sign, in a release that writes money elsewhere:
# "First gift 1,000.00", "750.00". Whole units with ".00" and at least three digits,
# not a percentage or a measure.
BARE_DECIMAL = deferred_pattern(r"\d{1,3}(?:,\d{3}){1,4}\.00|\d{3}\.00")
BARE_DECIMAL_NOT_BEFORE = deferred_pattern(
    r"[%\p{L}/:-]|\s?(?i:percent|per\s?cent|points?|pts|hours?|miles?|acres?|feet|kg|lbs?|pounds|tons?|gallons?|sq)\b"
)

# Strong signs of a release's country, for a bare "$" when the dateline says
# nothing. Each scan opens on a literal ("overnment", ".g", "anada", "Member",
# "HKSAR") and reads the words around it, so the release is searched at
# literal speed; a country's name alone is no sign (a US company may give to
# an Australian charity in US dollars).
_AU_GOVERNMENTS = ["Australian", "Albanese", "Morrison", "Turnbull", "Labor", "Commonwealth", "NSW",
                   "Queensland", "Victorian", "Tasmanian", "ACT", "Western Australian",
                   "South Australian", "Northern Territory"]  # fmt: skip
_CA_PROVINCES = ["Canada", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Saskatchewan",
                 "Manitoba", "Nova Scotia", "New Brunswick", "Newfoundland and Labrador",
                 "Prince Edward Island", "Yukon", "Nunavut", "the Northwest Territories"]  # fmt: skip
_CA_DEPARTMENTS = ["Health", "Transport", "Parks", "Infrastructure", "Indigenous Services",
                   "Employment and Social Development", "Natural Resources", "Global Affairs",
                   "Environment and Climate Change", "Agriculture and Agri-Food", "Public Safety",
                   "Fisheries and Oceans", "Canadian Heritage", "Veterans Affairs",
                   "Women and Gender Equality", "Statistics", "Sport", "Prairies Economic Development",
                   "Pacific Economic Development", "Housing, Infrastructure and Communities"]  # fmt: skip
COUNTRY_CUES = [
    compile_pattern(
        rf"""
        overnment
        (?:
            (?<=(?P<AU>{alternation(_AU_GOVERNMENTS)})\s[Gg]overnment)   # "Albanese Government"
          | (?<=(?P<CA>Canadian|Ontario|Alberta|Quebec|Manitoba|Saskatchewan)\s[Gg]overnment)
          | (?<=(?P<NZ>New\sZealand|NZ)\s[Gg]overnment)
          | (?<=(?P<SG>Singapore)\s[Gg]overnment)
          | (?<=Government)\sof\s(?:
                (?P<AU>Australia|New\sSouth\sWales|Queensland|Victoria|Tasmania|Western\sAustralia|South\sAustralia)
              | (?P<CA>{alternation(_CA_PROVINCES)})
              | (?P<NZ>New\sZealand) | (?P<SG>Singapore) | (?P<HK>the\sHong\sKong)
            )\b
        )
        """,
        regex.VERBOSE,
    ),
    compile_pattern(
        r"\.g(?:(?P<AU>ov\.au)|(?P<CA>c\.ca)|(?P<NZ>ovt\.nz)|(?P<SG>ov\.sg)|(?P<HK>ov\.hk))\b"
    ),
    compile_pattern(
        rf"anada(?:(?<=[\s(](?P<CA>{alternation(_CA_DEPARTMENTS)})\sCanada)\b|(?<=\bcanada)(?P<CA>\.ca)\b)"
    ),
    compile_pattern(r"Member(?:(?<=Federal\sMember)(?P<AU>\sfor)|(?P<CA>\sof\sParliament\sfor))"),
    compile_pattern(r"(?P<HK>HKSAR)\b"),
    # A town with its province as the Canadian press writes it: "Mississauga, Ont.", "Fernie, B.C."
    compile_pattern(
        r",\s(?<=\b\p{Lu}[\p{Ll}\-]{1,30},\s)(?P<CA>Ont|Que|Alta|Sask|Nfld|B\.C|N\.S|N\.B|P\.E\.I)\.(?!\w)"
    ),
    compile_pattern(r"(?P<NZ>Aotearoa)\b"),
    compile_pattern(r"\b(?P<AU>NSW)\b"),  # New South Wales, as Australians write it
    # Australia's own big banks, which give and lend in its dollar ("National Australia Bank
    # upped its support to $5 million"); not Canada's, whose arms underwrite US offerings.
    compile_pattern(r"\b(?P<AU>National\sAustralia\sBank|Commonwealth\sBank\sof\sAustralia)\b"),
    compile_pattern(r"\b(?P<AU>Westpac)\b"),
    # A province's or state's own department: "Nova Scotia's Department of Energy".
    compile_pattern(
        rf"""
        Department(?<=
            (?:(?P<CA>{alternation(_CA_PROVINCES)})
              |(?P<AU>New\sSouth\sWales|NSW|Queensland|Tasmania|Western\sAustralia|South\sAustralia))
            (?:['’]s)?\sDepartment)
        \s(?:of|for)\b
        """,
        regex.VERBOSE,
    ),
]
# Weaker signs: the country's people or its own names for itself and its agencies.
# Provinces and cities of one country only (not "Waterloo", "Perth", "Sydney", "Victoria",
# which other countries have too): three mentions make the country. Read only in a release
# that names the country ("Canad", "Austral"), so that most releases are never scanned.
_ONE_COUNTRY_PLACES = {
    "CA": "Ontario Quebec Alberta British\\sColumbia Manitoba Saskatchewan Nova\\sScotia "
    "New\\sBrunswick Toronto Ottawa Montreal Vancouver Calgary Edmonton Winnipeg Mississauga "
    "Kitchener Niagara",
    "AU": "Queensland New\\sSouth\\sWales Tasmania Melbourne Brisbane Canberra Adelaide",
}
PEOPLE_CUES = [
    compile_pattern(r"(?P<AU>Australians)\b"),
    compile_pattern(r"(?P<CA>Canadians)\b"),
    compile_pattern(r"(?P<NZ>New\sZealanders)\b"),
    compile_pattern(r"(?P<SG>Singaporeans)\b"),
    compile_pattern(r"\b(?P<AU>[Bb]ushfires?)\b"),  # the Australian word for a wildfire
    # Bermuda's local press (its dollar is at par with the US one, but its own: BMD); not its
    # reinsurers' releases, listed in New York and reporting in US dollars (see ``US_NAMED``).
    compile_pattern(r"\b(?P<BM>Bermud(?:a|ians?))\b"),
    *(
        compile_pattern(rf"\b(?P<{country}>{'|'.join(places.split())})\b")
        for country, places in _ONE_COUNTRY_PLACES.items()
    ),
    # The country as the one that acts or owns, three times: "Australia is providing",
    # "Canada’s support".
    *(
        compile_pattern(
            rf"\b(?P<{code}>{name})(?:['’]s\s|\s(?:is|has|will|provides|provided|announced|"
            r"pledged|committed|contributed)\b)"
        )
        for code, name in (("AU", "Australia"), ("CA", "Canada"), ("NZ", r"New\sZealand"))
    ),
]
#: A literal each cue above holds (in step with ``COUNTRY_CUES`` and ``PEOPLE_CUES``):
#: a release without it is not scanned for that cue.
_COUNTRY_LITERALS = [
    b"overnment",
    b".g",
    b"anada",
    b"Member",
    b"HKSAR",
    b"Canad",  # (a release with a Canadian town in it names Canada or Canadians too)
    b"Aotearoa",
    b"NSW",
    b"Australia",
    b"Westpac",
    b"Department",
]
_PEOPLE_LITERALS = [
    b"Austral",  # (cues share the shortest literal that each holds: it is tested once)
    b"Canad",
    b"Zealand",
    b"Singaporeans",
    b"Austral",  # (a release about bushfires names Australia)
    b"Bermud",
    b"Canad",  # (the places of ``_ONE_COUNTRY_PLACES``, in its order)
    b"Austral",
    b"Austral",  # (the countries of the last cues, in their order)
    b"Canad",
    b"Zealand",
]
# Words one country's releases use and no other's, which make the country by themselves:
# an Australian council names its district a "local government area" (capitalised, it is
# a Nigerian district's name, where money is in naira).
DECISIVE_CUES = [compile_pattern(r"\b(?P<AU>local[ ]government[ ]areas?)\b")]
_DECISIVE_LITERALS = [b"local government area"]  # (in step with ``DECISIVE_CUES``)
# The countries of a dollar a minister's release may name ("Twelve communities throughout New
# Zealand"), and the United States, whose naming makes the guess void.
MINISTER_COUNTRIES = deferred_pattern(
    r"\b(?:(?P<AU>Australia)|(?P<NZ>New\sZealand)|(?P<CA>Canada)|(?P<SG>Singapore))\b"
)
US_NAMED = deferred_pattern(
    r"\b(?:U\.S\.A?|USA|US(?!\$)|United\sStates|America|Americans?|Congress|NYSE|Nasdaq|NASDAQ)\b"
)
#: Spellings of the Commonwealth, not of the United States: with a city of one dollar
#: country and no word of the United States, a bare "$" is that country's ("a cheque for
#: $12,300 ... the Melbourne Cup luncheon"), while "Melbourne, Florida" news keeps the US
#: dollar. Looked for in the release's lower-case ASCII letters ("organis": "organisation").
_COMMONWEALTH_SPELLINGS = [b"cheque", b"per cent", b"organis", b"centre", b"programme", b"licence"]
# Cities and provinces of one dollar country only ("Perth" and "Sydney" have namesakes
# that write pounds or US dollars, but not with these spellings and a bare "$").
DOLLAR_CITIES = deferred_pattern(
    r"""\b(?:
      (?P<CA>Toronto|Ottawa|Montr[eé]al|Vancouver|Calgary|Edmonton|Winnipeg|Ontario|Qu[eé]bec
        |Alberta|Manitoba|Saskatchewan|Nova\sScotia|British\sColumbia|Halifax|Mississauga|Niagara
        |Saskatoon|Kelowna|Kamloops|Nanaimo|Lethbridge|Guelph|Thunder\sBay
        |Moncton|Fredericton|Charlottetown|Brampton|Oshawa|St\.\sCatharines|Sarnia|Gatineau
        |Sherbrooke|Kitchener|Owen\sSound|Newfoundland)
    | (?P<AU>Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Queensland|Tasmania
        |New\sSouth\sWales|Darwin|Geelong|Townsville|Toowoomba|Wollongong
        |Ballarat|Bendigo|Rockhampton|Bundaberg|Wagga\sWagga
        |Mildura|Shepparton|Dubbo|Kalgoorlie|Alice\sSprings)
    | (?P<NZ>Auckland|Wellington|Christchurch|Tauranga|Rotorua|Palmerston\sNorth
        |Whangarei|Invercargill|New\sPlymouth)
    )\b""",
    regex.VERBOSE,
)
# Words of the United States ("North America" is a continent, not the country).
NOT_US_AMERICA = deferred_pattern(
    r"\b(?:U\.S\.A?|USA|US(?!\$)|United\sStates|(?<!\b(?:North|South|Latin|Central)\s)America"
    r"|Americans?|Congress|NYSE|Nasdaq|NASDAQ)\b"
)
# A dateline that names a US state ("FORT WORTH, TX", "Austin, Texas"): a bare "$" is USD.
US_DATELINE = deferred_pattern(
    r""",\s?(?:[A-Z]{2}\b|[A-Z][a-z]{1,4}\.|D\.C\.|N\.[YJHMCD]\.|(?:Alabama|Alaska|Arizona|Arkansas|California
    |Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky
    |Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska
    |Nevada|New\s\w+|North\s\w+|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\sIsland|South\s\w+|Tennessee
    |Texas|Utah|Vermont|Virginia|Washington|West\sVirginia|Wisconsin|Wyoming)\b)""",
    regex.VERBOSE,
)
# A dateline at the very start of a release that has no headline line:
# "SYDNEY, Australia, March 3, 2025 – ...", "TORONTO, ON – ...".
DATELINE_AT_START = deferred_pattern(
    r"\s{0,3}\p{Lu}{2}[\p{Lu} .'-]{0,30},[^.\n]{0,60}?(?:\d{4}|[–—-])"
    r"|\s{0,3}\p{Lu}{2}[\p{Lu} .']{0,30}(?:[ ]\([^()\n]{1,30}\))?[ ][–—-][ ]"  # "SINGAPORE - ",
)  # "SYDNEY (AAP) – "
# Places in a dateline, beyond those the release model knows.
DATELINE_PLACES = deferred_pattern(
    r"""(?i:\b(?:
      (?P<AU>australia|sydney|melbourne|canberra|brisbane|adelaide|hobart|gold\scoast|geelong|cairns|townsville|toowoomba|wollongong|launceston|ballarat|bendigo
        |perth(?!\samboy)|darwin|fremantle|parramatta|rockhampton|alice\ssprings|sunshine\scoast|wagga\swagga
        |newcastle,\s?nsw|(?-i:,\s?(?:NSW|QLD|Qld|VIC|Vic|TAS|Tas|ACT)\b))
    | (?P<CA>canada|toronto|ottawa|montr[eé]al|vancouver|calgary|edmonton|winnipeg|halifax|mississauga|brampton|kitchener|gatineau|laval|burnaby|kelowna|kamloops|nanaimo|lethbridge|regina
        |saskatoon|saskatchewan|manitoba|nova\sscotia|new\sbrunswick|newfoundland|fredericton|moncton
        |charlottetown|whitehorse|yellowknife|iqaluit|sudbury|thunder\sbay|markham|oakville|guelph
        |(?:hamilton|london|windsor|kingston|waterloo|burlington),\s?(?:ontario|on)\b|victoria,\s?(?:bc|british)
        |(?-i:,\s?(?:ON|BC|AB|QC|SK|MB|NS|NB|PEI|Ont|Alta|Sask|Que)\b))
    | (?P<SG>singapore) | (?P<HK>hong\skong)
    | (?P<NZ>new\szealand|auckland|wellington|christchurch|dunedin|tauranga|rotorua|palmerston\snorth|queenstown|hamilton,\s?(?:nz|new\szealand))
    )\b)""",
    regex.VERBOSE,
)
#: The replacement mark U+FFFD: before a number, a pound or euro sign lost to a wrong
#: encoding in scraped text ("ALMOST �4,000 of grants"). The pound, unless the release
#: writes euros elsewhere (English-language archives lose "£" most).
DAMAGED_SIGN = "\ufffd"
_EURO_CUE = deferred_pattern(r"€|\b(?:[Ee]uros?|EUR)\b")
_KRONA_CUES = deferred_pattern(r"(?P<SEK>Swed)|(?P<NOK>Norw)|(?P<DKK>Denmark|Danish)")
# Which shilling ("Sh3 million", "160,000 shillings"): the first East African country named,
# else the Kenyan, whose press writes "Sh" most.
_SHILLING_CUES = deferred_pattern(
    r"(?P<KES>Kenya|Nairobi|Mombasa|Kisumu|Nakuru)|(?P<UGX>Uganda|Kampala)"
    r"|(?P<TZS>Tanzania|Dar[ ]es[ ]Salaam|Dodoma)|(?P<SOS>Somalia|Mogadishu)"
)
# Which peso ("50 million pesos"): the first country of the peso named.
_PESO_CUES = deferred_pattern(
    r"(?P<PHP>Philippine|Philippines|Manila|Cebu|Davao|Quezon|Filipino)|(?P<MXN>Mexic)"
    r"|(?P<COP>Colombia|Bogot)|(?P<CLP>Chile|Santiago)|(?P<ARS>Argentin|Buenos[ ]Aires)"
    r"|(?P<DOP>Dominican[ ]Republic|Santo[ ]Domingo)|(?P<UYU>Uruguay|Montevideo)"
)
# Which rupee "Rs" and "rupees" are (not "₹" nor "INR"): the first country of a rupee named,
# else the Indian.
_RUPEE_CUES = deferred_pattern(
    r"(?P<INR>India|Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad)"
    r"|(?P<PKR>Pakistan|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar)"
    r"|(?P<LKR>Sri[ ]Lanka|Colombo)|(?P<NPR>Nepal|Kathmandu)"
)
_UPPER = deferred_pattern(r"\p{Lu}")
_NO_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f'’")  # (and Swiss apostrophes)
_DOT_GROUPS = deferred_pattern(
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?|\d{1,3}\.\d{3},\d{1,2}"
)  # 1.000.000,50
_DECIMAL_COMMA = deferred_pattern(r"\d{1,3},\d{1,2}")  # 1,5 (before a scale)
# A dollar sum whose last group lost a zero: "$10,00" is $10,000 (no dollar has a decimal comma).
_DROPPED_ZERO = deferred_pattern(r"\d{2,3},00")
_ONE_DOT_GROUP = deferred_pattern(r"[1-9]\d{0,2}\.\d{3}")  # 1.500
_DOT_THOUSANDS = deferred_pattern(r"[1-9]\d{1,2}\.\d{3}")  # 250.000, never a price in dollars
_GLUED_WORD = deferred_pattern(
    rf"(?:{alternation(GLUED_WORDS)})(?![\p{{L}}\d])"
)  # "being" of "€28mbeing"
_WORD_GAPS = deferred_pattern(r"[\s\-]+")
#: German number words before a scale and a currency: "rund vier Millionen Euro", "mit einer
#: Million Euro", "anderthalb Milliarden US-Dollar" (read in a release that writes "euro" or
#: "dollar" and "million" or "milliard" only).
GERMAN_NUMBERS = {
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "anderthalb": 1.5,
    "eineinhalb": 1.5,
}  # fmt: skip
GERMAN_SCALES = {"million": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9}
GERMAN_CURRENCIES = {"euro": "EUR", "us-dollar": "USD"}
GERMAN_WORDS_MONEY = deferred_pattern(
    rf"""
    (?<=(?<![\p{{L}}\d-])(?P<num>(?i:{alternation(GERMAN_NUMBERS)}))[ \u00a0])  # "vier "  "einer "
    (?P<scale>Million(?:en)?|Milliarden?)                # the scan opens on the scale: "Millionen"
    [ \u00a0](?P<cur>Euro|US-Dollar)(?![\p{{L}}-])       # " Euro"
    """,
    regex.VERBOSE,
)
_GROUPED = deferred_pattern(r"\d[, ]\d{3}")  # a thousands separator: "10,000"
# Between a sum and its conversion into US dollars: "C$200 million (about $151 million)".
CONVERSION_GAP = deferred_pattern(
    r"\s{0,2}\(\s?(?:(?:about|approximately|approx\.|roughly|around|some|nearly|or)\s{1,2}|~)?"
)
# Words that make a guarded letter sign money without a size: "a donation of R5000",
# "donated N500", "worth RM900".
MONEY_WORDS_BEFORE = deferred_pattern(
    r"\b(?:(?:donation|grant|gift|cheque|check|sum|amount|contribution|bursary|award)[ \u00a0]"
    r"(?:of|for|worth)|donated|gave|raised|pledged|granted|awarded|worth|valued[ \u00a0]at)"
    r"[ \u00a0]$",
    regex.IGNORECASE,
)
_CONVERTED_AFTER = deferred_pattern(
    r"\s{0,2}\((?:about|approximately|some|nearly|or|~)?\s?(?:US)?\$"
)
_OF_AFTER = deferred_pattern(r"\s+(?:\([^()\n$£€]{1,40}\)\s+)?of\b")  # "pounds (21 tons) of"
_YEAR = deferred_pattern(r"(?:19|20)\d\d")
# "in 2020 dollars", "constant 1990 dollars": a year, not a sum.
YEAR_DOLLARS_BEFORE = deferred_pattern(r"(?<=(?i:\b(?:in|constant|real|nominal|today's)\s{1,3}))")
#: Currencies written with "." between thousands: "€1.500" is 1500 when no scale follows.
EURO_STYLE = frozenset({"EUR", "CHF", "SEK", "NOK", "DKK", "BRL", "PLN", "CZK", "HUF", "TRY",
                        "IDR", "VND", "ARS", "CLP", "COP", None})  # fmt: skip


class Money(NamedTuple):
    """A sum of money as written, with its normalised value."""

    text: str  # the money as written, without bound words: "$1.5 million"
    start: int  # release[start:end] == text
    end: int
    value: float  # in the currency's main unit: 1500000.0; "50 cents" is 0.5
    currency: str | None  # ISO 4217 ("USD"), or None when the release leaves it open
    bound: Bound  # "exact", "up_to", "at_least" or "approx"
    rule: str  # "money.symbol_first", "money.number_first", "money.range_low", ...
    low: float | None = None  # for either end of a range: the lower value ...
    high: float | None = None  # ... and the upper value


class _Found:
    """A money being built: the raw number and scale kept for ranges.

    A plain class with slots, not a dataclass: making a dataclass costs about a
    millisecond at import, which every run of the command pays.
    """

    __slots__ = (
        "bound",
        "currency",
        "divisor",
        "dollar",
        "end",
        "high",
        "low",
        "number",
        "rule",
        "scale",
        "start",
    )

    def __init__(
        self,
        start: int,
        end: int,
        number: float,
        scale: float,
        divisor: int,
        currency: str | None,
        dollar: bool,  # a bare "$" or "dollars": the release's dollar
        rule: str,
        bound: Bound = "exact",
        low: float | None = None,
        high: float | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.number = number
        self.scale = scale
        self.divisor = divisor
        self.currency = currency
        self.dollar = dollar
        self.rule = rule
        self.bound = bound
        self.low = low
        self.high = high

    @property
    def value(self) -> float:
        # Rounded so that "16.4 million" is 16400000.0, not 16399999.999999998.
        # (and "US$16.9 trillion" 16900000000000.0: fifteen significant digits at most)
        return float(f"{round(self.number * self.scale / self.divisor, 6):.15g}")


def _digits_value(raw: str, euro_style: bool) -> float:
    """The value of a number as ``NUM`` matches it."""
    if raw.isascii() and raw.replace(",", "").isdigit():  # "2500", "2,500": digits and commas
        if len(raw) <= 6 and _DECIMAL_COMMA.fullmatch(raw):
            return float(raw.replace(",", "."))  # 1,5 (before a scale)
        return float(raw.replace(",", ""))
    s = raw.replace("O", "0").replace("o", "0").replace("/", ",")
    if s[-3:-2] == "," and (packed := s.translate(_NO_SPACES)) != s:
        return float(packed.replace(",", "."))  # "83 000,00": spaced groups, a decimal comma
    s = s.translate(_NO_SPACES)
    if _DOT_GROUPS.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))  # 1.000.000,50
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))  # 1,5 (before a scale)
    if euro_style and _ONE_DOT_GROUP.fullmatch(s):
        return float(s.replace(".", ""))  # €1.500
    plain = s.replace(",", "")
    try:
        return float(plain)
    except ValueError:  # scan damage with two points (".1.00"): read up to the second
        second = plain.find(".", plain.find(".") + 1)
        try:
            return float(plain[:second])
        except ValueError:
            return 0.0


def _words_value(phrase: str) -> float:
    """The value of number words ("half a million" -> 500000; keep in step with ``WORDS``)."""
    tokens = [t for t in _WORD_GAPS.split(phrase.lower()) if t]
    total = current = last_big = 0.0
    prev = ""
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("a", "an"):
            if (nxt in BIG_WORDS or nxt == "hundred") and not current:
                current = 1.0
        elif tok in FRACTION_WORDS:
            # "three quarters" multiplies; "a half", "one and a half" add.
            if current and prev in UNIT_WORDS:
                current *= FRACTION_WORDS[tok]
            elif not current and last_big:
                total += FRACTION_WORDS[tok] * last_big  # "a million and a half": 1,500,000
            else:
                current += FRACTION_WORDS[tok]
        elif tok in UNIT_WORDS:
            current += UNIT_WORDS[tok]
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok in BIG_WORDS:
            big = BIG_WORDS[tok]
            if last_big and big > last_big:
                total = (total + current) * big  # "five thousand crore", "one lakh crore"
            else:
                total += (current or 1.0) * big
            current, last_big = 0.0, big
        prev = tok
    return total + current


def _pounds_weigh(text: str, end: int) -> bool:
    """Whether "pounds" written out (ending at ``end``) weigh rather than pay: in a release
    that writes its money with "$" and never "£", "GBP" nor "sterling" ("collected 3,400
    pounds, or 2,800 meals"), unless a dollar sum in brackets converts them ("2 million
    pounds ($2.5 million)")."""
    if "$" not in text or "£" in text or "GBP" in text or "sterling" in text.lower():
        return False
    return _CONVERTED_AFTER.match(text, end, end + 8) is None


def _words_number(words: str, scale: str | None, factor: float = 1.0) -> tuple[float, float]:
    """The number and the multiplier of number words and the scale word after them.

    A scale word closes the last group when the words hold a larger one: "one million two
    hundred" and "thousand" are 1,200,000, not 1,000,200 thousands; it multiplies them
    otherwise ("five thousand crore", "one lakh crore").
    """
    big = scale.lower() if scale else ""
    if big in BIG_WORDS and any(
        BIG_WORDS.get(w, 0) > BIG_WORDS[big] for w in words.lower().split()
    ):
        return _words_value(f"{words} {scale}"), factor
    return _words_value(words), _scale_value(scale) * factor


def _scale_value(word: str | None) -> float:
    """The multiplier of a scale word or suffix (keep in step with ``numbers.SCALES``)."""
    if not word:
        return 1.0
    low = word.lower()
    if low in SCALE_WORDS:
        return float(SCALE_WORDS[low])
    return float(scale_of(word))


def _lower_case_context(text: str, pos: int) -> bool:
    """Whether the text around ``pos`` is all lower case, so case says nothing."""
    return _UPPER.search(text, max(0, pos - 80), min(len(text), pos + 80)) is None


def _code_currency(code: str) -> str | None:
    """The currency of a written code, or None when a lower-case code is an English word."""
    if not code.isupper() and code.lower() not in _LOWER_CODES:
        return None
    upper = code.upper()
    return _CODE_ALIASES.get(upper, upper)


def _word_currency(adj: str | None, word: str) -> tuple[str | None, str]:
    """The currency of a currency word with its adjective, and the word's base form."""
    base = CURRENCY_WORDS[" ".join(word.lower().split())]
    if adj:
        key = " ".join(adj.upper().replace(".", "").split())
        found = ADJECTIVES.get(key, {}).get(base)
        if found:
            return found, base
    return WORD_CURRENCY[base], base


_CODE_SET = frozenset(CODES)
#: The first word of each adjective, lower case without full stops: "new", "us", "swiss".
_ADJECTIVE_FIRST = frozenset(a.lower().replace(".", "").split()[0] for a in _ADJECTIVES_WRITTEN)


#: Lower-case tokens that may follow a number as (the start of) its currency.
_MAY_FOLLOW = frozenset(
    {c.lower() for c in CODES}
    | {c.lower() for c in MULT_CODES}
    | {w.split()[0] for w in CURRENCY_WORDS}
    | _ADJECTIVE_FIRST
    | {"kr", "zł", "kč"}
)


#: Lower-case words that may stand before a number as its currency ("kr 500", "rmb 10").
_LOWER_PREFIXES = _LOWER_CODES | {"kr"}
#: Words (all letters) that ``_prefix`` reads as a currency by themselves, besides codes.
_ALPHA_PREFIXES = frozenset(t for t in [*SYMBOLS, *MULT_CODES] if t.isalpha())


@functools.lru_cache(maxsize=4096)
def _no_currency_before(token: str | None) -> bool:
    """Whether the token before a number (``NUMBER``'s "before") cannot be its currency."""
    return token is None or (
        token.isalpha()
        and (
            (token.islower() and token not in _LOWER_PREFIXES)
            # "March 5", "Section 3": a word no currency is written as
            or (
                token not in _ALPHA_PREFIXES
                and token[-1] not in _SIGNS
                and token.upper() not in _CODE_SET
            )
        )
    )


@functools.lru_cache(maxsize=4096)
def _no_currency_after(token: str | None) -> bool:
    """Whether the token after a number (``NUMBER``'s "after") cannot be (the start of) its currency."""
    return token is None or (
        token.rstrip(".").lower() not in _MAY_FOLLOW
        and token[0] not in _SIGNS
        and token.replace(".", "").lower() not in _ADJECTIVE_FIRST  # "5,000 U.S. dollars"
    )


def _prefix(text: str, token: str, token_start: int) -> tuple[str | None, int, float] | None:
    """The currency, start and multiplier of the token before a number; None when no currency."""
    if token.endswith("$"):
        q = token[:-1]
        if not q:
            # "US $5", "C $ 16.4 million" need the qualifier in capitals, or a
            # lower-cased text where case says nothing; in "cost us $5" it is bare.
            sp = (
                SPACED_QUALIFIER.match(text, token_start, token_start)
                # (after a space, itself after the qualifier's last letter or full stop)
                if token_start > 1
                and text[token_start - 1] in _SP_CHARS
                and (text[token_start - 2].isalpha() or text[token_start - 2] == ".")
                else None
            )
            if sp:
                q = sp["q"]
                key = q.upper().replace(".", "")
                if (q.isupper() and (len(key) >= 2 or key == "C")) or (
                    q.lower() not in _SPACED_QUALIFIER_WORDS
                    and _lower_case_context(text, token_start)
                ):
                    return DOLLAR_BEFORE[key], sp.start("q"), 1.0
            return "$", token_start, 1.0
        key = q.upper().replace(".", "")
        if key in DOLLAR_BEFORE:
            return DOLLAR_BEFORE[key], token_start, 1.0
        if q[-1].isupper():
            return None  # "XYZ$5": a dollar this finder does not know
        return "$", token_start + len(q), 1.0  # "of$5": a bare dollar glued by a typo
    if token[0] == "$":
        return (DOLLAR_AFTER[token[1:]], token_start, 1.0) if token[1:] in DOLLAR_AFTER else None
    if token[-1] == DAMAGED_SIGN:
        # "a �750 grant": a "£" or "€" that a wrong encoding turned into U+FFFD; not one glued
        # to a word or a number ("lodge�s", "2019�2020" lost an apostrophe or a dash)
        if token != DAMAGED_SIGN or (token_start > 0 and text[token_start - 1].isalnum()):
            return None
        return DAMAGED_SIGN, token_start, 1.0
    if token[-1] in _SIGNS and token not in SYMBOLS:
        token_start += len(token) - 1  # "of€5"
        token = token[-1]
    if token in MULT_CODES:
        code, factor = MULT_CODES[token]
        return code, token_start, float(factor)
    if token in SYMBOLS:
        return SYMBOLS[token], token_start, 1.0
    if token.upper() in _CODE_SET and (
        token.isupper() or (token in _LOWER_CODES and _lower_case_context(text, token_start))
    ):
        upper = token.upper()
        return _CODE_ALIASES.get(upper, upper), token_start, 1.0
    return None


def _suffix(
    text: str, token: str, token_start: int
) -> tuple[str | None, int, str | None, str | None] | None:
    """The currency, end, adjective and base word of the token after a number; None when none.

    The base word is "$" for a sign, the code for a code, else the currency word's base form.
    """
    head = token[0]
    if head == DAMAGED_SIGN:
        return None  # "5�": a lost "%" or "¢" as likely as a lost "€"
    if head in _SIGNS and token[1:2].isalpha() and token[1:] not in DOLLAR_AFTER:
        tag = token[1:].rstrip(".")
        if head == "$" and 2 <= len(tag) <= 6 and tag.isupper() and tag.isascii():
            return tag, token_start + 1 + len(tag), None, tag  # "210 million $MERL": tokens
        return None  # "10 $Meme": no token's ticker
    if head in _SIGNS:
        if _DIGIT_NEXT.match(text, token_start + 1, token_start + 9) or (
            head == "$" and _FIGURE_NEXT.match(text, token_start + 1, token_start + 40)
        ):
            return None  # "2024 $5": the sign is the next number's
        if head == "¢":
            return "$", token_start + 1, None, "cent"
        if head == "$":
            return "$", token_start + 1, None, "$"
        if text.startswith("ரூ", token_start):
            return "LKR", token_start + 2, None, "$"
        return SYMBOLS.get(head), token_start + 1, None, "$"
    word = token.rstrip(".")
    end = token_start + len(word)
    if word in MULT_CODES:
        return MULT_CODES[word][0], end, None, word
    if word.upper() in _CODE_SET:
        currency = _code_currency(word)
        if currency is None or _DIGIT_NEXT.match(text, end, end + 8):
            return None  # "try 5", "2023 EUR 5m"
        return currency, end, None, word.upper()
    low = word.lower()
    if low in ("kr", "zł", "kč"):
        return SYMBOLS.get(word, SYMBOLS.get(low)), end, None, "$"
    if low in CURRENCY_WORDS or low in ("pounds", "deutsche"):
        m = LONG_WORD.match(text, token_start, token_start + 40)
        if m is None:
            return None
        currency, base = _word_currency(None, m.group())
        return currency, m.end(), None, base
    if low.replace(".", "") in _ADJECTIVE_FIRST:
        m = ADJECTIVE_WORD.match(text, token_start, token_start + 60)
        if m is None:
            return None
        currency, base = _word_currency(m["adj"], m["word"])
        return currency, m.end(), m["adj"], base
    return None


def _read_number(m: regex.Match[str], text: str) -> _Found | None:
    """A money from a match of ``NUMBER``, or None when no currency goes with the number."""
    before, after = m[_BEFORE], m[_AFTER]
    if before is None and after is None:
        return None
    # Every group's span from one call: (-1, -1) for a group that took no part.
    spans = m.regs
    start = spans[0][0]
    pre = _prefix(text, before, spans[_BEFORE][0]) if before else None
    if before and pre is None and spans[_BEFORE][1] == start:
        if before.endswith(".") and len(before) > 1:
            pre = _prefix(text, before[:-1], spans[_BEFORE][0])  # "$.5 million"
            start -= 1
        if pre is None:
            return None  # glued to a word that is no currency: "COVID19"
    post = _suffix(text, after, spans[_AFTER][0]) if after else None
    if pre is None and post is None:
        return None
    rest_end = spans[_REST][1]
    number_end = max(rest_end, spans[_SCALE][1])
    if (
        post is None
        and text[number_end : number_end + 1].isalpha()
        and not (m[_SCALE] and _GLUED_WORD.match(text, number_end))
    ):
        return None  # "CAD 3D", "$5x": a letter glued to the number that is no currency
    raw = text[start:rest_end]
    scale = m[_SCALE]
    sized = bool(scale) or bool(_GROUPED.search(raw))
    divisor, mult = 1, 1.0
    end = number_end
    if pre is not None:
        currency, start, mult = pre
        rule = "money.symbol_first"
        if (
            before in GUARDED_SYMBOLS
            and not sized
            and not (len(raw) >= 3 and MONEY_WORDS_BEFORE.search(text, max(0, start - 30), start))
        ):
            return None  # "R2", "RM 101" (but "a donation of R5000")
        if post is not None:
            # A redundant currency after the number may say which dollar: "$5,000 CAD".
            after_currency, post_end = post[0], post[1]
            if (
                after_currency is not None
                and post[3] not in ("cent", "pence")
                and (
                    after_currency == currency
                    or (currency == "$" and (after_currency == "$" or after_currency.endswith("D")))
                )
            ):
                currency = currency if after_currency == "$" else after_currency
                end = post_end
    else:
        assert post is not None
        currency, end, adj, base = post
        rule = "money.number_first"
        if base in MULT_CODES:
            mult = float(MULT_CODES[base][1])
        elif base in _CODE_SET:
            extra = SCALE_AFTER_CODE.match(text, end, end + 16)
            if extra and not scale:
                scale, end = extra["scale"], extra.end()
        elif base == "cent" or base == "pence":
            divisor = 100
        if base in CURRENCY_WORD_BASES:
            fixed_by_adjective = adj is not None and currency != WORD_CURRENCY[base]
            if base in NEEDS_ADJECTIVE and not fixed_by_adjective:
                return None
            if base in NEEDS_SIZE and not fixed_by_adjective and not sized:
                return None
            if base == "pound" and (
                text[number_end : spans[_AFTER][0]].strip() == "-"
                or _OF_AFTER.match(text, end, end + 48)
                or (adj is None and _pounds_weigh(text, end))
            ):
                return None  # "a 10-pound bag", "2 million pounds of food"
            if not scale and _YEAR.fullmatch(raw) and YEAR_DOLLARS_BEFORE.match(text, start, start):
                return None  # "in 2020 dollars"
    if currency == DAMAGED_SIGN:
        if not scale and _YEAR.fullmatch(raw.strip()):
            return None  # "�2019": a quote mark or a dash lost before a year
        currency = "EUR" if _EURO_CUE.search(text) else "GBP"
    sign = ((before if pre is not None else after) or "")[:2].lower()  # the currency's own token
    if currency in ("kr", None) and sign == "kr":
        cue = _KRONA_CUES.search(text)
        currency = next(k for k, v in cue.groupdict().items() if v) if cue else None
    elif currency is None and sign == "pe":
        cue = _PESO_CUES.search(text)  # "50 million pesos" in a Manila release
        if cue is not None:
            currency = next(k for k, v in cue.groupdict().items() if v)
    elif currency == "INR" and sign in ("rs", "ru"):
        cue = _RUPEE_CUES.search(text)  # "Rs 10 million" in a Lahore release
        if cue is not None:
            currency = next(k for k, v in cue.groupdict().items() if v)
    elif currency is None and sign == "sh":
        cue = _SHILLING_CUES.search(text)
        if cue is not None:
            currency = next(k for k, v in cue.groupdict().items() if v)
        elif pre is not None:
            currency = "KES"  # "Sh3 million" with no country named
    if not scale and text[end : end + 1] == "+":
        plus = PLUS_SCALE.match(text, end, end + 14)
        if plus is not None:  # "$19+ billion": the scale after the plus is the number's
            scale, end = plus["scale"], plus.end()
    digits = raw.lstrip()
    # "€1.500" is 1500; so is a scanned "$250.000" (a comma read as a full stop),
    # while "$0.125" and "$3.5 million" keep their decimals.
    dot_thousands = not scale and (currency in EURO_STYLE or _DOT_THOUSANDS.fullmatch(digits))
    number = _digits_value(digits, bool(dot_thousands))
    if not scale and _DROPPED_ZERO.fullmatch(digits):
        number = float(digits.replace(",", "")) * 10  # "$10,00 cheque": $10,000 with a zero lost
    return _Found(
        start, end, number, _scale_value(scale) * mult, divisor, currency, currency == "$", rule
    )


def _read_words(m: regex.Match[str], text: str, start: int, end: int) -> _Found | None:
    """A money from number words read before the currency word at [start, end)."""
    word = text[start:end]
    if word.upper() in MULT_CODES or word.upper() in _CODE_SET:  # "half a million USD"
        currency, factor = MULT_CODES.get(word.upper(), (_code_currency(word), 1))
        if currency is None:
            return None
        return _Found(
            m.start("words"), end, *_words_number(m["words"], m["scale"], factor),
            1, currency, False, "money.words",
        )  # fmt: skip
    currency, base = _word_currency(m["adj"], word)
    fixed_by_adjective = m["adj"] is not None and currency != WORD_CURRENCY[base]
    if base in NEEDS_SIZE and not fixed_by_adjective and not m["scale"]:
        return None  # "ten pounds"
    if base == "pound" and (
        "-" in text[m.end("words") : start]
        or _OF_AFTER.match(text, end, end + 48)
        or (m["adj"] is None and _pounds_weigh(text, end))
    ):
        return None
    return _Found(
        m.start("words"), end, *_words_number(m["words"], m["scale"]),
        100 if base in HUNDREDTHS else 1, currency, currency == "$", "money.words",
    )  # fmt: skip


def _read_sign_words(text: str, at: int, currency: str) -> _Found | None:
    """A money from number words after a sign or code at ``at`` ("Rs one crore"), or None.

    The words must hold a scale ("hundred", "thousand", "million", "lakh", ...): "USD one"
    and "INR two" say no sum.
    """
    m = WORDS_AFTER_SIGN.match(text, at, at + 120)
    if m is None:
        return None
    words = m["words"].lower()
    if not m["scale"] and not any(w in words for w in ("hundred", *BIG_WORDS)):
        return None
    return _Found(
        at, m.end(), *_words_number(words, m["scale"]), 1, currency, False,
        "money.words",
    )  # fmt: skip


def _dollar_currency(
    doc: Document, ascii_text: bytes, marked: str | None = None, letters: bytes | None = None
) -> str:
    """The currency a bare "$" means in this release (``ascii_text``: its ASCII characters,
    ``letters`` the same in lower case; ``marked``: the one dollar other than the US one the
    release writes out, if it writes no US dollar)."""
    if doc.country in DOLLAR_OF_COUNTRY:
        return DOLLAR_OF_COUNTRY[doc.country]
    text = doc.text
    span: tuple[int, int] | None = None
    if doc.dateline is not None:
        span = (doc.dateline.start, doc.dateline.end)
    elif head := DATELINE_AT_START.match(text, 0, 120):
        span = head.span()
    if span is not None:
        start, end = span
        m = DATELINE_PLACES.search(text, start, end)
        if m:
            return DOLLAR_OF_COUNTRY[next(k for k, v in m.groupdict().items() if v is not None)]
        if US_DATELINE.search(text, start, end):
            return "USD"
    if marked is not None:  # "$60M CAD ... $45M of the gift": the writer named the dollar once
        return marked
    # A strong cue weighs two, a people's name one; two strong cues, or one in
    # the lead, or one with a people's name, or three names make the country (a
    # decisive cue, three, makes it alone).
    scores: dict[str, int] = {}
    early: set[str] = set()
    letters = ascii_text  # a cue's literal is tested there first
    held: dict[bytes, bool] = {}  # (each literal tested once: several cues share one)
    for weight, patterns, literals in (
        (2, COUNTRY_CUES, _COUNTRY_LITERALS),
        (1, PEOPLE_CUES, _PEOPLE_LITERALS),
        (3, DECISIVE_CUES, _DECISIVE_LITERALS),
    ):
        for pattern, literal in zip(patterns, literals, strict=True):
            if literal not in held:
                held[literal] = literal in letters
            if not held[literal]:
                continue
            for cue in itertools.islice(finditer(pattern, text), 20):
                country = next(k for k, v in cue.groupdict().items() if v is not None)
                scores[country] = scores.get(country, 0) + weight
                if weight == 2 and cue.start() < 800:
                    early.add(country)
    if scores:
        best = max(scores, key=lambda c: scores[c])
        if (scores[best] >= 3 or best in early) and not (
            best == "BM" and US_NAMED.search(text) is not None
        ):
            return DOLLAR_OF_COUNTRY[best]
    if "Minister" in text:  # a government's release: its minister's country, when it names one only
        named = {
            next(k for k, v in m.groupdict().items() if v is not None)
            for m in itertools.islice(finditer(MINISTER_COUNTRIES, text), 20)
        }
        if len(named) == 1 and US_NAMED.search(text) is None:
            return DOLLAR_OF_COUNTRY[named.pop()]
    if (
        letters is not None
        and any(word in letters for word in _COMMONWEALTH_SPELLINGS)
        and NOT_US_AMERICA.search(text) is None
    ):
        # local news of a dollar country: its spelling ("cheque", "per cent") and its cities
        # ("the hospital in Toronto"), one country's only, and no word of the United States
        found = {
            next(k for k, v in m.groupdict().items() if v is not None)
            for m in itertools.islice(finditer(DOLLAR_CITIES, text), 20)
        }
        if len(found) == 1:
            return DOLLAR_OF_COUNTRY[found.pop()]
    return "USD"


def _bound_around(text: str, f: _Found) -> Bound:
    """The bound the words around a money give it."""
    # Each bound before the money ends in a space, and each after it opens with
    # a space, "+" or a dash: a test of one character spares most matches.
    m = (
        BOUND_BEFORE.match(text, f.start, f.start)
        if f.start and text[f.start - 1].isspace()
        else None
    )
    if m:
        # casefold, not lower: the pattern ignores case fully, so "almoſt" (long s) matches too
        word = " ".join(m["bound"].casefold().split())
        if word == "over" and OVER_PARTICLE.match(text, f.start, f.start):
            return "exact"
        return BOUNDS_BEFORE.get(word, "exact")
    if text.find("+", f.start, f.end) > 0 and PLUS_SCALE.search(text, f.start, f.end):
        return "at_least"  # "$19+ billion"
    after = text[f.end : f.end + 1]
    m = (
        BOUND_AFTER.match(text, f.end, min(len(text), f.end + 14))
        if after and (after.isspace() or after == "+" or after in _DASH_CHARS)
        else None
    )
    if m:
        word = " ".join(m["bound"].lower().split())
        word = "-plus" if word.endswith("plus") else word
        return BOUNDS_AFTER[word]
    return "exact"


def _make_range(low: _Found, high: _Found) -> bool:
    """Mark two moneys as a range's ends; False when they cannot be one ("$500 to 20")."""
    if low.scale == 1 and high.scale > 1 and low.number < high.number:
        low.scale = high.scale  # "$1–2 million": the scale distributes
    if not low.value < high.value:
        return False
    if low.currency is None:
        low.currency, low.dollar = high.currency, high.dollar
    low.bound, high.bound = "at_least", "up_to"
    low.low = high.low = low.value
    low.high = high.high = high.value
    return True


def _ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Join neighbouring moneys into ranges, and find range ends that have no currency."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        # "$5,000–$10,000", "$5 to $10 million", "between $5 and $10".
        if nxt is not None and nxt.start - f.end <= 9:
            gap = RANGE_GAP.match(text, f.end, nxt.start)
            if gap and _range_word_ok(text, f.start, gap["word"]) and _make_range(f, nxt):
                f.rule, nxt.rule = "money.range_low", "money.range_high"
                out += [f, nxt]
                i += 2
                continue
        # "$1–2 million", "$1 to 2 billion": the upper end has no currency.
        tail = (
            RANGE_TAIL.match(text, f.end, f.end + 80)
            if f.rule != "money.number_first" and _may_open_range_tail(text, f.end)
            else None
        )
        if (
            tail
            and f.rule != "money.number_first"
            and (tail["dash"] or tail["scale"])
            and _range_word_ok(text, f.start, tail["word"])
            and (nxt is None or nxt.start >= tail.end())
        ):
            end = tail.end("tword") if tail["tword"] else tail.end()
            euro = f.currency in ("EUR", None) and not tail["scale"]
            high = _Found(
                    tail.start("num"), end, _digits_value(tail["num"], euro),
                    _scale_value(tail["scale"]), f.divisor, f.currency, f.dollar, "money.range_high",
                )  # fmt: skip
            if _make_range(f, high):
                f.rule = "money.range_low"
                out += [f, high]
                i += 1
                continue
        # "5-10 million euros": the lower end has no currency.
        if f.rule in ("money.number_first", "money.words"):
            head = (
                RANGE_HEAD.match(text, f.start, f.start)
                if _may_close_range_head(text, f.start)
                else None
            )
            if (
                head
                and (head["dash"] or head["scale"] or f.scale > 1)
                and _range_word_ok(text, head.start("num"), head["word"])
            ):
                euro = f.currency in ("EUR", None) and not head["scale"]
                low = _Found(
                        head.start("num"), head.end("num") if not head["scale"] else head.end("scale"),
                        _digits_value(head["num"], euro), _scale_value(head["scale"]),
                        f.divisor, f.currency, f.dollar, "money.range_low",
                    )  # fmt: skip
                if (not out or out[-1].end <= low.start) and _make_range(low, f):
                    f.rule = "money.range_high"
                    out += [low, f]
                    i += 1
                    continue
        out.append(f)
        i += 1
    return out


def _may_open_range_tail(text: str, pos: int) -> bool:
    """Whether ``RANGE_TAIL`` can match at ``pos``: a dash within three characters,
    or a "t" or "a" ("to", "and", "through") after one or two spaces."""
    ahead = text[pos : pos + 3]
    if not _DASH_CHARS.isdisjoint(ahead):
        return True
    return ahead[:1].isspace() and (
        ahead[1:2] in ("t", "a") or (ahead[1:2].isspace() and ahead[2:3] in ("t", "a"))
    )


def _may_close_range_head(text: str, pos: int) -> bool:
    """Whether ``RANGE_HEAD`` can match before ``pos``: a dash within three
    characters, or "to" or "and" within five."""
    behind = text[max(0, pos - 5) : pos]
    return not _DASH_CHARS.isdisjoint(behind[-3:]) or "to" in behind or "and" in behind


def _range_word_ok(text: str, start: int, word: str | None) -> bool:
    """Whether the word joining two numbers makes a range here."""
    if word is None or word.lower() == "through":
        return True
    if word.lower() == "and":
        return BETWEEN_BEFORE.match(text, start, start) is not None
    if FROM_BEFORE.match(text, start, start):
        return RANGE_FROM_BEFORE.match(text, start, start) is not None
    return CHANGE_BEFORE.match(text, start, start) is None


def _cents(text: str, f: _Found) -> None:
    """Add the cents of "3 dollars 50 cents" to a whole-dollar money."""
    if f.divisor != 1 or f.scale != 1 or not f.number.is_integer():
        return
    m = CENTS_TAIL.match(text, f.end, f.end + 80)
    if m:
        cents = float(m["num"]) if m["num"] else _words_value(m["words"])
        if 0 < cents < 100:
            f.number += cents / 100
            f.end = m.end()


def find_money(doc: Document) -> list[Money]:
    """Every sum of money in the release, in document order."""
    text = doc.text
    found: list[_Found] = []
    bare: list[regex.Match[str]] = []
    read_count = 0
    for m in finditer(NUMBER, text):
        # Most numbers have no currency near them: a set lookup turns them away
        # before any further work.
        before, after = m.group(_BEFORE, _AFTER)
        if _no_currency_before(before) and _no_currency_after(after):
            if m[_REST].endswith(".00"):
                bare.append(m)  # "1,000.00": money only if the release writes money elsewhere
            continue
        read_count += 1
        if read_count > MAX_READ:
            break  # no prose: a table of thousands of sums, or hostile input
        f = _read_number(m, text)
        if f is not None:
            found.append(f)
        elif m[_REST].endswith(".00"):
            bare.append(m)
    # One pass turns the release into lower-case ASCII bytes; a plain substring
    # test there skips the scans for anchor words the release never writes.
    ascii_text = text.encode("ascii", "ignore")
    letters = ascii_text.lower()
    for scan, word in zip(WORD_ANCHOR_SCANS, WORD_ANCHOR_LETTERS, strict=True):
        if word not in letters:
            continue
        for anchor in itertools.islice(finditer(scan, text), MAX_READ):
            start = anchor.start()
            end = anchor.end() + (text[anchor.end() : anchor.end() + 1] in "sS")
            # Number words end in a space or a hyphen right before the currency word.
            before = text[start - 1 : start]
            m = (
                WORDS_BEFORE.match(text, start, start)
                if before and (before.isspace() or before == "-")
                else None
            )
            f = _read_words(m, text, start, end) if m else None
            if f is None and word == b"usd" and text[start : start + 3] == "USD":
                f = _read_sign_words(text, start, "USD")  # "USD five million"
            if f is not None:
                found.append(f)
    if b"millionen" in letters or b"milliard" in letters or b" million euro" in letters:
        for gm in itertools.islice(finditer(GERMAN_WORDS_MONEY, text), MAX_READ):
            found.append(
                _Found(
                    gm.start("num"),
                    gm.end(),
                    GERMAN_NUMBERS[gm["num"].lower()],
                    GERMAN_SCALES[gm["scale"].lower()],
                    1,
                    GERMAN_CURRENCIES[gm["cur"].lower()],
                    False,
                    "money.words",
                )
            )
    if b"crore" in letters or b"lakh" in letters:
        for sign in RUPEE_SIGNS:
            at = text.find(sign)
            while at >= 0:
                f = _read_sign_words(text, at, "INR")
                if f is not None:
                    found.append(f)
                at = text.find(sign, at + len(sign))
    found = _without_overlaps(found)
    if b"cent" in letters:  # (CENTS_TAIL reads "cents" in ASCII letters only)
        for f in found:
            _cents(text, f)
        found = _without_overlaps(found)
    found = _ranges(text, found)
    if found:
        found += _bare_decimals(text, found, bare)
        found.sort(key=lambda f: f.start)
    dollar: str | None = None
    out: list[Money] = []
    for f in found:
        currency = f.currency
        if currency == "$":
            if dollar is None:
                dollar = _dollar_currency(doc, ascii_text, _marked_dollar(found, text), letters)
            currency = dollar
        value = f.value
        if value <= 0 or _in_link(text, f.start):
            continue
        bound = f.bound if f.low is not None else _bound_around(text, f)
        out.append(
            Money(
                text[f.start : f.end],
                f.start,
                f.end,
                value,
                currency,
                bound,
                f.rule,
                f.low,
                f.high,
            )
        )
    return out


def _marked_dollar(found: list[_Found], text: str = "") -> str | None:
    """The dollar of ``MARKED_DOLLARS`` the release's first sum writes out ("$60M CAD", "C$5
    million"), when no sum is in US dollars ("US$", "USD") or in a second such dollar; else
    None. (A writer who marks a later sum only, after bare ones, marks it apart from them.)
    A bare "$" sum in brackets right after a marked one converts it: "C$200 million ($151
    million)" is written for readers of US dollars, and the release's bare "$" is USD."""
    if not found or found[0].currency not in MARKED_DOLLARS:
        return None
    for f, g in itertools.pairwise(found):
        if (
            g.currency == "$"
            and f.currency in MARKED_DOLLARS
            and g.start - f.end < 24
            and CONVERSION_GAP.fullmatch(text, f.end, g.start)
        ):
            return "USD"
    first = found[0].currency
    if any(
        f.currency == "USD" or (f.currency in MARKED_DOLLARS and f.currency != first) for f in found
    ):
        return None
    return first


def _in_link(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a web address ("news/trump-2b-bitcoin-bet", "?id=5")."""
    if not pos or text[pos - 1] in " \n":
        return False  # nothing of a word before it (the common case)
    window = max(0, pos - 200)
    space = max(text.rfind(" ", window, pos), text.rfind("\n", window, pos), window - 1)
    word = text[space + 1 : pos]
    return "/" in word or "www." in word or "=" in word


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """The moneys in text order, the longer kept where two scans found the same words."""
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[_Found] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _bare_decimals(text: str, found: list[_Found], bare: list[regex.Match[str]]) -> list[_Found]:
    """Accounting figures with no sign ("1,000.00"), in the currency of the release's other money."""
    signed = [f for f in found if f.rule == "money.symbol_first"]
    if not signed or not bare:
        return []
    counts: dict[str | None, int] = {}
    for f in signed:
        counts[f.currency] = counts.get(f.currency, 0) + 1
    currency = max(counts, key=lambda c: counts[c])
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in bare:
        raw = text[m.start() : m.end(_REST)]
        if (
            not BARE_DECIMAL.fullmatch(raw)
            or m[_SCALE]
            or BARE_DECIMAL_NOT_BEFORE.match(text, m.end(_REST), m.end(_REST) + 16)
        ):
            continue
        if m[_BEFORE] is not None and m.end(_BEFORE) == m.start():
            continue  # glued to a word: "v100.00"
        if any(s < m.end(_REST) and m.start() < e for s, e in taken):
            continue
        out.append(
            _Found(
                m.start(),
                m.end(_REST),
                _digits_value(raw, False),
                1.0,
                1,
                currency,
                currency == "$",
                "money.bare_decimal",
            )
        )
    return out


__all__ = ["Money", "find_money", "read"]
