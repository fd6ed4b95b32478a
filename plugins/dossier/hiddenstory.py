"""A saved page whose story sits in a wrapper hidden until the site's scripts run (`<div id="i76" style="display:
none;">`): where the page shows next to no text of its own outside links, menus and hidden elements, the hidden wrapper
holding the most words of prose is shown, so the page is read instead of refused as having no article text. A page
with text of its own keeps its hidden boxes hidden (an unopened dialog, a pop-up, a print copy); a dialog or an
element hidden from screen readers (`role="dialog"`, `aria-hidden`) is never shown this way."""

from __future__ import annotations

import re

from bs4 import Tag
from bs4.element import NavigableString

PROSE_WORDS = 15  # a paragraph of this many words is prose, not a menu's or a button's line
SHOWN_WORDS_AT_MOST = 40  # words a page shows outside links and menus while its story is hidden (a site name, a date)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_NOT_SHOWN = {"a", "nav", "header", "footer", "script", "style", "noscript", "template", "button", "select", "option", "label", "form"}


def hidden_by_attributes(tag: Tag) -> bool:
    """Hidden by its attributes (what a saved page's reader drops as "hidden"): `hidden`, `aria-hidden="true"`, or a
    style of display none or visibility hidden."""
    style = tag.get("style")
    return tag.has_attr("hidden") or tag.get("aria-hidden") == "true" or bool(_HIDING_STYLE.search(style if isinstance(style, str) else ""))


def _revealable(tag: Tag) -> bool:
    """Hidden by its style or the hidden attribute only: never a dialog, nor what is hidden from screen readers too."""
    return hidden_by_attributes(tag) and tag.get("aria-hidden") != "true" and tag.get("role") not in ("dialog", "alertdialog")


def _prose_lengths(root: Tag) -> list[int]:
    """The number of words of each paragraph of prose under root."""
    return [words for p in root.find_all("p") if (words := len(p.get_text(" ").split())) >= PROSE_WORDS]


def _prose_words(root: Tag) -> int:
    return sum(_prose_lengths(root))


def _shown_words(body: Tag) -> int:
    """Words the page shows outside links, menus, forms and hidden elements."""
    count = 0
    for text in body.find_all(string=True):
        if not isinstance(text, NavigableString) or type(text) is not NavigableString:
            continue  # comments, CDATA, doctype
        parents = [p for p in text.parents if isinstance(p, Tag)]
        if any(p.name in _NOT_SHOWN or hidden_by_attributes(p) for p in parents):
            continue
        count += len(text.split())
        if count > SHOWN_WORDS_AT_MOST:
            break
    return count


def reveal_hidden_story(body: Tag) -> int | None:
    """Show the hidden wrapper that holds the page's story, where the page shows next to nothing else; its line, else None."""
    outermost = [t for t in body.find_all(hidden_by_attributes) if not any(hidden_by_attributes(a) for a in t.parents if isinstance(a, Tag))]
    candidates = [t for t in outermost if _revealable(t)]
    wrapper = max(candidates, key=_prose_words, default=None)
    if wrapper is None or len(_prose_lengths(wrapper)) < 2:
        return None
    if _shown_words(body) * 4 > min(SHOWN_WORDS_AT_MOST * 4, _prose_words(wrapper)):  # next to nothing beside the story
        return None
    wrapper.attrs.pop("hidden", None)
    style = wrapper.get("style")
    if isinstance(style, str):
        wrapper["style"] = _HIDING_STYLE.sub("", style)
    line = wrapper.sourceline
    return line if isinstance(line, int) else 1
