"""link-text's parallel-names reading (left17) finds a link's neighbours by position, not by a scan
of every link per link (rev17: 16,000 'Here' links took 74 s of CPU in link-text alone)."""

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules.link_text import neighbour_links

TEXT = "".join(f"- [Here](https://example.com/docs/page-{i}) for plan {i}.\n" for i in range(5)) \
    + "\n[Go](https://example.com/sdk/kagi-api-golang) and [Python](https://example.com/sdk/kagi-api-python)\n"


def test_a_links_neighbours_are_the_links_before_and_after_it():
    doc = read_document(Source("links.md", TEXT), "markdown", detect_language=False)
    links = [e for e in doc.elements if e.kind == "link"]
    assert [e.href for e in neighbour_links(doc, links[0])] == [links[1].href]
    assert [e.href for e in neighbour_links(doc, links[3])] == [links[2].href, links[4].href]
    assert [e.text for e in neighbour_links(doc, links[-1])] == ["Go"]
    assert [e.text for e in neighbour_links(doc, links[-2])] == ["Here", "Python"]
