"""More help centres and manuals for the held-out corpus, in the tables of heldout_sources.py (which
reached its 400-line limit in session 21): scripts/build_heldout_corpus.py merges each table here
into the one of the same name there. Each session's additions and the commands that built them:
docs/heldout-corpus.md."""

SOURCES = {
    # added in session 22 (trial15) for Astro Starlight help sites (`src/content/docs/`, front matter
    # `title`/`description`/`sidebar`, `template: splash` heroes, `:::tip[Title]` asides, components
    # imported from `@astrojs/starlight/components`), in none of the lists above or /work/.mirror
    # before: linkding's docs (a bookmark manager: installation, options, how-to, troubleshooting;
    # docs/src/content/docs/; MIT, LICENSE.txt), AerynOS's user guide (a Linux distribution: getting
    # started, desktops, system management; src/content/docs/Users/; no licence file: hashes only)
    # and the CachyOS wiki (a Linux distribution: installation, configuration, features, FAQ;
    # src/content/docs/, its cs/ sk/ id/ translations skipped by language detection; no licence
    # file: hashes only) for the blind seed-234 sample; kept aside, unread, for the seed-235 check:
    # Safeparts' help (a secret-splitting tool: web UI, desktop, CLI, troubleshooting;
    # web/help/src/content/docs/, its ar/ pages skipped by language detection; MIT, LICENSE)
    "linkding": "linkding-docs", "dotdev": "aerynos-users-docs", "cachyos-wiki": "cachyos-wiki",
    "safeparts": "safeparts-help",
}
OWNERS = {"linkding": "sissbruecker", "dotdev": "AerynOS", "cachyos-wiki": "CachyOS",
          "safeparts": "mustafamohsen"}
LICENCES = {"linkding": "MIT", "dotdev": "NOASSERTION", "cachyos-wiki": "NOASSERTION", "safeparts": "MIT"}
REPOSITORY_NAMES = {"cachyos-wiki": "wiki"}
FOLDERS = {"linkding": "docs/src/content/docs/", "dotdev": "src/content/docs/Users/",
           "cachyos-wiki": "src/content/docs/", "safeparts": "web/help/src/content/docs/"}
LICENCE_FILES = {"linkding": "LICENSE.txt", "dotdev": "(none)", "cachyos-wiki": "(none)"}
SUFFIXES: dict[str, tuple[str, ...]] = {}
