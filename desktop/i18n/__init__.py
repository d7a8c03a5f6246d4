"""Languages and local formats for every view (GUI, report, CLI), without Qt.

One formatting layer (`Formats`), one catalog of the engine's message ids (`messages`), and the
offline help (`help`). It may import the engine's results and the domain; desktop.ui and
desktop.report import it (import-linter layers contract).
"""

from .formats import Formats
from .locales import LANGUAGES, SUPPORTED, locale_tag, pick_locale

__all__ = ["LANGUAGES", "SUPPORTED", "Formats", "locale_tag", "pick_locale"]
