"""Icons from an icon font (qtawesome, Material Design Icons), loaded after the first paint.

qtawesome's import and first icon take about 0.15 s, so the window paints first and the icons follow;
without the package (a trimmed build) the app works with text alone.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

# The names in one place: navigation, toolbar and buttons share them.
NAMES = {
    "organisation": "mdi6.domain",
    "use-cases": "mdi6.format-list-checks",
    "candidates": "mdi6.view-grid-plus-outline",
    "assessment": "mdi6.scale-balance",
    "knowledge": "mdi6.book-open-variant",
    "report": "mdi6.file-certificate-outline",
    "new": "mdi6.file-outline",
    "open": "mdi6.folder-open-outline",
    "save": "mdi6.content-save-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "export": "mdi6.file-sign",
    "print": "mdi6.printer-outline",
    "preview": "mdi6.file-eye-outline",
    "add": "mdi6.plus",
    "remove": "mdi6.minus",
    "suggest": "mdi6.lightbulb-on-outline",
    "apply": "mdi6.check",
    "reset": "mdi6.restore",
    "pin": "mdi6.pin-outline",
    "unpin": "mdi6.pin-off-outline",
}


def icon(key: str) -> QIcon:
    """The icon for `key`, or an empty icon when the icon font is not there."""
    try:
        import qtawesome
    except ImportError:
        return QIcon()
    try:
        return qtawesome.icon(NAMES[key])
    except Exception:  # noqa: BLE001 - an icon must never stop the window (unknown glyph, font not loadable)
        return QIcon()
