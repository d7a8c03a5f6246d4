"""Fit the sizing constants on the validation ledger, and check how they generalise.

The step-time model (sizing.step_times) has five constants per serving engine x hardware group and four global
ones. They are fitted in log space by Gauss-Newton on the log error of every speed point, pulled towards their
priors (constants.PRIORS) so that a group with few points keeps sensible values. Leave-one-source-out: refit
without one source's points and predict them, for every source in turn.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from desktop.domain import Accelerator, Measurement, Model

from .constants import (
    GLOBAL_PRIORS,
    OVERHEAD_PRIOR_SPREAD,
    PRIOR_SPREAD,
    PRIORS,
    Calibration,
    calibration_group,
    calibration_key,
)
from .sizing import SizingRequest, size, speed_inputs
from .speed_model import SpeedConstants, SpeedInputs, step_times

SPEED_METRICS = ("decode_tokens_per_s", "aggregate_tokens_per_s", "serving_tokens_per_s", "prefill_tokens_per_s")
GROUP_FIELDS = tuple(f.name for f in fields(Calibration))
GLOBAL_FIELDS = tuple(GLOBAL_PRIORS)


@dataclass
class Case:
    """One speed measurement, reduced to what the step-time model needs."""

    id: str
    source: str
    key: tuple[str, str]
    metric: str
    measured: float
    inputs: SpeedInputs
    prompt: float
    out_len: float


def request_for(m: Measurement) -> SizingRequest:
    return SizingRequest.model_validate(dict(
        precision=m.precision, kv_precision=m.kv_precision, gpus=m.gpus, parallel=m.parallel,
        engine="vllm" if m.engine == "sglang" else m.engine, checkpoint=m.checkpoint,
        context=m.context, concurrency=m.concurrency, prompt=min(m.prompt, m.context) or 1,
    ))


def case_for(m: Measurement, model: Model, acc: Accelerator) -> Case:
    req = request_for(m)
    capacity = size(model, acc, req, explain=False).max_concurrency_at_context
    batch = min(req.concurrency, capacity) if capacity > 0 else req.concurrency
    key = calibration_key(req.engine, calibration_group(acc.vendor, acc.kind, acc.memory_type))
    return Case(
        id=m.id, source=m.source, key=key, metric=m.metric, measured=m.value,
        inputs=speed_inputs(model, acc, req, batch), prompt=float(req.prompt),
        out_len=float(max(1, req.context - req.prompt)),
    )


class Problem:
    """The ledger's speed points as arrays, and the parameter vector's layout."""

    def __init__(self, cases: list[Case]):
        self.cases = cases
        self.keys = sorted({c.key for c in cases})
        self.index = {k: i for i, k in enumerate(self.keys)}
        n_group = len(GROUP_FIELDS)
        self.size = len(self.keys) * n_group + len(GLOBAL_FIELDS)
        prior = []
        for k in self.keys:
            p = PRIORS[k]
            prior += [getattr(p, f) for f in GROUP_FIELDS]
        prior += [GLOBAL_PRIORS[f] for f in GLOBAL_FIELDS]
        self.prior = np.log(np.array(prior))
        spread = [OVERHEAD_PRIOR_SPREAD if f.endswith("_overhead_s") else PRIOR_SPREAD for f in GROUP_FIELDS]
        self.spread = np.array(spread * len(self.keys) + [PRIOR_SPREAD] * len(GLOBAL_FIELDS))
        self.group_of = np.array([self.index[c.key] for c in cases], dtype=int)
        self.inputs = SpeedInputs(**{
            f.name: np.array([float(getattr(c.inputs, f.name)) for c in cases]) for f in fields(SpeedInputs)
        })
        self.metric = np.array([SPEED_METRICS.index(c.metric) for c in cases])
        self.measured = np.array([c.measured for c in cases])
        self.prompt = np.array([c.prompt for c in cases])
        self.out_len = np.array([c.out_len for c in cases])

    def constants(self, theta: np.ndarray) -> SpeedConstants:
        values = np.exp(theta)
        n_group = len(GROUP_FIELDS)
        per_group = values[: len(self.keys) * n_group].reshape(len(self.keys), n_group)[self.group_of]
        g = values[len(self.keys) * n_group:]
        return SpeedConstants(
            *[per_group[:, i] for i in range(n_group)], *[g[i] for i in range(len(GLOBAL_FIELDS))]
        )

    def predict(self, theta: np.ndarray) -> np.ndarray:
        t = step_times(self.inputs, self.constants(theta))
        step, prefill, batch = t["step"], t["prefill"], self.inputs.batch
        return np.choose(self.metric, [
            1 / step,
            batch / step,
            1 / t["serving_per_token"],
            self.prompt / prefill,
        ])

    def residuals(self, theta: np.ndarray, mask: np.ndarray) -> np.ndarray:
        err = np.log(self.predict(theta) / self.measured)[mask]
        return np.concatenate([err, (theta - self.prior) / self.spread])

    def fit(self, mask: np.ndarray | None = None, iterations: int = 40) -> np.ndarray:
        """Levenberg-Marquardt on the log errors of the masked points plus the priors."""
        mask = np.ones(len(self.cases), dtype=bool) if mask is None else mask
        theta = self.prior.copy()
        r = self.residuals(theta, mask)
        cost, damping, h = r @ r, 1e-2, 1e-4
        for _ in range(iterations):
            jac = np.empty((len(r), self.size))
            for j in range(self.size):
                step = theta.copy()
                step[j] += h
                jac[:, j] = (self.residuals(step, mask) - r) / h
            jtj, jtr = jac.T @ jac, jac.T @ r
            while True:
                delta = np.linalg.solve(jtj + damping * np.diag(np.diag(jtj) + 1e-9), -jtr)
                trial = theta + np.clip(delta, -1.0, 1.0)
                r_trial = self.residuals(trial, mask)
                if r_trial @ r_trial < cost:
                    theta, r, cost, damping = trial, r_trial, r_trial @ r_trial, max(damping / 3, 1e-6)
                    break
                damping *= 4
                if damping > 1e6:
                    return theta
            if np.max(np.abs(delta)) < 1e-4:
                break
        return theta

    def tables(self, theta: np.ndarray) -> tuple[dict[tuple[str, str], Calibration], dict[str, float]]:
        values = np.exp(theta)
        n_group = len(GROUP_FIELDS)
        groups = {
            k: Calibration(*[float(v) for v in values[i * n_group:(i + 1) * n_group]]) for i, k in enumerate(self.keys)
        }
        glob = {f: float(values[len(self.keys) * n_group + i]) for i, f in enumerate(GLOBAL_FIELDS)}
        return groups, glob


def leave_one_source_out(problem: Problem) -> dict[str, float]:
    """Predicted value of every speed point by constants fitted without the points of its source."""
    out: dict[str, float] = {}
    sources = np.array([c.source for c in problem.cases])
    for source in sorted(set(sources)):
        held = sources == source
        theta = problem.fit(~held)
        pred = problem.predict(theta)
        for i in np.flatnonzero(held):
            out[problem.cases[i].id] = float(pred[i])
    return out
