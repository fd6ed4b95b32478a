"""Someone unnamed who tells the writer something, opening a sentence ("A former anchor told me she was asked to …",
"One producer, who asked not to be named, said …", "A woman who worked the night desk recalls …"): a "she" or "he"
after it that may be theirs is theirs, nobody's, never a person named before or inside the account (the one it is
about). Features and investigations write so of the sources they keep unnamed."""

from __future__ import annotations

import re
from typing import Literal

from ..dates import TIME_NOUNS
from .cues import CUE, base_of, is_participle
from .interviews import WRITER_OBJECT
from .kinship import FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS
from .names import OCCUPATION_NOUNS
from .sieves import UNNAMED_ROLES

# the nouns for people a sentence opens with ("A shopkeeper in Hale", "Residents say"): the unnamed source's roles and
# the trades set before a name ("Farmer Tom Reed") besides
PEOPLE_NOUNS = (
    frozenset(UNNAMED_ROLES)
    | OCCUPATION_NOUNS
    | frozenset(
        "local villager fisher investor protestor supporter opponent neighbour neighbor relative doctor prosecutor passenger merchant "
        "shopper tourist mourner victim family friend colleague commentator pundit academic scholar historian authority rebel militant "
        "insurgent fighter troop demonstrator rioter".split()
    )
)
# the verbs by which an unnamed source tells (their base forms in cues.FORMS)
TELLING = frozenset({"say", "tell", "recall", "remember", "describe", "explain", "add", "claim", "allege", "insist", "recount"})
# verbs only a person does: with them (and "told me"), any noun the sentence opens on is someone ("A former model told me")
ONLY_PEOPLE_TELL = frozenset({"tell", "recall", "remember", "recount"})
# "A former anchor", "One longtime producer", then a relative clause set off by commas or not ("who asked not to be named",
# "who worked the night desk"), then the verb; bounded, so linear on any text
TELLER_OPENING = re.compile(
    r"[\s•–—-]*(?:A|An|Another|One)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?)(?P<noun>[a-z][\w-]*)"
    r"(?P<who>,\s+who\s[^.;:!?“”\"]{1,100}?,|\s+who\s[^,.;:!?“”\"]{1,100}?)?\s+(?:\w+ly\s+)?(?P<cue>" + CUE.pattern + ")"
)
# the words that make the opening a time phrase, not someone ("A year later she told me", "One morning the guard told
# me", "A week ago he told me"): a pronoun or a time noun where the teller's noun stands; a pronoun, an article or a word
# counting time among the words before it (a time noun there may be the trade's: "A night nurse told me"; an article or a
# possessive after "of" is a partitive's: "One of the producers", "A friend of her mother")
PERSONAL_PRONOUNS = frozenset("i you he she it we they me him her us them".split())
NOT_A_TELLERS_WORD = PERSONAL_PRONOUNS | frozenset("the this that his its their my our your later ago earlier after before then".split())
# "I spoke with another Harbour Radio assistant who said …", "I interviewed a former guard who recalls …": the writer
# meeting someone unnamed, whose "who" and verb tell
WRITER_MET_TELLER = re.compile(
    r"[\s•–—-]*I\s+(?:(?:spoke|talked)\s+(?:with|to)|interviewed)\s+(?:a|an|another|one)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w-]*\s+who\s+"
    r"(?:\w+ly\s+)?(?P<cue>" + CUE.pattern + ")"
)
LISTENER = re.compile(rf"\s+(?:{WRITER_OBJECT}|the\s+writer|this\s+reporter)\b")
# the first word of what is told: "told me she was …", "said that her parents …", "recalls how he …"
TOLD_PRONOUN = re.compile(rf"(?:\s+{WRITER_OBJECT})?,?\s+(?:that\s+|how\s+|when\s+)?(?P<pronoun>she|her|he|his|him)\b")
Sex = Literal["female", "male"]
SEX_OF_PRONOUN: dict[str, Sex] = {"she": "female", "her": "female", "he": "male", "his": "male", "him": "male"}


def unnamed_teller(text: str, begin: int) -> tuple[int, Sex | None] | None:
    """Where the verb of telling ends and the teller's sex ("female", "male", None for untold) when the sentence at begin
    opens on someone unnamed telling something; else None. Not one who asks or tells someone else ("A reporter asked him
    …", "One aide told Reyes …": the one asked may be the "he" after), nor a body's spokesperson (the body's "it")."""
    if text[begin : begin + 1] not in "AOI":
        return None
    met = WRITER_MET_TELLER.match(text, begin) if text[begin] == "I" else None
    if met is not None and not is_participle(met.group("cue")) and base_of(met.group("cue")) in TELLING:
        told = TOLD_PRONOUN.match(text, met.end())
        return met.end(), SEX_OF_PRONOUN[told.group("pronoun")] if told is not None else None
    opening = TELLER_OPENING.match(text, begin)
    if opening is None or is_participle(opening.group("cue")) or base_of(opening.group("cue")) not in TELLING:
        return None
    base, noun = base_of(opening.group("cue")), opening.group("noun")
    words = opening.group("words").split()
    time_phrase = any(word in NOT_A_TELLERS_WORD and words[at - 1 : at] != ["of"] for at, word in enumerate(words))
    if noun in PERSONAL_PRONOUNS or noun.removesuffix("s") in TIME_NOUNS or time_phrase:
        return None  # a time phrase opens the sentence: the one who tells is its subject, maybe one named before
    listener = LISTENER.match(text, opening.end())
    if base == "tell" and listener is None:
        return None  # "One aide told Reyes …", "A woman told him …": the one told may be the one who speaks next
    someone = noun in PEOPLE_NOUNS or noun in FEMALE_PERSON_NOUNS or noun in MALE_PERSON_NOUNS
    if not (someone or opening.group("who") or base in ONLY_PEOPLE_TELL) or noun.startswith("spokes"):
        return None
    if (sex := sex_of_person_noun(noun)) is not None:
        return opening.end(), sex
    told = TOLD_PRONOUN.match(text, opening.end())
    return opening.end(), SEX_OF_PRONOUN[told.group("pronoun")] if told is not None else None


def sex_of_person_noun(words: str) -> Sex | None:
    """The sex the noun ending the words tells ("A woman", "One man"), None where it tells none ("A resident")."""
    noun = words.split()[-1].lower() if words.split() else ""
    return "female" if noun in FEMALE_PERSON_NOUNS else "male" if noun in MALE_PERSON_NOUNS else None


def may_be_the_teller(sex: Sex | None, pronoun: str) -> bool:
    """Whether a later "she" or "he" may mean a teller of that sex (untold: either)."""
    return may_be_one(sex, "female" if pronoun == "she" else "male")


def may_be_one(teller: Sex | None, person: Sex | None) -> bool:
    """Whether a teller and a person of these sexes (None: untold) may be one: not a "she" teller and a man named before."""
    return teller is None or person is None or teller == person
