"""Cue words: the verbs and phrases by which the genre says that someone said something.

Data, not code: each base form is written once and its forms are made from it.
A *describing* cue ("called X 'a war criminal'", "compared sanctions to a
'declaration of war'") makes even a short quoted phrase the speaker's words.
"""

from __future__ import annotations

import re

from ..actors import trie_pattern

# patterns the functions below use, compiled once
SHORT_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing", "written"],
    "speak": ["speak", "speaks", "spoke", "speaking", "spoken", "speak of", "speaks of", "spoke of", "speaking of"],
    "think": ["thinks", "thought"],
    "put": ["put it", "puts it", "put the matter", "puts the matter"],  # an inquiry's "X put the matter in this way:"
    "make clear": ["make clear", "makes clear", "made clear", "making clear", "made it clear", "makes it clear"],
    "hold": ["holds", "held"],
    "post": ["posted"],  # "post" and "posts" are mostly nouns in these texts
    "direct": ["directed", "directing"],  # "direct" and "directs" are mostly the adjective and a noun's verb: "direct NATO intervention"
    "request": ["requested", "requesting"],  # "a request for" is the noun
    "see": ["sees", "saw"],
    "beseech": ["beseech", "beseeches", "besought", "beseeched", "beseeching"],  # "besought" as often as "beseeched"
    "regard": ["regards", "regarded"],  # "regarding" is mostly the preposition
    "view": ["views", "viewed"],  # "view" and "viewing" are mostly the noun and watching
    "read": ["reads", "read"],  # "“…,” the statement read"
    "find": ["finds", "found"],  # a study's or researchers' findings: "“…,” the researchers found"
    "talk": ["talked", "talking", "talks about", "talked about"],  # "talks" alone is mostly the noun ("peace talks")
    "hit back": ["hit back", "hits back", "hitting back"],
    "make the argument": ["make the argument", "makes the argument", "made the argument", "making the argument"],
    "make the case": ["make the case", "makes the case", "made the case", "making the case"],
    "shoot back": ["shot back", "shoots back", "shooting back"],
    "weigh in": ["weighed in", "weighs in", "weighing in"],  # "“…,” Feld weighed in", US news and trade press; not "weighed 90 kg"
    "go on": ["went on", "goes on"],  # "he went on: “…”"; weak: "went on to win" says nothing
    "message": ["messaged", "messaging"],  # "“…,” he messaged Osiemo"; "message" and "messages" are mostly the noun
    "text": ["texted"],
    "email": ["emailed", "e-mailed"],
    # a speech act named by a noun after a light verb: "paid tribute to “…”", "made an appeal for “…”"
    "pay tribute to": ["paid tribute to", "pays tribute to", "paying tribute to"],
    "make an appeal for": ["made an appeal for", "makes an appeal for", "making an appeal for"],
    "make a plea for": ["made a plea for", "makes a plea for", "making a plea for"],
    # "Quist recognized that federal credits have “helped …”", with its that-clause only: not "the accord recognises Iran's
    # “…”", "called on the government to recognise that …" (the caller's words)
    "recognize that": ["recognized that", "recognised that", "recognizes that", "recognises that"],
    # a report's or a court's finding, with its that-clause only: "the report indicated that …", "the court has determined
    # that …" (not "indicated support", "determined to act")
    "indicate that": ["indicated that", "indicates that", "indicating that"],
    "determine that": ["determined that", "determines that"],
    # "where he mentioned that the network “will be …”", with its that-clause only: "mentioned the plan" names a topic
    "mention that": ["mentioned that", "mentions that", "mentioning that"],
    # "@mira_k shared that: “…”", "Ana shared that “…”", as social-media digests write a post's words; not "shared the photo"
    "share that": ["shared that", "shares that", "sharing that"],
    # "Ines answered that “…”", "ask her and she will answer: “…”" (after a modal the verb); "answer" and "answers" alone
    # are mostly the noun
    "answer": ["answered", "answering", "will answer", "would answer"],
    "quiz": ["quizzed", "quizzes", "quizzing"],  # "'At no stage?' Mitchell quizzed further"; "quiz" alone is mostly the noun
    "tag": ["tagged"],  # "what he tagged a “crucial” matter" (West African press), as "called"; "tag" and "tags" are mostly the noun
    "begin": ["began", "begins"],  # "“Genocide was enabled …,” Connolly began"; weak: "began a tour" says nothing
    "credit": ["credits", "credited", "crediting"],  # "He credits the county for “being quick …”"; "credit" is mostly the noun
    "reason": ["reasoned", "reasons that"],  # "Petrov reasoned that “…”"; "reasons" and "reasoning" are mostly the nouns
    # a body's data or figures as the subject, with the that-clause only: "Statistics Norland data show that “…”" (not
    # "the data show a rise", "a film shows")
    "show that": ["show that", "shows that", "showed that", "shown that"],
}
# a French text's verbs of saying (infinitive: present singular, present plural, past participle), in the past tense the
# press writes them ("Le maire, Jean Martin, a déclaré : « … »", "« … », a ajouté Claire Dubois") and the present
# ("déclare", "dit"); their forms with the subject pronoun after the verb ("dit-il", "a-t-elle ajouté") are FRENCH_INVERTED
FRENCH_SAYING = {
    "déclarer": ("déclare", "déclarent", "déclaré"),
    "affirmer": ("affirme", "affirment", "affirmé"),
    "indiquer": ("indique", "indiquent", "indiqué"),
    "dire": ("dit", "disent", "dit"),
    "ajouter": ("ajoute", "ajoutent", "ajouté"),
    "estimer": ("estime", "estiment", "estimé"),
    "préciser": ("précise", "précisent", "précisé"),
    "souligner": ("souligne", "soulignent", "souligné"),
    "expliquer": ("explique", "expliquent", "expliqué"),
    "rappeler": ("rappelle", "rappellent", "rappelé"),
}
# the past tenses the press writes ("a dit", "ont déclaré", "avait ajouté"), before the participle and in the inverted
# forms ("a-t-il dit"); not "avaient": a plural subject a French text names ("Jean Martin et Claire Dubois") is no group
# the reader makes
FRENCH_AUXILIARIES = ("a", "ont", "avait")
for _base, (_singular, _plural, _participle) in FRENCH_SAYING.items():
    IRREGULAR[_base] = [*(f"{auxiliary} {_participle}" for auxiliary in FRENCH_AUXILIARIES), _singular, _plural]
# the French subject pronouns that stand for a person or people named before ("il", "elles"); not "on", impersonal ("« … »,
# dit-on": it is said, by nobody named)
FRENCH_PERSONAL_PRONOUNS = r"ils?|elles?"
# French verbs that say before the guillemets only with "que" or a colon after them: the bare present "dit" between commas
# names what one is known as ("Pedro Ruiz, dit « le Loup », a été arrêté"), and "estimer" values ("estime le coût à « deux
# millions »"), and "rappeler" evokes ("rappelle « les heures sombres »"); "dit que « … »", "a estimé : « … »" and after the
# quotation ("« … », dit Jean Martin", "estime-t-il", "rappelle-t-elle") they say
QUE_OR_COLON_ONLY = frozenset(("dit", *IRREGULAR["estimer"], *IRREGULAR["rappeler"]))
QUE_OR_COLON_NEXT = re.compile(r"\s*(?::|qu(?:e\b|[’']))")
# the verb, then its subject pronoun joined by hyphens, right after the quotation ("« … », dit-il", "déclare-t-elle",
# "a-t-il dit", "ont-elles ajouté"): he, she or they, as "“…,” he said" reads
_FRENCH_PRESENT = "|".join(sorted({form for forms in FRENCH_SAYING.values() for form in forms[:2]}, key=len, reverse=True))
_FRENCH_PARTICIPLE = "|".join(sorted({forms[2] for forms in FRENCH_SAYING.values()}, key=len, reverse=True))
FRENCH_INVERTED = re.compile(
    r"[\s,]*(?:(?P<present>" + _FRENCH_PRESENT + r")|(?:" + "|".join(FRENCH_AUXILIARIES) + r"))-(?:t-)?(?P<pronoun>" + FRENCH_PERSONAL_PRONOUNS + r")"
    r"(?(present)|\s+(?P<participle>" + _FRENCH_PARTICIPLE + r"))(?![\w-])"
)
REGULAR = """state add note warn claim argue assert declare announce emphasize emphasise stress insist comment remark explain reply
respond counter exclaim acknowledge admit concede describe call label dub term brand characterize characterise accuse urge
pledge promise vow tweet reiterate reaffirm underline underscore highlight believe maintain echo conclude predict
caution suggest question ask demand threaten complain lament worry fear praise commend criticize criticise condemn denounce hail report refer
recount observe contend clarify allege affirm confirm deny dismiss mock quip joke announce proclaim recall reveal
liken compare blame boast recommend propose charge vow concur agree assess estimate cite quote stipulate express thank
welcome hint inform continue advocate remind plead beg implore beseech opine speculate testify shout yell chant scream portray deem
gush tout crow scoff retort attribute reference posit instruct remember confess smile query surmise reject slam imply insinuate
laugh chuckle shrug sigh muse reckon whisper mutter profess espouse interpret assure disclose scold chide
intone aver orate advise decry deplore bemoan introduce recollect reminisce marvel""".split()  # "rejoin" left out: mostly "rejoined the firm"
NAMING = ["introduce the idea of", "introduce the notion of", "introduce the term", "coin the term", "coin the phrase"]
NAMING += ["use the term", "use the phrase", "use the word", "use the words"]  # a speaker naming a thing: the term is theirs
ADVOCATING = ["campaign for", "push for", "lobby for", "press for"]  # "campaigned for the “abolition of …”": the advocate's words
PHRASES = [
    "express support for",
    "express concern",
    "express hope",
    "express readiness",
    "express opposition",
    "point out",
    "point to",
    "cry out",
    "fire back",
    "speak of",
    "talk of",
    "refer to",
    "object to",
    "frown at",  # "frowned at the “apparent willingness” of …": a stance on the words, as "decried the"
    "put it",
    "peddle the lie",  # a rebuttal's "X peddled the lie that “…”": the claim is X's
    "peddle the claim",
    "push the lie",
    "spread the lie",
    "offer a tribute to",
    "issue a warning",
    "issue a call for",
    "issue an appeal for",
    "issue a statement",
    "release a statement",
    *NAMING,
    *ADVOCATING,
]
# a view given whole after a colon: "Dr Ike shared the following view: “…”", "gave the following opinion:"; not "shared
# the following photo:", whose words are a caption's
FOLLOWING_VIEW = ("view", "views", "opinion", "opinions", "thoughts", "perspective", "assessment", "observation")
PHRASES += [f"share the following {noun}" for noun in FOLLOWING_VIEW]
for _noun in FOLLOWING_VIEW:
    IRREGULAR[f"give the following {_noun}"] = [f"{verb} the following {_noun}" for verb in ("gave", "gives", "giving")]
DESCRIBING = {
    "describe",
    "call",
    "label",
    "dub",
    "tag",
    "term",
    "brand",
    "characterize",
    "characterise",
    "liken",
    "compare",
    "refer",
    "refer to",
    "portray",
    "interpret",  # "Judge Mara Holt interpreted the clause as “a promise, not a duty”": her reading, her words
    "introduce",  # "Feld introduced Venn to the audience as “the best builder of her generation”": the host's words
    "deem",
    "denounce",
    "accuse",
    "hail",
    "blame",
    "thank",
    "credit",
    *NAMING,
    *ADVOCATING,
}
# Cues that only count as cues with a quotation right after them: "agree" and "believe" are too common otherwise
WEAK = {
    "smile",  # "“But”, he smiles, “…”"; not "smiled at the cameras"
    # a feature's manner of speaking, next to the words ("“We will manage,” she shrugs", "he laughs"); not "laughed it off"
    "laugh",
    "chuckle",
    "shrug",
    "sigh",
    "muse",
    "reckon",  # "“…,” she reckons"; not "a force to reckon with"
    "whisper",
    "mutter",
    "query",  # "“…,” Perera queried"; not "queried the figures"
    "go on",
    "begin",
    "show that",  # "data show that “…”"; a that-clause inside one of saying is the sayer's ("Reynolds says that the
    # performance shows that “it can win”")
    "remember",  # "“She was furious,” he remembered"; not "is remembered for"
    # a feature's verbs of memory and wonder, named after the words ("“…,” reminisces Ana Roe", "she marvels"); not
    # "recollects the flood", "marvelled at the “sheer nerve” of it" (AFTER_QUOTE_ONLY)
    "recollect",
    "reminisce",
    "marvel",
    "direct",  # "directed federal agencies to “IMMEDIATELY CEASE …”", not "criticism directed at"
    "instruct",
    "request",
    "continue",
    "inform",
    "observe",
    "express",
    "welcome",
    "believe",
    "think",
    "see",
    "regard",
    "view",
    "read",
    "find",
    "hold",
    "agree",
    "concur",
    "assess",
    "estimate",
    "question",
    "ask",
    "charge",
    "cite",
    "quote",
    "worry",  # "Hawley worries, “…”", "Warren fears that “…”": a concern voiced, with the words right after it
    "fear",
    "profess",  # a body's creed: "The Courier professes that “…”", "its code espouses “…”"; not "professed his innocence"
    "espouse",
}


# cues that name a speaker only after the quote ("“…,” the statement read"): before one ("the slogan reads, “…”",
# "He read “The Family of Man”") the words are a standing text or a title
AFTER_QUOTE_ONLY = {"read", "begin"}  # "“…,” the statement read", "“…,” Connolly began": not "began a tour of “…”"
AFTER_QUOTE_ONLY |= {"recollect", "reminisce", "marvel"}  # "“…,” marvels Ana Roe": not "marvelled at the “sheer nerve” of it"
# verbs of sending a post or a message, cues only right before the colon that opens the words sent ("Back in Velmar, Mina
# Darrow sent: “…”", "@ana_r shared: “…”"), as social-media digests write a post's text: "sent troops", "sent a letter to
# the “…”", "shared the photo:" (a caption's words) and "sent: 3 boats" say nothing
# the same for a witness enlarging on a point, as inquiries' reports write it ("The latter point was one on which he
# expanded:", "She elaborated:"); not "the firm expanded its fleet"
# and for an interviewee's words in research reports and features, cues right before the comma or the colon that opens
# them ("As Tomas Weller shared, “…”", "Pavel Durn reflects, “…”"); not "shared the photo", "the figure reflects a shift"
COLON_ONLY_CUE = re.compile(
    r"\b((?:sent|sends|shared|expanded|expands|elaborated|elaborates)(?=\s*:\s*$)|(?:shared|shares|reflected|reflects)(?=\s*[:,]\s*$))"
)
# cues that name a speaker only before a quote they qualify with "as": "rejected these accusations as “patently false”";
# not "rejected the call for “de-escalation”", "reject such terms as “hegemony”" (examples) or "“…,” which Kyiv rejected"
# "interpreted the clause as “…”"; not "interpreted to mean “…”"; "introduced Venn to the audience as “…”" (an event's
# host's words for a guest); not "introduced the bill"
AS_BEFORE_QUOTE_ONLY = {"reject", "interpret", "introduce", "regard", "view"}
# verbs of a view, describing only a thing they qualify with "as" ("sees the catalogue as its “weak flank”", "regards the
# plan as a “…”", "views it as “…”"): the speaker's words for the thing, as "describes X as" or "calls X its"
# "regard" and "view" are cues only before "as" (AS_BEFORE_QUOTE_ONLY): a verb of view added here that is no cue elsewhere
# goes there too ("see" is not in it)
VIEWING = frozenset({"see", "regard", "view"})


# verbs stressed on a last syllable that ends vowel-consonant, and "quip" (its "u" is no vowel): "admitted", "referred"
DOUBLES_LAST_CONSONANT = {"admit", "refer", "concur", "quip", "aver", "regret", "submit", "commit", "omit", "prefer", "confer", "rebut"}


def _forms(base: str) -> list[str]:
    if " " in base:
        verb, rest = base.split(" ", 1)
        return [f"{form} {rest}" for form in _forms(verb)]
    if base.endswith("e"):
        stem = base[:-1]
        return [base, base + "s", base + "d", stem + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if (SHORT_CVC.fullmatch(base) and base not in {"post"}) or base in DOUBLES_LAST_CONSONANT:
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    if base.endswith(("ch", "sh", "ss", "x")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


FORMS: dict[str, str] = {}
for _base, _forms_list in IRREGULAR.items():
    for _form in _forms_list:
        FORMS[_form] = _base
for _base in REGULAR + PHRASES:
    for _form in _forms(_base):
        FORMS.setdefault(_form, _base)
for _form in ("according to",):
    FORMS[_form] = "according to"

# Verbs are written in lower case; only "According to" opens a sentence capitalised.
FORMS["According to"] = "according to"
# A prefix tree of the forms, not a longest-first alternation of hundreds of them: the same matches (the longer form
# wins), found without trying every form at every word.
CUE = re.compile(r"\b(" + trie_pattern(list(FORMS)) + r")\b")
CUE_ANY_CASE = trie_pattern(sorted({form.lower() for form in FORMS}))  # for patterns compiled with re.I
# a passive's auxiliary right before a verb of saying ("she was told by X", "will be formally announced"): no one says it there
PASSIVE_BEFORE = re.compile(r"\b(?:be|was|were|been|being|is|are|am)\s+(?:\w+ly\s+)?$")
QUOTING = re.compile(r"\b(?:quoting|quoted|citing|cited)\s*$", re.I)
AS_SAYING = re.compile(r"\bas\s+(?:saying|stating|writing|telling|warning|declaring|adding)\b[\s,:]*$", re.I)


def as_saying_at_end(text: str) -> bool:
    """Whether AS_SAYING.search(text) matches: its match ends with a word in "-ing" and the spaces, commas and colons
    after it, so the pattern (tried at every place of the text) is tried only where the text ends so."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in ",:"):
        end -= 1
    return text[end - 1 : end] in ("g", "G") and AS_SAYING.search(text) is not None


def present_and_past(base: str) -> tuple[str, str]:
    """A verb of saying's third person present and its past: ("says", "said"), ("tells", "told"), ("adds", "added")."""
    forms = IRREGULAR.get(base) or _forms(base)
    return forms[1], forms[2]


def base_of(form: str) -> str:
    return FORMS.get(form.lower(), form.lower())


def is_describing(form: str) -> bool:
    return base_of(form) in DESCRIBING


def is_weak(form: str) -> bool:
    return base_of(form) in WEAK


def is_participle(form: str) -> bool:
    return form.lower().split(" ", 1)[0].endswith("ing")  # "referring to", "pointing out": the verb's own form
