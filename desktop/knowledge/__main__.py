"""`python -m desktop.knowledge check [FILE...]`: validate knowledge sources and print counts."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .sources import KNOWLEDGE_DIR, SourceError, load_sources, read_file


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "check":
        print("usage: python -m desktop.knowledge check [FILE...]", file=sys.stderr)
        return 2
    try:
        if argv[1:]:
            counts: Counter[str] = Counter()
            for name in argv[1:]:
                counts.update(kind for kind, _ in read_file(Path(name)))
        else:
            sources = load_sources(KNOWLEDGE_DIR)
            counts = Counter({kind: len(rows) for kind, rows in sources.records.items()})
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for kind, count in sorted(counts.items()):
        print(f"{kind}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
