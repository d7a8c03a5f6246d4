"""Issue 12 §1: the catalog covers what an SME shortlists, and every accelerator can be costed."""

from __future__ import annotations

import pytest

from desktop.knowledge.sources import KNOWLEDGE_DIR, load_sources


@pytest.fixture(scope="module")
def sources():
    return load_sources(KNOWLEDGE_DIR)


def test_at_least_90_accelerators_every_one_priced_with_a_note(sources):
    gpus = sources.of("gpus")
    assert len(gpus) >= 90
    unpriced = [g.id for g in gpus if not (g.price_usd_low or g.price_usd_high)]
    assert not unpriced, f"accelerators without a price: {unpriced}"
    unexplained = [g.id for g in gpus if not g.price_note]
    assert not unexplained, f"prices without a note saying where they come from: {unexplained}"


def test_what_smes_buy_is_in_the_catalog(sources):
    ids = {g.id for g in sources.of("gpus")}
    by_generation = {g.generation for g in sources.of("gpus")}
    for wanted in ("rtx-5090", "rtx-5080", "rtx-5070-ti", "rtx-pro-6000", "rtx-pro-4000-blackwell", "dgx-spark",
                   "ryzen-ai-max-395-128gb", "intel-arc-pro-b60", "h200", "b200", "b300", "mi325x", "mi355x",
                   "intel-gaudi3", "macbook-pro-m5-16gb"):
        assert wanted in ids, wanted
    assert {"strix-halo", "gb10", "battlemage", "blackwell-workstation"} <= by_generation
    assert sum(1 for g in sources.of("gpus") if g.generation == "strix-halo") >= 3
