"""The words that head a person's post where a line names the holder ('Jane Roe, Director, Harbour Institute',
'Minister for Health Jane Roe', 'Executive Director'): a government's offices and the posts of newsrooms, universities
and institutes. A place's region ('Grand Cayman', 'Prince Edward Island') or a body's name holds none."""

from __future__ import annotations

import re

from .turns import OFFICE_TITLE_HEADS

POST_HEADS = OFFICE_TITLE_HEADS | frozenset(
    """director chair chairman chairwoman chairperson president vice-president professor lecturer dean fellow head chief
    editor correspondent reporter analyst researcher adviser advisor ambassador senator founder partner counsel economist
    scientist manager coordinator co-ordinator""".split()
)
POST_HEAD_REACH = 3  # words: the head after its qualifiers ('Deputy Chief Medical Officer' ends on it, 'Senior Fellow')


def heads_a_post(words: str) -> bool:
    """Whether the words open on a post: its head word within the first few ('Director', 'Senior Fellow', 'Minister for
    Ports'), or 'of'/'for' going on from a post before them."""
    found = re.findall(r"[\w’'-]+", words)
    return bool(found) and (found[0].lower() in ("of", "for") or any(w.lower() in POST_HEADS for w in found[:POST_HEAD_REACH]))
