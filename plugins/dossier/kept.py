"""What one build keeps for the next (the analysis cache, the map layout, the page manifest): written whole or
not at all, and never at the cost of the build. A file that cannot be written only costs the next build time."""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from typing import Any


def keep(path: str, data: bytes) -> bool:
    """Write data to path through a temporary file, so a reader never sees half of it; False if it could not be kept."""
    partial = f"{path}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(partial, "wb") as handle:
            handle.write(data)
        os.replace(partial, path)
        return True
    except OSError:  # a full disk or a read-only folder
        with contextlib.suppress(OSError):
            os.remove(partial)
        return False


LEFTOVER_AGE = 600  # seconds: a file written aside this long ago is no running build's


def remove_leftovers(path: str) -> None:
    """The files a process killed while it wrote path left aside (`path.<pid>`, as keep() names them)."""
    folder, name = os.path.split(path)
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder or "."):
            if entry.name.startswith(f"{name}.") and entry.name[len(name) + 1 :].isdigit():
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > LEFTOVER_AGE:
                        os.remove(entry.path)


def file_stamp(path: str) -> list[int]:
    """What a file's status says of it right after this build wrote or linked it: [mtime_ns, inode, ctime_ns, links]."""
    status = os.stat(path)
    return [status.st_mtime_ns, status.st_ino, status.st_ctime_ns, status.st_nlink]


def still_as_written(path: str, size: int, digest: str, stamp: list[Any]) -> bool:
    """Whether the file at path is still the bytes the last build recorded (size, SHA-256 and file_stamp).

    Read and hashed only when its status does not vouch for it: the same size, modification time and inode, and
    either the same change time or fewer links than recorded (removing the build before the last one unlinks the
    files this one linked, which changes their change time but not their modification time). A same-size hand edit
    changes the modification time; one that puts it back changes the change time, and is caught on every file
    except one linked from an earlier build."""
    try:
        status = os.stat(path)
        if status.st_size != size:
            return False
        if (
            len(stamp) == 4
            and stamp[0] == status.st_mtime_ns
            and stamp[1] == status.st_ino
            and (stamp[2] == status.st_ctime_ns or status.st_nlink < stamp[3])
        ):
            return True
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest() == digest
    except OSError:
        return False
