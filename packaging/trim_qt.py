"""After a PyInstaller build: drop Qt translations other than de/en, Qt libraries nothing loads and
Pillow codecs no report uses."""

from __future__ import annotations

import sys
from pathlib import Path

KEEP_LANGUAGES = ("_de.qm", "_en.qm")
UNUSED = ("libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt6VirtualKeyboard", "libQt6WebSockets", "libQt6Designer",
          "libQt6ShaderTools", "libQt6Network")
# Qt plugins for targets a desktop app does not run on (kiosk framebuffers, VNC) and image formats we never read.
UNUSED_PLUGINS = ("platformthemes/libqgtk3",  # the app draws with Fusion; Qt's own file dialogs replace GTK's
                  "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimal", "platforms/libqvnc",
                  "platforms/libqvkkhrdisplay", "egldeviceintegrations/", "imageformats/libqjpeg",
                  "imageformats/libqgif", "imageformats/libqwebp", "imageformats/libqtiff", "imageformats/libqicns",
                  "imageformats/libqtga", "imageformats/libqwbmp", "imageformats/libqpdf")
# Pillow's optional codecs: reportlab imports Pillow, but our reports and stamps contain no AVIF/WebP images.
UNUSED_PILLOW = ("_avif", "_webp", "_imagingtk", "libavif", "libwebp", "libsharpyuv")


def drop_orphans(root: Path, prefixes: tuple[str, ...]) -> int:
    """Remove bundled libraries with these prefixes once no remaining library or module links them."""
    import subprocess

    internal = root / "_internal"
    candidates = [p for p in internal.glob("*.so*") if p.name.startswith(prefixes)]
    needed: set[str] = set()
    for lib in internal.rglob("*.so*"):
        if lib.is_file() and lib not in candidates:
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False).stdout
            needed |= {line.split()[0] for line in out.splitlines() if "=>" in line}
    freed = 0
    for lib in candidates:
        if lib.name not in needed:
            freed += lib.stat().st_size
            lib.unlink()
    return freed


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
    for plugin in root.rglob("PySide6/Qt/plugins/*/*"):
        rel = plugin.relative_to(plugin.parent.parent).as_posix()
        if plugin.is_file() and rel.startswith(UNUSED_PLUGINS):
            removed += plugin.stat().st_size
            plugin.unlink()
    for lib in root.rglob("libQt6EglFSDeviceIntegration*"):
        removed += lib.stat().st_size
        lib.unlink()
    removed += drop_orphans(root, ("libpangocairo", "libpangoft2", "libpango-", "libcairo", "libpixman",
                                   "libgdk_pixbuf"))
    for pattern in ("PIL/*.so", "pillow.libs/*"):
        for lib in root.rglob(pattern):
            if lib.name.startswith(UNUSED_PILLOW) and lib.is_file():
                removed += lib.stat().st_size
                lib.unlink()
    print(f"trimmed {removed / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
