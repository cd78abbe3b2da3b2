"""Which branch of a template conditional a place is in (reading/template_branches.py, trial7)."""

from plainlint.reading.template_branches import alternatives, branch_paths, path_at
from plainlint.reading.templates import ERB, CURLY, find_tags


def paths_of(text: str, *words: str, syntaxes=(CURLY,)) -> list[tuple]:
    offsets, paths = branch_paths(find_tags(text, syntaxes))
    return [path_at(offsets, paths, text.index(word)) for word in words]


def test_two_branches_of_one_handlebars_block_are_alternatives():
    shipped, arrived, after = paths_of("{{#if s}}Shipped{{else}}Arrived{{/if}} After", "Shipped", "Arrived", "After")
    assert alternatives(shipped, arrived)
    assert not alternatives(shipped, after) and not alternatives(arrived, after)


def test_mustache_inverted_section_and_its_caret_else():
    yes, no = paths_of("{{^empty}}Items{{^}}Nothing{{/empty}}", "Items", "Nothing")
    assert alternatives(yes, no)


def test_liquid_elsif_and_case_when_branches():
    a, b, c = paths_of("{% if a %}Alpha{% elsif b %}Beta{% else %}Gamma{% endif %}", "Alpha", "Beta", "Gamma")
    assert alternatives(a, b) and alternatives(b, c) and alternatives(a, c)
    card, bank = paths_of("{% case m %}{% when 'card' %}Card{% when 'bank' %}Bank{% endcase %}", "Card", "Bank")
    assert alternatives(card, bank)


def test_django_for_empty_is_the_other_branch():
    item, empty = paths_of("{% for i in items %}Item{% empty %}None yet{% endfor %}", "Item", "None yet")
    assert alternatives(item, empty)


def test_nested_block_inside_one_branch_is_not_an_alternative_to_its_own_branch():
    outer, inner, other = paths_of(
        "{{#if a}}Outer {{#if b}}Inner{{/if}}{{else}}Other{{/if}}", "Outer", "Inner", "Other")
    assert not alternatives(outer, inner)
    assert alternatives(inner, other)


def test_erb_blocks_with_do_and_end():
    trial, plan = paths_of("<% if t %>Trial<% else %>Plan<% end %>", "Trial", "Plan", syntaxes=(CURLY, ERB))
    assert alternatives(trial, plan)
    looped, after = paths_of("<%= form_for x do |f| %>In form<% end %><% if a %>A<% else %>B<% end %>",
                             "In form", "B", syntaxes=(CURLY, ERB))
    assert not alternatives(looped, after)


def test_erb_loop_inside_a_branch_closes_its_own_end():
    text = "<% if t %>Trial<% while more %>Row<% end %>Still trial<% else %>Plan<% end %>"
    trial, still, plan = paths_of(text, "Trial", "Still trial", "Plan", syntaxes=(CURLY, ERB))
    assert not alternatives(trial, still)
    assert alternatives(still, plan)


def test_output_tags_and_unbalanced_closes_leave_the_path_alone():
    before, after = paths_of("Hi {{ name }} {{/if}} there", "Hi", "there")
    assert before == after == ()
