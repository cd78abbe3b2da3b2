"""impersonal-greeting (PL206): greetings that address a category, not a person."""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ..linting.ruleset_data import load_ruleset_file
from ..reading.document import Document
from ..linting.inflect import match_case
from ..nlp.sentences import position_in_sentence
from .base import Rewrite
from .wordlist import WordListRule
from ..enums import Applicability, Category


class ImpersonalGreeting(WordListRule):
    code = "PL206"
    name = "impersonal-greeting"
    category = Category.TONE
    ruleset = "impersonal-greeting"
    summary = "Greetings that address a category, not a person ('Dear Customer', 'To whom it may concern')"
    rationale = (
        "'Dear valued customer' tells the reader that nobody looked at who they are, and "
        "'To whom it may concern' that nobody knew. Every help desk and email tool can put the "
        "customer's name in: greet them by it, with the placeholder of the template language the "
        "file already uses, or with a neutral 'Hello'. Gendered greetings ('Dear Sir') are reported "
        "by the inclusive rule instead."
    )
    bad = (
        "Dear Customer,\n\nYour order has shipped.",
        "To whom it may concern,\n\nWe received your request.",
    )
    good = (
        "Hi {{ customer.first_name }},\n\nYour order has shipped.",
        "Hello,\n\nWe received your request.",
    )
    fix_safety = "Unsafe: replaces the greeting with 'Hello'; greeting by name needs the placeholder your tool provides."

    fixes_in_code = (Applicability.UNSAFE,)

    def describe(self, doc, flagged, entry, suggestions):
        placeholder = doc.cached("greeting-placeholder", lambda: name_placeholder(doc))
        if placeholder:
            return (f"'{flagged}' addresses a category, not a person: "
                    f"greet by name ('Hi {placeholder}') or write 'Hello'"), [f"Hi {placeholder}", "Hello"]
        return (f"'{flagged}' addresses a category, not a person: "
                "greet the customer by name or write 'Hello'"), suggestions

    def hit_for(self, segment, match, doc):
        hit = super().hit_for(segment, match, doc)
        position = position_in_sentence(hit.segment.text, hit.start)
        hit.rewrite = Rewrite(match_case(hit.segment.text[hit.start:hit.end], "Hello", position),
                              Applicability.UNSAFE, "Replace the greeting with 'Hello'")
        return hit

    def message(self, flagged, entry, suggestions):
        return ""  # see describe(): the advice depends on the document's template language


@functools.lru_cache(maxsize=1)
def greeting_data() -> dict:
    return load_ruleset_file("impersonal-greeting")


_TAG_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def name_placeholder(doc: Document) -> str | None:
    """The name tag the file already uses, else the name placeholder of its template language."""
    data = greeting_data()
    tags = [t for t in doc.template_tags if t.kind == "output"]
    named = [t for t in tags if _customer_name_rank(t.text, data) is not None]
    if named:
        return min(named, key=lambda t: _customer_name_rank(t.text, data)).text
    return data["name_placeholders"].get(template_language(doc, tags) or "")


def _customer_name_rank(tag_text: str, data: dict) -> int | None:
    """0 for the customer's first name, 1 for their full name, None for anything else."""
    body = tag_text if tag_text.startswith("*|") else tag_text.split("|")[0]  # drop Liquid filters
    words = [w.lower() for w in _TAG_WORDS.findall(body)]
    if not words or set(words) & set(data["not_the_customer"]):
        return None
    if any(w in data["first_names"] for w in words):
        return 0
    variable = words[-1]
    owner = words[-2] if len(words) > 1 else None
    if variable in data["full_names"] and (owner is None or owner in data["people"]):
        return 1
    return None


def is_freemarker_tagged(doc: Document) -> bool:
    """Whether the document's tags are FreeMarker's (`${x}`, `<#if>`, `[#list]`)."""
    return any(tag.text.startswith(("${", "#{", "[=", "<#", "[#", "</#", "[/#")) for tag in doc.template_tags)


def template_language(doc: Document, tags) -> str | None:
    shape = doc.shape
    if shape in greeting_data()["name_placeholders"]:
        return shape
    texts = [t.text for t in tags]
    if any(t.startswith("*|") for t in texts):
        return "mailchimp"
    if any(t.startswith("<%") for t in texts):
        return "erb"
    if is_freemarker_tagged(doc):
        return "freemarker"
    suffix = PurePosixPath(doc.source.path).suffix.lower()
    if suffix in (".hbs", ".handlebars", ".mustache"):
        return "handlebars"
    if suffix in (".liquid", ".j2", ".jinja", ".jinja2", ".twig", ".njk") or doc.template_tags:
        return "liquid"
    return None
