"""Apache FreeMarker e-mail templates (`.ftl`, `.ftlh`, `.ftlx`; ftl28): read as templates, their
directives, macro calls, comments and interpolations never linted, the prose between them at its
exact position, and the square-bracket syntax (`[#if]`, `[@wrap]`) only in a file whose first tag
is written so. Before ftl28 no `.ftl` file was read, and a Markdown e-mail's `[#if ...]` was prose.

Samples: Keycloak's e-mail theme (keycloak/keycloak, Apache-2.0,
themes/src/main/resources/theme/base/email/{html,text}/workflow-notification.ftl and
html/template.ftl) and Apache OFBiz's (apache/ofbiz-plugins, Apache-2.0,
ecommerce/template/email/EmailPayRetry.ftl), shortened; the clichés in them are ours.
"""

import pytest

from plainlint.reading.readers import format_for, read_document, template_syntaxes
from plainlint.reading.source import Source
from plainlint.reading.template_branches import alternatives, branch_paths, path_at
from plainlint.reading.templates import FREEMARKER, FREEMARKER_SQUARE, find_tags
from plhelpers import lint_text, spans

CLICHE = "we apologize for any inconvenience"

KEYCLOAK_TEXT = (
    "<#if messageKey == \"customMessage\">\n${kcSanitize(customMessage)?no_esc}\n<#else>\n"
    "Dear ${user.firstName!user.username},\n\n"
    "<#if daysRemaining gt 0>\n    Time remaining: ${daysRemaining} day<#if daysRemaining != 1>s</#if>\n</#if>\n\n"
    "If you have questions, please contact your ${realmName} administrator.\n\n"
    "Best regards,\n${realmName} Administration\n</#if>"
)
KEYCLOAK_LAYOUT = (
    "<#macro emailLayout>\n<html lang=\"${locale.language}\" dir=\"${(ltr)?then('ltr','rtl')}\">\n<body>\n"
    "    <#nested>\n</body>\n</html>\n</#macro>\n"
)
OFBIZ = (
    "<#-- Licensed to the Apache Software Foundation (ASF) -->\n<br/>\n"
    "<#if \"ORDER_REJECTED\" == orderHeader.statusId>\n"
    "  ${uiLabelMap.OrderEmailProblemWithYourPaymentMethod} ${orderHeader.orderId}.<br/>\n"
    "<#elseif \"ORDER_APPROVED\" == orderHeader.statusId>\n"
    "  ${uiLabelMap.OrderEmailPaymentOK} ${orderHeader.orderId} ${uiLabelMap.OrderEmailAccepted}\n"
    "<#else>\n  ${uiLabelMap.OrderEmailSorry} ${orderHeader.orderId}.<br/>\n</#if>\n"
    "<br/> <#-- Customer service email (not a variable why?) must be adapted -->\n"
)


def units(text: str, path: str) -> list[str]:
    return [segment.text for segment in read_document(Source(path, text), format_for(path)).segments]


@pytest.mark.parametrize("path", ["email/text/password-reset.ftl", "email/html/welcome.ftlh",
                                  "mail/receipt.ftlx", "mail/receipt.html.ftl", "mail/receipt.txt.ftl"])
def test_a_freemarker_file_is_read(path):
    assert format_for(path) in ("template", "html", "text")
    assert FREEMARKER in template_syntaxes(path, "Hi ${name}", format_for(path))


def test_keycloak_text_template_reads_as_its_prose():
    assert units(KEYCLOAK_TEXT, "email/text/workflow-notification.ftl") == [
        "X", "Dear X,", "Time remaining: X days",
        "If you have questions, please contact your X administrator.", "Best regards,\nX Administration"]


def test_layout_macro_and_attribute_tags_are_no_prose():
    doc = read_document(Source("email/html/template.ftl", KEYCLOAK_LAYOUT), "template")
    assert doc.format == "html" and [s.text for s in doc.segments if s.text.strip()] == []


def test_ofbiz_branches_and_comments():
    tags = find_tags(OFBIZ, (FREEMARKER,))
    assert [t.kind for t in tags if t.text.startswith("<")] == [
        "control", "control", "branch", "branch", "control", "control"]
    assert "Licensed" not in " ".join(units(OFBIZ, "email/EmailPayRetry.ftl"))


@pytest.mark.parametrize(
    "text",
    [
        "<#-- Sorry, " + CLICHE + ". -->\n<p>Thanks.</p>\n",
        "<#assign note = \"Sorry, " + CLICHE + ".\">\n<p>Thanks.</p>\n",
        "<p>${msg(\"Sorry, " + CLICHE + ".\")} Thanks.</p>\n",
        "<p><@p.text name=\"Sorry, " + CLICHE + ".\"/> Thanks.</p>\n",
        "<#if (count > 1) && note == \"Sorry, " + CLICHE + "\">\n<p>Thanks.</p>\n</#if>\n",
    ],
)
def test_tags_comments_and_interpolations_are_never_linted(text):
    text += "<p>Sorry, " + CLICHE + ".</p>\n"  # read, unlike the tags above it
    found = spans(lint_text(text, "emails/delay.ftl", select=["cliche"]), "cliche")
    assert [line for line, *_ in found] == [text.count("\n")]


@pytest.mark.parametrize(
    "text",
    [
        "<p>Hi ${user.firstName!'there'}, <#if late>sorry, " + CLICHE + ".</#if></p>\n",
        "Hi ${user.firstName},\n<#if late>\nSorry, " + CLICHE + ".\n<#else>\nThanks.\n</#if>\n",
        "<#-- header -->\n<@layout.emailLayout>\n<p>${a} ${b?string[\"EEE, d MMM\"]}: sorry, " + CLICHE + ".</p>\n"
        "</@layout.emailLayout>\n",
    ],
)
def test_prose_between_tags_keeps_its_exact_position(text):
    found = spans(lint_text(text, "emails/delay.ftl", select=["cliche"]), "cliche")
    at = text.index(CLICHE)
    assert [(line, column, flagged) for line, column, _, _, flagged in found] == [
        (text[:at].count("\n") + 1, at - text.rfind("\n", 0, at), CLICHE)]


SUMMIT_LIKE = (  # the shape of Virginia Tech's Summit notices (Markdown, square-bracket FreeMarker), our words
    "Subject: Approval needed for ${proposal.identifier}\n\n"
    "[@wrap]\n${proposal.activityType} ${proposal.identifier} awaits your approval.\n[/@wrap]\n\n"
    "* Deadline: ${proposal.deadline?string[\"EEE, MMM d, yyyy\"]}\n"
    "* Sponsor: [#if (proposal.sponsor)??]${proposal.sponsor.name}[#else]NA[/#if]\n\n"
    "[#if link??]\nClick [${proposal.identifier}](${link}) to open it in order to approve it.\n[#else]\n"
    "Go to the portal in order to approve it.\n[/#if]\n"
)


def test_square_bracket_syntax_in_a_markdown_email():
    assert FREEMARKER_SQUARE in template_syntaxes("notice.md", SUMMIT_LIKE, "markdown")
    read = units(SUMMIT_LIKE, "notice.md")
    assert "X X awaits your approval." in read
    assert not any("[#" in unit or "[@" in unit or "[/" in unit for unit in read)
    found = spans(lint_text(SUMMIT_LIKE, "notice.md", select=["jargon"]), "jargon")
    lines = SUMMIT_LIKE.split("\n")
    assert [(line, column) for line, column, *_ in found] == [
        (number, lines[number - 1].index("in order to") + 1) for number in (11, 13)]


@pytest.mark.parametrize(
    "text",
    [
        "See [#if] in the [C preprocessor guide](https://example.com/cpp).\n",  # no closing tag: prose
        "Use <#if x> in an ftl file and </#if> to close it.\n" + "[#if x]a[/#if]\n",  # angle first: square is text
    ],
)
def test_square_brackets_elsewhere_are_text(text):
    assert FREEMARKER_SQUARE not in template_syntaxes("page.md", text, "markdown")


def test_freemarker_branches_are_alternatives():
    text = "<#if a>Alpha<#elseif b>Beta<#else>Gamma</#if> After [#list xs as x]One[#else]None[/#list]"
    offsets, paths = branch_paths(find_tags(text, (FREEMARKER,)))
    a, b, c, after = (path_at(offsets, paths, text.index(w)) for w in ("Alpha", "Beta", "Gamma", "After"))
    assert alternatives(a, b) and alternatives(b, c) and not alternatives(a, after)
    square = "[#list xs as x]One[#else]None[/#list]"
    offsets, paths = branch_paths(find_tags(square, (FREEMARKER_SQUARE,)))
    assert alternatives(*(path_at(offsets, paths, square.index(w)) for w in ("One", "None")))


def test_a_directive_in_a_freemarker_comment_suppresses():
    text = "<#-- plainlint-disable-next-line cliche -->\n<p>Sorry, " + CLICHE + ".</p>\n"
    assert spans(lint_text(text, "emails/delay.ftl", select=["cliche"]), "cliche") == []


def test_config_turns_freemarker_on_for_any_file():
    text = "Hi ${name}, <#if late>sorry</#if>.\n"
    assert template_syntaxes("a.txt", "Hi ${name}.", "text", ("freemarker",)) == ("curly", FREEMARKER, "merge")
    assert FREEMARKER in template_syntaxes("a.txt", text, "text")


def test_an_unclosed_comment_runs_to_the_end_in_one_pass():
    text = "<p>Hi.</p>\n<#-- " + "x " * 50_000
    tags = find_tags(text, (FREEMARKER,))
    assert len(tags) == 1 and tags[0].end == len(text)
