"""The report renders the engine's result and computes nothing itself: the numbers read back from the PDF
(pdftotext) are the ones `model-strategy assess --json` prints, on the decision memo and in the use case
sections, and the memo's cost split adds up to its total."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("de-manufacturing-sme", "ch-professional-services")
SYMBOL = {"EUR": "€", "USD": "$"}
LABELS = {"api": "Vendor fees (APIs)", "hardware": "Hardware (depreciation or rent)", "power": "Power",
          "staff": "Internal staff time", "migration": "Switching reserve (model changes)",
          "maintenance": "Hardware maintenance", "colocation": "Colocation"}

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def money(amount: float, currency: str) -> str:
    """English money as the report prints it, written out independently: €6,376 / CHF 5,020."""
    number = f"{amount:,.0f}"
    symbol = SYMBOL.get(currency)
    return f"{symbol}{number}" if symbol else f"{currency} {number}"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def read_back(tmp_path_factory):
    """sample -> (assess --json, memo page in layout order, whole text, memo page in reading order), via the CLI as a user runs it."""
    from desktop.cli import main

    cache = {}

    def run(sample: str, capsys):
        if sample not in cache:
            import json

            path = str(ROOT / "resources/samples" / f"{sample}.json")
            assert main(["assess", path, "--json"]) == 0
            data = json.loads(capsys.readouterr().out)
            out = tmp_path_factory.mktemp("numbers") / f"{sample}.pdf"
            assert main(["report", path, "-o", str(out), "--lang", "en"]) == 0
            capsys.readouterr()
            def pdftotext(*extra: str) -> str:
                return subprocess.run(["pdftotext", "-enc", "UTF-8", *extra, str(out), "-"], check=True,
                                      capture_output=True, text=True).stdout

            # the memo sets two tables side by side: read it in layout order, row by row
            memo = pdftotext("-layout", "-f", "1", "-l", "1")
            whole = pdftotext()
            cache[sample] = (data, flat(memo), flat(whole), flat(whole.split("\f")[0]))
        return cache[sample]

    return run


@pytest.mark.parametrize("sample", SAMPLES)
def test_memo_figures_are_the_assessments(read_back, capsys, sample):
    data, memo, _, memo_raw = read_back(sample, capsys)
    cur = data["currency"]
    for key in ("total_monthly", "total_tco", "total_capex"):
        assert money(data[key], cur) in memo, key
    assert data["cash_out_by_year"], "the engine carries cash out by year"
    for year, cash in enumerate(data["cash_out_by_year"], start=1):
        assert f"Cash out in year {year} {money(cash, cur)}" in memo
    for kind, label in LABELS.items():
        value = data["monthly_breakdown"][kind]
        if value or kind in ("api", "hardware", "power", "staff", "migration"):
            assert f"{label} {money(value, cur)}" in memo, kind
    for sc in data["scenarios"]:
        assert " ".join(money(sc[k], cur) for k in ("monthly", "tco", "capex")) in memo, sc["name"]
    for item in data["mix"]:
        if item["candidate"]:
            assert money(item["monthly"], cur) in memo, item["use_case"]
    for ua in data["use_cases"]:
        # the deciding reason, as the engine worded it (a wrapped cell: its first words)
        assert ua["reasons"] and flat(ua["reasons"][0])[:30] in memo_raw, ua["use_case"]
    # the risks shown are the engine's, of the recommended options, the most severe first
    first = next(r for r in data["risks"] if r["recommended"])
    assert first["severity"] == "high" or not any(r["severity"] == "high" and r["recommended"]
                                                  for r in data["risks"])
    assert first["subject"][:40] in memo_raw


@pytest.mark.parametrize("sample", SAMPLES)
def test_cost_split_adds_up_to_the_total_as_printed(read_back, capsys, sample):
    data, memo, _, memo_raw = read_back(sample, capsys)
    cur = data["currency"]
    amount = re.escape(SYMBOL.get(cur, cur + " ")) + r"([\d,]+)"
    parts = []
    for label in LABELS.values():
        found = re.search(re.escape(label) + " " + amount, memo)
        if found:
            parts.append(int(found.group(1).replace(",", "")))
    total = int(re.search("Total " + amount, memo).group(1).replace(",", ""))
    assert len(parts) >= 5
    assert total == round(data["total_monthly"])
    assert abs(sum(parts) - total) <= len(parts)  # each part rounded to whole units


@pytest.mark.parametrize("sample", SAMPLES)
def test_use_case_sections_carry_the_engines_costs_and_verdicts(read_back, capsys, sample):
    data, _, text, _ = read_back(sample, capsys)
    cur = data["currency"]
    for ua in data["use_cases"]:
        for ca in ua["candidates"]:
            cost = ca["cost"]
            assert money(cost["monthly_total"], cur) in text, ca["label"]
            assert money(cost["tco_total"], cur) in text, ca["label"]
            for excl in ca["score"]["exclusions"]:
                where = "rule" if excl["question"] == "rule" else f"Q{excl['question']}"
                assert where in text
            if ca["license"] and ca["license"]["reasons"]:
                assert ca["license"]["verdict"]
        chosen = next((c for c in ua["candidates"] if c["candidate"]["id"] == ua["recommended"]), None)
        if chosen is not None:
            assert chosen["score"]["combination"][:50] in text
            for sub in chosen["score"]["subscores"]:
                for reason in sub["reasons"]:
                    assert flat(reason)[:40] in text, reason
    for risk in data["risks"]:
        if risk["kind"] == "deprecation" and risk["recommended"]:
            assert risk["params"]["date"] in text  # the retirement date the engine priced in
