"""Which Markdown a Docusaurus site's `.md` files are: MDX unless the site or the page says otherwise.

Docusaurus compiles `.md` and `.mdx` files with the MDX compiler. v2 reads every file as MDX;
v3 has `siteConfig.markdown.format` (facebook/docusaurus#9097, docs "Markdown Features > MDX vs.
CommonMark"): `'mdx'` (the default, "for historical reasons": every file is MDX), `'md'` (every
file CommonMark) or `'detect'` (by extension: `.mdx` MDX, `.md` CommonMark). A page may say its
own in front matter, `mdx: {format: md}`, which takes precedence over the site's (the mdx-loader
reads `frontMatter.mdx` with `validateMDXFrontMatter`: `format` one of md, mdx, detect; a
top-level `format:` key is not read, whatever some versions of the page say).

Read as CommonMark, an MDX page's `{/* comments */}`, imports and expressions were prose (user31,
casdoor-style `.md` pages with `<Tabs>`). A site is the nearest folder above a file (unbounded, as
config lookup: config/tree.py) holding `docusaurus.config.{js,ts,mjs,cjs}`; only files in a folder
below it are its content (`docs/`, `blog/`, `src/pages/`, `versioned_docs/`, `i18n/`): a README or
CHANGELOG beside the config is the repository's, shown by GitHub as CommonMark. Without one above
it, a file is still a site's content when a site in a folder beside one of its folders names the
file's folder, or one above it, as a content `path` outside itself: the layout of `website/` with
`docs: {path: '../docs'}` that Docusaurus's v1 migration and many monorepos keep. Docusaurus v1 named
its config `siteConfig.js` and used Remarkable, not MDX, so it is not matched.
Config `markdown-format` (same values, same meaning) says it for any file and wins over the site's.
"""

from __future__ import annotations

import os
import re

CONFIG_NAMES = tuple(f"docusaurus.config.{ext}" for ext in ("js", "ts", "mjs", "cjs"))
FORMATS = ("mdx", "md", "detect")
_READERS = {"mdx": "mdx", "md": "markdown"}  # 'detect': the extension's reader

_MARKDOWN_KEY = re.compile(r"""(?<![\w$.])(?:markdown|["']markdown["'])\s*:\s*\{""")
_FORMAT_KEY = re.compile(r"""(?<![\w$.])(?:format|["']format["'])\s*:\s*["'`](mdx|md|detect)["'`]""")
_JS_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
# a content plugin's folder outside the site: `path: '../docs'` (docs, blog and pages all call it `path`)
_OUTSIDE_PATH = re.compile(r"""(?<![\w$.])(?:path|["']path["'])\s*:\s*["'`](\.\.(?:/[^"'`\n]*)?)["'`]""")


def config_format(text: str) -> str:
    """The `markdown.format` a site's config sets, else 'mdx' (Docusaurus v2's only reading and
    v3's default). Read from the text, not run: only a literal string directly in the `markdown`
    object counts (a `format` of an object inside it, `hooks: {...}`, is another thing's)."""
    return _format_in(_without_comments(text))


def outside_content(text: str) -> list[str]:
    """The content folders a site's config names outside the site (`path: '../docs'`), as written,
    comments left out. Read from the text, like `config_format`."""
    return _outside_in(_without_comments(text))


def _without_comments(text: str) -> str:
    return _JS_COMMENT.sub(lambda m: " " * len(m.group()), text)


def _format_in(code: str) -> str:
    for opening in _MARKDOWN_KEY.finditer(code):
        found = _FORMAT_KEY.search(_top_level(code, opening.end()))
        if found:
            return found.group(1)
    return "mdx"


def _outside_in(code: str) -> list[str]:
    return [found.group(1) for found in _OUTSIDE_PATH.finditer(code)]


def _top_level(text: str, start: int) -> str:
    """The object body after the `{` ending at `start`, with every nested object's body blanked."""
    depth, out = 1, []
    for char in text[start:]:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                break
        out.append(char if depth == 1 or char == "\n" else " ")
    return "".join(out)


_FRONT_MDX = re.compile(r"""(?m)^mdx[ \t]*:[ \t]*(?:\{[^}\n]*?\bformat[ \t]*:[ \t]*["']?(mdx|md|detect)["']?[ \t]*[,}]"""
                        r"""|\r?\n(?:[ \t]+[^\n]*\r?\n)*?[ \t]+format[ \t]*:[ \t]*["']?(mdx|md|detect)["']?[ \t]*\r?$)""")


def front_matter_format(text: str) -> str | None:
    """The `mdx.format` of a page's YAML front matter (block or flow mapping), else None."""
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    if end < 0 or "mdx" not in text[:end]:
        return None
    found = _FRONT_MDX.search(text, 0, end + 1)
    return (found.group(1) or found.group(2)) if found else None


def resolve_markdown_format(fmt: str, text: str, configured: str | None) -> str:
    """The reader of a Markdown or MDX file (`fmt`, from its extension): the page's `mdx.format`,
    else `configured` (config `markdown-format` or the site's, FileSettings.markdown_format),
    else the extension's. Other formats are returned as they are; the result is stable (reading
    it again gives it again), so callers may resolve a format already resolved."""
    if fmt not in ("markdown", "mdx"):
        return fmt
    chosen = front_matter_format(text) or configured
    return _READERS.get(chosen or "detect", fmt)


class SiteFinder:
    """The Docusaurus site of a file and its format, each folder looked up once per run."""

    def __init__(self):
        self._site: dict[str, str | None] = {}  # folder -> the config file of its nearest site
        self._format: dict[str, str] = {}  # config file -> its format
        self._code: dict[str, str | None] = {}  # config file -> its text without comments (None: unreadable)
        self._outside: dict[str, str | None] = {}  # folder -> the site outside it that names it
        self._beside: dict[str, list[tuple[str, list[str]]]] = {}  # folder -> its subfolders' sites

    def site_config(self, path: str) -> str | None:
        """The config file of the site whose content `path` is (a file in a folder below the
        site's), else None."""
        folder = os.path.dirname(os.path.abspath(path))
        config = self._nearest(folder)
        if config is None:
            return self._outside_site(folder)
        return None if os.path.dirname(config) == folder else config

    def markdown_format(self, config: str) -> str:
        if config not in self._format:
            code = self._config_code(config)
            self._format[config] = "mdx" if code is None else _format_in(code)
        return self._format[config]

    def _config_code(self, config: str) -> str | None:
        """A config's text without its comments, read once per run (its format and its content
        folders are both read from it)."""
        if config not in self._code:
            try:
                with open(config, encoding="utf-8", errors="replace") as handle:
                    self._code[config] = _without_comments(handle.read(1_000_000))
            except OSError:
                self._code[config] = None
        return self._code[config]

    def _outside_site(self, folder: str) -> str | None:
        """The config of a site beside one of `folder`'s ancestors that names `folder`, or a folder
        above it, as content outside the site (`website/docusaurus.config.js` with `path: '../docs'`)."""
        if folder not in self._outside:
            self._outside[folder] = self._naming_site(folder)
        return self._outside[folder]

    def _naming_site(self, folder: str) -> str | None:
        above = os.path.dirname(folder)
        while True:
            for config, roots in self._sites_below(above):
                if any(folder == root or folder.startswith(root + os.sep) for root in roots):
                    return config
            parent = os.path.dirname(above)
            if parent == above:
                return None
            above = parent

    def _sites_below(self, folder: str) -> list[tuple[str, list[str]]]:
        """Each site config in a subfolder of `folder` that names content outside its site, with
        those content folders resolved; looked up once per folder."""
        if folder not in self._beside:
            self._beside[folder] = [(config, roots) for config in self._subfolder_configs(folder)
                                    if (roots := self._outside_roots(config))]
        return self._beside[folder]

    @staticmethod
    def _subfolder_configs(folder: str) -> list[str]:
        try:
            entries = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir()
                             and not entry.name.startswith(".") and entry.name != "node_modules")
        except OSError:
            return []
        return [os.path.join(folder, name, config) for name in entries for config in CONFIG_NAMES
                if os.path.isfile(os.path.join(folder, name, config))]

    def _outside_roots(self, config: str) -> list[str]:
        code = self._config_code(config)
        site = os.path.dirname(config)
        return [os.path.normpath(os.path.join(site, path)) for path in _outside_in(code or "")]

    def _nearest(self, folder: str) -> str | None:
        known = self._site.get(folder, False)
        if known is not False:
            return known
        found = next((os.path.join(folder, name) for name in CONFIG_NAMES
                      if os.path.isfile(os.path.join(folder, name))), None)
        parent = os.path.dirname(folder)
        if found is None and parent != folder:
            found = self._nearest(parent)
        self._site[folder] = found
        return found
