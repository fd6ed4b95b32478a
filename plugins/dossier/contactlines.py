"""The lines of a release's or a letter's contact and memo head: a telephone number under its label, a release's closing
contact line, a memo's 'To:' and 'From:' fields. Shared by the heading rules (none of them is a heading) and the sign-off
rules (what the typist's initials stand under)."""

from __future__ import annotations

import re

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
LETTERHEAD_LINE = re.compile(
    r"^(?:(?:TELEPHONE|TEL|PHONE|FACSIMILE|FAX|E-?MAIL|WEBSITE|WEB|INTERNET|INTERNAT)\b|(?:G\.?P\.?O\.?|P\.?O\.?)\s*BOX\b"
    r"|\d{1,5}[A-Z]?\s+(?:[A-Z][A-Z'’-]*\s+){1,4}(?:STREET|ST|ROAD|RD|AVENUE|AVE|PLACE|PL|LANE|TERRACE|PARADE|HIGHWAY|DRIVE|SQUARE|QUAY|WHARF)\b)"
)
# a line of the typist's reference, closing a letter under its letterhead or contact lines: 'jk', 'ab/cd', 'KD'
TYPIST_INITIALS = re.compile(r"^(?:[a-z]{2,3}|[A-Z]{2,3})(?:/[A-Za-z]{2,3})?$")
