"""Cost linear in the number of strings a React Email template shows (react37's reader of strings,
rev38's review): each test counts the work at two sizes (linear_work.grows_linearly); nothing is timed."""

from __future__ import annotations

import pytest

from plainlint.reading.offsets import Segment, SourceSpan
from plainlint.reading.readers import read_document, react_email
from plainlint.reading.readers.react_email_strings import read_shown
from plainlint.reading.source import Source
from linear_work import CountingInt, CountingList, grows_linearly

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it

HEAD = 'import { Html, Body, Text } from "@react-email/components";\n'


class _CountingTags(CountingList):
    """The scanner's tags, counting the items of every pass over them: iterations and slices."""

    def __getitem__(self, key):
        got = super().__getitem__(key)
        if isinstance(key, slice):
            self.visits += len(got)
        return got


def test_each_carved_child_does_not_pass_over_every_tag():
    # rev38: each `{a ? "..." : "..."}` child read in place rebuilt the whole tag list to drop its
    # placeholder: quadratic in the children (2,000 of them: 7.7 s of reading)
    def visits(children: int) -> int:
        kids = "\n".join(f'<Text>{{a ? "Welcome number {n}" : "Hello number {n}"}}</Text>' for n in range(children))
        text = HEAD + f"export default function Email({{ a }}) {{ return (<Html><Body>{kids}</Body></Html>); }}\n"
        scanner = react_email._Scanner(text)
        scanner.code(0)
        tags = _CountingTags(scanner.tags)
        read_shown(text, scanner.out, tags, scanner.shown)
        assert sum(tag.kind == "boundary" for tag in tags) == 4 * children  # every literal read
        return tags.visits

    grows_linearly(visits, 100)


def test_each_segment_is_compared_with_the_strings_it_overlaps_only(monkeypatch):
    # rev38: guard_string_fixes compared every segment with every string of the file: quadratic in
    # the strings (4,000 rows of an array shown by `.map`: 12 s of a 28 s run)
    spanned = Segment.source_span

    def counted_span(segment):
        span = spanned(segment)
        return SourceSpan(span.start, CountingInt(span.end), span.exact)

    monkeypatch.setattr(Segment, "source_span", counted_span)

    def comparisons(rows: int) -> int:
        items = ",\n".join(f'  "Step number {n} is shown here"' for n in range(rows))
        text = HEAD + (f"const rows = [\n{items}\n];\nexport default function Email() {{ return (<Html><Body>"
                       "{rows.map((row) => (<Text>{row}</Text>))}</Body></Html>); }\n")
        CountingInt.comparisons = 0
        doc = read_document(Source("emails/steps.tsx", text), "react-email")
        assert sum("Step number" in segment.text for segment in doc.segments) == rows
        return CountingInt.comparisons

    grows_linearly(comparisons, 100)
