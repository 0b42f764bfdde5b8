"""Reading a file the user or another run controls: regular files only, never blocking, bounded.

``open()`` on a FIFO blocks until a writer comes, ``/dev/zero`` never ends, and a symlink may
point anywhere: :func:`read_regular` opens without blocking, checks on the open descriptor that
it is a regular file and no larger than the limit, and reads at most that many bytes.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegular(OSError):
    """The path is a folder, a device, a FIFO or a socket."""


class TooBig(OSError):
    """The file is larger than the limit."""


def read_regular(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``; :class:`NotRegular` or :class:`TooBig` (both
    ``OSError``) when it is not one or is larger than ``max_bytes``."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(f"not a regular file: {path}")
        if info.st_size > max_bytes:
            raise TooBig(f"{info.st_size:,} bytes is more than the limit of {max_bytes:,}")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:  # the file grew while it was read
                raise TooBig(f"more than the limit of {max_bytes:,} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)
