"""Writing a report or calendar file whole or not at all, readable by its owner only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class OutputError(OSError):
    """The file cannot be written there; the message says where and why."""


def check_target(path: str | os.PathLike[str]) -> Path:
    """The path to write, refused with a clear message when it cannot be a file."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a folder, not a file")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{folder}: no such folder")
    return target


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a private temporary file beside `path`; it replaces `path` only on success.

    A failure half-way (a full disk, an exception while drawing) leaves any earlier file
    at `path` as it was and no stray temporary file behind. The file is 0600: it holds
    health data.
    """
    target = check_target(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise OutputError(f"{target}: cannot write here: {error.strerror or error}") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
