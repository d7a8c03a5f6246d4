"""After a PyInstaller build: drop Qt translations other than de/en and Qt libraries nothing loads."""

from __future__ import annotations

import sys
from pathlib import Path

KEEP_LANGUAGES = ("_de.qm", "_en.qm")
UNUSED = ("libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt6VirtualKeyboard", "libQt6WebSockets", "libQt6Designer",
          "libQt6ShaderTools", "libQt6Network")


def main(folder: str) -> int:
    root = Path(folder)
    removed = 0
    for qm in root.rglob("PySide6/Qt/translations/*.qm"):
        if not qm.name.endswith(KEEP_LANGUAGES):
            removed += qm.stat().st_size
            qm.unlink()
    for lib in root.rglob("libQt6*"):
        if lib.name.startswith(UNUSED) and lib.is_file():
            removed += lib.stat().st_size
            lib.unlink()
    print(f"trimmed {removed / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
