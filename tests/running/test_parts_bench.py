"""benchmarks/parts.py: each part it times reads the files as the engine does and counts what
the rule finds there (nothing here is timed)."""

from __future__ import annotations

import json
import re
import sys

import pytest

from plhelpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import parts  # noqa: E402


def test_it_counts_the_hits_plainlint_reports(tmp_path, capsys):
    from click.testing import CliRunner

    from plainlint.cli import main as cli

    article = tmp_path / "a.md"
    article.write_text("# Help\n\nConnect your Github account. Open the Whatsapp app.\n", encoding="utf-8")
    listing = tmp_path / "files.txt"
    listing.write_text(f"{article}\n", encoding="utf-8")
    assert parts.main(["--files", str(listing), "--reps", "1", "terminology"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"reader \d+\.\d{3}", lines[0])
    found = re.fullmatch(r"terminology \d+\.\d{3} \((\d+) hits\)", lines[1])
    report = CliRunner().invoke(cli, ["check", "--no-cache", "--select", "terminology", "--format", "json",
                                      "--exit-zero", str(article)])
    assert found and int(found.group(1)) == len(json.loads(report.output)) == 2


def test_an_unknown_rule_is_refused(tmp_path):
    listing = tmp_path / "files.txt"
    listing.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        parts.main(["--files", str(listing), "no-such-rule"])


def test_a_reply_s_fill_ins_are_placeholders_as_the_engine_reads_them(tmp_path, capsys):
    # rev15: the engine makes a reply's fill-ins placeholders once its kind is known (fill_ins.py);
    # parts.py read the reply without them and counted the jargon inside "[Utilize this ...]"
    from click.testing import CliRunner

    from plainlint.cli import main as cli

    reply = tmp_path / "refund.md"
    reply.write_text("Hi [Customer name],\n\nWe will utilize your card on file. [Utilize this line to explain "
                     "the refund]\n\nThanks,\nAlex\n", encoding="utf-8")
    listing = tmp_path / "files.txt"
    listing.write_text(f"{reply}\n", encoding="utf-8")
    assert parts.main(["--files", str(listing), "--reps", "1", "jargon"]) == 0
    found = re.fullmatch(r"jargon \d+\.\d{3} \((\d+) hits\)", capsys.readouterr().out.splitlines()[1])
    report = CliRunner().invoke(cli, ["check", "--no-cache", "--select", "jargon", "--format", "json",
                                      "--exit-zero", str(reply)])
    assert found and int(found.group(1)) == len(json.loads(report.output)) == 1


def test_the_engine_table_times_every_default_rule_in_order(tmp_path, capsys):
    # spd9: --engine times the default selection as a run does, shares summing to the total
    from plainlint.config.selection import Selection
    from plainlint.config.settings import Resolver
    from plainlint.config.load import load_config

    article = tmp_path / "a.md"
    article.write_text("# Help\n\nConnect your Github account. Open the Whatsapp app.\n", encoding="utf-8")
    listing = tmp_path / "files.txt"
    listing.write_text(f"{article}\n", encoding="utf-8")
    assert parts.main(["--files", str(listing), "--reps", "1", "--engine"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"rules \d+\.\d{3}", lines[0])
    rows = [re.fullmatch(r"(\S+) (\d+\.\d{3}) (\d+\.\d)%", line) for line in lines[1:]]
    assert all(rows)
    default = {rule.name for rule in Resolver(load_config(None), Selection()).settings(article).rules}
    assert {row.group(1) for row in rows} <= default and "terminology" in {row.group(1) for row in rows}
    assert abs(sum(float(row.group(3)) for row in rows) - 100) < 1.5
