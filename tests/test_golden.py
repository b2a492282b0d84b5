"""Golden files: every fixture release against its recorded output and its intended facts.

Each ``fixtures/<name>.txt`` is a release written for these tests. Beside it:

- ``<name>.json``: the full ``extract(text, source="fixtures/<name>.txt").to_dict()``
  output, recorded. ``pytest --regen`` rewrites it; review the diff before committing.
- ``<name>.facts.json``: the facts the release was written to contain, by hand:
  ``kind`` ("donation" or "negative"), ``donors`` and ``recipients`` (lists of
  aliases), ``amounts`` (value, currency, and the bound when not exact),
  ``quotes`` (the speaker's full name and opening words), ``gifts``, and in
  some fixtures ``statistics`` (text and value) and ``beneficiaries`` (phrases);
  facts defensible to report but not required under ``<field>_optional``; and two
  maps of field -> why the output fails today: ``xfail`` (an intended fact
  missing) and ``xfail_extra`` (an unintended fact reported). After
  ``pytest --regen``, ``python tests/test_golden.py --refresh-xfail`` rewrites
  both maps from the new golden files; review that diff like the goldens'.
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import regex

from extractors import FIELDS, extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NAMES = sorted(p.name.removesuffix(".txt") for p in FIXTURES.glob("*.txt"))
CHECKED = ("donors", "recipients", "amounts", "quotes", "gifts", "statistics", "beneficiaries")
STOP_WORDS = frozenset(
    "a an the of and or for in on at to with by from as that this these those who which their its "
    "his her our they them it is are was were be been will would can could may more than such".split()
)


def release_text(name: str) -> str:
    """A fixture exactly as stored: CRLF, NBSP and all (no newline translation)."""
    return (FIXTURES / f"{name}.txt").read_bytes().decode("utf-8")


def current_output(name: str) -> dict[str, Any]:
    """The output of today's extractors, through JSON as the CLI prints it."""
    release = extract(release_text(name), source=f"fixtures/{name}.txt")
    return json.loads(json.dumps(release.to_dict(), ensure_ascii=False))


def facts_of(name: str) -> dict[str, Any]:
    """The hand-written intended facts of a fixture."""
    return json.loads((FIXTURES / f"{name}.facts.json").read_text(encoding="utf-8"))


def dump(obj: Any) -> str:
    """Golden files are pretty-printed UTF-8 JSON ending in a newline, for readable diffs."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# --- matching the intended facts -------------------------------------------------

GENERIC = frozenset(
    "the a an of and for in on at to inc llc ltd corp corporation company co group foundation "
    "fund plc holdings america american us international trust association society institute "
    "university college organization organisation community national council center centre "
    "network program programme services government first new".split()
)
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def words(text: str | None) -> list[str]:
    """Lower-case words without accents or possessive 's: "Raíces’s" -> ["raices"]."""
    plain = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = regex.sub(r"['’]s\b", "", plain)
    return _WORD.findall(plain)


def same_entity(found: str | None, aliases: list[str]) -> bool:
    """A found name stands for an intended entity: same words, or one inside the other sharing a specific word."""
    got = set(words(found))
    if not got:
        return False
    for alias in aliases:
        want = set(words(alias))
        if got == want or ((got <= want or want <= got) and (got & want) - GENERIC):
            return True
    return False


def same_money(value: Any, currency: Any, want: dict[str, Any]) -> bool:
    """Same value (to a millionth) and the same ISO currency."""
    if value is None or want["value"] is None:
        return value is None and want["value"] is None
    return math.isclose(value, want["value"], rel_tol=1e-6) and currency == want["currency"]


def opens_with(found: str, opening: str) -> bool:
    """The intended opening words (up to six) occur in a found quote, word for word."""
    hay, needle = words(found), words(opening)[:6]
    return any(hay[i : i + len(needle)] == needle for i in range(len(hay) - len(needle) + 1))


def same_person(found: str | None, intended: str | None) -> bool:
    """The speaker as the release first introduces them: the same words, "Claire Beaulieu" not "Honourable Claire Beaulieu"."""
    return words(found) == words(intended)


def entity_aliases(facts: dict[str, Any], name: str | None) -> list[str]:
    """The aliases of a donor or recipient named in a gift record."""
    for key in ("donors", "recipients", "donors_optional", "recipients_optional"):
        for aliases in facts.get(key, []):
            if name in aliases:
                return list(aliases)
    return [name] if name else []


def entity_hit(found: dict[str, Any], aliases: list[str]) -> bool:
    return same_entity(found["name"], aliases) or same_entity(found["text"], aliases)


def money_hit(found: dict[str, Any], want: dict[str, Any]) -> bool:
    """Same value and currency, and the same bound when the facts state one."""
    return same_money(found["value"], found["currency"], want) and (
        "bound" not in want or found["bound"] == want["bound"]
    )


def gift_hit(facts: dict[str, Any], found: dict[str, Any], want: dict[str, Any]) -> bool:
    """Same donor, recipient (None only for None) and money (None only for None)."""

    def party(got: str | None, name: str | None) -> bool:
        return got is None if name is None else same_entity(got, entity_aliases(facts, name))

    amount = found["amount"]
    money = (
        same_money(amount["value"], amount["currency"], want) if amount else want["value"] is None
    )
    return (
        money
        and party(found["donor"], want["donor"])
        and party(found["recipient"], want["recipient"])
    )


def statistic_hit(text: str, found: dict[str, Any], want: dict[str, Any]) -> bool:
    """Same value, and the found span overlaps a place where the intended text occurs."""
    if found["value"] is None or not math.isclose(found["value"], want["value"], rel_tol=1e-6):
        return False
    where = [m.start() for m in regex.finditer(regex.escape(want["text"]), text)]
    return any(found["start"] < s + len(want["text"]) and s < found["end"] for s in where)


def phrase_f1(found: str, want: str) -> float:
    """Content-word F1 of two phrases: a beneficiary matches at 0.5 or more."""
    x = [w for w in words(found) if w not in STOP_WORDS]
    y = [w for w in words(want) if w not in STOP_WORDS]
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    if not common:
        return 0.0
    p, r = common / len(x), common / len(y)
    return 2 * p * r / (p + r)


def hit(field: str, facts: dict[str, Any], found: dict[str, Any], want: Any, text: str) -> bool:
    """Whether one found fact is the intended fact ``want``."""
    if field == "statistics":
        return statistic_hit(text, found, want)
    if field == "beneficiaries":
        return phrase_f1(found["text"], want) >= 0.5
    if field in ("donors", "recipients"):
        return entity_hit(found, want)
    if field == "amounts":
        return money_hit(found, want)
    if field == "quotes":
        return opens_with(found["text"], want["text"]) and same_person(
            found["speaker"], want["speaker"]
        )
    return gift_hit(facts, found, want)


def missing_facts(field: str, facts: dict[str, Any], out: dict[str, Any], text: str) -> list[str]:
    """The intended facts of one field that the output lacks."""
    return [
        json.dumps(want, ensure_ascii=False)
        for want in facts[field]
        if not any(hit(field, facts, found, want, text) for found in out[field])
    ]


def unintended_facts(
    field: str, facts: dict[str, Any], out: dict[str, Any], text: str
) -> list[str]:
    """What the output reports that the release was not written to state (optional facts allowed), or reports twice.

    Statistics found in the About and other boilerplate sections are optional, as the guidelines say.
    """
    allowed = facts[field] + facts.get(f"{field}_optional", [])
    extra: list[str] = []
    seen: list[Any] = []
    for found in out[field]:
        if field == "statistics" and found["section"] == "boilerplate":
            continue
        if field == "quotes":  # text only: a wrong speaker is a miss, counted by missing_facts
            match = [
                w
                for w in allowed
                if opens_with(found["text"], w["text"]) or opens_with(w["text"], found["text"])
            ]
        elif field == "amounts":  # a wrong bound is a miss, counted by missing_facts
            match = [w for w in allowed if same_money(found["value"], found["currency"], w)]
        elif field == "gifts" and found["amount"] is None:  # the gift restated without its money
            match = [w for w in allowed if gift_hit(facts, found, {**w, "value": None})]
        else:
            match = [w for w in allowed if hit(field, facts, found, w, text)]
        label = found.get("name") or found.get("text")
        if field == "gifts":
            amount = found["amount"]["value"] if found["amount"] else None
            label = f"{found['donor']} -> {found['recipient']}: {amount}"
        if not match:
            extra.append(f"unintended: {label!r}")
        elif field in ("donors", "recipients") and match[0] in seen:
            extra.append(f"the same entity twice: {label!r}")
        seen.extend(match[:1])
    return extra


def changes(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """A short account of how the output moved from the golden file, fact by fact, for the failure message."""
    lines = ["output differs from the golden file (pytest --regen rewrites it; review the diff):"]
    for key in expected.keys() | actual.keys():
        old, new = expected.get(key), actual.get(key)
        if old == new:
            continue
        if not (isinstance(old, list) and isinstance(new, list)):
            lines.append(f"  {key}: {old!r} -> {new!r}")
            continue
        old_keys = [json.dumps(f, sort_keys=True, ensure_ascii=False) for f in old]
        new_keys = [json.dumps(f, sort_keys=True, ensure_ascii=False) for f in new]
        lines += [f"  {key} - {k[:160]}" for k in old_keys if k not in new_keys]
        lines += [f"  {key} + {k[:160]}" for k in new_keys if k not in old_keys]
    return "\n".join(lines)


def intended_cases(key: str, skip_empty: bool) -> list[Any]:
    """One case per fixture and checked field, a strict xfail where the facts file's ``key`` map says why."""
    cases = []
    for name in NAMES:
        path = FIXTURES / f"{name}.facts.json"
        facts = facts_of(name) if path.exists() else {}
        reasons = facts.get(key, {})
        for field in CHECKED:
            if field not in facts or (skip_empty and not facts[field]):
                continue  # not stated, or nothing intended: only the check for unintended facts applies
            marks = (
                [pytest.mark.xfail(reason=reasons[field], strict=True)] if field in reasons else []
            )
            cases.append(pytest.param(name, field, marks=marks, id=f"{name}-{field}"))
    return cases


# --- the tests -------------------------------------------------------------------


def test_fixtures_are_complete() -> None:
    """Every fixture release has a golden file and an intended-facts file, and there are at least seven."""
    lacking = [
        f"{name}.{ext}"
        for name in NAMES
        for ext in ("json", "facts.json")
        if not (FIXTURES / f"{name}.{ext}").exists()
    ]

    assert len(NAMES) >= 7
    assert lacking == []


@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str, regen: bool) -> None:
    """The output for a fixture equals its golden JSON (``--regen`` rewrites the golden instead)."""
    golden = FIXTURES / f"{name}.json"
    actual = current_output(name)
    if regen:
        golden.write_text(dump(actual), encoding="utf-8")
    assert golden.exists(), f"no {golden.name}: run pytest --regen and review it"
    expected = json.loads(golden.read_text(encoding="utf-8"))

    assert expected == actual, changes(expected, actual)


@pytest.mark.parametrize("name", NAMES)
def test_spans_point_into_the_release(name: str) -> None:
    """Every fact of every field, gifts included, satisfies ``release[start:end] == text``."""
    text = release_text(name)
    out = current_output(name)
    bad = [
        (field, fact["start"], fact["end"], fact["text"])
        for field in FIELDS
        for fact in out[field]
        if not (0 <= fact["start"] <= fact["end"] <= len(text))
        or text[fact["start"] : fact["end"]] != fact["text"]
    ]

    assert bad == []


@pytest.mark.parametrize("name", NAMES)
def test_golden_spans_point_into_the_release(name: str) -> None:
    """The recorded golden output, too, only holds spans that point at their text."""
    golden = FIXTURES / f"{name}.json"
    if not golden.exists():
        pytest.skip(f"no {golden.name} yet")
    text = release_text(name)
    out = json.loads(golden.read_text(encoding="utf-8"))
    bad = [
        (field, fact["start"], fact["end"], fact["text"])
        for field in FIELDS
        for fact in out.get(field, [])
        if text[fact["start"] : fact["end"]] != fact["text"]
    ]

    assert bad == []


@pytest.mark.parametrize(("name", "field"), intended_cases("xfail", skip_empty=True))
def test_golden_holds_the_intended_facts(name: str, field: str) -> None:
    """The golden output of a fixture contains every fact the release was written to state, speakers by full name."""
    out = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))

    assert missing_facts(field, facts_of(name), out, release_text(name)) == []


@pytest.mark.parametrize(("name", "field"), intended_cases("xfail_extra", skip_empty=False))
def test_golden_holds_no_unintended_facts(name: str, field: str) -> None:
    """The golden output of a fixture reports nothing the release was not written to state, and no entity twice."""
    out = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))

    assert unintended_facts(field, facts_of(name), out, release_text(name)) == []


def test_negative_fixture_is_marked_negative() -> None:
    """At least one fixture announces no gift, and its facts say no donors, recipients or amounts."""
    negatives = [name for name in NAMES if facts_of(name)["kind"] == "negative"]
    lists = [
        (facts_of(n)["donors"], facts_of(n)["recipients"], facts_of(n)["amounts"])
        for n in negatives
    ]

    assert negatives
    assert all(lst == ([], [], []) for lst in lists)


MATCHER_ROWS = [
    # (found name, aliases, same entity?)
    ("Sony Corporation of America", ["Sony Corporation of America"], True),
    ("Sony", ["Sony Corporation of America"], True),
    ("the Foundation", ["Whitcombe Family Foundation"], False),
    ("Raices Relief Fund", ["Raíces Relief Fund"], True),
    ("Harbor Arts Conservatory", ["Pacific Coast Youth Orchestra"], False),
    ("", ["UNICEF"], False),
]


@pytest.mark.parametrize(("found", "aliases", "expected"), MATCHER_ROWS)
def test_entity_matcher(found: str, aliases: list[str], expected: bool) -> None:
    """The intended-facts matcher accepts a shortened or unaccented name and rejects a generic or different one."""
    assert same_entity(found, aliases) is expected


# --- keeping the xfail maps current ----------------------------------------------

WHAT_MISSES = {
    "donors": "misses donor",
    "recipients": "misses recipient",
    "amounts": "misses amount",
    "quotes": "misses quote segment or its speaker's full name",
    "gifts": "no gift record for",
    "statistics": "misses statistic",
    "beneficiaries": "misses beneficiary",
}


def refresh_xfail_maps() -> None:
    """Rewrite each facts file's ``xfail`` and ``xfail_extra`` maps from its golden file.

    Run after ``pytest --regen`` with ``python tests/test_golden.py --refresh-xfail``,
    then review the diff: a map that grows is a regression to look into.
    """

    def short(items: list[str], n: int = 3) -> str:
        more = f" (+{len(items) - n} more)" if len(items) > n else ""
        return "; ".join(items[:n]) + more

    for name in NAMES:
        facts = facts_of(name)
        text = release_text(name)
        out = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        missing, extra = {}, {}
        for field in CHECKED:
            if field not in facts:
                continue
            if facts[field] and (miss := missing_facts(field, facts, out, text)):
                missing[field] = f"{WHAT_MISSES[field]} {short(miss)}"
            if more := unintended_facts(field, facts, out, text):
                extra[field] = f"reports {field} the release does not state: {short(more)}"
        facts["xfail"], facts["xfail_extra"] = missing, extra
        (FIXTURES / f"{name}.facts.json").write_text(dump(facts), encoding="utf-8")
        print(f"{name}: xfail {sorted(missing)}, xfail_extra {sorted(extra)}")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["--refresh-xfail"]:
        raise SystemExit("usage: python tests/test_golden.py --refresh-xfail")
    refresh_xfail_maps()
