"""Every --format, produced for the same findings and parsed back to the same positions.

The reference is `--format json` (the public shape). Each other format is parsed with a real
parser (json, ElementTree, the workflow-command grammar) and must give back the same
path/line/column/rule set; SARIF and rdjson are also validated against their official schemas.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from plhelpers import HEADLINE, ROOT, require_schemas, run_cli as run

ODD_NAME = "help/Q&A, 100% <sure>: billing.md"
FILES = {
    "help/a.md": (
        "# Résumé help 🎉\n\n"
        "Please utilize the form. Your request was\n"
        "reviewed by the team before we could commence work on it.\n\n"
        "Café 𐐀 — simply click [here](https://example.com) to leverage the new flow.\n"
    ),
    "help/b.html": '<html><body><p>In order to continue, click <a href="/x">here</a>.</p><img src="a.png"></body></html>\n',
    "help/clean.md": "Use the form.\n",
    ODD_NAME: "Tab\there: utilize 50% of it.\r\nSecond line, utilize.\r\n",
}
FORMATS = ["text", "concise", "json", "jsonl", "sarif", "github", "gitlab", "checkstyle", "junit", "rdjson"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("kb")
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(text.encode("utf-8"))
    # passive-voice is off by default (issue 26); it gives the finding whose message quotes words across a line break
    (root / ".plainlint.yaml").write_text("extend-select: [passive-voice]\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def outputs(kb):
    result = {}
    for fmt in FORMATS:
        done = run(["check", "--format", fmt, "help"], kb)
        assert done.returncode == 1, done.stderr
        assert done.stderr == ""
        result[fmt] = done.stdout
    return result


@pytest.fixture(scope="module")
def reference(outputs):
    return json.loads(outputs["json"])


def key(path, line, column, end_line, end_column, code):
    return (path, line, column, end_line, end_column, code)


def reference_keys(reference, with_end=True):
    return sorted(
        key(f["path"], f["line"], f["column"], f["end_line"] if with_end else None,
            f["end_column"] if with_end else None, f["code"])
        for f in reference
    )


def line_text(kb, path, line):
    return (kb / path).read_text(encoding="utf-8").splitlines()[line - 1]


def test_fixture_covers_what_formats_get_wrong(reference):
    assert {f["path"] for f in reference} == {"help/a.md", "help/b.html", ODD_NAME}
    assert any(f["line"] != f["end_line"] for f in reference), "needs a finding across lines"
    assert any(f["line"] != f["end_line"] and f["rule"] == "passive-voice" for f in reference), \
        "needs a message quoting words across a line break"
    assert not any(re.search(r"[\r\n\t]", f["message"]) for f in reference), "messages are one line"
    assert any(f["fix"] for f in reference) and any(not f["fix"] for f in reference)


# --- line-based formats --------------------------------------------------------------------



def parse_headlines(text, reference):
    codes = {f["rule"]: f["code"] for f in reference}
    found = []
    for line in text.splitlines():
        match = HEADLINE.match(line)
        if match:
            assert match["code"] in (None, codes[match["rule"]]), line
            found.append(key(match["path"], int(match["line"]), int(match["col"]), None, None, codes[match["rule"]]))
    return sorted(found)


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_text_and_concise_headlines(outputs, reference, fmt):
    assert parse_headlines(outputs[fmt], reference) == reference_keys(reference, with_end=False)
    if fmt == "concise":
        assert len(outputs[fmt].splitlines()) == len(reference), "one line per finding, even for multi-line messages"
        assert all(HEADLINE.match(line)["code"] for line in outputs[fmt].splitlines()), "concise lines carry the code"


def test_jsonl_lines_are_the_json_items(outputs, reference):
    assert [json.loads(line) for line in outputs["jsonl"].splitlines()] == reference


# --- SARIF ---------------------------------------------------------------------------------

def validator(schema_path: Path):
    import jsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_validates_against_the_official_schema(outputs):
    schemas = require_schemas()
    log = json.loads(outputs["sarif"])
    errors = sorted(validator(schemas / "sarif-schema-2.1.0.json").iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def sarif_keys(log, kb):
    run_ = log["runs"][0]
    base = urlparse(run_["originalUriBaseIds"]["%SRCROOT%"]["uri"])
    assert Path(unquote(base.path)) == kb
    found = []
    for result in run_["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = location["region"]
        found.append(key(unquote(location["artifactLocation"]["uri"]), region["startLine"], region["startColumn"],
                         region["endLine"], region["endColumn"], result["ruleId"]))
    return sorted(found)


def test_sarif_positions_rules_and_help(outputs, reference, kb):
    log = json.loads(outputs["sarif"])
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0" and run_["columnKind"] == "unicodeCodePoints"
    assert sarif_keys(log, kb) == reference_keys(reference)
    rules = run_["tool"]["driver"]["rules"]
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    for rule in rules:
        assert rule["help"]["text"].startswith(f"{rule['id']} {rule['name']}")
        assert rule["help"]["markdown"].startswith(f"# {rule['id']} {rule['name']}")
        url = urlparse(rule["helpUri"])
        assert url.scheme == "https" and url.path.endswith(f"/docs/rules/{rule['id']}.md")
        assert (ROOT / "docs" / "rules" / f"{rule['id']}.md").is_file(), "helpUri must point at a committed page"


def apply_line_col_edits(text: str, edits) -> str:
    """Apply (line, column, end_line, end_column, content) edits, columns in code points."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    spans = sorted(((starts[l - 1] + c - 1, starts[el - 1] + ec - 1, content)
                    for l, c, el, ec, content in edits), reverse=True)
    for start, end, content in spans:
        text = text[:start] + content + text[end:]
    return text


def test_sarif_fixes_are_the_json_fixes(outputs, reference, kb):
    results = json.loads(outputs["sarif"])["runs"][0]["results"]
    assert len(results) == len(reference) and any("fixes" in r for r in results)
    for result, finding in zip(results, reference):
        assert result["ruleId"] == finding["code"]
        if finding["fix"] is None:
            assert "fixes" not in result
            continue
        change = result["fixes"][0]["artifactChanges"][0]
        sarif_edits = [(r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"],
                        r["deletedRegion"]["endLine"], r["deletedRegion"]["endColumn"], r["insertedContent"]["text"])
                       for r in change["replacements"]]
        json_edits = [(e["line"], e["column"], e["end_line"], e["end_column"], e["content"]) for e in finding["fix"]["edits"]]
        text = (kb / finding["path"]).read_bytes().decode("utf-8")
        assert apply_line_col_edits(text, sarif_edits) == apply_line_col_edits(text, json_edits) != text


# --- GitHub workflow commands --------------------------------------------------------------

COMMAND = re.compile(r"^::(?P<command>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]], text)


def parse_workflow_command(line: str) -> tuple[str, dict, str]:
    """As the Actions runner reads it: properties split on `,` then the first `=`."""
    match = COMMAND.match(line)
    assert match, line
    props = dict(part.split("=", 1) for part in match["props"].split(","))
    return match["command"], {k: unescape(v) for k, v in props.items()}, unescape(match["message"])


def test_github_commands_parse_back(outputs, reference):
    lines = outputs["github"].splitlines()
    assert len(lines) == len(reference)
    found = []
    for line, finding in zip(lines, reference):
        command, props, message = parse_workflow_command(line)
        assert command == {"warning": "warning", "info": "notice"}[finding["severity"]] and message == finding["message"]
        assert props["title"] == f"{finding['code']} {finding['rule']}"
        if props["line"] != props["endLine"]:
            # The runner drops columns on multi-line annotations, so they are not written.
            assert "col" not in props and "endColumn" not in props
            found.append(key(props["file"], int(props["line"]), finding["column"], int(props["endLine"]),
                             finding["end_column"], finding["code"]))
        else:
            found.append(key(props["file"], int(props["line"]), int(props["col"]), int(props["endLine"]),
                             int(props["endColumn"]), finding["code"]))
    assert sorted(found) == reference_keys(reference)
    assert any(ODD_NAME in k for k in found)


def test_github_escaping():
    from plainlint.output.github import workflow_command

    line = workflow_command("error", {"file": "a,b:c%.md", "title": "x:y"}, "50% done\r\nnext: a, b")
    assert "\n" not in line and "\r" not in line
    assert line == "::error file=a%2Cb%3Ac%25.md,title=x%3Ay::50%25 done%0D%0Anext: a, b"
    assert parse_workflow_command(line) == ("error", {"file": "a,b:c%.md", "title": "x:y"}, "50% done\r\nnext: a, b")


# --- GitLab Code Quality -------------------------------------------------------------------

def test_gitlab_code_quality_report(outputs, reference):
    issues = json.loads(outputs["gitlab"])
    found = []
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        pos = issue["location"]["positions"]
        found.append(key(issue["location"]["path"], pos["begin"]["line"], pos["begin"]["column"],
                         pos["end"]["line"], pos["end"]["column"], issue["check_name"]))
    assert sorted(found) == reference_keys(reference)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)


def test_gitlab_fingerprints_survive_unrelated_line_moves(tmp_path):
    page = "Please utilize the form.\n\nThen utilize it again.\n"
    (tmp_path / "a.md").write_text(page, encoding="utf-8")
    before = json.loads(run(["check", "--format", "gitlab", "a.md"], tmp_path).stdout)
    (tmp_path / "a.md").write_text("# New title\n\nAn intro paragraph.\n\n" + page, encoding="utf-8")
    after = json.loads(run(["check", "--format", "gitlab", "a.md"], tmp_path).stdout)
    assert [i["location"]["positions"]["begin"]["line"] for i in after] == [5, 7]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]
    assert len({i["fingerprint"] for i in after}) == 2


# --- XML -----------------------------------------------------------------------------------

def test_checkstyle_parses_back(outputs, reference):
    root = ET.fromstring(outputs["checkstyle"].encode("utf-8"))
    assert root.tag == "checkstyle"
    names = [f.get("name") for f in root.iter("file")]
    assert sorted(names) == sorted(FILES), "every linted file is listed, clean ones too"
    found = []
    for file_ in root.iter("file"):
        for error in file_.iter("error"):
            assert error.get("severity") in ("warning", "info")  # passive-voice is info (issue 25)
            found.append(key(file_.get("name"), int(error.get("line")), int(error.get("column")), None, None,
                             error.get("source").removeprefix("plainlint.")))
    assert sorted(found) == reference_keys(reference, with_end=False)



def test_xml_attribute_newlines_survive_as_character_references():
    """Messages are one line (hit_to_finding.one_line), but an attribute value must still round-trip any
    text a future field puts there."""
    from plainlint.output.xmltext import element

    root = ET.fromstring(element("error", {"message": "line one\r\n\tline two"}))
    assert root.get("message") == "line one\r\n\tline two"


def test_junit_parses_back(outputs, reference):
    root = ET.fromstring(outputs["junit"].encode("utf-8"))
    assert root.tag == "testsuites"
    assert int(root.get("failures")) == len(reference)
    assert int(root.get("tests")) == len(reference) + 1  # help/clean.md is one passing case
    found = []
    for suite in root.iter("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        for case in suite.iter("testcase"):
            failure = case.find("failure")
            if failure is None:
                assert case.get("classname") == "help/clean.md"
                continue
            match = re.fullmatch(r"(PL\d+) [a-z-]+ at (\d+):(\d+)", case.get("name"))
            assert failure.get("type") == match[1] and case.get("file") == suite.get("name")
            assert re.match(rf"{re.escape(case.get('file'))}:{match[2]}:{match[3]}: (warning|info) \[", failure.text)
            found.append(key(case.get("classname"), int(match[2]), int(match[3]), None, None, match[1]))
    assert sorted(found) == reference_keys(reference, with_end=False)


# --- rdjson --------------------------------------------------------------------------------

def test_rdjson_validates_against_the_reviewdog_schema(outputs):
    schemas = require_schemas()
    result = json.loads(outputs["rdjson"])
    errors = list(validator(schemas / "rdjson" / "DiagnosticResult.json").iter_errors(result))
    assert not errors, errors[0].message if errors else ""
    assert len(result["diagnostics"]) > 0


def byte_to_code_point(line: str, byte_column: int) -> int:
    return len(line.encode("utf-8")[: byte_column - 1].decode("utf-8")) + 1


def test_rdjson_columns_are_utf8_bytes(outputs, reference, kb):
    diagnostics = json.loads(outputs["rdjson"])["diagnostics"]
    found = []
    for diag in diagnostics:
        path = diag["location"]["path"]
        start, end = diag["location"]["range"]["start"], diag["location"]["range"]["end"]
        found.append(key(path, start["line"], byte_to_code_point(line_text(kb, path, start["line"]), start["column"]),
                         end["line"], byte_to_code_point(line_text(kb, path, end["line"]), end["column"]),
                         diag["code"]["value"]))
    assert sorted(found) == reference_keys(reference)
    # On a line with multi-byte characters the byte columns really differ and slice the bytes right.
    simply = next(d for d in diagnostics if d["code"]["value"] == "PL202")
    line = line_text(kb, "help/a.md", simply["location"]["range"]["start"]["line"]).encode("utf-8")
    rng = simply["location"]["range"]
    assert line[rng["start"]["column"] - 1: rng["end"]["column"] - 1] == b"simply"
    assert rng["start"]["column"] != next(f for f in reference if f["code"] == "PL202")["column"]


def test_rdjson_error_entries_have_their_column_in_utf8_bytes(tmp_path):
    """A JSON syntax error had its line but no column; like a finding's, it counts UTF-8 bytes."""
    text = '{"body": "caf\u00e9 \u00e9",}'
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    done = run(["check", "--format", "rdjson", "bad.json"], tmp_path)
    (diag,) = json.loads(done.stdout)["diagnostics"]
    assert diag["severity"] == "ERROR"
    column = text.encode("utf-8").rindex(b",") + 1  # the trailing comma is the error
    assert diag["location"]["range"] == {"start": {"line": 1, "column": column}}
    assert f"bad.json:1:{text.rindex(',') + 1}: error:" in done.stderr  # the text report counts characters


def test_rdjson_suggestions_apply_like_json_fixes(outputs, reference, kb):
    diagnostics = json.loads(outputs["rdjson"])["diagnostics"]
    for diag, finding in zip(diagnostics, reference):
        if finding["fix"] is None:
            assert "suggestions" not in diag
            continue
        lines = (kb / finding["path"]).read_text(encoding="utf-8").splitlines()
        for suggestion, edit in zip(diag["suggestions"], finding["fix"]["edits"]):
            start, end = suggestion["range"]["start"], suggestion["range"]["end"]
            assert suggestion["text"] == edit["content"]
            assert (start["line"], byte_to_code_point(lines[start["line"] - 1], start["column"])) == (edit["line"], edit["column"])
            assert (end["line"], byte_to_code_point(lines[end["line"] - 1], end["column"])) == (edit["end_line"], edit["end_column"])


# --- the same findings everywhere ----------------------------------------------------------

def test_every_format_is_registered_and_tested():
    from plainlint.output import FORMATS as REGISTERED

    assert list(REGISTERED) == FORMATS


def test_unreadable_file_is_reported_inside_machine_formats(tmp_path):
    (tmp_path / "latin.md").write_bytes("Caf\xe9 utilize\n".encode("latin-1"))
    github = run(["check", "--format", "github", "latin.md"], tmp_path)
    assert github.returncode == 2
    command, props, message = parse_workflow_command(github.stdout.splitlines()[0])
    assert (command, props["file"], props["line"]) == ("error", "latin.md", "1")
    sarif = json.loads(run(["check", "--format", "sarif", "latin.md"], tmp_path).stdout)
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 4
    junit = ET.fromstring(run(["check", "--format", "junit", "latin.md"], tmp_path).stdout)
    assert junit.get("errors") == "1"
    checkstyle = ET.fromstring(run(["check", "--format", "checkstyle", "latin.md"], tmp_path).stdout)
    assert checkstyle.find("file/error").get("source") == "plainlint.read-error"


@pytest.fixture
def broken(tmp_path):
    """A file that cannot be read (an error at 1:4), one that does not exist, one with a finding."""
    (tmp_path / "latin.md").write_bytes("Caf\xe9 utilize\n".encode("latin-1"))
    (tmp_path / "bad.md").write_text("Please utilize the form.\n", encoding="utf-8")
    return tmp_path


def broken_run(folder, fmt):
    done = run(["check", "--format", fmt, "latin.md", "gone.md", "bad.md"], folder)
    assert done.returncode == 2
    return done.stdout


ERROR_ENTRY = {"rule": None, "code": None, "category": "error", "severity": "error", "suggestions": [],
               "fix": None, "context": {}}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_file_errors_are_entries_in_json_and_jsonl(broken, fmt):
    text = broken_run(broken, fmt)
    entries = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    errors = [e for e in entries if e["category"] == "error"]
    assert [e["path"] for e in errors] == ["gone.md", "latin.md"]
    for entry in errors:
        assert list(entry) == ["path", "line", "column", "end_line", "end_column", "rule", "code", "category",
                               "severity", "message", "suggestions", "fix", "context", "related"]  # a finding's keys
        assert {k: entry[k] for k in ERROR_ENTRY} == ERROR_ENTRY
    gone, latin = errors
    assert (gone["line"], gone["column"], gone["message"]) == (None, None, "no such file or directory")
    assert (latin["line"], latin["column"]) == (1, 4)
    assert latin["message"].startswith("not valid utf-8 at byte offset 3")
    assert [e["path"] for e in entries if e["rule"] is not None] == ["bad.md"]


def test_file_errors_are_blocker_issues_in_gitlab(broken):
    issues = json.loads(broken_run(broken, "gitlab"))
    errors = [i for i in issues if i["severity"] == "blocker"]
    where = [(i["location"]["path"], i["location"]["lines"]["begin"]) for i in errors]
    assert where == [("gone.md", 1), ("latin.md", 1)]
    assert all(i["type"] == "issue" and i["check_name"] and i["description"] and len(i["fingerprint"]) == 64
               for i in errors)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert [i["check_name"] for i in issues if i["severity"] != "blocker"] == ["PL101"]


def test_file_errors_are_error_diagnostics_in_rdjson(broken):
    result = json.loads(broken_run(broken, "rdjson"))
    errors = [d for d in result["diagnostics"] if d["severity"] == "ERROR" and "code" not in d]
    assert [(d["location"]["path"], d["location"].get("range")) for d in errors] == [
        ("gone.md", None), ("latin.md", {"start": {"line": 1}})]
    schemas = require_schemas()
    problems = list(validator(schemas / "rdjson" / "DiagnosticResult.json").iter_errors(result))
    assert not problems, problems[0].message if problems else ""


def test_empty_runs_are_valid_documents(tmp_path):
    (tmp_path / "ok.md").write_text("Use the form.\n", encoding="utf-8")
    for fmt in FORMATS:
        done = run(["check", "--format", fmt, "ok.md"], tmp_path)
        assert done.returncode == 0, (fmt, done.stderr)
        if fmt in ("json", "gitlab"):
            assert json.loads(done.stdout) == []
        elif fmt in ("sarif", "rdjson"):
            json.loads(done.stdout)
        elif fmt in ("checkstyle", "junit"):
            ET.fromstring(done.stdout)
        elif fmt != "text":
            assert done.stdout == ""
