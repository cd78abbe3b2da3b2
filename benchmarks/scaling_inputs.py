"""The inputs of benchmarks/scaling.py: one generator a case, each writing the same kind of
content n times over (`make_<case>(n) -> (file name, bytes)`), and the list of cases with what
each one needs (config, a larger base, the text reporter).

Kept apart from the measuring (scaling.py) so the inputs can be read, listed and tested on their
own; tests/running/test_scaling_bench.py checks that every generator grows linearly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable

from scaling_inputs_linear import make_agent_notes, make_h1_branches, make_pin_name_list, make_wait_separators
from scaling_inputs_reading import make_agent_line_article, make_mkdocs_blocks, make_translation_calls, make_vague_links

# --- prose for the generators ------------------------------------------------------------------

SENTENCES = (
    "Thanks for reaching out about your order.",
    "We have refunded the shipping fee to your original payment method.",
    "Refunds usually reach your card within five to seven business days.",
    "If the tracking page still shows the old address, reply to this email and we will update it.",
    "You can change your plan at any time from the Billing page in your account settings.",
    "Our team is looking into the delay and will send you an update by Friday.",
    "To reset your password, open the sign-in page and choose Forgot password.",
    "The new invoice lists each seat on its own line, so you can check the total.",
)


def sentence(i: int) -> str:
    return SENTENCES[i % len(SENTENCES)]


def prose(i: int, count: int = 3) -> str:
    return " ".join(sentence(i + k) for k in range(count))


# Capitalised words by initial, for acronyms the document spells out ("Secure Billing Export (SBE)").
INITIAL_WORDS = {
    "A": "Account", "B": "Billing", "C": "Customer", "D": "Data", "E": "Export", "F": "Fraud",
    "G": "Gateway", "H": "Help", "I": "Invoice", "J": "Journey", "K": "Key", "L": "Ledger",
    "M": "Message", "N": "Notice", "O": "Order", "P": "Payment", "Q": "Queue", "R": "Refund",
    "S": "Service", "T": "Ticket", "U": "User", "V": "Vendor", "W": "Workflow", "X": "Xchange",
    "Y": "Yield", "Z": "Zone",
}
LETTERS = "ABCDEFGHIJKLMNOPRSTUVW"  # no Q, X, Y, Z: letter runs stay pronounceable acronyms


def acronym(i: int) -> str:
    """The i-th distinct four-letter acronym (22**4 of them)."""
    letters = []
    for _ in range(4):
        i, digit = divmod(i, len(LETTERS))
        letters.append(LETTERS[digit])
    return "".join(letters)


# --- generators: make_<case>(n) -> (file name, bytes); n is a count of repeated units -------------

def make_links_paragraph(n: int) -> tuple[str, bytes]:
    """One Markdown paragraph holding n links."""
    parts = [f"see [the refund guide, part {i}](https://help.example.com/articles/{i}-refunds) and"
             for i in range(n)]
    return "links.md", ("# Refunds\n\nFor the details, " + " ".join(parts) + " reply if anything is unclear.\n").encode()


def make_caps_long_line(n: int) -> tuple[str, bytes]:
    """One line of prose with capitalised words and runs of capitals (no line break at all)."""
    parts = [f"Please do NOT RESTART the ROUTER while ticket {i} is OPEN. {sentence(i)}" for i in range(n)]
    return "caps.md", (" ".join(parts) + "\n").encode()


def make_html_anchors(n: int) -> tuple[str, bytes]:
    """HTML sections, each opened by an empty `<a name>` anchor (a link with no text)."""
    sections = [f'<h2><a name="section-{i}"></a>Section {i}</h2>\n<p>{prose(i)}</p>\n' for i in range(n)]
    return "anchors.html", ("<html><body>\n" + "".join(sections) + "</body></html>\n").encode()


def make_unclosed_p_div(n: int) -> tuple[str, bytes]:
    """Unclosed `<p>` elements inside a `<div>` that sets colours (contrast walks the ancestors)."""
    paragraphs = [f"<p>{prose(i)}\n" for i in range(n)]
    return "unclosed-p.html", ('<div style="color: #333333; background-color: #ffffff">\n'
                               + "".join(paragraphs) + "</div>\n").encode()


def zendesk_macro(i: int) -> dict:
    return {
        "id": 360001000000 + i,
        "title": f"Shipping delay {i}",
        "active": True,
        "actions": [
            {"field": "status", "value": "pending"},
            {"field": "subject", "value": f"An update on your order {i}"},
            {"field": "comment_value",
             "value": f"Hi {{{{ticket.requester.first_name}}}},\n\n{prose(i)} Simply click here to track it.\n\n"
                      "Thanks,\n{{current_user.first_name}}"},
        ],
    }


def make_zendesk_macros(n: int) -> tuple[str, bytes]:
    """A Zendesk export of n small macros (each with findings, so every finding looks up its macro)."""
    return "macros.json", json.dumps({"macros": [zendesk_macro(i) for i in range(n)], "count": n}, indent=2).encode()


def make_acronyms(n: int) -> tuple[str, bytes]:
    """A long document whose paragraphs each spell out a distinct acronym and use it."""
    paragraphs = []
    for i in range(n):
        short = acronym(i)
        words = " ".join(INITIAL_WORDS[c] for c in short)
        paragraphs.append(f"The {words} ({short}) report lists every change. Open the {short} page "
                          f"before you contact us. {sentence(i)}\n\n")
    return "acronyms.md", ("# Glossary\n\n" + "".join(paragraphs)).encode()


def make_undefined_acronyms(n: int) -> tuple[str, bytes]:
    """Paragraphs that each use a distinct acronym never spelled out, several times, beside
    bold labels and lists of codes (undefined-acronym: every use is a candidate, one finding each)."""
    paragraphs = []
    for i in range(n):
        short = acronym(i)
        paragraphs.append(f"Your case is with the {short} team. The {short} queue is busy, so **{short} Tools** "
                          f"and the {short} checkbox may lag; codes AB, CD, EF apply. {sentence(i)}\n\n")
    return "undefined-acronyms.md", ("# Notes\n\n" + "".join(paragraphs)).encode()


def make_acronym_lists(n: int) -> tuple[str, bytes]:
    """One paragraph holding n letters in a row and n in a list, amid prose (undefined-acronym: the
    list checks (controls, markings, series) and a name in two parts, asked at every letter)."""
    run = " ".join(acronym(i) for i in range(n))
    listed = ", ".join(acronym(n + i) for i in range(n))
    filler = " ".join(sentence(i).lower() for i in range(n))
    return "acronym-lists.md", f"# Notes\n\nThe codes {run} and then {listed} and {filler}\n".encode()


def make_sensory_reply(n: int) -> tuple[str, bytes]:
    """A long reply with directions by colour, place and pointer, pictures, bad news with '!' and
    emoji, and holds (sensory-directions, bad-news-tone, hold-without-asking: per sentence)."""
    parts = ["Hi Sam,\n\n"]
    for i in range(n):
        parts.append(f"Tap the blue icon in the top right corner, then hover over the chart. {sentence(i)} "
                     f"Your order {i} has been cancelled! Sorry 😢😢 Please hold while I check. "
                     f"As shown below, the filter icon at the top right opens it.\n\n![](shot-{i}.png)\n\n")
    parts.append("Thanks,\nThe Acme team\n")
    return "reply.md", "".join(parts).encode()


def make_reply_practice(n: int) -> tuple[str, bytes]:
    """A Zendesk export of n macros, each a refusal, an unowned promise, an incident note, a
    closing, a phone number and "do not reply" (issue 31's whole-reply rules: every macro is read
    on its own, so links, tags and sentences are grouped by macro once)."""
    macros = []
    for i in range(n):
        body = (f"Hi {{{{ticket.requester.first_name}}}},\n\nUnfortunately we can't refund order {i}. "
                f"A colleague will follow up. We are investigating reports of failed logins. "
                f"I've resolved your ticket. For help, call us on 0800 123 {4000 + i % 6000:04d}. {sentence(i)}\n\n"
                f"Please do not reply to this email.\n\n[Account](https://example.com/a/{i})")
        macros.append({"id": i, "title": f"Reply {i}", "actions": [{"field": "comment_value", "value": body}]})
    return "macros.json", json.dumps({"macros": macros, "count": n}, indent=2).encode()


def make_dot_run(n: int) -> tuple[str, bytes]:
    """A run of dots followed by a letter (a sentence end that never ends)."""
    return "dots.txt", ("Your export is still running" + "." * (100 * n) + "x and will finish soon.\n").encode()


def make_hyphen_email(n: int) -> tuple[str, bytes]:
    """A long hyphenated token beside an e-mail address (no '@' in the token)."""
    token = "-".join(f"ref{i}" for i in range(20 * n))
    return "hyphen.txt", (f"Quote {token} support@example.com when you write to us.\n").encode()


def make_unclosed_comments(n: int) -> tuple[str, bytes]:
    """HTML with many `<!--` that are never closed."""
    lines = [f"<p>{sentence(i)} <!-- draft note {i}\n" for i in range(n)]
    return "comments.html", ("<html><body>\n" + "".join(lines) + "</body></html>\n").encode()


def make_markdown_table(n: int) -> tuple[str, bytes]:
    """One Markdown table of n rows."""
    rows = [f"| Plan {i} | {sentence(i)} | ${i % 90 + 10}.00 | Simply click here |\n" for i in range(n)]
    return "table.md", ("# Plans\n\n| Plan | What you get | Price | Notes |\n|---|---|---|---|\n" + "".join(rows)).encode()


def make_html_table(n: int) -> tuple[str, bytes]:
    """One HTML table of n rows."""
    rows = [f"<tr><td>Plan {i}</td><td>{sentence(i)}</td><td>${i % 90 + 10}.00</td></tr>\n" for i in range(n)]
    return "table.html", ("<table>\n<tr><th>Plan</th><th>What you get</th><th>Price</th></tr>\n"
                          + "".join(rows) + "</table>\n").encode()



def make_mdx_jsx_table(n: int) -> tuple[str, bytes]:
    """One MDX page whose HTML block (a JSX element) is a table of n rows with `code` in each."""
    rows = [f"<tr><td>`plan_{i}`</td><td>Plan {i}</td></tr>\n" for i in range(n)]
    return "table.mdx", ("# Plans\n\n<table>\n" + "".join(rows) + "</table>\n").encode()

def make_deep_lists_quotes(n: int) -> tuple[str, bytes]:
    """n blocks, each a list nested eight deep and a block quote nested eight deep."""
    blocks = []
    for i in range(n):
        items = "".join("  " * d + f"- Step {d}: {sentence(i + d)}\n" for d in range(8))
        quotes = "".join(">" * (d + 1) + f" {sentence(i + d)}\n" for d in range(8))
        blocks.append(f"{items}\n{quotes}\n")
    return "deep.md", "".join(blocks).encode()


ENTITIES = ("&amp;", "&lt;", "&gt;", "&quot;", "&#8217;", "&eacute;", "&nbsp;", "&#x2014;", "&copy;", "&hellip;")


def make_entities(n: int) -> tuple[str, bytes]:
    """Paragraphs made mostly of character references (n units of ~100 bytes)."""
    units = []
    for i in range(n):
        refs = " ".join(ENTITIES[(i + k) % len(ENTITIES)] for k in range(12))
        units.append(f"Caf{ENTITIES[5]} {refs}\n" + ("</p>\n<p>" if i % 20 == 19 else ""))
    return "entities.html", ("<p>" + "".join(units) + "</p>\n").encode()


def make_findings_one_line(n: int) -> tuple[str, bytes]:
    """Many findings on one line (run with the text reporter: each finding prints its line)."""
    parts = [f"Simply click here to easily reset ticket {i}, obviously." for i in range(n)]
    return "findings.md", (" ".join(parts) + "\n").encode()


# --- further inputs, looking for more ---------------------------------------------------------

def make_emphasis_paragraph(n: int) -> tuple[str, bytes]:
    """One long Markdown paragraph with emphasis, strong, code spans and some unmatched markers."""
    parts = [f"*Please* **do not** reset `token-{i}` until _the_ __export__ finishes * and" for i in range(n)]
    return "emphasis.md", (" ".join(parts) + " done.\n").encode()


def make_reference_links(n: int) -> tuple[str, bytes]:
    """Reference links and footnotes, used in one paragraph and defined at the end."""
    uses = " ".join(f"see [guide {i}][ref{i}] and note[^n{i}]," for i in range(n))
    definitions = "".join(f"[ref{i}]: https://help.example.com/articles/{i}\n" for i in range(n))
    notes = "".join(f"[^n{i}]: {sentence(i)}\n" for i in range(n))
    return "references.md", (f"# Help\n\nFor details {uses} thanks.\n\n{definitions}\n{notes}").encode()


def make_json_escapes(n: int) -> tuple[str, bytes]:
    """One macro whose body is one long JSON string full of escapes (\\n, \\u2019, \\", \\/)."""
    body = "".join(f"Hi \"there\",\nWe\u2019ve refunded order {i}.\nSee https://example.com/a/{i}\t\u2014 thanks.\n"
                   for i in range(n))
    macro = {"macros": [{"id": 1, "title": "Long reply", "actions": [{"field": "comment_value", "value": body}]}]}
    return "escapes.json", json.dumps(macro, ensure_ascii=True).replace("/", "\\/").encode()


def make_yaml_macros(n: int) -> tuple[str, bytes]:
    """A YAML file of n canned replies with block-scalar bodies."""
    items = [f"- title: Shipping delay {i}\n  body: |\n    Hi {{{{first_name}}}},\n    {prose(i)}\n"
             f"    Simply click here to track it.\n" for i in range(n)]
    return "replies.yaml", ("".join(items)).encode()


def make_template_ifs(n: int) -> tuple[str, bytes]:
    """A long HTML e-mail template with n `{% if %}` branches."""
    parts = [f"{{% if plan == 'p{i}' %}}<p>{sentence(i)} {{{{ customer.name }}}}</p>{{% else %}}"
             f"<p>{sentence(i + 1)}</p>{{% endif %}}\n" for i in range(n)]
    return "email.html.j2", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_many_headings(n: int) -> tuple[str, bytes]:
    """n headings, some skipping levels, each followed by a short paragraph."""
    parts = [f"{'#' * (i % 4 + 1)} Question {i}\n\n{sentence(i)}\n\n" for i in range(n)]
    return "headings.md", "".join(parts).encode()


def make_long_words(n: int) -> tuple[str, bytes]:
    """Prose with very long words (no hyphens or spaces inside them)."""
    parts = [f"Run {'supercalifragilistic' * (i % 5 + 1)}verification before {sentence(i)}" for i in range(n)]
    return "words.md", ("\n\n".join(parts) + "\n").encode()


def make_many_images(n: int) -> tuple[str, bytes]:
    """One paragraph with n Markdown images, some with empty alt text, some inside links."""
    parts = [f"![](https://example.com/step-{i}.png) [![Step {i}](https://example.com/s{i}.png)](https://example.com/{i})"
             for i in range(n)]
    return "images.md", ("# Steps\n\n" + " ".join(parts) + "\n").encode()


def make_nested_html(n: int) -> tuple[str, bytes]:
    """Deeply nested HTML: blocks of 50 nested `<div>`s with styled `<span>`s, then prose."""
    block = "".join(f'<div><span style="color:#{(d * 3) % 10}{(d * 7) % 10}0000">' for d in range(50))
    close = "</span></div>" * 50
    parts = [f"{block}<p>{prose(i)}</p>{close}\n" for i in range(n)]
    return "nested.html", "".join(parts).encode()


def make_html_links_images(n: int) -> tuple[str, bytes]:
    """HTML links that hold only an image with alt="" (a link with no name), n of them."""
    parts = [f'<p><a href="https://example.com/{i}"><img src="step-{i}.png" alt=""></a> {sentence(i)}</p>\n'
             for i in range(n)]
    return "linked-images.html", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_merge_tags(n: int) -> tuple[str, bytes]:
    """One line of text full of merge tags and template variables."""
    parts = [f"Hi *|FNAME|*, order {{{{order.id_{i}}}}} ships to %%ADDRESS_{i}%% soon." for i in range(n)]
    return "merge.txt", (" ".join(parts) + "\n").encode()


def make_long_sentence(n: int) -> tuple[str, bytes]:
    """One sentence that never ends: clauses joined by commas (readability, passive voice, length)."""
    parts = [f"the refund for order {i} was approved by the billing team" for i in range(n)]
    return "sentence.md", ("We checked your account and " + ", and ".join(parts) + ".\n").encode()


def make_many_urls(n: int) -> tuple[str, bytes]:
    """Bare URLs and e-mail addresses in one plain-text paragraph."""
    parts = [f"write to help{i}@example.com or open https://example.com/t/{i}?a=1&b=2." for i in range(n)]
    return "urls.txt", (" ".join(parts) + "\n").encode()


def make_template_fixes(n: int) -> tuple[str, bytes]:
    """An e-mail template whose every paragraph holds merge tags and a finding with a fix."""
    parts = [f"<p>Hi {{{{customer.first_name}}}}, please utilize the form for order {{{{order.id}}}} {i}.</p>\n"
             for i in range(n)]
    return "reply.html.hbs", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_many_disables(n: int) -> tuple[str, bytes]:
    """n `plainlint-disable-next-line` comments, each before a line with findings of other rules."""
    parts = [f"<!-- plainlint-disable-next-line jargon -->\nSimply click here to reset ticket {i}.\n\n"
             for i in range(n)]
    return "disables.md", "".join(parts).encode()


def make_many_figures(n: int) -> tuple[str, bytes]:
    """n `<figure>`s, each an image with its `<figcaption>`."""
    parts = [f'<figure><img src="step-{i}.png" alt="The refund form, step {i}">'
             f"<figcaption>Step {i}: {sentence(i)}</figcaption></figure>\n" for i in range(n)]
    return "figures.html", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_many_videos(n: int) -> tuple[str, bytes]:
    """n videos; half have a captions track, the others a transcript link nearby or nothing."""
    parts = []
    for i in range(n):
        track = f'<track kind="captions" src="v{i}.vtt">' if i % 2 else ""
        link = f' <a href="/help/transcripts/{i}">Read the transcript</a>' if i % 4 == 0 else ""
        parts.append(f'<video controls src="https://example.com/v{i}.mp4">{track}</video>\n<p>{sentence(i)}{link}</p>\n')
    return "videos.html", ("<html><body>\n" + "".join(parts) + "</body></html>\n").encode()


def make_markdown_article(n: int) -> tuple[str, bytes]:
    """A long help article: n sections of a heading, paragraphs with emphasis, code, entities,
    escapes and links, a list, a quote and an image (the everyday Markdown mix)."""
    parts = []
    for i in range(n):
        parts.append(
            f"## Question {i}\n\n{sentence(i)} *Please* check `order-{i}` &amp; the [billing page]"
            f"(https://help.example.com/b/{i}) \\*first\\*.\n{prose(i + 1, 2)}\n\n"
            f"- {sentence(i + 2)}\n- **Note:** {sentence(i + 3)}\n\n> {sentence(i + 4)}\n\n"
            f"![Step {i} of the refund form](img/step-{i}.png)\n\n")
    return "article.md", ("# Help\n\n" + "".join(parts)).encode()


@dataclass
class Case:
    name: str
    make: Callable[[int], tuple[str, bytes]]
    text_report: bool = False  # run with the default text reporter to stdout, not JSON to a file
    extra: bool = False  # found while looking for more, not one of issue 18's inputs
    # CPU beyond start-up the 1x run must take, when --min-seconds is too little for the
    # quadratic part to show at 8x (it must outgrow a large linear part first).
    min_seconds: float | None = None
    min_bytes: int = 0  # smallest 1x input, whatever its time
    config: str = ""  # more lines of .plainlint.yaml for this case
    description: str = ""  # for --list, when the generator's docstring does not say it all

    @property
    def about(self) -> str:
        return self.description or (self.make.__doc__ or "").strip().splitlines()[0]


CASES = [
    Case("links_paragraph", make_links_paragraph),
    Case("caps_long_line", make_caps_long_line),
    Case("html_anchors", make_html_anchors),
    Case("unclosed_p_div", make_unclosed_p_div),
    Case("zendesk_macros", make_zendesk_macros),
    Case("acronyms", make_acronyms, config="extend-select: [PL104]\n"),  # off by default: measured turned on
    # The issue-30 rules on their own: with every rule, undefined_acronyms also times shouting's
    # names_in_capitals, which grows with (frequent capitalised words) x (text) (reported to the lead).
    Case("undefined_acronyms", make_undefined_acronyms, extra=True, config="select: [PL104]\n"),
    Case("acronym_lists", make_acronym_lists, extra=True, config="select: [PL104]\n"),
    Case("sensory_reply", make_sensory_reply, extra=True, config="select: [PL410, PL208, PL209]\n"),
    Case("reply_practice", make_reply_practice, extra=True, config="select: [PL205, PL210, PL211, PL212]\n"),
    Case("dot_run", make_dot_run),
    Case("hyphen_email", make_hyphen_email),
    Case("unclosed_comments", make_unclosed_comments),
    Case("markdown_table", make_markdown_table),
    Case("markdown_article", make_markdown_article, extra=True),
    Case("html_table", make_html_table),
    Case("mdx_jsx_table", make_mdx_jsx_table, extra=True),  # rev15: code spans looked through per text
    Case("deep_lists_quotes", make_deep_lists_quotes),
    Case("entities", make_entities, min_bytes=1_000_000),  # issue 18: "1 MB of entities"
    # Slicing the 1 MB line out of the source per finding (the excerpt) is a memcpy: it only
    # overtakes the per-finding work of the rules on lines of a megabyte or so.
    Case("findings_one_line", make_findings_one_line, text_report=True, min_seconds=1.5),
    Case("emphasis_paragraph", make_emphasis_paragraph, extra=True),
    Case("reference_links", make_reference_links, extra=True),
    Case("json_escapes", make_json_escapes, extra=True),
    Case("yaml_macros", make_yaml_macros, extra=True),
    Case("template_ifs", make_template_ifs, extra=True),
    Case("many_headings", make_many_headings, extra=True),
    Case("long_words", make_long_words, extra=True),
    Case("many_images", make_many_images, extra=True),
    Case("nested_html", make_nested_html, extra=True),
    Case("html_links_images", make_html_links_images, extra=True),
    Case("merge_tags", make_merge_tags, extra=True),
    Case("long_sentence", make_long_sentence, extra=True),
    Case("many_urls", make_many_urls, extra=True),
    Case("template_fixes", make_template_fixes, extra=True),
    Case("many_disables", make_many_disables, extra=True),
    Case("many_figures", make_many_figures, extra=True),
    Case("many_videos", make_many_videos, extra=True),
    # Session 17's readings (rev17): translation literals read in place; an article's agent lines.
    Case("translation_calls", make_translation_calls, extra=True),
    Case("agent_line_article", make_agent_line_article, extra=True, config="select: [PL208, PL209]\n"),
    Case("vague_links", make_vague_links, extra=True, config="select: [PL403]\n"),
    Case("mkdocs_blocks", make_mkdocs_blocks, extra=True),  # rev18a: MkDocs bodies read as Markdown
    # The Zendesk export again, with a `suppress` entry in config naming one macro: every
    # finding then looks up the names of the macro it is in.
    Case("zendesk_suppressed", make_zendesk_macros, extra=True,
         description="The Zendesk export, with a `suppress` entry in config that names one macro.",
         config='suppress:\n  - macros: ["Shipping delay 0"]\n    rules: [cliche]\n'),
    # lin18: the paths of test_linear's former timed tests that no case above measured.
    Case("pin_name_list", make_pin_name_list, extra=True, config="select: [PL104, PL207]\n"),
    Case("wait_separators", make_wait_separators, extra=True, config="select: [PL209]\n"),
    Case("h1_branches", make_h1_branches, extra=True, config="select: [PL406]\n"),
    Case("agent_notes", make_agent_notes, extra=True),
]
