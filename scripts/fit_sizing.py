"""Refit the sizing constants on the validation ledger and write them into desktop/engine/constants.py.

    .venv/bin/python scripts/fit_sizing.py          # fit, print the table, rewrite the FITTED block
    .venv/bin/python scripts/fit_sizing.py --dry    # fit and print only

The fit is a few hundred milliseconds (numpy); `model-strategy validate` then reports the in-sample and the
leave-one-source-out error of what was written.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from desktop.engine.calibrate import GROUP_FIELDS, SPEED_METRICS, Problem, case_for
from desktop.knowledge.base import KnowledgeBase

CONSTANTS = Path(__file__).resolve().parents[1] / "desktop" / "engine" / "constants.py"
START = "FITTED: dict[tuple[str, str], Calibration] = "
END = "GLOBAL_FITTED: dict[str, float] = "


def main() -> int:
    kb = KnowledgeBase.open()
    models = {m.id.lower(): m for m in kb.records("models")}
    gpus = {g.id.lower(): g for g in kb.records("gpus")}
    cases = []
    for m in kb.measurements():
        model, acc = models.get(m.model.lower()), gpus.get(m.accelerator_id.lower())
        if model is None or acc is None or m.metric not in SPEED_METRICS:
            continue
        cases.append(case_for(m, model, acc))
    problem = Problem(cases)
    groups, glob = problem.tables(problem.fit())
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for c in cases:
        sources[c.key].add(c.source)
        counts[c.key] += 1
    lines = ["FITTED: dict[tuple[str, str], Calibration] = {"]
    for key, cal in groups.items():
        vals = ", ".join(f"{getattr(cal, f):.4g}" for f in GROUP_FIELDS)
        lines.append(f"    {key!r}: Calibration({vals}),")
    lines.append("}")
    lines.append("FIT_SOURCES: dict[tuple[str, str], str] = {")
    for key in groups:
        urls = "; ".join(sorted(sources[key]))
        lines.append(f"    {key!r}: {('fitted on ' + str(counts[key]) + ' ledger points from ' + urls)!r},")
    lines.append("}")
    lines.append("GLOBAL_FITTED: dict[str, float] = {" + ", ".join(f"{k!r}: {v:.4g}" for k, v in glob.items()) + "}")
    block = "\n".join(lines)
    print(block)
    if "--dry" in sys.argv:
        return 0
    text = CONSTANTS.read_text()
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END) + r"\{[^\n]*\}", re.S)
    if not pattern.search(text):
        print("FITTED block not found in constants.py", file=sys.stderr)
        return 2
    CONSTANTS.write_text(pattern.sub(lambda _: block, text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
