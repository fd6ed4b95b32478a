"""The nouns of works the attribution rules read titles and issuers by: kept here, one list each, for the quotation
reader (quotes.py), the sieves and the name reader (names.py) to share."""

from __future__ import annotations

# the kinds of work a title in marks follows in arts and media reporting ("quirky British comedy “Fleabag”", "the album
# “Blue”") and the written ones a speaker's words appear in ("wrote in her memoir, “Salt Year,”")
WORK_TYPE_NOUNS = frozenset(
    """drama comedy film movie show series miniseries sitcom documentary thriller musical opera novel memoir album song single
    play podcast biopic sequel book memoirs autobiography biography essay column article blog""".split()
)

# the works whose title a sentence sets in commas right after their noun, lower case and all ("in Lee's first album,
# “blue water, red sky,” the 5th song …"): the kinds that always have a title, not those a speaker's words appear in
APPOSED_TITLE_NOUNS = frozenset("album song single film movie novel book documentary poem play".split())

# the works a role noun may stand for ("the caption", "the statement"), whose outlet or issuer the engine looks for
WRITINGS = frozenset(
    "caption cartoon article editorial report statement communique communiqué text column op-ed post letter story profile piece assessment".split()
)

# the studies and plans a report names by a title in commas after the noun ("the survey, Quay Renewal, …"), which neither
# list above holds
STUDY_NOUNS = frozenset("study review paper survey plan programme program".split())

# the words that give a work's title ("entitled “…”", "Headlined, ‘…’, the statement …"): a title cue for the quotation
# reader, never a name for the name reader
WORK_TITLE_CUES = ("entitled", "titled", "subtitled", "headlined", "dubbed")

# the works a report names by a title set in plain capitals right after the noun, with or without a word that gives the
# title ("her book entitled Some Quiet Harbour", "the novel Quiet Harbour", "the film, called Salt Year,"): features and
# reviews lose the italics, so the title reads like a name
TITLE_AFTER_NOUNS = WORK_TYPE_NOUNS | frozenset("report study poem collection anthology exhibition debut".split())
TITLE_GIVING_WORDS = ("entitled", "titled", "called", "named")
