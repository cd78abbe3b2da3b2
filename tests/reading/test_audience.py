"""Pages written for the support team (issue 30, agent25): reading/audience.py reads a title or a
path that names staff or a staff procedure, never "internal" as an adjective of a thing. The titles
and paths are written for these tests, in the shapes the held-out corpus showed (docs/accuracy.md,
agent25)."""

import pytest

from plainlint.reading.audience import STAFF, detect_audience, page_title, staff_signals
from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import Source


def audience(text: str, path: str = "docs/page.md") -> str | None:
    return detect_audience(read_document(Source(path, text), format_for(path) or "text"), path)


def audiences_of_title(title: str) -> set[str | None]:
    """The audience read from a page with this title, as its front matter's `title` and as its heading."""
    body = "\n\nCheck the order first.\n"
    return {audience(f"---\ntitle: \"{title}\"\n---{body}"), audience(f"# {title}{body}")}


@pytest.mark.parametrize("title", [
    "Refund Policy (Internal)", "Shipping policy [internal only]", "Internal: handling chargebacks",
    "Returns (agents only)", "Warranty claims (for internal use)", "Amazon Support SOPs",
    "Churn Prevention Workflow - SOP", "Standard operating procedure for refunds",
    "Support Escalation Matrix", "Escalation procedure for outages", "Customer support handbook",
    "Agent playbook: billing"])
def test_a_title_for_staff(title):
    assert audiences_of_title(title) == {STAFF}


@pytest.mark.parametrize("title", [
    "Internal server error", "Internal links", "Calibrate the internal temperature sensor",
    "Exclude internal traffic from your analytics", "Space handbook", "CLI runbooks",
    "Configure routing with playbooks", "Omnichannel agents guides", "Encrypt secrets with sops",
    "Enable suggestions for service representatives", "Internal and external URLs",
    "Sopa de letras"])
def test_a_title_for_customers(title):
    assert audience(f"---\ntitle: {title}\n---\n\nOpen the settings page.\n") is None


@pytest.mark.parametrize("path", [
    "sop/order-delay.md", "support/Old SOP/RMA (Non-US).md", "docs/SOP-returns.md", "kb/SOPs/refunds.md"])
def test_an_sop_in_the_path(path):
    assert audience("# Order delay\n\nOpen the ticket.\n", path) == STAFF


@pytest.mark.parametrize("path", [
    "docs/internal/adr.md", "wiki/runbooks/telephony.md", "docs/space-handbook/delegation.md",
    "secrets/sops.md", "docs/sopranos.md", "use/omnichannel-agents-guides/queue.md"])
def test_a_path_that_names_no_staff_procedure(path):
    assert audience("# Settings\n\nOpen the settings page.\n", path) is None


def test_only_the_title_counts_not_a_later_heading():
    text = "# Player settings\n\nChoose a player.\n\n## Escalation procedure\n\nWrite to us.\n"
    assert audience(text) is None


def test_the_title_is_the_front_matter_title_before_any_heading():
    doc = read_document(Source("a.md", "---\ntitle: Returns (Internal)\n---\n\n# Returns\n"), "markdown")
    assert page_title(doc) == "Returns (Internal)"
    assert staff_signals(doc, "a.md") == ["title for staff"]


# aud26: a department's own playbook as the title (seed 288's blind misses, in our own words); a
# playbook as a product's feature, a team's name not opening the title, "it" in lower case, or
# plural playbooks are not.
@pytest.mark.parametrize("title", [
    "HR Playbook", "Finance Playbook", "Development / IT Playbook", "Legal playbook (summary)",
    "People Ops Team Playbook: parental leave", "Sales & Marketing Playbook", "Customer Success Playbook"])
def test_a_team_playbook_title(title):
    assert audiences_of_title(title) == {STAFF}


@pytest.mark.parametrize("title", [
    "Create a sales playbook", "About Playbooks", "Sales playbooks", "The B2B Marketing Playbook",
    "Configure routing with conversation orchestration playbooks", "it playbook", "Security Playbook",
    "Design Playbook", "Playbook for finance teams", "Engineering Playbook",
    "Engineering Playbook: A Complete Philosophy for High-Performance Teams"])
def test_a_playbook_title_that_names_no_team_of_its_own(title):
    assert audience(f"# {title}\n\nOpen the settings page.\n") is None


def test_a_team_playbook_is_named_as_its_own_signal():
    doc = read_document(Source("a.md", "# HR Playbook\n\nAsk the lead.\n"), "markdown")
    assert staff_signals(doc, "a.md") == ["a team's playbook"]


# aud27: the support team's own procedures or guidelines in the title (seed 288's and seed 319's
# misses, in our own words); a guide to reaching support, a support policy, a product's service
# processes and the word "process" are not.
@pytest.mark.parametrize("title", [
    "Customer Support Procedures", "Customer Service Procedure", "Customer Care Team Guidelines",
    "Refunds: customer support procedures", "Support Team Guidelines", "Customer service agent guidelines",
    "Customer Support Procedures - Production Launch", "Customer care guidelines (2024)"])
def test_the_support_teams_procedures_in_the_title(title):
    assert audiences_of_title(title) == {STAFF}


@pytest.mark.parametrize("title", [
    "Access the Customer Support Guide", "Support Policy", "Planning service processes",
    "Contact customer support", "Our customer support process", "Customer service hours",
    "Procedures for customers", "Guidelines for contacting support",
    "Customer Support Guidelines Generator for AI", "Customer service procedures update"])
def test_a_title_that_names_no_procedure_of_the_support_team(title):
    assert audience(f"# {title}\n\nOpen the settings page.\n") is None


def test_the_support_teams_procedures_are_named_as_their_own_signal():
    doc = read_document(Source("a.md", "# Customer Support Procedures\n\nAsk the lead.\n"), "markdown")
    assert staff_signals(doc, "a.md") == ["the support team's procedures"]
