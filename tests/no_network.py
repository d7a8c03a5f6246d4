"""Run a command line with every socket creation refused: `python tests/no_network.py <args of model-strategy>`.

Used by the offline tests: any attempt to open a socket raises at once, so a hidden network call fails the run.
"""

from __future__ import annotations

import socket
import sys


class NetworkForbidden(OSError):
    pass


def _refuse(*_args, **_kwargs):
    raise NetworkForbidden("network access attempted while offline")


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):  # noqa: D401 - a trap, not a socket
        _refuse()


socket.socket = _NoSocket  # type: ignore[misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]
socket.socketpair = _refuse  # type: ignore[assignment]

if __name__ == "__main__":
    from desktop.cli import main

    raise SystemExit(main(sys.argv[1:]))
