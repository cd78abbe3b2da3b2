"""The generators of benchmarks/scaling.py's Markdown and plain-text cases: `make_<case>(n) ->
(file name, bytes)`, n a count of repeated units (the case table: scaling_inputs.py)."""

from __future__ import annotations

from scaling_inputs_prose import INITIAL_WORDS, acronym, prose, sentence


def make_links_paragraph(n: int) -> tuple[str, bytes]:
    """One Markdown paragraph holding n links."""
    parts = [f"see [the refund guide, part {i}](https://help.example.com/articles/{i}-refunds) and"
             for i in range(n)]
    return "links.md", ("# Refunds\n\nFor the details, " + " ".join(parts) + " reply if anything is unclear.\n").encode()


def make_caps_long_line(n: int) -> tuple[str, bytes]:
    """One line of prose with capitalised words and runs of capitals (no line break at all)."""
    parts = [f"Please do NOT RESTART the ROUTER while ticket {i} is OPEN. {sentence(i)}" for i in range(n)]
    return "caps.md", (" ".join(parts) + "\n").encode()


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


def make_dot_run(n: int) -> tuple[str, bytes]:
    """A run of dots followed by a letter (a sentence end that never ends)."""
    return "dots.txt", ("Your export is still running" + "." * (100 * n) + "x and will finish soon.\n").encode()


def make_hyphen_email(n: int) -> tuple[str, bytes]:
    """A long hyphenated token beside an e-mail address (no '@' in the token)."""
    token = "-".join(f"ref{i}" for i in range(20 * n))
    return "hyphen.txt", (f"Quote {token} support@example.com when you write to us.\n").encode()


def make_markdown_table(n: int) -> tuple[str, bytes]:
    """One Markdown table of n rows."""
    rows = [f"| Plan {i} | {sentence(i)} | ${i % 90 + 10}.00 | Simply click here |\n" for i in range(n)]
    return "table.md", ("# Plans\n\n| Plan | What you get | Price | Notes |\n|---|---|---|---|\n" + "".join(rows)).encode()


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


def make_findings_one_line(n: int) -> tuple[str, bytes]:
    """Many findings on one line (run with the text reporter: each finding prints its line)."""
    parts = [f"Simply click here to easily reset ticket {i}, obviously." for i in range(n)]
    return "findings.md", (" ".join(parts) + "\n").encode()


def make_findings_wrapped_paragraph(n: int) -> tuple[str, bytes]:
    """One hard-wrapped paragraph with a finding on every line (user30: over 1 MiB its segment is kept
    as columns, and each finding made it again, copying the whole paragraph: 4 MB took 70.9 s)."""
    return "wrapped.md", ("We will utilize the form.\n" * n).encode()


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


def make_many_disables(n: int) -> tuple[str, bytes]:
    """n `plainlint-disable-next-line` comments, each before a line with findings of other rules."""
    parts = [f"<!-- plainlint-disable-next-line jargon -->\nSimply click here to reset ticket {i}.\n\n"
             for i in range(n)]
    return "disables.md", "".join(parts).encode()


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
