"""Template-tag masking: same-length masks over tags, so offsets never move.

Output tags (`{{ name }}`, `<%= x %>`, `*|FNAME|*`) become OUTPUT_MASK runs that stand in the prose
as one word; control tags and comments (`{% if %}`, `{# #}`, `{{#each}}`, `<% %>`) become
CONTROL_MASK runs that vanish. Newlines inside a tag are kept so line numbers never move.
Templates are never rendered.

`{# ... #}` is a comment in Jinja, Django, Twig and Nunjucks only; Liquid and Handlebars print it
as text. So it is its own syntax, JINJA, added per file by `is_jinja` (or config).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import blade, code_blocks, freemarker
from .offsets import BRANCH_MASK, CONTROL_MASK, OUTPUT_MASK, SPACE_MASK
from .translation_strings import is_assigned_translation, masked_keeping_lines, translation_mask

# Each syntax: list of (regex, kind) where kind is "output", "control" or "auto" (decided by text).
_MAX = 4000
CURLY = "curly"  # Liquid, Jinja, Django, Twig, Handlebars, Mustache: share {{ }} and {% %}
JINJA = "jinja"  # the {# comment #} of Jinja, Django, Twig, Nunjucks
LIQUID = "liquid"  # no pattern of its own: in config, says a file is not Jinja (its {# #} is text)
ERB = "erb"
MERGE = "merge"  # Mailchimp *|X|*, Mailgun %recipient.x%, %{name}, Salesforce Marketing Cloud %%name%%
SENDGRID = "sendgrid"  # -first_name- substitution tags, only when configured
BLADE = blade.BLADE  # Laravel Blade's {{-- --}}, {!! !!}, @directives and PHP blocks (blade.py)
FREEMARKER = freemarker.ANGLE  # FreeMarker's <#if>, <@macro>, <#-- -->, ${x} (freemarker.py)
FREEMARKER_SQUARE = freemarker.SQUARE  # its square-bracket form: [#if], [@macro], [#-- --], [=x]
# BLADE first: its `{{-- --}}` comment must be tried before CURLY's `{{ }}` (templates._compile)
ALL_SYNTAXES = (BLADE, CURLY, JINJA, LIQUID, ERB, MERGE, SENDGRID, FREEMARKER, FREEMARKER_SQUARE)
DEFAULT_SYNTAXES = (CURLY,)


# Where the code blocks' patterns go among CURLY's (code_blocks.patterns, read from
# rulesets/code-blocks.yaml when the first pattern is compiled: not at import).
_CODE_BLOCKS = ("code blocks", "")


_PATTERNS = {
    BLADE: blade.PATTERNS,
    CURLY: [
        # A Liquid/Jinja comment block is template code. A `{% raw %}` block is not: its two tags
        # vanish and its body is read, its own tags masked (Homebrew's docs wrap whole sections of
        # prose in it, so that `{{...}}` shows; code30).
        (rf"\{{%-?\s*comment\s*-?%\}}.{{0,{_MAX * 10}}}?\{{%-?\s*endcomment\s*-?%\}}", "control"),
        # Shortcodes and Liquid blocks whose body is code, not prose (code_blocks).
        _CODE_BLOCKS,
        (rf"\{{\{{!--.{{0,{_MAX}}}?--\}}\}}", "control"),
        (rf"\{{\{{\{{.{{0,{_MAX}}}?\}}\}}\}}", "output"),
        # A Handlebars translation call ends after its quoted strings: a default's ICU placeholder
        # may close with "}}" (`"{n, plural, one {# night} other {# nights}}"`).
        (r"\{\{~?\s*t\s+(?:\"(?:[^\"\\\r\n]|\\.){0,2000}\"\s*){1,2}[^{}\"]{0,400}?~?\}\}", "curly"),
        (rf"\{{\{{.{{0,{_MAX}}}?\}}\}}", "curly"),
        (rf"\{{%.{{0,{_MAX}}}?%\}}", "tag"),
    ],
    JINJA: [(rf"\{{#.{{0,{_MAX}}}?#\}}", "control")],
    LIQUID: [],
    ERB: [
        (rf"<%[=-].{{0,{_MAX}}}?-?%>", "output"),
        (rf"<%.{{0,{_MAX}}}?%>", "control"),
    ],
    MERGE: [
        (r"\*\|[A-Za-z0-9_:\-]{1,80}(?:\|[^|*\n]{0,80})*\|\*", "output"),
        # Salesforce Marketing Cloud: personalization strings %%FirstName%% (names may hold spaces),
        # AMPscript inline %%=v(@x)=%% and blocks %%[ ... ]%%.
        (rf"%%\[.{{0,{_MAX}}}?\]%%", "control"),
        (rf"%%=.{{0,{_MAX}}}?=%%", "output"),
        (r"%%[A-Za-z_][A-Za-z0-9_. \-]{0,80}%%", "output"),
        (r"%\{[A-Za-z0-9_.\-]{1,80}\}", "output"),
        (r"%(?:recipient|recipient_[a-z]+|[A-Za-z_]+\.[A-Za-z0-9_.]+)%", "output"),
        (r"\[%\s*[A-Za-z0-9_.]{1,80}\s*%\]", "output"),
    ],
    FREEMARKER: freemarker.ANGLE_PATTERNS,
    FREEMARKER_SQUARE: freemarker.SQUARE_PATTERNS,
    SENDGRID: [
        # The look-behind follows the first "-" so every pattern starts with a literal (see _compile).
        (r"-(?<![\w-]-)[a-z][a-z0-9_]{1,40}-(?![\w-])", "output"),
    ],
}

JINJA_SUFFIXES = (".j2", ".jinja", ".jinja2", ".twig", ".njk")
NOT_JINJA_SUFFIXES = (".liquid", ".hbs", ".handlebars", ".mustache", blade.SUFFIX)
# Tags only Jinja, Django, Twig or Nunjucks have (Liquid has none of them), a filter called with
# parentheses (Liquid and Django pass filter arguments after a colon), an output tag that opens
# with a function call (`{{ _('Hi') }}`, `{{ url_for('login') }}`: Liquid, Handlebars, Mustache and
# Django call nothing; a Handlebars subexpression `{{#if (eq a b)}}` has a space before its
# bracket), and a plainlint directive written as a {# #} comment.
_JINJA_ONLY = re.compile(
    r"\{%-?\s*(?:block|endblock|extends|macro|endmacro|call|endcall|set|endset|elif|load|blocktrans|"
    r"endblocktrans|import|from|filter|endfilter|autoescape|endautoescape|spaceless|verbatim)\b"
    r"|\{\{[^{}]{0,200}?\|\s*\w+\(|\{\{-?\s*[A-Za-z_][\w.]*\(|\{#-?\s*plainlint-"
)
# Tags only Liquid has.
_LIQUID_ONLY = re.compile(
    r"\{%-?\s*(?:assign|capture|endcapture|elsif|unless|endunless|case|endcase|render|liquid|increment|"
    r"decrement|tablerow|endtablerow|echo)\b"
)


def is_jinja(template_suffix: str | None, text: str) -> bool:
    """Whether a file's `{{ }}`/`{% %}` are Jinja's (and so `{# #}` a comment): by its template
    suffix, else by tags only Jinja has when none only Liquid has."""
    if template_suffix in JINJA_SUFFIXES:
        return True
    if template_suffix in NOT_JINJA_SUFFIXES or "{" not in text:
        return False
    return bool(_JINJA_ONLY.search(text)) and not _LIQUID_ONLY.search(text)


# Tags only Handlebars and Mustache have: a block opened or closed with a name (`{{#if}}`,
# `{{/each}}`, `{{^items}}`), a partial (`{{> footer}}`), a comment (`{{! }}`, `{{!-- --}}`) or a
# triple-stash output (`{{{body}}}`). Jinja, Django, Liquid and Go templates write none of them (Go's
# comment is `{{/* */}}`: a name must follow the slash).
_HANDLEBARS_ONLY = re.compile(r"\{\{~?(?:\s*[#^]\s*>?\s*[A-Za-z@]|\s*/\s*[A-Za-z@]|\s*>\s*[\w\"'@./-]|!|\{\s*[A-Za-z@])")


def is_handlebars(template_suffix: str | None, text: str) -> bool:
    """Whether a file's `{{ }}` are Handlebars' or Mustache's (and so `{{! }}` a comment the
    renderer drops): by its template suffix, else by a tag only they have in a file with no
    `{% %}` tag (Liquid, Jinja and Django files may carry a Handlebars template for the browser
    inside `{% raw %}`)."""
    if template_suffix in (".hbs", ".handlebars", ".mustache"):
        return True
    if template_suffix is not None or "{{" not in text or "{%" in text:
        return False
    return bool(_HANDLEBARS_ONLY.search(text))


def is_liquid(template_suffix: str | None, text: str) -> bool:
    """Whether a file's `{% %}` are Liquid's (so `{% comment %}` is a comment and `{# #}` text):
    by its suffix, else by a tag only Liquid has."""
    if template_suffix == ".liquid":
        return True
    return template_suffix is None and "{%" in text and bool(_LIQUID_ONLY.search(text))


_HANDLEBARS_CONTROL = re.compile(r"\{\{~?\s*[#/^>!]|\{\{~?\s*else\b")
# Tags that render text in place: Help Scout {%customer.firstName,fallback=x%}, Liquid/Jekyll
# {% include x %}, Django {% url %} / {% static %} / {% trans "text" %}.
_TAG_OUTPUT = re.compile(
    r"\{%-?\s*(?:[A-Za-z_]\w*[.,]|(?:include|include_relative|render|url|static|link|post_url|"
    r"asset_url|now|firstof|cycle|translate|t)\b|trans\s+[\"'])"
)


@dataclass(frozen=True, slots=True)
class Tag:
    start: int
    end: int
    # "output", "control", "branch", "boundary" (a region's start or end: ends the unit) or
    # "translation" (a translation call whose English literal is read in place: translation_strings)
    kind: str
    text: str
    # a translation tag's mask, worked out once when it is classified (translation_strings)
    translated: str | None = field(default=None, compare=False)


_FIRST_LITERAL = re.compile(r"\\[^A-Za-z0-9]|[^\\()\[\]{}?*+|^$.]")


def _compile(syntaxes: tuple[str, ...], conditional: bool = True) -> tuple[re.Pattern, list[str]]:
    """One regex for the chosen syntaxes, grouped by each pattern's first character; without the
    code blocks that depend on what encloses them when `conditional` is false.

    Every pattern starts with a literal character, so the regex is an alternation of literals
    and the regex engine skips ahead to the next possible tag start instead of trying every
    pattern at every position. Patterns keep their order within a first character, which is
    the only order that matters (patterns with different first characters never compete).
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for syntax in ALL_SYNTAXES:
        if syntax in syntaxes:
            for pattern, kind in _patterns(syntax, conditional):
                first = _FIRST_LITERAL.match(pattern).group()
                groups.setdefault(first, []).append((pattern[len(first):], kind))
    alternatives, kinds = [], []
    for first, rests in groups.items():
        alternatives.append(first + "(?:" + "|".join(f"({rest})" for rest, _ in rests) + ")")
        kinds += [kind for _, kind in rests]
    return re.compile("|".join(alternatives), re.DOTALL), kinds


def _patterns(syntax: str, conditional: bool) -> list[tuple[str, str]]:
    """The syntax's (regex, kind) pairs, the code blocks in their place."""
    found = []
    for pattern, kind in _PATTERNS[syntax]:
        if (pattern, kind) != _CODE_BLOCKS:
            found.append((pattern, kind))
        else:
            found += [(block, kind) for block, kind in code_blocks.patterns(_MAX, _MAX * 10)
                      if conditional or kind != code_blocks.CONDITIONAL]
    return found


_COMPILED: dict[tuple, tuple[re.Pattern, list[str]]] = {}


_BRANCH = re.compile(r"\{\{~?\s*(?:else\b|\^\s*\}\})|\{%-?\s*(?:else|elif|elsif|elseif|when|empty)\b|<%-?\s*(?:else|elsif)\b"
                     r"|" + freemarker.BRANCH)


# A Jinja/Django/Twig statement that opens or closes a region rendered as a whole: a call block's
# body goes to a macro that wraps it in its own markup (`{% call text() %}...{% endcall %}`: one
# paragraph each), a block is filled by the child template that names it. Alone on its line,
# each is a unit boundary, as an `{% else %}` is (check16: two SimpleLogin e-mails whose
# paragraphs, one call block each, were read as one sentence; GOV.UK Notify's pages call their
# form and header macros the same way). Inline (`<title>{% block title %}{% endblock %}</title>`)
# it only vanishes.
_REGION = re.compile(r"\{%-?\s*(?:call|endcall|block|endblock|macro|endmacro)\b")
# GitBook's blocks (`{% hint %}`, `{% tabs %}`/`{% tab %}`, `{% stepper %}`/`{% step %}`, `{% content-ref %}`,
# `{% code %}`, `{% embed %}`, `{% file %}`, `{% columns %}`, `{% updates %}`, `{% swagger %}`, each
# with its `end` tag) render as boxes of their own: alone on its line, each is a unit boundary,
# so a hint's last line without a stop does not run into the paragraph after it (trial9).
_GITBOOK_BLOCK = re.compile(r"\{%-?\s*(?:end)?(?:hint|tabs|tab|stepper|step|content-ref|code|embed|file|columns|column"
                            r"|updates|update|swagger|swagger-description|swagger-parameter|swagger-response)(?![\w-])")
# A GitBook tab's title is the label on the tab, text the reader sees: it is read as a unit of its
# own (between the masked rest of the tag), not masked with the tag (trial9; left19).
_TAB_TITLE = re.compile(r"\{%-?\s*tab\s+title\s*=\s*\"([^\"\n]*)\"")
_LINE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*\Z")
_LINE_AFTER = re.compile(r"[ \t]*(?:\r?\n|\Z)")


def _classify(kind: str, text: str, helpers: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """The tag's kind, and its mask when it is a translation call (worked out once per tag: an
    e-mail of 20,000 distinct calls thrashed the cache that saved the second reading, rev17)."""
    if _BRANCH.match(text):
        return "branch", None
    if kind == "blade":
        kind = blade.classify(text)
        if kind == "branch":
            return kind, None
    elif kind == "curly":
        kind = "control" if _HANDLEBARS_CONTROL.match(text) else "output"
    elif kind == "tag":
        kind = "output" if _TAG_OUTPUT.match(text) and not is_assigned_translation(text) else "control"
    elif kind in ("raw", "component"):
        return "control", None
    elif kind == "freemarker":
        kind = freemarker.classify(text)
    translated = translation_mask(text, helpers) if kind == "output" else None
    return ("translation" if translated is not None else kind), translated


def find_tags(text: str, syntaxes: tuple[str, ...] = DEFAULT_SYNTAXES, helpers: tuple[str, ...] = ()) -> list[Tag]:
    """The tags, in order; `helpers`: config `translation-helpers` (translation_strings.translation_mask)."""
    if not syntaxes:
        return []
    pattern, kinds = _compiled(tuple(sorted(syntaxes)))
    if not any(marker in text for marker in ("{{", "{%", "{#", "<%", "*|", "%", "-", "@", "<?", "${", "#", "[=")):
        return []
    tags, at, enclosing = [], 0, None
    while (match := pattern.search(text, at)) is not None:
        kind = kinds[match.lastindex - 1]
        if kind == code_blocks.CONDITIONAL:
            enclosing = enclosing or code_blocks.Enclosing(text)
            start, (match, kind) = match.start(), _conditional_block(text, match, enclosing, syntaxes)
            if match is None:  # no other pattern finds a tag there
                at = start + 1
                continue
        block = kind == code_blocks.CODE  # renders as a block of its own, as a region does
        kind, translated = _classify(kind, match.group(), helpers)
        if kind == "control" and (block or _is_region(match.group())) \
                and _alone_on_line(text, match.start(), match.end()):
            kind = "boundary"
        tags.append(Tag(match.start(), match.end(), kind, match.group(), translated))
        at = match.end()
    return tags


def _compiled(key: tuple[str, ...], conditional: bool = True) -> tuple[re.Pattern, list[str]]:
    if (key, conditional) not in _COMPILED:
        _COMPILED[key, conditional] = _compile(key, conditional)
    return _COMPILED[key, conditional]


def _conditional_block(text: str, match: re.Match, enclosing, syntaxes) -> tuple[re.Match | None, str]:
    """A block that is code only inside its enclosing shortcode: the whole block when it is, else
    the tag the other patterns find where it starts (its opening tag), so its body is read."""
    if enclosing.is_code(match.group(), match.start()):
        return match, code_blocks.CODE
    pattern, kinds = _compiled(tuple(sorted(syntaxes)), conditional=False)
    plain = pattern.match(text, match.start())  # the opening tag, as `{{ }}` finds it
    return plain, kinds[plain.lastindex - 1] if plain is not None else ""


def _is_region(text: str) -> bool:
    return bool(_REGION.match(text) or _GITBOOK_BLOCK.match(text) or blade.REGION.match(text)
                or freemarker.REGION.match(text))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has only spaces between it and its line's start and end."""
    return _LINE_BEFORE.search(text, max(0, start - 200), start) is not None \
        and _LINE_AFTER.match(text, end) is not None


def mask(text: str, tags: list[Tag]) -> str:
    """`text` with every tag overwritten by its mask character, newlines kept."""
    if not tags:
        return text
    out, pos = [], 0
    for tag in tags:
        out.append(text[pos:tag.start])
        if tag.kind == "translation":
            out.append(_line_kept(tag.translated if tag.translated is not None else translation_mask(tag.text),
                                  text, tag.end))
        else:
            char = {"output": OUTPUT_MASK, "branch": BRANCH_MASK, "boundary": BRANCH_MASK}.get(tag.kind, CONTROL_MASK)
            out.append(_masked_but_its_title(tag, char))
        pos = tag.end
    out.append(text[pos:])
    return "".join(out)


def _line_kept(translated: str, text: str, end: int) -> str:
    """A translation call's mask, its last character a space (SPACE_MASK) when a line break and
    another tag follow the call: that tag's mask would take the break with it, and two calls on
    lines of their own read as one word ('below.Your': Alaveteli's mails, i18n31)."""
    if translated.endswith(CONTROL_MASK) and _TAG_ON_NEXT_LINE.match(text, end):
        return translated[:-1] + SPACE_MASK
    return translated


# A line break, then a tag first on the next line (whose mask would run on from this one's).
_TAG_ON_NEXT_LINE = re.compile(r"\r?\n[ \t]*(?:<%|\{\{|\{%)")


def _masked_but_its_title(tag: Tag, char: str) -> str:
    """The tag masked with `char`, but for a GitBook tab's title, kept as text (a tab's label)."""
    title = _TAB_TITLE.match(tag.text) if char == BRANCH_MASK else None
    if title is None or not title.group(1).strip():
        return masked_keeping_lines(tag.text, char)
    start, end = title.span(1)
    return char * start + tag.text[start:end] + masked_keeping_lines(tag.text[end:], char)


def mark_tab_titles(doc, tags: list[Tag]) -> None:
    """Mark the units that are a GitBook tab's title (`label` in their context): a label, read by the
    word rules, but no sentence of the page's prose (reading-level leaves it out, as it does headings).
    Each unit is looked up among the titles by its start (the titles are in source order and apart)."""
    titles = []
    for tag in tags:
        title = _TAB_TITLE.match(tag.text) if tag.kind == "boundary" else None
        if title is not None:
            titles.append((tag.start + title.start(1), tag.start + title.end(1)))
    if not titles:
        return
    titles.sort()
    starts = [start for start, _ in titles]
    for segment in doc.segments:
        where = segment.source_span()
        at = bisect.bisect_right(starts, where.start) - 1
        if at >= 0 and where.end <= titles[at][1]:
            segment.with_context(label=True)
