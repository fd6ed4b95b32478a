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
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .additionsnote import ADDITIONS_NOTE
from .authorslugs import authors_from_slugs, slug_authors
from .blogarchive import archive_post_levels, blog_archive
from .browserprint import (
    without_browser_print_margins,
    without_masthead_and_menu_at_top,
    without_masthead_over_printed_title,
    without_site_footer_at_printed_end,
)
from .bylines import (
    _is_date_line,
    _is_person_name,
    about_the_author,
    author_boxes,
    authors_section,
    bold_name_standfirst,
    byline_in_body,
    closing_bios,
    contact_box,
    excerpt_credit_authors,
    labelled_author_bio,
    lead_byline,
    spelt,
    split_author_note,
    standfirst_with_byline,
    title_run_into_byline,
    writer_note,
)
from .captions import is_caption_line
from .casestudies import indented_section_levels
from .classify import classify
from .codeblocks import indented_code_between_steps
from .controlchars import without_control_characters, without_soft_hyphens
from .datedheadline import same_headline, sender_name_in_capitals, without_date_run_in
from .datelines import without_dateline
from .dates import find_date, find_line_date
from .dropcaps import with_drop_caps_joined
from .exportlines import (
    links_on_lines_of_their_own,
    paragraphs_cut_mid_sentence,
    split_units,
    with_markdown_bracket_escapes_read,
    with_markdown_escapes_read,
    with_single_word_spaces,
    with_tex_quotes_as_marks,
    with_unicode_breaks,
    without_inline_html,
)
from .figurelabels import figure_label_lines
from .flattened import flattened_page, one_line_story, subheads_run_into_paragraphs
from .furniture import (
    _folded,
    furniture_kind,
    info_box,
    reader_poll,
    readers_comments,
    repeated_gallery_title,
    separated_breadcrumb,
    site_teasers,
)
from .gazettemasthead import gazette_masthead
from .hangingnotes import notes_with_hanging_numbers
from .headings import (
    LEAD_IN_DASH,
    amount_lines_under_headings,
    assign_heading_levels,
    contents_heading_levels,
    in_capitals,
    part_label_over_name,
    spaced_run_in_headings,
    stacked_headings,
)
from .iconglyphs import without_icon_glyphs
from .importmarkdown import render_markdown
from .importmeta import (
    _fallbacks,
    _without_title_block,
    byline_leading_into_text,
    capitals_head_in_title_case,
    cover_title_lines,
    date_line_run_into_lede,
    date_line_under_headline,
    debate_title_under_masthead,
    edit_stamp_off_published_line,
    email_header,
    email_title_and_date,
    file_title,
    headline_over_two_lines,
    labelled_story_header,
    marked_standfirst,
    name_under_running_title,
    official_cover,
    parse_header,
    pdf_cover_title,
    portal_item_note,
    read_envelope,
    running_title,
    stamp_glued_to_headline,
    title_case_from_capitals,
    undoubled,
    unglued_title,
    widget_tail_off_headline,
    without_site_suffix,
    without_title_mark,
)
from .importnotes import _cited_keys, author_note_from_marker, check_notes, note_sort_key, notes_after_author_box, tidy_notes
from .importunits import QUOTE_OPEN, TERMINAL, Meta, Problem, Unit, _plain, _shorten, folded_words, is_cut_teaser
from .judgment import plain_caption, read_judgment
from .leadins import block_quotes_without_marks, cited_block_quotes
from .lede import summary_as_its_paragraph
from .markdownexport import (
    LITERAL_BRACKET,
    archive_header,
    clipped_page_excerpt,
    front_matter_meta,
    markdown_figures,
    markdown_heading_levels,
    markdown_units,
    read_markdown_export,
    summary_over_full_article,
)
from .mastheads import SEASON_YEAR, journal_masthead
from .mojibake import without_mojibake
from .notelists import expand_note_lists
from .numericdates import settle_numeric_date_order
from .ocrnoise import without_ocr_noise
from .pagenumbers import bare_page_numbers, numbered_pages
from .pdfread import PDF_MAGIC, PdfUnreadable, pdf_text
from .pdftext import read_layout
from .releaseissuer import (
    OFFICE_LINE_KEY,
    PORTAL_ITEM_KINDS,
    headline_after_release_label,
    mark_release_office_line,
    release_author,
    release_office_line_as_text,
)
from .reportcover import report_cover, series_in_full
from .reposts import outlet_headed_title
from .rstexport import read_rst_export
from .runningquotes import quotations_after_credited_quotes, running_quotations
from .runonheadline import headline_run_into_lede
from .runtogether import part_run_together_paragraphs
from .scraperfields import feed_header_line, scraper_fields, stored_field_line
from .sharebarhead import story_header_under_share_bar
from .signatories import signatory_lines, signatory_list
from .signoff import (
    closing_citation_line,
    closing_dash_byline,
    closing_date_line,
    closing_letterhead,
    closing_reach_line,
    closing_sign_off,
    typist_initials,
)
from .sourcefile import NotUtf8, decode_utf8, line_of_byte, unify_line_ends
from .speechheader import delivered_by_header, speech_header
from .symbolnotes import symbol_notes_of_page
from .text import slugify, squash_spaces
from .transcript import bold_turn_labels, opening_turn, speech_giver, transcript_lines
from .unmarkedheading import UNMARKED_HEADING_KEY
from .versionnote import headline_under_version_note, version_note
from .wireportal import portal_page_head, related_wire_links
from .wrappedheadline import headline_wrapped_over_byline

if TYPE_CHECKING:  # savedpage.py builds on importunits.Unit and Problem
    from .savedpage import SavedPage

EDITORS_NOTE = re.compile(r"^editors?(?:[’']s|[’'])?\s+note\s*(?::|\s[—–-])\s*", re.I)  # "Editor’s note: Morning Money is …"
# the editors' word on the piece under it, its date before it or not: 'July 7, 2020 The letter below will appear in …',
# 'The following essay is adapted from …', 'This article was first published in …'
_PIECE = r"(?:letter|essay|article|piece|statement|story|interview|speech|poem|text)"
NOTE_ON_THE_PIECE = re.compile(
    rf"^(?:the {_PIECE} below|the below {_PIECE}|the following {_PIECE}|this {_PIECE} (?:was|will|is|first|originally|appeared|appears))\b", re.I
)
ON_PUBLISHING = re.compile(r"\b(?:appear|publish|adapted|excerpt|reprint|issue|edition|responses?)", re.I)  # what such a note is about
NOTE_ON_THE_PIECE_MAX = 400
# a nonprofit newsroom's word on itself over its story, with its call to sign up: 'Harbor Ledger is an independent,
# nonpartisan, and nonprofit newsroom producing … Sign up for our free newsletters.'
NEWSROOM_BLURB = re.compile(
    r"^(?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}\s+is\s+an?\s+(?:(?:independent|nonpartisan|non-partisan|nonprofit|non-profit|"
    r"not-for-profit|member-supported|reader-supported|award-winning|statewide|investigative),?\s+(?:and\s+)?){1,4}"
    r"(?:newsroom|news (?:organi[sz]ation|outlet|site|service)|media organi[sz]ation)\b"
)
CALL_TO_SIGN_UP = re.compile(r"(?:^|[.!]\s+)(?:sign up|subscribe|donate|learn more|support (?:us|our)|become a member)\b", re.I)


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
    (
        b"PK\x03\x04",
        "is a zipped document (a Word .docx, an OpenDocument or an EPUB file); save it as plain text or as a web page (.html) and import that",
    ),
    (b"\xd0\xcf\x11\xe0", "is an old Word .doc file; save it as plain text or as a web page (.html) and import that"),
    (b"{\\rtf", "is an RTF document; save it as plain text or as a web page (.html) and import that"),
)


def decode_export(raw: bytes, encoding: str | None = None) -> tuple[str, Problem | None]:
    """Text of an export; binary data or text that is not UTF-8 (unless an encoding is named) is refused. Text that
    opens with UTF-16's byte-order mark (what Windows Notepad saves as "Unicode") is read as UTF-16; a PDF's text layer
    is read with pypdf (pdfread)."""
    if raw.startswith(PDF_MAGIC):
        try:
            text, pages, warnings = pdf_text(raw)
        except PdfUnreadable as unreadable:
            raise ImportRefused(1, str(unreadable)) from None
        odd = f"; {warnings} warning(s) from pypdf, most often a font it could not fully decode: look for wrong letters" if warnings else ""
        return text, Problem(1, f"read from the PDF's text layer ({pages} pages, with pypdf{odd}): check the title, headings and paragraphs")
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


TITLE_SPELLING_REACH = 15  # units from the top where a title in capitals may be given again in the text's own case


ITEM_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z][a-z])")  # '3. Submissions on Behalf of …'; not '1. FC Köln …', nor a year
HEADLINE_AGAIN_REACH = 3  # furniture lines between the header and the headline given again
FULLER_HEADLINE_WORDS = 3  # words a release's own headline adds to the portal's shortened title at most ('… for the islands')
TITLE_WORDS_MIN = 4


def _headline_again(text: str, title: str, portal_run: bool) -> bool:
    """The headline given again over the text: the title's words, or (in a release a portal runs, portal_run) the
    release's own headline that the portal shortened into the title, every word of the title in its order and a few more
    ('Harbour boards reject criticism' / 'Harbour boards reject criticism of their record'); no sentence. Elsewhere a
    fuller line is the text's first section heading ('Harbour towns in winter' under 'Harbour towns')."""
    text = without_date_run_in(text)
    line, words = folded_words(text), folded_words(title)
    if same_headline(text, title):  # a scan's mark aside ('"Reckless\'')
        return bool(words)
    if not portal_run or len(words) < TITLE_WORDS_MIN or not 0 < len(line) - len(words) <= FULLER_HEADLINE_WORDS or text.rstrip()[-1:] in TERMINAL:
        return False
    rest = iter(line)
    return all(word in rest for word in words)  # each word of the title found after the one before it


REPRINT_LEDE_WORDS = 15  # the story's first paragraph under the outlet's headline: a sentence, no label


def _reprint_headline(units: list[Unit], at: int, meta: Meta) -> bool:
    """A news portal's reprint (an aggregator's page of another outlet's story) gives the outlet's own headline under the
    portal's header: the portal's title with a few words more, every word of the title in its order ('Harbour chief
    resigns after ferry audit' / 'Harbour chief resigns after damning ferry audit'), right under the byline and the date
    line (or the portal's byline with how long ago it ran, 'Story by Jane Roe • 2h'), over the story's first paragraph. A
    report's first section heading under a header with no byline or no date line stays, and so does a subhead that names
    the title's words among others of its own."""
    dated = meta.get("date_basis", "").startswith("the date line at the top")
    if not meta.get("authors") or not (dated or meta.get("portal_byline")):
        return False
    if at + 1 >= len(units) or units[at + 1].kind != "paragraph" or len(units[at + 1].text.split()) < REPRINT_LEDE_WORDS:
        return False
    if not meta.get("portal_byline") and SUBHEAD_ON_TITLE.search(units[at].text.strip()):
        return False  # an ordinary story's subhead on its own title: 'Harbour pilots end strike: what we know', 'Why … now?'
    return _headline_again(units[at].text, meta.get("title", ""), True)


# a subhead built on the story's title, no outlet's fuller headline: after a colon or a dash, or asking a question
SUBHEAD_ON_TITLE = re.compile(r"[:?]|\s[–—-]\s|^(?:Why|How|What|When|Where|Who|Which)\b")


def _release_date_line(unit: Unit) -> bool:
    """A release's own date line under the portal's header ('2 April 2019'), over its headline given again."""
    return _is_date_line(unit) and len(unit.text.split()) <= 6


def import_text(text: str, source_name: str = "", slug: str | None = None) -> ImportResult:
    inferred: list[str] = []
    problems: list[Problem] = []
    dropped: dict[str, list[str]] = {}
    text = unify_line_ends(text)  # first: the glyphs are read by the line, and an old Mac file's lines end on CR alone
    text = without_soft_hyphens(
        without_control_characters(without_mojibake(text, inferred), inferred), inferred
    )  # after the repair: its runs read C1 characters
    text = with_single_word_spaces(without_inline_html(with_unicode_breaks(without_icon_glyphs(text, inferred)), inferred), inferred)
    text = without_browser_print_margins(text, dropped)
    text = without_site_footer_at_printed_end(without_masthead_over_printed_title(text, dropped), dropped)
    if "site's masthead and menu over the printed page's headline" not in dropped:
        text = without_masthead_and_menu_at_top(text, dropped)
    export = read_rst_export(text, source_name)  # its line ends unified on the line above
    if export is not None:
        inferred.append("reStructuredText read: underlined titles as headings, '[n]_' and '.. [n]' as notes, indented blocks as quotes")
    export = export or read_markdown_export(text, source_name)
    if export is not None:
        text = export.text
    else:
        text = with_markdown_bracket_escapes_read(with_tex_quotes_as_marks(without_title_mark(text, inferred), inferred), inferred)
        text = notes_with_hanging_numbers(with_markdown_escapes_read(without_ocr_noise(text, problems), inferred), problems, inferred)
    text = with_drop_caps_joined(text, inferred)
    layout = read_layout(text.split("\n"))  # its line ends unified above; nothing since writes a CR
    if export is None:
        bare_page_numbers(text.split("\n"), layout)
    if export is not None:
        layout.double_spaced = False  # in Markdown and rST a blank line ends a paragraph, however the lines run
    units = split_units(text, dropped, layout)
    indented_code_between_steps(units, text.split("\n"), inferred, markdown=export is not None)
    if export is None:
        units = bold_turn_labels(units, inferred)
    meta: Meta = {"file_title": file_title(source_name)}
    if export is not None:
        front_matter_meta(export, meta, inferred, problems)
        units = archive_header(
            clipped_page_excerpt(markdown_units(units, inferred, dropped, export), meta, inferred, dropped), meta, inferred, dropped
        )
        units = summary_over_full_article(units, meta, inferred, dropped)
    if not units:
        problems.append(Problem(1, "the export is empty"))
        return ImportResult("", slug or "untitled", inferred, problems)
    units = email_header(read_envelope(units, meta, inferred), meta, inferred, dropped)
    units = official_cover(labelled_story_header(units, meta, inferred, dropped), meta, dropped)
    if export is None:
        units = delivered_by_header(speech_header(units, meta, inferred, dropped), meta, inferred)
    if export is None:
        units = blog_archive(
            scraper_fields(feed_header_line(units, meta, inferred, dropped), meta, inferred, dropped),
            meta,
            inferred,
            dropped,
        )
    if export is None:
        units = gazette_masthead(units, meta, inferred, problems, dropped)
    if export is None and (layout.width or layout.page_breaks) and not layout.title:
        units = pdf_cover_title(units, layout, meta, inferred, dropped)
    if export is None:
        units = story_header_under_share_bar(portal_page_head(units, inferred, dropped), inferred, dropped)
    start = (
        _front_matter_header(units, meta, problems, inferred)
        if meta.get("title_basis", "").startswith(
            ("the front matter", "the story's labelled header", "the archive page's", "the speech's header", "the feed archive's")
        )
        else None
    )
    if start is None:
        version = units.pop(0) if len(units) > 1 and version_note(units[0].text) else None  # over the headline, no title
        units = journal_masthead(units, 1, meta, inferred, problems, dropped)  # under the headline, before its byline is looked for
        units = headline_over_two_lines(
            date_line_under_headline(
                stamp_glued_to_headline(
                    widget_tail_off_headline(
                        headline_run_into_lede(date_line_run_into_lede(edit_stamp_off_published_line(units, inferred), inferred), inferred),
                        inferred,
                        dropped,
                    ),
                    inferred,
                ),
                inferred,
            ),
            inferred,
        )
        units = byline_leading_into_text(headline_wrapped_over_byline(units, inferred), inferred)
        start = parse_header(units, meta, inferred, problems, dropped)
        start = debate_title_under_masthead(units, start, meta, inferred)
        settle_numeric_date_order(units, start, meta, text, inferred, problems)
        lead_byline(units, start, meta, inferred, problems)
        title_run_into_byline(meta, inferred, problems)
        standfirst_with_byline(meta, inferred, problems)
        email_title_and_date(meta, inferred, problems)
        if export is not None:
            units = marked_standfirst(bold_name_standfirst(units, start, meta, inferred, problems), start, meta, inferred)
        if version is not None:
            units.insert(start, version)  # the editors' note, over the text
    else:
        units = journal_masthead(units, start, meta, inferred, problems, dropped)
    if meta.get("title") and undoubled(meta["title"]) != meta["title"]:
        inferred.append(f"line {meta.get('title_line', 1)}: the title {meta['title']!r}, each of its lines given twice, read once")
        meta["title"] = undoubled(meta["title"])
    if meta.get("title") and unglued_title(meta["title"], text) != meta["title"]:
        meta["title"] = unglued_title(meta["title"], text)
        inferred.append(f"line {meta.get('title_line', 1)}: a title and its subtitle run together, set apart: {meta['title']!r}")
    if meta.get("title") and ITEM_NUMBER.match(meta["title"]) and meta.get("title_basis", "").startswith("the headline"):
        meta["title"] = ITEM_NUMBER.sub("", meta["title"])  # a transcript's or a report's item in its order: no part of the name
        inferred.append(f"line {meta.get('title_line', 1)}: the item number before the title left out: {meta['title']!r}")
    _title_without_colon(meta, text, inferred)
    labelled_headline = headline_after_release_label(meta.get("title", ""))
    if labelled_headline:
        meta["title"] = labelled_headline  # 'Press Release: Harbour Board Welcomes Port Review': no issuer named, the label no part of the title
        inferred.append(f"line {meta.get('title_line', 1)}: the release's label before the headline left out of the title: {labelled_headline!r}")
    _title_without_outlet(meta, text, inferred)
    title = meta.get("title", "")
    if in_capitals(title) and meta.get("title_basis", "").startswith("the headline"):
        spelled = next((u.text.strip() for u in units[:TITLE_SPELLING_REACH] if _folded(u.text) == _folded(title) and not in_capitals(u.text)), "")
        if spelled:  # a cover's title in capitals, given again in the text's own case ('DEALING IN DOUBT' / 'Dealing in Doubt')
            meta["title"] = spelled
            inferred.append(f"line {meta.get('title_line', 1)}: the title in capitals written as the text spells it below: {spelled!r}")
    if in_capitals(meta.get("title", "")) and not meta.get("title_basis", "").startswith("the front matter"):
        meta["title"] = title_case_from_capitals(meta["title"], text)  # 'SUPPLY BILL 2024 – SECOND READING', acronyms kept
        inferred.append(f"line {meta.get('title_line', 1)}: the title set in capitals read in title case: {meta['title']!r}")
    elif not meta.get("title_basis", "").startswith("the front matter") and capitals_head_in_title_case(meta.get("title", ""), text) != meta.get(
        "title", ""
    ):
        meta["title"] = capitals_head_in_title_case(meta["title"], text)
        inferred.append(f"line {meta.get('title_line', 1)}: the title's head set in capitals read in title case: {meta['title']!r}")
    again = start
    while again < len(units) - 1 and again - start < HEADLINE_AGAIN_REACH and (furniture_kind(units[again].text) or _release_date_line(units[again])):
        again += 1  # a release's embargo line or its own date line over the headline given again
    sender = again < len(units) - 1 and sender_name_in_capitals(units[again].text.strip()) and meta.get("title_basis", "").startswith("the headline")
    if sender and _headline_again(units[again + 1].text, meta.get("title", ""), False):
        dropped.setdefault("release masthead", []).append(units[again].text)  # 'HARBOUR PILOTS GUILD' over the headline given again
        del units[again]
    portal_run = (
        "issuer_line" in meta
        and any(  # 'Press Release: <issuer>', then the release's own date line over its headline
            _release_date_line(unit) for unit in units[:again] if meta["issuer_line"] < unit.line
        )
    )
    if (
        again < len(units) - 1
        and meta.get("title")
        and (_headline_again(units[again].text, meta["title"], portal_run) or _reprint_headline(units, again, meta))
    ):
        dropped.setdefault("the headline given again", []).append(units[again].text)  # under the site's labels and date line
        del units[again]
    elif again < len(units) - 1 and meta.get("standfirst") and squash_spaces(units[again].text) == squash_spaces(meta["standfirst"]):
        dropped.setdefault("the standfirst given again", []).append(units[again].text)  # under the byline, over the story
        del units[again]
    if layout.title:
        cover_title_lines(layout.title, units, start, meta, inferred)
        running_title(layout.title, text, meta, inferred, problems)
        units = name_under_running_title(units, start, layout.page_breaks, meta, inferred, problems)
    if "date" not in meta and layout.running_date:
        meta["date"], meta["date_basis"] = date.fromisoformat(layout.running_date), "the date the pages' running heads print"
        problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
        inferred.append(f"dated {layout.running_date} from the date the pages' running heads print")
    season = SEASON_YEAR.search(layout.issue_head) if "date" not in meta else None  # after the heads' own date, if any
    if season:
        problems.append(Problem(1, f"the journal's running head names {season.group(0)!r}, a season, no month: it dates nothing"))
    without_site_suffix(meta, inferred, "\n".join(u.text for u in units if u.line != meta.get("title_line")))
    units = related_wire_links(info_box(units, start, meta, inferred, problems, dropped), start, inferred, dropped)
    units = spaced_run_in_headings(units, start, inferred)
    # a PDF's lines break at its column's width, its page numbers and running heads between them; a two-page text read by
    # its pages' edges, or one with numbered pages, has footnotes at a page's foot under a sentence the page cut, no links
    if not layout.width and not layout.read_by_edges and not numbered_pages(layout):
        units = links_on_lines_of_their_own(units, start, inferred)
    if not layout.footnotes:  # a page's footnotes between the two halves are read by their own rules (_cut_by_page)
        units = paragraphs_cut_mid_sentence(units, start, inferred, layout)
    units = flattened_page(units, start, inferred, meta, problems, one_line="\n" not in text.strip())
    if export is None and not layout.width:  # a PDF's text laid out at its column's width keeps its subheads and paragraphs apart
        units = subheads_run_into_paragraphs(units, start, inferred)
        one_line_story(units, start, problems)
    units = figure_label_lines(read_judgment(units, start, meta, inferred, problems), start, inferred)
    if export is None:
        units = report_cover(units, start, meta, inferred, dropped, text, paged=bool(layout.page_breaks))
        series_in_full(meta, text, inferred)
    mark_release_office_line(units, start)
    release_author(units, start, meta, inferred, problems)
    signatory_lines(units, start, inferred)
    body, note_units = classify(units, start, meta, inferred, problems, dropped)
    release_office_line_as_text(body, inferred)
    signatory_list(body)
    _without_title_over_first_paragraph(body, meta, dropped)
    plain_caption(body)
    if export is None and not layout.page_breaks:  # a PDF's text shows a block quote by its indent (exportlines._indented_quotes)
        block_quotes_without_marks(body, inferred)
    cited_block_quotes(body, inferred)
    part_run_together_paragraphs(body, inferred)
    running_quotations(body, inferred)
    quotations_after_credited_quotes(body, inferred)
    if layout.title and squash_spaces(meta.get("title", "")).casefold() == squash_spaces(layout.title).casefold():
        body[:] = _without_title_block(body, meta, dropped)  # also where the title set in capitals was read in title case
    if meta.get("lead_figure"):
        body.insert(0, meta.pop("lead_figure"))
    closing_sign_off(body, meta, inferred, problems, dropped)
    closing_citation_line(body, meta, inferred, problems, dropped)
    closing_dash_byline(body, meta, inferred, problems, dropped)
    closing_reach_line(body, meta, inferred, problems, dropped)
    closing_date_line(body, meta, inferred, problems)
    typist_initials(body, dropped)
    closing_letterhead(body, dropped)
    closing_bios(body, meta, inferred, problems)
    excerpt_credit_authors(body, meta, inferred, problems)
    authors_section(body, meta, inferred, problems)
    contact_box(body, dropped)
    author_boxes(body, meta, inferred, dropped)
    about_the_author(body, meta, inferred, problems, dropped)
    labelled_author_bio(body, meta, inferred, dropped)
    if not layout.width and not layout.page_breaks:
        notes_after_author_box(body, note_units, meta, inferred)
    writer_note(body, meta, inferred, dropped)
    site_teasers(body, inferred, dropped)
    repeated_gallery_title(body, dropped)
    separated_breadcrumb(body, dropped)
    transcript_lines(body, inferred, dropped)
    giver = None if meta.get("authors") else speech_giver(body)
    if giver:
        meta["authors"] = [spelt(giver)]  # a courtesy title and a name: never one word
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred.append(f"{giver!r}, whose turns hold the transcript's words, read as the author of the speech")
    amount_lines_under_headings(body, inferred)
    part_label_over_name(body, inferred)
    if layout.page_breaks:
        stacked_headings(body, min(layout.page_breaks), inferred)
    assign_heading_levels(body, inferred)
    indented_section_levels(body, text.split("\n"), inferred)
    contents_heading_levels(body, inferred)
    archive_post_levels(body)
    if export is not None:
        markdown_figures(body)
        markdown_heading_levels(body)
    return finish_import(meta, body, note_units, source_name, slug, inferred, problems, dropped, units[start].line if start < len(units) else 1)


def _without_title_over_first_paragraph(body: list[Unit], meta: Meta, dropped: dict[str, list[str]]) -> None:
    """The headline given again under the site's menus read as a list of links, over the text's first paragraph: the
    page's, never the text's first paragraph nor its summary."""
    title = squash_spaces(meta.get("title", "")).casefold()
    for index, unit in enumerate(body):
        if unit.kind == "paragraph" and title and squash_spaces(unit.text).casefold() == title:
            dropped.setdefault("the headline given again", []).append(unit.text)
            del body[index]
            return
        if unit.kind == "paragraph":
            return


TITLE_DATE_LINE = 40  # characters of the date line a headline's colon leads into: 'FRIDAY, 12 MARCH 2021'


def _title_without_colon(meta: Meta, text: str, inferred: list[str]) -> None:
    """A headline ending on a colon over the date it leads into ('PRESS CONFERENCE:' / 'FRIDAY, 12 MARCH 2021', a
    government transcript's heading): the title without the colon. Over words of its own, the colon stays."""
    title = meta.get("title", "")
    if not title.endswith(":") or len(title) < 2 or not meta.get("title_basis", "").startswith("the headline"):
        return
    below = next((line.strip() for line in text.split("\n")[meta.get("title_line", 1) :] if line.strip()), "")
    if len(below) <= TITLE_DATE_LINE and find_line_date(below) is not None:
        meta["title"] = title[:-1].rstrip()
        inferred.append(f"line {meta.get('title_line', 1)}: the colon leading the headline into its date left out of the title: {meta['title']!r}")


def _title_without_outlet(meta: Meta, text: str, inferred: list[str]) -> None:
    """A repost's headline naming the outlet it copies before a colon ('Harbour Herald: Velan Has a New Harbour
    Chief'): the headline is the title, the outlet the series the report is shown under (the page's masthead)."""
    title = meta.get("title", "")
    below = text.replace(title, "", 1)  # the outlet named again in the text, not in its headline
    found = outlet_headed_title(title, below) if meta.get("title_basis", "").startswith("the headline") else None
    if found is None:
        return
    outlet, meta["title"] = found
    meta.setdefault("series", outlet)
    inferred.append(f"line {meta.get('title_line', 1)}: the outlet the repost copies, {outlet!r}, left out of the title and kept as its series")


CUT_TITLE = re.compile(r"\s*(?:…|\.\.\.)$")  # a title a CMS cut at a length: 'On Pier Day, the number of closed moorings keeps…'


def _front_matter_header(units: list[Unit], meta: Meta, problems: list[Problem], inferred: list[str]) -> int:
    """The text starts under the front matter; the headline given again as its first line is not the text's. A front
    matter's title cut off on '…' is the whole headline the text opens with, and the front matter's description given again
    as a heading under it (a Medium post's subtitle) is the summary, no section."""
    first = squash_spaces(units[0].text) if units else ""
    cut = CUT_TITLE.search(meta["title"])
    stem = meta["title"][: cut.start()] if cut else ""
    start = _title_under_kicker(units, meta["title"], inferred)
    again = None if start else headline_under_version_note(units, meta["title"], inferred)
    if again and again != meta["title"]:
        inferred.append(f"the title as the heading under the front matter spells it: {again!r}, not {meta['title']!r}")
        meta["title"] = again
    if not start and stem and units[0].data.get("heading") and first.startswith(stem) and len(first) > len(stem):
        inferred.append(f"line {units[0].line}: the front matter's title, cut off on '…', read whole from the headline under it")
        meta["title"], meta["title_line"], start = first, units[0].line, 1
    summary = squash_spaces(str(meta.get("summary", ""))).casefold()
    if start and start < len(units) and units[start].data.get("heading") and summary and squash_spaces(units[start].text).casefold() == summary:
        inferred.append(f"line {units[start].line}: the front matter's description given again under the title: the summary, no section")
        start += 1
    stamped = start < len(units) and _aggregator_stamp(units[start].text)
    if stamped:
        inferred.append(f"line {units[start].line}: {squash_spaces(units[start].text)!r}, the syndicating site's stamp over the story, left out")
        start += 1
    if (
        stamped
        and slug_authors(meta)
        and start + 1 < len(units)
        and _is_person_name(units[start + 1].text.strip())
        and _prose_standfirst(units[start])
    ):
        meta["authors"] = [units[start + 1].text.strip()]  # the page's byline under its standfirst, the front matter's a site's slug
        inferred.append(f"line {units[start + 1].line}: {meta['authors'][0]!r}, a name alone under the standfirst, read as the byline")
        del units[start + 1]
    names = byline_in_body(units[start].text) if start < len(units) and slug_authors(meta) and not units[start].data.get("heading") else []
    if names:
        meta["authors"] = names  # 'By Jane Roe' opening the text, the front matter's author a site's slug ('harbour-media-project')
        inferred.append(f"line {units[start].line}: {squash_spaces(units[start].text)!r}, the text's byline, read over the front matter's slug")
        del units[start]
    if slug_authors(meta):
        authors_from_slugs(meta, "\n".join(unit.text for unit in units), inferred, problems)
    _fallbacks(units, start, meta, problems)
    return start


def _prose_standfirst(unit: Unit) -> bool:
    """A standfirst in the page's own words over the byline: no heading, no block quote, not a quotation (an epigraph,
    the name under it its source)."""
    text = unit.text.lstrip()
    return not unit.data.get("heading") and not text.startswith((">", "‘", *QUOTE_OPEN))


# the kind of item and its source after a syndicating site's stamp ('… 12:26 pm Article: Harbour Weekly')
SYNDICATED_KIND = re.compile(rf"\s+(?:Press Release|Media Release|{'|'.join(PORTAL_ITEM_KINDS)})\s*:\s*[^.!?:]{{2,60}}$")


def _aggregator_stamp(text: str) -> bool:
    """A syndicating site's line over each story it carries: the day and hour it was posted, and what the item is and
    whose ('Monday, 18 May 2009, 12:26 pm' / 'Article: Harbour Weekly', joined as one line or not): no text of the story."""
    text = squash_spaces(text.replace("*", ""))
    kind = SYNDICATED_KIND.search(text)
    stamp = text[: kind.start()] if kind else text
    return _is_date_line(Unit(0, stamp)) and bool(TIME_IN_STAMP.search(stamp))


TIME_IN_STAMP = re.compile(r"\b\d{1,2}[:.]\d\d\b")


SITE_AFTER = re.compile(r"\s+[-–—|]\s+\S.{0,60}$")  # ' - Vellmark News' after the headline in a clipped page's title
KICKER_LINES_MAX = 3  # over a clipped page's headline: its section's link, its date line, a label
KICKER_WORDS_MAX = 5


def _title_under_kicker(units: list[Unit], title: str, inferred: list[str]) -> int:
    """Where the text starts under a front matter that gives the headline: under the headline given again as its first
    line, or as a heading under the story's kicker and date line in a page clipped to Markdown ('[Science &
    Technology](…)' / 'Mar 2, 2021' / '# Title'; its title in the front matter may end on the site's name, ' - Example
    News'). The lines above the headline must be such, short with no stop or a date line; 0 where it is not so."""
    for index, unit in enumerate(units[: KICKER_LINES_MAX + 1]):
        shown = squash_spaces(unit.text)
        suffixed = bool(unit.data.get("heading") and shown and title.startswith(shown) and SITE_AFTER.match(title[len(shown) :]))
        if shown == title and index == 0:
            return 1
        if (shown == title or suffixed) and (index == 0 or unit.data.get("heading")):
            above = ", ".join(repr(u.text.strip()) for u in units[:index])
            if index:
                inferred.append(f"line {unit.line}: the headline given again under the page's kicker and date line ({above}): none of it the text")
            return index + 1
        text = unit.text.strip()
        if unit.data.get("heading") or (len(text.split()) > KICKER_WORDS_MAX and not find_line_date(text)) or text[-1:] in ".!?:":
            return 0
    return 0


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
    author_note_from_marker(body, note_units, meta, inferred)
    defined = check_notes(body, note_units, meta, problems)
    _note_on_the_piece(body, meta, inferred)
    portal_item_note(meta, inferred)
    for unit in body:
        label = EDITORS_NOTE.match(unit.text) if unit.kind == "paragraph" else None
        if label and unit.text[label.end() :].strip():
            unit.kind, unit.text = "editorial", unit.text[label.end() :]
            inferred.append(f"line {unit.line}: an editors' note set apart from the report's text")
    if meta.get("title"):
        meta["title"] = squash_spaces(meta["title"])  # a paste's doubled spaces ('Harbour Rivers  Trust') name nothing
    meta["slug"] = slug or slugify(meta.get("title", "untitled")) or "untitled"
    # a line leading into a list ('This brief finds that:') introduces the report's points; it summarises nothing
    # nor does a teaser cut from a quotation ('"... awaiting someone.”')
    intro = next(
        (
            u
            for u, following in zip(body, [*body[1:], None], strict=False)  # none where the body is empty
            if u.kind == "paragraph"
            and not _lead_in_line(_plain(u))
            and not u.data.get("live stamp")
            and not u.data.get("post byline")
            and not u.data.get(OFFICE_LINE_KEY)  # 'Minister for Health Jane Roe' under a release's masthead
            and not is_cut_teaser(_plain(u))
            and not is_caption_line(u.text, following.text if following else "")  # 'FILE - In this … file photo, …', 'Apr. 8: Jane Roe signs …'
            and not u.data.get(UNMARKED_HEADING_KEY)  # an embedded video's title over the story: a title's line, no summary
            and not stored_field_line(_plain(u))  # 'date published: …' under an archive's item: its field, no summary
        ),
        None,
    )
    if not meta.get("summary"):
        intro = _first_numbered_paragraph(body, intro) or intro
        turn = opening_turn([squash_spaces(_plain(u)) for u in body[body.index(intro) :] if u.kind == "paragraph"]) if intro else None
        meta["summary"] = meta.get("standfirst") or turn or (squash_spaces(_plain(intro)) if intro else "")
    if meta.get("summary"):
        meta["summary"] = without_dateline(meta["summary"])  # 'WASHINGTON (Aug. 13) -- …': the news starts after it
        first = next((u for u in body if u.kind == "paragraph"), None)
        meta["summary"] = summary_as_its_paragraph(meta["summary"], squash_spaces(_plain(first)) if first else "")
    meta["author_entries"] = split_author_note(meta.get("author_note", ""), meta.get("authors", []))
    for entry in meta["author_entries"]:
        if meta.get("author_note_number") and meta.get("author_roles", {}).get(entry["name"]):
            entry["role"] = meta["author_roles"][entry["name"]]  # the post the author line gives, not a disclaimer's words
        elif not entry.get("role") and meta.get("author_roles", {}).get(entry["name"]):
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
    markdown = without_control_characters(markdown, inferred, written=True)  # a page's '&#16;', which no text filter saw
    problems.sort(key=lambda p: p.line)
    return ImportResult(markdown, meta["slug"], inferred, problems, summary, dropped)


LEAD_IN_WORDS = 12
NUMBERED_PARAGRAPHS_MIN = 3


def _first_numbered_paragraph(body: list[Unit], intro: Unit | None) -> Unit | None:
    """A text written in numbered paragraphs (a government's reply, a committee's report: '1. We refer to the recent
    article …', '2. …') opens with its paragraph 1, read as a list item: that is its summary, not the first plain
    paragraph found after the numbered ones (a quotation deep in the text, an annex). A numbered list a heading ends
    before the text's first paragraph ('Key Findings' over three points, then 'Introduction') keeps that paragraph."""
    text = [u for u in body if u.kind not in ("figure", "editorial")]
    text = text[next((i for i, u in enumerate(text) if u.kind != "heading"), len(text)) :]  # under the title's own headings
    items = []
    for unit in text:
        if unit is intro or unit.kind != "bullet" or not unit.data.get("ordered"):
            break
        items.append(unit)
    if len(items) < NUMBERED_PARAGRAPHS_MIN or items[0].data.get("number") != 1 or _lead_in_line(_plain(items[0])):
        return None
    between = itertools.takewhile(lambda unit: unit is not intro, text[len(items) :])
    return None if any(unit.kind == "heading" for unit in between) else items[0]


def _note_on_the_piece(body: list[Unit], meta: Meta, inferred: list[str]) -> None:
    """The first paragraph is the editors' note on the piece ('July 7, 2020 The letter below will appear in the May
    issue. We welcome responses at …', a reposting site's 'Highlights are added by the Harbour Blog.'): set apart as
    theirs, without the date the page gives, and no part of the summary (a description that runs it into the piece's
    opening loses it)."""
    first = next((u for u in body if u.kind == "paragraph"), None)
    if first is None:
        return
    text = first.text.strip()
    dated = find_date(text[:40])
    rest = text[dated[1].end() :].strip(" ,.–—-") if dated and dated[1].start() == 0 else text
    blurb = NEWSROOM_BLURB.match(rest) is not None and CALL_TO_SIGN_UP.search(rest) is not None
    blurb = blurb or version_note(rest)  # 'This is the web version of the original article.'
    blurb = blurb or ADDITIONS_NOTE.match(rest) is not None  # 'Highlights are added by the Harbour Blog.'
    if not (blurb or NOTE_ON_THE_PIECE.match(rest)) or len(rest) > NOTE_ON_THE_PIECE_MAX or not (blurb or ON_PUBLISHING.search(rest)):
        return  # 'This article examines the levy …': the piece's own opening
    first.kind, first.text = "editorial", rest
    inferred.append(f"line {first.line}: the editors' note on the piece over it set apart from its text")
    summary = squash_spaces(meta.get("summary", ""))
    if summary.startswith(squash_spaces(text)) and summary[len(squash_spaces(text)) :].strip():
        meta["summary"] = summary[len(squash_spaces(text)) :].strip()


def _lead_in_line(text: str) -> bool:
    """A short line leading into the list under it ('This Issue Brief finds that:', a motion's 'That the Council -'): no
    summary of the report."""
    return (text.rstrip().endswith(":") or bool(LEAD_IN_DASH.search(text.rstrip()))) and len(text.split()) <= LEAD_IN_WORDS


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
    notes, inferred = list(page.notes), list[str]()
    symbol_notes_of_page(body, notes, inferred)
    return finish_import(meta, body, notes, source_name, slug, inferred, problems, dropped, body[0].line if body else 1)
