"""The `model-strategy kb` command line: its output fields and exit codes are a contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"






def test_kb_info_json(cli):
    info = cli.json("kb", "info")
    assert set(info) >= {"version", "counts", "oldest_as_of", "newest_as_of", "stale_facts"}
    assert len(info["version"]) == 16


@pytest.mark.parametrize("kind", ["licenses", "models", "gpus", "apis", "clouds"])
def test_kb_list_rows_have_id_source_as_of(cli, kind):
    rows = cli.json("kb", "list", kind)
    assert rows
    for row in rows:
        assert row["id"] and row["source"].startswith("http") and row["sources"] and row["as_of"]


def test_kb_list_text_table(cli):
    code, out, _ = cli("kb", "list", "gpus")
    assert code == 0 and "h100-sxm" in out and "bandwidth_gbs" in out


def test_kb_show_json_and_case(cli):
    data = cli.json("kb", "show", "models", "META-LLAMA/llama-3.3-70b-instruct")
    assert data["id"] == "meta-llama/Llama-3.3-70B-Instruct"
    assert data["architecture"]["kv_heads"] == 8


def test_kb_show_unknown_exits_2_with_suggestions(cli):
    code, _, err = cli("kb", "show", "gpus", "h100-sxmm")
    assert code == 2
    assert "not found" in err and "h100-sxm" in err


def test_kb_unknown_kind_exits_2(cli):
    code, _, err = cli("kb", "list", "gadgets")
    assert code == 2 and "invalid choice" in err


def test_kb_search(cli):
    hits = cli.json("kb", "search", "revenue")
    assert any(h["kind"] == "licenses" for h in hits)


def test_import_prices_updates_overlay(cli):
    before = cli.json("kb", "show", "apis", "openai/gpt-5")
    result = cli.json("kb", "import-prices", str(FIXTURES / "litellm_prices.json"))
    assert "openai/gpt-5" in result["updated"]
    assert "anthropic/claude-haiku-4-5" in result["unchanged"]
    assert any("ovhcloud/gpt-oss-120b" in s for s in result["skipped"])
    after = cli.json("kb", "show", "apis", "openai/gpt-5")
    assert (before["input_per_mtok"], after["input_per_mtok"]) == (1.25, 1.0)
    assert after["output_per_mtok"] == 8.0 and after["origin"] == "user"
    assert after["sources"][0].startswith("file:") and after["sources"][0].endswith("litellm_prices.json")
    # A second import of the same file changes nothing and does not pile up sources.
    again = cli.json("kb", "import-prices", str(FIXTURES / "litellm_prices.json"))
    assert "openai/gpt-5" in again["unchanged"]
    rows = cli.json("kb", "list", "apis")
    assert next(r for r in rows if r["id"] == "openai/gpt-5")["origin"] == "user"


def test_import_prices_rejects_bad_files(cli, tmp_path):
    broken = tmp_path / "prices.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = cli("kb", "import-prices", str(broken))
    assert code == 2 and "not a JSON file" in err
    other = tmp_path / "other.json"
    other.write_text('{"a": {"b": 1}}', encoding="utf-8")
    code, _, err = cli("kb", "import-prices", str(other))
    assert code == 2 and "not a LiteLLM price map" in err
    code, _, err = cli("kb", "import-prices", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err


def test_console_script_runs_in_a_fresh_process(tmp_path):
    env = {**os.environ, "MSS_CACHE_DIR": str(tmp_path / "c"), "MSS_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "kb", "info", "--json"], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["counts"]["models"] >= 40
