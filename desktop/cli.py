"""`model-strategy`: the engine from the shell. With no arguments it starts the desktop app.

Exit status: 0 when the command ran, 2 for bad input (unknown id, malformed file, bad flag),
with a message naming what is wrong and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class BadInput(Exception):
    """Raised by commands for input errors; main() prints it and exits 2."""


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def _open_kb():
    from desktop.knowledge.base import KnowledgeBase

    return KnowledgeBase.open()


# -- kb -------------------------------------------------------------------------------------------
LIST_COLUMNS = {
    "licenses": ("short_name", "spdx_id"),
    "models": ("release_date", "context_length"),
    "gpus": ("memory_gb", "bandwidth_gbs"),
    "apis": ("input_per_mtok", "output_per_mtok", "region"),
    "clouds": ("accelerator_id", "price_per_hour", "region"),
    "measurements": ("metric", "value"),
}


def list_row(kb, kind: str, record) -> dict:
    from desktop.knowledge.build import record_name

    row = {
        "id": record.id,
        "name": record_name(record),
        "source": record.source,
        "sources": record.sources,
        "as_of": record.as_of.isoformat(),
        "verification": record.verification.value,
        "origin": kb.origin(kind, record.id) if kb.overlay and kb.overlay.count(kind) else "bundled",
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
    rows = [list_row(kb, args.kind, r) for r in kb.records(args.kind)]
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
    return EXIT_OK


# -- gui ------------------------------------------------------------------------------------------
def cmd_gui(args) -> int:
    try:
        from desktop.ui.app import run  # Qt is imported here only, lazily
    except ImportError as exc:
        raise BadInput(f"the desktop app is not available: {exc}") from None
    return run(smoke_test=getattr(args, "smoke_test", False), file=getattr(args, "file", None))


# -- parser ---------------------------------------------------------------------------------------
KINDS = ("licenses", "models", "gpus", "apis", "clouds", "measurements")


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

    p = kbsub.add_parser("import-prices", help="update API prices from a LiteLLM price map file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_import_prices)

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
    from desktop.knowledge.base import NotFound, UnknownKind
    from desktop.knowledge.overlay import OverlayError
    from desktop.knowledge.sources import SourceError

    try:
        return func(args)
    except NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (BadInput, UnknownKind, SourceError, OverlayError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
