"""benchmarks/scaling.py: its generators grow linearly, write files plainlint reads, and its
figures are computed as documented (nothing here is timed)."""

from __future__ import annotations

import html.parser
import json
import sys
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from plainlint.reading.readers import format_for
from plhelpers import ROOT, lint_bytes

sys.path.insert(0, str(ROOT / "benchmarks"))
import scaling  # noqa: E402
import scaling_inputs  # noqa: E402
import scaling_inputs_prose  # noqa: E402

CASES = {case.name: case for case in scaling_inputs.CASES}


@pytest.mark.parametrize("name", CASES)
def test_size_grows_linearly_with_n(name):
    make = CASES[name].make
    sizes = [len(make(n)[1]) for n in (50, 100, 200, 400)]
    for small, big in zip(sizes, sizes[1:]):
        assert 1.8 <= big / small <= 2.2, (name, sizes)


@pytest.mark.parametrize("name", CASES)
def test_output_is_a_file_plainlint_reads(name):
    file_name, data = CASES[name].make(20)
    assert format_for(file_name), file_name
    assert data == CASES[name].make(20)[1]  # deterministic: every run lints the same bytes
    result = lint_bytes(data, file_name)
    assert not [f for f in result.findings if f.severity == "error" and f.code.startswith("PL9")], name


@pytest.mark.parametrize("name", CASES)
def test_output_parses_in_its_format(name):
    file_name, data = CASES[name].make(20)
    text = data.decode("utf-8")
    fmt = format_for(file_name)
    if fmt == "json":
        assert json.loads(text)["macros"]
    elif fmt == "yaml":
        assert len(yaml.safe_load(text)) == 20
    elif fmt in ("html", "template"):
        parser = html.parser.HTMLParser()
        parser.feed(text)
        parser.close()
    elif fmt == "markdown":
        assert MarkdownIt("commonmark").enable(["table"]).parse(text)


def test_zendesk_export_holds_n_macros_with_customer_text():
    data = json.loads(CASES["zendesk_macros"].make(30)[1])
    assert len(data["macros"]) == 30
    assert all(any(a["field"] == "comment_value" for a in m["actions"]) for m in data["macros"])


def test_acronyms_are_distinct():
    assert len({scaling_inputs_prose.acronym(i) for i in range(5000)}) == 5000


def test_growth_figures():
    result = scaling.Result(CASES["dot_run"], startup=0.5)
    for scale, cpu in zip(scaling.SCALES, (1.5, 2.5, 4.5, 8.5)):
        result.cpu[scale] = scaling.Run(cpu, 1)
    assert result.per_4x == (4.0, False)
    assert result.per_doubling[0] == pytest.approx(2.0)
    assert result.passed
    result.cpu[8] = scaling.Run(60.5, 1, timed_out=True)
    assert result.per_4x == (30.0, True)
    assert not result.passed
    del result.cpu[8]
    result.cpu[4] = scaling.Run(40.5, 1, timed_out=True)
    assert result.per_4x == (20.0, True)  # 8x not run: a lower bound from the 4x timeout
    assert "> 9" in scaling.seconds(result, 4, 9)
