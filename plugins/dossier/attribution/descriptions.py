"""Who a speaker nobody put in the registry is, as the report itself says it: the title written before the name
("Defense Secretary Robert Gates"), an apposition after it ("Piet Vander, a senior fellow at the Harbour Policy
Institute,") or the body named with it ("Ana Ruiz of CSIS"). The first of them the text gives is the provisional
actor's description, shown where a registry entry's is. A wrong description is worse than none, so each form is read
only where its last word is a role's noun (an apposition's "a day after the vote" describes nobody)."""

from __future__ import annotations

import itertools
import re

from ..actors import fold_chars
from ..datelines import WIRE_AGENCIES
from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from .campuses import campus_after_university
from .given_names import given_name_sex
from .kin_descriptions import kin_description
from .kinship import FEMALE_PERSON_NOUNS, KIN_NOUNS, MALE_PERSON_NOUNS
from .names import DEMONYMS, OCCUPATION_NOUNS, ORGANIZATION_WORDS
from .party_brackets import party_and_place
from .shortcuts import whole_word_at
from .titles import LOCAL_OFFICE_TITLES, TITLE_QUALIFIERS, TITLE_WORDS, hyphenated_title

# the nouns that end a description of a person ("a senior fellow", "the incoming Marine commandant", "Defense Secretary")
ROLE_HEADS = (
    OCCUPATION_NOUNS
    | frozenset(
        """fellow professor expert analyst spokesman spokeswoman spokesperson director official officer minister secretary
    president chairman chairwoman chairperson chair ambassador envoy adviser advisor commander general colonel captain
    admiral commandant scholar lecturer member head chief leader founder co-founder cofounder ceo executive manager
    consultant attorney diplomat strategist specialist deputy governor senator mayor lawmaker legislator judge
    prosecutor correspondent columnist commentator partner candidate nominee owner associate coordinator investigator
    inspector representative economist researcher doctor emeritus negotiator observer president-elect premier chancellor
    congressman congresswoman councillor councilor treasurer rapporteur counsel counselor counsellor ombudsman sheriff bishop archbishop
    cardinal rabbi imam cleric ayatollah king queen prince emir sultan superintendent commissioner administrator
    principal dean provost meteorologist forecaster geologist hydrologist epidemiologist statistician skipper
    evp svp vp cfo coo cto cio cmo""".split()
    )
    | LOCAL_OFFICE_TITLES
)
FUNCTION_WORDS = frozenset("the a an and of for to in on at his her its their".split())
WORDS_BEFORE_A_BARE_TRADE = frozenset("by with from like said says told tells according".split())
# what a title's run sheds at its ends: a courtesy title ("Mr"), and the small words
TITLE_RUN_EDGES = frozenset("mr mrs ms dr madam hon sir dame".split()) | FUNCTION_WORDS
# the words after which an apposition's head noun phrase ends ("a senior fellow | at the …")
PHRASE_BREAKS = frozenset("at of with for in on from to and who which that whose since".split())
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")  # "U.S.", "CSIS": a body's letters before a title
# "U.S." whole, and "Mr." or "Sen." before a name ("a spokesman for the campaign of Mr. Orlan"), so that their stops end no
# description
TITLES_BEFORE_A_NAME = ("Mrs", "Mr", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev", "St")
# a middle initial inside a name ("Dana K. Moss Company", "a lawyer for Ana K. Lind,"): its stop ends no description where a
# capitalised word follows it and the name goes on or ends there ("Plan B. The board …" ends the sentence)
MIDDLE_INITIAL = r"(?<=[a-z]\s)[A-Z]\.(?=\s[A-Z][\w’'-]*(?:\s+[A-Z]|\s*[,;:)—–]|\.(?!\w)|\s*$|\s+(?:and|said|says|told|tells)\b))"
WORD = r"(?:(?:[A-Z]\.){2,}|(?:" + "|".join(TITLES_BEFORE_A_NAME) + r")\.(?=\s[A-Z])|" + MIDDLE_INITIAL + r"|[\w’'&-]+)"
# ", a senior fellow at the Harbour Policy Institute," after the name: an article, then words up to a stop or a cue
# the comma inside a name's list of capitalised words ("Department of Civil, Structural and Marine Engineering",
# "Ministry of Foreign Affairs, Trade and Development"): one word an item, the last after "and"; not an apposition's end
LISTED_IN_A_NAME = r",\s+(?=[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*,?\s+(?:and|&)\s+[A-Z])"
APPOSITION = re.compile(
    r",\s+(?:(?P<article>an?|the)\s+)?(?P<words>" + WORD + r"(?:(?:\s+|(?<=[A-Za-z])" + LISTED_IN_A_NAME + r")" + WORD + r"){0,17})"
    # (a bracket after the words ends them too: a body's letters or its name spelled out, "… Harbour Network (PHN),")
    r"(?=\s*[,;:)—–]|\.(?!\w)|\s+(?:and|or|said|says|told|tells|wrote|writes|added|adds)\b|\s+\([A-Z][^()]{0,80}\)|\s*$)"
)
# ", who is the Velmar Institute's director of rowing", ", who was a historian at …": a relative clause that only says who the person is
WHO_IS = re.compile(
    r",\s+who\s+(?:is|was|serves\s+as|served\s+as)\s+(?:(?P<article>an?|the)\s+)?(?P<words>" + WORD + r"(?:\s+" + WORD + r"){0,13})"
    r"(?=\s*[,;:)—–]|\.(?!\w)|\s*$)"
)
# ", who follows the port as a senior analyst at Tidewell Capital", ", who works as a nurse at the Harbour Clinic": a relative
# clause of the work the person does, in a post it names with its body. Only the verbs of doing one's work, in the present
# or as "worked": a verb that judges its object ("who denounced the mayor as a puppet of …") or tells a career's start
# ("who began as a clerk at …") says no post the person holds
WORK_VERBS = "works|worked|follows|covers|tracks|watches|studies|advises|teaches|lectures|volunteers|practises|practices"
WHO_WORKS_AS = re.compile(
    r",\s+who\s+(?:(?:also|now|currently)\s+)?(?:" + WORK_VERBS + r")(?P<object>(?:\s+(?!as\s)[\w’'-]+){0,4})\s+as\s+(?:an?|the)\s+"
    r"(?P<words>" + WORD + r"(?:\s+" + WORD + r"){0,13})(?=\s*[,;:)—–]|\.(?!\w)|\s*$)"
)
# the object pronouns after a verb of work whose "as …" may be the person's it names ("who studies her as a leader …")
PERSONS_OBJECTS = frozenset("him her them me us you his their my our your".split())
ENDED_AT = frozenset("until till".split())  # "… as a nurse at the Harbour Clinic until 1998": a post that ended


def _the_work_s_object(between: str) -> bool:
    """Whether the words between a verb of work and "as" name what the work is on ("follows the port", "covers the
    courts"), not a person, who may be the one the "as" describes ("who studies Kara Vos as a leader at Velmar", "who
    covers for Kara Vos as the manager", "who studies her father as a patient")."""
    words = between.split()
    return not any(word[:1].isupper() or word.lower() in PERSONS_OBJECTS or fold_chars(word).lower() in NOT_A_POST for word in words)


# " of CSIS", " of the Harbour Policy Institute": the body a person is named with
CAPITAL_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'&-]*)"
OF_BODY = re.compile(r"\s+of\s+(?P<body>(?:the\s+)?" + CAPITAL_WORD + r"(?:\s+(?:(?:of|for|and|on|the)\s+)*" + CAPITAL_WORD + r")*)")
# what a title before a name serves, named after it: "of Orvia County", "of District 4", "of Orvia Power and Light"; the
# body's words end at a word of time ("of Rhode Island Tuesday", "of Port Alma on Tuesday"), and a number goes with a
# numbered area's word only ("of Ward 12", not "of Port Alma 12 times")
NUMBERED_AREAS = frozenset("district ward precinct division zone region circuit".split())
AREA_NUMBER = re.compile(r"\s+\d{1,3}(?![\w’'])")
TIME_WORDS = (
    frozenset(day.lower() for day in WEEKDAY_NAMES)
    | {month.lower() for month in MONTH_NAMES}
    | frozenset("today tonight yesterday tomorrow morning afternoon evening night".split())
)
JOINING_WORDS = frozenset("of for and on the".split())
POSSESSIVE_END = re.compile(r"[’']s?$")
BODY_WORDS = frozenset(
    """university institute institution center centre council foundation party ministry agency company corporation corp
    group bank association union committee commission school college department office service network academy
    observatory forum trust fund society league alliance coalition partners consultancy consulting project program
    programme initiative laboratory lab""".split()
)
BODY_LINKS = frozenset("of at for with".split())  # "president of", "analyst at": the role's body comes next
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
EMPHASIS = re.compile(r"[*_]{1,3}(?=\w)|(?<=\w)[*_]{1,3}")
# the words that end an apposition: a relative clause, a time clause or a cue ("… Foreign Ministry previously told")
CLAUSE_WORDS = frozenset(
    """who which that whose since when where after before because while said says told tells added adds wrote writes
    explained noted argued warned stated""".split()
)
ABBREVIATIONS = frozenset(TITLES_BEFORE_A_NAME) | frozenset("Mme Messrs Mt Ft Adm Maj Jr Sr Inc Corp Co No".split())
TRAILING_ADVERBS = frozenset("previously recently earlier later also once formerly".split())
# an academic title before a name ("Professor Ada Tay"): how the person is addressed, not their post, where an
# apposition after the name gives one ("…, President of the Harbour Commission"). The only form of address title_before
# returns: it reads "Dr", "Prof", "Rev", "Mr", "Lord" or "Dame" as no title, so the apposition describes those already
ADDRESS_TITLES = frozenset({"professor"})
MOST_WORDS = 14  # a longer apposition is a clause about the person, not who they are
# ... unless all after the role's noun is bodies named in capitals, nested by "of"/"at"/"for" ("deputy director of the
# Centre for Urban Water at the Hollis Institute of Marlow University"): a long affiliation of one post, still who they are
MOST_NAMED_WORDS = 24
NESTING_WORDS = frozenset("of at for the and on".split())
WINDOW = 300  # characters read after a name for its apposition


FOLDED_ABBREVIATIONS = frozenset(fold_chars(word).lower() for word in ABBREVIATIONS)


def one_word_title(folded: str) -> bool:
    """ "vice-chancellor", "secretary-general", "governor-elect": a title written as one hyphenated word, every part a
    title's word spelled out (not a rank cut short, "Maj-Gen", which says no post)."""
    return hyphenated_title(folded) and not any(part.rstrip(".") in FOLDED_ABBREVIATIONS for part in folded.split("-"))


def served_after(text: str, end: int) -> str:
    """The place or body named at `end` after a title and a name ("of Orvia County" -> "Orvia County"), up to a word of
    time; "" where none is named, or where the name is a possessive's ("of Brussels’ plan": whose plan, not her post's)."""
    match = OF_BODY.match(text, end)
    if match is None:
        return ""
    body = match.group("body").split()
    words = list(itertools.takewhile(lambda word: fold_chars(word.rstrip(".")).lower() not in TIME_WORDS, body))
    whole = len(words) == len(body)
    while words and words[-1] in JOINING_WORDS:
        words.pop()
    words = words[1:] if words[:1] == ["the"] else words
    if not words or POSSESSIVE_END.search(words[-1]):
        return ""
    served = " ".join(words).rstrip(".")
    number = AREA_NUMBER.match(text, match.end()) if whole and words[-1].lower() in NUMBERED_AREAS else None
    return f"{served} {number.group(0).strip()}" if number is not None else served


def describe(text: str, name: str) -> str:
    """The first description the text gives of the person it names in full as name, or "" where it gives none."""
    if not name or " " not in name:
        return kin_description(text, name) if name else ""  # a given name alone: only a relative's noun before it says who
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if whole_word_at(text, at, name):
            found = title_before(text[max(0, at - 120) : at])
            served = served_after(text, end) if found else ""
            if served:  # "Supervisor Ana Ruiz of Orvia County": her post, and the place or body it serves
                found = f"{found}, {served}"
            elif fold_chars(found).lower() in ADDRESS_TITLES:
                found = apposition_after(text[end : end + WINDOW]) or found  # "Professor Ada Tay, President of …": the post
            found = found or apposition_after(text[end : end + WINDOW]) or title_set_off_before(text, at, end)
            if found:
                return found[0].upper() + found[1:]
        at = text.find(name, end)
    return _copular_role(text, name) or kin_description(text, name)


# ", Hanne Olsen, told staff": the name set off by commas, then the clause goes on in lower case (not a list, ", Hanne
# Olsen, Bo Lind and …", nor a second apposition, ", Hanne Olsen, the mayor,")
SET_OFF_NAME_GOES_ON = re.compile(r",\s+(?!(?:the|a|an|and|or|but|nor)\s)[a-z]")
# ", Hanne Olsen, treasurer, and Bo Lind": a list's next item after the name, a noun and a comma before "and"/"or"
LIST_GOES_ON = re.compile(r",\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?,?\s+(?:and|or)\s")
WORDS_BEFORE_A_SUBJECT_TITLE = frozenset("said says told tells".split())


def title_set_off_before(text: str, at: int, end: int) -> str:
    """ "Saltmarsh Ferries chief executive" in "The Saltmarsh Ferries chief executive, Hanne Olsen, told staff", "Halvorsen's
    CEO" in "…, Halvorsen's CEO, Lena Dahl, said": a title set off from the name by a comma, read where the title opens
    the clause (at a sentence's start, after a comma or a verb of saying) and the name is set off on both sides; not
    "After a talk with the chief executive, Hanne Olsen said" (no comma after the name) nor "… to the chief executive,
    Hanne Olsen, …" (the title is what the talk was with)."""
    before = text[max(0, at - 120) : at]
    comma = re.search(r"(?<=\w),\s+$", before)
    if comma is None or not (SET_OFF_NAME_GOES_ON.match(text, end) or _ends_sentence_at(text, end)):
        return ""
    before = before[: comma.start()]
    found = title_before(before + " ")
    if not found:
        return ""
    words = before[before.rfind("\n") + 1 :].split()
    opening = len(words) - len(found.split())
    if opening > 0 and fold_chars(words[opening - 1]) in ("the", "a", "an"):
        opening -= 1  # "The chief executive": the article before the title it leaves out
    if opening > 0 and not (
        words[opening - 1][-1:] in ",;" or _ends_sentence(words[opening - 1]) or words[opening - 1] in WORDS_BEFORE_A_SUBJECT_TITLE
    ):
        return ""
    after_a_name = opening > 0 and words[opening - 1][-1:] == "," and _names_someone(words[opening - 1][:-1])
    titles_lead = after_a_name and _titles_lead_the_list(text[max(0, at - 300) : at], words[:opening])
    if after_a_name and not titles_lead:
        return ""  # "Tom Lee, Velmar's CEO, Hanne Olsen, …": the title is the name's before it, or a list's
    if not titles_lead and (LIST_GOES_ON.match(text, end) or _list_after(text, end)):
        return ""  # ", Hanne Olsen, his deputy and Bo Lind said": the name is one of a list's items
    if _relation_of_an_owner(found):
        return ""  # "Velmar's critic": a relation to the owner, no post there
    return found


def _titles_lead_the_list(wider: str, words: list[str]) -> bool:
    """Whether the name before a set-off title is itself set off after a title ("…, former Vice President, Prof. Ana
    Roe, Harbour State Governor, Hanne Olsen, …"): a list where each title goes before its name, so this one is the next
    name's. `words` ends on the name before the title; `wider` is the text before the person's name, read further back."""
    start = len(words) - 1
    while start > 0 and not words[start - 1].endswith(","):
        start -= 1
    name = words[start:]
    if start == 0 or not 2 <= len(name) <= 5 or not all(word[:1].isupper() for word in name):
        return False
    head = wider[: wider.rfind(" ".join(name))].rstrip()
    return head.endswith(",") and bool(title_before(head[:-1] + " "))


def _names_someone(word: str) -> bool:
    """Whether the word before a comma is a capitalised name's (a person's or a body's), not a day's or a month's
    ("On Monday, the chief executive, …") nor a stop's."""
    return _name_word(word) and fold_chars(word).lower() not in CALENDAR_WORDS


def _list_after(text: str, end: int) -> bool:
    """ ", Hanne Olsen, his deputy and Bo Lind said": a noun phrase after the name, then "and" before the clause's verb."""
    return re.match(r",\s+(?:his|her|its|their|our|my|your)\s", text[end:]) is not None


def _relation_of_an_owner(found: str) -> bool:
    """ "Velmar's critic", "the company's fiercest critic": a noun of a relation to the owner, which holds no post there."""
    words = found.split()
    return fold_chars(words[-1]).lower() in RELATION_NOUNS and not _critic_of_an_art(words)


# what a paper's critic reviews ("the Herald's film critic"): a trade, the post the paper gives
ARTS_REVIEWED = frozenset("film theatre theater music food art arts restaurant dance book books television tv wine architecture opera".split())


def _critic_of_an_art(words: list[str]) -> bool:
    """ "film critic", "chief theatre critic": a reviewer's trade at a paper, not a relation to the owner."""
    return len(words) > 1 and fold_chars(words[-2]).lower() in ARTS_REVIEWED


def _ends_sentence_at(text: str, end: int) -> bool:
    """ "…, said Halvorsen's CEO, Lena Dahl.": the sentence ends right after the name."""
    return text[end : end + 1] == "." and not text[end + 1 : end + 2].isalnum()


COPULAR_REACH = 400  # characters after the first mention of a full name in which "Surname is the …" still introduces them
# "… is the", "… was an" after the surname, or a role's noun with no article, as US papers write a post ("Alejandre is
# executive director of …", "Roe was deputy mayor"); the words before that noun its modifiers, never an article, a negation
# or a participle ("is not a member of", "was appointed head of": no post given in those words)
COPULAR_VERB = re.compile(
    r"\s+(?:is|was)\s+(?=(?:an?|the)\s|(?:(?!(?:an?|the|not|no|never)\s)[a-z][\w-]*(?<!ed)\s+){0,2}(?:"
    + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    + r")\s+(?:of|at|for)\s)"
)
CLOSING_MARKS = "”\"’'"  # a quotation's closing mark between a sentence's stop and the next sentence


def copular_sentence(window: str, surname: str) -> tuple[int, int] | None:
    """Where the first sentence opening on the surname and "is"/"was" and an article starts (at the stop before it) and
    where its article starts; None where none does. The surname is looked for as plain text, each place then tested by
    patterns compiled once: a pattern made from the surname would be compiled again for each new person of each report."""
    at = window.find(surname)
    while at >= 0:
        verb = COPULAR_VERB.match(window, at + len(surname))
        start = at if at == 0 else _stop_before(window, at)
        if verb is not None and start is not None:
            return start, verb.end()
        at = window.find(surname, at + 1)
    return None


def _stop_before(window: str, at: int) -> int | None:
    """Where the sentence's stop is (".", "!" or "?", then a closing mark or not) before the spaces that end right at
    `at`; None where no space or no stop is there."""
    space = at
    while space > 0 and window[space - 1].isspace():
        space -= 1
    if space == at or space == 0:
        return None
    stop = space - 1 if window[space - 1] in CLOSING_MARKS else space
    return stop - 1 if stop > 0 and window[stop - 1] in ".!?" else None


def _copular_role(text: str, name: str) -> str:
    """ "Anna Hollis’s response was worry. Hollis is the CEO of Brightline, …": the role a sentence opening on the
    surname and "is"/"was" and an article gives, right after the first mention of the full name."""
    first = text.find(name)
    if first < 0:
        return ""
    surname = name.split()[-1]
    window = text[first + len(name) : first + len(name) + COPULAR_REACH]
    copular = copular_sentence(window, surname)
    if copular is None:
        return ""
    between = re.finditer(r"([A-Z][\w’'-]*)\s+" + re.escape(surname) + r"\b", window[: copular[0]])
    own = name.split()[:-1]  # the person's own given names, named in full again ("… but Michelle Hege’s response")
    if any(other.group(1) not in own and fold_chars(other.group(1)).rstrip(".") not in TITLE_WORDS for other in between):
        return ""  # "Ana Lind met Bo Lind at the port. Lind is the …": another bearer of the surname came between
    found = apposition_after(", " + window[copular[1] :])
    return found[0].upper() + found[1:] if found else ""


# a junior minister's post named by the ministry it sits in, before the name: "Minister in the Ministry of Finance Ann
# Black", "Minister of State in the Ministry of External Affairs Ravi Rao" (as Trinidad and Tobago, India and Ghana write
# them); the ministry's name is capitalised words, with "and" or "the" between them
MINISTRY_POST_BEFORE = re.compile(
    r"(?<![\w’'])(?:Minister|Secretary)(?:\s+of\s+State)?\s+in\s+the\s+"
    r"(?:Ministry|Department)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|&|of|the)\s+)?[A-Z][\w’'-]*){0,5}\s+$"
)


def title_before(before: str) -> str:
    """ "former Defense Secretary" in "… former Defense Secretary ", "CSIS analyst" in "said CSIS analyst ": the title
    right before a name, each word a title's, the last one a role's noun; with the capitalised words that open it
    ("Chief Operating Officer", "Ukrainian President", "Turkey’s president")."""
    if not before.endswith(" "):
        return ""
    post = MINISTRY_POST_BEFORE.search(before) if " in the " in before else None
    if post is not None:  # "Minister in the Ministry of Finance Ann Black": the post and the ministry it is in
        opening = _post_opening(before[before.rfind("\n", 0, post.start()) + 1 : post.start()].split())
        if opening is not None:
            return " ".join([*opening, post.group(0).strip()])
    words = before[before.rfind("\n") + 1 :].split()[-8:]  # a heading's or a caption's line above is another text
    start = end = len(words)
    while start > 0:
        word = words[start - 1]
        if not word[-1:].isalnum() and not word.endswith("."):
            break  # "said," or "“": a clause's end
        folded = fold_chars(word)
        trade = start == end and folded in ROLE_HEADS and folded not in TITLE_WORDS  # "PE teacher", "the author"
        titled = folded in TITLE_WORDS or folded.rstrip(".") in TITLE_WORDS or one_word_title(folded)  # "Vice-chancellor"
        titled = titled or (start < end and folded in TITLE_QUALIFIERS)  # "Junior Minister", at a sentence's start too
        # "co-founder and chief executive": the first of two posts one person holds, joined by "and"
        titled = titled or (start < end and words[start] in ("and", "&") and _role_head(folded))
        if not (trade or titled or (start < end and INITIALISM.fullmatch(word))):
            break
        start -= 1
        if trade and start > 0 and fold_chars(words[start - 1]) in TITLE_QUALIFIERS:
            start -= 1  # "Associate Dean", "Junior Doctor": the word that qualifies the trade's noun is its title's
        if trade:
            break  # "justice activist", "political scientist": lower-case words before a trade's noun are no title's
    trade_alone = start == end - 1 and fold_chars(words[start]) not in TITLE_WORDS
    for index in range(end - 2, start, -1):
        if fold_chars(words[index]) in FUNCTION_WORDS and not _joins_title(words[index - 1], words[index], words[index + 1]):
            start = index + 1  # "ground for President": the title after the small word
            break
    while start < end and fold_chars(words[start]).rstrip(".") in TITLE_RUN_EDGES:
        start += 1  # "Mr": no part of the title
    while start < end and fold_chars(words[end - 1]).rstrip(".") in TITLE_RUN_EDGES:
        end -= 1
    run = words[start:end]
    last = fold_chars(run[-1]) if run else ""
    if not (last in ROLE_HEADS or one_word_title(last)) or any(w.endswith(".") and not INITIALISM.fullmatch(w) for w in run):
        return ""  # "Gen.": an abbreviation, not what the reader wants spelled
    run = _without_rank_after_role(run)
    opening = _opening_words(words[:start])
    opening = [*_numbered_unit(words[: start - len(opening)]), *opening]
    lower_alone = len(run) == 1 and not run[0][0].isupper()
    if run and run[0][:1].islower() and not opening:  # "Saltmarsh Ferries co-founder and CEO", "White House counselor"
        opening = _body_opening_a_sentence(words[:start])
    if trade_alone and not opening and not _no_word_qualifies(words[:start]):
        return ""  # "the political scientist": what kind the words before say, and the noun alone would misdescribe
    if lower_alone and not opening and fold_chars(run[0]) not in OCCUPATION_NOUNS and not one_word_title(fold_chars(run[0])):
        if fold_chars(run[0]) in POSTS_ALONE and start > 0 and fold_chars(words[start - 1]) in SAYING_BEFORE_A_TITLE:
            return run[0]  # "says president Tomas Veld": a post named alone by a cue, as papers lower-case it
        return ""  # a lower-case "official" or "head" before a name is rarely the person's title alone
    return " ".join([*opening, *run])


# the posts one noun names in lower case after a cue ("says president Tomas Veld", "said spokeswoman Ana Roe"); not the
# words that need a body or a kind to say which post ("said official …", "says head …", "said member …")
POSTS_ALONE = frozenset(
    """president chairman chairwoman chairperson chair director secretary treasurer spokesman spokeswoman spokesperson
    mayor governor superintendent principal dean commissioner ombudsman sheriff premier""".split()
)
SAYING_BEFORE_A_TITLE = frozenset("said says told tells added adds wrote writes".split())


def _no_word_qualifies(before: list[str]) -> bool:
    """Whether nothing before a trade's noun qualifies it: a sentence's start, a stop, an article ("the author"), a
    preposition or a verb of saying ("Led by psychologist", "said psychologist"), or a place's or a body's capitalised
    name, which says where, not what kind ("Northport physicist"; "political scientist" is a kind)."""
    if not before or _ends_sentence(before[-1]):
        return True
    folded = fold_chars(before[-1])
    return folded in FUNCTION_WORDS or folded in WORDS_BEFORE_A_BARE_TRADE or _name_word(before[-1])


def _numbered_unit(before: list[str]) -> list[str]:
    """ "District 12" before "District Attorney", "Division 3" before "Councillor": a numbered area of the office."""
    if len(before) < 2 or not before[-1].isdigit() or len(before[-1]) > 3 or not _name_word(before[-2]):
        return []
    return before[-2:]


def _body_opening_a_sentence(before: list[str]) -> list[str]:
    """ "White House" of "White House counselor Kella Vorn said": two or three capitalised words from a sentence's start
    to a lower-case role's noun, a body's name (one word there may be the sentence's "Yesterday"); else none."""
    opens = next((i for i in range(len(before) - 1, -1, -1) if i == 0 or _ends_sentence(before[i - 1])), 0)
    taken = before[opens:]
    if not 2 <= len(taken) <= OPENING_MOST or not all(_name_word(word) for word in taken) or not _reads_as_a_body(taken):
        return []
    return taken[1:] if fold_chars(taken[0]) in ("the", "a", "an") else taken  # "The Harbour Board", "The Velmar": its body


# the words of a time that may open a sentence in capitals ("Last Tuesday", "Earlier This Week"): no body's name
TIME_OPENINGS = TIME_WORDS | frozenset("last next this earlier later past week weekend month year ago recently".split())


def _reads_as_a_body(words: list[str]) -> bool:
    """Whether capitalised words opening a sentence before a lower-case title read as a body's name ("White House",
    "The Harbour Board"): no time's word ("Last Tuesday"), no courtesy title ("Mr Vos"), not a person's name, a given
    name and a surname ("Kara Vos chief executive …": another person, named before the title)."""
    folded = [fold_chars(word).lower().rstrip(".") for word in words]
    if any(word in TIME_OPENINGS or word in TITLE_RUN_EDGES - FUNCTION_WORDS for word in folded):
        return False
    person = len(words) == 2 and given_name_sex(words[0]) is not None and folded[1] not in ORGANIZATION_WORDS | BODY_WORDS
    return not person


def _joins_title(before: str, small: str, after: str) -> bool:
    """ "Ministry of Foreign", "Secretary of State": a small word inside a title's name; "President and Prime":
    two roles of one person."""
    if small in ("and", "&") and fold_chars(before) in ROLE_HEADS:
        return True
    return before[:1].isupper() and after[:1].isupper()


RANKS = frozenset("admiral general colonel major captain brigadier lieutenant professor sergeant marshal".split())


def _without_rank_after_role(run: list[str]) -> list[str]:
    """ "Commander" of "Commander Admiral", "Director" of "Director Brigadier General": an office, then the holder's
    rank or academic title run into it; "Colonel General" and "Major General" are ranks whole."""
    end = len(run)
    while end > 1 and fold_chars(run[end - 1]) in RANKS:
        end -= 1
    office = fold_chars(run[end - 1])
    if end == len(run) or office in RANKS or office not in ROLE_HEADS or office in TITLE_QUALIFIERS:
        return run  # also "Associate Professor": the word ranks the title after it
    if fold_chars(run[end]) == "general" and office in GENERAL_OFFICES:
        return run  # "Secretary General", "Inspector General": one office
    return run[:end]


GENERAL_OFFICES = frozenset("secretary inspector attorney governor surgeon solicitor consul director postmaster adjutant".split())


OPENING_STOPS = frozenset(
    """on in at by but and or as when after before yesterday today tonight monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december then while
    meanwhile also however according""".split()
)


OPENING_MOST = 3  # capitalised words before a title: a longer name is likely cut ("… Street Journal")
NAME_LINKS = frozenset("of to and for & de del der von van".split())  # inside a body's name: "Committee to Protect …"


CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split()
)


WHEN_HELD = frozenset({"former", "then"}) | TITLE_QUALIFIERS  # "former Fisheries Minister", "junior Health Minister"


def _ends_sentence(word: str) -> bool:
    """ "pier." or "said:" or "now.”", not "ready,”": a sentence (or a line's label) ends with the word."""
    bare = word.rstrip("\"”’'")
    return bare[-1:] in ".!?:;"


def _name_word(word: str) -> bool:
    """A word of a name, a day's or a month's too ("The Sunday Times"), not a sentence's opening "On" or "But"."""
    folded = fold_chars(word)
    return word[:1].isupper() and word.replace("-", "").isalnum() and (folded not in OPENING_STOPS or folded in CALENDAR_WORDS)


def _post_opening(before: list[str]) -> list[str] | None:
    """The capitalised words before "Minister"/"Secretary" that belong to the post, read as title_before reads a title's:
    its title words ("Deputy", "Principal"), then a body's or a state's name ("Permanent"); None where a capitalised word
    stands right before them that is not read (no half of the post is given)."""
    index = len(before)
    while index > 0 and before[index - 1][:1].isupper() and fold_chars(before[index - 1]) in TITLE_WORDS:
        index -= 1
    opening = _opening_words(before[:index])
    rest = index - len(opening)
    if rest > 0 and before[rest - 1][:1].isupper() and before[rest - 1].isalnum():
        return None  # "Permanent Secretary" opening a sentence: not read, so not cut to "Secretary"
    return [*opening, *before[index:]]


def _opening_words(before: list[str]) -> list[str]:
    """The capitalised words right before a title that belong to it: a body's or a state's name ("OpenAI Chief
    Operating", "Ukrainian", "Turkey’s"); none where the name runs on further than we read ("Wall Street Journal",
    "Committee to Protect Journalists"); at a sentence's start only a demonym, a possessive ("Qatar’s") or a body's letters (not "Yesterday")."""
    taken: list[str] = []
    index = len(before) - 1
    while index >= 0 and len(taken) <= OPENING_MOST:
        word = before[index]
        bare = word.removesuffix("’s").removesuffix("'s")
        if not bare[:1].isupper() or not bare.replace("-", "").isalnum() or fold_chars(bare) in OPENING_STOPS:
            break
        opens_sentence = index == 0 or _ends_sentence(before[index - 1])
        if opens_sentence and word == bare and fold_chars(bare) not in DEMONYMS and not INITIALISM.fullmatch(bare):
            break
        taken.append(word)
        index -= 1
        if opens_sentence or word != bare:
            break  # "Turkey’s": a possessive opens the title
    if len(taken) > OPENING_MOST:
        return []
    linked = index > 0 and before[index] in NAME_LINKS and _name_word(before[index - 1])  # "Committee to | Protect …"
    if index >= 0 and taken and (linked or _name_word(before[index])):
        return []  # "Wall | Street Journal chief …": the body's name begins before what could be read; not "According to"
    if index > 0 and taken and before[index] == "the" and before[index - 1] in NAME_LINKS:
        return []  # "Democratic Party for the | People leader": so too
    if index >= 0 and taken and before[index] in WHEN_HELD:
        taken.append(before[index])  # "former Fisheries Minister"
    taken.reverse()
    return taken


# " spokesperson for Harbour Watch" right after a name, with no comma, as press releases write it: a role's noun, then the
# body it serves in capitals
BARE_ROLE_OF_A_BODY = re.compile(r"\s+(?=(?P<noun>[a-z][\w-]*)\s+(?:for|of|at)\s+(?:the\s+)?[A-Z])")


def apposition_after(after: str) -> str:
    """ "senior fellow at the Harbour Policy Institute" in ", a senior fellow at the Harbour Policy Institute, said",
    or "CSIS" in " of CSIS": what follows a name and says who the person is; also "spokesperson for Harbour Watch" in
    " spokesperson for Harbour Watch.", a role's noun and its body with no comma before them."""
    if "[" in after or "*" in after or "_" in after:
        after = EMPHASIS.sub("", MARKDOWN_LINK.sub(r"\1", after))
    member = party_and_place(after)
    if member is not None:  # "Ilse Brandt (EPP, AT), rapporteur for …,": the post, and the group and the place after it
        group, place, end = member
        post = apposition_after(after[end:])
        return f"{post} ({group}, {place})" if post else f"{group}, {place}"
    bare = BARE_ROLE_OF_A_BODY.match(after) if after[:1] == " " else None
    if bare is not None and bare.group("noun") in ROLE_HEADS:
        return apposition_after(", " + after[bare.end() :])
    match = APPOSITION.match(after)
    if match is not None and (
        match.group("article")
        or _bare_role_of_a_body(match.group("words"))
        or _office_in_capitals(match.group("words"))
        or _role_of_a_named_owner(match.group("words"))
        or _role_after_a_body_name(match.group("words"))
    ):
        return _with_campus(_apposition(match.group("words")), after, match.end())
    match = WHO_IS.match(after) if after.startswith(", who ") else None
    if match is not None and (match.group("article") or match.group("words")[:1].isupper() or _bare_role_of_a_body(match.group("words"))):
        return _apposition(match.group("words"))  # ", who is the port authority's director": no, whose port; ", who is Velmar's director …"
    match = WHO_WORKS_AS.match(after) if after.startswith(", who ") else None
    if match is not None and _role_at_a_body(match.group("words")) and _the_work_s_object(match.group("object")):
        return _apposition(match.group("words"))
    match = OF_BODY.match(after)
    if match is not None:
        body = match.group("body").rstrip(".").removeprefix("the ")
        words = body.split()
        if INITIALISM.fullmatch(body) or any(fold_chars(w) in BODY_WORDS for w in words):
            return body
    return ""


# the name after a comma that closes an apposition: a university's campus city where campuses says so ("…, San Lucio,")
CAMPUS_AFTER = re.compile(r",\s+((?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]*)(?=\s*[,;:)—–]|\.(?!\w)|\s*$)")


def _with_campus(found: str, after: str, end: int) -> str:
    """The post, with the university's campus city where the apposition ends on the university's name and the campus
    follows it after a comma ("an immunologist at the University of Westland, San Lucio,"): the city is part of the
    institution, as a campus it names."""
    campus = CAMPUS_AFTER.match(after, end) if found and after.startswith(",", end) else None
    if campus is None or not campus_after_university(after, campus.start(1), campus.group(1)) or _no_campus(campus.group(1), after, campus.end(1)):
        return found
    return f"{found}, {campus.group(1)}"


# a name after the university's comma with its own apposition (", Okafor, a chemist at …"): a person in a list
APPOSED_AFTER = re.compile(r",\s+(?:a|an|the)\s+[a-z]")


def _no_campus(name: str, after: str, end: int) -> bool:
    """A one-word name after a university's comma that is no campus: a day or a month (", Tuesday."), a wire's name
    (", Reuters."), an abbreviation (", Inc.", ", Mr. Orr said"), or a person with an apposition of their own."""
    if APPOSED_AFTER.match(after, end):
        return True
    if " " in name:
        return False
    return name.lower() in TIME_WORDS or name in WIRE_AGENCIES or name in ABBREVIATIONS


def _bare_role_of_a_body(text: str) -> bool:
    """ "president of Harbour Rights Watch", "senior analyst at the Port Institute": with no article, an apposition
    describes only as a role's noun, in lower case and at most three words in, then the body it serves (", Ana Ruiz,
    Bo Lind" is a list; ", hungry for change" no role)."""
    words = text.split()
    if not words or fold_chars(words[0]) in FUNCTION_WORDS:
        return False  # ", and then-director of X": the second of two names, not an apposition; ", The Director of …"
    link = next((i for i, w in enumerate(words[:4]) if i and w in BODY_LINKS), 0)
    joined = next((i for i, w in enumerate(words[:4]) if i and w == "and" and _joins_two_role_nouns(words, i)), 0)
    if joined and not link:  # "senior group officer and vice president of …": two posts, then the body
        link = next((i for i, w in enumerate(words[: joined + 5]) if i > joined and w in BODY_LINKS), 0)
    if not link or not _role_head(fold_chars(words[link - 1])):
        return False
    # in capitals, a title's words alone before the body ("Executive Director of the Harbour Trust"), never a name's
    return words[0][:1].islower() or all(fold_chars(word) in TITLE_WORDS or fold_chars(word) in ROLE_HEADS for word in words[:link])


def _role_at_a_body(text: str) -> bool:
    """ "senior analyst at Tidewell Capital": a role's noun, then the body it serves named in capitals (", who works as a
    server while going to school" names no post; "… as a minister" no body)."""
    words = text.split()
    link = next((i for i, w in enumerate(words) if i and w in BODY_LINKS), 0)
    if not link or not _role_head(fold_chars(words[link - 1])) or link + 1 >= len(words):
        return False
    body = words[link + 2 :] if words[link + 1] == "the" else words[link + 1 :]
    return bool(body) and body[0][:1].isupper()


# the owners whose post an apposition names without saying which one ("the company's head of retail"): a body of the
# kind the report is about, so the post is read without them; "the report's editor" stays refused
OWNING_BODIES = BODY_WORDS | frozenset("firm business carrier airline retailer insurer lender chain startup club team".split())


# a capitalised owner's possessive, then the role's lower-case words ("Harbour Gas's principal meteorologist")
NAMED_OWNER_THEN_ROLE = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*[’']s(?:\s+[a-z][\w-]*){1,3}")


# a body's capitalised name, then the role it gives in lower case ("Harbour Board public information officer")
BODY_NAME_THEN_ROLE = re.compile(r"(?:[A-Z][\w&.-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")


def _role_after_a_body_name(text: str) -> bool:
    """ "Harbour Board public information officer": with no article, a body's capitalised name and its role's lower-case
    words, the last a role's noun (", Bo Lind, Cy Moss" has no role's noun; ", Marlow resident" is a trade's)."""
    return BODY_NAME_THEN_ROLE.fullmatch(text) is not None and fold_chars(text.split()[-1]) in ROLE_HEADS


def _office_in_capitals(text: str) -> bool:
    """ "Harbour Authority Director-General", "ILO Director-General": with no article, a body's capitalised name and
    the title it gives, each word capitalised and the last a role's noun (", Bo Lind and Cy Moss" is a list, no title)."""
    words = text.split()
    if not 2 <= len(words) <= 6 or not all(word[:1].isupper() for word in words):
        return False
    last = fold_chars(words[-1])
    return last in ROLE_HEADS or hyphenated_title(last)


def _role_of_a_named_owner(text: str) -> bool:
    """ "Harbour Gas's principal meteorologist", "Velmar's chief engineer": with no article, a capitalised owner's role
    (a lower-case owner, "the port's engineer", stays refused: whose port, the page alone cannot tell)."""
    return NAMED_OWNER_THEN_ROLE.fullmatch(text) is not None


def _apposition(text: str) -> str:
    """The apposition's words that describe the person, "" where they describe no post. Two role nouns joined before the
    body they share are read whole ("skipper and co-owner of the Sea Lark"); where that reading describes nothing (too long),
    the first noun's alone."""
    return _apposition_read(text, join_nouns=True) or _apposition_read(text, join_nouns=False)


def _names_run_on_past_and_the(words: list[str], index: int) -> bool:
    """Whether "and the" at the index joins two capitalised names' words, one post's portfolio or one body's name
    ("Minister of Ports and the Coast", "Ministry of Trade and the Sea"): capitalised words and their small linking words
    to the end; not a second apposition ("… at Harbour College and the author of …", "… and the Harbour Board's
    adviser", "… and the Middle East coordinator for …")."""
    return (
        words[index] == "and"
        and index + 2 < len(words)
        and words[index + 1] == "the"
        and words[index - 1][:1].isupper()
        and all(word[:1].isupper() or word in FUNCTION_WORDS for word in words[index + 2 :])
        and not any(POSSESSIVE_END.search(word) for word in words[index + 2 :])
    )


def _apposition_read(text: str, join_nouns: bool) -> str:
    words = text.split()
    owned = words[0].endswith(("’s", "'s"))
    if owned and words[0][:1].islower():
        if fold_chars(POSSESSIVE_END.sub("", words[0])) not in OWNING_BODIES or len(words) == 1:
            return ""  # "the report’s editor": whose, the reader of the page alone cannot tell
        words = words[1:]  # "the company’s head of retail": a post at the firm the text is about, the post is read
        if len(words) == 1 and fold_chars(words[0]).lower() in HEADS_OF_WHAT:
            return ""  # "the company's head": of what, the words do not say
    # "a national security expert at Boston University and a graduate of …": the first of two appositions
    for index, word in enumerate(words):
        if join_nouns and index and _joins_two_role_nouns(words, index):
            continue  # "skipper and co-owner of the Sea Lark": two nouns of one post at the body named after them
        cut_at_and = index and word in ("and", "or") and (index + 1 == len(words) or not words[index + 1][:1].isupper())
        if cut_at_and and not _names_run_on_past_and_the(words, index):
            words = words[:index]
            break
        if word in CLAUSE_WORDS:
            words = words[:index]
            break
    if any(word in ENDED_AT for word in words):
        return ""  # "a nurse at the Harbour Clinic until 1998": a post that ended (read after a clause's cut, "a psychiatrist who was until …")
    while words and (fold_chars(words[-1]) in FUNCTION_WORDS or words[-1] in TRAILING_ADVERBS):  # "… previously told"
        words.pop()
    if not words or words[-1] in ABBREVIATIONS:
        return ""  # "an adviser to North Carolina Sen.": cut at an abbreviation's stop
    head = next((i for i, w in enumerate(words) if i and w in PHRASE_BREAKS and not (join_nouns and _joins_two_role_nouns(words, i))), len(words))
    if len(words) > MOST_WORDS:
        words = words[: _affiliation_end(words, head)]  # "… University on Monday", "… Council and Mayor Tomas Bell"
        if len(words) > MOST_NAMED_WORDS or not _named_bodies_only(words[head:]) or "and" in words[:head]:
            return ""
    noun = fold_chars(words[head - 1]).removesuffix("’s").removesuffix("'s")
    if not _role_head(noun) and not hyphenated_title(noun) and not _agent_at_a_named_body(noun, words[head:]):  # "Director-General"
        return ""
    if owned and noun in RELATION_NOUNS and not _critic_of_an_art(words[:head]):
        return ""  # "the airline's frequent critic": a relation to the owner, no post there
    return " ".join(words)


# the posts of holding or leading that two or more hold together ("co-owner", "co-chair", "co-founder", a parliament's
# "co-rapporteur" for a file): a co-worker, a co-author, a co-pilot hold no post at the body named after them
SHARED_POSTS = frozenset("owner founder chair chairman chairwoman chairperson director leader president head rapporteur".split())
# nouns of a relation to the one named after them, not of a post held there ("a spokesman and critic of the mayor")
RELATION_NOUNS = frozenset("critic ally friend worker supporter opponent rival admirer".split())
# the nouns that name a post only with what is headed after them ("head of retail"); alone after an owner they say none
HEADS_OF_WHAT = frozenset("head chief".split())
# a man's and a woman's post joined name two people ("the king and queen of Vells")
WOMENS_POSTS = frozenset("queen princess duchess empress".split())
MENS_POSTS = frozenset("king prince duke emperor".split())


def _named_bodies_only(tail: list[str]) -> bool:
    """Whether the words after a role's noun are only bodies named in capitals and the small words nesting them or
    joining a body's own words (of, at, for, the, on, and: "of the Centre for Urban Water at the Hollis Institute", "the
    Committee on Trade and Industry"), opened by a link to the role and closed by a name."""
    return len(tail) > 1 and tail[0] in BODY_LINKS and tail[-1][:1].isupper() and all(word in NESTING_WORDS or word[:1].isupper() for word in tail)


DATE_WORDS = frozenset(day.lower() for day in (*WEEKDAY_NAMES, *MONTH_NAMES))


def _affiliation_end(words: list[str], head: int) -> int:
    """Where a long affiliation after the role's noun ends: before a day or a month ("… University on Monday"), or before
    "and" with a title, a given name or "The" after it, another person or body ("… Council and Mayor Tomas Bell");
    else its end. Small words left before the end go too."""
    end = len(words)
    for index in range(head + 1, len(words)):
        word = fold_chars(words[index]).lower().strip(".,")
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in DATE_WORDS:
            end = index
            break
        if word == "and" and (after == "The" or fold_chars(after).lower() in TITLE_WORDS or given_name_sex(after) in ("female", "male")):
            end = index
            break
    while end > head and fold_chars(words[end - 1]).lower() in NESTING_WORDS | FUNCTION_WORDS:
        end -= 1
    return end


def _role_head(noun: str) -> bool:
    """A role's noun, or a post shared with others ("co-owner", "co-chair")."""
    return noun in ROLE_HEADS or (noun.startswith("co-") and noun[3:] in SHARED_POSTS)


def _sex_of_post(noun: str) -> str:
    if noun in WOMENS_POSTS or noun.endswith("woman"):
        return "female"
    return "male" if noun in MENS_POSTS or noun.endswith("man") else ""


def _one_post(first: str, second: str) -> bool:
    """Whether two role nouns joined by "and" name one person's post: neither names a relation ("critic of the mayor"),
    and they are not a man's and a woman's post ("king and queen")."""
    if first in RELATION_NOUNS or second in RELATION_NOUNS:
        return False
    return {_sex_of_post(first), _sex_of_post(second)} != {"female", "male"}


def _joins_two_role_nouns(words: list[str], index: int) -> bool:
    """Whether the "and" at `index` joins two role nouns of one post at the body named after them ("skipper and co-owner
    of the Sea Lark"), two posts of one person with a title's words before the second ("senior group officer and vice
    president of …"), or two qualifiers of one post's noun ("chief operating and growth officer")."""
    if words[index] != "and" or index + 1 >= len(words):
        return False
    first = fold_chars(words[index - 1])
    second = _second_post_end(words, index + 1, title_words_only=_role_head(first))
    if not second:
        return False
    last = fold_chars(words[second - 1])
    if _role_head(first):  # two posts, at the body named after the second
        return second < len(words) and _one_post(first, last)
    # "chief operating and growth officer": no post's noun before "and", a title's word opening the apposition
    return (
        index <= 3
        and fold_chars(words[0]) in (TITLE_WORDS | TITLE_QUALIFIERS) - FUNCTION_WORDS
        and all(word[:1].islower() and word not in PHRASE_BREAKS for word in words[:index])
        and _one_post(first, last)
    )


def _second_post_end(words: list[str], start: int, title_words_only: bool) -> int:
    """Where a post after "and" ends: one to three lower-case words or a title's (the last a role's noun, not a
    relation's), before a body's link or the apposition's end ("co-owner", "vice president", "EVP", "growth officer");
    with title_words_only, each word before the noun a title's or a role's ("vice"); 0 where none does."""
    for end in range(start + 1, min(start + 3, len(words)) + 1):
        last = fold_chars(words[end - 1])
        if _role_head(last) and last not in RELATION_NOUNS and (end == len(words) or words[end] in BODY_LINKS):
            inner = words[start : end - 1]
            if title_words_only and all(fold_chars(word) in TITLE_WORDS - FUNCTION_WORDS or _role_head(fold_chars(word)) for word in inner):
                return end
            if not title_words_only and all(word[:1].islower() and fold_chars(word) not in FUNCTION_WORDS | PHRASE_BREAKS for word in inner):
                return end
    return 0


# the endings of the nouns for what a person does ("physiologist", "programmer", "curator", "librarian", "accountant",
# "correspondent", "trustee", "auctioneer"); a person's relatives and plain "man", "woman" say no post
AGENT_NOUN_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ee", "eer")
NOT_A_POST = frozenset(KIN_NOUNS) | frozenset(FEMALE_PERSON_NOUNS) | frozenset(MALE_PERSON_NOUNS)


def _agent_at_a_named_body(noun: str, rest: list[str]) -> bool:
    """ "a physiologist at Eastport University", "a curator with the Harbour Museum": a noun for what a person does,
    whatever the trade, then "at", "of", "with" or "for" and a body's capitalised name is the person's post there (the
    lists of trades cannot hold every science's "-ologist"); "a man at the Harbour Inn", "a daughter of …" hold none."""
    if len(noun) < 5 or not noun.isalpha() or not noun.endswith(AGENT_NOUN_ENDINGS) or noun in NOT_A_POST:
        return False
    if len(rest) < 2 or rest[0] not in BODY_LINKS:
        return False
    body = rest[2:] if rest[1] == "the" else rest[1:]
    if not body or not body[0][:1].isupper():
        return False
    # "of" names a person as often as a body ("a descendant of Ana Lind"): there, only a body's word says it is one
    return rest[0] != "of" or any(fold_chars(word).strip(",.") in BODY_WORDS for word in body)


# what stands between a person's name and a body's in "Piet Vander, a senior fellow at the Harbour Policy Institute"
# or "Ines Varga of the Centre for Coastal Studies": the person works for the body
ROLE_AT_BODY = re.compile(r",\s+(?:(?:an?|the)\s+)?(?P<words>(?:[\w’'-]+\s+){1,6}?)(?:at|of|with|for|from)\s+(?:the\s+)?")
OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def serves_the_body(between: str) -> bool:
    """Whether the words between a person's name and a body's say the person holds a role there."""
    if between[:1] == ",":
        match = ROLE_AT_BODY.fullmatch(between)
        if match is None:
            return False
        words = match.group("words").split()
        return fold_chars(words[-1]) in ROLE_HEADS and not any(w in CLAUSE_WORDS for w in words)
    return OF_THE.fullmatch(between) is not None
