"""The gift frame: which money is the gift, who gives it and who receives it.

An interpreter over the release model, the money finder and the name finder.
It works in three steps:

1. **Gift sentences.** A sentence (headline first) holding a gift cue —
   donate, give, grant, award, pledge, commit, contribute, fund, sponsor,
   match, raise (for), endow, gift, present (a cheque), "in support of", or the
   nouns donation, gift, grant, pledge, contribution, commitment,
   sponsorship, endowment — that no blocker (revenue, earnings, a jury's
   damages, a loan, an investment round, a gift card...) turns into
   something else. Weak cues (award, commit, fund, raise...) need money in
   the sentence. A release with no gift sentence near its top gives nothing.
2. **Roles.** Each gift sentence is read with a few role patterns over the
   names in it: ``X donates/awards/gives/pledges ... to Y``, ``Y receives ...
   from X``, ``X's $N gift``, ``a $N grant from X to Y``, ``Y has been awarded
   ... by X``, ``presented Y with``, ``Y ($N)`` in a list of recipients,
   ``X, in partnership with Z, ...``, ``the foundation has given $N`` (the
   foundation named before). A minister, senator or president who
   announces a government grant is not its donor: the government is.
3. **Entities.** Mentions of one organisation ("Orvik", "Orvik Linens",
   "ORVIK LINENS"; "Larch Hill Community Development Corp (LHCDC)") are
   merged; each entity is reported once, at its best mention, under its
   fullest clean name.

    >>> from extractors.document import read
    >>> from extractors.money import find_money
    >>> doc = read("Acme Donates $5,000 to City Food Bank\\n\\nAcme Inc. donated $5,000 to the City Food Bank.")
    >>> frame = find_gifts(doc, find_money(doc))
    >>> [d.name for d in frame.donors], [r.name for r in frame.recipients], [a.value for a in frame.amounts]
    (['Acme Inc.'], ['City Food Bank'], [5000.0])

Output: ``GiftFrame(donors, recipients, amounts, gifts)``, each in document
order; ``gifts[*].start/end`` is the sentence stating the gift and
``amounts`` is the gift money (the statistics interpreter excludes both).
Facts in boilerplate (About sections, contacts) never become donors or amounts.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any

import regex

from .document import US_STATES, Document, Span, deferred_pattern
from .model import Amount, Entity, Gift, GiftAmount
from .money import Money
from .names import (
    HEADLINE_BREAKS,
    ORG_SUFFIXES,
    Name,
    _findall,
    _fullmatch,
    _match,
    _search,
    _search_words,
    _sub,
    acronym_of,
    clean_name,
    find_names,
    name_tokens,
    split_coordination,
)
from .patterns import APOSTROPHE, alternation, compile_pattern, finditer, trie

# --- cues -----------------------------------------------------------------------

# Strong cues make a gift sentence on their own; weak ones only with money in it.
# Literal word forms, matched on the lower-cased release through a prefix tree
# (``trie``): a flat alternation of sixty words scans twice as slowly.
STRONG_CUES = """
    donate donates donated donating donation donations donor donors gift grant
    pledge pledges pledged pledging endow endows endowed endowing endowment endowments
    philanthropy philanthropic philanthropies
    bequeath bequeaths bequeathed
""".split()
WEAK_CUES = """
    grants granted granting contribute contributes contributed contributing contribution
    contributions give gives giving gave given award awards awarded awarding commit commits
    committed committing commitment commitments funded funding sponsor sponsors sponsored
    sponsoring sponsorship sponsorships match matches matched matching raise raises raised
    raising present presents presented presenting provide provides provided providing check
    cheque support supports supported supporting gifts gifted receive receives received receiving
    invest invests invested investing investment scholarship scholarships aid bursary bursaries
    allocate allocates allocated allocating earmark earmarks earmarked earmarking
    handed hands handing bequest bequests chipped left leaves sanctioned sanctioning
    announced announces announcing delivering delivers released releases releasing
    gets got distribute distributes distributed distributing hands handing offered offers
    aside
""".split()
SOFT_CUES = frozenset(
    """
    give gives giving gave given provide provides provided providing support supports
    supported supporting present presents presented presenting check cheque funding funded
    gifted receive receives received receiving invest invests invested investing
    announced announces announcing delivering delivers released releases releasing
    gets got offered offers
    """.split()
)
# A public body: its "investment" in a community group is a grant.
PUBLIC_BODY = deferred_pattern(
    r"\b(?:Government|Department|Ministry|Minister|Agency|Province|Council|Commonwealth|Federal)\b"
)
# Cue words that state a gift only in a government's or an official's sentence.
_PUBLIC_CUES = ("announc", "deliver", "releas")
# An elected official's or a public office's title: who announces public money.
PUBLIC_OFFICIAL = deferred_pattern(
    r"\b(?:Premier|Governor|Gov\.|Mayor|Senators?|Sens?\.|Reps?\.|Representatives?|Secretary"
    r"|Congress(?:man|woman|member)|Administration|Taoiseach|MP|MLA|MPP|TD)\b"
)
# The same in lower case, as the subject right before the verb: "the council has allocated".
PUBLIC_NOUN = deferred_pattern(
    r"\b(?:council|government|ministry|department|administration|municipality|city|county"
    r"|state(?![\s-]of-)|province)\s(?:(?:has|have|had|will|is|are|also|today|now)\s){0,2}$"
)
_RAISE = frozenset("raise raises raised raising".split())
# Money handed on by a fund or a fundraiser, its sum right after: "distributed| $100,000 to",
# "handing out| $6.8 million to" (not "distributed the film", "distributed dividends").
_HANDED_ON = frozenset(("distribute", "distributes", "distributed", "distributing", "handing"))
_HANDED_ON_SUM = deferred_pattern(
    r"""
    (?:\sout)?\s(?:(?:more\sthan|over|nearly|almost|about|some|roughly|a\stotal\sof|another
      |an\sadditional|its|their)\s){0,2}                              # "distributed more than"
    (?:(?:US|A|C|NZ)?[$€£₹]\d|Rs\.?\s?\d|\d[\d,.]*\s(?:million\s|billion\s)?(?i:euros|pounds|dollars))  # "$100,000"
    (?![^.;]{0,40}?\b(?i:dividends?|distributions?\sto\s(?:share|unit)holders|shareholders|unitholders))
    """,
    regex.VERBOSE,
)
# The same sum told before: "a record |$7.2 million being |distributed to".
_HANDED_ON_SUM_BEFORE = deferred_pattern(
    r"(?:US|A|C|NZ)?[$€£₹]\d[\d.,]*(?:\s(?:million|billion))?\s"
    r"(?:(?:being|was|were|is|are|will\sbe|has\sbeen|have\sbeen|to\sbe)\s)$"
)
_LEFT = frozenset(("left", "leaves"))
# A bequest: "who died in 2009, left| $1 million to the library", "left| the bulk of her estate to".
_LEFT_SUM = deferred_pattern(
    r"""
    \s(?:(?:a|an|the|her|his|their)\s)?                          # "left a", "left her"
    (?:
        (?:US|A|C|NZ)?[$€£]\d(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\sto\s  # "$1 million to the library"
        (?:(?:the|a|an|her|his|their)\b|\p{Lu})               # (not "to spare")
      | (?:[\w-]+\s){0,2}?(?:bequest|legacy)\b                    # "a generous bequest"
      | (?:US|A|C|NZ)?[$€£]\d[\d,.]*(?:\s?(?:million|billion|m|bn|k))?\s  # "(has been) left £9,000
        (?:in\s(?:a|the|her|his|their)\s(?:[\w-]+\s)?will\b|by\s(?:the\s)?(?:late\s)?\p{Lu})  # in a will", "by Jo Roe"
      | (?:bulk|residue|remainder|most|much|part|all)\sof\s(?:her|his|their)\sestate\b
    )
    """,
    regex.VERBOSE,
)
_RAISED_FOR = deferred_pattern(
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\b(?i:for|benefit(?:ing|ting|s)?|in\ssupport\sof)\b"
)  # "raised $378,000 for the food bank", "raised $20,000 benefiting the Lee Center"

# A first, cheap scan for the words a gift sentence cannot do without.
HOT = deferred_pattern(
    rf"\b(?:{trie([*STRONG_CUES, 'grants', 'gifts', 'scholarships', 'bursaries', 'bequest', 'bequests'])})\b"
)

# Where a word of HOT can start, found by a literal search (a scan of HOT itself
# tries its opening word boundary at every position of the release).
HOT_STEMS = (
    "don", "gift", "grant", "pledg", "endow", "philanthrop", "scholarships", "bursaries", "beque",
)  # fmt: skip


def _hot_starts(low: str, end: int) -> list[int]:
    """The starts of the HOT words in the lower-cased release before ``end``."""
    out: list[int] = []
    for stem in HOT_STEMS:
        p = low.find(stem, 0, end)
        while p >= 0:
            # HOT opens on a word boundary: not after a letter
            if (p == 0 or not low[p - 1].isalpha()) and HOT.match(low, p, end) is not None:
                out.append(p)
            p = low.find(stem, p + 1, end)
    return out


# The words FUNDED_BY turns on, found by a literal search.
FUNDED_BY_WORDS = (
    "funded by", "funded in part by", "funded solely by", "funded entirely by", "funded jointly by",
    "provided by", "made available by", "given by", "comes from", "came from", "funding from",
    "support from", "grant from", "powered by", "funds from", "grants from", "awarded through",
    "distributed through", "provided through", "administered through", "made available through",
    "contributions from", "contribution from",
)  # fmt: skip


def _funded_by_starts(low: str, end: int) -> list[int]:
    """Where a funder may be named in a passive ("funded by", "provided by") before ``end``."""
    out: list[int] = []
    for words in FUNDED_BY_WORDS:
        p = low.find(words, 0, end)
        while p >= 0:
            out.append(p)
            p = low.find(words, p + 1, end)
    return out


CUE = compile_pattern(
    rf"""
    \b(?:
        (?P<strong>{trie(STRONG_CUES)})   # donated  grant  pledge
      | (?P<weak>{trie(WEAK_CUES)})       # awarded  raised  committed
    )\b
    """,
    regex.VERBOSE,
)

# Words around "gift" that make it merchandise: "holiday gifts", "gift shop".
_SHOP_BEFORE = (
    "holiday", "christmas", "xmas", "valentine's", "valentine’s", "valentines", "mother's day",
    "mother’s day", "father's day", "father’s day", "birthday", "wedding", "corporate", "perfect",
    "ultimate", "luxury", "unique", "mystery", "free", "special", "best", "personalized",
    "custom", "handmade", "easter", "exclusive", "incredible", "curated", "beautiful",
    "delightful", "thoughtful", "last-minute", "great", "ideal", "festive", "memorable",
)  # fmt: skip
_SHOP_AFTER = (
    "card", "cards", "certificate", "certificates", "shop", "shops", "bag", "bags", "basket",
    "baskets", "guide", "guides", "set", "sets", "box", "boxes", "wrap", "wrapping", "ideas",
    "idea", "collection", "collections", "bonus", "with purchase", "shopping", "items", "store",
    "registry", "voucher", "vouchers", "code", "codes", "giving season", "company", "companies",
    "brand", "brands", "boutique", "retailer", "products", "hamper", "hampers", "shopping",
)  # fmt: skip

# Checked around each "gift" cue: merchandise, not a gift.
SHOP_BEFORE = deferred_pattern(
    rf"\b(?:{alternation(_SHOP_BEFORE)})\s(?:[\w’'&-]+\s){{0,2}}$", regex.IGNORECASE
)
SHOP_AFTER = deferred_pattern(
    rf"^(?:[\s-]+(?:{alternation(_SHOP_AFTER)})\b|\s(?:\p{{Lu}}\w*\s)?(?:Shop|Card|Box|Set|Collection|Guide)s?\b)",
    regex.IGNORECASE,
)

# A seasonal gift handed over by a party, which is no merchandise: "A Christmas gift |was
# presented by the Rotary Club", "a holiday gift |of £500 from".
GIFT_HANDED_OVER = deferred_pattern(
    r"""
    \s(?:
        (?:was|were|has\sbeen|have\sbeen)\s               # "was", "has been"
        (?:presented|made|given|handed\sover|donated)      # the handing over
        \s(?:by|to)\s                                      # ... by the giver, to the receiver
      | of\s[$€£]\d                                        # "of £500"
    )
    """,
    regex.VERBOSE,
)

# Words that make a sentence's money something other than a gift, lower case.
BLOCKER_WORDS = [*"""
    revenue revenues earnings ebitda dividend dividends valuation valuations salary salaries
    wage wages fine fined fines penalty penalties settlement settlements damages jury verdict
    lawsuit plaintiff plaintiffs loan loans mortgage mortgages placement placements ipo
    fundraise investor investors acquisition acquisitions acquired acquire merger discount
    discounts coupon coupons presale presales pre-sale pre-sales airdrop airdrops staking
    tokenize tokenise supplier suppliers procurement financing refinancing equity debt offering
    offerings liquidity contract contracts subcontract tender lobbyist lobbyists lobbying freeze freezes froze frozen rescind rescinded
    rescinds insurance insured msrp priced pricing sweepstakes giveaway giveaways giftcard
    giftcards e-gift egift license licence licenses licences licensing patent patents waiver
    waivers extension listing designation exemption permit permits warrants rsus repayable
""".split(),
    "stock options", "share options", "options to purchase", "restricted stock", "shares of",
    "net income", "net loss", "net sales", "gross margin", "per share", "market cap",
    "share price", "stock price", "credit facility", "bond offering", "notes offering",
    "funding round", "investment round", "seed round", "financing round", "contribution round",
    "strategic round", "bridge round", "angel round", "round of funding", "round of financing",
    "series a", "series b", "series c", "series d", "token sale", "token launch",
    "private placement", "initial public offering", "venture capital", "gift card",
    "gift cards", "prize pool", "contracts worth", "contract worth", "contract valued",
    "purchase order", "purchase orders", "grant writing", "grant writer", "grant freeze",
    "grant cuts", "grant terminations", "promo code", "promo codes", "% off", "black friday",
    "cyber monday", "campaign donations", "campaign contributions", "political donations",
    "political contributions", "super pac",
    # an investment round told by who led it: "Konvoy Ventures, which put in $5 million, led the round"
    "led the round", "co-led the round", "round was led", "round led by", "participated in the round",
    "leads the round", "lead the round", "led the investment", "led the financing",
    "pre-seed", "seed funding", "seed financing",
    # a public works contract let by bid: "awarded a $10.7 million bid to Simon Contractors"
    "bid to", "bids to", "bid for", "low bid", "lowest bid", "bidder", "bidders",
    # a buyer's price for a company: "holders will receive 470 pence in cash for each share held"
    "share held", "shares held", "for each share",
    # what a buyer of a product gets back: "up to $52,500 in rebates and tax credits"
    "rebate", "rebates", "tax credit", "tax credits",
    # buyers and investors backing a firm on a platform: "raised $500,000 on Kickstarter for its lamp"
    "kickstarter", "indiegogo", "wefunder", "startengine", "crowdcube", "seedrs",
    "equity crowdfunding", "reg cf",
    # small loans: "provided $2 million in microloans to 400 farmers"
    "microloan", "microloans", "micro-loans", "microcredit", "microfinance",
]  # fmt: skip
BLOCKERS = deferred_pattern(rf"\b(?:{trie(BLOCKER_WORDS)})(?!\w)")

# Blocker words that close many givers' names: "Harbor Mutual Insurance", "Ridge Equity
# Partners". Capitalised after another capitalised word in the body, they name the giver.
NAME_BLOCKERS = frozenset({"insurance", "equity", "mortgage", "investors"})
_CAPITALISED_BEFORE = deferred_pattern(r"\p{Lu}[\p{L}&.'’-]*\s$")


# A company or its fund putting money into another company: "has invested $5 million in Pell
# Robotics", "an investment in Pell". (A public body's "investment" in a charity is a grant.)
INVESTED_IN = deferred_pattern(
    r"""
    \b(?i:invest(?:s|ed|ing)?|investments?)\s       # "invested"
    (?:[^.;:]{1,40}?\s)?in\s(?:the\s)?\p{Lu}        # "$5 million in Pell"
    """,
    regex.VERBOSE,
)

# Who tells of a gift, not who gives it: "according to a statement from |the Chamber".
STATEMENT_FROM = deferred_pattern(
    r"""
    \b(?i:statement|news\srelease|press\srelease|announcement|report|spokes(?:person|man|woman)
      |newsletter)                                             # what tells (not "a letter from")
    \sfrom\s(?:the\s|The\s)?$                                  # " from the "
    """,
    regex.VERBOSE,
)

# A receiver's other backers told in passing: ", which is also supported by |the United Way".
RELATIVE_SUPPORTER = deferred_pattern(
    r"""
    ,\swhich\s(?:is|are|has\sbeen|have\sbeen)\s                        # ", which is "
    (?:also\s|largely\s|partly\s|primarily\s|mainly\s|in\spart\s|generously\s){0,2}  # "also"
    (?:supported|funded|backed|sponsored)\sby\s(?:the\s|The\s)?$       # "supported by the "
    """,
    regex.VERBOSE,
)

# A military service paying a firm: what it "awards" without a grant is work ordered.
MILITARY_AWARD = deferred_pattern(
    r"""
    \b(?:U\.S\.\s|US\s)?(?:Navy|Army|Air\sForce|Marine\sCorps|Space\sForce)\b   # "The Navy"
    (?:\s[\p{Lu}][\w.'’&-]*){0,4}                                           # "Sea Systems Command"
    \s(?:has\s|have\s|had\s)?(?:awarded|awards|selected|tapped|chose)\b     # "has awarded"
    """,
    regex.VERBOSE,
)

# Money from investment firms: "$5 million in funding from Pell Capital and Harbor Ventures".
INVESTOR_FUNDING = deferred_pattern(
    r"""
    \b(?i:funding|financing|capital|investment|backing)\s(?:led\s)?(?:from|by)\s  # "funding from"
    (?:[^.;:]{0,60}?\s)?                                                # "existing investor "
    \p{Lu}[\w&.'’-]*\s(?:Capital|Ventures|VC|Angels|Investments|Equity)\b   # "Pell Capital"
    (?!\s(?:Foundation|Fund|Trust|Charit|Community|Region))               # (not "Sun Capital Foundation")
    """,
    regex.VERBOSE,
)

# Money given to politicians, even by a "donation" (which lifts the blockers above).
POLITICAL_GIVING = deferred_pattern(
    r"""
    \b(?:political|electoral|election)\s(?:campaign\s)?(?:donations?|contributions?|giving)\b  # "political donations"
    | (?<!\b(?:capital|fundraising|giving|annual|holiday|relief)\s)                            # (not a charity's campaign)
      \bcampaign\s(?:donations|contributions)\b                                          # "campaign contributions"
    | \b(?:super\sPACs?|political\saction\scommittees?)\b                                    # "a super PAC"
    | \bto\s(?:the\s)?(?:re-?election\s)?campaigns\sof\b                                     # "to the campaigns of officials"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A loan and a grant stated apart, each with its sum (a rural-development award):
# "a $3.6 million loan and a $75,000 grant", "a $50,000 grant and a $1 million loan".
LOAN_AND_GRANT = deferred_pattern(
    r"""
    [$€£][\d.,]{1,12}(?:\s(?:million|billion))?\s(?:loan|grant)s?      # "$3.6 million loan"
    \s(?:and|plus)\s(?:an?\s)?                                       # " and a "
    [$€£][\d.,]{1,12}(?:\s(?:million|billion))?\s(?:loan|grant)s?\b   # "$75,000 grant"
    """,
    regex.VERBOSE,
)


def _blocked(text: str, low: str, span: Span, in_title: bool) -> bool:
    """Whether a blocker word (revenue, loan, insurance...) makes the sentence no gift.

    Outside the headline, a NAME_BLOCKERS word inside a capitalised name does not block.
    """
    for m in BLOCKERS.finditer(low, span.start, span.end):
        if m.group().startswith("loan") and LOAN_AND_GRANT.search(low, span.start, span.end):
            continue  # "a $3.6 million loan and a $75,000 grant": the grant is a gift
        if m.group() == "repayable" and low[max(0, m.start() - 4) : m.start()] in ("non-", "non "):
            continue  # "a non-repayable contribution": a grant (a repayable one is a loan)
        if m.group() == "offering" and low.startswith(
            ("offering free ", "offering complimentary "), m.start()
        ):
            continue  # "is offering free meals to": a gift of goods, not a share offering
        if (
            in_title
            or m.group() not in NAME_BLOCKERS
            or not text[m.start()].isupper()
            or _CAPITALISED_BEFORE.search(text, max(span.start, m.start() - 30), m.start()) is None
        ):
            return True
    return False


# A gift verb with a plural gift noun: "awarding financial grants", "distributed donations".
GIFT_PAIR = deferred_pattern(
    r"\b(?:(?:award|donat|distribut|present|announc|approv)\w*|gift(?:ed|ing))\s(?:[\w.’'-]+\s(?:\p{Lu}\.\s)?){0,4}?"
    r"(?:(?:[\w’'-]+\s){0,2}?with\s)?"  # "awarded a dozen local shops with grants"
    r"(?:grants|donations|gifts|scholarships|bursaries)\b"
    # "has made gifts to", "extended financial gifts to": a giver's plural gifts handed on
    r"|\b(?:made|makes|making|extend(?:s|ed|ing)?|provid(?:e|es|ed|ing))\s(?:[\w’'-]+\s){0,2}?"
    r"(?:grants|donations|gifts)\sto\s",
    regex.IGNORECASE,
)

# A funder named in a passive with no sum: "Funding is provided by the Department of
# Energy", "The project was funded by Acme": a gift sentence without money.
FUNDED_BY = deferred_pattern(
    r"""
    \b(?i:
        (?:funded                                                  # "was funded by"
          | (?:funding|grants?|support)\s(?:is|was|will\sbe|has\sbeen|comes|came)
            \s(?:being\s)?(?:provided|made\savailable|given)            # "funding is provided by"
        )\s(?:in\spart\s|solely\s|entirely\s|jointly\s)?by
      | (?:funding|grants?|support)\s(?:for\s[\w\s]{1,30}?\s)?(?:comes|came)\sfrom   # "funding for it comes from"
      | with\s(?:additional\s|generous\s|new\s)?(?:funding|support|a\sgrant)\sfrom     # "with funding from"
      | (?<!\b(?:not|never|no\slonger)\s)(?:receiv(?:e|es|ed|ing)|secured|won|obtained|awarded)\s  # "is receiving funds from"
        (?:(?:again|once\sagain|new|additional|federal|state|continued|ongoing)\s){0,2}
        (?:funds|funding|grants|grant\sfunding)\sfrom
      | (?:fund|scholarships?|grants?)\s(?:is|was|are|were)\spowered\sby      # "the College Fund is powered by"
      | (?<!\b(?:no|any|seeks?|seeking|request(?:s|ed|ing)?|welcomes?)\s(?:[\w-]+\s)?)contributions?\sfrom   # "contributions from Acme"
      | (?:funding|funds|grants?)\s(?:is|are|was|were|will\sbe|has\sbeen|have\sbeen)\s   # "the grants were
        (?:awarded|distributed|provided|administered|made\savailable)\s(?:through|via)  # awarded through"
    )\s(?:the\s|The\s)?\p{Lu}
    """,
    regex.VERBOSE,
)

# A sum from a named body: "an update on a £142,600 from The Department for Transport".
SUM_FROM = deferred_pattern(r"\s(?:in\s(?:[\p{Ll}-]+\s){0,2})?from\s(?:the\s|The\s)?\p{Lu}")


def _sum_from(doc: Document, found: list[_Sentence], money: list[Money], span: Span) -> bool:
    """Whether a sentence without a cue word gives a sum "from" a named body, in a release
    whose headline states a gift: "a £142,600 from The Department for Transport"."""
    return (
        bool(money)
        and bool(found)
        and found[0].in_title
        and found[0].strong
        and any(
            "from" in doc.text[m.end : m.end + 30] and SUM_FROM.match(doc.text, m.end, span.end)
            for m in money
        )
    )


# Plural gift nouns given to a named body: "with generous contributions to Harbor House".
GIFT_NOUN_TO = deferred_pattern(
    r"\b(?:significant|generous|major|regular|annual|charitable|ongoing|substantial)\s"
    r"(?:contributions|donations)\sto\s(?:the\s)?\p{Lu}"
)

# A giver's contribution without a sum: "The Orvik Company has made a contribution to| Harbor House".
MADE_CONTRIBUTION_TO = deferred_pattern(
    r"""
    \b(?:made|makes|make|making)\s(?:a|an)\s(?:[\p{Ll}-]+\s){0,3}?    # has made a generous
    contribution\sto\s(?:the\s|The\s)?\p{Lu}                         # contribution to| Harbor
    """,
    regex.VERBOSE,
)

# A gift noun right after a sum: "$25,000 grants", "$5 million gift", "$1,000 scholarship".
GIFT_NOUN_AFTER = deferred_pattern(
    r"(?:\s(?:[\p{L}-]+\s)?)(?:grants?|gifts?|donations?|pledges?|contributions?|scholarships?|endowments?"
    r"|stipends?|bursar(?:y|ies)|awards?(?!\s(?:contract|notice|letter)))\b",
    regex.IGNORECASE,
)
# A grant offer names no receiver yet: "a club can apply for up to $4,500", "schools
# are eligible for up to $10,000", "the fund provides grants of up to $5,000"; the
# sum it caps is the programme's gift money.
GRANT_OFFER_BEFORE = deferred_pattern(
    r"""
    \b(?:
        (?:can|may|could|will|might)\s(?:each\s|also\s)?         # "can each", "may also"
        (?:apply\sfor|request|be\sawarded|be\sgranted|receive)   # the offer's verb
      | eligible\s(?:for|to\sreceive|to\sapply\sfor)             # "are eligible for"
      | (?:provides?|offers?|awards?)\s(?:[\p{Ll}-]+\s){0,2}?         # "provides targeted funding of"
        (?:grants|funding|awards|scholarships|stipends)\sof
    )
    \s(?:(?:grants?|awards?|funding)\s(?:of\s)?)?               # "apply for grants of"
    (?:up\sto|as\smuch\sas|a\smaximum\sof)\s$                   # the cap, before the sum
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A sum stated per unit after a giving verb: "granted $1,000 each", "$20,000 per project".
PER_UNIT_AFTER = deferred_pattern(
    r"""\s(?:
        each|apiece
      | per\s(?:selected\s|eligible\s|winning\s|qualifying\s)?
        (?:student|project|team|school|recipient|grantee|awardee|organi[sz]ation|business|family
          |household|club|startup|participant|scholar|applicant|fellow|child|winner|charity|nonprofit
          |classroom|teacher|community|program|programme)s?
    )\b""",
    regex.VERBOSE | regex.IGNORECASE,
)

# Words right beside money that make it not the gift: "$5 million in revenue".
MONEY_NOT_GIFT = deferred_pattern(
    r"""
    ^[\s\w,]{0,3}(?:in\s)?(?:revenue|sales|loans?|valuation|budget|salary|worth\sof\sdamages|per\sshare|market)\b
    | ^\s(?:in\s|of\s)(?:[\w-]+\s){0,2}?(?:assets|deposits|transactions|(?:trading\s)?volume)\b  # "$1.8 million in real-world assets": a holding
    | ^\s(?:left|remaining|still\sneeded|still\sto\s(?:go|raise|be\sraised)|to\sgo(?!\s(?:to(?!\s(?:reach|raise|meet|hit|make)\b)|towards?|into)\b)|needed\sto|required\sto)\b   # "$2 million left to go", "needed to run": what is not yet given (not "to go towards X")
    | ^\)?\s(?:\([^()]{1,30}\)\s)?(?:personal\s)?(?:fortune|net\sworth|wealth)\b   # "a $113 billion (£90 billion) fortune": what a giver owns
    | ^\s(?:in\s)?(?:new\s|additional\s)?private(?:[\s-]sector)?\s(?:investment|capital|financing)\b   # "generate $50 million in private investment": what a grant draws in
    | ^\s(?:that\s|which\s)?(?:it|they|we|he|she|the\s[\w-]+)\s(?:still\s)?(?:hopes?|hoped|aims?|plans?|seeks?|wants?|needs?)\sto\sraise\b   # "of the $5.5 million it hopes to raise": a goal
    | ^\s?(?:bills?|notes|banknotes|coins)\b                              # "thirty one hundred dollar bills": notes, not a sum
    | ^[\s-]asset\b                                                    # "the $414 million-asset credit union": its size
    | ^[\s-](?:(?:entry|registration|admission|membership|participation)[\s-])?(?:fees?|tickets?)\b  # "a $25 entry fee": a price
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A sum that qualifies something other than the gift: "a $25 million capital
# campaign", "the $40 million expansion project". Words between may be names or
# adjectives, never a gift noun or a function word.
_NOT_GIFT_HEADS = """
    campaign project development facility building expansion renovation plan budget economy
    industry market deal valuation portfolio complex campus stadium arena redevelopment construction
    target goal investment contract loan order acquisition financing round collaboration consortium
    bid tender
""".split()  # "a $10.7 million bid": a contractor's price, not a gift
NOT_GIFT_HEAD = deferred_pattern(
    rf"""
    \s[“"][^“”"]{{1,60}}[”"]\s(?:{"|".join(_NOT_GIFT_HEADS)})s?\b  # 'the $125 million "Change the World" campaign'
    |\s(?:(?!(?:grant|gift|donation|pledge|contribution|commitment|endowment|award|for|to|toward|towards|from|in|of|the|a|an|and|by|with|at|on|per|each)s?\b)[\p{{L}}\d][\w.'’&-]*\s){{0,6}}
    (?:{"|".join(_NOT_GIFT_HEADS)})s?\b
    | \s["“‘][^"“”‘’\n]{{2,60}}["”’]\s(?:{"|".join(_NOT_GIFT_HEADS)})s?\b  # a quoted name: the "Vale Rising" campaign
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A lender named after its size: "the $414 million| Vale Federal Credit Union|" (not its
# scholarship or fund: "the $5,000 Vale Bank Scholarship").
ASSET_SIZE_NAME = deferred_pattern(
    r"""
    \s(?:\p{Lu}[\p{L}&.'’-]*\s){1,5}?                          # "Vale Federal"
    (?:Credit\sUnion|Bank|Bancorp|Savings)\b                    # "Credit Union"
    (?!\s(?:\p{Lu}[\p{L}&.'’-]*\s){0,2}(?:Scholarships?|Grants?|Fund|Foundation|Awards?|Prizes?)\b)
    """,
    regex.VERBOSE,
)

# A name's short last word before a share in parentheses, not a currency code (which is
# written in capitals): "Harbor Hub| ($250,000)", "Orvik Inc| ($5,000)".
NAME_WORD_PAREN = deferred_pattern(r"(?<!\p{L})\p{Lu}\p{Ll}{2}\s?\(\s?$")

# A grant named after its sum, whatever the words of its name: "$90,000 Rural Business
# Development Grant", "a $2 million Community Project Award".
NAMED_GRANT_AFTER = deferred_pattern(r"\s(?:\p{Lu}[\w.'’&-]*\s){1,7}(?:Grants?|Awards?)\b")

# A sum given to an unnamed group: "$2 million to farming communities".
TO_UNNAMED = deferred_pattern(
    r"\s(?:[^\s.;,]+\s){0,3}?to\s(?!an?\s)(?:the\s|local\s|other\s)?"
    r"(?!(?:support|help|fund|build|provide|expand|create|establish|improve|advance|assist|benefit|launch|renovate"
    r"|purchase|sustain|strengthen|enable|cover|bring|make|serve|train|equip|continue|develop|enhance|increase"
    r"|protect|reduce|restore|upgrade|promote|address|empower|combat|fight|feed|boost|ensure|be|go|its|their|his|her)\b)\p{Ll}"
    r"|\sin\s(?:[\w-]+\s){0,2}?(?:scholarships|bursaries|fellowships)\b"  # "$3 million in scholarships": to students
)

# Between a share and its "to": "$11.2 million will go to X", "$2 million to X".
SHARE_GAP = deferred_pattern(
    r"\s?(?:(?:will\s)?(?:go(?:es)?|went|be\s(?:given|granted|awarded|donated|allocated)|(?:was|were|is|are)\s(?:given|granted|awarded|donated|allocated|going))\s)?"
)

# A running total that a gift adds to: "The donation brings the appeal to £3.1m".
RUNNING_TOTAL = deferred_pattern(
    r"\b(?:brings?|bringing|brought|takes|taking|took|pushes|pushing|pushed|lifts|lifting)\s[^.;$€£]{0,60}\bto\s(?:over\s|more\sthan\s|nearly\s|almost\s)?$",
    regex.IGNORECASE,
)

# The giver's own cumulative giving, which counts: "bringing its giving to $2 million".
OWN_TOTAL = deferred_pattern(
    r"\b(?:its|their|his|her|our)\s(?:total\s|overall\s|cumulative\s|lifetime\s)?"
    r"(?:giving|donations|contributions|gifts|grants|grantmaking|support|commitment|philanthropy)\b",
    regex.IGNORECASE,
)
# A sentence giving parts of the gift: "Of the total, ₹9.5 crore will fund books".
# "The $90,000 in funding comes from ...": the sum of the gift just stated.
_THE_SUM = r"The\s[$€£][\d.,]{1,12}(?:\s(?:million|billion))?\s(?:in\s)?(?:funding|grants?|awards?|donations?)\b"
PART_OF_HEAD = deferred_pattern(
    r"\W{0,3}(?:Of\s(?:the|this|that|its)\s(?:total|amount|funding|grant|donation|gift|money|sum|investment|commitment|pledge)"
    rf"|{_THE_SUM})",
    regex.IGNORECASE,
)  # PART_OF's first branch alone
PART_OF = deferred_pattern(
    rf"""
      ^\W{{0,3}}Of\s(?:the|this|that|its)\s(?:total|amount|funding|grant|donation|gift|money|sum|investment|commitment|pledge)
    | ^\W{{0,3}}{_THE_SUM}
    | \b(?:funding|grants?|donations?|gifts?|money|investment|commitments?|pledges?
        |disbursements?|allocations?|contributions?)\b[^.;]{{0,30}}\b(?:includes?|including)\s   # "This year's disbursement includes"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A share of a stated gift put to a use: "The remaining $1.5 million| is expected to go toward".
SUM_GOES_TO = deferred_pattern(
    r"""
    \s(?:of\s(?:the|this|that|its|their)\s(?:gift|grant|donation|pledge|funding|money)\s)?  # of the gift
    (?:will|would|is\sexpected\sto|is\sset\sto|is\sgoing\sto|shall)\s                        # will
    (?:also\s|then\s|primarily\s|mainly\s)?
    go\s(?:to|toward|towards)\b                                                             # go to
    """,
    regex.VERBOSE,
)


def _sum_goes_to(text: str, low: str, span: Span, s_money: list[Money]) -> bool:
    """Whether a sum in the sentence "will go to" a use or a body (SUM_GOES_TO after it)."""
    if low.find(" go to", span.start, span.end) < 0:  # (" go toward" too)
        return False
    return any(SUM_GOES_TO.match(text, m.end, span.end) is not None for m in s_money)


_PAIR_NOUNS = ("grants", "donations", "gifts", "scholarships", "bursaries")  # GIFT_PAIR needs one


# A sum named as a share of the stated gift: "45 million euros (about $48 million) |of the
# funding| is allocated for ...", "$2 million of the grant will go to ...".
SHARE_OF_GIFT = deferred_pattern(
    r"""
    (?:\d|million|billion|euros?|dollars?|pounds?)\s                    # "45 million euros "
    (?:\([^()]{1,40}\)\s)?                                            # "(about $48 million) "
    of\s(?:the|this|that|its)\s(?:new\s|total\s)?                       # "of the "
    (?:funding|grants?|aid|money|package|allocation|contribution|donation|gift|sum)\b  # "funding"
    """,
    regex.VERBOSE,
)


# The receivers of a stated gift taking their shares, unnamed: "Each awardee will receive up
# to $24 million", "338 housing authorities shared $96 million", "Eleven new centers will
# receive a combined $195 million".
UNNAMED_SHARE = deferred_pattern(
    r"""
    \b(?i:awardees?|recipients?|grantees?|centers|centres|authorities|projects|communities
      |organi[sz]ations|nonprofits|schools|districts|cities|towns|counties|states|tribes
      |laboratories|labs|universities|colleges|hospitals|clinics|airports|charities|agencies)
    \s(?:will\s|would\s)?(?:each\s|also\s|reportedly\s){0,2}              # " will each"
    (?:receive|received|share|shared|get|split)\s                            # "receive"
    (?:a\scombined\s|up\sto\s|about\s|approximately\s|more\sthan\s|nearly\s|roughly\s|over\s)?
    (?:US|U\.S\.)?\$\d                                                     # "$24"
    """,
    regex.VERBOSE,
)


def _part_of(text: str, low: str, span: Span) -> bool:
    """Whether PART_OF matches the sentence; its second branch needs "includ" in it."""
    if low.find(" of the ", span.start, span.end) >= 0 and SHARE_OF_GIFT.search(
        text, span.start, span.end
    ):
        return True  # "45 million euros of the funding is allocated for ..."
    if low.find("$", span.start, span.end) >= 0 and UNNAMED_SHARE.search(
        text, span.start, span.end
    ):
        return True  # "Each awardee will receive up to $24 million": the stated gift's shares
    if low.find("includ", span.start, span.end) < 0:
        head = low[span.start : span.start + 6]  # "of the", "the $": within three characters
        return ("of" in head or "the" in head) and PART_OF_HEAD.match(
            text, span.start, span.end
        ) is not None
    return PART_OF.search(text[span.start : span.end]) is not None


# --- role patterns --------------------------------------------------------------

# What may stand between an agent and its verb: an acronym in parentheses, an
# appositive between commas, auxiliaries and adverbs ("has generously", "is
# proud to", "today announced that it will").
AGENT_GAP = deferred_pattern(
    r"""
    ^
    (?:\s*\([^()]{1,100}\)){0,3}                              # (FWCDC)  ("Sony")  (NASDAQ: ACME)
    (?:(?:\s*,\s[^,;()]{2,160}?){1,3},)?                      # , a family foundation, based in Ohio,
    (?:\s[-–—]\s(?:[^\s,;()]|\s(?![-–—]\s)){2,100}?\s[-–—])?    # " - the largest credit union - "
    (?:\s*(?:\([^()]{1,100}\)))?
    (?:\s(?:[Gg]roup\s)?(?:companies|subsidiaries|affiliates)(?=\s+(?:and|&)\s))?  # "group companies| and their employees"
    (?:\s+(?:(?:and|&)\s(?:its|their)\s(?:[\p{Ll}-]+\s|(?:\p{Lu}[\p{L}-]*\s){1,2})?)?   # "and its employees", "employees"
       (?:employees|staff|associates|customers|members|franchisees|volunteers|team\smembers
         |agents|dealers))?                                   # "and its Trusted Choice agents"
    (?:\s+(?:(?:is|are|was|were|has\sbeen)\s\p{Ll}+ing|(?:has\s|have\s)?\p{Ll}{3,}ed)
       (?:\s[\p{L}\d'’-]+){0,6}?\s+by)?   # "is championing health by", "marked its 50th year by"
    (?:\s+(?:has|have|had|will|would|shall|today|recently|also|again|officially|proudly|
            generously|jointly|together|each|both|once|is|are|was|were|be|been|proud|pleased|
            signed|inked|entered|into|agreement|memorandum|of|understanding|MoU|MOU|
            [$€£]\d[\d.,]*|million|billion|thousand|generous|total|one-time|major|significant|
            additional|special|first|second|annual|multi-year|matching|charitable|cash|
            honored|honoured|thrilled|excited|delighted|happy|to|announced|announces|announce|
            that|it|they|just|collectively|annually|successfully|continues|continue|continued|
            plans|plan|intends|agreed|decided|voted|made|makes|make|a|an|its|their|another|new|
            (?<=made\s)the|largest|biggest|single|record|                # "made the largest donation"
            this|week|year|month|day|morning|on|in|[A-Z][a-z]+day|\d{1,2}(?:st|nd|rd|th)?|
            program|programme|initiative|                     # "The Acme BOOST program awarded"
            grant|scholarship|giving|                           # "The Acme grant program will give"
            now|already|previously|                             # "has now funded"
            unveiled|unveils|revealed|reveals|delivered|delivers|  # "unveiled a $5,000 donation"
            said|says|                                          # "said it would provide"
            made\sthe|largest|biggest|single|                  # "made the largest single donation"
            \p{Ll}{2,12}ly|                                     # "has nationally awarded"
            (?<=\b(?:made|makes|make)\s)the|largest|biggest|single|record|  # "made the largest donation"

            (?:January|February|March|April|May|June|July|August|September|October|November|December)|
            dollar|(?:multi)?million-dollar|billion-dollar|six-figure|seven-figure  # "made the million dollar donation"
        )){0,8}
    \s+$
    """,
    regex.VERBOSE,
)

# The words AGENT_GAP allows between a name and its verb, spelled out.
_GAP_WORDS = frozenset(
    """
    has have had will would shall today recently also again officially proudly generously
    jointly together each both once is are was were be been proud pleased signed inked
    entered into agreement memorandum of understanding MoU MOU million billion thousand
    generous total one-time major significant additional special first second annual
    multi-year matching charitable cash honored honoured thrilled excited delighted happy to
    announced announces announce that it they just collectively annually successfully
    continues continue continued plans plan intends agreed decided voted made makes make a an its
    their another new this week year month day morning on in program programme initiative
    now already previously grant scholarship giving
    unveiled unveils revealed reveals delivered delivers said says the largest biggest single record
    January February March April May June July August September October November December
    dollar million-dollar multimillion-dollar billion-dollar six-figure seven-figure
    """.split()
)


# The dash closing an appositive that opens on one: "Acme - a family bank| -| has".
DASH_CLOSE = deferred_pattern(r"\s[-–—](?=\s)")


def _gap_may_match(gap: str) -> bool:
    """A quick test before AGENT_GAP, for a gap without a parenthesis.

    After an appositive (which opens on a comma and closes on a later one, with no
    semicolon) or from the start, the gap is the "is ...ing ... by" clause and at most
    eight of AGENT_GAP's words (``_GAP_WORDS``, a sum, "22nd", "Tuesday", "nationally").
    """
    if (
        "(" in gap
        or "ees" in gap  # "employees", "franchisees": the giver's people (see AGENT_GAP)
        or "staff" in gap
        or "members" in gap
        or "associates" in gap
        or "customers" in gap
        or "volunteers" in gap
        or "agents" in gap
        or "dealers" in gap
    ):
        return True  # (a parenthesis, or "and its employees": AGENT_GAP alone tells)
    if gap.startswith((" - ", " – ", " — ")):  # " - the largest credit union - has": an appositive
        close = DASH_CLOSE.search(gap, 3, 106)
        return close is not None and _gap_words(gap[close.end() :])
    if gap.lstrip().startswith(","):
        if ";" in gap:
            return False
        comma = gap.find(",", gap.find(",") + 1)
        while comma >= 0:  # the comma closing the appositive is one of these
            if _gap_words(gap[comma + 1 :]):
                return True
            comma = gap.find(",", comma + 1)
        return False
    return _gap_words(gap)


def _gap_words(gap: str) -> bool:
    """Whether the words of a gap may be AGENT_GAP's clause and auxiliaries (see ``_gap_may_match``)."""
    words = gap.split()
    if "by" in words:
        return len(words) <= 17  # the clause (nine words at most) and eight more
    if len(words) > 8:
        return False
    for k, w in enumerate(words):
        if w in _GAP_WORDS or w[0] in "$€£" or w[0].isdigit() or w.endswith(("ly", "day")):
            continue
        if w == "the" and k > 0 and words[k - 1] == "made":
            continue  # "made the largest donation"
        return False
    return True


AGENT_VERBS = deferred_pattern(
    r"""
    ^(?:
        donat(?:e|es|ed|ing)
      | grant(?:s|ed)
      | pledg(?:e|es|ed|ing)
      | contribut(?:e|es|ed|ing)
      | endow(?:s|ed)?
      | (?:gifts|gifted|giv(?:e|es|ing|en)|gave|award(?:s|ed|ing)?|commit(?:s|ted|ting)?|present(?:s|ed|ing)?
        |fund(?:s|ed|ing)?|sponsor(?:s|ed|ing)?|match(?:es|ed|ing)?|rais(?:e|es|ed|ing)|provid(?:e|es|ed|ing)
        |invest(?:s|ed|ing)?|extend(?:s|ed|ing)?|offer(?:s|ed|ing)?|distribut(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s(?:over|out)
        |allocat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)
        |dedicat(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|support(?:s|ed|ing)?(?!\sby\b)
        |earmark(?:s|ed|ing)?|send(?:s|ing)?|sent|set(?:s|ting)?\saside|wr(?:ote|ites|iting)
        |bequeath(?:s|ed)?|(?:left|leaves)\s(?:a\s)?bequest  # "wrote a check"
        |sanction(?:s|ed|ing))                                 # "has sanctioned Rs 10 crore"
        (?=\s(?:[^.;,]{0,40},[^.;,]{1,60},)?(?:[^.;]|(?<=\s\p{Lu})\.){0,50}?(?:\$|€|£|₹|₦|₱|¥|\bRs\.?\s?\d|\b(?:Kshs?|KES|KSh|R|P|Sh|RM|Rp)\.?\s?\d|\b(?i:grants?|donations?|gifts?|funding|funds|check|cheque|sponsorship|scholarships?|bursar(?:y|ies)|contributions?|checks|cheques|dollars|euros|pounds|money|crores?|lakhs?|rupees|donat(?:e|ing))\b)
           |\s[^.;]{0,120}?\b(?:(?:a\stotal\sof|totall?ing)\s(?:(?:more\sthan|over|nearly|almost|about|some|up\sto)\s)?|(?:more\sthan|over)\s(?=[$€£]\d))(?:\$|€|£))  # "awarded health centers across the state a total of $2 million"
      | cut(?:s|ting)?(?=\s(?:a|an|the|another|its|their)\s(?:[\w$€£,.-]+\s){0,3}?(?:check|cheque)s?\b)  # "cut a $5,000 check"
      | chip(?:s|ped|ping)\sin(?=\s(?:another\s|a\sfurther\s|an\sextra\s)?(?:[$€£]|(?:US|A|C|NZ|S)\$))   # "chipped in $2 million"
      | (?:(?:doubl|tripl|increas)(?:e|es|ed|ing)|boost(?:s|ed|ing)?)               # "doubled its donation"
        (?=\s(?:its|their|his|her)\s(?:[\w-]+\s){0,2}?(?i:donation|gift|pledge|contribution|commitment|grant)s?\b)
      | (?:deliver(?:s|ing)|releas(?:e|es|ed|ing))               # "is delivering $1.5 million to",
        (?=\s(?:(?:an?|the|its|their)\s)?(?:additional\s|further\s|first\s|second\s)?  # "released the
           (?:(?:more\sthan|over|nearly|almost|about|approximately|up\sto)\s    # "releasing more than $3"
              (?=[$€£₹]|(?:US|A|C|NZ)\$|Rs\.?\s?\d))?
           (?:[$€£₹]|Rs\.?\s?\d|(?:US|A|C|NZ)\$|\d|(?i:funds|funding|grants?|money|aid|assistance|instal+ments?|tranches?)\b))  # first tranche"
      | (?:accept(?:s|ing)|open(?:s|ing)?)\s(?:applications|nominations|submissions)\sfor  # "Acme Law Accepting Applications for the X Scholarship"
        (?=\s[^.;]{0,60}?\b(?i:grants?|scholarships?|fellowships?|bursar(?:y|ies))\b)
      | launch(?:es|ed|ing)?                                              # "launches a $1 million grant program"
        (?=\s[^.;]{0,50}?\b(?i:grants?|scholarships?|stipends?|fellowships?)\b(?![^.;]{0,30}\bfrom\b))
      | (?:left|leaves)(?=\s(?:(?:a|an|the|her|his|their)\s)?(?:(?:US|A|C|NZ)?[$€£]\d|(?:bulk|residue|remainder|most|much|part|all)\sof\s(?:her|his|their)\sestate\b))  # a bequest: "left $1 million to"
      | (?P<noun>(?:donation|gift|grant|pledge|contribution|commitment|bequest)s?)(?!\s+(?:recipients?|winners?|awardees?|grantees?|applicants?|applications?|programs?|programmes?|cycles?|writ\w*|process|rounds?|committee|guidelines|criteria|portal|deadlines?|opportunit\w+|funding\sround))    # "Acme donation of $5"
      | (?:announc(?:e|es|ed|ing)|confirm(?:s|ed))
        (?=(?:\s+(?:today|recently|plans\sfor|(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\s+  # "announced Wednesday"
           (?:(?:over|more\sthan|nearly|almost|about|approximately|roughly|some|a\stotal\sof)\s)?  # "announced over"
           (?:[$€£]\d|(?:US|A|C|NZ)\$|Rs\.?\s?\d                              # "announced £5 million"
             |(?:a|an|its|their|the|his|her)\s(?:[^.;,]|(?<=\d)[,.](?=\d)){0,60}?   # ("a 500,000 USDC grant")
              (?i:donation|gift(?![\s-]?cards?)|grant|pledge|contribution|commitment|funding|scholarship|\$|€|£)
             |(?:[\w-]+\s){0,2}?(?:funding|grants?|support)\s(?:of|worth|totall?ing)\s   # "announced funding of €450,000"
              (?:(?:more\sthan|over|nearly|almost|about|some|up\sto)\s)?(?:[$€£]\d|(?:US|A|C|NZ)\$)
             |(?:[\w-]+\s){0,4}?(?:grants|donations|gifts)\s(?:totall?ing|worth|of)\s   # "announced emergency
              (?:(?:more\sthan|over|nearly|almost|about|some)\s)?(?:[$€£]\d|(?:US|A|C|NZ)\$)  # grants totaling $3M"
             |(?:[\w-]+:?\s){0,3}(?:(?:a|an|the|its)\s)?(?:[\w-]+\s){0,3}?       # "announces Spark: A Grants Program"
              (?:grants?|scholarships?|fellowships?)\s(?:&\s[\w-]+\s)?(?:program|programme|fund|initiative)\b
              (?!\s(?:winners?|recipients?|finalists?|awardees?))))
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _recipient_verb(rest: str, plain: bool) -> bool:
    """Whether RECIPIENT_VERBS matches ``rest``: in a plain release it must open on one of its words.

    A unit of the body named before may stand between: "Vale High School| robotics team|
    received $2,500" (the school receives).
    """
    unit = UNIT_BEFORE_VERB.match(rest) if rest[:1].islower() else None
    if unit is not None:
        rest = rest[unit.end() :]
    if plain and not rest[:12].lower().startswith(RECIPIENT_VERB_OPENINGS):
        return False
    return RECIPIENT_VERBS.match(rest) is not None


# A count right before a plural name: "|338 |Housing Authorities" (not a year: "in 2019 Vale
# Hospitals", nor a sum: "$500 Grants").
COUNT_BEFORE = deferred_pattern(r"(?<![\d,.$€£])(?!(?:19|20)\d\d\s)\d[\d,]{0,8}\s$")
# A body's unit between its name and the verb: "Vale High School| robotics program| received".
UNIT_BEFORE_VERB = deferred_pattern(
    r"(?:[a-z-]{3,20}\s){0,2}(?:program|programme|team|club|department|squad|chapter|choir"
    r"|band|orchestra)\s+"
)


RECIPIENT_VERBS = deferred_pattern(
    r"""
    ^(?:(?:has|have|had|will|would|is|are|was|were|been|be|also|recently|today|just|proudly|
           officially|announced|announces|that|it|proud|pleased|to|honored|thrilled|excited|
           grateful|delighted|a|an|the|each|both|all|jointly|once|again|still|now|currently|
           said|says|(?:said|says|announced)\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
           (?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s+\d{4})?)?)\s+){0,6}
                                                          # "said on Monday(, May 2) that it has"
    (?:
        (?<!\bthe\s)  # (not "shipped from Leeds to the receiving hospitals": an adjective)
        (?:receiv|reciev)(?:e|es|ed|ing)(?!\s(?i:thanks|praise|recognition)\b)|secur(?:e|es|ed)|win|wins|won|gets?|got  # (and the common misspelling)
      | (?<!\b(?:has|have|had)\s)(?:award(?:ed)?|granted)       # not "have awarded": they give
      | accept(?:s|ed)?|recipients?(?:\sof)?|beneficiar(?:y|ies)(?:\sof)?
      | (?<=(?:is|are|was|were|been|be)\s)(?:selected|chosen|named|handed|given|gifted)(?!\s(?:to|by|out|back)\b)
        (?!\s(?:as\s)?(?:the|a|an|its|their)\s(?:[\w-]+\s){0,3}?(?:sponsor|partner)s?\b)  # not "named the official sponsor"
      | (?<=(?:is|are|was|were|been|be)\s)presented(?=\s(?:with|a|an)\s)  # "was presented with a check"
      | (?<=been\s)left(?=\s(?:US|A|C|NZ)?[$€£]\d)                    # "has been left £9,000 in a will"
      | land(?:s|ed)?|earn(?:s|ed)?|obtain(?:s|ed)?|benefit(?:s|ed)?\sfrom
      | (?:share[sd]?|split)(?=\s(?:(?:a|an|the|in)\s)?(?:total\sof\s)?(?:US|A|C|NZ)?[$€£₹]\d)  # "will share a $1 million grant"
      | (?:among|one\sof)\s(?:the\s)?(?:\d{1,4}|[\p{Ll}-]+)\s(?:[\p{Ll}-]+,?\s){0,4}?     # "among 12 nonprofits
        (?:to\s(?:receive|be\sawarded)|recipients|grantees|awardees)                # to receive"
    )\b
    (?!\s(?:a|an|its|their)\s(?:place|spot|slot|role|position)\sas\b)  # not "secured a place as sponsor"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The words RECIPIENT_VERBS may open on, lower case.
RECIPIENT_VERB_OPENINGS = tuple(
    """
    has have had will would is are was were been be also recently today just proudly
    officially announced announces that it proud pleased to honored thrilled excited
    grateful delighted a an the each both all jointly receiv reciev award granted secur win won
    get got accept recipient beneficiar selected chosen named land earn obtain benefit
    once again still now currently said says share split
    """.split()
)

# A list going on after an item: "Orvik|, Zenith", "Orvik| and Lee Bank".
LIST_GOES_ON = deferred_pattern(r",?\s(?:and|&)\s(?:the\s|The\s)?\p{Lu}|,\s(?:the\s|The\s)?\p{Lu}")


def _list_word(text: str, name: Name) -> bool:
    """Whether a one-word name is an item inside a list: "from Orvik, |Zenith| and Lee Bank"."""
    return LIST_GOES_ON.match(text, name.end, name.end + 12) is not None and not _place(name.text)


# Between two items of a list of givers, an item's acronym passed over: "Orvik Labs (OL), ".
GIVER_LIST_GAP = deferred_pattern(r"(?:\s?\(\p{Lu}[\p{Lu}\d&-]{1,10}\))?,\s(?:the\s|The\s)?")


def _givers_listed_before(text: str, names: list[Name], j: int) -> list[Name]:
    """The items of a list of givers before its next-to-last item ``names[j]``: "Orvik Labs
    (OL), Zenith (ZN), Lee Bank and Ash Foods have given" (not a place: "In Leeds, Acme and
    Zed gave")."""
    out: list[Name] = []
    while j > 0:
        i = j - 1
        if i > 0 and text[names[i].start - 1 : names[i].start] == "(":
            i -= 1  # the acronym of the item before
        if (
            GIVER_LIST_GAP.fullmatch(text, names[i].end, names[j].start) is None
            or _place_name(names[i])
            or names[i].kind == "person"  # "Ann Roe, Tom Poe and Acme gave": not read as a list
            or _town_of_party(text, names, i)  # "Citadel FCU, Exton, and Acme": a town
        ):
            break
        out.append(names[i])
        j = i
    return out


# An opening phrase that credits a gift, before the clause's subject: "Thanks to a gift from X, ".
THANKS_TO = deferred_pattern(
    r"(?:^|[.;:]\s)(?:Thanks\sto|With|Through|Because\sof)\s[^;]{0,120}?\b(?:gift|grant|donation|support|funding|contribution|pledge|generosity)s?\b[^;]{0,100}?,\s(?:the\s|The\s)?$"
)

# A gift that lets the name after it act: "a $5,000 grant from X will help the Food Bank
# expand", "the donation will enable Harbor House to hire": the name receives.
GIFT_HELPS = deferred_pattern(
    r"""
    \b(?i:gift|grant|donation|contribution|funding|funds|pledge|sponsorship|commitment)s?\s   # the gift
    (?:(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\s)?                               # from X, of $5,000
    (?:will|would|shall|can|could|to|is\sgoing\sto)\s(?:also\s|further\s)?     # will
    (?:help|allow|enable|assist|let|aid|support)\s(?:the\s|The\s)?$          # help
    """,
    regex.VERBOSE,
)
# The name uses the gift after it: "Harbor House will use the $5,000 grant to hire".
USES_GIFT = deferred_pattern(
    r"""
    ^\s(?:will|would|plans\sto|intends\sto|is\susing|has\sused)\s(?:also\s)?(?:use|leverage)?\s?
    (?:the|this|these|its|their|(?<=(?:use|leverage)\s)an?)\s(?:[^.;]|(?<=\d)\.(?=\d)){0,50}?  # "plans to use a $5,000 gift"
    \b(?i:gift|grant|donation|contribution|funding|funds|money
      |(?<=[\d\s](?:million|billion|thousand|000)\s)(?:share|portion|award))s?\b  # "its $7 million share"
    """,
    regex.VERBOSE,
)

# An organisation used to describe the people who give: "Acme volunteer leaders and philanthropists ".
DESCRIBED_BY = deferred_pattern(
    r"\s+(?:[a-z][a-z\-]+\s+){0,3}(?:members?|leaders?|volunteers?|philanthropists?|trustees?|alumni|alumnus|alumna|supporters?|donors?|founders?|co-founders?|cofounders?|owners?|heirs?|chairs?|chairman|chairwoman|executives?|couple)(?:\s+(?:and|&)\s+(?:[a-z][a-z\-]+\s+){0,2}[a-z]+)?\s+"
    # "a donation from Leeds manufacturers, Orvik": a firm described by its town, then named
    r"|\s(?:[a-z][a-z\-]+\s){0,2}(?:manufacturers?|firms?|company|business|retailers?|brewery"
    r"|dealership|developers?|builders?|contractors?|bank|charity),\s"
)

# A clause crediting its means to someone's gift: "... with a $3 million gift from".
WITH_GIFT_FROM = deferred_pattern(
    r"(?:[^.;]|\.(?=\d)){0,120}?\b(?:with|through|thanks\sto|using|via|With|Through|Thanks\sto)\s"
    r"(?:(?:a|an|the|this|their)\s(?:[^.;]|\.(?=\d)){0,60}?)?"  # a headline drops the article: "with Donation from"
    # (a decimal point is no sentence end: "with a $2.5 million gift from")
    r"\b(?i:gift|grant|donation|contribution|pledge)s?\s+(?:(?i:of)\s[^.;]{0,30}?)?(?i:from)\b"
)

# Where the sentence's subject is based, opening its sentence: "Salem, Ore.-based |", "Leeds-based |".
BASED_OPENING = deferred_pattern(
    r"[\W_]{0,3}(?:\p{Lu}[\p{L}.-]*(?:,?\s\p{Lu}[\p{L}.-]*){0,3})-based\s"
)

# A group of people "of" a name heads the clause: "the winner of the Acme Challenge receives".
PEOPLE_OF = deferred_pattern(
    r"\b(?:winners?|recipients?|residents?|famil(?:y|ies)|patients?|fans)\s+of\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: tried from there only
)

# A name inside an appositive after its head: "Acme, the maker of Widgetly, ...".
APPOSITION_OF = deferred_pattern(
    r",\s(?:the|a|an|its|their)\s[^,;()]{1,120}?\b(?:of|for|at|behind|in|based\sin)\s(?:the\s)?$"
)


def _apposition_of(text: str, lo: int, hi: int) -> bool:
    """Whether APPOSITION_OF matches in ``text[lo:hi]``: it needs a comma and ends on
    "of", "for", "at", "behind" or "in" (then a space, a "the " and a line end at most)."""
    end = text[max(lo, hi - 8) : hi]
    if not ("of" in end or "or" in end or "at" in end or "in" in end or "nd" in end):
        return False
    return text.find(",", lo, hi) >= 0 and APPOSITION_OF.search(text, lo, hi) is not None


# Between two names joined as one party: "Acme and Zenith", "Acme, a family firm, and Zenith".
JOINED = deferred_pattern(
    r"(?:\s*\([^()]{1,100}\))?(?:,\s\p{Ll}[^,;.()]{2,80}|,\s\d{1,3}(?=,))?\s*(?:and|&|&amp;|,\sand|AND)\s*(?:the\s|The\s)?"
    r"(?:(?:his|her|their)\s(?:late\s)?(?:wife|husband|spouse|partner),?\s)?"  # "Ann Roe, 88, and her husband Tom"
)
# An article right before a name: "signed an MoU to donate" is no subject's verb.
INDEFINITE = deferred_pattern(r"\b(?:a|an)\s$")

# An announced gift that names its announcer as the receiver: "has announced the largest gift
# ever given to the school", "a $5 million gift from a graduate".
ANNOUNCED_GIFT_TO_US = deferred_pattern(
    r"""
    ^[^.;]{0,100}?\b(?:
        (?:given|made|donated|pledged)\sto\s(?:the|our|its)\s
        (?:school|university|college|hospital|museum|library|institution|organi[sz]ation|charity)\b
      | from\s(?:a|an|one|two)\s(?:[\p{Ll}-]+\s){0,2}?
        (?:graduate|alumnus|alumna|alumni|donor|couple|family|resident|benefactor|friend|patient)s?\b
    )
    """,
    regex.VERBOSE,
)

# The office of the person named next, after the organisation: "Orvik Capital| managing
# director |Jo Lee".
OFFICE_BETWEEN = deferred_pattern(
    r"""
    ['’]?s?\s(?:(?i:managing|executive|general|regional|branch|chief|senior|deputy)\s)?
    (?i:director|president|ceo|chairman|chairwoman|chair|founder|co-founder|owner|manager
      |executive\sofficer|head|partner|principal)
    (?:\s&\s(?i:ceo|founder|owner))?,?\s
    """,
    regex.VERBOSE,
)

# A spokesman's "said it would": the "it" that gives is not the speaker.
SAID_IT = deferred_pattern(r"\b(?:said|says)\s(?:that\s)?(?:it|they|the\s\w+)\b")

# An appositive that makes a name a person speaking for an organisation.
PERSON_APPOSITIVE = deferred_pattern(
    r"\s*,\s(?:the\s|its\s|our\s)?(?:[\w-]+\s){0,3}(?:president|director|ceo|chair(?:man|woman)?|founder|co-founder|manager|officer|head|trustee|spokes(?:person|man|woman))\b",
    regex.IGNORECASE,
)

# A group placed somewhere, before the place's name: "100 businesses in| Ohio will receive".
PLACE_OF_GROUP = deferred_pattern(
    r"\b(?:businesses|students|schools|families|households|residents|nonprofits|organi[sz]ations"
    r"|farmers|teachers|startups|communities|charities|clubs|children|youths?|veterans)"
    r"\s(?:in|throughout|across)\s$"  # "Twelve communities throughout| New Zealand"
)

# A body picked to receive: "have chosen| Harbor House |as the recipient of this gift".
CHOSEN_BEFORE = deferred_pattern(
    r"\b(?i:chose|chosen|choose|chooses|choosing|selected|selects|select|picked|picks|named|names)"
    r"\s(?:the\s|The\s)?$"
)
CHOSEN_AS_AFTER = deferred_pattern(
    r"""
    \sas\s(?:the\s|its\s|their\s|this\syear['’]s\s)?(?:sole\s|main\s|primary\s|first\s)?
    (?:recipients?|beneficiar(?:y|ies)|grantees?)\s(?:of|for)\s                 # as the recipient of
    (?:the|this|that|its|their|his|her|a|an)\s(?:[\p{L}$€£\d.,-]+\s){0,4}?
    (?:donations?|gifts?|grants?|contributions?|funding|proceeds|pledges?)\b     # this donation
    """,
    regex.VERBOSE,
)

# One body placed somewhere, before the place's name: "A hospital network in| the Vale Region
# received": the body receives, the place does not.
ONE_PLACED_IN = deferred_pattern(
    r"""
    \b(?:A|An|One|a|an|one)\s(?:[\p{Ll}-]+\s){0,2}
    (?:network|hospital|school|company|firm|charity|nonprofit|non-profit|organi[sz]ation|group
      |university|college|clinic|shelter|centre|center|church|museum|library|business|family
      |agency|club|team|student|resident|man|woman|couple|startup|district)
    \sin\s(?:the\s)?$
    """,
    regex.VERBOSE,
)

# A region a body is in, before the place's name: "the first nonprofit in north| Alabama |to
# receive": the place receives nothing.
IN_REGION = deferred_pattern(
    r"\sin\s(?:the\s)?(?:(?i:north|south|east|west|northern|southern|eastern|western|central"
    r"|northeast|northwest|southeast|southwest|upstate|downstate|rural|greater|all\sof)\s)?$"
)

# A purchase before "from": what follows "from" is a seller ("the purchase of its kits from Acme").
BOUGHT_FROM = deferred_pattern(r"\bpurchas(?:e|es|ed|ing)\s(?:of\s)?[^.;,]{0,60}from\s(?:the\s)?$")

# Thanks or honours "from" a body: the body thanks a giver, it gives nothing.
# A partner joined to the subject of a gift: "Acme has partnered with| Zenith to donate",
# "Acme, together with| Zenith, donated".
PARTNER_BEFORE = deferred_pattern(
    r"(?:\b(?:partnered|partnering|teamed\sup|teaming\sup|joined\sforces|joining\sforces)\swith"
    r"|,\s(?:together|along)\swith)\s(?:the\s|The\s)?$"
)
PARTNER_GAVE_AFTER = deferred_pattern(
    r",\s(?:has\s|have\s|also\s|will\s|jointly\s){0,2}"
    r"(?:donat|gave|give|award|grant|pledg|contribut|present|provid|rais)\w*\s"
)
PARTNER_GIVES_AFTER = deferred_pattern(
    r"\sto\s(?:jointly\s|together\s)?(?:donate|give|grant|award|fund|provide|present|contribute"
    r"|pledge|raise)\b"
)
# The verb before a gift noun: "Keller Mills has |made a |donation" names its giver.
MADE_A_BEFORE = deferred_pattern(
    r"\b(?:made|makes|make|making|gave|gives|give|giving)\s(?:a|an|its|their|another|the)\s"
    r"(?:[\w$€£.,-]+\s){0,3}$"
)


# Thanks to a giver for its gift: "Harbor House thanks| Acme |for its generous donation",
# "is grateful to| Acme |for their support of".
THANKED_BEFORE = deferred_pattern(
    r"\b(?i:thank(?:s|ed|ing)?|(?:grateful|gratitude)\sto|appreciat(?:es|ed|ing)?)\s(?:the\s|The\s)?$"
)
THANKED_FOR_AFTER = deferred_pattern(
    r"""
    \sfor\s(?:its|their|his|her|the|this|that|these|your|a|an)\s(?:[\p{L}$€£\d.,-]+\s){0,4}?
    (?:donations?|gifts?|grants?|contributions?|sponsorship|pledges?|generosity|funding)\b
    """,
    regex.VERBOSE,
)
# The rest of a thanked list, then the gift it is thanked for: "Acme| and to Jo, who
# nominated us, for this generous donation".
THANKED_AND_FOR = deferred_pattern(
    r"""
    \sand\s(?:to\s)?(?:the\s)?[^.;:!?]{1,80}?                       # and to Jo, who nominated us,
    \sfor\s(?:its|their|the|this|that|these|your)\s(?:[\p{L}$€£\d.,-]+\s){0,4}?
    (?:donations?|gifts?|grants?|contributions?|sponsorship|pledges?|generosity|funding)\b
    """,
    regex.VERBOSE,
)
THANKED_AFTER_GIFT = deferred_pattern(
    r"""
    ,?\s(?:following|after|upon)\s(?:the|its|their|his|her|this|a|an)\s   # , following the
    (?:[\p{L}$€£\d.,-]+\s){0,4}?
    (?:donations?|gifts?|grants?|contributions?|sponsorship|pledges?)\b    # donation
    """,
    regex.VERBOSE,
)
THANKS_FROM = deferred_pattern(
    r"\b(?i:thanks|praise|recognition|gratitude|applause|honou?rs?)\sfrom\s(?:the\s|The\s)?$"
)

# The last words of an owner's programme: its owner gives through it (see GUIDELINES).
_OWN_PROGRAMMES = (
    "Initiative", "Program", "Programme", "Fund", "Foundation", "Scheme", "Campaign", "Grant",
    "Grants", "Scholarship", "Award", "Awards", "Challenge", "Project",
)  # fmt: skip
# A possessive right before the next name: "from Leeds’s| Orvik Hotel".
POSSESSIVE_THEN_NAME = deferred_pattern(rf"{APOSTROPHE}s?\s(?:the\s)?\p{{Lu}}")

# People "from" a place or a group: "scholarships for students from| Ohio" names no giver.
PEOPLE_FROM = deferred_pattern(
    r"""
    \b(?:students|pupils|children|kids|youths?|families|residents|people|those|participants
      |athletes|teams|visitors|refugees|patients|applicants|immigrants|farmers|women|men
      |veterans|graduates|workers|teachers|artists|delegates|representatives
      |(?<=\b(?:[Tt]he|[Aa]n?|[Mm]ystery|[Aa]nonymous)\s)(?:donor|benefactor|couple)  # "The donor, from Leyton,"
      |(?<=\b[Aa]n?\s(?:[\p{Ll}-]+\s){0,3})(?:teacher|farmer|man|woman|pensioner|retiree|widow|widower
        |grandmother|grandfather|mother|father|girl|boy|native))          # "Jo Roe, a retired teacher from Leeds,"
    ,?\s(?:(?:hailing|coming|originally|who\sare)\s)?from\s(?:the\s|The\s)?$    # "students hailing from the"
    """,
    regex.VERBOSE,
)

# Before a donor: "from", "by", "courtesy of", "thanks to", "made possible by".
DONOR_BEFORE = deferred_pattern(
    r"""
    (?:
        \bfrom
      | \b(?i:awarded|given|donated|granted|funded|sponsored|provided|made(?:\spossible)?|offered|presented|pledged|handed
          |raised|matched|supported|contributed|gifted|backed|underwritten|financed|endowed|established|paid\sfor
          |bequeathed|(?<=\bbeen\s)left(?=\s(?:US|A|C|NZ)?[$€£]\d)     # "has been left £9,000 by"
          |(?<=(?:[$€£]\d[^.;]{0,30}?|funds|money|grants)\s(?:was|were|is|are|being|has\sbeen|have\sbeen)\s)distributed
          |(?<=(?i:fund|scholarships?|grants?)\s(?:is|was|are|were)\s)powered)
        (?:\s+[\w.&'’$€£,-]+){0,5}?\s+by
      | \b(?:donation|gift|grant|pledge|contribution)s?\sby                 # "the donation by Mr. Roe"
      | (?<=[$€£\d][^.;]{0,40}?)\bin\sthe\s(?:last\s)?will\sof              # "£9,000 in the will of Jo Roe"
      | \bbut\salso\sby                                                     # "not only by X, but also by Y"
      | (?<!\b(?:channel+ed|routed|disbursed)\s)\bthrough  # (not "channelled through UNICEF": a receiver)
      | \bvia|\bcourtesy\sof|\bthanks\sto|\bgenerosity\sof|(?<!\bin\s)\bsupport\sof(?=\s(?:the\s)?\p{Lu})  # (not "in support of": a cause)
      | (?<!\b(?:delivered|run|administered|implemented|managed|operated|developed|designed)\s)  # (a programme's delivery partner)
        \bin\s(?:partnership|conjunction|association)\swith(?:\s(?:major\s)?(?:donors?|sponsors?|partners?))?
      | \bpartnered\swith|\bjoined\sby|\bdonors?
      | (?<!\b(?:to|will|would|shall|can|could|may|might|proudly)\s(?:co-)?)\bsponsors?  # (not "to co-sponsor the series", "will sponsor the Act")
      | \b(?:donors|sponsors)(?:,\s(?:[^,;]|,(?=\d)){2,60},)?\s(?:also\s)?(?:include[sd]?|were|are)  # "The other donors were"
    )
    \s+(?:the\s|The\s|its\s|their\s|longtime\s|local\s|late\s){0,2}             # "from the late Jane Roe"
    (?:(?:our|their|its)\s(?:good\s)?(?:friends|partners)\sat\s(?:the\s)?    # "by our friends at Orvik"
      |(?:wonderful|generous|amazing|kind|great)\s)?                        # "by the wonderful Orvik team"
    (?:(?:a|an)\s[\w\s\-]{2,40},\s(?:the\s)?)?                 # "by a for-profit company, Orvik"
    (?:(?:estate|family|collection|heirs)\sof\s(?:the\s)?(?:late\s)?)?  # "from the estate of the late Jane Roe"
    (?:(?:private\s|personal\s|art\s)?collection\sof\s)?           # "from the collection of Jane Roe"
    (?:(?:his|her|their|[\p{Ll}-]{2,15}['’]s)\s(?:late\s)?(?:great-)?(?:grand)?  # "by the sitter's granddaughter,|
       (?:daughter|son|widow|widower|wife|husband|niece|nephew|sister|brother|children|heirs?)s?,\s)?  # Jane Roe"
    (?:(?:[\p{Ll}-]{2,15}\s){0,3}?                                   # "billionaire hedge fund| manager"
       (?:collector|philanthropist|businessman|businesswoman|alumnus|alumna|benefactor|entrepreneur
        |artist|author|investor|founder|resident|donor|couple|singer|actor|actress|filmmaker|producer
        |director|musician|athlete|player|coach|rapper|comedian|billionaire|manager|magnate|heir
        |heiress|graduate|executive|banker|supporter|friend|trustee|volunteer|parent|(?i:mr|mrs|ms|dr)\.
        |painter|photographer|sculptor|curator|writer|poet|historian)s?
       (?:(?:,\s[a-z]+){0,3},?\s(?:and|&)\s[a-z]+)?\s              # "from filmmaker and philanthropist Jane Roe",
                                                                   # "from photographer, curator, and collector Jo Roe"
     | (?:\p{Lu}\p{Ll}{2,15}\s){0,2}?                                    # "from local manufacturer| Orvik",
       (?:(?!(?!leading)[\p{Ll}-]+ing\s)[\p{Ll}-]{2,15}\s){0,3}?  # (not "from building firm X": a verb)
       (?:manufacturer|maker|firm|company|retailer|developer|builder|contractor|supplier  # "from door
        |distributor|brewery|bakery|dealership|grocer|startup|lender)s?,?\s)?           #  makers, Orvik"
    (?:\p{Lu}[\p{L}|]{1,20}['’]s\s)?                              # "by Acme's Founder & CEO Jane Roe": the office
    (?:(?:Founder|Co-Founder|President|CEO|Chair(?:man|woman)?|Owner|Chief\sExecutive\sOfficer)(?:,\s|\s&\s|\sand\s|\s)){0,4}
    $
    """,
    regex.VERBOSE,
)

# A finite passive whose participle is itself a strong cue: "the van was donated by
# Acme", "the fund is endowed by the Roe family". ("provided by", "awarded by",
# "granted by" name service providers, prize juries and patent offices as often as
# givers; "a van, donated by Acme," in passing is often not the gift announced.)
# DONOR_BEFORE's "a donation by X" branch: the gift noun is its own cue.
GIFT_NOUN_BY = deferred_pattern(r"(?:donation|gift|grant|pledge|contribution)s?\sby\b")
PASSIVE_GIVEN = deferred_pattern(r"(?i:donated|gifted|pledged|endowed|presented|bequeathed|left)\b")
# Goods or money a reduced passive speaks of: "the items |donated by NEMA include rice".
GIVEN_THINGS = deferred_pattern(
    r"""
    \b(?:items|materials|supplies|goods|equipment|funds|money|food|products|computers|laptops
      |books|toys|vehicles|medicines|relief\sitems)\s$
    """,
    regex.VERBOSE,
)
PASSIVE_AUX = deferred_pattern(
    r"\b(?i:was|were|is|are|been|being)\s(?:\p{Ll}+ly\s)?$"
)  # "was kindly"

# Words one of which DONOR_BEFORE needs ("joined by", "but also by" hold "by"),
# looked for before it.
DONOR_WORDS = (
    "from", "by", "through", "via", "courtesy", "thanks", "generosity", "support",
    "partnership", "partnered", "donor", "sponsor", "conjunction", "association",
)  # fmt: skip


def _has_donor_word(before: str) -> bool:
    """Whether one of DONOR_WORDS is in ``before`` (plain tests: faster than a pattern)."""
    return (
        "by" in before
        or "from" in before
        or "through" in before
        or "via" in before
        or "courtesy" in before
        or "thanks" in before
        or "generosity" in before
        or "support" in before
        or "partnership" in before
        or "partnered" in before
        or "donor" in before
        or "sponsor" in before
        or "conjunction" in before
        or "will of" in before
        or "association" in before
    )


# Before a recipient: "to", "for", "to support", "in support of", "benefiting".
RECIPIENT_BEFORE = deferred_pattern(
    r"""
    \b(?:                                                            # (a word opens every branch)
        \bto(?<!\b(?i:adjacent|next|close|closer|near|nearby|due|according|prior|home)\sto)   # "land adjacent to the reservoir"
        (?:\ssupport|\sbenefit|\shelp|\sfund)?
      | \bto\s(?:a|an|the|its)\s[^,.;()]{3,50}?\s(?:at|of)          # "to a research centre at Utrecht University"
      | \bto\s(?:help\s)?(?:establish|create|endow|fund)\s(?:a|an|the|its)\s[^,.;()]{3,60}?\sat  # "to establish the Roe Center at"
      | \bto\s(?:help\s)?build\s(?:a|an|the|its)\s(?:new\s)?(?:centre|center|wing|hall|institute)\b[^,.;()]{0,50}?\sat  # "to build a centre for X at"
      | \b(?:channel+ed|routed|disbursed)\sthrough                   # "channelled through UNICEF"
      | \b(?:for|towards?)\sthe\s(?:expansion|construction|renovation|upgrade|building|creation|restoration
          |rehabilitation|refurbishment)\sof  # "for the expansion of Hoag's campus", "towards the rehabilitation of"
      | \b(?:needs|priorities)\s(?:at|of)                                    # "to support the greatest needs at X"
      | \bfor|\bTO|\bFOR|\bFor(?=\s\p{Lu})
      | \bin\ssupport\sof|\bsupporting|\bbenefit(?:ing|s)?|\btowards?
      | \bwith(?<!\b(?i:integration|integrated|along|together)\swith)   # not "an integration with X"
          (?<!\b(?i:check|checked|checking|consult|consulted|consulting|met|meet|meeting|spoke|speaking|talked|talking)\swith)  # nor "checked with the IRS"
      | \binvest(?:s|ed|ing)?\s[^;!?]{0,50}?\sin                             # "is investing $3.2 million in X"
      | \b(?<!(?i:advised)\s)(?i:fund|scholarship|chair|professorship|endowment|wing|fellowship)s?\s(?:at|for)  # "a scholarship fund at X"
      | \bto\s+(?:[\p{Ll}\d][\p{L}\d\-]*\s+){1,8}(?:and|&)      # "to 92 low-income countries and the African Union"
      | \bto\s(?:[\p{Ll}\d][\p{L}\d\-]*\s){0,4}\p{Ll}[\p{L}\-]*s\s?[–—:]   # "to four local bodies – the X; Y; and Z"
      | \b(?:universities|colleges|organi[sz]ations|nonprofits|charities|schools|hospitals|groups
          |recipients|grantees|institutions|agencies|banks|pantries|shelters|museums|clinics
          |hospices|foundations|causes)\b[^.;]{0,20}?\b(?:including|such\sas|namely
          |(?:that|which)\sinclude)                                         # "food banks that include X"
      | \bto\s(?:two|three|four|five|six|\d)\s(?:[\p{Ll}-]+\s)?(?:researchers|scientists|scholars|students
          |fellows|winners|honorees|recipients),                      # "to two researchers, Ann Roe and ..."
      | \bto\s(?:a|an|the|its|their)\s(?:[\p{Ll}-]+\s){0,3}                 # "to the local food bank, Harbor Pantry"
          (?:charity|nonprofit|non-profit|organi[sz]ation|bank|pantry|shelter|hospital|hospice
            |school|foundation|museum|library|university|college|club|society|centre|center
            |clinic|trust),
    )
    \s+(?:both\s(?=the\s))?                                          # "to both the X and the Y"
    (?:the\s|The\s|THE\s)?(?:local\s|nonprofit\s|non-profit\s|charity\s|organization\s)?
    (?:(?:country|city|nation|state|province|region|town|county)['’]s\s)?  # "to the country’s X"
    (?:(?:\p{Ll}+-(?:funded|based|run)\s)?NGO\s)?                     # "to the self-funded NGO ‘Seva’"
    (?:(?:local|national|regional|global|community|mental\shealth)\s          # "to national charity X"
       (?:charity|nonprofit|non-profit|organi[sz]ation)\s)?
    (?:['‘“"])?                                                      # "to ‘Harbor Relief Trust’": a quoted name
    $
    """,
    regex.VERBOSE,
)

# (Each lookbehind stands after the literal it guards: tried only where that word is.)

# The last word of each RECIPIENT_BEFORE branch: one of the last three words before
# a name ends with one when the pattern matches (a "the" and a "local" may follow).
RECIPIENT_BEFORE_ENDS = (
    "to", "support", "benefit", "help", "fund", "at", "of", "for", "TO", "FOR", "For",
    "charity", "nonprofit", "non-profit", "organisation", "organization", "NGO",
    "supporting", "benefiting", "benefits", "toward", "towards", "with", "in", "and", "&",
    "–", "—", ":", "including", "as", "namely", "researchers,", "scientists,", "scholars,",
    "students,", "fellows,", "winners,", "honorees,", "recipients,",
    "through",
    "charity,", "nonprofit,", "non-profit,", "organisation,", "organization,", "bank,", "pantry,",
    "shelter,", "hospital,", "hospice,", "school,", "foundation,", "museum,", "library,",
    "university,", "college,", "club,", "society,", "centre,", "center,", "clinic,", "trust,",
)  # fmt: skip

# The same two, searched in reverse from the end they are anchored at: a quick test
# of whether they match at all before the forward search finds the leftmost match.
DONOR_BEFORE_R = deferred_pattern(DONOR_BEFORE.pattern, DONOR_BEFORE.flags | regex.REVERSE)
RECIPIENT_BEFORE_R = deferred_pattern(
    RECIPIENT_BEFORE.pattern, RECIPIENT_BEFORE.flags | regex.REVERSE
)


def _ends(pattern: regex.Pattern[str], before: str) -> bool:
    """Whether a REVERSE pattern ending in ``$`` matches at the end of ``before``.

    ``$`` also holds before a final line end; otherwise only a match at the very
    end counts, and ``match`` tries that one place instead of every position.
    """
    if before.endswith("\n"):
        return pattern.search(before) is not None
    return pattern.match(before) is not None


# Verbs taking the recipient as first object: "presented Acme with", "awarded Acme a".
DATIVE_VERB = deferred_pattern(
    r"\b(?:present(?:s|ed)?|award(?:s|ed)?|gave|giv(?:e|es|en|ing)|grant(?:s|ed)?|hand(?:s|ed)?"
    r"|offer(?:s|ed)?)\s+(?:the\s)?$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: tried from there only
)
DATIVE_AFTER = deferred_pattern(r"^\s+(?:with\b|a\b|an\b|\$|€|£|its\b|their\b)")
# The gift noun of a double object, near: "the Food Bank a $5,000 grant".
DATIVE_NOUN = deferred_pattern(
    r"^\s+(?:a|an|the)\s[^;:()]{0,40}?\b(?i:grants?|donations?|gifts?|checks?|cheques?|awards?|scholarships?)\b"
)  # (or "the": "is giving the hospital |the grant|")
_DATIVE_OPENINGS = frozenset("wa$€£it")  # the first characters of DATIVE_AFTER's words
# "will provide| Vale Hospital |with $2 million": provided with money, the name receives.
PROVIDE_BEFORE = deferred_pattern(
    r"\bprovid(?:e|es|ed|ing)\s+(?:the\s)?$", regex.IGNORECASE | regex.REVERSE
)
PROVIDED_WITH = deferred_pattern(
    r"""
    ^\s+with\s(?:a\s|an\s)?(?:(?:more\sthan|over|nearly|about|up\sto)\s)?   # with a, with more than
    (?:[$€£]|(?:US|A|C|NZ)\$|(?:[\w-]+\s){0,3}?(?i:grants?|donations?|funding|funds|gifts?)\b)  # $2 million, a grant
    """,
    regex.VERBOSE,
)

# The characters APOSTROPHE matches, for a plain test before POSSESSIVE_GIFT.
_APOSTROPHES = frozenset("'\u2019\u02bc\u2032")
# A possessive before a gift noun: "Acme's $1 million gift", "Acme’s generous donation".
POSSESSIVE_GIFT = deferred_pattern(
    rf"""
    ^{APOSTROPHE}s?\s+
    (?:
        (?:(?:[^\s.;,]{{1,20}}|[$€£]\d[\d.,]{{0,15}})\s+){{0,3}}?   # "$1 million", "generous", "$25,000"
        (?:gift|grant|donation|pledge|contribution|sponsorship|endowment)s?\b
        (?!\s+(?:recipients?|winners?|awardees?|grantees?|applicants?|applications?|writ\w*))  # "Ohio's grant recipients"
      | (?:[^\s.;,]{{1,20}}\s+){{0,2}}?[$€£][\d.,]+(?:[\s-]?(?:million|billion|thousand|[mkb]n?)\b)?\s
        (?:[^\s.;,]{{1,20}}\s+){{0,2}}?(?:commitment|support|funding|investment)\b   # "Acme's $2 million commitment"
      | (?:[^\s.;,]{{1,20}}\s+){{0,3}}?                               # "the club's annual golf outing raised"
        (?:outing|tournament|classic|gala|auction|fundraiser|dinner|walk|radiothon|telethon|raffle)s?
        \s+(?:has\s|have\s)?(?:raised|netted|generated|collected)\s+(?:more\sthan\s|over\s|nearly\s)?[$€£]\d
        (?![\d.,]*(?:\s(?:million|billion|thousand))?\s(?:for|to)\s(?:its|their)\b)  # (not "for its programs")
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A name right before a gift noun: "Dow Chemical Foundation Grant of $250,000".
COMPOUND_GIFT = deferred_pattern(
    r"^\s+(?:gift|grant|donation|pledge|contribution)s?\b(?!\s+(?:program|programme|application|cycle|recipients?|winners?|awardees?|grantees?|writing))",
    regex.IGNORECASE,
)
# A headline verb whose subject receives the gift it names: "X Confirms Y Donation",
# "X Welcomes $2 Million Gift from Y", "X Thanks Y for Grant".
TITLE_RECEIVER = deferred_pattern(
    r"^\s(?:Confirms|Welcomes|Thanks|Accepts|Acknowledges|CONFIRMS|WELCOMES|THANKS|ACCEPTS)\s"
    r"[^.;!?]{0,60}?\b(?i:donations?|gifts?|grants?|pledges?|contributions?)\b"
)

# The receiving body announcing a gift someone else makes: "The Harbor Museum announces a
# major gift of 300 prints from collector Jo Roe", "Vale College has announced a $2 million
# donation from the Roe family". The announcer receives (a gift "from its own foundation"
# or one passed on "to" a third party is another construction).
ANNOUNCES_GIFT_FROM = deferred_pattern(
    r"""
    ^\s(?:(?:has|have|today|recently|proudly|officially|is\s(?:pleased|proud|delighted|thrilled|honou?red)\sto)\s){0,3}
    (?:announce[sd]?|announcing|celebrates|celebrated|welcomes|welcomed|unveils|unveiled)\s  # the announcer's verb
    (?:the\s|a\s|an\s)?(?:[^\s.;]+\s){0,5}?                       # "a major", "a $2 million", "an extraordinary"
    (?i:gift|donation|bequest|legacy)s?\s                          # the gift
    (?:(?:of|valued\sat|worth)\s(?:[^.;]|(?<=\d)\.(?=\d)){1,120}?\s)?  # "of over 500 photographs"
    from\s(?!(?:its|their|our|his|her|the\scompany|employees|staff|customers)\b)  # from someone else
    (?P<giver>[^.;]{1,120})                                        # the giver and the rest
    """,
    regex.VERBOSE,
)
# The generic words of a body's second half: "(the Roe Museum and) Art Gallery".
_INSTITUTION_WORDS = frozenset(
    "Art Arts Gallery Galleries Museum Library Archives Garden Gardens Center Centre"
    " Sculpture Park Collection Collections Study".split()
)
# A party described by the body it is tied to: "a family with extensive ties to |Vale College".
TIES_TO = deferred_pattern(
    r"\b(?:with|has|have|had)\s(?:[\p{Ll}-]+\s){0,2}(?:ties|links|roots|connections)\s(?:to|with|in)\s(?:the\s)?$"
)
# Goods counted "from" a giver, then said given: "Two tons of rice from |Orvik Foods and ...
# have been donated to Harbor Food Bank".
GOODS_FROM = deferred_pattern(
    r"""
    (?:^|[\s(])(?:\d[\d,.]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))
    (?:[\s-](?:tons?|tonnes?|pounds?|lbs?\.?|kilos?|kilograms?|boxes|cases|crates|pallets|truckloads?|bags|cartons))?
    \s(?:of\s)?(?:[\p{L}'’-]+\s){0,4}?from\s(?:the\s)?$               # "five tons of Sara Lee bread from"
    """,
    regex.VERBOSE,
)
# The goods said given "to" someone after the giver: "... have been donated to".
GOODS_GIVEN_TO = deferred_pattern(
    r"""
    ^(?:[^.;!?]|(?<=\d)[.,](?=\d)){0,160}?
    \b(?:has|have|was|were|is|are|had)\s(?:(?:now|also|just|recently)\s)?(?:been|being)\s
    (?:donated|given|gifted|delivered|presented|handed\sover)\sto\s     # "have been donated to"
    """,
    regex.VERBOSE,
)


def _goods_from(before: str, after: str) -> bool:
    """Whether the name between ``before`` and ``after`` gives goods counted before it."""
    return GOODS_FROM.search(before) is not None and GOODS_GIVEN_TO.match(after) is not None


# A place "on" which something happens, or the one joined to it: "on (Hawaii's) |Maui and
# the |Big Island".
ON_PLACE_BEFORE = deferred_pattern(r"\s(?:on|On)\s(?:the\s)?(?:\p{Lu}[\p{L}.-]+['’]s\s)?$")


def _on_place(text: str, names: list[Name], k: int) -> bool:
    """Whether ``names[k]``, or the name it is joined to by "and", follows a place's "on"."""
    name = names[k]
    lo = max(0, name.start - 40)
    if ON_PLACE_BEFORE.search(text, lo, name.start) is not None:
        return True
    if k == 0 or text[names[k - 1].end : name.start] not in (" and ", " and the ", " & "):
        return False
    prev = names[k - 1]
    return ON_PLACE_BEFORE.search(text, max(0, prev.start - 40), prev.start) is not None


# A giver named as the latest of several: "| was the most recent bank to partner donating".
LATEST_TO_GIVE = deferred_pattern(
    r"""
    \s(?:is|was|became|becomes)\s(?:the|one\sof\sthe)\s
    (?:latest|most\srecent|newest|first|second|third|last)\s(?:[\p{Ll}-]+\s){0,2}?   # "most recent bank"
    to\s(?:(?:partner|join\sin|step\sup|come\sforward)[,\s]\s?(?:by\s|with\s)?)?  # "to partner,"
    (?:donat(?:e|ing)|giv(?:e|ing)|contribut(?:e|ing)|pledg(?:e|ing)|gift(?:ing)?)\b
    """,
    regex.VERBOSE,
)
# The people of a giver, capitalised as a house style: "Acme and their |Guests| raised".
_OWN_PEOPLE_WORDS = frozenset(
    "Guests Customers Members Associates Employees Clients Shoppers Patrons Fans Colleagues"
    " Volunteers Team Crew".split()
)
# The last words of a newspaper's or a wire's name, and the verb by which it tells a story.
_NEWS_HEADS = (
    "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Press",
    "Chronicle", "Telegraph", "Reuters", "Bloomberg", "Inquirer", "Guardian", "Observer",
    "Courier", "Record", "Examiner", "Independent", "Mail", "Express", "Sun", "Star",
)  # fmt: skip
NEWS_REPORTED = deferred_pattern(r"\s(?:has\s|had\s)?(?:reported|reports|said|says|wrote|writes)\b")
# The gift as the clause's subject after an opening phrase: "In support of X|, the gift will".
THE_GIFT_CLAUSE = deferred_pattern(
    r""",\s(?:the|this|their|its|his|her)\s(?:[\w$€£,.-]+\s){0,2}?
    (?i:gift|donation|grant|pledge|contribution|bequest)s?\s
    (?:will|would|is|was|has|also|includes?|establishes|funds|creates)\b""",
    regex.VERBOSE,
)
# A second predicate of the subject that receives: "| provides care, and has recently received a".
AND_THEN_RECEIVED = deferred_pattern(
    r"""
    \s(?:[^.;:!?"“”]){1,160}?,?\sand\s(?:(?:has|have|had|also|recently|just|now)\s){0,3}
    (?:received|been\s(?:given|awarded|presented\swith|left))\s
    (?:an?\s|the\s)?(?:[^\s.;]+\s){0,4}?(?:[$€£]\d|(?:US|A|C|NZ)\$|(?i:donation|gift|grant|bequest|legacy|cheque|check)s?\b)
    """,
    regex.VERBOSE,
)
# The body's word on how the gift will serve it: "|says the gift will support its plans".
SAYS_GIFT_WILL = deferred_pattern(
    r"""
    ^\s(?:says|said)\s(?:that\s)?(?:the|this|its)\s(?:[\w$€£,.-]+\s){0,3}?
    (?:gift|donation|bequest|pledge|money)\s(?:also\s)?(?:will|would)\s(?:also\s)?
    (?:support|fund|go\s(?:toward|towards)|be\sused|pay\sfor|allow\s(?:it|us)|help\s(?:it|us|pay|fund|build|renovate))\b
    """,
    regex.VERBOSE,
)
# A gift passed on to a named third party: "... from the Roe Fund to Harbor House".
_ONWARD_TO = deferred_pattern(r"\bto\s(?:the\s)?\p{Lu}")


# A headline announcing a giver's own award programme: "Acme Law Offers Grants for
# Coaches", "Acme Announces the Bright Futures Scholarship". The weak plural or
# "scholarship" then needs no sum in the headline (the sum is in the body, if anywhere).
TITLE_PROGRAMME = deferred_pattern(
    r"""
    \b(?i:announces|launches|offers|unveils|introduces|establishes|creates
          |(?:accepting|opens|invites)\sapplications\s(?:for|to))\s                 # the giver's verb
    (?:(?:the|a|an|its|new|New|annual|Annual|inaugural|Inaugural|\d{4})\s){0,3}  # the new 2025
    (?:[\p{Lu}\d][\p{L}\d'’&-]*:?\s|(?:in|of|for|and|the|&)\s){0,8}            # Justice in Rural Areas, SPARK:
    (?:Scholarships?|Grants|Bursar(?:y|ies)|scholarships?|grants|bursar(?:y|ies))\b
    (?!\s(?:(?i:program|programme)\s)?(?i:winners?|recipients?|finalists?|awardees?))  # not the winners
    """,
    regex.VERBOSE,
)

# The subject's own giving named later in its sentence: "... its history of philanthropy".
ITS_PHILANTHROPY = deferred_pattern(r"\b(?:its|their)\s(?:[\w-]+\s){0,4}?(?i:philanthrop)")
# The subject's own gift to a receiver named right after: "Acme announced that its 2020
# donation to |Harbor Paws has trained ten dogs".
ITS_GIFT_TO = deferred_pattern(
    r"\b(?:its|their)\s(?:[\w-]+\s){0,3}?(?:donation|gift|grant|contribution|pledge)s?\sto\s(?:the\s)?$"
)
# A pledge of backing, not of money: "pledged strong support for", "Pledges Continued Support".
PLEDGED_SUPPORT = deferred_pattern(
    r"(?i:\bpledg\w*\s(?:(?:its|their|his|her|our|strong|full|continued|ongoing|unwavering"
    r"|total|firm|political|public)\s){0,2}support)\b"
)

# Money handed to the next name: "allocated to the |ICRC", "$5,000 was given to |Harbor House".
HANDED_TO_BEFORE = deferred_pattern(
    r"""
    \b(?:allocated|donated|given|gave|granted|awarded|presented|distributed|directed|sent
      |contributed|earmarked|transferred|disbursed|went|goes|go  # the handing verb
      |(?:gift|donation|grant|commitment|pledge|contribution)s?)  # "'s $3 million commitment to"
    \s(?:[^.;:]{0,60}?\s)?to\s(?:the\s|The\s)?$                 # "... to the "
    """,
    regex.VERBOSE,
)

# A promise to act, not to give: "pledged to randomly test its products", "pledges to cut
# emissions by half", "pledged to continue its work".
_PROMISE_VERBS = """
    continue keep work ensure make become reduce cut achieve protect uphold end stop test
    follow remain stay promote champion defend improve strengthen expand increase create build
    deliver hire train plant source eliminate maintain respect adopt join publish disclose halve
    double triple review monitor audit phase reach meet abide comply
""".split()
PLEDGED_TO_ACT = deferred_pattern(
    rf"""
    \bpledg(?:e|es|ed|ing)\s(?:publicly\s|today\s|also\s)?to\s   # "pledged to"
    (?:\p{{Ll}}+ly\s)?                                           # "randomly"
    (?:{alternation(_PROMISE_VERBS)})\b                           # "test", "cut"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# A named bursary, scholarship or award given to someone, without a sum: "A Youth Bursary,
# presented by Acme, is being awarded to Ann Roe", "Ann Roe is receiving the 2025 Larch Award".
AWARD_TO_SOMEONE = deferred_pattern(
    r"""
    \b(?:Bursary|Scholarship|Fellowship|Grant|Award)s?\b[^.;:]{0,80}?
      \b(?:is|was|are|were|has\sbeen|have\sbeen)\s(?:being\s)?(?:awarded|presented|given)\sto\s\p{Lu}
    | \b(?:is|are)\sreceiving\s(?:the|a|an|this\syear's|this\syear’s)\s
      (?:[\p{Lu}\d][\w'’&-]*\s|(?:of|for|and|in)\s){1,8}(?:Award|Bursary|Scholarship|Fellowship|Grant)\b
    | (?P<named>\b(?i:recipients?|winners?)\sof\s[^.;:]{3,80}?\s(?:is|are|was|were)\s(?=\p{Lu}))  # the recipient of it is |Ann Roe
    """,
    regex.VERBOSE,
)


def _without_home(name: Name) -> Name:
    """A person's name without the home town a run took in: "Ann Roe of Leeds" is Ann Roe."""
    cut = name.text.find(" of ")
    head = name.text[:cut] if cut > 0 else ""
    if not head or any(w.lower().rstrip(".,") in ORG_SUFFIXES for w in head.split()):
        return name
    if not 2 <= len(head.split()) <= 4:
        return name
    return Name(head, name.start, name.start + cut, "person")


# A funder named inside the grant a recipient won: "has been awarded an esteemed
# National Science Foundation (NSF) Phase II grant", "received a Gates Foundation award".
WON_A_BEFORE = deferred_pattern(
    r"\b(?:(?i:awarded|received|receives|won|wins|secured|secures|earned|earns|landed|lands)"
    r"|(?i:recipients?|awardees?|grantees?)\sof)"  # "a recipient of the Acme Foundation Grant"
    r"\s(?:a|an|the|its|their|two|three|several)\s(?:[\p{Ll}-]+\s){0,2}$",
    regex.REVERSE,  # anchored at the end: tried from there only
)
FUNDER_GRANT_AFTER = deferred_pattern(
    r"""
    ^(?:\s?\([^()]{1,20}\)|\s(?:\p{Lu}[\p{L}\d/&.-]*|[IVX]{1,4}|\d{1,4}|of|and|&)){0,8}  # "(NSF) Innovation Research (SBIR) Phase II", "Season 2"
    \s(?i:grants?|awards?|funding|fellowships?)\b
    """,
    regex.VERBOSE,
)

# The last word of a grant's capitalised name that may hold its funder: "Harbor Foundation Grant".
_FUNDER_GRANT_TAILS = (" Grant", " Grants", " Award", " Fellowship", " Scholarship")

# A grant named after the government that pays it: "Australian Government Grant".
GOVERNMENT_GRANT = deferred_pattern(
    r"(?P<head>(?:\p{Lu}[\p{L}-]*\s){1,3}Government)\s(?:Grants?|Funding|Grant\sProgram)$"
)

# The funder at the head of a longer capitalised run: "National Science Foundation
# Small Business", "Department of Energy Clean Fuels Pilot Award".
FUNDER_HEAD = deferred_pattern(
    r"""
    (?:\p{Lu}[\p{L}.&'’-]*\s){0,4}?
    (?:Foundation|Trust|Fund|Agency|Administration|Council|Commission|Institutes?|Endowment
      |Department|Ministry|Office|Authority)
    (?:\sof\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s(?:and|&)\s\p{Lu}[\p{L}-]*)?)?    # "Department of Energy"
    (?=\s\p{Lu})
    """,
    regex.VERBOSE,
)


def _funder_head(name: Name) -> Name:
    """The funder a run of capitalised words opens with, or the run itself."""
    m = FUNDER_HEAD.match(name.text)
    if m is None:
        return name
    return Name(m.group(), name.start, name.start + m.end(), "org")


# A company's grant programme read as one name: "the Orvik Season 1 Ecosystem Grant".
BRAND_PROGRAMME = deferred_pattern(
    r"(?P<head>\p{L}[\p{L}\d&'’-]{1,30})\s(?:Season\s\d{1,2}\s|\d{4}\s)?"  # "Orvik", "Season 1"
    r"(?:\p{Lu}[\p{L}-]*\s){1,3}(?:Grants?|Awards?|Fellowships?)$"  # "Ecosystem Grant"
)


# Words that open a public or generic grant's name, never a company's: "Federal Pell Grant".
_NOT_BRANDS = frozenset(
    """
    federal national state county city provincial regional local global international annual
    community emergency special presidential royal public youth student small first new
    """.split()
)


def _brand_head(name: Name, text: str) -> Name:
    """The company opening its programme's name, or the name itself: "Orvik" of "Orvik
    Season 1 Ecosystem Grant" when the release names Orvik elsewhere and never writes the
    word in lower case (not "Community" of "Community Impact Grant")."""
    m = BRAND_PROGRAMME.fullmatch(name.text)
    if m is None:
        return name
    word = m["head"]
    if (
        word.lower() in _NOT_BRANDS
        or _lower_used(word.lower(), text)
        or text.count(word) <= text.count(name.text)
    ):
        return name
    return Name(word, name.start, name.start + len(word), "org")


# A sum "of" a funder's money: "£1.2 million of National Lottery funding".
OF_FUNDING_BEFORE = deferred_pattern(
    r"[\d.,]+(?:\s?(?:million|billion|thousand|[mk]|bn))?\s+of\s+(?:the\s)?$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: tried from there only
)
OF_FUNDING_AFTER = deferred_pattern(
    r"\s+(?:funding|grants?|money|support|investment|aid)\b", regex.IGNORECASE
)

# A name directly followed by its share in parentheses: "Hero Dogs ($10,095)".
PAREN_MONEY = deferred_pattern(r"^\s*\(\s*(?:US)?[$€£]")

# Purpose of a gift: "to support ...", "for the new wing".
_PURPOSE_VERBS = """
    support help fund expand provide build advance create establish sustain strengthen enable
    improve launch renovate purchase assist benefit
""".split()
PURPOSE = deferred_pattern(
    rf"""
    \b(?P<purpose>(?:to\s(?:{"|".join(_PURPOSE_VERBS)})|in\ssupport\sof)
    \b[^.;:!?]{{3,160}})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Governments: a grant's donor when an official announces it.
GOVERNMENT = deferred_pattern(
    r"""
    (?:(?:the\s)?(?:\p{Lu}[\p{L}]+\s){1,3}Government(?!\sof\s\p{Lu})|Government\sof\s(?:the\s)?\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?
      | (?:U\.S\.|US|United\sStates)\sDepartment\sof\s\p{Lu}[\p{L}]+(?:\s(?:and\s)?\p{Lu}[\p{L}]+){0,3}
      | Department\sof\s\p{Lu}[\p{L}]+(?:\s(?:and\s)?\p{Lu}[\p{L}]+){0,3}
      | Ministry\sof\s\p{Lu}[\p{L}]+(?:\s(?:and\s)?\p{Lu}[\p{L}]+){0,3}
      | the\sUnited\sStates|the\sCommonwealth
    )
    """,
    regex.VERBOSE,
)
# Givers named by a common noun, kept as the release writes them.
_COMMON_NOUN_RULES = frozenset({"gift.government_noun", "gift.anonymous_noun"})

# A giver the release leaves unnamed, as it calls them: "from an |anonymous donor|".
ANONYMOUS_GIVER = deferred_pattern(
    r"""
    (?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat)\s(?:[\p{Ll}-]+\s){0,2}?   # "an anonymous", "this same"
      |(?<![\p{L}\s]\s)(?<!\p{L})(?=Anonymous|Mystery|Unnamed)         # a headline's "Anonymous couple"
      |(?<=\n\s*)(?=Anonymous|Mystery|Unnamed))                     # a paragraph's first word
    (?P<who>(?:[Aa]nonymous|[Mm]ystery|[Uu]nnamed)\s(?:donors?|benefactors?|couple|family|individual|philanthropists?
      |givers?|friends?|alumn(?:us|a|i)|supporters?))\b
    (?!\s(?:match|program|programme|fund)\b)
    """,
    regex.VERBOSE,
)

# A giver who asks not to be named: "from |an alumnus| who wishes to remain anonymous",
# "The donors, |a retired teacher and her husband|, wish to remain anonymous".
_WISH_PRIVACY = r"""
    (?:wish(?:es|ed)?|asked|ask|prefers?|preferred|chose|want(?:s|ed)?|(?:has|have|had)\s(?:asked|chosen))
    \sto\s(?:remain|stay|be\skept)\s(?:anonymous|unnamed|private)
  | (?:wish(?:es|ed)?|want(?:s|ed)?)\sto\smaintain\s(?:complete\s|full\s|their\s|his\s|her\s)?privacy
"""
PRIVATE_GIVER = deferred_pattern(
    rf"""
    \b(?:[Aa]n?|[Oo]ne)\s(?P<who>(?:[\p{{Ll}}-]+\s){{0,2}}?                      # "an| alumnus"
      (?:alumn(?:us|a|i)|graduate|donor|couple|family|benefactor|resident|businessman
        |businesswoman|philanthropist|individual|friend|supporter))
    ,?\s(?:who\s)?(?:{_WISH_PRIVACY})
  | \b[Tt]he\sdonors?,\s(?:a|an|two)\s(?P<described>[^,;.()]{{3,80}}?),\s(?:who\s)?(?:{_WISH_PRIVACY})
    """,
    regex.VERBOSE,
)

# A giver named only by where they live: "a $2 million gift from |a Leeds family|", "from a
# local couple".
FAMILY_GIVER = deferred_pattern(
    r"""
    \b(?i:gift|donation|bequest|pledge|contribution|legacy)s?\s(?:of\s[^.;]{1,40}?\s)?from\s
    (?P<who>an?\s(?:local|area|(?:\p{Lu}[\p{L}.-]*\s){1,3})(?:family|couple))\b
    """,
    regex.VERBOSE,
)
# Ireland's counties, which its releases name bare as the places funding goes to ("Kerry
# received the third highest allocation"): places, not receivers.
IRISH_COUNTIES = frozenset(
    """
    Carlow Cavan Clare Cork Donegal Dublin Galway Kerry Kildare Kilkenny Laois Leitrim Limerick
    Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Waterford Westmeath
    Wexford Wicklow Antrim Armagh Down Fermanagh Tyrone
    """.split()
)
# An Irish or British county named by its abbreviation: "Co Cork", "Co. Down", "County Kerry".
COUNTY = deferred_pattern(r"(?:Co\.?|County)\s\p{Lu}\p{Ll}+$")

# A government named by the common noun, as the giver: "in government grants", "the
# government's Small Grants scheme", "The federal government has distributed funds",
# "funding from the state government".
_GOV_NOUN = r"(?P<gov>(?:(?:[Ff]ederal|[Ss]tate|[Pp]rovincial|[Nn]ational|[Cc]entral|[Rr]egional|[Tt]erritorial|[Cc]ounty|[Mm]unicipal)\s)?government)"
GOVERNMENT_NOUN = deferred_pattern(
    rf"""
    (?<![\p{{L}}-])(?:(?:from|by)\s(?:the\s)?{_GOV_NOUN}\b(?!\s(?:of|and|agencies|agency|departments?|bodies|officials|benefits)\b)
    | {_GOV_NOUN}
      (?:
          ['’]s?\s(?:[\p{{L}}-]+\s){{0,3}}?                                             # government's Small
          (?:grants?|fund(?:s|ing)?|schemes?|programmes?|programs?|support|investment|money|aid)\b
        | \s(?:grants?|fund(?:s|ing)?|schemes?|programmes?|programs?|investment|money|aid)\b   # government grants
        | \s(?:has\s|have\s|had\s|will\s|is\s|also\s|today\s){{0,2}}                       # has distributed
          (?:distribut|provid|award|grant|gave|giv|allocat|commit|pledg|donat|approv|contribut
            |releas|sanction|deliver)\w*\s
      )
    )
    """,
    regex.VERBOSE,
)
OFFICIAL_TITLES = (
    "Minister", "Senator", "Sen.", "Rep.", "Representative", "President", "Governor", "Gov.",
    "Mayor", "Secretary", "Premier", "MP", "Congressman", "Congresswoman", "Councillor",
    "Assemblymember", "Prime Minister", "Treasurer", "Administrator", "Commissioner",
)  # fmt: skip

# Countries give and receive in government releases: "Australia will provide $10 million".
COUNTRIES = frozenset(
    """
    australia canada britain england scotland wales ireland india china japan korea germany
    france italy spain portugal netherlands belgium sweden norway denmark finland iceland
    switzerland austria poland ukraine russia turkey israel egypt kenya nigeria ghana ethiopia
    uganda tanzania rwanda somalia sudan yemen syria lebanon jordan iraq iran afghanistan
    pakistan bangladesh nepal indonesia malaysia singapore philippines vietnam thailand
    myanmar cambodia mexico brazil argentina chile peru colombia venezuela haiti cuba
    guatemala honduras jamaica fiji samoa tonga vanuatu gaza palestine taiwan qatar uae
    zealand africa europe
    """.split()
)

# Names that are never donors or recipients: places, days, currencies, media.
# Regions that are no country of COUNTRIES: "North America", "the Middle East".
REGIONS = frozenset(
    """
    america americas asia oceania caribbean antarctica arctic
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    hampshire jersey york carolina dakota
    """.split()
)


def _place(name: str) -> bool:
    """Whether a name is a country or a region: "Canada", "North America", "Southeast Asia"."""
    words = name.lower().split()
    if not words or len(words) > 3:
        return False
    return (
        (words[-1] in COUNTRIES or words[-1] in REGIONS)
        and all(
            w
            in ("north", "south", "east", "west", "central", "latin", "southeast", "the", "middle")
            or (
                w in ("new", "rhode", "west") and words[-1] != "america"
            )  # "New York", "Rhode Island"
            for w in words[:-1]
        )
    )


NOT_ENTITIES = frozenset(
    """
    america american americans ceo cfo coo
    covid covid-19 ai nasdaq nyse otc otcqb tsx asx lse pr prnewswire globe newswire
    newswire businesswire press release inc. inc llc ltd christmas easter thanksgiving
    halloween hanukkah diwali ramadan eid rakhi giving tuesday black white indigenous latino
    latina latinx hispanic asian native african jewish muslim christian catholic lgbtq lgbtq+
    r&d cpr cbd stem esg dei nft nfts ngo ngos
    p.c pllc llp l.p p.a l.l.c n.a
    md m.d phd ph.d dds d.d.s mba rn
    d.c
    """.split()
)
# Giving tiers, never parties though they stand where one would: "Silver awards of €4,000
# were given to ...", "The Bronze recipients received €1,000 each" (their sentences stay).
GIVING_TIERS = frozenset("platinum gold silver bronze diamond".split())

# A sum or a ledger code read as a name: "RM3 million from U Mobile", "charged to OCA0003".
CODE_NAME = deferred_pattern(r"(?:RM|Rs|Rp|US\$|A\$|C\$|S\$|HK\$|NZ\$)\d[\d.,]*|\p{Lu}{2,5}\d{3,}")


# The records below are plain classes with slots, not dataclasses: making a
# dataclass costs about a millisecond at import, which every run of the command pays.


class GiftFrame:
    """The gift facts of one release, each list in document order (equal when the lists are)."""

    __slots__ = ("amounts", "donors", "gifts", "recipients")

    def __init__(
        self,
        donors: tuple[Entity, ...] = (),
        recipients: tuple[Entity, ...] = (),
        amounts: tuple[Amount, ...] = (),
        gifts: tuple[Gift, ...] = (),
    ) -> None:
        self.donors = donors
        self.recipients = recipients
        self.amounts = amounts
        self.gifts = gifts

    def _values(self) -> tuple[Any, ...]:
        return (self.donors, self.recipients, self.amounts, self.gifts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GiftFrame):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "GiftFrame(donors={!r}, recipients={!r}, amounts={!r}, gifts={!r})".format(
            *self._values()
        )


class _Role:
    """One mention found playing a role in one gift sentence."""

    __slots__ = ("confidence", "money", "name", "role", "rule", "sentence")

    def __init__(
        self,
        name: Name,
        role: str,  # "donor" | "recipient"
        rule: str,
        confidence: float,
        sentence: int,
        money: Money | None = None,  # the share paired with this recipient, if any
    ) -> None:
        self.name = name
        self.role = role
        self.rule = rule
        self.confidence = confidence
        self.sentence = sentence
        self.money = money


class _Sentence:
    """A gift sentence and what was found in it."""

    __slots__ = (
        "award",
        "cue_ends",
        "firm",
        "gift_money",
        "in_title",
        "index",
        "money",
        "roles",
        "span",
        "strong",
    )

    def __init__(
        self,
        index: int,
        span: Span,
        strong: bool,
        money: list[Money] | None = None,  # None: a new empty list, as for the others
        gift_money: list[Money] | None = None,
        roles: list[_Role] | None = None,
        in_title: bool = False,
        cue_ends: list[int] | None = None,
        firm: bool = False,  # a cue other than provide, support, give, present
        award: bool = False,  # a named bursary or award given to someone without a sum
    ) -> None:
        self.index = index
        self.span = span
        self.strong = strong
        self.money: list[Money] = [] if money is None else money
        self.gift_money: list[Money] = [] if gift_money is None else gift_money
        self.roles: list[_Role] = [] if roles is None else roles
        self.in_title = in_title
        self.cue_ends: list[int] = [] if cue_ends is None else cue_ends
        self.firm = firm
        self.award = award


def _orgs_at(names: list[Name], pos: int) -> list[Name]:
    """The names (not persons) that start right at ``pos``: the receiver after "will benefit"."""
    return [n for n in names if n.start == pos and n.kind != "person"]


# --- step 1: gift sentences -----------------------------------------------------


def _prose_title(doc: Document) -> bool:
    """Whether the "headline" is the first paragraph of a bare text: sentences in
    sentence case closed by a full stop ("Acme gave $5,000 to the food bank on Tuesday.")."""
    title = doc.title
    if title is None or doc.text[title.end - 1] not in '.”"':
        return False
    head = doc.text[title.start : title.end]
    return head.count(" ") >= 9 and not _headline_case(head)


def _units(doc: Document) -> list[Span]:
    """The headline, then the sentences of the body proper (boilerplate left out)."""
    units: list[Span] = []
    prose = _prose_title(doc)  # (read as the body's first sentences)
    if doc.title is not None and not prose:
        units.append(doc.title)
    for s in doc.sentences:
        if doc.title is not None and s.start < doc.title.end and not prose:
            continue
        if doc.is_boilerplate(s.start):
            break
        units.append(s)
    return units


class _Cue:
    """A gift cue found in the release."""

    __slots__ = ("end", "soft", "start", "strong")

    def __init__(self, start: int, end: int, strong: bool, soft: bool = False) -> None:
        self.start = start
        self.end = end
        self.strong = strong
        self.soft = soft  # provide, support, give, present: gifts only beside other cues


def _stems(words: list[str]) -> tuple[str, ...]:
    """The shortest openings (four letters at most) that every word starts with one of."""
    heads = sorted({w[:4] for w in words}, key=len)
    out: list[str] = []
    for h in heads:
        if not any(h.startswith(o) for o in out):
            out.append(h)
    return tuple(out)


CUE_STEMS = _stems([*STRONG_CUES, *WEAK_CUES])


def _cue_matches(low: str, span: Span) -> list[regex.Match[str]]:
    """The CUE matches in a sentence, tried only where a cue word's opening is found."""
    starts: set[int] = set()
    part = low[span.start : span.end]  # most openings are absent: ``in`` says so fastest
    for stem in CUE_STEMS:
        if stem not in part:
            continue
        p = low.find(stem, span.start, span.end)
        while p >= 0:
            starts.add(p)
            p = low.find(stem, p + 1, span.end)
    out = []
    for p in sorted(starts):
        if p > 0 and low[p - 1].isalpha():
            continue  # inside a word: CUE opens on a word boundary
        m = CUE.match(low, p, span.end)
        if m is not None:
            out.append(m)
    return out


def _scan_cues(doc: Document, spans: list[Span], low: str) -> list[_Cue]:
    """Every gift cue in the given sentences, without merchandise and people named Grant."""
    text = doc.text
    title = doc.title
    out: list[_Cue] = []
    matches = [m for span in spans for m in _cue_matches(low, span)]
    strong_group = CUE.groupindex["strong"]
    for m in matches:
        word = text[m.start() : m.end()]
        strong = m.start(strong_group) >= 0
        cue = m.group()
        low = word[:4].lower()
        if (
            cue.startswith(("invest", "allocat"))
            and not PUBLIC_BODY.search(text, max(0, m.start() - 150), m.start())
            and not PUBLIC_NOUN.search(text, max(0, m.start() - 40), m.start())
            # "€1 million has been allocated to clubs ..., Minister Ann Roe has announced"
            and not (
                cue[0] == "a" and PUBLIC_BODY.search(text, m.end(), min(len(text), m.end() + 200))
            )
        ):
            continue  # a government "investing $3 million in" a charity funds it; a company invests
        if cue in _RAISE and not _RAISED_FOR.match(text, m.end(), min(len(text), m.end() + 90)):
            continue
        if cue in _LEFT and not _LEFT_SUM.match(text, m.end(), min(len(text), m.end() + 100)):
            continue  # "left the company", "left $5 on the table": no bequest
        if cue == "aside" and not (
            _SET_ASIDE.search(text, max(0, m.start() - 8), m.start())
            and _SET_ASIDE_FOR.match(text, m.end(), min(len(text), m.end() + 120))
        ):
            continue  # "set aside $50 million for the Vale Hospital": not "aside from", nor
            # "has set aside $9 million a year for families"
        if cue in _OFFER and not _OFFER_GIFT.match(text, m.end(), min(len(text), m.end() + 120)):
            continue  # "offered $25 million for Vale Bank", "offers $50 off": a price
        if (
            cue in _HANDED_ON
            and not _HANDED_ON_SUM.match(text, m.end(), min(len(text), m.end() + 100))
            and not _HANDED_ON_SUM_BEFORE.search(text, max(0, m.start() - 50), m.start())
        ):
            continue  # "distributed the film", "handing over the keys": no money handed on
        if low == "gift":
            if (
                SHOP_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                and GIFT_HANDED_OVER.match(text, m.end(), min(len(text), m.end() + 40)) is None
            ) or SHOP_AFTER.match(text[m.end() : m.end() + 40]):
                continue
        elif strong and low == "gran" and word[0] == "G":
            nxt = text[m.end() : m.end() + 2]
            in_title = title is not None and title.start <= m.start() < title.end
            # "Grant Teaff", "Grant Thornton": a capitalised Grant before a capital is a name,
            # except in a Title Case headline ("Awards Grant To"), unless it opens the headline.
            opens = title is not None and m.start() == title.start
            if (
                nxt[:1] == " "
                and nxt[1:2].isupper()
                and (not in_title or opens)
                and not text.startswith(_GRANT_KINDS, m.end() + 1)  # "Grant Program": a grant
            ):
                continue
        if (
            low == "gift"
            and word[0].isupper()
            and not word.isupper()
            and not _in_title(title, m.start())
        ):
            # "Wine & Champagne Gifts", "the Vision Grant": a capitalised gift word after a
            # capitalised word names a shop or a programme; the sentence needs another cue.
            before = text[max(0, m.start() - 30) : m.start()]
            if _CAPITAL_BEFORE.search(before):
                continue
        out.append(_Cue(m.start(), m.end(), strong, cue in SOFT_CUES))
    return out


# "offered" and "offers" state a gift only with the sum handed to named receivers: "has
# offered Vale Hospital and the Elm Institute $25 million to build", "offers $25m to Elm
# institutes" (not "offered $25 million for Vale Bank", "offers $50 off").
_OFFER = frozenset({"offered", "offers"})
# "has set aside| $50 million for the Vale Hospital": money put by for a receiver.
_SET_ASIDE = deferred_pattern(r"\b(?:set|sets|setting)\s$")
_SET_ASIDE_FOR = deferred_pattern(
    r"""
    \s(?:(?:more\sthan|over|nearly|about|up\sto)\s)?\S{1,8}?\s?\d[\d.,\s]{0,12}      # " Kshs 50"
    (?:(?:million|billion|crore|lakh|m|bn)\b)?
    \s(?:to\sgo\s)?(?:to|towards?|for)\s(?:the\s)?(?:\p{Ll}+\s){0,4}?(?:the\s)?\p{Lu}  # " to go towards the rehabilitation of the K"
    """,
    regex.VERBOSE,
)
_OFFER_GIFT = deferred_pattern(
    r"""
    \s(?:
        (?:(?:the\s)?\p{Lu}[\p{L}'’&.-]*\s){1,8}?                           # "Vale's Royal Hospital"
        (?:(?:and|&)\s(?:the\s)?(?:\p{Lu}[\p{L}'’&.-]*\s){1,8}?)?            # "and the Elm Institute"
        (?:\([^()]{1,20}\)\s)?                                            # "(EI)"
      | (?:more\sthan\s|over\s|nearly\s|up\sto\s)?
    )
    (?:\$(?:AUD|CAD|NZD|USD)?|[€£₹]|(?:US|A|C|AU|NZ)\$|Rs\.?\s?)\d[\d.,]*
    (?:\s?(?:m|bn|million|billion|crore|lakh))?
    (?!\s(?:for|off|per|a\sshare)\b)                                      # not a price
    (?:\s\p{L}+){0,3}?\s(?:to|towards?)\s                                   # "to build", "to Elm"
    """,
    regex.VERBOSE,
)


# The words after a capitalised "Grant" that make it a grant, not a man's name.
_GRANT_KINDS = ("Program", "Programme", "Fund ", "Initiative", "Scheme", "Round", "Recipient")
_CAPITAL_BEFORE = deferred_pattern(r"(?<![.!?:;]\s?)\b\p{Lu}[\p{L}&’'-]*\s$")


def _in_title(title: Span | None, pos: int) -> bool:
    return title is not None and title.start <= pos < title.end


def _money_index(money: list[Money]) -> tuple[list[int], list[Money]]:
    ordered = sorted(money, key=lambda m: m.start)
    return [m.start for m in ordered], ordered


def _in(starts: list[int], items: list, span: Span) -> list:
    lo = bisect.bisect_left(starts, span.start)
    hi = bisect.bisect_left(starts, span.end)
    return items[lo:hi]


def _is_gift_money(doc: Document, m: Money, span: Span) -> bool:
    """Whether a sum in a gift sentence is the gift, not revenue or a price beside it."""
    after = doc.text[m.end : min(span.end, m.end + 30)]
    # In a plain release the lower-cased text says which words are there (see ``Document.case_plain``).
    low_after = doc.lower[m.end : min(span.end, m.end + 30)] if doc.case_plain else None
    if (
        low_after is None or any(w in low_after for w in _MONEY_NOT_GIFT_WORDS)
    ) and MONEY_NOT_GIFT.match(after):
        return False
    stop = min(span.end, m.end + 120)
    window = doc.lower[m.end : stop] if low_after is not None else None
    head = (
        NOT_GIFT_HEAD.match(doc.text, m.end, stop)
        if window is None or any(w in window for w in _NOT_GIFT_HEADS)
        else None
    )
    if head is not None and NAMED_GRANT_AFTER.match(doc.text, m.end, stop) is not None:
        head = None  # "$164,999 Rural Community Development Initiative Grant": a named grant
    if head is not None and not (
        head.group().rstrip().endswith(("investment", "investments"))
        and PUBLIC_BODY.search(doc.text, span.start, m.start) is not None
    ):  # (a minister's "$350 million investment to support charities" is the state's grant)
        return False  # "the $25 million Founders Circle campaign": what the money buys or totals
    if (
        low_after is None
        or any(w in low_after[:10] for w in ("million", "billion", "thousand", "mn", "bn"))
    ) and _match(r"[\s-]?(?:million|billion|thousand|mn|bn)\b", after, regex.IGNORECASE):
        return False  # "$7 MILLION" read as $7: the body states the sum again
    before = doc.text[max(span.start, m.start - 40) : m.start].lower()
    if ("worth" in before or "valu" in before or "(" in before) and TOKEN_WORTH_BEFORE.search(
        doc.text, max(span.start, m.start - 60), m.start
    ):
        return True  # "1,000,000 VALE tokens, worth about $2 million": the tokens' stated value
    if (
        m.currency in _TOKEN_CODES or ("$" in m.text and _CASHTAG.search(m.text) is not None)
    ) and TOKEN_VALUED_AFTER.match(doc.text, m.end, min(span.end, m.end + 60)):
        return False  # "10 BTC, valued at $650,000": the gift counts at its value (no token is ISO)
    if any(w in before for w in _SOUGHT_WORDS) and _search(
        r"\b(?:request(?:ing|ed|s)?|sought|seeking|asked\sfor|applied\sfor|(?:goal|target)\sof(?:\sraising)?|(?:goal|target|aims?|hopes?|hoping|seeks?|needs?|needed|plans?|planning|intends?|intending|campaign|appeal|drive)\sto\sraise)\s(?:totall?ing\s|worth\s)?(?:a\scombined\s|a\stotal\sof\s|nearly\s|about\s|more\sthan\s|over\s|at\sleast\s|almost\s|around\s|roughly\s|some\s)?$",
        before,
    ):
        return False  # "applications requesting a combined $1.1 million"
    if (
        any(w in before for w in _OUTCOME_WORDS)
        and OUTCOME_BEFORE.search(before) is not None
        and OUTCOME_GIFT_AFTER.match(doc.text, m.end, span.end) is None
    ):
        return False  # "is expected to generate $50 million in private investment": an effect
    if before.endswith("every "):
        return False  # "for every $500 bursary a pupil wins, ...": a unit, not a gift
    if (
        before.endswith("the ")
        and ("union" in doc.lower[m.end : stop] or "bank" in doc.lower[m.end : stop])
        and ASSET_SIZE_NAME.match(doc.text, m.end, stop) is not None
    ):
        return False  # "the $414 million Vale Credit Union": the bank's size
    if (
        "credit union" in doc.lower[m.end : m.end + 70]
        and ASSET_SIZE_AFTER.match(doc.text, m.end, min(span.end, m.end + 70)) is not None
    ):
        return False  # "the $414 million Clackamas Federal Credit Union": its size
    if "between " in before:
        yearly = YEARLY_RANGE.search(
            doc.text, max(span.start, m.start - 40), min(span.end, m.end + 70)
        )
        if yearly is not None and yearly.start() <= m.start < yearly.end():
            return False  # "gives between $10 million and $15 million each year": its habit
    if (
        "(" in before[-16:]
        and CONVERTED_BEFORE.search(before) is not None
        and NAME_WORD_PAREN.search(doc.text, max(span.start, m.start - 16), m.start) is None
    ):
        return False  # "85 million euros ($120 million)": the same sum in another currency
    if m.value <= 1 and before.endswith("from "):
        return False  # "every gift counts, from one dollar to ...": any size, not a gift
    if ("endowment" in before or "assets" in before) and ENDOWMENT_SIZE.search(before):
        return False  # "its endowment has grown to $8.6 million": what a fund holds, not a gift
    # RUNNING_TOTAL ends on "to" (and "more than" at most)
    running = (
        RUNNING_TOTAL.search(doc.text, max(span.start, m.start - 90), m.start)
        if doc.lower.find("to", max(span.start, m.start - 17), m.start) >= 0
        else None
    )
    if running is not None and not OWN_TOTAL.search(running.group()):
        return False  # "brings the appeal to £3.1m": a running total with others' money
    if (
        "fortune" in before or doc.lower.find("sold ", max(span.start, m.start - 100), m.start) >= 0
    ) and (HELD_OR_SOLD.search(doc.lower, max(span.start, m.start - 100), m.start) is not None):
        return False  # "whose fortune of $700 million", "sold his firm for $98 million": not given
    if any(w in before for w in _PRICE_WORDS) and _search(
        r"(?:revenue|sales|price|priced|cost|costs|valued\sat|valuation|loan|salary|budget|worth|income|wage|rent|fee|fees)\s(?:of\s|at\s|to\s|by\s|was\s|is\s|totaling\s|totalling\s)?(?:just\s|only\s|approximately\s|about\s|nearly\s|over\s|more\sthan\s)?$",
        before,
    ):
        if GIFT_WORTH_BEFORE.search(before) is not None:
            return True  # "The grant, worth €1.2m, was awarded": the gift's own size
        if "budget of" in before and GIVEN_BUDGET_BEFORE.search(before) is not None:
            return True  # "will donate his ward budget of £1,500 to": an official's own budget
        if (
            "worth" in before[-25:]
            and GIVEN_WORTH.search(doc.text, max(span.start, m.start - 100), m.start) is not None
        ):
            return True  # "donated laptops worth $40,000 to the school": a gift in kind, its value
        if (
            VALUED_OPENING.fullmatch(doc.text, span.start, m.start) is not None
            and VALUED_GIFT_AFTER.match(doc.text, m.end, span.end) is not None
        ):
            return True  # "Valued at about $2.4M, this research grant rewards ..."
        return (
            "in-kind" in before
            or (
                "valued at" in before
                and (
                    "donat" in doc.lower[span.start : m.start]
                    # "a gift of a painting valued at", "gave Harbor House a van valued at"
                    or _search(
                        r"\b(?:gifts?|gifted|gave|given|contribut\w*)\s[^:;.]{0,70}valued\sat\s",
                        doc.lower[max(span.start, m.start - 100) : m.start],
                    )
                    is not None
                )
            )
        )
    return True


# A lender's size before its name: "the $414 million Clackamas Federal Credit Union".
ASSET_SIZE_AFTER = deferred_pattern(
    r"""
    [\s-](?:asset\s)?                                 # "$414 million-asset", "$414 million "
    (?:\p{Lu}[\w.&'’-]*\s){1,5}(?:Federal\s)?         # "Clackamas Federal "
    Credit\sUnion\b                                   # "Credit Union"
    (?!\s(?:Foundation|Cares|Charit|[Gg]rants?|[Gg]ifts?|[Dd]onations?))   # (not its giving arm's grant)
    """,
    regex.VERBOSE,
)

# A seller's habit of handing on an unstated share of its takings: "donates a portion of
# proceeds", "gives a portion of its sales".
PORTION_OF_SALES = deferred_pattern(
    r"""
    \b(?i:donates|gives|contributes|dedicates|commits)\s(?:back\s)?     # "donates" (the present: a habit)
    (?i:a\s(?:small\s|generous\s|significant\s)?portion\sof)\s      # "a portion of"
    (?:the\s|its\s|their\s|our\s|all\s)?(?:net\s)?                # "the", "its net"
    (?i:proceeds|sales|profits|revenue)\b                          # "proceeds"
    """,
    regex.VERBOSE,
)

# A giver's yearly range, told of its habits, not the gift: "gives between $10 million and
# $15 million each year" (read from either sum of the range).
YEARLY_RANGE = deferred_pattern(
    r"""
    \bbetween\s                                                   # "between "
    (?:US)?[$€£][\d.,]{1,12}(?:\s(?:million|billion))?            # "$10 million"
    \sand\s(?:US)?[$€£][\d.,]{1,12}(?:\s(?:million|billion))?     # " and $15 million"
    \s(?:(?:each|every|a|per)\syear|annually)\b                   # " each year"
    """,
    regex.VERBOSE,
)

# A sum in parentheses right after another: its conversion ("€85 million (|$120 million)").
CONVERTED_BEFORE = deferred_pattern(
    r"""
    (?:\d|million|billion|thousand|crore|lakh|euros?|dollars?|pounds?|rupees?|yen|francs?|\b[a-z]{3})
    \s?\(\s?(?:about|approx\.?|approximately|around|roughly|some|nearly|or|equivalent\sto|equal\sto)?\s?$
    """,
    regex.VERBOSE,
)

# Tokens, then their value in money: "1,000,000 VALE tokens, worth about |$2 million", "2
# million ORV (approximately |$1.2 million)", "10 BTC, valued at |$650,000". The value is the
# gift: a token is no ISO 4217 currency.
_TOKEN_CODES = frozenset({"BTC", "ETH"})
_CASHTAG = deferred_pattern(r"\$\p{Lu}{2,}")
_TOKEN_WORTH = r"""
    \)?,?\s\(?(?:(?:currently|then|together)\s)?
    (?:(?:worth|valued\sat|approximately|approx\.|about|roughly|around|equivalent\sto|equal\sto)\s  # ", worth"
      (?:(?:about|approximately|roughly|around|nearly|over|more\sthan|some|an\sestimated)\s)?    # "about"
    | [~≈]\s?)                                                                       # " (~"
"""
TOKEN_WORTH_BEFORE = deferred_pattern(
    r"""
    (?:\d[\d,.]*(?:\s(?:million|billion|thousand)|[mMkK])?\s                              # "1,000,000 "
      (?:\$?\p{Lu}{2,6}|[Bb]itcoins?|[Ee]ther|[Tt]okens?|[Cc]oins?)(?:\s(?:tokens?|coins?))?  # "VALE tokens"
    | \b(?:tokens|coins)                                                               # "the tokens"
    )
    """
    + _TOKEN_WORTH
    + r"(?:US|U\.S\.\s?)?$",
    regex.VERBOSE,
)
TOKEN_VALUED_AFTER = deferred_pattern(
    r"(?:\s(?:tokens?|coins?))?" + _TOKEN_WORTH + r"(?:US|U\.S\.\s?)?[$€£]", regex.VERBOSE
)


# A person's wealth or a sale's price before a sum (lower-cased): "whose fortune of more
# than", "sold his production company for".
HELD_OR_SOLD = deferred_pattern(
    r"(?:\bfortune\s(?:of|is|was|estimated\sat|valued\sat)\s|\bsold\s[^.;:]{0,60}?\sfor\s)"
    r"(?:about\s|approximately\s|nearly\s|over\s|more\sthan\s|an\sestimated\s|some\s)?$"
)

# A gift noun, then its size: "the grant, worth", "a donation valued at about".
GIFT_WORTH_BEFORE = deferred_pattern(
    r"\b(?:grant|gift|donation|award|pledge|contribution)s?,?\s(?:worth|valued\sat)\s"
    r"(?:about\s|approximately\s|nearly\s|over\s|more\sthan\s)?$"
)


# A thing given, then its worth: "donated laptops worth", "has gifted two vans worth about".
GIVEN_WORTH = deferred_pattern(
    r"\b(?i:donated|gifted|gave|given|contributed|handed\sover)\s[^:;.$€£]{1,70}?"
    r"\bworth\s(?:about\s|approximately\s|nearly\s|over\s|more\sthan\s)?$"
)


# A sentence that opens on the size of the gift it then names: "Valued at approximately
# $1.2M, this R&D grant ...".
VALUED_OPENING = deferred_pattern(
    r"[\W_]{0,3}(?i:valued\sat|worth)\s(?:approximately\s|about\s|nearly\s|over\s|more\sthan\s)?"
)
VALUED_GIFT_AFTER = deferred_pattern(
    r",\s(?:this|the|that)\s(?:[\w&;.-]+\s){0,3}?(?i:grant|gift|donation|award|contribution|pledge)\b"
)


# The size a fund has reached: "its endowment has grown to", "assets now stand at".
ENDOWMENT_SIZE = deferred_pattern(
    r"\b(?:endowment|assets)\s(?:has\s|have\s|had\s|now\s)?(?:grown|grew|stands?|stood|totals?|totaled|totalled|reached|reaches)"
    r"\s(?:to\s|at\s)?(?:over\s|nearly\s|more\sthan\s|about\s|almost\s|some\s)?$"
    # "it had an endowment of approximately", "with assets of over": what a fund holds
    r"|\b(?:has|had|have|with)\s(?:an\s|its\s|their\s)?(?:total\s)?(?:endowment|assets)\sof\s"
    r"(?:over\s|nearly\s|more\sthan\s|about\s|almost\s|some\s|approximately\s)?$"
)

# Words one of which each pattern of ``_is_gift_money`` needs, looked for first.
_MONEY_NOT_GIFT_WORDS = (
    "revenue", "sales", "loan", "valuation", "budget", "salary", "worth", "share", "market",
    "left", "remaining", "still", "go", "asset", "deposit", "transaction", "volume", "fortune",
    "wealth", "needed", "required", "private", "bill", "bills", "notes", "coins", "to raise",
    "fee", "ticket",
)  # fmt: skip
_SOUGHT_WORDS = ("request", "sought", "seek", "asked", "applied", "goal", "target", "raise")
# What a grant is expected to bring about, not what it gives: "expected to generate |$50
# million in private investment", "will leverage |$2 million in matching funds".
_OUTCOME_WORDS = ("generat", "leverag", "attract", "spur", "unlock", "cataly")
OUTCOME_BEFORE = deferred_pattern(
    r"""
    \b(?:generate[sd]?|generating|leverage[sd]?|leveraging|attract(?:s|ed|ing)?   # the effect verb
      |spur(?:s|red|ring)?|unlock(?:s|ed|ing)?|cataly[sz]e[sd]?|cataly[sz]ing)
    \s(?:(?:an?\sestimated|an?\sadditional|another|more\sthan|over|nearly|about|up\sto
      |approximately|roughly|some|at\sleast)\s){0,2}$                              # "an estimated"
    """,
    regex.VERBOSE,
)
# (but "programs that have generated $250 million in nonprofit contributions": giving)
OUTCOME_GIFT_AFTER = deferred_pattern(
    r"\s(?:in\s|of\s)(?:[\w-]+\s){0,2}?(?i:contributions|donations|grants|gifts|giving)\b"
)
_PRICE_WORDS = (
    "revenue", "sales", "price", "cost", "valu", "loan", "salary", "budget", "worth", "income",
    "wage", "rent", "fee",
)  # fmt: skip

# --- step 2: roles --------------------------------------------------------------


US_STATE = deferred_pattern(
    rf"""
    (?:State\sof\s|Commonwealth\sof\s)?                      # "State of Ohio"
    \b(?:{alternation(US_STATES)}|{alternation(s.upper() for s in US_STATES)})
    \b(?![\s-]+(?:State|Street|Avenue|County|University|College|Post)\b)  # not "Ohio State", "Texas Avenue"
    """,
    regex.VERBOSE,
)
# A state by its news-agency abbreviation in a dateline, when the body never names it:
# "HARTFORD, Conn. (AP) —" (the state, written out, is the giver's name).
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip
# A US state as a news story writes it after a town: "Exton, |Pa.|", "Fort Worth, |Texas|"
# (the same abbreviations, some older forms, and the capital's district).
_STATE_SHORT = [*_AP_STATES, "Kans.", "Nebr.", "Penn.", "Tex.", "Wisc.", "D.C."]
# The giver's own people after a name of theirs: "its Trusted Choice| agents|".
OWN_PEOPLE_AFTER = deferred_pattern(
    r"\s(?:employees|staff|associates|customers|members|franchisees|volunteers|agents|dealers)\b"
)
# A firm's legal suffix after a comma, then its verb: "Pell Law Group|, LLC| has awarded".
LEGAL_SUFFIX_AFTER = deferred_pattern(
    r",\s(?:LLC|L\.L\.C\.|PLLC|LLP|L\.P\.|P\.C\.|P\.A\.|Inc\.?|Ltd\.?|Corp\.?|Co\.|N\.A\.)(?=\s\p{Ll})"
)
# A town named after a party, between commas, with its state: "WaterStone Bank|, Exton, Pa.,|".
TOWN_STATE_AFTER = deferred_pattern(
    rf"""
    ,\s                                                      # the town's closing comma
    (?:{alternation(_STATE_SHORT)}                           # "Pa.", "N.J.", "Calif."
      |(?:{alternation(US_STATES)})\b                       # "Texas", "New Mexico"
      |\p{{Lu}}{{2}}\b(?=,)                                    # a postal code: "TX,"
    )
    (?=[,;)]|\s*$|\.\s|\s\p{{Ll}})                             # then a comma, the end, or the verb
    """,
    regex.VERBOSE,
)


def _town_of_party(text: str, names: list[Name], k: int) -> bool:
    """Whether the ``k``-th name is a town with its state ("Exton, Pa.") set after a party
    ("Citadel Credit Union, |Exton|, Pa., gave") or after "in" ("a shop in |Exton|, Pa., to
    donate"): a place, which neither gives nor receives."""
    name = names[k]
    if name.kind == "org" or text[name.end : name.end + 1] != ",":
        return False
    if not (
        text.endswith(" in ", 0, name.start)
        or (k > 0 and text[names[k - 1].end : name.start] == ", ")
    ):
        return False
    return TOWN_STATE_AFTER.match(text, name.end, min(len(text), name.end + 24)) is not None


_AP_STATE_NAMES = {k.upper(): v for k, v in _AP_STATES.items()} | _AP_STATES
AP_STATE_DATELINE = deferred_pattern(
    rf"""
    ^\W{{0,3}}\p{{Lu}}[\p{{Lu}}\p{{Ll}}.'’ -]{{1,30}},\s             # "HARTFORD, "
    (?P<st>{alternation(_AP_STATE_NAMES)})                             # "CONN."
    (?=\s|$)
    """,
    regex.VERBOSE,
)
# A governor's title before the name ("Gov. Ann Roe", "as governor, Ann Roe").
GOVERNOR_BEFORE = deferred_pattern(
    r"(?:\b(?:Governor|Gov\.)\s(?:\p{Lu}[\p{L}.'’-]*\s){0,2}|\b[Aa]s\s(?:the\s)?(?:state['’]s\s)?governor,\s)$"
)


# The last words of a government programme's name: "the Rural Schools |Program|".
_PROGRAMME_TAILS = ("Program", "Programme", "Scheme", "Initiative", "Fund", "Plan", "Act")


def _public_giver(r: _Role) -> bool:
    """Whether a donor role is a government or a public body, not a programme it runs."""
    return r.role == "donor" and (
        r.rule in ("gift.government", "gift.government_noun")
        or (
            PUBLIC_BODY_NAME.search(r.name.text) is not None
            and not r.name.text.endswith(_PROGRAMME_TAILS)
        )
    )


def _programme_channel(text: str, r: _Role) -> bool:
    """Whether a donor role is a programme named after "through" ("through the IRP", "via
    the Rural Schools Program"): the channel of a government's grant."""
    return (
        r.role == "donor"
        and r.rule.startswith("gift.from")
        and (r.name.text.endswith(_PROGRAMME_TAILS) or r.name.text.isupper())
        and _THROUGH.search(text, max(0, r.name.start - 20), r.name.start) is not None
    )


def _state_of_governor(doc: Document, officials: list[Name]) -> Name | None:
    """The US state whose governor is among a gift sentence's officials, by the release's
    first naming of a state ("KENTUCKY (AP) – Governor Ann Roe presented ...")."""
    text = doc.text
    if doc.country is not None or not any(
        GOVERNOR_BEFORE.search(text, max(0, n.start - 40), n.start) is not None
        and "Bank" not in text[max(0, n.start - 60) : n.start]  # a central bank's governor
        for n in officials
    ):
        return None  # (a release from a country with its own dollar has no US state)
    m = finditer(US_STATE, text, doc.body.start, doc.body_end)
    for found in m:
        return Name(found.group(), found.start(), found.end(), "org")
    # "HARTFORD, Conn. (AP) — Gov. Ann Roe announced": the dateline's state (named in full
    # by ``_entities``)
    ap = AP_STATE_DATELINE.match(text, doc.body.start, min(doc.body_end, doc.body.start + 60))
    if ap is not None:
        return Name(ap["st"], ap.start("st"), ap.end("st"), "org")
    return None


# A province or a state named with its premier: "|Ontario| Premier Ann Roe", "Ann Roe, Premier
# of |Queensland|".
PROVINCES = (
    "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Saskatchewan", "Manitoba",
    "Nova Scotia", "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island",
    "Queensland", "New South Wales", "Victoria", "Tasmania", "South Australia",
    "Western Australia", "Yukon", "Nunavut",
    # Indian states, whose chief ministers announce their money
    "Andhra Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
    "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra",
    "Odisha", "Punjab", "Rajasthan", "Tamil Nadu", "Telangana", "Uttar Pradesh", "Uttarakhand",
    "West Bengal", "Delhi",
)  # fmt: skip
PROVINCE_BEFORE_PREMIER = deferred_pattern(
    rf"\b(?P<place>{alternation(PROVINCES)})(?:['’]s)?\s(?:Premier|Chief\sMinister)\s$"
)
PREMIER_OF_AFTER = deferred_pattern(
    rf",\s(?:the\s)?(?:Premier|Chief\sMinister)\sof\s(?P<place>{alternation(PROVINCES)})\b"
)


def _province_of_premier(text: str, officials: list[Name]) -> Name | None:
    """The province or state whose premier is among a gift sentence's officials: "Ontario
    Premier Ann Roe announced $2 million" (the province gives, as a governor's state does)."""
    for n in officials:
        m = PROVINCE_BEFORE_PREMIER.search(text, max(0, n.start - 40), n.start)
        if m is None:
            m = PREMIER_OF_AFTER.match(text, n.end, min(len(text), n.end + 50))
        if m is not None:
            return Name(m["place"], m.start("place"), m.end("place"), "org")
    return None


def _government_of(doc: Document, span: Span) -> Name | None:
    """The government named in or near a sentence, for grants an official announces."""
    ranges = [(span.start, span.end), (doc.body.start, min(doc.body_end, span.end + 2000))]
    if doc.title is not None:  # "The Government of Canada supports ..." heading the release
        ranges.append((doc.title.start, doc.title.end))
    for lo, hi in ranges:
        for m in finditer(GOVERNMENT, doc.text, lo, hi):
            text = clean_name(m.group())
            s = m.start() + m.group().find(text)
            return Name(text, s, s + len(text), "org")
    return None


# An office named in apposition: "Jane Roe, Minister of Health", "John Doe, MP for Leeds".
OFFICE_AFTER = deferred_pattern(
    r"\s*,\s(?:the\s)?(?:Federal\s|State\s|Deputy\s|Assistant\s|Parliamentary\s|Chief\s)?(?:Minister|Secretary|Senator|Governor|Premier|Mayor|Member\sof|MP|MLA|MPP|Congress(?:man|woman)|Representative|Councillor|Treasurer|Attorney\sGeneral)\b"
)


# The words of a minister's portfolio, lower case: "Minister for |Education|", "Minister of
# |Canadian Heritage and Multiculturalism|", "|Social Services| Minister Ann Roe".
_PORTFOLIO_WORDS = """
    education health social services arts culture heritage canadian multiculturalism community
    communities voluntary sector third civil society seniors communications information technology
    finance housing transport agriculture food marine rural regional development children youth
    affairs justice tourism sport media employment enterprise trade industry science research
    innovation energy climate local government women equality disability aged care families
    indigenous infrastructure fisheries oceans immigration integration skills training higher
    further mental wellbeing digital economy small business veterans environment water
    planning sustainability families welfare labour labor work pensions protection defence
    defense security expenditure reform citizenship forestry resources safety
""".split()  # fmt: skip
_PORTFOLIO = alternation(sorted({w.capitalize() for w in _PORTFOLIO_WORDS}))
# A minister named by the portfolio, whose department pays the grants the release announces
# when no giver is named: "Minister for Education Ann Roe" (the Department of Education).
MINISTER_PORTFOLIO = deferred_pattern(
    rf"""
    (?<!\b(?:Prime|Chief|First|Deputy|Junior|Shadow|Former|former|Assistant)\s)   # not "Prime Minister"
    \bMinister\s(?:for|of)\s(?:the\s)?                                 # "Minister for the"
    (?P<dept>(?:{_PORTFOLIO})(?:(?:,\s|\s(?:and|&)\s|\s)(?:{_PORTFOLIO})){{0,5}})\b  # "Community and Voluntary Sector"
    |
    (?<![\p{{L}}-]\s?)(?<![\p{{L}}-])                                     # a title opening on its portfolio
    (?P<dept>(?:{_PORTFOLIO})(?:(?:,\s|\s(?:and|&)\s|\s)(?:{_PORTFOLIO})){{0,5}})
    \sMinister(?=\s\p{{Lu}})                                              # "Education Minister Ann"
    """,
    regex.VERBOSE,
)


# The last word of a public body's office or agency, which awards the grants of its
# department: "the Department of Transportation's |Federal Aviation Administration|".
_PUBLIC_UNITS = (
    "Administration", "Agency", "Service", "Services", "Office", "Bureau", "Institute",
    "Institutes", "Commission", "Authority", "Division", "Directorate", "Corps", "Centers",
    "Council", "Foundation", "Endowment",
)  # fmt: skip
PUBLIC_UNIT = deferred_pattern(rf"\b(?:{alternation(_PUBLIC_UNITS)})$")

# A government body by its name: "the U.S. Environmental Protection Agency", "Department of
# Energy", "Ministry of Health", "the Federal Aviation Administration".
PUBLIC_BODY_NAME = deferred_pattern(
    r"""
    \b(?:Department|Ministry|Government|Agency|Administration|Bureau|Commission|Union)\b  # "Protection Agency"
    | ^(?:The\s|the\s)?(?:U\.S\.|US|United\sStates|Federal|State|National)\s\p{Lu}  # "U.S. Forest Service"
    """,
    regex.VERBOSE,
)
# A gift an agency welcomes, and so receives: "| (WFP) welcomes a US$12 million contribution
# from", "| has warmly welcomed the new pledge of".
WELCOMES_GIFT = deferred_pattern(
    r"""
    (?:\s\([^()]{1,15}\))?                                         # " (WFP)"
    \s(?:(?:today|warmly|has|have|also|greatly)\s){0,2}             # " has warmly"
    welcom(?:es|ed)\s(?:the\s|a\s|an\s)?(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?  # "welcomes a US$12 million"
    \b(?:contributions?|donations?|grants?|pledges?|gifts?)\b          # "contribution"
    (?=\s(?:of|from|by|worth|totall?ing)\b)                            # " from"
    """,
    regex.VERBOSE,
)
THROUGH_BODY = deferred_pattern(r",\sthrough\s(?:the\s)?")  # "|, through the |Department"
TO_NAMED = deferred_pattern(r"\sto\s(?:the\s)?\p{Lu}")  # " to the Harbor House"

# What an official does for a grant she does not receive: "Sen. Ann Roe| (D-OR) secured".
OFFICIAL_SECURED = deferred_pattern(
    r"(?:\s\([^()]{1,20}\))?\s(?:(?:has|have|also|recently)\s)?(?:secured|helped\s(?:to\s)?secure)\b"
)
# A public body reporting a grant at a sentence's end: "..., |the Department of Health|
# announced Tuesday", "..., the U.S. Department of Labor (DOL) said."
BODY_SAID_BEFORE = deferred_pattern(r",\s(?:the\s)?$")
BODY_SAID_AFTER = deferred_pattern(
    r"""
    (?:\s\([^()]{1,15}\))?                                      # " (DOL)"
    \s(?:(?:has|have|today|also)\s)?                             # " has"
    (?:announced|announces|said|says|confirmed|confirms|reported)  # "announced"
    (?:\s(?:on\s)?(?:today|\p{Lu}\p{Ll}+day|this\sweek))?        # " Tuesday"
    \W{0,3}$                                                     # "."
    """,
    regex.VERBOSE,
)
# A public office by its name: "Office of Community Affairs", "Department of Labor".
OFFICE_NAME = deferred_pattern(
    r"\b(?:Office|Department|Ministry|Agency|Administration|Bureau|Commission|Division)\b"
)

# What a public body announces when it gives: "|on Tuesday announced more than $66 million
# in grants", "| (EPA) announced the selection of 20 towns receiving $4 million in grants".
BODY_ANNOUNCES = deferred_pattern(
    r"""
    (?:\s\([^()]{1,15}\))?                                          # " (EPA)"
    (?:,\s)?\s?(?:(?:on|this|last)\s\p{L}+\s|today\s|also\s|has\s|have\s){0,3}  # " on Tuesday", " has"
    (?:(?:announced|announces|is\sannouncing|will\sannounce)\s(?:today\s|on\s\p{L}+\s)?  # "announced"
       (?:the\s(?:selection|award)\sof\s[^.;]{1,80}?\s(?:receiving|to\sreceive|sharing)\s  # "the selection of 20 towns receiving"
        |the\sallocation\sof\s(?:another\s|a\sfurther\s|an\sadditional\s)?)?            # "the allocation of another"
     | selected\s[^.;]{1,60}?\sto\s(?:receive|share)\s                  # "selected 29 projects to receive"
    )
    (?:(?:more\sthan|nearly|almost|over|about|approximately|up\sto|a\stotal\sof)\s)?  # "more than"
    (?:(?:US|U\.S\.)?\$|€|£)[\d.,]{1,12}(?:\s?(?:million|billion|m|bn))?  # "$66 million"
    [^.;$]{0,60}?\b(?:grants?|funding|funds|awards?|assistance|aid)\b   # "in grants"
    """,
    regex.VERBOSE,
)

# The gift noun after a programme named in a sum: "$4 million in Clean Ports| (CP) grants".
SUM_IN_GRANTS_AFTER = deferred_pattern(r"(?:\s\([^()]{1,15}\))?\s(?i:grants?)\b")

# An official who reports what comes before: "|, U.S. Senator Tom Lee announced Monday".
ATTRIBUTION_AFTER = deferred_pattern(
    r"""
    ,\s(?:U\.S\.\s|US\s|State\s)?(?:\p{Lu}[\p{L}.]*\s){0,2}?                # ", U.S. "
    (?:Sen\.|Senator|Rep\.|Representative|Congress(?:man|woman|member)|Gov\.|Governor
      |Mayor|Secretary|Minister|Premier|Administrator|Commissioner)\s           # "Senator "
    (?:\p{Lu}[\p{L}.'’-]*\s){1,3}                                           # "Tom Lee "
    (?:\([^()]{1,12}\)\s)?                                                   # "(D-OR) "
    (?:said|says|announced|announces|stated|noted|added)\b                     # "said"
    """,
    regex.VERBOSE,
)

# Officials named together after one title: "Sens. Ann Roe and |Tom Lee|", "U.S. Reps. Ann
# Roe, Tom Lee and |Val Orr|" (the later names are officials too).
_JOINED_TITLES = (
    "Sens.", "Senators", "Reps.", "Representatives", "Congressmen", "Congresswomen",
    "Congressmembers", "Members of Congress", "Governors", "Mayors", "Ministers", "Secretaries",
    "Commissioners", "Councillors", "Councilmembers",
)  # fmt: skip
# An official's title the name finder may read into the name.
_TITLES_IN_NAME = (
    "Congresswoman ", "Congressman ", "Congressmember ", "Senator ", "Sen. ", "Rep. ",
    "Representative ", "Governor ", "Gov. ", "Lt. Gov. ", "Mayor ", "Councilmember ",
    "Assemblymember ", "Assemblywoman ", "Assemblyman ", "Secretary ", "Minister ",
)  # fmt: skip
OFFICIALS_JOINED = deferred_pattern(
    rf"""
    \b(?:{alternation(_JOINED_TITLES)})\s                # "Sens. "
    (?:\p{{Lu}}[\p{{L}}.'’-]*(?:\s\p{{Lu}}[\p{{L}}.'’-]*){{0,3}}   # "Ann Roe"
       (?:\s\([^()]{{1,20}}\))?                          # " (D-VA)"
       (?:,\s(?:and\s|&\s)?|\s(?:and|&)\s)               # ", " or " and "
    ){{1,4}}$
    """,
    regex.VERBOSE,
)


def _official_joined(doc: Document, name: Name) -> bool:
    """Whether a name follows another official's under one title: "Sens. Ann Roe and |Tom Lee|"."""
    if name.text.startswith(("Sens.", "Senators ", "Reps.", "Representatives ")):
        return True  # "|Senators Ann Roe| and Tom Lee": the title read into the name
    if name.text.startswith(("U.S. Sen", "U.S. Rep", "US Sen", "US Rep")):
        return True
    if name.text.startswith(_TITLES_IN_NAME) and " " in name.text:
        return True  # "|Congresswoman Ann Roe| (D-NY) announced": the title read into the name
    before = doc.text[max(0, name.start - 100) : name.start]
    if "overnor, " in before[-40:] and GOVERNOR_BEFORE.search(before) is not None:
        return True  # "In one of his last acts as governor, |Ann Roe|"
    if name.kind == "org" or (
        "and" not in before[-6:] and "," not in before[-4:] and "&" not in before[-4:]
    ):
        return False  # ("Sens. Ann Roe and |Orvik Bank|": a body is no official)
    return OFFICIALS_JOINED.search(before) is not None


def _official(doc: Document, name: Name) -> bool:
    """Whether a name is an official's: "Minister Jane Roe", "Sen. Kay Hutchison", "President Biden"."""
    if _official_joined(doc, name):
        return True
    if (
        name.kind == "org"
        and doc.text.startswith(",", name.end)
        and ATTRIBUTION_AFTER.match(doc.text, name.end, min(len(doc.text), name.end + 80))
    ):
        return False  # "a grant from the Department of Education, Senator Tom Lee said"
    before = doc.text[max(0, name.start - 40) : name.start]
    tail = before.rstrip().lower()
    if tail.endswith(tuple(t.lower() for t in OFFICIAL_TITLES)):
        return True
    if name.text.startswith(("Honourable", "Honorable", "Hon.")) or OFFICE_AFTER.match(
        doc.text, name.end, min(len(doc.text), name.end + 60)
    ):
        return True  # "The Honourable Jane Roe", "Jane Roe, Minister of Health,"
    # "Minister for Health Jane Roe", "Secretary of State Jane Roe"
    return bool(
        _search(
            r"\b(?:Minister|Secretary|Senator|Sen\.|Governor|President|MP)\b(?:\s(?:for|of)\s[\p{Lu}][\p{L}]+(?:\s(?:and\s)?[\p{Lu}][\p{L}]+){0,3})?(?:\s[\p{Lu}][\p{L}.]*){0,2}\s*$",
            before,
            regex.IGNORECASE,
        )
    )


# Capitalised words the name finder leaves out before a listed name ("|All |Saints
# Preschool", ", |First |Presbyterian Day School"), after the list's gap.
LEAD_WORDS = deferred_pattern(r"(?:(?!(?:The|THE|A|An)\s)\p{Lu}[\p{L}'’.-]*\s){1,2}$")
# A lower-case word inside one listed name that the name finder splits: "Citizens Opposed| to |Domestic Abuse".
ITEM_JOINER = deferred_pattern(r"\s(?:to|for|of|on|against)\s(?:the\s)?")


def _with_lead_words(
    text: str, n: Name, list_at: int, opening: int, gap: regex.Pattern[str] | None = None
) -> Name:
    """A listed name with the capitalised words the name finder left out before it, when
    they come right after the list's opening or a list gap (``gap``, by default
    ``RECIPIENT_LIST_GAP``)."""
    if n.start == list_at or n.start - list_at > 40:
        return n
    lead = LEAD_WORDS.search(text, list_at, n.start)
    if lead is None or not (
        lead.start() == opening
        or (gap or RECIPIENT_LIST_GAP).fullmatch(text, list_at, lead.start()) is not None
    ):
        return n
    return Name(text[lead.start() : n.end], lead.start(), n.end, n.kind)


def _names_listed(
    text: str,
    names: list[Name],
    at: int,
    people: bool = True,
    gap: regex.Pattern[str] | None = None,
) -> list[Name]:
    """The names of a list that opens at ``at`` ("through |Harbor House, Lee Food Bank and
    ..."): the first right there, each next after a list gap (``gap``, by default
    ``RECIPIENT_LIST_GAP``: ", ", " and "); without ``people``, persons are passed over."""
    gap = gap or RECIPIENT_LIST_GAP
    listed: list[Name] = []
    list_at = at
    for n in names:
        if n.start < list_at or (not people and n.kind == "person"):
            continue
        if n.start != at and text.startswith(" (", list_at) and ")" not in text[list_at : n.start]:
            continue  # a name in brackets after an item ("Lee School (Salem)"): not the next item
        if listed:  # "; |Second Harvest": the capitalised words the name finder left out
            n = _with_lead_words(text, n, list_at, at, gap)
        if n.start != at and gap.fullmatch(text, list_at, n.start) is None:
            break
        listed.append(n)
        list_at = n.end
    return listed


def _search_until(
    out: list[_Role],
    role: str,
    pattern: regex.Pattern[str],
    word: str | tuple[str, ...],
    text: str,
    low: str,
    span: Span,
) -> regex.Match[str] | None:
    """``pattern`` in the sentence ``span``, looked for only while no ``role`` is found in
    ``out`` and only when ``word`` (lower case; or one of several) is there: one
    construction's guarded search."""
    words = (word,) if isinstance(word, str) else word
    if all(low.find(w, span.start, span.end) < 0 for w in words) or any(
        r.role == role for r in out
    ):
        return None
    return pattern.search(text, span.start, span.end)


# Events a sponsor backs beyond a charity's fundraiser: "the Pell Summit", "Tessa College's
# hackathon", "the Harbor Rowing Club's season". The capitalised forms close an event's name.
SPONSORED_EVENTS = """
    conference conferences summit summits convention hackathon hackathons festival forum expo
    symposium tournament championship championships marathon regatta derby showcase
    games cup classic award awards prize fair competition challenge concert parade week
""".split()
SPONSORED_TEAMS = "team teams franchise squad season club league".split()
# Bodies a sponsor backs, named on their own: "official partner of Harbor United FC".
SPONSORED_BODIES = """
    Club FC F.C. SC Team University College School Academy League Association Society
    Foundation Trust Charity Hospital Museum Library Hospice
""".split()
_EVENTS = alternation([*SPONSORED_EVENTS, *SPONSORED_TEAMS])
_EVENT_NAMES = alternation(w.capitalize() for w in SPONSORED_EVENTS)
_BODIES = alternation(SPONSORED_BODIES)


# The body that hosts a named event, read from the event's name: "|ASNE| Convention", "|Pell
# Chamber| Annual Dinner" (an acronym, or a body's head word, before the event's words).
EVENT_HOST = deferred_pattern(
    r"""
    (?P<host>\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,5}?
      (?:(?<=\b\p{Lu}{2,6})                                                          # "ASNE"
      |(?<=Chamber|Club|University|College|School|Academy|Association|Society|Foundation
        |Institute|Council|League|Federation|Alliance|Coalition|Network|Group)))       # "Pell Chamber"
    (?:\s(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|Annual|International|National|Global|Spring|Summer|Fall
      |Autumn|Winter))*\s(?i:EVENT_NAMES|Dinner|Luncheon|Breakfast|Gala|Ball)$          # " Annual Dinner"
    """.replace("EVENT_NAMES", _EVENT_NAMES),
    regex.VERBOSE,
)


def _event_host(text: str, start: int, end: int) -> Name:
    """The receiver of a named event's sponsorship: its host when the name holds one, else
    the event itself ("the Pell Security Summit")."""
    m = EVENT_HOST.match(text, start, end)
    if m is not None:
        return Name(m.group("host"), m.start("host"), m.end("host"), "org")
    return Name(text[start:end], start, end, "org")


# A sponsor's description between its name and the sponsorship: "Orvik|, a leading exchange,|
# secured a place as Gold sponsor at the Vale Summit".
SPONSOR_APPOSITIVE = deferred_pattern(
    r"""
    ,\s(?:a|an|the|one\sof\sthe)\s      # ", a"
    [^,;.()\n]{2,80},                   # "leading exchange,"
    """,
    regex.VERBOSE,
)


# Words between a sponsor and its sponsorship: "Orvik Bank| today| announced its
# sponsorship of", "Tessa Labs| has officially| become the title sponsor of", "Orvik| is
# proud| to be the title sponsor of", "Orvik Inc.| (NASDAQ: ORVK) is excited to announce that
# it| will be the title sponsor of". Only these small words: no other name stands between.
SPONSOR_ADVERB_GAP = deferred_pattern(
    r"""
    (?:,?\s\([^()]{1,40}\),?)?                                                  # " (NASDAQ: ORVK)"
    (?:,\s(?:a|an|the|one\sof\sthe)\s[^,;.()]{2,80},)?                              # ", a blockchain developer,"
    (?:\s(?:has|have|had|will|is|are|was|were|be|to|that|it|they|today|recently|officially
      |formally|proudly|also|again|now|yesterday|this\sweek|announced|announces|announce
      |said|says|confirmed|confirms|proud|pleased|excited|honou?red|delighted|thrilled|happy
      |on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))){0,9}     # " is excited to announce that it"
    """,
    regex.VERBOSE,
)


# A bare place opening a release, with no date: "LEEDS -- ", "NEW YORK – ".
BARE_PLACE_OPENING = deferred_pattern(r"\s*\p{Lu}[\p{Lu}\s.,]{1,40}?\s?[-–—]{1,2}\s")
# The words that may stand before a sponsor opening its sentence: "The ", "Leading crypto exchange ".
SPONSOR_SUBJECT_LEAD = deferred_pattern(
    r"\s*(?:(?:The|A|An)\s)?(?:\p{Lu}[\p{Ll}-]{1,20}\s)?(?:(?!from\s|by\s|to\s)[\p{Ll}-]{1,20}\s){0,3}"
)
BARE_PLACE_DASH = deferred_pattern(r"\s?[-–—]{1,2}\s")


def _sponsor_giver(text: str, names: list[Name], sm: regex.Match[str], start: int) -> Name | None:
    """The sponsor of a SPONSOR_OF match: the name right before it, or before a description
    of itself ("Orvik, a leading exchange, is ..."); for "with its sponsorship of", the
    sentence's subject (the last name its opening words allow: "Leading exchange Orvik")."""
    subject = None
    for n in names:
        if n.kind != "person" and n.start < sm.start() < n.end and text[sm.start()] == " ":
            # "Orvik Bank Returns as Title Sponsor of": a headline's verb read into the name
            return Name(text[n.start : sm.start()], n.start, sm.start(), n.kind)
        if n.kind == "person" or n.end > sm.start():
            continue
        if (
            n.end == sm.start()
            or SPONSOR_APPOSITIVE.fullmatch(text, n.end, sm.start())
            or SPONSOR_ADVERB_GAP.fullmatch(text, n.end, sm.start())
        ):
            return n
        if n.text.isupper() and BARE_PLACE_DASH.match(text, n.end, sm.start()):
            continue  # "LEEDS -- Orvik Bank ...": the place, not the sponsor
        opening = BARE_PLACE_OPENING.match(text, start, n.start)
        at = start if opening is None else opening.end()
        if sm.group("through") is not None and SPONSOR_SUBJECT_LEAD.fullmatch(text, at, n.start):
            subject = n  # "Orvik Bank supports the arts through its sponsorship of ..."
    return subject


# A charity's own head word: its event named for it is its own fundraiser, not sponsored.
_CHARITY_HEAD = deferred_pattern(
    r"\b(?:Foundation|Fund|Trust|Charity|Charities|Society|House|Association|Club|Hospital)\b"
)


def _named_for_sponsor(giver: str, event: str) -> bool:
    """Whether an event bears its title sponsor's name: "Zendra Bank" and the "Zendra Bank
    Lune Open" (not the Vale Trust and its own "Vale Trust Golf Classic")."""
    return (
        len(event) > len(giver)
        and event.startswith(giver)
        and bool(name_tokens(event[len(giver) :]) & _EVENT_HEADS)
        and _CHARITY_HEAD.search(giver) is None
    )


def _add_sponsorship(out: list[_Role], giver: Name, charity: Name, i: int) -> None:
    """A sponsorship's roles: the sponsor gives (unless already found as a giver:
    "Orvik sponsored ...") and the charity whose event it is receives."""
    if not any(r.name is giver for r in out):
        out.append(_Role(giver, "donor", "gift.sponsor_of", 0.7, i))
    out.append(_Role(charity, "recipient", "gift.sponsor_of", 0.7, i))


def _add_sponsor_joins(
    text: str, names: list[Name], jm: regex.Match[str], out: list[_Role], i: int
) -> None:
    """The roles of a SPONSOR_JOINS match: "Pell Capital joins the Vale Summit as a Gold
    sponsor" (the subject gives), "Harbor United FC welcomes Orvik Bank as its official
    partner" (the one welcomed gives)."""
    subject = next(
        (
            n
            for n in reversed(names)
            if n.end == jm.start()
            or (n.end < jm.start() and SPONSOR_ADVERB_GAP.fullmatch(text, n.end, jm.start()))
        ),
        None,
    )
    other = next((n for n in names if n.start == jm.start("other")), None)
    if subject is None or other is None or _same_words(subject.text, other.text):
        return
    welcomed = jm.group("verb").lower().startswith("welcom")
    giver, taker = (other, subject) if welcomed else (subject, other)
    if giver.kind == "person" or (taker.kind == "person" and "sponsorship" not in jm.group()):
        return  # (an athlete may be sponsored: "a sponsorship deal with sprinter Ann Roe")
    if not any(r.name is giver for r in out):
        out.append(_Role(giver, "donor", "gift.sponsor_of", 0.7, i))
    if not any(r.name is taker and r.role == "recipient" for r in out):
        out.append(_Role(taker, "recipient", "gift.sponsor_of", 0.7, i))


# A grant round read into the name of the body that runs it: "|Round 2 of |Vale Council's
# Community Grants", "Phase III of the Harbor Trust".
ROUND_OF = deferred_pattern(
    r"^(?:Round|Phase|Stage|Tranche)\s(?:\d{1,2}|One|Two|Three|Four|Five|[IVX]{1,4})\sof\s(?:the\s)?(?=\p{Lu})"
)
_ROUND_OPENINGS = ("Round ", "Phase ", "Stage ", "Tranch")
# Plural acronyms name things, not bodies: "ready for the |SATs and ACTs|", "|PCs|".
PLURAL_ACRONYMS = deferred_pattern(r"\p{Lu}{2,5}s(?:\s(?:and|&)\s\p{Lu}{2,5}s)?")
# A storm's name, never a party: "relief efforts in response to |Hurricane Michael".
_STORM_OPENINGS = ("Hurricane ", "Typhoon ", "Cyclone ", "Tropical Storm ", "Super Typhoon ")


def _without_round(name: Name) -> Name:
    """A name without the grant round read into its opening (see ROUND_OF)."""
    m = ROUND_OF.match(name.text)
    if m is None:
        return name
    return Name(name.text[m.end() :], name.start + m.end(), name.end, name.kind)


# The names of one gift sentence read for roles and entities, the first ones: the most names in one gift
# sentence of the 1,760 real releases at hand is 44, and each name costs tens of
# microseconds to read in a very long sentence.
MAX_SENTENCE_NAMES = 300


def _roles(
    doc: Document,
    sent: _Sentence,
    names: list[Name],
    money: list[Money],
    anchors: list[int],
) -> list[_Role]:
    """The donors and recipients one gift sentence names."""
    text = doc.text
    span = sent.span
    if money and any(m.currency is not None and m.text[-1:].isupper() for m in money):
        # "a 500,000 USDC grant": a currency's code inside a sum is no party
        names = [n for n in names if not any(m.start <= n.start and n.end <= m.end for m in money)]
    out: list[_Role] = []
    officials: list[Name] = []
    i = sent.index
    strict = not sent.in_title
    caps_sentence = sent.in_title or text[span.start : span.end].isupper()
    # a bare text's first sentence: "ACME COLLEGE has received" (a news story's opening), not
    # its emphasis ("THE LARGEST EVER grant"); read as its title or, when the release model
    # finds no headline, as its first sentence
    caps_lead = span.start == doc.title.start if doc.title is not None else i == 0
    verb_at = _verb_starts(doc, span)
    for k, name in enumerate(names):
        if doc.dateline is not None and doc.dateline.start <= name.start < doc.dateline.end:
            continue  # "ENGLEWOOD, CO, March 13, 2025": the place of issue
        if text[name.end : name.end + 1] in ("$", "€", "£"):
            continue  # "CA$4.9 million": a currency's prefix
        if (
            name.text[-1:] == "s"
            and text[name.start - 1 : name.start] == " "
            and text[name.start - 2 : name.start - 1].isdigit()
            and COUNT_BEFORE.search(text, max(span.start, name.start - 14), name.start)
        ):
            continue  # "338 Housing Authorities shared $96 million": a count of bodies, a group
        near = text[max(span.start, name.start - 8) : name.start]  # "for", "in": its last word
        if ("or" in near or "in" in near) and NAMED_GIFT_TAIL.search(
            text, max(span.start, name.start - 40), name.start
        ):
            continue  # "the Jane Roe Grant for Nursing Studies": the rest of the gift's name
        patron = _patron(text, name)
        if patron is not None:
            out.append(_Role(patron, "donor", "gift.named_after", 0.75, i))
            continue  # "The Jane Roe Grant for Nurses": Jane Roe funds her grant
        gov = GOVERNMENT_GRANT.match(name.text) if "Government " in name.text else None
        if gov is not None:  # "the Australian Government Grant": the government funds it
            head = Name(gov.group("head"), name.start, name.start + gov.end("head"), "org")
            out.append(_Role(head, "donor", "gift.funder_grant", 0.75, i))
            continue
        if (
            name.text.endswith(_FUNDER_GRANT_TAILS)
            and _ends(WON_A_BEFORE, text[max(span.start, name.start - 80) : name.start])
            and not _official(doc, name)
        ):
            head = _funder_head(name)
            if head is name:
                head = _brand_head(name, text)
            if head is not name:  # "a recipient of the Harbor Foundation Grant": the foundation
                out.append(_Role(head, "donor", "gift.funder_grant", 0.75, i))
                continue
        if (
            _is_gift_name(name)
            or _is_group(name)
            or (
                name.text[:2] == "Co" and COUNTY.match(name.text) is not None
            )  # "Co Dublin": a place
            or (name.kind == "name" and name.text in IRISH_COUNTIES)  # "with Kerry receiving"
            or not _cased(
                name,
                doc,
                caps_sentence
                or (
                    caps_lead
                    and not ORG_SUFFIXES.isdisjoint(name.text.lower().replace("-", " ").split())
                ),
            )
        ):
            continue  # "the Vision Grant" is the gift; "Breast Cancer Survivors" are beneficiaries
        found = _role_of(doc, sent, names, k, money, anchors, strict, officials, verb_at)
        if (
            not found
            and sent.strong
            and (
                "like " in text[name.start - 6 : name.start]
                or "as " in text[name.start - 4 : name.start]
            )
            and GROUPS_LIKE.search(text, max(span.start, name.start - 60), name.start)
        ):
            # "relationships with charities like Harbor House by donating furniture"
            found = [("recipient", "gift.such_as", 0.65, None, name)]
        base = out[-1].rule.removesuffix("_coordinated") if out else ""
        if (
            not found
            and base in _LISTABLE
            and out[-1].name.end <= name.start
            and SEMICOLON_ITEM.fullmatch(text, out[-1].name.end, name.start)
        ):
            # "to three towns – the Vale Council (VC); Ash County, Ohio; and the Town of Lee"
            prev = out[-1]
            found = [(prev.role, base + "_coordinated", prev.confidence - 0.05, None, name)]
        # "to Vale Hospice in Cork and Lee Trust": the item's place is passed over
        placed = (
            not found
            and k >= 2
            and bool(out)
            and out[-1].name is names[k - 2]
            and text[names[k - 2].end : names[k - 1].start] == " in "
            and _place_name(names[k - 1])
        )
        # "to Vale Aid (VA) and the Lee Trust": the item's acronym is passed over
        acronym = (
            not found
            and k >= 2
            and bool(out)
            and out[-1].name is names[k - 2]
            and text[names[k - 2].end : names[k - 1].start] in (" (", "(")
            and text[names[k - 1].end : names[k - 1].end + 1] == ")"
        )
        if (
            not found
            and out
            and (out[-1].name is names[k - 1] or placed or acronym)
            and base in _LISTABLE
        ):
            # "from Curvy Couture and Smart&Sexy", "to Hero Dogs, An Open Book and ..."
            joint = text[names[k - 1].end + (1 if acronym else 0) : name.start]
            if (
                (
                    _fullmatch(r"\s*(?:and|&|&amp;|,\sand)\s*(?:the\s|The\s)?", joint)
                    or (name.kind == "person" and KIN_JOINT.fullmatch(joint) is not None)
                )
                or (
                    (
                        _fullmatch(r"\s*,\s*(?:the\s|The\s)?", joint)
                        or LIST_DESCRIBED.fullmatch(joint)
                    )
                    and (" " in name.text or name.kind == "org" or _list_word(text, name))
                    and _match(
                        r"(?:\s?\(\p{Lu}[\p{Lu}\d&-]{1,10}\)|\sin\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)?"
                        r"\s*(?:[,.;:)]|and\b|&|$)",  # "Vale Aid (VA), ", "Lee Hospice in Cork and"
                        text[name.end : name.end + 40],
                    )
                )
            ):
                prev = out[-1]
                drop = 0.05 if prev.rule == base else 0.0  # a third name keeps the second's
                found = [(prev.role, base + "_coordinated", prev.confidence - drop, None, name)]
        if (
            not found
            and base in _LISTABLE
            and out[-1].name.end < name.start
            and text[out[-1].name.end] == ","
            and PERSON_ITEM.fullmatch(text, out[-1].name.end, name.start)
        ):
            # "to two scholars, Ann Roe, Ph.D., of Leeds and Tom Lee, Ph.D., of York"
            prev = out[-1]
            found = [(prev.role, base + "_coordinated", prev.confidence - 0.05, None, name)]
        if (
            not found
            and base in _LISTABLE
            and out[-1].name.end < name.start
            and text[out[-1].name.end : out[-1].name.end + 2].lstrip()[:1] == "("
            and PAREN_THEN_AND.fullmatch(text, out[-1].name.end, name.start)
        ):
            # "at Grand River Hospital (KW and Freeport sites) and St. Mary's Hospital"
            prev = out[-1]
            found = [(prev.role, base + "_coordinated", prev.confidence - 0.05, None, name)]
        if found and found[0][0] == "donor" and found[0][1] == "gift.agent":
            lead = _kin_lead(text, names, k, span)
            if lead is not None and not any(r.name is lead for r in out):
                out.append(_Role(lead, "donor", "gift.agent_kin", found[0][2], i))
        for role, rule, conf, share, who in found:
            out.append(_Role(who, role, rule, conf, i, share))
        if found:
            bisect.insort(anchors, name.end)
    subject = names[0] if names and names[0].start - span.start <= 6 else None
    if subject is not None and not any(r.name is subject or r.role == "recipient" for r in out):
        # "Tessel Power reported ..., including a $12 million DOE grant": the subject receives.
        for r in out:
            if (
                r.role == "donor"
                and r.name.start > subject.end
                and COMPOUND_GIFT.match(text[r.name.end : r.name.end + 40])
                and any(0 <= r.name.start - m.end <= 2 for m in money)
            ):
                out.append(_Role(subject, "recipient", "gift.subject_of_sum", 0.7, i))
                break
    if (
        subject is not None
        and not sent.cue_ends
        and subject.kind == "org"
        and not any(r.role == "recipient" or r.name is subject for r in out)
    ):
        # "Acme PLC CEO Jo Lee gave details of a £188,251 from Defra": the subject receives.
        for r in out:
            if r.rule == "gift.from" and any(0 <= r.name.start - m.end <= 12 for m in money):
                out.append(_Role(subject, "recipient", "gift.subject_of_sum", 0.7, i))
                break
    if (
        subject is not None
        and not any(r.role == "donor" or r.name is subject for r in out)
        and any(r.rule.startswith("gift.receives") for r in out)
    ):
        # "Acme announced that Hill School and Oak Academy each receive $1,000 grants": Acme gives.
        said = ANNOUNCED_THAT.match(text, subject.end, span.end)
        if (
            said is not None
            and not _search(r"\b(?:from|by|through|via)\s", text[said.end() : span.end])
            and not _official(doc, subject)
        ):
            out.append(_Role(subject, "donor", "gift.announcer", 0.7, i))
    if not any(r.role == "donor" for r in out):
        # "The program will provide $500,000 in grants": the programme named just before gives.
        opening = text[span.start : span.start + 7]  # "The", "This" within three characters
        lead = (
            THE_PROGRAMME.match(text, span.start, span.end)
            if "The" in opening or "This" in opening
            else None
        )
        if lead is not None and _agent_verb(text[lead.end() - 1 : min(span.end, lead.end() + 240)]):
            named = _programme_before(doc, span.start)
            if named is not None:
                out.append(_Role(named, "donor", "gift.the_programme", 0.75, i))
    if (
        subject is not None
        and subject.kind == "org"
        and not any(r.role == "donor" or r.name is subject for r in out)
        and text.find("ions to ", subject.end, span.end) >= 0
        and GIFT_NOUN_TO.search(text, subject.end, span.end)
    ):
        # "The Motor Guild backs food pantries, with generous contributions to Harbor House".
        out.append(_Role(subject, "donor", "gift.subject_contributes", 0.75, i))
    if not any(r.role == "donor" for r in out):
        # "The foundation awards bursaries of $1,000": the Larch Foundation named before gives.
        body = (
            THE_BODY.match(text, span.start, span.end)
            if "The" in text[span.start : span.start + 7]
            else None
        )
        if body is not None and (
            _agent_verb(text[body.end() - 1 : min(span.end, body.end() + 240)])
            # "The foundation celebrates youths ... and awards them bursaries of $1,000"
            or (not names and AND_GIVES.search(text, body.end(), span.end) is not None)
        ):
            word = body["w"]
            named = _named_before(
                doc, Name(word[0].upper() + word[1:], body.start("w"), body.end("w"), "org")
            )
            if named is not None:
                out.append(_Role(named, "donor", "gift.the_body", 0.75, i))
    if names and doc.lower.find(" used ", span.start, span.start + 200) >= 0:
        # "Kona Grill used its opening night in Vale to donate $25,000 to Y": the subject gives
        # (not a name inside the means it used).
        subject = names[0]
        um = (
            USED_TO_GIVE.match(text, subject.end, span.end)
            if (
                SUBJECT_OPENING_PHRASE.fullmatch(text, span.start, subject.start) is not None
                or DATE_OPENING.fullmatch(text, span.start, subject.start) is not None
            )
            and (doc.dateline is None or subject.start >= doc.dateline.end)
            else None
        )
        if um is not None:
            out[:] = [
                r
                for r in out
                if not (
                    r.role == "donor"
                    and r.rule == "gift.agent"
                    and subject.end < r.name.start < um.end()
                )
            ]
            if not any(r.name is subject for r in out):
                out.append(_Role(subject, "donor", "gift.used_to_give", 0.75, i))
    if (
        not any(r.role == "recipient" for r in out)
        and doc.lower.find("made possible", span.start, span.end) >= 0
    ):
        # "Vale Hospital opened a clinic. The clinic was made possible by a gift from X".
        opener = _made_possible_for(doc, span, names)
        if opener is not None and not any(r.name.text == opener.text for r in out):
            out.append(_Role(opener, "recipient", "gift.made_possible_for", 0.7, i))
    if not any(r.role == "recipient" for r in out) and (
        doc.lower.find("receiv", span.start, span.end) >= 0
        or doc.lower.find(" been ", span.start, span.end) >= 0
        or doc.lower.find(" was ", span.start, span.end) >= 0
    ):
        # "The college received a $25 million donation from Ann Roe": the college named before.
        named = _receiving_body(doc, span)
        if named is not None and not any(r.name.text == named.text for r in out):
            out.append(_Role(named, "recipient", "gift.the_receiving_body", 0.7, i))
    low = doc.lower
    if names and text[span.start : span.start + 12].lstrip()[:1] in ("M", "A", "R", "O"):
        run_by = MANAGED_BY_OPENING.match(text, span.start, span.end)
        body = next((n for n in names[:2] if run_by and n.start == run_by.end()), None)
        if body is not None:
            # "Managed by Acme, the Fund will award $12,000": Acme gives through its fund.
            for r in out:
                if r.role == "donor" and r.rule == "gift.agent" and r.name.start > body.end:
                    r.name, r.rule = body, "gift.managed_by"
    donor_seen = any(r.role == "donor" for r in out)
    opener = (
        names[0]
        if not donor_seen
        and sent.strong
        and names
        and names[0].start - span.start <= 40
        and low.find(" by ", names[0].end, span.end) >= 0
        and (doc.dateline is None or names[0].start >= doc.dateline.end)
        else None
    )
    if (
        opener is not None
        and not any(r.name is opener for r in out)
        and SUBJECT_OPENING_PHRASE.fullmatch(text, span.start, opener.start) is not None
        and BY_GIVING.search(text, opener.end, span.end) is not None
        and not _official(doc, opener)
    ):
        # "Over the years, Acme has deepened its ties with shelters by donating furniture".
        giver = _estate_giver(text, names, opener)
        out.append(_Role(giver or opener, "donor", "gift.subject_by_giving", 0.7, i))
    if sent.award and not any(r.role == "recipient" for r in out):
        # "This year's recipient of the Cool Home contest is Ann Roe of Leeds": she receives.
        aw = AWARD_TO_SOMEONE.search(text, span.start, span.end)
        if aw is not None and aw["named"] is not None:
            out.extend(
                _Role(_without_home(n), "recipient", "gift.named_recipient", 0.7, i)
                for n in names
                if n.start == aw.end()
            )
    if low.find(", who", span.start, span.end) >= 0 and any(
        r.rule == "gift.agent"
        and text.startswith(", who", r.name.end)
        and RELATIVE_GIVER.match(text[r.name.end : r.name.end + 120])
        for r in out
    ):
        # "WDC has joined forces with Acme, who has donated $60,000": the subject receives.
        opener = next(
            (n for n in names[:2] if not (" " not in n.text and n.text.endswith("ing"))), None
        )  # not "Collaborating with partners, WDC ..."
        if (
            opener is not None
            and opener.start - span.start <= 80
            and not any(r.name is opener for r in out)
            and (doc.dateline is None or opener.start >= doc.dateline.end)
            and SUBJECT_OPENING_PHRASE.fullmatch(text, span.start, opener.start) is not None
            and JOINED_WITH.match(text, opener.end, span.end) is not None
        ):
            out.append(_Role(opener, "recipient", "gift.joined_by_giver", 0.7, i))
    pm = _search_until(out, "donor", PROCEEDS_TO, "proceeds", text, low, span)
    if pm is not None and not any(r.role == "recipient" for r in out):
        # "Proceeds from the gala will benefit Harbor House": the name right after receives.
        out.extend(
            _Role(n, "recipient", "gift.proceeds_to", 0.7, i) for n in _orgs_at(names, pm.end())
        )
    fm = (
        FUNDS_FOR.search(text, span.start, span.end)
        if pm is None
        and not any(r.role == "recipient" for r in out)
        and any(low.find(w, span.start, span.end) >= 0 for w in FUNDS_FOR_STEMS)
        else None
    )
    if fm is not None:
        # "to raise critical funds for the Harbor Tennis Project": the charity receives.
        out.extend(
            _Role(n, "recipient", "gift.raised_for", 0.7, i) for n in _orgs_at(names, fm.end())
        )
        if out and out[-1].rule == "gift.raised_for":
            # "benefiting Lee Cancer Center and Ruth's Project, which": a second charity after
            # "and" whose name closes the clause (not "for Harbor House and Orvik Bank will match")
            first = out[-1].name
            second = next((n for n in names if n.start > first.end), None)
            if (
                second is not None
                and second.kind != "person"
                and RAISED_FOR_SECOND.fullmatch(text, first.end, second.start) is not None
                and RAISED_FOR_CLOSE.match(text, second.end, span.end) is not None
            ):
                out.append(_Role(second, "recipient", "gift.raised_for", 0.7, i))
    rm = (
        RECIPIENTS_INCLUDE.search(text, span.start, span.end)
        if low.find("recipients", span.start, span.end) >= 0
        or low.find("beneficiaries", span.start, span.end) >= 0
        or low.find("organisations included", span.start, span.end) >= 0
        or low.find("organizations included", span.start, span.end) >= 0
        or low.find(" grants include", span.start, span.end) >= 0
        or low.find("grantees", span.start, span.end) >= 0
        or low.find("applicants", span.start, span.end) >= 0
        or low.find(" benefit", span.start, span.end) >= 0
        or (
            (
                low.find(" include", span.start, span.end) >= 0
                or low.find("among ", span.start, span.end) >= 0
            )
            and any(low.find(w, span.start, span.end) >= 0 for w in _INCLUDE_HEADS)
        )
        else None
    )
    if rm is not None:
        # "the grant recipients include Red Oak Bakery in Elm Park, and Vale Karate Academy"
        list_at = rm.end()
        for n in names:
            if n.start < list_at:
                continue
            n = _with_lead_words(text, n, list_at, rm.end())
            if (
                n.start != rm.end()
                and RECIPIENT_LIST_GAP.fullmatch(text, list_at, n.start) is None
                and INCLUDED_LIST_GAP.fullmatch(text, list_at, n.start) is None
                # (the first item's small opening word left out of its name: "|All| Saints School")
                and not (list_at == rm.end() and LEFT_OUT_WORD.fullmatch(text, list_at, n.start))
            ):
                if (
                    out
                    and out[-1].rule == "gift.recipients_include"
                    and out[-1].name.end == list_at
                    and ITEM_JOINER.fullmatch(text, list_at, n.start) is not None
                ):
                    # "Citizens Opposed| to |Domestic Abuse": one item the names split
                    head = out[-1].name
                    out[-1].name = Name(text[head.start : n.end], head.start, n.end, head.kind)
                    list_at = n.end
                continue  # a place inside an item ("in Elm Park"), not the next item
            if not any(r.name is n for r in out):
                out.append(_Role(n, "recipient", "gift.recipients_include", 0.7, i))
            list_at = n.end
    am = _search_until(out, "recipient", AMONG_RECEIVERS, (" among ", " one of "), text, low, span)
    if am is not None:
        # "Harbor House was one of the 40 charities awarded": the name right before receives
        out.extend(
            _Role(n, "recipient", "gift.among_receivers", 0.7, i)
            for n in names
            if n.end == am.start() and n.kind != "person"
        )
    km = _search_until(out, "recipient", COPULAR_RECEIVER, _COPULAR_HEADS, text, low, span)
    if km is not None:
        # "Another major beneficiary is Harbor House": the name right after receives, with a
        # name it owns ("is Ann’s Heart", not "is Britain's largest")
        for n in _orgs_at(names, km.end()):
            if text[n.end : n.end + 1] in _APOSTROPHES:
                owned = next(
                    (o for o in names if POSSESSIVE_JOIN.fullmatch(text, n.end, o.start)), None
                )
                if owned is None:
                    continue
                n = Name(text[n.start : owned.end], n.start, owned.end, owned.kind)
            out.append(_Role(n, "recipient", "gift.copular_receiver", 0.7, i))
    cm = (
        RECEIVED_COLON.search(text, span.start, span.end)
        if low.find(":", span.start, span.end) >= 0
        and any(low.find(w, span.start, span.end) >= 0 for w in _COLON_WORDS)
        and not any(r.role == "recipient" for r in out)
        else None
    )
    if cm is not None:
        # "Seven charities received the Tech Grants: Harbor House; Vale Trust; and the Lee Fund"
        out.extend(
            _Role(n, "recipient", "gift.listed_after_colon", 0.7, i)
            for n in _names_listed(text, names, cm.end(), gap=COLON_LIST_GAP)
        )
    hm = _search_until(out, "recipient", GIVEN_TO_PEOPLE_THROUGH, "through ", text, low, span)
    if hm is not None:
        # "Acme is donating ten furnaces to families through Harbor Action": the body that
        # hands the gift on to the people receives it
        at = next((n for n in names if n.start == hm.end()), None)
        if at is not None and (at.kind == "org" or CHARITY_HEAD.search(at.text) is not None):
            out.append(_Role(at, "recipient", "gift.handed_through", 0.7, i))
    dm = _search_until(out, "recipient", DISTRIBUTED_THROUGH, "distribut", text, low, span)
    if dm is not None:
        # "Orvik Coats for Kids has distributed them through Harbor House, Lee Food Bank and
        # other charities": each charity named receives, the drive's subject gives.
        listed = _names_listed(text, names, dm.end(), people=False)
        list_at = listed[-1].end if listed else dm.end()
        if len(listed) >= 2 and (
            any(CHARITY_HEAD.search(n.text) is not None for n in listed)
            or OTHER_CHARITIES.match(text, list_at, span.end) is not None
        ):  # charities, not "the Pine Store, Larch Market and other stores"
            out.extend(_Role(n, "recipient", "gift.distributed_through", 0.7, i) for n in listed)
            drive = names[0]
            if (
                not any(r.role == "donor" for r in out)
                and drive.end <= dm.start()
                and drive.kind != "person"
                and (doc.dateline is None or drive.start >= doc.dateline.end)
                and SUBJECT_OPENING_PHRASE.fullmatch(text, span.start, drive.start) is not None
            ):
                out.append(_Role(drive, "donor", "gift.distributes", 0.7, i))
    if (
        low.find("acceptance of ", span.start, span.end) >= 0
        or low.find("receipt of ", span.start, span.end) >= 0
    ):
        for am in ACCEPTED_FROM_BY.finditer(text, span.start, span.end):
            # "the acceptance of a jet from the Orvian royal family by Ann Roe": each named part.
            for n in names:
                if n.start == am.start("giver"):
                    out.append(_Role(n, "donor", "gift.accepted_from", 0.7, i))
                elif n.start == am.end():
                    out.append(_Role(n, "recipient", "gift.accepted_by", 0.7, i))
    if low.find("grantee", span.start, span.end) >= 0:
        for gm in GRANTEE_OWNER.finditer(text, span.start, span.end):
            # "said Ann Roe, RISE grantee and owner of Harbor Bakery": the business receives.
            for n in names:  # the name right after, or the tail of one run on through the words
                if n.start == gm.end() or n.start < gm.end() < n.end:
                    owned = Name(text[gm.end() : n.end], gm.end(), n.end, "org")
                    out.append(_Role(owned, "recipient", "gift.grantee_owns", 0.7, i))
    sm = _search_until(out, "recipient", SPONSOR_OF, "sponsor", text, low, span)
    if sm is None:  # "Orvik Bank becomes official partner of Harbor United FC"
        sm = _search_until(out, "recipient", SPONSOR_OF, "partner of", text, low, span)
    if sm is None and any(r.role == "recipient" for r in out):
        # "Orvik Bank is the presenting sponsor of the Marlow Gala benefiting the Lune Fund": the
        # charity is already its receiver; the sponsor gives
        dm = _search_until(out, "donor", SPONSOR_OF, "sponsor", text, low, span)
        giver = _sponsor_giver(text, names, dm, span.start) if dm is not None else None
        if giver is not None and not any(r.name.start == giver.start for r in out):
            out.append(_Role(giver, "donor", "gift.sponsor_of", 0.7, i))
    if sm is not None:
        # "Orvik Bank is the presenting sponsor of Harbor House's gala": each named part.
        giver = _sponsor_giver(text, names, sm, span.start)
        k = names.index(giver) if giver is not None and giver in names else -1
        if (
            giver is not None
            and k > 0
            and sm.group().startswith(" to ")
            and PARTNERED_WITH.fullmatch(text, names[k - 1].end, giver.start) is not None
            and names[k - 1].kind != "person"
        ):  # "Orvik Bank has partnered with the Lune Arts Council to become the presenting
            giver = names[k - 1]  # sponsor of": the subject sponsors, its partner helps
        if giver is None and (sm.group("as") is not None or sm.group().startswith(" to ")):
            # "Orvik Bank will provide $250,000 as the presenting sponsor of", "has committed
            # $250,000 to sponsor the Vale Marathon": the sentence's giver sponsors
            giver = next((r.name for r in out if r.role == "donor"), None)
        owner = next((n for n in names if n.start == sm.start("owner")), None)
        if sm.group("charity") is not None:  # "the Harbor House Spring Gala": the charity's words
            owner = Name(sm.group("charity"), sm.start("charity"), sm.end("charity"), "org")
        elif sm.group("event") is not None:  # "the Pell Summit", "the Pell Chamber Dinner"
            owner = _event_host(text, sm.start("event"), sm.end("event"))
        elif sm.group("athlete") is not None or sm.start("school") >= 0:
            # "is sponsoring professional golfer Ann Roe", "the Marlow Scholarship at Lune University"
            owner = next((n for n in names if n.start == sm.end()), None)
        elif sm.group("team") is not None:  # "the official sponsor of the Dallas Stars"
            owner = Name(sm.group("team"), sm.start("team"), sm.end("team"), "org")
        bm = EVENT_BENEFITS.match(text, sm.end(), span.end) if sm.group("event") else None
        if bm is not None:  # "the Marlow Golf Classic, which benefits the Lune Fund": the charity
            owner = next((n for n in names if n.start == bm.end()), owner)
        if (
            giver is not None
            and owner is not None
            and (
                not _same_words(giver.text, owner.text)
                or _named_for_sponsor(giver.text, owner.text)
            )
        ):
            # "Orvik sponsors the Vale Hackathon": what is sponsored is no giver
            out = [r for r in out if not (r.role == "donor" and r.name.start == sm.start("owner"))]
            _add_sponsorship(out, giver, owner, i)
            k = names.index(giver) if giver in names else 0
            if (
                k > 0
                and sm.group().startswith((" are ", " were "))
                and JOINED.fullmatch(text, names[k - 1].end, giver.start) is not None
                and names[k - 1].kind != "person"
            ):  # "Orvik Bank, Tessa Labs and Keller Mills are the lead sponsors of": each gives
                for n in [names[k - 1], *_givers_listed_before(text, names, k - 1)]:
                    if not any(r.name is n for r in out):
                        out.append(_Role(n, "donor", "gift.sponsor_of", 0.7, i))
    em = (
        EVENT_SPONSORED_BY.search(text, span.start, span.end)
        if (
            low.find("sponsored by", span.start, span.end) >= 0
            or low.find("presented by", span.start, span.end) >= 0
        )
        and not any(r.role == "recipient" for r in out)
        else None
    )
    if em is None and (
        low.find("sponsored by", span.start, span.end) >= 0
        or low.find("presented by", span.start, span.end) >= 0
    ):  # "The Vale Tech Summit, sponsored by Orvik Bank, opens": the event, or its host
        em = _search_until(out, "recipient", NAMED_EVENT_SPONSORED_BY, " by ", text, low, span)
    if em is not None:
        # "the Harbor House Spring Gala, presented by Orvik Bank": the sponsor gives.
        giver = next((n for n in names if n.start == em.end() and n.kind != "person"), None)
        charity: Name | None = None
        if giver is not None and not _same_words(giver.text, em.group("charity")):
            charity = Name(em.group("charity"), em.start("charity"), em.end("charity"), "org")
            if em.re is NAMED_EVENT_SPONSORED_BY:
                charity = _event_host(text, charity.start, charity.end)
                if PUBLIC_HOST.search(giver.text) is not None:
                    giver = (
                        None  # "the Vale Derby, sponsored by the Vale Park District": its organiser
                    )
        if giver is not None and charity is not None:
            out = [r for r in out if r.name.start != charity.start]  # (not the gala as a giver)
            _add_sponsorship(out, giver, charity, i)
            if em.re is NAMED_EVENT_SPONSORED_BY:  # "sponsored by Orvik Bank and Tessa Labs"
                for n in _names_listed(text, names, giver.start, people=False)[1:]:
                    if not any(r.name is n for r in out):
                        out.append(_Role(n, "donor", "gift.sponsor_of", 0.7, i))
    lm = (
        SPONSORS_LISTED.search(text, span.start, span.end)
        if not any(r.role == "donor" for r in out)
        and any(
            low.find(words, span.start, span.end) >= 0
            for words in (
                "sponsors include",
                "sponsors are ",
                "sponsors were ",
                "sponsors of ",
                "sponsors for ",
            )
        )
        else None
    )
    if lm is not None:
        # "Sponsors of the Dunmore Data Summit include Orvik Bank and Tessa Labs": each gives
        listed = _names_listed(text, names, lm.end(), people=False)
        event = _event_host(text, lm.start("event"), lm.end("event"))
        if listed and PUBLIC_HOST.search(listed[0].text) is None:
            out.extend(_Role(n, "donor", "gift.sponsor_of", 0.7, i) for n in listed)
            out.append(_Role(event, "recipient", "gift.sponsor_of", 0.7, i))
    fg = (
        FREE_GIFT.search(text, span.start, span.end)
        if (
            low.find("free ", span.start, span.end) >= 0
            or low.find("complimentary ", span.start, span.end) >= 0
        )
        and not any(r.role == "donor" for r in out)
        else None
    )
    if fg is not None:
        # "Orvik Grill, a family diner, will provide free meals to families displaced by": the
        # subject gives (people are no recipient)
        giver = next(
            (
                n
                for n in reversed(names)
                if n.end <= fg.start() and FREE_GIVER_GAP.fullmatch(text, n.end, fg.start())
            ),
            None,
        )
        if giver is not None and giver.kind != "person":
            out.append(_Role(giver, "donor", "gift.free_goods", 0.7, i))
    ss = _search_until(out, "recipient", SHARE_OF_SALES, ("% of ", "percent of "), text, low, span)
    if ss is not None:
        # "Orvik Shoes will give 10% of May sales to Harbor House": each named part
        giver = next((n for n in names if n.end == ss.start() and n.kind != "person"), None)
        receiver = next((n for n in names if n.start == ss.end()), None)
        if receiver is not None and (giver is None or not _same_words(giver.text, receiver.text)):
            if giver is not None and not any(r.name is giver for r in out):
                out.append(_Role(giver, "donor", "gift.share_of_sales", 0.7, i))
            out.append(_Role(receiver, "recipient", "gift.share_of_sales", 0.7, i))
    cp = _search_until(
        out, "recipient", CHARITY_PARTNER, ("charity partner", "charity of the"), text, low, span
    )
    if cp is not None:
        # "the Vale Open named the Tessa Trust as its charity partner": each named part
        giver = next((n for n in names if n.end == cp.start() and n.kind != "person"), None)
        partner = next((n for n in names if n.start == cp.start("charity")), None)
        if giver is not None and partner is not None and not _same_words(giver.text, partner.text):
            if not any(r.name is giver for r in out):
                out.append(_Role(giver, "donor", "gift.charity_partner", 0.7, i))
            out.append(_Role(partner, "recipient", "gift.charity_partner", 0.7, i))
    nm = _search_until(
        out, "recipient", SPONSOR_NAMED, ("sponsor", "rights partner"), text, low, span
    )
    if nm is not None:
        # "Harbor United FC has announced Orvik Bank as its shorts sponsor": each named part
        if nm.group("who") is None:
            taker = next((n for n in names if n.end == nm.start() and n.kind != "person"), None)
            giver = next((n for n in names if n.start == nm.start("sponsor")), None)
        else:  # "a deal with Orvik Bank, who will become the club's kit sponsor"
            giver = next((n for n in names if n.end == nm.start()), None)
            subject_at = span.start  # (after the dateline: "LONDON – Harbor United FC has ...")
            if doc.dateline is not None and span.start <= doc.dateline.end <= nm.start():
                gap = text[doc.dateline.end : doc.dateline.end + 8]
                subject_at = doc.dateline.end + len(gap) - len(gap.lstrip(" \t-–—:"))  # (" -- ")
            taker = next((n for n in names if n.start >= subject_at), None)
            if (
                taker is not None
                and taker.text.isupper()
                and text[taker.end : taker.end + 3] in (" – ", " - ", " — ", " --")
            ):  # a bare place subject_at the release: "LONDON – Harbor United FC has ..."
                subject_at = taker.end + (4 if text[taker.end + 1 : taker.end + 3] == "--" else 3)
                taker = next((n for n in names if n.start >= subject_at), None)
            if taker is not None and (
                taker.kind == "person"
                or SUBJECT_OPENING_PHRASE.fullmatch(text, subject_at, taker.start) is None
            ):
                taker = None
        if giver is not None and taker is not None and not _same_words(giver.text, taker.text):
            if not any(r.name is giver for r in out):
                out.append(_Role(giver, "donor", "gift.sponsor_of", 0.7, i))
            out.append(_Role(taker, "recipient", "gift.sponsor_of", 0.7, i))
    jm = (
        SPONSOR_JOINS.search(text, span.start, span.end)
        if (
            (
                low.find(" as ", span.start, span.end) >= 0
                and (
                    low.find(" sponsor", span.start, span.end) >= 0
                    or low.find("official partner", span.start, span.end) >= 0
                    or low.find("title partner", span.start, span.end) >= 0
                    or low.find("presenting partner", span.start, span.end) >= 0
                )
            )
            or (
                low.find("partnership with", span.start, span.end) >= 0
                and low.find(" sponsor", span.start, span.end) >= 0
            )
            or low.find(" sponsor its ", span.start, span.end) >= 0
            or low.find(" sponsor their ", span.start, span.end) >= 0
            or low.find(" sponsorship deal ", span.start, span.end) >= 0
            or low.find(" sponsorship agreement ", span.start, span.end) >= 0
            or low.find(" sponsorship contract ", span.start, span.end) >= 0
        )
        and not (any(r.role == "donor" for r in out) and any(r.role == "recipient" for r in out))
        else None
    )
    if jm is not None:
        _add_sponsor_joins(text, names, jm, out, i)
    tm = _search_until(out, "donor", THANKED_SPONSORS, "sponsors", text, low, span)
    if tm is None:  # "The Pell Summit comes to you through the generosity of Orvik Bank, ..."
        tm = _search_until(out, "donor", GENEROSITY_OF, "generosity of", text, low, span)
    if tm is not None:
        # "Harbor House thanks its gala sponsors: Orvik Bank, Tessa Labs and Keller Mills".
        sponsors = _names_listed(text, names, tm.end())
        host = names[0] if names and names[0].end <= tm.start() else None
        if host is None or SUBJECT_OPENING_PHRASE.fullmatch(text, span.start, host.start) is None:
            host = None
            if WE_OPENING.match(text, span.start, span.end) is not None:
                host = _own_company(
                    doc, span.start
                )  # "We thank our sponsors": the release's own body
        if (
            sponsors
            and host is not None
            and host.kind != "person"
            and not any(r.role == "recipient" for r in out)
            and not any(
                _same_words(n.text, host.text) or n.text.startswith(host.text) for n in sponsors
            )
        ):  # (no thanker named, as "The summit thanks its sponsors": no gift is told)
            out.extend(_Role(n, "donor", "gift.thanked_sponsor", 0.7, i) for n in sponsors)
            out.append(_Role(host, "recipient", "gift.thanks_sponsors", 0.7, i))
    if pm is not None and any(r.role == "recipient" for r in out):
        # "A portion of the proceeds will be donated to Harbor House": the seller gives.
        own = _own_company(doc, span.start)
        if own is not None and not any(_same_words(r.name.text, own.text) for r in out):
            out.append(_Role(own, "donor", "gift.proceeds", 0.7, i))
        em2 = (
            PROCEEDS_FROM_EVENT.search(text, span.start, pm.end())
            if not any(r.role == "donor" for r in out)
            else None
        )
        if (
            em2 is not None
            and PROCEEDS_OPENING.fullmatch(text, span.start, em2.start()) is not None
        ):
            # "Proceeds from the Harbor Open will go to Harbor House": the event's host gives.
            event = _event_host(text, em2.start("event"), em2.end("event"))
            if not any(_same_words(r.name.text, event.text) for r in out):
                out.append(_Role(event, "donor", "gift.proceeds", 0.7, i))
    donor_seen = donor_seen or any(r.role == "donor" for r in out)
    if (
        not donor_seen
        and sent.strong
        and names
        and names[0].kind == "org"
        and names[0].start - span.start <= 6
        and (doc.dateline is None or names[0].start >= doc.dateline.end)
        and low.find("philanthrop", names[0].end, span.end) >= 0
        and ITS_PHILANTHROPY.search(text, names[0].end, span.end) is not None
        and not any(r.name is names[0] for r in out)
    ):
        # "The Acme Foundation announced the largest expansion of its philanthropy efforts".
        out.append(_Role(names[0], "donor", "gift.own_philanthropy", 0.7, i))
        donor_seen = True
    if (
        not donor_seen
        and sent.strong
        and len(names) > 1
        and (names[0].kind == "org" or (names[0].kind == "name" and " " in names[0].text))
        and names[0].start - span.start <= 6
        and (doc.dateline is None or names[0].start >= doc.dateline.end)
        and not any(r.name is names[0] for r in out)
        and any(
            r.role == "recipient"
            and r.rule == "gift.to"
            and r.name.start - names[0].end < 240
            and ITS_GIFT_TO.search(text, max(names[0].end, r.name.start - 60), r.name.start)
            is not None
            for r in out
        )
    ):
        # "Acme announced that its 2020 donation to Harbor Paws trained ten dogs": Acme gives.
        out.append(_Role(names[0], "donor", "gift.own_gift_to", 0.7, i))
        donor_seen = True
    pronoun = (
        PRONOUN_GIVES.match(text, span.start, span.end)
        if not donor_seen and (sent.strong or sent.gift_money)
        else None
    )
    if pronoun is not None:
        # "Ann Roe chairs the board. She has personally raised $57,000 for CASA": Ann Roe gives.
        giver = _subject_before(doc, span.start, pronoun["p"].lower() != "they")
        if giver is not None and not any(r.name.text == giver.text for r in out):
            out.append(_Role(giver, "donor", "gift.pronoun", 0.7, i))
    if (
        not donor_seen
        and pronoun is None
        and (sent.strong or sent.gift_money)
        and _the_company_gives(text, low, span)
    ):
        # "The company has also contributed $2 million to food banks": the release's own company.
        own = (
            _own_company(doc, span.start)
            or _company_named_before(doc, span.start)
            or _about_subject(doc)  # "About Orvik Bank": the company the release is from
        )
        if own is not None and not any(r.name.text == own.text for r in out):
            out.append(_Role(own, "donor", "gift.the_company_gives", 0.7, i))
    if (
        "ompany" in text[span.start : span.end]
        and any(r.role == "donor" for r in out)
        and not any(r.role == "recipient" for r in out)
        and THE_COMPANY_GETS.search(text, span.start, span.end) is not None
    ):
        # "The company has been awarded a $2 million DoD grant": the headline's company receives.
        own = _title_subject(doc)
        if own is not None and not any(r.name.text == own.text for r in out):
            out.append(_Role(own, "recipient", "gift.the_company", 0.7, i))
    if officials and not any(r.role == "donor" for r in out):
        # "Minister Jane Roe announced a $5 million grant": the government gives.
        gov = _government_of(doc, span)
        if gov is not None:
            out.append(_Role(gov, "donor", "gift.government", 0.7, i))
    if officials and not any(r.role == "donor" for r in out):
        # "Mayor Ann Roe awarded $2 million to 90 groups through the Mayor's Office of
        # Community Affairs": the office she awards through gives.
        office = next(
            (
                n
                for n in names
                if span.start <= n.start < span.end
                and n.kind == "org"
                # "through the Ontario Trillium Foundation": a public body that hands it out
                and (OFFICE_NAME.search(n.text) is not None or n.text.endswith(_PUBLIC_UNITS))
                and _THROUGH.search(text, max(span.start, n.start - 20), n.start) is not None
            ),
            None,
        )
        if office is not None:
            out.append(_Role(office, "donor", "gift.official_through", 0.7, i))
    if officials and not any(r.role == "donor" for r in out):
        # "Governor Ann Roe presented $4 million in awards": her state gives.
        state = _state_of_governor(doc, officials) or _province_of_premier(text, officials)
        if state is not None:
            out.append(_Role(state, "donor", "gift.government", 0.7, i))
    if (
        officials
        and not any(r.role == "donor" for r in out)
        and low.find("minister", span.start, span.end) >= 0
        and any(low.find(w, span.start, span.end) >= 0 for w in _PUBLIC_MONEY)
    ):
        # "The Minister for Rural Affairs, Ann Roe, announced funding of €450,000": her
        # department gives (named so by ``_entities``).
        mm = MINISTER_PORTFOLIO.search(text, span.start, span.end)
        if mm is not None:
            who = Name(mm.group(), mm.start(), mm.end(), "org")
            out.append(_Role(who, "donor", "gift.minister_department", 0.7, i))
    if (
        (sent.strong or sent.gift_money)
        and not any(r.role == "donor" for r in out)
        and (
            low.find("anonymous", span.start, span.end) >= 0
            or low.find("mystery", span.start, span.end) >= 0
            or low.find("unnamed", span.start, span.end) >= 0
        )
    ):
        # "a $20,000 gift from an anonymous donor", "A mystery donor has left": the giver
        # the release does not name, as it calls them
        am = ANONYMOUS_GIVER.search(text, span.start, span.end)
        if am is not None:
            who = Name(am["who"], am.start("who"), am.end("who"), "name")
            out.append(_Role(who, "donor", "gift.anonymous_noun", 0.6, i))
    if (
        (sent.strong or sent.gift_money)
        and not any(r.role == "donor" for r in out)
        and (
            low.find("anonym", span.start, span.end) >= 0
            or low.find("privacy", span.start, span.end) >= 0
        )
    ):
        # "from an alumnus who wishes to remain anonymous", "The donors, a retired teacher
        # and her husband, wish to remain anonymous": the unnamed giver, as the release calls them
        pm = PRIVATE_GIVER.search(text, span.start, span.end)
        if pm is not None:
            g = "who" if pm.start("who") >= 0 else "described"
            who = Name(pm[g], pm.start(g), pm.end(g), "name")
            out.append(_Role(who, "donor", "gift.anonymous_noun", 0.6, i))
    if (
        (sent.strong or sent.gift_money)
        and not any(r.role == "donor" for r in out)
        and low.find(" from a", span.start, span.end) >= 0
    ):
        # "a $25 million donation from a Twin Cities family": the giver, as the release calls them
        fm = FAMILY_GIVER.search(text, span.start, span.end)
        if fm is not None:
            who = Name(fm["who"], fm.start("who"), fm.end("who"), "name")
            out.append(_Role(who, "donor", "gift.anonymous_noun", 0.6, i))
    channels = [  # "through its Ready Program": the giver's channel, not a giver
        r
        for r in out
        if r.role == "donor"
        and r.rule.startswith("gift.from")
        and _THROUGH.search(text, max(0, r.name.start - 20), r.name.start) is not None
    ]
    if (
        (sent.strong or sent.gift_money)
        and all(r in channels for r in out if r.role == "donor")
        and low.find("government", span.start, span.end) >= 0
    ):
        # "£38 million in government grants", "The federal government has distributed funds":
        # the government, named by the common noun alone, gives.
        gm = GOVERNMENT_NOUN.search(text, span.start, span.end)
        if (
            gm is not None
            and not any(GOVERNMENT.fullmatch(n.text) for n in names)
            and all(gm.start() < r.name.start for r in channels)
        ):
            gov = Name(gm["gov"], gm.start("gov"), gm.end("gov"), "org")
            out = [r for r in out if r not in channels]
            out.append(_Role(gov, "donor", "gift.government_noun", 0.7, i))
    if (
        sent.gift_money
        and all(r in channels for r in out if r.role == "donor")
        and low.find(", ", span.start, span.end) >= 0
    ):
        # "Elm Clinic will receive $450,000 through the Rural Health Program, the Department
        # of Health announced": the public body that reports the grant gives it.
        body = next(
            (
                n
                for n in names
                if n.kind == "org"
                and PUBLIC_BODY_NAME.search(n.text) is not None
                and BODY_SAID_BEFORE.search(text, max(span.start, n.start - 6), n.start) is not None
                and BODY_SAID_AFTER.match(text, n.end, span.end) is not None
            ),
            None,
        )
        if body is not None:
            out = [r for r in out if r not in channels]
            out.append(_Role(body, "donor", "gift.body_said", 0.75, i))
    # "Roe presented a $5,000 donation raised by Q7X": the organisation gives, not its envoy.
    # "Acmerama has awarded grants through its Youth Fund": the agent gives, the fund is its channel.
    if any(r.rule == "gift.agent" for r in out):
        out = [
            r
            for r in out
            if not (
                r.rule == "gift.from"
                and _THROUGH.search(text, max(0, r.name.start - 20), r.name.start)
            )
        ]
    if any(r.rule == "gift.from" for r in out):
        out = [
            r
            for r in out
            if not (r.rule == "gift.agent" and r.name.kind != "org" and " " not in r.name.text)
        ]
    if any(r.rule == "gift.to" for r in out) and (
        low.find("philanthrop", span.start, span.end) >= 0
        or low.find("giving", span.start, span.end) >= 0
        or low.find("community", span.start, span.end) >= 0
        or low.find("charitable", span.start, span.end) >= 0
    ):
        # "partnerships for Acme's philanthropy": the giving is Acme's own, Acme receives nothing.
        out = [
            r
            for r in out
            if not (
                r.role == "recipient"
                and r.rule == "gift.to"
                and OWN_GIVING_AFTER.match(text, r.name.end, min(span.end, r.name.end + 40))
            )
        ]
    if any(r.role == "recipient" and r.name.text.endswith(_UNIT_WORDS) for r in out):
        # "Orvik Labs says its Diagnostics Division has won a grant": the company
        # that owns the unit receives.
        owner = next(
            (
                n
                for n in names
                if n.kind == "org" and (doc.dateline is None or n.start >= doc.dateline.end)
            ),
            None,
        )
        for r in out:
            if (
                r.role == "recipient"
                and r.name.text.endswith(_UNIT_WORDS)
                and text[max(span.start, r.name.start - 4) : r.name.start] == "its "
                and owner is not None
                and owner.end < r.name.start
            ):
                r.name = owner
    thanked = [r for r in out if r.rule == "gift.thanked_for"]
    if thanked and any(r.rule == "gift.to" for r in out):
        # "grateful to Acme and to Jo for this donation": Jo is thanked too, not given to
        out = [
            r
            for r in out
            if not (
                r.rule == "gift.to"
                and any(
                    d.name.end < r.name.start
                    and _fullmatch(r"\s(?:and|&)\sto\s(?:the\s)?", text[d.name.end : r.name.start])
                    for d in thanked
                )
            )
        ]
    if sum(r.role == "recipient" for r in out) >= 2 and (
        low.find(" arm ", span.start, span.end) >= 0
        or low.find(" affiliate ", span.start, span.end) >= 0
    ):
        # "to Friends of Vale Hospital, the fundraising arm for Vale Hospital": the body the
        # receiver raises for is named to describe it, not given to
        first_rec = next(r for r in out if r.role == "recipient")
        out = [
            r
            for r in out
            if r is first_rec
            or r.role != "recipient"
            or ARM_FOR_BEFORE.fullmatch(text, first_rec.name.end, r.name.start) is None
        ]
    if (
        not sent.in_title
        and i < _NAMED_BEFORE_REACH
        and (sent.strong or bool(sent.gift_money))
        and not any(r.role == "recipient" for r in out)
        and low.find(" the ", span.start, span.end) >= 0
        and any(low.find(kind, span.start, span.end) >= 0 for kind in _RECEIVER_KINDS)
    ):
        # "The Orvik Foundation cut a check to the food bank": the food bank named before
        named = _receiver_named_before(doc, span, [r.name.text for r in out])
        if named is not None:
            out.append(_Role(named, "recipient", "gift.to_named_before", 0.7, i))
    tos = [r for r in out if r.role == "recipient" and r.rule in ("gift.to", "gift.to_coordinated")]
    if tos and text.find(";", tos[-1].name.end, span.end) >= 0:
        # "to College Summit, which partners with schools; the Posse Foundation; and the Lee
        # Fund": receivers listed between semicolons, each with its description
        item_end = max(r.name.end for r in tos)
        while True:
            described = ITEM_CLAUSE.match(text, item_end, span.end)
            semi = SEMICOLON_OPENS.match(text, described.end() if described else item_end, span.end)
            item = next((n for n in names if n.start == semi.end()), None) if semi else None
            if item is None:
                break
            if not any(r.name is item for r in out):
                out.append(_Role(item, "recipient", "gift.to_coordinated", 0.8, i))
            item_end = item.end
    if (
        names
        and not any(r.role == "recipient" for r in out)
        and doc.lower.find(" that ", span.start, span.start + 160) >= 0
    ):
        # "Vale Hospital Foundation today announced that Ann Roe has made a $2 million gift":
        # the body announcing someone else's gift receives it
        announced = next((r for r in out if r.role == "donor" and r.rule == "gift.agent"), None)
        host = names[0]
        if (
            announced is not None
            and announced.name is not host
            and host.kind != "person"
            and SUBJECT_OPENING_PHRASE.fullmatch(text, span.start, host.start) is not None
            and ANNOUNCED_THAT.fullmatch(text, host.end, announced.name.start) is not None
            and not _official(doc, host)
        ):
            out.append(_Role(host, "recipient", "gift.announces_gift_of", 0.7, i))
    for r in out:
        if (
            r.role == "recipient"
            and text.startswith(" ", r.name.end)
            and "Minister" in text[r.name.end : r.name.end + 16]
        ):
            # "the Vale Chief Minister's Relief Fund": the fund, not the place before the office
            fm = MINISTERS_FUND_AFTER.match(text, r.name.end, min(span.end, r.name.end + 80))
            if fm is not None:
                r.name = Name(text[r.name.start : fm.end()], r.name.start, fm.end(), "org")
    if doc.lower.find("on behalf of ", span.start, span.end) >= 0:
        # "Ann Roe presented a check on behalf of the Orvik Foundation", "accepted the gift on
        # behalf of Harbor House": the body she acts for plays her part
        bm = ON_BEHALF_OF.search(text, span.start, span.end)
        body = next((n for n in names if bm and n.start == bm.end() and n.kind != "person"), None)
        if bm is not None and body is not None:
            for r in out:
                if r.name.kind == "person" and r.name.end <= bm.start() and r.rule in _ACTOR_RULES:
                    r.name = body
    for r in out:
        if r.role == "donor" and r.name.kind != "org" and text[r.name.end : r.name.end + 2] == ", ":
            # "presented by Ann Roe, club president, to Y": the club named before gives
            om = CLUB_OFFICER.match(text, r.name.end, min(span.end, r.name.end + 60))
            if om is not None:
                word = om["w"]
                body = _named_before(
                    doc, Name(word[0].upper() + word[1:], om.start("w"), om.end("w"), "org")
                )
                if body is not None:
                    r.name = body
    if (
        not sent.in_title
        and i < _NAMED_BEFORE_REACH
        and bool(sent.gift_money)
        and not any(r.role == "donor" for r in out)
        and any(low.find(w, span.start, span.end) >= 0 for w in _GIVER_KIND_WORDS)
    ):
        # "Since 2011 the foundation has provided $60 million in grants": the foundation named before
        named = _giver_named_before(doc, span, [r.name.text for r in out])
        if named is not None:
            out.append(_Role(named, "donor", "gift.giver_named_before", 0.7, i))
    if sent.in_title:
        for r in out:
            r.confidence = min(1.0, r.confidence + 0.1)
    return out


# The gift sentences that may name their receiver by its kind alone ("to the food bank"),
# among a release's first: the body named before is looked for in the 1,500 characters
# before each, and a list of a thousand such sentences must not cost a look each.
_NAMED_BEFORE_REACH = 40

# The body a receiver raises money for, in an appositive: "Friends of Vale Hospital|, the
# fundraising arm for |Vale Hospital".
ARM_FOR_BEFORE = deferred_pattern(
    r",\s(?:the|its|an?)\s(?:[\w-]+\s){0,3}?(?:arm|affiliate)\s(?:for|of)\s(?:the\s|The\s)?"
)


# A receiver called by its kind after a giver's verb: "donated $500 |to the food bank|".
_RECEIVER_KINDS = (
    "food bank", "bank", "hospital", "hospice", "school", "charity", "shelter", "museum",
    "library", "university", "college", "pantry", "clinic", "centre", "center", "zoo",
    "church", "academy", "orchestra", "theatre", "theater",
)  # fmt: skip
# The heads of the names a kind may stand for: "the school" is Vale College too.
_KIND_HEADS = {
    "school": ("school", "college", "university", "academy"),
    "university": ("university", "college"),
    "college": ("college", "university"),
}
TO_THE_KIND = deferred_pattern(
    rf"""
    (?:\sto\sthe\s                                                    # "to the"
      | \b(?:giv(?:e|es|ing)|gave|award(?:s|ed|ing)?|present(?:s|ed|ing)?)\sthe\s  # "giving the"
        (?=(?:local\s|new\s)?(?:{alternation(_RECEIVER_KINDS)})\s(?:an?\s|[$€£]))   # "school a $5 gift"
    )
    (?:local\s|new\s)?
    (?P<kind>{alternation(_RECEIVER_KINDS)})                          # "food bank"
    (?![\w-]|\s(?:of|at)\s|\s(?:in|for)\s\p{{Lu}}|\s\p{{Lu}}|{APOSTROPHE})   # not "the hospital of Leeds", "the school's"
    """,
    regex.VERBOSE,
)


# Who speaks for a dead giver's estate: "Jo Lee, who represents the estate of |Ann Roe,",
# "Tom Roe, executor of the estate of the late |Ann Roe,": the estate's owner gives.
ESTATE_AGENT = deferred_pattern(
    r"""
    ^,?\s(?:(?:who|which)\s)?(?:represents|represented|representing|handles|handled|handling
         |(?:is|was|as|an?|the)?\s?(?:executor|executrix|administrator|attorney|lawyer|trustee)s?\s(?:of|for))
    \s(?:the\s)?estate\sof\s(?:the\slate\s)?$
    """,
    regex.VERBOSE,
)


def _estate_giver(text: str, names: list[Name], agent: Name) -> Name | None:
    """The person whose estate ``agent`` acts for, named right after it, if any."""
    if "estate of" not in text[agent.end : agent.end + 80]:
        return None
    nxt = next((n for n in names if n.start > agent.end), None)
    if nxt is None or nxt.kind == "org" or nxt.start - agent.end > 80:
        return None
    return nxt if ESTATE_AGENT.match(text[agent.end : nxt.start]) is not None else None


# Between a clause's first person, described, and the kin who gives with them: "Jo Roe|, a
# former trustee, and his son, |Tom, are giving".
KIN_AFTER_APPOSITION = deferred_pattern(
    r"""
    (?:,\s(?:a|an|the|his|her)\s[^,;()]{2,80},)?          # ", a former trustee,"
    \s(?:and|&)\s(?:his|her|their)\s(?:late\s)?
    (?:wife|husband|spouse|partner|sons?|daughters?|brothers?|sisters?|mother|father)  # and his son
    ,?\s
    """,
    regex.VERBOSE,
)


def _kin_lead(text: str, names: list[Name], k: int, span: Span) -> Name | None:
    """The person opening the sentence who gives with the kin ``names[k]`` names."""
    lead = names[0]
    if (
        k == 0
        or lead.kind == "org"
        or lead.start - span.start > 6
        or " and " not in text[lead.end : names[k].start]
    ):
        return None
    return lead if KIN_AFTER_APPOSITION.fullmatch(text, lead.end, names[k].start) else None


# What a gift made possible, opening its sentence: "The new clinic| at Vale Hospital| was made
# possible by", "The center| was made possible by".
MADE_POSSIBLE_THING = deferred_pattern(
    r"""
    [\W_]{0,3}(?:The|This|Its|Their)\s(?:[\p{Ll}-]+\s){0,3}?
    (?P<thing>center|centre|clinic|wing|building|hall|lab|laboratory|program|programme|project
      |facility|garden|library|room|space|initiative|institute|unit|ward|gallery|studio|scholarship)s?
    (?P<at>\s(?:at|of|for)\s(?:the\s)?)?
    """,
    regex.VERBOSE,
)
# A body opening its sentence on what it opened or began: "Vale Hospital| opened a clinic".
OPENED_THING = deferred_pattern(
    r"""
    \s(?:(?:has|have|had|will|today|recently|officially|also|just)\s){0,2}
    (?:opened|opens|open|launched|launches|launch|unveiled|unveils|unveil|dedicated|dedicates|built
      |builds|created|creates|established|establishes|inaugurated|inaugurates|celebrated|celebrates)\b
    """,
    regex.VERBOSE,
)


def _made_possible_for(doc: Document, span: Span, names: list[Name]) -> Name | None:
    """The body a gift "made possible" something for: named after the thing ("The clinic at
    Vale Hospital was made possible"), else the subject that opened it in this sentence or the
    one before ("Vale Hospital opened a clinic. The clinic was made possible by")."""
    text = doc.text
    m = MADE_POSSIBLE_THING.match(text, span.start, span.end)
    if m is not None and m["at"] is not None:
        return next((n for n in names if n.start == m.end() and n.kind != "person"), None)
    candidates = [span]
    if m is not None:  # "The center was made possible": the sentence before opened it
        k = doc.sentence_index(span.start)
        if k > 0:
            candidates.append(doc.sentences[k - 1])
    for s in candidates:
        found = find_names(doc, s.start, min(s.end, s.start + 160), limit=2)
        opener = found[0] if found else None
        lo = s.start
        if opener is not None and text.startswith(("-based ", "–based "), opener.end):
            lo = opener.end + 7  # "Leeds-based |Vale Health opened"
            opener = found[1] if len(found) > 1 and found[1].start == lo else None
        if (
            opener is not None
            and opener.kind != "person"
            and SUBJECT_OPENING_PHRASE.fullmatch(text, lo, opener.start) is not None
            and OPENED_THING.match(text, opener.end, s.end) is not None
        ):
            return opener
    return None


def _receiver_named_before(doc: Document, span: Span, parties: list[str]) -> Name | None:
    """The receiver a gift sentence calls by its kind ("to the food bank"): the last name ending
    in that kind in the headline, the few sentences before or the sentence before the kind (not
    one of the sentence's parties)."""
    text = doc.text
    m = TO_THE_KIND.search(text, span.start, span.end)
    if m is None:
        return None
    kind = m["kind"].lower()
    heads = tuple(" " + w for w in _KIND_HEADS.get(kind, (kind,)))
    lo = max(0, span.start - 1500)
    found = find_names(doc, lo, m.start())
    if doc.title is not None and doc.title.end <= lo:
        found = find_names(doc, doc.title.start, doc.title.end) + found
    for n in reversed(found):
        words = n.text.lower()
        if (
            words.endswith(heads)
            and n.text not in parties
            and not any(_same_words(n.text, p) for p in parties)
        ):
            return n
    # "Orvik Bank, a longtime supporter of Harbor House, donated $5,000 to the shelter"
    sm = SUPPORTER_OF.search(text, span.start, m.start())
    if sm is not None:
        return next((n for n in found if n.start == sm.end() and n.kind != "person"), None)
    return None


# A giver called by its kind as the subject of a giving verb: "the foundation has provided|",
# "The trust also awarded|"; the kind is the head of the giver's name ("Orvik Foundation").
_GIVER_KINDS = ("foundation", "trust", "charitable trust", "credit union", "lodge", "rotary club")
_GIVER_KIND_WORDS = tuple(f"the {k} " for k in _GIVER_KINDS)
GIVER_THE_KIND = deferred_pattern(
    rf"""
    \b[Tt]he\s(?P<kind>{alternation(_GIVER_KINDS)})\s                    # "the foundation"
    (?:(?:has|have|had|will|would|also|recently|today|now|then|since|so\sfar|once\sagain
      |again|this\syear|last\syear)\s){{0,3}}                               # "has also"
    (?:donated|gave|given|granted|awarded|provided|contributed|pledged|committed
      |distributed|allocated|presented|donates|gives|awards|provides|contributes
      |distributes|give|award|provide|donate|contribute)\b                # the giving verb
    (?=[^.;]{{0,80}}?(?:[$€£₹]|\d))                                       # a sum after it
    """,
    regex.VERBOSE,
)


def _giver_named_before(doc: Document, span: Span, parties: list[str]) -> Name | None:
    """The giver a gift sentence calls by its kind ("the foundation has provided $2 million"):
    the last name ending in that kind in the headline or the 1,500 characters before."""
    text = doc.text
    m = GIVER_THE_KIND.search(text, span.start, span.end)
    if m is None:
        return None
    head = " " + m["kind"].lower()
    lo = max(0, span.start - 1500)
    found = find_names(doc, lo, m.start())
    if doc.title is not None and doc.title.end <= lo:
        found = find_names(doc, doc.title.start, doc.title.end) + found
    for n in reversed(found):
        if (
            n.text.lower().endswith(head)
            and n.text not in parties
            and not any(_same_words(n.text, p) for p in parties)
        ):
            return n
    return None


# The sponsors a release thanks, named after a colon: "Harbor House thanks its 2025 gala
# sponsors: Orvik Bank, Tessa Labs and Keller Mills", "our gratitude to our generous
# sponsors: Orvik Bank has ...". Each gives; the one who thanks receives.
THANKED_SPONSORS = deferred_pattern(
    r"""
    \b(?i:thanks?|thanking|gratitude|grateful|appreciat\w*)\b[^.:;!?\n]{0,70}?  # "thanks its 2025 gala"
    \b(?i:sponsors)[ \t]?:[ \t]*(?=\p{Lu})                                        # "sponsors: |Orvik Bank"
    """,
    regex.VERBOSE,
)


# Givers credited after what they make possible: "the Pell Summit is brought to you through
# the generosity of |Orvik Bank, Tessa Labs and Keller Mills" (the subject receives).
GENEROSITY_OF = deferred_pattern(
    r"""
    \b(?i:through|thanks\sto|by|with|from)\s(?:the\s)?                           # "through the"
    (?:(?i:continued|kind|great|ongoing)\s)?(?i:generosity)\sof\s(?:the\s)?(?=\p{Lu})  # "generosity of |Orvik"
    """,
    regex.VERBOSE,
)


# Goods and services given free to people in need: "Orvik Grill will provide free meals to
# families displaced by the Vale fire", "Tessa Summit, a conference for founders, is offering
# free tickets to owners affected by the floods". The subject before the match gives.
FREE_GOODS = """
    tickets meals food lunches dinners breakfasts groceries rides travel transportation
    admission passes memberships repairs haircuts coffee water supplies shelter lodging rooms
    accommodation accommodations books backpacks coats vaccinations screenings treatment
    clothing
""".split()
FREE_NEEDS = """
    affected impacted displaced fleeing survivors victims evacuees homeless refugees orphans
    firefighters underserved disadvantaged low-income
""".split()
FREE_GIFT = deferred_pattern(
    r"""
    \s(?:(?:is|are|was|were|will|would|has|have|had|also|now|pleased|proud|happy|to|be)\s){0,4}  # "is pleased to"
    (?i:offer|offers|offering|offered|provide|provides|providing|provided|give|gives|giving
      |gave|distribute|distributes|distributing|distributed|serve|serves|serving|served
      |hand(?:s|ed|ing)?\sout)(?:\saway)?\s                                    # "is offering"
    (?:(?:more\sthan|over|up\sto|nearly|some)\s)?(?:[\d,]{1,9}\s)?                # "more than 500"
    (?i:free|complimentary)\s(?:[\p{Ll}-]{1,20}\s){0,2}?(?:GOODS)\b                 # "free hot meals"
    [^.;!?]{0,40}?\s(?:to|for)\s[^.;!?]{0,50}?\b(?:hit\sby|in\sneed|NEEDS)\b      # "to families displaced"
    """.replace("GOODS", alternation(FREE_GOODS)).replace("NEEDS", alternation(FREE_NEEDS)),
    regex.VERBOSE,
)
# Between the giver and FREE_GIFT: "|, a conference for founders,| is offering free tickets".
FREE_GIVER_GAP = deferred_pattern(r"(?:\s\([^()]{1,20}\))?(?:,\s[^.;!?]{1,120}?,)?")


# A share of sales handed on (cause marketing without a sum): "Orvik Shoes will give 10% of May
# sales to Harbor House", "is donating 5 percent of every purchase to benefit the Tessa Trust".
SHARE_OF_SALES = deferred_pattern(
    r"""
    \s(?:(?i:will|would|is|are|was|has|have|also|now|to|pledges\sto|plans\sto)\s){0,3}  # "will"
    (?i:give|gives|giving|gave|donat\w{1,3}|contribut\w{1,4}|direct\w{0,3}|dedicat\w{1,3}
      |pass\w{0,3}\son)\s(?:back\s)?(?:(?:up\sto|at\sleast|a\sfull)\s)?          # "will give"
    \d{1,3}(?:\.\d{1,2})?\s?(?:%|(?i:percent|per\scent))\sof\s                     # "10% of"
    (?:(?:its|their|all|the|every|each|our|net)\s)?(?:[\p{L}'’-]{1,20}\s){0,3}?        # "May"
    (?i:sales|proceeds|profits|purchases?|orders?|bookings)\b                         # "sales"
    [^.;!?]{0,80}?\s(?:to|for|toward|towards|benefit\w{0,3}|support\w{0,3})\s          # " to"
    (?:the\s)?(?=\p{Lu})                                                             # "|Harbor House"
    """,
    regex.VERBOSE,
)


# A charity a company or an event takes as its partner: "the Vale Open named the Tessa Trust as
# its national charity partner", "Orvik Bank has chosen Harbor House as its charity of the year".
# The name before gives; the one at ``charity`` receives.
CHARITY_PARTNER = deferred_pattern(
    r"""
    \s(?:has\s|have\s)?(?i:named|names|selected|selects|chose|chosen|announced|announces
      |welcomed|welcomes|picked|picks)\s                                              # "named"
    (?:the\s)?(?P<charity>)\p{Lu}[^.;!?]{1,80}?\sas\s(?:its|their|our|the)\s         # "the |Tessa Trust as its"
    (?:(?i:new|official|national|exclusive|first|primary|annual|\d{4})\s){0,3}        # "national"
    (?i:charity|charitable|nonprofit|non-profit)\s(?i:partner|beneficiary|of\sthe\s(?:year|season))  # "charity partner"
    """,
    regex.VERBOSE,
)


# The receiver named as what a gift's beneficiary or chosen charity is: "The first beneficiary
# of the grant was |the |Lee Food Bank", "Another major beneficiary is |Harbor House", "The
# charity picked to receive the raffle's takings is |the |Vale Trust", "June's charity will be
# |Harbor House". The name at the match's end receives (not "The charity is Britain's largest").
COPULAR_RECEIVER = deferred_pattern(
    r"""
    (?:\b(?:[Tt]he|[Aa]nother|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat)              # "The", "Another"
      |(?<![\p{L}'’])\p{Lu}\p{Ll}{2,12}['’]s)\s                                       # "June's"
    (?:(?!(?:is|was|will)\s)[\p{Ll}\d'’-]{2,20}\s){0,2}                          # "first", "major"
    (?i:beneficiary|charity|recipient)                                              # "beneficiary"
    (?:\s(?:of|from|for)\s[^.;:!?]{1,80}?                                          # " of the grant"
      |\s(?:nominated|chosen|selected|picked)\sto\s(?:receive|benefit)\b[^.;:!?]{0,80}?)?  # " chosen to receive ..."
    \s(?:is|was|will\sbe)\s(?:the\s|The\s)?(?=\p{Lu})                              # " was the |"
    """,
    regex.VERBOSE,
)
# Between a receiver's name and the name it owns: "Ann|’s |Heart".
POSSESSIVE_JOIN = deferred_pattern(rf"{APOSTROPHE}s\s")
# The words COPULAR_RECEIVER's heads hold, looked for before it is tried.
_COPULAR_HEADS = ("beneficiary", "charity", "recipient")


# A body naming its sponsor, with no "of": "Harbor United FC has announced Orvik Bank as its
# official shorts sponsor", "the Vale Open named Orvik Bank its naming-rights partner". The name
# before receives; the one at ``sponsor`` gives. Told from the sponsor (at ``who``): "a deal with
# Orvik Bank, who will become the club's official kit sponsor": the sentence's subject receives.
# The sponsor's kinds are listed: "its official water partner" (a supplier) is no gift.
SPONSOR_NAMED = deferred_pattern(
    r"""
    (?:\s(?:has\s|have\s)?(?i:named|names|announced|announces|announce|unveiled|unveils
        |welcomed|welcomes|welcome|confirmed|confirms|appointed|appoints)\s            # "announced"
      (?:the\s)?(?P<sponsor>)\p{Lu}[^.;!?]{1,80}?\s(?:as\s)?                         # "|Orvik Bank as"
    |(?P<who>),\s(?:who|which)\s(?:will\s|has\s|have\s)?(?:become|becomes|became|be|is
        |serves?\sas|joins?\sas)\s                                                 # ", who will become"
    )
    (?:its|their|our|(?i:the)\s(?i:club|team|side|league|tournament|event|festival|race
      |championship|competition)(?:'s|’s))\s                                       # "its", "the club's"
    (?:(?i:new|official|exclusive|principal|main|primary|first|\d{4}(?:[-–/]\d{2,4})?)\s){0,3}  # "official"
    (?:(?i:title|presenting|front-of-shirt|back-of-shirt|shirt|sleeve|kit|shorts?|jersey
      |training\skit|stadium|headline|lead)\s)?                                      # "shorts"
    (?i:sponsor|naming[- ]rights\s(?:partner|sponsor))\b                             # "sponsor"
    """,
    regex.VERBOSE,
)


# A sponsor joining what it backs, or welcomed by it, with no "of": "Pell Capital joins the
# Vale Summit as a Gold sponsor", "Harbor United FC welcomes Orvik Bank as its official
# partner". After "welcomes" the name at ``other`` gives and the one before receives; after
# the other verbs the name before gives and the one at ``other`` receives ("Orvik partners
# with the Pell League to sponsor its finals"). A partner must be an official, title or
# presenting one ("joins the network as a Gold partner" is a tier).
SPONSOR_JOINS = deferred_pattern(
    r"""
    \s(?:(?:has|have|had|will|to)\s)?(?:(?:officially|proudly|also|again|once\sagain)\s)?
    (?:
      (?P<verb>(?i:joined|joins|join|welcomed|welcomes|welcome|returns\sto|returned\sto|returning\sto
        |(?:signed|signs|came|comes|teamed|teams)\s(?:on|up|on\sboard)\swith))\s        # "joins"
      (?:the\s)?(?P<other>)\p{Lu}[^.;!?]{1,80}?                                         # "the |Vale Summit"
      (?<!(?i:study|studies|trial|trials|act|bill|resolution|legislation))                # (no study, no bill)
      \s(?i:as)\s(?:(?:a|an|the|its|their|our)\s)?                                        # " as a"
      (?:(?i:new|official|proud|returning|exclusive|principal|main|\d{4}(?:[-–/]\d{2,4})?)\s){0,3}  # "official"
      (?:(?i:title|presenting|premier|platinum|gold|silver|bronze|diamond|headline|lead|event
        |major|signature|founding|kit|shirt|jersey|shorts|sleeve)\s){0,2}                 # "Gold"
      (?i:sponsor|(?<=(?i:official|title|presenting|headline)\s)partner)\b                # "sponsor"
      (?!\s(?:of|for|in)\s(?:the\s|its\s|their\s)?(?:[\w-]+\s){0,3}?(?i:trials?|study|studies|bill))  # (not a trial's)
    | (?P<verb>signed|signs|inked|inks|agreed|agrees|announced|announces|renewed|renews|extended
        |extends)\s(?:a|an|its|their)\s(?:[\w$€£.,-]+\s){0,4}?sponsorship\s(?:deal|agreement|contract)
      \swith\s(?:the\s)?(?:[\p{Ll}-]+\s){0,2}?(?P<other>)\p{Lu}                              # "signed a sponsorship deal with sprinter |Ann Roe"
      (?![^.;!?]{0,80}?\b(?i:trials?|study|studies|investors?)\b)                              # (not a trial's)
    | (?P<verb>(?i:announced|announces|announce|signed|signs|formed|forms|entered\sinto|enters\sinto))
      \s(?:a\s|an\s|its\s|their\s)?(?:[\w-]+\s){0,3}?partnership\swith\s(?:the\s)?           # "announced a partnership with the"
      (?P<other>)\p{Lu}[^.;!?]{1,80}?                                                     # "|Marlow Jazz Festival"
      (?:,\s(?:becoming|to\sbecome)|\s(?:to\sbecome|to\sserve\sas|as))\s                      # ", becoming"
      (?:the\s|its\s|an?\s|(?:the\s)?[\p{L}-]+['’]s\s)?                                    # "the festival's"
      (?:(?i:new|official|exclusive|title|presenting|lead|premier|headline|founding)\s){0,3}
      (?:\p{Lu}[\p{L}-]*\s){0,2}(?i:sponsor)\b                                          # "title sponsor"
    | (?P<verb>partners|partnered|partnering|teams\sup|teamed\sup|joins\sforces|joined\sforces)
      \swith\s(?:the\s)?(?P<other>)\p{Lu}[^.;!?]{1,80}?                                 # "partners with the |Pell League"
      \sto\s(?:(?:help|proudly)\s)?sponsor\s(?:its|their)\s                              # "to sponsor its"
    )
    """,
    regex.VERBOSE,
)


# A quoted grantee's own business: "said Ann Roe, RISE grantee and owner of Harbor Bakery".
GRANTEE_OWNER = deferred_pattern(
    r"""
    \b(?i:grantees?|grant\srecipients?|awardees?)\s(?:and|&)\s                 # "grantee and"
    (?i:(?:co-)?owner|(?:co-)?founder|ceo|president|executive\sdirector)\sof\s   # "owner of"
    (?:the\s)?(?=\p{Lu})
    """,
    regex.VERBOSE,
)


# A gift taken, with its giver and its taker: "the acceptance of a $400 million jet from
# the Orvian royal family by Senator Ann Roe". The giver's name opens at ``giver``, the
# taker's at the match's end.
ACCEPTED_FROM_BY = deferred_pattern(
    r"""
    \b(?i:acceptance|receipt)\sof\s(?:a|an|the)\s[^.;:]{1,80}?              # "acceptance of a $400 million jet"
    \sfrom\s(?:the\s)?(?P<giver>)\p{Lu}[^.;:]{0,60}?                       # "from the |Orvian royal family"
    \sby\s(?:(?:former|then|current|the)\s)?(?:(?i:president|senator|governor|mayor|minister|sheikh)\s)?
    (?=\p{Lu})                                                            # "by former President |Ann Roe"
    """,
    regex.VERBOSE,
)


# Money a body raised for its own work: "raised more than $6,500 for its bursary fund".
RAISED_FOR_ITS = deferred_pattern(
    r"^[^.;:]{0,60}?[\d\p{Sc}][^.;:]{0,30}?\sfor\s(?:its|their)\s(?:own\s)?(?:[\p{Ll}-]+\s){0,2}?"
    r"(?:scholarships?|funds?|programs?|programmes?|mission|work|services|campaign|research"
    r"|initiatives?|operations|shelter|clinic)\b"
)


# The last words of a unit of a company: "its Bio-Medical Division".
# A sentence in the release's own voice: "We would like to thank", "Our heartfelt thanks".
WE_OPENING = deferred_pattern(r"[\W_]{0,3}(?:We|Our)\b")
_UNIT_WORDS = (
    " Division",
    " Department",
    " Unit",
    " Subsidiary",
    " Segment",
    " Laboratory",
    " Lab",
)


# A giver handing goods on to a named receiver, in a sentence after a stated gift: "the
# firm has also provided beds and stoves to Harbor House", "has also given 40 bikes to".
IN_KIND_TO = deferred_pattern(
    r"""
    \b(?:provided|given|gave|contributed|gifted)\s     # the verb first: the scan looks for it
    (?<=
      \b(?:has|have|had|also|then|later|further|additionally)\s(?:also\s)?\w+\s
      |\b\p{Lu}[\p{L}.&'’-]*\s\w+\s)                     # "has also given", "HCL Foundation provided"
    (?!(?:them|it|us|him|her)\b)
    (?![^.;:!?]{0,50}?\b(?:services?|support|access|guidance|training|advice|updates?|information
        |solutions?|consulting|coverage|care|data|insights?|feedback|products?)\b)  # not its trade
    [^.;:!?]{1,80}?\sto\s(?:the\s|The\s)?(?=\p{Lu})
    """,
    regex.VERBOSE,
)


# A bequest received from someone named: "has received a generous bequest from".
RECEIVED_BEQUEST = deferred_pattern(
    r"\breceiv(?:es|ed|ing)\s(?:an?|the|its)\s(?:[\p{Ll}-]+\s){0,2}?(?:bequest|legacy)\sfrom\s"
)
# A collection of works a body receives: "received 22 paintings", "has received 29 of these works".
RECEIVED_WORKS = deferred_pattern(
    r"""
    \breceiv(?:es|ed|ing)\s                                               # received
    (?:(?:more\sthan|over|nearly|almost|some|about|around)\s)?            # some
    (?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds))\s
    (?:of\s(?:these|the|those|its|their|his|her)\s)?                     # 29 of these
    (?:[\p{L}-]+\s){0,2}?                                                # Impressionist
    (?:paintings|works|artworks|photographs|photos|prints|drawings|manuscripts|artifacts|artefacts
      |objects|sculptures|instruments|masterpieces|specimens|rare\sbooks|volumes)\b
    """,
    regex.VERBOSE,
)
# The words by which a sentence refers back to a gift just told: "the donation includes".
_GIFT_BACK = (
    "the donation",
    "the gift",
    "this gift",
    "this donation",
    "the bequest",
    "the collection",
)


def _gift_told_next(doc: Document, idx: int) -> bool:
    """Whether one of the two sentences after unit ``idx`` refers back to a gift."""
    units = doc.sentences
    low = doc.lower
    return any(
        low.find(w, units[j].start, units[j].end) >= 0
        for j in (idx + 1, idx + 2)
        if j < len(units)
        for w in _GIFT_BACK
    )


# A gift its receiver took, the giver unnamed: "received a donation of 500 coats".
RECEIVED_GIFT = deferred_pattern(
    r"""
    [^.;:!?]{0,40}?\b(?i:receiv(?:es|ed|ing)|accept(?:s|ed)|secur(?:es|ed)|won|wins)\s
    (?:[\w$€£.,-]+\s){0,5}?(?i:donations?|gifts?|grants?|contributions?|pledges?)\b
    (?!\s(?i:requests?|applications?|inquir\w+|proposals?|letters?|cards?|writ\w+|programs?))
    """,
    regex.VERBOSE,
)


# A cheque handed over, with or without its sum: "presented a ceremonial check to",
# "presented Harbor House with an oversized cheque".
PRESENTED_CHECK = deferred_pattern(
    r"\b(?i:present(?:s|ed|ing)?)\s(?:[^.;:!?]{1,60}?\s)?(?i:with\s)?(?i:a|an|the|their|its)\s"
    r"(?:[\w$€£.,-]+\s){0,3}?(?i:checks?|cheques?)\b(?!\s?-?(?i:in|out|up|list|box)\b)"
    # "presented checks to", "Checks and certificates were presented by": plural, no article
    r"|\b(?i:present(?:s|ed|ing)?)\s(?:[\p{Ll}-]+\s){0,2}?(?i:checks|cheques)\s(?:to|totall?ing)\b"
    r"|\b(?:[Cc]hecks|[Cc]heques)\s(?:[\p{Ll}-]+\s){0,3}?(?:were|are|was)\s(?:[\p{Ll}]+\s)?presented\b"
)


# The charities a giver works with, named right after a stated gift: "has strong
# partnerships with Harbor House and the Lee Food Bank", "partnerships include support for".
PARTNERS_IN_GIVING = deferred_pattern(
    r"""
    \b(?:
        (?:strong|long-standing|longstanding|ongoing|close|lasting|deep|charitable|community)
        \spartnerships?\swith                                    # "strong partnerships with"
      | partnerships\sinclude[sd]?(?:\ssupport\sfor)?             # "Notable partnerships include"
    )\s(?:the\s|The\s)?(?=\p{Lu})                               # (not "our partnership with")
    """,
    regex.VERBOSE,
)


# After a name, its own giving: "Acme's philanthropy", "Acme’ charitable giving".
OWN_GIVING_AFTER = deferred_pattern(
    rf"{APOSTROPHE}s?\s(?:own\s)?(?:philanthrop|charitable\s(?:giving|arm|efforts)|giving\b"
    r"|community\s(?:giving|investment))"
)


# "The company" as the receiver of a gift: "the company has been awarded a DoD grant",
# "following the Company's successful State Government grant application". It stands for
# the company the headline opens with.
THE_COMPANY_GETS = deferred_pattern(
    rf"""
    \b[Tt]he\s[“"]?[Cc]ompany[”"]?                                      # the "Company"
    (?:
        {APOSTROPHE}s\s(?:[\p{{L}}-]+\s){{0,4}}(?i:grants?|funding|awards?)\b   # the company's ... grant
      | \s(?:has\s|have\s|had\s|was\s|is\s)?(?:also\s)?(?:been\s)?
        (?:awarded|received|receives|secured|secures|won|obtained)\b     # the company has been awarded
    )
    """,
    regex.VERBOSE,
)


# Proceeds handed to a recipient: "proceeds from each sale will be donated to", "the
# proceeds of the gala will directly benefit", "all event proceeds go to".
PROCEEDS_TO = deferred_pattern(
    r"""
    (?i:proceeds)\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,100}?
    \b(?:(?:will|to|shall|would)\s(?:all\s)?(?:be\s)?|(?:are|is)\s(?:being\s)?)?(?:\p{Ll}+ly\s)?
    (?:(?:donated|given|directed|going|sent|distributed)\s(?:to|toward|towards)(?:\ssupport)?
      |benefit(?:s|ing)?|support(?:s|ing)?|go(?:es)?\sto)\s
    (?:the\s)?(?=\p{Lu})
    """,
    regex.VERBOSE,
)


# What may open a sentence before the proceeds it gives, with no giver named: "LEEDS -- All
# of the |proceeds", "Annual |proceeds", "Half of the |proceeds".
PROCEEDS_OPENING = deferred_pattern(
    r"""
    [\W_]{0,3}(?:\p{Lu}[\p{Lu}\s.,]{1,40}?\s?[-–—]{1,2}\s)?                       # "LEEDS -- "
    (?:(?i:all|the|annual|net|total|some|part|a\sportion|portion|a\sshare|share|most|half
      |\d{1,3}(?:%|\spercent))\s(?:of\s)?(?:the\s)?){0,3}                          # "All of the "
    """,
    regex.VERBOSE,
)


# The named event whose proceeds a PROCEEDS_TO sentence gives: "Annual proceeds from the |Harbor
# Open| have been donated to", "proceeds from the 2025 |Vale Summer Festival| will benefit".
PROCEEDS_FROM_EVENT = deferred_pattern(
    lambda: r"""
    (?i:proceeds)\s(?:(?:raised|generated|made|earned)\s)?(?:from|of)\s       # "proceeds from"
    (?:the\s|this\syear['’]s\s)?(?:\d{4}\s)?                                  # "the 2025 "
    (?P<event>(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’!-]*          # "Harbor"
      (?:\s(?:\p{Lu}|\d)[\p{L}\d&.'’!-]*){0,6}?                               # " Summer"
      \s(?:EVENT_NAMES|Open|Gala|Ball|Walk|Run|Ride|5K|10K|Telethon|Auction|Fundraiser|Fest|Dinner
      |Luncheon|Breakfast))                                                      # " Open"
    (?:\s\d{4})?(?![\p{L}\d])                                                   # " 2025"
    """.replace("EVENT_NAMES", _EVENT_NAMES),
    regex.VERBOSE,
)


# A sponsorship the release announces, of a charity's fundraiser: "Orvik Bank is the presenting
# sponsor of Harbor House's spring gala", "Tessa Labs will serve as title sponsor of the Pell
# Foundation's golf classic", "Keller Mills is proud to sponsor Harbor House's 5K". The name
# before gives; the owner at ``owner`` (named with its possessive) receives.
SPONSOR_OF = deferred_pattern(
    r"""
    (?:\s|['’](?=s\s))(?i:
      (?:(?:is|was|are|were|will\sbe|has\sbeen|have\sbeen|will\sserve\sas|serves\sas|served\sas
        |returns\sas|joins\sas|(?:was|been)\snamed|named|to\sserve\sas|to\sbe
        |(?:was|been|is|has\sbeen)\s(?:unveiled|confirmed|announced|revealed)\sas             # "has been unveiled as"
        |(?:has\s|have\s)?(?:signed|signs|came|comes|stepped|steps)\s(?:on|up)\sas  # "is", "signed on as"
        |(?:has\s|have\s)?(?:secured|secures|took|takes|won|wins)\s(?:a|its|their)\s(?:place|spot|slot|role)\sas)\s  # "secured a place as"
      (?:(?:now|again|also|once\sagain)\s)?                                        # "is now"
    |(?:participat(?:es|ed|ing)|takes\spart|took\spart|returned|returning|joined|joining
        |(?:has\s|have\s)?(?:become|becomes|became)(?:\sa\ssponsor\sand)?)\s(?:again\s)?as\s  # "participated as"
    |(?:has\s|have\s|to\s|will\s)?(?:become|becomes|became)\s                       # "becomes"
    )
      (?:(?:the|a|an)\s)?(?:proud\s|returning\s|official\s|new\s)?                  # "the proud"
      (?:(?:presenting|title|lead|premier|platinum|gold|silver|bronze|diamond|major|signature
        |founding|headline|exclusive|event)\s){0,2}                                 # "presenting"
      (?:(?:sponsors?|(?<=(?:official|presenting|title|premier|headline)\s)partners?)
        \s(?:of|for|at|in)                                                          # "sponsor of", "official partner of"
      |(?!(?:of|for|at|in|and|or)\s)[\p{L}-]{2,20}\s(?:[\p{L}-]{2,20}\s)?sponsors?\s(?:of|for|at|in)  # "kit sponsor of"
      )
    |(?:is\s|are\s)?proud(?:ly)?\s(?:to\s)?sponsor(?:s|ing|ed)?                    # "proud to sponsor"
    |(?:(?:has|have|had|also|again|proudly)\s){0,2}sponsor(?:s|ed)                 # "has sponsored"
    |(?:has\s|have\s)?(?:agreed|signed|struck|inked)\s(?:a|an)\s(?:[\w$€£.,-]+\s){0,3}?
      (?:deal|agreement|contract)\sto\ssponsor                                        # "agreed a three-year deal to sponsor"
    |(?:will|shall|to|(?:has\s|have\s)?(?:agreed|agrees|plans|pledged|committed)\sto)\s
      (?:(?:also|again|once\sagain|proudly)\s)?sponsor                              # "will sponsor"
    |(?:is|are|was|were|will\sbe)\s(?:(?:also|again|once\sagain|proudly)\s)?sponsoring  # "is sponsoring"
    |(?:has\s|have\s)?(?:extend|renew|continu|announc|confirm)(?:s|es|ed|ing|e)?\s(?:its\s|their\s)?  # "has extended its"
      (?:[\p{L}-]+\s){0,2}?sponsorship\s(?:of|for|with)                            # "title sponsorship of"
    |(?<=['’])s\s(?:[\p{L}$€£\d.,-]+\s){0,3}?sponsorship\sof                           # "Orvik's $3 million sponsorship of"
    |(?:has\s|have\s)?(?:announc|sign|confirm|unveil)(?:es|ed|ing|s|e)?\s(?:a|an)\s      # "announced a"
      (?:[$€£][\d.,]{1,12}(?:\s(?:million|billion))?[\s-]|(?:multi|\w{3,5})-year\s){1,2}   # "$3 million "
      (?:[\p{L}-]+\s)?sponsorship\s(?:of|for)                                          # "sponsorship of"
    |(?P<as>as)\s(?:(?:the|a|an|its)\s)?(?:(?:official|presenting|title|lead|premier|headline|founding)\s){1,2}
      sponsor\s(?:of|for)                                                             # "as the presenting sponsor of"
    |(?P<through>(?:with|through)\s(?:its|their)\s(?:[\p{L}-]+\s){0,2}?sponsorship\sof)  # "through its sponsorship of"
    )\s(?:the\s)?(?:(?:this\syear['’]s|(?:19|20)\d\d(?:[-–/]\d{2,4})?)\s)?(?P<owner>)(?:  # "the 2026 "
      \p{Lu}[\p{L}\d&.'’ -]{1,60}?(?:'s|’s|s'|s’)\s                                 # "|Harbor House's "
      (?:[\p{L}\d-]+\s){0,3}?
      (?i:galas?|fundraisers?|fundraising|benefit|charity|golf|walk|5k|telethon|radiothon
        |auction|luncheon|ball|EVENTS)\b                                           # "spring gala", "summit"
    | (?P<charity>\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,5}?                # "Harbor House"
        (?<=Foundation|Fund|House|Society|Trust|Charities|Charity|Hospital|Shelter|Mission
          |Ministries|Alliance|Coalition|Club|Clubs|Association|Museum|Library|Project|Hospice
          |Rescue|Food\sBank|YMCA|YWCA|United\sWay|for\sHumanity))                 # (a charity's head)
      \s(?:(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|Annual|Spring|Summer|Fall|Autumn|Winter|Holiday
        |Charity|Benefit)\s){0,3}                                                  # "Spring "
      (?:Galas?|Golf|Ball|Walk|Run|Telethon|Auction|Luncheon|Dinner|5K|Fundraiser
        |(?i:golf|gala|classic|tournament|outing|luncheon|dinner|telethon|auction))\b   # "Gala", "golf classic"
    | (?P<event>(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’/-]*               # "Pell Security"
        (?:\s(?:\p{Lu}|\d)[\p{L}\d&.'’/-]*){0,5}?\s(?:(?i:EVENT_NAMES)|Open(?!\s\p{Lu})))  # " Summit", " convention"
      (?:\s\d{4})?(?![\p{L}\d])                                                      # " 2025"
    | (?P<event>(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’-]*                 # "Harbor United"
        (?:\s\p{Lu}[\p{L}\d&.'’-]*){0,5}?\s(?:BODIES))                               # " FC"
      (?![\p{L}\d]|\.\w|\s\p{Lu}|[’']s)                                                   # (its whole name)
    | (?P<event>(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’-]*                 # "Vale Ledger"
        (?:\s\p{Lu}[\p{L}\d&.'’-]*){0,3}(?<!Act|Bill|Budget|Plan|Law|Report|Strategy)  # (no bill)
        \s(?:19|20)\d\d)(?![\p{L}\d])                                                # " 2026": an event's edition
    | (?P<event>(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’-]*(?:\s(?:\p{Lu}|\d)[\p{L}\d&.'’-]*){0,5}?
        \s(?:Gala|Ball|Dinner|Luncheon|Breakfast|5K|10K|Walk|Run|Ride|Auction|Fundraiser
        |Golf\s(?:Classic|Outing|Tournament)))                                        # "Marlow Spring Gala"
      (?=(?:\s\d{4})?,?\s(?:(?:which|that)\s(?:will\s)?(?:benefits?|supports?)|benefit(?:t)?ing
        |to\sbenefit|supporting|with\s(?:all\s)?(?:net\s)?proceeds))                # (" benefiting"): a charity's event
    | (?<=(?i:official|title|presenting|kit|shirt|jersey)\s(?:[\p{L}-]+\s)?(?i:sponsor)\s(?:of|for)\s(?:the\s)?)
      (?P<team>(?=\p{Lu})(?!(?:The|This|Our|Its|Their)\s)(?![^.;,]{0,60}?\b(?:Chamber|Investors?)\b)  # (no chamber's dinner)
        \p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){1,4})                              # "official sponsor of the |Dallas Stars"
      (?![\p{L}\d]|\s\p{Lu}|[’']s)
      (?<!Act|Bill|Trial|Study|Program|Programme|Dinner|Luncheon|Breakfast|Reception|Meeting|Webinar)
    | (?:\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,4}?\s(?:Scholarship|Fellowship|Bursary|Prize
        |Chair|Professorship)s?                                                          # "the Marlow Scholarship"
      | (?:[\w$€£,.-]+\s){0,3}?(?:scholarships?|fellowships?|bursar(?:y|ies)))           # "five $5,000 scholarships"
      \s(?:for\s[^.;]{0,40}?\s)?(?:at|to)\s(?:the\s)?(?P<school>)(?=\p{Lu})               # " at |Lune University"
    | (?P<athlete>(?:(?:professional|pro|olympic|paralympic|rising|young|local|champion)\s){0,2}
        (?:golfer|driver|racer|athlete|sprinter|runner|swimmer|skier|snowboarder|boxer|fighter
        |cyclist|gymnast|tennis\splayer|surfer|skater|climber|rider|jockey)\s)(?=\p{Lu})   # "professional golfer |Ann Roe"
    )
    """.replace("EVENT_NAMES", _EVENT_NAMES)
    .replace("BODIES", _BODIES)
    .replace("EVENTS", _EVENTS),
    regex.VERBOSE,
)


# The same sponsorship told from the event: "the Harbor House Spring Gala, presented by Orvik
# Bank", "the Pell Foundation Golf Classic, sponsored by Tessa Labs". The charity's words are
# at ``charity``; the sponsor's name opens at the match's end.
EVENT_SPONSORED_BY = deferred_pattern(
    r"""
    (?P<charity>(?!The\s)\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,5}?         # "Harbor House"
      (?<=Foundation|Fund|House|Society|Trust|Charities|Charity|Hospital|Shelter|Mission
        |Ministries|Alliance|Coalition|Club|Clubs|Association|Museum|Library|Project|Hospice
        |Rescue|Food\sBank|YMCA|YWCA|United\sWay|for\sHumanity))                   # (a charity's head)
    \s(?:(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|Annual|Spring|Summer|Fall|Autumn|Winter|Holiday
      |Charity|Benefit)\s){0,3}                                                    # "Spring "
    (?:Galas?|Golf(?:\s(?:Classic|Outing|Tournament))?|Ball|Walk|Run|Telethon|Auction|Luncheon
      |Dinner|5K|Fundraiser)                                                       # "Gala"
    (?:\s\d{4})?,?\s(?:(?:is|was|will\sbe)\s)?(?:presented|sponsored|underwritten)\sby\s
    (?:the\s)?(?=\p{Lu})                                                           # "presented by |Orvik"
    """,
    regex.VERBOSE,
)


# A named event told with its sponsor, set off by a comma: "The Vale Tech Summit, sponsored
# by Orvik Bank,", "the 2026 Marlow Marathon, presented by Tessa Labs". The event's words are
# at ``charity`` (its host receives when the name holds one); the sponsor's name opens at the
# match's end. An award or prize "presented by" someone is handed over, not sponsored.
# (Compiled at import, not deferred: the reader tells its matches apart by ``m.re is``.)
NAMED_EVENT_SPONSORED_BY = compile_pattern(
    r"""
    (?P<charity>(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’-]*                # "Vale"
      (?:\s(?:\p{Lu}|\d)[\p{L}\d&.'’-]*){0,5}?                                     # " Tech"
      \s(?:EVENTS|Marathon|Open|Run|Walk|Ride|Regatta|Fest|Week))                     # " Summit"
    (?:\s\d{4})?(?:,\s(?:(?:is|was|will\sbe)\s)?|\s(?:is|was|will\sbe|are|were)\s)          # ", " or " is "
    (?:presented|sponsored|underwritten|powered)\sby\s(?:the\s)?(?=\p{Lu})              # "sponsored by |Orvik"
    """.replace(
        "EVENTS",
        alternation(
            w.capitalize() for w in SPONSORED_EVENTS if w not in ("award", "awards", "prize")
        ),
    ),
    regex.VERBOSE,
)


# The sponsors of a named event, listed: "Sponsors of the Dunmore Data Summit include |Orvik
# Bank, Tessa Labs and Keller Mills", "The 2026 Marlow Marathon's presenting sponsors are
# |Orvik Bank and Tessa Labs". The event (or its host) receives; each listed sponsor gives.
_EVENT_NAME = r"""(?!(?:The|This|Our|Its|Their)\s)\p{Lu}[\p{L}\d&.'’-]*(?:\s(?:\p{Lu}|\d)[\p{L}\d&.'’-]*){0,5}?
    \s(?:EVENTS|Marathon|Open|Gala|Walk|Run|Ball|Dinner|Luncheon|Fest|Week)"""
SPONSORS_LISTED = deferred_pattern(
    r"""
    (?:
      (?i:sponsors)\s(?:of|for)\s(?:the\s|this\syear['’]s\s)?(?:\d{4}\s)?(?P<event>EVENT_NAME)  # "Sponsors of the |Vale Summit"
    | (?P<event>EVENT_NAME)(?:['’]s)?\s(?:\d{4}\s)?
      (?:(?i:title|presenting|lead|major|premier|platinum|gold|silver|bronze|founding)\s)?(?i:sponsors)  # "Vale Summit's lead sponsors"
    )
    (?:\s\d{4})?,?\s(?:include|included|are|were)\s(?:the\s)?(?=\p{Lu})             # " include |Orvik"
    """.replace("EVENT_NAME", _EVENT_NAME).replace(
        "EVENTS",
        alternation(
            w.capitalize() for w in SPONSORED_EVENTS if w not in ("award", "awards", "prize")
        ),
    ),
    regex.VERBOSE,
)


# Between a sponsor and the partner it sponsors with: "Orvik Bank| has partnered with the |Lune
# Arts Council to become the presenting sponsor of".
PARTNERED_WITH = deferred_pattern(
    r"\s(?:has\s|have\s)?(?:partnered|partners|teamed\sup|teams\sup|joined\sforces|joins\sforces)"
    r"\swith\s(?:the\s)?"
)


# The charity a sponsored event raises money for, right after it: "the Marlow Golf Classic|,
# which benefits the |Lune Children's Fund", "| benefiting |", "|, with proceeds going to |".
EVENT_BENEFITS = deferred_pattern(
    r"""
    (?:\s\d{4})?,?\s(?:(?:which|that)\s(?:will\s)?(?:benefits?|supports?)|benefit(?:t)?ing|to\sbenefit
      |supporting|with\s(?:all\s)?(?:net\s)?proceeds\s(?:going|donated)\sto)\s(?:the\s)?(?=\p{Lu})
    """,
    regex.VERBOSE,
)


# A public body that "sponsors" an event: its organiser, not a giver.
PUBLIC_HOST = deferred_pattern(
    r"\b(?:District|Department|City|County|Council|Government|Ministry|Agency|Authority)\b"
)


# The proceeds of a company's financing, not of a fundraiser: "net proceeds of the offering".
INVESTMENT_PROCEEDS = deferred_pattern(
    r"""
    \b(?i:offerings?|placements?|financings?|ipo|shares|warrants|notes|debentures|loans?
      |investors?|working\scapital|corporate\spurposes|net\sproceeds|gross\sproceeds)\b
    """,
    regex.VERBOSE,
)


# Funds raised for a named charity, without a gift word or a sum: "to raise critical funds
# for the Harbor Tennis Project", "a collection of winter coats to benefit Harbor Cares", "an
# afternoon of golf while supporting the mission of Harbor Army" (an event's own words before it).
_DRIVE_WORDS = alternation(
    "drive collection fundraiser fundraising gala auction outing tournament golf event sale "
    "campaign concert walk run raffle 5k 10k marathon race ride".split()
)
FUNDS_FOR = deferred_pattern(
    rf"""
    \b(?:
        (?i:rais(?:e|es|ed|ing))\s(?:[\p{{Ll}}-]+\s){{0,2}}(?:funds|money)     # "raise critical funds"
          \s(?:for|to\s(?:support|benefit)|in\ssupport\sof)
      | (?i:{_DRIVE_WORDS})\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)){{0,60}}?       # "a collection of winter coats"
          \b(?:to\sbenefit|[Bb]enefit(?:t)?ing|will\sbenefit
            |(?:while\s|by\s)?support(?:ing|s)?\sthe\smission\sof)   # "supporting the mission of"
      | (?:while|by)\s(?:also\s)?supporting\sthe\s(?:[\p{{Ll}}-]+\s)?(?:mission|cause)\sof  # "while supporting the worthy cause of"
      | (?i:funds|money)\s(?:raised|collected)\b[^.;!?\n]{{0,40}}?      # "all funds raised at the gala"
          \b(?:will\s(?:all\s)?|are\s|is\s)?
          (?:go(?:es)?\sto|support|benefit|be\s(?:donated|given)\sto)  # "will go to"
      | (?i:benefit)\s(?:concert|gala|dinner|luncheon|auction|walk|run|show|golf\s(?:outing|tournament))
          \s(?:for|in\ssupport\sof)                                     # "a benefit concert for"
    )
    \s(?:the\s)?(?=\p{{Lu}})
    """,
    regex.VERBOSE,
)
# Between the charity a fundraiser names and a second one: "Lee Cancer Center| and |Ruth's
# Project"; and what closes the second's name: the sentence's end, a comma, "which".
RAISED_FOR_SECOND = deferred_pattern(r"\s(?:and|&)\s(?:the\s)?")
RAISED_FOR_CLOSE = deferred_pattern(r"\s*(?:[.;,!?]|\s(?:which|who|that)\b|$)")
# The literal words FUNDS_FOR ends on, looked for before it is tried.
FUNDS_FOR_STEMS = ("funds ", "money ", "benefit", "mission of", "cause of")


# Receivers named after an intro in running text: "A sample of the city's grant recipients
# include |Red Oak Bakery in Elm Park, and |Vale Karate Academy" (not past ones, not honorees).
RECIPIENTS_INCLUDE = deferred_pattern(
    r"""
    (?<!(?i:past|previous|former|prior)\s(?:[\p{L}-]+\s){0,3})        # not "Past Acme recipients"
    \b(?:(?i:grant|scholarship|bursary|funding|donation)\s(?:recipients?|winners)|(?i:grantees)
      |(?:(?<=\b(?:The|the|Its|its|Their|their|year's|year’s)\s)|(?<![\p{L},]\s))[Rr]ecipients  # "Recipients include"
      |(?<=\b(?:Local|local|Area|area|Regional|regional|Other|other)\s)recipients  # "Local recipients include"
      |(?i:successful)\sapplicants                                    # "Successful applicants include"
      |(?:[Oo]rgani[sz]ations|[Gg]roups|[Cc]lubs|[Cc]harities)\s(?:to\sbenefit|benefit+ing)  # "Groups to benefit include"
      |[Aa]mong\s(?:the\s)?(?:[\p{Ll}-]+\s){0,2}?                      # "Among theatres being helped are"
       (?:beneficiaries|organi[sz]ations|groups|charities|nonprofits|theatres|theaters|venues
         |museums|schools|clubs|projects|institutions)
       (?:\s(?:being\s(?:helped|funded|supported)|(?:receiving|awarded|to\sreceive)\s
          (?:[\p{Ll}-]+\s)?(?:funding|grants?|money|funds|support|awards?)))?
      |(?:[Oo]ther|[Tt]he|[Tt]his\syear[’']s)\sbeneficiaries             # "Other beneficiaries include:"
      |(?<![\p{L},]\s)Beneficiaries                                     # "Beneficiaries include:"
      |(?:[Ll]ucky|[Ss]uccessful|[Ff]ortunate|[Ww]inning|[Ss]elected|[Cc]hosen)\s  # "The lucky organisations included"
       (?:organi[sz]ations|charities|groups|nonprofits|causes|schools|clubs)(?=\sinclude)
      |(?:[Oo]rgani[sz]ations|[Gg]roups|[Nn]on-?profits|[Cc]harities|[Aa]gencies|[Ss]chools)\s  # "Organizations awarded grants include:"
       (?:awarded|receiving|(?:that|which|who)\s(?:have\s|had\s)?received|selected\sfor)\s(?:[\p{Ll}-]+\s)?
       (?:grants?|funding|funds|awards?|donations?))
    \s(?:(?:this|last|next)\s(?:week|month|year|round)\s)?                 # "this week"
    (?:include|includes|included|are|were|is|was):?\s(?:the\s)?(?=\p{Lu})
    """,
    regex.VERBOSE,
)
# A body named as one of a group of receivers: "Harbor House (HH) in Leeds| was one of the 40
# charities awarded", "The Vale Club| is among several organizations that benefit from". The
# name right before receives (not "one of the 40 charities that applied", not people).
AMONG_RECEIVERS = deferred_pattern(
    r"""
    (?:\s\([^()]{1,20}\))?                                                 # " (HH)"
    (?:\sin\s\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})?,?                   # " in Leeds"
    \s(?:is|was|are|were)\s(?:also\s)?(?:among|one\sof)\s(?:the\s)?           # " was one of the"
    (?:\d{1,4}\s|several\s|many\s|numerous\s)?(?:[\p{Ll}-]+\s){0,2}?             # "40 local"
    (?:organi[sz]ations|groups|charities|nonprofits|non-profits|centers|centres|schools
      |agencies|projects|clubs|causes|institutions)\s                         # "charities"
    (?:(?:to\sbe\s)?awarded|receiving|to\sreceive|selected\sto\sreceive           # "awarded"
      |(?:that|which|who)\s(?:will\s|have\s|has\s|also\s)?(?:receive[ds]?|benefit(?:ed|s)?))\b  # "that benefit"
    """,
    regex.VERBOSE,
)
# A capitalised small word a name leaves out at its start: "|All |Saints Preschool".
LEFT_OUT_WORD = deferred_pattern(r"\p{Lu}\p{Ll}{1,4}\s")
# The words RECIPIENTS_INCLUDE's heads end on, found by a literal search.
_INCLUDE_WORDS = (
    "recipients",
    "grantees",
    "applicants",
    " to benefit",
    "benefiting",
    "benefitting",
    "among ",
    "beneficiaries",
    "grants include",
    "funding include",
    "donations include",
    "organisations include",
    "organizations include",
    "charities include",
)
# The heads a list of receivers "include" may open on, one of which its sentence must hold.
_INCLUDE_HEADS = (
    "beneficiar", "organi", "charit", "group", "nonprofit", "agenc", "theat", "venue", "museum",
    "school", "club", "project", "institution", "causes",
)  # fmt: skip
# Receivers listed after a colon: "Seven charities received the Tech Grants: |Harbor House; ...".
RECEIVED_COLON = deferred_pattern(
    r"""
    \b(?:organi[sz]ations|nonprofits|non-profits|charities|recipients|grantees
      |food\sbanks|schools|agencies|councils)\s                                  # charities
    (?:in\s(?:\p{Lu}[\p{L}.]*\s|[\p{Ll}-]+\s){1,3}?(?:that|which|who)\s)?        # "in Ohio state that"
    (?:[\p{Ll}-]+\s){0,2}?
    (?:(?:received|receive|will\sreceive|were\sawarded|have\sbeen\sawarded|are|were)\s  # received
       (?:[^:.;]|(?<=\d)\.(?=\d)){0,80}                                                                   # the Grants
      |receiving\s(?:the\s|this\s)?(?:funds|funding|grants?|money|awards?)\s(?:are|were|include))  # "receiving the funds are"
    :\s(?:the\s|The\s)?(?=\p{Lu})                                                  # ":"
    """,
    regex.VERBOSE,
)
_COLON_BODIES = (
    "organizations", "organisations", "nonprofits", "non-profits", "charities", "food banks",
    "schools", "agencies", "councils",
)  # fmt: skip
# One of these words must be in a sentence before RECEIVED_COLON is tried (a cheap test):
# the bodies above ("organi" for both spellings of organisations) and the grant words.
_COLON_WORDS = (
    "organi",
    "recipients",
    "grantees",
    *(b for b in _COLON_BODIES if not b.startswith("organi")),
)
# The gap between two names of such a list: "; ", ", and the ", " and ".
COLON_LIST_GAP = deferred_pattern(
    r"(?:\s?\([^()]{1,40}\))?"  # a place in brackets after an item: "Lee School (Salem), "
    r"(?:\s*[,;]\s*(?:(?:and|&)\s)?|\s(?:and|&)\s)(?:the\s|The\s)?"
)

# The gap between two receivers of such a list: "in Elm Park, and ", ", ", " and ".
RECIPIENT_LIST_GAP = deferred_pattern(
    r"""
    (?:\s(?:in|of|from|at)\s[^,;.()]{1,40},\s*(?:(?:and|&)\s)?   # "in Elm Park, and "
      |\s*,\s*(?:(?:and|&)\s)?                                    # ", ", ", and "
      |\s(?:and|&)\s)                                            # " and "
    (?:the\s)?
    """,
    regex.VERBOSE,
)

# The same list written with semicolons or a place in brackets after each receiver:
# "the Abbe Museum (Bar Harbor, Maine); the Lee Museum (Salem, Oregon); and the ...".
INCLUDED_LIST_GAP = deferred_pattern(
    r"(?:\s(?:in|at)\s[^,;.()]{1,60}?)?(?:\s?\([^()]{1,60}\))?"  # " at the Lee Center (Salem, Oregon)"
    r"(?:\s*[,;]\s*(?:(?:and|&)\s)?|\s(?:and|&)\s)(?:the\s|The\s)?"
)

# Goods a drive collected, handed on through named charities: "has distributed them to
# children through Harbor House, the Lee Food Bank and other local charities". The
# names from the match's end on, two or more, joined as RECIPIENT_LIST_GAP joins them.
DISTRIBUTED_THROUGH = deferred_pattern(
    r"""
    distribut(?:ed|es|ing)\s                              # "distributed"
    (?:them|it|those|these|(?:the\s)?[\d,]{1,9}\s[\p{Ll}-]+(?:\s[\p{Ll}-]+)?)\s  # what: "them", "900 coats"
    (?:(?:to|among)\s(?:[\p{Ll}-]+\s){1,4}?)?             # "to children in need"
    through\s(?:the\s)?(?=\p{Lu})                       # "through |Harbor House"
    """,
    regex.VERBOSE,
)
# Goods given to people by way of a named body: "donating ten furnaces to local families
# in need |through the |Harbor Action Agency".
GIVEN_TO_PEOPLE_THROUGH = deferred_pattern(
    r"""
    \b(?:donat|giv|provid|gift)(?:e|es|ed|ing|ting|ted)?\s   # "donating", "gives", "provided"
    [^.;:]{0,60}?\bto\s                                    # "ten furnaces to"
    (?:[\p{Ll}-]+\s){1,5}?                                 # "local families in need"
    through\s(?:the\s)?(?=\p{Lu})                          # "through the |Harbor Action"
    """,
    regex.VERBOSE,
)
#: The phrases of a proceeds sentence that end right before its receiver, each with a
#: word it cannot match without ("" for none): the receiver is anchored at the phrase's end.
# The gift's money handed on to named bodies: "Funds will be distributed to| the Red Cross".
FUNDS_SHARED_TO = deferred_pattern(
    r"""
    (?:(?<![\p{L}-])(?:[Ff]unds|[Mm]oney|[Dd]onations|[Gg]ifts|[Gg]rants|[Cc]ontributions)   # "Funds"
      |\b(?:[Tt]he|[Tt]his|[Tt]hese)\s(?:[$€£][\d.,]{1,12}\s(?:million\s|billion\s)?)?
       (?:donations?|gifts?|grants?|money|funds|sum|contributions?))
    \s(?:raised\s|collected\s)?(?:will|would|is|are|was|were|has\sbeen|have\sbeen)\s(?:be\s)?
    (?:distributed|divided|split|shared|allocated|disbursed)                      # will be distributed
    (?=\s(?:equally\s|evenly\s)?(?:to|among|amongst|between)\s(?:the\s)?\p{Lu})  # to the Red Cross
    | \b(?:distribut|allocat)(?:ed|es|ing)\s(?:[\p{Ll}-]+\s){0,2}?funds   # "has distributed funds
      (?=\sto\s(?:the\s)?\p{Lu})                                            #  to| Vale Foundations"
    """,
    regex.VERBOSE,
)
_SHARED_OUT = ("distributed ", "divided ", "split ", "shared ", "allocated ", "disbursed ")
_SHARED_AUX = (" be ", " is ", " are ", " was ", "were ", "been ")

RECEIVER_ANCHORS = (
    (PROCEEDS_TO, ""),
    (FUNDS_SHARED_TO, ""),
    (FUNDS_FOR, ""),
    (DISTRIBUTED_THROUGH, "distribut"),
    (THANKED_SPONSORS, "sponsors"),
)
# The close of such a list that says its names are charities: ", and other local charities".
OTHER_CHARITIES = deferred_pattern(
    r",?\s(?:and|&)\s(?:many\s)?other\s(?:[\p{Ll}-]+\s){0,2}?"
    r"(?:charit|non-?profit|organi[sz]ation|agenc|shelter|food\sbank|pantr|ministr)"
)


# The most times one cue word of ``_all_finds`` occurs in the body of 1,909 real texts is 15
# ("% of "); each find is read by a pattern, so a text repeating a cue thousands of times (a
# sponsor line pasted over and over) would cost a search per repeat. Sixty leaves real texts
# as they are.
MAX_CUE_FINDS = 60


def _all_finds(low: str, word: str, end: int) -> list[int]:
    """The positions of ``word`` in the lower-cased release before ``end`` (the first
    ``MAX_CUE_FINDS`` of them)."""
    out: list[int] = []
    p = low.find(word, 0, end)
    while p >= 0 and len(out) < MAX_CUE_FINDS:
        out.append(p)
        p = low.find(word, p + 1, end)
    return out


def _same_words(a: str, b: str) -> bool:
    """Whether two names share their first word ("Harbor House", "Harbor House Inc.")."""
    return a.split()[:1] == b.split()[:1]


# "The company" (the brand, the firm) as the giver: "the company has also contributed $2 million
# to food banks", "the brand has already donated 9,000 meals". It stands for the release's company.
_GIVER_NOUNS = "company|brand|firm|business|retailer|restaurant|chain|dealership|bank|manufacturer"
THE_COMPANY_GIVES = deferred_pattern(
    rf"""
    (?<![\p{{L}}’'])[Tt]he\s(?i:{_GIVER_NOUNS})                  # the company
    (?:\s(?:announced|said|says|confirmed)\s(?:that\s)?it)?       # announced that it
    (?:\s(?:has|have|had|will|would|can|could|also|already|recently|proudly|generously|now
        |continues\sto|plans\sto|is\sproud\sto|then)){{0,3}}      # has also
    \s(?:
        (?:donat(?:es|ed|e)|contribut(?:es|ed|e)|pledg(?:es|ed|e))\b   # contributed
      | (?:gave|gives?|given|granted|awarded|provided)                 # gave $5,000, gave to
        (?=\s(?:(?:a\s|an\s)?[$€£]|more\sthan\s|over\s|nearly\s|about\s|to\s))
      | (?:made|makes)\s(?:a|an|its|their)\s(?:[\w$€£.,-]+\s){0, 3}?   # "made its largest commitment"
        (?:donation|gift|contribution|pledge|commitment)s?\b
    )
    """,
    regex.VERBOSE,
)


# A pronoun that gives, opening its sentence: "Recently, they pledged $25 million",
# "He has personally raised more than $31,000 for".
PRONOUN_GIVES = deferred_pattern(
    r"""
    [\W_]{0,3}(?:[\w ]{2,30},\s)?
    (?P<p>She|He|They|she|he|they)
    (?:\s(?:has|have|had|also|recently|personally|generously|since|then|already|together|both))*
    \s(?:donated|pledged|gave|contributed|raised|committed|granted|gifted|endowed)\b
    """,
    regex.VERBOSE,
)


# A heading's label before the name it introduces: "Outstanding Philanthropist – |Ann Roe".
LABEL_DASH_AFTER = deferred_pattern(r"(?:\s\p{Lu}\w*){0,2}\s*[–—-]\s*")


def _subject_before(doc: Document, pos: int, one: bool) -> Name | None:
    """The name that opens one of the three sentences before ``pos``, the nearest first: whom
    "she" or "they" stands for (``one``: a single person, so no "A and B" and no organisation)."""
    k = doc.sentence_index(pos)
    for j in range(k - 1, max(-1, k - 4), -1):
        s = doc.sentences[j]
        if doc.dateline is not None and s.start < doc.dateline.end:
            return None
        found = find_names(doc, s.start, s.end, limit=2)
        if not found or found[0].start - s.start > 3:
            continue
        n = found[0]
        if len(found) > 1 and LABEL_DASH_AFTER.match(doc.text, n.end, found[1].start):
            n = found[1]  # "Outstanding Volunteer – Ann Roe has raised": the label, then the name
        if one and (n.kind == "org" or " and " in n.text or " " not in n.text):
            return None
        return n
    return None


# The subject teams up with the giver named next: "HWA has also joined forces with |Acme, who".
JOINED_WITH = deferred_pattern(
    r"\s(?:\([^()]{1,20}\)\s)?(?:has\s|have\s|had\s)?(?:also\s|recently\s)?"
    r"(?:joined\sforces|teamed\sup|partnered|collaborated)\swith\s(?:the\s)?(?=\p{Lu})"
)
# A sentence opening on the body that runs the giving fund: "Managed by |Acme, the Fund will".
MANAGED_BY_OPENING = deferred_pattern(
    r"[\W_]{0,3}(?:Managed|Administered|Run|Operated|Overseen)\sby\s(?:the\s)?(?=\p{Lu})"
)
# Before a sentence's subject: nothing, or an opening phrase ("Over the years, ", "In 2024, the ").
SUBJECT_OPENING_PHRASE = deferred_pattern(r"[\W_]{0,3}(?:[\w ]{2,60},\s)?(?:the\s|The\s)?")
# The subject gives by its deed: "..., by donating", "by contributing $5,000 to".
BY_GIVING = deferred_pattern(
    r"\bby\s(?:donating|contributing|gifting|pledging|granting|awarding|giving\s(?:away\s)?[$€£\d])"
)


def _the_company_gives(text: str, low: str, span: Span) -> bool:
    """Whether a sentence says "the company" (brand, firm...) gives: each "the" is looked at
    by a literal search, the pattern tried after "the" and a giver noun only."""
    p = low.find("the ", span.start, span.end)
    while p >= 0:
        if (
            low[p + 4 : p + 16].split(" ", 1)[0].rstrip(",.") in _GIVER_NOUN_SET
            and THE_COMPANY_GIVES.match(text, p, span.end) is not None
        ):
            return True
        p = low.find("the ", p + 4, span.end)
    return False


_GIVER_NOUN_SET = frozenset(_GIVER_NOUNS.split("|"))


# A company's legal suffix, dropped when its mentions are counted: "Empire Roofing| Inc.|".
OWN_SUFFIX = deferred_pattern(r",?\s(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|PLC|plc|LLP)\.?$")


def _own_company(doc: Document, before: int) -> Name | None:
    """The company a release is about: the headline's opening name when the body names it too
    and it is no person's, else the name the text before ``before`` repeats most (twice at least)."""
    own = _title_subject(doc)
    if own is not None and own.kind != "person" and not _family_name(doc.text, own.text):
        return own
    counts: dict[str, int] = {}
    first: dict[str, Name] = {}
    found = find_names(doc, 0, before)
    for i, n in enumerate(found):
        if n.kind == "person" or n.text.lower().rstrip(".") in NOT_ENTITIES or len(n.text) < 3:
            continue
        if doc.text[n.end : n.end + 1] == "," and _town_of_party(doc.text, found, i):
            continue  # "Empire Roofing Inc., |Fort Worth|, Texas": where the company is
        key = n.text
        if n.kind == "org":  # "Empire Roofing Inc." and "Empire Roofing": one company
            key = OWN_SUFFIX.sub("", key)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, n)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best] if counts[best] >= 2 else None


# A company named with its kind before it: "Explosives company |Orica", "the retailer |Acme".
KIND_BEFORE_NAME = deferred_pattern(rf"\b(?i:{_GIVER_NOUNS})\s$")


# An About heading alone on its line (or before a double space in a one-line release).
ABOUT_HEADING = deferred_pattern(
    r"About\s(?:the\s)?(?P<name>\p{Lu}[\p{L}\d.&®™'’-]*"
    r"(?:\s(?:of\s|and\s|&\s)?[\p{Lu}\d][\p{L}\d.&®™'’-]*){0,7})"
    r"(?=\s*\n|\s{2})"
)


def _about_subject(doc: Document) -> Name | None:
    """The organisation the release's first About section is about ("About Orvik Bank"), when
    the boilerplate opens on it: who "the company" is when the body never names it."""
    at = doc.body_end
    if not doc.text.startswith("About ", at):
        return None
    hm = ABOUT_HEADING.match(doc.text, at, min(len(doc.text), at + 90))
    if hm is not None:  # the heading's whole name: "About Lee's Famous Recipe Chicken"
        return Name(hm["name"], hm.start("name"), hm.end("name"), "org")
    found = find_names(doc, at + 6, min(len(doc.text), at + 80))
    first = found[0] if found else None
    if first is None or first.start > at + 10 or first.kind == "person":
        return None
    return first


def _company_named_before(doc: Document, before: int) -> Name | None:
    """The company the text before ``before`` last names after its kind ("mining company
    Orvik"), for a "the company" with no headline and no name repeated."""
    lo = max(0, before - 1500)
    for n in reversed(find_names(doc, lo, before)):
        if n.kind != "person" and KIND_BEFORE_NAME.search(doc.text, max(lo, n.start - 14), n.start):
            return n
    return None


def _family_name(text: str, name: str) -> bool:
    """Whether ``name`` ("Ann Roe") reads as a person's: its last word follows another given
    name elsewhere in the release ("Tom Roe")."""
    words = name.split()
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return False
    last, given = words[-1], words[0]
    p = text.find(" " + last)
    while p >= 0:
        before = text[max(0, p - 20) : p].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        if before[:1].isupper() and before.isalpha() and before != given and before not in words:
            return True
        p = text.find(" " + last, p + 1)
    return False


def _title_subject(doc: Document) -> Name | None:
    """The name a headline opens with ("Acme Metals Secures ..."), if the body names it too."""
    title = doc.title
    if title is None:
        return None
    found = find_names(doc, title.start, title.end, limit=1)
    if found and found[0].start - title.start <= 2 and doc.text.find(found[0].text, title.end) >= 0:
        return found[0]  # named again in the body: the company, not "New Research Grant"
    return None


# The subject announcing what others receive: "Acme Corp (ACME) today announced that ".
ANNOUNCED_THAT = compile_pattern(
    r"(?:\s*\([^()]{1,100}\))?\s+(?:today\s|has\s|have\s|proudly\s)?announc(?:ed|es)\s+that\s"
)


def _gift_head_in(part: str) -> bool:
    """Whether a word NAMED_GIFT_HEAD needs is in ``part``."""
    return (
        "Grant" in part
        or "Scholarship" in part
        or "Fellowship" in part
        or "Bursary" in part
        or "Endowment" in part
    )


# A gift named after a person: "the Jane Roe Scholarship", "Dr. Lee Poe Grant for Nurses".
NAMED_GIFT_HEAD = deferred_pattern(r"\s+(?:Grant|Scholarship|Fellowship|Bursary|Endowment)\b")
# The words of a named gift after its head: "Grant for| Nursing Studies".
NAMED_GIFT_TAIL = deferred_pattern(
    r"\p{L}\s(?:Grant|Scholarship|Fellowship|Bursary|Endowment)s?\s(?:for|in)\s(?:the\s)?$",
    regex.REVERSE,  # anchored at the end: tried from there only
)


def _patron(text: str, name: Name) -> Name | None:
    """The person a gift is named after, who funds it: not a memorial ("in memory of")."""
    if name.kind not in ("person", "name"):
        return None
    head = NAMED_GIFT_HEAD.search(name.text) if _gift_head_in(name.text) else None
    if head is not None:
        person = name.text[: head.start()]
    elif _gift_head_in(text[name.end : name.end + 16]) and NAMED_GIFT_HEAD.match(
        text, name.end, name.end + 16
    ):
        person = name.text
    else:
        return None
    if _search(r"Memorial|\bin\s(?:memory|honou?r)\sof\s", name.text):
        return None
    if not _fullmatch(r"\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?|\s\p{Lu}\p{Ll}+)?\s\p{Lu}[\p{Ll}'’-]+", person):
        return None  # a person's name: "Lee Poe", "Lee J. Poe", "Ana Lee Poe"
    if name.kind != "person":
        # "the Lee Poe Grant ... named after Lee Poe": a plain name must be a person's
        alone = regex.compile(rf"\b{regex.escape(person)}\b(?!\s+\p{{Lu}})")
        if alone.search(text) is None:
            return None
    return Name(person, name.start, name.start + len(person), "person")


# Between the items of a list split by semicolons: "(VC); Ash County, Ohio; and the".
SEMICOLON_ITEM = deferred_pattern(
    r"\s*\([^()]{1,20}\)\s*(?:and|&)\s(?:the\s|The\s)?|"  # "X (XA) and the Y"
    r"(?:\s*\([^()]{1,20}\))?(?:(?:,|\sof)\s\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?\s*;\s*(?:and\s)?(?:the\s|The\s)?"
)  # (its town after a comma or "of": "X, Leeds; Y", "X of Leeds; Y")
# Between a giver and a relative who gives with them: "Jo Roe |and his wife, |Ann Roe".
KIN_JOINT = deferred_pattern(
    r"""
    (?:,\s\d{1,3})?                                      # ", 91": an age
    ,?\s(?:and|&)\s(?:his|her|their)\s                   # and his
    (?:late\s)?(?:wife|husband|spouse|partner|son|daughter|brother|sister|mother|father)  # wife
    ,?\s
    """,
    regex.VERBOSE,
)
# A list item's kind before its name: "to the Red Cross, |animal charity |WIRES and ...".
LIST_DESCRIBED = deferred_pattern(
    r"""
    \s*,\s(?:the\s)?(?:[\p{Ll}-]+\s)?                                       # , animal
    (?:charity|nonprofit|non-profit|group|organi[sz]ation|agency|shelter|network|foundation)\s  # charity
    """,
    regex.VERBOSE,
)
_LISTABLE = frozenset(
    {"gift.from", "gift.to", "gift.partnership", "gift.from_described", "gift.such_as"}
)
# Recipients named as examples in a gift sentence: "nonprofits such as |Harbor House".
GROUPS_LIKE = deferred_pattern(
    r"\b(?:organi[sz]ations|nonprofits|non-profits|charities|groups|causes|agencies|shelters"
    r"|food\sbanks|schools|partners)\s(?:like|such\sas|including|(?:that|which)\sinclude)\s(?:the\s)?$"
)
# Between two listed people, their degrees and home towns: "Ann Roe, Ph.D., of Leeds and ".
PERSON_ITEM = deferred_pattern(
    r"""
    (?:,\s(?:Ph\.?\s?D\.?|M\.?\s?D\.?|Ed\.?\s?D\.?|J\.?\s?D\.?|MBA|R\.?N\.?|Jr\.|Sr\.))*   # , Ph.D.
    (?:,?\s(?:of|from)\s\p{Lu}[\p{L}.'’-]*(?:,?\s\p{Lu}[\p{L}.'’-]*){0,3})?              # , of Fernie, B.C.
    ,?\s(?:and|&)\s
    """,
    regex.VERBOSE,
)


# Plural nouns of people: a name ending in one is a group helped, not a party.
PEOPLE_NOUNS = frozenset(
    """
    survivors students families veterans researchers residents patients members employees
    children women men kids seniors scholars teachers nurses workers farmers athletes
    owners entrepreneurs businesses recipients winners fellows grantees nonprofits
    """.split()
)


def _is_group(name: Name) -> bool:
    """Whether a name ends in a plural noun of people: "Breast Cancer Survivors", "Local Nonprofits"."""
    if name.text.split()[0].lower() in (
        "local",
        "area",
        "regional",
        "various",
        "several",
        "multiple",
    ):
        return True  # "Local Fort Worth Charities": a headline's group, not a body
    if name.kind == "org" or name.text.split()[-1].lower() not in PEOPLE_NOUNS:
        return False
    # "Bright Paths Centers for Youth & Families" is an organisation
    return _search(r"\s(?:for|of|&|and)\s", name.text) is None


def _cased(name: Name, doc: Document, in_title: bool) -> bool:
    """An ALL CAPS name of several words outside the headline is a heading unless written in mixed case too."""
    if in_title or " " not in name.text or not name.text.isupper():
        return True
    text = doc.text
    if CAPS_BRAND_VERB.match(text, name.end, name.end + 30) is not None:
        return True  # "TRON DAO has donated": a brand written in capitals, in running text
    key = name.text.lower()
    low = doc.lower
    pos = low.find(key)
    for _ in range(50):  # a bounded look: the mixed-case form comes early if at all
        if pos < 0:
            break
        if not text[pos : pos + len(key)].isupper():
            return True
        pos = low.find(key, pos + 1)
    # "KELLERMAN TRUST" over a body that says "the Kellerman Charitable Trust"
    for word in name_tokens(name.text):
        if (
            len(word) >= 4
            and word not in ORG_SUFFIXES
            and word not in _COMMON_NAME_WORDS
            and word[0].upper() + word[1:] in text
        ):
            return True
    return False


# The verb after a name written in capitals in running text: "TRON DAO| has donated".
CAPS_BRAND_VERB = deferred_pattern(
    r"\s(?:(?:has|have|had|is|was|will|today|also|recently)\s)*"
    r"(?:donat|pledg|gave|give|award|granted|contribut|sponsor|commit|provid|announc|present)\w*\b"
)


_THROUGH = deferred_pattern(r"\b(?:through|via)\s(?:the\s|its\s|their\s)?(?:\S+\s)?$")

_GIFT_HEADS = frozenset(
    "grant grants gift gifts donation donations award awards scholarship scholarships prize".split()
)


def _is_gift_name(name: Name) -> bool:
    """Whether a name is the gift's own: "the Vision Grant", "the Jane Roe Grant for Nurses"."""
    return " " in name.text and not _GIFT_HEADS.isdisjoint(name.text.lower().split()[1:])


_Found = tuple[str, str, float, "Money | None", Name]

# A programme and the body that runs it, which gives: "program administered by| X".
_RUNS = r"(?:administered|run|managed|operated|delivered|funded)\sby"
ADMINISTERED_BY = deferred_pattern(
    rf"\b(?i:program|programme|fund|initiative|scheme)\s{_RUNS}\s(?:the\s|The\s)?$",
    regex.REVERSE,  # anchored at the end: tried from there only
)
ADMINISTERS_AFTER = deferred_pattern(
    rf"^(?:,?\s(?:and\s|of\s|&\s)?\p{{Lu}}[\p{{L}}\-]*){{0,5}}\s(?i:program|programme|fund|initiative|scheme)\s{_RUNS}\s"
)
# A sentence opening on the programme just named: "The program will provide ...".
# A second verb of the subject that gives: "... and awards recipients bursaries".
AND_GIVES = deferred_pattern(r"\sand\s(?:awards|gives|grants|donates|provides|offers)\s")
# A sentence opening on the release's giver by its kind: "The foundation awards ...".
THE_BODY = deferred_pattern(
    r"\W{0,3}The\s(?P<w>foundation|association|trust|fund|bank|society|council|alliance)\s"
)
THE_PROGRAMME = deferred_pattern(r"\W{0,3}(?:The|This)\s(?:program|programme|initiative)\s")
# A programme's name: "its Acme BOOST program".
PROGRAMME_NAME = deferred_pattern(
    r"(?<![\p{L}\d])\p{Lu}[\p{L}&'’\-]*(?:\s\p{Lu}[\p{L}&'’\-]*){0,3}(?=\s(?i:program|programme|initiative)\b)"
)


def _programme_before(doc: Document, pos: int) -> Name | None:
    """The owner of the last programme named in the two sentences before ``pos``."""
    k = doc.sentence_index(pos)
    start = doc.sentences[max(0, k - 2)].start if doc.sentences else 0
    if doc.title is not None and start < doc.title.end:
        start = doc.title.end
    found = None
    for m in PROGRAMME_NAME.finditer(doc.text, start, pos):
        found = m
    if found is None:
        return None
    name = Name(found.group(), found.start(), found.end(), "name")
    owner = _programme_owner(doc, name, doc.text[found.end() : found.end() + 40])
    return owner if owner is not name else None


# Verbs opening a headline's purpose: "Awarded Grant to Implement ...", not a recipient.
PURPOSE_VERBS = alternation(
    """
    implement support expand fund launch build create develop help advance improve provide
    boost study research establish address enhance increase reduce combat promote train hire
    purchase buy upgrade install protect prevent serve bring open restore renovate strengthen
    empower assist
    """.split()
)
# A subject's clause closed by its own past giving: "X ..., having donated".
HAVING_GIVEN = deferred_pattern(
    r"[^.;!?]{0,160}?,\s(?:having|after\shaving)\s(?:\p{Ll}+ly\s)?"
    r"(?:donated|given|contributed|pledged|granted|awarded|raised\sand\sdonated)\b"
    # "has emptied its bank account - handing out $6.8 million to": its participle gives
    r"|[^.;!?]{0,100}?(?:,|\s[-–—])\s(?:donating|handing\sout|handing\sover|giving\saway|gifting"
    r"|pledging|granting|awarding)\s(?:(?:a|an|the)\s)?(?:total\sof\s|more\sthan\s|over\s)?[$€£]\d"
)
# A programme after its name: "the Acme BOOST program awarded", "Acme Cares initiative".
PROGRAMME_AFTER = deferred_pattern(r"\s+(?:program|programme|initiative)\b", regex.IGNORECASE)

# A sum "in" a programme's grants: "$250,000 in |Bright Futures Grants".
SUM_IN_BEFORE = deferred_pattern(r"[\d$€£]\S*(?:\s(?i:million|billion|thousand))?\sin\s$")
# A programme's owner before it: "|Acme’s |Bright Futures Grants".
OWNER_BEFORE = deferred_pattern(
    rf"(?<![\p{{L}}&.-])(?P<owner>\p{{Lu}}[\p{{L}}&.-]*(?:\s\p{{Lu}}[\p{{L}}&.-]*){{0,4}}){APOSTROPHE}s\s$"
)
# What makes a name a programme: "Bright Futures| Grants", "| Fund", "| Program".
OWN_PROGRAMME_AFTER = deferred_pattern(
    r"\s(?:Grants?|Fund|Program|Programme|Initiative|Scholarships?)(?:\b|$)"
)

# The rest of a programme's name after its owner: "Acme| BOOST program".
PROGRAMME_REST = deferred_pattern(
    r"\s(?P<rest>\p{Lu}[\p{L}\d&]*(?:\s\p{Lu}[\p{L}\d&]*){0,3})\s(?i:program|programme|initiative)\b"
)


def _programme_owner(doc: Document, name: Name, after: str) -> Name:
    """The company whose own programme gives: "the Acme BOOST program" gives as Acme.

    The owner is the programme name's first word when the release also uses that
    word alone as a name ("Acme announced ..."); otherwise the programme itself.
    """
    own = (
        OWNER_BEFORE.search(doc.text, max(0, name.start - 60), name.start)
        if doc.text[name.start - 3 : name.start - 1] in ("’s", "'s")
        else None
    )
    if own is not None and (
        OWN_PROGRAMME_AFTER.match(after) or OWN_PROGRAMME_AFTER.search(name.text) is not None
    ):
        # "Acme’s Bright Futures Grants will award ...": Acme gives through its programme.
        return Name(own["owner"], own.start("owner"), own.end("owner"), "org")
    if " " not in name.text:
        return name
    if not PROGRAMME_AFTER.match(after) and not (
        name.text[-1].isupper()  # "Acme RISE to Award ...": "the Acme RISE program" elsewhere
        and (name.text + " program") in doc.text
    ):
        return name
    first = name.text.split()[0]
    if len(first) < 3 or first.lower() in FUNCTION_WORDS or not first[0].isupper():
        return name
    alone = regex.compile(
        rf"\b{regex.escape(first)}\b(?!\s+\p{{Lu}})(?!\s+(?:program|programme|initiative)\b)"
    )
    body = doc.text[doc.body.start : doc.body_end]
    if alone.search(body) is None:
        return name
    return Name(first, name.start, name.start + len(first), "org")


def _announces_gift_from(text: str, names: list[Name], k: int, after: str) -> list[_Found]:
    """The announcer of a gift "from" someone else receives it, with the body it is part of
    when named just before ("The Roe Gallery at Vale College announces a gift from")."""
    if "from" not in after or not (
        "announc" in after[:40]
        or "elcome" in after[:40]
        or "elebrate" in after[:40]
        or "nveil" in after[:40]
    ):
        return []
    name = names[k]
    m = ANNOUNCES_GIFT_FROM.match(after)
    if m is None or name.kind == "person" or _ONWARD_TO.search(m.group("giver")) is not None:
        return []
    found: list[_Found] = [("recipient", "gift.announces_gift_from", 0.75, None, name)]
    if (
        k > 0
        and names[k - 1].kind != "person"
        and text[names[k - 1].end : name.start] in (" at ", " of ")
    ):
        body = names[k - 1]
        if (
            k > 1
            and text[names[k - 2].end : body.start] == " and "
            and set(body.text.split()) <= _INSTITUTION_WORDS
        ):  # "the Roe Museum and Art Gallery at": one body, split at its "and"
            body = Name(text[names[k - 2].start : body.end], names[k - 2].start, body.end, "org")
        found.insert(0, ("recipient", "gift.announces_gift_from", 0.75, None, body))
    return found


def _role_of(
    doc: Document,
    sent: _Sentence,
    names: list[Name],
    k: int,
    money: list[Money],
    anchors: list[int],
    strict: bool,
    officials: list[Name],
    verb_at: list[int],
) -> list[_Found]:
    """The roles of the ``k``-th name of a gift sentence, by the first pattern that fits.

    ``verb_at`` holds where VERB_STARTS matches in the sentence.
    """
    text = doc.text
    span = sent.span
    name = names[k]
    b_start = max(span.start, name.start - 80)
    before = text[b_start : name.start]
    a_stop = min(span.end, name.end + 240)
    after = text[name.end : a_stop]
    # Most patterns below need a word that a plain string test finds first; the
    # gift verb after the name is looked for only where the sentence has one.
    verbs = _verb_offsets(text, verb_at, name.end, a_stop)
    if after.startswith(" ha") and _dative_giver(text, names, k):
        return [("donor", "gift.agent", 0.85, None, name)]
    if (
        before.endswith(", ")
        and name.kind != "org"
        and FROM_OFFICE_OF.search(text, max(span.start, name.start - 100), name.start) is not None
    ):
        return [("donor", "gift.from", 0.8, None, name)]  # "from the President of Acme, Jo Lee"
    if after.startswith(", ") and RECEIVING_SUM_AFTER.match(after) is not None:
        return [("recipient", "gift.receives", 0.8, None, name)]  # "Elm College, awarded $1m"
    agent: list[regex.Match[str] | None] = []  # _agent_verb(after), once asked
    # "Acme and Zenith", "Acme, a family firm, and Zenith": two parties joined.
    joint = text[names[k - 1].end : name.start] if k > 0 else ""
    prev_joined = (
        k > 0
        and ("and" in joint or "&" in joint or "AND" in joint)
        and (
            JOINED.fullmatch(joint) is not None
            # "Ann Roe and her husband Tom Roe donated": a couple gives
            or (names[k - 1].kind != "org" and KIN_JOINT.fullmatch(joint) is not None)
        )
    )
    # "Vale University in Leeds has announced a gift": the body's place, not a party.
    if (
        k > 0
        and before.endswith((" in ", " in the "))
        and text[names[k - 1].end : name.start] in (" in ", " in the ")
        and names[k - 1].kind == "org"
        and (_place_name(name) or name.text.endswith(_REGION_TAILS))
    ):
        return []  # (and "Acme in the |Mid-Hudson Valley| has made a donation")
    # "Acme and its |Trusted Choice| agents are donating": the brand of the giver's people.
    if before.endswith((" its ", " their ")) and OWN_PEOPLE_AFTER.match(after) is not None:
        return []
    # "WaterStone Bank, Wauwatosa, Wis., donated": the town is where the giver is.
    if text[name.end : name.end + 1] == "," and _town_of_party(text, names, k):
        return []
    # "fire departments in Illinois, the Dolton and Summit Fire Departments are receiving",
    # "needs in Africa, and the Central Asia Institute": a country or state after "in" is
    # where the parties work.
    if _in_place(text, name):
        return []
    # "to Hawaiian-based animal rescues", "a Casper-based firm": where a party is based.
    if after.startswith(("-based ", "–based ")):
        return []
    # "Citadel Credit Union, Exton, Pa., presented", "a restaurant in West Palm Beach, Fla.,
    # to donate": a town before its state is where a party is, not a party ("the city of
    # Yuma, Arizona," is the city's council, a receiver).
    # A headline's receiver: "Harbor Food Bank Confirms Lee Family Donation".
    if sent.in_title and after[:1] == " " and TITLE_RECEIVER.match(after):
        return [("recipient", "gift.title_receiver", 0.8, None, name)]
    announced = _announces_gift_from(text, names, k, after)
    if announced:
        return announced
    # "Orvik Bank was the most recent bank to partner, donating five lots": the latest giver.
    if after[:4] in (" was", " is ", " bec") and LATEST_TO_GIVE.match(after) is not None:
        return [("donor", "gift.latest_to_give", 0.75, None, name)]
    # "pets hurt by wildfires on Hawaii's Maui and the Big Island have received": places.
    if "on " in before[-40:] and _on_place(text, names, k):
        return []
    # "Acme and their Guests raised $4 million": the giver's own people, capitalised.
    if name.text in _OWN_PEOPLE_WORDS and before.endswith((" its ", " their ", " our ")):
        if (
            k > 0
            and text[names[k - 1].end : name.start] in (" and its ", " and their ")
            and _agent_verb(after) is not None
        ):  # (the giver before them is the subject of the verb)
            return [("donor", "gift.agent", 0.85, None, names[k - 1])]
        return []
    # "... to the museum, the Vale Daily News reported": a newspaper telling of the gift.
    if name.text.endswith(_NEWS_HEADS) and NEWS_REPORTED.match(after) is not None:
        return []
    # "In support of the Vale Campaign, the gift will fund": a name in the opening phrase.
    if (
        after[:2] == ", "
        and THE_GIFT_CLAUSE.match(after) is not None
        and not (_has_donor_word(before) and _ends(DONOR_BEFORE_R, before))
    ):  # (but "With support from Orvik, the gift will" names its giver)
        return []
    # "Harbor Hospice provides care for adults, and has recently received a £5,800 donation":
    # the subject of a second predicate that receives.
    if (
        k == 0
        and name.kind != "person"
        and name.start - span.start <= 6
        and " and " in after
        and "receiv" in after
        and AND_THEN_RECEIVED.match(after) is not None
    ):
        return [("recipient", "gift.and_received", 0.75, None, name)]
    # "Vale College says the gift will support its plans": the body telling how it uses a gift.
    if (
        k == 0
        and name.kind != "person"
        and name.start - span.start <= 6
        and after[:4] in (" say", " sai")
        and SAYS_GIFT_WILL.match(after) is not None
    ):
        return [("recipient", "gift.says_gift_will", 0.6, None, name)]
    if before.endswith(("from ", "from the ")):
        if _goods_from(before, after):
            return [("donor", "gift.goods_from", 0.75, None, name)]
        if (
            after.startswith((" to the ", " to a ", " to an "))
            and " " not in name.text
            and _place_name(name)
            and name.text.lower() not in COUNTRIES
            and name.text not in US_STATES
        ):
            return []  # "shipping the beds from Atlanta to the hospitals": a route
    # "A family with deep ties to Vale College has given": the name describes the giver.
    if (
        "ties" in before[-40:] or "links" in before[-40:] or "roots" in before[-40:]
    ) and TIES_TO.search(before) is not None:
        return []
    # "Thanks to the generosity of X, Y will open a shelter": X gives.
    if (
        name.start - span.start < 60
        and GENEROSITY_OPENING.fullmatch(text, span.start, name.start) is not None
    ):
        return [("donor", "gift.generosity_opening", 0.75, None, name)]
    # "Thanks to a $150,000 gift from X, Y will open a shelter": Y receives.
    opening = (
        THANKS_TO.search(text[span.start : name.start])
        if name.start - span.start < 400
        and "," in text[max(span.start, name.start - 8) : name.start]
        else None
    )
    if opening and _match(r"\s+(?:\p{Ll}+\s){0,2}\p{Ll}+", after):
        if _search(
            r"\b(?:their|its|his|her|our)\s(?:[^\s,]+\s){0,4}?(?:gift|grant|donation|pledge|contribution)",
            opening.group(),
        ):
            return [
                ("donor", "gift.with_own", 0.75, None, name)
            ]  # "With their $3 million gift, the Pellmans"
        return [("recipient", "gift.thanks_to", 0.75, None, name)]
    # "have chosen Harbor House as the recipient of this gift": the chosen body receives.
    if (
        after[:4] == " as "
        and CHOSEN_BEFORE.search(before) is not None
        and CHOSEN_AS_AFTER.match(after) is not None
    ):
        return [("recipient", "gift.chosen_as", 0.8, None, name)]
    # "The minister thanked the Roe Foundation, following the donation of": the thanked give.
    if (
        ("following " in after[:12] or "after " in after[:8] or "upon " in after[:7])
        and ("thank" in before or "grateful" in before or "gratitude" in before)
        and THANKED_BEFORE.search(before) is not None
        and THANKED_AFTER_GIFT.match(after) is not None
    ):
        return [("donor", "gift.thanked_for", 0.8, None, name)]
    # "We thank Jo Roe and the Roe Foundation for this gift": the two give together.
    if (
        k + 1 < len(names)
        and text.startswith(" for ", names[k + 1].end)
        and ("thank" in before or "grateful" in before or "gratitude" in before)
        and THANKED_BEFORE.search(before) is not None
        and JOINED.fullmatch(text, name.end, names[k + 1].start) is not None
        and THANKED_FOR_AFTER.match(text, names[k + 1].end, span.end) is not None
    ):
        return [("donor", "gift.thanked_for", 0.8, None, name)]
    # "grateful to Acme and the Acme Trust and to Jo, who nominated us, for this donation":
    # the bodies thanked before the gift give.
    if (
        name.kind != "person"
        and after[:5] == " and "
        and ("thank" in before[-30:] or "grateful" in before[-30:] or prev_joined)
        and (
            THANKED_BEFORE.search(before) is not None
            or (
                k > 0
                and prev_joined
                and THANKED_BEFORE.search(text, b_start, names[k - 1].start) is not None
            )
        )
        and THANKED_AND_FOR.match(after) is not None
    ):
        return [("donor", "gift.thanked_for", 0.75, None, name)]
    # "Harbor House thanks Acme for its generous donation": Acme gives, the thanker receives.
    if (
        after[:5] == " for "
        and ("thank" in before or "grateful" in before or "gratitude" in before)
        and (
            THANKED_BEFORE.search(before) is not None
            or (  # "thank Jo Roe and| the Roe Foundation for"
                k > 0
                and prev_joined
                and THANKED_BEFORE.search(text, b_start, names[k - 1].start) is not None
            )
        )
        and THANKED_FOR_AFTER.match(after) is not None
    ):
        lo = span.start  # (after the dateline: "LEEDS -- Harbor House thanks")
        if doc.dateline is not None and span.start <= doc.dateline.end <= name.start:
            lo = doc.dateline.end
        thanker = next((n for n in names[:k] if n.start >= lo), None)
        thanked: list[_Found] = [("donor", "gift.thanked_for", 0.8, None, name)]
        if (
            thanker is not None
            and thanker.kind != "person"
            and SUBJECT_OPENING_PHRASE.fullmatch(text, lo, thanker.start) is not None
        ):
            thanked.append(("recipient", "gift.thanks_giver", 0.75, None, thanker))
        return thanked
    # "Acme has partnered with Zenith to donate $5,000", "Acme, together with Zenith, donated":
    # the partner gives with the subject.
    if before.endswith(("with ", "with the ", "with The ")) and (
        PARTNER_BEFORE.search(before) is not None
        and (
            (after[:4] == " to " and PARTNER_GIVES_AFTER.match(after) is not None)
            or (
                after[:1] == ","
                and before.rstrip().endswith(("together with", "along with", "the"))
                and before.find(", ", max(0, len(before) - 25)) >= 0
                and PARTNER_GAVE_AFTER.match(after) is not None
            )
        )
    ):
        lead = next(
            (n for n in names[:k] if " " in n.text or not n.text.endswith("ing")), None
        )  # (not "Collaborating with partners, ...")
        joint_giving: list[_Found] = [("donor", "gift.partner", 0.8, None, name)]
        if (
            lead is not None
            and lead.kind != "person"
            and (doc.dateline is None or lead.start >= doc.dateline.end)
            and SUBJECT_OPENING_PHRASE.fullmatch(
                text,
                span.start if doc.dateline is None else max(span.start, doc.dateline.end),
                lead.start,
            )
            is not None
        ):
            joint_giving.append(("donor", "gift.partner_lead", 0.8, None, lead))
        return joint_giving
    # "A $5,000 grant from X will help the Food Bank expand": the helped name receives.
    if (
        (
            "help" in before
            or "allow" in before
            or "enable" in before
            or "assist" in before
            or " aid " in before
            or "support " in before
        )
        and name.text.lower() not in COUNTRIES
        and GIFT_HELPS.search(before) is not None
    ):
        return [("recipient", "gift.helped", 0.7, None, name)]
    # "her impact through Acme Philanthropy": a company's giving arm gives.
    if (
        name.text.endswith((" Philanthropy", " Philanthropies"))
        and before.endswith(("through ", "through the ", "via "))
        and not _official(doc, name)
    ):
        return [("donor", "gift.giving_arm", 0.7, None, name)]
    # "Harbor House will use the $5,000 grant to hire": the user receives.
    if after[:6] in (" will ", " plans", " inten", " is us", " has u") and USES_GIFT.match(after):
        return [("recipient", "gift.uses", 0.7, None, name)]
    # "The Harbor Museum will build a wing with a $3 million gift from X": the subject receives.
    if (
        (
            (k == 0 and name.start - span.start <= 6)
            # "Leeds-based Harbor Health will open a clinic with a $2 million gift from X"
            or (
                text[max(span.start, name.start - 7) : name.start] == "-based "
                and BASED_OPENING.fullmatch(text, span.start, name.start) is not None
            )
        )
        and WITH_GIFT_FROM.match(text, name.end, min(span.end, name.end + 220))
        and not _agent_once(agent, after, verbs)
    ):
        return [("recipient", "gift.subject_with", 0.75, None, name)]
    # "Acme is proud to back the food bank, having donated $2 million since 2010": the subject gives.
    if (
        k == 0
        and name.start - span.start <= 6
        and HAVING_GIVEN.match(text, name.end, min(span.end, name.end + 200))
    ):
        return [("donor", "gift.subject_having", 0.75, None, name)]
    # "from the Clean Ports program administered by Harbor Agency": the agency gives.
    # (Each pattern anchored at the end of ``before`` ends on its last word and at
    # most a "the", a space and a line end: its last letters lie in the last few characters.)
    if "by" in before[-8:] and ADMINISTERED_BY.search(before):
        return [("donor", "gift.administered_by", 0.8, None, name)]
    if "by" in after and ADMINISTERS_AFTER.match(after):
        return []  # the programme's own name, not its funder
    # "Acme awarded the Food Bank a $5,000 grant": the indirect object receives, though
    # "Food Bank a $5,000 grant" would read as the Food Bank's grant (the check is repeated
    # at the end of this function, where it is tried after the other patterns).
    if (
        after[:1].isspace()
        and after.lstrip(_REGEX_SPACES)[:1] in _DATIVE_OPENINGS
        and DATIVE_VERB.search(before)
        and (DATIVE_AFTER.match(after) or after.startswith(" the "))
        and DATIVE_NOUN.match(after)
    ):
        return [("recipient", "gift.dative", 0.8, None, name)]
    if (
        "$" in after or "Rs" in after or "€" in after or "£" in after or "₹" in after
    ) and _dative_listed(text, names, k):
        return [("recipient", "gift.dative", 0.8, None, name)]
    # X donates / X, a family foundation, has awarded / X and Y donate
    tail = before[-3:]
    indefinite = ("a" in tail or "n" in tail) and INDEFINITE.search(before) is not None
    last = before.rstrip()[-3:].lower()  # "of", "the" end the patterns anchored on "of"
    of_last = last.endswith("of") or last == "the"
    if (
        of_last
        and PEOPLE_OF.search(before)
        and "from the famil" not in before[-30:]  # "a gift from the family of Jo Roe": they give
        and not (
            after.find(" ", 0, 2) == 0
            and ("rant" in after or "unding" in after or "ellowship" in after)
            and FUNDER_GRANT_AFTER.match(after)
        )  # "a recipient of the Harbor Foundation grant": the funder gives
    ):
        return []  # "The winner of the Acme Challenge will receive": the winner, not the challenge
    inside = _apposition_of(text, max(span.start, name.start - 200), name.start)
    if (
        not inside
        and before.endswith(" in ")
        and SUM_IN_BEFORE.search(before) is not None
        and after[1:7] in ("Grants", "GRANTS", "Awards", "AWARDS")
    ):
        inside = True  # "$250,000 in Bright Futures Grants": the programme's noun, not its verb
    if (
        not inside
        and before.endswith(" in ")
        and "rant" in after[:30]
        and SUM_IN_BEFORE.search(before) is not None
        and SUM_IN_GRANTS_AFTER.match(after) is not None
    ):
        inside = True  # "$4 million in Clean Ports (CP) grants": the programme, not a giver
    # "The World Food Programme (WFP) welcomes a US$12 million contribution from Japan": the
    # agency that welcomes a gift receives it.
    welcomed = WELCOMES_GIFT.match(after) if "elcom" in after[:40] and name.kind == "org" else None
    if (
        welcomed is not None
        and TO_NAMED.search(after, welcomed.end(), welcomed.end() + 120) is None
    ):
        return [("recipient", "gift.welcomes", 0.8, None, name)]  # (not "... to Harbor House")
    # "the Biden-Harris Administration, through the U.S. Department of Agriculture, is
    # investing": the department pays for the administration.
    if (
        (
            name.text.endswith(("Administration", "administration", "Government"))
            or _place(name.text)  # "The United States, through USAID, is providing"
            or name.text in ("United States", "United Kingdom", "European Union")
        )
        and k + 1 < len(names)
        and after.startswith(", through ")
        and THROUGH_BODY.fullmatch(text, name.end, names[k + 1].start) is not None
        and PUBLIC_BODY_NAME.search(names[k + 1].text) is not None
    ):
        return [("donor", "gift.agent", 0.8, None, names[k + 1])]
    # "The Environmental Protection Agency on Tuesday announced $66 million in grants to ...":
    # a public body that announces grants gives them (a firm that announces one may get it).
    if (
        ("nnounc" in after[:60] or "selected" in after[:60])
        and name.kind == "org"
        and PUBLIC_BODY_NAME.search(name.text) is not None
        and BODY_ANNOUNCES.match(after) is not None
        and not _official(doc, name)
    ):
        return [("donor", "gift.agent", 0.8, None, name)]  # (as "X awarded")
    # "have been allocated to the ICRC to contribute towards relief": the one money is
    # handed to is its receiver, not the subject of the verb after it.
    handed_to = before.endswith(("to ", "to the ", "to The ")) and (
        HANDED_TO_BEFORE.search(text, b_start, name.start) is not None
    )
    m_agent = None if indefinite or inside or handed_to else _agent_once(agent, after, verbs)
    if (
        m_agent is None
        and prev_joined
        and after[:2] == ", "
        and before.endswith(("wife, ", "husband, ", "partner, ", "spouse, "))
    ):
        m_agent = _agent_verb(after[1:])  # "Jo Roe and his wife, Ann|, gave": the couple gives
    if m_agent is None and not (indefinite or inside) and after[:2] == ", ":
        legal = LEGAL_SUFFIX_AFTER.match(after)  # "Pell Law Group|, LLC |has awarded"
        if legal is not None:
            m_agent = _agent_verb(after[legal.end() :])
        elif before.endswith((", the ", ", ")) and ARM_BEFORE.search(before) is not None:
            m_agent = _agent_verb(
                after[1:]
            )  # "its charitable arm, the Orvik Foundation|, will donate"
    if (
        m_agent is None
        and not (indefinite or inside)
        and after.startswith(" in ")
        and name.kind == "org"
        and k + 1 < len(names)
        and (
            (names[k + 1].start == name.end + 4 and _place_name(names[k + 1]))
            # "IBM in the Mid-Hudson Valley has made a $10,000 donation"
            or (
                after.startswith(" in the ")
                and names[k + 1].start == name.end + 8
                and names[k + 1].text.endswith(_REGION_TAILS)
            )
        )
    ):
        # "Vale University in Leeds has announced a $5 million gift": the verb after the place
        m_agent = _agent_verb(text[names[k + 1].end : a_stop])
    if m_agent is not None:
        rest = after[m_agent.end() :]
        if (
            m_agent["noun"] is not None
            and name.kind != "org"
            # (the match is made on the rest of ``after`` from the verb on: what comes before is the gap)
            and MADE_A_BEFORE.search(after, 0, len(after) - len(m_agent.string)) is None
        ):
            return []  # "Valiant Hearts gift": a list line, not "Acme donation of $5"
        # "X announced a $5,000 grant from Y": X receives.
        if (
            (
                m_agent.group().lower().startswith(("announc", "confirm"))
                or m_agent["noun"] is not None
            )
            and (
                _search(
                    r"^(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:from\s+(?:the\s)?\p{Lu}"
                    r"|(?i:gift|donation|grant|contribution|pledge|bequest)s?\sfrom\s(?:the\s)?"
                    r"(?:[\p{Ll}-]+\s){1,3}?\p{Lu})",
                    rest,
                )  # "a $5 million gift from (alumna) Ann Roe"
                or ANNOUNCED_GIFT_TO_US.search(rest, 0, 160) is not None
            )
            and not _official(doc, name)
        ):
            if name.text.endswith(("Administration", "White House")):
                return []  # "the Administration is announcing $5 million from the Department"
            return [("recipient", "gift.announces_received", 0.8, None, name)]
        if m_agent.group()[:4].lower() in ("rele", "deli") and (
            PUBLIC_BODY_NAME.search(name.text) is None and name.kind != "org"
        ):
            return []  # "Chandigarh released Rs 5 crore": a place, an official's office
        if m_agent.group()[:4].lower() == "conf" and PUBLIC_BODY_NAME.search(name.text) is None:
            return []  # "Harbor Hospital confirmed the donation": only a public body's is its grant
        # Headline passive: "Lena Dorsey Memorial Hospital Awarded Grant to Install ..."
        if (
            sent.in_title
            and m_agent.group().lower() in ("awarded", "granted")
            and not _search(
                rf"^[^.;]{{0,60}}?\b(?:to|TO)\s+(?:the\s|The\s|THE\s)?(?!(?i:{PURPOSE_VERBS})\b)\p{{Lu}}(?!\p{{Ll}}+\s+(?:\p{{Lu}}\p{{Ll}}+\s+){{0,3}}(?:and|to)\b)",
                rest,
            )
        ):
            return [("recipient", "gift.headline_passive", 0.8, None, name)]
        # "the Harbor Foundation raised $9,000 for its scholarship fund": it raises for itself.
        if (
            m_agent.group()[:4].lower() == "rais"
            and name.kind != "person"
            and RAISED_FOR_ITS.match(rest) is not None
        ):
            return [("recipient", "gift.raised_for_itself", 0.75, None, name)]
        if (
            k > 0
            and name.kind != "org"
            and names[k - 1].kind == "org"
            and 9 <= name.start - names[k - 1].end <= 40
            and OFFICE_BETWEEN.fullmatch(text, names[k - 1].end, name.start) is not None
            and PUBLIC_BODY_NAME.search(names[k - 1].text) is None
        ):
            # "Vale Lions Club President Jo Lee presented a check": her club gives (no
            # government's president: see ``_official``)
            return [("donor", "gift.agent", 0.85, None, names[k - 1])]
        if _official(doc, name):
            if _local_official_donates(text, name, m_agent.group()):
                return [("donor", "gift.agent", 0.8, None, name)]
            officials.append(name)
            return []
        office = _office_holder_of(text, names, k) if after[:1] == "," else None
        if office is not None:  # "Jo Lee, president of the Vale Lions Club, presented": the club
            return [("donor", "gift.agent", 0.85, None, office)]
        if name.kind != "org" and PERSON_APPOSITIVE.match(after):
            return []  # "Jane Roe, president of the foundation, announced a donation": her office gives
        if name.kind == "person" and SAID_IT.search(after, 0, len(after) - len(m_agent.string)):
            return []  # "Jane Roe said it would donate": "it" is her organisation
        if (
            k > 0
            and name.kind != "org"
            and names[k - 1].kind != "person"
            and 9 <= name.start - names[k - 1].end <= 40
            and OFFICE_BETWEEN.fullmatch(text, names[k - 1].end, name.start) is not None
            and not _official(doc, names[k - 1])
        ):
            # "Orvik Capital managing director Jo Lee handed out the donations": her firm gives
            return [("donor", "gift.agent", 0.85, None, names[k - 1])]
        # (a headline's "Acme Donation" may be a gift to Acme: the body's "to Acme" outweighs it)
        conf = 0.7 if sent.in_title and m_agent["noun"] is not None else 0.9
        # "Tom Lee, executor of the estate of Ann Roe, presented": the estate's owner gives
        estate = _estate_giver(text, names, name) if name.kind != "org" else None
        found: list[_Found] = [
            ("donor", "gift.agent", conf, None, estate or _programme_owner(doc, name, after))
        ]
        # "Zenith Corp (ZC) and Klein Tools donate": the item before the acronym
        acro_joined = (
            not prev_joined
            and k > 1
            and text[names[k - 1].start - 1 : names[k - 1].start] == "("
            and JOINED.fullmatch(text, names[k - 2].end, name.start) is not None
        )
        if prev_joined or acro_joined:  # "Sonepar and Klein Tools donate"
            j = k - 1 if prev_joined else k - 2
            found.append(("donor", "gift.agent_coordinated", 0.85, None, names[j]))
            found.extend(
                ("donor", "gift.agent_coordinated", 0.85, None, n)
                for n in _givers_listed_before(text, names, j)
            )
        return found
    # X, in partnership with Y, ... a $50,000 donation
    if (
        sent.gift_money
        and (
            "partnership" in after
            or "collaboration" in after
            or "conjunction" in after
            or "association" in after
        )
        and _match(
            r"\s*,\s*in\s(?:partnership|collaboration|conjunction|association)\swith\s", after
        )
    ):
        return [("donor", "gift.partnership", 0.75, None, name)]
    # (``inside``: "X, the creator of SoftSpot, has been awarded")
    if (
        not inside
        and (sent.gift_money or sent.strong or sent.award)
        and _recipient_verb(_after_suffix(name, after), doc.case_plain)
        and not _match(r"\s*\S+\s+by\b", after)
        and not (
            before.endswith(("s in ", " throughout ", " across ")) and PLACE_OF_GROUP.search(before)
        )
        and not (" in " in before[-9:] and ONE_PLACED_IN.search(before))
        and not (" in " in before[-20:] and IN_REGION.search(before) and _place_name(name))
        and not (
            k > 0 and text[names[k - 1].end : name.start] in (" in ", " in the ")
        )  # "X in Leeds"
    ):
        if OFFICIAL_SECURED.match(after) is not None and _official(doc, name):
            officials.append(name)  # "Senator Ann Roe secured $3 million for Elm Clinic":
            return []  # the clinic receives, the government gives
        # "Lincoln Literacy Council receives $15,000": the sum right after the verb is its share.
        share = next(
            (
                m
                for m in money
                if 0 <= m.start - name.end <= 40 and "," not in text[name.end : m.start]
            ),
            None,
        )
        if share is not None and sent.gift_money and share not in sent.gift_money:
            share = None  # "receive a $3.6 million loan and $75,000 grant": not the loan
        found = [("recipient", "gift.receives", 0.85, share if not prev_joined else None, name)]
        if prev_joined:
            j = _item_before_place(text, names, k - 1)  # "Oak Academy in Leeds, and": the school
            found.append(("recipient", "gift.receives_coordinated", 0.8, None, names[j]))
            # "Hill School, Oak Academy and Pine Elementary each receive": the whole list
            while (
                j > 0
                and _fullmatch(r",\s(?:the\s|The\s)?", text[names[j - 1].end : names[j].start])
                and not _place(names[j - 1].text)  # "departments in Illinois, the Lee and"
            ):
                j = _item_before_place(text, names, j - 1)
                found.append(("recipient", "gift.receives_coordinated", 0.8, None, names[j]))
            # (not "fire departments in Illinois, [and] the Dolton ... Departments receive")
            found = [f for f in found if f[4] is name or not _in_place(text, f[4])]
        return found
    if (
        after[:1] in _APOSTROPHES
        and (name.text.endswith(("s", "S")) or after[1:2] in ("s", "S"))
        and POSSESSIVE_GIFT.match(after)
    ):  # "Acme's gift", "the Hopkins' gift"; not a closing quote: "‘Swim Fund’ with Gift"
        if _official(doc, name):
            return []
        return [("donor", "gift.possessive", 0.8, None, name)]
    if (
        after.startswith(" family")
        and after[7:8] in _APOSTROPHES
        and name.kind != "org"
        and POSSESSIVE_GIFT.match(after[7:])
    ):  # "The Roe family's $2 million gift": the family gives
        family = Name(text[name.start : name.end + 7], name.start, name.end + 7, "name")
        return [("donor", "gift.possessive", 0.8, None, family)]
    if of_last and OF_FUNDING_BEFORE.search(before) and OF_FUNDING_AFTER.match(after):
        return [
            ("donor", "gift.of_funding", 0.75, None, name)
        ]  # "£1.2m of National Lottery funding"
    if (
        after.find(" ", 0, 2) == 0  # FUNDER_GRANT_AFTER opens on a space
        and ("rant" in after or "ward" in after or "unding" in after or "ellowship" in after)
        and (name.kind == "org" or name.text.isupper())
        and _ends(WON_A_BEFORE, before)
        and FUNDER_GRANT_AFTER.match(after)
        and not _official(doc, name)
    ):
        return [("donor", "gift.funder_grant", 0.75, None, _funder_head(name))]
    if (
        name.kind == "org"
        and after.lstrip(_REGEX_SPACES)[:1].lower() in ("g", "d", "p", "c")  # COMPOUND_GIFT's words
        and COMPOUND_GIFT.match(after)
        and not _official(doc, name)
    ):
        return [("donor", "gift.compound", 0.75, None, name)]
    db = (
        DONOR_BEFORE.search(before)
        if _has_donor_word(before) and _ends(DONOR_BEFORE_R, before)
        else None
    )
    described = DESCRIBED_BY.match(after) if db is not None else None
    if db is not None and described and k + 1 < len(names):
        # "a gift from longtime Acme Heart volunteer leaders Lee and Val Roe": the people give.
        nxt = names[k + 1]
        prep = name.start - len(before) + db.start()
        if nxt.start == name.end + described.end() and _anchored(
            anchors, prep, span.start, 70, strict=strict, text=text
        ):
            return [("donor", "gift.from_described", 0.8, None, nxt)]
    if db is not None and not _attributive(after, name):
        prep = name.start - len(before) + db.start()
        partner = (
            "partnership" in db.group()
            or "conjunction" in db.group()
            or "donor" in db.group()
            or "sponsor" in db.group()
        )
        through = db.group().startswith(("through", "via"))
        if (
            (partner and sent.gift_money)
            or (
                _anchored(
                    anchors, prep, span.start, 25 if through else 70, strict=strict, text=text
                )
                and (not through or name.kind == "org")
            )
            or GIFT_NOUN_BY.match(db.group()) is not None  # "a donation by X": the noun is its cue
            or (  # "was donated by X": the participle is its own cue
                PASSIVE_GIVEN.match(db.group()) is not None
                and (
                    PASSIVE_AUX.search(before, 0, db.start()) is not None
                    or sent.in_title  # "New Van Donated by Acme": the headline's statement
                    or GIVEN_THINGS.search(before, 0, db.start()) is not None
                )
            )
        ):
            if _official(doc, name):
                return []
            if "which " in before and RELATIVE_SUPPORTER.search(before) is not None:
                return []  # "Harbor House, which is also supported by the United Way, received"
            if db.group().startswith("from") and "purchas" in before and BOUGHT_FROM.search(before):
                return []  # "the purchase of the device from Acme": Acme sells it
            if db.group().startswith("from") and STATEMENT_FROM.search(before) is not None:
                return []  # "according to a statement from the Chamber": who tells of it
            if db.group().startswith("from") and THANKS_FROM.search(before):
                return []  # "Receives Thanks from Harbor House": Harbor House thanks, it gets the gift
            if db.group().startswith("from") and PEOPLE_FROM.search(before):
                return []  # "a fund for students from the Carolinas": where they come from
            # "a cheque from Leeds's Orvik Hotel": the hotel gives, not its town (but an
            # owner's programme is its owner's: "from CAHEC's Open Doors Initiative")
            if (
                after[:1] in _APOSTROPHES
                and k + 1 < len(names)
                and 2 <= names[k + 1].start - name.end <= 4
                and POSSESSIVE_THEN_NAME.match(after) is not None
                and not names[k + 1].text.endswith(_OWN_PROGRAMMES)
            ):
                nxt = names[k + 1]
                if " " in name.text and PUBLIC_UNIT.search(nxt.text) is not None:
                    # "a grant from the Department of Transportation's| Federal Aviation
                    # Administration": the office that awards it gives
                    return [("donor", "gift.from_unit", 0.85, None, nxt)]
                return [("donor", "gift.from", 0.85, None, nxt)]
            return [("donor", "gift.from", 0.85, None, name)]
    if "(" in after and PAREN_MONEY.match(after) and not _search(r"\d\s?[x×]\s?$", before):
        share = next((m for m in money if name.end <= m.start <= name.end + 6), None)
        if k > 0 and before.endswith(" in ") and names[k - 1].end == name.start - 4:
            # "the Lee Vic in London (£960,000)": the body before its town takes the share
            return [("recipient", "gift.list_share", 0.8, share, names[k - 1])]
        return [("recipient", "gift.list_share", 0.8, share, name)]
    last3 = before.rsplit(None, 3)[-3:]
    rb = (
        RECIPIENT_BEFORE.search(before)
        if (
            last3[-1:] != []
            and (
                last3[-1].endswith(RECIPIENT_BEFORE_ENDS)
                or (len(last3) > 1 and last3[-2].endswith(RECIPIENT_BEFORE_ENDS))
                or (len(last3) > 2 and last3[-3].endswith(RECIPIENT_BEFORE_ENDS))
            )
        )
        and _ends(RECIPIENT_BEFORE_R, before)
        else None
    )
    if (
        rb is not None
        and not _attributive(after, name)
        # (not "gave $500 to the hospital, Ann Roe said": a speaker after the described body)
        and not (rb.group().rstrip().endswith(",") and name.kind == "person")
    ):
        prep = name.start - len(before) + rb.start()
        if (
            _anchored(anchors, prep, span.start, 60, strict=strict, text=text)
            or (sent.strong and _reaches(anchors, prep, span.start, text))
        ) and not (_verb_first(name) and not rb.group().endswith(("the ", "The ", "THE "))):
            share = next(
                (
                    m
                    for m in reversed(money)
                    if 0 <= prep - m.end <= 40 and SHARE_GAP.fullmatch(text, m.end, prep)
                ),
                None,
            )
            if share is not None and _match(
                r"\s*(?:,\s*)?(?:and|&)\s(?:the\s)?\p{Lu}|,\s(?:the\s)?\p{Lu}|,?\s(?:and\s)?others\b",
                text[name.end : name.end + 14],
            ):
                share = None  # "$18.4 million to X and Y", "to X, Y and Z", "to X, others"
            if after[:1] in _APOSTROPHES and _place(name.text):
                return []  # "adding to Canada's water supply": a cause, not a receiver
            office = _office_holder_of(text, names, k)
            if office is not None:  # "to Ann Roe, director of the Vale Youth Center": the center
                return [("recipient", "gift.to", 0.85, share, office)]
            return [("recipient", "gift.to", 0.85, share, name)]
    if (
        after[:1].isspace()
        and after.lstrip(_REGEX_SPACES)[:1] in _DATIVE_OPENINGS
        and DATIVE_AFTER.match(after)
        and DATIVE_VERB.search(before)
    ):
        return [("recipient", "gift.dative", 0.8, None, name)]
    if (
        "with" in after[:8]
        and "rovid" in before[-16:]
        and PROVIDED_WITH.match(after)
        and PROVIDE_BEFORE.search(before)
    ):
        return [("recipient", "gift.provided_with", 0.8, None, name)]
    return []


# Lower-case words that may follow a name without making it an adjective.
FUNCTION_WORDS = frozenset(
    """
    for to in on at and or which who whose that as with by from over during this the a an its
    their through of is was will has have had are were be been being would could can may
    shall should must since after before until while when where because so but not also
    both each including alone itself directly today now via per up over during until every
    this next last following despite amid
    """.split()
)
_NEXT_WORD = deferred_pattern(r"^(?:\s*\([^()]{0,100}\))?\s?(?P<w>\p{Ll}[\p{L}\-]*)")


def _verb_first(name: Name) -> bool:
    """Whether a name opens with a verb, as a Title Case "to Boost Management of ..." does."""
    first = name.text.split()[0].lower()
    return first in HEADLINE_BREAKS or first in _MORE_VERBS


_MORE_VERBS = frozenset(
    """
    fund implement cultivate means tokenize ensure make keep give get put take bring drive
    launch open close honor mark celebrate spark fuel power unlock empower elevate
    """.split()
)


def _attributive(after: str, name: Name) -> bool:
    """Whether a name is used as an adjective: "UCLA researchers", "Congressional approval"."""
    m = _NEXT_WORD.match(after)
    if name.kind == "org" and " " in name.text:
        # "Orvikton High School boys and girls programs" names the school, but "Vale County
        # students" are a place's people
        return (
            m is not None
            and m["w"] in PEOPLE_NOUNS
            and name.text.rsplit(" ", 1)[-1] in _PLACE_UNITS
        )
    if m is not None and m["w"] in ("family", "estate") and name.kind != "org":
        return False  # "a gift from the Roe family", "from the Ann Roe estate": named by the person
    if m is not None and m["w"] in ("appeal", "appeals"):
        return False  # "to the Irish Red Cross appeal": the charity whose appeal it is
    if after.startswith((" dollar for dollar", " dollar-for-dollar", " one-for-one")):
        return False  # "will match gifts to the Red Cross dollar for dollar": a manner, no noun
    return (
        bool(m)
        and m["w"] not in FUNCTION_WORDS
        and m["w"] not in _LIST_VERBS  # "items donated by NEMA include rice"
        and not m["w"].endswith("ed")
    )


# The last words of a place's name: "Vale County", "Lee City".
_PLACE_UNITS = frozenset("County City Township Parish Borough Province State Region Valley".split())

# Verbs after a name that close a noun phrase, not an adjective's noun.
_LIST_VERBS = frozenset("include includes comprise comprises consist consists".split())


def _after_suffix(name: Name, after: str) -> str:
    """The text after a name, past the comma that closes its suffix ("Orvik Aid, Inc.|, is
    receiving") or past an appositive (``_after_apposition``)."""
    if (
        after[:2] == ", "
        and after.startswith((", is ", ", are ", ", was ", ", has ", ", will "))
        and name.text.endswith(("Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.", "Co.", "PLC", "plc"))
    ):
        return after[2:]
    if after.startswith((", which ", ", who ")):
        # "the Lake Shelter, which was granted $5,000 apiece": the clause's verb is the name's
        rest = after[after.index(" ", 3) + 1 :]
        if RECIPIENT_VERBS.match(rest) is not None:
            return rest
    return _after_apposition(after)


def _after_apposition(after: str) -> str:
    """The text after a name with a parenthesis or an appositive between commas removed."""
    rest = after.lstrip(_REGEX_SPACES)
    if rest[:1] not in ("(", ","):
        if rest[:1].islower() and rest.startswith(_HEAD_NOUNS):
            return rest.split(" ", 1)[-1]  # "the Na Fianna GAA |club |received": the name's head
        if rest.startswith("in "):
            place = IN_PLACE.match(rest)  # "Vale Hospital |in Leeds, Kent, |received"
            if place is not None:
                return rest[place.end() :]
        return rest  # neither a parenthesis nor an appositive: only the spaces go
    # (an appositive holds no sentence end: "in New Orleans.Three schools", and closes on no
    # comma of a sum: "X, a shelter, has received $20,000 from")
    m = _match(
        r"(?:\s*\([^()]{1,100}\)){0,3}(?:(?:\s*,\s(?:[^,;().]|\.(?!\p{Lu}\p{Ll})){2,160}?){1,3},(?!\d))?\s*",
        after,
    )
    rest = after[m.end() :] if m else after
    if rest[:1].islower() and after.lstrip(_REGEX_SPACES)[:1] == "(":
        unit = UNIT_HEAD.match(
            rest
        )  # "Vale University (La.) |graduate program in nursing |received"
        if unit is not None:
            return rest[unit.end() :]
    return rest


# A person's office in a body, between commas, right before the body's name: "Ann Roe|,
# director of the |Vale Youth Center,".
OFFICE_OF = deferred_pattern(
    r"""
    ,\s(?:the\s|its\s)?(?:[\p{Ll}-]+\s){0,2}                  # ", executive"
    (?i:president|director|chair(?:man|woman|person)?|treasurer|secretary|founder|owner
      |manager|coordinator|principal|superintendent|head|commander|chief)
    \s(?:of|for|at)\s(?:the\s|The\s)?                          # " of the "
    """,
    regex.VERBOSE,
)


def _office_holder_of(text: str, names: list[Name], k: int) -> Name | None:
    """The body whose officer the ``k``-th name is, named in an appositive right after it
    ("Ann Roe, director of the |Vale Youth Center|,"): the body gives or receives for her."""
    name = names[k]
    if name.kind == "org" or k + 1 >= len(names) or text[name.end : name.end + 1] != ",":
        return None
    if name.kind != "person" and (
        " " not in name.text or not ORG_SUFFIXES.isdisjoint(name.text.lower().split())
    ):
        return None  # "Unilever, the owner of Ben & Jerry's": a firm, not its officer
    body = names[k + 1]
    if body.kind == "person" or OFFICE_OF.fullmatch(text, name.end, body.start) is None:
        return None
    return body


def _item_before_place(text: str, names: list[Name], j: int) -> int:
    """The index of a list item whose town follows it: "Hill School in |Leeds|, Oak Academy"
    gives Hill School's for Leeds's; any other name's own."""
    if (
        j > 0
        and text[names[j - 1].end : names[j].start] == " in "
        and names[j - 1].kind != "person"
        and (_place_name(names[j]) or names[j].text.endswith((" City", " County", " Township")))
    ):
        return j - 1
    return j


def _in_place(text: str, name: Name) -> bool:
    """Whether a name is a country or a state after "in": "needs in Africa", "in Illinois"."""
    return (
        text.find(" in ", max(0, name.start - 24), name.start) >= 0
        and IN_PLACE_BEFORE.search(text, max(0, name.start - 24), name.start) is not None
        and _place(name.text)
    )


# The last words of a region's name: "the Lower Vale |Valley|".
_REGION_TAILS = (" Valley", " Region", " Area", " Coast", " Highlands", " Lowlands")
# "in |", "in the |", "in north |": where a place name follows.
IN_PLACE_BEFORE = deferred_pattern(
    r"\sin\s(?:the\s)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|rural)\s)?$"
)


def _place_name(name: Name) -> bool:
    """Whether a name after "in" reads as a place: a known country or region, or one or two
    words with no organisation word ("Tennessee", "Harbor City"; not "Vale Hospital")."""
    words = name.text.lower().split()
    return _place(name.text) or (
        name.kind != "org" and len(words) <= 2 and ORG_SUFFIXES.isdisjoint(words)
    )


# A unit of the named body, in lower case after its place: "(La.) |graduate program in nursing |".
UNIT_HEAD = deferred_pattern(
    r"(?:[\p{Ll}-]+\s){0,2}(?:program|programme|department|school|college|unit|division|chapter)"
    r"(?:\sin\s\p{Ll}+)?\s"
)

# Where a name is, between it and its verb: "Vale Hospital |in Harbor City, Calif., |received".
IN_PLACE = deferred_pattern(
    r"in\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}(?:,\s\p{Lu}[\p{L}]*\.?){0,2},?\s"
)

# A name's lower-case head noun: "the Vale GAA club received".
_HEAD_NOUNS = tuple(
    f"{w} "
    for w in "club team school charity group society hospital museum library centre center".split()
)

# The characters ``\s`` matches (str.isspace also finds \x1c-\x1f).
_REGEX_SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


# Where a gift verb may start: the first letters of every AGENT_VERBS form, so the
# gap before it is tried only there.
_VERB_OPENINGS = (
    "donat|grant|pledg|contribut|endow|gift|giv|gave|award|commit|present|fund"
    "|sponsor|match|rais|provid|invest|extend|offer|distribut|hand|allocat|establish|creat|launch|dedicat"
    "|donation|pledge|contribution|announc|confirm|accept|opens appl|approv|support"
    "|earmark|send|sent|set aside|wrote|writes|writing|bequeath|cut|chip|doubl|tripl|increas|boost"
    "|bequest|left|leaves|sanction|deliver|releas"
)
VERB_STARTS = deferred_pattern(rf"\s(?i:{_VERB_OPENINGS})")
# The openings no other opening starts: where they are is where VERB_STARTS matches.
_VERB_STEMS = tuple(
    w
    for w in _VERB_OPENINGS.split("|")
    if not any(o != w and w.startswith(o) for o in _VERB_OPENINGS.split("|"))
)
# The spaces ``\s`` does not match, among those ``str.isspace`` finds.
_NOT_REGEX_SPACES = frozenset("\x1c\x1d\x1e\x1f")


def _verb_starts(doc: Document, span: Span) -> list[int]:
    """Where VERB_STARTS matches in a sentence, in order.

    In a plain release (see ``Document.case_plain``) by finding each opening in the lower-cased
    text and checking the space before it: faster than the case-blind pattern.
    """
    if not doc.case_plain:
        return [m.start() for m in VERB_STARTS.finditer(doc.text, span.start, span.end)]
    text = doc.text
    low = doc.lower
    found: set[int] = set()
    part = low[span.start + 1 : span.end]  # most openings are absent: ``in`` says so fastest
    for stem in _VERB_STEMS:
        if stem not in part:
            continue
        p = low.find(stem, span.start + 1, span.end)
        while p >= 0:
            c = text[p - 1]
            if c.isspace() and c not in _NOT_REGEX_SPACES:
                found.add(p - 1)
            p = low.find(stem, p + 1, span.end)
    return sorted(found)


# The longest VERB_STARTS match: a space and "contribution".
_VERB_START_LONGEST = 1 + max(len(w) for w in _VERB_OPENINGS.split("|"))


def _verb_offsets(text: str, verb_at: list[int], start: int, stop: int) -> list[int]:
    """Where VERB_STARTS matches in ``text[start:stop]`` (offsets from ``start``), from its
    matches in the whole sentence, ``verb_at``: one near ``stop`` is tried again there."""
    lo = bisect.bisect_left(verb_at, start)
    hi = bisect.bisect_left(verb_at, stop)
    return [
        p - start
        for p in verb_at[lo:hi]
        if p + _VERB_START_LONGEST <= stop or VERB_STARTS.match(text, p, stop) is not None
    ]


def _agent_once(memo: list[regex.Match[str] | None], after: str, starts: list[int]):
    """``_agent_verb(after, starts)``, asked at most once for a name (``memo`` keeps it)."""
    if not memo:
        memo.append(_agent_verb(after, starts))
    return memo[0]


# A giver named before a relative clause: "joined forces with Acme, who has generously
# donated $60,000, to ...", "Acme, which pledged $1 million to the museum". Only the
# strong verbs, and a sum or a gift noun after them ("which contributed to a decline"
# gives nothing). ``noun`` never matches: the match stands in for AGENT_VERBS's.
RELATIVE_GIVER = deferred_pattern(
    r"""
    ^\s?,\s(?:who|which)\s
    (?:(?:has|have|had|also|recently|already|previously|once|generously|kindly|graciously)\s){0,3}
    (?:donated|pledged|gifted|contributed)
    (?=\s[^.;]{0,40}?(?:[$€£]\d|\b(?i:donations?|gifts?|grants?|funds|funding)\b))
    (?P<noun>(?!x)x)?
    """,
    regex.VERBOSE,
)


def _agent_verb(after: str, starts: list[int] | None = None) -> regex.Match[str] | None:
    """The gift verb a name is the subject of, looking past appositives and auxiliaries.

    ``starts``: where VERB_STARTS matches in ``after``, when already known.
    """
    if after[:2].lstrip().startswith(",") and ("who " in after[:8] or "which " in after[:8]):
        rel = RELATIVE_GIVER.match(after)
        if rel is not None:
            return rel
    if starts is None:
        starts = [w.start() for w in VERB_STARTS.finditer(after, 0, 240)]
    for w_start in starts:
        ws = w_start + 1  # after the space
        gap = after[:ws]
        if not _gap_may_match(gap) or not AGENT_GAP.match(gap):
            continue
        v = AGENT_VERBS.match(after[ws:])
        if v is not None:
            tail = after[ws + v.end() : ws + v.end() + 6]
            participle = v.group().lower().endswith(("ed", "en", "gave", "left"))
            passive = participle and _search(r"\b(?:is|are|was|were|been|being|be)\s+$", gap)
            if passive or (
                tail.startswith((" by ", " by\n"))
                and not _search(
                    r"\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?$", gap
                )  # "has awarded by far"
            ):
                return None  # passive: "the grant was awarded by", "Vision Grant awarded by"
            if (
                _search(r",\s*$", gap)
                and _match(
                    r"(?:award|fund|support|match|present|provid|rais|giv)",
                    v.group(),
                    regex.IGNORECASE,
                )
                and not gap.strip().startswith(",")
            ):
                return None
            return v
    return None


# Givers found for an official who announces a sum: her government, department or the
# public body she hands it out through.
_OFFICIALS_GIVERS = frozenset(
    {"gift.government", "gift.minister_department", "gift.official_through"}
)
# Roles that tie money to a party with a preposition or a subject, not only a cue word.
_GIFT_LINKS = frozenset({"gift.agent", "gift.to", "gift.from", "gift.receives"})

# "The equipment is valued at approximately $250,000": the worth of an in-kind gift.
VALUED = deferred_pattern(
    r"\b(?:valued\sat|worth|value\sof|retail\svalue\sof)\s(?:approximately\s|about\s|more\sthan\s|over\s|nearly\s|some\s)?$",
    regex.IGNORECASE,
)


def _valued_next(
    doc: Document,
    units: list[Span],
    sentences: list[_Sentence],
    m_starts: list[int],
    m_items: list[Money],
) -> None:
    """Money valuing the goods of the gift sentence just before ("valued at $250,000") is the gift."""
    by_index = {s.index: s for s in sentences}
    for sent in list(sentences):
        if (
            sent.in_title
            or not sent.strong
            or sent.index + 1 >= len(units)
            or sent.index + 1 in by_index
        ):
            continue
        span = units[sent.index + 1]
        for m in _in(m_starts, m_items, span):
            before = doc.text[max(span.start, m.start - 40) : m.start]
            if VALUED.search(before):
                sent.gift_money.append(m)


def _anchored(
    anchors: list[int], pos: int, floor: int, reach: int, strict: bool = False, text: str = ""
) -> bool:
    """Whether a cue, a sum or a donor ends at most ``reach`` characters before ``pos``."""
    k = bisect.bisect_right(anchors, pos) - 1
    if k < 0 or anchors[k] < floor:
        return False
    if pos - anchors[k] > reach:
        return False
    if strict and text:
        gap = text[anchors[k] : pos]
        gap = _sub(r"\([^()]{0,100}\)", "", gap)
        if _search(r"[.;:!?]|\s\p{Lu}\p{Ll}", gap) and STRICT_GAP_BREAK.search(gap) is not None:
            return False
    return True


# What breaks a cue's reach to its party in a strict sentence: a stop, or a capitalised word
# that is not a weekday ("a check for $5,000 |Friday| from Acme" still reaches) nor a place
# the gift was made at ("checks were presented at |Clinton Square| to Harbor House").
STRICT_GAP_BREAK = deferred_pattern(
    r"[.;:!?]|\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"(?<!\d\s)"  # (nor a brand after a count: "a donation of 30 |Dell| laptops from")
    r"(?<!\b(?:at|in)\s(?:the\s)?(?:\p{Lu}[\p{L}'’.-]*\s){0,3})\p{Lu}\p{Ll}"
)


def _reaches(anchors: list[int], pos: int, floor: int, text: str) -> bool:
    """A longer reach for "donate $1 for every bag of its Highland blend sold to Y": no clause break between."""
    k = bisect.bisect_right(anchors, pos) - 1
    if k < 0 or anchors[k] < floor or pos - anchors[k] > 150:
        return False
    return not _search(
        r"[,;:.!?()\u2013\u2014]|\s(?:and|but|while|which|who)\s", text[anchors[k] : pos]
    )


# --- step 3: entities -----------------------------------------------------------


class _Cluster:
    """Mentions of one real-world entity."""

    __slots__ = ("acronyms", "mentions", "tokens")

    def __init__(
        self,
        tokens: frozenset[str],
        mentions: list[Name] | None = None,  # None: a new empty list
        acronyms: set[str] | None = None,  # None: a new empty set
    ) -> None:
        self.tokens = tokens
        self.mentions: list[Name] = [] if mentions is None else mentions
        self.acronyms: set[str] = set() if acronyms is None else acronyms


def _acronym_same(short: str, long: str) -> bool:
    """ "NSW Government" and "New South Wales Government": an acronym standing for words of the other."""
    if len(short) > len(long):
        short, long = long, short
    acro = _lone_acronym(short)
    if acro is None:
        return False
    caps = [acro]
    rest = name_tokens(" ".join(w for w in short.split() if w != acro))
    long_words = long.split()
    for i in range(len(long_words) - len(caps[0]) + 1):
        run = long_words[i : i + len(caps[0])]
        if "".join(w[0] for w in run) == caps[0] and all(w[0].isupper() for w in run):
            others = name_tokens(" ".join(long_words[:i] + long_words[i + len(caps[0]) :]))
            return bool(rest) and rest <= others
    return False


@lru_cache(maxsize=4096)
def _lone_acronym(name: str) -> str | None:
    """The one acronym among a name's two words or more ("NSW Government": "NSW"), else None."""
    words = name.split()
    caps = [w for w in words if 2 <= len(w) <= 6 and w.isupper() and w.isalpha()]
    return caps[0] if len(caps) == 1 and len(words) >= 2 else None


# A nation before an agency's name, left out of its acronym: "U.S. Department of Energy" is DOE.
_NATION_PREFIX = deferred_pattern(r"^(?:U\.S\.|US|United\sStates|UK|U\.K\.|the|The)\s+")


def _stands_for(acro: str, long: str) -> bool:
    """Whether an acronym spells the initials of a name: "DoD" is "Department of Defense"."""
    words = _NATION_PREFIX.sub("", long).split()
    if len(words) < 2:
        return False
    letters = acro.upper()
    with_small = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    if words[0] == "Department" and len(words) > 3 and letters == capitals[1:]:
        return True  # "HUD": the Department of Housing and Urban Development
    if letters == "US" + capitals and long.startswith(("U.S. ", "US ", "United States ")):
        return True  # "USDA": the U.S. Department of Agriculture
    if long.startswith("United Nations ") and letters == capitals[2:]:
        return True  # "WFP": the United Nations World Food Programme
    return letters in (with_small, capitals)


# Words that make "Walmart Foundation" or "Acme Youth Fund" a body apart from "Walmart", "Acme".
# The head words of an event named for its title sponsor: "RBC" gives to the "RBC Canadian
# Open", "Wells Fargo" to the "Wells Fargo Championship": two parties, not one.
_EVENT_HEADS = frozenset((*SPONSORED_EVENTS, "open", "invitational", "series", "marathon")) - {
    "award",
    "awards",
    "prize",
    "fair",
    "games",
    "challenge",
}
_OWN_BODIES = frozenset(
    {"foundation", "fund", "trust", "campaign", "program", "programme", "initiative"}
)


def _own_body(a: frozenset[str], b: frozenset[str], short: str = "", text: str = "") -> bool:
    """Whether the longer of two nested names is a body apart: "Walmart" and "Walmart Foundation".

    It is when it adds a foundation, fund or programme and the release shows the
    shorter as a company of its own ("Walmart Inc.", "Allstate and the Allstate
    Foundation"); otherwise "Keep A Breast" is the Keep A Breast Foundation's short name.
    """
    extra = (b - a) if len(a) < len(b) else (a - b)
    if not extra & _OWN_BODIES:
        return False
    if not short or not text:
        return True
    return bool(
        _search_words(
            rf"\b{regex.escape(short)}(?:,?\s(?:Inc|Corp|Corporation|Company|Co|LLC|Ltd|plc|Group|Limited)\b|\s(?:and|&)\s(?:the\s|The\s)?{regex.escape(short)}\s)",
            text,
        )
    )


def _facing(roles: list[_Role]) -> set[frozenset[str]]:
    """The names that face their own foundation in one gift sentence, as tokens: "Vale Post
    raised $1.5m for the Vale Post Foundation" names two bodies, giver and receiver."""
    out: set[frozenset[str]] = set()
    by_sentence: dict[int, list[_Role]] = {}
    for r in roles:
        by_sentence.setdefault(r.sentence, []).append(r)
    for group in by_sentence.values():
        if len(group) < 2 or len({r.role for r in group}) < 2:
            continue
        for r in group:
            for o in group:
                if o.role != r.role and len(o.name.text) < len(r.name.text):
                    a, b = name_tokens(o.name.text), name_tokens(r.name.text)
                    if a and a < b and _own_body(a, b):
                        out.add(a)
    return out


def _shorter(a: str, b: str) -> str:
    """The shorter of two names, cleaned: the one a foundation may be named after."""
    return clean_name(a if len(a) <= len(b) else b)


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    # "Alsco Uniform" and "Alsco Uniforms": one body, a plural "s" apart; "Medtronics" and
    # "Medtronic of Minneapolis" the same (a misspelt name beside its full form)
    sa, sb = _singular(a), _singular(b)
    return sa == sb or (len(a) != len(b) and (sa <= sb or sb <= sa))


def _singular(tokens: frozenset[str]) -> frozenset[str]:
    """The tokens without a plural "s": "uniforms" is "uniform" (not "bus", "class")."""
    return frozenset(t[:-1] if len(t) > 3 and t[-1] == "s" and t[-2] != "s" else t for t in tokens)


class _ClusterIndex:
    """The clusters a name can join, found by lookups, so that a release naming thousands of
    bodies is not read pair by pair.

    ``_same`` joins names whose tokens, a plural "s" aside, hold one another: a cluster holding
    all of a name's (singular) tokens holds the rarest of them, and one within the name has
    one of the name's subsets for its token set. Acronym tests need an acronym: the cluster's
    own, or one among its first three mentions. Every cluster returned is still tested in
    full; the index only leaves out clusters no test can join.
    """

    __slots__ = ("by_acronym", "by_set", "by_token", "with_acronym")

    def __init__(self) -> None:
        self.by_token: dict[str, set[int]] = {}  # by each singular token
        self.by_set: dict[frozenset[str], set[int]] = {}  # by the set of singular tokens
        self.by_acronym: dict[str, set[int]] = {}
        self.with_acronym: set[int] = set()

    def near(self, toks: frozenset[str], acro: str | None) -> list[int]:
        """The places of the clusters a name of ``toks`` (or the acronym ``acro``) may join,
        in the order they were made."""
        near = set(self.with_acronym)
        if acro is not None:
            near |= self.by_acronym.get(acro, set())
        words = sorted(_singular(toks))
        if words:
            near |= min((self.by_token.get(t, set()) for t in words), key=len)
            if len(words) <= 10:
                for size in range(1, len(words) + 1):
                    for part in combinations(words, size):
                        near |= self.by_set.get(frozenset(part), set())
            else:  # (a name of that many words is rare: every cluster sharing one is near)
                for t in words:
                    near |= self.by_token.get(t, set())
        return sorted(near)

    def add(self, at: int, cluster: _Cluster, name: str) -> None:
        """Index the cluster at place ``at`` after ``name`` joined it."""
        singular = _singular(cluster.tokens)
        for t in singular:
            self.by_token.setdefault(t, set()).add(at)
        self.by_set.setdefault(singular, set()).add(at)  # (older sets may stay: harmless)
        for acronym in cluster.acronyms:
            self.by_acronym.setdefault(acronym, set()).add(at)
        if len(cluster.mentions) <= 3 and _lone_acronym(name) is not None:
            self.with_acronym.add(at)


# Up to this many role mentions (or entities) are grouped by testing each pair: the lookups
# of ``_ClusterIndex`` and ``_nested`` pay off only beyond (a release has about ten).
_FEW_ROLES = 64


def _cluster(roles: list[_Role], all_names: list[Name], doc: Document) -> dict[int, _Cluster]:
    """Group role mentions into entities; fuller mentions elsewhere in the body give the name."""
    clusters: list[_Cluster] = []
    where: dict[int, _Cluster] = {}
    apart = _facing(roles)
    # which clusters a mention can join, without a test of each (where there are many)
    index = _ClusterIndex() if len(roles) > _FEW_ROLES else None
    listed_clusters: set[int] = set()  # the clusters a list item's receiver opens
    for r in sorted(roles, key=lambda r: -len(r.name.text)):
        toks = name_tokens(r.name.text)
        acro = r.name.text.replace(".", "").replace("-", "")
        # (MIXED_ACRONYM spans two to six letters)
        is_acro = acro.isupper() or (len(acro) <= 6 and MIXED_ACRONYM.fullmatch(acro) is not None)
        mixed = len(r.name.text) <= 6 and MIXED_ACRONYM.fullmatch(r.name.text) is not None
        if index is None or mixed or _lone_acronym(r.name.text) is not None:
            order: Iterable[int] = range(len(clusters))  # an acronym may stand for any of them
        else:
            order = index.near(toks, acro if is_acro else None)
        hit = None
        for i in order:
            c = clusters[i]
            if (
                (
                    _same(toks, c.tokens)
                    and not _own_body(
                        toks, c.tokens, _shorter(r.name.text, c.mentions[0].text), doc.text
                    )
                    and not ((toks in apart or c.tokens in apart) and _own_body(toks, c.tokens))
                    # a state that gives is not the "Vale Agency of Connecticut" it funds
                    and (r.rule != "gift.government" or toks == c.tokens)
                    # nor a government the "Vale Institute of Canada" its list names
                    and not (r.role == "donor" and id(c) in listed_clusters)
                    # nor a title sponsor the event named for it: "RBC" and the "RBC Canadian Open"
                    and not (toks ^ c.tokens) & _EVENT_HEADS
                )
                or (is_acro and acro in c.acronyms)
                or any(_acronym_same(r.name.text, m.text) for m in c.mentions[:3])
                or (mixed and any(_stands_for(r.name.text, m.text) for m in c.mentions[:3]))
            ):
                hit, at = c, i
                break
        if hit is None:
            hit, at = _Cluster(toks), len(clusters)
            clusters.append(hit)
            if r.rule == "gift.list_item":
                listed_clusters.add(id(hit))
        hit.mentions.append(r.name)
        hit.tokens = hit.tokens | toks if len(toks) > len(hit.tokens) else hit.tokens
        hit.acronyms.add(acronym_of(r.name.text))
        hit.acronyms.add(acronym_of(r.name.text, inner=True))  # "Vale HealthCare" is "VHC" too
        where[id(r)] = hit
        if index is not None:
            index.add(at, hit, r.name.text)
    # Fuller forms elsewhere: "Alsco" named as donor, "Alsco Uniforms" in the headline.
    # A programme's name is no fuller form of its owner: "the Acme BOOST program".
    # The clusters holding each token: a fuller or shorter form shares one with its cluster.
    by_token: dict[str, list[_Cluster]] = {}
    by_set: dict[frozenset[str], list[_Cluster]] = {}
    for c in clusters:
        for t in c.tokens:
            by_token.setdefault(t, []).append(c)
        by_set.setdefault(c.tokens, []).append(c)
    tokenless = [c for c in clusters if not c.tokens]
    programmes: set[str] = set()
    low = doc.lower
    plain = doc.case_plain
    for r in roles:
        window = low[r.name.end : r.name.end + 80]
        if plain and "program" not in window and "initiative" not in window:
            continue  # PROGRAMME_REST needs one of its words
        rest = PROGRAMME_REST.match(doc.text, r.name.end, r.name.end + 80)
        if rest is not None:
            programmes.add(r.name.text + " " + rest["rest"])
    for n in all_names:
        if doc.is_boilerplate(n.start) or clean_name(n.text) in programmes:
            continue
        toks = name_tokens(n.text)
        if not toks or len(toks) > 8 or _is_gift_name(n):
            continue
        if (
            _gift_head_in(doc.text[n.end : n.end + 16])
            and NAMED_GIFT_HEAD.match(doc.text, n.end, n.end + 16)
        ) or _repeated(n.text):
            continue  # "Lee Poe Nursing| Grant" names a gift; "Lee Poe Lee Poe" a repeated heading
        # (each cluster is looked at once, whatever the order: only its own mentions change)
        near = (
            _nested(toks, by_token, by_set)
            if len(clusters) > _FEW_ROLES
            else list({id(c): c for t in toks for c in by_token.get(t, ())}.values())
        )
        for c in near:
            if c.tokens and (c.tokens < toks) and len(toks) <= len(c.tokens) + 3:
                # a fuller form: its extra words must not be a new head ("Foundation")
                extra = toks - c.tokens
                own = extra & {
                    "foundation", "fund", "trust", "campaign", "program", "programme",
                    "agreement", "contract", "initiative", "project",
                    "gala", "classic", "luncheon", "telethon", "fundraiser", "tournament", "auction",
                    *_EVENT_HEADS,
                }  # fmt: skip
                if not own and not extra <= _TAIL_WORDS and _extends(n.text, c.mentions[0].text):
                    c.mentions.append(n)
            elif c.tokens and toks <= c.tokens:
                c.mentions.append(n)
        # parenthesised acronym: "Larch Hill Community Development Corp (LHCDC)"
        m = (
            None
            if "(" not in doc.text[n.end : n.end + 24]
            else _match(
                r"\s*\(\s*(?:the\s)?[“\"]?(?P<acro>[\p{Lu}](?:[\p{Lu}\d&\-]|\p{Ll}(?=\p{Lu})){1,12})[”\"]?\s*\)",
                doc.text[n.end : n.end + 24],
            )
        )
        if m:
            for c in near + tokenless:  # the others share no token: neither set holds the other
                if toks <= c.tokens or c.tokens <= toks:
                    c.acronyms.add(m["acro"])
    # An entity named only by its acronym takes the name the release spells out: "Keep A Breast (KAB)".
    for c in clusters:
        if all(m.text.isupper() and " " not in m.text for m in c.mentions):
            full = _spelled_out(doc, c.mentions[0].text)
            if full is not None:
                c.mentions.append(full)
    return where


def _nested(
    toks: frozenset[str],
    by_token: dict[str, list[_Cluster]],
    by_set: dict[frozenset[str], list[_Cluster]],
) -> list[_Cluster]:
    """The clusters whose tokens hold all of ``toks`` or lie within them, by lookups (``toks``
    has eight words at most): a release naming thousands of bodies is not read pair by pair."""
    found = {
        id(c): c for c in min((by_token.get(t, []) for t in toks), key=len) if toks <= c.tokens
    }  # (a cluster holding every token holds the rarest one)
    words = sorted(toks)
    for size in range(1, len(words)):
        for part in combinations(words, size):
            for c in by_set.get(frozenset(part), ()):
                found[id(c)] = c
    return list(found.values())


def _repeated(name: str) -> bool:
    """Whether a name is one run of words said twice, "Lee Poe Lee Poe" (a repeated heading).

    The halves must be equal around the middle character, so that is looked at first.
    """
    half = len(name) // 2
    if len(name) % 2 == 0 or not 7 <= len(name) <= 81 or name[:half] != name[half + 1 :]:
        return False
    return _fullmatch(r"(.{3,40})\s\1", name) is not None


ACRONYM_DEF = deferred_pattern(
    r"[ \t]?\(\s*(?:the\s)?[“\"]?(?P<acro>\p{Lu}[\p{Lu}\d&\-]{1,12})[”\"]?\s*\)"
)


def _spelled_out(doc: Document, acro: str) -> Name | None:
    """The name written just before "(ACRO)" in the body, when its initials fit."""
    text = doc.text
    pos = text.find("(" + acro + ")", 0, doc.body_end)
    if pos < 0:
        return None
    names = [n for n in find_names(doc, max(0, pos - 120), pos) if pos - n.end <= 2]
    if not names:
        return None
    name = names[-1]
    if INDEFINITE.search(text, max(0, name.start - 4), name.start) is not None:
        return None  # "serving as a Certified Family Advocate (CFA)": a role, not the body
    initials = acronym_of(name.text)
    close = initials == acro or (
        min(len(initials), len(acro)) >= 3
        and (initials.startswith(acro) or acro.startswith(initials))
    )
    return name if close else None


def _extends(full: str, short: str) -> bool:
    """Whether a fuller form grows a name at its ends ("Orvik" -> "Orvik Linens",
    "Pellman Foundation" -> "Ruth Ann Pellman Foundation"), not a unit "for" or "of" it
    ("Strategic Supplier Outreach for Orvik")."""
    fw = [w.lower() for w in _findall(r"[\p{L}\p{M}\d&]+", clean_name(full))]
    sw = [w.lower() for w in _findall(r"[\p{L}\p{M}\d&]+", clean_name(short))]
    if not sw or len(sw) > len(fw):
        return False
    if fw[: len(sw)] == sw:
        return True
    if fw[-len(sw) :] == sw:
        return fw[-len(sw) - 1] not in ("for", "of", "at", "by", "to", "from", "with")
    return False


# The heads of a body's name written in capitals as its brand: "TRON DAO", "ZEPH LABS".
_CAPS_BRAND_HEADS = frozenset(("dao", "labs", "protocol", "network", "foundation", "inc", "llc"))


# A sponsor's tier read into the name it sponsors: "Gold Sponsor of the Pell Summit".
SPONSOR_IN_NAME = deferred_pattern(r"\b(?:Sponsors?|Partners?)\s(?:of|for)\s")


def _best_name(c: _Cluster, plain: bool = False, receiver: bool = False) -> str:
    """The fullest clean form among an entity's mentions, preferring mixed case and repeated forms.

    ``plain``: the release is plain (see ``Document.case_plain``), so a lower-cased word test may stand
    in for a case-blind pattern. ``receiver``: the entity receives, so an appeal's name stays
    whole ("the Vale Flood Appeal" is the fund) unless the body is named alone too.
    """
    counts: dict[str, int] = {}
    for m in c.mentions:
        key = clean_name(m.text)
        counts[key] = counts.get(key, 0) + 1
    if len(counts) > 1 and any(
        " of " in k or " for " in k for k in counts
    ):  # not "Gold Sponsor of the Pell Summit"
        counts = {k: n for k, n in counts.items() if SPONSOR_IN_NAME.search(k) is None} or counts

    def score(name: str) -> tuple[int, int, int, int]:
        # (capitals count against a form, unless it ends on a body's head: "TRON DAO" is the brand)
        caps = (
            0
            if name.isupper()
            and len(name) > 6
            and name.rsplit(" ", 1)[-1].lower() not in _CAPS_BRAND_HEADS
            else 1
        )
        ntok = len(name_tokens(name))
        return (caps, min(ntok, 6), len(name), min(counts[name], 2))

    best = max(counts, key=score)
    host = EVENT_HOST.match(best) if " " in best else None
    if host is not None and host.group("host") in counts:  # "PEWA Convention" and "PEWA"
        return host.group("host")
    last = best.rsplit(" ", 1)[-1].lower()
    tail = _EVENT_TAIL.search(best) if last in _EVENT_WORDS or not plain else None
    if receiver and tail and last in ("appeal", "appeals") and best[: tail.start()] not in counts:
        return best  # (unless the release names the body alone: "Harbor Hospice Appeal", "Harbor Hospice")
    return best[: tail.start()] if tail and tail.start() > 0 else best


# The last words of _EVENT_TAIL, lower case, singular and plural.
_EVENT_WORDS = frozenset(
    w + s
    for w in "campaign fundraiser fundraising gala tournament appeal drive telethon radiothon walk run ride".split()
    for s in ("", "s")
)
# An event or appeal named after its organiser: "Sam's Club Campaign", "Acme Golf Fundraiser".
_EVENT_TAIL = deferred_pattern(
    r"(?:\s(?:Golf|Charity|Annual|Holiday|Spring|Fall|Summer|Winter))*\s(?:Campaign|Fundraiser|Fundraising|Gala|Tournament|Appeal|Drive|Telethon|Radiothon|Walk|Run|Ride)s?$",
    regex.IGNORECASE,
)


# --- the frame ------------------------------------------------------------------


# "a $5 million anonymous donation", "an anonymous $2 million gift": a sum whose giver is
# unnamed on purpose.
ANONYMOUS_BEFORE = deferred_pattern(r"\banonymous(?:ly)?\s(?:[\p{Ll}-]+\s){0,2}$", regex.IGNORECASE)
ANONYMOUS_AFTER = deferred_pattern(
    r"^\s(?:[\p{Ll}-]+\s){0,2}?(?:from\s(?:an?\s)?)?anonymous(?:ly)?\b", regex.IGNORECASE
)
# The opening of the first body sentence after the dateline: "-- ", "/Wire/ -- ", "(Wire) - ".
SUBJECT_OPENING = deferred_pattern(r"^[\W_]{0,6}(?:The\s)?$")


def _anonymous_gift_subject(doc: Document, top: list[_Sentence]) -> tuple[_Sentence, Name] | None:
    """The organisation a release opens on, as recipient of an anonymous gift it reports."""
    text = doc.text
    for sent in top:
        if not sent.strong:
            continue
        for m in sent.gift_money:
            before = text[max(sent.span.start, m.start - 40) : m.start]
            after = text[m.end : min(sent.span.end, m.end + 40)]
            if ANONYMOUS_BEFORE.search(before) or ANONYMOUS_AFTER.match(after):
                break
        else:
            continue
        first = doc.dateline.end if doc.dateline is not None else doc.body.start
        opening = next((u for u in doc.sentences if u.end > first + 3), None)
        if opening is None:
            return None
        for name in find_names(doc, first, min(opening.end, first + 200), limit=1):
            if DATELINE_AFTER.match(text, name.end, name.end + 30) is not None:
                return None  # "DELAWARE, Ohio (AP) — A university ...": a dateline's town
            if name.kind != "person" and SUBJECT_OPENING.match(text[first : name.start]):
                return sent, name
            return None
    return None


# The rest of a dateline after its town: "|, Ohio (AP) —", "|, Del. –".
DATELINE_AFTER = deferred_pattern(
    r"""
    ,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?   # ", Ohio", ", N.J.", ", New Mexico"
    \s(?:\([A-Za-z]{2,12}\)\s)?              # " (AP) "
    (?:[—–]|--?)\s                              # "— "
    """,
    regex.VERBOSE,
)


# The head word of a charity's name: the body a release about gifts to it is written by.
CHARITY_HEAD = deferred_pattern(
    r"""
    \b(?:Society|Foundation|Charities|Charity|Fund|House|Clubs?|Hospital|Museum|Food\sBank|Pantry
      |Shelter|Mission|Ministries|Coalition|Alliance|Library|Zoo|Habitat\sfor\sHumanity|YMCA|YWCA
      |United\sWay|Hospice|Sanctuary|Rescue|Humane)\b
    """,
    regex.VERBOSE,
)


# A headline thanking a giver for its support of a charity: "Acme Honoured with Care Award
# for National Support of Harbor Foundation", "Acme Receives Thanks from Harbor House for
# Its Generous Donations".
TITLE_THANKED = deferred_pattern(
    r"""
    \s(?:Honou?red|Recogni[sz]ed|Thanked|Celebrated|Receives\sThanks\sfrom\s(?P<thanker>[^.;:!?]{3,60}?))
    \s[^.;:!?]{0,60}?\b(?:for|For)\s(?:(?:its|Its|their|Their|her|Her|his|His)\s)?
    (?:\p{Lu}\w+\s){0,2}(?:Support|Generosity|Donations?|Contributions?|Gifts?|Sponsorship)
    (?:\s(?:of|to|for|Of|To|For)\s(?:the\s|The\s)?(?P<getter>\p{Lu}))?
    """,
    regex.VERBOSE,
)


def _title_thanked(doc: Document) -> tuple[Name, Name] | None:
    """The giver a headline thanks and the charity it gave to (the thanker, else the charity named
    after "support of"), each a name the body repeats."""
    title = doc.title
    if title is None:
        return None
    head = doc.text[title.start : title.end]
    if not (
        any(w in head for w in ("Honou", "Recogni", "Thank", "Celebrat"))
        and any(w in head for w in ("Support", "Generosity", "Donation", "Contribution", "Gift"))
    ):
        return None  # the words TITLE_THANKED opens and ends on: most headlines lack them
    names = find_names(doc, title.start, title.end)
    if not names or names[0].start - title.start > 2 or names[0].kind == "person":
        return None
    m = TITLE_THANKED.match(doc.text, names[0].end, title.end)
    if m is None:
        return None
    at = m.start("thanker") if m["thanker"] is not None else m.start("getter")
    getter = next((n for n in names if at <= n.start < m.end()), None)  # "(One) Safe Place"
    if getter is None or (m["thanker"] is None and CHARITY_HEAD.search(getter.text) is None):
        return None
    body = doc.text[title.end : doc.body_end]
    if names[0].text not in body or getter.text not in body:
        return None
    return names[0], getter


# A headline in which a body welcomes a giver's gift: "WFP welcomes |Japan|'s new contribution
# to fight hunger", "Harbor House Welcomes the Orvik Foundation’s Pledge".
TITLE_WELCOMES = deferred_pattern(
    r"\s(?:welcomes|Welcomes|welcomed|Welcomed|hails|Hails|applauds|Applauds)\s(?:the\s|The\s)?"
)
TITLE_WELCOMED_GIFT = deferred_pattern(
    rf"""
    {APOSTROPHE}s?\s(?:[\w-]+\s){{0,3}}?                                    # "'s new"
    (?i:commitment|contribution|donation|pledge|gift|grant|funding|support)s?\b  # "contribution"
    """,
    regex.VERBOSE,
)


def _title_welcomes(doc: Document) -> tuple[Name, Name] | None:
    """The giver and the receiver of a headline's welcomed gift (see TITLE_WELCOMES), each a
    name the body repeats."""
    title = doc.title
    if title is None or not any(
        doc.lower.find(w, title.start, title.end) >= 0 for w in ("welcome", "hails", "applauds")
    ):
        return None  # (the words TITLE_WELCOMES needs: most headlines lack them)
    names = find_names(doc, title.start, title.end)
    if len(names) < 2 or names[0].start - title.start > 4 or names[0].kind == "person":
        return None
    for getter, giver in pairwise(names):
        if (
            TITLE_WELCOMES.fullmatch(doc.text, getter.end, giver.start) is not None
            and TITLE_WELCOMED_GIFT.match(doc.text, giver.end, title.end) is not None
        ):
            body = doc.text[title.end : doc.body_end]
            if getter.text in body and giver.text in body:
                return giver, getter
            return None
    return None


# "donated $1 million to his alma mater": the school the giver studied at receives.
ALMA_MATER = deferred_pattern(r"\b(?:his|her|their)\s(?:own\s)?alma\smater\b")
# Where the giver studied, named before the school: "an alumnus of| Lee College".
ALUMNUS_OF = deferred_pattern(
    r"\b(?:alumn(?:us|a|ae|i)|graduates?|former\sstudents?)\s(?:of|from)\s(?:the\s)?$"
)
# A school's head word: "Lee College", "Vale State University", "IIT Delhi".
SCHOOL_HEAD = deferred_pattern(
    r"\b(?:University|College|Institute|School|Academy|Polytechnic|Seminary|Conservatory"
    r"|IIT|IIM|MIT)\b"
)


def _alma_mater(
    doc: Document, top: list[_Sentence], names: list[Name]
) -> tuple[_Sentence, Name] | None:
    """The school a giver gave "to his alma mater": the school named right after it (", Lee
    College"), the one the giver is "an alumnus of", or the school the sentence opens on."""
    text = doc.text
    for sent in top:
        span = sent.span
        if doc.lower.find("alma mater", span.start, span.end) < 0:
            continue
        am = ALMA_MATER.search(text, span.start, span.end)
        if am is None:
            continue
        own = [n for n in names if span.start <= n.start < span.end and n.kind != "person"]
        for n in own:  # "to his alma mater, Lee College"
            if n.start > am.end() and _match(r",\s(?:the\s)?$", text[am.end() : n.start]):
                return sent, n
        for n in own:  # "an alumnus of Lee College has donated ... to his alma mater"
            if n.start < am.start() and ALUMNUS_OF.search(text, max(0, n.start - 30), n.start):
                return sent, n
        for n in own:  # "Lee College is renaming its school to honor an alumnus who donated"
            if n.start < am.start() and SCHOOL_HEAD.search(n.text) is not None:
                return sent, n
    return None


def _charity_host(doc: Document) -> Name | None:
    """The charity a release opens on (its headline's first name, named again in the body)."""
    if doc.title is None or CHARITY_HEAD.search(doc.text, doc.title.start, doc.title.end) is None:
        return None  # no charity's head word in the headline: no need to read its names
    own = _title_subject(doc)
    if own is None or own.kind == "person" or CHARITY_HEAD.search(own.text) is None:
        return None
    return own


def _is_headline_subject(doc: Document, name: Name) -> bool:
    """Whether a name is the one the headline opens on ("Harbor House Holds Gala")."""
    title = doc.title
    if title is None:
        return False
    head = doc.text[title.start : title.start + len(name.text) + 6].lstrip("#* ")
    return head.removeprefix("The ").startswith(name.text)


# A charity's own fundraising event: "The Harbor Trust is launching its first
# charity gala", "Harbor Council is excited to announce its spring silent
# auction"; in a headline, "Harbor Foundation Launches Fundraising Raffle".
_FUNDRAISER_EVENT = r"""(?i:fundrais(?:er|ers|ing)|galas?|(?:silent\s)?auctions?|balls?|telethon|radiothon|charity\s(?:auction|ball|gala|dinner)
    |golf\s(?:outing|tournament|classic)|benefit\s(?:concert|dinner|gala)|(?:holiday|christmas|winter|year-end|annual|fundraising|giving)\s(?:[\p{L}-]+\s)?appeal|(?:charity|benefit)\s(?:walk|run|5k|10k)|walkathon)\b"""
OWN_FUNDRAISER = deferred_pattern(
    rf"""
    \s(?:\([^()]{{1,30}}\)\s)?                                   # "(HPAC)"
    (?:(?:has|have|is|are|will)\s)?(?:(?:proudly|officially|once\sagain)\s)?
    (?:announced|announces|(?:pleased|proud|excited|thrilled)\sto\s(?:announce|host|present)
      |hosts|host|hosting|hosted|held|holds|launched|launches|launch|launching|presents)
    \s(?:the\s(?:launch|return)\sof\s)?(?:its|their)\s(?:[\p{{L}}\d-]+\s){{0,3}}?
    {_FUNDRAISER_EVENT}
    """,
    regex.VERBOSE,
)
# A clause opening on a place, before the host that held its event there: "..., where| Acme
# Students held its charity 5K".
WHERE_HELD = deferred_pattern(r",\s(?:where|when)\s(?:the\s)?$")
LEAD_DASH = deferred_pattern(r"(?:[—–]|--)\s(?:The\s|THE\s)?$")
# The comma closing an opening clause, before the host: "After a two-year pause,| Harbor Hospital".
CLAUSE_BEFORE = deferred_pattern(r"[^,;:]{8,160},\s(?:the\s|The\s)?")
ITS_EVENT = deferred_pattern(
    rf"(?i:its|their)\s(?:[\p{{L}}\d-]+\s){{0,3}}?{_FUNDRAISER_EVENT}", regex.VERBOSE
)
_FUNDRAISER_STEMS = ("fundrais", "gala", "auction", "golf", "ball", "thon", "benefit")
# "its annual holiday appeal", "its charity walk", "its benefit run"
_FUNDRAISER_STEMS_ALL = (*_FUNDRAISER_STEMS, "appeal", "walk", " run", "charity 5k", "charity 10k")
TITLE_FUNDRAISER = deferred_pattern(rf"\b{_FUNDRAISER_EVENT}", regex.VERBOSE)


def _own_fundraiser(doc: Document) -> Name | None:
    """The charity a release opens on that announces its own fundraising event, if any."""
    text = doc.text
    low = doc.lower
    title = doc.title
    prose = _prose_title(doc)  # (a bare text's first paragraph is its lead)
    lead = [s for s in doc.sentences[:5] if title is None or s.start >= title.end or prose][:3]
    for s in lead:
        # "its annual gala": the event after "its" or "their" is looked for first
        event = -1
        stop = min(s.end, s.start + 600)  # a lead's opening (a scraped release may be one line)
        for word in ("its ", "their "):
            p = low.find(word, s.start, stop)
            while p >= 0 and event < 0:
                if (
                    (p == 0 or not low[p - 1].isalpha())
                    and any(low.find(w, p, p + 60) >= 0 for w in _FUNDRAISER_STEMS_ALL)
                    and ITS_EVENT.match(text, p, s.end) is not None
                ):
                    event = p
                p = low.find(word, p + 1, stop)
        if event < 0:
            continue
        opening = s.start
        if doc.dateline is not None and s.start <= doc.dateline.end <= s.end:
            opening = doc.dateline.end
        m = OWN_FUNDRAISER.search(text, opening, min(s.end, event + 120))
        if m is None:
            continue  # the names are read only where the phrase is
        for n in find_names(doc, opening, m.start() + 1, limit=3):
            # the name opens the lead, or follows the dash that ends a dateline ("AM Central — ")
            if (
                n.start - opening > 8
                and LEAD_DASH.search(text, opening, n.start) is None
                and not (n.end == m.start() and WHERE_HELD.search(text, opening, n.start))
                # "After two years without it, Harbor Hospital held its gala": an opening clause
                and not (n.end == m.start() and CLAUSE_BEFORE.fullmatch(text, opening, n.start))
            ):
                continue
            if n.kind != "person" and n.end == m.start():
                return n
    # the headline's charity, when the lead does not name it so ("Harbor Foundation Hosts Gala")
    if (
        title is not None
        and any(w in low[title.start : title.end] for w in _FUNDRAISER_STEMS_ALL)
        and TITLE_FUNDRAISER.search(text, title.start, title.end) is not None
    ):
        return _charity_host(doc)
    return None


def find_gifts(doc: Document, money: list[Money]) -> GiftFrame:
    """The gift frame of a release: donors, recipients, gift amounts and gift records."""
    text = doc.text
    units = _units(doc)
    if not units:
        return GiftFrame()
    m_starts, m_items = _money_index([m for m in money if not doc.is_boilerplate(m.start)])
    low = doc.lower
    plain = doc.case_plain
    # Only sentences with a strong cue word, a gift noun or a sum can state a gift:
    # one cheap scan finds them, and the full cue scan runs there alone.
    sentence_index = doc.sentence_index
    hot = {sentence_index(p) for p in _hot_starts(low, doc.body_end)}
    # "The firm has also given beds to Harbor House", "has close partnerships with Larch
    # Hall" one or two sentences after a sentence with a strong cue: the giving goes on.
    sentences_all = doc.sentences
    for i in [i for i in hot if i < 14]:  # near the top, where gifts are stated
        for j in (i + 1, i + 2):
            if j in hot or j >= len(sentences_all):
                continue
            s = sentences_all[j]
            seg = low[s.start : s.end]
            if s.start < doc.body_end and (
                (
                    " to " in seg
                    and (
                        "provided" in seg
                        or "given" in seg
                        or "gave" in seg
                        or "contributed" in seg
                        or "gifted" in seg
                    )
                    and IN_KIND_TO.search(text, s.start, s.end) is not None
                )
                or (
                    "partnership" in seg
                    and PARTNERS_IN_GIVING.search(text, s.start, s.end) is not None
                )
            ):
                hot.add(j)
    hot.update(sentence_index(m.start) for m in m_items)
    # "presented a check to Harbor House": a gift without a sum, stated near the top.
    top_end = sentences_all[min(13, len(sentences_all)) - 1].end if sentences_all else 0
    for word in ("check", "cheque"):
        for p in _all_finds(low, word, min(top_end, doc.body_end)):
            if (
                low.find("present", max(0, p - 80), p + 50) >= 0  # (or "checks were presented")
                or low.find("receiv", max(0, p - 40), p) >= 0  # "also received a check"
            ):
                hot.add(sentence_index(p))
    # "The Vale Museum received 22 paintings": a collection given, in a release about a gift.
    p = low.find("receiv", 0, min(top_end, doc.body_end)) if hot else -1
    while p >= 0:
        if RECEIVED_WORKS.match(text, p, min(len(text), p + 80)) is not None:
            hot.add(sentence_index(p))
        p = low.find("receiv", p + 1, min(top_end, doc.body_end))
    # Sentences that name a funder without a sum matter only beside a cue word or a sum.
    fb_starts = sorted(_funded_by_starts(low, doc.body_end)) if hot else []
    hot.update(sentence_index(p) for p in fb_starts)
    p = low.find("contributions to ", 0, doc.body_end) if hot else -1  # GIFT_NOUN_TO
    while p >= 0:
        hot.add(sentence_index(p))
        p = low.find("contributions to ", p + 1, doc.body_end)
    p = low.find("contribution to ", 0, doc.body_end) if hot else -1  # MADE_CONTRIBUTION_TO
    while p >= 0:
        hot.add(sentence_index(p))
        p = low.find("contribution to ", p + 1, doc.body_end)
    award_hot: set[int] = set()
    for words in ("awarded to ", "receiving the ", "recipient"):  # where AWARD_TO_SOMEONE may match
        p = low.find(words, 0, doc.body_end) if hot else -1
        while p >= 0:
            award_hot.add(sentence_index(p))
            if words == "awarded to ":
                hot.add(sentence_index(p))  # its cue word anchors the receiver
            p = low.find(words, p + 1, doc.body_end)
    # "Proceeds from the gala will benefit Harbor House": a gift without a cue word.
    proceeds_at = [
        p
        for p in _all_finds(low, "proceeds", doc.body_end)
        if PROCEEDS_TO.match(text, p, min(len(text), p + 140)) is not None
    ]
    # "All proceeds from the golf outing will go to Harbor House": a fundraiser's gift stated
    # with no sum and no giving verb still makes the release a gift (not an offering's proceeds).
    proceeds_gift = {
        sentence_index(p)
        for p in proceeds_at
        if INVESTMENT_PROCEEDS.search(text, max(0, p - 120), min(len(text), p + 140)) is None
    }
    # "Orvik Bank is the presenting sponsor of Harbor House's gala": a gift without a cue word.
    sponsor_at: set[int] = set()
    for p in [
        *_all_finds(low, "sponsor", doc.body_end),
        *_all_finds(low, "partner of", doc.body_end),
        *_all_finds(low, "rights partner", doc.body_end),
    ]:
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 90) if at is None else max(at.start, p - 90)
        sm = SPONSOR_OF.search(text, lo, min(len(text), p + 160))
        if (sm is not None and sm.start() < p < sm.start("owner")) or (
            low.startswith(("sponsor", "rights partner"), p)
            and SPONSOR_NAMED.search(  # "announced Orvik Bank as its official shorts sponsor"
                text, max(0, p - 160) if at is None else max(at.start, p - 160), p + 20
            )
            is not None
        ):
            proceeds_at.append(p)
            sponsor_at.add(sentence_index(p))
        elif low.startswith("sponsored by ", p):  # "the Harbor House Gala, sponsored by Orvik"
            em = EVENT_SPONSORED_BY.search(
                text, lo, min(len(text), p + 20)
            ) or NAMED_EVENT_SPONSORED_BY.search(text, lo, min(len(text), p + 20))
            if em is not None and em.end() > p:
                proceeds_at.append(p)
                sponsor_at.add(sentence_index(p))
    # "Pell Capital joins the Vale Summit as a Gold sponsor", "Harbor United FC welcomes Orvik
    # Bank as its official partner", "partners with the Pell League to sponsor its finals": a
    # sponsorship without "of".
    for p in [
        *_all_finds(low, " sponsor", doc.body_end),
        *_all_finds(low, "official partner", doc.body_end),
        *_all_finds(low, "title partner", doc.body_end),
        *_all_finds(low, "presenting partner", doc.body_end),
    ]:
        if (
            low.find(" as ", max(0, p - 60), p) < 0
            and low.find("partnership with", max(0, p - 160), p) < 0
        ) and not low.startswith(
            (
                " sponsor its ",
                " sponsor their ",
                " sponsorship deal ",
                " sponsorship agreement ",
                " sponsorship contract ",
            ),
            p,
        ):
            continue
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 160) if at is None else max(at.start, p - 160)
        jm = SPONSOR_JOINS.search(text, lo, min(len(text), p + 60))
        if jm is not None and jm.end() > p:
            proceeds_at.append(p)
            sponsor_at.add(sentence_index(p))
    for p in _all_finds(low, "sponsors ", doc.body_end):  # "Sponsors of the Vale Summit include"
        if not low.startswith(("include", "are ", "were ", "of ", "for "), p + 9):
            continue
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 90) if at is None else max(at.start, p - 90)
        lm = SPONSORS_LISTED.search(text, lo, min(len(text), p + 120))
        if lm is not None and lm.start() <= p < lm.end():
            proceeds_at.append(p)
            sponsor_at.add(sentence_index(p))
    for p in _all_finds(low, "presented by ", doc.body_end):
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 90) if at is None else max(at.start, p - 90)
        em = EVENT_SPONSORED_BY.search(
            text, lo, min(len(text), p + 20)
        ) or NAMED_EVENT_SPONSORED_BY.search(text, lo, min(len(text), p + 20))
        if em is not None and em.end() > p:
            proceeds_at.append(p)
            sponsor_at.add(sentence_index(p))
    # "to raise critical funds for Harbor House": a fundraiser names its receiver.
    for stem in FUNDS_FOR_STEMS:
        for p in _all_finds(low, stem, doc.body_end):
            if not (
                low.startswith(("for ", "to ", "in "), p + 6)  # "funds for", "money to"
                or low.startswith(("raised ", "collected "), p + 6)  # "funds raised will go to"
                or low.startswith("benefit ", p)  # "a benefit concert for"
                or low.startswith(("to ", "ll "), p - 3)  # "to benefit", "will benefit"
                or low.startswith(("benefiting ", "benefitting "), p)
                or stem[-2:] == "of"
            ):
                continue
            at = sentences_all[sentence_index(p)] if sentences_all else None
            lo = max(0, p - 90) if at is None else max(at.start, p - 90)
            reach = 80 if low.startswith(("raised ", "collected "), p + 6) else 30
            fm = FUNDS_FOR.search(text, lo, min(len(text), p + reach))
            if reach == 80 and INVESTMENT_PROCEEDS.search(text, lo, p + reach) is not None:
                continue  # "funds raised in the placement will support Orvik Labs"
            if fm is not None and fm.end() > p:
                proceeds_at.append(fm.start())
    # "Harbor House thanks its gala sponsors: Orvik Bank, ...": a gift without a cue word.
    thanks_at: set[int] = set()  # (where a release thanks its sponsors, a gift is stated)
    for p in _all_finds(low, "sponsors", doc.body_end):  # (one scan: the colon is looked at next)
        if low.startswith((":", " :"), p + 8):
            at = sentences_all[sentence_index(p)] if sentences_all else None
            lo = max(0, p - 120) if at is None else max(at.start, p - 120)
            if THANKED_SPONSORS.search(text, lo, min(len(text), p + 12)) is not None:
                proceeds_at.append(p)
                thanks_at.add(sentence_index(p))
    for p in [
        *_all_finds(low, "free ", doc.body_end),
        *_all_finds(low, "complimentary ", doc.body_end),
    ]:
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 60) if at is None else max(at.start, p - 60)
        if (
            FREE_GIFT.search(text, lo, min(len(text), p + 140)) is not None
        ):  # "will provide free meals"
            proceeds_at.append(p)
            sponsor_at.add(sentence_index(p))
    for p in [
        *_all_finds(low, "% of ", doc.body_end),
        *_all_finds(low, "percent of ", doc.body_end),
    ]:
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 40) if at is None else max(at.start, p - 40)
        sm2 = SHARE_OF_SALES.search(text, lo, min(len(text), p + 140))
        if sm2 is not None and sm2.start() < p < sm2.end():  # "will give 10% of sales to"
            proceeds_at.append(p)
    for p in [
        *_all_finds(low, "charity partner", doc.body_end),
        *_all_finds(low, "charity of the", doc.body_end),
    ]:
        at = sentences_all[sentence_index(p)] if sentences_all else None
        lo = max(0, p - 160) if at is None else max(at.start, p - 160)
        cm = CHARITY_PARTNER.search(text, lo, min(len(text), p + 30))
        if cm is not None and cm.end() > p:  # "named the Tessa Trust as its charity partner"
            proceeds_at.append(p)
            sponsor_at.add(sentence_index(p))
    for p in _all_finds(low, "generosity of ", doc.body_end):  # "through the generosity of Orvik"
        if GENEROSITY_OF.search(text, max(0, p - 40), min(len(text), p + 20)) is not None:
            proceeds_at.append(p)
            thanks_at.add(sentence_index(p))
    # "said Ann Roe, grantee and owner of Harbor Bakery": the grantee's business receives.
    if hot:
        for p in _all_finds(low, "grantee", doc.body_end):
            if GRANTEE_OWNER.match(text, p, min(len(text), p + 60)) is not None:
                proceeds_at.append(p)
    # "the acceptance of a $400 million jet from the royal family by Ann Roe": a gift taken.
    for words in ("acceptance of ", "receipt of ") if hot else ():
        for p in _all_finds(low, words, doc.body_end):
            if ACCEPTED_FROM_BY.match(text, p, min(len(text), p + 260)) is not None:
                proceeds_at.append(p)
    # "has distributed them through Harbor House, Lee Food Bank and ...": no cue word needed.
    for p in _all_finds(low, "distribut", doc.body_end) if hot else []:
        if DISTRIBUTED_THROUGH.match(text, p, min(len(text), p + 120)) is not None:
            proceeds_at.append(p)
    # "Funds will be distributed to the Red Cross, ...": the gift's receivers, no cue word.
    # (looked for in the few sentences around each sentence with a cue word or a sum)
    near_hot = sorted(
        {j for i in hot for j in range(max(0, i - 2), i + 4) if j < len(sentences_all)}
    )
    for j in near_hot:
        s = sentences_all[j]
        if s.start >= doc.body_end:
            continue
        seg = low[s.start : s.end]  # (plain ``in`` tests first: most sentences hold none)
        for word in _SHARED_OUT if " to" in seg else ():
            if word not in seg:
                continue
            p = s.start + seg.find(word)
            if not (
                low.endswith(_SHARED_AUX, max(0, p - 6), p) or low.find("funds", p, p + 30) >= 0
            ):
                continue  # (FUNDS_SHARED_TO's passive needs its auxiliary, the active "funds")
            sm = FUNDS_SHARED_TO.search(text, max(s.start, p - 80), min(s.end, p + 40))
            if sm is not None and sm.start() <= p < sm.end():
                proceeds_at.append(p)
    # "The first beneficiary of the grant was the Lee Food Bank": no cue word needed.
    for j in near_hot:
        s = sentences_all[j]
        seg = low[s.start : s.end]
        if s.start < doc.body_end and any(w in seg for w in _COPULAR_HEADS):
            km = COPULAR_RECEIVER.search(text, s.start, s.end)
            if km is not None:
                proceeds_at.append(km.start())
        if s.start < doc.body_end and (" among " in seg or " one of " in seg):
            am = AMONG_RECEIVERS.search(text, s.start, s.end)  # "was one of the charities awarded"
            if am is not None:
                proceeds_at.append(am.start())
    # "The Harbor Foundation has announced its inaugural fundraising gala": the host receives.
    own_fundraiser = _own_fundraiser(doc)
    if own_fundraiser is not None:
        proceeds_at.append(own_fundraiser.start)
    # "A sample of the grant recipients include Red Oak Bakery": a list of receivers.
    if hot and any(w in low for w in _INCLUDE_WORDS):
        for words in _INCLUDE_WORDS:
            for p in _all_finds(low, words, doc.body_end):
                at = sentences_all[sentence_index(p)] if sentences_all else None
                lo = max(0, p - 60) if at is None else max(at.start, p - 60)
                reach = 80 if words == "among " else 40  # "Among the bodies receiving grants are"
                rm = RECIPIENTS_INCLUDE.search(text, lo, min(len(text), p + reach))
                if rm is not None:
                    proceeds_at.append(rm.start())
    # "Seven charities received the Tech Grants: Harbor House; Vale Trust; and ...": the same.
    for j in near_hot:
        s = sentences_all[j]
        seg = low[s.start : s.end]
        if s.start >= doc.body_end or ":" not in seg:
            continue
        for words in _COLON_BODIES:
            if words in seg:
                p = s.start + seg.find(words)
                if RECEIVED_COLON.match(text, p, s.end) is not None:
                    proceeds_at.append(p)
    proceeds_at.sort()
    title = doc.title
    prose = _prose_title(doc)
    hot_units = [u for u in units if (u is title and not prose) or sentence_index(u.start) in hot]
    cues = _scan_cues(doc, hot_units, low)
    if not cues and not proceeds_at:
        return GiftFrame()
    c_starts = [c.start for c in cues]
    first_cue = min(c_starts[:1] + proceeds_at[:1])

    sentences: list[_Sentence] = []
    for idx, span in enumerate(units):
        if span.end <= first_cue and not sentences:
            continue  # no cue yet, and no gift sentence before: nothing here can be one
        in_title = idx == 0 and doc.title is not None and span == doc.title and not prose
        s_cues = _in(c_starts, cues, span)
        if (
            s_cues
            and any(low.startswith(_PUBLIC_CUES, c.start) for c in s_cues)
            and PUBLIC_BODY.search(text, span.start, span.end) is None
            and PUBLIC_OFFICIAL.search(text, span.start, span.end) is None
            and low.find("government", span.start, span.end) < 0
        ):
            # "announced £2 million for", "is delivering $1 million to", "released Rs 50 lakh
            # to": cues only when a government or an official gives
            s_cues = [c for c in s_cues if not low.startswith(_PUBLIC_CUES, c.start)]
        after_gift = bool(sentences) and (
            idx - sentences[-1].index <= 2
            or (
                "Of" in text[span.start : span.start + 6]
                and _match(
                    r"\W{0,3}Of\s(?:the|this|that|its)\s", text[span.start : span.start + 12]
                )
                is not None
            )
        )
        proceeds = bool(proceeds_at) and bool(_in(proceeds_at, proceeds_at, span))
        partners = (
            PARTNERS_IN_GIVING.search(text, span.start, span.end)
            if after_gift
            and not in_title
            and low.find("partnership", span.start, span.end) >= 0
            and not _in(m_starts, m_items, span)
            else None
        )  # "Acme has strong partnerships with Harbor House" after Acme's gift
        if (
            not s_cues
            and not proceeds
            and partners is None
            and not (
                sentences
                and award_hot
                and sentence_index(span.start) in award_hot
                and AWARD_TO_SOMEONE.search(text, span.start, span.end) is not None
            )  # "This year's recipient of the Cool Home contest is Ann Roe"
            and not (after_gift and _part_of(text, low, span))
            and not (
                sentences
                and low.find(" go to", span.start, span.end) >= 0
                and _sum_goes_to(text, low, span, _in(m_starts, m_items, span))
            )
            and not (
                sentences
                and sentences[0].in_title
                and sentences[0].strong
                and _sum_from(doc, sentences, _in(m_starts, m_items, span), span)
            )
        ):
            continue
        kind = "strong" if any(c.strong for c in s_cues) else "weak"
        firm = any(c.strong or not c.soft for c in s_cues)
        s_money = _in(m_starts, m_items, span)
        if (
            kind == "strong"
            and not s_money
            and all(low.startswith("pledg", c.start) for c in s_cues if c.strong)
            and (
                (
                    low.find("support", span.start, span.end) >= 0
                    and PLEDGED_SUPPORT.search(text, span.start, span.end) is not None
                )
                or PLEDGED_TO_ACT.search(text, span.start, span.end) is not None
            )
        ):
            kind = "weak"  # "The mayor pledged firm support for the plan": backing, not money
        paired_cue = (
            (
                any(low.find(w, span.start, span.end) >= 0 for w in _PAIR_NOUNS)
                and GIFT_PAIR.search(text, span.start, span.end) is not None
            )
            or (
                low.find("ions to ", span.start, span.end) >= 0
                and GIFT_NOUN_TO.search(text, span.start, span.end) is not None
            )
            or (
                low.find("contribution to ", span.start, span.end) >= 0
                and MADE_CONTRIBUTION_TO.search(text, span.start, span.end) is not None
            )
        )
        paired_cue = paired_cue or proceeds or partners is not None
        # "Acme presented a check to Harbor House", "presented Harbor House with a check".
        paired_cue = paired_cue or (
            low.find("present", span.start, span.end) >= 0
            and (
                low.find("check", span.start, span.end) >= 0
                or low.find("cheque", span.start, span.end) >= 0
            )
            and PRESENTED_CHECK.search(text, span.start, span.end) is not None
        )
        # "Feeding Vale also received a check": a receiver of a cheque, once a gift is stated.
        paired_cue = paired_cue or (
            bool(sentences)
            and low.find("receiv", span.start, span.end) >= 0
            and (
                low.find("check", span.start, span.end) >= 0
                or low.find("cheque", span.start, span.end) >= 0
            )
            and RECEIVED_CHECK.search(text, span.start, span.end) is not None
        )
        # "Vale Library has received a bequest from the estate of Ann Roe": no sum needed.
        paired_cue = paired_cue or (
            low.find("beque", span.start, span.end) >= 0
            and RECEIVED_BEQUEST.search(text, span.start, span.end) is not None
        )
        # "The Vale Museum received 22 paintings from Jo Roe": a collection given, no sum.
        paired_cue = paired_cue or (
            not in_title  # (a headline's "Museum Receives 14 Paintings" alone is no gift)
            and low.find("receiv", span.start, span.end) >= 0
            and RECEIVED_WORKS.search(text, span.start, span.end) is not None
            and (
                bool(sentences)
                or low.find(" from ", span.start, span.end) >= 0
                or _gift_told_next(doc, idx)
            )
        )
        # "Besides the lumber, the firm has also given beds to Harbor House": an
        # in-kind gift without a sum, right after a stated gift, keeps the giving going.
        paired_cue = paired_cue or (
            after_gift
            and not s_money
            and not in_title
            and low.find(" to ", span.start, span.end) >= 0
            and IN_KIND_TO.search(text, span.start, span.end) is not None
        )
        # "Funding is provided by X", "was funded by X": a funder named without a sum.
        funded_by = (
            FUNDED_BY.search(text, span.start, span.end)
            if _in(fb_starts, fb_starts, span)
            else None
        )
        award = (
            kind == "weak"
            and not s_money
            and bool(sentences)
            and sentence_index(span.start) in award_hot
            and AWARD_TO_SOMEONE.search(text, span.start, span.end) is not None
        )  # a named bursary "awarded to Ann Roe" counts once a gift is stated
        if funded_by is not None and funded_by.group()[:3].lower() in (
            "rec",
            "sec",
            "won",
            "obt",
            "awa",
        ):
            award = True  # "Lab X is receiving funds from NIH": its subject receives, without a sum
        if (
            kind == "weak"
            and not s_money
            and not paired_cue
            and funded_by is None
            and not (in_title and TITLE_PROGRAMME.search(text, span.start, span.end))
            and not award
        ):
            continue
        # A blocker drops the sentence unless it says "donate", "gift" or "philanthropy";
        # that is looked for first (in a plain release only where one of the words is),
        # and the blockers, after the test above, only when it fails.
        given = (
            not plain
            or low.find("donat", span.start, span.end) >= 0
            or low.find("gift", span.start, span.end) >= 0
            or low.find("philanthrop", span.start, span.end) >= 0
        ) and _search(
            r"donat|\bgift(?![\s-]?cards?)|philanthrop",
            text[span.start : span.end],
            regex.IGNORECASE,
        )
        if not given and _blocked(text, low, span, in_title):
            continue
        if (
            not given
            and low.find("invest", span.start, span.end) >= 0
            and INVESTED_IN.search(text, span.start, span.end) is not None
            and PUBLIC_BODY.search(text, max(0, span.start - 150), span.end) is None
        ):
            continue  # "Orvik Ventures has invested $5 million in Pell Robotics": a stake
        if (
            not given
            and (
                low.find("navy", span.start, span.end) >= 0
                or low.find("army", span.start, span.end) >= 0
                or low.find("air force", span.start, span.end) >= 0
            )
            and low.find("grant", span.start, span.end) < 0
            and MILITARY_AWARD.search(text, span.start, span.end) is not None
        ):
            continue  # "The Navy has awarded Pell Shipyards $40 million to repair destroyers"
        if (
            not given
            and low.find(" from ", span.start, span.end) >= 0
            and INVESTOR_FUNDING.search(text, span.start, span.end) is not None
        ):
            continue  # "secured $5 million in funding from Pell Capital": investors' money
        if (
            low.find("politic", span.start, span.end) >= 0
            or low.find("campaign", span.start, span.end) >= 0
            or low.find(" pac", span.start, span.end) >= 0
        ) and POLITICAL_GIVING.search(text, span.start, span.end) is not None:
            continue  # "Lobbyists donated $2.6 million to the campaigns of officials": no gift
        if paired_cue or (in_title and kind == "weak" and not s_money and funded_by is None):
            kind = "strong"  # "awarding small grants to nine libraries"; TITLE_PROGRAMME
        # "two $25,000 grants": a sum naming its gift noun is as strong as "donate".
        strong = (
            kind == "strong"
            # "was among 12 nonprofits to receive grants from the Keller Foundation"
            or (award and funded_by is not None and "grant" in funded_by.group().lower())
            or any(GIFT_NOUN_AFTER.match(text, m.end, span.end) for m in s_money)
            or (firm and any(PER_UNIT_AFTER.match(text, m.end, span.end) for m in s_money))
            or (after_gift and bool(s_money) and _part_of(text, low, span))
            # "The other $1.5 million will go toward scholarships": a share of the stated gift
            or (bool(sentences) and _sum_goes_to(text, low, span, s_money))
            # "Twenty grants include kits and $500 for training": what a stated gift holds.
            or (
                firm
                and bool(sentences)
                and bool(s_money)
                and low.find("includ", span.start, span.end) >= 0
                and _part_of(text, low, span)
            )
            or any(
                m.bound == "up_to"
                and GRANT_OFFER_BEFORE.search(text, max(span.start, m.start - 60), m.start)
                is not None
                for m in s_money
            )
        )
        sent = _Sentence(idx, span, strong, s_money, in_title=in_title)
        sent.cue_ends = [c.end for c in s_cues]
        if funded_by is not None:
            sent.cue_ends.insert(0, funded_by.start())  # the passive anchors its "by X"
        if partners is not None:  # "|partnerships with Harbor House": the phrase anchors them
            bisect.insort(sent.cue_ends, partners.start())
        if proceeds:  # "proceeds ... will benefit |Harbor House": the verb anchors its receiver
            for pattern, needed in RECEIVER_ANCHORS:
                if needed and low.find(needed, span.start, span.end) < 0:
                    continue  # (a word the pattern needs is absent: not tried)
                found = pattern.search(text, span.start, span.end)
                if found is not None:
                    bisect.insort(sent.cue_ends, found.end() - 1)
        sent.firm = firm
        sent.award = award
        sent.gift_money = [m for m in s_money if _is_gift_money(doc, m, span)]
        sentences.append(sent)

    # "The company donates a portion of proceeds to nonprofits", told in a sponsorship or a
    # product release with no sum anywhere: the seller's standing habit, no gift announced
    # (a stated share, "100% of its proceeds", or a sum elsewhere keeps the release a gift).
    if (
        sentences
        and low.find("portion of", 0, doc.body_end) >= 0
        and not any(s.gift_money for s in sentences)
    ):
        portion = [
            s
            for s in sentences
            if PORTION_OF_SALES.search(text, s.span.start, s.span.end) is not None
        ]
        if portion and all(s in portion for s in sentences if s.strong):
            return GiftFrame()
        if portion:  # beside another gift (a sponsorship), the habit is not what is announced
            sentences = [s for s in sentences if s not in portion]
    # A gift release states a gift near its top: the headline or the first sentences.
    # A gift release states its gift in the body near the top, not only in the headline:
    # a strong cue, a firm cue with the money, or "will provide $4 million to Y".
    top = [
        s
        for s in sentences
        if not s.in_title
        and (s.index <= 12 or (bool(thanks_at) and sentence_index(s.span.start) in thanks_at))
    ]
    # A headline alone may state a gift when it names both parties ("Acme Wins Agency Grant"):
    # the headline is then read by itself.
    title_only = not any(
        s.strong or s.gift_money or sentence_index(s.span.start) in sponsor_at for s in top
    )
    if title_only:
        if not (
            sentences
            and sentences[0].in_title
            # "Acme Awards $50,000 to Harbor House": a firm verb with its sum (both parties
            # are then needed, as below)
            and (
                sentences[0].strong
                or (sentences[0].firm and bool(sentences[0].gift_money))
                # "Orvik Named Title Sponsor of the Vale Summit": a sponsorship's headline
                or sentence_index(sentences[0].span.start) in sponsor_at
            )
        ):
            return GiftFrame()
        sentences = sentences[:1]

    # Names only where they can play a part: in the gift sentences.
    all_names = [
        n
        for sent in sentences
        for n in find_names(doc, sent.span.start, sent.span.end, MAX_SENTENCE_NAMES)
    ]
    known = frozenset(
        n.text.lower() for n in all_names if " and " not in n.text and " & " not in n.text
    )
    split: list[Name] = []
    for n in all_names:
        if (
            " and " in n.text
            and text[n.start - 2 : n.start] == ", "
            and _LAST_OF_LIST.match(n.text)
            and (
                " " in n.text.split(" and ", 1)[0]
                or _NAME_OF_WORDS_BEFORE.search(text, max(0, n.start - 80), n.start - 2)
            )
        ):
            # "to Lee Trust, Vale Choir and Ash House": a list's last two items
            split.extend(split_coordination(n, known | {n.text.split(" and ", 1)[0].lower()}))
            continue
        split.extend(split_coordination(n, known))
    all_names = [
        _without_round(n) if n.text[:6] in _ROUND_OPENINGS else n  # "Round 2 of Vale Council"
        for n in split
        if n.text.lower().rstrip(".") not in NOT_ENTITIES
        and not (n.text[-1:].isdigit() and CODE_NAME.fullmatch(n.text) is not None)
        and not n.text.startswith(_STORM_OPENINGS)
        and not (n.text.endswith("s") and PLURAL_ACRONYMS.fullmatch(n.text) is not None)
    ]
    if "(" in text:
        all_names = _acronym_lists_joined(text, all_names)
    if " with " in low or " a " in low:
        all_names = _small_word_items_joined(text, all_names)
    if low.find("relief fund", 0, doc.body_end) >= 0:
        all_names = _relief_funds_named(text, [s.span for s in sentences], all_names)
    n_starts = [n.start for n in all_names]

    roles: list[_Role] = []
    for sent in sentences:
        names = _in(n_starts, all_names, sent.span)
        anchors = sorted(sent.cue_ends + [m.end for m in sent.gift_money])
        sent.roles = _roles(doc, sent, names, sent.money, anchors)
        for r in sent.roles:
            if r.name.text in _SHORT_REFERENCES:
                full = _named_before(doc, r.name)
                if full is not None:
                    r.name = full  # "from the Association": the American Heart Association
                    if full.text[:6] in _ROUND_OPENINGS:
                        r.name = _without_round(full)  # "Round 2 of Vale Council": the council
            if r.rule == "gift.the_body" and any(
                p.role == "recipient" and p.name.text == r.name.text for p in roles
            ):
                # "Lee Bank gave $500 to Harbor Food Bank. The bank also pledged $900": the
                # bank that gave before, not the one it gave to.
                head = r.name.text.rsplit(None, 1)[-1]
                giver = next(
                    (
                        p.name
                        for p in reversed(roles)
                        if p.role == "donor" and p.name.text.endswith(head)
                    ),
                    None,
                )
                if giver is not None:
                    r.name = giver
        roles.extend(sent.roles)
    if own_fundraiser is not None and not any(
        _same_words(r.name.text, own_fundraiser.text) for r in roles
    ):
        host_sent = next(
            (s for s in sentences if s.span.start <= own_fundraiser.start < s.span.end), None
        )
        if host_sent is not None:
            role = _Role(own_fundraiser, "recipient", "gift.own_fundraiser", 0.7, host_sent.index)
            if any(
                r.role == "recipient" and r.rule in _EVENT_RECEIVER_RULES for r in host_sent.roles
            ) or any(
                r.role == "recipient" and r.rule == "gift.to" and r.name.start > host_sent.span.end
                for s2 in sentences
                if s2.index - host_sent.index <= 5
                and low.find("raised", s2.span.start, s2.span.end) >= 0
                for r in s2.roles
            ):  # "The Pell Rotary Club will host its golf outing to raise funds for Harbor
                # House", "... All money raised will be donated to Harbor House": the host
                # hands on what it raises
                role = _Role(own_fundraiser, "donor", "gift.event_host", 0.6, host_sent.index)
            host_sent.roles.append(role)
            roles.append(role)
    if not title_only and not any(
        s.strong
        or (s.gift_money and (s.firm or any(r.rule in _GIFT_LINKS for r in s.roles)))
        # "Minister Ann Roe announced $6 million in funding": the government gives
        or (s.gift_money and any(r.rule in _OFFICIALS_GIVERS for r in s.roles))
        or (
            sentence_index(s.span.start) in sponsor_at
            and any(
                r.rule in ("gift.sponsor_of", "gift.free_goods", "gift.charity_partner")
                for r in s.roles
            )
        )
        for s in top
    ):
        return GiftFrame()
    _valued_next(doc, units, sentences, m_starts, m_items)
    anonymous = False
    if not any(r.role == "recipient" for sent in top for r in sent.roles):
        subject = _anonymous_gift_subject(doc, top)
        if subject is not None:
            sent, name = subject
            role = _Role(name, "recipient", "gift.anonymous_to_subject", 0.7, sent.index)
            sent.roles.append(role)
            roles.append(role)
            all_names.append(name)
            anonymous = True
    if top and not any(r.role == "recipient" for r in roles) and "history" in low:
        # "the largest gift in the school's 177-year history": the school named in the release
        hm = LARGEST_IN_HISTORY.search(text, 0, doc.body_end)
        record_body = _receiving_body_at(doc, hm) if hm is not None else None
        if record_body is not None and hm is not None:
            sent = next((s for s in sentences if s.span.start <= hm.start() < s.span.end), top[0])
            role = _Role(record_body, "recipient", "gift.largest_in_history", 0.65, sent.index)
            sent.roles.append(role)
            roles.append(role)
            all_names.append(record_body)
    if top and low.find("alma mater", 0, doc.body_end) >= 0:
        school = _alma_mater(doc, top, all_names)
        if school is not None:  # ("An alumnus of Lee College has donated": not the giver)
            sent, name = school
            sent.roles = [
                r
                for r in sent.roles
                if not (r.role == "donor" and _same_words(r.name.text, name.text))
            ]
            roles = [
                r for r in roles if r.role != "donor" or r in sent.roles or r.sentence != sent.index
            ]
        if school is not None and not any(_same_words(r.name.text, school[1].text) for r in roles):
            sent, name = school
            role = _Role(name, "recipient", "gift.alma_mater", 0.7, sent.index)
            sent.roles.append(role)
            roles.append(role)
    if (
        top
        and not any(r.role == "recipient" for r in roles)
        and any(r.role == "donor" for r in roles)
    ):
        # "The Roes recently donated $2 million" in Harbor House's own release: Harbor House receives.
        host = _charity_host(doc)
        if host is not None and not any(_same_words(r.name.text, host.text) for r in roles):
            sent = next((s for s in top if any(r.role == "donor" for r in s.roles)), top[0])
            role = _Role(host, "recipient", "gift.host", 0.6, sent.index)
            sent.roles.append(role)
            roles.append(role)
            all_names.append(host)
    if (
        top
        and doc.title is not None
        and not (
            any(r.role == "donor" for r in roles)
            and any(r.role == "recipient" and r.name.start > doc.title.end for r in roles)
        )
    ):
        # "Acme Honoured with Award for Support of Harbor Foundation": Acme gives, the charity gets.
        thanked = _title_thanked(doc) or _title_welcomes(doc)
        if thanked is not None:
            giver, getter = thanked
            sent = top[0]
            for party, part in ((giver, "donor"), (getter, "recipient")):
                if not any(_same_words(r.name.text, party.text) for r in roles):
                    found = _Role(party, part, "gift.title_thanked", 0.7, sent.index)
                    sent.roles.append(found)
                    roles.append(found)
                    all_names.append(party)
    if (
        top
        and doc.title is not None
        and not any(r.role == "donor" for r in roles)
        and any(r.role == "recipient" and r.rule in _EVENT_RECEIVER_RULES for r in roles)
    ):
        # "Acme Magazine Hosts Holiday Party" with its toy drive "to benefit Harbor Cares":
        # the host hands on what its guests gave.
        host = _title_subject(doc)
        if (
            host is not None
            and host.kind != "person"
            and TITLE_HOSTS.match(text, host.end, doc.title.end) is not None
            and not any(_same_words(r.name.text, host.text) for r in roles)
        ):
            found = _Role(host, "donor", "gift.event_host", 0.6, top[0].index)
            top[0].roles.append(found)
            roles.append(found)
            all_names.append(host)
    if (
        top
        and not any(r.role == "donor" for r in roles)
        and (low.find("minister", 0, 3000) >= 0 or low.find("spokes", 0, 3000) >= 0)
    ):
        # "€1.3 million has been awarded to schools. Minister for Education Ann Roe said":
        # a sum no one is named giving, in a release opening on a minister's portfolio,
        # is her department's.
        _minister_department(doc, top, roles, all_names)
    if top and not any(r.role == "donor" for r in roles):
        # "The department awarded $2 million to Y", "from the federal agency": the body the
        # release named before
        _the_public_body(doc, top, roles, all_names)
    if top and not any(r.role == "donor" for r in roles):
        _the_named_fund(doc, top, roles, all_names)  # "donations from the fund"
    items = _list_items(doc, m_starts, m_items)
    if any(r.role == "recipient" and r.rule in _HOST_RULES for r in roles) and (
        low.find("sponsor", 0, doc.body_end) >= 0
    ):
        items.extend(_sponsor_items(doc))
    for item in items:
        all_names.extend(n for r in item.roles for n in (r.name,))
        roles.extend(item.roles)
    sentences.extend(items)

    # Keep sentences that name a party or carry the gift money with a strong cue.
    # Names a headline capitalises only because it is a headline ("to Local
    # Family", "Exclusive Gifts"), and lone capitalised words, must read as
    # proper names: some word of theirs never written in lower case.
    # Lower-case words of running text, not of web and mail addresses ("acme.org").
    headline_case = doc.title is not None and _headline_case(doc.slice(doc.title))
    body = low[doc.body.start : doc.body_end]
    for sent in sentences:
        common = [r for r in sent.roles if r.rule in _COMMON_NOUN_RULES]  # (as written)
        sent.roles = [
            r
            for r in sent.roles
            if _proper(
                r.name,
                text,
                " " not in r.name.text and (r.name.kind != "org" or len(r.name.text) > 5),
            )
            and (
                not (sent.in_title and headline_case)
                or _named_in_body(r.name, body, text, doc.body.start)
                or _proper_in_title(r.name, text, body)
            )
            # (a lone word opening a sponsorship's sentence is its sponsor: "Orvik is proud to
            # be the title sponsor of")
            and (_repeated_if_lone(r.name, text) or r.rule == "gift.sponsor_of")
            and not _generic_name(r.name.text)
        ]
        sent.roles.extend(r for r in common if r not in sent.roles)
    roles = [r for sent in sentences for r in sent.roles]
    if any(r.rule == "gift.government_noun" for r in roles) and any(
        r.role == "donor" and PUBLIC_BODY.search(r.name.text) is not None for r in roles
    ):
        # "a government grant" where the release names the department: the department gives
        for sent in sentences:
            sent.roles = [r for r in sent.roles if r.rule != "gift.government_noun"]
        roles = [r for sent in sentences for r in sent.roles]
    channels = [r for r in roles if r.rule.startswith("gift.from") and _programme_channel(text, r)]
    public = next((r for r in roles if _public_giver(r)), None) if channels else None
    if public is not None:
        # "$1 million in federal funding through the Rural Schools Program": the programme is
        # the channel of the government or agency the release names, which gives
        for r in channels:
            r.name = public.name
    for listing in sentences:
        # "The following organizations will receive $200:" before the list naming them
        if (
            not listing.strong
            and listing.gift_money
            and low.find("following", listing.span.start, listing.span.end) >= 0
            and any(
                FOLLOWING_RECEIVE.search(text, max(listing.span.start, m.start - 160), m.start)
                for m in listing.gift_money
            )
        ):
            listing.strong = True
    kept = [s for s in sentences if s.roles or (s.gift_money and s.strong)]
    if not roles or (
        title_only
        and {r.role for r in roles} != {"donor", "recipient"}
        and not _title_donates(doc, roles)
        and not any(r.rule == "gift.own_fundraiser" for r in roles)
    ):
        return GiftFrame()

    # "a Department of Energy Critical Materials grant": the funder stands for the whole run.
    heads = {
        r.name.start: r.name
        for r in roles
        if r.rule == "gift.funder_grant" or r.rule == "gift.named_recipient"
    }  # (and "Ann Roe of Leeds": the person, not her home town)
    if heads:
        all_names = [heads.get(n.start, n) if n.start in heads else n for n in all_names]
    where = _cluster(roles, all_names, doc)
    donors, recipients = _entities(roles, where, doc)
    donor_names = {id(where[id(r)]): n for r, n in donors.values()}
    recipient_names = {id(where[id(r)]): n for r, n in recipients.values()}

    amounts: dict[tuple[float, str | None], Amount] = {}
    for sent in kept:
        if not (sent.roles or sent.strong):
            continue
        # (not "In addition to NBRR's grant, Y received $2 million": a recipient's grant is a gift)
        givers = [r for r in sent.roles if r.role == "donor" and r.rule != "gift.possessive"]
        if givers and all(id(where[id(r)]) in recipient_names for r in givers):
            continue  # "the Fund has itself granted $209 million": the recipient's own giving
        for m in sent.gift_money:
            key = (m.value, m.currency)
            conf = 0.85 if sent.strong else 0.7
            if (
                key not in amounts
                or amounts[key].confidence < conf
                # the body states the headline's figure: the body's wording is the sum
                or (
                    amounts[key].confidence == conf
                    and not sent.in_title
                    and _in_title(doc.title, amounts[key].start)
                )
            ):
                amounts[key] = Amount(
                    m.text,
                    m.value,
                    m.currency,
                    m.bound,
                    m.start,
                    m.end,
                    "gift." + ("strong" if sent.strong else "weak"),
                    conf,
                )

    listed = sum(1 for r in roles if r.rule == "gift.list_item")
    # "Vale Theatre (£960,000), Orvik Hall (£610,000), ...": three receivers listed with their
    # shares in a gift sentence state the gifts, though the giver goes unnamed
    listed += 2 * (sum(1 for r in roles if r.rule == "gift.list_share") >= 3)
    org_recipient = any(
        r.name.kind == "org"
        or any(w.lower().rstrip(".,") in ORG_SUFFIXES for w in name.split())
        or _body_noun_before(text, r.name)
        for r, name in recipients.values()
    )
    awarded = any(r.rule == "gift.headline_passive" for r in roles)  # "X Awarded Grant"
    # "To make a donation to the AP, click here", "a gala to raise funds for Harbor House":
    # a call to give, or a fundraiser, names its receiver alone (no gift record without a giver).
    recipient_only = not donor_names and any(
        r.role == "recipient"
        and (
            r.rule in ("gift.raised_for", "gift.own_fundraiser")
            # "All proceeds from the outing will go to Harbor House" (not an offering's, nor
            # the headline's own body's: "Harbor House Holds Gala")
            or (
                r.rule == "gift.proceeds_to"
                and sentence_index(r.name.start) in proceeds_gift
                and not _is_headline_subject(doc, r.name)
            )
            or (
                r.rule == "gift.to"
                and low.find("donat", max(s.span.start, r.name.start - 40), r.name.start) >= 0
            )
        )
        for s in kept
        for r in s.roles
    )
    if (
        not donor_names
        and not (amounts and (org_recipient or anonymous))
        and listed < 2
        and not awarded
        and not recipient_only
        # "Harbor House received a donation of 500 coats from a local family": a giver unnamed.
        and not any(
            r.rule == "gift.receives"
            and r.name.kind == "org"
            and RECEIVED_GIFT.match(text, r.name.end, s.span.end) is not None
            for s in kept
            if s.strong
            for r in s.roles
        )
    ):
        return GiftFrame()
    gifts = (
        _records(doc, kept, where, donor_names, recipient_names, amounts)
        if not (recipient_only and not amounts)
        else []
    )
    gifts.extend(  # the body's other sums stated as given
        _stated_sums(
            doc,
            m_items,
            amounts,
            list(donor_names.values()),
            list(recipient_names.values()),
            # (money raised and handed on to a receiver, not a host's fundraiser for itself)
            any(r.role == "recipient" and r.rule != "gift.own_fundraiser" for r in roles),
        )
    )
    return GiftFrame(
        donors=tuple(sorted((_entity(r, n) for r, n in donors.values()), key=lambda e: e.start)),
        recipients=tuple(
            sorted((_entity(r, n) for r, n in recipients.values()), key=lambda e: e.start)
        ),
        amounts=tuple(sorted(amounts.values(), key=lambda a: a.start)),
        gifts=tuple(gifts),
    )


# A department whose spokesperson speaks of the grants: "A |Department| spokesperson said",
# "a spokeswoman for the |Department of Health| said".
DEPARTMENT_SPEAKS = deferred_pattern(
    r"""
    \b(?:[Aa]|[Tt]he)\s
    (?:
        (?P<dept>(?:Department|Ministry)(?:\s(?:of|for)\s\p{Lu}\p{L}+(?:,?\s(?:and\s)?\p{Lu}\p{L}+){0,3})?)
        \sspokes(?:person|man|woman)                                       # "Department spokesperson"
      | spokes(?:person|man|woman)\sfor\sthe\s
        (?P<dept>(?:Department|Ministry)(?:\s(?:of|for)\s\p{Lu}\p{L}+(?:,?\s(?:and\s)?\p{Lu}\p{L}+){0,3})?)
    )
    \b
    """,
    regex.VERBOSE,
)
# The title's words before its portfolio: "|Minister for the |Community Sector".
MINISTER_OF = deferred_pattern(r"^Minister\s(?:for|of)\s(?:the\s)?")
_PUBLIC_MONEY = ("fund", "grant", "allocat", "award", "scheme", "programme", "program ")


# A public body named again by its common noun, as the giver: "The department awarded",
# "the agency will provide", "from the federal agency".
THE_PUBLIC_BODY = deferred_pattern(
    r"""
    (?:(?<![\p{L}-])[Tt]he\s(?:federal\s|state\s|provincial\s)?
       (?P<noun>department|agency|ministry|bureau|administration|commission)
       \s(?:(?:has|have|will|also|today|then|recently|is|was)\s){0,2}
       (?:award|provid|grant|give|gave|allocat|donat|distribut|contribut|commit|deliver)\w*\b
     | \bfrom\sthe\s(?:federal\s|state\s|provincial\s)?
       (?P<noun>department|agency|ministry|bureau|administration|commission)\b
    )
    """,
    regex.VERBOSE,
)
# The words of the names each common noun stands for.
_BODY_HEADS = {
    "department": ("Department",),
    "ministry": ("Ministry",),
    "bureau": ("Bureau",),
    "commission": ("Commission",),
    "administration": ("Administration",),
    "agency": ("Agency", "Administration", "Bureau", "Service", "Commission", "Authority"),
}


def _the_public_body(
    doc: Document, top: list[_Sentence], roles: list[_Role], all_names: list[Name]
) -> None:
    """Give the sums of the top sentences that name no giver but a public body by its common
    noun ("The department awarded $2 million") to the body of that kind the release named
    last before it."""
    low = doc.lower
    text = doc.text
    for sent in top:
        span = sent.span
        if not (sent.gift_money or sent.strong) or any(r.role == "donor" for r in sent.roles):
            continue
        if not any(
            low.find(w, span.start, span.end) >= 0
            for w in ("department", "agency", "ministry", "bureau", "administration", "commission")
        ):
            continue
        m = THE_PUBLIC_BODY.search(text, span.start, span.end)
        if m is None:
            continue
        heads = _BODY_HEADS[m["noun"]]
        lo = doc.title.start if doc.title is not None else doc.body.start
        named = [
            n
            for n in find_names(doc, max(lo, m.start() - 2000), m.start())
            if n.kind != "person" and any(h in n.text for h in heads)
        ]
        if not named:
            continue
        role = _Role(named[-1], "donor", "gift.the_public_body", 0.6, sent.index)
        sent.roles.append(role)
        roles.append(role)
        all_names.append(named[-1])


# A fund named again by its common noun, as the giver: "$400,000 of donations |from the fund|".
FROM_THE_FUND = deferred_pattern(r"\bfrom\sthe\s(?P<noun>fund|foundation|trust)\b")


def _the_named_fund(
    doc: Document, top: list[_Sentence], roles: list[_Role], all_names: list[Name]
) -> None:
    """Give the sums of the top sentences that name no giver but "the fund" (or foundation,
    trust) they come from to the fund of that kind the release named last before it."""
    low = doc.lower
    text = doc.text
    for sent in top:
        span = sent.span
        if not sent.gift_money or any(r.role == "donor" for r in sent.roles):
            continue
        if low.find("from the ", span.start, span.end) < 0:
            continue
        m = FROM_THE_FUND.search(text, span.start, span.end)
        if m is None:
            continue
        head = m["noun"].capitalize()
        lo = doc.title.start if doc.title is not None else doc.body.start
        named = [
            n
            for n in find_names(doc, max(lo, m.start() - 1500), m.start())
            if n.kind == "org" and n.text.endswith(head)
        ]
        if not named:
            continue
        role = _Role(named[-1], "donor", "gift.the_named_fund", 0.6, sent.index)
        sent.roles.append(role)
        roles.append(role)
        all_names.append(named[-1])


def _minister_department(
    doc: Document, top: list[_Sentence], roles: list[_Role], all_names: list[Name]
) -> None:
    """Give the sums of the top sentences that name no giver to the department of the
    minister the release names near its top ("Minister for Education" gives as the
    Department of Education; see ``_entities``)."""
    lo = doc.title.start if doc.title is not None else doc.body.start
    hi = min(doc.body_end, doc.body.start + 1500)
    m = MINISTER_PORTFOLIO.search(doc.text, lo, hi)
    rule = "gift.minister_department"
    if m is None:
        # "A Department spokesperson said", "a spokesman for the Department of Health said":
        # the department that speaks for the grants
        m = DEPARTMENT_SPEAKS.search(doc.text, lo, hi) if "spokes" in doc.lower[lo:hi] else None
        if m is None:
            return
        rule = "gift.department_speaks"
    at = "dept" if rule == "gift.department_speaks" else 0  # (the title's span for a minister)
    who = Name(m[at], m.start(at), m.end(at), "org")
    low = doc.lower
    for sent in top:
        if (
            sent.gift_money
            and not any(r.role == "donor" for r in sent.roles)
            # public money handed out: "in funding", "grants", "allocated", "awarded"
            # (not "will contribute $70 billion to the economy")
            and any(low.find(w, sent.span.start, sent.span.end) >= 0 for w in _PUBLIC_MONEY)
        ):
            role = _Role(who, "donor", rule, 0.6, sent.index)
            sent.roles.append(role)
            roles.append(role)
    if any(r.name is who for r in roles):
        all_names.append(who)


# A headline's host of an event, after its name: "Acme Magazine| Hosts Holiday Party".
TITLE_HOSTS = deferred_pattern(
    r"\s(?:Hosts|Holds|Stages|Throws|Organizes|Organises|Sets\sthe\sStage)\b"
)
# The receivers an event's proceeds or collection go to.
_EVENT_RECEIVER_RULES = frozenset({"gift.raised_for", "gift.proceeds_to"})


# The line that opens a list of recipients: "This year's grant recipients are:".
LIST_INTRO = deferred_pattern(
    r"""
    \b(?:
        (?P<bodies>recipients?|grantees?|beneficiar(?:y|ies)|awardees?|organi[sz]ations|nonprofits
          |non-profits|charities|schools|agencies|groups|clubs|successful\sapplicants)\b(?:[^:.;]|(?<=\d)\.(?=\d)){0,60}  # "grant recipients are:"
      | (?:grants?|donations?|gifts?|contributions?|allocations)\b(?:[^:.;]|(?<=\d)\.(?=\d)){0,30}?\b(?:to|made|awarded|include[sd]?|were|are|went)\b(?:[^:.;]|(?<=\d)\.(?=\d)){0,40}
      | (?P<chosen>(?:projects|startups|companies|teams|ventures)\s(?:[\p{Ll}-]+\s)?   # "projects selected for
          (?:selected|chosen)\s(?:for|to\sreceive)\b[^:.;]{0,150})           #  the Spark grants are:"
    ):\s*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A government release's list of awards by the funding's name: "The state's funding
# includes:", "Towns receiving funding this round are:" (as LIST_INTRO, whose groups it has).
FUNDING_LIST_INTRO = deferred_pattern(
    r"""
    \b(?:
        funding\s(?:awards\s|allocations\s)?(?:include[sd]?|is\sas\sfollows|went\sto)   # "funding includes"
      | \p{L}+\s(?:receiving|awarded|to\sreceive)\s(?:federal\s|state\s)?funding  # "towns receiving funding"
      | (?:funded|selected|winning)?\s?projects\s(?:selected\s)?include             # "The projects include"
      | \beach\s(?:center|centre|institute|hub)\b                            # "with each center focusing on"
      | (?:awards|selections|investments)\b[^:.;]{0,30}?                        # "Awards were made to"
        \b(?:include[sd]?|made\sto|went\sto|as\sfollows|go(?:es)?\sto)
    )\b[^:.;]{0,40}
    (?P<bodies>(?!))?(?P<chosen>(?!))?                                   # (never: as in LIST_INTRO)
    :\s*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A gift handed to the bodies a list intro names: "has made cash gifts to several
# organizations:", "donated to the following charities:".
GIFT_TO_BODIES = deferred_pattern(
    r"""
    \b(?i:gifts|grants|donations|donated|granted|awarded|contributions|contributed|funding)
    \s(?:[\p{Ll}-]+\s){0,2}?to\s(?:the\s)?(?:[\p{Ll}\d,-]+\s){0,2}       # "to several local"
    (?:organi[sz]ations|nonprofits|non-profits|charities|groups|schools|causes|agencies
      |programs|programmes|partners|recipients|projects)\b                 # "organizations"
    """,
    regex.VERBOSE,
)
# A list intro that names recipients as such: its items may be people.
PEOPLE_INTRO = deferred_pattern(r"(?i:recipients?|awardees?|grantees?|winners?|honorees?)\b")
# The bullet or number that opens a list item: "•", "*", "-", "3.", "3)".
BULLET = deferred_pattern(r"(?:[*•\u2022\u25cf\u25aa·–-]|\d{1,2}[.)])[ \t\u00a0]*")
# A further numbered item on the same line: "... Leadership  2. Big Brothers".
NUMBERED_ITEM = deferred_pattern(r"\s(?:\d{1,2}[.)]|[*•·])\s+(?=\p{Lu})")
ITEM_SPLIT = deferred_pattern(r"[ \t\u00a0]*[•\u2022\u25cf\u25aa][ \t\u00a0]*")


# The dash after a list item's label, before the recipient: " - ", "           -", "ers -".
LABEL_DASH = deferred_pattern(r"[\p{Ll}\d]{0,4}[ \t\u00a0]*[-–—][ \t\u00a0]*(?=\p{Lu})")


_ITEM_TAIL = deferred_pattern(
    r"(?:[\s,–—-]+(?:First|Second|Third|New|Annual|Gift|Gifts|Grant|Grants|Donation|Award))+$"
)


_TAIL_WORDS = frozenset(
    "first second third new annual gift gifts grant grants donation award returns".split()
)


def _strip_tail(name: Name) -> Name:
    """A list item's name without the words that describe the gift: "Project Beloved First Gift"."""
    m = _ITEM_TAIL.search(name.text)
    if not m or m.start() == 0:
        return name
    return Name(name.text[: m.start()], name.start, name.start + m.start(), name.kind)


def _place_owns(text: str, names: list[Name]) -> bool:
    """Whether a list item opens on a town's possessive before its recipient: "Leeds’s |Vale
    Aid Trust ($3,000)"."""
    if text[names[0].end : names[0].end + 1] not in _APOSTROPHES:
        return False
    if names[1].text.endswith(_ITEM_PROJECTS):
        return False  # "Elm Care Kippax’s Youth Outreach Program": the body owns its programme
    return PLACE_POSSESSIVE_GAP.fullmatch(text, names[0].end, names[1].start) is not None


# The last words of a project a listed body runs (not a body a town owns): "Vale Care’s
# |Youth Engagement Program|".
_ITEM_PROJECTS = ("Program", "Programme", "Project", "Initiative", "Scheme", "Hub", "Service")
# Between a town and the recipient it owns in a list item: "Leeds|’s The |Vale Aid Trust".
PLACE_POSSESSIVE_GAP = deferred_pattern(rf"{APOSTROPHE}s?\s(?:[Tt]he\s)?")


def _list_intro(doc: Document, para: Span) -> regex.Match[str] | None:
    """The words that open a list at the end of a body paragraph ending in a colon
    ("The grant recipients are:", "The funding includes:"), or None."""
    text = doc.text
    if para.start >= doc.body_end or text[para.end - 1 : para.end] != ":":
        return None
    lo = max(para.start, para.end - 200)
    intro = LIST_INTRO.search(text, lo, para.end)
    return intro if intro is not None else FUNDING_LIST_INTRO.search(text, lo, para.end)


def _list_items(doc: Document, m_starts: list[int], m_items: list[Money]) -> list[_Sentence]:
    """Recipients listed one an item after a line that introduces them, with any share."""
    text = doc.text
    out: list[_Sentence] = []
    paras = doc.paragraphs
    for p_idx, para in enumerate(paras):
        intro = _list_intro(doc, para)
        if intro is None:
            continue
        # "Projects selected for the grants are: 1. Orvik: a solar wallet", "has made gifts to
        # these charities: • Harbor House: a shelter for ...": each named, then described.
        described = (
            intro["chosen"] is not None
            or GIFT_TO_BODIES.search(text, max(para.start, intro.start() - 60), para.end)
            is not None
        )
        # "The recipients of this year's award are:" may list people; other lists name bodies.
        people = PEOPLE_INTRO.match(intro.group()) is not None
        for nxt in paras[p_idx + 1 : p_idx + 41]:
            if nxt.start >= doc.body_end:
                break
            chunk = text[nxt.start : nxt.end]
            bulleted = BULLET.match(chunk) is not None
            inline = "•" in chunk or "\u2022" in chunk
            numbered = bulleted and len(NUMBERED_ITEM.findall(chunk)) >= 1
            if not (bulleted or inline or (len(chunk) < 160 and chunk[-1:] not in '.!?"”')):
                break
            if inline:
                starts = [m.end() for m in ITEM_SPLIT.finditer(text, nxt.start, nxt.end)]
            elif numbered:  # "1. Acme Shelter, ...  2. Harbor House, ..." run onto one line
                starts = [nxt.start] + [
                    m.start() + 1 for m in NUMBERED_ITEM.finditer(text, nxt.start, nxt.end)
                ]
                inline = True
            else:
                starts = [nxt.start]
            bounds = [*starts[1:], nxt.end] if inline else [nxt.end]
            for seg_start, seg_end in zip(starts, bounds, strict=True):
                b = BULLET.match(text, seg_start, seg_end)
                first = b.end() if b else seg_start
                names = find_names(doc, first, seg_end, limit=2)  # an item reads its first two
                if (
                    names
                    and names[0].start > first
                    and DIGIT_OPENING.fullmatch(text, first, names[0].start)
                ):
                    n0 = names[0]  # "4-H Canada (Club Exchanges): $729,250": the whole name
                    names[0] = Name(text[first : n0.end], first, n0.end, "org")
                if names and names[0].start - first > 4:
                    names = []
                if not names:
                    continue
                head = _strip_tail(names[0])
                whole = (
                    LINE_NAME_SUM.match(text, head.start, seg_end)
                    if head.start == first and ":" in text[head.end : seg_end]
                    else None
                )
                if whole is not None and whole.end("name") > head.end:
                    # "Fédération de la jeunesse canadienne (Forum 2021): $92,000": the name
                    # runs to its project or its sum
                    head = Name(whole["name"], head.start, whole.end("name"), "org")
                if len(names) > 1 and names[0].kind != "org" and _place_owns(text, names):
                    head = _strip_tail(names[1])  # "Leeds’s Vale Aid Trust ($3,000)": the trust
                # "Orvik Owls - Pine Hollow School", "Harbor Hawks -PS 214": a label,
                # then the recipient; a label with no name after its dash gives no item.
                sep = LABEL_DASH.match(text, head.end, min(len(text), head.end + 40))
                if sep is not None and sep.end() > seg_end:
                    continue  # the label alone on its line, its recipient on the next
                if (
                    sep is not None
                    and len(names) > 1
                    and names[1].start > sep.end()
                    and _fullmatch(
                        r"(?:\p{Lu}\p{L}{0,12}\.?\s){1,3}", text[sep.end() : names[1].start]
                    )
                ):
                    # "Dr. Carreon Academy", "James A. Garfield School": the name's opening words
                    n1 = names[1]
                    names[1] = Name(text[sep.end() : n1.end], sep.end(), n1.end, n1.kind)
                if sep is not None and len(names) > 1 and names[1].start == sep.end():
                    if names[1].kind == "org":
                        head = _strip_tail(names[1])
                    elif " " in names[1].text:
                        continue  # "New York Jets - PS 197 NYC": a label, then a name
                    # "Create FW – First of three grants": the name, then what it gets
                gerund = _fullmatch(r"\p{Lu}\p{Ll}{3,}ing", head.text.split()[0]) is not None
                if (
                    _is_gift_name(head)
                    or (head.kind == "person" and not people)
                    or (
                        gerund
                        and head.kind != "org"
                        and text[head.end : head.end + 1] not in _APOSTROPHES
                    )
                ):
                    continue  # "Utilizing Astar": a list of features, not of recipients
                if (
                    text[head.end : head.end + 1] == ":"
                    and not described
                    # ("Elm Abbey Trust: €200,000": a receiver and its share, not a heading)
                    and not _in(m_starts, m_items, Span(head.end, min(seg_end, head.end + 5)))
                ) or (head.text.isupper() and " " in head.text):
                    continue  # a heading of the list ("COACHING SESSIONS", "Risk Tools: ...")
                seg = Span(seg_start, seg_end)
                money = [m for m in _in(m_starts, m_items, seg) if _is_gift_money(doc, m, seg)]
                item = _Sentence(-1, seg, True, money, money)
                item.roles = [
                    _Role(
                        head, "recipient", "gift.list_item", 0.75, -1, money[0] if money else None
                    )
                ]
                out.append(item)
    out.extend(_dashed_items(doc, m_starts, m_items))
    out.extend(_money_first_items(doc, m_starts, m_items))
    return out


# A list line naming a receiver, its project in brackets and its sum after a colon, as
# government releases list them: "|Fédération de la jeunesse canadienne| (Forum 2021): $92,000".
LINE_NAME_SUM = deferred_pattern(
    r"""
    (?P<name>\p{Lu}[^:()\n.;]{2,90}?)\s*          # "Fédération de la jeunesse canadienne"
    (?:\([^()\n]{1,120}\)\s*)?                    # "(Forum 2021)"
    :\s*(?:US|C|CA|A|AU|NZ)?[$€£₹]\s?\d           # ": $92,000"
    """,
    regex.VERBOSE,
)
# A list item's name opening on a word with a digit, which the name finder leaves out:
# "|4-H |Canada", "|3D |Printing Club".
DIGIT_OPENING = deferred_pattern(r"\d[\p{Lu}\d-]{0,5}\s")


# An award line that opens on its sum, as government releases list them: "$4.2 million to
# |Elm Valley Airport in Texas to rebuild ...", "- $25 million for the |Town of Elm".
MONEY_FIRST_ITEM = deferred_pattern(
    r"""
    [\W_]{0,3}(?:US|U\.S\.\s?)?\$[\d.,]{1,14}(?:\s(?:million|billion))?   # "- $4.2 million"
    \s(?:to|for)\s(?:the\s)?(?=\p{Lu})                               # " to the "
    """,
    regex.VERBOSE,
)


def _money_first_items(doc: Document, m_starts: list[int], m_items: list[Money]) -> list[_Sentence]:
    """Recipients of award lines that open on their sums, after a list intro ("Awards
    include:", "Airports receiving funding today include:"), each with its sum."""
    text = doc.text
    out: list[_Sentence] = []
    paras = doc.paragraphs
    for p_idx, para in enumerate(paras):
        if _list_intro(doc, para) is None:
            continue
        for nxt in paras[p_idx + 1 : p_idx + 41]:
            lead = MONEY_FIRST_ITEM.match(text, nxt.start, nxt.end)
            if nxt.start >= doc.body_end or lead is None:
                break  # the list ends at the first line that does not open on a sum
            names = find_names(doc, lead.end(), min(nxt.end, lead.end() + 120), limit=1)
            if not names or names[0].start != lead.end() or names[0].kind == "person":
                continue
            head = _strip_tail(names[0])
            seg = Span(nxt.start, nxt.end)
            money = [
                m
                for m in _in(m_starts, m_items, Span(nxt.start, lead.end()))
                if _is_gift_money(doc, m, seg)
            ]
            item = _Sentence(-1, seg, True, money, money)
            item.roles = [
                _Role(head, "recipient", "gift.list_item", 0.75, -1, money[0] if money else None)
            ]
            out.append(item)
    return out


# The line that opens a list of a charity event's sponsors: "Event sponsors included:",
# "Thank you to our generous sponsors:", "This year's gala sponsors are:".
SPONSOR_INTRO = deferred_pattern(
    r"""
    \b(?i:sponsors|sponsored\sby|underwritten\sby)
    (?:\s(?:include[sd]?|are|were|for\s(?:the|this|our)\s[^:.;]{1,40}))?:\s*$
    """,
    regex.VERBOSE,
)
# The gift a sponsor list gives to: the host receives the proceeds of its own event.
_HOST_RULES = frozenset({"gift.proceeds_to", "gift.to", "gift.receives", "gift.title_receiver"})


def _sponsor_items(doc: Document) -> list[_Sentence]:
    """The sponsors listed one a bulleted item after a line that introduces them: each gives.

    Read only in a release whose gift sentences already name the receiver of the event's
    proceeds ("Proceeds will support Harbor House"), so a trade show's sponsors stay out.
    """
    text = doc.text
    out: list[_Sentence] = []
    paras = doc.paragraphs
    for p_idx, para in enumerate(paras):
        if para.start >= doc.body_end or text[para.end - 1 : para.end] != ":":
            continue
        if SPONSOR_INTRO.search(text, max(para.start, para.end - 80), para.end) is None:
            continue
        for nxt in paras[p_idx + 1 : p_idx + 41]:
            b = BULLET.match(text, nxt.start, nxt.end)
            if nxt.start >= doc.body_end or b is None:
                break
            names = find_names(doc, b.end(), nxt.end, limit=1)
            if not names or names[0].start - b.end() > 4 or names[0].kind == "person":
                continue
            seg = Span(nxt.start, nxt.end)
            item = _Sentence(-1, seg, True, [], [])
            item.roles = [_Role(_strip_tail(names[0]), "donor", "gift.sponsor_item", 0.7, -1)]
            out.append(item)
    return out


# The intro of a list run on in its paragraph: "the recipients of this year's grant: X - $5,000 ...".
LIST_INTRO_INLINE = deferred_pattern(LIST_INTRO.pattern.replace(r"):\s*$", r"):"), LIST_INTRO.flags)
# A dash between a listed name and its share: "Harbor House - $25,000".
SHARE_DASH = deferred_pattern(r"[ \t\u00a0]+[-–—][ \t\u00a0]+$")


def _dashed_items(doc: Document, m_starts: list[int], m_items: list[Money]) -> list[_Sentence]:
    """Recipients listed "Name - $N", each opening its paragraph or line, after a list intro."""
    text = doc.text
    out: list[_Sentence] = []
    for m in m_items:
        near = text[max(0, m.start - 4) : m.start]
        if (
            m.start >= doc.body_end
            or ("-" not in near and "–" not in near and "—" not in near)
            or not SHARE_DASH.search(text, max(0, m.start - 4), m.start)
        ):
            continue
        p_idx = doc.paragraph_index(m.start)
        first = doc.paragraphs[max(0, p_idx - 8)].start if doc.paragraphs else 0
        intro = LIST_INTRO_INLINE.search(text, first, m.start)
        if intro is None:
            continue
        dash = SHARE_DASH.search(text, max(0, m.start - 4), m.start)
        assert dash is not None
        names = find_names(doc, max(intro.end(), dash.start() - 100), dash.start())
        if not names or names[-1].end != dash.start() or names[-1].kind == "person":
            continue
        head = names[-1]
        if _is_gift_name(head) or not _match(r"(?:\s{2}|:\s)$", text[head.start - 2 : head.start]):
            continue
        seg = Span(head.start, m.end)
        money = [m] if _is_gift_money(doc, m, seg) else []
        item = _Sentence(-1, seg, True, money, money)
        item.roles = [
            _Role(head, "recipient", "gift.list_item", 0.75, -1, money[0] if money else None)
        ]
        out.append(item)
    return out


def _headline_case(title: str) -> bool:
    """Whether a headline capitalises its words (Title Case or ALL CAPS)."""
    words = [w for w in title.split() if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


@lru_cache(maxsize=256)
def _lower_used(word: str, text: str) -> bool:
    """Whether a word is written in lower case in the running text (cached per release and word).

    The word is found with ``str.find`` and its edges checked with two fixed
    patterns, so no pattern is compiled for the release's own words.
    """
    size = len(word)
    pos = text.find(word)
    while pos >= 0:
        if _LOWER_USE_BEFORE.match(text, pos) and _LOWER_USE_AFTER.match(text, pos + size):
            return True
        pos = text.find(word, pos + 1)
    return False


@lru_cache(maxsize=256)
def _occurrences(word: str, text: str) -> int:
    """How often a word occurs in the release, counting up to two (cached per release and word)."""
    first = text.find(word)
    return 0 if first < 0 else (1 if text.find(word, first + 1) < 0 else 2)


def _proper(name: Name, text: str, check: bool) -> bool:
    """Whether a name has a word the release never writes in lower case (when ``check``).

    Web and mail addresses do not count: "acme.org" leaves "Acme" a name.
    """
    if not check or name.text[:1] == "$":
        return True  # "$Zephyr": no common word is written after a dollar sign
    words = [
        w for w in _findall(r"[\p{L}][\p{L}\-'’]*", name.text) if w.lower() not in _SMALL_WORDS
    ]
    if any(len(w) > 40 for w in words):
        return False  # no name has a 40-letter word: a run of capitals or a scanning error
    return any(not _lower_used(w.lower(), text) for w in words)


_SMALL_WORDS = frozenset({"of", "and", "for", "the"})


# The edges of a word written in lower case in running text, not in an address:
# no letter, hyphen, dot, slash, @ or underscore before it ("acme_and_zenith_team_up"
# is a link's slug), and after it no letter, hyphen, apostrophe or underscore,
# nor the rest of a web or mail address ("acme.org", "acme@example").
_LOWER_USE_BEFORE = deferred_pattern(r"(?<![\p{L}\-./@_])")
_LOWER_USE_AFTER = deferred_pattern(r"(?![\p{L}\-'’_]|[\p{L}.@/]*[.@/]\p{L})")


# An acronym written with some small letters: "DoD", "DfE".
MIXED_ACRONYM = deferred_pattern(r"\p{Lu}\p{Ll}{0,2}\p{Lu}{1,2}|\p{Lu}{2,6}")


def _named_in_body(name: Name, body: str, text: str, offset: int) -> bool:
    """Whether a headline's name is also written, capitalised, in the body: "Local Family" is not."""
    if MIXED_ACRONYM.fullmatch(name.text):
        return True  # "DoD", "NIH": an acronym is a proper name in any headline
    key = clean_name(name.text).lower()
    lead = 1 if key[:1] == "$" else 0  # "$Zephyr": the capital after the sign
    pos = body.find(key)
    while pos >= 0:
        if text[offset + pos + lead].isupper():
            return True
        pos = body.find(key, pos + 1)
    if name.kind != "org":
        # "Donates Roof to Oak Hill Little League Field": the body names "Oak Hill Little League".
        head, _, site = key.rpartition(" ")
        if head.count(" ") < 1 or site not in _SITE_WORDS:
            head = ""
        return bool(head) and _capitalised_word_in(head, body, text, offset)
    # "Sturgeon Family Foundation" in the headline, "Sturgeon" and "the foundation" in the body.
    for word in name_tokens(name.text):
        if len(word) < 3 or word in ORG_SUFFIXES or word in _COMMON_NAME_WORDS:
            continue
        if _capitalised_word_in(word, body, text, offset):
            return True
    return False


def _capitalised_word_in(word: str, body: str, text: str, offset: int) -> bool:
    """Whether ``body`` (the lower-case body, starting at ``offset`` in ``text``) holds
    ``word`` written with a capital and not run on into a longer word."""
    pos = body.find(word)
    while pos >= 0:
        if (
            text[offset + pos].isupper()
            and not body[pos + len(word) : pos + len(word) + 1].isalpha()
        ):
            return True
        pos = body.find(word, pos + 1)
    return False


# Words a headline capitalises that name no one alone: "to Local Family", "Area Students".
_GENERIC_TITLE_WORDS = frozenset(
    """
    area families kids students schools seniors neighbors neighbours residents survivors
    patients nonprofit nonprofits charity charities shelter bank pantry program programme
    fund grant grants gift donation donations scholarship scholarships award awards hospital
    school university college club clubs house center centre home homes team teams
    """.split()
)


def _proper_in_title(name: Name, text: str, body: str) -> bool:
    """Whether a headline's organisation named only there is a proper name: "Donates $5,000 to
    Harbor House Shelter" (an organisation's head word and a word the release never writes in
    lower case), not "to Local Family" or "to Area Schools"."""
    words = [
        w for w in _findall(r"[\p{L}][\p{L}\-'’]*", name.text) if w.lower() not in _SMALL_WORDS
    ]
    if len(words) < 2 or (
        CHARITY_HEAD.search(name.text) is None
        and not any(w.lower().rstrip(".,") in ORG_SUFFIXES for w in words)
    ):
        return False
    if body.find(words[0].lower()) >= 0:
        return False  # the body names it too ("Northern Lights Hospice" for "... Hospice Appeal")
    return any(
        not _lower_used(w.lower(), text)
        for w in words
        if w.lower() not in _COMMON_NAME_WORDS
        and w.lower() not in _GENERIC_TITLE_WORDS
        and w.lower() not in ORG_SUFFIXES
        and CHARITY_HEAD.fullmatch(w) is None
    )


# The word a release shortens an organisation's name to: "the Association", "the Foundation".
_SHORT_REFERENCES = frozenset(
    """
    Association Foundation Fund Trust Society Institute Council Agency Alliance Coalition
    Corporation Company Authority Commission Endowment Federation Conservancy
    Scheme Programme
    """.split()
)


# A date opening a sentence before its subject: "On Oct. 5, |", "Last week, the |".
DATE_OPENING = deferred_pattern(
    r"[\W_]{0,3}(?:On|In|Last|This|Earlier)\s[\w. ]{2,30},\s(?:the\s|The\s)?"
)
# The means a giver used, then its gift: "| used an opening night in Vale to donate", "| has
# used grants from the Annual Fund to help provide".
USED_TO_GIVE = deferred_pattern(
    r"""
    (?:\s\([^()]{1,20}\)|\s\#\d{1,5})?                     # "(KG)", "#1744"
    \s(?:(?:has|have|had|also|recently|once\sagain)\s){0,2}used\s
    (?:[^.;]|(?<=\d)\.(?=\d)|\.(?=,)){3,200}?                   # (not the stop in "Vale, Fla., to")
    \bto\s(?:help\s)?(?:donate|give|gift|fund|provide|purchase|buy)\b
    """,
    regex.VERBOSE,
)
# An officer of a body the release named before, after her name: "Ann Roe|, club president",
# "|, the lodge's secretary".
CLUB_OFFICER = deferred_pattern(
    r"""
    ,\s(?:the\s)?(?P<w>club|lodge|chapter|post|council|auxiliary|foundation|association|society)
    (?:['’]s)?\s(?:\p{Ll}+\s)?
    (?:president|chair|chairman|chairwoman|chairperson|secretary|treasurer|director|commander
      |grand\sknight|exalted\sruler|leader)\b
    """,
    regex.VERBOSE,
)
# A list item's description after it, up to the semicolon ending the item: "College
# Summit|, which partners with high schools|; the Posse Foundation".
ITEM_CLAUSE = deferred_pattern(
    r",\s(?:which|who|that|a|an|the|based|located|headquartered)\b[^;.]{1,300}(?=;)"
)
SEMICOLON_OPENS = deferred_pattern(r";\s(?:and\s)?(?:the\s|The\s)?")
# Who acts for a body: "| on behalf of the |Orvik Foundation".
ON_BEHALF_OF = deferred_pattern(r"\bon\sbehalf\sof\s(?:the\s|The\s)?")
# The roles of a sentence's acting subject, which may act for a body.
_ACTOR_RULES = frozenset(("gift.agent", "gift.receives"))
# A sentence opening on its giver's generosity: "Thanks to the generosity of |the Orvik Foundation, ...".
GENEROSITY_OPENING = deferred_pattern(
    r"[\W_]{0,3}(?:Thanks\sto|Through|With)\sthe\s(?:\p{Ll}+\s)?(?:generosity|kindness|support)\sof\s(?:the\s)?"
)
# A body announcing another's gift, between the two: "Vale Hospital| today announced that |Ann Roe".
ANNOUNCED_THAT = deferred_pattern(
    r"""
    (?:\s\([^()]{1,20}\))?\s(?:(?:has|today|recently|proudly|gratefully)\s){0,2}
    (?:announced|announces|(?:is|are)\s(?:proud|pleased|thrilled|grateful)\sto\sannounce)
    (?:\s(?:today|on\s\p{Lu}\p{Ll}+day))?\sthat\s(?:the\s)?(?:[\p{Ll}-]+\s){0,3}?
    """,
    regex.VERBOSE,
)
# A giving arm named in apposition: "announced that its charitable arm, the |Orvik Foundation, will".
ARM_BEFORE = deferred_pattern(
    r"\b(?:its|their)\s(?:[\p{Ll}-]+\s){0,2}(?:arm|foundation|affiliate|subsidiary|charity),\s(?:the\s)?$"
)
# A relief fund named by the office that runs it, after its place: "Vale| Chief Minister's Relief Fund".
MINISTERS_FUND_AFTER = deferred_pattern(
    rf"\s(?:Chief|Prime)\sMinister{APOSTROPHE}s?\s(?:\p{{Lu}}[\p{{L}}-]*\s){{0,4}}(?i:fund)\b"
)
# A cheque received: "Feeding Vale also received a check which they will use".
RECEIVED_CHECK = deferred_pattern(
    r"\breceiv(?:ed|es|ing)\s(?:a|an|the|its|their|two|three)\s(?:[\w$€£.,-]+\s){0,3}?(?:check|cheque)s?\b"
    r"(?!\s?-?(?:in|up|list|box)\b)"
)
# A note in brackets after a listed item, then the next: "Vale Hospital| (two sites) and |Lee Clinic".
PAREN_THEN_AND = deferred_pattern(r"\s?\([^()]{1,60}\)\s?,?\s(?:and|&)\s(?:the\s|The\s)?")
# The body a giver is described as backing, in its appositive: "Orvik Bank, a longtime
# supporter of |Harbor House, donated $5,000 to the shelter".
SUPPORTER_OF = deferred_pattern(
    r",\s(?:a|an|the)\s(?:[\p{Ll}-]+\s){0,2}?(?:supporter|partner|friend|sponsor|champion|donor)"
    r"\sof\s(?:the\s)?(?=\p{Lu})"
)
# A receiving body named again by its common noun: "the college received a $25 million gift".
THE_RECEIVING_BODY = deferred_pattern(
    r"""
    (?<![\p{L}’'-])[Tt]he\s(?P<w>university|college|school|hospital|museum|institution|library|academy
      |hospice|shelter|food\sbank|foodbank|pantry|zoo|orchestra|theatre|theater)  # "the hospice"
    \s(?:(?:has|have|had|will|also|recently|just|today|now|then)\s){0,2}
    (?:received|receives|receive|is\sreceiving|was\sreceiving
      |(?:has\sbeen|was|is\sbeing)\s(?:given|left|handed|gifted))\b         # "the hospice has been left"
    (?=(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?(?:[$€£]\d|\b(?:gifts?|donations?|grants?|bequest|pledge)\b))
    """,
    regex.VERBOSE,
)
# The head words of the names each common noun stands for.
_RECEIVING_HEADS = {
    "university": ("University",),
    "college": ("College", "University"),
    "school": ("School", "College", "University", "Academy"),
    "hospital": ("Hospital",),
    "museum": ("Museum",),
    "institution": ("University", "College", "Institute"),
    "library": ("Library",),
    "academy": ("Academy",),
    "hospice": ("Hospice",),
    "shelter": ("Shelter",),
    "food bank": ("Food Bank", "Foodbank"),
    "foodbank": ("Foodbank", "Food Bank"),
    "pantry": ("Pantry",),
    "zoo": ("Zoo",),
    "orchestra": ("Orchestra",),
    "theatre": ("Theatre",),
    "theater": ("Theater",),
}


# A record gift told by its receiver's history: "the largest gift in the school's 177-year
# history", "the largest single donation in hospital history".
LARGEST_IN_HISTORY = deferred_pattern(
    r"""
    \blargest\s(?:[\p{Ll}-]+\s){0,3}?(?:in|to)\s(?:the\s|its\s)?(?:[\p{L}-]+\s){0,3}?
    (?P<w>(?i:university|college|school|hospital|museum|institution|library|academy))
    (?:['’]s)?\s(?:\d{1,4}-year\s)?history\b
    """,
    regex.VERBOSE,
)


def _receiving_body_at(doc: Document, hm: regex.Match[str]) -> Name | None:
    """The body a common noun of LARGEST_IN_HISTORY stands for: the last name before it with
    one of its head words, else the first such name after it."""
    heads = _RECEIVING_HEADS[hm["w"].lower()]
    end = hm.end("w")  # (a capitalised "Vale University history" names its body right there)
    found = [_named_before(doc, Name(head, end, end, "org")) for head in heads]
    named = max((n for n in found if n is not None), key=lambda n: n.start, default=None)
    if named is not None:
        return named
    for head in heads:  # the body named after it: "... history, said Vale College's president"
        p = doc.text.find(" " + head, hm.end(), doc.body_end)
        if p >= 0:
            stop = p + 1 + len(head)
            named = _named_before(doc, Name(head, stop, stop, "org"))
            if named is not None:
                return named
    return None


def _receiving_body(doc: Document, span: Span) -> Name | None:
    """The body "the college" (THE_RECEIVING_BODY) stands for in a sentence: the last name
    before it ending in one of its head words ("Lee Valley College")."""
    bm = THE_RECEIVING_BODY.search(doc.text, span.start, span.end)
    if bm is None:
        return None
    found = [
        _named_before(doc, Name(head, bm.start("w"), bm.end("w"), "org"))
        for head in _RECEIVING_HEADS[" ".join(bm["w"].split())]
    ]
    return max((n for n in found if n is not None), key=lambda n: n.start, default=None)


def _named_before(doc: Document, short: Name) -> Name | None:
    """The full name a lone "Association" stands for: the last one ending in that word before
    it, as written there (its own span)."""
    text = doc.text
    word = short.text
    pos = text.rfind(word, 0, short.start)
    for _ in range(6):  # a few earlier mentions at most
        if pos <= 0:
            return None
        if text[pos - 1] == " " and not text[pos + len(word) : pos + len(word) + 1].isalpha():
            found = [
                n
                for n in find_names(doc, max(0, pos - 80), pos + len(word))
                if n.end == pos + len(word)
                and n.start < pos
                and (n.kind == "org" or word in ("Scheme", "Programme"))  # a scheme's name
            ]
            if found:
                return found[-1]
        pos = text.rfind(word, 0, pos)
    return None


# The site of an organisation a headline may add to its name: "Oak Hill Little League Field".
_SITE_WORDS = frozenset(
    "facility facilities field fields park complex clubhouse campus building stadium".split()
)

# Words common in organisation names that identify none alone.
_COMMON_NAME_WORDS = frozenset(
    """
    american national international global united new north south east west local community
    family children health care medical research science education public state county city
    first annual youth women veterans heart cancer food
    """.split()
)


# A headline whose subject donates: "Acme Plumbing Donates Furnace to Local Family".
# (Not "Donates Time", "Donates Blood": no money or goods change hands.)
TITLE_DONATES = deferred_pattern(
    r"\s(?:Donates?|Donated|DONATES?|donates?)\s"
    r"(?!(?i:(?:its\s|their\s|his\s|her\s)?(?:time|blood|plasma|hair|hours|expertise))\b)"
)


def _title_donates(doc: Document, roles: list[_Role]) -> bool:
    """Whether a headline read alone names its giver as the subject of "donates".

    The recipient may be no name ("to Local Family"); the giver is then enough.
    """
    return (
        len(roles) == 1
        and roles[0].rule == "gift.agent"
        and (
            TITLE_DONATES.match(doc.text, roles[0].name.end) is not None
            # "Acme Announces Bright Start Grants Program": the giver's own programme
            or TITLE_PROGRAMME.match(doc.text, roles[0].name.end + 1, roles[0].name.end + 160)
            is not None
        )
    )


# Words that name kinds of receivers or causes, not one of them: "Global Causes".
_GENERIC_WORDS = frozenset(
    """
    global local national international worldwide various many several other good great
    worthy charitable humanitarian community communities cause causes charity charities
    nonprofit nonprofits non-profit non-profits organization organizations organisation
    organisations group groups family families people children kids school schools the and
    """.split()
)


# Words of what money pays for, capitalised in a list: "for |Capital Improvements and Repairs|".
_PURPOSE_WORDS = frozenset(
    """
    capital improvements repairs renovations upgrades maintenance operations operating expenses
    equipment and construction infrastructure
    """.split()
)


# The common noun of a body right before its name: "the self-funded NGO |“Seva”", "the
# charity |Harbor Relief".
BODY_NOUN_BEFORE = deferred_pattern(
    r"\b(?:NGO|charity|nonprofit|non-profit|organi[sz]ation|trust)\s['‘“\"]?$"
)


def _body_noun_before(text: str, name: Name) -> bool:
    """Whether a receiver's name follows the common noun of a body ("the NGO ‘Seva’")."""
    return BODY_NOUN_BEFORE.search(text, max(0, name.start - 16), name.start) is not None


# A mayor's or a councillor's own budget given away, before its sum: "will donate his |ward
# budget of |£1,500", "gave her mayoral budget of".
GIVEN_BUDGET_BEFORE = deferred_pattern(
    r"\b(?:donat\w+|gave|give[sn]?|giving|award\w*)\s(?:his|her|their|the|its)\s"
    r"(?:remaining\s)?(?:ward|mayoral|members?['’]?|councillor['’]?s?|community|discretionary)"
    r"\sbudget\sof\s$"
)
# A mayor's or a councillor's title right before her name: she may give from her own
# budget or charity fund ("Lord Mayor |Ann Roe| donated £2,000 from her charity fund").
LOCAL_OFFICIAL_BEFORE = deferred_pattern(
    r"\b(?:(?:Lord\s|Deputy\s)?Mayor(?:ess)?|Councillor|Cllr\.?|Coun\.?)\s$"
)


def _local_official_donates(text: str, name: Name, verb: str) -> bool:
    """Whether a mayor or a councillor is the subject of "donate": she gives, not her council.

    ("Mayor Ann Roe announced a grant" stays an announcement: only "donate" is read so.)
    """
    return (
        verb[:5].lower() == "donat"
        and name.kind != "org"
        and LOCAL_OFFICIAL_BEFORE.search(text, max(0, name.start - 20), name.start) is not None
    )


# The joints of one body's name made of a list of places: "United Way Kingston|, |Frontenac|,
# |Lennox| and |Addington (KFL&A)".
_LIST_JOINTS = frozenset({", ", ", and ", " and ", ", & ", " & "})
# The acronym in brackets after such a name: " (KFL&A)".
ACRONYM_AFTER = deferred_pattern(r"\s?\((?P<acro>\p{Lu}[\p{Lu}&\-]{1,11})\)")


# The small word inside a listed charity's name that splits it in two: "Children| with |Cancer",
# "Make| a |Wish Foundation"; and what must follow the name's second part: the list going on.
SMALL_NAME_WORD = frozenset((" with ", " a "))
LIST_ITEM_GOES_ON = deferred_pattern(r",\s|\s(?:and|&)\s(?:the\s|The\s)?\p{Lu}")


def _small_word_items_joined(text: str, names: list[Name]) -> list[Name]:
    """Names with the list item they split rejoined: "to Shelter, |Children| with |Cancer| and
    The Brain Trust" holds "Children with Cancer" (one word before the small word, right after
    the list's comma, and the list going on after; not "Ann Roe with Harbor House")."""
    out: list[Name] = []
    k = 0
    while k < len(names):
        n = names[k]
        m = names[k + 1] if k + 1 < len(names) else None
        if (
            m is not None
            and text[n.end : m.start] in SMALL_NAME_WORD
            and " " not in n.text
            and n.kind != "person"
            and text[n.start - 2 : n.start] == ", "
            and LIST_ITEM_GOES_ON.match(text, m.end) is not None
        ):
            out.append(Name(text[n.start : m.end], n.start, m.end, m.kind))
            k += 2
            continue
        out.append(n)
        k += 1
    return out


def _acronym_lists_joined(text: str, names: list[Name]) -> list[Name]:
    """Names listed with commas that an acronym after them spells are one body's name.

    "United Way Kingston, Frontenac, Lennox and Addington (KFL&A)": the initials of the
    listed words end in K, F, L and A, so the list is one name (not "Water, Energy and
    Power Expo (WEPX)", whose initials differ).
    """
    out: list[Name] = []
    i = 0
    while i < len(names):
        j = i
        while j + 1 < len(names) and text[names[j].end : names[j + 1].start] in _LIST_JOINTS:
            j += 1
        if j > i and text.startswith(("(", " ("), names[j].end):
            am = ACRONYM_AFTER.match(text, names[j].end, min(len(text), names[j].end + 16))
            if am is not None:
                whole = text[names[i].start : names[j].end]
                letters = am["acro"].replace("&", "").replace("-", "")
                initials = "".join(w[0] for w in whole.replace(",", " ").split() if w[0].isupper())
                rest = text[names[i + 1].start : names[j].end].replace(",", " ").split()
                # (the acronym reaches into the first name: "UNICEF, Médecins Sans Frontières
                # (MSF)" is two bodies, the second's acronym after it)
                if len(letters) > sum(w[0].isupper() for w in rest) and initials.endswith(letters):
                    out.append(Name(whole, names[i].start, names[j].end, "org"))
                    i = j + 1
                    continue
        out.append(names[i])
        i += 1
    return out


# A giving verb before its first object, which may follow a town's possessive: "has
# offered |Leeds's |Vale Hospital and the Elm Institute $25 million".
DATIVE_LISTED_VERB = deferred_pattern(
    r"\b(?:offer(?:s|ed)|gave|giv(?:e|es|en)|award(?:s|ed)|grant(?:s|ed)|promised)\s+(?:the\s)?"
    r"(?:\p{Lu}[\p{L}-]*['’]s\s)?$"
)
# Two objects joined: "Vale Hospital| and the |Elm Institute".
DATIVE_JOINT = deferred_pattern(r"\s(?:and|&)\s(?:the\s)?")
# The sum right after the last object, past its acronym: " (ERI) $AUD25 million".
DATIVE_SUM = deferred_pattern(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[$€£₹]|(?:US|A|C|AU|NZ)\$|Rs\.?\s?\d)")


def _dative_listed(text: str, names: list[Name], k: int) -> bool:
    """Whether a name is one of the two first objects of a giving verb, the sum after them.

    "Ann Roe has offered |Vale Hospital| and the |Elm Institute| (EI) $25 million": both
    receive (one object alone with its sum is read by DATIVE_VERB).
    """
    name = names[k]
    if k + 1 < len(names) and DATIVE_JOINT.fullmatch(text, name.end, names[k + 1].start):
        first, last = name, names[k + 1]
    elif k > 0 and DATIVE_JOINT.fullmatch(text, names[k - 1].end, name.start):
        first, last = names[k - 1], name
    elif text.startswith((" (", "("), name.end):
        first, last = name, name  # "offered the Elm Institute (EI) $25 million"
    else:
        return False
    sm = DATIVE_SUM.match(text, last.end, min(len(text), last.end + 30))
    return (
        sm is not None
        and DATIVE_LISTED_VERB.search(text, max(0, first.start - 40), first.start) is not None
        and BOUGHT_AFTER_SUM.match(text, sm.end(), min(len(text), sm.end() + 60)) is None
    )


# A giver named after its office: "received Rs 75 crore |from the President of US-based Acme
# Systems, |Jo Lee" (the person gives, not the firm she heads).
FROM_OFFICE_OF = deferred_pattern(
    r"""
    \bfrom\s(?:the\s|its\s)?(?:(?:former|founding)\s)?
    (?:President|Chairman|Chairwoman|Chairperson|Founder|Co-founder|CEO|Chief\sExecutive
      |Managing\sDirector|founder|co-founder|chairman|president)
    \sof\s(?![^,;.()]{0,60}\b(?:Club|Lodge|Association|Society|Foundation|Council|Trust|Fund
      |Chapter|Post|Auxiliary|Guild|League)\b)                       # (a club's officer hands its gift)
    [^,;.()]{2,60},\s$
    """,
    regex.VERBOSE,
)
# A participle after a listed receiver, then its sum: "the Elm Fire Company|, receiving
# $500,000|", "Vale College|, awarded $1,035,000|".
RECEIVING_SUM_AFTER = deferred_pattern(
    r"""
    ,\s(?:receiving|awarded|granted|getting)\s(?:a\s|an\s)?(?:total\sof\s)?
    (?:(?:more\sthan|over|nearly|almost|about|up\sto)\s)?
    (?:[$€£₹]|(?:US|A|C|AU|NZ)\$|Rs\.?\s?\d|R\s?\d)
    """,
    regex.VERBOSE,
)
# Between a giver and the first object of its giving verb: "Ann Roe| has offered |Vale's".
DATIVE_GIVER_GAP = deferred_pattern(
    r"\s(?:has|have|had)\s(?:offered|given|awarded|granted)\s(?:the\s)?"
)


def _dative_giver(text: str, names: list[Name], k: int) -> bool:
    """Whether a name is the subject of a giving verb whose two first objects receive its sum.

    "Ann Roe has offered Leeds's Vale Hospital and the Elm Institute (EI) $25 million": Ann
    Roe gives (AGENT_VERBS looks for the sum nearer its verb).
    """
    gm = DATIVE_GIVER_GAP.match(text, names[k].end, min(len(text), names[k].end + 24))
    if gm is None or k + 1 >= len(names):
        return False
    j = k + 1
    if names[j].start == gm.end() and text[names[j].end : names[j].end + 1] in _APOSTROPHES:
        j += 1  # "Leeds's |Vale Hospital"
    return j < len(names) and names[j].start - gm.end() <= 24 and _dative_listed(text, names, j)


# A price after the sum, not a gift: "offered Vale Bank and Elm Trust $25 million |for their
# branches", "$25 |a share".
BOUGHT_AFTER_SUM = deferred_pattern(
    r"[^.;]{0,30}?\b(?:for\s(?:its|their|the|each|a|an)\s|a\sshare|per\sshare|in\scash)"
)


# A head of government's relief fund, its words partly in lower case: "the Chief Minister's
# Flood relief fund", "the CM’s relief fund", "the Prime Minister's National Relief Fund".
RELIEF_FUND = deferred_pattern(
    r"""
    (?:Chief\sMinister|Prime\sMinister|CM|PM|Governor|Premier|Mayor)['’]s\s
    (?:(?:\p{Lu}[\p{L}-]*|COVID-19|Covid-19)\s){0,3}                  # "Flood", "National"
    (?i:(?:distress\s|disaster\s|flood\s|covid(?:-19)?\s)?relief\sfund)\b
    """,
    regex.VERBOSE,
)


def _relief_funds_named(text: str, spans: list[Span], names: list[Name]) -> list[Name]:
    """The names of the gift sentences (``spans``) with each head of government's relief
    fund read whole (the name finder drops "Chief Minister" as a title and stops at
    "relief fund" in lower case)."""
    funds = [
        Name(m.group(), m.start(), m.end(), "org")
        for span in spans
        if text.find("elief", span.start, span.end) >= 0
        for m in finditer(RELIEF_FUND, text, span.start, span.end)
    ]
    if not funds:
        return names
    kept = [n for n in names if not any(f.start <= n.start < f.end for f in funds)]
    return sorted([*kept, *funds], key=lambda n: n.start)


def _generic_name(name: str) -> bool:
    """Whether a capitalised run only names a kind of receiver: "Global Causes", "Local Charities"."""
    words = name.lower().replace("-", " ").split()
    if all(w in _PURPOSE_WORDS for w in words):
        return True  # "for Capital Improvements and Repairs": what the money pays for
    return len(words) > 1 and all(w in _GENERIC_WORDS for w in words)


def _repeated_if_lone(name: Name, text: str) -> bool:
    """A lone ordinary capitalised word ("Prior", "Circle") must recur to be taken for a name."""
    word = name.text
    if " " in word or name.kind == "org" or not word.istitle() or len(word) > 12:
        return True
    if word.lower() in COUNTRIES or any(c.isdigit() for c in word):
        return True
    # Mid-sentence after a preposition ("to Soles4Souls") a capital marks a name;
    # at a sentence start or after a colon it may be any word.
    before = text[max(0, name.start - 3) : name.start].strip(" \t\"“‘'")
    if before and before[-1] not in ".!?:;\n" and not before[-1].isdigit():
        return True
    return _occurrences(word, text) >= 2


def _entities(
    roles: list[_Role], where: dict[int, _Cluster], doc: Document
) -> tuple[dict[int, tuple[_Role, str]], dict[int, tuple[_Role, str]]]:
    """One donor and one recipient per entity, at its best mention; an entity keeps its stronger role."""
    score: dict[tuple[int, str], float] = {}
    best: dict[tuple[int, str], _Role] = {}
    for r in roles:
        c = where[id(r)]
        key = (id(c), r.role)
        score[key] = score.get(key, 0.0) + r.confidence
        cur = best.get(key)
        if cur is None or (r.confidence, -r.name.start) > (cur.confidence, -cur.name.start):
            best[key] = r
    donors: dict[int, tuple[_Role, str]] = {}
    recipients: dict[int, tuple[_Role, str]] = {}
    for (cid, role), r in best.items():
        other = "recipient" if role == "donor" else "donor"
        if score.get((cid, other), 0.0) > score[(cid, role)]:
            continue
        name = _best_name(where[id(r)], doc.case_plain, role == "recipient")
        if r.rule == "gift.government" and name in _AP_STATE_NAMES:  # "Conn.": Connecticut
            name = _AP_STATE_NAMES[name]
        if r.rule == "gift.minister_department":  # "Minister for Education": her department
            name = "Department of " + MINISTER_OF.sub("", r.name.text).removesuffix(" Minister")
        if name.lower().rstrip(".") in NOT_ENTITIES or len(name) < 2:
            continue
        if name.lower() in GIVING_TIERS:
            continue
        (donors if role == "donor" else recipients)[cid] = (r, name)
    return _one_per_name(donors), _one_per_name(recipients)


def _one_per_name(found: dict[int, tuple[_Role, str]]) -> dict[int, tuple[_Role, str]]:
    """Entities that came out under one name ("NBRR" spelled out) are one: the best mention stays."""
    best: dict[str, int] = {}
    for cid, (r, name) in found.items():
        key = name.lower()
        if key not in best or r.confidence > found[best[key]][0].confidence:
            best[key] = cid
    return {cid: found[cid] for cid in best.values()}


def _entity(r: _Role, name: str) -> Entity:
    return Entity(name, r.name.text, r.name.start, r.name.end, r.rule, r.confidence)


# A sum stated per recipient: "Each grant recipient will receive ...", "$5,000 each".
EACH_BEFORE = deferred_pattern(
    r"\b(?:[Ee]ach|[Ee]very)\s(?:[\w-]+\s){0,3}?(?:recipient|grantee|awardee|winner|organi[sz]ation"
    r"|group|community|entity|school|charity|nonprofit|body|partner|researcher|scientist|student"
    r"|scholar|fellow|honoree|investigator)s?\b[^.;$€£]{0,60}$"
    r"|\b(?:Each|Both)\s(?:of\sthem\s)?(?:will|would|receives?|received|gets?|got|is|was|are|were)\b[^.;$€£]{0,60}$"
    # "the 100 businesses that will receive grant packages, which include ... a $5,000 grant"
    r"|\b(?:businesses|schools|organi[sz]ations|nonprofits|charities|recipients|grantees|students"
    r"|groups|teams|startups|families)\s[^.;$€£]{0,40}?\b(?:will|to|would)\s(?:each\s)?receive\b"
    r"[^.;$€£]{0,120}?\b(?:a|an)\s$"
    # "The following organizations, chosen by staff, will receive $200:" (a list follows)
    r"|\b[Tt]he\sfollowing\s(?:[\w-]+\s){0,2}?(?:organi[sz]ations|nonprofits|charities|groups"
    r"|recipients|grantees|schools|students|businesses)\b[^.;$€£]{0,80}?\b(?:will|to|would)\s"
    r"(?:each\s)?(?:receive|get)\s$"
)  # "Each will receive $5,000": "Each" alone, a pronoun for the recipients just named
EACH_AFTER = deferred_pattern(
    r"\s(?:each|apiece|per\s(?:recipient|grantee|awardee|organi[sz]ation|school|charity))\b"
)

# The running total of the giving a sentence states, to its one recipient: "gives $500 to the
# library each year |for a total thus far of |$11,000".
SAME_GIVING_TOTAL = deferred_pattern(
    r"\bfor\sa\s(?:grand\s)?total\s(?:(?:thus|so)\sfar\s|to\sdate\s)?of\s(?:more\sthan\s|over\s|nearly\s)?$"
)

# "each" or "both" before the sum of a sentence naming its recipients: "X and Y each received".
_EACH_RECEIVE = deferred_pattern(
    r"\s(?:each|both)\s(?:(?:receiv\w+|got|were|was|will)\s)?(?:[\p{Ll}-]+\s){0,3}$"
)  # ("each received a donation of")

# The last two items of a list, the second of two words or more: "Vale Choir and Ash
# House", "Aware and St Ann’s School".
_LAST_OF_LIST = deferred_pattern(r"\p{Lu}\S*(?:\s\p{Lu}\S*)*\sand\s\p{Lu}\S*(?:\s\p{Lu}\S*)+")
# A list item of two capitalised words or more, right before a comma: a one-word item
# after it is a body of its own ("Pell Shelter, Aware and St Ann’s School"), while after
# one-word items it is one place of a joint name ("Ashby, Elmton and Vale Rotary Club").
_NAME_OF_WORDS_BEFORE = deferred_pattern(r"\p{Lu}\S*\s\p{Lu}\S*$")

# A list's receivers announced before a sum: "The following organizations will receive |$200".
FOLLOWING_RECEIVE = deferred_pattern(
    r"\b[Tt]he\sfollowing\s(?:[\w-]+\s){0,2}?(?:organi[sz]ations|nonprofits|charities|groups"
    r"|recipients|grantees|schools|students|businesses)\b[^.;$€£]{0,80}?\b(?:will|to|would)\s"
    r"(?:each\s)?(?:receive|get)\s$"
)

# Others after a receiver: "to Purdue, others", "to Vale College and others".
OTHERS_AFTER = deferred_pattern(r",?\s(?:and\s)?(?:many\s|several\s)?others\b")

# Plural gifts "of" a sum: the size of each ("Silver awards of €4,000 went to A, B and C").
UNIT_GIFTS_BEFORE = deferred_pattern(
    r"\b(?i:awards|donations|grants|gifts|scholarships|bursaries|prizes)\sof\s(?:up\sto\s)?$"
)

# A sum naming plural gifts is the size of each: "$1,000 grants", "$500 travel scholarships";
# not "$2 million in grants".
UNIT_GIFTS_AFTER = deferred_pattern(
    r"\s(?:(?!(?:in|of|to|for|and)\b)[\p{L}-]+\s){0,2}?(?:grants|scholarships|awards|stipends|prizes|bursaries)\b"
)


def _records(
    doc: Document,
    sentences: list[_Sentence],
    where: dict[int, _Cluster],
    donor_names: dict[int, str],
    recipient_names: dict[int, str],
    amounts: dict[tuple[float, str | None], Amount],
) -> list[Gift]:
    """One record per (donor, recipient, amount) the gift sentences state.

    Each sum goes to the recipient named right after it ("$2 million to X") or
    beside it ("X ($10,095)"), else to the sentence's only recipient, else to
    none (a total split over several); it comes from the donor named right
    after it ("a $5.8 million grant from X"), else the sentence's first donor,
    else the release's first donor. A recipient named with no sum gets a
    record without one, unless another record already names it. A giver named
    with neither gets one record of its own.
    """
    first = min(
        (
            r
            for sent in sentences
            for r in sent.roles
            if r.role == "donor" and id(where[id(r)]) in donor_names
        ),
        key=lambda r: r.name.start,
        default=None,
    )
    main_donor = donor_names[id(where[id(first)])] if first is not None else None
    main_recipient = (
        next(iter(recipient_names.values()), None) if len(recipient_names) == 1 else None
    )
    rows: list[tuple[str | None, str | None, GiftAmount | None, float, _Sentence]] = []
    handed_on: set[tuple[str | None, float]] = set()  # sums "the sum" hands on to a receiver
    # Sums paired with a recipient anywhere (a list item, "X ($10,095)") are not also totals.
    shared = {
        id(r.money)
        for sent in sentences
        for r in sent.roles
        if r.role == "recipient" and r.money is not None and id(where[id(r)]) in recipient_names
    }
    for sent in sentences:
        donors = sorted(
            (r for r in sent.roles if r.role == "donor" and id(where[id(r)]) in donor_names),
            key=lambda r: r.name.start,
        )
        recips = [
            r for r in sent.roles if r.role == "recipient" and id(where[id(r)]) in recipient_names
        ]
        first_donor = donor_names[id(where[id(donors[0])])] if donors else main_donor

        def donor_of(
            m: Money, donors: list[_Role] = donors, first: str | None = first_donor
        ) -> str | None:
            near = [
                r
                for r in donors
                if r.rule.startswith("gift.from") and 0 <= r.name.start - m.end <= 80
            ]
            return donor_names[id(where[id(near[0])])] if near else first

        paired = {id(r.money) for r in recips if r.money is not None}
        for r in recips:
            if r.money is not None and (r.money.value, r.money.currency) in amounts:
                rows.append(
                    (donor_of(r.money), recipient_names[id(where[id(r)])], _ga(r.money), 0.8, sent)
                )
        distinct = list(dict.fromkeys(recipient_names[id(where[id(r)])] for r in recips))
        # "The Bronze recipients received €1,000 each": a tier of receivers, none named here.
        tiered = not distinct and any(
            r.role == "recipient" and r.name.text.lower() in GIVING_TIERS for r in sent.roles
        )
        for m in sent.gift_money:
            if id(m) in paired or id(m) in shared or (m.value, m.currency) not in amounts:
                continue
            if tiered:
                rows.append((donor_of(m), None, _ga(m), 0.7, sent))
                continue
            if (
                len(distinct) >= 2
                and not paired
                and (
                    EACH_AFTER.match(doc.text, m.end, min(len(doc.text), m.end + 30))
                    or UNIT_GIFTS_AFTER.match(doc.text, m.end, min(len(doc.text), m.end + 40))
                    or _EACH_RECEIVE.search(doc.text, sent.span.start, m.start)
                    or UNIT_GIFTS_BEFORE.search(
                        doc.text, max(sent.span.start, m.start - 40), m.start
                    )
                )
            ):
                # "$5,000 scholarships to Ann Roe and Tom Lee", "Hill School and Oak Academy
                # each received $20,000": the sum goes to each recipient the sentence names.
                rows.extend((donor_of(m), rec, _ga(m), 0.7, sent) for rec in distinct)
                continue
            if (
                not distinct
                and len(recipient_names) >= 2
                and (
                    EACH_BEFORE.search(doc.text, sent.span.start, m.start)
                    or EACH_AFTER.match(doc.text, m.end, min(len(doc.text), m.end + 30))
                    or UNIT_GIFTS_AFTER.match(doc.text, m.end, min(len(doc.text), m.end + 40))
                )
            ):
                # "Each grantee will receive $75,000": the sum goes to every recipient.
                rows.extend(
                    (donor_of(m), rec, _ga(m), 0.7, sent) for rec in recipient_names.values()
                )
                continue
            rec: str | None
            if (
                len(distinct) == 1
                and not paired
                # "$45M to Purdue, others": a total for more than the one named
                and not any(
                    OTHERS_AFTER.match(doc.text, r.name.end, r.name.end + 14) for r in recips
                )
            ):
                rec = distinct[0]
            elif (
                len(distinct) == 1
                and "total" in doc.lower[max(sent.span.start, m.start - 40) : m.start]
                and SAME_GIVING_TOTAL.search(doc.text, max(sent.span.start, m.start - 40), m.start)
            ):
                rec = distinct[0]  # "$500 to the library twice a year, for a total of $11,000"
            elif not distinct and not TO_UNNAMED.match(
                doc.text, m.end, min(len(doc.text), m.end + 40)
            ):
                rec = main_recipient  # the release's one recipient, unless "to farming communities"
            else:
                rec = None
            rows.append((donor_of(m), rec, _ga(m), 0.7, sent))
        the_sum = (
            _sum_named_before(doc, sentences, sent)
            if not sent.gift_money and not paired and len(distinct) == 1
            else None
        )
        if the_sum is not None and (the_sum.value, the_sum.currency) in amounts:
            # "It received $25,000 from Acme. Acme donated the sum to Harbor House": the sum
            # named just before goes to this sentence's receiver
            rows.append((first_donor, distinct[0], _ga(the_sum), 0.7, sent))
            handed_on.add((first_donor, the_sum.value))
        elif not sent.gift_money and not paired:
            rows.extend((first_donor, rec, None, 0.5, sent) for rec in distinct)
        if not recips and donors and donors[0].rule == "gift.sponsor_item":
            rows.append((first_donor, main_recipient, None, 0.5, sent))  # the host receives
        joint = [
            donor_names[id(where[id(r)])]
            for r in donors
            if r.rule
            in ("gift.agent", "gift.from", "gift.agent_coordinated", "gift.from_coordinated")
        ]
        if any(r.rule.endswith("_coordinated") for r in donors) and len(joint) == len(donors):
            # "Acme and Zenith gave $5,000 to Harbor House": each giver's record of the gift
            own = [row for row in rows if row[4] is sent and row[0] == first_donor]
            rows.extend(
                (j, *row[1:]) for j in dict.fromkeys(joint) if j != first_donor for row in own
            )
    if not rows and first is not None:
        # "Acme is awarding grants to nearly 80 schools": a gift with its giver alone named.
        sent = next(s for s in sentences if any(r is first for r in s.roles))
        rows.append((main_donor, None, None, 0.5, sent))
    with_sum = {rec for _, rec, amount, _, _ in rows if amount is not None}
    out: list[Gift] = []
    seen: set[tuple[str | None, str | None, float | None]] = set()
    purposes: dict[int, str | None] = {}  # a sentence's purpose, by its start
    for donor, rec, amount, conf, sent in rows:
        if rec is not None and rec == donor:
            rec = None  # a body does not give to itself: the sentence named its unit
        key = (donor, rec, amount.value if amount else None)
        if key in seen or (amount is None and rec in with_sum):
            continue
        if rec is None and amount is not None and (donor, amount.value) in handed_on:
            continue  # the receiver the next sentence names for "the sum" has it
        seen.add(key)
        text = doc.text[sent.span.start : sent.span.end]
        if sent.span.start not in purposes:  # (once a sentence: a list of gifts shares one)
            part = doc.lower[sent.span.start : sent.span.end] if doc.case_plain else None
            pm = (
                PURPOSE.search(text)
                if part is None or any(w in part for w in _PURPOSE_VERBS)
                else None
            )
            purposes[sent.span.start] = pm["purpose"].strip() if pm else None
        purpose = purposes[sent.span.start]
        out.append(
            Gift(
                donor,
                rec,
                amount,
                purpose,
                text,
                sent.span.start,
                sent.span.end,
                "gift.sentence",
                conf,
            )
        )
    return out


# A sentence handing on a sum named before: "The company has donated |the sum| to Harbor House".
THE_SUM = deferred_pattern(
    r"\b(?i:donat(?:ed|es|e|ing)|gave|given|gives|handed|passed|sent|transferred)\s"
    r"(?:on\s)?(?:the|this|that)\s(?:entire\s|full\s|whole\s)?(?:sum|money|amount|funds)\b"
)


def _sum_named_before(doc: Document, sentences: list[_Sentence], sent: _Sentence) -> Money | None:
    """The sum a sentence hands on as "the sum" ("donated the sum to Harbor House"): the last
    gift sum of the gift sentence just before it."""
    if THE_SUM.search(doc.text, sent.span.start, sent.span.end) is None:
        return None
    before = [s for s in sentences if s.index < sent.index]
    if not before or sent.index - before[-1].index > 2 or not before[-1].gift_money:
        return None
    return before[-1].gift_money[-1]


def _ga(m: Money) -> GiftAmount:
    return GiftAmount(m.value, m.currency, m.bound)


__all__ = ["GiftFrame", "find_gifts"]


# --- sums stated as given beyond the gift sentences -------------------------------

# Bound words a sum may carry before it ("more than $1.3 million"): the money finder
# leaves them out of the sum's text, so the words before a sum may end on one.
_STATED_BOUND = r"""(?:(?:more\sthan|over|nearly|almost|about|approximately|around|roughly|some|close\sto
    |up\sto|just\s(?:over|under)|an?\sestimated|a\scombined|a\stotal\sof|an?\sadditional|another
    |in\sexcess\sof|at\sleast|upwards\sof)\s){0,2}"""

# Before a sum, the words that state it as given, allocated, raised, received or shared:
# "will give more than |$1.3 million", "raising close to |$1 million", "with an allocation
# of |€3 million", "the largest allocation is rowing, at |€9 million".
STATED_BEFORE = deferred_pattern(
    rf"""
    \b(?:
        (?:gives?|gave|given|giving|donate[sd]?|donating|contribute[sd]?|contributing    # giving verbs
          |pledge[sd]?|pledging|allocate[sd]?|allocating|award(?:s|ed|ing)?|grant(?:s|ed|ing)
          |distribute[sd]?|distributing|disburse[sd]?|disbursing|raise[sd]?|raising
          |collect(?:s|ed|ing)?|mobili[sz]e[sd]?|sends?|sent|receive[sd]?|receiving
          |share[sd]?|sharing|split|commit(?:s|ted|ting)?
          |rewarded|provided)                                                  # "has provided", "be rewarded up to"
        (?:\s(?:away|out|so\sfar|overall|in\stotal|also|each))?                       # "given away"
      | (?:hands|handed|handing)(?:\sover|\sout)?(?:\san?)?                          # "handed a |£50,000
                                                                                    #  cash boost to"
      | (?:got|gets)                                                                 # "got |$6 million each"
      | (?:allocation|grant|gift|donation|contribution|award|pledge)s?\sof            # "a grant of"
      | (?:grant|gift|donation|contribution|award|funding|money|check|cheque)s?        # a gift noun,
        \s(?:[^.;:$€£\d]{{1,30}}?\s)?in\sthe\samount\sof                              # "in the amount of"
      | total\s(?:amount\s)?(?:raised|donated|collected|given|contributed)            # "the total raised
        \s(?:[\w-]+\s){{0,3}}?(?:was|is|came\sin\sat|reached|stood\sat|stands\sat|hit)  #  came in at"
      | (?:a|an|the|its|their|his|her|our|two|three|four|five|six|\d{{1,2}})           # "a check to Y
        \s(?:[\w-]+\s){{0,2}}?(?:checks?|cheques?)                                       #  for", "two
        ,?\s(?:[^.;:$€£\d]{{1,50}}?\s)?(?:for|of|worth|totall?ed|totall?ing|amounting\sto)  #  checks of",
                                                                                        # "the check, for", "the check presented totaled"
      | (?:gifts|grants|donations|awards|contributions)\s(?:ranged|range|ranging)     # "the gifts ranged
        \s(?:in\s(?:size|value)\s)?from                                                 #  from"
      | allocation[^.;:$€£\d]{{0,60}}?,?\s(?:is\s[^.;:$€£\d]{{1,40}}?,\s)?at           # "allocation, at"
    )\s{_STATED_BOUND}$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Before a sum, a giver's or fund's total the release reports as given: "brings the EU's
# total humanitarian aid to |143 million euros", "bringing the fund's total to |$2 million"
# (not "lifting the total to |$15,000", a gift and its match added up).
STATED_TOTAL = deferred_pattern(
    rf"""
    \b(?:brings?|bringing|brought|takes|taking|took|lifts|lifting|pushes|pushing|raises|raising)
    \s[^.;:$€£\d]{{0,50}}?
    (?:(?:{APOSTROPHE}s?\s|\b(?:its|their|his|her|our)\s)              # "the EU's total", "its total",
       (?:grand\s|overall\s|cumulative\s|combined\s)?total\b          # "their grand total"
     | \bthe\s(?:grand\s|overall\s|cumulative\s|combined\s)?total\s   # "the total contribution",
       (?:amount\s)?(?:of\s)?(?:contributions?|donations?|gifts?|grants?|giving|donated|given
       |raised|generated|collected|contributed|distributed|awarded)\b    # (not "the total")
    )
    [^.;:$€£\d]{{0,80}}?\bto\s(?:to\s)?{_STATED_BOUND}$                 # "... aid to", "to over"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Before a sum, the worth of a stated gift (in kind or restated): "The gift, estimated to be
# worth nearly |$70 million", "the donation includes a farm worth about |$15 million", "the
# largest donation in its history, totaling |$5 million", "funds, amounting to |Sh3,081,000".
STATED_WORTH = deferred_pattern(
    rf"""
    (?:\b(?:gift|donation|contribution|pledge|bequest|funds)s?\b[^.;:$€£]{{0,80}}?
    \b(?:worth|valued\sat|value\sof|totall?ing|amounting\sto|consists\sof)
    | \bgrants,?\s(?:(?:awarded|given|made|announced)\s(?:[^.;:$€£\d]{{1,40}}?\s)?)?  # "Grants totaling", "grants
      (?:totall?ing|worth|amounting\sto)                                      #  awarded this year, totaling"
    )\s{_STATED_BOUND}$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# After a sum, the words that state it as given: "|will be allocated for", "|has been
# allocated to", "| grant to", "| contribution will be used", "| in state grants",
# "| in products", "| has gone to".
STATED_AFTER = deferred_pattern(
    r"""
    (?:\s?\([^()]{1,40}\))?(?:\s(?:dollars|euros|pounds))?,?\s            # (matched at the sum's end)
    (?:
        (?:(?:will|would|shall|has|have|had|is|are|was|were)\s(?:also\s|now\s|then\s)?
           (?:be\s|been\s|being\s)?|being\s)?                          # "will be", "has been", "being"
        (?:allocated|given|donated|granted|awarded|distributed|disbursed|directed|earmarked
          |pledged|contributed|raised|set\saside|channell?ed|gifted)\b  # the giving participle
      | (?:has|have)\s(?:also\s)?gone\sto\b                              # "has gone to"
      | (?:is|are)\s(?:also\s)?(?:for|reserved\sfor)\s(?!the\s(?:first|next|year|period|month)\b)  # "while €3.8m is for equipment"
      | (?:will\s|would\s)?(?:go(?:es)?|went)\s(?:to|toward|towards)\b   # "will go to"
      | in\s(?:[\p{L}-]+\s){0,2}?(?:grants?|gifts?|donations?|contributions?|aid|assistance
          |relief|funding|products|supplies|in-kind)\b                  # "in state grants"
      | (?:[\p{L}\d-]+\s){0,3}?(?:grant|gift|donation|contribution|pledge|bequest)s?\b  # "grant to"
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A sentence that opens on a share of the stated gift: "The remaining| 5 million euros will
# allow ...", "The| £70.9 million is for charities", "The| $2 million will fund ...".
STATED_OPENER = deferred_pattern(
    r"""
    [\W_]{0,3}(?:The|Another|A\sfurther)\s
    (?P<share>(?:remaining|other|rest\sof\sthe|remainder\sof\sthe|balance\sof\sthe|additional|further)\s
      |(?:rest|remainder|balance),\s)?                                   # "The rest, |100,000 euros,"
    """,
    regex.VERBOSE,
)
# After an opening share, its verb: any ("The remaining| 5 million euros |will"); after a
# plain opening sum, one that puts it to a use ("The| £70.9 million |is for").
OPENER_SHARE_VERB = deferred_pattern(r"\s(?:will|would|is|are|was|were|has|have|goes|went|shall)\b")
OPENER_USE_VERB = deferred_pattern(
    r"""
    \s(?:(?:is|are|was|were|will\sbe)\s(?:also\s)?(?:for|used|available\sas|available\sto|available\sfor)
      | will\s(?:also\s)?(?:fund|support|help|allow|enable|pay\sfor|provide|cover|benefit))\b
    """,
    regex.VERBOSE,
)

# Not gift money, in the words between a sum and its neighbours: revenue, sales, prices,
# valuations, salaries, loans, investments and funding rounds, budgets, fines and costs.
STATED_NOT = deferred_pattern(
    r"""
    \b(?:revenues?|sales|prices?|priced|share\sprice|valuations?|valued\sthe\scompany|salar(?:y|ies)
      |wages?|loans?|lending|invest(?:s|ed|ing|ment|ments|or|ors)?|financing|series\s[a-f]\b
      |seed\sround|funding\sround|venture|equity|stake|acquisition|acquire[sd]?|budgets?
      |(?:co-)?le[da]d?s?\sthe\s(?:round|investment|financing)        # "led the round": an investor
      |shares?\sheld|per\s(?:ordinary\s)?share                          # a takeover's price
      |fine[sd]?|penalt(?:y|ies)|settlement|damages|costs?|costing|spen[dt]|spending
      |contracts?|tender|earnings|(?<!non-?)profits?|income|turnover|market\scap|debt|bonds?|tax(?:es)?
      |target|goal|aims?\sto|hopes?\sto|seeks?\sto|needed|still\sneeds?
      |already)\b                                      # progress toward a pledge or goal
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A share beside its receiver in a list: "the Vale Theatre (|£960,000)", "Orvik School
# (|RM30,000)"; the receiver's last word is capitalised (or closes a parenthesis).
STATED_LIST_SHARE = deferred_pattern(
    rf"(?:\p{{Lu}}[\p{{L}}.'’&-]*|\))\s?\(\s?{_STATED_BOUND}$",
    regex.VERBOSE | regex.IGNORECASE,
)

# A sum "each" period, not each receiver's share: "$3 million each year".
_EACH_YEAR = (" each year", " each month", " each week", " each day", " each time", " each of")

# Cheap tests before the patterns: a word each branch needs, lower-cased.
_STATED_WORDS = (
    "giv", "gave", "donat", "contribut", "pledg", "allocat", "award", "grant", "distribut",
    "disburs", "rais", "collect", "mobili", "send", "sent", "receiv", "shar", "split", "commit",
    "gift", "total", "worth", "valu", "direct", "earmark", "aside", "channel", "gone", "go",
    "went", "aid", "assistance", "relief", "funding", "products", "supplies", "kind", "bequest",
    "(", "will", " is for", " are for", "rest", "check", "cheque", "amount", "remain", "other",
    "balance", "further", "additional", "reward", "provided", " is reserved", "got ", "gets ",
    "hand",
)  # fmt: skip


def _stated_sums(
    doc: Document,
    money: list[Money],
    amounts: dict[tuple[float, str | None], Amount],
    giver_names: list[str],
    receiver_names: list[str],
    handed_on: bool = False,
) -> list[Gift]:
    """Add to a stated gift's amounts the body's other sums stated as given; their records.

    Parts of the gift ("$10 million will be allocated for food aid"), the gift restated
    ("The gift, estimated to be worth nearly $70 million"), totals reported as given
    ("brings the EU's total humanitarian aid to 143 million euros") and shares beside
    their receivers in a list ("the Vale Theatre (£960,000), Orvik Hall (£610,000)");
    never revenue, prices, loans, investments, budgets, fines or costs (STATED_NOT in
    the words between the sum and its neighbours), nor a receiver's own giving.

    A sum gets a gift record where its sentence names one receiver of the frame and one
    giver of it (or the frame has a single giver): "Harbor House also received $20,000
    from Orvik Bank".
    """
    records: list[Gift] = []
    givers = [n.lower() for n in giver_names]
    receivers = [n.lower() for n in receiver_names]
    if not (amounts or givers or (handed_on and receivers)):
        return (
            records  # (a fundraiser for its own good names no gift yet: "The race raised $4,000")
        )
    text, low = doc.text, doc.lower
    body = doc.body
    in_body = [m for m in money if body.start <= m.start < body.end]
    for i, m in enumerate(in_body):
        if (m.value, m.currency) in amounts or m.value <= 1 or low.startswith("/", m.end):
            continue  # (not "$9.95/mo.", "Give $5/Get $5")
        sent = doc.sentence_at(m.start)
        lo = max(sent.start, m.start - 120)
        hi = min(sent.end, m.end + 60)
        if i and in_body[i - 1].end > lo:
            lo = in_body[i - 1].end  # (the words of this sum, not of the one before)
        if i + 1 < len(in_body) and in_body[i + 1].start < hi:
            hi = in_body[i + 1].start
        window = low[lo:hi]
        if not any(w in window for w in _STATED_WORDS):
            continue
        if STATED_NOT.search(text, lo, min(sent.end, m.end + 60)) is not None:
            continue  # (and past the next sum: "raised $4.2 million of the $6 million needed")
        share = (
            "(" in low[max(lo, m.start - 24) : m.start]
            and low.startswith(")", m.end)  # "(£960,000)", not "($9.95/mo. for ...)"
            and STATED_LIST_SHARE.search(text, max(lo, m.start - 40), m.start) is not None
            and sum(1 for n in in_body if sent.start <= n.start < sent.end) >= 2
        )
        total = (
            "total" in window
            and STATED_TOTAL.search(text, max(sent.start, m.start - 160), m.start) is not None
        )
        worth = (
            any(w in window for w in ("worth", "valu", "total", "amount", "consist"))
            and STATED_WORTH.search(text, max(sent.start, m.start - 140), m.start) is not None
        )
        before = STATED_BEFORE.search(text, lo, m.start)
        if (
            before is not None
            and (
                "receiv" in before.group().lower()
                or before.group().lower().startswith(("got ", "gets "))
            )
            and low.find("from ", m.end, hi) < 0
            and low.find("each", lo, m.start) < 0
            # (a share: "received €1,000 each", not "$3 million each year")
            and (
                not low.startswith((" each.", " each,", " each;", " each ", " each)"), m.end)
                or low.startswith(_EACH_YEAR, m.end)
            )
        ):
            before = None  # "Ohio is to receive $1.2 billion": another gift, not this one's
        after = STATED_AFTER.match(text, m.end, hi)
        if (
            before is None
            and after is not None
            and "receiv" in low[max(lo, m.start - 30) : m.start]
            and not any(w in after.group().lower() for w in ("grant", "gift", "donation"))
        ):
            continue  # (but "received $1,000 Play 60 grants": the grants are the gift's)
        if (
            before is None
            and after is not None
            and after.group().endswith("raised")
            and ("so far" in window or "to date" in window)
        ):
            continue  # "So far $457,000 has been raised": progress toward a goal
        given = before is not None or after is not None
        if not given and m.start - sent.start < 40:
            opener = STATED_OPENER.fullmatch(text, sent.start, m.start)
            verb = (
                OPENER_SHARE_VERB
                if opener is not None and opener.group("share")
                else OPENER_USE_VERB
            )
            given = opener is not None and verb.match(text, m.end, hi) is not None
        if not (share or total or worth or (given and _is_gift_money(doc, m, sent))):
            continue
        if (
            not (share or total or worth)
            and any(w in low[sent.start : m.start] for w in receivers)
            and not any(w in low[sent.start : sent.end] for w in givers)
            and "receiv" not in window
        ):
            continue  # "Harbor House has itself contributed $209 million to research"
        amounts[(m.value, m.currency)] = Amount(
            m.text, m.value, m.currency, m.bound, m.start, m.end, "gift.stated_sum", 0.6
        )
        seg = low[sent.start : sent.end]
        got = [n for n, w in zip(receiver_names, receivers, strict=True) if w in seg]
        gave = [n for n, w in zip(giver_names, givers, strict=True) if w in seg] or giver_names
        if len(got) == 1 and len(gave) == 1 and not (total and len(givers) > 1):
            # (a total where the frame has several givers is theirs together: no record)
            records.append(
                Gift(gave[0], got[0], _ga(m), None, doc.slice(sent), sent.start, sent.end,
                     "gift.stated_sum", 0.5)
            )  # fmt: skip
        elif not givers and len(receiver_names) == 1 and got:
            # "The radiothon raised $153,000 for Harbor House": a fundraiser's sum, its receiver
            records.append(
                Gift(None, receiver_names[0], _ga(m), None, doc.slice(sent), sent.start,
                     sent.end, "gift.stated_sum", 0.5)
            )  # fmt: skip
    return records
