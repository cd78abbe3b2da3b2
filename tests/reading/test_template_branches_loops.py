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
