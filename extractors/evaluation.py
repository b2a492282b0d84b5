"""Scoring predictions against gold annotations: precision, recall and F1 per field.

A gold folder holds, per release, the text ``<id>.txt`` and the answers
``<id>.gold.json``::

    {"id": "...", "kind": "donation" | "negative",
     "donors": [["Canonical name", "alias", ...], ...], "recipients": [[...], ...],
     "amounts": [{"text": "$1 million", "value": 1000000, "currency": "USD"}],
     "beneficiaries": ["phrase as written", ...],
     "statistics": [{"text": "2,000 volunteers", "value": 2000}],
     "quotes": [{"speaker": "Full Name", "text": "opening words of the segment"}],
     "gifts": [{"donor": "Canonical", "recipient": "Canonical" or null,
                "value": 1000000, "currency": "USD"}]}

Any field may have a ``<field>_optional`` list: items that are neither rewarded
nor penalised. A gold item may give ``start``/``end`` instead of ``text``.

Matching, field by field (the same rules as the corpus's reference scorer):

- donors, recipients: the predicted ``name`` (or ``text``) equals an alias after
  normalisation, or one token set holds the other and they share a token that is
  not generic ("Acme" ~ "Acme Holdings Inc", but "Foundation" matches nothing).
  A second prediction of the same gold entity is a false positive.
- amounts: same value (relative tolerance 1e-6) and currency; each distinct
  (value, currency) counts once per release.
- statistics: same value, and the predicted span overlaps an occurrence of the
  gold text in the release; finding the same statistic twice costs nothing.
- beneficiaries: content-word F1 with a gold phrase of at least 0.5.
- quotes: the first six words of one side occur in the other; one predicted
  quote may cover several gold segments. ``quotes+speaker`` also needs the
  speaker's surname.
- gifts: amount as for amounts (null matches null), donor and recipient as
  entities (null matches only null); scored only where the gold has ``gifts``.

Counts are summed over releases (micro-averaging) before P, R and F1.

    >>> gold = {"id": "x", "amounts": [{"text": "$5,000", "value": 5000, "currency": "USD"}],
    ...         "donors": [["Acme Holdings Inc", "Acme"]]}
    >>> pred = {"amounts": [{"text": "$5,000", "value": 5000, "currency": "USD"},
    ...                     {"text": "$90", "value": 90, "currency": "USD"}],
    ...         "donors": [{"name": "Acme"}]}
    >>> doc = score_document("x", pred, gold, "")
    >>> doc.fields["amounts"].counts, doc.fields["amounts"].extras
    (Counts(tp=1, fp=1, fn=0), ('$90 = 90 USD',))
    >>> doc.fields["donors"].counts.f1
    1.0

Standard library only: this module is imported by the CLI but imports nothing
of it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Every scored field, in report order.
FIELDS: tuple[str, ...] = (
    "donors",
    "recipients",
    "amounts",
    "beneficiaries",
    "statistics",
    "quotes",
    "quotes+speaker",
    "gifts",
)
#: The fields whose F1 the ``mean`` averages: ``quotes+speaker`` stands for quotes.
HEADLINE: tuple[str, ...] = (
    "donors",
    "recipients",
    "amounts",
    "beneficiaries",
    "statistics",
    "quotes+speaker",
)

#: Tokens that say what kind of body a name is, not which one: sharing only
#: these does not make two names the same entity.
GENERIC = frozenset(
    """
    the a an of and for in on at to inc incorporated llc ltd limited corp corporation
    company co group foundation fund funds plc sa ag gmbh nv bv holdings holding
    america american usa us international global trust association society institute
    university college organization organisation charitable charity community
    national council center centre partners partnership network program programme
    initiative services service north south east west new
    """.split()
)

#: Words left out of the content-word F1 of beneficiary phrases.
STOP = frozenset(
    """
    a an the of and or for in on at to with by from as that this these those who
    whom which their its his her our your they them it is are was were be been
    being will would can could may might more than such other all any each some
    """.split()
)

#: Name endings that are not the surname: "Martin Luther King Jr." is King.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "cpa"})

# Curly quotes and NBSP read as their plain forms before tokenising.
_PLAIN = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
_POSSESSIVE = re.compile(r"'s\b")  # "UNICEF's" -> "unicef"
_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")  # words and numbers: "1,000" "2.5"

#: How many opening words of a quote must occur in the other side.
QUOTE_WORDS = 6
#: The least content-word F1 at which two beneficiary phrases match.
BENEFICIARY_F1 = 0.5


# --- counts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives, with P, R and F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The JSON form: precision, recall, f1, tp, fp, fn."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class FieldResult:
    """One field of one release: the counts, and the items behind fn and fp."""

    counts: Counts
    misses: tuple[str, ...] = ()  # gold items nothing predicted matched, described
    extras: tuple[str, ...] = ()  # predictions that matched no gold item, described


@dataclass(frozen=True)
class DocumentScore:
    """The score of one release."""

    id: str
    fields: dict[str, FieldResult]
    predicted: bool = True  # False when the predictions had nothing for this release
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evaluation:
    """The scores over a gold folder: per release and summed."""

    documents: tuple[DocumentScore, ...]
    warnings: tuple[str, ...] = ()
    totals: dict[str, Counts] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        """Ids of the releases that had no prediction."""
        return [d.id for d in self.documents if not d.predicted]

    @property
    def has_gifts(self) -> bool:
        """Whether any gold file carries gift records."""
        return any("gifts" in d.fields for d in self.documents)

    @property
    def mean_f1(self) -> float:
        """The mean F1 of the headline fields."""
        return sum(self.totals[f].f1 for f in HEADLINE) / len(HEADLINE)

    def f1(self, name: str) -> float:
        """The F1 of a field, or of ``mean``."""
        if name == "mean":
            return self.mean_f1
        if name not in self.totals:
            raise KeyError(name)
        return self.totals[name].f1

    def scores(self) -> dict[str, dict[str, float | int]]:
        """Per field {precision, recall, f1, tp, fp, fn}, and ``mean`` {f1}."""
        out: dict[str, dict[str, float | int]] = {f: self.totals[f].as_dict() for f in FIELDS}
        out["mean"] = {"f1": self.mean_f1}
        return out


# --- normalising --------------------------------------------------------------


def words(text: str | None) -> list[str]:
    """Lower-case tokens without accents, possessives or punctuation.

    >>> words("Jarrín’s 1,000 “Kids”")
    ['jarrin', '1,000', 'kids']
    """
    text = unicodedata.normalize("NFKD", text or "").translate(_PLAIN)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _TOKEN.findall(_POSSESSIVE.sub("", text.lower()))


def name_tokens(name: str) -> set[str]:
    """The token set of an organisation's name, "&" read as "and"."""
    return set(words(name.replace("&", " and ")))


def names_match(name: str, aliases: Sequence[str]) -> bool:
    """Whether a name stands for the entity with these aliases.

    >>> names_match("Acme", ["Acme Holdings Inc"]), names_match("Foundation", ["Acme Foundation"])
    (True, False)
    """
    mine = name_tokens(name)
    if not mine:
        return False
    for alias in aliases:
        theirs = name_tokens(alias)
        if not theirs:
            continue
        if mine == theirs:
            return True
        if (mine <= theirs or theirs <= mine) and (mine & theirs) - GENERIC:
            return True
    return False


def surname(name: str | None) -> str | None:
    """The last token of a person's name that is not a suffix, or None."""
    tokens = [t for t in words(name) if t not in SUFFIXES]
    return tokens[-1] if tokens else None


def same_value(a: Any, b: Any) -> bool:
    """Whether two numbers are equal to a relative 1e-6; False when either is not a number."""
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)


def content_words(text: str) -> list[str]:
    """The tokens of a phrase without stop words."""
    return [w for w in words(text) if w not in STOP]


def phrase_f1(a: str, b: str) -> float:
    """The F1 of the content words two phrases share (a multiset overlap).

    >>> round(phrase_f1("children in rural schools", "rural school children"), 2)
    0.67
    """
    x, y = content_words(a), content_words(b)
    if not x or not y:
        return 0.0
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    if not common:
        return 0.0
    p, r = common / len(x), common / len(y)
    return 2 * p * r / (p + r)


def _holds_run(hay: list[str], needle: list[str]) -> bool:
    """Whether ``needle`` occurs as a contiguous run in ``hay``."""
    n = len(needle)
    return n > 0 and any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def quotes_match(pred_text: str, gold_text: str) -> bool:
    """Whether the first six words of either quote occur in the other."""
    p, g = words(pred_text), words(gold_text)
    return _holds_run(p, g[:QUOTE_WORDS]) or _holds_run(g, p[:QUOTE_WORDS])


# --- describing items for --per-doc -------------------------------------------


def _number(value: Any) -> str:
    """A value as people write it: 1500000 -> "1,500,000", 2.5 -> "2.5"."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "?" if value is None else str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def _short(text: str, limit: int = 60) -> str:
    """A text cut to ``limit`` characters with an ellipsis, on one line."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _money(item: Mapping[str, Any]) -> str:
    """ "$5,000 = 5,000 USD", or "5,000 USD" when the item has no text."""
    value = f"{_number(item.get('value'))} {item.get('currency') or '?'}"
    return f"{item['text']} = {value}" if item.get("text") else value


def _statistic(item: Mapping[str, Any]) -> str:
    """'"2,000 volunteers" = 2,000'."""
    return f"{_short(str(item.get('text') or ''))!r} = {_number(item.get('value'))}"


def _quote(item: Mapping[str, Any]) -> str:
    """'"We are proud…" (Jane Roe)'."""
    return f'"{_short(str(item.get("text") or ""), 50)}" ({item.get("speaker") or "no speaker"})'


def _party(name: Any) -> str:
    """A gift's donor or recipient by name; "(none)" for null."""
    if isinstance(name, dict):
        name = name.get("name") or name.get("text")
    return str(name) if name else "(none)"


def _gift(item: Mapping[str, Any]) -> str:
    """ "Acme → Food Bank: 5,000 USD"."""
    amount: Mapping[str, Any] = item["amount"] if isinstance(item.get("amount"), dict) else item
    money = "no amount" if amount.get("value") is None else _money({**amount, "text": None})
    return f"{_party(item.get('donor'))} → {_party(item.get('recipient'))}: {money}"


# --- matching, field by field -------------------------------------------------

Gold = list[Any]


def _entity_hit(name: str, gold: Gold, matched: set[int]) -> int | None:
    """The gold entity a predicted name stands for.

    An exact name wins over a looser one, and an entity not yet matched over one
    already matched; a name that only stands for matched entities returns one of
    them (the caller counts it as a duplicate).
    """
    tokens = name_tokens(name)
    exact = [i for i, aliases in enumerate(gold) if any(name_tokens(a) == tokens for a in aliases)]
    loose = [i for i, aliases in enumerate(gold) if names_match(name, aliases)]
    for candidates in (exact, loose):
        free = [i for i in candidates if i not in matched]
        if free:
            return free[0]
    either = exact or loose
    return either[0] if either else None


def match_entities(pred: list[dict[str, Any]], gold: Gold, optional: Gold) -> FieldResult:
    """Donors or recipients; gold items are alias lists, the first the canonical name."""
    matched: set[int] = set()
    tp = fp = 0
    extras: list[str] = []
    for item in pred:
        name = str(item.get("name") or item.get("text") or "")
        hit = _entity_hit(name, gold, matched)
        if hit is None:
            if not any(names_match(name, aliases) for aliases in optional):
                fp += 1
                extras.append(name)
        elif hit in matched:
            fp += 1
            extras.append(f"{name} (again: {gold[hit][0]})")
        else:
            matched.add(hit)
            tp += 1
    misses = tuple(str(aliases[0]) for i, aliases in enumerate(gold) if i not in matched)
    return FieldResult(Counts(tp, fp, len(gold) - len(matched)), misses, tuple(extras))


def _amount_matches(item: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Same value, and the gold's currency when it names one."""
    currency = (item.get("currency") or "").upper()
    return same_value(item.get("value"), gold.get("value")) and (
        not gold.get("currency") or currency == gold["currency"].upper()
    )


def match_amounts(pred: list[dict[str, Any]], gold: Gold, optional: Gold) -> FieldResult:
    """Amounts: each distinct (value, currency) once; gold items are {text, value, currency}."""
    seen: list[tuple[Any, str]] = []
    matched: set[int] = set()
    tp = fp = 0
    extras: list[str] = []
    for item in pred:
        key = (item.get("value"), (item.get("currency") or "").upper())
        if any(same_value(key[0], v) and key[1] == c for v, c in seen):
            continue  # the same money mentioned again
        seen.append(key)
        hit = next((i for i, g in enumerate(gold) if _amount_matches(item, g)), None)
        if hit is None:
            if not any(_amount_matches(item, g) for g in optional):
                fp += 1
                extras.append(_money(item))
        elif hit not in matched:
            matched.add(hit)
            tp += 1
    misses = tuple(_money(g) for i, g in enumerate(gold) if i not in matched)
    return FieldResult(Counts(tp, fp, len(gold) - len(matched)), misses, tuple(extras))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every [start, end) where ``needle`` occurs in ``text``, overlapping ones too."""
    spans: list[tuple[int, int]] = []
    start = text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def match_statistics(
    pred: list[dict[str, Any]],
    gold: Gold,
    optional: Gold,
    text: str,
    warn: Callable[[str], None],
) -> FieldResult:
    """Statistics: same value and a span overlapping the gold text's place in ``text``."""

    def places(g: Mapping[str, Any]) -> list[tuple[int, int]]:
        spans = _occurrences(text, g["text"])
        if not spans:
            warn(f"gold statistic text not in release: {g['text']!r}")
        return spans

    gold_places = [places(g) for g in gold]
    optional_places = [places(g) for g in optional]

    def hits(item: Mapping[str, Any], g: Mapping[str, Any], spans: list[tuple[int, int]]) -> bool:
        if not same_value(item.get("value"), g.get("value")):
            return False
        s, e = item.get("start"), item.get("end")
        if not isinstance(s, int) or not isinstance(e, int):
            return False
        return any(s < ge and gs < e for gs, ge in spans)

    matched: set[int] = set()
    tp = fp = 0
    extras: list[str] = []
    for item in pred:
        hit = next(
            (i for i, g in enumerate(gold) if i not in matched and hits(item, g, gold_places[i])),
            None,
        )
        if hit is not None:
            matched.add(hit)
            tp += 1
        elif any(hits(item, g, gold_places[i]) for i, g in enumerate(gold)):
            continue  # the same statistic found twice
        elif not any(hits(item, g, optional_places[i]) for i, g in enumerate(optional)):
            fp += 1
            extras.append(_statistic(item))
    misses = tuple(_statistic(g) for i, g in enumerate(gold) if i not in matched)
    return FieldResult(Counts(tp, fp, len(gold) - len(matched)), misses, tuple(extras))


def match_beneficiaries(pred: list[dict[str, Any]], gold: Gold, optional: Gold) -> FieldResult:
    """Beneficiaries: the best unmatched gold phrase with content-word F1 >= 0.5."""
    matched: set[int] = set()
    tp = fp = 0
    extras: list[str] = []
    for item in pred:
        text = str(item.get("text") or "")
        # Ties go to the later gold phrase, as in the reference scorer.
        best_f1, best = max(
            ((phrase_f1(text, g), i) for i, g in enumerate(gold) if i not in matched),
            default=(0.0, None),
        )
        if best is not None and best_f1 >= BENEFICIARY_F1:
            matched.add(best)
            tp += 1
        elif not any(phrase_f1(text, g) >= BENEFICIARY_F1 for g in [*optional, *gold]):
            fp += 1
            extras.append(_short(text, 100))
    misses = tuple(_short(g, 100) for i, g in enumerate(gold) if i not in matched)
    return FieldResult(Counts(tp, fp, len(gold) - len(matched)), misses, tuple(extras))


def match_quotes(
    pred: list[dict[str, Any]], gold: Gold, optional: Gold
) -> tuple[FieldResult, FieldResult]:
    """Quotes found, and quotes found with the right speaker (by surname)."""
    found: set[int] = set()
    found_with_speaker: set[int] = set()
    tp = fp = tp_speaker = fp_speaker = 0
    extras: list[str] = []
    wrong_speaker: list[str] = []
    for item in pred:
        text = str(item.get("text") or "")
        hits = [i for i, g in enumerate(gold) if quotes_match(text, g["text"])]
        if not hits:
            if not any(quotes_match(text, g["text"]) for g in optional):
                fp += 1
                fp_speaker += 1
                extras.append(_quote(item))
            continue
        tp += 1
        found.update(hits)
        speaker = surname(item.get("speaker"))
        good = [i for i in hits if speaker == surname(gold[i].get("speaker"))]
        if good:
            tp_speaker += 1
            found_with_speaker.update(good)
        else:
            fp_speaker += 1
            expected = gold[hits[0]].get("speaker") or "no speaker"
            wrong_speaker.append(f"{_quote(item)}, expected {expected}")
    detection = FieldResult(
        Counts(tp, fp, len(gold) - len(found)),
        tuple(_quote(g) for i, g in enumerate(gold) if i not in found),
        tuple(extras),
    )
    attribution = FieldResult(
        Counts(tp_speaker, fp_speaker, len(gold) - len(found_with_speaker)),
        tuple(_quote(g) for i, g in enumerate(gold) if i not in found_with_speaker),
        tuple(extras + wrong_speaker),
    )
    return detection, attribution


def match_gifts(
    pred: list[dict[str, Any]],
    gold: Gold,
    optional: Gold,
    entities: Mapping[str, Sequence[str]],
) -> FieldResult:
    """Gift records; ``entities`` maps each canonical gold name to its aliases."""

    def party(pred_name: Any, gold_name: str | None) -> bool:
        if isinstance(pred_name, dict):  # {"name": ...} rather than a bare name
            pred_name = pred_name.get("name") or pred_name.get("text")
        if not gold_name:
            return not pred_name
        return bool(pred_name) and names_match(str(pred_name), entities.get(gold_name, [gold_name]))

    def money(item: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
        amount = item.get("amount") if isinstance(item.get("amount"), dict) else None
        if g.get("value") is None:
            return amount is None or amount.get("value") is None
        return amount is not None and _amount_matches(amount, g)

    def hits(item: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
        return (
            money(item, g)
            and party(item.get("donor"), g.get("donor"))
            and party(item.get("recipient"), g.get("recipient"))
        )

    matched: set[int] = set()
    tp = fp = 0
    extras: list[str] = []
    for item in pred:
        hit = next((i for i, g in enumerate(gold) if i not in matched and hits(item, g)), None)
        if hit is not None:
            matched.add(hit)
            tp += 1
        elif not any(hits(item, g) for g in optional):
            fp += 1
            extras.append(_gift(item))
    misses = tuple(_gift(g) for i, g in enumerate(gold) if i not in matched)
    return FieldResult(Counts(tp, fp, len(gold) - len(matched)), misses, tuple(extras))


# --- one release --------------------------------------------------------------


def _facts(pred: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """A prediction's facts of one field; a lone object counts as a list of one."""
    value = pred.get(name) or []
    if isinstance(value, dict):
        value = [value]
    return [v for v in value if isinstance(v, dict)]


def _with_text(item: Any, text: str) -> Any:
    """A gold item given as a span gets its text: {"start": s, "end": e} -> text[s:e]."""
    if isinstance(item, dict) and "text" not in item and "start" in item:
        return {**item, "text": text[item["start"] : item["end"]]}
    return item


def score_document(
    doc_id: str, pred: Mapping[str, Any], gold: Mapping[str, Any], text: str
) -> DocumentScore:
    """Score one release's prediction against its gold; ``text`` places statistics."""
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(f"{doc_id}: {message}")

    def wanted(name: str) -> tuple[Gold, Gold]:
        required = [_with_text(i, text) for i in gold.get(name) or []]
        optional = [_with_text(i, text) for i in gold.get(name + "_optional") or []]
        if name == "beneficiaries":
            required = [i["text"] if isinstance(i, dict) else i for i in required]
            optional = [i["text"] if isinstance(i, dict) else i for i in optional]
        return required, optional

    fields: dict[str, FieldResult] = {
        "donors": match_entities(_facts(pred, "donors"), *wanted("donors")),
        "recipients": match_entities(_facts(pred, "recipients"), *wanted("recipients")),
        "amounts": match_amounts(_facts(pred, "amounts"), *wanted("amounts")),
        "beneficiaries": match_beneficiaries(
            _facts(pred, "beneficiaries"), *wanted("beneficiaries")
        ),
        "statistics": match_statistics(
            _facts(pred, "statistics"), *wanted("statistics"), text, warn
        ),
    }
    fields["quotes"], fields["quotes+speaker"] = match_quotes(
        _facts(pred, "quotes"), *wanted("quotes")
    )
    if "gifts" in gold:
        entities: dict[str, Sequence[str]] = {}
        for key in ("donors", "donors_optional", "recipients", "recipients_optional"):
            for aliases in gold.get(key) or []:
                entities.setdefault(aliases[0], aliases)
        fields["gifts"] = match_gifts(_facts(pred, "gifts"), *wanted("gifts"), entities)
    return DocumentScore(doc_id, fields, warnings=tuple(warnings))


# --- a gold folder ------------------------------------------------------------


@dataclass(frozen=True)
class GoldDocument:
    """One release of a gold folder: its id, answers and text."""

    id: str
    gold: dict[str, Any]
    text: str  # "" when the folder has no <id>.txt
    text_path: Path


def doc_id(source: str | None) -> str:
    """The release id of a prediction's ``source``: the file name up to its first dot.

    A release of a JSON Lines corpus ("corpus.jsonl#<id>") is known by its id,
    read the same way.

    >>> doc_id("corpus/dev/d003-acme.txt"), doc_id("d003-acme"), doc_id("batch.jsonl#d003-acme")
    ('d003-acme', 'd003-acme', 'd003-acme')
    """
    name = str(source)
    corpus, sep, ident = name.rpartition("#")
    if sep and ident and corpus.lower().endswith(".jsonl"):
        name = ident
    return Path(name).name.split(".")[0]


def load_gold(folder: Path) -> list[GoldDocument]:
    """Every ``*.gold.json`` in a folder, sorted by file name, with its release text.

    The text is read as the reference scorer reads it (UTF-8, universal line
    ends), so statistic spans are placed the same way. Raises ``FileNotFoundError``
    when the folder holds no gold file and ``ValueError`` on a file that is not JSON.
    """
    paths = sorted(Path(folder).glob("*.gold.json"))
    if not paths:
        raise FileNotFoundError(f"no *.gold.json in {folder}")
    out: list[GoldDocument] = []
    for path in paths:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise ValueError(f"{path}: not a JSON gold file: {err}") from err
        if not isinstance(gold, dict):
            raise ValueError(f"{path}: a gold file is a JSON object")
        gid = str(gold.get("id") or path.name[: -len(".gold.json")])
        text_path = path.with_name(gid + ".txt")
        text = text_path.read_text(encoding="utf-8", errors="replace") if text_path.exists() else ""
        out.append(GoldDocument(gid, gold, text, text_path))
    return out


def parse_predictions(lines: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Predictions JSON lines by release id (from each object's ``source``).

    A later line for the same id replaces an earlier one. Raises ``ValueError``
    naming the line when one is not a JSON object with a ``source``.
    """
    preds: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"line {n}: not JSON: {err.msg}") from err
        if not isinstance(obj, dict) or "source" not in obj:
            raise ValueError(f"line {n}: a prediction is an object with a 'source'")
        preds[doc_id(obj["source"])] = obj
    return preds


def evaluate(golds: Iterable[GoldDocument], preds: Mapping[str, Mapping[str, Any]]) -> Evaluation:
    """Score predictions (by release id) against gold documents; counts summed over releases."""
    documents: list[DocumentScore] = []
    warnings: list[str] = []
    totals = {f: Counts() for f in FIELDS}
    for gold in golds:
        pred = preds.get(gold.id)
        score = score_document(gold.id, pred or {}, gold.gold, gold.text)
        if pred is None:
            score = DocumentScore(score.id, score.fields, False, score.warnings)
        documents.append(score)
        warnings.extend(score.warnings)
        for name, result in score.fields.items():
            totals[name] = totals[name] + result.counts
    return Evaluation(tuple(documents), tuple(warnings), totals)
