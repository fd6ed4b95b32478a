"""The writer of a speech, an address or an op-ed quoting a statement of his own on record in his own narration ("As I
said in this chamber last year, “…”", "I said recently in Parliament …:", "I wrote at the time that “…”"): the report's
one author says the words. Only there: not a scene the writer recalls ("I said: “…”", "I told him: “…”", "I thought:"),
a question ("I asked the minister:"), words relayed ("I quote the Governor:"), a term coined ("what I term a “…”"), an
"As I said, he was angry: “…”" whose words are another's, a sentence whose cue after the quote names its speaker
("As I said, “…,” Vell added"), nor an "I" who is not the writer (testimony, a letter, a Q&A's answer, a block
quotation), which the engine refuses by the paragraph."""

from __future__ import annotations

import re

from .cues import CUE, base_of, is_describing

# "As I said in this chamber", "I said recently", "I have also written": the writer's "I" right before the verb
I_BEFORE_CUE = re.compile(r"(?<![\w’'])(?P<back>[Aa]s\s+)?I\s+(?:\w+ly\s+|also\s+|then\s+|have\s+|had\s+)?$")
# what names the occasion between the verb and the words: a time or a place of record ("recently in Parliament", "at the
# time that", "in this chamber last year", "last March", "before the committee"), never someone told ("him", "the
# minister", "Vell": a scene, whose "he" may be the one who speaks next)
OCCASION = re.compile(
    r"(?!in\s+(?:response|reply|return|answer|turn)\b)"  # "I said in reply:": a scene's exchange
    r"(?:(?:[a-z]+ly|in|at|on|during|before|last|earlier|previously|once|then|this|that|years?|\d{1,4})\b(?!\s*[:,]?\s*$)"
    r"|(?:[a-z]+ly|earlier|previously|once|then|before|at\s+the\s+time|last\s+\w+|in\s+\w+)\s*$)"
)
NOT_ON_RECORD = frozenset({"ask", "question", "query", "quiz", "quote", "cite", "think", "wonder"})


def on_record(writer: re.Match[str], word: str, gap: str) -> bool:
    """Whether the writer's "I" before the verb of saying cites a statement of his own on record: one he refers back to
    with nothing but an occasion between the verb and the words ("As I said, “…”", "As I said in May, “…”"), or one whose
    occasion he names there ("I said recently in Parliament:", "I wrote at the time that")."""
    if is_describing(word) or base_of(word) in NOT_ON_RECORD:
        return False  # "what I term a “…”", "I asked the minister:", "I quote the Governor:", "I thought:"
    occasion = gap.strip(" ,:")
    if not occasion:
        return bool(writer.group("back"))  # "As I said, “…”"; not "I said: “…”", a scene
    return OCCASION.match(occasion) is not None and (writer.group("back") is None or "," not in occasion)


def credited_after(sentence: str, quote_end: int) -> bool:
    """Whether the sentence goes on after the quote with a verb of saying ("“…,” Vell added", "“…,” he told me"): the
    words are the one it names, not the writer's "As I said"."""
    return CUE.search(sentence, quote_end) is not None


# a paragraph that hands the text over to someone else's passage ("The letter reads in part:", "His account ran as
# follows."): an "I" in the paragraph under it is that passage's, not the writer's
INTRODUCES_A_PASSAGE = re.compile(r"(?::|\bas\s+follows\s*[.:]?|\bin\s+part\s*[.:]?)\s*$")


def introduces_a_passage(text: str) -> bool:
    """Whether the paragraph ends by handing over to a passage under it (a colon, "as follows.", "reads in part")."""
    return INTRODUCES_A_PASSAGE.search(text[-40:]) is not None
