"""Whether two link destinations of one document are one page (link-text's "one text, two
destinations"): a page linked by its site URL and by its file, one file by two spellings of
its path, or a repository's file at a commit and at another ref. The destinations are compared as `rules.link_text.destination` gives them (lower case,
no fragment, no '.md'/'.html' or final 'index')."""

from __future__ import annotations

import os
import posixpath
import re
from urllib.parse import urlsplit

PAGE_SUFFIX = re.compile(r"(?:/index)?(?:\.(?:md|mdx|markdown|html?|php|aspx?))?$", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.I)


def same_page(first: str, second: str, document_path: str) -> bool:
    """Whether two different destinations still name one page of the docs."""
    return same_page_by_url_and_file(first, second, document_path) \
        or same_file_by_two_paths(first, second, document_path) or same_file_at_a_commit(first, second)


def same_page_by_url_and_file(first: str, second: str, document_path: str) -> bool:
    """Whether two destinations are one page of the docs, linked
    once by its site URL and once by its file: the root-relative path is the URL's path, or the
    URL's path (two parts or more, without '.md'/'.html' or a final 'index') is the end of the
    relative path resolved from the document's own folder. In docs/setup.md, 'billing.md' and
    'https://example.com/docs/billing' are one page; 'https://example.com/billing' may be another
    site's page of that name, so it stays a different destination."""
    urls = [d for d in (first, second) if _SCHEME.match(d)]
    paths = [d.split("?")[0] for d in (first, second) if not _SCHEME.match(d)]
    if len(urls) != 1 or len(paths) != 1 or not urls[0].startswith(("http:", "https:")):
        return False
    url_path = PAGE_SUFFIX.sub("", urlsplit(urls[0]).path).rstrip("/")
    if paths[0].startswith("/"):
        return url_path == paths[0]
    folder = posixpath.dirname(document_path.replace("\\", "/").lower())
    return _ends_with(posixpath.normpath(posixpath.join("/", folder, paths[0])), url_path)


def same_file_by_two_paths(first: str, second: str, document_path: str) -> bool:
    """Whether two paths with no scheme are one file: both relative and the same once resolved
    from the document's own folder ('send.md' and '../../api/calls/send.md' in api/calls/), or
    one root-relative (two parts or more) and the end of the other resolved
    ('/help/using/faq/limits' and '../faq/limits.md' in help/using/api/; user36, Adobe's Audience
    Manager docs, 15 of 39 such findings)."""
    if _SCHEME.match(first) or _SCHEME.match(second):
        return False
    (first, first_query), (second, second_query) = _split_query(first), _split_query(second)
    if first_query != second_query:
        return False  # 'article.php?id=1' and 'article.php?id=2' are two pages
    rooted = [p for p in (first, second) if p.startswith("/")]
    if len(rooted) == 2:
        return False  # two site paths: told apart as written
    relative = [_resolved(p, document_path) for p in (first, second) if not p.startswith("/")]
    if None in relative:
        return False
    if not rooted:
        return relative[0] == relative[1]
    return _ends_with(relative[0], rooted[0])


def _split_query(path: str) -> tuple[str, str]:
    path, _, query = path.partition("?")
    return path, query


def _resolved(path: str, document_path: str) -> str | None:
    """A relative path resolved from the document's folder, or None when its '..' climb above
    what the document's path shows: nothing then says where it goes. The document's path is made
    absolute first (it is shown relative to the working folder), so that the end of a site path
    can match wherever the run started."""
    absolute = os.path.abspath(document_path) if document_path not in ("", "-") else document_path
    folder = posixpath.dirname(absolute.replace("\\", "/").lower()).lstrip("/")
    joined = posixpath.join(folder, path)
    resolved = posixpath.normpath(joined)
    if resolved == ".." or resolved.startswith("../"):
        return None
    return "/" if resolved == "." else "/" + resolved


def _ends_with(resolved: str, site_path: str) -> bool:
    """Whether a site path of two parts or more is the end of a resolved file path."""
    return site_path.count("/") >= 2 and (resolved + "/").endswith(site_path + "/")


# A file of a repository on GitHub or GitLab, at a ref: owner/name, the ref, the file's path.
_REPOSITORY_FILE = re.compile(r"^https?://(?:www\.)?(github\.com|gitlab\.com)/([^/]+/[^/]+)/(?:-/)?(?:blob|tree|raw)/"
                              r"([^/]+)/(.+)$")
_COMMIT = re.compile(r"^[0-9a-f]{7,40}$")


def same_file_at_a_commit(first: str, second: str) -> bool:
    """Whether two destinations (as `link_text.destination` gives them) are one file of one repository, one of
    them at a commit (a permalink, 'blob/3f9c2a1/...') and the other at any ref: one file to the
    reader (check36: Solidus's guide links a promotion action at a commit, then on master). Two
    branches ('step-3', 'step-4' of a tutorial) may hold two versions, so they stay different."""
    one, other = _REPOSITORY_FILE.match(first), _REPOSITORY_FILE.match(second)
    return bool(one and other) and one.group(1, 2, 4) == other.group(1, 2, 4) \
        and bool(_COMMIT.match(one.group(3)) or _COMMIT.match(other.group(3)))
