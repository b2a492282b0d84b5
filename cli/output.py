"""Where output goes: standard output, or a file written atomically.

``open_output(None)`` is standard output, switched to UTF-8 for data formats.
``open_output("facts.csv")`` writes a temporary file beside the target and
renames it into place only when the block ends without an exception, so an
interrupted run never leaves a half-written file (and never clobbers the old
one). ``quiet_broken_pipe()`` ends the program quietly when the reader of
standard output goes away (``pressfacts extract dir | head -1``).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TextIO


def is_terminal(stream: TextIO) -> bool:
    """Whether a stream is an interactive terminal (False for anything without a ``isatty``)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_file(path: str) -> Iterator[TextIO]:
    """A UTF-8 text file at ``path`` that appears whole, or not at all.

    The data goes to a hidden temporary file in the same folder (so the rename
    stays on one file system), is flushed to disk, then renamed over ``path``.
    On any exception, KeyboardInterrupt included, the temporary file is removed.
    """
    folder = os.path.dirname(os.path.abspath(path))
    import tempfile  # only for -o: the usual run writes to stdout

    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = os.stat(path).st_mode & 0o7777  # keep the mode of the file it replaces
        except OSError:
            mode = 0o666 & ~_umask()  # mkstemp made it 0600; give it a new file's mode
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def open_output(path: str | None, *, data: bool = True) -> Iterator[TextIO]:
    """Standard output (``path`` None or "-") or an atomically written file.

    For data formats (``data``), standard output is switched to UTF-8: JSON and
    CSV are UTF-8 whatever the locale says. Characters that cannot be encoded
    (lone surrogates from undecodable file names) are written as escapes.
    """
    if path is None or path == "-":
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            # A file name that is not valid UTF-8 reaches a source as a lone surrogate;
            # write it as a "\udcff" escape (valid inside a JSON string) rather than fail.
            settings = {"errors": "backslashreplace"}
            if data and (out.encoding or "").lower().replace("-", "") != "utf8":
                settings["encoding"] = "utf-8"
            with contextlib.suppress(ValueError, OSError):
                out.reconfigure(**settings)
        yield out
        out.flush()
    else:
        with atomic_file(path) as f:
            yield f


def silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush cannot fail.

    The Python documentation's recipe for BrokenPipeError: after the reader of
    a pipe has gone, any later flush of ``sys.stdout`` would raise again at exit.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        # Not a real file descriptor (a test runner's buffer): nothing will flush to a pipe.
        pass
