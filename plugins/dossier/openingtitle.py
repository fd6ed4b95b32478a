"""A text with no title line, no heading and no headline given twice whose first paragraph is a headline set as a
standfirst: a sentence or two of a headline's length in title case, ending on its stop, no quotation closing it ('Four
Months of Talks, No Deal. The Weekly Digest, 4 March edition.'). A user who saved it reads that line as what the text
is called, not the file's name ('notes-3.txt'). A first paragraph in sentence case is a lede ('The council voted on
Tuesday …', a credited quotation in it), or a newsroom's note over the story: the story's, no title; so is a speech's
greeting to the chair ('Thank You, Madam Speaker.'); the file's name stays the last resort."""

from __future__ import annotations

from .actors import fold_chars
from .attribution.titles import TITLE_WORDS
from .attribution.vocatives import ADDRESS_COURTESY, SMALL_WORDS
from .captions import SENTENCE_BOUNDARY
from .importunits import QUOTE_CLOSE, Unit, is_title_case

STANDFIRST_WORDS_MAX = 25  # a headline's or a standfirst's length; a news lede runs longer
STANDFIRST_SENTENCES_MAX = 2  # a headline and its subtitle, each with its stop
STOPS = ".!?"
ADDRESSED_WORDS_MAX = 4  # 'Madam Deputy Speaker', 'Mr Vice President'


def _greets_the_chair(text: str) -> bool:
    """A speech's greeting, the one addressed after its last comma ('Thank You, Madam Speaker.', 'Good Evening, Chair.')."""
    _, comma, addressed = text.rstrip(STOPS).rpartition(",")
    words = [fold_chars(word).rstrip(".") for word in addressed.split()]
    titles = words[1:] if words and words[0] in ADDRESS_COURTESY else words
    return bool(comma) and 0 < len(words) <= ADDRESSED_WORDS_MAX and bool(titles) and all(w in TITLE_WORDS and w not in SMALL_WORDS for w in titles)


def opening_standfirst(unit: Unit | None) -> bool:
    """The unit is a headline set as the text's opening standfirst, which titles the text (see the module's note)."""
    if unit is None:
        return False
    text = " ".join(unit.text.split())
    if not text or text[-1] not in STOPS or text.rstrip(STOPS)[-1:] in QUOTE_CLOSE:
        return False
    return (
        len(text.split()) <= STANDFIRST_WORDS_MAX
        and len(SENTENCE_BOUNDARY.findall(text)) < STANDFIRST_SENTENCES_MAX
        and is_title_case(text)
        and not _greets_the_chair(text)
    )
