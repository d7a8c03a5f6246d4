"""Flowables that feed the single-pass page numbering: headings that are outline entries and contents
anchors, sub-headings that do not strand at a page foot, and contents rows with late-filled page numbers."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _Paragraph

from . import charts
from .styles import FONT, FONT_BOLD, INK, RULE


class Paragraph(_Paragraph):
    """reportlab's paragraph, remembering its line breaks for the last width it was given.

    A table asks each cell for its size while sizing rows, again while splitting at a page foot and again
    while drawing, always at the column's width; breaking the lines anew each time was a fifth of a
    report's layout time. The text and style of a paragraph never change after it is made."""

    _memo: tuple | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        memo = self._memo
        if memo is not None and memo[0] == availWidth:
            _, self._wrapWidths, self.blPara, self.height = memo
            self.width = availWidth
            return availWidth, self.height
        size = super().wrap(availWidth, availHeight)
        # Only a real line breaking is remembered (reportlab answers a too-narrow width without one).
        self._memo = (availWidth, self._wrapWidths, self.blPara, self.height) if size[1] != 0x7FFFFFFF else None
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self._memo = None  # splitting may change the broken lines in place: break them anew next time
        return super().split(availWidth, availHeight)


class Heading(Paragraph):
    """A heading that is a PDF outline entry, a link target and a table-of-contents anchor."""

    def __init__(self, text, style, key: str | None = None, level: int = 0, report=None, plain: str = "", **kw):
        super().__init__(text, style, **kw)
        self.key, self.level, self.report, self.plain = key, level, report, plain

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        return []  # a heading moves to the next page whole

    def draw(self):
        if self.key and self.report is not None:
            canv = self.canv
            canv.bookmarkHorizontal(self.key, 0, self.height + 4)
            canv.addOutlineEntry(self.plain, self.key, level=self.level, closed=self.level > 0)
            self.report.anchors[self.key] = canv.getPageNumber()
        super().draw()


class SubHeading(Paragraph):
    """A sub-heading that goes to the next page unless some room is left below it (instead of
    keepWithNext, which would push a whole following table onto a new page)."""

    MIN_FOLLOW = 80

    def wrap(self, availWidth, availHeight):  # noqa: N803
        w, h = super().wrap(availWidth, availHeight)
        if availHeight < h + self.MIN_FOLLOW:
            return w, availHeight + 1  # does not fit here: the frame moves it on
        return w, h

    def split(self, availWidth, availHeight):  # noqa: N803
        return []


class TocRow(Flowable):
    """One line of the table of contents; its page number is a form filled in after the build."""

    def __init__(self, number: str, title: str, key: str, level: int, report):
        super().__init__()
        self.number, self.title, self.key, self.level, self.report = number, title, key, level, report
        self.row_h = 17 if level == 0 else 14
        self.size = 10 if level == 0 else 9

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.row_h

    def draw(self):
        c = self.canv
        font = FONT_BOLD if self.level == 0 else FONT
        indent = 0 if self.level == 0 else 22
        num_w = 22 if self.level == 0 else 30
        c.setFont(font, self.size)
        c.setFillColor(INK)
        y = 4
        c.drawString(indent, y, self.number)
        room = self.width - indent - num_w - 46
        title = charts._fit(self.title, room, font, self.size)
        c.drawString(indent + num_w, y, title)
        start = indent + num_w + stringWidth(title, font, self.size) + 4
        end = self.width - 30
        if end > start:
            c.saveState()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.setDash(0.6, 2.4)
            c.line(start, y, end, y)
            c.restoreState()
        c.saveState()
        c.translate(self.width - 26, y)
        c.doForm(self.report.toc_form(self.key, font, self.size))
        c.restoreState()
        c.linkRect("", self.key, (0, 0, self.width, self.row_h), relative=1, thickness=0)
