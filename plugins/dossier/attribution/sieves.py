"""Stage 3: the sieves, most precise first. Each looks at one quote in its sentence and names who speaks, or abstains.

A sieve returns a `Found`: the subject it read (named heads, a pronoun or a
role noun, which the engine resolves to an actor) and its own name, which the
statement keeps so the review table and the benchmark can count by sieve.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..actors import trie_pattern
from ..dates import TIME_NOUNS
from ..model import Statement
from ..sentences import TITLE_ABBREVIATIONS, sentence_start
from .apposed_people import apposed_speaker
from .cues import (
    ADVOCATING,
    AFTER_QUOTE_ONLY,
    AS_BEFORE_QUOTE_ONLY,
    COLON_ONLY_CUE,
    CUE,
    CUE_ANY_CASE,
    FRENCH_INVERTED,
    FRENCH_PERSONAL_PRONOUNS,
    PASSIVE_BEFORE,
    QUE_OR_COLON_NEXT,
    QUE_OR_COLON_ONLY,
    VIEWING,
    as_saying_at_end,
    base_of,
    is_describing,
    is_participle,
    is_weak,
)
from .footage import recorded_before_colon, recorded_speaker
from .given_names import given_name_sex, listed_given_name
from .home_places import home_place_end
from .kinship import FEMALE_PERSON_NOUNS, KIN_NOUN, PERSON_NOUN
from .named_works import named_work
from .names import (
    ADVERB_SURNAMES,
    BEFORE_ANY_AFTER,
    BODY_DESCRIPTOR_NOUNS,
    CHIEF_EPITHETS,
    CHUNK,
    DOMAIN_CHIEF_END,
    ENVOY_POSTED_TAIL,
    FRENCH_PRONOUNS,
    IRREGULAR_PAST,
    LOWER_BODY,
    LOWER_BODY_ALONE,
    NATION,
    NOT_A_ROLE_WORD,
    NOT_NAMES,
    OFFICE_OF_A_PERSON,
    OFFICE_OF_A_ROLE,
    ORGANIZATION_WORDS,
    PARTICLES,
    PARTY_WORDS,
    PREPOSITIONS,
    ROLE_NOUN_WORDS,
    STATE_NAMES,
    Head,
    Subject,
    _governed,
    _last_heads,
    body_head,
    chunks,
    clause_subject,
    fold,
    head_after,
    head_of,
    is_demonym,
    lower_body_head_of,
    office_of_a_person,
    office_of_a_role,
    paper_after_the,
    periodical_named_week,
    resident_named,
    spaced_dash_aside,
    subject_before,
    verb_follows,
)
from .party_brackets import without_party_brackets_closed
from .publication_venues import writer_before_venue
from .relatives import PEOPLE_PLURALS, object_relative_subject_start
from .replies import ANSWER_NOUNS, REPLY_FROM, REPLY_FROM_ROLE_THEN_NAME, reply_after
from .resident_epithets import resident_epithet
from .shortcuts import named_first as named_first_in
from .things import thing_in_that_clause
from .titles import CONSORT_TITLES, OTHER_OFFICE_WORDS, TITLE_LETTERS, TITLE_WORDS
from .work_nouns import WRITINGS as WRITINGS  # re-exported: where it was first kept

# patterns the functions below use, compiled once
# Patterns that would start with "\b" are written to start with their first letter and check the "\b" in a
# look-behind after it ("(?<!\wt)": no word character before the "t"), so that re skips to that letter instead of
# trying the pattern at each character; tests/test_attribution_shortcuts.py compares each with its first form.
THAT = re.compile(r"t(?<!\wt)hat\b")
QUOTING_END = re.compile(r"[QqCc](?<!\w[QqCc])(?:(?<=[Qq])(?i:uot)|(?<=[Cc])(?i:it))(?i:ed|ing)\s*$")
QUOTING = re.compile(r"(?:q(?<!\wq)uot|c(?<!\wc)it)(?:ed|ing)\s+")
QUOTING_WHO_SAYING = re.compile(
    r"\b(?:quoting|quoted|citing|cited)\s+(?P<who>" + CHUNK.pattern + r")(?:\s+and\s+(?:other|several|some|two|three)\s+[a-z]+)?\s+$"
)
QUOTED_ROLE = re.compile(r"(?:the|a|an)\s+(?:[a-z]+\s+)?(?P<role>[a-z]+)\s+as\s+(?:saying|stating|writing|telling|warning|declaring|adding)\b")
# "and also boasts", "but, online, boasts": an aside set off in commas after the conjunction ("and, in a statement,") too
AND_BUT_END = re.compile(r"\b(?:and|but)(?:,\s+(?P<aside>[^,.;:“”\"]{1,40}),)?\s+(?:(?:also|then|later|falsely|\w+ly)\s+)?$")


def joined_by_and_or_but(text: str, end: int) -> bool:
    """Whether the text up to `end` closes on "and" or "but" (an adverb or an aside in commas after it) before a verb that
    shares the clause's subject; not where the aside is itself a cue ("but, Ana Ruiz says, admits …": hers to report)."""
    found = AND_BUT_END.search(text, 0, end)
    return found is not None and not (found.group("aside") and CUE.search(found.group("aside")))


COMMA_BUT_END = re.compile(r",\s+but\s+(?:(?:also|then|later|\w+ly)\s+)?$")
SEMICOLON_OR_COLON = re.compile(r"[;:]")
PRONOUN_ALONE = re.compile(r"(he|she|they|it|we)", re.I)  # "we": the text's own voice, a publisher's (the engine says whose)
FRENCH_PRONOUN_ALONE = re.compile(r"(?:qu[’']\s*)?(" + FRENCH_PERSONAL_PRONOUNS + ")")  # "« … », il a déclaré", "« … », qu’elle a ajouté"
# "the future Governor", "the Governor-elect": a title capitalised after a lower-case word or before "-elect" is the role
# noun it would be in lower case
THE_ROLE_ALONE = re.compile(
    r"the\s+(?P<noun>(?:(?i:" + NATION + r")\s+)?"
    r"(?:[a-z]+\s+(?P<titled>[A-Z][a-z]+)|(?:[a-z]+\s+)?(?P<role>[a-z]+)|(?P<elected>[A-Z][a-z]+)(?=-))(?:-elect|-designate)?)"
)
THE_ROLE = re.compile(r"the\s+(?P<role>[a-z]+)\b")
THE_QUALIFIED_ROLE = re.compile(r"the\s+[a-z]+\s+(?P<role>[a-z]+|[A-Z]{2,3})\b")
THE_WORK = re.compile(r"the\s+(report|article|editorial|statement|communiqu[eé]|network|agency|newspaper|paper|daily|broadcaster)\b")
A_WORK_BY = re.compile(
    r"(?:an?|the|its|their|one)\s+(?:[\w-]+\s+){0,2}?(?:study|report|survey|analysis|assessment|poll|review|estimate|paper)\s+"
    r"(?:\w+\s+)?(?:by|of|from)\s+(?:(?:the\s+)?(?:consulting|consultancy|research|polling|law|accounting)\s+(?:firm|group|company)\s+)?"
)
# what an issuer puts out and the text cites as "according to" it (a year may stand before it: "a 2025 DIA statement")
ISSUED_WORKS = (
    r"statement|testimony|strategy|assessment|report|study|review|estimate|analysis|policy|doctrine|memo|memorandum|letter|"
    r"briefing|readout|release|directive|guidance|posture review|threat assessment|white paper|paper|communiqu[eé]"
)
WORK_DATE = r"(?:(?:[A-Z][a-z]+\s+)?\d{4}\s+)?"
POSSESSED_WORK = re.compile(
    r"(?:(?:an?\s+|the\s+)?"
    + WORK_DATE
    + r"(?:revision|version|update|edition)\s+of\s+)?(?:the\s+)?(?P<who>"
    + CHUNK.pattern
    + r")(?:[’']s?)?\s+"
    + WORK_DATE
    + r"(?:[\w-]+\s+){0,4}?(?i:"
    + ISSUED_WORKS
    + r")\b"
)
BODYS_WORK = re.compile(r"(?:an?\s+|the\s+)?" + WORK_DATE + r"(?P<who>" + CHUNK.pattern + r")\s+(?:" + ISSUED_WORKS + r")\b")
WORK_OF = re.compile(r"(?:an?\s+|the\s+)?" + WORK_DATE + r"(?:[a-z-]+\s+){0,2}?(?:" + ISSUED_WORKS + r")\s+(?:of|by|from)\s+")
ACRONYM_THEN_PERSON = re.compile(r"\s*\([A-Z]{2,10}\)\s+(?P<who>" + CHUNK.pattern + ")")


def issuer_of_work(text: str, start: int) -> Head | None:
    """The person or body whose work the text cites after "according to": "the Pentagon's 2026 National Defense Strategy",
    "a 2025 DIA statement", "2025 testimony of U.S. Northern Command (NORTHCOM) Commander General Gregory Guillot"."""
    possessed = POSSESSED_WORK.match(text, start) or BODYS_WORK.match(text, start)
    who = possessed.group("who") if possessed else ""
    owned = who.endswith(("’s", "'s", "’", "'")) or text.startswith(("’s", "'s"), possessed.end("who")) if possessed else False
    if possessed and (possessed.re is BODYS_WORK or owned):
        head = head_of(re.sub(r"[’']s?$", "", who), text[: possessed.start("who")])
        return head if head is not None and head.kind != "role" else None
    work = WORK_OF.match(text, start)
    if not work:
        return None
    head = head_after(text, work.end())
    skipped = BEFORE_ANY_AFTER.match(text, work.end())  # the pattern matches everywhere (all its parts are optional)
    chunk = CHUNK.match(text, skipped.end()) if head is not None and skipped else None
    person = ACRONYM_THEN_PERSON.match(text, chunk.end()) if chunk and head is not None and head.kind != "person" else None
    if person:  # "of U.S. Northern Command (NORTHCOM) Commander General Gregory Guillot": its commander, named
        holder = head_of(person.group("who"), text[: person.start("who")])
        head = holder if holder is not None and holder.kind == "person" else head
    return head if head is not None and head.kind != "role" else None


WORK_OF_DETAIL = "according to X's work"
OBJECT_PRONOUN = re.compile(r"(him|her)(?=\s*[,:“\"])")  # "according to him, “…”"; not "according to her office"
ACCORDING_TO = re.compile(r"[Aa](?<!\w[Aa])(?i:ccording to)\s+")
SELON = re.compile(r"(?<![\w-])[Ss]elon\s+")  # a French text's "according to" ("Selon Jean Martin, « … »")
CLAUSE_PUNCTUATION = re.compile(r"[,;:]")
WEAK_GAP_WORDS = 4
ADVERB_THAT = re.compile(r"\s*[a-z]+ly\s+that\s")
ASKING = frozenset({"ask", "question"})
ASKED_GAP_WORDS = 12
# "asked whether the plan was really “…”": words put in question, someone else's echoed, not the asker's own
ECHO_BEFORE_QUOTE = re.compile(r"\b(?:really|truly|actually|so-called)\s*$")
# a weak verb of telling, its object (the one told), then its that-clause: "informed the inquiry that", "assured MPs that"
TELLING_WEAK = frozenset({"inform", "assure", "remind"})
TOLD_THEN_THAT = re.compile(r"\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){1,3}?that\s")


def far_from_quote(word: str, gap: str) -> bool:
    """Whether a weak cue stands too far from the quote to govern it. A question put to someone and introduced by a
    colon stays the asker's across the one asked and where it was asked ("Orrin asked Director Pell Hasken, at a
    public hearing: “…?”"); otherwise a weak cue governs only the few words after it, or a that-clause."""
    if gap.lstrip().startswith("that ") or ADVERB_THAT.match(gap):
        return False  # "The Committee found unanimously that he had “…”": a that-clause past the verb's adverb
    if base_of(word) in VIEWING and len(gap.split()) <= DESCRIBED_OBJECT_WORDS and AS_THEN_QUOTE.match(gap):
        return False  # "sees the port's catalogue as its “…”": the thing viewed, then the words for it
    if base_of(word) in TELLING_WEAK and TOLD_THEN_THAT.match(gap):
        return False  # "Lena Moss informed the inquiry that … “…”": a that-clause past the one told, as "told the inquiry that"
    words = len(gap.split())
    if base_of(word) in ASKING and words <= ASKED_GAP_WORDS and gap.lstrip().startswith(("whether ", "if ")) and not ECHO_BEFORE_QUOTE.search(gap):
        return False  # "Tom Hale asked whether it really would have “…”": the question asked, reported, as a that-clause
    if words > WEAK_GAP_WORDS and base_of(word) in ASKING and words <= ASKED_GAP_WORDS:
        # also after a comma where nothing between is a request or a reported question ("had asked the new mayor during
        # the summit, “…?”"; not "asked residents to save water, “…”")
        return not (gap.rstrip().endswith(":") or ASKED_DIRECTLY.fullmatch(gap))
    return words > WEAK_GAP_WORDS


INFINITIVE_CUE = re.compile(r"\b(?P<verb>[a-z]+ed|[a-z]+s|took)\s+(?:[\w-]+\s+){0,5}to\s+$")
# "asked Congress to describe it as": the object describes; "was quick to describe" has no -ed verb before it
OBJECT_CONTROL = frozenset(
    "asked urged told forced allowed invited pressed encouraged persuaded ordered wanted expected required called begged challenged "
    "dared pushed needed instructed directed advised warned reminded got helped".split()
)
# the verbs that make their object do what the infinitive says ("rising rents prompted the Harbour Party to acknowledge
# that “…”", "led Mayor Ilse Varga to admit that", "forced the board to concede that"): the object said it, not the cause
# the object right after the verb and right before its "to", with no "to" of its own: "led Tom Reed to the podium to
# announce" and "moved to Orvia to argue" (no object at all: "moved" is left out) are the subject's words
CAUSED_INFINITIVE = re.compile(r"\b(?P<verb>prompted|led|forced|compelled|spurred|caused|obliged)\s+(?:(?!to\s)[\w’'.-]+\s+){1,5}?to\s+$")
DESCRIBED_OBJECT_WORDS = 8
# "Medvedev used a three-way interview with … newswires to reaffirm that “…”": a verb, its object, then the infinitive cue
FAR_INFINITIVE_CUE = re.compile(r"\b(?P<verb>[a-z]+ed|went|gone|goes|made|took|gave|held|wrote|spoke)\s+(?:[\w’'-]+\s+){0,12}to\s+$")
NEGATED_BEFORE = re.compile(r"\b(?:(?:refus|declin)(?:ed|es|ing)\s+to|avoid(?:ed|s|ing)|never|not|n[’']t)\s+$")
# "He intended …", also after a connective with no comma ("However he indicated …, admitting: “…”"): the sentence's
# pronoun subject, whom a later participle goes on with
PRONOUN_OPENS = re.compile(
    r"[\s•*–-]*(?:(?:However|But|Yet|Still|Later|Instead|Nonetheless|Nevertheless|Meanwhile)\s+(?=s?he\s)|(?=[HS]))([Hh]e|[Ss]he)\s+[a-z]"
)
RELATIVE_AFTER_NAME = re.compile(CHUNK.pattern + r",\s+(?:which|who)\b")
PRONOUN_OPENS_CLAUSE = re.compile(r"\s*(?:[A-Z][^,;:.]{0,60},\s*)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?[a-z]")  # "In 2022, she withdrew"
THAT_OPENS = re.compile(r"\s*that\s")
# "says the mother of four who …", "says the man, who …": a person described, not named, whom the passage is about
# an age as the noun: "said the 80-year-old, who represents …", "“…,” the 34-year-old said": the person named before
AGE_NOUN = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old"
DESCRIBED_PERSON = re.compile(r"the\s+(?P<noun>" + PERSON_NOUN + "|" + AGE_NOUN + r")\b(?:\s+of\s+\w+)?,?\s+(?:who|whose)\b")
AGED_PERSON = re.compile(r"the\s+(?:[a-z]+\s+)?" + AGE_NOUN + r"(?=\s*(?:[,.;:]|$))")  # "said the 80-year-old."; not "the 80-year-old MP"
# an epithet with its modifier ("the young mother", "the 45-year-old father"), never a bare "the man": the writer's name
# for one the passage already named, where a bare noun is often an unnamed source; an age alone is such an epithet
EPITHET_NOUN = re.compile(r"the\s+(?:(?:[a-z0-9][\w-]*\s+){1,2}(?P<noun>" + PERSON_NOUN + r")\b|(?:[a-z]+\s+)?(?P<age>" + AGE_NOUN + r"))")
EPITHET_END = re.compile(r"\s*(?:[.,;!?]|$)")  # the epithet ends the cue: not "said the young mother of a rival's child"
INVERTED_CUE = re.compile(r"^[\s,]*(?P<cue>" + CUE.pattern[3:-3] + r")\s+")
# "“A lot of nations are adopting a policy of appeasement” toward China, observed X": the sentence's object, then the cue
# "“…,” said, with a worried voice, Alain Komé": a manner phrase set off by commas between the inverted verb and the speaker
# (French-influenced and South Asian English); it opens in lower case and holds no name of its own
INVERTED_CUE_MANNER = re.compile(r"^[\s,]*(?P<cue>" + CUE.pattern[3:-3] + r"),\s+[a-z][^.,;:!?“”\"A-Z]{2,60},\s+")
INVERTED_AFTER_OBJECT = re.compile(
    r"^\s+(?:toward|towards|to|of|on|in|against|with|for|from|about)\s+[^.,;:!?“”\"]{1,40},\s*(?P<cue>" + CUE.pattern[3:-3] + r")\s+"
)
ROLE_WORD = re.compile(ROLE_NOUN_WORDS, re.I)
UNNAMED_ROLES = """official aide source diplomat adviser advisor person people executive officer analyst lawmaker general commander
spokesman spokeswoman spokesperson member minister expert researcher resident soldier employee staffer insider negotiator envoy
legislator representative agent operative colonel investigator economist strategist observer participant witness veteran
account channel blogger user""".split()
# "said one US intelligence official", "said a senior official at DI": an unnamed source, not the body named in the description
UNNAMED_AFTER = re.compile(r"\s*,?\s*(?:an?|one|two|three|several|some|another)\s+(?:[\w.’'-]+\s+){0,5}?(?:" + "|".join(UNNAMED_ROLES) + r")s?\b")
# a person brought in by a description, then the name ("a volunteer named Sara Conti", "one farmer called Ade Bello"), or
# the surname alone as Chinese and wire copy name ordinary people ("a pupil surnamed Vemm", "the Dalton-based teacher
# surnamed Orel")
ONE_NAMED = re.compile(
    r"\s*(?:(?:an?|one|another)\s+(?:[\w’'-]+\s+){1,3}?(?:named|called)|(?:an?|one|another|the)\s+(?:[\w’'-]+\s+){1,3}?surnamed)\s+"
    r"(?P<name>" + CHUNK.pattern + r")"
)
# where the one named is from, after the name ("a pupil surnamed Vemm from Lirak, West Norland's Tessa Province, told")
FROM_PLACE_AFTER_NAME = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?[A-Z]")
AUXILIARY_AT_END = re.compile(r"(?:\s+(?:has|have|had|would|will)|(?<=\w)[’'](?:d|ll))(?:\s+(?:also|since|long|\w+ly))*$")
# "he has said", "Lutz had long argued", "she’d say"
# (an adverb in lower case: "the Harbour Daily said", "Valley Weekly reported" end on a periodical's name)
TRAILING_ADVERBS = re.compile(r"(?:\s+(?:later|then|also|again|once|[a-z]\w*ly))+$")
SECOND_THAT = re.compile(r",\s*(?:but|and)\s+(?:also\s+)?that\b")
NOUN_OF = re.compile(r"\s+of\b")
# "to remove references to “detention”", "a reference to “the old days”": the verb takes no "to" ("the report references
# “a culture of silence”"), so the word before it is the noun, a mention of the words, no one's saying of them
REFERENCE_NOUN = re.compile(r"[Rr]eferences?\s+to\b")
NOUN_FORMS = {"report", "reports", "statement", "comment", "comments", "claim", "claims", "remarks", "post", "warning", "note"}
NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+$")  # "an unspecified SMM report from …": a name's report is a noun
NOUN_AFTER = re.compile(r"\s+(?:from|of|on|in|by|that)\b")
THAT_AFTER = re.compile(r"\s+that\b")
# "the ISW reports that", "an unspecified SMM report": a determiner before the name makes the cue word a noun
DETERMINED_NAME = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|this|these|those|recent|new|latest|earlier|previous|separate|unspecified)\s+(?:[A-Z][\w’'-]*\s+)+$"
)
RELAYING = {"quote", "cite"}
# "“…,” the Harbour Post reported him as saying", "quoted Olek Brandt as saying", "cited the minister as saying": after an
# outlet's verb, the one it quotes (or someone unnamed: "quoted a source as saying"), whose words they are
QUOTED_AS_SAYING = re.compile(
    r"\s+(?:(?P<pronoun>him|her|them)|the\s+(?P<role>[a-z]+(?:\s+[a-z]+)?)"
    r"|(?P<unnamed>(?:an?|one|two|three|several|some|another)\s+[^,.;:“”\"]{1,60}?)|(?P<who>" + CHUNK.pattern + r"))"
    r"\s+as\s+(?:saying|stating|writing|telling|warning|declaring|adding)\b"
)
RELAYED_BY_VERBS = RELAYING | {"report"}  # the verbs QUOTED_AS_SAYING follows
# "quotes Kennedy, " up to the quote; "quotes Peter Mallin admonishing her:", the participle saying how the words were put;
# "I quote the Governor:", a role whose holder the report names (not "quotes the Constitution,")
QUOTED_NAME_END = re.compile(r"\s*(?P<the>the\s+)?(?:[A-Z][\w’'.-]*\s*){1,4}(?:[a-z]{3,}ing(?:\s+(?:him|her|them|me|us))?\s*)?[,:]?\s*$")
# the name after these verbs is their object, never an inverted speaker: who heard it ("A source told CNN that …") or
# what was acted on ("promised U.S. aid")
OBJECT_VERBS = {"tell", "inform", "remind", "assure", "warn", "urge", "thank", "message", "text", "email"} | {
    "promise", "pledge", "vow", "threaten", "demand", "propose", "recommend", "welcome", "praise", "criticize", "criticise", "condemn",
}  # fmt: skip
VERBS_WITH_OF = {"speak", "talk", "warn", "complain", "boast", "think", "accuse", "approve", "disapprove"}
# "The MFA issued a statement that warned that “…”", "released a statement on nuclear war, which … called on … to “…”"
DOCUMENT_THAT = re.compile(
    r"\b(?:issued|released|published|posted|sent|made|wrote|delivered|put\s+out)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|communiqu[eé]|readout|release|report|letter|post|message|note)"
    r"(?:\s+(?:on|about|of)\s+[^,;:.“”\"]{1,60}?)?\s*,?\s+(?:that|which)\s+(?:\w+ly\s+)?$"
)
BE_BEFORE_CUE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|am)(?:\s+(?:also|clearly|not|often|sometimes|still|now|always|long|even|again|\w+ly))*$"
)
A_SPOKESPERSON = re.compile(  # "a company spokesperson", "a bureau spokesperson": the body's own noun before it
    r"an?\s+(?:(?:company|firm|agency|bureau|ministry|department|government|committee|embassy|party|campaign|police|army|military)\s+)?"
    r"spokes(?:person|man|woman)"
)
PASSIVE_STILL_SPEAKING = {"quote", "report", "cite", "ask"}  # "was quoted as saying", "was reported to have said"
# a relative clause in the passive that comments on the words the earlier verb introduces ("what she said in an
# interview with the Policy Forum, which was widely reported: “…”"): no speaker of its own, the earlier verb's
RELATIVE_PASSIVE_END = re.compile(r",\s*(?:which|that)\s+(?:was|were|has\s+been|had\s+been|is)(?:\s+\w+ly)?\s+$")
AS_X_PUT_IT_AFTER = re.compile(
    r"[\s,]*as\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")(?:\s+(?P<body>government|administration|ministry))?(?:,[^,;:.]{1,100},)?\s+(?:\w+ly\s+)?"
    r"(?P<cue>put it|puts it|said|says|noted|notes|wrote|writes|observed|argued|explained|remarked)\b"
)
HAVING_OPENS = re.compile(r"(?:^|[.;!?]\s+)Having\s+(?:\w+ly\s+)?$")
PASSIVE_AGENT = re.compile(
    r"(?:\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?|,\s*)(?P<cue>[a-z]+ed)\s+by\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")"
    r"\s+(?:as|to)\s+[^.;:“”\"]{0,80}$"
)
# "It’s a sentiment echoed by Nora: “…”": a verb of saying in the passive, its agent named right before the quote
# "he was told bluntly by then Transport Minister Arun Pillai: “…”": an adverb before "by", a "then" before the role
AGENT_BEFORE_QUOTE = re.compile(
    r"(?:\s+[a-z]+ly)?\s+by\s+(?:(?:the|his|her|its|their)\s+[a-z][a-z -]{0,40},\s+)?(?:the\s+|then\s+)?(?P<who>" + CHUNK.pattern + r")\s*[:,]?\s*$"
)
BODYS_SPOKESPERSON = re.compile(
    r"(?:an?|one|the)\s+(?P<who>" + CHUNK.pattern + r")\s+(?P<role>spokesperson|spokesman|spokeswoman|representative|press office)"
)
# "a spokesperson for the Harbour Board", "a spokeswoman for the department": the words are the body's, named or in a noun
SPOKESPERSON_FOR = re.compile(
    r"\s*(?:an?|one|the)\s+(?:(?:senior|chief|official|press)\s+)?(?P<role>spokes(?:person|man|woman))\s+for\s+"
    r"(?:the\s+(?P<noun>[a-z]+)\b|(?:the\s+)?(?P<who>" + LOWER_BODY + "|" + CHUNK.pattern + r"))"
)
PHRASE_END = re.compile(r"\s*(?:[,.;:!?]|$)")
UNNAMED_ROLE_END = re.compile(r"\s*(?:[.;:!?]|,(?!\s*[A-Z])|$)")  # not "a Varnholt spokesman, Ola Berg": the name apposed
OWNER_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}  # a possessive and the pronoun of its owner
PHRASE_REST = re.compile(r"[^,.;:!?]*")  # up to the phrase's end
# "Harbour Watch’s detention monitor", "the ministry’s spokesman", "Safeguard Defenders’ RSDL monitor": a body's unnamed
# staff, speaking for it as "a spokesperson for X" does
BODYS_STAFF = re.compile(
    r"(?:the\s+)?(?:(?P<who>" + CHUNK.pattern + r")|(?P<noun>[a-z]+))(?:[’']s|(?<=s)[’'])\s+(?:(?:[a-z]+|[A-Z]{2,6})\s+){0,2}?"
    r"(?P<staff>spokes(?:person|man|woman|people)|representatives?|press\s+office(?:rs?)?|(?P<desk>researchers?|monitors?|analysts?))"
)
ROLE_THEN_APPOSED_NAME = re.compile(r"(?:an?|one|the|its|his|her|their)\s+[^,]{1,60},\s+(?P<name>" + CHUNK.pattern + r")")
# one's relative, with an age or a rank among siblings: "his 55-year-old father", "his 17-month old daughter", "her late husband"
KIN = (
    r"(?:his|her|their)\s+(?:(?:\d+[- ](?:year|month|week)s?[- ]old|late|younger|older|elder|eldest|youngest)\s+)?"
    r"(?P<kin>" + KIN_NOUN + r")"
)
KIN_BEFORE_END = re.compile(KIN + r"\s+$")  # before a name: "a picture of his daughter Asha"
KIN_BEFORE_NAME = re.compile(KIN + r"\s+(?P<name>" + CHUNK.pattern + r")")  # "his father Mohan Das told"
# "“…,” recalled his wife, Lynet.": a relative is often named by the given name alone, which ends the clause
KIN_APPOSED_GIVEN_NAME = re.compile(KIN + r",\s+(?P<name>[A-Z][a-z]+)(?=\s*(?:[.;]|$))")
OUTLETS_WORK = re.compile(
    r"(?:an?|the|one)\s+(?P<who>" + CHUNK.pattern + r")\s+(?P<work>headline|editorial|commentary|article|column|op-ed|story|piece|report|post)"
)
# "“…,” the Corvane statement read", "one Corvane promotional video said": the body's own words
ISSUERS_WORK = re.compile(
    r"(?:an?|the|one)\s+(?P<who>"
    + CHUNK.pattern
    + r")\s+(?:[a-z]+\s+)?(?P<work>statement|press release|video|document|memo|filing|website|letter|advertisement|ad)"
)
OWNED_WORK = re.compile(  # "“…,” TNO’s report said", "“…,” the ministry’s statement read": the owner's words
    r"(?:the\s+)?(?:(?P<who>" + CHUNK.pattern + r")|(?P<role>[a-z]+))(?:’s|'s)\s+(?:(?:new|latest|final|own|written|annual)\s+)?"
    r"(?P<work>report|statement|analysis|study|letter|filing|release|news release|press release|communiqu[eé])"
)
STAFF_OF_A_BODY = re.compile(r"(?P<role>analysts|researchers|economists|strategists)\s+(?:at|from)\s+(?:the\s+)?(?P<body>" + CHUNK.pattern + r")")
ACCUSING = {"accuse", "blame", "charge", "criticize", "criticise", "condemn"}
OBJECT_OF_BETWEEN = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?:of|for)\s+")
A_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|one|this|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}$")  # "a single question:", "the warning:"
NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|this|that|these|those|such|no|more|any|many|few|several|some|other|further|[\w]+[’']s)\s+"
    r"(?:\d{4}(?:[-–/]\d{2,4})?\s+)?(?:(?:annual|latest|recent|new|brief|joint|official|final|written|formal|public|quarterly|monthly|weekly|earlier)\s+)?$",
    re.I,
)  # "the stress on", "a post", "no more questions", "in its annual report that", "the Board’s 2018 report": nouns
# "…, with Putin describing", "with Tom Hale, former Health Minister, describing" (an apposition between commas)
WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")(?:,\s+[^,;:“”\"]{1,80},)?\s+(?:\w+ly\s+)?$")
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but)\b")
CLAUSE_OPENING = re.compile(r"[;:]\s*|,?\s+(?:but|and|while|whereas|yet)\s+")


def clause_opening(text: str, end: int) -> int:
    """Where the clause the text ends in opens: after the last semicolon, colon or joining conjunction before end."""
    opening = 0
    for match in CLAUSE_OPENING.finditer(text, 0, end):
        opening = match.end()
    return opening


INVERTED_CUE_END = re.compile(CUE.pattern + r"\s+(?:[A-Za-z.’'-]+\s+){0,3}$")
# "… and Fisk at one point putting his arm around Hart, saying": a name and its own participle, the one acting
NAME_THEN_PARTICIPLE = re.compile(
    r"(?<![\w’'-])(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:(?:at\s+one\s+point|at\s+times|then|also|\w+ly)\s+)?[a-z]{2,}ing\s"
)
OPENING_PHRASE = re.compile(r"(?:[A-Z][^,;:]{0,60},\s*)?(?:the\s+|The\s+)?")  # "In Moscow, " before the sentence's subject
OWN_ROLE_SUBJECT = re.compile(r"\b(?:with|and)\s+the\s+(?P<role>(?:[A-Za-z]+\s+){0,2}[A-Za-z]+)\s+(?:\w+ly\s+)?$")
SUBJECT_AFTER = re.compile(r"[\s,]*(?:(?P<pronoun>he|she|they|it)\b|(?P<who>" + CHUNK.pattern + r"))")
ROLE_SUBJECT = re.compile(  # "But the president also muddied the waters, suggesting", "The French leader made it clear, saying"
    r"(?:^|[.;]\s+|\b(?:But|And|Yet)\s+|^[A-Z][\w ]{0,40},\s+)[Tt]he\s+(?P<nation>(?i:" + NATION + r")\s+)?(?P<role>[a-z]+)\s+"
    r"(?:also\s+|then\s+|\w+ly\s+)?(?:[a-z]+(?:ed|s)|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b[^.;]*,\s*$"
)
RELAYED = re.compile(r"\s+(?P<who>" + CHUNK.pattern + r")\s+(?P<cue>replied|responded|answered|said|told|added|countered|retorted)\b")
INVERTED_ROLE = re.compile(r"\s*the\s+(?P<role>[a-z]+)\s*,")  # "Its purpose, said the president, was “…”"
COMMA_END = re.compile(r",\s*$")
COMMA_TIME_END = re.compile(r",\s*(?:before|after|while|then)\s+$")  # "…, before calling out to Omar, “…”"
# "Fisk, whom critics have called “…”", "who many voters call": the relative clause's subject, people nobody names
UNNAMED_RELATIVE_SUBJECT_END = re.compile(
    r"\b(?:whom\s+(?:(?:some|many|other|his|her|their|its|the)\s+)?|who\s+(?:some|many|the|his|her|their)\s+)"
    r"(?!(?:he|she|they|we|it|you|i)\s)(?P<who>[a-z]+)\s+(?:(?:have|has|had)\s+)?(?:(?:long|often|\w+ly)\s+)?$"
)
COMMA_AND_END = re.compile(r",\s*(?:and\s+)?$")  # "…, and suggesting": a participle after ", and" has no subject right before it either
AND_END = re.compile(r"\band\s+$")
READS_A_WORK_BY = re.compile(
    r"[\s,]*(?P<cue>reads|read|says|said|states|stated)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|release|post|letter|notice)"
    r"\s+(?:(?:released|issued|published|posted|sent|signed)\s+)?(?:by|from)\s+(?:the\s+)?(?:(?P<who>"
    + LOWER_BODY
    + "|"
    + CHUNK.pattern
    + r")|(?P<role>[a-z]+(?:\s+[a-z]+)?)\b)"
)
ONE_OF_THEIR_WORDS = re.compile(
    r"(?P<who>" + CHUNK.pattern + r")[’']s\s+(?:[a-z-]+\s+){0,3}(?:statements|remarks|speeches|posts|comments|letters|tweets),?\s+"
    r"(?:including|among them|notably)\s+one\s+$"
)
INCLUDING_ONE = re.compile(r"\b(?:including|among them)\s+one\s+$")
QUOTE_CLOSED_BEFORE = re.compile(r"[”\"]\s*$")  # "“…,” confesses X": a cue right after a quotation's closing mark
AGENT_NEXT = re.compile(r"\s+by\b")
FURTHER_AGENT = re.compile(r"\b(?:and|or|but)\s+by\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")\s+as\s+(?:an?\s+|the\s+)?$")
WITH_UNNAMED = re.compile(r"\bwith\s+(?:one|another|some|many|most|others|several)(?:\s+of\s+(?:them|these|those))?\s+(?:\w+ly\s+)?$")
BY_END = re.compile(r"\bby\s+$")
# "despite Chinese strategists describing", "with local residents calling", "amid critics warning": a participle whose
# own subject, right before it after the preposition, is a plural group of people the text does not name (a noun for
# people, a demonym or a name's adjective and one lower-case word before it at most): the group's words, never the main
# clause's subject's; "with his remarks describing", "with the figures showing" are things, and the subject still speaks
GROUP_PEOPLE = (
    "strategists|residents|critics|officials|experts|analysts|activists|locals|protesters|protestors|observers|commentators|"
    "farmers|planners|economists|scholars|scientists|researchers|lawmakers|legislators|politicians|leaders|members|supporters|"
    "opponents|campaigners|environmentalists|villagers|citizens|voters|workers|diplomats|investors|traders|academics|historians|"
    "rivals|neighbours|neighbors|sons|daughters|colleagues|partners|advisers|advisors|aides|lawyers|doctors|teachers|parents|"
    "students|journalists|reporters|engineers|unions|others|people|owners|sceptics|skeptics|conservationists|ministers|generals|"
    "commanders|officers|senators|councillors|councilors|delegates|fans|users|customers|shoppers|drivers|fishermen|tenants"
)
GROUP_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:despite|with|without|amid|amidst)\s+(?:(?:some|many|most|other|several|numerous|the|their|its|his|her|[A-Z][a-z]+)\s+){0,2}"
    r"(?:[a-z]+\s+)?(?:" + GROUP_PEOPLE + r")\s+(?:\w+ly\s+)?$"
)
# "Flint says Britain should respond to the remarks with “…”": a verb of saying after a modal is what someone ought to or
# would do, inside the clause of the verb before it, whose speaker the words are
MODAL_BEFORE = re.compile(r"\b(?:should|would|could|must|might|may|will|can|shall|ought\s+to)(?:\s+not|n[’']t)?\s+(?:\w+ly\s+)?$")


def modal_of_no_person(before: str, cue: re.Match[str]) -> bool:
    """Whether the cue follows a modal whose subject is no person ("Britain should respond"); a person's ("Marta Holm would
    respond to “…”") speaks for themselves."""
    modal = MODAL_BEFORE.search(before, max(0, cue.start() - 24), cue.start())
    if modal is None:
        return False
    holder = subject_before(before, modal.start())
    return holder is None or not (holder.pronoun or any(h.kind == "person" for h in holder.heads))


TO_BETWEEN = re.compile(r"\s+to\s+")
# weak cues that still name the speaker right after the quote ("…,” observed X, "…?” asks X, "…,” shrugged X)
# and a feature's verbs of memory and musing ("“…,” remembers Ana Roe, the trust's surveyor, with a grin", "muses X")
INVERTING_WEAK = {"observe", "continue", "ask", "shrug", "laugh", "chuckle", "sigh", "smile", "remember", "recollect", "reminisce", "muse", "marvel"}
LAST_LOWER_WORD = re.compile(r"\b[a-z]+\s+$")
SAID_NEXT = re.compile(r"\s*(?P<cue>said|says|added|adds|wrote|writes|observed|noted|argued|explained|recalled)\s+(?!that\b)(?=[A-Z])")
# a title's abbreviation ("Mr. Kalin", "Col. Dmytro Kashchenko", "Pvt. Ivan Sichkar") is no sentence end
TITLE_ABBREVIATION = r"(?:" + TITLE_ABBREVIATIONS + r")\."
# the same, as a prefix tree (ten first letters tried at each character of a name, not twenty-one titles): where a title
# and its stop stand, just one title fits, so either form takes the same characters
TITLE_ABBREVIATION_TRIE = r"(?:" + trie_pattern(TITLE_ABBREVIATIONS.split("|")) + r")\."
STATE_AS_ADJECTIVE = r"(?!(?<=state)(?:\s+|-)(?:media|television|tv|broadcaster|radio|news|run|owned|controlled|affiliated)\b)"
DOTTED_LETTERS = r"(?-i:\b(?:[A-Z]\.){2,})"  # "U.K.", "U.S.": a place's letters inside a description, not a sentence's end
# a cue word after a space, which every NAME_THEN_CUE match holds: a scan for it is cheap, and most quotes have none after them
SPACED_CUE = re.compile(r"\s(?:" + CUE_ANY_CASE + r")\b", re.I)
NAME_THEN_CUE = re.compile(
    r"^[\s,]*(?:[-–—]\s+)?(?P<who>(?:"
    + TITLE_ABBREVIATION_TRIE
    + r"|"
    + DOTTED_LETTERS
    + r"|[^.!?;:]){1,160}?)(?<![’']s)\s+(?-i:(?![A-Z][a-z]))(?P<cue>"  # "… the United States.": a capital starts no verb
    # (nor a word after a possessive: "TNO’s report said" is a report that said)
    + CUE_ANY_CASE
    + r")\b"
    + STATE_AS_ADJECTIVE,
    re.I,
)  # "Iranian state media said": "state" no verb there  # a weak cue ("believes") counts only with the quote at most this many words after it


@dataclass
class Clause:
    """One quote in its sentence: the masked sentence (quotes blanked) and where the quote sits in it."""

    masked: str  # the sentence, quotations blanked, same length as the original
    start: int  # where the quote opens, in the sentence
    end: int  # after the closing mark
    block: bool = False  # a block quote: the sentence is the paragraph introducing it


@dataclass
class Found:
    subject: Subject
    sieve: str
    detail: str
    cue: str = ""  # the verb of saying it credits by, as the detail writes it ("added"), where there is one


Sieve = Callable[[Clause], "Found | None"]


# "Key terms include “…”", "diplomats from member states will meet", "the structure of rural states has": a plural noun,
# with its verb or a modal next (the sentence's own, of a subject before the noun)
PLURAL_NOUN_VERB_NEXT = re.compile(
    r"(?:\s+(?:include|included|are|were|have|had|has|is|was|which|remain|range|will|would|could|should|must|may|might|can|do|did)|,\s+which)\b"
)


# "attacks it says were “deliberate”": a verb after its pronoun, in a relative clause with no "that", not a plural noun
PRONOUN_SUBJECT_END = re.compile(r"(?<![\w’'-])(?:it|he|she)\s+$")


# the subject that opens the sentence, or "As" and it, right before "shared," / "reflects,": "As Tomas Weller shared, “…”",
# "He reflects, “…”"; not "In the photo he shared, “…”" nor "The photo Ana Lind shared, “…,” went viral" (a clause's verb)
# (role words before the name, an aside after it: "As Lakeside lead Pavel Durn reflects,", "Tomas Weller, CIO at Bluefin,
# shared,"), where no article, possessive or preposition opens the subject; a fronted phrase and its comma may come first
# ("In his address, President Aro reflected, “…”")
FUNCTION_WORD = r"(?!(?i:the|an?|in|on|at|of|his|her|its|their|this|that|and|but|or|with|from)\s)"
SENTENCE_OPENING_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+)(?:[^,.!?“”\"]{1,100},\s+)?(?:As\s+)?"
    r"(?:" + FUNCTION_WORD + r"[\w.’'-]+\s+){0,5}?(?:[A-Z][\w.’'-]*|he|she|they|we)(?:,\s+[^,.!?]{3,80},)?\s+(?:\w+ly\s+)?\Z"
)
SUBJECT_REACH = 240  # characters before the verb where that subject and the sentence's start must be


def cues_in(before: str) -> list[re.Match[str]]:
    """The cue verbs before a quote, less the nouns that look like them ("the stress on", "NATO states of")."""
    colon_only = COLON_ONLY_CUE.search(before, max(0, len(before) - 12)) if before.rstrip().endswith((":", ",")) else None
    if colon_only is not None and before.rstrip().endswith(",") and colon_only.group(1).startswith(("shar", "reflect")):
        start = colon_only.start()
        if SENTENCE_OPENING_SUBJECT.search(before, max(0, start - SUBJECT_REACH), start) is None:
            colon_only = None
    return [
        m
        for m in (*CUE.finditer(before), *([colon_only] if colon_only else []))
        if m.group(1).lower() != "according to"
        and not (noun_before(before, m.start()) and not _adverb_before_past(before, m))
        and not (m.group(1).endswith("s") and NOUN_OF.match(before, m.end()) and base_of(m.group(1)) not in VERBS_WITH_OF)
        and not REFERENCE_NOUN.match(before, m.start(1))
        and not _apposed_noun_of(before, m)
        and not _noun_after_name(before, m)
        and not (m.group(1).endswith("s") and _demonym_before(before, m.start()))
        and not (is_weak(m.group(1)) and INFINITIVE_AFTER.match(before, m.end()))
        and not (not is_participle(m.group(1)) and PREPOSITION_BEFORE.search(before, max(0, m.start() - 12), m.start()))
        and not (
            m.group(1).endswith("s") and IN_BEFORE.search(before, max(0, m.start() - 24), m.start()) and not WORDS_RIGHT_AFTER.match(before, m.end())
        )
        and not (m.group(1).startswith("weigh") and WEIGHED_AT.match(before, m.end()))
        and not (third_person_form(m.group(1)) and TO_BEFORE.search(before, max(0, m.start() - 4), m.start()))
        and not (base_of(m.group(1)) in CONCERN_CUES and not VOICED_AFTER.match(before, m.end()))
        and not (
            m.group(1).endswith("s")
            and PLURAL_NOUN_VERB_NEXT.match(before, m.end())
            and not PRONOUN_SUBJECT_END.search(before, max(0, m.start() - 6), m.start())
        )
        and not (base_of(m.group(1)) in AS_BEFORE_QUOTE_ONLY and not AS_THEN_QUOTE.match(before, m.end()))
        and not (m.group(1) in QUE_OR_COLON_ONLY and not QUE_OR_COLON_NEXT.match(before, m.end()))
        and not (m.group(1) == "say" and IDIOM_TO_SAY.search(before, max(0, m.start() - 20), m.start()))
        and not _apposed_passive(before, m)
        and not (m.group(1) in RELAYED_FORMS and _relayed_aside(before, m))
    ]


# the passive's tail that makes its subject a speaker after all, or names who spoke: "was quoted as saying", "was told by",
# "was described as", "was asked:"
SPEAKING_PASSIVE_TAIL = re.compile(r"\s*(?:as\b|by\b|that\b|[:,])")


# verbs whose passive makes a thing of the words that follow, settled by someone ("the deal was agreed “…”"); never a
# verb that addresses or names someone ("were warned “…”", "was branded “a liar”"): those words are another's
PASSIVE_OF_A_THING = frozenset(("agree", "approve", "approved", "signed", "finalised", "finalized", "passed", "conclude", "announce"))
# the verb of saying that governs the passive's clause ("Roe said the deal was agreed", "Harbourline claims its …")
GOVERNING_SAY = frozenset(("say", "claim", "state", "insist", "maintain", "argue", "add"))
# what ends the governing verb's clause before the passive ("Roe denied the report, but the plan was announced")
GOVERNED_CLAUSE_BREAK = re.compile(r"[,;:.!?—–]|\b(?:but|while|whereas|although|though|yet)\b")


# a possessive before the passive's subject ("Marten's spokesman was quoted"): the one quoted is someone unnamed
POSSESSIVE_SUBJECT = re.compile(r"[’']s?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*$")


def last_quoted_passive(before: str) -> int | None:
    """Where the passive of quoting nearest before "as saying" ends ("Brisk was cited …, and Marten is quoted as saying":
    the second), when a form of "be" makes its subject the one quoted and that subject is no one's ("Marten's spokesman"
    is not Marten); None otherwise."""
    quotings = list(QUOTING.finditer(before))
    if not quotings:
        return None
    quoting = quotings[-1]
    be = BE_BEFORE_CUE.search(before, max(0, quoting.start() - 30), quoting.start() - 1)
    if be is None or POSSESSIVE_SUBJECT.search(before, max(0, be.start() - 60), be.start()):
        return None
    return quoting.end()


def passive_of_a_thing(before: str, cue: re.Match[str], governing: re.Match[str]) -> bool:
    """ "the deal was agreed “…”", "the program was concluded “…”": the past participle of a verb that settles a thing,
    after a form of "be", the quotation right after it, says how a thing was done; no one speaks in it, and the "X said
    (that)" governing the same clause does (not "was quoted as saying", "was told by", "were warned")."""
    word = cue.group(1)
    if not word.endswith("ed") or base_of(word) not in PASSIVE_OF_A_THING:
        return False  # "were warned “…”", "the minister was quoted": the words are someone else's
    if base_of(governing.group(1)) not in GOVERNING_SAY or GOVERNED_CLAUSE_BREAK.search(before, governing.end(), cue.start()):
        return False  # "Roe denied the report, but the plan was announced “…”": Roe's verb governs another clause
    if BE_BEFORE_CUE.search(before, max(0, cue.start() - 40), cue.start() - 1) is None:
        return False
    return not before[cue.end() :].strip() and SPEAKING_PASSIVE_TAIL.match(before, cue.end()) is None


def _apposed_passive(before: str, cue: re.Match[str]) -> bool:
    """ "The Prime Minister, echoed by others, summed up the problem:": a passive participle set off by commas is no
    verb of the clause."""
    return before[max(0, cue.start() - 2) : cue.start()].strip() == "," and APPOSED_PASSIVE.match(before, cue.end()) is not None


APPOSED_PASSIVE = re.compile(r"\s+by\s+[^,.;:!?“”\"]{1,60},")
# an outlet that relayed the words in an aside, its end at the quote or a that-clause: "X said in a statement, first
# reported by Coast Radio: “…”", "X told reporters, as quoted by the Courier, that “…”"
RELAYED_FORMS = frozenset(("reported", "quoted", "cited"))
RELAY_ASIDE_OPENS = re.compile(r"(?:,|(?<![\w’'])[Aa]s)\s+(?:(?:first|originally|initially|later|also|widely)\s+)?$")
BY_NEXT = re.compile(r"\s+by\s")


def _relayed_aside(before: str, cue: re.Match[str]) -> bool:
    """ "Brenn said in a statement, first reported by Coast Radio: “…”": the outlet relayed Brenn's words; a passive
    participle of relaying after a comma or "as" is no verb of the clause (the verb of saying before it governs)."""
    return BY_NEXT.match(before, cue.end()) is not None and RELAY_ASIDE_OPENS.search(before, max(0, cue.start() - 24), cue.start()) is not None


# "Suffice to say, Mr Reed well understands …", "needless to say": the writer's aside, never a verb with a speaker
IDIOM_TO_SAY = re.compile(r"\b(?:[Ss]uffice(?:\s+it)?|[Nn]eedless|[Tt]hat\s+is|[Ss]trange|[Ss]ad|[Tt]ruth)\s+to\s+$")


# "rejected these accusations as “…”", "rejected such claims as “…”", "sees the catalogue as its “…”"; not "reject such
# terms as “hegemony”" (examples)
AS_THEN_QUOTE = re.compile(
    r"(?!.*\bsuch\s+(?:\w+\s+)?(?:terms|words|phrases|labels|concepts|notions|ideas|expressions|slogans)\s+as\s*$)"
    r"(?:\s+[^\s.;:!?“”\"]+){1,8}\s+as(?:\s+(?:an?|the|its|their|his|her|our))?\s*$"
)


FURTHER_BEFORE = re.compile(r"\b[Ff]urther\s+$")


def noun_before(text: str, end: int) -> bool:
    """Whether `NOUN_BEFORE.search(text, max(0, end - 40), end)` matches.

    Its match is a determiner and at most a year and one word more, each followed by spaces up to the end: it starts in
    the last three runs of non-spaces before the end. A run is found back to a space (" "); other spaces only make it longer, so the
    search starts at or before the first of the two runs, and re is not tried at each character of the window before."""
    start, at = max(0, end - 40), end
    for _ in range(3):  # a determiner, a year, a word
        word_end = start + len(text[start:at].rstrip())
        at = max(start, text.rfind(" ", start, word_end) + 1)
    return NOUN_BEFORE.search(text, at, end) is not None


COMMA_BEFORE = re.compile(r",\s+$")
# a noun for a person ("advocate", "critic"): only a verb of saying that is one too stands in apposition ("Ida Lund and
# Tomas Wren, however, say of the plan" keeps its verb)
PERSON_SINGULARS = frozenset(plural[:-1] for plural in PEOPLE_PLURALS if plural.endswith("s"))


def _apposed_noun_of(before: str, cue: re.Match[str]) -> bool:
    """ "Ada Roe, advocate of “open moorings,” a founder of …": a base form set after a name's comma and followed by "of" is
    the noun of an apposition (what the person stood for), no verb of saying."""
    word = cue.group(1)
    return (
        word == base_of(word)
        and word.lower() in PERSON_SINGULARS
        and NOUN_OF.match(before, cue.end()) is not None
        and base_of(word) not in VERBS_WITH_OF
        and COMMA_BEFORE.search(before, max(0, cue.start() - 4), cue.start()) is not None
    )


def _adverb_before_past(before: str, cue: re.Match[str]) -> bool:
    """ "Moeketsi further accused": 'further' before a verb in the past is an adverb ("further comments" is a noun)."""
    return cue.group(1).endswith("ed") and FURTHER_BEFORE.search(before, max(0, cue.start() - 12), cue.start()) is not None


# "Hawley worries, “…”", "Warren fears that “…”": a concern voiced; "Kyiv fears a radical response “…”" fears a thing
CONCERN_CUES = {"worry", "fear"}
VOICED_AFTER = re.compile(r"\s*(?:[,:]\s*$|that\b)")


# "fueled by talk of Taiwan …", "amid calls for …": after a preposition the cue word is a noun (not "after warning that")
PREPOSITION_BEFORE = re.compile(r"\b(?:by|of|amid|with|for|about|despite|over|from|against)\s+$")
# "explained, in broad terms, that", "said in comments to": after "in" and a word in lower case at most, a form in -s is
# the plural noun
IN_BEFORE = re.compile(r"\bin\s+(?:[a-z]+\s+)?$")
# … unless what was said follows it right away: "The report in fact states that", "in particular warns:", "in turn says “…”"
# (after "in fact", "in turn" the form is the verb)
WORDS_RIGHT_AFTER = re.compile(r"\s*(?:that\b|:|[“\"])")
WEIGHED_AT = re.compile(r"\s+at\s+(?:\d|[a-z]+\s+(?:kilo|pound|stone))")  # "weighed in at 90 kilograms": a boxer's weight, no words


# "had "failed to listen" to calls for a ceasefire", "responding to claims that": after "to" a verb is in its base
# form, so a third-person form there is a plural noun, no verb of the sentence
TO_BEFORE = re.compile(r"(?<![\w’'-])to\s+$")


def third_person_form(word: str) -> bool:
    """ "calls", "claims"; not a base form that ends so ("to stress that", "to express")."""
    return word.endswith("s") and base_of(word) != word.lower()


INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b")  # "must continue to attack": no saying


WORD_BEFORE = re.compile(r"([A-Z][\w-]*)\s+$")


def _demonym_before(before: str, start: int) -> bool:
    """ "Russian demands", "Iranian threats": a plural noun a demonym describes, not a verb ("Russians demand" is one)."""
    word = WORD_BEFORE.search(before, max(0, start - 30), start)
    return word is not None and not word.group(1).endswith("s") and is_demonym(word.group(1).lower())


def _noun_after_name(before: str, cue: re.Match[str]) -> bool:
    """ "an unspecified SMM report from …", "the ISW reports that": a name's report. "Russia Matters reports that" is the
    outlet speaking: a third-person form before "that", its name not led by a determiner."""
    word = cue.group(1).lower()
    if not (word in NOUN_FORMS and NAME_BEFORE.search(before, max(0, cue.start() - 60), cue.start()) and NOUN_AFTER.match(before, cue.end())):
        return False
    if word.endswith("s") and THAT_AFTER.match(before, cue.end()):
        return DETERMINED_NAME.search(before, max(0, cue.start() - 80), cue.start()) is not None
    return True


def governing(before: str) -> list[re.Match[str]]:
    """The cues that may govern the quote: a weak cue ("believes", "assesses") too far from it, or inside the
    that-clause of a saying verb ("Reznikov reiterated that the ministry assesses that … “…”"), gives way to the one before.

    Read once for each text before a quote: cue_before and governing_cue (and cue_before again, for a quoted term)
    ask for the same one; each caller gets its own list."""
    return list(_governing(before))


@functools.lru_cache(maxsize=256)
def _governing(before: str) -> tuple[re.Match[str], ...]:
    return tuple(_governing_cues(before))


def _governing_cues(before: str) -> list[re.Match[str]]:
    cues = cues_in(before)
    while len(cues) > 1 and SECOND_THAT.search(before, cues[-1].end()):
        cues.pop()  # "It stated that Iran may respond to …, but that it is “…”": the second that-clause is the first verb's
    while cues and (is_weak(cues[-1].group(1)) or _conversing(before, cues[-1])):
        gap = before[cues[-1].end() :]
        far = far_from_quote(cues[-1].group(1), gap) or ";" in gap  # "speaking with students; “…”": a clause of its own
        reported = len(cues) > 1 and not is_weak(cues[-2].group(1)) and THAT.search(before[cues[-2].end() : cues[-1].start()])
        if reported and ASKED_DIRECTLY.fullmatch(gap) and base_of(cues[-1].group(1)) in ASKING:
            break  # "She recalled that her father had asked, “What can I give you?”": the asker's own words, quoted whole
        if not (far or reported):
            break
        cues.pop()
        if far and not cues:
            return []
    return cues


# a question's verb, the one asked and when, then the quote: "had asked, “…”", "asked the new mayor during the summit, “…”"
# (not "asked residents to save water, “…”", "asked whether …, “…”", "asked X about the files, “…”": a request, a question
# reported in the asker's clause, or its topic)
ASKED_DIRECTLY = re.compile(r"(?:\s+(?!to\b|that\b|whether\b|if\b|for\b|about\b)[\w’'-]+){0,11}\s*[,:]\s*")
CONVERSING = frozenset(("speak", "talk"))


def _conversing(before: str, cue: re.Match[str]) -> bool:
    """ "spending more time speaking with students …; “…”": to speak or talk with someone is to converse, a weak cue
    (it governs a quote only a few words on, in its own clause: "Kell spoke with Felix: “…”")."""
    return before.startswith(" with ", cue.end()) and base_of(cue.group(1)) in CONVERSING


INTRODUCES_NEXT = re.compile(r"\s*[,:]?\s*[“\"]")
# "we asked the prime minister:", "As she walked up we called out:": the text's own voice as the subject of a finite cue
WE_BEFORE_CUE = re.compile(r"(?<![\w’'])[Ww]e\s+(?:\w+ly\s+|also\s+|then\s+)?$")
PASSIVE_ASKED = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+|also\s+)?asked$")


def _acts_next(after_name: str) -> bool:
    """ "and said France wanted “…”": a verb right after the name (not past an apposition) makes it the that-clause's
    subject, not the speaker of an inverted cue."""
    return not after_name.lstrip().startswith(",") and verb_follows(after_name)


HELP_OR_LET = re.compile(r"\b(?:help|helps|helped|helping|let|lets|letting|allow|allows|allowed|allowing)\b")


GLUED_CUES = ("said", "says", "stated", "states")
# a verb of saying an OCR text ran into the capitalised word before it, right before the quote ("the Presidentsaid, “…”");
# not "Bensaid" (a stem of five letters or more, as names.GLUED_SAYING reads the name)
GLUED_CUE_END = re.compile(r"(?<![\w’'-])[A-Z][a-z]{4,}(?P<cue>" + "|".join(GLUED_CUES) + r")\s*[,:]?\s*$")


# "A message came back from the pilot saying: “…”", "The statement from the ministry read:", "The conclusions of the
# Council said:": a message or a document speaks for the one who sent or issued it, never for the one it went to
MESSAGE_NOUNS = frozenset(
    """message note letter cable telegram signal email e-mail memo memorandum reply dispatch notice fax missive statement
    communique communiqué release readout conclusions findings report study review declaration resolution survey analysis paper""".split()
)
MESSAGE_DETERMINERS = frozenset(("a", "an", "the", "one", "another"))
MESSAGE_ARRIVAL = frozenset(("came", "arrived", "sent", "back", "in", "later", "was", "went", "out"))  # "came back from"
# who made the document, before "by" ("a 2023 study led by Ana Ruiz found", "a paper written by …", "carried out by"): its
# author speaks, as with "a study by"; not who paid for it or ordered it ("funded by", "commissioned by")
MESSAGE_MAKING = frozenset(("led", "authored", "co-authored", "written", "conducted"))
# "carried" alone is no making ("a statement carried by Harbour Radio": the outlet only ran it); "carried out" is
MADE_BY_ASIDE = re.compile(r",\s+(?:" + "|".join(sorted(MESSAGE_MAKING)) + r"|carried\s+out)$")  # "The study, led by X, found"
MESSAGE_PREPOSITIONS = (" from ", " by ", " of ")
MESSAGE_TAIL = re.compile(  # between the sender and the cue: to whom, its arrival, "that"/"which"
    r"(?:\s+to\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+)?[\w’'. -]{1,50}?)?"
    r"(?:\s+(?:arrived|came|went\s+out|was\s+(?:sent|read|released|posted)))?(?:\s+(?:back|in|out|later|yesterday|today))?"
    r"(?:\s*,?\s*(?:that|which))?\s+(?:also\s+|\w+ly\s+)?"
)
MESSAGE_REACH = 160  # characters before the cue the message's noun may stand at
LOWER_WORD = re.compile(r"(?:the\s+)?([a-z]+)\b")
THE_AHEAD = re.compile(r"the\s+")


def _message_before(before: str, at: int) -> bool:
    """Whether a message's or a document's noun with its determiner ends the text before a preposition at `at` ("a
    message came back", "The conclusions", "the statement"), at most two words between them ("a short note")."""
    words = [word.rstrip(",") for word in before[max(0, at - 60) : at].lower().split()]  # "The study, led by"
    while words and (words[-1] in MESSAGE_ARRIVAL or words[-1] in MESSAGE_MAKING):
        if words.pop() == "out" and words and words[-1] == "carried":
            words.pop()  # "The analysis, carried out by"
    if not words or words[-1] not in MESSAGE_NOUNS:
        return False
    return any(word in MESSAGE_DETERMINERS for word in words[-4:-1])


# a message's noun ending the clause before a colon, with whom it came from: "reported the order he received from Captain
# Marsh:", "read out a letter from the Harbour Board:"; the words after the colon are the sender's
RELAYED_MESSAGE_END = re.compile(
    r"\b(?:a|an|the|one|another|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted(MESSAGE_NOUNS - {"report", "study", "review", "survey", "analysis", "paper", "findings", "conclusions"}))
    + r"|orders?|instructions?|warning|command)\s+(?:(?:he|she|they|we|I)\s+(?:had\s+)?(?:received|got|had)\s+)?from\s+"
    r"(?:the\s+)?(?P<who>" + CHUNK.pattern + r")\s*:\s*$"
)


# the verb that opens the relayed message's clause must pass the message on ("reported", "read out", "forwarded"): one who
# mocks, answers or dismisses "the warning from the Board:" speaks their own words
RELAYING_VERB_END = re.compile(
    r"\b(?:reported|read|read\s+out|read\s+aloud|quoted|quotes|relayed|relays|received|receives|forwarded|forwards|shared|shares|"
    r"posted|posts|published|publishes|passed\s+on|reads(?:\s+out)?|reports|cited|cites)\s+$",
    re.IGNORECASE,
)
SPOKEN_ABOUT_END = re.compile(r"\b(?:of|about|on|regarding|to|at)\s+$")  # "said of ", "commented on ": the message is spoken about


def sender_of_message(before: str, cue: re.Match[str]) -> Found | None:
    """The one a message or a document that the cue's clause opens with comes from: "A message came back from the pilot
    saying:", "Hale received a letter from Olga Brandt saying", "The conclusions of the Council said:"."""
    start = max(0, cue.start() - MESSAGE_REACH)
    for preposition in MESSAGE_PREPOSITIONS:
        at = before.find(preposition, start, cue.start())
        while at != -1:
            found = _message_sender(before, at, len(preposition), cue) if _message_before(before, at) else None
            if found is not None:
                return found
            at = before.find(preposition, at + 1, cue.start())
    return None


def _message_sender(before: str, at: int, length: int, cue: re.Match[str]) -> Found | None:
    after = at + length
    the = THE_AHEAD.match(before, after)
    after = the.end() if the else after
    chunk = CHUNK.match(before, after)
    role = LOWER_WORD.match(before, after) if chunk is None else None
    end = chunk.end() if chunk else role.end() if role else after
    if MADE_BY_ASIDE.search(before, max(0, at - 20), at) and before.startswith(",", end):
        end += 1  # the aside's closing comma
    if not MESSAGE_TAIL.fullmatch(before, end, cue.start()):
        return None
    word = cue.group(1).lower()
    head = head_of(chunk.group(0), before[: chunk.start()]) if chunk else None
    if chunk and " for " in chunk.group(0) and before[at:after].strip().lower().startswith("by"):
        author = head_of(chunk.group(0)[: chunk.group(0).index(" for ")], before[: chunk.start()])
        if author is not None and author.kind == "person":
            head = author  # "a paper written by Ana Ruiz for the Harbour Trust": the one it was made for is no author
    if head is not None and head.kind in ("person", "organization", "outlet", "state"):
        return Found(Subject([head]), "cue_before", f"'a message from X {word}'")
    if role is not None and ROLE_WORD.fullmatch(role.group(1)):
        return Found(Subject([], role_noun=role.group(1)), "cue_before", f"'a message from the {role.group(1)} {word}'")
    return None


# a verb of saying that moves someone ("charged across the floor", "pressed ahead with"): no words are said
MOTION_WORDS = ("across", "into", "through", "towards", "toward", "past", "onto", "ahead")
MOTION_AFTER = re.compile(r"\s+(?:" + "|".join(MOTION_WORDS) + r")\b")
# "as Canon Law demands", "as the city charter requires": a document a speaker cites, right before its verb
AS_A_DOCUMENT_DEMANDS = re.compile(
    r"\bas\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w’'-]+\s+){0,4}?(?:[Ll]aw|[Cc]ode|[Aa]ct|[Cc]harter|[Cc]onstitution|[Tt]reaty|[Cc]onvention|"
    r"[Rr]ules|[Rr]egulations?|[Ss]tatute|[Dd]ecree|[Cc]anon)\s+(?:\w+ly\s+)?$"
)


# a speaker's aside between their verb and the quotation: "when he stated and I quote: “…”", "told the public, I quote,"
I_QUOTE_END = re.compile(r"(?:,?\s+and|,)?\s+I\s+(?:quote|cite)\b(?=\s*[:,]?\s*$)")


ASIDE_SUBJECT_END = re.compile(r",\s+[^,;:.!?“”\"]{1,60}$")  # ", Lind says,": an aside's subject, set off by commas


def _named_by_a_person(work: re.Match[str]) -> bool:
    """Whether a work a quotation's words are credited to after it is named by a person ("the Halvorsen report") or its
    year ("the 2022 Strategy"): a body ("the Oxfam report"), an outlet ("the Reuters report") or a proper title with its
    noun in capitals ("the Drudge Report", "the Grenfell Inquiry", "the Velm Review") keeps the words, as before."""
    if work.group("name") is None:
        return True
    if work.group("noun")[:1].isupper():
        return False
    head = head_of(work.group("name"))
    return head is not None and head.kind == "person"


def cue_before(clause: Clause) -> Found | None:
    """`X said: "…"`, `X stated that … "…"`, `X, who …, commented that "…"`, `says X, …, "…"`, `quoted X as saying "…"`."""
    before = clause.masked[: clause.start]
    aside = I_QUOTE_END.search(before, max(0, len(before) - 24)) if " I " in before[-24:] else None
    if aside is not None:  # "… when he stated and I quote: “…”": the aside blanked, his verb governs
        blank = " " * (aside.end() - aside.start())
        return cue_before(Clause(clause.masked[: aside.start()] + blank + clause.masked[aside.end() :], clause.start, clause.end, clause.block))
    if possessive_request(before):
        return None  # "In explaining his refusal of the Pentagon's request for “…”": the asker's words (according_to)
    recalled = RECALLED_ANSWER.search(before, max(0, len(before) - 160)) if "’s " in before or "'s " in before else None
    recalled_head = head_of(recalled.group("who"), before[: recalled.start("who")]) if recalled is not None else None
    if recalled is not None and recalled_head is not None and recalled_head.kind == "person":
        # "She remembers Brandt’s reply: “…”": the one whose answer is recalled, not the one who recalls it
        return Found(Subject([recalled_head]), "cue_before", f"'{recalled.group('cue')} X’s reply:'", cue=recalled.group("cue"))
    message_from = (
        RELAYED_MESSAGE_END.search(before, max(0, len(before) - 160)) if " from " in before[-120:] and before.rstrip().endswith(":") else None
    )
    if message_from is not None and SPOKEN_ABOUT_END.search(before, max(0, message_from.start() - 12), message_from.start()):
        message_from = None  # "Mara Quill said of the statement from the League:": her words about it, not the League's
    if message_from is not None and not RELAYING_VERB_END.search(before, max(0, message_from.start() - 30), message_from.start()):
        message_from = None  # "Ferrand dismissed the warning from the Board:": his words, not the Board's
    sender = head_of(message_from.group("who"), before[: message_from.start("who")]) if message_from is not None else None
    if message_from is not None and sender is not None and sender.kind in ("person", "organization", "outlet", "state"):
        # "Hale also reported the order he received from Captain Marsh: “…”": the sender's words, not the one relaying them
        return Found(Subject([sender]), "cue_before", f"'the {message_from.group('noun').lower()} from X:'")
    cues = governing(before)
    if not cues and "ing " in before:
        main_subject = opening_participle_subject(clause, before)
        if main_subject is not None:  # "Declaring “…” is at stake, Defence Minister Tomas Adeyemi has ordered": the main clause's subject
            return main_subject
    if not cues:
        glued = GLUED_CUE_END.search(before) if before.rstrip(" ,:").endswith(GLUED_CUES) else None
        if glued:  # an OCR text's "the Presidentsaid, “…”": the name before the verb it ran into
            subject = subject_ending(before[: glued.start("cue")])
            return (
                Found(subject, "cue_before", f"'{glued.group('cue')}' (run into the name)", cue=glued.group("cue")) if subject is not None else None
            )
        return None
    if any(word in before for word in MOTION_WORDS):
        cues = [cue for cue in cues if not MOTION_AFTER.match(before, cue.end())]  # "the mayor charged across the floor “…”"
        if not cues:
            return None
    cue = cues[-1]
    if len(cues) > 1 and " as " in before and AS_A_DOCUMENT_DEMANDS.search(before, max(0, cue.start() - 80), cue.start()):
        # "he noted that the board will not say why, as Canon Law demands “…”": the speaker citing a law, whose verb is the
        # speaker's, not a document's (nor a person's named "Canon Law")
        return cue_before(Clause(clause.masked, cues[-2].end(), cues[-2].end()))
    if len(cues) > 1 and TO_BETWEEN.fullmatch(before, cues[-2].end(), cue.start()):
        cue = cues[-2]  # "pledged to continue “joint efforts …”": the verb the infinitive hangs on
    elif len(cues) > 1 and cue.group(1) == base_of(cue.group(1)) and modal_of_no_person(before, cue):
        cue = cues[-2]  # "Flint says Britain should respond to the remarks with “…”": Flint's words
    elif len(cues) > 1 and base_of(cues[-2].group(1)) in ACCUSING and OBJECT_OF_BETWEEN.fullmatch(before, cues[-2].end(), cue.start()):
        cue = cues[-2]  # "with Polanski accusing Starmer of threatening to “…”": the accuser's words for what the other did
    elif len(cues) > 1 and cue.group(1) == base_of(cue.group(1)) and HELP_OR_LET.search(before, cues[-2].end(), cue.start()):
        cue = cues[-2]  # "Glenn said the drills would help the allies respond to “any crisis”": no one responds in words
    elif len(cues) > 1 and passive_of_a_thing(before, cue, cues[-2]):
        cue = cues[-2]  # "Roe said the deal was agreed “with the owners’ consent”": the deal says nothing; Roe does
    if ", which" in before or ", that" in before:
        relative = RELATIVE_PASSIVE_END.search(before, max(0, cue.start() - 40), cue.start())
        if relative and not before[cue.end() :].strip(" ,:"):
            before_relative = [c for c in cues if c.end() <= relative.start()]
            if not before_relative:
                return None  # "Her interview, which was widely reported: “…”": no one's verb of saying
            cue = before_relative[-1]
    word = cue.group(1)
    if glossing_participle(before, cue) and sentence_final_cue(clause) is not None:
        return None  # "…, suggesting that 2024 “…” to many, he said Tuesday.": the gloss is his, not the clause's first word's
    gap = before[cue.end() :]
    sent = sender_of_message(before, cue) if not is_describing(word) and not (is_weak(word) and far_from_quote(word, gap)) else None
    if sent is not None:
        return sent
    according = before[:1] in "Aa" and ACCORDING_TO.match(before) is not None and is_participle(word)
    if according and gap.rstrip().endswith(",") and gap.strip(" ,") and BE_BEFORE_CUE.search(before, max(0, cue.start() - 30), cue.start() - 1):
        # "According to X, Strukov was calling for an attack on Y, “and, in that sense, for …”": what Strukov was doing,
        # in X's account; the words after the verb's object are X's (according_to), not the verb's
        return None
    if SHARE_OF_A_GROUP.search(before, max(0, cue.start() - 60), cue.start()):
        return None  # "In a survey of X, 55% of respondents stated that “…”": a share of people nobody names
    we = WE_BEFORE_CUE.search(before, max(0, cue.start() - 20), cue.start()) if "e " in before and not is_participle(word) else None
    if we is not None and cue is cues[-1]:
        return Found(Subject([], pronoun="we", start=we.start()), "cue_before", f"'we {word.lower()}' (the text's own voice)")
    if PASSIVE_ASKED.search(before, max(0, cue.start() - 20), cue.end()):
        return None  # "He was also asked, “Are you confident …?”": the question is the asker's, who is not named
    if is_weak(word) and far_from_quote(word, gap):
        return None
    if ("’" in gap or "'" in gap) and not is_describing(word) and POSSESSIVE_CUE.search(gap):
        # "Xi said this in response to Putin's claim that NATO's “…”": the claim's owner's words (according_to); but "Kennedy
        # described Fox’s claim that … as a “complete fiction”": the one describing it
        return None
    if base_of(word) in AFTER_QUOTE_ONLY:
        return None  # "the Houthis’ slogan reads, “…”": a standing text; only "“…,” the statement read" names who issued it
    if NEGATED_BEFORE.search(before, max(0, cue.start() - 30), cue.start()):
        return None  # "China has refused to refer to its position as “neutral”", "he never called it a “war”": not their words
    if AS_NOTED_BY.match(clause.masked, clause.end):
        return None  # "refused to refer to it as “…,” as first stated by Wang Yi": the one named after the quote (cue_after)
    if base_of(word) in RELAYING and not as_saying_at_end(before):
        relayed = head_after(before, cue.end())  # "Sorensen quotes Kennedy, “…”": the words are the one quoted
        name_end = QUOTED_NAME_END.match(gap) if relayed is not None else None
        if (
            relayed is not None
            and name_end
            and (relayed.kind == "role" if name_end.group("the") else relayed.kind in ("person", "organization", "outlet"))
        ):
            return Found(Subject([relayed]), "cue_before", f"'{word.lower()} X' (the one quoted)", cue=word.lower())
    if QUOTING_END.search(before[: cue.end()]) or as_saying_at_end(before):
        relayed_as = quoted_as_saying_before(before, cues) if as_saying_at_end(before) else None
        if relayed_as is not None:  # "The Harbour Post quoted him as saying: “…”", "The Post reported the mayor as saying “…”"
            verb, quoted_as = relayed_as
            return one_quoted_as_saying(quoted_as, verb, quoted_as.start(), "cue_before")
        quoting = QUOTING.search(before)
        passive_end = last_quoted_passive(before) if as_saying_at_end(before) else None
        if passive_end is not None:
            # "Marten is quoted as saying, “…”", "was quoted by the Times as saying": the passive's subject speaks
            return cue_before(Clause(clause.masked, passive_end, passive_end))
        if quoting:
            head = head_after(before, quoting.end())
            if head is not None:
                return Found(Subject([head]), "cue_before", f"quoted {head.name} as saying")
            quoted_role = QUOTED_ROLE.match(before, quoting.end())
            if quoted_role and ROLE_WORD.fullmatch(quoted_role.group("role")):  # "RIA Novosti quoted the minister as saying"
                role = quoted_role.group("role").lower()
                return Found(Subject([], role_noun=role), "cue_before", f"quoted the {role} as saying")
            if as_saying_at_end(before):
                return None  # "quoted an unnamed official as saying": the words are the person's, not the outlet's
    joined = len(cues) > 1 and is_participle(cues[-2].group(1)) and AND_END.search(before, 0, cue.start()) is not None
    manner = BY_END.search(before, max(0, cue.start() - 4), cue.start()) is not None
    if (
        is_participle(word)
        and len(cues) > 1
        and (COMMA_AND_END.search(before[: cue.start()]) or joined or manner)
        and not own_clause_between(before, cues[-2], cue)
    ):
        # ("…, denying they were obliged and describing the conduct as “…”": a participle joined to one after a comma;
        # "Hill explained its impact by stating that “…”": the manner of the verb before)
        # "X has stated that … “…”, accusing the UK of …": the participle's subject is the main clause's
        for earlier in reversed(cues[:-1]):  # the main clause's verb: the nearest earlier cue that names a subject
            found = cue_before(Clause(clause.masked, earlier.end(), earlier.end()))  # ("Russian terms" is no verb)
            if found is not None:
                return found
    quoted = QUOTING_WHO_SAYING.search(before, 0, cue.start()) if is_participle(word) else None
    if quoted:  # "Frost returned, quoting Khrushchev and other leaders saying …": the words are the one quoted
        head = head_of(quoted.group("who"), before[: quoted.start("who")])
        if head is not None and head.kind in ("person", "organization", "outlet"):
            return Found(Subject([head]), "cue_before", f"quoting X {word.lower()}")
    one_of = ONE_OF_THEIR_WORDS.search(before, max(0, cue.start() - 160), cue.start()) if is_participle(word) else None
    if one_of:  # "in response to Lai’s recent policy statements, including one declaring that China is a “…”": Lai's
        head = head_of(one_of.group("who"), before[: one_of.start("who")])
        return Found(Subject([head]), "cue_before", f"'X’s statements, including one {word.lower()}'") if head is not None else None
    if is_participle(word) and (WITH_UNNAMED.search(before, max(0, cue.start() - 40), cue.start()) or INCLUDING_ONE.search(before, 0, cue.start())):
        return None  # "partners such as India and Indonesia, with one stating: “…”": one of them, unnamed
    if is_participle(word) and GROUP_BEFORE_PARTICIPLE.search(before, max(0, cue.start() - 60), cue.start()):
        return None  # "…, despite Chinese strategists describing Taiwan as a “…”": the strategists', unnamed
    in_relative = before.endswith(RELATIVE_PROGRESSIVE_ENDS, 0, cue.start()) if is_participle(word) else False
    antecedent = relative_antecedent(before, 0, cue.start()) if in_relative else None
    if antecedent is not None:  # "Welk gripped the arm of Sorn, who was shouting, “…”": Sorn
        return Found(Subject([antecedent]), "cue_before", f"'{word.lower()}' (the relative clause's antecedent)", cue=word.lower())
    recorded = recorded_speaker(before, cue.start()) if is_participle(word) and " of " in before else None
    if recorded is not None:  # "Harbour TV put together video of Vos telling the council that “…”": the one recorded
        shown_head, shown_pronoun, shown_start = recorded
        if shown_head is None and not shown_pronoun:
            return None  # "a clip of a councillor saying": someone the text does not name
        shown = Subject([shown_head], start=shown_start) if shown_head is not None else Subject([], pronoun=shown_pronoun, start=shown_start)
        return Found(shown, "cue_before", f"'{word.lower()}' (the one a recording shows)", cue=word.lower())
    if is_participle(word):
        subject = subject_before(before, cue.start())
        own_start, own_end = (clause_opening(before, subject.start), subject.start) if subject is not None and subject.heads else (0, 0)
        own_clause = before[own_start:own_end]  # the subject's own clause, up to it
        inverted = INVERTED_CUE_END.search(own_clause) is not None  # "…, said President Zelensky, adding": the subject after its verb
        if subject is not None and own_clause.strip() and ", wh" in before and RELATIVE_AFTER_NAME.match(before, own_end):
            # "It struck a chord at the Port Authority, which, unusually, put out a rebuttal, asserting that “…”": the
            # participle goes on with the relative clause, whose subject is the name it hangs on
            return Found(subject, "cue_before", f"'{word.lower()}' (the relative clause's antecedent)", cue=word.lower())
        if own_clause.strip() and COMMA_AND_END.search(before, 0, cue.start()) and not OPENING_PHRASE.fullmatch(own_clause) and not inverted:
            # "Putin met Xi Jinping, saying “…”": the name before the comma is the verb's object; the one acting opens the clause
            openers = clause_subject(own_clause)
            opener = openers[0] if openers and openers[0].name in own_clause else None
            opening = opener is not None and OPENING_PHRASE.fullmatch(own_clause, 0, own_clause.find(opener.name))
            pronoun = PRONOUN_OPENS_CLAUSE.match(before, own_start, own_end) if not openers else None
            if pronoun:  # "In 2022, she met Dershowitz, saying she “…”": the pronoun acting, not the name after its verb
                return pronoun_subject(pronoun, "pronoun", word)
            actor = participle_actor(own_clause) if not openers else None
            if actor is not None:  # "… and Fisk at one point putting his arm around Hart, saying"
                return Found(Subject([actor]), "cue_before", f"'{word.lower()}' (the subject of the participle before)", cue=word.lower())
            return (
                Found(Subject([opener]), "cue_before", f"'{word.lower()}' (the clause's first subject)", cue=word.lower())
                if opener and opening
                else None
            )
        writer = writer_before_venue(before, subject.start) if subject is not None and subject.heads and " in " in before else None
        if writer is not None:  # "Roe published an essay in the journal Harbour Works arguing that “…”": the writer's
            return Found(writer, "cue_before", f"'{word.lower()}' (the writer of a piece in a journal)", cue=word.lower())
        if subject is not None and (subject.heads or subject.pronoun):
            return Found(subject, "cue_before", f"'{word.lower()}'", cue=word.lower())
        clause_start = max(clause_opening(before, cue.start()), sentence_start(before, cue.start()))
        after_time = COMMA_TIME_END.search(before, max(0, cue.start() - 12), cue.start()) is not None
        pronoun = PRONOUN_OPENS_CLAUSE.match(before, clause_start) if after_time or COMMA_END.search(before, 0, cue.start()) else None
        if pronoun is None and after_time:  # "he is shown whooping and grinning …, before calling": past the joined participle
            pronoun = PRONOUN_OPENS_CLAUSE.match(before, sentence_start(before, cue.start()))
        if pronoun:  # "In 2022, she withdrew her allegations against Dershowitz, saying she “…”": the pronoun opening the clause
            # (also "he is shown whooping on the motorbike, before calling out to Omar, “…”": a participle after a time word)
            return pronoun_subject(pronoun, "pronoun", word)
        actor = participle_actor(before[clause_start : cue.start()]) if COMMA_END.search(before, 0, cue.start()) else None
        if actor is not None:  # "… and Fisk at one point gripping Hart by the elbow, saying"
            return Found(Subject([actor]), "cue_before", f"'{word.lower()}' (the subject of the participle before)", cue=word.lower())
        own_role = OWN_ROLE_SUBJECT.search(before, 0, cue.start())
        if own_role and ROLE_WORD.fullmatch(own_role.group("role").split()[-1].lower()):
            # "with the Finance Minister saying they were “…”": the participle's own subject, never the clause's
            role = own_role.group("role").lower()
            return Found(Subject([], role_noun=role), "cue_before", f"'with the {role} {word.lower()}'")
        with_subject = WITH_SUBJECT.search(before[: cue.start()])
        if with_subject:  # "…, with Putin describing the sanctions as “…”"
            head = head_of(with_subject.group("who"))
            if head is not None:
                return Found(Subject([head]), "cue_before", f"'with X {word.lower()}'")
        heads = clause_subject(before[: cue.start()])
        if heads:
            return Found(Subject(heads), "cue_before", f"'{word.lower()}' (the clause's subject)", cue=word.lower())
        work = work_subject_of_main_verb(before[: cue.start()])
        if work is not None:  # "An editorial in People's Daily attacked the sanctions by calling them “…”"
            return Found(work, "cue_before", f"'{word.lower()}' (the clause's subject, a work)", cue=word.lower())
        opening = PRONOUN_OPENS.match(before)
        if opening and COMMA_END.search(before[: cue.start()]):  # "He intended to leverage the summit …, portraying the war as “…”"
            return pronoun_subject(opening, 1, word)
        role_subject = ROLE_SUBJECT.search(before[: cue.start()])
        if role_subject and ROLE_WORD.fullmatch(role_subject.group("role")):  # "But the president also muddied the waters, suggesting"
            role = role_subject.group("role").lower()
            if role_subject.group("nation") and role_subject.group("nation")[0].isupper():  # "the French leader", as cue_after reads it
                role = f"{role_subject.group('nation').strip()} {role}".lower()
            return Found(Subject([], role_noun=role), "cue_before", f"'{word.lower()}' (the clause's subject, the {role})", cue=word.lower())
        after = SUBJECT_AFTER.match(clause.masked, clause.end)
        if after and after.group("pronoun"):  # "beyond saying that “…,” he recommended"
            return Found(
                Subject([], pronoun=after.group("pronoun").lower()), "cue_before", f"'{word.lower()}' (the subject after the quote)", cue=word.lower()
            )
        head = head_of(after.group("who")) if after and after.group("who") else None
        return Found(Subject([head]), "cue_before", f"'{word.lower()}' (the subject after the quote)", cue=word.lower()) if head else None
    if HAVING_OPENS.search(before, 0, cue.start()):  # "Having pledged “…”, Johnson proceeded": the main clause's subject
        after = SUBJECT_AFTER.match(clause.masked, clause.end)
        if after and after.group("pronoun"):
            return Found(Subject([], pronoun=after.group("pronoun").lower()), "cue_before", f"'having {word.lower()}' (the subject after)")
        head = head_of(after.group("who")) if after and after.group("who") else None
        return Found(Subject([head]), "cue_before", f"'having {word.lower()}' (the subject after)") if head else None
    agent = PASSIVE_AGENT.search(before, max(0, cue.start() - 20))
    further = FURTHER_AGENT.search(before, cue.end()) if agent is None and " by " in before[cue.end() :] else None
    if further and AGENT_NEXT.match(before, cue.end()):
        head = head_of(further.group("who"), before[: further.start("who")])  # "described by the UK as “…” and by the US as “…”"
        if head is not None and head.kind in ("person", "organization", "outlet", "state"):
            return Found(Subject([head]), "cue_before", f"'{word.lower()} by X … and by Y'", cue=word.lower())
    if agent and agent.start("cue") == cue.start():  # "The fire was described by the Dubai Media Office as “limited”"
        head = head_of(agent.group("who"), before[: agent.start("who")])
        if head is not None and head.kind in ("person", "organization", "outlet", "state"):
            return Found(Subject([head]), "cue_before", f"'{word.lower()} by X'", cue=word.lower())
    passive_form = word.endswith("ed") or (word == "told" and PASSIVE_BEFORE.search(before, max(0, cue.start() - 30), cue.start()) is not None)
    by_agent = AGENT_BEFORE_QUOTE.match(before, cue.end()) if passive_form and " by " in before[cue.end() : cue.end() + 20] else None
    agent_head = head_of(by_agent.group("who"), before[: by_agent.start("who")]) if by_agent else None
    if agent_head is not None and agent_head.kind in ("person", "organization", "outlet"):
        return Found(
            Subject([agent_head]), "cue_before", f"'{word.lower()} by X' before the quote", cue=word.lower()
        )  # "a sentiment echoed by Nora: “…”"
    passive = not is_participle(word) and BE_BEFORE_CUE.search(before, max(0, cue.start() - 30), cue.start() - 1)
    if passive and base_of(word) not in PASSIVE_STILL_SPEAKING:
        return None  # "Takaichi was criticised for “reckless” remarks": the words are her critics', who are not named
    inverted_form = word.lower() == "said" or (word.endswith("s") and not word.endswith("ss"))  # not "threatened U.S. “…”"
    inverted_after_quote = inverted_form and QUOTE_CLOSED_BEFORE.search(before, max(0, cue.start() - 4), cue.start()) is not None
    named = head_after(before, cue.end()) if inverted_after_quote and not is_describing(word) else None
    if named is None and inverted_after_quote and " and " in before[cue.end() :]:
        named = joined_roles_after(before, cue.end())  # "“…,” says geologist and mine surveyor Ivo Brandt, “…”": his
    if named is not None and named.kind in ("person", "organization", "outlet"):
        return Found(Subject([named]), "cue_before", f"'{word.lower()} X' (inverted)", cue=word.lower())  # "Until Kursk, “…,” confesses X, “…”"
    if "who" in before and UNNAMED_RELATIVE_SUBJECT_END.search(before, max(0, cue.start() - 60), cue.start()):
        return None  # "endorsed Fisk, whom critics have called “…”": the critics' words, not Fisk's
    own_start = object_relative_subject_start(before, cue.start()) if "wh" in before else -1
    if own_start >= 0:  # "the Harbour Compact, which its backers call “…”": the relative clause's subject, or nobody named
        relative_subject = subject_before(before, cue.start(), own_start)
        if relative_subject is None:
            return None
        return Found(relative_subject, "cue_before", f"'{word.lower()}' (the relative clause's own subject)", cue=word.lower())
    subject = subject_before(before, cue.start())
    if subject is None and len(cues) > 1 and thing_in_that_clause(before[cues[-2].end() : cue.start()]):
        # "…, arguing in its letter that the records now available assure deputies “…”": the one arguing
        return cue_before(Clause(clause.masked, cues[-2].end(), cues[-2].end()))
    if (
        subject is not None
        and len(cues) > 1
        and subject.start > cues[0].start()
        and COMMA_BUT_END.search(before, max(0, cue.start() - 30), cue.start())
    ):
        # "Novak thanked leaders that have supported Moldova, but said that “…”": the name before ", but" is in the first
        # verb's predicate; the joined verb is the first one's subject's (the branch for "and"/"but" below)
        subject = None
    spokesman = person_reporting_for_a_state(before, cues, subject) if subject is not None else None
    if spokesman is not None:  # "Pompeo said that … Washington had concluded the settlements were “…”": his words
        return Found(
            spokesman,
            "cue_before",
            f"'{cues[-2].group(1).lower()} that X {word.lower()}' (the one reporting for the state)",
            cue=cues[-2].group(1).lower(),
        )
    if subject is not None:
        return Found(subject, "cue_before", f"'{word.lower()}'", cue=word.lower())
    staff_of = bodys_staff(before[sentence_start(before, cue.start()) : cue.start()].strip()) if "’" in before or "'" in before else None
    if staff_of is not None:  # "Harbour Watch’s detention monitor wrote that “…”": the body's
        return Found(staff_of, "cue_before", f"'X’s staff {word.lower()}'")
    if gap.rstrip().endswith(":") and A_NOUN_BEFORE.search(before, max(0, cue.start() - 40), cue.start()):
        heads = clause_subject(before[: cue.start()])  # "The Economist distilled the issue into a single question: “…”"
        if heads and heads[0].kind in ("person", "organization", "outlet"):
            return Found(Subject(heads), "cue_before", f"'a {word.lower()}:' (the clause's subject)")
    near = INFINITIVE_CUE.search(before, 0, cue.start())
    far = FAR_INFINITIVE_CUE.search(before, max(0, cue.start() - 120), cue.start()) if THAT_OPENS.match(gap) else None
    # "turned to Twitter to describe her city as a “…”", "took to Twitter to say it was a “…”": the words the infinitive
    # introduces are the main verb's subject's, unless the main verb hands the infinitive to its object ("asked X to")
    told = (is_describing(word) and len(gap.split()) <= DESCRIBED_OBJECT_WORDS) or omitted_that(gap) is not None
    own = near is not None and near.group("verb") not in OBJECT_CONTROL
    causing = CAUSED_INFINITIVE.search(before, max(0, cue.start() - 80), cue.start()) if THAT_OPENS.match(gap) else None
    caused = head_after(before, causing.end("verb")) if causing is not None else None
    if causing and caused is not None and caused.kind in ("person", "organization", "outlet", "state") and caused.name in causing.group():
        return Found(Subject([caused]), "cue_before", f"'{causing.group('verb')} X to {word.lower()} that'", cue=word.lower())
    for infinitive in (near, far):
        if infinitive and (gap.rstrip().endswith(":") or THAT_OPENS.match(gap) or (told and own and infinitive is near)):
            # "an editorial in the Global Times, …, used vivid language to warn …: “…”": the main verb's subject
            subject = subject_before(before, infinitive.start("verb"))
            if subject is not None and (subject.heads or (subject.pronoun in ("he", "she") and THAT_OPENS.match(gap))):
                return Found(subject, "cue_before", f"'to {word.lower()}' (the subject of '{infinitive.group('verb')}')")
    document = DOCUMENT_THAT.search(before, 0, joined_chain_start(before, cues).start())
    if document:  # "The MFA issued a statement that warned that “…”": the statement speaks for whoever issued it
        heads = clause_subject(before[: document.end()])
        if heads:
            return Found(Subject(heads), "cue_before", f"'{word.lower()}' (a statement of the clause's subject)", cue=word.lower())
    head = head_after(before, cue.end())
    # "said Putin": a speech verb may come before its subject; after a describing verb ("refers to X as") the name is the object
    named_first = head is not None and named_first_in(gap, f"{head.role} {head.name}".split()[0])
    acts = head is not None and head.name in gap and _acts_next(gap[gap.find(head.name) + len(head.name) :])
    object_named = base_of(word) in OBJECT_VERBS
    if head is not None and not is_describing(word) and not is_weak(word) and named_first and not acts and not object_named:
        if _adjective_of_the_quote(gap, head):
            return None  # "A delegate said the Norvanian “experience of these talks …”": the quoted phrase's adjective
        return Found(Subject([head]), "cue_before", f"'{word.lower()} X' (inverted)", cue=word.lower())
    inverted_role = INVERTED_ROLE.match(gap)
    if inverted_role and ROLE_WORD.fullmatch(inverted_role.group("role")) and not is_weak(word) and not is_describing(word):
        return Found(
            Subject([], role_noun=inverted_role.group("role").lower()),
            "cue_before",
            f"'{word.lower()} the {inverted_role.group('role')}' (inverted)",
            cue=word.lower(),
        )
    if joined_by_and_or_but(before, cue.start()):
        negated = NEGATED_AUXILIARY.search(before, 0, cue.start()) if "not " in before or "n't " in before or "never " in before else None
        denier = subject_before(before, negated.start() + 1) if negated else None
        # the denied verb is the clause's own, not a that-clause's ("Lukashenko claimed that he and Putin have never …")
        reported = denier is not None and any(" that " in before[c.end() - 1 : denier.start + 1] for c in cues if c.end() <= denier.start)
        if negated and denier is not None and denier.heads and not reported and not CLAUSE_BREAK.search(before, negated.end(), cue.start()):
            return Found(
                denier, "cue_before", f"'{word.lower()}' (a verb joined to a denied one)", cue=word.lower()
            )  # "did not dispute … but accused"
        previous = cues[-2] if len(cues) > 1 else None
        if (
            previous is not None
            and not joined_by_and_or_but(before, previous.start())
            and subject_before(before, previous.start()) is None
            and not CLAUSE_BREAK.search(before, previous.end(), cue.start())
        ):
            return None  # "while another expressed relief … but called for “…”": the verb joined to is nobody named's
        antecedent = relative_antecedent(before, cues[-2].end() if len(cues) > 1 else 0, cue.start())
        if antecedent is not None:  # "…, moved close to Fisk, who clutched her and yelled, “…”": Fisk, not the one who moved
            return Found(Subject([antecedent]), "cue_before", f"'{word.lower()}' (joined in a relative clause)", cue=word.lower())
        # not an aside's verb that relays the whole sentence ("…, Lind says, Brandt taped her and told her: “…”"): Brandt's
        joined_to = [c for c in cues[:-1] if not (before[c.end() : c.end() + 1] == "," and ASIDE_SUBJECT_END.search(before, 0, c.start()))]
        first = subject_before(before, joined_to[0].start()) if joined_to else None
        if first is not None and (first.heads or first.pronoun or first.role_noun):  # "Lukashenko claimed … and accused": the first verb's
            return Found(first, "cue_before", f"'{word.lower()}' (a verb joined to the first)", cue=word.lower())
        heads = clause_subject(before[: cue.start()])  # "COLTA suspended publications and said that …"
        if heads:
            return Found(Subject(heads), "cue_before", f"'{word.lower()}' (a verb joined to the clause's)", cue=word.lower())
    return None


def participle_actor(clause: str) -> Head | None:
    """The person named with a participle of their own in the clause ("Fisk at one point putting his arm around Hart")."""
    acting = NAME_THEN_PARTICIPLE.search(clause) if "ing " in clause else None
    actor = head_of(acting.group("who"), clause[: acting.start("who")]) if acting else None
    return actor if actor is not None and actor.kind == "person" else None


def own_clause_between(before: str, earlier: re.Match[str], cue: re.Match[str]) -> bool:
    """ "A and B argued on stage, and A thrust his arm around B, shouting": a clause with a named subject of its own,
    joined by ", and" after the earlier cue, is the one the participle goes with."""
    joined = before.rfind(", and ", earlier.end(), cue.start())
    return joined >= 0 and bool(clause_subject(before[joined + len(", and ") : cue.start()]))


RELATIVE_WHO = ", who "
RELATIVE_PROGRESSIVE_ENDS = (", who was ", ", who is ", ", who were ", ", who are ")  # "…, who was shouting"
RELATIVE_NAME_REACH = 60  # how far before ", who" its antecedent's name may start


def relative_antecedent(before: str, since: int, cue_start: int) -> Head | None:
    """The person a ", who … and <verb>" relative clause hangs on, where the clause opens after `since` (the cue before) and
    runs on to the verb at cue_start with no comma: "Fisk, who clutched her by the shoulders and yelled"."""
    relative = before.rfind(RELATIVE_WHO, since, cue_start)
    if relative < 0 or "," in before[relative + len(RELATIVE_WHO) : cue_start] or CLAUSE_END.search(before, relative, cue_start):
        return None
    window_start = max(0, relative - RELATIVE_NAME_REACH)
    named = [chunk for chunk in chunks(before[window_start:relative]) if chunk.finish == relative - window_start]
    head = head_of(named[0].text, before[: window_start + named[0].begin]) if named else None
    return head if head is not None and head.kind == "person" else None


# "said the Norvanian “…”": the article and one capitalised word right before the opening mark, no comma or colon between
THE_WORD_BEFORE_QUOTE = re.compile(r"\s*the\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*")


def _adjective_of_the_quote(gap: str, head: Head) -> bool:
    """Whether the 'person' after an inverted verb is the adjective of the quoted noun phrase ("said the Norvanian
    “experience …”", "said the Chinese “position”"): one word after "the", the quotation at once; no one is named by a
    single word after "the" (a body, "said the Kremlin", is read as one)."""
    return head.kind == "person" and " " not in head.name and THE_WORD_BEFORE_QUOTE.fullmatch(gap) is not None


# a participle opening the sentence, or its text after a dateline ("KESTREL BAY (Aug. 13) -- Declaring")
OPENING_PARTICIPLE = re.compile(r"(?:^|[.!?]\s+|\n|(?:--|—|–)\s*)(?P<word>[A-Z][a-z]+ing)\s")
OPENING_CLAUSE_MAX = 60  # characters from the quote's end to the comma closing the participle's clause


def opening_participle_subject(clause: Clause, before: str) -> Found | None:
    """A participle of saying opening the sentence, its clause quoting ("Declaring “…” is at stake, Defence Minister
    Tomas Adeyemi has ordered …"): the main clause's subject, named right after the comma that closes the clause."""
    participle = OPENING_PARTICIPLE.search(before)
    if participle is None or "," in before[participle.end() :]:
        return None
    word = participle.group("word").lower()
    if not cues_in(word + " ") or is_weak(word):
        return None
    tail = clause.masked[clause.end : clause.end + OPENING_CLAUSE_MAX]
    comma = tail.find(",")
    if comma < 0 or any(mark in tail[:comma] for mark in '“”";:'):
        return None
    after = SUBJECT_AFTER.match(clause.masked, clause.end + comma + 1)
    if after is None:
        return None
    if after.group("pronoun") in ("he", "she"):
        return Found(Subject([], pronoun=after.group("pronoun")), "cue_before", f"'{word.lower()}' opening (the subject after)", cue=word.lower())
    head = head_of(after.group("who"), clause.masked[: after.start("who")]) if after.group("who") else None
    if head is None or head.kind not in ("person", "organization"):
        return None
    return Found(Subject([head]), "cue_before", f"'{word.lower()}' opening (the subject after)", cue=word.lower())


NEGATED_AUXILIARY = re.compile(r"\s(?:did|does|do|would|could|has|have|had)(?:\s+not|n't|\s+never)\s+[a-z]+")


# a verb of saying in the marks, its manner's adverb with it ("flatly denied", "strongly refuted"): the quote is the verb
QUOTED_VERB = re.compile(r"(?:[a-z]+ly\s+){1,2}(?P<verb>[a-z]+ed)")
DENYING = frozenset(("refuted", "rebutted", "disputed", "contested"))
NO_SUBJECT_END = re.compile(r"(?:[’']s?|\b(?:the|a|an|its|his|her|their|our|this|that))\s*$", re.I)


def subject_ending(text: str) -> Subject | None:
    """The subject a verb of saying right after the text would have ("the Presidentsaid" less its verb, "Brindle senior
    staff" before a verb in the marks)."""
    return subject_before(text + " said", len(text) + 1)


def quoted_verb(clause: Clause, quote: str) -> Found | None:
    """ "Brindle Logistics senior staff in Canada “strongly refuted” allegations": the quotation is the verb of saying, with
    no verb outside the marks; its subject is the one right before it (not "the company's “strongly worded” reply")."""
    verb = QUOTED_VERB.fullmatch(quote)
    if verb is None or not (verb.group("verb") in DENYING or CUE.fullmatch(verb.group("verb"))):
        return None
    before = clause.masked[: clause.start].rstrip()
    if not before or NO_SUBJECT_END.search(before) or cues_in(before[clause_opening(before, len(before)) :]):
        return None
    subject = subject_ending(before)
    if subject is None or not (subject.heads or subject.pronoun in ("he", "she", "it") or subject.role_noun):
        return None  # not "they": a group the passage names only as the object of another's act
    return Found(subject, "cue_before", f"'{verb.group('verb')}' in the marks", cue=verb.group("verb"))


def joined_chain_start(before: str, cues: list[re.Match[str]]) -> re.Match[str]:
    """The first of the cues the last one is joined to by "and" or "but" in one clause ("which reaffirmed … and called on")."""
    at = len(cues) - 1
    while at > 0 and joined_by_and_or_but(before, cues[at].start()) and not CLAUSE_END.search(before, cues[at - 1].end(), cues[at].start()):
        at -= 1
    return cues[at]


CLAUSE_END = re.compile(r"[.;:!?]\s")


def pronoun_subject(opening: re.Match[str], group: int | str, word: str) -> Found:
    """The 'he' or 'she' a pattern found opening the participle's clause, as the participle's subject."""
    pronoun = Subject([], pronoun=opening.group(group).lower(), start=opening.start(group))
    return Found(pronoun, "cue_before", f"'{word.lower()}' (the clause's subject, a pronoun)", cue=word.lower())


def person_reporting_for_a_state(before: str, cues: list[re.Match[str]], subject: Subject) -> Subject | None:
    """The person whose that-clause reports what a state concluded or said ("Pompeo said that Washington had concluded
    the settlements were “…”"): the words quoted are the person's, who speaks for it."""
    if len(subject.heads) != 1 or subject.heads[0].kind != "state" or len(cues) < 2:
        return None
    if not THAT_OPENS.match(before, cues[-2].end()) or CLAUSE_BREAK.search(before, cues[-2].end(), cues[-1].start()):
        return None
    outer = subject_before(before, cues[-2].start())
    return outer if outer is not None and len(outer.heads) == 1 and outer.heads[0].kind == "person" else None


GOVERNED_MAX_WORDS = 20
DETERMINER_ONLY = re.compile(r"\s*(?:a|an|the)\s*")
CLAUSE_WORD_NEXT = re.compile(r"\s*(?:as|and|or|but|while|when|thus|this|its)\b")  # words verb_follows would take for verbs
REPORTING = {"report"}
# "that especially during the strike, ", "that in the end, ", "that now, ": an adverbial fronted in the that-clause, its
# one comma closing it (an adverb or two, then a preposition's or a subordinator's phrase); not "that the vote was fair, "
FRONTED_ADVERBS = "especially particularly even only just now then today still also".split()
FRONTING_WORDS = sorted(PREPOSITIONS | set("if when while although though because since as unless until once whether".split()))
FRONTED_IN_THAT_CLAUSE = re.compile(
    r"\s*that\s+(?!,)(?:(?:" + "|".join(FRONTED_ADVERBS) + r")(?:\s+|(?=,)))*(?:(?:" + "|".join(FRONTING_WORDS) + r")\s[^,.;:!?]{1,60})?,\s+[^,]+$"
)
PRONOUN_CLAUSE = re.compile(
    r"\s*(?:(?:and|but)\s+that\s+)?(?:it|they|he|she|this|we|there)\s+[a-z]"
)  # "predicting that if X invaded, it would prove a “…”"
# "said the council adjusted its fees every year, but this year had taken a “…”": a second clause joined by "and" or
# "but", its verb shifted back as reported speech is (past perfect, "would", "could"), with only a time ("this year",
# "then") and a pronoun before the verb: the same speaker's words go on. Another subject there ("but the trust had taken
# a “…”", "but the Harbour Trust had") makes the clause the writer's account of someone else: nobody's words
BACKSHIFTED_TIME = r"(?:(?:this|that|last|next|each|every)\s+(?:" + "|".join(sorted(TIME_NOUNS)) + r")|then|now|later|soon|since|eventually)"
BACKSHIFTED_CONJUNCT = re.compile(
    r"\s*(?:and|but)\s+(?:that\s+)?(?:" + BACKSHIFTED_TIME + r",?\s+)?(?:(?:it|they|he|she|we)\s+)?(?:had|would|could|might)\s+[a-z]"
)
# "confirmed a “near-total shutdown”", "pledged to continue “joint efforts …”", "emphasized the “unacceptability” of":
# the term is the speaker's own wording of what they confirmed, pledged or stressed
ADVOCATING_BASES = frozenset(ADVOCATING)
STANCE_ON_ITS_OBJECT = {"slam"}  # a stance verb only where the term is its object's word, right after the article
NAMING_ITS_OBJECT = {"announce"}  # the term right after the verb and its article, then "of", is the speaker's word for the act
OF_NEXT = re.compile(r"\s+of\s")
WORDS_AS_OBJECT = {"confirm", "pledge", "emphasize", "emphasise", "stress", "underline", "underscore", "reiterate", "reaffirm", "highlight"}
STANCE = {
    "condemn",
    "criticize",
    "criticise",
    "denounce",
    "slam",
    "urge",
    "advocate",
    "demand",
    "warn",
    "object to",
    "lament",
    "decry",
    "deplore",
    "bemoan",
    "frown at",
}  # "condemned Russia's “hybrid war”", "decried the “apparent willingness” of …"
# the praise of a tribute: a term of some words in its clause is the speaker's on the one honoured ("paid tribute to a
# ferryman who … became a “lighthouse in every storm”"); one word before a noun stays a scare quote ("praised the “new” plan")
PRAISE = {"praise", "pay tribute to"}
# "praised the “work to rule” protest", "paid tribute to the “zero waste” pledge": a term of some words set right before
# a lower-case noun names the kind of thing praised, the author's label, not the speaker's praise of it (after a stance
# verb the genre's term before the noun is as often the speaker's: "slammed the “utterly unacceptable” hate crimes")
WORD_NEXT = re.compile(r"[ \t]+(?P<word>[a-z][a-z-]*)\b(?P<agent>\s+by\b)?")
FOR_THEIR_OR_AS = re.compile(r"\b(?:for\s+(?:their|his|her|its|our|your)|as)\s+$")


def labels_the_noun_after(gap: str, after: str) -> bool:
    """Whether a term (of some words: one word after "praised the" is a scare quote already) stands right before a
    lower-case noun, as a label of the kind of thing; not after "for their" or "as" ("praised them for their “quiet
    courage” on the quays"), nor before a function word, a verb, an "-ing" form or a participle and its agent ("“…”
    shown by the crews")."""
    nxt = WORD_NEXT.match(after)
    if nxt is None or nxt.group("agent") or FOR_THEIR_OR_AS.search(gap):
        return False
    word = nxt.group("word")
    return word not in NOT_NAMES and word not in PREPOSITIONS and not word.endswith(("ing", "ly")) and not verb_follows(after)


OMITTED_THAT = re.compile(
    r"\s*(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"  # "insisted Friday any agreement was a “bad deal”"
    r"(?:(?:it|this|they|he|she|we)\s+(?:\w+ly\s+)?"
    r"(?:is|was|were|are|remained|remains|would|will|had|has|did|does|could|can|should|must|might|may|[a-z]+[^s\W]s|[a-z]{3,}(?<!ne)ed)|"
    r"(?:the|any|an?|its|his|her|their|this|that|such)\s+[a-z]+\s+(?:(?:in|of|on|with|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*[’']s?\s+)?[a-z]+\s+)?(?:\w+ly\s+)?"
    r"(?:is|was|were|are|remained|remains|would|will|had|has|could|can|should|must|might|may|[a-z]+[^s\W]s|[a-z]{3,}(?<!ne)ed)|"
    r"[A-Z][\w.’'-]*[’']s(?=\s*$)|"  # "Rice said Gration's “vitally important” efforts"
    # "said the old harbourmaster was a “…”": a modifier or two before the noun, then a form of "be" or "have" (an
    # "-s" or "-ed" word after three words may be the noun: "announced the new port rules for a “…”"); the noun's
    # relative "who" too ("paid tribute to a stubborn man who was a “…”": the speaker's words on the one she praises)
    r"(?:the|any|an?|its|his|her|their|this|that|such)\s+(?:[a-z][a-z-]*\s+){1,2}[a-z]+\s+(?:is|was|were|are|had|has|remained|remains)\s|"
    r"(?:on\s+[A-Z][a-z]+day\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+(?:is|was|were|are|would|will|had|has|could|can|should|must|might|may)\s)\b"
)  # "insisted it remained a “…”", "said the accord recognises Iran's “…”": a that-clause without "that"
# "said Attorney General Pam Rowe created a “weaponizing task force”": a named actor's deed, told in the speaker's words
NAMED_ACTOR_DEED = re.compile(r"\s*(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?P<deed>[a-z]{3,}(?<!ne)ed)\s")


def omitted_that(gap: str) -> re.Match[str] | None:
    """A that-clause without "that" after the cue; one whose named subject itself says something is not the speaker's."""
    deed = NAMED_ACTOR_DEED.match(gap)
    if deed and not CUE.fullmatch(deed.group("deed")):
        return deed
    return OMITTED_THAT.match(gap)


def _words_names_as_one(text: str) -> int:
    """The words of the text, a name of several words ("the Treaty on the Prohibition of Nuclear Weapons") counted once."""
    words = len(text.split())
    if words <= GOVERNED_MAX_WORDS:
        return words
    return words - sum(len(chunk.text.split()) - 1 for chunk in chunks(text))


def backshifted_conjunct(gap: str) -> bool:
    """Whether the text after a cue is a that-clause, then, after its last comma, a clause joined to it whose verb is
    shifted back as reported speech is: the speaker's words go on in it."""
    head, tail = gap.rsplit(",", 1)
    return BACKSHIFTED_CONJUNCT.match(tail) is not None and (THAT.search(head) or omitted_that(head)) is not None


def clause_goes_on_after_comma(gap: str) -> bool:
    """Whether the speaker's clause goes on past the last comma of the text between the cue and the term: a pronoun's
    clause inside the that-clause ("predicting that if Putin invaded, it would prove a “disaster”"), the that-clause's
    own after a phrase fronted in it ("thinks that especially during the strike, people should …"), or a second clause
    joined to it with its verb shifted back ("said that …, but this year had taken a “…”")."""
    that_clause = gap.lstrip().startswith("that ")
    if that_clause and PRONOUN_CLAUSE.match(gap.rsplit(",", 1)[1]) is not None:
        return True
    return (that_clause and FRONTED_IN_THAT_CLAUSE.match(gap) is not None) or backshifted_conjunct(gap)


def governing_cue(clause: Clause, stance_only: bool = False) -> Found | None:
    """A short term quoted in a speaker's own clause is the speaker's words, not the author's label.

    `X believes the sanctions are just the “tip of the iceberg”`, `X spoke of the “hostile forces”`:
    a named subject, a cue verb with a "that" clause (or "spoke of", or a describing verb), then the
    term at most twenty words on, with no clause break between.
    """
    before = clause.masked[: clause.start]
    cues = governing(before)
    if not cues:
        return None
    word, gap = cues[-1].group(1), before[cues[-1].end() :]
    if _words_names_as_one(gap) > GOVERNED_MAX_WORDS or SEMICOLON_OR_COLON.search(gap):
        return None
    if "," in gap and not clause_goes_on_after_comma(gap):
        return None  # "asserts that the vote was fair, the monitors rate the country a “…”": another subject's clause
    if base_of(word) in REPORTING:
        return None
    if base_of(word) in STANCE_ON_ITS_OBJECT and not DETERMINER_ONLY.fullmatch(gap):
        return None  # "slammed the “utterly unacceptable” attacks"; not "slammed the door of the “safe house”"
    if stance_only and not (base_of(word) in STANCE or is_describing(word)):
        return None  # "accused the OSCE of “veiling” information", "called for a more “proactive” stance"; not "said the “new” plan"  # "the ministry reported that China issued a “no-fly zone”": a report relays others' terms
    if base_of(word) in ADVOCATING_BASES and word.split()[0].endswith("ing") and DETERMINER_ONLY.fullmatch(gap):
        return None  # "campaigners pushing for a “soft” exit": what they are for, in the common label, not their word
    that = THAT.search(gap) or omitted_that(gap)  # "insisted it remained a “new proposal”"
    after = clause.masked[clause.end :]
    if base_of(word) in PRAISE and labels_the_noun_after(gap, after):
        return None
    # "says a “horrible picture” greeted his team": the term opens the subject of a clause without "that"
    opens_clause = DETERMINER_ONLY.fullmatch(gap) is not None and not CLAUSE_WORD_NEXT.match(after) and verb_follows(after)
    # "announced the “dismissal” of Chubais": the speaker's word for the act; not "announced a “special military operation”"
    named_object = base_of(word) in NAMING_ITS_OBJECT and DETERMINER_ONLY.fullmatch(gap) is not None and OF_NEXT.match(after) is not None
    if not (
        that
        or opens_clause
        or named_object
        or base_of(word) in {"speak", "talk of", "refer to"} | STANCE | PRAISE | WORDS_AS_OBJECT
        or is_describing(word)
        or (base_of(word) in VIEWING and AS_THEN_QUOTE.match(gap) is not None)
    ):
        return None  # "announced the conclusion of the “…”": the object of an act, not reported words
    found = cue_before(clause)
    if found is None or not (found.subject.heads or found.subject.pronoun or found.subject.role_noun):
        return None
    return Found(found.subject, "cue_before", found.detail + " (a term in the speaker's clause)", found.cue)


# what a body is, before its name: "the advocacy group", "anti-sexual violence organization", "the conservative think tank"
BODY_DESCRIPTOR = re.compile(
    r"(?:the\s+)?(?:(?!(?:of|and|for|with|from|by|to)\s)[a-z][\w’'-]*\s+){0,3}?(?P<noun>"
    + "|".join(noun.replace("ngo", "NGO").replace("think-tank", r"think\s+tank") for noun in BODY_DESCRIPTOR_NOUNS)
    + r")\s+(?=[A-Z])"
)


# words no person's name holds, which a campaign's name in the imperative may ("Know Your IX", "Speak Up Now"; folded)
SLOGAN_WORDS = frozenset("your our their now up out back together forward".split())


def named_with_common_words(who: str) -> Head | None:
    """ "Know Your IX", "Speak Up Now", "Stand Up To Racism": a body named as a slogan, which the name reader cuts or drops."""
    tokens = who.split()
    if len(tokens) < 2 or len(tokens) > 6 or not all(token[:1].isupper() for token in tokens):
        return None
    if not any(fold(token) in SLOGAN_WORDS for token in tokens[1:]):
        return None
    head = head_of(who)
    if head is not None and head.kind == "person" and head.role and who.endswith(" " + head.name) and given_name_sex(head.name.split()[0]):
        return None  # "California NOW President Patty Bellasalma": a post in a body with a slogan's word, then a person
    return Head(who, "", "organization") if head is None or head.name != who else None


def body_named_after(who: str) -> Head | None:
    """The body a descriptor names: the rest is one name, read as a body's even where it reads like a person's ("Fair Courts")."""
    chunk = CHUNK.match(who)
    if chunk is None or chunk.end() != len(who.rstrip()):
        return None
    head = named_with_common_words(chunk.group(0)) or head_of(chunk.group(0))
    if head is None or head.kind not in ("person", "organization", "outlet"):
        return None
    return head if head.kind != "person" else Head(head.name, "", "organization")


FORMER_BEFORE_A_TITLE = re.compile(r"(?:the\s+)?(?:former|then|acting|outgoing|incoming|retired|late|onetime|longtime)\s+(?=[A-Z])")


def titled_person(who: str, heads: list[Head]) -> bool:
    """ "Secretary of Defense Tom Reyes", "Defense Secretary Tom Reyes": one person named in full after a capitalised title."""
    chunk = CHUNK.match(who)
    if chunk is None or chunk.end() != len(who.rstrip()) or len(heads) != 1 or heads[0].kind != "person" or " " not in heads[0].name:
        return False
    head = head_of(chunk.group(0))
    return head is not None and head.name == heads[0].name and bool(head.role)


PORTFOLIO_AFTER_TITLE = re.compile(r"\b(?P<title>[a-z]+)\s+(?:of|for)\s+[a-z]+(?:(?:,\s+|\s+and\s+|\s+&\s+)[a-z]+){0,3}(?=\s)")


# "the company's hydrogeologist Tomas Brenner", "its chief geologist Ana Vell": an article or an owner before the role words
OWNER_BEFORE_ROLE_WORDS = re.compile(r"(?:the|its|his|her|their)\s+(?:[a-z][\w-]*[’']s\s+)?")
# after an owner, the word before the name is the role's noun: not a preposition or a participle ("the crowd beside X")
NOT_A_ROLE_BEFORE_A_NAME = frozenset("beside behind near against toward towards about around between among opposite than via".split())


def post_without_places(described: str) -> str:
    """The words before a name with the places of an envoy's post left out ("the envoy to Ghana and Togo " is "the envoy "):
    the places are the post's, the title the role word."""
    posted = ENVOY_POSTED_TAIL.search(described) if " to " in described else None
    return described[: posted.end("title")] + " " if posted is not None else described


def described_in_role_words(who: str, heads: list[Head]) -> bool:
    """ "top Ukrainian negotiator Rustem Umerov", "the company's hydrogeologist Tomas Brenner": a person named in full
    after at most four role words and demonyms, with an article or an owner's possessive before them."""
    if len(heads) != 1 or heads[0].kind != "person" or " " not in heads[0].name or not who.endswith(heads[0].name):
        return False
    described = who[: -len(heads[0].name)]
    described = post_without_places(described)
    owner = OWNER_BEFORE_ROLE_WORDS.match(described) if described[:1] in "thi" else None
    if owner is not None:
        described = described[owner.end() :]
        last = described.split()[-1] if described.strip() else ""
        if not last or last.endswith(("ing", "ed")) or last in NOT_A_ROLE_BEFORE_A_NAME:
            return False
    portfolio = PORTFOLIO_AFTER_TITLE.search(described)
    if portfolio and portfolio.group("title") in TITLE_WORDS:  # "minister of mines and energy Tom Alweendo": one title
        described = described[: portfolio.end("title")] + described[portfolio.end() :]
    words = described.split()
    if words and title_in_capitals(words[-1]):
        words = words[:-1]  # "company CEO Karl Dorn", "opposition MP Ann Lee": a title's letters right before the name
    lower = {word for word in words if word[:1].islower()}
    return len(words) <= 4 and not lower & (NOT_NAMES | NOT_A_ROLE_WORD) and all(w in lower or is_demonym(w.lower()) for w in words)


def title_in_capitals(word: str) -> bool:
    """ "CEO", "CFO", "MP", "MEP": a title written as its letters, in capitals."""
    return word.isupper() and fold(word) in TITLE_LETTERS


def described_in_joined_role_words(who: str, heads: list[Head]) -> bool:
    """ "former Widgetco engineer and Gizmo inventor Tomas Verlaine", "river warden and lock keeper Hanne Solberg": one
    person named in full after two runs of role words joined by "and", or after one with a firm's one-word name before
    its role noun (what described_in_role_words leaves)."""
    if len(heads) != 1 or heads[0].kind != "person" or " " not in heads[0].name or not who.endswith(" " + heads[0].name):
        return False
    described = who[: -len(heads[0].name)]
    described = post_without_places(described)
    owner = OWNER_BEFORE_ROLE_WORDS.match(described) if described[:1] in "thi" else None
    runs = described[owner.end() if owner else 0 :].split(" and ")
    employer = any(word[:1].isupper() and not is_demonym(word.lower()) for word in described.split())
    return (len(runs) == 2 or employer) and len(runs) <= 2 and all(_one_run_of_role_words(run.split()) for run in runs)


# a phrase after a name closing it, in lower case ("… Ana Roe in her new book", "… Ana Roe on local radio"): where or
# how the words were given, no part of the name
TAIL_AFTER_A_NAME = re.compile(r"(?<=[a-z])\s+(?:in|on|at|during|to|for|with)\s+[a-z]")


def joined_roles_after(after: str, start: int) -> Head | None:
    """The person an inverted cue names after two runs of role words joined by "and" ("said river warden and lock keeper
    Ansel Tod", "explained retired engineer and parish councillor Mira Sollen"), as described_in_joined_role_words reads
    them before a cue; None where the phrase is anything else."""
    phrase = PHRASE_REST.match(after, start)
    who = phrase.group().strip() if phrase else ""
    if not who[:1].islower() or " and " not in who:
        return None
    tail = TAIL_AFTER_A_NAME.search(who, who.index(" and "))
    if tail is not None:  # "writes author and physician Ana Roe in her new book": where she wrote it, after her name
        who = who[: tail.start()]
    if _names_a_group(who[: who.index(" and ")]):
        return None  # "said police and harbour master Tom Reyes": a joint statement, not his alone
    found = _last_heads(who + " ", allow_governed=False)
    return found[0][0] if found and described_in_joined_role_words(who, found[0]) else None


# nouns that name many people as one ("police", "crew"), singular in form, so no plural ending tells them
COLLECTIVE_NOUNS = frozenset(
    "police staff crew public management team family board council committee union government ministry army military"
    " navy press media clergy faculty personnel".split()
)


def _names_a_group(run: str) -> bool:
    """Whether a run of role words ends in a noun for many people: a collective one ("council staff", "police") or a
    plural ("residents", "local workers"), never one person's role ("boss", "harbour master")."""
    last = run.rsplit(" ", 1)[-1]
    return last in COLLECTIVE_NOUNS or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _one_run_of_role_words(words: list[str]) -> bool:
    """ "former Widgetco engineer", "lock keeper": at most four words ending in a lower-case noun, a capitalised word
    only as a demonym or a firm's name before a lower-case word."""
    if not 1 <= len(words) <= 4 or not words[-1].isalpha() or not words[-1].islower() or words[-1].endswith(("ing", "ed")):
        return False  # "the company's lawyer beside X", "a man standing by X": no role's noun before the name
    if any(word in NOT_A_ROLE_BEFORE_A_NAME for word in words):
        return False
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if word[:1].islower():
            if word in NOT_NAMES or word in NOT_A_ROLE_WORD or not word.replace("-", "").isalpha():
                return False
        elif not is_demonym(word.lower()) and not (word.isalpha() and following[:1].islower() and fold(word) not in NOT_NAMES):
            return False
    return True


def as_x_put_it_after(clause: Clause) -> Found | None:
    """ "“…”, as Tamim Khallaf, Egypt's Foreign Ministry spokesperson, recently put it", "“…”, as the UK government puts it"."""
    as_put = AS_X_PUT_IT_AFTER.match(clause.masked, clause.end)
    if as_put is None:
        return None
    body = as_put.group("body")
    head = body_head(f"{as_put.group('who')} {body}", "") if body else head_of(as_put.group("who"))
    if head is not None and head.kind in ("person", "organization", "outlet", "state"):
        return Found(Subject([head]), "cue_after", f"'as X {as_put.group('cue')}' after the quote")
    return None


# a sentence opening on a discourse word or an imperative and its comma ("Remember,", "Look,", "Frankly,")
ASIDE_OPENER = re.compile(r"(?:Remember|Look|Listen|Again|Still|Indeed|Now|Well|So|And|But|Also|Again|Imagine|Consider|[A-Z][a-z]+ly),\s")


def spokesperson_for(text: str, at: int = 0) -> Subject | None:
    """The body a spokesperson speaks for, where the spokesperson's phrase runs from `at` to a stop ("a spokesperson for the
    department"): the body named, or the body noun that the body last named of that noun resolves."""
    match = SPOKESPERSON_FOR.match(text, at)
    if match is None or not PHRASE_END.match(text, match.end()):
        return None
    if match.group("noun"):
        return Subject([], role_noun=match.group("noun")) if ROLE_WORD.fullmatch(match.group("noun")) else None
    head = body_head(match.group("who"), text[: match.start("who")])
    return Subject([head]) if head is not None and head.kind in ("organization", "outlet", "state") else None


MONTH_SURNAMES = frozenset(("May",))  # a month's name that is a surname too, read as the surname before a verb of saying
# an outlet's "reported" right after a quote ("“…”, reported Velden Daily", "“…,” the Velden Daily reported on Tuesday")
REPORTED_BY_OUTLET = re.compile(r"[\s,]*(?:report(?:ed|s)\s+(?:the\s+)?" + CHUNK.pattern + r"|(?:the\s+)?" + CHUNK.pattern + r"\s+report(?:ed|s)\b)")


def source_before_a_relay(clause: Clause) -> Found | None:
    """ "According to Justice Ilse Marten, “…”, reported Velden Daily": the outlet relays the words of the source the
    sentence opened with (wire copy's "X said, Reuters reported" written with "according to")."""
    after = clause.masked[clause.end : clause.end + 80]
    if "report" not in after or "ccording to" not in clause.masked[: clause.start] or not REPORTED_BY_OUTLET.match(after):
        return None
    return according_to(Clause(clause.masked[: clause.start], clause.start, clause.start))


def bodys_staff(who: str) -> Subject | None:
    """The body whose unnamed staff the words before a cue are ("human rights group Harbour Watch’s detention monitor",
    "the ministry’s spokesman"): the body named, or the body noun that the body last named of that noun resolves. A one-word
    name that reads as a person's is a body's where its staff is a desk's ("Amnesty’s researcher"; not "Putin’s spokesman")."""
    descriptor = BODY_DESCRIPTOR.match(who) if who[:1].islower() else None
    match = BODYS_STAFF.fullmatch(who, descriptor.end() if descriptor else 0)
    if match is None:
        return None
    if match.group("noun"):
        return Subject([], role_noun=match.group("noun")) if ROLE_WORD.fullmatch(match.group("noun")) else None
    name = match.group("who")
    head = body_named_after(name) if descriptor else body_head(name, who[: match.start("who")])
    if head is not None and head.kind == "person" and (descriptor or (match.group("desk") and " " not in head.name)):
        head = Head(head.name, "", "organization")
    return Subject([head]) if head is not None and head.kind in ("organization", "outlet", "state") else None


# "“…,” she recalls him saying", "“…,” Voss remembers Brandt telling her": a verb of memory whose object is the speaker
RECALLING_VERBS = frozenset(("recall", "remember", "recollect"))
RECALLS_ONE_SAYING = re.compile(
    r"\s+(?:(?P<pronoun>him|her)|(?P<who>" + CHUNK.pattern + r"))\s+(?:\w+ly\s+)?(?:saying|say|telling|tell|asking|ask|shouting|yelling|warning)\b"
)


# "She remembers Brandt’s reply:", "Voss recalls Hale’s exact words:": the owner of the words recalled speaks them
RECALLED_ANSWER = re.compile(
    r"\b(?P<cue>(?:remember|recall|recollect)(?:s|ed)?)\s+(?P<who>" + CHUNK.pattern + r")[’']s\s+(?:[a-z]+\s+)?"
    r"(?:" + ANSWER_NOUNS + r"|words|warning|advice|comment|remark)\s*:\s*$"
)


def recalled_speaker(recalled: re.Match[str], cue: str, at: int) -> Found | None:
    """The one a verb of memory recalls saying the words: "him" as a "he" (the engine says who), or the person named."""
    detail = f"'{cue} X saying' after the quote"
    if recalled.group("pronoun") is not None:
        return Found(Subject([], pronoun="he" if recalled.group("pronoun") == "him" else "she", start=at), "cue_after", detail, cue=cue)
    head = head_of(recalled.group("who"))
    return Found(Subject([head]), "cue_after", detail, cue=cue) if head is not None and head.kind == "person" else None


# a surname with its particle in lower case, after the full name was given ("“…,” van Leer added", "de la Cruz said")
PARTICLE_SURNAME = re.compile(PARTICLES + r"(?:\s+" + PARTICLES + r")?\s+" + CHUNK.pattern)


def cue_after(clause: Clause) -> Found | None:
    """`"…," X said`, `"…," said X`, `"…" the minister added`."""
    if possessive_request(clause.masked[: clause.start]):
        return None  # "to deny the Pentagon's request for “…,” Amodei stated": the words are the asker's (according_to)
    if possessive_statement_quoted(clause.masked[: clause.start]):
        return None  # "As if in reply to Ann Lowe’s statement that “…”, Ida Roe suggested that …": Lowe's (according_to)
    relay_source = source_before_a_relay(clause)
    if relay_source is not None:
        return relay_source
    after = clause.masked[clause.end :]
    issued = READS_A_WORK_BY.match(after) if "by" in after else None
    if issued and issued.group("role"):  # "“…,” reads a statement released by the foreign ministry after …"
        role = issued.group("role").split()[-1]
        if ROLE_WORD.fullmatch(role):
            return Found(
                Subject([], role_noun=role), "cue_after", f"'{issued.group('cue')} a work by the {role}' after the quote", cue=issued.group("cue")
            )
    elif issued:  # "“…,” reads a statement released by the Chinese foreign ministry."
        head = body_head(issued.group("who"), after[: issued.start("who")])
        if head is not None and head.kind in ("person", "organization", "outlet", "state"):
            return Found(Subject([head]), "cue_after", f"'{issued.group('cue')} a work by X' after the quote", cue=issued.group("cue"))
    reply = reply_after(after)
    if reply is not None:  # "“…,” was the reply from supervisor Ana Roe", "“…,” came his answer": a noun of answering
        noun, pronoun, who = reply.group("noun"), reply.groupdict().get("pronoun"), reply.groupdict().get("who")
        if pronoun:
            said_by = "he" if pronoun == "his" else "she"
            return Found(Subject([], pronoun=said_by, start=clause.end), "cue_after", f"'was {pronoun} {noun}' after the quote", cue=noun)
        head = head_of(who or "", after[: reply.start("who")])
        if head is not None and head.kind in ("person", "organization", "outlet"):
            form = f"the {noun} from X" if reply.re in (REPLY_FROM, REPLY_FROM_ROLE_THEN_NAME) else f"X's {noun}"
            return Found(Subject([head]), "cue_after", f"'{reply.group('verb')} {form}' after the quote", cue=noun)
    smiling = MOOD_PARTICIPLE_THEN_NAME.match(after) if after.startswith(ARTICLE_OPENINGS) else None
    smiler = head_of(smiling.group("name")) if smiling else None
    if smiling and smiler is not None and smiler.kind == "person":  # "“…,” a smiling Ingrid Tamsberg said": not "smiling" the cue
        return Found(Subject([smiler]), "cue_after", f"'a <mood> X {smiling.group('cue').lower()}' after the quote", cue=smiling.group("cue").lower())
    inverted_french = FRENCH_INVERTED.match(after) if "-" in after[:24] else None
    if inverted_french:  # "« … », dit-il", "« … », a-t-elle ajouté": a French text's verb, then its subject pronoun
        verb, french_pronoun = inverted_french.group("present") or inverted_french.group("participle"), inverted_french.group("pronoun")
        return Found(
            Subject([], pronoun=FRENCH_PRONOUNS[french_pronoun], start=clause.end),
            "cue_after",
            f"'{verb}-{french_pronoun}' after the quote",
            cue=verb,
        )
    match = NAME_THEN_CUE.match(after) if SPACED_CUE.search(after) else None
    quoted_as = QUOTED_AS_SAYING.match(after, match.end()) if match and " as " in after and base_of(match.group("cue")) in RELAYED_BY_VERBS else None
    if quoted_as is not None:
        return one_quoted_as_saying(quoted_as, match.group("cue").lower() if match else "", clause.end)
    if match and clause.masked[clause.end - 1 : clause.end] == "." and INTRODUCES_NEXT.match(after, match.end()):
        match = None  # "“…?” And Dorn said, “I have …”": after a whole sentence (its end marked '.' in the masked text), not a
        # split one ("“We will stay,” Cole said, “and …”"), the cue introduces the next quote
    if match and "," in match.group("who") and ASIDE_OPENER.match(match.group("who")):
        match = None  # "“… going.” Remember, the President said, you know, …": a new sentence's aside, cueing what follows
    # "“…,” Lutz was saying"; not "“… Istanbul.” Lamb was referring to the killings": a verb with its object is no cue
    progressive = BE_BEFORE_CUE.search(match.group("who")) if match and " " not in match.group("cue") and is_participle(match.group("cue")) else None
    if match and not progressive and BE_BEFORE_CUE.search(match.group("who")):
        match = None  # "…,” Blinken knew, and Zelensky was clearly worried about …", "“…,” he was told": no one's saying
    if match and base_of(match.group("cue")) in AS_BEFORE_QUOTE_ONLY:
        match = None  # "“…,” which Kyiv rejected": no one's saying
    if match and (progressive or not is_participle(match.group("cue"))):
        who = match.group("who")[: progressive.start()] if progressive else match.group("who")  # "“…,” Karim Lutz was saying"
        who = TRAILING_ADVERBS.sub("", AUXILIARY_AT_END.sub("", who.strip(" ,")))  # "Blinken later recalled", "he has said"
        if "–" in who or "—" in who:
            who = DASH_ASIDE_IN_NAME.sub(",", who).rstrip(" ,")  # "“…,” Tomas Verhal – a fisherman – said": read as commas
        elif " - " in who:
            who = SPACED_HYPHEN_ASIDE_IN_NAME.sub(",", who).rstrip(" ,")  # "Tomas Verhal - a fisherman - said": a typed dash
        if "(" in who:
            who = without_party_brackets_closed(who)  # "“…,” Ilse Brandt (EPP, AT) said": the member, not the group
        recalled = RECALLS_ONE_SAYING.match(after, match.end()) if base_of(match.group("cue")) in RECALLING_VERBS else None
        if recalled is not None:  # "“…,” she recalls him saying": the one recalled says the words, not the one who recalls
            return recalled_speaker(recalled, match.group("cue").lower(), clause.end)
        work = named_work(after[: match.start("cue")]) or named_work(after[: match.end("cue")])
        if work is not None and _named_by_a_person(work):
            return None  # "“…,” the Halvorsen report said.": a work speaks, not Halvorsen (its noun read as the cue too)
        pronoun = PRONOUN_ALONE.fullmatch(who)
        french_alone = FRENCH_PRONOUN_ALONE.fullmatch(who) if pronoun is None and who[:1] in "eiq" else None
        said_by = pronoun.group(1).lower() if pronoun else FRENCH_PRONOUNS[french_alone.group(1)] if french_alone else ""
        if said_by:
            return Found(
                Subject([], pronoun=said_by, start=clause.end),
                "cue_after",
                f"'{match.group('cue').lower()}' after the quote",
                cue=match.group("cue").lower(),
            )
        chief = DOMAIN_CHIEF_END.fullmatch(who) if who.endswith(CHIEF_EPITHETS) else None
        if chief:  # "“…,” the harbour chief told dock workers": the holder named with that domain's title
            role = f"{chief.group('domain').lower()} {chief.group('head')}"
            return Found(
                Subject([], role_noun=role), "cue_after", f"'the {role} {match.group('cue').lower()}' after the quote", cue=match.group("cue").lower()
            )
        relayed = RELAYED.match(after, match.end())
        if relayed:  # "“My mother's Ukrainian,” Wallace said Shoigu replied": the words are the second one's
            head = head_of(relayed.group("who"))
            if head is not None and head.kind == "person":
                return Found(Subject([head]), "cue_after", f"'X {match.group('cue').lower()} Y {relayed.group('cue').lower()}' after the quote")
        home = home_place_end(who) if ", " in who else None
        resident = resident_named(home[0], "") if home is not None and home[1] == 0 else None
        if resident is not None:  # "“…,” Greta Holm, 64, from Ashby, Leicestershire, said"
            return Found(Subject([resident]), "cue_after", f"'X, from a town and its region, {match.group('cue').lower()}' after the quote")
        described = NAME_THEN_DESCRIPTION.fullmatch(who)
        head = head_of(described.group("name")) if described else None
        if head is not None and head.kind in ("person", "organization", "outlet"):  # "the Global Times, an offshoot of …, the People's Daily,"
            return Found(Subject([head]), "cue_after", f"'X, a description, {match.group('cue').lower()}' after the quote")
        moody = MOOD_THEN_NAME.fullmatch(who) if who[:2] in ("a ", "an") else None
        mood_named = head_of(moody.group("name"), who[: moody.start("name")]) if moody else None
        if mood_named is not None and mood_named.kind == "person":  # "“…,” a visibly tired Ms. Orlenka told reporters"
            return Found(
                Subject([mood_named]), "cue_after", f"'a <mood> X {match.group('cue').lower()}' after the quote", cue=match.group("cue").lower()
            )
        if who in MONTH_SURNAMES or who in ADVERB_SURNAMES:  # "“…,” May said": no month speaks; the surname, as a later mention of Hana May
            return Found(
                Subject([Head(who, "", "person", who)]),
                "cue_after",
                f"'{match.group('cue').lower()}' after the quote (a surname like a month)",
                cue=match.group("cue").lower(),
            )
        slogan = named_with_common_words(who) if CHUNK.fullmatch(who) else None
        if slogan is not None:  # "“…,” Know Your IX noted"
            return Found(Subject([slogan]), "cue_after", f"'{match.group('cue').lower()}' after the quote", cue=match.group("cue").lower())
        weekly = periodical_named_week(who) if who.endswith("Week") else None
        if weekly is not None:  # "“…,” Education Week reported": the weekly, which an event's week is elsewhere
            return Found(Subject([weekly]), "cue_after", f"'{match.group('cue').lower()}' after the quote", cue=match.group("cue").lower())
        particled = head_of(who) if who[:1].islower() and PARTICLE_SURNAME.fullmatch(who) else None
        if particled is not None and particled.kind == "person":  # "“…,” van Leer added": the surname with its particle
            return Found(Subject([particled]), "cue_after", f"'{match.group('cue').lower()}' after the quote", cue=match.group("cue").lower())
        found = _last_heads(who + " ", allow_governed=False)  # "Bush was scripted to say": light words end with a space
        if found and CHUNK.match(who.removeprefix("the ").removeprefix("The ")):
            return Found(Subject(found[0]), "cue_after", f"'{match.group('cue').lower()}' after the quote", cue=match.group("cue").lower())
        titled = FORMER_BEFORE_A_TITLE.match(who) if found else None
        if titled and found and titled_person(who[titled.end() :], found[0]):  # "“…,” former Secretary of Defense Tom Reyes said"
            return Found(Subject(found[0]), "cue_after", f"'{match.group('cue').lower()}' after the quote", cue=match.group("cue").lower())
        kind_of_body = BODY_DESCRIPTOR.match(who) if who[:1].islower() else None
        described_body = body_named_after(who[kind_of_body.end() :]) if kind_of_body else None
        if kind_of_body and described_body is not None:  # "“…,” the advocacy group Ledger Watch said in a statement"
            return Found(Subject([described_body]), "cue_after", f"'the {kind_of_body.group('noun')} X {match.group('cue').lower()}' after the quote")
        one_named = ONE_NAMED.match(who) if "named " in who or " called " in who else None
        ends_named = one_named is not None and (
            one_named.end() == len(who) or who[one_named.end()] == "," or FROM_PLACE_AFTER_NAME.match(who, one_named.end()) is not None
        )
        named_so = head_of(one_named.group("name")) if one_named and ends_named else None
        if named_so is not None and named_so.kind == "person":  # "“…,” a volunteer named Sara, who asked …, told me"
            return Found(Subject([named_so]), "cue_after", f"'a … named X {match.group('cue').lower()}' after the quote")
        kin = KIN_BEFORE_NAME.fullmatch(who)
        relative = head_of(kin.group("name")) if kin else None
        if kin and relative is not None and relative.kind == "person":  # "“…,” his father Mohan Das told The Ledger"
            relative.role = relative.role or kin.group("kin")
            return Found(Subject([relative]), "cue_after", f"'a relative X {match.group('cue').lower()}' after the quote")
        if found and who[:1].islower() and described_in_role_words(who, found[0]):  # "“…”, top Ukrainian negotiator Rustem Umerov said"
            return Found(Subject(found[0]), "cue_after", f"'role words, X {match.group('cue').lower()}' after the quote")
        if found and who[:1].islower() and described_in_joined_role_words(who, found[0]):  # "former X engineer and Y inventor Z said"
            return Found(Subject(found[0]), "cue_after", f"'two roles, X {match.group('cue').lower()}' after the quote")
        office = OFFICE_OF_A_ROLE.fullmatch(who) if "office of the " in who else None
        if office is not None and (office_body := office_of_a_role(office)) is not None:  # "“…,” the X office of the Press Secretary said"
            return Found(Subject([office_body]), "cue_after", f"'the X office of the role {match.group('cue').lower()}' after the quote")
        person_office = OFFICE_OF_A_PERSON.fullmatch(who) if "office" in who and ("office of " in who or "s office" in who) else None
        if person_office is not None and (holder := office_of_a_person(person_office)) is not None:  # "“…,” the office of Governor X said"
            return Found(Subject([holder]), "cue_after", f"'the office of X {match.group('cue').lower()}' after the quote")
        spokesperson = BODYS_SPOKESPERSON.fullmatch(who)
        employer = spokespersons_body(spokesperson) if spokesperson else None
        if spokesperson and employer is not None:  # "“…,” an Intel spokesperson said": the company's
            return Found(Subject([employer]), "cue_after", f"'a X {spokesperson.group('role')} {match.group('cue').lower()}' after the quote")
        staff = STAFF_OF_A_BODY.fullmatch(who) if " at " in who or " from " in who else None
        firm = body_head(staff.group("body"), who[: staff.start("body")]) if staff else None
        if staff and firm is not None and firm.kind in ("organization", "outlet"):  # "“…,” analysts at Boston Consulting Group wrote"
            return Found(Subject([firm]), "cue_after", f"'{staff.group('role')} at X {match.group('cue').lower()}' after the quote")
        described_first = ROLE_THEN_APPOSED_NAME.fullmatch(who)
        named = head_of(described_first.group("name")) if described_first else None
        if named is not None and named.kind == "person" and " " in named.name:  # "one Renaissance executive, Sergey Bratukhin, wrote"
            return Found(Subject([named]), "cue_after", f"'a description, X, {match.group('cue').lower()}' after the quote")
        work = OUTLETS_WORK.fullmatch(who)
        author = head_of(work.group("who")) if work else None
        if work and author is not None and author.kind != "role":  # "“…,” a Vox headline explained": the outlet whose it is
            personal = author.kind == "person" and (work.group("work") == "post" or " " in author.name)  # "a Trump post"
            author = author if personal or author.kind == "organization" else Head(author.name, "", "outlet")
            return Found(Subject([author]), "cue_after", f"'a X {work.group('work').lower()} {match.group('cue').lower()}' after the quote")
        issued = ISSUERS_WORK.fullmatch(who)
        issuer = head_of(issued.group("who")) if issued else None
        one_word = issuer is not None and issuer.kind == "person" and " " not in issuer.name  # "the Corvane statement": a firm's
        if issued and issuer is not None and (issuer.kind in ("organization", "outlet", "state") or one_word):
            issuer = issuer if not one_word else Head(issuer.name, "", "organization")
            return Found(Subject([issuer]), "cue_after", f"'the X {issued.group('work')} {match.group('cue').lower()}' after the quote")
        owned = OWNED_WORK.fullmatch(who)
        owner = head_of(owned.group("who")) if owned and owned.group("who") else None
        if owned and owner is not None and owner.kind in ("person", "organization", "outlet", "state"):
            return Found(Subject([owner]), "cue_after", f"'X’s {owned.group('work')} {match.group('cue').lower()}' after the quote")
        if owned and owned.group("role") and ROLE_WORD.fullmatch(owned.group("role")) and owned.group("role") not in WRITINGS:
            noun = owned.group("role")  # "“…,” the ministry’s statement said": the ministry last named
            return Found(
                Subject([], role_noun=noun), "cue_after", f"'the {noun}’s {owned.group('work')} {match.group('cue').lower()}' after the quote"
            )
        body = LOWER_BODY_ALONE.fullmatch(who.removeprefix("the ").removeprefix("The "))
        lower_head = lower_body_head_of(body.group(0) if body else None)
        if lower_head is not None:  # "“…,” the US embassy said in a statement", "“…,” Russia’s foreign ministry said"
            return Found(
                Subject([lower_head]),
                "cue_after",
                f"'{match.group('cue').lower()}' after the quote",
                cue=match.group("cue").lower(),
            )
        spoken_for = spokesperson_for(who) if " for " in who else None
        if spoken_for is not None:  # "“…,” a spokesperson for the department wrote in an email"
            return Found(spoken_for, "cue_after", f"'a spokesperson for X {match.group('cue').lower()}' after the quote")
        staff_of = bodys_staff(who) if "’" in who or "'" in who else None
        if staff_of is not None:  # "“…,” Harbour Watch’s detention monitor wrote": the body's
            return Found(staff_of, "cue_after", f"'X’s staff {match.group('cue').lower()}' after the quote")
        if A_SPOKESPERSON.fullmatch(who):  # "A spokesperson for AMD said … “…,” a spokesperson said": the body's again
            return Found(Subject([], role_noun="spokesperson"), "cue_after", f"'a spokesperson {match.group('cue').lower()}'")
        epithet = EPITHET_NOUN.fullmatch(who) if who.startswith("the ") else None
        if epithet:  # "“…,” the young mother explained": an epithet for the person the passage is about, as 'she' would be
            noun = epithet.group("noun") or epithet.group("age")
            she_or_he = "she" if noun in FEMALE_PERSON_NOUNS else "he"  # an age says nothing of it: 'he', which a woman named last is too
            return Found(Subject([], pronoun=she_or_he, start=clause.end), "cue_after", f"'the … {noun} {match.group('cue').lower()}'")
        role = THE_ROLE_ALONE.fullmatch(who)
        role_word = (role.group("role") or (role.group("titled") or role.group("elected")).lower()) if role else ""
        qualified_force = role is not None and role_word == "force" and role.group("noun").split()[0].lower() not in ("force", "police")
        if role and role.group("noun").lower() in CONSORT_TITLES:  # "“…,” the first lady said": the spouse's title, as "the First Lady"
            noun = role.group("noun").lower()
            return Found(Subject([], role_noun=noun), "cue_after", f"'the {noun} {match.group('cue').lower()}'")
        if role and ROLE_WORD.fullmatch(role_word) and not qualified_force:  # "“…,” the president said", "the Ukrainian leader recalled"
            # ("the task force said", "the air force said": not the police force last named)
            capitalised = role.group("noun")[0].isupper() and not role.group("elected")
            another_office = role.group("noun").split()[0] in OTHER_OFFICE_WORDS  # "the deputy chairman": not the chairman's
            noun = role.group("noun").lower() if capitalised or another_office else role_word
            return Found(Subject([], role_noun=noun), "cue_after", f"'the {noun} {match.group('cue').lower()}'")
    as_put = as_x_put_it_after(clause)
    if as_put is not None:
        return as_put
    as_by = AS_NOTED_BY.match(after)
    if as_by:  # "“…”, as suggested by Gregory Nemyrin, the deputy chair …"; "as stressed by U.S. secretary of state Antony Blinken"
        subject = subject_of_phrase(after[as_by.end() :])
        head = subject.heads[0] if subject is not None and len(subject.heads) == 1 else head_after(after, as_by.end())
        if head is not None and head.kind != "role":
            return Found(Subject([head]), "cue_after", "'as noted by X' after the quote")
    return inverted_cue_after(clause)


def quoted_as_saying_before(before: str, cues: list[re.Match[str]]) -> tuple[str, re.Match[str]] | None:
    """The outlet's verb (in lower case) and "him as saying", "the mayor as saying" after it, where the text before a
    quote ends with them ("The Harbour Post quoted him as saying: "); None for another clause."""
    for cue in reversed(cues):
        verb = cue.group(1)
        if base_of(verb) in RELAYED_BY_VERBS:
            quoted = QUOTED_AS_SAYING.match(before, cue.end())
            return (verb.lower(), quoted) if quoted is not None and not before[quoted.end() :].strip(" ,:") else None
    return None


def one_quoted_as_saying(quoted: re.Match[str], verb: str, pronoun_start: int, sieve: str = "cue_after") -> Found | None:
    """The one an outlet "reported him as saying" or "quoted X as saying" after a quote (or before it, with the sieve
    "cue_before"): the pronoun's, the person's or the role's holder's words; None where the text does not name them
    ("quoted a source as saying", "reported the harbour master as saying": no role the engine knows), never the outlet."""
    detail = f"'X {verb} Y as saying' {'after' if sieve == 'cue_after' else 'before'} the quote: Y's"
    if quoted.group("pronoun"):
        pronoun = {"him": "he", "her": "she", "them": "they"}[quoted.group("pronoun")]
        return Found(Subject([], pronoun=pronoun, start=pronoun_start, relayed=sieve == "cue_before"), sieve, detail)
    if quoted.group("role"):
        role = quoted.group("role").split()[-1]
        return Found(Subject([], role_noun=role), sieve, detail) if ROLE_WORD.fullmatch(role) else None
    head = head_of(quoted.group("who")) if quoted.group("who") else None
    return Found(Subject([head]), sieve, detail) if head is not None and head.kind != "role" else None


def cue_then_manner(after: str) -> re.Match[str] | None:
    """ "said, with a worried voice, " after a quote: the verb and its manner phrase, the speaker next; None where the
    text after the quote opens otherwise (its comma right after the verb is the gate)."""
    verb_end = after.find(",", 1, 24)
    return INVERTED_CUE_MANNER.match(after) if verb_end > 0 and after[verb_end + 1 : verb_end + 2] == " " else None


def spokespersons_body(spokesperson: re.Match[str]) -> Head | None:
    """The body a spokesperson speaks for, named before the role ("an Intel spokesperson", "a Varnholt spokesman"): a
    name no list knows, which head_of reads as a person's, is taken for the body's; not a person's full name ("a Tom
    Hale spokesman": his own), nor a party's adjective ("a Democratic spokesman": the party's unnamed one)."""
    employer = head_of(spokesperson.group("who"))
    if employer is None or employer.kind == "role" or PARTY_WORDS.intersection(employer.name.split()):
        return None
    if employer.kind in ("organization", "outlet", "state"):
        return employer
    if " " in employer.name and listed_given_name(employer.name.split()[0]):
        return None
    return Head(employer.name, "", "organization", body_unless_surname=" " not in employer.name)


# "“We expect forty ships,” shared Ms. Lind.": "shared" inverted after a quotation, as press releases write it (not "shared
# the photo", nor "shared that", read as cues of their own)
INVERTED_SHARED = re.compile(r"^[\s,]*shared\s+(?=[A-Z])")


def inverted_cue_after(clause: Clause) -> Found | None:
    """`"…," said X`, `"…" toward China, observed X`: a cue right after the quote (or its object), then the speaker."""
    after = clause.masked[clause.end :]
    inverted = INVERTED_CUE.match(after) or INVERTED_AFTER_OBJECT.match(after) or cue_then_manner(after)
    if inverted is None and after.lstrip(" ,").startswith("shared "):
        shared = INVERTED_SHARED.match(after)  # "“…,” shared Ms. Lind.": a press release's verb, before a person only
        shared_by = head_after(after, shared.end()) if shared else None
        if shared_by is not None and shared_by.kind == "person":
            return Found(Subject([shared_by]), "cue_after", "'shared X' after the quote", cue="shared")
    inverted_weak = inverted is not None and is_weak(inverted.group("cue"))
    if inverted and (not inverted_weak or base_of(inverted.group("cue")) in INVERTING_WEAK) and not is_participle(inverted.group("cue")):
        head = head_after(after, inverted.end())
        if inverted_weak and (head is None or head.kind != "person"):
            return None  # "“…,” observed X" names a person who observes; not "observed the ministry"
        spoken_for = spokesperson_for(after, inverted.end()) if "spokes" in after else None
        if spoken_for is not None:  # "“…,” said a spokeswoman for the Harbour Board."
            return Found(
                spoken_for, "cue_after", f"'{inverted.group('cue').lower()} a spokesperson for X' after the quote", cue=inverted.group("cue").lower()
            )
        phrase = PHRASE_REST.match(after, inverted.end()) if "’" in after or "'" in after else None
        staff_of = bodys_staff(phrase.group().strip()) if phrase else None
        if staff_of is not None:  # "“…,” wrote Harbour Watch’s detention monitor."
            return Found(staff_of, "cue_after", f"'{inverted.group('cue').lower()} X’s staff' after the quote", cue=inverted.group("cue").lower())
        spokesperson = BODYS_SPOKESPERSON.match(after, inverted.end()) if head is None and "spokes" in after else None
        unnamed_spokesperson = (
            spokesperson is not None
            and spokesperson.group("role").startswith("spokes")
            and UNNAMED_ROLE_END.match(after, spokesperson.end()) is not None
        )
        employer = spokespersons_body(spokesperson) if spokesperson is not None and unnamed_spokesperson else None  # not "a Texas representative"
        if spokesperson is not None and employer is not None:  # "“…,” said a Varnholt spokesman.": as "a Varnholt spokesman said"
            return Found(
                Subject([employer]),
                "cue_after",
                f"'{inverted.group('cue').lower()} a X {spokesperson.group('role')}' after the quote",
                cue=inverted.group("cue").lower(),
            )
        if head is not None and UNNAMED_AFTER.match(after, inverted.end()):
            if head.kind in ("organization", "outlet") and BODYS_SPOKESPERSON.match(after, inverted.end()):
                return Found(
                    Subject([head]),
                    "cue_after",
                    f"'{inverted.group('cue').lower()} a X spokesperson' after the quote",
                    cue=inverted.group("cue").lower(),
                )
            return None  # "said a former White House official": an unnamed source, not the White House
        if head is not None:
            partner = joint_partner_after(after, inverted.end(), head) if " and " in after else None
            if partner is not None:  # "“…,” said Maren Ostby and Tomas Velde.": a joint statement, theirs both
                return Found(
                    Subject([head, partner]),
                    "cue_after",
                    f"'{inverted.group('cue').lower()} X and Y' after the quote",
                    cue=inverted.group("cue").lower(),
                )
            return Found(Subject([head]), "cue_after", f"'{inverted.group('cue').lower()} X' after the quote", cue=inverted.group("cue").lower())
        joined = joined_roles_after(after, inverted.end()) if " and " in after else None
        if joined is not None:  # "“…,” said river warden and lock keeper Ansel Tod.": the one named after both roles
            return Found(
                Subject([joined]), "cue_after", f"'{inverted.group('cue').lower()} two roles, X' after the quote", cue=inverted.group("cue").lower()
            )
        described = DESCRIBED_PERSON.match(after, inverted.end())
        if described:  # "“…,” says the woman who is in her late 20s": the woman the passage is about
            pronoun = "she" if described.group("noun") in FEMALE_PERSON_NOUNS else "he"
            return Found(
                Subject([], pronoun=pronoun, start=clause.end),
                "cue_after",
                f"'{inverted.group('cue').lower()} the {described.group('noun')} who'",
                cue=inverted.group("cue").lower(),
            )
        aged = AGED_PERSON.match(after, inverted.end()) if "-year-old" in after else None
        if aged:  # "“…,” said the 80-year-old.": the person the passage is about
            return Found(
                Subject([], pronoun="he", start=clause.end),
                "cue_after",
                f"'{inverted.group('cue').lower()} the …-year-old'",
                cue=inverted.group("cue").lower(),
            )
        epithet = EPITHET_NOUN.match(after, inverted.end()) if after.startswith("the ", inverted.end()) else None
        if epithet and epithet.group("noun") and EPITHET_END.match(after, epithet.end()):  # "“…,” said the young mother.": she, as after the quote
            pronoun = "she" if epithet.group("noun") in FEMALE_PERSON_NOUNS else "he"
            return Found(
                Subject([], pronoun=pronoun, start=clause.end),
                "cue_after",
                f"'{inverted.group('cue').lower()} the … {epithet.group('noun')}'",
                cue=inverted.group("cue").lower(),
            )
        resident = resident_epithet(after, inverted.end()) if after.startswith("the ", inverted.end()) else None
        if resident is not None:  # "“…,” said the Corrow Lane renter.": the one the passage is about, of either sex
            return Found(
                Subject([], role_noun=resident, start=clause.end),
                "cue_after",
                f"'{inverted.group('cue').lower()} the {resident}'",
                cue=inverted.group("cue").lower(),
            )
        one_named = ONE_NAMED.match(after, inverted.end())
        named_so = head_of(one_named.group("name")) if one_named else None
        if named_so is not None and named_so.kind == "person":  # "“…,” said a volunteer named Sara Conti"
            return Found(
                Subject([named_so]), "cue_after", f"'{inverted.group('cue').lower()} a … named X' after the quote", cue=inverted.group("cue").lower()
            )
        apposed = ROLE_THEN_APPOSED_NAME.match(after, inverted.end())
        named = head_of(apposed.group("name"), after[: apposed.start("name")]) if apposed else None
        if named is not None and named.kind == "person" and " " in named.name:  # "“…,” says the Mayor of Kharkiv, Ihor Terekhov, …"
            return Found(
                Subject([named]), "cue_after", f"'{inverted.group('cue').lower()} the role, X' after the quote", cue=inverted.group("cue").lower()
            )
        kin = KIN_APPOSED_GIVEN_NAME.match(after, inverted.end())
        if kin and fold(kin.group("name")) not in STATE_NAMES:  # not "said his son, Kenya": a place
            return Found(
                Subject([Head(kin.group("name"), kin.group("kin"), "person")]),
                "cue_after",
                f"'{inverted.group('cue').lower()} a relative, X' after the quote",
                cue=inverted.group("cue").lower(),
            )
        role = THE_ROLE.match(after[inverted.end() :])
        if not (role and ROLE_WORD.fullmatch(role.group("role"))):
            role = THE_QUALIFIED_ROLE.match(after[inverted.end() :])  # "said the conservative MP"
        if role and ROLE_WORD.fullmatch(role.group("role")):
            return Found(
                Subject([], role_noun=role.group("role")),
                "cue_after",
                f"'{inverted.group('cue').lower()} the {role.group('role')}'",
                cue=inverted.group("cue").lower(),
            )
    return None


# after the first speaker of an inverted cue: an optional lower-case apposition closed by a comma, then "and" and a second
# name that ends the phrase ("said Maren Ostby, the president, and Tomas Velde, the director."); not "and director of …"
JOINT_PARTNER = re.compile(
    r"(?:,(?P<apposition>[^,.;:]{1,80}),)?\s+and\s+(?P<name>" + CHUNK.pattern + r")(?=\s*(?:[,.;]|$)|\s+(?:in|on)\s+(?:a|an|the|their)\s)"
)


def joint_partner_after(after: str, start: int, first: Head) -> Head | None:
    """The second person of "said X and Y" after an inverted cue, where both are people named in full."""
    if first.kind != "person" or " " not in first.name:
        return None
    at = after.find(first.name, start, start + 80)
    if at < 0:
        return None
    joined = JOINT_PARTNER.match(after, at + len(first.name))
    if joined is None:
        return None
    apposition = joined.group("apposition")
    if apposition is not None and (apposition.strip()[:1].isupper() and not any(word.islower() for word in apposition.split())):
        return None  # "said Ana Ruiz, Bo Lind, and Cy Moss": a list of three, not an apposition
    partner = head_of(joined.group("name"), after[: joined.start("name")])
    if partner is None or partner.kind != "person" or " " not in partner.name or partner.name == first.name:
        return None
    return partner


# the parts of a body before its name, opening the sentence ("Three branches of the Harbour Party issued statements:"):
# the body speaks through them (names.BODY_PARTS)
BODY_PARTS_OPENING = re.compile(r"(?:[A-Za-z]+\s+){0,2}(?:[Bb]ranches|[Cc]hapters)\s+of")


def colon_line(clause: Clause) -> Found | None:
    """`Kayhan: "…"`, `• Outlet reports: "…"`: a name, then a colon, then the quote."""
    before = clause.masked[: clause.start].rstrip()
    if not before.endswith(":"):
        return None
    phrase = DATE_LABEL.sub("", before[:-1].strip(" •-–*"))  # "• October 26: Iranian President Ebrahim Raisi:"
    kicker = DIGEST_KICKER.match(phrase)
    if kicker:  # a newsletter's item: "CHINA CHIPS — Bloomberg:", "HOLIDAY DISCOUNTS — WaPo’s Abha Bhattarai:"
        phrase = phrase[kicker.end() :]
        byline = OUTLET_BYLINE.fullmatch(phrase)
        if byline:  # the outlet whose reporters wrote the story the newsletter quotes
            return Found(Subject([Head(byline.group("outlet"), "", "outlet")]), "colon_line", "an outlet's reporters after a newsletter's kicker")
    account = POSSESSED_ACCOUNT.search(phrase) if "as follows" in phrase or " thus" in phrase else None
    if account:  # "Mr Reed’s evidence as to his dealings with ministers is as follows:": the witness's words
        head = head_of(account.group("who"), phrase[: account.start("who")])
        if head is not None and head.kind in ("person", "organization"):
            return Found(Subject([head]), "colon_line", "'X’s evidence … is as follows:'")
    if not phrase or len(phrase.split()) > NAME_LINE_WORDS or CUE.search(phrase):
        return None
    if phrase.endswith("ing") and " " not in phrase and CUE.fullmatch(phrase.lower()):
        return None  # "Adding: “…”", "Noting:": a participle of saying, no name (the sentence goes on with the one before)
    own_words = OWN_WORDS.search(phrase)
    if own_words:  # "Her words:", "In his own words:": the person spoken of last
        pronoun = own_words.group("possessive").lower()
        return Found(Subject([], pronoun="she" if pronoun == "her" else "he"), "colon_line", f"'{own_words.group(0).strip()}:' before the quote")
    sent_from = SENT_FROM.match(phrase) if "rom " in phrase else None
    if sent_from:  # "A statement from the Office of the Mayor: “…”", "Finally, some sense from Jo Park, chair of …:": their words
        sender = CHUNK.match(phrase, sent_from.end())
        sender = sender if sender is not None and (sender.end() == len(phrase) or DESCRIBED.fullmatch(phrase, sender.end())) else None
        head = head_of(sender.group(0), phrase[: sent_from.end()]) if sender else None
        office = sender.group(0) if sender and sender.group(0).startswith("Office of ") else ""
        if head is not None and head.kind == "person" and office.endswith(" " + head.name):
            head = Head(office[: -len(head.name)].rstrip(" ,"), "", "organization")  # "the Office of the Mayor Ana Cruz": the office's
        if head is not None and head.kind in ("person", "organization"):
            return Found(Subject([head]), "colon_line", "'a statement from X:' before the quote")
    inverted = INVERTED_OPENING.match(phrase)
    if inverted:  # "Said Kowal: “…”", "Added Sam Kowal, a consultant: “…”": the cue first, then the speaker
        name = CHUNK.match(phrase, inverted.end())
        head = head_of(name.group(0)) if name and (name.end() == len(phrase) or phrase[name.end()] == ",") else None
        if head is not None and head.kind in ("person", "organization", "outlet"):
            return Found(Subject([head]), "colon_line", f"'{inverted.group('cue')} X:' opening the sentence", cue=inverted.group("cue"))
    found = _last_heads(phrase, allow_governed=False) if len(phrase.split()) <= 14 else None
    if found and (found[1] <= 3 or _only_titles(phrase[: found[1]])):  # "Chairman, Senate Judiciary Committee, Senator Dick Durbin:"
        return Found(Subject(found[0]), "colon_line", "a name line before the quote")
    first = CHUNK.match(phrase)
    described = DESCRIBED.match(phrase, first.end()) if first else None
    head = head_of(first.group(0)) if first and described else None
    if head is not None and head.kind == "person" and " " in head.name and not CLAUSE_WORDS.search(phrase):  # "Richard Haas, former President of …:"
        return Found(Subject([head]), "colon_line", "a name line, the name first, before the quote")
    return None


NAME_LINE_WORDS = 40
OWN_WORDS = re.compile(r"(?:^|[.;]\s+|^In\s+|[.;]\s+In\s+)(?P<possessive>[Hh]is|[Hh]er)\s+(?:own\s+)?words(?:\s+were)?$")
# an inquiry's or a court's "X’s evidence (as to …) is as follows:" before the witness's words, set as a block quote
POSSESSED_ACCOUNT = re.compile(
    r"(?P<who>" + CHUNK.pattern + r")[’']s\s+(?:own\s+|written\s+|oral\s+)?(?:evidence|testimony|account|statement|submission|recollection"
    r"|explanation)\b[^.;:!?]{0,120}?\s(?:is|was|reads|read|ran|runs)\s+(?:as\s+follows|thus)$"
)
# US news's inverted opening before a colon: the verb, then the speaker named ("Said Kowal:", "Added Sam Kowal, a consultant:")
INVERTED_OPENING = re.compile(
    r"(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Explained|Noted|Recalled|Concluded|Continued|Countered|Replied|Argued|Warned"
    r"|Insisted|Quipped|Observed|Offered|Tweeted|Declared)\s+(?=[A-Z])"
)
SHARE_OF_A_GROUP = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|most|many|some|half|a\s+(?:majority|third|quarter|minority)|two-thirds|one\s+in\s+\w+)"
    r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:respondents|those\s+(?:surveyed|polled|asked)|participants|interviewees)\s+(?:\w+ly\s+)?$",
    re.I,
)
DASH_ASIDE_IN_NAME = re.compile(r"\s+[–—]\s+[^–—,]{1,80}?\s+[–—](?=\s|$)")  # "Kolo – not his real name – who …"
# the speaker's mood or manner in lower-case words between an article and the name, as wire and newspaper copy sets it
# after a quote ("a visibly tired Ms. Orlenka", "an exasperated Mr. Dalvik", "a smiling Ingrid Tamsberg"); the name must
# end the words: "a visibly tired official", "a visibly angry crowd" name nobody, nor does "a prominent monk in Sittwe" (a
# place after a preposition) or "a man called X" (the name's the man's, read by ONE_NAMED); one word for the mood after
# any -ly adverbs, so "a lawyer representing X", "a book about X" (a noun, then a word governing the name) name nobody
MOOD_THEN_NAME = re.compile(
    r"an?\s+(?:[a-z]+ly\s+){0,2}(?!(?:in|at|of|from|for|with|near|on|to|by|named|called|and|or)\s)[a-z][\w-]*\s+(?P<name>" + CHUNK.pattern + r")"
)
# the same with a participle for the mood, which the cue finder would take for the verb ("a smiling Ingrid Tamsberg said")
ARTICLE_OPENINGS = (" a ", " an ", ", a ", ", an ")  # a gate: how the text after a quote opens on an article
MOOD_PARTICIPLE_THEN_NAME = re.compile(
    r"[\s,]*an?\s+(?:[a-z]+ly\s+)?[a-z]+ing\s+(?P<name>" + CHUNK.pattern + r")\s+(?:[a-z]+ly\s+)?(?P<cue>" + CUE.pattern + r")"
)
SPACED_HYPHEN_ASIDE_IN_NAME = re.compile(spaced_dash_aside(",", 80) + r"(?=\s|$)")  # the same between hyphens spaced as dashes
NAME_THEN_DESCRIPTION = re.compile(  # "Mary Okpik, a resident of St. Lawrence Island, in Alaska,": a title's stop is no end
    r"(?:[Tt]he\s+)?(?P<name>" + CHUNK.pattern + r"),\s+(?:an?|the|its|one)\s+(?:" + DOTTED_LETTERS + r"|" + TITLE_ABBREVIATION_TRIE + r"|[^.;:])*"
)
DIGEST_KICKER = re.compile(r"^(?=[^a-z]*[A-Z]{2})[A-Z0-9][^a-z—–:]*?\s+[—–]\s+")
OUTLET_BYLINE = re.compile(
    r"(?P<outlet>" + CHUNK.pattern + r")[’']s\s+" + CHUNK.pattern + r"(?:,\s+" + CHUNK.pattern + r")*(?:,?\s+and\s+" + CHUNK.pattern + r")?"
)
COLON_CLAUSE_WORDS = 25
THE_END = re.compile(r"\b[Tt]he$")
BY_AGENT_COLON = re.compile(
    r"\b(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)*(?:and\s+\w+ly\s+)?(?P<verb>supported|echoed|endorsed|backed|seconded|shared"
    r"|confirmed|summed up|put|debunked|refuted|rebutted|rejected|denied|dismissed|disputed|contradicted|countered|critici[sz]ed|condemned)"
    r"\s+by\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")(?:,[^,:;]{1,100}|\s+(?:in|on|at|during)\s+[^,:;]{1,50})?:$"
)  # "The lie was immediately and summarily debunked by the Trump Administration: “…”": the rebuttal is the agent's
ROLE_OPENS = re.compile(r"(?:[A-Z][\w ]{0,40},\s+)?[Tt]he\s+(?P<role>[a-z]+)\s+(?:(?:has|have|had|also|\w+ly)\s+)*[a-z]+(?:ed|s)\b")
DATE_AT_END = re.compile(r"\s*\b(?:on\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+day)$")
DATE_LABEL = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)\s*:\s*")
CLAUSE_WORDS = re.compile(
    r"\b(?:who|whom|which|that|is|was|were|are|has|have|had|will|would|did|does|he|she|they|it|we|I)\b"
)  # a sentence, not a name line
DESCRIBED = re.compile(r",\s+(?:[^:;.!?]|(?<=\b[A-Z])\.)+$")  # the rest of a name line: a description with no stop in it ("U.S." is none)


def _only_titles(text: str) -> bool:
    """'Chairman, Senate Judiciary Committee, ': offices and bodies only, each part a name chunk."""
    parts = [part.strip() for part in text.split(",")]
    if parts and not parts[-1]:
        parts.pop()
    return bool(parts) and all(CHUNK.fullmatch(part) and (head := head_of(part)) is not None and head.kind != "person" for part in parts)


VIEW_NOUNS = r"(?:view|opinion|words|assessment|appraisal|estimation|judgment|judgement|analysis|telling|reading|version|account|perspective|point of view|standpoint)"
IN_VIEW_OF = re.compile(r"[Ii](?<!\w[Ii])n\s+the\s+" + VIEW_NOUNS + r"\s+of\s+")
POSSESSIVE_CUE = re.compile(
    r"(?P<who>"
    + CHUNK.pattern
    + r")[’']s?\s+(?:[a-z]+\s+){0,2}(?P<noun>comments|remarks|statements?|words|warnings?|claims?|assertions?|suggestions?|pledges?|promises?|"
    r"insistence|calls?|declarations?|speech|vows?|threats?)\s+(?:[^.;:]{0,80}?\s)?that\s+[^.;:]{0,160}$"
)
REQUEST_NOUNS = "request|demand|call|appeal"  # what someone asks for, the quote what was asked
POSSESSIVE_REQUEST = re.compile(r"(?P<who>" + CHUNK.pattern + r")[’']s?\s+(?:[a-z]+\s+)?(?P<noun>(?:" + REQUEST_NOUNS + r")s?|proposal)\s+for\s+$")


# "its prior demand for the military to “…”", "their call for “…”": a request by the one the pronoun means, the quote what
# it asked for (of someone named after "for", "to" then the words)
PRONOUN_REQUEST = re.compile(
    r"\b(?P<owner>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?P<noun>" + REQUEST_NOUNS + r"|plea)s?\s+for\s+"
    r"(?:(?:the\s+|all\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+to\s+)?$"
)


def pronoun_request(before: str) -> re.Match[str] | None:
    """A pronoun's request, demand or call that the quote is what it was for ("its demand for the military to “…”")."""
    ending = before[-16:].rstrip()  # the tail only: the whole text would be copied on every call
    if not before[-1:].isspace() or not ending.endswith((" for", " to")):
        return None
    return PRONOUN_REQUEST.search(before, max(0, len(before) - 120))


LETTER_WORD_AT = re.compile(r"[a-z][A-Za-z’'-]*")  # the next word in lower case: the verb after a name, or an adverb before it


def work_subject_of_main_verb(before: str) -> Subject | None:
    """The outlet or body whose work ("an editorial in X", "commentaries in X") is the subject of the clause's verb, a
    name governed by 'in' that clause_subject passes over."""
    for match in reversed(chunks(before)):
        if verb_follows(before[match.end() :]):
            verb = LETTER_WORD_AT.search(before, match.end())
            subject = subject_before(before, verb.start()) if verb else None
            if subject is not None and len(subject.heads) == 1 and subject.heads[0].kind in ("outlet", "organization"):
                return subject if subject.heads[0].role else None
    return None


# a quotation opening with a verb is the predicate of the claim a that-clause with a verb of its own spells out: "Marsh said
# Serrat's claim that Britain is arming the islands “is completely untrue”" (not "Putin's claim that NATO “is expanding”")
PREDICATE_OPENING = re.compile(r"(?:is|are|was|were|has|have|had|remains|remained|would|will|could|can|amounts|amounted)\b")
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|did|does)\b|\b[a-z]{3,}ed\b")


def answered_claim(clause: Clause, quote: str) -> Found | None:
    """The one who judges another's claim in a quoted predicate: the cue before the claim's owner names the speaker."""
    if not PREDICATE_OPENING.match(quote):
        return None
    before = clause.masked[: clause.start]
    claim = POSSESSIVE_CUE.search(before) if "that" in before else None
    if claim is None:
        return None
    that = before.find("that", claim.end("noun"))
    if that < 0 or not FINITE_VERB.search(before, that + 4):
        return None
    lead = before[: claim.start("who")].rstrip()
    if not lead or not CUE.search(lead):
        return None
    return cue_before(Clause(lead + " \u201c\u201d", len(lead) + 1, len(lead) + 3))


def subject_of_quoted_predicate(clause: Clause, quote: str, found: Found) -> bool:
    """Whether the name an inverted cue found ("stated X") stands right before a quotation opening with a verb, the
    predicate the name is the subject of ("The board's report stated Marrow “is unlikely to reopen”", "the report said
    Moscow “is preparing …”"): the name is what the words are about, never who speaks them."""
    if not found.detail.endswith("(inverted)") or not found.subject.heads or not PREDICATE_OPENING.match(quote):
        return False
    before = clause.masked[: clause.start].rstrip()
    return before.endswith(found.subject.heads[-1].name) and not before.endswith(("”", '"', ","))


def possessive_request(before: str) -> re.Match[str] | None:
    """A named possessor's request, demand or call that the quote is what it was for ("the Pentagon's request for “…”")."""
    # every match ends with "for" and a space: the pattern, tried from each name in the text, only where the text does
    ends_with_for = before[-1:].isspace() and before.rstrip().endswith("for")
    return POSSESSIVE_REQUEST.search(before) if ends_with_for else None


POSSESSIVE_STATEMENT_REACH = 200  # a name, its noun, a qualifier of at most 80 characters and "that"
POSSESSED_CONTENT_QUALIFIER = 40  # "Jane Roe’s claim in May that": a short qualifier, no clause of its own


def possessive_statement_quoted(before: str) -> bool:
    """The quote is the whole content of a named possessor's statement ("in reply to Ann Lowe’s statement that “…”"):
    the possessor's words, whoever the clause's verb after the quote names."""
    if not before[-1:].isspace() or not before.rstrip().endswith(" that") or ("’" not in before and "'" not in before):
        return False
    said = POSSESSIVE_CUE.search(before, max(0, len(before) - POSSESSIVE_STATEMENT_REACH))
    if said is None or " that " in before[said.end("noun") : -5]:
        return False  # "Ann Lowe’s claim that the port is closing is so wrong that “…”": the content comes before the quote
    qualifier = before[said.end("noun") : -5]
    if len(qualifier) > POSSESSED_CONTENT_QUALIFIER or "," in qualifier or CUE.search(qualifier):
        return False  # "After Ann Lowe’s remarks in May, critics insisted that “…”": a rebuttal's own clause, not the remarks' content
    head = head_of(said.group("who"))
    return head is not None and head.kind != "role"


# "the suggestion in the Global Times editorial that “…”", "the claim by Marta Kovacs that “…”"
NOUN_BY_CUE = re.compile(
    r"\b[Tt]he\s+(?P<noun>claim|suggestion|assertion|warning|argument|statement|insistence|declaration|promise|pledge|threat)\s+"
    r"(?:by|in|of)\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")(?:\s+(?:editorial|article|report|column|commentary))?\s+that\s+[^.;:]{0,160}$"
)
IN_PRONOUN_VIEW = re.compile(r"[Ii](?<!\w[Ii])n\s+(his|her|their)\s+(?:own\s+)?" + VIEW_NOUNS + r"\b")
# a reported that-clause about a named person ("… saying that Lio Sarne was caught"): its "in his words" is the sayer's
SAID_THAT_NAMED = re.compile(
    r"\b(?:saying|said|says|claiming|claimed|alleging|alleged|accusing)\s+that\s+(?:[A-Z][\w’'.-]+\s+){1,3}(?:was|were|is|are|had|has)\b"
)
IN_ROLE_VIEW = re.compile(r"[Ii](?<!\w[Ii])n\s+the\s+(?P<role>[a-z]+)[’']s\s+(?:own\s+)?" + VIEW_NOUNS + r"\b")
IN_POSSESSIVE_VIEW = re.compile(  # "In Otto Brandt’s words", "in the jurist Hersch Lauterpacht’s words": a role in lower case before the name
    r"(?:[Ii](?<!\w[Ii])n|[Ff](?<!\w[Ff])rom)\s+(?:the\s+(?:late\s+)?[a-z]+\s+)?(?P<who>"
    + CHUNK.pattern
    + r")[’']s?\s+(?:own\s+)?"
    + VIEW_NOUNS
    + r"\b"
)


# the subject opening a sentence, after a linking word: "She also passed …", "But Tomas Brel removed …"
OPENING_SUBJECT = re.compile(r"\s*(?:(?:But|And|So|Yet|Then|Later|Still)\s*,?\s+)?(?:(?P<pronoun>He|She|They)\b|(?P<name>" + CHUNK.pattern + r"))")
RELATIVE_BETWEEN = re.compile(r",\s+(?:who|whom|whose)\b")  # "… Karl Benn, who had, in his words, …": the relative's own subject


def owner_of_view(masked: str, at: int, who: str) -> Subject:
    """Whose "in his words" or "in her view": the sentence's subject, where it opens the sentence and the pronoun may mean
    it ("She censured the auditor, Mrs Hanna Lott, since, in her words, “…”": not the auditor, named nearer); else
    whom the pronoun means where it stands."""
    opening = OPENING_SUBJECT.match(masked, 0, at)
    if opening is None or RELATIVE_BETWEEN.search(masked, opening.end(), at):
        return Subject([], pronoun=who, start=at)
    if opening.group("pronoun"):
        same = opening.group("pronoun").lower() == who
        return Subject([], pronoun=who, start=opening.start("pronoun") if same else at)
    head = head_of(opening.group("name"))
    if head is None or head.kind != "person" or not verb_follows(masked[opening.end() : at]):
        return Subject([], pronoun=who, start=at)
    sex = _sex_of_name(head)
    between = masked[opening.end() : at]
    if sex == "" and any(_sex_of_name(other) == who for other in _people_in(between)):
        sex = "unknown"  # "Tomas Brel removed the treasurer, Hanna Lott, because, in her words": her, whose name tells
    return Subject([head]) if sex in ("", who) else Subject([], pronoun=who, start=at)


def _people_in(text: str) -> list[Head]:
    return [head for chunk in chunks(text) if (head := head_of(chunk.text, text[: chunk.begin])) is not None and head.kind == "person"]


def _sex_of_name(head: Head) -> str:
    """ "he" or "she" where a title or a given name tells ("Mrs Hanna Lott", "Tomas Brel"), else ""."""
    words = fold(head.name).split()
    title = fold(head.role).rstrip(".").split()[-1:] or ([words[0].rstrip(".")] if words else [])
    if title and title[0] in ("mrs", "ms", "miss", "madam", "dame", "lady"):
        return "she"
    if title and title[0] in ("mr", "sir", "lord"):
        return "he"
    if len(words) < 2:
        return ""
    return {"female": "she", "male": "he"}.get(given_name_sex(head.name.split()[0]) or "", "")


MEMBER_OF_BODY = re.compile(
    r"\s*(?:an?|one|the)\s+(?:senior\s+|top\s+)?(?P<role>official|executive|spokesperson|spokesman|spokeswoman|representative)"
    r"\s+(?:at|for|from|of|with)\s+(?:the\s+)?(?P<body>" + CHUNK.pattern + r")(?=\s*[,;]|\s*$)"
)


def according_to_two_people(text: str) -> bool:
    """ "according to Mara Tiven and Olek Brandt": two people named in full as the source, so a quoted paragraph after the
    sentence is neither's for sure."""
    match = ACCORDING_TO.search(text) if " and " in text else None
    head = head_after(text, match.end()) if match else None
    return match is not None and head is not None and joint_partner_after(text, match.end(), head) is not None


def according_to(clause: Clause) -> Found | None:
    """`According to X, "…"`, `"…", according to X`, `In the view of X, "…"`, `In X's words, "…"`."""
    selon = SELON.finditer(clause.masked) if "elon " in clause.masked else ()
    for match in (*ACCORDING_TO.finditer(clause.masked), *selon):
        member = MEMBER_OF_BODY.match(clause.masked, match.end())
        body = head_of(member.group("body")) if member else None
        if member and body is not None and body.kind in ("organization", "outlet", "person"):  # "an executive at Broadcom"
            body = body if body.kind != "person" else Head(body.name, "", "organization")  # the firm's words
            return Found(Subject([body]), "according_to", f"according to a {member.group('role').lower()} at X")
        if UNNAMED_AFTER.match(clause.masked, match.end()):
            continue  # "according to one Telegram account associated with Wagner": nobody named
        pronoun = OBJECT_PRONOUN.match(clause.masked, match.end())
        if pronoun:  # "Ravi Mehta wrote a note. According to him, “…”": the one "him" means
            who = "she" if pronoun.group(1) == "her" else "he"
            return Found(Subject([], pronoun=who, start=match.start()), "according_to", f"according to {pronoun.group(1)}")
        head = paper_after_the(head_after(clause.masked, match.end()), clause.masked, match.end())  # "according to the Beacon"
        if head is None and (by := A_WORK_BY.match(clause.masked, match.end())):  # "according to a study by the X Institute"
            head = head_after(clause.masked, by.end())
            head = head if head is not None and head.kind != "role" else None
        if head is not None:
            return Found(Subject([head]), "according_to", "according to")
        head = issuer_of_work(clause.masked, match.end())  # "according to the Pentagon's 2026 strategy", "a 2025 DIA statement"
        if head is not None:
            return Found(Subject([head]), "according_to", WORK_OF_DETAIL)
        work = THE_WORK.match(clause.masked, match.end())
        if work:  # "EL WATAN reported that … According to the report, …": the outlet or body whose report it is
            return Found(Subject([], role_noun=work.group(1).lower()), "according_to", f"according to the {work.group(1).lower()}")
    for match in IN_VIEW_OF.finditer(clause.masked):
        head = head_after(clause.masked, match.end())
        if head is not None:
            return Found(Subject([head]), "according_to", "in the view of")
    pronoun = IN_PRONOUN_VIEW.search(clause.masked)
    if pronoun and " that " in clause.masked[: pronoun.start()] and SAID_THAT_NAMED.search(clause.masked, 0, pronoun.start()):
        return None  # "saying that Lio Sarne was caught in his words, quote, “…”": the sayer's words, not the one caught
    if pronoun and pronoun.group(1).lower() == "their":
        # "They also passed a vote … because, in their words, “…”": the people "They" means, where it opens the sentence
        owners = owner_of_view(clause.masked, pronoun.start(), "they")
        if owners.pronoun == "they" and owners.start != pronoun.start():
            return Found(owners, "according_to", "in their view")
        pronoun = None
    if pronoun:
        who = "she" if pronoun.group(1).lower() == "her" else "he"
        return Found(owner_of_view(clause.masked, pronoun.start(), who), "according_to", "in his view")
    # POSSESSIVE_CUE, IN_POSSESSIVE_VIEW and IN_ROLE_VIEW each need an apostrophe: a sentence without one is not scanned for them
    apostrophe = "’" in clause.masked or "'" in clause.masked
    before = clause.masked[: clause.start]
    said = POSSESSIVE_CUE.search(before) if apostrophe and "that" in before else None
    if said:  # "Biden's comments in September 2022 that … an “unprecedented attack”"
        head = head_of(said.group("who"))
        if head is not None and head.kind != "role":
            return Found(Subject([head]), "according_to", f"X's {said.group('noun')}")
    asked = possessive_request(before)
    if asked:  # "to deny the Pentagon's request for “full, unrestricted access”": the words of the one asking
        head = head_of(asked.group("who"), clause.masked[: asked.start("who")])
        if head is not None and head.kind != "role":
            return Found(Subject([head]), "according_to", f"X's {asked.group('noun')} for")
    owned = pronoun_request(before)
    if owned:  # "as well as its prior demand for the military to “exercise restraint”": the words of the one "its" means
        owner = owned.group("owner").lower()
        meant = OWNER_PRONOUNS[owner]
        return Found(Subject([], pronoun=meant, start=owned.start()), "according_to", f"{owner} {owned.group('noun')} for")
    noun_by = NOUN_BY_CUE.search(before) if "that" in before else None
    if noun_by:
        head = head_of(noun_by.group("who"), clause.masked[: noun_by.start("who")])
        if head is not None and head.kind in ("person", "organization", "outlet"):
            return Found(Subject([head]), "according_to", f"the {noun_by.group('noun')} by X")
    for match in IN_POSSESSIVE_VIEW.finditer(clause.masked) if apostrophe else ():
        head = head_of(match.group("who"))
        if head is not None:
            return Found(Subject([head]), "according_to", "in X's view")
    role_view = IN_ROLE_VIEW.search(clause.masked) if apostrophe else None
    if role_view and ROLE_WORD.fullmatch(role_view.group("role")):  # "In the church's words: “…”": the church last named
        return Found(Subject([], role_noun=role_view.group("role").lower()), "according_to", f"in the {role_view.group('role')}'s view")
    framed = FOR_PERSON_OPENING.fullmatch(before) if before.lstrip().startswith("For ") else None
    if framed and CLOSING_THE_SENTENCE.fullmatch(clause.masked, clause.end) and subject_before_its_predicate(framed.group("clause")):
        head = head_of(framed.group("who"), before[: framed.start("who")])
        if head is not None and head.kind == "person" and " " in head.name:
            return Found(Subject([head]), "according_to", "for X, … “…” (X's view, the clause ending on it)")
    example = STATEMENTS_SUCH_AS.search(before) if before.rstrip().endswith(("such as", "like")) else None  # as every match does
    if example:  # "Moscow has tried to exploit divisions through statements such as “…”": the subject's own statements
        subject = clause_subject(clause.masked[: example.start()])
        if subject and subject[0].kind != "role":
            return Found(Subject(subject), "according_to", "statements such as")
    return None


# "For Dena Marrow, a historian at Calder College, the closure “ends a century of craft.”": a sentence opening on
# "For" and a person (an apposition after the name), then a clause in lower case that ends the sentence on the quotation:
# the person's view in their words, as "In X's view, …" reads; not "For Ivo Castell, “civic calm” meant …" (the quotation
# the clause's subject, a term it is about) nor "For Ana Ruiz, who …," (a relative clause, no view of hers given)
FOR_PERSON_OPENING = re.compile(
    r"\s*For\s+(?P<who>" + CHUNK.pattern + r")(?:,\s+(?!wh)[a-z][^,.;:“”\"]{0,120})?,\s+(?P<clause>[a-z][^,.;:“”\"!?]{0,160})"
)
CLOSING_THE_SENTENCE = re.compile(r"[\s.!?]*")  # nothing but the sentence's end after the quotation
# the clause's subject alone, or with "is"/"was", before the quotation that is its predicate ("the closure “…”", "the
# answer is “…”"): a determiner and up to three words, none a verb's past ("coined") or present ("recognises")
SUBJECT_THEN_PREDICATE = re.compile(
    r"(?:this|that|these|those|the|his|her|their|its|such|one)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))"
    r"(?:\s+(?:is|was|are|were|remains|remained))?\s*"
)


def subject_before_its_predicate(words: str) -> bool:
    """Whether the lower-case clause between "For X," and the quotation is only the subject the quotation predicates (a
    view the person words): no verb of saying or naming, no other verb, and no outlet, body or person as the subject ("the
    newspaper coined …", "the award recognises …", "a spokesman said …", "fans chanted …" say whose the words are)."""
    found = SUBJECT_THEN_PREDICATE.fullmatch(words)
    if found is None or CUE.search(words):
        return False
    head = found.group("head")
    if head in ORGANIZATION_WORDS or head in PEOPLE_PLURALS or head in PERSON_SINGULARS or ROLE_WORD.fullmatch(head):
        return False
    # a word after the noun in -ed or -s is the clause's own verb ("the award recognises"), not the quotation's subject
    return not any(word.endswith(("ed", "s")) and not word.endswith("ss") for word in found.group("words").split()[1:])


STATEMENTS_SUCH_AS = re.compile(r"\b(?:statements|remarks|comments|claims|declarations|assertions|warnings|slogans)\s+(?:such as|like)\s*$")


# where the one the as-clause names writes ("As journalist Tom Hadley in the Northport Herald reported"), and when ("…
# reported in 2019,", "… indicated last year,", "… said on Monday,"); "indicated" is a cue here, where an as-clause of a
# person or body reports their words, though elsewhere only with its that-clause ("the data indicated a rise")
AS_X_WRITING_IN = r"(?:\s+(?:in|at|of|for)\s+(?:the\s+)?" + CHUNK.pattern + r")?"
AS_X_WHEN = (
    r"(?:\s+(?:in\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?)|last\s+(?:year|month|week)|on\s+[A-Z][a-z]+|earlier\s+this\s+(?:year|month|week)|recently))?"
)
AS_X_NOTES = re.compile(
    r"[Aa](?<!\w[Aa])s\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<who>"
    + CHUNK.pattern
    + r")(?:\s+(?P<body>government|administration|ministry))?"
    + AS_X_WRITING_IN
    + r"\s+(?:has\s+|had\s+)?(?P<cue>puts?\s+it|indicated|indicates|"
    + CUE.pattern[3:-3]
    + r")\b"
    + AS_X_WHEN
    + r"\s*,"
)  # "as Weitz notes,", "as the UK government puts it,", "As journalist Tom Hadley in the Northport Herald reported in 2019,"
AS_HE_PUTS_IT = re.compile(
    r"[Aa](?<!\w[Aa])s\s+(he|she|they)\s+(?:has\s+)?(?:puts?\s+it|says|said|noted|notes|wrote|writes|argued|argues|called\s+it)\s*,"
)
AS_NOTED_BY = re.compile(
    r"[\s,]*\b[Aa]s\s+(?:\w+\s+)?(?:noted|stated|argued|observed|described|explained|said|reported|written|pointed out|put|suggested|"
    r"remarked|warned|claimed|recalled|stressed|emphasi[sz]ed|underscored|highlighted)\s+by\s+"
)
# where AS_NOTED_BY.search ends (all as_noted asks of it): its match from the "as" itself, which it reaches from the
# spaces and commas before it, written to start with the "as" (re skips to an "a")
AS_NOTED_BY_AS = re.compile(r"[Aa](?<!\w[Aa])s" + AS_NOTED_BY.pattern.removeprefix(r"[\s,]*\b[Aa]s"))
RELAYED_BY_AS = re.compile(r"[Aa]s\s+(?:\w+\s+)?(?:reported|quoted|cited)\s+by\s")
# how each of the three patterns as_noted tries starts: "as" and a space (most texts before a quote have none)
AS_THEN_SPACE = re.compile(r"[Aa](?<!\w[Aa])s\s")


def subject_of_phrase(text: str) -> Subject | None:
    """Who the phrase up to the text's next clause break names, read as the subject of a verb of saying after it
    ("U.S. secretary of state Antony Blinken" after "as stressed by")."""
    phrase = CLAUSE_PUNCTUATION.split(text, maxsplit=1)[0].strip()
    return subject_before(phrase + " said", len(phrase) + 1)


def as_noted(clause: Clause) -> Found | None:
    """`As Weitz notes, … “…”`, `As noted by the spokesperson of X, “…”`: the sentence stands on X's word."""
    before = clause.masked[: clause.start]
    if not AS_THEN_SPACE.search(before):
        return None
    match = AS_X_NOTES.search(before)
    if match:
        head = head_of(match.group("who"), before[: match.start("who")])
        if match.group("body"):
            head = body_head(f"{match.group('who')} {match.group('body')}", before[: match.start("who")])
        if head is not None and head.kind != "role" and not speaks_in_own_clause(before, match.end()):
            return Found(Subject([head]), "as_noted", f"'as X {match.group('cue').lower()}'")
    pronoun = AS_HE_PUTS_IT.search(before)
    if pronoun:  # "to transform China into, as he puts it, a “modern socialist nation.”"
        return Found(Subject([], pronoun=pronoun.group(1).lower(), start=pronoun.start(1)), "as_noted", "'as he puts it'")
    match = AS_NOTED_BY_AS.search(before)
    if match and RELAYED_BY_AS.match(before, match.start()) and governing(before[: match.start()]):
        return None  # "Marsk told reporters, as reported by the Courier, that “…”": the Courier relayed Marsk's words
    if match:
        subject = subject_of_phrase(before[match.end() :])
        if subject is not None and (subject.heads or subject.role_noun) and not speaks_in_own_clause(before, match.end()):
            return Found(subject, "as_noted", "'as noted by X'")
    return None


# the verbs of a clause that reports someone's words in its own right ("told Brandt that", "insisted that"), not a stance
# or an act described ("expressed support for", "believes")
REPORTING_VERBS = frozenset(
    "say tell add insist warn argue write declare state explain claim reply recall stress assert promise vow predict admit complain".split()
)


def reports_words(cue: str) -> bool:
    """Whether a cue is a finite verb that reports someone's words in its own right ("told Brandt that", "insisted"):
    not a stance or an act described ("believes", "expressed support for"), nor a participle ("noting …")."""
    return base_of(cue) in REPORTING_VERBS and not is_participle(cue)


def speaks_in_own_clause(before: str, as_end: int) -> bool:
    """ "As Marsh reported, the investor Lindqvist told Brandt that … a “…”": after the "as" clause, a clause of its own
    with a verb that reports words (not "believes", "expressed support for") governs the quote; the one who reported it
    only relays it."""
    comma = as_end - 1 if before[as_end - 1 : as_end] == "," else before.find(",", as_end)
    if comma < 0:
        return False
    cues = governing(before[comma + 1 :])
    if not cues or not reports_words(cues[-1].group(1)):
        return False
    gap = before[comma + 1 + cues[-1].end() :]
    return ", but " not in gap and ";" not in gap  # "NATO has expressed support …, but NATO “…”": the one noting it contrasts


EXCERPTS_FOLLOW = re.compile(
    r"\b(?:[Hh]ere|[Bb]elow)\s+(?:are|is)\s+(?:some\s+)?(?:[a-z]+\s+)?(?:excerpts|extracts)(?:\s+(?:from|of)\s+(?P<rest>[^:–—]+?))?\s*[:–—-]?\s*$"
)
MAIN_POINTS = re.compile(
    r"\b(?:the\s+)?following\s+(?:are|is|were|was)\s+(?:some\s+of\s+)?(?:the\s+)?(?:main\s+|key\s+|central\s+)?"
    r"(?:points|excerpts|highlights|parts|statements|remarks|comments|quotes)\s+(?:of|from)\s+(?P<rest>[^:]+?)\s*:?\s*$",
    re.I,
)
# its "rest" (all main_points asks of it), from a match that starts at "following" itself (a "the" before it changes no
# group), written to start with the word's first letter (re skips to an "f"; the look-behind is the "\b")
MAIN_POINTS_FOLLOWING = re.compile(r"[Ff](?<!\w[Ff])(?i:" + MAIN_POINTS.pattern.removeprefix(r"\b(?:the\s+)?f") + ")")
WORK_NOUN = re.compile(
    r"(?:'s|’s)?\s*\b(?P<noun>speech|article|editorial|statements?|remarks|interview|sermon|address|op-ed|column|post|letter|report|comments|words|tweets?)\s*$",
    re.I,
)


HIS_OR_HER = re.compile(r"\s*(?:his|her)\s*", re.I)
ITS_OR_NONE = re.compile(r"\s*(?:its|their|the|this|that)?\s*", re.I)


def main_points(clause: Clause) -> Found | None:
    """`The following are the main points of Khamenei's speech:` above a block quote."""
    if not clause.block:
        return None
    excerpts = EXCERPTS_FOLLOW.search(clause.masked, 0, clause.start) if "xcerpts" in clause.masked or "xtracts" in clause.masked else None
    if excerpts:  # "The statement issued by Azad Maulana … Here are some relevant excerpts –": the statement's issuer's words
        chunk = CHUNK.search(excerpts.group("rest") or "")
        head = head_of(chunk.group(0)) if chunk else None
        if head is not None:
            return Found(Subject([head]), "main_points", "excerpts from X")
        return Found(Subject([], role_noun="statement"), "main_points", "excerpts from the statement just named")
    match = MAIN_POINTS_FOLLOWING.search(clause.masked[: clause.start].rstrip())
    if not match:
        return None
    rest = match.group("rest")
    noun = WORK_NOUN.search(rest)
    who = rest[: noun.start()] if noun else rest
    if HIS_OR_HER.fullmatch(who or " "):
        return Found(Subject([], pronoun="he"), "main_points", "the main points of (the passage's speaker)")
    if ITS_OR_NONE.fullmatch(who or " "):
        return Found(Subject([], role_noun="article"), "main_points", "the main points of (the outlet's own article)")
    chunk = CHUNK.search(who)
    head = head_of(chunk.group(0)) if chunk else None
    return Found(Subject([head]), "main_points", f"the main points of ({noun.group('noun') if noun else 'statements'})") if head else None


# "His evidence was that:", "The minister’s points were:", "Tom Hale’s answer was as follows:": whose words the block or
# the list below is, by the noun for them and its owner
OWNED_WORDS_ARE = re.compile(
    r"(?:^|(?<=\s))(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[\w.-]+(?:\s+[A-Z][\w.-]+){0,3}[’']s)\s+(?:(?:main|key|central)\s+)?"
    r"(?P<noun>evidence|testimony|answer|reply|response|points|arguments?|message|advice|conclusions?|words)\s+(?:was|were|is|are)"
    r"(?:\s+that|\s+as\s+follows)?\s*:$"
)


def owned_words(clause: Clause) -> Found | None:
    """ "His evidence was that:" above a block quote or a list of quoted items: the owner's words ("The posters read:"
    names no one's)."""
    lead_in = clause.masked[: clause.start].rstrip() if clause.block else ""
    match = OWNED_WORDS_ARE.search(lead_in) if lead_in.endswith(":") else None
    if match is None:
        return None
    owner = match.group("owner")
    detail = f"a lead-in: X’s {match.group('noun')} {'are' if match.group('noun').endswith('s') else 'is'}"
    if owner.lower() in OWNER_PRONOUNS:
        return Found(Subject([], pronoun=OWNER_PRONOUNS[owner.lower()]), "owned_words", detail)
    owner = owner[:-2]  # less its "’s"
    if owner.lower().startswith("the ") and ROLE_WORD.fullmatch(owner[4:].lower()):
        return Found(Subject([], role_noun=owner[4:].lower()), "owned_words", detail)  # "The minister’s points were:"
    head = head_of(owner) if CHUNK.fullmatch(owner) else None
    return Found(Subject([head]), "owned_words", detail) if head is not None and head.kind != "role" else None


# Most precise first; the engine stops at the first that names someone.
def said_after(clause: Clause) -> Found | None:
    """ "The administration continues to assert that “…,” said Kenneth Roth": a quote that ends on a comma right
    before "said X" is X's, whoever the clause before it names."""
    said = SAID_NEXT.match(clause.masked, clause.end)
    if said is None or clause.masked[clause.end - 1 : clause.end] == ".":
        return None  # a quote that ends its sentence: the words after it may introduce the next one
    head = head_after(clause.masked, said.end())
    if head is None or head.kind == "role" or UNNAMED_AFTER.match(clause.masked, said.end()):
        return None
    partner = joint_partner_after(clause.masked, said.end(), head) if " and " in clause.masked else None
    if partner is not None:  # "“…,” said Maren Ostby and Tomas Velde.": a joint statement, theirs both
        return Found(Subject([head, partner]), "cue_after", f"'{said.group('cue')} X and Y' right after the quote", cue=said.group("cue"))
    return Found(Subject([head]), "cue_after", f"'{said.group('cue')} X' right after the quote", cue=said.group("cue"))


def _word_before(text: str, position: int) -> int:
    """Where the word before the position starts ("against direct NATO": "direct"), to look for a preposition before it."""
    word = LAST_LOWER_WORD.search(text, 0, position)
    return word.start() if word else position


LINE_LABEL = re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,2}:")  # "• FACT: Oster debunked the lie …:", "Update: …"
NOUN_BY_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|such)\s+$")


# "Chang’s response was swift:", "the ambassador’s public reply was blunt:": what one answered, then their words; also a
# witness's account ("Survivor Lena Moss’s account is disturbing:", "Dorn’s testimony was blunt:"), as inquiry and
# human-rights reports bring in a witness's words, also after a few words before the name ("MV KESTREL survivor Lena Moss’s")
ANSWER_OF = re.compile(
    r"(?:^|[.!?]\s+)(?:(?P<the>[Tt]he)\s+)?(?P<lead>(?:[\w-]+\s+){0,3}?)(?P<who>" + CHUNK.pattern + r"|[a-z]+)[’']s\s+(?:[a-z]+\s+)?"
    r"(?:" + ANSWER_NOUNS + r"|reaction|verdict|(?P<witness>account|testimony|recollection|explanation))"
    r"(?P<gap>\s+(?:was|is|came|had\s+been)\b[^.:;“”\"]{0,60}):$"
)
# A witness's account is often judged by someone else before the colon ("Moss’s account is contradicted by the log:",
# "… is at odds with the captain’s:"): then the words are the judge's. Only a short verdict ("is disturbing:", "was deeply
# harrowing:") brings in the owner's own.
WITNESS_VERDICT = re.compile(r"\s+(?:was|is)\s+(?:[a-z]+ly\s+)?[a-z]+")
JUDGED_BY_OTHERS = re.compile(r"contradict|corroborat|back|reject|question|disput|doubt|challeng|deni|deny|refut|confirm|support", re.I)
# a verb in the words before the name makes the owner's account the object of someone else's saying ("Critics say Moss’s
# account is false:")
VERB_BEFORE_OWNER = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|say|says|said|[a-z]+ed)\b")


def answer_of(before: str) -> Found | None:
    answer = ANSWER_OF.search(before)
    if answer is None:
        return None
    lead = answer.group("lead")
    if lead and (VERB_BEFORE_OWNER.search(lead) or cues_in(lead)):
        return None
    if answer.group("witness") and (not WITNESS_VERDICT.fullmatch(answer.group("gap")) or JUDGED_BY_OTHERS.search(answer.group("gap"))):
        return None
    who = answer.group("who")
    if who.islower():
        return (
            Found(Subject([], role_noun=who), "colon_line", f"'the {who}’s response was …:'")
            if answer.group("the") and ROLE_WORD.fullmatch(who)
            else None
        )
    head = head_of(who, before[: answer.start("who")])
    if head is None or head.kind not in ("person", "organization", "outlet", "state"):
        return None
    return Found(Subject([head]), "colon_line", "'X’s response was …:' before the quote")


# "… was asked whether he would seek Caldera’s help. His response: “…”": the answer of the one "his" means
OWN_ANSWER = re.compile(
    r"(?:^|[.!?]\s+)(?P<owner>His|Her)\s+(?:[a-z]+\s+)?(?:" + ANSWER_NOUNS + r")"
    r"(?:\s+(?:was|came)\b[^.:;“”\"]{0,60})?:$"
)


def own_answer(before: str) -> Found | None:
    """ "His response: “…”", "Her reply was blunt: “…”": the words of the person the pronoun means."""
    answer = OWN_ANSWER.search(before, max(0, len(before) - 120))
    if answer is None:
        return None
    pronoun = "he" if answer.group("owner") == "His" else "she"
    return Found(Subject([], pronoun=pronoun, start=answer.start("owner")), "colon_line", f"'{answer.group('owner')} response:' before the quote")


def colon_clause(clause: Clause) -> Found | None:
    """ "Mr Nasrallah outlined a different route to avenging his comrade: “…”": a clause ending on a colon, whose
    subject is the first name of its sentence and no verb of saying, introduces its subject's own words."""
    before = clause.masked[: clause.start].rstrip()
    if not before.endswith(":") or len(before.split()) > COLON_CLAUSE_WORDS:
        return None
    answered = answer_of(before) if "’s " in before or "'s " in before else None
    if answered is not None:
        return answered
    owned = own_answer(before) if "His " in before or "Her " in before else None
    if owned is not None:
        return owned
    agent = BY_AGENT_COLON.search(before)
    if agent:  # "His conclusions were supported by Marina Petrova, an expert from the Ministry of Justice: “…”"
        head = head_of(agent.group("who"), before[: agent.start("who")])
        if head is not None and head.kind in ("person", "organization", "outlet"):
            return Found(Subject([head]), "colon_line", f"'{agent.group('verb')} by X' before a colon", cue=agent.group("verb"))
    recorded = recorded_before_colon(before) if " of " in before else None
    if recorded is not None:  # "Harbour News obtained a recording of her telling aides: “…”": the one recorded, or nobody
        shown_head, shown_pronoun, shown_start = recorded
        if shown_head is None and not shown_pronoun:
            return None
        shown = Subject([shown_head], start=shown_start) if shown_head is not None else Subject([], pronoun=shown_pronoun, start=shown_start)
        return Found(shown, "colon_line", "a recording of X speaking, before a colon")
    heads = clause_subject(before[:-1])
    # each name, and whether a preposition governs it ("Putin framed the decision as a response to U.S. support for
    # Ukraine:", "threats against direct NATO intervention:"): a preposition's object is no other party
    named = [
        (c, h, bool(_governed(before, c.begin) or _governed(before, _word_before(before, c.begin))))
        for c in chunks(before)
        if (h := head_of(c.text, before[: c.begin])) is not None and h.kind != "state"
    ]
    others = [c for c, _, governed in named if not governed]
    role = ROLE_OPENS.match(before) if not heads else None
    # "Notably, the church has portrayed traditional values as under siege …: “…”": the body or person last named so
    if role and ROLE_WORD.fullmatch(role.group("role")) and not CUE.search(before, role.end("role")) and not others:
        return Found(Subject([], role_noun=role.group("role")), "colon_line", f"a clause of the {role.group('role')}'s, ending on a colon")
    if len(heads) != 1 or heads[0].kind not in ("person", "organization", "outlet", "role"):
        return None  # a role too: "The Prime Minister, echoed by others, summed up the problem: ‘…’", its holder's words
    parties = [(c, h) for c, h, governed in named if h == heads[0] or not governed]
    if len(parties) != 1 or parties[0][1] != heads[0]:
        return None  # "The report cites an old slogan: “…”", "Putin met Erdogan: “…”": not one named subject's words
    subject = parties[0][0]
    if any(
        not NOUN_BY_DETERMINER.search(before, 0, cue.start()) and not _apposed_passive(before, cue) for cue in CUE.finditer(before, subject.finish)
    ):
        return None  # a verb of saying after the subject: the cue sieves read it (not a noun: "debunked the claim at …:")
    opening = THE_END.sub("", before[: subject.begin].strip(" •-–—*")).rstrip()
    opening = DATE_AT_END.sub("", opening).rstrip()  # "Speaking to his followers in Dahiya, on January 5th Mr Nasrallah"
    if opening and not opening.endswith(",") and not LINE_LABEL.fullmatch(opening) and not BODY_PARTS_OPENING.fullmatch(opening):
        return None  # "In the speech Putin …": the subject must open the sentence, or follow an opening phrase's comma
    if opening[:1] in "Aa" and ACCORDING_TO.match(opening):
        return None  # "According to a former producer, Laterza entered fake names …: “…”": the source's account, not his words
    return Found(Subject(heads), "colon_line", "a clause of its subject's, ending on a colon, before the quote")


# a character of a clause that runs on to a cue: no stop, save those of an initialism before a comma ("in Washington,
# D.C., Brenner said", "trained in the U.S., she said")
CLAUSE_CHARACTER = r"(?:[^.!?;:“”\"]|(?<=\b[A-Z])\.(?=(?:[A-Z]\.)*,))"
# a verb of saying and the rest of the sentence, up to its end; the speaker before it, with nothing (the quote's own last
# mark the clause's comma, "Sinwar is a “hard-liner,” Levitt said.") or the reported clause and a comma before that.
# A verb added here, or to the sentence-final patterns below, goes into SENTENCE_FINAL_VERBS too (cue_word_after's gate;
# a twin test in tests/test_attribution_speed.py checks they agree)
SAYING_TO_THE_END = r"\s+(?:ha[sd]\s+)?(?P<cue>said|says|told|tells|added|wrote|writes)\b" + CLAUSE_CHARACTER + r"*[.!?]?\s*$"  # "has said" too
SPEAKER_SAYING_TO_THE_END = r"\s*(?:the\s+(?=[A-Z]))?(?P<who>he|she|" + CHUNK.pattern + r")" + SAYING_TO_THE_END  # "the Police Federation"
SENTENCE_FINAL_CUE = re.compile(r"(?P<rest>" + CLAUSE_CHARACTER + r"{0,120})," + SPEAKER_SAYING_TO_THE_END)


WORK_NOUNS = WRITINGS | {"filing", "lawsuit"}  # a filing or a lawsuit speaks for the plaintiff
SENTENCE_FINAL_ROLE_CUE = re.compile(
    r"(?P<rest>"
    + CLAUSE_CHARACTER
    + r"{0,160}),\s*the\s+(?P<role>[a-z]+)\s+(?P<cue>said|says|added|wrote|writes)\b"
    + CLAUSE_CHARACTER
    + r"*[.!?]?\s*$"
)
# "…, said the ministry.", "…, says the assembly government.": the verb first, then the role noun (one modifier before it)
SENTENCE_FINAL_INVERTED_ROLE_CUE = re.compile(
    r"(?P<rest>" + CLAUSE_CHARACTER + r"{0,160}),\s*(?P<cue>said|says|added|wrote|writes)\s+the\s+(?:[a-z]+\s+)?(?P<role>[a-z]+)[.!?]?\s*$"
)
SPEAKER_THEN_CUE_AT_END = re.compile(r"(?P<rest>)" + SPEAKER_SAYING_TO_THE_END)
# the speaker's name, then an apposition that describes them, between commas, before the verb: "…, Ana Roe, the firm’s
# head of sales, said on Tuesday." (a description opens in lower case: "the …", "a …", "head of …")
APPOSED_SPEAKER_SAYING_TO_THE_END = (
    r"\s*(?P<who>" + CHUNK.pattern + r"),\s+(?P<apposition>(?:(?:the|a|an)\s+)?[a-z][^,;:“”\".!?]{0,80})," + SAYING_TO_THE_END
)
APPOSED_SENTENCE_FINAL_CUE = re.compile(r"(?P<rest>" + CLAUSE_CHARACTER + r"{0,120})," + APPOSED_SPEAKER_SAYING_TO_THE_END)
APPOSED_SPEAKER_THEN_CUE_AT_END = re.compile(r"(?P<rest>)" + APPOSED_SPEAKER_SAYING_TO_THE_END)
SENTENCE_FINAL_INVERTED_CUE = re.compile(
    r"(?P<rest>"
    + CLAUSE_CHARACTER
    + r"{0,120}),\s*(?P<cue>said|says|added|wrote|writes)\s+(?:the\s+(?=[A-Z]))?(?P<who>"
    + CHUNK.pattern
    + r")(?:,[^;:“”\"]*)?[.!?]?\s*$"
)


def speaks_in(text: str) -> bool:
    """Whether a verb of saying has a speaker of its own in text: not a passive with its agent ("the tariffs announced
    by President Trump last week")."""
    return any(not AGENT_NEXT.match(text, cue.end()) for cue in CUE.finditer(text))


# "good reason to believe", "every reason to expect": a view the words give grounds for, held by no one who says anything
REASON_TO_END = re.compile(r"\breason\s+to\s+$")
VIEW_VERBS = frozenset({"believe", "think", "suppose", "expect"})


def speaks_but_to_view(text: str) -> bool:
    """speaks_in, less a verb of view in the infinitive after "reason to" ("gives the firm good reason to believe …"): no
    one says anything there, so a sentence-final "…, X said" still credits the words reported before it. Any other
    infinitive keeps its subject's voice ("X was the first to cite", "X wants to believe", "stood up to question")."""
    return any(
        not AGENT_NEXT.match(text, cue.end())
        and not (cue.group(0).lower() in VIEW_VERBS and REASON_TO_END.search(text, max(0, cue.start() - 30), cue.start()))
        for cue in CUE.finditer(text)
    )


# verbs a finding or a fact takes to say what it points to ("the data suggest …", "That mobility remains low suggests …")
# (not "reveal" or "confirm": people reveal and confirm things in words)
EVIDENCE_VERBS = frozenset(("suggest", "imply", "point to", "show that"))
# who could be speaking before such a verb: a pronoun, or a capitalised word after the sentence's first
SPEAKER_BEFORE_EVIDENCE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[Yy]ou)\b|(?<=\S)\s+[A-Z]")
# a subject that is a finding, not a person: a that-clause ("That mobility remains low suggests") or a thing of
# evidence ("The data suggest", "These figures imply"); "Critics suggest", "Her lawyer suggested" are people
THING_OF_EVIDENCE = re.compile(
    r"\s*(?:That\s+\S.*|(?:The|These|This|Such|Those)\s+(?:[a-z]+\s+)?(?:data|figures?|numbers|study|studies|findings?"
    r"|results?|evidence|research|survey|statistics|analysis|trends?|report|model|estimates?)\b[^,]*)",
    re.S,
)


# a participle of a verb of evidence after a comma ("…, suggesting that", "…, implying"): the clause before it glossed, a fact
# pointing to something; no one says anything there
GLOSSING_COMMA_END = re.compile(r",\s*$")
# where the clause a gloss follows opens: after a sentence's end or a dash
GLOSSED_CLAUSE_OPENING = re.compile(r"[.!?;:][”’\"']?\s+|\s[—–]\s")


def glossing_participle(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is a participle of a verb of evidence right after a comma ("Output will shrink, suggesting that
    …"): a gloss on the fact before it, said by whoever the sentence's own verb of saying names."""
    word = cue.group(1)
    if not (is_participle(word) and base_of(word) in EVIDENCE_VERBS):
        return False
    comma = GLOSSING_COMMA_END.search(text, 0, cue.start())
    if comma is None:
        return False
    # the clause glossed must name no one who could be the one suggesting: "Minister Lena Voss hung up, suggesting …",
    # "Minister Lena Voss, suggesting that …" keep the participle their own
    opening = max((m.end() for m in GLOSSED_CLAUSE_OPENING.finditer(text, 0, comma.start())), default=0)
    glossed = text[opening : comma.start()]
    return SPEAKER_BEFORE_EVIDENCE.search(glossed) is None


def without_glossing_participles(text: str) -> str:
    """The text with each glossing participle ("…, suggesting that …") blanked, same length."""
    for cue in CUE.finditer(text):
        if glossing_participle(text, cue):
            text = text[: cue.start()] + " " * (cue.end() - cue.start()) + text[cue.end() :]
    return text


def without_evidence_of_a_thing(text: str) -> str:
    """The text with the verb of a thing that points to something blanked, where it opens the text's clause after a
    subject naming nobody ("That mobility remains low suggests “…” except in a few areas, Burke said.": the data speak
    for no one; Burke does)."""
    cue = CUE.search(text)
    if cue is None or base_of(cue.group(1)) not in EVIDENCE_VERBS or SPEAKER_BEFORE_EVIDENCE.search(text, 0, cue.start()):
        return text
    if not THING_OF_EVIDENCE.fullmatch(text, 0, cue.start()):
        return text  # "Critics suggest “…”", "Her lawyer suggested “…”": a person's words
    return text[: cue.start()] + " " * (cue.end() - cue.start()) + text[cue.end() :]


def names_an_actor(text: str) -> bool:
    """Whether someone named in text acts there: a name no preposition governs ("even within Hamas" may stand), nor
    one joined by "and" or "or" to a governed name ("across Pakistan and Pakistan-administered Kashmir")."""
    governed = False
    previous_end = -1
    for chunk in chunks(text):
        joined = previous_end >= 0 and COORDINATED.fullmatch(text, previous_end, chunk.begin) is not None
        governed = bool(_governed(text, chunk.begin)) or (joined and governed)
        if head_of(chunk.text) is not None and not governed:
            return True
        previous_end = chunk.finish
    return False


COORDINATED = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+")


SENTENCE_FINAL_VERBS = ("said", "says", "told", "tells", "added", "wrote", "writes")  # the verbs the sentence-final patterns end on


def cue_word_after(masked: str, end: int) -> bool:
    """Whether one of the verbs the sentence-final patterns end on (said, says, told, tells, added, wrote, writes) stands in
    masked from end on: what each of their matches holds."""
    return any(masked.find(verb, end) >= 0 for verb in SENTENCE_FINAL_VERBS)


def sentence_final_cue(clause: Clause, comma_inside: bool = False) -> Found | None:
    """ "Ukraine was ready to do “everything” it could to secure peace, Zelensky said in a video address.": a quote in
    the reported clause of a sentence that ends on its speaker and a verb of saying, with no other name or cue in it;
    also "…, said Matthew Levitt, a senior fellow at …" with the verb first, and, where the quote's own last mark is
    the clause's comma (comma_inside), "Sinwar is a “hard-liner,” Levitt said."."""
    if not cue_word_after(clause.masked, clause.end):
        return None  # each pattern below needs one of their verbs after the quote: str's search first, as most have none
    final = SENTENCE_FINAL_CUE.match(clause.masked, clause.end) or SENTENCE_FINAL_INVERTED_CUE.match(clause.masked, clause.end)
    if final is None and comma_inside:
        final = SPEAKER_THEN_CUE_AT_END.match(clause.masked, clause.end)
    if final is None:  # "… a “breakout period,” Ana Roe, the firm’s head of sales, said on Tuesday."
        final = APPOSED_SENTENCE_FINAL_CUE.match(clause.masked, clause.end) or (
            APPOSED_SPEAKER_THEN_CUE_AT_END.match(clause.masked, clause.end) if comma_inside else None
        )
        if final is not None and speaks_in(final.group("apposition")):
            final = None  # "…, Ana Roe, who told the board it would, said": a verb of saying of its own in the apposition
        elif final is not None and not apposed_speaker(final.group("who"), final.group("apposition")):
            final = None  # "…, Rova, a market town in the north, said": a place described, no one speaking
    if final is None:
        role = SENTENCE_FINAL_ROLE_CUE.match(clause.masked, clause.end) or SENTENCE_FINAL_INVERTED_ROLE_CUE.match(clause.masked, clause.end)
        if role is None or not ROLE_WORD.fullmatch(role.group("role")) or speaks_in(clause.masked[: clause.start] + " " + role.group("rest")):
            return None
        if names_an_actor(role.group("rest")):
            return None  # "… of the boat, which Lind saw, the bureau said": someone else acts after the quote
        noun = role.group("role")  # "the vessel “conducted dangerous maneuvers” near the shoal, the bureau said"
        if noun in WRITINGS:
            return None  # "…” in the center had access, the report said": a document, whose author may be unnamed
        cue = role.group("cue").lower()
        said_the = role.start("cue") < role.start("role")
        return Found(
            Subject([], role_noun=noun, start=role.start("role")),
            "cue_after",
            f"'…, {cue} the {noun}' ending the sentence" if said_the else f"'…, the {noun} {cue}' ending the sentence",
        )
    rest = clause.masked[: clause.start] + " " + final.group("rest")
    after = final.group("rest")
    if speaks_but_to_view(without_glossing_participles(without_evidence_of_a_thing(rest))) or names_an_actor(after):
        return None  # another verb of saying, or someone else acting after the quote ("even within Hamas" may stand)
    if final.group("who") in ("he", "she"):  # "But any settlement must not “betray” the price paid …, he said."
        return Found(Subject([], pronoun=final.group("who"), start=final.start("who")), "cue_after", "'…, he said' ending the sentence")
    head = head_of(final.group("who"), clause.masked[: final.start("who")])
    if head is None or head.kind not in ("person", "organization", "outlet"):
        return None
    cue = final.group("cue").lower()
    said_x = final.start("cue") < final.start("who")
    return Found(Subject([head]), "cue_after", f"'…, {cue} X' ending the sentence" if said_x else f"'…, X {cue}' ending the sentence")


SOURCE_SAYING_TO_THE_END = r"\s*(?:the\s+)?(?P<role>(?:[A-Za-z’'-]+\s+){0,4}?)(?P<who>" + CHUNK.pattern + r")" + SAYING_TO_THE_END
FINAL_SOURCE = re.compile(r"(?P<rest>" + CLAUSE_CHARACTER + r"{0,160})," + SOURCE_SAYING_TO_THE_END)
FINAL_SOURCE_COMMA_INSIDE = re.compile(r"(?P<rest>)" + SOURCE_SAYING_TO_THE_END)


def inverted_source_named_last(clause: Clause, heads: list[Head]) -> Found | None:
    """ "This is as MOT recognises that … “change sharply” with one new vessel, said Mr Tarrant.": source_named_last's
    sentence with its verb before the one who said it."""
    final = SENTENCE_FINAL_INVERTED_CUE.match(clause.masked, clause.end) if "said " in clause.masked or "says " in clause.masked else None
    if final is None or CUE.search(final.group("rest")) or names_an_actor(final.group("rest")):
        return None  # another verb of saying, or someone else acting after the quote
    head = head_of(final.group("who"), clause.masked[: final.start("who")])
    if head is None or head.kind != "person" or head.name in {h.name for h in heads}:
        return None
    return Found(Subject([head]), "cue_after", f"'…, {final.group('cue').lower()} X' ending a sentence whose subject is a body")


def source_named_last(clause: Clause, found: Found, comma_inside: bool) -> Found | None:
    """ "China expressed “regret” over …, Foreign Ministry spokesperson Lin Jian said.": a sentence whose own subject is
    a state or body, ending on the one who said it; the verb before the quote is the body's stance as its voice puts it."""
    heads = found.subject.heads
    body = (heads and not any(h.kind == "person" for h in heads)) or (not heads and found.subject.pronoun == "it")
    if found.sieve != "cue_before" or not body:
        return None  # "over what it called “…”, the ministry said": "it" is a body too
    final = FINAL_SOURCE.match(clause.masked, clause.end)
    if final is None and comma_inside:
        final = FINAL_SOURCE_COMMA_INSIDE.match(clause.masked, clause.end)
    if final is None:
        return inverted_source_named_last(clause, heads)
    rest = final.group("rest")
    if CUE.search(rest) or names_an_actor(rest):
        return None  # another verb of saying, or someone else acting after the quote
    if any(word.islower() and not ROLE_WORD.fullmatch(word) for word in final.group("role").split()):
        return None  # "…, in what Prime Minister X said was a response": a relative clause, not the sentence's source
    head = head_of(final.group("who"), clause.masked[: final.start("who")])
    if head is None or head.kind not in ("person", "organization", "outlet") or head.name in {h.name for h in heads}:
        return None
    return Found(Subject([head]), "cue_after", f"'…, X {final.group('cue').lower()}' ending a sentence whose subject is a body")


def headline_colon(clause: Clause) -> Found | None:
    """ "‘Maya MacGuineas should be ashamed’: Scott Bessent launches war of words …": a headline that opens with a quote,
    then a colon, then the person named in full doing something in the present tense."""
    if clause.masked[: clause.start].strip(" •*–-\t"):
        return None
    named = HEADLINE_SPEAKER.match(clause.masked, clause.end)
    head = head_of(named.group("who")) if named else None
    if head is None or head.kind not in ("person", "organization", "outlet") or (head.kind == "person" and " " not in head.name):
        return None
    return Found(Subject([head]), "colon_line", "a headline's quote, then the one it quotes")


HEADLINE_SPEAKER = re.compile(r"\s*:\s+(?P<who>" + CHUNK.pattern + r")\s+(?:\w+ly\s+)?[a-z]+s\b")


TABLE_ROW_DETAIL = "a name right before the quote, as a table's row gives it"
NAME_RIGHT_BEFORE = re.compile(r"(?P<who>" + CHUNK.pattern + r")\s*$")
ROLE_LETTERS_END = re.compile(r"(?:" + CHUNK.pattern + r"\s*)?\([A-Z]{2,6}\)\s*$")
LOWER_CASE_BRAND_END = re.compile(r"(?<!\S)[a-z]+[A-Z][\w]*\s+$")
ROW_OPENING = re.compile(r"(?:^|[.!?”\"\d])\s*$")  # nothing, a sentence's end, a closing mark, a note number or a date


def name_then_quote(clause: Clause) -> Found | None:
    """ "… 76 April 23, 2026 OpenAI Chief Operating Officer Brad Lightcap “Right now …”": a statement table's row or a
    quote collection's entry run into one paragraph, a person named in full with their role right before the quote and
    no verb, after nothing but the row before it."""
    before = clause.masked[: clause.start]
    named = NAME_RIGHT_BEFORE.search(before) if before.endswith(" ") or not before else None
    if named is None:
        return None
    opening = before[: named.start()]
    role_letters = ROLE_LETTERS_END.search(opening) if opening.endswith(") ") else None
    opening = opening[: role_letters.start()] if role_letters else opening  # "Meta Chief Financial Officer (CFO) Susan Li"
    brand = LOWER_CASE_BRAND_END.search(opening)
    opening = opening[: brand.start()] if brand else opening  # "xAI CEO Elon Musk": the firm, written in its own case
    if not ROW_OPENING.search(opening):
        return None
    head = head_of(named.group("who"), before[: named.start()])
    if head is None or head.kind != "person" or " " not in head.name:
        return None
    return Found(Subject([head]), "name_line", TABLE_ROW_DETAIL)


# a citation in brackets right after a quote that opens its sentence, naming the work's author or body and where in the
# work ("“…” (Marlow Inquiry, Part II para 412).", "(Ines Varga, 2019: 41)"): policy papers and reviews credit words so;
# or naming the speaker, the occasion or the publication and the day ("“…” (Tom Hadley, press conference, 14 May 2019)",
# "(Lena Moss, Northern Medical Journal, May 2019)"): campaign releases and fact sheets quote opponents and studies so
CITED_AFTER = re.compile(
    r"\s*\((?P<who>" + CHUNK.pattern + r")(?:(?:,\s*|\s+)(?:(?:1[89]|20)\d\d[a-z]?\b|(?:Part|Vol\.|Volume|Chapter|para|paras|p\.|pp\.)\s)"
    r"[^()]{0,60}|,[^()]{0,80}\b(?:1[89]|20)\d\d)\)"
)


def cited_after(clause: Clause) -> Found | None:
    """ "“The evidence is overwhelmingly in support …” (Marlow Inquiry, Part II para 412).": a quote that opens its
    sentence, with no cue, credited by the citation after it to the body or the person it names."""
    if clause.masked[: clause.start].strip() or "(" not in clause.masked[clause.end : clause.end + 4]:
        return None
    cited = CITED_AFTER.match(clause.masked, clause.end)
    if cited is None or clause.masked[cited.end() :].strip(" .;"):
        return None
    head = head_of(cited.group("who"), clause.masked[: cited.start("who")])
    if head is None or head.kind not in ("person", "organization", "outlet") or (head.kind == "person" and " " not in head.name):
        return None  # "(Levy 2023)": a surname alone cites a work, whose author the report may name nowhere
    return Found(Subject([head]), "name_line", "a citation of X after the quote")


# nouns of saying a cue may be made of: "Norlink’s announcement that …", "the comment by Ann Weller that …"
SAYING_NOUNS = (
    r"announcement|statement|comments?|remarks?|warning|claim|assertion|insistence|admission|pledge|promise|prediction|assurance"
    r"|acknowledge?ment|declaration|observation|contention|suggestion|complaint|boast|vow|reminder|concession|conclusion"
)
# a briefing's or a digest's lead-in naming whom the words below come from, a noun of words before "from" or none: "A
# statement from …:", "Also, from …:", "Finally, some sense from Jo Park, chair of …:"; not "The best view from Tarvo Hill:"
SENT_FROM = re.compile(
    r"(?:(?:Also|And|Meanwhile|Separately|Finally|Lastly|Then),?\s+)?(?:(?:[Ss]ome|[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Mm]ore)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?(?:" + SAYING_NOUNS + r"|message|update|response|reply|note|sense|words?|advice|thoughts)\s+)?"
    r"[Ff]rom\s+(?:the\s+)?(?=[A-Z])"
)
OWNERS_SAYING_NOUN = re.compile(
    r"(?P<who>" + CHUNK.pattern + r")[’']s\s+(?:[\w-]+\s+){0,2}?(?:" + SAYING_NOUNS + r")\s+(?:on\s+[^,;:.]{1,30}\s+)?that\b"
)
SAYING_NOUN_BY = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:[\w-]+,?\s+){0,4}?(?:" + SAYING_NOUNS + r")\s+by\s+(?:the\s+)?(?P<who>" + CHUNK.pattern + r")"
    r"(?:,[^,;:.]{1,120},)?\s+that\b"
)
PROMPTED_TO_SAY = re.compile(
    r"\b(?:prompting|leading|moving|causing|forcing|pushing|inspiring)\s+(?P<who>"
    + CHUNK.pattern
    + r")(?:\s+of\s+(?:the\s+)?"
    + CHUNK.pattern
    + r")?(?:,[^,;:.]{1,120},)?\s+to\s+(?:\w+ly\s+)?(?:say|observe|remark|note|warn|declare|conclude|comment|quip|complain|argue|write|tweet)\b"
)
NOMINAL_CUE_GAP_WORDS = 40


def nominal_cue(clause: Clause) -> Found | None:
    """ "Norlink’s December announcement that it would stop work because of a “…”", "the 4 May comment by Ann Weller, then
    the adviser, that “…”", "prompting Rita Okoye of the University of Lagos to observe that, “…”": a noun of saying or
    a verb of saying another is moved to, its owner or agent the speaker of the that-clause's words."""
    before = clause.masked[: clause.start]
    opening = sentence_start(before, len(before) - 1) if before else 0
    sentence = before[opening:]
    patterns = [OWNERS_SAYING_NOUN] if "s " in sentence and " that" in sentence else []
    patterns += [SAYING_NOUN_BY] if " by " in sentence and " that" in sentence else []
    patterns += [PROMPTED_TO_SAY] if "ing " in sentence and " to " in sentence else []
    found = None
    for pattern in patterns:
        for match in pattern.finditer(before, opening):
            if found is None or match.end() > found.end():
                found = match
    if found is None:
        return None
    gap = before[found.end() :]
    if len(gap.split()) > NOMINAL_CUE_GAP_WORDS or CLAUSE_END.search(gap) or CUE.search(gap):
        return None
    head = head_of(found.group("who"), before[: found.start("who")])
    if head is None or head.kind not in ("person", "organization", "outlet", "state"):
        return None
    return Found(Subject([head]), "cue_before", "a noun of saying ('X’s announcement that', 'the comment by X that') or 'prompting X to say'")


INLINE_SIEVES: list[tuple[str, Sieve]] = [
    ("said_after", said_after),
    ("headline_colon", headline_colon),
    ("main_points", main_points),
    ("owned_words", owned_words),
    ("colon_line", colon_line),
    ("as_noted", as_noted),
    ("cue_before", cue_before),
    ("cue_after", cue_after),
    ("according_to", according_to),
    ("nominal_cue", nominal_cue),
    ("colon_clause", colon_clause),
    ("sentence_final_cue", sentence_final_cue),
    ("name_then_quote", name_then_quote),
    ("cited_after", cited_after),
]


LOW_CONFIDENCE = {"continuation", "depiction", "predicate"}
MEDIUM_DETAIL = re.compile(r"the clause's subject|the subject after the quote|a verb joined|inverted|after a pronoun|passage's speaker|outlet's own")


def confidence(statement: Statement) -> str:
    """How far a statement's attribution can be trusted, from the sieve that made it: high, medium or low."""
    if statement.sieve in LOW_CONFIDENCE:
        return "low"
    if MEDIUM_DETAIL.search(statement.sieve_detail) or statement.sieve == "cue_after":
        return "medium"
    return "high"
