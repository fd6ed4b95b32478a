"""A blog's archive page (a tag, category or author page, as WordPress, Blogger and the papers' blog platforms build
them) copied as text: several dated posts one after another, each a headline with its date line just over or just under
it, the post's text, and its footer (categories, tags, 'Posted by …', a '--Jane Roe' sign-off, a comments link).

A reader wants one report with each post a section: the headline with the post's day its title ('Harbour master steps
down (March 2, 2026)': the engine dates a statement whose sentence gives no day by its heading's, as a digest's day
heading does), the post's writer the first line under it ('By Jane Roe'), so that one post's speaker is never read
into the next; the footers left out; the page's label ('Results tagged “…”', 'Category: …') the title, the newest
post's date the report's, the posts' writers its authors."""

from __future__ import annotations

import itertools
import re
from datetime import date

from .bylines import story_sentence
from .dates import find_line_date
from .furniture import furniture_kind
from .importunits import Meta, Unit

POSTS_MIN = 3  # dated posts, each with its headline: fewer are a story with a related link or two
SIGNED_SHARE = 0.5  # of the posts with a footer of their own (tags, categories, a byline): a blog's posts, not a digest's items
DATE_LINE_WORDS = 14
HEADLINE_LENGTH = (2, 25)
PAGE_HEAD_MAX = 12  # lines over the first post: the blog's name, its tag line, the archive's label, a short menu
FOOTER_LINE_WORDS = 12  # a footer's lines are short: a byline, a comments link, a related headline
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# what a post's date line holds besides its date: a weekday, 'Posted on', a time, '| Comments', 'by Jane Roe'
DATE_LINE_REST = re.compile(
    r"^(?:posted|published|updated|filed|on|at|by|\d{1,4}|comments?|leave|a|no|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"[ap]\.?m\.?|(?-i:[A-Z]{2,4})|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?)$",
    re.I,
)
DATE_LINE_WORD = re.compile(r"[\w:.]+")  # its words, the separators between them ('|', '·', '—') aside
NAME = r"(?P<name>[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|der|den|del|da|la|le)){1,3})"
DATE_LINE_WRITER = re.compile(r"\bby\s+" + NAME + r"\s*(?:[|,·•–—-].*)?$")
# a post's footer: its labelled lists and its writer
FOOTER_LABEL = re.compile(
    r"^(?:categories|category|tags|tagged(?: with)?|labels|topics|filed (?:under|in)|posted in|more in|more on|related)\s*:?\s", re.I
)
POSTED_BY = re.compile(r"^(?i:posted|written|published|filed)\s+(?i:by):?\s+" + NAME + r"(?:\s+(?i:at|on|in)\b.*|\s*[|,·•–—-].*)?$")
DASH_SIGN_OFF = re.compile(r"^(?:--|—|–)\s?" + NAME + r"(?:\s+in\s+[A-Z][\w .’'-]*)?$")
# the page's own label over the posts: 'Results tagged “Mitt Romney”', 'Category: Harbour', 'Posts tagged ‘ferries’',
# 'Tag Archives: ferries', 'Archive for the ‘Harbour’ Category', 'Showing posts with label ferries', 'Author: Jane Roe'
ARCHIVE_LABEL = re.compile(
    r"^(?:results tagged|posts? tagged|tagged|tag(?: archives?)?:|category(?: archives?)?:|categories:|archives? for\b|archives?:|"
    r"monthly archives?:|yearly archives?:|author archives?:|author:|all posts (?:by|in|tagged)|posts (?:by|in|from|filed under)|"
    r"stories (?:by|tagged)|showing posts with label|browsing(?: category| tag)?:|filed under:?)",
    re.I,
)
# the post's photo caption among its footer's lines ('Photo: … Credit: Jane Roe/Harbour Times'): the post's, kept
PHOTO_CAPTION = re.compile(r"^(?:photo(?:graph)?(?: credit)?|image|picture)\s*:|\bcredit:\s", re.I)
FROM_BLOG = re.compile(r"^from\s+[A-Z]")  # 'from Capitol Alert' under the label


def post_date(text: str) -> date | None:
    """The day of a post's date line ('April 16, 2013', 'December 10, 2012 | 4:39 pm', 'Posted on Tuesday, March 4, 2014
    by Jane Roe'): the date and nothing but a weekday, a time, a comments link or the writer; no sentence."""
    text = text.strip()
    if not text or len(text.split()) > DATE_LINE_WORDS:
        return None
    found = find_line_date(text)
    if found is None:
        return None
    rest = text[: found[1].start()] + " " + text[found[1].end() :]
    writer = DATE_LINE_WRITER.search(rest)
    if writer:
        rest = rest[: writer.start()]
    if all(DATE_LINE_REST.match(word) for word in DATE_LINE_WORD.findall(rest)):
        return found[0]
    return None


def date_line_writer(text: str) -> str:
    found = find_line_date(text)
    rest = text[found[1].end() :] if found else text
    writer = DATE_LINE_WRITER.search(rest)
    return writer.group("name") if writer else ""


def _headline(text: str) -> bool:
    """A post's headline: a line of a few words to a long one, no sentence's stop, no time stamp, no label or footer."""
    text = text.strip()
    words = text.split()
    if not HEADLINE_LENGTH[0] <= len(words) <= HEADLINE_LENGTH[1] or text[-1:] in ".:;," or TIME.search(text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "“\"‘'"):
        return False
    if post_date(text) or FOOTER_LABEL.match(text) or POSTED_BY.match(text) or DASH_SIGN_OFF.match(text) or ARCHIVE_LABEL.match(text):
        return False
    return not furniture_kind(text)


def footer_writer(text: str) -> str:
    """The writer a footer's line names: 'Posted by Jane Roe at 10:41 AM', '--Jane Roe in Washington'."""
    text = text.strip()
    match = POSTED_BY.match(text) or DASH_SIGN_OFF.match(text)
    return match.group("name") if match else ""


def _footer_line(text: str) -> bool:
    """A line of a post's footer: a labelled list, a byline or sign-off, or a short line that ends no sentence (the
    publisher's name, 'Comments', a time stamp, an 'ALSO:' list's headlines)."""
    text = text.strip()
    if FOOTER_LABEL.match(text) or footer_writer(text):
        return True
    return len(text.split()) <= FOOTER_LINE_WORDS and text.rstrip("”’\"')")[-1:] not in ".!?"


def _posts(units: list[Unit]) -> tuple[list[tuple[int, int]], bool]:
    """Each post's (headline, date line) positions, in order, and whether the date line stands over the headline."""
    dated = [i for i, unit in enumerate(units) if post_date(unit.text)]
    over = [(i + 1, i) for i in dated if i + 1 < len(units) and _headline(units[i + 1].text)]
    under = [(i - 1, i) for i in dated if i > 0 and _headline(units[i - 1].text)]
    return (over, True) if len(over) >= len(under) else (under, False)


def blog_archive(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """The archive page's posts, each a section (see the module's doc); anything else is returned as it was."""
    if "title" in meta or len(units) < POSTS_MIN * 3:
        return units
    posts, date_over = _posts(units)
    if len(posts) < POSTS_MIN:
        return units
    starts = [min(pair) for pair in posts]
    if starts[0] > PAGE_HEAD_MAX or any(story_sentence(u.text) for u in units[: starts[0]]):
        return units  # text over the first post found: posts this reading missed (a copy's lines run together), never a header
    ends = [*starts[1:], len(units)]
    days = [day for _, d in posts if (day := post_date(units[d].text))]
    if not (all(a >= b for a, b in itertools.pairwise(days)) or all(a <= b for a, b in itertools.pairwise(days))):
        return units  # an archive lists its posts by date, newest (or oldest) first
    bodies: list[tuple[int, int]] = []  # each post's text, between its head and its footer
    writers: list[str] = []
    signed = 0
    for (headline, dated), end in zip(posts, ends, strict=True):
        head_end = max(headline, dated) + 1
        footer = end
        while footer > head_end and (_footer_line(units[footer - 1].text) or PHOTO_CAPTION.search(units[footer - 1].text)):
            footer -= 1
        if not any(story_sentence(u.text) for u in units[head_end:footer]):
            return units  # a headline with no text under it: a list of links, no post
        writer = date_line_writer(units[dated].text) or next((w for u in units[footer:end] if (w := footer_writer(u.text))), "")
        labelled = any(FOOTER_LABEL.match(u.text.strip()) for u in units[footer:end])
        signed += bool(writer or labelled)
        writers.append(writer)
        bodies.append((head_end, footer))
    if signed < max(2, SIGNED_SHARE * len(posts)):
        return units  # a digest's days over its items: no post's footer
    _page_head(units[: starts[0]], meta, dropped)
    newest = max(days)
    meta["date"], meta["date_basis"] = newest, "the newest post's date line"
    authors = list(dict.fromkeys(w for w in writers if w))
    if authors:
        meta["authors"] = authors
    out: list[Unit] = []
    for (headline, dated), (head_end, footer), end, writer in zip(posts, bodies, ends, writers, strict=True):
        heading = units[headline]
        written = find_line_date(units[dated].text)
        if written:  # the post's day in its heading: the day its statements were made, where their sentences give none
            heading.text = f"{heading.text.strip()} ({written[1].group(0).strip(' ,')})"
        heading.data["heading"], heading.data["archive post"] = True, True
        dropped.setdefault("blog post's date line (its day set in the post's heading)", []).append(units[dated].text)
        if writer:
            out += [heading, Unit(units[dated].line, f"By {writer}", data={"post byline": True})]
        else:
            out.append(heading)
        out += units[head_end:footer]
        out += [u for u in units[footer:end] if PHOTO_CAPTION.search(u.text)]
        dropped.setdefault("blog post's footer (tags, categories, byline)", []).extend(
            u.text for u in units[footer:end] if not PHOTO_CAPTION.search(u.text)
        )
    order = "over" if date_over else "under"
    inferred.append(
        f"lines {units[starts[0]].line}–{units[-1].line}: a blog's archive page of {len(posts)} dated posts (the date line {order} "
        "each headline): each post a section under its headline and its day, its writer under it, its footer left out"
    )
    return out


def _page_head(head: list[Unit], meta: Meta, dropped: dict[str, list[str]]) -> None:
    """The page's lines over the first post: the blog's name, its tag line and the archive's label give the title and the
    summary; the rest (menus) is the site's."""
    texts = [u.text.strip() for u in head]
    label = next((i for i, text in enumerate(texts) if ARCHIVE_LABEL.match(text) and len(text.split()) <= HEADLINE_LENGTH[1]), None)
    name = texts[0] if texts and (label is None or label > 0) and len(texts[0].split()) <= 6 and texts[0][-1:] not in ".!?" else ""
    if label is not None:
        title = texts[label]
        if label + 1 < len(texts) and FROM_BLOG.match(texts[label + 1]):
            title = f"{title} {texts[label + 1]}"  # 'Results tagged “Mitt Romney”' / 'from Capitol Alert'
        elif name and name.casefold() not in title.casefold():
            title = f"{name}: {title}"
        meta["title"], meta["title_line"] = title, head[label].line
    elif name:
        meta["title"], meta["title_line"] = name, head[0].line
    else:
        meta["title"], meta["title_line"] = "Blog posts", 1
    meta["title_basis"] = (
        f"the archive page's label, line {meta['title_line']}" if label is not None else f"the archive page's blog name, line {meta['title_line']}"
    )
    tagline = next(
        (
            text
            for i, text in enumerate(texts[1:], 1)
            if i != label and not FROM_BLOG.match(text) and not ARCHIVE_LABEL.match(text) and len(text.split()) >= 3
        ),
        "",
    )
    if tagline and texts.index(tagline) <= 2:
        meta["standfirst"] = tagline
    if head:
        dropped.setdefault("the archive page's header (the blog's name, tag line and label)", []).extend(texts)


def archive_post_levels(body: list[Unit]) -> None:
    """On an archive page the posts are the sections and any heading inside a post is a sub-section of it; a post's
    byline is a line of its text."""
    if not any(u.data.get("archive post") for u in body if u.kind == "heading"):
        return
    for unit in body:
        if unit.data.get("post byline"):
            unit.kind, unit.level = "paragraph", 0
        elif unit.kind == "heading":
            unit.level = 2 if unit.data.get("archive post") else 3
