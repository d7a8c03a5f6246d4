"""`make screenshots`: render every main view with the sample portfolio into docs/screenshots/*.png.

Run under Xvfb (the Makefile starts it) so fonts and styles are those of a real X session.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
NAMES = ["organisation", "use-cases", "candidates", "assessment", "knowledge-base", "report"]
SIZE = (1366, 768)  # the smallest common laptop screen: everything important must fit here
ASSESSMENT_TABS = ["assessment-candidates", "assessment-charts"]
CHART_NAMES = ["chart-cost", "chart-memory", "chart-tco", "chart-mix", "chart-sensitivity", "chart-licenses"]


def main() -> int:
    # A throwaway profile: screenshots must not depend on, or change, the user's settings and overlay.
    profile = Path(tempfile.mkdtemp(prefix="mss-shots-"))
    os.environ.setdefault("MSS_DATA_DIR", str(profile / "data"))
    os.environ.setdefault("MSS_CACHE_DIR", str(profile / "cache"))
    from PySide6.QtWidgets import QApplication

    from desktop.knowledge.base import KnowledgeBase
    from desktop.ui.app import make_app
    from desktop.ui.main_window import SAMPLE, MainWindow
    from desktop.ui.settings import Settings

    app = make_app()
    window = MainWindow(KnowledgeBase.open(), Settings())
    window.resize(*SIZE)
    window.open_path(SAMPLE, remember=False, confirm=False)
    window.use_cases_view.select("contracts")
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")

    for row, name in enumerate(NAMES):
        window.nav.setCurrentRow(row)
        shoot(name)
    view = window.assessment_view
    window.nav.setCurrentRow(NAMES.index("assessment"))
    for index, name in enumerate(ASSESSMENT_TABS, start=1):
        view.tabs.setCurrentIndex(index)
        shoot(name)
    for index, name in enumerate(CHART_NAMES):
        view.chart_tabs.setCurrentIndex(index)
        shoot(name)
    view.tabs.setCurrentIndex(0)
    # The candidate picker, as "Add self-hosted…" opens it, with a search typed and the live check.
    from desktop.ui.views.candidate_dialog import CandidateDialog

    window.nav.setCurrentRow(NAMES.index("candidates"))
    dialog = CandidateDialog(window.doc, "self-hosted", "contracts", window)
    dialog.search.setText("llama 70b")
    for key, value in (("accelerator", "l40s"), ("kv_precision", "bf16")):
        dialog.fields[key].setCurrentIndex(dialog.fields[key].findData(value))
    dialog.fields["gpus"].setValue(2)
    dialog.pick("meta-llama/Llama-3.3-70B-Instruct")
    dialog.check_now()
    dialog.resize(900, 700)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    path = OUT / "candidate-picker.png"
    dialog.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    dialog.close()
    window = german_and_workshop(app, window)
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.quit()
    return 0


def german_and_workshop(app, window):
    """Every view again in German (de-*.png), then the workshop mode (workshop-de.png)."""
    from desktop.ui.app import switch_language

    window = switch_language(window, "de")
    for row, name in enumerate(NAMES):
        window.nav.setCurrentRow(row)
        for _ in range(5):
            app.processEvents()
        path = OUT / f"de-{name}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")
    window.show_workshop()
    for _ in range(10):
        app.processEvents()
    for name, step in (("workshop-de", 0), ("workshop-chart-de", 1)):
        window.workshop.step(step)
        for _ in range(10):
            app.processEvents()
        path = OUT / f"{name}.png"
        window.workshop.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")
    window.workshop.close()
    return window


if __name__ == "__main__":
    raise SystemExit(main())
