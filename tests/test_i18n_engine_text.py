"""Every sentence the engine writes exists in German: rendered from its message id, never the English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_one_answer import emitted_messages

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import assess_portfolio
from desktop.engine.messages import ENGLISH
from desktop.i18n.engine_text import engine_catalog, for_assessment

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def test_every_engine_message_id_has_english_and_german():
    catalog = engine_catalog()
    for message_id in ENGLISH:
        if message_id.startswith("ex."):
            continue  # exclusions are worded in messages.toml
        assert message_id in catalog, message_id
        assert catalog[message_id].get("en") and catalog[message_id].get("de"), message_id


@pytest.mark.parametrize("sample", ["de-manufacturing-sme.json", "ch-professional-services.json"])
def test_the_engines_sentences_render_in_german_without_falling_back(sample, engine_catalog):
    portfolio = load_portfolio(SAMPLES / sample)
    result = assess_portfolio(portfolio, engine_catalog, dt.date(2026, 12, 2))
    german = for_assessment("de", result, engine_catalog.rules, strict=True)
    english_text = for_assessment("en", result, engine_catalog.rules, strict=True)
    wordy = 0
    for message in emitted_messages(result):
        de = german(message)
        assert de and "{" not in de, (message.id, de)
        en = english_text(message)
        if message.id not in ("q2.warning", "q1.deciding", "unserved.no_recommendation") and de != en:
            wordy += 1
    assert wordy > 20
