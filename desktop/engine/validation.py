"""The validation ledger: predicted versus measured for every public measurement we hold.

The error band printed with every sizing result comes from here, per hardware class.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel, Field

from desktop.domain import Accelerator, Measurement, Model

from .calibrate import SPEED_METRICS, Problem, case_for, leave_one_source_out, request_for
from .sizing import SizingResult, size

FEW_POINTS = 5


class LedgerPoint(BaseModel):
    id: str
    source: str
    hardware_class: str
    accelerator: str
    model: str
    engine: str
    precision: str
    metric: str
    predicted: float
    measured: float
    error_pct: float
    concurrency: int = 1
    gpus: int = 1
    moe: bool = False
    predicted_out_of_source: float | None = Field(
        default=None, description="predicted by constants fitted without this point's source (speed points only)"
    )
    error_out_of_source_pct: float | None = None


class ClassError(BaseModel):
    hardware_class: str
    points: int
    mape_pct: float
    mape_out_of_source_pct: float = 0.0
    few_points: bool = Field(default=False, description=f"fewer than {FEW_POINTS} points: the figure proves little")


class Ledger(BaseModel):
    points: list[LedgerPoint]
    classes: list[ClassError]
    overall_mape_pct: float
    mape_out_of_source_pct: float = 0.0
    sources: int = 0

    def band_for(self, hardware_class: str) -> dict:
        for c in self.classes:
            if c.hardware_class == hardware_class:
                if c.points < FEW_POINTS:
                    # A handful of points proves little: say so, and never claim more precision than the whole
                    # ledger has.
                    return {"hardware_class": hardware_class, "mape_pct": max(c.mape_pct, self.overall_mape_pct),
                            "points": c.points, "class_mape_pct": c.mape_pct, "few_points": True,
                            "basis": f"only {c.points} measurement(s) of this class (fewer than {FEW_POINTS}): "
                            "the larger of its error and the overall mean error is shown"}
                return {"hardware_class": hardware_class, "mape_pct": c.mape_pct, "points": c.points,
                        "few_points": False,
                        "basis": "mean absolute error of our predictions on public measurements of this class"}
        return {"hardware_class": hardware_class, "mape_pct": self.overall_mape_pct, "points": 0, "few_points": True,
                "basis": "no measurement of this class in the ledger: the overall mean error is shown"}


def predicted_value(result: SizingResult, metric: str) -> float:
    if metric == "decode_tokens_per_s":
        return result.decode_tokens_per_s
    if metric == "aggregate_tokens_per_s":
        return result.aggregate_tokens_per_s
    if metric == "serving_tokens_per_s":
        return result.serving_tokens_per_s
    if metric == "prefill_tokens_per_s":
        return result.prefill_tokens_per_s
    if metric == "memory_gb":
        return result.memory.weights_gb
    raise ValueError(f"unknown metric {metric!r}")


def _mape(errors: list[float]) -> float:
    return round(sum(abs(e) for e in errors) / len(errors), 1) if errors else 0.0


def run_ledger(measurements: list[Measurement], models: dict[str, Model], accelerators: dict[str, Accelerator],
               out_of_source: bool = True) -> Ledger:
    points: list[LedgerPoint] = []
    cases = []
    for m in measurements:
        model = models.get(m.model.lower())
        acc = accelerators.get(m.accelerator_id.lower())
        if model is None or acc is None:
            continue  # the sources test names such points; the ledger skips them
        result = size(model, acc, request_for(m), explain=False)
        predicted = predicted_value(result, m.metric)
        points.append(LedgerPoint(
            id=m.id, source=m.source, hardware_class=acc.hardware_class, accelerator=acc.id, model=model.id,
            engine=m.engine, precision=m.precision, metric=m.metric, predicted=round(predicted, 2),
            measured=m.value, error_pct=round((predicted - m.value) / m.value * 100, 1),
            concurrency=m.concurrency, gpus=m.gpus, moe=model.architecture.is_moe,
        ))
        if m.metric in SPEED_METRICS:
            cases.append(case_for(m, model, acc))
    held: dict[str, float] = leave_one_source_out(Problem(cases)) if out_of_source and cases else {}
    for i, p in enumerate(points):
        if p.id in held:
            pred = held[p.id]
            points[i] = p.model_copy(update={
                "predicted_out_of_source": round(pred, 2),
                "error_out_of_source_pct": round((pred - p.measured) / p.measured * 100, 1),
            })
        elif p.metric not in SPEED_METRICS:
            # Memory has no fitted constant: its prediction is the same with any source left out.
            points[i] = p.model_copy(update={"predicted_out_of_source": p.predicted,
                                             "error_out_of_source_pct": p.error_pct})
    by_class: dict[str, list[LedgerPoint]] = defaultdict(list)
    for p in points:
        by_class[p.hardware_class].append(p)
    classes = [
        ClassError(
            hardware_class=k, points=len(v), mape_pct=_mape([p.error_pct for p in v]),
            mape_out_of_source_pct=_mape([p.error_out_of_source_pct for p in v if p.error_out_of_source_pct is not None]),
            few_points=len(v) < FEW_POINTS,
        )
        for k, v in sorted(by_class.items())
    ]
    return Ledger(
        points=points, classes=classes, overall_mape_pct=_mape([p.error_pct for p in points]),
        mape_out_of_source_pct=_mape([p.error_out_of_source_pct for p in points if p.error_out_of_source_pct is not None]),
        sources=len({p.source for p in points}),
    )


def slices(ledger: Ledger) -> dict[str, tuple[int, float, float]]:
    """(points, in-sample MAPE, out-of-source MAPE) of the slices the issue names."""
    def row(ps: list[LedgerPoint]) -> tuple[int, float, float]:
        return (len(ps), _mape([p.error_pct for p in ps]),
                _mape([p.error_out_of_source_pct for p in ps if p.error_out_of_source_pct is not None]))

    pts = ledger.points
    return {
        "concurrency >= 8": row([p for p in pts if p.concurrency >= 8]),
        "mixture of experts": row([p for p in pts if p.moe]),
        "multi-GPU": row([p for p in pts if p.gpus > 1]),
        "Apple": row([p for p in pts if p.hardware_class.startswith("apple")]),
        "AMD": row([p for p in pts if p.hardware_class.startswith("amd")]),
        "all": row(pts),
    }


_LEDGERS: dict[str, Ledger] = {}


def ledger_from_kb(kb, out_of_source: bool = False) -> Ledger:
    """The ledger for this knowledge base version (computed once per version and overlay state).

    out_of_source adds the leave-one-source-out predictions (one refit per source: about a second)."""
    key = f"{kb.version}:{kb.overlay.count('measurements') if kb.overlay else 0}:{out_of_source}"
    if key not in _LEDGERS:
        models = {m.id.lower(): m for m in kb.records("models")}
        gpus = {g.id.lower(): g for g in kb.records("gpus")}
        _LEDGERS[key] = run_ledger(kb.measurements(), models, gpus, out_of_source=out_of_source)
    return _LEDGERS[key]
