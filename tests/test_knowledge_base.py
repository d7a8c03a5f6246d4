"""Building and querying the knowledge base, malformed sources, the cache and the overlay."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.domain import Accelerator
from desktop.knowledge.base import KnowledgeBase, NotFound, fts_query
from desktop.knowledge.build import cached_version
from desktop.knowledge.overlay import Overlay
from desktop.knowledge.sources import KNOWLEDGE_DIR, SourceError, content_version, load_sources, read_file

MODEL = """
[[model]]
id = "acme/Tiny-1B"
aliases = ["OldAcme/Tiny-1B"]
name = "Tiny 1B"
family = "Tiny"
publisher = "Acme"
release_date = 2025-01-01
license_ids = ["Apache-2.0"]
modalities = ["text"]
context_length = 8192
quality_tier = "small"
sources = ["https://example.org/tiny"]
as_of = 2026-01-01
verification = "primary"

[model.architecture]
layers = 16
hidden_size = 2048
attention_heads = 16
kv_heads = 4
head_dim = 128
vocab_size = 32000
params_total_b = 1.1
params_active_b = 1.1

[model.support]
maintainer = "Acme"
engines = ["vllm"]
"""


def small_root(tmp_path: Path, model_text: str = MODEL) -> Path:
    root = tmp_path / "knowledge"
    (root / "licenses").mkdir(parents=True)
    shutil.copy(KNOWLEDGE_DIR / "licenses" / "apache-2.0.toml", root / "licenses")
    (root / "models").mkdir()
    (root / "models" / "tiny.toml").write_text(model_text, encoding="utf-8")
    return root


def test_malformed_toml_names_file_and_line(tmp_path):
    root = small_root(tmp_path, MODEL.replace('family = "Tiny"', 'family = "Tiny'))
    with pytest.raises(SourceError) as err:
        load_sources(root)
    message = str(err.value)
    line = MODEL.splitlines().index('family = "Tiny"') + 1
    assert "tiny.toml" in message and f"line {line}" in message and "not valid TOML" in message


def test_wrong_value_names_file_line_and_key(tmp_path):
    root = small_root(tmp_path, MODEL.replace("kv_heads = 4", "kv_heads = -4"))
    with pytest.raises(SourceError) as err:
        load_sources(root)
    assert err.value.key == "architecture.kv_heads"
    assert err.value.line == MODEL.splitlines().index("kv_heads = 4") + 1
    assert "tiny.toml" in str(err.value) and "greater than 0" in str(err.value)


def test_missing_field_and_unknown_table_are_named(tmp_path):
    root = small_root(tmp_path, MODEL.replace('quality_tier = "small"\n', ""))
    with pytest.raises(SourceError, match="quality_tier"):
        load_sources(root)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[gadget]]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"unknown table \[\[gadget\]\]"):
        read_file(bad)


def test_overlong_quote_is_refused(tmp_path):
    text = (KNOWLEDGE_DIR / "licenses" / "apache-2.0.toml").read_text(encoding="utf-8")
    long_quote = " ".join(["word"] * 45)
    text = text.replace('quote = "You must give any other recipients', f'quote = "{long_quote} You must give', 1)
    path = tmp_path / "apache.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError, match="under 40"):
        read_file(path)


def test_duplicate_ids_are_refused(tmp_path):
    root = small_root(tmp_path)
    (root / "models" / "again.toml").write_text(MODEL.replace("acme/Tiny-1B", "ACME/tiny-1b", 1), encoding="utf-8")
    with pytest.raises(SourceError, match="duplicate"):
        load_sources(root)


def test_version_is_a_content_hash(tmp_path):
    root = small_root(tmp_path)
    before = content_version(root)
    assert before == content_version(root)
    (root / "models" / "tiny.toml").write_text(MODEL.replace("Tiny 1B", "Tiny One"), encoding="utf-8")
    assert content_version(root) != before


def test_rebuilds_only_when_sources_change(tmp_path):
    root = small_root(tmp_path)
    cache = tmp_path / "c"
    cache.mkdir()
    kb = KnowledgeBase.open(root=root, cache_dir=cache, overlay=False)
    assert kb.rebuilt
    kb.close()
    kb = KnowledgeBase.open(root=root, cache_dir=cache, overlay=False)
    assert not kb.rebuilt
    kb.close()
    (root / "models" / "tiny.toml").write_text(MODEL.replace("Tiny 1B", "Tiny One"), encoding="utf-8")
    kb = KnowledgeBase.open(root=root, cache_dir=cache, overlay=False)
    assert kb.rebuilt and kb.model("acme/tiny-1b").name == "Tiny One"
    kb.close()


def test_corrupt_cache_is_rebuilt_and_overlay_kept(tmp_path):
    root = small_root(tmp_path)
    cache = tmp_path / "c"
    cache.mkdir()
    overlay = Overlay(tmp_path / "overlay.sqlite")
    kb = KnowledgeBase.open(root=root, cache_dir=cache, overlay=overlay)
    overlay.put("gpus", my_gpu())
    kb.close()
    db = cache / "knowledge.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    assert cached_version(db) is None
    overlay = Overlay(tmp_path / "overlay.sqlite")
    kb = KnowledgeBase.open(root=root, cache_dir=cache, overlay=overlay)
    assert kb.rebuilt
    assert kb.accelerator("my-lab-gpu").memory_gb == 48
    kb.close()


def my_gpu(**changes) -> Accelerator:
    data = dict(
        id="my-lab-gpu", name="Our lab GPU", vendor="nvidia", kind="workstation-gpu", memory_gb=48,
        memory_type="GDDR6", bandwidth_gbs=864, tdp_w=300, sources=["user:entered"], as_of=dt.date(2026, 11, 1),
        verification="unverified",
    )
    data.update(changes)
    return Accelerator.model_validate(data)


def test_overlay_wins_over_bundled(kb):
    bundled = kb.accelerator("rtx-4090")
    kb.overlay.put("gpus", my_gpu(id="rtx-4090", name="Our own 4090", memory_gb=24, bandwidth_gbs=900))
    assert kb.accelerator("RTX-4090").name == "Our own 4090"
    assert kb.origin("gpus", "rtx-4090") == "user"
    kb.overlay.remove("gpus", "rtx-4090")
    assert kb.accelerator("rtx-4090") == bundled


def test_ids_match_case_insensitively_and_aliases_resolve(tmp_path):
    root = small_root(tmp_path)
    kb = KnowledgeBase.open(root=root, cache_dir=tmp_path, overlay=False)
    assert kb.model("ACME/TINY-1B").id == "acme/Tiny-1B"
    assert kb.model("oldacme/tiny-1b").id == "acme/Tiny-1B"
    kb.close()


def test_bundled_alias_for_renamed_repo(kb):
    assert kb.model("CohereForAI/c4ai-command-r-plus-08-2024").id.startswith("CohereLabs/")


def test_unknown_id_suggests_close_matches(kb):
    with pytest.raises(NotFound) as err:
        kb.model("meta-llama/Llama-3.3-70B-Instrct")
    assert "not found" in str(err.value)
    assert "meta-llama/Llama-3.3-70B-Instruct" in err.value.suggestions


def test_full_text_search_finds_clause_text(kb):
    hits = kb.search("Built with Llama")
    assert any(h.kind == "licenses" and "Llama" in h.id for h in hits)
    assert kb.search("h100", kind="gpus")
    assert kb.search("") == [] or all(h for h in kb.search(""))


def test_fts_query_is_safe_for_operators():
    assert fts_query('AND OR "NEAR(' ) == '"AND"* "OR"* "NEAR"*'
    assert fts_query("  ") == ""


def test_info_counts_and_staleness(kb):
    info = kb.info(today=dt.date(2026, 11, 25))
    assert info["counts"]["licenses"] >= 18
    assert info["oldest_as_of"] <= info["newest_as_of"]
    later = kb.info(today=dt.date(2030, 1, 1))
    assert later["stale_facts"] == sum(later["counts"].values())


def test_built_database_has_fts_and_clause_tables(kb):
    conn = sqlite3.connect(kb.db_path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert {"licenses", "models", "gpus", "apis", "clouds", "clauses", "search_fts", "aliases", "meta"} <= tables
