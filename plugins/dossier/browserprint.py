"""A web page printed to PDF by a browser keeps the browser's own header and footer on every page: the day and time it
was printed with the page's title over the page (`3/3/24, 5:43 PM Harbour Chief Resigns | The Ledger`), the page's
address and the page's number under it (`https://example.com/2024/03/harbour/ 1/2`). A PDF's text reader sets them
where they fell in the page's text, often mid-paragraph; they are the browser's, left out, and the paragraph they cut
runs on."""

from __future__ import annotations

import re
from collections import Counter

from .dates import find_line_date, month_line
from .importunits import HEADLINE_GOES_ON_WORDS
from .text import WHOLE_ADDRESS

# Chrome, Edge and Safari print the address with 'n/N', Firefox with 'Page n of N'
PRINT_FOOTER = re.compile(r"^(?:https?|file)://\S+\s+(?:(\d{1,3}) ?/ ?(\d{1,3})|Page (\d{1,3}) of (\d{1,3}))$")
# the printing day as the browser's locale writes it ('3/3/24, 5:43 PM', '03/03/2024, 17:43', '3.3.24, 17:43'); Chrome
# from version 110 sets a narrow no-break space (U+202F) before 'PM'
PRINT_HEADER = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}),? \d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?(?:[ \u202f](\S.*))?$")


# Internet Explorer prints the page's number with its title in the header ('Page 1 of 2 Harbour Chief Resigns | The
# Ledger...') and the page's address with the printing day in the footer ('18/10/2013 http://example.com/12/harbour-ch...')
PAGE_OF_TITLE = re.compile(r"^Page (\d{1,3}) of (\d{1,3}) (\S.*)$")
DATED_ADDRESS = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}),? (?:https?|file)://\S+$")
PAIR_REACH = 3  # lines between a page's numbered title and its dated address at most


def _numbered_title_margins(bare: list[str]) -> set[int]:
    """The lines of an older browser's printed margins: each 'Page n of N <title>' line with a dated address near it,
    the title the same on every page."""
    numbered = {i: match for i, line in enumerate(bare) if (match := PAGE_OF_TITLE.match(line)) and 1 <= int(match[1]) <= int(match[2])}
    addresses = {i for i, line in enumerate(bare) if DATED_ADDRESS.match(line)}
    paired = {i for i in numbered if any(abs(i - a) <= PAIR_REACH for a in addresses)}
    if not paired or len({numbered[i][3] for i in paired}) > 1:
        return set()
    return paired | {a for a in addresses if any(abs(i - a) <= PAIR_REACH for i in paired)}


# Netscape prints the page's title at the top of each page and the address, the page's number in brackets and the
# printing day at its foot ('http://example.org/talks/harbour.htm (2 of 5) [12/04/2004 1:45:06]'); in the page's text
# the title of the next page's header stands just over that footer ('Harbour Forum Draft' / the footer)
NUMBERED_ADDRESS = re.compile(
    r"^(?:https?|file)://\S+\s+\((\d{1,3}) of (\d{1,3})\)\s+\[\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]$"
)


def _numbered_address_margins(bare: list[str]) -> set[int]:
    """The lines of Netscape's printed margins: each numbered, dated address, and the page's title on the line over it
    (blank lines between) where every such address has that same title over it."""
    footers = [i for i, line in enumerate(bare) if (match := NUMBERED_ADDRESS.match(line)) and 1 <= int(match[1]) <= int(match[2])]
    if not footers:
        return set()
    over = [near for i in footers if (near := _next_line(bare, i, -1)) is not None]
    titles = {bare[i] for i in over}
    title = next(iter(titles)) if len(titles) == 1 and len(over) == len(footers) else ""
    # on a page printed alone, only the text's own title (Netscape prints it at the page's top too): a list's last item
    # or a heading over the footer is the page's
    opening = next((line for line in bare if line), "")
    if len(footers) < 2 and title != opening:
        title = ""
    if len(title) > PRINTED_TITLE_MAX or title[-1:] in ".!?:;,":
        title = ""
    return set(footers) | (set(over) if title else set())


def _is_footer(line: str) -> bool:
    match = PRINT_FOOTER.match(line)
    if not match:
        return False
    page, pages = (int(n) for n in (match[1] or match[3], match[2] or match[4]))
    return 1 <= page <= pages


# the same margins with each corner on a line of its own, blank lines between them and the page's text: the address (a WHOLE_ADDRESS)
# and the page's number ('https://…' / '' / '1/3'), the printing day and the page's title ('3/3/24, 5:43 PM' / '' / 'Title')
LONE_COUNTER = re.compile(r"^(?:(\d{1,3}) ?/ ?(\d{1,3})|Page (\d{1,3}) of (\d{1,3}))$")
BLANKS_APART = 2  # blank lines between two corners of one margin at most
PRINTED_TITLE_MAX = 200  # characters: a page's title, never a paragraph


def _next_line(bare: list[str], index: int, step: int) -> int | None:
    """The next line that is not blank above or under the line (step -1 or 1), past two blank lines at most."""
    for near in range(index + step, index + step * (BLANKS_APART + 2), step):
        if not 0 <= near < len(bare):
            return None
        if bare[near]:
            return near
    return None


def _footers_apart(bare: list[str]) -> set[int]:
    """Each address alone on its line with the page's number alone on the line over or under it, blank lines between."""
    found: set[int] = set()
    for index, line in enumerate(bare):
        if not WHOLE_ADDRESS.match(line):
            continue
        for step in (1, -1):
            near = _next_line(bare, index, step)
            counter = LONE_COUNTER.match(bare[near]) if near is not None else None
            if near is not None and counter and 1 <= int(counter[1] or counter[3]) <= int(counter[2] or counter[4]):
                found |= {index, near}
                break
    return found


def _page_tops(lines: list[str]) -> set[int]:
    """The first line that is not blank of the text and of every page (after its form feed)."""
    tops: set[int] = set()
    opening = True
    for index, line in enumerate(lines):
        opening = opening or line.startswith("\f")
        if opening and line.strip("\f \t"):
            tops.add(index)
            opening = False
    return tops


def _headers_apart(bare: list[str], text_lines: set[int], page_tops: set[int]) -> tuple[dict[int, str], set[int]]:
    """The printing day alone on its line, and the page's title on the next line where the same title follows it on
    every page (on a page printed alone: the day opening the text or the page, a title with the site's name after a bar
    or a dash under it): the header each day's line gives, as the browser prints it on one line ('3/3/24, 5:43 PM
    Title'), and the title's lines. A timeline's own stamps lower down ('5:43 PM' / 'Police arrive - …') stay."""
    stamps = [i for i, line in enumerate(bare) if (match := PRINT_HEADER.match(line)) and not match[1]]
    titled = {i: near for i in stamps if (near := _next_line(bare, i, 1)) is not None and near in text_lines}
    titles = Counter(bare[near] for near in titled.values() if len(bare[near]) <= PRINTED_TITLE_MAX)
    title, seen = titles.most_common(1)[0] if titles else ("", 0)
    if seen < 2:
        tops = [bare[near] for i, near in titled.items() if i in page_tops and len(bare[near]) <= PRINTED_TITLE_MAX]
        title = tops[0] if tops and TITLE_PARTS.search(tops[0]) else ""
    headers: dict[int, str] = {}
    title_lines: set[int] = set()
    stamped = Counter(bare[i] for i in stamps)
    for i in stamps:
        near = titled.get(i)
        if title and near is not None and bare[near] == title and (seen >= 2 or i in page_tops):
            headers[i] = f"{bare[i]} {title}"
            title_lines.add(near)
        elif len(stamps) >= 2 and stamped[bare[i]] == len(stamps):
            headers[i] = bare[i]  # the same printing day over every page, the page having no title
    return headers, title_lines


def without_browser_print_margins(text: str, dropped: dict[str, list[str]]) -> str:
    """The text without the browser's printed header and footer lines: only where the footer (the page's address and
    its number) is there, and then each header line giving the page's title the header most often gives (a timeline's
    own '3/3/24, 5:43 PM Police arrive' stays)."""
    if "://" not in text:
        return text
    lines = text.split("\n")
    bare = [line.lstrip("\f").strip() for line in lines]
    footers = {i for i, line in enumerate(bare) if _is_footer(line)}
    apart = _footers_apart(bare)
    if apart:
        headers_apart, title_lines = _headers_apart(bare, set(range(len(bare))) - apart, _page_tops(lines))
        margins = footers | apart | set(headers_apart) | title_lines
        kept = [("\f" if line.startswith("\f") else "") if i in margins else line for i, line in enumerate(lines)]
        given = [headers_apart.get(i, bare[i]) for i in sorted(margins) if i not in title_lines]
        dropped.setdefault("browser's printed header and footer", []).extend(given)
        return "\n".join(_sentences_rejoined(kept, margins))
    if not footers:
        footers = _numbered_title_margins(bare) or _numbered_address_margins(bare)
        if not footers:
            return text
        lines = [("\f" if line.startswith("\f") else "") if i in footers else line for i, line in enumerate(lines)]
        dropped.setdefault("browser's printed header and footer", []).extend(bare[i] for i in sorted(footers))
        return "\n".join(_sentences_rejoined(lines, footers))
    headers = {i: match[1] or "" for i, line in enumerate(bare) if (match := PRINT_HEADER.match(line))}
    if headers:
        title, _ = (Counter(t for t in headers.values() if t) or Counter(headers.values())).most_common(1)[0]
        headers = {i: t for i, t in headers.items() if t == title}
    margins = footers | set(headers)
    # each left blank, so that the lines keep their numbers (a form feed kept: the page still turns there)
    kept = [("\f" if line.startswith("\f") else "") if i in margins else line for i, line in enumerate(lines)]
    dropped.setdefault("browser's printed header and footer", []).extend(bare[i] for i in sorted(margins))
    return "\n".join(_sentences_rejoined(kept, margins))


CUT_SENTENCE_END = re.compile(r"[a-z,]$")  # a line the page's foot cut mid-sentence: '… The broken'


def _sentences_rejoined(lines: list[str], margins: set[int]) -> list[str]:
    """The lines with each sentence the printed margins cut in two whole again: where the line over a page's margins
    ends mid-sentence (a word in lower case, a comma) and the line under them goes on in lower case, the second half
    runs on at the end of the first and its own line is left blank (the lines keep their numbers). A paragraph ending
    on its stop over the margins, or a heading in capitals under them, stays apart."""
    lines = list(lines)
    above_of, below_of = _nearest_text_lines(lines)
    read: set[int] = set()  # the lines over a run of margins already read (a title and an address apart are one run)
    for margin in sorted(margins):
        above, below = above_of[margin], below_of[margin]
        if above is None or below is None or above in read:
            continue
        read.add(above)
        first, second = lines[above].rstrip(), lines[below].lstrip("\f").strip()
        if CUT_SENTENCE_END.search(first) and second[:1].islower():
            lines[above] = f"{first} {second}"
            lines[below] = "\f" if lines[below].startswith("\f") else ""
            read.add(below)  # left blank: the margins under it have the joined line over them, already read
    return lines


def _nearest_text_lines(lines: list[str]) -> tuple[list[int | None], list[int | None]]:
    """For every line, the nearest line with text over it and under it: one pass each way, so that a long run of
    margins costs no more than its length."""
    has_text = [bool(line.strip("\f \t")) for line in lines]
    above: list[int | None] = []
    last: int | None = None
    for index, text in enumerate(has_text):
        above.append(last)
        if text:
            last = index
    below: list[int | None] = [None] * len(lines)
    last = None
    for index in range(len(lines) - 1, -1, -1):
        below[index] = last
        if has_text[index]:
            last = index
    return above, below


TITLE_PARTS = re.compile(r" (?:[|·•»]|::|[-–—]) ")  # 'Headline | Site', 'Site - Headline'
HEADLINE_REACH = 15  # lines at the top of the first page the masthead, menu and kicker take at most
FURNITURE_LINE_MAX = 80  # a masthead's, a menu's or a kicker's line is short
WRAPPED = re.compile(r"\b[a-z]+$")  # a headline's line ending on a lower-case word ('… What the') may run on


def _words(line: str) -> str:
    return " ".join(line.split()).casefold()


def _opens(top: list[str], i: int, part: str) -> bool:
    return top[i].startswith(part) or f"{top[i]} {top[i + 1]}".startswith(part)


def without_masthead_over_printed_title(text: str, dropped: dict[str, list[str]]) -> str:
    """Where the browser's header gave the page's title, the lines over the first page's line the title's headline opens
    (the site's masthead, tag line, menu and the story's kicker) are the site's, left out: the headline is the title."""
    parts = [_words(part) for part in TITLE_PARTS.split(printed_page_title(dropped)) if len(part.split()) >= 3]
    if not parts:
        return text
    lines = text.split("\n")
    top = [_words(line.lstrip("\f")) for line in lines[: HEADLINE_REACH + 1]]
    # the top line the longest part (the headline) opens, alone or run on into the next line; the shorter parts (the
    # site's name, which may open the masthead or a lede's line too) only where the headline opens none
    found = next(((i, part) for part in sorted(parts, key=len, reverse=True) for i in range(len(top) - 1) if _opens(top, i, part)), None)
    if found is None:
        return text
    i, headline = found
    wrapped = not any(top[i].startswith(part) for part in parts)  # the part opened the line run on into the next
    above = [line.strip() for line in lines[:i] if line.strip()]
    if "\f" in "".join(lines[:i]) or any(len(line) > FURNITURE_LINE_MAX for line in above):
        return text
    dates = [line for line in above if find_line_date(line) or month_line(line)]  # the story's, set over its headline
    masthead = [line for line in above if line not in dates]
    if not masthead:
        return text
    dropped.setdefault("site's masthead and menu over the printed page's headline", []).extend(masthead)
    lines = lines[i:]
    # a headline the title gives across two lines ('… What the' / 'Harbour Board …') is one line; one it gives whole on
    # its line keeps the deck, kicker or date under it
    # one whose line runs on past the title's part and stops on a word no headline ends on ('… Caution: What the' under the
    # title's 'Why the Quay Reports Deserve Caution') runs on into its next line too, unless that is the byline or a date
    wrapped = wrapped or (_words(lines[0]) != headline and _runs_on(lines[0], lines[1] if len(lines) > 1 else ""))
    if wrapped:
        lines[:2] = [f"{lines[0].rstrip()} {lines[1].strip()}"]
    under = 1  # the date goes under the headline's lines: where the page's headline runs on past the title's, its next
    if dates and _words(lines[0]) != headline:
        while (
            under < min(len(lines), 3)
            and WRAPPED.search(lines[under - 1])
            and 0 < len(lines[under].strip()) <= FURNITURE_LINE_MAX
            and not BYLINE_OPENING.match(lines[under])
        ):
            under += 1
    lines[under:under] = dates
    # blank lines over the title for the lines left out and the headline's line run on: the lines under it keep their
    # numbers in the problems, as the user's file has them
    return "\n".join([""] * (i - len(dates) + wrapped) + lines)


BYLINE_OPENING = re.compile(r"by[\s:]", re.I)  # 'By Jane Roe', 'BY: Jane Roe'; never 'Byron Bay …'

# the words a headline never stops on: a line ending on one runs on into the next
HEADLINE_GOES_ON = re.compile(r"\b(?:" + "|".join(sorted(HEADLINE_GOES_ON_WORDS)) + r")$")


def _runs_on(line: str, after: str) -> bool:
    after = after.strip()
    return (
        HEADLINE_GOES_ON.search(line.rstrip()) is not None
        and 0 < len(after) <= FURNITURE_LINE_MAX
        and not BYLINE_OPENING.match(after)
        and not (find_line_date(after) or month_line(after))
    )


def printed_page_title(dropped: dict[str, list[str]]) -> str:
    """The page's title the browser printed in its header ('' where none was dropped)."""
    for line in dropped.get("browser's printed header and footer", ()):
        match = PRINT_HEADER.match(line)
        if match and match[1]:
            return match[1]
    return ""


# the words of a site's footer links, one line of them under the page ('About Contact Privacy', 'Follow us: Twitter
# Facebook'), and a line naming whose project the site is ('Harbour Watch is a project of the Orm Institute.')
FOOTER_LINK_WORDS = frozenset(
    "about us contact privacy policy terms of use service and & conditions cookie cookies settings accessibility sitemap "
    "site map careers jobs advertise donate subscribe newsletter follow rss feed twitter x facebook instagram linkedin "
    "youtube tiktok threads bluesky mastodon whatsapp telegram email press team staff masthead support faq help legal "
    "imprint home our".split()
)
FOOTER_LINK_SEPARATORS = re.compile(r"[|·•:,/]")
FOOTER_LINKS_MIN = 2
FOOTER_LINE_MAX = 120
SITE_OWNER = re.compile(
    r"^\S.{0,80}? is (?:a|an|the) (?:[\w-]+ ){0,2}(?:project|program|programme|initiative|publication|service|website|site|imprint) "
    r"of \S.{0,100}$"
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)


def _site_footer_line(line: str) -> bool:
    if len(line) > FOOTER_LINE_MAX:
        return False
    words = FOOTER_LINK_SEPARATORS.sub(" ", line).casefold().split()
    return (len(words) >= FOOTER_LINKS_MIN and all(w in FOOTER_LINK_WORDS for w in words)) or bool(SITE_OWNER.match(line))


def without_site_footer_at_printed_end(text: str, dropped: dict[str, list[str]]) -> str:
    """On a page a browser printed, the site's footer closes the last page under the story and its notes: its links
    ('About Contact Privacy', 'Follow us: Twitter Facebook') and whose project the site is, round its copyright line.
    They are the site's, left out (else the last note runs on into them, or a site's name opening on a number is read as
    a note); a note's own last line, a cited work's title, stays."""
    if "browser's printed header and footer" not in dropped:
        return text
    lines = text.split("\n")
    footer: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].lstrip("\f").strip()
        if not line:
            continue
        if COPYRIGHT.match(line):
            continue  # the copyright line: the site's, left out where page furniture is
        if not _site_footer_line(line):
            break
        footer.append(i)
    if not footer:
        return text
    dropped.setdefault("site's footer under the printed page", []).extend(lines[i].strip() for i in reversed(footer))
    for i in footer:  # each left blank, so that the lines keep their numbers
        lines[i] = "\f" if lines[i].startswith("\f") else ""
    return "\n".join(lines)


# a news site's menu of sections on one line under its masthead ('News Sport Opinion', 'Home | World | Business')
SECTION_WORDS = frozenset(
    "home news sport sports opinion comment business money culture arts lifestyle life style travel food politics world "
    "uk us local national international analysis features video videos podcast podcasts science tech technology health "
    "environment climate education weather entertainment obituaries letters columns editorial investigations magazine "
    "events jobs subscribe donate newsletters about search menu".split()
)
MENU_WORDS_MIN = 3
MASTHEAD_REACH = 3  # lines over the menu: the site's name, its tag line
MASTHEAD_LINE_MAX = 40


# a menu's separators: never a comma or a colon, which a title or a line of prose naming sections has too
MENU_SEPARATORS = re.compile(r"[|·•/]")


def _section_menu(line: str) -> bool:
    words = MENU_SEPARATORS.sub(" ", line).casefold().split()
    return len(words) >= MENU_WORDS_MIN and all(w in SECTION_WORDS for w in words) and len(line) <= FOOTER_LINE_MAX


def without_masthead_and_menu_at_top(text: str, dropped: dict[str, list[str]]) -> str:
    """A page printed without the browser's margins opens on the site's masthead and its menu of sections ('THE HARBOUR
    TIMES' / 'News Sport Opinion') over the story's kicker, date and headline: the site's, left out (left blank, so
    that the lines keep their numbers), never the title. A menu line far down the page, or under a long line, is text."""
    lines = text.split("\n")
    shown = [i for i, line in enumerate(lines[: MASTHEAD_REACH * 3 + 1]) if line.strip()]
    menu = next((n for n, i in enumerate(shown[: MASTHEAD_REACH + 1]) if _section_menu(lines[i].strip())), None)
    if menu is None or len([line for line in lines[shown[menu] + 1 :] if line.strip()]) < MASTHEAD_REACH:
        return text
    over = [lines[i].strip() for i in shown[:menu]]
    if "\f" in "".join(lines[: shown[menu]]) or any(len(line) > MASTHEAD_LINE_MAX or line[-1] in ".!?:" for line in over):
        return text
    if not MENU_SEPARATORS.search(lines[shown[menu]]) and not all(line.isupper() for line in over):
        return text  # words set apart by spaces alone under a title in small letters: the title and its topics
    dropped.setdefault("site's masthead and menu over the printed page's headline", []).extend([*over, lines[shown[menu]].strip()])
    for i in shown[: menu + 1]:
        lines[i] = ""
    return "\n".join(lines)
