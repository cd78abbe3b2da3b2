"""The inputs of benchmarks/scaling.py: the list of cases, each a generator writing the same kind
of content n times over (`make_<case>(n) -> (file name, bytes)`) and what the case needs (config,
a larger base, the text reporter). The generators stand beside this file by the content they write:
scaling_inputs_markdown.py (Markdown and plain text), scaling_inputs_markup.py (HTML, templates,
macro exports), scaling_inputs_reading.py and scaling_inputs_linear.py (the paths of later
sessions' readings and of tests/running/test_linear.py), on the prose of scaling_inputs_prose.py.

Kept apart from the measuring (scaling.py) so the inputs can be read, listed and tested on their
own; tests/running/test_scaling_bench.py checks that every generator grows linearly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from scaling_inputs_linear import make_agent_notes, make_h1_branches, make_pin_name_list, make_wait_separators
from scaling_inputs_markdown import (
    make_acronym_lists, make_acronyms, make_caps_long_line, make_deep_lists_quotes, make_dot_run,
    make_emphasis_paragraph, make_findings_one_line, make_findings_wrapped_paragraph, make_hyphen_email, make_links_paragraph,
    make_long_sentence, make_long_words, make_many_disables, make_many_headings, make_many_images,
    make_many_urls, make_markdown_article, make_markdown_table, make_mdx_jsx_table, make_merge_tags,
    make_reference_links, make_sensory_reply, make_undefined_acronyms,
)
from scaling_inputs_markup import (
    make_entities, make_html_anchors, make_html_links_images, make_html_table, make_json_escapes,
    make_many_figures, make_many_videos, make_nested_html, make_reply_practice, make_template_fixes,
    make_template_ifs, make_unclosed_comments, make_unclosed_p_div, make_yaml_macros,
    make_zendesk_macros,
)
from scaling_inputs_reading import make_agent_line_article, make_mkdocs_blocks, make_translation_calls, make_vague_links


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
    # over segment_list.COLUMNS_FROM (1 MiB) at 1x, where a long segment is kept as columns
    Case("findings_wrapped_paragraph", make_findings_wrapped_paragraph, extra=True, min_bytes=1_200_000,
         config="select: [jargon]\n"),
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
