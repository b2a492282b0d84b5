"""Score the extractor on the fixture releases with the referee used for the dev corpus.

    python benchmarks/score_fixtures.py [--per-doc]

The fixtures were written for the tests, not tuned on, so they are a small
held-out check beside ``../shared/corpus/dev``. Each ``fixtures/<name>.facts.json``
becomes a gold file in a temporary folder; a field the facts file does not
state (statistics and beneficiaries in most fixtures) is left out of the
prediction too, so that it counts neither way. Needs ``../shared/eval/score.py``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(ROOT))

from extractors import FIELDS, extract  # noqa: E402  (the project root must be on the path first)

GOLD_KEYS = ("donors", "recipients", "amounts", "beneficiaries", "statistics", "quotes", "gifts")


def main(argv: list[str]) -> int:
    if not SCORE.exists():
        print(f"{SCORE} is absent: nothing to score with")
        return 0
    with tempfile.TemporaryDirectory(prefix="pressfacts-fixtures-") as tmp:
        gold_dir = Path(tmp)
        preds = gold_dir / "pred.jsonl"
        with preds.open("w", encoding="utf-8") as out:
            for facts_path in sorted(FIXTURES.glob("*.facts.json")):
                name = facts_path.name.removesuffix(".facts.json")
                facts = json.loads(facts_path.read_text(encoding="utf-8"))
                gold = {"id": name, "kind": facts["kind"]}
                for key in GOLD_KEYS:
                    for suffix in ("", "_optional"):
                        if key + suffix in facts:
                            gold[key + suffix] = facts[key + suffix]
                (gold_dir / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
                shutil.copyfile(FIXTURES / f"{name}.txt", gold_dir / f"{name}.txt")
                text = (FIXTURES / f"{name}.txt").read_bytes().decode("utf-8")
                stated = tuple(f for f in FIELDS if f in facts)
                row = extract(text, source=f"{name}.txt").to_dict(stated)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        cmd = [sys.executable, str(SCORE), "--gold", str(gold_dir), "--pred", str(preds), *argv]
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
