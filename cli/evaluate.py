"""``pressfacts evaluate --gold DIR [--pred FILE]``: precision, recall and F1 against gold files.

The gold folder holds ``<id>.txt`` and ``<id>.gold.json`` per release (the
format and the matching rules are in ``extractors.evaluation``). Without
``--pred`` the extractor is run over each ``<id>.txt``; with it, the
predictions are read from a JSON Lines file as ``pressfacts extract`` writes
them (``-`` for standard input), matched to gold by the file name in ``source``.

Exit status: 0; 1 when a ``--min`` threshold is not met; 2 on a usage error or
when the gold or the predictions cannot be read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:  # the library loads inside the functions: the CLI starts fast
    from extractors.evaluation import Evaluation, GoldDocument

#: The fields ``--min`` accepts; keep in step with ``extractors.evaluation.FIELDS``.
FIELDS = (
    "donors",
    "recipients",
    "amounts",
    "beneficiaries",
    "statistics",
    "quotes",
    "quotes+speaker",
    "gifts",
)

#: What ``--min`` accepts besides the fields.
MEAN = "mean"


def parse_min(spec: str) -> tuple[str, float]:
    """A ``--min`` threshold: "amounts=0.8" -> ("amounts", 0.8); raises ``typer.BadParameter``."""
    name, sep, bound = spec.partition("=")
    name = name.strip()
    if not sep or name not in (*FIELDS, MEAN):
        raise typer.BadParameter(
            f"{spec!r}: expected FIELD=F1 with FIELD one of {', '.join((*FIELDS, MEAN))}",
            param_hint="--min",
        )
    try:
        value = float(bound)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise typer.BadParameter(f"{spec!r}: F1 must be a number from 0 to 1", param_hint="--min")
    return name, value


def extractor_predictions(golds: list[GoldDocument]) -> dict[str, dict[str, Any]]:
    """The extractor's output for every gold release that has its text, by id.

    The text is the one the scorer places statistics in, so spans agree. A
    release whose extraction fails is reported and scored as unpredicted.
    """
    from .show import extract_safely

    preds: dict[str, dict[str, Any]] = {}
    for g in golds:
        if not g.text_path.exists():
            continue
        facts, failure = extract_safely(g.text, str(g.text_path))
        if facts is None:
            typer.echo(f"pressfacts: error: {g.text_path}: {failure}", err=True)
        else:
            preds[g.id] = facts.to_dict()
    return preds


def per_doc_lines(result: Evaluation) -> list[str]:
    """Each release with a miss or an extra, then one line per missed or extra item."""
    lines: list[str] = []
    for doc in result.documents:
        rows: list[str] = []
        for name, field in doc.fields.items():
            label = name
            for kind, items in (("missed", field.misses), ("extra", field.extras)):
                for item in items:
                    rows.append(f"  {label:<15} {kind:<7} {item}")
                    label = ""
        if rows or not doc.predicted:
            note = "  (no prediction)" if not doc.predicted else ""
            lines.append(doc.id + note)
            lines.extend(rows)
    return lines


def table_lines(result: Evaluation) -> list[str]:
    """The scores as a fixed-width table, the layout of the corpus's reference scorer."""
    from extractors.evaluation import FIELDS

    lines = [f"{'field':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]
    for name in FIELDS:
        if name == "gifts" and not result.has_gifts:
            continue  # no gold file carries gift records
        c = result.totals[name]
        lines.append(
            f"{name:<16}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
        )
    lines.append(f"{'mean F1 (all but quotes, gifts)':<31}{result.mean_f1:>21.3f}")
    return lines


def as_json(result: Evaluation, per_doc: bool) -> dict[str, Any]:
    """The machine-readable result: documents, missing, scores, warnings (and per_doc)."""
    out: dict[str, Any] = {
        "documents": len(result.documents),
        "missing": result.missing,
        "scores": result.scores(),
        "warnings": list(result.warnings),
    }
    if per_doc:
        out["per_doc"] = {
            doc.id: {
                name: {
                    "tp": field.counts.tp,
                    "fp": field.counts.fp,
                    "fn": field.counts.fn,
                    "misses": list(field.misses),
                    "extras": list(field.extras),
                }
                for name, field in doc.fields.items()
            }
            for doc in result.documents
        }
    return out


EVALUATE_EPILOG = """\b
Examples:
  pressfacts evaluate --gold corpus/dev
  pressfacts extract corpus/dev > pred.jsonl; pressfacts evaluate --gold corpus/dev --pred pred.jsonl
  pressfacts evaluate --gold corpus/dev --per-doc          # each release's misses and extras
  pressfacts evaluate --gold corpus/dev --json --min amounts=0.8 --min mean=0.5
\b
Exit codes: 0 scored, 1 a --min threshold not met, 2 usage error or unreadable
gold or predictions."""


def evaluate(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            metavar="DIR",
            help="Folder of <id>.txt and <id>.gold.json files.",
            show_default=False,
        ),
    ],
    pred: Annotated[
        str | None,
        typer.Option(
            "--pred",
            metavar="FILE",
            help="Predictions JSON Lines ('-' for standard input); default: run the extractor.",
            show_default=False,
        ),
    ] = None,
    per_doc: Annotated[
        bool, typer.Option("--per-doc", help="List each release's missed and extra items.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    minimum: Annotated[
        list[str] | None,
        typer.Option(
            "--min",
            metavar="FIELD=F1",
            help="Exit 1 when FIELD's F1 is below this (repeatable; FIELD may be 'mean').",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score the extractor (or a predictions file) against gold files: P, R and F1 per field.

    Counts are summed over releases (micro-averaged). The gold format and the
    matching rules are those of the corpus's reference scorer.
    """
    from extractors.evaluation import evaluate as score
    from extractors.evaluation import load_gold, parse_predictions

    thresholds = [parse_min(spec) for spec in minimum or []]
    if not gold.is_dir():
        raise typer.BadParameter(f"{gold}: not a folder", param_hint="--gold")
    try:
        golds = load_gold(gold)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"pressfacts: {exc}", err=True)
        raise typer.Exit(code=2) from None
    if pred is None:
        preds = extractor_predictions(golds)
    else:
        try:
            if pred == "-":
                preds = parse_predictions(sys.stdin)
            else:
                with open(pred, encoding="utf-8") as f:
                    preds = parse_predictions(f)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            typer.echo(f"pressfacts: {pred}: {reason}", err=True)
            raise typer.Exit(code=2) from None
    result = score(golds, preds)

    if json_out:
        typer.echo(json.dumps(as_json(result, per_doc), indent=2, ensure_ascii=False))
    else:
        for warning in result.warnings:
            typer.echo(f"warning: {warning}", err=True)
        if result.missing:
            shown = ", ".join(result.missing[:10]) + (" …" if len(result.missing) > 10 else "")
            typer.echo(f"no prediction for {len(result.missing)} release(s): {shown}", err=True)
        if per_doc:
            for line in per_doc_lines(result):
                typer.echo(line)
            typer.echo("")
        for line in table_lines(result):
            typer.echo(line)

    failed = [
        f"{name} F1 {result.f1(name):.3f} < {bound:g}"
        for name, bound in thresholds
        if result.f1(name) < bound
    ]
    if failed:
        typer.echo("below threshold: " + "; ".join(failed), err=True)
        raise typer.Exit(code=1)
