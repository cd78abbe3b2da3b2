"""Rule data (word lists, phrases, suggestions) shipped as package data; see README."""
