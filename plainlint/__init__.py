"""plainlint: a plain-language and accessibility linter for customer-support content."""

__version__ = "0.1.0"
