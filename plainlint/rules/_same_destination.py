"""Whether two link destinations that differ as written are one page to the reader (link-text's
reused-text check): a page of the docs by its site URL and by its file, a repository's file at a
commit and at another ref."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

PAGE_SUFFIX = re.compile(r"(?:/index)?(?:\.(?:md|mdx|markdown|html?|php|aspx?))?$", re.I)


def one_destination(first: str, second: str, document_path: str) -> bool:
    """Whether two destinations (as link_text.destination gives them) are one page to the reader."""
    return same_page_by_url_and_file(first, second, document_path) or same_file_at_a_commit(first, second)


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.I)


def same_page_by_url_and_file(first: str, second: str, document_path: str) -> bool:
    """Whether two destinations (as `link_text.destination` gives them) are one page of the docs, linked
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
    resolved = posixpath.normpath(posixpath.join("/", folder, paths[0]))
    return url_path.count("/") >= 2 and (resolved + "/").endswith(url_path + "/")


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
