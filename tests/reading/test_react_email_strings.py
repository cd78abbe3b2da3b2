"""React Email, the copy kept in JavaScript (react37): string literals that a template shows through
`{...}` (a const, an object's member, an array's element in a `.map`, a prop's default, a ternary's
branch) are read as prose where they are written, each its own unit; strings that only reach an
attribute (`href`, `className`, `style`) stay unread. Before react37 each `{...}` was one placeholder
and none of these strings was linted (session 36's user trial). Every template here is written for
the test, shaped like React Email's demo templates (resend/react-email, MIT) and Trigger.dev's
e-mails (triggerdotdev/trigger.dev, Apache-2.0)."""

import pytest

from plainlint.reading.readers import format_for, read_document
from plainlint.reading.readers.react_email import as_html
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

COPY = '''import { Body, Heading, Html, Img, Link, Preview, Text } from "@react-email/components";

const copy = {
  heading: "Your subscription has been successfully cancelled",
  body: "We're sorry to see you go. Simply click the button below to reactivate.",
};
const url = "https://example.com/simply-reactivate";
const buttonClass = "simply bold";

export default function Cancelled({ notice = "Your plan ends today", email = "jane@example.com" }) {
  return (
    <Html>
      <Body>
        <Heading>{copy.heading}</Heading>
        <Text className={buttonClass}>{copy.body}</Text>
        <Text>{notice}</Text>
        <Text>{email}</Text>
        <Link href={url}>Reactivate your plan</Link>
      </Body>
    </Html>
  );
}
'''


def read(text: str, path: str = "emails/cancelled.tsx"):
    return read_document(Source(path, text), format_for(path))


def texts(doc) -> list[str]:
    return [" ".join(segment.text.split()) for segment in doc.segments]


def position(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def test_an_objects_members_and_a_props_default_are_read_where_they_are_written():
    assert texts(read(COPY)) == [
        "Your subscription has been successfully cancelled",
        "We're sorry to see you go. Simply click the button below to reactivate.",
        "Your plan ends today", "X", "X", "X", "X", "Reactivate your plan"]  # a sample e-mail address: unread


def test_strings_that_reach_only_href_or_class_name_stay_unread():
    found = lint_text(COPY, "emails/cancelled.tsx", select=["assumptive", "filler"])
    assert spans(found, "assumptive") == [(5, 37, 5, 43, "Simply")]  # not the URL's, not the class's
    assert spans(found, "filler") == [(4, 40, 4, 52, "successfully")]


def test_positions_exact_through_escapes_and_non_ascii():
    literal = "'We\\'re sorry \\u2014 caf\\u00e9 d\\u00e9j\\u00e0 vu \\\\ \\t r\\u00e9sum\\u00e9. Simply click the button.'"
    text = COPY.replace('"We\'re sorry to see you go. Simply click the button below to reactivate."', literal)
    doc = read(text)
    assert texts(doc)[1] == "We're sorry — café déjà vu \\ résumé. Simply click the button."
    found = lint_text(text, "emails/cancelled.tsx", select=["assumptive"])
    line, column = position(text, "Simply")
    assert spans(found, "assumptive") == [(line, column, line, column + 6, "Simply")]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_positions_exact_in_a_template_literal_across_lines(newline):
    text = '''import { Html, Body, Preview, Text } from "@react-email/components";
export const Invite = ({ team }) => {
  const previewText = `Join ${team} on Acme.
Simply accept the invitation`;
  return (<Html><Body><Preview>{previewText}</Preview><Text>Hello</Text></Body></Html>);
};
export default Invite;
'''.replace("\n", newline)
    doc = read(text)
    assert texts(doc) == ["Join X on Acme. Simply accept the invitation", "X", "Hello"]
    found = lint_text(text, "emails/invite.tsx", select=["assumptive"])
    assert spans(found, "assumptive") == [(4, 1, 4, 7, "Simply")]
    masked, tags = as_html(text)
    assert len(masked) == len(text) and all(text[tag.start:tag.end] == tag.text for tag in tags)
    assert "${team}" in [tag.text for tag in tags]


def test_each_string_is_its_own_unit():
    text = '''import { Html, Body, Text } from "@react-email/components";
const title = "Thanks for your order"
const lead = "It ships tomorrow"
export default function Order() {
  return (<Html><Body><Text>{title}</Text><Text>{lead}</Text></Body></Html>);
}
'''
    assert texts(read(text))[:2] == ["Thanks for your order", "It ships tomorrow"]


TERNARY = '''import { Html, Body, Text } from "@react-email/components";
export default function Welcome({ isNew, name }) {
  return (
    <Html><Body>
      <Text>{isNew ? "Welcome!" : 'Welcome back, we missed you!'}</Text>
      <Text>Hi {name ?? "there"}, your plan is ready.</Text>
      <Text>{formatDate(name, "en-US")}</Text>
      <Text>{name === "admin" && "Admins: simply skip this step."}</Text>
    </Body></Html>
  );
}
'''


def test_a_ternarys_branches_are_read_in_place_each_its_own_unit():
    assert texts(read(TERNARY)) == ["Welcome!", "Welcome back, we missed you!", "Hi X, your plan is ready.", "X",
                                    "Admins: simply skip this step."]
    found = lint_text(TERNARY, "emails/welcome.tsx", select=["assumptive"])
    line, column = position(TERNARY, "simply skip")
    assert spans(found, "assumptive") == [(line, column, line, column + 6, "simply")]


def test_a_branch_in_running_text_a_call_argument_and_a_comparison_stay_unread():
    masked, tags = as_html(TERNARY)
    assert "Welcome!" in masked  # a child of its own
    assert "there" not in masked and "en-US" not in masked and "admin" not in masked
    assert [tag.text for tag in tags if tag.kind == "output" and "there" in tag.text] == ['{name ?? "there"}']



CONDITION = '''import { Html, Body, Text } from "@react-email/components";
const mode = "internal staging mode flag";
export default function Notice({ fallback = "Your order is on its way." }) {
  return (<Html><Body><Text>{mode ? "Your order has shipped." : fallback}</Text><Text>{mode && "Shipped today."}</Text></Body></Html>);
}
'''


def test_a_name_in_a_condition_is_not_followed():
    """A ternary's condition and the left of `&&` are no value shown (rev38: no test held it)."""
    assert texts(read(CONDITION)) == ["Your order is on its way.", "Your order has shipped.", "Shipped today."]


ROWS = '''import { Html, Body, Heading, Text, Preview, Img } from "@react-email/components";
const labels: Record<string, string> = { new_issue: "New error", regression: "It simply came back" };
const rows = [
  { title: "Faster by default", imageSrc: "https://example.com/simply.png" },
  { title: "Clearer for everyone", imageSrc: "https://example.com/two.png" },
];
export const Feature = ({ kind, payout = { note: "Sample: it simply failed" } }: { kind: string }) => {
  const label = labels[kind] ?? "Error alert";
  const logoAlt = "Acme company logo";
  return (
    <Html><Body>
      <Preview>{`New: ${label}`}</Preview>
      {rows.map((row) => (<Heading key={row.title}>{row.title}</Heading>))}
      {rows.map(({ title, imageSrc }) => (<Img src={imageSrc} alt={title} />))}
      <Img src={rows[0].imageSrc} alt={logoAlt} />
      <Text>{payout.note}</Text>
    </Body></Html>
  );
};
export default Feature;
'''


def test_arrays_in_a_map_object_lookups_and_alt_values_are_followed():
    doc = read(ROWS)
    read_texts = texts(doc)
    for string in ("New error", "It simply came back", "Faster by default", "Clearer for everyone", "Error alert",
                   "Acme company logo"):
        assert string in read_texts
    assert not any("example.com" in string or "Sample" in string for string in read_texts)  # an object default: a sample


def test_a_local_components_string_prop_is_read_when_the_component_shows_it():
    text = '''import { Html, Body, Text } from "@react-email/components";
export default function Summary({ id }) {
  return (<Html><Body><Text>Summary</Text><Property label="Your export has been successfully deleted" value={id} /></Body></Html>);
}
function Property({ label, value }) {
  return (<Text>{label}: {value}</Text>);
}
'''
    found = lint_text(text, "emails/summary.tsx", select=["filler"])
    line, column = position(text, "successfully")
    assert spans(found, "filler") == [(line, column, line, column + 12, "successfully")]


def test_cycles_and_broken_code_read_nothing_more_and_raise_nothing():
    text = '''import { Html, Body, Text } from "@react-email/components";
let a = b; let b = a; const open = "never closed
const done = `${a} ${open} all done`;
export default function E() {
  return (<Html><Body><Text>{a}</Text><Text>{open}</Text><Text>{done}</Text></Body></Html>);
}
'''
    assert texts(read(text)) == ["X X all done", "X", "X", "X"]


def test_a_fix_that_needs_the_strings_own_quote_is_refused():
    text = '''import { Html, Body, Text } from "@react-email/components";
const copy = { a: 'Skip it if you wish not to join', b: "Skip it if you wish not to join" };
export default function E() { return (<Html><Body><Text>{copy.a}</Text><Text>{copy.b}</Text></Body></Html>); }
'''
    found = [finding for finding in lint_text(text, "emails/e.tsx", select=["jargon"])
             if finding.flagged == "if you wish not to"]
    first = text.index("if you wish")
    second = text.index("if you wish", first + 1)
    assert [(finding.column, finding.fix is not None) for finding in found] == \
        [(position(text, "if you wish")[1], False), (second - text.rfind("\n", 0, second), True)]
    assert [edit.content for edit in found[1].fix.edits] == ["if you don't want to"]


@pytest.mark.parametrize("code, shown", [
    ("const deep = " + "[" * 600 + '"Hello there"' + "]" * 600 + ";\n", "deep"),
    ('const step0 = "Hello there";\n' + "".join(f"const step{n} = step{n - 1};\n" for n in range(1, 1500)), "step1499"),
])
def test_code_nested_past_the_recursion_limit_leaves_its_strings_unread_not_the_file(code, shown):
    """rev38: an array 600 deep or a chain of 1,500 assignments refused the whole template ("nested
    too deeply to read"), which main read before react37; now only the strings are not followed."""
    text = ('import { Html, Body, Text } from "@react-email/components";\n' + code
            + f"export default function Email() {{ return (<Html><Body><Text>{{{shown}}}</Text>"
            "<Text>Please utilize the form below.</Text></Body></Html>); }\n")
    found = lint_text(text, "emails/deep.tsx", select=["jargon"])
    assert [finding.flagged for finding in found] == ["utilize"]
