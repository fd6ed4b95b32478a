"""Classifying the body's units once the header is read: paragraphs, headings, quotes, figures, list items and
notes, and the page's lines that are none of these."""

from __future__ import annotations

import itertools
import re

from .appendices import appendix_lines
from .bylines import (
    _NAME,
    AUTHOR_LINE,
    CONTACT_DETAIL,
    KNOWN_SECTION_NAMES,
    _author_line,
    _bio_of,
    _body_byline,
    _capitals_byline,
    _is_date_line,
    _magazine_issue,
    _repeated_byline,
    author_label_block,
    byline_in_body,
    glued_byline_again,
    headline_again_with_byline,
    story_sentence,
)
from .captions import (
    BARE_ADDRESS,
    LABELLED_PHOTO_LINE,
    PHOTO_AGENCY,
    PHOTO_CREDIT_LABELS,
    _caption_above,
    caption_and_credit,
    caption_echoed,
    is_labelled_caption,
    is_photo_caption,
    labelled_credit_line,
    photo_credits,
    photo_page_captions,
    split_credit,
)
from .casestudies import _case_subhead, pseudonym_subheads, quotation_credits
from .copyrightnotice import NOTICE_KEY, mark_notice_lines
from .datelines import WIRE_AGENCY, city_alone, dateline_alone, opens_on_dateline
from .dates import find_line_date
from .embeddedposts import opens_embedded_post
from .exportlines import CREDIT_LINE
from .figurelabels import FIGURE_WORDS
from .flattened import _author_box
from .furniture import (
    COMMENTS_CLOSE,
    LINK_WORDS,
    NAMED_SPONSOR,
    NOTE_LINE_IN_NOTES,
    PROSE_SENTENCE,
    RELEASE_HEAD_FURNITURE,
    appeal_box,
    contents_lists,
    furniture_kind,
    hashtag_line,
    numbered_comments,
    pull_quotes,
    related_rail,
    signup_box_heading,
    site_lists_after_story,
    site_tag_line,
    spaced_tags_in_runs,
    story_end,
    timed_comments,
)
from .headings import (
    BULLET,
    CLASSIFICATION_MARK,
    CREDITS_LINE,
    PLACE_DATE_LINE,
    _finished,
    _mentions_author,
    _numbered_lead_in,
    attributed_subheads,
    dashed_subheads,
    garbled_capitals_heading,
    headlines_over_box_bylines,
    in_capitals,
    indirect_question_subheads,
    is_quoted_passage,
    link_text_lines,
    long_subheads,
    looks_like_heading,
    numbered_subheads,
    question_subheads,
    quoted_subheads,
    single_quoted_subheads,
)
from .importmeta import CAPTION, HEADER_FIELD
from .importnotes import (
    AUTHOR_NOTE,
    NOTE_LINE,
    NUMBERED_ITEM,
    VIDEO_LEFTOVER,
    _cut_by_page,
    _footnote_pages,
    _rest_is_notes,
    _site_items_after_notes,
    closing_endnote_list,
    closing_footnotes,
    glued_footnote_numbers,
    glued_note_markers,
    note_markers,
    note_under_its_paragraph,
    page_footnotes,
    site_heading_after_notes,
)
from .importunits import (
    MARKUP_BLOCK_KEY,
    NOTES_HEADING,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SIGNATORY_KEY,
    TERMINAL,
    Meta,
    Problem,
    Unit,
    is_title_case,
    listed_tags,
)
from .markdownexport import without_tool_labels
from .postheadlines import post_headlines, stopped_headlines_over_datelines
from .pulllines import CRUMBS_MAX, bare_date_line, breadcrumb_link, pull_lines
from .referencelists import reference_list_entries
from .releaseissuer import MASTHEAD_KEY, TITLE_CASE_LABEL
from .reportcover import back_cover
from .reposts import portal_source_line, repost_credit, source_address, source_outlet
from .runningquotes import lines_of_open_quotation
from .storytail import UPSELL_BOX, closing_prompts, news_page_tail, writer_tagline
from .symbolnotes import SymbolCites, closing_notes_from, in_bulleted_list
from .teaserbox import doubled_teaser_boxes
from .unmarkedheading import lone_unmarked_heading
from .videoteasers import video_teasers

# a story's update note: "UPDATES:" over "2:58 p.m.: This article was updated to add …", "This article was originally published at …"
UPDATE_LABEL = re.compile(r"^updates?\s*:?$", re.I)
UPDATE_LINE = re.compile(
    r"^(?:\\?\*)?\s*"  # a magazine's asterisk opening the note under the text: '*An earlier version of this story …'
    r"(?:\d{1,2}:\d\d\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?\s*:\s*|(?:updated?|correction)\s*[:,—–-]\s*)?"
    r"(?:this (?:article|story|post|report|piece) (?:was|has been) (?:updated|originally published|corrected|amended|changed)\b"
    r"|an earlier version of this (?:article|story|post|report|piece)\b)",
    re.I,
)
# the print issue it ran in: '*This article appears in the May 4 issue of …', a note only with its asterisk or closing the
# story (mid-story, 'This story ran in the morning edition …, and by noon …' is the story's own sentence)
PRINT_ISSUE_NOTE = re.compile(
    r"^(?P<star>\\?\*)?\s*this (?:article|story|piece|feature|essay) (?:appears|appeared|ran) in the .{1,80}\b(?:issue|edition)\b", re.I
)
NOTE_ASTERISK = re.compile(r"^\\?\*\s*")
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
    rf"(?:{WIRE_AGENCY}|Associated Press|Anadolu Agency|PA Media|Press Association|RIA Novosti|Europa Press|Prensa Latina|"
    r"Notimex|Belga)"
    rf"|{_AGENCY_WORDS}\s+(?:News(?:\s+Agency|\s+Service)?|Newswires?|Wire(?:\s+Service)?|Press(?:\s+Agency)?)"
    rf"|(?:Agence|Agencia|Agenzia|Agência)\s+{_AGENCY_WORDS}|Press\s+Trust\s+of\s+{_AGENCY_WORDS}"
)


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


# an author's bio: her name, then what she is or does ('Ines Varga is a senior fellow …', 'Dr Tomas Eyre directs …')
AUTHOR_BIO = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},?\s+"
    r"(?:is|was|has|serves|works|leads|directs|joined|holds|teaches|writes|studies|researches|heads|chairs|covers)\b"
)


def _hashtags_tail(units: list[Unit]) -> int:
    """Where the run of hashtag lines closing the text begins (len(units) where none closes it): found once, so a text of
    many lines ending in a colon is read in linear time, each asking only whether the lines below it all lie in that run."""
    position = len(units)
    while position > 0 and hashtag_line(units[position - 1].text):
        position -= 1
    return position


def _print_issue_note(units: list[Unit], position: int, skipped: dict[int, str]) -> bool:
    """The line naming the print issue the story ran in, starred or with nothing of the story after it."""
    match = PRINT_ISSUE_NOTE.match(units[position].text)
    if match is None:
        return False
    return bool(match.group("star")) or all(
        later in skipped or furniture_kind(u.text) or UPDATE_LINE.match(u.text) or PRINT_ISSUE_NOTE.match(u.text)
        for later, u in enumerate(units[position + 1 :], position + 1)
    )


def classify(
    units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]] | None = None
) -> tuple[list[Unit], list[Unit]]:
    """Sort the units after the header into body units and note definitions."""
    dropped = dropped if dropped is not None else {}
    body: list[Unit] = []
    notes: list[Unit] = []
    in_notes = False
    after_site_heading = False  # a site's heading after the notes list ('Related articles') was read: the rest is the site's
    appeal = appeal_box(units, start)
    end = story_end(units, start)
    site_lines = set(appeal) | (set(range(end, len(units))) if end is not None else set())  # the site's, whatever they say
    skipped = contents_lists(units, start) | pull_quotes(units, start) | appeal | site_lists_after_story(units, start, site_lines)
    skipped |= signup_box_heading(units, start) | related_rail(units, start)
    skipped |= numbered_comments(units, start) | timed_comments(units, start) | doubled_teaser_boxes(units, start)
    skipped = news_page_tail(units, start) | video_teasers(units, start) | skipped  # the kinds other rules named stay theirs
    skipped = closing_prompts(units, start, skipped) | skipped
    skipped = dict.fromkeys((at for at in spaced_tags_in_runs([u.text for u in units]) if at >= start), "hashtags") | skipped
    hashtags_from = _hashtags_tail(units)
    tagline = writer_tagline(units, start, meta.get("authors", []))
    if tagline is not None:
        at, words, tail = tagline
        meta.setdefault("author_note", words)
        skipped[at] = "the writer's tagline (the author's note)"
        if tail is not None:
            skipped.update({position: "site's other stories after the writer's tagline" for position in range(tail, len(units))})
            inferred.append(
                f"line {units[tail].line}: the site's other stories under the writer's tagline; the {len(units) - tail} lines from it are the site's"
            )
    if end is not None:
        closing = "comments box" if COMMENTS_CLOSE.match(units[end].text.strip()) else "share bar"
        closing = closing if closing == "comments box" or furniture_kind(units[end].text) == "share bar" else "appeal and related stories"
        closing = "next-story button" if furniture_kind(units[end].text) == "next-story button" else closing
        kind = "page furniture after the story's share bar" if closing != "appeal and related stories" else "site's appeal and related stories"
        kind = "site's other stories after its next-story button" if closing == "next-story button" else kind
        skipped.update({position: kind for position in range(end, len(units))})
        inferred.append(f"line {units[end].line}: the story ends at its {closing}; the {len(units) - end} lines after it are the site's")
    footnotes = page_footnotes(units, start)
    footnotes_read, footnotes_said_at = 0, len(inferred)
    # a report's lettered subheads, '(a) Inadequate Systems' … '(c) Loan Fraud': there its '(c)' line is the third, no copyright line
    lettered = bool({m.group("letter") for u in units[start:] if (m := LETTERED_LINE.match(u.text.strip()))} - {"c"})
    third_items = _third_lettered_items(units, start)
    labels = capitals_labels(units[start:])
    crumbs = 0  # under a lone 'Home' at the top: how many of the breadcrumb's other links (a line each) may follow
    after_footnotes = False
    symbol_cites, texts = SymbolCites(), [u.text for u in units]
    symbol_notes_close = closing_notes_from(texts)
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
        if unit.data.get("code"):  # a Markdown export's fenced code block, kept as it is
            unit.kind = "code"
            body.append(unit)
            continue
        if unit.data.get("md_note"):  # a Markdown export's '[^5]: …', wherever it stands
            unit.kind, unit.data["key"] = "note", unit.data["md_note"]
            notes.append(unit)
            continue
        if NOTES_HEADING.match(text.strip()) and next_unit is not None and next_unit.data.get("md_note"):
            dropped.setdefault("notes heading (the site makes its own notes list)", []).append(text)
            continue
        # a '## Contents' heading over its list goes with it, and an upsell box's heading with the box
        if unit.data.get("heading") and skipped.get(position) not in ("contents list", UPSELL_BOX):
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
        over_list = next_unit is not None and next_unit.text.lstrip().startswith(LIST_MARKS)  # 'Key Points' over its items
        if crumbs and breadcrumb_link(text) and not over_list and not _story_begun(body):  # 'Home' / 'Tunisie' / 'Blogs' over the headline
            crumbs -= 1
            dropped.setdefault("breadcrumb", []).append(text)
            continue
        crumbs = 0
        site_heading = site_heading_after_notes(text) if (in_notes and notes) or after_site_heading else None
        bio = list(itertools.takewhile(lambda u: story_sentence(u.text), units[position + 1 : end])) if site_heading == "author" else []
        if site_heading == "author" and not (bio and AUTHOR_BIO.match(bio[0].text.strip())):
            site_heading = None  # 'ABOUT THE AUTHORS' over a paragraph that is no one's bio: the report's own section
        if site_heading == "author":  # 'About the author' after the notes: her paragraphs are the author's note
            in_notes, after_site_heading = False, False
            if not meta.get("author_note"):
                meta["author_note"] = " ".join(u.text.strip() for u in bio)
                inferred.append(f"line {unit.line}: {text.strip()!r} after the notes: the author's note, no section")
            else:  # the author's note was given above: this box says it again
                dropped.setdefault("the author's box after the notes", []).extend(u.text for u in bio)
            dropped.setdefault("the author's box heading after the notes", []).append(text)
            position += len(bio)
            continue
        if site_heading == "site" or after_site_heading:  # 'Related articles', 'Keep reading', the site map: the site's, to the end
            in_notes, after_site_heading = False, True
            dropped.setdefault("site's items after the notes", []).append(text)
            continue
        if position - start <= 2 and "standfirst" not in meta and all(u.kind == "paragraph" for u in body) and _subjectless_deck(text):
            meta["standfirst"] = text.strip()
            inferred.append(f"line {unit.line}: {text.strip()!r}, a line under the headline that opens on its verb, read as the standfirst")
            continue
        if notes and in_capitals(text) and len(text) <= 80 and text[-1:] not in TERMINAL:
            rest = _site_items_after_notes(units, position, end)
            if rest:
                dropped.setdefault("site's items after the notes", []).extend(units[i].text for i in rest)
                skipped.update({i: "site's items after the notes" for i in rest[1:]})
                continue
        if position in footnotes:
            for index, (key, note_text) in enumerate(footnotes[position]):  # a page's notes run together on one line: one each
                read = unit if index == 0 else Unit(unit.line, note_text, data=dict(unit.data))
                read.kind, read.data["key"], read.text = "note", key, note_text
                notes.append(read)
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
        if next_unit is not None and dateline_alone(text) and next_unit.text[:1].isupper() and not _story_begun(body):
            next_unit.text = text.strip() + " " + next_unit.text  # 'HARBOURTON, Calif. (KXYZ) --' over the story's first paragraph
            inferred.append(f"line {unit.line}: {text.strip()!r} read as the story's dateline, not a heading")
            continue
        if (
            next_unit is not None
            and not body
            and city_alone(text, next_unit.text)
            and story_sentence(next_unit.text)
            and next_unit.text[:1].isupper()
        ):
            next_unit.text = text.strip() + " " + next_unit.text  # 'NAIROBI —' alone over the story's first paragraph, under the byline
            inferred.append(f"line {unit.line}: {text.strip()!r} read as the story's dateline, not a heading")
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
        writers = headline_again_with_byline(text, meta)
        if writers and not _story_begun(body):  # '<title> Written by : Jane Roe' under the site's menus
            meta["authors"] = meta.get("authors") or writers
            dropped.setdefault("the headline given again with its byline", []).append(text)
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: the headline given again with the byline run onto it: by {', '.join(writers)}")
            continue
        used = author_label_block([u.text for u in units[position : position + 9]], meta) if _byline_may_follow(meta, body, position - start) else 0
        if used:  # 'Author' / 'JANE ROE' / 'Head of Experiments, Harbour Lab' under the date line
            dropped.setdefault("author block", []).extend(u.text for u in units[position : position + used])
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: the author block under {text.strip()!r} read as the byline")
            position += used - 1
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
        if position <= start + 8 and (_repeated_byline(text, meta) or glued_byline_again(text, meta)):
            dropped.setdefault("byline", []).append(text)
            continue
        if (
            next_unit is not None
            and len(text) <= 60
            and re.fullmatch(_NAME, text)
            and _bio_of(text, next_unit.text)
            and not _case_subhead(text, units, position)
        ):
            dropped.setdefault("author's name above the note about the author", []).append(text)
            continue
        keywords = KEYWORDS_LINE.match(text)
        if keywords:
            listed = keywords.group("list") or (next_unit.text if next_unit is not None and not keywords.group("list") else "")
            if listed and "," in listed and len(listed) <= 300 and listed[-1:] not in TERMINAL:
                meta.setdefault("tags", listed_tags(listed))
                dropped.setdefault("keywords", []).append(text if keywords.group("list") else f"{text} {listed}")
                position += 0 if keywords.group("list") else 1
                continue
            if listed and not keywords.group("list") and _glued_tags(text, listed):
                dropped.setdefault("topic tags", []).append(f"{text} {listed}")  # their words run together: no tags read
                position += 1
                continue
        if in_notes is False and HEADER_FIELD.match(text) and body == [] and position <= start + 2:
            dropped.setdefault("header field", []).append(text)
            continue
        if REPORTING_FROM.match(text) and position <= start + 3:
            meta.setdefault("affiliation", text.strip())  # BBC's "International editor, Reporting from Kyiv" under the byline
            dropped.setdefault("byline's role and place", []).append(text)
            continue
        video = VIDEO_LEFTOVER.match(text)
        if video and not furniture_kind(text):  # 'To view … our other newsletters, click here': a sign-up prompt, no video
            what = video.group("what").strip()
            what = re.sub(r"^(?:a|the)\s+video\s+(?:of\s+)?", "", what, flags=re.I)
            unit.kind, unit.text = "editorial", f"Video not included in this edition: {what}."
            inferred.append(f"line {unit.line}: embedded video placeholder turned into an editorial note")
            body.append(unit)
            continue
        if UPDATE_LABEL.match(text) and next_unit is not None and UPDATE_LINE.match(next_unit.text):
            dropped.setdefault("update label", []).append(text)
            continue
        if next_unit is not None and byline_in_body(text):
            opening = not _story_begun(body) or (position <= start + 8 and sum(u.kind == "paragraph" for u in body) <= 1)
            if not meta.get("authors") and opening:  # under the top's menus or the lead photo's caption
                meta["authors"] = byline_in_body(text)
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
        if portal_source_line(unit.text) is not None and not _story_begun(body) and _portal_source(unit, meta, inferred, problems):
            body.append(unit)
            continue
        credit = repost_credit(text)
        if credit is None and (address := source_address(text)):  # the cheap test first: most lines are no 'Source : https://…'
            at_the_end = any(u.kind == "paragraph" for u in body) and all(furniture_kind(u.text) for u in units[position + 1 :])
            credit = address if at_the_end else None  # closing a copied release: where it was taken from, no figure
        if (
            credit is None
            and (outlet := source_outlet(text))
            and body
            and body[-1].kind == "paragraph"
            and body[-1].text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE
        ):
            at_the_end = all(later in skipped or furniture_kind(u.text) for later, u in enumerate(units[position + 1 :], position + 1))
            credit = outlet if at_the_end else None  # 'Source: Harbour Schools' closing a repost: its outlet, no figure's credit
        if credit:
            unit.kind, unit.text = "editorial", credit  # the publisher the story was taken from: set apart, never its text
            unit.data["markdown"] = True
            body.append(unit)
            inferred.append(f"line {unit.line}: the repost's credit to the original publisher set apart as an editors' note")
            continue
        if not body and _occasion_line(text.strip()):
            occasion = [text.strip()]
            if next_unit is not None and text.strip()[-1:] not in TERMINAL and _occasion_place(next_unit.text.strip()):
                occasion.append(next_unit.text.strip())  # its place on the wrapped line under it ('Town Hall - Harbourton')
                position += 1
            unit.kind, unit.text = "editorial", ", ".join(occasion)  # the paper's occasion: set apart, no section's heading
            body.append(unit)
            inferred.append(f"line {unit.line}: {occasion[0][:60]!r}, the occasion the paper was given at, set apart as an editors' note")
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
        if (UPDATE_LINE.match(text) or _print_issue_note(units, position, skipped)) and len(text) <= 400:
            unit.kind, unit.text = "editorial", NOTE_ASTERISK.sub("", text)
            body.append(unit)
            inferred.append(f"line {unit.line}: the story's update note set apart from its text")
            continue
        kind = "copyright line" if unit.data.get(NOTICE_KEY) else furniture_kind(text)
        if kind == "release masthead" and TITLE_CASE_LABEL.match(text.strip()) and not unit.data.get(MASTHEAD_KEY):
            kind = ""  # 'Draft Press Release' under the text's prose: a heading
        if kind == "page button" and next_unit is not None and next_unit.text.lstrip().startswith(text.strip() + " "):
            kind = ""  # a heading 'Go' over 'Go is played on a grid …': the paragraph speaks of it; a search box's 'Go' is left alone
        if kind in RELEASE_HEAD_FURNITURE and any(u.kind == "paragraph" for u in body):
            kind = ""  # a letterhead's or a distribution line's shape under the text's first paragraph: a contacts list's line, a heading
        if (
            kind == "partner credit"
            and NAMED_SPONSOR.match(text.strip())
            and any(u.kind == "paragraph" and PROSE_SENTENCE.match(u.text.strip()) for u in body)
            and next_unit is not None
            and PROSE_SENTENCE.match(next_unit.text.strip())
        ):
            kind = ""  # 'Sponsored by the State' between the text's prose: a section's heading; a sponsor's credit heads or closes a page
        if kind == "cover's publisher line" and any(u.kind == "paragraph" and PROSE_SENTENCE.match(u.text.strip()) for u in body):
            kind = ""  # 'Working in Partnership with Local Councils' under the text's prose: a heading, past the cover
        if kind == "copyright line" and lettered and LETTERED_LINE.match(text.strip()) and (not YEAR.search(text) or position in third_items):
            kind = ""  # with a year too where it follows the list's '(b)': '(c) Report of the Auditor-General … for 2008-09.'
        if kind == "topic tags" and unit.data.get(SIGNATORY_KEY):
            kind = ""  # 'Jane Roe Case Worker Harbour Aid': a signatory's name and post, words in capitals like a tag line's

        if not kind and len(text) <= 40 and text.rstrip().endswith(":") and position + 1 < len(units):
            kind = "hashtags" if position + 1 >= hashtags_from else ""  # 'TEG FOUNDER:' over the tags that end the file
        if not kind and next_unit is None and _closing_link_word(text, body):
            kind = "link text closing the text"  # 'Source': an archive's permalink kept as its words, no section
        if kind == "copyright line":
            mark_notice_lines(units, position)  # its notice cut over the lines under it ('… All rights' / 'reserved. …')
        if (
            kind == "photo credit"
            and len(body) == 1
            and body[0] is units[position - 1]
            and _caption_above(body[0])
            and caption_echoed(body[0].text, [u.text for u in units[position + 1 :]])
        ):
            body[0].kind, body[0].data["caption"], body[0].data["credit"] = "figure", body[0].text.strip(), text.strip()
            continue  # 'Picture: Jane Roe' under the lead photo's one-sentence caption, over the story: the photo, no paragraph of
            # it; the caption says again what the story says below, where the story's one-sentence first paragraph does not
        if kind:
            dropped.setdefault(kind, []).append(text)
            crumbs = CRUMBS_MAX if kind == "navigation" and text.strip().casefold() == "home" and not _story_begun(body) else 0
            continue
        if REDACTION_LABEL.match(text.strip()):
            unit.kind, unit.text = "editorial", f"Redacted: {text.strip()}."  # the label a released document prints in the blacked-out box
            body.append(unit)
            continue
        if NOTES_HEADING.match(text) and next_unit is not None and NOTE_LINE_IN_NOTES.match(next_unit.text):
            in_notes = True
            continue
        placed = None if in_notes else note_under_its_paragraph(units, position, start)
        if placed:  # '[1] Source: …' under the paragraph citing it, the text going on below
            unit.kind, unit.data["key"], unit.text = "note", placed[0], placed[1]
            notes.append(unit)
            if placed[2]:
                body.append(Unit(unit.line, placed[2], "figure", data={"caption": placed[2], "credit": ""}))
            inferred.append(f"line {unit.line}: note {placed[0]} set under the paragraph citing it read as its definition")
            continue
        if in_notes and notes and back_cover(units, position, notes[-1].data["key"]):  # '12 Harbour Road …' / 'Ph. : +44 …'
            dropped.setdefault("publisher's address on the back cover", []).append(text)
            skipped.update({i: "publisher's address on the back cover" for i in range(position + 1, len(units))})
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
        listed = in_bulleted_list(texts, position)
        symbol = None if listed else symbol_cites.take_note(text, body, closes_text=position >= symbol_notes_close)
        if symbol:  # '* Figures from the 2019 survey.' under '… said so.*'
            unit.kind, unit.data["key"], unit.text = "note", *symbol
            notes.append(unit)
            inferred.append(f"line {unit.line}: the paragraph opening on {symbol[0]!r}, which the text cites, read as note {symbol[0]}")
            continue
        if (
            in_notes
            and notes
            and in_capitals(text)
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
            if _sign_off(text, next_unit, body[-1] if body else None, units[position + 1 :])
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
        if _credit_under_quotation(text, body[-1] if body else None, next_unit):
            unit.kind = "paragraph"  # '– Ines Reyes, mother.': who said the quotation above, no list's item
            body.append(unit)
            continue
        if position == start and next_unit is not None and _word_of_one_letter(text, next_unit):
            next_unit.text = f"{text.strip()} {next_unit.text.lstrip()}"  # 'A' / 'Harbourton man has been named …': one sentence
            inferred.append(f"line {unit.line}: {text.strip()!r} alone over the first paragraph read as its first word")
            continue
        if position == start and _lost_drop_cap(text, next_unit):
            dropped.setdefault("a drop cap whose word was lost", []).append(text)
            continue
        if next_unit is not None and split_credit(text, next_unit.text, body[-1] if body else None):
            unit.text = f"{text.strip()} {next_unit.text.strip()}"  # 'Source:' / 'Supplied': one credit, no heading under it
            unit.kind, unit.data["caption"], unit.data["credit"], unit.data["split credit"] = "figure", "", unit.text, True
            body.append(unit)
            position += 1
            continue
        if not unit.data.get("paragraph") and _lone_picture_credit(units, position):
            unit.kind, unit.data["caption"], unit.data["credit"] = "figure", "", text.strip()
            body.append(unit)
            continue
        unit.kind = "paragraph" if unit.data.get("paragraph") else _classify_body_unit(text, next_unit)
        if unit.kind == "heading" and unit.data.get("md_marked_headings"):
            unit.kind = "paragraph"  # a Markdown export that marks its headings with '#': an unmarked line is none
        if unit.kind == "heading" and position > start and _signup_box_pitch(units[position - 1].text.strip(), text):
            unit.kind = "paragraph"  # 'SUBSCRIBE TO HARBOUR NOTES' / 'Send us a blank email at …': the box's pitch, no section
        if unit.kind == "heading" and opens_embedded_post(units, position):
            unit.kind = "paragraph"  # 'Board resolves to:' over the post's next line and its '— Board (@board) …' signature
        unit.kind = "quote" if unit.data.get("indented quote") and unit.kind == "paragraph" else unit.kind
        if unit.kind == "quote" and unit.data.get(MARKUP_BLOCK_KEY) and not unit.data.get("md_quote"):
            unit.kind = "paragraph"  # in quotation marks, with no '>': the export's paragraph quoting someone, no block quote
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
        if unit.kind == "paragraph":
            quoted_lines = lines_of_open_quotation(units, position)
            for inside in quoted_lines:
                units[inside].data["paragraph"] = True
            if quoted_lines:
                inferred.append(
                    f"line {unit.line}: the {len(quoted_lines)} lines under it that the quotation it opens runs over read as its lines, no headings"
                )
    closing_endnote_list(body, notes, inferred)
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
    single_quoted_subheads(body, inferred)
    pseudonym_subheads(body, inferred)
    quotation_credits(body, inferred)
    attributed_subheads(body, inferred)
    question_subheads(body, inferred)
    indirect_question_subheads(body, inferred)
    dashed_subheads(body, inferred)
    body[:] = photo_credits(body, inferred)
    photo_page_captions(body, inferred)
    headlines_over_box_bylines(body, inferred)
    long_subheads(body, inferred)
    post_headlines(body, inferred)
    stopped_headlines_over_datelines(body, inferred)
    pull_lines(body, inferred, dropped)
    live_entry_stamps(body, inferred)
    stamped_live_entries(body, inferred)
    lettered_lists(body, inferred)
    link_lists(body, inferred)
    numbered_lists(body)
    colon_lists(body, inferred)
    list_lead_ins(body, inferred)
    body[:] = slider_labels(body, dropped)
    site_tag_line(body, dropped)
    _date_line_headings(body, meta, problems, dropped)
    lone_unmarked_heading(body, inferred)
    reference_list_entries(body, inferred)
    appendix_lines(body, inferred)
    without_tool_labels(body, dropped)
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
# or the day first and the place it was issued in ('14 MAY 2019 NORTHPORT', a minister's release): a dated heading of a
# timeline reads so too ('3 MARCH 2020 FIRST CLOSURE'), so only closing the text, no paragraph of its prose under it
DAY_FIRST_SIGN_OFF = re.compile(rf"^(?=.{{8,90}}$){_CAPS_DAY},?\s+[A-Z][A-Z’'.-]*(?:\s+[A-Z][A-Z’'.-]*){{0,2}}$")
CLOSING_REACH = 6  # units from the end where the day-first sign-off stands: over the contacts, the end mark
ISSUER_LINE = re.compile(rf"^(?=.{{3,70}}$){_ISSUER}$")  # the sign-off on two lines: 'MINISTRY OF FOREIGN AFFAIRS SINGAPORE' / '5 MAY 2020'
CAPS_DAY_LINE = re.compile(rf"^{_CAPS_DAY}$")


def _closing_link_word(text: str, body: list[Unit]) -> bool:
    """A link's word alone on the text's last line, right under a paragraph of prose: the words of a link closing the page
    (an archive's 'Source', 'Permalink', 'Original'), which heads nothing; never a signature under a sign-off ('Yours,')."""
    return text.strip().casefold() in LINK_WORDS and bool(body) and body[-1].kind == "paragraph" and body[-1].text.rstrip()[-1:] not in ",:"


def _sign_off(text: str, next_unit: Unit | None, last: Unit | None, rest: list[Unit]) -> bool:
    """The issuer's name and the day in capitals, on one line or on two, or the day and the place closing the text
    (`rest`: the units under the line)."""
    text = text.strip()
    if SIGN_OFF.match(text):
        return True
    if DAY_FIRST_SIGN_OFF.match(text):
        return len(rest) < CLOSING_REACH and not any(PROSE_SENTENCE.match(u.text.strip()) for u in rest)
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


def _portal_source(unit: Unit, meta: Meta, inferred: list[str], problems: list[Problem]) -> bool:
    """A reposting portal's 'Source:  APP Published in Education on Friday, March 18, 2016' over the item: the agency's
    credit set apart as the editors' note (no figure's credit), and the day it gives the report's date line."""
    found = portal_source_line(unit.text)
    if found is None:
        return False
    outlet, day = found
    dated = find_line_date(re.sub(r"^[A-Z][a-z]+day,?\s+", "", day))
    unit.kind, unit.text = "editorial", f"Source: {outlet}."
    inferred.append(f"line {unit.line}: the portal's source line: the agency's credit set apart, the date its day")
    if dated is not None and dated[1].start() == 0 and meta.get("date") in (None, dated[0]):
        meta["date"], meta["date_basis"] = dated[0], f"the portal's source and date line, line {unit.line}"
        problems[:] = [p for p in problems if not p.message.startswith(("no publication date found", "no date line at the top"))]
    return True


def _date_line_headings(body: list[Unit], meta: Meta, problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """A date alone on its line read as a heading over the story ('AUGUST 10, 2021', '9 mai 2022'): the page's date line,
    no section; the report's date where none was read. So is one opening the text as a paragraph (an export whose marked
    headings make no unmarked line one) where it gives the report's own day. A date heading after the story has begun (a
    digest's day) stays."""
    for index, unit in enumerate(body):
        heading = unit.kind == "heading" and not unit.data.get("heading")
        if (heading or (index == 0 and unit.kind == "paragraph" and _the_reports_day(unit.text, meta))) and bare_date_line(unit.text):
            dropped.setdefault("date line over the story", []).append(unit.text)
            day = find_line_date(unit.text.strip())
            if "date" not in meta and day is not None:
                meta["date"], meta["date_basis"] = day[0], f"the date line over the story, line {unit.line}"
                problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
            del body[index]
            return
        if unit.kind == "paragraph" and len(unit.text) >= 200:  # the story has begun: what follows is its own
            return


def _the_reports_day(text: str, meta: Meta) -> bool:
    day = find_line_date(text.strip())
    return day is not None and day[0] == meta.get("date")


AUTHOR_BLOCK_REACH = 30  # units under the header where a blog's author block may stand, under the site's menus too


def _byline_may_follow(meta: Meta, body: list[Unit], offset: int) -> bool:
    """Near the top, no byline read yet, the story not begun."""
    return offset <= AUTHOR_BLOCK_REACH and not meta.get("authors") and not _story_begun(body)


LIST_MARKS = ("- ", "• ", "* ", "– ")  # a list's items, a line each


# the occasion a paper or an address was given at, over its text: 'Paper presented at the Harbour Forum, 4 May 2020',
# 'Address delivered to the Coastal Council', 'A lecture given at …'
OCCASION_LINE = re.compile(
    r"^(?:an?\s+)?(?:paper|address|speech|lecture|presentation|keynote(?:\s+address)?|remarks|talk|submission)\s+"
    r"(?:presented|delivered|given|prepared|made|read)\s+(?:at|to|for|before)\s+\S.{0,200}$",
    re.I,
)
OCCASION_PLACE_WORDS = 8  # the occasion's place on a wrapped line of its own: a hall, a town, a date
OCCASION_WORDS = 25  # an occasion line; a story's opening sentence about a speech runs longer
OCCASION_STOPPED_WORDS = 12  # an occasion line closed by a stop ('Address delivered to the council.'); longer, a sentence


def _occasion_line(text: str) -> bool:
    """The occasion a paper was given at, no sentence of the story's ('A speech given at the town hall in 1911 by the
    mayor became the town's rallying cry.'): short, and shorter still when a stop closes it."""
    words = len(text.split())
    return OCCASION_LINE.match(text) is not None and words <= OCCASION_WORDS and (text[-1:] not in TERMINAL or words <= OCCASION_STOPPED_WORDS)


def _occasion_place(text: str) -> bool:
    """The occasion line's wrapped place ('Town Hall - Harbourton', 'University of Velden, 4 May 2020'): a few capitalised
    words, no stop, no sentence; a comma or a dash in it when it has three words or more, which a section's title under
    the occasion ('The Harbour Wars') has not."""
    words = text.split()
    return (
        0 < len(words) <= OCCASION_PLACE_WORDS
        and text[-1:] not in TERMINAL + ":"
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and (len(words) <= 2 or re.search(r"[,–—-]", text) is not None)
    )


def _signup_box_pitch(above: str, text: str) -> bool:
    """The pitch of a newsletter's sign-up box under its heading in capitals ('SUBSCRIBE TO HARBOUR NOTES' / 'Send us a
    blank email at …'): it asks for an e-mail; a section's heading under a sign-up prompt in the story is none."""
    return SIGNUP_BOX_HEADING.match(above) is not None and above.isupper() and SIGNUP_PITCH.search(text) is not None


SIGNUP_BOX_HEADING = re.compile(r"^(?:subscribe|sign\s+up)\b", re.I)
SIGNUP_PITCH = re.compile(r"@|\be-?mail\b", re.I)


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


def _outlet_over_dateline(text: str, next_unit: Unit) -> bool:
    """A broadcaster's or an agency's initials on a line of their own over the story's first paragraph, which opens on its
    dateline ('CNN-IBN' / 'New Delhi: In a major setback …'): the outlet's credit, no section."""
    return OUTLET_INITIALS.match(text.strip()) is not None and opens_on_dateline(next_unit.text) and len(next_unit.text) >= 100


def _box_items(units: list[Unit], start: int) -> list[int]:
    """The short lines of a highlights box ('Highlights' / three one-line points): two to six of them, none a label."""
    items = []
    for position in range(start, min(start + BOX_ITEMS_MAX + 1, len(units))):
        text = units[position].text.strip()
        if len(text.split()) > BOX_ITEM_WORDS or text.endswith(":") or units[position].data.get("heading"):
            break
        items.append(position)
    return items if len(items) <= BOX_ITEMS_MAX else []


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


LIST_BREAK_MAX = 3  # units of prose (a quotation, a lead-in's block, a figure) a numbered list goes on past; its sub-items not counted


def _list_goes_on(body: list[Unit], start: int, number: int) -> tuple[int, re.Match[str]] | None:
    """Where a numbered list that stopped at `number` - 1 before `start` goes on: the paragraph numbered `number` after
    a quotation, a figure or a point's own bullets set between two of its items ('14. As the Minister said:' / the
    quotation / '15. Thus, …'), never past a heading (a new section numbers its own points)."""
    breaks = 0
    for position in range(start, len(body)):
        unit = body[position]
        match = NUMBERED_ITEM.match(unit.text) if unit.kind == "paragraph" else None
        if match:
            return (position, match) if int(match.group("number")) == number else None
        if unit.kind == "heading" or unit.data.get("ordered"):
            return None
        if unit.kind != "bullet":
            breaks += 1
            if breaks > LIST_BREAK_MAX:
                return None
    return None


def numbered_lists(body: list[Unit]) -> None:
    """Paragraphs numbered 1, 2, 3… one after another are an ordered list, which goes on past a quotation or a figure
    set between two of its items; so is a numbered line leading into the lettered items under it (they stay paragraphs
    under it)."""
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
        end = index
        while end < len(body):
            unit = body[end]
            if unit.kind == "code" and run:
                end += 1  # a step's command set as code between two steps ('1. Install' / the command / '2. Run')
                continue
            match = NUMBERED_ITEM.match(unit.text) if unit.kind in ("paragraph", "heading") else None
            if not match or int(match.group("number")) != len(run) + 1:
                break
            run.append((unit, match))
            end += 1
        if len(run) < 2:
            index += 1
            continue
        while (resumed := _list_goes_on(body, end, len(run) + 1)) is not None:
            run.append((body[resumed[0]], resumed[1]))
            end = resumed[0] + 1
            while end < len(body) and body[end].kind in ("paragraph", "heading"):
                match = NUMBERED_ITEM.match(body[end].text)
                if not match or int(match.group("number")) != len(run) + 1:
                    break
                run.append((body[end], match))
                end += 1
        for unit, match in run:
            unit.kind, unit.text, unit.data["ordered"], unit.data["number"] = "bullet", match.group("text"), True, int(match.group("number"))
        index = end


# a live page's entry stamp alone on its line: '10:41 AM', '14:05 GMT', '9.05am', 'Tue 10:41'
LIVE_STAMP = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}|UTC|GMT[+-]\d{1,2}))?$", re.I
)
LIVE_STAMPS_MIN = 3
VIDEO_TIME_CODE = re.compile(r"^0?0[:.]\d{2}$")  # a video transcript's lines each under its time code from '0:00': no entries
LIVE_STAMP_SECTIONS_MIN = 7  # entries: more than six make a page long enough to part, and each is a story of its own


def live_entry_stamps(body: list[Unit], inferred: list[str]) -> None:
    """A live page's entries, each opening on its time stamp alone on a line (three or more): a stamp over the entry's
    headline is set under it (over it, it reads as the end of the entry above, as a saved live blog's stamp does); where
    the entries have no headline and there are more than six, each stamp heads its entry's section, so that one entry's
    speaker is never read into the next. A stamp is never the summary."""
    stamps = [at for at, unit in enumerate(body[:-1]) if unit.kind == "paragraph" and LIVE_STAMP.match(unit.text.strip())]
    if len(stamps) < LIVE_STAMPS_MIN:
        return
    moved = 0
    for at in stamps:
        body[at].data["live stamp"] = True
        if body[at + 1].kind == "heading":
            body[at], body[at + 1] = body[at + 1], body[at]
            moved += 1
    if moved:
        inferred.append(f"line {body[stamps[0]].line}: {moved} live entries' time stamps set under their headlines")
    elif len(stamps) >= LIVE_STAMP_SECTIONS_MIN and not VIDEO_TIME_CODE.match(body[stamps[0]].text.strip()):
        for at in stamps:
            body[at].kind = "heading"
        inferred.append(f"line {body[stamps[0]].line}: {len(stamps)} live entries' time stamps read as their sections' headings")


# a live page's entry opening on its time stamp, the text run on after it: '07.38 Our correspondent in …', '14:05 GMT The
# ministry says …'
LIVE_STAMP_OPENING = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s+(?=\S)", re.I)
CLOCK_TIME = re.compile(r"(?P<hours>\d{1,2})[:.](?P<minutes>\d{2})")
STAMPED_ENTRY_WORDS = 8  # the entry's text after the stamp, at the least: a sentence, no time table's row


def stamped_live_entries(body: list[Unit], inferred: list[str]) -> None:
    """A live page whose entries open on their time stamps, the text run on (three paragraphs or more: '07.38 Our
    correspondent …'): a line opening so that reads as a heading (an agency's flash in capitals, '06.48 Reuters - SEARCH
    AGENCY SAYS …') is an entry, the text, never a section."""
    entries = [unit for unit in body if unit.kind == "paragraph" and _stamped_entry(unit.text)]
    times = [_clock_minutes(unit.text) for unit in entries]
    if len(entries) < LIVE_STAMPS_MIN or sum(later > earlier for earlier, later in itertools.pairwise(times)) > 1:
        return  # the newest entry first, as a live page runs, past midnight once; numbered paragraphs ('4.10 The …') count up
    for unit in body:
        if unit.kind == "heading" and _stamped_entry(unit.text):
            unit.kind = "paragraph"
            inferred.append(f"line {unit.line}: a live entry opening on its time stamp read as the text, no heading")


def _stamped_entry(text: str) -> bool:
    found = LIVE_STAMP_OPENING.match(text.strip())
    return found is not None and _clock_minutes(text) >= 0 and len(text.strip()[found.end() :].split()) >= STAMPED_ENTRY_WORDS


def _clock_minutes(text: str) -> int:
    """The minutes since midnight of the clock time opening the text ('07.38 …' → 458), -1 where it is no time of day."""
    found = CLOCK_TIME.match(text.strip())  # the digits only: '10.30am', '9.15a.m.' glue the half of day on
    if found is None:
        return -1
    hours, minutes = int(found["hours"]), int(found["minutes"])
    return hours * 60 + minutes if hours <= 23 and minutes <= 59 else -1


NUMBERED_CAPTION = re.compile(rf"^(?P<caption>(?:{FIGURE_WORDS}|image)\s+\d+[a-z]?\s*[.:–—-]\s*\S.*)$", re.I)
MARKED_CAPTION = re.compile(r"^[▲▼►▶◆]\s*(?P<caption>\S.*)$")  # a pointer at the photo; a square opens a list's item (BULLET)


LIST_ITEM_MAX = 150  # "Friendly states like Russia and China": a list's item on a line of its own, no sentence
# a press release's boilerplate heading over what the issuer is, after its media contacts: 'About the Norland Relief Society'
ABOUT_ORGANISATION = re.compile(r"^About\s+(?:the\s+|us\b)?(?-i:[A-Z])[\w&.’'-]*(?:\s+[\w&.’'()-]+){0,7}$")


def _before_boilerplate_heading(items: list[Unit]) -> list[Unit]:
    """A release's list of media contacts ends at the 'About …' line heading the issuer's boilerplate under them; a list
    of talks or titles with no contact detail in it keeps its 'About …' item ('About the Velan Lighthouses')."""
    for at, item in enumerate(items):
        if ABOUT_ORGANISATION.match(item.text.strip()) and any(CONTACT_DETAIL.search(before.text) for before in items[:at]):
            return items[:at]
    return items


def colon_lists(body: list[Unit], inferred: list[str]) -> None:
    """A paragraph ending in a colon over two or more short lines that end no sentence: the lines are its list's items, the
    last one no heading over the prose after the list ("… a tiered system of passage, encompassing roughly:")."""
    for index, unit in enumerate(body):
        if unit.kind != "paragraph" or not unit.text.rstrip().endswith(":"):
            continue
        if index + 1 < len(body) and body[index + 1].data.get(SIGNATORY_KEY):
            continue  # a signatories' lead-in: its list is set (signatory_list), ending where its run ended, before a heading
        items = list(
            itertools.takewhile(
                lambda u: u.kind in ("paragraph", "heading") and len(u.text) <= LIST_ITEM_MAX and u.text.rstrip()[-1:] not in TERMINAL + ":",
                body[index + 1 :],
            )
        )
        items = _before_boilerplate_heading(items)
        if items and BARE_ADDRESS.fullmatch(items[0].text.strip()):
            # 'please visit:' over the address alone: the heading after it is the next part's ('SCHOOLS IN THE SPOTLIGHT')
            items = list(itertools.takewhile(lambda u: BARE_ADDRESS.fullmatch(u.text.strip()) is not None, items))
        if len(items) >= 2 and any(u.kind == "heading" for u in items):
            for item in items:
                item.kind, item.level = "bullet", 0
            inferred.append(f"line {items[0].line}: {len(items)} short lines under a line ending in a colon read as its list")


LIST_LEAD_IN_END = re.compile(r"\b(?:the\s+following|as\s+follows|below|include|includes|including|such\s+as|namely)$", re.I)
LEAD_IN_SIBLING_REACH = 12  # units either side where a review's parallel lead-ins stand, each over its own list
LEAD_IN_MIN_WORDS = 4


def list_lead_ins(body: list[Unit], inferred: list[str]) -> None:
    """A sentence-case line over a list that leads into it with no colon is a paragraph, no heading: one ending on the
    words that lead into a list ('The committee recommended the following'), or one worded as a sibling over a list nearby
    that does end in a colon ('Reform measures that require a new rule:' / '• …' / 'Reform measures that involve new laws'
    / '• …'), the colon lost from one. A heading in title case or of a few words over a list ('Key findings') stays one."""
    siblings = {
        _opening_words(u.text): index
        for index, u in enumerate(body[:-1])
        if u.kind == "paragraph" and u.text.rstrip().endswith(":") and body[index + 1].kind == "bullet"
    }
    for index, unit in enumerate(body[:-1]):
        if unit.kind != "heading" or unit.data.get("heading") or unit.data.get("md_level") or body[index + 1].kind != "bullet":
            continue
        text = unit.text.strip()
        if len(text.split()) < LEAD_IN_MIN_WORDS or is_title_case(text) or text[-1:] in TERMINAL:
            continue
        sibling = siblings.get(_opening_words(text))
        if LIST_LEAD_IN_END.search(text) or (sibling is not None and abs(sibling - index) <= LEAD_IN_SIBLING_REACH):
            unit.kind, unit.level = "paragraph", 0
            inferred.append(f"line {unit.line}: {text[:60]!r}, a line leading into the list under it, read as a paragraph, not a heading")


def _opening_words(text: str) -> str:
    return " ".join(text.casefold().split()[:2])


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


DATELINE_ONLY = re.compile(rf"^\({WIRE_AGENCY}\)$")  # "(CNN)" cut off its first paragraph
REPORTING_FROM = re.compile(r"^(?:[^.,:]{2,60},\s*)?Reporting from\s*[A-Z][\w ,’'-]{1,40}$")
GLUED_TAGS_MAX = 200


def _glued_tags(label: str, listed: str) -> bool:
    """'Tags:' alone over a line of the page's tag links that a select-all copy ran together ('ferriesport authoritydora
    finch'): no commas to part them, no sentence, and no capital a heading or a name would open on."""
    listed = listed.strip()
    return (
        label.strip().casefold() in ("tags:", "tags", "keywords:", "key words:")
        and len(listed) <= GLUED_TAGS_MAX
        and listed[-1:] not in TERMINAL
        and listed == listed.lower()
    )


KEYWORDS_LINE = re.compile(r"^(?:key\s?words|tags|topics|subjects)\s*:\s*(?P<list>.*)$", re.I)


# A photo's caption with its credit after it: "The Kremlin at night in November 2021. Photograph: Bloomberg/Getty Images"
# (the Guardian's style; "Photo:", "Illustration:", "Composite:" elsewhere). The label is capitalised and stands after the
# caption's last sentence or after two spaces; the credit is names and agencies, no sentence.
CREDITED_CAPTION = re.compile(
    r"^(?P<caption>[^\s\"“].{8,400}?)(?:(?<=[.!?”’)])\s+|\s{2,}|\s+(?=©\s*[A-Z]))"  # a magazine's "… New Zealand ©Jane Roe/Alamy"
    r"(?P<credit>(?:(?:" + PHOTO_CREDIT_LABELS + r")"
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


# a quotation's credit on the line under it, opened by a dash: '– Ines Reyes, mother.', '— Paul Dane, 33'
DASHED_CREDIT_LINE = re.compile(r"^[–—]\s?(?-i:[A-Z])[\w’'.-]*(?:\s+[\w’'.-]+){0,4}(?:,\s*[^!?;:]{1,80}?)?\.?$")
QUOTE_CLOSING = '”"’'


def _credit_under_quotation(text: str, above: Unit | None, following: Unit | None) -> bool:
    """A line opening on a dash under a quotation wholly in its marks, naming who said it ('– Ines Reyes, mother.'): the
    quotation's credit, a line of the text where attribution reads it, never a list's item. A list of such lines (the next
    line opens on a dash too) is a list."""
    if above is None or above.kind not in ("paragraph", "quote") or not DASHED_CREDIT_LINE.match(text.strip()):
        return False
    quoted = above.text.strip()
    if not quoted or quoted[0] not in QUOTE_OPEN or quoted[-1] not in QUOTE_CLOSING:
        return False
    return following is None or following.text.strip()[:1] not in "–—-•"


ONE_LETTER_WORDS = ("A", "I")


def _word_of_one_letter(text: str, next_unit: Unit) -> bool:
    """'A' or 'I' alone over the story's first paragraph is its first word set as a drop cap ('A' / 'Harbourton man has
    been named …'), never a lost one; over a word of its own letter ('A' / 'Anchorage: …') it is an index's letter."""
    letter, following = text.strip(), next_unit.text.lstrip()
    return letter in ONE_LETTER_WORDS and following[:1].isupper() and following[:1] != letter


def _lost_drop_cap(text: str, next_unit: Unit | None) -> bool:
    """A capital letter alone over the story's first paragraph, which opens on a word of its own ('U' / 'Speaking to …'):
    the drop cap of a lead sentence a scraper lost, no heading. Over a word's rest ('D' / 'uring …') it is joined before."""
    return len(text.strip()) == 1 and text.strip().isupper() and next_unit is not None and next_unit.text.lstrip()[:1].isupper()


PLURAL_CREDIT_LABEL = re.compile(r"^\s*(?:graphics|photos|pictures|illustrations|images)\s*:", re.I)  # a story's staff credit


def _lone_picture_credit(units: list[Unit], position: int) -> bool:
    """A picture's credit alone on its line under its label, among the story's paragraphs: 'Illustration: Jane Roe/Harbour
    Weekly', 'Graphic: Harbour Times' (a photo's, 'Photo: …', is read as a caption's credit already). A line of the
    story's own credits, over or under another ('Graphics: Jane Roe' / 'Editing: Tom Eyre'), is the story's credits list."""
    text = units[position].text
    if LABELLED_PHOTO_LINE.match(text) or PLURAL_CREDIT_LABEL.match(text) or not labelled_credit_line(text):
        return False  # 'Graphics: Ann Lee' closing a story: its staff credit, no picture's
    neighbours = [units[at].text.strip() for at in (position - 1, position + 1) if 0 <= at < len(units)]
    return not any(CREDITS_LINE.match(line) or labelled_credit_line(line) for line in neighbours)


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
