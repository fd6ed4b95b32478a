"""What a news page copied whole (select all, copy) has under its story besides the story: the print edition's headline
('Original Print Headline: Keep it open'), a box of the section's other stories and a numbered 'Most Popular Stories'
list, a comment widget's comments ('Report CommentTomas (1 day ago)'), the footer's links between pipes."""

from __future__ import annotations

import re
from collections.abc import Collection

from .captions import SENTENCE_BOUNDARY
from .furniture import COMMENT_AGE_UNITS, COMMENT_BOX_LINE, RELATED_LIST_LABEL, SITE_LIST_LABEL, _finished_paragraph, comment_box_top, furniture_kind
from .importunits import QUOTE_CLOSE, TERMINAL, Unit
from .pulllines import bare_date_line
from .sidebarwidgets import DROP_DOWN, SIDEBAR_WIDGET  # a blog theme's widgets, printed under the post

PRINT_HEADLINE = re.compile(r"^original\s+(?:print\s+)?headline\s*:\s*\S", re.I)  # the headline the paper printed
PRINT_HEADLINE_MAX = 160

AGO = r"\((?:about\s+)?(?:\d{1,2}|an?|one)\s+" + COMMENT_AGE_UNITS + r"\s+ago\)"
# a comment widget's header of each comment, its 'Report Comment' link glued to the poster's handle: 'Report CommentTomas
# (1 day ago)', 'Report AbuseHarbourFan 4 (2 hours ago)'
REPORTED_COMMENT = re.compile(r"^report\s*(?:comment|abuse)\s*(?P<handle>\S.{0,40}?)\s*" + AGO + "$", re.I)
HANDLE_AND_AGE = re.compile(r"^(?P<handle>[^\s.!?:;\"“”(][^.!?:;\"“”()]{0,40}?)\s*" + AGO + "$", re.I)  # 'Tomas (1 day ago)'
# the box's lines over its first comment: 'Reader Comments\t3 Total', 'Show: Newest First', 'Learn About Our Comment Policy'
COMMENT_BOX_TOP = re.compile(r"^(?:(?:readers?[’']?\s+)?comments?\b.{0,30}|show\s*:.{0,30}|.{0,40}\bcomment\s+policy)$", re.I)
COMMENTS_MIN = 2

# a box of the site's other stories under the story: 'Other Harbour Herald Editorials Stories', 'More Opinion Stories',
# 'Most Popular Stories', 'Most Viewed', 'Most Commented'
OTHER_STORIES_LABEL = re.compile(
    r"^(?:(?:other|more)\s+(?:[\w&’'.-]+\s+){0,6}(?:stories|articles|headlines)|"
    r"most\s+(?:popular|viewed|read|commented|emailed|e-mailed|shared)(?:\s+(?:stories|articles|today|now))?|"
    r"(?P<section>(?:recent|latest|featured|popular|trending)\s+in\s+(?-i:[A-Z])[\w&’'.-]*(?:\s+[\w&’'.-]+){0,3}))\s*:?$",
    re.I,
)  # 'Recent in News' names a site's section as a report's 'Recent in Europe' names its matter: a box only beside another label
TAIL_LINE_MAX = 100  # a headline linked, a box's label or its one line about itself ('These are the most viewed stories …')
TAIL_LINES_MIN = 3
# the footer's links between pipes, five or more, each a few words: 'Home | Contact Us | Search | Subscribe | About'
PIPE_FOOTER = re.compile(r"[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,3}(?:\s+\|\s+[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,3}){4,}")
FOOTER_REACH = 3  # the footer's links stand among the page's last lines, over its copyright line


def news_page_tail(units: list[Unit], start: int) -> dict[int, str]:
    """The lines under a copied news story that are the site's, each with what it is; the story's own lines stay."""
    if not any(_finished_paragraph(u.text) for u in units[start:]):
        return {}
    found = widget_comments(units, start)
    found.update(reply_form(units, start))
    found.update(other_stories_boxes(units, start, found))
    found.update(print_headline(units, start))
    found.update(pipe_footer(units, start))
    found.update(author_box_run_on(units, start))
    found.update(blog_sidebar(units, start, found))
    found.update(credited_footer(units, start))
    found.update(site_rail_tail(units, start, found))
    found.update(upsell_under_copyright(units, start))
    return found


# a syndicating site's upsell box under the story's copyright line: its heading ('Using Harbour News for work?'), its
# licence pitch ('… free for personal use, but you'll need a licence for work use'), its buttons ('Subscribe now Learn
# more') and the link to the source's page in its directory ('Find more from Harbour Trust on …')
UPSELL_HEADING = re.compile(r"^(?:#{1,6}\s*)?using\s+[^.!?]{1,60}\s+for\s+work\?$", re.I)
UPSELL_PITCH = re.compile(r"^[^\"“”]{0,120}\bfree\s+for\s+personal\s+use\b[^\"“”]{0,200}\blicen[cs]e\b[^\"“”]{0,160}$", re.I)
UPSELL_BUTTONS = re.compile(r"^(?:join|subscribe|sign\s+up|upgrade|start)\b[^.!?\"“”]{0,40}\b(?:find\s+out|learn|read)\s+more$", re.I)
UPSELL_DIRECTORY = re.compile(r"^(?:find|see|discover)\s+more\s+from\b[^.!?]{1,80}\.?$", re.I)
UPSELL_REACH = 6  # the box's lines under the copyright line: its heading, its pitch, its buttons, a link or two
UPSELL_BOX = "site's upsell box after the story"  # its heading goes with it
# a line of the story's own under its copyright line: its correction or update note, never the box's
STORY_NOTE = re.compile(r"^(?:correction|clarification|update[ds]?|editor[’']?s\s+note)\b", re.I)


def upsell_under_copyright(units: list[Unit], start: int) -> dict[int, str]:
    """A copied story closing on the site's copyright line, then the site's upsell box (its heading 'Using Harbour News
    for work?', its licence pitch, its buttons, a link to its directory): the box's lines, from its heading or pitch to
    its buttons or its directory link, are the site's, where the box has its buttons or its heading and its pitch. A
    correction or an update note under the copyright line is the story's, and so is any line outside the box."""
    for at in range(len(units) - 2, max(start, len(units) - 2 - UPSELL_REACH), -1):
        if furniture_kind(units[at].text.strip()) != "copyright line":
            continue
        lines = {index: units[index].text.strip() for index in range(at + 1, len(units))}
        heading = [index for index, text in lines.items() if UPSELL_HEADING.match(text)]
        pitch = [index for index, text in lines.items() if UPSELL_PITCH.match(text)]
        buttons = [index for index, text in lines.items() if UPSELL_BUTTONS.match(text)]
        if not buttons and not (heading and pitch):
            return {}
        first, last = min(heading + pitch + buttons), max(heading + pitch + buttons)
        if last + 1 in lines and UPSELL_DIRECTORY.match(lines[last + 1]):
            last += 1
        return {index: UPSELL_BOX for index in range(first, last + 1) if not STORY_NOTE.match(lines[index])}
    return {}


def print_headline(units: list[Unit], start: int) -> dict[int, str]:
    """'Original Print Headline: Keep it open' under the story: the headline the paper printed, no section."""
    return {
        at: "print edition's headline"
        for at in range(start, len(units))
        if len(units[at].text) <= PRINT_HEADLINE_MAX and PRINT_HEADLINE.match(units[at].text.strip())
    }


def widget_comments(units: list[Unit], start: int) -> dict[int, str]:
    """Readers' comments under the story, each under a header of the poster's handle and how long ago it was posted, the
    widget's 'Report Comment' link glued before it ('Report CommentTomas (1 day ago)'), two or more; or with no link,
    under the comment box's own lines ('Reader Comments 3 Total', 'Show: Newest First'). From the box down, all is the
    site's. A story's line naming someone with an age in brackets is no such header: it has no 'ago'."""
    reported = [at for at in range(start + 1, len(units)) if len(units[at].text) <= 80 and REPORTED_COMMENT.match(units[at].text.strip())]
    entries = reported or [at for at in range(start + 1, len(units)) if len(units[at].text) <= 80 and HANDLE_AND_AGE.match(units[at].text.strip())]
    if len(entries) < COMMENTS_MIN or not any(_finished_paragraph(u.text) for u in units[start : entries[0]]):
        return {}
    first = comment_box_top(units, entries[0], start, entries[0], _comment_box_line)
    if not reported and first == entries[0]:
        return {}  # handles with their ages but no comment box over them: a story's list, not comments
    return {at: "readers' comments after the story" for at in range(first, len(units))}


# a blog's reply form under the post: its heading, then within a few lines what only the form says
REPLY_FORM_HEADING = re.compile(r"^(?:leave|post|add|write)\s+a\s+(?:reply|comment)\s*:?$", re.I)  # 'Leave a Reply'
REPLY_FORM_NOTICE = re.compile(
    r"^(?:cancel\s+reply|your\s+email\s+address\s+will\s+not\s+be\s+published\.?|required\s+fields\s+are\s+marked\b.{0,3}|"
    r"you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?)$",
    re.I,
)
REPLY_FORM_REACH = 3


def reply_form(units: list[Unit], start: int) -> dict[int, str]:
    """A blog's reply form under the post, copied line by line ('Leave a Reply' / 'Cancel reply' / 'Your email address
    will not be published.' / 'Comment' / 'Name' / 'Website'): its heading with the form's own notice within three lines
    under it; from the heading down, all is the site's. A report's heading 'Leave a Comment' over its prose stays."""
    finished = False  # the post's prose read above
    for at in range(start, len(units)):
        if finished and REPLY_FORM_HEADING.match(units[at].text.strip()):
            reach = range(at + 1, min(len(units), at + 1 + REPLY_FORM_REACH))
            if any(REPLY_FORM_NOTICE.match(units[below].text.strip()) for below in reach):
                return {later: "blog's reply form after the post" for later in range(at, len(units))}
        finished = finished or _finished_paragraph(units[at].text)
    return {}


def _comment_box_line(text: str) -> bool:
    text = text.strip()
    return not text or (len(text) <= 60 and text[-1:] not in TERMINAL and (COMMENT_BOX_TOP.match(text) or COMMENT_BOX_LINE.match(text)) is not None)


def other_stories_boxes(units: list[Unit], start: int, site_lines: Collection[int]) -> dict[int, str]:
    """A box of the site's other stories under the story ('Other Harbour Herald Editorials Stories', 'Most Popular
    Stories' over a numbered list), three lines or more, every line from its label to the end of the text short (the
    stories' headlines, a headline may end on a stop, a long one has none; the box's line about itself; the footer) or the site's already
    (readers' comments): from the label down, the site's. A section of the story so named has its prose under it."""
    finished = 0
    for at in range(start, len(units)):
        text = units[at].text.strip()
        if _finished_paragraph(text):
            finished += 1
        if at in site_lines:
            return {}
        label = OTHER_STORIES_LABEL.match(text) if finished >= 1 and len(text) <= TAIL_LINE_MAX else None
        if label is None:
            continue
        rest = [later for later in range(at + 1, len(units)) if later not in site_lines]
        if label.group("section") and not any(OTHER_STORIES_LABEL.match(units[later].text.strip()) for later in rest):
            continue  # 'Recent in Europe' over its own lines: the report's section
        if len(rest) >= TAIL_LINES_MIN and all(_box_line(units[later].text.strip()) for later in rest):
            return {later: "site's other stories after the story" for later in [at, *rest]}
        return {}
    return {}


BOX_HEADLINE_MAX = 160  # a headline in the box, linked, with no stop: one line however long


def _box_line(text: str) -> bool:
    """A line of a box of other stories: short, or a long headline with no stop."""
    return len(text) <= TAIL_LINE_MAX or (len(text) <= BOX_HEADLINE_MAX and text[-1:] not in TERMINAL + QUOTE_CLOSE)


# the newsroom's prompts closing its page, bidding the reader: the call for tips ('Got a tip? Write to the desk'), the
# newsletter's pitch ('Harbour news never sleeps. Get the Harbour Daily newsletter …'); a story's sentence may say as much,
# so they count only in the run of the site's lines that ends the text
CLOSING_PROMPT = re.compile(
    r"^(?:(?:got|have) a (?:news |story )?tip\?|(?:send|submit) us a (?:news )?tip\b"
    r"|(?:[^.!?\"“”]{0,80}[.!?]\s+)?(?:get|sign up for|subscribe to)\s+(?:our|the)\s+(?:[\w’'&-]+\s+){0,3}newsletters?\b)[^\"“”]{0,100}$",
    re.I,
)


def closing_prompts(units: list[Unit], start: int, site_lines: Collection[int]) -> dict[int, str]:
    """The tip and newsletter prompts in the run of the site's lines closing the text, read up from its last line."""
    found: dict[int, str] = {}
    for at in range(len(units) - 1, start, -1):
        if at in site_lines or furniture_kind(units[at].text):
            continue  # named already: its own kind stays
        if not CLOSING_PROMPT.match(units[at].text.strip()):
            break
        found[at] = "site's prompt after the story"
    return found


def pipe_footer(units: list[Unit], start: int) -> dict[int, str]:
    """The footer's links on one line between pipes ('Home | Contact Us | Search | Subscribe | About'), among the last
    lines of the text: the site's. A table's row copied with its pipes has figures in it, or stands higher up."""
    return {
        at: "site's footer links"
        for at in range(max(start + 1, len(units) - FOOTER_REACH), len(units))
        if PIPE_FOOTER.fullmatch(units[at].text.strip()) and not any(c.isdigit() for c in units[at].text) and not furniture_kind(units[at].text)
    }


# a blog theme's author box under the post, the name run into the bio in a PDF's text: 'Author: Jane RoeJane writes …';
# the bio opens on the given name again (or on She/He/They), so a name with a capital inside it ('Jane McDonald') is none
AUTHOR_BOX_RUN_ON = re.compile(r"^(?:[Aa]bout\s+the\s+)?[Aa]uthor\s*:\s*(?P<given>[A-Z][a-z’'-]+)\s.{0,40}?[a-z.](?:(?P=given)|She|He|They)\s")
AUTHOR_BOX_MAX = 600


# the web agency's credit closing a site's footer: 'Designed & Developed by', 'Website by Harbour Digital', 'Powered by …'
WEB_CREDIT = re.compile(
    r"^(?:(?:site|website|web\s+design|theme)\s+by|(?:designed|developed|built)(?:\s*(?:&|and)\s*(?:designed|developed|built|hosted))?\s+by|powered\s+by)\b.{0,60}$",
    re.I,
)
CREDIT_REACH = 4  # the copyright line stands among the footer's last lines, over the credit


def credited_footer(units: list[Unit], start: int) -> dict[int, str]:
    """A page copied whole, or a report's colophon, closing on the web agency's credit (the rights notice alone under it,
    'All rights reserved', at most), a copyright line near it: the credit, the notice, and from the credit upwards the
    lines that are the site's furniture ('Privacy Policy.', the copyright line, a language picker), are the footer. The walk stops at the first line that is none, so a report's own closing sections, headings
    and lists ('Credits', 'What we achieved') stay its own."""
    credit = len(units) - 1
    while credit > start and credit > len(units) - CREDIT_REACH and furniture_kind(units[credit].text) == "copyright line":
        credit -= 1  # 'Designed by Kite Studio' / 'All rights reserved': the notice under the credit is the footer's too
    if credit <= start or not WEB_CREDIT.match(units[credit].text.strip()):
        return {}
    if not any(furniture_kind(u.text) == "copyright line" for u in units[max(start, len(units) - CREDIT_REACH) :]):
        return {}
    at = credit
    while at - 1 > start and furniture_kind(units[at - 1].text.strip()):
        at -= 1
    return dict.fromkeys(range(at, len(units)), "site's footer over its web credit")


def author_box_run_on(units: list[Unit], start: int) -> dict[int, str]:
    """'Author: Jane RoeJane writes about the harbour for Harbour Notes.' under the post: a blog theme's author box, the
    writer's name glued to the bio under it, as a PDF's text of the page runs them; the site's, as the byline said who
    wrote it. 'Author: Jane Roe' alone, a report's credit line, stays."""
    finished = False
    found = {}
    for at in range(start, len(units)):
        text = units[at].text.strip()
        if finished and len(text) <= AUTHOR_BOX_MAX and AUTHOR_BOX_RUN_ON.match(text):
            found[at] = "author box after the story"
        finished = finished or _finished_paragraph(text)
    return found


def blog_sidebar(units: list[Unit], start: int, site_lines: Collection[int]) -> dict[int, str]:
    """A blog's sidebar under the post in its printed text ('Archives' / 'Archives Select Month' / the blog's name and
    tag line): from the first widget's label down, every line short, the site's. A section of a report named 'Archives'
    has its prose under it."""
    finished = False
    for at in range(start, len(units)):
        text = units[at].text.strip()
        if finished and SIDEBAR_WIDGET.match(text):
            rest = [later for later in range(at, len(units)) if later not in site_lines]
            widgets = {SIDEBAR_WIDGET.match(units[later].text.strip()) for later in rest} - {None}
            labels = {widget[0].casefold() for widget in widgets if widget is not None}
            # the drop-down ('Select Month') or two widgets: one 'Archives' over a list is a report's sources too
            sidebar = len(labels) >= 2 or any(DROP_DOWN.search(label) for label in labels)
            if sidebar and all(len(units[later].text) <= TAIL_LINE_MAX for later in rest):
                return {later: "blog's sidebar after the post" for later in rest}
            return {}
        finished = finished or _finished_paragraph(text)
    return {}


# a columnist's tagline closing the story, in capitals as a news group's template sets it: 'JANE ROE IS THE HARBOUR TIMES
# CIVIC AFFAIRS EDITOR', 'JANE ROE WAS A HARBOUR MASTER'
TAGLINE_MAX = 160
TAGLINE_ROLE = re.compile(r"\s+(?:IS|WAS)\s+(?:THE|AN?)\s+\S.*$")


def writer_tagline(units: list[Unit], start: int, authors: Collection[str]) -> tuple[int, str, int | None] | None:
    """The byline's writer's tagline in capitals under the story ('JANE ROE IS THE HARBOUR TIMES POLITICAL EDITOR'): its
    line, its words, and where the site's items begin when a box of its other stories stands right under it ('more
    stories', 'Most Popular Stories'), all from the box's label down being the site's (its columns' headlines, teasers and
    writers' names in capitals, the footer); a copy with no blank line between them runs the box's label on after the
    tagline ('… POLITICAL EDITOR more stories'). A line in capitals naming someone else, or one under no finished
    paragraph of the story, or one with the story's prose still under it (not every line under it a box's), is none."""
    names = {name.upper() for name in authors if name}
    if not names:
        return None
    finished = 0
    for at in range(start, len(units)):
        text = units[at].text.strip()
        if _finished_paragraph(text):
            finished += 1
        if not finished or len(text) > TAGLINE_MAX + TAIL_LINE_MAX:
            continue
        tagline, run_on = _label_run_on(text)
        if len(tagline) > TAGLINE_MAX or tagline[-1:] in TERMINAL or not tagline.isupper():
            continue
        role = TAGLINE_ROLE.search(tagline)
        if role is None or tagline[: role.start()] not in names:
            continue
        below = units[at + 1].text.strip() if at + 1 < len(units) else ""
        boxed = run_on or (len(below) <= TAIL_LINE_MAX and OTHER_STORIES_LABEL.match(below) is not None)
        if not _closes_the_story(units, at + 1, boxed):
            continue
        return at, tagline, (at + 1 if boxed and at + 1 < len(units) else None)
    return None


TEASER_MAX = 200  # a box's teaser under its headline: one sentence about the story it links to


def _closes_the_story(units: list[Unit], start: int, labelled: bool = False) -> bool:
    """Every line from start to the end is a box's: short with no stop (a label, a headline, a writer's name, a footer
    link), or one sentence of a teaser standing under such a line. Two stopped lines in a row, a line of two sentences or
    a long one are the story's prose going on. Under a box's label ('more stories') a column's teaser may run to two
    sentences or be cut off with no stop ('HOW is it that …? It seems …'), still short and under a line of its own."""
    above_teaser = False
    for unit in units[start:]:
        text = unit.text.strip()
        stopped = text[-1:] in TERMINAL + QUOTE_CLOSE
        if labelled and len(text) > TAIL_LINE_MAX:
            if above_teaser or len(text) > TEASER_MAX:
                return False
            above_teaser = True
            continue
        if labelled:  # a headline, a writer's name, a login form's or footer's line ('Forgot your password?')
            if stopped and above_teaser:
                return False  # a sentence under a teaser is the story's own (a correction closing it)
            above_teaser = False
            continue
        if stopped and (above_teaser or len(text) > TEASER_MAX or SENTENCE_BOUNDARY.search(text)):
            return False
        if not stopped and len(text) > TAIL_LINE_MAX:
            return False
        above_teaser = stopped
    return True


def _label_run_on(text: str) -> tuple[str, bool]:
    """A line in capitals with a box's label in lower case run on after it ('… POLITICAL EDITOR more stories'): the line
    without the label, and whether one was there."""
    for space in (i for i, c in enumerate(text) if c == " "):
        head, rest = text[:space], text[space + 1 :]
        if head.isupper() and not rest.isupper() and OTHER_STORIES_LABEL.match(rest):
            return head, True
    return text, False


# a site's language picker, each language named in its own tongue or in English, a line each or on one line ('English
# Español Français'): a page's, never a report's closing lines (folded)
LANGUAGE_NAMES = frozenset(
    """english español espanol spanish français francais french deutsch german italiano italian português portugues
    portuguese nederlands dutch русский russian українська ukrainian polski polish türkçe turkish kreyòl kreyol creole
    arabic العربية chinese 中文 简体中文 繁體中文 日本語 japanese 한국어 korean हिन्दी hindi bahasa indonesia svenska swedish
    norsk dansk suomi ελληνικά greek עברית hebrew فارسی farsi persian tiếng việt vietnamese""".split()
)
LANGUAGES_MIN = 3  # languages named: a picker, more than a sentence's or a credit's mention of one
RAIL_LINE_WORDS = 14  # a headline of the site's other stories, a box's label, a contact line, a date alone
DATED_HEADLINES_MIN = 2  # dates alone on their lines in a box labelled as the site's ('Latest stories'): its stories'
RAIL_LABEL_WORDS = 3  # 'Office:', 'Tel:', 'Presented by:': a label over its field


def _languages(text: str) -> int:
    """How many languages a line of nothing but language names names ('Español', 'English Français', 'Chinese
    (Simplified)'); 0 for any other line."""
    words = [word.strip("()").casefold() for word in text.split()]
    words = [word for word in words if word not in ("simplified", "traditional", "")]
    return len(words) if words and all(word in LANGUAGE_NAMES for word in words) else 0


def _rail_line(text: str) -> bool:
    """A line of a site's rail or footer: a headline, a box's label, a date, a contact line, a language, furniture; never
    a sentence of prose (a stop closing it, unless it is furniture)."""
    words = text.split()
    if not words or furniture_kind(text) or not any(c.isalnum() for c in text):
        return True
    if text.endswith(":"):
        return len(words) <= RAIL_LABEL_WORDS or PRESENTED_BY.match(text) is not None
    if text.endswith(".") and len(words) <= RAIL_LABEL_WORDS:
        return True  # 'Privacy Policy.': a link and the stop the footer's sentence put after it
    return len(words) <= RAIL_LINE_WORDS and text[-1:] not in TERMINAL + QUOTE_CLOSE


NOTICE_OPENING = re.compile(r"^(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?(?:\s*\d{4}(?:\s*[-–]\s*\d{2,4})?)?$", re.I)
NOTICE_LINES_MAX = 4  # 'Copyright ©' / '2023' / 'Harbour Media, Inc.' / 'All Rights Reserved.': one notice, its parts a line each


def _split_copyright_notice(units: list[Unit], start: int) -> int:
    """Where a copyright notice closing the text begins when the page's markup broke it into lines ('Copyright ©' /
    '2023' / 'Harbour Media, Inc.' / 'All Rights Reserved.'): its opening line alone, its rights line last;
    len(units) where the text closes on no such notice."""
    end = len(units)
    if end - 1 <= start or furniture_kind(units[end - 1].text.strip()) != "copyright line":
        return end
    for at in range(end - 2, max(start, end - 1 - NOTICE_LINES_MAX), -1):
        if NOTICE_OPENING.match(units[at].text.strip()):
            return at
    return end


PRESENTED_BY = re.compile(r"^(?:.{0,40}\|\s*)?presented\s+by\s*:", re.I)  # an audio player's 'JIS News | Presented by:'


def site_rail_tail(units: list[Unit], start: int, site_lines: Collection[int]) -> dict[int, str]:
    """A page copied whole ending on the site's rail and footer under the story: its other stories' headlines and dates,
    its boxes' labels, its contact lines, and its language picker (LANGUAGES_MIN languages or more) or a box of the
    site's labelled as such ('Latest stories') with dated headlines, or one ('Top Stories') under the story's copyright
    line (a station's page signs the story, then shows its rail), no sentence among them, with the site's furniture
    (its copyright line): from under the story's last sentence down, the site's. A
    report's own closing list names no languages, or has no furniture with it ('Taught in:' / 'English' / 'French' …);
    a sentence among the lines keeps them the text's. Read once, from the end up."""
    at = _split_copyright_notice(units, start)
    furniture = int(at < len(units))  # the notice's lines, the site's
    languages = dates = labels = 0
    signed_over_box = False  # the story's copyright line over a box labelled as the site's ('Top Stories')
    while at - 1 > start and (at - 1 in site_lines or _rail_line(units[at - 1].text.strip())):
        at -= 1
        text = units[at].text.strip()
        languages += 0 if at in site_lines else _languages(text)
        kind = furniture_kind(text)
        furniture += at in site_lines or bool(kind)
        dates += bare_date_line(text)
        signed_over_box = signed_over_box or (labels > 0 and kind == "copyright line")
        labels += bool(SITE_LIST_LABEL.match(text) or RELATED_LIST_LABEL.match(text))
    dated_box = labels and dates >= DATED_HEADLINES_MIN  # 'Latest stories' over its headlines, each with its date
    if (
        (languages < LANGUAGES_MIN and not dated_box and not signed_over_box)
        or not furniture
        or not any(_finished_paragraph(u.text.strip()) for u in units[start:at])
    ):
        return {}  # the story's sentence over the rail (a short one may close it: 'Register at www.…'), its prose above
    return {later: "site's rail and footer after the story" for later in range(at, len(units)) if later not in site_lines}
