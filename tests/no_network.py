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


INTERNET = {socket.AF_INET, socket.AF_INET6}


class _NoSocket(socket.socket):
    """Refuses internet sockets; local AF_UNIX pairs (asyncio's self-pipe inside pyHanko) stay allowed."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 - socket's own names
        if fileno is None and (family == -1 or family in INTERNET):
            _refuse()
        super().__init__(family, type, proto, fileno)


socket.socket = _NoSocket  # type: ignore[misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]

if __name__ == "__main__":
    from desktop.cli import main

    raise SystemExit(main(sys.argv[1:]))
