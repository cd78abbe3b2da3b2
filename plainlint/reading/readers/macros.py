"""Macros and canned replies in JSON and YAML: which strings are customer-facing, and reading them.

Known shapes are detected from their structure: Zendesk macros (one `macro`, a `macros` list, or
a bare macro), Freshdesk canned responses, Help Scout saved replies, Intercom macros, single e-mail
templates (`subject` and `body`, as osTicket's), and plain lists of replies. Other shapes: `fields`
in config, as key names or paths such as `macros[].actions[field=comment_value].value`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .agent_notes import private_comment
from .structured import Mapping, Scalar, Sequence

PLAIN_KEYS = ("title", "name", "subject", "body", "text", "content", "message", "reply", "response")
BODY_KEYS = ("body", "text", "content", "message", "reply", "response")
NAME_KEYS = ("title", "name", "label", "subject", "id")
ZENDESK_FIELDS = {"comment_value": "auto", "comment_value_html": "html", "subject": "text"}
# A single e-mail template (osTicket's `notes`/`subject`/`body`, and its kin): a mapping whose
# `subject` is a string next to a body, plain or HTML, of at least TEMPLATE_MIN_WORDS words, with
# at most TEMPLATE_MAX_KEYS keys (a flat i18n file has `subject` and `message` labels among
# dozens of keys, in a word or two each).
TEMPLATE_PLAIN_KEYS = ("body", "text", "body_text", "text_body", "message", "content")
TEMPLATE_HTML_KEYS = ("html", "body_html", "html_body")
TEMPLATE_EXTRA_KEYS = ("preheader",)  # the line an inbox shows after the subject
TEMPLATE_MIN_WORDS = 4
TEMPLATE_MAX_KEYS = 12


@dataclass
class Field:
    node: Scalar
    kind: str  # "html", "text", "markdown" or "auto"
    macro: str | None
    aliases: frozenset[str] = frozenset()  # every name and id of the macro, for `suppress`
    html_copy: Field | None = None  # this is the plain copy of a reply that also has this HTML copy
    language: str | None = None  # the record's own `locale`/`lang`/`language` (None: the file's)

    def __post_init__(self):  # an alias is read at its anchor, once (readers._read_structured)
        self.node = self.node.anchor or self.node


def _is_str(node) -> bool:  # a string with text in the file: its own, or its anchor's (an alias's)
    return isinstance(node, Scalar) and isinstance(node.value, str) and (node.map, node.anchor) != (None, None)


def _name_of(mapping: Mapping) -> str | None:
    for key in NAME_KEYS:
        value = mapping.get(key)
        if isinstance(value, Scalar) and value.value not in (None, ""):
            return str(value.value)
    return None


def _aliases_of(mapping: Mapping) -> frozenset[str]:
    return frozenset(str(v.value) for k in NAME_KEYS if isinstance(v := mapping.get(k), Scalar)
                     and v.value not in (None, ""))


def _items(node):
    if isinstance(node, Sequence):
        return [n for n in node.items if isinstance(n, Mapping)]
    return [node] if isinstance(node, Mapping) else []


def _keys(mapping: Mapping) -> set[str]:
    return {k for k, _ in mapping.items}


def detect_shape(root) -> str:
    if isinstance(root, Mapping):
        if isinstance(root.get("macro"), Mapping) or _zendesk_list(root.get("macros")):
            return "zendesk"
        if isinstance(root.get("actions"), Sequence) and root.get("title") is not None:
            return "zendesk"
        data = root.get("data")
        if isinstance(data, Sequence) and any(isinstance(m, Mapping) and _scalar(m.get("type")) == "macro" for m in data.items):
            return "intercom"
        embedded = root.get("_embedded")
        if isinstance(embedded, Mapping):
            return detect_shape(embedded.get("replies") or Sequence())
    items = _items(root)
    if items and all(isinstance(m.get("actions"), Sequence) for m in items):
        return "zendesk"
    if items and any("content_html" in _keys(m) or {"content", "folder_id"} <= _keys(m) for m in items):
        return "freshdesk"
    if items and any("text" in _keys(m) and ("preview" in _keys(m) or "chatText" in _keys(m)) for m in items):
        return "helpscout"
    if items and any("body_text" in _keys(m) for m in items):
        return "intercom"
    if isinstance(root, Mapping) and _is_template(root):
        return "template"
    return "plain"


def _zendesk_list(node) -> bool:
    """Zendesk macros: items with `actions`, or none with a reply body (`title`/`body` replies
    under `macros` are a plain list: read as Zendesk, their bodies were dropped in silence)."""
    items = _items(node) if isinstance(node, Sequence) else None
    return items is not None and (any(isinstance(m.get("actions"), Sequence) for m in items)
                                  or not any(_is_str(m.get(key)) for m in items for key in BODY_KEYS))


def _is_template(mapping: Mapping) -> bool:
    """A single e-mail template: a `subject` string beside a body of some words (see
    TEMPLATE_PLAIN_KEYS), and few keys."""
    from .detect import visible_text

    if len(mapping.items) > TEMPLATE_MAX_KEYS or not _is_str(mapping.get("subject")):
        return False
    bodies = (mapping.get(key) for key in TEMPLATE_PLAIN_KEYS + TEMPLATE_HTML_KEYS)
    return any(_is_str(body) and len(visible_text(body.value).split()) >= TEMPLATE_MIN_WORDS for body in bodies)


def _scalar(node):
    return node.value if isinstance(node, Scalar) else None


def _field(mapping: Mapping, key: str, kind: str, macro: str | None, out: list) -> Field | None:
    value = mapping.get(key)
    if _is_str(value) and value.value.strip():
        aliases = _aliases_of(mapping) if macro is not None and macro == _name_of(mapping) else frozenset()
        out.append(Field(value, kind, macro, aliases))
        return out[-1]
    return None


def _reply_copies(item: Mapping, name: str | None, keys, plain_key: str, html_key: str, out: list) -> None:
    """The fields of one reply; its plain copy learns about its HTML copy (see `same_prose`)."""
    found = {key: _field(item, key, kind, name, out) for key, kind in keys}
    plain, html = found.get(plain_key), found.get(html_key)
    if plain is not None and html is not None:
        plain.html_copy = html


def _pair_copies(plain: list[Field], html: list[Field]) -> None:
    """A Zendesk macro's `comment_value` actions learn about its `comment_value_html` ones, in
    order (see `same_prose`)."""
    for plain_copy, html_copy in zip(plain, html):
        plain_copy.html_copy = html_copy


def select_fields(root, shape: str, configured: list[str] | None = None) -> list[Field]:
    if configured:
        return configured_fields(root, configured)
    out: list[Field] = []
    if shape == "zendesk":
        if isinstance(root, Mapping) and isinstance(root.get("macro"), Mapping):
            macros = [root.get("macro")]
        elif isinstance(root, Mapping) and isinstance(root.get("macros"), Sequence):
            macros = _items(root.get("macros"))
        else:
            macros = _items(root)
        for macro in macros:
            name, start = _name_of(macro), len(out)
            _field(macro, "title", "text", name, out)
            copies: dict[str, list[Field]] = {}
            for action in _items(macro.get("actions")):
                field_name = _scalar(action.get("field")) or ""
                kind = ZENDESK_FIELDS.get(field_name)
                if kind is None or (field_name != "subject" and private_comment(macro)):  # an internal note
                    continue
                value = action.get("value")
                values = value.items if isinstance(value, Sequence) else [value]
                for item in values:
                    if _is_str(item) and not re.match(r"^channel:\w+$", item.value):
                        out.append(Field(item, kind, name, _aliases_of(macro)))
                        copies.setdefault(field_name, []).append(out[-1])
            _pair_copies(copies.get("comment_value", []), copies.get("comment_value_html", []))
            _record_language(macro, out[start:])
    elif shape == "freshdesk":
        for item in _items(root):
            start = len(out)
            _reply_copies(item, _name_of(item), (("title", "text"), ("content", "auto"), ("content_html", "html")),
                          "content", "content_html", out)
            _record_language(item, out[start:])
    elif shape == "helpscout":
        root = root.get("_embedded").get("replies") if isinstance(root, Mapping) and root.get("_embedded") else root
        for item in _items(root):
            name, start = _name_of(item), len(out)
            # `text` is the e-mail reply (HTML), `chatText` its plain copy for chat.
            _reply_copies(item, name, (("name", "text"), ("text", "auto"), ("chatText", "auto")),
                          "chatText", "text", out)
            _record_language(item, out[start:])
    elif shape == "intercom":
        data = root.get("data") if isinstance(root, Mapping) and root.get("data") is not None else root
        for item in _items(data):
            start = len(out)
            _reply_copies(item, _name_of(item), (("name", "text"), ("body", "html"), ("body_text", "auto")),
                          "body_text", "body", out)
            _record_language(item, out[start:])
    elif shape == "template":
        _template_fields(root, out)
    elif shape == "rails-locale":
        from .rails_locale import locale_fields

        out = locale_fields(root, Field)
    else:
        _plain_fields(root, out)
    return out


def _record_language(record: Mapping, fields: list[Field]) -> None:
    """The record's own `locale`/`lang`/`language` on each of its fields (user36 defect 1c: the
    vendor shapes dropped it, so a French macro of a Zendesk export got the English rules' fixes)."""
    from .detect import record_language

    language = record_language(record, None)
    for found in fields:
        found.language = language


def _template_fields(template: Mapping, out: list) -> None:
    """The subject, preheader and body of one e-mail template; a plain body learns about its
    HTML copy (see `same_prose`). Keys for the template's maintainers (`notes`, `description`)
    are left out."""
    name, start = _name_of(template), len(out)
    _field(template, "subject", "text", name, out)
    for key in TEMPLATE_EXTRA_KEYS:
        _field(template, key, "text", name, out)
    plain = [found for key in TEMPLATE_PLAIN_KEYS if (found := _field(template, key, "auto", name, out))]
    html = [found for key in TEMPLATE_HTML_KEYS if (found := _field(template, key, "html", name, out))]
    _pair_copies(plain, html)
    _record_language(template, out[start:])
    for found in out[start:]:
        if found.macro is not None:  # a subject in a `|` block ends with a line break
            found.macro = found.macro.strip() or None
            found.aliases = frozenset(alias.strip() for alias in found.aliases)


def _plain_fields(node, out: list, depth: int = 0) -> None:
    """Strings under the usual reply keys, in lists of mappings that hold a reply body."""
    if depth > 50:
        return
    if isinstance(node, Sequence):
        mappings = _items(node)
        if mappings and any(any(_is_str(m.get(k)) for k in BODY_KEYS) for m in mappings):
            for mapping in mappings:
                name, start = _name_of(mapping), len(out)
                for key in PLAIN_KEYS:
                    _field(mapping, key, "auto", name, out)
                _record_language(mapping, out[start:])
        for child in node.items:
            if isinstance(child, (Mapping, Sequence)):
                _plain_fields(child, out, depth + 1)
    elif isinstance(node, Mapping):
        for _, child in node.items:
            if isinstance(child, (Mapping, Sequence)):
                _plain_fields(child, out, depth + 1)


def detected_fields(root) -> tuple[list[Field], str]:
    """Reply strings found by what they are (readers.detect), and the keys they sat under."""
    from .detect import detect_strings, keys_used

    found = detect_strings(root, _name_of)
    fields = [Field(item.node, "auto", item.name, language=item.language) for item in found]
    html_copies = {item.record: field for item, field in zip(found, fields) if item.record and "html" in item.key.lower()}
    for item, field in zip(found, fields):
        twin = html_copies.get(item.record)
        if twin is not None and twin is not field:
            field.html_copy = twin  # a plain copy that says what the HTML copy says is read once
    return fields, keys_used(found)


# -- configured paths -------------------------------------------------------------------------

_STEP = re.compile(r"([^.\[\]]+)|\[\]|\[([^=\]]+)=([^\]]*)\]|\.")


def parse_path(path: str) -> list[tuple]:
    steps = []
    for match in _STEP.finditer(path):
        if match.group(1):
            steps.append(("key", match.group(1)))
        elif match.group() == "[]":
            steps.append(("each",))
        elif match.group(2):
            steps.append(("where", match.group(2), match.group(3)))
    return steps


def configured_fields(root, specs: list[str]) -> list[Field]:
    out: list[Field] = []
    for spec in specs:
        if not re.search(r"[.\[]", spec):
            _keyed(root, spec, out)
            continue
        for node, macro in _follow(root, parse_path(spec), None):
            if _is_str(node):
                out.append(Field(node, "auto", macro))
    return out


def _keyed(node, key: str, out: list, macro: str | None = None, depth: int = 0) -> None:
    if depth > 50:
        return
    if isinstance(node, Mapping):
        macro = _name_of(node) or macro
        value = node.get(key)
        if _is_str(value):
            out.append(Field(value, "auto", macro))
        for _, child in node.items:
            _keyed(child, key, out, macro, depth + 1)
    elif isinstance(node, Sequence):
        for child in node.items:
            _keyed(child, key, out, macro, depth + 1)


def _follow(node, steps, macro):
    if isinstance(node, Mapping):
        macro = _name_of(node) or macro
    if not steps:
        yield node, macro
        return
    step, rest = steps[0], steps[1:]
    if step[0] == "key" and isinstance(node, Mapping) and node.get(step[1]) is not None:
        yield from _follow(node.get(step[1]), rest, macro)
    elif step[0] == "each" and isinstance(node, Sequence):
        for child in node.items:
            yield from _follow(child, rest, macro)
    elif step[0] == "where" and isinstance(node, Sequence):
        for child in node.items:
            if isinstance(child, Mapping) and str(_scalar(child.get(step[1]))) == step[2]:
                yield from _follow(child, rest, macro)
