"""The signature stamp's font: bundled DejaVu Sans, embedded, instead of pyHanko's unembedded Courier.

pyHanko 0.38's GlyphAccumulator writes glyph widths in font units, which PDF reads as thousandths of an
em; DejaVu has 2048 units per em, so its letters would be spread about twice too wide. We therefore
hand pyHanko a copy scaled to 1000 units per em (subset to the scripts a name is likely to use, cached
on disk: making it takes a quarter of a second).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

from pyhanko.pdf_utils.font.api import FontEngineFactory

from desktop.knowledge import paths
from desktop.knowledge.sources import RESOURCES

FONT = RESOURCES / "fonts" / "DejaVuSans.ttf"
UNICODES = [
    *range(0x20, 0x250),      # Basic Latin, Latin-1, Latin Extended-A/B
    *range(0x370, 0x400),     # Greek
    *range(0x400, 0x530),     # Cyrillic
    *range(0x2010, 0x2050),   # dashes, quotes, bullets, ellipsis
    0x20AC, 0x2122,           # euro, trade mark
]
FORMAT = 1  # bump when the way the copy is made changes


def _make() -> bytes:
    from fontTools import subset, ttLib
    from fontTools.ttLib.scaleUpem import scale_upem

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    font = ttLib.TTFont(str(FONT))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    scale_upem(font, 1000)
    out = BytesIO()
    font.save(out)
    return out.getvalue()


@lru_cache(maxsize=1)
def font_bytes() -> bytes:
    source = FONT.read_bytes()
    key = hashlib.sha256(source + f"|{FORMAT}|{UNICODES}".encode()).hexdigest()[:16]
    cached = None
    try:
        cached = paths.cache_dir() / f"stamp-font-{key}.ttf"
        return cached.read_bytes()
    except OSError:
        pass
    data = _make()
    if cached is None:
        return data
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only cache only costs time
    return data


@dataclass(frozen=True)
class StampFont(FontEngineFactory):
    font_size: int = 7

    def create_font_engine(self, writer, obj_stream=None):
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

        return GlyphAccumulator(writer, BytesIO(font_bytes()), self.font_size, obj_stream=obj_stream)
