"""What each key of the config file means and holds: the declarations the validator, the JSON
Schema (`python -m plainlint.config.json_schema`) and the docs share. Keys whose values have a structure of
their own (rules, overrides, suppress, kinds) are described by the schema generator from the
rules' own declarations."""

from __future__ import annotations

from ..enums import Severity
from ..reading.docusaurus import FORMATS
from ..reading.kinds import KINDS
from ..rules.base import Option

SELECTORS = "codes (PL101), code prefixes (PL1), rule names, categories or ALL"

CONFIG_KEYS: dict[str, Option] = {
    "extend": Option("", "another config file to start from (a path relative to this one); "
                         "this file's keys replace its keys"),
    "select": Option([], f"the rules to run, and only those: {SELECTORS}", kind="phrases"),
    "extend-select": Option([], f"rules to run besides the defaults: {SELECTORS}", kind="phrases"),
    "ignore": Option([], f"rules not to run: {SELECTORS}", kind="phrases"),
    "extend-ignore": Option([], f"more rules not to run: {SELECTORS}", kind="phrases"),
    "fail-level": Option("warning", "the lowest severity that makes the exit code 1",
                         choices=tuple(Severity)),
    "include": Option([], "extra files to lint besides the known extensions (globs)", kind="phrases"),
    "exclude": Option([], "files and folders never linted unless named (globs)", kind="phrases"),
    "extend-exclude": Option([], "more files and folders never linted (globs)", kind="phrases"),
    "allow": Option([], "phrases no rule flags (capitals = case-sensitive)", kind="phrases"),
    "language": Option("", "the files' language (en, fr, ...); English word rules skip other languages"),
    "encoding": Option("", "the files' encoding when not declared (utf-8, windows-1252, ...)"),
    "templates": Option([], "template syntaxes to mask besides those detected; jinja or liquid sets the "
                            "dialect instead of detecting it per file ({# #} is a comment in Jinja only)",
                        kind="phrases"),
    "translation-helpers": Option([], "names of a project's own helper or macro functions whose first string "
                                      "argument is prose, read where it stands in {{ name('...') }} or "
                                      "<%= name('...') %> (e.g. _fsdomain, render_text); gettext's own are read "
                                      "without it", kind="phrases"),
    "respect-gitignore": Option(True, "skip files that .gitignore ignores"),
    "fields": Option([], "JSON/YAML keys or paths whose strings are linted "
                         "(e.g. 'macros[].actions[field=comment_value].value')", kind="phrases"),
    "max-file-size": Option(0, "files larger than this are not read (bytes, or '10MB', '512KB')", kind="integer"),
    "lint-fenced": Option([], "fence languages whose fenced blocks are read as prose (saved replies kept "
                              "in ```md fences): md, markdown, text, txt, plain, plaintext; when not set, a "
                              "saved reply (by path or kind) reads these and bare fences that read as replies",
                          kind="phrases"),
    "vale-comments": Option(False, "read Vale's <!-- vale off --> ... <!-- vale on --> (in MDX {/* vale off */}) as "
                                   "plainlint-disable ... plainlint-enable for every rule; `vale Style.Rule = NO` "
                                   "names a Vale rule and turns nothing off"),
    "kind": Option("", "the kind of every file: reply or article (default: detected)", kind="string",
                   choices=tuple(KINDS)),
    "markdown-format": Option("", "how .md and .mdx files are read, as Docusaurus's markdown.format: mdx (both as "
                                  "MDX), md (both as CommonMark), detect (by extension); default: mdx for the "
                                  ".md files of a Docusaurus site (a folder below a docusaurus.config.*) that "
                                  "sets no other, else detect; a page's front matter mdx.format wins",
                              kind="string", choices=FORMATS),
}
