"""`model-strategy`: the engine from the shell. With no arguments it starts the desktop app.

Exit status: 0 when the command ran, 2 for bad input (unknown id, malformed file, bad flag),
with a message naming what is wrong and never a traceback.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from desktop.domain.license import USE_CATEGORIES
from desktop.domain.vocabulary import ENGINES, KV_PRECISIONS, PRECISIONS

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class BadInput(Exception):
    """Raised by commands for input errors; main() prints it and exits 2."""


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


_OPENED: list = []  # knowledge bases a command opened: their notices go to stderr when it ends


def _open_kb():
    from desktop.knowledge.base import KnowledgeBase

    kb = KnowledgeBase.open()
    _OPENED.append(kb)
    return kb


def _print_notices() -> None:
    """Problems met on the way (a cache rebuilt elsewhere, a state file set aside, an overlay entry
    skipped), one line each on stderr: the command's answer on stdout stays clean."""
    seen: set[str] = set()
    while _OPENED:
        kb = _OPENED.pop()
        for line in kb.notices:
            if line not in seen:
                seen.add(line)
                print(f"warning: {line}", file=sys.stderr)


# -- kb -------------------------------------------------------------------------------------------
LIST_COLUMNS = {
    "licenses": ("short_name", "spdx_id"),
    "models": ("release_date", "context_length"),
    "gpus": ("memory_gb", "bandwidth_gbs"),
    "apis": ("input_per_mtok", "output_per_mtok", "region"),
    "clouds": ("accelerator_id", "price_per_hour", "region"),
    "measurements": ("metric", "value"),
    "rules": ("favours", "points"),
    "regulation": ("type", "article", "status"),
}


def list_row(kind: str, record, yours: set[str]) -> dict:
    """One row of `kb list`; `yours` holds the lower-case ids the user overlay supplies."""
    from desktop.knowledge.build import record_name

    row = {
        "id": record.id,
        "name": record_name(record),
        "source": record.source,
        "sources": record.sources,
        "as_of": record.as_of.isoformat(),
        "verification": record.verification.value,
        "origin": "user" if record.id.lower() in yours else "bundled",
    }
    for column in LIST_COLUMNS[kind]:
        value = getattr(record, column, None)
        row[column] = value.isoformat() if hasattr(value, "isoformat") else value
    if kind == "models":
        row["license_ids"] = record.license_ids
    return row


def cmd_kb_info(args) -> int:
    kb = _open_kb()
    info = kb.info()
    if args.json:
        _print_json(info)
        return EXIT_OK
    print(f"Knowledge base {info['version']} (built {info['built_at']})")
    for kind, count in info["counts"].items():
        extra = f" (+{info['overlay_counts'][kind]} your own)" if info["overlay_counts"][kind] else ""
        print(f"  {kind:<13} {count:>5}{extra}")
    print(f"  facts dated {info['oldest_as_of']} .. {info['newest_as_of']}")
    print(f"  older than 12 months: {info['stale_facts']}")
    v = info["verification"]
    print(f"  verified against primary text: {v['primary']}, secondary: {v['secondary']}, unverified: {v['unverified']}")
    return EXIT_OK


def cmd_kb_list(args) -> int:
    kb = _open_kb()
    yours = {r.id.lower() for r in kb.overlay.records(args.kind)} if kb.overlay else set()
    rows = [list_row(args.kind, r, yours) for r in kb.records(args.kind)]
    if args.json:
        _print_json(rows)
        return EXIT_OK
    columns = ["id", *LIST_COLUMNS[args.kind], "as_of", "verification", "source"]
    cells = [[("" if row.get(c) is None else str(row[c])) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for line in cells:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    print(f"{len(rows)} {args.kind}")
    return EXIT_OK


def cmd_kb_show(args) -> int:
    kb = _open_kb()
    record = kb.get(args.kind, args.id)
    data = json.loads(record.model_dump_json())
    data["origin"] = kb.origin(args.kind, record.id)
    if args.json:
        _print_json(data)
        return EXIT_OK
    _print_tree(data)
    return EXIT_OK


def _print_tree(data, indent: int = 0) -> None:
    pad = "  " * indent
    if isinstance(data, dict):
        for key, value in data.items():
            if value in (None, [], {}):
                continue
            if isinstance(value, dict | list) and not (isinstance(value, list) and all(isinstance(v, str | int | float) for v in value)):
                print(f"{pad}{key}:")
                _print_tree(value, indent + 1)
            else:
                shown = ", ".join(map(str, value)) if isinstance(value, list) else value
                print(f"{pad}{key}: {shown}")
    elif isinstance(data, list):
        for item in data:
            print(f"{pad}-")
            _print_tree(item, indent + 1)
    else:
        print(f"{pad}{data}")


def cmd_kb_search(args) -> int:
    kb = _open_kb()
    hits = kb.search(args.text, kind=args.kind, limit=args.limit)
    if args.json:
        _print_json([{"kind": h.kind, "id": h.id, "name": h.name, "snippet": h.snippet} for h in hits])
        return EXIT_OK
    for hit in hits:
        print(f"{hit.kind:<13} {hit.id:<55} {hit.snippet}")
    print(f"{len(hits)} match{'es' if len(hits) != 1 else ''}")
    return EXIT_OK


def cmd_kb_new_key(args) -> int:
    from desktop.knowledge.bundle import BundleError, new_publisher_key

    out = Path(args.out)
    if out.exists() and not args.force:
        raise BadInput(f"{out} exists; use --force to replace it")
    try:
        kid = new_publisher_key(out, args.comment)
    except (BundleError, OSError) as exc:
        raise BadInput(str(exc)) from None
    print(f"private key {out} (keep it secret and offline), public key {out}.pub, key id {kid}")
    return EXIT_OK


def cmd_kb_export_bundle(args) -> int:
    from desktop.knowledge.bundle import BundleError, export_bundle
    from desktop.knowledge.sources import KNOWLEDGE_DIR

    try:
        manifest = export_bundle(Path(args.key), Path(args.output), root=Path(args.sources) if args.sources else KNOWLEDGE_DIR)
    except (BundleError, OSError) as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        _print_json(json.loads(manifest.model_dump_json()))
        return EXIT_OK
    print(f"wrote {args.output}: knowledge {manifest.version}, released {manifest.released:%Y-%m-%d %H:%M} UTC, "
          f"{len(manifest.files)} files, signed by key {manifest.publisher_key_id}")
    return EXIT_OK


def cmd_kb_import_bundle(args) -> int:
    from desktop.knowledge.bundle import BundleError, import_bundle

    try:
        result = import_bundle(Path(args.file))
    except BundleError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        print("the installed knowledge is unchanged", file=sys.stderr)
        return EXIT_BAD_INPUT
    changes = result.changes
    if args.json:
        _print_json({"version": result.manifest.version, "released": result.manifest.released.isoformat(),
                     "added": changes.added, "changed": changes.changed, "removed": changes.removed})
        return EXIT_OK
    print(f"installed knowledge {result.manifest.version} (released {result.manifest.released:%Y-%m-%d}); "
          f"the previous version is kept for `model-strategy kb rollback`")
    print(f"changes: {changes.summary()}")
    return EXIT_OK


def cmd_kb_trust_key(args) -> int:
    from desktop.knowledge.bundle import BundleError, trust_key

    try:
        kid = trust_key(Path(args.file))
    except BundleError as exc:
        raise BadInput(str(exc)) from None
    print(f"trusted publisher key {kid}")
    return EXIT_OK


def cmd_kb_rollback(args) -> int:
    from desktop.knowledge.bundle import BundleError, rollback

    try:
        version = rollback()
    except BundleError as exc:
        raise BadInput(str(exc)) from None
    print(f"knowledge rolled back to {version}")
    return EXIT_OK


def cmd_kb_add_model(args) -> int:
    """Identify a model folder or GGUF file from its headers and keep it in the user overlay."""
    from desktop.knowledge.modelfiles import (
        ModelFileError,
        add_to_overlay,
        full_sha256,
        read_model,
        weight_paths,
        with_file_hash,
    )

    kb = _open_kb()
    try:
        result = read_model(args.path, kb)
        record = result.record
        if record is not None and args.hash:
            def progress(done: int, total: int) -> None:
                print(f"\rhashing {done / max(total, 1):6.1%}", end="", file=sys.stderr, flush=True)

            digest = full_sha256(weight_paths(result.disk), progress)
            print(file=sys.stderr)
            record = with_file_hash(record, digest or "")
    except ModelFileError as exc:
        raise BadInput(str(exc)) from None
    stored = False
    if record is not None and not args.dry_run:
        record = add_to_overlay(record, kb.overlay)
        stored = True
    if args.json:
        data = json.loads(result.disk.model_dump_json())
        data.update(record_id=record.id if record else None, stored=stored, problem=result.problem,
                    sources=record.sources if record else [])
        _print_json(data)
        return EXIT_OK if record else EXIT_BAD_INPUT
    print_disk_model(result.disk)
    if record is None:
        print(f"error: not added: {result.problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(("stored in your overlay as " if stored else "would be stored as ") + record.id)
    for source in record.sources:
        print(f"  source: {source}")
    return EXIT_OK


def print_disk_model(disk) -> None:
    arch = disk.architecture
    print(f"{disk.name}  ({disk.format}, {disk.architecture_name or 'unknown architecture'})")
    print(f"  parameters     {disk.params_total:,} ({disk.params_total / 1e9:.2f} B)" + (
        f" ({arch.params_active_b:.2f} B active, {arch.experts} experts, {arch.experts_per_token} per token)"
        if arch and arch.is_moe else ""))
    print(f"  weights        {disk.weights_gb:.2f} GB in {disk.tensors} tensors, mostly {disk.precision}")
    if disk.sizing_precision:
        print(f"                 (size it with --precision {disk.sizing_precision})")
    if arch:
        print(f"  architecture   {arch.layers} layers, hidden {arch.hidden_size}, {arch.attention_heads} heads "
              f"({arch.kv_heads} KV, head_dim {arch.head_dim}), vocab {arch.vocab_size}")
    print(f"  context        {disk.context_length or 'not stated'}")
    print(f"  modalities     {', '.join(disk.modalities)}")
    print(f"  license        {disk.license_status}: {' + '.join(disk.license_ids)} "
          f"(confidence {disk.license_confidence:.2f})")
    print(f"                 {disk.license_basis}")
    for passage in disk.license_match.differing_passages:
        print(f"    differs: {passage}")
    if disk.base_model:
        print(f"  base model     {disk.base_model}" + (f" -> {disk.base_model_id}" if disk.base_model_id else " (not in catalog)"))
    print(f"  fingerprint    sha256:{disk.fingerprint}")
    for note in disk.notes:
        print(f"  note: {note}")


def cmd_kb_import_prices(args) -> int:
    from desktop.knowledge.prices import PriceFileError, import_prices

    kb = _open_kb()
    try:
        result = import_prices(kb, Path(args.file))
    except PriceFileError as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        _print_json(result.as_dict())
        return EXIT_OK
    print(f"updated {len(result.updated)}, unchanged {len(result.unchanged)}, not in file {len(result.missing)}")
    for offering in result.updated:
        print(f"  updated {offering}")
    for problem in result.skipped:
        print(f"  skipped {problem}")
    for problem in result.warnings:
        print(f"  warning {problem}")
    return EXIT_OK


# -- engine ---------------------------------------------------------------------------------------
def usage_context_from_args(args):
    from pydantic import ValidationError

    from desktop.domain.usage import UsageContext

    try:
        return UsageContext(
            licensee_country=args.licensee_country,
            commercial=args.commercial,
            customer_facing=args.customer_facing,
            deployment=args.deployment,
            hosted_service=args.hosted_service,
            product_mau=args.mau,
            group_mau_at_release=args.group_mau_at_release,
            group_monthly_revenue_usd=args.group_monthly_revenue_usd,
            fine_tune=args.fine_tune,
            redistribute_weights=args.redistribute_weights,
            derived_model_name=args.derived_model_name,
            train_other_models=args.train_other_models,
            multimodal=args.multimodal,
            uses=args.use or [],
            evaluation_only=getattr(args, "evaluation_only", False),
            data=getattr(args, "data", "public"),
            eu_only=getattr(args, "eu_only", False),
        )
    except ValidationError as exc:
        raise BadInput(validation_message(exc)) from None


def validation_message(exc) -> str:
    parts = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "value"
        parts.append(f"{field.replace('_', '-')}: {err['msg']}")
    return "; ".join(parts)


def cmd_license_check(args) -> int:
    from desktop.engine.assess import Catalog

    kb = _open_kb()
    api = _api_instead_of_model(kb, args.model)
    model = kb.model(args.model) if api is None else None
    ctx = usage_context_from_args(args)
    catalog = Catalog.from_kb(kb)  # the same question-1 answer the assessment gives
    if api is not None:
        result = catalog.api_license(api, ctx)
        model = api
    else:
        result = catalog.license_assessment(model, ctx)
    if args.json:
        _print_json(result.model_dump(mode="json"))
        return EXIT_OK
    print(f"{model.id} — {result.license}")
    print(f"verdict: {result.verdict.value}  (question 1: license)")
    for r in result.reasons:
        if r.impact in ("blocks", "review"):
            print(f"  {r.impact.upper():<7} {r.license} {r.clause}: {r.summary}")
            if r.quote:
                print(f"          “{r.quote}” — {r.source}")
    if result.obligations:
        print("obligations:")
        for ob in result.obligations:
            print(f"  - [{ob.id}] {ob.text} ({ob.license} {ob.clause})")
    if result.risk_flags:
        print("risks:")
        for risk in result.risk_flags:
            print(f"  ! {risk.kind}: {risk.summary} ({risk.license} {risk.clause})")
    return EXIT_OK


def _api_instead_of_model(kb, wanted: str):
    """license-check takes a model id or an API offer id: the API offer when no model has that id."""
    from desktop.knowledge.base import NotFound

    try:
        kb.resolve_id("models", wanted)
        return None
    except NotFound as not_model:
        try:
            return kb.api(wanted)
        except NotFound as not_api:
            hints = (not_model.suggestions + not_api.suggestions)[:6]
            hint = f"; did you mean: {', '.join(hints)}?" if hints else ""
            raise BadInput(f"model or API offer {wanted!r} not found{hint}") from None


def cmd_size(args) -> int:
    from pydantic import ValidationError

    from desktop.engine.sizing import SizingRequest, size, smallest_fitting
    from desktop.engine.validation import ledger_from_kb

    kb = _open_kb()
    model = kb.model(args.model)
    acc = kb.accelerator(args.gpu)
    try:
        req = SizingRequest(
            precision=args.precision, kv_precision=args.kv_precision, gpus=args.gpus, parallel=args.parallel,
            engine=args.engine, context=args.context, concurrency=args.concurrency,
            prompt=args.prompt if args.prompt is not None else min(1024, args.context),
        )
    except ValidationError as exc:
        raise BadInput(validation_message(exc)) from None
    band = ledger_from_kb(kb).band_for(acc.hardware_class)
    result = size(model, acc, req, error_band=band)
    cheapest = [
        {"gpu": g.id, "gpus": count, "price_usd": round((g.price_usd or 0) * count) or None,
         "total_gb": r.memory.total_gb, "usable_gb": r.memory.usable_gb}
        for g, count, r in smallest_fitting(model, kb.records("gpus"), req)[:5]
    ]
    data = result.model_dump(mode="json")
    data["smallest_fitting"] = cheapest
    if args.json:
        if not args.explain:
            data["explain"] = [s["quantity"] + ": " + s["result"] for s in data["explain"]]
        _print_json(data)
        return EXIT_OK
    m = result.memory
    print(f"{model.id} on {args.gpus} × {acc.name} ({req.precision}, KV {req.kv_precision}, {req.engine}, {req.parallel})")
    print(f"fits: {'yes' if result.fits else 'NO'}   (question 2: hardware)")
    print(f"memory (GB, all devices): weights {m.weights_gb:.1f} + KV {m.kv_cache_gb:.1f} + overhead {m.overhead_gb:.1f}"
          f" = {m.total_gb:.1f} of {m.usable_gb:.1f} usable")
    print(f"max concurrency at {req.context:,} tokens: {result.max_concurrency_at_context}")
    print(f"decode: {result.decode_tokens_per_s:,.1f} tok/s per stream, {result.aggregate_tokens_per_s:,.1f} tok/s"
          f" at concurrency {req.concurrency} ({result.bound}-bound)")
    print(f"prefill: {result.prefill_tokens_per_s:,.0f} tok/s; time to first token {result.ttft_s:.3f} s")
    print(f"error band: ±{band['mape_pct']}% ({band['hardware_class']}, {band['points']} measured points)")
    if cheapest:
        print("smallest catalog configurations that fit (by price):")
        for c in cheapest:
            price = f"~USD {c['price_usd']:,}" if c["price_usd"] else "price unknown"
            print(f"  {c['gpus']} × {c['gpu']}: {c['total_gb']:.0f} of {c['usable_gb']:.0f} GB, {price}")
    for w in result.warnings:
        print(f"warning: {w}")
    if args.explain:
        print("how each figure was made:")
        for s in result.explain:
            print(f"  {s.quantity}: {s.formula} = {s.result}")
            if s.source:
                print(f"      source: {s.source}")
    return EXIT_OK


def cmd_validate(args) -> int:
    from desktop.engine.validation import FEW_POINTS, ledger_from_kb, slices

    ledger = ledger_from_kb(_open_kb(), out_of_source=True)
    if args.json:
        _print_json(ledger.model_dump(mode="json"))
        return EXIT_OK
    print(f"{'point':<52} {'metric':<24} {'predicted':>10} {'measured':>10} {'error':>7} {'out-of-src':>10}")
    for p in ledger.points:
        held = f"{p.error_out_of_source_pct:>9.1f}%" if p.error_out_of_source_pct is not None else ""
        print(f"{p.id[:52]:<52} {p.metric:<24} {p.predicted:>10.1f} {p.measured:>10.1f} {p.error_pct:>6.1f}% {held:>10}")
    print()
    print(f"{'hardware class':<32} {'points':>6} {'MAPE':>7} {'out-of-source':>14}")
    for c in ledger.classes:
        few = f"  (fewer than {FEW_POINTS} points: proves little)" if c.few_points else ""
        print(f"{c.hardware_class:<32} {c.points:>6} {c.mape_pct:>6.1f}% {c.mape_out_of_source_pct:>13.1f}%{few}")
    print(f"{'all':<32} {len(ledger.points):>6} {ledger.overall_mape_pct:>6.1f}% {ledger.mape_out_of_source_pct:>13.1f}%")
    print()
    print(f"{'slice':<32} {'points':>6} {'MAPE':>7} {'out-of-source':>14}")
    for name, (n, mape, held_mape) in slices(ledger).items():
        print(f"{name:<32} {n:>6} {mape:>6.1f}% {held_mape:>13.1f}%")
    print(f"out-of-source: constants refitted without each of the {ledger.sources} sources in turn, then its points predicted")
    return EXIT_OK


def cmd_assess(args) -> int:
    from desktop.domain.portfolio_file import PortfolioError, load_portfolio
    from desktop.engine.assess import Catalog, assess_portfolio

    try:
        portfolio = load_portfolio(Path(args.portfolio))
    except PortfolioError as exc:
        raise BadInput(str(exc)) from None
    kb = _open_kb()
    result = assess_portfolio(portfolio, Catalog.from_kb(kb))
    if args.json:
        _print_json(result.model_dump(mode="json"))
        return EXIT_OK
    cur = result.currency
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{result.portfolio} — knowledge base {result.knowledge_base_version}")
    for ua in result.use_cases:
        print(f"\n{ua.name}")
        print(f"  recommended: {ua.summary}")
        for reason in ua.reasons:
            print(f"    - {reason}")
        if ua.reference_api:
            print(f"  reference API: {ua.reference_api}")
        for ca in sorted(ua.candidates, key=lambda c: -c.score.total):
            verdict = ca.license.verdict.value if ca.license else "vendor terms"
            fits = "" if ca.sizing is None else (" fits" if ca.sizing.fits else " DOES NOT FIT")
            print(f"  {ca.score.total:5.1f}  {ca.label:<70} {verdict:<25}{fits}"
                  f"  {ca.cost.monthly_total:>10,.0f} {cur}/month")
            if ca.outcome and not ca.outcome.startswith("recommended"):
                print(f"         {ca.outcome[:160]}")
    print(f"\nrecommended mix: {result.total_monthly:,.0f} {cur} per month, {result.total_tco:,.0f} {cur} over "
          f"{result.horizon_months} months, {result.total_capex:,.0f} {cur} up front")
    for item in result.mix:
        print(f"  {item.share * 100:5.1f}%  {item.name}: {item.label or '—'}")
    print("\nscenarios:")
    for sc in result.scenarios:
        mark = "*" if sc.name == result.recommended_scenario else " "
        print(f" {mark}{sc.title:<22} {sc.monthly:>10,.0f} {cur}/month  {sc.tco:>12,.0f} {cur} TCO  "
              f"{sc.capex:>10,.0f} {cur} capex" + (f"  ({len(sc.unserved)} use case(s) unserved)" if sc.unserved else ""))
    if result.scenario_reason:
        print(f"  {result.scenario_reason}")
    if result.risks:
        print("risks:")
        for risk in result.risks:
            if risk.recommended:
                print(f"  ! [{risk.severity}] {risk.subject}: {risk.message}")
    return EXIT_OK


def _assessed(path: str):
    """(portfolio, knowledge base, assessment) of a portfolio file; bad input exits 2 with its message."""
    from desktop.domain.portfolio_file import PortfolioError, load_portfolio
    from desktop.engine.assess import Catalog, assess_portfolio

    try:
        portfolio = load_portfolio(Path(path))
    except PortfolioError as exc:
        raise BadInput(str(exc)) from None
    kb = _open_kb()
    return portfolio, kb, assess_portfolio(portfolio, Catalog.from_kb(kb))


# -- report, identity, verify (issue 6) ------------------------------------------------------------
def _passphrase(args, prompt: str) -> bytes:
    from desktop.report.identity import IdentityError, read_passphrase

    if args.passphrase_file:
        try:
            return read_passphrase(Path(args.passphrase_file))
        except IdentityError as exc:
            raise BadInput(str(exc)) from None
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt).encode("utf-8")
    raise BadInput("--passphrase-file is required (no terminal to ask on) / --passphrase-file fehlt")


def _identity_lines(info: dict) -> list[str]:
    return [
        f"name / Name:                  {info['name']}",
        f"organisation / Organisation:  {info['organisation'] or '—'}",
        f"valid / gültig:               {info['valid_from']} .. {info['valid_until']}",
        f"issuer / Aussteller:          {info['issuer']}{' (self-signed / selbst signiert)' if info['self_signed'] else ''}",
        f"SHA-256 fingerprint / Fingerabdruck: {info['fingerprint_sha256']}",
    ]


def cmd_identity_create(args) -> int:
    from desktop.report.identity import IdentityError, create_identity
    from desktop.report.output import OutputError, check_target, write_atomic

    out = Path(args.out)
    try:
        check_target(out, args.force)
        passphrase = _passphrase(args, "Passphrase: ")
        data, identity = create_identity(args.name, args.organization, passphrase)
        write_atomic(out, data, force=args.force, mode=0o600)
    except (IdentityError, OutputError) as exc:
        raise BadInput(str(exc)) from None
    info = identity.as_dict() | {"file": str(out)}
    if args.json:
        _print_json(info)
        return EXIT_OK
    print(f"wrote / geschrieben: {out}")
    print("\n".join(_identity_lines(info)))
    return EXIT_OK


def cmd_identity_show(args) -> int:
    from desktop.report.identity import IdentityError, load_identity

    try:
        identity = load_identity(Path(args.file), _passphrase(args, "Passphrase: "))
    except IdentityError as exc:
        raise BadInput(str(exc)) from None
    info = identity.as_dict()
    if args.json:
        _print_json(info)
        return EXIT_OK
    print("\n".join(_identity_lines(info)))
    return EXIT_OK


def cmd_report(args) -> int:
    import time

    from desktop.report.identity import IdentityError, check_usable, load_identity
    from desktop.report.output import OutputError, SigningError, check_target
    from desktop.report.pipeline import ReportRequest, export_report

    started = time.perf_counter()
    if args.output is None:
        return _report_workbook_only(args)
    out = Path(args.output)
    try:
        check_target(out, args.force)
        if args.xlsx:
            check_target(Path(args.xlsx), args.force)
    except OutputError as exc:
        raise BadInput(str(exc)) from None
    if args.passphrase_file and not args.identity:
        raise BadInput("--passphrase-file needs --identity / --passphrase-file braucht --identity")
    identity, passphrase = None, b""
    if args.identity:
        try:  # before the work: a wrong passphrase stops here and nothing is written
            passphrase = _passphrase(args, "Passphrase: ")
            identity = load_identity(Path(args.identity), passphrase)
            check_usable(identity)
        except IdentityError as exc:
            raise BadInput(str(exc)) from None
    portfolio, kb, assessment = _assessed(args.portfolio)
    request = ReportRequest.of(portfolio, assessment, kb, lang=args.lang, paper=args.paper,
                               identity=Path(args.identity) if args.identity else None, passphrase=passphrase)
    try:  # the signing library loads inside, while the layout runs (desktop/report/pipeline.py)
        written = export_report(request, out, replace=args.force, fork_layout=True)
    except (SigningError, OutputError, IdentityError) as exc:
        raise BadInput(str(exc)) from None
    if args.xlsx:
        _write_workbook(portfolio, assessment, args)
    data_len = written.size
    seconds = time.perf_counter() - started
    result = {"file": str(out), "bytes": data_len, "signed": identity is not None, "lang": args.lang,
              "paper": args.paper, "knowledge_base_version": kb.version, "seconds": round(seconds, 3),
              "fingerprint_sha256": written.identity.fingerprint_sha256 if written.identity else None}
    if args.xlsx:
        result["xlsx"] = str(args.xlsx)
    if args.json:
        _print_json(result)
        return EXIT_OK
    state = "signed / signiert" if identity else "unsigned / nicht signiert"
    print(f"wrote / geschrieben: {out} ({data_len / 1024:,.0f} KiB, {state}, {seconds:.2f} s)")
    if written.identity:  # the certificate the signature carries
        print(f"SHA-256 fingerprint / Fingerabdruck: {written.identity.fingerprint_sha256}")
    return EXIT_OK


def _write_workbook(portfolio, assessment, args) -> int:
    """The companion workbook (cost model with live formulas) at --xlsx; its size in bytes."""
    from desktop.report.output import OutputError, write_atomic
    from desktop.report.workbook import build_workbook

    data = build_workbook(portfolio, assessment, lang=args.lang)
    try:
        write_atomic(Path(args.xlsx), data, force=args.force)
    except OutputError as exc:
        raise BadInput(str(exc)) from None
    return len(data)


def _report_workbook_only(args) -> int:
    """`report PORTFOLIO --xlsx FILE` without -o: only the workbook."""
    import time

    from desktop.report.output import OutputError, check_target

    started = time.perf_counter()
    if not args.xlsx:
        raise BadInput("report needs -o OUT.pdf and/or --xlsx FILE.xlsx / report braucht -o OUT.pdf und/oder "
                       "--xlsx DATEI.xlsx")
    if args.identity or args.passphrase_file:
        raise BadInput("--identity signs the PDF: give -o OUT.pdf as well / --identity signiert das PDF: "
                       "bitte auch -o OUT.pdf angeben")
    try:
        check_target(Path(args.xlsx), args.force)
    except OutputError as exc:
        raise BadInput(str(exc)) from None
    portfolio, kb, assessment = _assessed(args.portfolio)
    size = _write_workbook(portfolio, assessment, args)
    seconds = time.perf_counter() - started
    if args.json:
        _print_json({"xlsx": str(args.xlsx), "bytes": size, "lang": args.lang,
                     "knowledge_base_version": kb.version, "seconds": round(seconds, 3)})
        return EXIT_OK
    print(f"wrote / geschrieben: {args.xlsx} ({size / 1024:,.0f} KiB, {seconds:.2f} s)")
    return EXIT_OK


def cmd_verify(args) -> int:
    from desktop.engine.assess import Catalog
    from desktop.report.verify import verify_file

    expect = _expected_fingerprint(args)
    result = verify_file(Path(args.report), Catalog.from_kb(_open_kb()), expect_fingerprint=expect,
                         trusted=_trusted_signers())
    data = result.as_dict(args.lang)
    if args.json:
        _print_json(data)
        return result.exit_code
    print(f"{args.report}: {data['message']}")
    if result.signer:
        s = result.signer
        print(f"  signer / Signierende:r: {s['name']}, {s['organisation'] or '—'}")
        print(f"  fingerprint / Fingerabdruck (SHA-256): {s['fingerprint_sha256']}")
        print(f"  trusted by a CA / CA-bestätigt: {'yes / ja' if s['trusted'] else 'no / nein'}")
        _print_signer_trust(s)
    if result.signed:
        print(f"  signed at / signiert am: {result.signed_at}")
        print(f"  intact / unverändert signiert: {result.intact}; changed after signing / nachträglich "
              f"verändert: {result.modified_after_signing} ({result.modification_level})")
    rep = result.reproduction
    if rep:
        print(f"  knowledge base / Wissensbasis: report / Bericht {rep['knowledge_base_version_report']}, "
              f"now / jetzt {rep['knowledge_base_version_now']}")
        if rep["error"]:
            print(f"  {rep['error']}")
        for d in rep["differences"]:
            where = " / ".join(x for x in (d["use_case"], d["candidate"]) if x)
            print(f"  differs / weicht ab: {where} {d['field']}: {d['report']} -> {d['now']}")
    return result.exit_code


def _expected_fingerprint(args) -> str | None:
    from desktop.report.trust import normalise_fingerprint

    if not getattr(args, "expect_fingerprint", None):
        return None
    try:
        return normalise_fingerprint(args.expect_fingerprint)
    except ValueError as exc:
        raise BadInput(f"--expect-fingerprint: {exc}") from None


def _trusted_signers() -> list:
    from desktop.report.trust import load_trusted

    signers, problem = load_trusted()
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    return signers


def _print_signer_trust(signer: dict) -> None:
    if signer.get("trusted_signer"):
        print("  on your trusted-signers list / auf Ihrer Liste vertrauenswürdiger Signierender: yes / ja")
    elif signer.get("lookalike_of"):
        print(f"  NOT the trusted signer {signer['lookalike_of']}: same name, different certificate / NICHT die "
              "vertrauenswürdige Person gleichen Namens: anderes Zertifikat")
    if signer.get("expected") is not None:
        print(f"  expected fingerprint / erwarteter Fingerabdruck: {'matches / stimmt' if signer['expected'] else 'DIFFERS / WEICHT AB'}")


def cmd_identity_trust(args) -> int:
    from desktop.report.identity import IdentityError, describe
    from desktop.report.trust import certificate_from_file, trust

    path = Path(args.file)
    passphrase = None
    if args.passphrase_file:
        passphrase = _passphrase(args, "Passphrase: ")
    try:
        cert = certificate_from_file(path, passphrase)
        entry, new = trust(cert)
    except (IdentityError, OSError) as exc:
        raise BadInput(str(exc)) from None
    info = describe(cert)
    if args.json:
        _print_json(entry.model_dump(mode="json") | {"new": new})
        return EXIT_OK
    state = "trusted / vertrauenswürdig" if new else "already trusted / bereits vertrauenswürdig"
    print(f"{state}: {info.name}, {info.organisation or '—'}")
    print(f"SHA-256 fingerprint / Fingerabdruck: {info.fingerprint_sha256}")
    return EXIT_OK


def cmd_identity_trusted(args) -> int:
    from desktop.report.trust import load_trusted

    signers, problem = load_trusted()
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    if args.json:
        _print_json([s.model_dump(mode="json") for s in signers])
        return EXIT_OK
    for s in signers:
        print(f"{s.name}, {s.organisation or '—'}  {s.fingerprint_sha256}  (added {s.added:%Y-%m-%d})")
    print(f"{len(signers)} trusted signer(s) / vertrauenswürdige Signierende")
    return EXIT_OK


# -- gui ------------------------------------------------------------------------------------------
def cmd_gui(args) -> int:
    try:
        from desktop.ui.app import run  # Qt is imported here only, lazily
    except ImportError as exc:
        raise BadInput(f"the desktop app is not available: {exc}") from None
    return run(smoke_test=getattr(args, "smoke_test", False), file=getattr(args, "file", None))


# -- parser ---------------------------------------------------------------------------------------
KINDS = ("licenses", "models", "gpus", "apis", "clouds", "measurements", "rules", "regulation")
USE_CATEGORY_NAMES = USE_CATEGORIES
PRECISION_NAMES = PRECISIONS  # the domain vocabulary: defined once
KV_PRECISION_NAMES = KV_PRECISIONS
ENGINE_NAMES = ENGINES


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def _amount(text: str) -> float:
    try:
        value = float(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a usable amount")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="model-strategy",
        description="Model Strategy Studio: license, hardware and cost assessment of open-weight LLMs and APIs.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    kb = sub.add_parser("kb", help="query the knowledge base")
    kbsub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND", required=True)

    p = kbsub.add_parser("info", help="version, counts, dates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_info)

    p = kbsub.add_parser("list", help="list records of one kind")
    p.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_list)

    p = kbsub.add_parser("show", help="one record with every fact and its source")
    p.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_show)

    p = kbsub.add_parser("search", help="full-text search over names, summaries and clauses")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_search)

    p = kbsub.add_parser("new-key", help="make an Ed25519 key pair for publishing knowledge bundles")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--comment", default="knowledge publisher")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_kb_new_key)

    p = kbsub.add_parser("export-bundle", help="pack and sign the knowledge sources for air-gapped sites")
    p.add_argument("--key", required=True, metavar="PUBLISHER_KEY")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--sources", metavar="DIR", help="knowledge sources to pack (default: the bundled ones)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_export_bundle)

    p = kbsub.add_parser("import-bundle", help="verify and install a signed knowledge bundle")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_import_bundle)

    p = kbsub.add_parser("trust-key", help="trust a publisher's public key")
    p.add_argument("file", metavar="FILE.pub")
    p.set_defaults(func=cmd_kb_trust_key)

    p = kbsub.add_parser("rollback", help="return to the knowledge installed before the last update")
    p.set_defaults(func=cmd_kb_rollback)

    p = kbsub.add_parser("add-model", help="read a model folder or GGUF file from disk into your overlay")
    p.add_argument("path", help="Hugging Face model folder (config.json + weights) or a .gguf file")
    p.add_argument("--dry-run", action="store_true", help="identify only; store nothing")
    p.add_argument("--hash", action="store_true", help="also compute the full-file SHA-256 (reads every byte)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_add_model)

    p = kbsub.add_parser("import-prices", help="update API prices from a LiteLLM price map file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_import_prices)

    p = sub.add_parser("license-check", help="may we use this model like this? (question 1)")
    p.add_argument("model", metavar="MODEL_ID")
    p.add_argument("--licensee-country", default="DE", metavar="CC", help="ISO country code (default DE)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--commercial", dest="commercial", action="store_true", default=True)
    g.add_argument("--non-commercial", dest="commercial", action="store_false")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--customer-facing", dest="customer_facing", action="store_true", default=False)
    g.add_argument("--internal", dest="customer_facing", action="store_false")
    p.add_argument("--deployment", choices=["self-hosted", "third-party-service"], default="self-hosted")
    p.add_argument("--hosted-service", action="store_true")
    p.add_argument("--mau", type=_count, default=0, metavar="N")
    p.add_argument("--group-mau-at-release", type=_count, default=0, metavar="N")
    p.add_argument("--group-monthly-revenue-usd", type=_amount, default=0.0, metavar="N")
    p.add_argument("--fine-tune", action="store_true")
    p.add_argument("--redistribute-weights", action="store_true")
    p.add_argument("--derived-model-name", metavar="NAME")
    p.add_argument("--train-other-models", action="store_true")
    p.add_argument("--multimodal", action="store_true")
    p.add_argument("--use", action="append", choices=list(USE_CATEGORY_NAMES), metavar="CATEGORY",
                   help="repeatable: " + ", ".join(USE_CATEGORY_NAMES))
    p.add_argument("--evaluation-only", action="store_true",
                   help="a non-production pilot: testing and evaluation, no real work, no end users relying on it")
    p.add_argument("--data", choices=["confidential", "personal", "public"], default="public",
                   help="the most sensitive data sent to the model (default public)")
    p.add_argument("--eu-only", action="store_true", help="processing must stay in the EU/EEA, contractually")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_license_check)

    p = sub.add_parser("size", help="does it fit, how fast? (question 2)")
    p.add_argument("model", metavar="MODEL_ID")
    p.add_argument("--gpu", required=True, metavar="ID")
    p.add_argument("--gpus", type=_count, default=1, metavar="N")
    p.add_argument("--parallel", choices=["tensor", "layers"], default="tensor")
    p.add_argument("--precision", choices=PRECISION_NAMES, default="bf16", metavar="P",
                   help=", ".join(PRECISION_NAMES))
    p.add_argument("--kv-precision", choices=KV_PRECISION_NAMES, default="bf16", metavar="P")
    p.add_argument("--engine", choices=ENGINE_NAMES, default="vllm", metavar="E", help=", ".join(ENGINE_NAMES))
    p.add_argument("--context", type=_count, default=8192, metavar="N")
    p.add_argument("--concurrency", type=_count, default=1, metavar="N")
    p.add_argument("--prompt", type=_count, default=None, metavar="N")
    p.add_argument("--explain", action="store_true", help="show how every figure was made")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_size)

    p = sub.add_parser("assess", help="assess a portfolio file: all five questions, the recommended mix")
    p.add_argument("portfolio", metavar="PORTFOLIO.json")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_assess)

    p = sub.add_parser("validate", help="sizing predictions versus public measurements")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("identity", help="signing identities (PKCS#12) for reports")
    idsub = p.add_subparsers(dest="identity_command", metavar="IDENTITY_COMMAND", required=True)
    p = idsub.add_parser("create", help="make a self-signed identity (EC P-256) in a PKCS#12 file")
    p.add_argument("--name", required=True, metavar="NAME")
    p.add_argument("--organization", "--organisation", dest="organization", required=True, metavar="ORG")
    p.add_argument("--out", required=True, metavar="FILE.p12")
    p.add_argument("--passphrase-file", metavar="F", help="first line = passphrase (else asked on the terminal)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity_create)
    p = idsub.add_parser("show", help="name, organisation, validity and fingerprint of a PKCS#12 identity")
    p.add_argument("file", metavar="FILE.p12")
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity_show)

    p = idsub.add_parser("trust", help="add a signer to your trusted signers (certificate, signed report or .p12)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="F", help="for a PKCS#12 file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity_trust)

    p = idsub.add_parser("trusted", help="list your trusted signers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity_trusted)

    p = sub.add_parser("report", help="write the assessment report as PDF, signed with --identity")
    p.add_argument("portfolio", metavar="PORTFOLIO.json")
    p.add_argument("-o", "--output", metavar="OUT.pdf")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="also (or, without -o, only) write the cost model workbook")
    p.add_argument("--identity", metavar="FILE.p12")
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument("--lang", choices=["de", "en"], default="en")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("verify", help="check a report's signature, changes after signing, and re-run it")
    p.add_argument("report", metavar="REPORT.pdf")
    p.add_argument("--lang", choices=["de", "en"], default="en", help="language of the message")
    p.add_argument("--expect-fingerprint", metavar="SHA256", help="the signer's certificate fingerprint you expect")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("gui", help="start the desktop app")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.add_argument("--smoke-test", action="store_true")
    p.set_defaults(func=cmd_gui)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad flags, 0 on --help
        return int(exc.code or 0)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    return run_command(func, args)


def run_command(func, args) -> int:
    from pydantic import ValidationError

    from desktop.engine.invariants import AssessmentRefused
    from desktop.knowledge.base import NotFound, UnknownKind
    from desktop.knowledge.overlay import OverlayError
    from desktop.knowledge.sources import SourceError

    try:
        try:
            return func(args)
        finally:
            _print_notices()
    except NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (BadInput, UnknownKind, SourceError, OverlayError, AssessmentRefused) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValidationError as exc:  # a value our own models refuse, wherever it came from
        print(f"error: {validation_message(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


def entry() -> NoReturn:
    """The console script: `main`, then a quick exit for every command but the desktop app.

    Tearing down the ~1,000 modules a report loads takes the interpreter 0.2-0.4 s on a small laptop,
    longer than signing. By then everything the command wrote is flushed, closed and renamed into place
    (files are written atomically, the knowledge base is read only), so the exit handlers run and the
    process ends without it. The app goes the normal way: Qt saves its settings on the way out."""
    argv = sys.argv[1:]
    code = main(argv)
    if not argv or argv[0] == "gui":
        raise SystemExit(code)
    atexit._run_exitfuncs()  # what atexit and weakref.finalize promised (temporary folders, logging)
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # started with the stream closed (`>&-`): nothing to flush
            continue
        try:
            stream.flush()
        except BrokenPipeError:  # the reader has gone (`| head`): what it wanted, it got
            pass
        except (OSError, ValueError) as exc:  # a full disk, an I/O error: the output is lost, so say so
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.write(2, f"error: output could not be written ({exc})\n".encode())
            code = code or 120  # what Python itself exits with when it cannot flush stdout
    os._exit(code)


if __name__ == "__main__":
    entry()
