"""Files that are not support content although their extension says they could be: tools'
configuration and legal boilerplate. Discovery skips them in walks (and under --force-exclude);
the structured reader does not guess reply strings in them."""

from __future__ import annotations

import functools
import re

# JSON and YAML files that configure tools rather than hold replies; skipped when walking folders
# and, with --force-exclude, when named (pre-commit names every staged file); named without
# --force-exclude, they are still read.
TOOLING_FILES = [
    "package.json", "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock",
    "composer.json", "composer.lock", "tsconfig*.json", "jsconfig*.json", ".eslintrc*", ".prettierrc*",
    ".stylelintrc*", ".babelrc*", "renovate.json", ".renovaterc*", "lerna.json", "turbo.json",
    "vercel.json", "netlify.toml", "firebase.json", "app.json", "manifest.json", "*.schema.json",
    ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", ".plainlint.yaml", ".plainlint.yml", ".markdownlint*",
    ".yamllint*", ".vale.ini", "mkdocs.yml", "_config.yml", "docker-compose*.yml", "compose*.yaml",
    "Chart.yaml", "pubspec.yaml", "environment.yml", "codecov.yml", ".readthedocs.y*ml",
    ".github/workflows/*", ".github/dependabot.yml", ".gitlab-ci.yml", ".circleci/*", "*.lock",
    "action.yml", "action.yaml",
    # An app's own test data and settings, which a walk from a Rails app's root reached (user37: a
    # walk of maybe-finance exited 2 on two of them and gave 71 notices):
    # Rails fixtures: database rows for tests, read through ERB before YAML (`<%= ... %>` values).
    "**/test/fixtures/**/*.yml", "**/spec/fixtures/**/*.yml",
    # VCR cassettes: recorded HTTP exchanges (`!binary` bodies, whole API responses), in the
    # folders VCR's documentation and Rails apps name `cassette_library_dir`.
    "**/vcr_cassettes/**", "**/cassettes/**",
    # Rails `config/*.yml` (database, storage, cable, sidekiq, i18n-tasks): the app's settings. Its
    # customer-facing text is in `config/locales/`, a folder below, which this does not match.
    "**/config/*.yml", "**/config/*.yaml",
    # Ruby and front-end linters' configs beside them (RuboCop, erb_lint, Biome), Compose's other
    # file names (`compose.example.yml`) and a dev container's settings.
    ".rubocop*.yml", ".erb[-_]lint.yml", "biome.json", "compose*.yml",
    # Editors' and coding assistants' settings folders, at any depth (user38: `.vscode/settings.json`
    # and `.claude/settings.json` each got a "no customer-facing strings" notice, the pre-commit hook
    # one per staged file): VS Code, JetBrains IDEs, Claude Code, Cursor, dev containers. Only their
    # JSON, YAML and text files, as for every pattern here: a Markdown file below (an assistant's
    # reply templates, `.claude/skills/*/reply_templates.md`) is still read.
    "**/.vscode/**", "**/.idea/**", "**/.claude/**", "**/.cursor/**", "**/.devcontainer/**",
    # llmstxt.org's files, generated from a site's pages for language models: `llms-full.txt` is
    # every page again (user37: half of wagtail/guide's findings were repeats), `llms.txt` their
    # list; `-ctx` (llms_txt2ctx) and `-small` (starlight-llms-txt) are the same pages made shorter.
    "llms.txt", "llms-full.txt", "llms-small.txt", "llms-ctx.txt", "llms-ctx-full.txt",
]

# The suffixes of the files TOOLING_FILES names: a walk matches only these against it.
TOOLING_SUFFIXES = (".json", ".yaml", ".yml", ".txt")


# Licence and legal boilerplate (LICENSE.md, LICENCE, COPYING.txt, COPYING.LESSER, NOTICE.md,
# LICENSE-MIT): legal text, not support content, and in one repository half of all findings.
# Treated as tooling files: skipped in walks and under --force-exclude, linted when named.
# A suffix after - or _ is in capitals or digits (LICENSE-MIT, LICENSE_1_0.txt), so that pages
# about licences (license-keys.md) are still read. Such a file is named in capitals (the FSF's and
# GitHub's convention) or, in another case, sits at a repository's root (`license.md`, where
# GitHub's licence detection looks): a `license.mdx` or `notice.md` in a docs folder is a help
# page (how to activate a licence key, a "notice" shortcode; user33: 12 such pages in the held-out
# folder, the uppercase ones all boilerplate).
_LEGAL_BOILERPLATE = re.compile(r"(?i:(licen[cs]e|copying|notice))(?:[-_][A-Z0-9][A-Z0-9._-]*)?(?:\.[^/]*)?")


def is_legal_boilerplate(name: str, at_root: bool = True) -> bool:
    """Whether a file name (its last component) is a licence, copying or notice file: named in
    capitals, or in any case when the file is at a repository's root (`at_root`)."""
    found = _LEGAL_BOILERPLATE.fullmatch(name.rsplit("/", 1)[-1])
    return found is not None and (at_root or found.group(1).isupper())


@functools.lru_cache(maxsize=1)
def tooling_spec():
    return gitignore_spec(TOOLING_FILES)


def is_tooling_file(relative: str) -> bool:
    """Whether a path (POSIX, relative to the project or current folder) is a tool's config
    or legal boilerplate (a licence file; in lower case only at the top, the repository's root
    when pre-commit names it)."""
    return is_legal_boilerplate(relative, at_root="/" not in relative) or tooling_spec().match_file(relative)


def gitignore_spec(lines: list[str]):
    """A gitignore matcher; pathspec is imported only by runs that need one (not `check one.md`)."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)
