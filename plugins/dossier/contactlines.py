"""The lines of a release's or a letter's contact and memo head: a telephone number under its label, a release's closing
contact line, a memo's 'To:' and 'From:' fields. Shared by the heading rules (none of them is a heading) and the sign-off
rules (what the typist's initials stand under)."""

from __future__ import annotations

import re

from .attribution.names import PREPOSITIONS

# a letter's or a memo's head, the addressee's and the sender's line ('To: The Mayor of Marlow, Ms Ada Kern', 'From: Tomas
# Verel, General Secretary'), a release appending the letter it sent: lines of the letter, no section heading
MEMO_FIELD = re.compile(r"^(?:To|From|Cc|Attn|Attention)\s*:\s+\S")
# a telephone or fax number under its label, the number's '+' apart or not ('Tel: + 44 (0) 20 …', 'Fax: (202) …')
PHONE_NUMBER = re.compile(r"\b(?:tel|phone|fax)\b\.?\s*:?\s*(?:\+\s?)?\(?\d", re.I)
# a release's contact label ('Media Inquiries', 'Press enquiries', 'Media Contacts'), a pattern's part to read in any case
RELEASE_CONTACT_LABEL = r"(?:media|press)\s+(?:inquiries|enquiries|contacts?|liaison)"
# a release's contact line closing it, the label, a name and a number ('Media Inquiries: Jane Roe (02) 5555 0000')
CONTACT_LINE = re.compile(rf"^{RELEASE_CONTACT_LABEL}\b[^.!?]*\d", re.I)

# a letterhead's line in capitals, closing a release or a letter: the street ('19 QUAY STREET PORT CARROW 4100'), the box
# ('GPO BOX 1989 …') or a labelled number or address ('TELEPHONE (01) …', 'FACSIMILE: …', 'EMAIL: …', 'WEBSITE: …')
# The labels repeat PHONE_NUMBER's in capitals only: here the label opens the line, and a number, an address or a colon
# must follow it ('TELEPHONE (01) …', 'FAX: …', 'EMAIL: x@y'), never a word ('PHONE THE DUTY OFFICER …').
LETTERHEAD_LINE = re.compile(
    r"^(?:(?:TELEPHONE|TEL|PHONE|FACSIMILE|FAX|E-?MAIL|WEBSITE|WEB|INTERNET|INTERNAT)\.?\s*(?::|\+?\s?\(?\d|[\w.+-]+@|WWW\.|www\.|https?://)"
    r"|(?:G\.?P\.?O\.?|P\.?O\.?)\s*BOX\s*\d"
    r"|\d{1,5}[A-Z]?\s+(?P<street>(?:[A-Z][A-Z'’-]*\s+){1,4})(?:STREET|ST|ROAD|RD|AVENUE|AVE|PLACE|PL|LANE|TERRACE|PARADE|HIGHWAY|DRIVE|SQUARE|QUAY|WHARF)\b)"
)


def is_letterhead_line(text: str) -> bool:
    """A letterhead's street, box or labelled number; a street's name holds no preposition ('3 KILLED ON PACIFIC HIGHWAY'
    is a headline)."""
    match = LETTERHEAD_LINE.match(text)
    return match is not None and not (match.group("street") and any(word.lower() in PREPOSITIONS for word in match.group("street").split()))


# a person's name in a closing line, two to four capitalised words, a particle among them or not ('Jane Roe', 'Piet van
# Dam', 'Ana dela Cruz'): two words or more, never an agency's one; a pattern's part (the sign-off, the contact lines)
PERSON_WORDS = r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|del|dela|delos|da|al|bin)){1,3}"
# a line of the typist's reference, closing a letter under its letterhead or contact lines: 'jk', 'ab/cd', 'KD'
TYPIST_INITIALS = re.compile(r"^(?:[a-z]{2,3}|[A-Z]{2,3})(?:/[A-Za-z]{2,3})?$")
# the reporter's contact line closing a news story (many US papers' 'extended byline' box): the name, a colon, and only
# ways to reach them, a telephone number, an e-mail address, a social handle ('Jane Roe: 206-555-0100 or
# jroe@example.com; on Twitter: @jroe.'), a number or an address among them; a speaker's turn says more than numbers
# ('Jane Roe: Call me on 555-0100.')
_CONTACT_ITEM = (
    r"(?:\+?\(?\d[\d\s().-]{5,16}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?i:(?:on\s+)?(?:twitter|x|instagram|bluesky|mastodon|threads|facebook))\s*:?\s*@[\w.]+)"
)
AUTHOR_CONTACT_LINE = re.compile(
    rf"^(?=.*(?:@|(?<!\d)\d{{3}}[-.\s]\d{{4}}\b)){PERSON_WORDS}\s*:\s*{_CONTACT_ITEM}(?:\s*(?:,|;|\bor\b|\band\b|\|)\s*{_CONTACT_ITEM}){{0,4}}\s*\.?$"
)


# the reporter's closing line under a US paper's story, how to reach them and where to follow them and the paper: 'Jane
# Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe. Find The Harbour Post on Facebook.', 'Jane Roe
# can be reached at 555-0100 or jroe@example.com.', 'Contact Jane Roe at jroe@example.com.'
_REACH_ITEM = rf"(?:\[{_CONTACT_ITEM}\]\([^()\s]{{1,200}}\)|{_CONTACT_ITEM})"  # a Markdown export's 'mailto:' link too
_SOCIAL = r"(?:Twitter|X|Instagram|Facebook|Bluesky|Threads|Mastodon|LinkedIn|TikTok)"
_FOLLOW = rf"(?:Follow|Find|Like)\s+(?:[\w&.’'-]+\s+){{1,6}}?on\s+{_SOCIAL}(?:\s*(?:at\s+)?@[\w.]+)?"
REACH_LINE = re.compile(
    rf"^(?:(?P<name>{PERSON_WORDS})\s+(?:may|can|could)\s+be\s+reached\s+(?:by\s+e-?mail\s+)?(?:at|on)|(?:Contact|Reach|E-?mail)\s+(?P<contact>{PERSON_WORDS})\s+at)"
    rf"\s+{_REACH_ITEM}(?:\s*(?:,|\bor\b|\band\b)\s*{_REACH_ITEM}){{0,3}}\s*[.;]?(?:\s+{_FOLLOW}\s*\.?){{0,4}}$"
)
# the social lines a paper prints under it, alone on their line ('Follow her on Twitter @janeroe. Find The Harbour Post on
# Facebook.'): the page's, never the story's
FOLLOW_LINE = re.compile(rf"^{_FOLLOW}\s*\.?(?:\s+{_FOLLOW}\s*\.?){{0,3}}$")
E_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
