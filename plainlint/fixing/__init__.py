"""Stage 3, fixing: findings' fixes become non-overlapping edits, applied and written atomically
(keeping encoding, line endings and mode)."""
