"""Fonts, colours and paragraph styles of the report: the bundled DejaVu Sans (ä ö ü ß € and ☐ render
on every machine), a sober palette that stays legible when printed in black and white."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.knowledge.sources import RESOURCES

FONT_DIR = RESOURCES / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.2 * cm
MARGIN_BOTTOM = 2.0 * cm

# Colours: a dark blue for structure, greys for rules; chart series use the Okabe-Ito palette
# (distinguishable for colour-blind readers) and, for black-and-white prints, dash patterns.
INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9A9A9A")
LIGHT = colors.HexColor("#EEF1F5")
ZEBRA = colors.HexColor("#F6F6F6")
# The Okabe-Ito hues without the pale ones (yellow, sky blue, orange), which vanish on a grey-scale print;
# black is kept for the recommended option (charts.py).
SERIES = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8C510A", "#5A5A5A", "#01665E", "#762A83"]
DASHES = [None, (6, 2), (2, 2), (8, 2, 2, 2), (4, 4), (1, 2), (10, 3), (3, 1, 1, 1)]


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except (KeyError, AttributeError):
        raise ValueError(f"paper {paper!r} is not supported; expected one of: a4, letter") from None


@lru_cache(maxsize=1)
def register_fonts(font_dir: Path = FONT_DIR) -> str:
    """Register the bundled DejaVu fonts once per process; returns the family name."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        path = font_dir / file
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    return FONT


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.5, textColor=INK, spaceAfter=4, bulletFontName=FONT,
                          alignment=TA_LEFT)
    s = {"body": base}

    def add(name: str, **kw) -> None:
        parent = s[kw.pop("parent", "body")]
        s[name] = ParagraphStyle(name, parent=parent, **kw)

    add("small", fontSize=7.5, leading=10, textColor=MUTED)
    add("note", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=2, spaceAfter=6)
    add("cell", fontSize=8, leading=10, spaceAfter=0)
    add("cell_small", fontSize=7, leading=9, spaceAfter=0)
    add("cell_bold", parent="cell", fontName=FONT_BOLD)
    add("cell_right", parent="cell", alignment=TA_RIGHT)
    add("cell_head", parent="cell", fontName=FONT_BOLD, textColor=colors.white)
    add("cell_head_right", parent="cell_head", alignment=TA_RIGHT)
    add("h1", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceBefore=0, spaceAfter=10,
        keepWithNext=1)
    add("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=6,
        keepWithNext=1)
    add("h3", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK, spaceBefore=9, spaceAfter=4)
    add("quote", fontName=FONT_ITALIC, fontSize=8.5, leading=11.5, leftIndent=10, textColor=INK, spaceAfter=2)
    add("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2)
    add("check", leftIndent=16, bulletIndent=0, spaceAfter=3, bulletFontName=FONT, bulletFontSize=11)
    add("check_ref", parent="small", leftIndent=16, spaceAfter=6)
    add("cover_title", fontName=FONT_BOLD, fontSize=26, leading=31, textColor=ACCENT, spaceAfter=6)
    add("cover_sub", fontSize=12, leading=16, textColor=MUTED, spaceAfter=28)
    add("cover_name", fontName=FONT_BOLD, fontSize=16, leading=21, textColor=INK, spaceAfter=22)
    add("kpi_value", fontName=FONT_BOLD, fontSize=14, leading=17, textColor=ACCENT, spaceAfter=0)
    add("kpi_label", fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=0)
    add("fingerprint", fontSize=8.5, leading=12, spaceAfter=6)
    return s
