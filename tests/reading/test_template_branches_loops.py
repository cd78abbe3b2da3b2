"""Loop blocks in reading.template_branches (fixu38a): two branches of an if inside a loop's body
are both sent, one per item, so they are not 'never sent together'."""

from plainlint.reading.templates import find_tags
from plainlint.reading.template_branches import _walk, never_sent_together, path_at


def _places(text: str, *words: str):
    offsets, paths, loops = _walk(find_tags(text))
    return [path_at(offsets, paths, text.index(word)) for word in words], loops


def test_branches_inside_a_loop_are_sent_together_and_branches_outside_are_not():
    text = "{% for c in cs %}{% if c.x %}A{% else %}B{% endif %}{% endfor %}{% if y %}C{% else %}D{% endif %}"
    (a, b, c, d), loops = _places(text, "A", "B", "C", "D")
    assert not never_sent_together(a, b, loops)
    assert never_sent_together(c, d, loops)


def test_a_handlebars_each_and_a_mustache_section_are_loops_but_if_and_with_are_not():
    text = "{{#each xs}}{{#if a}}A{{else}}B{{/if}}{{/each}}{{#with u}}{{#if b}}C{{else}}D{{/if}}{{/with}}"
    (a, b, c, d), loops = _places(text, "A", "B", "C", "D")
    assert (never_sent_together(a, b, loops), never_sent_together(c, d, loops)) == (False, True)


def test_a_documents_branch_paths_and_loops_come_from_one_walk_of_its_tags(monkeypatch):
    """heading-levels asks for the branch paths and link-text for them and the loops: one walk."""
    from plainlint.reading import template_branches
    from plainlint.reading.document import Document
    from plainlint.reading.source import Source

    text = "{% for c in cs %}{% if c.x %}A{% else %}B{% endif %}{% endfor %}"
    doc = Document(Source("t.html", text), "html")
    doc.template_tags = find_tags(text)
    walks = []
    real_walk = template_branches._walk
    monkeypatch.setattr(template_branches, "_walk", lambda tags: walks.append(1) or real_walk(tags))
    offsets, paths = template_branches.document_branches(doc)
    loops = template_branches.document_loops(doc)
    assert (offsets, paths, loops) == real_walk(doc.template_tags) and len(walks) == 1
