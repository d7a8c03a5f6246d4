"""The validation ledger: predicted versus measured for every public measurement we hold.

The error band printed with every sizing result comes from here, per hardware class.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel

from desktop.domain import Accelerator, Measurement, Model

from .sizing import SizingRequest, SizingResult, size

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


class ClassError(BaseModel):
    hardware_class: str
    points: int
    mape_pct: float


class Ledger(BaseModel):
    points: list[LedgerPoint]
    classes: list[ClassError]
    overall_mape_pct: float

    def band_for(self, hardware_class: str) -> dict:
        for c in self.classes:
            if c.hardware_class == hardware_class:
                if c.points < FEW_POINTS and c.mape_pct < self.overall_mape_pct:
                    # A handful of points proves little: do not claim more precision than the whole ledger has.
                    return {"hardware_class": hardware_class, "mape_pct": self.overall_mape_pct, "points": c.points,
                            "class_mape_pct": c.mape_pct,
                            "basis": f"only {c.points} measurement(s) of this class: the overall mean error is shown"}
                return {"hardware_class": hardware_class, "mape_pct": c.mape_pct, "points": c.points,
                        "basis": "mean absolute error of our predictions on public measurements of this class"}
        return {"hardware_class": hardware_class, "mape_pct": self.overall_mape_pct, "points": 0,
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


def request_for(m: Measurement) -> SizingRequest:
    return SizingRequest(
        precision=m.precision, kv_precision=m.kv_precision, gpus=m.gpus, parallel=m.parallel,
        engine="vllm" if m.engine == "sglang" else ("llama.cpp" if m.engine == "mlx" else m.engine),
        context=m.context, concurrency=m.concurrency, prompt=min(m.prompt, m.context) or 1,
    )


def run_ledger(measurements: list[Measurement], models: dict[str, Model], accelerators: dict[str, Accelerator]) -> Ledger:
    points: list[LedgerPoint] = []
    for m in measurements:
        model = models.get(m.model.lower())
        acc = accelerators.get(m.accelerator_id.lower())
        if model is None or acc is None:
            continue  # the sources test names such points; the ledger skips them
        result = size(model, acc, request_for(m))
        predicted = predicted_value(result, m.metric)
        points.append(LedgerPoint(
            id=m.id, source=m.source, hardware_class=acc.hardware_class, accelerator=acc.id, model=model.id,
            engine=m.engine, precision=m.precision, metric=m.metric, predicted=round(predicted, 2),
            measured=m.value, error_pct=round((predicted - m.value) / m.value * 100, 1),
        ))
    by_class: dict[str, list[float]] = defaultdict(list)
    for p in points:
        by_class[p.hardware_class].append(abs(p.error_pct))
    classes = [ClassError(hardware_class=k, points=len(v), mape_pct=round(sum(v) / len(v), 1)) for k, v in sorted(by_class.items())]
    overall = round(sum(abs(p.error_pct) for p in points) / len(points), 1) if points else 0.0
    return Ledger(points=points, classes=classes, overall_mape_pct=overall)


_LEDGERS: dict[str, Ledger] = {}


def ledger_from_kb(kb) -> Ledger:
    """The ledger for this knowledge base version (computed once per version and overlay state)."""
    key = f"{kb.version}:{kb.overlay.count('measurements') if kb.overlay else 0}"
    if key not in _LEDGERS:
        models = {m.id.lower(): m for m in kb.records("models")}
        gpus = {g.id.lower(): g for g in kb.records("gpus")}
        _LEDGERS[key] = run_ledger(kb.measurements(), models, gpus)
    return _LEDGERS[key]
