"""Quotations and who said them.

Finds every quoted segment of direct speech in a release and attributes it to
the person the release says spoke it, with that person's title and
organisation as the release gives them. Each segment is one ``Quote``:

- ``text``: the words inside the quote marks (``release[start:end] == text``);
  a quote that runs over paragraphs by the press convention (each continued
  paragraph opens with a mark, only the last closes) is one segment, and a
  quote never closed ends where its paragraph ends;
- ``speaker``: the full name as first introduced in the release ("Andrew
  Steiner" for "Steiner said"), pronouns and roles ("she added", "the Minister
  said") resolved to the named person, or None when the release does not say;
- ``title`` and ``organization``: from the appositive or the introducing
  phrase, None when unsaid;
- ``rule``: how the speaker was found — ``quote.said_name`` ("…,” said NAME),
  ``quote.name_said`` ("…,” NAME said), ``quote.dash`` ("…” – NAME, ORG),
  ``quote.signature`` ("…” NAME, TITLE, ORG), ``quote.name_said_colon`` (NAME
  said: “…”), ``quote.says_name`` (Says NAME, “…”), ``quote.according_to``,
  ``quote.colon`` (NAME: “…”), ``quote.same_turn`` (a later segment of the same
  paragraph), ``quote.next_paragraph``, ``quote.next_sentence``,
  ``quote.previous_sentence``, ``quote.subject`` ("Roe says the book is “…”"),
  ``quote.said_unnamed`` ("…,” the company said), ``quote.named_before`` (a
  paragraph of first-person speech before anyone has spoken: the person the
  release named as its subject, "Minister for Education Norma Foley announced …"),
  ``quote.unresolved_role`` and ``quote.unattributed``; ``confidence`` how sure.

Examples (speaker, title, organization)::

    “We are proud,” said Jane Roe, CEO of Acme Inc.      -> Jane Roe, CEO, Acme Inc
    Acme Chief Financial Officer John Doe ... “Grand,” Doe said.
                                                         -> John Doe, Chief Financial Officer, Acme
    According to Jane Roe, “the need is urgent.”         -> Jane Roe
    “We are proud.” – Jane Roe, Acme                     -> Jane Roe, None, Acme

Scare quotes, nicknames, slogans and titles of works in quote marks ("the
“Bear” award", “Learning for Life”) are not reported; apostrophes (it’s, the
’90s, students’) are never quote marks.

How: ``str.find`` finds every quote mark (a dozen in a release; a regex scan
of every character costs more); each is classified as opening, closing or
apostrophe from its neighbours; marks are paired paragraph by paragraph in one
pass; then a few anchored patterns read the text right after the closing mark
and right before the opening mark — each tried only when the window holds the
words it needs (a verb of speech, "according"), since long alternations are
slow to try — and a registry of the person names in the release, looked up on
demand around the few mentions of each speaker, maps surnames, given names,
pronouns and roles back to full names. Short phrases that cannot be speech
(“Bear”) are not attributed at all. Linear in the length of the release; at
most ``MAX_MARKS`` marks are read.

News conventions: "…,” said Jane Roe, a spokeswoman for the agency", "Roe told
reporters", the speaker named in the sentence before ("Roe said the plan was
sound. “We…”"), "a senior official said" (speaker None: an unnamed role is no
one), "a police spokesman, Sgt. Ann Roe, said" (the name after the comma),
"said Roe, who…", quotes inside quotes (‘…’ inside “…”), and "they" (the person
just named as speaking, else None — never the previous speaker).

Also: testimonials signed by a given name and an initial ("- Jess B, Blogger:
“…”", "“…” – Omar K, Leeds"); a family name written first ("Professor Sun said"
after "Professor Sun Dong"); "according to a statement from Jane Roe"; "Roe
called it “a gift” and added: “…”" (the subject before the inner quote); "…,”
then a page break and "said Roe"; "she added" reaching back past a man named
since, or further back to a person introduced with a title ("Jane Roe, director
of …"), when no one has spoken yet, and "he added" after "One resident said, “…”"
naming no one; the "!" of a name ("Go! Kids founder Jo Roe") ends no attribution.

Names written otherwise: a surname in capitals ("said MARY KEANE", "Mr. Saade
MAKHLOUF", a transcript's "KEANE: “…”" once Mary Keane is named); a surname that
is also a title word ("Tom Judge" for "Judge said"); a nickname in quote marks
inside a name ("William “Bill” Jones"); Malaysian honorifics (Datuk, Dato’,
Seri) left out; "Mayor of Blyth Warren Taylor" and "Minister for Education Norma
Foley" (an office, then the name); a body named by the head of its name ("McGill
said" where McGill University is written); "Hope Charities’ CEO, Liz Baker" (the
possessor is the organisation). A numbered item ("2. “…”") after an attributed
item is the same speaker's. "According to the ministry, “…”" is speech of no
one named. Titles ending in "?" that the sentence runs on past ("the memoir
“Who…?” is out"), themes, banners and what a sign reads are not speech.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

import regex

from .document import ABBREVIATIONS, Document, Span, deferred_pattern
from .model import Quote
from .names import FEMININE_NAMES, MASCULINE_NAMES
from .patterns import TIMEOUT, alternation, compile_pattern, trie

# --- quote marks ----------------------------------------------------------------

#: Double quote marks and what each is when its neighbours do not decide:
#: "open", "close" or "toggle" (the straight mark: closes an open quote, else opens).
DOUBLE_MARKS = {
    "\u201c": "open",  # “ (also a closer in German „…“; the context decides)
    "\u201d": "close",  # ”
    "\u201e": "open",  # „
    "\u201f": "open",  # ‟
    "\u00ab": "open",  # «
    "\u00bb": "close",  # »
    '"': "toggle",  # straight
    "\uff02": "toggle",  # fullwidth straight
}
#: Single quote marks: quotes in British style, apostrophes everywhere.
SINGLE_MARKS = frozenset("'\u2018\u2019\u201a\u201b\u2039\u203a\u2032")
ALL_MARKS = "".join(DOUBLE_MARKS) + "".join(SINGLE_MARKS)

# Every quote mark that can open or close a quote. A single mark between two
# word characters (it’s, O’Brien) is an apostrophe and is not even kept. The
# marks are found with ``str.find``, one mark at a time: a dozen marks in a
# release of thousands of characters, so a regex scan costs more than reading
# them.


def _in_word(before: str, after: str) -> bool:
    """Whether a mark stands between two word characters ("don't", "O'Neil")."""
    return (before.isalnum() or before == "_") and (after.isalnum() or after == "_")


def _mark_positions(text: str, limit: int) -> list[int]:
    """The first ``limit`` quote marks of ``text``, in order; apostrophes inside words left out."""
    found: list[int] = []
    n = len(text)
    find = text.find
    ascii_only = text.isascii()  # then only the straight marks can occur
    for ch in (*DOUBLE_MARKS, *SINGLE_MARKS):
        if ascii_only and ch not in "\"'":
            continue
        single = ch in SINGLE_MARKS  # a single mark between two word characters is an apostrophe
        kept = 0
        i = find(ch)
        while i >= 0 and kept < limit:
            if not single or i == 0 or i + 1 >= n or not _in_word(text[i - 1], text[i + 1]):
                found.append(i)
                kept += 1
            i = find(ch, i + 1)
    if not ascii_only or "``" in text:
        # ``…'' — the typewriter quotes of old wire copy: two backticks open (the mark is
        # the second, so the quote's words start right after it)
        i = find("``")
        while i >= 0 and len(found) < 2 * limit:
            found.append(i + 1)
            i = find("``", i + 2)
    found.sort()
    return found[:limit]


#: At most this many marks are read per release (real releases have a few
#: hundred); the rest of a release made of quote marks is left alone.
MAX_MARKS = 5000

# What may stand before an opening mark and after a closing one.
OPEN_BEFORE = frozenset("([{<—–-/*•\u2010\u2011\u2012\u2013\u2014\u2015") | set(ALL_MARKS)
CLOSE_AFTER = frozenset(".,;:!?)]}>—–-/*…\u2010\u2011\u2012\u2013\u2014\u2015") | set(ALL_MARKS)

# Words elided with a leading apostrophe: ’em, ’til, rock ’n’ roll.
ELISIONS = deferred_pattern(
    r"(?:em|til|tis|twas|cause|n|round|bout|nuff|kay)(?![\p{L}])", regex.IGNORECASE
)
# A decade or year written short: the ’90s, class of ’24.
SHORT_YEAR = deferred_pattern(r"\d\d(?:s)?(?![\d])")


# The records of this module are plain classes with slots, not dataclasses: making a
# dataclass costs about a millisecond at import, which every run of the command pays.


class _Mark:
    __slots__ = ("double", "pos", "role")

    def __init__(self, pos: int, double: bool, role: str) -> None:
        self.pos = pos
        self.double = double
        self.role = role  # "open", "close", "toggle" (double only), "apos"


def _classify(text: str, pos: int) -> _Mark:
    """Opening, closing or apostrophe, from the characters either side of the mark."""
    ch = text[pos]
    if ch == "`":
        return _Mark(pos, True, "open")  # the second of "``"
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    prev_space = prev == "" or prev.isspace()
    next_space = nxt == "" or nxt.isspace()
    left_open = prev_space or prev in OPEN_BEFORE
    right_close = next_space or nxt in CLOSE_AFTER
    can_open = left_open and not next_space and nxt not in ")]},.;:!?"
    can_close = right_close and not prev_space
    if ch in DOUBLE_MARKS:
        if can_open and not can_close:
            return _Mark(pos, True, "open")
        if (can_close and not can_open) or nxt in ")]}":  # (” TZ “) — reversed marks
            return _Mark(pos, True, "close")
        return _Mark(pos, True, DOUBLE_MARKS[ch])
    # single marks
    if prev.isalnum() and nxt.isalnum():  # it’s, O’Brien, don't
        return _Mark(pos, False, "apos")
    if can_open and not can_close:
        if ELISIONS.match(text, pos + 1, pos + 6) or SHORT_YEAR.match(text, pos + 1, pos + 5):
            return _Mark(pos, False, "apos")
        return _Mark(pos, False, "open")
    if can_close and not can_open:
        # "students’ work": a closer only when a single quote is open (decided when pairing)
        return _Mark(pos, False, "close")
    return _Mark(pos, False, "apos")


class _Piece:
    """A quoted stretch inside one paragraph, between its marks."""

    __slots__ = ("at_para_start", "close_pos", "end", "first_para", "open_pos", "para")

    def __init__(
        self,
        open_pos: int,  # the opening mark
        close_pos: int | None,  # the closing mark, None when the paragraph ended first
        end: int,  # where the inside ends (the closing mark, or the paragraph end)
        para: int,  # the paragraph where it ends
        at_para_start: bool,  # the opening mark begins its paragraph
        first_para: int = -1,  # the paragraph where it opens, when not ``para``
    ) -> None:
        self.open_pos = open_pos
        self.close_pos = close_pos
        self.end = end
        self.para = para
        self.at_para_start = at_para_start
        self.first_para = first_para


def _pair_paragraph(
    text: str, marks: list[_Mark], para: int, p_start: int, p_end: int, carry: _Piece | None = None
) -> list[_Piece]:
    """Pair the marks of one paragraph into pieces; linear in the number of marks.

    ``carry`` is a quote still open from the paragraph before, which this one closes.
    """
    # Single marks first: a pair of single quotes whose opener is still open at
    # the end of the paragraph was an apostrophe, unless it opened the paragraph.
    singles = [m for m in marks if not m.double and m.role != "apos"]
    # Whether a closer after punctuation ("…,’") comes before the next opener: then a
    # closer after an "s" ("the students’ project") is a plural possessive, not the end.
    strong_ahead = [False] * len(singles)
    seen = False
    for k in range(len(singles) - 1, -1, -1):
        strong_ahead[k] = seen
        if singles[k].role == "open":
            seen = False
        elif text[singles[k].pos - 1] in ",.!?…":
            seen = True
    single_pairs: dict[int, int | None] = {}
    open_single: int | None = None
    for k, m in enumerate(singles):
        if m.role == "open":
            open_single = m.pos  # a later opener wins: the earlier one was an apostrophe
        elif open_single is not None:
            if text[m.pos - 1] in "sS" and strong_ahead[k]:
                continue  # "the students’ project,’ said"
            single_pairs[open_single] = m.pos
            open_single = None
    if open_single is not None and not text[p_start:open_single].strip():
        single_pairs[open_single] = None

    pieces: list[_Piece] = []
    cur: _Piece | None = carry  # an open double-quote piece
    depth = 0  # double quotes nested inside it
    nested_single = 0  # single quotes open inside it
    skip_until = -1  # inside a single-quote piece, everything is nested
    for m in marks:
        if m.pos < skip_until:
            continue
        if not m.double:
            if cur is not None:
                # “A,’ said X — a sloppy pair: a single closer after punctuation ends the
                # double quote, unless it closes a single quote nested inside it
                if m.role == "open":
                    nested_single += 1
                elif m.role == "close" and nested_single > 0:
                    nested_single -= 1
                elif (
                    m.role == "close"
                    and depth == 0
                    and (
                        text[m.pos - 1] in ",.!?"
                        or text[m.pos + 1 : m.pos + 2] == "'" == text[m.pos]
                    )
                ):
                    # ``…,'' — two single marks close: the attribution reads after both (and
                    # "a "landmark'' gift": two straight single marks close whatever precedes)
                    doubled = text[m.pos + 1 : m.pos + 2] == text[m.pos]
                    cur.close_pos = m.pos + 1 if doubled else m.pos
                    cur.end = m.pos
                    pieces.append(cur)
                    cur = None
                continue
            if m.pos in single_pairs:
                close = single_pairs[m.pos]
                at_start = not text[p_start : m.pos].strip()
                close_at = close
                if (
                    close is not None
                    and text[close + 1 : close + 2] == text[close]
                    and text[m.pos - 1 : m.pos] == text[m.pos]
                ):
                    close_at = close + 1  # ''…,'' — doubled single marks: read after both
                pieces.append(
                    _Piece(m.pos, close_at, close if close is not None else p_end, para, at_start)
                )
                skip_until = close if close is not None else p_end
            continue
        role = m.role
        if cur is None:
            if role in ("open", "toggle"):
                at_start = not text[p_start : m.pos].strip(" \t\r\n`")  # (or after the first "`")
                cur = _Piece(m.pos, None, p_end, para, at_start)
                depth = nested_single = 0
            continue
        if role == "open":
            before = text[cur.open_pos + 1 : m.pos].rstrip()
            if depth == 0 and before[-1:] in ".!?…:":
                # “A. “B — the first quote was never closed: it ends at its sentence.
                cur.end = cur.open_pos + 1 + len(before)
                pieces.append(cur)
                cur = _Piece(m.pos, None, p_end, para, False)
            else:
                depth += 1
            continue
        # a closer, or a straight mark inside a quote
        if depth > 0:
            depth -= 1
            continue
        cur.close_pos = m.pos
        cur.end = m.pos
        pieces.append(cur)
        cur = None
    if cur is not None:
        pieces.append(cur)
    return pieces


def _find_pieces(doc: Document) -> list[_Piece]:
    """Every quoted piece of the release, paragraph by paragraph, in order."""
    text = doc.text
    paragraphs = doc.paragraphs
    pieces: list[_Piece] = []

    def pair(pi: int, marks: list[_Mark]) -> None:
        p = paragraphs[pi]
        carry = None
        last = pieces[-1] if pieces else None
        if (
            last is not None
            and last.close_pos is None
            and last.para == pi - 1
            and text[last.open_pos] in DOUBLE_MARKS
            and "\n" not in text[paragraphs[pi - 1].end : p.start]
            and next((m.role for m in marks if m.double), "") == "close"
        ):
            # “We planted in April.  The herons came in May,” — a one-line release cut
            # at the two spaces inside a quote: the quote goes on into this paragraph
            carry = pieces.pop()
            carry.first_para = carry.para if carry.first_para < 0 else carry.first_para
            carry.para = pi
        pieces.extend(_pair_paragraph(text, marks, pi, p.start, p.end, carry))

    marks: list[_Mark] = []
    pi = -1  # the paragraph of ``marks``
    for pos in _mark_positions(text, MAX_MARKS):
        if text[pos - 1 : pos] in ALL_MARKS and text[pos + 1 : pos + 2] in ALL_MARKS and pos > 0:
            continue  # the middle of a run of marks: noise
        if pi < 0 or pos >= paragraphs[pi].end:
            if marks:
                pair(pi, marks)
                marks = []
            pi = doc.paragraph_index(pos)
            if pi >= len(paragraphs) or not paragraphs[pi].start <= pos < paragraphs[pi].end:
                pi = -1
                continue
        marks.append(_classify(text, pos))
    if marks and pi >= 0:
        pair(pi, marks)
    return pieces


# --- words of attribution ---------------------------------------------------------

#: Verbs that report speech, as releases and news write them.
SPEECH_VERBS = (
    "said", "says", "say", "added", "adds", "noted", "notes", "stated", "states",
    "explained", "explains", "commented", "comments", "shared", "shares", "remarked",
    "remarks", "emphasised", "emphasized", "emphasises", "emphasizes", "continued",
    "continues", "concluded", "concludes", "announced", "announces", "expressed",
    "expresses", "challenges", "challenged", "wrote", "writes", "told", "tells",
    "recalled", "recalls", "observed", "observes", "declared", "declares", "affirmed",
    "acknowledged", "acknowledges", "insisted", "insists", "asked", "asks", "replied",
    "replies", "responded", "responds", "urged", "urges", "highlighted", "highlights",
    "underscored", "underscores", "reflected", "reflects", "echoed", "echoes", "agreed",
    "agrees", "offered", "offers", "quipped", "joked", "exclaimed", "enthused",
    "stressed", "stresses", "pointed out", "points out", "went on", "goes on",
    "summed up", "sums up", "mentioned", "mentions", "confirmed", "confirms",
    "predicted", "warned", "warns", "cautioned", "praised", "conveyed", "conveys",
    "admitted", "admits", "argued", "argues", "believes", "feels", "posted", "tweeted",
    "elaborated", "elaborates", "reiterated", "reiterates", "added that", "explained that",
    "was quoted as saying", "is quoted as saying", "told reporters", "told the",
    "was quoted by", "is quoted by", "was quoted in", "is quoted in",
    "asserted", "asserts", "maintained", "maintains", "contended", "contends", "claimed",
    "claims", "suggested", "suggests", "advised", "advises", "revealed", "reveals",
    "recounted", "recounts", "opined", "beamed", "gushed", "raved", "boasted", "proclaimed",
    "proclaims", "reported", "reports", "testified", "vowed", "vows", "promised", "pledged",
    "assured", "countered", "retorted", "answered", "answers", "summarized", "summarised",
    "summarizes", "summarises", "reasoned", "lamented", "laments", "conceded", "concedes",
    "related", "reminded", "reminds", "mused", "muses", "marveled", "marvelled", "enthuses",
    "articulated", "articulates", "detailed", "details", "announced that", "reflected that",
    "shared that", "noted that", "stated that", "emphasized that", "emphasised that",
    "cautions", "predicts", "wrote in", "said in", "told",
    "elucidates", "elucidated", "expounds", "expounded", "exclaims", "quips",
    "questioned", "questions", "wondered", "wonders", "affirms", "underlined", "underlines", "laughed",
    "laughs", "encouraged", "encourages", "clarified", "clarifies", "indicated", "indicates",
)  # fmt: skip
#: The verbs as one pattern, factored by common prefixes (the same words, longest first, as
#: ``alternation``, but read a letter at a time): used only in patterns matched left to right.
VERB = trie(SPEECH_VERBS)
#: The first word of each verb: a window without one of them cannot hold an attribution,
#: and is not handed to the patterns, whose long alternations are slow to try at every place.
VERB_WORDS = frozenset(v.split()[0] for v in SPEECH_VERBS)
#: Words before "states", "reports", "notes" that make it the noun.
NOUN_VERB_LEADS = frozenset(
    """
    all the many several both these those other united member some most various multiple
    few two three four five ten fifty in of across its their our his her annual
    """.split()
)
#: Words that open a plural subject: before "details", "notes", "reports" they make it a noun.
PLURAL_DETERMINERS = frozenset("these those many several various multiple few".split())
VERB_FIRST_WORDS = VERB_WORDS | {"according"}  # what "…,” said NAME" opens with
# Verbs that introduce a quote that follows them: "..., saying, “…”".
LEAD_VERB_LIST = (*SPEECH_VERBS, "saying", "adding", "noting", "explaining", "stating", "put it")
LEAD_VERB_WORDS = frozenset(v.split()[0] for v in LEAD_VERB_LIST)
# Punctuation and digits become spaces when a window is cut into words for the verb check.
_WORD_BREAKS = str.maketrans(dict.fromkeys(",.;:!?()[]{}\"“”‘’'«»„‟—–-/…*&_|0123456789", " "))


def _words(s: str) -> set[str]:
    """The words of a short stretch, split at spaces, punctuation and digits."""
    return set(s.translate(_WORD_BREAKS).split())


#: Honorifics and titles written before a name: "Dr.", "Sen.", "Governor".
HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame rev hon sen rep gov lt gen col capt sgt maj adm cllr fr h.e
    rt rt. honourable honorable shri sri smt smt. shrimati datuk dato dato' dato’ datin seri
    mr. mrs. ms. dr. prof. rev. hon. sen. rep. gov. lt. gen. col. capt. sgt. maj. adm. cllr. fr.
    """.split()
)
#: Honorifics that say nothing of the office: dropped from titles.
PERSONAL_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame rev".split())
#: Words that make a title ("Chief Financial Officer", "board member"); lower case.
TITLE_WORDS = frozenset(
    """
    president vice ceo cfo coo cto cmo cio cso cpo chro cco vp svp evp avp gm md chief officer
    director manager founder co-founder cofounder chair co-chair chairman chairwoman chairperson
    head member secretary minister governor senator mayor superintendent supervisor
    commissioner professor coach trustee partner lead leader principal spokesperson spokesman
    spokeswoman representative councilmember councilman councilwoman councillor councilor
    ambassador administrator coordinator specialist analyst advisor adviser consultant editor
    producer owner treasurer pastor attorney sheriff provost premier deputy assistant associate
    executive strategist economist scientist researcher investigator physician surgeon nurse
    captain commander chef author designer engineer architect teacher ambassador congressman
    congresswoman assemblymember assemblyman assemblywoman delegate alderman alderwoman
    legislator lawmaker senior interim acting emeritus board organizer organiser rabbi imam
    singer actor actress keynote speaker host comedian musician rapper athlete player
    ecologist hydrologist biologist geologist journalist reporter lawyer farmer volunteer historian
    pharmacist dentist therapist psychologist psychiatrist epidemiologist oncologist cardiologist
    neurologist pediatrician technician artist curator librarian ranger deacon reverend
    secretary-general director-general president-elect officer-in-charge sen. rep. gov. dr.
    superintendent. evangelist principal-in-charge recipient investor judge magistrate
    tenor soprano baritone critic reviewer blogger vlogger podcaster influencer
    co-owner co-director co-president co-ceo co-host co-author co-lead co-leader co-manager
    co-chairman co-chairwoman co-chairperson co-organizer co-creator co-pastor
    philanthropist philanthropists benefactor businessman businesswoman entrepreneur activist
    """.split()
)
#: Titles written right after a name without a comma: "said Ryan Roe CEO at Acme".
POST_NAME_TITLES = frozenset(
    "ceo cfo coo cto cmo cio president founder co-founder chairman chairwoman chair director".split()
)
#: Words that start a title: what follows an organisation in "Acme Vice President Jane Roe".
TITLE_STARTS = frozenset(
    """
    president vice ceo cfo coo cto cmo cio cso cpo chro cco vp svp evp avp chief director manager
    founder co-founder cofounder chair co-chair chairman chairwoman chairperson head board
    secretary minister governor senator mayor superintendent supervisor commissioner professor
    coach trustee partner spokesperson spokesman spokeswoman executive senior managing general
    deputy assistant associate interim acting regional global national principal owner
    """.split()
)
#: Departments a title is "of": "Director of Sales", "Vice President of Marketing of Acme".
DEPARTMENTS = frozenset(
    """
    sales marketing operations communications finance development engineering programs
    programming product products technology strategy research education partnerships business
    advancement philanthropy human corporate global community public external government investor
    customer advocacy policy design content growth communication people talent legal compliance
    """.split()
)
#: What a board is "of" when no organisation is named: "Chair of the Board of Directors".
BOARD_MEMBERS = frozenset("directors trustees governors regents advisors advisers".split())
#: Words that make a run of capitalised words an organisation, not a person.
ORG_WORDS = frozenset(
    """
    inc inc. corp corp. corporation company co co. llc llp ltd ltd. limited plc group foundation
    fund trust association society institute university college school academy council center
    centre hospital bank agency department ministry office authority commission committee club
    clubs union federation alliance coalition network partners partnership services systems
    technologies technology solutions international holdings enterprises industries labs
    laboratories church charities charity organization organisation initiative program
    programme project campaign league team media news times capital ventures health healthcare
    motorsports speedway airlines airport museum library city county state government house
    senate congress parliament assembly court police army navy bureau administration service
    cares communities community america schools district hospitals clinic institution
    museum gallery studios studio records games bancorp financial insurance energy pharma
    therapeutics biosciences sciences brands foods motors airways railway salon spa restaurant
    cafe shop store market ecosystem platform app protocol token exchange chain
    """.split()
)
#: Suffixes written after a comma in a company's name.
CORPORATE_SUFFIXES = frozenset(
    "inc llc ltd ltd. plc corp co lp llp gmbh ag sa nv bv pty pte".split()
)
#: Capitalised words that begin sentences or phrases but never a name.
STOP_CAPS = frozenset(
    """
    the a an in on at as for this that these those our we it its he she they his her their and
    but or with from by according after before during while when since today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december if of to said says i you your my all each
    every both more most also then there here what who why how where which through thanks thank
    dear please about contact photo source via said: meanwhile however additionally furthermore
    moreover together now last next first one two three new many some other under over
    speaking commenting talking reflecting adding noting explaining discussing announcing
    describing highlighting emphasizing emphasising addressing welcoming celebrating looking
    following regarding commenting asked when appoints names announces welcomes joins hires
    promotes launches celebrates honors honours receives awards donates says said partners
    unveils introduces expands opens completes secures wins named appointed did does do is are
    was were visit meet join follow another others someone everyone anyone similarly likewise
    additionally finally lastly importantly notably ultimately overall accordingly specifically
    personally separately currently recently previously interestingly clearly simply expressing
    responding recalling summing thanking praising pointing acknowledging underscoring echoing
    sharing stressing offering calling citing referring quoting writing remarking concluding
    continuing elaborating recognizing recognising reiterating building drawing having being
    given asked upon reveals discusses explains talks highlights call read learn see watch discover explore get
    later earlier afterwards afterward again instead indeed elsewhere name
    """.split()
)
PRONOUNS = frozenset({"he", "she"})
#: Words that start a clause, not an appositive, after "NAME,".
CLAUSE_STARTS = frozenset(
    "has have had is was are were will would can could may said says added also who which whose where when".split()
)
PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "in", "on", "to", "by"})
#: Words before a place or an organisation, never before the person a pronoun stands for.
PLACE_PREPOSITIONS = frozenset(
    "in at from of near across outside inside for into throughout".split()
)
PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "del",
        "della",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "dos",
        "das",
        "st.",
        "ter",
        "ten",
    }
)
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# A word as the attribution parser sees it: initials ("T."), abbreviations
# ("Dr."), names with inner marks ("O’Brien", "Landsberg-Lewis"), domains
# ("BlackPast.org"), ampersand names ("Smart&Sexy"), or a lone comma.
TOKEN = deferred_pattern(
    r"""
      (?:\p{Lu}\.){1,4}(?!\p{L})                               # T.  M.D.  U.S.
    | [\p{L}\d][\p{L}\d&’'\-]*(?:\.[\p{L}\d][\p{L}\d&’'\-]*)*\.?  # words, abbreviations, domains
    | [,;()]                                                    # the punctuation that splits phrases
    """,
    regex.VERBOSE,
)

# A run of capitalised words: where the release introduces people ("Alsco
# Chief Financial Officer Andrew Steiner", "Sen. Kay Bailey Hutchison").
CAP_WORD = r"(?:\p{Lu}[\p{L}’'\-]*\p{Ll}[\p{L}’'\-]*|\p{Lu}\.\p{Lu}\.|\p{Lu}\.|(?<![\p{L}])[B-HJ-Z](?=[ \u00a0])|(?i:van|von|de|der|del|da|di|du|la|le|bin|bint|al|ter)(?![\p{L}])|(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev)\.)"
NAME_RUN = deferred_pattern(
    rf"""
    (?<![\p{{L}}\d])
    {CAP_WORD}                          # the first capitalised word
    (?:[ \u00a0]{{1,2}}{CAP_WORD}){{1,8}}  # and more, one or two spaces apart
    (?![\p{{L}}\d])
    """,
    regex.VERBOSE,
)
# The same, where a line end may also part two words: in a hard-wrapped paragraph
# ("Acme Chief Financial\nOfficer Jane Roe", "Jane\nRoe"); a run that crosses from one
# paragraph into the next (a heading over a line) is cut where the paragraph ends.
NAME_RUN_LINES = deferred_pattern(
    rf"""
    (?<![\p{{L}}\d])
    {CAP_WORD}                          # the first capitalised word
    (?:(?:[ \u00a0]{{1,2}}|\n){CAP_WORD}){{1,8}}  # and more, spaces or a line end apart
    (?![\p{{L}}\d])
    """,
    regex.VERBOSE,
)

# Where a sentence ends inside an attribution, not after an initial or an abbreviation.
# Each branch opens with its mark, not a lookbehind, so that the scan only stops at marks.
ATTRIB_END = compile_pattern(
    r"""
      (?:[.?]|!(?![ \u00a0]\p{Lu}|[,)]))  # a full stop that ends the sentence (not the "!"
                                       # of a name: "Yahoo!, Inc.", "Go! Kids founder Jo Roe")
      (?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Rev|Hon|Lt|Gen|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Ph|\p{Lu})[.!?])
      (?=\s|$|["“”])                   # not after "Dr" or an initial
    | [;?]|!(?![ \u00a0]\p{Lu}|[,)])   # other ends of a clause
    | \s[–—-]{1,2}\s                   # a dash between words
    | [“"«„](?!\p{Lu}[\p{L}.\-]{0,20}[”"“]\s\p{Lu})  # the next quotation, not a nickname:
                                       # Robert “Bob” Hanley
    | \(
    """,
    regex.VERBOSE,
)

# After the closing mark: "…,” said NAME, TITLE of ORG." / "…,” according to NAME."
AFTER_VERB_FIRST = deferred_pattern(
    rf"""
    ^[,.\s]{{0,4}}                              # the comma the writer put outside the marks
    (?:{VERB}|according\s+to)(?:,(?=\s+(?-i:\p{{Lu}})))?\s+  # said / says / added / according to
                                                 # (a stray comma: "says, Jane Roe")
    (?P<who>\S.*)                                # who, up to the end of the window
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)
# After the closing mark: "…,” NAME said." / "…,” she added." / "…,” the Minister told reporters."
AFTER_NAME_FIRST = deferred_pattern(
    rf"""
    ^[,.\s]{{0,4}}
    (?P<who>[^\s,].{{0,160}}?)                   # who, lazily
    ,?\s+(?:(?:also|then|later|further|simply|recently|previously)\s+)?
    (?:{VERB})                                    # the verb
    (?![\p{{L}}])
    """,
    regex.VERBOSE | regex.DOTALL,
)
# After the closing mark, only a name and its title: "…” Jane Roe, CEO, Acme Inc."
AFTER_SIGNATURE = compile_pattern(
    r"^[,\s]{0,4}(?P<who>\p{Lu}[^,]{1,60},[^“”\"«»]{2,160})$", regex.DOTALL
)
# After the closing mark, a dash: "…” – NAME, ORG" / "…” —Commissioner NAME".
AFTER_DASH = deferred_pattern(
    r"""
    ^[,.\s]{0,3}[-–—―]{1,2}\s*                   # the dash
    (?P<who>\p{Lu}.*)                             # who
    """,
    regex.VERBOSE | regex.DOTALL,
)
# The patterns that read the text before an opening mark are matched right to
# left (REVERSE) from the mark, so that only the words touching it are read.
# After "said", an organisation's name alone: "…,” said Acme Network, “…" / "…” said Acme Foundation."
ORG_SPEAKER = deferred_pattern(
    r"(?!(?:The|A|An|Our|Its|This)[ \u00a0])((?:\p{Lu}[\p{L}\d&’'\-]*[ \u00a0]){0,3}\p{Lu}[\p{L}\d&’'\-]*)[ \u00a0]*(?:[,.]|$)"
)
# Before the opening mark: "NAME, TITLE, said: “" / "SURNAME explains, “" / "she added, “".
BEFORE_VERB = deferred_pattern(
    lambda: (
        rf"""
    (?<![\p{{L}}])(?P<verb>{alternation(LEAD_VERB_LIST)})(?:\s+(?:that|this|it|him|her|them))?      # said / explains / put it
    (?:\s+(?:in\s+a\s+statement|on\s+\p{{L}}+day|in\s+an?\s+\p{{L}}+|to\s+\p{{L}}+(?:\s\p{{L}}+)?
       |(?:on|about|regarding)\s+[^,:;.“”"]{{1,60}}                    # "comments on the basin,"
       |(?:the\s+)?(?:\p{{Lu}}\p{{L}}+\s+){{0,3}}(?:audience|crowd|attendees|reporters|guests|graduates|
          journalists|delegates|participants|gathering)                           # "told the Oslo audience:"
       |(?:his|her|their|its|our)\s+(?:thoughts|views|perspective|excitement|gratitude|enthusiasm
          |sentiments?|appreciation|pride|support|reaction|comments?|remarks?|optimism|hopes?)
        (?:\s+(?:on|about|regarding|for|with|over)\s+[^,:;.“”"]{{1,60}})?))?  # "shared his thoughts on it,"
    \s*[,:;]?\s*                                                               # then the quote
    """
    ),
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# Where the clause that introduces a quote begins: a quote mark or the end of a sentence.
INTRO_BREAK = compile_pattern(r"[”\"»]|[.!?](?=\s)", regex.REVERSE)
SENTENCE_END = deferred_pattern(r"[.!?](?=\s)", regex.REVERSE)  # INTRO_BREAK without the marks
# An unnamed person introduced as speaking, right before a quote: "One resident said, “",
# "A company spokesperson stated: “" (read right to left from the mark).
INDEFINITE_BEFORE = deferred_pattern(
    r"""
    (?:^|[.!?”"]\s+)(?:A|An|One|Another)\s[^.!?“”"\n]{0,80}?       # "A staff member"
    \s(?:said|says|stated|states|added|adds|noted|explained|wrote|commented|shared|told\s\S+)
    [,:]?\s*["“]?$                                                  # then the quote
    """,
    regex.VERBOSE | regex.REVERSE,
)
# The same after a quote: "…,” said a spokesperson for Acme." / "…,” a resident said."
INDEFINITE_AFTER = deferred_pattern(
    r"""
    [,.!?]?\s{0,3}(?:(?:said|says|stated|added|adds|noted|explained|wrote|commented)\s+)?
    (?:a|an|one|another)\s(?!lot\b)                               # "a resident", "one member"
    """,
    regex.VERBOSE,
)
#: What is left before a verb of speech that follows a quote inside the sentence: "… and added:".
AND_LEADS = frozenset({"and", "but", "then", "and then", "before", "and later"})
# Before the opening mark, inverted: "Says Lee, “" / "Adds Jane Roe: “".
INVERTED_WORDS = frozenset(
    "says said adds added explains explained notes noted continues continued concludes concluded "
    "recalls recalled asks asked writes wrote comments commented remarks remarked".split()
)
BEFORE_INVERTED = deferred_pattern(
    lambda: (
        rf"""
    (?<![\p{{L}}])(?i:{alternation(INVERTED_WORDS)})\s+(?P<who>\p{{Lu}}[^,:;.“”"]{{1,80}}(?:\.[^,:;“”"]{{1,40}})?)\s*[,:]\s*
    """
    ),
    regex.VERBOSE | regex.REVERSE,
)
# Before the opening mark: "According to NAME, “" / "In the words of NAME: “" / "As NAME put it, “".
ACCORDING_WORDS = frozenset({"according", "words", "put", "puts"})
BEFORE_ACCORDING = deferred_pattern(
    r"""
      (?<![\p{L}])(?:according\s+to|in\s+the\s+words\s+of)\s+(?P<who>[^,:;.“”"]{2,120})\s*[,:]\s*
    | (?<![\p{L}])as\s+(?P<who2>[^,:;.“”"]{2,80})\s+puts?\s+it\s*[,:]\s*
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)

# "According to NAME, APPOSITIVE, “": the name, then what it is, before the quote.
ACCORDING_APPOSITIVE = deferred_pattern(
    r"(?i:according\s+to|in\s+the\s+words\s+of)\s+(([^,:;.“”\"]{2,60}),[^:;“”\"]{2,120})[,:]\s*$"
)
#: Texts, not speakers, that "according to" may name: their quoted words may be a phrase.
DOCUMENT_WORDS = frozenset(
    """
    report reports study studies survey surveys website site article paper data analysis
    research findings poll index filing filings document documents records website's
    """.split()
)
# Cues before a quote that make it a name, a title or a scare quote, not speech.
NAMING_CUE = deferred_pattern(
    r"""
    (?<![\p{L}])(?:called|named|titled|entitled|dubbed|nicknamed|known\s+as|so-called|branded|labell?ed|
       coined|term|terms|word|words|phrase|slogan|theme|motto|hashtag|tagline|caption|banner|
       campaign|programme|program|initiative|series|book|novel|film|movie|song|album|show|
       podcast|report|study|article|exhibition|event|award|category|titled\s+as|as|the|a|an|its|our|their|his|her)
    [\s,:]*
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# Words that name a motto whatever its punctuation: 'guided by the mission “…,”' is no speech.
MOTTO_CUE = deferred_pattern(
    r"""
    (?<![\p{L}])(?:mission|motto|slogan|tagline|mantra|credo|creed|watchword|theme|themed|banner|reads)
    (?:[ \u00a0]+statement)?[ \u00a0]*(?:is|was|of)?[\s,:]*
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# A line that says whose the quotes after it are: "Quotes attributable to Jane Roe, Minister:".
ATTRIBUTABLE_TO = deferred_pattern(
    r"(?:quotes?|comments?|remarks|statement|quotation)s?[ \u00a0]+"
    r"(?:(?:attributable|attributed)[ \u00a0]+to|from|by|of)[ \u00a0]+",
    regex.IGNORECASE,
)
# Words before a colon that introduce a text, not speech: "the following prompt:", "it reads:".
NOT_SPEECH_BEFORE_COLON = frozenset(
    "prompt prompts question questions topic topics theme following motto slogan reads read "
    "message inscription caption".split()
)
# The words of those before a colon that make what follows a text no one speaks: an essay's
# prompt or topic, what a plaque or a sign reads, a caption.
TEXT_NOT_SPEECH = frozenset("prompt prompts topic topics reads read inscription caption".split())
# The subject of a sentence, then its verb of speech, with words between the verb and a quote
# that ends the sentence: "Roe called the book “…”", "Chairman Roe said in his talk “…”".
SUBJECT_VERBS = (*SPEECH_VERBS, "called", "calls", "describes", "described")
SUBJECT_VERB_WORDS = frozenset(v.split()[0] for v in SUBJECT_VERBS)
SUBJECT_SPEAKS = deferred_pattern(
    lambda: (
        rf"""
    \s*(?:\p{{Lu}}[^,“”"]{{0,90}},[ \u00a0\n]+)?                                # "In his talk, "
    (?P<who>(?:\p{{Lu}}[\p{{L}}’'.\-]*[ \u00a0\n]){{0,6}}\p{{Lu}}[\p{{L}}’'\-]+)   # "Chairman Roe"
    (?:,[^,“”"]{{1,240}},)?[ \u00a0\n]+(?:also[ \u00a0]+)?                         # ", 52," "also"
    (?:{trie(SUBJECT_VERBS)})\b                                                   # "called"
    [^.!?“”"]{{0,120}}$                                                             # up to the quote
    """
    ),
    regex.VERBOSE,
)
# Small patterns the attribution reader uses, compiled once.
BRAND_CAPS = deferred_pattern(r"(?!Mac|Mc)\p{Lu}\p{Ll}{2,}\p{Lu}")  # "EngTech", not "McAfee"
ACRONYM_COMPOUND = deferred_pattern(r"\p{Lu}{2,}-\p{Ll}")  # "VC-veteran", "AI-powered": no name
CONTRACTION = deferred_pattern(r"['’](?:s|re|ll|ve|d|t|m)$")  # "It’s", "Acme’s": not part of a name
LEADING_DETERMINER = deferred_pattern(r"^(?:a|an|the|its|our|their)\s+", regex.IGNORECASE)
LEADING_ARTICLE = deferred_pattern(r"^(?:the|a|an)\s+", regex.IGNORECASE)
POSSESSIVE_END = deferred_pattern(r"['’]s?$")  # "Texas'" -> "Texas"
# Where the clause that introduces a name begins: punctuation, or a full stop after a word.
CLAUSE_BREAK = deferred_pattern(
    r"[;:!?\n“”\"(]|(?<=\p{Ll}\p{Ll})\.\s|--\s", regex.REVERSE
)  # "... /24-7PressRelease/ -- Author Jane Roe": a dateline ends at its dashes
# The word before a full stop, read right to left from it: "Sen." in "... Sen."
WORD_BEFORE_STOP = deferred_pattern(r"(?<![\p{L}.])[\p{L}.]+", regex.REVERSE)
POSSESSIVE_S = deferred_pattern(r"['’]s$")  # "Acme’s" -> "Acme"
ORG_END = deferred_pattern(r",|\s(?:who|which|said|says)\s")  # "of Acme, who ..." ends at the comma
# Where an appositive ends: "NAME, CEO of Acme, who ..." / "..., said on Monday".
APPOSITIVE_END = deferred_pattern(
    r"""
    \s(?:who|which|where|whose|said|says|added|adds|noted|stated|explained|wrote   # a clause
       |in\s+a\s+(?:statement|release|press)|during|on\s+\p{Lu}\p{Ll}+day)\b      # a circumstance
    """,
    regex.VERBOSE,
)
# What may follow "Roe said" when it reports the quote: the end of the clause,
# a circumstance ("in a statement", "on Monday", "told reporters") — not "Roe
# continues to deliver ...".
VERB_TAIL = deferred_pattern(
    r"""
      [^\S\n]*(?:$|[.,;:!?)\]—–\-“"«\n])                         # the clause ends
    | [^\S\n]+(?:(?:in|on|at|during|after|before|while|when|as|today|yesterday|recently
                 |earlier|later|last|this|of|about|with|via|through|from|that|reporters|regarding|upon|adding|noting
                 |journalists|to\s+(?:reporters|journalists|the|a|an|\p{Lu}))\b
               |\p{Lu}|\d)                                            # or a circumstance
    """,
    regex.VERBOSE,
)
DASHES = "-–—―"
WHO_END = deferred_pattern(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Rev|Hon|Lt|Gen|Col|Capt|Sgt|St|\p{Lu}))\.(?:\s|$)"
    r"|[;!?](?:\s|$)|[“\"«\n]|[ \u00a0]{2}"
)  # the end of a dash attribution, not "The Hon." or an initial; two spaces are a line end
# in a scraped release
LEAD_IN = deferred_pattern(
    r"[^\S\n]*[,:]?[^\S\n]*[“\"«„‘']"
)  # "She added, “" — a verb before the next quote
LEAD_FROM = deferred_pattern(
    r"^\s*(?:and\s+)?(?:from|by)\s+", regex.IGNORECASE
)  # "And from Chair Roe:"
# A verb of praise and whom it praises before the quote: "Mayor Roe thanked the Acme Foundation, “".
PRAISE_WORDS = frozenset("praised thanked commended applauded congratulated lauded hailed".split())
BEFORE_PRAISE = deferred_pattern(
    r"""
    (?<![\p{L}])(?:praised|thanked|commended|applauded|congratulated|lauded|hailed)\s{1,3}   # the verb
    (?:the\s{1,3})?(?:\p{Lu}[\p{L}&.’'\-]*\s{1,3}){0,5}\p{Lu}[\p{L}&.’'\-]*            # whom: capitalised
    \s*[,:]\s*$                                                                      # then the quote
    """,
    regex.VERBOSE,
)
# How a quoted stretch may end, before closing punctuation (read right to left by ``_ends_with``).
ENDS_SENTENCE = ".!?"
ENDS_CLAUSE = ".!?,"
ENDS_PHRASE = ".!?,…"

WORD = compile_pattern(r"[\p{L}\d][\p{L}\d’'\-]*")
# What ends a cry rather than a title: "!", "?" (a title may keep the writer's full stop).
TITLE_END = "!?"
# Strong cues that a quoted stretch of any length is the title of a work.
TITLE_CUE = compile_pattern(
    r"""
    (?<![\p{L}])(?:titled|entitled|called|named|dubbed|headlined|(?:the|an?|its|new|latest)\s+(?:book|novel|film|movie|song|album|
       paper|article|report|study|essay|poem|play|documentary|series|episode|exhibition|programme|program))
    [\s,:]*
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# A brand written in lower case first: "i2M", "eBay".
BRAND = deferred_pattern(r"\p{Ll}[\p{L}\d]*[\p{Lu}\d]")
# Words a Title In Capitals leaves in lower case.
SMALL_WORDS = frozenset("a an the of to and or for in on at by with from as vs via".split())


# Words that make a sentence speak of speech: the one before a quote may name its speaker.
SPEECH_CUE = deferred_pattern(
    rf"(?<![\p{{L}}])(?:{VERB}|speaking|spoke|interview|statement|remarks|comments|follows|following"
    r"|optimistic|excited|thrilled|pleased|delighted|enthusiastic|hopeful"  # "Roe is excited."
    r"|according[ \u00a0\n]to)(?![\p{L}])",  # "According to Roe, the plan is sound. “…”"
    regex.IGNORECASE,
)
# A name followed by its speech: "Roe said", "Roe, 52, told", "Roe, who leads Acme, explained".
SPEECH_SUBJECT = deferred_pattern(
    rf"(?:,[^,.;“”\"]{{1,60}},)?\s+(?:also\s+)?(?:{VERB})(?![\p{{L}}])"
)
# "“…” Jane Roe, CEO of Acme, said the gift ..." — the next sentence names the speaker,
# with a verb that reports speech and nothing else ("continues" may not).
NEXT_SENTENCE_VERBS = (
    "said says told added explained noted stated commented remarked recalled wrote".split()
)
NEXT_SENTENCE_WHO = deferred_pattern(
    rf"\s+(?P<who>\p{{Lu}}[^.!?“”\"]{{0,120}}?)\s+(?:{alternation(NEXT_SENTENCE_VERBS)})\b"
)
# The "who" groups by number: a group read by name costs several times more. (Written
# out for the patterns compiled on first use, which reading ``groupindex`` would compile:
# each is its pattern's only group, or its first and second; a test checks them.)
_DASH_WHO = 1  # AFTER_DASH "who"
_VERB_FIRST_WHO = AFTER_VERB_FIRST.groupindex["who"]
_SIGNATURE_WHO = AFTER_SIGNATURE.groupindex["who"]
_NAME_FIRST_WHO = 1  # AFTER_NAME_FIRST "who"
_INVERTED_WHO = 1  # BEFORE_INVERTED "who"
_ACCORDING_WHO, _ACCORDING_WHO2 = 1, 2  # BEFORE_ACCORDING "who", "who2"
_NEXT_SENTENCE_WHO = 1  # NEXT_SENTENCE_WHO "who"


# --- the person registry ------------------------------------------------------------


class Person:
    """Someone the release names, with what it says they are."""

    __slots__ = ("name", "organization", "title")

    def __init__(self, name: str, title: str | None, organization: str | None) -> None:
        self.name = name
        self.title = title
        self.organization = organization


def _token_spans(text: str) -> list[tuple[str, int, int]]:
    """The tokens of a phrase with their spans.

    ``findall`` makes no match objects; each token is then found again from the
    end of the one before, where it must start (nothing between two tokens can
    start one).
    """
    out: list[tuple[str, int, int]] = []
    pos = 0
    if text.isascii() and text.replace(" ", "").replace(",", "").isalpha():
        # Only letters, spaces and commas (most phrases): the tokens are the runs of
        # letters and each comma, which ``split`` finds without the pattern.
        tokens = text.replace(",", " , ").split()
    else:
        tokens = TOKEN.findall(text)
    for tok in tokens:
        start = text.find(tok, pos)
        pos = start + len(tok)
        out.append((tok, start, pos))
    return out


def _low(tok: str) -> str:
    return tok.lower()


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


_BARE_INITIALS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")  # not "A", "I": words


def _middle_initial(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` is a middle initial written without its full stop, between a given
    name and a surname: "E" in "David E Graber" (never the last word: "Jess B")."""
    return (
        toks[k] in _BARE_INITIALS
        and 0 < k < len(toks) - 1
        and _is_name_token(toks[k - 1])
        and _is_name_token(toks[k + 1])
    )


def _is_initial(tok: str) -> bool:
    """ "F." or two initials run together: "J.D." """
    if len(tok) == 4:
        return tok[0].isupper() and tok[2].isupper() and tok[1] == tok[3] == "."
    return len(tok) == 2 and tok[0].isupper() and tok[1] == "."


@lru_cache(maxsize=8192)
def _is_name_token(tok: str) -> bool:
    """A word that can be part of a person's name."""
    low = tok.lower()
    if low in PARTICLES or low in NAME_SUFFIXES:
        return True
    if _is_initial(tok):
        return True
    if not tok[:1].isupper() or low.rstrip(".") in STOP_CAPS:
        return False
    if low in TITLE_WORDS or low in HONORIFICS or low.rstrip(".") in ORG_WORDS:
        return False
    body = tok.rstrip(".")
    if (
        (_has_apostrophe(body) and CONTRACTION.search(body))
        or (body[-1:] in "’'" and body[-2:-1] == "s")  # "Charities’ CEO": a possessor, not a name
        or BRAND_CAPS.match(body)
        or "-based" in body
        or ACRONYM_COMPOUND.match(body)
    ):  # "It’s", "EngTech", "VC-backed"
        return False
    return any(c.islower() for c in body) and not any(c.isdigit() for c in body) and "." not in body


# A word hyphenated at a line end, as a name, title or organisation reads it once its
# lines are joined: "Heart Assoc- iation" (not the hyphen left hanging in "low- and").
_LINE_HYPHEN = deferred_pattern(r"(?<=\p{Ll})-[ \n](?!(?:and|or|nor|to)\b)(?=\p{Ll})")


# A word hyphenated at a line end, inside a window of attribution read as a string:
# "commen-\nted James Avery", "Chief Execu-\ntive Officer Tim Roe", "Jane Sne-\nlling".
_WINDOW_HYPHEN = deferred_pattern(r"(?<=\p{Ll})-\n(?=\p{Ll})")


def _join_line_hyphens(window: str) -> str:
    """An attribution window with the words hyphenated at line ends made whole (a plain
    ``in`` test first: nearly every window has none)."""
    return _WINDOW_HYPHEN.sub("", window) if "-\n" in window else window


def _unhyphenate(s: str | None) -> str | None:
    """The name, title or organisation with words hyphenated at line ends made whole."""
    return _LINE_HYPHEN.sub("", s) if s and "-" in s else s


def _clean(s: str) -> str:
    return s.strip(" \t\r\n\u00a0,;:.-–—()")


# One capitalised word, not inside a longer run: a surname said alone ("Roe sees ...").
CAP_SINGLE = deferred_pattern(
    r"(?<![\p{L}\d’'\-]|\p{Lu}[\p{L}’'.\-]{0,20}[ \u00a0])\p{Lu}\p{Ll}{1,20}(?![\p{L}\d’'\-]|[ \u00a0]\p{Lu})"
)
# The capitalised words right before a surname: "Sen. Kay Bailey " before "Hutchison".
# Matched right to left from the surname (REVERSE), so only the words touching it are read.
NAME_BEFORE_PARTICLES = (
    "van",
    "von",
    "de",
    "der",
    "del",
    "da",
    "di",
    "du",
    "la",
    "le",
    "bin",
    "al",
    "ter",
)
NAME_BEFORE = compile_pattern(rf"(?:{CAP_WORD}(?:[ \u00a0]{{1,2}}|\n)){{1,6}}", regex.REVERSE)
# The capitalised words right after a given name: " Jo Darden" after "Shaney".
# (A name may be cut at the margin of a hard-wrapped text: "Judy\nMarcus".)
NAME_AFTER = deferred_pattern(rf"(?:(?:[ \u00a0]{{1,2}}|\n)(?:{CAP_WORD})(?:['’]s)?){{1,3}}")
# A couple sharing a surname after a given name: " and Robert Cohen" after "Barbara" says
# that Barbara's surname is Cohen. The surname is the last of exactly two capitalised words.
COUPLE_AFTER = deferred_pattern(
    rf"[ \u00a0](?:and|&)[ \u00a0]\p{{Lu}}\p{{Ll}}+[ \u00a0](?P<surname>{CAP_WORD})(?![ \u00a0]*\p{{Lu}}|[\p{{L}}’'\-])"
)
# An organisation word right after a word: "Acme Foundation", "Acme Inc."
ORG_AFTER = deferred_pattern(
    lambda: rf"[ \u00a0]+(?:{trie(ORG_WORDS)})(?![\p{{L}}])", regex.IGNORECASE
)


ORG_LETTERS = frozenset(w.rstrip(".") for w in ORG_WORDS)


def _org_word_after(text: str, pos: int) -> bool:
    """``ORG_AFTER.match(text, pos)``: the word after the spaces is only tried by the pattern
    when its letters are an organisation word, since the long alternation is slow to try."""
    k = pos
    n = len(text)
    while k < n and text[k] in " \u00a0":
        k += 1
    if k == pos:
        return False
    e = k
    while e < n and e - k < 16 and text[e].isalpha():
        e += 1
    if text[k:e].lower() not in ORG_LETTERS:
        return False
    return ORG_AFTER.match(text, pos) is not None


class Registry:
    """The people of one release, looked up on demand so that a release pays only for its speakers.

    ``full_name("Steiner")`` finds the first place the release writes a longer
    name ending in that surname; ``intro(name)`` reads the title and
    organisation around that first mention; ``persons`` (for roles such as
    "the Minister") scans every run of capitalised words once, when first asked.
    """

    #: How many mentions of a word are looked at; a release names its speakers early.
    MAX_MENTIONS = 40

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.body_start = (
            body_start  # mentions in the headline ("Acme Appoints Jane Roe") are skipped
        )
        self._full: dict[str, str | None] = {}
        self._org: dict[str, bool] = {}
        self._intro: dict[str, tuple[str | None, str | None]] = {}
        self._persons: list[Person] | None = None

    def _mentions(self, word: str) -> Iterator[int]:
        """Where ``word`` stands as a whole word, in order, at most ``MAX_MENTIONS`` times.

        A generator: the callers stop at the first mention that tells them what they need.
        """
        text, pos = self.text, 0
        n = len(word)
        size = len(text)
        find = text.find
        kept = 0
        while kept < self.MAX_MENTIONS:
            i = find(word, pos)
            if i < 0:
                return
            pos = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (pos >= size or not text[pos].isalnum()):
                kept += 1
                yield i

    def known_full(self, surname: str) -> str | None:
        """The first longer name the release writes ending in ``surname``, if any."""
        surname = surname.rstrip(".")
        if surname in self._full:
            return self._full[surname]
        found = None
        if surname[:1].isupper():
            # the body's first mention, else the headline's ("Acme Appoints Jane Roe"); the
            # headline's come first in the text, so they are kept aside until the body is read
            headline: list[int] = []
            for i in self._mentions(surname):
                if i < self.body_start:
                    headline.append(i)
                    continue
                found = self._full_at(surname, i)
                if found is not None:
                    break
            else:
                for i in headline:
                    found = self._full_at(surname, i)
                    if found is not None:
                        break
        self._full[surname] = found
        return found

    def _full_at(self, surname: str, i: int) -> str | None:
        """The longer name the capitalised words before the mention at ``i`` make, if any."""
        before = _words_before(self.text, i)
        if not before:
            return None
        name_toks = _name_part([*before.split(), surname])
        if len(name_toks) > 2 and _after_portfolio(self.text, i - len(before)):
            # "Minister for Regional Water Tomas Berg": the portfolio's words, then the name
            name_toks = name_toks[-3:] if _is_initial(name_toks[-2]) else name_toks[-2:]
        return " ".join(name_toks) if len(name_toks) >= 2 else None

    def full_name(self, name: str, *, forward: bool = True) -> str:
        """The name as first introduced: "Andrew Steiner" for "Steiner"."""
        toks = [t for t in name.split() if t.lower() not in NAME_SUFFIXES]
        if not toks:
            return name
        known = self.known_full(toks[-1])
        if known is None and len(toks) == 1 and forward:
            known = self.known_forward(toks[0])  # "Shaney said" after "Shaney Jo Darden"
            for formal in NICKNAMES.get(toks[0], ()):
                if known is not None:
                    break
                known = self.known_forward(formal)  # "Tom continued" after "Thomas Sauve"
        if known is None:
            return name
        if len(toks) == 1:
            return known
        return known if known.split()[0] == toks[0] and len(known) >= len(name) else name

    def known_forward(self, first: str) -> str | None:
        """The first full name the release writes starting with the given name, if any."""
        key = "+" + first
        if key not in self._full:
            found = None
            if first[:1].isupper():
                for i in self._mentions(first):
                    m = NAME_AFTER.match(self.text, i + len(first), i + len(first) + 60)
                    if m is None:
                        c = COUPLE_AFTER.match(self.text, i + len(first), i + len(first) + 60)
                        surname = c.group("surname") if c is not None else ""
                        if _is_name_token(surname) and _is_name_token(first):
                            found = f"{first} {surname}"  # "Barbara and Robert Cohen"
                            break
                        continue
                    rest = [
                        POSSESSIVE_S.sub("", t) if _has_apostrophe(t) else t
                        for t in m.group().split()
                    ]
                    while len(rest) > 1 and (
                        rest[-1][:2].isupper()
                        or BRAND_CAPS.match(rest[-1])
                        or _post_nominal(rest[-1])
                    ):
                        rest.pop()  # "Brett Moore EngTech", "Jo Roe CEng": letters after the name
                    name_toks = _name_part([first, *rest])
                    if (
                        2 <= len(name_toks) <= 3
                        and name_toks[0] == first
                        and name_toks[-1].lower() not in PARTICLES
                        and not _is_initial(name_toks[-1])  # "Andrea K.": no surname given
                    ):
                        found = " ".join(name_toks)
                        break
            self._full[key] = found
        return self._full[key]

    def titled_forward(self, title: str, first: str) -> str | None:
        """The full name that starts with ``first`` where the release writes it after the same
        title: "Sun Dong" for "Professor Sun" once "Professor Sun Dong" is written."""
        found = self.known_forward(first)
        if found is None or f"{title} {found}" not in self.text:
            return None
        return found

    def is_org(self, word: str) -> bool:
        """Whether the release writes ``word`` as the head of an organisation's name."""
        if word not in self._org:
            self._org[word] = self.known_full(word) is None and any(
                _org_word_after(self.text, i + len(word)) for i in self._mentions(word)
            )
        return self._org[word]

    def is_common_word(self, word: str) -> bool:
        """Whether the release also writes ``word`` in lower case: "Residents", not a surname."""
        return self.known_full(word) is None and f" {word.lower()} " in self.text

    def intro(self, name: str) -> tuple[str | None, str | None]:
        """The title and organisation the release gives where it first names ``name``."""
        if name in self._intro:
            return self._intro[name]
        result: tuple[str | None, str | None] = (None, None)
        i = self.text.find(name, self.body_start)
        if i < 0:
            i = self.text.find(name)
        k = name.find(" ")
        while i < 0 and k >= 0:  # the name wrapped at the margin: "Ewan\nGreyling"
            i = self.text.find(f"{name[:k]}\n{name[k + 1 :]}")
            k = name.find(" ", k + 1)
        if i >= 0:
            lo = start = max(0, i - 100)
            start = _last_break(CLAUSE_BREAK, self.text, lo, i)
            while start > lo and _cut_line(self.text, start - 1):
                # "the trust's Chief Financial\nOfficer Jane Roe": the line was cut at the margin
                start = _last_break(CLAUSE_BREAK, self.text, lo, start - 1)
            before = self.text[start:i]
            end = i + len(name)
            # a window of 200 characters: no timeout needed (it costs more than the search)
            stop = ATTRIB_END.search(self.text, end, min(len(self.text), end + 200))
            after = self.text[end : stop.start() if stop else min(len(self.text), end + 200)]
            phrase = before + name + after
            who = _person_in(phrase, _token_spans(phrase), self, name_first=False)
            if who is not None and who.name == name:
                result = (who.title, who.organization)
        self._intro[name] = result
        return result

    @property
    def persons(self) -> list[Person]:
        """Everyone introduced with a title before the name ("Acme CFO Jane Roe"), in order."""
        if self._persons is None:
            self._persons = []
            for m in NAME_RUN.finditer(self.text, timeout=TIMEOUT):
                toks = m.group().split()
                last_title = max((k for k, t in enumerate(toks) if _is_titleish(t)), default=-1)
                if last_title < 0:
                    continue
                name_toks = _name_part(toks[last_title + 1 :])
                if len(name_toks) < 2:
                    continue
                title_toks = toks[: last_title + 1]
                first = next(
                    (k for k, t in enumerate(title_toks) if t.lower().rstrip(".") in TITLE_STARTS),
                    0,
                )
                title = " ".join(title_toks[first:]) or None
                org = " ".join(title_toks[:first]) or None
                self._persons.append(Person(" ".join(name_toks), title, org))
        return self._persons


def _last_break(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Where the clause ending at ``hi`` begins: after the last break that is not "Sen." or "Inc."

    ``pattern`` is matched right to left, so only the breaks nearest ``hi`` are read.
    """
    end = hi
    while True:
        brk = pattern.search(text, lo, end)
        if brk is None:
            return lo
        word = WORD_BEFORE_STOP.match(text, lo, brk.start()) if brk.group()[:1] == "." else None
        if word is None or word.group().lower() not in ABBREVIATIONS:
            return brk.end()
        end = brk.start()


# A nickname in quote marks inside a name, read right to left from the surname: ' “Bill” '.
NICKNAME_BEFORE = deferred_pattern(
    r"[ \u00a0][“\"]\p{Lu}[\p{L}.’'\-]{0,15}[”\"][ \u00a0]", regex.REVERSE
)


def _words_before(text: str, pos: int) -> str:
    """The capitalised words that end right before ``pos`` ("Alsco Chief Financial Officer ")."""
    if pos == 0 or (text[pos - 1] not in (" ", "\u00a0") and not _cut_line(text, pos - 1)):
        return ""
    if text[pos - 2 : pos] == "  " and text[pos - 3 : pos - 2].isalpha():
        return ""  # "A Call to Reconnect  Ana said": a heading run into the paragraph
    if text[pos - 2 : pos - 1] in ("”", '"') and pos > 2:
        nick = NICKNAME_BEFORE.match(text, max(0, pos - 24), pos)
        if nick is not None:  # "William “Bill” Jones": the words before the nickname
            return _words_before(text, nick.start() + 1)
    lead = text[max(0, pos - 100) : pos]
    last = lead.rsplit(maxsplit=1)[-1] if lead.strip() else ""
    if last.islower() and not last.endswith(NAME_BEFORE_PARTICLES):
        return ""  # "said Roe", "the Acme": a lower-case word touches the name
    m = NAME_BEFORE.match(text, max(0, pos - 100), pos)
    if m is None:
        return ""
    words = m.group()
    if "\n" in words:  # the name goes on from a line cut at the margin, not from a heading
        nl = m.start() + words.rindex("\n")
        if not _cut_line(text, nl):
            words = text[nl + 1 : m.end()]
    if m.start() > 0 and text[m.start() - 1].isalpha():  # the first word was cut: "De|Santis"
        words = words.split(" ", 1)[1] if " " in words else ""
    glued = GLUED_HEADING.search(words)
    if glued is not None:
        words = words[glued.end() :]  # "Stablecoin PaymentsSteven ": a heading run into the name
    return words


# Abbreviations that may end a line cut at the margin before the name they go with: "Dr.\nRoe".
WRAPPED_HONORIFICS = frozenset("dr mr mrs ms prof sen rep gov rev hon sgt lt capt gen".split())


def _cut_line(text: str, nl: int) -> bool:
    """Whether ``text[nl]`` is a line end where a hard-wrapped line was cut at the margin
    ("… said the Honourable Claire\nBeaulieu"): the line is 45-80 characters long and
    does not end a sentence or heading."""
    if text[nl : nl + 1] != "\n" or text[nl - 1 : nl] in ("", "\n", ":", "!", "?"):
        return False
    if text[nl - 1] == ".":  # a full stop ends the line: only an initial's or "Dr."'s goes on
        word = text[max(0, nl - 6) : nl - 1].rsplit(None, 1)[-1:]
        if not word or not (
            all(len(c) == 1 and c.isupper() for c in word[0].split("."))  # "S.", "H.E."
            or word[0].lower() in WRAPPED_HONORIFICS
        ):
            return False
    return 45 <= nl - text.rfind("\n", max(0, nl - 81), nl) - 1 <= 80


# The last word of a heading run into the first word of its paragraph: "Payments" in
# "PaymentsSteven George" (not "MacArthur", "DeVries": names with a capital inside).
GLUED_HEADING = compile_pattern(r"(?<![\p{L}])\p{Lu}\p{Ll}{3,}(?=\p{Lu}\p{Ll}+[ \u00a0])")


def _after_portfolio(text: str, pos: int) -> bool:
    """Whether the capitalised words at ``pos`` follow a title and "for" or "of": the words
    of a portfolio come first ("Minister for Regional Water Tomas Berg")."""
    lead = text[max(0, pos - 40) : pos].split()
    return (
        len(lead) >= 2
        and lead[-1] in ("for", "of")
        and lead[-2].lower().rstrip(".,") in TITLE_WORDS
    )


def _name_part(toks: list[str]) -> list[str]:
    """The person's name in a run of capitalised words: what follows the last title or honorific."""
    k = len(toks)
    while k > 0 and not _is_titleish(toks[k - 1]):
        k -= 1
    name_toks = toks[k:]  # after the last title word
    k = len(name_toks)
    while k > 0 and not (
        name_toks[k - 1].lower().rstrip(".") in STOP_CAPS and not _is_initial(name_toks[k - 1])
    ):
        k -= 1
    name_toks = name_toks[k:]  # "What Did Bryan Roe" -> "Bryan Roe"
    first = len(name_toks)
    while first > 0 and (
        _is_name_token(name_toks[first - 1])
        or _middle_initial(name_toks, first - 1)  # "David E Graber"
    ):
        first -= 1
    if first and not (
        name_toks[first - 1].endswith("-based")
        or ACRONYM_COMPOUND.match(name_toks[first - 1])
        # "Minister for Regional Health Tom Gallagher": a portfolio's last word, then the name
        or (name_toks[first - 1].lower() in ORG_WORDS and len(name_toks) - first >= 2)
    ):
        return []  # a word that cannot be in a name sits inside the run
    name_toks = name_toks[first:]  # "Toronto-based Michelle McBane" -> "Michelle McBane"
    if not name_toks:
        return []
    if name_toks[0].lower() in PARTICLES or any(
        t.lower().rstrip(".") in ORG_WORDS for t in name_toks
    ):
        return []
    return name_toks


def _surname(name: str) -> str:
    toks = [t for t in name.replace(",", " ").split() if t.lower() not in NAME_SUFFIXES]
    return toks[-1].lower().rstrip(".") if toks else ""


# --- reading who spoke ------------------------------------------------------------


class _Who:
    """What an attribution phrase says: a person, a pronoun or a role."""

    __slots__ = ("gender", "name", "organization", "plural", "pronoun", "role", "title")

    def __init__(
        self,
        name: str | None = None,
        title: str | None = None,
        organization: str | None = None,
        pronoun: bool = False,
        plural: bool = False,  # "they": one person only when the text just named them
        role: str | None = None,  # the title word of "the Minister", "the company's founder"
        gender: str | None = None,  # "f" for "she", "m" for "he"
    ) -> None:
        self.gender = gender
        self.name = name
        self.title = title
        self.organization = organization
        self.pronoun = pronoun
        self.plural = plural
        self.role = role


def _split_title_org(phrase: str, text: str) -> tuple[str | None, str | None]:
    """ "Vice President, Corporate Affairs, Acme Inc" -> (title, org); either may be None.

    A phrase hard-wrapped over lines ("president of\nAcme") is read with each line
    break as one space, so the title and organisation are told apart the same way;
    it ends at a blank line (the next paragraph is no part of it).
    """
    if "\n" in phrase:
        lines = []
        for line in phrase.split("\n"):
            if not line.strip():
                break
            lines.append(line)
        phrase = " ".join(" ".join(lines).split())
    phrase = _close_brackets(phrase)
    chunks = [c.strip() for c in phrase.split(",")]
    chunks = [c for c in chunks if c and not _post_nominal(c)]
    if not chunks:
        return None, None
    # "The Super Crowd, Inc.": a corporate suffix belongs to the chunk before it
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k].lower().rstrip(".") in CORPORATE_SUFFIXES:
            chunks[k - 1] = f"{chunks[k - 1]}, {chunks.pop(k)}"
    if chunks[0][:1] in _DETERMINER_INITIALS:
        chunks[0] = LEADING_DETERMINER.sub("", chunks[0])
    if len(chunks) > 1:
        last = chunks[-1]
        last_words = last.split()
        if last[:1].isupper() and not any(w.lower() in TITLE_WORDS for w in last_words):
            return _clean(", ".join(chunks[:-1])) or None, _clean(_strip_article(last)) or None
    joined = ", ".join(chunks)
    # "senior manager of Cause Marketing at Walmart": the last at/for/from/with wins over "of"
    m = None
    for prep in (" at ", " for ", " from ", " with "):
        idx = joined.rfind(prep)
        if idx > 0:
            rest = _strip_article(joined[idx + len(prep) :])
            if rest[:1].isupper() or rest[:1].isdigit() or BRAND.match(rest):
                m = (joined[:idx], rest)
                break
    # "Hibbett Vice President of Marketing": an organisation before the title
    words = joined.split()
    if (
        m is None
        and len(words) > 1
        and words[0].lower() not in TITLE_STARTS
        and words[0].lower() not in SMALL_WORDS
    ):
        for i, w in enumerate(words[1:], 1):
            if w.lower() in TITLE_STARTS:
                org = " ".join(words[:i])
                # a name the release uses elsewhere or an organisation, not "Brand Marketing"
                if text.count(org) >= 2 or any(
                    x.lower().rstrip(".") in ORG_WORDS for x in words[:i]
                ):
                    return _clean(" ".join(words[i:])) or None, _clean(org) or None
                break
            if (
                not w[:1].isupper()
                and w.lower() not in ("&", "and", "of")
                and w.lower() not in TITLE_STARTS
            ):
                break
    if m is None:
        idx = joined.find(" of ")
        while idx > 0 and _names_a_department(joined[idx + 4 :]):
            idx = joined.find(" of ", idx + 4)  # "Vice President of Marketing of Acme"
        rest = _strip_article(joined[idx + 4 :]) if idx > 0 else ""
        portfolio = joined[:idx].split()[-1:] in (["Minister"], ["Secretary"], ["Commissioner"])
        if (rest[:1].isupper() or rest[:1].isdigit() or BRAND.match(rest)) and not portfolio:
            m = (joined[:idx], rest)  # "Minister of Health" stays a title
    if (
        m is None
        and len(chunks) == 1
        and joined[:1].isupper()
        and not any(w.lower().rstrip(".") in TITLE_WORDS for w in joined.split())
    ):
        return None, _clean(joined) or None  # "– Omar Haddad, River Trust"
    if m is not None:
        title, org = m
        if org.lower().startswith("the board of ") or org.lower().startswith("board of "):
            title = f"{title} of the Board"
            org = org[org.lower().index("board of ") + 9 :]
            if org.lower() in BOARD_MEMBERS:
                title, org = f"{title} of {org}", ""  # "Chair of the Board of Directors"
        return _clean(title) or None, _clean(org) or None
    return _clean(joined) or None, None


def _close_brackets(phrase: str) -> str:
    """The phrase without a bracket its window left open or a closer with no opener:
    "Manager (United States" -> "Manager", "CEO of Acme]" -> "CEO of Acme"."""
    for opener, closer in ("()", "[]"):
        if opener in phrase or closer in phrase:
            i = phrase.rfind(opener)
            if i >= 0 and closer not in phrase[i:]:
                phrase = phrase[:i].rstrip(" ,;:-–—")  # "Manager (United States"
            j = phrase.find(closer)
            if j >= 0 and opener not in phrase[:j]:
                phrase = phrase[:j].rstrip(" ,;:-–—")  # "Chairman of Acme]"
    return phrase


#: What an appositive may put where an organisation goes that is none: "Roe, a Democrat, said".
NOT_ORGANIZATIONS = frozenset({"Democrat", "Republican", "Independent", "Conservative", "Liberal"})


def _org_kept(org: str) -> str | None:
    """The organisation, or None when it is no name: one word in lower case ("trust's" from "the
    trust's director", "volunteer"; "fire department" is kept), a piece of a quote, a party member
    ("a Democrat")."""
    if (
        not org
        or org in NOT_ORGANIZATIONS
        or (" " not in org and not any(c.isupper() for c in org))
        or any(mark in org for mark in '“”"')
    ):
        return None
    if org[-1:] in "’'" and org[-2:-1] == "s":
        return org[:-1]  # "Hope Charities’ CEO": the plural's possessive mark left out
    return org


def _names_a_department(rest: str) -> bool:
    """Whether the words after a title's "of" name a department up to the next "of" or the end:
    "Marketing of Acme", "Sales and Operations" (not "Marketing Chiefs", a company)."""
    head = rest.split(" of ", 1)[0].split()
    return bool(head) and all(w.lower() in DEPARTMENTS or w in ("and", "&") for w in head)


def _strip_article(s: str) -> str:
    s = s.strip()
    return LEADING_ARTICLE.sub("", s) if s[:1] in _ARTICLE_INITIALS else s


# The small patterns below are handed only the strings that hold the characters they open or
# end with: a call to the engine costs more than the test. (Under IGNORECASE "İ" matches "i".)
_ARTICLE_INITIALS = frozenset("tTaA")  # LEADING_ARTICLE: the, a, an
_DETERMINER_INITIALS = frozenset("aAtTiIİoO")  # LEADING_DETERMINER: a, an, the, its, our, their
#: Literals one of which every match of APPOSITIVE_END holds.
_APPOSITIVE_CUES = (
    "wh", "said", "says", "add", "noted", "stated", "explained", "wrote", "statement", "release",
    "press", "during", "day",
)  # fmt: skip


def _has_apostrophe(s: str) -> bool:
    """Whether ``s`` holds an apostrophe: CONTRACTION, POSSESSIVE_S and POSSESSIVE_END need one."""
    return "'" in s or "’" in s


def _before_appositive_end(rest: str) -> str:
    """``APPOSITIVE_END.split(rest, maxsplit=1)[0]``."""
    if not any(cue in rest for cue in _APPOSITIVE_CUES):
        return rest
    m = APPOSITIVE_END.search(rest)
    return rest[: m.start()] if m is not None else rest


def _before_org_end(rest: str) -> str:
    """``ORG_END.split(rest, maxsplit=1)[0]``."""
    if "," not in rest and "who" not in rest and "which" not in rest and "sa" not in rest:
        return rest
    m = ORG_END.search(rest)
    return rest[: m.start()] if m is not None else rest


def _post_nominal(chunk: str) -> bool:
    """ "M.D.", "PhD", "PVDG", "Jr.", an age: letters after a name, not a title."""
    c = chunk.strip(" .")
    if not c or c.isdigit():
        return True
    if len(c) <= 6 and " " not in c and "." in c:  # Sc.D, Ph.D, M.D
        return True
    return (
        len(c) <= 6
        and " " not in c
        and c.lower() not in TITLE_WORDS
        and (c.replace(".", "").isupper() or c.lower() in ("phd", "ph.d", "jr", "sr", "esq"))
    )


# A given name and the initial of the surname, alone before a comma, a bracket or the end:
# the signature of a testimonial ("– Jess B., Blogger", "- Omar K (Leeds): “…”").
GIVEN_AND_INITIAL = deferred_pattern(
    r"""
    ^[-–—•*\s]{0,4}                                  # a dash or bullet before it
    (?P<name>\p{Lu}\p{Ll}{1,20}[ \u00a0][B-HJ-Z]\.?)  # the given name and an initial (not A, I)
    (?=[ \u00a0]*(?:[,(]|$))                          # then the title, a place or nothing
    """,
    regex.VERBOSE,
)


# What the words came in, before who wrote them: "according to a statement from Jane Roe".
STATEMENT_FROM = deferred_pattern(
    r"""
    (?:a|an|the)\s+(?:written\s+|joint\s+|recent\s+|brief\s+)?    # "a written"
    (?:statement|press\s+release|news\s+release|release|letter|post|e-?mail|message|note)
    \s+(?:from|by|issued\s+by|released\s+by|signed\s+by)\s+       # "from", "issued by"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _given_and_initial(phrase: str, registry: Registry) -> _Who | None:
    """ "Jess B, Online Manager (Ohio)": the reviewer of a testimonial, named by a given name and
    an initial, with the title after the comma."""
    m = GIVEN_AND_INITIAL.match(phrase)
    if m is None:
        return None
    given = m["name"].split()[0]
    if not _is_name_token(given) or registry.is_org(given) or registry.is_common_word(given):
        return None
    rest = phrase[m.end() :].lstrip(" \u00a0,")
    rest = rest.split("(", 1)[0].strip()  # "(United States)": where the reviewer lives
    title, org = _split_title_org(rest, registry.text) if rest else (None, None)
    return _Who(name=m["name"], title=title, organization=org)


#: Given names sure enough to make "Tom Judge" a person, not "Circuit Judge" an office.
GIVEN_NAMES = FEMININE_NAMES | MASCULINE_NAMES


def _name_in_capitals(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Where the phrase opens with a name whose surname is in capitals, as token bounds: a
    common given name then a surname ("JANE ROE", "Jane ROE"), after an honorific if any
    ("Mr. Saade MAKHLOUF": then any given name); None for acronyms ("NASA", "Acme CEO")."""
    k = 1 if toks and toks[0][0].lower().rstrip(".") in HONORIFICS else 0
    if len(toks) < k + 2:
        return None
    given, surname = toks[k][0], toks[k + 1][0]
    if not (len(surname) >= 2 and surname.isupper() and surname.isalpha()):
        return None
    if given.lower() not in GIVEN_NAMES and not (k and given.istitle() and given.isalpha()):
        return None
    if not (given.isupper() or given.istitle()):
        return None
    end = k + 2
    if end < len(toks) and toks[end][0] not in (",", "(") and toks[end][0][:1].isalnum():
        return None  # "JANE ROE FOUNDATION", "Jane ROE said": more words run on
    return k, end


def _given_then_title_word(word: str, registry: Registry) -> str | None:
    """ "Tom Judge" where the release writes ``word`` (a title word) right after a given name, and
    not before another capitalised word ("Mary Judge Lee" is no such name)."""
    text = registry.text
    for i in registry._mentions(word):
        given = text[max(0, i - 16) : i]
        if given[-1:] != " ":
            continue
        given = given.split()[-1] if given.split() else ""
        after = text[i + len(word) : i + len(word) + 3]
        if (
            given.istitle()
            and given.lower() in GIVEN_NAMES
            and not (after[:1] == " " and after[1:2].isupper())
        ):
            return f"{given} {word}"
    return None


def _read_who(phrase: str, registry: Registry, *, name_first: bool) -> _Who | None:
    """Read an attribution phrase: "Karen Kelso, Vice President, Acme" / "the Minister" / "she".

    ``name_first`` is for the phrase after "said" (the name comes first, then
    its appositive); otherwise the phrase ends at the verb and the name may
    follow a title and an organisation ("Acme CFO Jane Roe").
    """
    phrase = phrase.strip()
    if phrase[:1] in _DETERMINER_INITIALS and (m := STATEMENT_FROM.match(phrase)) is not None:
        phrase = phrase[m.end() :]  # "a statement from Jane Roe, CEO of Acme": Jane Roe
    if not phrase:
        return None
    toks = _token_spans(phrase)
    if not toks:
        return None
    low0 = toks[0][0].lower()
    if len(toks) > 1 and len(toks[1][0]) <= 2 and toks[1][0][:1].isupper():
        initialled = _given_and_initial(phrase, registry)  # "Jess B, Blogger"
        if initialled is not None:
            return initialled
    if low0 in PRONOUNS and not toks[0][0].isupper():  # "HE Saeed Al Tayer" is His Excellency
        return _Who(pronoun=True, gender="f" if low0 == "she" else "m")
    if low0 == "they" and not toks[0][0].isupper():
        return _Who(pronoun=True, plural=True)
    capitals = _name_in_capitals(toks)
    if capitals is not None:
        # "said JANE ROE, director of Acme", "Dr. Anne SMITH said": a surname (or the whole
        # name) in capitals, which the name words of mixed case leave out
        rest = phrase[toks[capitals[1] - 1][2] :].lstrip(" \u00a0,")
        title, org = _split_title_org(rest, registry.text) if rest and name_first else (None, None)
        name = " ".join(t[0] for t in toks[capitals[0] : capitals[1]])
        return _Who(name=name, title=title, organization=org)
    if len(toks) <= 2 and all(t[0].isupper() and t[0].isalpha() for t in toks):
        # a transcript's "ROE:" or "MINISTER ROE:": the surname of a name written in full before
        known = registry.known_full(toks[-1][0].title())
        if known is not None:
            return _Who(name=known)
    if len(toks) == 1 and (low0 in TITLE_WORDS or low0 in ORG_WORDS) and toks[0][0].istitle():
        # "“…,” Judge said." after "Tom Judge, chief executive of Acme": a surname that is also
        # a title word, once the release writes it after a given name
        full = _given_then_title_word(toks[0][0], registry)
        if full is not None:
            return _Who(name=full)
    first_comma = next((k for k, t in enumerate(toks) if t[0] == ","), len(toks))
    last = toks[-1][0]
    if (
        not name_first
        and len(toks) > 2
        and toks[-2][0] == ","
        and last.lower() in (*PRONOUNS, "they")
        and last.islower()
    ):
        # "Stating that the floods were the worst in a century, he said:": the subject is "he"
        if last == "they":
            return _Who(pronoun=True, plural=True)
        return _Who(pronoun=True, gender="f" if last == "she" else "m")
    if low0 in ("a", "an", "one") and _name_after_title(toks, 0, first_comma) is None:
        # "a senior official", "a Me First representative": no one named; "a police
        # spokesman, Sgt. Ann Roe": the name after the comma; "a geologist, Ann Roe" too
        if first_comma == len(toks):
            return None
        comma = toks[first_comma][1]
        who = _person_in(phrase, toks, registry, name_first=name_first)
        surname = _surname(who.name) if who is not None and who.name else ""
        if not surname or surname not in phrase[comma:].lower():
            return None
        return who
    # a role: "the Minister", "the company's founder", "our CEO"
    if low0 in ("the", "our", "its", "his", "her", "their") or low0.endswith(("'s", "’s")):
        head = None
        for tok, _s, _e in toks[1:8]:
            if tok == ",":
                break
            if tok.lower().rstrip(".") in TITLE_WORDS:
                head = tok.lower()
            elif (
                tok.lower().rstrip(".").endswith("s")
                and tok.lower().rstrip(".")[:-1] in TITLE_WORDS
            ):
                return _Who()  # "the Senators", "the trustees": several, none of them named
            elif _is_name_token(tok) and head is not None:
                break  # "the Superintendent, Dr. T. Lamar Goree" is read below
        rest_has_name = any(
            _is_name_token(t) and t.lower() not in PARTICLES for t, _s, _e in toks[1:]
        )
        if head is not None and not _has_person(toks, registry):
            return _Who(role=head)
        if not rest_has_name:
            return None
    if (
        0 < first_comma < len(toks) - 2
        and toks[first_comma + 1][0].lower().rstrip(".") in CORPORATE_SUFFIXES
    ):
        # "Acme Entertainment, Inc. president and CEO, Joel Roe": a company first, then who
        rest = phrase[toks[first_comma + 1][2] :].lstrip(". ")
        who = _read_who(rest, registry, name_first=name_first) if rest else None
        if who is not None and who.name:
            if who.organization is None:
                who.organization = phrase[: toks[first_comma][1]].strip()
            return who
    return _person_in(phrase, toks, registry, name_first=name_first)


def _has_person(toks: list[tuple[str, int, int]], registry: Registry) -> bool:
    run = 0
    for tok, _s, _e in toks:
        if _is_name_token(tok) and tok.lower() not in PARTICLES:
            run += 1
            if run >= 2 or registry.known_full(tok) is not None:
                return True
        else:
            run = 0
    return False


def _person_in(
    phrase: str, toks: list[tuple[str, int, int]], registry: Registry, *, name_first: bool
) -> _Who | None:
    """The first person named in the phrase, with the title and organisation around the name.

    Stretch by stretch (commas split them): a name right after a title or an
    honorific ("Acme Chief Financial Officer Jane Roe", "Dr. T. Lamar Goree")
    wins; otherwise the first run of name words that is not an organisation
    ("Acme Foundation"), not the object of a preposition ("of Acme") and not
    followed by an acronym ("Colorado SKIES Academy").
    """
    n = len(toks)
    bounds: list[tuple[int, int]] = []
    s = 0
    depth = 0  # stretches inside parentheses ("(United States)") name no speaker
    for k, (tok, _a, _b) in enumerate(toks):
        if tok in (",", ";", "(", ")"):
            if k > s and depth == 0:
                bounds.append((s, k))
            s = k + 1
            depth = depth + 1 if tok == "(" else max(0, depth - 1) if tok == ")" else depth
    if s < n and depth == 0:
        bounds.append((s, n))
    chosen: tuple[int, int] | None = None
    after_title = False  # "Professor Sun", "Chairman Lee": a surname, never a given name
    for n_bound, (lo, hi) in enumerate(bounds):
        found = _name_after_title(toks, lo, hi)
        after_title = found is not None
        if found is None:
            found = _first_name_run(toks, lo, hi, registry, name_first=name_first)
            # "Upon receiving the award, Dr. Roe said": a lone capital before lower-case words
            # opens a sentence; like a lone word in a later stretch, it waits for a better name
            opener = (
                not name_first
                and found is not None
                and found[1] < hi
                and toks[found[1]][0][:1].islower()
                and toks[found[1]][0].lower() not in PREPOSITIONS
            )
            if found is not None and found[1] - found[0] == 1 and (n_bound > 0 or opener):
                # "..., Marine, Aviation, Safety and Rescue, Jon Peltier": a lone word in a
                # later stretch is a list item unless nothing better follows
                if not name_first:  # after "said", a lone word past the first comma is no name
                    chosen = chosen or found
                continue
        if found is not None:
            chosen = found
            break
    if chosen is not None:
        i, j = chosen
        name_toks = [t[0] for t in toks[i:j]]
        name = " ".join(
            t.rstrip(".")
            if len(t) > 2 and t.lower() not in NAME_SUFFIXES and not _is_initial(t)
            else t
            for t in name_toks
        )
        name = registry.full_name(name, forward=not after_title)
        if after_title and j - i == 1 and i > 0 and " " not in name:
            # "Professor Sun said" after "Professor Sun Dong": the family name written first
            name = registry.titled_forward(toks[i - 1][0], name) or name
        title, org = _title_around(phrase, toks, i, j, registry)
        return _Who(name=name, title=title, organization=org)
    if bounds:
        # "said League Senior Vice President of Community Relations Anna Roe": the name ends it;
        # before the verb, the stretch touching it: "Today, Minister for Water Anna Roe said"
        lo, hi = bounds[0] if name_first else bounds[-1]
        i = hi
        while i > lo and _is_name_token(toks[i - 1][0]):
            i -= 1
        prep = max((k for k in range(lo, i) if toks[k][0].lower() in PREPOSITIONS), default=-1)
        if (
            hi - i >= 2
            and any(_is_titleish(t[0]) for t in toks[lo:i])
            and toks[lo][0].lower() not in ("a", "an", "the")  # "a spokesperson for Acme Games"
            and (prep < 0 or hi - prep > 3)  # "CEO of Acme Games" is all organisation
            and toks[hi - 1][0].lower().rstrip(".") not in ORG_WORDS
        ):
            i = hi - 3 if hi - i >= 3 and _is_initial(toks[hi - 2][0]) else hi - 2
            name = registry.full_name(" ".join(t[0].rstrip(".") for t in toks[i:hi]))
            title = _clean(phrase[toks[lo][1] : toks[i][1]])
            return _Who(name=name, title=title or None)
    return None


#: Short lower-case words that are never a middle name: "Jane and Roe", "Acme won Gold".
NOT_MIDDLE_NAMES = frozenset(
    """
    a an and or but nor of at for from with in on to by as via per the its his her our
    who was is are has had did met won led ran saw got put set let say see can may own
    cut hit fed not now yet so new ceo cfo coo cto vp
    """.split()
)


def _is_middle_name(tok: str) -> bool:
    """A middle name some people write in lower case: "jo" in "Shaney jo Darden"."""
    return 2 <= len(tok) <= 3 and tok.isalpha() and tok.islower() and tok not in NOT_MIDDLE_NAMES


def _name_run_end(toks: list[tuple[str, int, int]], i: int, hi: int) -> int:
    j = i
    while j < hi and _is_name_token(toks[j][0]):
        j += 1
    if (
        j == i + 1
        and j + 1 < hi
        and _is_middle_name(toks[j][0])
        and _is_name_token(toks[j + 1][0])
        and toks[j + 1][0].lower() not in PARTICLES
    ):
        j += 1  # "Shaney jo Darden": a middle name in lower case, then the surname
        while j < hi and _is_name_token(toks[j][0]):
            j += 1
    if (
        j == i + 1
        and j < hi
        and _camel_surname(toks[j][0])
        and (j + 1 == hi or not _is_cap(toks[j + 1][0]))
    ):
        j += 1  # "Hali ScottSmith": a surname with a capital inside, after a given name
    while j > i and toks[j - 1][0].lower() in PARTICLES:
        j -= 1
    return j


def _camel_surname(tok: str) -> bool:
    """A word like "ScottSmith" or "DeVries": a name that ``BRAND_CAPS`` set aside."""
    return (
        tok.isalpha()
        and len(tok) <= 16
        and tok[:1].isupper()
        and not tok.isupper()
        and bool(BRAND_CAPS.match(tok))
    )


@lru_cache(maxsize=8192)
def _is_titleish(tok: str) -> bool:
    if tok == "HE":  # His Excellency
        return True
    low = tok.lower()
    return (
        low in TITLE_WORDS
        or low in HONORIFICS
        or low.rstrip(".") in HONORIFICS
        or low.rstrip(".") in TITLE_WORDS
    )


def _name_after_title(toks: list[tuple[str, int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The name after a title word of a stretch: "... Officer Jessica Fickenscher".

    A capitalised word between two title words belongs to the title ("Chief
    Experience Officer"), so a run followed by another title word is skipped.
    """
    for k in range(lo, hi - 1):
        if (
            _is_titleish(toks[k][0])
            and _is_name_token(toks[k + 1][0])
            and toks[k + 1][0].lower() not in PARTICLES
        ):
            j = _name_run_end(toks, k + 1, hi)
            honorific = toks[k][0].lower().rstrip(".") in HONORIFICS
            # "Chief Compliance and Ethics Officer": a lone word inside a title is not a name
            inside_title = j < hi and (
                _is_titleish(toks[j][0]) or (j - k == 2 and toks[j][0] in ("and", "&"))
            )
            if j > k + 1 and (honorific or not inside_title):
                return k + 1, j
    return None


def _first_name_run(
    toks: list[tuple[str, int, int]],
    lo: int,
    hi: int,
    registry: Registry,
    *,
    name_first: bool = False,
) -> tuple[int, int] | None:
    """The first run of name words in a stretch that names a person."""
    i = lo
    after_prep = False
    fallback: tuple[int, int] | None = None
    while i < hi:
        tok = toks[i][0]
        low = tok.lower()
        if low in PREPOSITIONS:
            after_prep = True
            i += 1
            continue
        if not _is_name_token(tok) or low in PARTICLES:
            if not _is_cap(tok) and low not in ("the", "a", "an", "&", "and"):
                after_prep = False
            elif not name_first and fallback is not None and low.rstrip(".") in ORG_WORDS:
                after_prep = False  # "… Outreach at the Foundation Yase Godlo": the body ends
            i += 1
            continue
        j = _name_run_end(toks, i, hi)
        if j == i:
            i += 1
            continue
        nxt = toks[j][0] if j < hi else ""
        org_next = (
            nxt.lower().rstrip(".") in ORG_WORDS
            # "Hibbett Vice President ..." is an organisation; "said Ryan Roe CEO at Acme" a name
            or (
                _is_titleish(nxt)
                and not (
                    name_first and i == lo == 0 and j - i >= 2 and nxt.lower() in POST_NAME_TITLES
                )
            )
            or (
                nxt[:1].isupper()
                and not _is_name_token(nxt)
                and nxt.lower() not in STOP_CAPS
                and not _is_titleish(nxt)
            )
        )
        lone = toks[i][0].rstrip(".")
        single_org = j - i == 1 and (registry.is_org(lone) or registry.is_common_word(lone))
        if after_prep or org_next or single_org:
            after_prep = False
            i = j
            continue
        if not name_first and j - i == 1 and nxt.lower() in PREPOSITIONS and fallback is None:
            # "Manager of Outreach at the Foundation Yase Godlo said": a lone word before a
            # preposition names a department; a full name further on wins
            fallback = (i, j)
            i = j
            continue
        return i, j
    return fallback


def _title_around(
    phrase: str, toks: list[tuple[str, int, int]], i: int, j: int, registry: Registry
) -> tuple[str | None, str | None]:
    """The title and organisation of the name at tokens [i, j): before it, or in its appositive."""
    # before the name, in the same stretch without commas: "Acme Chief Financial Officer"
    k = i
    while k > 0 and toks[k - 1][0] not in (",", ";", "(", ")"):
        k -= 1
    before = phrase[toks[k][1] : toks[i][1]].strip() if k < i else ""
    if before:
        bt = before.split()
        while bt and bt[-1].lower().rstrip(".") in PERSONAL_HONORIFICS:
            bt.pop()
        while bt and bt[0].lower().rstrip(".") in STOP_CAPS:
            bt.pop(0)
        # drop the lead-in up to the last word that cannot be part of a title: "was started by"
        start = 0
        for idx, w in enumerate(bt):
            low = w.lower()
            lead_in = low in STOP_CAPS or low in SMALL_WORDS or low.endswith(("ed", "ing", "ly"))
            if (
                lead_in
                and not w[:1].isupper()
                and low not in TITLE_WORDS
                and low not in ("of", "and", "&")
            ):
                start = idx + 1
        bt = bt[start:]
        owner = max(
            (x for x, w in enumerate(bt) if _has_apostrophe(w) and CONTRACTION.search(w)),
            default=-1,
        )
        if owner >= 0 and any(w.lower().rstrip(".") in TITLE_WORDS for w in bt[owner + 1 :]):
            # "River Trust’s program lead Sam Roe": the owner is the organisation
            org = POSSESSIVE_S.sub("", " ".join(bt[: owner + 1]))  # it holds an apostrophe
            return _clean(" ".join(bt[owner + 1 :])) or None, _clean(_strip_article(org)) or None
        if any(w.lower().rstrip(".") in TITLE_WORDS for w in bt):
            starts = next(
                (x for x, w in enumerate(bt) if w.lower().rstrip(".") in TITLE_STARTS), None
            )
            first = starts or 0
            if all(w.islower() for w in bt):
                first = (
                    0  # "fire chief", "county deputy director": lower-case words are the title's
                )
            tail = len(bt)
            while tail > 0 and (
                bt[tail - 1].lower().rstrip(".") in TITLE_WORDS or bt[tail - 1].islower()
            ):
                tail -= 1  # "Acme treasurer", "River Trust program lead"
            owner_org = " ".join(bt[:tail])
            if (
                tail > 0
                and (tail < first or (first == 0 and starts != 0))  # "Chief Financial Officer"
                and (
                    registry.text.count(owner_org) >= 2
                    or any(_low(w) in ORG_WORDS for w in bt[:tail])
                )
            ):
                first = tail  # an organisation the release names elsewhere, not "Field ecologist"
            title = " ".join(bt[first:])
            org = " ".join(bt[:first])
            if title.lower().rstrip(".") in HONORIFICS:
                title = ""
            return _clean(title) or None, _clean(
                _strip_article(POSSESSIVE_END.sub("", org) if _has_apostrophe(org[-3:]) else org)
            ) or None
    # "the Millbrook ISD Superintendent, Dr. R. Dean Holloway": the title in the stretch before
    if k > 1 and toks[k - 1][0] == "," and all(_is_titleish(t[0]) for t in toks[k:i]):
        m = k - 1
        while m > 0 and toks[m - 1][0] not in (",", ";", "(", ")"):
            m -= 1
        prev = phrase[toks[m][1] : toks[k - 1][1]].split()
        if prev and prev[-1].lower() in TITLE_WORDS:
            prev = [w for w in prev if w.lower() not in STOP_CAPS]
            first = next(
                (x for x, w in enumerate(prev) if w.lower().rstrip(".") in TITLE_STARTS), 0
            )
            return _clean(" ".join(prev[first:])) or None, _clean(" ".join(prev[:first])) or None
    # "Jerry Gregoire of Redbird": the organisation right after the name
    if j < len(toks) and toks[j][0].lower() in ("of", "at", "from", "with"):
        rest = phrase[toks[j][2] :]
        org = _clean(_before_org_end(rest))
        org = _strip_article(org)
        if org[:1].isupper():
            return None, org
    # the appositive: ", TITLE of ORG," up to a relative clause or the end
    if j < len(toks) and (toks[j][0] == "," or toks[j][0].lower() in POST_NAME_TITLES):
        # ", TITLE of ORG" — or "Ryan Roe CEO at Acme" without the comma
        rest = phrase[toks[j][2] :] if toks[j][0] == "," else phrase[toks[j][1] :]
        rest = _before_appositive_end(rest)
        chunks = [c.strip() for c in rest.split(",")]
        kept: list[str] = []
        for c in chunks:
            if not c:
                continue
            if _post_nominal(c):
                continue
            words = c.split()
            has_title = any(w.lower().strip(".") in TITLE_WORDS for w in words)
            starts_article = words[0].lower() in ("a", "an", "the")
            if kept and starts_article and not has_title:
                break  # "CEO of i2M, the supplier of ...": a description, not a title
            if not has_title and not c[:1].isupper() and not starts_article:
                break
            if words[0].lower() in CLAUSE_STARTS:
                break  # "Ron Roe, has given ...": the sentence goes on
            if (
                not kept
                and not has_title
                and not c[:1].isupper()
                and not (starts_article and len(words) <= 4)
            ):
                break  # "a hydrologist" is kept: an article and a noun make an appositive
            kept.append(c)
        if kept:
            return _split_title_org(", ".join(kept), registry.text)
    return None, None


# --- attribution ------------------------------------------------------------------


class _Segment:
    __slots__ = (
        "at_para_start",
        "close_pos",
        "direct",
        "end",
        "first_para",
        "open_pos",
        "para",
        "rule",
        "start",
        "who",
    )

    def __init__(
        self,
        start: int,
        end: int,
        open_pos: int,
        close_pos: int | None,
        para: int,
        at_para_start: bool,
        who: _Who | None = None,
        rule: str = "quote.unattributed",
        direct: bool = False,  # attributed by a pattern next to its own marks
        first_para: int = 0,  # the paragraph it opens in (``para`` is where it ends)
    ) -> None:
        self.start = start
        self.end = end
        self.open_pos = open_pos
        self.close_pos = close_pos
        self.para = para
        self.at_para_start = at_para_start
        self.who = who
        self.rule = rule
        self.direct = direct
        self.first_para = first_para


def _window_after(text: str, pos: int, limit: int) -> str:
    """The text after a closing mark, up to the end of its sentence."""
    end = min(limit, pos + 300)
    m = ATTRIB_END.search(text, pos, end)  # a bounded window: no timeout needed
    if m is not None:
        # "…,” said Kelso. “B" — stop at the full stop; "– NAME" keeps its dash
        end = m.start() if m.start() > pos else end
    return text[pos:end]


def _attribute_after(
    seg: _Segment, text: str, limit: int, registry: Registry
) -> tuple[_Who | None, str]:
    """Who the text right after the closing mark names, and the rule."""
    if seg.close_pos is None:
        return None, ""
    last = text[seg.end - 1]  # the quote's last character (segments end without spaces)
    pos = seg.close_pos + 1
    head = text[pos : min(limit, pos + 4)]
    # "…,” said" — or a long quote whose writer left out the comma: "…research" stated Dr. Roe
    ends_clause = (
        last in ",.!?…—–-:"
        or head.lstrip()[:1] == ","
        or len(text[seg.start : seg.end].split(maxsplit=5)) >= 6  # six words or more
    )
    dash = _dash_after(head)
    if dash:
        window = text[pos : min(limit, pos + 200)]
        m = AFTER_DASH.match(window)
        if m:
            who_all = m[_DASH_WHO]
            at = pos + m.start(_DASH_WHO)
            e = WHO_END.search(who_all)
            while e is not None and e.group() == "\n" and _cut_line(text, at + e.start()):
                e = WHO_END.search(who_all, e.end())  # "Chief\nExecutive Officer": wrapped on
            who_text = who_all[: e.start()] if e is not None else who_all
            who = _read_who(who_text, registry, name_first=True)
            if who is not None and who_text.rstrip().endswith(":"):
                who = None  # "…” - Jess B, Blogger: “…": the next reviewer's words, not these
            if who is not None:
                return who, "quote.dash"
    if not ends_clause:
        return None, ""
    if not dash:
        window = _window_after(text, pos, limit)
    verb_window = _join_line_hyphens(window)  # "…,” expres-\nsed Will Gray"
    first = verb_window[:40].replace(",", " ").replace(".", " ").split(maxsplit=1)[:1]
    opens_with_verb = bool(first) and first[0].lower() in VERB_FIRST_WORDS
    m = AFTER_VERB_FIRST.match(verb_window) if opens_with_verb else None
    if m:
        who = _read_who(m[_VERB_FIRST_WHO], registry, name_first=True)
        org = ORG_SPEAKER.match(m[_VERB_FIRST_WHO]) if who is None else None
        if org is not None and (
            org[1].split()[-1].lower() in ORG_WORDS
            or (" " not in org[1] and registry.is_org(org[1]))  # "said McGill" of McGill University
        ):
            return _Who(name=org[1]), "quote.said_name"  # "…,” said Acme Network.": the body speaks
        # "…,” said a spokesperson for Acme." — attributed, to no one the release names
        return (who, "quote.said_name") if who is not None else (_Who(), "quote.said_unnamed")
    m = (
        AFTER_SIGNATURE.match(window)
        if last in ".,!?…" and not text[pos + len(window) : limit].strip(" \t\u00a0.")
        else None
    )
    who_text = m[_SIGNATURE_WHO] if m else ""
    if m and _signature_name(who_text):
        # "“…we will grow.” Jane Roe, CEO, Acme Inc." — a signature ending the paragraph
        who = _read_who(who_text, registry, name_first=True)
        if who is not None and who.name and (who.title or who.organization):
            return who, "quote.signature"
    m = None if VERB_WORDS.isdisjoint(_words(window)) else AFTER_NAME_FIRST.match(window)
    who_text = m[_NAME_FIRST_WHO] if m else ""
    if m and (who_text.split()[-1].lower() in NOUN_VERB_LEADS or who_text[-1:].isdigit()):
        m = None  # "in all 50 states", "the United States": the noun, not the verb
    elif (
        m
        and who_text.split()[0].lower() in PLURAL_DETERMINERS
        and window[m.end(_NAME_FIRST_WHO) : m.end()].split()[0].endswith("s")
    ):
        m = None  # "” Those architectural details – …": a plural subject takes no "details"
    if m and len(who_text.split()) <= 14 and _starts_like_subject(who_text):
        # "“A.” She added, “B”": the verb introduces the next quote, not this one
        lead_in = LEAD_IN.match(text, pos + m.end(), pos + m.end() + 4)
        tail = text[pos + m.end() : min(len(text), pos + m.end() + 40)]
        verb = window[m.end(_NAME_FIRST_WHO) : m.end()].strip(" ,\n").split()
        speech = VERB_TAIL.match(_join_line_hyphens(tail)) or (  # "explains regard-\ning it"
            len(verb) > 1 and verb[-1] in ("in", "by", "the")
        )  # "told the audience", "said in a statement", "is quoted by …": the verb took a word
        if speech and not (lead_in and last == "."):
            who = _read_who(_join_line_hyphens(who_text), registry, name_first=False)
            if who is not None:
                return who, "quote.name_said"
            org = ORG_SPEAKER.fullmatch(who_text.strip())
            if org is not None and (
                org[1].split()[-1].lower() in ORG_WORDS
                or (" " not in org[1] and registry.is_org(org[1]))  # "McGill" of McGill University
            ):
                return _Who(name=org[1]), "quote.name_said"  # "…,” Acme Church stated."
            if len(who_text.split()) <= 5:
                return _Who(), "quote.said_unnamed"  # "…,” the company said."
    return None, ""


def _said_after_aside(seg: _Segment, text: str, limit: int, registry: Registry) -> _Who | None:
    """The speaker named after the writer's few words that end the quote's sentence:
    '“We need not decide right away” on what to do with the land, says Ann Roe.' (news style).

    Only for a quote cut off mid-sentence (it ends in a letter) that opens like a sentence of
    speech, six words or more and not a Title In Capitals; the aside runs in lower case, with
    no full stop or quote mark, to a comma and a verb of speech.
    """
    pos = seg.close_pos + 1 if seg.close_pos is not None else seg.end
    if not (text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].islower()):
        return None
    comma = text.find(", ", pos, min(limit, pos + 80))
    if comma < 0 or any(c in ASIDE_STOPS for c in text[pos:comma]):
        return None
    inside = text[seg.start : seg.end]
    words = _short_words(inside)
    if len(words) < 6 or not inside[:1].isupper() or _title_cased(words):
        return None
    window = _window_after(text, comma + 1, limit)
    first = window.split(maxsplit=1)[:1]
    m = AFTER_VERB_FIRST.match(window) if first and first[0].lower() in VERB_WORDS else None
    return _read_who(m[_VERB_FIRST_WHO], registry, name_first=True) if m else None


#: What an aside between a quote and "says NAME" never holds: a sentence end or a quote mark.
ASIDE_STOPS = frozenset('.!?;:\n“”"«»')


def _dash_after(head: str) -> bool:
    """Whether a dash follows the closing mark, after at most three commas, stops or spaces: "…” – NAME"."""
    for k, ch in enumerate(head[:4]):
        if ch in DASHES:
            return True
        if k == 3 or not (ch in ",." or ch.isspace()):
            return False
    return False


def _signature_name(phrase: str) -> bool:
    """Whether a phrase opens with a bare name and a comma: "Dr. Jane Roe, CEO, Acme"."""
    head, _, tail = phrase.partition(",")
    toks = [t for t in head.split() if t.lower().rstrip(".") not in HONORIFICS]
    rest = tail.split()
    if len(toks) == 1 and rest and rest[0].lower().rstrip(",.") in TITLE_WORDS:
        return _is_name_token(toks[0]) and len(rest) <= 12  # "Andrea, CEO of Acme": a first name
    return 2 <= len(toks) <= 4 and all(_is_name_token(t) for t in toks) and len(rest) <= 12


def _starts_like_subject(phrase: str) -> bool:
    """Whether a phrase can be the subject of "said": a name, a pronoun, "the Minister"."""
    words = phrase.split()
    first = words[0] if words else ""
    low = first.lower()
    if (
        len(words) <= 8
        and words[-1][:1].isupper()
        and any(w.lower() in TITLE_WORDS for w in words[:-1])
    ):
        return True  # "county engineer Robert Hanley said": a title in lower case, then the name
    return (
        first[:1].isupper()
        or low in PRONOUNS
        or low in ("they", "a", "an", "one")  # "a senior official said": no one named
        or low in ("the", "our", "its", "his", "her", "their")
        or low.endswith(("'s", "’s"))
    )


def _attribute_before(
    seg: _Segment, text: str, p_start: int, registry: Registry, prev_para: Span | None = None
) -> tuple[_Who | None, str]:
    """Who the text right before the opening mark names, and the rule."""
    lo = max(p_start, seg.open_pos - 300)
    before = _join_line_hyphens(text[lo : seg.open_pos])  # "Chief Execu-\ntive Officer Jo Roe said"
    if (
        not before.strip()
        and prev_para is not None
        and text[prev_para.start : prev_para.end].rstrip().endswith(":")
    ):
        # "Jane Roe, CEO of Acme, stressed its importance:" then the quote in its own paragraph
        before = text[max(prev_para.start, prev_para.end - 300) : prev_para.end]
    # the clause that introduces the quote: from the last sentence end or quote mark
    clause = before[_last_break(INTRO_BREAK, before, 0, len(before)) :]
    if not clause.strip():
        return None, ""
    # each pattern is tried only when the clause holds its words and ends as it must
    words = _words(clause.lower())
    stripped = clause.rstrip()
    ends_comma = stripped[-1:] in (",", ":")
    m = (
        BEFORE_INVERTED.match(clause)
        if ends_comma and not INVERTED_WORDS.isdisjoint(words)
        else None
    )
    if m:
        who = _read_who(m[_INVERTED_WHO], registry, name_first=True)
        if who is not None and who.name:
            return who, "quote.says_name"
    m = (
        BEFORE_ACCORDING.match(clause)
        if ends_comma and not ACCORDING_WORDS.isdisjoint(words)
        else None
    )
    if m:
        who = _read_who(m[_ACCORDING_WHO] or m[_ACCORDING_WHO2], registry, name_first=True)
        if who is not None:
            return who, "quote.according_to"
        phrase = (m[_ACCORDING_WHO] or "").split()
        if (
            phrase
            and phrase[0].lower() in ("the", "a", "its")
            and len(phrase) <= 6
            and phrase[-1].lower() not in DOCUMENT_WORDS
        ):
            # "According to the ministry, “the grant will …”": speech of a body no one names
            # (not "according to the report, “a shift in giving”": words quoted from a text)
            return _Who(), "quote.according_to"
    if ends_comma and ("according" in words or "words" in words):
        # "According to Jeff Roe, one of the partners at Acme, “…": the name before the appositive
        # (and "In the words of Jeff Roe, CEO of Acme: “…")
        a = ACCORDING_APPOSITIVE.search(clause)
        who = _read_who(a[1], registry, name_first=True) if a is not None else None
        if a is not None and (who is None or not who.name):
            who = _read_who(a[2], registry, name_first=True)
        if who is not None and who.name:
            return who, "quote.according_to"
    m = None if LEAD_VERB_WORDS.isdisjoint(words) else BEFORE_VERB.match(clause)
    if m:
        lead = clause[: m.start()]
        if lead.lstrip()[:3].lower() == "as ":
            lead = lead.lstrip()[3:]  # "As he told the audience:", "As Roe explained,"
        cut = len(before) - len(clause)
        if lead.strip().lower() in AND_LEADS and cut > 0 and before[cut - 1] in '”"»':
            # "Roe called the gift “a turning point” and added: “…”": the sentence's subject,
            # before the words quoted inside it
            s0 = _last_break(SENTENCE_END, before, 0, cut)
            inner = max(before.rfind(mark, s0, cut - 1) for mark in '“"«')
            # (no opening mark since the sentence began: the sentence began inside a quote)
            who = _read_who(before[s0:inner], registry, name_first=False) if inner > s0 else None
            if who is not None and (who.name or who.pronoun):
                return who, "quote.name_said_colon"
        who = _read_who(lead, registry, name_first=False)
        if who is None and "," in lead and len(lead.rsplit(",", 1)[1].split()) <= 4:
            # "In a recent op-ed, he emphasized:", "On Monday, Roe said:": after the adverbial
            who = _read_who(lead.rsplit(",", 1)[1], registry, name_first=False)
            if who is not None and not (who.pronoun or who.name):
                who = None
        if who is not None:
            return who, "quote.name_said_colon"
    m = None if PRAISE_WORDS.isdisjoint(words) or not ends_comma else BEFORE_PRAISE.search(clause)
    if m:
        who = _read_who(clause[: m.start()], registry, name_first=False)
        if who is not None and (who.name or who.pronoun):
            return who, "quote.name_said_colon"
    if stripped.endswith(":"):  # "Jane Roe, CEO of Acme: “…”"
        lead = clause[: clause.rstrip().rfind(":")]
        lead = LEAD_FROM.sub("", lead)
        who = _read_who(lead, registry, name_first=False)
        # a colon is weak evidence: only a full name ("Jane Roe:"), not "Applicants:" or "Purpose:",
        # nor what a text is ("an essay on the following prompt:")
        if (
            who is not None
            and who.name
            and " " in who.name
            and len(lead.split()) <= 25
            and lead.rsplit(None, 1)[-1].lower() not in NOT_SPEECH_BEFORE_COLON
        ):
            return who, "quote.colon"
    return None, ""


def _subject_who(seg: _Segment, text: str, p_start: int, registry: Registry) -> _Who | None:
    """ "Roe called the book “a triumph”", "Roe says the plan is “sound”": the subject of the
    sentence whose words the quote ends, named before its verb of speech (for a segment
    already taken as speech that nothing else attributes)."""
    lo = max(p_start, seg.open_pos - 300)
    before = _join_line_hyphens(text[lo : seg.open_pos])
    clause = before[_last_break(INTRO_BREAK, before, 0, len(before)) :]
    if SUBJECT_VERB_WORDS.isdisjoint(_words(clause)) or clause.rstrip().endswith((".", "!", "?")):
        return None
    m = SUBJECT_SPEAKS.match(clause)
    if m is None:
        return None
    who = _read_who(m[1], registry, name_first=False)
    if who is None or not who.name:
        return None
    full = registry.full_name(who.name).split()
    if len(full) < 2 or not all(_is_name_token(t) for t in full):
        return None  # "Software Maker Cove": words of a name, not a person's
    return who


_MASCULINE_HONORIFICS = ("Mr. ", "Mr ", "Sir ")
_FEMININE_HONORIFICS = ("Ms. ", "Ms ", "Mrs. ", "Mrs ", "Miss ", "Dame ")


def _gender(name: str, text: str) -> str | None:
    """ "f" or "m" when the given name or the release's "Mr."/"Ms." says which, else None."""
    toks = name.split()
    if not toks:
        return None
    first = toks[0].lower()
    if first in FEMININE_NAMES:
        return "f"
    if first in MASCULINE_NAMES:
        return "m"
    surname = toks[-1]
    if surname in text:  # a plain test first: the honorifics are looked for only then
        if any(h + surname in text for h in _MASCULINE_HONORIFICS):
            return "m"
        if any(h + surname in text for h in _FEMININE_HONORIFICS):
            return "f"
    return None


def _other_gender(name: str, gender: str, text: str) -> bool:
    """Whether the person is known to be of the other gender than the pronoun's."""
    known = _gender(name, text)
    return known is not None and known != gender


def _resolve(who: _Who | None, speakers: list[Person], registry: Registry) -> Person | None:
    """A person for an attribution: a name as is, a pronoun or a role via who spoke last."""
    if who is None:
        return None
    if who.name:
        return Person(who.name, who.title, who.organization)
    if who.pronoun:
        if not speakers or who.plural:
            return None
        if who.gender is None or not _other_gender(speakers[-1].name, who.gender, registry.text):
            return speakers[-1]
        # "“…,” said John Roe. … “…,” she said.": the last speaker "she" can be, if any
        return next(
            (p for p in reversed(speakers) if _gender(p.name, registry.text) == who.gender), None
        )
    if who.role:
        role = who.role.rstrip(".")
        for p in reversed(speakers):
            if p.title and _title_is(p.title, role):
                return p
        for p in registry.persons:
            if p.title and _title_is(p.title, role):
                return p
        return _role_then_name(registry.text, registry.body_start, role) or _name_then_role(
            registry.text, registry.body_start, role
        )
    return None


#: Short forms of given names, and the names they are short for: "Tom continued" after
#: "Thomas Sauve, Chief Executive Officer" is Thomas Sauve.
NICKNAMES = {
    "Tom": ("Thomas",), "Tommy": ("Thomas",), "Bill": ("William",), "Will": ("William",),
    "Bob": ("Robert",), "Rob": ("Robert",), "Bobby": ("Robert",), "Jim": ("James",),
    "Jimmy": ("James",), "Mike": ("Michael",), "Dave": ("David",), "Chris": ("Christopher",
    "Christine", "Christina"), "Joe": ("Joseph",), "Dan": ("Daniel",), "Danny": ("Daniel",),
    "Steve": ("Steven", "Stephen"), "Ben": ("Benjamin",), "Sam": ("Samuel", "Samantha"),
    "Alex": ("Alexander", "Alexandra"), "Nick": ("Nicholas",), "Matt": ("Matthew",),
    "Tony": ("Anthony",), "Andy": ("Andrew",), "Rick": ("Richard",), "Dick": ("Richard",),
    "Rich": ("Richard",), "Ed": ("Edward",), "Ted": ("Edward", "Theodore"), "Greg": ("Gregory",),
    "Jeff": ("Jeffrey",), "Jon": ("Jonathan",), "Ken": ("Kenneth",), "Larry": ("Lawrence",),
    "Pat": ("Patrick", "Patricia"), "Pete": ("Peter",), "Ron": ("Ronald",), "Tim": ("Timothy",),
    "Kate": ("Katherine", "Kathryn", "Catherine"), "Katie": ("Katherine", "Kathryn"),
    "Kathy": ("Katherine", "Kathryn", "Kathleen"), "Liz": ("Elizabeth",), "Beth": ("Elizabeth",),
    "Jen": ("Jennifer",), "Jenny": ("Jennifer",), "Sue": ("Susan",), "Meg": ("Margaret",),
    "Peggy": ("Margaret",), "Maggie": ("Margaret",), "Debbie": ("Deborah",), "Deb": ("Deborah",),
    "Barb": ("Barbara",), "Becky": ("Rebecca",), "Vicky": ("Victoria",), "Cathy": ("Catherine",),
}  # fmt: skip


# The words between a name's comma and the role it holds: "Tom Hale, the mayor,", "Ann Roe,
# the city's housing director,", "Ann Roe, Acme's founder,".
ROLE_AFTER_NAME = deferred_pattern(
    r"""
    (?P<name>(?:\p{Lu}[\p{L}’'\-.]*[ \u00a0]){1,3}\p{Lu}[\p{L}’'\-]+)  # "Tom Hale"
    ,[ \u00a0]                                                   # its comma
    (?:(?:the|its|our|their|\p{L}+[’']s)[ \u00a0]){1,2}          # "the", "the city's", "Acme's"
    (?:[\p{L}\-]+[ \u00a0]){0,3}$                                # "housing ", up to the role
    """,
    regex.VERBOSE,
)
#: What follows a role that ends an appositive: "the mayor,", "the director of ...".
ROLE_ENDS = (",", ".", ";", " of ", " for ", " at ", " in ", " and ")


def _name_before_comma(text: str, lo: int, comma: int) -> list[str]:
    """The words of the name that ends at ``comma``: "Jane Roe" in "… welcomed by Jane Roe, director
    of Acme" (the role written right after the comma, without "the")."""
    toks = text[lo:comma].split()
    k = len(toks)
    while k > 0 and _is_name_token(toks[k - 1]) and toks[k - 1][-1:] not in ".,;:":
        k -= 1
    return toks[k:] if k < len(toks) and toks[k][:1].isupper() else []


def _name_then_role(text: str, body_start: int, role: str) -> Person | None:
    """The person a role first follows between commas in the body: "Tom Hale, the mayor, ..."
    for "the mayor said", when no title written before a name gives the role."""
    for form in (role, role[:1].upper() + role[1:]):
        i = text.find(form, body_start)
        tries = 0
        while i >= 0 and tries < 5:
            tries += 1
            end = i + len(form)
            if text[i - 1 : i] == " " and text.startswith(ROLE_ENDS, end):
                m = ROLE_AFTER_NAME.search(text, max(body_start, i - 90), i)
                toks = _name_part(m.group("name").split()) if m is not None else []
                if m is None and text[i - 2 : i] == ", ":
                    toks = _name_before_comma(text, max(body_start, i - 60), i - 2)
                if 2 <= len(toks) <= 3 and not any(_is_titleish(t) for t in toks):
                    return Person(" ".join(toks), role, None)
            i = text.find(form, end)
    return None


# Titles written short, and the roles they are: "Sen. Roe" is "the senator".
TITLE_ABBREVIATIONS = {
    "sen": ("senator",),
    "rep": ("representative", "congressman", "congresswoman"),
    "gov": ("governor",),
    "sec": ("secretary",),
    "supt": ("superintendent",),
    "prof": ("professor",),
    "pres": ("president",),
    "amb": ("ambassador",),
    "gen": ("general",),
    "capt": ("captain",),
    "sgt": ("sergeant",),
    "det": ("detective",),
    "atty": ("attorney",),
    "dir": ("director",),
    "insp": ("inspector",),
    "comm": ("commissioner",),
}


def _title_is(title: str, role: str) -> bool:
    """Whether a title names a role: "Chief Executive" the chief executive, "Sen." the senator."""
    low = title.lower()
    return role in low or any(
        role in TITLE_ABBREVIATIONS.get(w.rstrip("."), ()) for w in low.split()
    )


def _role_then_name(text: str, body_start: int, role: str) -> Person | None:
    """The person a role first comes before in the body: "Minister for Health Jane Roe said ..."
    for "the Minister said" (the last two capitalised words before the clause ends)."""
    for form in _role_forms(role):
        found = _role_form_then_name(text, body_start, form)
        if found is not None:
            return found
    # the About section names whom the role is: "Acme was founded in 2001 by Jane Roe",
    # "About the Author\nJane Roe is ..."
    for cue in ROLE_CUES.get(role, ()):
        k = text.find(cue, body_start)
        if k < 0:
            continue
        at = k + len(cue)
        at += len(text[at : at + 4]) - len(text[at : at + 4].lstrip())
        m = NAME_RUN.match(text, at, min(len(text), at + 60))
        toks = _name_part(m.group().split()) if m is not None else []
        if 2 <= len(toks) <= 3 and not any(_is_titleish(t) for t in toks):
            return Person(" ".join(toks), role, None)
    return None


#: Where a release says who holds a role without writing the role before the name.
ROLE_CUES = {
    "founder": ("founded by ", "Founded by "),
    "co-founder": ("co-founded by ", "Co-founded by "),
    "author": ("About the Author\n", "ABOUT THE AUTHOR\n", "written by "),
}


def _role_forms(role: str) -> tuple[str, ...]:
    """How a release writes a role before a name: "Minister", "CEO" (a short acronym in capitals),
    "founder" ("Acme founder Jane Roe", in small letters after the organisation)."""
    cap = role[:1].upper() + role[1:]
    if role in ROLE_ACRONYMS:
        return (role.upper(), cap)
    return (cap, role) if role.isalpha() and role.islower() else (cap,)


#: Roles written as acronyms: "CEO Jane Roe" for "the CEO said".
ROLE_ACRONYMS = frozenset("ceo cfo coo cto cmo cio ciso cso cpo cro evp svp vp md".split())


def _role_form_then_name(text: str, body_start: int, cap: str) -> Person | None:
    """The person one written form of a role first comes before (``_role_then_name``)."""
    i = text.find(cap, body_start)
    tries = 0
    while i >= 0 and tries < 5:
        tries += 1
        end = i + len(cap)
        stop = min(len(text), end + 80)
        for mark in '.,;:\n“”"(':
            k = text.find(mark, end, stop)
            if k >= 0:
                stop = k
        m = NAME_RUN.search(text, end, stop)
        if m is None and text[end : end + 2] == ", ":
            # "The Premier, Jane Roe, said ...": the name between commas after the role
            m = NAME_RUN.match(text, end + 2, min(len(text), end + 42))
            if m is not None and text[m.end() : m.end() + 1] != ",":
                m = None
        if (
            m is not None
            and text[i - 1 : i] in (" ", "\n", "")
            and not text[end : end + 1].isalpha()
            and (cap[:1].isupper() or m.start() == end + 1)  # "Acme founder Jane Roe", next to it
        ):
            toks = m.group().split()[-2:]
            if len(toks) == 2 and all(_is_name_token(t) and not _is_titleish(t) for t in toks):
                at = m.start() + m.group().rindex(toks[0], 0, len(m.group()) - len(toks[1]))
                return Person(" ".join(toks), text[i:at].strip(" ,\n") or None, None)
        i = text.find(cap, end)
    return None


# --- is it speech? -----------------------------------------------------------------


def _has_many_words(inside: str, n: int) -> bool:
    """Whether ``inside`` has at least ``n`` words, counting no further than that."""
    toks = inside.split(maxsplit=2 * n)
    if len(toks) < n:
        return False
    if sum(map(str.isalpha, map(_FIRST, toks[: 2 * n]))) >= n:
        return True  # enough words that open with a letter: the usual case, counted in C
    count = 0
    for tok in toks[: 2 * n]:
        if tok[0].isalpha() or any(c.isalpha() or c.isdecimal() for c in tok):
            count += 1
            if count >= n:
                return True
    return False


_FIRST = itemgetter(0)


@lru_cache(maxsize=64)
def _short_words(inside: str) -> tuple[str, ...]:
    """The words of a quote; of a long one (21 words or more) only placeholders, never read.

    Cached: the same quote is asked about when skipping, merging and keeping it.
    """
    return ("…",) * 21 if _has_many_words(inside, 21) else tuple(WORD.findall(inside))


def _ends_with(s: str, marks: str) -> bool:
    """Whether ``s`` ends with one of ``marks``, perhaps followed by closing punctuation ("?”)")."""
    for ch in reversed(s):
        if ch.isalnum() or ch == "_":
            return False
        if ch in marks:
            return True
    return False


def _never_speech(text: str, seg: _Segment) -> bool:
    """A few words without the punctuation that ends speech: never speech, whoever said it."""
    inside = text[seg.start : seg.end]
    return (
        not _has_many_words(inside, 4)
        and not _ends_with(inside, ENDS_PHRASE)
        and len(_short_words(inside)) < 4
    )


def _unclosed_name(text: str, open_pos: int, inside: str) -> bool:
    """Whether a mark never closed opens a name mid-sentence: 'launched "Acme Grant. The ...'."""
    before = text[max(0, open_pos - 30) : open_pos].rstrip()
    if not before[-1:].islower() or ". " not in inside:
        return False  # a quote after a comma, a colon or a sentence end may be speech
    first = inside.split(". ", 1)[0].split()
    content = [w for w in first if w.lower() not in SMALL_WORDS]
    return 0 < len(first) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _title_cased(words: tuple[str, ...]) -> bool:
    """Whether at most 20 words are a Title In Capitals: most words past the small ones capitalised."""
    if len(words) > 20:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return bool(content) and caps >= 0.7 * len(content)


#: Words after a quote that attribute it rather than go on with a sentence: '“Why?” she asked'.
RUN_ON_SPEAKERS = frozenset("he she they we i one someone asked".split())


def _runs_on(text: str, seg: _Segment) -> bool:
    """Whether the sentence goes on in small letters right after the closing mark: '“…?” is
    now out' (a cry or question of one's own ends its sentence or is attributed)."""
    if seg.close_pos is None:
        return False
    after = text[seg.close_pos + 1 : seg.close_pos + 24]
    if not (after[:1] == " " and after[1:2].islower()):
        return False
    word = after.split(maxsplit=1)[0].strip(",.;:")
    # not '“…?” she asked' nor '“…!” exclaimed the crowd'; "is" goes on: '“…?” is out now'
    return word not in RUN_ON_SPEAKERS and (word not in VERB_WORDS or word in ("is", "was"))


def _looks_like_speech(text: str, seg: _Segment, inside: str) -> bool:
    """A quotation rather than a scare quote, a nickname or a title of a work."""
    words = _short_words(inside)
    if not words:
        return False
    if len(words) < 4:
        # "“Absolutely,” she said." — a short quote is speech when attributed as a clause, or
        # when it is a whole sentence of its own: "“Thank you all.”"
        if seg.direct and seg.rule not in ("quote.colon", "quote.said_unnamed"):
            return _ends_with(inside, ENDS_PHRASE)
        lead = text[max(0, seg.open_pos - 3) : seg.open_pos].rstrip()
        whole = seg.at_para_start or lead[-1:] in '.!?:"”'
        return (
            len(words) >= 2 and whole and inside[:1].isupper() and _ends_with(inside, ENDS_SENTENCE)
        )
    if inside.rstrip()[-1:] in "®™℠":
        return False  # a slogan: “It's a patient, not a package.®”
    if seg.rule == "quote.dash" and not _ends_with(inside, ENDS_PHRASE) and _title_cased(words):
        return False  # a work and its maker: "“Building the Bay Bridge (1950)” – Ann Roe"
    if seg.direct and seg.rule not in ("quote.colon", "quote.said_unnamed"):
        return True
    if seg.close_pos is None and _unclosed_name(text, seg.open_pos, inside):
        return False  # 'the newly launched "Acme Grant. This initiative ...': a name left open
    # an alias in parentheses: (“Sony”), (the "Company")
    before = text[max(0, seg.open_pos - 40) : seg.open_pos]
    if before.rstrip().endswith("(") and len(words) < 8:
        return False
    if TITLE_CUE.match(before):
        return False  # a work's title: 'a report titled “…”', 'the book “…”'
    if len(words) <= 20:
        content = [w for w in words if w.lower() not in SMALL_WORDS and not w[:1].isdigit()]
        caps = sum(1 for w in content if w[:1].isupper())
        if content and caps >= 0.7 * len(content) and not _ends_with(inside, TITLE_END):
            return False  # a Title In Capitals, perhaps with the writer's full stop inside
        if content and caps >= 0.7 * len(content) and _runs_on(text, seg):
            return False  # 'the memoir “Who Moved The River?” is out now': a title the sentence goes on past
    if (
        len(words) > 20
        and len(inside) < 400
        and sum(1 for w in inside.split(None, 12)[:12] if w[:1].isupper()) >= 6
        and not _ends_with(inside, TITLE_END)
    ):
        # a long Title In Capitals: 'Abstract 12, “A Randomised Trial of Aspirin in Adults,”'
        content = [w for w in WORD.findall(inside) if w.lower() not in SMALL_WORDS]
        caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
        if caps >= 0.7 * len(content):
            return False
    if len(words) <= 20 and MOTTO_CUE.match(before):
        return False  # 'guided by the mission “One team, one goal,”': a motto, not speech
    lead = before.rstrip()
    if (
        lead.endswith(":")
        and (lead[:-1].rsplit(None, 1)[-1:] or [""])[0].lower() in TEXT_NOT_SPEECH
    ):
        return False  # "an essay on the prompt: “Describe a problem …”": a text set, not speech
    if len(words) <= 12 and before.rstrip().endswith((",”", ',"')):
        return False  # one of a list of quoted titles: 'books including "Go Now," "Why Not?"'
    if len(words) <= 12:
        if NAMING_CUE.match(before) and not _ends_with(inside, ENDS_CLAUSE):
            return False
        # a phrase quoted inside a sentence: 'has called it “record-setting in scope”' — unless it
        # goes on from an attribution: '“We will rebuild,” Roe said, “and we will be stronger.”'
        wide = text[max(0, seg.open_pos - 100) : seg.open_pos]
        resumed = (
            wide.rstrip().endswith(",")
            and any(c in wide for c in '”"»')
            and SPEECH_CUE.search(wide)
        )
        if inside[:1].islower() and not seg.at_para_start and not resumed:
            return False

    if len(words) <= 8 and not _ends_with(inside, ENDS_PHRASE) and seg.close_pos is not None:
        after = text[seg.close_pos + 1 : seg.close_pos + 3]
        if after[:1].isalpha() or (after[:1] == " " and after[1:2].islower()):
            return False  # mid-sentence phrase: "a “pay it forward” mindset"
    return True


# --- the finder ---------------------------------------------------------------------


def _segments(doc: Document, pieces: list[_Piece]) -> list[_Segment]:
    """Pieces to segments: inside spans without their outer spaces."""
    text = doc.text
    out: list[_Segment] = []
    for pc in pieces:
        s = pc.open_pos + 1
        e = pc.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        out.append(
            _Segment(
                s,
                e,
                pc.open_pos,
                pc.close_pos,
                pc.para,
                pc.at_para_start,
                first_para=pc.para if pc.first_para < 0 else pc.first_para,
            )
        )
    return out


def find_quotes(doc: Document) -> list[Quote]:
    """Every quoted segment of direct speech, in document order."""
    text = doc.text
    pieces = _find_pieces(doc)
    if not pieces:
        return []
    segs = _segments(doc, pieces)
    if not segs:
        return []
    title_start, title_end = (doc.title.start, doc.title.end) if doc.title else (0, 0)
    registry = Registry(text, title_end)
    paragraphs = doc.paragraphs

    _attribute_directly(segs, doc, registry)
    merged = _merge_continued(segs, text)

    # keep speech; resolve speakers in order, falling back to the turn, the next or previous sentence
    speakers: list[Person] = []
    roles: dict[str, tuple[str | None, str | None]] = {}  # each speaker's first title and org
    hyphenated = "-\n" in text  # (tested once: a test per quote made a long release quadratic)
    out: list[Quote] = []
    last_by_para: dict[int, Person | None] = {}
    unnamed = False  # whether the last quote attributed was someone unnamed ("a resident said")
    turn_end = 0  # where the sentence of the last quote ends
    last_seg_para = -10
    for seg in merged:
        inside = text[seg.start : seg.end]
        if not _looks_like_speech(text, seg, inside):
            continue
        person = None
        if seg.direct and seg.who is not None and seg.who.pronoun:
            # "Roe said the trustees had met. “We saw …,” he said." — a person named since the
            # last quote's sentence is who "he" is; otherwise the last speaker
            lo = max(turn_end, seg.open_pos - 400)
            person = _last_named_before(seg.open_pos, lo, doc, registry)
            if person is None and speakers and seg.rule == "quote.name_said_colon":
                # "“…,” said Tom Hill. Sara Dignam, a nurse, was treated there. She said: “…”" —
                # a woman named since the last quote's sentence, before "she said" opens a turn
                named = _last_named_before(seg.open_pos, lo, doc, registry, strict=False)
                if (
                    named is not None
                    and seg.who.gender is not None
                    and _gender(named.name, text) == seg.who.gender
                ):
                    person = named
            # "Officials said the road would reopen. “…,” they said." — "they" is someone only
            # when a person was just named as speaking
            if (
                person is None and not speakers and not seg.who.plural
            ):  # "Vivian Lee sold her house. “…,” she recalls."
                lo = seg.open_pos - 400
                person = _last_named_before(seg.open_pos, lo, doc, registry, strict=False)
                if person is None:
                    # "Jane Roe, director of the trust, ... (paragraphs) ... “…,” she added": the
                    # person named further back, a person for sure (titled or speaking)
                    person = _last_named_before(seg.open_pos, seg.open_pos - 1500, doc, registry)
            if (
                person is not None
                and seg.who.gender is not None
                and _other_gender(person.name, seg.who.gender, text)
            ):
                person = None  # "Officer John Roe helped her. “…,” she said.": not John Roe
                if not speakers:
                    # "Jane Roe welcomed it. Mayor Tom Hill came. “…,” she added": the one before
                    person = _last_named_before(
                        seg.open_pos,
                        seg.open_pos - 400,
                        doc,
                        registry,
                        strict=False,
                        gender=seg.who.gender,
                    )
        if (
            person is None
            and seg.direct
            and not (seg.who is not None and seg.who.pronoun and unnamed)
        ):
            # ("A staff member said, “…” “…,” he added": "he" is that member, whom no name gives)
            person = _resolve(seg.who, speakers, registry)
        if (
            seg.open_pos < title_end
            and title_end - title_start < 150
            and not (seg.at_para_start and _ends_with(inside, ENDS_SENTENCE))  # opens the release
            and (person is None or seg.rule not in ("quote.said_name", "quote.name_said"))
        ):
            continue  # a headline's quote: kept only with "said NAME", not a Title-Cased guess
        rule = seg.rule
        confidence = 0.9 if person is not None else 0.5
        if person is None and seg.who is not None and seg.who.role:
            rule, confidence = "quote.unresolved_role", 0.4
        elif person is None and seg.direct:
            confidence = 0.6  # attributed to someone the release does not name
        elif person is None:
            first_para = seg.first_para
            if first_para in last_by_para and last_by_para[first_para] is not None:
                person, rule, confidence = last_by_para[first_para], "quote.same_turn", 0.8
            elif (
                (seg.at_para_start or _opens_list_item(text, paragraphs[first_para].start, seg))
                and last_seg_para == first_para - 1
                and last_by_para.get(last_seg_para)
            ):
                person, rule, confidence = last_by_para[last_seg_para], "quote.next_paragraph", 0.7
            else:
                who = _next_sentence_who(seg, text, paragraphs[seg.para].end, registry)
                person = _resolve(who, speakers, registry)
                if person is not None:
                    rule, confidence = "quote.next_sentence", 0.7
                else:
                    who = _previous_sentence_who(seg, doc, registry)
                    person = _resolve(who, speakers, registry)
                    if person is not None:
                        rule, confidence = "quote.previous_sentence", 0.6
                    else:
                        who = _subject_who(seg, text, paragraphs[seg.first_para].start, registry)
                        person = _resolve(who, speakers, registry)
                        if person is not None:
                            rule, confidence = "quote.subject", 0.6
                        elif not unnamed and _opens_in_first_person(seg, inside):
                            # "Minister for Education Norma Foley announced €9 million. … “I am
                            # delighted …”": the person named as the subject since the last quote
                            lo = seg.open_pos - 1500
                            person = _last_named_before(
                                seg.open_pos, max(turn_end, lo) if speakers else lo, doc, registry
                            )
                            if person is not None:
                                rule, confidence = "quote.named_before", 0.5
        if person is not None:
            person = _with_intro(person, roles, registry)
            speakers.append(person)
            known = roles.get(person.name, (None, None))
            roles[person.name] = (known[0] or person.title, known[1] or person.organization)
        last_by_para[seg.para] = person
        if person is not None:
            unnamed = False
        elif INDEFINITE_BEFORE.search(text, max(0, seg.open_pos - 160), seg.open_pos) or (
            seg.close_pos is not None
            and INDEFINITE_AFTER.match(text, seg.close_pos + 1, seg.close_pos + 80)
        ):
            unnamed = True  # "a spokesperson said", "One resident said, “…”": someone unnamed
        turn_end = doc.sentence_at(seg.close_pos if seg.close_pos is not None else seg.end).end
        last_seg_para = seg.para
        if person is not None and hyphenated:  # a word hyphenated at a line end: "Assoc-\niation"
            person = Person(
                _unhyphenate(person.name) or person.name,
                _unhyphenate(person.title),
                _unhyphenate(person.organization),
            )
        out.append(
            Quote(
                text=inside,
                speaker=person.name if person else None,
                title=_close_brackets(person.title or "") or None if person else None,
                organization=_org_kept(_close_brackets(person.organization or ""))
                if person
                else None,
                start=seg.start,
                end=seg.end,
                rule=rule,
                confidence=confidence,
            )
        )
    return out


# A list item's number or bullet before a quote that opens its paragraph: "2. “…”", "• “…”".
LIST_MARKER = deferred_pattern(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]*")


def _opens_list_item(text: str, para_start: int, seg: _Segment) -> bool:
    """Whether the quote opens a numbered or bulleted item: 'secrets: 1. “…” 2. “…”' — the item
    after an attributed item is the same speaker's, as the paragraph after a quote is."""
    if seg.open_pos - para_start > 6 or not text[seg.open_pos + 1 : seg.open_pos + 2].isupper():
        return False
    return LIST_MARKER.fullmatch(text, para_start, seg.open_pos) is not None


FIRST_PERSON = frozenset("i we i’m i'm we’re we're i’ve i've we’ve we've my our".split())


def _opens_in_first_person(seg: _Segment, inside: str) -> bool:
    """Whether a quote that opens its paragraph is speech of the writer's own: a first-person word
    among its first eight, and six words or more ("I am delighted to announce …")."""
    if not seg.at_para_start or not inside[:1].isupper():
        return False
    words = inside.split(maxsplit=8)
    return len(words) >= 6 and any(w.lower().strip(",.;:") in FIRST_PERSON for w in words[:8])


def _verb_then_speaker(text: str, pos: int) -> bool:
    """Whether the paragraph at ``pos`` opens with a verb of speech and then a name or a role:
    "said Jane Roe, …", "added the minister" (not "said to be the largest")."""
    words = text[pos : pos + 40].split(maxsplit=2)
    return (
        len(words) >= 2
        and words[0] in VERB_WORDS
        and (words[1][:1].isupper() or words[1] in ("the", "a", "an"))
    )


def _attribute_directly(segs: list[_Segment], doc: Document, registry: Registry) -> None:
    """Attribute each piece from the words right after its closing mark or before its opening one."""
    text = doc.text
    paragraphs = doc.paragraphs
    for seg in segs:
        if seg.close_pos is not None and not seg.at_para_start and _never_speech(text, seg):
            continue  # “Bear”, a “pay it forward” mindset: no attribution makes these speech
        para = paragraphs[seg.para]
        limit = para.end
        if (
            seg.close_pos is not None
            and seg.close_pos + 1 >= para.end
            and seg.para + 1 < len(paragraphs)
            and "\n" not in text[para.end : paragraphs[seg.para + 1].start]
            and (text[seg.end - 1] == "," or text[paragraphs[seg.para + 1].start].islower())
        ):
            # a one-line release cut into paragraphs at the spaces after “…,”  said Roe.
            limit = paragraphs[seg.para + 1].end
        elif (
            seg.close_pos is not None
            and seg.close_pos + 1 >= para.end
            and seg.para + 1 < len(paragraphs)
            and text[seg.end - 1] == ","
            and text[paragraphs[seg.para + 1].start].islower()
            and _verb_then_speaker(text, paragraphs[seg.para + 1].start)
        ):
            # “…,”  (blank line)  said Roe, CEO of Acme.  — a page or column break in a scan
            limit = paragraphs[seg.para + 1].end
        who, rule = _attribute_after(seg, text, limit, registry)
        if who is None and seg.close_pos is not None and text[seg.end - 1].isalpha():
            who = _said_after_aside(seg, text, limit, registry)
            rule = "quote.said_name" if who is not None else ""
        if (
            who is None
            and seg.close_pos is not None
            and "(" in text[seg.close_pos : seg.close_pos + 4]
        ):
            # “…” (Jane Roe, Minister of Health)
            who = _signature_in_brackets(text, seg.close_pos + 1, limit, registry)
            rule = "quote.signature" if who is not None else ""
        if who is None and seg.close_pos is not None and seg.para + 1 < len(paragraphs):
            nxt = paragraphs[seg.para + 1]
            if (
                not text[seg.close_pos + 1 : para.end].strip(" \t\u00a0.,")
                and text[nxt.start] in "-–—―"
            ):
                # “…”  (new line)  – The Honourable Jane Roe, Minister of Health
                m = AFTER_DASH.match(text[nxt.start : nxt.end])
                signed = WHO_END.split(m[_DASH_WHO], maxsplit=1)[0] if m else ""
                who = (
                    _read_who(signed, registry, name_first=True)
                    # "- Jess B, Blogger: “…”": the next reviewer's words, not these
                    if m and not signed.rstrip().endswith(":")
                    else None
                )
                rule = "quote.dash" if who is not None else ""
            elif not text[seg.close_pos + 1 : para.end].strip(" \t\u00a0.,"):
                # “…”  (new paragraph)  Jane Roe, Minister of Health
                who = _signature_paragraph(text, nxt, registry)
                rule = "quote.signature" if who is not None else ""
        if who is None:
            first = paragraphs[seg.first_para]  # where the quote opens
            prev_para = paragraphs[seg.first_para - 1] if seg.first_para > 0 else None
            who, rule = _attribute_before(seg, text, first.start, registry, prev_para)
        if who is not None:
            seg.who, seg.rule, seg.direct = who, rule, True


def _signature_in_brackets(text: str, pos: int, limit: int, registry: Registry) -> _Who | None:
    """The speaker a name and title in brackets right after a quote name, when they end the
    paragraph: “…” (Jane Roe, Minister of Health)."""
    open_at = text.find("(", pos, limit)
    close_at = text.find(")", open_at + 1, limit) if open_at >= 0 else -1
    if close_at < 0 or text[pos:open_at].strip() or text[close_at + 1 : limit].strip(" \t.\u00a0"):
        return None
    inner = text[open_at + 1 : close_at]
    if len(inner) > 160 or "," not in inner or not _signature_name(inner):
        return None
    who = _read_who(inner, registry, name_first=True)
    return who if who is not None and who.name and (who.title or who.organization) else None


def _signature_paragraph(text: str, para: Span, registry: Registry) -> _Who | None:
    """The speaker a paragraph of only a name and a title names ("Jane Roe, Minister of
    Health"), after a paragraph that is a quote; None for a sentence ("Jane Roe, CEO of Acme,
    spoke next.")."""
    line = text[para.start : para.end]
    if len(line) > 160 or line[-1:] in ".!?:":
        return None
    if "," not in line:
        # a name on a line of its own, then a line of its title: "Jane Roe\nDirector, Acme"
        below = text[para.end : para.end + 120].lstrip(" \t\r\n").split("\n", 1)[0].strip()
        if (
            not 2 <= len(line.split()) <= 4
            or not all(_is_name_token(t) or _is_initial(t) for t in line.split())
            or not below
            or below[-1:] in ".!?:"
            or not below[:1].isupper()
            or TITLE_WORDS.isdisjoint(w.lower().strip(".,") for w in below.split()[:6])
        ):
            return None
        line = f"{line}, {below}"
    title = line.partition(",")[2].split(None, 1)[:1]
    if not title or not (title[0][:1].isupper() or title[0].lower() in TITLE_WORDS):
        return None
    if not VERB_WORDS.isdisjoint(_words(line.lower())) or not _signature_name(line):
        return None
    who = _read_who(line, registry, name_first=True)
    return who if who is not None and who.name and (who.title or who.organization) else None


def _merge_continued(segs: list[_Segment], text: str) -> list[_Segment]:
    """Join a quote left open at a paragraph's end with the quote that opens the next (press style).

    Two pieces stay apart when each has its own attribution: “A. (end of paragraph)
    “B,” said Roe. is then two speakers' quotes, the first never closed.
    """
    merged: list[_Segment] = []
    for seg in segs:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.close_pos is None
            and seg.at_para_start
            and seg.para == prev.para + 1
        ):
            prev_has = prev.direct or _same_turn(merged, prev)
            if not (prev_has and seg.direct) and _looks_like_speech(
                text, seg, text[seg.start : seg.end]
            ):
                prev.end = seg.end
                prev.close_pos = seg.close_pos
                prev.para = seg.para
                if seg.direct and not prev.direct:
                    prev.who, prev.rule, prev.direct = seg.who, seg.rule, True
                continue
        merged.append(seg)
    return merged


def _same_turn(merged: list[_Segment], seg: _Segment) -> bool:
    """Whether an earlier quote of the same paragraph was attributed."""
    return any(s.para == seg.para and s.direct for s in merged[-3:] if s is not seg)


def _next_sentence_who(seg: _Segment, text: str, limit: int, registry: Registry) -> _Who | None:
    """ "“…” Jane Roe, CEO of Acme, said the gift..." — the next sentence names the speaker."""
    if seg.close_pos is None:
        return None
    pos = seg.close_pos + 1
    window = _join_line_hyphens(text[pos : min(limit, pos + 200)])
    m = NEXT_SENTENCE_WHO.match(window)
    who_text = m[_NEXT_SENTENCE_WHO] if m else ""
    if not m or len(who_text.split()) > 12:
        return None
    who = _read_who(who_text, registry, name_first=False)
    return who if who is not None and who.name else None


def _last_named_before(
    pos: int,
    lo: int,
    doc: Document,
    registry: Registry,
    *,
    strict: bool = True,
    gender: str | None = None,
) -> Person | None:
    """The last full name written between ``lo`` and ``pos``, for "he"/"she".

    ``strict`` wants a person for sure: a name after a title or before a verb of speech;
    ``gender`` passes over the names known to be of the other gender ("Mayor Tom Hill" for "she").
    """
    lo = max(doc.body.start, lo)
    last = None
    last_at = -1
    best = (0, -1, "")  # (2 the subject or speaking, 1 only titled; where; the name)
    text = doc.text
    # a hard-wrapped paragraph may cut a name or a title at a line end: "Jane\nRoe"
    runs = NAME_RUN_LINES if text.find("\n", lo, pos) >= 0 else NAME_RUN
    for m in runs.finditer(text, lo, pos):  # at most 400 characters
        run, run_start, run_end = m.group(), m.start(), m.end()
        cut = run.rfind("\n")
        if cut >= 0 and doc.paragraph_index(run_start) != doc.paragraph_index(run_start + cut + 1):
            run, run_start = run[cut + 1 :], run_start + cut + 1  # a heading above: not the name's
        toks = _name_part(run.split())
        if (
            len(toks) == 1
            and run.split()[-2:-1]
            and (run.split()[-2].lower().rstrip(".") in PERSONAL_HONORIFICS)
        ):
            # "Ms Waiguru said ...": an honorific and a surname, the full name written before
            known = registry.known_full(toks[0])
            toks = known.split() if known is not None else toks
        if not 2 <= len(toks) <= 3:
            continue
        if gender is not None and _other_gender(" ".join(toks), gender, text):
            continue  # "Jane Roe welcomed it. Mayor Tom Hill came. “…,” she added."
        # a person, not "Lantern Hill": introduced by a title, or the subject of speech
        words_before = text[max(0, run_start - 30) : run_start].split()
        dropped = run.split()[: len(run.split()) - len(toks)]
        title_inside = any(_is_titleish(w) for w in dropped)  # "Humanity President Griff Hubbard"
        office_of = (  # "Mayor of Blyth Warren Taylor": an office of a place, then the name
            len(words_before) > 1
            and words_before[-1] in ("of", "for")  # "Minister for Education Norma Foley"
            and words_before[-2].lower() in TITLE_WORDS
            and len(toks) == 3
        )
        if office_of:
            toks = toks[1:]  # the place's one word left out
        elif words_before and words_before[-1].lower() in PLACE_PREPOSITIONS and not title_inside:
            continue  # "officials in Santa Fe said": a place, not a person
        elif (
            words_before
            and words_before[-1] in ("the", "The")
            and not title_inside
            and text[run_end : run_end + 20].split()[:1] != []
            and text[run_end : run_end + 20].split()[0].lower().strip(",.") in TITLE_WORDS
        ):
            continue  # "said the Colin Sinn Féin councillor": a place or a party, not a person
        titled = (
            office_of
            or title_inside
            or (bool(words_before) and _is_titleish(words_before[-1].strip(",").lower()))
            or _title_follows(text, run_end)  # "Jane Roe, director of the trust"
        )
        speaking = SPEECH_SUBJECT.match(text, run_end, min(len(text), run_end + 40)) is not None
        heading = text[run_end : run_end + 1] in ("\n", "") and (  # a line of its own: a heading
            run_end >= doc.paragraphs[doc.paragraph_index(run_start)].end  # (not a wrapped line)
        )
        if titled or speaking or (not strict and not heading):
            last = " ".join(toks)
            last_at = run_start
            opens = text[max(0, run_start - 3) : run_start].rstrip(" \u00a0")
            subject = speaking or not opens or opens[-1] in '.!?”"\n'
            if subject and not speaking and _cut_line(text, run_start - 1):
                subject = False  # the name begins a line cut at the margin, not a sentence
            best = max(best, (2 if subject else 1, last_at, last))
    single = _named_speaking(text, lo, pos, registry)
    if single is not None and single > best:
        # "Mary notes that Officer Ana Ruiz helped. “…,” she says." — the given name that speaks
        # (or opens the sentence, after any other name) is who "she" is
        return Person(single[2], None, None)
    if best[0] == 2 and best[1] < last_at:
        last = best[2]  # "Roe said that Director Kim ... “…,” she said." — the one speaking
    if last is None:
        # "Roe sees it differently. “…,” he explains." — a surname of a person named before
        for m in reversed(CAP_SINGLE.findall(text, lo, pos)):
            if _is_name_token(m):
                known = registry.known_full(m)
                parts = known.split() if known is not None else []
                if (
                    len(parts) >= 2
                    and all(_is_name_token(p) for p in parts)
                    and f" {parts[0].lower()} " not in text  # "Global Compliance": words, no name
                ):
                    return Person(" ".join(parts), None, None)
    return Person(registry.full_name(last), None, None) if last else None


def _title_follows(text: str, end: int) -> bool:
    """Whether a title follows the name ending at ``end`` after its comma: ", director of …",
    ", the mayor"."""
    if text[end : end + 2] != ", ":
        return False
    words = text[end + 2 : end + 40].split(maxsplit=2)
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and words[0].lower().rstrip(",.") in TITLE_WORDS


def _named_speaking(text: str, lo: int, hi: int, registry: Registry) -> tuple[int, int, str] | None:
    """The last single given name or surname in ``text[lo:hi]`` that opens a verb of speech
    ("Mary notes that …") or a sentence ("Mary spent …"), as (2, where, full name), if the
    release introduced the full name: the rank of a subject, above a name only titled."""
    found = None
    for m in CAP_SINGLE.finditer(text, lo, hi):
        word = m.group()
        if not _is_name_token(word):
            continue
        opens = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0")
        if SPEECH_SUBJECT.match(text, m.end(), m.end() + 40) is not None:
            rank = 2
        elif (
            (not opens or opens[-1] in '.!?”"\n')
            and not _cut_line(text, m.start() - 1)  # a line cut at the margin opens no sentence
            and SUBJECT_VERB_NEXT.match(text, m.end(), m.end() + 30)
        ):
            rank = 2  # "Vivian spent 30 years at the firm."
        else:
            continue
        full = registry.full_name(word)
        if len(full.split()) >= 2:
            found = max(found or (0, -1, ""), (rank, m.start(), full))
    return found


# A lower-case word after a sentence's first name: the verb whose subject the name is.
SUBJECT_VERB_NEXT = deferred_pattern(
    r"[ \u00a0](?:also[ \u00a0])?(?!(?:and|or|of|the|to|in|on|at|for|with|by|from|as|and)\b)\p{Ll}{2,20}\b"
)


def _previous_sentence_who(seg: _Segment, doc: Document, registry: Registry) -> _Who | None:
    """ "Jane Roe spoke to the crowd after the vote. “We won.”" — the sentence before names the speaker.

    Only when the quote is a sentence of its own and the sentence before it
    speaks of speech ("said", "in an interview", a closing colon).
    """
    text = doc.text
    para = doc.paragraphs[seg.first_para]
    lead = text[para.start : seg.open_pos].rstrip()
    if lead and lead[-1:] not in ".!?:":
        return None
    idx = doc.sentence_index(seg.open_pos)
    if idx == 0:
        return None
    prev = doc.sentences[idx - 1]
    if doc.sentences[idx].start > seg.open_pos:  # the quote mark sits between sentences
        prev = doc.sentences[idx]
    elif lead.endswith(":") and doc.sentences[idx].start < seg.open_pos:
        prev = Span(
            doc.sentences[idx].start, seg.open_pos
        )  # "… the prompt: “…": the colon's clause
    if prev.end > seg.open_pos or seg.open_pos - prev.end > 300:
        return None
    sentence = _join_line_hyphens(text[prev.start : prev.end])  # "geologist Jo Sne-\nlling"
    if any(c in sentence for c in '“”"«»'):
        return None  # a sentence with its own quote has its own speaker
    if not (sentence.rstrip().endswith(":") or SPEECH_CUE.search(sentence)):
        return None
    if (
        sentence.rstrip().endswith(":")
        and (sentence.rstrip()[:-1].rsplit(None, 1)[-1:] or [""])[0].lower()
        in NOT_SPEECH_BEFORE_COLON
    ):
        return None  # "an essay on the following prompt:": a text, not speech
    lead = sentence.lstrip()
    heading = ATTRIBUTABLE_TO.match(lead)
    if heading is not None:  # "Quotes attributable to Jane Roe, Minister for Health:"
        who = _read_who(lead[heading.end() :].rstrip(" :\n"), registry, name_first=True)
        return who if who is not None and who.name and 2 <= len(who.name.split()) <= 4 else None
    if lead[:13].lower() == "according to ":  # "According to Jane Roe, CEO, the plan ..."
        who = _read_who(",".join(lead[13:].split(",", 2)[:2]), registry, name_first=True)
        return who if who is not None and who.name and 2 <= len(who.name.split()) <= 4 else None
    who = _read_who(sentence, registry, name_first=False)
    if who is None or not (who.pronoun or (who.name and 2 <= len(who.name.split()) <= 4)):
        return None
    return who


def _with_intro(
    person: Person, roles: dict[str, tuple[str | None, str | None]], registry: Registry
) -> Person:
    """Fill the title and organisation from an earlier mention of the same person (``roles``:
    the first title and organisation each speaker was given, by name)."""
    if person.title and person.organization:
        return person
    known = roles.get(person.name, (None, None))
    title, org = person.title or known[0], person.organization or known[1]
    if not (title and org):
        t, o = registry.intro(person.name)
        title, org = title or t, org or o
    return Person(person.name, title, org)
