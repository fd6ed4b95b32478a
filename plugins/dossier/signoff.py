"""A blog post's or a digest's sign-off at the end of the text ('Written by Alison McCook' / 'April 26th, 2017 at 9:30
am') and an e-mail's signature under its '-- ' line: the author and the date, no sections of the text."""

from __future__ import annotations

import re

from .attribution.given_names import listed_given_name
from .attribution.titles import TITLE_WORDS
from .bylines import DATE_LABEL, INSTITUTION, JOB_TITLE, POST_WORD, _is_date_line, _is_person_name, names_a_body, place_or_body_name
from .contactlines import CONTACT_LINE, E_MAIL_ADDRESS, FOLLOW_LINE, PERSON_WORDS, PHONE_NUMBER, REACH_LINE, TYPIST_INITIALS, is_letterhead_line
from .dates import find_line_date
from .headings import in_capitals
from .importunits import QUOTE_CLOSE, QUOTE_OPEN, TERMINAL, Meta, Problem, Unit
from .text import fold

SIGN_OFF = re.compile(rf"^(?:Written|Posted|Published|Filed)\s+by\s+(?P<name>{PERSON_WORDS})$")
SIGNATURE_LINE = re.compile(r"^\\?--$")  # an e-mail's signature separator, '-- ' (Markdown's escape '\--' aside)
SIGN_OFF_REACH = 4  # units from the end where the sign-off stands (a signature's lines under it)
DATE_LINE_MAX = 60
# a wire story's or a paper's byline at the end, after a dash: '—Jane Roe', '— Jane Roe, John Doe and Ana Cruz'; a
# magazine's gives one writer with a social handle and a post: '—Jane Roe (@janeroe), Science Writer'
DASH_BYLINE = re.compile(
    r"^[—–]\s?(?P<names>" + PERSON_WORDS + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + PERSON_WORDS + r"){0,5})$"
    r"|^[—–]\s?(?P<name>" + PERSON_WORDS + r")(?:\s+\(@[\w.]{1,30}\))?(?:,\s+(?P<post>[A-Z][\w’' -]{2,60}))?$"
)
# a magazine's line telling how to cite the story, closing it: 'Citation: Roe, J. (2024), Title, Harbour Notes, 12.
# Published on 3 May 2024.' The page's, and the day it gives after 'Published' is the story's.
CITATION_LINE = re.compile(
    r"^(?:citation|cite this (?:article|story|page)|how to cite this (?:article|story))\s*:\s*"
    r"(?=.{0,120}?(?:\(\d{4}[a-z]?\)|\b(?-i:[A-Z])[\w’'-]+,\s+(?:(?-i:[A-Z])\.\s?){1,3}[,(]))\S.{10,600}$",  # an author's initials or a year in brackets
    re.I,
)
CITED_PUBLICATION_DAY = re.compile(r"\bpublished(?:\s+on)?\s+(?P<day>[^.]{6,40})\.?$", re.I)
CITATION_REACH = 2  # units from the end: the citation line under the sign-off, or closing the text


def closing_sign_off(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """The sign-off names the author and, on the line under it, the date and time of the post: read where the top of the
    text gave none (the post's date over the date an e-mail digest of it was sent), and left out of the text with the signature separator and the lines under it."""
    for index in range(len(body) - 1, max(len(body) - 1 - SIGN_OFF_REACH, -1), -1):
        match = SIGN_OFF.match(body[index].text.strip())
        if not match:
            continue
        after = body[index + 1] if index + 1 < len(body) else None
        dated = find_line_date(after.text.strip()) if after is not None and len(after.text) <= DATE_LINE_MAX else None
        rest = body[index + 1 + (1 if dated else 0) :]
        if any(not SIGNATURE_LINE.match(unit.text.strip()) for unit in rest):
            return  # the text goes on under it
        if not meta.get("authors"):
            meta["authors"] = [match.group("name")]
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        if dated and (not meta.get("date") or meta.get("date_basis", "").startswith("the e-mail's")):  # a digest goes out later
            meta["date"], meta["date_basis"] = dated[0], f"the sign-off at the end, line {after.line}"  # type: ignore[union-attr]
            problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
        inferred.append(f"line {body[index].line}: the sign-off at the end read as the author{' and the date' if dated else ''}")
        dropped.setdefault("the sign-off at the end", []).extend(unit.text for unit in body[index:])
        del body[index:]
        return
    if body and SIGNATURE_LINE.match(body[-1].text.strip()):
        dropped.setdefault("the sign-off at the end", []).append(body.pop().text)


def closing_dash_byline(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """'—Jane Roe and John Doe' closing the story: the writers, signing at the end as wire copy and many papers do; the
    report's authors where the top gave none, and no section of the text. A dash and a name under a quotation is its
    credit ('"…," / — Jane Roe'), and stays."""
    if not body or body[-1].kind in ("quote", "list"):
        return
    signed = dash_byline(body[-1].text)
    if signed is None or len(body) < 2 or not signs_the_story(body[-2], body[-1]):
        return
    names, post = signed
    if meta.get("authors") and names != meta["authors"]:
        return
    if not meta.get("authors"):
        meta["authors"] = names
        if post:
            meta["author_roles"] = {**meta.get("author_roles", {}), names[0]: post}
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred.append(f"line {body[-1].line}: the byline at the end read as the authors")
    dropped.setdefault("the byline at the end", []).append(body.pop().text)


def _signed_names(match: re.Match[str]) -> tuple[list[str] | None, str]:
    """The writers a closing dash line names, and the one writer's post: a part that is a post ('Staff Writer') is the
    writers' post, never a writer; a part after the first that opens on no given name the lists hold ('Harbour Town',
    'Harbour Notes') is where they write, no writer; a line whose only other part is neither ('— Jane Roe, Mayor')
    signs nothing: it is a quotation's credit."""
    if match.group("names"):
        parts = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("names")) if n.strip()]
        names, post = parts[:1], ""
        for part in parts[1:]:
            if _post(part) and not listed_given_name(part.split()[0]):
                post = part
                break  # what follows the post is where they write ('Science Writer, Harbour Notes')
            if place_or_body_name(part):
                break
            names.append(part)
        return names, (post if len(names) == 1 else "")
    post = match.group("post") or ""
    if post and not _post(post):
        return None, ""
    return [match.group("name")], post


def dash_byline(text: str) -> tuple[list[str], str] | None:
    """The writers and the post a closing dash line gives, or None where it is no byline."""
    match = DASH_BYLINE.match(text.strip())
    if match is None:
        return None
    names, post = _signed_names(match)
    return (names, post) if names is not None else None


def _post(text: str) -> bool:
    return POST_WORD.search(text) is not None or JOB_TITLE.search(f" {text}") is not None


def closing_citation_line(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """A magazine's How-to-cite line closing the story, or under its sign-off: the page's, left out; the day it says the
    story was published dates the report where the top gave no date."""
    for index in range(len(body) - 1, max(len(body) - 1 - CITATION_REACH, -1), -1):
        text = body[index].text.strip()
        if body[index].kind != "paragraph" or not CITATION_LINE.match(text):
            continue
        published = CITED_PUBLICATION_DAY.search(text)
        dated = find_line_date(published.group("day")) if published else None
        if dated and not meta.get("date"):
            meta["date"], meta["date_basis"] = dated[0], f"the citation line at the end, line {body[index].line}"
            problems[:] = [p for p in problems if not p.message.startswith(("no publication date found", "no date line at the top"))]
            inferred.append(f"line {body[index].line}: the citation line at the end read as the story's date")
        dropped.setdefault("the page's citation line", []).append(body.pop(index).text)
        return


REACH_LINE_REACH = 3  # units from the end: the contact line, a widget's label or a social line under it
MAIL_NAME_MIN = 3  # letters of a given name or a surname the e-mail address spells ('lokafor' for Lena Okafor)


def closing_reach_line(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """The reporter's line closing a US paper's story, 'Jane Roe may be reached at jroe@example.com. Follow her on Twitter
    @janeroe.' (contactlines.REACH_LINE), with nothing under it but the paper's social lines (FOLLOW_LINE): the page's
    furniture where it names the byline's writer. Where the top gave no byline, the reporter's own wording ('may/can be
    reached at') with an e-mail address gives the author, when it names a person (_reporter_named). 'Contact Jo Hale at
    …' is how a release or a notice gives its contact: left out only where it names the byline's writer. A line with the
    story's prose under it is the story's."""
    for index in range(len(body) - 1, max(len(body) - 1 - REACH_LINE_REACH, -1), -1):
        unit = body[index]
        match = REACH_LINE.match(unit.text.strip()) if unit.kind == "paragraph" else None
        if match is None:
            continue
        if any(under.kind != "paragraph" or not FOLLOW_LINE.match(under.text.strip()) for under in body[index + 1 :]):
            return  # the story goes on under it
        name = match.group("name") or match.group("contact")
        authors = meta.get("authors") or []
        if authors and not any(_same_person(name, author) for author in authors):
            return
        if not authors:
            if not match.group("name") or not _reporter_named(name, unit.text, body[:index]):
                return
            meta["authors"] = [name]
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: {name!r}, the reporter's contact line at the end, read as the author")
        dropped.setdefault("the reporter's contact line", []).extend(under.text for under in body[index:])
        del body[index:]
        return


def _same_person(name: str, author: str) -> bool:
    """The contact line's name is the byline's writer, a middle initial there or not ('Jane Roe' for 'Jane A. Roe')."""
    one, other = fold(name).casefold().split(), fold(author).casefold().split()
    return one == other or (len(one) > 1 and len(other) > 1 and (one[0], one[-1]) == (other[0], other[-1]))


def _reporter_named(name: str, text: str, above: list[Unit]) -> bool:
    """The reporter's line names a person and gives an e-mail address, as a newsroom's does: a given name the lists hold or
    one the address spells; no title or rank before the name ('Detective Ray Okoro', a source), no body ('Grace Church',
    'Harbour Trust'), and nobody the story named above it (a source the story quoted, with the number to call)."""
    words = name.split()
    if not E_MAIL_ADDRESS.search(text) or not _is_person_name(name) or words[0].lower().rstrip(".") in TITLE_WORDS:
        return False
    if names_a_body(words) or INSTITUTION.match(name):
        return False
    if not (listed_given_name(words[0]) or _mail_spells(name, text)):
        return False
    story = fold(" ".join(unit.text for unit in above)).casefold()
    return re.search(rf"\b{re.escape(fold(words[-1]).casefold())}\b", story) is None


def _mail_spells(name: str, text: str) -> bool:
    """The line's e-mail address spells the person's given name or surname ('lokafor@…' for Lena Okafor)."""
    words = [fold(word).casefold() for word in (name.split()[0], name.split()[-1])]
    boxes = [fold(found).casefold() for found in re.findall(r"([\w.+-]+)@[\w-]+\.", text)]
    return any(len(word) >= MAIL_NAME_MIN and word in box for word in words for box in boxes)


def closes_the_text(body: list[Unit], index: int) -> bool:
    """The unit at `index` is the text's last, or only the page's How-to-cite line stands under it."""
    return (
        all(CITATION_LINE.match(unit.text.strip()) for unit in body[index + 1 : index + 1 + CITATION_REACH]) and len(body) - index <= CITATION_REACH
    )


def signs_the_story(above: Unit, last: Unit) -> bool:
    """The dash line closing the text signs the story where the paragraph above it is the story's prose: no quotation,
    or a quotation the story reports ('"…," said Jane Roe.'). Under a quotation standing alone it is the quotation's credit."""
    if above.kind != "paragraph" or dash_byline(last.text) is None:
        return False
    text = above.text.strip()
    return not (text[:1] in QUOTE_OPEN + "‘'" or text[-1:] in QUOTE_CLOSE) or REPORTED_QUOTATION.search(text) is not None


REPORTED_QUOTATION = re.compile(r"[”\"’'],?\s+(?:[\w.’'-]+\s+){0,4}(?:said|says|told|added|wrote)\b")


CLOSING_DATE_REACH = 4  # units from the end: the date line, the contact line, the typist's initials, an end mark
CLOSING_DATE_MAX = 40  # characters: 'Tuesday, 11 May 1999'


def closing_date_line(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A release that prints its date at the end, under its text and over its contact line ('Tuesday, 11 May 1999' /
    'Media Inquiries: …'), as many government offices do: the report's date where the top gave none. A date line higher
    up is the text's."""
    if meta.get("date"):
        return
    for unit in reversed(body[-CLOSING_DATE_REACH:]):
        text = unit.text.strip()
        if text.endswith(".") and DATE_LABEL.match(text):
            text = text[:-1]  # 'Published on 3 May 2024.': a labelled date line closed by a stop
            unit = Unit(unit.line, text, unit.kind)
        dated = find_line_date(text) if len(text) <= CLOSING_DATE_MAX and unit.kind in ("paragraph", "heading") and _is_date_line(unit) else None
        if dated:
            meta["date"], meta["date_basis"] = dated[0], f"the release's date line at its end, line {unit.line}"
            problems[:] = [p for p in problems if not p.message.startswith(("no publication date found", "no date line at the top"))]
            inferred.append(f"line {unit.line}: the date line at the end of the release read as its date")
            return


def typist_initials(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """The typist's initials closing the text under its contact line (a telephone number, 'Media Inquiries: …') or its date
    line: left out. Under any other line (a table's last row, 'Kessel Bay 7 100') a short word stays the text's."""
    if len(body) < 2 or body[-1].kind not in ("paragraph", "heading", "bullet") or not TYPIST_INITIALS.match(body[-1].text.strip()):
        return
    above = body[-2].text.strip()
    if _is_date_line(body[-2]) or CONTACT_LINE.match(above) or PHONE_NUMBER.search(above) or is_letterhead_line(above):
        dropped.setdefault("the typist's initials", []).append(body.pop().text)


LETTERHEAD_LINE_MAX = 120
LETTERHEAD_LINES_MIN = 2  # lines of the block, one of them or more a street, a box or a labelled number (a name in capitals alone is none)
LETTERHEAD_LINES_MAX = 8  # a body's name, street, box, numbers and addresses: never a text written in capitals


def closing_letterhead(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """The letterhead a release or a letter prints at its foot, in capitals: the body's name, its street and box, its
    telephone, facsimile, e-mail and website ('THE HARBOUR GUILD' / '12 QUAY STREET PORT CARROW 4100' / 'TELEPHONE …'):
    the page's, never a list of links or a section. Left out where it has two lines or more, one of them or more a
    street, a box or a labelled number, and no more than a letterhead's lines."""
    start = len(body)
    while start > 0 and len(body) - start <= LETTERHEAD_LINES_MAX and _letterhead_line(body[start - 1]):
        start -= 1
    block = body[start:]
    if LETTERHEAD_LINES_MIN <= len(block) <= LETTERHEAD_LINES_MAX and any(is_letterhead_line(unit.text.strip()) for unit in block):
        dropped.setdefault("letterhead", []).extend(unit.text.strip() for unit in block)
        del body[start:]


def _letterhead_line(unit: Unit) -> bool:
    """A line of the block: a street, a box or a labelled number, or a name in capitals ('THE HARBOUR GUILD'); never a
    sentence, closed by its stop."""
    text = unit.text.strip()
    if unit.kind not in ("paragraph", "heading", "bullet") or not 0 < len(text) <= LETTERHEAD_LINE_MAX or text[-1] in TERMINAL:
        return False
    return is_letterhead_line(text) or in_capitals(text)
