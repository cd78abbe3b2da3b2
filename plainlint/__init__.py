"""plainlint: a plain-language and accessibility linter for customer-support content."""

__version__ = "0.1.0"

# Whether a tag `v<__version__>` is published (docs/releasing.md, step 1 sets it in the release
# commit). Rule links in SARIF, rdjson and the editor point at that tag when it exists and at `main`
# until then: a link to a tag nobody has pushed is a 404 for every user.
RELEASE_TAGGED = False
