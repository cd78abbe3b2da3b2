"""Template blocks a site renders as code are code (rulesets/code-blocks.yaml, code30): Docsy's
`tab` in a `tabpane` and `card code=true`, Jekyll's `{% highlight %}`. A `{% raw %}` block's
body is read. The examples are written for these tests (the real ones: docs/accuracy.md, code30)."""

import pytest

from plainlint.fixing.fixer import fix_source
from plainlint.reading import templates
from plainlint.linting.ruleset_data import RulesetError
from plainlint.reading.source import Source
from plhelpers import lint_text, settings_for, spans, units

PROSE_RULES = ["jargon", "assumptive", "heading-levels", "alt-text-missing"]

# Docsy: a tab's content is highlighted as code unless the tab or its tabpane has text=true.
DOCSY_TABS = """# Configure the widget

{{< tabpane >}}
{{< tab header="**Config**:" disabled=true />}}
{{< tab header="hugo.toml" lang="toml" >}}
# In order to utilize the <img /> widget, e.g. on a page:
widget = true
{{< /tab >}}
{{% tab header="hugo.yaml" lang="yaml" highlight="hl_lines=1"%}}
# Simply utilize the widget.
widget: true
{{% /tab %}}
{{< tab header="Notes" text=true >}}
Utilize the widget on any page.
{{< /tab >}}
{{< /tabpane >}}

{{< tabpane text=true >}}
{{% tab header="Steps" %}}
Simply open the page.
{{% /tab %}}
{{< /tabpane >}}

{{< tabs "platforms" >}}
{{< tab "macOS" >}}
# Utilize the installer
{{< /tab >}}
{{< /tabs >}}

In order to finish, utilize **Save**.
"""


def test_a_docsy_tab_is_code_unless_it_or_its_tabpane_has_text_true():
    found = lint_text(DOCSY_TABS, "content/en/docs/widget.md", select=PROSE_RULES)
    # the text tab (14), the text tabpane's tab (20), the tab of another theme's `tabs` (26: a
    # heading too) and the prose after the blocks, at their exact places; nothing in the code tabs
    assert spans(found) == [
        (14, 1, 14, 8, "Utilize"),
        (20, 1, 20, 7, "Simply"),
        (26, 1, 26, 24, "# Utilize the installer"),
        (26, 3, 26, 10, "Utilize"),
        (30, 1, 30, 12, "In order to"),
        (30, 21, 30, 28, "utilize"),
    ]


CARDS = """Compare the two:

{{< cardpane >}}
{{< card code=true header="**Before**" lang="js" >}}
// In order to utilize the API, simply call it.
api.call();
{{< /card >}}
{{% card header="**After**" %}}
Simply utilize the new client.
{{% /card %}}
{{< /cardpane >}}
"""


def test_a_docsy_card_is_code_with_code_true_only():
    found = lint_text(CARDS, "content/en/docs/compare.md", select=PROSE_RULES)
    assert spans(found) == [(9, 1, 9, 7, "Simply"), (9, 8, 9, 15, "utilize")]


JEKYLL = """---
title: Install the tool
---

Run the installer:

{%- highlight shell linenos -%}
# In order to utilize the tool, simply run this.
./install.sh
{%- endhighlight -%}

{% raw %}
Write `{{ page.title }}` to utilize the page's title.
{% endraw %}

Then utilize it.
"""


def test_a_jekyll_highlight_block_is_code_and_a_raw_block_is_read():
    found = lint_text(JEKYLL, "docs/install.md", select=PROSE_RULES)
    # the raw block's prose is read, its `{{ }}` still masked; the highlight block is not
    assert spans(found) == [(13, 29, 13, 36, "utilize"), (16, 6, 16, 13, "utilize")]


def test_a_fix_never_edits_a_code_block():
    path = "content/en/docs/widget.md"
    fixed = fix_source(Source(path, DOCSY_TABS), "markdown", settings_for(path, select=PROSE_RULES)).text
    code = DOCSY_TABS.split("{{< /tab >}}")[0]
    assert fixed.startswith(code) and fixed != DOCSY_TABS


@pytest.mark.parametrize("text", [
    "{{< tab >}}\n# Utilize it.\n{{< /tab >}}\n",  # no tabpane: another theme's tab
    "{{< tabpane >}}{{< /tabpane >}}\n{{< tab >}}\n# Utilize it.\n{{< /tab >}}\n",  # after one closed
    "{{< tabpane text=true >}}\n{{< tab >}}\n# Utilize it.\n{{< /tab >}}\n{{< /tabpane >}}\n",
])
def test_a_tab_outside_a_code_tabpane_is_prose(text):
    assert [tag.kind for tag in templates.find_tags(text) if "Utilize" in tag.text] == []


def test_a_code_tab_is_one_tag_from_its_opening_to_its_closing_tag():
    text = "{{< tabpane >}}\n{{< tab >}}\n{{ x }} Utilize it.\n{{< /tab >}}\n{{< /tabpane >}}\n"
    block = [tag for tag in templates.find_tags(text) if "Utilize" in tag.text]
    assert [(tag.start, tag.end, tag.kind) for tag in block] == [(16, text.index("\n{{< /tabpane"), "boundary")]


def test_an_unknown_key_in_the_ruleset_is_an_error(monkeypatch):
    from plainlint.reading import code_blocks

    monkeypatch.setattr(code_blocks, "load_ruleset_file", lambda name: {"shortcodes": [{"name": "x", "if": "y"}]})
    code_blocks._blocks.cache_clear()
    try:
        with pytest.raises(RulesetError, match=r"rulesets/code-blocks.yaml: shortcodes: .*unknown \['if'\]"):
            code_blocks.patterns(10, 100)
    finally:
        code_blocks._blocks.cache_clear()


@pytest.mark.parametrize("block", ["{% highlight sh %}\nmake\n{% endhighlight %}", "{{< highlight sh >}}\nmake\n{{< /highlight >}}",
                                   "{{< card code=true >}}\nmake\n{{< /card >}}"])
def test_a_code_block_on_lines_of_its_own_ends_the_paragraph_before_it(block):
    # rendered, it is a block of its own (<figure>, <div class="highlight">), so "Run this" and
    # "then wait" are two units, not one sentence; inline, it only vanishes
    assert [text for _, text in units(f"Run this\n{block}\nthen wait\n")] == ["Run this", "then wait"]
    assert [text for _, text in units(f"Run this {block.replace(chr(10), '')} then wait\n")] == ["Run this  then wait"]
