"""Stage 2, linting: the engine runs the selected rules over a `Document` and turns their hits
into `Finding`s at exact positions, after suppressions (`engine`, `findings`, `suppress`,
word-list matching in `wordlists`)."""
