"""scripts/build_heldout_corpus.py on throw-away git repositories: it copies every Markdown file
of each clone's HEAD under heldout/<folder>/ and writes a MANIFEST.tsv the label tools read."""

import subprocess

import pytest

from plhelpers import labels_script, script_module


def build_script():
    return script_module("scripts/build_heldout_corpus.py")


def make_clone(path, files):
    path.mkdir()
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "-C", str(path), "add", "."], check=True)
    subprocess.run(["git", "-C", str(path), "-c", "user.name=t", "-c", "user.email=t@example.com",
                    "commit", "-q", "-m", "x"], check=True)


@pytest.mark.process
def test_copies_markdown_of_every_source_and_writes_the_manifest(tmp_path):
    script = build_script()
    pairs = []
    for name in script.SOURCES:
        make_clone(tmp_path / name, {"docs/a.md": f"# {name}\n", "docs/b.yml": "x: 1\n"})
        pairs += ["--clone", f"{name}={tmp_path / name}"]
    out = tmp_path / "out"
    assert script.main(["--out", str(out), *pairs]) == 0
    exchange = out / "heldout" / "ms-exchange-docs" / "docs"
    assert (exchange / "a.md").read_text(encoding="utf-8") == "# OfficeDocs-Exchange\n"
    assert not (exchange / "b.yml").exists()
    support = out / "heldout" / "ms-office-support-docs" / "docs" / "a.md"
    assert support.read_text(encoding="utf-8") == "# OfficeDocs-Support\n"
    manifest = labels_script().read_manifest(out)
    assert manifest == {f"heldout/{folder}": script.LICENCES.get(name, "CC-BY-4.0")
                        for name, folder in script.SOURCES.items()}
    assert manifest["heldout/homebrew-docs"] == "BSD-2-Clause"


@pytest.mark.process
def test_clones_from_mirror_finds_every_source_where_the_fetch_tool_leaves_it(tmp_path):
    script = build_script()
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for name in script.SOURCES:
        owner = script.OWNERS.get(name, "MicrosoftDocs")
        (mirror / f"{owner}+{script.REPOSITORY_NAMES.get(name, name)}").mkdir(exist_ok=True)
        make_clone(mirror / f"{owner}+{script.REPOSITORY_NAMES.get(name, name)}" / "repo",
                   {f"{script.FOLDERS.get(name, '')}a.md": f"# {name}\n"})
    out = tmp_path / "out"
    assert script.main(["--out", str(out), "--clones-from-mirror", "--mirror", str(mirror)]) == 0
    bitwarden = out / "heldout" / script.SOURCES["help"] / script.FOLDERS.get("help", "") / "a.md"
    assert bitwarden.read_text(encoding="utf-8") == "# help\n"
    rows = (out / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + len(script.SOURCES)
    assert any("\tbitwarden/help\t" in row for row in rows)


def test_a_missing_source_is_named(tmp_path):
    with pytest.raises(SystemExit, match="missing --clone for .*OfficeDocs-Exchange"):
        build_script().main(["--out", str(tmp_path), "--clone", f"OfficeDocs-O365ITPro={tmp_path}"])


def test_the_support_articles_and_powershell_docs_are_sources():
    """OfficeDocs-Support (seed 47 of the spelling labels) and PowerShell-Docs (seed 48), whose
    licence file is LICENSE.md, are built with the first five."""
    script = build_script()
    assert script.SOURCES["OfficeDocs-Support"] == "ms-office-support-docs"
    assert script.SOURCES["PowerShell-Docs"] == "ms-powershell-docs"
    assert script.LICENCE_FILES["PowerShell-Docs"] == "LICENSE.md"
    assert script.LICENCE_FILES["brew"] == "LICENSE.txt"


def test_the_dynamics_help_repositories_are_sources():
    """Business Central and Contact Center user help (sensory-directions seed 43, issue 30) and the
    MDOP docs (seed 44): user interface help from sources ../shared/corpus does not hold."""
    script = build_script()
    assert script.SOURCES["dynamics365smb-docs"] == "ms-business-central-docs"
    assert script.SOURCES["dynamics-365-contact-center"] == "ms-contact-center-docs"
    assert script.SOURCES["mdop-docs"] == "ms-mdop-docs"


def test_the_spelling_seed_55_and_56_sources_are_in_no_corpus():
    """The samples drawn by spell (issue 33) come from repositories that ../shared/corpus does not
    hold; OfficeDocs-SharePoint and OfficeDocs-DeployOffice are its bench/ folders, so not here."""
    script = build_script()
    assert {"mdop-docs", "windows-ai-docs", "windows-insider", "dynamics-365-contact-center", "brew"} <= set(script.SOURCES)
    assert not {"OfficeDocs-SharePoint", "OfficeDocs-DeployOffice"} & set(script.SOURCES)
    assert script.OWNERS["brew"] == "Homebrew"
    assert "OfficeDocs-Support" not in script.OWNERS  # MicrosoftDocs, the default owner


def test_the_spelling_seed_104_sources_keep_text_only_where_permissive():
    """spell14 (issue 33): four end-user help sites for the blind check after round 13; only Music
    Assistant's docs (Apache-2.0) may be quoted in labels."""
    script = build_script()
    names = {"antennapod.github.io": "antennapod-docs", "music-assistant.io": "music-assistant-docs",
             "prismlauncher.org": "prismlauncher-wiki", "librephotos.docs": "librephotos-docs"}
    assert {name: script.SOURCES[name] for name in names} == names
    assert {name: script.LICENCES[name] for name in names} == {
        "antennapod.github.io": "NOASSERTION", "music-assistant.io": "Apache-2.0",
        "prismlauncher.org": "AGPL-3.0-only", "librephotos.docs": "NOASSERTION"}
    assert script.FOLDERS["antennapod.github.io"] == "_documentation/"


@pytest.mark.process
def test_a_source_with_a_folder_gives_only_that_folder_and_its_mdx(tmp_path):
    """Obsidian's help repository holds one vault per language; only en/ is held out, and
    Hoppscotch's pages are MDX."""
    script = build_script()
    pairs = []
    for name in script.SOURCES:
        make_clone(tmp_path / name, {"en/a.md": "# en\n", "fr/a.md": "# fr\n", "en/b.mdx": "# mdx\n"})
        pairs += ["--clone", f"{name}={tmp_path / name}"]
    out = tmp_path / "out"
    assert script.main(["--out", str(out), *pairs]) == 0
    obsidian = out / "heldout" / "obsidian-help-docs"
    assert sorted(p.relative_to(obsidian).as_posix() for p in obsidian.rglob("*.md*")) == ["en/a.md", "en/b.mdx"]
    assert (out / "heldout" / "hoppscotch-docs" / "fr" / "a.md").exists()
    rows = (out / "MANIFEST.tsv").read_text(encoding="utf-8")
    assert "heldout/plausible-docs\tplausible/docs\t" in rows
    assert labels_script().read_manifest(out)["heldout/plausible-docs"] == "CC-BY-SA-4.0"


@pytest.mark.process
def test_saved_replies_come_file_by_file_from_mirrors_or_saved_copies_and_keep_other_rows(tmp_path):
    """Session 12 (replies3): each saved-replies repository gives only its listed files, from a
    fetched git directory (<owner>+<name>/repo) or a folder of files saved at a stated commit;
    without --clone the other MANIFEST rows stay as they were."""
    script = build_script()
    out, mirror, copies = tmp_path / "out", tmp_path / "mirror", []
    out.mkdir()
    (out / "MANIFEST.tsv").write_text("\t".join(script.MANIFEST_FIELDS) + "\n"
                                      "heldout/hugo-docs\tgohugoio/hugoDocs\tabc\tcontent/**/*.md(x)\tApache-2.0\t"
                                      "content/LICENSE.md\t1\tkept\n", encoding="utf-8")
    mirror.mkdir()
    for index, (repository, (_, _, names)) in enumerate(script.REPLY_SOURCES.items()):
        files = {name: f"# {repository} {name}\n" for name in names} | {"other.md": "# not listed\n"}
        if index % 2:
            (mirror / repository.replace("/", "+")).mkdir()
            make_clone(mirror / repository.replace("/", "+") / "repo", files)
        else:
            saved = tmp_path / "saved" / repository.replace("/", "+")
            for name, text in files.items():
                (saved / name).parent.mkdir(parents=True, exist_ok=True)
                (saved / name).write_text(text, encoding="utf-8")
            copies += ["--file-copy", f"{repository}@{'a' * 40}={saved}"]
    assert script.main(["--out", str(out), "--replies", "--mirror", str(mirror), *copies]) == 0
    nx = out / "heldout" / "fresh-support" / "nrwl-nx" / ".github" / "SAVED_REPLIES.md"
    assert nx.read_text(encoding="utf-8") == "# nrwl/nx .github/SAVED_REPLIES.md\n"
    assert not (out / "heldout" / "fresh-support" / "nrwl-nx" / "other.md").exists()
    manifest = labels_script().read_manifest(out)
    assert manifest["heldout/hugo-docs"] == "Apache-2.0"
    assert manifest["heldout/fresh-support/10up-.github"] == "NOASSERTION"
    assert manifest["heldout/fresh-support/angular-angular-cli"] == "MIT"
    assert f"heldout/fresh-support/angular-angular-cli\tangular/angular-cli\t{'a' * 40}\t" in (out / "MANIFEST.tsv").read_text()


@pytest.mark.parametrize("folder", ["REPLIES_FOLDER", "EMAILS_FOLDER"])
def test_the_file_set_folders_say_nothing_about_the_kind(folder):
    """A held-out file's kind must come from its own path and text, as in its repository: a folder
    named `fresh-replies` made every file below it a reply (replies6)."""
    from plainlint.reading.kinds import path_signals

    set_folder = getattr(build_script(), folder)
    assert path_signals(f"{set_folder}/owner-name/docs/guide.md") == []
    assert path_signals(f"{set_folder}/owner-name/SAVED_REPLIES.md") == ["saved-reply file name"]


def _manifest_with_one_reply_row(script, out) -> None:
    """A MANIFEST.tsv holding one row of an earlier reply source, which a build must keep."""
    (out / "MANIFEST.tsv").write_text("\t".join(script.MANIFEST_FIELDS) + "\n"
                                      "heldout/fresh-support/nrwl-nx\tnrwl/nx\tabc\t.github/SAVED_REPLIES.md\tMIT\t"
                                      "LICENSE\t1\tkept\n", encoding="utf-8")


@pytest.mark.process
def test_only_copies_the_named_repositories_and_keeps_the_other_rows(tmp_path):
    """Session 15 (replies6): a session's new sources are added without the mirrors of the others."""
    script = build_script()
    out, mirror = tmp_path / "out", tmp_path / "mirror"
    out.mkdir()
    _manifest_with_one_reply_row(script, out)
    repository = "ncomputers/neo"
    (mirror / "ncomputers+neo").mkdir(parents=True)
    make_clone(mirror / "ncomputers+neo" / "repo", {name: "# macros\n" for name in script.REPLY_SOURCES[repository][2]})
    assert script.main(["--out", str(out), "--replies", "--mirror", str(mirror), "--only", repository]) == 0
    manifest = labels_script().read_manifest(out)
    assert set(manifest) == {"heldout/fresh-support/nrwl-nx", "heldout/fresh-support/ncomputers-neo"}
    assert (out / "heldout" / "fresh-support" / "ncomputers-neo" / "docs" / "SUPPORT_MACROS.md").exists()
    with pytest.raises(SystemExit, match="--only wants"):
        script.main(["--out", str(out), "--replies", "--mirror", str(mirror), "--only", "someone/else"])


def test_a_reply_source_neither_fetched_nor_saved_is_named(tmp_path):
    with pytest.raises(SystemExit, match="no git directory"):
        build_script().main(["--out", str(tmp_path), "--replies", "--mirror", str(tmp_path)])


@pytest.mark.process
def test_email_templates_come_by_glob_from_a_mirror_and_keep_other_rows(tmp_path):
    """Session 12 (emails4): --emails copies each EMAIL_SOURCES repository's files matching its
    globs to heldout/fresh-emails/<owner>-<name>/, one MANIFEST row each, the reply rows kept."""
    script = build_script()
    out, mirror = tmp_path / "out", tmp_path / "mirror"
    out.mkdir()
    _manifest_with_one_reply_row(script, out)
    mirror.mkdir()
    for repository, (_, _, names) in script.EMAIL_SOURCES.items():
        (mirror / repository.replace("/", "+")).mkdir()
        listed = {name: "<p>Listed</p>\n" for name in names if "*" not in name}  # read by name, not globbed
        make_clone(mirror / repository.replace("/", "+") / "repo",
                   {"templates/emails/welcome.html": "<p>Hi there</p>\n",
                    "flask_security/templates/security/email/welcome.txt": "Welcome!\n",
                    "README.md": "# not an e-mail\n", **listed})
    assert script.main(["--out", str(out), "--emails", "--mirror", str(mirror)]) == 0
    healthchecks = out / "heldout" / "fresh-emails" / "healthchecks-healthchecks"
    assert (healthchecks / "templates" / "emails" / "welcome.html").read_text(encoding="utf-8") == "<p>Hi there</p>\n"
    assert not (healthchecks / "README.md").exists()
    manifest = labels_script().read_manifest(out)
    assert manifest["heldout/fresh-support/nrwl-nx"] == "MIT"
    assert manifest["heldout/fresh-emails/dani-garcia-vaultwarden"] == "AGPL-3.0-only"
    assert not labels_script().is_permissive(manifest["heldout/fresh-emails/bookwyrm-social-bookwyrm"])


@pytest.mark.process
def test_add_builds_only_the_given_sources_and_keeps_the_other_rows(tmp_path):
    """--add (session 13): one new help centre is built; the MANIFEST rows already there stay."""
    script = build_script()
    out = tmp_path / "out"
    out.mkdir()
    (out / "MANIFEST.tsv").write_text("\t".join(script.MANIFEST_FIELDS) + "\n"
                                      "heldout/hugo-docs\tgohugoio/hugoDocs\t" + "a" * 40
                                      + "\tcontent/**/*.md(x)\tApache-2.0\tcontent/LICENSE.md\t3\tkept\n",
                                      encoding="utf-8")
    make_clone(tmp_path / "jitsi", {"docs/user-guide/basic.md": "# Basic\n", "docs/dev-guide/x.md": "# Dev\n"})
    assert script.main(["--out", str(out), "--add", "--clone", f"jitsi-handbook={tmp_path / 'jitsi'}"]) == 0
    assert (out / "heldout" / "jitsi-user-guide" / "docs" / "user-guide" / "basic.md").exists()
    assert not (out / "heldout" / "jitsi-user-guide" / "docs" / "dev-guide").exists()
    assert labels_script().read_manifest(out) == {"heldout/hugo-docs": "Apache-2.0",
                                                  "heldout/jitsi-user-guide": "Apache-2.0"}


def test_without_add_a_partial_set_of_clones_is_still_refused(tmp_path):
    with pytest.raises(SystemExit, match="missing --clone"):
        build_script().main(["--out", str(tmp_path), "--clone", f"anki-manual={tmp_path}"])


@pytest.mark.process
def test_a_source_of_html_pages_copies_its_pages_and_not_its_markdown(tmp_path):
    """The Ardour manual (trial5) is HTML: SUFFIXES names what is copied from its folder."""
    script = build_script()
    clone = tmp_path / "manual"
    make_clone(clone, {"include/a.html": "<p>A page.</p>\n", "include/b.md": "# Not a page\n",
                       "README.md": "# Readme\n"})
    out = tmp_path / "out"
    assert script.main(["--out", str(out), "--add", "--clone", f"manual={clone}"]) == 0
    folder = out / "heldout" / "ardour-manual" / "include"
    assert sorted(p.name for p in folder.iterdir()) == ["a.html"]
    row = (out / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1].split("\t")
    assert row[:2] == ["heldout/ardour-manual", "Ardour/manual"] and row[3] == "include/**/*.html"
    assert row[4:7] == ["NOASSERTION", "(none)", "1"]


def test_fresh_labels_leaves_out_rules_that_are_off_by_default_by_name():
    """--leave-out PL104 PL502 (both off by default) is stored as the names findings carry."""
    fresh = script_module("scripts/fresh_labels.py")
    assert fresh.rule_names(["PL104", "PL502", "jargon"]) == ["jargon", "spelling", "undefined-acronym"]


@pytest.mark.process
def test_only_takes_a_macro_export_source_too(tmp_path):
    """acr17: `--exports --only` refused every export repository (the check named only the reply
    and e-mail sets), so one export could not be rebuilt without the saved copies of the others."""
    script = build_script()
    out, mirror = tmp_path / "out", tmp_path / "mirror"
    out.mkdir()
    repository = "vatsalkaushik/Gumroad-Help-Index"
    (mirror / "vatsalkaushik+Gumroad-Help-Index").mkdir(parents=True)
    make_clone(mirror / "vatsalkaushik+Gumroad-Help-Index" / "repo", {"saved_replies.json": "{}\n"})
    assert script.main(["--out", str(out), "--exports", "--mirror", str(mirror), "--only", repository]) == 0
    assert (out / "heldout" / "fresh-exports" / "vatsalkaushik-Gumroad-Help-Index" / "saved_replies.json").exists()


@pytest.mark.process
def test_a_docusaurus_config_above_a_copied_file_is_copied_too(tmp_path):
    """A Docusaurus site reads its `.md` files as MDX unless its config says otherwise
    (reading/docusaurus.py), so the held-out copy keeps the config that decides (docu32); not a
    config with no copied file below it, nor Docusaurus's generated `.docusaurus/` copy."""
    clone = tmp_path / "site"
    make_clone(clone, {"docusaurus.config.ts": "export default {};\n", "docs/a.md": "# A\n",
                       "other/docusaurus.config.js": "module.exports = {};\n", "other/x.txt": "x\n",
                       "docs/.docusaurus/docusaurus.config.mjs": "export default {};\n"})
    out = tmp_path / "out"
    commit, count = build_script().copy_markdown(clone, out)
    assert count == 1
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "docs/a.md", "docusaurus.config.ts"]
