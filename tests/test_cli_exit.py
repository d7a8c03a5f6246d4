"""The command line ends its process without the interpreter's teardown (it cost a report 0.3 s). The
promise that must survive that shortcut: what a command prints arrives whole, through a pipe too, its
exit code is the one `main` returned, and what the exit handlers were to do (temporary folders) is done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*argv: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *argv], capture_output=True, cwd=ROOT,
                          env=os.environ.copy(), timeout=120, **kw)


def test_everything_printed_arrives_through_a_pipe(cli):
    code, expected, _ = cli("kb", "list", "models", "--json")
    assert code == 0
    done = _run("kb", "list", "models", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == expected  # the whole listing (tens of KB), not what a buffer held
    assert len(json.loads(done.stdout)) > 100


def test_the_exit_code_is_mains(tmp_path):
    assert _run("kb", "show", "models", "no-such-model-anywhere").returncode == 2
    assert _run("assess", str(tmp_path / "missing.json")).returncode == 2
    assert _run("kb", "info").returncode == 0


def test_a_reader_that_goes_away_is_no_error():
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "kb", "list", "models"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=os.environ.copy())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) in (0, 1, 2)
    assert "Traceback" not in err


def test_exit_handlers_still_run(tmp_path):
    """A command's temporary folder (tempfile's finalizer is an exit handler) is removed on the way out."""
    marker = tmp_path / "where"
    script = ("import sys, tempfile; from desktop import cli; "
              f"d = tempfile.TemporaryDirectory(); open({str(marker)!r}, 'w').write(d.name); "
              "sys.argv = ['model-strategy', 'kb', 'info']; cli.entry()")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT, env=os.environ.copy(),
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()  # kb info printed its figures before the process ended
    assert not Path(marker.read_text()).exists()


def _buffered_env() -> dict:
    env = os.environ.copy()
    env.pop("PYTHONUNBUFFERED", None)  # block-buffered stdout, as for a user: the flush at exit is what counts
    return env


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_lost_to_a_full_disk_is_an_error():
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "kb", "info", "--json"], stdout=full,
                              stderr=subprocess.PIPE, cwd=ROOT, env=_buffered_env(), timeout=120)
    assert done.returncode == 120 and b"could not be written" in done.stderr


def test_a_closed_stdout_is_no_error():
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "kb", "info"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, cwd=ROOT, env=_buffered_env(), timeout=120,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 0 and b"Traceback" not in done.stderr


def test_buffered_output_arrives_whole(cli):
    code, expected, _ = cli("kb", "list", "models", "--json")
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "kb", "list", "models", "--json"],
                          capture_output=True, cwd=ROOT, env=_buffered_env(), timeout=120)
    assert code == done.returncode == 0 and done.stdout.decode() == expected
