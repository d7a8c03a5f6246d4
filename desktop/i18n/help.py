"""Offline help: the user guide and the glossary in English and German (resources/help), without Qt.

The GUI's Help dialog shows them; the report can print the glossary entries for the terms it uses
(`glossary_for`). Sections of the guide carry an id (`## Title {#id}`) so F1 on a view opens its part.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from desktop.knowledge.sources import RESOURCES

from .locales import language_of

HELP_DIR = RESOURCES / "help"
_SECTION = re.compile(r"^## (.+?)\s*\{#([a-z0-9_-]+)\}\s*$", re.M)


class GuideSection(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    markdown: str  # the section's body, with its heading


class GlossaryEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    term: str
    text: str
    match: tuple[str, ...]


@lru_cache(maxsize=4)
def guide(lang: str) -> tuple[GuideSection, ...]:
    """The user guide's sections in order."""
    text = (HELP_DIR / f"guide.{language_of(lang)}.md").read_text(encoding="utf-8")
    heads = list(_SECTION.finditer(text))
    sections = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = f"## {m.group(1)}\n" + text[m.end():end].strip() + "\n"
        sections.append(GuideSection(id=m.group(2), title=m.group(1), markdown=body))
    return tuple(sections)


def guide_markdown(lang: str) -> str:
    return "\n".join(s.markdown for s in guide(lang))


@lru_cache(maxsize=4)
def glossary(lang: str) -> tuple[GlossaryEntry, ...]:
    """Every glossary entry in this language, sorted by term."""
    lang = language_of(lang)
    with (HELP_DIR / "glossary.toml").open("rb") as fh:
        data = tomllib.load(fh)
    entries = [GlossaryEntry(id=t["id"], term=t[lang]["term"], text=t[lang]["text"], match=tuple(t["match"]))
               for t in data["term"]]
    return tuple(sorted(entries, key=lambda e: e.term.casefold()))


def glossary_markdown(lang: str, entries: tuple[GlossaryEntry, ...] | list[GlossaryEntry] | None = None) -> str:
    heading = "## Glossar" if language_of(lang) == "de" else "## Glossary"
    rows = [f"**{e.term}** — {e.text}\n" for e in (glossary(lang) if entries is None else entries)]
    return heading + "\n\n" + "\n".join(rows)


def _pattern(words: tuple[str, ...]) -> re.Pattern:
    # An all-capital abbreviation matches as written ("PUE", not "pue" in "pursue"); words ignore case.
    parts = [re.escape(w) if w.isupper() else f"(?i:{re.escape(w)})" for w in words]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")")


def _uses(text: str, lowered: str, words: tuple[str, ...]) -> bool:
    """Whether `text` uses one of `words` as `_pattern` would find it, by plain substring search: the
    regular expression's look-behind at every position of a 30-page report's text took 50 ms. (The pattern's
    case folding also equates a few rare letters that lower() keeps apart, such as the long s 'ſ'; no
    report wording uses them.)"""
    for word in words:
        hay, needle = (text, word) if word.isupper() else (lowered, word.lower())
        at = hay.find(needle)
        while at != -1:
            before = hay[at - 1] if at else " "
            if not (before.isalnum() or before in "_-"):
                return True
            at = hay.find(needle, at + 1)
    return False


def glossary_for(text: str, lang: str) -> list[GlossaryEntry]:
    """The entries whose terms a text uses: what the report prints in its glossary."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): positions differ, ask the pattern
        return [e for e in glossary(lang) if _pattern(e.match).search(text)]
    return [e for e in glossary(lang) if _uses(text, lowered, e.match)]
