"""passive-voice offers an active rewrite (message example and unsafe fix) only when it is grammatical.

Sentences marked with a source are copied from ../shared/corpus (licences and attribution in
tests/data/ATTRIBUTION.md); the others are written for these tests, some after pwsafe help pages
(Artistic-2.0, not copied). `None` means: no rewrite may be offered for that sentence.
"""

import pytest

from plainlint.fixing.fixer import apply_edits, select_edits
from plainlint.rules.passive_voice import base_form
from plhelpers import lint_text

REWRITES = [
    # duckduckgo-help-pages (MIT)
    ("No. We are not and have never been owned by Google or any other entity.", None),
    ("In addition, we are not and have never been owned by another company.", None),
    ("The GPC setting is enabled by default.", None),
    ("These requests are anonymous, and the information is only used by us to improve our products.", None),
    ("For example, if users in group A get blue links and users in group B get red links, this lets us "
     "measure how usage of DuckDuckGo is impacted by link color.", None),
    ("The removal request was ignored by the data broker.", "The data broker ignored the removal request."),
    ("Ad clicks are managed by Microsoft's ad network.", "Microsoft's ad network manages ad clicks."),
    ("This exposure can be exploited by spammers, scammers, and even identity thieves.", None),
    # sendgrid-docs (MIT)
    ("The following fields may or may not be required by your IdP.", None),
    ("Which editor you choose will mostly be determined by the way you like to work.", None),
    ("The necessary values are provided by your IdP.", "Your IdP provides the necessary values."),
    ("This deferral is created by SendGrid to control the rate of delivery.",
     "SendGrid creates this deferral to control the rate of delivery."),
    ("These senders will be identified by the recipient's ISP, which may throttle the sender's email.", None),
    ("This is not a recommended configuration because it can be exploited by spammers.",
     "This is not a recommended configuration because spammers can exploit it."),
    # OfficeDocs-SharePoint (CC-BY-4.0, © Microsoft)
    ("The events shown are controlled by filters for Source, Event list, Category, and Date range.", None),
    # spotinst help (Apache-2.0)
    ("Ingresses are protected by mutual TLS.", "Mutual TLS protects Ingresses."),
    ("Unschedulable pods are recognized by their PodCondition.", None),
    ("AWS has its own way of deciding if an instance can be covered by a commitment plan.",
     "AWS has its own way of deciding if a commitment plan can cover an instance."),
    ("These warnings are pushed by AWS.", "AWS pushes these warnings."),
    # written for these tests
    ("Your alerts are controlled by filters.", "Filters control your alerts."),
    ("Some shortcut keys are reserved by Windows.", "Windows reserves some shortcut keys."),
    ("Any entries referencing it are merged by the import.", None),
    ("This file is used by Password Safe when data is imported, and should be kept.", None),
    ("Your data is used by us.", "We use your data."),
    ("Your request is handled by them within a day.", "They handle your request within a day."),
    ("Your account is reviewed by her.", "She reviews your account."),
    ("This page is maintained by me.", "I maintain this page."),
    ("They are trusted by our users.", "Our users trust them."),
    ("Your account has been suspended by the admins.", "The admins have suspended your account."),
    ("The invoice is sent by email.", None),
    ("The form was submitted by mistake.", None),
    ("Files are sorted by name.", None),
    ("The change is applied by then.", None),
    ("The `{{Weblink}}` tag will be replaced by a URL.", None),
]


def _passive_findings(text):
    """With `states` on, so that a state ('is enabled by default') is still found: it never gets a rewrite."""
    return lint_text(text + "\n", "doc.md", {"rules": {"passive-voice": {"states": True}}}, select=["passive-voice"])


@pytest.mark.parametrize("sentence, rewritten", REWRITES, ids=[s[:40] for s, _ in REWRITES])
def test_active_rewrite_only_when_grammatical(sentence, rewritten):
    findings = _passive_findings(sentence)
    assert findings, "the passive must still be flagged"
    fixed = apply_edits(sentence + "\n", select_edits(findings, unsafe=True)).rstrip("\n")
    if rewritten is None:
        assert fixed == sentence
        assert not any("e.g. '" in f.message and "name the actor first" in f.message for f in findings)
    else:
        assert fixed == rewritten
        assert any("name the actor first, e.g. '" in f.message for f in findings)


def test_no_example_rewrite_in_the_message_without_a_fix():
    for sentence, rewritten in REWRITES:
        for finding in _passive_findings(sentence):
            has_example = "name the actor first, e.g." in finding.message
            assert has_example == (finding.fix is not None), (sentence, finding.message)


@pytest.mark.parametrize("participle, base", [
    ("controlled", "control"), ("called", "call"), ("passed", "pass"), ("stopped", "stop"),
    ("added", "add"), ("compelled", "compel"), ("filled", "fill"), ("shipped", "ship"),
])
def test_base_form_undoubles_only_where_english_does(participle, base):
    assert base_form(participle) == base


def test_the_verb_data_is_built_once_per_process():
    # wordlist.is_verb_form asks for it at each phrase it classes: rebuilt per call it cost about
    # 4% of a run (cProfile, every 10th file of bench/, session 22).
    from plainlint.rules.passive_voice import lexicon

    assert lexicon() is lexicon()
