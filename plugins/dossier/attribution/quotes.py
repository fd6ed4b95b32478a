"""Stage 1: every quotation-mark span of a paragraph, classified by rules that can be stated.

- a *title* of a work: after "entitled", "titled", "headlined", or a Title-Case
  phrase of three words or more with no sentence punctuation;
- a *label* (scare quote, coined term used by the author): a short span of at
  most four words that modifies the noun after it ("“corrupt” officials"),
  follows "so-called", follows a determiner or possessive with no describing
  cue before it ("the “special military operation”"), or repeats a span quoted
  earlier in the report (a back-reference);
- else a *statement* candidate, which the sieves may attribute or leave alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from ..dates import SPECIAL_CASE_CHARACTERS
from ..quotes import Span, quote_spans
from .cited_headlines import cited_headline
from .cues import AFTER_QUOTE_ONLY, CUE, base_of, is_describing
from .names import NATION
from .offered_things import OFFERED_THINGS_ANY_NUMBER
from .predicated_words import SAYING, predicated_in_a_cued_clause
from .work_nouns import APPOSED_TITLE_NOUNS, WORK_TITLE_CUES
from .work_nouns import WORK_TYPE_NOUNS as WORK_TYPE_NOUNS  # re-exported: where it was first kept

QuoteKind = Literal["statement", "label", "title"]
# patterns the functions below use, compiled once
SENTENCE_END = re.compile(r"[.!?;]\s*$")
NEXT_WORD = re.compile(r"^\s+([\w-]+)")
PUNCTUATION_END = re.compile(r"[,.;:!?]$")
# "whether it was ‘party’ or ‘government’ business": a second short term in marks after "or"/"and", then the noun both modify
PAIRED_LABEL_AFTER = re.compile(r"^\s+(?:or|and)\s+[“‘\"'][^\s“”‘’\"\n,.;:!?]+(?:\s[^\s“”‘’\"\n,.;:!?]+){0,3}[”’\"']\s+([\w-]+)")
WORD_AFTER = re.compile(r"^\s*([\w-]+)")
LABEL_MAX_WORDS = 4
TITLE_CUE = re.compile(
    r"\b(?:" + "|".join(cue for cue in WORK_TITLE_CUES if cue != "dubbed") + r"|headline|named|slogan|hashtag|motto|dubbed the|code-?named"
    # "held a contest under the title “…”", "ran under the banner “…”": the name it was given, whoever reports it
    r"|(?:under|with|bearing|by)\s+the\s+(?:title|name|banner|theme))\s*,?\s*$",
    re.I,
)
# the pieces of the patterns below, shared with lost_marks's: up to four capitalised words, a verb of saying after a
# speaker ("Ms Roe said", "he quietly said"), and one before a capitalised word ("said Ms Roe", "warned the Minister")
NAME_WORDS = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
ADVERB = r"(?:\w+ly\s+)?"
SPEAKER_CUE = r"(?:he|she|they|" + NAME_WORDS + r")\s+" + ADVERB + CUE.pattern
CUE_BEFORE_CAPITAL = ADVERB + CUE.pattern + r"\s+(?:the\s+)?[A-Z]"
SPEAKER_AFTER = re.compile(r"\s*" + SPEAKER_CUE)
# "“BREAKING: Harbour Authority Closes the Port” tweeted the River Index.": a verb of saying and a name right after the
# marks, the inverted order of SPEAKER_AFTER's; a headline's capitals in the words do not make them a title
CUE_THEN_SPEAKER = re.compile(r"\s*,?\s*" + CUE_BEFORE_CAPITAL)
MENTIONED = re.compile(
    r"\bthe\s+(?:phrase|phrases|word|words|term|expression|slogan|slogans|lexeme)\s*$|"
    r"\bthe\s+(?:(?:old|ancient|famous|popular|common|well-known|" + NATION + r")\s+)+(?:saying|proverb|adage|idiom|maxim|motto)"
    r"(?:\s+(?:about|that|of|goes))?\s*$",  # "referring to the Chinese saying about “a needle hidden in cotton”"
    re.I,
)
# "“interaction” is perhaps not the best word to use", "“crisis” is the right term": the sentence judges the quoted
# word as a word, the writer's or a witness's own choice of it, nobody's statement
JUDGED_AS_A_WORD = re.compile(
    r"\s*(?:is|was|isn[’']t|wasn[’']t|(?:may|might|would)\s+(?:not\s+)?be)\s+"
    r"(?:(?:perhaps|probably|maybe|possibly|not|hardly|really|quite|certainly|surely|just|simply|too|rather|very|the|a|an)\s+){0,4}"
    r"(?:right|best|wrong|correct|proper|apt|appropriate|better|exact|ideal|accurate|fair|good|strong|loaded|harsh|perfect|operative)\s+"
    r"(?-i:word|term|phrase|expression|description)\b",
    re.I,
)
# the spans listed before this one, each closed by a comma, "and" or "or": "removed the words “binding” and “annual
# targets”", "the terms “a”, “b” or “c”": the words a list after "the words" names are mentioned, every one
MENTIONED_LIST_TAIL = re.compile(r"(?:[“\"‘][^“”\"‘’\n]{1,60}[”\"’]\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)){1,6}$")
MENTIONED_LIST_REACH = 200  # characters before the quote in which the list and its noun stand
# "argued for replacing “self-rule” with “self-care”", "swapped “Chevron helps” for “we help”", "change “shall” to “may”": two
# short terms, the objects of a verb of replacing, are words mentioned as words, whoever proposes the change ("changes",
# "swaps" and "switches" left out: mostly the nouns; "change" and "switch" match the nouns too, but a second short term
# in marks after "to"/"with"/"for" is needed, so "the change “was rushed” by “…”" stays the speaker's)
REPLACING = r"\b(?:replac(?:e|es|ed|ing)|swap(?:ped|ping)?|substitut(?:e|es|ed|ing)|chang(?:e|ed|ing)|switch(?:ed|ing)?)\s+"
REPLACING_STEMS = ("eplac", "wap", "ubstitut", "hang", "witch")  # one of them stands in each match of REPLACING
REPLACED_TERM = r"(?:the\s+(?:word|words|term|terms|phrase|phrases)\s+)?"
REPLACED_BEFORE = re.compile(REPLACING + REPLACED_TERM + r"$", re.I)
REPLACEMENT_AFTER = re.compile(r"\s+(?:with|for|by|to|into)\s+[“\"‘]")
REPLACEMENT_BEFORE = re.compile(REPLACING + REPLACED_TERM + r"[“\"‘][^“”\"‘’\n]{1,40}[”\"’]\s+(?:with|for|by|to|into)\s+$", re.I)
JUDGED_NOUNS = ("word", "term", "phrase", "expression", "description")  # one of them, as written, is in every match
USED_PHRASE = re.compile(r"\b(?:us(?:e|ed|es|ing)|coin(?:ed|s|ing)?|utter(?:ed|s|ing)?|repeat(?:ed|s|ing)?)\s+the\s+\w+\s*$", re.I)
NICKNAME_BEFORE = re.compile(r"\b(?:(?:also\s+|better\s+|widely\s+)?known\s+as|(?:only\s+)?identified\s+as|nicknamed|a\.k\.a\.?)\s*,?\s*$", re.I)
# "the militia chief Tomas Brenner, widely considered “the father of the border militias”": a reputation the writer
# reports, in a passive with an adverb of how far it is held and no agent, a label with nobody's words in it; a passive
# only: after a comma or a form of "be", never the speaker's own active perfect ("which she has often described as “…”")
REPUTED_AS_BEFORE = re.compile(
    r"(?:,|\b(?:is|are|was|were|be|been|being))\s+(?:widely|generally|commonly|popularly|universally|largely|often|long)\s+(?:considered(?:\s+as|\s+to\s+be)?|"
    r"(?:regarded|seen|viewed|hailed|recogni[sz]ed|acknowledged|acclaimed|described|thought\s+of)\s+as)\s*,?\s*$",
    re.I,
)
REPUTED_STEMS = ("onsidered", "egarded", "seen", "viewed", "hailed", "ecogni", "cknowledged", "cclaimed", "escribed", "thought")
# "bought it from a seller called “Kettlo,”", "joined a group dubbed “the Five”", "their own war games called “Zapad”": a
# thing brought in by an indefinite article or a possessive and named by a participle of naming right after its noun,
# its name in marks whoever reports it; not "a plan he called “reckless”" (a subject between: his words), nor "a move
# called “reckless” by Tom Keel" (the agent named after: his), nor "her husband called “Help!”" (a cry, no name)
CALLED_THING_BEFORE = re.compile(
    r"\b(?:an?|one|another|its|their|his|her|our)\s+"
    r"(?:(?!(?:the|an?|he|she|they|we|it|i|you|who|which|that|whom|what|and|or|but|is|was|are|were|been|be|being)\b)[a-z][\w’'-]*\s+){1,3}"
    r"(?:called|dubbed|termed)\s*,?\s*$"
)
CALLED_THING_WORDS = ("called", "dubbed", "termed")  # what each match of CALLED_THING_BEFORE ends with
# "Ann Vell in a tweet called “for calm”", "speaking to a radio station called …": after a preposition the article's noun
# is where or how the speaker said it, and "called" her verb of saying ("from a seller called “Kettlo”" stays a thing's name)
SAYING_SETTING_PREPOSITION = re.compile(r"\b(?:in|on|at|to|during|via|through|with)\s+$", re.I)
CALLED_VERB_OPENINGS = ("for", "on")  # "called for calm", "called on the council to …": the verb's, no name
AGENT_AFTER = re.compile(r"\s*,?\s*by\s")
# "(denoting “gray hair” in Russian)", "(Russian for “gray hair”)", "(literally “…”)": the writer's translation of a word
GLOSS_BEFORE = re.compile(r"\(\s*(?:denoting|meaning|literally|lit\.|translated\s+as|[A-Z][a-z]+\s+for)\s*$")
# "Asked about “…,” she said", "when questioned on “…”", "the question about “…”": the words of the one asking (a
# reporter, a panel), quoted as the topic of the answer that follows, not the answerer's; "Ines asked about “…”" is hers
QUESTION_TOPIC_BEFORE = re.compile(
    r"(?:(?:^|[.!?:;,]\s+|\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter|being|was|were|is|are)\s+)[Aa]sked|\b(?:[Qq]uestioned|[Qq]uizzed)|\b[Tt]he\s+question)"
    r"\s+(?:about|on|over|regarding|of)\s*$"
)
# a method's instructions to the writers, the term for what they were to pick in marks: "the guidelines directed us to
# isolate one “anchor habit”", "the toolkit asks us to name a “champion”": the writers' working term, nobody's words; a
# person urging "me" to adopt a “stance” is quoted, so the one instructing must be a method (read in the tail of the text
# before the quote only)
TASK_OBJECT_BEFORE = re.compile(
    r"\b(?:guidelines?|methods?|methodolog(?:y|ies)|toolkits?|frameworks?|protocols?|brief|rubrics?|templates?|instructions?)\b"
    r"[^.!?;:“”\"]{0,60}?\b(?:us|me)\s+to\s+"
    r"(?:isolate|target|choose|pick|select|name|identify|define|label|adopt|test|track|measure|design|map|find)"
    r"\s+(?:one|a|an|the|each|every|this|that|our|its|their)\s+$",
    re.I,
)
TASK_OBJECT_TAIL = 120  # characters before the quote in which the method and its instruction stand
SO_CALLED = re.compile(r"\bso-called(?:\s+[\w’'-]+){0,2}\s*$", re.I)  # also "the so-called Democratic “blue wall”"
DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|these|those)|[’']s)(?:\s+[\w]+-[\w-]+|\s+(?-i:[a-z]+(?:ed|al|ic|ive|ous|ful|ary)))?\s*$", re.I
)  # "the “special military operation”", "China's modified “no fly zone”": one hyphenated word or adjective may stand between
DETERMINER_MAX = 5  # characters of DETERMINER's longest word ("these", "those", "their")


def determiner_before(before: str) -> bool:
    """`DETERMINER.search(before) is not None`, searched from just before the text's last word: a match ends the text
    (but for spaces), its one word after the determiner the last, so it starts no earlier than the determiner's longest
    word before the spaces before that word (re had tried every place of the text)."""
    head = before.rstrip().rsplit(None, 1)
    start = len(head[0]) - DETERMINER_MAX if len(head) == 2 else 0
    return DETERMINER.search(before, max(0, start)) is not None


NAMING_MAX_WORDS = 6  # a lower-case noun phrase after a determiner names a thing ("a three-day “joint patrol and inspection operation”")
SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "with", "from", "into", "over"}
NON_NOUN_AFTER = set(
    """in on at of to from with by for and or but as that which who whom whose is are was were be been will would could should
    may might must has have had do does did against over under into onto upon than because while when where if so not also
    rather between among through during after before since until about around across now today then again too already instead
    here there soon yet still anyway behind beyond within without toward towards near amid despite inside outside along
    below above the a an its his her their our this these those my your it itself him himself her herself them themselves us
    ourselves me out up down off away even just only ever never once""".split()  # "Finland “wiped” out": a verb's particle, no noun
)


@dataclass
class QuoteSpan:
    span: Span
    text: str  # the words inside the marks
    kind: QuoteKind
    why: str = ""


WORD = re.compile(r"[\w’'-]+")


@functools.lru_cache(maxsize=256)
def words_in(text: str) -> list[str]:
    """The text's words (kept a while: the engine reads a quotation's again; nobody changes the list)."""
    return WORD.findall(text)


def lowered_words(text: str) -> str:
    """`" ".join(WORD.findall(text.lower()))`, from the words as read: the same wherever neither "İ" (which lowers to
    two characters) nor "Σ" (which lowers by what follows it) stands, as each other character lowers to one character,
    a word character to a word character (tests/test_attribution_shortcuts.py checks every code point)."""
    if "\u0130" in text or "\u03a3" in text:
        return " ".join(WORD.findall(text.lower()))
    return " ".join(words_in(text)).lower()


def is_title_case_phrase(text: str, words: list[str] | None = None) -> bool:
    """Whether the text reads as a title; `words` are its words_in, where the caller has them."""
    words = words_in(text) if words is None else words
    if len(words) < 3 or SENTENCE_END.search(text.strip()):
        return False
    significant = [w for w in words if w.lower() not in SMALL]
    if not significant:
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False  # a title starts with a capital: "to intimidate the Primate of the Russian Church" is words
    return sum(1 for w in significant if w[0].isupper() or w[0].isdigit()) / len(significant) >= 0.75


# a quotation of one of these alone is the word itself, not anybody's statement ("yes" and "no" are answers, so not here)
MENTIONED_FUNCTION_WORDS = set("when if whether why how who what where which not but and or unless until because".split())


# a citation's tail after a title in marks: its date in brackets, then where it is found ("“…” (27 March 2020), available
# here", "“…”, accessed 2 May 2021"): a note citing a headline, a report or a speech, whatever verb comes before it
CITATION_TAIL = re.compile(r"[,.]?\s*(?:\([^()]{4,30}\)\s*[,.]?\s*)?(?:available|accessed|retrieved)\b", re.I)
# a work's catalogue number in brackets after its title: "“It is not her shame” (Index: EUR 11/002/2006)", "(AI Index: …)",
# "(UN Doc. A/HRC/55/22)", "(ISBN 978-…)"; not a quoted passage with its place in the work ("(UN Doc. A/55/22, para. 14)")
CATALOGUE_NUMBER_AFTER = re.compile(
    r"[,.]?\s*\((?:[A-Z]{2,4}\s+)?(?:Index|Doc\.?|Document|ISBN|ISSN|Report\s+No\.?)\s*:?\s*[A-Z0-9]"
    r"(?![^()]*\b(?:para|paras|p|pp|page|pages|§)\b)[^()]{0,40}\)"
)


# "their ability to constantly “sniff” the water", "the plant's capacity to “taste” the soil": a verb in marks after a
# noun's "to", the sentence going on with its object, is the writer's figure of speech (features on science and nature
# write so), not the words of whoever the clause is reported from; "vowed to “crush” the rebels" (a verb's "to") stays
NOUN_INFINITIVE_BEFORE = re.compile(
    r"\b(?:their|its|his|her|our|the|an?|[\w-]+[’']s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:ability|abilities|capacity|capability|tendency|power|knack|way|means|urge|instinct)\s+to\s+(?:[a-z]+ly\s+)?$"
)
# the aim a participle of advocating names, its one quoted word before a noun a label: "pushing for a “soft” exit"
ADVOCATED_AIM_BEFORE = re.compile(r"\b(?:pushing|campaigning|lobbying|pressing)\s+for\s+(?:an?|the)\s+$")

# "a resolution declaring May as “Lighthouse Keepers Month”", "proclaimed Friday “Ada Lind Day”": the name a resolution, a
# proclamation or an award gives a day, a thing or a person (a capitalised name in the marks), nobody's words
DECLARED_NAME_BEFORE = re.compile(r"\b(?:declar|proclaim|designat|nam)(?:ing|ed|es|e|s)\s+(?:[\w’'.-]+\s+){1,5}?(?:as\s+|to\s+be\s+)?$", re.I)
DECLARING_STEMS = ("eclar", "roclaim", "esignat", "naming", "named", "names")


# an initialism, then the verb that spells it out ("it said BP really meant ‘Beyond Petroleum’", "MAGA stands for “Make
# America Great Again”"): the words in marks are what the letters stand for, a name, nobody's statement
INITIALISM_EXPANDED_BEFORE = re.compile(
    r"\b(?P<letters>[A-Z]{2,6}|(?:[A-Z]\.){2,6})\s+(?:(?:really|actually|supposedly|originally|now|once)\s+)?"
    r"(?:meant|means|stands\s+for|stood\s+for|(?:is|was)\s+short\s+for)\s*$"
)


def _spells_out_initialism(before: str, words: list[str]) -> bool:
    """Whether the marks hold the words the initialism right before them stands for: their capitals are its letters
    ("NF meant ‘New Frontier’"; not "the cut meant “a better deal”", nor "NF meant “we are going green”")."""
    expanded = INITIALISM_EXPANDED_BEFORE.search(before)
    if expanded is None:
        return False
    letters = expanded.group("letters").replace(".", "")
    initials = "".join(word[0] for word in words if word[:1].isupper() or word[:1].isdigit())
    return initials.upper() == letters


# the headings of a report's list of the works it cites, where each entry gives a work's title with its year after it
REFERENCE_LIST_HEADING = re.compile(
    r"(?:Notes\s+and\s+)?(?:References|Reference\s+List|Bibliography|Works\s+Cited|Sources|Literature(?:\s+Cited)?)\s*:?", re.I
)
CITED_YEAR_AFTER = re.compile(r"\s*\((?:1[5-9]|20)\d\d[a-z]?\)\s*[.,]")  # "“The harbour is our future.” (2021). Portville News"


def reference_entry(heading: str, text: str, spans: list[Span]) -> bool:
    """Whether a paragraph under a reference list's heading is an entry citing a work whose title is in marks, its year
    right after ("Mayor Ilse Varga: “The harbour is our future.” (2021). Portville City News."): a title, no one's
    statement, however the entry opens (a name and a colon, as a news item's headline quotes its speaker)."""
    if not heading or REFERENCE_LIST_HEADING.fullmatch(heading.strip()) is None:
        return False
    return any(CITED_YEAR_AFTER.match(text, span.end) for span in spans)


def classify(text: str, span: Span, earlier: set[str]) -> QuoteSpan:
    inner = text[span.inner_start : span.inner_end].strip()
    before = text[max(0, span.start - 60) : span.start]
    after = text[span.end : span.end + 60]
    words = words_in(inner)
    if ("vailable" in after or "ccessed" in after or "etrieved" in after) and CITATION_TAIL.match(after):
        return QuoteSpan(span, inner, "title", "a title cited with its date and where it is found")
    if "(" in after[:3] and CATALOGUE_NUMBER_AFTER.match(after):
        return QuoteSpan(span, inner, "title", "a title with its catalogue number")
    if any(stem in before for stem in DECLARING_STEMS) and DECLARED_NAME_BEFORE.search(before) and _capitalised_title(inner, words):
        return QuoteSpan(span, inner, "label", "the name a resolution or proclamation gives")
    if (" in " in after or " last " in after) and cited_headline(text[max(0, span.start - 200) : span.start], inner, text[span.end : span.end + 300]):
        return QuoteSpan(span, inner, "title", "a past story's headline with the outlet that ran it")
    if inner[:1].isupper() and ("mean" in before or " for" in before) and _spells_out_initialism(before, words):
        return QuoteSpan(span, inner, "label", "the words an initialism stands for")
    if inner[:1].isupper() and words and words[-1].lower() in SCHEME_NOUNS and _named_scheme(before, inner, words):
        return QuoteSpan(span, inner, "label", "names a budget, a fund or a scheme")  # "added a further 800 million “Orchard Fund”"
    # "“The Family of Man,” he told a New York audience": words, not a title (looked for only in a title-case quote)
    if _ends_with(before, TITLE_CUE, TITLE_CUE_LAST_WORDS) or (
        is_title_case_phrase(inner, words)
        and SPEAKER_AFTER.match(after) is None
        and (not _cued(before) or WORK_BEFORE.search(before))
        and CUE_THEN_SPEAKER.match(after) is None
    ):
        return QuoteSpan(span, inner, "title", "title of a work")
    if len(words) <= SLOGAN_MAX_WORDS and _capitalised_modifier(before, inner, words, after):
        return QuoteSpan(span, inner, "label", "a capitalised phrase modifying the noun after it")  # "a backdated “Get Out of Jail Free” card"
    if before.endswith(WORK_TYPE_ENDINGS) and _capitalised_title(inner, words) and SPEAKER_AFTER.match(after) is None:
        return QuoteSpan(span, inner, "title", "a title after the kind of work")  # "said the prize should have gone to comedy “Fleabag.”"
    if (
        before.endswith(", ")
        and (inner.endswith(",") or after.startswith(","))
        and _title_in_commas_after_its_noun(text[max(0, span.start - SENTENCE_REACH) : span.start], after)
    ):
        return QuoteSpan(span, inner, "title", "a title in commas after the kind of work")  # "in her first album, “blue water,” the …"
    if "in " in before and _capitalised_title(inner, words) and _cited_in_before(before) and SPEAKER_AFTER.match(after) is None:
        return QuoteSpan(span, inner, "title", "the work a speaker said or wrote it in")  # "“…,” Holm recalled in “Salt Year.”"
    if _right_after_an_article(before) and 0 < len(words) <= KIND_NAME_MAX_WORDS and _names_a_document(inner, words) and _asks_for_the_thing(before):
        return QuoteSpan(span, inner, "label", "names a proposal or a document")  # "called for an “AI bill of rights”"
    glossed = "known" in before or "nicknamed" in before or "(" in before or "a.k.a" in before or "identified" in before
    if glossed and (NICKNAME_BEFORE.search(before) or GLOSS_BEFORE.search(before)):
        return QuoteSpan(span, inner, "label", "a nickname or a gloss")  # "Andrei Troshev, also known as “Sedoi”"
    if any(stem in before for stem in REPUTED_STEMS) and REPUTED_AS_BEFORE.search(before):
        return QuoteSpan(span, inner, "label", "a reputation, held widely")  # "Tomas Brenner, widely considered “the father of …”"
    called = before.rstrip(" ,").endswith(CALLED_THING_WORDS) and not inner.rstrip(",.").endswith(("!", "?"))
    if called and _named_by_a_participle(before, inner, words) and not AGENT_AFTER.match(after):
        return QuoteSpan(span, inner, "label", "the name a thing is called by")  # "bought it from a seller called “Kettlo,”"
    if ("sked" in before or "uestion" in before or "uizzed" in before) and QUESTION_TOPIC_BEFORE.search(before):
        return QuoteSpan(span, inner, "label", "the topic of a question put to someone")  # "Asked about “the raids,” Ines said"
    if _ends_with(before, MENTIONED, MENTIONED_LAST_WORDS) and not USED_PHRASE.search(before):
        return QuoteSpan(span, inner, "label", "a phrase mentioned, not used")  # "argued that the phrase “death to X” was open to …"
    if len(words) <= LABEL_MAX_WORDS and _replaced_or_replacement(text, span, before, after):
        return QuoteSpan(span, inner, "label", "a term replaced by another")  # "argued for replacing “self-rule” with “self-care”"
    if (
        before.rstrip().endswith((",", "and", "or"))
        and len(words) <= LABEL_MAX_WORDS
        and not _cue_follows(inner, after)
        and _mentioned_in_a_list(text, span.start)
    ):
        return QuoteSpan(span, inner, "label", "a phrase mentioned, not used")  # "removed the words “binding” and “annual targets”"
    if len(words) == 1 and words[0].lower() in MENTIONED_FUNCTION_WORDS:
        return QuoteSpan(span, inner, "label", "a function word mentioned as a word")  # "a matter of “when”, not “if”"
    if len(words) <= SLOGAN_MAX_WORDS and _names_a_campaign(before, inner, after):
        return QuoteSpan(span, inner, "label", "a slogan naming a campaign")  # "the “Sail. We’re ready.” campaign"
    if len(words) <= LABEL_MAX_WORDS:
        if any(noun in after for noun in JUDGED_NOUNS) and not PUNCTUATION_END.search(inner) and JUDGED_AS_A_WORD.match(after):
            return QuoteSpan(span, inner, "label", "a word the sentence judges as a word")
        if SO_CALLED.search(before):
            return QuoteSpan(span, inner, "label", "after 'so-called'")
        if " to " in before and not PUNCTUATION_END.search(inner) and TASK_OBJECT_BEFORE.search(before[-TASK_OBJECT_TAIL:]):
            return QuoteSpan(span, inner, "label", "the term a method's step names")  # "directed us to isolate one “anchor habit”"
        # (not where a credit follows the marks: "…, including one declaring that X is a “hostile force,” Ada Roe wrote, “…”")
        credit_after = SPEAKER_AFTER.match(after) is not None or CUE_THEN_SPEAKER.match(after) is not None
        next_word = NEXT_WORD.match(after)
        if next_word and next_word.group(1).lower() in NAMED_THING_NOUNS and not PUNCTUATION_END.search(inner):
            return QuoteSpan(span, inner, "label", "names a policy, a doctrine or a formation")  # "its “one China” policy"
        # not "said it was the “go-to” agency": words in marks before their noun modify it (below), "a “harder” one" aside
        noun = next_word.group(1) if next_word and not PUNCTUATION_END.search(inner) else ""
        before_its_noun = noun[:1].islower() and not _no_noun(noun) and noun not in PRO_NOUNS
        if not before_its_noun and not credit_after and predicated_in_a_cued_clause(before, inner, after):
            return QuoteSpan(span, inner, "statement")  # "Roe said the sale was an “honest mistake”": Roe's words for it
        if len(words) == 1 and next_word and inner.islower() and " to " in before and NOUN_INFINITIVE_BEFORE.search(before[-60:]):
            return QuoteSpan(span, inner, "label", "a word in marks in a noun's infinitive")  # "their ability to “sniff” the water"
        if len(words) == 1 and next_word and "ing for " in before and ADVOCATED_AIM_BEFORE.search(before):
            return QuoteSpan(span, inner, "label", "modifies the noun after it")  # "campaigners pushing for a “soft” Brexit"
        # not "told BBC it was “easy to kick” Hester": cued words in lower case before a name are no epithet ("“filmmaker” Moore")
        before_a_name = next_word is not None and next_word.group(1)[:1].isupper() and inner == inner.lower() and _cued(before)
        if next_word and not _no_noun(next_word.group(1).lower()) and not PUNCTUATION_END.search(inner) and not before_a_name:
            offered = next_word.group(1).lower() in OFFERED_THINGS_ANY_NUMBER and _offered_by_the_speaker(before, after[next_word.end() :])
            if inner == inner.lower() and not offered and _quoted_again_in_sentence(text, span.end) and _cued(before):
                return QuoteSpan(span, inner, "statement")  # "the ministry said the “shocking” sentences show “…”": its words too
            return QuoteSpan(span, inner, "label", "modifies the noun after it")
        paired = PAIRED_LABEL_AFTER.match(after) if next_word and next_word.group(1) in ("or", "and") else None
        if paired and not _no_noun(paired.group(1).lower()) and not PUNCTUATION_END.search(inner):
            return QuoteSpan(span, inner, "label", "one of two terms modifying the noun after them")  # "‘party’ or ‘government’ business"
        if determiner_before(before) and not _describing_before(before):
            if inner == inner.lower() and not credit_after and _quoted_again_in_sentence(text, span.end) and _said_clause_before(before):
                return QuoteSpan(span, inner, "statement")  # "Roe said the “safety net” could fail “within weeks”": hers too
            return QuoteSpan(span, inner, "label", "a term after a determiner")
        if " ".join(w.lower() for w in words) in earlier and not _cued(before):
            return QuoteSpan(span, inner, "label", "repeats a phrase quoted earlier")
    if (
        len(words) <= NAMING_MAX_WORDS
        and inner == inner.lower()
        and not PUNCTUATION_END.search(inner)
        and determiner_before(before)
        and not _describing_before(before)
    ):
        after_word = WORD_AFTER.match(after)
        if not after_word or after_word.group(1).lower() in NON_NOUN_AFTER:
            return QuoteSpan(span, inner, "label", "names a thing after a determiner")
    return QuoteSpan(span, inner, "statement")


# the kinds of thing a slogan in marks names, its kind written right after it ("the “Sail. We’re ready.” campaign") or right
# before it ("the Water Safety campaign “Look twice.”"): its stops are the slogan's, not a sentence's
CAMPAIGN_KINDS = frozenset("campaign campaigns slogan tagline motto initiative programme program drive ad advert advertisement".split())
# the kind right after the campaign's capitalised name ("the Water Safety campaign"), not "said of the campaign"
CAMPAIGN_KIND_BEFORE = re.compile(r"[A-Z][\w’'&-]*\s+(?:" + "|".join(sorted(CAMPAIGN_KINDS)) + r")\s*$")
SENTENCE_SO_FAR = re.compile(r"(?:^|[.!?]\s)([^.!?]*)$")  # the words of the sentence before the quotation
SENTENCE_REACH = 200
SLOGAN_MAX_WORDS = 8
NOTHING_OR_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.!?]\s*)?(?:$|\n)")


def _names_a_campaign(before: str, inner: str, after: str) -> bool:
    """Whether the words in marks are a slogan naming a campaign: after an article or a possessive and before the
    campaign's kind in lower case ("the “Sail. We’re ready.” campaign"), or capitalised right after the kind and closing
    the paragraph ("… behind the Water Safety campaign “Look twice.”"). Not "the campaign, “we will win,” she said", whose
    comma sets the words apart, nor "the campaign “will fail,” Ada said", whose words go on to a cue, nor the words a verb of
    saying earlier in the sentence gives ("She said of the campaign “We would do it all again.”")."""
    next_word = NEXT_WORD.match(after)
    if next_word is not None and next_word.group(1) in CAMPAIGN_KINDS:
        return determiner_before(before)
    if not (inner[:1].isupper() and CAMPAIGN_KIND_BEFORE.search(before[-40:]) and NOTHING_OR_SENTENCE_END_AFTER.match(after)):
        return False
    sentence = SENTENCE_SO_FAR.search(before[-SENTENCE_REACH:])
    return not (sentence and CUE.search(sentence.group(1)))  # "She said of the Harbour campaign “…”": her words about it


# the kinds of thing a government, a firm or a jury names in capitals: "a further 800 million “Orchard Fund”", "the “Jobs Fund”"
SCHEME_NOUNS = frozenset(
    """budget budgets fund funds scheme schemes plan package programme program award awards prize grant grants initiative
    voucher vouchers subsidy allowance bonus bond bonds levy credit card pass project""".split()
)
KIND_NAME_MAX_WORDS = 5  # a scheme's or a document's name in marks, its kind the last word ("Orchard Fund", "AI bill of rights")
# the noun phrase the name ends: an article or a possessive, then at most four words that are amounts or modifiers in
# lower case ("a S$5.1 billion", "its second", "the new 2021"); the quotation is the verb's object, not its words
ARTICLE_AND_MODIFIERS_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|another|its|his|her|their|our|this)|[’']s)(?:\s+(?:[A-Z]{0,3}[$€£¥]?\d[\d.,]*(?:bn|m|%)?|[a-z][a-z-]*))?"
    r"(?:\s+(?:[A-Z]{0,3}[$€£¥]?\d[\d.,]*(?:bn|m|%)?|[a-z][a-z-]*)){0,3}\s*$"
)
MODIFIER_STOPS = frozenset("that which who said says say told tells is was are were be will would could should to of for and or but".split())


def _named_scheme(before: str, inner: str, words: list[str]) -> bool:
    """Whether the capitalised words in marks, ending in a scheme's kind, are a noun phrase's name after an article and
    amounts or modifiers ("added a further 800 million “Orchard Fund”"), not the words a verb of saying reports ("added that the
    plan “Will Save Jobs”" has no article before the marks; "said the “Budget is fair”" no name's capitals)."""
    return len(words) <= KIND_NAME_MAX_WORDS and _capitalised_title(inner, words) and _after_an_article_and_modifiers(before)


def _right_after_an_article(before: str) -> bool:
    """Whether the marks open right after an article ("called for an “AI bill of rights”")."""
    return before.endswith(ARTICLE_ENDINGS) and ARTICLE_BEFORE.search(before) is not None


def _after_an_article_and_modifiers(before: str) -> bool:
    """Whether the marks open a noun phrase's name after an article or a possessive and at most four amounts or
    modifiers in lower case ("added a further 800 million “Orchard Fund”"; not "added that the plan “…”", whose "that"
    no noun phrase holds)."""
    tail = ARTICLE_AND_MODIFIERS_BEFORE.search(before)
    return tail is not None and not any(word in MODIFIER_STOPS for word in tail.group(0).split()[1:])


WORK_TYPE_ENDINGS = tuple(f" {noun} " for noun in sorted(WORK_TYPE_NOUNS))  # "British comedy ": one str.endswith


# "recalled in “Salt Year”", "wrote in her memoir, “Salt Year,”": the work a speaker's words appeared in, named in marks
CITED_IN_VERB = re.compile(r"\b([a-z]+)\s+in\s+$")
CITED_IN_WORK = re.compile(
    r"\bin\s+(?:his|her|their|its|the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(sorted(WORK_TYPE_NOUNS)) + r")\s*,?\s*$", re.I
)


def _cited_in_before(before: str) -> bool:
    """Whether the marks open after a verb of saying and "in" ("Holm recalled in"), or after "in" and the work's kind
    ("wrote in her 2019 memoir,"): what follows names where the words appeared, not the words."""
    verb = CITED_IN_VERB.search(before, max(0, len(before) - 20))
    if verb is not None:
        return CUE.fullmatch(verb.group(1)) is not None
    return CITED_IN_WORK.search(before) is not None


# "in Lee's first album, ": a kind of work that always has a title, then the comma its title in commas follows; the word
# before "in", if any, so that "wrote in her book, “…,”" (a speaker's words, where they appeared) is told apart
APPOSED_TITLE_NOUN_BEFORE = re.compile(
    r"(?:\b(?P<verb>[a-z]+)\s+(?:in|of|about|on)\s+(?:[\w’'-]+\s+){1,3}?)?\b(?:" + "|".join(sorted(APPOSED_TITLE_NOUNS)) + r"),\s*$", re.I
)
CLAUSE_AFTER_TITLE = re.compile(r",?[^.!?;:“”\"]{0,50}")
# "notes that in Lee's first album, ": a reported clause that opens on the work, whose subject follows the title
REPORTED_CLAUSE_OPENING_ON_THE_WORK = re.compile(r"\w+\s+that\s+(?:in|on)\s+(?:[\w’'-]+\s+){0,3}$")


def _title_in_commas_after_its_noun(before: str, after: str) -> bool:
    """Whether the marks set a title in commas right after its work's noun ("In Lee's first album, “blue water, red
    sky,” the 5th song starts …"): never where a verb of saying comes before the noun in the sentence ("she wrote in
    her book, “we were poor,”", "she told the crowd of the film, “it is slow,”"), but for one whose reported clause
    opens on the noun ("notes that in Lee's first album, “…,” the 5th song"); nor where the clause after the marks has a
    verb of saying ("about the film, “it is slow,” the director said")."""
    noun = APPOSED_TITLE_NOUN_BEFORE.search(before)
    if noun is None:
        return False
    up_to_the_noun = before[: before.rstrip(", ").rfind(" ") + 1]
    sentence = SENTENCE_SO_FAR.search(up_to_the_noun)
    said = sentence.group(1) if sentence else up_to_the_noun
    reported = REPORTED_CLAUSE_OPENING_ON_THE_WORK.search(said)
    if CUE.search(said[: reported.start()] if reported else said):
        return False
    clause = CLAUSE_AFTER_TITLE.match(after)
    return clause is not None and CUE.search(clause.group(0)) is None


INNER_SENTENCE_END = re.compile(r"[.!?;]\s")  # "“Go. Stay Home.”" is two sentences, not one title


def _capitalised_title(inner: str, words: list[str]) -> bool:
    """Whether the words, but for a stop or comma the marks close over, are a capitalised name ("Salt Year.", "1917,")."""
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()) or INNER_SENTENCE_END.search(inner):
        return False
    significant = [w for w in words if w.lower() not in SMALL]
    return all(w[0].isupper() or w[0].isdigit() for w in significant)


# a document or a proposal by its kind, the last word of its name ("a “workers' data charter”", "an “accountability act”"),
# or before "of" ("an “AI bill of rights”"); not "an act of aggression", an act in the common sense
DOCUMENT_NOUNS = frozenset("bill act charter code law treaty pact accord compact convention protocol directive ordinance manifesto".split())
DOCUMENT_NOUNS_BEFORE_OF = frozenset(("bill", "charter"))
# the works a title-case quotation after a verb of saying may still be the title of ("said in an essay, “…”", "the
# speech “…”"): some kinds of WORK_TYPE_NOUNS, some of DOCUMENT_NOUNS and SCHEME_NOUNS, and what officials and
# scholars issue besides
WORK_BEFORE_NOUNS = (
    (WORK_TYPE_NOUNS & {"essay", "article", "book", "film", "documentary", "song", "series"})
    | (DOCUMENT_NOUNS & {"bill", "law", "act"})
    | (SCHEME_NOUNS & {"programme", "program"})
    | {"report", "paper", "op-ed", "document", "appeal", "letter", "speech", "poem", "study"}
)
WORK_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(WORK_BEFORE_NOUNS)) + r")(?:\s+(?:from|of|in)\s+[\w\s]{1,20})?,?\s*$", re.I)
ARTICLE_ENDINGS = ("a ", "an ", "the ", "A ", "An ", "The ")  # what each match of ARTICLE_BEFORE ends with, as a literal
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
PUNCTUATION_INSIDE = re.compile(r"[,;:!?]|\.\s")
FOR_ARTICLE_BEFORE = re.compile(r"\bfor\s+(?:a|an|the)\s+$", re.I)


def _asks_for_the_thing(before: str) -> bool:
    """No verb before the article that characterises something by the words ("compared sanctions to a “declaration of
    war”") but one that asks for the thing ("called for an “AI bill of rights”")."""
    tail = " ".join(before.split()[-12:])
    return FOR_ARTICLE_BEFORE.search(before) is not None or not any(is_describing(m.group(1)) for m in CUE.finditer(tail))


def _names_a_document(inner: str, words: list[str]) -> bool:
    """Whether the words in marks are a document's or a proposal's name: a few words, with no punctuation but a stop or
    comma the marks close over, ending with its kind (and no "of") or with its kind and "of" and a word or two."""
    if words[-1].lower() in DOCUMENT_NOUNS:
        if "of" in words:
            return False  # "the “abolition of the draconian law”": a cause, whose head is no document
    elif "of" not in words:
        return False
    else:
        of = words.index("of")
        if of == 0 or len(words) - of > 3 or words[of - 1].lower() not in DOCUMENT_NOUNS_BEFORE_OF:
            return False
    return PUNCTUATION_INSIDE.search(inner.rstrip(".,")) is None


# words standing for a noun said before them, after words in marks that describe it ("described as a “harder” one")
PRO_NOUNS = frozenset({"one", "ones"})
NAMED_THING_NOUNS = set(
    """policy policies doctrine doctrines formation formula principle principles strategy concept framework paradigm model
    initiative initiatives campaign operation narrative mindset slogan label era""".split()
)
# where a firm speaks of a thing it offers (offered_things.py) as its own ("Velkor insists that its “pay-as-you-go” plan
# lets riders “save every month”", "the “night-owl” package they sell is, they say, “…”"), the word in marks before the
# thing is the firm's name for it, a label, though the sentence quotes the firm's words too; a judging word another
# speaker sets there ("the “reckless” service") stays that speaker's
OWN_THING_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$")  # "its “…” meters"
OFFERED_BY_IT_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:it|they)\s+(?:now\s+)?(?:provides?|offers?|sells?|runs?|operates?|markets?)\b")


def _offered_by_the_speaker(before: str, after_noun: str) -> bool:
    """Whether the thing the words in marks stand before is the speaker's own: "its" before the marks, or "it provides"
    (offers, sells …) right after the noun."""
    return OWN_THING_BEFORE.search(before, max(0, len(before) - 12)) is not None or OFFERED_BY_IT_AFTER.match(after_noun) is not None


NOUNS_IN_ED = {"bed", "red", "shed", "seed", "speed", "need", "feed", "creed", "greed", "breed", "deed", "weed", "reed", "hundred"}


def _capitalised_modifier(before: str, inner: str, words: list[str], after: str) -> bool:
    """Whether the words in marks, a phrase in title case, stand between a determiner and the noun they modify ("asking
    for a backdated “Get Out of Jail Free” card", "the “Keep Harbour Weird” sticker"): a label, whoever is the subject. Not
    where a verb of describing gives it ("called it a “…” card": the one calling it so), nor before a capitalised word."""
    if not is_title_case_phrase(inner, words) or PUNCTUATION_END.search(inner):
        return False
    next_word = NEXT_WORD.match(after)
    if next_word is None or not next_word.group(1).islower() or _no_noun(next_word.group(1)):
        return False
    return determiner_before(before) and not _describing_before(before)


def _no_noun(word: str) -> bool:
    """A word no noun phrase goes on with: a function word, or a participle ("“brutal aggression” aimed at civilians")."""
    if word in NON_NOUN_AFTER:
        return True  # not a verb of saying: "“comments and actions” proposed by Taipei" stays the author's label
    return len(word) >= 5 and word.endswith("ed") and word not in NOUNS_IN_ED and not CUE.fullmatch(word)


# the words each match of these patterns ends with, before spaces and a comma (in lower case, as re.I reads them)
TITLE_CUE_LAST_WORDS = ("titled", "headlined", "headline", "named", "slogan", "hashtag", "motto", "dubbed the", "title", "name", "banner", "theme")
MENTIONED_LAST_WORDS = (
    *"phrase phrases word words term expression slogan slogans lexeme".split(),
    *"saying proverb adage idiom maxim motto about that of goes".split(),
)


def _ends_with(before: str, pattern: re.Pattern[str], last_words: tuple[str, ...]) -> bool:
    """pattern.search(before), for a pattern whose every match ends with one of the words and then only spaces and a
    comma: tried only where the text, so stripped and in lower case, ends with one of them."""
    special = any(char in before for char in SPECIAL_CASE_CHARACTERS)
    if not special and not before.rstrip().rstrip(",").rstrip().lower().endswith(last_words):
        return False
    return pattern.search(before) is not None


def _replaced_or_replacement(text: str, span: Span, before: str, after: str) -> bool:
    """Whether the marks hold the term a verb of replacing takes out, the short term put in its place in marks right after
    ("replacing “self-rule” with “self-care”"), or the term put in: not "said replacing the port “would cost us dearly”"."""
    if not any(stem in before for stem in REPLACING_STEMS):
        return False
    if REPLACEMENT_BEFORE.search(before):
        return True
    if not REPLACED_BEFORE.search(before):
        return False
    put_in = REPLACEMENT_AFTER.match(after)
    if put_in is None:
        return False
    second = next((s for s in quote_spans(text[span.end : span.end + 200]) if s.start == put_in.end() - 1), None)
    return second is not None and len(words_in(text[span.end + second.inner_start : span.end + second.inner_end])) <= LABEL_MAX_WORDS


def _named_by_a_participle(before: str, inner: str, words: list[str]) -> bool:
    """Whether the marks hold a thing's name given by "called"/"dubbed"/"termed" right after its noun ("a seller called
    “Kettlo”"): a short name opening on a capital, the noun not one a preposition brings in ("in a tweet called …")."""
    named = CALLED_THING_BEFORE.search(before)
    if named is None or SAYING_SETTING_PREPOSITION.search(before, 0, named.start()):
        return False
    return 0 < len(words) <= LABEL_MAX_WORDS and inner[:1].isupper() and words[0].lower() not in CALLED_VERB_OPENINGS


def _cue_follows(inner: str, after: str) -> bool:
    """Whether a verb of saying and its speaker close the marks ("“…,” Ann Vell told them", "“…,” said Ann Vell"); not
    after a full stop in them ("“annual targets.” Vale said it was …": the next sentence's)."""
    if inner.rstrip().endswith("."):
        return False
    after = after.lstrip(",")
    return SPEAKER_AFTER.match(after) is not None or CUE_THEN_SPEAKER.match(after) is not None


def _mentioned_in_a_list(text: str, start: int) -> bool:
    """Whether the marks opening at start go on with a list of spans after a noun that names words ("removed the words
    “binding” and “annual targets”"), the noun mentioning them, not using them ("used the words “…” and “…”" is the
    speaker's)."""
    before = text[max(0, start - MENTIONED_LIST_REACH) : start]
    listed = MENTIONED_LIST_TAIL.search(before)
    if listed is None:
        return False
    head = before[: listed.start()]
    return _ends_with(head, MENTIONED, MENTIONED_LAST_WORDS) and not USED_PHRASE.search(head)


def names_words(before: str) -> bool:
    """Whether the text ends on a noun that names words rather than someone saying them ("Her predecessor's motto",
    "the party's slogan", "the phrase"): what follows in marks is that text's, not a speaker's."""
    return _ends_with(before, TITLE_CUE, TITLE_CUE_LAST_WORDS) or _ends_with(before, MENTIONED, MENTIONED_LAST_WORDS)


QUOTE_OR_SENTENCE_END = re.compile(r"[“\"‘]|[.!?]\s")
QUOTED_AGAIN_REACH = 250


def _quoted_again_in_sentence(text: str, end: int) -> bool:
    """Whether another quotation opens after the marks closing at end, before the sentence ends."""
    found = QUOTE_OR_SENTENCE_END.search(text, end, end + QUOTED_AGAIN_REACH)
    return found is not None and found.group(0)[0] in '“"‘'


def _cued(before: str) -> bool:
    return any(base_of(m.group(1)) not in AFTER_QUOTE_ONLY for m in CUE.finditer(before[-40:]))


# the words between a verb of saying and the marks that make them the verb's object or its infinitive's ("announced a
# “special operation”", "claims to promote the “open region”"), not the subject of the clause it gives
OBJECT_OR_INFINITIVE_GAP = re.compile(r"\s*(?:(?:a|an|the|its|his|her|their|our)\s*$|to\s)")


def _said_clause_before(before: str) -> bool:
    """Whether the marks stand in the clause a verb of saying right before gives ("said current gaps in the “…”"), not
    as that verb's object or in its infinitive's phrase."""
    cues = list(CUE.finditer(before[-40:]))
    if not cues or base_of(cues[-1].group(1)) not in SAYING:
        return False
    return OBJECT_OR_INFINITIVE_GAP.match(before[-40:], cues[-1].end()) is None


def _describing_before(before: str) -> bool:
    tail = " ".join(before.split()[-12:])
    if any(is_describing(m.group(1)) for m in CUE.finditer(tail)):
        return True
    if not before.endswith((" a ", " an ", " a", " an")):
        return False
    if AS_ARTICLE_AT_END.search(before, max(0, len(before) - 8)) and any(base_of(m.group(1)) in LABELLING_AS for m in CUE.finditer(tail)):
        return True  # "dismissed the poll as a “parody”": the label the speaker gives it, not a term after an article
    pledged = PLEDGED_ARTICLE.search(before)
    return pledged is not None and base_of(pledged.group(1)) in PLEDGING  # "It also promised a “united response”"


# verbs that give their object a label of the speaker's with "as": "dismissed the poll as a “parody”"
LABELLING_AS = frozenset({"dismiss", "reject"})
AS_ARTICLE_AT_END = re.compile(r"\bas\s+an?\s*$")


# verbs whose object is the speaker's own words: "promised a “united and robust response”", "warned of a “long winter”"
PLEDGING = frozenset({"promise", "pledge", "vow", "warn", "urge", "demand", "predict", "threaten"})
PLEDGED_ARTICLE = re.compile(r"\b([a-z]+)(?:\s+(?:of|for))?\s+an?\s*$")
