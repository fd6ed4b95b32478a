"""The report's metadata from the top of the export: title, subtitle, date, series, summary and the cover,
envelope or labelled story header they are read from."""

from __future__ import annotations

import re
from datetime import date

from .attribution.given_names import given_name_sex
from .bylines import (
    BYLINE,
    CLOSING_NOTE_REACH,
    DATE_LABEL,
    HONORIFIC,
    INSTITUTION_WORD,
    KNOWN_SECTION_NAMES,
    LINK_WORDS,
    NEWSROOM_NAME,
    PAPER_WORDS,
    _agency_byline,
    _author_line,
    _author_with_bio,
    _bare_name_under_title,
    _byline_over_lines,
    _byline_over_outlet,
    _dateline_credit,
    _header_goes_on,
    _is_bare_byline,
    _is_date_line,
    _is_lone_author,
    _is_person_name,
    _is_time_ago,
    _name_under_date_line,
    _parse_header_line,
    _parse_header_part,
    _prose_paragraph,
    _speaker_and_date,
    author_label_block,
    given_name_first,
    labelled_writer_over_line,
    name_and_post_lines,
    name_of_outlet,
    named_by_closing_note,
    place_line,
    post_alone,
    post_of_line,
    post_under_byline,
    stamped_byline,
    story_sentence,
    third_writer_after_pair,
    unlisted_wire_byline,
)
from .captions import (
    AGENCY_CREDIT,
    PHOTO_AGENCY,
    PHOTO_SITES,
    PICTURE_POINTER,
    SOURCE_PHOTO,
    _one_sentence_caption,
    bracketed_credit,
    in_file_photo_opening,
    is_labelled_caption,
    is_photo_caption,
    labelled_credit_line,
    wire_caption_news_day,
)
from .datedheadline import catalogue_headline, headline_under_opening_date
from .datelines import LEAD_IN_DASH, dateline_end, name_label_alone, opens_on_dateline
from .dates import find_date, find_line_date, journal_issue_month, last_month_named, month_line
from .furniture import (
    GREETING_PARAGRAPHS_MAX,
    HEADER_WINDOW,
    NEWSLETTER_GREETING,
    NOTE_LINE_IN_NOTES,
    SECTION_PATH,
    SITE_NAME,
    _site_menu_at_top,
    breadcrumb_over_headline,
    furniture_kind,
    headline_over_its_story,
    newsletter_greeting,
)
from .headings import BULLET, NUMBERED_PARAGRAPH, PHOTO_CREDIT, POST_SIGNATURE, in_capitals, is_quoted_passage, is_wholly_quoted, looks_like_heading
from .headlineends import without_closing_abbreviation_stop
from .importunits import NOTES_HEADING, QUOTE_OPEN, SMALL_WORDS, TERMINAL, WORD, Meta, Problem, Unit, is_title_case, same_words
from .openingtitle import opening_standfirst
from .pdftext import PageLayout, letters
from .releaseissuer import ISSUER_OVER_LABEL_KEY, issuer_over_release_label, portal_item_issuer, release_issuer
from .reposts import repost_credit
from .scraperfields import stored_field_fallbacks
from .text import squash_spaces
from .transcript import TIME_OF_DAY, speaker_named
from .wireportal import wire_desk_byline

CAPTION = re.compile(
    r"^(?P<caption>.*?)\s*(?:\((?P<paren>(?:source|photo|credit|image|photo credit)s?\s*:.*?)\)"
    r"|(?P<bare>\b(?:source|photo|credit|image)s?\s*:.*))\s*$",
    re.I,
)
# a page's catalogue fields above the text ("CRS Product Type: In Focus", "Topics: Defense & Intelligence; Foreign Affairs")
CATALOGUE_FIELD = re.compile(
    r"^(?:CRS\s+)?(?:product\s+(?:type|number)|report\s+(?:type|number)|document\s+type|topics?|keywords?|subjects?|"
    r"(?:referenced|related)\s+legislation|"
    r"categor(?:y|ies)|tags?|language|region|countr(?:y|ies))\s*:\s*\S",
    re.I,
)
# a news page's buttons under its byline and date line, copied with the text, two or more in a row or beside its share
# bar: the comments' count, the text size ('AA'), print, share, recommend (one 'Comments' line alone may be a heading)
HEADER_BUTTON = re.compile(
    r"(?:(?:\d+\s+)?comments?(?:\s*\(\d+\))?|(?-i:AA|A\s?A|A-\s?A\+)|print|share|listen|text size|font size|recommend|like|save|gift(?: this)? article)",
    re.I,
)
PLACE_LINE = re.compile(r"^[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4},\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")  # "BBC News, Islamabad"


# a copied page's section label over its headline: a word or two, two joined by '&' or 'and' ('Growth & Development')
SECTION_LABEL = re.compile(r"[A-Za-z][\w’'&-]*(?:\s+(?:&|and)\s+[A-Za-z][\w’'-]*|\s+[A-Za-z][\w’'&-]*)?")
SHARE_BAR_LINES_MAX = 30  # a share bar's buttons, one a line, given twice (above the picture and below it): no more


def _header_reach(units: list[Unit], window: int) -> int:
    """The header's reach with the share bars' lines in it counting for nothing: a page copied whole gives each button a
    line ('Share on twitter (opens new window)', 'Save'), and two bars between the headline and its byline are twelve
    lines."""
    reach = window
    for index, unit in enumerate(units[: window + SHARE_BAR_LINES_MAX]):
        if index >= reach:
            break
        if furniture_kind(unit.text) == "share bar":
            reach += 1
    return reach


CLOCK_TIME = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s+[A-Z]{2,4})?$")  # the date line's hour on a 24-hour clock: '15:11', '09:40 CET'


def _place_over_hour(units: list[Unit], index: int) -> bool:
    """The line over a transcript's hour and its first turn ('12:00 P.M. CST' / 'MS. ROE:  Good afternoon.')."""
    return index + 2 < len(units) and bool(TIME_OF_DAY.match(units[index + 1].text.strip())) and bool(speaker_named(units[index + 2].text.strip()))


PROSE_UNDER_DATE_WORDS = 6  # a sentence of at least this many words, ending on its stop, is the text's opening
LONGEST_HEADLINE_WORDS = 40  # a paragraph longer than this is prose whatever it ends on (a crawl's links run into it)


def _over_byline_and_date(below: list[Unit]) -> bool:
    """The export's first line stands over a names line and a date line (or over the date line alone with the text's
    prose under it): a header's title, never a page's topic tags, which a crawl leaves under the headline or at the foot,
    not over the byline (tags over a date and a headline are tags: the headline is the title)."""
    if len(below) == 2 and _is_date_line(below[0]):
        return _opening_prose(below[1])
    return len(below) == 2 and (_is_bare_byline(below[0].text) or BYLINE.match(below[0].text) is not None) and _is_date_line(below[1])


def _opening_prose(unit: Unit) -> bool:
    """A paragraph of the story's prose: a sentence of some words ending on its stop, or too long for a headline."""
    opening = unit.text.strip().rstrip("\"”’'")
    words = len(opening.split())
    return unit.kind == "paragraph" and ((opening[-1:] in TERMINAL and words >= PROSE_UNDER_DATE_WORDS) or words > LONGEST_HEADLINE_WORDS)


PORTAL_ITEM_NOTE = "portal_item_note"  # where the note on a portal's item line is in the inferred list, and its source


def portal_item_note(meta: Meta, inferred: list[str]) -> None:
    """The note on a portal's item line ('Article: Harbour Media Trust') read as the byline, settled once the authors
    are: where a byline under it or the authors' notes closing the piece name the writers instead, it says so."""
    at, source = meta.pop(PORTAL_ITEM_NOTE, (None, ""))
    if at is not None and at < len(inferred) and source not in (meta.get("authors") or []):
        inferred[at] = inferred[at].replace(", read as the byline", ", no byline: the writers are named below it")


def parse_header(units: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]] | None = None) -> int:
    """Read title, date, series, byline and tags from the top; return the index of the first body unit.

    The header is the run of units at the top that are page furniture, metadata
    lines (a date, a byline, a series and number, tags), title-like lines or a
    one-sentence standfirst; it ends after its last metadata line. Of the
    title-like lines the longest is the title (a short one beside it is a
    kicker or a short title). What is missing gets a fallback and a problem.
    """
    dropped = dropped if dropped is not None else {}
    roles: list[str] = []
    header_end = 0
    date_at = _date_line_below_headlines(units)
    labelled = False  # a section's label over the headline
    menu = _site_menu_at_top(units)
    window = _header_reach(units, HEADER_WINDOW + (max(menu) + 1 if menu else 0))  # the site's menu above the headline counts for nothing
    for index, unit in enumerate(units[:window]):
        text = unit.text
        if len(roles) > index:  # the bio line of a name line, read with it
            continue
        if "title" not in roles and issuer_over_release_label(units, index):
            roles.append("furniture")  # 'Department of Harbours' over 'Media Release', the date and the headline
            unit.data[ISSUER_OVER_LABEL_KEY] = True
            inferred.append(f"line {unit.line}: {text.strip()!r}, over the release's label, read as the body issuing it, no title")
            continue
        kind = (
            furniture_kind(text)
            or ("site menu" if index in menu else "")
            or ("site name" if "title" not in roles and SITE_NAME.fullmatch(text.strip()) else "")
            or ("section path" if SECTION_PATH.fullmatch(text.strip()) else "")
            or ("breadcrumbs" if "title" not in roles and index + 1 < len(units) and breadcrumb_over_headline(text, units[index + 1].text) else "")
        )
        if kind == "topic tags" and index == 0 and _over_byline_and_date(units[1:3]):
            kind = ""  # 'Port Ellis College Tip Sheet March 1996 Edition' over the writers' names and the date line: the title
        if kind == "topic tags" and index == 0 and len(units) > 1 and _opening_prose(units[1]) and headline_over_its_story(text, units[1].text):
            kind = ""  # 'Harbour Office Halts River Smuggling Ring With Rented Boats' right over the story: its headline
        if kind == "video link" and index == 0:
            kind = ""  # the story's video over its text, the only headline an extracted story keeps: its title
        if not kind and "title" not in roles and TOP_PHOTO_CREDIT.match(text.strip()):
            kind = "photo credit over the headline"
        if kind:
            roles.append("furniture")
            stamped = find_date(text) if kind == "date stamp" else None  # MailOnline's "PUBLISHED:" / "06:44 EST, 10 September 2013"
            if stamped and "date" not in meta:
                meta["date"], meta["date_basis"] = stamped[0], f"the date stamp at the top, line {unit.line}"
            continue
        if len(text) > 300 or NOTES_HEADING.match(text):
            break
        if "title" in roles and repost_credit(text) is not None:
            break  # 'Courtesy of Harbour News' under the headline: the repost's credit, the editors' note over the story
        if unit.data.get("md_figure") and "title" in roles:
            roles.append("caption")  # a Markdown export's lead photo under the headline, its caption kept as the text's first figure
            continue
        if roles[-1:] == ["caption"] and LABELLED_PHOTO_CREDIT.match(text.strip()):
            roles.append("credit")  # 'Photo: Jane Roe/Harbour Images' under it
            continue
        if roles and roles[-1] == "stand" and bracketed_credit(text, units[index - 1].text):
            roles[-1:] = ["caption", "credit"]  # the lead photo's caption and its credit under the headline, not a standfirst
            continue
        after_title = any(r == "title" for r in roles)
        if after_title and _speaker_and_date(text, meta, unit.line):
            unit.data["paragraph"] = True  # the speaker's line opens the text: read, and kept as its first paragraph
            header_end = index
            break
        greeting = newsletter_greeting([u.text for u in units[index : index + GREETING_PARAGRAPHS_MAX]]) if roles[-1:] == ["meta"] else 0
        if after_title and greeting and meta.get("authors") and "date" in meta:
            roles += ["greeting"] * greeting  # the sender's greeting under the writer's name and the date, over the first item
            header_end = index + greeting
            continue
        if CATALOGUE_FIELD.match(text) and "stand" not in roles and not text.endswith("."):
            roles.append("catalogue")  # kept out of the text; the title, date and authors are read from their own lines
            header_end = index + 1
            continue
        if not after_title and " | " in text and any(same_words(text.split(" | ")[0], u.text) for u in units[index + 1 : index + HEADER_WINDOW]):
            roles.append("furniture")  # the page's own title, 'HEADLINE | Site Name', over the headline: the site's, no tags
            continue
        if _place_over_hour(units, index) and not BYLINE.match(text):
            break  # a transcript's place over the hour it began ('En Route Kansas City, Missouri' / '12:00 P.M. CST'): no byline
        if (
            roles[-1:] == ["meta"]
            and "date" in meta
            and (TIME_OF_DAY.match(text.strip()) or CLOCK_TIME.match(text.strip()))
            and _is_date_line(units[index - 1])
            and not any(
                TIME_OF_DAY.match(later.text.strip()) or CLOCK_TIME.match(later.text.strip()) for later in units[index + 1 :]
            )  # a live page's entries' stamps
        ):
            roles.append("meta")  # the hour of the date line over it ('March 13, 2015' / '9:00PM'), a news theme's stamp
            header_end = index + 1
            continue
        issuer = release_issuer(text) if after_title and not meta.get("authors") else None
        item_source = None
        if after_title and not issuer and not meta.get("authors") and index and _is_date_line(units[index - 1]):
            issuer = item_source = portal_item_issuer(text)  # 'Article: Harbour Media Trust' under the portal's stamp
        if issuer:
            meta["authors"] = [issuer]  # 'Press Release: Island Ferry Crews Union' under a portal's title: the byline
            meta["issuer_line"] = unit.line  # a release a portal runs: its own headline, fuller than the title, may follow
            roles.append("meta")
            header_end = index + 1
            if item_source:
                meta[PORTAL_ITEM_NOTE] = (len(inferred), item_source)  # the note is settled once the authors are (portal_item_note)
            what = "the portal's item line naming its source" if item_source else "the portal's line naming who issued the release"
            inferred.append(f"line {unit.line}: {text.strip()!r}, {what}, read as the byline")
            continue
        if (
            (after_title and wire_desk_byline(text, meta, unit.line))
            or _parse_header_line(text, meta, after_title=after_title, line=unit.line)
            or _author_line(text, meta)
            or _agency_byline(text, meta)
            or (after_title and _dateline_credit(text, meta))
        ):
            roles.append("meta")
            header_end = index + 1
            continue
        if after_title and labelled_writer_over_line(units, index, meta):
            roles += ["meta", "meta"]
            header_end = index + 2
            inferred.append(f"line {unit.line}: {text!r} and the name on the line under it read as the byline")
            continue
        name_and_post = name_and_post_lines(units, index) if after_title and not meta.get("authors") else None
        if name_and_post:
            meta["authors"] = [name_and_post[0]]
            if name_and_post[1]:
                meta["author_roles"] = {name_and_post[0]: name_and_post[1]}
            roles += ["meta", "meta"]
            header_end = index + 2
            inferred.append(f"line {unit.line}: the writer's name and the post on the line over or under it read as the byline")
            continue
        block = author_label_block([u.text for u in units[index : index + 9]], meta) if after_title and not meta.get("authors") else 0
        if block:  # 'Author' / 'JANE ROE' / 'Research Fellow, Harbour Lab' under the date line
            roles += ["meta"] * block
            header_end = index + block
            inferred.append(f"line {unit.line}: the author block under {text.strip()!r} read as the byline")
            continue
        byline_lines = _byline_over_lines(units, index) if after_title and not meta.get("authors") else None
        if byline_lines and _parse_header_part(f"By {byline_lines[0]}", meta, allow_tags=False, line=unit.line):
            roles += ["meta"] * byline_lines[1]
            header_end = index + byline_lines[1]
            inferred.append(f"line {unit.line}: 'By' and the names on the lines under it read as the byline")
            continue
        following = units[index + 1] if index + 1 < len(units) else None
        if roles[-1:] == ["meta"] and meta.get("authors") and _credit_over_caption(text, following):
            roles += ["credit over caption", "caption"]  # 'Photo: Jane Roe' over the lead photo's caption, under the byline
            assert following is not None
            following.data["lead_credit"] = text.strip()
            header_end = index + 2
            continue
        if after_title and _known_author_again(units, index, meta):
            roles.append("byline again")  # the front matter's writer given again under the headline ('Jane Roe, Staff Writer')
            header_end = index + 1
            continue
        if after_title and "stand" not in roles and _author_with_bio(text, following, meta):
            roles += ["meta", "bio"]
            header_end = index + 2
            inferred.append(f"line {unit.line}: {text!r} and the line after it read as an author and the author's note")
            continue
        date_near = "date" in meta or index + 1 == date_at  # the date line above it, or right under it
        if after_title and "stand" not in roles and date_near and not meta.get("authors") and _is_lone_author(text):
            meta["authors"] = [text.strip()]
            roles.append("meta")
            header_end = index + 1
            continue
        if not after_title and "caption" not in roles and LEAD_PHOTO_CAPTION.search(text.strip()):
            roles.append("caption")  # a scraped story's lead photo over its text, no headline line: never the title
            header_end = index + 1
            inferred.append(f"line {unit.line}: the lead photo's caption at the top kept as a figure, no title")
            continue
        if after_title and "stand" not in roles and text[-1:] not in TERMINAL and PICTURE_POINTER.search(text) and is_photo_caption(text):
            roles.append("caption")  # the lead photo's caption under the headline, with no stop ('Jane Roe (left) meets John Doe (right)')
            continue
        if after_title and "stand" not in roles and _gallery_title(text, following):
            roles.append("gallery")  # 'Harbour plan hearing' over the lead photo's credited caption: the photo gallery's name
            continue
        if after_title and "stand" not in roles and len(text) <= 300 and TAIL_CREDIT.search(text):
            roles.append("credited caption")  # '… on Tuesday (Jane Roe/The Example Ledger)': the lead photo's caption
            continue
        if after_title and "stand" not in roles and following is not None and AGENCY_CREDIT.match(following.text.strip()):
            roles += ["caption", "credit"]  # the lead video's caption over its credit ('AP, AP'), then the byline
            continue
        if roles[-1:] == ["title"] and not meta.get("authors") and _publisher_line(text, following, units[index + 1 :]):
            meta["authors"] = [text.strip()]
            roles.append("meta")
            header_end = index + 1
            inferred.append(
                f"line {unit.line}: {text.strip()!r}, the publisher's name under the title, which the text names again, read as the byline"
            )
            continue
        # 'Jane Roe' / 'Nairobi' over the story: the writer and where she files from, the place line the byline's
        placed = (
            following is not None
            and index + 2 < len(units)
            and place_line(following.text, _story(units, index))
            and story_sentence(units[index + 2].text)
        )
        if (
            roles[-1:] == ["title"]
            and not meta.get("authors")
            and "date" not in meta
            and _bare_name_under_title(text, units[index + 2] if placed else following, _story(units, index))
        ):
            meta["authors"] = [text.strip()]
            roles += ["meta", "meta"] if placed else ["meta"]
            header_end = index + (2 if placed else 1)
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name alone under the headline, over the story, read as the byline")
            if placed and following is not None:
                inferred.append(f"line {following.line}: {following.text.strip()!r}, the place under the byline, read as the byline's")
            continue
        wire = (
            unlisted_wire_byline(text, _story(units, index))
            if roles[-1:] == ["title"]
            and not meta.get("authors")
            and (_is_date_line(following) or (following is not None and story_sentence(following.text)))
            else None
        )
        if wire is not None:  # 'Marta Kowalski, Reuters' under the headline: the writers, then the agency
            meta["authors"], meta["author_roles"] = wire[0], dict.fromkeys(wire[0], wire[1])
            meta.setdefault("affiliation", wire[1])
            roles.append("meta")
            header_end = index + 1
            inferred.append(f"line {unit.line}: {text.strip()!r}, a writer and a wire agency under the headline, read as the byline")
            continue
        if after_title and not meta.get("authors") and _byline_over_outlet(text, units[index + 1 : index + 3]):
            meta["authors"] = [HONORIFIC.sub("", text.strip())]
            roles += ["meta", "furniture"]  # the outlet's name is the page's
            header_end = index + 2
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name over the outlet's name and the date line, read as the byline")
            continue
        named = (_is_person_name(text) or named_by_closing_note(text, [u.text for u in units[-CLOSING_NOTE_REACH:]])) and not post_alone(text)
        if after_title and not meta.get("authors") and named and (_is_date_line(following) or _is_time_ago(following)):
            meta["authors"] = [text.strip()]  # 'Ariana Yekrangi' over '2022-02-06T06:50:00+02:00': a blog's author and date
            roles.append("meta")
            header_end = index + 1
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name right above the date line, read as the byline")
            continue
        greeted = newsletter_greeting([u.text for u in units[index + 1 : index + 1 + GREETING_PARAGRAPHS_MAX]]) > 0  # 'Welcome back to …' under it
        if (
            after_title
            and not meta.get("authors")
            and index > 0
            and (
                _name_under_date_line(text, units[index - 1], following, _story(units, index))
                or (greeted and _is_date_line(units[index - 1]) and given_name_first(text.strip()))
            )
        ):
            meta["authors"] = [text.strip()]
            roles.append("meta")
            header_end = index + 1
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name alone right under the date line, read as the byline")
            continue
        outlet_byline = name_of_outlet(text) if after_title and not meta.get("authors") and _is_date_line(following) else None
        if outlet_byline:
            meta["authors"], meta["affiliation"] = [outlet_byline[0]], meta.get("affiliation") or outlet_byline[1]
            roles.append("meta")  # 'Jane Roe of Harbor Ledger' over the date line: the writer and the newsroom
            header_end = index + 1
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name and its newsroom right above the date line, read as the byline")
            continue
        if (
            after_title
            and roles[-1] in ("meta", "button", "furniture")
            and "date" in meta
            and HEADER_BUTTON.fullmatch(text.strip())
            and (  # beside other buttons, read only for a button's word: furniture_kind is dear on every header line
                roles[-1:] == ["button"]
                or (following is not None and HEADER_BUTTON.fullmatch(following.text.strip()) is not None)
                or (index > 0 and furniture_kind(units[index - 1].text) == "share bar")  # 'Print' / 'Email' / 'Share' / 'Comments'
                or (following is not None and furniture_kind(following.text) == "share bar")
            )
        ):
            roles.append("button")
            header_end = index + 1
            continue
        if (
            roles
            and roles[-1] == "meta"
            and meta.get("authors")
            and "affiliation" not in meta
            and (PLACE_LINE.match(text) or NEWSROOM_NAME.fullmatch(text.strip()))
        ):
            meta["affiliation"] = text.strip()  # the second line of "By Jane Doe" / "BBC News, Islamabad"
            roles.append("meta")
            header_end = index + 1
            continue
        if (
            roles
            and (roles[-1] == "meta" or roles[-2:] == ["meta", "furniture"])
            and len(meta.get("authors", [])) == 1
            and index > 0
            and post_under_byline(text, _above_reading_time(units, index - 1), meta["authors"][0])
        ):
            author = meta["authors"][0]  # 'By Jane Roe' / 'Staff Reporter': her post, no heading
            if post_of_line(text):
                meta.setdefault("author_roles", {}).setdefault(author, post_of_line(text))
            roles.append("meta")
            header_end = index + 1
            continue
        if after_title and "stand" not in roles and is_wholly_quoted(text):
            roles.append("stand")  # the standfirst's pull quote under the headline ('‘This is not only a military war. …’')
            continue
        if after_title and roles[-1:] == ["stand"] and not meta.get("authors") and _byline_under_standfirst(text, units[index - 1], following):
            meta["authors"] = [text.strip()]
            roles.append("meta")
            header_end = index + 1
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name alone under the standfirst, read as the byline")
            continue
        at_top = not roles or bool(menu and set(roles) == {"furniture"})  # under the menu
        headline = without_closing_abbreviation_stop(text, at_top)  # '… Its Ties With U.S.': the stop is the abbreviation's
        first_line_title = at_top and len(text) <= 160 and (headline[-1:] != "." or catalogue_headline(units, index))
        above_date_line = index < date_at and len(text) <= 160 and headline[-1:] not in TERMINAL and not STORED_FIELD.match(text)
        # the headline under a copied page's section label ("Malaysia" / "All paid their own way on PM Anwar’s foreign trips, …")
        # or under a breadcrumb of two labels, the section's and its sub-section's ("News" / "Indonesia" / the headline)
        labels = [at for at, role in enumerate(roles) if role == "title"]
        under_label = (
            roles[-1:] == ["title"]
            and len(labels) <= 2
            and labels == list(range(labels[0], index))
            and all(SECTION_LABEL.fullmatch(units[at].text.strip()) for at in labels)  # no date ("JUNE 2026")
            and len(WORD.findall(text)) >= 4
            and any(c.islower() for c in text)
            and len(text) <= 160
            and headline[-1:] not in TERMINAL
        )
        captioned = bool(PHOTO_CREDIT.search(text))  # a photo's caption and credit under the headline is no title
        under_opening_date = headline_under_opening_date(units, index, roles)  # 'Press Release' / 'January 12, 2021' / the headline
        headline_again = any(role == "title" and same_words(text, units[at].text) for at, role in enumerate(roles))
        if (
            text.rstrip()[-1:] not in TERMINAL
            and _over_share_row(following)
            and any(role == "stand" and "meta" in roles[at:] and same_words(text, units[at].text) for at, role in enumerate(roles))
        ):
            roles.append("stand again")  # the standfirst set again in the headline's case under the date line, over the share row
            header_end = index + 1
            continue
        if roles[-1:] == ["meta"] and meta.get("authors") and "date" in meta and not headline_again and _caption_naming_a_person(text, following):
            roles.append("caption")  # 'The party's General Guide Tomas Bell' under the byline and date: the lead photo's caption
            header_end = index + 1
            continue
        if roles[-1:] == ["title"] and "stand" not in roles and _clause_standfirst(text):
            roles.append("stand")  # 'While the party's leaders stayed away from the march, many of its youth joined it', no stop
            continue
        if (
            not is_quoted_passage(text)
            and not BULLET.match(text)
            and not captioned
            and (looks_like_heading(headline, None) or first_line_title or above_date_line or under_label or under_opening_date)
        ):
            roles.append("title")
            header_end = index + 1 if under_opening_date else header_end  # the date line ended the header; the headline under it is in it
            labelled = labelled or under_label
        elif (text[-1:] in TERMINAL or text.endswith("…")) and len(text) <= 300 and "stand" not in roles:  # or cut short: 'The first day …'
            roles.append("stand")
        elif (
            roles[-1:] == ["title"]
            and (
                "date" in meta
                or (following is not None and stamped_byline(following.text.strip()))
                or (len(text) > HEADLINE_CHARS_MAX and _is_date_line(following))
            )
            and not captioned
            and len(WORD.findall(text)) >= 8
            and len(text) <= 300
            and _header_goes_on(following)
        ):
            # a standfirst with no stop under a dated page's headline (or over its dated byline, or over its date line where
            # it is too long for a headline), the date again or the byline under it
            roles.append("stand")
        elif (
            roles[-1:] == ["credit"]
            and "title" in roles
            and "stand" not in roles
            and len(WORD.findall(text)) >= STANDFIRST_WORDS
            and len(text) <= 300
            and _header_goes_on(following)
        ):
            roles.append("stand")  # a standfirst with no stop under the lead photo's caption and credit, the byline under it
        else:
            break
    if header_end == 0:
        header_end = 1 if roles and roles[0] == "title" else 0
        titles = [index for index, role in enumerate(roles) if role == "title"]
        if roles and (roles[0] == "furniture" or labelled) and titles and set(roles[: titles[-1]]) <= {"furniture", "title"}:
            header_end = titles[-1] + 1  # a copied page's menus, its section's name and the headline: all above the text
    header = units[:header_end]
    for index, role in enumerate(roles[:-1]):
        if role == "title" and roles[index + 1] == "title" and RUBRIC_FROM.match(header[index].text.strip() if index < len(header) else ""):
            roles[index] = "rubric"  # "Commentary from Digital Balancing Act: …" over the headline: the series' label, however long
            inferred.append(f"line {header[index].line}: {header[index].text!r} read as the rubric over the headline")
    standfirst = _standfirst_under_headline(header, roles)
    if standfirst is not None:
        roles[standfirst] = "stand"
        inferred.append(f"line {header[standfirst].line}: the sentence under the headline read as the standfirst, not the title")
    for unit, role in zip(header, roles, strict=False):
        if role == "furniture":
            issuer = unit.data.get(ISSUER_OVER_LABEL_KEY)
            dropped.setdefault(furniture_kind(unit.text) or ("release masthead" if issuer else "page furniture"), []).append(unit.text)
        elif role == "catalogue":
            dropped.setdefault("catalogue fields above the text", []).append(unit.text)
        elif role == "title":
            if unit.data.get("cover title") or (len(unit.text) > len(meta.get("title", "")) and not meta.get("cover_title")):
                meta["cover_title"] = meta.get("cover_title") or bool(unit.data.get("cover title"))  # a PDF cover's title: no longer line beats it
                if meta.get("title"):
                    inferred.append(f"line {meta['title_line']}: {meta['title']!r} read as a kicker or short title beside the headline")
                meta["title"], meta["title_line"], meta["title_basis"] = unit.text.strip(), unit.line, f"the headline at the top, line {unit.line}"
            else:
                inferred.append(f"line {unit.line}: {unit.text!r} read as a kicker or short title beside the headline")
        elif role == "stand" and unit.text.endswith(("…", "...")):
            inferred.append(f"line {unit.line}: the standfirst, cut short ('…'), left out; the summary is taken from the text")
        elif role == "stand":
            meta.setdefault("standfirst", unit.text.strip())
        elif role == "caption" and any(later.text.startswith(unit.text.strip()) for later in units[index + 1 :]):
            dropped.setdefault("lead photo's caption, given again below", []).append(unit.text)
        elif role == "greeting":
            dropped.setdefault(NEWSLETTER_GREETING, []).append(unit.text)
        elif role == "button":
            dropped.setdefault("the page's buttons under the date line", []).append(unit.text)
        elif role == "gallery":
            dropped.setdefault("the lead photo's gallery name", []).append(unit.text)
        elif role == "credited caption":
            tail = TAIL_CREDIT.search(unit.text)
            assert tail is not None
            photo_caption = unit.text[: tail.start()].strip()
            meta["lead_figure"] = Unit(unit.line, unit.text, "figure", data={"caption": photo_caption, "credit": tail.group("credit").strip()})
            inferred.append(f"line {unit.line}: the lead photo's caption and credit under the headline kept as a figure")
        elif role == "caption" and unit.data.get("lead_credit"):
            credit = unit.data["lead_credit"]
            meta["lead_figure"] = Unit(unit.line, unit.text, "figure", data={"caption": unit.text.strip(), "credit": credit})
            inferred.append(f"line {unit.line}: the lead photo's credit and caption under the byline kept as a figure")
        elif role == "caption":
            meta["lead_figure"] = Unit(unit.line, unit.text, "figure", data={"caption": unit.text.strip(), "credit": ""})
        elif role == "credit" and meta.get("lead_figure"):
            meta["lead_figure"].data["credit"] = unit.text.strip()
            inferred.append(f"line {unit.line}: the lead photo's caption and credit under the headline kept as a figure")
        elif role == "stand again":
            dropped.setdefault("the standfirst given again", []).append(unit.text.strip())
        elif role == "byline again":
            dropped.setdefault("the byline given again", []).append(unit.text.strip())
        elif role == "bio":
            meta["author_note"] = (meta.get("author_note", "") + " " + unit.text.strip()).strip()
    photo = _lead_photo_below(units, roles, header_end)
    if photo is not None:
        dropped.setdefault("the page's widgets between the byline and the lead photo", []).extend(u.text for u in units[header_end:photo])
        inferred.append(
            f"line {units[photo].line}: the lead photo's caption given again; the {photo - header_end} short lines above it are the page's widgets"
        )
        credited = re.match(r"^(?P<caption>.+?)\s*\((?P<credit>[^()]{2,80})\)$", units[photo].text.strip())  # "… (right). (AFP)"
        caption, credit = (credited.group("caption"), credited.group("credit")) if credited else (units[photo].text.strip(), "")
        meta["lead_figure"] = Unit(units[photo].line, units[photo].text, "figure", data={"caption": caption, "credit": credit})
        header_end = photo + 1
    numbered_title(header, roles, meta, inferred)
    title_over_subtitle(header, roles, meta, inferred)
    third_writer_after_pair(meta, "\n".join(unit.text for unit in units[header_end:]), inferred)
    _fallbacks(units, header_end, meta, problems)
    return header_end


# a scraper's field as it stores the page's metadata over the text, its label in lower case ('type: blog', 'source: https://…')
STORED_FIELD = re.compile(r"^[a-z][a-z_ -]{1,24}:\s+\S")
LABELLED_PHOTO_CREDIT = re.compile(r"^(?:Photo(?:graph)?|Image|Picture)s?\s*:\s*\S.{2,80}$")
LEAD_CAPTION_WORDS = 10


BYLINE_AGAIN_MAX = 120
TURN_LABEL_REACH = 40  # units under the line where an interview's label of the same name would stand again


def _known_author_again(units: list[Unit], index: int, meta: Meta) -> bool:
    """A line that is the byline of a writer the front matter already names ('Jane Roe, Harbour Times Staff Writer' under
    an author field 'By JANE ROE, …'): her name, alone or before a comma and her post, however it is cased. Her name
    alone over a question, or given again alone further down, is an interview's label of her turn, no byline."""
    text = units[index].text.strip()
    name, _, post = text.partition(",")
    if len(text) > BYLINE_AGAIN_MAX or (post and post.strip()[-1:] in TERMINAL):
        return False
    name = re.sub(r"^by\s+", "", name.strip(), flags=re.I).casefold()
    if not any(name == str(author).casefold() for author in meta.get("authors") or []):
        return False
    if post:
        return True
    below = units[index + 1 : index + 1 + TURN_LABEL_REACH]
    asks = bool(below) and below[0].text.rstrip().endswith("?")
    return not asks and not any(squash_spaces(unit.text).casefold() == squash_spaces(text).casefold() for unit in below)


def _over_share_row(following: Unit | None) -> bool:
    """The next line is the share row's first button ('Share', 'Tweet'): the page's header goes on, the story has not begun
    (a subhead repeating the deck over the story's first paragraph is the story's)."""
    first = following.text.strip().split("\n")[0].strip() if following is not None else ""
    return furniture_kind(first) == "share bar"


def _credit_over_caption(text: str, following: Unit | None) -> bool:
    """'Photo: Jane Roe' on its line under the byline, over one sentence quoting nobody: the lead photo's credit over its
    caption (a government news theme sets them so), never the text's first paragraph nor the summary."""
    if following is None or not labelled_credit_line(text) or find_date(text):
        return False
    caption = following.text.strip()
    return caption[-1:] in TERMINAL and _one_sentence_caption(caption)


def _caption_naming_a_person(text: str, following: Unit | None) -> bool:
    """A short line with no stop ending on a person's name ('The party's General Guide Tomas Bell', 'Mayor Ines Reyes'),
    under the byline and its date and over the story's first sentence: the lead photo's caption, no section."""
    words = text.split()
    if not 2 <= len(words) <= LEAD_CAPTION_WORDS or text.rstrip()[-1:] in TERMINAL + ":" or following is None:
        return False
    name = " ".join(words[-2:])
    if not _is_person_name(name) or given_name_sex(words[-2]) is None:
        return False
    return story_sentence(following.text) and not following.text.rstrip().endswith("?")  # a name over a question: a turn's label


HEADLINE_CHARS_MAX = 160  # a line longer is no headline: under the headline and over the date line, its standfirst


# a standfirst of two clauses under the headline, its stop left off: 'While the party's leaders stayed away, many of its youth …'
CLAUSE_STANDFIRST = re.compile(
    r"^(?:While|Whilst|Although|Though|Despite|Amid|Even as|As|After|Since|Following)\s[^.!?:;]{12,}?,\s+(?:[a-z]|the\s|a\s)"
)
CLAUSE_STANDFIRST_WORDS = 12


def _clause_standfirst(text: str) -> bool:
    """A line under the headline that opens on a clause leading into the main one, twelve words or more: the standfirst,
    however it ends, never a title beside the headline ('As prices soar, families cut back' is a headline)."""
    return len(text.split()) >= CLAUSE_STANDFIRST_WORDS and len(text) <= 300 and CLAUSE_STANDFIRST.match(text.strip()) is not None


# a photo's credit closing its caption, the photographer and the outlet: '… on Tuesday (Jane Roe/The Example Ledger)'
# a caption's credit closing it: the photographer and the paper, or the source and 'Photo' after the caption's stop ('(AA Photo)')
TAIL_CREDIT = re.compile(
    r"\s\((?P<credit>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*/\s*[A-Z][\w.’'&-]*(?:\s+[\w.’'&-]+){0,5}|(?<=[.!?]\s\()" + SOURCE_PHOTO + r")\)$"
)


def _gallery_title(text: str, following: Unit | None) -> bool:
    """A short name with no stop over a caption closed by its photographer's credit: the lead photo gallery's name."""
    return following is not None and len(text.split()) <= 8 and text[-1:] not in TERMINAL and bool(TAIL_CREDIT.search(following.text))


LEAD_PHOTO_REACH = 30  # units between the header and its photo: a share bar, a text-size switch, a gift or sign-up offer


def _lead_photo_below(units: list[Unit], roles: list[str], header_end: int) -> int | None:
    """A copied news page gives the lead photo's caption under the headline and again at the photo, over the text
    ('Jane Roe (left) meets John Doe' … 'Jane Roe (left) meets John Doe. (AFP)'); the lines between are the page's widgets
    (share buttons, 'Change text size', 'Gift Full Article', a subscription offer). Where a paragraph of the text stands
    between them (two hundred characters or more), the caption is no such frame."""
    captions = [index for index, role in enumerate(roles) if role == "caption"]
    if not captions or header_end <= captions[0]:
        return None
    caption = units[captions[0]].text.strip()
    for index in range(header_end, min(len(units), header_end + LEAD_PHOTO_REACH)):
        if units[index].text.startswith(caption):
            return index if index > header_end else None
        if len(units[index].text) >= 200:
            return None
    return None


# a rubric over the headline naming the kind of piece and its series or place: "Commentary from Digital Balancing Act: …",
# "Letter from Kyiv", "Dispatch from the Front"; over another headline-like line it is the rubric, never the title
RUBRIC_FROM = re.compile(r"^(?:Commentary|Letter|Dispatch|Essay|Analysis|Report|Testimony|Interview|Postcard|Insight|Notes?)\s+from\s+\S")


def _content_stems(text: str) -> set[str]:
    return {word.lower()[:5] for word in WORD.findall(text) if word.lower() not in SMALL_WORDS}


def title_over_subtitle(header: list[Unit], roles: list[str], meta: Meta, inferred: list[str]) -> None:
    """A blog's title over its subtitle, two headline lines in title case that share no word ('UK And The Indo-Pacific' /
    'The Need to Lean into the Tilt'), the longer one under: the page's headline is both, 'Title: Subtitle'. A short title over the full one
    that repeats its words ('Russia’s New Winter War' / 'Russia’s New Winter War: Could Putin …') stays the longest, and a
    kicker of one or two words ('Analysis', 'Ukraine War') stays set aside."""
    titles = [index for index, role in enumerate(roles) if role == "title"]
    if len(titles) < 2 or titles[1] != titles[0] + 1 or titles[1] >= len(header) or "title" not in meta:
        return
    first, second = header[titles[0]].text.strip(), header[titles[1]].text.strip()
    if meta["title"] != second or len(WORD.findall(first)) < 3 or len(WORD.findall(second)) < 2:
        return
    if not (is_title_case(first) and is_title_case(second)) or first[-1:] in ":?!" or first[0] in QUOTE_OPEN or second[0] in QUOTE_OPEN:
        return
    if _content_stems(first) & _content_stems(second) or _is_person_name(second):
        return
    if not any(c.islower() for c in second) and any(c.islower() for c in first):
        return  # 'In The News' over a headline set in capitals: the site's section label, no title
    kicker = f"line {header[titles[0]].line}: {first!r} read as a kicker or short title beside the headline"
    inferred[:] = [line for line in inferred if line != kicker]
    meta["title"], meta["title_line"] = f"{first}: {second}", header[titles[0]].line
    meta["title_basis"] = f"the headline and its subtitle at the top, lines {header[titles[0]].line}-{header[titles[1]].line}"
    inferred.append(f"line {header[titles[0]].line}: {first!r} and {second!r}, a title and its subtitle, read as one headline")


def numbered_title(header: list[Unit], roles: list[str], meta: Meta, inferred: list[str]) -> None:
    """A header with no title line whose first line is a name and a number ('ALGERIA:  PRESS ABSTRACTS NO. 4', an issue of
    a desk's numbered product): that line is the title, not a series above a title the export lacks."""
    first = next((unit for unit, role in zip(header, roles, strict=False) if role != "furniture"), None)
    if "title" in meta or first is None or meta.get("series_text") != first.text.strip():
        return
    meta["title"], meta["title_line"], meta["title_basis"] = first.text.strip(), first.line, f"the numbered title at the top, line {first.line}"
    for key in ("series", "number", "series_text"):
        meta.pop(key, None)
    inferred.append(f"line {first.line}: {first.text.strip()!r}, a name and a number with no other title line, read as the title")


def _date_line_below_headlines(units: list[Unit]) -> int:
    """Where the date line is, when only headline-like lines stand above it (a rubric, a title, a standfirst, a journal's
    name and issue: 'After the assassination' / 'How Iran can respond …' / 'Its options are constrained' / 'Jan 9th 2020');
    -1 when there is none."""
    for index, unit in enumerate(units[:8]):
        if _parse_header_part(DATE_LABEL.sub("", unit.text) if DATE_LABEL.match(unit.text) else unit.text, {}, False) and find_line_date(unit.text):
            label = DATE_LABEL.match(unit.text)
            if label and label.group(0).strip() and sum(1 for u in units if u.text.startswith(label.group(0))) >= 3:
                return -1  # "date published: …" under every item of a digest: the first item's date, not the report's date line
            return index
        if len(unit.text) > 160 or is_quoted_passage(unit.text) or BULLET.match(unit.text):
            return -1
        if unit.text[-1:] in TERMINAL and not _is_person_name(unit.text.strip()):
            return -1  # a sentence; not a byline whose name ends on an initial ('Ana Lutz K.')
    return -1


def _above_reading_time(units: list[Unit], at: int) -> str:
    """The line at `at`, or the one over it where `at` is the story's reading time, which a news theme may set between
    the writer's name and her post ('Jane Roe' / '4 minute read' / 'Journalist')."""
    if at > 0 and furniture_kind(units[at].text) == "reading time":
        return units[at - 1].text
    return units[at].text


def _byline_under_standfirst(text: str, standfirst: Unit, following: Unit | None) -> bool:
    """A name alone between the standfirst and the story ('Sukanya Shantha'): the byline, where the story opens under it
    with the standfirst given again, the lead photo's caption or the dateline. (A name over a paragraph of prose may be a
    section on that person: 'Vladimir Putin'.)"""
    if not _is_person_name(text) or following is None:
        return False
    opening = following.text.strip()
    return (
        squash_spaces(opening) == squash_spaces(standfirst.text) or is_photo_caption(opening) or (opens_on_dateline(opening) and len(opening) >= 100)
    )


def _fallbacks(units: list[Unit], start: int, meta: Meta, problems: list[Problem]) -> None:
    stored_field_fallbacks(meta)
    if "title" not in meta:
        texts = [u.text for u in units[start : start + 15]]
        repeated = next(  # a scrape gives the headline twice or more (the page's title, the story's h1): that is the title
            (
                u
                for u in units[start : start + 15]
                if texts.count(u.text) >= 2
                and len(u.text.split()) >= 4
                and len(u.text) <= 200
                and u.text[-1:] not in TERMINAL
                and not furniture_kind(u.text)
                and not _parse_header_part(u.text, {}, False)
                and not POST_SIGNATURE.match(u.text)  # two embedded posts' signatures by one account on one day
            ),
            None,
        )
        if repeated is not None:
            meta["title"], meta["title_line"], meta["title_basis"] = (
                repeated.text,
                repeated.line,
                f"the headline given twice near the top, line {repeated.line}",
            )
            problems.append(
                Problem(repeated.line, f"no title line at the top of the export; titled {repeated.text!r}, given twice near the top: check it")
            )
    if "title" not in meta:
        window = units[start : start + 30]
        prose = next((i for i, u in enumerate(window) if _prose_paragraph(u.text)), len(window))
        heading = next(
            (
                u
                for u in window[:prose]  # a subhead under the story's first paragraphs heads a section of it, no title
                if looks_like_heading(u.text, None)
                and not NOTES_HEADING.match(u.text)
                and not furniture_kind(u.text)
                and not HEADER_FIELD.match(u.text)  # 'Document Type:FOREIGN MEDIA NOTE--…' is set aside as a header field
                and not LEAD_PHOTO_CAPTION.search(u.text.strip())  # 'FILE PHOTO: …': the lead photo's caption, no title
            ),
            None,
        )
        opening = units[start] if start < len(units) else None
        if heading is not None:
            meta["title"], meta["title_line"], meta["title_basis"] = heading.text, heading.line, f"the first heading-like line, line {heading.line}"
        elif opening is not None and opening_standfirst(opening):
            meta["title"], meta["title_line"] = squash_spaces(opening.text), opening.line
            meta["title_basis"] = f"the short standfirst the text opens with, line {opening.line}"
        else:
            written = "\n".join(u.text for u in units[start:])
            meta["title"], meta["title_line"], meta["title_basis"] = acronyms_as_written(meta["file_title"], written), 1, "the file name"
        problems.append(Problem(meta["title_line"], f"no title found at the top of the export; titled {meta['title']!r} from {meta['title_basis']}"))
    if "date" not in meta:
        _issue_dated(units, start, meta)
    if "date" not in meta:
        near = units[: start + 15]
        near = near[
            : next((i for i, u in enumerate(near) if i >= start and NOTES_HEADING.match(u.text.strip())), len(near))
        ]  # a note's day is its source's
        near = [u for u in near if not POST_SIGNATURE.match(u.text)]  # "— Jane Roe (@janeroe) March 4, 2021": an embedded post's day
        lines = [u for u in near if _parse_header_part(u.text, {}, False)]  # the story's own date line, wherever it is
        captions = [u for u in near if is_labelled_caption(u.text, None) or (len(u.text) < 300 and CAPTION.match(u.text))]
        promotions = [u for u in near if furniture_kind(u.text) == "event promotion"]  # the day of the site's event, not the report's
        lede = _lede(units, start)  # the news a lede tells is of the page's days; a date further down is the story's history
        for unit in lines + [u for u in near if u not in captions and u not in promotions] + captions:
            dated_dateline = _dateline_date(unit.text)  # '(Paris, March 4th, 2021) - …': the story's own day, however long
            reader = find_line_date if unit in lines else find_date  # a date line's own forms: 'date: 9 MAI 2022', '3-2-2022'
            found = dated_dateline or (reader(unit.text) if len(unit.text) <= 200 else None)
            if found and not dated_dateline and unit not in lines and unit is not lede and _dated_in_prose(unit.text, found[1]):
                continue  # 'Russia launched its invasion on Feb. 24, 2022, minutes after …' deep in the story: its history, not its day
            if found and not dated_dateline and in_file_photo_opening(unit.text, found[1].start()):
                continue  # 'FILE - In this March 2, 2011 file photo, …': the old photo's day
            if found and unit not in lines and _cover_month_over(near, lede, unit, found[0]):
                _month_dated(units, start, meta)  # 'March 2025' on the cover over the text: a note's interview day below is its source's
                break
            if found:
                meta["date"], meta["date_basis"] = found[0], f"a date near the top, line {unit.line}"
                problems.append(Problem(unit.line, f"no date line at the top; dated {found[0].isoformat()} from {unit.text[:60]!r}: check it"))
                break
        else:
            told = next(  # the caption and the line it wraps onto (a PDF's column)
                (
                    (u, day)
                    for u, after in zip(near, [*near[1:], None], strict=False)
                    if (day := wire_caption_news_day(_with_next(u, after))) is not None
                ),
                None,
            )
            if told is not None:  # a portal's relative stamp ('1 hr ago') dates nothing; its wire photo's caption tells the day
                meta["date"], meta["date_basis"] = told[1], f"the day the wire photo's caption gives the news, line {told[0].line}"
                problems.append(
                    Problem(told[0].line, f"no date line at the top; dated {told[1].isoformat()} from the wire photo's caption: check it")
                )
            elif not _month_dated(units, start, meta):
                problems.append(
                    Problem(1, 'no publication date found near the top; the report is written with date = "unknown" (pages show "date unknown")')
                )
    if not meta.get("authors"):
        problems.append(Problem(1, "no byline found at the top of the export; the report has no authors"))


CITATION_LABEL = re.compile(
    r"^(?:how to cite(?: this (?:report|paper|brief|publication|document))?|please cite (?:this (?:report|paper|brief|publication|document) )?as|"
    r"suggested citation|recommended citation|cite as)\s*:?\s*",
    re.I,
)
CITATION_REACH = 3  # units from the label to the citation: a blank heading's paragraph, a running head between


ISSUE_LINE_REACH = 3  # units under the header: the issue line stands under the title, over the text


def _issue_dated(units: list[Unit], start: int, meta: Meta) -> None:
    """A journal's article dated by its issue line under the title ('Digital Edition Issue 06, Jun 2020'): the issue's
    month is the report's, whatever days its text names. The day stays unknown; the line is no heading."""
    near = next(((unit, month) for unit in units[: start + ISSUE_LINE_REACH] if (month := journal_issue_month(unit.text))), None)
    if near is not None:
        unit, month = near
        meta["date"], meta["date_basis"] = month, f"the journal's issue line, line {unit.line}"
        meta["date_month"], meta["date_month_line"] = month, unit.text.strip()


ARCHIVE_MONTHS_MIN = 3  # months a line each, one under another: an archive's list; a cover may give two ('May 2021' / 'June 2021')
ARCHIVE_LABEL = re.compile(r"^(?:Blog\s+)?Archives?$", re.I)


def _archive_month(units: list[Unit], at: int) -> bool:
    """The month alone on line `at` stands in an archive's list of months: three or more a line each, or any under the
    widget's 'Archives' label."""
    first = at
    while first > 0 and month_line(units[first - 1].text):
        first -= 1
    last = at
    while last + 1 < len(units) and month_line(units[last + 1].text):
        last += 1
    labelled = first > 0 and ARCHIVE_LABEL.match(units[first - 1].text.strip()) is not None
    return last - first + 1 >= ARCHIVE_MONTHS_MIN or labelled


def _month_dated(units: list[Unit], start: int, meta: Meta) -> bool:
    """A report dated by its month only: the month alone on a line near the top (a PDF's cover, 'May 2021'), else the
    month its own How-to-cite line ends on ('…, Seville (Spain), September 2022.'). The day stays unknown. A month among
    months a line each (a blog's archive widget: 'November 2023' / 'October 2023' / …) dates nothing."""
    near = next((unit for at, unit in enumerate(units[: start + 15]) if month_line(unit.text) and not _archive_month(units, at)), None)
    if near is not None:
        meta["date"], meta["date_basis"] = month_line(near.text), f"the month alone on line {near.line}, near the top"
        meta["date_month"], meta["date_month_line"] = meta["date"], near.text.strip()
        return True
    for index, unit in enumerate(units):
        label = CITATION_LABEL.match(unit.text.strip())
        if not label:
            continue
        said = unit.text.strip()[label.end() :] or " ".join(u.text for u in units[index + 1 : index + 1 + CITATION_REACH])
        found = find_date(said)
        month = None if found else last_month_named(said)
        if found or month:
            meta["date"], meta["date_basis"] = (found[0] if found else month), f"the report's How-to-cite line, line {unit.line}"
            meta["date_month"] = month
            return True
    return False


def _with_next(unit: Unit, after: Unit | None) -> str:
    """The caption and the line it wraps onto where it is cut mid-sentence; a whole caption, closed by its full stop or
    its credit ('… (AP Photo/Jane Roe, File)'), reads on into nothing."""
    return unit.text if after is None or unit.text.rstrip()[-1:] in TERMINAL + ")" else f"{unit.text} {after.text}"


def _dated_in_prose(text: str, match: re.Match[str]) -> bool:
    """A sentence of the story that names a day and goes on after it ('Russia launched its invasion on Feb. 24, 2022,
    minutes after …'); a photo caption ends on the day it was taken ('Smoke rises from the residence in Bamako on Aug.
    18, 2020.'), and a headline in title case with its day ('… Assessment, February 2, 2026 | Critical Threats') is none."""
    return not is_title_case(text) and re.search(r"\b[a-z]{2,}", text[match.end() :]) is not None


PUBLISHER_INITIALS = re.compile(r"[A-Z][A-Z&]{2,9}")  # PPLAAF, ICG, HRW: an NGO's or a think tank's initials
PUBLISHER_NAMED = 2  # times the text below names it again ("PPLAAF said today", "Director of PPLAAF")


def _publisher_line(text: str, following: Unit | None, below: list[Unit]) -> bool:
    """An NGO's or a think tank's initials alone under the title, over the release's first sentence, and named again in
    its text ('PPLAAF' / 'Revelations about … lead to …' / '… PPLAAF said today'): the body that wrote it, its byline. A
    heading of initials under the title is over no sentence; initials the text never names again are a kicker."""
    name = text.strip()
    if PUBLISHER_INITIALS.fullmatch(name) is None or following is None or following.text.rstrip("”’\"' ")[-1:] not in TERMINAL:
        return False
    word = re.compile(rf"\b{name}\b")
    return sum(len(word.findall(u.text)) for u in below[:40]) >= PUBLISHER_NAMED


def _dateline_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The day a dateline opening a paragraph gives ('BEIRUT, March 3, 2016 (AP) —', '(Paris, March 4th, 2021) -')."""
    opening = dateline_end(text)
    return find_date(text[:opening]) if opening else None


def _cover_month_over(near: list[Unit], lede: Unit | None, unit: Unit, day: date) -> bool:
    """The month alone on the cover ('March 2025') dates the report over a full date lower down when that date is a
    note's (its source's day) or of another month. The cover is above the first prose paragraph, and a month line with
    prose right under it is a heading of the text ('January 2019' in a timeline), never the cover."""
    at = next((i for i, u in enumerate(near) if month_line(u.text)), None)
    if at is None or near[at].line >= unit.line or (lede is not None and near[at].line >= lede.line):
        return False
    if at + 1 < len(near) and near[at + 1] is lede:
        return False
    month = month_line(near[at].text)
    outside = month is not None and (day.year, day.month) != (month.year, month.month)
    return outside or bool(NOTE_LINE_IN_NOTES.match(unit.text.strip()))


def _lede(units: list[Unit], start: int) -> Unit | None:
    """The story's first paragraph: its first finished sentence of eight words or more after the header."""
    return next((u for u in units[start:] if u.text.rstrip("”’\"' ")[-1:] in TERMINAL and len(u.text.split()) >= 8), None)


# a lead photo's credit on a line of its own above the headline: "Nicolas Asfouri/AFP via Getty Images", "Jamesteohart via
# stock.adobe.com", "picture alliance / ROPI | Michailidis/EUC"
# a lead photo's caption by its mark: 'FILE PHOTO: Jane Roe meets …', '… at the harbour. (Photo from the Harbour Office)'
LEAD_PHOTO_CAPTION = re.compile(
    r"^(?-i:FILE PHOTO)\s*:\s+\S|\((?:file\s+)?(?:photo|image|picture)\s+(?:from|by|courtesy\s+of)\s+[^()]{2,80}\)$", re.I
)
TOP_PHOTO_CREDIT = re.compile(
    rf"^(?:[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s*/\s*)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s+via\s+(?:{PHOTO_AGENCY}|{PHOTO_SITES})$"
    r"|^picture alliance\s*/\s*\S",
    re.I,
)
HEADER_FIELD = re.compile(
    r"^(?:Document (?:Type|Number|ID)|Doc(?:ument)? No\.?|Report Type|Classification|Handling|Reference|Ref|Serial|File)\s*:\s*\S.{0,120}$"
)


def file_title(source_name: str) -> str:
    """A title made of a file name, for an export that has none: 'crs-report_2026.txt' gives 'Crs report 2026'."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source_name.rsplit("/", 1)[-1]) or "Untitled report"
    words = re.sub(r"[-_.\s]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Untitled report"


ACRONYM_MIN = 2  # letters: 'UN', 'ILO'
ACRONYM_MAX = 5  # letters: 'NATO', 'UNHCR'; a longer word in capitals is a masthead's shouting ('MEDIA RELEASE')


def acronyms_as_written(title: str, prose: str) -> str:
    """A file name's words that the text writes in capitals and never in lower or title case ('ilo-youth-report.txt'
    where the text writes 'ILO'), written so in the title made of it. Web addresses are no prose ('www.ilo.org')."""
    prose = "\n".join(line for line in prose.split("\n") if line != line.upper())  # a masthead's capitals are no prose
    prose = re.sub(r"\S*(?:://|www\.)\S*", " ", prose)

    def as_written(match: re.Match[str]) -> str:
        word = match.group(0)
        capitals = word.upper()
        if not ACRONYM_MIN <= len(word) <= ACRONYM_MAX or word == capitals:
            return word
        found = re.findall(rf"\b{word}\b", prose, re.I)  # 'AirAsia' is a name in its own case, no acronym
        return capitals if found and all(spelt == capitals for spelt in found) else word

    return re.sub(r"[A-Za-z]+", as_written, title)


ENVELOPE_LINE = re.compile(r"^(?P<key>Title|URL Source|Published Time|Description|Warning|Markdown Content):\s*(?P<value>.*)$")
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


# a wire's or a news dataset's story under a labelled header ('HEADLINE: …' / 'DATE: …' / 'STORYID: …' / 'TEXT:'):
# each label upper or title case, then a colon; the story starts after the text's label
STORY_FIELD = re.compile(
    r"^(?P<key>headline|title|header|date|dateline|by-?line|authors?|source|story\s?id|doc\s?(?:id|no)|id|text|body|story)"
    r"\s*:\s*(?P<value>.*)$",
    re.I,
)
STORY_FIELD_KINDS = {
    "headline": "title",
    "title": "title",
    "header": "title",
    "date": "date",
    "dateline": "dateline",
    "byline": "authors",
    "by-line": "authors",
    "author": "authors",
    "authors": "authors",
    "source": "source",
    "text": "text",
    "body": "text",
    "story": "text",
}
STORY_FIELD_VALUE_MAX = 200  # a field's value is a line; the text's label may run on into the story's first paragraph
STORY_DATE_MAX = 60  # 'Mon, 12 Jan 2026 13:14:25 +0000', 'February 12, 1999'


def _story_field(text: str) -> tuple[str, str] | None:
    match = STORY_FIELD.match(text.strip())
    if not match:
        return None
    key, value = match.group("key"), match.group("value").strip()
    if not (key.isupper() or key[:1].isupper()):  # 'date: …' in lower case is a sentence's start
        return None
    kind = STORY_FIELD_KINDS.get(re.sub(r"\s", "", key.lower()), "id")
    if kind != "text" and (len(value) > STORY_FIELD_VALUE_MAX or value[:1].islower()):
        return None  # 'Date: the committee met on 4 March …': a paragraph of prose, no field
    if kind == "date" and len(value) > STORY_DATE_MAX:
        return None
    return kind, value


EMAIL_FIELD = re.compile(
    r"(?P<key>From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s+(?P<value>.*?)\s*(?=(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s|$)"
)
SUBJECT_TAG = re.compile(r"^(?:(?:Re|Fwd?|Fw|AW|WG|TR)\s*:\s*|\[[^\[\]]{1,60}\]\s*)", re.I)  # 'Fwd: [Harbour Ledger] …'


def email_header(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """An e-mail as a mail client saves or forwards it, a digest of a site's story: 'From: …', 'Date: …', 'Subject: …',
    'To: …' lines at the top, a field a line (or run together). The subject, without a reply's or forward's 'Fwd:' and
    a list's '[Harbour Ledger]' tag, is the title (read in meta['email_subject'], over any headline the text gives); the
    date the mail was sent is the date where the text gives none; the lines are left out. A sender and a subject or a
    date make the header; anything else is returned as it was."""
    fields: dict[str, tuple[str, int]] = {}
    index = 0
    while index < min(len(units), 6):
        text = squash_spaces(units[index].text)
        found = list(EMAIL_FIELD.finditer(text))
        if not found or found[0].start() != 0 or found[-1].end() != len(text):
            break
        for match in found:
            fields.setdefault(match.group("key").lower(), (match.group("value"), units[index].line))
        index += 1
    if "from" not in fields or not ({"subject", "date"} & fields.keys()) or "title" in meta:
        return units
    subject, line = fields.get("subject", ("", 0))
    while SUBJECT_TAG.match(subject):
        subject = SUBJECT_TAG.sub("", subject, count=1)
    if subject:
        meta["email_subject"] = (subject.strip(), line)
    sent = find_date(fields.get("date", ("", 0))[0])
    if sent:
        meta["email_date"] = (sent[0], fields["date"][1])
    dropped.setdefault("the e-mail's header (From, Date, Subject, To)", []).extend(unit.text for unit in units[:index])
    inferred.append(f"lines {units[0].line}–{units[index - 1].line}: an e-mail's header read for its subject and the date it was sent")
    return units[index:]


def email_title_and_date(meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """See email_header: the subject is the title; the date it was sent, where the text gives none, the date."""
    if "email_subject" in meta:
        subject, line = meta.pop("email_subject")
        meta["title"], meta["title_line"], meta["title_basis"] = subject, line, f"the e-mail's Subject line, line {line}"
        problems[:] = [p for p in problems if not p.message.startswith("no title")]
    if "email_date" in meta:
        sent, line = meta.pop("email_date")
        if not meta.get("date"):
            meta["date"], meta["date_basis"] = sent, f"the e-mail's Date line, line {line}"
            problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
            inferred.append(f"dated {sent.isoformat()} from the e-mail's Date line, line {line}")


def labelled_story_header(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """A story as a wire or a news dataset stores it, its header a field a line from the text's first line:

        HEADLINE: …  /  DATE: February 12, 1999  /  BYLINE: By …  /  STORYID: …  /  TEXT:

    gives the title, the date and the authors; an id and a source are the store's, left out; the story starts after
    'TEXT:' (or 'BODY:', 'STORY:'), or under the last field. A headline and one other field make the header; a 'DATE:'
    that is a sentence ('Date: the committee met on …') makes none. Anything else is returned as it was."""
    if "title" in meta:
        return units
    fields: list[tuple[str, str, Unit]] = []
    for unit in units[:12]:
        field = _story_field(unit.text)
        if field is None:
            break
        fields.append((*field, unit))
        if field[0] == "text":
            break
    kinds = [kind for kind, _, _ in fields]
    title = next((value for kind, value, _ in fields if kind == "title"), "")
    if not title or title[-1:] == "." or len(set(kinds) - {"title"}) < 1 or len(kinds) != len(set(kinds)):
        return units
    day = next((value for kind, value, _ in fields if kind == "date"), "")
    found = find_date(day) if day else None
    rest = units[len(fields) :]
    for kind, value, unit in fields:
        if kind == "title":
            meta["title"], meta["title_line"] = value, unit.line
            meta["title_basis"] = f"the story's labelled header, line {unit.line}"
        elif kind == "date" and found:
            meta["date"], meta["date_basis"] = found[0], f"the story's labelled header, line {unit.line}"
        elif kind == "dateline" and (dated := find_date(value)) and "date" not in meta:
            meta["date"], meta["date_basis"] = dated[0], f"the story's labelled header, line {unit.line}"
        elif kind == "authors" and value:
            names = value if BYLINE.match(value) else f"By {value}"
            if not _parse_header_part(names, meta, allow_tags=False, line=unit.line):
                dropped.setdefault("the story's header fields (its id, its source)", []).append(unit.text)
        elif kind == "text" and value:
            rest.insert(0, Unit(unit.line, value, data={"end": unit.line, "last_line": value}))
        elif kind != "text":
            dropped.setdefault("the story's header fields (its id, its source)", []).append(unit.text)
    labels = ", ".join(unit.text.split(":", 1)[0].strip() for _, _, unit in fields)
    inferred.append(f"lines 1–{fields[-1][2].line}: the story's labelled header ({labels}) read as its title, date and authors")
    return rest


# an official document's cover block: its symbol ('United Nations  S/2025/223', 'A/HRC/58/28'), distribution and
# language fields ('Distr.: General', 'Original: English'), the job number ('25-04876 (E)    160425') and its barcode
DOCUMENT_SYMBOL = re.compile(r"(?:United Nations\s+)?[A-Z]{1,4}(?:/(?:[A-Z0-9][A-Za-z0-9.]*)){1,6}")
COVER_FIELD = re.compile(r"(?:Distr\.?|Original|Language)\s*:\s*[A-Za-z].{0,40}")
JOB_NUMBER = re.compile(r"\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?")
BARCODE = re.compile(r"\*\d{6,10}\*")
ISSUING_ORGAN = re.compile(r"Security Council|General Assembly|Economic and Social Council|Human Rights Council|Trusteeship Council")
COVER_LINES = 15  # the cover block stands in the text's first lines
OFFICIAL_SECTION = re.compile(r"(?:[IVXLC]+|\d{1,2})\.\s+[A-Z]")  # "I. Introduction"


def official_cover(units: list[Unit], meta: Meta, dropped: dict[str, list[str]]) -> list[Unit]:
    """An official document's cover block over its title is furniture, no title and no section: taken where two kinds of
    its lines or more (a symbol, a field, a job number, a barcode) stand in the text's first lines; the issuing organ's
    name among them goes with them. Its date line goes under the title, and 'Report of the Secretary-General' under the
    title names the office that signs it as the author."""
    top = units[:COVER_LINES]
    kinds = {
        kind
        for unit in top
        for kind, pattern in (("symbol", DOCUMENT_SYMBOL), ("field", COVER_FIELD), ("job", JOB_NUMBER), ("barcode", BARCODE))
        if pattern.fullmatch(unit.text.strip())
    }
    if len(kinds) < 2:
        return units
    cover = [DOCUMENT_SYMBOL, COVER_FIELD, JOB_NUMBER, BARCODE, ISSUING_ORGAN]
    kept = [unit for unit in top if not any(pattern.fullmatch(unit.text.strip()) for pattern in cover)]
    dropped.setdefault("the document's cover block", []).extend(unit.text.strip() for unit in top if unit not in kept)
    dated = next((unit for unit in kept[:2] if _is_date_line(unit)), None)
    first = next((i for i, unit in enumerate(kept) if OFFICIAL_SECTION.match(unit.text.strip())), None)
    if dated is not None and first is not None and kept.index(dated) < first - 1:
        kept.remove(dated)  # the cover's date over the title: the title (the lines down to the first section), then its date
        kept.insert(first - 1, dated)
    for unit in kept[: first or 0]:
        signed = SIGNED_BY_OFFICE.fullmatch(unit.text.strip())
        if signed and not meta.get("authors"):
            meta["authors"] = [signed.group("office")]
            kept.remove(unit)
            dropped.setdefault("byline", []).append(unit.text.strip())
            break
    return kept + units[COVER_LINES:]


SIGNED_BY_OFFICE = re.compile(r"(?:Report|Note|Letter|Statement) (?:of|by) the (?P<office>[A-Z][\w-]+(?:[ -](?:of |for |on )?[A-Z][\w-]+){0,5})")


def read_envelope(units: list[Unit], meta: Meta, inferred: list[str]) -> list[Unit]:
    """A page saved as Markdown by a reader service (r.jina.ai and the tools built on it) comes in an envelope:

        Title: …  /  URL Source: https://…  /  Published Time: 2026-03-31T02:33:18Z  /  Markdown Content:

    Its title and date are the page's; the lines themselves, and the headline repeated as the first heading of the
    content, are not the report's text. Anything else is returned as it was."""
    fields: dict[str, tuple[str, int]] = {}
    index = 0
    while index < min(len(units), 8) and (match := ENVELOPE_LINE.match(units[index].text)):
        fields.setdefault(match.group("key"), (match.group("value").strip(), units[index].line))
        index += 1
        if match.group("key") == "Markdown Content":
            break
    if "Title" not in fields or "Markdown Content" not in fields or units[0].text[:6] != "Title:":
        return units
    title, line = fields["Title"]
    if title:
        meta["title"], meta["title_line"], meta["title_basis"] = title, line, f"the 'Title:' line of the saved page, line {line}"
    day = ISO_DAY.match(fields.get("Published Time", ("", 0))[0])
    if day:
        try:
            meta["date"] = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            meta["date_basis"] = f"the 'Published Time:' line, line {fields['Published Time'][1]}"
        except ValueError:
            pass
    else:
        found = find_date(fields.get("Published Time", ("", 0))[0])
        if found:
            meta["date"], meta["date_basis"] = found[0], f"the 'Published Time:' line, line {fields['Published Time'][1]}"
    inferred.append(f"lines 1–{units[index - 1].line}: a reader service's envelope (Title, URL Source, Published Time) read as the page's metadata")
    rest = units[index:]
    if rest and title and re.sub(r"^#+\s*|\s*#+$", "", rest[0].text).strip() == title:
        rest = rest[1:]  # the headline again, as the content's first heading
    elif len(rest) > 1 and title and rest[0].text.strip() == title and re.fullmatch(r"[=-]{3,}", rest[1].text.strip()):
        rest = rest[2:]
    return rest


# a site's name after a spaced em or en dash: a few capitalised words (and 'of', 'for', '&' …) that end on what a publisher
# is ('Harbour Policy Forum', 'Institute for River Studies', 'The Kelby Times', 'Kelby Think Tank') or that the page
# names as its publisher ('published by Kelby Quays', '© Kelby Quays'); a subtitle there opens on an article or a small
# word, or says something ('A Plan for …', 'Part Two', '… and Why the Council Cannot Stop Them', 'Lessons Learned')
SPACED_DASH = re.compile(r"\s+[—–]\s+")
SITE_NAME_WORDS_MAX = 5
# a body's word ending its name or followed by a link word ('Harbour Policy Forum', 'Institute for River Studies'), not
# a word after it ('Grant Foundation Report')
PUBLISHER_ENDING = re.compile(rf"\b(?:{INSTITUTION_WORD}|Think\s+Tank)(?:$|\s+(?:for|of|on|in|at)\s)")
LINK_WORD = re.compile(rf"{LINK_WORDS}", re.I)


def _site_name_after_dash(part: str, page_text: str) -> bool:
    """The words after a title's spaced dash name its publisher: a body's or a paper's name, or one the page says
    publishes it."""
    words = part.split()
    if not 1 <= len(words) <= SITE_NAME_WORDS_MAX or words[0] in ("A", "An"):
        return False
    own = words[1:] if words[0] == "The" else words
    if not all(word[:1].isupper() or LINK_WORD.fullmatch(word + " ") for word in own):
        return False
    if page_text and re.search(rf"(?:\bpublished\s+by\s+|©\s*(?:\d{{4}}\s+)?){re.escape(part)}\b", page_text, re.I):
        return True  # the page names it as its publisher ('… is published by Kelby Quays.')
    publisher = PUBLISHER_ENDING.search(part) is not None or NEWSROOM_NAME.fullmatch(part) is not None
    return len(own) >= 2 and publisher


def _without_site_after_dash(meta: Meta, inferred: list[str], page_text: str) -> None:
    """'Why the River Towns Keep Their Guilds — Harbour Policy Forum', a page's title copied whole: the site's name after
    the dash goes where the headline before it has three words or more."""
    title = meta.get("title", "")
    parts = SPACED_DASH.split(title)
    if len(parts) < 2 or len(" ".join(parts[:-1]).split()) < 3 or not _site_name_after_dash(parts[-1].strip(), page_text):
        return
    meta["title"] = title[: title.rindex(parts[-1])].rstrip(" —–")
    inferred.append(f"line {meta.get('title_line', 1)}: the site's name after the headline set aside ({parts[-1].strip()!r})")


PAPER_WORD = re.compile(r"\b(?:" + "|".join(PAPER_WORDS) + r")\b")  # a paper's word ('The Globe and Mail')


def _paper_name(part: str, page_text: str) -> bool:
    """Four or five words after the headline that name a paper: 'The', capitalised words and small ones between, ending
    on a paper's word ('The Globe and Mail'), or the page crediting it as a paper (a photo's '… /The Times of Vells',
    '© The Times of Vells', 'published by …'). A title of a work after the hyphen ('The Sun Also Rises') is none."""
    words = part.split()
    if not 4 <= len(words) <= SITE_NAME_WORDS_MAX or words[0] != "The" or not words[-1][:1].isupper():
        return False
    if not all(word[:1].isupper() or LINK_WORD.fullmatch(word + " ") for word in words[1:]):
        return False
    credited = re.search(rf"(?:/\s*|©\s*(?:\d{{4}}\s+)?|\bpublished\s+by\s+){re.escape(part)}\b", page_text, re.I)
    return PAPER_WORD.fullmatch(words[-1]) is not None or credited is not None


SITE_NAMED_AGAIN_WORDS_MAX = 8
# a periodical's one-word proper name and its word: 'Tidewater Magazine', 'Estuary Review', however short the headline
PUBLICATION_END = re.compile(r"\b(?:Magazine|Review|Journal|Quarterly|Weekly|Monthly)$")
# words that make the part a document's kind, not a periodical's name ('Annual Review', 'Winter Journal', 'Peer Review')
DOCUMENT_KIND_WORDS = frozenset(
    "Annual Judicial Peer Strategic Rapid Midyear Mid-Year Final Interim Periodic Systematic Literature Legal Policy Book "
    "Film Case Performance Spending Budget Year Yearly Quarterly Monthly Weekly Daily Internal External Independent "
    "Winter Spring Summer Autumn Fall Special Full General Technical Research Travel Field Personal Public Official A An The".split()
)


def _periodical_name(part: str) -> bool:
    """'Tidewater Review', 'Saltmarsh Magazine': one capitalised proper name and a periodical's word, no document's kind."""
    words = part.split()
    return len(words) == 2 and words[0][:1].isupper() and words[0] not in DOCUMENT_KIND_WORDS and PUBLICATION_END.search(part) is not None


def _body_named_again(part: str, page_text: str) -> bool:
    """A body's name of four words or more after the headline, capitalised words and small ones between ('Norland
    Council for Open Courts', a body's word in it), that the page names again in full: the site's, whatever its length."""
    words = part.split()
    if not 4 <= len(words) <= SITE_NAMED_AGAIN_WORDS_MAX or words[0] in ("A", "An"):
        return False
    body = PUBLISHER_ENDING.search(part)
    if body is not None and re.search(r"\bof\b", part[: body.start()]):
        return False  # a document of the body ('Report of the Commission on Harbour Safety') is the title's subtitle, not the site
    if not all(word[:1].isupper() or LINK_WORD.fullmatch(word + " ") for word in words) or PUBLISHER_ENDING.search(part) is None:
        return False  # a subtitle the text gives again as a heading ('Lessons From the Northern Harbours') names no body
    return re.search(rf"\b{re.escape(part)}\b", page_text) is not None


def without_site_suffix(meta: Meta, inferred: list[str], page_text: str = "") -> None:
    """A page's title carries the site after the headline: '… why nobody believed them | Ukraine | The Guardian', '… must
    be stopped - BBC News'. The suffix (short segments after ' | ' or ' - ') goes where the headline has five words or more,
    or three or four where the page names the site again ('Negotiating with Putin's Russia - Atlantic Council' over 'The
    latest report in the Atlantic Council's Russia Tomorrow series …') or the site is a periodical ('| Tidewater
    Magazine'); a body's longer name goes where the page names it again in full ('- Norland Council for Open Courts');
    after an em or en dash, only a name that is the site's ('— Harbour Policy Forum')."""
    _without_site_after_dash(meta, inferred, page_text)
    title = meta.get("title", "")
    parts = re.split(r"\s+[|]\s+|\s+-\s+", title)
    if len(parts) < 2 or not all(
        1 <= len(part.split()) <= 3 or _paper_name(part.strip(), page_text) or _body_named_again(part.strip(), page_text) for part in parts[1:]
    ):
        return
    headline_words = len(parts[0].split())
    named_again = all(re.search(rf"\b{re.escape(part.strip())}\b", page_text) for part in parts[1:])
    publication = _periodical_name(parts[-1].strip())
    if headline_words < 3 or (headline_words < 5 and not named_again and not publication):
        return
    meta["title"] = parts[0].strip()
    inferred.append(f"line {meta.get('title_line', 1)}: the site's name after the headline set aside ({title[len(parts[0]) :].strip()!r})")


def cover_title_lines(running: str, units: list[Unit], start: int, meta: Meta, inferred: list[str]) -> None:
    """A cover's title set over two lines ('The 2024 State of Harbour' / 'Logistics in the North') that the pages' running
    head prints whole: the two lines are the title, as the cover sets it, and the second no section."""
    taken = meta.get("title", "")
    if not taken or start >= len(units) or units[start].line > meta.get("title_line", 0) + 2:
        return
    joined = f"{taken} {units[start].text.strip()}"
    if squash_spaces(joined).casefold() == squash_spaces(running).casefold():
        meta["title"] = joined
        inferred.append(f"line {units[start].line}: the cover title's second line, which the running head prints with the first, read with it")
        del units[start]


def running_title(title: str, text: str, meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A PDF's running head that its first page prints too is the title; a person's name the header took for the title
    (a title block printed below the first page's text leaves the author's name at the top) is the author."""
    taken = meta.get("title", "")
    if squash_spaces(taken).casefold() == squash_spaces(title).casefold():
        return
    if taken and not meta.get("authors") and _is_person_name(taken):
        meta["authors"] = [taken]
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred.append(f"line {meta.get('title_line', 1)}: {taken!r} read as the author, the running head giving the title")
    problems[:] = [p for p in problems if not p.message.startswith("no title")]
    meta["title"], meta["title_basis"] = title, "the running head, which the first page prints too"
    if in_capitals(title):
        meta["title"] = title_case_from_capitals(title, text)
        inferred.append(f"the running head in capitals read in title case: {meta['title']!r}")


RUNNING_TITLE_BYLINE_REACH = 3  # units opening the body where the first page's author line may stand under the title


def name_under_running_title(
    units: list[Unit], start: int, page_breaks: set[int], meta: Meta, inferred: list[str], problems: list[Problem]
) -> list[Unit]:
    """A journal's article prints its author's name alone under its title on its first page ('LEADERSHIP' / 'Jane Roe'),
    the title read from the running head: the name is the byline, no section."""
    if meta.get("authors") or not meta.get("title_basis", "").startswith("the running head") or start >= len(units):
        return units
    first_page_end = min((line for line in page_breaks if line > units[start].line), default=units[-1].line + 1)
    for index in range(start, min(len(units), start + RUNNING_TITLE_BYLINE_REACH)):
        if units[index].line < first_page_end and _is_person_name(units[index].text.strip()):
            meta["authors"] = [units[index].text.strip()]
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(
                f"line {units[index].line}: {meta['authors'][0]!r}, a name alone under the running head's title on the first page, read as the byline"
            )
            return units[:index] + units[index + 1 :]
    return units


def _without_title_block(body: list[Unit], meta: Meta, dropped: dict[str, list[str]]) -> list[Unit]:
    """The first page's title block, printed below its text, leaves the author's name and the title as headings."""
    names = {letters(n) for n in [meta["title"], *meta.get("authors", [])]}
    kept = []
    for unit in body:
        if unit.kind == "heading" and (letters(unit.text) in names or letters(undoubled(unit.text)) in names):
            dropped.setdefault("title block", []).append(unit.text)
            continue
        kept.append(unit)
    return kept


SERIES_LABEL = re.compile(  # "Industrial Innovation & Dynamics series", "Smart Specialisation - JRC Policy Insights"
    r"^(?:(?:[A-Z][\w&.’'-]*|&|and|of|for|on|the)(?:\s+[-–]\s+|\s+)){0,6}(?:series|insights|(?:policy|issue|options)\s+briefs?|(?:working|discussion|policy|research)\s+papers?)$",
    re.I,
)
COVER_REACH = 6  # the cover's first lines: a series label, the copyright line, the title
# a cover's line under its title that is no part of it: the volume ('Volume II of II', OCR's 'VolumeII ofII'), the part,
# and who made it for whom ('Submitted Pursuant to 28 C.F.R. § 600.8(c)', 'Prepared for the Harbour Board')
COVER_TITLE_END = re.compile(
    r"^(?:vol(?:ume)?\.?\s*(?:[IVX]+|\d+)\b|part\s+(?:[IVX]+|\d+)\s+of\b"
    r"|(?:submitted|prepared|presented|commissioned|produced|compiled|written|edited)\s+(?:by|to|for|pursuant|under|at)\b)",
    re.I,
)


def _cover_line(unit: Unit) -> bool:
    """A line of a PDF's title block: short, no sentence's end (a question may be a title), no date, byline or label."""
    text = unit.text.strip()
    return (
        0 < len(text) <= 160
        and text[-1:] not in ".!:;,"
        and not furniture_kind(text)
        and not month_line(text)
        and not BULLET.match(text)
        and text not in KNOWN_SECTION_NAMES
        and not NOTES_HEADING.match(text)
        and not _parse_header_part(text, {}, False)
        and not _is_bare_byline(text)
    )


def pdf_cover_title(units: list[Unit], layout: PageLayout, meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """A PDF's cover sets its title big, broken over lines ('Where the EU stands vis-à-vis the USA and China?' /
    'Corporate R&D intensity gap and structural change', one line under the other; in a copy with a blank line after
    every line, 'Innovating UK Innovation' / 'Policy', a line of three words or fewer going on), and may print the
    series' label and the copyright line over it: the lines are one title, the label the series."""
    at = 0
    labels: list[Unit] = []
    while at < min(len(units), COVER_REACH) and (furniture_kind(units[at].text) == "copyright line" or SERIES_LABEL.match(units[at].text.strip())):
        if SERIES_LABEL.match(units[at].text.strip()):
            labels.append(units[at])
        at += 1
    if at >= len(units) or not _cover_line(units[at]):
        return units
    block = [units[at]]
    for unit in units[at + 1 : at + COVER_REACH]:
        under = not layout.double_spaced and unit.line == block[-1].data.get("end", block[-1].line) + 1
        going_on = layout.double_spaced and len(WORD.findall(unit.text)) <= 3 and block[-1].text.strip()[-1:] not in TERMINAL
        if not (_cover_line(unit) and (under or going_on)) or COVER_TITLE_END.match(unit.text.strip()):
            break
        block.append(unit)
    if (len(block) == 1 and not labels) or any(SERIES_LABEL.match(u.text.strip()) for u in block):
        return units  # a label under a kicker ('BRIEFING' / 'STOA Options Brief') is no part of a title
    title = Unit(block[0].line, " ".join(u.text.strip() for u in block), block[0].kind, data=dict(block[0].data))
    title.data["end"], title.data["cover title"] = block[-1].data.get("end", block[-1].line), True
    for label in labels:
        meta.setdefault("series", label.text.strip())
        dropped.setdefault("series label over the title", []).append(label.text.strip())
    copyright_lines = [u.text for u in units[:at] if u not in labels]
    if copyright_lines:  # else the summary lists 'copyright line ×0 ()'
        dropped.setdefault("copyright line", []).extend(copyright_lines)
    if len(block) > 1:
        inferred.append(
            f"lines {block[0].line}-{block[-1].data.get('end', block[-1].line)}: the cover's title, broken over {len(block)} lines, read as one"
        )
    rest = units[at + len(block) :]
    subtitle = 0  # the cover's subtitle: its lines down to the byline or the month, none a sentence
    while subtitle < min(len(rest), COVER_REACH - 2) and _cover_line(rest[subtitle]):
        subtitle += 1
    below = rest[subtitle].text.strip() if subtitle < len(rest) else ""
    if subtitle and (_is_bare_byline(below) or month_line(below)):
        dropped.setdefault("the cover's subtitle", []).extend(u.text.strip() for u in rest[:subtitle])
        rest = rest[subtitle:]
    again = next((u for u in rest[:COVER_REACH] if squash_spaces(u.text).casefold() == squash_spaces(title.text).casefold()), None)
    if again is not None:
        dropped.setdefault("the cover's title again", []).append(again.text.strip())  # the first page's heading under the cover
        rest = [u for u in rest if u is not again]
    return [title, *rest]


# a news page's section label and update stamp run into the headline by the copy ('… plea to de-recognise Cong Politics news,
# Updated Nov 06, 2012 at 05:30pm IST'); the label is taken as one word, the headline's last word being no label's
GLUED_STAMP = re.compile(
    r"^(?P<title>\S.{15,}?)(?<!\s)\s+(?P<stamp>(?-i:[A-Z][\w&-]*\s+news,?\s+)?(?:updated|published|posted|last updated)\s*:?\s*"
    r"(?:on\s+)?[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b.{0,40})$",
    re.I,
)


HEADLINE_REST = re.compile(r"^[a-z][^.!?:;]{2,100}$")  # "the never-ending crisis": a headline's second line, under its colon


STORY_REACH = 40  # paragraphs of the story read for the words of a name under its headline


STANDFIRST_TITLE_WORDS = 14  # a line under the headline this long, half as long again as the headline, is its standfirst
HEADLINE_OVER_STANDFIRST_WORDS = 5  # a headline's words at least: a label or a series' name over a headline has fewer


def _standfirst_under_headline(header: list[Unit], roles: list[str]) -> int | None:
    """A copied page's headline and its standfirst on the next line, both read as title lines ('Where the two candidates
    differ on the harbour' / 'Candidates may have similar plans but one could take a more personal approach …'): the
    short line is the headline, the sentence under it, of STANDFIRST_TITLE_WORDS words or more and half as long again
    as the headline at least, the standfirst, its summary. A label or a series' name over a headline has four words or
    fewer, and a headline rarely runs to fourteen words."""
    roles = roles[: len(header)]
    titles = [index for index, role in enumerate(roles) if role == "title"]
    if len(titles) < 2 or "stand" in roles or titles[-1] != titles[-2] + 1:
        return None
    headline, under = header[titles[-2]].text.strip(), header[titles[-1]].text.strip()
    short, long = len(WORD.findall(headline)), len(WORD.findall(under))
    if short < HEADLINE_OVER_STANDFIRST_WORDS or headline.endswith(":"):
        return None
    if (long < STANDFIRST_TITLE_WORDS or 2 * long < 3 * short) and not _sentence_headline_over_standfirst(header, roles, titles[-2]):
        return None
    if header[titles[-1]].data.get("cover title"):
        return None
    return titles[-1]


SENTENCE_HEADLINE_WORDS = 5  # a news headline written as a sentence ('Harbour fees to rise next year'): a label has fewer
# a headline this long is no kicker; a shorter one over a deck is told from a kicker over its headline only by the deck's
# being a quotation ('“Shippers will pay more,” harbour chief says'): a kicker's headline is no quotation
LONG_HEADLINE_WORDS = 7
STANDFIRST_WORDS = 8
DECK_WORDS = 6  # a deck under it ('“Shippers will pay more,” harbour chief says')


def _sentence_headline_over_standfirst(header: list[Unit], roles: list[str], at: int) -> bool:
    """A news page's headline written as a sentence, seven words or more in sentence case, over its standfirst in sentence
    case too, of about its length ('Harbour fund slumps 40% in first four months' / 'Storm season deals fresh blow to the
    port's biggest shipper', 'Port fees to rise next year' / '“Shippers will pay more,” harbour chief says'), the byline
    or the date under them: the first line is the headline, the second its standfirst (its deck). A label, a series' name or a kicker is shorter or in title case, and a short title repeats the words of
    the full headline under it."""
    headline, under = header[at].text.strip(), header[at + 1].text.strip()
    short, long = len(WORD.findall(headline)), len(WORD.findall(under))
    if short < SENTENCE_HEADLINE_WORDS or long < DECK_WORDS:
        return False
    if short < LONG_HEADLINE_WORDS and (under[0] not in QUOTE_OPEN or long >= 2 * short):
        return False  # 'Our week on the coast road' over a headline: a kicker; only a deck quoting the speaker tells a deck
    if short >= LONG_HEADLINE_WORDS and long < STANDFIRST_WORDS:
        return False
    if is_title_case(headline) or is_title_case(under) or headline[-1:] in TERMINAL + "?!" or headline[0] in QUOTE_OPEN:
        return False
    if len(_content_stems(headline) & _content_stems(under)) > 1:
        return False  # the headline given again, longer: a short title over the full one
    return "meta" in roles[at + 2 : at + 5]


def _story(units: list[Unit], index: int) -> str:
    return " ".join(unit.text for unit in units[index + 1 : index + 1 + STORY_REACH])


SUBTITLE_REST = re.compile(r"^[A-Z0-9][^.!?:;]{2,100}$")  # 'A Plan for the Coming Decade': a title's subtitle, under its colon
HEADLINE_REST_WORDS = 12
LIST_LINES_MIN = 3  # short lines in title case under a colon, one under the other: a list whose marks the copy lost


def _title_case_line(text: str) -> bool:
    """A short line in title case with no stop that is no date, byline or furniture: a subtitle's shape, or a list
    item's whose marks the copy lost."""
    if len(WORD.findall(text)) > HEADLINE_REST_WORDS or not SUBTITLE_REST.match(text) or not is_title_case(text):
        return False
    return not (find_line_date(text) or month_line(text) or _is_bare_byline(text) or furniture_kind(text))


def _subtitle_under_colon(head: str, below: list[str]) -> bool:
    """A title in title case ending on its colon over its subtitle in title case ('Advancing Harbour Safety:' / 'A Plan
    for the Coming Decade'), as a report's cover and a PDF's first page set them: one title. A field's label ('PUBLISHED:',
    one word), a sentence leading into what follows ('Here are the highlights:', in sentence case) and a heading over its
    list (a bullet or a number opening the line under it or the next, or three lines of that shape with no marks) are
    no title over a subtitle; nor is a date, a byline or a person's name under the colon."""
    rest = below[0]
    if len(WORD.findall(head)) < 2 or not is_title_case(head) or not _title_case_line(rest) or _is_person_name(rest):
        return False
    if in_capitals(rest) and not in_capitals(head):
        return False  # a section's label in capitals under the title's line
    if any(BULLET.match(line) or NUMBERED_PARAGRAPH.match(line) for line in below[:2]):
        return False
    return not all(_title_case_line(line) for line in below[:LIST_LINES_MIN]) or len(below) < LIST_LINES_MIN


def headline_over_two_lines(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """A headline set over two lines, cut after its colon ('Food aid 2018:' / 'the never-ending crisis'): one line. The
    second opens in lower case, as no headline, standfirst or byline of its own does, or is the subtitle in title case
    under a title in title case (_subtitle_under_colon)."""
    first = next((at for at, unit in enumerate(units[:HEADER_WINDOW]) if not furniture_kind(unit.text)), None)
    if first is None or first + 1 >= len(units):
        return units
    head, rest = units[first].text.strip(), units[first + 1].text.strip()
    if not head.endswith(":") or len(head) > 100 or len(WORD.findall(rest)) > HEADLINE_REST_WORDS:
        return units
    if not HEADLINE_REST.match(rest) and not _subtitle_under_colon(head, [u.text.strip() for u in units[first + 1 : first + 1 + LIST_LINES_MIN]]):
        return units
    joined = Unit(units[first].line, f"{head} {rest}", units[first].kind, data=dict(units[first].data))
    inferred.append(f"line {units[first].line}: {head!r} and {rest!r}, one headline set over two lines, read as one")
    return [*units[:first], joined, *units[first + 2 :]]


BYLINE_UNDER_TITLE_REACH = 3  # lines under the headline where a byline leading into the text stands (a date line, a standfirst)


def byline_leading_into_text(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """A writer's name and post under the headline, leading into the text by a dash ('JANE ROE, Director, Harbour
    Institute --', as an op-ed or a submission sets its byline): the byline, its dash left off, so that the header reads
    the name and the post. Where the text sets such a line more than once, each is a speaker's label (a hearing's
    witnesses): no byline."""
    first = next((at for at, unit in enumerate(units[:HEADER_WINDOW]) if not furniture_kind(unit.text)), None)
    if first is None:
        return units
    found = next((at for at in range(first + 1, min(len(units), first + 1 + BYLINE_UNDER_TITLE_REACH)) if name_label_alone(units[at].text)), None)
    if found is None or any(name_label_alone(unit.text) for at, unit in enumerate(units) if at != found):
        return units
    unit = units[found]
    byline = Unit(unit.line, LEAD_IN_DASH.sub("", unit.text.strip()), unit.kind, data=dict(unit.data))
    inferred.append(f"line {unit.line}: {unit.text.strip()!r}, a name and a post leading into the text, read as the byline")
    return [*units[:found], byline, *units[found + 1 :]]


STANDFIRST_HEADING_WORDS = 12


def marked_standfirst(units: list[Unit], start: int, meta: Meta, inferred: list[str]) -> list[Unit]:
    """A Markdown export's first heading under the title and date that is a whole sentence ('#### Jane Roe shares some of
    her favourite stories from …, a book marking the port's centenary.'): the standfirst, set in a heading's type, never
    the heading of a first section that would hold the introduction."""
    unit = units[start] if start < len(units) else None
    if unit is None or not unit.data.get("heading") or "standfirst" in meta or not meta.get("title"):
        return units
    text = unit.text.strip()
    if not text.endswith(".") or text.endswith("...") or len(text.split()) < STANDFIRST_HEADING_WORDS or is_title_case(text.rstrip(".")):
        return units
    meta["standfirst"] = text
    inferred.append(f"line {unit.line}: a sentence set as a heading under the title read as the standfirst")
    return [*units[:start], *units[start + 1 :]]


MARKED_TITLE = re.compile(r"^(?P<mark>#\s+)(?=[^\s#]).*[^\W_]")  # '# Harbour Fees Rise In 3 Ports'


TITLE_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})\s*$")  # '3. Submissions on Behalf of …' / '=====…': a setext or rST title


def without_title_mark(text: str, inferred: list[str]) -> str:
    """A text saved from a Markdown converter with its title alone marked ('# Harbour Fees Rise In 3 Ports', too few
    marks for the file to be read as Markdown), or underlined with a line of '=' or '-' as long as it: the title without
    its '# ' or its underline."""
    lines = text.split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), None)
    under = lines[first + 1].strip() if first is not None and first + 1 < len(lines) else ""
    if first is not None and TITLE_UNDERLINE.match(under) and len(under) >= len(lines[first].strip()) > 0:
        del lines[first + 1]
        lines.insert(first + 1, "")  # a blank line in its place: the lines below keep their numbers
        inferred.append(f"line {first + 2}: the title's underline left out")
        return "\n".join(lines)
    marked = MARKED_TITLE.match(lines[first].strip()) if first is not None else None
    if first is None or marked is None:
        return text
    lines[first] = lines[first].strip()[marked.end("mark") :]
    inferred.append(f"line {first + 1}: the title's Markdown mark '#' left out")
    return "\n".join(lines)


DATE_UNDER_HEADLINE_WORDS = 20  # a headline's words at most


def date_line_under_headline(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """A headline with its date on the next line and no blank line between ('Harbour Voices' / '2015-07-01', a blog's
    title and date exported as two lines): the headline, then its date line, never one title ending on the date."""
    first = next((at for at, unit in enumerate(units[:HEADER_WINDOW]) if not furniture_kind(unit.text)), None)
    if first is None or units[first].kind != "paragraph":
        return units
    unit, last = units[first], str(units[first].data.get("last_line", "")).strip()
    head = unit.text.strip().removesuffix(last).rstrip()
    found = find_line_date(last) if last and head != unit.text.strip() else None
    if found is None or found[1].group(0) != last or not head or len(WORD.findall(head)) > DATE_UNDER_HEADLINE_WORDS or head[-1:] in TERMINAL:
        return units
    if head.split()[-1].casefold() in SMALL_WORDS:
        return units  # 'The board met on' / '2016-03-02': a sentence going on into its date
    inferred.append(f"line {unit.line}: the date {last!r} under the headline, read as its date line")
    headline = Unit(unit.line, head, unit.kind, data=dict(unit.data, end=unit.line, last_line=head))
    date_line = Unit(int(unit.data.get("end", unit.line)), last, data={"end": unit.data.get("end", unit.line), "last_line": last})
    return [*units[:first], headline, date_line, *units[first + 1 :]]


def undoubled(text: str) -> str:
    """A cover's title whose PDF text gives each of its lines twice ('NORTH SEA NORTH SEA TEN YEARS ON TEN YEARS ON', the
    lettering laid over its own shadow): each line once; a line with a run that is not doubled is given back as it is."""
    words, kept, at = text.split(), [], 0
    while at < len(words):
        size = next((k for k in range(1, (len(words) - at) // 2 + 1) if words[at : at + k] == words[at + k : at + 2 * k]), 0)
        if not size:
            return text
        kept += words[at : at + size]
        at += 2 * size
    return " ".join(kept) if len(kept) >= 2 else text


GLUED_TITLE_WORD = re.compile(r"\b(?P<left>[A-Z][a-z]{2,})(?P<right>[A-Z][a-z]{2,})\b")  # "NeedsImproper"


def unglued_title(title: str, text: str) -> str:
    """A title and its subtitle a scraper ran together where the line broke ('Unmet NeedsImproper Social Care …'): the
    two again, 'Unmet Needs: Improper Social Care …', where the glued word stands nowhere else in the text and both its
    halves do (a name written so, 'YouTube', 'WikiLeaks', is written so in the text too)."""
    glued = GLUED_TITLE_WORD.search(title)
    if glued is None or text.count(glued.group(0)) > title.count(glued.group(0)):
        return title
    words = {word.casefold() for word in WORD.findall(text.replace(glued.group(0), " "))}
    if glued.group("left").casefold() not in words or glued.group("right").casefold() not in words:
        return title
    return f"{title[: glued.start()]}{glued.group('left')}: {glued.group('right')}{title[glued.end() :]}"


# a reading-list widget's button copied onto the end of the headline's line: 'Jane Roe wins the seat Add to ...'
WIDGET_TAIL = re.compile(r"\s+(?:Add|Save) to(?:\s*(?:\.{3}|…)|\s+(?:[Mm]y\s+)?(?:[Rr]eading [Ll]ist|[Ff]avou?rites|[Bb]ookmarks))$")
WIDGET_TAIL_LINES = 60  # a copied page's menus over the headline may take fifty lines


def widget_tail_off_headline(units: list[Unit], inferred: list[str], dropped: dict[str, list[str]] | None = None) -> list[Unit]:
    """The headline without the widget button run onto its line ('… Add to ...'), which made it no headline. The button
    stands beside the headline only: what a copy of the page gives above it (the site's menus, its breadcrumb, the lead
    photo's caption and credit, 'Politics Insider' / 'Elections') is the page's, never the title nor the text."""
    for at, unit in enumerate(units[:WIDGET_TAIL_LINES]):
        tail = WIDGET_TAIL.search(unit.text) if unit.text.endswith(("...", "…", "ist", "ites", "arks")) else None
        if tail and len(unit.text) <= 200:
            inferred.append(f"line {unit.line}: {tail.group(0).strip()!r}, a widget's button run onto the headline, left out")
            headline = Unit(unit.line, unit.text[: tail.start()], unit.kind, unit.level, dict(unit.data))
            above = [u for u in units[:at] if u.text.strip()]
            if dropped is not None and above:
                dropped.setdefault("the page over the headline its reading-list button marks", []).extend(u.text for u in above)
                return [headline, *units[at + 1 :]]
            return [*units[:at], headline, *units[at + 1 :]]
    return units


# the page's stamps of publishing and editing on one line: 'Published time: 18 Nov, 2015 15:41Edited time: 18 Nov, 2015 16:59'
PUBLISHED_AND_EDITED = re.compile(
    r"^(?P<label>published|posted)(?:\s+time)?\s*:\s*(?P<stamp>\S.{4,60}?)\s*(?:edited|updated|modified)(?:\s+time)?\s*:.{0,60}$", re.I
)


def edit_stamp_off_published_line(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """The publication stamp under a headline without the edit's stamp run onto its line: 'Published: 18 Nov, 2015 15:41',
    the page's date line (dated from its publishing, never its editing)."""
    for at, unit in enumerate(units[:WIDGET_TAIL_LINES]):
        found = PUBLISHED_AND_EDITED.match(unit.text.strip()) if len(unit.text) <= 160 else None
        if found and find_line_date(found.group("stamp")):
            text = f"{found.group('label').capitalize()}: {found.group('stamp')}"
            inferred.append(f"line {unit.line}: {unit.text.strip()!r}, the page's stamps of publishing and editing, read as the date line {text!r}")
            return [*units[:at], Unit(unit.line, text, unit.kind, unit.level, dict(unit.data)), *units[at + 1 :]]
    return units


def stamp_glued_to_headline(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """The headline's line ending on the page's section label and its 'Updated …' stamp: the headline, then a date line."""
    glued = GLUED_STAMP.match(units[0].text.strip()) if units else None
    if glued is None or find_line_date(glued.group("stamp")) is None:
        return units
    inferred.append(f"line {units[0].line}: {glued.group('stamp')!r}, run into the headline, read as its date line")
    headline = Unit(units[0].line, glued.group("title"), units[0].kind, data=dict(units[0].data))
    return [headline, Unit(units[0].line, glued.group("stamp"), data={"end": units[0].line, "last_line": glued.group("stamp")}), *units[1:]]


# a line opening on a date run into the story's first word ('March 4, 2020As the summit …'): a browser's print of the page
# or a copy of it lost the break between the date line and the lede; the date's year touches a capitalised word
DATE_RUN_INTO_LEDE = re.compile(r"^(?P<date>[^\n]{6,40}?(?:1[89]|20)\d\d)(?=[A-Z][a-z])")
LEDE_WORDS = 5  # words of the story after the date at least: a sentence, no label ('March 4, 2020Updated')


def date_line_run_into_lede(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """The first line near the top that opens on a full date run into a capitalised word, the rest a sentence of the
    story ('December 9, 2021As the talks …', 'Published March 4, 2020The board …'): the date line, then the story's
    first paragraph. The date must end where the word starts; a date inside a sentence, or a year run into a name
    further on, is left as it is."""
    for at, unit in enumerate(units[:WIDGET_TAIL_LINES]):
        glued = DATE_RUN_INTO_LEDE.match(unit.text)
        if glued is None:
            continue
        found = find_line_date(glued.group("date"))
        rest = unit.text[glued.end() :]
        if found is None or found[1].end() != glued.end() or len(rest.split()) < LEDE_WORDS:
            continue
        date_text = glued.group("date")
        date_line = Unit(unit.line, date_text, data={"end": unit.line, "last_line": date_text})
        if not _is_date_line(date_line):
            continue  # 'The plan of March 4, 2020Vision …': a sentence's date
        inferred.append(f"line {unit.line}: the date {date_text!r} run into the story's first words, read as the date line")
        return [*units[:at], date_line, Unit(unit.line, rest, unit.kind, unit.level, dict(unit.data)), *units[at + 1 :]]
    return units


ROMAN_NUMERAL = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
CAPITALS_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*")
VOWELLESS_WORDS = {"MR", "MRS", "MS", "DR", "ST", "MT", "JR", "SR"}  # courtesy titles and abbreviations with no vowel, no acronyms


def title_case_from_capitals(title: str, text: str, whole: str = "") -> str:
    """A title the source set in capitals ('SUPPLY BILL 2024 – SECOND READING'), in title case: small words of three
    letters or fewer in lower case inside it, as AP style has them; an acronym kept (a word with no vowel, a Roman
    numeral, one with a digit, or one of six letters or fewer that the text's prose, the title's own lines left out,
    writes in capitals and never in title case: 'NHS', 'II', 'COVID-19', 'IP'). `whole`: the whole title where `title` is
    its head, whose lines are left out of the prose."""
    folded = squash_spaces(whole or title).casefold()
    prose = " ".join(line for line in text.split("\n") if not in_capitals(line) and folded not in squash_spaces(line).casefold())
    spelled = set(re.findall(r"\b[A-Z][a-z]+\b", prose))  # 'ALGERIA' in a dateline, 'Algeria' in the prose: a name
    acronyms = {word for word in re.findall(r"\b[A-Z]{2,6}\b", prose) if word[0] + word[1:].lower() not in spelled}

    def cased(match: re.Match[str]) -> str:
        word = match.group(0)
        before = title[: match.start()].rstrip()
        opening = not before or before[-1] in ":–—-(" or (match.start() > 0 and title[match.start() - 1] == "-")
        bare = word[:-2] if word.endswith(("'S", "’S")) else word
        vowelless = not re.search(r"[AEIOUY]", bare) and bare not in VOWELLESS_WORDS
        if bare in acronyms or ROMAN_NUMERAL.match(bare) or vowelless or re.match(r"-?\d", title[match.end() : match.end() + 2]):
            return word
        last = not CAPITALS_WORD.search(title, match.end())
        if word.lower() in SMALL_WORDS and len(word) <= 3 and not opening and not last and match.start() > 0:
            return word.lower()
        return word[0] + word[1:].lower()

    return CAPITALS_WORD.sub(cased, title)


TITLE_HEAD_WORDS = 3
TITLE_PARTS = re.compile(r"\s+[-–—]\s+|:\s+")  # 'TITLE IN CAPITALS - A Subtitle in Mixed Case', 'TITLE: Subtitle'


def capitals_head_in_title_case(title: str, text: str) -> str:
    """A title whose head the source set in capitals over a subtitle in mixed case, as a journal's site runs them ('COUNTERING
    THE HARBOUR STRATEGY - Frustrating the Ports' Aims'): the head in title case, as title_case_from_capitals reads one;
    any other title as it is."""
    split = TITLE_PARTS.search(title)
    if split is None or len(title[: split.start()].split()) < TITLE_HEAD_WORDS:
        return title  # 'PHOTO: …', 'EXCLUSIVE - …': a rubric the site sets in capitals, no title's head
    if not in_capitals(title[: split.start()]) or in_capitals(title[split.end() :]):
        return title
    return title_case_from_capitals(title[: split.start()], text, title) + title[split.start() :]


# a parliament's or an assembly's record's masthead: "Official Report of Debates (Hansard)", "Parliamentary Debates",
# "Hansard", "Verbatim Report of Proceedings", "Record of Proceedings", "Journal of Debates"
RECORD_MASTHEAD = re.compile(
    r"^(?:the\s+)?(?:official\s+report\b|(?:parliamentary\s+|weekly\s+)?(?:debates|hansard)\b|verbatim\s+(?:report|record)\b"
    r"|record\s+of\s+(?:proceedings|debates)\b|journal\s+of\s+debates\b)|\(hansard\)$",
    re.I,
)
DEBATE_TITLE_WORDS = 16


def debate_title_under_masthead(units: list[Unit], start: int, meta: Meta, inferred: list[str]) -> int:
    """A record of debates whose headline is its masthead ('Official Report of Debates (Hansard)' over the sitting's date)
    and whose first line under the header is the debate's title ('SUPPLY BILL 2024 – SECOND READING'): the debate's
    title is the title, the masthead its series. A masthead with a member's turn or a paragraph under it keeps it."""
    title = squash_spaces(meta.get("title", ""))
    if not RECORD_MASTHEAD.search(title) or not meta.get("title_basis", "").startswith("the headline") or start >= len(units):
        return start
    line = squash_spaces(units[start].text)
    if len(line.split()) > DEBATE_TITLE_WORDS or line[-1:] in ".:;?!," or speaker_named(line) or find_line_date(line):
        return start
    meta["series"] = title_case_from_capitals(title, title) if in_capitals(title) else title
    meta["title"], meta["title_line"] = line, units[start].line
    meta["title_basis"] = f"the headline under the record's masthead, line {units[start].line}"
    inferred.append(f"line {units[start].line}: {line!r}, the debate's title under the record's masthead {title!r}, read as the title")
    return start + 1
