"""Speed and robustness benchmarks for pressfacts, with PASS/FAIL against its targets.

    python benchmarks/run.py            # the full run (a few minutes)
    python benchmarks/run.py --quick    # a short run (well under a minute)

Standard library plus the project. Measures, on the current machine:

- throughput (releases/s and MB/s, one core) over a corpus built from
  ``fixtures/`` with variations, over ``../shared/corpus/dev`` and over
  ``../shared/corpus/unlabeled/newsworthy.jsonl`` when present;
- cold start: ``pressfacts extract one.txt --format jsonl`` against
  ``python -c "import typer, rich, regex"``, best of N runs;
- scaling: time per MB for releases of 1 KB, 100 KB, 1 MB and 10 MB;
- hostile inputs: 1 MB of quote marks, digits and commas, ``$``, capitalised
  words, one unbroken line, nested brackets, lines padded with spaces..., each
  against a normal release, with how its time grows with its size;
- ``--jobs`` speed-up (1 vs 2) and the peak memory of the command.

Beside the numbers it prints what an owner needs to act: time per pipeline
stage, the slowest dev releases, lines calling ``regex.search(...)`` & co. with
a pattern string (looked up at every call), the slowest imports of the command,
and where an exception or regex timeout was raised.

Targets: >= 1,000 releases/s on the dev corpus; cold start within 1.5x the bare
import; time per MB flat within 2x from 1 KB to 10 MB; no hostile input slower
than 5x a normal release per MB. A failing target is profiled with cProfile and
the modules that spent the most time are named. Exit status 1 when a target fails.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import json
import math
import multiprocessing
import os
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from extractors import extract  # noqa: E402  (the project root must be on the path first)
from extractors.document import read as read_document  # noqa: E402

MB = 1_000_000

# The targets, kept in one place so the summary and the checks agree.
TARGET_RELEASES_PER_S = 1000.0
TARGET_COLD_START_RATIO = 1.5
TARGET_SCALING_RATIO = 2.0
TARGET_HOSTILE_RATIO = 5.0


@dataclass
class Report:
    """Targets met or missed, and what to profile for the missed ones."""

    verdicts: list[tuple[str, str, str]] = field(default_factory=list)  # (target, verdict, detail)
    to_profile: list[tuple[str, list[str]]] = field(default_factory=list)  # (target, texts)

    def check(
        self, target: str, ok: bool | None, detail: str, texts: list[str] | None = None
    ) -> None:
        """Record a target: True PASS, False FAIL, None SKIP (could not be measured)."""
        verdict = "SKIP" if ok is None else ("PASS" if ok else "FAIL")
        self.verdicts.append((target, verdict, detail))
        print(f"  -> {verdict}: {target} ({detail})")
        if ok is False and texts:
            self.to_profile.append((target, texts))


# --- inputs -------------------------------------------------------------------


def read_text(path: Path) -> str:
    """A release exactly as stored (no newline translation)."""
    return path.read_bytes().decode("utf-8", errors="replace")


def fixture_texts() -> list[str]:
    texts = [read_text(p) for p in sorted(FIXTURES.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no fixtures in {FIXTURES}")
    return texts


def vary(text: str, rng: random.Random) -> str:
    """A variation of a release: other digits, line ends, spacing or paragraph order."""
    text = re.sub(r"\d", lambda m: str((int(m.group()) + rng.randrange(10)) % 10), text)
    choice = rng.randrange(5)
    if choice == 1:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    elif choice == 2:  # scraped onto one line, paragraphs separated by runs of spaces
        text = re.sub(r"\s*\n\s*", "     ", text)
    elif choice == 3:
        text = text.replace(" million", "\u00a0million").replace(", ", ",  ")
    elif choice == 4:  # body paragraphs in another order, headline kept first
        paras = re.split(r"(?:\r?\n){2,}", text)
        head, body = paras[:2], paras[2:]
        rng.shuffle(body)
        text = "\n\n".join(head + body)
    return text


def fixture_corpus(count: int) -> list[str]:
    rng = random.Random(20240502)
    base = fixture_texts()
    return [vary(base[i % len(base)], rng) for i in range(count)]


def dev_paths() -> list[Path]:
    folder = SHARED / "corpus" / "dev"
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def dev_corpus() -> list[str]:
    return [read_text(p) for p in dev_paths()]


def unlabeled_corpus(limit: int | None) -> list[str]:
    path = SHARED / "corpus" / "unlabeled" / "newsworthy.jsonl"
    if not path.exists():
        return []
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def paragraphs(body_only: bool = False) -> list[str]:
    """Paragraphs of all fixtures after their headlines, to build releases of any size; with
    ``body_only``, only those before each fixture's About sections and page residue."""
    out: list[str] = []
    for text in fixture_texts():
        if body_only:
            text = text[: read_document(text).body_end]
        out.extend(p.strip() for p in re.split(r"(?:\r?\n){2,}| {3,}", text)[1:] if p.strip())
    return out


def release_of_size(size: int, body_only: bool = False) -> str:
    """A release of about ``size`` characters: a headline, a dateline, then fixture paragraphs.

    Whole fixtures bring their About sections, after which the rules read little, so a large
    release is mostly boilerplate; ``body_only`` builds it from body paragraphs alone, so every
    character is text the rules read."""
    head = (
        "Acme Corp. Donates $5 Million to Riverside Food Bank\n\n"
        "DENVER, CO, May 2, 2024 /PRNewswire/ -- Acme Corp. today donated $5 million "
        "to the Riverside Food Bank.\n\n"
    )
    paras = paragraphs(body_only)
    parts, n, i = [head], len(head), 0
    while n < size:
        para = paras[i % len(paras)]
        parts.append(para + "\n\n")
        n += len(para) + 2
        i += 1
    return "".join(parts)[:size]


def hostile_inputs(size: int) -> dict[str, str]:
    """Inputs built to make patterns backtrack or scans go quadratic, ``size`` characters each."""
    rng = random.Random(7)
    caps = (
        "Acme Global Trust Fund Riverside Foundation Sony America UNICEF Board Chair The Of".split()
    )

    def fill(make: Callable[[], str]) -> str:
        parts, n = [], 0
        while n < size:
            piece = make()
            parts.append(piece)
            n += len(piece)
        return "".join(parts)[:size]

    sentence = "Acme Corp. said it donated $5 million to the Riverside Food Bank on Monday. "
    return {
        "quote marks": fill(lambda: rng.choice("\"“”‘’'«»„")),
        "quote marks and words": fill(lambda: rng.choice(["“", "”", '"', "said ", "Kelso ", ", "])),
        "digits and commas": fill(lambda: rng.choice("0123456789,,")),
        "digits, commas, periods": fill(lambda: rng.choice("0123456789,.")),
        "dollar signs": "$" * size,
        "money run": fill(lambda: f"${rng.randrange(1, 999)},{rng.randrange(100, 999)} "),
        "capitalised words": fill(lambda: rng.choice(caps) + " "),
        "one unbroken line": fill(lambda: sentence),
        "one unbroken word": fill(lambda: rng.choice("abcdefghijklmnopqrstuvwxyz")),
        "nested brackets": "(" * (size // 4)
        + "[" * (size // 4)
        + "]" * (size // 4)
        + ")" * (size // 4),
        "spaces and NBSP": fill(lambda: rng.choice([" ", "\u00a0", "  ", "\t"])),
        "blank lines": fill(lambda: rng.choice(["\n", "\r\n", "\n\n", " \n"])),
        "trailing spaces on lines": fill(
            lambda: "Acme gave $5 million to the food bank." + " " * rng.randrange(50, 200) + "\n"
        ),
        "full stops": fill(lambda: rng.choice([".", ". ", "Inc. ", "Dr. "])),
        "initials": fill(lambda: rng.choice("ABCDEFGH") + ". "),
        "spaced digit groups": fill(lambda: f"{rng.randrange(1, 999)} {rng.randrange(100, 999)} "),
        "money and number words": fill(
            lambda: rng.choice(["dollars ", "one million ", "and a half ", "euros ", "up to "])
        ),
        "dates": fill(lambda: f"May {rng.randrange(1, 29)}, 20{rng.randrange(10, 30)} "),
        "hyphens and dashes": fill(lambda: rng.choice(["one-", "- ", "– ", "1-2-3 "])),
        # A sponsorship line pasted over and over: each cue word is looked up a bounded
        # number of times.
        "a sponsor line repeated": fill(lambda: "as the official sponsor of the "),
        # One gift sentence naming thousands of distinct receivers: entities are grouped by
        # lookups, not by comparing every pair.
        "a gift list of distinct bodies": "The Orvik Foundation awarded $5,000 each to "
        + fill(
            lambda: (
                f"{rng.choice(caps)} {rng.choice(caps)}{rng.randrange(1, 999)} "
                f"{rng.choice(['Center', 'Clinic', 'Library', 'Shelter', 'Museum'])}, "
            )
        ),
    }


# --- timing -------------------------------------------------------------------


def run_all(texts: list[str], errors: dict[int, str] | None = None) -> float:
    """Seconds to extract every text and turn it into its JSON object; exceptions go to ``errors``."""
    start = time.perf_counter()
    for i, text in enumerate(texts):
        try:
            extract(text, source="x.txt").to_dict()
        except Exception as exc:
            if errors is not None:
                errors.setdefault(i, f"{type(exc).__name__}: {exc}"[:120] + where(exc))
    return time.perf_counter() - start


def timed_passes(
    texts: list[str], min_seconds: float, errors: dict[int, str] | None = None
) -> tuple[float, int]:
    """Seconds per pass over ``texts``, repeating passes until ``min_seconds`` have gone by."""
    run_all(texts[:3])  # warm up: first calls compile and import lazily
    total, passes = 0.0, 0
    while passes == 0 or total < min_seconds:
        # Forget patterns compiled for a release's own words (names, say), so that a
        # second pass costs what new releases would, not what a repeated one does.
        regex.purge()
        total += run_all(texts, errors)
        passes += 1
    return total / passes, passes


def size_mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / MB


def _child(conn, text: str, repeats: int) -> None:  # type: ignore[no-untyped-def]
    """In a child process: time ``repeats`` extractions of one text, send back seconds or an error."""
    try:
        extract(release_of_size(2_000))  # warm up: lazy imports and first-call caches
        start = time.perf_counter()
        for _ in range(repeats):
            extract(text, source="x.txt").to_dict()
        conn.send(("ok", (time.perf_counter() - start) / repeats))
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:200] + where(exc)))
    conn.close()


def where(exc: BaseException) -> str:
    """The innermost line of the project that an exception passed through: " at extractors/x.py:12 f"."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if Path(f.filename).parent.name in ("extractors", "cli")
    ]
    if not frames:
        return ""
    f = frames[-1]
    return f" at {Path(f.filename).parent.name}/{Path(f.filename).name}:{f.lineno} {f.name}"


def slowest(texts: list[str], names: list[str]) -> list[tuple[float, str]]:
    """Milliseconds per release, slowest first (best of three runs each)."""
    rows = []
    for text, name in zip(texts, names, strict=True):
        best = min(run_all([text], {}) for _ in range(3))
        rows.append((1000 * best, f"{name} ({len(text):,} chars)"))
    return sorted(rows, reverse=True)


def stage_times(texts: list[str]) -> list[tuple[str, float]]:
    """Milliseconds per release in each lazily computed stage of ``pipeline.Context``, and in ``to_dict``."""
    from extractors import pipeline

    stages = [
        n for n, v in vars(pipeline.Context).items() if isinstance(v, functools.cached_property)
    ]
    totals = dict.fromkeys([*stages, "Release.to_dict"], 0.0)
    for text in texts:
        ctx = pipeline.Context(text)
        try:
            for stage in stages:
                start = time.perf_counter()
                getattr(ctx, stage)
                totals[stage] += time.perf_counter() - start
            release = extract(text, source="x.txt")
            start = time.perf_counter()
            release.to_dict()
            totals["Release.to_dict"] += time.perf_counter() - start
        except Exception:  # counted by the throughput check
            continue
    return [(stage, 1000 * s / len(texts)) for stage, s in totals.items()]


def uncompiled_regex_calls(texts: list[str]) -> Counter[str]:
    """Calls of module-level ``regex.search(...)`` & co. per release, by calling line.

    Each such call looks its pattern up in the regex module's cache, which costs
    some microseconds every time; a pattern compiled once at import does not.
    """
    import regex

    names = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")
    originals = {name: getattr(regex, name) for name in names}
    calls: Counter[str] = Counter()

    def wrap(func: Callable[..., object]) -> Callable[..., object]:
        def counted(*args: object, **kwargs: object) -> object:
            caller = sys._getframe(1)
            path = Path(caller.f_code.co_filename)
            calls[f"{path.parent.name}/{path.name}:{caller.f_lineno}"] += 1
            return func(*args, **kwargs)

        return counted

    try:
        for name, func in originals.items():
            setattr(regex, name, wrap(func))
        for text in texts:
            with contextlib.suppress(Exception):  # counted by the throughput check
                extract(text, source="x.txt")
    finally:
        for name, func in originals.items():
            setattr(regex, name, func)
    return calls


def time_isolated(text: str, repeats: int, limit: float) -> tuple[str, float | str]:
    """Seconds per extraction of one text, in a child process killed after ``limit`` seconds."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, text, repeats))
    proc.start()
    child.close()
    if parent.poll(limit):
        status, value = parent.recv()
        proc.join()
        return status, value
    proc.kill()
    proc.join()
    return "timeout", f"slower than {limit:.0f} s"


# --- the benchmarks ------------------------------------------------------------


def bench_throughput(report: Report, quick: bool) -> None:
    print("\n== Throughput (one core, extract + to_dict) ==")
    min_s = 0.5 if quick else 3.0
    corpora = [
        ("fixtures x variations", fixture_corpus(500 if quick else 2000)),
        ("dev corpus", dev_corpus()),
        ("unlabeled newsworthy.jsonl", unlabeled_corpus(200 if quick else None)),
    ]
    for label, texts in corpora:
        if not texts:
            print(f"{label:30s} absent, skipped")
            if label == "dev corpus":
                report.check(
                    "dev corpus >= 1,000 releases/s", None, f"{SHARED / 'corpus/dev'} absent"
                )
            continue
        errors: dict[int, str] = {}
        seconds, passes = timed_passes(texts, min_s, errors)
        rate, mbs = len(texts) / seconds, size_mb(texts) / seconds
        print(
            f"{label:30s} {len(texts):6d} releases {size_mb(texts):7.2f} MB  "
            f"{rate:9.1f} releases/s {mbs:7.2f} MB/s  ({passes} passes)"
        )
        report.check(
            f"{label}: no release raises",
            not errors,
            f"{len(errors)} of {len(texts)} raised"
            + (f", e.g. {next(iter(errors.values()))}" if errors else ""),
        )
        if label == "dev corpus":
            report.check(
                "dev corpus >= 1,000 releases/s",
                rate >= TARGET_RELEASES_PER_S,
                f"{rate:.0f} releases/s",
                texts,
            )
            print("  slowest releases:")
            for ms, name in slowest(texts, [p.name for p in dev_paths()])[:3]:
                print(f"    {ms:8.1f} ms  {name}")
            print("  time by pipeline stage (each computed once, in this order):")
            for stage, ms in stage_times(texts):
                print(f"    {ms:8.2f} ms per release  {stage}")
            calls = uncompiled_regex_calls(texts)
            if calls:
                total = sum(calls.values()) / len(texts)
                print(
                    f"  module-level regex calls (pattern looked up at each call): "
                    f"{total:.0f} per release; the busiest lines:"
                )
                for line, n in calls.most_common(8):
                    print(f"    {n / len(texts):8.1f} per release  {line}")


def cli_command() -> list[str]:
    """The installed console script beside this Python, else ``python -m cli``."""
    script = Path(sys.executable).with_name("pressfacts")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


def best_wall(
    cmd: list[str], runs: int, cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    best, last = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        last = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, check=False)
        best = min(best, time.perf_counter() - start)
    assert last is not None
    return best, last


def last_words(stderr: str) -> str:
    """The last line of an error that says something (rich draws boxes around errors)."""
    lines = [line.strip(" │╭╮╰╯─\t") for line in stderr.splitlines()]
    said = [line for line in lines if any(c.isalpha() for c in line)]
    return said[-1][:160] if said else ""


def jsonl_ok(proc: subprocess.CompletedProcess[str]) -> str | None:
    """None when a run printed JSON lines and exited 0, else what went wrong."""
    if proc.returncode != 0:
        return f"exit {proc.returncode}: {last_words(proc.stderr)}"
    try:
        rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        return f"stdout is not JSON lines ({exc})"
    return None if rows else "no output"


def bench_cold_start(report: Report, quick: bool, work: Path) -> None:
    print("\n== Cold start ==")
    one = work / "one.txt"
    shutil.copyfile(FIXTURES / "seed_like.txt", one)
    runs = 3 if quick else 9
    # As installed: Python may write bytecode (pip compiles it at install), and the
    # compiled-pattern cache lives in a folder of its own, empty before the first run.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PRESSFACTS_NO_CACHE")
    }
    env["PRESSFACTS_CACHE_DIR"] = str(work / "pattern-cache")
    shutil.rmtree(work / "pattern-cache", ignore_errors=True)
    cmd = [*cli_command(), "extract", str(one), "--format", "jsonl"]
    first, _ = best_wall(cmd, 1, work, env)
    bare, _ = best_wall([sys.executable, "-c", "import typer, rich, regex"], runs, work, env)
    wall, proc = best_wall(cmd, runs, work, env)
    problem = jsonl_ok(proc)
    print(f"bare import typer, rich, regex   {bare * 1000:8.1f} ms (best of {runs})")
    print(f"{' '.join(Path(c).name for c in cmd[:3])} ...  {wall * 1000:8.1f} ms (best of {runs})")
    print(f"  the first run, which compiles the rules into the empty cache: {first * 1000:.0f} ms")
    if problem:
        report.check("cold start <= 1.5x bare import", None, f"command not ready: {problem}")
        return
    ratio = wall / bare
    report.check(
        "cold start <= 1.5x bare import",
        ratio <= TARGET_COLD_START_RATIO,
        f"{ratio:.2f}x: {wall * 1000:.0f} ms vs {bare * 1000:.0f} ms",
    )
    if ratio > TARGET_COLD_START_RATIO:
        explain_cold_start(cmd, work, env)


def explain_cold_start(cmd: list[str], work: Path, env: dict[str, str]) -> None:
    """Print the imports of one command run that cost the most (own time, and cumulative)."""
    run = [sys.executable, "-X", "importtime", "-m", "cli", *cmd[cmd.index("extract") :]]
    imp = subprocess.run(run, capture_output=True, text=True, cwd=work, env=env, check=False)
    rows = []
    for line in imp.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s+)(.*)", line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), len(m.group(3)), m.group(4).strip()))
    total = sum(own for own, _, _, _ in rows)
    print(f"  imports of the command: {total / 1000:.0f} ms in all (python -X importtime)")
    print("  slowest by own time:")
    for own, cum, _, name in sorted(rows, reverse=True)[:8]:
        print(f"    {own / 1000:7.1f} ms own {cum / 1000:7.1f} ms cumulative  {name}")
    print("  top-level packages by cumulative time:")
    for _, cum, _, name in sorted((r for r in rows if r[2] == 1), key=lambda r: -r[1])[:6]:
        print(f"    {cum / 1000:7.1f} ms  {name}")


def bench_scaling(report: Report, quick: bool) -> float:
    """Time per MB by release size; returns the time per MB of the 1 MB release (the normal rate).

    The target is checked on releases of whole fixtures. The same sizes built of body text
    alone are printed beside them: they show how time grows where every character is read."""
    print("\n== Scaling (time per MB by release size) ==")
    sizes = [1_000, 100_000, 1_000_000] + ([] if quick else [10_000_000])
    per_mb: dict[int, float] = {}
    print(f"{'':>16}{'whole fixtures':>30}{'body text only':>30}")
    for size in sizes:
        cells = []
        for body_only in (False, True):
            text = release_of_size(size, body_only)
            repeats = max(1, min(500, 200_000 // size))
            status, value = time_isolated(text, repeats, limit=300.0)
            if status != "ok":
                cells.append(f"{status}: {value}")
                if not body_only:
                    report.check(f"scaling: {size:,} chars", False, str(value), [text])
                continue
            assert isinstance(value, float)
            rate = value / (len(text.encode("utf-8")) / MB)
            if not body_only:
                per_mb[size] = rate
            cells.append(f"{value * 1000:10.2f} ms {rate:7.3f} s/MB")
        print(f"{size:>10,d} chars" + "".join(f"{cell:>30}" for cell in cells))
    if len(per_mb) >= 2:
        lo, hi = min(per_mb.values()), max(per_mb.values())
        worst = max(per_mb, key=lambda s: per_mb[s])
        span = f"{min(per_mb):,}..{max(per_mb):,} chars"
        report.check(
            f"time per MB flat within 2x ({span})",
            hi / lo <= TARGET_SCALING_RATIO,
            f"max/min {hi / lo:.2f}x, slowest per MB at {worst:,} chars",
            [release_of_size(worst)] if worst >= 100_000 else [release_of_size(worst)] * 200,
        )
    return per_mb.get(1_000_000) or per_mb.get(100_000) or 1.0


def bench_hostile(report: Report, quick: bool, normal_per_mb: float) -> None:
    """Each hostile input at a quarter of its size, then whole: its time per MB and how time grows."""
    size = 250_000 if quick else MB
    print(f"\n== Hostile inputs ({size:,} chars each; normal release {normal_per_mb:.3f} s/MB) ==")
    print("   (growth: the exponent k in time ~ size^k from a quarter of the input to all of it)")
    limit = max(30.0, normal_per_mb * TARGET_HOSTILE_RATIO * 20)
    for label, text in hostile_inputs(size).items():
        quarter = text[: size // 4]
        times = []
        for part in (quarter, text):
            status, value = time_isolated(part, 1, limit)
            if status != "ok":
                print(f"{label:26s} at {len(part):,} chars {status}: {value}")
                report.check(f"hostile: {label}", False, str(value), [quarter])
                break
            assert isinstance(value, float)
            times.append(value)
        if len(times) < 2:
            continue
        per_mb = times[1] / (len(text.encode("utf-8")) / MB)
        ratio = per_mb / normal_per_mb
        growth = math.log(max(times[1], 1e-6) / max(times[0], 1e-6)) / math.log(4)
        print(f"{label:26s} {per_mb:8.3f} s/MB  {ratio:6.2f}x normal  growth ~ size^{growth:.1f}")
        report.check(
            f"hostile: {label} <= 5x normal",
            ratio <= TARGET_HOSTILE_RATIO,
            f"{ratio:.2f}x, growth ~ size^{growth:.1f}",
            [quarter],
        )


MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(proc.returncode, wall, peak, proc.stderr[-2000:])
"""


def measure(cmd: list[str], cwd: Path) -> tuple[int, float, int, str]:
    """Exit status, wall seconds, peak child RSS (KiB) and stderr tail of one command, in a clean parent."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, cwd=cwd, check=False
    )
    code, wall, peak, err = (out.stdout.strip() + " ").split(" ", 3)
    return int(code), float(wall), int(peak), last_words(err)


def bench_jobs(report: Report, quick: bool, work: Path) -> None:
    print("\n== --jobs speed-up and peak memory ==")
    count = 400 if quick else 1500
    texts = fixture_corpus(count)
    folder = work / "releases"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"r{i:05d}.txt").write_bytes(text.encode("utf-8"))
    jsonl = work / "releases.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"r{i:05d}", "text": text}) + "\n")
    print(f"{count} releases, {size_mb(texts):.2f} MB; {os.cpu_count()} CPUs")
    for label, target in (("folder", folder), ("jsonl", jsonl)):
        results = {}
        for jobs in (1, 2):
            cmd = [*cli_command(), "extract", str(target), "--format", "jsonl", "--jobs", str(jobs)]
            code, wall, peak, err = measure(cmd, work)
            if code != 0:
                print(f"{label:6s} --jobs {jobs}: not ready (exit {code}: {err})")
                break
            results[jobs] = wall
            print(
                f"{label:6s} --jobs {jobs}: {wall:7.2f} s  {count / wall:8.1f} releases/s  "
                f"peak RSS {peak / 1024:7.1f} MiB (largest process)"
            )
        if len(results) == 2:
            print(f"{label:6s} speed-up with 2 jobs: {results[1] / results[2]:.2f}x")
        else:
            report.check(f"--jobs over a {label}", None, "the command could not run it")


# --- profiling the failures -------------------------------------------------------


def profile(
    texts: list[str], budget: float = 20.0
) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """Seconds spent inside each module and each function (own time) while extracting ``texts``."""
    prof = cProfile.Profile()
    start = time.perf_counter()
    prof.enable()
    for text in texts:
        try:
            extract(text, source="x.txt").to_dict()
        except Exception:  # a hostile input may time out; its profile still counts
            continue
        if time.perf_counter() - start > budget:
            break
    prof.disable()
    stats = pstats.Stats(prof)
    by_module: dict[str, float] = {}
    by_function: dict[str, float] = {}
    for (filename, line, func), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        path = Path(filename)
        module = (
            f"{path.parent.name}/{path.name}"
            if path.parent.name in ("extractors", "cli")
            else filename
        )
        if filename.startswith("~"):  # built-ins: attribute them by name ("regex.Pattern.finditer")
            module = func
        by_module[module] = by_module.get(module, 0.0) + tottime
        by_function[f"{module}:{line} {func}"] = (
            by_function.get(f"{module}:{line} {func}", 0.0) + tottime
        )
    top = sorted(by_module.items(), key=lambda kv: -kv[1])[:5]
    return top, sorted(by_function.items(), key=lambda kv: -kv[1])[:5]


def profile_failures(report: Report) -> None:
    if not report.to_profile:
        return
    print("\n== Where the time goes on failing targets (cProfile, own time) ==")
    for target, texts in report.to_profile:
        print(f"{target}:")
        modules, functions = profile(texts)
        for module, seconds in modules:
            print(f"    {seconds:8.3f} s  {module}")
        for func, seconds in functions:
            print(f"      {seconds:8.3f} s  {func}")


# --- main ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="a short run: smaller corpora, no 10 MB release"
    )
    parser.add_argument("--no-profile", action="store_true", help="do not profile failing targets")
    parser.add_argument(
        "--only",
        action="append",
        choices=["throughput", "cold", "scaling", "hostile", "jobs"],
        help="run only these benchmarks (repeatable)",
    )
    args = parser.parse_args(argv)
    wanted = set(args.only or ["throughput", "cold", "scaling", "hostile", "jobs"])
    print(
        f"pressfacts benchmarks: Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs"
    )
    print(f"repo {ROOT}; shared data {'found' if SHARED.is_dir() else 'absent'}")
    report = Report()
    with tempfile.TemporaryDirectory(prefix="pressfacts-bench-") as tmp:
        work = Path(tmp)
        if "throughput" in wanted:
            bench_throughput(report, args.quick)
        if "cold" in wanted:
            bench_cold_start(report, args.quick, work)
        normal = 1.0
        if "scaling" in wanted or "hostile" in wanted:
            normal = bench_scaling(report, args.quick) if "scaling" in wanted else _normal_rate()
        if "hostile" in wanted:
            bench_hostile(report, args.quick, normal)
        if "jobs" in wanted:
            bench_jobs(report, args.quick, work)
    if not args.no_profile:
        profile_failures(report)
    print("\n== Summary ==")
    for target, verdict, detail in report.verdicts:
        print(f"{verdict}  {target}: {detail}")
    return 1 if any(v == "FAIL" for _, v, _ in report.verdicts) else 0


def _normal_rate() -> float:
    """Time per MB of a normal 1 MB release, when the scaling benchmark is not run."""
    text = release_of_size(MB)
    status, value = time_isolated(text, 1, 300.0)
    if status != "ok" or not isinstance(value, float):
        return 1.0
    return value / (len(text.encode("utf-8")) / MB)


if __name__ == "__main__":
    sys.exit(main())
