"""Messages and progress on standard error, never on standard output.

``Reporter`` prints one-line errors and warnings (``pressfacts: error: x.txt:
not found``) and, when asked, a progress display: a rich bar when standard
error is a terminal, a plain line every few seconds otherwise (``--progress``
in a pipe or log). The bar appears only once a second release comes, so a
single release never flashes one.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO


class Reporter:
    """Counts releases, prints problems, draws progress; ``close()`` when done."""

    def __init__(
        self, *, progress: bool = False, total: int | None = None, stream: TextIO | None = None
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.want_progress = progress
        self.total = total
        self.done = 0
        self.errors = 0
        self.warnings = 0
        self._live: Any = None  # rich.progress.Progress once started
        self._task: Any = None
        self._plain = False
        self._started = time.monotonic()
        self._last_line = self._started

    # -- messages ----------------------------------------------------------

    def error(self, message: str) -> None:
        self.errors += 1
        self._say(f"pressfacts: error: {message}")

    def warning(self, message: str) -> None:
        self.warnings += 1
        self._say(f"pressfacts: warning: {message}")

    def _say(self, line: str) -> None:
        if self._live is not None:
            from rich.text import Text

            self._live.console.print(Text(line, style="yellow" if ": warning: " in line else "red"))
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    # -- progress ----------------------------------------------------------

    def advance(self) -> None:
        """One more release processed (extracted or skipped)."""
        self.done += 1
        if not self.want_progress:
            return
        if self._live is None and not self._plain and self.done >= 2:
            self._start()
        if self._live is not None:
            self._live.update(self._task, completed=self.done)
        elif self._plain:
            now = time.monotonic()
            if now - self._last_line >= 2.0:
                self._last_line = now
                self._say(f"pressfacts: {self._status(now)}")

    def _status(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-9)
        of = f" of {self.total}" if self.total else ""
        return f"{self.done}{of} releases, {self.done / elapsed:.0f}/s"

    def _start(self) -> None:
        if not _is_terminal(self.stream):
            self._plain = True
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        columns: list[Any] = [SpinnerColumn(), TextColumn("extracting")]
        if self.total:
            columns += [BarColumn(), MofNCompleteColumn()]
        else:
            columns += [TextColumn("{task.completed} releases")]
        columns += [TimeElapsedColumn()]
        console = Console(file=self.stream, highlight=False, markup=False)
        self._live = Progress(*columns, console=console, transient=True)
        self._task = self._live.add_task("extract", total=self.total, completed=self.done)
        self._live.start()

    def close(self) -> None:
        """Stop the progress display, leaving the terminal clean."""
        if self._live is not None:
            self._live.stop()
            self._live = None
        elif self._plain and self.done:
            self._say(f"pressfacts: {self._status(time.monotonic())}")
            self._plain = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
