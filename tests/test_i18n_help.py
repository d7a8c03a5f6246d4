"""Offline help: the guide and the glossary exist in both languages with the same parts, the report can
pick the entries for the terms it uses, and F1 opens the guide at the part for the view on screen."""

from __future__ import annotations

import re

import pytest
from conftest import main_window
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.i18n.help import glossary, glossary_for, glossary_markdown, guide

# The terms the issue names: the glossary must explain each in both languages.
REQUIRED = ["PUE", "FTE", "KV cache", "replica", "MoE", "q4_k_m", "mxfp4", "break-even", "P5", "P95", "tornado",
            "PAdES", "Allowed", "Allowed with obligations", "Needs legal review", "Blocked"]


def test_guide_has_the_same_sections_in_both_languages():
    en, de = guide("en"), guide("de")
    assert [s.id for s in en] == [s.id for s in de]
    assert {"questions", "portfolio", "charts", "verify"} <= {s.id for s in en}
    for a, b in zip(en, de, strict=True):
        assert a.title != b.title and len(b.markdown) > 0.7 * len(a.markdown)
    charts = next(s for s in en if s.id == "charts").markdown
    for chart in ("Cost against volume", "Cumulative cost", "Cost mix", "Tornado", "License matrix", "Memory"):
        assert chart in charts
    assert "model-strategy verify" in next(s for s in de if s.id == "verify").markdown


def test_glossary_explains_every_named_term_in_both_languages():
    en, de = glossary("en"), glossary("de")
    assert [e.id for e in sorted(en, key=lambda e: e.id)] == [e.id for e in sorted(de, key=lambda e: e.id)]
    for term in REQUIRED:
        assert glossary_for(term, "en"), term
    by_id = {e.id: e for e in de}
    for e in en:
        assert by_id[e.id].text != e.text and by_id[e.id].text, e.id


def test_the_report_gets_the_entries_of_the_terms_it_uses():
    text = "Die PUE von 1,5 und der KV-Cache bei Spitzenlast; Break-even mit der API. We pursue replicas."
    assert {e.id for e in glossary_for(text, "de")} >= {"pue", "kv_cache", "break_even", "replica"}
    assert "fte" not in {e.id for e in glossary_for("We pursue the effort.", "en")}  # abbreviations match as written
    assert "pue" not in {e.id for e in glossary_for("we pursue", "en")}
    md = glossary_markdown("de", glossary_for(text, "de"))
    assert md.startswith("## Glossar") and "**PUE" in md


_WORDS = sorted({w for e in glossary("en") + glossary("de") for w in e.match})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(["-", "_", " ", "x", "İ", "ß", "Ä", "9", "/"]),
                          st.text(max_size=4)), max_size=12).map("".join), st.sampled_from(["en", "de"]))
def test_the_fast_term_search_finds_what_the_pattern_finds(text, lang):
    """glossary_for searches by substring for speed; it must pick exactly the entries the word-boundary
    pattern picks, whatever the text (case, neighbouring letters, hyphens, letters whose case changes length)."""
    from desktop.i18n.help import _pattern

    assert [e.id for e in glossary_for(text, lang)] == [e.id for e in glossary(lang) if _pattern(e.match).search(text)]


@pytest.mark.parametrize(("row", "section"), [(0, "portfolio"), (3, "charts"), (5, "verify")])
def test_f1_opens_the_part_for_the_view(qtbot, bundled_kb_dir, row, section):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    with main_window(bundled_kb_dir) as win:
        qtbot.addWidget(win)
        win.show()
        win.nav.setCurrentRow(row)
        assert win.action_help.shortcut() == QKeySequence(Qt.Key.Key_F1)
        win.action_help.trigger()  # what F1 does; offscreen windows get no shortcut events
        dialog = win._help
        assert dialog is not None and dialog.isVisible()
        assert dialog.current_topic() == section
        assert re.sub(r"\s+", " ", dialog.browser.toPlainText()).strip()
        dialog.search.setText("PUE")
        assert dialog.current_topic() == "glossary"
        assert "PUE" in dialog.browser.toPlainText()
        dialog.search.setText("zzzz-nothing")
        assert "zzzz-nothing" in dialog.browser.toPlainText()
        dialog.close()
