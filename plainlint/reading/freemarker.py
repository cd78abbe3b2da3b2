"""Apache FreeMarker's template syntax (`.ftl`, `.ftlh`, `.ftlx`), masked like every other template's
(templates.py). Keycloak's e-mail themes, Apache OFBiz and many Java help desks write their e-mails in it.

FreeMarker prints `${expr}` (and the old numeric `#{expr}`); its directives are `<#name ...>` /
`</#name>` (`<#if>`, `<#list>`, `<#assign>`, `<#macro>`), a macro is called as `<@name .../>` or
`<@name ...>...</@name>`, and `<#-- ... -->` is a comment (freemarker.apache.org/docs/dgui_template_overallstructure.html).
The same tags can be written in square brackets (`[#if x]`, `[/#if]`, `[@wrap]`, `[#-- --]`, and
`[=expr]` for `${expr}`): FreeMarker takes a template's syntax from its first tag
(docs/dgui_misc_alternativesyntax.html), and so does `syntax_for`, so a `[#` in any other file's
prose is never a tag. Inside an angle-bracket directive a `>` ends the tag unless it is in
parentheses or quotes (`<#if (a > b)>`), as in FreeMarker.
"""

from __future__ import annotations

import re

ANGLE = "freemarker"
SQUARE = "freemarker-square"
SUFFIXES = (".ftl", ".ftlh", ".ftlx")
_MAX = 4000
# FreeMarker's own directives (freemarker.apache.org/docs/ref_directive_alphaidx.html), camelCase
# spellings too; a `[#anchor]` or `<#123>` in prose is none of them.
_NAMES = ("assign|attempt|autoesc|autoEsc|break|case|compress|continue|default|else|elseif|elseIf|escape|"
          "fallback|flush|ftl|function|global|if|import|include|items|list|local|lt|macro|nested|"
          "noautoesc|noAutoEsc|noescape|noEscape|noparse|noParse|nt|on|outputformat|outputFormat|recover|"
          "recurse|return|rt|sep|setting|stop|switch|t|visit")
_DIRECTIVE = rf"/?#(?:{_NAMES})(?![\w-])"
_USER_DIRECTIVE = r"(?:/@[\w.:-]*|@[A-Za-z_][\w.:-]*)"
_QUOTED = r"\"(?:[^\"\\\r\n]|\\.){0,2000}\"|'(?:[^'\\\r\n]|\\.){0,2000}'"
_INNER_PARENS = rf"\((?:{_QUOTED}|[^()\"']){{0,{_MAX}}}\)"
_PARENS = rf"\((?:{_QUOTED}|{_INNER_PARENS}|[^()\"']){{0,{_MAX}}}\)"


# A tag's body, read only when its closer comes within _MAX characters (a fast look ahead, so text
# full of unclosed openers is not read _MAX characters structure by structure from each), and never
# read again (possessive: its alternatives each start with a different character).
def _body(parts: str, closer: str) -> str:
    return rf"(?=[^{closer}]{{0,{_MAX}}}{closer})(?:{parts}){{0,{_MAX}}}+"


# An angle tag's body: quoted strings and brackets may hold a ">" (`<#if (n > 1)>`).
_ANGLE_BODY = _body(rf"{_QUOTED}|{_PARENS}|[^>\"'()]", ">")
# A square tag's body: quoted strings and square brackets may hold a "]" (`x?string["EEE, d MMM"]`).
_SQUARE_BODY = _body(rf"{_QUOTED}|\[(?:{_QUOTED}|[^\[\]\"']){{0,{_MAX}}}\]|[^\[\]\"']", r"\]")
_CURLY_BODY = _body(rf"{_QUOTED}|\{{(?:{_QUOTED}|[^{{}}\"']){{0,{_MAX}}}\}}|[^{{}}\"']", r"\}")
# An interpolation, in either tag syntax. A comment runs to its first closer or, with none, to the
# file's end (read so in one pass, as Blade's comments are).
_INTERPOLATIONS = [
    (rf"\$\{{{_CURLY_BODY}\}}", "freemarker"),
    (rf"#\{{{_CURLY_BODY}\}}", "freemarker"),
]
ANGLE_PATTERNS = [
    (r"<#--.*?(?:-->|\Z)", "control"),
    (rf"<(?:{_DIRECTIVE}|{_USER_DIRECTIVE}){_ANGLE_BODY}>", "freemarker"),
    *_INTERPOLATIONS,
]
SQUARE_PATTERNS = [
    (r"\[#--.*?(?:--\]|\Z)", "control"),
    (rf"\[(?:{_DIRECTIVE}|{_USER_DIRECTIVE}){_SQUARE_BODY}\]", "freemarker"),
    (rf"\[={_SQUARE_BODY}\]", "freemarker"),
    *_INTERPOLATIONS,
]
# `<#else>`, `<#elseif>`, a switch's `<#case>`/`<#on>`/`<#default>`, an attempt's `<#recover>`: the
# start of another branch (a regex source: templates._BRANCH joins it to the other syntaxes').
BRANCH = r"[<\[]#(?:else|elseif|elseIf|case|on|default|recover)(?![\w-])"
# Printed in place: an interpolation, and a macro call that closes itself (`<@p.text name="x"/>`).
# A macro call with a body (`<@layout.emailLayout>...</@layout.emailLayout>`) wraps a region.
_OUTPUT = re.compile(r"[$#]\{|\[=|[<\[]@.*/[>\]]\Z", re.DOTALL)
# Regions rendered as a whole (a macro's definition, a macro call's body): alone on its line, a boundary.
REGION = re.compile(r"[<\[]/?(?:#(?:macro|function|nested)(?![\w-])|@)")
# A file holds FreeMarker when it closes one of its blocks or a macro call (`</#if>`, `[/#list]`,
# `</@layout.emailLayout>`) or opens with `<#ftl>`: none is prose or HTML.
_SIGNS = re.compile(
    r"[<\[]/#(?:if|list|items|macro|function|switch|attempt|compress|escape|noescape|noEscape|autoesc|"
    r"autoEsc|noautoesc|noAutoEsc|outputformat|outputFormat|assign|global|local|noparse|noParse)\s*[>\]]"
    r"|[<\[]/@[\w.:-]*\s*[>\]]|[<\[]#ftl(?![\w-])"
)
_FIRST_TAG = re.compile(rf"[<\[](?:{_DIRECTIVE}|{_USER_DIRECTIVE})")


def is_freemarker(template_suffix: str | None, text: str) -> bool:
    """Whether a file is a FreeMarker template: by its suffix, else by a tag only FreeMarker writes."""
    return template_suffix in SUFFIXES or bool(_SIGNS.search(text))


def syntax_for(text: str) -> str:
    """SQUARE when the file's first FreeMarker tag is in square brackets, else ANGLE (FreeMarker's
    own rule, `tag_syntax=auto_detect`)."""
    first = _FIRST_TAG.search(text)
    return SQUARE if first is not None and first.group().startswith("[") else ANGLE


def classify(text: str) -> str:
    """A tag's kind: "output" (prints in place) or "control" (branches are found before: BRANCH)."""
    return "output" if _OUTPUT.match(text) else "control"
