"""A one-line progress bar on stderr for long runs in a terminal.

Only for people watching: never when stderr is piped or redirected (CI logs, editors), and the
caller leaves it off for machine-readable formats on stdout.
"""

from __future__ import annotations

MIN_FILES = 20  # shorter runs finish before a bar would help


class Progress:
    def __init__(self, stream, total: int, width: int | None = None):
        self.stream = stream
        self.total = total
        self.done = 0
        import shutil  # (shutil imports compression modules: only a bar on a terminal needs it)

        self.width = width or shutil.get_terminal_size((80, 24)).columns
        self.shown = ""

    def advance(self, label: str) -> None:
        self.done += 1
        self._draw(label)

    def _draw(self, label: str) -> None:
        bar_width = 20
        filled = bar_width * self.done // max(1, self.total)
        count = f"{self.done}/{self.total} files"
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}] {count} {label}"
        line = line[: self.width - 1]
        self.stream.write("\r" + line + " " * max(0, len(self.shown) - len(line)))
        self.stream.flush()
        self.shown = line

    def clear(self) -> None:
        """Erase the bar (before another message on the same stream, and at the end)."""
        if self.shown:
            self.stream.write("\r" + " " * len(self.shown) + "\r")
            self.stream.flush()
            self.shown = ""


def progress_for(stream, total: int, wanted: bool) -> Progress | None:
    if not wanted or total < MIN_FILES or stream is None:
        return None
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    return Progress(stream, total)
