"""The tone, media and structure rules on real corpus files: known findings are found at their
exact positions, and real near misses (documentation that describes rather than blames or
promises, HTTP methods, a muted animation) stay quiet."""

import pytest

from plainlint.linting.engine import lint_file
from plhelpers import settings_for

FOUND = [
    # (rule, corpus path, line, column, flagged text)
    ("vague-timeline", "emails/django-oscar/src/oscar/templates/oscar/communication/emails/commtype_order_placed_body.html", 9, 27, "shortly"),
    ("vague-timeline", "emails/sendwithus-templates/templates/zen-flat/progress.html", 241, 151, "shortly"),
    ("shouting", "emails/sendwithus-templates/templates/skyline/reignite.html", 135, 25, "WE REALLY MISS YOU"),
    ("shouting", "macros/typescript-eslint/.github/replies.yml", 85, 13, "STRONGLY"),
    ("media-captions", "articles/sendgrid-docs/content/docs/ui/account-and-settings/two-factor-authentication.md", 14, 1, None),
    ("media-captions", "articles/ms-sharepoint-docs/SharePoint/SharePointOnline/add-sample-site.md", 31, 3, None),
    ("image-of-text", "articles/ms-sharepoint-docs/SharePoint/SharePointOnline/allow-or-prevent-custom-script.md", 205, 1, None),
    ("heading-levels", "articles/ms-sharepoint-docs/SharePoint/SharePointOnline/brand-fonts.md", 33, 1, None),
    ("table-headers", "articles/sendgrid-docs/content/docs/ui/sending-email/warming-up-an-ip-address.md", 67, 1, None),
    ("html-lang", "emails/sendwithus-templates/templates/go/confirm.html", 2, 1, None),
    ("contrast", "emails/sendwithus-templates/templates/neopolitan/invoice.html", 142, 30, None),
]

QUIET = [
    # (rule, corpus path): real files whose wording or markup looks like the rule but is not it
    ("blame", "articles/sendgrid-docs/content/docs/ui/sending-email/how-to-implement-dmarc.md"),  # "you should have been using"
    ("blame", "articles/sendgrid-docs/content/docs/ui/account-and-settings/dkim-records.md"),  # "important to understand that"
    ("blame", "articles/sendgrid-docs/content/docs/ui/account-and-settings/subusers.md"),  # "it is our policy to contact"
    ("vague-timeline", "articles/sendgrid-docs/content/docs/ui/account-and-settings/forced-password-reset-faq.md"),
    ("shouting", "articles/sendgrid-docs/content/docs/ui/account-and-settings/api-keys.md"),  # GET, PATCH, PUT, DELETE, POST
    ("media-captions", "articles/duckduckgo-help-pages/_docs/resources/vpn/what-does-a-vpn-do.md"),  # muted loop
    ("image-of-text", "articles/ms-sharepoint-docs/SharePoint/SharePointOnline/create-a-giving-site-for-your-organization.md"),
]


def findings_of(corpus, relative, rule):
    path = corpus / relative
    result = lint_file(path, str(path), settings_for(str(path), select=[rule]))
    assert result.error is None
    return [f for f in result.findings if f.rule == rule]


@pytest.mark.corpus
@pytest.mark.parametrize("rule, relative, line, column, flagged", FOUND, ids=[f"{r[0]}:{r[1].rsplit('/', 1)[-1]}" for r in FOUND])
def test_real_finding_at_its_position(corpus, rule, relative, line, column, flagged):
    found = [(f.line, f.column, f.flagged) for f in findings_of(corpus, relative, rule)]
    assert any(l == line and c == column and (flagged is None or text == flagged) for l, c, text in found), found


@pytest.mark.corpus
@pytest.mark.parametrize("rule, relative", QUIET, ids=[f"{r[0]}:{r[1].rsplit('/', 1)[-1]}" for r in QUIET])
def test_real_near_miss_is_quiet(corpus, rule, relative):
    assert findings_of(corpus, relative, rule) == []


@pytest.mark.corpus
def test_no_blame_in_the_help_articles(corpus):
    """The articles are documentation, not replies: any blame finding there is a false alarm."""
    from plainlint.reading.readers import format_for

    paths = sorted(p for p in (corpus / "articles").rglob("*") if p.is_file() and format_for(p.name))
    assert len(paths) > 800  # the whole folder, not a sample
    hits = []
    for path in paths:
        hits += findings_of(corpus, path.relative_to(corpus), "blame")
    assert hits == []
