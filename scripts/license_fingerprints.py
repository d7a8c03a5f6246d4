"""Make resources/license_fingerprints/*.json from license texts read in the publishers' repositories.

Usage: python scripts/license_fingerprints.py LICENSE_ID "TITLE" SOURCE_URL TEXT_FILE [...]
Only fingerprints (hashed shingles) are shipped, not the texts.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.knowledge.modelfiles.license_match import FINGERPRINT_DIR, fingerprint  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) % 4 or not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for i in range(0, len(argv), 4):
        license_id, title, source, text_file = argv[i:i + 4]
        fp = fingerprint(license_id, title, source, Path(text_file).read_text(encoding="utf-8"))
        name = re.sub(r"[^a-z0-9.]+", "-", license_id.lower()).strip("-")
        (FINGERPRINT_DIR / f"{name}.json").write_text(fp.model_dump_json(indent=0) + "\n", encoding="utf-8")
        print(f"{license_id}: {fp.words} words, {len(fp.shingles)} shingles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
