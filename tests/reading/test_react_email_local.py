"""React Email, what trial17 left unread (react24): templates that import React Email's components
through a local module, prose in string and template-literal children, an element never closed.
Every template here is written for the test, shaped like React Email's demo templates
(resend/react-email, MIT) and Documenso's e-mails (which import `../components`)."""

import subprocess
import sys

import pytest

from plainlint.config import Config, Resolver
from plainlint.reading.readers import format_for, read_document
from plainlint.reading.readers.react_email import as_html, is_react_email
from plainlint.reading.source import Source, SourceError
from plainlint.running.discovery import Discovery
from plhelpers import lint_text, spans

LOCAL = '''import { Trans } from '@lingui/react/macro';

import { Body, Button, Container, Head, Html, Preview, Section, Text } from '../components';
import { TemplateFooter } from '../template-components/template-footer';

export const InviteEmail = ({ url = 'https://example.com/invite' }) => (
  <Html>
    <Head />
    <Body>
      <Preview>You have been invited</Preview>
      <Container>
        <Section>
          <Text>We utilize your address only to send this invitation.</Text>
          <Button href={url}>Accept</Button>
        </Section>
        <TemplateFooter />
      </Container>
    </Body>
  </Html>
);

export default InviteEmail;
'''


def read(text: str, path: str = "emails/invite.tsx"):
    return read_document(Source(path, text), format_for(path))


def texts(doc) -> list[str]:
    return [" ".join(segment.text.split()) for segment in doc.segments]


def column_of(text: str, needle: str) -> tuple[int, int]:
    return position(text, text.index(needle))


def position(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


# --- which files are e-mails -------------------------------------------------------------------

def test_a_template_importing_react_email_through_a_local_module_is_read():
    doc = read(LOCAL)
    assert texts(doc) == ["You have been invited", "We utilize your address only to send this invitation.",
                          "Accept"]
    found = spans(lint_text(LOCAL, "emails/invite.tsx", select=["jargon"]), "jargon")
    assert [(line, column, flagged) for line, column, _, _, flagged in found] == \
        [(*column_of(LOCAL, "utilize"), "utilize")]


def test_a_local_template_is_walked_and_app_components_are_not(tmp_path):
    (tmp_path / "invite.tsx").write_text(LOCAL, encoding="utf-8")
    (tmp_path / "_document.tsx").write_text(NEXT_DOCUMENT, encoding="utf-8")
    (tmp_path / "card.tsx").write_text(APP_COMPONENT, encoding="utf-8")
    found = [c.path.name for c in Discovery(Resolver(Config(root=tmp_path)), None, []).files([tmp_path])]
    assert found == ["invite.tsx"]


# Next.js's custom document renders `<Html>` from next/document with a lower-case `<body>`
NEXT_DOCUMENT = '''import { Html, Head, Main, NextScript } from "next/document";

export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
'''
# An app's page with a UI library's `Text` and `Container`: no `<Html>`, no `<Body>`
APP_COMPONENT = '''import { Container, Heading, Text } from "@chakra-ui/react";

export default function Card({ title }) {
  return (
    <Container>
      <Heading>{title}</Heading>
      <Text>Click here to utilize the dashboard.</Text>
    </Container>
  );
}
'''


@pytest.mark.parametrize("text", [NEXT_DOCUMENT, APP_COMPONENT, LOCAL.replace("export default InviteEmail;\n", ""),
                                  LOCAL.replace("<Body>", "<body>").replace("</Body>", "</body>")])
def test_app_components_and_near_misses_are_not_e_mails(text):
    assert not is_react_email(text)
    assert read(text, "app/page.tsx").segments == []


# --- string and template-literal children -------------------------------------------------------

STRINGS = '''import { Heading, Link, Text } from "@react-email/components";

export default function Cart({ orgName, url }) {
  return (
    <>
      <Heading>{`You've been invited to ${orgName} — utilize it`}</Heading>
      <Text>{"Please utilize the link below."}</Text>
      <Link href={url}>{'Return to cart →'}</Link>
      <Text>{'Don\\'t wait:'} {"it is"} ready.</Text>
      <Text>{cond ? "Yes" : "No"}</Text>
    </>
  );
}
'''


def test_string_children_are_prose():
    assert texts(read(STRINGS)) == ["You've been invited to X — utilize it", "Please utilize the link below.",
                                    "Return to cart →", "Don't wait: it is ready.", "Yes", "No"]  # react37: each branch


def test_string_children_keep_source_positions():
    found = spans(lint_text(STRINGS, "emails/cart.tsx", select=["jargon"]), "jargon")
    first = STRINGS.index("utilize")
    second = STRINGS.index("utilize", first + 1)
    expected = [position(STRINGS, first), position(STRINGS, second)]
    assert [(line, column) for line, column, *_ in found] == expected


def test_a_string_child_is_link_text():
    text = STRINGS.replace("{'Return to cart →'}", "{'Click here'}")
    findings = lint_text(text, "emails/cart.tsx", select=["link-text"])
    assert [(line, column, flagged) for line, column, _, _, flagged in spans(findings, "link-text")] == \
        [(*column_of(text, "Click here"), "Click here")]
    assert "Link text 'Click here' means" in findings[0].message  # no mask characters in it


# rev24: a string child is text as React renders it, so a '<' in it opens no markup: written as it
# stood, '<!--' or '<script>' opened an HTML comment or script that swallowed the rest of the e-mail.
MARKUP_STRINGS = '''import { Body, Html, Text } from "@react-email/components";

export default () => (
  <Html lang="en">
    <Body>
      <Text>{"<!-- Press <Enter> to go"}</Text>
      <Text>{'<script> runs'}</Text>
      <Text>{`<b>${name}</b> is a < b`}</Text>
      <Text>We utilize cookies.</Text>
    </Body>
  </Html>
);
'''


def test_a_less_than_sign_in_a_string_child_opens_no_markup():
    assert texts(read(MARKUP_STRINGS)) == ["!-- Press Enter> to go", "script> runs", "b>X/b> is a < b",
                                           "We utilize cookies."]
    masked, _ = as_html(MARKUP_STRINGS)
    assert len(masked) == len(MARKUP_STRINGS)


def test_same_length_and_tags_for_quotes_and_placeholders():
    masked, tags = as_html(STRINGS)
    assert len(masked) == len(STRINGS)
    assert "${orgName}" in [tag.text for tag in tags]
    assert all(STRINGS[tag.start:tag.end] == tag.text for tag in tags)


# --- an element never closed --------------------------------------------------------------------

UNCLOSED = '''import { Body, Html, Link, Text } from "@react-email/components";

export default function Email() {
  return (
    <Html lang="en">
      <Body>
        <Text>Please read this.</Text>
        <Text>We utilize cookies.
        <Link href="https://example.com">Settings</Link>
      </Body>
    </Html>
  );
}
'''


def test_an_element_never_closed_is_an_error_naming_its_position():
    with pytest.raises(SourceError) as raised:
        read(UNCLOSED)
    assert (raised.value.line, raised.value.column) == column_of(UNCLOSED, "<Text>We")
    assert "<Text>" in str(raised.value) and "</Body>" in str(raised.value)


@pytest.mark.process
def test_an_element_never_closed_gives_one_line_and_the_run_goes_on(tmp_path):
    (tmp_path / "broken.tsx").write_text(UNCLOSED, encoding="utf-8")
    (tmp_path / "good.tsx").write_text(LOCAL, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "plainlint", "check", "--no-cache", "--select", "jargon",
                          str(tmp_path)], capture_output=True, text=True)
    errors = [line for line in run.stderr.splitlines() if "error" in line]
    line, column = column_of(UNCLOSED, "<Text>We")
    assert len(errors) == 1 and errors[0].startswith(f"{tmp_path / 'broken.tsx'}:{line}:{column}: error:")
    assert "good.tsx" in run.stdout and "utilize" in run.stdout


def test_an_element_running_to_the_end_of_the_file_is_an_error():
    text = UNCLOSED.replace("We utilize cookies.", "We utilize cookies.</Text>").replace("    </Html>\n", "")
    with pytest.raises(SourceError) as raised:
        read(text)
    assert (raised.value.line, raised.value.column) == column_of(text, "<Html")


def test_a_function_type_with_a_long_type_parameter_is_no_error():
    # valid TypeScript in a .tsx file: `<Item>(` after `:` is a function type, not an element
    text = ('import { Text } from "@react-email/components";\n'
            "const pick: <Item>(items: Item[]) => Item = (items) => items[0];\n"
            "export default () => <Text>Your order shipped.</Text>;\n")
    assert texts(read(text)) == ["Your order shipped."]
