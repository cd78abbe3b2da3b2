"""nlp.participles.ed_form: whether a regular -ed word is a participle or a simple past (verb30).

Sentences written for these tests. The word under test is the one in square brackets."""

from __future__ import annotations

import pytest

from plainlint.nlp.participles import ADJECTIVE, PARTICIPLE, PAST, ed_form, in_a_passive


def unmarked(marked: str) -> tuple[str, int, int]:
    """The text without its square brackets, and the span of the word they held."""
    start = marked.index("[")
    return marked.replace("[", "").replace("]", ""), start, marked.index("]") - 1


def form(marked: str) -> str | None:
    return ed_form(*unmarked(marked))


@pytest.mark.parametrize("marked, expected", [
    ("The key can be [obtained] from the API.", PARTICIPLE),
    ("The key is then [obtained] from the API.", PARTICIPLE),
    ("It has already been [observed] twice.", PARTICIPLE),
    ("We have [observed] slow syncs.", PARTICIPLE),
    ("You've [encountered] a known issue.", PARTICIPLE),
    ("The token isn't [obtained] until you sign in.", PARTICIPLE),
    ("This is best [accomplished] with a script.", PARTICIPLE),
    ("As [demonstrated] above, it works.", PARTICIPLE),
    ("Once [obtained], the key lasts a day.", PARTICIPLE),
    ("A range, [denoted] by brackets, includes its ends.", PARTICIPLE),
    ("Only the [designated] admin can approve it.", ADJECTIVE),
    ("Compare a list of [observed] delays.", ADJECTIVE),
    ("Last week we [observed] slow syncs.", PAST),
    ("Admins who [encountered] the error wrote in.", PAST),
    ("If the app [encountered] an error, restart it.", PAST),
    ("This guide [demonstrated] how to export.", PAST),
    ("Reporters each [demonstrated] a flaw.", PAST),
    ("The tests [demonstrated] that it scales.", PAST),
    ("It logged downtime nobody [observed].", PAST),
    ("Once a bug is found, tested, and [demonstrated], we fix it.", PARTICIPLE),
    ("It was discussed and [demonstrated] last week.", PARTICIPLE),
    ("Pick a method such as fastest, [observed], or random.", None),
    ("Keys [obtained] elsewhere expire.", None),
    ("Report any errors [observed] during the upgrade.", None),
    ("Teams that apply [designated] owners", None),  # 'apply' ends in -ly but is no adverb (else: PAST, as 'that [designated]')
])
def test_ed_form(marked, expected):
    assert form(marked) == expected


def intransitive_form(marked: str) -> str | None:
    return ed_form(*unmarked(marked), intransitive=True)


# fix32 (verb30's last paragraph): a verb that takes no object ('participate', 'proceed') has no
# passive, so its -ed form is a participle only after have or be (a perfect); anywhere else it is
# the simple past, even where a transitive verb's would be a reduced relative or a list's participle.
@pytest.mark.parametrize("marked, expected", [
    ("Only the teams that [participated] get a badge.", PAST),
    ("List which members [participated] last month.", PAST),
    ("The agents were trained and [participated] in the pilot.", PAST),
    ("Someone was present or [participated] by phone.", PAST),
    ("Customers [participated] in the survey.", PAST),
    ("You have already [participated] twice.", PARTICIPLE),
    ("The upgrade has [proceeded] without errors.", PARTICIPLE),
])
def test_ed_form_of_an_intransitive_verb(marked, expected):
    assert intransitive_form(marked) == expected


def passive(marked: str) -> bool:
    return in_a_passive(*unmarked(marked))


# fixu33 (user33 defect 4): a participle is passive after a form of be or get (contracted or with
# adverbs between), after a subordinator with no subject, before 'by' with no subject (a reduced
# passive) and in a list of passives; after have it is a perfect, and a simple past is neither.
@pytest.mark.parametrize("marked, expected", [
    ("The key is [obtained] from the API.", True),
    ("The key is then [obtained] from the API.", True),
    ("Licences are usually [acquired] yearly.", True),
    ("They're [obtained] by dividing the total.", True),
    ("It's [obtained] from the settings page.", True),
    ("The token isn't [obtained] until you sign in.", True),
    ("It has already been [obtained] twice.", True),
    ("It gets [acquired] by the agent.", True),
    ("Credentials [obtained] by assuming the role stop working.", True),
    ("Once [obtained], the key lasts a day.", True),
    ("It was discussed and [demonstrated] last week.", True),
    ("We have [obtained] the key.", False),
    ("You've [obtained] the key.", False),
    ("She'd already [obtained] the key.", False),
    ("She's [obtained] a copy.", False),
    ("We [obtained] the key.", False),
    ("The [obtained] key expires.", False),
    ("Keys [obtained] elsewhere expire.", False),
])
def test_in_a_passive(marked, expected):
    assert passive(marked) is expected
