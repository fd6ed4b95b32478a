"""A report exported as Markdown by a blog or a CMS (Jekyll, Hugo, Ghost, Substack exports, a reader's "save as Markdown").

Such a file opens with front matter (YAML between `---` lines, or Hugo's TOML between `+++` lines) holding the
title, date, authors, tags and description, and its text is Markdown: `## Heading` lines, `![alt](address)` images
with their caption on the line below, `[text](address)` links and `**bold**` run-in subheads. The importer reads the
rest of the file as it reads any export; this module reads the front matter and the Markdown so that the report's
title is not "---", its headings are headings and its images are not literal text.

The front matter is read with PyYAML's `safe_load` (already pinned in constraints.txt, a pure-Python fallback
when its C extension is missing, and maintained by the YAML project): a hand-made reader would miss quoting,
folded lines and nested keys, all common in exports. `safe_load` builds plain values only, never objects.
"""

from __future__ import annotations

import html
import itertools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import yaml  # type: ignore[import-untyped]  # PyYAML ships no type hints

from .captions import labelled_credit_line
from .datelines import WIRE_AGENCIES
from .dates import find_date
from .frontmatterbodies import FieldText, front_matter_fields, laid_out
from .furniture import furniture_kind
from .importunits import MARKUP_BLOCK_KEY, NOTES_HEADING
from .kramdown import MarkupRead, with_superscript_notes, without_site_markup
from .pandocrefs import PandocRefs, read_pandoc_refs
from .reposts import repost_credit
from .sentences import sentence_end
from .shortcodes import without_shortcodes
from .text import WHOLE_ADDRESS, escape_markdown, squash_spaces
from .unmarkedheading import UNMARKED_EXPORT

if TYPE_CHECKING:
    from .importunits import Meta, Problem, Unit

MARKDOWN_NAME = re.compile(r"\.(?:md|markdown|mdown|mkd|qmd|rmd)$", re.I)  # Quarto's and R Markdown's too
ATX_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S.*?)(?:\s+#+)?$")
# a heading of '#' marks alone: a release's end mark ('# # #'), or with a page's number behind them ('# # # v', '# # 12'),
# what a PDF-to-Markdown converter makes of a page's foot; neither heads any text
HASH_MARK_HEADING = re.compile(r"^#+(?:\s+#+)*(?:\s+(?P<page>\d{1,4}|[ivxlcdm]{1,8}))?$", re.I)
IMAGE_LINE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<address>[^)\s]*)(?:\s+[\"'][^\"']*[\"'])?\)(?:\{[^{}\n]*\})?$")  # '{width=100%}': Pandoc's
# an image in a link to its full size, '[![alt](small.jpg)](large.jpg "title")': a page's headshot or screenshot; its title
# may hold the page's caption markup over lines ('"<div class='credit'>Harbour Press</div>' / '<p>Ada Roe, mayor.</p>' / '")')
LINKED_IMAGE = re.compile(
    r"^\[\s*!\[(?P<alt>[^\]]*)\]\((?P<address>[^)\s]*)(?:\s+\"[^\"]*\")?\)\s*\]\((?P<target>[^)\s]*)(?:\s+\"(?P<title>[^\"]*)\")?\s*\)$", re.S
)  # a converter of a page's card sets spaces inside the link ('[ ![alt](small.jpg) ](story/)')
LIST_MARK = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
IMAGE_OPENING = re.compile(r"^\[?!\[")
IMAGES = re.compile(r"!\[[^\]]*\]\([^)\s]*\)\s*")  # '![a.jpg]()![a.jpg](a.jpg)': a lazy-loading placeholder before the image
IMAGES_LINE = re.compile(f"(?:{IMAGES.pattern})+")
CREDIT_DIV = re.compile(r"<(?P<tag>div|span|p)\b[^>]*class=[\"']?[^\"'>]*credit[^>]*>(?P<credit>.*?)</(?P=tag)>", re.I | re.S)
CREDIT_LINE = re.compile(r"^(?:Image|Photo|Picture|Photograph|Illustration|Credit|Source)s?\s*:\s*\S.{0,60}$")  # 'Image: Apple'
# a link's or image's text (a bracketed word in it allowed: '[Pier [video] closes]'), its address (in angle brackets, or
# with a bracketed part: '…/Pier_(1901)') and its title in double or single quotes or brackets, as CommonMark writes them
LINK = re.compile(
    r"!?\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?P<address><[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)(?:\{[^{}\n]*\})?(?:\s+(?=[,.;:!?)]))?"
)
SPAN = re.compile(r"\[(?P<text>[^\]\n]*)\]\{[^{}\n]*\}")  # Pandoc's '[small caps]{.smallcaps}': the words, not the attributes
STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1(?![\w*])")
# a word processor's export sets the space after a bold run inside it ('**Shell companies: **This is …') and leaves
# empty runs ('community.** **To begin'): the marks go, the space stays
STRONG_WITH_SPACE = re.compile(r"(?<![\w*])\*\*(?=\S)(?P<text>[^*\n]+?)(?<=\S) \*\*(?=\w)")
EMPTY_STRONG = re.compile(r"(?<=\S)\*\*\s+\*\*(?=\S)")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<text>[^*\n]+?)(?<=[^\s*])\*(?![\w*])")
# '_…_' is emphasis too, but never inside a word ('snake_case_name', 'a_b.jpg'), as CommonMark reads it
UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_(?=[^\s_])(?P<text>[^_\n]+?)(?<=[^\s_])_(?![\w_])")
# CommonMark's backslash escapes: a backslash before any ASCII punctuation is that character as text ('5\-4', '\(the\)',
# '61\.5', '\*'), which converters (Pandoc, Turndown, a Medium exporter) write before every mark they might be read as
ESCAPABLE = r"[!-/:-@\[-`{-~]"  # ASCII punctuation
ESCAPED = re.compile(r"\\(?P<char>" + ESCAPABLE + ")")
ESCAPE_STAND_IN = 0xE100  # private-use stand-ins for escaped characters while the marks around them are read
STANDING_IN = re.compile("[\ue121-\ue17e]")
WHOLLY_STRONG = re.compile(r"^(?:\*\*|__)(?P<text>[^*_]{2,120}?)(?:\*\*|__)$")
BLOCK_QUOTE = re.compile(r"(?:^|(?<=\s))>\s?")  # each of a block quote's lines opens with '>', joined into one
QUOTE_BLANK = re.compile(r">\s*")  # a block quote's blank line: its paragraphs apart
LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\S")
# a setext heading's underline, right under its one line: '=' a top heading, '-' the level below (a '---' after a
# blank line is a rule, no underline)
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?P<mark>=|-)(?P=mark)+\s*$")
CAPTION_MAX = 250  # the line under an image is its caption; a longer one is the text going on
SUBTITLE_PHRASE_WORDS = 8  # a subtitle this short with no full stop is a phrase completing the title, not a summary
MARKED_HEADINGS = 2  # '#' headings from which an export marks all its headings so: a line without '#' is none
MARKDOWN_EVIDENCE = 2  # heading, image or footnote lines that make a file of another name a Markdown export
# Pandoc's (and Quarto's, MyST's) fenced div: '::: {.aside}', '::: warning', a closing ':::'; its fences are markup, its text is kept
DIV_FENCE = re.compile(r"^:{3,}\s*(?:\{[^{}]*\}|[A-Za-z][\w-]*)?\s*(?::{3,})?$")
# Pandoc's, GFM's and MultiMarkdown's footnotes: '[^5]' cites, a line '[^5]: text' (its indented paragraphs with it) defines
FOOTNOTE_DEFINITION = re.compile(r"^\[\^(?P<label>[^\]\s^]{1,40})\]:\s*(?P<text>.*)$")
FOOTNOTE_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s^]{1,40})\](?!:)")
INLINE_NOTE = "\x00"  # where an inline note stood, until its marker is written
# Obsidian's comment, '%%…%%' on lines of its own, which its reader never shows; a PDF converter writes its page marks so
OBSIDIAN_COMMENT = re.compile(r"^%%(?P<words>.*?)%%$", re.S)
PAGE_MARK = re.compile(r"^\s*(?:page|p\.?|pg\.?)\s*[\divxlcdm]{1,5}\s*$", re.I)
# in an export whose notes are '[^5]', a bare '[0]' is the text's own ('"[0]%-[9]%"', a clause's '[ii]'), never a note's
# marker: its bracket is held as this private character until the report is written
LITERAL_BRACKET = "\ue000"
BARE_MARKER = re.compile(r"(?<![\\^\]])\[(?=(?:\d{1,3}|[ivxlcdm]{1,7})\](?![(\[:]))")
FILE_ADDRESS = re.compile(r"\.(?:pdf|docx?|epub|odt|zip)(?:[?#].*)?$", re.I)  # a link to the document's file: a download button


@dataclass
class MarkdownExport:
    """The export's text with its front matter blanked out (line numbers unchanged) and the front matter's fields."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    front_matter_end: int = 0  # the front matter's closing line; 0 if there is none
    problem: tuple[int, str] | None = None
    fences: int = 0  # fenced div lines (':::') blanked out
    note_lines: dict[int, int] = field(default_factory=dict)  # a footnote's further lines: line -> the line defining the note
    pandoc: PandocRefs = field(default_factory=PandocRefs)  # pandoc-crossref's figures, citations: what was rewritten
    markup: MarkupRead = field(default_factory=MarkupRead)  # a Jekyll site's markup and superscript notes read (kramdown)
    field_texts: list[FieldText] = field(default_factory=list)  # a page builder's text fields in the front matter, in order
    code_blocks: dict[int, str] = field(default_factory=dict)  # a fenced code block's first line -> the block, fences and all


def read_markdown_export(text: str, source_name: str = "") -> MarkdownExport | None:
    """The export as Markdown, or None when it is not one: no front matter, not named .md, no Markdown headings or images."""
    lines = text.split("\n")
    fence = lines[0].strip() if lines else ""
    if fence in ("---", "+++"):
        closing = next((i for i in range(1, len(lines)) if lines[i].strip() in ((fence, "...") if fence == "---" else (fence,))), None)
        if closing is not None:
            export = MarkdownExport("\n".join([""] * (closing + 1) + lines[closing + 1 :]), front_matter_end=closing + 1)
            source = "\n".join(lines[1:closing])
            try:
                loaded = yaml.safe_load(source) if fence == "---" else tomllib.loads(source)
            except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
                mark = getattr(error, "problem_mark", None)
                line = mark.line + 2 if mark is not None else 1
                export.problem = (
                    line,
                    f"the front matter (lines 1–{closing + 1}) cannot be read ({str(error).splitlines()[0]}); its title, date and authors are not used",
                )
                loaded = {}
            export.fields = loaded if isinstance(loaded, dict) else {}
            fields = front_matter_fields(source, 2, "\n".join(lines[closing + 1 :])) if export.fields else []
            placed = laid_out(fields, closing + 1) if fields else None
            if placed is not None:
                export.field_texts = fields
                export.text = "\n".join(placed + lines[closing + 1 :])
            return _pandoc_blocks(export)
    evidence = sum(1 for line in lines if ATX_HEADING.match(line.strip()) or IMAGE_LINE.match(line.strip()) or FOOTNOTE_DEFINITION.match(line))
    if MARKDOWN_NAME.search(source_name) or evidence >= MARKDOWN_EVIDENCE:
        return _pandoc_blocks(MarkdownExport(text))
    return None


def _pandoc_blocks(export: MarkdownExport) -> MarkdownExport:
    """Blank out fenced divs' fences (their text stays where it is) and find the lines each footnote's text goes on over:
    the lines right under '[^5]: …' and, after a blank line, those indented under it (line numbers are unchanged)."""
    lines = export.text.split("\n")
    original = list(lines)
    _set_code_blocks_apart(lines, export)
    lines = with_superscript_notes(without_shortcodes(without_site_markup(lines, export.markup), export.markup), export.markup)
    export.pandoc = read_pandoc_refs(lines, export.fields)
    note_at = 0  # the line defining the footnote being read, 0 outside one
    blank = False
    for number, line in enumerate(lines, start=1):
        if DIV_FENCE.match(line.strip()) and not line.startswith(("    ", "\t")):
            lines[number - 1], note_at = "", 0
            export.fences += 1
            continue
        if FOOTNOTE_DEFINITION.match(line):
            note_at, blank = number, False
            continue
        if not line.strip():
            blank = True
            continue
        if note_at and (line.startswith(("    ", "\t")) or not (blank or ATX_HEADING.match(line))):
            export.note_lines[number] = note_at
            blank = False
            continue
        note_at = 0
    if lines != original:
        export.text = "\n".join(lines)
    return export


def _text_value(value: object) -> str:
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else ""


def _names(value: object) -> list[str]:
    """'Jane Roe', ['Jane Roe', 'John Doe'], [{'name': 'Jane Roe'}], 'Jane Roe, John Doe' or 'Jane Roe and John Doe'."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("display_name") or ""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    text = LINK.sub(lambda link: link.group("text"), _text_value(value))  # '[Jane Roe](https://janeroe.org/)' is Jane Roe
    return [name.strip() for name in NAMES_SPLIT.split(text) if name.strip()] if text else []


NAMES_SPLIT = re.compile(r",\s*|\s+(?:and|AND)\s+|\s*&\s*")  # 'Jane Roe, John Doe', 'JANE ROE AND JOHN DOE', 'A & B'


def _byline_field(value: object) -> Meta:
    """A clipper's author field that is the page's byline as printed ('By JANE ROE, Harbour Times Staff Writer', as
    Readability reads it): read as a byline, the names in title case, the post after the comma each one's post."""
    from .bylines import _parse_header_part

    text = _text_value(value)
    byline: Meta = {}
    if text[:3].lower() != "by " or len(text) > BYLINE_FIELD_MAX:
        return byline
    capitals = CAPITALS_BYLINE.match(text)
    if capitals:  # a wire's style: the names in capitals, the desk's post after them ('By JANE ROE, Wire Harbour Writer')
        listed = [n.strip() for n in NAMES_SPLIT.split(capitals.group("names")) if n.strip()]
        # an agency after the names ('By JANE ROE, AP'), or any one word of three letters at most, is the credit, no writer
        credits = [n for n in listed if n.casefold() in AGENCIES or (" " not in n and len(n) <= ACRONYM_MAX)]
        names = [n.title() for n in listed if n not in credits]
        if not names:
            return byline
        post = (capitals.group("post") or "").strip() or ", ".join(credits)
        return {"authors": names, "author_roles": dict.fromkeys(names, post)} if post else {"authors": names}
    _parse_header_part(text, byline, False)
    return byline


BYLINE_FIELD_MAX = 160
ACRONYM_MAX = 3
AGENCIES = frozenset(agency.casefold() for agency in WIRE_AGENCIES)
CAPITALS_BYLINE = re.compile(
    r"^(?i:by)\s+(?P<names>[A-Z][A-Z.'’-]+(?:(?:\s+|,\s*|\s+(?:and|AND)\s+|\s*&\s*)[A-Z][A-Z.'’-]+)+)(?:,\s*(?P<post>.*[a-z].*))?$"
)


def _listed(value: object) -> list[object]:
    """A list's items; 'a, b' written as one string; a Ghost-style [{'name': 'a'}] list's names."""
    if isinstance(value, list):
        return [item.get("name", "") if isinstance(item, dict) else item for item in value]
    return [part for part in re.split(r",\s*", value)] if isinstance(value, str) else []


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text_value(value)
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    found = find_date(text)
    return found[0] if found else None


def _author_posts(fields: dict[str, object], names: list[str], meta: Meta) -> None:
    """A theme's field of the authors' posts beside their names ('author_title: ["Senior Fellow, Harbour Institute"]'),
    one post for each name in the same order; a list of another length pairs with nobody."""
    for key in AUTHOR_POST_KEYS:
        value = fields.get(key)
        posts = [_text_value(item) for item in value] if isinstance(value, list) else [_text_value(value)] if isinstance(value, str) else []
        if posts and len(posts) == len(names):
            meta["author_roles"] = {name: post for name, post in zip(names, posts, strict=True) if post}
            return


AUTHOR_POST_KEYS = ("author_title", "author_titles", "author_role", "author_roles", "author_position", "author_job_title")


def front_matter_meta(export: MarkdownExport, meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """Title, date, authors, tags and summary from the front matter's usual keys (Jekyll, Hugo, Ghost, Substack)."""
    from .importunits import Problem

    if export.problem:
        problems.append(Problem(*export.problem))
    problems.extend(Problem(*problem) for problem in export.pandoc.problems)
    if not export.front_matter_end:
        return
    fields, where = export.fields, f"the front matter, lines 1–{export.front_matter_end}"
    title = _text_value(fields.get("title")) or _text_value(fields.get("headline"))
    if title:
        meta["title"], meta["title_line"], meta["title_basis"] = title, 1, where
    for key in ("date", "published", "publishDate", "pubDate", "published_at", "created_at"):
        day = _date(fields.get(key))
        if day:
            meta["date"], meta["date_basis"] = day, f"'{key}:' in {where}"
            break
    for key in ("authors", "author", "byline"):
        byline = _byline_field(fields.get(key))
        names = byline.get("authors") or _names(fields.get(key))
        if names:
            meta["authors"] = names
            if byline.get("author_roles"):
                meta["author_roles"] = byline["author_roles"]
            else:
                _author_posts(fields, names, meta)
            break
    # Quarto, Hugo and Jekyll file posts under 'categories' (Jekyll's one 'category'); a blog's tags are as much its topics
    tags = [_text_value(t) for key in ("tags", "keywords", "categories", "category") for t in _listed(fields.get(key)) if _text_value(t)]
    if tags:
        meta["tags"] = list(dict.fromkeys(tags))
    subtitle = _text_value(fields.get("subtitle"))
    if title and subtitle and len(subtitle.split()) <= SUBTITLE_PHRASE_WORDS and subtitle[-1:] not in ".!?":
        # Quarto's and Pandoc's 'subtitle: Life and Times' is the title's second part; a sentence there is the summary
        meta["title"], subtitle = f"{title.rstrip(':')}: {subtitle}", ""
    summary = next((v for v in (*(_text_value(fields.get(k)) for k in ("description", "summary", "excerpt", "custom_excerpt")), subtitle) if v), "")
    if summary:
        meta["summary"] = summary
    found = [k for k, v in (("title", title), ("date", meta.get("date")), ("authors", meta.get("authors")), ("tags", tags)) if v]
    if export.field_texts:
        lines = ", ".join(dict.fromkeys(str(found.line) for found in export.field_texts))
        inferred.append(
            f"lines 1–{export.front_matter_end}: front matter read ({', '.join(found) or 'nothing usable'}); its blocks' text fields"
            f" (lines {lines}) read as the report's text, in their order, its other lines not"
        )
        return
    inferred.append(
        f"lines 1–{export.front_matter_end}: front matter read ({', '.join(found) or 'nothing usable'}); its lines are not the report's text"
    )


Emphasis = list[tuple[str, str]]  # the phrases a line sets in bold ('**') or italics ('*'), as plain text, in order


def inline_markdown(text: str, emphasis: Emphasis | None = None) -> str:
    """Plain text of a Markdown line: a link's or image's text without its address, bold and italics without their marks,
    an escaped character ('\\.') as the character; given a list, the phrases in bold or italics are added to it."""
    escaped = "\\" in text
    if escaped:  # stood in for while the marks are read, so that '\*' or '\[' opens nothing
        text = ESCAPED.sub(lambda m: chr(ESCAPE_STAND_IN + ord(m.group("char"))), text)
    text = LINK.sub(lambda m: m.group("text"), text.replace("\u200b", ""))  # zero-width spaces a page editor leaves
    text = SPAN.sub(lambda m: m.group("text"), text)
    text = STRONG_WITH_SPACE.sub(lambda m: m.group("text") + " ", EMPTY_STRONG.sub(" ", text))
    found: Emphasis = []

    def words(mark: str) -> Callable[[re.Match[str]], str]:
        def kept(match: re.Match[str]) -> str:
            if emphasis is not None:
                found.append((mark, match.group("text")))
            return match.group("text")

        return kept

    text = STRONG.sub(words("**"), text)
    text = EMPHASIS.sub(words("*"), text)
    if "_" in text:
        text = UNDERSCORE_EMPHASIS.sub(words("*"), text)
    if emphasis is not None:  # a bold phrase may hold an italic one: each phrase as the plain text it reads
        emphasis.extend((mark, _unescaped(inline_markdown(phrase))) for mark, phrase in found)
    return _unescaped(text) if escaped else text


def _with_credit_address(markdown: str, plain: str) -> str:
    """A repost's credit line keeps the address its link gave ('Originally published by [The Ledger](https://…)' reads
    'Originally published by The Ledger: https://…', as a plain text writes it), so its outlet stays linked
    (`reposts.repost_credit`); one address only, to a web page; any other line is its plain text."""
    if "](" not in markdown or repost_credit(plain) is None:
        return plain
    addresses = {m.group("address") for m in LINK.finditer(markdown) if not m.group(0).startswith("!")}
    whole = WHOLE_ADDRESS.match(next(iter(addresses))) if len(addresses) == 1 else None
    if whole is None or whole["scheme"] == "file":
        return plain
    return f"{plain.strip().rstrip('.')}: {addresses.pop()}"


def _unescaped(text: str) -> str:
    return STANDING_IN.sub(lambda m: chr(ord(m.group()) - ESCAPE_STAND_IN), text)


def with_emphasis(written: str, emphasis: Emphasis) -> str:
    """A paragraph as written for the report (its marks escaped) with the bold and italics its export gave it set again:
    a phrase set twice is set at its first two whole-word occurrences; a phrase the import rewrote is left as it reads."""
    done: dict[tuple[str, str], int] = {}
    for mark, phrase in emphasis:
        escaped = escape_markdown("a" + phrase)[1:]  # as it is written inside a line, never at a block's opening
        if not escaped.strip():
            continue
        seen = done.get((mark, phrase), 0)
        found = next(itertools.islice(re.finditer(r"(?<![\w\\])" + re.escape(escaped) + r"(?!\w)", written), seen, None), None)
        if found is None:
            continue
        done[(mark, phrase)] = seen + 1
        written = written[: found.start()] + mark + found.group() + mark + written[found.end() :]
    return written


def _note_markdown(text: str) -> str:
    """A footnote's text as Dossier Markdown: its words escaped, its links to web addresses kept (a note's source)."""
    pieces: list[str] = []
    start = 0
    for link in LINK.finditer(text):
        pieces.append(_escaped(inline_markdown(text[start : link.start()]), first=not pieces))
        words = _escaped(inline_markdown(link.group("text")), first=not pieces)
        address = link.group("address")
        web = re.match(r"(?:https?://|mailto:)[^\s()<>\[\]]+$", address, re.I) and not link.group(0).startswith("!")
        pieces.append(f"[{words}]({address})" if web and words.strip() else words)
        start = link.end()
    pieces.append(_escaped(inline_markdown(text[start:]), first=not pieces))
    return re.sub(r"\s+", " ", "".join(pieces)).strip()


def _escaped(text: str, first: bool) -> str:
    from .text import escape_markdown

    return escape_markdown(text) if first else escape_markdown("a" + text)[1:]  # a block's opening only at the note's start


def _inline_notes(text: str) -> tuple[str, list[str]]:
    """Pandoc's inline notes, 'text.^[The note's words, [a link](…) too.]': the text with an 'INLINE_NOTE' mark for each,
    and the notes' words in order (brackets inside a note are counted, so its links stay in it)."""
    pieces: list[str] = []
    notes: list[str] = []
    start = 0
    at = text.find("^[")
    while at >= 0:
        depth, end = 0, -1
        for index in range(at + 1, len(text)):
            if text[index] == "\\":
                continue
            if text[index] == "[" and text[index - 1] != "\\":
                depth += 1
            elif text[index] == "]" and text[index - 1] != "\\":
                depth -= 1
                if depth == 0:
                    end = index
                    break
        if end < 0 or (at and text[at - 1] == "\\") or not text[at + 2 : end].strip():
            at = text.find("^[", at + 2)
            continue
        pieces.append(text[start:at].rstrip(" ") + INLINE_NOTE)
        notes.append(re.sub(r"\s+", " ", text[at + 2 : end]).strip())
        start = end + 1
        at = text.find("^[", start)
    return "".join(pieces) + text[start:], notes


def footnote_units(units: list[Unit], export: MarkdownExport | None, inferred: list[str]) -> list[Unit]:
    """'[^5]' markers and '[^5]: …' definitions: each definition (with its further lines) a note, each marker the text's
    '[5]'. Labels that are all numbers keep them; other labels ('[^harbour]') are numbered in the order they are first
    cited, as Pandoc numbers them. Pandoc's inline notes ('^[…]') are notes too, numbered with the others in the order
    cited, their texts put after the report's text."""
    note_lines = export.note_lines if export is not None else {}
    joined: list[Unit] = []
    defining: dict[int, Unit] = {}
    inline: list[Unit] = []
    for unit in units:
        owner = defining.get(note_lines.get(unit.line, 0))
        if owner is not None:
            owner.text = owner.text.rstrip() + " " + unit.text.strip()
            continue
        if FOOTNOTE_DEFINITION.match(unit.text.strip()):
            defining[unit.line] = unit
        elif export is not None and "^[" in unit.text:
            unit.text, words_of = _inline_notes(unit.text)
            for words in words_of:
                label = f"inline-note-{len(inline) + 1}"
                unit.text = unit.text.replace(INLINE_NOTE, f"[^{label}]", 1)
                inline.append(type(unit)(unit.line, f"[^{label}]: {words}"))
        joined.append(unit)
    joined += inline  # after the text, each with its marker's line
    notes = {id(unit) for unit in [*defining.values(), *inline]}
    if not notes:
        return units
    labels: list[str] = []
    for unit in joined:
        if id(unit) not in notes:
            labels += [m.group("label") for m in FOOTNOTE_REFERENCE.finditer(unit.text)]
    defined = [FOOTNOTE_DEFINITION.match(unit.text.strip()).group("label") for unit in joined if id(unit) in notes]  # type: ignore[union-attr]
    labels = list(dict.fromkeys(labels + defined))
    numbered = all(label.isdigit() for label in labels)
    keys = {label: (str(int(label)) if numbered else str(index)) for index, label in enumerate(labels, start=1)}

    def marker(match: re.Match[str]) -> str:
        return f"[{keys[match.group('label')]}]"

    if export is not None and defining:
        for unit in joined:
            if id(unit) not in notes:
                unit.text = BARE_MARKER.sub(LITERAL_BRACKET, unit.text).replace("\\[", LITERAL_BRACKET)  # '\[1\]' too

    for unit in joined:
        if id(unit) in notes:
            definition = FOOTNOTE_DEFINITION.match(unit.text.strip())
            assert definition is not None  # the unit was kept as a definition because it matched
            unit.text = _note_markdown(FOOTNOTE_REFERENCE.sub("", definition.group("text")))
            unit.data.update(md_note=keys[definition.group("label")], markdown=True, note_keys=[])
        else:
            unit.text = FOOTNOTE_REFERENCE.sub(marker, unit.text)
    inferred.append(
        f"Markdown footnotes read: {len(defining)} '[^n]: …' definitions as notes, '[^n]' as their markers"
        + ("" if numbered else " (labels numbered in the order they are first cited)")
        + (f"; {len(inline)} inline notes '^[…]' numbered with them" if inline else "")
    )
    return joined


# a fenced code block ('```python' … '```', '~~~' … '~~~'), at the margin or indented under a list's item: its lines are
# code, never headings, notes or text to read; the closing fence is the opening's mark, at least as long, indented as the
# opening is (up to three spaces more); a fence never closed is no block (its lines stay text)
# (at most three levels of a list's indent and sixteen marks: no text needs more, and each failed opening scans the rest)
CODE_FENCE = re.compile(r"^(?P<indent> {0,12})(?P<fence>`{3,16}|~{3,16})(?P<info>[^`~][^`]*)?$")
CODE_BLOCK = "\ue001"  # the line a fenced code block stood on holds this until its unit is made
CLOSING_INDENT_MORE = 3


def _set_code_blocks_apart(lines: list[str], export: MarkdownExport) -> None:
    """Put each fenced code block aside in export.code_blocks, keyed by its first line, its lines taken out of the list
    item's indent, and leave that line holding CODE_BLOCK and the block's other lines blank (line numbers unchanged)."""
    unclosed: dict[tuple[str, int], int] = {}  # (mark, indent) -> the shortest opening no fence below closed
    number = 0
    while number < len(lines):
        opening = CODE_FENCE.match(lines[number])
        if opening is None:
            number += 1
            continue
        indent, mark = len(opening.group("indent")), opening.group("fence")
        if len(mark) >= unclosed.get((mark[0], indent), len(mark) + 1):
            number += 1  # a longer or equal fence failed to close below an earlier line: this one cannot close either
            continue
        closing = next((n for n in range(number + 1, len(lines)) if _closes(lines[n], mark, indent)), None)
        if closing is None:
            unclosed[(mark[0], indent)] = len(mark)
            number += 1
            continue
        export.code_blocks[number + 1] = "\n".join(
            line[indent:].rstrip() if not line[:indent].strip() else line.strip() for line in lines[number : closing + 1]
        )
        lines[number] = CODE_BLOCK
        lines[number + 1 : closing + 1] = [""] * (closing - number)
        number = closing + 1


def _closes(line: str, mark: str, indent: int) -> bool:
    stripped = line.lstrip(" ")
    return (
        indent <= len(line) - len(stripped) <= indent + CLOSING_INDENT_MORE
        and stripped.rstrip().startswith(mark)
        and not stripped.rstrip().strip(mark[0])
    )


def markdown_units(units: list[Unit], inferred: list[str], dropped: dict[str, list[str]], export: MarkdownExport | None = None) -> list[Unit]:
    """Read Markdown's headings, images and inline marks; a caption under an image becomes the figure's caption."""
    kept: list[Unit] = []
    after_image: tuple[str, int] | None = None  # the alt text of the image just above, and its line
    image_end = 0  # the last line of the image just above
    page_turned = False  # a page mark stood right above
    credit_given = ""  # the credit under the photo just read: given again under it by the page's gallery, furniture
    if export is not None and export.fences:
        inferred.append(f"{export.fences} fenced div lines (':::') read as markup: the text inside them kept, the fences left out")
    crossref = export.pandoc if export is not None else PandocRefs()
    inferred.extend(crossref.inferred)
    if export is not None:
        inferred.extend(export.markup.inferred)
        for kind, lines in export.markup.dropped.items():
            dropped.setdefault(kind, []).extend(lines)
    if crossref.images:
        dropped.setdefault("image (a report holds no images; its caption or alt text is kept)", []).extend(crossref.images)
    blocks = closing_rail(_paragraphs(footnote_units(units, export, inferred)), dropped)
    last_text = _last_text_block(blocks)
    for index, unit in enumerate(blocks):
        if index > last_text and CONVERTER_NOTE.match(inline_markdown(unit.text).strip()):
            dropped.setdefault("converter's note", []).append(inline_markdown(unit.text).strip())
            continue
        closing_heading = ATX_HEADING.match(unit.text.strip()) if index == last_text else None
        if closing_heading is not None and LINK.fullmatch(closing_heading.group("text")):
            dropped.setdefault("link to the publication closing the text", []).append(inline_markdown(unit.text.strip()).lstrip("# "))
            continue
        if unit.data.get("md_note"):
            kept.append(unit)
            continue
        if unit.line in crossref.figures:  # a numbered figure: its caption is its own, never the paragraph under it
            if after_image and after_image[0]:
                kept.append(_figure(after_image[1], after_image[0]))
            after_image = None
            kept.append(_figure(unit.line, inline_markdown(crossref.figures[unit.line]), unit.data.get("end", unit.line)))
            continue
        text = unit.text.strip()
        if text == CODE_BLOCK and export is not None and unit.line in export.code_blocks:
            unit.kind, unit.data["code"] = "code", export.code_blocks[unit.line]
            kept.append(unit)
            continue
        comment = OBSIDIAN_COMMENT.match(text)
        if comment:  # hidden in the export's reader: a converter's page mark ('%%page 478%%'), a writer's own note
            dropped.setdefault("page mark" if PAGE_MARK.match(comment.group("words")) else "comment ('%%…%%')", []).append(text)
            page_turned = page_turned or bool(PAGE_MARK.match(comment.group("words")))
            continue
        cut = kept[-1] if page_turned and kept and _cut_paragraph(kept[-1]) else None
        page_turned = False
        if cut is not None and GOES_ON.match(text) and not (ATX_HEADING.match(text) or BLOCK_QUOTE.match(text) or IMAGE_LINE.match(text)):
            cut.text = cut.text.rstrip() + " " + inline_markdown(unit.text).strip()  # the sentence the page mark cut, whole again
            cut.data["end"] = unit.data.get("end", unit.line)
            continue
        if SETEXT_UNDERLINE.match(text) and not unit.data.get("setext"):
            continue  # a rule ('-----') under a paragraph or between two: markup, no text
        download = LINK.fullmatch(text)
        if download and FILE_ADDRESS.search(download.group("address")) and len(download.group("text").split()) <= 6:
            dropped.setdefault("download link", []).append(inline_markdown(text))  # '[Download PDF](brief.pdf){.btn}'
            continue
        if download and furniture_kind(inline_markdown(download.group("text")).strip()) == "link to the original":
            # a clipper's or a reposting site's line wholly a link to the page it took the story from: never the summary
            dropped.setdefault("clipper's link to the original", []).append(inline_markdown(text))
            continue
        quoted = BLOCK_QUOTE.match(text)
        if quoted:
            text = unit.text = BLOCK_QUOTE.sub("", text.replace("\n", " ")).strip()
            unit.data.update(md_quote=True, paragraph=True)
            subhead = ATX_HEADING.match(text)
            if subhead:  # the quotation's own subhead: a line of it, never the report's section nor '####' in its words
                text = unit.text = subhead.group("text").strip()
        item = LIST_MARK.sub("", text) if LIST_MARK.match(text) and "![" in text else text  # a list's item wholly an image is the image
        image = IMAGE_LINE.match(item) or (IMAGE_LINE.match(IMAGES.findall(item)[-1].strip()) if IMAGES_LINE.fullmatch(item) else None)
        linked = LINKED_IMAGE.match(item) if not image else None
        if image or linked:
            if after_image and after_image[0]:
                kept.append(_figure(after_image[1], after_image[0]))
            after_image, credit_given = None, ""
            found = image or linked
            assert found is not None
            dropped.setdefault("image (a report holds no images; its caption or alt text is kept)", []).append(found.group("address"))
            caption, credit = _title_caption(linked.group("title") or "") if linked else ("", "")
            if not caption and export is not None:
                caption = export.markup.picture_captions.get(unit.line, "")  # a site's picture shortcode's own caption
            if caption:  # the page's own caption in the image's title: the figure, whatever line is under it
                kept.append(_figure(unit.line, caption, unit.data.get("end", unit.line), credit))
                continue
            alt = inline_markdown(found.group("alt")).strip()
            after_image = None if DECORATIVE_IMAGE.search(alt) else (alt, unit.line)  # a divider has no caption under it
            image_end = unit.data.get("end", unit.line)
            continue
        heading = ATX_HEADING.match(text)
        strong = WHOLLY_STRONG.match(text)
        marks = HASH_MARK_HEADING.match(heading.group("text")) if heading else None
        if marks:
            kind = "page number (a converter's heading of '#' marks)" if marks.group("page") else "empty heading or end mark"
            dropped.setdefault(kind, []).append(text)
            continue
        if heading or unit.data.get("setext"):
            unit.text = inline_markdown(heading.group("text") if heading else text).strip()
            if not NOTES_HEADING.match(unit.text):  # "## References" opens the notes list, as the line "References" does
                unit.data.update(heading=True, md_level=len(heading.group("hashes")) if heading else unit.data["setext"])
        elif strong and strong.group("text").strip()[-1:] not in ".,;:" and not NOTES_HEADING.match(strong.group("text").strip()):
            unit.text = inline_markdown(strong.group("text")).strip()
            unit.data.update(heading=True, md_level=0)  # a run-in subhead in bold on a line of its own
        else:
            emphasis: Emphasis = []
            unit.text = _with_credit_address(unit.text, inline_markdown(unit.text, emphasis))
            if emphasis:  # kept as the export set it, in the text written (importmarkdown)
                unit.data["emphasis"] = emphasis
            if not unit.text.strip():
                continue  # markup alone ('[]{#anchor}')
        if after_image is not None and PHOTO_BUTTON.fullmatch(unit.text.strip()):
            dropped.setdefault("widget button", []).append(unit.text.strip())  # 'ENLARGE' between the photo and its caption
            continue
        if after_image is not None and after_image[0] and labelled_credit_line(unit.text):
            credit_given = unit.text.strip()  # 'Photo: Jane Roe, Wire' under the photo: its credit; the alt text is its caption
            caption = after_image[0].split(f" {credit_given}")[0].strip() if f" {credit_given}" in after_image[0] else after_image[0]
            kept.append(_figure(after_image[1], caption, 0, credit_given))
            after_image = None
            continue
        if credit_given and unit.text.strip() == credit_given and not unit.data.get("heading"):
            dropped.setdefault("the photo's credit given again", []).append(unit.text.strip())  # the gallery's own credit line
            continue
        if not furniture_kind(unit.text):
            credit_given = ""  # given again only under the figure it credits, past a gallery's controls: a later photo's is its own
        if after_image is not None:
            if not unit.data.get("heading") and _caption_under_image(unit, after_image[1], image_end):
                kept.append(_figure(after_image[1], unit.text.strip(), unit.line))
                after_image = None
                continue
            if after_image[0]:
                kept.append(_figure(after_image[1], after_image[0]))
            after_image = None
        kept.append(unit)
    if after_image and after_image[0]:
        kept.append(_figure(after_image[1], after_image[0]))
    if export is not None:
        for unit in kept:
            unit.data[MARKUP_BLOCK_KEY] = True
    if sum(1 for u in kept if u.data.get("md_level")) >= MARKED_HEADINGS:
        for unit in kept:
            if not unit.data.get("heading"):
                unit.data["md_marked_headings"] = True
    elif all(u.data.get("md_level") is None for u in kept):
        for unit in kept:
            unit.data[UNMARKED_EXPORT] = True  # an export marking no heading: its one unmarked heading is none (unmarkedheading)
    if any(u.data.get("md_level") is not None for u in kept) or any(u.data.get("md_figure") for u in kept):
        inferred.append("Markdown read: '#' headings and bold lines as headings, an image's caption (or alt text) as a figure")
    return kept


# A scraper's or an archive's header in Markdown: the fields of the page it read as a list under the title ('## Information:' /
# '+ Source: ZDNet' / '+ Date: August 9, 2021' / '+ Author: Chris Duckett'), then a label over the article ('## Article:')
FIELD_ITEM = re.compile(r"^[-*+]\s+(?P<key>[A-Za-z][A-Za-z ]{0,20}?)\s*:\s+(?P<value>\S.*)$")
FIELD_KEYS = frozenset(
    {"source", "link", "url", "address", "date", "published", "updated", "author", "authors", "by", "byline", "writer", "publisher", "site"}
    | {"outlet", "category", "categories", "tags", "section", "language", "title", "headline", "subtitle", "description", "summary"}
)
# a web archive's own fields about its copy: 'Original: <…>', 'Preserved from: …', 'Retrieved: …', 'Licence: unknown'
ARCHIVE_KEY_WORDS = frozenset({"original", "archived", "archive", "retrieved", "accessed", "preserved", "captured", "snapshot", "canonical"})
ARCHIVE_KEY_WORDS |= {"current", "licence", "license", "rights", "copyright"}
AUTHOR_KEYS = frozenset({"author", "authors", "by", "byline", "writer"})
DATE_KEYS = frozenset({"date", "published", "updated"})
FIELDS_REACH = 6  # units from the top where the field list may start (under the title, a standfirst and the list's label)
LABEL_HEADING = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:?$")  # 'Information:', 'Article:', 'Metadata', 'Full text:'
PLACEHOLDER = re.compile(r"^(?:unknown|n/?a|none|null|undefined|-+)$", re.I)  # a field the scraper found empty, written out
DECK_WORDS = 8  # a heading right under the title this long, or ending on a full stop, is the standfirst


# an image the page draws as an ornament, as its alt text says ('Two color orange horizontal divider', 'spacer'): the
# paragraph under it is the text's, never its caption
DECORATIVE_IMAGE = re.compile(r"\b(?:divider|separator|spacer|horizontal (?:rule|line|bar)|decorative|ornament)\b", re.I)
PHOTO_BUTTON = re.compile(r"(?-i:ENLARGE|EXPAND|ZOOM|Enlarge this image|View larger image)")
EXCERPT_BLOCK = re.compile(r"^(?:#{1,6}\s*)?Excerpt\s*:?\s+(?P<text>\S.*)$")  # '> ## Excerpt' / '> The mayor's donors …'
EXCERPT_REACH = 3  # units from the top: under the clipped page's title


def clipped_page_excerpt(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """A page clipped to Markdown by a browser extension (MarkDownload's template: '# Title - Site', '> ## Excerpt' over the
    page's description in a block quote, a rule, then the page): the excerpt is the summary, never the text's opening
    quotation nor a section, and the headline the page gives again under it is no section either."""
    for index, unit in enumerate(units[:EXCERPT_REACH]):
        found = EXCERPT_BLOCK.match(unit.text.strip()) if unit.data.get("md_quote") else None
        if found is None:
            continue
        dropped.setdefault("the clipped page's excerpt", []).append(found.group("text").strip())
        units = units[:index] + units[index + 1 :]
        title = units[0].text.strip() if units and units[0].data.get("heading") else ""
        again = next((i for i in range(index, min(len(units), index + EXCERPT_REACH)) if units[i].data.get("heading")), None)
        menu_end = _headline_under_menus(units, index, title) if again is None or units[again].text.strip() != title else None
        if menu_end is not None:  # the site's menus the extension kept between the excerpt and the headline given again
            dropped.setdefault("the clipped page's menus over its headline", []).extend(u.text.strip() for u in units[index:menu_end])
            inferred.append(f"lines {units[index].line}–{units[menu_end - 1].line}: the site's menus over the headline left out")
            units, again = units[:index] + units[menu_end:], index
        headline = units[again].text.strip() if again is not None and again > 0 else ""
        if again is not None and title and headline and title.startswith(headline) and PAGE_TITLE_SUFFIX.fullmatch(title[len(headline) :]):
            dropped.setdefault("the headline given again", []).append(headline)
            units = units[:again] + units[again + 1 :]
        deck = units[again] if again is not None and again < len(units) else None
        if deck is not None and deck.data.get("heading") and len(deck.text.split()) >= DECK_WORDS and (deck.data.get("md_level") or 0) >= 2:
            meta.setdefault("standfirst", deck.text.strip())  # the page's subtitle under its headline: the summary, no section
            inferred.append(f"line {deck.line}: the clipped page's subtitle under its headline read as the summary")
            return units[: units.index(deck)] + units[units.index(deck) + 1 :]
        excerpt = _excerpt_of_the_story(found.group("text").strip(), units[index:])
        meta.setdefault("standfirst", excerpt)
        inferred.append(f"line {unit.line}: the clipped page's '## Excerpt' block read as the summary")
        return units
    return units


CLIP_MENU_REACH = 150  # units under the excerpt where the headline given again is looked for, under the site's menus
MENU_LINE_MAX = 100  # a menu's item is short: a link's words, a social link's empty item, the print logo's address
ADDRESS_IN_LINE = re.compile(r"https?://\S+")  # anywhere on the line (WHOLE_ADDRESS is a whole link's address)


def _headline_under_menus(units: list[Unit], start: int, title: str) -> int | None:
    """The index of the headline given again under the site's menus, where the clip opens on them (the page's social links,
    its sections and services, each a list item, the print logo's address): every unit from `start` down to the headline a
    short line with no sentence in it; else None. A clip whose text opens under the excerpt keeps all of it."""
    if not title:
        return None
    for at in range(start, min(len(units), start + CLIP_MENU_REACH)):
        unit = units[at]
        text = ADDRESS_IN_LINE.sub("", unit.text).strip()  # the print logo's alt text and the page's address: a short line
        if unit.data.get("heading") and text == title:
            return at if at > start else None
        if unit.data.get("heading") or unit.data.get("md_figure") or len(text) > MENU_LINE_MAX or text[-1:] in ".!?”\"'":
            return None
    return None


STORY_REACH = 40  # units under the excerpt where the story's paragraphs it repeats are looked for
STORY_PARAGRAPH_WORDS = 8


def _excerpt_of_the_story(excerpt: str, below: list[Unit]) -> str:
    """The excerpt as the summary; where the page's description is the story itself (two of its paragraphs or more given
    whole in the excerpt, run together), only the story's first paragraph (the excerpt's first part, or the story's)."""
    folded = _words_only(excerpt)
    repeated = [
        u.text.strip()
        for u in below[:STORY_REACH]
        if not u.data.get("heading") and len(u.text.split()) >= STORY_PARAGRAPH_WORDS and _words_only(u.text) in folded
    ]
    if len(repeated) < 2:
        return excerpt
    parts = [part.strip() for part in re.split(r"\s{3,}", excerpt) if part.strip()]
    return parts[0] if len(parts) > 1 else repeated[0]


def _words_only(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


PAGE_TITLE_SUFFIX = re.compile(r"\s*(?:[-|–—:]\s*\S.{0,60})?")  # ' - The Harbour Journal' after the page's headline


def archive_header(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """An archive's header under the title: its field list read for the author and the date, then left out with the
    labels over it and over the article (and an empty field's 'Unknown' under the latter); a sentence set as a
    smaller heading right under the '#' title is the standfirst. A list of facts in the report's text is no field list:
    its keys are not a page's fields, or it stands below the text's first paragraphs."""
    start = next((i for i, u in enumerate(units[:FIELDS_REACH]) if _field(units, i)), None)
    citing = {i for i in range(start or 0) if _citation(units, i)}
    if start is None or not all(u.data.get("heading") or i in citing for i, u in enumerate(units[:start])):
        return units  # the header holds headings only (title, standfirst, label) over the fields; a list under text is the text's
    end = start
    while end < len(units) and _field(units, end):
        end += 1
    fields = [(unit, found) for unit in units[start:end] if (found := FIELD_ITEM.match(unit.text.strip()))]
    keys = {found.group("key").strip().casefold() for _, found in fields}
    if end - start < 2 or not keys & (AUTHOR_KEYS | DATE_KEYS):
        return units
    for unit, found in fields:
        key, value = found.group("key").strip().casefold(), inline_markdown(found.group("value")).strip()
        if key in AUTHOR_KEYS and not meta.get("authors") and not PLACEHOLDER.match(value):
            meta["authors"] = _names(value)
        elif key in DATE_KEYS and not meta.get("date"):
            day = find_date(value)
            if day:
                meta["date"], meta["date_basis"] = day[0], f"the field list's {found.group('key').strip()!r}, line {unit.line}"
    cut = set(range(start, end)) | citing
    if start > 0 and _label(units[start - 1]):
        cut.add(start - 1)
    after = end
    notice = next((i for i in range(end, min(end + NOTICE_REACH + 1, len(units))) if _label(units[i])), None)
    if notice is not None and all(not units[i].data.get("heading") for i in range(end, notice)):
        cut |= set(range(end, notice))  # the archive's word on its copy ('Rights remain with …'), over the label of the article
        after = notice
    if after < len(units) and _label(units[after]):
        cut.add(after)
        after += 1
    below = units[after] if after < len(units) else None
    if below is not None and not below.data.get("heading") and (PLACEHOLDER.match(below.text.strip()) or _archive_banner(below)):
        cut.add(after)
    if len(units) > 1 and units[0].data.get("md_level") == 1 and (units[1].data.get("md_level") or 0) > 1 and 1 not in cut:
        deck = units[1].text.strip()
        if len(deck.split()) >= DECK_WORDS or deck.endswith("."):
            meta.setdefault("standfirst", deck)
            cut.add(1)
            inferred.append(f"line {units[1].line}: a sentence set as a smaller heading under the title read as the standfirst")
    dropped.setdefault("the archive's field list and its labels", []).extend(units[i].text for i in sorted(cut) if i >= start - 1)
    inferred.append(
        f"lines {units[start].line}–{units[end - 1].line}: the archive's field list read ({', '.join(sorted(keys))}); not the report's text"
    )
    return [u for i, u in enumerate(units) if i not in cut]


# a news tracker's or a clipper's template: its own summary under a label over the page's text under another label
# ('## Summary' / the summary / '## Full Article' / the story)
SUMMARY_LABEL = re.compile(r"^(?:Summary|AI Summary|Article Summary)\s*:?$", re.I)
FULL_TEXT_LABEL = re.compile(r"^(?:Full (?:Article|Text|Story)|Article(?: Text)?|Original Article)\s*:?$", re.I)
SUMMARY_LABEL_REACH = 8  # units from the top where the summary's label stands, under the title, the fields and a picture
SUMMARY_PARAGRAPHS_MAX = 3
TOOL_LABEL = "saving tool's label"


def summary_over_full_article(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """A page a news tracker or a clipper saved to Markdown under its own two labels, its summary of the page under
    'Summary' and the page's text under 'Full Article' (or 'Full Text', 'Article'): the two labels are the tool's, no
    sections (marked TOOL_LABEL here, left out once the body's headings are read: the page's own subheads, which the
    tool flattened into lines of text, are found as the subheads of a text with headings), and its summary is the
    report's summary, left where it stands so that the overview shows it once as the lede. A report's own 'Summary'
    section over its 'Introduction' is left as it is."""
    label = next((i for i, u in enumerate(units[:SUMMARY_LABEL_REACH]) if u.data.get("heading") and SUMMARY_LABEL.match(u.text.strip())), None)
    if label is None:
        return units
    full = next((i for i in range(label + 1, min(len(units), label + 2 + SUMMARY_PARAGRAPHS_MAX)) if units[i].data.get("heading")), None)
    if full is None or full == label + 1 or not FULL_TEXT_LABEL.match(units[full].text.strip()):
        return units
    if not meta.get("summary") and not meta.get("standfirst"):
        meta["standfirst"] = _tool_summary(units[label + 1 : full])
    units[label].data[TOOL_LABEL] = units[full].data[TOOL_LABEL] = True
    inferred.append(f"lines {units[label].line}, {units[full].line}: the saving tool's 'Summary' and full-text labels, no sections")
    return units


SUMMARY_ITEM_MARK = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")


def _tool_summary(units: list[Unit]) -> str:
    """The tool's summary: its paragraph, or its list of points without their marks, joined ('- Silt cleaned.' / '- Fish
    counted.' → 'Silt cleaned. Fish counted.')."""
    lines = [line.strip() for unit in units for line in unit.text.strip().splitlines() if line.strip()]
    if lines and all(SUMMARY_ITEM_MARK.match(line) for line in lines):
        return " ".join(SUMMARY_ITEM_MARK.sub("", line) for line in lines)
    return units[0].text.strip()


def without_tool_labels(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """The body without the saving tool's labels (summary_over_full_article)."""
    labels = [unit for unit in body if unit.data.get(TOOL_LABEL)]
    if labels:
        dropped.setdefault("the saving tool's labels over its summary and the page's text", []).extend(unit.text.strip() for unit in labels)
        body[:] = [unit for unit in body if not unit.data.get(TOOL_LABEL)]


NOTICE_REACH = 2  # paragraphs between the field list and the label over the article: the archive's notice
# the banner an archive sets over the copy it keeps: 'ARCHIVED SOURCE TEXT. Everything below this line is third-party material …'
ARCHIVE_BANNER = re.compile(r"^(?=.{0,400}$).*\b(?:archived|archive copy|below this line|third[- ]party (?:material|content|text))\b", re.I)
CITATION_WORDS = 16  # words after the title given again in the archive's citation of it ('… - Jane Roe, Harbour Press.')


def _field(units: list[Unit], index: int) -> bool:
    found = FIELD_ITEM.match(units[index].text.strip()) if index < len(units) else None
    key = found.group("key").strip().casefold() if found else ""
    return key in FIELD_KEYS or key.split(" ", 1)[0] in ARCHIVE_KEY_WORDS


def _archive_banner(unit: Unit) -> bool:
    return bool(unit.data.get("md_quote")) and ARCHIVE_BANNER.search(unit.text) is not None


def _citation(units: list[Unit], index: int) -> bool:
    """The archive's citation of the page under its title: the title given again, then its author and publisher."""
    if index == 0 or units[index].data.get("heading") or not units[0].data.get("heading"):
        return False
    title, text = squash_spaces(units[0].text).casefold(), squash_spaces(units[index].text).casefold()
    rest = text[len(title) :].strip()
    return text.startswith(title) and rest[:1] in "-–—,:|(" and len(rest.split()) <= CITATION_WORDS


def _label(unit: Unit) -> bool:
    """A heading that labels a block rather than naming a section: one or two words, the first capitalised."""
    return bool(unit.data.get("heading")) and bool(LABEL_HEADING.match(unit.text.strip()))


GOES_ON = re.compile(r"^(?:[a-z]|\d[\d,.]*(?:,|\s+[a-z]))")  # a sentence going on: 'and securitized …', '2002, to over …'
CUT_MARKERS = re.compile(r"(?:\[\d{1,4}\])+$")


def _cut_paragraph(unit: Unit) -> bool:
    """A paragraph of the text (no heading, quotation, figure or note) ending mid-sentence."""
    if any(unit.data.get(key) for key in ("heading", "md_quote", "md_figure", "md_note", "md_level")):
        return False
    end = CUT_MARKERS.sub("", unit.text.rstrip())
    return bool(end) and end[-1] not in '.!?:;"”’)…'


# the tool that made the export, credited on the line closing it: 'Converted Medium Post by ZMediumToMarkdown.',
# 'Exported from Notion', 'Generated by Pandoc', 'Created with Obsidian'
CONVERTER_NOTE = re.compile(
    r"^(?:this (?:post|page|article|file) was )?(?:converted|exported|generated|created)\b[^.!?]{0,80}?\b(?:by|with|using|from)\s+\S[^.!?]{0,60}\.?$",
    re.I,
)
CONVERTER_NOTE_WORDS = 14


# A page's card of links closing its copy, as a converter writes it: an item wholly a link ('1. [Ferry returns](…)'), or an
# image linked to its story, its cards' frames left as empty items ('-' alone), the author's card ('[Jane Roe](…) Senior
# Editor') and the widget's button ('Customize') between them
EMPTY_ITEM = re.compile(r"^[-*+]$")
LINK_ITEM = re.compile(r"^(?:(?:[-*+]|\d{1,3}[.)])\s+)*(?:\[\s*!\[[^\]]*\]\([^)\s]*\)\s*\]\([^)\s]*\)|\[[^\]\n]+\]\([^)\s]*\))$")
CARD_LINE = re.compile(r"^\[\s*[^\]\n]+?\s*\]\([^)\s]*\)(?:\s+[A-Z][\w-]*){0,4}$|^[A-Z][a-z]+(?: [a-z]+)?$")
RAIL_LINKS = 2


def closing_rail(blocks: list[Unit], dropped: dict[str, list[str]]) -> list[Unit]:
    """A rail of links to the site's other stories ('Most Read') closing a page's copy: items wholly a link, two or more,
    with a card's empty item among them, which no list of the text's own (a reading list, sources) leaves; the author's card
    and a widget's button among or above them go with them."""
    start = len(blocks)
    while start > 0 and any(p.fullmatch(blocks[start - 1].text.strip()) for p in (EMPTY_ITEM, LINK_ITEM, CARD_LINE)):
        start -= 1
    rail = [u.text.strip() for u in blocks[start:]]
    if sum(1 for t in rail if EMPTY_ITEM.match(t)) < 1 or sum(1 for t in rail if LINK_ITEM.match(t)) < RAIL_LINKS:
        return blocks
    while start < len(blocks) and not (EMPTY_ITEM.match(rail[0]) or LINK_ITEM.match(rail[0]) or LIST_MARK.match(rail[0]) or "](" in rail[0]):
        start, rail = start + 1, rail[1:]  # a word above the rail ('Customize' under it, a label) is the text's until the rail
    dropped.setdefault("links to the site's other stories closing the page", []).extend(inline_markdown(t) for t in rail if not EMPTY_ITEM.match(t))
    return blocks[:start]


def _last_text_block(blocks: list[Unit]) -> int:
    """The index of the export's last block of text: what follows it is images, notes and the converter's credit."""
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text.strip()
        if blocks[index].data.get("md_note") or IMAGE_LINE.match(text) or IMAGES_LINE.fullmatch(text):
            continue
        plain = inline_markdown(text).strip()
        if CONVERTER_NOTE.match(plain) and len(plain.split()) <= CONVERTER_NOTE_WORDS:
            continue
        return index
    return -1


def _block_start(text: str) -> bool:
    return bool(ATX_HEADING.match(text) or IMAGE_LINE.match(text) or LIST_ITEM.match(text) or text.startswith(("|", ">", "[")))


def _continues(first: str, text: str) -> bool:
    """Whether a line right under a paragraph that opened with `first` goes on with it."""
    if first.startswith(">"):
        return text.startswith(">")  # a block quote's lines
    if LIST_ITEM.match(first):
        # CommonMark's lazy continuation: a list item's paragraph wrapped onto the lines under it, a link on its line too
        # ('* **Harbour board weighs a levy**  ' / '[https://…](https://…)': the item's headline, its hard break, its source)
        return not _block_start(text) or (text.startswith("[") and bool(LINK.match(text)))
    if _block_start(first) and not LINK.match(first):
        return False  # a heading, an image, a table's row, a note: a line of its own
    return not _block_start(text) or bool(LINK.match(text))


def _paragraphs(units: list[Unit]) -> list[Unit]:
    """Lines with no blank line between them are one paragraph in Markdown (a link on a line of its own included)."""
    joined: list[Unit] = []
    for unit in units:
        previous = joined[-1] if joined else None
        text = unit.text.strip()
        apart = any(  # a PDF's page footnotes, a Markdown footnote: one each
            u is not None and (u.data.get("footnote") or u.data.get("md_note")) for u in (unit, previous)
        )
        underline = SETEXT_UNDERLINE.match(unit.text)
        if (
            underline
            and previous is not None
            and not apart
            and unit.line == previous.data.get("end", previous.line) + 1 == previous.line + 1
            and not _block_start(previous.data["first"])
            and not previous.data.get("setext")
        ):  # 'Dock closures' / '=============': the line above is a heading, its underline no text
            previous.data["setext"] = 1 if underline.group("mark") == "=" else 2
            previous.data["end"] = unit.line
            continue
        if QUOTE_BLANK.fullmatch(text):
            continue  # a block quote's blank line ('>'): its paragraph ends, the next opens anew (its line numbers apart)
        under = previous is not None and not apart and unit.line == previous.data.get("end", previous.line) + 1
        if under and previous is not None and IMAGE_OPENING.match(previous.data["first"]):
            goes_on = previous.text.count('"') % 2 == 1  # a linked image's title still open over its lines
        elif under and previous is not None and previous.data.get("under_image") and CREDIT_LINE.match(previous.text):
            goes_on = False  # 'Image: Apple' under an image is its credit; the line after it opens the text
        else:
            goes_on = _continues(previous.data["first"], text) if previous is not None else False
        if (
            previous is not None
            and under
            and not previous.data.get("setext")
            and not underline  # under a paragraph of two lines or more: a rule of its own (Pandoc's setext title is one line)
            and goes_on
        ):
            if IMAGE_OPENING.match(previous.data["first"]):  # the caption's markup keeps its lines
                previous.text += "\n" + unit.text
                previous.data["end"], previous.data["last_line"] = unit.line, text
                continue
            separator = "" if text[:1] in ",.;:!?)" else " "
            above = previous.text.rstrip()
            if above.endswith("\\") and not above.endswith("\\\\"):
                above = above[:-1]  # a backslash closing a line is CommonMark's line break (Pandoc writes it so): no text
            previous.text = above + separator + text
            previous.data["end"], previous.data["last_line"] = unit.line, text
            continue
        unit.data["first"] = text
        if previous is not None and under and IMAGE_OPENING.match(previous.data["first"]):
            unit.data["under_image"] = True
        joined.append(unit)
    return joined


def _caption_under_image(unit: Unit, image_line: int, image_end: int) -> bool:
    """The unit under an image with no caption of its own is its caption: a short line right under the image's line, or,
    past a blank line, one sentence at most (a paragraph of two sentences or more is the text going on)."""
    text = unit.text.strip()
    if len(unit.text) > CAPTION_MAX or text.endswith(":"):
        return False
    return unit.line <= max(image_line, image_end) + 1 or sentence_end(text, 0) >= len(text)


def _figure(line: int, caption: str, caption_line: int = 0, credit: str = "") -> Unit:
    from .importunits import Unit

    data = {"end": caption_line or line, "last_line": caption, "md_figure": True, "paragraph": True, "md_credit": credit}
    return Unit(line, caption, data=data)


def _title_caption(title: str) -> tuple[str, str]:
    """The caption and credit a page's markup wrote into an image's title ('<div class='credit'>Prospect</div> <p>…</p>');
    a title of plain words is a tooltip, no caption."""
    if "<" not in title:
        return "", ""
    credit = CREDIT_DIV.search(title)
    rest = CREDIT_DIV.sub(" ", title) if credit else title
    words = squash_spaces(html.unescape(re.sub(r"<[^>]+>", " ", rest)))
    return words, squash_spaces(html.unescape(re.sub(r"<[^>]+>", " ", credit.group("credit")))) if credit else ""


def markdown_figures(body: list[Unit]) -> None:
    """After the body is sorted: the images' captions are figures, whatever shape their text has; a credit alone under
    an image's caption ('Photo:' / 'Jane Roe/Harbour Images', read as a figure with no caption) is that figure's."""
    for unit in body:
        if unit.data.get("md_figure"):
            unit.kind, unit.data["caption"], unit.data["credit"] = "figure", unit.text.strip(), unit.data.get("md_credit", "")
        elif unit.data.get("md_quote"):
            unit.kind = "quote"
    for index in range(len(body) - 1, 0, -1):
        unit, above = body[index], body[index - 1]
        credit_alone = unit.kind == "figure" and not unit.data.get("caption", "").strip() and unit.data.get("credit")
        if credit_alone and above.data.get("md_figure") and not above.data.get("credit"):
            above.data["credit"] = unit.data["credit"]
            del body[index]


def markdown_heading_levels(body: list[Unit]) -> None:
    """The export's own levels: its highest '#' level is a section, deeper ones and bold lines under one are sub-sections."""
    levels = [u.data["md_level"] for u in body if u.kind == "heading" and u.data.get("md_level")]
    if not levels:
        return
    top = min(levels)
    seen_section = False
    for unit in body:
        if unit.kind != "heading" or unit.data.get("md_level") is None:
            continue
        level = unit.data["md_level"]
        if level:
            unit.level = 2 if level == top else 3
            seen_section = True
        else:
            unit.level = 3 if seen_section else 2
