"""Read a report from its publisher's web page, saved from a browser or fetched with curl.

The page is parsed with BeautifulSoup's "html.parser" (no lxml needed). What
comes out is what the plain-text importer works with: the front matter's
facts (`meta`), the body as `Unit`s whose text is already Markdown, the notes,
the page furniture that was left out (navigation, share bars, sign-up forms,
cookie banners, related articles, comments, …) by kind, and the problems
found, each with its line in the page's source.

How the article is found: `<article>`, `[itemprop=articleBody]`, `<main>`,
`[role=main]`, else the element whose paragraphs hold the most text. Inside it
page furniture is dropped by tag (nav, forms, scripts, embeds), by class, id,
role or label (share, social, cookie, related, comments, newsletter, …) and by
a "Related"/"Read more" heading over a list; a class never drops an element
that holds most of the article's text.

Notes are the blocks a note reference points at (`#fn3`, `#_edn1`,
`#note-3`, `#footnote-3`, …), a footnotes section (`section.footnotes`,
`role=doc-endnotes`, …) and what follows a "Notes"/"Endnotes"/"Footnotes"
heading (a list, or `[n]`/`n.` paragraphs); back-links are stripped.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeGuard
from urllib.parse import quote, unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag, UnicodeDammit
from bs4.element import CData, NavigableString, PageElement

from .attribution.given_names import given_name_sex, listed_given_name
from .bylines import (
    HONORIFIC,
    JOB_HEAD,
    JOB_TITLE,
    ROLE_CLAUSE,
    STAFF_WORD,
    _is_person_name,
    byline_in_body,
    listed_person_name,
    post_alone,
    writer_not_paper,
)
from .captionlines import mark_caption_boxes
from .contactlines import AUTHOR_CONTACT_LINE
from .controlchars import page_without_control_characters
from .datelines import dateline_alone
from .dates import find_date, find_line_date
from .exportlines import with_tex_quotes_as_marks
from .furniture import furniture_kind, is_comment_header
from .hiddenstory import hidden_by_attributes, reveal_hidden_story
from .importnotes import note_sort_key
from .importunits import PART_LABEL, Problem, Unit, is_cut_teaser, listed_tags
from .model import ContentError
from .pressroom import PRODUCT_REFERENCE, contacts_box, label_row
from .reposts import COURTESY_PREFIX, repost_credit
from .routingtags import topic_tags
from .sentences import sentence_end
from .text import ADDRESS_IN_TEXT, WEB_LINK, escape_markdown, fold, squash_spaces

MAX_BYTES = 50 * 1024 * 1024
MAX_TAGS = 1_500_000  # "<" characters; a 49-MB page with 1.1 million reads in about 50 s on the development machine
MAX_DEPTH = 150  # deeper than this (unclosed tags nest in html.parser) the content is read flat
FIRST_LINE = 80
MAX_HEADING = 250  # characters; longer is a paragraph set in a heading element

_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body|article)[\s>/]", re.I)
_HTML_EXTENSIONS = frozenset({"html", "htm", "xhtml", "shtml"})
_MARKUP_TEXT_EXTENSIONS = frozenset({"md", "markdown", "qmd", "rmd", "rst", "mdx"})  # exports that may hold HTML blocks
_HTML_ELEMENTS = (
    rb"div|p|section|article|main|header|footer|aside|nav|h[1-6]|span|table|ul|ol|dl|figure|blockquote|pre|"
    rb"a|img|strong|em|b|i|br|hr|meta|link|title|style|script|noscript|iframe|form|picture|template"
)
_FRAGMENT_START = re.compile(rb"<(?:" + _HTML_ELEMENTS + rb")[\s>/]", re.I)
_ANY_TAG = re.compile(rb"</?(?:" + _HTML_ELEMENTS + rb")[\s>/]", re.I)
_ANY_CLOSING_TAG = re.compile(rb"</[a-z][a-z0-9]*\s*>", re.I)
_LEADING = re.compile(rb"(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.S)
# a template's server-side code (PHP, ASP/JSP/ERB, Jinja/Liquid/Blade tags): no text of the page, however it is nested
_SERVER_CODE = re.compile(rb"<\?(?!xml[\s?])(?:php|=)?.*?(?:\?>|\Z)|<%.*?%>|\{%.*?%\}|\{#.*?#\}", re.S | re.I)
_BLOCK_LINE = re.compile(rb"[ \t]*<(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|table|tr|td|br|hr|img)[\s>/]", re.I)
MARKUP_LINES = 4  # lines that open on a block element, with closing tags, over half the text's lines: its body is HTML
_SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|[^>]{0,200}?\burl:\s*)(https?://[^\s>]+)", re.I)

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# a site's description of itself as an edition of another's work: "An open, linkable, HTML version of Lord Justice
# Leveson’s report …", "a searchable edition of Jane Roe's diaries"
_EDITION = re.compile(
    r"\b(?:version|edition|copy|transcription|reproduction|rendering|mirror)\s+of\s+(?:the\s+)?"
    r"(?P<owner>(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}))[’']s?\s+"
    r"(?:report|book|inquiry|paper|study|review|work|text|diaries|diary|letters|speech(?:es)?|judgment|findings)\b",
    re.I,
)
_ARROWS = re.compile(r"[\u2190-\u21ff\u27f0-\u27ff\u2b00-\u2b2f\s]+")  # '↓', '→', '⟶': a newsletter's marks, no words
WEATHER_MAX = 40  # characters of a weather strip's cell: a city and a temperature
STORY_ROWS_REACH = 12  # levels of a newsletter's nested tables between a story's cell and the rows of stories
STORY_ROWS_MIN = 2  # stories in the rows beside the densest cell's
STORY_PARAGRAPH = 80  # characters: a paragraph of a story, not a label or a date line
LISTS = {"ul", "ol", "menu", "dir"}
BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    *HEADINGS,
    *LISTS,
}
SCRIPTS = {"script", "style", "noscript", "template", "link", "meta", "head", "title"}
EMBEDS = {"iframe", "object", "embed", "video", "audio", "canvas", "svg", "math", "map"}
CONTROLS = {"button", "input", "select", "textarea", "label", "option"}
VOID = {"img", "picture", "source", "wbr", "area", "col", "track", "param", "image"}

_NOTES_CLASS = re.compile(r"(?:^|[\s_-])(?:foot|end)?notes?(?:$|[\s_-])|footnotes|endnotes|doc-(?:end|foot)notes", re.I)
_NOTES_HEADING = re.compile(r"^(?:end\s*notes|notes|foot\s*notes|references|sources)\s*:?$", re.I)
_NOTE_FRAG = re.compile(r"^(?:_?edn|_?ftn|fn|footnote|endnote|note|en|cite_note|sdfootnote|sdendnote)[-_:.]?[\w.-]*?\d", re.I)
_BACK_FRAG = re.compile(
    r"(?:fn|edn|ftn|note|cite|footnote|endnote|sdfootnote\d*|sdendnote\d*)[-_:.]?(?:ref|anc)|(?:^|[^a-z])ref(?!erence)|backref|^back|return", re.I
)
_KEY = re.compile(r"^(?:\d{1,3}|[ivxlcdm]{1,7}|[a-z])$", re.I)
_LEAD_MARKER = re.compile(r"^\s*(?:\\?\[(?P<k1>\w{1,7})\\?\](?!\()|\(?(?P<k2>\d{1,3}|[ivxlcdm]{1,7})\\?[.)](?=\s)|\\?\^(?P<k3>\d{1,3}))\s*", re.I)
_PLAIN_MARKER = re.compile(r"(?<!\\)\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\](?!\()")
_BLOCK_START = re.compile(r"^(\s*)(?:([#>+=|-]|~~~|:::)|(\d+)([.)])(?=\s|$))")


def _escape_start(text: str) -> str:
    """Escape what would open a block at the start of a unit ("1\\." for a number: a backslash before a digit would be shown)."""
    return _BLOCK_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)), text)


_BACK_TEXT = {"↩", "↩︎", "↑", "^", "⤴", "⮐", "↵", "back", "return", "top", "[back]", "back to text", "return to text"}
_CAPTION_CREDIT = re.compile(
    r"^(?P<caption>.*?)\s*(?:\((?P<paren>(?:source|photo|credit|image|photo credit|photograph|map|chart)s?\s*:.*?)\)"
    r"|(?P<bare>\b(?:source|photo|credit|image|photograph)s?\s*:.*|©.*))\s*$",
    re.I,
)

_COOKIE = re.compile(r"cookie|consent|gdpr|\bcmp\b|onetrust|cc-banner|privacy-banner", re.I)
_BREADCRUMB = re.compile(r"breadcrumb|(?:^|[\s_-])(?:entry-)?crumbs?(?:$|[\s_-])", re.I)  # a tagDiv theme's "td-crumb-container"
_SKIP = re.compile(r"skip-?(?:link|to|nav)|skiplink", re.I)
_SHARE = re.compile(r"share|sharing|social|addtoany|addthis|a2a_|sharedaddy", re.I)
# a share button's link: a network's share intent ('facebook.com/dialog/share?…', 'twitter.com/intent/tweet?…',
# 'linkedin.com/shareArticle?…', 'mailto:?subject=…'), or its words alone ('Facebook', 'Copy link', 'Print')
_SHARE_HREF = re.compile(
    r"facebook\.com/(?:sharer|dialog/(?:share|feed))|(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share\b)|linkedin\.com/(?:shareArticle|sharing)"
    r"|reddit\.com/submit|pinterest\.[a-z.]+/pin/create|whatsapp\.com/send|wa\.me/|t\.me/share|bsky\.app/intent|^mailto:\?",
    re.I,
)
_SHARE_WORDS = re.compile(
    r"^(?:share (?:on|via|to) )?(?:facebook|twitter|x|linkedin|e-?mail|mail|print|copy(?: the)? link(?: url)?|whatsapp|telegram|reddit|"
    r"pinterest|bluesky|threads|flipboard|mastodon|messenger|tumblr)$",
    re.I,
)
SHARE_BUTTONS_MIN = 3
SHARE_BAR_TEXT_MAX = 120  # characters: the buttons' words and a label ('Share'), no sentence
_SIGNUP = re.compile(r"newsletter|subscri|sign-?up|mailing-?list|mc4wp|optin|opt-in|email-capture|follow-?us", re.I)
_RELATED = re.compile(
    r"related|recommend|internal-?link|read-?more|more-stories|also-read|popular|trending|you-may|outbrain|taboola|more-from|further-from"
    r"|read-?next|up-?next|current-?issue|recent-?(?:articles|posts|stories)"  # the New York Post's "Read Next" teaser, The Nation's "Current Issue" box in the story
    r"|recirc",  # "recirculation-module", "recirc-rail": the trade's name for a rail of the site's other stories under or beside the story
    re.I,
)
_COMMENTS = re.compile(r"comment(?!ary)|disqus|\brespond\b", re.I)
_ADS = re.compile(  # not after "no-": a modifier saying the box has none ("content__header--no-promo")
    r"(?:^|(?<!\bno)[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|tout|cta|dfp|gpt-ad|teads|inread|nativo|zergnet|revcontent)(?:$|[\s_-])", re.I
)
_TOPICS_HEADING = re.compile(r"^(?:topics|tags|subjects|related topics|keywords)\s*:?$", re.I)
_TAGS = re.compile(
    r"(?:^|[\s_-])(?:tags|tag-?list|tag-?links|tag-?cloud|post-?tags|cat-?links|cats|categories|topics(?:-list)?|subjects|keywords)(?:$|[\s_-])", re.I
)
_TOOLS = re.compile(
    r"article-?tools|post-?tools|print[-_]?(?:links?|buttons?)|pdf-?(?:link|button|download)|download-?pdf|toolbar|font-?size"
    r"|(?:font|text)-?(?:adjust|resiz|scal|control)"  # a font-size widget: its label ('Adjust', 'Text size') and its A- / A+ buttons
    r"|edit-?section|post-?edit-?link|edit-?link"  # a wiki's "[edit]" beside each heading, WordPress's "Edit" for the logged-in
    r"|(?:^|\s)enlarge|(?:toggle|hide|show)-?caption",  # "Enlarge this image", "hide caption" under a photo, its lightbox copy
    re.I,
)
# "Contact Mark Di Stefano at mark.distefano@example.com", "Reach the reporter at …": the reporter's address under the story
_CONTACT_LINE = re.compile(r"^(?:contact|e-?mail|reach|write to)\s+(?:[\w.’'-]+\s+){1,4}at\s+\S+@\S+?\.?$", re.I)
# the lines a publisher puts under every story: "Our Standards: The Thomson Reuters Trust Principles.", "We want to hear
# what you think about this article. Submit a letter to the editor …"
_PUBLISHER_NOTICE = re.compile(
    r"^(?:our standards\s*:|we want to hear what you think about this (?:article|story)|(?:submit|send|write) a letter to the editor\b)", re.I
)
_TOPICS_LABEL = re.compile(
    r"^(?:topics|tags|tagged|related topics|more on (?:these|this) topics?|explore more on these topics|filed under|categories|keywords)\b\s*:?", re.I
)
# a blog's box under a post telling the reader how to cite it or under which licence it may be shared: the site's
_CITATION_BOX = re.compile(
    r"^(?:suggested\s+citation|cite\s+(?:this|as)(?:\s+(?:article|post|page|paper|piece))?|how\s+to\s+cite(?:\s+this\b.{0,20})?)\s*:?\s+\S", re.I
)
_LICENCE_LINE = re.compile(
    r"^(?:(?:this\s+(?:work|article|post|page|text)\s+is\s+)?licen[sc]ed\s+under\s+(?:a\s+|the\s+)?(?:cc\b|creative\s+commons)|"
    r"(?:cc|creative\s+commons)\s+by(?:[\s-]+(?:nc|nd|sa))*(?:\s+\d\.\d)?\s*(?:licen[sc]e)?\.?$)",
    re.I,
)
CITATION_BOX_CHARACTERS = 600
# a journal page's own citation under the story: 'Nature 574, 16-17 (2019)', 'Science 366(6462), 12 (2019)', and its DOI alone
_JOURNAL_CITATION = re.compile(
    r"^(?:[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,5})\s+\d{1,4}(?:\s?\(\d{1,5}\))?\s?,\s+[A-Za-z]?\d{1,6}(?:\s?[-–]\s?[A-Za-z]?\d{1,6})?\s+\(\d{4}\)\.?$"
    r"|^doi:\s*10\.\d{4,9}/\S+$",
    re.I,
)
_AUDIO_BOX = re.compile(r"(?:^|[\s_-])audio(?:$|[\s_-])", re.I)  # <div class="audio-container">, "audio-div"
AUDIO_BOX_WORDS = 40
_PLAYER = re.compile(r"(?:audio|video|media|podcast)-?(?:module|player|controls)|jwplayer|\bresaudio\b|play-?(?:button|btn)", re.I)
# a site's appeal to its readers, set apart in bold or italics under the story: a newsletter, a membership, a donation
_APPEAL_LINK = re.compile(r"^(?:subscribe|sign up|sign-up|become a (?:member|subscriber)|donate)\b", re.I)  # a call's link's words
APPEAL_BOX_CHARACTERS = 500  # a call to subscribe is a short paragraph; a story's paragraph runs longer
_APPEAL = re.compile(
    r"\b(?:sign up|subscribe|become a (?:member|subscriber)|(?:support|fund)\s+(?:\S+\s+){0,2}journalism|make a (?:contribution|donation)|donate)\b",
    re.I,
)  # a request, not a mention: "Morning Money is a free version of a newsletter" (an editor's note) asks for nothing
# the short lines a saved page's furniture shares with a plain-text export's (furniture.FURNITURE), taken from an element of their own
_SHORT_FURNITURE = {
    "print edition note",
    "age notice",
    "comments",
    "share bar",
    "sign-up form",
    "language link",
    "feedback link",
    "affiliate notice",
    "section link",
    "video prompt",
    "link furniture",
    "cookie banner",
    "loading notice",
    "form message",
    "media control",
    "partner credit",
    "rule line",
    "next-story button",
    "gallery link",
    "e-mail footer",
    "view-in-browser link",
    "social prompt",
    "desk sign-off",
    "file link",
    "story date line",
}
_LINK_FURNITURE = {"language link", "feedback link", "section link", "video prompt", "next-story button", "gallery link", "view-in-browser link"}
_LINK_FURNITURE |= {"widget button"}  # a theme's link that unfolds the story ('Show More'): a button
_ONE_WORD_FURNITURE = {"rule line", "next-story button", "file link"}  # furniture in one word: "___", "Next", "[pdf]"
_NOTICES = {"print edition note", "age notice", "affiliate notice", "cookie banner", "loading notice", "e-mail footer"}  # sentences by nature
_PICTURE_LINE = re.compile(r"^\s*(?:header|featured?|top|lead|cover|banner|main|hero)\s+(?:image|photo|picture|photograph)\s*:\s*", re.I)
_SITE_CREDIT = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|gov|co|[a-z]{2})(?:\.[a-z]{2})?", re.I)
_COURTESY = re.compile(rf"(?:{COURTESY_PREFIX})?courtesy\s+(?:of\s+)?[\w .&'’-]{{2,60}}", re.I)
_MARKDOWN_MARKS = re.compile(r"\\(?=\S)|[*_]")  # emphasis and escapes: a line's plain words


def _repost_credit_line(markdown: str) -> str | None:
    """A paragraph of one repost credit ('*Courtesy of Harbour News*', 'This article was originally published on
    [Harbour News](https://…).') as the editors' note gives it, the outlet linked to the address its link gave, or None."""
    if len(markdown) > 400:
        return None
    links = WEB_LINK.findall(markdown)
    if len(links) > 1 or (not links and "](" in markdown):
        return None
    plain = _MARKDOWN_MARKS.sub("", WEB_LINK.sub(lambda link: link["text"], markdown)).strip()
    credit = repost_credit(plain)
    if credit is None or not links:
        return credit
    return repost_credit(f"{plain.rstrip('.')}: {links[0][1]}") or credit


_DATE_LABEL = re.compile(r"(?:release|publication|published|posted|issued|press release)\s+date\s*:?", re.I)
_FORMAT_LINK = re.compile(r"mp4|mp3|m4a|ogg|wav|webm|pdf|epub|mobi|transcript|download|hd|sd", re.I)
_VIDEO_CLASS = re.compile(r"(?:^|[\s_-])video(?:$|[\s_-])", re.I)  # class="icon video": a video's mark
_WIDGET_KINDS = frozenset({"social prompt", "sign-up form"})  # a widget's heading over nothing else goes with it
_VIDEO_BOX = re.compile(r"video", re.I)  # a box named for the video it shows: id="ch1video", class="videoBox"
_PLAY_LABEL = re.compile(r"^\s*play(?:\s+(?:the\s+)?(?:video|clip|film))?\s*$", re.I)


def _plays_video(tag: Tag) -> bool:
    """A picture or button that starts a video: titled "Play Video", or calling a play function when clicked."""
    return any(_PLAY_LABEL.match(_attr(tag, a)) for a in ("title", "alt", "aria-label")) or bool(
        re.match(r"\s*play\w*\s*\(", _attr(tag, "onclick"), re.I)
    )


_VIDEO_FIGURE = re.compile(r"(?:^|[\s_-])video(?:$|[\s_-])|is-type-video", re.I)  # <figure class="media media--video">
_PLAYER_NAME = re.compile(r"(?:^|[\s_-])player(?:$|[\s_-])", re.I)  # id="ym-player": a player's controls and menus
_CONTENTS = re.compile(r"(?:^|[\s_-])(?:toc|table-?of-?contents|ez-toc-container|lwptoc)(?:$|[\s_-])", re.I)
_SIDEBAR = re.compile(r"sidebar|widget", re.I)
_PERSON_CARD = re.compile(
    r"(?:^|[\s_-])(?:c-)?person(?:$|\s)|(?:contact|expert|author|person|staff)[-_]?(?:card|teaser|box|tile)|ansprechpartner"
    r"|author[-_]?bio(?:graphy)?(?:$|[\s_-])"  # <div class="author-bio">: the writer's photo and a line about them
    r"|about[-_]?(?:the[-_]?)?authors?(?:$|[\s_-])"
    r"|(?:^|\s)abh_box|saboxplugin"  # WordPress's author-box plugins (Starbox's tabs 'Author / Recent Posts', Simple Author Box)
    r"|^(?:author-?)?bios$",  # Pew's <ol class="bios">: each author's line, then "Posts", "Email", "@handle" (one bio is kept)
    re.I,
)
# the sentence an author's box opens its bio on: 'Jane Roe is a reporter covering the ports', 'Jane Roe writes on …'
_NAME_WORDS = r"(?:[A-Z][\w’'.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'.-]+|[A-Z]\.|de|van|von|al|bin|da|du|del|der|la|le|el)){1,3}"
_BIO_SENTENCE = re.compile(rf"^(?P<name>{_NAME_WORDS})\s+(?:is|was|has been|serves as|writes|covers|reports)\s")
_AUTHORS_WORDS = r"about (?:the|this|our) authors?|the authors?"  # an author's box's heading, and back matter's
_AUTHORS_HEADING = re.compile(rf"^(?:{_AUTHORS_WORDS})\s*:?$", re.I)
_ABOUT_HEADING = re.compile(
    rf"^(?:{_AUTHORS_WORDS}|about (?:the|this|our) (?:series|programs?|programmes?|project|publication|experts?|article)|contact(?: the authors?)?"
    r"|media contacts?"
    r"|author information|rights and permissions|additional information|associated content"  # a journal article page's back matter
    r"|über (?:diese reihe|den autor|die autor(?:en|in))|à propos (?:de l'auteur|des auteurs|de cette série)|sobre (?:el|los) autor(?:es)?)\s*:?$",
    re.I,
)
# a kicker over the headline, and a blog's name over its post (Drupal's "blog-channel-header": the channel's banner and name)
_LABEL = re.compile(
    r"kicker|eyebrow|rubric|(?:^|[\s_-])(?:category|section)-?label|overline|post-?type-?label|(?:^|[\s_])slug(?:$|\s)|blog[-_]?channel",
    re.I,
)
_POPUP = re.compile(
    r"modal|popup|pop-up|overlay|paywall|lightbox|access-?wall|reg(?:istration)?-?wall|log-?in-?wall|buy-?box|metrics-?bar", re.I
)  # a log-in wall or an offer to buy over a preview
# utility classes: display none ("hidden", "is-hidden", "u-hidden", a site's own namespace with an underscore "ep_hidden");
# never one that hides on a screen's size ("sm-hidden", "sp_hidden", "mob-hidden", "pc_hidden"), clips overflow
# ("o-hidden", "ov-hidden"), is shown by scripts ("js-hidden") or says the opposite ("no-hidden")
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:(?:is|u)-hidden|(?!(?:js|xs|sm|md|lg|xl|sp|pc|tb|tab|mob|no|ov|of)_)[a-z]{2,3}_hidden|hidden|d-none)(?:$|\s)", re.I
)
_SR_ONLY = re.compile(r"screen-?reader|sr-only|visually-?hidden|visuallyhidden|assistive-text|(?:^|\s)off-?screen(?:$|\s)", re.I)
_PAGE_CHROME = re.compile(
    r"site-?(?:header|footer|nav)|masthead|global-?(?:header|footer|nav)|page-?footer|main-?header|top-?bar|(?:^|\s)(?:header|footer|branding)(?:$|\s)",
    re.I,
)
_NAV_CLASS = re.compile(
    r"(?:^|[\s_-])(?:navigation|nav-(?:above|below|links|previous|next)|pagination|post-?nav(?:igation)?|(?:sub-?)?menu|next-?prev|prev-?next)"
    r"(?:$|[\s_-])",
    re.I,
)  # "td-post-next-prev": the "Previous article" / "Next article" links after a story
_HOVER = re.compile(r"rollover|hover-?card|popover|tool-?tip|flyout", re.I)  # a card shown when the pointer rests on a name
# shown on paper only (Hearst's <div class="print-header"> with the page's address, <div class="print-footer"> with "© 2019 …")
_PRINT_ONLY = re.compile(r"(?:^|[\s_-])print-?(?:header|footer|only|logo|masthead|url)(?:$|[\s_-])|visible-print|show-for-print|only-print", re.I)
# a photo gallery's controls (Hearst's "control-bar" with "Image 1 of / 13", "Caption" / "Close" toggles and the credit
# again) and the shortened copy of a caption shown beside the full one ("caption-truncated")
_GALLERY_CONTROLS = re.compile(
    r"control-?(?:bar|panel)|slide(?:show)?-?(?:count(?:er)?|number|pager)|nav-?stats|gallery-?(?:controls|counter|nav)|caption-?truncated", re.I
)
# a site's "Breaking news" strip over the story (SFGate's <div class="article-breaking-now">): another story's headline
_TICKER = re.compile(r"breaking-?(?:now|news-?(?:bar|strip|banner|ticker))|news-?ticker|(?:^|[\s_-])ticker(?:$|[\s_-])", re.I)
_AUTHOR_MENU = re.compile(r"author|byline|writer", re.I)  # a flyout of a byline's name: the author's links, shown on hover
_PULL = re.compile(r"pull-?quote|pullquote|blockquote-?pull", re.I)
_TAKEAWAYS = re.compile(r"takeaway|key-?points|key-?findings|highlights|summary|at-a-glance|tldr", re.I)
_BYLINE = re.compile(
    r"byline|(?<!-)(?:\b|__)authors?\b(?!-?bio)|contributor|posted-?by|entry-?meta|post-?meta|article-?meta|article__meta\b|story-?meta|\bauthor-?names?\b|dateline|posted-?on|pubdate|published|timestamp|\bdate\b"
    r"|(?:^|[\s_-])(?:date-?time|time)(?:$|\s)",
    re.I,
)
_NOT_BYLINE = re.compile(r"bio|about|box|card|profile", re.I)
# a picture's credit, whatever its block's class: "Photograph by …", "Illustration by …", "Images courtesy of …"; never a
# video's ("Video by Jane Roe" is the story's maker), nor a line naming the writer too ("Photographs by … and text by …")
_PICTURE_CREDIT_OPENING = re.compile(r"^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?)\s+(?:by|courtesy)\b", re.I)
# the makers' credits run on after the first "by": "Photographs by Jane Roe and text by John Doe" names both
_CREDITS_JOINED = re.compile(
    r"(?:,\s*|\s+and\s+)(?:text|words|story|reporting|photo(?:graph)?s?|pictures?|images?|illustrations?|video)\s+by\s+(?=[A-Z])", re.I
)
_WRITER_TOO = re.compile(r"\b(?:text|words|story|reporting|writing|written)\s+by\b", re.I)
PICTURE_BOX_CHARACTERS = 400  # a picture's box: the picture, its caption and its credit
_BYLINE_OF_NAMES = re.compile(r"byline|(?:\b|__|-)author(?:s|-?names?)?\b", re.I)  # not a date's or a meta line's class
_AUTHOR_NAME_CLASS = re.compile(r"author-?name|(?:^|\s)(?:[\w-]*__)?author(?:$|\s)|(?:^|\s)published-?by(?:__author)?(?:$|\s)", re.I)
# "author-name", "byline__author", "author", Postmedia's "published-by__author"
_HCARD = re.compile(r"(?:^|\s)(?:vcard|h-card)(?:$|\s)")  # the hCard microformat's person: its name is the element of class fn (p-name)
_HCARD_NAME = re.compile(r"(?:^|\s)(?:fn|p-name)(?:$|\s)")
OPENING_LINES = 12  # the lines of the article's opening where a description cut short is looked for
SUMMARY_WHOLE = 400  # characters: a description said whole, not the story's opening paragraphs
CARD_MAX = 700  # characters: a teaser card's headline, byline, date and excerpt
CARD_HEADLINE_WORDS = 4  # a linked card's headline
CARD_REST_MAX = 160  # characters of a rail's card beside its linked headline: its byline, date, a line of excerpt
_CARD_SENTENCE_GOES_ON = re.compile(r"\s*(?:[,;:]|[a-z])")  # the text after a card's link that carries on its sentence
CARD_LABEL_WORDS = 2  # its label beside the link: 'Featured', 'Sponsored content'
_AUTHOR_LIST = re.compile(r"(?:^|[\s_-])authors?-?(?:list|listing)(?:$|[\s_-])", re.I)
_AUTHOR_PAGE = re.compile(r"/(?:author|authors|experts?|people|staff|profile|writers?|reporters?|journalists?|columnists?)/")
_SURNAME = re.compile(r"[A-Z][\w’'-]+")
DESCRIPTION_WORDS = 4  # a short description with fewer words and no stop is a keyword ('ESG'), no summary
_BARE_NAME = re.compile(rf"^{_NAME_WORDS}$")
_RELATED_HEADING = re.compile(
    r"^(?:related(?: articles?| reading| content| posts?| research| stories| reports?| analysis| items)?|read more|recommended(?: for you| reading)?"
    r"|you (?:may|might) also (?:like|be interested in)|more (?:stories|from|on) .{0,60}|more(?: on)?(?=\s*:)|most (?:popular|read|watched|shared|viewed|emailed)|also read"
    r"|trending(?: now)?|features (?:&|and) analysis|top stories|editors?[’']? picks|must reads?|latest (?:news|stories|on)|in other news"
    r"|similar (?:articles|stories|posts|news|reads)|more like this"
    r"|(?:recent|featured|more|latest|popular|trending|top) in (?:the )?(?-i:[A-Z])[\w&’' -]{1,30})\s*:?$",  # a rail's label naming a section of the site: "Recent in News", never "Featured in this report"
    re.I,
)
_READ_MORE_LINE = re.compile(r"^(?:read more|related|also read|recommended|see more)\s*:", re.I)
_SITE_TAIL = re.compile(r"\s+(?:\||::|»|·)\s+")
_MAILTO_SUBJECT = re.compile(r"""href=["']?mailto:\?(?:[^"'>\s]*?&(?:amp;)?)?subject=([^"'&>\s]+)""", re.I)
_GENERIC_SUBJECT = re.compile(r"^(?:shar(?:ing|ed)|check out|read|look at|i (?:thought|found)|an? (?:article|story)|headline$)", re.I)
_PREHEADER = re.compile(
    r"^\s*(?P<text>[^\u034f\u200c\u200b]{20,400}?)[\s\u00a0\u00ad\u2007]*[\u034f\u200c\u200b](?:[\s\u00a0\u00ad\u2007\u034f\u200c\u200b]){4,}$"
)
PREHEADER_REACH = 40  # elements from the top of the page: the preview line comes first
_LINK_AND_ARROW = re.compile(r"\[[^\]]+\]\([^)\s]+\)\s*[→⟶➔➜›»]")  # a paragraph wholly one link and an arrow
_BOX_LABEL = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")  # 'Plug', 'Sponsored', 'Harbour Spotlight'
MASTHEAD_WORDS = 3  # an e-mail's <h1> of this many words at most is its newsletter's name ('Flagship', 'Harbour Wire')
LOOSE_AUTHORS_MAX = 4  # author items outside any item, over the article: a byline's names; more is a list of teasers
# where a teaser's byline stands: a sidebar, a menu, the foot, a list of related stories
TEASER_PLACES = ["aside", "nav", "footer", "li"]


def _loose_authors(item: Tag) -> list[Tag]:
    """A page whose byline stands over the article's item, in no item ('By' <span itemprop="author" itemscope …>, a Clay
    or Vox-era template): its author properties before the item in the page's order, outside any item and any teaser's
    place; the article's authors where the item names none of its own. A "Most read" list's 'by …' after it is none."""
    around = {id(parent) for parent in item.parents}
    before = [
        prop
        for prop in item.find_all_previous(itemprop=True)
        if id(prop) not in around
        and "author" in _attr(prop, "itemprop").lower().split()
        and prop.find_parent(itemscope=True) is None
        and prop.find_parent(TEASER_PLACES) is None
    ]
    return before[::-1]


_ARTICLE_TYPES = re.compile(r"article|report|posting|scholarly|analysis|creativework|review", re.I)


def looks_like_html(raw: bytes, name: str = "") -> bool:
    """True when the start of the file is an HTML page: `<!doctype html>`, `<html>`, `<head>`, `<body>` or `<article>`;
    or a fragment of one, an article's body as a CMS stores it: a file named `.html` that holds tags, or one (not a
    Markdown or reStructuredText export, where markup may open the text) whose first non-blank characters open an HTML
    element and that closes one."""
    head = raw[:16384]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    elif b"\x00" in head:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf")
    start = _skip_leading(head, 0)
    if head.startswith(b"HTTP/", start):  # fetched with curl -i: the response's headers come first
        end = min((i for i in (head.find(b"\r\n\r\n", start), head.find(b"\n\n", start)) if i >= 0), default=-1)
        if end < 0:
            return False
        start = _skip_leading(head, end)
    if head.startswith(b"<", start) and _SNIFF.search(head, start, start + 4096):
        return True
    extension = name.rpartition(".")[2].lower() if "." in os.path.basename(name) else ""
    if extension in _HTML_EXTENSIONS:
        return bool(_ANY_TAG.search(head, start))
    if extension in _MARKUP_TEXT_EXTENSIONS:
        return False
    if _FRAGMENT_START.match(head, start) and _ANY_CLOSING_TAG.search(head, start):
        return True
    return _markup_body(head)


def _markup_body(head: bytes) -> bool:
    """A text whose lines are mostly HTML block elements, whatever opens it: a template view (`<?php … ?><p>…</p>`), a copied
    `innerHTML`, a CMS field with a note above it. The server-side code is left out before the lines are counted."""
    lines = [line for line in without_server_code(head).split(b"\n") if line.strip()]
    tagged = sum(1 for line in lines if _BLOCK_LINE.match(line))
    return tagged >= MARKUP_LINES and 2 * tagged > len(lines) and bool(_ANY_CLOSING_TAG.search(head))


def without_server_code(raw: bytes) -> bytes:
    """The page without a template's server-side blocks, each kept as its line breaks so that lines still count right."""
    return _SERVER_CODE.sub(lambda found: b"\n" * found.group().count(b"\n"), raw)


def _skip_leading(head: bytes, start: int) -> int:
    """Where the page proper starts after start: past whitespace, an XML declaration and comments."""
    found = _LEADING.match(head, start)
    return found.end() if found else start


def _attr(tag: Tag, name: str) -> str:
    """An attribute as text, "" when absent; one that bs4 splits into a list (class, rel) joined again by spaces."""
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


_IMAGE_SOURCE_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset")


def _image_source_key(image: Tag) -> str:
    """Every source an image names, as the page gives them, joined: two lazy images share their placeholder 'src' but
    not their 'data-src', so only the same picture shown twice has the same key."""
    values = (_attr(image, name).strip() for name in _IMAGE_SOURCE_ATTRIBUTES)
    return " ".join(value for value in values if value and not value.startswith("data:"))


_BYLINE_BOX = re.compile(r"byline", re.I)
CONTACT_CLOSING_LINES = 2  # the reporter's contact closes the story: no more than one paragraph after it


def _reporters_contact(tag: Tag, text: str) -> bool:
    """A contact line ('Jane Roe: 206-555-0100 or jroe@…') is the reporter's when it names a person (a listed given name
    first) and stands in the byline box or among the story's last lines; a help line's name ('Harbour Crisis Line: …')
    or a contact inside the story stays."""
    name = text.split(":", 1)[0].strip()
    if not listed_person_name(name):
        return False
    in_byline_box = any(_BYLINE_BOX.search(_attrs_text(parent)) for parent in tag.parents if isinstance(parent, Tag))
    return in_byline_box or len(tag.find_next_siblings("p", limit=CONTACT_CLOSING_LINES)) < CONTACT_CLOSING_LINES


@dataclass
class SavedPage:
    meta: dict[str, Any]
    body: list[Unit]
    notes: list[Unit]
    dropped: dict[str, list[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_saved_page(raw: bytes, shown_name: str) -> SavedPage:
    """Read a saved web page; bad input raises ContentError naming the file and, where it can, the line."""
    if len(raw) > MAX_BYTES:
        raise ContentError(shown_name, None, f"the page is {len(raw) / 1048576:.1f} MB; pages over {MAX_BYTES // 1048576} MB are not read")
    if not raw.strip():
        raise ContentError(shown_name, None, "the file is empty")
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise ContentError(shown_name, line, "binary data (NUL bytes), not an HTML page")
    if not looks_like_html(raw, shown_name):
        raise ContentError(shown_name, 1, "not an HTML page: no <!doctype html>, <html>, <head>, <body> or <article> near the start")
    tags = raw.count(b"<")
    if tags > MAX_TAGS:
        raise ContentError(
            shown_name, None, f"the page has {tags:,} tags; over {MAX_TAGS:,} is more than a report's page holds and would take minutes to read"
        )
    problems: list[Problem] = []
    text = page_without_control_characters(_decode(without_server_code(raw), problems), problems)
    try:
        soup = BeautifulSoup(text, "html.parser")
        _close_list_items(soup)
        return _Reader(soup, text, shown_name, problems).read()
    except ContentError:
        raise
    except RecursionError:
        raise ContentError(shown_name, None, "the page's elements are nested too deeply to read") from None
    except Exception as error:  # a page no rule foresaw: one line, never a traceback
        raise ContentError(shown_name, None, f"could not read the page ({type(error).__name__}: {error})") from None


TEASER_MIN = 40  # characters of a dialog's opening given over its link, which the opened dialog says again
BUTTON_WORDS = 4  # a dialog's opening link this short is its button ('READ MORE', 'Read the letter'), no words of the text
_DIALOG_PLACES = {"p", "li", "div", "section", "article", "td", "figure", "header"}  # the block a dialog's text is read after


_CAPITAL_NAME = r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}"
_CAPITAL_NAMES = re.compile(rf"^{_CAPITAL_NAME}(?:\s*(?:,|\band\b|\bAND\b|&)\s*{_CAPITAL_NAME})*$")
# a theme's marks of the site's name set as a heading in its header ('site-title', 'site-branding', 'logo')
_SITE_TITLE = re.compile(r"(?:^|[\s_-])(?:site-?(?:title|name|logo|branding)|logo|branding)(?:$|[\s_-])", re.I)
SITE_TITLE_REACH = 3  # the heading and the elements around it that may carry the mark


def _site_title(h1: Tag) -> bool:
    """The heading is marked as the site's name by its class or the class of an element it stands in; never a heading
    its own class or itemprop marks as the post's title (a hero header's '<h1 class="post-title">')."""
    if _ENTRY_TITLE.search(_attr(h1, "class")) or h1.get("itemprop") == "headline":
        return False
    return any(_SITE_TITLE.search(_attr(t, "class") + " " + _attr(t, "id")) for t in [h1, *itertools.islice(h1.parents, SITE_TITLE_REACH)])


_ENTRY_TITLE = re.compile(r"(?:^|\s)(?:entry|post|article|story)[-_]?(?:title|headline)(?:$|\s)", re.I)


def _holds_entry_title(tag: Tag) -> bool:
    """Whether a box holds the post's own title as a blog theme marks it ('<h1 class="entry-title">')."""
    return any(_ENTRY_TITLE.search(_attr(h, "class")) or h.get("itemprop") == "headline" for h in _tags(tag, {"h1"}))


def _common_ancestor(tags: list[Tag]) -> Tag:
    """The innermost element holding all of `tags` (one of them, where it holds the others)."""
    chains = [[t, *t.parents] for t in tags]
    shared = {id(t) for t in chains[0]}
    for chain in chains[1:]:
        shared &= {id(t) for t in chain}
    return next(t for t in chains[0] if id(t) in shared and isinstance(t, Tag) and t.name != "[document]")


def _close_list_items(soup: BeautifulSoup) -> None:
    """'<li>one<li>two' (HTML lets a list item's end tag go, and minified pages and e-mails leave it out): html.parser
    nests each item in the one before, so the list reads as one item; each is put back after the one it was nested in."""
    for item in soup.find_all("li"):
        inner = item.find("li", recursive=False)
        if inner is None:
            continue
        after: PageElement = item
        for moved in [inner, *inner.next_siblings]:
            after.insert_after(moved.extract())
            after = moved


def _decode(raw: bytes, problems: list[Problem]) -> str:
    """UTF-8 when the bytes are UTF-8 (it cannot be mistaken), else the declared charset, else Windows-1252."""
    dammit = UnicodeDammit(raw, known_definite_encodings=["utf-8"], is_html=True)
    if dammit.unicode_markup is None:
        return raw.decode("cp1252", errors="replace")
    declared = dammit.declared_html_encoding
    used = (dammit.original_encoding or "").lower()
    if used not in ("utf-8", "ascii", "utf-16le", "utf-16be", "utf-16"):
        bad_line = 1
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            bad_line = raw.count(b"\n", 0, error.start) + 1
        same = {"latin-1": "windows-1252", "iso-8859-1": "windows-1252", "cp1252": "windows-1252"}
        if declared and same.get(declared.lower(), declared.lower()) == same.get(used, used):
            pass  # read as declared
        elif declared:
            problems.append(Problem(bad_line, f"the page declares charset {declared} but is not; read as {used}"))
        else:
            problems.append(Problem(bad_line, f"not UTF-8 and no charset declared; read as {used}"))
    if dammit.contains_replacement_characters:
        problems.append(Problem(1, "some bytes could not be decoded and are shown as �"))
    return dammit.unicode_markup


TAG_CONNECTORS = frozenset("of and the in for on at de".split())
TAG_FRAGMENT_OPENERS = frozenset("a an the or and of to by with as for in".split())  # in lower case: "inquests" is a tag


_CMS_FLAG = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")  # "ctp_video", "autoplay_video": the CMS's switches for the page, no topic
# the CMS's id of the story or a topic ("7c1d2e30-aa11-4b2c-9f00-12ab34cd56ef", "1403225"; a year stays), and its content type in lower
# case ("story", "article"), which a page lists among its keywords: no topic
_CMS_ID = re.compile(r"^(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[0-9a-f]{16,}|\d{5,})$")
_CMS_CONTENT_TYPES = frozenset("story article news post page video gallery blog liveblog".split())


_BYLINE_BULLET = re.compile(r"\s*[•·|]\s*")


def _names_before_bullets(byline: str) -> str:
    """A byline element's names before the bullets that set its stamps and its paper apart ('Story by Jane Roe • 6h • 3
    min read', 'By Jane Roe · Jun 12, 2024', '… • Updated 3h ago', '… • Harbour Ledger • 12 June 2024'): what follows a
    bullet is no part of a name; a second writer's name after one stays ('Jane Roe · John Doe')."""
    first, *rest = _BYLINE_BULLET.split(byline)
    return " and ".join([first, *(piece for piece in rest if writer_not_paper(piece.strip()))])


def _post_in_byline(byline: str, authors: list[str]) -> str:
    """The post after the one author's name in the byline ('By Jane Roe, Senior Fellow, Harbour Project'): all after the
    comma up to the byline's date, where it opens on a capital, names a post ('Writer', 'Fellow', 'Technologist') and
    holds no sentence; else nothing."""
    if len(authors) != 1 or not byline:
        return ""
    text = squash_spaces(byline).strip()
    dated = find_date(text)
    text = text[: dated[1].start()].rstrip(" |,–-") if dated else text  # '… Project April 5, 2018 | 6:00 PM': its date line
    found = re.match(rf"^(?:by\s+)?{re.escape(authors[0])}\s*,\s*(?P<post>[A-Z][^.!?]{{2,150}})$", text, re.I)
    post = found.group("post").strip(" ,") if found else ""
    return post if re.search(rf"\b{JOB_HEAD}\b", post, re.I) else ""  # 'Washington' after the name: the dateline, no post


def _plausible_tag(tag: str) -> bool:
    """A topic a page tags itself with ("Human Rights", "Legislative Council of Hong Kong", "The Soapbox"), not a phrase
    of its text a keyword list was stuffed with ("a senior military analyst at Stratfor", "Russian and Syrian claims are
    false"): no tag opens with a small word in lower case, and a long one has no lower-case word but its connectors."""
    words = tag.split()
    if not words or len(tag) > 60 or words[0] in TAG_FRAGMENT_OPENERS or _CMS_FLAG.match(tag) or _CMS_ID.match(tag) or tag in _CMS_CONTENT_TYPES:
        return False
    return len(words) < 5 or all(word[:1].isupper() or word in TAG_CONNECTORS or not word[:1].isalpha() for word in words)


def _distinct_tags(tags: list[str]) -> list[str]:
    """A page's tags once each, whatever their case ("Harbour" and "harbour", a CMS's topic and its keyword): the one
    written with a capital, in the place of the first."""
    chosen: dict[str, str] = {}
    for tag in tags:
        key = tag.casefold()
        if key not in chosen or (chosen[key].islower() and not tag.islower()):
            chosen[key] = tag
    return list(chosen.values())


_KEYED_TAG = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}):\s*(\S.*)$")  # "Day: Wednesday", "topic: White House"
_TOPIC_KEYS = {"topic", "topics", "subject", "subjects", "tag", "tags", "keyword", "keywords"}
# what _head_metadata keeps in shapes of its own (lists, a position, a plain string), never a meta's (value, line) pair
_OWN_HEAD_FIELDS = frozenset({"authors", "citation_authors", "data_layer_authors", "base", "canonical", "saved_from", "datepublished_at"})


def _topics(tags: list[str]) -> list[str]:
    """A page's tags without the fields of its CMS's analytics ("Day: Wednesday", "WC: 2000-2999", "Partner: Factiva"),
    the value kept where the field names a topic ("Subject: World"). Fields come as a set: two keys or more; one tag
    with a colon ("Brexit: The Deal") is a topic."""
    keyed = [_KEYED_TAG.match(t) for t in tags]
    if len({m.group(1).strip().casefold() for m in keyed if m}) < 2:
        return tags
    return [t if m is None else m.group(2) for t, m in zip(tags, keyed, strict=True) if m is None or m.group(1).strip().casefold() in _TOPIC_KEYS]


def _tags(root: Tag, names: Collection[str] | None = None) -> Iterator[Tag]:
    """The elements under root in document order (no recursion; much faster than find_all's filters)."""
    for node in root.descendants:
        if isinstance(node, Tag) and (names is None or node.name in names):
            yield node


def _nodes(root: Tag) -> Iterator[PageElement]:
    """Everything under root in document order, by a stack: bs4's .descendants first walks to the subtree's end, which
    makes a probe of each element quadratic on deeply nested pages."""
    stack = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Tag) and node.contents:
            stack.extend(reversed(node.contents))


def _has(root: Tag, names: Collection[str]) -> bool:
    return any(isinstance(node, Tag) and node.name in names for node in _nodes(root))


_NUMBERED_ANCHOR = re.compile(r"[a-z]+\d+")  # not "outbrainContainer0", a widget's name
_ATTR_KEYS = ("class", "id", "role", "aria-label", "data-component")


_DISTRIBUTOR_CLASS = re.compile(r"distributor|agency|syndicat", re.I)


def _distributor_after(credit: Tag) -> str:
    """The agency a photo's credit names after it in a box of its own, parted by a slash (a newspaper chain's `<span
    class="credit">Photo by Jane Roe</span> /<span class="distributor">Harbour News</span>`): its words, the slash and the box
    taken out of the caption, so that the credit reads 'Photo by Jane Roe/Harbour News'; '' where none follows."""
    parts: list[PageElement] = []
    for node in credit.next_siblings:
        if isinstance(node, Tag):
            if not _DISTRIBUTOR_CLASS.search(_attrs_text(node)) or not parts:
                return ""
            agency = squash_spaces(node.get_text(" "))
            if not agency or len(agency) > 60:  # characters: an agency's name, no caption's sentence
                return ""
            for part in [*parts, node]:
                part.extract()
            return agency
        if str(node).strip() not in ("", "/"):
            return ""
        parts.append(node)
        if len(parts) > 3:
            return ""
    return ""


def _ad_slot(tag: Tag) -> bool:
    """An element holding an advertisement's slot and no link to a page: its box, or a box within it, is an ad's by its
    class ('ad__native', 'ad__container'), whatever label it shows ('Advertisement 1', 'Story continues below')."""
    if tag.find("a", href=True) is not None:
        return False
    return any(_ADS.search(_attrs_text(box)) for box in (tag, *tag.find_all(True)))


def _attrs_text(tag: Tag) -> str:
    attrs = tag.attrs
    if not attrs or not any(k in attrs for k in _ATTR_KEYS):
        return ""
    classes = _attr(tag, "class").split()
    anchor = _attr(tag, "id")
    if _NUMBERED_ANCHOR.fullmatch(anchor):
        anchor = ""  # id="sidebar11" on a paragraph: a scroll anchor counted through the page, never a box's name
    if anchor and _heading_anchor(tag, anchor):
        anchor = ""  # id="Eich_CEO_promotion_controversy" is the heading's own words, not an advertisement's class
    parts = [*classes, anchor, _attr(tag, "role"), _attr(tag, "aria-label"), _attr(tag, "data-component")]
    return " ".join(p for p in parts if isinstance(p, str) and p)


_COMPLETE = re.compile(r"</html\s*>|</body\s*>", re.I)
_PAGE_START = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]", re.I)


def _is_fragment(text: str) -> bool:
    """An article's markup with no page around it (a CMS's stored body): nothing in it will close a page."""
    return not _PAGE_START.search(text, 0, 16384)


_LEFT_ENTITY = re.compile(r"&(?:quot|amp|apos|lt|gt|nbsp|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_CREDIT_LABEL = re.compile(r"^(?:photo\s+|image\s+)?(?:credits?|photos?|images?|pictures?|source|copyright|©)\s*:?\s*$", re.I)
_PHOTO_BOX = re.compile(r"(?:^|\s)(?:image|photo|picture)(?:$|\s)|(?:image|photo)-?(?:wrap|box|container|module)", re.I)
_CAPTION_CLASS = re.compile(r"caption", re.I)
_LAZY_ATTRS = ("data-src", "data-srcset", "data-lazy-src", "data-original")


def _lazy_image(tag: Tag) -> bool:
    """A lazy-loading image's placeholder (<div data-src=…>), whose <img> is in a <noscript> or comes with a script."""
    return any(tag.has_attr(name) for name in _LAZY_ATTRS)


# kinds of furniture that are links and labels, never sentences: one holding sentences may be the report's text
_LINK_BOXES = frozenset(
    {"related articles", "tags", "category label", "navigation", "breadcrumbs", "social links", "share bar", "advertisement", "page tools"}
)
DROPPED_WORDS_TOLD = 150  # words of one kind of furniture inside the article, and
DROPPED_SHARE_TOLD = 0.05  # this share of the article's words: a problem line says so
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
OWN_PROSE_WORDS = 12  # words of full sentences in a box, and
OWN_PROSE_LINKED = 0.2  # at most this share of its words in links: the report's own text


def _own_prose(tag: Tag) -> bool:
    """A block of sentences, a link at most among their words: the report's text, never a box of other stories (whose
    words are mostly their headlines, each a link; a teaser's excerpt is cut short, with no stop)."""
    text = squash_spaces(tag.get_text(" "))
    linked = sum(len(a.get_text(" ").split()) for a in tag.find_all("a", href=True))
    if linked > OWN_PROSE_LINKED * len(text.split()):
        return False
    first = next((t for t in tag.find_all(string=True) if _is_text(t) and t.strip()), None)
    headline = first.find_parent("a") if first is not None else None
    if headline is not None and tag in headline.parents:
        return False  # a teaser: another story's headline, a link, over its excerpt
    sentences = _SENTENCE_END.split(text + " ")
    return sum(len(s.split()) for s in sentences if len(s.split()) >= 4 and s.endswith((".", "!", "?"))) >= OWN_PROSE_WORDS


_BLOCK_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]?$")


def _numbered_blocks(container: Tag) -> None:
    """A number set in an element of its own over the block it numbers (`<div class="finding-number">3</div><div
    class="finding">The board should …</div>`): the block's number, written before its first words ("3. The board …"),
    not a paragraph of one digit. Only a run of them counting up from 1 or on from the last."""
    last = 0
    for tag in list(_tags(container, {"div", "span", "p"})):
        text = _bounded_text(tag, 6)
        found = _BLOCK_NUMBER.match(text or "")
        if found is None or tag.find(["div", "p", "span"]) is not None:
            continue
        number = int(found.group(1))
        after = tag.find_next_sibling()
        if number not in (1, last + 1) or after is None or after.name not in ("div", "p", "section", "blockquote"):
            continue
        first = next((t for t in after.find_all(string=True) if _is_text(t) and t.strip()), None)
        if first is None or not first.strip()[:1].isupper():
            continue
        first.replace_with(f"{number}. {first.lstrip()}")
        tag.extract()
        last = number


def _link_cards_after(heading: Tag) -> list[Tag]:
    """The blocks after a heading, to the next heading, when each is a card of another story: a link of a few words to
    another page, and no more than a card holds (its byline, date, a line of excerpt); else none."""
    cards: list[Tag] = []
    for sibling in heading.find_next_siblings():
        if sibling.name in HEADINGS or sibling.find(list(HEADINGS)) is not None:
            break
        if sibling.name not in ("div", "li", "article", "section") or len(sibling.get_text(" ", strip=True)) > CARD_MAX:
            return []
        link = sibling.find("a", href=True)
        href = _attr(link, "href").strip() if link is not None else ""
        headline = link.get_text(" ", strip=True) if link is not None else ""
        text = sibling.get_text(" ", strip=True)
        rest = len(text) - len(headline)
        if not href or href.startswith("#") or len(headline.split()) < CARD_HEADLINE_WORDS or rest > CARD_REST_MAX:
            return []
        if not headline or not text.startswith(headline) or _CARD_SENTENCE_GOES_ON.match(text[len(headline) :]):
            return []  # a sentence with a link inside it, or one that goes on past the link: a paragraph, no card
        cards.append(sibling)
    return cards


def _mostly_links(tag: Tag) -> bool:
    """Two or more links making most of the block's text: a list of stories set in <div>s."""
    links = tag.find_all("a", limit=40)
    text = len(tag.get_text(strip=True))
    return len(links) >= 2 and text > 0 and sum(len(a.get_text(strip=True)) for a in links) >= 0.5 * text


_RELATED_LABEL = re.compile(
    r"^(?:don[’']?t miss|read more|related(?: articles| stories| content| news)?|see also|more on this(?: story| topic)?|must read|"
    r"trending(?: now)?|you may also like|recommended(?: for you)?|more stories)\s*:?$",
    re.I,
)


def _related_row(label: Tag) -> Tag | None:
    """The row of links to other stories under a label of its own ("DON'T MISS", "READ MORE", "Related"), set inside the
    story's text: the row, or None. A label over a paragraph of prose, or over nothing, is left alone."""
    if not _RELATED_LABEL.match(_bounded_text(label, 40) or ""):
        return None
    row = label.find_next_sibling()
    return row if isinstance(row, Tag) and row.name in ("p", "div", "ul") and _mostly_links(row) else None


def _heading_anchor(tag: Tag, anchor: str) -> bool:
    """The id of a heading (or of a span in one) spelled from the heading's own words, as wikis and CMSs make them."""
    if tag.name not in HEADINGS and (tag.parent is None or tag.parent.name not in HEADINGS):
        return False
    words = re.findall(r"[^\W_]+", anchor.lower())
    text = re.findall(r"[^\W_]+", (_bounded_text(tag, 200) or "").lower())
    return bool(words) and text[: len(words)] == words


def _first_line(tag: Tag) -> str:
    """The block's first line as a reader sees it: its text up to the first inner block or line break, at most 80 characters."""
    parts: list[str] = []
    size = 0
    for node in _nodes(tag):
        if isinstance(node, Tag):
            if (node.name in BLOCKS or node.name == "br") and size:
                break
        elif _is_text(node) and node.parent is not None and node.parent.name not in ("style", "template"):
            parts.append(str(node))
            size += len(node.strip())
            if size > 2 * FIRST_LINE:
                break
    line = re.sub(r"\s+([,.;:!?)])", r"\1", squash_spaces(" ".join(parts)))
    if line:
        return line if len(line) <= FIRST_LINE else line[: FIRST_LINE - 1].rstrip() + "…"
    for name in ("src", "data-src", "href", "action"):
        if tag.get(name):
            return f"<{tag.name} {name}={tag[name]}>"[:FIRST_LINE]
    return f"<{tag.name}>"


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


# what a page sets inside a sentence as furniture by nature: text for screen readers or print, a permalink's sign, a button
_INLINE_FURNITURE = frozenset(
    {"script/style", "embed", "hidden", "hidden element", "skip link", "screen-reader text", "print-only line", "permalinks", "buttons and controls"}
)
_INLINE = frozenset("a abbr b bdi bdo cite data dfn em font i mark q s small span strong time u var".split())
RUNNING_TEXT_WORDS = 4  # words of the sentence outside the element: "Read more: <a …>" is a label, no sentence


def _in_running_text(tag: Tag) -> bool:
    """An inline element that is part of a sentence: its paragraph's words run up to it or on from it (a name marked up as
    a schema.org Person, a term linked to a tag page), and the paragraph has words of its own beside it."""
    if tag.name not in _INLINE:
        return False
    block = tag
    while block.parent is not None and block.name in _INLINE:
        block = block.parent
    if block is tag:
        return False
    adjacent = (tag.previous_sibling, tag.next_sibling)
    if not any(_is_text(node) and re.search(r"\w", node) for node in adjacent):
        return False
    words = _words_in(block.get_text(" ")) - _words_in(tag.get_text(" "))
    return words >= RUNNING_TEXT_WORDS


def _is_text(node: object) -> TypeGuard[NavigableString]:
    return type(node) is NavigableString or type(node) is CData


_BARE_NOTE_NUMBER = re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z“\"‘])")  # '1 Harbour Board, Minutes …' under a notes heading
PLAIN_NOTES_HEADING_MIN = 2  # notes under a 'Notes' paragraph with no heading's markup: two or more, each keyed


def _bare_note_number(block: Tag) -> int | None:
    """The number a note under a notes heading opens with and a space ('1 Harbour Board, …'), or None."""
    found = _BARE_NOTE_NUMBER.match(block.get_text())
    return int(found.group(1)) if found else None


def _opens_on_sup_key(block: Tag) -> bool:
    """A note pasted from a word processor: its paragraph opens with its key in a superscript (<p><sup>1</sup>Harbour …)."""
    first = next((c for c in block.children if not (_is_text(c) and not c.strip())), None)
    return isinstance(first, Tag) and first.name == "sup" and _keyish(first.get_text()) is not None


FIRST_NOTE_KEYS = {"1", "2"}  # the keys the text cites when its notes are cited in superscripts, a run from 1
# a superscript on a unit, or a square or a cube on a number, is a power ('4,000 m²', 'km²', '10³'), never a note's key
UNIT_BASE = re.compile(r"\d\s*(?:m|cm|mm|km|ft|in|yd|mi)$|\b(?:m|cm|mm|km|ft|yd|mi)$")


def _exponent(sup: Tag) -> bool:
    before = sup.previous_sibling
    if not isinstance(before, str):
        return False
    return UNIT_BASE.search(before) is not None or (before[-1:].isdigit() and sup.get_text().strip() in ("2", "3"))


def _text_of(node: PageElement) -> str:
    return node.get_text() if isinstance(node, Tag) else str(node)


def _leading_key(line: list[PageElement]) -> str | None:
    """The key a note's line opens with ('1. …', '[2] …', '(iii) …', '<sup>4</sup> …'), or None."""
    first = next((node for node in line if _text_of(node).strip()), None)
    if isinstance(first, Tag) and first.name == "sup":
        return _keyish(first.get_text())
    marker = _LEAD_MARKER.match("".join(_text_of(node) for node in line))
    return next((k for k in marker.groups() if k), None) if marker else None


def _a_run(keys: list[str]) -> bool:
    """Keys that count on by one: 1, 2, 3 or i, ii, iii."""
    values = [note_sort_key(key) for key in keys]
    return all(kind < 2 and later == (kind, earlier + 1) for (kind, earlier), later in itertools.pairwise(values)) and all(
        kind < 2 for kind, _ in values
    )


# a note marker's link said so by its markup, not by a superscript: SPIP's '<a class="spip_note" rel="appendix">' (by
# its class: rel="appendix" alone is HTML's link to an annex), a converter's '<a class="footnote-ref">' or '<a rel="footnote">'
_NOTE_LINK_CLASS = re.compile(r"(?:^|[\s_-])(?:foot|end)?note(?:[\s_-]|$)", re.I)


def _note_link(anchor: Tag) -> bool:
    """The link is a note's marker by its class or its rel ('spip_note', 'footnote-ref', rel="footnote")."""
    rel = {value.lower() for value in anchor.get_attribute_list("rel") if value}
    return bool(rel & {"footnote", "endnote"}) or bool(_NOTE_LINK_CLASS.search(_attr(anchor, "class")))


# a <meta> field's name as some publishing systems spell it: Dublin Core's 'DC:date' (SPIP) for 'DC.date', bepress's
# 'bepress_citation_date' (OJS, repositories) for 'citation_date'
_META_KEY_SPELLING = re.compile(r"^(?:dc:|bepress_citation_)")


def _unbracketed(anchor: Tag) -> None:
    """A marker's link set in brackets of the text beside it ('aveugle »&nbsp;[<a …>1</a>]'): the brackets and the space
    before them go, the marker is the note's alone. Its note's link back to it, bracketed so too, leaves nothing."""
    before, after = anchor.previous_sibling, anchor.next_sibling
    if _is_text(before) and _is_text(after) and before.rstrip().endswith("[") and after.lstrip().startswith("]"):
        for node, kept in ((before, before.rstrip()[:-1].rstrip()), (after, after.lstrip()[1:])):
            if kept:
                node.replace_with(kept)
            else:
                node.extract()  # an empty string would read as a space


def _keyish(text: str) -> str | None:
    text = text.strip().strip("[]()").strip()
    return text if _KEY.match(text) else None


def _iso_date(value: str) -> date | None:
    value = (value or "").strip()
    match = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})", value)
    if match:
        if int(match.group(1)) < 1000:  # "0001-01-01T00:00:00Z": a CMS's empty date, no day of publication
            return None
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    found = find_date(value) or find_line_date(value)  # also a German page's "5. November 2021"
    return found[0] if found else None


# the W3C data layer many news sites' analytics read (Adobe's, CEDDL): digitalData = {"page": {"pageInfo": {…, "author": "…"}}}
DATA_LAYER_AUTHOR = re.compile(r"""pageInfo["']?\s*:\s*\{[^{}]*?["']?author["']?\s*:\s*["'](?P<name>[^"'\\{}]{2,100})["']""")
_BY_NAMES = re.compile(
    r"^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported)\s+)?[Bb]y:?\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4})*\**\s*(?:$|[|–—-]|,?\s*(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d))"
)


def _bounded_text(tag: Tag, limit: int) -> str | None:
    """The element's text, squashed; None when it is longer than limit (read no further than that)."""
    parts, size = [], 0
    for visited, node in enumerate(_nodes(tag)):
        if visited > 60:  # a short line is not dozens of elements deep (unclosed tags nest in html.parser)
            return None
        if not _is_text(node):
            continue
        parts.append(str(node))
        size += len(node.strip())
        if size > limit:
            return None
    text = squash_spaces(" ".join(parts))
    return text if len(text) <= limit else None


def _share_buttons(tag: Tag) -> bool:
    """A short box of three links or more, two thirds of them share buttons: a network's share intent, or a button's
    words ('Facebook', 'Copy link', 'Print')."""
    if _bounded_text(tag, SHARE_BAR_TEXT_MAX) is None:
        return False
    links = tag.find_all("a", limit=12)
    shares = sum(1 for link in links if _SHARE_HREF.search(_attr(link, "href")) or _SHARE_WORDS.match(link.get_text(" ", strip=True)))
    return shares >= SHARE_BUTTONS_MIN and shares * 3 >= len(links) * 2


def _block_lines(tag: Tag) -> list[str]:
    """A short element's text line by line, a line ending where a block element (a <div>, <p>, <li> …) begins or ends."""
    lines: list[list[str]] = [[]]

    def visit(node: PageElement, depth: int) -> None:
        if _is_text(node):
            lines[-1].append(str(node))
        elif isinstance(node, Tag) and depth < 30:
            block = node.name in BLOCKS or node.name == "br"
            if block:
                lines.append([])
            for child in node.contents:
                visit(child, depth + 1)
            if block:
                lines.append([])

    for child in tag.contents:
        visit(child, 0)
    return [text for text in (squash_spaces(" ".join(parts)) for parts in lines) if text]


# a machine stamp in UTC, or with no zone at all (a CMS writes its server's clock, UTC as a rule): its day may be the
# next one of an evening story in the Americas (or the day before of a morning one in Asia)
_UTC_STAMP = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)?$", re.I)
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


# a wire story's or press release's dateline opening its text: 'TAMPA, Fla., April 29, 2015 /PRNewswire/ -- …',
# 'GENEVA, 3 March 2021 – …': a place (capitalised words), its date, the wire's name maybe, a dash
_DATELINE_OPENING = re.compile(r"^(?P<line>[A-Z][^–—]{8,60}?)\s*(?:/[^/]{2,40}/\s*)?(?:--|—|–|-)\s")
_OUTLET_DATELINE = re.compile(r"^(?P<name>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})\s+(?:--|—|–|-)\s+(?=[A-Z“\"])")
_DATELINE_PLACE = re.compile(r"[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,4},\s*")


def _position(tag: Tag) -> tuple[int, int]:
    return (tag.sourceline or 0, tag.sourcepos or 0)


def _opening_dateline(container: Tag) -> date | None:
    """The date of the dateline opening the article's first paragraph, where it has one."""
    first = next((p for p in container.find_all("p") if p.get_text(strip=True)), None)
    text = _bounded_text(first, 2000) if first is not None else None
    match = _DATELINE_OPENING.match(text or "")
    line = match.group("line") if match else ""
    found = find_date(line)
    if found is None or len(line) - found[1].end() > 2 or not _DATELINE_PLACE.fullmatch(line[: found[1].start()]):
        return None  # 'Fenmoor Foods, the bakery group, said on June 3, 2019 – …' is a sentence, no dateline
    return found[0]


_DATE_LINE_LABEL = re.compile(r"^(?:(?:first\s+)?published|posted|updated|dated?)\s*(?:on\s*)?:?\s*", re.I)
_UNDER_HEADLINE_REACH = 40  # elements between the headline and the article's text: a share bar, a comments link, a photo


_HEAD_REACH = 4  # blocks between the story's header and its article's container: a share bar, a byline, the lead picture
_HEAD_TEXT = 1200  # characters: a header holding more is a page's section, not the story's head
_STANDFIRST_CHARS = 400  # characters: a standfirst longer than this is the story's text


def _story_head_outside(container: Tag) -> tuple[Tag | None, Tag | None, list[Tag]]:
    """The story's head set above its article's container (Postmedia: a header holding the <h1>, the standfirst
    <p class="deck"> and the byline, then the lead <figure>, then <article>): the standfirst (a sentence under the
    headline, neither a byline nor a date line) and the lead pictures between the headline and the article, which belong
    to the story though its container holds neither. A site's masthead (a header with a menu, an <h1> that is a link) is
    no story's head, and a container holding its own <h1> has its head inside. Returned with the head's <h1>, the
    story's headline, which the page shows whatever its metadata's title says."""
    if container.name == "body" or _has(container, {"h1"}):
        return None, None, []
    node = container
    for _ in range(3):  # the container, its box, the box's box
        pictures: list[Tag] = []
        for sibling in node.find_previous_siblings(limit=_HEAD_REACH):
            h1 = sibling if sibling.name == "h1" else sibling.find("h1")
            if h1 is None:
                if _lead_picture(sibling):
                    pictures.insert(0, sibling)
                    continue
                if _bounded_text(sibling, 160) is not None:
                    continue  # a byline, a date line, a share bar between the head and the story
                break
            if _hidden(h1) or _mostly_links(h1) or _has(sibling, {"nav"}) or _bounded_text(sibling, _HEAD_TEXT) is None:
                return None, None, []
            # the standfirst in a <span class="subtitle"> too, set beside the <h1> in the head's box
            under = [t for t in h1.find_all_next(["p", "div", "span", "h2", "h3", "h4", "figure"]) if sibling in t.parents and h1 not in t.parents]
            if any(t.name == "p" and _bounded_text(t, 200) is None for t in under):
                return None, None, []  # the story's text has begun in the head: a page laid out otherwise
            inside = [t for t in under if _lead_picture(t) and not any(p in t.parents for p in under if _lead_picture(p))]
            standfirst = next((t for t in under if t.name != "figure" and _head_standfirst(t)), None)
            return h1, standfirst, inside + pictures
        if node.parent is None or node.parent.name == "body":
            break
        node = node.parent
    return None, None, []


def _lead_picture(tag: Tag) -> bool:
    """A picture with its caption (<figure>, or a box holding one <img> and a short text); never a video's box (its poster
    and the title of the clip it plays, often another story's) nor a teaser linking to another page."""
    if tag.find("img") is None or _bounded_text(tag, 400) is None or _has(tag, {"video", "iframe", "audio", "object", "embed"}):
        return False
    if any(re.search(r"video|player", _attr(t, "class"), re.I) for t in (tag, *tag.find_all(class_=True))):
        return False
    if any(not re.search(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|^#", _attr(a, "href"), re.I) for a in tag.find_all("a", href=True)):
        return False  # a teaser card: the picture links to another story
    return tag.name == "figure" or (tag.name == "div" and tag.find(["figure", "figcaption"]) is not None)


def _head_standfirst(tag: Tag) -> bool:
    """A line of the story's head that is its standfirst: a sentence of DEK_WORDS words or more, no byline, no date line,
    no links' list, nothing but text."""
    text = _bounded_text(tag, _STANDFIRST_CHARS)
    if text is None or len(text.split()) < DEK_WORDS or _has(tag, BLOCKS) or _mostly_links(tag) or tag.find("time") is not None:
        return False
    if _BYLINE.search(_attrs_text(tag)) or re.match(r"(?:by|updated|published|posted)\b", text, re.I):
        return False
    found = find_date(text)
    return not (found and found[1].start() < 20)  # 'Published Apr 02, 2023 • 3 minute read': the date line


def _date_under_headline(soup: BeautifulSoup, container: Tag, title: str) -> date | None:
    """A date line between the story's headline (the element giving the title) and its text, outside the article's
    container ('Published: 3 March 2011', a <time>): the story's date. A date above the headline, in the masthead, or
    under a site's name set as <h1>, is the day the page was saved."""
    folded = squash_spaces(title).casefold()
    page_title = soup.find("title")
    site = re.split(r"\s[|–—-]\s", squash_spaces(page_title.get_text(" ")) if isinstance(page_title, Tag) else "")[1:]
    site_name = soup.find("meta", attrs={"property": "og:site_name"})
    sites = {p.casefold() for p in site} | ({_attr(site_name, "content").casefold()} if isinstance(site_name, Tag) else set())
    if not folded or folded in sites:
        return None  # the site's name taken for the title: no headline to read under
    candidates = soup.find_all("h1") + soup.find_all(class_=re.compile(r"headline", re.I))
    headline = next((t for t in candidates if squash_spaces(t.get_text(" ")).casefold() == folded), None)
    if headline is None or headline is container or headline in container.parents:
        return None
    for tag in headline.find_all_next(["p", "div", "span", "time", "small", "em", "strong"], limit=_UNDER_HEADLINE_REACH):
        if tag is container or container in tag.parents or (tag.name == "p" and len(tag.get_text()) > 200):
            return None  # the story's text has begun
        if tag.name == "time" and tag.get("datetime") and (when := _iso_date(_attr(tag, "datetime"))):
            return when
        text = _bounded_text(tag, 80)
        line = _DATE_LINE_LABEL.sub("", text or "", count=1)
        found = find_date(line) if line else None
        if found and found[1].start() == 0 and len(line) - found[1].end() <= 20:  # the date, a clock after it at most
            return found[0]
    return None


def _address_date(url: str) -> date | None:
    """A news site's article address often holds its date: …/2015/03/18/story-name.html."""
    match = _ADDRESS_DATE.search(url.split("?", 1)[0])
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _in_capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _capitalised(name: str) -> str:
    """KATE DAVIDSON -> Kate Davidson, O'BRIEN -> O'Brien; Roman numerals (III) and initials stay."""
    return re.sub(
        r"[^\W\d_]+", lambda m: m.group(0) if re.fullmatch(r"[IVX]+|[A-Z]", m.group(0)) and len(m.group(0)) < 4 else m.group(0).capitalize(), name
    )


_EMAIL_TAIL = re.compile(r"\s*(?:[|,/·•–—-]\s*)?(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", re.I)
_OUTLET_TAIL = re.compile(r",\s*The\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*\s*$")
_OUTLET = re.compile(r"^The\s+[A-Z]")


def _person_only(name: str) -> str:
    """A byline's name without what the site put after it: "Jane Roe | jroe@example.com" (her address), "Jane Roe, The
    Associated Press" (her agency)."""
    return _OUTLET_TAIL.sub("", _EMAIL_TAIL.sub("", name)).strip(" ,|")


def _split_names(text: str) -> list[str]:
    text = re.sub(r"\s*(?<![\w.])@\w{2,}", ",", text)  # a reporter's handle after the name ("Ahiza Garcia @ahiza_garcia"): a separator
    text = re.split(r"\s+\|\s+|\s+[-–—]\s+(?=\w+\s+\d)|\bon\s+(?=\w+\s+\d)|\bpublished\b|\bupdated\b", text, maxsplit=1, flags=re.I)[0]
    found = find_date(text)
    if found:
        text = text[: found[1].start()]
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*", text.strip(" ,|–-"))
    kept: list[str] = []
    for name in (_without_post(n.strip().rstrip("*").strip(" ,")) for n in names if n.strip(" *,")):
        if kept and (JOB_TITLE.match(" " + name) or ROLE_CLAUSE.match(name) or _OUTLET.match(name)):
            break  # "By Jane Roe, Senior Staff Technologist, Speech, Privacy, and Technology Project": her post and where; "…, The Associated Press"
        kept.append(name)
    return kept


BY_WORDS = r"(?:by|von|par|por|door)"  # a byline's 'By' in the languages the pages come in
_BY_ALONE = re.compile(rf"{BY_WORDS}\s*:?", re.I)
_TRAILING_STAFF = re.compile(rf"\s+{STAFF_WORD}$", re.I)  # 'Jane Roe Staff': the label after the name


def _by_over_its_name(lines: list[str]) -> list[str]:
    """A byline's lines with 'By' set on a line of its own run onto the name under it ('By' / 'Jane Roe' / 'Staff
    Reporter': 'By Jane Roe')."""
    joined: list[str] = []
    for line in lines:
        if joined and _BY_ALONE.fullmatch(joined[-1]):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _label_alone(line: str) -> bool:
    """A byline's line that is a label or a post alone ('By', 'Staff', 'Staff Reporter')."""
    return bool(_BY_ALONE.fullmatch(line)) or post_alone(line)


def _without_label_lines(source: Tag, text: str) -> str:
    """A byline's text without its lines that are a label or a post alone over or under the name ('Staff Reporter' /
    'Jane Roe', 'Jane Roe' / 'Staff'), the lines left parted by ' | '; the text as it is where it has no such line."""
    lines = _block_lines(source)
    kept = [line for line in lines if not _label_alone(line)]
    return " | ".join(kept) if kept and len(kept) < len(lines) else text


def _without_post(name: str) -> str:
    """A name with the post or the label a byline sets after it left off ('Jane Roe Staff Reporter', 'Jane Roe Staff'),
    where what is left is a person's name opening on a given name ('Harbour Times Staff' is a desk's byline). A post's
    head word alone is the surname ('Mary Ann Head', 'Sarah Jane Fellows'): a post after a name is two words or more."""
    post = JOB_TITLE.search(name)
    post = post if post and len(post.group("role").split()) >= 2 else _TRAILING_STAFF.search(name)
    rest = name[: post.start()] if post else name
    first = rest.split()[0] if rest.split() else ""
    return rest if post and _BARE_NAME.match(rest) and (_given_name(first) or given_name_sex(first) is not None) else name


_BYLINE_LABEL = re.compile(r"^(?:(?:written|posted|reported)\s+)?by\s*:?\s+", re.I)


def _unlabelled(name: str) -> str:
    """An author element's name without the label the site set before it ("Written by: Jane Roe", "By: Jane Roe")."""
    return _BYLINE_LABEL.sub("", name, count=1)


def _people_in(name: str) -> list[str]:
    """An author element's text: two people where it joins two names with "and" ("Jane Roe and John Doe"), else one name
    ("Center for Strategy and Studies" is one body)."""
    parts = re.split(r"\s+(?:and|&)\s+", name)
    return parts if len(parts) > 1 and all(_BARE_NAME.match(part) for part in parts) else [name]


_COPYRIGHT = re.compile(r"©|all rights reserved|copyright", re.I)


def _copyright_footer(tag: Tag) -> bool:
    """A <footer> holding the site's copyright line near its top, or anywhere in a map of the site's sections (mostly
    links, the Deccan Herald's, whose line comes after 2,000 characters of them): the page's footer, wherever it sits."""
    text = tag.get_text(" ")
    if _COPYRIGHT.search(text[:2000]):
        return True
    if not _COPYRIGHT.search(text):
        return False
    linked = sum(len(a.get_text(strip=True)) for a in tag.find_all("a"))
    return linked >= 0.5 * len(tag.get_text(strip=True))


_CAPITAL_LINE = re.compile(r"^[‘'“\"]?[A-Z][A-Z0-9’'‘“”\"&,.%$-]*(?:\s+[A-Z0-9][A-Z0-9’'‘“”\"&,.%$-]*){1,11}[?!’'”\"]?$")


def _capital_subheads(container: Tag) -> None:
    """Paragraphs of the story set wholly in capitals, short and each over a paragraph of prose, are its sub-headings
    where it has two or more ("<p>WHO IS THE FRONT-RUNNER?</p>" in an AP story, "<p>NEVER SAY GOODBYE</p>" on a
    WordPress site that sets its sub-heads as paragraphs): made <h2> for the walker. One such line alone (a shouted
    slogan quoted on a line of its own) stays a paragraph."""
    found = []
    for p in container.find_all("p"):
        text = squash_spaces(p.get_text(" ")).strip()
        if len(text) > 80 or not _CAPITAL_LINE.match(text) or text.endswith((".", ",", ":")) or p.find("a") is not None:
            continue
        following = p.find_next_sibling()
        while following is not None and following.name not in ("p", "div", "figure") and not following.get_text(strip=True):
            following = following.find_next_sibling()
        if (
            following is not None
            and following.name == "p"
            and len(following.get_text(" ").split()) >= 12
            and not _in_capitals(following.get_text(" "))
        ):
            found.append(p)
    if len(found) >= 2:
        for p in found:
            p.name = "h2"


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)  # '21:22', '9.05am': an entry's time of posting
LIVE_STAMP_MAX = 80  # characters: an entry's time and author, no paragraph
LIVE_ENTRIES_MIN = 2
LIVE_STAMP_WORDS = 7  # the time, an author's name or two, a label ('KEY EVENT')
_ENTRY_TEXT = {"p", "li", "blockquote", "figure", "table"}  # an entry's first block: its heading, else no heading


def _live_entry_stamps(container: Tag) -> None:
    """A live blog's entries each open on the time they were posted and their author (`<time>21:22</time><mark>Jane
    Roe</mark>`) over the entry's heading: that stamp is the entry's byline, so it is set under the heading (over it, it
    reads as the end of the entry above), its time and name a space apart. Any <time> run into the words beside it (a
    key-events list's '… to close<time>18:28</time>') is parted from them."""
    for stamp in container.find_all("time"):
        before, after = stamp.previous_sibling, stamp.next_sibling
        if before is not None and _edge_text(before, -1).isalnum():
            stamp.insert_before(" ")
        if after is not None and _edge_text(after, 0).isalnum():
            stamp.insert_after(" ")
    moves: list[tuple[Tag, Tag]] = []
    for stamp in container.find_all("time"):
        if not _CLOCK.match(stamp.get_text(" ", strip=True)):
            continue
        info = stamp
        while info.parent is not None and info.parent is not container and _stamp_box(info.parent):
            info = info.parent  # the entry's stamp: the time with its author's name, in a box of their own
        entry_head = info.find_next_sibling()
        if info is stamp or info.name in HEADINGS or entry_head is None:
            continue
        heading = entry_head if entry_head.name in HEADINGS else entry_head.find(lambda t: t.name in HEADINGS or t.name in _ENTRY_TEXT)
        if isinstance(heading, Tag) and heading.name in HEADINGS:
            moves.append((info, heading))
    if len(moves) < LIVE_ENTRIES_MIN:
        return
    for info, heading in moves:
        parts = [squash_spaces(node.get_text(" ")) if isinstance(node, Tag) else squash_spaces(str(node)) for node in info.children]
        info.clear()
        info.append(" ".join(part for part in parts if part))
        info.name = "p"
        heading.insert_after(info.extract())


def _stamp_box(tag: Tag) -> bool:
    """A box that holds an entry's time and a few words (its author), no sentence, heading, list, link or paragraph."""
    text = squash_spaces(tag.get_text(" "))
    return (
        tag.name not in ("p", "li", "a", *HEADINGS)
        and len(text) <= LIVE_STAMP_MAX
        and len(text.split()) <= LIVE_STAMP_WORDS
        and not re.search(r"[,;!?]|\.\s", text)
        and tag.find([*HEADINGS, "li", "a", "p"]) is None
    )


def _edge_text(node: PageElement, end: int) -> str:
    text = node.get_text() if isinstance(node, Tag) else str(node)
    return text[end] if text else ""


def _bold_subheads(container: Tag) -> None:
    """Paragraphs of the story set wholly in bold, short, not a sentence, each over a paragraph of prose, are its
    sub-headings where it has two or more (Deutsche Welle's "<p><strong>Right-wing resistance</strong></p>"): made <h2>
    for the walker, with the bold questions among them (see _questions_among_subheads). One such line alone (a phrase set
    in bold) and an interview's bold questions stay."""
    found: list[Tag] = []
    questions: list[Tag] = []
    for p in container.find_all("p"):
        text = squash_spaces(p.get_text(" ")).strip()
        question = text.endswith("?") and text.count("?") == 1
        if not text or len(text) > 80 or (text.endswith((".", ",", ":", ";", "?", "!")) and not question) or p.find("a") is not None:
            continue
        if not _in_bold(p):
            continue
        following = p.find_next_sibling()
        while following is not None and following.name not in ("p", "div", "figure") and not following.get_text(strip=True):
            following = following.find_next_sibling()
        if following is not None and following.name == "p" and len(following.get_text(" ").split()) >= 12 and not _in_bold(following):
            (questions if question else found).append(p)
    found += _questions_among_subheads(found, questions)
    if len(found) >= 2:
        # of the rank of the story's other sub-headings where it has some (Polygraph: two <h4>, two bold paragraphs)
        ranks = [int(h.name[1]) for h in container.find_all(["h2", "h3", "h4", "h5", "h6"])]
        for p in found:
            p.name = f"h{min(ranks, default=2)}"


def _questions_among_subheads(subheads: list[Tag], questions: list[Tag]) -> list[Tag]:
    """Bold questions set as the story's other bold sub-headings are ('At what cost change?' among 'Seven-year wait' and
    'Comparable routes'): sub-headings too, where the story has two or more of the others and fewer questions than
    them. An interview's bold questions are most of its bold lines, and stay its questions."""
    return questions if len(subheads) >= 2 and len(questions) < len(subheads) else []


_QUOTE_AUTHOR = re.compile(r"quote-?(?:author|name|source|byline|attribution|cite)", re.I)
_QUOTE_BOX = re.compile(r"quote", re.I)
_QUOTE_AUTHOR_TITLE = re.compile(r"author-?(?:title|role|job|position)|quote-?(?:title|role)", re.I)
_CLASS_TITLE = re.compile(r"(?:^|[\s_-])(?:title|heading|headline|hed)(?:$|[\s_])", re.I)  # not "title-bar", "headline-list"
_CLASS_HEAD = re.compile(r"(?:^|[\s_-])(?:header|heading|headline|hed)(?:$|[\s_-])", re.I)
_BLOCKS = ("p", "div", "ul", "ol", "table", "blockquote", "figure", "section", *HEADINGS)


RELATED_LABEL_WORDS = 6


def _labels_of_related_boxes(boxes: list[Tag], container: Tag) -> list[Tag]:
    """The label of a box of other stories' links whose links were dropped: 'Further reading' in a wrapper of its own
    with their list (<div class="further_reading_block"><div class="section_title"><p>Further reading</p></div><ul>…),
    a few words, no stop and no link, the wrapper holding nothing else. A heading of the story beside such a box has the
    story's own paragraphs with it."""
    dropped = {id(box) for box in boxes}
    labels: list[Tag] = []
    seen: set[int] = set()
    for box in boxes:
        top = box
        while top.parent is not None and top.parent is not container and _only_dropped_text(top.parent, dropped):
            top = top.parent
        wrapper = top.parent
        if wrapper is None or wrapper is container or id(wrapper) in seen:
            continue
        seen.add(id(wrapper))
        parts = [child for child in wrapper.contents if _has_text(child)]
        if len(parts) != 2 or parts[1] is not top or not isinstance(parts[0], Tag) or parts[0].find("a") is not None:
            continue
        text = _bounded_text(parts[0], 80) or ""
        if text and len(text.split()) <= RELATED_LABEL_WORDS and text[-1:] not in ".!?,;":
            labels.append(parts[0])
    return labels


def _only_dropped_text(tag: Tag, dropped: set[int]) -> bool:
    """Every word under the element stands in one of the dropped boxes (or the element is one)."""
    if id(tag) in dropped:
        return True
    for node in _nodes(tag):
        if not _is_text(node) or not node.strip():
            continue
        parent = node.parent
        while parent is not None and parent is not tag and id(parent) not in dropped:
            parent = parent.parent
        if parent is None or parent is tag:
            return False
    return True


def _has_text(node: PageElement) -> bool:
    return bool(node.get_text(strip=True)) if isinstance(node, Tag) else _is_text(node) and bool(str(node).strip())


def _next_with_text(tag: Tag) -> Tag | None:
    following = tag.find_next_sibling()
    while following is not None and not following.get_text(strip=True):
        following = following.find_next_sibling()
    return following


def _previous_with_text(tag: Tag, name: str) -> bool:
    before = tag.find_previous_sibling()
    while before is not None and not before.get_text(strip=True):
        before = before.find_previous_sibling()
    return before is not None and before.name == name


def _class_subheads(container: Tag) -> None:
    """On a page with no headings of its own, a class of `div` (its name saying header or heading) used two times or
    more, each holding one short line and no block, each over the story's paragraphs, sets its sub-headings (the Urban
    Institute's <div class="left-col-header">, <div class="case-study-header">): made <h2>, a second such class <h3>."""
    if container.find(["h2", "h3", "h4", "h5", "h6"]) is not None:
        return
    found: dict[str, list[Tag]] = {}
    for div in container.find_all("div", class_=_CLASS_HEAD):
        text = squash_spaces(div.get_text(" ")).strip()
        if not text or len(text.split()) > 25 or re.search(r"[.!?]\s+\S", text) or div.find(["a", *_BLOCKS]) is not None:
            continue
        classes = _attr(div, "class")
        following = _next_with_text(div)
        for _ in range(4):  # past a pull quote and its speaker's line, a chart's or a player's box between the heading and its text
            if following is None or _attr(following, "class") == classes:
                break
            speaker = following.name == "p" and len(following.get_text(" ").split()) < 12 and _previous_with_text(following, "blockquote")
            if following.name not in ("div", "blockquote", "figure") and not speaker:
                break
            following = _next_with_text(following)
        if following is None or following.name != "p" or len(following.get_text(" ").split()) < 12:
            continue
        found.setdefault(" ".join(sorted(_attr(div, "class").split())), []).append(div)
    level = 2
    for divs in found.values():
        if len(divs) < 2:
            continue
        for div in divs:
            div.name = f"h{level}"
        level = min(level + 1, 3)


def _in_bold(tag: Tag) -> bool:
    """Every word of the element set in bold (<strong>, <b>)."""
    texts = [n for n in _nodes(tag) if _is_text(n) and n.strip()]
    return bool(texts) and all(any(p.name in ("strong", "b") for p in n.parents if p is not tag and tag in p.parents) for n in texts)


def _picture_box(tag: Tag) -> bool:
    """A box of one picture and one short paragraph, nothing else (Deutsche Welle's <div class="picBox"><a><img></a><p>
    Tahir Della helped organize …</p></div>): the paragraph is the picture's caption. So is a short line set as a block
    quote beside the picture, quoting no one (`<img …><blockquote>The Zimmermann Telegram<br>Wikimedia
    Commons</blockquote>`, `Source: Pew Research`): a caption in a quotation's type, no one's words."""
    if tag.name != "div" or len(tag.find_all("img", limit=2)) != 1:
        return False
    parts = [c for c in tag.children if (isinstance(c, Tag) and c.name != "br") or (_is_text(c) and c.strip())]
    lines = [c for c in parts if isinstance(c, Tag) and (c.name in ("p", *_ITALIC_CAPTION) or (c.name == "blockquote" and _caption_quote(c)))]
    others = [c for c in parts if c not in lines]
    if len(lines) == 1 and lines[0].name in _ITALIC_CAPTION and not _italic_under_picture(tag, lines[0]):
        return False  # an italic line over the picture, or beside it with no break: the story's words, no caption
    return (
        len(lines) == 1
        and len(squash_spaces(lines[0].get_text(" "))) <= 200
        and all(
            isinstance(c, Tag) and ((c.name == "img" and lines[0].name != "p") or c.find("img") is not None) and not c.get_text(strip=True)
            for c in others
        )
    )


# a caption set in italics under the picture, a line break between (`<div class="image-right"><img><br><i>The empty chair
# at the pool. (Jane Roe/Ledger)</i></div>`): the box's only words
_ITALIC_CAPTION = ("i", "em")


def _italic_under_picture(box: Tag, italic: Tag) -> bool:
    """The box's parts in order are the picture, a line break, then the italic line, and nothing after it."""
    parts = [c for c in box.children if isinstance(c, Tag) or (_is_text(c) and c.strip())]
    return (
        len(parts) == 3
        and parts[2] is italic
        and isinstance(parts[1], Tag)
        and parts[1].name == "br"
        and isinstance(parts[0], Tag)
        and (parts[0].name == "img" or parts[0].find("img") is not None)
    )


_CAPTION_OR_CREDIT_CLASS = re.compile(r"caption|credit|copyright|photographer", re.I)
_CREDIT_INSIDE = re.compile(r"credit|copyright|attribution|source|photographer", re.I)  # a grid cell's "caption" holding its source alone


# a credit's block that holds the picture's caption, its credit in brackets after it ('Jane Roe at the pier in 2009.
# (Ines Vask/Harbour Press)', The New Republic's <div class="photo-credit">): the caption, then the credit
_CAPTION_THEN_CREDIT = re.compile(r"^(?P<caption>\S[^()]{10,}?[.!?”’])\s*\((?P<credit>[^()]{2,80})\)$")


def _captioned_credit(tag: Tag) -> re.Match[str] | None:
    """A block classed as a picture's credit whose words are its caption and its credit in brackets."""
    if not _CREDIT_INSIDE.search(_attrs_text(tag)) or tag.find(class_=_CAPTION_CLASS) is not None:
        return None
    return _CAPTION_THEN_CREDIT.match(squash_spaces(tag.get_text(" ")))


def _picture_with_caption_divs(tag: Tag) -> bool:
    """A box of one picture, its caption and its credit each in a plain block of its own classed so (`<div class="enhMed">
    <img …><div class="credit">Harbor Photo Agency</div><div class="caption">Pier police on patrol …</div></div>`), or
    its caption and credit in one credit's block (`<div class="photo-credit">Jane Roe at the pier. (Ines Vask/AFP)</div>`):
    a figure, whatever the box's own class. Any other text in the box, or a block with no such class, makes it none."""
    if len(tag.find_all("img", limit=2)) != 1:
        return False
    parts = [c for c in tag.children if isinstance(c, Tag) or (_is_text(c) and c.strip())]
    blocks = [c for c in parts if isinstance(c, Tag) and c.name in ("div", "p", "span") and c.get_text(strip=True)]
    others = [c for c in parts if c not in blocks]
    worded = [c for c in blocks if _CAPTION_CLASS.search(_attrs_text(c)) and c.find(class_=_CREDIT_INSIDE) is None]  # a caption of words
    return (
        bool(worded or (len(blocks) == 1 and _captioned_credit(blocks[0].find(class_=_CREDIT_INSIDE) or blocks[0])))
        and len(blocks) <= 2
        and all(_CAPTION_OR_CREDIT_CLASS.search(_attrs_text(c)) and len(c.get_text(" ", strip=True)) <= 300 for c in blocks)
        and all(
            isinstance(c, Tag) and not c.get_text(strip=True) and (c.name == "img" or c.find("img") is not None or c.name == "br") for c in others
        )
    )


CAPTION_QUOTE_WORDS = 12


def _caption_quote(tag: Tag) -> bool:
    """A block quote of a few words that quotes no one: no quotation marks, no sentence, no paragraphs of its own."""
    text = squash_spaces(tag.get_text(" "))
    return (
        bool(text)
        and len(text.split()) <= CAPTION_QUOTE_WORDS
        and not re.search(r"[\"“”‘’«»]", text)
        and not re.search(r"[.!?]\s+\S", text)
        and tag.find(["p", "div", "blockquote", "ul", "ol"]) is None
    )


def _format_links(tag: Tag) -> bool:
    """Two links or more and no other words, each named as a file's format ("MP4", "MP3", "PDF"): a player's downloads."""
    links = tag.find_all("a")
    if len(links) < 2 or not all(_FORMAT_LINK.fullmatch(squash_spaces(a.get_text(" "))) for a in links):
        return False
    rest = tag.get_text(" ")
    for a in links:
        rest = rest.replace(a.get_text(" "), " ", 1)
    return not re.sub(r"[\s,|·•/()-]+", "", rest)


def _preheader(body: Tag) -> str:
    """An e-mail's preview line: hidden text near the top of its page, padded out with invisible characters ('…' then
    '͏‌ ͏‌ ' again and again) so that an inbox shows it alone; ending on '…' where the sender cut it short (no stop)."""
    for tag in body.find_all(["span", "div", "p", "td"], limit=PREHEADER_REACH):
        if not (_attr(tag, "style") and re.search(r"display\s*:\s*none", _attr(tag, "style"))):
            continue
        found = _PREHEADER.match(tag.get_text())
        if found is None:
            continue
        text = squash_spaces(found.group("text"))
        return text if text[-1:] in '.!?…”"’' else text.rstrip(" ,;:–—") + "…"
    return ""


def _story_mark(unit: Unit) -> bool:
    """A newsletter's arrow ('↓') or story number ('8') on a line of its own."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", unit.text).strip()
    return unit.kind == "paragraph" and bool(_ARROWS.fullmatch(text) or re.fullmatch(r"\d{1,2}", text))


_COMMENTS_ANCHOR = re.compile(r"#(?:comments?|respond|disqus_thread|comment-form|reply)$", re.I)
# the prompt's links are its buttons: the action to comment, or to write in, and nothing else ('answer below', 'the
# comments' inside a sentence are the story's words)
_COMMENT_ACTION = re.compile(
    r"(?:comment|(?:leave|add|post|write) (?:a|your) comment|join the (?:discussion|conversation|debate)|have your say|reply|respond)\W*",
    re.I,
)
_TIP_ACTION = re.compile(r"(?:send (?:us )?(?:a|your) tip|tip us(?: off)?|e-?mail us|write to us|contact us|get in touch)\W*", re.I)
COMMENT_PROMPT_CHARACTERS = 120


def _comment_prompt(tag: Tag) -> bool:
    """A short block under the story asking readers to comment, linking to the page's own comments ('Do you know the
    scoop? [Comment] below or [Send us a Tip]'): its every link the comments' anchor or an address to write to, no
    block of the story inside it."""
    links = tag.find_all("a", href=True)
    text = squash_spaces(tag.get_text(" "))
    if not links or len(text) >= COMMENT_PROMPT_CHARACTERS or tag.find(["p", "li", *HEADINGS, "img"]) is not None:
        return False
    if tag.name == "p" and "?" not in text:
        return False  # 'As readers said in the [comments], …': a sentence of the story, no prompt
    hrefs = [_attr(a, "href").strip() for a in links]
    if not any(_COMMENTS_ANCHOR.search(h) for h in hrefs):
        return False
    for link, href in zip(links, hrefs, strict=True):
        words = squash_spaces(link.get_text(" ")).strip()
        if _COMMENTS_ANCHOR.search(href) and _COMMENT_ACTION.fullmatch(words):
            continue
        if href.lower().startswith("mailto:") and _TIP_ACTION.fullmatch(words):
            continue
        return False
    return True


def _appeal_link(tag: Tag) -> bool:
    """A short paragraph with a link that asks the reader to subscribe, standing as a sentence of its own (at the
    paragraph's start, after a sentence's end or after a fronted phrase's comma: 'For more on the strike, subscribe to
    …'), not a story's mention ('Readers can subscribe to the bank's bulletin')."""
    text = squash_spaces(tag.get_text(" "))
    if len(text) >= APPEAL_BOX_CHARACTERS or tag.find(["p", "div", "li", *HEADINGS]) is not None:
        return False
    for link in tag.find_all("a"):
        words = squash_spaces(link.get_text(" "))
        if not _APPEAL_LINK.match(words):
            continue
        before = "".join(str(t) if isinstance(t, NavigableString) else t.get_text(" ") for t in _text_before_in(link, tag)).strip()
        if not before or before.endswith((",", ".", "!", "?", ":", "—", "–")):
            return True
    return False


SUPPORT_BOX_CHARACTERS = 800
_SUPPORT_LINK = re.compile(r"^(?:support(?:\s+us)?|donate(?:\s+now)?|become\s+a\s+(?:member|supporter|patron)|join\s+us)$", re.I)
_SUPPORT_ASK = re.compile(r"\b(?:support|fund|donate\s+to)\s+us\b|\bsupport\s+(?:our|this)\s+(?:work|site|blog|journalism)\b", re.I)


SIGNUP_BOX_CHARACTERS = 900
SIGNUP_CUES_MIN = 2
_SIGNUP_CUE = re.compile(
    r"\b(?P<newsletter>newsletters?)\b|\b(?P<inbox>inbox(?:es)?)\b|\b(?P<signup>sign(?:ing)?[ -]up)\b|\b(?P<unsubscribe>unsubscribe)\b"
    r"|\b(?P<subscribe>subscribe|subscribing)\b|\b(?P<email>(?:your|an?|roundup|the) e-?mail(?: address)?|e-?mail address)\b",
    re.I,
)


def _signup_box(tag: Tag) -> bool:
    """A newsletter's sign-up box set inside the story: a heading or a form, and words that call for the sign-up in two
    ways or more ('Sign up for the Harbour newsletter' / 'Never miss the latest news …' / 'You can unsubscribe at any
    time'; Nature's 'Nature Briefing' / '… delivered to your inbox every weekday' over its e-mail field)."""
    if tag.find([*HEADINGS, "form"]) is None:
        return False
    cues = {name for match in _SIGNUP_CUE.finditer(tag.get_text(" ")) for name, value in match.groupdict().items() if value}
    blocks = [block.get_text(" ") for block in tag.find_all([*HEADINGS, "p", "li"])]
    return len(cues) >= SIGNUP_CUES_MIN and sum(1 for block in blocks if not _SIGNUP_CUE.search(block)) <= 1  # no story's paragraphs


def _support_box(tag: Tag) -> bool:
    """A box of short paragraphs (a heading, a portrait beside them) asking the reader to support the site, its call a
    link of its own ('please <a>support</a> us'), not a story's paragraph that reports someone's appeal."""
    paragraphs = tag.find_all("p")
    if not paragraphs or any(len(p.get_text()) > 400 for p in paragraphs):
        return False
    return _SUPPORT_ASK.search(squash_spaces(tag.get_text(" "))) is not None and any(
        _SUPPORT_LINK.match(squash_spaces(a.get_text(" "))) for a in tag.find_all("a")
    )


def _text_before_in(link: Tag, box: Tag) -> list[PageElement]:
    """The box's pieces before the link, in order (the link's own ancestors left out)."""
    pieces: list[PageElement] = []
    for element in box.descendants:
        if element is link:
            break
        if isinstance(element, NavigableString) and not isinstance(element, CData):
            pieces.append(element)
    return pieces


def _one_link(tag: Tag) -> bool:
    """The element's words are all one link's."""
    links = tag.find_all("a", limit=2)
    return len(links) == 1 and squash_spaces(links[0].get_text(" ")) == squash_spaces(tag.get_text(" "))


def _slides(tag: Tag) -> bool:
    """A list of three items or more, each a picture with a heading: the slides of a picture gallery, not the story's list."""
    items = tag.find_all("li", recursive=False)
    return len(items) >= 3 and all(item.find("img") is not None and item.find(HEADINGS) is not None for item in items)


def _category_links(tag: Tag) -> bool:
    """An element of nothing but links marked rel="category tag" (WordPress's list of a post's categories) and the
    commas or bars between them."""
    links = tag.find_all("a")
    if not links or not all({"category", "tag"} & set(a.get("rel") or []) for a in links):
        return False
    rest = tag.get_text(" ")
    for a in links:
        rest = rest.replace(a.get_text(" "), " ", 1)
    return not re.sub(r"[\s,|·•/&;-]+|\band\b", "", rest)


def _people_of(name: str) -> list[str]:
    """One author entry as the people it names: "Jane Roe, AP National Political Writer" is Jane Roe (her post after
    the comma dropped), "Jane Roe, John Doe and Ann Poe" (one JSON-LD string for three reporters) three people. Split
    only where every part is a person's name: "Roe, Jane" and "Center for Strategy and Studies" stay whole."""
    head, comma, tail = name.partition(",")
    if comma and (JOB_TITLE.match(" " + tail.strip()) or ROLE_CLAUSE.match(tail.strip())) and _BARE_NAME.match(head.strip()):
        return [head.strip()]
    parts = [p.strip() for p in re.split(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", name) if p.strip()]
    if len(parts) > 1 and all(_BARE_NAME.match(p) for p in parts):
        return parts
    if len(parts) > 1 and re.search(r"\s(?:and|&)\s", name) and all(_SURNAME.fullmatch(p) for p in parts):
        return parts  # 'Castaneda, Fujs, Herzog, & Maeda': a book's authors by surname (never 'Roe, Jane', which has no 'and')
    return [name]


class _Reader:
    def __init__(self, soup: BeautifulSoup, text: str, shown_name: str, problems: list[Problem]):
        self.soup, self.text, self.name, self.problems = soup, text, shown_name, problems
        self.dropped: dict[str, list[str]] = {}
        self.shown_date: date | None = None  # the date the byline or date line shows in words (not a machine stamp)
        self.card_names: list[str] = []  # the names of an author card above the story's text (its byline, set as a card)
        self.bio_names: list[str] = []  # the writer an author's box after the story names (its bio: 'Jane Roe is a …')
        self.share_bar_byline = False  # a share bar's "By Name" line kept as the byline: a second bar's (its foot's) goes with it
        self.bio_text = ""  # that bio, the author's note
        self.story_date: date | None = None  # the day a release page's 'Story date: 3 March 2005' line gives, furniture
        self.meta: dict[str, Any] = {}
        self.base_url = ""
        self.note_parts: dict[int, tuple[Tag, list[Tag]]] = {}  # a block of notes parted by <br>: its notes, once split (split once only)
        self.note_by_target: dict[str, str] = {}
        self.note_keys: set[str] = set()
        self.ref_ids: set[str] = set()
        self.cited: dict[str, int] = {}
        self.preheader = ""  # an e-mail's hidden preview line, padded out with invisible characters
        self.entry_columns: set[int] = set()  # boxes marked as a sidebar that hold the post's header (id of the tag)
        self.descriptions: set[str] = set()  # the page's descriptions of itself (meta description, og:description, JSON-LD)
        self.head_standfirst = ""  # the standfirst the page shows under its headline, above the article's container
        self.head_headline: Tag | None = None  # the <h1> of the story's head above the article's container

    # -- the whole page --------------------------------------------------------------------------------------------

    def read(self) -> SavedPage:
        head_meta = self._head_metadata()
        head_meta.update(self._microdata())
        body = self.soup.body or self.soup
        self.preheader = _preheader(body)
        revealed = reveal_hidden_story(body)
        if revealed is not None:
            self.problems.append(Problem(revealed, "the story is in a wrapper the page hides until its scripts run: read as a browser shows it"))
        opened = self._open_dialogs(body)
        container = self._find_container(body)
        if container is not None and opened and any(d is container or d in container.parents for d in opened):
            container = _common_ancestor(opened)  # the page's letters, each beside the block its link stands in
        if container is None:
            if _words_in(head_meta.get("ld_body", ("", 0))[0]) < LD_BODY_WORDS:
                raise self._no_text(getattr(body, "sourceline", None) or 1)
            container = body
        self._set_urls(head_meta)
        self._lift_story_head(container)
        self._drop_next_stories(container)
        self._authored_pull_quotes(container)
        self._drop_furniture(container)
        self._drop_house_blurb(container, head_meta)
        _dates_out_of_headings(container)
        notes = self._read_notes(container)
        self._read_title_and_byline(container, head_meta)
        mark_caption_boxes(container)  # after the byline is read: a byline's box of the writer's picture is none
        self._record_outside(container, body)
        _live_entry_stamps(container)
        _capital_subheads(container)
        _bold_subheads(container)
        _class_subheads(container)
        _numbered_blocks(container)
        self._picture_lines(container)
        self._lift_sources(container)
        walker = _Walker(self)
        walker.walk(container, 0)
        walker.flush()
        units = self._without_repeated_pictures(self._without_story_markers(self._or_json_ld_body(walker.units, head_meta)))
        units = self._with_lone_dateline_joined(units)
        if not any(u.kind in ("paragraph", "quote", "bullet") for u in units):
            raise self._no_text(getattr(container, "sourceline", None) or 1)
        self._assign_levels(units)
        self._check_notes(notes)
        self._check_meta()
        if not _COMPLETE.search(self.text[-4096:]) and not _is_fragment(self.text):
            last = self.text.rstrip().count("\n") + 1
            self.problems.append(Problem(last, "the file stops here, before </html>: the save may be incomplete and the report may lack its end"))
        self.problems.sort(key=lambda p: p.line)
        return SavedPage(self.meta, units, notes, self.dropped, self.problems)

    def _lift_story_head(self, container: Tag) -> None:
        """The story's head above its container: its standfirst is the report's summary (taken out, said once), its lead
        pictures open the story's text as figures (never dropped with the page's header, never read as paragraphs)."""
        self.head_headline, standfirst, pictures = _story_head_outside(container)
        if standfirst is not None:
            self.head_standfirst = squash_spaces(standfirst.get_text(" "))
            standfirst.extract()
        for picture in reversed(pictures):
            figure = picture if picture.name == "figure" else picture.find("figure")
            caption = picture.find("figcaption")
            if figure is not None and caption is not None and figure not in caption.parents and figure.find("figcaption") is None:
                figure.append(caption.extract())  # NBC: <div><figure><picture>…</figure><figcaption>…</div>: one figure
                picture = figure
            container.insert(0, picture.extract())

    def _drop_next_stories(self, container: Tag) -> None:
        """The site's next stories, which its theme loads under the story's text inside the same <article> ("Continue
        Reading" themes): a box after the story's text headed by an <h1> as the story's headline is, with its
        own byline naming someone else and its own date before its text. The story ends before it; everything after it
        in the container goes too. A report's dated sections by its own author (or set flat, a heading over its lines)
        are no box of another story and stay."""
        headlines = container.find_all("h1", limit=12)
        if len(headlines) < 2:
            return
        first = headlines[0]
        over_first = {id(tag) for tag in first.parents}  # by identity: a Tag's == compares whole subtrees, and a copy is equal
        authors: set[str] | None = None
        for later in headlines[1:]:
            box = later
            while box.parent is not None and box.parent is not container and id(box.parent) not in over_first:
                box = box.parent
            if box is later or not self._text_between(first, box):
                continue
            head = self._story_box_head(box)
            names = self._byline_names(box, head) if head and find_date(head) else []
            if not names:
                continue
            if authors is None:
                byline = self._first_byline(container, naming=True)
                authors = {fold(n) for n in self._byline_names(byline, squash_spaces(byline.get_text(" ")))} if byline else set()
            if all(fold(n) in authors for n in names):
                continue  # the story's own author over another dated part of it
            button = box.find_previous_sibling(True)
            if button is not None and _READ_MORE_TAIL.fullmatch(squash_spaces(button.get_text(" "))):
                self.drop("the site's next story", button)
                button.extract()
            for part in [box, *box.find_next_siblings(True)]:
                self.drop("the site's next story", part)
                part.extract()
            return

    @staticmethod
    def _text_between(first: Tag, box: Tag) -> bool:
        """A paragraph of the story's text between its headline and the box: the box comes after a story, not in its head."""
        for paragraph in first.find_all_next("p"):
            if any(parent is box for parent in paragraph.parents):
                return False
            if len(paragraph.get_text()) >= STORY_PARAGRAPH:
                return paragraph.sourceline is None or box.sourceline is None or _position(paragraph) < _position(box)
        return False

    @staticmethod
    def _story_box_head(box: Tag) -> str:
        """The words of a box before its first paragraph of text: a story's head (headline, byline, date)."""
        words: list[str] = []
        for string in box.find_all(string=True):
            paragraph = string.find_parent("p")
            if paragraph is not None and len(paragraph.get_text()) >= STORY_PARAGRAPH:
                break
            words.append(str(string))
            if sum(map(len, words)) > 600:
                return ""
        return squash_spaces(" ".join(words))

    def _authored_pull_quotes(self, container: Tag) -> None:
        """A pull quote set with its speaker's name in an element of its own (<div class="sidebar-quote"> over <div
        class="sidebar-quote-author">STANLEY MITCHELL</div> and <div class="sidebar-author-title">Served 35 years …</div>)
        is a block quote over its speaker's line, whatever its box is called; a second copy (a feature page's mobile copy
        beside the desktop one) is dropped."""
        seen: set[str] = set()
        for author in container.find_all(class_=_QUOTE_AUTHOR):
            if author.parent is None or _QUOTE_AUTHOR_TITLE.search(_attr(author, "class")):
                continue
            quote = author.find_previous_sibling(class_=_QUOTE_BOX)
            name = squash_spaces(author.get_text(" ")).strip()
            if quote is None or _QUOTE_AUTHOR.search(_attr(quote, "class")) or not name or len(name.split()) > 6:
                continue
            words = _words(quote.get_text(" ")).strip()
            if len(words.split()) < 5:
                continue
            title = author.find_next_sibling(class_=_QUOTE_AUTHOR_TITLE)
            box = author.parent
            while (
                box is not container
                and box.parent is not None
                and box.parent is not container
                and len([c for c in box.parent.contents if _has_text(c)]) == 1
            ):
                box = box.parent  # the boxes around it that hold nothing else (a mobile copy's wrappers)
            parts = [quote, author, *([title] if title is not None else [])] if box is container else [box]
            if words in seen:
                for part in parts:
                    self.drop("pull quote", part)
                    part.extract()
                continue
            seen.add(words)
            block = self.soup.new_tag("blockquote")
            first = next((n for n in quote.descendants if _is_text(n) and n.strip()), None)
            if first is not None and re.match(r"\s*\w+:\s*$", first) and first.parent is not quote:
                first.replace_with("")  # <span class="excerptWord">Excerpt: </span> before the quotation: a label
            for part in quote.find_all("p") or [quote]:
                paragraph = self.soup.new_tag("p")
                paragraph.extend(list(part.contents))
                block.append(paragraph)
            line = self.soup.new_tag("p")
            speaker = _capitalised(name) if _in_capitals(name) else name
            line.append(speaker + (f", {squash_spaces(title.get_text(' ')).strip()}" if title is not None and title.get_text(strip=True) else ""))
            block.sourceline, line.sourceline = quote.sourceline, author.sourceline
            parts[0].replace_with(block)  # the box, or the quote where it stands in the text's own column
            block.insert_after(line)
            for part in parts[1:]:
                part.extract()

    def _or_json_ld_body(self, units: list[Unit], head: dict[str, Any]) -> list[Unit]:
        """A page built by JavaScript, fetched before it ran: its HTML holds a summary or a teaser, the JSON-LD beside it
        the whole article (articleBody). The article is then that text, in paragraphs, with a problem line saying so."""
        text, line = head.get("ld_body", ("", 0))
        whole = _words_in(text)
        shown = sum(_words_in(u.text) for u in units if u.kind in ("paragraph", "quote", "bullet", "heading"))
        if whole < LD_BODY_WORDS or shown >= 0.5 * whole:
            return units
        paragraphs: list[str] = []
        for block in re.split(r"\s*\n\s*", html.unescape(text).strip()):
            sentences = re.split(r"(?<=[.!?”’\"])\s+(?=[“‘\"A-Z])", block)
            current: list[str] = []
            for sentence in sentences:  # a blob without line breaks: paragraphs of about a hundred words, at sentence ends
                current.append(sentence)
                if _words_in(" ".join(current)) >= 100:
                    paragraphs.append(" ".join(current))
                    current = []
            if current:
                paragraphs.append(" ".join(current))
        self.problems.append(
            Problem(
                line,
                f"the page's HTML holds {shown} of the article's {whole} words (a page built by JavaScript, saved before it ran): "
                "the text is the page's JSON-LD articleBody, without its headings, links, figures or notes",
            )
        )
        kept = [u for u in units if u.kind not in ("paragraph", "quote", "bullet")]
        return kept + [
            Unit(line, _escape_start(escape_markdown(squash_spaces(p))), "paragraph", 0, {"markdown": True, "note_keys": []})
            for p in paragraphs
            if p.strip()
        ]

    def _no_text(self, line: int) -> ContentError:
        if not _COMPLETE.search(self.text[-4096:]) and not _is_fragment(self.text):  # a save or download cut off before the article came
            last = self.text.rstrip().count("\n") + 1
            return ContentError(
                self.name, last, "no article text found, and the file stops here, before </html>: the save looks incomplete; save the page again"
            )
        return ContentError(self.name, line, self._no_text_message())

    def _no_text_message(self) -> str:
        return (
            "no article text found: the page has no paragraphs outside navigation, headers and other page furniture "
            "(a page built by JavaScript has none until it runs: save it from the browser after it has loaded)"
        )

    def _without_repeated_pictures(self, units: list[Unit]) -> list[Unit]:
        """A picture shown twice, by the same image: a lead gallery's slide that the story's text shows again where it
        tells of it. The last is kept, in the text; the gallery's copy is dropped."""
        last = {u.data["image_source"]: at for at, u in enumerate(units) if u.kind == "figure" and u.data.get("image_source")}
        kept: list[Unit] = []
        for at, unit in enumerate(units):
            if unit.kind == "figure" and last.get(unit.data.get("image_source", ""), at) != at:
                self.dropped.setdefault("picture given twice", []).append(squash_spaces(unit.text)[:FIRST_LINE])
                continue
            kept.append(unit)
        return kept

    def _with_lone_dateline_joined(self, units: list[Unit]) -> list[Unit]:
        """'<p>NAIROBI, Kenya —</p>' over the story's first paragraph: a wire story's dateline set in a paragraph of its
        own opens that paragraph, as a copied text's does (classify), never a paragraph alone nor the summary. Only
        before the story's text has begun: a dash closing a line further down is the story's."""
        for index, unit in enumerate(units[:-1]):
            following = units[index + 1]
            if unit.kind != "paragraph":
                continue
            if dateline_alone(unit.text) and following.kind == "paragraph" and following.text[:1].isupper():
                following.text = f"{unit.text.strip()} {following.text}"
                return units[:index] + units[index + 1 :]
            if len(unit.text.split()) >= _STORY_PARAGRAPH_WORDS:
                break
        return units

    def _without_story_markers(self, units: list[Unit]) -> list[Unit]:
        """A newsletter's marks between its stories: an arrow alone ('↓', '→'), a story's number alone over its heading,
        and in an e-mail a box's one-word label ('Plug', 'Sponsored') left alone over the next story's heading once the
        box (a call to subscribe) is set aside."""
        kept: list[Unit] = []
        email = bool({"e-mail footer", "view-in-browser link"} & self.dropped.keys())
        for index, unit in enumerate(units):
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", unit.text).strip()  # '[→](https://…)': a link's words
            after = units[index + 1] if index + 1 < len(units) else None
            if unit.kind == "paragraph" and _ARROWS.fullmatch(text):
                self.dropped.setdefault("arrow", []).append(text)
                continue
            if unit.kind == "paragraph" and re.fullmatch(r"\d{1,2}", text) and after is not None and after.kind == "heading":
                self.dropped.setdefault("story number", []).append(text)
                continue
            if email and unit.kind == "paragraph" and _LINK_AND_ARROW.fullmatch(unit.text.strip()):
                # '[Another product's headline](…) →' on its own: a promoted link, under its label ('Spotlight')
                if kept and kept[-1].kind == "paragraph" and _BOX_LABEL.fullmatch(kept[-1].text.strip()):
                    self.dropped.setdefault("box label", []).append(kept.pop().text.strip())
                self.dropped.setdefault("promoted link", []).append(text[:FIRST_LINE])
                continue
            following = next((u for u in units[index + 1 :] if not _story_mark(u)), None)
            if (
                email
                and unit.kind == "paragraph"
                and re.fullmatch(r"[A-Z][\w’'-]*", text)
                and following is not None
                and following.kind == "heading"
                and kept
                and kept[-1].kind != "heading"
            ):
                self.dropped.setdefault("box label", []).append(text)
                continue
            kept.append(unit)
        return kept

    def _open_dialogs(self, body: Tag) -> list[Tag]:
        """A pop-up dialog that a link on the page opens ('<a href="#letter" data-toggle="modal">READ MORE</a>' over a
        hidden '<div id="letter" role="dialog">'): a one-page site keeps its letters and stories there, shown when the
        reader clicks. Its text is the page's, read where the link that opens it stands; the link's button label and the
        dialog's close button are controls."""
        openers: dict[str, list[Tag]] = {}
        opened: list[Tag] = []
        for link in _tags(body, {"a", "button"}):
            toggle = _attr(link, "data-toggle") or _attr(link, "data-bs-toggle")
            target = _attr(link, "data-target") or _attr(link, "data-bs-target") or _attr(link, "href")
            if toggle.strip().lower() == "modal" and target.startswith("#") and len(target) > 1:
                openers.setdefault(target[1:], []).append(link)
        for name, links in openers.items():
            dialog = body.find(id=name)
            if not isinstance(dialog, Tag) or dialog.find_parent(id=name) is not None or any(dialog in link.parents for link in links):
                continue
            for control in [t for t in _tags(dialog) if (_attr(t, "data-dismiss") or _attr(t, "data-bs-dismiss")).strip().lower() == "modal"]:
                if not control.decomposed:
                    self.drop("buttons and controls", control)
                    control.decompose()
            for attribute in ("role", "aria-hidden", "hidden", "tabindex", "aria-modal", "style"):
                dialog.attrs.pop(attribute, None)  # opened, a block of the page like any other: no longer hidden, no pop-up
            if _POPUP.search(_attr(dialog, "id")):
                del dialog["id"]
            for shown in [dialog, *_tags(dialog)]:
                if shown.get("aria-hidden") == "true":
                    del shown["aria-hidden"]
                if shown.has_attr("hidden"):
                    del shown["hidden"]
                if _POPUP.search(_attr(shown, "class")):  # 'modal-content', 'modal-body': the dialog's frame
                    shown["class"] = " ".join(c for c in _attr(shown, "class").split() if not _POPUP.search(c))
            place = next((p for p in links[-1].parents if p.name in _DIALOG_PLACES), links[-1])
            place.insert_after(dialog.extract())
            opened += [place, dialog]
            said = [squash_spaces(p.get_text(" ")) for p in dialog.find_all("p")]
            block = place.parent if place.parent is not None and place.parent is not body else place
            for teaser in [p for p in block.find_all("p") if dialog not in p.parents]:
                words = squash_spaces(teaser.get_text(" ")).rstrip(" .…")
                if len(words) >= TEASER_MIN and any(line.startswith(words) for line in said):
                    self.drop("teaser of a dialog's text", teaser)  # the letter's opening shown over its READ MORE button
                    teaser.decompose()
            for link in links:
                if link.get_text(strip=True) and len(link.get_text(" ", strip=True).split()) <= BUTTON_WORDS:
                    self.drop("buttons and controls", link)
                    link.decompose()
        return opened

    def drop(self, kind: str, tag: PageElement) -> None:
        self.dropped.setdefault(kind, []).append(_first_line(tag) if isinstance(tag, Tag) else squash_spaces(str(tag))[:FIRST_LINE])

    # -- metadata in <head> ---------------------------------------------------------------------------------------

    def _head_metadata(self) -> dict[str, Any]:
        found: dict[str, Any] = {"authors": [], "citation_authors": []}
        saved = _SAVED_FROM.search(self.text[:4096])
        if saved:
            found["saved_from"] = saved.group(1)
        for tag in _tags(self.soup, {"meta", "link", "title", "base", "script"}):
            name = tag.name
            if name == "title" and "title" not in found and tag.find_parent("svg") is None:
                found["title"] = (squash_spaces(tag.get_text()), tag.sourceline)
            elif name == "base" and tag.get("href"):
                found.setdefault("base", _attr(tag, "href").strip())
            elif name == "link":
                rel = _attr(tag, "rel").lower()
                if "canonical" in rel.split() and tag.get("href"):
                    found.setdefault("canonical", _attr(tag, "href").strip())
            elif name == "meta":
                key = (_attr(tag, "property") or _attr(tag, "name") or _attr(tag, "itemprop")).strip().lower()
                key = _META_KEY_SPELLING.sub(lambda m: "dc." if m.group(0).startswith("dc") else "citation_", key)
                value = squash_spaces(_attr(tag, "content") or _attr(tag, "value"))  # value=: how some tools store a saved page's <meta>
                if _LEFT_ENTITY.search(value):  # escaped twice by the site's CMS: content="… &amp;quot;Blue House&amp;quot; …"
                    value = html.unescape(value)
                if not key or not value:
                    continue
                if key.endswith("description"):
                    value = with_tex_quotes_as_marks(value, [])  # "``The hard part is ahead,'' …": the site's TeX marks as “…”
                if "datepublished" in _attr(tag, "itemprop").lower().split():
                    found.setdefault("datepublished", (value, tag.sourceline))  # <meta property="article:published" itemprop="datePublished">
                    found.setdefault("datepublished_at", _position(tag))
                if key == "citation_author" or key == "dc.creator":
                    found["citation_authors"].append(value)
                elif key == "author":
                    found["authors"].append(value)
                elif key in ("article:tag", "tags"):  # "tags": a site search's field (<meta class="swiftype" name="tags">)
                    found.setdefault("tags", []).append(value)
                elif key in _OWN_HEAD_FIELDS or key.startswith(("ld_", "md_")):
                    continue  # a meta named as a field this reader keeps in another shape (a list, a position) is no field of it
                else:
                    found.setdefault(key, (value, tag.sourceline))
            elif name == "script" and "ld+json" in _attr(tag, "type").lower():
                self._json_ld(tag, found)
            elif name == "script" and "data_layer_authors" not in found:
                source = tag.string or ""
                layer = DATA_LAYER_AUTHOR.search(source) if "digitalData" in source else None
                people = _people_of(squash_spaces(html.unescape(layer.group("name")))) if layer else []
                if people and all(_BARE_NAME.match(person) for person in people):  # a CMS's user name ('jroe', 'web-desk') is no one's name
                    found["data_layer_authors"] = people
        if len(found.get("tags", [])) == 1:  # all of them in one meta ("Donald Trump,Barack Obama"); one a meta may hold a comma
            found["tags"] = listed_tags(found["tags"][0])
        return found

    def _json_ld(self, tag: Tag, found: dict[str, Any]) -> None:
        source = tag.string or tag.get_text() or ""
        source = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$", "", source.strip())
        try:
            data = json.loads(source)
        except ValueError:
            self.problems.append(Problem(tag.sourceline or 1, "a JSON-LD block could not be read and was skipped"))
            return
        objects: list[dict[str, Any]] = []
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
        by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}

        def types(o: dict[str, Any]) -> str:
            t = o.get("@type", "")
            return " ".join(t) if isinstance(t, list) else str(t)

        articles = [
            o
            for o in objects
            if _ARTICLE_TYPES.search(types(o)) and (o.get("headline") or o.get("datePublished") or o.get("author") or o.get("creator"))
        ]
        pages = [o for o in objects if "webpage" in types(o).lower()]
        for o in articles + pages:
            headline = o.get("headline") or o.get("name")
            if "ld_headline" not in found and isinstance(headline, str):
                found["ld_headline"] = (squash_spaces(headline), tag.sourceline)
            for key, slot in (("datePublished", "ld_date"), ("dateCreated", "ld_created")):
                if slot not in found and isinstance(o.get(key), str) and _iso_date(o[key]):
                    found[slot] = _iso_date(o[key])
                    found[slot + "_stamp"] = o[key]
            credited = o.get("author") or o.get("creator")  # schema.org's creator: the authors where no author is given
            if "ld_authors" not in found and credited:
                people: list[str] = []
                bodies: list[str] = []
                authors = credited if isinstance(credited, list) else [credited]
                for author in authors:
                    if isinstance(author, dict) and "name" not in author and isinstance(author.get("@id"), str):
                        author = by_id.get(author["@id"], author)
                    if isinstance(author, str):
                        people.append(squash_spaces(author))
                    elif isinstance(author, dict) and isinstance(author.get("name"), str):
                        (bodies if "organization" in types(author).lower() else people).append(squash_spaces(author["name"]))
                if people or bodies:
                    found["ld_authors"] = people or bodies
                    found["ld_authors_bodies"] = not people
            publisher = o.get("publisher")
            if "ld_publisher" not in found and isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found["ld_publisher"] = squash_spaces(publisher["name"])
            if "ld_body" not in found and isinstance(o.get("articleBody"), str) and o["articleBody"].strip():
                found["ld_body"] = (o["articleBody"], tag.sourceline or 1)
            if "ld_description" not in found and isinstance(o.get("description"), str):
                found["ld_description"] = with_tex_quotes_as_marks(squash_spaces(o["description"]), [])
            if "ld_url" not in found:
                url = o.get("url") or o.get("mainEntityOfPage")
                url = url.get("@id") if isinstance(url, dict) else url
                if isinstance(url, str) and url.startswith(("http://", "https://")):
                    found["ld_url"] = url
            if "ld_keywords" not in found and o.get("keywords"):
                words = o["keywords"]
                words = [w.strip() for w in words.split(",")] if isinstance(words, str) else [w for w in words if isinstance(w, str)]
                # a CMS's SEO plugin escapes the keywords for HTML before writing them as JSON ('Ports \\u0026amp; Harbours'):
                # the JSON read, the entity is read too
                found["ld_keywords"] = [html.unescape(w) for w in words if w]

    def _microdata(self) -> dict[str, Any]:
        """schema.org microdata of the article item (itemscope itemtype=…Article): its datePublished and authors.

        Only the item's own properties count (their nearest itemscope is the article), so the dates and authors of
        teasers in a related-stories list, each an item of its own or outside the article, are not taken for its own.
        """
        found: dict[str, Any] = {}
        item = next(
            (t for t in self.soup.find_all(itemscope=True) if _ARTICLE_TYPES.search(_attr(t, "itemtype").rsplit("/", 1)[-1])),
            None,
        )
        if item is None:
            return found
        authors: list[str] = []

        def read_authors(prop: Tag) -> None:
            # one Person item may hold several names (investmentexecutive.com: two reporters' itemprop=name in one)
            inner = prop.find_all(itemprop="name") if prop.has_attr("itemscope") else []
            for source in inner or [prop]:
                name = _attr(source, "content") or _attr(source, "value") or (_bounded_text(source, 120) or "")
                name = re.sub(r"^by\s+", "", squash_spaces(name), flags=re.I).strip(" ,")
                if name and name not in authors:
                    authors.append(name)

        for prop in item.find_all(itemprop=True):
            names = _attr(prop, "itemprop").lower().split()
            if prop.find_parent(itemscope=True) is not item or not ({"datepublished", "author"} & set(names)):
                continue
            if "datepublished" in names and "md_date" not in found:
                when = _iso_date(_attr(prop, "datetime") or _attr(prop, "content") or _attr(prop, "value") or prop.get_text(" "))
                if when:
                    found["md_date"], found["md_date_at"] = when, _position(prop)
            if "author" in names:
                read_authors(prop)
        if not authors:
            loose = _loose_authors(item)
            for prop in loose if len(loose) <= LOOSE_AUTHORS_MAX else []:
                read_authors(prop)
                if authors:
                    break
        if authors:
            found["md_authors"] = authors
        return found

    # -- where the article is ---------------------------------------------------------------------------------------

    def _text_totals(self, root: Tag) -> dict[int, int]:
        """Length of the text under every element, not counting link text, scripts or styles (one pass, no recursion)."""
        totals: dict[int, int] = {}
        self.paragraphs: dict[int, int] = {}  # how many <p> each element holds
        paragraphs = self.paragraphs
        stack: list[tuple[Tag, bool]] = [(root, False)]
        while stack:
            tag, done = stack.pop()
            if done:
                total, count = 0, int(tag.name == "p")
                for child in tag.contents:
                    if isinstance(child, Tag):
                        total += totals.get(id(child), 0)
                        count += paragraphs.get(id(child), 0)
                    elif _is_text(child) and tag.name != "a":
                        total += len(child.strip())
                totals[id(tag)] = total
                if count:
                    paragraphs[id(tag)] = count
                continue
            if tag.name in SCRIPTS or tag.name in EMBEDS:
                totals[id(tag)] = 0
                continue
            stack.append((tag, True))
            stack.extend((c, False) for c in tag.contents if isinstance(c, Tag))
        return totals

    def _holds_the_text(self, tag: Tag, whole: int) -> bool:
        """More than half the text, in more than one paragraph: what a misleading class may wrap but never drops."""
        return self.totals.get(id(tag), 0) > 0.5 * whole and self.paragraphs.get(id(tag), 0) >= 2

    def _find_container(self, body: Tag) -> Tag | None:
        self.totals = totals = self._text_totals(body)
        whole = totals.get(id(body), 0)
        if whole == 0:
            return None

        def enough(tag: Tag) -> bool:
            size = totals.get(id(tag), 0)
            return size >= 500 or size >= 0.2 * whole

        rules: list[list[Tag]] = [[], [], [], []]
        for tag in _tags(body):
            if tag.name == "article":
                rules[0].append(tag)
            elif tag.name == "main":
                rules[2].append(tag)
            if tag.attrs:
                if tag.attrs.get("itemprop") == "articleBody":
                    rules[1].append(tag)
                if tag.attrs.get("role") == "main":
                    rules[3].append(tag)
        for index, rule in enumerate(rules):
            candidates = [c for c in rule if not self._looks_like_furniture_wrapper(c)]
            if index == 1 and len(candidates) >= 2:
                candidates = self._article_body_parts(candidates)
            if candidates:
                best = max(candidates, key=lambda c: totals.get(id(c), 0))
                if enough(best):
                    return best
        densest = self._densest(body)
        if densest is None:
            return None
        return self._with_opening(self._with_story_rows(self._with_template_blocks(densest, body), body), body)

    def _article_body_parts(self, parts: list[Tag]) -> list[Tag]:
        """Elements marked `itemprop="articleBody"`: where the page marks each paragraph of the body so (a press-release
        wire's page, `<p itemprop="articleBody">` one after the other), the article is the element holding them, where
        they are most of its text; else each stands alone and the largest is the article."""
        ids = {id(t) for t in parts}
        outermost = [t for t in parts if not any(id(p) in ids for p in t.parents)]
        common = outermost[0].parent
        if len(outermost) < 2 or common is None or common.name in ("body", "html", "[document]"):
            return parts
        if any(t.parent is not common for t in outermost):
            return parts  # the story's body and a teaser's elsewhere on the page
        if sum(self.totals.get(id(t), 0) for t in outermost) < 0.5 * self.totals.get(id(common), 0):
            return parts
        return [common]

    def _with_story_rows(self, block: Tag, body: Tag) -> Tag:
        """The densest block, or, on a page laid out in tables (an e-mail newsletter's "view in browser" page, an old
        site), the element whose rows hold it and two stories more: a newsletter sets each story (a heading and its
        paragraphs) in a table of its own, one under the other, so its densest cell is one story of ten. Cells side by
        side in one row are columns (a menu, a sidebar), never stories."""
        if not any(t.name == "td" for t in itertools.chain([block], itertools.islice(block.parents, STORY_ROWS_REACH))):
            return block
        totals, whole = self.totals, self.totals.get(id(body), 0)
        branch = block
        for ancestor in itertools.islice(block.parents, STORY_ROWS_REACH):
            if ancestor is body or ancestor.name in ("html", "[document]"):  # a <body> nested in a cell is a row's
                break
            if ancestor.name != "tr":
                stories = [child for child in ancestor.children if isinstance(child, Tag) and child is not branch and self._story_row(child, whole)]
                if (
                    len(stories) >= STORY_ROWS_MIN
                    and any(_has(s, HEADINGS) for s in stories)
                    and (sum(totals.get(id(s), 0) for s in stories) >= 0.5 * totals.get(id(branch), 0))
                ):
                    return ancestor
            branch = ancestor
        return block

    def _story_row(self, tag: Tag, whole: int) -> bool:
        """A row that holds a story: a paragraph of a sentence or more, in no page furniture."""
        if self._kind(tag, outside=True) and not self._holds_the_text(tag, whole):
            return False
        return any(self.totals.get(id(p), 0) >= STORY_PARAGRAPH for p in tag.find_all("p"))

    def _with_template_blocks(self, block: Tag, body: Tag) -> Tag:
        """The densest block, or the element holding it and the other blocks of its template (the same tag and classes),
        each two paragraphs of text or more, where those blocks are nearly all of that element's text: a story split by a
        share box, a figure or a video (Quanta's <div class="post__content">, a White House page's summary and remarks)."""
        classes = block.get("class")
        if not classes:
            return block
        totals = self.totals
        whole = totals.get(id(body), 0)
        blocks = [block]
        for tag in body.find_all(block.name, class_=classes[0]):
            if tag is block or tag.get("class") != classes or block in tag.parents or tag in block.parents:
                continue
            if sum(1 for p in tag.find_all("p") if totals.get(id(p), 0) >= 80) < 2:
                continue
            if self._looks_like_furniture_wrapper(tag) or any(
                self._kind(t, outside=True) and not self._holds_the_text(t, whole)
                for t in (tag, *tag.parents)
                if t is not body and t.name != "[document]"
            ):
                continue
            blocks.append(tag)
        if len(blocks) < 2:
            return block
        chains: list[list[Tag]] = [list(reversed([b, *b.parents])) for b in blocks]
        common: Tag | None = None
        for level in zip(*chains, strict=False):  # the chains differ in length: down to the shortest
            if any(t is not level[0] for t in level):
                break
            common = level[0]
        if common is None or common is body or common.name in ("body", "html", "[document]"):
            return block
        if sum(totals.get(id(b), 0) for b in blocks) < 0.8 * totals.get(id(common), 0):
            return block
        return common

    def _with_opening(self, block: Tag, body: Tag) -> Tag:
        """The densest block, or the ancestor that also holds the story's opening paragraphs before it (a mobile page's
        "Read more" wrapper holds the rest of the story, the lede and the first paragraphs stand above it)."""
        totals = self.totals
        for ancestor in itertools.islice(block.parents, 3):
            if ancestor is body or ancestor.name in ("body", "html", "[document]"):
                break
            opening = [
                p
                for p in block.find_all_previous("p", limit=60)
                if ancestor in p.parents and totals.get(id(p), 0) >= 80 and not self._kind(p.parent or p, outside=True)
            ]
            length = sum(totals.get(id(p), 0) for p in opening)
            if len(opening) >= 2 and length >= 300 and length >= 0.1 * totals.get(id(block), 0):
                return ancestor
        return block

    def _looks_like_furniture_wrapper(self, tag: Tag) -> bool:
        return any(
            p.name in ("nav", "aside", "footer") or _COMMENTS.search(_attrs_text(p))
            for p in itertools.chain([tag], itertools.islice(tag.parents, 30))
            if p.name != "[document]"
        )

    def _densest(self, body: Tag) -> Tag | None:
        """The element whose own paragraphs (and text blocks) hold the most text; its parent gets half as well."""
        totals = self.totals
        score: dict[int, float] = {}
        tags: dict[int, Tag] = {}
        holder: dict[int, Tag] = {}
        any_text = False
        for tag in self._content_tags(body, {"p", "div", "td", "pre", "li", "dd", "blockquote"}):
            parent = tag.parent
            if parent is None:
                continue
            own = totals.get(id(tag), 0) - sum(totals.get(id(c), 0) for c in tag.contents if isinstance(c, Tag) and c.name in BLOCKS)
            if tag.name in ("p", "li", "dd", "blockquote"):
                place = holder.get(id(parent)) if parent.name in ("p", "li", "ul", "ol", "dd", "dl", "blockquote") else None
                place = place or (parent if parent.name not in ("ul", "ol", "dl") else parent.parent or parent)
            else:
                place = tag
            holder[id(tag)] = place
            any_text = any_text or own > 0
            if own < 20:
                continue
            for weight, element in ((1.0, place), (0.5, place.parent)):
                if element is not None and element.name != "[document]":
                    score[id(element)] = score.get(id(element), 0) + weight * own
                    tags[id(element)] = element
        if not score:
            return body if any_text else None
        return tags[max(score, key=lambda element: score[element])]

    def _content_tags(self, body: Tag, names: set[str]) -> Iterator[Tag]:
        """The elements named, in document order, outside page furniture (a class never hides most of the page's text)."""
        whole = self.totals.get(id(body), 0)
        stack = [c for c in reversed(body.contents) if isinstance(c, Tag)]
        while stack:
            tag = stack.pop()
            kind = self._kind(tag, outside=True)
            if kind and (kind in ("script/style", "embed", "hidden") or not self._holds_the_text(tag, whole)):
                continue
            if tag.name in names:
                yield tag
            stack.extend(c for c in reversed(tag.contents) if isinstance(c, Tag))

    def _record_outside(self, container: Tag, body: Tag) -> None:
        """What lies outside the article, one entry per block beside the path from <body> to the article."""
        path = [container, *itertools.takewhile(lambda p: p is not body.parent, container.parents)]
        on_path = {id(p) for p in path}
        for ancestor in path[1:]:
            for child in ancestor.children:
                if id(child) in on_path:
                    continue
                if isinstance(child, Tag):
                    if child.name in ("br", "hr") or (child.name not in SCRIPTS and child.name not in EMBEDS and not child.get_text(strip=True)):
                        continue
                    self.drop(self._kind(child, outside=True) or "outside the article", child)
                elif _is_text(child) and child.strip():
                    self.drop("outside the article", child)

    # -- page furniture inside the article --------------------------------------------------------------------------

    def _kind(self, tag: Tag, outside: bool = False, in_article: bool = True, guarded: bool = False) -> str | None:
        name = tag.name
        if name in SCRIPTS:
            return "script/style"
        if name in EMBEDS:
            return "embed"
        if tag.parent is not None and id(tag.parent) in self.entry_columns and not _holds_entry_title(tag):
            return "sidebar"
        attrs = _attrs_text(tag)
        if not outside and _NOTES_CLASS.search(attrs) and not _COMMENTS.search(attrs):
            return None
        if hidden_by_attributes(tag):
            return "hidden"
        if _HIDDEN_CLASS.search(_attr(tag, "class")):
            return "hidden element"  # unlike the attributes above, a class never drops what holds most of the text
        if name == "nav" or tag.get("role") == "navigation":
            return "breadcrumbs" if _BREADCRUMB.search(attrs) else "navigation"
        if name in CONTROLS:
            return "buttons and controls"
        if name == "a" and _attr(tag, "href").startswith("#") and (_bounded_text(tag, 3) or "") in ("¶", "#", "§", "🔗", "⚓", "¶ "):
            return "permalinks"
        if name == "a" and _attr(tag, "href").startswith("#") and re.match(r"^\s*skip to\b", _bounded_text(tag, 60) or "", re.I):
            return "skip link"
        if name == "form":
            return "sign-up form" if _SIGNUP.search(attrs + " " + _attr(tag, "action") + " " + _first_line(tag)) else "form"
        checks = [
            (_COOKIE, "cookie banner"),
            (_PRINT_ONLY, "print-only line"),
            (_GALLERY_CONTROLS, "gallery controls"),
            (_TICKER, "news ticker"),
            (_BREADCRUMB, "breadcrumbs"),
            (_SKIP, "skip link"),
            (_SR_ONLY, "screen-reader text"),
            (_COMMENTS, "comments"),
            (_SIGNUP, "sign-up form"),
            (_SHARE, "share bar"),
            (_RELATED, "related articles"),
            (_ADS, "advertisement"),
            (_TAGS, "tags"),
            (_TOOLS, "page tools"),
            (_PLAYER, "media player"),
            (_CONTENTS, "contents list"),
            (_POPUP, "pop-up"),
            (_SIDEBAR, "sidebar"),
            (_PERSON_CARD, "author box"),
            (_LABEL, "category label"),
            (_NAV_CLASS, "navigation"),
        ]
        if attrs:
            for pattern, kind in checks:
                if pattern.search(attrs):
                    if pattern is _POPUP and name == "a" and tag.find("img") is not None and not tag.get_text(strip=True):
                        continue  # <a class="overlayLink"><img></a>: the link that opens the picture larger, the picture itself
                    if pattern is _SIDEBAR and _holds_entry_title(tag):
                        self.entry_columns.add(id(tag))  # a blog theme's left column holding the post's title, byline and
                        continue  # date: that header is the post's, the rest of the column (author card, links) the sidebar
                    return kind
            if name in ("div", "ul", "ol") and _share_buttons(tag):
                return "share bar"  # a share bar in a class naming no share ('ActionBar'): its links say what it is
            if _PLAYER_NAME.search(attrs) and not any(self._shown_embed(e) for e in tag.find_all(["iframe", "video", "object", "embed"])):
                return "media player"  # one that shows a video is left to say so (the embed's placeholder)
            if name == "div" and _AUDIO_BOX.search(attrs) and tag.find("audio") is not None and _words_in(tag.get_text(" ")) <= AUDIO_BOX_WORDS:
                return "media player"  # a clip's box: 'LISTEN TO' / 'Jonathan Simon' / the clip's title over its player
        if name in ("header", "footer") or tag.get("role") in ("banner", "contentinfo"):
            page_level = (
                outside
                or tag.get("role") in ("banner", "contentinfo")
                or _PAGE_CHROME.search(attrs)
                or _has(tag, {"nav"})
                or (not in_article and tag.parent is not None and tag.parent.name == "body")
            )
            headline = tag.find("h1") if name == "header" and not outside else None
            if page_level and headline is not None and not _has(tag, {"nav"}) and not _mostly_links(headline):
                page_level = False  # <header role="banner"> in the article holding its headline (The Atlantic): the story's header
            if page_level or (name == "footer" and _copyright_footer(tag)):
                return name if name in ("header", "footer") else {"banner": "header", "contentinfo": "footer"}[_attr(tag, "role")]
        if name == "aside":
            return None if guarded else "aside"
        if outside and _PAGE_CHROME.search(attrs):
            return "header" if "header" in attrs.lower() or "masthead" in attrs.lower() else "footer"
        return None

    def _drop_furniture(self, container: Tag) -> None:
        totals = self.totals
        whole = max(totals.get(id(container), 0), 1)
        marked: list[Tag] = []
        whole_text = None
        in_article = container.name == "article" or container.find_parent("article") is not None
        stack: list[tuple[Tag, bool, bool]] = [(c, in_article, False) for c in reversed(container.contents) if isinstance(c, Tag)]
        skip: set[int] = set()
        columns: set[int] = set()
        prose: set[int] = set()
        prose_runs: dict[tuple[int, str], bool] = {}
        dropped_words: dict[str, list[int]] = {}
        related: list[Tag] = []  # the boxes of other stories' links dropped: their labels go with them
        while stack:
            tag, in_article, sheltered = stack.pop()
            name = tag.name
            if id(tag) in skip:
                continue
            kind = None
            if name == "aside" or (name in ("figure", "div", "blockquote") and _PULL.search(_attrs_text(tag))):
                kind = self._aside_kind(tag)
                if kind == "pull quote":
                    if whole_text is None:
                        whole_text = _words(container.get_text(" "))
                    own = _words(tag.get_text(" "))[:200].strip()
                    opening = " ".join(own.split()[:8])  # without its attribution line ("A close Trump associate")
                    repeated = whole_text.count(own) >= 2 or (len(opening.split()) == 8 and whole_text.count(f" {opening} ") >= 2)
                    kind = "pull quote" if own and repeated else None
            if kind is None and name != "aside":
                kind = self._kind(tag, in_article=in_article, guarded=sheltered)
                if kind and kind not in ("script/style", "embed", "hidden", "skip link", "screen-reader text") and self._holds_the_text(tag, whole):
                    kind = None  # a class never drops what holds most of the article
                if kind and kind not in _INLINE_FURNITURE and _in_running_text(tag):
                    kind = None  # 'said <span class="xn-person">Jane Roe</span>, CEO of …': words of the sentence, no box
                if kind == "related articles" and (any(id(p) in prose for p in tag.parents) or self._prose_run(tag, prose_runs)):
                    # <div class="recommendation-block">: a class word that also names other stories' boxes, on a block of
                    # the report's own sentences with no link to another page (or one of a run of such blocks), its
                    # number and parts with it
                    prose.add(id(tag))
                    kind = None
                if kind in ("header", "footer") and sheltered:
                    kind = None
            if kind is None and name in HEADINGS and _ABOUT_HEADING.match(_bounded_text(tag, 60) or ""):
                box = tag
                while box.parent is not None and box.parent is not container and totals.get(id(box.parent), 0) < 1500:
                    box = box.parent
                if box is not tag or tag.find_next_sibling() is None:
                    tag = box
                else:  # the heading runs on in its parent: it and what follows it there, to the next heading of its rank
                    for after in list(tag.find_next_siblings()):
                        if after.name in HEADINGS and after.name <= name:
                            break
                        marked.append(after)
                        skip.add(id(after))
                kind = "about box"
            if kind is None and name in HEADINGS and tag.get_text(strip=True) and not _LETTER.search(tag.get_text()):
                kind = "section break"  # "∼ ∼ ∼", "* * *" set as a heading: a pause in the story, no section's title
            if kind is None and name in HEADINGS and name != "h1" and _pull_quote_heading(tag):
                tag.name = "p"  # a pull quote set as a heading ('<h4>“We will not go back.”</h4>'): its paragraph, no section
            if kind is None and name in HEADINGS and name != "h1" and _sentence_heading(tag):
                tag.name = "p"  # a note of several sentences' length set in a heading's type ("This article is part of a series — …")
            if kind is None and name in HEADINGS and name != "h1" and _TOPICS_HEADING.match(_bounded_text(tag, 40) or ""):
                listed = tag.find_next_sibling()
                if isinstance(listed, Tag) and listed.name in LISTS and _mostly_links(listed):
                    kind = "tags"  # Nature's <h2>Subjects</h2> over its list of subject pages
                    marked.append(listed)
                    skip.add(id(listed))
            if kind is None and name in HEADINGS and name != "h1" and furniture_kind(_bounded_text(tag, 40) or "") == "comments":
                kind = "comments"  # "24 Comments" over the readers' comments: no section of the story
            if kind is None and name in HEADINGS and name != "h1" and furniture_kind(_bounded_text(tag, 60) or "") == "video prompt":
                kind = "video prompt"  # "VIDEO OF THE WEEK" over the site's player: the site's, no section of the story
            if kind is None and name in HEADINGS and name != "h1" and _signup_heading(tag):
                kind = "sign-up form"  # a box's "Subscribe" over its appeal and button, or over a sidebar's tabs
            if kind is None and name in LISTS and _tab_list(tag):
                kind = "related articles"  # a sidebar's "Latest" / "Popular" tabs
            if kind is None and name in HEADINGS and name != "h1" and self._teaser_heading(tag, container):
                kind = "related articles"
            teaser = self._video_teaser(tag, container) if kind is None and name in HEADINGS and name != "h1" else None
            if teaser is not None:
                kind = "video teaser"  # Deutsche Welle: the video's title beside its icon, in a box with its play button
                tag = teaser
                skip.update(id(t) for t in tag.find_all(True))
            widget = self._widget_label(tag, container) if kind is None and name in HEADINGS and name != "h1" else None
            if widget is not None:
                kind, tag = widget
                skip.update(id(t) for t in tag.find_all(True))  # its lines, later on the stack, go with it
            if kind is None and (name in HEADINGS or name == "p") and self._related_heading(tag):
                kind = "related articles"
                sibling = self._list_after(tag)
                if sibling is not None and sibling.name in ("ul", "ol", "div", "section"):
                    marked.append(sibling)
                    skip.add(id(sibling))
                for card in _link_cards_after(tag)[1:]:  # the rail's other cards, set as siblings of the first
                    marked.append(card)
                    skip.add(id(card))
            if kind is None and name in ("p", "div", "section", "ul", "dl") and self._topics_block(tag):
                kind = "tags"
            if kind is None and name in HEADINGS and name != "h1" and (contacts := contacts_box(tag)) is not None:
                kind = "press contacts"  # a release's "Contacts:" over its press officers' cards: names, numbers, e-mails
                tag = contacts
                skip.update(id(t) for t in tag.find_all(True))
            if kind is None and name in ("p", "div") and totals.get(id(tag), 0) <= 80 and PRODUCT_REFERENCE.match(_bounded_text(tag, 80) or ""):
                kind = "reference number"  # a release's "Ref.: 20250314IPR00001" under its text
            if kind is None and name in ("span", "div") and _HOVER.search(_attrs_text(tag)) and tag.find_parent("p") is not None:
                for card in self._hover_card(tag):
                    self.drop("hover card", card)
                    marked.append(card)
                    skip.add(id(card))
            if kind is None and name in ("div", "span", "p") and _chart_label(tag):
                kind = "chart labels"
            if kind is None and name in LISTS and self._headline_list(tag):
                kind = "related articles"
            if kind is None and name == "article" and in_article and totals.get(id(tag), 0) < CARD_MAX and self._linked_card(tag):
                kind = "related articles"  # a promoted story's card set between the paragraphs: 'Featured', its linked headline
            if kind is None and name == "div" and totals.get(id(tag), 0) < CARD_MAX and self._story_card(tag) and self._card_row(tag):
                kind = "related articles"  # a row of other stories' cards: headline, author and date, excerpt
            if kind is None and name in ("span", "p", "div", "li") and totals.get(id(tag), 0) < 400 and _category_links(tag):
                kind = "category label"  # WordPress's <a rel="category tag">: "Geingob’s Funeral, National, News" over the story
            if kind is None and name in ("p", "div") and totals.get(id(tag), 0) < 100 and _format_links(tag):
                kind = "download links"  # "MP4 MP3" under a video
            if kind is None and name in LISTS and _slides(tag):
                kind = "picture gallery"  # another piece's slideshow set in the story (Deutsche Welle)
            if kind is None and name in LISTS and self._link_furniture_list(tag):
                kind = "feedback link"  # The Nation's "Submit a correction", "Reprints & permissions" under the story
            if kind is None and name in LISTS and _social_list(tag):
                kind = "social links"
            if kind is None and name in ("div", "ul") and _HOVER.search(_attrs_text(tag)) and _AUTHOR_MENU.search(_attrs_text(tag)):
                kind = "author menu"  # the New York Post's <div class="author-flyout">: "View author archive", "Get author RSS feed"
            if kind is None and name in ("div", "section") and _figures_box(tag):
                kind = "live figures"
            if kind is None and name == "a" and tag.parent is not None and tag.parent.name in ("div", "span", "section", "footer", "nav", "td"):
                kind = furniture_kind(_bounded_text(tag, 80) or "")  # a link standing alone: "Read this story in Bengali"
                kind = kind if kind in _LINK_FURNITURE else None
            if kind is None and name in ("p", "div", *HEADINGS) and (row := _related_row(tag)) is not None:
                kind = "related articles"  # Express's "DON'T MISS" over a paragraph of links to other stories
                self.drop(kind, row)
                marked.append(row)
                skip.add(id(row))
            if kind is None and name in ("div", "td", "span", "p") and totals.get(id(tag), 0) <= WEATHER_MAX and _weather(tag):
                kind = "weather"  # a newsletter's strip of cities, each beside its weather's icon ('sunny') and temperature
            if kind is None and name in ("p", "div", "td") and totals.get(id(tag), 0) < 400 and _email_footer(tag):
                kind = "e-mail footer"  # "You're receiving this email because …" with its links to preferences and unsubscribing
            if kind is None and name in ("div", "section", "aside") and totals.get(id(tag), 0) < SUPPORT_BOX_CHARACTERS and _support_box(tag):
                kind = "appeal to readers"  # 'Congrats! … please [support](…) us so that we can keep up our work': the site's box
            if kind is None and name in ("div", "section") and totals.get(id(tag), 0) < SIGNUP_BOX_CHARACTERS and _signup_box(tag):
                kind = "sign-up form"  # 'Sign up for the … newsletter' over 'Never miss the latest news …', 'You can unsubscribe …'
            if kind is None and name in ("p", "div") and totals.get(id(tag), 0) < COMMENT_PROMPT_CHARACTERS and _comment_prompt(tag):
                kind = "comments"  # 'Do you know the scoop? [Comment] below or [Send us a Tip]' under the story
            if kind is None and name in ("p", "div") and totals.get(id(tag), 0) < APPEAL_BOX_CHARACTERS and _appeal_link(tag):
                kind = "appeal to readers"  # '[Subscribe to Harbour Wire's ports briefing](…) for the latest on the strike.'
            if kind is None and name in ("p", "div", "small") and totals.get(id(tag), 0) < CITATION_BOX_CHARACTERS:
                line = _bounded_text(tag, CITATION_BOX_CHARACTERS) or ""
                if _CITATION_BOX.match(line):
                    kind = "suggested citation"  # 'SUGGESTED CITATION Roe, Jane: The Title, Blog, 2019/7/13, …' under a post
                elif _JOURNAL_CITATION.match(line) and tag.find_parent(["li", "ol", "ul", "table"]) is None:
                    kind = "the page's citation line"  # 'Nature 574, 16-17 (2019)' and 'doi: 10.1038/…' under the story
                elif _LICENCE_LINE.match(line) and len(line) < 250:
                    kind = "licence line"  # 'LICENSED UNDER CC BY NC ND', 'This work is licensed under a Creative Commons …'
            if kind is None and name in ("p", "div", "span", "blockquote") and len(tag.contents) <= 3 and totals.get(id(tag), 0) < 400:
                text = _bounded_text(tag, 400) or ""
                if text.lower().strip(":-–—· ") in ("advertisement", "advertising", "sponsored", "ad", "story continues below advertisement"):
                    kind = "advertisement"
                elif (
                    _SITE_CREDIT.fullmatch(text) or (_COURTESY.fullmatch(text) and repost_credit(text) is None)  # an outlet's: the editors' note
                ) and tag.find_parent(["figure", "figcaption"]) is None:
                    kind = "credit line"  # "BVINEWS.COM" after a story taken from that site; "Courtesy of Forests News" over a repost
                elif _DATE_LABEL.fullmatch(text):
                    kind = "date line"  # "Release Date:" over a statement's stamp ("Thursday, 28 April 2022 – 3:55pm")
                    stamp = tag.find_next_sibling()
                    while stamp is not None and not stamp.get_text(strip=True):
                        stamp = stamp.find_next_sibling()
                    if stamp is not None and _stamp_only(_bounded_text(stamp, 80) or ""):
                        self.drop(kind, stamp)
                        marked.append(stamp)
                        skip.add(id(stamp))

                elif (
                    len(text) < 250
                    and furniture_kind(text) in _SHORT_FURNITURE
                    and (1 < len(text.split()) <= 12 or furniture_kind(text) in _NOTICES | _ONE_WORD_FURNITURE)
                ):  # one word ("Facebook" under an embedded post) is a label of what the story shows
                    kind = furniture_kind(text)  # a line of its own, not a sentence of the story that opens with its words
                elif _APPEAL.search(text) and (_emphasised(tag) or _one_link(tag)):
                    kind = "appeal to readers"
                    if tag.parent is not None and tag.parent is not container:  # the appeal's box: its lines after it
                        box_lines = [t for t in tag.find_next_siblings() if isinstance(t, Tag)]
                        if len(box_lines) <= 3 and all(t.name == "p" and len(t.get_text()) < 300 for t in box_lines):
                            marked.extend(box_lines)
                            skip.update(id(t) for t in box_lines)
                elif furniture_kind(text) == "photo credit" and name == "p" and _credit_of_no_picture(tag):
                    kind = "photo credit"  # 'Photo by Jane Roe/AFP via Getty Images' as the story's last paragraph: its picture's
                elif _CREDIT_ALONE.match(text) and _CAPTION_CLASS.search(_attrs_text(tag)) and tag.find_parent("figure") is None:
                    kind = "photo credit"  # a gallery teaser's credit, its photo a link to the gallery: "Jane Roe, ASSOCIATED PRESS"
                elif _CONTACT_LINE.match(text) and tag.find("a", href=re.compile(r"^mailto:", re.I)) is not None:
                    kind = "author's contact"
                elif AUTHOR_CONTACT_LINE.match(text) and _reporters_contact(tag, text):
                    kind = "author's contact"  # 'Jane Roe: 206-555-0100 or jroe@example.com; on Twitter: @jroe.' closing the story
                elif _PUBLISHER_NOTICE.match(text) and len(text) < 250:
                    kind = "publisher's notice"
                elif _READ_MORE_LINE.match(text) and len(text) < 200 and totals.get(id(tag), 0) < 0.5 * len(text):
                    kind = "related articles"
            if kind:
                marked.append(tag)
                if kind == "related articles":
                    related.append(tag)
                if kind == "story date line" and self.story_date is None:
                    found_day = find_line_date(text)
                    self.story_date = found_day[0] if found_day else None
                if kind == "author box" and not self.card_names and not self._text_before(tag, container):
                    self.card_names = self._card_names(tag)
                if not self.bio_names and self._authors_box(tag, kind):
                    self.bio_names, self.bio_text = self._bio_names(tag)  # its bio's sentence, never a card's name alone
                if kind in ("aside", "sidebar"):
                    columns.add(id(tag))
                if kind == "share bar":
                    self._keep_by_line_of(tag)
                if kind == "embed" and self._shown_embed(tag):
                    self.drop(kind, tag)
                    placeholder = self.soup.new_tag("x-dossier-embed")
                    placeholder["title"] = _attr(tag, "title") or _attr(tag, "aria-label")
                    placeholder["src"] = src = _attr(tag, "src") or _attr(tag, "data")
                    placeholder["video"] = "1" if name == "video" or re.search(r"youtu|vimeo|dailymotion|video|rumble|brightcove", src, re.I) else ""
                    placeholder.sourceline = tag.sourceline
                    tag.insert_before(placeholder)
                elif kind != "hidden" or tag.get_text(strip=True):
                    self.drop(kind, tag)
                    if kind in _LINK_BOXES and _own_prose(tag):
                        counted = dropped_words.setdefault(kind, [0, tag.sourceline or 1])
                        counted[0] += _words_in(tag.get_text(" "))
                continue
            inside = in_article or name == "article"
            shelter = sheltered or name in ("blockquote", "figure")
            stack.extend((c, inside, shelter) for c in reversed(tag.contents) if isinstance(c, Tag))
        for label in _labels_of_related_boxes(related, container):
            self.drop("related articles", label)
            marked.append(label)
        for tag in marked:
            if tag.parent is not None:
                if id(tag) in columns:
                    self._keep_byline_of(tag)
                tag.extract()
        self._tell_dropped_words(dropped_words, _words_in(container.get_text(" ")))

    def _prose_run(self, tag: Tag, runs: dict[tuple[int, str], bool]) -> bool:
        """Whether the block, or a block of the same tag and class beside it, is the report's own prose: a run of numbered
        recommendations is the text even where one of them is a heading over a line with no stop."""
        if _own_prose(tag):
            return True
        key = (id(tag.parent), f"{tag.name} {_attr(tag, 'class')}")
        if key not in runs:
            twins = [t for t in tag.find_next_siblings(tag.name) + tag.find_previous_siblings(tag.name) if _attr(t, "class") == _attr(tag, "class")]
            runs[key] = len(twins) >= 2 and sum(_own_prose(t) for t in twins) * 2 > len(twins)
        return runs[key]

    def _tell_dropped_words(self, dropped_words: dict[str, list[int]], kept: int) -> None:
        """A problem line where a kind of furniture inside the article took many words: a class that misled the reader
        may have taken the report's own text with it, and the summary's first lines of each box would not show that."""
        for kind, (words, line) in sorted(dropped_words.items(), key=lambda item: item[1][1]):
            if words >= DROPPED_WORDS_TOLD and words >= DROPPED_SHARE_TOLD * (words + kept):
                share = round(100 * words / (words + kept))
                self.problems.append(
                    Problem(
                        line, f"{words:,} words inside the article ({share}% of its text) were left out as {kind}; check they are not the report's"
                    )
                )

    def _hover_card(self, tag: Tag) -> list[Tag]:
        """What a hover wrapper in a paragraph holds after its trigger (The Hill: <span class="rollover-people"><a>Ilhan
        Omar</a><span class="rollover-people-block">photo, name, headlines</span></span>): the card, not the sentence."""
        children = [c for c in tag.contents if isinstance(c, Tag) or (_is_text(c) and c.strip())]
        if not children:
            return []
        trigger = children[0]
        if isinstance(trigger, Tag) and trigger.name != "a" and len(trigger.find_all("a", limit=2)) == 2:
            return [tag]  # the card alone, after the link it belongs to
        return [c for c in children[1:] if isinstance(c, Tag) and c.get_text(strip=True)]

    def _text_before(self, tag: Tag, container: Tag) -> bool:
        """Whether the article's text has begun above this element (a paragraph of more than 200 characters)."""
        return any(len(p.get_text()) > 200 for p in tag.find_all_previous("p", limit=60) if container in p.parents)

    def _authors_box(self, tag: Tag, kind: str) -> bool:
        """An author's box: classed so, or a box ('About the author' over a bio) headed by the authors' label."""
        if kind == "author box":
            return True
        heading = tag.find(HEADINGS) if kind in ("about box", "aside") else None
        return heading is not None and _AUTHORS_HEADING.match(_bounded_text(heading, 40) or "") is not None

    def _bio_names(self, box: Tag) -> tuple[list[str], str]:
        """The writers an author's box's bios name in their first sentences ('Tove Brekke is a reporter covering …', 'Dr
        Ivo Reed is …': the title goes), and the bios; a body's bio ('The Harbour Trust is a charity') names nobody."""
        names: list[str] = []
        bios: list[str] = []
        for tag in box.find_all(["p", "div", "span"], limit=40):
            if tag.find(["p", "div"]) is not None:
                continue  # a wrapper: its bios are read one by one
            text = squash_spaces(_bounded_text(tag, 600) or "")
            found = _BIO_SENTENCE.match(HONORIFIC.sub("", text))
            name = found.group("name") if found else ""
            if name and not JOB_TITLE.search(" " + name) and _is_person_name(name) and text not in bios:
                names += [name] if name not in names else []
                bios.append(text)
        return names, " ".join(bios)

    def _card_names(self, card: Tag) -> list[str]:
        """The person an author card names: its link to the author's page, else its name-classed element."""
        for tag in card.find_all(["a", "span", "div", "p", "strong", "h2", "h3", "h4"], limit=60):
            href_names = tag.name == "a" and _AUTHOR_PAGE.search(_attr(tag, "href"))
            if href_names or re.search(r"(?:^|[\s_-])name(?:$|[\s_-])", _attr(tag, "class"), re.I):
                text = _bounded_text(tag, 80)
                if text and _BARE_NAME.match(text) and not JOB_TITLE.search(" " + text):
                    return [text]
        return []

    def _keep_byline_of(self, box: Tag) -> None:
        """A byline in the article's meta column (theguardian.com: <aside> … <address aria-label="Contributor info">
        with rel=author links) stays in the article when the column goes, so the byline reader finds it."""
        found = [
            c
            for c in box.find_all(["address", "div", "p", "span"], limit=400)
            if c.find("a", rel="author") is not None and (c.name == "address" or _BYLINE.search(_attrs_text(c)))
        ]
        ids = {id(c) for c in found}
        outermost = [c for c in found if not any(id(p) in ids for p in c.parents)]
        if len(outermost) == 1 and _bounded_text(outermost[0], 250) and not _NOT_BYLINE.search(_attrs_text(outermost[0])):
            box.insert_before(outermost[0].extract())  # one byline: the column's; several are a list's teasers

    def _keep_by_line_of(self, bar: Tag) -> None:
        """A "By Name" line set in the share bar's box (`<div class="sharekit"><div class="sharekit__byline">By Jane Roe
        </div><a …>twitter</a></div>`): the story's byline, kept in the article when the bar goes. Only one such line,
        byline-classed, whose words are the names after "By"; never one of the bar's links, nor a second bar's (the same
        bar at the story's foot)."""
        found = [
            c
            for c in bar.find_all(["div", "p", "span", "address"], limit=60)
            if _BYLINE_OF_NAMES.search(_attrs_text(c)) and c.find("a", href=_SHARE_HREF) is None and _BY_NAMES.match(_bounded_text(c, 160) or "")
        ]
        ids = {id(c) for c in found}
        outermost = [c for c in found if not any(id(p) in ids for p in c.parents)]
        if len(outermost) == 1 and not self.share_bar_byline:
            self.share_bar_byline = True
            bar.insert_before(outermost[0].extract())

    def _topics_block(self, tag: Tag) -> bool:
        """A block labelled "Topics", "Tags", "Filed under" … whose words are mostly links (The Guardian's submeta, Salon's
        "Topics: uber, libertarians, …"): the story's tags, not its text."""
        label = _first_line(tag)
        return len(label) < 80 and bool(_TOPICS_LABEL.match(label)) and _mostly_links(tag)

    def _shown_embed(self, tag: Tag) -> bool:
        """A video or a titled embed that a reader saw; not a tracking frame."""
        if tag.name not in ("iframe", "video", "object", "embed") or tag.get("width") in ("0", "1") or tag.get("height") in ("0", "1"):
            return False
        src = _attr(tag, "src") or _attr(tag, "data")
        if re.search(r"doubleclick|googletag|googlesyndication|facebook\.com/tr|analytics|pixel", src, re.I):
            return False
        return (
            tag.name == "video"
            or bool(re.search(r"youtu|vimeo|dailymotion|video", src, re.I))
            or bool(tag.get("title"))
            or tag.find_parent("figure") is not None
        )

    def _aside_kind(self, tag: Tag) -> str | None:
        attrs = _attrs_text(tag)
        heading = tag.find(list(HEADINGS))
        if _TAKEAWAYS.search(attrs) or (heading is not None and _TAKEAWAYS.search(heading.get_text())):
            return None
        if _NOTES_CLASS.search(attrs):
            return None
        if _PULL.search(attrs) or (tag.find("blockquote") is not None and len(tag.find_all(True)) < 12):
            return "pull quote"
        return None if tag.name != "aside" else self._kind(tag) or "aside"

    def _picture_lines(self, container: Tag) -> None:
        """A paragraph that opens "Header Image:" ("Featured image:", "Top photo:") describes the picture over the story: a
        figure with that caption (and its credit), not the story's last paragraph."""
        for p in container.find_all("p"):
            first = next((n for n in p.descendants if _is_text(n) and n.strip()), None)
            match = _PICTURE_LINE.match(first) if first is not None else None
            if first is None or match is None or _bounded_text(p, 600) is None:
                continue
            first.replace_with(first[match.end() :])
            figure, image, caption = self.soup.new_tag("figure"), self.soup.new_tag("img", alt=""), self.soup.new_tag("figcaption")
            for child in list(p.contents):
                caption.append(child.extract())
            figure.append(image)
            figure.append(caption)
            p.replace_with(figure)

    def _video_teaser(self, heading: Tag, container: Tag) -> Tag | None:
        """The small box of a heading and a video's icon or player, with no text but the heading's and a line of
        furniture ("Play video", a call to post with a hashtag): a video's teaser. The video is a <video>, an element
        with a video's class, a picture that plays it (`title="Play Video"`, `onclick="play2()"`), or the box is named
        for one (`<div id="ch1video">`)."""
        text = _bounded_text(heading, 200)
        box = heading.parent
        if not text or box is None or box is container or self.totals.get(id(box), 0) > len(text) + 40 + self._furniture_lines(box):
            return None
        if _VIDEO_BOX.search(_attrs_text(box)) and not box.find(["iframe", "object", "embed"]) and self._player_part(box, heading):
            return box
        shown = box.find(lambda t: t is not heading and (t.name == "video" or bool(_VIDEO_CLASS.search(_attr(t, "class"))) or _plays_video(t)))
        return box if shown is not None else None

    def _widget_label(self, heading: Tag, container: Tag) -> tuple[str, Tag] | None:
        """A heading in a small box over nothing but furniture (`WORD ON THE STREET...` over "Share your opinions using
        hashtag #HarbourView"): the widget's label, dropped with its box as that furniture, no section of the report."""
        text = _bounded_text(heading, 120)
        box = heading.parent
        if not text or box is None or box is container or box.name not in ("div", "section", "aside"):
            return None
        lines = [t for t in box.children if isinstance(t, Tag) and t is not heading and t.get_text(strip=True)]
        if not lines or any(_is_text(t) and t.strip() for t in box.children):
            return None
        kinds = {furniture_kind(_bounded_text(t, 200) or "") for t in lines}
        kind = kinds.pop() if len(kinds) == 1 else ""
        return (kind, box) if kind in _WIDGET_KINDS else None

    def _player_part(self, box: Tag, heading: Tag) -> bool:
        """Whether a box named for a video holds more than its heading: a still, a button, a "Play video" line."""
        for tag in box.find_all(True):
            if tag is heading or heading in tag.parents:
                continue
            if tag.name in ("img", "picture", "svg", "button", "video") or _PLAY_LABEL.match(_bounded_text(tag, 40) or "x"):
                return True
        return False

    def _furniture_lines(self, box: Tag) -> int:
        """The characters of the box's lines that are furniture on their own (`Play video`, a hashtag prompt)."""
        lines = (
            _bounded_text(t, 200) or ""
            for t in box.find_all(["p", "blockquote", "span", "div"], limit=20)
            if t.find(["p", "blockquote", "div"]) is None
        )
        return sum(len(line) for line in lines if line and furniture_kind(line))

    def _teaser_heading(self, tag: Tag, container: Tag) -> bool:
        """A heading that is one link to another page, in a small box of its own: a related story's teaser in the body.

        A digest's headings that link to the stories they sum up stand among the paragraphs that follow them, in the
        article itself, so they stay; so does a heading linked to the page itself or to a place in it."""
        text = _bounded_text(tag, 200)
        links = tag.find_all("a", limit=2)
        if not text or len(links) != 1 or (_bounded_text(links[0], 200) or "") != text:
            return False
        href = _attr(links[0], "href").strip()
        if not href or href.startswith("#") or urljoin(self.base_url, href).split("#")[0] == self.meta.get("source_url"):
            return False
        box = tag.parent
        while box is not None and box is not container and box.name in ("a", "span", "strong", "em", "b", "i", "header", "hgroup"):
            box = box.parent
        return box is not None and box is not container and self.totals.get(id(box), 0) < len(text) + 200

    def _lift_sources(self, container: Tag) -> None:
        """An article's closing list of its details (Snopes's <footer><ul><li>Published 18 November 2019</li><li>By <a>Dan
        Evon</a></li><li><h5>Sources</h5><ul><li>Flaherty, Anne. “…” ABC News.</li>…</ul></li></ul>): the sources'
        heading and list are the report's Sources, read after the list; the items repeating the date and the byline go."""
        authors = {a.casefold() for a in self.meta.get("authors", [])}
        for heading in container.find_all(list(HEADINGS)):
            item = heading.find_parent("li")
            if item is None or not _NOTES_HEADING.match(_bounded_text(heading, 40) or ""):
                continue
            outer = item.find_parent(list(LISTS))
            sources = item.find(list(LISTS))
            if outer is None or sources is None or container not in outer.parents:
                return
            others = [li for li in outer.find_all("li", recursive=False) if li is not item]
            repeats = []
            for li in others:
                text = squash_spaces(li.get_text(" "))
                name = re.sub(r"^by\s+", "", text, flags=re.I).casefold()
                if _stamp_only(text) or (authors and all(n.strip().casefold() in authors for n in re.split(r",|\band\b", name) if n.strip())):
                    repeats.append(li)
            if len(repeats) != len(others):
                return  # a list with more than the date, the byline and the sources: left as it is
            for li in repeats:
                self.drop("byline", li)
            ranks = [int(h.name[1]) for h in container.find_all(sorted(HEADINGS - {"h1"})) if h is not heading and h.find_parent("li") is None]
            title = self.soup.new_tag(f"h{min(ranks, default=2)}")  # a section of the report, of its sections' rank
            title.string = squash_spaces(heading.get_text(" "))
            outer.insert_after(title)
            title.insert_after(sources.extract())
            outer.extract()
            return

    def _drop_author_lists(self, container: Tag, authors: list[str]) -> None:
        """A scholarly page's list of its authors (<ul class="c-author-list">, Nature's "c-article-authors-listing" with
        their affiliations), naming the authors the page's metadata give: the byline, read already, out of the body
        (with a "By" standing alone over it)."""
        folded = [a.casefold() for a in authors]
        for tag in list(_tags(container, LISTS)):
            if tag.parent is None or not _AUTHOR_LIST.search(_attr(tag, "class")):
                continue
            text = squash_spaces(tag.get_text(" ")).casefold()
            if folded and any(name in text for name in folded):
                before = tag.find_previous_sibling()
                if isinstance(before, Tag) and (_bounded_text(before, 10) or "").strip().lower() == "by":
                    self.drop("byline", before)
                    before.extract()
                self.drop("byline", tag)
                tag.extract()

    def _drop_bare_byline(self, container: Tag, authors: list[str]) -> None:
        """A byline with no class of its own above the story's text (the Washington Free Beacon's <div><a href=
        "/author/chuck-ross/">Chuck Ross</a></div><div>April 28, 2023</div> in utility-classed boxes): the block of
        links to the authors' pages and the date line, nothing else, is the byline, out of the body."""
        if not authors:
            return
        folded = {a.casefold() for a in authors}
        for tag in _tags(container, {"a", "p"}):
            if tag.name == "p":
                if len(tag.get_text()) > 200:
                    return  # the story's text has begun
                continue
            if not _AUTHOR_PAGE.search(_attr(tag, "href")) or squash_spaces(tag.get_text(" ")).casefold() not in folded:
                continue
            block = tag
            while block.parent is not None and block.parent is not container and len(block.parent.get_text(strip=True)) <= 150:
                block = block.parent
            rest = squash_spaces(block.get_text(" "))
            for name in authors:
                rest = re.sub(re.escape(name), " ", rest, flags=re.I)
            found = find_date(rest)
            if found:
                rest = rest[: found[1].start()] + rest[found[1].end() :]
            if re.fullmatch(r"[\s,|·•/&-]*(?:(?:by|and)[\s,|·•/&-]*)*", rest, re.I):
                self.drop("byline", block)
                block.extract()
            return

    def _link_furniture_list(self, tag: Tag) -> bool:
        """A list whose every item is one of the page's own links ("Submit a correction", "Reprints & permissions")."""
        items = tag.find_all("li", recursive=False)
        return bool(items) and all(furniture_kind(_bounded_text(li, 80) or "") in _LINK_FURNITURE for li in items)

    def _related_heading(self, tag: Tag) -> bool:
        text = _bounded_text(tag, 80)
        if not text or not _RELATED_HEADING.match(text):
            return False
        if tag.name == "p" and not _has(tag, {"strong", "b"}):
            return False
        sibling = self._list_after(tag)
        if sibling is None:
            return False
        widget = not sibling.get_text(strip=True) and sibling.name not in VOID and sibling.find(["img", *EMBEDS]) is None  # a script fills it
        if sibling.name in LISTS or sibling.find(list(LISTS)) is not None or _mostly_links(sibling) or widget:
            return True
        if _link_cards_after(tag):
            return True  # "Recent in News" over cards, each a linked headline with its byline or a line of its excerpt
        # the label in a header of its own over the box's links (the New York Post: <div class="more-on__header"><h4>More
        # On:</h4><h3><a>taliban</a></h3></div> and then the stories' links): the box around it is mostly links
        box = tag.parent
        for _ in range(2):
            if box is None or box.name in ("article", "main", "body"):
                return False
            if _mostly_links(box):
                return True
            box = box.parent
        return False

    def _story_card(self, tag: Tag) -> bool:
        """A box of another story's teaser: one heading, a link to another page and its only words, and a little more
        (the author, the date, an excerpt)."""
        headings = tag.find_all(list(HEADINGS), limit=2)
        if len(headings) != 1:
            return False
        links = headings[0].find_all("a", limit=2)
        text = _bounded_text(headings[0], 200)
        if not text or len(links) != 1 or (_bounded_text(links[0], 200) or "") != text:
            return False
        href = _attr(links[0], "href").strip()
        return bool(href) and not href.startswith("#") and urljoin(self.base_url, href).split("#")[0] != self.meta.get("source_url")

    def _linked_card(self, tag: Tag) -> bool:
        """An <article> inside the story that is one link to another page, its words the link's (a headline, a logo's
        caption) and a label at most ('Featured', 'Sponsored'): another story's or a member's card, not the story."""
        links = tag.find_all("a", limit=2)
        if len(links) != 1:
            return False
        href = _attr(links[0], "href").strip()
        if not href or href.startswith("#") or urljoin(self.base_url, href).split("#")[0] == self.meta.get("source_url"):
            return False
        linked = len(links[0].get_text(" ").split())
        return linked >= CARD_HEADLINE_WORDS and len(tag.get_text(" ").split()) - linked <= CARD_LABEL_WORDS

    def _card_row(self, tag: Tag) -> bool:
        """The card stands in a row of boxes of its class, another of them a card too (Mexico News Daily's td_module_mx7
        boxes under the story): one box of that shape alone may be the story's own."""
        classes = tag.get("class")
        if not classes:
            return False
        for relative in (tag.parent, tag.parent.parent if tag.parent is not None else None):
            if relative is None:
                continue
            same = [t for t in relative.find_all("div", class_=classes[0]) if t is not tag and t.get("class") == classes]
            if any(self._story_card(t) for t in same[:5]):
                return True
        return False

    def _headline_list(self, tag: Tag, beside: bool = True) -> bool:
        """A list between the paragraphs whose every item is one link to another page, its words a headline (CBC's
        similarLinks: "Bank of Canada hikes rate to 2.5%. Here's what it means for you"): other stories, not the story.
        Two items or more, or one in each of two lists side by side. An item holding only an ad slot (a newspaper chain's
        "Read More" box sets one among its links) is the site's too, no item of the story's."""
        items = [item for item in tag.find_all("li", recursive=False) if not _ad_slot(item)]
        if not items:
            return False
        if len(items) == 1 and beside:
            siblings = [t for t in (tag.find_previous_sibling(), tag.find_next_sibling()) if t is not None and t.name in LISTS]
            if not any(self._headline_list(t, beside=False) for t in siblings):
                return False
        for item in items:
            links = item.find_all("a", limit=2)
            text = _bounded_text(item, 200)
            if not text or len(links) != 1 or (_bounded_text(links[0], 200) or "") != text or len(text.split()) < 5:
                return False
            href = _attr(links[0], "href").strip()
            if not href or href.startswith("#") or urljoin(self.base_url, href).split("#")[0] == self.meta.get("source_url"):
                return False
        return True

    def _list_after(self, heading: Tag) -> Tag | None:
        """What follows a heading: its next sibling, or, for a heading alone in a wrapper (bbc.com: <div class=
        "group__header"><h2>More on this story</h2></div><div class="group__body"><ul>…), the wrapper's."""
        box = heading
        for _ in range(3):
            sibling = box.find_next_sibling()
            while sibling is not None and sibling.name in ("span", "button", "i", "img", "a") and not sibling.get_text(strip=True):
                sibling = sibling.find_next_sibling()  # NDTV: <h3>Related</h3><span class="crclBtn"></span><ul>…: a button between
            if sibling is not None or box.parent is None or (_bounded_text(box.parent, 100) or "") != (_bounded_text(heading, 100) or ""):
                return sibling
            box = box.parent
        return None

    # -- notes ------------------------------------------------------------------------------------------------------

    def _read_notes(self, container: Tag) -> list[Unit]:
        body = self.soup.body or self.soup
        ids: dict[str, Tag] = {}
        for tag in _tags(body):
            if not tag.attrs:
                continue
            if tag.get("id"):
                ids.setdefault(str(tag["id"]), tag)
            if tag.name == "a" and tag.get("name"):
                ids.setdefault(str(tag["name"]), tag)
        blocks: list[Tag] = []
        for anchor in _tags(container, {"a"}):
            href = _attr(anchor, "href").strip()
            frag = unquote(href.partition("#")[2])
            if not frag or (not href.startswith("#") and frag not in ids):
                continue
            if _BACK_FRAG.search(frag):
                continue
            in_sup = _has(anchor, {"sup"}) or any(p.name == "sup" for p in itertools.islice(anchor.parents, 2))
            if not (_NOTE_FRAG.match(frag) or ((in_sup or _note_link(anchor)) and _keyish(anchor.get_text()))):
                continue
            for holder in (anchor, anchor.parent):
                for attr in ("id", "name"):
                    if isinstance(holder, Tag) and holder.get(attr):
                        self.ref_ids.add(str(holder[attr]))
            target = ids.get(frag)
            if target is not None and not any(p is anchor for p in itertools.chain([target], itertools.islice(target.parents, 3))):
                block = self._note_block(target, container)
                if block is not None:
                    blocks.append(block)
                    self.note_by_target[frag] = ""  # filled in once the block has its key
                    if not in_sup and _note_link(anchor):
                        _unbracketed(anchor)  # '[<a class="spip_note" …>1</a>]': the marker alone
        targeted = {id(b) for b in blocks}
        whole = max(self.totals.get(id(container), 0), 1)
        headings_to_drop: list[Tag] = []
        for tag in _tags(container):
            if tag.name in HEADINGS or tag.name in ("p", "div"):
                short = _bounded_text(tag, 30)
                if short and _NOTES_HEADING.match(short):
                    following = self._after_notes_heading(tag, targeted)
                    if tag.name not in HEADINGS and not _has(tag, {"strong", "b"}):
                        # 'Notes' in a paragraph of its own: the label of the keyed notes under it, never of the prose after them
                        keyed = list(itertools.takewhile(lambda block: not block.get("data-dossier-continues"), following))
                        for block in following[len(keyed) :]:
                            block.attrs.pop("data-dossier-continues", None)
                        inside = {id(sup) for block in keyed for sup in _tags(block, {"sup"})}
                        cited = {_keyish(sup.get_text()) for sup in _tags(container, {"sup"}) if id(sup) not in inside and not _exponent(sup)}
                        following = keyed if len(keyed) >= PLAIN_NOTES_HEADING_MIN and cited >= FIRST_NOTE_KEYS else []
                        if not following:
                            continue
                    if following:
                        blocks.extend(following)
                        headings_to_drop.append(tag)
                    continue
            if _NOTES_CLASS.search(_attrs_text(tag)) and tag.name not in ("a", "sup", "span", "li", "p") and not self._holds_the_text(tag, whole):
                section_blocks = self._section_blocks(tag)
                if section_blocks:
                    blocks.extend(section_blocks)
                    headings_to_drop.append(tag)
        if not blocks:
            blocks = self._unlinked_notes(container)
        # a block a link targets and the Notes heading's scan both found: its notes, split once, each read once
        blocks = [line for block in blocks for line in self._notes_parted_by_breaks(block)]
        unique: list[Tag] = []
        seen: set[int] = set()
        for block in blocks:
            if id(block) not in seen:
                seen.add(id(block))
                unique.append(block)
        unique = [b for b in unique if not any(id(p) in seen for p in itertools.islice(b.parents, 200))]
        unique.sort(key=lambda b: (b.sourceline or 0, b.sourcepos or 0))
        notes = self._note_units(unique, ids)
        for tag in headings_to_drop:
            if tag.parent is not None:
                tag.extract()
        for block in unique:
            if block.parent is not None:
                block.extract()
        for frag in [f for f, key in self.note_by_target.items() if not key]:
            del self.note_by_target[frag]
        return notes

    def _notes_parted_by_breaks(self, block: Tag) -> list[Tag]:
        """A block of notes a line each, parted by <br> ('<p>1. Harbour Board …<br>2. Pilots' Guild …</p>'): a block per
        note, each opening on its key, the keys a run (1, 2, 3 or i, ii, iii); a line with no key goes on the note above.
        Any other block is itself."""
        split = self.note_parts.get(id(block))
        if split is not None and split[0] is block:
            return split[1]
        lines: list[list[PageElement]] = [[]]
        for child in list(block.children):
            if isinstance(child, Tag) and child.name == "br":
                lines.append([])
            else:
                lines[-1].append(child)
        lines = [line for line in lines if any(_text_of(node).strip() for node in line)]
        keys = [_leading_key(line) for line in lines]
        if len(lines) < 2 or keys[0] is None or not _a_run([key for key in keys if key is not None]) or sum(1 for k in keys if k) < 2:
            return [block]
        notes: list[Tag] = []
        for line, key in zip(lines, keys, strict=True):
            if key is None:
                notes[-1].append(" ")
                notes[-1].extend(line)
                continue
            note = self.soup.new_tag(block.name)
            note.sourceline, note.sourcepos = block.sourceline, block.sourcepos
            note.extend(line)
            notes.append(note)
        for note in notes:
            block.insert_before(note)
        block.extract()
        self.note_parts[id(block)] = (block, notes)  # the block kept: its id is never another's
        return notes

    def _unlinked_notes(self, container: Tag) -> list[Tag]:
        """Notes pasted from a word processor without links: the text's last paragraphs each open with a superscript
        key (<p><sup>[i]</sup> Premier Zaev …</p>, often after an <hr>), and the text cites those keys in <sup>s above."""
        keyed: list[tuple[Tag, str]] = []
        cited: set[str] = set()
        for sup in _tags(container, {"sup"}):
            key = _keyish(sup.get_text())
            if key is None:
                continue
            holder = sup.parent
            first = next((c for c in holder.children if not (_is_text(c) and not c.strip())), None) if holder is not None else None
            if first is sup and holder is not None and holder.name in ("p", "div") and holder is not container:
                keyed.append((holder, key))
            elif not keyed:
                cited.add(key)
        if len(keyed) < 2 or not all(key in cited for _, key in keyed):
            return []
        first_note = keyed[0][0]
        notes = {id(block) for block, _ in keyed}
        for later in first_note.find_all_next(["p", "li"]):
            if not any(parent is container for parent in later.parents):
                break
            if id(later) not in notes and not any(id(parent) in notes for parent in later.parents) and len(later.get_text(strip=True)) > 40:
                return []  # the keyed paragraphs are not the end of the text: a list of its own, not its notes
        return [block for block, _ in keyed]

    def _note_block(self, target: Tag, container: Tag) -> Tag | None:
        block: Tag | None = target
        for _ in range(8):
            if block is None or block is container or block.name in ("body", "html", "[document]", "article", "main"):
                return None
            if block.name in ("li", "p", "dd", "div", "td", "aside", "section"):
                if block.name in ("div", "section", "aside", "td") and block is not target and len(block.find_all(["p", "li"])) > 1:
                    inner = target.find_parent(["p", "li"])
                    return inner if inner is not None and inner is not block else None
                return block
            block = block.parent
        return None

    def _section_blocks(self, section: Tag) -> list[Tag]:
        items = section.find_all("li")
        if items:
            inner = {id(li) for li in items}
            return [li for li in items if id(li.find_parent("li")) not in inner]
        paragraphs = [p for p in section.find_all(["p", "div"]) if not p.find(["p", "div"])]
        if any(_LEAD_MARKER.match(p.get_text()) for p in paragraphs):
            return self._with_continuations(paragraphs)
        return []

    def _with_continuations(self, paragraphs: list[Tag]) -> list[Tag]:
        """Paragraphs that open with a marker are notes; one without a marker goes on the note above."""
        out: list[Tag] = []
        for p in paragraphs:
            if _NOTES_HEADING.match(squash_spaces(p.get_text(" "))):
                continue
            if _LEAD_MARKER.match(p.get_text()) or p.get("id") or not out:
                out.append(p)
            else:
                p["data-dossier-continues"] = "1"
                out.append(p)
        return out

    def _after_notes_heading(self, heading: Tag, targeted: set[int]) -> list[Tag]:
        level = int(heading.name[1]) if heading.name in HEADINGS else 7
        found: list[Tag] = []
        for sibling in heading.find_next_siblings():
            if sibling.name in HEADINGS and int(sibling.name[1]) <= level:
                break
            if sibling.name in LISTS:
                found.extend(li for li in sibling.find_all("li", recursive=False))
            elif sibling.name in ("p", "div"):
                if id(sibling) in targeted or _LEAD_MARKER.match(sibling.get_text()) or _opens_on_sup_key(sibling):
                    found.extend(self._notes_parted_by_breaks(sibling))
                elif _bare_note_number(sibling) == 1 + sum(1 for block in found if not block.get("data-dossier-continues")):
                    sibling["data-dossier-bare-key"] = "1"  # '1 Harbour Board, Minutes …': its number, then its text
                    found.append(sibling)
                elif sibling.find(["p", "li"]) is not None:
                    inner = self._section_blocks(sibling)
                    if not inner:
                        break
                    found.extend(inner)
                elif found and sibling.get_text(strip=True):
                    sibling["data-dossier-continues"] = "1"
                    found.append(sibling)
                elif sibling.get_text(strip=True):
                    break
            elif sibling.name == "hr":
                continue
            elif sibling.get_text(strip=True):
                break
        return found

    def _note_units(self, blocks: list[Tag], ids: dict[str, Tag]) -> list[Unit]:
        notes: list[Unit] = []
        ordinal = 0
        for block in blocks:
            if block.get("data-dossier-continues") and notes:
                md, keys = _Walker(self).render(block, linkify=True)
                if md:
                    notes[-1].text = (notes[-1].text + " " + md).strip()
                    notes[-1].data["note_keys"] += keys
                continue
            ordinal += 1
            key = None
            backlinks = [anchor for anchor in block.find_all("a") if self._is_backlink(anchor)]
            for anchor in backlinks:
                if len(backlinks) == 1:  # a note cited twice has a backlink per citation, lettered "^ a b": not its number
                    key = key or _keyish(anchor.get_text())
                _unbracketed(anchor)
                anchor.extract()
            for sup in block.find_all("sup", limit=1):
                text = sup.get_text(strip=True)
                if _keyish(text) and squash_spaces(block.get_text(" ")).startswith(text):
                    key = key or _keyish(text)
                    sup.extract()
            md, keys = _Walker(self).render(block, linkify=True)
            if len(backlinks) > 1:
                md = re.sub(r"^\s*\\?(?:\^|↑|↩︎?)(?!\d)\s*", "", md)  # the "^" before the lettered backlinks "^ a b"
            marker = _LEAD_MARKER.match(md)
            bare = _BARE_NOTE_NUMBER.match(md) if block.get("data-dossier-bare-key") else None
            if marker:
                key = key or next(k for k in marker.groups() if k)
                md = md[marker.end() :]
            elif bare:
                key, md = key or bare.group(1), md[bare.end() :]
            md = re.sub(r"\s*(?:↩︎?|↑|⤴)\s*$", "", md).strip()
            if key is None and _NOTE_FRAG.match(_attr(block, "id")):
                digits = re.search(r"(\d+)$", _attr(block, "id"))
                key = digits.group(1) if digits else None
            if key is None and block.name == "li" and block.parent is not None and block.parent.name == "ol":
                key = self._list_number(block)
            if key is None:
                digits = re.search(r"(\d+)$", _attr(block, "id"))
                key = digits.group(1) if digits else str(ordinal)
            md = _escape_start(md)
            if not md:
                self.problems.append(Problem(block.sourceline or 1, f"note {key} has no text"))
            notes.append(Unit(block.sourceline or 1, md, "note", 0, {"key": key, "markdown": True, "note_keys": keys}))
            block["data-dossier-key"] = key
        for frag in self.note_by_target:
            target = ids.get(frag)
            for holder in itertools.chain([target], itertools.islice(target.parents, 8)) if target is not None else ():
                if holder.get("data-dossier-key"):
                    self.note_by_target[frag] = _attr(holder, "data-dossier-key")
                    break
        self.note_keys = {n.data["key"] for n in notes}
        return notes

    def _list_number(self, item: Tag) -> str:
        parent = item.parent
        assert parent is not None  # an <li> of an <ol>
        try:
            number = int(_attr(parent, "start") or 1)
        except ValueError:
            number = 1
        for li in parent.find_all("li", recursive=False):
            if _attr(li, "value").strip().isdigit():
                number = int(_attr(li, "value"))
            if li is item:
                return str(number)
            number += 1
        return str(number)

    def _is_backlink(self, anchor: Tag) -> bool:
        href = _attr(anchor, "href").strip()
        text = squash_spaces(anchor.get_text(" ")).lower()
        if anchor.get("role") == "doc-backlink" or re.search(r"backref|backlink|footnote-?back|return", _attrs_text(anchor), re.I):
            return True
        if href.startswith("#"):
            frag = unquote(href[1:])
            if frag in self.ref_ids or _BACK_FRAG.search(frag):
                return True
        return text in _BACK_TEXT or text.startswith(("back to", "return to", "jump up"))

    def note_ref(self, tag: Tag) -> list[str] | None:
        """The note keys a reference element stands for, or None when it is not a note reference."""
        name = tag.name
        if name == "a":
            href = _attr(tag, "href").strip()
            if href.startswith("#") and len(href) > 1:
                frag = unquote(href[1:])
                if frag in self.note_by_target:
                    return [self.note_by_target[frag]]
                if _NOTE_FRAG.match(frag) and not _BACK_FRAG.search(frag):
                    key = _keyish(tag.get_text()) or (re.search(r"(\d+)$", frag) or [None, None])[1]
                    if key:
                        return [key]
            return None
        if name == "sup":
            keys = []
            for anchor in _tags(tag, {"a"}):
                keys += self.note_ref(anchor) or []
            if keys:
                return keys
            parts = [p for p in re.split(r"[,\s]+", tag.get_text().strip().strip("[]()")) if p]
            if parts and self.note_keys and all(_keyish(p) and p in self.note_keys for p in parts):
                return parts
        return None

    def _check_notes(self, notes: list[Unit]) -> None:
        seen: dict[str, Unit] = {}
        for note in notes:
            key = note.data["key"]
            if key in seen:
                self.problems.append(Problem(note.line, f"note {key} is defined twice (first at line {seen[key].line})"))
            else:
                seen[key] = note
        for key, line in self.cited.items():
            if key not in seen:
                self.problems.append(Problem(line, f"note {key} is cited but never defined"))
        for key, note in seen.items():
            if key not in self.cited:
                self.problems.append(Problem(note.line, f"note {key} is defined but never cited"))

    # -- title, byline, date, authors --------------------------------------------------------------------------------

    def _set_urls(self, head: dict[str, Any]) -> None:
        page_url = head.get("canonical") or head.get("og:url", ("", 0))[0] or head.get("ld_url") or head.get("saved_from") or ""
        self.meta["source_url"] = page_url if page_url.startswith(("http://", "https://")) else ""
        base = head.get("base", "")
        self.base_url = urljoin(self.meta["source_url"], base) if base else self.meta["source_url"]
        if not self.base_url.startswith(("http://", "https://")):
            self.base_url = ""

    def _emailed_subject(self, masthead: str) -> tuple[str, int] | None:
        """An e-mail newsletter's page (its footer, or its 'view in browser' link, was set aside) under a masthead of a
        few words: the e-mail's subject, which its share-by-e-mail links carry ('mailto:?subject=🟡 Strikes, rates, and
        the lighthouse vote | Harbour Wire'), without its marks and its newsletter's name, with the line it is on."""
        if not ({"e-mail footer", "view-in-browser link"} & self.dropped.keys()) or len(masthead.split()) > MASTHEAD_WORDS:
            return None
        subjects: dict[str, int] = {}  # each subject, with the line it is first on
        for number, text in enumerate(self.text.split("\n"), start=1):
            for found in _MAILTO_SUBJECT.finditer(text):
                subject = squash_spaces(unquote(html.unescape(found.group(1)).replace("+", " ")))
                subjects.setdefault(re.sub(r"^[^\w“\"‘']+", "", _SITE_TAIL.split(subject)[0]).strip(), number)
        if len(subjects) != 1:
            return None  # none, or one a story: a subject of each story's own is its headline, not the issue's
        subject, line = next(iter(subjects.items()))
        if len(subject.split()) < 2 or subject.lower() == masthead.lower() or _GENERIC_SUBJECT.match(subject):
            return None
        return subject, line

    def _read_title_and_byline(self, container: Tag, head: dict[str, Any]) -> None:
        meta = self.meta
        site = head.get("og:site_name", ("", 0))[0]

        h1 = next((h for h in _tags(container, {"h1"}) if not _hidden(h)), None)
        site_names: set[str] = set()
        title_sources = []
        labels: list[Tag] = []
        standfirst = None
        if h1 is not None and h1.get_text(strip=True):
            self._drop_kickers(container, h1)
            row = next((t for t in h1.find_next_siblings() if t.get_text(strip=True)), None)
            for label in label_row(row) if row is not None else []:
                self.drop("category label", label)  # a press room's "Press Releases", "Plenary session", "REGI" under the headline
                label.extract()
            top = h1  # the headline alone in its <header> (Newsday, a tagDiv theme): the lines over that header
            while (
                top.parent is not None and top.parent is not container and top.parent.name in ("header", "hgroup") and not top.find_previous_sibling()
            ):
                top = top.parent
            labels = [t for t in top.find_previous_siblings() if isinstance(t, Tag)]
            if not all(self._label_line(t) for t in labels):
                labels = []  # text above the headline (a summary, a first section): the headline is not the page's top
            subtitle = self._head_stack(h1, container)
            standfirst = self._standfirst(h1, container)
            repeated = self._repeated_summary(h1, container)
            if repeated is not None:
                self.drop("summary repeated below", repeated)
                repeated.extract()
            headline = _h1_headline(h1, head.get("title", ("", 0))[0])
            headline, book = _chapter_headline(h1, headline, head.get("title", ("", 0))[0])
            given = [head[key][0] for key in _GIVEN_TITLES if key in head]
            headline = _without_section_label(headline, [_strip_site(title, site) for title in given], given)
            if book:
                meta["series"] = book
            if subtitle and headline and not headline.endswith(("?", "!", ":")):
                headline = f"{headline}: {subtitle}"
            title_sources.append(("<h1>", headline, h1.sourceline))
            h1.extract()
        for key, basis in (
            ("citation_title", "meta citation_title"),
            ("ld_headline", "JSON-LD headline"),
            ("og:title", "meta og:title"),
            ("twitter:title", "meta twitter:title"),
        ):
            if key in head:
                title_sources.append((basis, _strip_site(head[key][0], site), head[key][1]))
        if h1 is None:
            shown = [h for h in (self.soup.body or self.soup).find_all("h1") if h.get_text(strip=True) and not _hidden(h)]
            agreed = next((h for h in shown if any(_same_headline(squash_spaces(h.get_text(" ")), t) for _, t, _ in title_sources)), None)
            if agreed is None:  # the metadata's longer wording of the headline ("Kashmir issue: China snubs … | India News")
                agreed = next(
                    (
                        h
                        for h in shown
                        if not h.find_parent(["header", "nav", "footer"]) and any(_rewords(h.get_text(" "), t) for _, t, _ in title_sources)
                    ),
                    None,
                )
            site_names = {squash_spaces(h.get_text(" ")).casefold() for h in shown if _site_title(h)}
            shown = [h for h in shown if not _site_title(h)]  # the theme's <h1> of the site's name, in its header's <div>
            outside = next((h for h in shown if not h.find_parent(["header", "nav", "footer"])), None)
            if agreed is not None:  # metadata that disagree (JSON-LD vs og:title): the one the page shows as its headline
                title_sources.insert(0, ("<h1>", squash_spaces(agreed.get_text(" ")), agreed.sourceline))
            elif (
                (story := next((h for h in shown if h is self.head_headline), None)) is not None
                and self.head_standfirst
                and not self._names_the_site(story.get_text(" "), head)
            ):
                # the story's head over its container, its headline over its standfirst: the title the page shows,
                # whatever og:title says (a social headline of its own), in a <header class="article-header"> too;
                # a site's name set as <h1> alone is no head
                title_sources.insert(0, ("<h1>", squash_spaces(story.get_text(" ")), story.sourceline))
            elif outside is not None:
                title_sources.append(("<h1>", squash_spaces(outside.get_text(" ")), outside.sourceline))
        page_title = ("<title>", _strip_site(head["title"][0], site), head["title"][1]) if "title" in head else None
        if page_title is not None and (h1 is not None or squash_spaces(head["title"][0]).casefold() not in site_names):
            title_sources.append(page_title)
            page_title = None
        title_sources = [s for s in title_sources if s[1]]
        if not title_sources:
            classed = self._classed_title(container)
            if classed is not None:
                title_sources.append((f"class {_attr(classed, 'class')!r}", squash_spaces(classed.get_text(" ")), classed.sourceline))
                if container in classed.parents:
                    classed.extract()
        if not title_sources and page_title is not None and page_title[1]:
            title_sources.append(page_title)  # the site's name, maybe, but the last source of a title there is
        if title_sources:
            basis, meta["title"], meta["title_line"] = title_sources[0]
            meta["title_basis"] = basis
            label = meta["title"].split(":", 1)[0]
            parts = [part.strip() for part in re.split(r"\s[|–—]\s", head.get("title", ("", 0))[0])]
            if basis == "<h1>" and PART_LABEL.match(label) and label in parts[1:]:
                # 'The Leveson Report | Part I | Chapter 8' over a chapter's own title: the work the chapter is of
                meta["series"] = ", ".join(parts[: parts.index(label)])
        else:
            meta["title"], meta["title_line"], meta["title_basis"] = "", 1, ""
        subject = self._emailed_subject(meta["title"]) if meta["title_basis"] == "<h1>" else None
        if subject is not None:  # an e-mail newsletter's masthead over the issue: the issue's title is the e-mail's subject
            meta["series"], (meta["title"], meta["title_line"]) = meta["title"], subject
            meta["title_basis"] = "the e-mail's subject, in its share-by-e-mail links (the <h1> is the newsletter's name)"
        self.descriptions = {squash_spaces(head[k][0]) for k in ("og:description", "description", "twitter:description") if k in head}
        self.descriptions |= {head["ld_description"]} if head.get("ld_description") else set()
        again = self._headline_again(container, meta["title"])
        if standfirst is None and h1 is None:
            standfirst = self._opening_sentence_heading(container, again)
        if again is not None:
            self.drop("headline", again)
            again.extract()
        for repeat in self._titles_again(container, [text for _, text, _ in title_sources]):
            self.drop("headline", repeat)
            repeat.extract()

        byline_text, byline_names, byline_time, byline_line = self._byline(container)
        if byline_names and all(self._names_the_site(n, head) for n in byline_names):
            # "By The Planetary Press", then "Written by: Jane Roe" opening the text of a story it reposts: the writer
            writer = self._by_name_line(container)
            names = self._byline_names(writer, squash_spaces(writer.get_text(" "))) if writer is not None else []
            if writer is not None and names and not any(self._names_the_site(n, head) for n in names):
                self.drop("byline", writer)
                writer.extract()
                byline_names = names
        published = head.get("article:published_time", head.get("og:article:published_time", head.get("article:published", ("", 0))))
        # a datePublished set after the article's text, at the page's foot, is the stamp of the page as the site last
        # (re)published it (a wire's archive copy months on): the page's head, its byline and the dateline opening the
        # text all say when the story was issued, and outrank it; it dates a page that says nothing else
        end = self._end_of(container)
        md_foot = head.get("md_date_at", (0, 0)) > end
        meta_published = _iso_date(head.get("datepublished", ("", 0))[0])
        meta_foot = head.get("datepublished_at", (0, 0)) > end
        dates = [
            ("JSON-LD datePublished", head.get("ld_date")),
            ("microdata datePublished", None if md_foot else head.get("md_date")),
            ("meta article:published_time", _iso_date(published[0])),
            ("meta citation_publication_date", _iso_date(head.get("citation_publication_date", head.get("citation_date", ("", 0)))[0])),
            ("byline time", byline_time),
            ("meta datePublished", None if meta_foot else meta_published),
            ("meta date", _iso_date(head.get("dc.date", head.get("date", head.get("pubdate", ("", 0))))[0])),
            ("byline", _iso_date(byline_text) if byline_text else None),
            ("the dateline opening the text", _opening_dateline(container)),
            ("the date line under the headline", _date_under_headline(self.soup, container, meta.get("title") or "")),
            ("JSON-LD dateCreated", head.get("ld_created")),
            ("the page address", _address_date(self.meta.get("source_url", ""))),
            ("microdata datePublished at the page's foot", head.get("md_date") if md_foot else None),
            ("meta datePublished at the page's foot", meta_published if meta_foot else None),
            ("the 'Story date:' line after the text", self.story_date),
        ]
        meta["date"], meta["date_basis"] = next(((d, b) for b, d in dates if d), (None, ""))
        machine = {"JSON-LD datePublished": head.get("ld_date_stamp", ""), "meta article:published_time": published[0]}
        day = self.shown_date
        if meta["date"] and day and abs((day - meta["date"]).days) == 1 and _UTC_STAMP.search(machine.get(meta["date_basis"], "")):
            # a stamp in UTC (or with no zone) of an evening story in the Americas is the next day: the day the page
            # shows its readers is the story's; a stamp with the site's own offset is that day already, and keeps it
            zone = "is in UTC" if re.search(r"(?:Z|[+-]00:?00)$", machine[meta["date_basis"]].strip(), re.I) else "has no time zone"
            meta["date"], meta["date_basis"] = day, f"the page's date line ({meta['date_basis']} {zone})"
        ld_authors = head.get("ld_authors", [])
        if head.get("ld_authors_bodies"):  # {"@type": "Organization", "name": "Al-Bawaba"}: the site itself, no author
            ld_authors = [n for n in ld_authors if not self._names_the_site(n, head)]
        # hidden author fields that hold the site's own name are the CMS's default, not a byline (a microdata author "The
        # Planetary Press", <meta name="author" content="Deutsche Welle (www.dw.com)">): the next source may name the writer
        authors = [
            ("meta citation_author", head["citation_authors"]),
            ("JSON-LD author", ld_authors),
            ("microdata author", [n for n in head.get("md_authors", []) if not self._names_the_site(n, head)]),
            ("byline", byline_names),
            ("the author card above the story", self.card_names),
            ("meta author", [n for n in head["authors"] if not self._names_the_site(n, head)]),
            ("the page's data layer (digitalData)", [n for n in head.get("data_layer_authors", []) if not self._names_the_site(n, head)]),
            ("the bio in the author's box", [n for n in self.bio_names if not self._names_the_site(n, head)]),
        ]
        basis, names = next(((b, n) for b, n in authors if n), ("", []))
        if not names:
            basis, names = "the page's Author field", self._author_field()
        if basis == "meta citation_author":
            names = [_uninverted(n) for n in names]
        folded = {re.sub(r"^by\s+", "", n, flags=re.I).strip().casefold() for n in names}
        for fuller_basis, fuller in ((b, n) for b, n in authors if b in ("byline", "meta author")):
            # JSON-LD that gives the first of two reporters only: the byline over the story names both
            if len(fuller) > len(names) and folded <= {n.casefold() for n in fuller}:
                basis, names = fuller_basis, fuller
                break
        spelled = {n.casefold(): n for _, other in authors for n in other if not _in_capitals(n)}
        unique: list[str] = []
        for entry in names:
            for name in _people_of(_person_only(re.sub(r"^by\s+", "", entry, flags=re.I).strip())):
                if _in_capitals(name):  # a byline set in capitals ("By KATE DAVIDSON"): as another source spells it, else capitalised
                    name = spelled.get(name.casefold()) or _capitalised(name)
                if name and name not in unique:
                    unique.append(name)
        meta["authors"], meta["authors_basis"] = unique, basis
        if self.bio_text and set(self.bio_names) & set(unique):
            meta.setdefault("author_note", self.bio_text)  # the box is furniture: the bios of the writers are their note
        post = _post_in_byline(byline_text, unique)
        if post:  # 'By Jane Roe, Senior Fellow, Harbour Project': her post, whatever source named her
            meta["author_roles"] = {unique[0]: post}
        self._drop_bare_byline(container, unique)
        self._drop_author_lists(container, unique)
        given = [head[k][0] for k in ("og:description", "description", "twitter:description") if k in head] + [head.get("ld_description", "")]
        given = [_without_read_more(d) for d in given]
        given = [d for d in given if len(d.split()) >= DESCRIPTION_WORDS or len(d) >= 40 or _ENDS_SENTENCE.search(d)]  # 'ESG': a keyword
        given = [d for d in given if not is_cut_teaser(d)]
        given = [self._sentence_a_teaser_cuts(d, container) for d in given]
        summary = next((d for d in given if d), "")
        for fuller in given:  # a description cut short ("… the changing status of computation in"), another says it whole
            cut = summary.rstrip(" …")
            if (
                summary
                and len(summary) < len(fuller) <= SUMMARY_WHOLE
                and not summary.rstrip().endswith((".", "!", "?", "”", '"'))
                and fuller.rstrip().endswith((".", "!", "?", "”", '"'))
                and fuller.startswith(cut)
                and re.search(r"\w", re.sub(r"&\w+;", "", fuller[len(cut) :]))
            ):
                summary = fuller
        summary = self._said_whole_in_the_text(summary, container) or summary
        outlet = _OUTLET_DATELINE.match(summary)
        if outlet and self._names_the_site(outlet.group("name"), head):
            summary = summary[outlet.end() :]  # 'Kaieteur News – Police investigators …': the paper's name as its dateline
        meta["summary"] = summary
        edition = _EDITION.search(summary)
        if edition and meta["authors_basis"] in ("meta author", ""):
            # "An open, linkable, HTML version of Lord Justice Leveson’s report …": a site that republishes another's report;
            # its description and its meta author (the site's maker) are the site's, the report is the one it names
            owner = edition.group("owner")
            self.dropped.setdefault("the site's description", []).append(summary[:FIRST_LINE])
            if unique:
                self.problems.append(
                    Problem(
                        head["description"][1] if "description" in head else 1,
                        f"the page is an edition of {owner}’s work (its description: {summary[:80]!r}): "
                        f"{', '.join(unique)} (meta author) read as the edition's maker, not an author",
                    )
                )
            meta["authors"], meta["authors_basis"] = [owner], "the page's description, which names the work's author"
            meta["summary"] = ""
        if self.head_standfirst:  # shown above the article's container, where the description is shown nowhere: the summary
            meta["summary"] = self.head_standfirst
        if standfirst is not None:  # the standfirst the page shows under its headline: the story's opening, no section's title
            standfirst_text = squash_spaces(standfirst.get_text(" "))
            if not self.head_standfirst and not is_cut_teaser(standfirst_text) and not _same_headline(standfirst_text, meta["title"]):
                # the summary before the site's description (often its first paragraph, which the overview would show
                # again under the lede): kept as the text's first paragraph, the overview shows it once, as the lede
                meta["summary"] = standfirst_text
            if h1 is None and standfirst_text in self.descriptions and not _ENDS_SENTENCE.search(standfirst_text):
                self.drop("standfirst given as the summary", standfirst)  # a deck with no stop: no sentence of the story
                standfirst.extract()
            else:
                standfirst.name = "p"
        if not meta["summary"] and self.preheader and {"e-mail footer", "view-in-browser link"} & self.dropped.keys():
            meta["summary"] = self.preheader  # the line an inbox shows under the e-mail's subject: the issue's summary
        for label in labels:  # read after the byline and the date, which may share the headline's box
            if label.parent is not None:
                self.drop("category label", label)
                label.extract()
        stamp = self._drop_stamps(container, standfirst, meta["summary"])
        if not meta["date"] and stamp is not None:  # 'May 4, 2026' under a newsletter's name: the page's own date line
            meta["date"], meta["date_basis"] = stamp
        self._drop_closing_stamp(container)
        tags = _distinct_tags([tag for tag in topic_tags(_topics(head.get("tags") or head.get("ld_keywords") or []), head) if _plausible_tag(tag)])
        if tags:
            meta["tags"] = tags
        if byline_line:
            meta["byline_line"] = byline_line

    @staticmethod
    def _sentence_a_teaser_cuts(description: str, container: Tag) -> str:
        """A description cut short on an ellipsis ('One day in July 2001, Jane Roe decided to...'): the sentence of the
        article's opening it cuts, said whole; a teaser the opening does not go on from is no summary ('')."""
        cut = TEASER_ELLIPSIS.search(description)
        if cut is None:
            return description
        words = description[: cut.start()].strip()
        for line in _block_lines(container)[:OPENING_LINES] if words else []:
            at = line.find(words)
            if at >= 0 and len(line) > at + len(words):
                return re.sub(r"\s+([.,;:!?])", r"\1", line[at : sentence_end(line, at + len(words))].strip())  # 'recently .'
        return ""

    @staticmethod
    def _said_whole_in_the_text(description: str, container: Tag) -> str | None:
        """A description that stops in mid-sentence where a line of the article's opening goes on (a CMS's cut, or an
        attribute ended by a quote mark the page left unescaped: '(Aug. 13) -- Declaring '): that line from where the
        description starts, which says it whole."""
        cut = description.strip()
        if not cut or _ENDS_SENTENCE.search(cut) or cut.endswith(("…", "...")):
            return None
        for line in _block_lines(container)[:OPENING_LINES]:
            at = line.find(cut)
            if at >= 0 and re.match(r"\s*[\w\"“‘'(]", line[at + len(cut) :]):
                return line[at:]
        return None

    @staticmethod
    def _end_of(container: Tag) -> tuple[int, int]:
        """Where in the page's source the article's last element opens (a page goes on past it: its footer, scripts)."""
        inside = container.find_all(True)
        return max(_position(inside[-1]), _position(container)) if inside else _position(container)

    def _author_field(self) -> list[str]:
        """The names of a labelled "Author" field in the page's details (Deutsche Welle, beside the story: <li><strong>
        Author</strong> Ben Knight</li>), where nothing else names the author; not in a menu, footer or sidebar box."""
        for label in (self.soup.body or self.soup).find_all(["strong", "b", "dt", "th"]):
            if not re.fullmatch(r"authors?\s*:?", squash_spaces(label.get_text(" ")), re.I):
                continue
            row = label.find_next_sibling("dd") if label.name == "dt" else label.parent
            if row is None or row.find_parent(["nav", "footer", "aside"]) is not None or self._kind(row, outside=True) in ("hidden", "script/style"):
                continue
            text, shown = _bounded_text(row, 120) or "", squash_spaces(label.get_text(" "))
            if label.name != "dt" and not text.startswith(shown):
                continue
            value = text[len(shown) :] if label.name != "dt" else text
            people = _people_of(value.strip(" :"))
            if people and all(_BARE_NAME.match(p) for p in people):
                return people
        return []

    def _drop_house_blurb(self, container: Tag, head: dict[str, Any]) -> None:
        """The site's words about itself closing the story, with its call to subscribe ('Harbour Politics is the region's
        leading political website … Subscribe to our newsletter here.'): a paragraph that opens on the site's own name
        (its og:site_name, its publisher, its <title>'s tail) and asks the reader for something."""
        names = [head.get("og:site_name", ("", 0))[0], head.get("ld_publisher", "")]
        names += _TITLE_TAIL.split(squash_spaces(head.get("title", ("", 0))[0]))[1:]
        names = [n for n in names if 1 <= len(n.split()) <= SITE_NAME_WORDS]
        if not names:
            return
        paragraphs = [p for p in container.find_all("p") if p.get_text(strip=True)]
        for paragraph in paragraphs[-BLURB_REACH:]:
            text = squash_spaces(paragraph.get_text(" "))
            opening = next((n for n in names if text.startswith(n + " ")), None)
            if opening and len(text) < APPEAL_BOX_CHARACTERS and _SITE_SAYS.match(text[len(opening) :]) and _APPEAL.search(text):
                self.drop("the site's blurb", paragraph)
                paragraph.extract()

    def _names_the_site(self, name: str, head: dict[str, Any]) -> bool:
        """Whether a name is the site's own: its og:site_name, its JSON-LD publisher, or its host ("POLYGRAPH.info",
        "Al-Bawaba" on albawaba.com), read without case, spaces or punctuation."""
        host = urlsplit(self.meta.get("source_url", "")).hostname or ""
        host = re.sub(r"^www\d?\.", "", host)
        own = [head.get("og:site_name", ("", 0))[0], head.get("ld_publisher", ""), host, host.split(".")[0]]
        keys = {re.sub(r"[\W_]+", "", n.casefold()) for n in own}
        if host and re.search(rf"(?<![\w.@-])(?:www\d?\.)?{re.escape(host)}(?![\w-])", name, re.I):
            return True  # "Deutsche Welle (www.dw.com)": the site's name with its address
        return re.sub(r"[\W_]+", "", name.casefold()) in keys - {""}

    def _head_stack(self, h1: Tag, container: Tag) -> str:
        """Headings stacked under the headline before the story's text, one of them a name alone (`<h2>Life, Liberty,
        and the Pursuit of Smugglers</h2><h3>Jane Roe, Jr.</h3><h3>Three officials disagree …</h3>`): the page's head
        set in heading type, never its first sections. The name is the byline (set as one for the byline reader); a
        short heading right under the headline, with no stop, is its subtitle (returned, and taken out, to complete the
        title); a sentence among them is left to be the standfirst."""
        stack: list[tuple[Tag, str]] = []
        for tag in h1.find_all_next(["p", *HEADINGS], limit=12):
            if container not in tag.parents:
                break
            text = _bounded_text(tag, 300)
            if tag.name == "p":
                if text is None or len(text) > 80:
                    break  # the story's text has begun (a date line may stand among the headings)
                continue
            if text is None or _mostly_links(tag) or len(stack) == 3:
                break
            stack.append((tag, text))
        byline = next((tag for tag, text in stack if _name_heading(text)), None)
        if byline is None and len(stack) == 3 and len(stack[2][1].split()) >= DEK_WORDS:
            # between the subtitle and the dek, a name whose given name no list knows ('Orla Venn'): a byline where the
            # page's text never writes its words in lower case, as it writes a subhead's ('Key Findings': 'the findings')
            tag, text = stack[1]
            if _name_heading(text, any_given_name=True) and not _written_in_lower_case(text, container):
                byline = tag
        if byline is None or len(stack) < 2:
            return ""
        byline.name = "span"
        byline.attrs = {"class": "author"}
        byline.wrap(self.soup.new_tag("p", attrs={"class": "byline"}))
        first, text = stack[0]
        if first is byline or len(text.split()) > SUBTITLE_WORDS or _ENDS_SENTENCE.search(text) or _same_headline(text, _bounded_text(h1, 300) or ""):
            return ""
        self.drop("subtitle", first)
        first.extract()
        return text

    def _standfirst(self, h1: Tag, container: Tag) -> Tag | None:
        """A heading under the headline, before the story's text, that is a sentence (six words or more): the standfirst
        (CBC's <h2 class="deck">, HuffPost's subtitle), read as the story's first paragraph, not a first section's title."""
        for tag in h1.find_all_next(["p", *HEADINGS], limit=40):
            if container not in tag.parents:
                return None
            text = _bounded_text(tag, 300)
            if tag.name == "p":
                if text is None or len(text) > 200:
                    return None  # the story's text has begun
                continue
            if text is None or _mostly_links(tag) or _section_numbered(tag, text):
                return None
            if _byline_heading(text):
                continue  # '<h4>By Jane Roe | 12/10/2020</h4>' between the headline and the standfirst: the byline's
            return tag if len(text.split()) >= 6 else None
        return None

    def _opening_sentence_heading(self, container: Tag, headline: Tag | None) -> Tag | None:
        """On a page with no <h1> in its story (DiEM25: the headline an <h2> above the story's box), a heading that is a
        sentence with its full stop, before the story's first paragraph, is the standfirst ('Only radical political action
        can hope to redress the climate crisis.'); a first section's title ('Background', 'What the law says') has none.
        So is one that gives the page's description word for word, full stop or not (a subheadline under a lead picture)."""
        if headline is not None:
            return self._standfirst(headline, container)
        for tag in _tags(container, {*HEADINGS, "p"}):
            text = _bounded_text(tag, 300)
            if tag.name == "p":
                if text is None or len(text) > 200:
                    return None
                continue
            if text is None or _mostly_links(tag):
                return None
            described = squash_spaces(text) in self.descriptions
            return tag if len(text.split()) >= 6 and (_ENDS_SENTENCE.search(text) or described) else None
        return None

    def _repeated_summary(self, h1: Tag, container: Tag) -> Tag | None:
        """A summary under the headline, not a paragraph of the story, whose words the story's first paragraphs repeat
        (CBC: <div class="detailSummary">New numbers … in a funk.</div>, then the standfirst, a photo and the same
        sentence as the first <p>): the story says it once."""
        for tag in h1.find_all_next(["div", "span", "p"], limit=80):
            if container not in tag.parents or tag.name == "p":
                return None
            text = _bounded_text(tag, 400)
            if text is None or len(text) < 60 or _has(tag, BLOCKS):
                continue
            later = [squash_spaces(p.get_text(" ")) for p in tag.find_all_next("p", limit=4)]
            return tag if text in later else None
        return None

    def _drop_stamps(self, container: Tag, standfirst: Tag | None = None, summary: str = "") -> tuple[date, str] | None:
        """Lines of time stamps over the story ("December 6, 2016 — 6:22 PM EST", "Published February 24, 2020", "October
        11, 2022 October 11, 2022" then "15:11"), left once the date was read: the page's, not the story's text. The
        standfirst may stand above them (Express: headline, standfirst, then "PUBLISHED: 10:48, Tue, Nov 19, 2019 | …").
        The first one's date and where it stood, for a page whose metadata give none."""
        stamps: list[Tag] = []
        for tag in _tags(container, {"p", "div", "span", "ul", "li", "time"}):
            if standfirst is not None and (tag is standfirst or standfirst in tag.parents):
                continue
            text = _bounded_text(tag, 160)
            if tag.name == "p" and text and summary and squash_spaces(text)[:60] == squash_spaces(summary)[:60]:
                continue  # the page's description given as its standfirst, over the stamp: not yet the story's text
            if tag.name == "p" and (text is None or (len(text) > 60 and not _stamp_only(text))):
                break  # the story's text has begun: a date line below it is another matter
            if text and not any(tag in s.parents for s in stamps) and _stamp_only(text):
                stamps.append(tag)
        dated = None
        for tag in stamps:
            found = find_date(squash_spaces(tag.get_text(" ")))
            if dated is None and found:
                dated = (found[0], f"the date line over the story (line {tag.sourceline or 1})")
            self.drop("date stamp", tag)
            tag.extract()
        return dated

    def _classed_title(self, container: Tag) -> Tag | None:
        """On a page with no <h1> and no title in its metadata (an article's body as a CMS stores it, `<div
        class="article-title">…</div>` over its text), the first short line above the story's text whose class names
        it a title is the headline."""
        first = next((p for p in _tags(container, {"p"}) if p.get_text(strip=True)), None)
        for tag in _tags(self.soup.body or self.soup):
            if tag is first:
                return None
            if tag.name in ("title", "a", "nav", "footer") or not _CLASS_TITLE.search(_attr(tag, "class")) or _hidden(tag) or _site_title(tag):
                continue  # the site's name, set as its theme's title ('site-title'), is no headline
            text = _bounded_text(tag, MAX_HEADING)
            if text and len(text.split()) <= 25 and not _mostly_links(tag):
                return tag
        return None

    def _headline_again(self, container: Tag, title: str) -> Tag | None:
        """The first heading above the story's text where it repeats the title (AP's hosted pages: no <h1>, the headline
        set as <h2 class="ap-story-headline">): the headline, not the report's first section."""
        for tag in _tags(container, {*HEADINGS, "p"}):
            if tag.name == "p":
                if len(tag.get_text()) > 80:
                    return None
                continue
            return tag if _same_headline(squash_spaces(tag.get_text(" ")), title) else None
        return None

    def _titles_again(self, container: Tag, titles: list[str]) -> list[Tag]:
        """Lines that are one of the page's titles word for word (New York magazine's sticky bar: <span class=
        "ambrose-short-hed"> with the <title>'s words): the headline shown again, not the story's text."""
        folded = {t.casefold() for t in titles if len(t.split()) >= 4}
        found: list[Tag] = []
        for tag in _tags(container, {*HEADINGS, "p", "div", "span"}):
            text = _bounded_text(tag, 250)
            if text and text.casefold() in folded and not any(f in tag.parents for f in found):
                found.append(tag)
        return found

    def _drop_closing_stamp(self, container: Tag) -> None:
        """A time stamp after the story's last paragraph (USA Today: <div class="footer-publish-date">Published 7:07 PM
        EST Nov 19, 2019</div>): the page's, read once the date was, not the story's last line. A clock time or a word of
        a stamp makes it one: a bare date there ("October 12, 2022") may be the date a statement or letter was signed."""
        last = next((s for s in reversed(container.find_all(string=True)) if _is_text(s) and s.strip()), None)
        if last is None or not isinstance(last.parent, Tag) or last.parent is container:
            return
        line = last.parent
        text = _bounded_text(line, 160)
        while line.parent is not None and line.parent is not container and _bounded_text(line.parent, 160) == text:
            line = line.parent
        if not text or line.name not in ("p", "div", "span", "time"):
            return
        stamped = _CLOCK.search(text) or re.search(r"\b(?:published|updated|posted|modified)\b", text, re.I)
        if stamped and _stamp_only(text):  # a bare date may be a letter's own
            self.drop("date stamp", line)
            line.extract()

    def _label_line(self, tag: Tag) -> bool:
        """A short element over the headline in its box: a site's or section's link, a section's motto, not a photo."""
        if _has(tag, {"img", "picture", "figure", "video", "iframe", "table"}):
            return False
        text = _bounded_text(tag, 150)
        if text is None or (tag.name == "p" and len(text) > 80):
            return False
        return not any(len(p.get_text()) > 80 for p in tag.find_all("p"))

    def _drop_kickers(self, container: Tag, h1: Tag) -> None:
        """Short headings above the headline, with no text between (kas.de: <h4 class="…banner">Länderberichte</h4>,
        the series; npr.org's section): a kicker or a series label, not the report's first section."""
        kickers = []
        for tag in _tags(container, {*HEADINGS, "p"}):
            if tag is h1:
                break
            text = _bounded_text(tag, 80)
            if tag.name == "p":
                if text is None or len(text) > 80:
                    return
                continue
            if not text or len(text) > 60:
                return
            kickers.append(tag)
        for tag in kickers:
            self.drop("category label", tag)
            tag.extract()

    def _byline(self, container: Tag) -> tuple[str, list[str], date | None, int]:
        """The article's byline: the first byline-classed element or "By …" line that names someone, in the article
        (taken out of the body), else on the page. A byline-classed line that names nobody (the story's date line, a
        "CAIRO —" dateline, a photo credit) does not end the search; where it carries a date, that date is used."""
        page = self.soup.body or self.soup
        named = self._first_byline(container, naming=True)
        unnamed = self._date_line(container, named, anywhere=named is None)
        source = named or self._first_byline(page, naming=True) or self._hcard_byline(page) or unnamed or self._first_byline(page)
        if source is None:
            capitals = self._capital_byline(container)
            if capitals is not None:
                return capitals
            time = container.find("time", attrs={"datetime": True})
            if time is not None and time.parent is not None and len(squash_spaces(time.parent.get_text(" "))) < 120 and time.parent is not container:
                self.drop("byline", time.parent)
                when = _iso_date(_attr(time, "datetime"))
                time.parent.extract()
                return "", [], when, time.sourceline or 0
            return "", [], None, 0
        text = squash_spaces(source.get_text(" "))
        when = self._byline_time(source) or (self._line_date(unnamed) if unnamed is not None else None)
        beside = None
        if when is None and named is None:  # the byline above the article (its header): the date line beside it there
            beside = self._date_line(page, source, anywhere=False)
            when = self._line_date(beside) if beside is not None else None
        if when is None:  # Bloomberg: <address class="…byline">…</address><div class="…times"><time datetime=…>
            when = self._time_after(source)
        above = self._date_line(page, source, anywhere=False) if unnamed is None and beside is None else None  # al.com: over the article
        for line in (unnamed, beside, source, above):
            found = find_date(squash_spaces(line.get_text(" "))) if line is not None else None
            if found:
                self.shown_date = found[0]
                break
        names = self._byline_names(source, text)
        for taken in (named, unnamed):
            if taken is not None:
                self.drop("byline", taken)
                taken.extract()
        if named is not None or unnamed is not None:
            dateline = self._dateline(container)
            if dateline is not None:  # <p class="byline">By …</p><p class="timestamp"><time …></p>: the date's own line
                self.drop("byline", dateline)
                when = when or self._byline_time(dateline)
                dateline.extract()
        return text, names, when, source.sourceline or 0

    def _capital_byline(self, container: Tag) -> tuple[str, list[str], date | None, int] | None:
        """A newspaper's byline set in bold capitals at the head of the story's first paragraph, with no "By" and a line
        break after it ('<p><b>JANE ROE and TOM BELL</b><br><br>It will have to be …'): the authors, where each name is
        two to four words and one opens with a given name."""
        first = next((p for p in _tags(container, {"p"}) if p.get_text(strip=True)), None)
        lead = next((c for c in first.children if not (_is_text(c) and not c.strip())), None) if first is not None else None
        if not isinstance(lead, Tag) or lead.name not in ("b", "strong"):
            return None
        text = squash_spaces(lead.get_text(" "))
        after = [c for c in lead.next_siblings if not (_is_text(c) and not c.strip())]
        if not _CAPITAL_NAMES.match(text) or not after or not isinstance(after[0], Tag) or after[0].name != "br":
            return None
        names = [_capitalised(n) for n in re.split(r"\s*(?:,|\band\b|&)\s*", text, flags=re.I) if n]
        if not any(_given_name(n.split()[0]) for n in names) or not all(2 <= len(n.split()) <= 4 for n in names):
            return None
        if not any(_words_in(c.get_text(" ") if isinstance(c, Tag) else str(c)) for c in after):
            return None  # the paragraph is the names alone: a caption's or a box's, not the story's opening
        self.drop("byline", lead)
        for br in itertools.takewhile(lambda c: isinstance(c, Tag) and c.name == "br", after):
            br.extract()
        line = lead.sourceline or 0
        lead.extract()
        return text, names, None, line

    def _time_after(self, byline: Tag) -> date | None:
        """The time stamp in the short element right after the byline, before any text."""
        for sibling in byline.find_next_siblings(limit=2):
            if _bounded_text(sibling, 160) is None:
                return None
            time = sibling if sibling.name == "time" else sibling.find("time", attrs={"datetime": True})
            if time is not None:
                return _iso_date(_attr(time, "datetime"))
        return None

    def _date_line(self, container: Tag, named: Tag | None, anywhere: bool) -> Tag | None:
        """A byline-classed line that names nobody and carries the date ("Feb. 19, 2020 4 AM" in class=
        "ArticlePage-datePublished"), not a dateline opening a paragraph or a photo credit: above the article's text
        where the byline was found, anywhere in the article where it was not (a story's timestamp at its foot)."""
        names = {"p", "div", "span", "address", "time", "ul", "li", "section", "header", "em", "strong"}
        for tag in _tags(container, names):
            if not anywhere and tag.name == "p" and len(tag.get_text()) > 200:
                return None
            attrs = _attrs_text(tag)
            if not attrs or not _BYLINE.search(attrs) or _NOT_BYLINE.search(attrs) or tag.find_parent(["nav", "footer", "aside", "li"]) is not None:
                continue
            if named is not None and (tag is named or named in tag.parents or tag in named.parents):
                continue
            text = _bounded_text(tag, 120)
            if text and self._carries_date(tag) and not self._byline_names(tag, squash_spaces(text)):
                return tag
        return None

    def _byline_time(self, tag: Tag) -> date | None:
        time = tag if tag.name == "time" else tag.find("time")
        return _iso_date(_attr(time, "datetime") or time.get_text()) if time is not None else None

    def _line_date(self, tag: Tag) -> date | None:
        text = squash_spaces(tag.get_text(" "))
        found = find_date(text)
        return self._byline_time(tag) or (found[0] if found else None) or self._numeric_date(text)

    def _numeric_date(self, text: str) -> date | None:
        """A date line's "02/10/2020": day first on a page in British, Irish, Australian, Indian or New Zealand
        English or another language, month first in American English; either where one part is over 12."""
        match = re.search(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])", text)
        if match is None:
            return None
        first, second, year = (int(g) for g in match.groups())
        root = self.soup.find("html")
        lang = (_attr(root, "lang") or _attr(root, "xml:lang")).lower() if isinstance(root, Tag) else ""
        if first > 12 or (second <= 12 and lang and not lang.startswith("en-us") and lang != "en"):
            day, month = first, second
        elif second > 12 or lang.startswith("en-us"):
            day, month = second, first
        else:
            return None  # a page that does not say which English: the byline reading (month first) stands
        try:
            return date(year, month, day)
        except ValueError:
            return None

    def _carries_date(self, tag: Tag) -> bool:
        return self._line_date(tag) is not None

    def _byline_names(self, source: Tag, text: str) -> list[str]:
        """The people a byline names: its author links and author-name elements, else the names after "By", else
        the whole line where a byline or author element holds only a name ("JOE HILDEBRAND")."""
        names = []
        for person in source.find_all(True):
            if "author" in (person.get("rel") or []) or person.get("itemprop") == "author" or _AUTHOR_NAME_CLASS.search(_attr(person, "class")):
                # the name inside the author element, not the bio beside it (The Atlantic's <address itemprop="author">)
                inner = person.find(itemprop="name") or person.find("a", href=_AUTHOR_PAGE)
                names.extend(_people_in(_unlabelled(squash_spaces((inner if inner is not None else person).get_text(" ")))))
            elif person.name == "a" and _AUTHOR_PAGE.search(_attr(person, "href")):
                names.append(squash_spaces(person.get_text(" ")))
        if not names:  # '<p class="author vcard"><b class="fn">Jane Roe</b> Senior Correspondent</p>': hCard's name, not her post
            for person in source.find_all(class_=_HCARD_NAME):
                name = squash_spaces(person.get_text(" "))
                if any(_HCARD.search(_attr(card, "class")) for card in (person, *person.parents)) and not JOB_TITLE.search(" " + name):
                    names.extend(_people_in(name))
        if not names:  # "By …", and the same word in the other languages of think-tank pages: von, par, por, door
            by = re.compile(rf"\b{BY_WORDS}:?\s+(?=[A-Z])(.+)", re.I)
            # on the line of "By" (Chicago Tribune: "By Joe Davidson", the outlet and the time on lines of their own below)
            match = next((m for m in map(by.search, _by_over_its_name(_block_lines(source))) if m), None) or by.search(text)
            if match:  # a portal's 'Story by Jane Roe • 6h • 3 min read': the names before the stamps a bullet sets apart
                names = _split_names(_names_before_bullets(_CREDITS_JOINED.sub(" and ", match.group(1))))
        if not names and _BYLINE_OF_NAMES.search(_attrs_text(source)):
            first = re.split(r"\s+[/|·•]\s+", _without_label_lines(source, text), maxsplit=1)[
                0
            ]  # "Saibal Dasgupta / TNN / Updated: …": the name before the agency
            people = _people_of(first)  # "Steve Peoples, AP National Political Writer": the name before the post
            if all(_BARE_NAME.match(p) and not JOB_TITLE.search(" " + p) for p in people):
                names = people
        return [n for n in names if n]

    def _dateline(self, container: Tag) -> Tag | None:
        """A line above the article's text that is only a date: a <time> and at most a word such as "Updated"."""
        for time in container.find_all("time", limit=3):
            line = time.parent if time.parent is not None and time.parent is not container and time.parent.name in ("p", "div", "span") else time
            text = _bounded_text(line, 120)
            if not text or len(text) - len(squash_spaces(time.get_text(" "))) > 20:
                continue
            earlier = (p for p in line.find_all_previous("p", limit=40) if any(parent is container for parent in p.parents))
            if any(len(p.get_text()) > 80 for p in earlier):
                return None
            return line
        return None

    def _first_byline(self, root: Tag, naming: bool = False) -> Tag | None:
        """The outermost element with a byline's class (with naming, the first that names someone), else a short
        "By Name" line before the first long paragraph."""
        names = {"p", "div", "span", "address", "time", "a", "ul", "li", "cite", "section", "header", "em", "strong", *HEADINGS}
        for tag in _tags(root, names):
            attrs = _attrs_text(tag)
            if naming and tag.name == "p" and len(tag.get_text()) > 200 and squash_spaces(tag.get_text(" ")) not in self.descriptions:
                break  # the text has begun (a standfirst, the description given again, is not): a byline below is an inset's
            if not attrs or not _BYLINE.search(attrs) or _NOT_BYLINE.search(attrs):
                continue
            if tag.name == "a" and "author" not in (tag.get("rel") or []):
                continue
            if tag.find_parent(["nav", "footer", "aside", "li"]) is not None:
                continue
            text = _bounded_text(tag, 250)
            if text and _picture_credit(tag, text):
                continue  # 'Photograph by Jane Roe, Harbour Trust' in an author-classed block under a picture: its credit
            if text and naming and _BY_ALONE.fullmatch(text) and tag.parent is not None:
                line = _bounded_text(tag.parent, 250)  # Prospect: <span class="author-meta">By</span><a …>Duncan Bell</a>: its line names
                if line and self._byline_names(tag.parent, line):
                    return tag.parent
            if text and (not naming or self._byline_names(tag, squash_spaces(text))):
                return tag
        return self._by_name_line(root)

    def _hcard_byline(self, root: Tag) -> Tag | None:
        """An author's hCard where no byline names anyone ('<p class="author vcard"><b class="fn">Jane Roe</b> …'): the
        microformat's card of the page's author (a card of another class is a profile box, and no byline)."""
        for tag in root.find_all(class_=_HCARD):
            attrs = _attrs_text(tag)
            if (
                not _BYLINE_OF_NAMES.search(attrs)
                or re.search(r"bio|about|box|profile", attrs, re.I)
                or tag.find_parent(["nav", "footer", "aside", "li"])
            ):
                continue
            text = _bounded_text(tag, 250)
            if text and self._byline_names(tag, squash_spaces(text)):
                return tag
        return None

    def _by_name_line(self, root: Tag) -> Tag | None:
        """A short "By Name" (or "Written by: Name") line before the first long paragraph."""
        story_begun = sentence_above = False
        for tag in itertools.chain([root], _tags(root, {"p", "div", "address", "li", *HEADINGS})):
            loose = self._loose_by_run(tag) if tag.name in ("div", "article", "section") else None
            if loose is not None:
                return loose
            if tag is root:
                continue
            text = _bounded_text(tag, 200)
            if tag.name in HEADINGS and not _byline_heading(text or "", story_begun):
                continue  # a section's title ('By Land and Sea', 'By Grace Alone' under the story's text), no byline
            # a break's byline only before the story's first sentence: 'By Anna Holm<br>…' under the story's text is its own
            split = self._byline_before_break(tag) if tag.name == "p" and not story_begun and not sentence_above else None
            story_begun = story_begun or (tag.name == "p" and len((text or "").split()) >= _STORY_PARAGRAPH_WORDS)
            sentence_above = sentence_above or (tag.name == "p" and _STORY_SENTENCE_ABOVE.search(text or "") is not None)
            if split is not None:
                return split
            if text is None and tag.name == "p":
                return None
            over_name = self._by_over_name_paragraphs(tag) if text and tag.name == "p" and _BY_ALONE.fullmatch(text) else None
            if over_name is not None:
                return over_name
            if text and len(text) < 160 and _BY_NAMES.match(text) and tag.find(["p", "div"]) is None:
                if is_comment_header(text) and any(is_comment_header(_bounded_text(t, 200) or "") for t in tag.find_all_next(tag.name, limit=400)):
                    return None  # "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08" over the first of readers' comments: no byline
                if tag.name == "li" and (tag.find_parent(["nav", "aside", "footer"]) is not None or len(tag.find_previous_siblings("li")) > 2):
                    continue  # a teaser's byline in a list of stories; Investment Executive's meta list is short
                return tag
        return None

    def _byline_before_break(self, paragraph: Tag) -> Tag | None:
        """'<p>By Jane Roe<br>NAIROBI, Kenya — Harbour pilots …</p>': a byline set at the head of the story's first
        paragraph over a line break, the dateline and the story's text under it: the run before the break, wrapped in a
        <span> of its own so that it alone is read and taken out, the paragraph's text staying the story's. A paragraph
        that is the byline alone, or its names and date over a break ('By Jane Roe<br>May 4, 2024'), is read whole."""
        run: list[PageElement] = []
        rest: list[PageElement] = []
        for child in paragraph.children:
            if rest or (isinstance(child, Tag) and child.name == "br"):
                rest.append(child)
            elif isinstance(child, Tag) and child.name in BLOCKS:
                return None
            else:
                run.append(child)
        text = squash_spaces(" ".join(child.get_text(" ") if isinstance(child, Tag) else str(child) for child in run))
        after = squash_spaces(" ".join(child.get_text(" ") if isinstance(child, Tag) else str(child) for child in rest))
        if not run or not text or len(text) >= 160 or not _BY_NAMES.match(text) or len(after.split()) < _STORY_PARAGRAPH_WORDS:
            return None
        first = re.sub(rf"^.*?\b{BY_WORDS}:?\s+", "", text, count=1, flags=re.I).split()[0]
        if not (_given_name(first) or given_name_sex(first) is not None):
            return None  # 'By Christmas<br>the quays …': the story's own words, no writer's
        line = self.soup.new_tag("span")
        line.sourceline = paragraph.sourceline
        run[0].insert_before(line)
        for child in run:
            line.append(child.extract())
        for child in itertools.takewhile(lambda c: (isinstance(c, Tag) and c.name == "br") or (_is_text(c) and not c.strip()), rest):
            child.extract()
        return line

    def _by_over_name_paragraphs(self, by: Tag) -> Tag | None:
        """'By' in a paragraph of its own over the name's ('<p>By</p><p>Jane Roe</p>'), the post's under it or not
        ('<p>Staff Reporter</p>'): those paragraphs, wrapped in a <div> of their own so that they are read and taken out
        as one byline. None where the paragraph under 'By' is no person's name."""
        after = by.find_next_siblings(limit=2)
        name = _bounded_text(after[0], 80) if after and after[0].name == "p" else None
        first = name.split()[0] if name else ""
        if not name or not _BARE_NAME.match(name) or not (_given_name(first) or given_name_sex(first) is not None):
            return None
        post = after[1] if len(after) > 1 and after[1].name == "p" and post_alone(_bounded_text(after[1], 80) or "") else None
        byline = self.soup.new_tag("div")
        byline.sourceline = by.sourceline
        by.insert_before(byline)
        byline.extend([by, after[0], *([post] if post is not None else [])])
        return byline

    def _loose_by_run(self, block: Tag) -> Tag | None:
        """'by <span>Jane Roe</span>' as loose text opening a block, before its first paragraph (a CMS's article body, the
        byline set in it with no element of its own): that run, wrapped in a <span> of its own so that it can be taken out."""
        run: list[PageElement] = []
        for child in block.children:
            if isinstance(child, Tag) and (child.name in BLOCKS or child.name in ("p", "br", "img", "figure")):
                break
            run.append(child)
        if not run or len(run) == len(block.contents):
            return None  # nothing before a paragraph, or the whole block (a short one is read as a line already)
        text = squash_spaces(" ".join(child.get_text(" ") if isinstance(child, Tag) else str(child) for child in run))
        if not text or len(text) >= 160 or not _BY_NAMES.match(text):
            return None
        line = self.soup.new_tag("span")
        run[0].insert_before(line)
        for child in run:
            line.append(child.extract())
        return line

    def _check_meta(self) -> None:
        meta = self.meta
        if not meta.get("title"):
            self.problems.append(Problem(1, "no title found (no <h1>, og:title, citation_title, JSON-LD headline or <title>)"))
        if not meta.get("date"):
            self.problems.append(
                Problem(meta.get("title_line") or 1, "no publication date found (no JSON-LD datePublished, article:published_time or dated byline)")
            )
        if not meta.get("authors"):
            self.problems.append(Problem(meta.get("title_line") or 1, "no author found (no byline, meta author or JSON-LD author)"))

    # -- headings ---------------------------------------------------------------------------------------------------

    def _assign_levels(self, units: list[Unit]) -> None:
        headings = [u for u in units if u.kind == "heading"]
        levels = sorted({u.data["html_level"] for u in headings})
        for unit in headings:
            unit.level = 2 if unit.data["html_level"] == levels[0] else 3
        if len(levels) > 2:
            deeper = ", ".join(f"h{n}" for n in levels[2:])
            self.problems.append(Problem(headings[0].line, f"headings of {len(levels)} levels; {deeper} read as sub-sections like h{levels[1]}"))

    # -- links ------------------------------------------------------------------------------------------------------

    def link_url(self, href: str | None) -> str:
        href = re.sub(r"[\t\n\r]", "", (href or "").strip())
        href = _STRAY_MARK_BEFORE_ADDRESS.sub("", href)  # href=">https://…": the page's markup slip, the address after it
        if _ADDRESS_SCHEME.match(href):
            href = _STRAY_MARK_AFTER_ADDRESS.sub("", href)  # href="<https://…>": the slip's closing mark, no part of the address
        if not href or href.startswith("#"):
            return ""
        scheme = urlsplit(href).scheme.lower()
        if not scheme and self.base_url:
            href = urljoin(self.base_url, href)
            scheme = urlsplit(href).scheme.lower()
        if scheme not in ("http", "https", "mailto"):
            return ""
        return quote(href, safe="/:?#[]@!$&'*+,;=%~-._")


_STRAY_MARK_BEFORE_ADDRESS = re.compile(r"^[>\"'<\s]+(?=(?:https?|mailto):)", re.I)
_STRAY_MARK_AFTER_ADDRESS = re.compile(r"[>\"'<\s]+$")
_ADDRESS_SCHEME = re.compile(r"(?:https?|mailto):", re.I)
_TITLE_TAIL = re.compile(r"\s[|–—-]\s")  # 'Headline - Site Name': the site's name after the page title's last dash or bar
SITE_NAME_WORDS = 5
BLURB_REACH = 2  # the story's last paragraphs, where the site's words about itself close it
_SITE_SAYS = re.compile(r"\s(?:is|covers|brings|provides|was founded)\s")  # 'X is the region's leading …', 'X covers one topic'


# a CMS's excerpt cut at a set length, its link to the story after it: '… first reported by... Read more »'
_READ_MORE_TAIL = re.compile(r"(?:read more|continue reading|keep reading|read the full (?:story|article))\s*[»›→>]*\s*$", re.I)
_CUT_SENTENCE = re.compile(r"(?:\.{3}|…)\s*$")


def _without_read_more(description: str) -> str:
    """A description that ends on its 'Read more »' link, without it; where the excerpt stopped mid-sentence before it
    ('… in a statement, first reported by...'), its full sentences only, if it has one."""
    tail = _READ_MORE_TAIL.search(description)
    if tail is None:
        return description
    cut = description[: tail.start()].rstrip()
    if cut[-1:] not in '.…!?”"’)':
        return description  # '… what the ministry wants them to read more': the sentence's own words
    if not _CUT_SENTENCE.search(cut):
        return cut
    ends = [m.end() for m in _SENTENCE_END.finditer(cut)]
    return cut[: ends[-1]].rstrip() if ends else cut


LD_BODY_WORDS = 150  # JSON-LD articleBody shorter than this is a summary, not the article


def _words_in(text: str) -> int:
    return len(re.findall(r"\w+", text))


_PLACED = re.compile(
    r"(?:^|;)\s*(?:top|bottom)\s*:\s*-?[\d.]+%.*?(?:^|;)\s*(?:left|right)\s*:\s*-?[\d.]+%|(?:^|;)\s*(?:left|right)\s*:\s*-?[\d.]+%.*?(?:^|;)\s*(?:top|bottom)\s*:\s*-?[\d.]+%",
    re.I,
)


def _placed(tag: Tag) -> bool:
    return bool(_PLACED.search(_attr(tag, "style")))


def _chart_label(tag: Tag) -> bool:
    """A short text placed at a percentage of its box, among three or more such (an ai2html chart's axis labels and
    values, drawn over the chart's image): a label of a chart, not a line of the story."""
    if not _placed(tag) or len(tag.get_text(strip=True)) > 80 or tag.parent is None:
        return False
    return sum(1 for sibling in tag.parent.find_all(tag.name, recursive=False, limit=12) if _placed(sibling)) >= 3


def _emphasised(tag: Tag) -> bool:
    """Every word of the element set in bold or italics (<strong>, <b>, <em>, <i>)."""
    texts = [n for n in _nodes(tag) if _is_text(n) and n.strip()]
    return bool(texts) and all(any(p.name in ("strong", "b", "em", "i") for p in n.parents if p is not tag and tag in p.parents) for n in texts)


_CLOCK = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?", re.I)
_STAMP_WORDS = re.compile(
    r"\b(?:first\s+)?(?:published|updated|posted|modified|last|on|at|date|time)\b|[—–|·•,:/-]"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?",  # "10:48, Tue, Nov 19, 2019"
    re.I,
)


def _stamp_only(text: str) -> bool:
    """A line of dates and clock times with at most the words of a stamp ("Published", "Updated … at")."""
    rest, dated = text, False
    for _ in range(4):
        found = find_date(rest)
        if found is None:
            break
        dated = True
        rest = rest[: found[1].start()] + " " + rest[found[1].end() :]
    timed = bool(_CLOCK.search(rest))
    rest = _STAMP_WORDS.sub(" ", _CLOCK.sub(" ", rest))
    return (dated or timed) and not rest.strip()


HEADING_DATE_WORDS = 4  # words of the heading's own beside its date: a deck's sentence, not a dated title


def _dates_out_of_headings(container: Tag) -> None:
    """A date set in its own element inside a heading, after or before its words (a magazine's deck, `<h2>… How did it
    happen?<span class="deck__date">Tuesday, 11 April 2023</span></h2>`): a date line of its own, moved out after the
    heading, so that the deck is read without it (never glued to its last word) and the date as the page's date line."""
    for heading in container.find_all(["h2", "h3", "h4", "h5", "h6"]):
        parts = [c for c in heading.children if isinstance(c, Tag) or (_is_text(c) and c.strip())]
        if len(parts) < 2:
            continue
        for part in (parts[-1], parts[0]):
            if not isinstance(part, Tag) or part.name not in ("span", "time", "small", "div", "p"):
                continue
            dated = part.name == "time" or re.search(r"date|time|stamp|published", _attrs_text(part), re.I)
            text = _bounded_text(part, 80)
            if not dated or not text or not _stamp_only(text):
                continue
            if len(squash_spaces(heading.get_text(" ")).split()) - len(text.split()) < HEADING_DATE_WORDS:
                continue
            heading.insert_after(part.extract())
            if part.name != "time":
                part.name = "div"  # a line of its own, as the page shows it
            break


_SOCIAL = re.compile(
    r"^https?://(?:www\.)?(?:facebook|twitter|x|instagram|pinterest|linkedin|youtube|tiktok|threads|bsky|flipboard|snapchat)\.\w+/"
    r"|^https?://(?:itunes|podcasts)\.apple\.com/|^https?://t\.me/",
    re.I,
)


def _social_list(tag: Tag) -> bool:
    """A list of three links or more, all but one to the site's accounts on a network (not a post: no /status/): HuffPost's
    follower counts under the story ("1.94 M" to facebook.com/…, …, "Add us on Snapchat")."""
    items = tag.find_all("li", recursive=False)
    if len(items) < 3:
        return False
    social = 0
    for item in items:
        links = item.find_all("a", limit=2)
        if len(links) != 1:
            return False
        href = _attr(links[0], "href")
        social += bool(_SOCIAL.match(href)) and not re.search(r"/status/|/posts?/|/p/", href)
    return social >= len(items) - 1


# a description cut at a word count, marked so: 'dans...', 'dans…', and in brackets as French sites write it, 'dans (...)'
TEASER_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\(\s*(?:\.\.\.|…)\s*\))\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’)]?\s*$")
_FIGURE = re.compile(r"^[\d][\d,.\s%+-]*$")


def _figures_box(tag: Tag) -> bool:
    """A box of counters (NDTV's coronavirus tracker: "28,25,140" "Cases" …, then its table of states): no paragraph of
    text or figure, a dozen short texts or more outside its tables, at least eight of them and two in five only figures."""
    if _has(tag, {"figure"}) or any(len(p.get_text()) > 200 for p in tag.find_all("p")):
        return False
    texts: list[str] = []
    stack = list(tag.contents)
    while stack:
        node = stack.pop()
        if _is_text(node) and node.strip():
            texts.append(node.strip())
        elif isinstance(node, Tag) and node.name != "table":
            stack.extend(node.contents)
    figures = sum(1 for t in texts if _FIGURE.match(t))
    return len(texts) >= 12 and figures >= 8 and figures >= 0.4 * len(texts)


_TAB_LABELS = frozenset(
    ("latest", "popular", "most popular", "most read", "most viewed", "most shared", "trending", "recent", "top stories", "editor's picks")
)
_CREDIT_ALONE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s*(?:THE\s+)?(?:ASSOCIATED PRESS|AP|AFP|REUTERS|GETTY IMAGES|EPA|BLOOMBERG)$"
)  # a photographer and the agency in capitals: "Jane Roe, ASSOCIATED PRESS"


def _picture_credit(tag: Tag, text: str) -> bool:
    """A picture's credit in a byline-classed block: worded as one ("Photograph by …", naming no writer) and set in the
    picture's box (inside its figure or <picture>, or in a small box holding the picture). A credit-worded line elsewhere
    ("Photographs by Jane Roe" over a photo essay) is left to the byline reader."""
    if not _PICTURE_CREDIT_OPENING.match(text) or _WRITER_TOO.search(text):
        return False
    if tag.find_parent(["figure", "picture"]) is not None:
        return True
    for box in itertools.islice(tag.parents, 3):
        if box.name in ("article", "main", "body"):
            break
        if box.find(["img", "picture", "figure"]) is not None:
            return len(box.get_text(" ", strip=True)) <= PICTURE_BOX_CHARACTERS
    return False


def _credit_of_no_picture(tag: Tag) -> bool:
    """A photo's credit set as a paragraph of the story's text, away from any picture (none in it, in its figure or just
    before it): the credit of a picture the page shows elsewhere, no sentence of the story."""
    if tag.find_parent(["figure", "figcaption"]) is not None or tag.find(["img", "picture"]) is not None:
        return False
    before = tag.find_previous_sibling()
    return before is None or (before.name not in VOID and before.name != "figure" and before.find(["img", "picture"]) is None)


_LETTER = re.compile(r"[^\W_]")


# a section's number opening a heading: '3.1 Reduce use of …', '2. Background', '4.2.1. Costs' (a deck's '3.5 million
# homes …' goes on in lower case)
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}\.)+\d{0,2}\s+[A-Z]")


def _section_numbered(tag: Tag, text: str) -> bool:
    """A heading numbered as a section, in its words or in an element of its own before them (Pandoc's, bookdown's and
    Quarto's `<span class="header-section-number">5.1</span> Discourage …`): a section's title, never a standfirst."""
    return bool(_SECTION_NUMBER.match(text) or (_number_apart(tag) and len(text.split()) > 1))


def _number_apart(heading: Tag) -> str:
    """The section's or chapter's number a heading sets in an element of its own before its words (`<span
    class="header-section-number">5.1</span>`, Quarto's `<span class="chapter-number">6</span>` inside its title's
    span), else ""."""
    first = next((t for t in heading.find_all(string=True) if _is_text(t) and t.strip()), None)
    holder = first.parent if first is not None else None
    if holder is None or holder is heading:
        return ""
    number = holder.get_text(strip=True).rstrip(".")
    return number if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", number) else ""


# a pull quote set in a heading's type: a whole sentence in quotation marks, its stop inside the closing mark, maybe a dash
# credit after it ('“We will not go back.”', '“The fares are too high.” — Ida Lund'); a quoted phrase with no stop ('‘Not an
# innocent port’') is a news story's subhead (headings.quoted_subheads)
PULL_QUOTE_HEADING = re.compile(r"^[“\"‘](?P<words>[^“”\"]{2,300}?[.!?…])\s*[”\"’](?P<credit>\s*[—–-]+\s*\S.{0,80})?$")
PULL_QUOTE_LEVELS = ("h4", "h5", "h6")  # the small headings a pull quote is set in; larger ones only with a dash credit


def _pull_quote_heading(tag: Tag) -> bool:
    """A heading that is a pull quote (PULL_QUOTE_HEADING): in a small heading's type, or credited to a person (a name,
    maybe a comma and a post) in any but the title's."""
    found = PULL_QUOTE_HEADING.match(squash_spaces(_bounded_text(tag, 400) or "").strip())
    if found is None:
        return False
    if found.group("credit") is None:
        return tag.name in PULL_QUOTE_LEVELS
    credited = found.group("credit").strip().lstrip("—–-").strip().split(",", 1)[0].strip()
    return _is_person_name(HONORIFIC.sub("", credited))  # '– Jane Roe, harbour master'; '- a timeline' is a heading's subtitle


def _sentence_heading(tag: Tag) -> bool:
    """A heading of twenty-five words or more that ends a sentence: a paragraph set in a heading's type, not a section's title."""
    text = _bounded_text(tag, 600) or ""
    return len(text.split()) >= 25 and bool(_ENDS_SENTENCE.search(text))


_WEATHER_ICON = re.compile(
    r"^(?:mostly |partly )?(?:sunny|cloudy|clear|overcast|rain|rainy|showers|drizzle|snow|snowy|sleet|fog|foggy|mist|haze|hazy|windy|storms?|thunderstorms?)$",
    re.I,
)


def _weather(tag: Tag) -> bool:
    """A city's name (and its temperature) beside an icon whose alt text is the weather: a weather strip's cell."""
    icons = [img for img in tag.find_all("img") if _WEATHER_ICON.match(str(img.get("alt") or "").strip())]
    return bool(icons) and len((_bounded_text(tag, 60) or "").split()) <= 4


def _email_footer(tag: Tag) -> bool:
    return furniture_kind(_bounded_text(tag, 600) or "") == "e-mail footer"


def _signup_heading(tag: Tag) -> bool:
    """A heading of one to three words that asks for a sign-up ('Subscribe', 'Sign up'), not a story's section."""
    text = _bounded_text(tag, 40) or ""
    return 0 < len(text.split()) <= 3 and furniture_kind(text) == "sign-up form"


def _tab_list(tag: Tag) -> bool:
    """A sidebar's tabs ('Latest', 'Popular', 'Most read'): a list of two to five links, each a tab's label."""
    items = [li for li in tag.find_all("li", recursive=False)]
    labels = [squash_spaces(li.get_text(" ")).strip().lower() for li in items]
    return 2 <= len(items) <= 5 and all(label in _TAB_LABELS for label in labels) and all(li.find("a") is not None for li in items)


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or tag.get("aria-hidden") == "true" or bool(_HIDDEN_CLASS.search(_attr(tag, "class")))


SUBTITLE_WORDS = 8  # a subtitle completing the headline: "Life, Liberty, and the Pursuit of Terrorists"
_NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")


DEK_WORDS = 6  # a dek under the byline heading is a sentence, of this many words at least


def _written_in_lower_case(text: str, container: Tag) -> bool:
    """Whether the page's text writes one of the heading's words in lower case ('findings'), as it never writes a name's."""
    page = container.get_text(" ")
    return any(re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", page) for word in re.findall(r"[A-Z][a-z’'-]+", text))


def _name_heading(text: str, any_given_name: bool = False) -> bool:
    """A heading that is a byline: one or two persons' names alone, "By" before them at most ("Jane Roe, Jr.")."""
    text, by = re.subn(r"^by\s+", "", text.strip(), flags=re.I)
    parts = re.split(r"\s+and\s+|\s*&\s*", text)
    names = [_NAME_SUFFIX.sub("", name) for name in parts]
    marked = bool(by) or any(_NAME_SUFFIX.search(name) for name in parts)  # "By …", "…, Jr.": a person's, whatever the given name
    marked = marked or any_given_name
    return len(names) <= 2 and all(
        _BARE_NAME.match(name) and (marked or _given_name(name.split()[0])) and not JOB_TITLE.search(" " + name) and not name.isupper()
        for name in names
    )


def _byline_heading(text: str, story_begun: bool = False) -> bool:
    """A "By Name" line set in heading type ('<h4>By Jane Roe | 12/10/2020</h4>', a WordPress theme's): in that form,
    its date after a separator, or before the story's first paragraph; each name a person's of two words or more
    (bylines.byline_in_body, which refuses 'By Land and Sea'), so that a section's 'By Grace Alone' stays a section."""
    stamped = _BYLINE_STAMP.search(text)
    names = byline_in_body(text[: stamped.start()] if stamped else text)
    return bool(names) and all(len(name.split()) >= 2 for name in names) and (stamped is not None or not story_begun)


_BYLINE_STAMP = re.compile(r"\s[|–—-]\s*\S*\d")  # 'By Jane Roe | 12/10/2020': the date after the name
_STORY_PARAGRAPH_WORDS = 10  # a paragraph of the story's, not a dateline or a kicker over it
_STORY_SENTENCE_ABOVE = re.compile(r"^(?=\S+\s+\S+\s+\S).*\b[a-z]+\b.*[a-z][.!?][\"”’]?$")  # a short paragraph's sentence: 'The board met.'"


def _given_name(word: str) -> bool:
    """A person's given name ("Stuart", "Helen") or an initial ("J."): what a heading of two capitalised words that is a
    name opens with, and "Recent Findings" does not."""
    return bool(re.fullmatch(r"[A-Z]\.", word)) or listed_given_name(word)


_TITLE_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "upon", "with"}


def _spelled_headline(h1: Tag, page_title: str) -> str:
    """An <h1> set in capitals over two lines, a document's part and its title ('CHAPTER 8<br/>CONCLUSIONS AND
    RECOMMENDATIONS'): 'Chapter 8: Conclusions and Recommendations', a line the <title> spells ('… | Chapter 8') as it
    spells it, the others in title case. Else ''."""
    lines = [squash_spaces(line) for line in h1.get_text("\n").split("\n") if line.strip()]
    if len(lines) != 2 or not _in_capitals(" ".join(lines)) or not PART_LABEL.match(lines[0]):
        return ""
    parts = {part.strip().casefold(): part.strip() for part in re.split(r"\s[|–—:-]\s", page_title)}

    def spelled(line: str) -> str:
        if line.casefold() in parts:
            return parts[line.casefold()]
        words = _capitalised(line).split()
        return " ".join(w.lower() if 0 < i < len(words) - 1 and w.lower() in _TITLE_SMALL else w for i, w in enumerate(words))

    return f"{spelled(lines[0])}: {spelled(lines[1])}"


def _headline_text(h1: Tag) -> str:
    """A headline's words as shown, each element's apart (as get_text(" ") gives them), except a letter set in an element
    of its own inside a word (a drop cap, a hand-drawn letter: 'Model <span>W</span>ars'), which stays in its word."""
    pieces: list[tuple[str, bool]] = []  # each string, and whether it is one letter in an element of its own
    for element in h1.descendants:
        if isinstance(element, Tag) and element.name == "br":
            pieces.append((" ", False))
        elif isinstance(element, NavigableString) and not isinstance(element, CData) and type(element) is NavigableString:
            text = str(element)
            pieces.append((text, element.parent is not h1 and len(text) == 1 and text.isalpha()))
    shown = ""
    for index, (text, letter) in enumerate(pieces):
        glued = index and (letter or pieces[index - 1][1]) and not shown[-1:].isspace() and not text[:1].isspace()
        shown += text if glued or not shown else " " + text
    return shown


def _chapter_headline(h1: Tag, headline: str, page_title: str) -> tuple[str, str]:
    """An online book's chapter page (bookdown, Quarto, Pandoc: `<h1><span class="header-section-number">5</span>
    Discussion</h1>` under `<title>5 Discussion | The Book's Name</title>`): the chapter's title without the number set
    apart from its words, `Chapter 5: Discussion` where the `<title>` names the book, and the book's name (else "")."""
    number = _number_apart(h1)
    if not number or not headline.startswith(number):
        return headline, ""
    words = headline[len(number) :].strip(" .:")
    if not words:
        return headline, ""
    parts = [part.strip() for part in re.split(r"\s[|–—]\s", page_title)]
    named = len(parts) > 1 and squash_spaces(parts[0]).casefold() in (headline.casefold(), words.casefold())
    book = " | ".join(parts[1:]) if named else ""
    return (f"Chapter {number}: {words}" if book and "." not in number else words), book


def _h1_headline(h1: Tag, page_title: str = "") -> str:
    """The headline an <h1> shows: where it marks its headline (itemprop="headline") beside a rubric, the marked part."""
    whole = squash_spaces(_headline_text(h1))
    spelled = _spelled_headline(h1, page_title)
    if spelled:
        return spelled
    marked = h1.find(True, attrs={"itemprop": "headline"})
    if isinstance(marked, Tag) and marked is not h1:
        own = squash_spaces(marked.get_text(" "))
        if own and own != whole and len(own.split()) >= 3:
            return own
    return whole


# the keys of the page's head that give its headline apart from the <h1>
_GIVEN_TITLES = ("citation_title", "ld_headline", "og:title", "twitter:title", "title")
# 'Local News | ' opening an <h1>: a few words and a bar, the section's label a theme sets inside the headline's element
_SECTION_LABEL = re.compile(r"^[^|]{1,40}?\s\|\s+(?=\S)")


def _without_section_label(headline: str, given: list[str], raw: list[str]) -> str:
    """An <h1> opening on its section's label and a bar ('Local News | Mayor opens the bridge', MediaNews Group's
    WordPress theme, `<div class="entry-section">` in the <h1>), where the page's metadata (the site's name cut off)
    give the headline without that label and none gives it with the label as it stands, before any cut: the headline
    without it. A bar the metadata keep ('Jane Roe | 1948–2023', a title's cut to one part) is the headline's own."""
    match = _SECTION_LABEL.match(headline)
    if match is None:
        return headline
    rest = headline[match.end() :]
    kept = any(_same_headline(headline, title) or title.casefold().strip().startswith(headline.casefold().strip()) for title in raw)
    if any(_same_headline(rest, title) for title in given) and not kept:
        return rest
    return headline


_INVERTED_NAME = re.compile(r"^([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?),\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})$")


def _uninverted(name: str) -> str:
    """A scholarly page's citation_author written surname first ("You, Xiaoying"): the name as a byline writes it."""
    match = _INVERTED_NAME.match(name.strip())
    return f"{match.group(2)} {match.group(1)}" if match else name


def _same_headline(shown: str, given: str) -> bool:
    """The headline a page shows and one its metadata give are the same: equal, or the metadata's cut short with "…"."""
    shown, given = shown.casefold().strip(), given.casefold().strip()
    cut = re.sub(r"\s*(?:\.{3}|…)$", "", given)
    return bool(shown) and (shown == given or (cut != given and len(cut) >= 20 and shown.startswith(cut)))


def _rewords(shown: str, given: str) -> bool:
    """The headline a page shows is the metadata's in other words: four words or more, nearly all of them in it."""
    own = re.findall(r"\w+", shown.casefold())
    theirs = set(re.findall(r"\w+", given.casefold()))
    return len(own) >= 4 and sum(w in theirs for w in own) >= 0.75 * len(own)


_FROM_SITE = re.compile(r"\s*\(\s*from\s+(?:the\s+)?[A-Z][^()]{1,60}?\s*\)$")


def _strip_site(title: str, site: str) -> str:
    """'Report title | Site name' -> 'Report title'; a dash tail only when it is the site's name."""
    title = squash_spaces(title)
    syndicated = _FROM_SITE.sub("", title)  # 'Ministers face dilemma (from The Herald )': the paper the page serves it from
    title = syndicated if len(syndicated) >= 10 else title
    if site and title.lower().endswith(site.lower()) and len(title) > len(site) + 3:
        cut = title[: -len(site)].rstrip()
        stripped = re.sub(r"\s*(?:\||::|»|·|-|–|—|:)\s*$", "", cut)
        if stripped != cut:
            return stripped
    parts = _SITE_TAIL.split(title)
    if len(parts) > 1:
        return max(parts[:-1], key=len) if len(parts) > 2 else parts[0]
    return title


NAMES_LINES_MIN = 3
# a name, maybe an affiliation after a comma: 'Jane Roe', 'John Doe, Nordland University', 'Ann de Wit, writer'
_NAME_LINE = re.compile(
    r"^(?:[A-Z][\w’'.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'.-]+|[A-Z]\.|de|van|von|der|den|al|bin|da|du|del|la|le|el)){1,4}"
    r"(?:,\s*[^,!?;:]{2,80}){0,3}$"
)
NAMES_SHARE = 0.9  # a few lines of another shape among them ('Ambassador Jane Roe, ret.'): still the list


def _lines_of_names(block: Tag) -> bool:
    """A block of lines parted by <br>, three or more, nearly each a person's name (an affiliation after a comma or not):
    a letter's signatories or a panel's members, a line each. Lines of a sentence broken by <br> are no such list."""
    lines: list[str] = [""]
    for node in block.descendants:
        if isinstance(node, Tag) and node.name == "br":
            lines.append("")
        elif isinstance(node, NavigableString) and type(node) is NavigableString:
            lines[-1] += str(node)
    lines = [squash_spaces(line) for line in lines if line.strip()]
    return len(lines) >= NAMES_LINES_MIN and sum(1 for line in lines if _NAME_LINE.match(line)) >= NAMES_SHARE * len(lines)


class _Walker:
    """Turns the article's elements into Units with Markdown text, in document order."""

    JOINING = frozenset({"heading", "bullet", "inline", "caption"})

    def __init__(self, reader: _Reader):
        self.reader = reader
        self.units: list[Unit] = []
        self.buf: list[str] = []
        self.keys: list[str] = []
        self.line = 0
        self.ctx: list[tuple[str, dict[str, Any]]] = [("paragraph", {})]
        self.flushes = 0
        self.after_br = False
        self.linkify = False
        self.list_depth = 0
        self.names_blocks: dict[int, bool] = {}  # whether a block's lines, parted by <br>, are names (see _lines_of_names)

    # -- output -----------------------------------------------------------------------------------------------------

    def add(self, markdown: str, node: PageElement) -> None:
        if not self.line:
            self.line = _line_of(node)
        self.buf.append(markdown)
        self.after_br = False

    def text(self, string: str, node: PageElement) -> None:
        string = string.replace("\xa0", " ")
        if not string.strip():
            if self.buf and not self.buf[-1].endswith(" "):
                self.buf.append(" ")
            return
        pieces = ADDRESS_IN_TEXT.split(string) if self.linkify else [string]
        urls = ADDRESS_IN_TEXT.findall(string) if self.linkify else []
        out = []
        for number, piece in enumerate(pieces):
            escaped = escape_markdown("a" + piece)[1:]
            if self.reader.note_keys:
                escaped = _PLAIN_MARKER.sub(self._plain_marker, escaped)
            out.append(escaped)
            if number < len(urls):
                url = urls[number]
                out.append(f"[{escape_markdown('a' + url)[1:]}]({self.reader.link_url(url)})")
        self.add("".join(out), node)

    def _plain_marker(self, match: re.Match[str]) -> str:
        key: str = match.group("key")
        if key in self.reader.note_keys:
            self.keys.append(key)
            return f"[^{key}]"
        return str(match.group(0))

    def ref(self, keys: list[str], node: PageElement) -> None:
        for key in keys:
            self.keys.append(key)
            self.reader.cited.setdefault(key, _line_of(node))
            self.add(f"[^{key}]", node)

    def flush(self) -> None:
        self.flushes += 1
        text = squash_spaces("".join(self.buf))
        keys = self.keys
        self.buf, self.keys, line = [], [], self.line
        self.line = 0
        self.after_br = False
        if not text:
            return
        kind, data = self.ctx[-1]
        if kind == "inline":
            self.rendered.append((text, keys))
            return
        text = _escape_start(text)
        data = dict(data, markdown=True, note_keys=keys)
        unit_kind = {"caption": "paragraph"}.get(kind, kind)
        # a <blockquote> too (some themes set the credit so): the reader leaves it to be made the editors' note here
        credit = _repost_credit_line(text) if unit_kind in ("paragraph", "quote") and not keys else None
        if credit is not None:
            text, unit_kind = credit, "editorial"  # 'Courtesy of Harbour News' over the story: the editors' note, never its text
        self.units.append(Unit(line or 1, text, unit_kind, 0, data))

    def _in_lines_of_names(self, br: Tag) -> bool:
        block = next((p for p in br.parents if p.name in BLOCKS or p.name in ("p", "td", "th", "li")), None)
        if block is None:
            return False
        known = self.names_blocks.get(id(block))
        if known is None:
            known = self.names_blocks[id(block)] = _lines_of_names(block)
        return known

    def render(self, tag: Tag, linkify: bool = False) -> tuple[str, list[str]]:
        """The Markdown of an element's content on one line, and the note keys it cites."""
        self.ctx = [("inline", {})]
        self.rendered: list[tuple[str, list[str]]] = []
        self.linkify = linkify
        self.walk(tag, 0)
        self.flush()
        text = " ".join(t for t, _ in self.rendered)
        return text, [k for _, keys in self.rendered for k in keys]

    # -- walking ----------------------------------------------------------------------------------------------------

    def walk(self, element: Tag, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.flat(element)
            return
        for child in element.children:
            if isinstance(child, Tag):
                self.tag(child, depth + 1)
            elif _is_text(child):
                self.text(str(child), child)

    def flat(self, element: Tag) -> None:
        """Too deep to walk: text and note references, a new paragraph at each block."""
        for node in element.descendants:
            if isinstance(node, Tag):
                if node.name in BLOCKS and self.ctx[-1][0] not in self.JOINING:
                    self.flush()
            elif _is_text(node) and not any(p.name in SCRIPTS for p in itertools.islice(node.parents, 3)):
                self.text(str(node), node)

    def block(self, tag: Tag, depth: int, kind: str | None = None, data: dict[str, Any] | None = None) -> None:
        if self.ctx[-1][0] in self.JOINING and kind is None:
            self.text(" ", tag)
            self.walk(tag, depth)
            self.text(" ", tag)
            return
        self.flush()
        if kind is not None:
            self.ctx.append((kind, data or {}))
        self.line = 0
        self.walk(tag, depth)
        self.flush()
        if kind is not None:
            self.ctx.pop()

    def tag(self, tag: Tag, depth: int) -> None:
        name = tag.name
        keys = self.reader.note_ref(tag) if name in ("a", "sup") else None
        if keys:
            self.ref(keys, tag)
            return
        if name == "br":
            if self.after_br and self.ctx[-1][0] not in self.JOINING:
                self.flush()
            elif self.ctx[-1][0] == "paragraph" and self._in_lines_of_names(tag):
                self.flush()  # a letter's signatories, one a line: a line each, never run together
            elif self.ctx[-1][0] == "paragraph" and _ENDS_SENTENCE.search("".join(self.buf[-3:])) and sum(map(len, self.buf)) >= 200:
                self.flush()  # The Times of India: a story's paragraphs parted by one <br> each in one <div>
            else:
                self.text(" ", tag)
                self.after_br = True
            return
        if name in VOID or name in SCRIPTS or name in EMBEDS:
            return
        if name == "x-dossier-embed":
            self.embed(tag)
            return
        if name == "hr":
            if self.ctx[-1][0] not in self.JOINING:
                self.flush()
            return
        current = self.ctx[-1][0]
        if name in HEADINGS:
            if current in self.JOINING or current == "quote" or _bounded_text(tag, MAX_HEADING) is None:
                self.block(tag, depth)  # a "heading" as long as a paragraph (a series blurb set in <h3>) is read as one
            else:
                self.block(tag, depth, "heading", {"html_level": int(name[1])})
        elif name == "blockquote":
            if current in self.JOINING:
                self.block(tag, depth)
            else:
                self.block(tag, depth, "quote", {})
        elif name in LISTS:
            self.list(tag, depth)
        elif (
            name == "figure"
            or (name == "div" and re.search(r"wp-caption|\bcaption\b|image-?block|figure", _attrs_text(tag), re.I) and tag.find("img"))
            or (
                name == "div"
                and _PHOTO_BOX.search(_attrs_text(tag))
                and tag.find("img")
                and tag.find(class_=_CAPTION_CLASS)
                and len(tag.find_all("img", limit=2)) == 1
            )
            or (name == "div" and (_picture_box(tag) or _picture_with_caption_divs(tag)))
        ):
            self.figure(tag, depth)
        elif name == "table":
            self.table(tag, depth)
        elif name == "a":
            self.link(tag, depth)
        elif name in BLOCKS:
            self.block(tag, depth)
        else:
            self.walk(tag, depth)

    def link(self, tag: Tag, depth: int) -> None:
        url = self.reader.link_url(_attr(tag, "href"))
        start, flushes, linkify = len(self.buf), self.flushes, self.linkify
        self.linkify = self.linkify and not url
        self.walk(tag, depth)
        self.linkify = linkify
        if not url or self.flushes != flushes:
            return
        inner = "".join(self.buf[start:])
        label = squash_spaces(inner)
        if not label:
            return
        lead = " " if inner[:1].isspace() else ""
        tail = " " if inner[-1:].isspace() else ""
        self.buf[start:] = [f"{lead}[{label}]({url}){tail}"]

    def list(self, tag: Tag, depth: int) -> None:
        current, data = self.ctx[-1]
        if current in ("heading", "inline", "caption"):
            self.block(tag, depth)
            return
        self.flush()
        ordered = tag.name == "ol"
        try:
            number = int(_attr(tag, "start") or 1)
        except ValueError:
            number = 1
        in_quote = current == "quote" or (current == "bullet" and data.get("in_quote"))
        self.list_depth += 1
        for child in tag.children:
            if isinstance(child, Tag) and child.name in LISTS:
                self.list(child, depth + 1)
                continue
            if isinstance(child, NavigableString) and not (_is_text(child) and child.strip()):
                continue
            if isinstance(child, Tag) and child.name == "li" and _attr(child, "value").strip().isdigit():
                number = int(_attr(child, "value"))
            item: tuple[str, dict[str, Any]]
            if in_quote:
                item = ("quote", {"list_item": True})
            else:
                item = ("bullet", {"ordered": ordered, "depth": self.list_depth - 1} | ({"number": number} if ordered else {}))
            self.ctx.append(item)
            self.line = 0
            if isinstance(child, Tag):
                self.walk(child, depth + 1)
            else:
                self.text(str(child), child)
            self.flush()
            self.ctx.pop()
            number += 1
        self.list_depth -= 1

    def _credit_line(self, caption: Tag) -> None:
        """A caption's last line that is one link alone, after a <br> (`The Zimmermann Telegram<br><a>Wikimedia
        Commons</a>`): the picture's credit, marked so that the figure gives it as one."""
        breaks = caption.find_all("br")
        if not breaks:
            return
        after = [n for n in breaks[-1].next_siblings if isinstance(n, Tag) or (_is_text(n) and n.strip())]
        before = [n for n in breaks[-1].previous_siblings if (isinstance(n, Tag) and n.name != "br") or (_is_text(n) and n.strip())]
        if len(after) == 1 and isinstance(after[0], Tag) and after[0].name == "a" and after[0].get_text(strip=True) and before:
            after[0]["class"] = "credit"

    def figure(self, tag: Tag, depth: int) -> None:
        lazy = tag.find(_lazy_image) if tag.find(["img", "picture"]) is None else None  # its <img> was in a <noscript>
        boxed = tag.name == "div" and _picture_box(tag)
        plain = (tag.find(["blockquote", "table"]) is not None and not boxed) or (tag.find(["img", "picture"]) is None and lazy is None)
        if tag.name == "figure" and _VIDEO_FIGURE.search(_attrs_text(tag)) and tag.find(["x-dossier-embed", "blockquote", "table"]) is None:
            # a video's figure, its script's player left out ('media player') or shown by its poster: its caption is the
            # video's, said as a shown embed's is, never a paragraph of the story nor a picture's caption
            caption_el = tag.find("figcaption") or tag.find(class_=re.compile(r"caption", re.I))
            video = Tag(name="x-dossier-embed", attrs={"video": "1", "title": ""})
            video.sourceline = tag.sourceline
            self.embed(video, _Walker(self.reader).render(caption_el)[0] if caption_el is not None else "")
            return
        if plain and tag.find("x-dossier-embed") is None:
            self.block(tag, depth)
            return
        self.flush()
        caption_el = (
            tag.find("figcaption")
            or tag.find(class_=re.compile(r"caption", re.I))
            or (tag.find(["p", "blockquote", *_ITALIC_CAPTION]) if boxed else None)
        )
        if boxed and caption_el is not None:
            self._credit_line(caption_el)
        credits = []
        caption_words = ""
        if caption_el is not None:
            for credit_el in caption_el.find_all(
                class_=re.compile(r"credit|copyright|attribution|source|photographer|byline", re.I)
            ) + caption_el.find_all(["small", "cite"]):
                if credit_el.find(class_=_CAPTION_CLASS) is not None:
                    continue  # a box around the caption and its credit ("_pattribution-w-auto"): the credit is inside it
                if credit_el.parent is not None:
                    label = _Walker(self.reader).render(credit_el)[0]
                    if _CREDIT_LABEL.match(label):  # <span class="copyright-label">Credit:</span> DESMOND KWANDE/ AFP
                        following = [node.extract() for node in list(credit_el.next_siblings)]
                        rest = squash_spaces(" ".join(n.get_text(" ") if isinstance(n, Tag) else str(n) for n in following))
                        label = f"{label} {escape_markdown(rest)}" if rest else ""
                    distributor = _distributor_after(credit_el)
                    if distributor and label:
                        label = f"{label}/{escape_markdown(distributor)}"  # 'Photo by Jane Roe' /'Harbour News': one credit
                    credits.append(label)
                    credit_el.extract()
        for credit_el in tag.find_all(class_=re.compile(r"credit|copyright|attribution", re.I)):
            worded = _captioned_credit(credit_el) if caption_el is None and credit_el.parent is not None else None
            if worded is not None:  # the caption and its credit in the credit's block: each in its place
                caption_words, credits[:0] = escape_markdown("a" + worded.group("caption"))[1:], [escape_markdown("a" + worded.group("credit"))[1:]]
                credit_el.extract()
                continue
            if credit_el.parent is not None and credit_el is not caption_el and credit_el.find(class_=_CAPTION_CLASS) is None:
                credits.append(_Walker(self.reader).render(credit_el)[0])
                credit_el.extract()
        caption: str = caption_words
        keys: list[str] = []
        if caption_el is not None:
            sub = _Walker(self.reader)
            caption, keys = sub.render(caption_el)
            for key in keys:
                self.reader.cited.setdefault(key, _line_of(caption_el))
        credit = "; ".join(dict.fromkeys(c for c in credits if c))  # the Telegraph states each photo's credit twice
        if caption and not credit:
            match = _CAPTION_CREDIT.match(caption)
            if match and match.group("caption"):
                caption = match.group("caption").strip()
                credit = (match.group("paren") and f"({match.group('paren').strip()})") or match.group("bare").strip()
        embed = tag.find("x-dossier-embed")
        if embed is not None:
            self.embed(embed, caption)
            return
        image = tag.find("img") or lazy
        if not caption and image is not None and _attr(image, "alt").strip():
            caption = escape_markdown(squash_spaces(_attr(image, "alt")))
        src = source = ""
        if image is not None:
            for attr in ("src", "data-src", "data-lazy-src", "data-original"):
                value = _attr(image, attr).strip()
                if value and not value.startswith("data:"):
                    src = self.reader.link_url(value)
                    if src:
                        break
            source = _image_source_key(image)
        if not caption and not credit and not keys:
            self.reader.drop("picture without caption or alt text", tag)  # a banner or an ornament: nothing to show in words
            return
        caption = _escape_start(caption)
        data = {"caption": caption, "credit": credit, "markdown": True, "note_keys": keys}
        if src:
            data["image_url"] = src  # for the record only: never to be loaded as an image
        if source:
            data["image_source"] = source  # the same image shown twice has the same key; lazy images differ by theirs
        self.units.append(Unit(tag.sourceline or 1, caption, "figure", 0, data))

    def embed(self, tag: Tag, caption: str = "") -> None:
        self.flush()
        what = caption or escape_markdown(squash_spaces(_attr(tag, "title")))
        host = urlsplit(_attr(tag, "src")).hostname or ""
        label = "Video" if tag.get("video") else "Embedded content"
        if not what and host:
            what = f"from {escape_markdown(host)}"
        stop = "" if what.rstrip()[-1:] in ".!?" else "."  # a caption's own stop ends the line
        text = f"{label} not included in this edition: {what.rstrip()}{stop}" if what else f"{label} not included in this edition."
        self.units.append(Unit(tag.sourceline or 1, text, "editorial", 0, {"markdown": True, "note_keys": []}))

    def table(self, tag: Tag, depth: int) -> None:
        rows = tag.find_all("tr")
        layout = tag.find(["p", "div", "ul", "ol", "table", *HEADINGS]) is not None or any(
            len(td.get_text()) > 400 or _lines_of_names(td) for td in tag.find_all(["td", "th"], limit=200)
        )  # a cell of names one a line: a letter's signatories set in a table for their columns
        if layout or self.ctx[-1][0] in self.JOINING:
            self.block(tag, depth)
            return
        self.flush()
        caption = tag.find("caption")
        if caption is not None:
            self.block(caption, depth)
        for row in rows:
            cells = []
            keys = []
            for cell in row.find_all(["td", "th"], recursive=False):
                text, cell_keys = _Walker(self.reader).render(cell)
                for key in cell_keys:
                    self.reader.cited.setdefault(key, _line_of(cell))
                cells.append(text.replace("|", "\\|"))
                keys += cell_keys
            text = " | ".join(c for c in cells if c)
            if text:
                text = _escape_start(text)
                self.units.append(Unit(row.sourceline or 1, text, "paragraph", 0, {"markdown": True, "note_keys": keys, "table_row": True}))


def _line_of(node: PageElement | None) -> int:
    while node is not None:
        line: int | None = getattr(node, "sourceline", None)
        if line:
            return line
        node = node.parent
    return 1
