"""A function's calls counted, for the tests that check an import's work grows in step with its input (measured in
calls, never in seconds: a loaded machine cannot make such a test fail or pass by chance)."""

from __future__ import annotations

from typing import Any

import pytest


class CallCounter:
    """Replaces `owner.name` for the test's length with a wrapper that counts its calls; `count` since the last reset."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.count = 0
        plain = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return plain(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)

    def reset(self) -> None:
        self.count = 0
