"""An exclusive lock on a file of the output folder, so concurrent runs update its manifest one
at a time (``fcntl.flock``; released by the kernel when the holder dies, so a lock file left by
a killed run is no obstacle). The file is removed after use.

The lock file is a regular file: a symbolic link or a folder in its place is refused with
:class:`~sessietool.errors.OutputError`, as is a lock held longer than the wait allows. Where
``fcntl`` does not exist (Windows) the lock is a no-op.
"""
from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..errors import OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 10.0  # how long a run waits for another run's manifest write
POLL_SECONDS = 0.02


def _open(path: Path) -> int:
    """A descriptor of the lock file (created if needed); refuses anything but a regular file."""
    flags = (os.O_RDONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP or path.is_symlink():
            raise OutputError(path, "cannot lock the manifest: the lock file is a symbolic link"
                              ) from None
        if exc.errno == errno.EISDIR or path.is_dir():
            raise OutputError(path, "cannot lock the manifest: the lock file is a folder"
                              ) from None
        raise OutputError(path, f"cannot lock the manifest: {exc.strerror or exc}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OutputError(path, "cannot lock the manifest: the lock file is not a regular file")
    return fd


def _same_file(fd: int, path: Path) -> bool:
    """True when ``path`` still names the file open as ``fd`` (another run may have removed it)."""
    try:
        here = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)


def _acquire(path: Path, limit: float) -> int:
    """A descriptor of ``path`` holding its exclusive lock, waiting at most ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while True:
        fd = _open(path)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise OutputError(path, "cannot lock the manifest: another run has "
                                          f"held the lock for over {limit:g} s") from None
                    time.sleep(POLL_SECONDS)
        except OSError as exc:
            os.close(fd)
            raise OutputError(path, f"cannot lock the manifest: {exc.strerror or exc}"
                              ) from None
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, path):
            return fd
        os.close(fd)  # the holder removed the file as it let go: lock the new one


@contextmanager
def locked(path: Path, wait: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` for the ``with`` block, waiting at most ``wait``
    seconds (default :data:`WAIT_SECONDS`) for another holder to let go. The lock file is
    removed when the block ends (while still locked, so a waiter sees it is gone and retries)."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    path = Path(path)
    fd = _acquire(path, WAIT_SECONDS if wait is None else wait)
    try:
        yield
    finally:
        with suppress(OSError):  # a folder without write permission now: the file stays
            path.unlink(missing_ok=True)
        os.close(fd)  # releases the lock
