"""MDX components written as blocks (Mintlify's `<Steps>`, `<Tabs>`, `<AccordionGroup>`,
`<Frame caption>`, callouts; plainlint.reading.readers.mdx_flow): their children are Markdown,
never indented code nor raw HTML text, each child its own unit; the prose of a tag (a title, a
caption) is read at its exact place and nothing else of the tag is. Session 19, trial10."""

from plhelpers import lint_text, spans
from plainlint.enums import Scope
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source

# Our own page, written the way Mintlify's help pages are (Lago's, Typebot's, Mintlify's own).
STEPS = """---
title: Change your plan
---

<Steps>
  <Step title="Open the billing page">

    Open **Settings** and click [Billing](/billing).

  </Step>
  <Step title="Choose a plan">
    Select the plan you want and utilize the preview.
  </Step>
</Steps>

<Frame caption="The billing page shows your current plan.">
  <img src="/images/billing.png" alt="Billing page with the current plan highlighted" />
</Frame>
"""


def _read(text: str, path: str = "help/plan.mdx"):
    return read_document(Source(path, text), "mdx", detect_language=False)


def _texts(doc):
    return [(segment.scope, segment.text) for segment in doc.segments]


def test_a_child_indented_after_a_blank_line_is_markdown_not_code():
    doc = _read(STEPS)
    assert (Scope.PARAGRAPH, "Open Settings and click Billing.") in _texts(doc)
    assert [e.href for e in doc.elements if e.kind == "link"] == ["/billing"]


def test_each_child_is_its_own_unit_and_the_titles_are_read_in_place():
    texts = [text for scope, text in _texts(_read(STEPS)) if scope != Scope.HEADING]
    assert texts == ["Open the billing page", "Open Settings and click Billing.", "Choose a plan",
                     "Select the plan you want and utilize the preview.",
                     "The billing page shows your current plan.",
                     "Billing page with the current plan highlighted"]


def test_a_frame_caption_is_a_caption_at_its_exact_place():
    doc = _read(STEPS)
    caption = next(s for s in doc.segments if s.scope == Scope.CAPTION)
    start = caption.source_span().start
    assert STEPS[start:start + len(caption.text)] == caption.text


def test_findings_in_children_and_titles_have_exact_positions():
    text = STEPS.replace("Open **Settings**", "Utilize **Settings**").replace('title="Choose', 'title="Utilize')
    found = lint_text(text, "help/plan.mdx", select=["jargon"])
    assert spans(found) == [(8, 5, 8, 12, "Utilize"), (11, 16, 11, 23, "Utilize"), (12, 34, 12, 41, "utilize")]


def test_tag_attributes_other_than_prose_are_never_read():
    text = ('<CardGroup cols={2}>\n  <Card title="Billing FAQ" icon="circle-question" href="/utilize">\n'
            '    Answers about payments.\n  </Card>\n</CardGroup>\n')
    texts = [t for _, t in _texts(_read(text))]
    assert texts == ["Billing FAQ", "Answers about payments."]


def test_a_tag_written_over_several_lines_is_blanked_whole():
    text = ('<Card\n  title="Set up billing"\n  icon={\n    <svg viewBox="0 0 32 32"><path d="M16 8" /></svg>\n  }\n'
            '  href="/billing"\n>\n  Connect a payment provider.\n</Card>\n')
    assert [t for _, t in _texts(_read(text))] == ["Set up billing", "Connect a payment provider."]


def test_a_video_written_an_attribute_a_line_in_a_tab_is_a_video():
    # Typebot's pages (Prettier's JSX): the `>` alone on the last line read as a block quote.
    text = ('<Tabs>\n  <Tab title="Bot">\n    <video\n      controls\n      src="/images/bot.mp4"\n'
            '    ></video>\n  </Tab>\n</Tabs>\n')
    found = lint_text(text, "editor/audio.mdx", select=["media-captions"])
    assert [(f.line, f.column) for f in found] == [(3, 5)]


def test_tags_in_fenced_code_stay_code():
    # The fence alone keeps its lines code whatever is blanked in them; a tag's title would not be:
    # rev19b, the title of a fenced tag is code, not a title read in place.
    text = '```jsx\n<Step title="Utilize the tool">\n  Utilize this.\n</Step>\n```\n\nPlain text.\n'
    assert [t for _, t in _texts(_read(text))] == ["Plain text."]


def test_a_markdown_page_is_read_as_before():
    text = "<Note>\n\n    indented code\n\n</Note>\n"
    assert [t for _, t in _texts(read_document(Source("a.md", text), "markdown", detect_language=False))] == []


def test_indented_html_after_a_component_inside_html_stays_html():
    # Meshtastic's power page (a calculator in <details>): the table after an <Admonition>, still
    # indented in its <div>, is not indented code once the component's tag lines are blank.
    text = ('<div>\n  <details>\n    <div>\n      <Admonition type="info">\n        <p>Maps 4.2V to 100%.</p>\n'
            '      </Admonition>\n      <table>\n        <tr>\n          <td>Battery charge</td>\n        </tr>\n'
            '      </table>\n    </div>\n  </details>\n</div>\n')
    assert [e.kind for e in _read(text).elements if e.kind == "table"] == ["table"]


def test_components_inside_an_html_element_are_left_to_its_block():
    # Meshtastic's device pages: a logo link holding <Dark> and <Light> variants of the image.
    text = ('<div>\n  <a href="https://example.com">\n    <Dark>\n      <img src="/dark.svg" alt="Example logo" />\n'
            '    </Dark>\n  </a>\n</div>\n')
    assert lint_text(text, "devices/example.mdx", select=["link-text"]) == []


# rev19b: guards of mdx_flow no test held (each test below fails with its guard removed), and a
# string's opening quote taken for its closing one (a '>' in a quoted prop ended the tag).

def test_an_unfinished_tag_in_a_fence_is_not_joined_past_the_fence():
    # A fenced example of a tag cut short: joining its lines up to the next '>' (in the prose after
    # the fence) ran the fence on to the end of the page, the prose read as code.
    text = '# Pay\n\n```html\n<img\n  src="a.png"\n```\n\nUtilize the arrow -> to go on.\n'
    assert spans(lint_text(text, "help/pay.mdx", select=["jargon"])) == [(8, 1, 8, 8, "Utilize")]


def test_a_capitalised_html_element_is_left_to_the_html_reader():
    # `<Image>` is an image to the HTML reader (IMAGE_ALIAS), not a component whose line is blanked.
    text = '# Pay\n\n<Image src="/images/billing.png" />\n\nText here.\n'
    assert [(f.rule, f.line) for f in lint_text(text, "help/pay.mdx", select=["alt-text-missing"])] == [
        ("alt-text-missing", 3)]


def test_a_quoted_prop_may_hold_a_closing_angle_bracket():
    text = '<Step title="Choose Plans > Billing">\n\n    Open **Settings**.\n\n</Step>\n'
    assert [t for _, t in _texts(_read(text))] == ["Choose Plans > Billing", "Open Settings."]



# Our own tab, written the way Docusaurus help pages indent a table inside `<TabItem>` (check20:
# Homarr's single sign-on page, Apache-2.0): the delimiter row's moved indentation must not end it
# in tabs, which pulldown-cmark does not accept after a delimiter row, so the table was one paragraph.
TABLE_IN_TAB = """<Tabs>
  <TabItem value="ldap" label="LDAP">

    | Variable | Description |
    |----------|-------------|
    | `LDAP_URI` | Address of your directory server |
    | `LDAP_BASE` | Base name of your directory |

  </TabItem>
</Tabs>
"""


def test_a_table_indented_in_a_tab_is_a_table_with_its_cells_in_place():
    doc = _read(TABLE_IN_TAB)
    cells = [s for s in doc.segments if s.scope == Scope.TABLE_CELL]
    assert [s.text for s in cells] == ["Variable", "Description", "X", "Address of your directory server",
                                       "X", "Base name of your directory"]  # code reads as X
    for cell in (s for s in cells if s.text != "X"):
        start = cell.source_span().start
        assert TABLE_IN_TAB[start:start + len(cell.text)] == cell.text
