"""A wire story as a news portal prints it: the byline naming the agency's desk, and the links to its related stories.

'By JANE ROE and JOHN DOE - AP Technology Writers | AP – 1 hr 4 mins ago', 'By Jane Roe, Associated Press Writer',
'By Jane Roe, Reuters – 2 hrs ago', 'By JANE ROE, AP Business Writer | AP – Tue Apr 6, 2010 11:52 am ET': the writers
are the authors (their names in capitals as they are spelt), the desk is their post, and a date after the agency is the
report's; a relative stamp ('53 mins ago') dates nothing. The related stories listed near it, each a headline over the
agency and when it ran ('Article: Harbour talks resume' / 'AP - 53 mins ago'), are the portal's links, no text or section.
"""

from __future__ import annotations

import re
from datetime import date

from .attribution.given_names import given_name_sex
from .bylines import NAME_SEPARATOR, NEWSROOM_NAME, _is_person_name, spelt
from .datelines import WIRE_AGENCIES
from .dates import find_line_date
from .importunits import TERMINAL, Meta, Unit

BY = re.compile(r"^by:?\s+", re.I)

_CAPITALISED = r"[A-Z][\w&.’'-]*"
# the desk's post ('AP Technology Writers', 'Associated Press Writer') or the agency alone ('Reuters', 'Associated Press')
DESK_POST = re.compile(rf"(?:{_CAPITALISED}\s+){{0,4}}(?:Writers?|Correspondents?|Reporters?|Editors?)")
AGENCY = re.compile(rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}")
DASH = re.compile(r"\s+[-–—]\s+")
AGO = re.compile(r"^(?:(?:\d{1,2}|an?)\s+(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+)+ago$", re.I)  # '1 hr 4 mins ago'
# a portal's stamp with no year: 'Mon Apr 5, 5:22 pm ET'
WEEKDAY_STAMP = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{1,2}:\d\d\s*[aApP]\.?[mM]\.?(?:\s+[A-Z]{2,4})?$"
)
DESK_SPLIT = re.compile(r"\s*,\s*|\s+[-–—]\s+")


def _desk(text: str) -> bool:
    """'AP Technology Writers', 'Staff Writers', 'Reuters', 'Associated Press'; not a second writer and a post ('Ida Brenn
    Staff Writer'), whose first word is a given name."""
    words = text.split()
    if not words or given_name_sex(words[0]) is not None:
        return False
    return bool(DESK_POST.fullmatch(text) or NEWSROOM_NAME.fullmatch(text) or text in WIRE_AGENCIES)


def _when(tail: str) -> tuple[bool, date | None]:
    """'AP – 1 hr 4 mins ago', '– Tue Apr 6, 2010 11:52 am ET': whether it is when the story ran, and its date if it has one."""
    pieces = DASH.split(" " + tail.strip(), maxsplit=1) if tail.strip()[:1] not in "–—-" else ["", tail.strip()[1:]]
    if len(pieces) != 2 or (pieces[0].strip() and not AGENCY.fullmatch(pieces[0].strip())):
        return False, None
    when = pieces[1].strip()
    if AGO.match(when) or WEEKDAY_STAMP.match(when):
        return True, None
    dated = find_line_date(when)
    return (True, dated[0]) if dated else (False, None)


def wire_desk_byline(text: str, meta: Meta, line: int) -> bool:
    """Read a wire byline naming the agency's desk ('By JANE ROE - AP Technology Writer | AP – 53 mins ago') into the
    authors, their post and the date where it gives one; False (and nothing read) for any other line."""
    text = text.strip()
    by = BY.match(text) if len(text) <= 200 and not meta.get("authors") else None
    if by is None:
        return False
    head, _, tail = text[by.end() :].partition("|")
    if not tail:
        dashed = list(DASH.finditer(head))
        if dashed and _when(head[dashed[-1].start() :])[0]:
            head, tail = head[: dashed[-1].start()], head[dashed[-1].start() :]
    ran, dated = _when(tail) if tail else (True, None)
    separators = list(DESK_SPLIT.finditer(head))
    if not ran or not separators:
        return False
    desk = head[separators[-1].end() :].strip()
    names = [spelt(name.strip()) for name in NAME_SEPARATOR.split(head[: separators[-1].start()]) if name.strip()]
    if not _desk(desk) or not names or not all(_is_person_name(name) for name in names):
        return False
    meta["authors"] = names
    if DESK_POST.fullmatch(desk):
        post = re.sub(r"s$", "", desk) if len(names) > 1 else desk  # 'AP Technology Writers': each is an AP technology writer
        meta["author_roles"] = dict.fromkeys(names, post)
    else:
        meta.setdefault("affiliation", desk)
    if dated is not None:
        meta.setdefault("date", dated)
        meta.setdefault("date_basis", f"the wire byline's date, line {line}")
    return True


RELATED_MIN = 2  # one headline over its stamp may be a subhead over a dated line
RAN_LINE = re.compile(rf"^(?P<agency>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}})\s+[-–—]\s+(?P<when>\S.{{2,40}})$")


def _ran_line(text: str) -> bool:
    """'AP - 53 mins ago', 'Reuters – Tue Apr 6, 11:52 am ET': the agency and when its story ran, alone on a line."""
    ran = RAN_LINE.match(text.strip()) if "-" in text or "–" in text or "—" in text else None
    when = ran.group("when") if ran else ""
    return ran is not None and (bool(AGO.match(when) or WEEKDAY_STAMP.match(when)) or find_line_date(when) is not None)


def related_wire_links(units: list[Unit], start: int, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """The portal's related stories in the text: two or more headlines (a line with no stop) each over the agency and
    when it ran, left out."""
    kept = units[:start]
    at = start
    while at < len(units):
        run = at
        while (
            run + 1 < len(units) and len(units[run].text) <= 160 and units[run].text.rstrip()[-1:] not in TERMINAL and _ran_line(units[run + 1].text)
        ):
            run += 2
        if (run - at) // 2 >= RELATED_MIN:
            inferred.append(f"line {units[at].line}: {(run - at) // 2} links to related stories, each over its agency and when it ran, left out")
            dropped.setdefault("related stories' links", []).extend(u.text for u in units[at:run])
            at = run
            continue
        kept.append(units[at])
        at += 1
    return kept


PORTAL_MENU_MIN = 30  # short lines over the headline: a portal's menus, more than any header
PORTAL_REACH = 400  # units from the top where the story's wire byline is looked for
HEADLINE_LINES = 4  # lines a narrow column wraps a headline over
HEADLINE_LINE_MAX = 60
# the agency's logo text run onto 'By' ('APBy JANE ROE …') and the related box's label onto the stamp ('… agoRelated Content')
LOGO_BEFORE_BY = re.compile(r"^(?P<logo>[A-Z][A-Za-z]{1,20}(?: [A-Z][a-z]+)?)(?=By\s)")
LABEL_AFTER_STAMP = re.compile(r"(?<=[a-z0-9])(?:Related (?:Content|Stories|Links|Coverage)|Full Coverage)$")
# the portal's related box under the byline: 'Play Video', 'Video: …', 'Article: …', 'Slideshow: …', 'Photos: …'
RELATED_ITEM = re.compile(r"^(?:Play Video|(?:Article|Video|Slideshow|Photos|Audio|Interactive)\s*:\s*\S.{0,160})$")


def _unglued_byline(text: str) -> str:
    """The byline without the agency's logo text before 'By' (the agency it names after its pipe, or a wire's) and the
    related box's label after its stamp."""
    text = LABEL_AFTER_STAMP.sub("", text.strip()).strip()
    logo = LOGO_BEFORE_BY.match(text)
    if logo and (logo.group("logo") in WIRE_AGENCIES or f"| {logo.group('logo')} " in text):
        text = text[logo.end() :]
    return text


def _wrapped_headline(units: list[Unit], byline: int) -> int:
    """The first of the lines right over the byline that make its headline: the line over it, and each line above that
    ends on a word in lower case or over a line opening in lower case ('Apple says' / 'Harbour chief' / 'steps down')."""
    top = byline
    while top > 0 and byline - top < HEADLINE_LINES:
        line = units[top - 1].text.strip()
        if not line or len(line) > HEADLINE_LINE_MAX or line[-1:] in TERMINAL + ":" or line.isupper():
            break
        below = units[top].text.strip() if top < byline else ""
        if top < byline and not (line.split()[-1][:1].islower() or below[:1].islower()):
            break
        top -= 1
    return top


def portal_page_head(units: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """A news portal's story page copied whole or printed to PDF: thirty short lines of menus or more over the story's
    wire byline, the agency's logo text run onto 'By' ('APBy JANE ROE - AP Technology Writers | AP – 1 hr ago') and the
    related box's label onto the stamp ('… agoRelated Content'). The headline is the lines right over the byline (a
    narrow column wraps it), all above it the portal's; the byline is read without what was run onto it, and the related
    box under it ('Play Video', 'Article: …', 'Video: …', two or more) is the portal's too. Any other text as it was."""
    for at in range(PORTAL_MENU_MIN, min(len(units), PORTAL_REACH)):
        unglued = _wire_byline(units[at])
        if unglued is None:
            continue
        top = _wrapped_headline(units, at)
        if top == at or top < PORTAL_MENU_MIN or sum(1 for u in units[:top] if len(u.text) < 100) < 0.9 * top:
            return units
        end = at + 1
        while end < len(units) and RELATED_ITEM.match(units[end].text.strip()):
            end += 1
        if sum(1 for u in units[at + 1 : end] if ":" in u.text) < RELATED_MIN:
            end = at + 1
        headline = " ".join(u.text.strip() for u in units[top:at])
        dropped.setdefault("the portal's menus over the headline", []).extend(u.text for u in units[:top])
        dropped.setdefault("related stories' links", []).extend(u.text for u in units[at + 1 : end])
        inferred.append(
            f"line {units[top].line}: the lines over the wire byline read as the headline, the {top} lines above it as the portal's menus"
        )
        head = Unit(units[top].line, headline, data={"end": units[at - 1].line, "last_line": headline})
        byline = Unit(units[at].line, unglued, data={"end": units[at].line, "last_line": unglued})
        return [head, byline, *_story_to_contribution_line(units[end:], inferred, dropped)]
    return units


def _wire_byline(unit: Unit) -> str | None:
    """The unit's wire byline without what was run onto it, where it is one."""
    if "By" not in unit.text[:12]:
        return None
    unglued = _unglued_byline(unit.text)
    return unglued if wire_desk_byline(unglued, {}, unit.line) else None


# the wire story's closing line crediting a colleague: 'Jane Roe in Harbourton contributed to this report.'
CONTRIBUTION_LINE = re.compile(r"\bcontributed(?: to)? (?:this (?:report|story)|reporting)\.?$")
CONTRIBUTION_WORDS = 30


def _story_to_contribution_line(units: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """On a portal's page the wire story ends on its line crediting a colleague; all under it (the portal's share
    prompts, related stories, readers' comments, rails and footer) is the portal's. A second wire story under it (its
    own wire byline) is the page's too: the text ends on the first contribution line with no wire byline under it, else
    (a teaser's byline in the rails) on the last."""
    closing = [at for at, unit in enumerate(units) if len(unit.text.split()) <= CONTRIBUTION_WORDS and CONTRIBUTION_LINE.search(unit.text.strip())]
    if not closing:
        return units
    last_byline = next((at for at in range(len(units) - 1, closing[0], -1) if _wire_byline(units[at]) is not None), -1)
    end = next((at for at in closing if at >= last_byline), closing[-1])
    if end + 1 >= len(units):
        return units
    inferred.append(f"line {units[end + 1].line}: all under the wire story's contribution line read as the portal's")
    dropped.setdefault("the portal's page under the story", []).extend(u.text for u in units[end + 1 :])
    return units[: end + 1]
