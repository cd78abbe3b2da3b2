"""Writing a fixed file so that a crash, a full disk or a concurrent edit never loses text.

The new bytes go to a temporary file in the same folder (same file system, so the rename is
atomic), are flushed and fsynced, get the original's permission bits (and owner when allowed),
and then replace the original with one `os.replace`. Until that rename the original is
untouched; if anything fails the temporary file is removed and the original stays as it was.
Right before writing, the file is read again: if its bytes differ from the ones plainlint
linted (an editor saved it meanwhile), nothing is written.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path


class WriteError(Exception):
    """One line for the user; the file named in it is unchanged."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_atomic(path: Path, data: bytes, expected: bytes | None = None, what: str = "fixes") -> None:
    """Replace `path` with `data`; with `expected`, only if the file still holds those bytes.
    `what` names what is written, in the messages ("fixes", "terms")."""
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    mode = None
    if expected is not None or target.exists():
        try:
            current = target.read_bytes()
            info = os.stat(target)
        except OSError as exc:
            raise WriteError(f"cannot read it again before writing: {_reason(exc)}; left unchanged") from None
        if expected is not None and current != expected:
            raise WriteError(f"changed on disk since plainlint read it; {what} not written (run again)")
        if not os.access(target, os.W_OK):
            # The rename below needs only the folder's permission: without this check a file
            # made read-only (chmod a-w, a locked checkout) would be replaced, where writing
            # it (ruff, black, an editor) is refused.
            raise WriteError("read-only: no permission to write it; left unchanged")
        mode = info
    fd, temp = _temp_beside(target, "; left unchanged")
    try:
        _write_all(fd, data)
        _put_in_place(temp, target, mode)
    except OSError as exc:
        _discard(temp)
        raise WriteError(f"cannot write {what}: {_reason(exc)}; left unchanged") from None
    except BaseException:
        _discard(temp)
        raise
    _sync_folder(target.parent)


def _temp_beside(target: Path, consequence: str = "") -> tuple[int, str]:
    """A new temporary file in the target's folder (so the final rename is atomic)."""
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".plainlint-tmp", dir=target.parent)
    except OSError as exc:
        raise WriteError(f"cannot create a temporary file next to it: {_reason(exc)}{consequence}") from None


def _put_in_place(temp: str, target: Path, previous: os.stat_result | None) -> None:
    """Give the temporary file the old file's mode and owner (or the umask's, for a new file)
    and rename it over the target."""
    if previous is not None:
        os.chmod(temp, stat.S_IMODE(previous.st_mode))
        _keep_owner(temp, previous)
    else:
        os.chmod(temp, 0o666 & ~_umask())
    os.replace(temp, target)


def _write_all(fd: int, data: bytes) -> None:
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _keep_owner(temp: str, info: os.stat_result) -> None:
    if hasattr(os, "chown"):
        try:
            os.chown(temp, info.st_uid, info.st_gid)
        except PermissionError:
            pass  # only root may give a file away; the mode bits are kept regardless


def _discard(temp: str) -> None:
    try:
        os.unlink(temp)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def replaced_when_done(path: Path, encoding: str = "utf-8"):
    """A text handle whose content replaces `path` only when the `with` block ends normally.

    For reports (`check -o`): they are streamed, so they go to a temporary file beside `path`
    that is renamed over it at the end (a `path` that is not a regular file, such as /dev/null,
    is written in place). A run that fails or is interrupted (Ctrl-C, SIGTERM)
    removes the temporary file and leaves the previous report whole. Raises WriteError."""
    try:
        previous = os.stat(path)  # through symlinks, /dev/stdout's included
    except FileNotFoundError:
        previous = None
    except OSError as exc:
        raise WriteError(_reason(exc)) from None
    if previous is not None and not stat.S_ISREG(previous.st_mode):
        # /dev/null, /dev/stdout, a FIFO: written in place, never replaced by a regular file.
        try:
            with open(path, "w", encoding=encoding, errors="surrogateescape") as handle:
                yield handle
        except OSError as exc:
            raise WriteError(_reason(exc)) from None
        return
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    fd, temp = _temp_beside(target)
    try:
        with os.fdopen(fd, "w", encoding=encoding, errors="surrogateescape") as handle:  # names not UTF-8: their bytes
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _put_in_place(temp, target, previous)
    except OSError as exc:
        _discard(temp)
        raise WriteError(_reason(exc)) from None
    except BaseException:
        _discard(temp)
        raise
    _sync_folder(target.parent)
