"""Images in Hugo shortcodes and MDX components are image elements for the alt-text rules;
no other text inside a template tag is linted (issue 27)."""

from plhelpers import lint_text, spans

# A Hugo help-centre page: figures by shortcode, one with alt, one with only a caption, one bare.
HUGO_PAGE = """---
title: Export your contacts
---

Open **Contacts** and choose **Export**.

{{< figure src="/images/contacts/export-dialog.png" alt="screenshot" title="Export" >}}

{{< figure src="/images/contacts/csv-options.png" caption="Pick CSV and utilize the default columns" >}}

{{% figure src="/images/contacts/IMG_2231.png" %}}

{{< figure src="/images/contacts/done.png" alt="The export finished banner, utilized by admins" >}}

{{< notice tip >}}Large exports arrive by e-mail.{{< /notice >}}

{{< youtube id="w7Ft2ymGmfc" title="utilize leverage" >}}
"""


def test_hugo_figures_are_images_for_the_alt_text_rules():
    found = lint_text(HUGO_PAGE, "content/help/export-contacts.md",
                      select=["alt-text-missing", "alt-text-unhelpful"])
    assert [(f.rule, f.line, f.column, f.flagged) for f in found] == [
        ("alt-text-unhelpful", 7, 58, "screenshot"),
        ("alt-text-missing", 11, 1, '{{% figure src="/images/contacts/IMG_2231.png" %}}'),
    ]


def test_only_the_alt_parameter_is_read_as_prose():
    found = lint_text(HUGO_PAGE, "content/help/export-contacts.md", select=["jargon"])
    # the alt of the last figure; not the caption (line 9) nor the youtube title (line 17)
    assert spans(found) == [(13, 77, 13, 85, "utilized")]


def test_shortcodes_that_are_not_images_make_no_elements():
    text = "{{< youtube id=\"abc\" >}}\n\n{{< ref \"export.md\" >}}\n"
    assert lint_text(text, "content/a.md", select=["alt-text-missing"]) == []


MDX_PAGE = """import Image from '@theme/IdealImage';
import exportDialog from './img/export-dialog.png';

# Export your contacts

<Image img={exportDialog} alt="Export dialog with the CSV format selected" />

<Image img={require('./img/IMG_2231.png')} />

Then open the file <img src="/img/icons/download.svg" /> from your downloads.

<Image src="/img/banner.png" alt="image" />
"""


def test_mdx_image_components_and_img_tags_are_images():
    found = lint_text(MDX_PAGE, "docs/export-contacts.mdx", select=["alt-text-missing", "alt-text-unhelpful"])
    assert [(f.rule, f.line, f.column) for f in found] == [
        ("alt-text-missing", 8, 1),
        ("alt-text-missing", 10, 20),
        ("alt-text-unhelpful", 12, 35),
    ]


def test_image_tag_inside_svg_is_not_an_img():
    text = '<p>Logo: <svg viewBox="0 0 10 10"><image href="logo.png" /></svg></p>\n'
    assert lint_text(text, "page.html", select=["alt-text-missing"]) == []


# Hugo's `highlight` shortcode and the `code-toggle` shortcode of Hugo's own documentation
# (gohugoio/hugoDocs, layouts/_shortcodes/code-toggle.html) render their body as code.
CODE_SHORTCODES_PAGE = """Set the option in your project configuration:

{{< code-toggle file=hugo >}}
params:
  note: Utilize the DEFAULT settings in order to start
{{</ code-toggle >}}

Then utilize it.

{{< highlight go "linenos=table" >}}
// Utilize the DEFAULT settings in order to start.
{{< /highlight >}}

{{< code-toggle config=contentTypes />}}

Please utilize the defaults.

{{< notice tip >}}
Utilize the cache.
{{< /notice >}}
"""


def test_the_body_of_a_code_shortcode_is_code_not_prose():
    found = lint_text(CODE_SHORTCODES_PAGE, "content/en/configuration/params.md", select=["jargon", "shouting"])
    # prose between blocks (the closing tag may be written `{{</ code-toggle >}}`), after a self-closing
    # code-toggle (no body) and in a notice's body is still read
    assert spans(found) == [(8, 6, 8, 13, "utilize"), (16, 8, 16, 15, "utilize"), (19, 1, 19, 8, "Utilize")]
