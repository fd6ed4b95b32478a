"""Turn a plain-text export of an analytical report into Dossier Markdown.

The export is what a publisher's web page gives when copied as text:
headings are bare lines, footnote markers are ``[n]``, the notes are listed
at the end, and image captions and page furniture are mixed in. The importer
infers the structure, writes Markdown with TOML front matter, and reports
what it inferred and every problem it found, each with its line number.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .bylines import (
    _NAME,
    AUTHOR_LINE,
    BYLINE,
    DATE_LABEL,
    HONORIFIC,
    KNOWN_SECTION_NAMES,
    _agency_byline,
    _author_line,
    _author_with_bio,
    _bio_of,
    _body_byline,
    _byline_in_body,
    _byline_over_lines,
    _byline_over_outlet,
    _capitals_byline,
    _header_goes_on,
    _is_bare_byline,
    _is_date_line,
    _is_lone_author,
    _is_person_name,
    _is_time_ago,
    _magazine_issue,
    _parse_header_line,
    _parse_header_part,
    _prose_paragraph,
    _repeated_byline,
    _speaker_and_date,
    author_boxes,
    authors_section,
    closing_bios,
    contact_box,
    split_author_note,
    writer_note,
)
from .captions import (
    AGENCY_CREDIT,
    PAREN_CREDIT,
    PHOTO_AGENCY,
    PICTURE_POINTER,
    caption_and_credit,
    is_labelled_caption,
    is_photo_caption,
    photo_credits,
    photo_page_captions,
)
from .dates import find_date, find_line_date, last_month_named, month_line
from .document import UNKNOWN_DATE
from .exportlines import CREDIT_LINE, links_on_lines_of_their_own, paragraphs_cut_mid_sentence, split_units, with_tex_quotes_as_marks
from .flattened import _author_box, flattened_page
from .furniture import (
    COMMENTS_CLOSE,
    HEADER_WINDOW,
    NOTE_LINE_IN_NOTES,
    NOTES_HEADING,
    _folded,
    _lead_in_line,
    _site_menu_at_top,
    contents_lists,
    furniture_kind,
    info_box,
    pull_quotes,
    reader_poll,
    readers_comments,
    repeated_gallery_title,
    site_lists_after_story,
    site_teasers,
    story_end,
)
from .headings import (
    BULLET,
    CLASSIFICATION_MARK,
    CREDITS_LINE,
    GLOSSED_HEADING,
    PHOTO_CREDIT,
    PLACE_DATE_LINE,
    POST_SIGNATURE,
    _finished,
    _in_capitals,
    _mentions_author,
    _numbered_lead_in,
    assign_heading_levels,
    attributed_subheads,
    contents_heading_levels,
    dashed_subheads,
    garbled_capitals_heading,
    headlines_over_box_bylines,
    indirect_question_subheads,
    is_quoted_passage,
    is_wholly_quoted,
    link_text_lines,
    long_subheads,
    looks_like_heading,
    numbered_subheads,
    question_subheads,
    quoted_subheads,
    spaced_run_in_headings,
)
from .importnotes import (
    AUTHOR_NOTE,
    NOTE_LINE,
    NUMBERED_ITEM,
    VIDEO_LEFTOVER,
    _cited_keys,
    _cut_by_page,
    _footnote_pages,
    _rest_is_notes,
    _site_items_after_notes,
    check_notes,
    closing_footnotes,
    convert_markers,
    glued_footnote_numbers,
    glued_note_markers,
    note_markers,
    note_sort_key,
    notes_after_author_box,
    page_footnotes,
    tidy_notes,
)
from .importunits import QUOTE_OPEN, SMALL_WORDS, TERMINAL, WORD, Meta, Problem, Unit, _plain, _shorten, is_title_case
from .judgment import plain_caption, read_judgment
from .markdownexport import (
    LITERAL_BRACKET,
    archive_header,
    front_matter_meta,
    markdown_figures,
    markdown_heading_levels,
    markdown_units,
    read_markdown_export,
)
from .notelists import expand_note_lists
from .pdftext import PageLayout, letters, read_layout
from .rstexport import read_rst_export
from .sourcefile import NotUtf8, decode_utf8, line_of_byte, unify_line_ends
from .text import escape_markdown, slugify, squash_spaces
from .transcript import transcript_lines

if TYPE_CHECKING:  # savedpage.py builds on importunits.Unit and Problem
    from .savedpage import SavedPage

CAPTION = re.compile(
    r"^(?P<caption>.*?)\s*(?:\((?P<paren>(?:source|photo|credit|image|photo credit)s?\s*:.*?)\)"
    r"|(?P<bare>\b(?:source|photo|credit|image)s?\s*:.*))\s*$",
    re.I,
)
# a story's update note: "UPDATES:" over "2:58 p.m.: This article was updated to add …", "This article was originally published at …"
UPDATE_LABEL = re.compile(r"^updates?\s*:?$", re.I)
UPDATE_LINE = re.compile(
    r"^(?:\d{1,2}:\d\d\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?\s*:\s*|(?:updated?|correction)\s*[:,—–-]\s*)?"
    r"(?:this (?:article|story|post|report|piece) (?:was|has been) (?:updated|originally published|corrected|amended|changed)\b"
    r"|an earlier version of this (?:article|story|post|report|piece)\b)",
    re.I,
)
# a wire agency's or a syndicating site's credit for the story on a line of its own (at the end, as a rule): "(Reporting by
# Jane Roe in Lagos; Editing by John Doe)", "(Edited by Jane Roe and John Doe)", "*Culled from The Daily Post", "Reprinted from …"
_CREDIT_PART = r"(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|translation|graphics)\s+by\s+(?-i:[A-Z])[^;()]{1,120}?"
WIRE_CREDIT = re.compile(
    rf"^\({_CREDIT_PART}(?:\s*;\s*{_CREDIT_PART})*\.?\)\.?$"  # in brackets, as the agencies print it
    rf"|^{_CREDIT_PART}(?:\s*;\s*{_CREDIT_PART})+\.?$"  # two credits or more without them
    r"|^(?:\\?\*)*\s*(?:culled|reprinted|republished|reproduced|syndicated|excerpted)\s+(?:from|with permission from)\s+(?-i:[A-Z])[^.!?]{1,80}\.?$",
    re.I,
)

# a news agency's or wire's name on a line of its own, as feeds and reposts close a story with it: the agencies by name
# ('Reuters', 'Associated Press', 'Xinhua'), and names shaped as a wire's ('Dow Jones Newswires', 'Kyodo News', 'Yonhap
# News Agency', 'Agence France-Presse', 'Press Trust of India', 'Jiji Press', 'The Canadian Press')
_AGENCY_WORDS = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|de|des|du|di|da|do|of)){0,4}"
AGENCY_NAME = re.compile(
    r"(?:Reuters|Associated Press|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|EFE|ANSA|TASS|Interfax|Anadolu Agency|PTI|IANS|ANI|"
    r"Bernama|Antara|AAP|NAN|PA Media|Press Association|RIA Novosti|Sputnik|Europa Press|Prensa Latina|Notimex|Belga|ANP)"
    rf"|{_AGENCY_WORDS}\s+(?:News(?:\s+Agency|\s+Service)?|Newswires?|Wire(?:\s+Service)?|Press(?:\s+Agency)?)"
    rf"|(?:Agence|Agencia|Agenzia|Agência)\s+{_AGENCY_WORDS}|Press\s+Trust\s+of\s+{_AGENCY_WORDS}"
)
EDITORS_NOTE = re.compile(r"^editors?(?:[’']s|[’'])?\s+note\s*(?::|\s[—–-])\s*", re.I)  # "Editor’s note: Morning Money is …"


@dataclass
class ImportResult:
    markdown: str
    slug: str
    inferred: list[str]
    problems: list[Problem]
    summary: list[str] = field(default_factory=list)
    dropped: dict[str, list[str]] = field(default_factory=dict)


class ImportRefused(Exception):
    """Input the importer will not turn into a report: carries the line (None where there is none)."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line, self.message = line, message
        super().__init__(f"{line}: {message}" if line else message)


# a document a user may bring as it is, and what to bring instead: the importer reads text and saved web pages
DOCUMENT_MAGIC = (
    (b"%PDF-", "is a PDF; turn it into text first (`pdftotext -layout FILE.pdf`, from poppler-utils) and import the .txt"),
    (
        b"PK\x03\x04",
        "is a zipped document (a Word .docx, an OpenDocument or an EPUB file); save it as plain text or as a web page (.html) and import that",
    ),
    (b"\xd0\xcf\x11\xe0", "is an old Word .doc file; save it as plain text or as a web page (.html) and import that"),
    (b"{\\rtf", "is an RTF document; save it as plain text or as a web page (.html) and import that"),
)


def decode_export(raw: bytes, encoding: str | None = None) -> tuple[str, Problem | None]:
    """Text of an export; binary data or text that is not UTF-8 (unless an encoding is named) is refused. Text that
    opens with UTF-16's byte-order mark (what Windows Notepad saves as "Unicode") is read as UTF-16."""
    for magic, kind in DOCUMENT_MAGIC:
        if raw.startswith(magic):
            raise ImportRefused(1, kind)
    if not encoding and raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            return raw.decode("utf-16"), Problem(1, "read as UTF-16, as its byte-order mark says")
        except UnicodeDecodeError as error:
            raise ImportRefused(None, f"opens with UTF-16's byte-order mark but cannot be read as UTF-16: {error}") from None
    if b"\0" in raw[:1_000_000]:
        raise ImportRefused(line_of_byte(raw, raw.index(b"\0")), "is a binary file, not a text export or a saved web page")
    if encoding:
        try:
            return raw.decode(encoding), Problem(1, f"read as {encoding}, as asked")
        except (LookupError, UnicodeDecodeError) as error:
            raise ImportRefused(None, f"cannot be read as {encoding}: {error}") from None
    try:
        return decode_utf8(raw), None
    except NotUtf8 as error:
        raise ImportRefused(error.line, "is not UTF-8 text; save it as UTF-8, or name its encoding (--encoding cp1252 for Windows Latin-1)") from None


GLOSS_MIN_WORDS = 4  # "(Russian objective: Create defensible buffer zones …)" is a gloss; "(MoD)", "(2021–2024)" stay in the heading
# a page's catalogue fields above the text ("CRS Product Type: In Focus", "Topics: Defense & Intelligence; Foreign Affairs")
CATALOGUE_FIELD = re.compile(
    r"^(?:CRS\s+)?(?:product\s+(?:type|number)|report\s+(?:type|number)|document\s+type|topics?|keywords?|subjects?|"
    r"(?:referenced|related)\s+legislation|"
    r"categor(?:y|ies)|tags?|language|region|countr(?:y|ies))\s*:\s*\S",
    re.I,
)
PLACE_LINE = re.compile(r"^[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4},\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")  # "BBC News, Islamabad"


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
    for index, unit in enumerate(units[: HEADER_WINDOW + len(menu)]):  # the site's menu above the headline counts for nothing
        text = unit.text
        if len(roles) > index:  # the bio line of a name line, read with it
            continue
        kind = furniture_kind(text) or ("site menu" if index in menu else "")
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
        if PAREN_CREDIT.match(text) and roles and roles[-1] == "stand":
            roles[-1:] = ["caption", "credit"]  # the lead photo's caption and its credit under the headline, not a standfirst
            continue
        after_title = any(r == "title" for r in roles)
        if after_title and _speaker_and_date(text, meta, unit.line):
            unit.data["paragraph"] = True  # the speaker's line opens the text: read, and kept as its first paragraph
            header_end = index
            break
        if CATALOGUE_FIELD.match(text) and "stand" not in roles and not text.endswith("."):
            roles.append("catalogue")  # kept out of the text; the title, date and authors are read from their own lines
            header_end = index + 1
            continue
        if not after_title and " | " in text and any(_same_words(text.split(" | ")[0], u.text) for u in units[index + 1 : index + HEADER_WINDOW]):
            roles.append("furniture")  # the page's own title, 'HEADLINE | Site Name', over the headline: the site's, no tags
            continue
        if _parse_header_line(text, meta, after_title=after_title, line=unit.line) or _author_line(text, meta) or _agency_byline(text, meta):
            roles.append("meta")
            header_end = index + 1
            continue
        byline_lines = _byline_over_lines(units, index) if after_title and not meta.get("authors") else None
        if byline_lines and _parse_header_part(f"By {byline_lines[0]}", meta, allow_tags=False, line=unit.line):
            roles += ["meta"] * byline_lines[1]
            header_end = index + byline_lines[1]
            inferred.append(f"line {unit.line}: 'By' and the names on the lines under it read as the byline")
            continue
        following = units[index + 1] if index + 1 < len(units) else None
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
        if after_title and "stand" not in roles and text[-1:] not in TERMINAL and PICTURE_POINTER.search(text) and is_photo_caption(text):
            roles.append("caption")  # the lead photo's caption under the headline, with no stop ('Jane Roe (left) meets John Doe (right)')
            continue
        if after_title and "stand" not in roles and following is not None and AGENCY_CREDIT.match(following.text.strip()):
            roles += ["caption", "credit"]  # the lead video's caption over its credit ('AP, AP'), then the byline
            continue
        if after_title and not meta.get("authors") and _byline_over_outlet(text, units[index + 1 : index + 3]):
            meta["authors"] = [HONORIFIC.sub("", text.strip())]
            roles += ["meta", "furniture"]  # the outlet's name is the page's
            header_end = index + 2
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name over the outlet's name and the date line, read as the byline")
            continue
        if after_title and not meta.get("authors") and _is_person_name(text) and (_is_date_line(following) or _is_time_ago(following)):
            meta["authors"] = [text.strip()]  # 'Ariana Yekrangi' over '2022-02-06T06:50:00+02:00': a blog's author and date
            roles.append("meta")
            header_end = index + 1
            inferred.append(f"line {unit.line}: {text.strip()!r}, a name right above the date line, read as the byline")
            continue
        if roles and roles[-1] == "meta" and meta.get("authors") and "affiliation" not in meta and PLACE_LINE.match(text):
            meta["affiliation"] = text.strip()  # the second line of "By Jane Doe" / "BBC News, Islamabad"
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
        first_line_title = (not roles or (menu and set(roles) == {"furniture"})) and len(text) <= 160 and text[-1:] != "."  # under the menu
        above_date_line = index < date_at and len(text) <= 160 and text[-1:] not in TERMINAL
        # the headline under a copied page's section label ("Malaysia" / "All paid their own way on PM Anwar’s foreign trips, …")
        # or under a breadcrumb of two labels, the section's and its sub-section's ("News" / "Indonesia" / the headline)
        labels = [at for at, role in enumerate(roles) if role == "title"]
        under_label = (
            roles[-1:] == ["title"]
            and len(labels) <= 2
            and labels == list(range(labels[0], index))
            and all(re.fullmatch(r"[A-Za-z][\w’'&-]*(?:\s+[A-Za-z][\w’'&-]*)?", units[at].text.strip()) for at in labels)  # no date ("JUNE 2026")
            and len(WORD.findall(text)) >= 4
            and any(c.islower() for c in text)
            and len(text) <= 160
            and text[-1:] not in TERMINAL
        )
        captioned = bool(PHOTO_CREDIT.search(text))  # a photo's caption and credit under the headline is no title
        if (
            not is_quoted_passage(text)
            and not BULLET.match(text)
            and not captioned
            and (looks_like_heading(text, None) or first_line_title or above_date_line or under_label)
        ):
            roles.append("title")
            labelled = labelled or under_label
        elif (text[-1:] in TERMINAL or text.endswith("…")) and len(text) <= 300 and "stand" not in roles:  # or cut short: 'The first day …'
            roles.append("stand")
        elif (
            roles[-1:] == ["title"]
            and "date" in meta
            and not captioned
            and len(WORD.findall(text)) >= 8
            and len(text) <= 300
            and _header_goes_on(following)
        ):
            roles.append("stand")  # a standfirst with no stop under a dated page's headline, the date again or the byline under it
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
    for unit, role in zip(header, roles, strict=False):
        if role == "furniture":
            dropped.setdefault(furniture_kind(unit.text) or "page furniture", []).append(unit.text)
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
        elif role == "stand" and unit.text.endswith("…"):
            inferred.append(f"line {unit.line}: the standfirst, cut short ('…'), left out; the summary is taken from the text")
        elif role == "stand":
            meta.setdefault("standfirst", unit.text.strip())
        elif role == "caption" and any(later.text.startswith(unit.text.strip()) for later in units[index + 1 :]):
            dropped.setdefault("lead photo's caption, given again below", []).append(unit.text)
        elif role == "caption":
            meta["lead_figure"] = Unit(unit.line, unit.text, "figure", data={"caption": unit.text.strip(), "credit": ""})
        elif role == "credit" and meta.get("lead_figure"):
            meta["lead_figure"].data["credit"] = unit.text.strip()
            inferred.append(f"line {unit.line}: the lead photo's caption and credit under the headline kept as a figure")
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
    _fallbacks(units, header_end, meta, problems)
    return header_end


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


def _same_words(one: str, other: str) -> bool:
    return [w.casefold() for w in WORD.findall(one)] == [w.casefold() for w in WORD.findall(other)]


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
        if len(unit.text) > 160 or unit.text[-1:] in TERMINAL or is_quoted_passage(unit.text) or BULLET.match(unit.text):
            return -1
    return -1


def _byline_under_standfirst(text: str, standfirst: Unit, following: Unit | None) -> bool:
    """A name alone between the standfirst and the story ('Sukanya Shantha'): the byline, where the story opens under it
    with the standfirst given again, the lead photo's caption or the dateline. (A name over a paragraph of prose may be a
    section on that person: 'Vladimir Putin'.)"""
    if not _is_person_name(text) or following is None:
        return False
    opening = following.text.strip()
    return (
        squash_spaces(opening) == squash_spaces(standfirst.text)
        or is_photo_caption(opening)
        or (OPENS_ON_DATELINE.match(opening) is not None and len(opening) >= 100)
    )


def _fallbacks(units: list[Unit], start: int, meta: Meta, problems: list[Problem]) -> None:
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
            ),
            None,
        )
        if heading is not None:
            meta["title"], meta["title_line"], meta["title_basis"] = heading.text, heading.line, f"the first heading-like line, line {heading.line}"
        else:
            meta["title"], meta["title_line"], meta["title_basis"] = meta["file_title"], 1, "the file name"
        problems.append(Problem(meta["title_line"], f"no title found at the top of the export; titled {meta['title']!r} from {meta['title_basis']}"))
    if "date" not in meta:
        near = units[: start + 15]
        near = [u for u in near if not POST_SIGNATURE.match(u.text)]  # "— Jane Roe (@janeroe) March 4, 2021": an embedded post's day
        lines = [u for u in near if _parse_header_part(u.text, {}, False)]  # the story's own date line, wherever it is
        captions = [u for u in near if is_labelled_caption(u.text, None) or (len(u.text) < 300 and CAPTION.match(u.text))]
        promotions = [u for u in near if furniture_kind(u.text) == "event promotion"]  # the day of the site's event, not the report's
        lede = _lede(units, start)  # the news a lede tells is of the page's days; a date further down is the story's history
        for unit in lines + [u for u in near if u not in captions and u not in promotions] + captions:
            found = find_date(unit.text) if len(unit.text) <= 200 else None
            if found and unit not in lines and unit is not lede and _dated_in_prose(unit.text, found[1]):
                continue  # 'Russia launched its invasion on Feb. 24, 2022, minutes after …' deep in the story: its history, not its day
            if found:
                meta["date"], meta["date_basis"] = found[0], f"a date near the top, line {unit.line}"
                problems.append(Problem(unit.line, f"no date line at the top; dated {found[0].isoformat()} from {unit.text[:60]!r}: check it"))
                break
        else:
            if not _month_dated(units, start, meta):
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


def _month_dated(units: list[Unit], start: int, meta: Meta) -> bool:
    """A report dated by its month only: the month alone on a line near the top (a PDF's cover, 'May 2021'), else the
    month its own How-to-cite line ends on ('…, Seville (Spain), September 2022.'). The day stays unknown."""
    near = next((unit for unit in units[: start + 15] if month_line(unit.text)), None)
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


def _dated_in_prose(text: str, match: re.Match[str]) -> bool:
    """A sentence of the story that names a day and goes on after it ('Russia launched its invasion on Feb. 24, 2022,
    minutes after …'); a photo caption ends on the day it was taken ('Smoke rises from the residence in Bamako on Aug.
    18, 2020.'), and a headline in title case with its day ('… Assessment, February 2, 2026 | Critical Threats') is none."""
    return not is_title_case(text) and re.search(r"\b[a-z]{2,}", text[match.end() :]) is not None


def _lede(units: list[Unit], start: int) -> Unit | None:
    """The story's first paragraph: its first finished sentence of eight words or more after the header."""
    return next((u for u in units[start:] if u.text.rstrip("”’\"' ")[-1:] in TERMINAL and len(u.text.split()) >= 8), None)


LETTERED_LINE = re.compile(r"^\((?P<letter>[a-z])\)\s+(?-i:[A-Z])")


def _third_lettered_items(units: list[Unit], start: int) -> set[int]:
    """The '(c)' lines whose nearest lettered line above is a '(b)': a list's third item, whatever it says."""
    found: set[int] = set()
    last = ""
    for position in range(start, len(units)):
        match = LETTERED_LINE.match(units[position].text.strip())
        if match:
            if match.group("letter") == "c" and last == "b":
                found.add(position)
            last = match.group("letter")
    return found


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def classify(
    units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]] | None = None
) -> tuple[list[Unit], list[Unit]]:
    """Sort the units after the header into body units and note definitions."""
    dropped = dropped if dropped is not None else {}
    body: list[Unit] = []
    notes: list[Unit] = []
    in_notes = False
    skipped = contents_lists(units, start) | pull_quotes(units, start) | site_lists_after_story(units, start)
    end = story_end(units, start)
    if end is not None:
        closing = "comments box" if COMMENTS_CLOSE.match(units[end].text.strip()) else "share bar"
        closing = closing if closing == "comments box" or furniture_kind(units[end].text) == "share bar" else "appeal and related stories"
        kind = "page furniture after the story's share bar" if closing != "appeal and related stories" else "site's appeal and related stories"
        skipped.update({position: kind for position in range(end, len(units))})
        inferred.append(f"line {units[end].line}: the story ends at its {closing}; the {len(units) - end} lines after it are the site's")
    footnotes = page_footnotes(units, start)
    footnotes_read, footnotes_said_at = 0, len(inferred)
    # a report's lettered subheads, '(a) Inadequate Systems' … '(c) Loan Fraud': there its '(c)' line is the third, no copyright line
    lettered = bool({m.group("letter") for u in units[start:] if (m := LETTERED_LINE.match(u.text.strip()))} - {"c"})
    third_items = _third_lettered_items(units, start)
    labels = capitals_labels(units[start:])
    after_footnotes = False
    position = start - 1
    while position + 1 < len(units):
        position += 1
        unit = units[position]
        text = unit.text
        next_unit = units[position + 1] if position + 1 < len(units) else None
        if unit.data.get("after notes") and not meta.get("authors") and _author_box(text, meta):
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: the authors read from the author box after the notes")
        if unit.data.get("contents") or unit.data.get("after notes"):
            dropped.setdefault("contents list" if unit.data.get("contents") else "page furniture after the notes", []).append(text)
            continue
        if unit.data.get("page header"):
            dropped.setdefault("site's items after the text" if unit.data.get("after text") else "site's header over the title", []).append(text)
            continue
        if CLASSIFICATION_MARK.match(text.strip()) or (meta.get("date") and PLACE_DATE_LINE.match(text.strip())):
            dropped.setdefault("security marking" if CLASSIFICATION_MARK.match(text.strip()) else "place and date line", []).append(text)
            continue
        if unit.data.get("md_note"):  # a Markdown export's '[^5]: …', wherever it stands
            unit.kind, unit.data["key"] = "note", unit.data["md_note"]
            notes.append(unit)
            continue
        if NOTES_HEADING.match(text.strip()) and next_unit is not None and next_unit.data.get("md_note"):
            dropped.setdefault("notes heading (the site makes its own notes list)", []).append(text)
            continue
        if unit.data.get("heading") and skipped.get(position) != "contents list":  # a '## Contents' heading over its list goes with it
            unit.kind = "heading"
            body.append(unit)
            continue
        if position in skipped:
            if skipped[position] == "standfirst":
                meta.setdefault("standfirst", unit.data["standfirst"])
                inferred.append(f"line {unit.line}: the standfirst, given again in full below it, read as the summary")
                continue
            dropped.setdefault(skipped[position], []).append(text)
            continue
        if position - start <= 2 and "standfirst" not in meta and all(u.kind == "paragraph" for u in body) and _subjectless_deck(text):
            meta["standfirst"] = text.strip()
            inferred.append(f"line {unit.line}: {text.strip()!r}, a line under the headline that opens on its verb, read as the standfirst")
            continue
        if notes and _in_capitals(text) and len(text) <= 80 and text[-1:] not in TERMINAL:
            rest = _site_items_after_notes(units, position, end)
            if rest:
                dropped.setdefault("site's items after the notes", []).extend(units[i].text for i in rest)
                skipped.update({i: "site's items after the notes" for i in rest[1:]})
                continue
        if position in footnotes:
            key, note_text = footnotes[position]
            unit.kind, unit.data["key"], unit.text = "note", key, note_text
            notes.append(unit)
            footnotes_read += 1
            after_footnotes = True
            continue
        if after_footnotes and body and _cut_by_page(body[-1], text):
            body[-1].text += " " + text  # a paragraph that a page of footnotes cut in two
            inferred.append(f"line {unit.line}: a paragraph cut by a page's footnotes joined again")
            after_footnotes = False
            continue
        after_footnotes = False
        if DATELINE_ONLY.match(text) and next_unit is not None and next_unit.text[:1].isupper():
            next_unit.text = text + " " + next_unit.text  # "(CNN)" on a line of its own opens the story's first paragraph
            continue
        if next_unit is not None and _place_dateline(text, next_unit, labels) and not _story_begun(body):
            next_unit.text = text.strip() + " " + next_unit.text  # "New Delhi:" on a line of its own opens the story's first paragraph
            inferred.append(f"line {unit.line}: {text.strip()!r} read as the story's dateline, not a heading")
            continue
        if next_unit is not None and position <= start + 3 and _outlet_over_dateline(text, next_unit) and not _story_begun(body):
            dropped.setdefault("outlet's name over the story", []).append(text)  # 'CNN-IBN' / 'New Delhi: In a major setback …'
            continue
        if HIGHLIGHTS_LABEL.match(text.strip()) and not _story_begun(body):
            items = _box_items(units, position + 1)
            if len(items) >= BOX_ITEMS_MIN:
                dropped.setdefault("highlights box's label", []).append(text)
                for item in items:
                    units[item].data["box item"] = True
                inferred.append(f"line {unit.line}: the {len(items)} short lines under {text.strip()!r} read as the box's list, not a section")
                continue
        if unit.data.get("box item"):
            unit.kind = "bullet"
            body.append(unit)
            continue
        author_line = AUTHOR_LINE.match(text)
        if author_line and _author_line(text, meta):
            dropped.setdefault("author line", []).append(text)
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: {text[:60]!r} read as the byline")
            continue
        if (
            position <= start + 6
            and not any(u.kind == "paragraph" and len(u.text) >= 200 for u in body)  # the story has not begun
            and _body_byline(text, meta)
        ):
            dropped.setdefault("byline", []).append(text)
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: {text[:60]!r} read as the byline")
            if _is_date_line(next_unit) and "date" in meta and not re.search(r"\bby\s", units[position + 1].text, re.I):
                dropped.setdefault("the byline's date line", []).append(units[position + 1].text)  # no heading
                position += 1
            continue
        if 0 < position <= start + 6 and _is_date_line(units[position - 1]) and _magazine_issue(text, meta.get("date")) and not _story_begun(body):
            dropped.setdefault("the magazine's issue", []).append(text)  # 'February 2017' under the byline's 'January 19, 2017'
            continue
        if position <= start + 15 and text.strip() == meta.get("date_month_line") and not _story_begun(body):
            dropped.setdefault("the month the report is dated by", []).append(text)  # 'May 2021' on the cover: no heading
            continue
        if position <= start + 8 and not meta.get("authors") and not any(u.kind == "paragraph" for u in body) and _capitals_byline(text, meta):
            dropped.setdefault("byline", []).append(text)
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: {text[:60]!r}, names in capitals, read as the byline")
            continue
        if position <= start + 8 and _repeated_byline(text, meta):
            dropped.setdefault("byline", []).append(text)
            continue
        if next_unit is not None and len(text) <= 60 and re.fullmatch(_NAME, text) and _bio_of(text, next_unit.text):
            dropped.setdefault("author's name above the note about the author", []).append(text)
            continue
        keywords = KEYWORDS_LINE.match(text)
        if keywords:
            listed = keywords.group("list") or (next_unit.text if next_unit is not None and not keywords.group("list") else "")
            if listed and "," in listed and len(listed) <= 300 and listed[-1:] not in TERMINAL:
                meta.setdefault("tags", [t.strip() for t in listed.split(",") if t.strip()])
                dropped.setdefault("keywords", []).append(text if keywords.group("list") else f"{text} {listed}")
                position += 0 if keywords.group("list") else 1
                continue
        if in_notes is False and HEADER_FIELD.match(text) and body == [] and position <= start + 2:
            dropped.setdefault("header field", []).append(text)
            continue
        if REPORTING_FROM.match(text) and position <= start + 3:
            meta.setdefault("affiliation", text.strip())  # BBC's "International editor, Reporting from Kyiv" under the byline
            dropped.setdefault("byline's role and place", []).append(text)
            continue
        video = VIDEO_LEFTOVER.match(text)
        if video:
            what = video.group("what").strip()
            what = re.sub(r"^(?:a|the)\s+video\s+(?:of\s+)?", "", what, flags=re.I)
            unit.kind, unit.text = "editorial", f"Video not included in this edition: {what}."
            inferred.append(f"line {unit.line}: embedded video placeholder turned into an editorial note")
            body.append(unit)
            continue
        if UPDATE_LABEL.match(text) and next_unit is not None and UPDATE_LINE.match(next_unit.text):
            dropped.setdefault("update label", []).append(text)
            continue
        if next_unit is not None and _byline_in_body(text):
            opening = not _story_begun(body) or (position <= start + 8 and sum(u.kind == "paragraph" for u in body) <= 1)
            if not meta.get("authors") and opening:  # under the top's menus or the lead photo's caption
                meta["authors"] = _byline_in_body(text)
                dropped.setdefault("byline", []).append(text)
                problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
                inferred.append(f"line {unit.line}: {text.strip()!r}, above the story's first paragraph, read as the byline")
                if _is_date_line(next_unit) and not re.search(r"\bby\s", next_unit.text, re.I):
                    dropped.setdefault("the byline's date line", []).append(next_unit.text)
                    position += 1
                continue
            unit.kind = "editorial"  # the byline of a box or a part with its own writer ('By Jane Roe' over its story): no section
            unit.data["box byline"] = True
            body.append(unit)
            inferred.append(f"line {unit.line}: {text.strip()!r}, a byline inside the text, set apart, not a heading")
            continue
        if WIRE_CREDIT.match(text.strip()):
            unit.kind = "editorial"  # the agency's or the syndicator's credit: kept, set apart, never a section
            unit.text = re.sub(r"^(?:\\?\*)+\s*", "", text.strip())  # its asterisk (escaped by a Markdown source) is no word
            body.append(unit)
            inferred.append(f"line {unit.line}: {text.strip()!r}, the wire's or syndicator's credit line, set apart from the text")
            continue
        if (
            AGENCY_NAME.fullmatch(text.strip())
            and sum(u.kind == "paragraph" for u in body) >= 2
            and all(furniture_kind(u.text) for u in units[position + 1 :])
        ):
            unit.kind = "editorial"  # 'Dow Jones Newswires' closing the story: the feed's credit line, never a section
            body.append(unit)
            inferred.append(f"line {unit.line}: {text.strip()!r}, the news agency's name closing the story, set apart as its credit line")
            continue
        if UPDATE_LINE.match(text) and len(text) <= 400:
            unit.kind = "editorial"
            body.append(unit)
            inferred.append(f"line {unit.line}: the story's update note set apart from its text")
            continue
        kind = furniture_kind(text)
        if kind == "copyright line" and lettered and LETTERED_LINE.match(text.strip()) and (not YEAR.search(text) or position in third_items):
            kind = ""  # with a year too where it follows the list's '(b)': '(c) Report of the Auditor-General … for 2008-09.'

        if not kind and len(text) <= 40 and text.rstrip().endswith(":") and position + 1 < len(units):
            below = [furniture_kind(u.text) for u in units[position + 1 :]]
            kind = "hashtags" if below and all(k == "hashtags" for k in below) else ""  # 'TEG FOUNDER:' over the tags that end the file
        if kind:
            dropped.setdefault(kind, []).append(text)
            continue
        if REDACTION_LABEL.match(text.strip()):
            unit.kind, unit.text = "editorial", f"Redacted: {text.strip()}."  # the label a released document prints in the blacked-out box
            body.append(unit)
            continue
        if NOTES_HEADING.match(text) and next_unit is not None and NOTE_LINE_IN_NOTES.match(next_unit.text):
            in_notes = True
            continue
        note = (NOTE_LINE_IN_NOTES if in_notes else NOTE_LINE).match(text)
        if note and (in_notes or _rest_is_notes(units, position)):
            key = next(k for k in (note.groupdict().get(g) for g in ("key", "k1", "k2", "k3", "k4")) if k)
            unit.kind, unit.data["key"], unit.text = "note", key, note.group("text").strip()
            notes.append(unit)
            in_notes = True
            continue
        author_note = AUTHOR_NOTE.match(text)
        if author_note and (meta.get("author_note_marked") or in_notes or _mentions_author(text, meta)):
            meta["author_note"] = author_note.group("text").strip()
            continue
        if (
            in_notes
            and notes
            and _in_capitals(text)
            and len(text) <= 80
            and text[-1:] not in TERMINAL
            and next_unit is not None
            and not NOTE_LINE_IN_NOTES.match(next_unit.text)
        ):
            in_notes = False  # "ABOUT THE PROJECT" after the last note: the notes list is over, the report goes on
        elif in_notes and notes:
            notes[-1].text += " " + text
            continue
        closing = (
            "a link to the file it downloads"
            if DOWNLOAD_LINE.match(text.strip())
            else "the issuer's sign-off"
            if _sign_off(text, next_unit, body[-1] if body else None)
            else ""
        )
        if closing and _story_begun(body):
            unit.kind = "paragraph"  # kept as the text's last lines, never a section: 'Annex A - … (283KB)', 'MINISTRY OF LAW 5 MAY 2020'
            body.append(unit)
            inferred.append(f"line {unit.line}: {text.strip()!r}, {closing}, kept as a line of the text, not a heading")
            continue
        numbered = NUMBERED_CAPTION.match(text)
        if numbered and len(text) <= 250:
            unit.kind, unit.data["caption"], unit.data["credit"] = "figure", numbered.group("caption").strip(), ""
            if next_unit is not None and CREDIT_LINE.match(next_unit.text) and len(next_unit.text) <= 400:
                unit.data["credit"] = next_unit.text.strip()
                position += 1
            body.append(unit)
            continue
        unit.kind = "paragraph" if unit.data.get("paragraph") else _classify_body_unit(text, next_unit)
        if unit.kind == "heading" and unit.data.get("md_marked_headings"):
            unit.kind = "paragraph"  # a Markdown export that marks its headings with '#': an unmarked line is none
        unit.kind = "quote" if unit.data.get("indented quote") and unit.kind == "paragraph" else unit.kind
        if unit.kind == "figure":
            marked = MARKED_CAPTION.match(text)
            match = CAPTION.match(text)
            credited = CREDITED_CAPTION.match(text)
            run_in = caption_and_credit(text)
            if run_in:
                unit.data["caption"], unit.data["credit"] = run_in
            elif credited:
                unit.data["caption"] = (credited.group("caption") or credited.group("caption2") or credited.group("caption3")).strip()
                unit.data["credit"] = (credited.group("credit") or credited.group("credit2") or credited.group("credit3")).strip()
            elif marked and not match:
                unit.data["caption"], unit.data["credit"] = marked.group("caption").strip(), ""
            elif not match:  # a labelled caption ("Anger: Israel's Prime Minister …")
                unit.data["caption"], unit.data["credit"] = text.strip(), ""
            else:
                assert match is not None  # a figure's caption is marked or matches CAPTION
                unit.data["caption"] = (match.group("caption") or "").strip()
                credit = match.group("paren") or match.group("bare") or ""
                unit.data["credit"] = f"({credit.strip()})" if match.group("paren") else credit.strip()
        if unit.kind == "bullet":
            bullet = BULLET.match(text)
            assert bullet is not None  # the unit is a bullet because it matched
            unit.text = bullet.group("text")
        body.append(unit)
    closing_footnotes(body, notes, inferred)
    if footnotes_read:  # counted as read, not as found: a numbered heading among them stays a heading
        inferred.insert(
            footnotes_said_at, f"{footnotes_read} numbered footnotes between the body's paragraphs read as notes (a PDF's page footnotes)"
        )
    if notes and not any(note_markers(u.text) for u in body):
        pages = _footnote_pages(notes, body) if all(n.data.get("cited on its page") for n in notes) else None
        glued_note_markers(body, {n.data["key"] for n in notes}, inferred, pages)
    elif not notes:
        glued_footnote_numbers(body, inferred, problems)
    link_text_lines(body, inferred)
    numbered_subheads(body, inferred)
    quoted_subheads(body, inferred)
    attributed_subheads(body, inferred)
    question_subheads(body, inferred)
    indirect_question_subheads(body, inferred)
    dashed_subheads(body, inferred)
    body[:] = photo_credits(body, inferred)
    photo_page_captions(body, inferred)
    headlines_over_box_bylines(body, inferred)
    long_subheads(body, inferred)
    lettered_lists(body, inferred)
    link_lists(body, inferred)
    numbered_lists(body)
    colon_lists(body, inferred)
    body[:] = slider_labels(body, dropped)
    return body, notes


# a page's link to an attachment, named with the file's size: 'Annex A - Publicly Available Materials (283KB)', 'Full
# report [PDF, 1.2 MB]'
_FILE_TYPE = r"(?:pdf|docx?|xlsx?|pptx?|zip|csv|odt|rtf)"
DOWNLOAD_LINE = re.compile(
    rf"^(?=.{{4,160}}$)[^.!?]*\S\s*[(\[](?:{_FILE_TYPE}\s*[,:]?\s*)?\d+(?:[.,]\d+)?\s*[KMG]i?B(?:\s*,?\s*{_FILE_TYPE})?[)\]]$", re.I
)
# a ministry's or an office's statement signed off by its name and the day in capitals: 'MINISTRY OF LAW 5 MAY 2020',
# 'PRIME MINISTER'S OFFICE 12 JUNE 2021'
_CAPS_MONTH = r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?"
_CAPS_DAY = rf"(?:\d{{1,2}}\s+{_CAPS_MONTH}\s+\d{{4}}|{_CAPS_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
_ISSUER = r"(?=[^a-z]*$)[A-Z][A-Z’'&.-]*(?:,?\s+[A-Z][A-Z’'&.()-]*){0,7}"
SIGN_OFF = re.compile(rf"^(?=.{{8,90}}$){_ISSUER},?\s+{_CAPS_DAY}$")
ISSUER_LINE = re.compile(rf"^(?=.{{3,70}}$){_ISSUER}$")  # the sign-off on two lines: 'MINISTRY OF FOREIGN AFFAIRS SINGAPORE' / '5 MAY 2020'
CAPS_DAY_LINE = re.compile(rf"^{_CAPS_DAY}$")


def _sign_off(text: str, next_unit: Unit | None, last: Unit | None) -> bool:
    """The issuer's name and the day in capitals, on one line or on two."""
    text = text.strip()
    if SIGN_OFF.match(text):
        return True
    if ISSUER_LINE.match(text) and next_unit is not None and CAPS_DAY_LINE.match(next_unit.text.strip()):
        return True
    return CAPS_DAY_LINE.match(text) is not None and last is not None and ISSUER_LINE.match(last.text.strip()) is not None


# the reason a released document prints in place of the words it withholds, alone on its line ('Harm to Ongoing Matter',
# as OCR reads it 'Aivaarm to Ongoing Matter'; a FOIA release's '(b)(6)', '(b)(7)(C)'): no heading
REDACTION_LABEL = re.compile(r"^(?:\w+\s+to\s+ongoing\s+matter|(?:\(b\)\s?\(\d\)(?:\s?\([A-F]\))?[,;\s]*)+)$", re.I)


# a story's dateline on a line of its own: a place of one to three words, or two or three parted by "/" or ",", then a colon
PLACE_DATELINE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s*[/,]\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}){0,2}\s*:$")
LABEL_WORDS = {  # with KNOWN_SECTION_NAMES: labels a report's own lines have
    "abstract", "answer", "question", "context", "update", "updates", "note", "notes", "source", "sources", "correction",
    "disclaimer", "warning", "highlights", "contents", "editor's note", "editor’s note", "read more", "related", "see also",
}  # fmt: skip
HIGHLIGHTS_LABEL = re.compile(r"^(?:story\s+|key\s+)?highlights\s*:?$", re.I)
BOX_ITEMS_MIN = 2
BOX_ITEMS_MAX = 6
BOX_ITEM_WORDS = 30


# a dispatch's deck under its headline opens on the verb whose subject is the headline's ('Urges the port to keep its
# commitments, not harsh powers', 'Calls on Parliament to reject the bill'); a subhead names its topic
SUBJECTLESS_DECK = re.compile(
    r"^(?:Urges|Calls (?:on|for)|Warns|Says|Argues|Asks|Demands|Insists|Tells|Presses|Appeals to|Accuses|Welcomes|Condemns|Blames|Rejects)"
    r"\s+\S+(?:\s+\S+){4,}$"
)


def _subjectless_deck(text: str) -> bool:
    return len(text) <= 200 and text.rstrip()[-1:] not in TERMINAL and SUBJECTLESS_DECK.match(text.strip()) is not None


def _story_begun(body: list[Unit]) -> bool:
    """A paragraph of the story's length is already in the body: its opening (dateline, highlights box) is past."""
    return any(u.kind == "paragraph" and len(u.text) >= 200 for u in body)


CAPITALS_LABELS_MIN = 3  # lines in capitals ending in a colon, each alone: a minutes' or an order paper's headings


def capitals_labels(units: list[Unit]) -> int:
    """How many lines in capitals, each alone and ending in a colon ('TABLINGS:', 'NOTICES OF MOTION:'), the text has."""
    return sum(1 for unit in units if unit.text.endswith(":") and PLACE_DATELINE.match(unit.text.strip()) and unit.text.isupper())


def _place_dateline(text: str, next_unit: Unit, labels: int = 0) -> bool:
    """'Washington/ New Delhi:' alone over the story's first long paragraph: its dateline, no label a report's section has
    (a text with three labels or more in capitals, 'NOTICES OF MOTION:' … 'TABLINGS:', is headed by them)."""
    label = text.strip()
    return (
        PLACE_DATELINE.match(label) is not None
        and not (label.isupper() and labels >= CAPITALS_LABELS_MIN)
        and label[:-1].strip().casefold() not in LABEL_WORDS | {w.casefold() for w in KNOWN_SECTION_NAMES}
        and next_unit.text[:1].isupper()
        and len(next_unit.text) >= 100
    )


OUTLET_INITIALS = re.compile(r"^(?-i:[A-Z][A-Z0-9&]{1,5}(?:[-/][A-Z0-9&]{1,5}){0,2})$")  # 'CNN-IBN', 'PTI', 'ANI/IANS'
OPENS_ON_DATELINE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s*\([^()]{2,30}\))?\s*(?::|\s[—–-])\s+[A-Z]")


def _outlet_over_dateline(text: str, next_unit: Unit) -> bool:
    """A broadcaster's or an agency's initials on a line of their own over the story's first paragraph, which opens on its
    dateline ('CNN-IBN' / 'New Delhi: In a major setback …'): the outlet's credit, no section."""
    return OUTLET_INITIALS.match(text.strip()) is not None and OPENS_ON_DATELINE.match(next_unit.text) is not None and len(next_unit.text) >= 100


def _box_items(units: list[Unit], start: int) -> list[int]:
    """The short lines of a highlights box ('Highlights' / three one-line points): two to six of them, none a label."""
    items = []
    for position in range(start, min(start + BOX_ITEMS_MAX + 1, len(units))):
        text = units[position].text.strip()
        if len(text.split()) > BOX_ITEM_WORDS or text.endswith(":") or units[position].data.get("heading"):
            break
        items.append(position)
    return items if len(items) <= BOX_ITEMS_MAX else []


# a lead photo's credit on a line of its own above the headline: "Nicolas Asfouri/AFP via Getty Images", "Jamesteohart via
# stock.adobe.com", "picture alliance / ROPI | Michailidis/EUC"
TOP_PHOTO_CREDIT = re.compile(
    rf"^(?:[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s*/\s*)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s+via\s+(?:{PHOTO_AGENCY}|stock\.adobe\.com|Adobe Stock|Shutterstock|iStock|Unsplash|Wikimedia Commons|Flickr)$"
    r"|^picture alliance\s*/\s*\S",
    re.I,
)


LETTERED_ITEM = re.compile(r"^(?P<letter>[A-H])[.)]\s+(?P<text>\S.*)$")


def lettered_lists(body: list[Unit], inferred: list[str]) -> None:
    """Lines lettered A., B., C. one after another with nothing between them are the choices of a quiz or a list, not
    sections (a report's lettered sections, 'A. Background', have text under each); a line repeating one of the choices
    further down (the quiz's answer) is text too."""
    index = 0
    choices: set[str] = set()
    while index < len(body):
        run: list[Unit] = []
        while index + len(run) < len(body):
            unit = body[index + len(run)]
            match = LETTERED_ITEM.match(unit.text) if unit.kind in ("paragraph", "heading") else None
            if not match or ord(match.group("letter")) - ord("A") != len(run):
                break
            run.append(unit)
        if len(run) >= 3:
            for unit in run:
                unit.kind, unit.data["lettered"] = "bullet", True
                choices.add(unit.text)
            inferred.append(f"line {run[0].line}: {len(run)} lines lettered A–{chr(ord('A') + len(run) - 1)} read as a list")
            index += len(run)
            continue
        if body[index].kind == "heading" and body[index].text in choices:
            body[index].kind = "paragraph"
        index += 1


def link_lists(body: list[Unit], inferred: list[str]) -> None:
    """Three or more headline-like lines one after another, none with a line of text under it, are a page's list of
    links (related stories, most read), not sections: each would be an empty page."""
    index = 0
    while index < len(body):
        end = index
        while end < len(body) and body[end].kind == "heading":
            end += 1
        # a section over a sub-section over its first sub-sub-section has text under the last of them: not a list
        if end - index >= 3 and not (
            end < len(body) and body[end].kind in ("paragraph", "quote") and len(body[end].text) >= 80 and _finished(body[end])
        ):
            for unit in body[index:end]:
                unit.kind = "bullet"
            inferred.append(f"line {body[index].line}: {end - index} headline-like lines with no text under them read as a list of links")
        index = max(end, index + 1)


def numbered_lists(body: list[Unit]) -> None:
    """Paragraphs numbered 1, 2, 3… one after another are an ordered list; so is a numbered line leading into the
    lettered items under it (they stay paragraphs under it)."""
    index = 0
    while index < len(body):
        following = body[index + 1] if index + 1 < len(body) else None
        lead_in = NUMBERED_ITEM.match(body[index].text) if body[index].kind == "paragraph" else None
        if lead_in and _numbered_lead_in(body[index].text, following):
            unit = body[index]
            unit.kind, unit.text, unit.data["ordered"], unit.data["number"] = "bullet", lead_in.group("text"), True, int(lead_in.group("number"))
            index += 1
            continue
        run: list[tuple[Unit, re.Match[str]]] = []
        while index + len(run) < len(body):
            unit = body[index + len(run)]
            match = NUMBERED_ITEM.match(unit.text) if unit.kind in ("paragraph", "heading") else None
            if not match or int(match.group("number")) != len(run) + 1:
                break
            run.append((unit, match))
        if len(run) >= 2:
            for unit, match in run:
                unit.kind, unit.text, unit.data["ordered"], unit.data["number"] = "bullet", match.group("text"), True, int(match.group("number"))
            index += len(run)
        else:
            index += 1


NUMBERED_CAPTION = re.compile(r"^(?P<caption>(?:figure|fig\.|map|chart|graph|table|exhibit|image)\s+\d+[a-z]?\s*[.:–—-]\s*\S.*)$", re.I)
MARKED_CAPTION = re.compile(r"^[▲▼►▶◆■]\s*(?P<caption>\S.*)$")


LIST_ITEM_MAX = 150  # "Friendly states like Russia and China": a list's item on a line of its own, no sentence


def colon_lists(body: list[Unit], inferred: list[str]) -> None:
    """A paragraph ending in a colon over two or more short lines that end no sentence: the lines are its list's items, the
    last one no heading over the prose after the list ("… a tiered system of passage, encompassing roughly:")."""
    for index, unit in enumerate(body):
        if unit.kind != "paragraph" or not unit.text.rstrip().endswith(":"):
            continue
        items = list(
            itertools.takewhile(
                lambda u: u.kind in ("paragraph", "heading") and len(u.text) <= LIST_ITEM_MAX and u.text.rstrip()[-1:] not in TERMINAL + ":",
                body[index + 1 :],
            )
        )
        if len(items) >= 2 and any(u.kind == "heading" for u in items):
            for item in items:
                item.kind, item.level = "bullet", 0
            inferred.append(f"line {items[0].line}: {len(items)} short lines under a line ending in a colon read as its list")


def slider_labels(body: list[Unit], dropped: dict[str, list[str]]) -> list[Unit]:
    """'Before' and 'After' on lines of their own, one over the other: the labels of a page's image comparison slider."""
    kept: list[Unit] = []
    for index, unit in enumerate(body):
        pair = body[index - 1 : index + 1] if unit.text.strip() == "After" and index else []
        if pair and pair[0].text.strip() == "Before" and kept and kept[-1] is pair[0]:
            kept.pop()
            dropped.setdefault("image slider labels", []).append("Before / After")
            continue
        kept.append(unit)
    return kept


DATELINE_ONLY = re.compile(r"^\((?:CNN|AP|AFP|Reuters|Bloomberg|UPI|dpa|Xinhua|TASS)\)$")  # "(CNN)" cut off its first paragraph
REPORTING_FROM = re.compile(r"^(?:[^.,:]{2,60},\s*)?Reporting from\s*[A-Z][\w ,’'-]{1,40}$")
KEYWORDS_LINE = re.compile(r"^(?:key\s?words|tags|topics|subjects)\s*:\s*(?P<list>.*)$", re.I)
HEADER_FIELD = re.compile(
    r"^(?:Document (?:Type|Number|ID)|Doc(?:ument)? No\.?|Report Type|Classification|Handling|Reference|Ref|Serial|File)\s*:\s*\S.{0,120}$"
)


# A photo's caption with its credit after it: "The Kremlin at night in November 2021. Photograph: Bloomberg/Getty Images"
# (the Guardian's style; "Photo:", "Illustration:", "Composite:" elsewhere). The label is capitalised and stands after the
# caption's last sentence or after two spaces; the credit is names and agencies, no sentence.
CREDITED_CAPTION = re.compile(
    r"^(?P<caption>[^\s\"“].{8,400}?)(?:(?<=[.!?”’)])\s+|\s{2,}|\s+(?=©\s*[A-Z]))"  # a magazine's "… New Zealand ©Jane Roe/Alamy"
    r"(?P<credit>(?:(?:Photograph|Photographs|Photo|Photos|Illustration|Composite|Picture|Pictures|Video still|Graphic|Graphics|Credit)"
    r"(?:(?:\s+by)?\s*:|(?<=Credit)(?:\.\.\.|…))|©(?=\s*[A-Z]))\s*[^.!?:;“”\"]{2,120}?)\.?$"  # a copied Times page's "… Credit...Jane Roe/Reuters"
    # Al Jazeera's "… at the White House on Friday [File: Jabin Botsford/The Washington Post via Getty Images]"
    r"|^(?P<caption2>[^\s\"“].{8,400}?)\s+(?P<credit2>\[(?:File(?: photo)?:\s*)?[A-Z][^\[\]\d]{1,80}/\s*[A-Z][^\[\]\d]{1,80}\])$"
    # Fortune's and TIME's "… in Odesa, Ukraine. Viacheslav Onyshchenko—Global Images Ukraine/Getty Images": the photographer,
    # a dash and the agency (through whom it came) right after the caption's last sentence
    r"|^(?P<caption3>[^\s\"“].{8,400}?[.!?”’)])\s*(?P<credit3>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*\s*[—–]\s*"
    r"(?:[A-Z][\w.’'&-]*[\s/]+){0,4}?" + PHOTO_AGENCY + r"(?:\s+via\s+Getty Images)?)$"
)


# a chart's title as a page shows it over the chart: it names the measure's unit ("Oil on the Water, in Millions of
# Barrels per Week", "Share of Imports in 2023 (%), by Use per Area (kg/ha)")
CHART_TITLE = re.compile(r"\((?:%|[a-z]{1,6}/[a-z]{1,6}|(?:US)?\$|€|£|USD|EUR|GBP)\)|\bin (?:Millions|Billions|Thousands|Trillions) of\b", re.I)


def _classify_body_unit(text: str, next_unit: Unit | None) -> str:
    if BULLET.match(text):
        return "bullet"
    if garbled_capitals_heading(text):
        return "heading"
    if caption_and_credit(text):
        return "figure"
    if is_labelled_caption(text, next_unit) or CREDITED_CAPTION.match(text):
        return "figure"
    if text[0] not in QUOTE_OPEN and len(text) < 300 and (CAPTION.match(text) or MARKED_CAPTION.match(text)):
        return "figure"
    if is_quoted_passage(text):
        return "quote"
    if looks_like_heading(text, next_unit):
        if is_photo_caption(text) or CHART_TITLE.search(text):
            return "figure"
        return "paragraph" if CREDITS_LINE.match(text) else "heading"
    return "paragraph"


def toml_value(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def render_markdown(meta: Meta, body: list[Unit], notes: dict[str, Unit]) -> str:
    lines = ["+++"]
    for key in ("title", "slug", "date", "series", "number", "tags", "summary", "author_note", "source"):
        if key == "date" and not meta.get("date"):
            lines.append(f"date = {toml_value(UNKNOWN_DATE)}")
        elif key == "date" and meta.get("date_month") == meta["date"]:
            lines.append(f"date = {toml_value(meta['date'].isoformat()[:7])}")  # "2021-05": the month, the day unknown
        elif meta.get(key):
            lines.append(f"{key} = {toml_value(meta[key])}")
    for author in meta.get("author_entries", []):
        lines += ["", "[[authors]]"] + [f"{k} = {toml_value(v)}" for k, v in author.items()]
    lines += ["+++", ""]
    previous_kind = None
    for unit in body:
        text = (
            unit.text
            if unit.data.get("markdown")
            else escape_markdown(unit.text)
            if unit.data.get("brackets no markers")
            else convert_markers(unit.text, notes)
        )
        glossed = GLOSSED_HEADING.match(text) if unit.kind == "heading" else None
        if glossed and len(glossed.group("gloss").split()) >= GLOSS_MIN_WORDS:
            # "Northern Axis(Russian objective: Create …)": the heading, then its gloss as the section's first line
            lines += ["#" * unit.level + " " + glossed.group("head").rstrip(), "", f"({glossed.group('gloss').strip()})", ""]
        elif unit.kind == "heading":
            lines += ["#" * unit.level + " " + text, ""]
        elif unit.kind == "quote":
            if previous_kind == "quote":
                lines[-1:] = [">", "> " + text, ""]
            else:
                lines += ["> " + text, ""]
        elif unit.kind == "bullet":
            marker = f"{unit.data.get('number', 1)}." if unit.data.get("ordered") else "-"
            if previous_kind == "bullet":
                lines[-1:] = [f"{marker} {text}", ""]
            else:
                lines += [f"{marker} {text}", ""]
        elif unit.kind == "figure":
            lines += [":::{figure}"]
            if unit.data["credit"]:
                credit = unit.data["credit"] if unit.data.get("markdown") else escape_markdown(unit.data["credit"])
                lines += [f":credit: {credit}"]
            caption = unit.data["caption"] if unit.data.get("markdown") else convert_markers(unit.data["caption"], notes)
            lines += ["", caption or "(no caption)", ":::", ""]
        elif unit.kind == "editorial":
            lines += [":::{editorial}", text, ":::", ""]
        else:
            lines += [text, ""]
        previous_kind = unit.kind
    for key, note in notes.items():
        lines += [f"[^{key}]: {note.text if note.data.get('markdown') else escape_markdown(note.text)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def file_title(source_name: str) -> str:
    """A title made of a file name, for an export that has none: 'crs-report_2026.txt' gives 'Crs report 2026'."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source_name.rsplit("/", 1)[-1]) or "Untitled report"
    words = re.sub(r"[-_.\s]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Untitled report"


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


TITLE_SPELLING_REACH = 15  # units from the top where a title in capitals may be given again in the text's own case


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


def without_site_suffix(meta: Meta, inferred: list[str], page_text: str = "") -> None:
    """A page's title carries the site after the headline: '… why nobody believed them | Ukraine | The Guardian', '… must
    be stopped - BBC News'. The suffix (short segments after ' | ' or ' - ') goes where the headline has five words or more,
    or three or four where the page names the site again ('Negotiating with Putin's Russia - Atlantic Council' over 'The
    latest report in the Atlantic Council's Russia Tomorrow series …')."""
    title = meta.get("title", "")
    parts = re.split(r"\s+[|]\s+|\s+-\s+", title)
    if len(parts) < 2 or not all(1 <= len(part.split()) <= 3 for part in parts[1:]):
        return
    headline_words = len(parts[0].split())
    named_again = all(re.search(rf"\b{re.escape(part.strip())}\b", page_text) for part in parts[1:])
    if headline_words < 3 or (headline_words < 5 and not named_again):
        return
    meta["title"] = parts[0].strip()
    inferred.append(f"line {meta.get('title_line', 1)}: the site's name after the headline set aside ({title[len(parts[0]) :].strip()!r})")


def running_title(title: str, meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
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


def _without_title_block(body: list[Unit], meta: Meta, dropped: dict[str, list[str]]) -> list[Unit]:
    """The first page's title block, printed below its text, leaves the author's name and the title as headings."""
    names = {letters(n) for n in [meta["title"], *meta.get("authors", [])]}
    kept = []
    for unit in body:
        if unit.kind == "heading" and letters(unit.text) in names:
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
    r"^(?P<title>\S.{15,}?)\s+(?P<stamp>(?-i:[A-Z][\w&-]*\s+news,?\s+)?(?:updated|published|posted|last updated)\s*:?\s*"
    r"(?:on\s+)?[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b.{0,40})$",
    re.I,
)


HEADLINE_REST = re.compile(r"^[a-z][^.!?:;]{2,100}$")  # "the never-ending crisis": a headline's second line, under its colon


def headline_over_two_lines(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """A headline set over two lines, cut after its colon ('Food aid 2018:' / 'the never-ending crisis'): one line. The
    second opens in lower case, as no headline, standfirst or byline of its own does."""
    first = next((at for at, unit in enumerate(units[:HEADER_WINDOW]) if not furniture_kind(unit.text)), None)
    if first is None or first + 1 >= len(units):
        return units
    head, rest = units[first].text.strip(), units[first + 1].text.strip()
    if not head.endswith(":") or len(head) > 100 or not HEADLINE_REST.match(rest) or len(WORD.findall(rest)) > 12:
        return units
    joined = Unit(units[first].line, f"{head} {rest}", units[first].kind, data=dict(units[first].data))
    inferred.append(f"line {units[first].line}: {head!r} and {rest!r}, one headline set over two lines, read as one")
    return [*units[:first], joined, *units[first + 2 :]]


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


def without_title_mark(text: str, inferred: list[str]) -> str:
    """A text saved from a Markdown converter with its title alone marked ('# Harbour Fees Rise In 3 Ports', too few
    marks for the file to be read as Markdown): the title without its '# '."""
    lines = text.split("\n")
    first = next((at for at, line in enumerate(lines) if line.strip()), None)
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


def stamp_glued_to_headline(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """The headline's line ending on the page's section label and its 'Updated …' stamp: the headline, then a date line."""
    glued = GLUED_STAMP.match(units[0].text.strip()) if units else None
    if glued is None or find_line_date(glued.group("stamp")) is None:
        return units
    inferred.append(f"line {units[0].line}: {glued.group('stamp')!r}, run into the headline, read as its date line")
    headline = Unit(units[0].line, glued.group("title"), units[0].kind, data=dict(units[0].data))
    return [headline, Unit(units[0].line, glued.group("stamp"), data={"end": units[0].line, "last_line": glued.group("stamp")}), *units[1:]]


HEADLINE_AGAIN_REACH = 3  # furniture lines between the header and the headline given again


def import_text(text: str, source_name: str = "", slug: str | None = None) -> ImportResult:
    inferred: list[str] = []
    problems: list[Problem] = []
    dropped: dict[str, list[str]] = {}
    export = read_rst_export(unify_line_ends(text), source_name)
    if export is not None:
        inferred.append("reStructuredText read: underlined titles as headings, '[n]_' and '.. [n]' as notes, indented blocks as quotes")
    export = export or read_markdown_export(unify_line_ends(text), source_name)
    if export is not None:
        text = export.text
    else:
        text = with_tex_quotes_as_marks(without_title_mark(text, inferred), inferred)
    layout = read_layout(unify_line_ends(text).split("\n"))
    if export is not None:
        layout.double_spaced = False  # in Markdown and rST a blank line ends a paragraph, however the lines run
    units = split_units(text, dropped, layout)
    meta: Meta = {"file_title": file_title(source_name)}
    if export is not None:
        front_matter_meta(export, meta, inferred, problems)
        units = archive_header(markdown_units(units, inferred, dropped, export), meta, inferred, dropped)
    if not units:
        problems.append(Problem(1, "the export is empty"))
        return ImportResult("", slug or "untitled", inferred, problems)
    units = official_cover(labelled_story_header(read_envelope(units, meta, inferred), meta, inferred, dropped), meta, dropped)
    if export is None and (layout.width or layout.page_breaks) and not layout.title:
        units = pdf_cover_title(units, layout, meta, inferred, dropped)
    start = (
        _front_matter_header(units, meta, problems)
        if meta.get("title_basis", "").startswith(("the front matter", "the story's labelled header"))
        else None
    )
    if start is None:
        units = headline_over_two_lines(date_line_under_headline(stamp_glued_to_headline(units, inferred), inferred), inferred)
        start = parse_header(units, meta, inferred, problems, dropped)
        if export is not None:
            units = marked_standfirst(units, start, meta, inferred)
    if meta.get("title") and undoubled(meta["title"]) != meta["title"]:
        inferred.append(f"line {meta.get('title_line', 1)}: the title {meta['title']!r}, each of its lines given twice, read once")
        meta["title"] = undoubled(meta["title"])
    title = meta.get("title", "")
    if _in_capitals(title) and meta.get("title_basis", "").startswith("the headline"):
        spelled = next((u.text.strip() for u in units[:TITLE_SPELLING_REACH] if _folded(u.text) == _folded(title) and not _in_capitals(u.text)), "")
        if spelled:  # a cover's title in capitals, given again in the text's own case ('DEALING IN DOUBT' / 'Dealing in Doubt')
            meta["title"] = spelled
            inferred.append(f"line {meta.get('title_line', 1)}: the title in capitals written as the text spells it below: {spelled!r}")
    again = start
    while again < len(units) - 1 and again - start < HEADLINE_AGAIN_REACH and furniture_kind(units[again].text):
        again += 1  # a release's embargo line over the headline given again
    if again < len(units) - 1 and meta.get("title") and squash_spaces(units[again].text).casefold() == squash_spaces(meta["title"]).casefold():
        dropped.setdefault("the headline given again", []).append(units[again].text)  # under the site's labels and date line
        del units[again]
    elif again < len(units) - 1 and meta.get("standfirst") and squash_spaces(units[again].text) == squash_spaces(meta["standfirst"]):
        dropped.setdefault("the standfirst given again", []).append(units[again].text)  # under the byline, over the story
        del units[again]
    if layout.title:
        running_title(layout.title, meta, inferred, problems)
    if "date" not in meta and layout.running_date:
        meta["date"], meta["date_basis"] = date.fromisoformat(layout.running_date), "the date the pages' running heads print"
        problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
        inferred.append(f"dated {layout.running_date} from the date the pages' running heads print")
    without_site_suffix(meta, inferred, "\n".join(u.text for u in units if u.line != meta.get("title_line")))
    units = info_box(units, start, meta, inferred, problems, dropped)
    units = spaced_run_in_headings(units, start, inferred)
    if not layout.width:  # a PDF's lines break at its column's width, its page numbers and running heads between them
        units = links_on_lines_of_their_own(units, start, inferred)
    if not layout.footnotes:  # a page's footnotes between the two halves are read by their own rules (_cut_by_page)
        units = paragraphs_cut_mid_sentence(units, start, inferred)
    units = flattened_page(units, start, inferred, meta, problems, one_line="\n" not in text.strip())
    units = read_judgment(units, start, meta, inferred, problems)
    body, note_units = classify(units, start, meta, inferred, problems, dropped)
    plain_caption(body)
    if layout.title and meta.get("title") == layout.title:
        body[:] = _without_title_block(body, meta, dropped)
    if meta.get("lead_figure"):
        body.insert(0, meta.pop("lead_figure"))
    closing_bios(body, meta, inferred, problems)
    authors_section(body, meta, inferred, problems)
    contact_box(body, dropped)
    author_boxes(body, meta, inferred, dropped)
    if not layout.width and not layout.page_breaks:
        notes_after_author_box(body, note_units, meta, inferred)
    writer_note(body, meta, inferred, dropped)
    site_teasers(body, inferred, dropped)
    repeated_gallery_title(body, dropped)
    transcript_lines(body, inferred)
    assign_heading_levels(body, inferred)
    contents_heading_levels(body, inferred)
    if export is not None:
        markdown_figures(body)
        markdown_heading_levels(body)
    return finish_import(meta, body, note_units, source_name, slug, inferred, problems, dropped, units[start].line if start < len(units) else 1)


def _front_matter_header(units: list[Unit], meta: Meta, problems: list[Problem]) -> int:
    """The text starts under the front matter; the headline given again as its first line is not the text's."""
    start = 1 if units and re.sub(r"\s+", " ", units[0].text).strip() == meta["title"] else 0
    _fallbacks(units, start, meta, problems)
    return start


def finish_import(
    meta: Meta,
    body: list[Unit],
    note_units: list[Unit],
    source_name: str,
    slug: str | None,
    inferred: list[str],
    problems: list[Problem],
    dropped: dict[str, list[str]],
    body_line: int,
) -> ImportResult:
    """Check the notes, fill the front matter, render the Markdown and the summary a user checks it by."""
    reader_poll(body, dropped)
    expand_note_lists(body, {n.data["key"] for n in note_units}, inferred)
    tidy_notes(note_units, inferred)
    defined = check_notes(body, note_units, meta, problems)
    for unit in body:
        label = EDITORS_NOTE.match(unit.text) if unit.kind == "paragraph" else None
        if label and unit.text[label.end() :].strip():
            unit.kind, unit.text = "editorial", unit.text[label.end() :]
            inferred.append(f"line {unit.line}: an editors' note set apart from the report's text")
    meta["slug"] = slug or slugify(meta.get("title", "untitled")) or "untitled"
    # a line leading into a list ('This brief finds that:') introduces the report's points; it summarises nothing
    intro = next((u for u in body if u.kind == "paragraph" and not _lead_in_line(_plain(u))), None)
    if not meta.get("summary"):
        meta["summary"] = meta.get("standfirst") or (squash_spaces(_plain(intro)) if intro else "")
    meta["author_entries"] = split_author_note(meta.get("author_note", ""), meta.get("authors", []))
    for entry in meta["author_entries"]:
        if not entry.get("role") and meta.get("author_roles", {}).get(entry["name"]):
            entry["role"] = meta["author_roles"][entry["name"]]
    if meta.get("affiliation") and len(meta["author_entries"]) == 1 and not meta["author_entries"][0].get("role"):
        meta["author_entries"][0]["role"] = meta["affiliation"]  # "By Jane Doe" / "BBC News, Islamabad"
    if source_name:
        meta["source"] = source_name
    headings = [u for u in body if u.kind == "heading"]
    if all(u.kind == "heading" for u in body):
        where = (
            f"under the title (line {meta['title_line']})"
            if meta.get("title_line") and meta.get("title_basis", "").startswith("the headline")
            else "in it"
        )
        problems.append(
            Problem(body_line, f"the export has no text {where}: the report is its title alone; check that the whole page was copied or saved")
        )
    elif not headings:
        problems.append(Problem(body_line, "no section headings found; the report will be one page"))
    markers = sum(len(_cited_keys(u)) for u in body)
    note_problems = [p for p in problems if "note" in p.message]
    quotes = sum(1 for i, u in enumerate(body) if u.kind == "quote" and (i == 0 or body[i - 1].kind != "quote"))
    inferred[:0] = [
        f"series: {meta.get('series', '')!r} number {meta.get('number', '')!r}",
        f"tags: {', '.join(meta.get('tags', []))}",
        f"paragraphs: {sum(1 for u in body if u.kind == 'paragraph')}, quoted paragraphs: {sum(1 for u in body if u.kind == 'quote')}, "
        f"figures: {sum(1 for u in body if u.kind == 'figure')}, list items: {sum(1 for u in body if u.kind == 'bullet')}",
    ]
    summary = [
        f"title: {meta.get('title', '')!r} (from {meta.get('title_basis', 'the top')})",
        f"date: {meta['date'].isoformat()} (from {meta.get('date_basis', 'the top')})"
        if meta.get("date")
        else 'date: unknown (none found; written as date = "unknown")',
        "authors: " + ("; ".join(a["name"] + (f" ({a['role']})" if a.get("role") else "") for a in meta["author_entries"]) or "none found"),
        f"sections: {sum(1 for h in headings if h.level == 2)} top-level, {sum(1 for h in headings if h.level == 3)} sub-sections"
        + (": " + "; ".join(("  " if h.level == 3 else "") + _shorten(_plain(h), 60) for h in headings) if headings else ""),
        f"notes: {len(defined)} defined, {markers} markers, {len(note_problems)} problem(s)",
        f"block quotes: {quotes}",
        "dropped as page furniture: "
        + (
            "; ".join(
                f"{kind} ×{len(lines)} ({', '.join(repr(_shorten(line, 40)) for line in lines[:3])}{', …' if len(lines) > 3 else ''})"
                for kind, lines in sorted(dropped.items())
            )
            if dropped
            else "nothing"
        ),
    ]
    markdown = render_markdown(meta, body, dict(sorted(defined.items(), key=lambda item: note_sort_key(item[0]))))
    markdown, summary = markdown.replace(LITERAL_BRACKET, "["), [line.replace(LITERAL_BRACKET, "[") for line in summary]
    problems.sort(key=lambda p: p.line)
    return ImportResult(markdown, meta["slug"], inferred, problems, summary, dropped)


def _say_once(problems: list[Problem], start: str, consequence: str) -> None:
    """One problem line for one missing thing: the page reader's (with its line and where it looked) and what follows from it."""
    for index, problem in enumerate(problems):
        if problem.message.startswith(start):
            problems[index] = Problem(problem.line, f"{problem.message}; {consequence}")
            return
    problems.append(Problem(1, f"{start} in the page; {consequence}"))


def import_page(page: SavedPage, source_name: str = "", slug: str | None = None) -> ImportResult:
    """A saved web page (dossier.savedpage.SavedPage) as a report: its metadata, body units and notes."""
    meta = dict(page.meta)
    problems = list(page.problems)
    if not meta.get("title"):
        meta["title"] = file_title(source_name)
        problems.append(Problem(1, f"no title found in the page; titled {meta['title']!r} from the file name"))
        meta["title_basis"] = "the file name"
    meta.setdefault("title_basis", "the page's metadata")
    if not meta.get("date"):
        meta.pop("date", None)
        _say_once(problems, "no publication date found", 'the front matter says date = "unknown" (pages show "date unknown")')
    if not meta.get("authors"):
        _say_once(problems, "no author found", "the report has no authors")
    body = list(page.body)
    dropped = {k: list(v) for k, v in page.dropped.items()}
    readers_comments(body, dropped)
    return finish_import(meta, body, list(page.notes), source_name, slug, [], problems, dropped, body[0].line if body else 1)
