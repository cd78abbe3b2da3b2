#!/usr/bin/env python3
"""plainlint scaling: does the cost of one file grow in proportion to its size?

Usage (from the repository root, with plainlint installed in the active Python):
    python benchmarks/scaling.py                      # every case, median of 3 runs
    python benchmarks/scaling.py --cases dot_run,entities --runs 1 --timeout 30
    python benchmarks/scaling.py --list               # the cases and what each one stresses
    python benchmarks/scaling.py --markdown           # a Markdown table, for the README

For every case a generator writes the same kind of content at a base size (1x) and at 2x, 4x and
8x. Each size is linted in its own process (`python -P -m plainlint check --no-cache --jobs 1`),
and the figure is the CPU time of that process (user+system, from wait4) minus start-up: the CPU
time of the same command on a tiny file of the same kind. The base size is calibrated: it doubles
until the 1x run takes at least --min-seconds (0.3 s) of CPU beyond start-up, within a size cap
(--max-mb at 8x) and a time cap (a 1x run over --max-seconds stops the calibration: that case is
already slow at a modest size). Linear cost grows 2x per doubling and 4x per 4x of input; a case
passes when 8x costs at most 5x of 2x. A run over --timeout CPU seconds is stopped and shown as
"> timeout"; the larger sizes of that case are not run. --profile N names what grows instead.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

LIMIT_PER_4X = 5.0
SCALES = (1, 2, 4, 8)

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
    Case("acronyms", make_acronyms),
    # The issue-30 rules on their own: with every rule, undefined_acronyms also times shouting's
    # names_in_capitals, which grows with (frequent capitalised words) x (text) (reported to the lead).
    Case("undefined_acronyms", make_undefined_acronyms, extra=True, config="select: [PL104]\n"),
    Case("sensory_reply", make_sensory_reply, extra=True, config="select: [PL410, PL208, PL209]\n"),
    Case("reply_practice", make_reply_practice, extra=True, config="select: [PL205, PL210, PL211, PL212]\n"),
    Case("dot_run", make_dot_run),
    Case("hyphen_email", make_hyphen_email),
    Case("unclosed_comments", make_unclosed_comments),
    Case("markdown_table", make_markdown_table),
    Case("markdown_article", make_markdown_article, extra=True),
    Case("html_table", make_html_table),
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
    # The Zendesk export again, with a `suppress` entry in config naming one macro: every
    # finding then looks up the names of the macro it is in.
    Case("zendesk_suppressed", make_zendesk_macros, extra=True,
         description="The Zendesk export, with a `suppress` entry in config that names one macro.",
         config='suppress:\n  - macros: ["Shipping delay 0"]\n    rules: [cliche]\n'),
]

# --- running ------------------------------------------------------------------------------------


@dataclass
class Run:
    cpu: float  # user+system seconds of the process and the children it waited for
    rss: int  # peak resident set size, bytes
    timed_out: bool = False


def cpu_limit(seconds: float) -> Callable[[], None]:
    """Set in the child before plainlint starts: the kernel stops it after `seconds` of CPU, so the
    timeout means the same on a busy machine as on an idle one."""
    def limit():
        whole = max(1, math.ceil(seconds))
        resource.setrlimit(resource.RLIMIT_CPU, (whole, whole + 5))
    return limit


def run_once(command: list[str], timeout: float) -> Run:
    """One run in its own process group, measured with wait4; stopped after `timeout` CPU seconds
    (or ten times that in wall seconds, should it sleep)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True, preexec_fn=cpu_limit(timeout))
    deadline = time.monotonic() + 10 * timeout
    pause = 0.005
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    if process.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return Run(cpu, usage.ru_maxrss * 1024, timed_out=True)
    if process.returncode not in (0, 1) or "error:" in error:
        raise RuntimeError(f"{' '.join(command)} failed (exit {process.returncode}): {error.strip()[:400]}")
    return Run(cpu, usage.ru_maxrss * 1024)


def median_run(command: list[str], runs: int, timeout: float) -> Run:
    """Median CPU of `runs` runs and the highest peak memory; stops at the first timeout."""
    results = []
    for _ in range(runs):
        results.append(run_once(command, timeout))
        if results[-1].timed_out:
            return results[-1]
    return Run(statistics.median(r.cpu for r in results), max(r.rss for r in results))


class Runner:
    """Writes a case's input at a scale and lints it; start-up is measured once per case."""

    def __init__(self, plainlint: list[str], folder: Path, runs: int, timeout: float):
        self.plainlint, self.folder, self.runs, self.timeout = plainlint, folder, runs, timeout

    def config(self, case: Case) -> Path:
        path = self.folder / f"{case.name}-{abs(hash(case.config))}.plainlint.yaml"
        if not path.exists():
            limit = "" if "max-file-size" in case.config else "max-file-size: 1GB\n"
            path.write_text(limit + case.config)
        return path

    def command(self, case: Case, path: Path) -> list[str]:
        report = [] if case.text_report else ["--format", "json", "-o", os.devnull]
        return [*self.plainlint, "check", "--no-cache", "--jobs", "1", "--config", str(self.config(case)),
                *report, str(path)]

    def write(self, case: Case, n: int) -> Path:
        name, data = case.make(n)
        path = self.folder / f"{case.name}-{n}-{name}"
        path.write_bytes(data)
        return path

    def measure(self, case: Case, n: int, runs: int | None = None) -> tuple[int, Run]:
        path = self.write(case, n)
        try:
            return path.stat().st_size, median_run(self.command(case, path), runs or self.runs, self.timeout)
        finally:
            path.unlink()


@dataclass
class Result:
    case: Case
    base_size: int = 0
    startup: float = 0.0
    cpu: dict[int, Run] = field(default_factory=dict)  # scale -> run (CPU not yet minus start-up)
    note: str = ""

    def net(self, scale: int) -> float | None:
        run = self.cpu.get(scale)
        return None if run is None else max(run.cpu - self.startup, 1e-3)

    def timed_out(self, scale: int) -> bool:
        run = self.cpu.get(scale)
        return run is not None and run.timed_out

    def growth(self, low: int, high: int) -> tuple[float | None, bool]:
        """(ratio of `high` to `low`, whether it is only a lower bound because a run timed out)."""
        a, b = self.net(low), self.net(high)
        if a is None or self.timed_out(low):
            return None, False
        if b is None:  # not run: an earlier size timed out
            last = max(s for s in self.cpu if s < high)
            if not self.timed_out(last) or last <= low:
                return None, False
            b = self.net(last)
        return b / a, self.timed_out(high) or high not in self.cpu

    @property
    def per_doubling(self) -> tuple[float | None, bool]:
        ratio, bound = self.growth(1, 8)
        return (ratio ** (1 / 3), bound) if ratio else (None, bound)

    @property
    def per_4x(self) -> tuple[float | None, bool]:
        return self.growth(2, 8)

    @property
    def passed(self) -> bool:
        ratio, bound = self.per_4x
        if self.note.startswith("slow"):
            return False
        return ratio is not None and not bound and ratio <= LIMIT_PER_4X

    @property
    def peak(self) -> int:
        return max((r.rss for r in self.cpu.values()), default=0)


def calibrate(runner: Runner, case: Case, result: Result, args) -> int | None:
    """The base n: doubled until 1x is the case's minimum size and costs --min-seconds beyond
    start-up. None when even the base is slower than --max-seconds (the result's note says so)."""
    n = args.start_n
    if case.min_bytes:  # straight to the minimum size: generators are linear in n
        n = max(n, math.ceil(n * case.min_bytes / len(case.make(n)[1])))
    while True:
        size, run = runner.measure(case, n, runs=1)
        net = run.cpu - result.startup
        if run.timed_out or net > args.max_seconds:
            result.base_size, result.cpu[1] = size, run
            result.note = f"slow: 1x ({size / 1e6:.2f} MB) already takes {net:.1f} s"
            return None
        target = case.min_seconds or args.min_seconds
        if net >= target and confirmed(runner, case, n, run.cpu, result, target):
            return n
        if size * 2 * 8 > args.max_mb * 1e6:
            result.note = f"size cap: 1x takes {net:.2f} s"
            return n
        n *= 2


def confirmed(runner: Runner, case: Case, n: int, first: float, result: Result, target: float) -> bool:
    """Whether the median of three runs at n (`first` and two more) still reaches `target` beyond
    start-up: one run is noisy on a busy machine, and a base too small puts start-up noise into
    every ratio."""
    more = [runner.measure(case, n, runs=1)[1].cpu for _ in range(2)]
    return statistics.median([first, *more]) - result.startup >= target


def measure_case(runner: Runner, case: Case, args) -> Result:
    result = Result(case)
    result.startup = runner.measure(case, 1, runs=max(3, args.runs))[1].cpu  # cheap, and noisy
    n = calibrate(runner, case, result, args)
    if n is None:
        return result
    for scale in SCALES:
        size, run = runner.measure(case, n * scale)
        if scale == 1:
            result.base_size = size
        result.cpu[scale] = run
        if run.timed_out:
            break
    return result


# --- memory -----------------------------------------------------------------------------------

# (case, input size in MB): issue 24's fixed-size inputs, each held to peak memory under 10x.
MEMORY_CASES = (("markdown_article", 20), ("markdown_table", 10))
MEMORY_LIMIT = 10.0


def size_for(case: Case, megabytes: float) -> int:
    """The n whose input is closest to `megabytes` (generators grow linearly)."""
    per_unit = len(case.make(1000)[1]) / 1000
    return max(1, round(megabytes * 1e6 / per_unit))


def measure_memory(runner: Runner, timeout: float) -> list[tuple[str, int, int]]:
    """(case, input bytes, peak RSS bytes) of one run each, under `max-file-size: 50MB`."""
    by_name = {c.name: c for c in CASES}
    out = []
    for name, megabytes in MEMORY_CASES:
        case = Case(name, by_name[name].make, config="max-file-size: 50MB\n")
        size, run = runner.measure(case, size_for(case, megabytes), runs=1)
        out.append((name, size, run.rss))
    return out


def print_memory(rows: list[tuple[str, int, int]]) -> bool:
    print("| case | input MB | peak MB | peak / input | < 10x |")
    print("|---|---|---|---|---|")
    passed = True
    for name, size, rss in rows:
        ratio = rss / size
        passed &= ratio < MEMORY_LIMIT
        print(f"| {name} | {size / 1e6:.1f} | {rss / 1e6:.0f} | {ratio:.1f}x | {'PASS' if ratio < MEMORY_LIMIT else 'FAIL'} |")
    return passed


# --- reporting ----------------------------------------------------------------------------------

def seconds(result: Result, scale: int, timeout: float) -> str:
    if scale not in result.cpu:
        return "-"
    if result.timed_out(scale):
        return f"> {timeout:g}"
    return f"{result.net(scale):.2f}"


def ratio_text(value: tuple[float | None, bool]) -> str:
    ratio, bound = value
    if ratio is None:
        return "-"
    return f"{'> ' if bound else ''}{ratio:.1f}x"


def verdict(result: Result) -> str:
    return "PASS" if result.passed else "FAIL"


HEADER = ("case", "1x size", "start-up s", "1x s", "2x s", "4x s", "8x s", "per doubling", "per 4x",
          "peak MB", "≤ 5x per 4x")


def row(result: Result, timeout: float) -> list[str]:
    return [result.case.name, f"{result.base_size / 1e3:.0f} KB", f"{result.startup:.2f}",
            *(seconds(result, s, timeout) for s in SCALES), ratio_text(result.per_doubling),
            ratio_text(result.per_4x), f"{result.peak / 1e6:.0f}", verdict(result)]


def print_table(results: list[Result], timeout: float, markdown: bool) -> None:
    rows = [list(HEADER)] + [row(r, timeout) for r in results]
    if markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for cells in rows[1:]:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
        for cells in rows:
            print("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())
    notes = [f"- {r.case.name}: {r.note}" for r in results if r.note]
    if notes:
        print("\n" + "\n".join(notes))


def profile(runner: Runner, case: Case, n: int, top: int) -> None:
    """cProfile of one run at n units, the `top` functions by own time: who grows."""
    path = runner.write(case, n)
    command = runner.command(case, path)
    python, rest = command[0], command[command.index("plainlint") + 1:]
    stats = runner.folder / "profile.out"
    try:
        subprocess.run([python, "-P", "-m", "cProfile", "-o", str(stats), "-m", "plainlint", *rest],
                       stdout=subprocess.DEVNULL, check=False)
        import pstats

        print(f"## {case.name}, n={n} ({path.stat().st_size / 1e3:.0f} KB)")
        pstats.Stats(str(stats), stream=sys.stdout).sort_stats("tottime").print_stats(top)
    finally:
        path.unlink()


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", help="comma-separated case names (default: all); see --list")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the median CPU is shown)")
    parser.add_argument("--min-seconds", type=float, default=0.3, help="CPU beyond start-up the 1x run must take")
    parser.add_argument("--max-seconds", type=float, default=20.0,
                        help="stop calibrating when a 1x run takes longer (reported as slow)")
    parser.add_argument("--max-mb", type=float, default=32.0, help="largest input at 8x, MB")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="CPU seconds before a run is stopped (shown as '> timeout')")
    parser.add_argument("--start-n", type=int, default=16, help="first n tried when calibrating")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="instead of timing, profile each case once at N units (cProfile, by own time)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--memory", action="store_true",
                        help="instead of timing, the peak memory of a 20 MB Markdown article and a 10 MB "
                             "Markdown table (max-file-size: 50MB), each held under 10x its input")
    parser.add_argument("--plainlint", default=None,
                        help="command that runs plainlint (default: this Python with -P -m plainlint)")
    return parser.parse_args(argv)


def selected(names: str | None) -> list[Case]:
    if not names:
        return CASES
    by_name = {c.name: c for c in CASES}
    unknown = [n for n in names.split(",") if n not in by_name]
    if unknown:
        raise SystemExit(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(by_name)}")
    return [by_name[n] for n in names.split(",")]


def main(argv=None) -> int:
    args = parse_args(argv)
    cases = selected(args.cases)
    if args.list:
        for case in cases:
            print(f"{case.name:20} {case.about}{' (text reporter)' if case.text_report else ''}")
        return 0
    plainlint = args.plainlint.split() if args.plainlint else [sys.executable, "-P", "-m", "plainlint"]
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="plainlint-scaling-") as folder:
            runner = Runner(plainlint, Path(folder), 1, args.timeout)
            for case in cases:
                profile(runner, case, args.profile, 15)
        return 0
    if args.memory:
        with tempfile.TemporaryDirectory(prefix="plainlint-scaling-") as folder:
            rows = measure_memory(Runner(plainlint, Path(folder), 1, args.timeout), args.timeout)
        return 0 if print_memory(rows) else 1
    print(f"# plainlint scaling: CPU s minus start-up, median of {args.runs}; load average {load()}\n")
    results = []
    with tempfile.TemporaryDirectory(prefix="plainlint-scaling-") as folder:
        runner = Runner(plainlint, Path(folder), args.runs, args.timeout)
        for case in cases:
            results.append(measure_case(runner, case, args))
            print("  " + "  ".join(row(results[-1], args.timeout)), file=sys.stderr, flush=True)
    print_table(results, args.timeout, args.markdown)
    print(f"\nload average at end: {load()}")
    failed = [r.case.name for r in results if not r.passed]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
