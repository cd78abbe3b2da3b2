"""The WCAG 2.x contrast computation against published pairs, and colour parsing."""

import pytest

from plainlint.rules.css_colours import UNKNOWN, contrast_ratio, font_px, parse_colour
from plhelpers import lint_text

# Ratios published by WebAIM's contrast checker and the WCAG 2.x understanding documents
# (#767676 is the lightest grey that passes 4.5:1 on white, #949494 the lightest for 3:1,
# #595959 the lightest for 7:1; #777777 famously fails at 4.48:1).
PUBLISHED = [
    ("#000000", "#ffffff", 21.0),
    ("#ffffff", "#ffffff", 1.0),
    ("#777777", "#ffffff", 4.48),
    ("#767676", "#ffffff", 4.54),
    ("#595959", "#ffffff", 7.0),
    ("#949494", "#ffffff", 3.03),
    ("#808080", "#ffffff", 3.95),
    ("#ff0000", "#ffffff", 4.0),
    ("#0000ff", "#ffffff", 8.59),
    ("#008000", "#ffffff", 5.14),
    ("#00ff00", "#ffffff", 1.37),
    ("#ffff00", "#000000", 19.56),
    ("#ff0000", "#000000", 5.25),
    ("#0000ff", "#000000", 2.44),
]


@pytest.mark.parametrize("first, second, ratio", PUBLISHED)
def test_ratio_matches_published_value(first, second, ratio):
    assert round(contrast_ratio(parse_colour(first), parse_colour(second)), 2) == ratio
    # The ratio does not depend on which colour is the text.
    assert contrast_ratio(parse_colour(second), parse_colour(first)) == contrast_ratio(parse_colour(first), parse_colour(second))


@pytest.mark.parametrize("text, rgb", [
    ("#FFF", (255, 255, 255)), ("#0a0B0c", (10, 11, 12)), ("#ffffffff", (255, 255, 255)),
    ("rgb(170, 170, 170)", (170, 170, 170)), ("rgb(100% 0% 0%)", (255, 0, 0)),
    ("rgba(0,0,0,1)", (0, 0, 0)), ("White", (255, 255, 255)), ("rebeccapurple", (102, 51, 153)),
    ("#333 !important", (51, 51, 51)),
])
def test_colours_parse(text, rgb):
    assert parse_colour(text) == rgb


@pytest.mark.parametrize("text", ["rgba(0,0,0,.5)", "#00000080", "var(--brand)", "hsl(0, 0%, 50%)", "\ue000\ue000"])
def test_unknown_colours_are_not_guessed(text):
    assert parse_colour(text) == UNKNOWN


@pytest.mark.parametrize("text", ["transparent", "inherit", ""])
def test_no_colour(text):
    assert parse_colour(text) is None


@pytest.mark.parametrize("text, px", [("24px", 24.0), ("18pt", 24.0), ("1.5em", 24.0), ("150%", 24.0), ("large", 18.0)])
def test_font_sizes(text, px):
    assert font_px(text) == pytest.approx(px)


# --- issue 26: hidden preheaders, one finding per colour pair -------------------------------

@pytest.mark.parametrize("hiding", [
    "display:none", "display: none !important", "opacity:0", "max-height:0px; overflow:hidden",
    "font-size:0", "mso-hide:all", "visibility:hidden"])
def test_hidden_preheader_is_not_judged(hiding):
    html = (f'<div style="{hiding}; color:#f4f4f4; background:#ffffff">Your order has shipped and will '
            'arrive on Friday.</div>\n<p style="color:#333333">Hi Sam, your order is on its way.</p>\n')
    assert [f for f in lint_text(html, "shipped.html", None, select=["contrast"])] == []


def test_hidden_attribute_and_hidden_ancestor():
    html = ('<div hidden><span style="color:#eeeeee">Preview text for the inbox</span></div>\n'
            '<table style="display:none"><tr><td><font color="#fafafa">Also hidden</font></td></tr></table>\n')
    assert lint_text(html, "mail.html", None, select=["contrast"]) == []


def test_one_colour_pair_repeated_is_one_finding_with_count_and_occurrences():
    cell = '<td style="color:#aaaaaa">{}</td>'
    html = "<table><tr>" + "".join(cell.format(w) for w in ("Orders", "Returns", "Help")) + "</tr>\n" \
        + '<tr><td style="color:#bbbbbb">Terms</td></tr></table>\n'
    found = lint_text(html, "footer.html", None, select=["contrast"])
    assert [f.flagged for f in found] == ["Orders", "Terms"]
    first = found[0]
    assert first.context["count"] == 3
    assert [(o["line"], o["column"]) for o in first.context["occurrences"]] == [
        (1, html.index("Returns") + 1), (1, html.index("Help") + 1)]
    assert "2 more places" in first.message
    assert found[1].context["count"] == 1 and found[1].context["occurrences"] == []
