"""A headline under the date line that opens the page: government offices, agencies and NGOs set their releases so, a
label over it or none ('Press Release' / 'January 12, 2021' / 'Council adopts rules for …' / the text), a share
button's word between them or none. The line right
under the date, short and with no stop, over the story's first finished paragraph, is the title."""

from __future__ import annotations

from .bylines import _is_date_line
from .dates import find_line_date
from .furniture import furniture_kind
from .headings import in_capitals
from .importunits import QUOTE_CLOSE, TERMINAL, WORD, Unit, folded_words

HEADLINE_WORDS_MIN = 4  # 'Harbour council adopts rules': shorter lines under a date are a section's name ('Introduction', 'Background')
HEADLINE_CHARS_MAX = 160


def headline_under_opening_date(units: list[Unit], index: int, roles: list[str]) -> bool:
    """The unit at index is the headline under the page's opening date line: everything above it is the page's label
    (furniture) and the date line itself, last; the line has four words or more, some in lower case, no final stop, and
    the story's first finished paragraph comes right under it. A share button's word alone between the date line and the
    headline ('Tweet', 'Share') is the page's, no line of the header."""
    above = index - 1
    while above > 0 and roles[above : above + 1] == ["furniture"] and furniture_kind(units[above].text) == "share bar":
        above -= 1
    if above < 0 or index + 1 >= len(units) or roles[above : above + 1] != ["meta"] or any(role not in ("furniture", "meta") for role in roles):
        return False
    if roles.count("meta") != 1 or not _is_date_line(units[above]):
        return False  # a byline over the date is another header's: its title is read by the rules that know it
    text, following = units[index].text.strip(), units[index + 1].text.strip()
    if len(text) > HEADLINE_CHARS_MAX or text[-1:] in TERMINAL + QUOTE_CLOSE + ":;," or text[:1] in QUOTE_CLOSE + "‘'(":
        return False
    if len(WORD.findall(text)) < HEADLINE_WORDS_MIN or not any(c.islower() for c in text):
        return False
    return len(WORD.findall(following)) >= HEADLINE_WORDS_MIN and following[-1:] in TERMINAL + QUOTE_CLOSE + "’)"


def without_date_run_in(text: str) -> str:
    """A release's headline with its date run in at the end ('Harbour funding cuts 4 March 2019'): the headline alone."""
    dated = find_line_date(text)
    if dated is None or dated[1].start() == 0 or text[dated[1].end() :].strip(" .,"):
        return text
    return text[: dated[1].start()].rstrip(" ,–—-")


CATALOGUE_REPEAT_REACH = 5  # date lines, a release's labels and its sender's name between a catalogue's headline and the release's own


def catalogue_headline(units: list[Unit], index: int) -> bool:
    """A catalogue's headline over the release it stores, ending on a stop ('Harbour funding cuts.'), where the release's
    own headline gives its words again under the date lines, with no stop or its date run in ('Harbour funding cuts' /
    'Harbour funding cuts 4 March 2019'): the title, no standfirst. A stopped line that nothing repeats is a sentence."""
    text = units[index].text.strip()
    if not text.endswith(".") or text.endswith("..") or len(text) > HEADLINE_CHARS_MAX or len(WORD.findall(text)) < 2:
        return False
    for unit in units[index + 1 : index + 1 + CATALOGUE_REPEAT_REACH]:
        below = unit.text.strip()
        if same_headline(without_date_run_in(below), text) and below[-1:] != ".":
            return True
        if not (_is_date_line(unit) or furniture_kind(below) or sender_name_in_capitals(below)):
            return False
    return False


MASTHEAD_NAME_WORDS = 8


def sender_name_in_capitals(text: str) -> bool:
    """The sender's name the release prints in capitals over its headline ('HARBOUR PILOTS GUILD'): no figures, no stop."""
    return 0 < len(text.split()) <= MASTHEAD_NAME_WORDS and in_capitals(text) and not any(c.isdigit() for c in text) and text[-1:] not in TERMINAL


def same_headline(one: str, other: str) -> bool:
    """The same words, a mark a word ends on aside (a scan's '"Reckless\'' for '"reckless"')."""
    return [word.rstrip("'’") for word in folded_words(one)] == [word.rstrip("'’") for word in folded_words(other)]
