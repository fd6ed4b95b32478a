"""Footnote cards: how a note reads in every notes list, and the data the card script needs.

The cards themselves are theme/static/js/cards.js and theme/static/css/cards.css:
the script reads the note from the page's own notes list, so a card needs no
network, and without JavaScript a reference is a plain link to its note.

A note that starts with its source ("ISNA (Iran), October 2, 2021. …") is
shown with the outlet and the date picked out (`.note-source`) and the rest
after it (`.note-rest`), so a card can show the source as its head line and
the note's text once. A note that names no outlet says so; a note that is a
web address shows the address's domain as its source and the address as a link.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from dossier.dates import find_date, format_date
from dossier.model import Note
from markupsafe import Markup, escape
from pelican import signals

TAG = re.compile(r"(<[^>]*>)")
URL = re.compile(r"https?://[^\s<>\"']+")
TRAILING = ".,;:!?)]}'\""
NOT_AN_OUTLET = {"see", "cited", "quoted", "ibid", "in", "from", "according", "for", "on", "as", "the", "this", "a", "an"}
MISSING_TEXT = "The report cites this note but does not define it."


def note_card_attributes(note: Note) -> Markup:
    """data-outlet and data-date for a note's list item, where the note names them."""
    parts = []
    if note.outlet:
        parts.append(f' data-outlet="{escape(note.outlet)}"')
    if note.date:
        parts.append(f' data-date="{escape(format_date(note.date))}"')
    if not note.defined:
        parts.append(' class="note-undefined"')
    return Markup("".join(parts))


def domain_of(url: str) -> str:
    """The host of a web address without "www.": "https://www.president.ir/fa/1" gives "president.ir"."""
    host = urlsplit(html.unescape(url)).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _link_url(match: re.Match) -> str:
    url = match.group(0)
    trail = ""
    while url and url[-1] in TRAILING and not (url[-1] == ")" and url.count("(") >= url.count(")")):
        trail = url[-1] + trail
        url = url[:-1]
    return f'<a class="note-url" href="{url}">{url}</a>{trail}' if domain_of(url) else match.group(0)


def linkify(note_html: str) -> str:
    """Bare web addresses in a note's (already escaped) HTML become links; text inside links is left alone."""
    out, inside_link = [], 0
    for piece in TAG.split(note_html):
        if piece.startswith("<"):
            name = piece[1:].split(None, 1)[0].lower().rstrip(">") if len(piece) > 2 else ""
            if name == "a":
                inside_link += 1
            elif name == "/a":
                inside_link = max(0, inside_link - 1)
            out.append(piece)
        else:
            out.append(piece if inside_link else URL.sub(_link_url, piece))
    return "".join(out)


def _first_url(note_html: str) -> str:
    href = re.search(r'href="(https?://[^"]+)"', note_html)
    if href:
        return href.group(1)
    bare = URL.search(TAG.sub(" ", note_html))
    return bare.group(0) if bare else ""


def _looks_like_outlet(prefix: str) -> bool:
    words = prefix.split()
    if not words:
        return True
    return len(prefix) <= 60 and len(words) <= 6 and words[0].lower().strip("(") not in NOT_AN_OUTLET and not re.search(r"[.!?]\s", prefix)


_bodies: dict[tuple[bool, str], Markup] = {}  # a note is listed on its report's pages, speaker pages and the timeline


def note_body(note: Note) -> Markup:
    """A note's text for a notes list: its source picked out where the note starts with one."""
    key = (note.defined, note.html)
    body = _bodies.get(key)
    if body is None:
        body = _bodies[key] = _note_body(note)
    return body


def _note_body(note: Note) -> Markup:
    if not note.defined:
        return Markup(f'<em class="note-missing">{MISSING_TEXT}</em>')
    text = note.html.strip()
    head = TAG.split(text, maxsplit=1)[0]  # the plain text before the first tag
    found = find_date(head[:160])
    url = _first_url(text)
    domain = escape(domain_of(url)) if url else ""
    if found:
        date, match = found
        before = head[: match.start()]
        prefix = before.strip(" ,;:–—-")
        if _looks_like_outlet(prefix) and not URL.match(prefix):
            # the note's own words, with the outlet and the date wrapped where they are
            lead = before[: len(before) - len(before.lstrip())]
            between = before.lstrip()[len(prefix) :]
            if prefix:
                outlet = f'<span class="note-outlet">{prefix}</span>'
            else:
                named = domain or "Outlet not named"
                outlet = f'<span class="note-outlet{"" if domain else " note-outlet-none"}">{named}</span>'
                between = between if between.strip() else ", "
            after = text[match.end() :]
            stop = after[:1] if after[:1] in (".", ",", ";", ":") else ""
            rest = after[len(stop) :].strip()
            time = f'<time class="note-date" datetime="{date.isoformat()}">{match.group(0)}</time>'
            source = f'<span class="note-source">{lead}{outlet}{between}{time}{stop}</span>'
            return Markup(source + (f' <span class="note-rest">{linkify(rest)}</span>' if rest else ""))
    if domain and (URL.match(text) or text.startswith("<a ")):
        source = f'<span class="note-source"><span class="note-outlet">{domain}</span>.</span>'
        return Markup(f'{source} <span class="note-rest">{linkify(text)}</span>')
    return Markup(linkify(text))


def add_template_helpers(generator) -> None:
    environment = getattr(generator, "env", None)
    if environment is not None:
        environment.filters["note_card_attributes"] = note_card_attributes
        environment.filters["note_body"] = note_body


def register() -> None:
    signals.generator_init.connect(add_template_helpers)
