"""React Email templates (`.tsx`/`.jsx` importing `react-email`, `@react-email/*` or `jsx-email`,
trial17): read as the HTML they render. Before trial17 plainlint found no `.tsx` file in a folder
("no files to lint" on React Email's demo templates and Dub's e-mails, the seed-253 sources), and a
file named on the command line was read as text, its imports and code as prose."""

import pytest

from plainlint.config import Config, Resolver
from plainlint.reading.readers import format_for, read_document
from plainlint.reading.readers.react_email import as_html
from plainlint.reading.source import Source
from plainlint.running.discovery import Discovery
from plhelpers import lint_text, spans

# Shaped like React Email's demo templates (resend/react-email, MIT), written for this test.
TEMPLATE = '''import { Body, Button, Heading, Html, Img, Link, Preview, Section, Text } from "@react-email/components";

const styles = { main: { color: "#333" } };  // never prose: "click here"

export const Welcome = ({ name, url }: { name: string; url: string }) => (
  <Html lang="en">
    <Body style={styles.main}>
      <Preview>Welcome to Acme, {name}</Preview>
      <Img src={`${base}/logo.png`} alt="Logo" width={48} />
      <Heading as="h2">Café ready — {name}</Heading>
      <Text className="lead" data-note="click here">
        You can start now.{" "}
        {/* a comment: never read */}
        {items.map((item) => (
          <Text key={item.id}>Your {item.name} is ready.</Text>
        ))}
      </Text>
      <Section><Button href={url}>Click here</Button></Section>
      <Link href="https://example.com/help" title="Help centre">here</Link>
      <Footer company="Acme" />
    </Body>
  </Html>
);

Welcome.PreviewProps = { name: "Click here to read more" };
export default Welcome;
'''


def read(text: str, path: str = "emails/welcome.tsx"):
    return read_document(Source(path, text), format_for(path))


def texts(doc) -> list[str]:
    return [" ".join(segment.text.split()) for segment in doc.segments]


def test_jsx_text_is_prose_and_code_is_not():
    doc = read(TEMPLATE)
    assert texts(doc) == ["Welcome to Acme, X", "Logo", "Café ready — X", "You can start now.",
                          "Your X is ready.", "Click here", "Help centre", "here"]


def test_same_length_and_every_expression_a_tag():
    masked, tags = as_html(TEMPLATE)
    assert len(masked) == len(TEMPLATE)
    assert "{name}" in [tag.text for tag in tags]
    assert all(TEMPLATE[tag.start:tag.end] == tag.text for tag in tags)


def test_heading_level_from_as_and_links_from_button_and_link():
    doc = read(TEMPLATE)
    assert [e.level for e in doc.elements if e.kind == "heading"] == [2]
    links = [(e.text, e.href) for e in doc.elements if e.kind == "link"]
    assert [text for text, _ in links] == ["Click here", "here"]
    assert links[1][1] == "https://example.com/help"
    assert [e.alt for e in doc.elements if e.kind == "image"] == ["Logo"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_positions_exact_through_non_ascii_and_crlf(newline):
    text = TEMPLATE.replace("\n", newline)
    found = spans(lint_text(text, "emails/welcome.tsx", select=["link-text"]), "link-text")
    lines = text.split(newline)
    expected = []
    for word in ("Click here</Button>", ">here</Link>"):
        line = next(i for i, ln in enumerate(lines) if word in ln)
        column = lines[line].index(word) + (1 if word.startswith(">") else 0) + 1
        expected.append((line + 1, column))
    assert [(ln, col) for ln, col, *_ in found] == expected


def test_positions_after_non_ascii_text():
    text = TEMPLATE.replace("<Button href={url}>Click here</Button>",
                            "<Text>Ünïcødé — {name} ✓</Text><Button href={url}>Click here</Button>")
    found = spans(lint_text(text, "emails/welcome.tsx", select=["link-text"]), "link-text")
    line = next(i for i, ln in enumerate(text.split("\n")) if "Ünïcødé" in ln)
    column = text.split("\n")[line].index("Click here") + 1
    assert (line + 1, column) in [(ln, col) for ln, col, *_ in found]


def test_an_image_without_alt_is_flagged():
    text = TEMPLATE.replace(' alt="Logo"', "")
    assert spans(lint_text(text, "emails/welcome.tsx", select=["alt-text-missing"]), "alt-text-missing")


def test_html_without_lang_is_not_flagged_react_email_renders_lang_en():
    text = TEMPLATE.replace('<Html lang="en">', "<Html>")
    assert not spans(lint_text(text, "emails/welcome.tsx", select=["html-lang"]), "html-lang")


@pytest.mark.parametrize("module", ["react-email", "@react-email/button", "jsx-email"])
def test_each_react_email_import_is_read(module):
    text = TEMPLATE.replace('"@react-email/components"', f"'{module}'")
    assert "You can start now." in texts(read(text, "emails/welcome.jsx"))


def test_other_tsx_files_are_not_read_nor_walked(tmp_path):
    # without React Email's import and its `<Body>` (react24: a template importing the components
    # through a local module is read by what it renders)
    other = TEMPLATE.replace('"@react-email/components"', '"react"').replace("Body", "Main")
    assert read(other, "app/page.tsx").segments == []
    (tmp_path / "page.tsx").write_text(other, encoding="utf-8")
    (tmp_path / "welcome.tsx").write_text(TEMPLATE, encoding="utf-8")
    found = [c.path.name for c in Discovery(Resolver(Config(root=tmp_path)), None, []).files([tmp_path])]
    assert found == ["welcome.tsx"]


def test_typescript_generics_and_comparisons_are_not_jsx():
    text = ('import { Text } from "@react-email/components";\n'
            "function pick<T>(items: Array<T>, n: number): T[] { return n < 2 ? items : []; }\n"
            "export default () => <Text>Your order shipped.</Text>;\n")
    assert texts(read(text)) == ["Your order shipped."]


def test_a_regular_expression_literal_is_code():
    # Dub's login-link e-mail shows its URL without the scheme: `//` inside the regex is no comment
    text = ('import { Text } from "@react-email/components";\n'
            "export default ({ url }) => (\n  <>\n    <Text>Or paste this address:</Text>\n"
            '    <Text>{url.replace(/^https?:\\/\\//, "")}</Text>\n    <Text>It works for a day.</Text>\n  </>\n);\n')
    assert texts(read(text)) == ["Or paste this address:", "X", "It works for a day."]


def test_an_image_with_a_spread_may_have_its_alt_from_it():
    # Trigger.dev's Image wrapper (Apache-2.0): `<Img src={...} {...props} />`, alt from the caller
    wrapper = ('import { Img } from "@react-email/components";\n'
               "export function Image({ path, ...props }) {\n"
               "  return <Img src={`${base}${path}`} {...props} />;\n}\n")
    assert not spans(lint_text(wrapper, "emails/components/Image.tsx", select=["alt-text-missing"]),
                     "alt-text-missing")
    bare = wrapper.replace(" {...props}", "")
    assert spans(lint_text(bare, "emails/components/Image.tsx", select=["alt-text-missing"]), "alt-text-missing")


# rev23's review of trial17's reader ---------------------------------------------------------------

@pytest.mark.parametrize("comment", ["/* shown on mobile */", "// shown on mobile\n         "])
def test_a_comment_between_attributes_is_blank_and_the_element_is_read(comment):
    # valid JSX: TypeScript and Babel take a comment where white space may stand in a start tag;
    # it made the element and every element around it unread
    text = ('import { Section, Text } from "@react-email/components";\n'
            f'export default () => (<Section><Text {comment} className="x">Your order shipped.</Text></Section>);\n')
    assert texts(read(text)) == ["Your order shipped."]
    masked, _ = as_html(text)
    assert "shown on mobile" not in masked


@pytest.mark.parametrize("helper", ["const pick{n} = <T extends object>(items: T[]) => items[{n}];\n",
                                    "type Pick{n} = <T>(items: T[]) => T;\n"])
def test_type_parameters_are_not_jsx(helper):
    # `<T extends object>(...) => ...` is how a .tsx file writes a generic arrow function, and a
    # function type writes `<T>(`; read as JSX, each took the rest of the file as its children,
    # one inside the next
    helpers = "".join(helper.format(n=n) for n in range(600))
    text = ('import { Text } from "@react-email/components";\n' + helpers
            + "export default () => <Text>Your order shipped.</Text>;\n")
    assert texts(read(text)) == ["Your order shipped."]


def test_heading_level_from_an_as_expression_holding_a_string():
    text = ('import { Heading } from "@react-email/components";\n'
            "export default () => (<><Heading as={'h3'}>Your order</Heading><Heading as={level}>Next</Heading></>);\n")
    assert [e.level for e in read(text).elements if e.kind == "heading"] == [3, 1]


@pytest.mark.parametrize("spread", ["{...p} />", "{...p}/>", "{...ps} />"])
def test_a_short_spread_may_carry_the_alt_as_a_long_one_does(spread):
    # `{...p}` was too short for `alt="..."`: the alt read as missing by the length of a name
    text = ('import { Img } from "@react-email/components";\n'
            f"export function Image({{ path, ...p }}) {{\n  return <Img src={{path}} {spread};\n}}\n")
    assert not spans(lint_text(text, "emails/components/Image.tsx", select=["alt-text-missing"]), "alt-text-missing")
    masked, _ = as_html(text)
    assert len(masked) == len(text)


def test_a_jsx_comment_holds_a_suppression_directive():
    # README's directive table had no form for React Email: `<!-- -->` is no JSX, and `{/* */}`
    # (MDX's form) was read as a comment tag but never as a directive
    text = ('import { Button } from "@react-email/components";\n'
            "export default () => (<>\n"
            "  {/* plainlint-disable-next-line link-text -- the button's own page says where */}\n"
            '  <Button href="https://example.com/a">Click here</Button>\n'
            '  <Button href="https://example.com/b">Click here</Button> {/* plainlint-disable-line PL403 */}\n'
            '  <Button href="https://example.com/c">Click here</Button>\n'
            "</>);\n")
    found = spans(lint_text(text, "emails/welcome.tsx", select=["link-text"]), "link-text")
    assert [line for line, *_ in found] == [6]
