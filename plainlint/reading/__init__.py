"""Stage 1, reading: bytes -> decoded `Source` -> `Document` of prose segments whose offset maps
lead every character back to the file (`source`, `offsets`, `templates`, `readers/`)."""
