"""Pages written for a support team, not its customers (issue 30, agent25): standard operating
procedures, escalation matrices, policies marked internal. Read as articles (they are reference),
but their readers are the agents, who know the team's letters (RMA, SLA, L2): rules take
per-audience defaults for them (`Rule.per_audience`).

Only words that name the audience or a procedure for staff count, in the page's title (the front
matter's `title`, else its first heading) or a folder or file name below the project:

- a title marked internal: "Refund Policy (Internal)", "[Internal only]", "Internal: returns",
  "for internal use", "(Agents only)", "(Staff only)";
- "SOP", "SOPs", "standard operating procedure", "escalation matrix/procedure/policy/path",
  "support handbook/playbook", "agent handbook/playbook" in the title;
- "SOP" as a word of a folder or file name ("sop/", "Old SOP/", "SOP-refunds.md");
- a team's own playbook as the title: a department's name opening it, then "Playbook" ("HR
  Playbook", "Development / IT Playbook"; the names in rulesets/audience.yaml, aud26);
- the support team's procedures or guidelines ending the title or its part ("Customer Support
  Procedures", "Refunds: customer service procedure"; the words in rulesets/audience.yaml, aud27).

Counted on both corpora before it was built (scripts/agent_facing_signals.py, docs/accuracy.md,
agent25): every broader word took customer-facing pages ("internal" names a thing in 200 help
pages: "internal speaker", "internal links", Go's `internal/` folder; "runbooks", "handbook",
"playbooks" and "agents guides" are product or help-centre names), these took only staff pages.
aud26 counted the blind misses' marks the same way and kept only the team playbooks: a front
matter `type: procedure`, "escalation process", "internal knowledge base", folders named
internal/, agents/, runbooks/, procedures/ or playbooks/ and a first line "for agents" each took
customers' or developers' pages too, or came from one source (docs/accuracy.md, aud26).
aud27 read team playbook titles from four other sources ("Engineering Playbook" named a public
framework: dropped) and added the support procedures, counted on both corpora first.
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ..enums import Scope
from ..linting.ruleset_data import load_ruleset_file

STAFF = "staff"
AUDIENCES = (STAFF,)

_MARKED_INTERNAL = (
    r"[(\[](?:internal(?: use)?(?: only)?|for internal use(?: only)?|(?:support |cs |cx )?(?:agents?|staff)(?: use)? only)[)\]]"
    r"|\A\W*internal\s*(?:only\s*)?[:|]|\binternal[- ]only\b|\bfor internal use\b")
_PROCEDURE = (
    r"\bstandard operating procedures?\b|\bescalation (?:matrix|procedures?|policy|policies|path)\b"
    r"|\b(?:support|service|cs|cx|helpdesk|help desk)(?: team)? (?:handbook|playbook)s?\b|\bagent (?:handbook|playbook)s?\b")
STAFF_TITLE = re.compile(f"{_MARKED_INTERNAL}|{_PROCEDURE}", re.I)
# "SOP" in capitals (in lower case "sop" is a word of other languages, and "sops" Mozilla's
# secrets tool); in a folder or file name "sop" in lower case too ("sop/order-delay.md").
SOP_IN_TITLE = re.compile(r"(?<![\w-])SOPs?(?![\w-])")
SOP_IN_NAME = re.compile(r"(?<![A-Za-z])(?:SOPs?|[Ss]op)(?![A-Za-z])")


@functools.lru_cache(maxsize=None)
def team_playbook_title() -> re.Pattern:
    """A title opened by a team's name (or names: "Development / IT") and "Playbook", singular.
    Names written in capitals match in capitals only."""
    names = sorted(load_ruleset_file("audience")["team-playbooks"], key=len, reverse=True)
    team = "(?:" + "|".join(re.escape(n) if n.isupper() else f"(?i:{re.escape(n)})" for n in names) + ")"
    return re.compile(rf"\A\W*{team}(?:\s*(?:/|&|\+|,|\b(?i:and)\b)\s*{team})*\s+(?i:(?:team|department)\s+)?"
                      r"(?i:playbook)\b")


@functools.lru_cache(maxsize=None)
def support_procedure_title() -> re.Pattern:
    """The support team's own procedures or guidelines named in a title ("Customer Support
    Procedures", "Refunds: customer service procedure"); the words are in rulesets/audience.yaml.
    The procedures must be what the title names, so the title or its part ends there (a dash, colon,
    bracket or comma may follow): "Customer Support Guidelines Generator" names a tool."""
    words = load_ruleset_file("audience")["support-procedures"]
    teams, documents = ("|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True))
                        for key in ("teams", "documents"))
    return re.compile(rf"\b(?:{teams})(?:\s+(?:team|agents?|staff))?\s+(?:{documents})\b"
                      r"(?=\s*(?:[-\u2013\u2014:|(\[,.;!?]|\Z))", re.I)


def staff_signals(doc, path: str) -> list[str]:
    """The reasons found to read the page as written for staff (empty: for customers)."""
    out = []
    names = PurePosixPath(path.replace("\\", "/")).parts
    if any(SOP_IN_NAME.search(PurePosixPath(name).stem if i == len(names) - 1 else name)
           for i, name in enumerate(names)):
        out.append("SOP in the path")
    title = page_title(doc)
    if title and (STAFF_TITLE.search(title) or SOP_IN_TITLE.search(title)):
        out.append("title for staff")
    elif title and team_playbook_title().search(title):
        out.append("a team's playbook")
    elif title and support_procedure_title().search(title):
        out.append("the support team's procedures")
    return out


def detect_audience(doc, path: str) -> str | None:
    """STAFF when a signal of `staff_signals` says so, else None (the page's readers are customers)."""
    return STAFF if staff_signals(doc, path) else None


def page_title(doc) -> str | None:
    """The title a reader sees first: the front matter's `title`, else the first heading."""
    for segment in doc.segments:
        if segment.context.get("front_matter") == "title" or segment.scope == Scope.HEADING:
            return segment.text
    return None
