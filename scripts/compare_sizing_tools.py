"""Our sizing error beside two public sizing tools' documented formulas, on the same ledger points.

    .venv/bin/python scripts/compare_sizing_tools.py            # markdown table for docs/accuracy.md
    .venv/bin/python scripts/compare_sizing_tools.py --points   # and every point

The other tools are re-implemented from their own documentation and code (read 2026-12-02), not run:

* llmfit (AlexsJones/llmfit, docs/how-it-works.md @647135f): decode tok/s = bandwidth_GB_s / model_size_GB x 0.55,
  MoE from active parameters; it estimates one stream on one device and has no batching, so it is scored on
  single-stream decode points only (we give it our own weight bytes per precision, which can only help it).
* kv-planner (h9-tec/KV-planner, src/kv_planner/core/performance/roofline.py @4386af8): prefill = max(FLOPs /
  (peak x 0.50), bytes / (bandwidth x 0.75)) + ring all-reduce; decode step = (active weight bytes + batch x
  context x KV bytes per token) / (bandwidth x 0.75) + ring all-reduce (2 per layer, 400 GB/s, 1.5 us per hop); with
  batch B, input I and output O, output tok/s = B x O / (prefill + O x step). Bandwidth is one GPU's, as in its code
  (tensor parallelism adds no bandwidth there). Max-load points get our capacity-capped batch, which helps it.
* The previous Model Strategy Studio sizing (commit 205366e, one fixed efficiency, full compute/memory overlap).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.engine.calibrate import SPEED_METRICS, request_for
from desktop.engine.constants import PRECISION_SPECS
from desktop.engine.sizing import size, weight_bytes
from desktop.engine.validation import ledger_from_kb, slices
from desktop.knowledge.base import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
PREVIOUS = "205366e"


def previous_sizing():
    """The sizing module as it was before the batched-serving work, loaded from git."""
    tmp = Path(tempfile.mkdtemp()) / "previous_sizing"
    tmp.mkdir()
    for name in ("sizing.py", "constants.py"):
        text = subprocess.run(["git", "show", f"{PREVIOUS}:desktop/engine/{name}"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        (tmp / name).write_text(text)
    (tmp / "__init__.py").write_text("")
    spec = importlib.util.spec_from_file_location("previous_sizing", tmp / "__init__.py",
                                                  submodule_search_locations=[str(tmp)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["previous_sizing"] = module
    spec.loader.exec_module(module)
    import previous_sizing.sizing as old  # type: ignore[import-not-found]

    return old


def llmfit(model, acc, req) -> float | None:
    if req.concurrency > 1:
        return None
    a = model.architecture
    size_gb = weight_bytes(model, req.precision, req.engine) / 1e9 * a.params_active_b / a.params_total_b
    return acc.bandwidth_gbs / size_gb * 0.55


def kv_planner(model, acc, req, batch: int, metric: str) -> float:
    a = model.architecture
    bpe = PRECISION_SPECS[req.precision].bits / 8
    peak = (acc.fp8_tflops if bpe <= 1 and acc.fp8_tflops else acc.bf16_tflops) or acc.bandwidth_gbs * 0.03
    n = req.gpus if req.parallel == "tensor" else 1
    d = a.hidden_size

    def allreduce(tokens: int) -> float:
        if n <= 1:
            return 0.0
        message = tokens * d * 2
        return (2 * (n - 1) / n * message / 400e9 + 2 * (n - 1) * 1.5e-6) * 2 * a.layers

    inp, out = req.prompt, max(1, req.context - req.prompt)
    flops_prefill = (2 * a.params_active_b * 1e9 + 4 * a.layers * d * inp) * batch * inp
    bytes_prefill = a.params_total_b * 1e9 * bpe + 2 * a.layers * a.kv_heads * a.head_dim * bpe * inp * batch
    prefill = max(flops_prefill / (peak * 1e12 * 0.5), bytes_prefill / (acc.bandwidth_gbs * 1e9 * 0.75))
    prefill += allreduce(batch * inp)
    avg = inp + out // 2
    kv_per_token = 2 * a.layers * a.kv_heads * a.head_dim * bpe  # its KV bytes use the weight precision
    step = (a.params_active_b * 1e9 * bpe + kv_per_token * batch * avg) / (acc.bandwidth_gbs * 1e9 * 0.75)
    step += allreduce(batch)
    if metric == "prefill_tokens_per_s":
        return inp / prefill
    if metric == "decode_tokens_per_s":
        return 1 / step
    if metric == "aggregate_tokens_per_s":
        return batch / step
    return batch * out / (prefill + out * step)


def mape(pairs: list[tuple[float, float]]) -> float:
    return sum(abs(p / m - 1) for p, m in pairs) / len(pairs) * 100 if pairs else float("nan")


def main() -> int:
    kb = KnowledgeBase.open()
    ledger = ledger_from_kb(kb, out_of_source=True)
    old = previous_sizing()
    models = {m.id.lower(): m for m in kb.records("models")}
    gpus = {g.id.lower(): g for g in kb.records("gpus")}
    points = {p.id: p for p in ledger.points}
    rows = []
    for m in kb.measurements():
        if m.metric not in SPEED_METRICS or m.id not in points:
            continue
        model, acc = models[m.model.lower()], gpus[m.accelerator_id.lower()]
        req = request_for(m)
        ours = size(model, acc, req, explain=False)
        batch = min(req.concurrency, ours.max_concurrency_at_context) if ours.max_concurrency_at_context else req.concurrency
        old_req = old.SizingRequest(**{k: v for k, v in req.model_dump().items() if k != "checkpoint"}
                                    | {"engine": "llama.cpp" if req.engine == "mlx" else req.engine})
        old_result = old.size(model, acc, old_req, explain=False)
        p = points[m.id]
        rows.append({
            "id": m.id, "measured": m.value, "metric": m.metric, "conc8": m.concurrency >= 8, "moe": p.moe,
            "multi": m.gpus > 1, "cls": p.hardware_class,
            "ours": p.predicted, "ours_out": p.predicted_out_of_source,
            "previous": getattr(old_result, m.metric),
            "llmfit": llmfit(model, acc, req) if m.metric == "decode_tokens_per_s" else None,
            "kvplanner": kv_planner(model, acc, req, batch, m.metric),
        })
    slices_def = {
        "all speed points": lambda r: True,
        "concurrency >= 8": lambda r: r["conc8"],
        "mixture of experts": lambda r: r["moe"],
        "multi-GPU": lambda r: r["multi"],
        "Apple": lambda r: r["cls"].startswith("apple"),
        "AMD": lambda r: r["cls"].startswith("amd"),
        "single-stream decode": lambda r: r["metric"] == "decode_tokens_per_s",
    }
    print("| slice | points | ours in-sample | ours out-of-source | previous model | kv-planner roofline | llmfit formula |")
    print("|---|---|---|---|---|---|---|")
    for name, keep in slices_def.items():
        sel = [r for r in rows if keep(r)]
        lf = [(r["llmfit"], r["measured"]) for r in sel if r["llmfit"] is not None]
        print(f"| {name} | {len(sel)} | {mape([(r['ours'], r['measured']) for r in sel]):.1f} % "
              f"| {mape([(r['ours_out'], r['measured']) for r in sel]):.1f} % "
              f"| {mape([(r['previous'], r['measured']) for r in sel]):.1f} % "
              f"| {mape([(r['kvplanner'], r['measured']) for r in sel]):.1f} % "
              f"| {mape(lf):.1f} % ({len(lf)} pts) |" if lf else
              f"| {name} | {len(sel)} | {mape([(r['ours'], r['measured']) for r in sel]):.1f} % "
              f"| {mape([(r['ours_out'], r['measured']) for r in sel]):.1f} % "
              f"| {mape([(r['previous'], r['measured']) for r in sel]):.1f} % "
              f"| {mape([(r['kvplanner'], r['measured']) for r in sel]):.1f} % | no estimate |")
    print()
    print("Ledger slices (memory points included):")
    for name, (n, a, b) in slices(ledger).items():
        print(f"  {name}: {n} points, in-sample {a} %, out-of-source {b} %")
    if "--points" in sys.argv:
        for r in rows:
            print(f"{r['id'][:56]:56} {r['measured']:>10.1f} ours {r['ours']:>10.1f} out {r['ours_out']:>10.1f} "
                  f"prev {r['previous']:>10.1f} kvp {r['kvplanner']:>10.1f} llmfit {r['llmfit'] or 0:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
