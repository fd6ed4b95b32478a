"""A quotation a site sets as a block quote under the clause that leads into it ('… its chair told us:'): a copy as
plain text (select-all, an e-mail digest) loses the block quote's marks, leaving an unmarked paragraph."""

from __future__ import annotations

import itertools
import re

from .attribution.occasions import WRITTEN_NOUNS
from .attribution.quotes import DOCUMENT_NOUNS
from .attribution.work_nouns import WRITINGS
from .importunits import CITED_YEAR, QUOTE_OPEN, Unit, is_title_case
from .pdftext import LEAD_IN

SAYING_VERBS = (
    r"said|says|told|tells|noted|notes|wrote|writes|added|adds|stated|states|explained|explains|argued|argues|warned"
    r"|warns|concluded|concludes|declared|declares|replied|commented|observed|recalled|recalls|recounted|recounts|described"
    r"|describes|testified|testifies|remembered|remembers|insisted|insists|responded|responds|answered|answers|remarked|admitted"
    r"|acknowledged|complained|complains|continued|continues"
)
SAYING_LEAD_IN = re.compile(r"\b(?:" + SAYING_VERBS + r")\b[^:.!?]{0,40}:$")
SAYING_VERB = re.compile(r"\b(?:" + SAYING_VERBS + r")\b")
_PAST_SAYING = "|".join(
    [verb for verb in SAYING_VERBS.split("|") if verb.endswith("ed") or verb in ("said", "told", "wrote")]
    + ["asked", "contended", "maintained", "urged", "pleaded"]
)
_PRESENT_SAYING = "|".join([verb for verb in SAYING_VERBS.split("|") if verb.endswith("s")] + ["asks", "contends"])
# '…, as the councillors said', 'The release contended', 'The statement asked', 'he notes': a clause closing on its verb of
# saying leads into the quotation under it, its colon lost or never set; a present tense only after its pronoun, as a
# heading names 'Obligations of member states', 'Questions and answers', 'Field notes' (and a headline in sentence case
# asks 'What the minister said')
SAYING_AT_END = re.compile(r"\b(?:" + _PAST_SAYING + r"),?$|\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:" + _PRESENT_SAYING + r"),?$")
# the verb with its subject right before it: a pronoun, a name, 'the statement' ('He said', 'as the councillors said')
SUBJECT_THEN_SAYING = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)|\b[Tt]he\s+[\w’'-]+|\b[A-Z][\w’'-]+)\s+(?:" + _PAST_SAYING + "|" + _PRESENT_SAYING + r"),?$"
)
WH_HEADING = re.compile(r"^(?:What|Who|Whom|Why|How|Where|When|Which)\b")
ACCORDING_TO = re.compile(r"\baccording\s+to(?:\s+[^\s:]+){1,4}\s*:$", re.I)  # 'According to Weber-Wulff:'
# a cue verb in the paragraph's last sentence, a clause after it: 'Roig … told us he is concerned about the tools — which
# he suspects his students used:', 'Weber-Wulff added that she is confident the tools are in the literature:'
CUE_CLAUSE = re.compile(
    r"\b(?:told\s+(?:us|me|him|her|them|the\s+\w+)|tells\s+us|said|says|added|adds|wrote|writes|explained|explains|noted|notes"
    r"|warned|warns|argued|argues|recalled|recalls)\b(?P<clause>[^.!?:]*):$"
)
CUE_CLAUSE_WORDS = 24
# '… said the following:', and '… the survey concludes that:' over its findings, a line each (their bullets lost)
LIST_LEAD_IN = re.compile(
    r"\b(?:following|as\s+follows|below|include|includes|including|these|are|were"
    r"|(?:concludes|concluded|finds|found|recommends|recommended)\s+that)\s*:$",  # a report's findings ('… states that:' quotes it)
    re.I,
)

# a short clause a post or a column leads into the quotation under it with ('Well, Harbour TV has the receipts:', 'And
# then this:', 'Here it is:'): a discourse word and its comma or a conjunction opening it, or a verb in it; a heading
# names its matter ('Key findings:', 'Background:')
CLAUSE_LEAD_IN = re.compile(
    r"^(?:(?:Well|So|Now|Still|Again|Then|Yes|No|Indeed|Instead|Of course|Sure enough|As it happens|In short),\s|(?:And|But|So|Yet|Or)\s)"
    r"|\s(?:is|are|was|were|has|have|had|does|did|reads|goes|went)\b"
)


# an explainer's subhead asks the question its section answers ('What the deal does:', 'Who was left out:')
WH_OPENING = re.compile(r"^(?:What|Who|Whom|Whose|Which|How|Why|Where|When)\b")


def clause_leading_in(text: str) -> bool:
    """A line ending on a colon that reads as a clause leading into what follows, no heading: 'Well, the Herald has the
    receipts:', 'And then this:'; never one in title case ('What Comes Next:') nor one asking what its section answers
    ('What the deal does:')."""
    text = text.strip()
    return text.endswith(":") and not is_title_case(text) and not WH_OPENING.match(text) and CLAUSE_LEAD_IN.search(text[:-1]) is not None


# what a written thing said, given under it: 'The sign on the door read:', 'The keepers' manual reads, in part:', 'The
# statement she read:'; the thing named with its article and its noun (a reader's 'Books you should read:', 'the keepers'
# children read:' and the noun 'read' after a copula or 'for', 'The report is a hard read:', 'our pick for a weekend
# read:', name none)
THING_READ = re.compile(
    r"\b(?:the|a|an|one|its|his|her|their|this|that)\s+(?P<thing>(?:[^\s:]+\s+){1,6}?)(?:read|reads)(?:,\s+in\s+part,?)?\s*:$", re.I
)
NOUN_READ_FRAME = re.compile(r"\b(?:is|was|are|were|be|been|being|for|makes?|made|making)\s+(?:[^\s:]+\s+){0,5}?(?:read|reads)\s*:$", re.I)
# the things whose words are read, besides the writings and documents the engine's lists hold
INSCRIPTIONS = frozenset(
    """sign plaque notice placard banner poster inscription label headline tweet retweet manual handbook guide page entry
    passage clause section paragraph line rule order decree ruling verdict judgment warning slogan motto leaflet flyer
    pamphlet brochure document transcript minutes card citation chyron""".split()
)
READ_THINGS = INSCRIPTIONS | WRITINGS | WRITTEN_NOUNS | DOCUMENT_NOUNS
THING_WORD = re.compile(r"[a-z][\w-]*", re.I)
# the writer's 'For example:' under a sentence about how a text reads ('The rules make for grim reading. For example:',
# 'Their wording is blunt. For instance:'): an excerpt of that text follows; an example of the writer's own after any
# other sentence ('The board tried many things. For example:', 'The board's reading of the law was narrow. For example:')
EXAMPLE_LEAD_IN = re.compile(r"(?:For\s+example|For\s+instance|An\s+example|A\s+sample)\s*:$", re.I)
TEXTS_WORDING = re.compile(
    r"\b(?:make|makes|made|making)\s+for\s+(?:[\w-]+\s+){0,2}reading\b|\b(?:wording|phrasing)\b|\bthe\s+language\s+of\s+the\b"
    r"|\b(?:its|their)\s+language\b",
    re.I,
)
LEAD_IN_TAIL = 300  # characters at a paragraph's end where its lead-in clause stands: the search stays linear


def _thing_read(text: str) -> bool:
    tail = text[-LEAD_IN_TAIL:]
    found = THING_READ.search(tail)
    if found is None or NOUN_READ_FRAME.search(tail):
        return False
    return any(_names_a_read_thing(word.lower()) for word in THING_WORD.findall(found.group("thing")))


def _names_a_read_thing(word: str) -> bool:
    return word in READ_THINGS or (word.endswith("s") and word[:-1] in READ_THINGS)


def _example_of_text(text: str) -> bool:
    found = EXAMPLE_LEAD_IN.search(text[-LEAD_IN_TAIL:])
    if found is None:
        return False
    before = text[-LEAD_IN_TAIL:][: found.start()].rstrip()
    if before[-1:] not in ".!?":
        return False
    sentence = re.split(r"[.!?]\s", before[:-1])[-1]
    return TEXTS_WORDING.search(sentence) is not None


def leads_into_quotation(text: str) -> bool:
    """A paragraph that ends on a clause leading into the words it quotes: 'Rilke told us:', 'she said:', 'According to
    Rilke:', 'Rilke added that the board would wait:', 'a reporter described them in bemused terms:', 'The sign read:', 'The
    rules make for grim reading. For example:'; never a list's lead-in ('The bids include:', '… said the following:')."""
    text = text.rstrip()
    cue = CUE_CLAUSE.search(text)
    led = bool(
        LEAD_IN.search(text)
        or ACCORDING_TO.search(text)
        or (cue and len(cue.group("clause").split()) <= CUE_CLAUSE_WORDS)
        or _thing_read(text)
        or _example_of_text(text)
    )
    return led and not LIST_LEAD_IN.search(text)


def block_quotes_without_marks(body: list[Unit], inferred: list[str]) -> None:
    """The paragraph under a lead-in paragraph, with no quotation marks opening it, is the quotation: one paragraph,
    set as a block quote. A paragraph that opens with marks is quoted by them; a heading, a list or a figure is no
    quotation."""
    for before, unit in itertools.pairwise(body):
        if before.kind != "paragraph" or unit.kind != "paragraph" or unit.text.lstrip()[:1] in QUOTE_OPEN + "‘'":
            continue
        if leads_into_quotation(before.text):
            unit.kind = "quote"
            inferred.append(f"line {unit.line}: the paragraph under a clause leading into a quotation read as the block quote it is")


# an author-date citation closing a quotation set off as a block ('… a harbour town's shame. (QCB 2006, 81-2).',
# '… a moral failure (Harbour Post 4/2/2002).'): the source's name, its year or day, the pages
CLOSING_CITATION = re.compile(
    r"\((?:[A-Z][\w&.’'-]*)(?:\s+[\w&.’'-]+){0,5}\s+(?:" + CITED_YEAR + r"|\d{1,2}/\d{1,2}/\d{2,4})(?:,\s*[\d–-]+){0,3}\)\.?$"
)


# the source cited by author and date in the lead-in's own clause, right before its verb ('As Mary Major (2002:1) recently
# observed,', 'As Roe (1998, 12) notes:'): a scholar's way of leading into a block quote whose citation comes first
CITED_SOURCE_IN_LEAD_IN = re.compile(r"\b[A-Z][\w’'-]+\s+\(" + CITED_YEAR + r"(?:[:,]\s*[\d–-]+){0,2}\)[^.!?()]{0,40}$")


def cited_block_quotes(body: list[Unit], inferred: list[str]) -> None:
    """A paper sets a long quotation off as a block under a clause closing on its verb of saying, with no colon ('…, as
    the councillors said', 'He said', 'The statement asked,'), and closes it with its author-date citation ('(QCB 2006,
    81-2).'): the paragraph under such a clause (or one with its colon, 'He said:'), no quotation mark opening it,
    closed so, is the block quote, in a PDF's text too, where its indent was lost; so is one under a clause that cites
    its source by author and date before the verb ('As Mary Major (2002:1) recently observed,') when the paragraph under
    it does not open on a lower-case word (the lead-in's own sentence going on after a blank line)."""
    for before, unit in itertools.pairwise(body):
        if before.kind != "paragraph" or unit.kind != "paragraph" or unit.text.lstrip()[:1] in QUOTE_OPEN + "‘'":
            continue
        lead_in = before.text.rstrip()
        # the author's own paragraph under a heading ending on a verb form ('Duties of member states') is no quotation
        closes_on_verb = SAYING_AT_END.search(lead_in) and (lead_in.endswith(",") or SUBJECT_THEN_SAYING.search(lead_in))
        led = closes_on_verb or leads_into_quotation(before.text)
        # a paragraph opening on a lower-case word goes on the lead-in's own sentence, split by a blank line
        cited_lead_in = not unit.text.lstrip()[:1].islower() and CITED_SOURCE_IN_LEAD_IN.search(lead_in[-LEAD_IN_TAIL:])
        if led and (CLOSING_CITATION.search(unit.text.rstrip()) or cited_lead_in):
            unit.kind = "quote"
            inferred.append(
                f"line {unit.line}: the paragraph under a clause closing on its verb of saying, closed by its citation, read as a block quote"
            )
