"""Question 3 from the user's own evaluation results: import CSV files and lm-evaluation-harness output.

Scores are 0-100 per candidate. A CSV has a `candidate` column (candidate id, label, model or API id)
and a `score` column (0-100, or 0-1 which is scaled). An lm-evaluation-harness `results.json` names the
model in its config; every candidate serving that model gets the mean of the tasks' primary metrics.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from desktop.domain.portfolio import UseCase

PRIMARY_METRICS = ("acc_norm,none", "acc,none", "exact_match,strict-match", "exact_match,none", "pass@1,none",
                   "f1,none", "acc_norm", "acc", "exact_match", "pass@1", "f1")


class EvaluationError(ValueError):
    pass


def _scale(value: float) -> float:
    return value * 100 if 0 <= value <= 1 else value


def _match(uc: UseCase, name: str) -> list[str]:
    key = name.strip().lower()
    if not key:
        return []
    out = []
    for c in uc.candidates:
        names = {c.id.lower(), c.label.lower(), (c.model or "").lower(), (c.api or "").lower()}
        if key in names or (c.model and key.endswith("/" + c.model.lower().rsplit("/", 1)[-1])):
            out.append(c.id)
    return out


def scores_from_csv(text: str, uc: UseCase) -> tuple[dict[str, float], list[str]]:
    """(scores by candidate id, names that matched no candidate)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.strip().lower(): f for f in (reader.fieldnames or [])}
    if "candidate" not in fields or "score" not in fields:
        raise EvaluationError("the CSV needs a header with 'candidate' and 'score' columns")
    scores: dict[str, float] = {}
    unmatched: list[str] = []
    rows = []
    for line, row in enumerate(reader, start=2):
        name, raw = row[fields["candidate"]], row[fields["score"]]
        try:
            rows.append((line, name, raw, float(raw)))
        except (TypeError, ValueError):
            raise EvaluationError(f"line {line}: score {raw!r} is not a number") from None
    # One scale for the whole file: 0-1 fractions only when every score is a fraction.
    fractions = bool(rows) and all(0 <= v <= 1 for *_, v in rows)
    for line, name, raw, number in rows:
        value = number * 100 if fractions else number
        if not name or not name.strip():
            continue
        if not 0 <= value <= 100:
            raise EvaluationError(f"line {line}: score {raw} is outside 0-100")
        ids = _match(uc, name or "")
        if not ids:
            unmatched.append(name)
        for cid in ids:
            scores[cid] = round(value, 2)
    return scores, unmatched


def scores_from_lm_eval(text: str, uc: UseCase) -> tuple[dict[str, float], list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"not valid JSON (line {exc.lineno}): {exc.msg}") from None
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, dict) or not results:
        raise EvaluationError("not an lm-evaluation-harness results file (no 'results')")
    values = []
    for metrics in results.values():
        if not isinstance(metrics, dict):
            continue
        metric = next((m for m in PRIMARY_METRICS if isinstance(metrics.get(m), int | float)), None)
        if metric:
            values.append(_scale(float(metrics[metric])))
    if not values:
        raise EvaluationError("no accuracy, exact-match, pass@1 or F1 metric in the results")
    config = data.get("config", {}) if isinstance(data.get("config"), dict) else {}
    model_args = str(config.get("model_args") or data.get("model_name") or "")
    name = model_args
    for part in model_args.split(","):
        if part.strip().startswith(("pretrained=", "model=")):
            name = part.split("=", 1)[1]
    ids = _match(uc, name) if name else []
    score = round(sum(values) / len(values), 2)
    return {cid: score for cid in ids}, ([] if ids else [name or "(no model name in the file)"])


def import_evaluations(path: Path, uc: UseCase) -> tuple[dict[str, float], list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc})") from None
    if Path(path).suffix.lower() == ".json":
        return scores_from_lm_eval(text, uc)
    return scores_from_csv(text, uc)
