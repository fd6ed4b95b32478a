"""What one build keeps for the next (the analysis cache, the map layout, the page manifest): written whole or
not at all, and never at the cost of the build. A file that cannot be written only costs the next build time."""

from __future__ import annotations

import contextlib
import os


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
