"""`make bench`: speed figures against the targets in the issues. Prints them and writes bench-results.json.

Figures, not tests: a slow machine prints a slow figure; nothing here fails the build.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS: list[dict] = []


def record(name: str, value: float, unit: str, target: float | None = None) -> None:
    ok = None if target is None else value <= target
    RESULTS.append({"name": name, "value": round(value, 3), "unit": unit, "target": target, "within_target": ok})
    mark = "" if target is None else ("  ok" if ok else "  OVER TARGET")
    shown = f"≤ {target} {unit}" if target is not None else ""
    print(f"{name:<58} {value:>10.3f} {unit:<4} {shown}{mark}")


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_knowledge(tmp: Path) -> None:
    from desktop.knowledge.base import KnowledgeBase
    from desktop.knowledge.build import build
    from desktop.knowledge.sources import KNOWLEDGE_DIR, load_sources

    env = {**os.environ, "MSS_CACHE_DIR": str(tmp / "cache"), "MSS_DATA_DIR": str(tmp / "data")}
    cmd = [sys.executable, "-m", "desktop.cli", "kb", "info"]
    subprocess.run(cmd, env=env, capture_output=True, check=True)  # first run builds the cache
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        runs.append(time.perf_counter() - start)
    record("kb info, cold process start (median of 5)", statistics.median(runs), "s", 0.5)

    def full_build() -> None:
        build(tmp / "bench.sqlite", sources=load_sources(KNOWLEDGE_DIR))

    record("knowledge base full build from sources", best_of(full_build, 3), "s", 2.0)

    # FTS over 10,000 synthetic models
    sources = load_sources(KNOWLEDGE_DIR)
    template = sources.of("models")[0]
    families = ["Llama", "Qwen", "Mistral", "Gemma", "Phi", "Falcon", "Granite", "Olmo"]
    sources.records["models"] = [
        template.model_copy(
            update={"id": f"synthetic/{families[i % 8]}-{i}-Instruct", "name": f"{families[i % 8]} synthetic {i}"}
        )
        for i in range(10_000)
    ]
    sources.records["models"].append(template)
    big = tmp / "big.sqlite"
    build(big, sources=sources)
    kb = KnowledgeBase(big, overlay=None)
    queries = ["qwen 4711", "apache", "mistral synthetic 9999", "llama instruct"]
    per_query = [best_of(lambda q=q: kb.search(q, limit=50), 5) for q in queries]
    record("FTS search over 10,000 synthetic models (worst query)", max(per_query) * 1000, "ms", 20.0)
    kb.close()


def main() -> int:
    print(f"Model Strategy Studio benchmarks — {dt.datetime.now().isoformat(timespec='seconds')}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bench_knowledge(tmp)
        for extra in EXTRA_BENCHES:
            extra(tmp)
    out = ROOT / "bench-results.json"
    out.write_text(json.dumps({"when": dt.datetime.now().isoformat(timespec="seconds"), "results": RESULTS}, indent=2))
    print(f"written {out}")
    return 0


EXTRA_BENCHES: list[Callable[[Path], None]] = []

if __name__ == "__main__":
    raise SystemExit(main())
