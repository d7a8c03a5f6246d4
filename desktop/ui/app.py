"""Start the desktop app (and its smoke test)."""

from __future__ import annotations

import contextlib
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.knowledge.base import KnowledgeBase
from desktop.knowledge.sources import RESOURCES

from .settings import Settings

STARTED = time.perf_counter()
TRANSLATIONS = RESOURCES / "translations"


def language_for(settings: Settings) -> str:
    if settings.language in ("en", "de"):
        return settings.language
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our .qm file plus Qt's own (standard buttons, dialogs). English needs none."""
    translators = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"mss_{language}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def set_default_locale(language: str) -> None:
    """Numbers in editors follow the language: 92.000,00 rather than 92,000.00."""
    if language == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def switch_language(window, code: str):
    """Change the language now: new translators, then a new main window over the same open portfolio
    (unsaved edits and undo history included), on the same view, in the same place. Returns it."""
    from .main_window import MainWindow

    app = QApplication.instance()
    window.settings.language = code
    window.settings.sync()
    language = language_for(window.settings)
    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    app._translators = install_translations(app, language)
    set_default_locale(language)
    doc = window.doc
    for signal in (doc.portfolioLoaded, doc.portfolioChanged, doc.assessmentChanged, doc.pathChanged,
                   doc.editRefused, doc.autosaveFailed, doc.undo_stack.cleanChanged):
        with contextlib.suppress(RuntimeError, TypeError):  # the old window's views and lambdas let go
            signal.disconnect()
    row, geometry, maximised = window.nav.currentRow(), window.saveGeometry(), window.isMaximized()
    replacement = MainWindow(window.kb, window.settings, doc=doc)
    replacement.restoreGeometry(geometry)
    doc.portfolioLoaded.emit()  # every view draws the open portfolio in the new language
    doc.pathChanged.emit(str(doc.path or ""))
    doc.assessmentChanged.emit()
    replacement.nav.setCurrentRow(row)
    replacement.show_hint(window.hint.text() if window.hint.isVisible() else "")
    if maximised:
        replacement.showMaximized()
    elif window.isVisible():
        replacement.show()
    app._main_window = replacement  # keep it alive; the old one goes without asking about unsaved work
    window.hide()
    window.deleteLater()
    return replacement


def apply_theme(app: QApplication) -> None:
    """Fusion, with a dark palette when the system asks for dark."""
    app.setStyle("Fusion")
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#1f1f23"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#18181b"), (QPalette.ColorRole.AlternateBase, "#26262b"),
            (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#2a2a30"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#2a2a30"),
            (QPalette.ColorRole.ToolTipText, "#e6e6e6"), (QPalette.ColorRole.PlaceholderText, "#8a8a92"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Model Strategy Studio")
    app.setOrganizationName("Model Strategy Studio")
    app.setApplicationDisplayName("Model Strategy Studio")
    apply_theme(app)
    return app


def run(smoke_test: bool = False, file: str | None = None) -> int:
    app = make_app()
    settings = Settings()
    language = language_for(settings)
    if language == "de":  # English keeps the system's editor numbers, as before
        set_default_locale(language)
    app._translators = install_translations(app, language)  # keep them alive
    from .main_window import MainWindow  # after the translators, so the views' tr() is translated

    kb = KnowledgeBase.open()
    window = MainWindow(kb, settings)
    app._main_window = window
    window.doc.background = True  # edits are assessed off the GUI thread; the newest result wins
    if smoke_test:
        return smoke(window, Path(file) if file else None)
    window.start(Path(file) if file else None)
    window.show()
    return app.exec()


def smoke(window, file: Path | None) -> int:
    """Open the file (or the sample), visit every view, render every chart, report the first paint."""
    from desktop.domain.portfolio_file import PortfolioError

    from .main_window import SAMPLE

    app = QApplication.instance()
    try:
        target = file or SAMPLE
        try:
            window.doc.load(target)  # no dialogs in a smoke test: a problem is printed and fails it
        except PortfolioError as exc:
            print(f"smoke test: cannot open {exc}", file=sys.stderr)
            return 1
        window.show()
        app.processEvents()
        window.grab()
        first_paint = time.perf_counter() - STARTED
        for row, (title, view) in enumerate(window.views):
            window.nav.setCurrentRow(row)
            app.processEvents()
            if view.grab().isNull():
                raise RuntimeError(f"view {title} did not render")
        charts = getattr(window.assessment_view, "charts", [])
        window.nav.setCurrentRow(3)
        for chart in charts:
            if chart.grab().isNull():
                raise RuntimeError(f"chart {chart.objectName() or type(chart).__name__} did not render")
        if window.doc.assessment is None:
            raise RuntimeError(f"assessment failed: {window.doc.assessment_error}")
        import resource

        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
        print(f"smoke test ok: {target.name}, {len(window.views)} views, {len(charts)} charts, "
              f"time to first paint {first_paint:.2f} s, peak memory {peak_mb:.0f} MB")
        window.doc.undo_stack.setClean()
        window.close()
        return 0
    except Exception:  # noqa: BLE001 - a smoke test reports any failure and exits non-zero
        traceback.print_exc()
        return 1
