"""Readers turn one source file into a Document of prose segments and elements.

A file's format comes from its name: `.md`/`.markdown`/`.mdx` Markdown, `.html`/`.htm` HTML
(and `.mjml` as the HTML MJML renders, `.inky` as the HTML Foundation for Emails' Inky renders,
`.tsx`/`.jsx` React Email templates as the HTML they render: readers/react_email.py),
`.txt` text, and template files by their inner extension (`welcome.html.hbs` is HTML,
`welcome.text.hbs` text; a bare `.hbs`/`.liquid`/`.j2`/`.ftl` is HTML when it holds tags, a
head-only partial's <meta>/<link>/<script>/<style> too). Template
syntax comes from the extension, from config, and from the content when unambiguous.
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from .. import blade, freemarker, templates
from ..document import Document
from ..source import Source
from . import common, inky
from ..offsets import CONTROL_MASK

FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".mdx": "mdx", ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".mjml": "mjml",
    ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".tsx": "react-email", ".jsx": "react-email",
}
TEMPLATE_SUFFIXES = {
    ".hbs": templates.CURLY, ".handlebars": templates.CURLY, ".mustache": templates.CURLY,
    ".liquid": templates.CURLY, ".j2": templates.CURLY, ".jinja": templates.CURLY,
    ".jinja2": templates.CURLY, ".twig": templates.CURLY, ".njk": templates.CURLY,
    ".erb": templates.ERB, ".tmpl": templates.CURLY, ".tpl": templates.CURLY,
    ".inky": templates.ERB,  # inky-rb renders ERB first (readers/inky.py)
    **{suffix: templates.FREEMARKER for suffix in freemarker.SUFFIXES},
}
# A template's inner extension naming code, styles or machine data: Rails renders `users.js.erb`
# to JavaScript and `theme.css.erb` to CSS, so nothing in them is prose (user36: 30 `.js.erb`
# files of a Rails help desk gave 9 findings, all on jQuery lines and code comments). Such files
# are not read in walks and, like tooling files, are skipped when named under --force-exclude.
CODE_INNER_SUFFIXES = frozenset({
    ".js", ".mjs", ".cjs", ".ts", ".coffee", ".css", ".scss", ".sass", ".less", ".rb", ".py", ".php",
    ".sh", ".bash", ".sql", ".xml", ".rss", ".atom", ".svg", ".csv", ".ics", ".vcf", ".toml", ".ini",
    ".conf", ".cfg", ".env", ".properties", ".tf",
})
# Elements that make a bare template HTML: the body's common ones, and the head's (a theme's
# `document_head.hbs` partial holds only <meta>, <link>, <script> and <style>: read as text, its
# script and style were prose; user30, item 3).
_HTML_HINT = re.compile(r"<(?:html|head|body|p|div|table|a|br|span|h[1-6]|img|ul|li|td|strong|em"
                        r"|meta|link|script|style|title|base)\b", re.I)
_ERB_HINT = re.compile(r"<%[=#-]?\s")


def split_suffixes(name: str) -> tuple[str | None, str | None]:
    """(template suffix, content suffix) of a file name: `a.html.hbs` -> (.hbs, .html)."""
    template, before, last = _suffix_parts(name)
    if template:
        return template, before if before in FORMATS else None
    return None, last


def _suffix_parts(name: str) -> tuple[str | None, str | None, str | None]:
    """(template suffix or None, the suffix before the last, the last suffix) of a file name, in
    lower case, read once for format_for, split_suffixes and is_code_template alike."""
    lowered = name.lower()
    if lowered.endswith(blade.SUFFIX):  # Laravel Blade: read by content (HTML, text or Markdown mail)
        return blade.SUFFIX, None, None
    suffixes = PurePosixPath(lowered).suffixes
    if not suffixes:
        return None, None, None
    last = suffixes[-1]
    before = suffixes[-2] if len(suffixes) > 1 else None
    return (last if last in TEMPLATE_SUFFIXES else None), before, last


def format_for(path: str) -> str | None:
    """The reader for a file name, or None when plainlint does not read that kind of file."""
    template, before, last = _suffix_parts(PurePosixPath(path).name)
    if template:
        if before in CODE_INNER_SUFFIXES:
            return None  # a template rendering code (is_code_template)
        return FORMATS.get(before if before in FORMATS else "", "template")
    return FORMATS.get(last or "")


def is_code_template(name: str) -> bool:
    """Whether a file name is a template that renders code or data (`users.js.erb`,
    `theme.css.liquid`): its last suffix a template language's, the one before it in
    CODE_INNER_SUFFIXES."""
    template, before, _ = _suffix_parts(name)
    return template is not None and before in CODE_INNER_SUFFIXES


def template_syntaxes(path: str, text: str, fmt: str, configured: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """`{{ }}`/`{% %}` are masked everywhere (four languages share them), merge tags in every
    format, ERB where the extension says so or the text plainly uses it, Jinja's `{# #}` in
    Jinja files (`templates.is_jinja`), FreeMarker's tags in FreeMarker files (`freemarker.is_freemarker`),
    angle or square as the file's first tag is. Config `templates` (`configured`) adds to what is
    detected (`[sendgrid]`: SendGrid's `-name-` tags too), and `jinja` or `liquid` in it sets the
    curly dialect instead of the file's content; an empty list turns masking off."""
    template, _ = split_suffixes(PurePosixPath(path).name)
    if configured is not None and not configured:
        return ()
    syntaxes = {templates.CURLY, templates.MERGE, *(configured or ())}
    if blade.is_blade(template):
        syntaxes.add(templates.BLADE)
    if template in (".erb", ".inky") or (fmt in ("html", "text", "template") and _ERB_HINT.search(text)):
        syntaxes.add(templates.ERB)
    if templates.FREEMARKER_SQUARE not in syntaxes and (
            templates.FREEMARKER in syntaxes or freemarker.is_freemarker(template, text)):
        syntaxes.discard(templates.FREEMARKER)  # `freemarker`: angle or square, as the file's first tag
        syntaxes.add(freemarker.syntax_for(text))
    if (templates.CURLY in syntaxes and not syntaxes & {templates.JINJA, templates.LIQUID}
            and templates.is_jinja(template, text)):
        syntaxes.add(templates.JINJA)
    syntaxes.discard(templates.LIQUID)
    return tuple(sorted(syntaxes))


_ANY_ELEMENT = re.compile(r"<[A-Za-z][\w:-]*[\s/>]|<![A-Za-z]|&(?:[A-Za-z]+|#\d+);")


def is_text_template(tags, masked: str) -> bool:
    """A template named `.html` with no HTML element, doctype or entity outside its tags is a
    plain-text e-mail (Django projects render text bodies from `*-body-text.html`): read as text."""
    return bool(tags) and not _ANY_ELEMENT.search(masked)


def _html_front_matter(source: Source, masked: str, doc: Document) -> str:
    """HTML with YAML front matter (Drupal help topics, Jekyll and Hugo pages): its title and label
    are read as prose as in Markdown, and the rest is data, masked like a template's control tag
    (spaces would still be read as the text of the page)."""
    front = common.front_matter_span(masked)
    if not front:
        return masked
    from .markdown import front_matter_prose

    doc.front_matter = front
    front_matter_prose(source, doc, front, read_document)
    return common.blank_out(masked, front[0], front[1], CONTROL_MASK)


def read_document(source: Source, fmt: str, configured_syntaxes: tuple[str, ...] | None = None,
                  detect_language: bool = True, fields: list[str] | None = None,
                  lint_fenced: tuple[str, ...] = (), helpers: tuple[str, ...] = ()) -> Document:
    """`configured_syntaxes`: config `templates`, masked besides those detected (`template_syntaxes`).
    `helpers`: config `translation-helpers`, calls whose first string argument is read as prose.
    `lint_fenced`: fence languages whose content is read as prose (Markdown and MDX)."""
    if fmt == "template":
        fmt = _template_format(source)
    if fmt in ("json", "yaml"):
        doc = Document(source, fmt)
        _read_structured(source, fmt, doc, configured_syntaxes, fields)
        if detect_language:
            _detect_language(doc)
        return doc
    react_email = fmt == "react-email"
    if react_email:  # JSX read as the HTML it renders; other .tsx/.jsx: nothing read
        from .react_email import as_html as react_email_html

        (masked, tags), fmt = react_email_html(source.text), "html"
    else:
        syntaxes = template_syntaxes(source.path, source.text, fmt, configured_syntaxes)
        tags = templates.find_tags(source.text, syntaxes, helpers)
        masked = templates.mask(source.text, tags)
        if blade.is_blade(source.path):  # a mail's buttons read as the links Laravel renders
            masked = blade.buttons_as_links(masked, tags)
    if fmt == "mjml":  # read as the HTML MJML renders (readers/mjml.py)
        from .mjml import as_html

        masked, fmt = as_html(masked), "html"
    if fmt == "html" and inky.is_inky(source.path):  # read as the HTML Inky renders (readers/inky.py)
        masked = inky.as_html(masked)
    if fmt == "html" and is_text_template(tags, masked):
        fmt = "text"
    erb_hrefs = None
    if fmt == "html" and split_suffixes(PurePosixPath(source.path).name)[0] == ".erb":
        from ..erb_links import links_as_html  # `<%= link_to "Text", url %>`: a link's text

        masked, erb_hrefs = links_as_html(masked, tags)
    doc = Document(source, fmt)
    doc.template_tags = tags
    if fmt in ("markdown", "mdx"):
        from .markdown import read_markdown

        read_markdown(source, masked, doc, read_document, mdx=fmt == "mdx", lint_fenced=lint_fenced)
    elif fmt == "html":
        from .html import read_html

        read_html(common.normalise_newlines(_html_front_matter(source, masked, doc)), doc)
        if erb_hrefs:
            from ..erb_links import give_addresses

            give_addresses(doc, erb_hrefs)
        if react_email:  # its strings in JavaScript take no fix that needs an escape
            from .react_email_strings import guard_string_fixes

            guard_string_fixes(doc, tags)
    elif fmt == "text":
        from .text import read_text

        read_text(masked, doc)
    else:
        raise ValueError(f"no reader for format {fmt!r}")
    if any(tag.kind == "boundary" for tag in tags):
        templates.mark_tab_titles(doc, tags)
    if fmt != "text" and any(tag.text.startswith(("{{<", "{{%")) for tag in tags):
        from .shortcodes import shortcode_images

        shortcode_images(doc)
    if detect_language:
        _detect_language(doc)
    return doc


def _template_format(source: Source) -> str:
    """A template file without an inner extension: a Laravel Markdown mail is Markdown, else HTML
    when it holds HTML tags (`_HTML_HINT`: a body's or a head's), else text."""
    if blade.is_blade(source.path) and blade.is_markdown_mail(source.text):
        return "markdown"
    return "html" if _HTML_HINT.search(source.text) else "text"


def _read_structured(source: Source, fmt: str, doc: Document, syntaxes, fields) -> None:
    from .macro_strings import read_fields
    from .macros import detect_shape, detected_fields, select_fields
    from .json_tree import parse_json
    from .rails_locale import is_rails_locale
    from .structured import holds_words, parse_yaml_erb

    if fmt == "json":
        root = parse_json(source.text, source.path)
    else:
        root, erb_tags = parse_yaml_erb(source.text, source.path)
        doc.template_tags.extend(erb_tags)
    shape = "rails-locale" if fmt == "yaml" and is_rails_locale(root) else detect_shape(root)
    doc.shape = shape
    selected = select_fields(root, shape, fields)
    if not selected and not fields and shape == "plain" and not _is_tooling(source.path):
        selected, keys = detected_fields(root)  # an unknown shape: replies found by what they are
        doc.detected_keys = keys if selected else None
    selected = _once(selected)
    doc.fields_found = len(selected)
    if not selected and not holds_words(root):
        doc.shape = "empty"  # an empty file, `{}`, or only numbers: nothing went unread
    read_fields(doc, selected, syntaxes, read_document)
    if fmt == "yaml":
        from ...linting.suppress import yaml_comments

        doc.comments.extend(yaml_comments(source.text))


def _once(fields: list) -> list:
    """Each string once: a YAML alias's field reads its anchor's text (macros.Field), which the
    anchor's own field or another alias may read too; the first is kept, and a plain copy's
    `html_copy` points at the kept field of its node."""
    kept: dict[int, object] = {}
    for item in fields:
        kept.setdefault(id(item.node), item)
    for item in kept.values():
        if item.html_copy is not None:
            item.html_copy = kept[id(item.html_copy.node)]
    return list(kept.values())


def _is_tooling(path: str) -> bool:
    from ..tooling_files import is_tooling_file

    return is_tooling_file(path) or is_tooling_file(PurePosixPath(path).name)


def _front_matter_language_stands(lang: str, prose) -> bool:
    """A front matter `lang` naming a known language code, or a language by its name (`French`,
    `Deutsch`: rulesets/language-names.yaml), stands as written. Any other value stands only when
    the prose reads as another language (the fix safety net's test): ExpressionEngine's user guide
    writes its examples' code language there (`lang: php`, `ee`, `js`) in 220 English pages, all
    skipped (old36), and a title-case `lang: Python` is no language either (rev37: any value in
    title case stood); a reference page of tables and code has too few common English words to
    read as English, and is no other language either."""
    from ...nlp.english import page_reads_as_other_language
    from ...nlp.sentences import is_english
    from .file_locale import WHOLE_NAME_CODES

    code = common.primary_subtag(lang)
    if code in common.LANGUAGE_CODES or code in WHOLE_NAME_CODES or is_english(lang) \
            or lang.strip().lower() in common.language_names():
        return True
    return page_reads_as_other_language(prose())


def _detect_language(doc: Document) -> None:
    prose = functools.cache(lambda: "\n".join(segment.text for segment in doc.segments))  # asked for a few files only
    front = doc.front_matter
    if front:
        lang = common.language_from_front_matter(front[2])
        if lang and _front_matter_language_stands(lang, prose):
            doc.language, doc.language_origin = lang, "front matter"
            return
    html_lang = common.declared_language(doc.html_lang)
    if html_lang:
        doc.language, doc.language_origin = html_lang, "<html lang>"
        return
    name = PurePosixPath(doc.source.path).name
    for stem in (name.split(".")[0], PurePosixPath(name).stem):
        lang = common.language_from_filename(stem)
        if lang:
            doc.language, doc.language_origin = lang, "file name"
            return
    from .file_locale import folder_language, hyphen_language, stem_language
    from .starlight import locale_folder_language

    lang = hyphen_language(name.split(".")[0], prose) or stem_language(name.split(".")[0], prose, doc.source.text)
    if lang:
        doc.language, doc.language_origin = lang, "file name"
        return
    lang = folder_language(doc.source.path, prose)
    if lang:
        doc.language, doc.language_origin = lang, "translation folder"
        return
    lang = locale_folder_language(doc.source.path, prose)
    if lang:
        doc.language, doc.language_origin = lang, "Starlight locale folder"
        return
    if doc.shape == "rails-locale":
        from .rails_locale import root_language

        lang = root_language(doc.source.text, prose)
        if lang:
            doc.language, doc.language_origin = lang, "its root key"
