"""No finding shows the readers' private-use masks (user38 defect 2).

The readers write template tags over with same-length masks (reading.offsets.MASKS, U+E000 to
U+E004) before parsing; a segment reads them (an output tag as 'X', a block tag as nothing), but
an element's text or attribute is read from the masked view as it is. duplicate link text quoted
it raw: `Link text '\\ue001...Review\\ue001...'` in pretalx's templates. Every rule, over
documents with template tags in link texts, alt texts, labels, headings and prose, in every
template syntax: no message, related message, suggestion, fix title, fix text or context value
holds a private-use character (U+E000 to U+F8FF).
"""

import json
import re

import pytest

from plainlint.reading.readers import format_for
from plainlint.reading.source import Source
from plainlint.linting.engine import lint_source
from plhelpers import settings_for

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

# One page in Django's syntax (our own words); the other syntaxes are made from it below.
DJANGO = """<html><body>
<h1>{% trans "Welcome" %} {{ name }}</h1>
<h3>{% trans "Note" %}</h3>
<p>Hi {{ name }}, your order {{ order.id }} was shipped and was received by {{ courier }}. Please
utilize the {% trans "portal" %} to leverage the {{ feature }} {% if a %}in order to{% endif %} facilitate things.</p>
<p><a href="/a">{% trans "Click here" %}</a> or <a href="/b">{% if a %}Read{% else %}See{% endif %} more</a>.</p>
<p><a href="/r1"><span>{% translate "Review" %}</span></a> <a href="/r2"><span>{% translate "Review" %}</span></a></p>
<p><a href="/t1">Open {% if a %}the{% endif %} settings page</a> <a href="/t2">Open {% if b %}the{% endif %} settings page</a></p>
<p><a href="/u1">{% trans "Billing" %} {% if a %}{% else %}{% endif %}help</a> <a href="/u2">{% trans "Billing" %} help</a></p>
<p><a href="/v1" aria-label="{% trans 'here' %} {% if a %}{% endif %}"></a> <a href="/v2" title="{% if a %}{% endif %}Click here"></a></p>
<p><a href="https://example.com/{{ p }}/page">https://example.com/{% if a %}x{% endif %}/page</a></p>
<p>THIS IS {% if a %}VERY{% endif %} IMPORTANT TO READ NOW {{ name }} PLEASE.</p>
<p>Due to {% if a %}unforeseen{% endif %} circumstances we are unable to {{ verb }} your request at this point in time.</p>
<p>Simply {% if a %}just{% endif %} click the {% if a %}green{% endif %} button on the right. The the {{ x }} the the form.</p>
<img src="a.png" alt="{% trans 'screenshot' %}"> <img src="b.png" alt="{{ name }}.png">
<img src="c.png" alt="{% trans 'Image' %} of the {% if a %}export{% endif %} dialog">
<img src="d.png" alt="The {% if a %}export{% endif %} dialog"> <img src="e.png" alt="The {% if a %}export{% endif %} dialog">
<img src="f.png" alt="{% trans 'export-dialog-screenshot' %}"> <img src="g.png" alt="export-{% if a %}{% endif %}dialog-shot">
<table><tr><td>{% trans "a" %}</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
<p>Dear {% if a %}Sir or Madam{% endif %}, we will get back to you {% if a %}soon{% endif %}. Your request will be reviewed.</p>
</body></html>
"""


def _liquid(text: str) -> str:
    return re.sub(r"\{% trans(?:late)? (['\"][^'\"]*['\"]) %\}", r"{{ \1 | t }}", text)


def _handlebars(text: str) -> str:
    text = re.sub(r"\{% trans(?:late)? (['\"][^'\"]*['\"]) %\}", r"{{t \1}}", text)
    text = re.sub(r"\{% if (\w+) %\}", r"{{#if \1}}", text).replace("{% else %}", "{{else}}")
    return text.replace("{% endif %}", "{{/if}}")


def _erb(text: str) -> str:
    text = re.sub(r"\{% trans(?:late)? (['\"][^'\"]*['\"]) %\}", r"<%= t(\1) %>", text)
    text = re.sub(r"\{% if (\w+) %\}", r"<% if \1 %>", text).replace("{% else %}", "<% else %>")
    return text.replace("{% endif %}", "<% end %>").replace("{{ ", "<%= ").replace(" }}", " %>")


MARKDOWN = """# {{ title }} Getting Started

Please utilize {{ product }} to leverage your {% if x %}synergy{% endif %} going forward.

[Click here]({{ url }}) or [{{ name }} here](/x) or [Read more {% if a %}now{% endif %}](/y).

[Review {% if a %}all{% endif %}](/r1) and [Review {% if a %}all{% endif %}](/r2).

<a href="/h1">{% if a %}Help{% else %}Aid{% endif %} centre</a> and <a href="/h2">Help centre</a>.

![image {% if a %}of{% endif %} chart](c.png) ![{{ name }}.png](d.png)

The the {{ x }} the the form was submitted by {{ y }}. CLICK {% if a %}THE{% endif %} BUTTON NOW PLEASE OK.
"""

# A macro export whose HTML body holds Liquid (Zendesk's shape) and an MJML e-mail.
MACRO = """[{"title": "Refund", "actions": [{"field": "comment_value_html", "value": "<p>Hi {{ticket.requester.first_name}},</p><p><a href=\\"/r1\\">{% if a %}{% endif %}Refund policy</a> or <a href=\\"/r2\\">{% if a %}{% endif %}Refund policy</a>. <a href=\\"/x\\">{% if a %}{% endif %}Click here</a>. Please utilize the form.</p><img src=\\"a.png\\" alt=\\"{{ name }}.png\\">"}]}]
"""
MJML = """<mjml><mj-body><mj-section><mj-column>
<mj-text>Please utilize the {% if a %}new{% endif %} portal. <a href="/r1">{% if a %}{% endif %}Refund policy</a>
<a href="/r2">{% if a %}{% endif %}Refund policy</a></mj-text>
<mj-button href="/b">{% if a %}{% endif %}Click here</mj-button>
<mj-image src="a.png" alt="{{ name }}.png"></mj-image>
</mj-column></mj-section></mj-body></mjml>
"""

DOCUMENTS = [
    ("templates/page.html", DJANGO),
    ("templates/page.liquid", _liquid(DJANGO)),
    ("templates/page.hbs", _handlebars(DJANGO)),
    ("app/views/mailer/page.html.erb", _erb(DJANGO)),
    ("docs/page.md", MARKDOWN),
    ("docs/page.md.liquid", MARKDOWN),
    ("macros/refund.json", MACRO),
    ("emails/refund.mjml", MJML),
]


@pytest.mark.parametrize("path, text", DOCUMENTS, ids=[path for path, _ in DOCUMENTS])
def test_no_finding_shows_a_private_use_mask(path, text):
    result = lint_source(Source(path, text), format_for(path) or "text", settings_for(path, None, ["ALL"]))
    shown = [json.dumps(finding.to_json(result.source), ensure_ascii=False) for finding in result.findings]
    assert len(shown) >= 4  # the page is read: the rules find something in it
    assert [item for item in shown if PRIVATE_USE.search(item)] == []


def test_a_duplicate_link_text_from_a_translation_tag_is_quoted_as_read():
    """pretalx's shape (user38's repro): the message and its related message say 'Review'."""
    text = ('<ul><li><a href="/settings/review"><span>{% translate "Review" %}</span></a></li>\n'
            '<li><a href="/reviews"><span>{% translate "Review" %}</span></a></li></ul>\n')
    found = lint_source(Source("orga/base.html", text), "html", settings_for("orga/base.html", None, ["link-text"])).findings
    assert [(f.message.split(" is ")[0], [r.message for r in f.related]) for f in found] == [
        ("Link text 'Review'", ["the other link with the text 'Review'"])]


def test_masks_read_as_a_segment_reads_them():
    from plainlint.reading.offsets import as_read

    assert as_read("\ue001\ue001Read\ue002\ue002See\ue001 more") == "Read / See more"  # two alternatives
    assert as_read("\ue000\ue000\n\ue000.png") == "X.png"  # an output tag on two lines is one X
    assert as_read("Open \ue001the\ue001  page\ue002\ue001") == "Open the page"  # no empty alternative at an end
    assert as_read("Caf\ue003\ue003bar") == "Caf bar"
