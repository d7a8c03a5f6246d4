"""Numbers as the charts and tables print them: the same desktop.i18n.Formats the report uses.

The window sets the locale from the UI language and the organisation's country (`set_locale`) before
the views redraw, so "15.988 €" on screen is "15.988 €" in the German PDF.
"""

from __future__ import annotations

from desktop.i18n import Formats

_formats = Formats("en")


def set_locale(lang: str, country: str | None = None) -> Formats:
    """Use this language and country for every number drawn from now on."""
    global _formats
    _formats = Formats(lang, country)
    return _formats


def current() -> Formats:
    return _formats


def money(amount: float, currency: str) -> str:
    return _formats.money(amount, currency)


def tokens(count: float) -> str:
    return _formats.tokens(count)


def number(value: float, decimals: int = 0) -> str:
    """A plain number the local way ('7.000', "7'000", '7,000'): for axis ticks and tables."""
    return _formats.num(value, decimals)


def full_label(candidate) -> str:
    """A candidate's full label in the UI language: 'Qwen/Qwen3-32B auf 2× l40s (fp8, gekauft)'."""
    from desktop.i18n.messages import candidate_label

    return candidate_label(candidate, _formats.lang)


def exclusion_texts(ca, rules=None) -> list[str]:
    """Why a candidate is out, in the UI language (the engine's English in an English UI)."""
    from desktop.i18n.messages import Messages

    words = Messages(_formats.lang, None, rules, _formats)
    return [words.exclusion(e) for e in ca.score.exclusions]


def engine_words(assessment, rules=None):
    """The engine's sentences (reasons, outcomes, scenario reasons) in the UI language, with its numbers."""
    from desktop.i18n.engine_text import for_assessment

    return for_assessment(_formats.lang, assessment, rules, _formats)


def scenario_title(name: str, fallback: str) -> str:
    from desktop.i18n.messages import word

    text = word("scenario", name, _formats.lang)
    return text if text != name else fallback


# The what-if volume sliders (Assessment view, workshop) run on a log scale between two exponents.
VOLUME_STEPS = 1000


def volume_bounds(picture) -> tuple[float, float] | None:
    """The log10 token range a cost picture spans (what the volume slider and the chart's marker move over),
    or None when it has no range."""
    import math

    if picture is None or picture.volume <= 0 or not len(picture.scales):
        return None
    return math.log10(picture.tokens_min), math.log10(picture.tokens_max)


def slider_to_volume(value: int, bounds: tuple[float, float]) -> float:
    lo, hi = bounds
    return 10 ** (lo + (hi - lo) * value / VOLUME_STEPS)


def volume_to_slider(volume: float, bounds: tuple[float, float]) -> int:
    import math

    lo, hi = bounds
    return round((math.log10(volume) - lo) / (hi - lo) * VOLUME_STEPS)
