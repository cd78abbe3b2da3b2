"""Kinds of document (issue 25): a reply (macro, canned or saved reply, e-mail template) is
conversation; an article (help-centre page) is reference. Some defaults differ by kind.

`detect_kind` reads structure only, never a list of known projects: a JSON/YAML reply export,
the markup of an HTML e-mail, subject/preheader markers, a greeting at the start and a sign-off
at the end, and folder or file names that say "e-mail" or "saved replies". Anything else is an
article. `overrides: [{files: [...], kind: reply}]` in config forces the kind.
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
import re
from pathlib import Path, PurePosixPath

from ..enums import Scope
from ..nlp.casefold import lowered_for_search
from .blade import is_blade, is_markdown_mail

REPLY, ARTICLE = "reply", "article"
KINDS = (REPLY, ARTICLE)

# Folder names (whole, case-insensitive) that hold e-mail templates.
MAIL_FOLDERS = {"email", "emails", "e-mail", "e-mails", "mail", "mails", "mailer", "mailers",
                "mailtemplates", "mail-templates", "mail_templates", "email-templates",
                "email_templates", "emailtemplates"}
# Folder names that hold e-mail templates only when the file is not a page (kind24): a product's
# `notifications/` folder holds its notification e-mails (Read the Docs' `*_email.txt`, Taiga's
# Jinja, Monica's Blade), but a help centre's holds pages about notifications (153 Markdown/MDX
# pages in the held-out corpus: Beszel, Overseerr, the Home Assistant companion, OnceHub; no
# Markdown e-mail among them). A Markdown e-mail there is still found by its greeting, subject
# or sign-off (text_signals).
NOTICE_FOLDERS = {"notifications"}
PAGE_SUFFIXES = (".md", ".mdx", ".markdown")
# Words of folder names that hold e-mail code: Rails `*_mailer/`, `MailTemplates/`.
MAILER_WORDS = {"mailer", "mailers"}
# Words in folder or file names of saved-reply collections ("saved-replies", "canned_responses",
# "MAINTAINER_REPLY_TEMPLATES", "analyzer-comments", "macros.json").
REPLY_WORDS = {"reply", "replies", "macro", "macros", "canned", "premade"}
REPLY_FOLDER_WORDS = REPLY_WORDS | {"responses", "comments"}
# Words that say saved replies only beside a word of support (replies6): a help centre's
# `snippets/` folder holds the partials its pages include (Mintlify reserves the folder name for
# them; Docusaurus sites name partials `_name.mdx` in such folders), and Office help names its
# pages for VBA macros ("error-running-macro.md", "macros-run-slowly.md"). In the corpus and the
# held-out corpus every file that only these words made a reply was an article (7 snippets, 3
# macros), and a support team writes `support-snippets/`, `SUPPORT_MACROS.md` or `macros.md`.
QUALIFIED_REPLY_WORDS = {"snippet", "snippets"}
QUALIFIED_NAME_WORDS = {"macro", "macros"} | QUALIFIED_REPLY_WORDS  # in a file name
ALONE_NAME_WORDS = {"macro", "macros"}  # a file named for macros alone holds them ("macros.md")
SUPPORT_WORDS = {"support", "reply", "replies", "saved", "canned", "customer", "customers", "agent",
                 "agents", "helpdesk", "chat", "response", "responses", "email", "mail", "zendesk",
                 "freshdesk", "intercom", "gorgias", "kustomer", "front", "service", "cx"}
# Pairs of words that say so together in a file name, though each alone does not ("API
# responses", "page templates", "deploy scripts" are articles): response templates and the
# scripts of a chat, call or support desk (`response-templates.md`, `customer-response-templates.md`,
# `CUSTOMER_SERVICE_SCRIPTS.md`, `chat_scripts.md`; replies5: their replies are kept in fences,
# read only in a file whose path says it holds replies).
REPLY_NAME_PAIRS = (({"response", "responses"}, {"template", "templates"}),
                    ({"script", "scripts"}, {"chat", "call", "support", "service", "agent", "phone"}))
# Front matter keys of saved replies (GitHub saved replies, help-desk snippet exports).
REPLY_FRONT_MATTER = re.compile(r"^(?:subject|preheader|reply_to|shortcut|macro|canned_response)\s*:", re.M | re.I)
# HTML e-mail markup: Outlook conditional comments, VML, mso- styles, a preheader block,
# presentation tables (the layout of nearly every HTML e-mail, rare in help pages), an
# unsubscribe link. Read in HTML documents only: an article about e-mail shows such markup
# in its code samples.
EMAIL_MARKUP = re.compile(
    r"<!--\[if\s[^\]]*\bmso|urn:schemas-microsoft-com:vml|\bmso-[a-z-]+\s*:|"
    r"(?:class|id)\s*=\s*[\"'][^\"']*pre-?header|role\s*=\s*[\"']presentation[\"']|"
    r">\s*unsubscribe\s*<|\*\|unsub\|\*|\{\{\{?\s*\w*unsub",  # an Unsubscribe link, a merge tag
    re.I)
# A subject line: a template block, or a `Subject:` header in the first lines of the file (an
# article shows one only further down, in a sample message).
SUBJECT_BLOCK = re.compile(r"\{%-?\s*block\s+(?:subject|preheader)\b", re.I)
SUBJECT_HEADER = re.compile(r"\A(?:[^\n]*\n){0,4}\s*subject\s*:", re.I)
GREETING = re.compile(r"^\W{0,3}(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|"
                      r"welcome(?: aboard| back)?(?=[,!])|thanks for (?:signing|joining))\b", re.I)
SIGN_OFF = re.compile(r"^\W{0,3}(?:(?:thanks|thank you|many thanks|regards|kind regards|best regards|best|"
                      r"best wishes|cheers|sincerely|yours(?: truly| sincerely)?|warmly|all the best|"
                      r"take care|see you soon|talk soon)(?=\s*(?:[,!.]|$))"
                      r"|the [\w .&'\ue000-\uf8ff-]{1,40} team(?=\W*$))"
                      r"|^(?:[—–]\s*|-\s+)[^\W\d_]\w*(?:\s+\w+){0,4}$"  # "— The Mailgunners"
                      r"|^-(?-i:[A-Z][a-z]+)$", re.I)  # "-Jane"; not "-26", "-file", "-ExportAsCsv"
SIGN_OFF_MAX_WORDS = 12  # "Thanks, [Sender Name] and the [Product Name] team"
GREETING_SEGMENTS = 5   # a greeting counts in the first few units (after a preheader, a logo alt)
SIGN_OFF_SEGMENTS = 6   # a sign-off in the last few (before a P.S., an address, an unsubscribe line)
SIGNAL_CHARS = 200_000  # e-mail markup and subject blocks are looked for this far into a file
# A file name says "saved replies" in a few words (`saved-replies`, `reply-templates`); a long
# one that mentions replies is an article's slug (`how-do-i-reply-from-my-address`).
STEM_MAX_WORDS = 3
# An e-mail speaking of itself: "reply to this e-mail", "you received this email".
SELF_REFERENCE = re.compile(
    r"\b(?:reply|replying|respond|responding) to this e-?mail\b|"
    r"\b(?:receiv\w*|got|sent you) this e-?mail\b|\bthis e-?mail (?:was|is|has been) sent\b", re.I)


@functools.lru_cache(maxsize=1024)
def _name_words(name: str) -> frozenset[str]:
    """Lower-case words of a folder or file name: `MAINTAINER_REPLY_TEMPLATES`, `saved-replies`,
    `MailTemplates` and `cannedResponses` all split into their words."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return frozenset(w for w in re.split(r"[^a-zA-Z]+", spaced.lower()) if w)  # (asked again for each file of a folder)


def path_signals(path: str) -> list[str]:
    """Reasons, from the path alone, to call the file a reply."""
    return list(_path_signals(path))


@functools.lru_cache(maxsize=256)
def _path_signals(path: str) -> tuple[str, ...]:
    """path_signals, worked out once for a path: a file's reader, its fences and its kind
    detection each ask about the same path."""
    parts = PurePosixPath(path.replace("\\", "/")).parts
    folders, name = parts[:-1], parts[-1] if parts else ""  # in their case: `SavedReplies` is two words
    out = []
    notices_are_mail = not name.lower().endswith(PAGE_SUFFIXES)
    if any(f.lower() in MAIL_FOLDERS or _name_words(f) & MAILER_WORDS
           or (notices_are_mail and f.lower() in NOTICE_FOLDERS) for f in folders):
        out.append("e-mail folder")
    elif any(_says_replies(_name_words(f), REPLY_FOLDER_WORDS, QUALIFIED_REPLY_WORDS, set()) for f in folders):
        out.append("saved-reply folder")
    stem = name.split(".")[0]
    stem_words = _name_words(stem)
    if (_says_replies(stem_words, REPLY_WORDS - QUALIFIED_NAME_WORDS, QUALIFIED_NAME_WORDS, ALONE_NAME_WORDS)
            or any(stem_words & first and stem_words & second for first, second in REPLY_NAME_PAIRS)) \
            and len(stem_words) <= STEM_MAX_WORDS:
        out.append("saved-reply file name")
    if name.lower().endswith((".mjml", ".inky", ".tsx", ".jsx")) or is_subject_line_file(path):
        out.append("e-mail file name")
    return tuple(out)


# "-subject", "_subject" or ".subject" ending the name's first part or standing as a part of its own
# before the extensions ("reset_password.subject.txt", indico's form: rev17).
_SUBJECT_LINE_NAME = re.compile(r"[^.][._-](?:subject|preheader)(?:\.[^.]+)*\Z", re.I)


def is_subject_line_file(path: str) -> bool:
    """A file that holds only an e-mail's subject or preheader (`order-declined-subject.txt`,
    `welcome_subject.html`, `reset_password.subject.txt`): the body it goes with is another file."""
    name = PurePosixPath(path.replace("\\", "/")).name
    return _SUBJECT_LINE_NAME.search(name) is not None


def _says_replies(words: frozenset[str], plain: set[str], qualified: set[str], alone: set[str]) -> bool:
    """Whether a folder's or file's name words say saved replies: a word of `plain`, a word of
    `alone` with no other word ("macros.md"), or a word of `qualified` beside a word of support
    ("SUPPORT_MACROS.md", "support-snippets/"; not "error-running-macro.md", "snippets/",
    "CSS snippets.md")."""
    if words & plain or (words and words <= alone):
        return True
    return bool(words & qualified) and bool(words & SUPPORT_WORDS)


def _texts(doc) -> list[str]:
    """The texts of the document's segments, blank ones left out, in reading order."""
    return [s.text for s in doc.segments if s.text.strip()]


def _flat(text: str) -> str:
    """A unit as the signals read it: its words, one space between each."""
    return " ".join(text.split())


def text_signals(doc) -> list[str]:
    """Reasons, from the document's structure and prose, to call it a reply."""
    return list(_text_signals(doc))


def _text_signals(doc):
    """text_signals, one at a time, cheapest first: detect_kind stops at the first."""
    if doc.shape is not None:
        yield f"reply export ({doc.shape})"
    text = doc.source.text
    if doc.format == "html" and EMAIL_MARKUP.search(text[:SIGNAL_CHARS]):
        yield "e-mail markup"
    if is_blade(doc.source.path) and is_markdown_mail(text[:SIGNAL_CHARS]):
        yield "Laravel mail component"
    if SUBJECT_BLOCK.search(text[:SIGNAL_CHARS]) or SUBJECT_HEADER.match(text):
        yield "subject line"
    if doc.front_matter is not None and REPLY_FRONT_MATTER.search(doc.front_matter[2]):
        yield "saved-reply front matter"
    texts = _texts(doc)  # each made a unit (_flat) only where a signal reads it
    if _may_speak_of_itself(texts) and any(SELF_REFERENCE.search(_flat(t)) for t in texts):
        yield "speaks of itself as an e-mail"
    if any(GREETING.match(_flat(t)) for t in _opening_texts(doc)):
        yield "greeting"
    if any(SIGN_OFF.match(u) and len(u.split()) <= SIGN_OFF_MAX_WORDS for u in _closing_units(doc)):
        yield "sign-off"


def _opening_texts(doc) -> list[str]:
    """The first few units, where a reply greets its reader. A Markdown heading is not one: there,
    "# Welcome!" or "# Hello world" is a page's title (user37: ente's help-centre home page; in the
    held-out corpus, 8 pages whose heading was their only reply signal, among them zettlr's and
    ExpressionEngine's home pages and two "Hello world" tutorials; no Markdown file of the corpus
    greets in a heading). The heading still counts as one of the few: left out, a transcript's
    "Hello and welcome" under three headings greeted (clearml's video pages). An HTML e-mail's
    `<h1>Welcome aboard!</h1>` still greets."""
    titles = Scope.HEADING if doc.format in ("markdown", "mdx") else None
    first = itertools.islice((s for s in doc.segments if s.text.strip()), GREETING_SEGMENTS)
    return [s.text for s in first if s.scope != titles]


def _closing_units(doc) -> list[str]:
    """The last few units (never the first: that one opens the text) that can close a message: a
    list item never does ("- Thanks" heading a changelog's list of contributors, "- The RetroArch
    Team" in a credits list)."""
    units = (s for s in doc.segments if s.text.strip())
    next(units, None)
    last = collections.deque(units, maxlen=SIGN_OFF_SEGMENTS)  # not a list of every segment: a 10 MB table
    return [_flat(s.text) for s in last if s.scope != Scope.LIST_ITEM]


# Texts joined for one look at a time: a join of a whole large document and its lower-cased
# copy were the peak of a run on a 10 MB table (12 MB over the document it read).
_TEXTS_PER_LOOK = 512


def _may_speak_of_itself(texts: list[str]) -> bool:
    """Whether a unit can match SELF_REFERENCE, whose every match holds 'mail' ('email',
    'e-mail'): a look at the lower-cased texts (nlp.casefold; making a text a unit changes only
    its white space), a few hundred joined at a time, rather than an ignore-case search of each
    unit, which was a twentieth of reading a Markdown file."""
    for first in range(0, len(texts), _TEXTS_PER_LOOK):
        lowered = lowered_for_search("\n".join(texts[first:first + _TEXTS_PER_LOOK]))
        if lowered is None or "mail" in lowered:
            return True
    return False


def project_path(path: str, root: str) -> str:
    """`path` from the project's root (the folder of the config that decides, else the current
    folder), for the folder signals: a folder above the project says nothing about the file (a
    help centre checked out under ~/mail/ is no e-mail template), and `check /abs/path/a.md`
    reads as `check a.md` does. A path outside the root is kept as given."""
    if not root:
        return path
    try:
        relative = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive (Windows)
        return path
    outside = relative == os.pardir or relative.startswith(os.pardir + os.sep)
    return path if outside else Path(relative).as_posix()


def kind_signals(doc, path: str) -> list[str]:
    """Every reason found to call the document a reply (empty: an article)."""
    return path_signals(path) + text_signals(doc)


def detect_kind(doc, path: str) -> str:
    """"reply" when the structure says conversation (any signal of `kind_signals`), else "article"."""
    found = next(itertools.chain(path_signals(path), _text_signals(doc)), None)
    return REPLY if found is not None else ARTICLE
