"""Small saved pages of our own for the saved-page import tests: a page around a body, and the body's text as read."""

from __future__ import annotations

from dossier.savedpage import read_saved_page

LONG = (
    "The minister spoke at length about the border, the road to Armenia and the talks with Baku that followed the exercise, "
    "and the agencies reported that week that the corridor would stay closed to trucks until the spring, whatever the talks gave."
)


def read(body: str, head: str = ""):
    page = f'<!doctype html>\n<html><head><meta charset="utf-8"><title>A Report | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'
    return read_saved_page(page.encode(), "page.html")


def body_text(saved) -> str:
    return "\n".join(unit.text for unit in saved.body)
