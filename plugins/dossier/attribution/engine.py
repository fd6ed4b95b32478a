"""Who said what in one report: quotes → sieves → actors.

The engine walks a report's paragraphs once. For each quotation-mark span it
classifies the span (quotes.py), runs the sieves on its sentence (sieves.py)
until one names a subject, and resolves that subject to an actor: a pronoun
or a role noun to the actor last in that position, a surname to the full
name the report used before, a name the registry knows to its entry, and any
other name to a provisional actor. Block quotes are read as the end of the
paragraph that introduces them, or are governed by a heading that names a
speaker (quote collections). The cost is linear in the text: each sentence is
scanned a bounded number of times (the sieves look at the sentence holding
the quote, and name chunks are bounded by the sentence).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..actors import Registry, fold_chars, trie_pattern
from ..dates import (
    IGNORECASE_SPECIAL,
    LONE_YEAR,
    MONTHS,
    OUTLET_TAG,
    RELATIVE_DAY_SPANS,
    SPECIAL_CASE_CHARACTERS,
    WEEKDAY_NAMES,
    YEAR_NUMBER,
    StatedYear,
    cited_day_first,
    cited_source_date,
    dates_in,
    governing_only,
    last_said_date,
    outlet_tag_date,
    owns_an_event,
    relative_date,
    said_on_day,
    source_tag_date,
    stated_years,
    weekday_of_a_month,
)
from ..model import Paragraph, QuotedSpeech, Report, Statement, without_note_markers
from ..quotes import Span, mask, nested_spans, quote_spans, strip_outer_marks
from ..sentences import TITLE_ABBREVIATIONS, after_last_sentence_end, sentence_end, sentence_end_before, sentence_start
from ..text import without_middle_initials
from ..turns import (
    Label,
    has_courtesy_title,
    initialled_name,
    is_office,
    is_office_title,
    label_at,
    label_words,
    names_a_post,
    office_title_name,
    title_cased,
)
from .asides import aside_pronouns
from .bare_bodies import written_as_a_body
from .campuses import campus_after_university
from .capital_surnames import surname_in_title_case, title_cased_surname
from .clause_times import said_back_then, said_in_a_month, said_to_the_writer, years_said_in
from .contrasts import speaker_after_but
from .credit_roles import without_credit_role
from .crossheads import is_crosshead
from .cues import CUE, FORMS, base_of, is_participle, is_weak, present_and_past
from .dash_credits import dash_credit_after
from .dateline_days import EVENT_OCCASIONS, dateline_day
from .decks import deck_role_credit, named_with_role, under_the_headline
from .described_bodies import COMPANY_NOUNS, companies_described, company_described_as
from .displays import DISPLAY_NOUNS, display_reading_before, displayed_text_before
from .document_subjects import document_owner_opening
from .example_people import example_opening_the_sentence
from .firm_modifiers import firm_named_before_its_noun
from .forwarded import body_asking, body_citing_own_sources, forwarded_from
from .fronted_media import fronted_medium_owner
from .given_names import MENS_GIVEN_NAMES, MENS_NAMES_IN_A, WOMENS_GIVEN_NAMES, WOMENS_NAMES_IN_A, given_name_sex, listed_given_name
from .handles import PLATFORM_NAME, Handles, accounts_as_their_owners
from .headlines import HEADLINE_MAX, headline_quotation, headline_speaker
from .interviews import answers_writer, interlocutor_in
from .introductions import POSSESSED_PEOPLE, person_introduced, possessor_opening
from .kinship import FEMALE_KIN, KIN_NOUN, KIN_NOUNS, MALE_KIN, sex_as_kin_owner, sex_by_kin
from .labels import inside_a_label, single_quoted_labels
from .listeners import apposed_to_a_company, as_firms, listener_told, other_party
from .lost_marks import opening_lost, quoted_words, spans_with_lost_marks
from .marks import as_written, paired_singles_as_double, uses_single_marks, with_double_marks, with_paired_singles
from .member_bodies import MEMBER_NOUNS, body_of_members
from .name_places import NamePlaces
from .named_courts import courts_named_before, the_one_court
from .names import (
    ADJECTIVE_WORD,
    BODY_DESCRIPTOR_NOUNS,
    BODY_OFFICE_ENDINGS,
    BODY_REACH_ENDINGS,
    BUSINESS_PLACE_NOUNS,
    CHIEF_EPITHET_WORDS,
    CHUNK,
    COMPANIONS_THEN_VERB,
    COURTESY_TITLES,
    DEMONYMS,
    FAMILY_FIRST_NAMES,
    FIRM_TRADE_ENDINGS,
    GIVEN_NAMES,
    HONORIFICS,
    IRREGULAR_PAST,
    KIN_TITLES,
    KOREAN_FAMILY_NAMES,
    LOWER_BODY,
    NOT_NAMES,
    OCCASION_AT,
    OCCUPATION_NOUNS,
    ORGANIZATION_WORDS,
    OUTLET_BEFORE,
    OUTLET_BEFORE_CHARS,
    OUTLETS_NAMED_LIKE_ROLES,
    PARTICLES,
    PERSON_TITLES,
    PORTFOLIO_WORDS,
    POSSESSIVE,
    POSTED_TO,
    PREPOSITIONS,
    RELIGIOUS_TITLE_SEX,
    RELIGIOUS_TITLES,
    ROLE_NOUN_WORDS,
    SITE_PLACE_NOUNS,
    SPOKESPERSON_WORDS,
    STATE_ROLE_LAST_WORDS,
    STATES,
    STATES_NAMED_LIKE_PEOPLE,
    SURNAMES_LIKE_TITLES,
    THE_ROLE_ACTS,
    TITLE_WORDS,
    TRADE_DESCRIPTOR_NOUNS,
    US_PARTIES,
    Chunk,
    Head,
    Subject,
    body_head,
    chunks,
    described_role_after,
    head_after,
    head_of,
    is_demonym,
    religious_titles_only,
    role_apposed_before,
    subject_before,
    verb_follows,
)
from .occasions import NOUN_OCCASIONS, occasion_in
from .particle_surnames import full_name_ending, particled_full_names
from .posts import POST_BY, POSTING_VERB, post_reads
from .products import product_named_before_its_noun
from .quotes import NOUNS_IN_ED, SPEAKER_AFTER, QuoteSpan, classify, lowered_words, names_words, reference_entry
from .quoting import announced_quotation, pronoun_sentence_start
from .reporting_outlets import AFTER_REACH, BEFORE_REACH, REPORTED_AFTER, SOURCE_BEFORE, reported_only_as_an_outlet
from .resident_epithets import resident_noun
from .sentence_openers import participles_opening_a_sentence, words_opening_a_sentence
from .shared_roles import other_holder_named
from .shortcuts import capitalised_word_before, holds_any, is_word_char, may_hold_any, names_ending_in, occurrences, whole_word_at, whole_word_in
from .sieves import (
    ACCORDING_TO,
    INLINE_SIEVES,
    KIN_BEFORE_END,
    ROLE_THEN_APPOSED_NAME,
    TABLE_ROW_DETAIL,
    UNNAMED_AFTER,
    VIEW_NOUNS,
    WORK_NOUNS,
    WORK_OF_DETAIL,
    Clause,
    Found,
    according_to,
    according_to_two_people,
    answered_claim,
    as_noted,
    as_x_put_it_after,
    colon_line,
    cue_after,
    cue_before,
    governing,
    governing_cue,
    inverted_cue_after,
    nominal_cue,
    quoted_verb,
    sentence_final_cue,
    source_named_last,
    speaks_in,
    subject_of_quoted_predicate,
)
from .tellers import PEOPLE_NOUNS, Sex, may_be_one, may_be_the_teller, sex_of_person_noun, unnamed_teller
from .titled_people import sole_holder_of
from .titles import CONSORT_TITLES, OTHER_OFFICE_WORDS, hyphenated_title, title_parts
from .towns import written_as_a_town
from .transcripts import (
    MIN_TURNS,
    MIN_WORDS,
    dialogue,
    holder_named_with,
    holder_of_office_title,
    in_label_form_at,
    introduced_holder,
    narrators,
    stage_direction,
    surname_label_of,
)
from .transliterations import may_be_transliterated, transliteration_key
from .unnamed_roles import party_named, unnamed_role_opening
from .vocatives import address_at
from .wire_datelines import blank_wire_dateline

# patterns the functions below use, compiled once
LAST_WORD = re.compile(r"\b(\w+)\s+$")
QUOTE_WORD = re.compile(r"[\w’'-]+")
ANY_WORD_CHAR = re.compile(r"\w")
INTRODUCES_BLOCK = re.compile(r"\b(?:said|says|stated|wrote|writes|added|noted|declared|explained|following|excerpts|extracts)\b[^.]*$")
# a last sentence that is only its speaker, a citation, an adverb and a verb before a comma ("As Mary Major (2002:1)
# recently observed,", "Mary Major remarked,"): never a relative clause's verb ("Tom Hale, whom she praised,")
SPEAKER_THEN_VERB_BEFORE_COMMA = re.compile(
    r"(?:As\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*(?:\s+\([^()]{1,40}\))?(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+),"
)


def introduces_block(last: str) -> bool:
    """Whether a lead-in's last sentence leads into the block quote under it: a colon, one of INTRODUCES_BLOCK's words,
    or a speaker and a verb of saying that make the whole sentence, before a comma ("As Mary Major (2002:1) recently
    observed,", "Mary Major remarked,"); not a which, whom, whose or that clause's verb ("Tom Hale, whom she praised,")."""
    if last.endswith(":") or INTRODUCES_BLOCK.search(last):
        return True
    said = SPEAKER_THEN_VERB_BEFORE_COMMA.fullmatch(last.strip()) if last.endswith(",") else None
    return said is not None and CUE.fullmatch(said.group("verb")) is not None


REPORTED_BEFORE_ASIDE_SENTENCES = 2  # the reported speech, then an aside of one sentence, or two
# a line of narration whose subject is "it", "this", "that" or "there", after an opening phrase and its comma ("In
# practice, it would shut every shop."): the writer's comment, naming no one who could speak next
IMPERSONAL_LINE = re.compile(r"(?:[^,.]{1,40},\s*)?(?:it|this|that|there)\b", re.IGNORECASE)
NARRATION_BETWEEN_WORDS = 30  # a paragraph of narration between a reported speaker and their quotation: a line of context
FIRST_PERSON_QUOTE = re.compile(r"\b(?:I|me|my|we|our|us)\b")  # the speaker's own words, not a slogan or a label
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")  # also opening a sentence: "We expect …"
PICTURE_CREDIT = re.compile(r"(?:Photos?|Photograph|Picture|Image|Video|Illustration|Graphic|Credit|Courtesy|File)\b", re.I)
# a quote card's caption: role words, the name, an aside, then the occasion, with no verb of the speaker's own; only ever
# `.match`ed on one short sentence (a `.search` over a long text would retry the lazy role words at every offset)
CARD_CAPTION = re.compile(
    r"(?:[A-Z][\w.&’'-]*\s+|[a-z]+\s+){0,6}?(?P<name>" + CHUNK.pattern + r")(?:\s+\([^()]{1,20}\))?(?:,\s+[^,;:]{3,80},)?"
    r"\s+(?:\w+ly\s+)?(?P<occasion>speaking|writing|testifying|reacting|responding|commenting|confirming|on|in\s+an?|as|at|about|after)\s"
)
CARD_CAPTION_WORDS = 12  # a caption is a line; a longer sentence is narration
CLAUSE_OCCASIONS = frozenset(("as", "after"))  # an occasion that is a clause of its own: "as the port reopened"
# and the life dates an epigraph's or a talking point's name line gives ("Elena Marsh (1802-1871)", "(b. 1950)")
NAME_LINE_END = re.compile(r"\s*(?:,|—|–|$)|\s+\((?:(?:b|d|c)\.\s*\d{3,4}|\d{3,4}\s*[-–—]\s*(?:c\.\s*)?\d{0,4})\)\s*$")
DASH_CREDIT_TITLE = re.compile(r"[—–]\s*(?:The\s+)?[A-Z]")  # a heading that is a pull quote's cite line, "— Name, role"
# a credit line after a dash: role words before the name (credit_roles.py), and after it a date, the outlet spoken to, or
# the speaker's body
# or the medium the body wrote in ("– Harbor Civic Forum website", "— Velk Trust annual report, 2021")
CREDIT_TAIL = re.compile(
    r"\s*:|\s+(?:of|at|from|in|on|talking\s+to|speaking\s+to|writing\s+in|quoted\s+in|interviewed\s+by)\s"
    r"|\s+(?:website|web\s+site|homepage|blog|newsletter|press\s+release|statement|(?:annual\s+)?report|submission|brochure)\s*(?:,|$)"
    r"|\s+\(@\w{1,30}\)(?:\s|$)"  # an embedded post's signature: "— Ilse Varga (@MayorVarga) March 4, 2020"
)
# that signature on the line under the post's text, as a page's embed leaves it
POST_SIGNATURE_LINE = re.compile(r"[—–]\s*[A-Z][^()@\n]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")
POST_SIGNATURE_END = re.compile(r"\s(" + POST_SIGNATURE_LINE.pattern + r")$")  # the same, ending the post's paragraph
# "depicted as a strong nation", "what officials depict as": a characterisation, not a picture
DEPICTION = re.compile(
    r"\b(?:cartoons?|caricatures?|depict(?:s|ed|ing)?(?!(?:\s+[\w’'-]+){0,4}\s+as\b)|(?:first|second|third|last) frame|the frame)\b", re.I
)
# "… requests Tuesday night for comment, but in a previous statement the company had said:": words said before the days
# the clause names (the day of the request), which date none of them
EARLIER_WORDS = re.compile(
    r"\b(?:had\s+(?:\w+ly\s+)?(?:said|stated|told|written|warned|added|argued|claimed)|previous(?:ly)?\s+(?:statement|said|stated|told))\b"
)
SPEAKS_AFTER = re.compile(r"(?:,[^.,;]{1,80},)?\s+(?:\w+ly\s+)?" + CUE.pattern)  # "Agvaz told", "Fomenko, the manager, said"
# "When I speak to Dr Tom Reed, …, he says", "At the end of my conversation with Nora Blake, … she": the one the writer talks
# with, the object of a first person's verb of conversing, is the one a "he" or "she" after means
CONVERSED_WITH_BEFORE = re.compile(
    r"(?:\b(?:I|we)\s+(?:\w+ly\s+)?(?:speak|spoke|talk|talked|chat|chatted|meet|met)\s+(?:to|with)"
    r"|\b(?:my|our)\s+(?:conversation|interview|chat|talk|meeting)\s+with)\s+(?:the\s+)?$"
)
FIRST_PERSON_WORDS = ("I ", "my ", "My ", "our ", "Our ", "we ", "We ")  # what CONVERSED_WITH_BEFORE needs, one of them
BODY_SAYING_WORDS = (" said", " says", " stated", " states", " told", " added", " noted", " announced")  # "The Home Office said"


def writes_in_first_person(text: str) -> bool:
    return any(word in text for word in FIRST_PERSON_WORDS)


CONVERSED_WITH = re.compile(CONVERSED_WITH_BEFORE.pattern.removesuffix("$") + r"(?P<who>" + CHUNK.pattern + r")")
# "I put this to Vale.", "When I asked Vale about it, she laughed", "I contacted Vale": the one the writer asks or puts an
# account to, who answers it, is the one a "he" or "she" after means (features give the right of reply so)
WRITER_ASKED = re.compile(
    r"\bI\s+(?:(?:then|also|later|again|first)\s+)?(?:asked|pressed|challenged|confronted|contacted|approached|reached|"
    r"put\s+(?:it|this|that|these|those|(?:the|these|those|this|that|my|our)\s+[a-z]+(?:\s+[a-z]+)?)\s+to)\s+(?P<who>" + CHUNK.pattern + r")"
)
# "Davies is interrupted by another Conservative, Adam Holloway, who says …": the object of a phrase who then speaks
VERBS_OF_MEETING = frozenset(("met", "meets", "meet", "saw", "sees", "told", "tells", "said", "says", "spoke", "thanked", "asked"))
APPOSED_SPEAKER = re.compile(r",\s+(?:\w+ly\s+)?" + CUE.pattern)  # "…, Samir Aoun, told me"
SPEAKS_IN_RELATIVE = re.compile(r",\s+who\s+(?:\w+ly\s+|also\s+)?" + CUE.pattern)
# title words with no place before a name ("Commander in Chief" makes "in" a title word): not "the office in Macau, X"
TITLE_NOUNS = TITLE_WORDS - {"in", "at", "to", "on"}  # not "a house allocated to Sonia Gandhi", "on Google Maps": objects


def infinitive_after(text: str, begin: int) -> bool:
    """Whether the name at `begin` is followed by "to" and a verb ("for Ali Khamenei to promote"): an infinitive's subject."""
    name = CHUNK.match(text, begin)
    return name is not None and TO_VERB.match(text, name.end()) is not None


TO_VERB = re.compile(r"\s+to\s+[a-z]")
# an employer after "for": a verb of working with at most three words of its object between ("studies power markets for ",
# "works for "), or a job's noun ("economist for "); "asked for", "waited for", "voted for" name no employer
EMPLOYMENT_BEFORE_FOR = re.compile(
    r"(?:(?<![\w’'-])(?:works?|worked|working|writes?|wrote|writing|reports?|reported|reporting|stud(?:ies|ied|y|ying)|"
    r"covers?|covered|covering|analy[sz]es|analy[sz]ed|consults?|consulted|consulting|trades?|traded|trading|researche[sd]|"
    r"researching|edits|edited|editing|lobb(?:ies|ied|ying))(?:\s+[a-z][\w’'-]*){0,3}|"
    r"(?<![\w’'-])(?:analysts?|economists?|strategists?|correspondents?|columnists?|reporters?|editors?|contributors?|writers?|"
    r"researchers?|consultants?|advis[eo]rs?|lawyers?|attorneys?|counsel|lobbyists?|spokes(?:man|woman|person)|"
    r"scientists?|engineers?|fellows?|managers?|directors?|officers?))\s+for\s+$"
)
SUBJECT_OPENERS = {"that", "and", "but", "while", "when", "as", "after", "because", "though", "although", "since", "if", "so"}
TIME_ADVERBS = {
    "later",
    "earlier",
    "then",
    "now",
    "ago",
    "today",
    "yesterday",
    "recently",
    "subsequently",
    "eventually",
    "meanwhile",
    "afterwards",
    "finally",
}
INVERTING_CUES = {"says", "said", "writes", "wrote", "notes", "noted", "adds", "added", "argues", "argued", "explains", "explained"}
# "The key to its success, says Dorrance, is the network.", "…, according to Dorrance, …": a cue set off in commas inside
# a paraphrase; the one it names is the sentence's speaker, whom a later "he" or "she" means
INTERJECTED_CUE_BEFORE = re.compile(r",\s+(?:(?:" + "|".join(sorted(INVERTING_CUES)) + r")|according\s+to)\s+$")
# a place word US news writes in lower case before an office ("When state Sen. Tom Rudd presented …", "county Commissioner"):
# no object's word, so the word before it tells whether the name is a subject
US_PARTY_WORDS = frozenset(party.lower() for party in US_PARTIES)  # "the Chicago Democrat said": a role, the member
PLACE_BEFORE_TITLE = {"state", "county", "city", "town", "federal", "provincial", "municipal", "district", "regional", "parish"}
SUBJECT_ROLES = {"scholar", "historian", "sinologist", "political", "scientist", "writer", "blogger", "activist", "lawyer", "host", "anchor"}
# "Putin's senior aide Yuri Ushakov said", "Trump's envoy Steve Witkoff said": a role another's possessive heads
SUBJECT_ROLES |= {"aide", "adviser", "advisor", "envoy", "deputy", "assistant", "ally", "negotiator", "spokesman", "spokeswoman"}
SUBJECT_ROLES |= set(KIN_NOUNS)  # "Walid’s mother Hindia says", "his father Mohan said": the relative named
TRAILING_SOURCE = re.compile(r"\s*\([^()]{1,80}\)\.?")
PROPER_NAME = re.compile(r"(?:[A-Z0-9][\w’'-]*)(?:\s+[A-Z0-9][\w’'-]*)*")
# words in capitals, two or more of three letters or more: shouted, as a post writes them ("would pay a “BIG PRICE”"), no name
SHOUTED = re.compile(r"[A-Z]{3,}(?:[ &]+[A-Z]{3,})+!*")
# a noun any body of its kind may be called by, whatever its name: "the agency" after "the BND", "the paper" after "Al-Ahram"
GENERIC_BODY_NOUNS = {
    **dict.fromkeys(
        ("agency", "organization", "organisation", "group", "company", "firm", "institution", "body", "publisher"), ("organization", "outlet")
    ),
    # "the charity" after "Hopewell Trust": a not-for-profit body by what it is, as "the company" is a firm
    **dict.fromkeys(("charity", "nonprofit", "non-profit", "ngo"), ("organization",)),
    **dict.fromkeys(("newspaper", "paper", "daily", "outlet", "broadcaster", "channel", "website", "site", "network"), ("outlet",)),
}
NOT_FOR_PROFIT_NOUNS = frozenset(("charity", "nonprofit", "non-profit", "ngo"))
# the words a public body's name holds: "the charity" is never the ministry or the council named before it
PUBLIC_BODY_WORDS = BODY_OFFICE_ENDINGS | {"government", "agency", "embassy", "parliament", "police"}
ADDING_CUES = frozenset(("add", "continue", "go on"))  # "“…,” Dorr added": the speaker of the quote before, going on
JOINING_WORDS_MAX = 4  # "followed by", "and", "as well as": the words that may join two fragments of one speaker's words
REPORTED_CLAUSE_WORDS_MAX = 24  # the words of the speaker's paraphrase between a fragment and the quote the cue credits
# what ends the reported clause between two quoted parts of one sentence: a colon, a semicolon, a dash
REPORTED_CLAUSE_BREAK = re.compile(r"[;:—–]")
# "The delays have been “very costly”": a fragment standing as the predicate's complement, after a copula and at most one
# adverb, describes the subject in the speaker's words; after any other verb ("Critics call the plan “…”", "The law bans
# “…”") the words are the subject's own or a text's
REPORTED_SUBJECT_CHARS_MAX = 300  # the sentence's words before such a fragment: its subject and a copula
COPULA_REACH = 40  # a copula and one adverb before the fragment fit in these characters
COPULA_RIGHT_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|looks?|looked|appears?|appeared|proved|proven)\s+(?:\w+ly\s+)?$"
)
AS_OR_ACCORDING_NEXT = re.compile(r"[\s,]*(?:as|according)\b")  # a cue that credits one quote, not the sentence
# a speaker's tag closing the sentence, its pronoun the person the sentence opens with as the one who speaks or thinks:
# "Pol Harren dismisses the idea, he told the paper." (not "The bill is doomed, he told reporters.", nor "Pol Harren is
# wrong, he said.", whose "he" is someone named before)
PRONOUN_TAG_AT_END = re.compile(r",\s+(?P<pronoun>he|she)\s+(?:\w+ly\s+)?" + CUE.pattern + r"[^,;:.!?“”\"]{0,60}[.!?]?\s*$")
# ", where he mentioned that": a clause on "where", its pronoun the subject of the verb of saying the quote hangs on
# "…, he added, …", "he said": the role sentence relayed by someone a pronoun means, not told by the narrator
PRONOUN_CUE_IN_SENTENCE = re.compile(r"\b(?:he|she|they)\s+(?:\w+ly\s+)?" + CUE.pattern)
WHERE_PRONOUN_CUE = re.compile(r",\s+where\s+(?P<pronoun>he|she)\s+(?:\w+ly\s+)?" + CUE.pattern + r"[^,;:.!?]*$")
# between two fragments of one clause: a preposition's named object, a few lower-case words either side (" by Halden and
# Brask to ", " for Orla Finn and "; not "with Otto Brandt", who may be speaking too)
OBJECT_NAMED_BETWEEN = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}(?:by|of|for|from|against)\s+(?:the\s+)?" + CHUNK.pattern + r"(?:\s+and\s+" + CHUNK.pattern + r")?(?:\s+[a-z]+){0,3}\s*"
)
ZERO_WIDTH_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner and joiner, word joiner, BOM
ZERO_WIDTH_AS_SPACE = str.maketrans(dict.fromkeys(ZERO_WIDTH_CHARACTERS, " "))  # one character for one: offsets hold
LAST_WORD_IS_PREPOSITION = re.compile(r"\b(?:in|near|from|outside|of|at)\s+$")
STATE_AFTER_COMMA = re.compile(r",\s+(([A-Z][\w.]*)(?:\s+[A-Z][\w.]*)?)\b")
CITATION_IN_PARENTHESES = re.compile(r"\([^()]{0,160}\b(?:1[89]|20)\d\d[a-z]?\)")
SURNAME_BEARER_REACH = 600  # how far back a full name is looked for when a first name could mean another speaker
OWNER_MARKS = re.compile(r"^\(|(?:[’']s)?\)?$")  # "(tsmc’s)" -> "tsmc"
LOWER_ROLE_BEFORE = re.compile(r"(?<![\w-])(?P<role>" + ROLE_NOUN_WORDS + r")\s+$")
# a LOWER_ROLE_BEFORE match ends where the spaces before its end begin: it starts at most this far before them
LOWER_ROLE_REACH = max(map(len, ROLE_NOUN_WORDS.split("|")))
ISSUED_BY = re.compile(r"\bstatements?\s+(?:issued|released|written|signed|made|published)\s+by\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + ")")
# "A message in May from the senior bishop, Archbishop Ida Lund, referred to …": a sentence opening on a message from
# someone names who a later "the statement said" means (the apposed post before the name is read past)
ISSUED_FROM = re.compile(
    r"^(?:An?|In\s+an?)\s+(?:[\w’'-]+\s+){0,2}?(?:message|statement|letter|communiqu[eé])\s+(?:[^,.;:“‘\"()]{0,40}?\s)?from\s+"
    r"(?:(?:the\s+)?(?:(?!(?:to|for|addressed|sent|at)\s)[\w’'-]+\s+){0,5}?(?!(?:to|for|addressed|sent|at),)[a-z][\w-]*,\s+)?"
    r"(?:the\s+)?(?P<who>" + CHUNK.pattern + ")"
)
# "The council read a message from Ida Lund.": a message from someone the sentence's object, the last word of it; a later
# "the statement said" means that message, not a body named before
MESSAGE_FROM_AT_END = re.compile(
    r"\b(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?(?:message|statement|letter|communiqu[eé])\s+from\s+(?P<who>" + CHUNK.pattern + r")\.?\s*$"
)
# "The Congress, in a statement signed by its national president, Comrade Ola Ibe, said …": the body speaks, the signer is
# the one a later "He stated further" means
SIGNED_FOR_BODY = re.compile(r"\b(?:signed|issued)\s+by\s+(?:its|the|their)\s+[a-z][a-z -]{0,40},\s+(?P<who>" + CHUNK.pattern + r"),")
RELATIVE_APPOSED = re.compile(r"(?P<owner>[A-Z][\w’'-]+)[’']s\s+" + KIN_NOUN + r",\s+$")
SENTENCE_FINAL_SPEAKER = re.compile(r",\s+(?P<who>" + CHUNK.pattern + r")\s+(?:said|says|added|adds|explained|explains)\.\s*$")
VERB_BEFORE_PARTICIPLE = re.compile(r"\b(?P<verb>[a-z]+s|[a-z]+ed)\s+(?:by|before|after|while)\s+$")
PASSIVE_BODY_AGENT = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?[a-z]+ed\s+by\s+(?:the\s+)?(?P<body>" + LOWER_BODY + "|" + CHUNK.pattern + ")"
)
PASSIVE_AGENT_BEFORE = re.compile(r"\b[a-z]+ed\s+by\s+$")  # "The layoffs announced by Jack Dorsey …": the one who acts
# "When Inspector Kalder was asked … by radio host Paul Grady, he replied": the one asked is the "he" of the main clause
ASKED_AFTER_NAME = re.compile(r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:asked|questioned|pressed|quizzed|grilled|challenged)\b")
MAIN_CUE_OPENING = re.compile(
    r"(?:He|She|They|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:also\s+|further\s+|then\s+)?"
    r"(?:said|says|added|adds|admitted|admits|insisted|insists|argued|argues|explained|explains|noted|notes|warned|warns|"
    r"told\s+\w+|accused\s+\w+(?:\s+\w+)?|stressed|stresses|claimed|claims)\b"
)  # the subject and the verb of saying a sentence opens with
QUOTE_THEN_CUE_END = re.compile(r"[\"”]\s*,?\s*" + CUE.pattern + r"\s+$")  # "“No,” responded " before a name (masked: straight marks)
INVERTED_CUE_REACH = 40


# a name a place noun follows ("as far as the Blue Anchor restaurant", "outside the Marek Holm hospital"), or after "as far
# as": a restaurant, a hotel, a road a witness's account passes, never the "he" who recalls it
PLACE_NOUN_AFTER = re.compile(
    r" (?:(?:" + "|".join((*BUSINESS_PLACE_NOUNS, *SITE_PLACE_NOUNS)) + r")s?\b|\d{1,4}[A-Za-z]? (?i:" + "|".join(BUSINESS_PLACE_NOUNS) + r")\b)"
)  # "the Route 9 Diner": a number, then the noun in capitals
PLACE_REACH_BEFORE = re.compile(r"\bas far as (?:the )?$")


PROFILE_VERB = re.compile(r" (remains|serves|continues|oversees|heads|chairs) ")
NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,2}$")  # "Mira Kayes " before "Lucky"
NAME_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w’'-]+){1,2}")  # " Begum" after "Lucky"
REPORT_MENTION = re.compile(r"\b[Rr]eport\b")


def marks_astray(text: str, span: Span) -> bool:
    """'… dubbed the "Day of Rage — was "the completion of the reforms," including the release …': a mark lost, the straight
    marks pair the wrong way round. A span closed by a mark that opens a word (a space before it, a letter after: 'was
    "the') or left open from a mark that closes one (glued to a word's comma, a word in lower case after it: 'reforms,"
    including') holds words no one said so: the writer's and a name's, nobody's statement."""
    if span.closed:
        at = span.end - 1
        straight = text[span.start : span.start + 1] == '"' == text[at : at + 1]  # not '“face every …, before adding: "There'
        return straight and text[at - 1 : at] == " " and text[at + 1 : at + 2].isalpha()
    at = span.start
    return (
        text[at : at + 1] == '"'
        and at >= 2
        and text[at - 1] in ",.;"
        and text[at - 2].isalnum()
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].islower()
    )


def named_place(text: str, chunk: Chunk) -> bool:
    """Whether the name the chunk holds is a place's: a place noun after it, "as far as" before it, or a university's
    name and a comma before it ("the University of Westland, San Lucio": its campus)."""
    return (
        PLACE_NOUN_AFTER.match(text, chunk.finish) is not None
        or PLACE_REACH_BEFORE.search(text, max(0, chunk.begin - 16), chunk.begin) is not None
        or campus_after_university(text, chunk.begin, chunk.text)
    )


def named_as_a_thing(text: str, begin: int) -> bool:
    """Whether the name at `begin` stands after a possessive no person's name follows ("its Brightwave Plus plan") or
    after a firm's noun ("the tech firm Brightwave"): a product's or a company's name."""
    return NAMED_AS_A_THING_BEFORE.search(text, max(0, begin - 40), begin) is not None


def interjected_cue_names(text: str, chunk: Chunk) -> bool:
    """Whether the name is the speaker of a cue set off in commas inside a sentence (", says Dorrance,", ", according to
    Dorrance,"; ", Dorrance says," is read as a verb following the name)."""
    return text.startswith(",", chunk.finish) and INTERJECTED_CUE_BEFORE.search(text, max(0, chunk.begin - 20), chunk.begin) is not None


def after_quote_and_cue(text: str, at: int) -> bool:
    """Whether a name at `at` follows a quote's closing mark and a verb of saying ("“No,” responded Hasken")."""
    window = text[max(0, at - INVERTED_CUE_REACH) : at]
    return ('"' in window or "”" in window) and QUOTE_THEN_CUE_END.search(text, max(0, at - INVERTED_CUE_REACH), at) is not None


OWNED_WORDS = re.compile(  # "’s comments", "’s closing remarks": someone's words, named after their name
    r"[’']s\s+(?:[a-z]+\s+)?(?:comments|remarks|words|statement|speech|testimony|observations?|reflections|warning|address)\b"
)
KIN_APPOSED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}" + KIN_NOUN + r",\s+$")  # "His journalist father, "
CONTINUATION_REACH = 1500  # characters after the speaker's last quote within which a quote standing alone goes on with them
QUOTES_RUN_ON = re.compile(r"(?:\s*“[^“”]*”)*")  # the row's further quotes, closed, before its note number and date
ROW_TAIL_CHARACTERS = 40
SPOKESPERSON_OPENINGS = {"a spokesperson": "", "his spokesperson": "he", "her spokesperson": "she", "its spokesperson": "it"}
INNER_TERM_WORDS = 4  # a term in marks inside a quotation: "the test is "real risk""
# the work a rebuttal or a fact-check answers, named with its outlet ("the recent Voice of America (“VOA”) article"): "the
# article claims" is that outlet's, where the report names one outlet so
PUBLISHED_WORKS = ("article", "story", "piece")
DEFINED_SHORT_NAME_END = re.compile(r"\(\s*[“\"][^”\"()]{1,40}[”\"]\s*\)\s*$")
# a short name the report defines for a law or a document ("the Road Safety Act (“RSA”)"): a label, never a speaker
DOCUMENT_KIND_WORDS = frozenset(
    "act bill code law treaty convention charter regulation regulations directive protocol ordinance statute constitution".split()
)
DEFINED_DOCUMENT_LABEL = re.compile(r"\b[A-Z][\w’'-]*\s+\(\s*[“\"](?P<label>[^”\"()]{1,40})[”\"]\s*\)")
BRACKET_AND_MARK = re.compile(r"\(\s*[“\"]")  # what every DEFINED_DOCUMENT_LABEL holds: a cheap scan (a literal first) before it
# the issuer last named speaks through them; a leaked memo or a diplomatic cable speaks for the post that sent it
ISSUED_NOUNS = frozenset(("statement", "communique", "communiqué", "document", "letter", "memo", "memorandum", "cable"))
ISSUING_WORDS = ("statement", "letter", "memo", "cable")  # what ISSUER_AT_THE_END names
# "…, the Norland Embassy reported in a memo in February.": the body the tail names issued it
ISSUER_AT_THE_END = re.compile(
    r",\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")\s+(?:said|reported|wrote|noted|warned|stated|added)\s+in\s+(?:a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:memo|memorandum|cable|statement|letter)\b"
)
ROLE_NOUNS_THAT_NAME = {"kremlin": "Kremlin"}  # a role noun that is also the name of one body
PROMOTABLE_LABELS = {
    "a term after a determiner",
    "names a thing after a determiner",
    "modifies the noun after it",
}  # not titles, noun modifiers or back-references
# "(MFA)", or in marks as a text defines a short name ("Voice of America (“VOA”)")
BRACKETED_ABBREVIATION = re.compile(r"\([“\"]?(?:[A-Z][A-Za-z]{1,7})[”\"]?\)")
ABBREVIATION = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,8})\([“\"]?(?P<abbr>[A-Z][A-Za-z]{1,7})[”\"]?\)")
POSSESSOR = re.compile(r"\b((?:[A-Z][\w-]+\s)?[A-Z][\w-]+)[’']s\b")
POLICE_NAME_WORDS = frozenset({"police", "constabulary", "force"})  # "the force said": the police force last named
BODY_ROLE_WORDS = {"ministry", "agency", "department", "office", "command", "council", "committee", "embassy", "government", "company"}
BODY_NOUNS = frozenset(BODY_ROLE_WORDS | ROLE_NOUNS_THAT_NAME.keys())  # nouns of bodies: no person's title word stands for them
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the race to the Moon": a thing, not a person a pronoun could mean
# the titles that mark a person after "the" ("the Rev. Tom Hale", "the Reverend Tom Hale", "the Tide Lama"): courtesy,
# religious and clerical ones, and the abbreviations of titles
TITLES_OF_A_PERSON_AFTER_THE = (
    PERSON_TITLES
    | RELIGIOUS_TITLES
    | {word.lower() for word in TITLE_ABBREVIATIONS.split("|")}
    | frozenset("reverend sheikh shaykh lama imam rabbi ayatollah mufti pastor archbishop cardinal patriarch".split())
)


def named_as_a_person(chunk_text: str, head: Head) -> bool:
    """Whether the name after "the" is evidently a person's: a title among its words or kept apart as its role ("the
    Rev. Tom Hale"), or a listed given name opening it ("the Tom Hale I knew")."""
    words = [word.strip(".,").lower() for word in chunk_text.split()] + [word.strip(".,").lower() for word in head.role.split()]
    return any(word in TITLES_OF_A_PERSON_AFTER_THE for word in words) or listed_given_name(head.name.split()[0])


# "for its Brightwave Plus plan", "the tech firm Brightwave": a name after a possessive that no person's name follows, or
# after a firm's noun, is a product's or a company's, never the person a "he" or "she" means
NAMED_AS_A_THING_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our)|\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][a-z-]*\s+){0,2}(?:" + "|".join(sorted(COMPANY_NOUNS)) + r"))\s+$"
)
FINITE_VERB_WORDS = ["is", "was", "has", "had", "said", "says", "stated", "told", "did", "does", "didn’t", "doesn’t", "didn't", "doesn't"]
# the present tense of analysis ("Carl Stone, principal analyst at Forrester, sees …", "he believes"): its subject is the
# one a later "he" means
FINITE_VERB_WORDS += "sees believes thinks expects anticipates argues contends notes warns predicts writes explains".split()
FINITE_VERB_WORDS += ["observes", "points"]  # "Piet Varga, a former minister, points out that …", "observes that …": the same
# the listed words as a prefix tree (one branch per first letter, not thirty tried in turn at each word), else a word
# ending in "ed": the same matches as the plain alternation (each is the whole word, or "didn’t")
# a word in "-ed" that starts in lower case: "Ahmed", "Mohammed" and "Reed" are names, not past tenses
# nor are the nouns and numbers in "-ed" ("in several red states", "a hundred towns")
NOT_PAST_IN_ED = r"(?!(?:" + "|".join(sorted(NOUNS_IN_ED)) + r")\b)"
FINITE_VERB_WORD = trie_pattern([*FINITE_VERB_WORDS, *sorted(IRREGULAR_PAST)]) + r"|" + NOT_PAST_IN_ED + r"[a-z]\w*ed"  # no verb holds a space
FINITE_VERB = re.compile(r"\b(?:" + FINITE_VERB_WORD + r")\b")
# A verb starts in lower case, so "\b" before it is no word character before it: a space, found by re's literal search
# (tried at every character, "\b" cost as much as the rest of the scan), else any other character that is no word's
SPACED_FINITE_VERB = re.compile(r" (" + FINITE_VERB_WORD + r")\b")
UNSPACED_FINITE_VERB = re.compile(r"[^\w ](" + FINITE_VERB_WORD + r")\b")
PLAIN_FINITE_VERB = (
    r"\b(?:" + "|".join(FINITE_VERB_WORDS) + r"|" + NOT_PAST_IN_ED + r"[a-z]\w*ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
)  # as first written


def finite_verb_starts(sentence: str) -> Iterator[int]:
    """Where each match of `FINITE_VERB.finditer(sentence)` starts.

    Past the text's start, a verb follows a space or another character that is no word's. The space is searched for
    first; the other characters only up to the space found, as no verb runs over a space; a verb never starts where
    the one before ends, which is where a word ends."""
    first = FINITE_VERB.match(sentence) if "a" <= sentence[:1] <= "z" else None
    if first is not None:
        yield 0
    position = first.end() if first is not None else 0
    while True:
        spaced = SPACED_FINITE_VERB.search(sentence, position)
        before = spaced.start() if spaced is not None else len(sentence)  # a character and a verb's letters, or nothing
        found = (UNSPACED_FINITE_VERB.search(sentence, position, before) if before - position > 2 else None) or spaced
        if found is None:
            return
        yield found.start(1)
        position = found.end()


ABBREVIATION_BEFORE = re.compile(ABBREVIATION.pattern + "$")  # searched up to a bracket's end: "$" is there
NOT_IN_ABBREVIATED_NAME = re.compile(r"[^\w’'.\s-]")  # a character no name before "(MFA)" holds (a comma, a bracket)


def abbreviation_before(text: str, bracket: re.Match[str]) -> re.Match[str] | None:
    """`ABBREVIATION_BEFORE.search(text, max(0, bracket.start() - 120), bracket.end())`, searched from after the last
    character before the bracket that no name holds: its match starts no earlier, and re tried the name's words, each
    capital with every way of gluing up to eight, from every capital of the window."""
    window = max(0, bracket.start() - 120)
    last = NOT_IN_ABBREVIATED_NAME.search(text[window : bracket.start()][::-1])
    return ABBREVIATION_BEFORE.search(text, bracket.start() - last.start() if last else window, bracket.end())


NAME_CONNECTORS = frozenset(("of", "for", "the", "and"))  # the small words a name's parts are joined by


def initials_of(name: str) -> str:
    """The first letters of a name's capitalised words ("PSPC" of "Public Services and Procurement Canada")."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def body_joined_by_and(whole: str, named: list[Chunk], abbreviation: str) -> bool:
    """ "Public Services and Procurement Canada (PSPC)": the letters spell every capitalised word of a name the name finder
    read as two or more, joined by "and", a body's word among its words: one body's name, whole. Not two people's ("Ana
    Roe and Bo Lind (ARBL)"): a part opening with a listed given name, or no body's word anywhere, each part then read as
    a person's full name."""
    words = [word.lower() for word in whole.split()]
    return (
        " and " in whole
        and initials_of(whole) == abbreviation
        and not any(listed_given_name(chunk.text.split()[0]) for chunk in named)
        and any(word in ORGANIZATION_WORDS or word.removesuffix("s") in ORGANIZATION_WORDS for word in words)
    )


def shortens(abbreviation: str, name: str) -> bool:
    """Whether a bracketed abbreviation shortens the body's name before it: it opens with the name's first letter
    ("MoD", "ITF" for "International Transport Workers’ Federation"), or its capitals, two or more, are in order initials
    of the name with a leading qualifier left out, the first capital the first initial after it ("OCHA" for "UN Office
    for the Coordination of Humanitarian Affairs", "ETC" for "PLA Eastern Theater Command"). The qualifier holds no
    body's word and ends in no connector: "UAE" in "Embassy of the United Arab Emirates (UAE)" is the state's, not its
    embassy's. Never after an owner's possessive ("Norland’s Ministry of Defence (MoD)": another state's ministry goes
    by the same letters)."""
    words = name.split()
    initials = initials_of(name)
    if abbreviation[0] == initials[:1]:
        return True
    capitals = [letter for letter in abbreviation if letter.isupper()]
    if len(capitals) < 2 or POSSESSOR.search(name):
        return False
    for left_out in range(1, len(words)):
        qualifier = words[left_out - 1].lower()
        if qualifier in ORGANIZATION_WORDS:
            return False  # the body's own word left out: the letters are of what it governs
        if qualifier in NAME_CONNECTORS:
            continue
        rest = iter(word[0] for word in words[left_out:] if word[0].isupper())
        if words[left_out][0] == capitals[0] and all(letter in rest for letter in capitals):  # `in` consumes the iterator
            return True
    return False


BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_GLUE = r"(?:\s+(?:of|for|and|the|on|in|de|des|du|la|le|al|el)\b)*\s+"  # the small words initials skip
# a capital at a word's start and the capital of the next word, glued as ACRONYM_GLUE glues them: each pair of letters
# that can stand next to each other in an acronym spelt out (the look-ahead lets every capital of the text be tried)
INITIALS_IN_A_ROW = re.compile(r"([A-Z])(?<!\w[A-Z])(?=[\w’'-]*" + ACRONYM_GLUE + r"([A-Z]))")  # "\b" as a look-behind after the letter
PLAIN_INITIALS_IN_A_ROW = r"\b([A-Z])(?=[\w’'-]*" + ACRONYM_GLUE + r"([A-Z]))"  # what INITIALS_IN_A_ROW matches, as first written
TAG_AFTER_QUOTE = re.compile(
    r"(?:" + SPEAKER_AFTER.pattern + r"|\s*" + CHUNK.pattern + r",[^,.!?;:]{1,80},\s+(?:\w+ly\s+)?" + CUE.pattern + r")[^.!?;:]{0,80}[.,]"
)  # "“…?” Zelensky said.", "“…?” Qatar’s Prime Minister …, a mediator in the talks, posted on X."
FIRST_CHUNK = re.compile(r"(?:[Tt]he\s+)?(?P<chunk>" + CHUNK.pattern + ")")
SUBJECTS_KEPT = 512  # sentences whose subject is kept for the next look at them
NAMED_WINDOW = 50_000  # characters before the paragraph searched for "Russian Foreign Minister X": bounded, so a 20 MB report stays linear
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Mayor Jane Roe on Tuesday signed …", "… as of Friday had not …", "… at the time disputed …": the time of narration
NARRATION_TIME_AFTER_NAME = re.compile(r"(?:on|as|at)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + MONTH_WORD + r"\s+\d|of\b|the\s+time\b)")
SOURCE_TAG = re.compile(
    r"[\s,.]*\((?P<who>[A-Z][^(),;]{1,40}),\s*(?:\d{1,2}\s+" + MONTH_WORD + r"|" + MONTH_WORD + r"\s+\d{1,2})(?:,?\s+\d{2,4})?\)"
)  # "(Amman radio, 8 March)", "(Herald, March 3, 2024)"
NUMBERED_CITATION = re.compile(r"\s*\[?\d{1,3}[.)\]]\s")  # a notes list's entry that the import did not make a note
CITATION_MARK = re.compile(r"\baccessed\s+(?:on\s+)?\w+\s+\d|<https?://")  # an access date, an address in angle brackets
BRACKETED_TAG = re.compile(r"\[[^\[\]]{1,60}\]")
# a wire item's closing credit, its reporter's e-mail or handle in brackets ("(anna.lee@example.com)", "(@annalee)"): no words
EMAIL_CREDIT = re.compile(r"\((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+)(?:[;,]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+))*\)")
NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
SAME_CLAUSE_WORDS = 12
SAME_CLAUSE_BREAK = re.compile(r"[;:—–]|\b(?:while|whereas|but|although|though)\b")
# a quotation credited by a name line under it or a dash and a name after it, as an epigraph is (or a pull quote)
NAME_UNDER = "the name under the quote"
DASHED_NAME_AFTER = "a dash and a name after the quote"
# the statement's reason as add() writes it ("sieve: detail"), from the same details the sieve gives, so they change together
CREDITED_UNDER_REASONS = frozenset(f"name_line: {detail}" for detail in (NAME_UNDER, DASHED_NAME_AFTER))
UNNAMED_OPENING = re.compile(
    r"[\s•–—-]*(?:(?:A|An|Another|One|Two|Three|Several|Some)\s+(?:[a-z][\w-]*\s+){0,3}(?:source|official|resident|diplomat|person|aide|witness|man|woman|member|analyst|expert|officer|soldier|local|MP|MEP|TD|MLA|MSP|MK)s?\b"
    # "The source also remarked …", "[The source] added …", "The same sources said …": the unnamed source again
    r"|The\s+(?:[a-z][\w-]*\s+){0,2}sources?\b(?!\s+(?:of|for|in|at|on|is|was|said\s+to\s+be)\b))"
)
# "One night, Castro’s pilot publicly stated …": someone's unnamed pilot or aide, whom a later "he" means
POSSESSED_PERSON_OPENING = re.compile(
    r"(?:[^.,;]{0,40},\s+)?(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+[’']s\s+(?:[a-z]+\s+)?(?:" + POSSESSED_PEOPLE + r")\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b"
)
# "In Castell's view, …", "To Mayor Ivo Castell's mind, …": the owner of the view a speaker reports, not the "he" who reports it
VIEW_OWNER_OPENING = re.compile(
    r"(?:In|To|From)\s+(?:the\s+[a-z]+\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*[’']s?\s+(?:own\s+)?(?:" + VIEW_NOUNS + r"|mind|eyes)\b"
)
SUBORDINATE_BEFORE = re.compile(r"(?:^|\W)(?:that|whether|if|because|although|though|unless|once|until|when|after|before)\s+$", re.I)
PASSIVE_START = re.compile(r"\s*(?:\w+ly\s+)?(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?\w+ed\b")
# a source the sentence brings in without a name ("cites an unnamed source", "an anonymous official told"): a later "he" is
# the source's, nobody the report named before
UNNAMED_SOURCE_CITED = re.compile(
    r"\b(?:an?|one|two|several)\s+(?:unnamed|anonymous|unidentified)\s+(?:[a-z]+\s+){0,2}?(?:source|official|person)s?\b"
)
# "Keller was “warned for six years”", "she had been “repeatedly told to stop”": a quoted past participle after a form of
# "be" says what was done to the subject, in someone else's words, never the subject's own
BE_AT_END = re.compile(r"\b(?:was|were|is|are|been|being)\s*$")
QUOTED_PARTICIPLE = re.compile(
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|told|given|sent|taken|made|kept|held|shown|caught|left|brought|thrown|driven|beaten|forbidden|"
    r"hit|put|sworn|chosen|paid|sold|led|written|bound|barred|shut|cut)\b"
)
# "Still, Garay left the shelter to press his representatives: “…”", "And he steers the conversation back to Trump:":
# a sentence opening on its subject and its verb, after a conjunction or an opening phrase, that ends with a colon
COLON_SENTENCE_OPENING = re.compile(
    r"\s*(?:(?:And|But|So|Yet|Then|Now)\s+)?(?:[A-Z][^,;:.“”\"]{0,60},\s*)?(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<who>"
    + CHUNK.pattern
    + r"))\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b"
)
NOT_A_VERB_AFTER_SUBJECT = frozenset("and or of in at for on to from with who which whose whom that".split())
PLACE_OR_ADDRESSEE_BEFORE = re.compile(r"\b(?:at|in|to)\s+(?:the\s+)?$")  # "at Goldenwest College", "back to Trump"
# r"\bsaid" + UNNAMED_AFTER, written to start with the word itself (its "\b" a look-behind after it), so that re skips to
# each "said" of the sentence instead of trying "\b" at every position
UNNAMED_AFTER_CUE = re.compile(r"said(?<!\wsaid)" + UNNAMED_AFTER.pattern)
# "“… is not weak.” Jane Dorset said.", "“…” Ann Hale, the union's welfare officer, tells me, “…”": a sentence that is only a
# name and its cue after a quote standing alone (an object pronoun, a name or "reporters" after "told" or "tells"), the
# sentence ending there or going on with a quote; not "Luckily, Fischer says, his husband did …"
NAME_AND_CUE_SENTENCE = re.compile(
    r"\s*(?P<who>" + CHUNK.pattern + r")(?:,[^.;“”\"]{1,100}?)?\s+(?:\w+ly\s+)?(?P<cue>said|says|added|adds|explained|explains|wrote|writes|"
    r"(?:told|tells)\s+(?:me|us|him|her|them|reporters|[A-Z][\w’'-]+))\s*(?:\.|,\s*[“\"]|$)"
)
# "“…” Harbourton coroner Mara Tiven adds.", "“…” The coroner, Mara Tiven, agrees.": a short sentence after a quote
# standing alone that ends on its subject's verb, whatever words before the name describe it
CUE_CLOSES_SENTENCE = re.compile(
    r"\s*(?P<subject>[A-Z][^.;:“”\"]{1,100}?)\s+(?:also\s+|\w+ly\s+)?(?P<cue>said|says|added|adds|explained|explains|wrote|writes|"
    r"agrees|agreed|concurs|concurred)(?:\s+(?:too|as\s+well))?\s*\.\s*$"
)
# "He hailed the win …", "In early 2005, she called for …": a sentence whose main clause opens on "he" or "she"
PRONOUN_OPENS_MAIN_CLAUSE = re.compile(r"\s*(?:[A-Z][^,;:.“”\"]{0,60},\s*)?(?P<pronoun>[Hh]e|[Ss]he)\s")
DESCRIBING_WORDS_BEFORE_NAME = 4  # "Harbourton coroner", "The coroner,"
# words before the name set off by a comma describe it only as a noun phrase ("The coroner,", "Her colleague,"); "That is
# false," is a clause of its own, disputing the quote
DESCRIPTION_BEFORE_COMMA = re.compile(r"(?:The|A|An|His|Her|Their|Its|Our|My)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*,\s*")
LINKING_VERB = re.compile(r"\b(?:is|was|are|were|isn’t|isn't|wasn’t|wasn't|has|had|have|will|would)\b")
APPOSITION_OR_NOTHING = re.compile(r"\s*(?:,(?:[^,;]{1,80},?)?)?\s*")  # after the name: ", the union's welfare officer,"
ENDORSING = ("agree", "concur")  # "“…” The coroner agrees.": she agrees with the words, they are not hers
POINTS_BACK = re.compile(
    r"\s(?P<cue>" + CUE.pattern + r")\s+(?:these|those|this|that)\s+(?:words|slogans?|phrases?|remarks|lines?|sentences?|message)\b"
)
# "These are the words of Mina Roe, who …", "Those were the thoughts of Tom Reyes": a sentence after a quote standing alone
# that names whose words they are
WORDS_OF = re.compile(
    r"\s*(?:These|Those|They|Such)\s+(?:are|were)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:words|thoughts|memories|lines)\s+of\s+(?P<who>" + CHUNK.pattern + r")"
)
AND_BEFORE_NAME = re.compile(r",?\s+(?:and|&)\s+$")  # "Otto Reyes and ": the first of two people joined, right before the second
OPENS_SUBORDINATE_CLAUSE = re.compile(r"\b(?:that|after|when|while|because|though|although|since|if|before|until|as)\s+$")
# what ends a clause between its subject and a pronoun read after it: a sentence's end, a semicolon or a colon, a comma
# but one before a relative pronoun (", which he called"), a joining word right before the pronoun ("and he said")
PRONOUN_LEAVES_THE_CLAUSE = re.compile(r"[.!?;:]|,(?!\s+(?:which|what|whom|whose)\b)|\b(?:and|but|yet|so)\s+$")
# "X did A, while Y did B": a clause set against the main one after a comma, whose "he" is its own subject; after "that", "when",
# "after" or "because" the "he" is as often the main subject reacting to what the other did ("X was furious that Y had
# dismissed what he called …")
CONTRASTING_CLAUSE = re.compile(r",\s*while\s+$")
# what opens a clause of its own with a subject of its own inside a sentence ("…, while Smith defended", "…; Smith
# defended", "…, but Smith defended"); not "that" or "after", whose subject's "he" is as often the main clause's subject
CLAUSE_JOINED_BEFORE = re.compile(r"(?:,\s*(?:while|whereas|but|yet)|;|\s[—–])\s+$")
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
ITS = re.compile(r"\bits\b")
INTRODUCED = re.compile(r"(?P<name>" + CHUNK.pattern + r"),\s+(?:a|an)\s+\w")  # "AO GK Radiant, a Moscow-based distributor"
# each word from its first letter, so that re skips to an "I" or an "m" (the look-behind after it is the "\b" before it)
FIRST_PERSON = re.compile(r"(?:I(?<!\wI)|m(?<!\wm)[ey])\b")
PLAIN_FIRST_PERSON = r"\b(?:I|me|my)\b"  # as first written (tests compare them)
REPORTED_BY_AT_THE_END = re.compile(r",\s+the\s+(?P<who>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and)){0,6})(?:\s+\([A-Z]{2,6}\))?\s+said\.?\s*$")
TWO_CAPITALS = re.compile(r"[A-Z]{2}")  # "AI", "UK": an initialism in passing, no company a later "the company" means
SENTENCE_OPENING = re.compile(r"(?:^|[.!?”»]\s+)(?=[A-Z])")  # "»": a French quotation's closing mark, as "”"
# names alone fronted before a parenthetical pronoun's cue ("Red Finch and Grey Heron, she told the room, were “…”"):
# the topic of the words, never the pronoun
_FRONTED_NAME = r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
FRONTED_NAMES = re.compile(rf"{_FRONTED_NAME}(?:\s*,\s*{_FRONTED_NAME})*(?:,?\s+(?:and|or)\s+{_FRONTED_NAME})?\s*,\s*")
SAYING_VERB = re.compile(
    r"\b(?:said|says|told|tells|stated|states|added|adds|wrote|writes|declared|complained|explained|noted|argued|insisted|warned)\b"
)
TITLE_STOP = "|".join(f"(?<={title})\\." for title in ("Mr", "Ms", "Mrs", "Dr", "Sen", "Gov", "Gen", "Rep", "St"))  # "Mr. Varga"
# "In the statement signed by his press secretary, Castell described …": a participle and its agent after a noun, no
# finite verb ("was signed by" has one: the auxiliary before it)
REDUCED_PASSIVE = re.compile(r"[a-z]+ed\s+by\s")
AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\s+(?:\w+ly\s+)?$")
# a subordinate clause opening the sentence, also after a lead of time ("In the years since she wrote the column, Mills
# said": the main clause's subject, not the pronoun in the clause before it)
SUBORDINATE_OPENING = re.compile(
    r"(?:(?:In|For|During)\s+the\s+(?:\w+\s+){1,2}|(?:Years|Months|Weeks|Days|Long|Shortly|Soon|Just|Even|Ever)\s+)?"
    r"(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hile|[Bb]ecause|[Oo]nce|[Uu]ntil|[Uu]nless)\s(?:[^,;:.]|" + TITLE_STOP + r"){3,120},"
)
SUBORDINATE_INITIALS = frozenset("WABSOUIFDYMLJE")
# "The service ended, Brandt finished …": a one-verb clause of a thing, a comma, a name: the name's clause is the main one
SETTING_CLAUSE_THEN_NAME = re.compile(r"(?P<verb>[a-z]+),\s+(?=[A-Z][a-z])")
KICKER_WORDS = frozenset("TO THE OF FOR IN ON AT AND A AN WITH FROM BY".split())  # the small words no name in capitals holds
APPOSITION_NEXT = re.compile(r",\s+(?:the|a|an|who|whose)\s")  # "Dickens Omollo, the head of security at the depot, was …"


def teller_sex_fits(teller: Head, pronoun: str | None) -> bool:
    """Whether the teller's given name leaves the pronoun possible: a woman's name for "she", a man's for "he", and any name
    whose sex is unknown or either ("Luca"); the one who tells of a pair is only the pronoun's if the name fits it."""
    if pronoun not in ("he", "she"):
        return False  # the rule is for "he" and "she" only
    if " " not in teller.name:
        return True
    sex = given_name_sex(teller.name.split()[0])
    return sex in (None, "either") or sex == ("male" if pronoun == "he" else "female")


PLURAL_PAIR_BEFORE = re.compile(r"\bthe\s+[A-Z][a-z]+s\s+and\s+$")  # "the Croats and Serbs": a people, no "he"
# a sentence's subject named after a lower-case role that opens it ("Site engineer Paul Orr", "Harbourline executive Ana Roe")
ROLE_OPENER_LEAD = re.compile(
    r"(?:(?:And|But|Yet|Still|Meanwhile|Then)\s+)?(?:[A-Z][\w&.-]*\s+)?(?:[a-z][a-z-]*\s+)?[a-z]+(?:er|or|ive|ist|ant|ent|ian|man|woman)\s+"
)
OPENER_LEAD = re.compile(r"(?:(?:And|But|Yet|Still|Meanwhile|Then)\s+)?")  # "And Mr. Varga disclaimed any responsibility."
UNNAMED_SOURCE_WORDS = {"official", "officials", "source", "sources", "person", "aide", "diplomat"}
PARAGRAPH_SOURCE = re.compile(r"\s*(?P<lead>According to)\s+[^.;]{3,160}?,")
OBJECT_APPOSITIVE = re.compile(
    r"\b(?:with|to|by|from|for|met|meet|meets|called|phoned|and)\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*,\s*$"
)
STUDY_BY = re.compile(
    r"(?P<by>\b(?:report|study|analysis|research|paper|series)\s+(?:\w+\s+){0,2}?(?:by|from|of)\s+(?:the\s+)?(?=[A-Z])|"
    r"\bresearchers\s+(?:at|from|of|with)\s+(?:the\s+)?(?=[A-Z]))|(?P<who>\b[A-Z][A-Za-z]{1,8})\s+researchers\b"
)  # "a report by the X Foundation", "researchers at X", "CFHK researchers": who made the study a story is about
USUAL_ROLES = ("President", "Prime Minister", "Chancellor", "Premier", "Secretary", "Minister", "Governor", "Mayor")
DOT_LEADERS = re.compile(r"(?:\.\s?){4,}|…{2,}")  # a table of contents' leaders between a heading and its page
ARTICLE_END = re.compile(r"\b(?:[Tt]he|an?)\s+$")
# an institution standing for the office that heads it in an epithet ("the Pentagon chief": the defence secretary)
DOMAIN_TITLE_WORDS = {"pentagon": {"defence", "defense"}}
DEPUTY_BEFORE = re.compile(r"\b(?:[Vv]ice|[Dd]eputy|[Ll]ieutenant|[Aa]ssistant)[\s-]+$")
ROLE_REFERENCE = re.compile(r"\b[Tt]he\s+(" + "|".join(USUAL_ROLES) + r")\b")


def word_start_alternation(words: tuple[str, ...]) -> str:
    r"""What r"\b(?:" + "|".join(words) + ")" matches (for words that start with a letter), written to start with the
    words' first letters: re skips to those letters instead of trying every word at each character of a report (the
    look-behind after the letter is the "\b" before it; words with different first letters never match at one place)."""
    letters = list(dict.fromkeys(word[0] for word in words))
    first = "[" + "".join(re.escape(letter) for letter in letters) + "]"
    rests = "|".join(f"(?<={re.escape(letter)})(?:" + "|".join(re.escape(w[1:]) for w in words if w[0] == letter) + ")" for letter in letters)
    return first + r"(?<!\w" + first + ")(?:" + rests + ")"


TITLED_NAME = re.compile(r"(" + word_start_alternation(USUAL_ROLES) + r")\s+((?:(?:[A-Z]\.|[A-Z][\w’'-]*)\s+){0,3}[A-Z][\w’'-]+)")
PLAIN_TITLED_NAME = r"\b(" + "|".join(USUAL_ROLES) + r")\s+((?:(?:[A-Z]\.|[A-Z][\w’'-]*)\s+){0,3}[A-Z][\w’'-]+)"  # as first written
WORD_BEFORE = re.compile(r"(\S+)\s+$")
TURN_LABEL = re.compile(
    r"(?:Q(?:\s+|:\s*|\.\s+)|(?:(?:MR|MS|MRS|DR|SEN|REP|GEN|ADM)\.|THE|SECRETARY|AMBASSADOR|GENERAL|ADMIRAL|SPOKESPERSON|MODERATOR|OPERATOR)"
    r"(?:\s+[A-Z][A-Z’'.-]+){0,3}:\s+)(?=\S)"
)  # a transcript's turn labels: "Q", "MS. JEAN-PIERRE:", "THE PRESIDENT:", "SECRETARY BLINKEN:" (not "AIPAC:", a name line)
# a cheap look before an interview's phrases are sought: whether r"\bI\b|\b(?:me|us)\b" matches, as three patterns
# that each start with their word (the look-behind after it is the "\b" before it): re finds a literal start by its
# fast search, where a class of first letters ("[Imu]") cost a test of the class at each character
WRITER_WORDS = [re.compile(word + r"(?<!\w" + word + r")\b") for word in ("I", "me", "us")]
PLAIN_WRITER_WORDS = r"\bI\b|\b(?:me|us)\b"  # as first written (tests compare them)
# "Post Marlow – The Future of Democracy", "Anti-Vell": a prefix a title writes before a name, no given name
PREFIXES_BEFORE_NAMES = frozenset(("post", "pre", "anti", "pro"))
# a firm's trade before its name ("Uranium Miner Dorvane …" ¶ "Dorvane said": no "Miner Dorvane") and a body's last word run
# into a person's name ("presented to the United Nations Lu Wenkai’s view": no "Nations Lu")
BODY_WORDS_BEFORE_NAMES = frozenset({noun.lower() for noun in TRADE_DESCRIPTOR_NOUNS} | {"nations", "states", "emirates", "kingdom"})
# a title, a function word, a nation or a body's word before a surname: no first name
# a preposition before a name is no given name: "Inside Harbourline" (a group watching the firm) gives "Harbourline" no full name
NOT_FIRST_NAMES = TITLE_WORDS | NOT_NAMES | DEMONYMS | PREFIXES_BEFORE_NAMES | BODY_WORDS_BEFORE_NAMES | PREPOSITIONS | {"inside", "outside"}
PARTICLE = re.compile(PARTICLES, re.I)  # a name's particle as a word of its own ("Al", "el", "Van")
MADE_BY_NAME = frozenset({"assessment"})  # a work the report names by its maker ("the JIC Assessment"), never by the body last named
KNIGHTS = ("Sir", "Dame")  # British honours written before a given name, never before a bare surname
PEERS = (["Lord"], ["Baroness"])  # a peer goes by the title and surname (a "Lady" may be a knight's wife)
HEAD_OF_STATE = {"president", "prime", "premier", "chancellor", "leader", "king", "supreme", "chairman"}


def _shared_prefix(first: str, second: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), min(len(first), len(second)))


def _state_of(demonym: str) -> str:
    """'ukraine' for 'ukrainian': the one state sharing the longest prefix of four letters or more ('' where two tie)."""
    shared = sorted((_shared_prefix(demonym, state), state) for state in STATES)
    best = [state for length, state in shared if length >= 4 and length == shared[-1][0]]
    return best[0] if len(best) == 1 else ""


STATE_OF = {demonym: _state_of(demonym) for demonym in DEMONYMS}  # "ukrainian" -> "ukraine"
OCCASION_NOUN_WORDS = ("speech", "address", "sermon", "article", "editorial", "op-ed", "column", "interview", "post", "tweet")
OCCASION_NOUN = re.compile(r"\b(" + "|".join(word + "s?" if word == "tweet" else word for word in OCCASION_NOUN_WORDS) + r")\b", re.I)
# a body's portfolio named before ("the Portfolio Committees on Home Affairs, Mineral Resources", "Department of Mineral Resources")
PORTFOLIO_OF_BODY = re.compile(
    r"\b(?:Committees?|Department|Ministry|Minister|Portfolio)\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:,?\s+and\s+|,\s+|\s+))*$"
)
PORTFOLIO_REACH = 120
# the one a transcript's "A" turns are: "Interview with Dr Ann Cole", "in conversation with …", "DR ANN COLE (affirmed)"
INTERVIEWEE = re.compile(
    r"\b(?:[Ii]nterview|[Cc]onversation|Q&A)\s+with\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
    r"|(?P<witness>^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s*\((?:sworn|affirmed)\)"
)
# "Mr Hale was asked about the wall." right above a hearing's first "Q." line: the witness whose answers the lines are;
# not "was asked to resign", "was questioned by police": asked to act, or questioned elsewhere
WITNESS_ASKED = re.compile(
    r"(?P<asked>(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+was\s+(?:asked|questioned|examined|cross-examined)"
    r"(?:\s+(?:about|on|over|concerning|regarding|whether|if|why|what|how|when|where|who)\b|\s*(?:[.:;]|$))"
)
# an inverted cue after a quote whose sayer is someone unnamed ("“…,” says a nurse from Sabo, whose name was withheld"): a
# later "he says" is theirs, not the last person named (the plural too: "say two doctors")
UNNAMED_PERSON_CUE = re.compile(
    r"\b(?:says|said|adds|added|explains|explained)\s+(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(PEOPLE_NOUNS))
    + r")(?:s|es)?\b(?!\s+(?:named|called)\b)"
)
# "According to an eyewitness, who watched from a window, …": the unnamed source a later "he said" means, not the victim
# named before
ACCORDING_TO_UNNAMED = re.compile(
    r"\s*According\s+to\s+(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:eyewitness|" + "|".join(sorted(PEOPLE_NOUNS)) + r")(?:s|es)?\b"
)
# a sentence opening on someone unnamed by any noun for a person ("A shopkeeper in Hale was angrier."): a later "he" is
# theirs, nobody's, not the last person named (UNNAMED_OPENING's nouns are those of news sources)
OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b")
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "agent", "account", "channel", "authority"})
SOMEONE_UNNAMED_OPENING = re.compile(
    r"[\s•–—-]*(?:A|An|Another|One)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(sorted(PEOPLE_NOUNS - SPOKESPEOPLE)) + r")\b"
)  # not "A spokesperson who did not wish to be named said …": a body's, whom the body's "it" may still mean
# a capitalised word after "in" or "from" that follows an unnamed person noun is a place ("a fisherman in Sabo", "a nurse
# from Sabo"), never a person a sentence describes
PLACE_AFTER_PERSON_NOUN = re.compile(r"\b(?:" + "|".join(sorted(PEOPLE_NOUNS)) + r")(?:s|es)?\s+(?:in|from)\s+(?:the\s+)?$")
# a one-word name after "in", "from" or "of" that follows any noun for someone unnamed ("a baker in Velmar", "a retired
# teacher of Dunmore", "a 40-year-old driver from Kestrel"): a place too (a full name, "a letter from Omar Haddad", stays)
PLACE_AFTER_UNNAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z0-9][\w’'-]*\s+){0,3}?[a-z][\w’'-]*\s+(?:in|from|of)\s+(?:the\s+)?$")
# a question turn opening on the name of the one asked ("Q    Karine, we heard from …", "Q    Dana, can you …")
ADDRESSEE_OPENING = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?),\s+(?=(?:we|I|you|thank|thanks|just|so|can|could|do|does|did|is|are|"
    r"what|why|how|when|where|will|would|first|on|if)\b)"
)
PEOPLE_PLURAL_ENDINGS = ("men", "people", "folk")  # "Fishermen", "Businesswomen", "Townspeople", "Townsfolk"
# what a report says of a body right after its name: "Green Harbour, which …", "Blue Meridian and its …", "…'s members"
BODY_AFTER_NAME = re.compile(
    r"(?:,\s+which\b|\s+and\s+its\s|[’']s?\s+(?:members|volunteers|staff|employees|board|chief executive|director|founders?)\b"
    # ", a Kisumu research firm,", ", an advisory company in Leeds": the kind of body, its own words before it and none
    # of a person's ("a partner at a law firm", "a research group leader", "a one-man consultancy"); never a word that is
    # also a person's trade ("a Harare insurance broker", "a money lender", "an insurer")
    r"|,\s+an?\s+(?:(?!(?:at|of|for|with|in|on|the|a|an|from|and|to|by|one-(?:man|woman|person)|sole|freelance)\s)[\w’'-]+\s+){0,3}?"
    r"(?:firm|company|agency|consultancy|group|organi[sz]ation|charity|think[ -]tank|bank|NGO)"
    r"(?=\s*[,;.)]|\s+(?:that|which|based|owned|founded|headquartered|in|from)\b))"
)
# the sentence after one naming a body: "The group said …", "It said …", "Its volunteers …"
BODY_NEXT_SENTENCE = re.compile(
    r"[.!?”\"’']*[ \t]+(?:The\s+(?:group|organi[sz]ation|charity|campaign|network|coalition|alliance|movement|association|NGO|collective|"
    r"non-profit|nonprofit|trust)\b|It\s+(?:said|says|added|warned|argued|claimed|called|urged)\b|Its\s)"
)
BODY_EVIDENCE_REACH = 60  # characters after the name its evidence lies in (", a Kisumu-based research firm,")
SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?”»\"]\s|\n)\Z")
HEADING_DOUBLE_MARKS = '"“”'
BODY_NAME_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})  # "Police and Crime Panel", "Bank of Ostland"
HEADING_SPEAKER = re.compile(r"^(?P<who>[^:\"“”]{2,160}?)\s*:\s*(?P<rest>.*)$")


# A paragraph's quotes are read by whole_quote and then by inline, and each paragraph is folded once for every
# statement below it that looks back at it: read once (the caches live as long as a few sections)
paragraph_spans = functools.lru_cache(maxsize=256)(spans_with_lost_marks)
folded_paragraph = functools.lru_cache(maxsize=256)(fold_chars)
stated_in = functools.lru_cache(maxsize=256)(stated_years)  # each paragraph's, read when it is and when the next ones are
STATED_PARAGRAPHS = 24  # the paragraphs above in a section whose stated years a statement's yearless days may take
dated = functools.lru_cache(maxsize=256)(last_said_date)  # the paragraphs above a statement date the next statements too
NOTE_SLACK = dt.timedelta(days=7)  # how far a note's date may fall before the day it cites words from (a wire story's day, a time zone)
# between the name and the day: nothing, or the verb of what the speaker did ("Cameron today demanded", "Zelensky said
# Tuesday", "Witkoff, posted to X on Thursday", "Netanyahu said in a statement on Saturday"); not a clause about something else ("Piccinin, who was freed on Monday",
# "the border with Ukraine late on Thursday")
_GAP_SPACE = r"[\s\u200b-\u200d\u2060]+"  # with the zero-width spaces some wire copy carries
SPEAKER_DAY_GAP = re.compile(
    rf"’?s?\s*,?[\s\u200b-\u200d\u2060]*(?:(?:who|which){_GAP_SPACE})?(?:(?:said|told|wrote|spoke|posted|[a-z]+ed){_GAP_SPACE}(?:[A-Za-z]+{_GAP_SPACE}){{0,3}})?"
    rf"(?:on{_GAP_SPACE})?\Z"
)
# the rest of an opening phrase after its day, then the sentence's subject named with capitals and its verb
BEFORE_OR_AFTER = re.compile(r"\s*(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Aa]head\s+of|[Bb]y)\b")
DAY_PHRASE_THEN_SUBJECT = re.compile(r"[^,.;:!?“”\"]{0,60},\s+(?P<subject>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w-]*)\s+[a-z]")
SPEAKER_DAY_REACH = 30  # characters between a speaker's name and the day it did something: "Rankin, the governor, said on "


def latest_year(text: str) -> int | None:
    """The year of the latest full date the text states ("on Jan. 22, 2026"); None if it states none."""
    found = dates_in(text, None, None)
    return max(day for _, day in found).year if found else None


# A report that is the record of one occasion ("Minutes of Thirteenth Meeting of …", "Press Gaggle by …", "Transcript of
# …", "Remarks by …"): its date is the occasion's, the day the words it records were said, not a guess
RECORD_TITLE = re.compile(
    r"(?:extracts?\s+(?:from|of)\s+(?:the\s+)?)?"
    r"(?:(?:minutes|transcript|verbatim\s+record|summary\s+record|record)\s+of\b|press\s+(?:gaggle|briefing|conference)\s+(?:by|with)\b"
    r"|remarks\s+(?:by|of)\b)",
    re.I,
)


@functools.lru_cache(maxsize=256)
def day_words(text: str) -> tuple[tuple[int, str], ...]:
    """Where the text, outside quotation, says 'today', 'yesterday' or a weekday ("“Today you are in Kyiv”" is not the
    writer's): read once for each paragraph the statements below look back at."""
    if "day" not in text and "night" not in text:  # every word RELATIVE_DAY finds holds one of them
        return ()
    quoted = paragraph_spans(text) if "“" in text or '"' in text else []
    found = tuple(
        (m.start(), m.end(), m.group())
        for m in RELATIVE_DAY_SPANS.finditer(text)
        if not any(q.start <= m.start() < q.end for q in quoted) and not weekday_of_a_month(text, m.end())  # not "a Tuesday in May"
    )
    # "Speaking on Saturday, Hossa said he backed Friday's march": the day it was said, where the paragraph gives one
    owned = [day for day in found if owns_an_event(text, day[0], day[1])]
    return tuple((start, word) for start, end, word in found if not owned or len(owned) == len(found) or (start, end, word) not in owned)


CARRIED_DATE_REACH = 8  # statements back a going-on statement looks for the one it goes on with
CLAUSE_YEAR = re.compile(r"\b[Ii]n\s+(?:(?:early|late|mid)[\s-]+)?" + LONE_YEAR)
# "In his 2022 statement, he said", "In a 2012 white paper, the ministry assessed", "Eight years later, in 2005, X
# reported": the year of the work, or of the time phrase, opening the sentence is the year its words were said in
OPENING_YEAR_OF_WORK = re.compile(
    r"(?:[Ii]n\s+(?:a|an|the|his|her|its|their)\s+(?P<year>" + YEAR_NUMBER + r")\s+[a-z]+(?:\s+[a-z]+)?"
    r"|[A-Z][a-z]+\s+years?\s+(?:later|earlier),\s+in\s+(?P<later>" + YEAR_NUMBER + r")),"
)
SHORT_CLAUSE = 80  # characters of a clause after the quote that only says who said it and when (", declared X, in 1897.")


def goes_on(found: Found) -> bool:
    """Whether the words found go on with the speaker's last: a continuation, or a cue of going on ("he added", "X continued:")."""
    return found.sieve == "continuation" or base_of(found.cue) in ADDING_CUES


def clause_years(before: str, after: str = "") -> list[int]:
    """The bare years an attribution clause says its words were said in: opening the sentence before the quote ("In
    1897, Bülow declared “…”"), or in a short clause after it ("“…,” declared Bülow in 1897."); not a year the sentence
    gives something else ("Recalling a moment in 2022 …, she said: “…”")."""
    opening = CLAUSE_YEAR.match(before.lstrip()) or OPENING_YEAR_OF_WORK.match(before.lstrip())
    found = [int(opening.group("year") or opening.group("later"))] if opening else years_said_in(before)
    if len(after) <= SHORT_CLAUSE:
        found.extend(int(match.group("year")) for match in CLAUSE_YEAR.finditer(after))
    return found


def undated_year(report: Report) -> int | None:
    """A report with no date of its own: the year its yearless dates ("on Feb. 13") take, that of the latest full date
    its body states. Not its notes': a note cites what came out later (a hearing's transcript, a memoir, a letter of
    2015 about 2002), where the body tells of its own time; the whole text only where the body states no full date."""
    body = "\n\n".join([report.title, *(paragraph.text for section in report.sections for paragraph in section.paragraphs)])
    return latest_year(body) or latest_year(report.source_text)


VERB_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:re|co|pre)-$", re.I)  # "re-stated", "co-signed": the verb itself, prefixed


def compound_half(text: str, at: int) -> bool:
    """The word at `at` is the second half of a hyphenated compound ("English-speaking"), not a verb with its prefix."""
    return text[at - 1 : at] == "-" and VERB_PREFIX_BEFORE.search(text, max(0, at - 4), at) is None


def opens_a_quotation(heading: str) -> bool:
    """A double mark, or a single one at the start or after a space (not the apostrophe of "Iran's")."""
    return holds_any(heading, HEADING_DOUBLE_MARKS) or heading.startswith(("'", "‘")) or " '" in heading or " ‘" in heading


def people_plural(word: str) -> bool:
    """ "Aides", "Residents", "Fishermen", "Townspeople": a noun for people in the plural, as a report opens a sentence
    with an unnamed group ("Aides revealed that …", "Fishermen say “…”")."""
    lower = word.lower()
    if lower.endswith(PEOPLE_PLURAL_ENDINGS) and len(lower) > 6:
        return True
    if not lower.endswith("s"):
        return False
    return (
        lower[:-1] in PEOPLE_NOUNS
        or (lower.endswith("es") and lower[:-2] in PEOPLE_NOUNS)
        or (lower.endswith("ies") and lower[:-3] + "y" in PEOPLE_NOUNS)
    )


# "to Chile ", "in the United States ": where a title's holder is posted, between the title and the name
POSTED_AT = re.compile(POSTED_TO)


def most_named(named: list[tuple[str, Head]]) -> Head | None:
    """Of (key, head) pairs in the order the text names them, the head whose key comes most often (its first form);
    None when there is none, or two come as often."""
    counts = Counter(key for key, _ in named)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(head for key, head in named if key == ranked[0][0])


def without_turn_label(text: str) -> str:
    """A transcript's turn label blanked ("MS. JEAN-PIERRE:", "Q   "): it names who speaks the turn's own words, not
    whom its pronouns and quotations are about."""
    label = TURN_LABEL.match(text)
    return " " * label.end() + text[label.end() :] if label else text


def depicts(text: str) -> bool:
    """DEPICTION.search(text), after a quick look for the words every match holds (in lower case: where
    dates.IGNORECASE_SPECIAL is absent, a re.I match is a match in the lower-cased text)."""
    if text.isascii() or not IGNORECASE_SPECIAL.search(text):  # its characters are none of ASCII's
        lowered = text.lower()
        if not any(word in lowered for word in ("cartoon", "caricature", "depict", "frame")):
            return False
    return DEPICTION.search(text) is not None


# a name in Markdown emphasis left as text ("_Declassified_ asked Herzog", "told *The Ledger*"): read as the name (an
# outlet names itself and other publications in italics); not bold ("**…**"), nor snake_case words (the mark is matched
# before the look-behind: a look-behind first is tried at every character of every paragraph)
EMPHASISED_NAME = re.compile(r"([_*])(?<![\w*\\][_*])([A-Z][^\W_]*(?:[’'&.-][^\W_]+)*(?: [A-Za-z][^\W_]*(?:[’'&.-][^\W_]+)*){0,5})\1(?![\w*])")
# a publication named in italics as the subject of asking: "_Declassified_ asked Herzog", "*The Ledger* also asked"
ASKING_PUBLICATION = re.compile(r"([_*])(?<![\w*\\][_*])([A-Z][^_*\n]{0,60}?)\1\s+(?:also\s+|then\s+)?(?:asked|called out|shouted)\b")
# a body opening a paragraph with its short name in brackets: "Harbor Watch Foundation (HWF) and two partner groups sent …"
DEFINED_BODY_OPENING = re.compile(
    r"\s*(?:The\s+)?(?P<who>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*){0,7})\s+\([A-Z][A-Za-z]{1,9}\)\s"
)
LINK_AS_TEXT = re.compile(r"\[([^\[\]\n]{1,120})\]\((?:https?://|www\.)[^()\s]{1,400}\)")  # a Markdown link in a plain text
# a translator's square brackets holding a name in its own script (Chinese, Japanese, Korean, Cyrillic, Arabic …)
NATIVE_SCRIPT_IN_BRACKETS = re.compile(r"\[[\u0370-\u1fff\u2e80-\ud7ff\uf900-\ufaff][^\[\]A-Za-z\n]{0,40}\]")


# an editor's name supplied in square brackets as a clause's subject, its verb after it ("In 2017, [HSA] warned that"),
# read without the brackets (same length); not a note's number ("[12]"), "[sic]", nor a Markdown link's words
EDITORS_SUBJECT = re.compile(r"(?<![^\s,;:(])\[(?!sic\])([A-Z][\w’'.&-]*(?: [A-Za-z][\w’'.&-]*){0,6})\](?= [a-z])")


# a paragraph that opens on someone unnamed who acts ("A caretaker who has worked … described rising demand."): a quote
# standing alone after it is theirs, nobody's, not the speaker of the paragraph above
UNNAMED_PERSON_OPENING = re.compile(r"(?:An?|One|Another)\s+(?:[a-z][\w-]*\s+){1,5}who\s")


def words_of_named(text: str) -> Found | None:
    """ "These are the words of Mina Roe, who was taken …" opening the text: the person or body it names."""
    words_of = WORDS_OF.match(text) if text.lstrip()[:1] in "TS" and " of " in text[:60] else None
    head = head_of(words_of.group("who"), text[: words_of.start("who")]) if words_of else None
    if head is None or head.kind not in ("person", "organization", "outlet"):
        return None
    return Found(Subject([head]), "cue_after", "'these are the words of X' after the quote")


# "“…,” says a former Harbour employee who says Varga bullied her.": a quotation the sentence credits to a speaker it
# leaves unnamed, a cue in the present or the past and an article before the speaker's lower-case words
# the verbs of such a cue, in the present and the past ("says", "said", "adds", "added", "recalls", "recalled")
UNNAMED_SPEAKER_VERB = "(?:" + "|".join(form for base in ("say", "add", "recall") for form in present_and_past(base)) + ")"
UNNAMED_SPEAKER_AFTER_QUOTE = re.compile(
    rf"[”\"]\s*(?:{UNNAMED_SPEAKER_VERB}\s+(?:a|an|one|another)\s+[a-z][\w-]*"
    rf"|(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*\s+{UNNAMED_SPEAKER_VERB}\b)"
)


def opens_on_a_source(sentence: str) -> bool:
    """Whether the sentence opens on "According to …": an account its source gives (named, the according_to sieve credits
    it; unnamed, nobody), never the words of the person the account is about."""
    return ACCORDING_TO.match(sentence.lstrip()) is not None


def unnamed_speaker_quoted_just_before(masked: str, begin: int) -> bool:
    """Whether the sentence right before position credits its quotation to a speaker it leaves unnamed ("“…,” says a
    former employee who says Varga harassed her. “…”"): a quotation standing alone after it goes on with that speaker,
    never with a person named inside the sentence."""
    sentence = masked[sentence_start(masked, begin - 1) : begin] if begin > 0 else ""
    return ("”" in sentence or '"' in sentence) and UNNAMED_SPEAKER_AFTER_QUOTE.search(sentence) is not None


def unnamed_person_opens(masked: str, begin: int) -> bool:
    """Whether the paragraph opens on an unnamed person who acts, with no one named before the quote at begin (a place
    is no one, nor a lone capitalised word opening a sentence: "Adult day care often provides …")."""
    if masked[:1] not in "AO" or UNNAMED_PERSON_OPENING.match(masked) is None:
        return False
    for chunk in chunks(masked[:begin]):
        ahead = masked[: chunk.begin].rstrip()
        opening = not ahead or (" " not in chunk.text and ahead.endswith((".", "!", "?")))
        head = None if opening else head_of(chunk.text)
        if head is not None and head.kind in ("person", "organization", "outlet"):
            return False
    return True


# people in the plural opening a sentence as its subject ("Many people did not trust it.", "Local residents feared …")
PEOPLE_PLURAL_SUBJECT = re.compile(
    r"(?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Tt]he|[Ll]ocal|[Oo]rdinary|[Oo]lder|[Yy]oung)\s+)?"
    r"(?:[Pp]eople|[Cc]ustomers|[Bb]uyers|[Cc]onsumers|[Rr]esidents|[Uu]sers|[Dd]rivers|[Pp]arents|[Vv]oters|[Ii]nvestors|[Ll]ocals|[Vv]illagers|[Ff]ans)\s+"
    r"(?!of\b|in\b|at\b|from\b|who\b)"
)
# the nouns of a narration's own subject that may have words of their own, people or a display ("Fishermen in the north
# say …", "Many boat owners fear …", "The banner at the quay carries …"): a quotation after it may be theirs, not the source
# the paragraph before reported
SUBJECTS_WITH_WORDS = PEOPLE_NOUNS | frozenset("owner member customer buyer consumer user driver parent voter local fan".split())
# a sentence's opening words up to a preposition, a comma or a stop, after its determiner: "Many boat owners", "The banner"
SENTENCE_OPENING_WORDS = re.compile(
    r"(?:^|[.!?]\s+)\s*(?:(?:[Tt]he|[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Aa]ll|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]hese|[Tt]hose|[Oo]ther)\s+)?"
    r"(?P<words>[A-Za-z][\w’'-]*(?:\s+(?!(?:in|of|at|from|on|with|who|across|along|near|by)\b)[a-z][\w’'-]*){0,3})"
)
DISPLAY_NOUN = re.compile(DISPLAY_NOUNS)


def subject_with_words(narration: str) -> bool:
    """Whether a sentence of the narration opens on people or a display ("Fishermen in the north say they cannot pay it.",
    "The banner carries the motto."), who may say the quotation after it themselves."""
    for opening in SENTENCE_OPENING_WORDS.finditer(narration):
        for word in opening.group("words").lower().split():
            if word.endswith(("’s", "'s")):
                continue
            if word.endswith(PEOPLE_PLURAL_ENDINGS) or DISPLAY_NOUN.fullmatch(word):
                return True
            if word in SUBJECTS_WITH_WORDS or word[:-1] in SUBJECTS_WITH_WORDS or (word.endswith("es") and word[:-2] in SUBJECTS_WITH_WORDS):
                return True
    return False


def link_words(link: re.Match[str]) -> str:
    """A Markdown link's words in its place, the brackets and the address blanked (same length: offsets stay)."""
    return " " + link.group(1) + " " * (len(link.group()) - len(link.group(1)) - 1)


def given_name_taken_for_a_place(label: str, head: Head) -> bool:
    """ "PARIS ALDANE:", "JORDAN VELL:": a turn's label of two words is a given name and a surname, though the name
    finder reads a place before a surname as where the person is from ("Paris Aldane" is Aldane)."""
    words = label.split()
    return len(words) == 2 and head.name == words[1] and words[0].lower() in STATES_NAMED_LIKE_PEOPLE


def mask_with_ends(text: str, spans: list[Span]) -> str:
    """The text with its quotations blanked; a quotation that ends a sentence ('… exhausted.”') still ends it; a typed
    dash ("Husayn--optimistically opined") is a dash, not a hyphen inside a name (same length: offsets stay)."""
    masked = mask(text, spans)
    if "](" in masked:  # "“…,” [said](http://…) Jo Fenn": a Markdown link left as text reads as its words
        masked = LINK_AS_TEXT.sub(link_words, masked)
    if "_" in text or "*" in text:  # the text's, not the mask's: a quotation is masked with underscores
        masked = EMPHASISED_NAME.sub(lambda m: " " + m.group(2) + " ", masked)
    if "/" in masked and "(" in masked:  # a press digest's tag after an outlet: no one in it speaks (dates.OUTLET_TAG)
        masked = OUTLET_TAG.sub(lambda m: " " * len(m.group()), masked)
    if "--" in masked:
        masked = masked.replace("--", "– ")
    if "[" in masked:  # "Wen Lipo [温立波] wrote": a name's own script in square brackets, read as the name alone is
        masked = NATIVE_SCRIPT_IN_BRACKETS.sub(lambda m: " " * len(m.group()), masked)
        masked = EDITORS_SUBJECT.sub(lambda m: " " + m.group(1) + " ", masked)
    ends = sorted({span.end - 1 for span in spans if span.closed and span.inner_end > span.inner_start and text[span.inner_end - 1] in ".!?…"})
    if not ends:
        return masked
    pieces, done = [], 0  # the masked text, a full stop at each such quotation's closing mark (sliced, not a list of characters)
    for at in ends:
        pieces += [masked[done:at], "."]
        done = at + 1
    return "".join(pieces) + masked[done:]


# a post holder's word that says he holds it no longer, or not for good, right before his post ("Former Marlow manager")
FORMER_HOLDER_BEFORE = re.compile(r"\b(?:former|ex-|outgoing|interim|acting|then-)\s*(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}\S*$", re.I)
# a word right before a title that makes it another office: "Police Spokesman", "Opposition Leader", "Former Envoy",
# "ex-envoy"; not a state's possessive ("Norway’s ambassador"), nor initials of a state ("U.S. Ambassador")
QUALIFIED_TITLE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'-]*(?<![’']s)|\b(?:[Ff]ormer|[Ee]x|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Rr]etired|then))(?:[ \t]+|-)$"
)
# "President Pavel Drusk of the rowing club": a title of a club, a firm or a team, no state's office
TITLE_OF_A_CLUB_AFTER = re.compile(r"\s+(?:of|at)\s+(?:the|a|an|[a-z]+)\s+[a-z]")
# a sentence that tells a holder leaving his post ("was sacked", "resigned", "was replaced by")
LEFT_THE_POST = re.compile(
    r"\b(?:resign(?:s|ed)|retired|sacked|fired|ousted|dismissed|replaced|stepped down|steps down|quit|left the (?:club|post|job|board)|was succeeded)\b",
    re.I,
)
PRESS_ROLE_WORDS = frozenset("reporter correspondent journalist writer editor columnist".split())  # who relays, not who is quoted
WORD_AND_SPACES = re.compile(r"\b([A-Z][\w’'-]+)\s+")  # a capitalised word and the spaces after it: no space can end the word
WORD_CHAR = re.compile(r"\w")


def lower_role_before(text: str, end: int) -> re.Match[str] | None:
    """What `LOWER_ROLE_BEFORE.search(text, 0, end)` finds, searched only from LOWER_ROLE_REACH characters before the
    spaces that end text[:end] (a match's look-behind still sees the characters before where the search starts)."""
    words_end = len(text[:end].rstrip())
    return LOWER_ROLE_BEFORE.search(text, max(0, words_end - LOWER_ROLE_REACH), end)


def words_before(text: str, surname: str, places: list[int] | None = None) -> list[str]:
    """What `re.finditer(r"\\b([A-Z][\\w’'-]+)\\s+" + re.escape(surname) + r"\\b", text)` finds (group 1), tried only
    in the word before each place the surname stands (str.find) instead of at every capital of the report, and across a
    blank line only where a sentence was cut off inside the name (sentence_broken_at): a heading's or a credit's last
    word is no given name of a surname opening the next paragraph.

    A match ends with one of the surname's occurrences and starts in the word before the spaces before it, so
    trying those starts in order, from where the last match ended, finds the same non-overlapping matches.
    Linear: each occurrence looks back over its own word only (the space before an earlier occurrence stops it).
    `places`, when given, are NamePlaces.of(surname): the places after a space are among them (a place is tried only
    there), and the scan is made once for every rule that asks for the surname.
    """
    if surname[:1].isspace() or surname[:1] == "":
        pattern = re.compile(r"\b([A-Z][\w’'-]+)(\s+)" + re.escape(surname) + r"\b")
        words: list[str] = []
        start = 0
        while surname and (match := pattern.search(text, start)) is not None:
            word_start = match.start(1) if match.group(2).count("\n") < 2 else broken_word_start(text, match.start(1), match.end(1))
            if word_start is not None:
                words.append(text[word_start : match.end(1)])
                start = match.end()
            else:
                start = match.end(1)  # every later start in this word ends at the same blank line
        return words
    word_ends = is_word_char(surname[-1])
    found: list[str] = []
    searched = 0  # where the last match ended: the next one starts here or after
    for at in occurrences(text, surname) if places is None else places:
        if at < searched:
            continue
        gap = at
        while gap > searched and text[gap - 1].isspace():
            gap -= 1
        word = gap
        while gap < at and word > searched and not text[word - 1].isspace():
            word -= 1
        # the surname must end at a word boundary (as its "\\b" says); the match starts at the first capital in the word
        # that runs to the spaces (the word holds no space, so any match found between it and the surname ends there);
        # across a blank line, the first such match that sentence_broken_at allows
        if gap < at and word_ends != is_word_char(text[at + len(surname) : at + len(surname) + 1]):
            blank = text.count("\n", gap, at) >= 2
            match = WORD_AND_SPACES.search(text, word, at)
            word_start = None if match is None else match.start(1) if not blank else broken_word_start(text, match.start(1), match.end(1))
            if match is not None and word_start is not None:
                found.append(text[word_start : match.end(1)])
                searched = at + len(surname)
    return found


WORD_JOINS = "-’'"


def broken_word_start(text: str, word: int, end: int) -> int | None:
    """Where the given name ending the paragraph text[word:end] starts, when sentence_broken_at allows the whole word or
    else its last segment after a hyphen or an apostrophe ("Al-Max"): two tries, so a word of many joins stays linear
    (every later start in the word ends at the same blank line)."""
    if sentence_broken_at(text, word, end):
        return word
    join = max(text.rfind(mark, word, end) for mark in WORD_JOINS)
    segment = WORD_AND_SPACES.match(text, join + 1, end + 1) if join >= word else None
    return join + 1 if segment is not None and segment.end(1) == end and sentence_broken_at(text, join + 1, end) else None


BROKEN_SENTENCE_WORDS = 12  # words a paragraph cut off inside a sentence has at the least (a heading or a credit has fewer)


def sentence_broken_at(text: str, word: int, end: int) -> bool:
    """Whether the paragraph that text[word:end] ends is a sentence cut off inside a name, so that its last word is the
    given name of the surname opening the next ("… the minister for harbours and inland waterways Olek" over "Brandt
    insists …"): a listed given name ending a paragraph of more words than a heading's or a photo credit's ("Reaction",
    "Photo: Tom Mara", "Calls grow for a harbour inquiry" over "Brandt said …": a word of its own, no given name of his)."""
    if fold_chars(text[word:end]) not in GIVEN_NAMES:
        return False
    opening = text.rfind("\n\n", max(0, word - 2000), word)
    return len(text[max(opening, 0, word - 2000) : word].split()) >= BROKEN_SENTENCE_WORDS


INITIALLED_BEFORE = re.compile(r"\b(([A-Z][\w’'-]+)\s+[A-Z]\.)\s+$")  # "John F. " before "Kennedy"


def _initial_ends_before(text: str, at: int) -> bool:
    """Whether "[A-Z]." and one or more spaces stand right before position, inside the 60 characters INITIALLED_BEFORE
    is searched in: what each of its matches ends with, looked at before the pattern is tried at every position."""
    stop = at
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    return stop < at and stop - 2 >= max(0, at - 60) and text[stop - 1] == "." and "A" <= text[stop - 2] <= "Z"


def initialled_firsts(text: str, surname: str, places: list[int] | None = None) -> list[tuple[str, str]]:
    """("John", "John F.") for each "John F. Kennedy" in the text: found at each place the surname stands (str.find,
    or `places`: NamePlaces.of(surname), which holds every place after no word character where no word character
    follows), not by a pattern made and compiled for each surname."""
    found = []
    for at in occurrences(text, surname) if places is None else places:
        end = at + len(surname)
        if not is_word_char(text[end : end + 1]) and not is_word_char(text[at - 1 : at]) and _initial_ends_before(text, at):
            match = INITIALLED_BEFORE.search(text, max(0, at - 60), at)
            if match:
                found.append((match.group(2), match.group(1)))
    return found


NAME_AFTER_NATION = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}[a-z]")  # in lower case: NATION_NAMED's end
# in lower case, what follows a state's name in "Qatar’s Emir …" (re.I lets [A-Z] take any letter [a-z] takes there)
POSSESSIVE_BEFORE_NAME = re.compile(r"[’']s\s+(?=[a-z])")


def nation_named_at(nation: str, window: str, lowered: str | None = None) -> list[int]:
    r"""Where `re.finditer(r"\b" + nation + r"\s+(?:[A-Z][\w-]*\s+){1,4}[A-Z]", window, re.I)` finds a match: in the
    lower-cased window (the same matches where dates.IGNORECASE_SPECIAL is absent), tried only where the nation's
    word stands (str.find), instead of a pattern compiled for each nation and tried at every position of the window.

    `lowered`, when given, is window.lower() of a window known to hold no IGNORECASE_SPECIAL character (a report's
    text is lowered and looked through once, not each window of it)."""
    if not _plain_lower_word(nation) or (lowered is None and IGNORECASE_SPECIAL.search(window)):
        return [m.start() for m in re.finditer(r"\b" + nation + r"\s+(?:[A-Z][\w-]*\s+){1,4}[A-Z]", window, re.I)]
    return _word_then_at(nation, NAME_AFTER_NATION, window.lower() if lowered is None else lowered)


def state_possessive_at(state: str, window: str, lowered: str | None = None) -> list[int]:
    r"""Where `re.finditer(r"\b" + state + r"[’']s\s+(?=[A-Z])", window, re.I)` finds a match ("Qatar’s Emir …"):
    found as nation_named_at finds a nation, with the same `lowered`."""
    if not _plain_lower_word(state) or (lowered is None and IGNORECASE_SPECIAL.search(window)):
        return [m.start() for m in re.finditer(r"\b" + state + r"[’']s\s+(?=[A-Z])", window, re.I)]
    return _word_then_at(state, POSSESSIVE_BEFORE_NAME, window.lower() if lowered is None else lowered)


def _plain_lower_word(word: str) -> bool:
    """A word of ASCII letters in lower case: as a pattern, it matches itself and nothing else."""
    return word.isascii() and word.isalpha() and word.islower()


def _word_then_at(word: str, after: re.Pattern[str], lowered: str) -> list[int]:
    """Where `re.finditer(r"\b" + word + after.pattern, lowered)` finds a match, for a word of letters: at each
    place the word stands after no word character (str.find), where `after` matches right after it; the matches do
    not overlap (the next is looked for from where the last ended)."""
    starts: list[int] = []
    searched = 0  # where the last match ended
    at = lowered.find(word)
    while at >= 0:
        if not (at and WORD_CHAR.match(lowered, at - 1)):  # the "\b" before the word's first letter
            match = after.match(lowered, at + len(word))
            if match is not None:
                starts.append(at)
                searched = match.end()
        at = lowered.find(word, max(at + 1, searched))
    return starts


HYPHENATED_GIVEN_NAME = re.compile(r"\s+([A-Z][a-z]+-[a-z]+)\b")  # "Ing-wen" after "Tsai"
GIVEN_NAME_AFTER_FAMILY = re.compile(r"\s+([A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,8})\b")  # "Jian" after "Lin" too


def given_names_after(text: str, surname: str, family_first: bool = False) -> set[str]:
    r"""What `{m.group(1) for m in re.finditer(re.escape(surname) + r"\s+([A-Z][a-z]+-[a-z]+)\b", text)}` finds
    (with `family_first`, any short given name after a family name written first: GIVEN_NAME_AFTER_FAMILY):
    tried only where the surname stands (str.find), not by a pattern compiled for each surname."""
    given_name = GIVEN_NAME_AFTER_FAMILY if family_first else HYPHENATED_GIVEN_NAME
    found: set[str] = set()
    searched = 0  # where the last match ended: the matches do not overlap
    at = text.find(surname)
    while at >= 0:
        match = given_name.match(text, at + len(surname))
        if match is not None:
            found.add(match.group(1))
            searched = match.end()
        at = text.find(surname, max(at + 1, searched))
    return found


SURNAME_AFTER_GIVEN = re.compile(r"[ \t]+([A-Z][\w’'-]*\w)(?![\w.])")  # "Mbelu" after "Jeremiah"; no initial "A."


def surnames_after(text: str, given: str) -> set[str]:
    """The capitalised words right after each place the given name stands as a word ("Jeremiah Mbelu reveals …"),
    without a possessive's ending: found where the given name stands (str.find), not by a pattern made for it."""
    found: set[str] = set()
    for at in occurrences(text, given):
        if whole_word_at(text, at, given):
            match = SURNAME_AFTER_GIVEN.match(text, at + len(given))
            if match is not None:
                found.add(match.group(1).removesuffix("’s").removesuffix("'s"))
    return found


NATION_LETTERS = {"us": "american", "usa": "american", "uk": "british", "prc": "chinese", "uae": "emirati"}


def nation_of(word: str) -> str:
    """The demonym a role word names ("french", "us" -> "american", "u.s." -> "american"), '' for any other word."""
    letters = word.replace(".", "")
    if letters in NATION_LETTERS:
        return NATION_LETTERS[letters]
    return word if is_demonym(word) else ""


def titles_only(words: list[str]) -> bool:
    """Whether every word is a title ("Minister", "Mr."): the words before a bare surname."""
    return all(word in TITLE_WORDS or hyphenated_title(word) for word in (fold_chars(w).strip(".") for w in words))  # "President-Elect"


def after_the(text: str, word: str) -> bool:
    """Whether the word stands somewhere after "the" or "The" and one space or more ("the Post"): where it does not, no
    pattern looking for "[Tt]he\\s+" before the word can match."""
    for at in occurrences(text, word):
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space < at and text[max(0, space - 3) : space] in ("the", "The"):
            return True
    return False


def publication_pattern(word: str) -> str:
    r"""What writes the word as a publication's name: `\b[Tt]he\s+W(?![\w’'-])|(?<![\w’'-])W(?![\w’'-])[^.;!?“”"]{0,80}\bits\b`
    for W the word, each class written with its characters above U+00FF apart (the same matches): re compiles a class
    holding one of them and two more single characters into a map of 65,536 characters, a tenth of a millisecond each
    time, and the pattern is made for each word."""
    word_pattern = re.escape(word) + r"(?![\w'-])(?!’)"
    clause_character = r"(?:(?![“”])[^.;!?\"])"
    return r"\b[Tt]he\s+" + word_pattern + r"|(?<![\w'-])(?<!’)" + word_pattern + clause_character + r"{0,80}\bits\b"


LEGAL_FORM_WORDS = ("Inc", "Corp", "Ltd", "LLC", "PLC", "GmbH", "AG", "SA", "NV")
COMPANY_THINGS = ("website", "shares", "products", "chips", "parts", "components", "headquarters", "board", "chief executive", "CEO")


def company_words_in(window: str, name: str) -> bool:
    """Whether the window holds the words one of described_as_a_company's patterns needs: "spokes…", a legal form, or
    the name with a possessive and a company's thing (a pattern finds nothing in a window without them)."""
    if "spokes" in window or "representative" in window or any(form in window for form in LEGAL_FORM_WORDS):
        return True
    return (f"{name}’s" in window or f"{name}'s" in window) and any(thing in window for thing in COMPANY_THINGS)


FEMALE_ROLE_WORDS = {  # a relative's noun is kept as the role of one named by a given name ("recalled his wife, Lynet")
    *("ms", "ms.", "mrs", "mrs.", "madam", "madame", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen"),
    *map(fold_chars, FEMALE_KIN),
}
WROTE_IN_ITS = re.compile(r"\s+(?:wrote|writes|said|says|argued|argues)\s+in\s+its\b")  # "X wrote in its editorial": a paper
FEMALE_SURNAME_ENDINGS = ("ova", "eva", "ina", "skaya", "ska", "aya")  # Slavic surnames a woman bears


def looks_female(head: Head, *, by_ending: bool = True) -> bool:
    """Whether the name or title tells a woman: 'Ms', 'spokeswoman', a given name most who bear it are women ('Brittany',
    'Ruth', 'Angela'); by_ending, also a guess from the ending: a first name in -a not a man's ('Alexandra', not
    'Narendra'), a Slavic surname in -ova/-eva/-ina/-skaya, which a "she" may use and a "he" need not fear ('Soumitra',
    'Khawaja' are men's). Where the name tells nothing, nothing is assumed."""
    if set(fold_chars(head.role).split()) & FEMALE_ROLE_WORDS:
        return True
    words = [fold_chars(word) for word in head.name.split()]
    if len(words) < 2:
        return False
    first = words[0]
    if first in WOMENS_GIVEN_NAMES or first in WOMENS_NAMES_IN_A:
        return True
    if not by_ending:
        return False
    return (first.endswith("a") and first not in MENS_NAMES_IN_A and first not in MENS_GIVEN_NAMES) or words[-1].endswith(FEMALE_SURNAME_ENDINGS)


GENDER_OF_TITLE = {"mrs": "female", "ms": "female", "miss": "female", "madam": "female", "mr": "male"}
SURNAME_TITLES = frozenset((*GENDER_OF_TITLE, "dr", "prof", "sir", "dame", "rev", "hon", "lord", "lady"))  # before a surname, not a given name
TITLE_BEFORE_NAME = re.compile(r"(?<![\w.])(Mrs|Ms|Miss|Madam|Mr)\.?\s+\Z")


MALE_ROLE_WORDS = {
    *("mr", "mr.", "sir", "spokesman", "chairman", "congressman", "businessman", "king", "prince", "sheikh", "emir"),
    *map(fold_chars, MALE_KIN),
}


def person_tagged_at_end(sentence: str) -> Subject | None:
    """The person a sentence opens with, speaking or thinking, where a speaker's tag with a pronoun closes it: "Pol Harren
    dismisses the idea, he told the paper.", "Ada Vorn believes the bill is dead, she told reporters." """
    tag = PRONOUN_TAG_AT_END.search(sentence)
    if tag is None:
        return None
    begin = len(sentence) - len(sentence.lstrip())
    chunk = CHUNK.match(sentence, begin)
    says = SPEAKS_AFTER.match(sentence, chunk.end()) if chunk is not None else None
    if chunk is None or says is None or says.end() > tag.start():
        return None
    head = head_of(chunk.group(0))
    if head is None or head.kind != "person" or (looks_female(head) if tag.group("pronoun") == "he" else looks_male(head)):
        return None
    return Subject([head], start=begin)


def looks_male(head: Head) -> bool:
    """Whether the name or title tells a man: 'Mr', 'spokesman', a given name most who bear it are men ('Vladimir')."""
    if set(fold_chars(head.role).split()) & MALE_ROLE_WORDS:
        return True
    words = [fold_chars(word) for word in head.name.split()]
    return len(words) >= 2 and words[0] in MENS_GIVEN_NAMES


def at_word_start(pattern: str) -> str:
    r"""r"\b" + pattern, for a pattern that starts with a capital letter: written with the look-behind after the letter
    ("E(?<!\wE)…"), so that the pattern starts with the letter itself and re skips to the places it stands instead of
    trying the "\b" at every position of the report."""
    return pattern[0] + r"(?<!\w" + pattern[0] + ")" + pattern[1:]


SYLLABLE_ACRONYM = re.compile(r"[A-Z]{4,8}")
# "\b" as a look-behind after the capital (as at_word_start writes it): re skips to the capitals of the report
CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z][\w’'-]*")
PLAIN_CAPITALISED_WORD = r"\b[A-Z][a-z][\w’'-]*"  # what CAPITALISED_WORD matches, as first written


def syllable_splits(acronym: str) -> Iterator[list[str]]:
    """The ways to cut an acronym into two to four syllables of one to four letters ("EUCOM": EU|COM, EUC|OM, …)."""

    def cuts(rest: str, left: int) -> Iterator[list[str]]:
        if left == 1:
            if 1 <= len(rest) <= 4:
                yield [rest]
            return
        for size in range(1, min(4, len(rest) - left + 1) + 1):
            for tail in cuts(rest[size:], left - 1):
                yield [rest[:size], *tail]

    for count in (2, 3, 4):
        yield from cuts(acronym, count)


def spans_of_one_quotation(text: str, spans: list[Span]) -> bool:
    """Whether a paragraph's straight-quoted spans are one quotation whose inner terms in straight marks paired the
    wrong way round ("Under common law, the test is "real risk". In the Bill, the test is "risk". …): it opens at
    the paragraph's start and runs to its end, and each span but the last closes on a mark that opens a word (after a
    space, before a letter), with a few words between it and the next span."""
    if spans[0].start != 0 or (spans[-1].closed and spans[-1].end < len(text.rstrip(" .")) - 1):
        return False
    for span, following in itertools.pairwise(spans):
        mark = span.end - 1
        if text[mark - 1 : mark] != " " or not text[span.end : span.end + 1].isalnum():
            return False
        if len(text[span.end : following.start].split()) > INNER_TERM_WORDS:
            return False
    return True


# "“…?” Brandt's mother asked", "“…,” the minister's aide told us": a relative or a helper of someone named speaks after the
# quote, and is no one the text names
POSSESSED_SPEAKER_AFTER = re.compile(
    r"[\s.]*(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+[’']s\s+(?:[a-z]+\s+)?(?:" + KIN_NOUN + r"|friend|colleague|neighbou?r|aide|lawyer|"
    r"assistant|secretary|driver|bodyguard|spokes(?:man|woman|person))\s+(?:\w+ly\s+)?"
)


def possessed_speaker_after(masked: str, end: int) -> bool:
    """Whether a possessive and a relative's or a helper's noun, then a verb of saying, follow the quote ending at end."""
    after = POSSESSED_SPEAKER_AFTER.match(masked, end, end + 80)
    return after is not None and CUE.match(masked, after.end()) is not None


# a photo caption's or a timeline entry's own date before a colon or a dash ("Apr. 8: Minister Lind signs the accord …",
# "12 March 2021 – …"): the day of that line only, never of the paragraphs under it
DATED_CAPTION = re.compile(
    r"\s*(?:(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+[0-3]?\d|[0-3]?\d\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?)(?:,?\s+(?:1[89]|20)\d\d)?\s*[:–—]\s",
    re.I,
)


# a heading that is a footnote's line (a PDF text's page footnote the importer read as a heading): its number with no full
# stop, then a source cited in parts set off by commas, author, title, day ("32 Tom Hadley, Press Conference …, 7 Nov 2018"):
# the day of that source, none of the quotations under it. A numbered section ("2. Hearing of the Board, 7 November 2018",
# "3 Hearing, 7 November 2018") still dates them.
NOTE_LINE_HEADING = re.compile(
    r"\d{1,3}\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z\"“][^,]{0,120},[^,]{1,120},"
)  # not "5 October, 2019": a day


def dated_caption(text: str) -> bool:
    """Whether the paragraph opens on a day and a colon or a dash."""
    return text[:1].isalnum() and DATED_CAPTION.match(text) is not None


REPORTED_SUBJECT_GAP = re.compile(r"\s*(?:(?:[\w’'-]+\s+){0,3}that\b.*|(?:[\w’'-]+\s+){0,2})$", re.S)


def told_by_another(opening: str) -> bool:
    """Whether a finite verb of saying (not a weak one, as "believes", nor a participle, "noting …") stands before the
    sentence's subject, which opens its reported clause ("A friend told Marsh that … Brandt was", "One colleague said
    Dalby had", "A friend later noted Brandt had"): the sentence is someone's account of the subject, whose words in it
    are the teller's, never the subject's."""
    cues = governing(opening)
    # any strong cue, not only reports_words' list (speaks_in_own_clause's): "noted", "recalled" tell of the subject too
    if not cues or is_weak(cues[-1].group(1)) or is_participle(cues[-1].group(1)):
        return False
    return REPORTED_SUBJECT_GAP.match(opening, cues[-1].end()) is not None


BY_OR_FROM_BEFORE = re.compile(r"\b(?:by|from)\s+(?:\S+\s+){0,5}$")  # "a speech by Velta Group Chairman ": the maker
# the quotation closing just before a parenthetical pronoun's cue ("… was “absurd,” he said"), its opening mark blanked
QUOTED_BEFORE_PRONOUN = re.compile(r"[“\"]\s*_[_\s]*[,!?.]?[”\"][\s,]*$")  # "\s*_", not "[_\s]*_": no backtracking over a long quote
CLAUSE_END = re.compile(r"[.!?;]\s")  # the quotation opening a sentence of its own, the sentence before it no clause of its
# what a sentence opens with when the name after it is the speaker's view's owner ("For Gabuev, …", "According to Roe")
VIEW_OWNER_LEAD = re.compile(r"(?:For|To|According\s+to|As\s+for|Like|Unlike|In\s+the\s+view\s+of)\b")


def reported_clause_before(text: str, sentence_start: int) -> tuple[int, int] | None:
    """ "What Brandt was doing was “absurd,” he said": the words before a quotation that a parenthetical "he said" closes
    are the pronoun's own reported clause, and a name in them is never the pronoun (he said that Brandt …); where that
    clause runs straight into the quotation and holds no cue and no colon (not "Varga turned to them: “…,” he said"),
    its span in the text, else None."""
    if "_" not in text[-12:]:
        return None
    quoted = QUOTED_BEFORE_PRONOUN.search(text, max(sentence_start, len(text) - 3000))
    if quoted is None:
        return None
    clause = text[sentence_start : quoted.start()]
    if not clause.rstrip()[-1:].isalnum():
        return None  # "But for now Marsh is stuck — “…,” she said —": an aside set off from the clause, no part of it
    if ":" in clause or "_" in clause or CLAUSE_END.search(clause) or VIEW_OWNER_LEAD.match(clause) or CUE.search(clause):
        return None
    return sentence_start, quoted.start()


# a word telling that someone in the passage is a man: a pronoun, a title, a man's kin noun
MAN_TOLD = re.compile(
    r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|Mr|Mister|father|husband|son|brother|grandfather|uncle|nephew|widower|boyfriend|stepfather)\b"
)
# a name opening with a post or a trade ("Vendor Nguyen Van Thanh", "Minister Ana Kerr"): the given name is not its first word
ROLE_WORD_OPENING = re.compile(r"(?:" + ROLE_NOUN_WORDS + r"|vendor|trader|farmer|chef|hawker|seller|owner|worker)\b", re.I)


def opening_before(text: str, position: int) -> int:
    """Where the sentence holding the position opens (a capital at the position itself may open it)."""
    return max((m.end() for m in SENTENCE_OPENING.finditer(text, 0, position + 1) if m.end() <= position), default=0)


def in_opening_clause(text: str, chunk: Chunk) -> bool:
    """Whether a name stands in a clause opening its sentence with 'After', 'When' … ("After Varga announced his rally,
    Moreno scheduled a counter-rally"): the main clause's subject is the one a later "he" means."""
    clause = SUBORDINATE_OPENING.match(text, opening_before(text, chunk.begin))
    return clause is not None and clause.end() > chunk.begin


def about_the_speaker(quote: str, subject: Subject) -> bool:
    """Whether the quote opens with its would-be speaker's surname and a verb: words about that person, not by him."""
    if len(subject.heads) != 1 or subject.heads[0].kind != "person":
        return False
    surname = subject.heads[0].surname or subject.heads[0].name.split()[-1]
    return quote.startswith(surname + " ") and quote[len(surname) + 1 : len(surname) + 2].islower()


SHE_WORD = re.compile(r"\b[Ss]he\b")
SHE_OR_HE = re.compile(r"\b([Hh]e|[Ss]he)\b")
# a party named by no "Party": "the Action Congress of Nigeria", "the National League for Democracy" (not "the US Congress")
PARTY_NAME = re.compile(r"^(?!(?:the\s+)?(?:US|U\.S\.|United\s+States)\s)\S+\s.*\b(?:Congress|Alliance|Movement|Front|League|Coalition)\b")


def says_in(words: str) -> bool:
    """Whether a verb of saying is in the words: "interpreted" only as "interpreted X as" ("The court has interpreted this
    right to protect people from the “…”" goes on with the court's account)."""
    return any(base_of(m.group(1)) != "interpret" or " as " in words[m.end() : m.end() + 80] for m in CUE.finditer(words))


# a photo's placing of the people it shows: "Mu Sarin (L) and …, Ana Ket (R), hold …", "(2nd L)", "(centre)"; "(R)" alone is
# also a US party ("Gov. Tom Hale (R) said"), so it counts only beside "(L)"
PHOTO_PLACING = re.compile(r"\((?:\d(?:st|nd|rd|th) )?(?:L|C|left|centre|center|front)\)")


def photo_caption(text: str) -> bool:
    """A photo's caption set as a paragraph between the story's, placing the people it shows ("Ana Ket (L) and Mu Sarin
    (R) hold a press conference …. (Reuters)"): it is no sentence of the story, and its names are no referent of the
    "she said" below it. One with quotation marks is kept: its words may be a statement."""
    if "(" not in text or PHOTO_PLACING.search(text) is None:
        return False
    return len(text.split()) <= 80 and not holds_any(text, '“”"') and " said" not in text


# "according to" in the middle of a sentence whose subject is already a pronoun ("he kept a gun in his office, according
# to the Harbour Post — and he demanded loyalty"): the name after it is the source of a fact about "he", never "he"
CITED_AFTER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b[^.!?“”\"]*?,?\s+[Aa]ccording to\s+(?:the\s+)?$")


# a headline's group reacting to one person, then that person's words ("Dockers hit back at Tom Reed after he says …",
# "Farmers round on Mayor Roe as she says …"): the "he" or "she" of the clause is the one reacted to, never the group
FULL_STOP_AT_END = re.compile(r"\.[”\"’')\]]*$")  # a sentence of narration's end; a headline's line has none
REACTION_TO_ONE = re.compile(
    r"(?:^|[.!?]\s+|\n)[A-Z][\w-]*s\s+(?:[a-z]+\s+){1,2}(?:at|on|against|to)\s+(?P<one>" + CHUNK.pattern + r")\s+"
    r"(?:after|as|when|because|since)\s+$"
)


def cited_in_a_pronoun_sentence(text: str, begin: int) -> bool:
    """Whether the name at text[begin] follows a mid-sentence "according to" in a sentence "he" or "she" already acts in."""
    before = text[max(0, begin - 200) : begin]
    if not before.endswith(("to ", "the ")) or "ccording to" not in before:
        return False
    sentence = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1 :]
    return CITED_AFTER_PRONOUN.search(sentence) is not None


@dataclass
class Salience:
    """Who was last in subject position, by kind: the referents of 'he', 'it', 'the minister'."""

    speaker: list[str] = field(default_factory=list)  # who spoke the section's last statement
    person: str | Head | None = None  # a Head: a person the report named, resolved only if a pronoun needs them
    person_before: str | Head | None = None  # the person salient before them: whose "wife, Lynet" she was
    body: str | Head | None = None
    roles: dict[str, str | Head] = field(default_factory=dict)  # role word -> actor
    issuer: str | Head | None = None  # who last spoke "in a statement": "“…,” the statement read" is theirs
    group: list[str | Head] = field(default_factory=list)  # the last sentence's subject, where it named two people or more
    signers: list[str | Head] = field(default_factory=list)  # the people a joint statement just named: its "it said" is theirs
    state: str | Head | None = None  # the state the last sentence with a named subject opened with: "Israel rejected … It argued"
    body_here: bool = False  # whether the body was named under this heading: a plural "they" reaches no further back
    # someone unnamed who last opened a sentence and spoke ("A woman who asked not to be named said …"), until a person
    # is the subject again; the sex the noun or a pronoun after it tells (None where nothing does)
    teller_active: bool = False
    unnamed_teller: Sex | None = None

    def note(self, actor_id: str | Head, kind: str, role: str) -> None:
        self.state = actor_id if kind == "state" else None
        if kind == "person":
            if actor_id != self.person:
                self.person_before = self.person
            self.person = actor_id
            self.teller_active = False
        elif kind != "state":  # 'it' and 'the statement' point to a body or an outlet; a state is named when it speaks
            self.body, self.body_here = actor_id, True
        for word in title_parts(fold_chars(role)):
            self.roles[word] = actor_id


# a plural role opening a sentence, then the people who hold it ("The chairmen of the Harbour Party, the Green Union and
# the Reform League, Ilse Varga, Oren Tasky and Piet Calder respectively, had called …"): the list before its verb
PEOPLE_LIST_APPOSED = re.compile(
    r",\s+(?P<list>(?:"
    + CHUNK.pattern
    + r",\s+){1,6}"
    + CHUNK.pattern
    + r",?\s+and\s+"
    + CHUNK.pattern
    + r"|"
    + CHUNK.pattern
    + r"\s+and\s+"
    + CHUNK.pattern
    + r")(?:\s+respectively)?\s*,"
)
PLURAL_ROLE_OPENING_WORDS = re.compile(r"\s*The\s+(?:[a-z]+\s+){0,2}[a-z]+(?:men|ers|ors|ents|ists|ives|s)\b")


WORD_IN_LOWER_CASE = re.compile(r"\b[a-z]+\b")
VERBS_BEFORE_A_LIST = frozenset("is are was were has have had will would met meet meets said say says told tell tells named name names".split())


def people_apposed_to_a_plural(sentence: str) -> list[Head]:
    """The people named in full in a list set off after a plural role that opens the sentence, each one a person's name;
    [] where the list holds anything else (a body, a place, a one-word name)."""
    if not PLURAL_ROLE_OPENING_WORDS.match(sentence):
        return []
    for listed in PEOPLE_LIST_APPOSED.finditer(sentence):
        if any(word.endswith("ed") or word in VERBS_BEFORE_A_LIST for word in WORD_IN_LOWER_CASE.findall(sentence, 0, listed.start())):
            return []  # "The ministers met the mayors, A, B and C, …": the list is the verb's object, not the subject
        names = [name for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("list")) if name]
        heads = [head_of(name) for name in names]
        people = [head for head in heads if head is not None and head.kind == "person" and " " in head.name]
        if len(people) == len(names) >= 2:
            return people
    return []


CAPITALISED_WORD_BEFORE = re.compile(r"(?<!\w)([A-Z][a-z]+)\s+$")  # searched up to a given name: the family name before it
# a sentence of nothing but a participle of saying before its quote, with no subject ("Adding that, “…”", "Noting:")
SUBJECTLESS_PARTICIPLE = re.compile(r"\s*(?:Adding|Noting|Stressing|Insisting|Concluding|Continuing|Explaining)(?:\s+that)?\s*[,:;]?\s*$")
OPENING_CONJUNCTION = re.compile(r"^\s*(?:But|And|Yet|Still)\s+(?=\S*$)")
EXEMPLIFYING_WORDS = (" as ", " including ", " like ", " by ")  # what EXEMPLIFIED_PERSON_END needs
# an inverted cue after a comma, at a sentence's end: "…, said his stepdaughter, Mina Cho, 18."
CLOSING_CUE = re.compile(r",\s+(?P<cue>" + CUE.pattern[3:-3] + r")\s+(?=\S)")
NAME_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;]|$)")
CLOSING_CUE_REACH = 160  # characters from the sentence's end the cue may stand at
# a sentence ending on a name and its description ("… I bumped into Hashem, a 22-year-old student I had met in Rome.")
DESCRIBED_LAST = re.compile(
    r"(?P<who>" + CHUNK.pattern + r"),\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,3}?(?:city|town|village|country|region|province|port|island|district"
    r"|camp|neighbou?rhood|suburb|capital|river|valley)\b)[^,.;:!?“”\"]{1,120}[.!?]\s*$"
)  # not "… I walked to Ostrava, a city I had never seen."
# a person named in apposition to a role that closes the sentence ("I'll leave that to the government's Chief Scientific
# Adviser, Patrick Vallance."): the one a "he" or "his" opening the next sentence means
APPOSED_NAME_END = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Za-z]+[’']s)\s+(?:(?!and\b)[^,.;:!?“”\"\s]+\s+){0,5}?(?!and\b)[^,.;:!?“”\"\s]+,\s+(?P<who>"
    + CHUNK.pattern
    + r")\s*[.!?]?\s*$"
)
# a subject after an auxiliary a negative or "only" turns round ("And at no point does Abu Khalid ask …", "Nor did Lena
# Voss reply", "Only then did Omar Pike agree", "Never has Tom Hale said …"): the sentence's subject, a later "he"
INVERTED_SUBJECT = re.compile(
    r"\b(?:[Nn]o|[Nn]ever|[Nn]or|[Nn]either|[Oo]nly|[Rr]arely|[Ss]eldom|[Hh]ardly|[Nn]ot\s+once)\b[^,;:.!?]{0,60}?"
    r"\b(?:does|did|do|has|had|have|can|could|would|will|should|is|was)\s+(?P<who>" + CHUNK.pattern + r")\s+(?:not\s+|ever\s+|once\s+)?[a-z]"
)
INVERSION_WORDS = ("no ", "No ", "ever", "Ever", "nor ", "Nor ", "either ", "nly ", "arely", "eldom", "ardly", "ot once")
# a sentence ending on a person named in full as an example or an agent ("… by researchers such as Ian Moore.")
EXEMPLIFIED_PERSON_END = re.compile(
    r"\b(?:such\s+as|including|like|by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<who>" + CHUNK.pattern + r")(?:,\s+[^,.;:“”\"]{1,100})?[.!?]?\s*$"
)
SO_SAYS_NEXT = re.compile(r"\s*(?:Or\s+)?[Ss]o\s+(?P<cue>says|said|argues|argued|claims|claimed)\s+")
# a sentence of paraphrase that names its source last ("…, according to Rep. Dana Holt (R-Kan.), who chairs …", "…, Mary
# Holt said."): the source is the one a later "she" means, as news carries a source from paraphrase to quotation
PARAPHRASE_SOURCE_END = re.compile(
    r",\s+(?:according\s+to\s+(?P<according>[^;:!?“”\"]{3,160}?)|(?:(?P<who>[A-Z][^,;:!?“”\"]{2,60}?)|(?P<pronoun>he|she))\s+(?:said|says|told\s+\w+|added|wrote|argued|noted)(?:\s+in\s+an?\s+\w+)?)[.!?]?\s*$"
)


ASIDE_AFTER_CLOSING_STOP = re.compile(r"^\s*\([^()]{1,300}\)\s*$")  # "(Moss does not currently supply the grocer.)"
# "the dams of companies like Harlow Mining", "caused by firms such as Dorvane": a name given as an example of a plural
# kind a preposition governs, no one who acts or speaks in the sentence; not "To officials like Ines Varga, the road is
# “…”", which names whose view the sentence gives (the example goes, the preposition and the kind stay)
NAMED_AS_AN_EXAMPLE = re.compile(
    r"(\b(?:by|of|from|in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s+(?:like|such\s+as)\s+(?:the\s+)?" + CHUNK.pattern
)
CUE_RIGHT_BEFORE = re.compile(r"\b" + CUE.pattern + r"(?:\s+\w+ly)?(?:\s+that)?[\s,:]*$")  # "…, she said that " before the quote


# "calls that idea", "labels the cells", "nicknamed it", "known as": the quote is the name someone gives a thing
NAMING_VERB = re.compile(r"\b(?:call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|nicknam(?:e|es|ed|ing)|dub(?:s|bed|bing)?|termed|known\s+as)\b", re.I)


def fragment_closing_its_sentence(clause: Clause, lead: str, quoted: str) -> bool:
    """Whether the quote is a fragment in lower case closing its sentence as the main clause after a fronted one that
    ends in a comma ("Just because botanists found the cells first, “that …”"), with no verb of saying right before the
    quote, no verb of naming in the lead, and no name in it but the sentence's first word."""
    if not quoted[:1].islower() or clause.masked[clause.end :].strip(" .!?\n") or not lead.rstrip().endswith(","):
        return False
    if CUE_RIGHT_BEFORE.search(lead) or NAMING_VERB.search(lead):
        return False
    return not any(chunk.begin > 0 for chunk in chunks(lead.lstrip()))


def paraphrase_tail(sentence: str) -> re.Match[str] | None:
    """`PARAPHRASE_SOURCE_END.search(sentence)`, tried only where the sentence holds a word its verbs or "according to"
    need."""
    if "ccording to" in sentence or " s" in sentence or " told " in sentence:
        return PARAPHRASE_SOURCE_END.search(sentence)
    return None


def source_in_tail(tail: re.Match[str], sentence: str) -> Head | None:
    """The person named in full as the paraphrase's source in its tail ("…, according to Rep. Dana Holt", "…, Mary Holt
    said."); None for "…, he says." (the one named before) or a source that is no person named in full."""
    if tail.group("pronoun") is not None:
        return None
    if tail.group("according") is not None:
        source = head_after(sentence, tail.start("according"))
    else:
        source = head_of(tail.group("who"), sentence[: tail.start("who")])
    return source if source is not None and source.kind == "person" and " " in source.name else None


GIVEN_NAME_NEXT = re.compile(r"\s+([A-Z][\w’'-]+)")  # the word after a given name in a quote: a surname, perhaps another's
REFLEXIVE = re.compile(r"\b(?:himself|herself)\b")  # "a joint statement from himself and four former senators"
WORD_IN_LOWER_CASE_NEXT = re.compile(r"\s+(?!and\b|or\b)[a-z]")  # after a name: it was an adjective ("Missouri Republican senators")
JOINT_WORK = re.compile(r"\bjoint\s+(?:statement|letter|declaration|op-ed)\s+(?:from|by|of|signed\s+by)\s")
RELATIVE_CLAUSE_AGENT = re.compile(
    r"(?P<who>"
    + CHUNK.pattern
    + r")(?:,\s+(?:an?|the|his|her|their)\s+[^,;A-Z“”\"]{1,80})?,\s+who\s+(?:\w+ly\s+)?(?:[a-z]+ed|has|had|was|is|"
    + "|".join(sorted(IRREGULAR_PAST))
    + r")\b"
)
# a role noun that stands for a title the report gave in another word: "Representative Todd Akin … the congressman said"
LEGISLATORS = {"senator", "sen", "representative", "rep", "congressman", "congresswoman", "mp", "legislator", "assemblyman", "assemblywoman"}
ROLE_SYNONYMS = {
    "congressman": {"representative", "rep"},
    "congresswoman": {"representative", "rep"},
    # "Senator Paul Verhoek … “…,” said the veteran lawmaker": the lawmaker the passage is about
    "lawmaker": LEGISLATORS,
    "legislator": LEGISLATORS,
}

# the words that tell one minister or secretary from another
# "the deputy chairman", "the National Chairman": another office than the chairman's, unless the holder was so named
PORTFOLIOS = (
    frozenset(
        "finance defence defense foreign interior justice health education energy trade economy treasury transport "
        "agriculture culture environment labour labor home prime".split()  # "prime": the prime minister is no other minister
    )
    | OTHER_OFFICE_WORDS
    | {"national"}
)


@dataclass
class Attribution:
    statements: list[Statement] = field(default_factory=list)
    provisional: list[str] = field(default_factory=list)
    unattributed: list[tuple[str, str, str]] = field(default_factory=list)
    unclosed: list[str] = field(default_factory=list)


# "His father, the late Ivo Castell Sr., ran the port": the word right before a name that says its bearer has died
# ("the late Ivo Castell Sr.", "her late husband, Tom Vand,")
LATE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:the\s+)?late\s+(?:[a-z]+,?\s+){0,2}$")


SENIOR_SUFFIXES = (" Sr.", " Sr", " Snr.", " Snr")


def named_as_late(sentence: str, head: Head, earlier: Head | None) -> bool:
    """Whether the sentence names the person as dead ("the late Ivo Castell Sr.") after another bearer of the surname
    (`earlier`): a later bare "Castell said" is the living one's, a son of the same name; a dead man with the surname to
    himself ("the late Yevgeny Prigozhin") still speaks in the words the report quotes from before."""
    if "late " not in sentence:
        return False
    if (earlier is None or earlier.key == head.key) and not head.name.endswith(SENIOR_SUFFIXES):
        return False  # (a "Sr." says a son of the name lives: "Marcos’ father, the late strongman Ferdinand Marcos Sr.")
    at = sentence.find(head.name)
    return at > 0 and LATE_BEFORE_NAME.search(sentence, max(0, at - 32), at) is not None


SURNAME_OPENING = re.compile(r"\s*(?P<who>[A-Z][\w’'-]+)(?=\s+(?:at|from|of)\s)")  # "Reyne from the HPF …"
# "Reyne from the HPF expected", "Downes at HKMU said": a body a person is from, between the name and its verb
AFFILIATION_AFTER_NAME = re.compile(r"\s+(?:at|from|of)\s+(?:the\s+)?(?:[A-Z][\w&’'.-]*\s+){0,5}?[A-Z][\w&’'.-]*(?=\s+[a-z])")


def affiliation_before_verb(text: str, finish: int) -> re.Match[str] | None:
    """The affiliation that follows a name, where a finite verb comes after it ("Reyne from the HPF expected"), or the
    occasion it was said at ("Reyne at a 2019 press conference said")."""
    if text[finish : finish + 1] != " " or text[finish + 1 : finish + 3] not in ("at", "fr", "of"):
        return None
    affiliation = AFFILIATION_AFTER_NAME.match(text, finish)
    if affiliation is None and text[finish + 1 : finish + 3] == "at":
        affiliation = OCCASION_AT.match(text, finish)  # "Velden at a 2019 press conference said": where, not who, speaks
    return affiliation if affiliation is not None and verb_follows(text[affiliation.end() :]) else None


def acts_after_apposition(text: str, finish: int) -> bool:
    """ "…, Ida Holm, told me" or "…, Ida Holm, also failed to …": a verb, a cue or any other, right after the comma
    closing the name."""
    if APPOSED_SPEAKER.match(text, finish) is not None:
        return True
    return text.startswith(", ", finish) and verb_follows(text[finish + 1 : finish + 120])


def without_women(subjects: list[tuple[Chunk, Head]]) -> list[tuple[Chunk, Head]]:
    """The people a "he" may mean: none named as a woman ("Ruth Amsel"); all of them where none is."""
    if not any(looks_female(head, by_ending=False) for _chunk, head in subjects):
        return subjects
    return [(chunk, head) for chunk, head in subjects if not looks_female(head, by_ending=False)]


def acts_on_someone_named_by_pronoun(text: str, begin: int) -> bool:
    """Whether the rest of the sentence from `begin` names by a pronoun the one an unnamed opener acts on ("A reporter
    asked him …"): a later "he" is then still that one, not the opener."""
    stop = text.find(". ", begin)
    return OBJECT_PRONOUN.search(text, begin, stop if stop >= 0 else len(text)) is not None


# a height or a length in feet and inches ("6'4\"", "5' 10\""): its inch mark is no quotation mark
FEET_AND_INCHES = re.compile(r"\b\d{1,2}['’′] ?\d{1,2}(?:\.\d)?[\"″]")


class ReportAttribution:
    """Attribution state for one report: the actors its names resolved to, and who is salient where."""

    def __init__(self, report: Report, registry: Registry) -> None:
        self.report = report
        self.registry = registry
        self.result = Attribution()
        self.by_name: dict[str, str] = {}  # folded name -> actor id, for names this report used
        self.initial_pairs: set[str] | None = None  # INITIALS_IN_A_ROW's pairs ("IS", "SW"), worked out when an acronym is met
        self.next_initial: dict[int, int] = {}  # with them: where each such capital stands -> where the next word's stands
        self.initial_places: dict[str, list[int]] = {}  # each such capital -> where it stands
        self.capital_prefixes: set[str] | None = None  # for acronyms made of syllables ("EUCOM"), worked out when one is met
        self.apostrophes_straightened: str | None = None  # straight_apostrophes(), worked out when an acronym is spelt out
        self.by_surname: dict[str, str] = {}
        self.year_hint = report.date.year if report.date else undated_year(report)
        # whether the report's press citations ("(Courier 23/10/01, 3,2)") write the day first: decided once, for all of them
        self.cited_day_first = cited_day_first("\n\n".join(paragraph.text for section in report.sections for paragraph in section.paragraphs))
        self.is_record = RECORD_TITLE.match(report.title) is not None  # its date is the day its words were said
        self.dateline_day = dateline_day(report)  # "WASHINGTON, Oct. 7, 2001 --": the day of the event the story reports
        self.event_speakers: set[str] = set()  # who the statements read so far show speaking at a speech or a press conference
        self.event_speakers_read = 0  # how many of the statements found so far event_speakers has read
        # the year last stated above in the section ("In May 2017, …"), and the one a statement's yearless days take
        self.section_years: list[list[StatedYear]] = []  # each paragraph's above, up to STATED_PARAGRAPHS of them
        self.years_above: tuple[StatedYear, ...] = ()
        self.years_here: tuple[StatedYear, ...] = ()
        self.quoted_before: set[str] = set()
        self.seen_full: dict[str, Head] = {}  # surname -> the full name a sentence's subject had, for a later bare surname
        # a surname's transliterated form ("koehler") -> the surnames with a German letter written so ("Köhler"), of the
        # people by_surname and seen_full have held
        self.transliterated_surnames: dict[str, set[str]] = {}
        self.relatives_written: dict[str, bool] = {}  # a kin noun ("father") -> whether the report writes it of a relative
        self.retaken_surnames: set[str] = set()  # surnames two people named in full as subjects bear (see note_full_name)
        self.shared_surnames: set[str] = set()  # surnames two speakers named in full bear
        self.recent: list[Paragraph] = []  # the paragraphs just above, under the same heading: they often date a statement
        self.read_above: list[str] = []  # every paragraph read so far, for what tells a person's sex
        self.dated_captions = -1  # the paragraphs opening on a date and a colon ("Apr. 8: …"), counted when first asked
        self.day_paragraphs: list[str] = []  # the texts of those above under the same heading that may name a weekday ("today")
        self.current_text = ""  # the masked paragraph being read, and where the sentence being sieved starts in it
        self.opens_heading = False  # whether the paragraph being read is the first under its heading (an epigraph's place)
        self.unattributed_before_last_statement = 0  # how many quotations were left credited to nobody when the last statement was found
        self.current_offset = 0
        self.states_named_like_people: dict[str, str] = {}  # "Jordan" the state, where a person named Jordan speaks too
        self.paragraph_text = ""
        self.previous_paragraph_text = ""
        self.read_up_to = 0  # where in the source the paragraph being read was last found
        self.role_holders: dict[str, str] = {}  # role word -> the person last named with it in this report
        self.roles_named: list[tuple[set[str], str | Head]] = []  # the role words each person was named with, in order
        self.roles_by_identity: dict[str, set[str]] = {}  # the same words gathered by surname (see identity)
        self.ends_with_statement: dict[str, list[str]] = {}  # paragraph anchor -> who spoke in its last sentence
        self.goes_on: dict[str, int] = {}  # paragraph anchor -> where the statements of a quotation going on into it begin
        self.titled: dict[str, dict[str, bool]] | None = None  # role word -> surname -> named with a nation before the title
        self.plural_words: dict[str, bool] = {}  # see word_without_name_evidence
        self.called_she: set[str] = set()  # people named by a given name that tells nothing, whom the text then calls "she"
        self.female_surnames: dict[
            tuple[str, bool], bool
        ] = {}  # (a surname alone, by_ending) -> whether the report's one full name with it is a woman's
        self.introduced_as: dict[str, str] = {}  # "female" or "male", for people a description brought in ("Corinna, a 31-year-old mom")
        self.kin_sexes: dict[str, str | None] = {}  # a full name -> the sex a relative's noun before it tells ("his wife, Zhou Lanting")
        self.name_places = NamePlaces(report.source_text)  # the places of each name a rule asks for, found once
        self.full_forms: dict[str, str | None] = {}  # a surname -> the one full name the report gives it (see full_name)
        self.single_words: dict[str, bool] = {}
        self.body_offset = -1  # see body_start
        self.common_words: dict[str, bool] = {}  # capitalised word -> written in lower case and never capitalised mid-sentence
        self.capitalised_inside: dict[str, int] = {}  # word -> times the report writes it capitalised inside a sentence
        self.usual_holders: dict[str, Head | None] = {}  # "President" -> the person the report names so most often
        self.sole_holders: dict[str, Head | None] = {}  # "ambassador" -> the one person the report names with that title
        self.sentence_openers: frozenset[str] | None = None  # words opening a sentence before a lower-case word, found when first asked
        self.opening_participles: frozenset[str] | None = None  # words in "-ing" opening a sentence before a comma, the same
        self.study_authors: list[Head | None] = []  # the body named as the author of the study a story is about, once found
        self.interlocutor: str | Head | None = None  # the person the writer of an interview talks with
        self.work_outlet: list[Head] | None = None  # outlet_of_the_work's, worked out when "the article" speaks
        self.marked_source: str | None = None  # source_with_marks', made when an italic name is looked for
        self.emphasised: frozenset[str] | None = None  # the names the text sets in Markdown italics, worked out when one speaks
        self.defined_documents: frozenset[str] | None = None  # document_labels', likewise
        self.abbreviations = self.abbreviations_in(report.source_text)  # "MFA" -> the Ministry of Foreign Affairs
        self.handles = Handles()  # the social-media accounts the paragraphs name, by the plain word the sieves read
        self.article_surnames: dict[str, Head | None] = {}  # person_with_article_surname's answers, by the head's name
        self.spoken_of_as_companies: dict[str, bool] = {}  # described_as_a_company's answers: each reads the whole text
        self.accounts_in_reading: set[str] = set()  # the accounts actor_for is resolving, so none leads back to itself
        self.spelled_out_cache: dict[str, Head | None] = {}  # "ISW" -> the body its letters begin, if just one
        self.subjects: dict[str, Subject | None] = {}  # sentence -> its subject (see sentence_subject)
        self.lowered: str | None = None  # see lowered_source
        self.turns: list[Statement] = []  # a transcript's turns, each its speaker's statement (see transcript_labels)
        self.turn_speakers: dict[str, str | None] = {}  # a turn label, in lower case -> the actor it names
        self.narrators: set[str] = set()  # a broadcast report's presenter and reporter, by their labels (see narrators)
        self.office_holders: dict[str, str] = {}  # an office's label, in lower case -> the holder a label names in brackets
        self.transcript_lines: list[tuple[str, Label | None]] = []  # a transcript's headings and paragraphs, with their labels

    # --- actors ---------------------------------------------------------------------------

    @staticmethod
    def abbreviations_in(text: str) -> dict[str, Head]:
        """`the Ministry of Foreign Affairs (MFA)`: the abbreviation names the same body wherever it stands alone."""
        found: dict[str, Head] = {}
        for bracket in BRACKETED_ABBREVIATION.finditer(text):  # a cheap scan first: the name regex runs only before a "(XYZ)"
            match = abbreviation_before(text, bracket)
            if match is None:
                continue
            name = match.group("name").rstrip()
            paragraph = name[name.rfind("\n") + 1 :]
            named = chunks(paragraph)  # joined as names are ("the Harbour Pilots’ Guild (HPG)"), in its paragraph
            # read with the words before it: "Export Plan" after "the Harvest Renewal and" is no body (the whole is, below)
            head = head_of(named[-1].text, paragraph[: named[-1].begin]) if named else None
            abbr = match.group("abbr")
            if head is not None and " and " in head.name:  # "Marlow City Council and Kesh Port Authority (KPA)": the last body's
                last = head_of(head.name.rsplit(" and ", 1)[1])
                head = last if last is not None and shortens(abbr, last.name) else head
            if head is not None and head.kind in ("organization", "outlet") and shortens(abbr, head.name):
                found.setdefault(abbr, head)
            elif len(named) > 1 and body_joined_by_and(whole := name[name.find(named[0].text) :].removeprefix("The "), named, abbr):
                found.setdefault(abbr, Head(whole, "", "organization"))
        return found

    def spelled_out(self, acronym: str) -> Head | None:
        """ "ISW" in a report that names "the Institute for the Study of War" without "(ISW)": the one body whose
        capitalised words begin with the acronym's letters, in order; failing a body, the one person named in full so
        ("KJU" for "Kim Jong Un", three letters or more). None when none, or more than one, fits."""
        if acronym not in self.spelled_out_cache:
            words = ACRONYM_GLUE.join(letter + r"[\w'-]+" for letter in acronym)  # [\w’'-]+ in the text as written
            bodies: dict[str, Head] = {}
            people: dict[str, Head] = {}
            for match in re.finditer(at_word_start(words) + r"\b", self.straight_apostrophes()) if self.may_spell(acronym) else ():
                spelt = self.report.source_text[match.start() : match.end()]
                head = head_of(spelt)
                if head is not None and head.kind in ("organization", "outlet") and head.name == spelt:
                    bodies.setdefault(head.key, head)
                elif (
                    head is not None
                    and head.kind == "person"
                    and head.name == spelt
                    and len(acronym) >= 3
                    and not self.in_heading(match.start())  # not "ROE" after "### Recommendations Over Enforceable …"
                ):
                    people.setdefault(head.key, head)  # "PTW said" after "Park Tae Won presided": a leader's initials
            if not bodies and SYLLABLE_ACRONYM.fullmatch(acronym):
                bodies = self.spelled_in_syllables(acronym)
            if not bodies:
                bodies = people
            self.spelled_out_cache[acronym] = next(iter(bodies.values())) if len(bodies) == 1 else None
        return self.spelled_out_cache[acronym]

    def straight_apostrophes(self) -> str:
        """The report's text with each ’ written ', every other character where it was: a pattern made for one acronym
        reads its words as [\\w'-] in it where they are [\\w’'-] in the text, the same places. re compiles a class holding
        ’ and two more single characters into a map of 65,536 characters, a tenth of a millisecond each time."""
        if self.apostrophes_straightened is None:
            self.apostrophes_straightened = self.report.source_text.replace("’", "'")
        return self.apostrophes_straightened

    def in_heading(self, at: int) -> bool:
        """Whether the source's line holding this position is a heading: a heading's words name no one."""
        text = self.report.source_text
        return text.startswith("#", text.rfind("\n", 0, at) + 1)

    def may_spell(self, initials: str) -> bool:
        """Whether words beginning with these capitals, in this order, stand next to each other somewhere in the report:
        a pattern looking for them, compiled for each acronym, can find nothing where two of them never do, nor where
        every pair stands somewhere but never the whole row ("R", "U" after "Royal United" and "RU" in no row)."""
        if self.initial_pairs is None:
            in_a_row = list(INITIALS_IN_A_ROW.finditer(self.report.source_text))
            self.initial_pairs = {match.group(1) + match.group(2) for match in in_a_row}
            self.next_initial = {match.start(1): match.start(2) for match in in_a_row}
            for match in in_a_row:
                self.initial_places.setdefault(match.group(1), []).append(match.start(1))
        if not all(first + second in self.initial_pairs for first, second in itertools.pairwise(initials)):
            return False
        return len(initials) < 3 or self.initials_in_a_row(initials)

    def initials_in_a_row(self, initials: str) -> bool:
        """Whether the capitals stand in this order, each at the start of the word after the one before (as
        INITIALS_IN_A_ROW finds the next: only its small words between), somewhere in the report."""
        text = self.report.source_text
        for place in self.initial_places.get(initials[0], ()):
            for letter in initials[1:]:
                place = self.next_initial.get(place, -1)
                if place < 0 or text[place] != letter:
                    break
            else:
                return True
        return False

    def spelled_in_syllables(self, acronym: str) -> dict[str, Head]:
        """ "EUCOM" for "United States European Command", "CENTCOM" for "Central Command": the one body whose last words
        begin with the acronym's syllables, two to four of them, each of one to four letters."""
        bodies: dict[str, Head] = {}
        if self.capital_prefixes is None:  # the first one to four letters of each capitalised word, upper-cased, once a report
            words_seen = set(CAPITALISED_WORD.findall(self.report.source_text))
            self.capital_prefixes = {word[:size].upper() for word in words_seen for size in range(1, 5)}
        for parts in syllable_splits(acronym):
            if not all(part in self.capital_prefixes for part in parts) or not self.may_spell("".join(part[0] for part in parts)):
                continue
            words = ACRONYM_GLUE.join(part[0] + "(?i:" + part[1:] + r")[\w'-]*" for part in parts)  # [\w’'-]* as written
            for match in re.finditer(at_word_start(words) + r"\b", self.straight_apostrophes()):
                spelt = self.report.source_text[match.start() : match.end()]
                window = self.report.source_text[max(0, match.start() - 60) : match.end()]
                whole = next((c.text for c in chunks(window) if window.endswith(c.text)), spelt)  # with the words before
                head = head_of(whole)
                if head is not None and head.kind in ("organization", "outlet") and head.name.endswith(spelt):
                    bodies.setdefault(head.key, head)
        return bodies

    def person_with_hyphened_surname(self, head: Head) -> str | None:
        """The person this report named in full whose surname is the head's last part ("Riyami" of "Al-Riyami") and
        whose name holds the whole head."""
        surname = fold_chars(head.name.rsplit("-", 1)[-1])
        actor_id = self.by_surname.get(surname)
        if actor_id is None and surname in self.seen_full and fold_chars(head.name) in fold_chars(self.seen_full[surname].name):
            actor_id = self.actor_for(self.seen_full[surname], self.report.date, expand=False)
        if actor_id is None:
            in_full = self.person_with_article_surname(head)
            if in_full is not None:  # "Al-Rashed said" after "its chairman Khalid Al-Rashed said": named in full, not a subject
                actor_id = self.actor_for(in_full, self.report.date, expand=False)
        if actor_id is None or self.kind_of(actor_id) != "person":
            return None
        return actor_id if fold_chars(head.name) in fold_chars(self.name_of(actor_id)) else None

    def person_with_article_surname(self, head: Head) -> Head | None:
        """The person the report names in full with the head's whole name as surname ("Khalid Al-Rashed" for "Al-Rashed"),
        wherever it names them (an apposition, a trailing "its chairman … said"), read there as a person; None where it
        gives no full form, or one that is a body's or an outlet's name ("the Al-Noor Foundation", "Asharq Al-Awsat"). The
        article in lower case too ("Yusuf al-Marri" … "Al-Marri said", a sentence's first word)."""
        if head.name not in self.article_surnames:  # each look reads the whole text
            self.article_surnames[head.name] = self.article_surname_in_full(head)
        return self.article_surnames[head.name]

    def article_surname_in_full(self, head: Head) -> Head | None:
        for surname in dict.fromkeys((head.name, head.name[:1].lower() + head.name[1:])):
            full = self.full_name(Head(surname, "", "person", surname))
            at = self.report.source_text.find(full.name) if full.name != surname else -1
            if at < 0 or self.report.source_text[at + len(full.name) : at + len(full.name) + 2].strip()[:1].isupper():
                continue  # no full form, or one running on into a longer name ("Yusuf Al-Amal Foundation")
            named = head_of(full.name, self.report.source_text[max(0, at - 80) : at])  # "the daily Sawt Al-Qalam": an outlet
            if named is not None and named.kind == "person" and named.name == full.name:
                return named
        return None

    def actor_for(self, head: Head, on: dt.date | None, expand: bool = True) -> str:
        head = self.religious_title_read(head)
        account = self.handles.head(head)
        if account is not head:
            if account.key in self.accounts_in_reading:
                return self.actor_of_name(head, on, expand)  # back at the account through its owner's full name: no loop
            self.accounts_in_reading.add(account.key)
            try:
                return self.actor_for_name(account, on, expand)
            finally:
                self.accounts_in_reading.discard(account.key)
        return self.actor_for_name(head, on, expand)

    def religious_title_read(self, head: Head) -> Head:
        """A full name after "Father", "Sister" … opening a sentence, which head_of keeps as written (the word may be a
        relative's noun), is the title and the name, as inside a sentence, unless the report writes that noun as someone's
        relative ("their father", "the boys' father"): "Sister Ana Ruiz added …" and "said Sister Ana Ruiz" are one person."""
        words = head.name.split()
        if head.kind != "person" or head.role or len(words) < 3 or words[0] not in KIN_TITLES or self.writes_a_relatives(words[0].lower()):
            return head
        return Head(" ".join(words[1:]), words[0], "person", head.surname)

    def writes_a_relatives(self, noun: str) -> bool:
        """Whether the report writes the noun as someone's relative ("their father", "Kell's sister", "the boys' father")."""
        if noun not in self.relatives_written:
            pattern = r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|\w+[’']s?)\s+(?:[a-z-]+\s+)?" + noun + r"\b"
            self.relatives_written[noun] = re.search(pattern, self.report.source_text) is not None
        return self.relatives_written[noun]

    def actor_for_name(self, head: Head, on: dt.date | None, expand: bool) -> str:
        found = self.actor_of_name(head, on, expand)
        if head.kind == "person" and " " not in head.name and head.name in self.current_text:
            bearer = self.surname_bearer(head, found)  # "Morris" after "Morris Chang" spoke and "Lyle Morris" was named
            return self.actor_for(bearer, on) if bearer is not None else found
        return found

    def outlet_named_in_full(self, key: str) -> str | None:
        """The outlet this report last named with a longer name ending in the word (folded)."""
        ending = " " + key
        for name, actor_id in reversed(self.by_name.items()):
            if name.endswith(ending) and self.kind_of(actor_id) == "outlet":
                return actor_id
        self.find_paragraph_in_source()
        read = self.report.source_text[: self.read_up_to] + " " + self.current_text
        for start, end in reversed(names_ending_in(read, key.split()[-1])):
            start = read.rfind("\n", start, end) + 1 or start  # within a line: not "NPR" (a photo's credit) and the next
            # paragraph's "The Richmond Standard" as one name
            start = after_last_sentence_end(read, start, end)  # not "Northport College. Press" as one name
            head = head_of(read[start:end], read[:start])
            if (
                head is not None
                and head.kind == "outlet"
                and " " in head.name
                and head.key.endswith(ending)
                and not listed_given_name(head.name.split()[0])
            ):
                # "Ruth Press, environmental policy analyst": a person whose surname is an outlet's word
                return self.actor_for(head, self.report.date, expand=False)
        return None

    def person_named_with_the_word(self, word: str) -> Head | None:
        """The person this report names in full with the word as the surname, a listed given name before it ("Ruth
        Press"): the last so named in a bounded window around the paragraph (whose place in the source is approximate)."""
        if self.outlet_in_paragraph(word):
            return None
        self.find_paragraph_in_source()
        at = self.read_up_to
        window = self.report.source_text[max(0, at - NAMED_WINDOW) : at + NAMED_WINDOW] + " " + self.current_text
        if not any(listed_given_name(before) for before in (capitalised_word_before(window, found) for found in occurrences(window, word)) if before):
            return None  # the pattern's group 1 is the word before one of these: no listed given name, nothing to compile
        pattern = r"(?<![\w’'-])([A-Z][\w’'-]+)\s+" + re.escape(word) + r"(?![\w’'-])"
        named = [found.group(1) for found in re.finditer(pattern, window) if listed_given_name(found.group(1))]
        if not named:
            return None
        return Head(f"{named[-1]} {word}", "", "person", surname=word)

    def named_before_a_weekday(self, head: Head) -> Head | None:
        """ "Warren Tuesday said" after "Senator Elizabeth Warren": a listed given name, then a weekday, is the person the
        report named before with that word last (a given name or a title before it), speaking on that day; None where it
        names no one so ("Billy Sunday said", whose surname the weekday is). A mention with the same weekday after the
        word is the name again, not another."""
        words = head.name.split()
        if head.kind != "person" or head.role or len(words) != 2 or words[1] not in WEEKDAY_NAMES:
            return None
        found_at = self.find_paragraph_in_source()
        end = found_at if found_at >= 0 else self.read_up_to
        window = self.report.source_text[max(0, end - NAMED_WINDOW) : end] + " " + self.current_text
        if words[0] not in window:
            return None
        pattern = r"(?<![\w’'-])([A-Z][\w’'.-]+)\s+" + re.escape(words[0]) + r"(?![\w’'-])(?!\s+" + words[1] + r")"
        for found in reversed(list(re.finditer(pattern, window))):
            named = head_of(found.group(0))
            if named is not None and named.kind == "person" and named.name.endswith(words[0]):
                return named
        return None

    def outlet_in_paragraph(self, word: str) -> bool:
        """Whether the paragraph writes the word as a publication: after an article ("the Post said"), or with "its" later
        in the clause ("Post said in its editorial"); a person's surname stands bare ("says Press")."""
        if "its" not in self.current_text and not after_the(self.current_text, word):
            return False  # neither form can be there: the pattern made from the word is left uncompiled
        return re.search(publication_pattern(word), self.current_text) is not None

    def actor_of_name(self, head: Head, on: dt.date | None, expand: bool) -> str:
        if (
            head.key not in self.by_name
            and head.name not in self.abbreviations
            and BARE_ACRONYM.fullmatch(head.name)
            and not self.registry.known(head.name)
        ):
            expansion = self.spelled_out(head.name)
            if expansion is not None:
                self.abbreviations[head.name] = expansion
        if head.name in self.abbreviations and head.key not in self.by_name:
            return self._remember(head, self.actor_for(self.abbreviations[head.name], on, expand))
        key = head.key
        if key in self.states_named_like_people or (key in self.by_surname and self.state_read_as_a_place(head)):
            return self.state_named_like_a_person(head)
        if key in self.by_name:
            return self.by_name[key]
        named_before = self.named_before_a_weekday(head)
        if named_before is not None:  # "Warren Tuesday said" after "Elizabeth Warren": she, on Tuesday
            return self._remember(head, self.actor_for(named_before, on, expand))
        knight = self.knight_named_in_full(head) if expand else None
        if knight is not None:  # "Sir David" after "Sir David Manning": a knight or dame goes by the title and given name
            return self._remember(head, self.actor_for(knight, on, expand=False))
        titled = head.kind == "person" and head.role != "" and head.name == f"{head.role} {head.surname}"
        if titled and fold_chars(head.role).rstrip(".") in GENDER_OF_TITLE:
            spouse = self.bearer_of_the_title(head)  # "Mrs. Ade" after "Mrs. Bisi Ade" and "Hon. Tunde Ade": the woman
            if spouse is not None:
                # the surname stays as it was: a bare "Ade" is not her for that
                shared = fold_chars(head.surname)
                before = self.by_surname.get(shared)
                if spouse is head:  # each Ade named in full is of the other sex: someone of their own
                    self.by_name[key] = self.provisional(head, alias=False)
                elif spouse.key in self.by_name or self.registry.known(spouse.name):
                    self.by_name[key] = self.actor_for(spouse, on, expand=False)
                else:  # named in full for the first time: no alias "Ade", which the other bears too
                    self.by_name[key] = self._remember(spouse, self.provisional(spouse, alias=False))
                if before is None:
                    self.by_surname.pop(shared, None)
                else:
                    self.by_surname[shared] = before
                return self.by_name[key]
        if head.kind == "person" and key in self.retaken_surnames:  # the seen_full rule below, before any alias the registry holds
            return self._remember(head, self.actor_for(self.seen_full[key], on, expand=False))
        if expand and head.kind == "outlet" and " " not in head.name:
            longer = self.outlet_named_in_full(key)
            if longer is not None:  # "the Post" after "The Washington Post", "the Gazette" after "The Harbor Gazette"
                return self._remember(head, longer)
            bearer = self.person_named_with_the_word(head.name)
            if bearer is not None:  # "says Press" after "a study by Ruth Press, policy analyst": her surname, no outlet
                return self._remember(head, self.actor_for(bearer, on, expand=False))
        full = f"{head.role} {head.name}".strip()
        # a surname two speakers bear is no alias of the first: "Zhao" after "Zhao Huasen … Zhao Lijun"
        mentions = self.registry.mentions(full, on) if key not in self.shared_surnames else []
        name_start = len(fold_chars(full)) - len(fold_chars(head.name))
        # the registry's name for the whole of it, or for its role: a surname inside another full name is someone else
        bare = titles_only(head.name.split()[:-1])  # "Minister Abdollahian"
        if mentions and mentions[-1].end >= len(fold_chars(full)) - 2 and (mentions[-1].start <= name_start or bare):
            return self._remember(head, mentions[-1].actor_id)
        # "Northern Herald" is the registry's "The Northern Herald"; "Vladimir V. Putin" its "Vladimir Putin"
        names: tuple[str, ...] = (head.name, f"The {head.name}", without_middle_initials(head.name)) if key not in self.shared_surnames else ()
        if head.name.startswith("@"):
            names = (head.name, head.name[1:])  # "@velan_news", which a registry may list without its "@"
        for name in names:
            if self.registry.known(name):
                found = self.registry.resolve(name, on)
                if found:
                    return self._remember(head, found)
        # one name, or a title and a surname ("President Trump", "Mr Obama"); not a first name and a surname
        single = len(head.name.split()) == 1 or bool(head.surname and head.name.endswith(head.surname) and self.titled_surname(head))
        surname = fold_chars(head.surname or head.name)
        if single and " " in head.name and self.titled_as_the_other_sex(head, surname):
            single = False  # "Father Time" is no Ann Time, "Sister Brenner" no Lena's brother Tomas: the title tells the sex
        if single and surname not in self.by_surname and surname not in self.seen_full and may_be_transliterated(surname):
            surname = self.surname_transliterated(surname) or surname  # "Koehler said" after "Jürgen Köhler": him
        if single and surname in self.by_surname:
            return self.by_surname[surname]
        hyphened = self.person_with_hyphened_surname(head) if single and head.kind != "person" and "-" in head.name else None
        if hyphened is not None:  # "Al-Riyami told" after "Julanda Al-Riyami": the person, not a body named with an article
            return self._remember(head, hyphened)
        if single and surname in self.seen_full and self.seen_full[surname].key != key:  # "Qassem" after "Naim Qassem announced …"
            return self._remember(head, self.actor_for(self.seen_full[surname], on, expand=False))
        if head.kind == "person" and (head.role or len(head.name.split()) == 1) and single and expand:
            family_first = self.named_first(surname)
            if family_first is not None:  # "Mr Zhao" after "Zhao Hai": a family name written first; "Vassily" after "Vassily Nebenzia"
                return self._remember(head, family_first)
        if head.kind == "person" and len(head.name.split()) == 1 and expand:
            inside = self.named_inside(fold_chars(head.name))
            if inside is not None:  # "Lula" after "Luiz Inácio Lula da Silva": a name the full one holds, not its last word
                return self._remember(head, inside)
        if head.kind == "person" and not head.role and " " not in head.name and expand:
            nearest = self.nearest_of_two_bearers(head.name)
            if nearest is not None:  # "Lucky added" after "Mira Kayes Lucky" and, nearer, "his wife Lucky Begum"
                return self._remember(head, self.actor_for(nearest, on, expand=False))
        if head.kind == "person" and single and expand:
            named = self.full_name(head)
            if named.key != head.key:
                return self._remember(head, self.actor_for(named, on, expand=False))
        if head.kind == "person" and not head.role and " " not in head.name and expand and fold_chars(head.name) in GIVEN_NAMES:
            bearer = self.bearer_of_given_name(head.name)
            if bearer is not None:  # "“…,” says Jeremiah" after "economist Jeremiah Mbelu reveals that …"
                return self._remember(head, self.actor_for(bearer, on, expand=False))
        if head.kind == "person" and not head.role and " " not in head.name and expand:
            bearer = self.bearer_of_unlisted_given_name(head)
            if bearer is not None:  # "“…,” Sidoine said" after "Sidoine Lagou, 28, a local resident, …"
                return self._remember(head, self.actor_for(bearer, on, expand=False))
        if (
            head.kind == "person"
            and single
            and expand
            and head.role
            and fold_chars(head.role).rstrip(".") not in SURNAME_TITLES
            and given_name_sex(head.surname) is not None
        ):
            bearer = self.bearer_of_given_name(head.surname)
            if bearer is not None:  # "Cr Maria said" after "Division 9 Councillor Maria Suarez": an office and a given name
                return self._remember(head, self.actor_for(bearer, on, expand=False))
        if head.kind == "person" and expand and head.surname and len(head.name.split()) == 2:
            formal = self.formal_given_name(head)
            if formal is not None:  # "Ray Tallis", "Josh Apte" beside "Raymond Tallis", "Joshua Apte": one person, by the longer name
                return self._remember(head, self.actor_for(formal, on, expand=False))
        words = head.name.split()
        surname_alone = len(words) == 2 or (len(words) == 3 and all(PARTICLE.fullmatch(word) for word in words[:2]))  # "van der Berg"
        if head.kind == "person" and expand and surname_alone and fold_chars(words[0]) not in GIVEN_NAMES:
            in_full = self.given_name_before(head)
            if in_full is not None:  # "O’Neill Burke" after "Eileen O’Neill Burke": a surname of two words
                return self._remember(head, self.actor_for(in_full, on, expand=False))
        return self._remember(head, self.provisional(head))

    def surname_transliterated(self, folded: str) -> str | None:
        """The key of the person named in full before with a German letter in the surname that this folded surname
        transliterates ("koehler" for "Jürgen Köhler"), where there is one; None otherwise."""
        written = self.transliterated_surnames.get(folded, set())
        return fold_chars(next(iter(written))) if len(written) == 1 else None

    def note_transliterable(self, written: str) -> None:
        """A surname with a German letter entering by_surname or seen_full, by the form it takes transliterated."""
        key = transliteration_key(written)
        if key is not None:
            self.transliterated_surnames.setdefault(key, set()).add(written)

    def nearest_of_two_bearers(self, word: str) -> Head | None:
        """The person named in full last before this paragraph, with the word as the first or the last of their name, where
        the report so far names two people or more with it ("Mira Kayes Lucky" … "Lucky Begum": "Lucky" is Lucky Begum), as
        South Asian and Arab copy calls people by a name two of them bear; None where it names one or none."""
        self.find_paragraph_in_source()
        read = self.report.source_text[: self.read_up_to] + " " + self.paragraph_text
        if read.count(word) < 2:
            return None
        bearers: dict[str, tuple[int, Head]] = {}
        written_in_lower_case = functools.cache(lambda other: whole_word_in(read, other.lower()))  # a scan of the text: once a word
        for at in occurrences(read, word):  # the word found as a literal first, the name around it read there
            if not whole_word_at(read, at, word):
                continue
            if not read[at - 1 : at].isspace() and not read[at + len(word) : at + len(word) + 1].isspace():
                continue  # no name word can stand before or after it (both patterns need a space next to it)
            ending = NAME_WORDS_BEFORE.search(read, max(0, at - 60), at)
            begin = ending.start() if ending is not None else at
            going_on = NAME_WORDS_AFTER.match(read, at + len(word)) if ending is None else None
            end = going_on.end() if going_on is not None else at + len(word)
            if begin == at and end == at + len(word):
                continue
            head = head_of(read[begin:end], read[max(0, begin - 200) : begin])
            if head is None or head.kind != "person" or head.role:
                continue
            parts = head.name.split()
            if len(parts) >= 2 and word in (parts[0], parts[-1]):
                others = [other for other in parts if other != word]
                # "Senior Kennedy", "Strategy Behind Trump": a word the report also writes in lower case is no name
                if others and not any(written_in_lower_case(other) for other in others):
                    bearers[head.key] = (begin, head)
        names = [head.name for _, head in bearers.values()]
        people = [(at, head) for at, head in bearers.values() if not any(other != head.name and other in head.name for other in names)]
        if len(people) < 2:  # "Prospect Andrew Pakes" (a union's name run into his) is Andrew Pakes: one person
            return None
        (before, _), (last, nearest) = sorted(people, key=lambda pair: pair[0])[-2:]
        between = read[before:last]
        # "Tom Reyes and his deputy Tom Hale said …": two named in one sentence, no nearer one
        return nearest if "\n" in between or ". " in between else None

    def given_name_before(self, head: Head) -> Head | None:
        """The one given name the report writes before a two-word name whose first word is no given name: "Eileen
        O’Neill Burke" for "O’Neill Burke", "Maria Lopez Garcia" for "Lopez Garcia"; None where it writes none or two.
        After a particle that opens the surname ("Al Masri", "El Amin", "bin Zayed", "Van Dyke") any capitalised word
        but a title or a function word is the given name ("Rania Al Masri"): the particle is no name of its own."""
        opening, _, rest = head.name.partition(" ")
        particle = PARTICLE.fullmatch(opening) is not None
        in_full = full_name_ending(self.report.source_text, head.name, NOT_FIRST_NAMES) if particle else None
        if in_full is not None:  # "la Cruz", "van der Berg" after "Maria de la Cruz", "Pieter van der Berg"
            return Head(in_full, head.role, head.kind, head.surname)
        name = head.name
        written = self.words_before_name(name)
        if particle and not written:  # "Van Leer added" opening a sentence, or "van Leer" after "Pieter van Leer": the
            # particle as the full name writes it, in the other case
            other = f"{opening.lower() if opening[:1].isupper() else opening.capitalize()} {rest}"
            written = self.words_before_name(other)
            name = other if written else name
        given = {word for word in written if fold_chars(word) in GIVEN_NAMES or (particle and fold_chars(word) not in NOT_FIRST_NAMES)}
        if len(given) != 1:
            return None
        first = given.pop()
        if particle:  # "Abu Anas Al Saud": a particle before the given name too opens the name (a kunya)
            kunya = {word for word in words_before(self.report.source_text, f"{first} {name}") if PARTICLE.fullmatch(word)}
            first = f"{kunya.pop()} {first}" if len(kunya) == 1 else first
        return Head(f"{first} {name}", head.role, head.kind, head.surname)

    def formal_given_name(self, head: Head) -> Head | None:
        """The full name by the other given name the report writes before this surname, where it writes just two and
        they stand for one name (see one_given_name): "Raymond Tallis" for "Ray Tallis"."""
        given, surname = head.name.split()[0], head.surname
        written = self.words_before_name(surname)
        forms = {word: word for word in written if fold_chars(word) not in NOT_FIRST_NAMES}
        chosen = self.one_given_name(forms, written) if len(forms) == 2 and given in forms else None
        return Head(f"{chosen} {surname}", "", "person", surname) if chosen is not None and chosen != given else None

    def bearer_of_given_name(self, given: str) -> Head | None:
        """The one person the report names in full with this given name first ("Jeremiah Mbelu"), where it names just
        one: a word after the name that the report also writes in lower case ("Claire tells") is no surname."""
        text = self.report.source_text
        surnames = {
            word
            for word in surnames_after(text, given)
            if not any(whole_word_at(text, at, word) for at in occurrences(text, word.lower())) and fold_chars(word) not in NOT_FIRST_NAMES
        }
        if len(surnames) != 1:
            return None
        surname = surnames.pop()
        return Head(f"{given} {surname}", "", "person", surname)

    def bearer_of_unlisted_given_name(self, head: Head) -> Head | None:
        """The person a one-word name is the given name of where the name lists do not hold it ("Sidoine said" after
        "Sidoine Lagou, 28, …", as Ivorian, Ghanaian, Filipino papers and features call people): the one person the report
        names in full with it first, in this paragraph or the one before, where the report writes it after no name word."""
        if any(fold_chars(word) not in NOT_FIRST_NAMES for word in self.words_before_name(head.name)):
            return None  # "Lagou" after "Sidoine Lagou": a surname, full_name's
        if fold_chars(head.name).lower() in FAMILY_FIRST_NAMES or fold_chars(head.name).lower() in KOREAN_FAMILY_NAMES:
            return None  # "Lee said" after "Lee Anderson": a family name others bear, someone of its own
        bearer = self.bearer_of_given_name(head.name)
        if bearer is None or (bearer.name not in self.paragraph_text and bearer.name not in self.previous_paragraph_text):
            return None  # named in full far from here: the given name alone may be someone else's
        if not re.search(re.escape(bearer.name) + r"(?![\w’'-]|\s+[A-Z])", self.report.source_text):
            return None  # "Dorvane Africa Limited": two words of a longer name, no given name and surname
        named = head_of(bearer.name)
        return bearer if named is not None and named.kind == "person" else None

    def state_read_as_a_place(self, head: Head) -> bool:
        """ "In Amman, Jordan said", "Jordan said it would …, its foreign ministry added": a state's bare name that the
        paragraph uses as a place, or whose sentence refers back to it with "its", is the state, though a person whose
        surname it is speaks in the report ("Owen Jordan")."""
        if head.kind != "state" or " " in head.name or not self.current_text:
            return False
        paragraph = self.current_text
        if re.search(r"\b(?:[Ii]n|[Ff]rom|to|into|across)\s+(?:[A-Z][\w’'-]*,\s+)?" + re.escape(head.name) + r"\b", paragraph):
            return True
        opening = paragraph.rfind(head.name, self.current_offset)
        stop = SENTENCE_STOP.search(paragraph, max(opening, self.current_offset))
        return ITS.search(paragraph, max(opening, self.current_offset), stop.start() if stop else len(paragraph)) is not None

    def state_named_like_a_person(self, head: Head) -> str:
        """The actor of a state's bare name read as the state, apart from the person who bears it as a surname."""
        key = head.key
        if key not in self.states_named_like_people:
            actor = self.registry.add_provisional(head.name, self.report.source_path, self.report.line_of(head.name))
            actor.kind = "state"
            self.result.provisional.append(actor.id)
            self.states_named_like_people[key] = actor.id
        return self.states_named_like_people[key]

    def reads_as_a_persons_name(self, name: str) -> bool:
        """Whether a name of two words or more reads as a person's full name: it opens with a listed given name, or the
        report names a person with its last word as surname ("Mara Voss" of a firm named after its founder)."""
        words = name.split()
        return len(words) >= 2 and (listed_given_name(words[0]) or self.names_a_person_with_surname(words[-1]))

    def provisional(self, head: Head, alias: bool = True) -> str:
        """A new actor for a name neither the registry nor the report so far knows; a person's surname its alias, unless
        the report names another person with it."""
        aliases = (
            [head.surname]
            if alias and head.kind == "person" and head.surname and len(head.name.split()) > 1 and not self.registry.known(head.surname)
            else []
        )
        name = head.name
        words = name.split()
        reach_named = head.kind == "organization" and len(words) >= 2 and fold_chars(words[-1]) in BODY_REACH_ENDINGS
        if reach_named and len(words) >= 3 and fold_chars(words[0]) in BODY_DESCRIPTOR_NOUNS:
            words = words[1:]  # "NGO Riverwatch International": what the body is, said before its name, is no part of it
            name = " ".join(words)
            aliases.insert(0, head.name)
        short = " ".join(words[:-1]).removeprefix("The ").removeprefix("the ")
        if alias and reach_named and not self.registry.known(short) and not self.reads_as_a_persons_name(short):
            aliases.append(short)  # "Riverwatch lawyers argued" after "Riverwatch International": the body by its short name
        if head.kind == "person" and len(words) >= 3 and words[0] in KNIGHTS:
            name = " ".join(words[1:])  # "Sir Bram Oakhurst" goes by his name, the titled form an alias (as "Mr" is a title)
            aliases.insert(0, head.name)
        if head.kind == "person" and len(words) >= 2 and name != (titled := title_cased_surname(name, self.bears_a_title(head))):
            name = titled  # "Ilse BRANDT" is shown as "Ilse Brandt" (names are matched without case: "BRANDT said" is hers)
            aliases = [surname_in_title_case(alias) for alias in aliases]
        actor = self.registry.add_provisional(name, self.report.source_path, self.report.line_of(head.name), aliases)
        actor.kind = "unknown" if head.kind == "role" else head.kind
        if actor.kind == "person" and " " not in head.name and self.described_as_a_company(head.name):
            actor.kind = "organization"  # "Intel", "Infineon": one word, with a spokesperson, a legal form or products
        elif actor.kind == "person" and not self.bears_a_title(head) and self.spoken_of_as_a_body(head):
            actor.kind = "organization"  # "Media Bridge said …. The group said": a body's name of two words, no given name
        elif actor.kind == "person" and not self.bears_a_title(head) and reported_only_as_an_outlet(self.report.source_text, head.name):
            actor.kind = "outlet"  # "“…,” Schoolwire reported", "according to Schoolwire": a news site cited by its name alone
        self.result.provisional.append(actor.id)
        return actor.id

    def bearer_of_the_title(self, head: Head) -> Head | None:
        """ "Mrs. Ade" or "Mr. Ade" where the report names two or more people of that surname in full ("Mrs. Bisi Ade, the
        wife of Hon. Tunde Ade"): the one of them whom a title or a given name shows to be of the title's sex, or the only
        one not shown to be of the other; the titled head itself (someone of their own) where each is of the other sex.
        None where the report names fewer than two, or the text tells nothing."""
        surname = head.surname
        forms = {word for word in self.words_before_name(surname) if fold_chars(word) not in NOT_FIRST_NAMES}
        if len(forms) < 2:
            return None
        female = GENDER_OF_TITLE[fold_chars(head.role).rstrip(".")] == "female"
        same: list[str] = []
        other: list[str] = []
        for form in sorted(forms):
            sex = self.sex_named(form, surname)
            if sex is not None:
                (same if (sex == "female") == female else other).append(form)
        rest = [form for form in sorted(forms) if form not in other]
        chosen = same if len(same) == 1 else rest if len(rest) == 1 else []
        if chosen:
            return Head(f"{chosen[0]} {surname}", "", "person", surname)
        return head if other and not rest else None

    def sex_named(self, first: str, surname: str, *, by_ending: bool = True) -> str | None:
        """ "female" or "male", as the text's titles before "First Surname" tell ("Mrs. Bisi Ade"), else the given name
        (by_ending, a woman's also guessed from its ending: looks_female)."""
        text = self.report.source_text
        told = {
            GENDER_OF_TITLE[fold_chars(title.group(1))]
            for at in occurrences(text, f"{first} {surname}")
            for title in [TITLE_BEFORE_NAME.search(text, max(0, at - 12), at)]
            if title is not None
        }
        if len(told) == 1:
            return told.pop()
        full = Head(f"{first} {surname}", "", "person", surname)
        female = looks_female(full, by_ending=by_ending)
        return "female" if female and not looks_male(full) else "male" if looks_male(full) and not female else None

    def knight_named_in_full(self, head: Head) -> Head | None:
        """ "Sir David", "Dame Olivia": the one the report named in full with that title and given name ("Sir David
        Manning"), the last so named before this paragraph, or the first after it where none was before."""
        words = head.name.split()
        if head.kind != "person" or len(words) != 2 or words[0] not in KNIGHTS:
            return None
        text = self.report.source_text
        # the paragraph's opening as the source writes it: spaces as they were, a numbered paragraph's stop escaped ("52\.")
        opening = r"\s+".join(re.escape(word).replace(r"\.", r"\\?\.") for word in self.paragraph_text.split()[:8])
        found = re.search(opening, text) if opening else None
        here = found.start() if found is not None else -1
        named = [m for m in re.finditer(re.escape(head.name) + r"[ \t]+([A-Z][\w-]+)\b", text) if fold_chars(m.group(1)) not in NOT_NAMES]
        if here < 0 and len({m.group(1) for m in named}) > 1:
            return None  # where this paragraph stands is unknown: only the one full form is sure
        before = [m for m in named if m.start() < here]
        chosen = before[-1] if before else named[0] if named else None
        return head_of(chosen.group(0)) if chosen is not None else None

    def names_as_its_maker(self, body: str | Head, work: str) -> bool:
        """Whether the report writes the body's name or initials before the work noun: "JIC Assessment", "the Joint
        Intelligence Committee’s assessment"."""
        name = self.name_of(body)
        initials = initials_of(name)
        names = "|".join(re.escape(form) for form in {name, initials} if len(form) >= 2)
        return bool(names) and re.search(rf"(?<!\w)(?:{names})(?:’s|'s)?\s+{work}\b", self.report.source_text, re.I) is not None

    def surname_of_someone_named(self, name: str) -> bool:
        """Whether the one-word name is the surname of a person the report names in full ("Tom Varn" for "Varn")."""
        if " " in name:
            return False
        if fold_chars(name) in self.seen_full:
            return True
        full = self.full_name(Head(name, "", "person", name)).name
        named = head_of(full) if full != name else None
        return named is not None and named.kind == "person" and named.name == full

    def described_as_a_company(self, name: str) -> bool:
        """Whether the report speaks of the one-word name as a company: "a spokesperson for Intel", "an Intel
        spokesperson", "a Norvik representative", "Infineon AG", "Altera's products" (looked for around each place the
        name stands)."""
        if name not in self.spoken_of_as_companies:
            self.spoken_of_as_companies[name] = self.speaks_of_as_a_company(name)
        return self.spoken_of_as_companies[name]

    def speaks_of_as_a_company(self, name: str) -> bool:
        text = self.report.source_text
        windows = [(max(0, at - 40), at + len(name) + 40) for at in occurrences(text, name)]
        if not any(company_words_in(text[start:end], name) for start, end in windows):
            return False  # each way of speaking of a company holds one of these words: nothing to compile a pattern for
        written = re.escape(name)
        pattern = re.compile(
            rf"spokes(?:person|man|woman)\s+for\s+(?:the\s+)?{written}\b|\b{written}(?:’s|'s)?\s+(?:spokes(?:person|man|woman)|representative)\b"
            rf"|\b{written},?\s+(?:{'|'.join(LEGAL_FORM_WORDS)})\b"
            rf"|\b{written}(?:’s|'s)\s+(?:{'|'.join(COMPANY_THINGS)})\b"
        )
        return any(pattern.search(text, start, end) for start, end in windows)

    def firm_described_by_name(self, name: str) -> Head | None:
        """The firm the report describes by a name that is this one or opens with it ("Dorvane Minerals, an Australian
        mining company" for "Dorvane officials"), or one it speaks of as a company ("a Dorvane spokesman"); None where none."""
        text = self.report.source_text
        surname = self.surname_of_someone_named(name)  # "Varn officials" after "Senator Tom Varn": his, not "Varn Media"'s
        for described, _ in companies_described(text):
            if described == name or (described.startswith(name + " ") and not surname):
                return Head(described, "", "organization")
        return Head(name, "", "organization") if " " not in name and self.described_as_a_company(name) else None

    @staticmethod
    def bears_a_title(head: Head) -> bool:
        """A title word among the role words before the name (not "Charter Timeline"'s role)."""
        return any(fold_chars(word).strip(".") in TITLE_WORDS for word in head.role.split())

    def spoken_of_as_a_body(self, head: Head) -> bool:
        """Whether a name of capitalised words with no given name is a body's, as the report speaks of it: "Green Harbour,
        which runs …", "Blue Meridian and its partners", "Blue Meridian's members", "KMB Intel, a research firm,", or the
        next sentence opens "The group …", "The organisation …", "It …", "Its …" (not "Grace Church", "Tshepo Molefe,
        who …")."""
        words = head.name.split()
        if len(words) < 2 or fold_chars(words[0]).lower() in GIVEN_NAMES:
            return False
        text = self.report.source_text
        for at in occurrences(text, head.name):
            if not whole_word_at(text, at, head.name):
                continue
            after = text[at + len(head.name) : at + len(head.name) + BODY_EVIDENCE_REACH]
            if BODY_AFTER_NAME.match(after):
                return True
            if not SENTENCE_OPENS_BEFORE.search(text, max(0, at - 3), at) and at:
                continue  # the next sentence's "The group" or "It" means the body a sentence opens with, not one inside it
            end = sentence_end(text, at + len(head.name))
            if BODY_NEXT_SENTENCE.match(text, end) and "\n" not in text[at:end]:
                return True
        return False

    def named_first(self, word: str) -> str | None:
        """The one person this report named in two or three words with the word first ("Zhao Hai", "Seah Tiong Wen"), if
        just one."""
        found = {
            actor
            for key, actor in self.by_name.items()
            if key.split()[:1] == [word] and 2 <= len(key.split()) <= 3 and self.kind_of(actor) == "person"
        }
        return found.pop() if len(found) == 1 else None

    def named_inside(self, word: str) -> str | None:
        """The one person this report named in full with the word inside the name (not first), if just one."""
        found = {actor for key, actor in self.by_name.items() if word in key.split()[1:-1] and self.kind_of(actor) == "person"}
        return found.pop() if len(found) == 1 else None

    def name_of(self, who: str | Head) -> str:
        """The name of a Head or of an actor, without resolving the Head (which would add an actor)."""
        return who.name if isinstance(who, Head) else self.registry[who].name

    def kind_of_who(self, who: str | Head) -> str:
        return who.kind if isinstance(who, Head) else self.kind_of(who)

    def identity(self, who: str | Head) -> str:
        """The surname a Head or an actor goes by, to match the two without resolving a Head (which would add an actor)."""
        name = self.name_of(who)
        return fold_chars(name.split()[-1]) if name.split() else ""

    def holds_portfolio(self, role_noun: str, salience: Salience) -> bool:
        """Whether someone the passage named holds the portfolio a role noun names ("finance" in "the finance minister"):
        true for role nouns naming none."""
        portfolio = PORTFOLIOS.intersection(role_noun.split())
        if not portfolio:
            return True
        candidates = [salience.person, salience.roles.get(role_noun.split()[-1])]
        return any(who is not None and portfolio <= self.roles_of(who) for who in candidates)

    def roles_of(self, who: str | Head) -> set[str]:
        return self.roles_by_identity.get(self.identity(who), set())

    def role_shared_nearby(self, word: str, holder: str | Head) -> bool:
        """Whether the paragraph before or this one names another person the report gave the role word (shared_roles)."""
        return other_holder_named((self.previous_paragraph_text, self.paragraph_text), word, self.name_of(holder), self.roles_of)

    def subject_before_epithet(self, subject: Subject) -> Head | None:
        """ "Kuleba and others believed …, the Ukrainian foreign minister later said": the sentence's own subject."""
        sentence = self.current_text[self.current_offset : self.current_offset + subject.start]
        found = self.sentence_subject(sentence) if sentence.strip() else None
        return found.heads[0] if found is not None and found.heads and found.heads[0].kind == "person" else None

    def speaker_of_the_moment(self, salience: Salience, words: list[str]) -> str | None:
        """ "“…,” the Ukrainian leader recalled" where no one was named with that nation: the passage's last speaker,
        when the report named them with that role ("President Zelensky") and with no other nation, or with no role at all
        and the epithet is a leader's."""
        if len(salience.speaker) != 1 or self.kind_of(salience.speaker[0]) != "person":
            return None
        nation, role = words[0], set(words[1:])
        held = self.roles_of(salience.speaker[0])
        nations = {word for word in held if word in DEMONYMS or word in STATES}
        if nations and nation not in nations and STATE_OF.get(nation) not in nations:
            return None
        if not held:
            return salience.speaker[0] if role & {"leader", "president"} else None  # no role known: only the commonest epithet
        fits = bool(HEAD_OF_STATE & held) if role == {"leader"} else role - {"top", "senior", "former"} <= held
        return salience.speaker[0] if fits else None

    @staticmethod
    def holds_a_role(who: str | Head, salience: Salience) -> bool:
        """Whether the report gave this person a title or a role of their own ("Mayor Ana Ruiz", "Tom Reed, the owner"),
        none of it a resident's ("Priya Valdane, a Corrow Lane renter,": the one "the Corrow Lane renter" means)."""
        words = {word for word, holder in salience.roles.items() if holder == who}
        if isinstance(who, Head) and who.role:
            words.update(fold_chars(who.role).lower().split())
        return bool(words) and not any(resident_noun(word) is not None for word in words)

    def note_role(self, role: str, who: str | Head) -> None:
        words = {word.rstrip("’'s") if word.endswith(("’s", "'s")) else word for word in title_parts(fold_chars(role))}
        if words:
            self.roles_named.append((words, who))
            self.roles_by_identity.setdefault(self.identity(who), set()).update(words)  # looked up, not rescanned, per role noun

    def words_before_name(self, surname: str) -> list[str]:
        """words_before over the report's text, at the places NamePlaces found for the surname."""
        return words_before(self.report.source_text, surname, self.name_places.of(surname))

    def titled_surname(self, head: Head) -> bool:
        """ "Mr Obama", "President Trump", "Baroness Ashdown": a title and a surname, not a full name a later surname could
        mean. A kin word's ("Mother Jones", "Father Brenner") only where the report never cites the name as a source or
        names it after an outlet's noun: a magazine or a figure is named so as often as a priest."""
        words = head.name.split()
        if len(words) < 2:
            return False
        if titles_only(words[:-1]) or words[:-1] in PEERS:
            return True
        return religious_titles_only(words[:-1]) and not (words[0] in KIN_TITLES and self.cited_as_a_source(head.name))

    def titled_as_the_other_sex(self, head: Head, surname: str) -> bool:
        """Whether a religious title that tells a sex ("Father", "Sister") stands before the surname of the one person
        the report names in full with it, whose listed given name is of the other sex ("Father Time" after "Ann Time")."""
        title_sex = RELIGIOUS_TITLE_SEX.get(fold_chars(head.name.split()[0]).rstrip("."))
        if title_sex is None:
            return False
        known = self.by_surname.get(surname)
        full = (self.name_of(known) if known is not None else self.seen_full[surname].name if surname in self.seen_full else "").split()
        return len(full) >= 2 and given_name_sex(full[0]) not in (None, title_sex)

    def cited_as_a_source(self, name: str) -> bool:
        """Whether the report writes the name after "according to" or an outlet's noun ("the magazine Mother Tarsa"), or
        before "reported", "reports" or "wrote in its", where an outlet stands."""
        text = self.report.source_text
        for at in occurrences(text, name):
            before = text[max(0, at - max(OUTLET_BEFORE_CHARS, BEFORE_REACH)) : at].lower()
            after = text[at + len(name) : at + len(name) + AFTER_REACH]
            if SOURCE_BEFORE.search(before) or OUTLET_BEFORE.search(before) or REPORTED_AFTER.match(after) or WROTE_IN_ITS.match(after):
                return True
        return False

    def full_name(self, head: Head) -> Head:
        """A speaker the text quotes by surname only ("which Florinskaya refers to as …") is named in full where the
        report gives exactly one full form of that surname ("Yulia Florinskaya, researcher at RANEPA, …")."""
        surname = head.surname or head.name.split()[-1]
        if surname not in self.full_forms:
            self.full_forms[surname] = self.full_form(surname)
        name = self.full_forms[surname]
        if name is not None and fold_chars(head.role).lower() in CONSORT_TITLES and name.split()[0] == head.role.split()[-1]:
            return head  # "said First Lady Quell": her title's last word before the surname, no given name ("Lady Quell")
        return Head(name, head.role, head.kind, surname) if name is not None else head

    def full_form(self, surname: str) -> str | None:
        """The one full name the report gives the surname (full_name's), None where it gives none or more than one."""
        written = self.words_before_name(surname)
        forms = {word: word for word in written if fold_chars(word) not in NOT_FIRST_NAMES}
        # "John F. Kennedy" beside "Robert Kennedy": a second first name, before an initial kept in the name
        initialled_forms = initialled_firsts(self.report.source_text, surname, self.name_places.of(surname))
        for first, initialled in initialled_forms:
            if fold_chars(first) not in NOT_FIRST_NAMES:
                forms[first] = initialled
        if not forms:  # "Cruz" after "Maria de la Cruz", "Berg" after "Pieter van der Berg": the particles' lower case
            particled = full_name_ending(self.report.source_text, surname, NOT_FIRST_NAMES)
            if particled is not None:
                return particled
        elif particled_full_names(self.report.source_text, surname, NOT_FIRST_NAMES):
            return None  # "Vega" beside "Luis Vega" and "Marta de la Vega": either of them
        if not forms:  # "Tsai" after "Tsai Ing-wen", "Moon" after "Moon Jae-in": a family name first, its given name hyphenated
            given = given_names_after(self.report.source_text, surname, family_first=fold_chars(surname) in FAMILY_FIRST_NAMES)
            return f"{surname} {given.pop()}" if len(given) == 1 else None
        forms = self.with_middle_names(forms, surname)
        if len(forms) == 2 and not initialled_forms:
            variant = self.one_given_name(forms, written)
            forms = {variant: variant} if variant else forms  # "Mr. Dochow" after "Darrel Dochow" and once "Darrell Dochow"
        if len(forms) >= 2:
            forms = self.the_one_titled(forms, written, surname)
        if len(forms) != 1 or next(iter(forms)).endswith(("'s", "’s")):  # "Ukraine's Zelenskyy": a possessor, no first name
            return None
        if self.korean_given_name(next(iter(forms)), surname):
            return None  # "Won" after "Park Tae Won": the given name's last syllable, no surname
        return f"{forms.popitem()[1]} {surname}"

    def the_one_titled(self, forms: dict[str, str], written: list[str], surname: str) -> dict[str, str]:
        """Of several people the report names in full with one surname, the one its title names in full, wherever in the
        title ("The Long Reign of Otto Fenn", "Otto Fenn: A Life"), and it names in full most often (beside one "Ella
        Fenn", his wife): a profile's subject, whom the surname alone means; the forms unchanged where the title names
        none of them or two."""
        title = self.report.title
        titled = [form for form in forms if f"{forms[form]} {surname}" in title]
        if len(titled) != 1:
            return forms
        counts = {form: written.count(form) for form in forms}
        first = titled[0]
        return {first: forms[first]} if all(counts[first] > counts[form] for form in forms if form != first) else forms

    @staticmethod
    def one_given_name(forms: dict[str, str], written: list[str]) -> str | None:
        """Of two given names before one surname, the one they both stand for, where one begins the other (three letters
        or more): the one the report writes three times as often as the other ("Darrel" 25 times, "Darrell" once; "Steve",
        "Steven"), else the long one of a short form and its long form given to the same sex ("Ray", "Raymond") or of a
        short form that is no listed name and a listed man's name ("Josh", "Joshua"). None where they are two names ("Ann", "Tom"; "Dan",
        "Daniela": women's names in -a are not listed)."""
        shorter, longer = sorted(forms, key=len)
        short, long = fold_chars(shorter), fold_chars(longer)
        if len(short) < 3 or not long.startswith(short) or len(long) == len(short):
            return None
        counts = {form: written.count(form) for form in forms}
        usual = max(forms, key=lambda form: counts[form])
        if counts[usual] >= 3 * min(counts.values()):
            return usual
        if short in GIVEN_NAMES and long in GIVEN_NAMES and (short in MENS_GIVEN_NAMES) == (long in MENS_GIVEN_NAMES):
            return longer
        if long in MENS_GIVEN_NAMES and short not in GIVEN_NAMES:
            # "Josh", "Chris" beside "Joshua", "Christopher": a man's short form the lists hold as no name of its own
            # ("Chris" beside "Christine" is a man and a woman of one family)
            return longer
        return None

    def with_middle_names(self, forms: dict[str, str], surname: str) -> dict[str, str]:
        """The forms of a surname's full name with a middle name joined to the given name before it: "a meteorologist
        named Edward Norton Okafor" gives "Norton" before "Okafor", and a listed given name the report writes before
        "Norton Okafor" (only that one) makes the form "Edward Norton", which an "Edward Okafor" elsewhere is too. Not
        where the words before the name are a title's or a body's ("Secretary of State Ana Lind", "Office of
        Management and Budget Russ Vought")."""
        merged: dict[str, str] = {}
        text = self.report.source_text
        for word, form in forms.items():
            firsts = {first for first in words_before(text, f"{form} {surname}") if fold_chars(first) not in NOT_FIRST_NAMES}
            first = firsts.pop() if len(firsts) == 1 and form == word else ""
            full = f"{first} {form} {surname}"
            if (
                fold_chars(first) in GIVEN_NAMES
                and full in text
                and not self.is_common_word(form)
                and fold_chars(form) not in TITLE_WORDS
                and not re.search(r"\b(?:of|the|and|for|to|at|in|on)\s+" + re.escape(full), text)
            ):
                merged[first] = f"{first} {form}"  # over the given name's own form ("Edward" from "Edward Okafor")
            else:
                merged.setdefault(word, form)
        return merged

    def korean_given_name(self, first: str, last: str) -> bool:
        """Whether "first last" ("Tae Won") stands in the report after a Korean family name ("Park Tae Won")."""
        if len(first) > 5 or len(last) > 5:
            return False
        text = self.report.source_text
        # the first "Family first last" in the text: "first last" found as a literal (a pattern opening on "\b" and a class is
        # tried at every character of the report), then the capitalised word right before it
        for given in re.finditer(re.escape(first) + r"\s+" + re.escape(last) + r"\b", text):
            if not text[given.start() - 1 : given.start()].isspace():
                continue
            family = CAPITALISED_WORD_BEFORE.search(text, max(0, given.start() - 40), given.start())
            if family is not None:
                return fold_chars(family.group(1)) in KOREAN_FAMILY_NAMES
        return False

    def surname_left_open(self, head: Head, heads: list[Head], after: str) -> bool:
        """Whether a bare surname may mean another than the person named in full in a subject of two or more: the
        subject's other head bears it too ("Paul Gille and Lena Gille", "Tom and Lena Gille", a couple), two speakers bear
        it, or the rest of the paragraph names another in full with it ("Ada Gille runs the port")."""
        surname = fold_chars(head.surname)
        for other in heads:
            if other is head:
                continue
            words = other.name.split()
            if fold_chars(other.surname or words[-1]) == surname or (len(words) == 1 and fold_chars(words[0]) in GIVEN_NAMES):
                return True
        if surname in self.shared_surnames:
            return True
        if head.surname not in after:
            return False  # the pattern below, made from the surname, is compiled only where it may find something
        given = head.name.split()[0]
        return any(word != given for word in re.findall(r"\b([A-Z][\w’'-]+)\s+" + re.escape(head.surname) + r"\b", after))

    def note_full_name(self, head: Head) -> None:
        """A sentence's subject named in full: a later bare surname is theirs, also where the report named another
        person with that surname before ("Shehbaz Sharif … Lt. Gen. Ahmed Sharif said … Sharif also accused")."""
        surname = fold_chars(head.surname)
        earlier = self.seen_full.get(surname)
        self.seen_full[surname] = head
        self.note_transliterable(head.name.split()[-1])
        if earlier is None or earlier.key == head.key:
            return
        self.retaken_surnames.add(surname)
        self.by_surname.pop(surname, None)
        for key in [key for key in self.by_name if key.split()[-1] == surname and titles_only(key.split()[:-1])]:
            del self.by_name[key]  # "Sharif", "Mr. Sharif": read again as the person named last

    def _remember(self, head: Head, actor_id: str) -> str:
        self.by_name[head.key] = actor_id
        if head.kind == "person":
            self.note_role(head.role, actor_id)
            for word in fold_chars(head.role).split():  # "President Joe Biden": a later "the president" is him
                self.role_holders[word] = actor_id
            surname = fold_chars(head.surname or head.name.split()[-1])
            if self.by_surname.get(surname, actor_id) != actor_id and len(head.name.split()) > 1:
                self.shared_surnames.add(surname)  # "Zhao Huasen … Zhao Lijun": a bare "Zhao" is neither for sure
                del self.by_surname[surname]
            if surname not in self.shared_surnames:
                self.note_transliterable(self.name_of(self.by_surname.setdefault(surname, actor_id)).split()[-1])
        return actor_id

    def names_a_person_with_surname(self, word: str) -> bool:
        """Whether the report names anywhere a person whose full name ends with the word ("Tom Hale" for "Hale")."""
        text = self.report.source_text
        for named in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]+\s+" + re.escape(word) + r"(?![\w’'-])", text):
            full = head_of(named.group(0), text[max(0, named.start() - 80) : named.start()])
            if full is not None and full.kind == "person" and full.name.endswith(" " + word):
                return True
        return False

    def surname_bearer(self, head: Head, known: str) -> Head | None:
        """ "says Lyle Morris, an expert … “…,” Morris says" after "Morris Chang" spoke: the one whose surname the word is,
        named in full just before, not the one whose first name it is."""
        name = self.name_of(known)
        if fold_chars(name.split()[0]) != head.key or " " not in name or head.key in FAMILY_FIRST_NAMES:
            return None  # "Tan" after "Tan Wei Ming" spoke: a family name written first is the surname
        window = self.current_text[max(0, self.current_offset - SURNAME_BEARER_REACH) : self.current_offset]
        if head.name not in window:
            return None
        for named in reversed(list(re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]+\s+" + re.escape(head.name) + r"(?![\w’'-])", window))):
            full = head_of(named.group(0), window[: named.start()])
            if full is not None and full.kind == "person" and full.name.endswith(" " + head.name) and fold_chars(full.name) != fold_chars(name):
                return full
        return None

    def national_role_holder(self, words: list[str]) -> str | Head | None:
        """ "the Ukrainian leader", "the Russian foreign minister": the last person named with that nation and role."""
        nation, role = words[0], set(words[1:])
        wanted = HEAD_OF_STATE if role == {"leader"} else role - {"top", "senior", "former"}
        for role_words, who in reversed(self.roles_named):
            if (nation in role_words or (STATE_OF.get(nation) or "-") in role_words) and (
                wanted <= role_words if role != {"leader"} else wanted & role_words
            ):
                return who
        return self.named_with_role(nation, wanted, role == {"leader"})

    def find_paragraph_in_source(self) -> int:
        """Where the paragraph being read starts in the report's source, or -1; read_up_to moves there. Paragraphs come in
        order: each search starts where the last one was found, and every scan is bounded."""
        text = self.report.source_text
        found_at = text.find(self.paragraph_text[:60], self.read_up_to, self.read_up_to + 4 * NAMED_WINDOW) if self.paragraph_text else -1
        self.read_up_to = found_at if found_at >= 0 else self.read_up_to
        return found_at

    def named_with_role(self, nation: str, wanted: set[str], any_of: bool) -> Head | None:
        """The last "Russian Foreign Minister Pavel Dorn" before this paragraph, named anywhere in a sentence."""
        text = self.report.source_text
        found_at = self.find_paragraph_in_source()
        end = found_at if found_at >= 0 else min(len(text), self.read_up_to + NAMED_WINDOW)
        begin = max(0, end - NAMED_WINDOW)
        window = text[begin:end]
        lowered = self.lowered_source()
        found: Head | None = None
        state = STATE_OF.get(nation, "")
        starts = nation_named_at(nation, window, lowered[begin:end] if lowered is not None else None)
        if state and state in (lowered[begin:end] if lowered is not None else window.lower()):  # "Qatar’s Emir …" for "the Qatari emir"
            starts = sorted(starts + state_possessive_at(state, window, lowered[begin:end] if lowered is not None else None))
        for start in starts:
            chunk = CHUNK.match(window, start)
            head = head_of(POSSESSIVE.sub("", chunk.group(0))) if chunk else None  # "watch Qatar’s Emir … Al-Thani’s address"
            if head is None or head.kind != "person" or not head.role:
                continue
            words = set(fold_chars(head.role).split())
            if (wanted & words) if any_of else wanted <= words:
                found = head
        return found

    def lowered_source(self) -> str | None:
        """The report's text in lower case, where it holds no character that str.lower and re.I read apart (so each
        character stays one, and a slice of it is the slice lowered); None otherwise."""
        if self.lowered is None:
            text = self.report.source_text
            self.lowered = "" if any(char in text for char in SPECIAL_CASE_CHARACTERS) else text.lower()
        return self.lowered if self.lowered or not self.report.source_text else None

    def role_holder(self, head: Head, salience: Salience, on: dt.date | None) -> str | None:
        """A role named without a name: whoever the registry says held it on the date, else the last holder of that role here."""
        titled = fold_chars(head.name).replace(".", "").split()
        if titled and titled[-1] in SURNAMES_LIKE_TITLES and (len(titled) == 1 or (len(titled) == 2 and titled[0] in HONORIFICS)):
            surname = head.name.split()[-1]  # "Dana King, a co-host … “…,” King said": the one named in full so, not a king
            named = self.full_name(Head(surname, "", "person", surname))
            if " " in named.name:
                return self.actor_for(named, on)
        mentions = self.registry.mentions(head.name, on)
        if mentions and mentions[-1].end >= len(fold_chars(head.name)) - 2:
            return mentions[-1].actor_id
        role_words = title_parts(fold_chars(head.name.rstrip(".")))  # "said the MP." at a sentence's end
        if role_words[-1] in US_PARTY_WORDS and len(role_words) > 1 and salience.person is not None:
            return self.actor_of(salience.person, on)  # "the Chicago Democrat said": the member the passage is about
        if not self.holds_portfolio(" ".join(role_words), salience):
            return self.sole_titled(" ".join(role_words), salience, on)  # "the Defence Minister saying": not the Prime Minister last named
        for word in reversed(role_words):
            if word in salience.roles:
                if self.named_for_another_nation(role_words, salience.roles[word]):
                    return None  # "French President Macron spoke. … the US President said": not Macron
                return self.actor_of(salience.roles[word], on)
        owner = role_words[0][:-2] if len(role_words) == 2 and role_words[0].endswith(("’s", "'s")) else ""
        for words, who in reversed(self.roles_named) if owner else ():
            if role_words[-1] in words and owner in {OWNER_MARKS.sub("", word) for word in words}:  # "TSMC’s CEO stated"
                return self.actor_of(who, on)
        return self.sole_titled(" ".join(role_words), salience, on) if not owner else None

    def sole_titled(self, role: str, salience: Salience, on: dt.date | None) -> str | None:
        """The one person the report names in full with a title holding every word of the role, wherever it names them,
        where that person is the one the passage is about or spoke last ("the Deputy High Commissioner added" after "…
        launched by the Deputy High Commissioner of Norway, Mr Lars Eide" and "“…,” Mr Eide added"); not a holder named
        further on, nor one another speaker came after."""
        held = sole_holder_of(self.report.source_text, role)
        if held is None:
            return None
        head = Head(held, "", "person", held.split()[-1])
        salient = [who for who in (salience.person, *salience.speaker[-1:]) if who is not None]
        return self.actor_for(head, on) if any(self.identity(who) == self.identity(head) for who in salient) else None

    def named_for_another_nation(self, role_words: list[str], who: str | Head) -> bool:
        """Whether a role named with a nation ("the US President", "the French President") would go to one the report
        named with another nation's title ("French President Emmanuel Macron")."""
        wanted = nation_of(role_words[0])
        held = {nation_of(word) for word in self.roles_of(who)} - {""}
        return bool(wanted and held and wanted not in held)

    @staticmethod
    def someone_unnamed_acting(text: str, begin: int) -> re.Match[str] | None:
        """ "A shopkeeper in Hale was angrier.": a sentence opening on someone unnamed, whom a later "he" means, unless
        it names the one it acts on ("A reporter asked him …": the "he" is still the one asked)."""
        if text[begin : begin + 1] not in "AO":
            return None
        someone = SOMEONE_UNNAMED_OPENING.match(text, begin)
        if someone is None:
            return None
        return None if acts_on_someone_named_by_pronoun(text, someone.end()) else someone

    def unnamed_post_holder(self, text: str, begin: int, salience: Salience | None = None) -> re.Match[str] | None:
        """The opening of the sentence at `begin` where it is an unnamed holder of a post acting ("the city's harbour
        safety director found"), unless the report named someone with the post's word ("Director Tom Hale")."""
        opening = unnamed_role_opening(text, begin)
        if opening is None:
            return None
        if acts_on_someone_named_by_pronoun(text, opening.end()):
            return None  # "A former reporter asked him …": the "he" after is still the one asked
        post = opening.group("noun")
        if opening.group("bare") and party_named(self.report.source_text, post):
            return None  # "The plaintiff, Tom Hale, sued …. In his filing, the plaintiff blamed": the one named
        return None if post in self.role_holders or (salience is not None and post in salience.roles) else opening

    def listener_of(self, subject: Subject) -> str | None:
        """The surname of the one a pronoun subject's cue says it told ("“…,” he told Venn"), else None."""
        at = self.current_offset + subject.start
        return listener_told(self.current_text[at : at + 80]) if self.current_text else None

    def party_told(self, subject: Subject, listener: str) -> Head | None:
        """The other party of a "he told <listener>": the last person named before, not the listener, whom the pronoun fits."""
        end = self.current_offset + subject.start
        above = (without_note_markers(p) for p in self.recent[-3:])  # with their quotations blanked: nobody named in them
        text = " \n".join([*(mask(p, quote_spans(p)) for p in above), self.current_text[:end]])[-1500:]
        if subject.pronoun == "she":
            return other_party(text, listener, lambda head: not looks_male(head) and not self.named_male(head))
        return other_party(text, listener, lambda head: not self.named_or_called_female(head))

    def nearest_person(self, subject: Subject) -> Head | None:
        """The person a 'he' or 'she' refers to, in the paragraph before it: the last person who spoke ('Agvaz told
        Reuters that Smart Impex … “…,” he said'), else the nearest person named who is not a verb's or a
        preposition's object ('For Gabuev, … “…” he tells'; not 'to export Analog Devices …, he said')."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 1500) : end]
        sentence_start = 0  # where the pronoun's own sentence opens
        for opening in SENTENCE_OPENING.finditer(text):  # "Castro’s pilot stated …. He declared": nobody named before is "he"
            sentence_start = opening.end()
            unnamed = (
                UNNAMED_OPENING.match(text, opening.end())
                or self.someone_unnamed_acting(text, opening.end())
                or POSSESSED_PERSON_OPENING.match(text, opening.end())
                or self.unnamed_post_holder(text, opening.end())
                or (VIEW_OWNER_OPENING.match(text, opening.end()) if text[opening.end() : opening.end() + 1] in "ITF" else None)
            )
            told = unnamed_teller(text, opening.end()) if text[opening.end() : opening.end() + 1] in "AOI" else None
            if unnamed:
                text = " " * unnamed.end() + text[unnamed.end() :]  # blanked, not cut: positions stay
            if told is not None and may_be_the_teller(told[1], subject.pronoun):
                # "A former anchor told me she was asked to twirl for him. “…,” she said": the teller's, not one named
                # before nor the one the account is about
                told_end = sentence_end(text, told[0])
                if told_end < len(text.rstrip()):  # not the pronoun's own sentence
                    text = " " * told_end + text[told_end:]
        if text.endswith(", ") and FRONTED_NAMES.fullmatch(text, sentence_start):
            text = text[:sentence_start] + " " * (len(text) - sentence_start)  # blanked, not cut: positions stay
        headline = FULL_STOP_AT_END.search(self.current_text.rstrip(" *_\n")) is None  # a headline ends on no full stop
        reacted = REACTION_TO_ONE.search(text, max(sentence_start, len(text) - 200)) if headline else None
        if reacted is not None:  # "Dockers hit back at Tom Reed after he says …": the one reacted to, never the group
            one = head_of(reacted.group("one"), text[: reacted.start("one")])
            return one if one is not None and one.kind == "person" and not self.sex_rules_out(subject.pronoun, one, by_ending=False) else None
        reported = reported_clause_before(text, sentence_start)
        if reported is not None:
            text = text[: reported[0]] + " " * (reported[1] - reported[0]) + text[reported[1] :]  # blanked, not cut
        persons = []
        cited = [m.span() for m in CITATION_IN_PARENTHESES.finditer(text)] if "(" in text else []
        labels = single_quoted_labels(text)
        for chunk in chunks(text):
            if any(start < chunk.begin < end for start, end in cited):
                continue  # "(Challenger, Gray, and Christmas 2026)": the authors of a source cited, nobody in the story
            if labels and inside_a_label(labels, chunk.begin):
                continue  # "dismisses the ‘Jobs v. Wild Country’ as …, he told": a label's words, nobody in the story
            if cited_in_a_pronoun_sentence(text, chunk.begin):
                continue  # "he kept a gun, according to the Harbour Post — and he demanded": the source of a fact about "he"
            head = head_of(chunk.text, text[: chunk.begin])
            if head is not None and head.kind == "organization" and "-" in head.name and self.person_with_hyphened_surname(head):
                head = Head(head.name, head.role, "person", head.name)  # "Al-Riyami seemed confident", named in full before
            if (
                head is not None
                and head.kind == "person"
                and not self.place_in_its_country(text, chunk)
                and not named_place(text, chunk)
                and not named_as_a_thing(text, chunk.begin)
                and not firm_named_before_its_noun(text, chunk.begin, chunk.finish)  # "at the B.C. Harlow brokerage"
                and not product_named_before_its_noun(text, chunk.begin, chunk.finish)  # "a Brisca Trail mower"
                and not self.named_as_a_company(head)
            ):
                persons.append((chunk, head))
        listener = self.listener_of(subject)
        if listener is not None or ", " in text:  # not the one "he told" ("“…,” he told Venn"), nor "his own company, Harbourline"
            persons = [(chunk, head) for chunk, head in persons if self.identity(head) != listener and not apposed_to_a_company(text[: chunk.begin])]
        relative = ", who " in text  # a gate for SPEAKS_IN_RELATIVE
        conversing = writes_in_first_person(text) and (" with " in text or " to " in text)  # and for CONVERSED_WITH_BEFORE
        subjects = [
            (chunk, head)
            for chunk, head in persons
            if (
                self.in_subject_position(text, chunk.begin)
                or (" " in head.name and PASSIVE_AGENT_BEFORE.search(text, max(0, chunk.begin - 30), chunk.begin))
                or (relative and " " in head.name and SPEAKS_IN_RELATIVE.match(text, chunk.finish) is not None)
                or (conversing and CONVERSED_WITH_BEFORE.search(text, max(0, chunk.begin - 40), chunk.begin) is not None)
                or self.role_holder_acting(text, chunk, head)
            )
            and not self.is_common_word_person(head, once=True)  # "War was inevitable. … He told them"
            and not self.town_named_alone(head)  # "Brescello was strange to him. “…,” he said"
            and not self.thing_after_the(text, chunk, head)
            and not (" " not in head.name and PLURAL_PAIR_BEFORE.search(text, max(0, chunk.begin - 40), chunk.begin))
        ]
        # a woman by her name, also by her surname or given name alone where the report tells ("But for now Vasko is stuck
        # — “…,” she said —" after "Corinna Vasko"; "Corinna, a 31-year-old mother"): not the man who spoke before
        women = (
            [
                looks_female(head)
                or (
                    self.named_or_called_female(head)
                    if " " not in head.name
                    else self.sex_by_kin(head) == "female" or self.identity(head) in self.called_she
                )
                for _chunk, head in subjects
            ]
            if subject.pronoun == "she"
            else []
        )
        if any(women):
            # "she" is not "Vladimir Putin"; but one named in full after the last woman whose name tells nothing ("Sage Carson
            # said … “…,” she continued") may be she, unless the one she speaks of ("Oskar Lind, she said, “would …”")
            last_woman = max(at for at, woman in enumerate(women) if woman)
            # "… when Tom Reed recommended her. … Voss Rao promoted Kell": not one named before the woman is named again
            named_women = {head.name.split()[-1] for at, (_chunk, head) in enumerate(subjects) if women[at]}
            subjects = [
                (chunk, head)
                for at, (chunk, head) in enumerate(subjects)
                if women[at]
                or (
                    at > last_woman
                    and " " in head.name
                    and not looks_male(head)
                    and text[chunk.finish :].strip() != ","
                    and not any(whole_word_in(text[chunk.finish :], woman) for woman in named_women)
                )
            ]
        elif subject.pronoun == "he" and any(self.told_a_woman(head) for _chunk, head in subjects):
            # "Wu Ping was there with his wife, Lin Hua. Lin said the police came twice. “…,” he said": not the woman the
            # text told is one (a relative's noun, "Ms"), whatever her name
            subjects = [(chunk, head) for chunk, head in subjects if not self.told_a_woman(head)]
        if subject.pronoun == "she" and not any(women) and any(looks_male(head) or self.named_male(head) for _chunk, head in subjects):
            # no woman named by her name: "she" is none of the men named ("Naz Shah brings up the Rev. Martin Luther King
            # Jr. who, she says, “…”" is Shah, whose given name tells nothing), nor one named in full as a man before and
            # now by his surname ("Brandt offered her a route. “…,” she said" after "Karl Brandt")
            subjects = [
                (chunk, head)
                for chunk, head in subjects
                if not (looks_male(head) or (self.named_male(head) and not self.named_or_called_female(head)))
            ]
        elif subject.pronoun == "he":
            subjects = without_women(subjects)  # "Tomas Reyne at HPF said Ruth Amsel was likely …. He said": not her
            # "Lina Voss brought her phone to Brandt's office …. “…,” he said": nor one a woman's name the report gives in full
            subjects = [(chunk, head) for chunk, head in subjects if " " in head.name or not self.named_female(head, by_ending=False)]
        gate = subject.pronoun == "he" and (text.find("she", sentence_start) >= 0 or text.find("She", sentence_start) >= 0)
        she = SHE_WORD.search(text, sentence_start) if gate else None
        if she is not None:
            # "Field told me that she’d spoken at an event attended by … Olafur Grimsson, and he’d remarked": "he" in the
            # sentence that calls someone "she" is the last man it names in full after her, also as an object
            men = [h for c, h in persons if c.begin > she.end() and " " in h.name and not self.named_or_called_female(h)]
            if men:
                return men[-1]
        passive = text.find(" by ", sentence_start) >= 0 and (text.find(" was ", sentence_start) >= 0 or text.find(" were ", sentence_start) >= 0)
        asked = self.asked_in_own_sentence(text, subjects, sentence_start, subject.pronoun) if passive else None
        if asked is not None:
            return asked
        own = self.own_sentence_subject(text, subjects, sentence_start) or self.own_clause_subject(text, subjects, sentence_start)
        if own is not None and not self.sex_rules_out(subject.pronoun, own, by_ending=False):
            return own  # "Young didn't address the cost, but did criticize what he called “…”": not the last speaker before
        described = self.described_opener_after(text, persons, subjects[-1][0]) if subjects else None
        if described is not None and not self.sex_rules_out(subject.pronoun, described, by_ending=False):
            return described  # "“…,” Kent said. Site engineer Paul Orr also complained. “…,” he wrote": Orr, after her
        if subjects and persons[-1][0] is subjects[-1][0] and self.role_holder_acting(text, *subjects[-1]):
            return subjects[-1][1]  # "The current chair, Ida Holm, also failed to …. In 2022 she said": not one who spoke before
        for chunk, head in reversed(subjects):
            if after_quote_and_cue(text, chunk.begin):
                # "“No,” responded Hasken, but he added …": the one who answered just before spoke last, read as the
                # inverted cue reads him ("said Texas-based Republican consultant Matt Mackowiak", not "Texas-based Republican")
                inverted = head_after(text, chunk.begin)
                return inverted if inverted is not None and inverted.kind == "person" else head
            speaks = SPEAKS_AFTER.match(text, chunk.finish) or (relative and SPEAKS_IN_RELATIVE.match(text, chunk.finish))
            if speaks and not in_opening_clause(text, chunk):  # "Zelensky called it “not fair” …"
                opener = self.sentence_opener_after(text, subjects, chunk, sentence_start) or self.described_opener_after(text, persons, chunk)
                if opener is not None and not self.sex_rules_out(subject.pronoun, opener, by_ending=False):
                    return opener  # "“…,” Reyes concluded. And Varga disclaimed any responsibility. “…,” he said": Varga
                return self.main_clause_subject(text, [(each, who) for each, who in subjects if each.begin <= chunk.begin], subject.pronoun)
        # someone who acts ("Kennedy saw"), else someone named in full ("For Alexander Gabuev, …"): not "Heretofore he"
        acting = [
            (chunk, head)
            for chunk, head in subjects
            if verb_follows(text[chunk.finish :])
            or " " in head.name
            or self.apposed_relative(text, chunk)
            or self.interjected_person(text, chunk, head)
        ]
        if acting:
            return self.main_clause_subject(text, acting, subject.pronoun)
        owners = [head_of(m.group(1)) for m in POSSESSOR.finditer(text)]  # "the promise of Putin's own words. … he had published"
        people = [head for head in owners if head is not None and head.kind == "person"]
        if people and subject.pronoun == "she":
            # "The survivor who watched gunmen kill her father said … part of Dawud's army. …, she said,": not a man
            people = [head for head in people if not self.named_male(head)]
        return people[-1] if people else None

    @staticmethod
    def thing_after_the(text: str, chunk: Chunk, head: Head) -> bool:
        """Whether "the" stands right before the name: "the race to the Moon", and in lower case before a name of two
        words or more that does nothing ("refused to sell the Harbour Post and the railways", "the spread of the Vale
        Marsh fever"), a thing's or a body's, never the person a later "he" or "she" means; not one who acts ("the
        Harbour Abbot announced"), nor one a title or a listed given name marks a person ("met the Rev. Tom Hale",
        "the Tide Lama"), nor one after "The" opening a sentence."""
        the = THE_BEFORE.search(text, max(0, chunk.begin - 5), chunk.begin)
        if the is None:
            return False
        if " " not in head.name:
            return True
        return (
            the.group(0).startswith("the")
            and not verb_follows(text[chunk.finish :])
            and not named_as_a_person(text[chunk.begin : chunk.finish], head)
        )

    def named_as_a_company(self, head: Head) -> bool:
        """Whether the one-word name is one the report describes as a company ("Brightwave, a broadband company,") or
        speaks of as one ("a Brightwave spokesperson"): no "he" or "she"."""
        if " " in head.name:
            return False
        return any(name == head.name for name, _ in companies_described(self.report.source_text)) or self.described_as_a_company(head.name)

    def interjected_person(self, text: str, chunk: Chunk, head: Head) -> bool:
        """Whether the name a cue set off in commas gives (", says Dorrance,", ", according to Dorrance,") is evidently a
        person's: a listed given name, the surname of one the report names in full, or a title before it; never a name the
        report speaks of as a company ("according to Statwise," is as often a firm or a survey as a person)."""
        if not interjected_cue_names(text, chunk):
            return False
        if self.named_as_a_company(head):
            return False
        return bool(head.role) or " " in head.name or listed_given_name(head.name) or self.surname_of_someone_named(head.name)

    @staticmethod
    def apposed_to_subject(text: str, begin: int) -> bool:
        """ "The head of the security forces for the northern region, Samir Aoun, told me": a name set off by a comma
        after a role phrase opening its sentence, not a verb's object ("met her counterpart, Anna Berg, who said")."""
        if not text[max(0, begin - 2) : begin].startswith(","):
            return False
        opening = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin)) + 1
        role = text[opening:begin].strip()
        if not role.startswith("The ") or role.count(",") != 1 or any(mark in role for mark in ';:“”"'):
            return False
        # a noun phrase, no verb in it ("The head of the forces for the region,"; not "The minister met her counterpart,")
        return not any(word.endswith("ed") or word in VERBS_OF_MEETING for word in role.lower().split())

    def role_holder_acting(self, text: str, chunk: Chunk, head: Head) -> bool:
        """ "The current chair, Ida Holm, also failed to …": a name in full set off after the role that opens its
        sentence, and doing its verb, is that sentence's subject, whom a later "he" or "she" means."""
        return " " in head.name and self.apposed_to_subject(text, chunk.begin) and acts_after_apposition(text, chunk.finish)

    def woman_named_just_above(self) -> Head | None:
        """The last woman named in full in the paragraph just above, for a "she" whose own paragraph names nobody and
        whose salient person is not a woman ("…, said his stepdaughter, Lena Ortiz, 18. / “…,” she said"); by her surname
        too where a relative's noun before her full name told ("his wife, Zhou Lanting" … "Zhou at times …")."""
        if not self.recent:
            return None
        women = self.women_named_in(without_note_markers(self.recent[-1]))
        return women[-1] if women else None

    def said_in_the_paragraph_just_above(self, who: str | Head, earlier: str | Head | None) -> bool:
        """Whether the paragraph just above names the person in full as the subject of a verb of saying ("Curator Kelly
        Jones, from Woodstock, said the fair had grown."): the one a bare "she" next means, rather than the earlier woman,
        where the given name tells no sex ("Kelly", "Lerato"). Not where anything tells a man: a man's word in that
        paragraph ("who runs the stall with his wife", "a father of three", "Others praised him") or in one above that
        names the person; nor where that paragraph speaks of the earlier woman ("Kelly Jones said Dawes had sold more")."""
        name = self.name_of(who)
        words = name.split()
        if not self.recent or not 1 < len(words) < 4 or self.sex_by_kin(who) == "male":  # "Her husband, Kelly Jones, said"
            return False
        if ROLE_WORD_OPENING.match(name) or any(word.lower() in MENS_GIVEN_NAMES for word in words[1:]):
            return False  # "Vendor Nguyen Van Thanh", "Grower Sipho Zulu": a trade word taken into the name, the given name after it
        text = without_note_markers(self.recent[-1])
        if earlier is not None and re.search(r"\b" + re.escape(self.name_of(earlier).split()[-1]) + r"\b", text):
            return False
        surname = re.compile(r"\b" + re.escape(words[-1]) + r"\b")
        if any(MAN_TOLD.search(above) for above in self.read_above if surname.search(above)):
            return False
        for cue in CUE.finditer(text):
            subject = subject_before(text, cue.start(), opening_before(text, cue.start()))
            if subject is not None and any(head.name == name for head in subject.heads):
                return True
        return False

    def women_named_in(self, text: str) -> list[Head]:
        """The women the text names in full, or by a surname a relative's noun told the sex of."""
        return [
            head
            for chunk in chunks(text)
            if (head := head_of(chunk.text, text[: chunk.begin])) is not None
            and head.kind == "person"
            and ((" " in head.name and looks_female(head)) or self.sex_by_kin(head) == "female")
        ]

    @staticmethod
    def apposed_relative(text: str, chunk: Chunk) -> bool:
        """A relative named by a given name between commas, then a verb ("His journalist father, Peter, wrote …"): the one
        who acts in the sentence."""
        if text[chunk.finish : chunk.finish + 1] != "," or " " in chunk.text:
            return False
        return KIN_APPOSED_BEFORE.search(text, max(0, chunk.begin - 60), chunk.begin) is not None and verb_follows(text[chunk.finish + 1 :])

    def named_in_full_before(self, text: str, head: Head, before: int) -> bool:
        """Whether a bare surname is one the report gave a person in full earlier ("Sen. Ted Cruz … Cruz also sees")."""
        return fold_chars(head.name) in self.by_surname or re.search(r"[A-Z][\w.’'-]*\s+" + re.escape(head.name) + r"\b", text[:before]) is not None

    def sentence_opener_after(self, text: str, subjects: list[tuple[Chunk, Head]], speaker: Chunk, sentence_start: int) -> Head | None:
        """The person named in full, or by title and surname, who opens a sentence of their own and acts in it, after the
        sentence of the last one who spoke and before the pronoun's: the one a writer's "he" then means."""
        spoken_end = sentence_end(text, speaker.finish)
        for chunk, head in reversed(subjects):
            if chunk.begin < spoken_end or chunk.begin >= sentence_start:
                continue
            named = " " in head.name or head.role or self.named_in_full_before(text, head, chunk.begin)  # "Cruz also sees …"
            if named and OPENER_LEAD.fullmatch(text, opening_before(text, chunk.begin), chunk.begin) and verb_follows(text[chunk.finish :]):
                return head
        return None

    @staticmethod
    def described_opener_after(text: str, persons: list[tuple[Chunk, Head]], speaker: Chunk) -> Head | None:
        """The person named in full after a lower-case role that opens a sentence of their own ("Site engineer Paul Orr
        also complained."), who acts in it, after the sentence of the last one who spoke and before the pronoun."""
        spoken_end = sentence_end(text, speaker.finish)
        for chunk, head in reversed(persons):
            if chunk.begin < spoken_end:
                break  # the persons are in order: the rest are in the speaker's sentence or before it
            if " " not in head.name or text[chunk.finish : chunk.finish + 1] != " ":
                continue  # "Site manager Paul Orr, he added, ignored …": an aside, the sentence relayed by another
            if ROLE_OPENER_LEAD.fullmatch(text, opening_before(text, chunk.begin), chunk.begin) and verb_follows(text[chunk.finish :]):
                own = text[chunk.finish : sentence_end(text, chunk.finish)]
                return None if PRONOUN_CUE_IN_SENTENCE.search(own) else head
        return None

    def asked_in_own_sentence(self, text: str, subjects: list[tuple[Chunk, Head]], sentence_start: int, pronoun: str) -> Head | None:
        """The person asked in the pronoun's own sentence, where the asker is named after as the passive's agent ("When
        Inspector Kalder was asked … by radio host Paul Grady, he replied"): not the asker, unless the pronoun's gender
        says otherwise."""
        for chunk, head in subjects:
            if chunk.begin < sentence_start or ASKED_AFTER_NAME.match(text, chunk.finish) is None:
                continue
            # not by the ending: "Nikola Varga … When Varga was asked …, he replied" (a bare surname never guessed before)
            return None if self.sex_rules_out(pronoun, head, by_ending=False) else head
        return None

    @staticmethod
    def own_sentence_subject(text: str, subjects: list[tuple[Chunk, Head]], sentence_start: int) -> Head | None:
        """The person named in full who opens the pronoun's own sentence and acts, where no one else is named after."""
        own = [(chunk, head) for chunk, head in subjects if chunk.begin >= sentence_start]
        if len(own) != 1 or own[0][0].begin != sentence_start or " " not in own[0][1].name:
            return None
        chunk, head = own[0]
        return head if verb_follows(text[chunk.finish :]) else None

    def own_clause_subject(self, text: str, subjects: list[tuple[Chunk, Head]], sentence_start: int) -> Head | None:
        """The person who opens the pronoun's own clause and acts in it, named in full now or before ("Roe accused the
        council of delay, while Smith defended what he called “…”", "…. Smith defended what he called “…”"): the pronoun
        is that clause's subject's, not the one who spoke in the clause before it."""
        chunk, head = subjects[-1] if subjects else (None, None)
        if chunk is None or head is None or chunk.begin < sentence_start or PRONOUN_LEAVES_THE_CLAUSE.search(text, chunk.finish):
            return None
        opens = chunk.begin == sentence_start or CLAUSE_JOINED_BEFORE.search(text, max(sentence_start, chunk.begin - 16), chunk.begin) is not None
        if not opens or not verb_follows(text[chunk.finish :]):
            return None
        named = " " in head.name or bool(head.role) or self.named_in_full_before(text, head, chunk.begin) or self.surname_of_someone_named(head.name)
        return head if named else None

    @staticmethod
    def place_in_its_country(text: str, chunk: Chunk) -> bool:
        """ "the plant in Zarechny, Russia, was breached": one word after a preposition, then a comma and a state, is a
        town, not a person ("met Lind, Narvia's envoy" has no state right after the comma)."""
        if " " in chunk.text or not LAST_WORD_IS_PREPOSITION.search(text, max(0, chunk.begin - 12), chunk.begin):
            return False
        state = STATE_AFTER_COMMA.match(text, chunk.finish)
        return state is not None and (fold_chars(state.group(1)).lower() in STATES or fold_chars(state.group(2)).lower() in STATES)

    def is_common_word_person(self, head: Head, once: bool = False) -> bool:
        return head.kind == "person" and " " not in head.name and (self.is_common_word(head.name) or self.word_without_name_evidence(head, once))

    def word_without_name_evidence(self, head: Head, once: bool) -> bool:
        """A lone capitalised word that nothing shows to be a name ("Loyalty was certainly a factor", "Organizations
        explain that"): no title, not a given name, nobody the registry or the report named so in full, and either a
        plural whose singular the report writes in lower case or (with `once`) a word the report writes only this once, opening
        a sentence (not "One hunger striker, Omid, …")."""
        name = head.name
        if head.role or len(name) < 4 or not (name[0].isupper() and name[1:].islower() and name.isalpha()):
            return False
        plural = people_plural(name) or (name.endswith("s") and not name.endswith("ss") and self.plural_word(name))
        if not plural and not (once and self.single_word(name)):
            return False
        word = fold_chars(name)  # the evidence of a name, looked at last: most words fail the tests above
        if word in self.by_surname or word in self.seen_full or word in self.by_name or word in GIVEN_NAMES:
            return False
        return not self.registry.known(name)

    def town_named_alone(self, head: Head) -> bool:
        """A lone word read as a person that the report writes after "in" (towns.py: "in Brescello"), with no title, no
        given name the lists hold, and no one the registry or the report names so in full."""
        name = head.name
        if head.kind != "person" or head.role or " " in name or not name.isalpha():
            return False
        if not written_as_a_town(self.report.source_text, name, self.name_places.of(name)):
            return False
        word = fold_chars(name)
        return not (word in self.by_surname or word in self.seen_full or word in self.by_name or word in GIVEN_NAMES or self.registry.known(name))

    def adjective_opening_a_sentence(self, name: str) -> bool:
        """Whether the one word is an adjective the report opens a sentence with before its noun ("Meaningless terms
        such as …"), and nothing shows it to be a name: a given name, someone the registry or the report names so
        ("Burtless" after "Gary Burtless"), a handle ("@RobynPorteous")."""
        if not ADJECTIVE_WORD.fullmatch(name):
            return False
        if self.sentence_openers is None:
            self.sentence_openers = words_opening_a_sentence(self.report.source_text)
        if name not in self.sentence_openers:
            return False
        word = fold_chars(name)
        known = word in self.by_surname or word in self.seen_full or word in self.by_name or word in GIVEN_NAMES
        return not (known or self.registry.known(name) or self.names_a_person_with_surname(name))

    def participle_opening_a_sentence(self, name: str) -> bool:
        """Whether the one word is a participle the report opens a sentence with, alone before a comma ("Sobbing, a junior
        nurse told the managers …", "Smiling, a guard said"), and nothing shows it to be a name: a given name, someone the
        registry or the report names so ("Manning, the minister, said" after "Tom Manning")."""
        if not name.endswith("ing") or not name.isalpha():
            return False
        if self.opening_participles is None:
            self.opening_participles = participles_opening_a_sentence(self.report.source_text)
        if name not in self.opening_participles:
            return False
        word = fold_chars(name)
        known = word in self.by_surname or word in self.seen_full or word in self.by_name or word in GIVEN_NAMES
        return not (known or self.registry.known(name) or self.names_a_person_with_surname(name))

    def plural_word(self, name: str) -> bool:
        """ "Organizations" where the report writes "organization" in its body, and not "Banks" after "Arron Banks"."""
        if name not in self.plural_words:
            text, body = self.report.source_text, self.body_start()  # the body: not the summary repeating it
            singular = name[:-3] + "y" if name.endswith("ies") else name[:-1]
            self.plural_words[name] = any(whole_word_at(text, at, singular) for at in occurrences(text, singular.lower(), body)) and all(
                fold_chars(first) in NOT_FIRST_NAMES for first in self.words_before_name(name)
            )
        return self.plural_words[name]

    def single_word(self, name: str) -> bool:
        """A word the report's body writes once, opening a sentence, and never in lower case ("Loyalty was certainly …")."""
        if name not in self.single_words:
            text, body = self.report.source_text, self.body_start()
            places: list[int] = []
            for at in occurrences(text, name, body):  # a name met twice stops the scan there
                if whole_word_at(text, at, name):
                    places.append(at)
                    if len(places) > 1:
                        break
            before = places[0] if len(places) == 1 else body
            while before > body and text[before - 1] in " \t":
                before -= 1
            opening = len(places) == 1 and (before == body or text[before - 1] in ".!?\n")
            lower = name.lower()  # as a whole word: "boldly" is no "bold" written in lower case
            self.single_words[name] = opening and not any(whole_word_at(text, at, lower) for at in occurrences(text, lower, body))
        return self.single_words[name]

    def body_start(self) -> int:
        """Where the report's body starts in its source, after the front matter (whose summary repeats its opening)."""
        if self.body_offset < 0:
            text = self.report.source_text
            self.body_offset = text.find("\n+++", 3) + 4 if text.startswith("+++") else 0
        return self.body_offset

    def common_word_no_name(self, name: str) -> bool:
        """A capitalised word the report writes in lower case (is_common_word) that nothing shows to be a name: no given
        name, nobody the registry or the report named so."""
        word = fold_chars(name)
        if word in self.by_surname or word in self.seen_full or word in self.by_name or word in GIVEN_NAMES or not name.isalpha():
            return False
        return self.is_common_word(name) and not self.registry.known(name)

    def capitalised_inside_a_sentence(self, word: str) -> bool:
        """Whether the report writes the word capitalised inside a sentence, where only a name is ("the Kelby council")."""
        return self.times_capitalised_inside(word) > 0

    def times_capitalised_inside(self, word: str) -> int:
        """How often the report writes the word capitalised after a lower-case word or a comma: inside a sentence (counted
        once per word: each civic body opening a sentence asks again)."""
        if word not in self.capitalised_inside:
            text = self.report.source_text
            self.capitalised_inside[word] = sum(
                whole_word_at(text, at, word) and at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in ",;")
                for at in occurrences(text, word)
            )
        return self.capitalised_inside[word]

    def is_common_word(self, word: str) -> bool:
        """A capitalised word that the report writes in lower case at least three times as often as it capitalises it
        inside a sentence ("War was inevitable", "Relations soured"): a word opening a sentence, not somebody's name."""
        if self.handles.by_word and word in self.handles.by_word:
            return False  # "@thabom": an account's handle, written in lower case as handles are
        if word not in self.common_words:
            text = self.report.source_text
            lower = sum(whole_word_at(text, at, word) for at in occurrences(text, word.lower()))
            # a word never written in lower case is no common word: its capitalised places are counted only otherwise
            inside = lower and self.times_capitalised_inside(word)  # "in his book War": a title now and then does not make the word a name
            self.common_words[word] = lower > 0 and lower >= 3 * inside
        return self.common_words[word]

    def named_in_full(self, head: Head) -> bool:
        return " " in head.name or fold_chars(head.name) in self.seen_full or fold_chars(head.name) in self.by_surname

    def teller_of_a_pair(self, text: str, acting: list[tuple[Chunk, Head]], and_at: int) -> Head | None:
        """Where the last person acting is the second of two people joined by "and" ("… was convinced Otto Reyes and Paul
        Brandt knew"), the person named in full who acts before the pair in the same sentence (Tom Hale): two people
        acting together are "they", never the "he" or "she" of the words after them. None where the pair opens the
        sentence ("Tom Hale and Ana Reyes met. “…,” he said": the pronoun's sex tells, as before)."""
        sentence_start = max((m.end() for m in SENTENCE_OPENING.finditer(text, 0, and_at)), default=0)
        first = next((chunk for chunk in chunks(text[sentence_start:and_at]) if chunk.finish == and_at - sentence_start), None)
        if first is None or head_of(first.text, text[: sentence_start + first.begin]) is None:
            return None
        before = [
            head
            for chunk, head in acting
            if sentence_start <= chunk.begin and chunk.finish <= sentence_start + first.begin and self.named_in_full(head)
        ]
        return before[-1] if before else None

    def main_clause_subject(self, text: str, acting: list[tuple[Chunk, Head]], pronoun: str | None = None) -> Head:
        """The last person who acts; but where that one acts in a clause that 'that', 'after' or 'when' opens, the
        subject of the sentence's main clause ("Zaluzhnyi was frustrated that Zelenskyy did not want …. “…,” he said")."""
        last_chunk, last = acting[-1]
        paired = AND_BEFORE_NAME.search(text, max(0, last_chunk.begin - 8), last_chunk.begin)
        teller = self.teller_of_a_pair(text, acting, paired.start()) if paired is not None else None
        if teller is not None and not teller_sex_fits(teller, pronoun):
            teller = None  # "Ana Hale was convinced Reyes and Brandt knew. “…,” he said": no "he"; read as before
        if teller is not None:  # "Tom Hale was convinced Reyes and Brandt knew. “…,” he said": a pair is no "he"
            return teller
        if not OPENS_SUBORDINATE_CLAUSE.search(text, max(0, last_chunk.begin - 20), last_chunk.begin):
            return last
        contrasting = CONTRASTING_CLAUSE.search(text, max(0, last_chunk.begin - 20), last_chunk.begin)
        if contrasting and not PRONOUN_LEAVES_THE_CLAUSE.search(text, last_chunk.finish):
            return last  # "…, while Sir Bram Oakhurst remembered what he called …": the pronoun inside his own clause
        sentence_start = max((m.end() for m in SENTENCE_OPENING.finditer(text, 0, last_chunk.begin)), default=0)
        main = [  # someone the report named in full: a capitalised word opening a sentence may be no one ("Relations soured when")
            head
            for chunk, head in acting
            if chunk.begin >= sentence_start
            and self.named_in_full(head)
            and not OPENS_SUBORDINATE_CLAUSE.search(text, max(0, chunk.begin - 20), chunk.begin)
        ]
        return main[-1] if main else last

    def last_state_named(self, state: str | Head, subject: Subject) -> bool:
        """Whether the paragraph names `state` before the subject with no other state named after it ("France voted.
        Forces in Cameroon were blamed. The government said": not France's government)."""
        text = self.current_text[: self.current_offset + subject.start]
        at = text.rfind(self.name_of(state))
        if at < 0:
            return False
        later = text[at + len(self.name_of(state)) :]
        return not any((head := head_of(chunk.text, later[: chunk.begin])) is not None and head.kind == "state" for chunk in chunks(later))

    def role_before(self, subject: Subject, salience: Salience) -> str | Head | None:
        """ "When the President was departing today, he said …": a 'he' or 'she' after 'the president' in its own sentence,
        with no one named between, is the person the report named with that role."""
        if subject.pronoun not in ("he", "she"):
            return None
        end = self.current_offset + subject.start
        sentence = self.current_text[self.current_offset : end]
        role = next(reversed(list(ROLE_REFERENCE.finditer(sentence))), None)  # the last one before the pronoun
        if role is None or any(self.person_between(sentence, role.end(), chunk) for chunk in chunks(sentence[role.end() :])):
            return None
        word = role.group(1).lower().split()[-1]
        return self.role_holders.get(word) or salience.roles.get(word) or self.usual_holder(role.group(1))

    def announced_as_quoted(self, subject: Subject, salience: Salience, on: dt.date | None) -> str | Head | None:
        """ "Let me quote the Governor regarding the resignation. He said, “…”": a 'he' or 'she' in the sentence after the
        one announcing someone's words (or in the same one), with nobody named between, is the one quoted, not the speaker
        who announced them (a briefing's spokesperson)."""
        if subject.pronoun not in ("he", "she"):
            return None
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 400) : end]
        announced = announced_quotation(text)
        if announced is None:
            return None
        quoted = head_after(text, announced.end())
        if quoted is None or quoted.kind not in ("person", "role"):
            return None  # "let me quote the figures", "the letter", "the Harbour Board": no one a 'he' may be
        own = pronoun_sentence_start(text, announced.end())  # the pronoun's sentence, or the announcement's own after the name
        named = chunks(text[own:])[1:] if own == announced.end() else chunks(text[own:])
        if any(self.person_between(text, own, chunk) for chunk in named):
            return None  # "Let me quote the Governor. Then Tom Brand stood up, and he said": someone else since
        if quoted.kind == "role":  # "let me quote the Governor": whom the report names so (in a briefing, its opening turn)
            usual = self.usual_holder(quoted.name) if quoted.name in USUAL_ROLES else None
            return self.role_holder(quoted, salience, on) or usual
        return quoted

    @staticmethod
    def person_between(sentence: str, offset: int, chunk: Chunk) -> bool:
        """Whether a name after "the President" may be the one a later 'he' means: not a state or a body, nor a name
        modifying a noun after an article ("connected the Flynn investigation to the FBI's broader Russia inquiry")."""
        head = head_of(chunk.text, sentence[: offset + chunk.begin])
        if head is None or head.kind not in ("person", "role"):
            return False
        return not ARTICLE_END.search(sentence, max(0, offset + chunk.begin - 5), offset + chunk.begin)

    def titled_in_report(self) -> dict[str, dict[str, bool]]:
        """Who the report names with a usual title, by role word and surname, and whether first with a nation before it
        ("US President John F. Kennedy’s speech", "Russian President Vladimir Putin"; not "with President Biden")."""
        if self.titled is None:
            self.titled = {}
            text = self.report.source_text
            for match in TITLED_NAME.finditer(text):
                word = WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                before, role, name = word.group(1) if word else "", match.group(1), match.group(2)
                surname = fold_chars(re.sub(r"[’']s$", "", name.split()[-1]))
                nation = fold_chars(before) in DEMONYMS or fold_chars(before) in STATES or BARE_ACRONYM.fullmatch(before) is not None
                held = self.titled.setdefault(role.split()[-1].lower(), {})
                held.setdefault(surname, nation)  # as the report first titles them: later mentions drop the nation
        return self.titled

    def home_holder(self, word: str, salient: str | Head, subject: Subject) -> Head | None:
        """ "the president said" after "Russian President Vladimir Putin" where the report also writes "President Biden":
        a reporter qualifies a foreign head and not his own, so the unqualified role is the one named with the bare title
        latest in this paragraph."""
        titled = self.titled_in_report().get(word, {})
        if not titled.get(self.identity(salient), False):
            return None
        before = fold_chars(self.paragraph_text[: self.current_offset + subject.start])
        found = max(((before.rfind(surname), surname) for surname, nation in titled.items() if not nation), default=(-1, ""))
        if found[0] < 0:
            return None
        return Head(found[1].title(), "", "person", found[1].title())

    def asking_publication(self) -> Head | None:
        """The one publication the text names in italics as asking ("_Declassified_ asked Herzog"): an outlet shouting its own
        questions, whose later "we asked" is its own; None where it names none, or two."""
        text = self.source_with_marks()
        asking = {match.group(2) for match in ASKING_PUBLICATION.finditer(text)} if " asked" in text else set()
        return Head(asking.pop(), "", "outlet") if len(asking) == 1 else None

    def body_defined_just_before(self) -> Head | None:
        """The body that opens this paragraph or the one before with its short name in brackets ("Harbor Watch Foundation
        (HWF) and two partner groups sent …"): whom a later "we said" or "the group said" speaks for."""
        for text in (self.paragraph_text, self.previous_paragraph_text):
            opening = DEFINED_BODY_OPENING.match(text)
            head = head_of(opening.group("who")) if opening else None
            if head is not None and head.kind in ("organization", "outlet"):
                return head
        return None

    def source_with_marks(self) -> str:
        """The report's text with an imported plain text's escaped marks ("\\_", "\\*") read as marks, made once."""
        if self.marked_source is None:
            self.marked_source = self.report.source_text.replace("\\_", "_").replace("\\*", "*")
        return self.marked_source

    def emphasised_names(self) -> frozenset[str]:
        """The names the report's text sets in Markdown emphasis left as text ("_Declassified_", "*The Ledger*")."""
        if self.emphasised is None:
            text = self.source_with_marks()
            found = EMPHASISED_NAME.finditer(text) if "_" in text or "*" in text else iter(())
            self.emphasised = frozenset(match.group(2) for match in found)
        return self.emphasised

    def outlet_of_the_work(self) -> Head | None:
        """The one outlet the report names with an article, a story or a piece ("the recent Voice of America (“VOA”)
        article", "a Daily Courier story"), the work a rebuttal answers; None where it names none, or two."""
        if self.work_outlet is None:
            text = self.report.source_text
            outlets: dict[str, Head] = {}
            for work in PUBLISHED_WORKS:
                at = text.find(" " + work)
                while at >= 0:
                    before = text[max(0, at - 100) : at]
                    defined = DEFINED_SHORT_NAME_END.search(before)
                    before = before[: defined.start()].rstrip() if defined else before
                    found = list(CHUNK.finditer(before))
                    if found and found[-1].end() == len(before):
                        head = head_of(found[-1].group(0), before[: found[-1].start()])
                        if head is not None and head.kind == "outlet":
                            outlets.setdefault(fold_chars(head.name), head)
                    at = text.find(" " + work, at + 1)
            self.work_outlet = [*outlets.values()]
        return self.work_outlet[0] if len(self.work_outlet) == 1 else None

    def document_labels(self) -> frozenset[str]:
        """The short names the report defines for a law or a document ("the Road Safety Act (“RSA”)")."""
        if self.defined_documents is None:
            text = self.report.source_text
            self.defined_documents = (
                frozenset(
                    match.group("label")
                    for match in DEFINED_DOCUMENT_LABEL.finditer(text)
                    if fold_chars(text[match.start() : text.find(" ", match.start())]).lower() in DOCUMENT_KIND_WORDS
                )
                if BRACKET_AND_MARK.search(text) is not None
                else frozenset()
            )
        return self.defined_documents

    def research_body(self) -> Head | None:
        """The body whose study a report is about: the one it names most often as a study's author ("a report by the
        X Foundation", "X researchers", "researchers at X"); None when it names none, or two as often."""
        if not self.study_authors:
            text = self.report.source_text
            named = []
            for match in STUDY_BY.finditer(text):
                chunk = CHUNK.match(text, match.end()) if match.group("by") else None
                name = chunk.group(0) if chunk else (match.group("who") or "")
                head = head_of(name) if name else None
                if head is not None and head.kind in ("organization", "person") and (head.kind == "organization" or " " not in head.name):
                    named.append((head.key, head))
            self.study_authors.append(most_named(named))
        return self.study_authors[0]

    def usual_holder(self, role: str) -> Head | None:
        if role not in self.usual_holders:
            self.usual_holders[role] = self.most_named_with(role)
        return self.usual_holders[role]

    def sole_holder(self, word: str) -> Head | None:
        """ "The envoy of Varnia spoke first. … Envoy Pavel Drusk told the panel": the one person the report names anywhere
        with the title right before the name ("Envoy Pavel Drusk", "Varnia’s envoy to Kessel Pavel Drusk") and as its
        present holder; None where it names none, or two who could hold it. A title with a word before it that makes it
        another office ("Vice", "Police", "Former") or a holder who left it ("had resigned") names no holder."""
        if word not in self.sole_holders:
            text = self.report.source_text
            named: dict[str, Head] = {}
            for match in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text, re.IGNORECASE):
                before = text[max(0, match.start() - 80) : match.start()]
                if QUALIFIED_TITLE_BEFORE.search(before) or DEPUTY_BEFORE.search(before):
                    continue  # "Police Spokesman Pavel Drusk", "Vice President …", "former envoy …": another office
                chunk = CHUNK.match(text, match.start()) if text[match.start()].isupper() else None
                head = head_of(chunk.group(0), before) if chunk else None  # "Ambassador Pavel Drusk"
                if head is None or head.kind != "person":
                    posted = POSTED_AT.match(text, match.end())  # "ambassador to Chile Pavel Drusk": the name after the place
                    chunk = CHUNK.match(text, posted.end()) if posted else None
                    head = head_of(chunk.group(0), text[max(0, match.start() - 80) : posted.end()]) if chunk and posted else None
                if head is None or head.kind != "person" or " " not in head.name or chunk is None:
                    continue
                if not self.holds_post_still(text, match.start(), chunk.end()) or TITLE_OF_A_CLUB_AFTER.match(text, chunk.end()):
                    continue  # "Envoy Pavel Drusk had resigned in 1998", "Leader Pavel Drusk of the rowing club"
                named.setdefault(fold_chars(head.surname or head.name), head)
            self.sole_holders[word] = next(iter(named.values())) if len(named) == 1 else None
        return self.sole_holders[word]

    def most_named_with(self, role: str) -> Head | None:
        """The person the report names most often with the role ("President Biden" six times, "President Putin" twice):
        the one its 'the President' means where nobody holding it was named nearby, in a report that writes the role with
        a capital, as an office writes of its own head. None on a tie."""
        text = self.report.source_text
        if text.count(f"the {role}") <= text.count(f"the {role.lower()}"):
            return None  # "the president" in lower case: a reporter's, who means whoever the passage is about
        named = []
        for match in re.finditer(r"\b" + role + r"\s+(?=[A-Z])", text):
            if DEPUTY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "Vice Governor Marisol Tanaka" holds another office than the Governor's
            chunk = CHUNK.match(text, match.end())
            head = head_of(role + " " + chunk.group(0)) if chunk else None
            if head is not None and head.kind == "person":
                named.append((fold_chars(head.surname or head.name), head))
        return most_named(named)

    @staticmethod
    def in_subject_position(text: str, begin: int) -> bool:
        """Not a verb's or a preposition's object: at a sentence's or clause's start, or after 'that', 'and', 'while' …"""
        if OBJECT_APPOSITIVE.search(text, max(0, begin - 80), begin):
            return False  # "Lavrov met with his Norwegian counterpart, Anniken Huitfeldt": the object's name
        word_before = LAST_WORD.search(text[max(0, begin - 30) : begin])
        if word_before is None or not word_before.group(1).islower():
            return True
        word = word_before.group(1)
        if word in PLACE_BEFORE_TITLE and fold_chars(text[begin : text.find(" ", begin)]).strip(".") in TITLE_WORDS:
            return ReportAttribution.in_subject_position(text, max(0, begin - 30) + word_before.start(1))  # "When state Sen. Tom Rudd"
        if after_quote_and_cue(text, begin):
            return True  # "“No,” responded Hasken": the speaker after an inverted cue
        if word == "to" and text[max(0, begin - 13) : begin].rstrip().lower().endswith("according to"):
            return True  # "According to Amina Salum, …": the one who speaks
        if word in ("to", "for", "of") and text[begin : begin + 9].split(" ", 1)[0].rstrip(".") in COURTESY_TITLES:
            return False  # "Special Adviser to Mr Jack Straw": a title's preposition before a courtesy title governs the name
        if word == "for" and EMPLOYMENT_BEFORE_FOR.search(text, max(0, begin - 60), begin) is not None and not infinitive_after(text, begin):
            # "who studies markets for Brisca Global Rating": an employer, not a title's link ("Minister for …") nor an
            # infinitive's subject ("an opportunity for Ali Khamenei to promote"); not "of": "the daughter-in-law of
            # Robert Reyes", "footage of Prigozhin" are still whom a later "he" may mean
            return False
        # "scholar Alexei Maslov argues"; "– says Myhailo Podoliak, …": the speaker after an inverted cue
        return word in SUBJECT_OPENERS or word in TITLE_NOUNS or word in SUBJECT_ROLES or word in INVERTING_CUES or word in TIME_ADVERBS

    def actor_of(self, who: str | Head, on: dt.date | None) -> str:
        return who if isinstance(who, str) else self.actor_for(who, on)

    def is_outlet(self, who: str | Head | None) -> bool:
        if who is None:
            return False
        return self.kind_of_who(who) == "outlet"

    def sentence_before_pronoun(self, subject: Subject) -> str | None:
        """The sentence before the one the pronoun `subject` opens, within the 600 characters before it; None where none."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 600) : end]
        openings = [m.end() for m in SENTENCE_OPENING.finditer(text + "I")]  # "I": a sentence opening at the pronoun is found too
        if len(openings) < 2:
            return None
        return text[openings[-2] : openings[-1]]

    def fronted_medium_owner(self, subject: Subject) -> Head | None:
        """The body, outlet or state owning the website, statement or report a phrase fronted before the pronoun in its
        own sentence names ("On the Harbour Board website, it states:"), if one does (fronted_media.py)."""
        opening = self.current_text[self.current_offset : self.current_offset + subject.start]
        if "," not in opening:
            return None
        owner = fronted_medium_owner(opening)
        head = head_of(owner, opening[: opening.rfind(owner)]) if owner is not None else None
        return head if head is not None and head.kind in ("organization", "outlet", "state") else None

    def body_just_introduced(self, subject: Subject) -> Head | None:
        """ "Take the case of AO GK Radiant, a Moscow-based distributor … It states on its website": the body the sentence
        before the pronoun introduced with a description after its name."""
        sentence = self.sentence_before_pronoun(subject)
        if sentence is None:
            return None
        introduced = list(INTRODUCED.finditer(sentence))
        if len(introduced) != 1:
            return None
        head = head_of(introduced[0].group("name"), sentence[: introduced[0].start("name")])
        return head if head is not None and head.kind in ("organization", "outlet") else None

    def owned_document_before(self, subject: Subject) -> tuple[Head | None] | None:
        """Where the sentence before the pronoun's, in the same paragraph, opens on a document named with its owner's
        possessive ("The Harbour Party’s transport policy … set out several goals."): the owner, where a body, in a
        tuple ((None,) where a person or nothing known: no one the "it" may mean); None where it opens otherwise."""
        sentence = self.sentence_before_pronoun(subject)
        if sentence is None:
            return None
        owner = document_owner_opening(sentence)
        if owner is None:
            return None
        after_owner = sentence[sentence.index(owner) + len(owner) :]
        if any(
            (other := head_of(chunk.text, after_owner[: chunk.begin])) is not None and other.kind in ("organization", "outlet", "state")
            for chunk in chunks(after_owner)
        ):
            return (None,)  # "The Harbour Party’s policy angered the Rail Workers Union. It said": the union's as likely
        head = head_of(owner)
        if head is not None and head.kind in ("person", "role") and (named := self.one_word_body(head)) is not None:
            head = Head(named, "", "organization")  # "National’s policy" after "National set out its plans"
        return (head,) if head is not None and head.kind in ("organization", "outlet", "state") else (None,)

    def body_of_the_sentence_before(self, subject: Subject, salience: Salience) -> Head | str | None:
        """The body the sentence before the subject's, in the same paragraph, names as its subject or as the agent of its
        passive ("The march was organised by Hope for Ostland."), or means by an "it" opening it, whose spokesperson "A
        spokesperson" is."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 400) : end]
        openings = [m.end() for m in SENTENCE_OPENING.finditer(text + "I")]
        if len(openings) < 2:
            return None
        sentence = text[openings[-2] : openings[-1]].rstrip().removesuffix(".")
        opening = self.sentence_subject(sentence)
        if opening is not None and opening.pronoun == "it" and salience.body is not None:
            # "Downing Street was unable to say … Last night it denied … His official spokesman said:"
            return salience.body if self.kind_of_who(salience.body) == "organization" else None
        head = opening.heads[0] if opening is not None and len(opening.heads) == 1 else None
        if head is None and " by " in sentence:
            head = self.passive_body_agent(sentence)
        return head if head is not None and head.kind in ("organization", "outlet") else None

    def made_the_last_report(self, body: str | Head, subject: Subject) -> bool | None:
        """Whether the sentence that last mentions a report before the subject ("The Velden Inquiry published its report",
        "In a report sent to the inquiry, the VPP claimed …"), in this paragraph or the two before, names the body: the
        report's maker. "According to the UN fact-finding report, …" after the VPP's own report names the UN's, not the VPP's.
        None where those paragraphs bring in no report (one brought in further up: the body the story is about)."""
        before = self.current_text[: self.current_offset + subject.start]
        text = " ".join([*(p.text for p in self.recent[-2:]), before])
        mentions = [m for m in REPORT_MENTION.finditer(text) if text[max(0, m.start() - 4) : m.start()] not in ("the ", "The ")]
        if not mentions:  # a report brought in ("its report", "the UN fact-finding report"), not "the report" again
            return None
        mention = mentions[-1]
        sentence = text[sentence_start(text, mention.start()) : sentence_end(text, mention.end())]
        name = self.name_of(body)
        return name in sentence or name.split()[-1] in sentence

    @staticmethod
    def called_so(word: str, name: str) -> bool:
        """Whether a body of this name may be called by the generic noun: "the charity" is no ministry, council or agency."""
        return word not in NOT_FOR_PROFIT_NOUNS or not PUBLIC_BODY_WORDS.intersection(fold_chars(name).lower().split())

    def one_body_named_before(self, subject: Subject, kinds: tuple[str, ...]) -> Head | None:
        """The body of one of the kinds that the paragraph, up to the subject (an inverted cue's: to its sentence's end), names,
        where it names one and only one."""
        end = self.current_offset + subject.start if subject.start else sentence_end(self.current_text, self.current_offset)
        text = self.current_text[:end]
        found: dict[str, Head] = {}
        for chunk in chunks(text):
            head = head_of(chunk.text, text[: chunk.begin])
            if head is not None and head.kind in kinds:
                found.setdefault(self.by_name.get(head.key) or head.key, head)
        return next(iter(found.values())) if len(found) == 1 else None

    def firm_opening_the_sentence_before(self, subject: Subject) -> Head | None:
        """ "Fujitsu, for example, has created …. In a statement, the company said": the one-word name that opens the
        sentence before in the paragraph, a company's as nothing shows it to be a person's (no title, given name or full
        name), where no other name stands between it and the subject."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 600) : end]
        openings = [m.end() for m in SENTENCE_OPENING.finditer(text + "I")]  # "I": a sentence opening at the subject too
        if len(openings) < 2 or "\n" in text[openings[-2] :]:
            return None
        sentence = text[openings[-2] : openings[-1]]
        opening = self.sentence_subject(sentence)
        head = opening.heads[0] if opening is not None and len(opening.heads) == 1 else None
        if head is None or head.kind != "person" or head.role or " " in head.name or not sentence.startswith(head.name):
            return None
        word = fold_chars(head.name)
        if word in GIVEN_NAMES or word in self.by_surname or word in self.seen_full:
            return None
        for before in self.words_before_name(head.name):  # "Ana Kestrel", "Dr Kestrel": a person's surname
            if not before.endswith(("’s", "'s")) and fold_chars(before) not in NOT_NAMES and fold_chars(before) not in DEMONYMS:
                return None
        rest = text[openings[-2] + len(head.name) :]
        for chunk in chunks(rest):
            other = head_of(chunk.text, rest[: chunk.begin]) if not TWO_CAPITALS.fullmatch(chunk.text) else None
            if other is not None and other.kind != "role":
                return None  # "Kestrel has built a sensor for Ford. The company said": which company ("an AI algorithm": none)
        return Head(head.name, "", "organization")

    def people_in_the_sentence_before(self, subject: Subject) -> bool:
        """Whether the sentence before the pronoun's has people in the plural as its subject ("Many people did not
        trust it."), a nearer plural for "they" than a body named before."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 400) : end]
        openings = [m.end() for m in SENTENCE_OPENING.finditer(text)]
        before = -1 if text.rstrip().endswith((".", "!", "?")) else -2  # the pronoun opens its sentence, or comes later in it
        if len(openings) < -before:
            return False
        return PEOPLE_PLURAL_SUBJECT.match(text, openings[before]) is not None

    def body_opening_the_sentence(self, subject: Subject) -> Head | None:
        """ "The Saudi Foreign Ministry condemned Israel for what it described as …": the body, state or outlet whose verb
        opens the sentence the pronoun is in."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 400) : end]
        openings = [m.end() for m in SENTENCE_OPENING.finditer(text)]
        if not openings or not text[openings[-1] :].strip():
            return None
        sentence = text[openings[-1] :]
        opening = self.sentence_subject(sentence)
        head = opening.heads[0] if opening is not None and len(opening.heads) == 1 else None
        if opening is None and (first := FIRST_CHUNK.match(sentence)) and verb_follows(sentence[first.end() :]):
            head = head_of(first.group("chunk"))  # "The PLA hopes to seize what it calls …": a verb in the present tense
        return head if head is not None and head.kind in ("organization", "outlet", "state") else None

    def person_head(self, who: str | Head) -> Head:
        """A head for an actor or a head, read as a person's name (for what the name tells of a woman or a man)."""
        return who if isinstance(who, Head) else Head(self.name_of(who), "", "person")

    def named_female(self, who: str | Head | None, *, by_ending: bool = True) -> bool:
        """Whether the person's name tells a woman (looks_female; by_ending, a guess from its ending too), also where
        the passage names her by surname alone."""
        if who is None:
            return False
        if isinstance(who, Head) and who.kind == "person" and " " not in who.name:
            # "Yusuf, who urged …" after "Mrs. Rasheedat Yusuf": the one full name the report gives the surname tells
            known = self.female_surnames.get((who.name, by_ending))
            if known is None:
                forms = {word for word in self.words_before_name(who.name) if fold_chars(word) not in NOT_FIRST_NAMES}
                sex = self.sex_named(forms.pop(), who.name, by_ending=by_ending) if len(forms) == 1 else None
                known = self.female_surnames[who.name, by_ending] = sex == "female"
            return known
        return looks_female(self.person_head(who), by_ending=by_ending)

    def sex_rules_out(self, pronoun: str, who: str | Head, *, by_ending: bool) -> bool:
        """Whether the person's name tells a sex the pronoun cannot mean: a man's for a "she", a woman's for a "he"
        (by_ending, a woman's guessed from the name's ending too, "Alexandra", "Petrova"; without it, only a name most
        who bear it are women, what a "he" must never take: "Ruth Amsel")."""
        if self.kind_of_who(who) != "person":
            return False
        if pronoun == "she":
            return self.named_male(who)
        return pronoun == "he" and self.named_female(who, by_ending=by_ending)

    def titled_female(self, who: str | Head | None) -> bool:
        """Whether the report called the person a woman ("Ms", "spokeswoman", "his wife, Lynet"): names in -a may be men's."""
        return who is not None and bool(self.roles_of(who) & FEMALE_ROLE_WORDS)

    def named_male(self, who: str | Head) -> bool:
        """Whether the person's given name tells a man, also where the passage names him by surname alone ("since Trump
        took office" after "President Donald Trump"): the one full form the report gives that surname."""
        head = self.person_head(who)
        if isinstance(who, Head) and who.kind == "person" and (" " not in who.name or self.titled_surname(who)):
            head = self.full_name(who)
        if self.kind_of_who(who) == "person" and (" " not in head.name or self.titled_surname(head)):
            word = fold_chars(head.name.split()[-1])
            known = self.by_surname.get(word) or self.seen_full.get(word)
            if known is not None and " " in self.name_of(known) and not self.titled_surname(self.person_head(known)):
                return looks_male(self.person_head(known))  # "Dawud's army", "President Dawud" after "President Karim Dawud"
            if " " not in head.name and word in MENS_GIVEN_NAMES and word not in WOMENS_GIVEN_NAMES:
                # "His family said Omar was …": a man's given name alone, unless its one bearer named in full tells otherwise
                bearer = self.bearer_of_given_name(head.name)
                return looks_male(bearer) if bearer is not None else True
        return looks_male(head)

    def titled_male(self, who: str | Head | None) -> bool:
        """Whether the report called the person a man ("Mr", "spokesman", "her husband, Tunde")."""
        return who is not None and bool(self.roles_of(who) & MALE_ROLE_WORDS)

    def named_in_quote(self, who: str, quote: str) -> bool:
        """Whether the quote names the person by a given name or surname ("Leslie’s insight was"): a speaker does not."""
        words = self.name_of(who).split()
        named = [
            w for w in (words[0], words[-1]) if len(w) >= 3 and w[0].isupper() and fold_chars(w).lower() not in STATES
        ]  # not "Israel" of Israel Katz
        if len(words) < 2 or not any(whole_word_in(quote, word) for word in named):
            return False
        if whole_word_in(quote, words[-1]):
            return True
        # the given name alone: not where each time it is another person's, with a surname of their own ("Jim Hanlon's
        # report" in Jim Dorcey's words)
        return any(
            next_word is None or next_word.group(1) == words[-1]
            for next_word in (GIVEN_NAME_NEXT.match(quote, found.end()) for found in re.finditer(r"\b" + re.escape(words[0]) + r"\b", quote))
        )

    def named_in_one_word(self, who: str | Head | None) -> bool:
        """ "Kayhan", "NetBlocks": a one-word name read as a person's may be a body's, which 'it' can mean."""
        if who is None:
            return False
        return " " not in self.name_of(who).strip()

    def kind_of(self, actor_id: str) -> str:
        return self.registry[actor_id].kind

    def resolve(self, subject: Subject, salience: Salience, on: dt.date | None) -> list[str]:
        if subject.pronoun == "they" and salience.group:
            return [self.actor_of(who, on) for who in salience.group]
        if (subject.pronoun == "it" or subject.role_noun == "statement") and salience.signers:
            return [self.actor_of(who, on) for who in salience.signers]  # "“…,” it said": the joint statement's signers
        if subject.pronoun == "we":  # "we asked:", "“…,” we said in a statement": the publisher speaking, where the text shows whom
            voice = self.asking_publication() or self.body_defined_just_before()
            return [self.actor_of(voice, on)] if voice else []
        if subject.relayed and subject.pronoun in ("he", "she"):
            resolved = self.resolve(replace(subject, relayed=False), salience, on)
            doubtful = any(self.not_relayed_as(who, subject.pronoun) for who in resolved) or (
                not all(self.relayed_sex_known(who, subject.pronoun) for who in resolved) and self.others_named_before(subject, resolved)
            )
            return [] if doubtful else resolved
        medium_owner = self.fronted_medium_owner(subject) if subject.pronoun == "it" else None
        if medium_owner is not None:  # "On the Harbour Board website, it states: “…”": the board's, not the last place named
            return [self.actor_for(medium_owner, on)]
        if subject.pronoun:
            nearest = (
                self.role_before(subject, salience)
                or self.announced_as_quoted(subject, salience, on)
                or (self.nearest_person(subject) if subject.pronoun in ("he", "she") else None)
            )
            introduced = (self.body_just_introduced(subject) or self.body_opening_the_sentence(subject)) if subject.pronoun == "it" else None
            # a fallback: a body the sentence before introduces or opens on ("… and the Rail Workers Union answered. It said") comes first
            owned = self.owned_document_before(subject) if subject.pronoun == "it" and nearest is None and introduced is None else None
            if owned is not None:  # "The Harbour Party’s transport policy … set out several goals. It stated": the party's
                return [self.actor_for(owned[0], on)] if owned[0] is not None else []
            if subject.pronoun == "it":  # "It calls for …": a body, an outlet or a document, never a person named in full
                wanted = (
                    nearest or introduced or salience.state or salience.body or (salience.person if self.named_in_one_word(salience.person) else None)
                )
            else:
                # "When I met civil servants, they would tell me": a plural "they" is never one person
                # a body named under an earlier heading: a live blog's entry, a report's part, is a story of its own
                body = salience.body if salience.body_here else None
                if body is not None and subject.pronoun == "they" and self.people_in_the_sentence_before(subject):
                    body = None  # "Orchid Motors … Many people did not trust it. They would say": the people, unnamed
                wanted = nearest or (salience.person if subject.pronoun in ("he", "she") else body)
                if subject.pronoun == "she" and nearest is None and wanted is None and salience.teller_active and salience.unnamed_teller != "male":
                    pass  # "A woman who asked not to be named said …. “…,” she said": hers, unnamed; not a woman named above
                elif subject.pronoun == "she" and nearest is None and not self.named_or_called_female(wanted):
                    # "“…,” Mr. Bello said. … “…,” she said": not Mr. Bello, nor "Dr. Tom Hale", nor the state "In Augusta, Maine," names
                    male = wanted is not None and (
                        self.titled_male(wanted) or self.named_male(wanted) or self.introduced_as.get(self.identity(wanted)) == "male"
                    )
                    fallback = None if male or (wanted is not None and self.kind_of_who(wanted) != "person") else wanted
                    spoke_last = next((who for who in reversed(salience.speaker) if self.named_female(who)), None)  # the woman who spoke last
                    if fallback is not None and self.said_in_the_paragraph_just_above(fallback, spoke_last):
                        spoke_last = None  # "Curator Kelly Jones, from Woodstock, said …" ¶ "“…,” she said": a name no list sexes, just speaking
                    wanted = self.woman_named_just_above() or spoke_last or fallback
                if (
                    nearest is None
                    and isinstance(wanted, Head)
                    and subject.pronoun in ("he", "she")
                    and self.is_common_word_person(wanted, once=True)
                ):
                    wanted = None  # "Loyalty was certainly a factor. … he recalled": a word met once, no one a "he" means
                if subject.pronoun == "he" and nearest is None and wanted is not None and self.introduced_as.get(self.identity(wanted)) == "female":
                    wanted = None if self.named_or_called_female(salience.person_before) else salience.person_before  # not "Corinna, a mom"
                elif subject.pronoun == "he" and nearest is None and wanted is not None and self.told_a_woman(wanted):
                    before = salience.person_before  # "“…,” recalled his wife, Lynet. … “…,” he said": not Lynet, but whose wife
                    wanted = None if before is None or self.told_a_woman(before) else before
                elif subject.pronoun == "he" and nearest is None and wanted is not None and self.sex_rules_out("he", wanted, by_ending=False):
                    # "Reyne at HPF said Ruth Amsel was likely …" ¶ "He said …": not the woman the analyst spoke of, but him
                    before = salience.person_before
                    wanted = None if before is None or self.sex_rules_out("he", before, by_ending=False) or self.told_a_woman(before) else before
            listener = self.listener_of(subject) if subject.pronoun in ("he", "she") and wanted is not None else None
            if listener is not None and wanted is not None and self.identity(wanted) == listener:
                wanted = self.party_told(subject, listener)  # "Venn told Feld. ¶ “…,” he told Venn": Feld, never Venn
            return [self.actor_of(wanted, on)] if wanted else []
        if subject.role_noun in SPOKESPERSON_OPENINGS:  # "The vigil was organised by Hope for Ostland. A spokesperson said: …"
            spoken_for = self.body_of_the_sentence_before(subject, salience)
            if spoken_for is None and subject.role_noun != "a spokesperson":  # "Otto Brandt flew in. His spokesman said": his
                return self.resolve(Subject([], pronoun=SPOKESPERSON_OPENINGS[subject.role_noun], start=subject.start), salience, on)
            return [self.actor_of(spoken_for, on)] if spoken_for else []
        if subject.role_noun in ("researchers", "authors") and salience.group:
            return [self.actor_of(who, on) for who in salience.group]  # "Ford and Park found …. “…,” the authors stated"
        if subject.role_noun in ("researchers", "authors"):  # "the researchers concluded": the body whose study the story is about
            studied = self.research_body()
            return [self.actor_of(studied, on)] if studied else []
        if subject.role_noun in MEMBER_NOUNS:  # "Lawmakers on the X Committee wrote …. “…,” the lawmakers wrote": the committee
            members_of = body_of_members(self.report.source_text, subject.role_noun)
            body = head_of(members_of) if members_of else None
            return [self.actor_of(Head(body.name, "", "organization"), on)] if body is not None else []
        if subject.role_noun in ISSUED_NOUNS and salience.issuer is not None:
            return [self.actor_of(salience.issuer, on)]  # "Dujarric said in a statement that … “…,” the statement read"
        if subject.role_noun in PUBLISHED_WORKS and (publisher := self.outlet_of_the_work()) is not None:
            return [self.actor_of(publisher, on)]  # "We refer to the recent Daily Courier (“DC”) article …. The article claims"
        if subject.role_noun in WORK_NOUNS and salience.body is not None and self.name_of(salience.body) in self.document_labels():
            return []  # "The RSA is narrower …. The article claims": a law's short name publishes nothing
        if subject.role_noun == "report" and salience.body is not None and self.made_the_last_report(salience.body, subject) is False:
            return []  # "The VPP claimed …. According to the UN report, …. The report says": the UN's report, not the VPP's
        if subject.role_noun in WORK_NOUNS:  # "the caption under the cartoon states": the outlet that published it
            if subject.role_noun in MADE_BY_NAME and salience.body and not self.names_as_its_maker(salience.body, subject.role_noun):
                return []  # "the Assessment stated": the body whose assessments the report names so ("the JIC Assessment"), or nobody
            return [self.actor_of(salience.body, on)] if salience.body else []
        if subject.role_noun and subject.role_noun.split()[-1] in CHIEF_EPITHET_WORDS and " " in subject.role_noun:
            holder = self.holder_in_domain(subject.role_noun.split()[0])
            return [self.actor_of(holder, on)] if holder is not None else []  # "the harbour chief said": nobody else
        if subject.role_noun and subject.role_noun.split()[-1] in UNNAMED_SOURCE_WORDS:
            return []  # "the official said", "the British official said": journalism's unnamed source, not the last named official
        if resident_noun(subject.role_noun) is not None:  # "“…,” said the Corrow Lane renter": the person the passage is about
            about = salience.person if not salience.teller_active else None
            if about is None or self.kind_of_who(about) != "person" or self.holds_a_role(about, salience):
                return []  # "Mayor Ana Ruiz ordered …. “…,” said the longtime resident": an official is no resident's epithet
            return [self.actor_of(about, on)]
        if subject.role_noun and " " in subject.role_noun and subject.role_noun.split()[-1] in COMPANY_NOUNS:
            described = company_described_as(self.report.source_text, subject.role_noun, self.find_paragraph_in_source())
            if described is not None:  # "Dorvane Minerals, an Australian mining company, …" ¶ "The Australian mining company assures"
                return [self.actor_of(described, on)]
        if subject.role_noun and subject.role_noun.split()[0] in DEMONYMS:
            holder = (
                self.national_role_holder(subject.role_noun.split())
                or self.subject_before_epithet(subject)
                or self.speaker_of_the_moment(salience, subject.role_noun.split())
            )
            return [self.actor_of(holder, on)] if holder else []
        if subject.role_noun == "government" and salience.state is not None and self.last_state_named(salience.state, subject):
            return [self.actor_of(salience.state, on)]  # "Honduras ended the mission's mandate. The government said": its own
        if subject.role_noun and not self.holds_portfolio(subject.role_noun, salience):
            # "the finance minister said": not the prime minister last named, nor any other minister; "the PM" is the one
            # the report names Prime Minister most
            usual = self.usual_holder(subject.role_noun.title()) if subject.role_noun.title() in USUAL_ROLES else None
            titled = self.sole_titled(subject.role_noun, salience, on) if usual is None else None
            if titled is not None:
                return [titled]  # "the deputy minister added" after "Deputy Minister Lars Eide" and his own words
            return [self.actor_of(usual, on)] if usual else []
        salient = salience.person
        word = subject.role_noun.split()[-1] if subject.role_noun else ""
        if (
            word
            and word not in BODY_NOUNS
            and salient is not None
            and (
                word in self.roles_of(salient)
                or ROLE_SYNONYMS.get(word, set()) & self.roles_of(salient)
                or self.identity(salient) in self.titled_in_report().get(word, {})
            )
        ):
            # "Biden said … “…,” the president said": the president this passage is about, unless a foreign one
            home = self.home_holder(word, salient, subject)
            if home is None and self.role_shared_nearby(word, salient):
                return []  # "Commissioner Ana Roe … Commissioner Tom Reed …" ¶ "“…,” the commissioner said": which one?
            return [self.actor_of(home or salient, on)]
        if subject.role_noun:
            word = subject.role_noun.split()[-1]
            body = salience.body
            # "… heard in the Harlow Court of Appeals." ¶ "The filing, the court said, was “…”": read before the last body
            # named, which may be one of two courts
            if word == "court":
                at = self.find_paragraph_in_source()
                if at >= 0 and self.current_text:  # where "the court" stands, so a court its own paragraph names counts
                    at += self.current_offset + subject.start
                court = the_one_court(self.report.source_text, subject.role_noun, at)
                if court is not None:
                    return [self.actor_of(court, on)]
                if len(courts_named_before(self.report.source_text, at)) > 1:
                    return []  # two courts named before: which one?
            if body is not None and word in fold_chars(self.name_of(body)).split() and word not in OUTLETS_NAMED_LIKE_ROLES:
                return [self.actor_of(body, on)]  # "Lithuania's Foreign Ministry called on … The ministry noted": the last body so named
            if word == "party" and body is not None and self.kind_of_who(body) == "organization" and PARTY_NAME.search(self.name_of(body)):
                return [self.actor_of(body, on)]  # "the Action Congress of Nigeria (ACN) has urged …. “…,” the party said"
            opener = self.body_opening_the_sentence(subject) if word in GENERIC_BODY_NOUNS else None
            if opener is not None and opener.kind in GENERIC_BODY_NOUNS[word] and self.called_so(word, opener.name):
                return [self.actor_of(opener, on)]  # "Velox Aerospace did not respond …, but the company had said:": its own
            firm = self.firm_opening_the_sentence_before(subject) if word in ("company", "firm") else None
            if firm is not None:
                return [self.actor_of(firm, on)]  # "Fujitsu, for example, has created …. In a statement, the company said"
            if (
                body is not None
                and word in GENERIC_BODY_NOUNS
                and self.kind_of_who(body) in GENERIC_BODY_NOUNS[word]
                and self.called_so(word, self.name_of(body))
            ):
                return [self.actor_of(body, on)]  # "The BND said … “…,” the agency said": the body last in subject position
            if word in GENERIC_BODY_NOUNS:
                # "A WFP operation in Kasai has been “…”, said the agency": the one body its paragraph names before it
                named = self.one_body_named_before(subject, GENERIC_BODY_NOUNS[word])
                if named is not None and self.called_so(word, named.name):
                    return [self.actor_of(named, on)]
            described = company_described_as(self.report.source_text, word, self.find_paragraph_in_source()) if word in COMPANY_NOUNS else None
            if described is not None:  # "Dorvane Minerals, an Australian mining company, runs the mine." ¶ "The company maintains"
                return [self.actor_of(described, on)]
            defined = self.body_defined_just_before()
            if defined is not None and (
                word in fold_chars(defined.name).split() or (defined.kind in GENERIC_BODY_NOUNS.get(word, ()) and self.called_so(word, defined.name))
            ):
                return [self.actor_of(defined, on)]  # "Harbor Watch Foundation (HWF) and two partner groups sent …" ¶ "the group said"
            for word in reversed(subject.role_noun.split()):
                if word in salience.roles and not (word in BODY_NOUNS and self.kind_of_who(salience.roles[word]) == "person"):
                    if self.kind_of_who(salience.roles[word]) == "person" and self.role_shared_nearby(word, salience.roles[word]):
                        return []  # two people just named hold it: which one?
                    return [self.actor_of(salience.roles[word], on)]  # not "The Kremlin" after "Kremlin Spokesperson X": a body
            word = subject.role_noun.split()[-1]
            if word in self.role_holders and word not in BODY_ROLE_WORDS:
                if self.kind_of(self.role_holders[word]) == "person" and self.role_shared_nearby(word, self.role_holders[word]):
                    return []
                return [self.role_holders[word]]
            if word in ("force", "constabulary"):  # "Devon and Cornwall Police said … “…,” the force added"
                if body is not None and POLICE_NAME_WORDS.intersection(fold_chars(self.name_of(body)).lower().split()):
                    return [self.actor_of(body, on)]
                policing = (actor_id for name, actor_id in reversed(self.by_name.items()) if POLICE_NAME_WORDS.intersection(name.split()))
                force = next((actor_id for actor_id in policing if self.kind_of(actor_id) != "person"), None)
                return [force] if force else []
            for name, actor_id in reversed(self.by_name.items()):  # "the office": the last body this report named so
                if word in name.split() and self.kind_of(actor_id) != "person" and word not in OUTLETS_NAMED_LIKE_ROLES:
                    return [actor_id]
            if word in SPOKESPERSON_WORDS and body is not None and self.kind_of_who(body) == "organization":
                return [self.actor_of(body, on)]  # "ConocoPhillips has signaled … “…,” a company spokesperson said"
            if word in ROLE_NOUNS_THAT_NAME:  # "The Kremlin said" before any other Kremlin: the body itself
                return [self.actor_for(Head(ROLE_NOUNS_THAT_NAME[word], "", "organization"), on)]
            usual = self.usual_holder(word.title()) if word.title() in USUAL_ROLES else None
            if usual is None and word in STATE_ROLE_LAST_WORDS and word.title() not in USUAL_ROLES:  # "Ambassador Pavel Drusk added"
                usual = self.sole_holder(word)
            titled = self.sole_titled(subject.role_noun, salience, on) if usual is None else None
            if titled is not None:
                return [titled]  # "the minister added" after "Lars Eide, the Minister of Trade," and his own words
            return [self.actor_of(usual, on)] if usual else []  # "the President said": the one the report names so most
        found: list[str] = []
        for head in subject.heads:
            if head.kind == "person" and not head.role and head.name in self.emphasised_names():
                head = Head(head.name, "", "outlet")  # "_Declassified_ asked Herzog": a publication, named in italics
            one_word = " " not in head.name and head.kind in ("person", "role")  # one_word_body's cheap checks, before the scan
            body_named = self.one_word_body(head) if one_word and self.acts_in_the_paragraph(head.name) else None
            if body_named is not None:
                head = Head(body_named, "", "organization")  # "National said that …" after "National set out its plans"
            if head.kind == "person" and " " not in head.name and self.word_without_name_evidence(head, once=False):
                continue  # "Organizations explain that …": a plural common noun opening the sentence, nobody named
            if head.kind == "person" and not head.role and self.adjective_opening_a_sentence(head.name):
                continue  # "Meaningless terms such as …": an adjective opening the sentence, nobody named
            if head.kind == "person" and " " not in head.name and self.participle_opening_a_sentence(head.name):
                continue  # "Sobbing, a junior nurse begged …": a participle set off before the sentence's subject, nobody named
            if head.kind == "person" and not head.role and " " not in head.name and self.common_word_no_name(head.name):
                continue  # "Sometimes described as …", "Guidance directed": a word the report writes in lower case, no name
            if head.body_if_described:
                described = self.firm_described_by_name(head.name)
                if described is None:
                    continue  # "“…,” Kessaro officials said": a town's or a person's officials, unnamed
                head = described
            if head.place_opening and not self.capitalised_inside_a_sentence(head.place_opening):
                continue  # "Local council said": a word opening the sentence, which the report never writes as a place's name
            if head.body_if_trade_named and self.principal_is_a_body(head):
                head = Head(head.name, head.role, "organization")  # "a spokesperson for Harlow Mining": a firm, no Mr Mining
            if head.body_unless_surname and self.names_a_person_with_surname(head.name.split()[0]):
                continue  # "Tom Hale runs the mill. “…,” said a Hale spokesman": a person's spokesman, unnamed
            post_holder = self.staff_post_holder(head) if head.staff_post else None
            if post_holder is not None:  # "“…,” said the Marlow Wanderers manager" after "Marlow Wanderers manager Tom Reed"
                head = post_holder if isinstance(post_holder, Head) else Head(self.name_of(post_holder), "", "person")
            held = (
                self.actor_of(post_holder, on)
                if post_holder is not None
                else self.role_holder(head, salience, on)
                if head.kind == "role"
                else self.actor_for(head, on)
            )
            if held is None:
                continue
            found.append(held)
            if head.role and head.kind != "role":
                salience.note(held, head.kind, head.role)
        return found

    def not_relayed_as(self, who: str, pronoun: str) -> bool:
        """Whether the person a relayed "him" or "her" resolved to cannot be the one an outlet quoted: one of the press
        (the outlet's own reporter who met him) or a person the report tells to be of the other sex."""
        if self.roles_of(who) & PRESS_ROLE_WORDS:
            return True
        name = r"\s+".join(map(re.escape, self.name_of(who).split()))
        press = "|".join(sorted(PRESS_ROLE_WORDS))
        # "Post reporter Tom Reed", "Tom Reed, a Post correspondent,": a role the walk keeps for no one who speaks
        if re.search(
            rf"\b(?:{press})s?\s+{name}\b|\b{name},\s+(?:a|an|the|our)\s+(?:[\w’'-]+\s+){{0,3}}(?:{press})\b", self.report.source_text, re.I
        ):
            return True
        if pronoun == "she":
            return self.titled_male(who) or self.named_male(who) or self.introduced_as.get(self.identity(who)) == "male"
        return self.titled_female(who) or self.named_female(who, by_ending=False) or self.introduced_as.get(self.identity(who)) == "female"

    def relayed_sex_known(self, who: str, pronoun: str) -> bool:
        """Whether the report tells the person to be of the pronoun's sex."""
        if pronoun == "she":
            return self.titled_female(who) or self.named_female(who, by_ending=False) or self.introduced_as.get(self.identity(who)) == "female"
        return self.titled_male(who) or self.named_male(who) or self.introduced_as.get(self.identity(who)) == "male"

    def others_named_before(self, subject: Subject, resolved: list[str]) -> bool:
        """Whether the pronoun's sentence or the one before it names a person other than those the pronoun resolved to
        ("Olek Brandt met Mara Tiven on Monday. The Post quoted her as saying"): a pronoun whose sex tells nothing is then
        no one's for sure."""
        end = self.current_offset + subject.start
        text = self.current_text[max(0, end - 400) : end]
        openings = [m.end() for m in SENTENCE_OPENING.finditer(text)]
        start = openings[-2] if len(openings) >= 2 else 0
        names = {self.name_of(who) for who in resolved}
        for chunk in chunks(text[start:]):
            head = head_of(chunk.text)
            if head is not None and head.kind == "person" and " " in head.name and head.name not in names:
                return True
        return False

    def acts_in_the_paragraph(self, name: str) -> bool:
        """Whether the paragraph writes the name before a verb ("National said"; not "the National government was")."""
        text = self.current_text
        return any(whole_word_at(text, at, name) and verb_follows(text[at + len(name) :]) for at in occurrences(text, name))

    def one_word_body(self, head: Head) -> str | None:
        """The body's name where a one-word name read as a person's or a title's ("Reform", "National") is a body's:
        the report writes it as one ("Reform set out its plans", "the Reform Party") and nothing there shows it to be
        a person's."""
        if " " in head.name or not ((head.kind == "person" and not head.role) or (head.kind == "role" and head.role == head.name)):
            return None
        word = fold_chars(head.name)
        if word in GIVEN_NAMES or word in self.by_surname or self.registry.known(head.name):
            return None
        named = written_as_a_body(self.report.source_text, head.name)
        if named is None or self.surname_of_someone_named(head.name):
            return None  # "Kestrel set out its plans" after "Tom Kestrel runs the yard": his yard's plans, and his words
        for before in self.words_before_name(head.name):  # "Mr Kestrel", "Ana Kestrel": a person's surname
            if not before.endswith(("’s", "'s")) and fold_chars(before) not in NOT_NAMES and fold_chars(before) not in DEMONYMS:
                return None
        return named

    def principal_is_a_body(self, head: Head) -> bool:
        """Whether the one a spokesperson speaks for, named without a title or a given name, is a body: its last word is
        a trade's or a body's, or one the report writes in lower case ("Harlow Mining", "Okafor Brothers"), and the
        report holds no person of that name ("Prime Minister Keir Starmer … a spokesman for Keir Starmer")."""
        last = head.name.split()[-1]
        if fold_chars(last) not in ORGANIZATION_WORDS | FIRM_TRADE_ENDINGS and not self.is_common_word(last):
            return False
        known = self.by_name.get(head.key)
        if known is not None and self.kind_of(known) == "person":
            return False
        surname = fold_chars(last)
        return surname not in self.by_surname and surname not in self.seen_full

    def staff_post_holder(self, head: Head) -> str | Head | None:
        """The person the report named with the body's name and the post its staff spoke in ("Marlow Wanderers manager
        Tom Reed" for "said the Marlow Wanderers manager"), the last so named; None where it named nobody so: the words
        are then the body’s, as an unnamed official’s are. Only the text up to this paragraph’s end counts, and the holder named there
        last; a former, outgoing, interim or acting holder, or one whose sentence tells him leaving ("was sacked",
        "resigned", "was replaced"), holds the post no longer: the words are then the body's."""
        post = r"\s+".join(map(re.escape, f"{head.name} {head.staff_post}".split()))
        at = self.find_paragraph_in_source()
        read = self.report.source_text[:at] + " " + self.paragraph_text if at >= 0 else self.report.source_text
        last: tuple[int, str | Head] | None = None
        for words, who in reversed(self.roles_named):
            if head.staff_post not in words or self.kind_of_who(who) != "person":
                continue
            name = r"\s+".join(map(re.escape, self.name_of(who).split()))
            # "Marlow Wanderers manager Tom Reed", "Tom Reed, the Marlow Wanderers manager,"
            for match in re.finditer(rf"\b{post}\s+{name}\b|\b{name},\s+(?:the\s+)?{post}\b", read):
                if last is None or match.start() > last[0]:
                    last = (match.start(), who if self.holds_post_still(read, match.start(), match.end()) else "")
        return last[1] or None if last is not None else None

    @staticmethod
    def holds_post_still(text: str, start: int, end: int) -> bool:
        """Whether the holder named at text[start:end] is no former, outgoing, interim or acting one, and the sentence
        naming him tells no leaving of the post."""
        if FORMER_HOLDER_BEFORE.search(text, max(0, start - 30), start + 1):
            return False
        opening = max(text.rfind(mark, 0, start) for mark in (". ", "\n"))
        closing = min((at for at in (text.find(". ", end), text.find("\n", end)) if at >= 0), default=len(text))
        return LEFT_THE_POST.search(text, opening + 1, closing) is None

    # --- the walk -------------------------------------------------------------------------

    def run(self) -> Attribution:
        labels = self.transcript_labels()
        salience = Salience()
        for section in self.report.sections:
            if DASH_CREDIT_TITLE.match(section.title) and salience.person is not None:
                # "— Maj Gen Jon Varga Director General, VPP": a pull quote's cite line made a heading, no part of the
                # story; the body under it goes on about the person of the section above ("He repeatedly said …")
                salience = Salience(person=salience.person, person_before=salience.person_before, body=salience.body, roles=dict(salience.roles))
            elif is_crosshead(section.title) and salience.person is not None:
                # "Roe says the suit is gaining traction." / "100+ plaintiffs, so far" / "“…,” she noted.": a crosshead
                # breaks up the story; its "she" is still the person it was about
                salience = Salience(person=salience.person, person_before=salience.person_before)
            else:
                salience = Salience()
            self.note_years([], fresh=True)
            heading_speaker: str | None = None
            heading = None
            paragraphs = [p for p in section.paragraphs if p.kind != "caption" and not photo_caption(p.text)]
            place = {id(p): n for n, p in enumerate(section.paragraphs)}
            # a caption quoting the one it shows is read where it stands, on its own: the name it gives in full is known
            # to the paragraphs under it ("Ms. Jo" after a caption's "Jo Tarn told reporters")
            quoting = [p for p in section.paragraphs if p.kind == "caption" and any(mark in p.text for mark in "“‘'\"")]
            index = 0
            open_statements: list[Statement] = []
            went_on: list[Statement] = []  # the statements the last paragraph of quotation went on with
            turn: Statement | None = None  # the transcript's turn the paragraphs go on with
            while index < len(paragraphs):
                paragraph = paragraphs[index]
                while quoting and place[id(quoting[0])] < place[id(paragraph)]:
                    self.caption_statements(section.slug, quoting.pop(0))
                self.opens_heading = not index or paragraphs[index - 1].heading != paragraph.heading
                if paragraph.heading != heading:
                    heading = paragraph.heading
                    self.day_paragraphs = []
                    self.note_years([found for _, found in stated_in(heading or "")])  # "Events of May 2017"
                    heading_speaker = self.heading_speaker(heading, paragraphs, index, salience)
                    salience = Salience(speaker=[], person=salience.person, body=salience.body, roles=dict(salience.roles))
                    if heading_speaker:
                        salience.note(heading_speaker, self.kind_of(heading_speaker), "")
                    elif heading and (said_so := headline_speaker(heading)) is not None:
                        salience.note(said_so, "person", said_so.role)  # "Treaty Was ‘A Sacred Duty,’ Ostrov Says": the item's "he"
                    if heading and opens_a_quotation(heading):
                        self.heading_statements(section.slug, heading, paragraph, paragraphs[index:], salience)
                text = without_note_markers(paragraph).strip()
                label = labels.get(paragraph.anchor) if labels else None
                if labels:
                    turn = self.follow_turn(turn, section.slug, paragraph, text, label)
                # the label names who speaks the turn's own words, not whom its pronouns and quotations are about
                text = " " * label.end + text[label.end :] if label is not None else without_turn_label(text)
                addressed = ADDRESSEE_OPENING.match(text, label.end) if label is not None and label.kind == "question" else None
                if addressed:  # "Q    Dana, we heard from …": the one asked, never the one whose words the question quotes
                    text = " " * addressed.end("who") + text[addressed.end("who") :]
                self.recent = [p for p in self.recent if p.heading == heading][-3:]
                signed = self.signed_post(paragraphs, index, text)
                if signed:  # "The bridge will stay closed … https://t.co/…" / "— Ilse Varga (@MayorVarga) March 4, 2020": her post
                    index += 1
                    self.block(section.slug, [paragraph, paragraphs[index]], None, heading_speaker, salience, paragraphs[index + 1 :])
                    open_statements, went_on = [], []
                elif (paragraph.kind == "quote" or self.whole_quote(text)) and not self.narration_set_as_a_block(paragraphs, index, text):
                    run = [paragraph]
                    while (
                        index + 1 < len(paragraphs)
                        and paragraphs[index + 1].heading == heading
                        and (paragraphs[index + 1].kind == "quote" or self.reopened(run[-1], paragraphs[index + 1]))
                    ):
                        index += 1
                        run.append(paragraphs[index])
                    if open_statements:
                        for statement in open_statements:
                            statement.paragraphs.extend(strip_outer_marks(without_note_markers(p)) for p in run)
                        # a paragraph of quotation left open too ("“They now join …" with no closing mark): the
                        # quotation goes on into the next paragraph that opens with a mark
                        last_spans = paragraph_spans(without_note_markers(run[-1]).strip())
                        still_open = bool(last_spans) and not last_spans[-1].closed
                        went_on, open_statements = open_statements, (open_statements if still_open else [])
                    else:
                        at = index - len(run)
                        intro = paragraphs[at] if at >= 0 and paragraphs[at].kind != "quote" else None
                        if intro is not None and self.preamble_after_cue(intro, paragraphs, at):
                            at -= 1
                            intro = paragraphs[at]  # "X said, “" / "The NEC … resolved as follows:" / “…”
                        # the paragraph over the intro, whose reported speaker a line of narration may stand between
                        earlier = (
                            paragraphs[at - 1]
                            if intro is not None and at > 0 and paragraphs[at - 1].kind != "quote" and paragraphs[at - 1].heading == heading
                            else None
                        )
                        self.block(section.slug, run, intro, heading_speaker, salience, paragraphs[index + 1 :], earlier)
                else:
                    if not (text.endswith(("”", "”.")) and "“" not in text):  # a quotation's tail, its opening mark lost: not the writer's "told me"
                        self.note_interlocutor(text, salience)
                    # a paragraph of the speaker's own account whose opening mark was lost, between paragraphs of one
                    # quotation ("“As his secretary, I … / During a visit, he told me … / “On his request, I …"): the
                    # quotation goes on past it
                    aside = self.lost_mark_aside(paragraph, paragraphs, index)
                    gone_on = (open_statements or went_on) if aside else []
                    after_open = index > 0 and paragraphs[index - 1].heading == heading and self.left_open(paragraphs[index - 1])
                    left_open, open_statements = (
                        open_statements,
                        self.inline(section.slug, paragraph, text, salience, paragraphs[index + 1 :], after_open),
                    )
                    said_so = headline_speaker(text) if not open_statements and len(text) <= HEADLINE_MAX else None
                    if said_so is not None:  # a digest's item headline set as a paragraph: the item's "he" is the one it names
                        salience.speaker = []
                        salience.note(said_so, "person", said_so.role)
                    above = paragraphs[index - 1].anchor if index else ""
                    speakers = [s.speaker for s in went_on or left_open] or self.ends_with_statement.get(above, [])
                    if speakers and not open_statements and self.tail_of_quotation(text, paragraphs, index):
                        # "“Since his ascension … / Through his wisdom, … in Nigeria”." then "“Kabiyesi …”": a quotation's
                        # last paragraph, its opening mark lost, is the speaker's, and the quotation goes on past it
                        above_text = strip_outer_marks(without_note_markers(paragraphs[index - 1]))
                        carried = went_on or left_open or [s for s in self.result.statements[-8:] if s.paragraphs[-1] == above_text]
                        for statement in carried:
                            if statement.speaker in speakers:
                                statement.paragraphs.append(strip_outer_marks(text))
                        self.ends_with_statement[paragraph.anchor] = speakers
                    if gone_on and not open_statements:
                        open_statements = gone_on
                    elif aside and paragraphs[index - 1].anchor in self.ends_with_statement and paragraph.anchor not in self.ends_with_statement:
                        self.ends_with_statement[paragraph.anchor] = self.ends_with_statement[paragraphs[index - 1].anchor]
                    went_on = []
                    if paragraph.anchor in self.goes_on:
                        self.join_gone_on(paragraph.anchor)
                self.recent.append(paragraph)
                self.read_above.append(without_note_markers(paragraph))
                if paragraph.kind != "quote" and ("day" in text or "night" in text):
                    self.day_paragraphs.append(paragraph.text)
                # a year without a month ("In 2019 limpet mines were …") sets only its own paragraph's days
                self.note_years([found for _, found in stated_in(text) if found.month])
                index += 1
            self.end_turn(turn)
            for caption in quoting:
                self.caption_statements(section.slug, caption)
        self.headline_statement()
        self.deck_statements()
        if self.turns:
            self.place_turns()
        return self.result

    def headline_statement(self) -> None:
        """A headline that opens with a quotation and names the speaker after a colon or a dash ("‘We will not give up’:
        Activist Lena Moor vows …"): theirs, placed before the first paragraph's statements, where the report names them
        so in its text too. Read after the text, so that the name resolves as the text's own mentions do."""
        found = headline_quotation(self.report.title)
        first = next((section for section in self.report.sections if section.paragraphs), None)
        if found is None or first is None or not self.names_a_person(found.speaker):
            return
        speaker = self.actor_for(found.speaker, self.report.date)
        statement = Statement(
            speaker,
            self.report.slug,
            first.slug,
            first.paragraphs[0].anchor,
            [found.quote],
            True,
            reason="headline: a quotation the headline credits",
        )
        statement.quoted = self.nested(statement.quote)
        self.result.statements.insert(0, statement)

    def deck_statements(self) -> None:
        """A deck crediting words by a role alone ("“…,” chief economist says"), left to nobody: the words are the one
        person's the story credits them to where it names that person with that role (decks.py)."""
        paragraphs = [(section.slug, paragraph) for section in self.report.sections for paragraph in section.paragraphs]
        order = {paragraph.anchor: index for index, (_slug, paragraph) in enumerate(paragraphs)}
        texts = {paragraph.anchor: paragraph.text for _slug, paragraph in paragraphs}
        in_order = [p for _s, p in paragraphs]  # once, not for each paragraph: a long report has hundreds
        for index, (slug, paragraph) in enumerate(paragraphs):
            if not under_the_headline(index, in_order):
                continue  # a line like a deck further down is a story's own (a quoted post, a list of reactions)
            left = next((entry for entry in self.result.unattributed if entry[:2] == (slug, paragraph.anchor)), None)
            credit = deck_role_credit(paragraph.text) if left is not None else None
            if left is None or credit is None:
                continue
            quote, role = credit
            words = lowered_words(quote)
            body = [s for s in self.result.statements if s.anchor != paragraph.anchor and lowered_words(s.quote) == words]
            speakers = {s.speaker for s in body}
            if len(speakers) != 1 or self.kind_of(body[0].speaker) != "person":
                continue
            if not named_with_role(texts.get(body[0].anchor, ""), self.name_of(body[0].speaker), role):
                continue
            statement = Statement(
                body[0].speaker,
                self.report.slug,
                slug,
                paragraph.anchor,
                [quote],
                True,
                date=body[0].date,
                date_basis=body[0].date_basis,
                reason=f"deck: '…, {role} says' over the story's same words, credited to one it calls so",
                heading=paragraph.heading,
            )
            statement.quoted = self.nested(statement.quote)
            at = next(
                (i for i, s in enumerate(self.result.statements) if order.get(s.anchor, 0) > order[paragraph.anchor]), len(self.result.statements)
            )
            self.result.statements.insert(at, statement)
            self.result.unattributed.remove(left)

    def caption_statements(self, section_slug: str, caption: Paragraph) -> None:
        """A photo caption quoting the one it names with a verb of saying ("Strong words: David Cameron said Buenos Aires
        should take 'careful note' of the referendum"): theirs, read on its own (no pronoun, no continuation reaches it
        or leaves it)."""
        found = len(self.result.statements)
        recent, self.recent = self.recent, []
        texts = self.previous_paragraph_text, self.paragraph_text
        self.inline(section_slug, caption, without_note_markers(caption).strip(), Salience(), [])
        self.recent = recent
        self.previous_paragraph_text, self.paragraph_text = texts
        cued = [
            s
            for s in self.result.statements[found:]
            if s.sieve in ("cue_before", "cue_after") and whole_word_in(caption.text, self.name_of(s.speaker).split()[-1])
        ]
        self.result.statements[found:] = cued

    # --- transcripts ----------------------------------------------------------------------

    def transcript_labels(self) -> dict[str, Label]:
        """A transcript's turn labels that name a speaker, by the anchor of the paragraph each opens; nothing for a report
        that is no dialogue (see transcripts.py)."""
        paragraphs = [p for section in self.report.sections for p in section.paragraphs if p.kind not in ("caption", "quote")]
        labelled = [(paragraph, label) for paragraph in paragraphs for label in [label_at(paragraph.text)] if label is not None]
        if len(labelled) < MIN_TURNS:
            return {}  # most reports: no label is read for what it names
        kinds: dict[str, str] = {}
        for _, label in labelled:
            if not label.kind and label.text.lower() not in kinds:
                kinds[label.text.lower()] = self.speaking_kind(label.text)
        people = [label for _, label in labelled if not label.kind and kinds[label.text.lower()] == "person"]
        found: dict[str, Label] = {}
        for paragraph, label in labelled:
            if not label.kind:
                named = kinds[label.text.lower()] or surname_label_of(label, people)
                if not named:
                    continue
                label = named if isinstance(named, Label) else Label(label.text, label.end, named, label.holder)
            found[paragraph.anchor] = label
            if label.holder:  # "The DEPUTY CHAIRPERSON (Mr M L Mushwana):" names who the office's later turns are
                self.office_holders.setdefault(label.text.lower(), label.holder)
        if not dialogue(list(found.values())):
            return {}
        heading = None
        for section in self.report.sections:  # headings and paragraphs in order, for an office's introduction
            for paragraph in section.paragraphs:
                if paragraph.heading != heading:
                    heading = paragraph.heading
                    self.transcript_lines.append((heading or "", None))
                self.transcript_lines.append((paragraph.text, found.get(paragraph.anchor)))
        self.narrators = narrators(self.transcript_lines)
        return found

    def speaking_kind(self, label: str) -> str:
        """ "role" for an office ("Counsel Inquiry", "THE CHAIR"), "person" for a name with a courtesy title or a given name
        ("Ms Blackwell", "DAME ORLA FENWICK", "Sir Patrick Vallance"), else "" ("Source", "Analysis", "Order of Battle")."""
        if names_a_post(label):
            return "role"
        chunk = CHUNK.fullmatch(title_cased(label))
        head = head_of(chunk.group(0)) if chunk else None
        if head is None or head.kind != "person":
            return ""
        if given_name_taken_for_a_place(title_cased(label), head):
            return "person"
        return "person" if has_courtesy_title(label) or self.names_a_person(head, repeated=False) else ""

    def speaker_of_label(self, label: Label) -> str | None:
        """The actor a turn label names: a person by their name; an office by the person the transcript introduces in it
        ("Questions From Counsel to the Inquiry" over "Ms Blackwell:") or, for "THE PRESIDENT", the one the report names
        so most often; Q, an unnamed questioner, nobody; A the one answering (see answerer)."""
        key = f"{label.text} ({label.holder})".lower()
        if key in self.turn_speakers:
            return self.turn_speakers[key]
        if label.text.lower() in self.narrators:
            return None  # a broadcast report's presenter or reporter: narration, links and questions, no statement
        name: str | Head | None = None
        if label.kind == "role" and not label.holder and label.text.lower() not in self.office_holders and is_office_title(label.text):
            self.turn_speakers[key] = self.office_title_speaker(label.text)
            return self.turn_speakers[key]
        if label.kind == "person":
            name = self.labelled_person(label.text)
        elif label.kind == "role":
            name = label.holder or self.office_holders.get(label.text.lower()) or introduced_holder(label.text, self.transcript_lines)
            words = label_words(label.text)
            if name is None and is_office(label.text):  # "The MINISTER OF HOME AFFAIRS:": "Dr M G Buthelezi, the Minister …"
                name = holder_named_with(label.text, self.report.source_text)
            if name is not None:
                name = self.labelled_person(name)
            elif len(words) == 1:
                name = self.usual_holder(words[0].capitalize())
        elif label.kind == "answer":
            name = self.answerer()
        head = head_of(name) if isinstance(name, str) else name
        found = self.actor_for(head, self.report.date) if head is not None and head.kind == "person" else None
        self.turn_speakers[key] = found
        return found

    def office_title_speaker(self, office: str) -> str:
        """A government office's turns in its own transcript ("PM:", "PREMIER:", "Health Minister:"): the person its title
        or opening lines name with the office, else the registry's holder of the office on the day, else the office
        itself. Never a holder named only in the turns: a premier speaks there of other premiers."""
        opening = [text for text, _ in itertools.takewhile(lambda line: line[1] is None, self.transcript_lines)]
        named = holder_of_office_title(office, [self.report.title, *opening])
        if named is not None:
            return self.actor_for(named, self.report.date)
        name = office_title_name(office)
        mentions = self.registry.mentions(name, self.report.date)
        if mentions and mentions[-1].start == 0 and mentions[-1].end >= len(fold_chars(name)) - 2:
            return mentions[-1].actor_id
        return self.actor_for(Head(name, name, "role"), self.report.date)

    @staticmethod
    def labelled_person(label: str) -> str | Head:
        """The person a turn's label names: "Dr P J C NEL" is P J C Nel, a doctor; "DAME ORLA FENWICK" Dame Orla Fenwick."""
        initialled = initialled_name(label)
        if initialled is not None:
            name, title = initialled
            return Head(name, title, "person", name.split()[-1])
        named = title_cased(label)
        head = head_of(named)
        if head is not None and given_name_taken_for_a_place(named, head):
            return Head(named, "", "person", head.name)  # "PARIS ALDANE" is Paris Aldane
        return named

    def answerer(self) -> str | Head | None:
        """Who answers a transcript's "A" turns: the one a title or an opening line says the interview is with ("Interview
        with Dr Ann Cole"), the witness sworn in ("DR ANN COLE (affirmed)"), else the person the writer talks with."""
        lines = [(self.report.title, None), *self.transcript_lines]
        opening = [text for text, _ in itertools.takewhile(lambda line: line[1] is None, lines)]
        for at, text in enumerate(opening):
            found = INTERVIEWEE.search(text)
            if found is None and 0 < at == len(opening) - 1 < len(lines) - 1:  # the line right above the first turn
                found = WITNESS_ASKED.search(text)
            if found is not None:
                chunk = CHUNK.match(title_cased(found.groupdict().get("who") or found.groupdict().get("witness") or found.group("asked")))
                head = head_of(chunk.group(0)) if chunk else None
                if head is not None and head.kind == "person":
                    return head
        return self.interlocutor

    def follow_turn(self, turn: Statement | None, section_slug: str, paragraph: Paragraph, text: str, label: Label | None) -> Statement | None:
        """The turn a paragraph opens or goes on with: a labelled paragraph opens its speaker's turn; one without a label
        goes on with the turn above under the same heading, unless it is a stage direction ("(Alarm)") or a label in a
        record's form that names nobody ("Hon. Members:", "Mr. Speaker:": see in_label_form)."""
        if label is None and turn is not None and paragraph.heading == turn.heading and not stage_direction(text) and not in_label_form_at(text):
            turn.paragraphs.append(text)
            return turn
        self.end_turn(turn)
        speaker = self.speaker_of_label(label) if label is not None else None
        if speaker is None or label is None:
            return None
        date = self.report.date  # a transcript is the record of its occasion: the words were said on its day
        return Statement(
            speaker,
            self.report.slug,
            section_slug,
            paragraph.anchor,
            [text[label.end :]],
            reason="turn: the speaker's turn in a transcript",
            heading=paragraph.heading,
            date=date,
            date_basis="record" if date else "",
        )

    def end_turn(self, turn: Statement | None) -> None:
        """A turn ends: kept as a statement unless it is only an assent ("Yes.", "Thank you.")."""
        if turn is None or sum(len(paragraph.split()) for paragraph in turn.paragraphs) < MIN_WORDS:
            return
        mentioned = self.registry.actors_named(turn.quote, turn.date)
        turn.mentions = [a for a in dict.fromkeys(mentioned) if a != turn.speaker]
        turn.quoted = self.nested(turn.quote)
        self.turns.append(turn)

    def place_turns(self) -> None:
        """The turns among the other statements in the order of the text, each before the quotations inside it."""
        order = {paragraph.anchor: number for number, paragraph in enumerate(p for section in self.report.sections for p in section.paragraphs)}
        statements = [*self.turns, *self.result.statements]
        self.result.statements = sorted(statements, key=lambda statement: order.get(statement.anchor, 0))

    def note_years(self, stated: list[StatedYear], fresh: bool = False) -> None:
        """Keep the years a paragraph or heading states for the yearless days of the section's next paragraphs."""
        self.section_years = [] if fresh else [*self.section_years[-STATED_PARAGRAPHS:], stated]
        self.years_above = governing_only([year for paragraph in self.section_years for year in paragraph])

    def note_interlocutor(self, text: str, salience: Salience) -> None:
        if not any(word.search(text) for word in WRITER_WORDS):
            return
        found = interlocutor_in(mask(text, paragraph_spans(text)))
        if found in ("he", "she"):
            found = salience.person
        if found is not None:
            self.interlocutor = found

    def asked_last(self) -> bool:
        """ "“How did these phrases make you feel?” the prosecutor asked the secretary.": a quote standing alone next is
        the answer, someone else's."""
        last = self.result.statements[-1] if self.result.statements else None
        return last is not None and last.paragraphs[-1].rstrip(" ”\"'’").endswith("?")

    def join_gone_on(self, anchor: str) -> None:
        """The quotation a paragraph left open and the next paragraph's first quotation, which closes it, are one
        statement of each speaker: the second's words are joined to the first."""
        first = self.goes_on.pop(anchor)
        opened = [s for s in self.result.statements[first:] if s.anchor != anchor]
        closing = [s for s in self.result.statements[first:] if s.anchor == anchor and s.speaker in {o.speaker for o in opened}]
        for statement in opened:
            went_on = next((c for c in closing if c.speaker == statement.speaker), None)
            if went_on is not None:
                statement.paragraphs.extend(went_on.paragraphs[:1])
                went_on.paragraphs = went_on.paragraphs[1:]
        self.result.statements = [s for s in self.result.statements if s.paragraphs]

    def lost_mark_aside(self, paragraph: Paragraph, paragraphs: list[Paragraph], index: int) -> bool:
        """Whether a paragraph with no quotation mark, written in the first person, stands between two paragraphs of
        quotation under the same heading."""
        text = without_note_markers(paragraph).strip()
        if not 0 < index < len(paragraphs) - 1 or "“" in text or '"' in text or FIRST_PERSON.search(text) is None:
            return False
        around = (paragraphs[index - 1], paragraphs[index + 1])
        return all(
            p.heading == paragraph.heading and (p.kind == "quote" or self.whole_quote(without_note_markers(p).strip()) or p.text.startswith("“"))
            for p in around
        )

    @staticmethod
    def left_open(paragraph: Paragraph) -> bool:
        """Whether the paragraph's last quotation is left open at its end (it goes on in the paragraph below)."""
        spans = paragraph_spans(without_note_markers(paragraph).strip())
        return bool(spans) and not spans[-1].closed

    @staticmethod
    def tail_of_quotation(text: str, paragraphs: list[Paragraph], index: int) -> bool:
        """Whether a paragraph is the end of a quotation left open in the paragraph above: no opening mark of its own,
        a closing one at its end ("… into one of the most respected royal institutions in Nigeria”.")."""
        if "“" in text or not text.rstrip(" .").endswith("”") or paragraphs[index - 1].heading != paragraphs[index].heading:
            return False
        spans = paragraph_spans(without_note_markers(paragraphs[index - 1]).strip())
        return bool(spans) and not spans[-1].closed

    @staticmethod
    def preamble_after_cue(intro: Paragraph, paragraphs: list[Paragraph], at: int) -> bool:
        """Whether the paragraph before a block of quotation is a preamble read out with it (no mark of its own, ending
        on a colon: "The NEC … resolved as follows:") after a paragraph whose verb of saying opens the quotation
        ("…, who read the communique, said, “" or "said:")."""
        text = without_note_markers(intro).strip()
        if at < 1 or not text.endswith(":") or "“" in text or '"' in text or SAYING_VERB.search(text):
            return False  # "Another commentator, X, complained about …:": a speaker's own introduction
        cue = paragraphs[at - 1]
        cue_text = without_note_markers(cue).strip()
        marks = cue_text.count('"') - len(FEET_AND_INCHES.findall(cue_text))  # 6'4" has no quotation mark
        opens = cue_text.endswith(("“", ":")) or (
            cue_text.endswith('"') and marks % 2 == 1 and FEET_AND_INCHES.search(cue_text[-8:]) is None
        )  # a straight mark that opens, not one closing the quote
        return cue.kind != "quote" and cue.heading == intro.heading and opens and CUE.search(cue_text) is not None

    @staticmethod
    def goes_on_into(last: Paragraph, below: Paragraph) -> bool:
        """Whether a quotation left open at a paragraph's end goes on in the next, which opens with a quotation mark."""
        last_spans = paragraph_spans(without_note_markers(last).strip())
        below_spans = paragraph_spans(without_note_markers(below).strip())
        return bool(last_spans) and not last_spans[-1].closed and bool(below_spans) and below_spans[0].start == 0 and below_spans[0].closed

    def reopened(self, last: Paragraph, following: Paragraph) -> bool:
        """A paragraph of the text wholly quoted that reopens the quotation the paragraph above left open (the Commonwealth
        way of running one over paragraphs: '“We want … / “They are …'): the same run as a block quote's paragraphs."""
        if following.kind != "paragraph" or following.text.lstrip()[:1] not in '"“„«':
            return False
        spans = paragraph_spans(without_note_markers(last).strip())
        return bool(spans) and not spans[-1].closed and self.whole_quote(without_note_markers(following).strip())

    @staticmethod
    def whole_quote(text: str) -> bool:
        spans = paragraph_spans(text)
        if len(spans) > 1 and text[:1] == '"':
            return spans_of_one_quotation(text, spans)
        return len(spans) == 1 and spans[0].start == 0 and (not spans[0].closed or spans[0].end >= len(text.rstrip(" .")) - 1)

    def narration_set_as_a_block(self, paragraphs: list[Paragraph], index: int, text: str) -> bool:
        """A block quote of one paragraph that is the story's own narration, its quotation with a cue naming the speaker
        inside it ("> “The goal is …,” Ann Vell told Our Harbour. Vell is …", a pull quote a Markdown export sets as
        a block): read as any paragraph, where nothing over it leads into it ("X wrote:") and no block quote goes on
        under it (a passage quoted whole, its own quotations its writer's)."""
        if paragraphs[index].kind != "quote" or self.whole_quote(text):
            return False
        if index + 1 < len(paragraphs) and paragraphs[index + 1].kind == "quote" and paragraphs[index + 1].heading == paragraphs[index].heading:
            return False
        above = paragraphs[index - 1] if index else None
        if above is not None and above.heading == paragraphs[index].heading:
            lead = without_note_markers(above).rstrip()
            if introduces_block(lead[sentence_start(lead, len(lead)) :]):
                return False
        spans = paragraph_spans(text)
        if not spans or spans[0].start != 0 or not spans[0].closed:
            return False
        masked = mask(text, spans)
        begin, end = self.sentence_of(masked, spans[0].start, spans[0].end, text)
        clause = Clause(masked[begin:end], spans[0].start - begin, spans[0].end - begin)
        found = cue_after(clause) or inverted_cue_after(clause)
        return found is not None and bool(found.subject.heads)

    def unproven_reach_body(self, head: Head) -> bool:
        """Whether a heading's body named for its reach ("Riverwatch International") lacks the evidence a name in a
        heading needs: the registry knows it, or the report names it again, with no word before the ending one the
        report writes in lower case ("Harbour Fever Goes International", "Going International: …")."""
        if head.kind != "organization" or fold_chars(head.name.split()[-1]) not in BODY_REACH_ENDINGS or self.registry.known(head.name):
            return False
        if any(self.is_common_word(word) for word in head.name.split()[:-1] if word.isalpha()):
            return True
        return sum(1 for _ in occurrences(self.report.source_text, head.name)) < 2

    def heading_speaker(self, heading: str, paragraphs: list[Paragraph], index: int, salience: Salience) -> str | None:
        """`Speaker: "quote"`, `Outlet: headline`, or a heading that is only a name (quote collections)."""
        if not heading:
            return None
        match = HEADING_SPEAKER.match(heading)
        who = match.group("who").strip() if match else heading.strip()
        if len(who.split()) > 14 or ((heading.count(".") >= 4 or "……" in heading) and DOT_LEADERS.search(heading)):
            return None  # "2. The President Seeks to Have … Reports.......:c005 114": a contents line kept as a heading
        chunk = CHUNK.fullmatch(who.strip(" .")) or (CHUNK.search(who) if match else None)
        if not chunk:
            return None
        head = head_of(chunk.group(0), who[: chunk.start()])
        if head is None or (head.kind in ("person", "organization") and who.isupper() and KICKER_WORDS.intersection(who.split())):
            return None  # "BACK TO SCHOOL: SOUTH KOREA": a roundup's kicker in capitals, no one's name
        if self.unproven_reach_body(head):
            return None  # "## Protests Spread Worldwide": a headline in title case, no body the report names
        if who.isupper() and (fold_chars(who.split()[0]).lower() in PREPOSITIONS or self.section_words_in_capitals(head)):
            # "IN THE NEWS", "NEWS BRIEFS": a bulletin's section in capitals, which repeats its words in the headings under
            # it; a name in capitals ("OKONKWO ADEBAYO") repeated over quotations is a quote collection's speaker
            return None
        if not match:
            # a bare name as a heading governs only when a quote follows it directly
            following = paragraphs[index] if index < len(paragraphs) else None
            if following is None or not (following.kind == "quote" or self.whole_quote(without_note_markers(following).strip())):
                return None
        if head.kind == "person" and not self.names_a_person(head):
            return None  # "Fourth Amendment Timeline", "Entry gatekeeping: regulating registration": a topic, nobody's name
        return self.actor_for(head, self.report.date)

    def heading_statements(self, section_slug: str, heading: str, first: Paragraph, below: list[Paragraph], salience: Salience) -> None:
        """A live blog's or digest's entry heading that quotes its speaker, named, with a verb of saying ("Mayor Jane Roe
        says city 'will not bow'", "Harbour Union warns of 'dark days'") is their statement, a span of its own even where
        the entry repeats the words; one that names them before a colon ('Jane Roe: "We rebuild"') only where the entry
        below does not quote the same words (then it is the entry's headline). Its passage is the entry's first paragraph."""
        text = heading if holds_any(heading, HEADING_DOUBLE_MARKS) else paired_singles_as_double(heading)
        spans = paragraph_spans(text)
        masked = ""  # made for the first quote past the cheap tests below
        for span in spans:
            colon = text[: span.start].rstrip().endswith(":")
            if not colon and CUE.search(text, 0, span.start) is None:
                continue  # no verb of saying before the quote (cue_before and governing_cue read only these)
            quote = classify(text, span, self.quoted_before)
            if not quote.text or quote.kind == "title":
                continue  # also "Minister X: “The Talks Will Go On”", a headline in title case
            if colon and (text[span.end :].strip(" .") or self.quoted_below(quote.text, below)):
                continue  # "Jane Roe: “We will rebuild”" over the entry that quotes it: the entry's headline
            masked = masked or mask_with_ends(text, spans)
            begin, end = self.sentence_of(masked, span.start, span.end, text)
            clause = Clause(masked[begin:end], span.start - begin, span.end - begin)
            found = (colon_line(clause) if colon else None) or cue_before(clause) or governing_cue(clause)
            if found is None or found.subject.pronoun or found.subject.role_noun or not found.subject.heads:
                continue  # "Plymouth MP warns …", "Officials say …": the entry, not its heading, names who
            if not all(self.proper_speaker_name(head) and not self.unproven_reach_body(head) for head in found.subject.heads):
                continue  # "Plymouth police promise …": a place's force, described, not named
            date = self.date_for(text[begin : span.start] + " " + text[span.end : end])
            for speaker in self.resolve(found.subject, salience, date):
                statement = Statement(
                    speaker,
                    self.report.slug,
                    section_slug,
                    first.anchor,
                    [strip_outer_marks(text[span.start : span.end])],
                    True,
                    reason=f"entry_heading: {found.sieve} ({found.detail})",
                    heading=heading,
                )
                self.date(statement, [text[begin : span.start], text[span.end : end]], first, going_on=goes_on(found))
                self.add(statement, text[begin:end], salience, salient=False)

    def proper_speaker_name(self, head: Head) -> bool:
        """A person named with evidence of a name, or a body or outlet whose every word is capitalised."""
        if head.kind == "person":
            return self.names_a_person(head, repeated=False)
        return head.kind in ("organization", "outlet") and all(word[0].isupper() or word in BODY_NAME_SMALL_WORDS for word in head.name.split())

    @staticmethod
    def quoted_below(words: str, below: list[Paragraph]) -> bool:
        """Whether the paragraphs under the heading hold these words (case and marks aside)."""
        wanted = lowered_words(words)
        longest = max(wanted.split(), key=len, default="")
        heading = below[0].heading if below else ""
        # the longest word looked for first, by str's "in" on the text in lower case: most paragraphs lack it
        return any(longest in p.text.lower() and wanted in lowered_words(p.text) for p in itertools.takewhile(lambda p: p.heading == heading, below))

    def labels_a_speaker(self, found: Found) -> bool:
        """Whether a line's label before a colon names its speaker: a person named only by the label needs evidence of a
        name (not "Mineral Resources:", "Transport:" before a committee's words)."""
        heads = found.subject.heads
        if found.detail != "a name line before the quote" or len(heads) != 1 or heads[0].kind != "person":
            return True
        head = heads[0]
        if self.names_a_person(head, repeated=False):
            return True
        if fold_chars(head.name.split()[-1]) in PORTFOLIO_WORDS:
            return False  # "Transport:", "Fisheries:": a portfolio's noun
        text = self.report.source_text
        return not any(PORTFOLIO_OF_BODY.search(text, max(0, at - PORTFOLIO_REACH), at) for at in occurrences(text, head.name))

    def section_words_in_capitals(self, head: Head) -> bool:
        """Whether a heading's "person" in capitals is words of a section's name ("NEWS BRIEFS"): no title, no given
        name (read in title case: "ELENA" is "Elena"), no one the report names, and a word the report writes in lower case."""
        if head.kind != "person":
            return False
        titled = Head(head.name.title(), head.role, head.kind)
        if self.names_a_person(titled, repeated=False):
            return False
        return any(self.is_common_word(word) for word in titled.name.split() if word.isalpha())

    def names_a_person(self, head: Head, repeated: bool = True) -> bool:
        """Evidence that a heading's or a line's label is a person's name: a title, a given name, the registry, the report
        naming them so elsewhere (with `repeated`, the surname again, capitalised, outside the heading)."""
        words = head.name.split()
        if self.bears_a_title(head) or self.registry.known(head.name) or head.key in self.by_name:
            return True
        surname = words[-1]
        if fold_chars(surname) in self.by_surname or fold_chars(surname) in self.seen_full:
            return True
        if len(words) >= 2 and (looks_female(head) or looks_male(head)):
            return True  # a given name ("Anna Lind", "Margaret Tolliver")
        if not repeated or any(self.is_common_word(word) for word in words if word.isalpha()):
            return False  # "Positive notionals: long risk", "Evaluate Impacts of …": a word the report writes in lower case
        text = self.report.source_text
        return sum(whole_word_at(text, at, surname) for at in occurrences(text, surname, self.body_start())) >= 2

    def sentence_of(self, masked: str, start: int, end: int, text: str = "") -> tuple[int, int]:
        finish = sentence_end(masked, max(start, end - 1))  # a quote's own full stop can end its sentence …
        if finish == end and text[end - 2 : end - 1] in ("?", "!") and TAG_AFTER_QUOTE.match(masked, end):
            finish = sentence_end(masked, end)  # … but not its question mark before "Zelensky said."
        source = TRAILING_SOURCE.match(masked, finish)
        return sentence_start(masked, start), source.end() if source else finish  # … but not before its "(Herald, March 3)"

    def inline(
        self, section_slug: str, paragraph: Paragraph, text: str, salience: Salience, following: list[Paragraph], after_open: bool = False
    ) -> list[Statement]:
        if (paragraph.kind == "item" or NUMBERED_CITATION.match(text)) and CITATION_MARK.search(text):
            return []  # "6. Putin ‘…,’ says Nato’s Rutte – The Guardian, accessed …, <https://…>": a note's cited title
        spans = paragraph_spans(text)
        if spans and paragraph.heading and reference_entry(paragraph.heading, text, spans):
            return []  # "References" / "Mayor Ilse Varga: “The harbour is our future.” (2021). Portville City News.": a title
        if after_open and spans and opening_lost(text, spans[0]):
            # "“… We have the votes.¶And we will win.” Tom Smith said, “…”": the words before the closing mark are the
            # close of the quotation the paragraph above left open, its speaker's, no lost opening of the next cue's
            spans = spans[1:]
        masked = mask_with_ends(text, spans)
        if spans:  # "BANGKOK, Thailand (AP) – The council …": the city is no subject
            masked = blank_wire_dateline(masked)
        if spans and ("@" in text or "_" in text):  # "@thabo_m tweeted": an account's handle, read as a name
            masked = self.handles.read(masked, self.report.source_text)
        if spans:  # "The Mara Volk Twitter profile began posting": Mara Volk
            masked = accounts_as_their_owners(masked)
        # "Anitta Hipper \u200dsaid": agency copy's invisible joiners read as the spaces they sit by (none is ASCII)
        if not masked.isascii() and holds_any(masked, ZERO_WIDTH_CHARACTERS):
            masked = masked.translate(ZERO_WIDTH_AS_SPACE)
        self.previous_paragraph_text, self.paragraph_text = self.paragraph_text, text
        years = stated_in(text)
        tracked = 0  # subjects are noted sentence by sentence, up to the quote being read: a later sentence's is no referent
        open_statements: list[Statement] = []  # the statements of a quotation left open at the paragraph's end
        open_span = -1
        previous: list[str] = []  # who spoke the paragraph's last statement: a quote standing alone goes on with them
        candidates = 0  # the paragraph's quotes read so far that could be statements
        last_sentence_speakers: list[str] = []
        last_sentence_end = 0
        last_was_direct = False
        last_quote_begin, last_quote_end = -1, 0  # the sentence and the end of the paragraph's last credited quote
        in_table_row = False  # the last credited quote opened a table's row, or went on with one
        for index, span in enumerate(spans):
            sentence_begins = sentence_start(masked, span.start)
            if sentence_begins > tracked:
                self.track_subjects(masked, salience, tracked, sentence_begins)
                tracked = sentence_begins
            quote = classify(text, span, self.quoted_before)
            folded = lowered_words(quote.text)  # " ".join(QUOTE_WORD.findall(quote.text.lower()))
            self.quoted_before.add(folded)
            if not quote.text or quote.kind == "title":
                continue
            if marks_astray(text, span):
                continue  # '… "Day of Rage — was "the completion of the reforms," including …': marks that went astray
            begin, end = self.sentence_of(masked, span.start, span.end, text)
            clause = Clause(masked[begin:end], span.start - begin, span.end - begin)
            self.current_text, self.current_offset = masked, begin
            if quote.kind == "label":
                # one word before a name ("had “struck” Palestinians", "with 'patronising' China") is not a noun's modifier
                before_name = NAME_NEXT.match(text, span.end) is not None
                one_word_modifier = quote.why == "modifies the noun after it" and len(quote.text.split()) == 1 and not before_name
                promotable = quote.why in PROMOTABLE_LABELS and not self.names_a_thing(quote)
                if one_word_modifier:  # one word before a noun is a scare quote, unless a verb of accusing or urging governs it
                    found = governing_cue(clause, stance_only=True) if promotable else None
                else:
                    found = (
                        (governing_cue(clause) or as_noted(clause) or according_to(clause) or as_x_put_it_after(clause) or nominal_cue(clause))
                        if promotable
                        else None
                    )
                    unaffiliated = self.without_affiliation(clause) if found is None and promotable else None
                    if unaffiliated is not None:  # "Downes at HKMU said Harris was likely to pursue a “…”": Downes's term
                        found = governing_cue(unaffiliated)
                    if found is None and quote.why == "repeats a phrase quoted earlier":
                        found = cue_before(clause)  # "Peskov said … until Kyiv made “decisions”": said again, with its own cue
                    if found is None and promotable and quote.text.endswith(","):
                        found = inverted_cue_after(clause)  # "… the sector's “march to the sea,” said Teng.": the sentence is his
                    if found is None and (promotable or quote.why == "repeats a phrase quoted earlier"):
                        found = sentence_final_cue(clause, quote.text.endswith(","))  # "must not “betray” the price paid …, he said."
                    if found is None and promotable:
                        found = quoted_verb(clause, quote.text)  # "Brindle senior staff “flatly denied” the claim"
                promotable = promotable and not one_word_modifier
                if found is None and promotable and last_was_direct and self.continues_account(clause, masked[last_sentence_end:begin], previous):
                    found = Found(Subject([]), "continuation", "the next sentence of the speaker's account")
                same_sentence = found is None and promotable and last_was_direct and last_quote_begin == begin
                if same_sentence and self.same_reported_words(masked[last_quote_end : span.start], previous):
                    found = Found(Subject([]), "continuation", "a further fragment of the words the sentence reports")
                if found is None:
                    continue
            else:
                below = self.name_line(text[span.end :]) if span.closed and not text[: span.start].strip() else None
                found = Found(Subject([below]), "name_line", NAME_UNDER) if below else self.sieve(clause)
                dashed = dash_credit_after(quote.text, text[span.end :]) if found is None and span.closed else None
                if dashed is not None:  # "… herself “What people say … one life.” - Ilse Varga. Accordingly, …"
                    found = Found(Subject([dashed]), "name_line", DASHED_NAME_AFTER)
                if found is not None and found.sieve == "according_to" and found.detail.startswith("X's") and quote.text[:1].islower():
                    found = answered_claim(clause, quote.text) or found  # "Marsh said Serrat's claim that … “is untrue”": hers
                if found is not None and subject_of_quoted_predicate(clause, quote.text, found):
                    found = None  # "The report stated Marrow “is unlikely to reopen”": Marrow is what it says is so, no speaker
                if found is not None and found.sieve == "colon_line" and about_the_speaker(quote.text, found.subject):
                    found = None  # "Zeroual considers nationalism part of his order: “Zeroual goes back to …”": a paper's words on him
                if found is not None and found.sieve == "colon_line" and not self.labels_a_speaker(found):
                    found = None  # "- Transport: “…” (Committee Legacy Report)": a list's topic or portfolio, nobody's name
            if found is not None and found.sieve == "cue_before":
                found = source_named_last(clause, found, quote.text.endswith(",")) or found
            if found is not None and found.subject.pronoun in ("he", "she") and ", where " in clause.masked[: clause.start]:
                found = self.pronoun_after_where(clause.masked[: clause.start], found) or found
            if found is not None and depicts(clause.masked):
                # a figure drawn in a cartoon speaks for nobody; the cartoon's own words are its outlet's
                drawn = bool(found.subject.heads) or not self.is_outlet(salience.body)
                found = None if drawn else Found(Subject([], role_noun="cartoon"), "depiction", "words shown in the outlet's cartoon or picture")
            lead = OPENING_CONJUNCTION.sub("", clause.masked[: clause.start])
            if "ing" in lead[:16] and SUBJECTLESS_PARTICIPLE.match(lead):
                lead = ""  # "Castell praised the party. Adding that, “…”": a fragment that goes on with the one before
            around = lead + clause.masked[clause.end :]
            if "@" in around:
                around = EMAIL_CREDIT.sub("", around)  # "“…” (anna.lee@example.com)": the item's credit, not the writer's words
            alone = not ANY_WORD_CHAR.search(
                BRACKETED_TAG.sub("", around)
            )  # "[Tweet, 10/18/23]" is no word; nor is "But" before the quote ("… Akin would have trouble. But “…”")
            if found is None and alone and quote.kind == "statement":
                found = self.named_by_the_next_sentence(masked, end)
            if (
                found is None
                and alone
                and quote.kind == "statement"
                and not previous
                and not self.paragraph_above_ends_with_statement()
                and self.endorsed_by_the_next_sentence(masked, end)
            ):  # "“…” Mara Tiven agrees." after "“…,” Pol Harren said.": she agrees with him, and he goes on
                candidates += 1
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
                continue
            if found is not None and found.sieve != "continuation" and display_reading_before(masked, span.start):
                candidates += 1  # "Lind pointed to the signs on the gate reading: “…”": the signs' words, not hers
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
                continue
            if found is None and alone and displayed_text_before(masked, span.start):
                candidates += 1  # "… had put up a notice at the gate. “No unloading after dark …”": the notice's words
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
                continue
            if found is None and alone and not quote.text.endswith(".") and possessed_speaker_after(masked, span.end):
                candidates += 1  # "“What does he do?” Brandt's mother asked": a speaker the text leaves unnamed, nobody's continuation
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
                continue
            owner = self.owner_of_words_before(masked, begin, last_quote_end) if found is None and alone else []
            if owner:  # "… recalling Chief Justice Okonkwo’s comments in the judgment. “The House is …”": his
                previous, found = owner, Found(Subject([]), "continuation", "a quote standing alone after a sentence naming X's words")
            if found is None and alone and not previous and quote.kind == "statement" and index + 1 < len(spans) and not masked[: span.start].strip():
                found = self.opening_quote_of_next_cue(masked, text, span, spans[index + 1])
            if found is None and alone and self.last_quote_unattributed(section_slug) and unnamed_speaker_quoted_just_before(masked, begin):
                candidates += 1  # "“…,” says a former employee who says Varga harassed her. “…”": the unnamed one's words
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
                continue
            if found is None and alone and not previous:
                # a quote standing alone goes on with the paragraph's last speaker; else with the person the sentence
                # before it is about ("Macron pressed the Russian leader. “…”"); the section's last speaker only when
                # it opens the paragraph (an unnamed source's second sentence is no one's), and not after a sentence
                # whose subject is a person's role noun ("The composer takes a deep breath. “…”"): that one's, or nobody's
                acting_role = self.role_acting_in_sentence_before(masked, begin)
                previous = (
                    self.subject_of_sentence_before(masked, begin)
                    or self.source_of_sentence_before(masked, begin, salience)
                    or self.pronoun_subject_of_sentence_before(masked, begin, salience)
                    or (self.holder_of_role_noun(acting_role, salience) if acting_role else [])
                    or (self.speaker_known_as(acting_role, masked[:begin], salience) if acting_role and not candidates else [])
                    or (
                        salience.speaker
                        if not candidates and not acting_role and not self.asked_last() and not unnamed_person_opens(masked, begin)
                        else []
                    )
                    or (
                        self.reported_speaker_of_paragraph_before(masked, begin, end, quote.text, salience)
                        if not candidates and not acting_role
                        else []
                    )
                )
            if found is None and previous and alone and last_quote_end and begin - last_quote_end > CONTINUATION_REACH:
                previous = self.subject_of_sentence_before(masked, begin)  # a page run into one paragraph: the speaker is far
            if found is None and previous and alone:
                reporter = (
                    self.reported_speaker_before(masked, begin, last_quote_end)
                    or self.introduced_before(masked, begin, last_quote_end)
                    or self.exemplified_before(masked, begin, last_quote_end, quote.text)
                )
                previous = reporter or previous  # "… Abe said, “…” At the time, Takaichi said [paraphrase]. “…”": hers
                found = Found(Subject([]), "continuation", "a quote standing alone after the speaker's last one")
            if found is None and previous and self.continues_account(clause, masked[last_sentence_end:begin], previous):
                found = Found(Subject([]), "continuation", "the next sentence of the speaker's account")
            if found is None and not alone and not previous and quote.kind == "statement" and fragment_closing_its_sentence(clause, lead, quote.text):
                # "…, Ida Maren says. Just because botanists found the cells first, “that does not tell us …”": the
                # source the paraphrase before closes on goes on, in her own words, as a whole sentence quoted there would
                previous = self.source_of_sentence_before(masked, begin, salience) or self.surname_source_of_sentence_before(masked, begin)
                if previous:
                    found = Found(Subject([]), "continuation", "a fragment closing the sentence after a paraphrase naming its source")
            if found is None and quote.kind == "statement" and index + 1 < len(spans):
                found = self.joined_to_next(masked, text, span, spans[index + 1], begin)
            if found is None and quote.kind == "statement" and index + 1 < len(spans):
                found = self.reported_with_next(masked, text, span, spans[index + 1], begin)
            if found is None and quote.kind == "statement" and index + 1 < len(spans):
                found = self.added_to_next(masked, text, span, spans[index + 1], (begin, end))
            if found is None and quote.kind == "statement" and index + 1 < len(spans):
                found = self.joined_across_named_object(masked, text, span, spans[index + 1], begin)
            if found is None and quote.kind == "statement" and "o s" in masked[end : end + 12]:
                found = self.so_says_next(masked, end)  # "… by “fueling his publicity machine.” Or so says Helen Price, …"
            if found is None and quote.kind == "statement" and len(quote.text.split()) >= 3:
                found = (
                    self.predicate_quote(clause, quote.text)
                    or self.after_colon_of_subject(clause, quote.text)
                    or self.paragraph_source(masked, begin, clause)
                )
                if found is None and not CUE.search(clause.masked):  # a verb of saying names the speaker elsewhere, even one not found
                    found = self.source_tag(masked, span.end)
            if found is None and quote.kind == "statement":
                poster = self.poster_of_post(masked, begin, clause)
                if poster:  # "@mira_k shared four photos. The tweet read: “…”": the author's words
                    previous, found = poster, Found(Subject([]), "continuation", "a post's words, its author named before it")
            candidates += 1
            if found is None:
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
                continue
            date = self.date_for(text[begin : span.start] + " " + text[span.end : end])
            speakers = previous if found.sieve == "continuation" else self.resolve(found.subject, salience, date)
            if found.subject.pronoun == "they" and self.last_quote_unattributed(section_slug) and not self.named_people(found, speakers):
                # "a dispatcher has voiced deep worry, saying: “…”" ¶ "They added: “…”", "They said:": the one left unnamed,
                # unless the body is named again after those words ("… “growing pro-AI candidates.” The Alliance … they proclaim")
                speakers = [s for s in speakers if self.named_since_unattributed(s, text, paragraph.anchor, begin)]
            if found.subject.pronoun in ("he", "she") and len(speakers) == 1 and self.named_in_quote(speakers[0], quote.text):
                speakers = []  # "“Leslie’s insight was …,” he told me": 'he' is not Leslie Field, whom the words name
            if not speakers and quote.kind == "statement":
                # "the Premier told reporters, “…”" where the report names no premier: a cue whose speaker is not found
                # leaves the words credited to nobody, where the reader can see them, not lost
                self.result.unattributed.append((section_slug, paragraph.anchor, quote.text[:200]))
            if found.detail == WORK_OF_DETAIL and len(speakers) == 1:
                salience.issuer = speakers[0]  # "According to Russia's nuclear doctrine, … The document adds that “…”"
            previous = speakers
            last_sentence_speakers, last_sentence_end = speakers, end
            last_quote_begin, last_quote_end = begin, span.end
            last_was_direct = found.sieve != "continuation"  # a scare quote after a continued account is the author's
            in_table_row = found.detail == TABLE_ROW_DETAIL or (in_table_row and found.sieve == "continuation")
            for speaker in speakers:
                statement = Statement(
                    speaker,
                    self.report.slug,
                    section_slug,
                    paragraph.anchor,
                    [quoted_words(text, span)],
                    True,
                    reason=f"{found.sieve}: {found.detail}",
                    heading=paragraph.heading,
                    note_key=self.note_after(paragraph, quote.text, following),
                )
                earlier = text[max(0, span.start - 1000) : span.start]  # the paragraph up to the quote, bounded
                # from the narration only: "“… hear the television better …,” says Okafor. “…”" names no TV interview
                # the clause after the quote too: "“…,” Ashby said in an address from the capitol."
                statement.occasion = occasion_in(masked[begin : span.start], masked[span.end : end], masked[max(0, span.start - 1000) : span.start])
                clause_texts = [text[begin : span.start], text[span.end : end], earlier]
                if in_table_row:  # "… Brad Lightcap “…” 77 March 24, 2026 …": a row's date follows its quotes
                    row_end = QUOTES_RUN_ON.match(text, span.end)
                    clause_texts.insert(0, text[span.end if row_end is None else row_end.end() :][:ROW_TAIL_CHARACTERS])
                self.years_here = governing_only((*self.years_above, *(found for at, found in years if at < span.start)))
                self.date(statement, clause_texts, paragraph, going_on=goes_on(found))
                # a press citation's day only where the sentence states none (a day the words were spoken beats the printing's)
                cited = cited_source_date(text, span.end, self.report.date, self.cited_day_first) if statement.date_basis == "report" else None
                tagged = source_tag_date(text, span.end) or cited or outlet_tag_date(text[begin : span.start], self.report.date, self.year_hint)
                if tagged is not None:
                    statement.date, statement.date_basis = tagged, "text"
                self.add(statement, text[begin:end], salience, salient=found.sieve != "name_line")  # a pull quote interrupts the story
                if not span.closed:
                    open_statements = [*open_statements, statement] if open_span == index else [statement]
                    open_span = index  # "David Hughes and Lizzy Buchan … said: “…": both go on into the next paragraphs
            people = len(speakers) >= 2 and all(self.kind_of(speaker) == "person" for speaker in speakers)
            salience.group = list(speakers) if people else []  # "Brands and Beckley argue that “…” … They admit"
        if tracked < len(masked):
            self.track_subjects(masked, salience, tracked)
        tail = masked[last_sentence_end:]
        if last_sentence_speakers and (
            not tail.strip(" .”\"’'") or self.aside_about(tail, last_sentence_speakers, masked[last_quote_begin:last_sentence_end])
        ):
            self.ends_with_statement[paragraph.anchor] = last_sentence_speakers
        return open_statements

    def aside_about(self, tail: str, speakers: list[str], sentence: str) -> bool:
        """ "“…,” he said, lighting a cigarette. The risks of smoking, he shrugged, were no longer a concern.": sentences
        about the one person who spoke the statement, naming nobody else, keep the thread to a paragraph of quotation."""
        if len(speakers) != 1 or self.kind_of(speakers[0]) != "person":
            return False
        speaker = speakers[0]
        words = self.name_of(speaker).split()
        names = (" ".join(words), words[-1], words[0] if fold_chars(words[0]) in FAMILY_FIRST_NAMES else "")
        pronouns = aside_pronouns(tail, names)
        if pronouns is None or self.names_someone_else(tail, speakers):
            return False
        said = {pronoun.lower() for pronoun in SHE_OR_HE.findall(sentence)}  # the pronoun of the statement's own cue
        if "he" in pronouns and ("she" in said or self.named_or_called_female(speaker) or self.titled_female(speaker)):
            return False
        return "she" not in pronouns or not ("he" in said or self.named_male(speaker) or self.titled_male(speaker))

    @staticmethod
    def names_a_thing(quote: QuoteSpan) -> bool:
        """ "the “Grom 2022” exercises" name a thing; "would pay a “BIG PRICE”" is a post's shouted words."""
        if not PROPER_NAME.fullmatch(quote.text):
            return False
        return quote.why == "modifies the noun after it" or SHOUTED.fullmatch(quote.text) is None

    def block(
        self,
        section_slug: str,
        run: list[Paragraph],
        intro: Paragraph | None,
        heading_speaker: str | None,
        salience: Salience,
        following: list[Paragraph],
        earlier: Paragraph | None = None,
    ) -> None:
        credited = self.credit_closing_run(run)
        posted = ""  # an embedded post's signature, which dates it ("— Ilse Varga (@MayorVarga) March 4, 2020")
        noted = run  # the paragraphs whose note markers cite the words: the credit line's too ("— Ivo Tran, Brill[^10]")
        if credited is not None:
            signature = without_note_markers(run[-1]).strip()
            posted = signature if POST_SIGNATURE_LINE.fullmatch(signature) else ""
            run = run[:-1]
        elif "(@" in run[-1].text:
            # "> … pic.twitter.com/abc — Ilse Varga (@MayorVarga) March 4, 2020": the signature run into the post's paragraph
            inline = POST_SIGNATURE_END.search(without_note_markers(run[-1]).rstrip())
            credited = self.name_line(inline.group(1)) if inline is not None else None
            posted = inline.group(1) if credited is not None and inline is not None else ""
        texts = [strip_outer_marks(without_note_markers(p)) for p in run]
        self.current_text, self.current_offset = "", 0  # a pronoun introducing a block quote means the passage's speaker
        found: Found | None = None
        intro_text = intro_masked = last = ""
        intro_spans: list[Span] = []
        if intro is not None:
            intro_text = without_note_markers(intro).strip()
            intro_spans = quote_spans(intro_text)
            intro_masked = mask(intro_text, intro_spans)
            masked = intro_masked[: intro_spans[-1].start] if intro_spans and not intro_spans[-1].closed else intro_masked
            last = masked[sentence_start(masked, len(masked.rstrip())) :].rstrip()
            if introduces_block(last):
                found = self.sieve(Clause(last + " \u201c\u201d", len(last) + 1, len(last) + 3, block=True))
        speakers: list[str] = []
        by = found  # how the speakers were found
        if found is not None:
            speakers = self.resolve(found.subject, salience, self.report.date)
        if last and (not speakers or found is None or found.sieve == "colon_line"):
            # "A communiqué from the organisation X, on 10 December:", "this was posted yesterday on X:": no verb of
            # saying, the digest forwarding a body's passage ("Below is a statement by X:" names X, not "Below")
            source = forwarded_from(last)
            if source is not None:
                speakers, by = [self.actor_for(source, self.report.date)], Found(Subject([]), "forwarded", "a passage a lead-in says comes from X")
        caption = self.card_caption_below(following[0], run[0].heading) if following and not last.endswith(":") else None
        if caption is not None and not speakers and len(texts) == 1:
            # "> “We will rebuild.”" / "Mayor Jane Roe on the flood damage.": a quote card's caption names who said it,
            # where the lead-in named nobody
            speakers, by = [self.actor_for(caption, self.report.date)], Found(Subject([]), "name_line", "a quote card's caption under it")
        named_below = False  # a pull quote's speaker named under it: the text around it is not about them
        if posted and credited is not None and speakers and by is not None and by.sieve != "name_line":
            # "Well, Harbour TV has the receipts:" over a post signed "— Teodor Ilves (@tilves) October 15, 2018": the
            # signature names the post's author, whoever the lead-in names
            speakers, by = [], None
        if not speakers and (credited is not None or following):
            below = credited or self.name_line_below(following[0], run[0].heading, following[1:2])
            if below is not None:  # a pull quote or a collection's quote with "Name, role" under it
                speakers, by = [self.actor_for(below, self.report.date)], Found(Subject([]), "name_line", NAME_UNDER)
                named_below, intro_text = True, ""
        words_of = words_of_named(without_note_markers(following[0])) if not speakers and following else None
        if words_of is not None:  # "“They carried guns all the time.”" / "These are the words of Mina Roe, who …"
            speakers, by = self.resolve(words_of.subject, salience, self.report.date), words_of
        if not speakers and heading_speaker:
            speakers, by = [heading_speaker], Found(Subject([]), "heading", "the heading names the speaker")
        if not speakers and following and self.goes_on_into(run[-1], following[0]):
            # "“I spent five days incommunicado. ¶ “I was also tortured …,” Otamendi told Al Jazeera": one quotation over two
            # paragraphs (the first left open), its speaker named in the second
            below_text = without_note_markers(following[0]).strip()
            below_spans = paragraph_spans(below_text)  # as goes_on_into found them (cached)
            below_masked = mask(below_text, below_spans)
            self.current_text, self.current_offset = below_masked, 0
            named = cue_after(Clause(below_masked, below_spans[0].start, below_spans[0].end))
            if named is not None:
                speakers = self.resolve(named.subject, salience, self.report.date)
                by = Found(Subject([]), "continuation", "a quotation going on into the next paragraph, where its speaker is named")
                if speakers:
                    self.goes_on[following[0].anchor] = len(self.result.statements)  # joined to the next paragraph's words
            self.current_text, self.current_offset = "", 0
        if (
            not speakers
            and intro is not None
            and intro.anchor in self.ends_with_statement
            and len(" ".join(texts).split()) > 4
            and not self.asked_last()
        ):
            # a paragraph of quotation after one whose last sentence quoted someone: the same speaker goes on
            speakers, by = self.ends_with_statement[intro.anchor], Found(Subject([]), "continuation", "a quoted paragraph after the speaker's quote")
        if not speakers and intro is not None and self.interlocutor is not None and len(" ".join(texts).split()) > 4:
            interlocutor = self.actor_of(self.interlocutor, self.report.date)
            name = self.registry[interlocutor].name
            if answers_writer(intro_masked, [name, name.split()[-1]]):
                speakers, by = [interlocutor], Found(Subject([]), "interview", "a quoted paragraph answering the writer")
        if not speakers and intro is not None and not intro_spans and len(" ".join(texts).split()) > 4:
            # "O'Sullivan acknowledged that China's support remains an issue." then a paragraph of bare quotation: the
            # paraphrase's speaker goes on (a pull quote with its name line under it was credited above)
            reported = self.main_verbs_subject(last)  # "He added that some leaders now deny that …": his, not theirs
            if reported is None and CUE.search(last):
                reported = self.sieve(Clause(last + " \u201c\u201d", len(last) + 1, len(last) + 3, block=True))
            if reported is not None and reported.sieve == "according_to" and according_to_two_people(last):
                reported = None  # "according to Mara Tiven and Olek Brandt, …": two sources, and the quotation one voice
            if reported is not None and reported.sieve in ("cue_before", "according_to"):  # "According to her, toddlers are …"
                speakers = self.resolve(reported.subject, salience, self.report.date)
                by = Found(Subject([]), "continuation", "a quoted paragraph after the speaker's reported words")
            if not speakers and FIRST_PERSON_QUOTE.search(" ".join(texts)):
                speakers = self.reported_before_aside(masked, last, salience)
                by = Found(Subject([]), "continuation", "a quoted paragraph after the speaker's reported words and an aside about them")
            if not speakers:
                before_last = masked[: len(masked.rstrip()) - len(last)].rstrip()
                body = body_asking(last) or body_citing_own_sources(before_last[sentence_start(before_last, len(before_last)) :], last)
                if body is not None:  # "X asks the city to make sure … ." / "X has received …. According to their sources,"
                    speakers, by = (
                        [self.actor_for(body, self.report.date)],
                        Found(Subject([]), "forwarded", "a body's appeal or report, quoted under it"),
                    )
        if not speakers and earlier is not None and intro is not None and not intro_spans and FIRST_PERSON_WORD.search(" ".join(texts)):
            speakers = self.reported_across_narration(earlier, intro_masked, salience)
            by = Found(Subject([]), "continuation", "a quoted paragraph after the speaker's reported words and a paragraph naming nobody")
        if not speakers and intro is not None and not intro_spans and len(" ".join(texts).split()) > 4:
            speakers = self.person_on_both_sides(intro_masked, following, run[0].heading)
            by = Found(Subject([]), "continuation", "a quoted paragraph between two about one person, who speaks in the second")
        if not speakers:
            self.result.unattributed.append((section_slug, run[0].anchor, " ".join(texts)[:200]))
            return
        self.ends_with_statement[run[-1].anchor] = speakers  # a second paragraph of quotation goes on with them
        for speaker in speakers:
            statement = Statement(
                speaker,
                self.report.slug,
                section_slug,
                run[0].anchor,
                texts,
                False,
                reason=f"{by.sieve}: {by.detail}" if by is not None else "",
                heading=run[0].heading,
                note_key=self.note_of(noted, following),
            )
            noun = OCCASION_NOUN.search(intro_text[-200:]) if may_hold_any(intro_text[-200:], OCCASION_NOUN_WORDS) else None
            statement.occasion = NOUN_OCCASIONS.get(noun.group(1).lower(), "") if noun else ""
            statement.occasion = statement.occasion or occasion_in(intro_text[-300:], intro_text)
            self.years_here = self.years_above
            self.date(statement, [intro_text, posted] if posted else [intro_text], run[0], going_on=by is not None and goes_on(by))
            if named_below:
                self.add(statement, "", salience, salient=False)
                continue
            self.date_line(statement, following)
            self.add(statement, intro_text + " " + " ".join(texts), salience)

    def person_on_both_sides(self, intro: str, following: list[Paragraph], heading: str) -> list[str]:
        """ "Bilal Qureshi, an educationist, puts the onus on the state." / "“Under Article 12 …”" / "…, Mr Qureshi told the
        paper, …. “…,” he concluded.": a paragraph of bare quotation between a paragraph about one named person and the
        next, where that person speaks and nobody else is named, is theirs (a charter's words after a paragraph about
        the charter, or a paragraph naming two people, stay nobody's)."""
        if not following or following[0].kind != "paragraph" or following[0].heading != heading:
            return []
        named = [head for chunk in chunks(intro) if (head := head_of(chunk.text)) is not None and head.kind == "person"]
        person = max(named, key=lambda head: len(head.name)) if named else None
        if person is None or " " not in person.name or any(not person.name.endswith(head.name.split()[-1]) for head in named):
            return []  # nobody named in full, or two people
        surname = person.name.split()[-1]
        below = without_note_markers(following[0]).strip()
        spans = paragraph_spans(below)
        masked = mask(below, spans)
        if not spans or self.names_other_than(masked, surname):
            return []
        for span in spans:
            begin, end = self.sentence_of(masked, span.start, span.end, below)
            found = self.sieve(Clause(masked[begin:end], span.start - begin, span.end - begin))
            pronoun = found.subject.pronoun if found is not None else ""
            if self.sex_rules_out(pronoun, person, by_ending=True):
                return []
            if found is not None and (pronoun in ("he", "she") or any(head.name.endswith(surname) for head in found.subject.heads)):
                return [self.actor_for(person, self.report.date)]
        return []

    @staticmethod
    def names_other_than(text: str, surname: str) -> bool:
        """Whether the text names a person whose name does not end with the surname (not the one a "told" addresses:
        "Mr Nayyer told Dawn", a paper or an interviewer)."""
        return any(
            (head := head_of(chunk.text)) is not None
            and head.kind == "person"
            and not head.name.endswith(surname)
            and not text.endswith("told ", 0, chunk.begin)
            for chunk in chunks(text)
        )

    @staticmethod
    def name_line_below(paragraph: Paragraph, heading: str, after: list[Paragraph]) -> Head | None:
        if paragraph.heading != heading:
            return None
        if paragraph.kind == "item" and not (after and after[0].kind == "item"):
            # "“…”" / "– Ines Reyes, mother.": a credit line's en dash read as a list's bullet, a list of that one line
            return ReportAttribution.name_line("\u2013 " + without_note_markers(paragraph).strip())
        return ReportAttribution.name_line(without_note_markers(paragraph)) if paragraph.kind == "paragraph" else None

    @staticmethod
    def signed_post(paragraphs: list[Paragraph], index: int, text: str) -> bool:
        """A paragraph of plain text right above an embedded post's signature line, under the same heading: the post."""
        if index + 1 >= len(paragraphs) or paragraphs[index].kind != "paragraph":
            return False
        below = paragraphs[index + 1]
        line = below.text.lstrip()
        if line[:1] not in ("—", "–") or below.heading != paragraphs[index].heading:  # most paragraphs: the cheap test first
            return False
        return POST_SIGNATURE_LINE.fullmatch(line.rstrip()) is not None and not quote_spans(text)

    @staticmethod
    def credit_closing_run(run: list[Paragraph]) -> Head | None:
        """ "> “…”" / "> — Paul Dane, 33": a block quote whose last line is a dash and a name credits the quotation above it
        (an epigraph's, a pull quote's or a case card's credit, set in the block quote with it)."""
        if len(run) < 2:
            return None
        last = without_note_markers(run[-1]).strip()
        return ReportAttribution.name_line(last) if last[:1] in ("\u2014", "\u2013") else None

    @staticmethod
    def card_caption_below(paragraph: Paragraph, heading: str) -> Head | None:
        """The person a quote card's caption opens with, role words before the name and no verb of theirs after it, the
        occasion instead ("Mayor Jane Roe on the flood damage.", "Central bank governor Omar Hale speaking after the
        meeting.", "Ana Roe, harbour master, as the port reopened."); None for a paragraph of narration."""
        if paragraph.heading != heading or paragraph.kind != "paragraph":
            return None
        line = without_note_markers(paragraph).strip()
        first = line[: min(sentence_end(line, 0), 400)]  # the caption's first sentence
        caption = CARD_CAPTION.match(first) if not quote_spans(first) and len(first.split()) <= CARD_CAPTION_WORDS else None
        if caption is not None:
            occasion = first[caption.start("occasion") :]
            verbs = len(FINITE_VERB.findall(first, caption.end()))  # the occasion's own clause may hold one
            if NARRATION_TIME_AFTER_NAME.match(occasion) or verbs > (caption.group("occasion") in CLAUSE_OCCASIONS):
                return None  # "Mayor Jane Roe on Tuesday signed the order anyway.": narration, the name its subject
        head = head_of(caption.group("name"), line[: caption.start("name")]) if caption else None
        return head if head is not None and head.kind == "person" and " " in head.name else None

    @staticmethod
    def name_line(text: str) -> Head | None:
        """`Evgeny Krivosheev, F+ tech's head of production`: a line that only names someone, as under a pull quote."""
        line = text.strip().lstrip("–—-• ").strip()
        if PICTURE_CREDIT.match(line):  # "– Photo: Velden Archive.": who took the picture, not who said the words
            return None
        credit = text.strip()[:1] in ("—", "–") and not quote_spans(line)
        if credit:  # "—climate scientist Jo Marsh: February 2010", "—Jo Marsh talking to Popular Science, June, 2012."
            line = without_credit_role(line.removesuffix("."))
        if len(line.split()) > 16 or line.endswith(".") or quote_spans(line):
            return None
        chunk = CHUNK.match(line)
        if not chunk or not (NAME_LINE_END.match(line[chunk.end() :]) or (credit and CREDIT_TAIL.match(line[chunk.end() :]))):
            return None
        head = head_of(chunk.group(0))
        if head is None and credit and " of " in chunk.group(0):  # "—John Cook of Skepticalscience.com": the person, of a website
            head = head_of(chunk.group(0).split(" of ")[0])
        return head if head is not None and head.kind != "role" else None

    def reported_before_aside(self, masked: str, last: str, salience: Salience) -> list[str]:
        """ "X said he joined the march after 3pm. She was worried that he was not coming home." then a paragraph of bare
        quotation in the first person: the words go on from the sentence that reported X's speech, where the sentences after
        it are about X alone (an aside's pronoun or name, nobody else named)."""
        end = len(masked.rstrip()) - len(last)
        for _ in range(REPORTED_BEFORE_ASIDE_SENTENCES):
            before = masked[:end].rstrip()
            if not before:
                return []
            start = sentence_start(before, len(before))
            sentence = before[start:]
            end = start
            if not CUE.search(sentence):
                continue
            reported = self.main_verbs_subject(sentence) or self.sieve(
                Clause(sentence + " \u201c\u201d", len(sentence) + 1, len(sentence) + 3, block=True)
            )
            if reported is None or reported.sieve not in ("cue_before", "according_to"):
                return []
            speakers = self.resolve(reported.subject, salience, self.report.date)
            return speakers if speakers and self.aside_about(masked[len(before) :], speakers, "") else []
        return []

    def reported_across_narration(self, earlier: Paragraph, narration: str, salience: Salience) -> list[str]:
        """ "Ada Vorn, the mayor, said the plan was late." / "The council has met twice since May." / "“We cannot wait.”":
        a paragraph of bare quotation in the first person goes on from the person whose words the paragraph before last
        reported by name (or quoted in its last sentence), where the paragraph between is a short one of narration that names nobody, reports nobody's
        words and quotes none; a wrong credit is worse than a miss, so any name between, or a pronoun, leaves it."""
        narration = narration.strip()
        if not narration or len(narration.split()) > NARRATION_BETWEEN_WORDS or sentence_end(narration, sentence_end(narration, 0)) < len(narration):
            return []  # more than two sentences: a passage of its own
        if CUE.search(narration) or SHE_OR_HE.search(narration) or self.names_someone_else(narration, []):
            return []
        text = without_note_markers(earlier).strip()
        if quote_spans(text):
            # "Calder explained: “…”" / "In practice, it would close every shop." / "“We asked them …”": the one person
            # whose words closed the paragraph before last goes on, across the line of narration
            # The line must be the writer's comment on the matter ("it", "this", "there" its subject): a line whose
            # subject is someone ("The mayor refused.", "The council disagreed.") brings in who answers, and a question
            # closing the paragraph before ("Calder asked: “Will you meet us?”") is answered by the other party.
            if IMPERSONAL_LINE.match(narration) is None or text.rstrip("”’\"' ").endswith("?"):
                return []
            quoted = self.ends_with_statement.get(earlier.anchor, [])
            return quoted if len(quoted) == 1 and self.kind_of(quoted[0]) == "person" else []
        last = text[sentence_start(text, len(text.rstrip())) :].rstrip()
        if not CUE.search(last):
            return []
        reported = self.main_verbs_subject(last) or self.sieve(Clause(last + " \u201c\u201d", len(last) + 1, len(last) + 3, block=True))
        if reported is None or reported.sieve != "cue_before" or not reported.subject.heads or len(reported.subject.heads) != 1:
            return []
        speakers = self.resolve(reported.subject, salience, self.report.date)
        return speakers if len(speakers) == 1 and self.kind_of(speakers[0]) == "person" else []

    def main_verbs_subject(self, sentence: str) -> Found | None:
        """The subject of the sentence's first verb of saying, when the sentence opens with it ("He admitted that … but
        insisted …", "Bradbrooke said warning people … would not deter them")."""
        first = MAIN_CUE_OPENING.match(sentence)
        if first is None:
            return None
        clause = sentence[: first.end()]
        return self.sieve(Clause(clause + " \u201c\u201d", len(clause) + 1, len(clause) + 3, block=True))

    def continues_account(self, clause: Clause, between: str, previous: list[str]) -> bool:
        """ "“…,” Blinken recalled. It was a “difficult conversation.”": the sentence right after a statement, naming no one
        but the speaker and places, and with no verb of saying, goes on with the speaker's account."""
        if not previous or between.strip():
            return False
        # "… is “as low as I’ve ever seen.” (Moss does not supply the grocer.)": the writer's aside in brackets after the
        # quote's closing stop is no part of the sentence, whomever it names
        words = clause.masked[: clause.start] + " " + ASIDE_AFTER_CLOSING_STOP.sub("", clause.masked[clause.end :])
        if "like " in words or "such as " in words:
            words = NAMED_AS_AN_EXAMPLE.sub(r"\1 ", words)  # "…, caused in part by companies like Harlow Mining, “we have …”": his
        return (
            not self.names_someone_else(words, previous) and not POSSESSOR.search(words) and not says_in(words)
        )  # "Putin’s “…” rhetoric": the author's

    def names_someone_else(self, text: str, speakers: list[str]) -> bool:
        """Whether the text names a person or a body (places aside) other than the speakers."""
        names = {fold_chars(self.registry[actor].name) for actor in speakers}
        # "matched at Harlow-owned QFC stores": a name before a place's noun names the place, nobody who speaks
        heads = (head_of(c.text, text[: c.begin]) for c in chunks(text) if not named_place(text, c))
        return any(head is not None and head.kind != "state" and head.key not in names and not self.names_one_of(head, speakers) for head in heads)

    def names_one_of(self, head: Head, actors: list[str]) -> bool:
        """Whether the report already read this name as one of the actors ("AMD" after "Advanced Micro Devices Inc (AMD)")."""
        spelled_out = self.abbreviations.get(head.name)
        return self.by_name.get(head.key) in actors or (spelled_out is not None and self.by_name.get(spelled_out.key) in actors)

    @staticmethod
    def source_tag(masked: str, end: int) -> Found | None:
        """ "the delegation included “a number of top officials” (Amman radio, 8 March)": a media analysis credits a
        quotation no sentence attributes to the outlet in the source-and-date tag right after it."""
        tag = SOURCE_TAG.match(masked, end)
        who = tag.group("who").strip() if tag else ""
        named = chunks(who) if who else []  # "Amman radio": a name and its outlet noun
        head = head_of(who) if len(named) == 1 and named[0].text == who else None
        if head is None or head.kind not in ("outlet", "organization"):
            return None
        return Found(Subject([head]), "source_tag", "the outlet in the source-and-date tag after the quote")

    def joined_to_next(self, masked: str, text: str, span: Span, following: Span, begin: int) -> Found | None:
        """ "“Every night we hear warnings” followed by “rockets, drones and missiles,” he told OSV News": a fragment joined
        by a few words naming nobody to the next quote of its sentence, which a verb of saying after it credits."""
        between = masked[span.end : following.start]
        if len(between.split()) > JOINING_WORDS_MAX or SAME_CLAUSE_BREAK.search(between):
            return None
        if not between and text[span.end - 2 : span.end - 1] in (".", "!", "?"):
            return None  # "…needs.""When I …," X told: a whole sentence run into the next paragraph's quote, no fragment
        if any((head := head_of(c.text)) is None or head.kind != "state" for c in chunks(between)):
            return None  # someone named between the two; a country ("inside Myanmar") is where, not who
        start, end = self.sentence_of(masked, following.start, following.end, text)
        if start != begin:
            return None
        before = self.short_lead_in(masked, begin, span)  # a long one is a clause of its own: the fragment may still join
        if before is not None and speaks_in(before):
            return None  # "Officials insist the water is “perfectly safe” to drink, yet “…,” Ann Lee said": theirs
        clause = Clause(masked[start:end], following.start - start, following.end - start)
        # "“…” inside Myanmar “… we are”, too, says Rhoads": the next quote's sentence may end on its speaker
        found = cue_after(clause) or sentence_final_cue(clause, text[following.end - 2 : following.end - 1] == ",")
        return Found(found.subject, "cue_after", "a fragment joined to the next quote, which " + found.detail, found.cue) if found else None

    def reported_with_next(self, masked: str, text: str, span: Span, following: Span, begin: int) -> Found | None:
        """ "The delays have been “very costly” and the firm is acting, but for now “we will not cut corners,” company CEO
        Karl Dorn said.": a fragment in the clause a sentence reports, its last quote closing the clause on a comma right
        before the cue that credits a person; the words between them name no one and cue no one, so the fragment is the
        same person's paraphrased words (what joined_to_next leaves: a clause of its own between the two); a body may
        act there ("and Harbour Gas is acting": the speaker's firm, as the speaker tells it), no person. The fragment is
        the complement of a copula whose subject names no words ("Her motto was “…”"), and nothing before it in the
        sentence says it or names a person ("Critics call the plan “…”", "Officials insist the water is “…”")."""
        if not text[following.inner_start : following.inner_end].rstrip().endswith(","):
            return None  # "… “at least,” he said" closes the clause; "“…” the next day, she said" is another sentence's part
        if text[span.inner_start : span.inner_end].rstrip().endswith((".", "!", "?")):
            return None  # '"They read about it.""When I apply, …," X told': a whole sentence, no fragment of the clause
        before = self.short_lead_in(masked, begin, span)
        if before is None:
            return None  # a long lead-in is a clause of its own, whoever speaks in it: no copula's subject
        copula = COPULA_RIGHT_BEFORE.search(before, max(0, len(before) - COPULA_REACH))
        if copula is None or names_words(before[: copula.start()]):
            return None  # "Critics call the plan “…”", "The law bans “…”", "Her motto was “…”": the words of the subject
        if self.speaks_or_names_a_person(before):
            return None  # "Officials insist the water is “perfectly safe”": the fragment's speaker stands before it
        between = masked[span.end : following.start]
        if len(between.split()) > REPORTED_CLAUSE_WORDS_MAX or REPORTED_CLAUSE_BREAK.search(between):
            return None
        if self.speaks_or_names_a_person(between):
            return None  # "… “very costly” and Ann Lee, the mayor, thinks that “…,” Dorn said": someone else between them
        start, end = self.sentence_of(masked, following.start, following.end, text)
        if start != begin or "“" in masked[following.end : end] or '"' in masked[following.end : end]:
            return None  # the next quote is the sentence's last, in the same sentence
        if AS_OR_ACCORDING_NEXT.match(masked, following.end):
            return None  # "… as “neutral” but rather as “impartial,” as stated by X": the second term is X's, not the sentence
        clause = Clause(masked[start:end], following.start - start, following.end - start)
        found = cue_after(clause)
        if found is None or not (any(h.kind == "person" for h in found.subject.heads) or found.subject.pronoun in ("he", "she")):
            return None
        return Found(found.subject, "cue_after", "a fragment of the clause the next quote ends, which " + found.detail, found.cue)

    @staticmethod
    def short_lead_in(masked: str, begin: int, span: Span) -> str | None:
        """The words of a fragment's sentence before it; None where they are more than REPORTED_SUBJECT_CHARS_MAX."""
        before = masked[begin : span.start]
        return before if len(before) <= REPORTED_SUBJECT_CHARS_MAX else None

    @staticmethod
    def speaks_or_names_a_person(text: str) -> bool:
        """Whether a verb of saying has a speaker in text, or a person is named there."""
        return speaks_in(text) or any((head := head_of(c.text)) is not None and head.kind == "person" for c in chunks(text))

    def opening_quote_of_next_cue(self, masked: str, text: str, span: Span, following: Span) -> Found | None:
        """ "“It must bind all parties.” “The need is as great,” said the former chair.": a paragraph opening on two quoted
        sentences with nothing between them, the second's cue after it names the speaker of both, not the last speaker of
        the paragraph before. A first quotation asking a question is no one's the answer names ("“Can we go?” “Not yet,”
        said X": an exchange)."""
        if masked[span.end : following.start].strip() or text[span.start : span.end].rstrip(" ”\"’'").endswith("?"):
            return None
        start, finish = self.sentence_of(masked, following.start, following.end, text)
        if start != following.start:
            return None
        found = cue_after(Clause(masked[start:finish], 0, following.end - start))
        if found is None:
            return None
        return Found(found.subject, "cue_after", "a quote opening the paragraph before the next, which " + found.detail, found.cue)

    def added_to_next(self, masked: str, text: str, span: Span, following: Span, sentence: tuple[int, int]) -> Found | None:
        """ "“We are focusing on those voters” of the two. “I think we have made the case,” Dorr added.": a quote with no
        cue of its own, then in the next sentence a quote that "X added" (or "went on", "continued") credits: X's too."""
        begin, end = sentence
        if CUE.search(masked, begin, span.start):
            return None  # "A masked man rides up shouting “…” in the clip. “…,” she adds": the unnamed man's words
        between = masked[span.end : following.start]
        if len(between.split()) > JOINING_WORDS_MAX or SAME_CLAUSE_BREAK.search(between) or CUE.search(between) or chunks(between):
            return None  # "“…” Fisk disagreed. “…,” Dorr added": someone else between them
        start, finish = self.sentence_of(masked, following.start, following.end, text)
        if start < end or masked[end:start].strip():
            return None  # the next quote must open the next sentence
        found = cue_after(Clause(masked[start:finish], following.start - start, following.end - start))
        if found is None or base_of(found.cue) not in ADDING_CUES:
            return None
        return Found(found.subject, "cue_after", f"a quote before the speaker's next, which '{found.cue}' credits", found.cue)

    def pronoun_after_where(self, before: str, found: Found) -> Found | None:
        """ "The statement from Kovac followed a speech by Velta Group Chairman Arno Listo at the event, where he mentioned
        that …": the "he" of a clause on "where" is the person named last before it in the sentence, not the one salient,
        where that person gave what the clause tells of (a talk, a speech by or from them); an object ("had lunch with
        his rival Lind, where he") leaves the pronoun to the sentence's subject."""
        where = WHERE_PRONOUN_CUE.search(before)
        if where is None or where.group("pronoun") != found.subject.pronoun:
            return None
        named = [(chunk, head) for chunk in chunks(before[: where.start()]) if (head := head_of(chunk.text)) is not None]
        if not named:
            return None
        chunk, last = named[-1]
        if last.kind != "person" or " " not in last.name:
            return None
        if not BY_OR_FROM_BEFORE.search(before, 0, chunk.begin):
            return None  # "Brenn had lunch with his rival Lind after the vote, where he told": the subject's, as before
        if self.sex_rules_out(found.subject.pronoun, last, by_ending=True):
            return None
        return Found(Subject([last]), found.sieve, found.detail + " (the person before 'where')", found.cue)

    def joined_across_named_object(self, masked: str, text: str, span: Span, following: Span, begin: int) -> Found | None:
        """ "Sales fell, “driven by a deliberate choice” by Halden and Brask to “squeeze the market”, Renner wrote.": two
        fragments of one reported clause, the names between them only a preposition's object, the sentence ending on the
        speaker whose verb credits the second: both are theirs."""
        between = masked[span.end : following.start]
        if " " not in between or not OBJECT_NAMED_BETWEEN.fullmatch(between) or CUE.search(between):
            return None
        start, end = self.sentence_of(masked, following.start, following.end, text)
        if start != begin:
            return None
        clause = Clause(masked[start:end], following.start - start, following.end - start)
        found = cue_after(clause) or sentence_final_cue(clause, text[following.end - 2 : following.end - 1] == ",")
        person = bool(found.subject.heads) and found.subject.heads[0].kind == "person" if found else False
        if found is None or not (person or found.subject.pronoun in ("he", "she")):
            return None
        return Found(found.subject, "cue_after", "a fragment joined across a named object to the next quote, which " + found.detail, found.cue)

    def same_reported_words(self, between: str, previous: list[str]) -> bool:
        """ "said Israel would “pay the price” for the “heinous crime.”": a second quoted phrase in the same clause as a
        statement, with no verb of saying, no clause break and nobody else named between them, is the same speaker's."""
        if not previous or len(between.split()) > SAME_CLAUSE_WORDS or SAME_CLAUSE_BREAK.search(between) or CUE.search(between):
            return False
        return not self.names_someone_else(between, previous)

    def known_person(self, head: Head) -> bool:
        """A person this report already quoted, by full name or surname."""
        if head.kind != "person":
            return False
        known = self.by_name.get(head.key) or self.by_surname.get(fold_chars(head.surname or head.name.split()[-1]))
        return known is not None and self.kind_of(known) == "person"

    def predicate_quote(self, clause: Clause, quote: str) -> Found | None:
        """ "He began by addressing a topic “on which ignorance too often abounds”": a quotation in the predicate of a
        sentence whose subject is 'he', 'she' or one person the report has quoted, with no one else named before it,
        is that person's words."""
        before = clause.masked[: clause.start]
        if BE_AT_END.search(before) and QUOTED_PARTICIPLE.match(quote):
            return None  # "So, Keller was “warned for six years”": done to him, not said by him
        subject = self.sentence_subject(before)
        if subject is None or not (subject.pronoun in ("he", "she") or (len(subject.heads) == 1 and self.known_person(subject.heads[0]))):
            return None
        named_at = before.find(subject.heads[0].name, subject.start) if subject.heads else subject.start
        if named_at >= 0 and SUBORDINATE_BEFORE.search(before, max(0, named_at - 12), named_at):
            return None  # "The inspectors were “convinced” that X had “…”", "If X were toppled, … “…”": X opens a clause, not the sentence
        if named_at > 0 and opens_on_a_source(before[:named_at]):
            return None  # "According to a former producer, Laterza was “…”": the source's account, not his words
        if named_at > 0 and told_by_another(before[:named_at]):
            return None  # "A college friend told Marsh that … Brandt was “…”": the teller's words, who is no one named
        after_subject = before[subject.start :]
        verb_phrase = after_subject[len(subject.heads[0].name) if subject.heads else len(subject.pronoun) :]
        if PASSIVE_START.match(verb_phrase):
            return None  # "He has been placed in solitary confinement … and assigned to “dusty factory work”": done to him
        named = [c for c in chunks(after_subject)[1 if subject.heads else 0 :] if head_of(c.text, after_subject[: c.begin]) is not None]
        if named or POSSESSOR.search(after_subject, len(subject.heads[0].name) if subject.heads else 0):
            return None  # "Marek rejected Dorn’s demand that “…”": the words may be the other one's
        return Found(subject, "predicate", "a quotation in the predicate of a sentence about one person")

    def after_colon_of_subject(self, clause: Clause, text: str) -> Found | None:
        """ "Still, Garay left the shelter at the college to press his representatives: “There should be …”": a quoted
        sentence after a colon that ends a sentence whose subject is 'he', 'she' or a person the report has quoted, its
        verb none of saying and nobody else named but a place or the one addressed, is that person's words."""
        before = clause.masked[: clause.start]
        if not before.rstrip().endswith(":") or not text[:1].isupper() or "“" in before or '"' in before:
            return None
        opening = COLON_SENTENCE_OPENING.match(before)
        if opening is None or opening.group("verb") in NOT_A_VERB_AFTER_SUBJECT:
            return None
        if opens_on_a_source(before):
            return None  # "According to a former producer, Laterza entered fake names …: “…”": the source's account
        between = before[opening.end("verb") :]
        if CUE.search(between) or PASSIVE_START.match(before, opening.end("pronoun") if opening.group("pronoun") else opening.end("who")):
            return None
        for chunk in chunks(between):
            head = head_of(chunk.text, between[: chunk.begin])
            if head is not None and head.kind != "state" and not PLACE_OR_ADDRESSEE_BEFORE.search(between, 0, chunk.begin):
                return None  # "He showed me a letter from Mayor Dole:": the words may be the other one's
        if opening.group("pronoun"):
            return Found(
                Subject([], pronoun=opening.group("pronoun").lower()),
                "predicate",
                "a quoted sentence after the colon ending a sentence about 'he' or 'she'",
            )
        head = head_of(opening.group("who"))
        if head is None or not self.known_person(head):
            return None
        return Found(Subject([head]), "predicate", "a quoted sentence after the colon ending a sentence about a person quoted before")

    def paragraph_source(self, masked: str, begin: int, clause: Clause) -> Found | None:
        """ "According to the FFI, Norway is not a target. … Their objectives are likely “to weaken …”": a paragraph that
        opens on its source speaks for it, in a later sentence that names no one else and has no verb of saying."""
        opening = PARAGRAPH_SOURCE.match(masked)
        if opening is None or begin < opening.end():
            return None
        head = head_after(masked, opening.end("lead"))
        words = clause.masked[: clause.start] + " " + clause.masked[clause.end :]
        if head is None or head.kind == "role" or CUE.search(words):
            return None
        others = [h for c in chunks(words) if (h := head_of(c.text, words[: c.begin])) is not None and h.kind != "state" and h.key != head.key]
        if others or POSSESSOR.search(words):
            return None
        return Found(Subject([head]), "according_to", "the source the paragraph opens with")

    def named_by_the_next_sentence(self, masked: str, end: int) -> Found | None:
        """ "“Glory to Ukraine!”. Alexander Strukov, who …, cried out these slogans in court": a sentence after a quote
        standing alone whose subject says 'these words' (slogans, lines) of it."""
        following = masked[end : sentence_end(masked, min(len(masked), end + 1))]
        back = POINTS_BACK.search(following)
        if back is None and "words of" in following:
            return words_of_named(following)  # "“…” These are the words of Mina Roe, who …"
        if back is None:
            named = NAME_AND_CUE_SENTENCE.match(following) if following[:40].strip()[:1].isupper() else None
            head = head_of(named.group("who"), following[: named.start("who")]) if named else None
            if named is not None and head is not None and head.kind in ("person", "organization"):  # "“… not weak.” Jane Dorset said."
                return Found(Subject([head]), "cue_after", f"'X {named.group('cue')}' opening the next sentence")
            closing = self.cue_closing_next_sentence(following)
            if closing is not None and base_of(closing[1]) not in ENDORSING:
                return Found(Subject([closing[0]]), "cue_after", f"'… X {closing[1]}.' as the next sentence")
            return None
        subject = self.sentence_subject(following[: back.start()] + " said")
        if subject is None or len(subject.heads) != 1:
            return None
        return Found(Subject(subject.heads), "cue_after", f"'X {back.group('cue')} these words' in the next sentence")

    def cue_closing_next_sentence(self, following: str) -> tuple[Head, str] | None:
        """The one person or body a short sentence after a quote names as the subject of the verb that ends it ("“…”
        Harbourton coroner Mara Tiven agrees."), with that verb."""
        closing = CUE_CLOSES_SENTENCE.match(following) if len(following) < 160 else None
        if closing is None:
            return None
        words = closing.group("subject")
        subject = self.sentence_subject(words + " said")
        if subject is None or len(subject.heads) != 1 or subject.pronoun or subject.heads[0].kind not in ("person", "organization"):
            return None
        named_at = words.rfind(subject.heads[0].name)
        if named_at < 0 or len(words[:named_at].split()) > DESCRIBING_WORDS_BEFORE_NAME:
            return None
        described = words[:named_at]
        if "," in described and (not DESCRIPTION_BEFORE_COMMA.fullmatch(described) or LINKING_VERB.search(described)):
            return None  # "“…” That is false, Mara Tiven says.": she disputes the words, they are not hers
        if not APPOSITION_OR_NOTHING.fullmatch(words, named_at + len(subject.heads[0].name)):
            return None  # "Trump didn't visit Texas …, aides said.": the verb is another's
        return subject.heads[0], closing.group("cue")

    def paragraph_above_ends_with_statement(self) -> bool:
        """Whether the paragraph just above, under the same heading, ends on a credited statement."""
        return bool(self.recent) and bool(self.ends_with_statement.get(self.recent[-1].anchor))

    def endorsed_by_the_next_sentence(self, masked: str, end: int) -> bool:
        """ "“We strongly believe …” Harbourton coroner Mara Tiven agrees.": a quote standing alone that the next sentence
        has someone agree with is neither theirs nor the last speaker's going on."""
        following = masked[end : sentence_end(masked, min(len(masked), end + 1))]
        closing = self.cue_closing_next_sentence(following)
        return closing is not None and base_of(closing[1]) in ENDORSING

    @staticmethod
    def so_says_next(masked: str, end: int) -> Found | None:
        """A cue a sentence late: "Or so says Helen Price, a Conservative MP." after the sentence that quotes her."""
        late = SO_SAYS_NEXT.match(masked, end)
        head = head_after(masked, late.end()) if late else None
        if head is None or head.kind not in ("person", "organization", "outlet"):
            return None
        return Found(Subject([head]), "cue_after", f"'Or so {late.group('cue') if late else ''} X' in the next sentence")

    def reported_speaker_before(self, masked: str, begin: int, last_quote_end: int) -> list[str]:
        """The person whose words the sentence before reports without quotation marks ("Takaichi said the scenario
        presents a threat"), when that sentence comes after the paragraph's last quotation."""
        opening = sentence_start(masked, begin - 1) if begin > 0 else 0
        cue = CUE.search(masked, opening, begin) if opening >= last_quote_end else None
        while cue is not None and compound_half(masked, cue.start()):
            cue = CUE.search(masked, cue.end(), begin)  # "The English-speaking world, she proclaimed": a compound's half is no verb
        if cue is None:
            return []
        final = SENTENCE_FINAL_SPEAKER.search(masked, opening, begin)
        head = head_of(final.group("who"), masked[opening : final.start("who")]) if final else None
        if head is not None and head.kind == "person":  # "Managers came outside to monitor the rally, Fischer said. “…”"
            return [self.actor_for(head, self.report.date)]
        found = self.subject_of_sentence_before(masked, begin)
        if found:
            return found
        before_cue = masked[opening : cue.start()]
        main_verb = VERB_BEFORE_PARTICIPLE.search(before_cue)
        # "Rhoads concludes by saying that …": the cue's subject, or the main verb's before a participle
        subject = subject_before(before_cue, main_verb.start("verb") if main_verb else len(before_cue))
        if subject is not None and len(subject.heads) == 1 and subject.heads[0].kind == "person":
            return [self.actor_for(subject.heads[0], self.report.date)]
        return []

    def owner_of_words_before(self, masked: str, begin: int, last_quote_end: int) -> list[str]:
        """The one whose words the sentence right before a quote standing alone names ("former Chief Justice Okonkwo’s
        comments in the judgment", "the minister’s statement"), after the paragraph's last quotation."""
        opening = sentence_start(masked, begin - 1) if begin > 0 else 0
        if opening < last_quote_end or (masked.find("’s ", opening, begin) < 0 and masked.find("'s ", opening, begin) < 0):
            return []
        owned = list(OWNED_WORDS.finditer(masked, opening, begin))
        named = chunks(masked[opening : owned[0].start()]) if len(owned) == 1 else []
        if not named or opening + named[-1].finish != owned[0].start():
            return []
        subject = self.sentence_subject(masked[opening:begin])
        if subject is not None and (subject.pronoun in ("he", "she", "they") or any(h.kind == "person" for h in subject.heads)):
            return []  # "He then referred to Cooke’s earlier testimony. “I cannot disagree with it.”": the one who refers speaks
        head = head_of(named[-1].text, masked[opening : opening + named[-1].begin])
        return [self.actor_for(head, self.report.date)] if head is not None and head.kind in ("person", "organization") else []

    def introduced_before(self, masked: str, begin: int, last_quote_end: int) -> list[str]:
        """The person named in full who opens the sentence before a quote standing alone, after the paragraph's last
        quotation ("“…,” said X. Dickens Omollo, the head of security, was taken aback by the car. “…”"): the writer
        introduces the one who speaks next."""
        opening = sentence_start(masked, begin - 1) if begin > 0 else 0
        if opening < last_quote_end:
            return []
        subject = self.sentence_subject(masked[opening:begin])
        if subject is None or len(subject.heads) != 1 or subject.start != 0:
            return []
        head = subject.heads[0]
        named = masked.find(head.name, opening, begin)
        described = named >= 0 and APPOSITION_NEXT.match(masked, named + len(head.name)) is not None
        return [self.actor_for(head, self.report.date)] if head.kind == "person" and " " in head.name and not head.role and described else []

    def exemplified_before(self, masked: str, begin: int, last_quote_end: int, words: str) -> list[str]:
        """The one person named in full as an example of the plural people the sentence before a quote standing alone
        opens on ("“…,” said Marco Velli. For some tenants, like Ana Ruiz, the fear is real. “I have nowhere to go.”"),
        where the quote speaks in the first person (example_people.py); never where a "he" or "she" in the sentence, or
        another person named in it, may be the one who goes on."""
        opening = sentence_start(masked, begin - 1) if begin > 0 else 0
        if opening < last_quote_end or not FIRST_PERSON_WORD.search(words):
            return []
        sentence = masked[opening:begin]
        example = example_opening_the_sentence(sentence)
        if example is None or SHE_OR_HE.search(example[1]):
            return []
        who, rest = example
        head = head_of(who, sentence[: len(sentence) - len(rest) - len(who)])
        if head is None or head.kind != "person" or " " not in head.name or head.role:
            return []
        for chunk in chunks(rest):
            other = head_of(chunk.text, rest[: chunk.begin])
            if other is not None and other.kind == "person" and other.name != head.name:
                return []  # "For some tenants, like Ana Ruiz, Tom Reed is …": someone else in the sentence
        return [self.actor_for(head, self.report.date)]

    def reported_speaker_of_paragraph_before(self, masked: str, begin: int, end: int, words: str, salience: Salience) -> list[str]:
        """ "…, says Odile Varga, director of Rivers First." ¶ "All provinces must now align their codes. “We expect this to
        close the gaps.”": a paragraph of narration naming nobody that ends in a quotation in the first person with no cue
        goes on with the one whose words the paragraph before reported in its last sentence, quoting nobody."""
        before = self.previous_paragraph_text.strip()
        if masked[end:].strip() or not before or not FIRST_PERSON_WORD.search(words) or any(mark in before for mark in '“”"«'):
            return []
        if SHE_OR_HE.search(masked, 0, begin):
            return []  # the narration speaks of a "he" or "she": not the last paragraph's source
        for chunk in chunks(masked[:begin]):
            head = head_of(chunk.text, masked[: chunk.begin])
            if head is not None and not self.is_common_word_person(head, once=True):
                return []  # the narration names someone ("Repairs will take two years", a sentence's first word, names nobody)
        if subject_with_words(masked[:begin]):
            return []  # "Fishermen in the north say …": the narration's own subject, people who may speak for themselves
        last = before[sentence_start(before, len(before)) :]
        reported = self.main_verbs_subject(last)
        if reported is None and CUE.search(last):
            reported = self.sieve(Clause(last + " \u201c\u201d", len(last) + 1, len(last) + 3, block=True))
        if (
            reported is None
            or reported.sieve not in ("cue_before", "according_to")
            or len(reported.subject.heads) + (reported.subject.pronoun in ("he", "she")) != 1
        ):
            return []
        return [who for who in self.resolve(reported.subject, salience, self.report.date) if self.kind_of(who) == "person"]

    def subject_of_sentence_before(self, masked: str, begin: int) -> list[str]:
        """The person the sentence before position is about, when its subject is one named person."""
        if begin <= 0:
            return []
        subject = self.sentence_subject(masked[sentence_start(masked, begin - 1) : begin])
        if subject is not None and len(subject.heads) == 1 and subject.heads[0].kind == "person":
            return [self.actor_for(subject.heads[0], self.report.date)]
        return []

    def poster_of_post(self, masked: str, begin: int, clause: Clause) -> list[str]:
        """Who posted the post whose clause introduces the quote ("The tweet read:", "The retweet by X read:", "X shared the
        clip in a tweet that read,"): the one after "by", else the subject of the post's sentence, else that of the sentence
        before, where that sentence has them post, share, say or issue something (posts.py)."""
        before = clause.masked[: clause.start]
        reads = post_reads(before)
        if reads is None:
            return []
        if reads.group("who"):
            head = head_of(reads.group("who"), before[: reads.start("who")])
            return [self.actor_for(head, self.report.date)] if head is not None and head.kind != "role" else []
        owner = reads.group("owner")
        if owner and not PLATFORM_NAME.fullmatch(owner):  # "The Velan Ministry post that went viral read:": the ministry's
            head = head_of(owner, before[: reads.start("owner")])
            # one capitalised word taken for a person is as likely a platform or a site ("The Quorra post read:"): a
            # person's surname only where the report names them in full, else the poster is the one the sentence before
            # has post, as for "The post read:"
            if head is not None and head.kind == "person" and " " not in head.name:
                head = self.full_name(head)
            if head is None or head.kind != "person" or " " in head.name:
                return [self.actor_for(head, self.report.date)] if head is not None and head.kind != "role" else []
        if reads.group("inside"):
            sentence = before[: reads.start()]
        elif not before[: reads.start()].strip():
            sentence = masked[sentence_start(masked, begin - 1) : begin] if begin > 0 else ""
        else:
            return []  # "Residents said the tweet read": someone else tells of the post
        if not POSTING_VERB.search(sentence):
            return []
        named = POST_BY.search(sentence) if " by " in sentence else None
        if named is not None and named.group("noun") == reads.group("noun"):  # "retweeted a post by X. The post read:"
            found_chunks = chunks(named.group("who"))
            last = found_chunks[-1] if found_chunks else None
            author = head_of(last.text, sentence[: named.start("who") + last.begin]) if last is not None else None
            return [self.actor_for(author, self.report.date)] if author is not None and author.kind != "role" else []
        subject = self.sentence_subject(sentence)
        if subject is None or len(subject.heads) != 1 or subject.heads[0].kind not in ("person", "organization", "outlet"):
            return []
        return [self.actor_for(subject.heads[0], self.report.date)]

    @staticmethod
    def role_acting_in_sentence_before(masked: str, begin: int) -> str:
        """The role noun of a person the sentence right before position opens on as its subject ("The composer takes a
        deep breath.", "The minister paused."), folded; "" where it opens otherwise, or on a body's noun ("The company")."""
        if begin <= 0:
            return ""
        acts = THE_ROLE_ACTS.match(masked, sentence_start(masked, begin - 1))
        if acts is None or acts.end() > begin:
            return ""
        role = acts.group("role").lower()
        last = role.split()[-1]
        return role if last in OCCUPATION_NOUNS or (last in TITLE_WORDS and last not in ORGANIZATION_WORDS) else ""

    def holder_of_role_noun(self, role: str, salience: Salience) -> list[str]:
        """Who the report names with the role noun ("Composer Ivo Brandt" for "the composer"), if anyone."""
        held = self.role_holder(Head(role, role, "role"), salience, self.report.date)
        return [held] if held is not None and self.kind_of(held) == "person" else []

    def speaker_known_as(self, role: str, before: str, salience: Salience) -> list[str]:
        """The last speaker, where the role noun acting is among their roles: one they were named with, or the description
        after their name in the paragraph before ("Cruz, a composer by training, runs the festival. The composer smiles.")."""
        if len(salience.speaker) != 1 or self.kind_of(salience.speaker[0]) != "person":
            return []
        who, noun = salience.speaker[0], role.split()[-1]
        if noun in self.roles_of(who):
            return [who]
        surname = self.name_of(who).split()[-1]
        for named in re.finditer(re.escape(surname) + r"(?=,)", before):
            described = described_role_after(before, named.end())
            if described and fold_chars(described).lower().split()[-1] == noun:
                return [who]
        return []

    def pronoun_subject_of_sentence_before(self, masked: str, begin: int, salience: Salience) -> list[str]:
        """Whom the "he" or "she" opening the sentence before means ("He hailed the win as a victory for the coast. “…”")."""
        if begin <= 0:
            return []
        opening = sentence_start(masked, begin - 1)
        sentence = masked[opening:begin]
        opens = PRONOUN_OPENS_MAIN_CLAUSE.match(sentence)
        if opens is None:
            return []
        subject = self.sentence_subject(sentence)
        if subject is None or subject.heads or subject.pronoun not in ("he", "she") or subject.start > opens.start("pronoun"):
            return []
        if subject.start < opens.start("pronoun") and subject.pronoun != opens.group("pronoun").lower():
            return []  # "When she called, he said …": the fronted clause's pronoun is someone else
        # "But as he started to look for flats, he realized …": the fronted clause's "he" is the main clause's
        at = Subject([], pronoun=subject.pronoun, start=opening + subject.start - self.current_offset)
        return [who for who in self.resolve(at, salience, self.report.date) if self.kind_of(who) == "person"]

    def source_of_sentence_before(self, masked: str, begin: int, salience: Salience) -> list[str]:
        """The source the sentence of paraphrase before a quote standing alone names last ("If tariffs are imposed, rates
        will stay high, he says. “…”"): the wire's paraphrase, then the source's own words."""
        sentence = masked[sentence_start(masked, begin - 1) : begin] if begin > 0 else ""
        tail = paraphrase_tail(sentence) if ", " in sentence and (" s" in sentence or " told " in sentence) else None
        if tail is None or tail.group("according") is not None:
            return []
        if tail.group("pronoun") is not None:
            person = salience.person
            return [self.actor_of(person, self.report.date)] if person is not None and self.kind_of_who(person) == "person" else []
        source = source_in_tail(tail, sentence)
        return [self.actor_for(source, self.report.date)] if source is not None else []

    def surname_source_of_sentence_before(self, masked: str, begin: int) -> list[str]:
        """The person the paraphrase before closes on by surname alone ("…, Maren says."), where the report named them in
        full before."""
        sentence = masked[sentence_start(masked, begin - 1) : begin] if begin > 0 else ""
        tail = paraphrase_tail(sentence) if ", " in sentence else None
        who = tail.group("who").strip() if tail is not None and tail.group("who") else ""
        head = head_of(who, sentence[: tail.start("who")]) if who and " " not in who and tail is not None else None
        if head is None or head.kind != "person":
            return []
        known = self.by_surname.get(fold_chars(who))
        if known is not None:
            return [known] if self.kind_of(known) == "person" else []
        full = self.full_name(head)
        return [self.actor_for(full, self.report.date)] if " " in full.name else []

    def sentence_subject(self, sentence: str) -> Subject | None:
        """The subject of the sentence's first finite verb that has one ("Reached by telephone, X confirmed"); a later
        verb's subject counts only where it opens a clause, not as an object ("to export Analog Devices … announced").

        Read once per sentence: subject tracking, the quote's own clause and the sentence before it ask for the same
        sentences (nobody changes a Subject or its heads once found); the paragraphs just read are kept, not the report."""
        if sentence in self.subjects:
            return self.subjects[sentence]
        if len(self.subjects) >= SUBJECTS_KEPT:
            self.subjects.clear()
        subject = self.officials_confirmed(self._sentence_subject(sentence))
        if subject is not None and any(head.kind == "organization" and "-" in head.name for head in subject.heads):
            subject = self.with_article_surnames(subject)
        if subject is not None and subject.heads and ", " in sentence:
            subject = Subject(as_firms(subject.heads, sentence), subject.pronoun, subject.role_noun, subject.start)
        self.subjects[sentence] = subject
        return subject

    def officials_confirmed(self, subject: Subject | None) -> Subject | None:
        """The subject with "Dorvane officials" made the firm the report describes so; None where the officials are a
        place's or a person's ("Trump officials met …"), whom no later "it" or "the company" means."""
        if subject is None or not any(head.body_if_described for head in subject.heads):
            return subject
        heads = [self.firm_described_by_name(head.name) if head.body_if_described else head for head in subject.heads]
        kept = [head for head in heads if head is not None]
        return Subject(kept, subject.pronoun, subject.role_noun, subject.start) if kept else None

    def with_article_surnames(self, subject: Subject) -> Subject:
        """The subject with each one-word "Al-X" the report names a person by in full read as that person ("Al-Rashed
        said the board …" after "its chairman Khalid Al-Rashed said"): the one a later "he" and a bare quotation mean."""
        heads = []
        for head in subject.heads:
            hyphened = head.kind == "organization" and " " not in head.name and "-" in head.name  # "Al-Rashed", not "NATO"
            person = self.person_with_hyphened_surname(head) if hyphened else None
            named = head_of(self.name_of(person)) if person is not None else None  # "Yusuf al-Marri" for "Al-Marri"
            heads.append(named if named is not None and named.kind == "person" else head)
        return Subject(heads, subject.pronoun, subject.role_noun, subject.start)

    def _sentence_subject(self, sentence: str) -> Subject | None:
        reporter = REPORTED_BY_AT_THE_END.search(sentence) if ", the " in sentence and " said" in sentence else None
        reporting = head_of(reporter.group("who")) if reporter else None
        if reporter is not None and reporting is not None and reporting.kind in ("organization", "outlet"):
            # "Police have made 378 arrests, the National Police Chiefs’ Council said. It also promised …": the body that
            # reported it, not the police it reported on, is the sentence's subject and the "it" after
            return Subject([reporting], start=reporter.start("who"))
        affiliated = self.surname_with_affiliation(sentence)
        if affiliated is not None:  # "Downes at HKMU said Harris was likely …": Downes, not the Harris of the clause he reports
            return affiliated
        tagged = person_tagged_at_end(sentence) if ", he " in sentence or ", she " in sentence else None
        if tagged is not None:  # "Pol Harren dismisses the idea, he told the paper.": Harren, whom a later "he" means too
            return tagged
        # "When Spencon finally went bust, in November 2016, Ochieng found himself …": the main clause's subject
        opening = SUBORDINATE_OPENING.match(sentence) if sentence[:1] in SUBORDINATE_INITIALS else None
        main_from = opening.end() if opening else 0
        verbs = (start for start in finite_verb_starts(sentence) if start >= main_from)
        if " by " in sentence:
            verbs = (
                start for start in verbs if not REDUCED_PASSIVE.match(sentence, start) or AUXILIARY_BEFORE.search(sentence, max(0, start - 12), start)
            )
        setting: Subject | None = None  # "The service ended," before a named person's clause
        for tried, verb in enumerate(itertools.islice(verbs, 3)):
            subject = subject_before(sentence, verb)
            if subject is None:
                continue
            named_at = sentence.rfind(subject.heads[0].name, 0, verb) if subject.heads else -1
            if tried and not (named_at >= 0 and self.in_subject_position(sentence, named_at)):
                continue
            if setting is not None and not (subject.heads and subject.heads[0].kind == "person"):
                return setting
            comma_splice = SETTING_CLAUSE_THEN_NAME.match(sentence, verb) if not tried and not (subject.heads or subject.pronoun) else None
            if comma_splice is not None and comma_splice.group("verb") not in FORMS:  # not "The ministry said, …"
                setting = subject  # the thing's clause sets the scene; a person named in the next clause acts
                continue
            return subject
        if setting is not None:
            return setting
        held = self.post_holder(sentence, main_from)
        if held is not None:
            return held
        companions = COMPANIONS_THEN_VERB.search(sentence, main_from) if " and " in sentence else None
        if companions is not None:  # "Zheng and supporters were shaken by the news.": Zheng, whom a later "she" means
            subject = subject_before(sentence, companions.start("verb"))
            return subject if subject is not None and subject.heads and subject.heads[0].kind == "person" else None
        return None

    def surname_with_affiliation(self, sentence: str) -> Subject | None:
        found = self.affiliated_surname(sentence)
        return found[0] if found is not None else None

    def affiliated_surname(self, sentence: str) -> tuple[Subject, re.Match[str]] | None:
        """ "Reyne from the HPF expected …", "Downes at HKMU said …": a surname opening the sentence, of someone the report
        named in full as a subject before, then the body they work at (its match) and their verb (a bare word with an
        affiliation is no one by itself: "Researchers from Harvard found")."""
        opening = SURNAME_OPENING.match(sentence)
        affiliation = affiliation_before_verb(sentence, opening.end()) if opening is not None else None
        if opening is None or affiliation is None:
            return None
        head = head_of(opening.group("who"))
        if head is None or head.kind != "person" or fold_chars(head.name) not in self.seen_full:
            return None
        return Subject([head], start=opening.start("who")), affiliation

    @staticmethod
    def post_holder(sentence: str, main_from: int) -> Subject | None:
        """ "The port police chief, Major Jon Varga, remains in his post.", "Lena Dorn serves as …": a profile's present tense
        of a post held, no other finite verb in the sentence; the person in subject position is the one a later "he said"
        means, before they have spoken."""
        verb = PROFILE_VERB.search(sentence, main_from) if "s " in sentence else None
        subject = subject_before(sentence, verb.start(1)) if verb is not None else None
        return subject if subject is not None and len(subject.heads) == 1 and subject.heads[0].kind == "person" else None

    def sieve(self, clause: Clause) -> Found | None:
        for _name, sieve in INLINE_SIEVES:
            found = sieve(clause)
            if found is not None:
                return found
        unaffiliated = self.without_affiliation(clause)
        if unaffiliated is not None:  # "Downes at HKMU said Harris was likely to pursue a “…”": read as "Downes said …"
            return self.sieve(unaffiliated)
        return None

    def without_affiliation(self, clause: Clause) -> Clause | None:
        """The clause with the body blanked that a surname opening it works at ("Downes at HKMU said …" as "Downes said
        …"), where the surname is of someone the report named in full as a subject before (surname_with_affiliation):
        the sieves read a bare surname and its verb, and an affiliation between them only after a full name."""
        affiliated = self.affiliated_surname(clause.masked)
        if affiliated is None or affiliated[1].end() > clause.start:
            return None
        affiliation = affiliated[1]
        blank = " " * (affiliation.end() - affiliation.start())
        return Clause(clause.masked[: affiliation.start()] + blank + clause.masked[affiliation.end() :], clause.start, clause.end, clause.block)

    def joint_signers(self, sentence: str, subject: Subject | None, salience: Salience) -> list[str | Head]:
        """ "he helped organize a joint statement from himself and four former senators: John Ashcroft, … and Jim Talent":
        the people named in full after the joint statement, and the subject where "himself" or "herself" is among them."""
        joint = JOINT_WORK.search(sentence)
        if joint is None:
            return []
        after = sentence[joint.end() :]
        signers: list[str | Head] = []
        if REFLEXIVE.search(after):
            own = subject.heads[0] if subject is not None and len(subject.heads) == 1 and subject.heads[0].kind == "person" else None
            acting = own or (salience.person if subject is not None and subject.pronoun in ("he", "she") else None)
            if acting is not None:
                signers.append(acting)
        for chunk in chunks(after):
            head = head_of(chunk.text, after[: chunk.begin])
            adjective = WORD_IN_LOWER_CASE_NEXT.match(after, chunk.finish) is not None  # "four former Missouri Republican senators"
            if head is not None and head.kind == "person" and " " in head.name and not adjective:
                signers.append(self.by_name.get(head.key) or head)
        return signers if len(signers) >= 2 else []

    @staticmethod
    def relative_clause_agent(sentence: str) -> Head | None:
        """The last person named in full (or by a courtesy title) whom a relative clause makes the one who acts: "the
        intervention of Lord Myners, the former minister, who negotiated the deal"; "his opponent, Ms. McCaskill, who used"."""
        found = None
        for agent in RELATIVE_CLAUSE_AGENT.finditer(sentence):
            head = head_of(agent.group("who"), sentence[: agent.start("who")])
            if head is not None and head.kind == "person" and (" " in head.name or head.role):
                found = head
        return found

    def track_subjects(self, masked: str, salience: Salience, begin: int = 0, stop: int | None = None) -> None:
        """Each sentence's subject becomes the referent of a pronoun that follows: the sentences of masked[begin:stop],
        read as that text's own (found among the whole paragraph's marks, which the quoting pass reads too)."""
        stop = len(masked) if stop is None else stop
        if begin and not masked[begin - 1].isspace():  # an abbreviation's stop may run over the cut: read the cut text
            masked, begin, stop = masked[begin:stop], 0, stop - begin
        position = begin
        person_noted = False  # whether a sentence of these named a person as its subject
        just_named: str | Head | None = None  # the person the sentence before brought in
        while position < stop:
            end = sentence_end_before(masked, position, stop)
            sentence = masked[position:end]
            opening = sentence.lstrip()  # the sentence from its first word
            person_before_sentence = salience.person
            subject = self.sentence_subject(sentence)
            # "Mira Kell started in 2004. A former lawyer, she landed …": the main clause's "she", after a fronted phrase too
            called_she = opening.startswith(("She ", "Her ")) or (subject is not None and not subject.heads and subject.pronoun == "she")
            if just_named is not None and called_she:
                self.note_called_she(just_named)
            opens_on_pronoun = subject is not None and not subject.heads and subject.pronoun in ("he", "she")
            if not opens_on_pronoun and subject is None and opening.startswith(("His ", "Her ")):
                opens_on_pronoun = True  # "… Chief Scientific Adviser, Patrick Vallance. His contemporary notes say:"
            if opens_on_pronoun and not person_noted and position > begin:
                # "The AP went out with a chain gang, created after Sheriff Wayne Ivey took office. He said …": the "he" is
                # the person just named, who becomes the one a later "he" means
                read = masked[begin:position]
                acting = self.last_person_named_in_full(read) or self.person_described_last(read) or self.person_apposed_last(read)
                if acting is not None:
                    self.note_person(salience, acting)
                    person_noted = True
            # "Castro’s pilot stated": not Castro (the pattern needs a possessive "’s" or "'s": looked for first)
            possessed = ("’s" in sentence or "'s" in sentence) and POSSESSED_PERSON_OPENING.match(sentence) is not None
            unnamed_after = "said" in sentence and UNNAMED_AFTER_CUE.search(sentence) is not None  # "“…,” said a US official"
            if not unnamed_after and (" a " in sentence or " an " in sentence or " one " in sentence) and " sa" in sentence:
                unnamed_after = UNNAMED_PERSON_CUE.search(sentence) is not None  # "“…,” says a nurse from Sabo"
            unnamed_opening = UNNAMED_OPENING.match(sentence)
            if unnamed_opening is None and opening.startswith(("A", "O")):  # "A shopkeeper …", "One …": the only openings it reads
                unnamed_opening = self.someone_unnamed_acting(sentence, len(sentence) - len(opening))
            teller_opens = unnamed_opening is None and opening.startswith(("A", "O", "I "))
            teller = unnamed_teller(sentence, len(sentence) - len(opening)) if teller_opens else None
            if salience.teller_active and salience.unnamed_teller != "male" and teller is None and self.women_named_in(sentence):
                # "A woman who asked not to be named said …. The shelter, run by Ada Roe, has 40. “…,” she said": the
                # woman named after the teller, in any part of her sentence, is the "she" again
                salience.teller_active = False
            if unnamed_opening and subject is not None and subject.heads and self.spoken_of(sentence, unnamed_opening.end(), subject.heads[0]):
                subject = None  # "The source also remarked that Father Keller has made …": the source speaks; Keller is spoken of
            if ((subject is None or not subject.heads) and (unnamed_opening or unnamed_after)) or possessed:
                salience.person = salience.body = None  # "A resident who asked not to be named told CNN …": a later "he" is theirs
                if unnamed_opening is not None:
                    salience.teller_active, salience.unnamed_teller = True, sex_of_person_noun(unnamed_opening.group(0))
            elif (subject is None or not subject.heads) and self.unnamed_post_holder(sentence, 0, salience) is not None:
                salience.person = None  # "By 1966, the city's harbour safety director found …": a later "he" is the director's
            elif ("nonymous" in sentence or "nnamed" in sentence or "nidentified" in sentence) and UNNAMED_SOURCE_CITED.search(sentence):
                salience.person = None  # "The website cites an unnamed source who explains …": the next "he" is the source's
            elif "According to " in sentence[:16] and ACCORDING_TO_UNNAMED.match(sentence):
                salience.person = None
            head = subject.heads[0] if subject is not None and len(subject.heads) == 1 else None
            if "joint " in sentence:
                salience.signers = self.joint_signers(sentence, subject, salience)
            elif subject is not None and subject.heads:
                salience.signers = []
            issued = ISSUED_BY.search(sentence) if " by " in sentence and "statement" in sentence else None
            issuer = head_of(issued.group("who"), sentence[: issued.start("who")]) if issued else None
            if issuer is not None and issuer.kind in ("person", "organization", "outlet"):
                salience.issuer = self.by_name.get(issuer.key) or issuer  # "The statement issued by Azad Maulana was …"
            issued_from = ISSUED_FROM.match(opening) if " from " in sentence else None
            sender = head_of(issued_from.group("who"), opening[: issued_from.start("who")]) if issued_from else None
            if sender is None and " from " in sentence:
                issued_from = MESSAGE_FROM_AT_END.search(sentence)
                sender = head_of(issued_from.group("who"), sentence[: issued_from.start("who")]) if issued_from else None
            if sender is not None and sender.kind in ("person", "organization"):
                salience.issuer = self.by_name.get(sender.key) or sender
            tail_issued = ISSUER_AT_THE_END.search(sentence) if " in " in sentence and any(word in sentence for word in ISSUING_WORDS) else None
            tail_issuer = head_of(tail_issued.group("who"), sentence[: tail_issued.start("who")]) if tail_issued else None
            if tail_issuer is not None and tail_issuer.kind in ("person", "organization", "outlet"):
                salience.issuer = self.by_name.get(tail_issuer.key) or tail_issuer
            if subject is None and " by " in sentence:
                head = self.passive_body_agent(sentence)  # "The drills were announced by India’s home ministry": the one acting
            if subject is not None and (subject.heads or subject.role_noun or subject.pronoun not in ("", "they")):
                named = subject.heads if len(subject.heads) >= 2 and all(h.kind == "person" for h in subject.heads) else []
                salience.group = [self.by_name.get(h.key) or h for h in named]  # "Brands and Beckley argue … They admit"
            holders = people_apposed_to_a_plural(sentence) if opening.startswith("The ") and " and " in sentence else []
            if holders:  # "The chairmen of …, Ilse Varga, Oren Tasky and Piet Calder, had called …": the subject is all of them,
                # whatever name the subject finder took before the verb ("… at a hotel in Abuja on Tuesday had called")
                salience.group = [self.by_name.get(h.key) or h for h in holders]
            unnamed_subject = subject is None or not (subject.heads or subject.pronoun or subject.role_noun)
            if unnamed_subject and ", who " in sentence and not possessed:
                acting_in_relative = self.relative_clause_agent(sentence)
                if acting_in_relative is not None:  # "… the intervention of Lord Myners, the former minister, who negotiated the deal"
                    self.note_person(salience, acting_in_relative)
                    person_noted = True
            talks = unnamed_subject and not person_noted and (" with " in sentence or " to " in sentence)
            if talks and writes_in_first_person(sentence):
                talked = CONVERSED_WITH.search(sentence)  # "At the end of my conversation with Nora Blake, … I ask her": she
                person = head_of(talked.group("who"), sentence[: talked.start("who")]) if talked else None
                if person is not None and person.kind == "person":
                    self.note_person(salience, person)
                    person_noted = True
            asked = WRITER_ASKED.search(sentence) if "I " in sentence and (subject is None or not subject.heads) else None
            person = head_of(asked.group("who"), sentence[: asked.start("who")]) if asked else None
            if person is not None and person.kind == "person":
                pronoun = subject.pronoun if subject is not None else ""
                if pronoun not in ("he", "she") or not self.sex_rules_out(pronoun, person, by_ending=False):
                    self.note_person(salience, person)  # "When I asked Vale about it, she laughed": Vale, the one asked
                    person_noted = True
            opening_source = PARAGRAPH_SOURCE.match(sentence) if "According to " in sentence else None
            told_by = head_after(sentence, opening_source.end("lead")) if opening_source else None
            if told_by is not None and told_by.kind == "person" and (subject is None or not subject.heads):
                # "According to Pell Daro, a fisherman in Sabo, the boats stop him. … “…,” he says": the source is the "he"
                self.note_person(salience, told_by)
                person_noted = True
            if head is not None and head.kind == "person" and subject is not None and named_as_a_thing(sentence, subject.start):
                head = None  # "The tech firm Brightwave launched …": a company or a product, no "he" or "she" later
            if not possessed and head is not None and head.kind != "role" and not self.is_common_word_person(head):
                known = self.by_name.get(head.key) or (self.by_surname.get(fold_chars(head.name)) if len(head.name.split()) == 1 else None)
                # "The health secretary, Mara Venn, …": the role in commas before the name is hers, as "Health Secretary Mara Venn"
                apposed = role_apposed_before(sentence, subject.start) if head.kind == "person" and subject is not None and ", " in sentence else ""
                role = f"{apposed} {head.role}" if apposed and head.role else apposed or head.role
                salience.note(known or head, self.kind_of(known) if known else head.kind, role)
                person_noted = person_noted or head.kind == "person"
                # the sentence's own subject, not a passive's agent ("The memo … was posted by WikiLeaks"), issues a memo
                issuing = "statement" in sentence or "letter" in sentence or (subject is not None and ("memo" in sentence or "cable" in sentence))
                if issuing and head.kind in ("person", "organization", "outlet"):
                    salience.issuer = known or head  # "Dujarric said in a statement that …", "The ministry issued a statement"
                elif head.kind == "organization" and any(word in sentence for word in BODY_SAYING_WORDS):
                    # "The Home Office said in response that “…” But the statement also said": a body speaks in statements
                    salience.issuer = known or head
                if head.kind == "person":
                    # "The council’s economist Jeremiah Mbelu reveals": a later "the economist" is him
                    lower_role = lower_role_before(sentence, subject.start) if not role and subject is not None else None
                    self.note_role(role or (lower_role.group("role") if lower_role else ""), known or head)
                    possessive = "his " in sentence or "her " in sentence or "their " in sentence
                    kin = KIN_BEFORE_END.search(sentence, 0, subject.start) if subject is not None and possessive else None
                    if kin:  # "Anil Kanojia showing a picture of his daughter Asha who died": she is no later "he"
                        self.note_role(kin.group("kin"), known or head)
                if head.kind == "person" and head.surname and len(head.name.split()) > 1 and not self.titled_surname(head):
                    relative = RELATIVE_APPOSED.search(sentence, 0, subject.start) if subject is not None and "," in sentence else None
                    late = named_as_late(sentence, head, self.seen_full.get(fold_chars(head.surname)))  # "the late Ivo Castell Sr."
                    if (relative is None or fold_chars(relative.group("owner")) != fold_chars(head.surname)) and not late:
                        self.note_full_name(head)  # not "Fischer’s mother, Adrianne Fischer, …": a bare "Fischer" stays his
            people = subject is not None and len(subject.heads) >= 2 and all(h.kind == "person" for h in subject.heads)
            if people and subject is not None and not possessed:
                for each in subject.heads:  # "Hamilton and Lena Gille wrote …": a later bare "Gille" is the one named so last
                    full_named = bool(each.surname) and len(each.name.split()) > 1 and not self.titled_surname(each)
                    if full_named and (looks_female(each) or looks_male(each)) and not self.surname_left_open(each, subject.heads, masked[end:stop]):
                        self.note_full_name(each)  # (a given name says it is a person's: not "Harbours, Mineral Resources")
            signed = SIGNED_FOR_BODY.search(sentence) if " by " in sentence and head is not None and head.kind == "organization" else None
            signer = head_of(signed.group("who"), sentence[: signed.start("who")]) if signed else None
            if signer is not None and signer.kind == "person" and " " in signer.name:
                self.note_person(salience, signer)
                person_noted = True
            if ", " in sentence:  # the source a sentence names last is whom it reports, whatever its own subject
                tail = paraphrase_tail(sentence)
                source = source_in_tail(tail, sentence) if tail is not None else None
                if source is not None:  # "For Kansas, the growth has meant benefits, according to Dana Holt." ¶ "… she said"
                    self.note_person(salience, source)
                    person_noted = True
                    in_full = isinstance(source, Head) and source.kind == "person" and bool(source.surname) and " " in source.name
                    if in_full and all(word[:1].isupper() for word in source.name.split()):  # a name, not "forex strategist Jane Foley"
                        self.note_full_name(source)  # "… according to Lin Meiyu, 48." ¶ "“…,” Lin said": she, not an earlier Lin
            if not person_noted and (subject is None or not subject.heads) and any(word in sentence for word in EXEMPLIFYING_WORDS):
                named_last = EXEMPLIFIED_PERSON_END.search(sentence)
                last = head_of(named_last.group("who"), sentence[: named_last.start("who")]) if named_last else None
                if last is not None and last.kind == "person" and " " in last.name:
                    # "It is a claim given little credence by researchers such as Ian Moore." ¶ "“…,” he has said": Moore
                    self.note_person(salience, last)
            if not person_noted and (subject is None or not subject.heads) and any(word in sentence for word in INVERSION_WORDS):
                inverted = INVERTED_SUBJECT.search(sentence)
                turned = head_of(inverted.group("who"), sentence[: inverted.start("who")]) if inverted else None
                if turned is not None and turned.kind == "person":  # "And at no point does Abu Khalid ask …" ¶ "he is shown"
                    self.note_person(salience, turned)
                    person_noted = True
            if not person_noted and (subject is None or not (subject.heads or subject.pronoun)) and (", a " in sentence or ", an " in sentence):
                introduced = person_introduced(sentence)
                if introduced is not None:  # "… in play for Corinna, a 31-year-old mom of two …" ¶ "She said": Corinna
                    self.note_person(salience, introduced[0])
                    self.introduced_as[self.identity(introduced[0])] = introduced[1]
                    person_noted = True
            if (subject is None or not subject.heads) and ", " in sentence:  # a sentence whose subject is what was said
                closing = self.speaker_closing_the_sentence(sentence)
                if closing is not None:  # "…, said his stepdaughter, Mina Cho, 18." ¶ "“…,” she said": Mina Cho
                    self.note_person(salience, closing)
                    person_noted = True
            if not person_noted and salience.person is None and not possessed and (subject is None or not subject.heads):
                owner = possessor_opening(opening)
                if (
                    owner is not None and not self.is_common_word(owner.name.split()[0]) and not self.described_as_a_company(owner.name)
                ):  # "Priya Valdane’s garden shed floods." ¶ "“…,” she said": the story is hers
                    self.note_person(salience, owner)
                    person_noted = True
            contrasted = speaker_after_but(sentence) if " but " in sentence else None
            # "Norland ended a long wait, but Tomas Brandt, a fan, says …" ¶ "he said": the fan (by surname if named in full before)
            if contrasted is not None and self.named_in_full(contrasted):
                self.note_person(salience, contrasted)
                person_noted = True
            if teller is not None and may_be_one(teller[1], self.sex_told(salience.person)):
                # "A former anchor told me she was asked to …", "I spoke with a driver who said Lind …": a later "she" is
                # the teller's, not one the sentence names in the account; a man named before stays the "he" after a
                # "she" teller ("Tom Vale ran …. A former anchor told me she was afraid there. “…,” he said")
                salience.person = None
                salience.teller_active, salience.unnamed_teller = True, teller[1]
            just_named = salience.person if salience.person is not person_before_sentence else None
            position = max(end, position + 1)

    def note_called_she(self, who: str | Head) -> None:
        """ "…, according to Rep. Mariannette Holt, who chairs the caucus. Her tenure …": a woman, though the name lists do
        not know her given name; a name they know, or a title, says more than the pronoun after it."""
        head = self.person_head(who)
        words = [fold_chars(word) for word in head.name.split()]
        if len(words) >= 2 and words[0] not in GIVEN_NAMES and not looks_male(head) and not self.titled_male(who):
            self.called_she.add(self.identity(who))

    def sex_told(self, who: str | Head | None) -> Sex | None:
        """The sex the text tells of a person (their given name, a title, a relative's noun, a "she" after them), else None."""
        if who is None:
            return None
        return "male" if self.named_male(who) else "female" if self.named_or_called_female(who) else None

    def named_or_called_female(self, who: str | Head | None) -> bool:
        return who is not None and (
            self.named_female(who)
            or self.identity(who) in self.called_she
            or self.introduced_as.get(self.identity(who)) == "female"
            or self.sex_by_kin(who) == "female"
        )

    def holder_in_domain(self, domain: str) -> str | Head | None:
        """The person last named with a title of the epithet's domain ("Harbour Commissioner Ilse Brandt" for "the harbour
        chief", "Defence Secretary Lia Marsh" for "the Pentagon chief"), where one person holds it; else None."""
        wanted = DOMAIN_TITLE_WORDS.get(domain, {domain})
        holders = {self.identity(who): who for words, who in self.roles_named if words & wanted}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def told_a_woman(self, who: str | Head) -> bool:
        """Whether the text says the person is a woman, not her name: a relative's noun, "Ms" (not a "she" resolved to
        her surname, which her husband may share)."""
        return self.titled_female(who) or self.sex_by_kin(who) == "female"  # sex_by_kin keeps its answers by full name

    def sex_by_kin(self, who: str | Head) -> str | None:
        """The sex a relative's noun before the person's full name tells ("his wife, feminist activist Zhou Lanting"),
        also for the surname alone where the report names one person in full with it ("Zhou" after "Zhou Lanting")."""
        head = self.person_head(who)
        if " " not in head.name:
            head = self.full_name(head)
        if " " not in head.name:
            return None
        if head.name not in self.kin_sexes:
            told = {sex_by_kin(self.report.source_text, head.name, self.name_places.of(head.name))}
            if not looks_male(head) and not looks_female(head):  # "Zhou Lanting … her husband": a name that tells nothing
                told.add(sex_as_kin_owner(self.report.source_text, head.name))
            told.discard(None)
            self.kin_sexes[head.name] = told.pop() if len(told) == 1 else None  # "his wife, Zhou Lanting", "Zhou … her husband"
        return self.kin_sexes[head.name]

    @staticmethod
    def speaker_closing_the_sentence(sentence: str) -> Head | None:
        """The person an inverted cue at a sentence's end names ("His blog reflected a belief in debate, said his
        stepdaughter, Mina Cho, 18.", "…, confirms Maria Lind, a member of the Rada …"): the one whom the words are
        those of, and a later "she" or "he" means."""
        cues = list(CLOSING_CUE.finditer(sentence, max(0, len(sentence) - CLOSING_CUE_REACH)))
        closing = cues[-1] if cues else None
        if closing is None or is_weak(closing.group("cue")) or base_of(closing.group("cue")) == "tell":
            return None  # "“…” Ana Roe, head of sales at Brightwave, tells The Coastal Ledger.": the one told, no speaker
        # the name right after the cue, or after "his stepdaughter,", and nothing after it but a description: not "…, said
        # David Cameron had failed …" (the cue's object) nor "…, spoke personally with Mr. Akin"
        named = ROLE_THEN_APPOSED_NAME.match(sentence, closing.end()) or CHUNK.match(sentence, closing.end())
        if named is None or not NAME_ENDS_CLAUSE.match(sentence, named.end()):
            return None
        name = named.group("name") if named.re is ROLE_THEN_APPOSED_NAME else named.group(0)
        head = head_of(name, sentence[: named.start("name") if named.re is ROLE_THEN_APPOSED_NAME else named.start()])
        return head if head is not None and head.kind == "person" and " " in head.name else None

    @staticmethod
    def spoken_of(sentence: str, opening_end: int, head: Head) -> bool:
        """Whether the head is named after a verb of saying that follows the sentence's opening (the unnamed sayer's): in
        what the sayer says, not the one saying it."""
        named_at = sentence.find(head.name, opening_end)
        return named_at > opening_end and CUE.search(sentence, opening_end, named_at) is not None

    def note_person(self, salience: Salience, head: Head) -> None:
        """A person a sentence brings in becomes the one a later "he" or "she" means: the actor the report already named
        so, else the head."""
        salience.note(self.by_name.get(head.key) or head, "person", head.role)

    @staticmethod
    def person_described_last(text: str) -> Head | None:
        """The person the sentence ends by describing ("I bumped into Hashem, a 22-year-old student I had met in Rome."): a
        feature's way of bringing in the one a "he" opening the next sentence means."""
        described = DESCRIBED_LAST.search(text, sentence_start(text, max(0, len(text.rstrip()) - 1))) if ", " in text else None
        if described is not None and PLACE_AFTER_PERSON_NOUN.search(text, 0, described.start("who")):
            return None  # "…, a fisherman in Sabo, the boats stop him.": a place, not a person described
        if (
            described is not None
            and " " not in described.group("who")
            and PLACE_AFTER_UNNAMED.search(text, max(0, described.start("who") - 80), described.start("who"))
        ):
            return None  # "…, a baker in Velmar, the last one open on the square."
        head = head_of(described.group("who"), text[: described.start("who")]) if described else None
        return head if head is not None and head.kind == "person" else None

    @staticmethod
    def person_apposed_last(text: str) -> Head | None:
        """The person named in full in apposition to a role closing the text's last sentence ("…, I'll leave that to the
        government's Chief Scientific Adviser, Patrick Vallance.")."""
        last = sentence_start(text, max(0, len(text.rstrip()) - 1)) if ", " in text else -1
        apposed = APPOSED_NAME_END.search(text, last) if last >= 0 else None
        head = head_of(apposed.group("who").rstrip(".!? "), text[: apposed.start("who")]) if apposed else None
        return head if head is not None and head.kind == "person" and " " in head.name else None

    @staticmethod
    def last_person_named_in_full(text: str) -> Head | None:
        """The last person the text names in full who acts ("… after Sheriff Wayne Ivey took office"), not after "the"."""
        for chunk in reversed(chunks(text)):
            head = head_of(chunk.text, text[: chunk.begin])
            if head is None or head.kind != "person" or " " not in head.name or THE_BEFORE.search(text, max(0, chunk.begin - 5), chunk.begin):
                continue
            return head if verb_follows(text[chunk.finish :]) else None
        return None

    @staticmethod
    def passive_body_agent(sentence: str) -> Head | None:
        """The body a passive sentence names as its agent ("were announced by India’s home ministry on Monday")."""
        agent = PASSIVE_BODY_AGENT.search(sentence)
        head = body_head(agent.group("body"), sentence[: agent.start("body")]) if agent else None
        return head if head is not None and head.kind in ("organization", "outlet") else None

    # --- notes, dates, what a statement mentions ---------------------------------------------

    def note_after(self, paragraph: Paragraph, quote: str, following: list[Paragraph]) -> str | None:
        position = paragraph.text.find(quote[:30]) if quote else -1
        for key in paragraph.note_keys:
            if paragraph.text.find(f"[{key}]", max(position, 0)) >= 0:
                return key
        return self.note_of([], following) if not paragraph.note_keys else paragraph.note_keys[-1]

    @staticmethod
    def note_of(run: list[Paragraph], following: list[Paragraph]) -> str | None:
        for paragraph in reversed(run):
            if paragraph.note_keys:
                return paragraph.note_keys[-1]
        looked = 0
        heading = run[0].heading if run else (following[0].heading if following else "")
        for paragraph in following:
            if paragraph.heading != heading or looked >= 2:
                break
            if paragraph.note_keys:
                return paragraph.note_keys[0]
            if paragraph.kind != "quote":
                looked += 1
        return None

    def date_for(self, text: str) -> dt.date | None:
        return dated(text, self.year_hint, self.report.date) or self.report.date

    def date(self, statement: Statement, texts: list[str], paragraph: Paragraph, going_on: bool = False) -> None:
        """The attribution clause's date; else the heading's (a digest's day); else, where the statement goes on with the
        speaker's last (`going_on`), that one's; else the note's; else the report's, flagged."""
        note = self.report.notes.get(statement.note_key) if statement.note_key else None
        if note is not None and note.date and self.report.date and note.date > self.report.date:
            note = None  # "… (March 22, 2007 – November 29, 2011)" in a report of April 2011: no day the words were said
        hint = note.date.year if note and note.date else self.year_hint
        stated = () if note and note.date else self.years_here  # the years stated above ("In May 2017, …") before the hint
        earlier = bool(texts) and ("had " in texts[0] or "previous" in texts[0]) and EARLIER_WORDS.search(texts[0]) is not None
        # "Last year, Varga told …", "In July, Varga told …": no day the paragraphs above give, nor the report's
        after = texts[1] if len(texts) > 1 else ""
        back_then = bool(texts) and (said_back_then(texts[0], after) or said_in_a_month(texts[0], after))
        # "“…,” says Miller.": said to the writer, on no day above it; only the clause's own day ("says on Monday") dates it
        present = bool(texts) and said_to_the_writer(texts[0], after)
        counts_days = bool(self.report.date) and not earlier and not back_then and not present  # not "had said"
        # "In 2015, she …", "…,” declared X in 1897."; never a year after the report's ("promised elections in 2027:")
        own_years = [year for year in clause_years(*texts[:2]) if not self.report.date or year <= self.report.date.year] if texts else []
        for index, text in enumerate(self.dating_texts(texts, statement.speaker, paragraph.heading)):
            if (back_then or present) and index >= 2:
                break
            found = dated(text, hint, self.report.date, stated) if text else None
            if found and index >= 2 and own_years and (found.year not in own_years or found != dated(text, hint, self.report.date)):
                continue  # "In 2015, … she labeled it “a sham”" under "… said on Nov. 2.": the day above is of its own year
            if found and note and note.date and found > note.date + NOTE_SLACK and found != dated(text, None, self.report.date):
                break  # "wrote that there had been a discussion after the visit on 11 April" [a note of January 2011]: a
                # yearless day read in the note's year, weeks after the source the note cites, is a day the words tell
                # of, not the day they were said: the note's date is
            # "Lavrov said on Tuesday": in the clause, news counts days, even after "Last year …" (back_then blocks the
            # days above and the report's day, not the day the clause names)
            if found is None and index == 1 and self.report.date and not earlier:
                found = said_on_day(" ".join(texts[:2]), self.report.date)
            if found is None and index == 2 and counts_days and text and self.names_speaker(text, statement.speaker):
                found = said_on_day(text, self.report.date)  # "Rubio on Wednesday urged patience … “…,” Rubio said"
            if found is None and index >= len(texts) and counts_days and text:
                found = self.day_named_with(text, statement.speaker)  # "Governor John Rankin Thursday called for calm"
            if found and index >= 2 and own_years and found.year not in own_years:
                continue  # "Varga told reporters in 2015: “…”" under "“…,” Varga said on Friday.": that Friday is the report's
            if found and note and note.date and found > note.date + NOTE_SLACK and found != dated(text, hint, self.report.date):
                break  # "Maturity is more evident today. Ruiz says, “…”" [a note: an interview of July]: a day counted back
                # from the report's, weeks after the interview the note cites, is the writer's, not the day of the words
            if found:
                statement.date, statement.date_basis = found, "text"
                return
        if counts_days and not (note and note.date):
            # "David Cameron today demanded a deadline …" in the lede, "Mr Cameron said: '…'" paragraphs below
            for above in reversed(self.day_paragraphs):
                found = self.day_named_with(above, statement.speaker)
                if found and own_years and found.year not in own_years:
                    break
                if found:
                    statement.date, statement.date_basis = found, "text"
                    return
        carried = self.date_carried_on(statement) if going_on and not present and not (note and note.date) else None
        if carried is not None:  # "“…,” he said on October 16." ¶ "“…”" ¶ "Brandt continued: “…”": the same occasion
            statement.date, statement.date_basis = carried, "text"
        elif note and note.date:
            statement.date, statement.date_basis = note.date, "note"
        elif self.report.date and not self.is_record and any(year < self.report.date.year for year in own_years):
            return  # "…,” declared a later chancellor, Bernhard von Bülow, in 1897.": not the report's day, even as a guess
        elif self.report.date and not self.is_record and back_then:
            return  # "Last year, Varga told the council that “…”": some day before the report's, never the report's
        elif self.report.date and self.opens_heading and statement.reason in CREDITED_UNDER_REASONS:
            return  # an epigraph ("“Close the ports …” — Aurel Vantongeren" over the text): said whenever, never the report's day
        elif self.dateline_day is not None and not back_then and not present and self.speaks_at_an_event(statement):
            # "WASHINGTON, Oct. 7, 2001 --" over "“…,” Bush said in a White House address": the story's day is the event's
            statement.date, statement.date_basis = self.dateline_day, "text"
        elif self.report.date:
            statement.date, statement.date_basis = self.report.date, "record" if self.is_record else "report"

    def speaks_at_an_event(self, statement: Statement) -> bool:
        """Whether the story shows the speaker speaking at an event of its day: this statement's occasion, or an earlier
        one of theirs in the report, is a speech or a press conference."""
        if statement.occasion in EVENT_OCCASIONS:
            return True
        found = self.result.statements
        for earlier in found[min(self.event_speakers_read, len(found)) :]:  # each read once: a long report stays linear
            if earlier.occasion in EVENT_OCCASIONS:
                self.event_speakers.add(earlier.speaker)
        self.event_speakers_read = len(found)
        return statement.speaker in self.event_speakers

    def date_carried_on(self, statement: Statement) -> dt.date | None:
        """The day the text gave the speaker's statement that this one goes on with (a quotation's next paragraph, "X
        continued:", "he added"), when it gives this one none."""
        for earlier in reversed(self.result.statements[-CARRIED_DATE_REACH:]):
            if earlier.speaker == statement.speaker and earlier.section_slug == statement.section_slug:
                return earlier.date if earlier.date_basis == "text" else None
        return None

    def dating_texts(self, texts: list[str], speaker: str, heading: str) -> Iterator[str]:
        """The texts a statement's date is looked for in, in order: the paragraphs above are read only when the clause
        has no date (most clauses have one)."""
        yield from texts
        yield from self.context_about(speaker)
        if not NOTE_LINE_HEADING.match(heading):
            yield heading  # not "32 Tom Hadley, Press Conference Northport, 7 Nov 2018": a footnote's line made a heading

    def day_named_with(self, text: str, speaker: str) -> dt.date | None:
        """A paragraph above: the day its 'Thursday' or 'yesterday' counts back to from the report's date, where that word
        comes right after the speaker's name ("Rankin Thursday called for calm", "Rankin said on Thursday"), as wire copy
        dates what a person did; not a day the paragraph gives something else ("On Thursday, investigators held Fahie")."""
        words = day_words(text)
        if not words:
            return None
        surname = self.identity(speaker)
        if not surname:
            return None
        for start, word in words:
            begin = max(0, start - SPEAKER_DAY_REACH)
            at = fold_chars(text[begin:start]).rfind(surname)  # the few characters before the word (not a cached paragraph's)
            if at >= 0 and SPEAKER_DAY_GAP.match(text, begin + at + len(surname), start):
                return relative_date(word, self.report.date)
            if self.day_of_opening_phrase(text, start, word, surname):
                return relative_date(word, self.report.date)
        return None

    @staticmethod
    def day_of_opening_phrase(text: str, start: int, word: str, surname: str) -> bool:
        """ "During the Lantern Festival last night, Governor Lito Ramos mentioned …", "Speaking last night at the gala,
        Mayor Ruiz said …": the day in a sentence's opening phrase, the speaker the subject right after its comma (not
        "On Thursday, investigators held Fahie": another subject)."""
        opening = max(text.rfind(". ", 0, start), text.rfind(",", 0, start)) + 1
        if "," in text[opening:start] or text.rfind(". ", 0, start) + 1 != opening:
            return False  # the day is not in the sentence's opening phrase
        if text[start + len(word) : start + len(word) + 2] in ("’s", "'s") or BEFORE_OR_AFTER.match(text, opening):
            return False  # "Before Wednesday’s talks had begun, Zelenskyy told Axios": some other time than that day
        subject = DAY_PHRASE_THEN_SUBJECT.match(text, start + len(word))
        return subject is not None and fold_chars(subject.group("subject")).split()[-1] == surname

    def names_speaker(self, text: str, speaker: str) -> bool:
        """Whether the text names the speaker by the last word of the name ("Rubio")."""
        return self.identity(speaker) in fold_chars(text)

    def context_about(self, speaker: str) -> list[str]:
        """The paragraphs just above that name the speaker, nearest first ("Speaking with Varga on May 9, …" dates Varga's reply)."""
        surname = self.identity(speaker)
        return [without_note_markers(p) for p in reversed(self.recent) if surname in folded_paragraph(p.text) and not self.lone_dated_caption(p.text)]

    def lone_dated_caption(self, text: str) -> bool:
        """ "Apr. 8: Minister Lind signs the accord …" over a story: a photo's caption, whose day is the picture's, where
        it is the report's only line so dated; a tracker's or a timeline's several dated entries each date what they hold."""
        if not dated_caption(text):
            return False
        if self.dated_captions < 0:
            paragraphs = (p.text for section in self.report.sections for p in section.paragraphs)
            self.dated_captions = sum(1 for each in paragraphs if dated_caption(each))
        return self.dated_captions == 1 and not holds_any(text, '“”"') and " said" not in text

    def date_line(self, statement: Statement, following: list[Paragraph]) -> None:
        """A short date line under the quote ("– Oct. 6, 2015, according to the press") dates it."""
        if not following or following[0].heading != statement.heading:
            return
        line = without_note_markers(following[0]).strip(" ()[]–—-.")
        if len(line.split()) <= 10 and not quote_spans(line):
            found = dated(line, self.year_hint, self.report.date, self.years_here)
            if found:
                statement.date, statement.date_basis = found, "text"

    def add(self, statement: Statement, passage: str, salience: Salience, salient: bool = True) -> None:
        mentioned = self.registry.actors_named(passage, statement.date) if passage else []
        statement.mentions = [a for a in dict.fromkeys(mentioned) if a != statement.speaker]
        statement.quoted = self.nested(statement.quote)
        if not salient:
            # a pull quote's or an entry heading's speaker stands outside the narration: a "They added" under it goes on
            # from the quotation before it, so neither the salience nor the count of quotations left to nobody moves
            self.result.statements.append(statement)
            return
        actor = self.registry[statement.speaker]
        salience.note(statement.speaker, actor.kind, " ".join(r.title for r in actor.roles))
        salience.speaker = [statement.speaker]
        self.unattributed_before_last_statement = len(self.result.unattributed)
        self.result.statements.append(statement)

    def last_quote_unattributed(self, section_slug: str) -> bool:
        """Whether the last quotation read in this section (by its slug), before the one being read, was left credited to
        nobody."""
        unattributed = self.result.unattributed
        return len(unattributed) > self.unattributed_before_last_statement and unattributed[-1][0] == section_slug

    def named_people(self, found: Found, speakers: list[str]) -> bool:
        """Whether 'they' said (not added) means people named together ("Ola Ibe and Tomas Brandt met the board. A worker
        shouted “…” ¶ They said:"): a plural's own reading, which a bystander's words or a scare quote between don't undo;
        a body 'they' takes from salience is the guess the unnamed words before undercut."""
        if base_of(found.cue) in ADDING_CUES or len(speakers) < 2:
            return False
        return all(self.kind_of(speaker) == "person" for speaker in speakers)

    def named_since_unattributed(self, who: str, text: str, anchor: str, before: int) -> bool:
        """Whether the paragraph names the actor after the last quotation left credited to nobody and before `before`."""
        _section, unattributed_anchor, quoted = self.result.unattributed[-1]
        since = text.find(quoted[:60]) + len(quoted) if unattributed_anchor == anchor and quoted[:60] in text[:before] else 0
        name = self.name_of(who)
        return since < before and whole_word_in(text[since:before], name.split()[-1])

    def nested(self, quote: str) -> list[QuotedSpeech]:
        """Quotes inside a statement that it credits to someone else: recorded as 'quoting', never statements."""
        found: list[QuotedSpeech] = []
        spans = nested_spans(quote)
        masked = mask(quote, spans)
        for span in spans:
            inner = quote[span.inner_start : span.inner_end].strip()
            if len(inner.split()) < 3:
                continue
            begin = sentence_start(masked, span.start)
            sentence = masked[begin : sentence_end(masked, span.end)]
            addressed = address_at(sentence[: span.start - begin])
            if addressed:  # "Chairman, the real question is why none … said, “…”": the one addressed says nothing
                sentence = " " * addressed + sentence[addressed:]
            clause = Clause(sentence, span.start - begin, span.end - begin)
            hit = self.sieve(clause)
            if hit is not None and hit.subject.heads:
                actor = self.actor_for(hit.subject.heads[0], self.report.date)
                if all(q.text != inner for q in found):
                    found.append(QuotedSpeech(actor, inner))
        return found


def attribute(report: Report, registry: Registry) -> Attribution:
    if not uses_single_marks("\n\n".join(p.text for section in report.sections for p in section.paragraphs)):
        read = with_paired_singles(report)  # a headline's 'word' in a report that quotes in double marks elsewhere
        if read is report:
            return ReportAttribution(report, registry).run()
    else:
        read = with_double_marks(report)  # British style: the engine reads double marks
    found = ReportAttribution(read, registry).run()
    as_written(found.statements, read, report)
    return found
