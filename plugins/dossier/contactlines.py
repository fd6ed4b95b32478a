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
# a release's contact line closing it, the label, a name and a number ('Media Inquiries: Jane Roe (02) 5555 0000')
CONTACT_LINE = re.compile(r"^(?:media|press)\s+(?:inquiries|enquiries|contacts?|liaison)\b[^.!?]*\d", re.I)
