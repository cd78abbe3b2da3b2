"""`plainlint server`: a Language Server (LSP) for editors, on pygls and lsprotocol.

Diagnostics as the writer types (the editor's unsaved text), quick fixes from the same fixer as
`plainlint check --fix`, positions in the encoding the client negotiates. See docs/editors.md.
"""

from __future__ import annotations

import logging
import sys

LOCALHOST = "127.0.0.1"  # --tcp is for debugging: never reachable from another machine


def serve(tcp_port: int | None = None) -> None:
    """Serve one client on stdio (or on 127.0.0.1:`tcp_port`) until it exits."""
    from .app import build_server

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="plainlint server: %(message)s")
    server = build_server()
    if tcp_port is not None:
        server.start_tcp(LOCALHOST, tcp_port)
        return
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the protocol stream
    server.start_io(sys.stdin.buffer, protocol_out)
    if not server.shut_down:
        # LSP: `exit` without `shutdown` first (or the client gone) exits with 1. pygls swallows
        # the SystemExit that says so and would return 0.
        sys.exit(1)
