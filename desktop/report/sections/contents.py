"""The table of contents, whose page numbers are filled in after the layout pass."""

from __future__ import annotations

from reportlab.platypus import Spacer

from ..document import Report
from ..flowables import TocRow
from ..markup import e as _e


def render(rep: Report, toc_entries: list[tuple[str, str, str, int]]) -> list:
    story: list = [rep.P(_e(rep.t("contents")), "h1"), Spacer(1, 4)]
    for number, title, key, level in toc_entries:
        story.append(TocRow(number, title, key, level, rep))
    return story
