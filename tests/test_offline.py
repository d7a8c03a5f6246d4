"""Never online: our code imports no networking module, and the flows run with sockets refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import imports_of

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = {"socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
                   "ftplib", "smtplib", "xmlrpc", "websockets", "PySide6.QtNetwork", "PySide6.QtWebSockets"}


def test_our_code_imports_no_network_module():
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for name in imports_of(path):
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders


def offline(args: list[str], tmp_path: Path, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, "MSS_CACHE_DIR": str(tmp_path / "cache"), "MSS_DATA_DIR": str(tmp_path / "data"),
                   "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, str(ROOT / "tests" / "no_network.py"), *args], capture_output=True,
                          text=True, env=environment, timeout=180, check=False, cwd=ROOT)


def test_the_trap_works(tmp_path):
    probe = subprocess.run(
        [sys.executable, "-c", "import runpy,sys; sys.argv=['x']; import tests.no_network, socket; socket.socket()"],
        capture_output=True, text=True, cwd=ROOT, check=False)
    assert probe.returncode != 0 and "network access attempted" in probe.stderr


@pytest.mark.parametrize("args", [
    ["kb", "info"],
    ["kb", "search", "Built with Llama"],
    ["license-check", "meta-llama/Llama-4-Scout-17B-16E-Instruct", "--licensee-country", "DE"],
    ["size", "openai/gpt-oss-120b", "--gpu", "h100-sxm", "--precision", "mxfp4"],
    ["assess", "resources/samples/de-manufacturing-sme.json"],
    ["validate"],
    ["gui", "--smoke-test"],
])
def test_flows_run_with_sockets_refused(tmp_path, args):
    proc = offline(args, tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "network access attempted" not in proc.stderr


def test_signed_report_flow_with_sockets_refused(tmp_path):
    """identity create, report, verify: the whole signing path with internet sockets refused."""
    passphrase = tmp_path / "pass"
    passphrase.write_text("offline secret\n", encoding="utf-8")
    identity, report = tmp_path / "me.p12", tmp_path / "report.pdf"
    steps = [
        ["identity", "create", "--name", "Offline Tester", "--organization", "Air Gap GmbH", "--out", str(identity),
         "--passphrase-file", str(passphrase)],
        ["report", "resources/samples/ch-professional-services.json", "-o", str(report), "--identity", str(identity),
         "--passphrase-file", str(passphrase), "--lang", "de"],
        ["verify", str(report)],
    ]
    for args in steps:
        proc = offline(args, tmp_path)
        assert proc.returncode == 0, (args[0], proc.stderr[-2000:])
        assert "network access attempted" not in proc.stderr
