"""plainlint never touches the network: sockets blocked, empty HOME and NLTK paths, all rules on."""

import pytest
import os
import subprocess
import sys
import textwrap

from plainlint.rules import all_rules

pytestmark = pytest.mark.process

GUARD = textwrap.dedent(
    """
    import socket, sys
    class Blocked(OSError):
        pass
    def refuse(*args, **kwargs):
        raise Blocked("network access attempted: " + repr(args)[:200])
    socket.socket = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from plainlint.cli import main
    sys.argv = ["plainlint", "check", "--select", "ALL", "--format", "json", sys.argv[1]]
    main()
    """
)

LONG_TEXT = (
    "# Resetting your account password\n\n"
    + "In order to reset your password, simply utilize the reset form prior to contacting support. "
    "The request was processed by our team and the account was subsequently restored after "
    "verification of the information that had been provided by the customer during the call last week. " * 8
    + "\n\nDear Sir or Madam, we apologize for any inconvenience. The SLA was missed. Click [here](https://x.test).\n\n"
    "Basically, the form is at https://x.test/reset/form for everyone.\n\n"
    "![screenshot](image.png)\n\n![](diagram.png)\n"
)


def test_lint_runs_with_sockets_blocked(tmp_path):
    article = tmp_path / "article.md"
    article.write_text(LONG_TEXT, encoding="utf-8")
    # Its apology reads as a reply, where reading-level is off by default (issue 26): on here.
    (tmp_path / ".plainlint.yaml").write_text("kinds: {reply: {rules: {reading-level: warning}}}\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "NLTK_DATA": str(tmp_path / "no-nltk"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "NO_COLOR": "1",
    }
    result = subprocess.run([sys.executable, "-c", GUARD, str(article)], capture_output=True, text=True,
                            env=env, cwd=tmp_path)
    assert "network access attempted" not in result.stderr
    assert result.returncode == 1, result.stderr
    import json

    rules_seen = {f["rule"] for f in json.loads(result.stdout)}
    # Every English prose rule that exists fires on this text, so each one really ran offline.
    expected = {r.name for r in all_rules() if r.code < "PL900" and r.category in
                {"jargon", "cliche", "assumptive", "inclusive", "passive", "readability",
                 "sentence-length", "alt-text", "link-text"}}
    assert expected <= rules_seen, expected - rules_seen


# The language server over stdio: internet sockets refused, the local socket pair asyncio's
# event loop makes for itself allowed (it is not network).
SERVER_GUARD = textwrap.dedent(
    """
    import socket, sys
    class Blocked(OSError):
        pass
    def refuse(*args, **kwargs):
        raise Blocked("network access attempted: " + repr(args)[:200])
    real_socket = socket.socket
    class LocalOnly(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if family != socket.AF_UNIX:
                refuse(family, type)
            super().__init__(family, type, proto, fileno)
    socket.socket = LocalOnly
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from plainlint.cli import main
    sys.argv = ["plainlint", "server"]
    main()
    """
)


def test_language_server_runs_with_sockets_blocked(tmp_path):
    import asyncio

    from lsphelpers import open_document, published, session

    article = tmp_path / "article.md"
    article.write_text(LONG_TEXT, encoding="utf-8")
    # Its apology reads as a reply, where reading-level is off by default (issue 26): on here. And
    # spelling, off by default, on: the server then reads the config's tree for its terms (spell16's
    # server/tree.py; rev16), this page and a second one.
    (tmp_path / ".plainlint.yaml").write_text(
        "rules: {spelling: warning}\nkinds: {reply: {rules: {reading-level: warning}}}\n", encoding="utf-8")
    (tmp_path / "other.md").write_text("# Other\n\nThe form keeps your answer.\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "NLTK_DATA": str(tmp_path / "no-nltk"),
           "XDG_CACHE_HOME": str(home / ".cache"), "NO_COLOR": "1"}

    async def drive():
        async with session(tmp_path, command=[sys.executable, "-c", SERVER_GUARD], env=env) as client:
            open_document(client, article.as_uri(), LONG_TEXT, "markdown")
            diagnostics = (await published(client, article.as_uri(), 1)).diagnostics
            return diagnostics, client.log_messages

    diagnostics, logged = asyncio.run(drive())
    assert not [m for m in logged if "network access attempted" in m.message or "internal error" in m.message]
    assert {"PL101", "PL102", "PL202", "PL203"} <= {d.code for d in diagnostics}
