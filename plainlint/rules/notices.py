"""plainlint's own notices. They are findings at `info` so they never fail a run by default.

Each notice keeps its trigger and message here, beside its metadata: `notice()` says whether it
applies to a document and with what message; the engine and the suppression pass only call it
with the facts they hold (a skipped language, an unknown directive word).
"""

from __future__ import annotations

from .base import Hit, Rule
from ..enums import Category, Severity


class Notice(Rule):
    severity = Severity.INFO
    category = Category.OTHER
    english_only = False

    def check(self, doc, options):
        """Notices are raised by the engine (language, skipped file), not by scanning prose."""
        return iter(())

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """The notice's hits for this document (none when it does not apply)."""
        return []


class LanguageSkipped(Notice):
    code = "PL901"
    name = "language-skipped"
    summary = "A file in another language: the English word rules were not run on it"
    rationale = (
        "plainlint's word lists and readability formulas are for English. Running them on French or "
        "Japanese text would flag nonsense, so files declared in another language (front matter "
        "`lang`/`locale`, a locale in the file name such as `-fr-FR` or `_de`, a file named by its "
        "code alone such as `fr.yml` or `pt-BR.json`, a translation folder such as `i18n/fr/`, "
        "`content/fr/`, `locales/fr/` or Starlight's `src/content/docs/fr/`, or `language` in config) "
        "skip those rules, and this notice says so once per file; the replies of an export whose record "
        "declares another language skip them too, and the notice names those records."
    )
    bad = ("---\nlang: fr\n---\n\nCliquez simplement sur Enregistrer.\n",)
    good = ("Click Save.\n",)

    def notice(self, doc, settings, skipped_language: bool = False, skipped_records=(), **facts) -> list[Hit]:
        """When English-only rules were selected and skipped for the document's language, or for
        the replies whose own record declares another language (`skipped_records`)."""
        if skipped_language:
            return [Hit(0, 0, f"file is in '{doc.language}' (from {doc.language_origin}): "
                              f"English language rules were skipped{_english_fences_hint(doc)}")]
        if skipped_records:
            return [Hit(0, 0, f"replies in {_records_named(skipped_records)} (from "
                              "their record's locale, lang or language): English language rules were skipped "
                              "for them")]
        return []


def _english_fences_hint(doc) -> str:
    """How to lint the English replies a Markdown page in another language keeps in fences (README
    "Kinds of document"): the file's `language: en` and `kind: reply`, in a config override."""
    if doc.format not in ("markdown", "mdx") or ("```" not in doc.source.text and "~~~" not in doc.source.text):
        return ""
    count = _english_reply_fences(doc.source.text)
    if not count:
        return ""
    blocks = "1 fenced block reads" if count == 1 else f"{count} fenced blocks read"
    return (f"; {blocks} as English replies: to lint them, give this file `language: en` and `kind: reply` "
            "in a config override")


def _english_reply_fences(text: str) -> int:
    """How many fenced blocks of a Markdown `text` hold an English reply: a fence with no language
    or a prose one (REPLY_FENCES) whose content reads as a reply and as English (starlight's test:
    common English words). The language-skipped notice counts them in a page in another language,
    where no English rule reads them (user35: a Chinese page of English reply scripts)."""
    from ..reading.readers.fenced import REPLY_FENCES, fence_language, reads_as_reply
    from ..reading.readers.markdown import fenced_code_spans
    from ..reading.readers.starlight import has_common_english_words

    count = 0
    for start, end in fenced_code_spans(text):
        first_end = text.find("\n", start, end)
        if first_end < 0:
            continue
        info = text[start:first_end].strip(" \t>").lstrip("`~")
        body = text[first_end + 1:text.rfind("\n", first_end, max(end - 1, first_end)) + 1]
        if fence_language(info) in REPLY_FENCES and reads_as_reply(body) and has_common_english_words(body):
            count += 1
    return count


NAMED_RECORDS = 3  # records named per language; the rest counted


def _records_named(records: dict[str, list[str]]) -> str:
    """`'fr' ('Remboursement', 'Retour')` for each language, its records' names after it (user36:
    the notice named the languages only, not which macros of an export were left alone); a language
    whose records have no name, its code alone. `records`: engine._records_by_language."""
    parts = []
    for code in sorted(records):
        names = records[code]
        shown = ", ".join(repr(name) for name in names[:NAMED_RECORDS])
        more = f" and {len(names) - NAMED_RECORDS} more" if len(names) > NAMED_RECORDS else ""
        parts.append(f"{code!r} ({shown}{more})" if names else repr(code))
    return ", ".join(parts)


class FileSkipped(Notice):
    code = "PL902"
    name = "file-skipped"
    summary = "A file that is not text (binary content) was skipped"
    rationale = (
        "Repositories hold images and archives next to articles, sometimes with a text extension. "
        "plainlint never tries to lint binary data; it skips the file and says so, so a wrong "
        "extension is visible without failing the run."
    )

    def notice(self, doc, settings, skipped: str = "", **facts) -> list[Hit]:
        """When the source turned out to be binary (`skipped`: the reader's reason); there is
        no document then, and the finding is made by the engine from this hit."""
        return [Hit(0, 0, skipped)] if skipped else []


class EncodingDetected(Notice):
    code = "PL903"
    name = "encoding-detected"
    summary = "An HTML file with no declared encoding that is not UTF-8: its encoding was detected"
    rationale = (
        "Old help exports are often Windows-1252 or Latin-1 with no <meta charset>. plainlint reads "
        "them as a browser would, detecting the encoding, and says so: positions and fixes are only "
        "as right as that guess, and declaring the charset removes the guesswork for every tool."
    )

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """When the source's encoding was detected rather than declared or UTF-8."""
        if not doc.source.detected:
            return []
        return [Hit(0, 0, f"no encoding declared and not UTF-8: read as {doc.source.detected} (detected); "
                          "declare <meta charset> or set `encoding` in config")]


class UnknownDirectiveRule(Notice):
    code = "PL904"
    name = "unknown-directive-rule"
    severity = Severity.WARNING
    summary = "A plainlint-disable comment names a rule, code or category that does not exist"
    rationale = (
        "A suppression comment with a typo (`plainlint-disable jargn`) silences nothing, so the "
        "writer believes a finding is handled while it is not. Rules in directives are named like "
        "`select` in config: a code (PL101), a code prefix (PL1), a name (jargon) or a category."
    )
    bad = ("<!-- plainlint-disable jargn -->\nPlease use the form.\n",)
    good = ("<!-- plainlint-disable jargon -->\nPlease utilize the form.\n",)

    def notice(self, doc, settings, directive=None, **facts) -> list[Hit]:
        """One hit per word of `directive` that names no rule, code or category."""
        if directive is None:
            return []
        return [Hit(directive.start, directive.end, (
            f"plainlint-{directive.kind} names {word!r}, which is no rule, code or category: "
            "it suppresses nothing (see `plainlint rules`)")) for word in directive.unknown]


class UnusedDirective(Notice):
    code = "PL905"
    name = "unused-directive"
    severity = Severity.WARNING
    enabled_by_default = False
    summary = "A plainlint-disable comment that suppresses nothing (on with --report-unused-disables)"
    rationale = (
        "Suppressions outlive the text they were written for: once the sentence is rewritten the "
        "comment silences nothing, and later it may hide a new problem nobody looked at. "
        "`--report-unused-disables` (or selecting PL905) lists them so they can be deleted. The rules a "
        "directive names run to judge it even when not selected, with the options the config gives them "
        "(their findings are not reported), so `--select PL905` alone lists the stale directives a full "
        "run lists; a directive for every rule is judged only against the rules that run, and Vale's "
        "`vale off` comments (`vale-comments: true`) are never judged."
    )
    bad = ("<!-- plainlint-disable-next-line jargon -->\nPlease use the form.\n",)
    good = ("<!-- plainlint-disable-next-line jargon -->\nPlease utilize the form.\n",)

    def notice(self, doc, settings, directive=None, unused=(), **facts) -> list[Hit]:
        """One hit per selector of a disable `directive` that silenced nothing (`unused`; None
        stands for a directive that names no rule)."""
        if directive is None or directive.kind == "enable":
            return []
        return [Hit(directive.start, directive.end, (
            f"plainlint-{directive.kind} for {_selector(word)} suppresses nothing here: delete it"))
            for word in unused]


def _selector(word: str | None) -> str:
    return "anything" if word is None else f"'{word}'"


class NoFields(Notice):
    code = "PL906"
    name = "no-fields"
    example_format = "json"
    summary = "A JSON or YAML file in which no customer-facing strings were recognised"
    rationale = (
        "plainlint lints the reply strings of known macro exports and of plain lists of replies. "
        "A file of another shape would otherwise pass in silence, as if its replies were fine. "
        "This notice says that nothing in the file was linted, so the `fields` config option "
        "(key names or paths such as `items[].payload.html`) can point plainlint at the text."
    )
    bad = ('{"items": [{"label": "Refund", "payload": {"html": "<p>Refund form</p>"}}]}\n',)
    good = ('[{"title": "Refund", "body": "Please use the form."}]\n',)

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """When a JSON or YAML file gave no customer-facing string to lint."""
        if doc.fields_found != 0 or doc.shape == "empty":  # no words anywhere: nothing went unread
            return []
        how = "the `fields` in config matched nothing" if settings.fields else \
            "set `fields` in config (key names or paths) to choose them"
        return [Hit(0, 0, f"no customer-facing strings recognised (shape: {doc.shape}): {how}")]

class FieldsDetected(Notice):
    code = "PL907"
    name = "fields-detected"
    example_format = "json"
    summary = "A JSON or YAML file of no known shape whose reply strings were found by their content"
    rationale = (
        "Django fixtures, template sets with a `body_html` key and mappings of snippet names to "
        "text hold replies under keys plainlint does not know. Rather than lint nothing, plainlint "
        "reads the strings that are prose (at least four words and a full stop, question or "
        "exclamation mark; not identifiers, URLs, paths or code), with the subject or title next "
        "to them, and this notice lists the keys it used. Set `fields` in config to choose the "
        "keys yourself. A record's own `locale`, `lang` or `language` is honoured."
    )
    bad = ('[{"model": "mail.template", "pk": 1, "fields": {"subject": "Your refund",\n'
           '  "body_html": "<p>We have sent your refund. It takes five days.</p>"}}]\n',)
    good = ('[{"title": "Refund", "body": "We have sent your refund. It takes five days."}]\n',)

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """When no known export shape matched and reply strings were found by their content."""
        if not doc.detected_keys:
            return []
        return [Hit(0, 0, f"no known export shape: {doc.fields_found} reply string(s) found by their content, "
                          f"under the keys {doc.detected_keys}; set `fields` in config to choose them")]


class PrintedDirective(Notice):
    code = "PL908"
    name = "printed-directive"
    severity = Severity.WARNING
    example_format = "liquid"
    summary = "A plainlint directive written as {# #} in a template language that prints it (Liquid, Handlebars)"
    rationale = (
        "`{# ... #}` is a comment in Jinja, Django, Twig and Nunjucks only. Liquid and Handlebars "
        "print it as text, so a `{# plainlint-disable #}` in a Liquid e-mail suppresses nothing and "
        "is sent to the customer. Write the directive in the file's own comment: `{% comment %}` "
        "... `{% endcomment %}` in Liquid, `{{! ... }}` in Handlebars and Mustache (or set "
        "`templates: [jinja]` when the file really is Jinja)."
    )
    bad = ("{% if customer %}Hi {{ customer.first_name }},{% endif %}\n\n"
           "{# plainlint-disable-next-line jargon #}\nWe will utilize your data.\n",)
    good = ("{% if customer %}Hi {{ customer.first_name }},{% endif %}\n\n"
            "{% comment %}plainlint-disable-next-line jargon{% endcomment %}\nWe will utilize your data.\n",)

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """One hit per `{# plainlint-... #}` read as text (suppress.printed_directives)."""
        from ..linting.suppress import printed_directives

        return [Hit(start, end, "this {# #} is not a comment here (Liquid and Handlebars print it into the message), "
                                "so the directive suppresses nothing: write it as {% comment %}...{% endcomment %} "
                                "(Liquid) or {{! ... }} (Handlebars)") for start, end in printed_directives(doc)]


class FrontMatterInvalid(Notice):
    code = "PL909"
    name = "front-matter-invalid"
    summary = "TOML front matter that is not valid TOML: its title and description were not read"
    rationale = (
        "A page's `title` and `description` in its front matter are shown to readers (in the page, "
        "in search results and link previews), so plainlint reads them as prose. TOML front matter "
        "(Hugo's `+++` ... `+++`) that does not parse yields neither, and the site generator "
        "would refuse the page as well; this notice says where the TOML went wrong, and the rest of "
        "the file is still linted."
    )
    bad = ('+++\ntitle = "Reset your password\ndate = 2026-01-05\n+++\n\nOpen Settings and choose Reset.\n',)
    good = ('+++\ntitle = "Reset your password"\ndate = 2026-01-05\n+++\n\nOpen Settings and choose Reset.\n',)

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """At the place tomllib names (`Document.front_matter_problem`, set by readers.toml_front)."""
        if doc is None or doc.front_matter_problem is None:
            return []
        offset, problem = doc.front_matter_problem
        return [Hit(offset, offset, f"front matter is not valid TOML ({problem}): its title and "
                                    "description were not read")]


class TemplateUnread(Notice):
    code = "PL910"
    name = "template-unread"
    example_format = "html"
    summary = "A template that gave no prose word to lint, whose text is in a helper or macro call plainlint does not read"
    rationale = (
        "plainlint reads the English in gettext's helpers (`_()`, `gettext()`, `ngettext()`, Ruby's `_()` and "
        "`n_()`, ...) where it stands. Many template sets wrap every sentence in a helper of their own: a "
        "translation domain wrapper (`_fsdomain('...')`) or a macro that adds the markup (`render_text(\"...\")`). "
        "Such a file would pass in silence, as if its text were fine. This notice says that no word of the "
        "file was read although an output tag holds quoted text, so the `translation-helpers` config option "
        "can name the function whose first string argument is the text."
    )
    bad = ("<p>{{ render_para('We will utilize your new password from now on.') }}</p>\n",)
    good = ("<p>{{ _('We will use your new password from now on.') }}</p>\n",)

    def notice(self, doc, settings, **facts) -> list[Hit]:
        """At the first quoted text in a call, when the template yielded no prose word."""
        from ..reading.translation_helpers import unread_called_text

        found = unread_called_text(doc) if doc is not None else None
        if found is None:
            return []
        start, end, name = found
        if name in settings.translation_helpers:  # named, but its text is built: `render_text("Hi " + name)`
            return [Hit(start, end, f"no prose read from this template: {name}(...) is in `translation-helpers`, "
                                    "but its text is not one string (built with + or ~), which is not read")]
        return [Hit(start, end, f"no prose read from this template, but its calls hold quoted text (first: "
                                f"{name}(...)): if that is the message's text, name the function in config "
                                f"`translation-helpers: [{name}]`")]
