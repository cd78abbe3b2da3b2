"""A Rails app's YAML (user37): a walk from its root skips test fixtures, VCR cassettes and
`config/*.yml` as an app's own data, not support content, and still reads `config/locales/`;
named, such a file is read: ERB runs before YAML in Rails, so a file that is YAML only once its
ERB tags are masked is read that way, and a YAML 1.1 or Ruby tag (`!binary`, `!ruby/object:X`)
is read as its scalar, never an error. Texts invented in the shape of maybe-finance's files."""

from __future__ import annotations

import json

from plhelpers import lint_bytes, run_cli as run

FIXTURE = 'avatar_blob: <%= ActiveStorage::FixtureSet.blob filename: "avatar.png" %>\n'
CASSETTE = ("---\nhttp_interactions:\n- response:\n    body:\n      encoding: ASCII-8BIT\n"
            "      string: !binary |-\n        aGVsbG8gd29ybGQ=\n")
DATABASE = "production:\n  adapter: postgresql\n  database: <%= ENV['DB'] %>\n"
LOCALE = "en:\n  mailer:\n    reset: Please utilize the link below to choose a new password.\n"
APP = {
    "test/fixtures/active_storage/blobs.yml": FIXTURE,
    "test/vcr_cassettes/provider/release.yml": CASSETTE,
    "spec/fixtures/users.yml": "alice:\n  bio: Please utilize the form to reach us today.\n",
    "spec/cassettes/search.yml": "body: Please utilize the form to reach us today.\n",
    "config/database.yml": DATABASE,
    "config/storage.yml": "local:\n  service: Disk\n",
    "config/locales/en.yml": LOCALE,
}


def paths_of(done) -> list[str]:
    return sorted({entry["path"] for entry in json.loads(done.stdout)})


def _app(tmp_path):
    for name, text in APP.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_walk_from_a_rails_root_reads_the_locales_only(tmp_path):
    done = run(["check", "--format", "json", "."], _app(tmp_path))
    assert paths_of(done) == ["config/locales/en.yml"], done.stdout
    assert done.returncode == 1, done.stderr  # the locale's finding, no unreadable file


def test_named_fixtures_and_cassettes_are_read_without_an_error(tmp_path):
    _app(tmp_path)
    names = ["test/fixtures/active_storage/blobs.yml", "test/vcr_cassettes/provider/release.yml",
             "config/database.yml"]
    done = run(["check", *names], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "could not be read" not in done.stdout and "error" not in done.stderr


def test_erb_in_yaml_is_masked_and_positions_hold():
    data = (b'one:\n  name: <%= "Alice: admin" %>\n  message: Please utilize the form. It works well now.\n'
            b"<% 3.times do |i| %>\nrow_<%= i %>:\n  message: Then utilize the other form. It is right here.\n"
            b"<% end %>\n")
    result = lint_bytes(data, "test.yml", select=["jargon"])
    assert result.error is None
    assert [(f.line, f.column, f.flagged) for f in result.findings] == [(3, 19, "utilize"), (6, 17, "utilize")]
    # Invalid with its ERB masked too: the error is the one for the text as written.
    result = lint_bytes(b'a: <%= x %>\nb: c: d\n', "test.yml")
    assert result.error is not None and (result.error.line, result.error.column) == (2, 5)


def test_yaml_1_1_and_ruby_tags_are_read_as_their_scalars():
    data = (CASSETTE + "    amount: !ruby/object:BigDecimal 18:0.1e2\n"
            "    text: !ruby/string Please utilize this form today, it works.\n").encode()
    result = lint_bytes(data, "release.yml", select=["jargon"])
    assert result.error is None
    assert [(f.line, f.column, f.flagged) for f in result.findings] == [(9, 31, "utilize")]
    # A tag the safe constructor knows, with a value it cannot take, is still an error.
    result = lint_bytes(b"- title: A\n  body: We use it.\n  count: !int many\n", "macros.yaml")
    assert "invalid YAML value" in result.error.message


def test_a_masked_erb_output_tag_reads_as_a_placeholder_and_stays_a_template_tag():
    """rev38: no test told an output tag masked as a placeholder from one masked as spaces, nor
    asked that the masked tags stay template tags (where no fix may touch them)."""
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    text = ('one:\n  name: <%= "Alice: admin" %>\n  message: Please use the form, <%= name %>. It works well now.\n'
            "<% 3.times do |i| %>\nrow_<%= i %>:\n  message: Then use the other form. It is right here.\n<% end %>\n")
    doc = read_document(Source("test.yml", text), "yaml")
    assert [segment.text for segment in doc.segments] == [
        "Please use the form, X. It works well now.", "Then use the other form. It is right here."]
    assert [text[tag.start:tag.end] for tag in doc.template_tags] == [
        '<%= "Alice: admin" %>', "<%= name %>", "<% 3.times do |i| %>", "<%= i %>", "<% end %>"]
