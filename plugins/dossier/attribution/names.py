"""Names in report prose, found without the registry.

A *chunk* is a run of capitalised words ("Head of the National Center for
Defense Control Colonel General Mikhail Mizintsev", "Russia's Ministry of
Defense", "RT News"). Its *head* is what the chunk names: the person's name
at its end with the role words before it kept apart ("Mikhail Mizintsev",
role "Head of … Colonel General"), or, when no person's name ends it, the
body itself ("Ministry of Defense"). These rules describe how the genre
writes names; the registry, where it knows a name, merges and describes.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..actors import fold_chars, trie_pattern
from ..dates import IGNORECASE_SPECIAL, MONTH_NAMES, PERIOD_WORDS, TIME_NOUNS, WEEKDAY_NAMES
from ..kickers import STORY_KICKERS
from ..regions import REGIONS as REGIONS  # re-exported: read where places are told from people
from ..sentences import TITLE_ABBREVIATIONS
from ..sentences import sentence_start as sentence_start_at
from .cues import CUE, FRENCH_PERSONAL_PRONOUNS
from .cues import FORMS as CUE_FORMS
from .given_names import GIVEN_NAMES as GIVEN_NAMES  # re-exported: the engine takes it from here
from .given_names import given_name_sex, listed_given_name
from .home_places import HOME_PLACE_REACH, PLACE_PREPOSITION_WORD, home_place_end, region_after_a_place
from .kinship import KIN_NOUNS
from .named_works import ends_on_a_named_work
from .opening_places import opening_place_end
from .particle_surnames import PARTICLES_BEFORE_CAPITAL, SURNAME_PARTICLE_WORDS
from .party_brackets import PARTY_BRACKET_THEN_ROLE_END, without_party_brackets
from .post_nominals import without_post_nominals
from .ranked_posts import ranked_post
from .shortcuts import after_spaces
from .title_chains import title_chain_start
from .titles import CONSORT_TITLES, MEMBER_LETTERS, OTHER_OFFICE_WORDS, PLURAL_TITLES, TITLE_ONLY_BEFORE, hyphenated_title
from .titles import TITLE_WORDS as TITLE_WORDS  # re-exported: the engine and the clause reader take it from here
from .work_nouns import APPOSED_TITLE_NOUNS, STUDY_NOUNS, TITLE_AFTER_NOUNS, TITLE_GIVING_WORDS, WORK_TITLE_CUES, WORK_TYPE_NOUNS, WRITINGS

Kind = Literal["person", "organization", "outlet", "state", "unknown", "role"]  # "role": a role without a name ("Norland's Foreign Minister")

# patterns the functions below use, compiled once
NAMED_BODY_WORD = re.compile(r"\b(?:Ministry|Mission|Embassy|Government)\b")
LOWER_APPOSITIVE = re.compile(r"\s*(?:an?\s+|the\s+)?[a-z]")
ONE_ROLE_WORD = re.compile(r"\s*(?:the\s+)?[a-z]+\s*")
AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?")
LETTER_WORD = re.compile(r"[A-Za-z’'-]+")
# the words before a name after a verb: an article, where the one named is based ("Harbourton-based", "New York-based")
# and at most three words of a role in lower case after it ("noted Harbourton-based product liability lawyer Sam Pike"),
# else at most two; no preposition among them ("Harbourton-based analysts at Velmaro Capital": the body they work at)
BEFORE_NAME_AFTER = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:(?:[A-Z][\w’'.]*\s+){0,2}[A-Z][\w’'.]*-based\s+(?:(?!(?:at|of|for|with|from|in|on)\s)[a-z][\w-]*\s+){1,3}|(?:[a-z][\w-]*\s+){0,2})(?=[A-Z])"
)
BEFORE_ANY_AFTER = re.compile(r"\s*,?\s*(?:the\s+)?")
ORGANIZATION_WORDS = set(
    """house ministry office agency council committee parliament government army party times post news press daily
    radio tv network institute university center centre foundation corps forces guards union organization
    organisation association bank company group front movement embassy assembly senate congress court circuit subcommittee kremlin protection enforcement
    channel newspaper website service administration department board command unit commission fund church duma
    federation coalition alliance authority bureau cabinet journal tribune herald gazette magazine review telegraph
    broadcasting corporation monitor observer staff team secretariat directorate school academy program programme states
    kingdom union emirates establishment laboratory nations communique communiqué plan treaty act declaration charter constitution
    forum watch caucus plant refinery factory hospital airport shimbun project initiative police constabulary college
    inquiry tribunal league society consortium confederation brotherhood syndicate chamber mission delegation consulate
    array observatory telescope collaboration experiment facility survey partnership trust museum library archive taskforce
    ombudsman guild club inspectorate""".split()
)
# the trades a company's or a firm's name ends with ("Pixel Devices", "Huawei Technologies", "Harwick Economics"): one
# list; those after the bar, an advisory or research firm's, no surname is but they stand before a person's name too
# ("Economics Professor Ruth Amsel", "Consulting Engineer Ola Ibe"), so they name a firm only as a name's last word
_COMPANY_TRADES, _FIRM_TRADES = """technologies systems devices industries holdings electronics solutions networks dynamics
    labs airlines airways motors instruments semiconductors semiconductor components logistics pharmaceuticals communications
    enterprises capital media partners ventures aerospace chemicals therapeutics software robotics
    | economics analytics consulting consultancy advisory advisors advisers strategies associates""".split("|")
COMPANY_WORDS = set(_COMPANY_TRADES.split())
FIRM_TRADE_ENDINGS = frozenset(_FIRM_TRADES.split())
ORGANIZATION_WORDS |= COMPANY_WORDS
JOINING_WORDS = ORGANIZATION_WORDS - COMPANY_WORDS  # "Pixel Devices and Intel" are two companies
OUTLET_WORDS = {
    "news", "times", "post", "daily", "radio", "tv", "press", "channel", "newspaper", "website", "journal", "tribune",
    "herald", "gazette", "magazine", "telegraph", "broadcasting", "monitor", "review", "shimbun",
    "standard", "chronicle", "courier", "examiner", "inquirer", "dispatch", "mirror", "guardian",
    "weekly", "fortnightly", "monthly", "quarterly",  # a periodical named by how often it comes out, as "daily" ("Harbour Weekly")
}  # fmt: skip
ORGANIZATION_WORDS |= OUTLET_WORDS  # "The Richmond Standard launched": a newspaper's name ends with what it is
# the nouns of a public body's office that end its name after an outlet's word ("Schools Review Office", "Post Office",
# "Press Complaints Commission"): a body, not a publication
BODY_OFFICE_ENDINGS = frozenset("office authority commission department ministry council board committee tribunal inspectorate".split())
CONNECTORS = {"of", "of the", "for", "on", "for the", "on the"}
NOT_NAMES = set(
    """bc bce the a an this that these those however but and in on at as it he she they we i according while when after before
    others few much you
    nobody somebody anybody everybody nothing something anything everything everyone someone anyone none
    despite although meanwhile moreover furthermore still yet such some many most other another both all its his her their
    our whatever if so since then there here now today yesterday also even only multiple several no not one two three
    western eastern northern southern unsurprisingly instead indeed thus hence similarly likewise nevertheless nonetheless therefore otherwise
    consequently accordingly regardless finally first second third
    why what who how where which whose during until unless because though whether each every either neither more less
    january february march april may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec monday tuesday wednesday thursday friday saturday sunday regarding perhaps meanwhile shortly following
    given amid under over unlike like besides beyond throughout earlier later recently currently separately additionally
    overall notably importantly ultimately specifically middle east west north south central asked told speaking writing
    asking referring responding commenting citing quoting were had should did does is was are has have would could
    well okay ok yes thanks look listen sure right absolutely analysts officials experts critics observers diplomats protesters
    residents witnesses commentators scholars strategists four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands million millions dozens having being last next
    they're we're you're i'm it's that's there's here's what's he's she's let's we've they've i've we'll they'll i'll i'd
    updated posted published managers workers drivers employees members leaders voters students teachers parents
    farmers soldiers troops staffers lawyers firstly secondly thirdly fourthly fifthly sixthly lastly
    again once twice afterwards elsewhere sometimes soon
    remember imagine consider recall suppose ask
    branches chapters""".split()  # and the adverbs a sentence opens with ("Again Inspector Kalder replied"),
    # the imperatives a speaker opens with ("Remember, the President said, …"), and the parts of a body that speak for it
    # as its members do ("Branches of the Harbour Party issued statements:": the party)
)
# the imperatives in the first person plural a French essay opens a sentence with ("Rappelons tout d'abord que …",
# "Notons que …", "Précisons-le"), folded: verbs, never a name, as a sentence's first word only
FRENCH_OPENING_IMPERATIVES = frozenset(
    """rappelons notons soulignons precisons signalons ajoutons disons observons remarquons constatons considerons citons
    retenons voyons examinons admettons supposons imaginons prenons comparons""".split()
)
NOT_NAMES |= FRENCH_OPENING_IMPERATIVES
NOT_NAMES |= set(WORK_TITLE_CUES)  # "Entitled, ‘A Word from the Council’, the statement expressed …"
DEMONYMS = set(
    """russian ukrainian chinese american iranian turkish israeli european british french german japanese korean taiwanese
    mongolian saudi syrian iraqi afghan pakistani indian georgian armenian azerbaijani belarusian polish canadian australian
    western eastern soviet arab persian kurdish lebanese egyptian qatari emirati yemeni palestinian jordanian kazakh uzbek
    african asian nordic baltic italian spanish dutch swedish finnish norwegian danish greek hungarian romanian bulgarian
    serbian croatian czech slovak austrian swiss belgian irish scottish mexican brazilian venezuelan cuban north south
    independent official state-run state-owned pro-kremlin pro-russian
    lithuanian latvian estonian moldovan slovenian bosnian albanian macedonian montenegrin kosovar icelandic portuguese
    luxembourgish maltese cypriot chechen dagestani tatar tajik kyrgyz turkmen bangladeshi lankan nepalese burmese thai
    vietnamese cambodian laotian malaysian indonesian filipino singaporean kenyan nigerian ethiopian somali sudanese
    libyan tunisian algerian moroccan malian nigerien chadian congolese rwandan ugandan tanzanian ghanaian senegalese
    zimbabwean mozambican angolan argentine argentinian chilean colombian peruvian bolivian ecuadorian paraguayan uruguayan
    nicaraguan guatemalan honduran salvadoran haitian dominican jamaican emirati omani bahraini kuwaiti
    balkan scandinavian""".split()
)
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh".split())
COMPASS_DEMONYMS = {"western", "eastern", "north", "south", "independent", "official"}
COMBINING_FORMS = {"sino", "russo", "euro", "indo", "anglo", "franco", "afro", "turco", "irano", "arab", "us", "u.s."}


def is_demonym(word: str) -> bool:
    """'russian', and compounds of them: 'sino-russian', 'us-china' is not one (China is a state, not a demonym)."""
    if word.endswith("s") and word[:-1] in DEMONYMS:
        return True  # "Russians", "Ukrainians": a people, not a person
    return word in DEMONYMS or ("-" in word and all(part in DEMONYMS or part in COMBINING_FORMS for part in word.split("-")))


STATES = set(
    """afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia
    bosnia brazil britain bulgaria cambodia canada chile china colombia croatia cuba cyprus czechia denmark egypt estonia
    ethiopia finland france georgia germany greece hungary india indonesia iran iraq ireland israel italy japan jordan
    kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania malaysia mexico moldova mongolia montenegro
    morocco myanmar nepal netherlands nigeria norway oman pakistan palestine philippines poland portugal qatar romania russia
    serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan thailand tunisia turkey
    turkiye turkmenistan uganda ukraine uzbekistan venezuela vietnam yemen washington moscow beijing tehran kyiv kiev ankara baku
    yerevan tokyo seoul pyongyang london paris berlin brussels taipei ulaanbaatar panama peru uruguay ecuador paraguay
    guatemala honduras nicaragua haiti jamaica rwanda congo ghana senegal mali niger chad zimbabwe zambia tanzania mozambique
    angola namibia botswana iceland luxembourg malta bhutan maldives mauritania eritrea djibouti burundi liberia
    caracas havana riyadh doha cairo amman damascus baghdad beirut jerusalem kabul islamabad delhi
    cameroon benin togo gabon gambia guinea guinea-bissau malawi lesotho eswatini swaziland madagascar mauritius comoros
    seychelles macedonia andorra monaco liechtenstein belize guyana suriname bahamas barbados grenada fiji tonga samoa
    vanuatu kiribati nauru tuvalu palau micronesia brunei timor-leste antigua dominica""".split()
)
# the states and provinces a federation's papers name after a city ("Augusta, Maine,", "Austin Texas"), none a person's
# name too
FEDERATED_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois iowa kansas
    kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri nebraska nevada ohio oklahoma
    oregon pennsylvania tennessee texas utah vermont wisconsin wyoming ontario quebec alberta manitoba saskatchewan
    queensland tasmania""".split()
)
STATES |= FEDERATED_STATES
MULTIWORD_STATES = {
    "sri lanka", "south africa", "saudi arabia", "north korea", "south korea", "new zealand", "united states",
    "united kingdom", "el salvador", "costa rica", "dominican republic", "sierra leone", "south sudan",
    "united arab emirates", "czech republic", "ivory coast", "burkina faso", "new delhi", "abu dhabi",
    "central african republic", "equatorial guinea", "papua new guinea", "east timor", "north macedonia", "cape verde",
    "cabo verde", "san marino", "solomon islands", "marshall islands", "trinidad and tobago", "saint lucia",
    "sao tome and principe", "saint kitts and nevis", "bosnia and herzegovina", "antigua and barbuda",
    "saint vincent and the grenadines",
}  # fmt: skip
STATE_NAMES = STATES | MULTIWORD_STATES  # made once, not at each look-up
PARTICLES = r"(?:al|el|ad|as|bin|ibn|abu|van|von|de|da|di|du|del|der|la|le|dos|das|ben|ul|bint)"
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ](?:[\w’'.&-]*\w)?\.?|[A-Z]\.)"
# a particle joins the words after it ("bin Salman"), or carries its word on a hyphen ("al-Assad", "al-Sha'b")
_JOIN = (
    r"(?:\s+(?:"
    + _CAP
    + r"|"
    + PARTICLES
    + r"-[A-ZÀ-Þ][\w’'-]*\w|"
    + PARTICLES
    + r"(?:-\w+)?(?=\s+(?:"  # "de la Cruz", "van der Berg": a particle before another one, then the capital
    + PARTICLES
    + r"\s+)?[A-Z]))|\s+(?:of|for|on)(?:\s+the)?\s+(?=[A-Z])"
    + _CAP
    + r"|\s+in\s+(?=(?:Charge|Chief)\s+[A-Z])"  # "Special Agent in Charge Ann Lee", "Commander in Chief Tom Reed"
    + _CAP
    + r"|\s+&\s+(?=[A-Z])"  # "US News & World Report", "Procter & Gamble"
    + _CAP
    + r")"
)
# The chunk's first capital is not preceded by [\w’'-]: "(?<![\w’'-])" + _CAP, written with the look-behind after the
# capital (it looks at the capital and the character before it), so that the pattern starts with the capitals'
# class and re skips the characters that cannot start a chunk instead of trying the look-behind at each one
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
# The initial's own branch ("[A-Z]\.", after no [\w’'-]) is left out: the first branch matches the same ("A.": the capital,
# no more word, the stop) wherever it does, and is tried first, so the second was never reached. With one branch the
# pattern starts with the capitals' class itself, which re scans for.
_FIRST_CAP = r"[" + _CAPS + r"](?<![\w’'-][" + _CAPS + r"])(?:[\w’'.&-]*\w)?\.?"
CHUNK = re.compile(_FIRST_CAP + r"(?:" + _JOIN + r"){0,12}")  # a name is at most 13 words: a run of 10,000 capitals is no name
PLAIN_CHUNK = r"(?<![\w’'-])" + _CAP + r"(?:" + _JOIN + r"){0,12}"  # what CHUNK matches, as first written (tests compare them)
POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
PREPOSITIONS = set(
    """of in to from with by against on at for about regarding after before during over under between among into onto upon
    toward towards than like via amid despite including across behind beyond near through throughout within without""".split()
)


# set differences the name rules ask about, made once (an expression such as NOT_NAMES - {"may"} builds a new set each time)
# an adverb that is a surname too, which opens no name at a sentence's start ("Soon Ana Ruiz said", "Soon, officials
# said") but is the surname right before the verb after a quote or right after it ("“…,” Soon said", "said Soon")
ADVERB_SURNAMES = frozenset(("Soon",))
# a name may end with "May", "Soon" (a Korean and a Chinese name: "Kim Soon", "Augustine Soon") or "Citons" (a surname)
NOT_NAMES_BUT_MAY = NOT_NAMES - {"may", "soon"} - FRENCH_OPENING_IMPERATIVES
# the words of NOT_NAMES that English surnames also are ("Oren Last", "Dana Still", "Ian Most", "Rae West"), as "Long",
# "Young" and "Best" are and no list holds: after one plain name word, the person's surname, not an adverb left over
SURNAMES_AMONG_COMMON_WORDS = frozenset("last first still most more even only well next west north south middle".split())
NAMES_SPELT_LIKE_MONTHS = ("Jan", "Jun")  # given names and surnames that are month abbreviations too
TITLE_WORDS_BUT_LINKS = TITLE_WORDS - {"for", "of", "on"}
# the title words that make "X Commission on Y" a person's title, not a body's name ("Commissioner on …"): not "the",
# "and" or "national", which a body's name holds ("the National Commission on the Harbour Spill")
TITLE_WORDS_IN_A_BODY_NAME = TITLE_WORDS_BUT_LINKS - {"the", "and", "national", "a", "an", "in", "at", "to"}
TITLE_NOT_BODY_WORDS = TITLE_WORDS - ORGANIZATION_WORDS

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})  # a name's courtesy title, never a role set in apposition
PERSON_NAME_MAX = 5  # words in a person's name ("Luiz Inácio Lula da Silva")


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    return fold_chars(word).strip(".,’'")


# an initialism of two to four capitals written with dots ("U.S.", "U.K.", "E.U."), the same name as without them
DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.){2,4}")


@dataclass(slots=True)
class Head:
    """What a chunk names: the name a page gets, the role words kept apart, and the kind of actor."""

    name: str
    role: str
    kind: Kind
    surname: str = ""
    # "Dorvane officials said": a body's officials where the report describes a firm of that name ("Dorvane Minerals, an
    # Australian mining company"), else nobody's; only the whole report can tell, so the engine decides
    body_if_described: bool = False
    # "said the Marlow Wanderers manager": the body, with the post of its staff that spoke ("manager"), whose holder the
    # report may name ("Marlow Wanderers manager Tom Reed"); only the whole report can tell, so the engine decides
    staff_post: str = ""
    # "said a Hale spokesman": a body of that one-word name, unless the report names a person with its first word as
    # surname ("Tom Hale"): then a person's spokesman, whose words are nobody's the page can hold ("the Roe committee
    # said": a person's committee); only the whole report can tell
    body_unless_surname: bool = False
    # "a spokesperson for Harlow Mining": whom a spokesperson speaks for, named with neither a title nor a given name, is a
    # body where its last word is a trade's or a body's, or one the report writes in lower case ("mining"), and the report
    # holds no person of that name ("a spokesman for Keir Starmer"); only the whole report can tell, so the engine decides
    body_if_trade_named: bool = False
    # "Kelby council said": a civic body whose place's one word opens the sentence, where any word is capitalised ("Local
    # council said"); a place only where the report writes the word capitalised inside a sentence too: the engine decides
    place_opening: str = ""

    @property
    def key(self) -> str:
        if "." in self.name and DOTTED_INITIALISM.fullmatch(self.name):
            return fold_chars(self.name.replace(".", ""))  # "U.S." and "US" are one body's name
        return fold_chars(self.name)


@dataclass(slots=True)
class Chunk:
    """A run of capitalised words, as a regex match would give it."""

    text: str
    begin: int
    finish: int

    def group(self, _index: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


OUTLET_NOUN_WORDS = (
    "news agency",
    "news website",
    "news outlet",
    "agency",
    "daily",
    "weekly",
    "newspaper",
    "website",
    "TV",
    "television",
    "channel",
    "radio",
    "magazine",
    "outlet",
    "media",
)
# a medium capitalised after a broadcaster's name is part of it ("Harbour TV", "Valley Radio"), not the noun after a name
# that "Tasnim news agency" or "the Kremlin's radio" sets in lower case
NAMED_MEDIUM_WORDS = frozenset({"TV", "Radio", "Television"})
NAMED_MEDIUM_ENDINGS = tuple(NAMED_MEDIUM_WORDS)
OUTLET_NOUN = re.compile(r"\s+(?:state(?:-run)?\s+)?(?:" + "|".join(OUTLET_NOUN_WORDS) + r")\b")
OUTLET_NOUN_INITIALS = frozenset({"s", *(word[0] for word in OUTLET_NOUN_WORDS)})  # a gate: the letter after its spaces


ARABIC_ARTICLE_FIRST = re.compile(r"Al-[A-Z’']")
CHANNEL_NUMBER = re.compile(r"(?:(?<=Channel)|(?<=Kanal))\s+(?:\d{1,3}|One)\b(?:\s+News\b)?")  # "Channel 12", "Channel 4 News"
# a broadcaster's number after its outlet word ("BBC News 24", "Radio 4") or in its known name ("France 24") is its name's
OUTLET_NUMBER = re.compile(  # not a count after a place ("In France 24 people died")
    r"\s(\d{1,3})\b(?![.,:/-]?\d)(?!\s+(?:people|persons|percent|per|hours|days|weeks|months|years|of|million|billion|more|times)\b)"
)
NUMBERED_OUTLET_WORDS = ("News", "TV", "Radio", "Television", "Channel")  # "Channel 4", "Radio 4", "BBC News 24"


def _plural_first_word(first: str, later: set[str]) -> bool:
    """ "Hostages and Missing Families Forum": a plural noun and a body's name are one body."""
    first = first.removeprefix("The ")
    word = fold(first)
    return " " not in first and word.endswith("s") and word not in STATES and not is_demonym(word) and bool(later & ORGANIZATION_WORDS)


REGION_END = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")
CONTINENTS = {"europe", "asia", "africa", "america", "the americas", "eurasia", "oceania", "the middle east"}


def _continues_in(body: str, after: str) -> bool:
    """ "Organization for Security and Co-operation" + "in Europe": a body named 'X of/for A and B' runs on with its region."""
    words = [fold(w) for w in body.split()]
    return (
        " and " in body and bool({"of", "for", "on"} & set(words)) and bool(set(words) & ORGANIZATION_WORDS) and fold(after.split()[0]) in CONTINENTS
    )


def _names_a_cause(body: str) -> bool:
    """ "Commission" + "against Racism": a body's name ends with its kind, then the cause it stands against."""
    return fold(body.rsplit(" ", 1)[-1]) in JOINING_WORDS


JOINERS = (
    " in ",
    " against ",
    " and ",
    " and the ",
    " to the ",
    " with ",
    " the ",
)  # what may stand between two chunks that are one name (_joins_previous)
# the verbs a campaign's or a charity's name opens on, an order to the reader ("Save the Children", "Stop the War
# Coalition", "Rock the Vote"): with "the" and the capitalised words after it, one body's name
CAMPAIGN_VERBS = frozenset("Save Stop Feed Free Keep Rock Protect Defend Heal End Ban Beat Reclaim Occupy Fight".split())
# the words a place's tourism or investment board opens its name on, before the place ("Visit Wales", "Turismo Porto",
# "Tourisme Montréal", "Destination Canada", "Invest Harbourland"), folded: a body named for its place, no person whose
# surname is the place
PLACE_BOARD_OPENINGS = frozenset("visit discover explore travel destination tourism tourisme turismo turisme tourismus invest".split())
LETTERS = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")  # "Montréal", "Baden-Württemberg": letters in any script, no digit


def _place_name_word(word: str) -> bool:
    """A capitalised word of letters, as a place's name is written ("Porto", "Montréal", "Harbourland")."""
    return word[:1].isupper() and LETTERS.fullmatch(word) is not None and fold(word) not in TITLE_WORDS  # not "Tourism Minister Ruiz"


ENVOY_BODY_ENDINGS = ("Mission", "Delegation", "Embassy", "Representation")  # a body sent to another: "Mission to the Union"
JOINER_LONGEST = max(map(len, JOINERS))
OFFICE_TITLES = frozenset({"ombudsman"})  # "Local Government and Social Care Ombudsman": a title that is also an office
PEOPLE_WITH_A_CONDITION = ("Persons", "People", "Children", "Women", "Adults", "Workers")  # "… of Persons with Disabilities"


def _joins_previous(previous: Chunk, between: str, name: str) -> bool:
    """Whether a chunk `between` after the one before it goes on with its name."""
    if between == " in ":
        return _continues_in(previous.text, name)  # "… and Co-operation in Europe"
    if between == " the ":  # not "Save the Harbour’s Tom Hale", "Protect the President Ann Poe": a person after the name
        named = {fold(word) for word in name.split()}
        return (
            previous.text in CAMPAIGN_VERBS
            and not any(POSSESSIVE.search(word) for word in name.split())
            and not named & (GIVEN_NAMES | PERSON_TITLES)
        )
    if between == " against ":
        return _names_a_cause(previous.text)  # "Committee against Torture"
    if between == " with ":  # "Committee on the Rights of Persons with Disabilities": a group of people by their condition
        return previous.text.endswith(PEOPLE_WITH_A_CONDITION) and bool({fold(w) for w in previous.text.split()} & JOINING_WORDS)
    if between in (" to the ", " to "):  # "the Ruritanian Mission to the Union": the body sent and where to, one name
        return previous.text.endswith(ENVOY_BODY_ENDINGS)
    if between in ("’ ", "' "):  # "National Police Chiefs’ Council", "Harbour Pilots’ Guild": a plural owner in the name
        return previous.text.endswith("s") and fold(name.split()[0]) in PLURAL_OWNED_BODY_WORDS
    if between == " and the ":  # "Minister of Finance and the Economy Ann Black": the post's portfolio runs on
        return _post_of_fields_then_name(previous.text, name)
    if between == " and ":  # the words are folded only here
        if _post_of_fields_then_name(previous.text, name):
            return True  # "Minister of Trade and Industry Tom Keel": the post's portfolio, then her name
        if fold(f"{previous.text} and {name}") in MULTIWORD_STATES:
            return True  # "Trinidad and Tobago", "Bosnia and Herzegovina"
        later = {fold(w) for w in name.split()}
        if " " not in previous.text and (_portfolio_title(previous.text, name) or _regional_service(previous.text, name)):
            return True  # "Police and Crime Commissioner Matt Storey", "Devon and Cornwall Police"
        if _scheme_of_two_nouns(previous.text.removeprefix("The "), name):
            return True  # "Belt and Road Initiative", "Sea and Rail Compact": one scheme's name, never two speakers
        field = previous.text.split()
        if len(field) <= 2 and all(ABBREVIATED_NATION.fullmatch(w) for w in field[:-1]) and _agency_of_two_fields(field[-1], name):
            return True  # "Customs and Border Protection", "Food and Drug Administration"
        if fold(name.split()[0]) in GIVEN_NAMES | PERSON_TITLES:
            return False  # "the Marlow Rowing Club and Tom Reed": a person after the body, as after " the "
        words = {fold(w) for w in previous.text.split()}
        if words & PLURAL_TITLES:
            return False  # "Trinamool Congress MPs Derek O’Brien and Mahua Moitra": two members, not one body
        joining = words & JOINING_WORDS or _plural_first_word(previous.text, later)
        return bool(joining) and not (later - OFFICE_TITLES) & TITLE_WORDS  # an office ends a body's name
    return False


# the nouns of a portfolio a title joins with "and" ("Police and Crime Commissioner", "Health and Social Care Secretary")
PORTFOLIO_WORDS = frozenset(
    """police health culture trade business energy environment education justice work transport housing science defence
    defense foreign home digital media sport communities finance agriculture food security welfare technology industry
    employment labour immigration fisheries tourism heritage arts women children""".split()
)
# any body's word after a plural owner ("the Harbour Workers’ Guild", "the Nurses’ Society"), and a department's "Affairs"
PLURAL_OWNED_BODY_WORDS = JOINING_WORDS | {"affairs"}
REGIONAL_SERVICE_WORDS = frozenset(("police", "constabulary", "council", "authority"))  # "Avon and Somerset Constabulary"
PORTFOLIO_TITLES = frozenset(("minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson", "director", "chief"))


# what a scheme, a pact or a programme is called at the end of its name, which often joins two nouns with "and"
SCHEME_WORDS = frozenset(
    """initiative compact programme program plan strategy agreement accord pact treaty corridor project scheme framework
    partnership charter doctrine""".split()
)


def _body_then_name(rest: list[str], run: list[str]) -> tuple[list[str], list[str]]:
    """ "Managing Director of Easton Foods Ltd" + "Tomas Varga": a title of a body, whose name runs on after 'of' to the
    person's name: from the first given name after a word that is none (the lists', or a capitalised name in -a that
    names no place), else, in a run of four words or more, its last two; rest and run as they were where the run opens
    with a given name ("Director of Sales Mary Ann Lee") or holds three words and no given name ("of Law Kim Lane Sheppard").
    A place opening on a compass point or a word such as "New" or "Port" runs on into its next word, whatever it looks
    like ("Governor of North Dakota Doug Burgum", "Mayor of Los Angeles Karen Bass")."""
    opening = fold(rest[-1])
    if len(run) >= 3 and (opening in PLACE_FIRST_WORDS or opening in COMPASS_POINTS or opening in COMPASS):
        rest, run = [*rest, run[0]], run[1:]
    if _given_name_in_a_title(run[0]):
        return rest, run
    for at in range(1, len(run) - 1):
        if _given_name_in_a_title(run[at]):
            return [*rest, *run[:at]], run[at:]
    return ([*rest, *run[:-2]], run[-2:]) if len(run) >= 4 else (rest, run)


def _given_name_in_a_title(word: str) -> bool:
    name = fold(word)
    return given_name_sex(word) is not None and name not in STATES and name not in ORGANIZATION_WORDS and name not in REGIONS


# a post over a portfolio ("Minister of Finance", "Secretary of State for Health"): its title, "of" or "for", capitals
POST_OF_A_FIELD = re.compile(r"(?:^|\s)(?P<title>[A-Z][a-z]+)\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s+(?:(?:of|for)\s+)?)*[A-Z][\w’'-]*$")


POST_WORDS_MAX = 10  # the words at a chunk's end that POST_OF_A_FIELD reads: a post's title, "of", its fields


def _post_of_fields_then_name(post: str, name: str) -> bool:
    """ "Minister of Finance" + "Economy Ann Black": a post whose portfolio joins its fields with "and" ("and the"), then
    the holder's full name, a given name after the last field's words (none a title's, so "Minister of Finance and
    Deputy Mayor Ann Black" stays two). `post` is one chunk's words; only its last POST_WORDS_MAX are read, so the
    pattern's retries from each capitalised word stay bounded whatever text a caller passes."""
    found = POST_OF_A_FIELD.search(" ".join(post.split()[-POST_WORDS_MAX:]))
    if found is None or fold(found.group("title")) not in PORTFOLIO_TITLES:
        return False
    words = name.split()
    at = next((i for i in range(1, len(words) - 1) if _given_name_in_a_title(words[i])), None)
    return at is not None and all(
        PLAIN_NAME_WORD.fullmatch(word) and fold(word) not in TITLE_WORDS and not _given_name_in_a_title(word) for word in words[:at]
    )


def _before_and_the(words: list[str]) -> str:
    """The words before a closing "and" or "and the" ("Minister of Finance and the" -> "Minister of Finance"), else ""."""
    if words[-1] == "the":
        words = words[:-1]
    return " ".join(words[:-1]) if words and words[-1] == "and" else ""


def _scheme_of_two_nouns(first: str, name: str) -> bool:
    """ "Belt" + "Road Initiative": a noun, "and", at most two more words and a scheme's word, no person's name first."""
    words = name.split()
    return (
        " " not in first
        and len(words) <= 3
        and fold(words[-1]) in SCHEME_WORDS
        and fold(first) not in GIVEN_NAMES
        and fold(first) not in STATES
        and not is_demonym(fold(first))
    )


def _portfolio_title(first: str, name: str) -> bool:
    """ "Police and Crime Commissioner Matt Storey": a portfolio's nouns joined by "and", a title, then a name."""
    words = name.split()
    at = next((i for i, word in enumerate(words) if fold(word) in PORTFOLIO_TITLES), None)
    return fold(first) in PORTFOLIO_WORDS and at is not None and 0 < at < len(words) - 1


ABBREVIATED_NATION = re.compile(r"U\.?S\.?|U\.?K\.?|EU")  # "US Customs and Border Protection"
AGENCY_LAST_WORDS = frozenset(("protection", "enforcement", "administration", "service", "commission", "agency", "bureau", "authority", "board"))


def _agency_of_two_fields(first: str, name: str) -> bool:
    """ "Customs and Border Protection", "Fish and Wildlife Service": two fields joined by "and" before an agency's word,
    one body (not "Russia and Ukraine Service", two states, nor "Jane and Otto Brandt")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and fold(words[-1]) in AGENCY_LAST_WORDS
        and fold(first) not in STATES
        and fold(words[0]) not in STATES
        and fold(words[0]) not in TITLE_WORDS
        and first[:1].isupper()
        and first[1:].islower()
    )


def _regional_service(first: str, name: str) -> bool:
    """ "Devon and Cornwall Police": two places before a regional service, one body (not "Russia and Ukraine Council")."""
    words = name.split()
    places = (fold(first), fold(words[0]))
    return (
        len(words) == 2
        and fold(words[1]) in REGIONAL_SERVICE_WORDS
        and not any(place in STATES or is_demonym(place) or place in NOT_NAMES or place in TITLE_WORDS for place in places)
    )


def numbered_outlet_end(text: str, name: str, finish: int) -> int:
    """Where a broadcaster's name ends that holds the number after the chunk `name` ending at finish ("BBC News 24",
    "Radio 4", "France 24"), or 0."""
    number = OUTLET_NUMBER.match(text, finish) if text[finish + 1 : finish + 2].isdigit() else None
    if number and (name.endswith(NUMBERED_OUTLET_WORDS) or f"{name} {number.group(1)}".lower() in KNOWN_OUTLETS):
        return number.end()
    return 0


def chunks(text: str) -> list[Chunk]:
    """The name chunks of a text; 'Ministry of Transportation and Communication' stays one body, 'Tasnim news agency' one outlet."""
    found: list[Chunk] = []
    channels = "Channel" in text or "Kanal" in text  # CHANNEL_NUMBER looks behind for the chunk's last word: only there
    for match in CHUNK.finditer(text):
        begin, finish = match.span()
        previous = found[-1] if found else None
        if previous is not None and begin < previous.finish:
            continue  # "TV" of "Iran state TV", already taken with the name before it
        name = match.group()
        # the two characters after the chunk: mostly one space and a word's first letter (after_spaces for the rest)
        following = text[finish : finish + 2]
        lead = following[1:] if following[:1] == " " and not following[1:].isspace() else after_spaces(text, finish)
        noun = OUTLET_NOUN.match(text, finish) if lead in OUTLET_NOUN_INITIALS else None
        if noun:
            found.append(Chunk(text[begin : noun.end()], begin, noun.end()))
            continue
        number = CHANNEL_NUMBER.match(text, finish) if channels and name.endswith(("Channel", "Kanal")) else None
        if number:
            found.append(Chunk(text[begin : number.end()], begin, number.end()))
            continue
        numbered = numbered_outlet_end(text, name, finish) if following[1:].isdigit() else 0
        if numbered:  # "told BBC News 24", "France 24 reported"
            found.append(Chunk(text[begin:numbered], begin, numbered))
            continue
        if previous is not None and begin - previous.finish <= JOINER_LONGEST and _joins_previous(previous, text[previous.finish : begin], name):
            found[-1] = Chunk(text[previous.begin : finish], previous.begin, finish)
            continue
        found.append(Chunk(name, begin, finish))
    if ", " in text and " and " in text and len(found) >= 3:
        found = _join_field_lists(text, found)
    return split_at_sentence_ends(found) if ". " in text else found  # a chunk holds ". " only where the text does


BODY_OF_A_FIELD = re.compile(r"(?P<kind>[A-Za-z]+)\s+(?:on|of|for)(?:\s+the)?\s+[A-Z][\w-]*$")  # "Committee on Economic"


def _field_word(chunk: Chunk) -> bool:
    """One word of a field a body's name lists ("Water", "Social"): no person's, place's, body's or title's word."""
    word = fold(chunk.text)
    return " " not in chunk.text and not ({word} & (GIVEN_NAMES | ORGANIZATION_WORDS | TITLE_WORDS | STATES | NOT_NAMES))


def _join_field_lists(text: str, found: list[Chunk]) -> list[Chunk]:
    """ "the Committee on Economic, Social and Cultural Rights": a body's fields listed with commas, one name (the words
    between the commas one each, the last item no body, title or given name: not "the Ministry of Defence, Treasury
    and Home Office", "the Department of Health, Mary and Tom")."""
    result: list[Chunk] = []
    at = 0
    while at < len(found):
        chunk = found[at]
        # the pattern needs "on", "of" or "for" (str's search first: most chunks are names with neither)
        text_of = chunk.text
        field = BODY_OF_A_FIELD.search(text_of) if "of" in text_of or "on" in text_of or "for" in text_of else None
        end = at + 1
        while field and fold(field.group("kind")) in JOINING_WORDS and end < len(found) and _field_word(found[end]):
            if text[found[end - 1].finish : found[end].begin] != ", ":
                break
            end += 1
        last = found[end] if end < len(found) and end > at + 1 else None
        if last is not None and text[found[end - 1].finish : last.begin] in (" and ", ", and "):
            words = [fold(w) for w in last.text.split()]
            if len(words) <= 3 and words[0] not in GIVEN_NAMES and not set(words) & (ORGANIZATION_WORDS | TITLE_WORDS):
                result.append(Chunk(text[chunk.begin : last.finish], chunk.begin, last.finish))
                at = end + 1
                continue
        result.append(chunk)
        at += 1
    return result


# a stop after a word of two lower-case letters or more, then a capital: a sentence's end inside a run of capitalised
# words ("President Faustin-Archange Touadéra. As Touadéra has said"), unless the word is a title's abbreviation ("Gen.")
SENTENCE_END_INSIDE = re.compile(r"(?P<word>[\w’'-]*[a-zà-ÿ]{2})\.\s+(?=[" + _CAPS + r"])")
TITLE_ABBREVIATION_WORDS = set(TITLE_ABBREVIATIONS.split("|"))


def split_at_sentence_ends(found: list[Chunk]) -> list[Chunk]:
    """The chunks, each cut where a sentence ends inside it (the stop left with neither part)."""
    if not any(". " in chunk.text for chunk in found):
        return found
    result: list[Chunk] = []
    for chunk in found:
        begin = 0
        for end in SENTENCE_END_INSIDE.finditer(chunk.text):
            if end.group("word").split("-")[-1] in TITLE_ABBREVIATION_WORDS:
                continue
            result.append(Chunk(chunk.text[begin : end.end("word")], chunk.begin + begin, chunk.begin + end.end("word")))
            begin = end.end()
        result.append(Chunk(chunk.text[begin:], chunk.begin + begin, chunk.finish) if begin else chunk)
    return result


ADVERB = re.compile(
    r"[A-Z][a-z]+(?:al|at|ed|iv|ous|nt|ard|ing|ab|ib|ful|less|ic|id|ad|ar|se|te|re)ly"
)  # "Broadly", "Separately"; not "Cleverly", "Kelly"
# a capitalised word with an adjective's ending ("Meaningless", "Powerful", "Numerous"): opening a sentence before its
# noun, no name unless the report shows one (a surname "Burtless", a given name "Shariful")
ADJECTIVE_WORD = re.compile(r"[A-Z][a-z]{2,}(?:less|ful|ous)")
LINE_LABELS = set(
    """problem question answer note objective goal result summary background context example headline title caption update
    source quote message warning issue conclusion takeaway solution aim mission task point verdict bottom
    fact hoax myth claim reality truth lie rating""".split()  # and a fact-check's labels ("• FACT: “…,” Fox News reported.")
)
# a page's section label or kicker run into the line under it before a full name ("Analysis Tom Hale said", "Reaction
# Mayor Ann Poe said"): the line's labels and the kickers news pages set over a story
SECTION_LABELS = frozenset(LINE_LABELS | STORY_KICKERS)
COMPASS = {"eastern", "western", "northern", "southern", "central"}
COMPASS_POINTS = {"north", "south", "east", "west"}
PLURAL_INITIALS = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z]{2,}s")  # whole: not "Royal College of GPs"
# an economy's statistics by their letters ("January CPI is due", "core PCE", "Q4 GDP"): figures released, never a body
# that speaks, nor the "it" of a statement
DATA_SERIES = frozenset("cpi cpih ppi pmi gdp gnp gni hicp pce rpi gva nfp".split())
# the nouns a place named after something ends with ("the Blue Anchor restaurant", "the Route 9 Diner", "Harbour Street
# Cafe"): a business, which may speak as a body ("the Elm Road Bakery said on its page"), or a site, which never speaks;
# few are anyone's name's last word ("Bar", "Park", "Street", "Lane" are surnames: not here as a name's end; "Store" or
# "Grill" may be, so a listed given name before one of them keeps the person)
BUSINESS_PLACE_NOUNS = (
    *("restaurant", "café", "cafe", "hotel", "hospital", "clinic", "market", "bazaar", "mall", "shop", "store", "pharmacy"),
    *("diner", "bakery", "pub", "inn", "grill", "bistro", "tavern", "deli", "pizzeria", "brewery", "motel", "supermarket"),
)
SITE_PLACE_NOUNS = (
    *("bridge", "road", "street", "avenue", "lane", "square", "roundabout", "junction", "crossing", "mosque", "church"),
    *("temple", "school", "station", "stadium", "park", "building", "tower", "gate", "camp"),
)
BUSINESS_NAME_ENDINGS = frozenset(BUSINESS_PLACE_NOUNS)
BODY_OR_BUSINESS_WORDS = frozenset(ORGANIZATION_WORDS | BUSINESS_NAME_ENDINGS)  # what "Ada Roe of the …" may be a member of
# a business named with a number in it ("the Route 9 Diner", "Pier 39 Grill"): the words before the number and the noun
# after it, which a chunk of capitalised words splits in two ("Route", "Diner"); tried where a lone such noun is the chunk
_BUSINESS_NOUN = r"(?i:" + "|".join(BUSINESS_PLACE_NOUNS) + r")\b"
NUMBERED_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An)\s)(?P<name>(?:[A-Z][\w’'-]*\s+){1,3}\d{1,4}[A-Za-z]?)\s+$")
NUMBERED_BUSINESS_AFTER = re.compile(r"\s+\d{1,4}[A-Za-z]?\s+(?=[A-Z])" + _BUSINESS_NOUN)
NUMBERED_NAME_REACH = 60
LANDFORMS = {"strait", "straits", "sea", "gulf", "ocean", "peninsula", "bay", "river", "mountains", "valley", "desert", "basin", "belt"}
# a Sunday paper named for its weekday sister ("The Herald on Sunday", "the Mail on Sunday"): one word before "on Sunday",
# one of the few Sunday editions are named with (a paper's or a country's); "The Times on Sunday said" is the Times, on a
# Sunday, and "Post", "News", "Daily" … make no Sunday paper of their own
SUNDAY_EDITION = re.compile(r"(?:[Tt]he\s+)?(?P<paper>[A-Z][a-z]+)\s+on\s+Sunday")
SUNDAY_PAPER_WORDS = frozenset("mail herald independent observer express star sun scotland wales ireland".split())
# the areas states are divided into, the last word of their names, never a surname ("Parish", "Borough", "Canton",
# "Territory" are: "said Maria Canton")
AREA_WORDS = frozenset("province provinces county district region prefecture oblast governorate municipality township krai raion".split())
PLACE_FIRST_WORDS = {"new", "los", "las", "fort", "port", "mount", "cape", "lake"}  # words that begin places, never a person's name
# "Hezbollah-affiliated Al-Manar", "Kremlin-backed RT": who backs an outlet or a body is no part of its name
MODIFIER_COMPOUND = re.compile(
    r"[\w’'.-]+-(?:affiliated|backed|run|owned|linked|aligned|controlled|based|funded|led|allied|leaning|sponsored|supported|dominated|operated)"
)
PERSON_OF_BODY = re.compile(r"^(?P<who>.+?)\s+of(?:\s+the)?\s+(?P<body>[A-Z].*)$")


ROMAN_OR_NUMBER = re.compile(r"[IVX]+|\d+\w*")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
OUTLET_NOUNS = ["outlet", "newspaper", "daily", "weekly", "agency", "channel", "website", "broadcaster", "magazine", "station"]
OUTLET_BEFORE = re.compile(r"\b(" + "|".join(OUTLET_NOUNS) + r")\s*$")
OUTLET_BEFORE_CHARS = max(map(len, OUTLET_NOUNS)) + 1  # the longest noun and the character before it (for its \b)
OUTLET_NOUNS_ENDING = tuple(OUTLET_NOUNS)  # a gate: an OUTLET_BEFORE match is a noun and the spaces after it, at the end


PEER_OF_PLACE = re.compile(r"(?:Lord|Lady|Baroness|Baron|Viscount|Earl)\s+([A-Z][\w’'-]+)\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


# a party's adjective before a member's full name ("the Conservative Mark Field"); not "Labour has said", "a Liberal
# Democrat spokesman" (the party), "Democratic Republic of the Congo"
US_PARTIES = ("Democrat", "Republican")  # a member US papers name with a state or city before the party ("the Texas Republican")
PARTIES = ("Conservative", "Labour", "Tory", *US_PARTIES, "Liberal Democrat")
# the party, with the member's state or city before it as US papers write it ("the Chicago Democrat Elgie Sims")
US_PARTY = "(?:" + "|".join(US_PARTIES) + ")"
PARTY_WORDS = frozenset(
    {*" ".join(PARTIES).split(), "Democratic", "Democrats", "Republicans", "Tories", "Liberal", "Green", "Greens"}
)  # "a Democratic spokesman"
PARTY_BEFORE_NAME = re.compile(r"((?:[A-Z][a-z]+\s+){1,2}?" + US_PARTY + "|" + "|".join(PARTIES) + r")\s+")
PARTY_INSIDE = re.compile(r"\b" + US_PARTY + r"\s")
PARTY_EPITHET = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}" + US_PARTY)  # "the Texas Republican said": a member so called
# a verb of saying or a common word run into the name before it by an OCR text that lost the space ("the Presidentsaid");
# not "Bensaid", "Mashhad" (a stem of five letters or more)
GLUED_WORDS = "said saying says stated stating told telling testified tweeted explained later also again never would had has was".split()
GLUED_SAYING = re.compile(r"(?<![\w’'-])[A-Z][a-z]{4,}(?P<glued>" + "|".join(GLUED_WORDS) + r")$")  # "Presidentlater told"
GLUED_ENDINGS = tuple(GLUED_WORDS)  # a gate: the pattern is tried only on a chunk ending so
# the glued words that also end many surnames ("Gourinchas", "Khurshad", "Kotsuiwas", "Berchtold"): glued only to a title
# ("the Presidenthas said"), as a real name is far likelier than an OCR slip after anyone's name
SURNAME_LIKE_GLUED_WORDS = frozenset({"has", "had", "was", "told"})
COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness"})
# a parliamentarian's or judge's style of address before the name ("the Rt Hon Lord Patten", "The Honourable Justice Lee")
HON = r"on(?:ourable|orable|\.)"  # after its "H" or "h": "Hon.", "Honourable", "Honorable"
STYLE_OF_ADDRESS = re.compile(rf"(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+H{HON}?|H{HON})\s+(?=[A-Z])")
# the way a parliament's members name one another ("the right hon. Gentleman", "the hon. Lady", "my hon. Friend", "the
# noble Lord", "the hon. and learned Member"): a form of address, never anyone's name, whoever it points to
ADDRESS_NOUN = r"(?:Gentlem[ae]n|Lady|Ladies|Friends?|Members?|Lords?|Baroness(?:es)?|Earls?|Viscounts?|Dukes?|Prelates?)"
ADDRESS_STYLE = rf"(?:[Hh]{HON}?|[Nn]oble|[Gg]allant|[Ll]earned|[Rr]everend)"  # "the Noble Lord" in capitals too
FORM_OF_ADDRESS = re.compile(
    rf"(?:(?:[Tt]he|[Mm]y)\s+)?(?P<style>(?:[Rr](?:igh)?t\.?\s+)?{ADDRESS_STYLE}\s+(?:and\s+{ADDRESS_STYLE}\s+)?)?{ADDRESS_NOUN}"
)
STYLE_BEFORE = re.compile(rf"\b{ADDRESS_STYLE}\s*$")
ADDRESS_REACH = 48  # characters a form of address takes at the most ("Right Honourable and Learned Gentlemen")
# the seat such a form of address names ("the hon. Member for Eastbridge", "the right hon. Member for Hale, North",
# "my hon. Friend the Member for Eastbridge"): a constituency, never a person, the member named after it in brackets
SEAT_BEFORE = re.compile(rf"\b(?:{ADDRESS_STYLE}|Friends?\s+the)\s+Members?\s+for\s+(?:[A-Z][\w’'-]*,?\s+){{0,3}}$")


def _weekday_surname(tokens: list[str]) -> bool:
    """ "Billy Sunday", "Ruby Tuesday": a listed given name, then a weekday written as a name, her surname, not the day
    (never a word that makes a day's name, "Easter Sunday", nor a weekday after a surname, "Ann Poe Sunday said")."""
    if len(tokens) != 2 or tokens[1] not in WEEKDAY_NAMES:
        return False
    first = fold(tokens[0])
    return first in GIVEN_NAMES and first not in DAY_MAKING_WORDS


def _time_name_opening(tokens: list[str], words: list[str]) -> int:
    """How many words open the chunk with a day's or a time's name run into the person's name after it ("Labor Day Ann
    Poe said", "On Mother’s Day Ann Poe said", "Christmas Day Pope Leo said", a sentence's time with no comma): the name
    starts with a listed given name or a title only a person bears (PERSON_TITLES, as for a section label: a title a body's
    name holds too, "Remembrance Day Council", keeps the body whole; "Flag Day President Ann Poe" sheds the title anyway);
    0 where no time name opens it ("Labor Day Parade", "Doris Day")."""
    for at in range(1, min(len(words) - 1, 5)):
        if words[at] in TIME_NAME_ENDINGS and names_a_time(tokens[: at + 1], words[: at + 1]):
            person = words[at + 1]
            return at + 1 if person in GIVEN_NAMES or person in PERSON_TITLES else 0
    return 0


def _common_word_surname(tokens: list[str]) -> bool:
    """ "Oren Last", "Dana Still": a plain name word, then a common word that is a surname too, written as a name; also
    after a title and a listed given name ("Director Henrik West", "Harbour Kinderhaus Director Henrik West")."""
    if len(tokens) < 2 or fold(tokens[-1]) not in SURNAMES_AMONG_COMMON_WORDS or not tokens[-1][1:].islower():
        return False
    if len(tokens) > 2 and (fold(tokens[-3]) not in TITLE_WORDS or fold(tokens[-2]) not in GIVEN_NAMES):
        return False  # after a title only a listed given name: "President Lund Still insisted" is no Lund Still
    first = fold(tokens[-2])
    return tokens[-2][1:].islower() and tokens[-2].isalpha() and not ({first} & (NOT_NAMES | TITLE_WORDS | ORGANIZATION_WORDS | STATES))


# a plural's last letters ("Rovers", "Bulls", "Eagles"), not a singular's ("Ross", "Lotus", "Davis") nor an owner's
TEAM_PLURAL_END = re.compile(r"[a-hj-rtv-z]s$")  # an s after any lower-case letter but s, u or i: one step per place, linear


THE_BEFORE = re.compile(r"(?:^|[^\w’'])the\s+$")  # "… ,” the | Marlow Wanderers said": "the" in lower case before the chunk


def team_named_with_the(chunk: str, head: Head, the_before: bool = False) -> bool:
    """ "The Vesta Rovers ended a 30-year wait", "“…,” the Marlow Wanderers said": a team, band or body named with "the"
    and a plural, which reads like a person's given name and surname but is never one person (no "he" means it); not
    "The Clara Evans Trust" (its last word not plural) nor "Tomas Brandt" (no "the")."""
    return (
        (chunk.startswith("The ") or the_before)
        and head.kind == "person"
        and not head.role
        and head.name.count(" ") >= 1
        and TEAM_PLURAL_END.search(head.name) is not None
        and fold(head.name.split()[0]) not in GIVEN_NAMES
    )


# the last word of an office a release writes in title case after the body's words ("Harbour Board Chairman")
OFFICE_HOLDER_WORDS = frozenset(
    """director chairman chairwoman chairperson chair secretary officer minister spokesperson spokesman spokeswoman
    commissioner governor manager superintendent coordinator""".split()
)


OFFICE_HOLDER_ENDINGS = tuple(word.title() for word in OFFICE_HOLDER_WORDS)  # a gate: what such a name ends with


def office_in_title_case(head: Head) -> bool:
    """ "Senate Security Support Service Director", "Harbour Board Chairman": a body's words, then the office held in it,
    all capitalised (as government and agency releases set a title after the name: "Karel Voss, Harbour Board Chairman,
    said"): one who holds the office, not the body; not "Office of the Director" nor "Harbour Board" (no office last)."""
    if not head.name.endswith(OFFICE_HOLDER_ENDINGS):
        return False
    words = head.name.split()
    return len(words) >= 2 and fold(words[-1]) in OFFICE_HOLDER_WORDS and all(word[:1].isupper() for word in words)


# the offices a release sets in title case after a person's name and a comma: those above and the titles a body's name
# never ends with ("Lina Tarr, Relief Society President said", "Lina Tarr, Programme Coordinator, said")
APPOSED_OFFICE_WORDS = OFFICE_HOLDER_WORDS | {"president", "representative", "adviser", "advisor"}
APPOSED_OFFICE_ENDINGS = tuple(word.title() for word in APPOSED_OFFICE_WORDS)  # a gate: what such an office ends with


# where an office holder works, written before the office without its hyphen ("Lina Tarr, Harbour based Programme
# Coordinator, said"), as "Harbour-based" is
PLACE_BASED = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}based\s+")


def office_apposed(chunk: str) -> bool:
    """ "Programme Coordinator", "Relief Society President", "Coordinator": capitalised words ending in an office word,
    which after a person's name and a comma are that person's office ("Lina Tarr, Programme Coordinator said"), never
    a person named Coordinator nor the body its words begin with; an office "of" a body too, not "Head of Programmes"."""
    office = chunk.split(" of ", 1)[0]  # "Country Coordinator of the Relief Federation": the office, of a body
    if ranked_post(office):  # "Senior Tutor", "Vice-Provost": a college's post, not a person named Tutor
        return True
    if not office.endswith(APPOSED_OFFICE_ENDINGS):
        return False
    words = office.split()
    return fold(words[-1]) in APPOSED_OFFICE_WORDS and all(word[:1].isupper() for word in words)


FIRM_TRADE_SUFFIXES = tuple(word.title() for word in FIRM_TRADE_ENDINGS)  # a gate: what such a name ends with


def firm_by_trade_ending(head: Head) -> bool:
    """ "Harwick Economics said", "analysts at Orrin Analytics": a firm named by what it sells, read as a person's given
    name and surname only because both words are capitalised."""
    if not head.name.endswith(FIRM_TRADE_SUFFIXES):
        return False
    words = head.name.split()
    return head.kind == "person" and len(words) >= 2 and fold(words[-1]) in FIRM_TRADE_ENDINGS


PLACE_PREPOSITION_END = re.compile(r"\b(?:in|at)$")  # "in Florence Italy": a place; not "from": "a letter from Owen Jordan"


def _state_after_a_place_word(head: Head, window: str) -> bool:
    return PLACE_PREPOSITION_END.search(window[-4:]) is not None and fold(head.name.rsplit(None, 1)[-1]) in STATES


# a periodical named "<abstract noun> Week" ("Education Week"), which reads as an event's week ("Innovation Week") except
# where it stands as a source: after "according to", after a quotation's cue ("“…,” said X"), right before a cue verb
WEEK_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}Week")
WEEK_NAME_END = re.compile(r"(?:^|(?<=\s))" + WEEK_NAME.pattern + r"\s*$")
SOURCE_CUE_BEFORE = re.compile(r"(?:\baccording\s+to|[”\"’]\s*(?:" + CUE.pattern + r"))\s+$", re.I)
SOURCE_CUE_REACH = 40  # characters before a name in which its quotation's cue or "according to" stands
PERIODICALS_VERBS = frozenset({"say", "report", "write", "add", "note", "state"})  # what a weekly does to be a source


def periodical_named_week(chunk: str) -> Head | None:
    """The weekly a name such as "Education Week" or "Harbour Development Week" names where it stands as a source: an
    abstract noun before "Week", which no given name is ("Terence Week" is a person); None for any other chunk."""
    if WEEK_NAME.fullmatch(chunk) is None:
        return None
    tokens = chunk.split()
    if not fold(tokens[-2]).endswith(PORTFOLIO_NOUN_ENDINGS) or _given_name_in_a_title(tokens[-2]):
        return None
    return Head(chunk, "", "outlet")


def head_of(chunk: str, before: str = "") -> Head | None:
    """The actor a chunk names; None where it names nobody ("However", "March", "The West")."""
    head = _head_of_chunk(chunk, before)
    if head is None and chunk.rstrip(".,").endswith("Week") and SOURCE_CUE_BEFORE.search(before[-SOURCE_CUE_REACH:]):
        return periodical_named_week(chunk.rstrip(".,"))  # "according to Education Week", "“…,” said Education Week"
    return head


# the last words of a programme's, a plan's or a law's name, which often joins its parts with "and" ("the Harvest Renewal
# and Export Plan", "the Trade and Industry Act"): the chunk after the "and" is the tail of that name, no one who speaks
# nor the body its abbreviation stands for ("initiative" and "compact" left out: many bodies are so named)
PLAN_NAME_ENDINGS = frozenset("plan plans programme program strategy act scheme framework agenda policy bill roadmap charter accord".split())
PLAN_NAME_WORD_ENDINGS = tuple(f" {word.title()}" for word in sorted(PLAN_NAME_ENDINGS))  # a gate: one str.endswith
CAPITALISED_WORD_AND_END = re.compile(r"[A-Z][\w’'-]*\s+(?:and|&)\s+$")
# the words that make a name a body's, whatever it ends with ("Institute for Fiscal Policy", "Centre for Trade Policy")
BODY_WORDS_IN_A_PLANS_TAIL = frozenset(
    """Institute Centre Center Foundation Council Ministry Agency Department Office Commission Association Bank Fund
    Authority Organisation Organization Trust Alliance Coalition Network Society Union Board Committee Group University
    School College Forum Service Secretariat Bureau Institution""".split()
)


def _tail_of_a_plans_name(chunk: str, before: str) -> bool:
    """Whether the chunk ends a programme's or a law's name begun before "and" ("… Harvest Renewal and Export Plan"), and
    holds no word of a body's ("Oxfam and Centre for Economic Policy")."""
    text = chunk.rstrip(".,")
    return (
        text.endswith(PLAN_NAME_WORD_ENDINGS)
        and CAPITALISED_WORD_AND_END.search(before[-40:]) is not None
        and not BODY_WORDS_IN_A_PLANS_TAIL.intersection(text.split())
    )


def _head_of_chunk(chunk: str, before: str) -> Head | None:
    if _tail_of_a_plans_name(chunk, before):
        return None  # "the Harvest Renewal and Export Plan (HREP)": "Export Plan" is no body of its own
    window = before[-(OUTLET_BEFORE_CHARS + 40) :].rstrip()  # the end of what comes before, less its spaces
    if len(window) < OUTLET_BEFORE_CHARS and len(before) > OUTLET_BEFORE_CHARS + 40:
        window = before.rstrip()
    last = window[-OUTLET_BEFORE_CHARS:].lower()
    after_outlet_noun = last.rstrip().endswith(OUTLET_NOUNS_ENDING) and OUTLET_BEFORE.search(last) is not None  # "the daily Kayhan"
    counted = chunk.endswith("s") and " " not in chunk and QUANTIFIER_END.search(before[-12:]) is not None
    month_opens_name = (  # also where a sentence opens on it; the words before are read only for a chunk opening on a month
        chunk[:1] in "MJA" and MONTHS_NAMED_LIKE_PEOPLE.match(chunk) is not None and MONTH_AFTER_TIME_WORD.search(before[-24:]) is None
    )
    the_before = "the" in before[-8:] and THE_BEFORE.search(before[-8:]) is not None
    numbered = NUMBERED_NAME_BEFORE.search(before[-NUMBERED_NAME_REACH:]) if " " not in chunk and before[-2:-1].isdigit() else None
    if numbered is not None and fold(chunk).lower() in BUSINESS_NAME_ENDINGS:
        return Head(f"{numbered.group('name')} {chunk}", "", "organization")  # "the Route 9 Diner said": no one named Diner
    address = FORM_OF_ADDRESS.fullmatch(chunk) if len(chunk) <= ADDRESS_REACH else None
    if address is not None and (address.group("style") or STYLE_BEFORE.search(before[-16:])):
        return None  # "the right hon. Gentleman", "my hon. Friend", "The Noble Lord", "The Right Honourable Gentleman": no name
    if "Member" in before[-80:] and SEAT_BEFORE.search(before[-80:]):
        return None  # "the hon. Member for Hale, North": a seat
    head = _chunk_head(chunk, after_outlet_noun, last.endswith("the"), counted, month_opens_name, the_before)
    if head is not None and head.kind == "person" and not head.role and " " in head.name and _state_after_a_place_word(head, window):
        return Head(head.name, "", "state")  # "in Florence Italy": a city and its state, no one named Italy
    if head is not None and head.kind == "person" and head.name.count(" ") >= 2 and POSTED_TO_END.search(window):
        placed = _chunk_head(head.name.split(" ", 1)[1], False, False, False, False, False)
        first = fold_chars(head.name.split()[0]).lower()
        # after "and" or a comma only a state's name is one more place ("to Ghana and Togo Ama Owusu"), not a second
        # person ("the envoy to Ghana and Ama Kofi Owusu")
        another_place = not window.endswith((" and", ",")) or first in STATE_NAMES
        if placed is not None and placed.kind == "person" and first not in GIVEN_NAMES and another_place:
            return Head(placed.name, head.role, "person", placed.surname)  # "ambassador to Norland Pavel Drusk": the place, then him
    if head is not None and head.role in KIN_TITLES and not head.name.startswith(head.role) and not _inside_a_sentence(before):
        # "Father Tom Reed drove up the next day": opening a sentence the word may be a relative's noun (the boys' father)
        return Head(f"{head.role} {head.name}", "", "person", head.surname)
    return Head(head.name, head.role, head.kind, head.surname) if head is not None else None  # a copy: callers may set its role


MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")  # "Nomsa T Zulu", "Nomsa T. Zulu"


def _without_middle_initials(words: list[str]) -> list[str]:
    """The words of a name but the initials between its first word and its last ("Nomsa T Zulu" → Nomsa, Zulu)."""
    return [word for at, word in enumerate(words) if not (0 < at < len(words) - 1 and MIDDLE_INITIAL.fullmatch(word))]


def _title_then_full_name(run: list[str], titles: frozenset[str]) -> bool:
    """Whether a run of words opens with one of the titles (a trade's, a religious one) and goes on with a full name: a
    listed given name, or plain capitalised words, with or without a middle initial ("Farmer Tom Reed", "Organiser Nomsa
    T Zulu", "Father Tomas Brenner")."""
    if len(run) < 3 or fold(run[0]) not in titles:
        return False
    plain = _without_middle_initials(run[1:])
    return fold(run[1]) in GIVEN_NAMES or (len(plain) >= 2 and all(map(PLAIN_NAME_WORD.fullmatch, plain)))


def religious_titles_only(words: list[str]) -> bool:
    """Whether every word is a title of religious life ("Father", "Mother Superior"): the words before a bare surname."""
    return bool(words) and all(fold(word) in RELIGIOUS_TITLES for word in words)


def _religious_title_then_surname(run: list[str]) -> bool:
    """Whether a run of words is a religious title (one word, or "Mother Superior") and one plain capitalised word that no
    list knows as a given name: "Father Brenner", "Sister Okafor"; never "Mother Teresa", "Sister Mary" (a name in
    religion, which is a given name), nor a title alone."""
    *titles, last = run
    return (
        len(titles) <= 2
        and religious_titles_only(titles)
        and PLAIN_NAME_WORD.fullmatch(last.strip(",")) is not None
        and fold(last.strip(",")) not in GIVEN_NAMES
        and fold(last.strip(",")) not in RELIGIOUS_TITLES
    )


def _inside_a_sentence(before: str) -> bool:
    """Whether the words before a chunk go on in its sentence ("At the time, "), not what ends one or nothing."""
    words = before.rstrip()
    closed = words.rstrip("\"”’'")
    if closed != words:
        return closed.endswith(",")  # "“…,” Father Tomas Brenner told": the quotation's sentence goes on
    return bool(words) and words[-1] not in ".!?:;)"


@functools.lru_cache(maxsize=16384)
def _chunk_head(chunk: str, after_outlet_noun: bool, after_the: bool, counted: bool, month_opens_name: bool, the_before: bool) -> Head | None:
    """What head_of finds, from the chunk and the things it reads in the words before it (an outlet's noun, "the" in any
    case, a quantifier, no word of time before a month's name, "the" in lower case): kept, as a report names the same
    people and bodies sentence after sentence. Callers get a copy."""
    if chunk.endswith(US_PARTIES) and PARTY_EPITHET.fullmatch(chunk) and after_the:
        return Head(chunk, chunk, "role")  # "“…,” the Chicago Democrat said": the member the passage is about, a role
    peer = PEER_OF_PLACE.fullmatch(chunk) if " of " in chunk else None
    if peer:  # "Lord Williams of Baglan": a peer, named with the place of the title
        return Head(chunk, "", "person", peer.group(1))
    if chunk.endswith(".") and SENTENCE_STOP_AFTER_WORD.search(chunk) and chunk[:-1] not in STATE_ABBREVIATIONS:
        chunk = chunk[:-1]  # "said the Ledger Foundation.": the sentence's stop, not an abbreviation's ("U.S.", "Jr.", "Tenn.")
    if DIGIT.search(chunk) and GLUED_NOTE_NUMBER.search(chunk):
        chunk = GLUED_NOTE_NUMBER.sub("", chunk)  # "Bernstein54", "Policy Institute62": a PDF's note number glued to the name
    glued = GLUED_SAYING.search(chunk) if chunk.endswith(GLUED_ENDINGS) else None
    if glued and glued.group("glued") in SURNAME_LIKE_GLUED_WORDS and fold(glued.group(0)[: glued.start("glued") - glued.start()]) not in TITLE_WORDS:
        glued = None  # "said Anna Morinchas": her surname whole, no "has" glued to "Morinc"
    if glued:  # "Sergey Ryabkovsaying", "the Presidentsaid": an OCR text's name run into the next word, the name before it
        chunk = chunk[: glued.start("glued")]
    if "Hon" in chunk:
        style = STYLE_OF_ADDRESS.match(chunk)
        chunk = chunk[style.end() :] if style else chunk  # "the Rt Hon Sir John Major": the style is no part of the name
    suffix = GENERATION_SUFFIX.search(chunk) if "r" in chunk[-4:] or chunk.endswith((" II", " III", " IV")) else None
    if suffix:  # "Martin Luther King Jr.": the person named without the suffix, which is no surname ("King", a title too)
        bearer = _head_of(chunk[: suffix.start()], after_outlet_noun)
        numeral = suffix.group("suffix")[0] in "IV"  # not "World War II": a numeral follows a given name or a title
        if bearer is not None and bearer.kind == "person" and " " in bearer.name and (not numeral or _named_as_people_are(bearer)):
            return Head(f"{bearer.name} {suffix.group('suffix')}", bearer.role, bearer.kind, bearer.surname)
    bare = chunk.removesuffix(".")  # "said Dame Ana Lind DBE.": the sentence's stop after the letters
    honoured = without_post_nominals(bare) if bare[-1:].isupper() and bare[-2:-1].isupper() else bare
    if honoured != bare:  # "Dr Jane Roe AO", "Sir Tomas Reid KC": the person, named without the honours after the name
        bearer = _head_of(honoured, after_outlet_noun)
        if bearer is not None and bearer.kind == "person" and " " in bearer.name:
            return Head(bearer.name, bearer.role, bearer.kind, bearer.surname)
    if counted:
        return None  # "many Marines", "some Democrats": a group counted in the plural, no one who speaks
    if month_opens_name and fold(chunk.rsplit(None, 1)[-1]) in TIME_NAME_ENDINGS:
        return None  # "May Day", "May Week": a day's name, no one called May nor Day
    named_for_a_month = given_name_spelt_like_a_month(chunk, after_outlet_noun) if month_opens_name else None
    if named_for_a_month is not None:
        return named_for_a_month
    head = _head_of(chunk, after_outlet_noun)
    of_or_for = " of " in chunk or " for " in chunk
    place = OF_PLACE.search(chunk) if (head is None or head.kind in ("person", "state")) and of_or_for else None
    if place:  # "Senator Sheldon Whitehouse of Rhode Island", "Nora Quist of Oxfam": the person, from a place or a body
        person = _head_of(chunk[: place.start()], after_outlet_noun)
        # "for" a place only after a title and a name ("U.S. Attorney Ann Lee for the Eastern District"), not a member's
        # seat after a party and a title ("Labour MSP for Glasgow Riverside")
        titled = person is not None and (bool(person.role) or not place.group(0).lstrip().startswith("for"))
        # a chunk read whole as a place for its last word only with a title first: "Supervisor Ana Ruiz of Orvia County"
        if (
            person is not None
            and titled
            and person.kind == "person"
            and " " in person.name
            and (head is None or head.kind == "person" or person.role)
        ):
            head = person
    with_party = head is not None and head.kind == "person" and (head.name.startswith(PARTIES) or PARTY_INSIDE.search(head.name) is not None)
    party = PARTY_BEFORE_NAME.match(head.name) if head is not None and with_party else None
    if head is not None and party and len(head.name[party.end() :].split()) >= 2:  # "the Conservative Mark Field": his party's
        return Head(head.name[party.end() :], f"{head.role} {party.group(1)}".strip(), head.kind, head.surname)
    if head is not None and head.kind == "person" and head.name.endswith(".") and head.name[:-1].rsplit(" ", 1)[-1] in TITLE_ABBREVIATION_WORDS:
        return Head(head.name[:-1], head.role, head.kind, head.surname.rstrip("."))  # "said Ravi Sen.": the sentence's stop
    if head is not None and head.kind in ("outlet", "organization") and head.name.endswith(("’s", "'s")):
        return Head(head.name[:-2], head.role, head.kind, head.surname)  # "The Daily Courier’s code of practice says": the paper
    if head is not None and firm_by_trade_ending(head):
        return Head(head.name, "", "organization")
    if head is not None and head.kind in ("organization", "state") and office_in_title_case(head):
        return Head(head.name, head.name, "role")
    if head is not None and (chunk[:1] == "T" or the_before) and team_named_with_the(chunk, head, the_before):
        return Head(head.name, "", "organization")
    return Head(head.name, head.role, head.kind, head.surname) if head is not None else None  # a copy: _head_of's is kept


# given names that are months' names too ("said Mar Hicks", "May Hollis", "June Abara"); "Jan" and "Jun", which a date
# writes "Jan." or beside its day, are names wherever they stand (NAMES_SPELT_LIKE_MONTHS)
MONTHS_NAMED_LIKE_PEOPLE = re.compile(r"(?:Mar|May|June|April|August)\s+(?=[A-Z])")
# a month after a word of time or a preposition is the month ("in May Trump said", "since June", "last April", "the May
# election", "on into May"); after a verb of saying, a comma or a sentence's end, or opening the text, it opens a name
MONTH_AFTER_TIME_WORD = re.compile(
    r"\b(?:in|into|within|over|past|since|by|until|till|from|during|through|throughout|of|early|late|mid|last|next|this|that|each|every|between|"
    r"and|or|to|before|after|on|for|around|about|the|a|an|its|their|his|her)[\s-]*$|\d\s*$",  # "on 3 May Hollis said"
    re.I,
)


def given_name_spelt_like_a_month(chunk: str, after_outlet_noun: bool) -> Head | None:
    """ "said Mar Hicks", "“…,” said May Hollis": a month's name right before one surname, no day's number after it, is the
    person's given name; the caller has read that no word of time comes before it (MONTH_AFTER_TIME_WORD)."""
    month = MONTHS_NAMED_LIKE_PEOPLE.match(chunk)
    if month is None:
        return None
    rest = chunk[month.end() :].strip()
    head = _head_of(rest, after_outlet_noun) if " " not in rest else None
    if head is None or head.kind != "person" or head.name != rest or head.role or not _plain_name_word(rest, fold(rest)):
        return None
    return Head(f"{month.group().strip()} {rest}", "", "person", rest)


# the trades and conditions a sentence may set capitalised before a full name ("Farmer Tom Reed", "Evacuee Carrie Lynn")
OCCUPATION_NOUNS = frozenset(
    """pilot farmer nurse teacher resident evacuee activist lawyer student worker volunteer fisherman shopkeeper trader driver
    engineer scientist researcher analyst pastor priest imam surgeon physician midwife survivor refugee migrant veteran widow
    parent voter campaigner protester organiser organizer artist author writer poet singer actor photographer journalist
    reporter editor coach player actress critic producer musician comedian dancer chef designer filmmaker novelist
    entrepreneur sculptor painter composer playwright architect historian economist lecturer plumber electrician miner
    builder mechanic paramedic firefighter florist psychologist psychiatrist physicist biologist chemist astronomer
    ecologist sociologist anthropologist linguist mathematician neuroscientist archivist librarian curator magistrate
    coordinator co-founder cofounder fundraiser caretaker beekeeper winemaker hairdresser instructor tutor athlete
    cricketer footballer blogger podcaster homemaker entertainer bookseller translator illustrator cartoonist jeweller
    goldsmith welder labourer laborer therapist pharmacist dentist veterinarian educator headteacher stallholder hawker
    grocer fishmonger restaurateur hotelier rancher geologist botanist zoologist archaeologist statistician
    epidemiologist virologist geneticist programmer technician accountant receptionist cashier bartender""".split()
)
# the nouns of a person's situation rather than their trade, which features about housing, transport, health, shopping
# and public services set capitalised before a full name as they do a trade ("Tenant Ana Roe, who …", "Commuter Tom
# Reed", "Patient Mira Holt"): a description of the person, never part of the name
SITUATION_NOUNS = frozenset(
    """tenant renter lodger landlord landlady homeowner householder occupant neighbour neighbor villager commuter passenger
    motorist cyclist pedestrian traveller traveler tourist visitor patient carer caregiver pensioner retiree customer
    consumer client shopper buyer vendor investor shareholder taxpayer employee jobseeker applicant claimant borrower
    subscriber""".split()
)
OCCUPATION_NOUNS = OCCUPATION_NOUNS | SITUATION_NOUNS
PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")  # "Kolander", "O'Neill", "Smith-Jones": a name's word
# the titles of religious life set before a full name ("Father Tom Reed", "Sister Ann Lee", "Mother Superior Ann Lee",
# "Fr. Tom Reed"), folded and without a stop: the title is the role, as "the Rev." is; before one word they stay the name
# ("Mother Teresa", "Father Christmas")
RELIGIOUS_TITLES = frozenset("father sister brother mother superior fr br friar fray abbot abbess monsignor msgr deacon".split())
# the sex a religious title tells ("Father Time" is no Ann Time; "Sister Brenner" no Tomas Brenner)
RELIGIOUS_TITLE_SEX = {
    **dict.fromkeys("father brother fr br friar fray abbot monsignor msgr".split(), "male"),
    **dict.fromkeys("mother sister abbess".split(), "female"),
}
# those a relative's noun opening a sentence looks like ("Father", "Sister")
KIN_TITLES = frozenset(word.title() for word in RELIGIOUS_TITLES.intersection(KIN_NOUNS))
GLUED_CODE = re.compile(r"_|[a-z]\d")  # an underscore, or digits right after a small letter ("Syndicate2373")
CODE_NUMBER = re.compile(r"[A-Z]{1,3}-?\d{2,5}[A-Z]?")  # a flight's or a model's code ("KX204", "QZ8501", "A320")
# the words of things numbered as a family's generations are ("World War II", "Vatican II", "Phase III", "Title IV")
NUMBERED_THING_WORDS = frozenset({"war", "world", "vatican", "council", "phase", "title", "part", "section", "chapter", "stage", "act", "article"})


def _named_as_people_are(bearer: Head) -> bool:
    """Whether a name before a numeral is a person's ("Julio Amador III", "King Charles III"), not a thing's."""
    return not any(fold(word) in NUMBERED_THING_WORDS or fold(word) in ORGANIZATION_WORDS for word in bearer.name.split())


# ("Tomas Reyne III": a family's numeral, as "Jr.")
GENERATION_SUFFIX = re.compile(r",?\s+(?P<suffix>Jr\.?|Sr\.?|Jnr\.?|Snr\.?|II|III|IV)$")


# the states and provinces as American and Canadian papers shorten them after a city ("Nashville, Tenn.", "Columbia, S.C.",
# "Brampton, Ont."), without their last stop
PARTY_AND_STATE = re.compile(r"[RDI]-(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){1,2}[A-Z]?\.?|[A-Z]{2})")  # "R-Wis.", "D-N.Y.", "I-VT"
DISTRICT_LETTERS = frozenset(("DC", "D.C", "D.C."))
STATE_ABBREVIATIONS = set(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex "
    "Va Vt Wash Wis Wyo N.Y N.J N.C S.C N.H N.M N.D S.D R.I W.Va D.C Ont Que Alta Sask".split()
)
OUTLETS_NAMED_LIKE_ROLES = {"economist", "diplomat", "observer", "spectator"}
# news agencies and outlets the genre cites by a name that says nothing of what they are (folded, as _head_of reads a
# chunk's words); names holding an outlet word ("Global Times", "Tasnim News Agency") are read as outlets without a list
KNOWN_OUTLETS = frozenset(
    " ".join(name.split())
    for name in """reuters|bloomberg|politico|axios|interfax|vox|semafor|haaretz|kommersant|vedomosti|izvestia|al jazeera|le monde|spiegel|
    der spiegel|xinhua|agence france-presse|afp|ap|nikkei|nikkei asia|meduza|ria novosti|sputnik|rt|ukrinform|unian|irna|isna|
    tasnim|yonhap|kyodo|anadolu|asharq al-awsat|al-ahram|al arabiya|al-arabiya|al-monitor|bbc|npr|pbs|abc|cbs|nbc|
    msnbc|sky news|le figaro|liberation|el pais|die welt|die zeit|bild|corriere della sera|la repubblica|yomiuri|asahi|
    mainichi|caixin|propublica|bellingcat|euractiv|euronews|deutsche welle|dw|france 24|voice of america|voa|rfe/rl|new yorker|
    newsweek|forbes|fortune|slate|huffpost|buzzfeed|breitbart|foreign policy|foreign affairs|atlantic|intercept|
    guardian|independent|novaya gazeta|rossiyskaya gazeta|ynet|maariv|yedioth ahronoth|
    hindustan times|straits times|kathimerini|hurriyet|cumhuriyet|lenta|lenta.ru|gazeta.ru|rbc|
    radio free europe|radio liberty|radio free asia|radio farda|radio svoboda|ukrainska pravda|kyiv independent|kyiv post|censor.net|defense news|breaking defense|janes|jane's|
    national geographic|new scientist|scientific american""".split("|")
)
# movements, parties, firms and agencies the genre cites by a bare name that says nothing of what they are (folded)
KNOWN_BODIES = frozenset(
    " ".join(name.split())
    for name in """hamas|hezbollah|hizbollah|taliban|fatah|al-qaeda|al qaeda|al-qaida|islamic state|boko haram|houthis|ansar allah|
    wagner|hayat tahrir al-sham|pkk|ypg|likud|kuomintang|fidesz|gazprom|rosneft|rosatom|lukoil|novatek|transneft|sberbank|
    huawei|zte|tiktok|bytedance|alibaba|tencent|apple|microsoft|google|meta|amazon|nvidia|samsung|tsmc|aramco|opec|
    amnesty international|greenpeace|interpol|europol|frontex|eurostat|medecins sans frontieres|oxfam""".split("|")
)
# the adjectives a body's name may end with, as NGOs and firms name themselves for their reach ("Amnesty International",
# "Harbour Worldwide"), which no surname is (folded): the name is a body's, and the words before them its short name
BODY_REACH_ENDINGS = frozenset({"international", "worldwide"})
# what a body is, said before its name ("the advocacy group Riverwatch", "NGO Riverwatch International"); "think tank"
# and "organization" in both spellings are written out
BODY_DESCRIPTOR_NOUNS = (
    "group organization organisation think-tank nonprofit non-profit charity watchdog coalition union association alliance "
    "federation network lobby foundation campaign movement ngo"
).split()
# the emblems after "Red" that name the movement's national societies ("the Norland Red Cross", "Harbour Red Crescent")
RED_CROSS_EMBLEMS = frozenset(("cross", "crescent", "crystal"))
# the last word of a document's name (folded); captions.PAPER_WORD is another list, the words of a paper's part or state
DOCUMENT_WORDS = frozenset(
    "strategy doctrine act treaty accords accord convention charter constitution communique memorandum resolution directive bill ordinance "
    "regulation regulations agreement protocol declaration pact framework curriculum guidelines roadmap manifesto goals circular prospectus".split()
)
# the works a report names by a title set in commas after the noun ("the survey, Quay Renewal, …"), besides the
# documents of DOCUMENT_WORDS
TITLED_WORK_NOUNS = WORK_TYPE_NOUNS | WRITINGS | STUDY_NOUNS
DOCUMENT_WORDS |= {"thought", "theory"}  # an ideology named after a leader ("Lu Wenkai Thought", "Deng Xiaoping Theory"), as a doctrine is
# the endings of the abstract nouns a portfolio is named by ("Transformation", "Development", "Security"), which no
# given name or surname has (folded)
PORTFOLIO_NOUN_ENDINGS = ("tion", "ment", "ity", "ance", "ence", "ism")
# the plural nouns a post's or a body's portfolio is named by ("Commissioner for Human Rights", "Minister of Foreign
# Affairs"), which no surname is (folded)
PORTFOLIO_PLURALS = frozenset({"rights", "affairs", "relations", "refugees"})
# the offices named with a portfolio after "for" or "of", whose name is no body's even with a body's words in it
PORTFOLIO_HOLDERS = frozenset({"commissioner", "minister", "secretary", "rapporteur", "envoy", "ombudsman"})
# the people a campaigning group is named after, before "for", "of", "against" or "without" ("Physicians for Human Rights",
# "Friends of the Earth", "Reporters Without Borders"), and the campaign so named ("Campaign for Nuclear Disarmament")
GROUP_NAME_OPENINGS = frozenset(
    """physicians doctors nurses citizens scientists lawyers parents mothers fathers moms veterans friends families students
    women teachers workers journalists reporters farmers patients residents voters taxpayers engineers economists
    americans christians evangelicals democrats republicans conservatives progressives catholics muslims jews rabbis
    survivors victims neighbors neighbours communities campaign""".split()
)
GROUP_NAME_LINKS = frozenset({"for", "of", "against", "without"})
MEDIA_AS_A_WHOLE = frozenset({"fake news", "fake news media", "mainstream media", "legacy media", "corporate media", "lamestream media"})
# the small words inside a body's name or a role ("Board of Peace", "Institute for …", "Committee against Torture")
BODY_LINK_WORDS = frozenset({"of", "for", "on", "against"})
BODY_LINK_WORDS_OR_TO = BODY_LINK_WORDS | {"to"}
# a vessel's name after the prefix of its navy or service ("USS Higgins", "HMS Corvane", "RV Polarstern", "MV Sea Star")
SHIP_NAME = re.compile(r"(?:The\s+)?(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|RFS|MV|RV|RMS)\s+[A-Z]")
SHIP_PREFIX_INITIALS = frozenset("TUHRM")
QUANTIFIER_END = re.compile(r"\b(?:[Mm]any|[Ss]ome|[Mm]ost|[Ff]ew|[Ss]everal|[Nn]umerous|[Ff]ellow)\s+$")  # before a plural group
# the last word of a meeting's name (folded)
EVENT_WORDS = frozenset(
    "dialogue summit conference symposium festival expo olympics talks lecture oration address speech keynote ceremony celebration gala parade".split()
)
# the last word of a day's, a night's or a week's name ("Boxing Day", "Election Night", "Christmas Eve", "Fashion Week",
# "Good Friday", "Super Tuesday"): a time, nobody a later "he" can mean, only after a word that makes a day (below), a
# possessive ("Mother’s Day", "New Year’s Eve"), a month ("May Day") or a place ("Canada Day"); any other word before it
# may be a person's given name, listed or not ("Doris Day", "Siobhan Day", "Obinna Night", "Green Day" said), nor a word alone ("Eve")
TIME_NAME_ENDINGS = frozenset("day night eve week weekend".split()) | {day.lower() for day in WEEKDAY_NAMES}
# the words that make a day's, a night's or a week's name of the word after them (folded): a short closed list
DAY_MAKING_WORDS = frozenset(
    "boxing christmas election polling budget inauguration independence victory remembrance armistice memorial labour labor "
    "veterans presidents thanksgiving easter good holy ash palm maundy shrove black cyber super bloody fashion freshers "
    "opening closing burns bonfire derby deadline transfer match race sports unity constitution flag earth national "
    "international world".split()
)
# a word of two capitalised parts, the first of three letters or more, as firms join two words into one brand; not the
# prefixes of surnames written so ("MacArthur", "VanDyke", "FitzGerald"; "McCain", "DeSantis" have shorter ones)
CAMEL_CASE_BRAND = re.compile(r"(?!Mac|Van|Von|Fitz|Ten)[A-Z][a-z]{2,}[A-Z][a-z]*(?:[A-Z][a-z]*)*")
MIXED_CASE_ACRONYM = re.compile(r"[A-Z][a-z]?[A-Z][A-Z]?")  # at most four letters, the last a capital ("McCain" is a name)
# title words that are also surnames, read as such after a given name ("Amy Pope", "Stephen King", "John Major")
# a body's word that is also a surname ("Senator Church", "Justice House", "Mr Bank"), after a title only a person bears or a
# given name
SURNAMES_LIKE_BODY_WORDS = frozenset(("church", "house", "bank", "court", "post", "plant", "guild", "club"))
PERSON_TITLES = frozenset(
    "mr mrs ms dr sir dame lord lady senator sen rep congressman congresswoman justice judge governor gov mayor professor prof".split()
)
SURNAMES_LIKE_TITLES = frozenset({"pope", "king", "bishop", "judge", "prince", "major", "sen"})  # "Amartya Sen"
CHURCH_WORDS = frozenset({"catholic", "coptic", "orthodox", "roman", "anglican", "holy"})  # "the Coptic Pope" is no Mr Pope
# the languages and regions an outlet's editions are named by ("BBC Persian", "Al Jazeera English", "BBC Mundo")
EDITION_WORDS = frozenset(
    "arabic chinese english french german persian russian spanish turkish ukrainian urdu hindi farsi pashto mundo brasil "
    "africa america americas asia europe international".split()
)
# a government or ministry named by the building or street it sits in (folded, as _head_of reads a chunk's words)
SEATS_OF_GOVERNMENT = {
    "downing street", "pentagon", "elysee", "elysee palace", "whitehall", "zhongnanhai", "bankova", "foggy bottom",
    "quai d'orsay", "matignon", "kantei", "chancellery", "bundeskanzleramt", "capitol hill",
}  # fmt: skip


def _letters_in_capitals(token: str) -> bool:
    """A body's letters ("IT", "NATO"): two letters or more, all capitals."""
    return len(token) >= 2 and token.isalpha() and token.isupper()


# the particles of Dutch, German, Spanish, Portuguese, Italian and French surnames, as a surname in capitals writes them
# ("Ursula VON DER LEYEN", "Anna DE SOUSA"); Arabic "bin" and "al" left out, as particle_surnames leaves them out
CAPITAL_SURNAME_PARTICLES = frozenset(word.upper() for word in SURNAME_PARTICLE_WORDS)


def _capital_particle_in_a_surname(tokens: list[str], position: int, run: list[str]) -> bool:
    """Whether the token at position is a particle of a surname in capitals ("VON" and "DER" in "Ursula VON DER
    LEYEN"): the name's words after it all capitals, and a given name in mixed case just before the particles, so the
    particles are no body's letters ("Ambassador to NATO Matthew Whitaker" keeps its break)."""
    if tokens[position] not in CAPITAL_SURNAME_PARTICLES or not all(word.isupper() for word in run):
        return False
    before = position
    while before > 0 and tokens[before - 1] in CAPITAL_SURNAME_PARTICLES:
        before -= 1
    given = tokens[before - 1] if before > 0 else ""
    return given[:1].isupper() and any(char.islower() for char in given) and given.replace("-", "").isalpha()


def _plain_name_word(token: str, word: str) -> bool:
    """A capitalised word that is no title, body, place, nation, link or common word: a given name ("Derek")."""
    if not (token[:1].isupper() and token.isalpha()) or is_demonym(word):
        return False
    return not ({word} & (TITLE_WORDS | ORGANIZATION_WORDS | STATES | CONNECTORS | NOT_NAMES | COMPASS))


def _month_word_in_a_name(word: str, others: list[str]) -> bool:
    """Whether "Jan" or "Jun" is a name's word beside one or two plain name words ("Jan Novak", "Tan Jun"), since the
    month is written "Jan." or next to a number."""
    return word in NAMES_SPELT_LIKE_MONTHS and len(others) in (1, 2) and all(_plain_name_word(t, fold(t)) for t in others)


def _body_name_with_a_title_word(rest: list[str]) -> bool:
    """ "Institute of Executive", "Academy of Chief": a body's word and a link before the last word, which is a title's
    word inside the body's name, not a title before a surname (not "Office of Governor", a person's title)."""
    return (
        len(rest) >= 3
        and fold(rest[-2]) in BODY_LINK_WORDS
        and fold(rest[0]) in ORGANIZATION_WORDS
        and fold(rest[-1]) in TITLE_WORDS
        and fold(rest[-1]) not in PERSON_TITLES
    )


def _titled_surname_like_title(tokens: list[str], words: list[str]) -> Head | None:
    """ "Prime Minister W. Mackenzie King", "Senator Anna Pope": one to three given names or initials before the surname,
    titles before them."""
    given = 0
    while given < 3 and given < len(tokens) - 2:
        token, word = tokens[-2 - given], words[-2 - given]
        if not (_plain_name_word(token, word) or INITIALS.fullmatch(token)):
            break
        given += 1
    titles = words[: len(words) - 1 - given]
    if not given or CHURCH_WORDS & set(words) or not all(word in TITLE_WORDS or is_demonym(word) for word in titles):
        return None
    name = tokens[len(tokens) - 1 - given :]
    return Head(" ".join(name), " ".join(tokens[: len(tokens) - 1 - given]), "person", tokens[-1])


LEGAL_FORM_FIRST = re.compile(r"(?:AO|OOO|OAO|ZAO|PAO|JSC|PJSC|OJSC|CJSC)\s+[A-Z]")
LEGAL_FORMS = ("Inc", "Ltd", "LLC", "Corp", "PLC", "plc", "GmbH", "AG", "S.A", "N.V", "B.V", "Co")
LEGAL_FORM = re.compile(r"(?:,?\s+(?:" + "|".join(map(re.escape, LEGAL_FORMS)) + r")\.?)+$")  # "Co Ltd" too
LEGAL_FORM_ENDINGS = (*LEGAL_FORMS, *(form + "." for form in LEGAL_FORMS))  # a gate: what a LEGAL_FORM match ends with
MODEL_NUMBER = re.compile(r"[A-Za-z]-\d+[A-Z]?$")
# a chunk may end with an initial's stop; a numbered district's number ("of District 4", "of Ward 12") ends a place too.
# The place may be a body's unit named with the body's possessive ("of the Interior Ministry’s Border Security Division")
# and may have its own 'of' ("for the Eastern District of Valdoria": a prosecutor's district, as US releases name it)
_PLACE_WORDS = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*"  # up to three words, spaces between (no split inside one)
OF_PLACE = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]*[’']s\s+)?"
    + _PLACE_WORDS
    + r"(?:of\s+(?:the\s+)?"
    + _PLACE_WORDS
    + r")?(?:\d{1,3}\s*)?\.?$"
)


# "Abu Amer", "bin Salman": an Arabic name's last word does not go alone; the father's name or the kunya is the surname
FATHER_WORDS = {"abu", "bin", "ibn", "bint", "umm"}


# Chinese family names, written first ("Lin Jian", "Wang Yi"; in Singapore, Malaysia and Hong Kong copy "Tan Wei Ming",
# "Wong Kam-sing"), that are no English given names (folded); a later mention is the family name alone ("Tan said");
# "Lee", "Kim" and "Park" are left out: they are English given names too ("Lee Anderson"); so are Vietnamese family
# names ("Nguyen Van Hieu"): Vietnamese and English-language copy alike call the person later by the last name ("Hieu")
FAMILY_FIRST_NAMES = frozenset(
    """wang zhang liu chen yang huang zhao wu zhou xu zhu hu guo lin gao luo zheng liang xie tang feng deng cao peng zeng
    xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao qin fu xi mao geng hua kong cui qian qiu lai
    fan shi jin yan lei hou duan hao shao gu meng wen zou xiong qi yin zhong ma li tan lim ng ong goh teo koh chua wong
    chan cheung leung lau tse yip chow kwok yeung tsang yeo quek""".split()
)

# Korean family names, written first before a given name of two syllables written apart ("Park Tae Won", "Ri Man Gon");
# only a name of that shape takes them, as "Kim", "Lee" and "Park" are English given names and surnames too
KOREAN_FAMILY_NAMES = frozenset(
    """kim lee ri yi rhee park pak choe choi chung jung jong jeong kang cho jo yoon yun jang chang lim han oh seo shin
    kwon hwang ahn song ryu hong jeon chon ko moon mun yang son bae baek paek heo nam noh ro kwak sung ju""".split()
)


MEMBER_FOR = MEMBER_LETTERS | {"mp", "ms", "am", "member"}  # the members who sit for a seat ("MP for Bexhill")


def _constituency_before(rest: list[str], run: list[str]) -> bool:
    """Whether the run ends a seat named after a member's title and "for" ("MSP for Glasgow Maryhill"): a person's
    name there has a given name first and a surname after it ("MP for Bexhill Ann Lee")."""
    at = len(rest) - 1 - rest[::-1].index("for") if "for" in rest else -1
    if at < 1 or rest[at - 1] not in MEMBER_FOR:
        return False
    return not (len(run) >= 2 and fold(run[0]) in GIVEN_NAMES)


def _surname_of(run: list[str]) -> str:
    """The surname a later mention may use alone: "Sadeq Abu Amer" → "Abu Amer", "Faustin-Archange Touadéra" → "Touadéra",
    "Lin Jian" → "Lin"."""
    if len(run) >= 2 and fold(run[-2]) in FATHER_WORDS:
        return f"{run[-2]} {run[-1]}"
    if 2 <= len(run) <= 3 and fold(run[0]) in FAMILY_FIRST_NAMES and all(len(w) <= 9 and w[1:].islower() for w in run[1:]):
        return run[0]
    if len(run) == 3 and fold(run[0]) in KOREAN_FAMILY_NAMES and all(2 <= len(w) <= 5 and w[1:].islower() for w in run[1:]):
        return run[0]  # "Choe Song Hak", "Kim Jong Un": a family name, then the given name's two syllables written apart
    return run[-1].rsplit("-", 1)[-1] if len(run) > 1 else run[0]


# states and capitals that are also given names or surnames ("Michael Jordan", "George Washington", "Jack London")
STATES_NAMED_LIKE_PEOPLE = frozenset(
    "jordan chad georgia israel france india paris london washington berlin cuba kenya malta chile mali oman turkey china "
    "moscow amman delhi ankara jamaica panama peru niger congo".split()
)


def _campaign_word(token: str, word: str) -> bool:
    """A word of a group's name before its country ("Frack Free", "Stop Fracking"): no title, body word, nation, link or
    possessive, which would make the country the body's or the role's ("President of Namibia", "Bank of Namibia")."""
    return (
        word not in TITLE_WORDS
        and word not in ORGANIZATION_WORDS
        and word not in CONNECTORS
        and word not in STATES
        and not is_demonym(word)
        and not POSSESSIVE.search(token)
        and not INITIALS.fullmatch(token)
        and not token.endswith(".")
    )


TITLE_OPENERS = {"former", "then", "late", "acting", "outgoing", "incoming", "new", "senior", "top"}


def _whole_title(rest: list[str]) -> str:
    """The title's words right before a surname ("Prime Minister", "Foreign Minister"), without the nation, the body or
    a word like "Former" that is no part of how the person is called."""
    words = [rest[-1]]
    for token in reversed(rest[:-1][-2:]):
        word = fold(token)
        if not token[:1].isupper() or token.isupper() or word not in TITLE_WORDS or word in TITLE_OPENERS:
            break
        words.insert(0, token)
    return " ".join(words)


# a note number after a name's last letters; not "COP26", "G20", "Su-24": a meeting's, a group's or a model's number
SENTENCE_STOP_AFTER_WORD = re.compile(r"[A-Z][a-z]*[a-z]{3}\.$")
DIGIT = re.compile(r"\d")  # a quick scan before the pattern below, which tries its look-behind at every character
GLUED_NOTE_NUMBER = re.compile(r"(?<=[a-z]{2})\d{1,3}(?=[,.]?(?:$|\s+[a-z]))")  # "Seitz211 of the Marshall Institute212"
# a part of a document or a piece in a paper, which names nobody: "the report's Executive Summary", "a Wall Street Journal Op Ed"
DOCUMENT_PART_NAME = re.compile(
    r"(?:.*\s)?(?:Executive\s+Summary|Summary|Op[\s-]Ed|Foreword|Preface|Afterword|Appendix|Abstract|Glossary|Bibliography|Epilogue|Prologue)"
    r"|Books|Introduction|Conclusions?"
)
DOCUMENT_PART = re.compile(
    r"(?:Section|Chapter|Part|Volume|Annex|Appendix|Figure|Table|Box|Exhibit|Paragraph|Schedule)\s+"
    r"(?:(?:[IVXLC]+|\d+|[A-Z])(?:[.-](?:[IVXLC]+|\d+|[A-Z]))*\.?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?:\s|$)"
)


# a firm's trade set in title case before its name, as headlines and trade copy write it ("Uranium Miner X", "Mining Giant
# X", "Tech Firm X"): a word or two, then a noun only a firm is called by
TRADE_DESCRIPTOR_NOUNS = ("Miner", "Giant", "Firm", "Carmaker", "Automaker", "Chipmaker", "Retailer", "Lender", "Insurer", "Conglomerate")
TRADE_DESCRIPTOR_FIRST = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}(?:" + "|".join(TRADE_DESCRIPTOR_NOUNS) + r")\s+(?=[A-Z])")


def firm_after_trade_descriptor(rest: str, after_outlet_noun: bool) -> Head | None:
    """The firm named after a trade descriptor, a body whatever its name looks like; None where the rest reads as a
    person's name, a given name and a surname ("Coal Miner Joe Tarrant")."""
    named = _head_of(rest, after_outlet_noun)
    if named is None or named.kind not in ("person", "organization"):
        return None
    words = rest.split()
    if named.kind == "person" and (fold(words[0]) in GIVEN_NAMES or (len(words) == 2 and all(map(PLAIN_NAME_WORD.fullmatch, words)))):
        return None
    return Head(named.name, "", "organization")


def names_a_time(tokens: list[str], words: list[str]) -> bool:
    """Whether a name ending in Day, Night, Eve, Week or a weekday is a time: the word before its last is one that makes a
    day ("Boxing Day", "World Press Freedom Day" by its first word) or a possessive ("Mother’s Day"), or it opens with a
    month ("May Day") or a state ("Canada Day"). A listed given name or any other word may be a person's ("Siobhan Day")."""
    before = words[-2]
    return (
        before in DAY_MAKING_WORDS
        or words[0] in {"world", "international", "national"}
        or before.endswith(("'s", "’s", "s'", "s’"))
        or tokens[0] in MONTH_NAMES
        or " ".join(words[:-1]) in STATE_NAMES
    )


def _two_gerund_phrases(run: list[str]) -> bool:
    """Whether the words are two phrases, each opening with a verb in -ing, joined by a hyphen ("Setting Goals-Taking
    Control", "Building Bridges-Breaking Walls"), as titles of papers and talks are: no given name opens them."""
    first = run[0]
    if not first.endswith("ing") or len(first) < 5 or listed_given_name(first):
        return False
    for word in run[1:-1]:
        before, _, part = word.rpartition("-")
        if before.endswith("s") and len(part) >= 5 and part.endswith("ing") and part[:1].isupper():
            return True  # "Goals-Taking": the first phrase's noun in the plural, then the second's verb
    return False


def _all_capitalised(tokens: list[str]) -> bool:
    """Whether every word of a name is capitalised or a number ("Route 9 Diner"), none a small word like "of", "on"."""
    return all(t[:1].isupper() or t[:1].isdigit() for t in tokens)


def _consort_title(tokens: list[str], after_outlet_noun: bool) -> Head | None:
    """ "the First Lady": a spouse's title alone, a role its holder is known by; "First Lady Jane Roe": her name, with it
    as her role. None where the chunk holds no such title at its opening."""
    opening = 1 if tokens[0] in ("The", "the") or tokens[0].lower() in CONSORT_TIME_WORDS else 0
    if len(tokens) < opening + 2 or " ".join(fold(t) for t in tokens[opening : opening + 2]).lower() not in CONSORT_TITLES:
        return None
    title = " ".join(tokens[opening : opening + 2])
    if len(tokens) == opening + 2:
        return Head(title, title, "role")
    if not tokens[opening + 2][:1].isupper():
        return None  # "the First Lady of the harbour": a title of another kind, read as before
    if len(tokens) == opening + 3 and tokens[-1].isalpha() and tokens[-1][1:].islower():
        return Head(tokens[-1], title, "person", tokens[-1])  # "said First Lady Roe": the house style, her surname alone
    named = _head_of(" ".join(tokens[opening + 2 :]), after_outlet_noun)
    if named is None or named.kind != "person":
        return None
    return Head(named.name, title, "person", named.surname)


CONSORT_TIME_WORDS = frozenset({"former", "then", "late"})  # "Former First Lady Jane Roe": read past as "the" is


@functools.lru_cache(maxsize=16384)
def _head_of(chunk: str, after_outlet_noun: bool) -> Head | None:
    """What head_of finds, cached: a sentence's chunks are read again for each verb and quote in it."""
    if (chunk.endswith(".") and chunk[:-1] in STATE_ABBREVIATIONS) or chunk in DISTRICT_LETTERS:
        return None  # "Nashville, Tenn., included": a state as American papers shorten it, read as an appositive; "Washington, DC"
    # each pattern below is tried only where the text holds what every match of it holds ("-", "s" at the end, "of")
    if "-" in chunk and MODEL_NUMBER.search(chunk):
        return None  # "Gravity-2", "Su-24", "S-400": a rocket's, an aircraft's, a system's model, nobody who speaks
    if DOCUMENT_PART.match(chunk) or DOCUMENT_PART_NAME.fullmatch(chunk.removeprefix("The ").removeprefix("the ").strip(",.")):
        return None  # "Section II.B", "Annex B", "Part Two", "Executive Summary": a part of a document, nobody who speaks
    if PARTY_AND_STATE.fullmatch(chunk):
        return None  # "Mike Gallagher, R-Wis., requested": a member's party and state, set off after the name
    courtesy = COURTESY_AND_NATION.fullmatch(chunk) if chunk[:1] in "MD" else None
    if courtesy and (is_demonym(fold(courtesy.group("surname"))) or _courtesy_before_a_state(courtesy)):
        # "Mr German said", "Ms Jordan says": a surname that is a nation's word or a state's name
        return Head(chunk, courtesy.group("title"), "person", courtesy.group("surname"))

    if chunk[:1] in SHIP_PREFIX_INITIALS and SHIP_NAME.match(chunk):
        return None  # "the destroyer USS Higgins", "HMS Corvane": a vessel by its navy's prefix, no one who speaks
    if chunk.endswith("s") and PLURAL_INITIALS.fullmatch(chunk):
        return None  # "NGOs", "Local NGOs", "SMEs": a group in the plural, no one a later 'he' can mean
    if chunk.endswith("s") and " " not in chunk and chunk[:-1].lower() in TITLE_WORDS:
        return None  # "MPs", "CEOs": a title in the plural is a group, no one a later 'he' can mean
    if LEGAL_FORM_FIRST.match(chunk):  # "AO GK Radiant", "OOO Titan-Micro", "PJSC Gazprom": a company with its legal form first
        return Head(chunk.strip(",."), "", "organization")
    trade = TRADE_DESCRIPTOR_FIRST.match(chunk) if len(chunk) > 12 and chunk[:1].isupper() else None
    if trade and (firm := firm_after_trade_descriptor(chunk[trade.end() :], after_outlet_noun)) is not None:
        return firm  # "Uranium Miner Dorvane Africa Limited": the firm, not its trade set in title case before its name
    region = REGION_END.search(chunk)
    if region and _continues_in(chunk[: region.start()], region.group(1)):  # "Organization for Security and Co-operation in Europe"
        named = _head_of(chunk[: region.start()], after_outlet_noun)
        return (
            Head(" ".join(chunk.split()).removeprefix("the ").removeprefix("The "), "", named.kind)
            if named is not None and named.kind in ("organization", "outlet")
            else named
        )
    legal = LEGAL_FORM.search(chunk) if chunk.endswith(LEGAL_FORM_ENDINGS) else None
    if legal and chunk[: legal.start()].strip():  # "Intel Corp", "Texas Instruments Inc.": a company, named without its legal form
        named = _head_of(chunk[: legal.start()], after_outlet_noun)
        return Head(named.name, "", "organization") if named is not None else None
    outlet = OUTLET_NOUN.search(chunk) if chunk.endswith(OUTLET_NOUN_WORDS) else None  # its first match must end the chunk
    if outlet and outlet.end() == len(chunk) and chunk[: outlet.start()].strip():
        named = _head_of(chunk[: outlet.start()], after_outlet_noun)
        if named is not None and named.kind == "state":
            return Head(chunk, "", "outlet")  # "Amman radio", "Tehran TV": a city's broadcaster is named with its medium
        if named is not None and chunk.endswith(NAMED_MEDIUM_ENDINGS) and chunk[outlet.start() :].strip() in NAMED_MEDIUM_WORDS:
            return Head(chunk.removeprefix("The ").removeprefix("the "), "", "outlet")  # "Harbour TV", "Valley Radio": the medium is in the name
        return Head(named.name, "", "outlet") if named is not None else None
    posted = chunk.rsplit(" in ", 1) if " in " in chunk else []
    if posted and _office_word_end(posted[0]) and 1 <= len(posted[1].split()) <= 2 and posted[1][:1].isupper():
        named = _head_of(posted[0], after_outlet_noun)  # "the Norland Embassy in Lakeland": the embassy, wherever it is
        if named is not None and named.kind == "organization":
            return named
    affiliated = PERSON_OF_BODY.match(chunk) if "of" in chunk else None
    if affiliated:  # "Professor Alexander Lukin of the Higher School of Economics": the person, of a body
        person = _head_of(affiliated.group("who"), after_outlet_noun)
        body_words = {fold(w) for w in affiliated.group("body").split()}
        if person is not None and person.kind == "person" and len(person.name.split()) >= 2 and body_words & BODY_OR_BUSINESS_WORDS:
            return person  # "Ada Roe of the Elm Road Bakery": the person, of a business
    sunday = SUNDAY_EDITION.fullmatch(chunk) if chunk.endswith(" on Sunday") else None
    if sunday and fold(sunday.group("paper")) in SUNDAY_PAPER_WORDS:
        return Head(f"{sunday.group('paper')} on Sunday", "", "outlet")  # "The Herald on Sunday reported": a paper of its own
    tokens = chunk.split()
    consort = _consort_title(tokens, after_outlet_noun) if len(tokens) >= 2 and tokens[-1][:1].isupper() else None
    if consort is not None:
        return consort
    area = tokens[1:] if tokens[:1] in (["The"], ["the"]) else tokens
    if len(area) >= 2 and fold(area[-1]) in AREA_WORDS:
        # "Amber Province", "Orange County", "Eastern Province": an area a state is divided into, no person named Province
        return Head(" ".join(area).strip(","), "", "state")
    group = tokens[1:] if tokens[:1] == ["The"] else tokens
    if " ".join(group).lower() in MEDIA_AS_A_WHOLE:
        return None  # "The Fake News pushed the lie that …": a polemic's name for the press at large, no outlet
    if len(group) >= 3 and fold(group[0]) in GROUP_NAME_OPENINGS and fold(group[1]) in GROUP_NAME_LINKS:
        return Head(" ".join(group).strip(","), "", "organization")  # "Physicians for Human Rights", "Mothers Against Drunk Driving"
    if len(group) >= 4 and is_demonym(fold(group[0])) and fold(group[1]) in GROUP_NAME_OPENINGS and fold(group[2]) in GROUP_NAME_LINKS:
        return Head(" ".join(group).strip(","), "", "organization")  # "Norland Lawyers for Human Rights": the nation's chapter
    if 2 <= len(group) <= 3 and fold(group[0]) in PLACE_BOARD_OPENINGS and all(map(_place_name_word, group[1:])):
        return Head(" ".join(group).strip(","), "", "organization")  # "Visit Wales", "Turismo Porto": a place's board
    if len(group) >= 3 and group[0] in CAMPAIGN_VERBS and group[1] == "the":
        return Head(" ".join(group).strip(","), "", "organization")  # "Save the Children", "Stop the War Coalition"
    body_name = bool({fold(t) for t in tokens} & ORGANIZATION_WORDS)
    while tokens and (
        fold(tokens[0]) in NOT_NAMES
        or fold(tokens[0]) in PREPOSITIONS
        or MODIFIER_COMPOUND.fullmatch(tokens[0])
        or (len(tokens) > 1 and tokens[0].endswith("ly") and ADVERB.fullmatch(tokens[0]))  # "Reluctantly Inspector Kalder replied"
    ):
        if body_name and fold(tokens[0]) in COMPASS:
            break  # "Eastern Theater Command", "Northern Fleet": the compass word is part of the body's name
        if body_name and len(tokens) > 2 and fold(tokens[0]) in COMPASS_POINTS and fold(tokens[1]) in DEMONYMS:
            break  # "the South Sudanese Ministry of Ports", "West African Ports Authority": another state's, not "Sudanese"
        if body_name and len(tokens) > 1 and fold(tokens[0]) in ORDINAL_WORDS:
            break  # "the First Circuit", "First Army": the ordinal is part of the body's name
        if len(tokens) > 1 and _letters_in_capitals(tokens[0]) and body_name:
            break  # "the IT Army of Ukraine": a body's letters, not the pronoun "it"
        if tokens[0] in ("He", "You") and len(tokens) == 2 and _plain_name_word(tokens[1], fold(tokens[1])):
            break  # "He Lifeng", "You Ji": the Chinese surnames He and You, since the pronoun is never followed by a capitalised word
        if _month_word_in_a_name(tokens[0], tokens[1:]):
            break  # "Jan Novak", "Jun Ishikawa": the given name
        if tokens[0] in ADVERB_SURNAMES and len(tokens) > 1 and not (listed_given_name(tokens[1]) or given_name_sex(tokens[1])):
            break  # "Soon Keong Wong": the given name; an adverb only before a comma or a given name ("Soon Ana Ruiz")
        tokens.pop(0)
    if (
        3 <= len(tokens) <= 4
        and fold(tokens[0]) in SECTION_LABELS
        and (fold(tokens[1]) in GIVEN_NAMES or fold(tokens[1]) in PERSON_TITLES)
        and ORGANIZATION_WORDS.isdisjoint(fold(token) for token in tokens)
    ):
        # "Analysis Tom Hale said": the label over the line, then a person's two or three words; not "Truth Social",
        # "Mission Australia", nor a body's name whose second word is a given name too ("Mission Grace Hospital")
        tokens.pop(0)
    while (
        tokens
        and fold(tokens[-1]) in NOT_NAMES_BUT_MAY
        and len(tokens) > 1
        and not (tokens[-1] == "One" and fold(tokens[-2]) == "channel")
        and not _month_word_in_a_name(tokens[-1], tokens[:-1])
        and not _common_word_surname(tokens)
        and not _weekday_surname(tokens)
    ):  # "Tan Jun", "Koji Jun": a given name or a surname last
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and ((tokens[0].endswith("ly") and ADVERB.fullmatch(tokens[0])) or fold(tokens[0]) in LINE_LABELS):
        return None  # "Broadly, …", "Problem: “…”": an adverb or a line's label, not a name
    if fold(tokens[-1]) in DATA_SERIES:
        return None  # "January CPI is due tomorrow": a statistic, nobody who speaks
    if len(tokens) >= 2 and fold(tokens[-1]) in LANDFORMS:
        return None  # "the Taiwan Strait", "the Red Sea": a place on the map, nobody who speaks
    if (
        len(tokens) >= 2
        and fold(tokens[-1]).lower().rstrip(",.") in BUSINESS_NAME_ENDINGS
        and _all_capitalised(tokens)
        and (len(tokens) >= 3 or fold(tokens[0]).lower() not in GIVEN_NAMES)
    ):
        # "the Route 9 Diner", "Harbour Street Cafe", "the Kelby Hotel": a business named after its place, a body when it
        # speaks; no person named Diner nor Route. Every word capitalised: not "Ada Roe on Floor 9 Cafe". Two words with a
        # given name first are a person's ("Grace Hotel"), but only a listed given name protects them: "Rory Diner" is a
        # diner unless Rory is in GIVEN_NAMES
        return Head(" ".join(tokens).strip(",."), "", "organization")
    if len(tokens) <= 3 and fold(tokens[0]) in PLACE_FIRST_WORDS and fold(tokens[-1]) not in ORGANIZATION_WORDS:
        return Head(" ".join(tokens), "", "state")  # "a New York audience", "Los Angeles": a place, not a person
    words = [fold(t) for t in tokens]
    time_named = _time_name_opening(tokens, words) if len(tokens) >= 3 and not TIME_NAME_ENDINGS.isdisjoint(words) else 0
    if time_named:  # "Labor Day Ann Poe said": the day, then the person
        tokens, words = tokens[time_named:], words[time_named:]
    if len(tokens) == 1 and words[0] in OUTLETS_NAMED_LIKE_ROLES and tokens[0][0].isupper():
        return Head(tokens[0], "", "outlet")  # "the Economist distilled …": a paper named like a role noun, capitalised
    if (
        any(w in ORGANIZATION_WORDS and nxt in BODY_LINK_WORDS for w, nxt in itertools.pairwise(words))
        and not set(words) & TITLE_WORDS_IN_A_BODY_NAME
    ):
        return Head(" ".join(tokens).strip(","), "", "outlet" if set(words) & OUTLET_WORDS else "organization")  # "Institute for Strategic Studies"
    if " ".join(words) in MULTIWORD_STATES:
        return Head(" ".join(tokens), "", "state")  # "Sri Lanka" is no person with the surname Lanka
    if len(tokens) >= 2 and words[-2] == "channel" and (tokens[-1] == "One" or tokens[-1].isdigit()):
        return Head(" ".join(tokens), "", "outlet")  # "Channel One", "Israel’s Channel 12"
    if " ".join(words) in KNOWN_OUTLETS:
        return Head(" ".join(tokens), "", "outlet")  # "Reuters", "Kommersant", "Al Jazeera": a news outlet, not a person
    if len(tokens) >= 2 and words[-1] in EDITION_WORDS and " ".join(words[:-1]) in KNOWN_OUTLETS:
        return Head(" ".join(tokens), "", "outlet")  # "BBC Chinese", "Al Jazeera English": an outlet's edition in a language
    if len(tokens) >= 2 and words[-1] in DOCUMENT_WORDS:
        return None  # "the National Defense Strategy", "the Svalbard Treaty": a document, not a person named Strategy
    if len(tokens) >= 2 and words[-1] in EVENT_WORDS:
        return None  # "the Shangri-La Dialogue", "the Munich Security Conference": a meeting, nobody who speaks
    if len(tokens) >= 2 and words[-1] in TIME_NAME_ENDINGS and names_a_time(tokens, words):
        return None  # "Boxing Day", "Election Night", "Good Friday", "May Day": a day or a time; not "Doris Day", "Siobhan Day"
    if len(tokens) >= 2 and words[-1] == "week" and words[-2].endswith(PORTFOLIO_NOUN_ENDINGS) and not _given_name_in_a_title(tokens[-2]):
        # "Innovation Week", "Education Week": an abstract noun before "Week" makes no person surnamed Week ("Tavita Week",
        # "Terence Week" are persons); an event's week, nobody "it" stands for, unless an outlet noun names a weekly so.
        # Where it stands as a source, head_of and subject_before read it as the weekly (periodical_named_week)
        return Head(" ".join(tokens), "", "outlet") if after_outlet_noun else None
    if len(tokens) == 1 and tokens[0].isupper() and (words[0] in TITLE_WORDS or words[0] in MEMBER_LETTERS):
        return None  # "The company’s CEO has acknowledged", "One TD said": a title in capitals alone names nobody
    if len(tokens) == 1 and MIXED_CASE_ACRONYM.fullmatch(tokens[0]):
        return Head(tokens[0], "", "organization")  # "MoD", "DoJ", "DfE": a ministry's letters, not a person
    if "&" in tokens and tokens[0] != "&" and tokens[-1] != "&":  # "Procter & Gamble", "US News & World Report": a firm
        return Head(" ".join(tokens).strip(","), "", "outlet" if set(words) & OUTLET_WORDS else "organization")
    if len(tokens) == 1 and CAMEL_CASE_BRAND.fullmatch(tokens[0]):
        return Head(tokens[0], "", "organization")  # "ConocoPhillips", "BlackRock", "DeepSeek": a firm's one word, no surname
    if len(tokens) >= 2 and words[-1] in BODY_REACH_ENDINGS and tokens[-1][:1].isupper() and not PERSON_TITLES.intersection(words[:-1]):
        # "Riverwatch International": a body named for its reach, never a person whose surname is "International" (but
        # "Mr Worldwide" is a person's nickname after a title)
        return Head(" ".join(tokens).strip(","), "", "outlet" if set(words) & OUTLET_WORDS else "organization")
    if " ".join(words) in KNOWN_BODIES:
        return Head(" ".join(tokens), "", "organization")  # "Hamas", "the Taliban", "Gazprom": a movement or a firm, not a person
    if len(tokens) >= 2 and words[-2] == "red" and words[-1] in RED_CROSS_EMBLEMS:
        return Head(" ".join(tokens), "", "organization")  # "the Norland Red Cross": a national society, no person named Cross
    if " ".join(words) in SEATS_OF_GOVERNMENT:
        return Head(" ".join(tokens), "", "organization")  # "Downing Street said", "the Pentagon said": a government by its seat
    if (
        2 <= len(tokens) <= 3
        and words[-1] in SURNAMES_LIKE_TITLES
        and not CHURCH_WORDS & set(words)
        and all(_plain_name_word(t, w) for t, w in zip(tokens[:-1], words[:-1], strict=True))
    ):
        return Head(" ".join(tokens), "", "person", tokens[-1])  # "Amy Pope", "Martin Luther King": a surname like a title
    titled = _titled_surname_like_title(tokens, words) if len(tokens) >= 3 and words[-1] in SURNAMES_LIKE_TITLES else None
    if titled is not None:
        return titled  # "Prime Minister W. Mackenzie King": the titles, then a person whose surname is a title
    if len(tokens) >= 3 and words[-1] in STATES and words[-3] in TITLE_WORDS and _plain_name_word(tokens[-2], words[-2]):
        return Head(" ".join(tokens[-2:]), " ".join(tokens[:-2]), "person", tokens[-1])  # "Lt. Gen. Derek France": a surname like a state
    if (
        2 <= len(tokens) <= 3
        and words[-1] in STATES
        and words[-1] not in FEDERATED_STATES  # "Jackson Mississippi", "Austin Texas": a city, then its state
        and all(w in GIVEN_NAMES and w not in STATES for w in words[:-1])
    ):
        return Head(" ".join(tokens), "", "person", tokens[-1])  # "Roger France", "Nora Jordan": a given name, then a surname like a state
    if (
        len(tokens) >= 3
        and words[-1] in STATES
        and words[-1] not in STATES_NAMED_LIKE_PEOPLE
        and all(_campaign_word(t, w) for t, w in zip(tokens[:-1], words[:-1], strict=True))
    ):
        return Head(" ".join(tokens).strip(","), "", "organization")  # "Frack Free Namibia": a campaign named for its country
    if len(tokens) >= 2 and words[-1] in SURNAMES_LIKE_BODY_WORDS and tokens[-1].isalpha() and all(w in PERSON_TITLES for w in words[:-1]):
        return Head(" ".join(tokens), " ".join(tokens[:-1]), "person", tokens[-1])  # "Senator Church", "Mr Bank": a surname
    if len(tokens) == 2 and words[-1] in SURNAMES_LIKE_BODY_WORDS and tokens[-1].isalpha() and words[0] in GIVEN_NAMES:
        return Head(" ".join(tokens), "", "person", tokens[-1])  # "Frank Church", "Walter House": a given name, then the surname
    # the person's name: the words at the end that are neither role nor body words
    run: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        token, word = tokens[position], words[position]
        if position > 0 and words[position - 1] in BODY_LINK_WORDS:
            break  # "Secretary of State", "Board of Peace": the word after 'of' belongs to the role or the body
        if position > 1 and words[position - 1] == "the" and words[position - 2] in BODY_LINK_WORDS_OR_TO:
            break  # "Council of the EU", "Mission to the EU": a body's words after 'of the', never a person "the EU"
        if (word.endswith(PORTFOLIO_NOUN_ENDINGS) or word in PORTFOLIO_PLURALS) and {"of", "for"} & set(words[:position]):
            break  # "Minister of Digital Transformation Oleksandr Bornyakov": a portfolio's noun, no given name
        if word in TITLE_WORDS or word in ORGANIZATION_WORDS or word in CONNECTORS or POSSESSIVE.search(token) or word in STATES:
            break
        if is_demonym(word) and not (position == len(tokens) - 1 and _common_word_surname(tokens) and words[-2] in GIVEN_NAMES):
            break  # "Belfast South", "the Harbour North Council"; not "Colonel Oliver North", a listed given name then the surname
        if hyphenated_title(word):
            break  # "Governor-elect Ada Kovel": the title, then her name
        if word == "charge" and position > 0 and words[position - 1] == "in":
            break  # "Special Agent in Charge Ann Lee": the title's last words, then her name
        if ROMAN_OR_NUMBER.fullmatch(token) or len(run) == PERSON_NAME_MAX:  # "Louis XIV" ends there; "Xi" is a name
            break
        if run and _letters_in_capitals(token) and not _capital_particle_in_a_surname(tokens, position, run):
            break  # "Ambassador to NATO Matthew Whitaker", "UN Linda Thomas-Greenfield": the body's letters belong to the role
        run.insert(0, token)
    if len(run) >= 3 and _two_gerund_phrases(run):
        return None  # "Setting Goals-Taking Control": a paper's title of two phrases joined by a hyphen, nobody's name
    if run and ("_" in run[-1] or run[-1][-1].isdigit()) and GLUED_CODE.search(run[-1]):
        return None  # "JPM_WM05501400", "the Goldman Syndicate2373": a document's code, or a note's number glued on, no name
    rest = tokens[: len(tokens) - len(run)]
    if len(run) >= 3 and len(rest) >= 2 and fold(rest[-2]) in BODY_LINK_WORDS:
        rest, run = _body_then_name(rest, run)
    elif len(run) >= 3 and rest and rest[-1] in ("and", "the") and _post_of_fields_then_name(_before_and_the(rest), " ".join(run)):
        rest, run = _body_then_name(rest, run)  # "Minister of Finance and the Economy Ann Black": the portfolio, then her
    # "Ministry of Transportation and Communication": the words after 'of' run on past 'and', a body's name
    if run and (not rest or (fold(rest[-1]) not in CONNECTORS and fold(rest[-1]) not in BODY_LINK_WORDS and fold(rest[-1]) != "and")):
        if len(run[-1]) > 2 and run[-1].endswith(".") and not INITIALS.fullmatch(run[-1]):
            run[-1] = run[-1][:-1]  # the sentence's full stop, not an initial
        if _title_then_full_name(run, OCCUPATION_NOUNS) and (fold(run[1]) in GIVEN_NAMES or len(_without_middle_initials(run[1:])) == 2):
            # "Farmer Tom Reed said", opening a sentence: his trade, then his name; "Actress Mira Kolander", whose given
            # name no list knows: two plain capitalised words after a trade are a full name; not the first word of a
            # longer title ("Client Services Manager Ana Roe": the whole title, not "Services Manager Ana Roe")
            rest, run = [*rest, run[0]], run[1:]
        while run[0][:1].isupper() and _title_then_full_name(run, RELIGIOUS_TITLES):
            rest, run = [*rest, run[0]], run[1:]  # "Father Tomas Brenner", "Mother Superior Lena Okafor": the title, then the name
        name = " ".join(run).strip(",")
        if after_outlet_noun and not any(fold(t) in TITLE_WORDS and fold(t) not in RELIGIOUS_TITLES for t in rest):
            return Head(" ".join(tokens).strip(","), "", "outlet")  # "the daily Sawt al-Sha'b", "the weekly Kayhan": an outlet
        if _religious_title_then_surname(run):
            # "Father Brenner", "Mother Superior Okafor": the title and a surname, as "President Trump" (the name as
            # written, the title its role), so a full name the report gives the surname ("Tomas Brenner") is the same person
            title = [*rest, *run[:-1]]
            return Head(" ".join(title + run[-1:]).strip(","), " ".join(title), "person", run[-1].strip(","))
        if not rest and ARABIC_ARTICLE_FIRST.match(run[0]):
            return Head(name, "", "organization")  # "Al-Hayah", "Al-Manar": a name that opens with the article names no person
        if len(run) == 1 and run[0].isupper() and len(run[0]) >= 2 and not rest:
            return Head(name, "", "outlet" if after_outlet_noun else "organization")
        if len(run) == 1 and _body_name_with_a_title_word(rest):
            return Head(" ".join(tokens).strip(","), "", "organization")  # "Institute of Executive Calm": no Mr Calm
        if len(run) == 1 and rest and fold(rest[-1]) in TITLE_WORDS and not POSSESSIVE.search(rest[-1]):
            # "Patriarch Kirill", "President Trump", "Prime Minister Savage" (the title's words, not "Minister Savage")
            return Head(f"{_whole_title(rest)} {name}", " ".join(rest), "person", name)
        if len(run) == 1 and fold(run[0]) in STATES:
            return Head(name, "", "state")
        if " ".join(fold(word).lower() for word in run) in REGIONS:
            return None  # "in Asia", "Latin America", "Gaza": a place no one speaks as, and no person "she" can mean
        if CODE_NUMBER.fullmatch(run[-1]):
            return None  # "Flight KX204", "Airbus A320": a flight or a model by its code, nobody who speaks
        if "for" in words and _constituency_before(words[: len(rest)], run):
            return None  # "Labour MSP for Glasgow Maryhill": the seat a member sits for, the place's last word no surname
        return Head(name, " ".join(rest), "person", _surname_of(run))
    body = " ".join(tokens).strip(",")
    if (
        set(words) & ORGANIZATION_WORDS
        and "office" not in words
        and any(word in PORTFOLIO_HOLDERS and following in ("for", "of") for word, following in itertools.pairwise(words))
    ):
        # "the United Nations High Commissioner for Human Rights": an office, its holder unnamed here, though a body's
        # words are in its name; "the Office of the …" is a body
        return Head(body, body, "role")
    if set(words) & ORGANIZATION_WORDS and words[-1] not in TITLE_NOT_BODY_WORDS:
        return Head(body, "", "outlet" if set(words) & OUTLET_WORDS and words[-1] not in BODY_OFFICE_ENDINGS else "organization")
    if len(tokens) == 1 and words[0] in STATES:
        return Head(body, "", "state")
    if "of" in words and words[words.index("of") - 1] in ORGANIZATION_WORDS:
        return Head(body, "", "organization")  # "Mongolia's Ministry of Foreign Affairs": the word before 'of' heads it
    qualifiers = [  # "the French President", "the US President": a nation or its state's letters, then titles
        is_demonym(w)
        or w in TITLE_WORDS
        or w in STATES
        or t.replace(".", "") in STATE_ACRONYMS
        or bool(POSSESSIVE.search(t))
        or (w in TITLE_ONLY_BEFORE and words[i + 1 : i + 2] == [TITLE_ONLY_BEFORE[w]])  # "the Deputy High Commissioner"
        for i, (t, w) in enumerate(zip(tokens, words, strict=True))
    ]
    if all(qualifiers):
        if words[-1] in ORGANIZATION_WORDS:
            return Head(body, "", "organization")  # "the Russian Foreign Ministry", "Russia's Defense Ministry"
        return Head(body, body, "role") if (words[-1] in TITLE_WORDS or hyphenated_title(words[-1])) and not POSSESSIVE.search(tokens[-1]) else None
    if (set(words) & OUTLET_WORDS and words[-1] not in BODY_OFFICE_ENDINGS) or after_outlet_noun:
        return Head(body, "", "outlet")
    if set(words) & ORGANIZATION_WORDS:
        return Head(body, "", "organization")
    return None


# --- who is the subject of a verb --------------------------------------------------------------

LIGHT = re.compile(
    r"^(?:\s|,|—|–|-)*(?:(?:continued to|continues to|went on to|goes on to|began to|proceeded to|sought to|tried to|chose to|used to|did not|"
    r"has|have|had|was|is|were|are|will|would|could|might|may|can|[’'](?:ll|d)|also|then|later|further|again|merely|once|too|reportedly|"
    r"publicly|recently|explicitly|openly|previously|subsequently|simply|finally|first|himself|herself|itself|themselves|"
    r"both|all|each|jointly|even|already|often|repeatedly|since|just|still|not|only|long|always|likewise|"
    r"however|though|nonetheless|nevertheless|meanwhile|instead|"  # "He, however, acknowledged that": an aside, no subject
    r"supposed to|scripted to|expected to|about to|going to|able to|willing to|ready to|wanted to|wants to|had to|has to|"
    r"decided to|refused to|hastened to|hoped to|(?:very|quite|rather|most|more|so)\s+\w+ly|\w+ly|yesterday|today|tonight|"
    r"(?:last|this)\s+(?:" + PERIOD_WORDS + "|night)|"  # "Mr. Hale last week said"
    r"on\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2}|[a-z]+day)|of\s+\d{1,2}\s+[a-z]{3,9}|in\s+\d{4})(?:\s|,)+)*$",
    # "Al-Hayah on 9 March reported", "EL WATAN of 16 January reported" (a press review's paper and issue), "X in 2018 wrote"
    re.I,
)
LIGHT_LOWER = re.compile(LIGHT.pattern)  # on the text in lower case: the same matches where IGNORECASE_SPECIAL is absent


@functools.lru_cache(maxsize=4096)
def is_light(text: str) -> bool:
    """Whether LIGHT matches the text: at once where it is only spaces, else in lower case where that is the same.

    Kept: the same gaps (", ", " also ") come back between names and verbs all through a report."""
    if not text.strip():
        return True
    if not text.isascii() and IGNORECASE_SPECIAL.search(text):  # its characters are none of ASCII's
        return LIGHT.match(text) is not None
    return LIGHT_LOWER.match(text.lower()) is not None


RELATIVE = re.compile(r"[,(]?\s*\b(?:who|which)\b", re.I)
# What PRONOUN finds, written to start with the pronouns' first letters in each case (and "ſ", "İ", "ı", which
# re.IGNORECASE reads as "s" and "i") so that re skips to them; the look-behind after the letter is its "(?<!/)\b"
ANY_CASE_PRONOUN = re.compile(
    r"([HhSsſTtIiİı](?<![\w/][HhSsſTtIiİı])(?:(?<=[Hh])(?i:e)|(?<=[Ssſ])(?i:he)|(?<=[Tt])(?i:hey)|(?<=[Iiİı])(?i:t)))(?![\w/])"
)


# a French text's subject pronouns right before its verb of saying ("Il affirme", "Elle a déclaré", "Ils affirment", "On
# indique"), read as the English ones ("on": people unnamed, as "they"); in capitals only where a sentence opens ("Marie
# Ils said" is a name), "on" never in lower case ("the report he relied on said")
FRENCH_PRONOUNS = {"il": "he", "elle": "she", "ils": "they", "elles": "they", "on": "they"}
FRENCH_PRONOUN_END = re.compile(
    r"(?:(?:^|[.!?:;»”]\s*)(?P<pronoun>Ils?|Elles?|On)|(?:(?<![\w’'-])|(?<=[Qq]u[’']))(?P<lower>" + FRENCH_PERSONAL_PRONOUNS + r"))\s+$"
)
FRENCH_PRONOUN_REACH = 10  # "elles", a stop and the spaces


def pronoun_before(left: str) -> tuple[str, int, int] | None:
    """The last pronoun in the last 80 characters with only light words after it, as (pronoun in lower case, start,
    end): what the last of `PRONOUN.finditer(left, len(left) - 80)` followed by light words gives."""
    found = [m.span() for m in ANY_CASE_PRONOUN.finditer(left, max(0, len(left) - 80))]  # group 1 is the whole match
    for start, end in reversed(found):
        if is_light(left[end:]):
            return left[start:end].lower(), start, end
    return None


def _preposition_before(text: str, at: int) -> bool:
    """Whether the word right before position is a preposition ("of it", "about it")."""
    words = text[max(0, at - 12) : at].split()
    return bool(words) and words[-1].lower() in PREPOSITIONS


IMPERSONAL = re.compile(r"\s*(?:is|was|has been|had been|have been|will be|would be|is being|was being)\s*$", re.I)
PRONOUN = re.compile(r"(?<!/)\b(he|she|they|it)\b(?!/)", re.I)  # not "he/she": a writer who hides who they are
# role nouns that, capitalised alone, are the name a report gives its body ("The Board has expressed", "the Tribunal
# found"), as before they stood for one named before ("the board said" after "The Orvia board voted")
NAMED_WHEN_CAPITALISED = frozenset(("board", "tribunal"))
ROLE_NOUN_WORDS = (  # the nouns that stand for someone named before: "the minister said", "said the minister"
    r"minister|commissioner|counsellor|counselor|spokesman|spokeswoman|spokesperson|ministry|president|official|ambassador|commander|chairman|governor|"
    r"mayor|senator|congressman|congresswoman|councillor|councilor|leader|prime minister|pm|mp|mep|mla|lawmaker|legislator|director|chairwoman|chairperson|chair|foreign minister|secretary|king|queen|emir|crown prince|sultan|monarch|church|"
    r"prosecutor|judge|lawyer|attorney|linguist|expert|analyst|professor|researcher|historian|economist|colonel|general|"
    r"agency|daily|newspaper|outlet|site|department|kremlin|government|"
    r"office|command|council|committee|board|tribunal|embassy|delegation|mission|party|company|corporation|organization|organisation|firm|bank|group|administration|commission|court|"
    r"bureau|authority|service|institute|college|union|foundation|charity|trust|association|coalition|body|publisher|filing|lawsuit|force|constabulary|"
    r"caption|cartoon|article|editorial|report|statement|communiqu[eé]|document|text|column|op-ed|post|letter|researchers|authors|"
    r"lawmakers|legislators|doctors|physicians|"  # member_bodies.MEMBER_NOUNS: the body whose members they are
    r"story|profile|piece|assessment|memo|memorandum|cable|advisory|"
    r"teacher|nurse|doctor|farmer|activist|manager|engineer|scientist|pastor|priest|founder|physician|surgeon|"
    r"composer|actress|actor|singer|songwriter|musician|filmmaker|novelist|playwright|poet|painter|sculptor|dancer|comedian|chef|designer|architect|photographer|businessman|businesswoman|widow|"
    r"first lady|second lady|first gentleman|second gentleman"  # titles.CONSORT_TITLES, in lower case ("the first lady said")
)
# a sentence opening on a person's role noun as its subject, a verb after it ("The composer takes a deep breath.", "The
# minister paused."): the one that noun stands for acts, so a quotation standing alone after it is theirs, not the last speaker's
THE_ROLE_ACTS = re.compile(
    r"\s*The\s+(?P<role>" + ROLE_NOUN_WORDS + r")\s+(?!(?:of|in|at|from|on|for|with|who|whose|that|which|and|or|is|was)\b)"
    r"(?:[a-z][\w’'-]*(?:s|ed)|said|told|wrote|spoke)\b"  # "The commander said he …": a verb of saying's past too
)


# the demonyms as a prefix tree (one branch per first letter, not 144 words tried in turn after each "the"): the same
# matches as the longest-first alternation, as a longer word is tried before a shorter one that begins it
NATION_WORDS = sorted((w for w in DEMONYMS if w.isalpha() and w not in COMPASS_DEMONYMS), key=len, reverse=True)
NATION = r"(?:" + trie_pattern(NATION_WORDS) + r")"
PLAIN_NATION = r"(?:" + "|".join(NATION_WORDS) + r")"  # as first written (tests compare them)
# the words that qualify a role without changing whose it is: "the acting chairman", "the PDP National Chairman" (a
# party's letters, not a state's or a union's: "the US President" is another state's holder)
ROLE_QUALIFIER = (
    r"(?:(?:acting|interim|outgoing|incoming|future|newly[ -]elected|municipal|[\w.]+-based)\s+"  # "the UK-based company": where it is based, not whose
    r"|(?-i:(?!(?:US|USA|UK|PRC|ROC|DPRK|ROK|UAE|KSA|EU|UN|NATO)\b)[A-Z]{2,6}(?:\s+(?:Acting|National|Interim))*\s+(?=(?:National\s+)?(?:Chairman|Chairwoman|Chairperson|President|Secretary|Spokesman|Spokeswoman|Spokesperson|Leader|Governor)\b)))?"
)
# the words that make a title another office, whichever way it is read: "the minister" is not the Deputy Minister, nor "the
# High Commissioner" the Deputy High Commissioner, nor "the deputy minister" the Minister (unlike ROLE_QUALIFIER's words)
OFFICE_CHANGING_WORDS = OTHER_OFFICE_WORDS | {"under", "junior", "former"}
ROLE_NOUN = re.compile(
    r"\bthe\s+(?:(?P<nation>"
    + NATION
    + r")\s+)?"
    + ROLE_QUALIFIER
    + r"("
    + ROLE_NOUN_WORDS
    + r")(?:-elect|-designate)?\b(?![’']s\b)\s*(?:under|of|in|accompanying)?[^,;]{0,40}$",
    re.I,
)  # "the minister", "the Ukrainian foreign minister": the nation narrows whom it means
# the same matches, written to start with the "t" (re skips to it; the look-behind is the "\b"), the rest read without case
# after a role noun at the end of the text: its maker, someone unnamed, whose relative clause the verb is in ("the
# statement by one harbour watcher who", "the claim from an analyst who")
UNNAMED_WHO_AFTER_WORK = re.compile(r"\s+(?:by|from)\s+(?:one|an?|another)\s+(?:[\w’'-]+\s+){1,3}who\s*$")
# a preposition before "the <role>" ("to the judge", "with the mayor"), a verb joined by "and" after it, and a pronoun
# opening the sentence: what "He wrote to the mayor and expressed" is read by
PREPOSITION_END = re.compile(r"\b(?:to|with|for|from|against|towards?)\s+$")
JOINED_VERB_END = re.compile(r"\s(?:and|but)\s+(?:\w+ly\s+)?$")
PRONOUN_SUBJECT_OPENING = re.compile(r"\s*(He|She|They)\s")
# right after the subject opening the sentence: its first verb and a preposition before an object (" wrote to the ")
FIRST_VERB_TO_OBJECT = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+\s+(?:to|with|for|from|against|towards?)\s+(?:the|an?)\s")
ROLE_NOUN_AT_THE = re.compile(r"[Tt](?<!\w[Tt])(?i:" + ROLE_NOUN.pattern.removeprefix(r"\bt") + ")")


def after_last_comma(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the last clause of text[start:end] starts: after its last comma or semicolon (start where it has none). A
    pattern whose match holds neither and ends at the end ("$": ROLE_NOUN, ROLE_FOR, BODY_ROLE, DATE_TAIL, ENVOY_TO_END)
    starts there or later: searched from there, re tries none of the places before."""
    return max(start, text.rfind(",", start, end) + 1, text.rfind(";", start, end) + 1)


def role_noun_of(match: re.Match[str]) -> str:
    """'ukrainian foreign minister' from "the Ukrainian foreign minister", 'minister' from "the minister"."""
    nation = match.group("nation")
    role = ABBREVIATED_ROLES.get(match.group(2).lower(), match.group(2).lower())
    return f"{nation.lower()} {role}" if nation else role


ABBREVIATED_ROLES = {"pm": "prime minister"}  # "the PM said"


# a town's or a state's body that writers name in lower case after its place ("the Kelby council", "the Orvia board", "the
# Dunmore port authority", "the EU council"); firms and people have these nouns too ("Vell's board", "Tomas Vell board"),
# so the words before the noun must read as a place's: capitalised, no possessive (no apostrophe in them), and
# (civic_place_words) no given name, no function word; a body's name in capitals ("Point Douglas Council") is no such body
CIVIC_BODY_NOUNS = ("council", "board", "committee", "tribunal", "authority")
# what such a body does or where it sits, between the place and the noun ("the Kelby city council", "the Dunmore port
# authority"): with one of them the words before are a place, whatever else they may be ("the Austin city council")
CIVIC_BODY_KINDS = (
    *("city", "county", "district", "regional", "state", "town", "village", "parish", "municipal", "provincial", "local"),
    *("port", "harbour", "harbor", "planning", "school", "health", "water", "housing", "transit", "transport", "parole"),
    *("licensing", "zoning", "election", "electoral", "education", "development", "tourism", "ethics", "appeals", "executive"),
)
CIVIC_BODY = (
    r"(?:(?!(?:The|A|An|This|That|Its|Their|His|Her)\s)[A-Z][\w.-]*\s+){1,3}(?P<civic_kinds>(?:(?:"
    + "|".join(CIVIC_BODY_KINDS)
    + r")\s+){0,2})(?:"
    + "|".join(CIVIC_BODY_NOUNS)
    + r")\b"
)
CIVIC_BODY_ALONE = re.compile(CIVIC_BODY)
# a body named in lower case after its country: "the Chinese mission to the European Union", "a PRC foreign ministry"
LOWER_BODY = (
    r"(?:(?:(?!(?:The|A|An|This|That|Its|Their|His|Her)\s)[A-Z][\w’'.-]*\s+){1,3}(?:(?:eastern|western|northern|southern|central)\s+)?(?:(?:foreign|defen[cs]e|interior|trade|commerce|home|finance|justice|health|energy|economy|education|information|"
    r"agriculture|transport)\s+)?"
    r"(?:ministry|mission|embassy|consulate|delegation|high command|military command|general staff|"
    r"government|military|army|navy|air force|armed forces|security forces|security services|police|presidency|cabinet|foreign office|campaign|"
    r"state(?:-run|-owned|-controlled)? (?:media|television|TV|broadcaster|radio|news agency))(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*)?"
    + "|"
    + CIVIC_BODY.replace("(?P<civic_kinds>", "(?:")
    + ")"
)
LOWER_BODY_ALONE = re.compile(LOWER_BODY)
LOWER_BODY_END = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|while|as|where|when|whereas|although|though|because|after|since|until|once)\s+)(?:[Tt]he\s+)?(?P<body>"
    + LOWER_BODY
    + r")$"
)
# the last word of each body noun LOWER_BODY ends with ("air force", "foreign office", "state media"): a gate for it
LOWER_BODY_LAST_WORDS = (
    r"(?:ministry|mission|embassy|consulate|delegation|government|military|army|navy|force|forces|services|police|presidency|cabinet|"
    r"office|media|television|TV|broadcaster|radio|agency|command|staff|campaign|" + "|".join(CIVIC_BODY_NOUNS) + ")"
)
LOWER_BODY_WORD = re.compile(r"\b" + LOWER_BODY_LAST_WORDS + r"$")
# a LOWER_BODY_WORD match is one of its words, at the end or before a last newline: it starts in the last characters
LOWER_BODY_WORD_REACH = max(len(word) for word in LOWER_BODY_LAST_WORDS.removeprefix("(?:").removesuffix(")").split("|")) + 1
LOWER_BODY_SUFFIXED = re.compile(r"\b" + LOWER_BODY_LAST_WORDS + r"\s+(?:to|in|at)\s")
# a body named so closing the words after a cue ("said the Fisk campaign."), not a noun's modifier ("said the Fisk campaign
# manager"); tried where a body's word follows the name
LOWER_BODY_CLOSING = re.compile(r"(?P<body>" + LOWER_BODY + r")(?=\s*(?:[.,;:!?)]|$))")
LOWER_BODY_WORD_NEXT = re.compile(r"\s+(?:[a-z]+\s+){0,2}" + LOWER_BODY_LAST_WORDS + r"\b")
CAMPAIGN_OWNER = re.compile(r"[’']s?(?=\s+campaign$)")  # "Fisk’s campaign", "Harris’ campaign": the Fisk campaign


# the last word before a civic body's noun that makes it a firm's, an outlet's, a party's or a post's board ("the Vellmark
# Corp board", "the Fox News board", "the Green Party council", "the Labour council", "the CEO board", "the UN Security
# council"), not a place's; where a kind of body follows ("the King city council") the words are a place's still
NOT_CIVIC_PLACE_ENDINGS = frozenset(
    {*COMPANY_WORDS, *OUTLET_WORDS, *(form.lower() for form in LEGAL_FORMS), *(word.lower() for word in PARTY_WORDS), "party"}
    | TITLE_WORDS_IN_A_BODY_NAME
)


def civic_place_words(body: str) -> bool:
    """Whether the capitalised words before a civic body's noun read as its place's: none a function word ("However
    council"), none a given name ("Tomas Vell board", "Anna board") unless a kind of body follows them ("the Austin city
    council") or they name a state ("Georgia"), nor all of them a kind of body or a title's adjective ("County council",
    "New council")."""
    civic = CIVIC_BODY_ALONE.fullmatch(body)
    if civic is None:
        return True  # not a civic body: "the Orvia police"
    words = [fold(word).lower() for word in body[: civic.start("civic_kinds")].split()]
    if any(word in NOT_NAMES for word in words):
        return False
    if all(word in CIVIC_BODY_KINDS or word in TITLE_OPENERS for word in words):
        return False  # "City council said", "New council members said": a kind of body or an adjective opening the sentence
    if not civic.group("civic_kinds") and (words[-1] in NOT_CIVIC_PLACE_ENDINGS or " ".join(words) in KNOWN_BODIES):
        return False  # "the Fox News board", "the Apple board": a firm's, an outlet's, a party's
    return bool(civic.group("civic_kinds")) or " ".join(words) in STATE_NAMES or not any(word in GIVEN_NAMES for word in words)


def lower_body_head(body: str) -> Head | None:
    """A body named in lower case after its country or its candidate ("Israel’s military", "the Fisk campaign"); a
    candidate's campaign by one name, with or without the possessive ("Fisk’s campaign" is the Fisk campaign); a civic
    body only after its place's words (civic_place_words)."""
    if body.endswith(CIVIC_BODY_NOUNS) and not civic_place_words(body):
        return None
    # "the Roe committee", "the Vell board": one word before the noun may be a person's surname, which only the whole
    # report can tell ("Ada Roe chairs a panel"), as for "a Hale spokesman"
    one_word = body.endswith(CIVIC_BODY_NOUNS) and body.count(" ") == 1
    return Head(CAMPAIGN_OWNER.sub("", body) if body.endswith("campaign") else body, "", "organization", body_unless_surname=one_word)


def lower_body_head_of(body: str | None) -> Head | None:
    """lower_body_head of a body matched in lower case, None where none was or where its words hold a body's own
    capitalised noun ("the Norland Embassy": a name, which head_of reads)."""
    return lower_body_head(body) if body is not None and not NAMED_BODY_WORD.search(body) else None


POSSESSIVE_END = re.compile(r"[’']s$")
APPOSITIVE_END = re.compile(r",[^,;:]{1,150},\s*$")
STATE_ACRONYMS = frozenset({"US", "USA", "UK", "PRC", "ROC", "DPRK", "ROK", "UAE", "KSA"})  # "U.S. officials said": unnamed
OFFICIALS_NOUNS = ("officials", "spokespeople", "spokesmen", "representatives", "staff")
OFFICIALS_RANKS = ("senior", "top")  # "senior staff", "top officials"
# "the Marlow Capital investment team said": a body's team, by what it does, speaks for the body as its officials do
TEAM_KINDS = (
    *("investment", "research", "management", "leadership", "executive", "legal", "press", "communications", "media"),
    *("policy", "negotiating", "analyst", "analysis", "editorial", "engineering", "technical", "medical", "rescue", "audit"),
)
OFFICIALS_NOUN = re.compile(
    r"\s+(?:(?:" + "|".join(OFFICIALS_RANKS) + r")\s+)?(?:" + "|".join(OFFICIALS_NOUNS) + r"|(?:(?:" + "|".join(TEAM_KINDS) + r")\s+)?team)\b"
)
OFFICIALS_NOUN_INITIALS = frozenset(word[0] for word in (*OFFICIALS_NOUNS, *OFFICIALS_RANKS, *TEAM_KINDS, "team"))


def officials_speak_for(head: Head) -> bool:
    """Whether "X officials", "X spokesmen" are X's voice: a body's ("Hamas officials said"), as the corpus's gold credits
    them; a state's are unnamed sources ("U.S. officials"); a name not known as a body here ("Dorvane officials": a
    town's, a province's or a firm's) is left to officials_voice."""
    return head.kind in ("organization", "outlet") and head.name.replace(".", "") not in STATE_ACRONYMS


def officials_voice(head: Head) -> Head | None:
    """Whose voice "X officials" are: the body's where it is known as one (officials_speak_for); for a name that reads
    as a person's and opens on no given name ("Dorvane officials", "Newcrest officials"), the firm the report describes by
    that name, which the engine looks for (body_if_described); else nobody's ("Trump officials", "Kessaro officials")."""
    if officials_speak_for(head):
        return head
    if head.kind != "person" or fold_chars(head.name.split()[0]).lower() in GIVEN_NAMES:
        return None
    return Head(head.name, "", "organization", body_if_described=True)


GROUP_NOUNS = ("rebels", "militants", "insurgents", "fighters")
GROUP_NOUN = re.compile(r"\s+(?:" + "|".join(GROUP_NOUNS) + r")\b")
GROUP_NOUN_INITIALS = frozenset(word[0] for word in GROUP_NOUNS)
# "Zheng and supporters were shaken", "Moor and her lawyers said": a person's unnamed companions in a coordinated subject;
# the person is the one named, whom a later "she" or "he" means (people, never kin: "Moor and her husband" are two)
COMPANION_NOUNS = (
    *("supporters", "colleagues", "lawyers", "friends", "aides", "allies", "followers", "activists", "campaigners", "volunteers"),
    *("advisers", "advisors", "others", "comrades", "co-workers", "neighbours", "neighbors", "fans", "teammates", "classmates"),
    *("co-authors", "coauthors", "collaborators"),  # "Marta Lobo and her co-authors found": the lead author, with people unnamed
)
COMPANIONS = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+)?(?:[a-z]+\s+)?(?:" + "|".join(COMPANION_NOUNS) + r")\b")
# their verb in the plural, which the finite verbs sentence_subject looks for leave out ("and supporters were shaken")
COMPANIONS_THEN_VERB = re.compile(COMPANIONS.pattern + r"\s+(?:\w+ly\s+)?(?P<verb>were|are|have)\b")
PLURAL_NOUN_END = re.compile(r"[a-z][b-df-hj-np-tv-xz]s$")
IN_PLACE = re.compile(r"\s+in\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=\s|$)")  # also where the text ends: before a relative ', which'
OWNED_ROLE_END = re.compile(  # "Taiwan Semiconductor Manufacturing Company’s (TSMC’s) CEO", "Nvidia's chief executive"
    r"(?:^|\s)(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+(?:\([A-Z][\w.&-]*[’']s\)\s+)?(?:CEO|chief executive|founder|chairman|chair|president)\s*$"
)
PERSON_APPOSITIVE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:researcher|professor|scientist|scholar|student|historian|economist|lecturer|"
    r"teacher|doctor|engineer|journalist|writer|activist|lawyer|mother|father|veteran|farmer|resident)\b"
)
# an age, or a business's founder or cook with no business after the word, set in commas after a name ("Anna Club, the
# founder,", "Rory Diner, 54,"): a person's, though the name's last word is a business's ("Club", "Diner"); only the
# words a body never is: a body is often an owner, a manager or a landlord ("Kelby Council, the landlord,", "Orion
# Group, the owner,"), and "Orion Group, the founder of the Kelby Hotel," is a firm that started another
PERSONS_OWN_APPOSITION_SOURCE = r",\s+(?:\d{1,3}|(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:founder|co-founder|landlady|chef|baker))"
PERSONS_OWN_APPOSITIVE = re.compile(PERSONS_OWN_APPOSITION_SOURCE + r"\s*,\s*$")  # between the subject and its verb
PERSONS_OWN_AFTER = re.compile(PERSONS_OWN_APPOSITION_SOURCE + r"\s*(?:[.,;]|$)")  # after a cue's speaker ("said Anna Club, the founder.")


def named_like_a_business(head: Head) -> bool:
    """A name of two words read as a body by its last, a business's or a body's noun ("Anna Club", "Rory Diner"): a
    person's where the words around it make it one."""
    words = head.name.split()
    return head.kind == "organization" and len(words) == 2 and fold(words[-1]) in BODY_OR_BUSINESS_WORDS


DEFINITE_ARTICLE_END = re.compile(r"(?<![\w’'-])[Tt]he\s+$")
THE_ROLE_END = re.compile(r"(?:^|\s)[Tt]he\s+(" + ROLE_NOUN_WORDS + r")\s*$")
ADVERB_END = re.compile(r"\b\w+ly\s+$")
INCLUDING_NAME = re.compile(r"including\s+(?P<who>" + CHUNK.pattern + r")")
DASH_ASIDE_END = re.compile(r"\s*[–—][^–—]{1,200}[–—]\s*(?:\w+ly\s*)?$")  # "An editorial in X on 9 March – evidently … – opined"
# a firm's staff unnamed as the subject ("Analysts at Harwick Economics said", "economists from the Tessel Institute wrote"):
# the firm speaks through them, as "“…,” analysts at X said" reads after the quote
STAFF_WORD_ENDS = ("nalysts ", "conomists ", "esearchers ", "trategists ")
STAFF_REACH = 200  # characters before the verb: the staff's noun, "at the", a body's name
STAFF_OF_A_BODY_END = re.compile(
    r"\b(?:[Aa]nalysts|[Ee]conomists|[Rr]esearchers|[Ss]trategists)\s+(?:at|from)\s+(?:the\s+)?(?P<body>" + CHUNK.pattern + r")\s+(?:\w+ly\s+)?$"
)


def spaced_dash_aside(stops: str, reach: int, dashes: str = "-") -> str:
    """The pattern of an aside between dashes with a space each side, as plain-text copy types a dash with a hyphen
    ("Tomas Brandt - a fan of nine years - says"): at most `reach` characters, none a dash nor one of `stops`; a hyphen
    inside a word ("Al-Riyami", "30-year") neither opens nor closes it, but may stand inside it. Each place tries at most
    `reach` characters: linear in the text."""
    return r"\s+[" + dashes + r"]\s+(?:[^-–—" + stops + r"]|(?<=\w)-){1," + str(reach) + r"}?\s+[" + dashes + "]"


# the same aside between the subject and its verb, between hyphens spaced as dashes
SPACED_HYPHEN_ASIDE_END = re.compile(spaced_dash_aside("\n", 200) + r"\s+(?:\w+ly\s+)?$")
# "The army in a statement said", "Brandt in a news briefing in Berlin accused": where the subject spoke, set between
# the subject and its verb (a place after it is one to three capitalised words)
# "The Dockworkers Congress, in a statement signed by its national president, Comrade Ola Ibe, said": the statement a
# body's officer signs or issues for it is the body's; the subject is before the aside
SIGNED_ASIDE_END = re.compile(
    r",\s+in\s+(?:a|an|its)\s+(?:[a-z-]+\s+){0,2}(?:statement|communiqu[eé]|release|letter|message)\s+"
    r"(?:signed|issued|released|sent)\s+(?:[a-z]+\s+){0,4}?by\s+[^,;:“”\"]{1,80}(?:,\s*[^,;:“”\"]{1,60})?,\s*(?:\w+ly\s+)?$"
)
# the day the words were said, after the occasion or the medium: "at a rally in Port Ulm on Monday said"
_OCCASION_DAY = r"(?:\s*on\s+(?:" + "|".join(sorted(WEEKDAY_NAMES)) + r")\s*)?"
MEDIUM_ASIDE_END = re.compile(
    r"\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:statement|briefing|interview|speech|post|letter|address|message|conference|video|tweet|op-ed|note|communique"
    r"|lecture|presentation|talk|remarks|testimony|keynote|sermon|submission|paper)"
    r"(?:\s+(?:with|to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,4})?"  # "in an interview with the Velden Courier": who heard it
    r"(?:\s+(?:in|on|at)\s+(?:[A-Z][\w’'-]*\s*){1,3})?" + _OCCASION_DAY + r"\s*$"
)
# "Governor Amsel at a 2019 press conference said": the occasion between the subject and its verb
OCCASION_AT = re.compile(
    r" at\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:press conference|news conference|conference|briefing|rally|summit|hearing|forum|ceremony|press event|event|meeting)\s*"
    r"(?:in\s+(?:[A-Z][\w’'-]*\s+){1,3})?" + _OCCASION_DAY  # where it was held: "at a rally in Port Ulm said"
)


TWO_CAPITALISED_WORDS_END = re.compile(r"[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*$")  # "Governor Amsel", not "Delegates"


def occasion_at_end(left: str) -> int:
    """Where an occasion phrase ending the text starts (" at a 2019 press conference "), after a name of two words or
    more ("Governor Amsel"; not "Delegates at the summit said", a plural noun opening the sentence), or -1."""
    at = left.rfind(" at ")
    if not OCCASION_AT.fullmatch(left, at) or not TWO_CAPITALISED_WORDS_END.search(left, max(0, at - 60), at):
        return -1
    return at


# an apposition that relays what someone else said or adds a second subject ("The union, according to Ada Roe,", "The
# minister, and Tom Smith,"): the role noun before it is not the one the sentence credits
RELAYED_OR_JOINED = re.compile(r",\s+(?:(?:[\w’'-]+\s+){0,3}?according\s+to\b|and\s+[A-Z])")
CUE_WORD = re.compile(r"\b(?:said|says|told|stated|wrote|added|noted|argued|claimed)\b")
ROLE_WORDS = r"spokesperson|spokesman|spokeswoman|representative|official|officials|statement|press release|source|sources|executive|director|lawyer"
WORK_WORDS = (
    r"editorial|article|commentary|report|reporting|readout|press release|statement|spokesperson|spokesman|spokeswoman|"
    r"secretary general|secretary-general|director general|director-general|investigation|inquiry|probe|"  # "the NATO secretary general said": the body's head, unnamed
    r"executive order|order|decree|directive|proclamation|memo|memorandum|assessment|testimony|"  # "Trump's executive order pointed to": its issuer's words
    r"website|blog post|blog|bulletin|newsletter|filing|lawsuit|"  # "Lux Capital's website states": the firm's words
    r"page|web page|webpage|representative|"  # "The Quellnet page warned", "A Norvik representative said": the firm's
    r"study|survey|poll|"  # "One recent RAND study concluded": the body that made it
    r"notes|notebook|notebooks|diary|diaries|"  # "Patrick Vallance's contemporary notes say:": the writer's own words
    r"editorials|articles|commentaries|"  # "People's Daily commentaries called"
    r"lawyers|attorneys|letter|"  # "Perplexity’s lawyers replied": a firm's lawyers speak for it (a person's, below, for themselves)
    r"press office|media office|press service|press team|communications team|communications office|communications department|"
    r"communication bureau|communications bureau|press bureau|media bureau|communication office|communication department|"
    r"corporate communications|"  # "Carrier corporate communications said": the office speaks for its firm or government
    r"members|"  # "all 21 Montana Freedom Caucus members demanded": the body's members together speak for it
    r"reporter|correspondent|"  # "An AP reporter claimed": an outlet's unnamed reporter speaks for the outlet
    r"guidance|guidelines|jurisprudence|case law|figures|data|findings|review|"  # "Ministry of Housing guidance from 2009 states"
    r"advisory|advisories|"  # "HSA's March 2024 advisory stated": an agency's warning to the public
    r"cable|cables|log|incident log"  # "A Transport Ministry cable dated 4 May states": the body's own record of events
)
LAWYERS = frozenset(("lawyers", "attorneys"))
# the platforms a post or a page is on, never the one whose words or page it is ("the campaign's Facebook page said",
# "The Reddit post read:"): the one list, as the platforms write their names
PLATFORM_NAMES = (
    "Twitter",
    "Facebook",
    "Instagram",
    "TikTok",
    "Telegram",
    "YouTube",
    "LinkedIn",
    "WhatsApp",
    "Threads",
    "Bluesky",
    "Mastodon",
    "X",
    "Reddit",
    "Weibo",
    "WeChat",
    "VK",
    "VKontakte",
    "Truth Social",
    "Snapchat",
    "Substack",
    "Medium",
    "Signal",
    "Pinterest",
    "Douyin",
    "Rumble",
    "Gab",
    "Parler",
    "GitHub",
)
PLATFORMS = frozenset(name.lower() for name in PLATFORM_NAMES)
# a representative of these is a legislator ("a Texas representative", "a Republican representative", "a House representative")
# or a state's envoy ("the US representative"), not a body's staff
LEGISLATORS_OF = frozenset("house congress senate assembly parliament democratic republican democrat us usa uk".split())


def speaks_for_its_body(head: Head, role: str) -> bool:
    """Whether a body's unnamed representative or page speaks for the body ("A Norvik representative said", "The Quellnet
    page warned"): not a state's or a party's representative, a legislator, nor a platform's page."""
    word = fold_chars(head.name).lower().replace(".", "")
    if role == "representative":
        return head.kind != "state" and word not in LEGISLATORS_OF and word not in STATES and not is_demonym(word)
    if role in ("page", "web page", "webpage"):
        return word not in PLATFORMS
    if role == "members":
        return not head.name.endswith(CIVIC_BODY_NOUNS)  # "Two Kelby council members said": some members, unnamed
    return True


# the people a person has who speak in words of their own (a lawyer, a relative): "said the lawyer for Pavel Ostrin", "the
# father of Dario Kell told" name someone else, unnamed, not the person named (not a spokesperson or a representative,
# whom a body has too: "a spokesperson for Norland Steel", a firm named like a person)
PERSONS_OWN_PEOPLE = frozenset(
    """lawyer lawyers attorney attorneys counsel solicitor solicitors barrister friend friends neighbour neighbor relative
    relatives parents family""".split()
) | (set(KIN_NOUNS) - {"partner"})  # "a partner of Kell Baker" is a firm's, named like a person
# the words BEFORE_NAME_AFTER passes ending in "for" or "of" ("the lawyer for ", "the father of "): a noun the name governs
OWN_PERSON_OF = re.compile(r"\s*,?\s*(?:the\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:for|of)\s+")


SPOKESPERSON_WORDS = frozenset(("spokesperson", "spokesman", "spokeswoman"))


def _named_like_a_person(name: str) -> bool:
    """Whether a name opens with a listed given name or an initial ("Boris Ode", "J. Ode")."""
    first = name.split()[0]
    return listed_given_name(first) or bool(INITIALS.fullmatch(first))


def _take_spokespersons_role(head: Head, role: str) -> None:
    """The head takes the role of whoever speaks for it; a spokesperson's, named with neither a title nor a given name,
    may be a body's name ("a spokesperson for Harlow Mining"): the engine decides (body_if_trade_named)."""
    titled, head.role = bool(head.role), role
    if head.kind == "person" and role in SPOKESPERSON_WORDS and not titled and " " in head.name and not _named_like_a_person(head.name):
        head.body_if_trade_named = True


def _persons_own(words: str) -> bool:
    """Whether the noun before "for" or "of" is one of a person's own people (above)."""
    return words.split()[-2] in PERSONS_OWN_PEOPLE


MEMBER_OF_BEFORE = re.compile(r"[A-Z][\w’'-]+,?\s+(?:from|at|of|with)\s+(?:the\s+)?$")  # "Jane Roe from …": the body she belongs to follows
ROLE_FOR_ROLES = (
    ROLE_WORDS
    + "|editorial board|editors|editorial|article|commentary|column|study|report|survey|analysis|editorials|articles|commentaries|columns"
    + "|executives|administrators|managers"  # "Administrators at the Health Service warned": the body speaks through them
    + "|branches|chapters"  # "Three branches of the Harbour Party issued statements": its parts speak for the body
)  # "a study by the X Institute", "commentaries in People's Daily"
BODY_PARTS = frozenset(("branches", "chapters"))
# the words that may stand before a body's branches in the clause they open: how many and which ("three local branches")
BODY_PARTS_COUNT_WORDS = frozenset(
    """a an the its their his her our some many most other several these those both all few numerous two three four five
    six seven eight nine ten eleven twelve dozens hundreds local regional national provincial district state city
    county rural urban overseas foreign smaller larger""".split()
)


def _not_counting_words(words: str) -> bool:
    """Whether a word before a body's branches in their clause is other than a number, an article or a plain adjective
    ("head of two branches", "who visited three branches"): the branches are then a verb's or a preposition's object."""
    return any(word not in BODY_PARTS_COUNT_WORDS and not word.isdigit() for word in words.lower().split())


# "a spokesperson for the Ruritanian Mission to the Union": a body sent to another, named with where to (chunks joins them)
ENVOY_TAIL = r"(?:(?:(?<=Mission)|(?<=Embassy)|(?<=Delegation)|(?<=Representation))\s+to\s+(?:the\s+)?" + CHUNK.pattern + r")?"
ROLE_FOR = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+){0,2}|(?<![\w’'-])(?=(?:[Oo]fficials|[Ee]xecutives|[Aa]dministrators|[Mm]anagers|[Rr]epresentatives|[Ee]ditorials|[Aa]rticles|[Cc]ommentaries|[Cc]olumns|[Bb]ranches|[Cc]hapters)\b))"
    r"(?P<role>" + ROLE_FOR_ROLES + r")\s+"  # "officials at Etlaq described": a plural needs no article
    r"(?:for|from|of|at|with|in|by)\s+"
    r"(?:the\s+)?(?:(?:daily|weekly|newspaper|paper|magazine|website|outlet|news agency|agency)\s+)?(?P<body>"
    + LOWER_BODY
    + "|"
    + CHUNK.pattern
    + ENVOY_TAIL
    + r")$"
)
# "a PRC foreign ministry spokesperson", "The Global Times editorial", "A Ministry of Foreign Affairs press release from February"
# what may follow the work word ("the Harbour Board report dated 4 May states")
WORK_TAIL_WORDS = ("from", "of", "in", "into", "on", "to", "published", "issued", "released", "sent", "dated")
WORK_TAIL_CHARACTERS = 100
# a kind between a body and its work, after its possessive a year too: "the Commission’s 2019 annual report" (not "the
# Global Trends 2015 report", a title's year)
WORK_YEAR = (  # and its month ("the agency's March 2024 advisory")
    r"(?:\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}(?:[-–/]\d{2,4})?)?"
)
WORK_QUALIFIERS = r"(?:\s+(?:annual|yearly|quarterly|monthly|latest|recent|final|interim|complaints|contemporary|own|private|personal|handwritten))*"
BODY_ROLE = re.compile(
    r"(?:^|\b[Aa]n?\s+|\b[Tt]he\s+|\s|\()(?:\w+\s+\d{4}\s+|\d{4}\s+)?(?P<body>"
    + LOWER_BODY
    + "|"
    + CHUNK.pattern
    + r")(?:(?:[’']s|(?<=s)[’'])"
    + WORK_YEAR
    + r")?"
    + WORK_QUALIFIERS
    + r"\s+(?P<role>"
    + WORK_WORDS
    + r")"
    + r"(?:\s+(?:"
    + "|".join(WORK_TAIL_WORDS)
    + r")\b[^,;]{0,"
    + str(WORK_TAIL_CHARACTERS)
    + r"})?$"
)
# in a tail (its words one space apart, no line end) a BODY_ROLE match's work word starts at most this far from its end
BODY_ROLE_REACH = max(map(len, WORK_WORDS.split("|"))) + 1 + max(map(len, WORK_TAIL_WORDS)) + WORK_TAIL_CHARACTERS

# Each of the two patterns above needs one of its role words, written as they are: a quick scan for them first (a
# plain list of words is scanned fast; the patterns are tried at every position)
# (prefix trees of the same words: whether one is there is all that is asked)
ROLE_FOR_WORD = re.compile(trie_pattern(ROLE_FOR_ROLES.split("|")))
WORK_WORD = re.compile(trie_pattern(WORK_WORDS.split("|")))
# the words of ROLE_FOR_WORD, WORK_WORD and LOWER_BODY_LAST_WORDS in one tree: a tail holding none of them is scanned once, not
# four times (most tails hold none)
TAIL_GATE_WORD = re.compile(
    trie_pattern(
        sorted(
            {
                *ROLE_FOR_ROLES.split("|"),
                *WORK_WORDS.split("|"),
                *LOWER_BODY_LAST_WORDS.removeprefix("(?:").removesuffix(")").split("|"),
            }
        )
    )
)


OPERATION_NAME = re.compile(r"(?<![\w-])(?:Operation|Op\.?)\s+[A-Z]")  # "Operation Seawall", "Op Harbour": a military or police operation
OPERATION_BEFORE = re.compile(r"(?<![\w-])(?:Operation|Op\.?)\s+$")  # not "the Co-Op Bank"


def named_operation(tail: str, begin: int, name: str) -> bool:
    """Whether the name before a work word holds an operation's ("the Navy Operation Seawall report"), or is the second
    of two names joined by a slash ("Seawall/Op Harbour report"): what the work is about, never the body that made it."""
    before = tail[max(0, begin - 12) : begin]
    return OPERATION_NAME.search(name) is not None or before.endswith("/") or OPERATION_BEFORE.search(before) is not None


def operation_maker(named: str) -> str:
    """The words before the first operation's name in the text up to a work word ("The Navy Operation Seawall/Op
    Harbour" -> "Navy"): the body whose operation it is, or "" where none is named before it."""
    operation = OPERATION_NAME.search(named)
    if operation is None:
        return ""
    found = chunks(named[: operation.start()].rstrip())
    last = found[-1] if found else None
    if last is None or named[last.finish : operation.start()].strip():
        return ""
    return last.text.removeprefix("The ").removeprefix("the ")


@dataclass(slots=True)
class Subject:
    """The subject a verb has: one or more named heads, a pronoun, or a role noun to resolve."""

    heads: list[Head]
    pronoun: str = ""
    role_noun: str = ""
    start: int = 0
    relayed: bool = False  # "The Post quoted him as saying: “…”": the pronoun's person must be no reporter nor of the other sex


BRACKETED = re.compile(r"\\?\([^()]*\)")  # also a Markdown-escaped one, "\\(ACN\\)"
APPOSITIVE_AHEAD = re.compile(r"^\s*,[^,]*,")
APPOSITIVE_TO_END = re.compile(r"^\s*,[^,]*$")


def strip_appositives(gap: str) -> str:
    """', a researcher at X,' and '(…)' between a name and its verb say who it is, not who acts."""
    if "(" in gap:  # the patterns are tried only where their first character is (this runs for every chunk tried)
        gap = BRACKETED.sub(" ", gap)
    if gap.lstrip().startswith(","):  # both patterns open with spaces and a comma
        gap = APPOSITIVE_AHEAD.sub(" ", gap)
        return APPOSITIVE_TO_END.sub(" ", gap)
    return gap


# a sentence opening with a phrase whose object is the name before the comma ("The day after firing Marsh, the President
# told", "After meeting with Marsh, the minister said"): a participle or a preposition right before the name
OBJECT_OF_OPENING = re.compile(r"\b(?:[a-z]{2,}ing(?:\s+(?:with|to|for|on|about))?|after|before|with|for|to|from|by|against)\s+(?:the\s+)?$")


def subject_before(text: str, end: int, sentence_start: int = 0) -> Subject | None:
    """Who does the verb that starts at `end`: the chunk right before it, past role appositives and relative 'who'.

    Read once for each text before a verb (subject tracking and the sieves ask for the same sentences' verbs; nobody
    changes a Subject or its heads once found), its start moved to where the text starts."""
    subject = _subject_before(text[sentence_start:end])
    cue = CUE.match(text, end) if subject is None else None
    if cue is not None and CUE_FORMS.get(cue.group(0)) in PERIODICALS_VERBS:  # "Education Week reported", not "… began"
        weekly = WEEK_NAME_END.search(text, max(sentence_start, end - SOURCE_CUE_REACH), end)
        named = periodical_named_week(weekly.group(0).strip()) if weekly is not None else None
        if weekly is not None and named is not None:
            return Subject([named], start=weekly.start())
    if subject is not None and len(subject.heads) == 1 and text.startswith("report", end):  # "The Beacon reports that …"
        paper = paper_after_the(subject.heads[0], text, sentence_start + subject.start)
        subject = subject if paper is None or paper is subject.heads[0] else Subject([paper], start=subject.start)
    if subject is not None and len(subject.heads) == 1 and title_word(subject.heads[0], text, sentence_start, sentence_start + subject.start):
        return None  # "The 2021 report, Counting the Cost, Planning the Repair, stated": a title's word, no person
    if subject is not None and len(subject.heads) == 1 and subject.heads[0].kind == "person" and ends_on_a_named_work(text[sentence_start:end]):
        return None  # "The Halvorsen report said", "as the 2022 Strategy acknowledges": a work speaks, not Halvorsen
    if subject is None or not sentence_start:
        return subject
    return Subject(subject.heads, subject.pronoun, subject.role_noun, subject.start + sentence_start)


def title_word(head: Head, text: str, sentence_start: int, at: int) -> bool:
    """Whether a one-word person's name at `at` is a document title's noun after its verb ("Counting the Cost"), read
    in the sentence alone (from sentence_start), as subject_before reads it."""
    if head.kind != "person" or " " in head.name:
        return False
    return TITLE_PHRASE_END.search(text[max(sentence_start, at - 24) : at]) is not None


THE_BEFORE_ONE_WORD = re.compile(r"\s*[Tt]he\s+(?P<name>[A-Z][a-z]+)\b")


def paper_after_the(head: Head | None, text: str, at: int) -> Head | None:
    """ "according to the Beacon", "The Wrap reports": one capitalised word after "the" that reports, or is the source
    reported, is a paper's name, no person's (a person is named with a given name or a title, not an article)."""
    if head is None or head.kind != "person" or head.role or " " in head.name:
        return head
    the = THE_BEFORE_ONE_WORD.match(text, at)
    return Head(head.name, "", "outlet") if the is not None and the.group("name") == head.name else head


NUMBER_TEN_END = re.compile(r"(?<![\w.])(?:Number|No\.?)\s+10\s+(?:\w+ly\s+|also\s+)?$")
POSTED_TO = r"\s+(?:to|in)\s+(?:the\s+)?"  # "ambassador to the", "envoy in": where a state's holder is posted, before the place


def joined_before(words: str) -> bool:
    """Whether the words before a state's titled holder join another subject to it or name him ("Ola Berg and Norway’s
    ambassador", "Ola Berg, Norway’s ambassador"), not an opening phrase ("Speaking in Santiago, …", "After the talks, …")."""
    words = words.strip()
    if COORDINATED_END.search(words):
        return True
    named = head_of(words[:-1].strip()) if words.endswith(",") else None
    return named is not None and named.kind == "person" and " " in named.name


COORDINATED_END = re.compile(r"(?:\band|\bor|&)$")
STATE_ROLE_END = re.compile(  # "China’s U.S. ambassador", "Narvia’s foreign minister": a state's office holder, unnamed here
    r"(?:^|\s)(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[’']s\s+(?:[A-Z][A-Z.]*\s+)?"
    r"(?P<role>ambassador|envoy|foreign minister|defen[cs]e minister|prime minister|president|minister|leader|spokesperson|spokesman|spokeswoman)"
    r"(?:" + POSTED_TO + r"(?P<posted>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))?$"  # "Norway’s ambassador to Chile": where posted
)
# "A spokesperson said:", "His official spokesman said:", "Its spokeswoman said": an unnamed spokesperson opening the sentence
# "His contemporary notes say:", "Her diary records": a person's own writing by its pronoun, as the pronoun would speak
OWN_WRITING_ALONE = re.compile(r"(?P<owner>His|Her)\s+(?:[a-z]+\s+){0,2}?(?:notes|notebooks?|diary|diaries|memo|letter|statement)(?:\s+also)?\s*")
A_SPOKESPERSON_ALONE = re.compile(r"(?P<owner>An?|His|Her|Its)\s+(?:official\s+)?spokes(?:person|man|woman)(?:\s+also)?\s*")
STATE_ROLE_LAST_WORDS = ("ambassador", "envoy", "minister", "president", "leader", "spokesperson", "spokesman", "spokeswoman")  # its roles' ends
PLURAL_ROLE_OPENING = re.compile(
    r"(?:Officials|Executives|Administrators|Managers|Representatives|Editorials|Articles|Commentaries|Columns|Branches|Chapters)\s+(?:for|from|of|at|with|in)\s"
)
# "Critics of Pavel Dorn said", "Supporters of the mayor argue": people around a person, unnamed, speak; not the person
PEOPLE_AROUND_A_PERSON = re.compile(
    r"(?:(?:Some|Many|Other)\s+)?(?:[Cc]ritics|[Ss]upporters|[Oo]pponents|[Dd]etractors|[Aa]dmirers|[Bb]ackers|[Ff]oes|[Rr]ivals)"
    r"\s+of\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s*$"
)


# "the White House office of the Press Secretary", "the office of the spokesperson": an office of a role is a body, the one
# named before "office" where there is one, else the office itself
OFFICE_OF_A_ROLE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<who>" + CHUNK.pattern + r")\s+)?office\s+of\s+the\s+"
    r"(?P<role>(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+|spokesperson|spokesman|spokeswoman|press secretary|prime minister|president)"
)
# the same as the whole subject before a verb ("The White House office of the Press Secretary said"), not inside one ("An
# aide in the office of the Press Secretary said": an unnamed source)
OFFICE_OF_A_ROLE_END = re.compile(r"(?:^\s*|(?<=,\s))" + OFFICE_OF_A_ROLE.pattern + r"\s*$")


# "the office of Governor Ann Price", "Governor Ann Price’s office": the office of a person named with a title speaks for
# that person, as a body's spokesperson for the body (not "an aide in the office of …", an unnamed source)
OFFICE_OF_A_PERSON = re.compile(r"(?:[Tt]he\s+)?office\s+of\s+(?P<who>" + CHUNK.pattern + r")|(?P<owner>" + CHUNK.pattern + r")[’']s\s+office")
OFFICE_OF_A_PERSON_END = re.compile(r"(?:^\s*|(?<=,\s))(?:" + OFFICE_OF_A_PERSON.pattern + r")\s*$")


def office_of_a_person(office: re.Match[str]) -> Head | None:
    """The person named with a title in "the office of Governor Ann Price" or "Governor Ann Price’s office"; None for a
    body's or a role's office ("the office of the Prime Minister", "the Cabinet Office")."""
    name = office.group("who") or office.group("owner")
    head = head_of(name) if name and " " in name.strip() else None
    return head if head is not None and head.kind == "person" and head.role else None


def office_of_a_role(office: re.Match[str]) -> Head | None:
    """The body an office of a role speaks for: the one named before "office" ("the White House office of the Press
    Secretary"), else the office itself ("the office of the spokesperson" is the Office of the Spokesperson)."""
    if office.group("who"):
        named = head_of(office.group("who"))
        if named is None or named.kind == "role":
            return None
        return named if named.kind in ("organization", "outlet", "state") else Head(named.name, "", "organization")
    return Head("Office of the " + " ".join(word.capitalize() for word in office.group("role").split()), "", "organization")


# "The blog Vozes do Porto e Política (Harbour Voices and Politics) says": a publication named after its kind runs through
# the small words of its language ("do", "y", "and") to the verb, and a translation in brackets after it is no part of it
NAMED_PUBLICATION_END = re.compile(  # opening the clause: not "In the newspaper Reyes says", "At the news site Reyes said"
    r"(?:^\s*|,\s+)[Tt]he\s+(?:online\s+|political\s+)?(?:blog|website|news\s+site|newspaper|magazine|portal)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:(?:do|da|dos|das|de|del|della|di|du|des|e|y|i|et|and|&|of|the|la|le|los|las|el|em|no|na)\s+)?"
    r"[A-ZÀ-Þ][\w’'.-]*){0,8})(?:\s+\([^()]{1,80}\))?(?:\s+also)?\s*$"
)


# "Yves Ardé, 44, member of the village council says": an apposition with an age that the copy leaves open before the verb
# (African, South Asian and Caribbean papers often drop its closing comma); the name before the age is the subject
AGE_COMMAS = re.compile(r",\s\d{1,3},\s")
AGED_OPEN_APPOSITION_END = re.compile(
    r"(?:^\s*|,\s+)(?P<who>" + CHUNK.pattern + r"),\s\d{1,3},\s+(?P<role>(?:an?\s+|the\s+)?[a-z][^,;:.!?“”\"()]{2,80}?)\s*$"
)
# words that make the open apposition a clause of its own ("Yves Ardé, 44, left before the council says"), not a role
CLAUSE_WORDS_IN_APPOSITION = re.compile(
    r"\b(?:who|whom|whose|that|which|when|where|while|and|but|has|have|had|was|were|is|are|will|would|after|before|because|if|"
    r"he|she|they|it|[a-z]+ed)\b"
)
AN_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+[a-z]+ed\b")  # "a retired teacher": a participle as an adjective after an article


def _role_words_read_as_a_clause(role: str) -> bool:
    """Role words left open before the verb that read as a clause of their own (a verb, a relative, a conjunction, a
    pronoun; a participle after an article is an adjective: "a retired teacher") or hold a verb of saying."""
    clause_words = [word.group(0) for word in CLAUSE_WORDS_IN_APPOSITION.finditer(role)]
    adjectives = {m.group(0).rsplit(None, 1)[-1] for m in AN_ARTICLE_BEFORE.finditer(role)} if clause_words else set()
    return any(word not in adjectives for word in clause_words) or bool(CUE.search(role))


def aged_open_apposition(left: str) -> Subject | None:
    """The person named before "<Name>, <age>, <role words>" running to the verb with no comma closing the role; None where
    the role words read as a clause of their own (a verb, a relative, a conjunction, a pronoun) or hold a verb of saying."""
    found = AGED_OPEN_APPOSITION_END.search(left)
    if found is None:
        return None
    if _role_words_read_as_a_clause(found.group("role")):
        return None
    head = head_of(found.group("who"), left[: found.start("who")])
    if head is None or head.kind != "person":
        return None
    return Subject([head], start=found.start("who"))


def bracketed_open_apposition(left: str) -> Subject | None:
    """The person named before "<Name> (<group>, <place>) <role words>" running to the verb with no comma, as
    aged_open_apposition reads the role words; None for any other text."""
    found = PARTY_BRACKET_THEN_ROLE_END.search(left)
    if found is None:
        return None
    if _role_words_read_as_a_clause(found.group("role")):
        return None
    named = _last_heads(left[: found.start()], allow_governed=False)
    if named is None or len(named[0]) != 1 or named[0][0].kind != "person":
        return None
    return Subject(named[0], start=named[1])


# "The Australian mining company assures", "the company maintains": a firm's description as the whole subject; "miner"
# only after a capitalised word ("the Australian miner"), as "the miner" alone is as often a mineworker
DESCRIBED_COMPANY_END = re.compile(
    r"(?:^\s*|,\s+)(?P<the>[Tt]he)\s+(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}?(?:company|firm)|(?:[A-Z][\w-]*\s+)(?:[a-z][\w-]*\s+){0,2}?miner)\s*$"
)


def described_company_subject(left: str) -> Subject | None:
    """A firm's description that is the whole subject before a verb, as its role noun in lower case ("the australian
    mining company"); None for any other subject."""
    found = DESCRIBED_COMPANY_END.search(left) if left.rstrip().endswith(("company", "firm", "miner")) else None
    return Subject([], role_noun=found.group("role").lower(), start=found.start("the")) if found else None


# a gathering named with its number ("the 20th Party Congress", "the 5th Plenum", "the 12th Summit"): an occasion, no body
OCCASION_NAME_WORDS = frozenset({"congress", "plenum", "plenary", "session", "summit", "conference", "forum", "assembly", "convention"})
ORDINAL_END = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")


# a title's verb phrase right before its last capitalised word ("Counting the Cost, Planning the Repair report",
# "Beyond the Numbers study"): the word ends a document's title, it names no maker
TITLE_PHRASE_END = re.compile(r"\b(?:[A-Z][a-z]+ing|Beyond|Towards?)\s+(?:the|a|an|our|its|their)\s+$")


def numbered_occasion(text: str, start: int, name: str) -> bool:
    """Whether the name at start is a gathering's, numbered before it ("20th Party Congress"), not a body's."""
    words = name.split()
    return (
        bool(words)
        and fold(words[-1].removesuffix("’s").removesuffix("'s")) in OCCASION_NAME_WORDS
        and ORDINAL_END.search(text, max(0, start - 8), start) is not None
    )


# "Regarding Caldera, the statement said", "As for Reyne, she said": a name fronted as the sentence's topic, then a comma
# and the clause with the verb; the topic is what is spoken about, never who speaks
TOPIC_OPENERS = ("Regarding ", "As for ", "As to ", "As regards ", "Concerning ", "With regard to ", "With respect to ", "On ")
TOPIC_OPENING = re.compile(
    "(?:" + "|".join(opener.strip() for opener in TOPIC_OPENERS) + r")\s+(?:the\s+)?" + CHUNK.pattern + r"(?:[’']s?)?,\s+(?P<rest>[^,;:.!?\n]*)"
)


def fronted_topic_end(left: str) -> int:
    """Where the clause after a topic opening its sentence ("Regarding Caldera, ") starts, when the text ends inside that
    clause with no comma since; 0 when there is none."""
    for opener in TOPIC_OPENERS:
        at = left.rfind(opener)
        if at < 0 or (at and not SENTENCE_END_BEFORE.search(left, max(0, at - 4), at)):
            continue
        topic = TOPIC_OPENING.fullmatch(left, at)
        if topic is not None:
            return topic.start("rest")
    return 0


SENTENCE_END_BEFORE = re.compile(r"[.!?][”\"’']?\s+$|\n\s*$")


# "Mira Kolb - who now works at Dunmore - and Teo Varga said": an aside in spaced dashes between a name and the partner
# "and" joins to it (wire and business copy sets asides in spaced hyphens)
DASH_ASIDE_BEFORE_PARTNER = re.compile(r"[ \t]+(?P<dash>[-–—])[ \t]+[^-–—\n]{1,100}?[ \t]+(?P=dash)(?=[ \t]+and[ \t]+[A-Z])")


def _without_aside_before_partner(left: str) -> str:
    """left with such an aside blanked out, each character a space (the subject's start stays an offset in left)."""
    aside = DASH_ASIDE_BEFORE_PARTNER.search(left)
    if aside is None:
        return left
    words = left[: aside.start()].split()
    if not words or not words[-1][:1].isupper():  # after a name, not "a deal - one of many - and" (nor spaces alone)
        return left
    return left[: aside.start()] + " " * (aside.end() - aside.start()) + left[aside.end() :]


# a relative clause closed by a comma, then the name of the one who acts ("…, who she said ignored her, Kessler responded")
# (a lower-case word before the comma: not the last of a list of names, "… including The Beacon, Variety")
RELATIVE_CLOSED_BY_NAME = re.compile(r"(?<=[a-z]),\s+(?P<who>" + CHUNK.pattern + r")\s*$")


def resident_named(who: str, before: str) -> Head | None:
    """The person a name before a home's town and region names ("Greta Holm" in "Greta Holm, 64, from Ashby, Kent,"),
    None where it names no person or holds a word before the name that is no title ("Unlike Salutregi, the director of
    Egunkaria, …": the phrase's object)."""
    if OBJECT_OF_OPENING.search(before, max(0, len(before) - 40)):
        return None  # "Speaking to Greta Holm, from Ashby, Reed said": the phrase's object, then the one who speaks
    head = head_of(who, before)
    if head is None or head.kind != "person" or not who.endswith(head.name):
        return None
    return head if who == head.name or head.role else None


@functools.lru_cache(maxsize=2048)
def _subject_before(left: str) -> Subject | None:
    """subject_before(left, len(left)), the subject's start an offset in left."""
    sentence_start = 0
    if "(" in left and ", " in left:
        member = bracketed_open_apposition(left)
        if member is not None:  # "Pieter Janssen (Greens, NL) rapporteur for the file said": the member
            return member
        left = without_party_brackets(left)  # "Ilse Brandt (EPP, AT), rapporteur, said": the member, not the group
    topic = fronted_topic_end(left) if ", " in left and any(opener in left for opener in TOPIC_OPENERS) else 0
    inner = _subject_before(left[topic:]) if topic else None
    if inner is not None:  # "Regarding Caldera, the statement said": the clause after the topic names who speaks
        return Subject(inner.heads, inner.pronoun, inner.role_noun, inner.start + topic)
    # (else the topic may be the one acting: "As for Zelenskyy, his musing … suggested")
    named_kind = "blog " in left or "website " in left or "newspaper " in left or "magazine " in left or "portal " in left or "news site " in left
    publication = NAMED_PUBLICATION_END.search(left) if named_kind else None
    if publication:  # "The blog Pastores y Puertos says": the whole name, not "Puertos"
        return Subject([Head(publication.group("name"), "", "outlet")], start=publication.start("name"))
    if " and " in left and ("–" in left or "—" in left or " - " in left):
        left = _without_aside_before_partner(left)
    aside = DASH_ASIDE_END.search(left) if "–" in left or "—" in left else None
    if aside is None and " - " in left:
        aside = SPACED_HYPHEN_ASIDE_END.search(left)
    if aside:  # an aside between dashes between the subject and its verb is neither
        left = left[: aside.start()] + " "
    signed = SIGNED_ASIDE_END.search(left) if " by " in left and " in " in left else None
    if signed:
        left = left[: signed.start()] + " "
    medium = MEDIUM_ASIDE_END.search(left) if " in " in left else None
    if medium:
        left = left[: medium.start()] + " "
    occasion_at = occasion_at_end(left) if " at " in left else -1
    if occasion_at >= 0:  # "Governor Amsel at a 2019 press conference said": where the person spoke, not who speaks
        left = left[:occasion_at] + " "
    number_ten = NUMBER_TEN_END.search(left) if "10" in left else None
    if number_ten:  # "Number 10 said it would instead offer …": the Prime Minister's office by its door
        return Subject([Head("Number 10", "", "organization")], start=sentence_start + number_ten.start())
    office = OFFICE_OF_A_ROLE_END.search(left) if "office of the " in left else None
    if office is not None and (office_body := office_of_a_role(office)) is not None:  # "The X office of the Press Secretary said"
        return Subject([office_body], start=sentence_start + office.start())
    person_office = OFFICE_OF_A_PERSON_END.search(left) if "office" in left and ("office of " in left or "s office" in left) else None
    if person_office is not None and (holder := office_of_a_person(person_office)) is not None:  # "The office of Governor X said"
        return Subject([holder], start=sentence_start + person_office.start())
    tail_at = max(0, len(left) - STAFF_REACH)  # the staff's words and the body's name end the subject: looked for there only
    # a cheap gate first: each of STAFF_WORD_ENDS ends in "sts " or "chers "
    staff_word = ("sts " in left or "chers " in left) and any(left.find(word, tail_at) >= 0 for word in STAFF_WORD_ENDS)
    staff = STAFF_OF_A_BODY_END.search(left, tail_at) if staff_word else None
    firm = head_of(staff.group("body"), left[: staff.start("body")]) if staff else None
    if staff and firm is not None and firm.kind in ("organization", "outlet"):  # "Analysts at Harwick Economics said:": the firm
        return Subject([firm], start=sentence_start + staff.start("body"))
    writing = OWN_WRITING_ALONE.fullmatch(left) if left[:1] == "H" else None
    if writing:  # "His contemporary notes say:": the one "he" means
        return Subject([], pronoun="he" if writing.group("owner") == "His" else "she", start=sentence_start)
    spokesperson = A_SPOKESPERSON_ALONE.fullmatch(left) if left[:1] in "AHI" else None
    if spokesperson:  # "A spokesperson said:": the body the passage is about; "His spokesman said:" else the one "his" means
        owner = spokesperson.group("owner").lower()
        return Subject([], role_noun="a spokesperson" if owner in ("a", "an") else f"{owner} spokesperson", start=sentence_start)
    if left[:1] in "CSOMDABFR" and PEOPLE_AROUND_A_PERSON.match(left):
        return None
    if left[:1] in "ORECAMB" and PLURAL_ROLE_OPENING.match(left):
        left = left[0].lower() + left[1:]  # "Officials at Etlaq described": read as the same words inside a sentence
    # "he said", "Yet he also notes": a pronoun with only light words (adverbs, auxiliaries) before the verb
    pronoun = pronoun_before(left)
    if pronoun and pronoun[0] == "it" and _preposition_before(left, pronoun[1]):
        pronoun = None  # "would come of it, stating that": "it" the object of "of", no one acting
    if pronoun and pronoun[0] == "it" and IMPERSONAL.match(left[pronoun[2] :]):
        return None  # "It was reported that …": nobody is named
    if pronoun:
        return Subject([], pronoun=pronoun[0], start=sentence_start + pronoun[1])
    french = FRENCH_PRONOUN_END.search(left, max(0, len(left) - FRENCH_PRONOUN_REACH))
    if french is not None:  # "Il affirme que « … »", "Elle a déclaré :": a French text's he or she, no one named "Il"
        french_group = "pronoun" if french.group("pronoun") else "lower"
        return Subject([], pronoun=FRENCH_PRONOUNS[french.group(french_group).lower()], start=sentence_start + french.start(french_group))
    # the tail: the text's words less the light ones at its end, one space between (worked out for every text: a scan of
    # the text for the words the patterns below need, tried at every position, cost five times as much)
    lowered = left.lower()
    tail = _without_light_tail(left)
    if "(" in tail:
        tail = without_bracketed_letters(tail)
    # without any of its words, none of the four patterns below matches; each match holds its word after the tail's last
    # comma (they are searched from there, or end at the end with no comma in the body they name)
    last_clause = after_last_comma(tail)
    gated = TAIL_GATE_WORD.search(tail, last_clause) is not None
    role_word = gated and ROLE_FOR_WORD.search(tail) is not None
    role_for = ROLE_FOR.search(tail, last_clause) if role_word else None
    dated = DATE_TAIL.search(tail, last_clause) if role_for is None and role_word else None
    if dated:  # "An editorial in the daily Al-Ra'y on 9 March opined"
        role_for = ROLE_FOR.search(tail, after_last_comma(tail, 0, dated.start()), dated.start())
    if (
        role_for
        and role_for.group("role").lower() in BODY_PARTS
        and _not_counting_words(tail[after_last_comma(tail, 0, role_for.start()) : role_for.start()])
    ):
        role_for = None  # "Ana Ruiz, head of two branches of the Harbour Party, said": the branches are no subject
    if role_for and tail[: role_for.start()].rstrip().endswith(","):
        named = _last_heads(tail[: role_for.start()].rstrip()[:-1], allow_governed=False)
        if named and len(named[0]) == 1 and named[0][0].kind == "person":  # "Ismael Wague, a spokesperson for CNSP, announced"
            return Subject(named[0], start=sentence_start + named[1])
    if role_for:  # "A spokesperson for Intel said", "an official at the ministry told"
        head = body_head(role_for.group("body"), left[: role_for.start("body")])
        if head is not None and head.kind == "person" and " " in head.name and role_for.group("role").lower() in PERSONS_OWN_PEOPLE:
            return None  # "The lawyer for Pavel Ostrin said": a person's lawyer speaks in words of their own, unnamed
        if head is not None:
            _take_spokespersons_role(head, role_for.group("role").lower())
            return Subject([head], start=sentence_start + role_for.start())
    home_reach = max(0, len(left) - HOME_PLACE_REACH)
    home = home_place_end(left) if left.find(",", home_reach) >= 0 and PLACE_PREPOSITION_WORD.search(left, home_reach) else None
    resident = resident_named(home[0], left[: home[1]]) if home is not None else None
    if home is not None and resident is not None:
        return Subject([resident], start=sentence_start + home[1])  # "Greta Holm, 64, from Ashby, Leicestershire, said"
    chain = title_chain_start(left) if left.count(",") >= 2 else -1
    employer = head_of(left[chain:].strip(" ,").rsplit(",", 1)[-1].strip()) if chain > 0 else None
    full_name_ends = employer is not None and employer.kind == "person" and " " in employer.name  # "Ana Roe, Director, Tom Hale said": two people
    chained = _subject_before(left[:chain]) if chain > 0 and not full_name_ends else None
    people = chained is not None and chained.heads and all(head.kind == "person" and " " in head.name for head in chained.heads)
    if chained is not None and people and "," not in left[chained.start : chain]:
        return Subject(chained.heads, start=sentence_start + chained.start)  # "Ana Roe, Chief Executive, Harbourline, said": not her firm
    appositive = APPOSITIVE_END.search(left)
    group = APPOSITIVE_END.search(ADVERB_END.sub("", left)) if "including" in left else None
    including = INCLUDING_NAME.fullmatch(group.group(0).strip(" ,")) if group else None
    if group and including and not any(head_of(chunk.text) for chunk in chunks(left[: group.start()])):
        person = head_of(including.group("who"))  # "Russian leaders, including Putin, repeatedly stated": the one named
        if person is not None and person.kind == "person":
            return Subject([person], start=sentence_start + left.find(including.group("who"), group.start()))
    if appositive:
        name_alone = CHUNK.fullmatch(appositive.group(0).strip(" ,"))
        home_region = name_alone is not None and region_after_a_place(left[: appositive.start()], name_alone.group(0))
        person = (
            head_of(name_alone.group(0)) if name_alone and not home_region and not office_apposed(name_alone.group(0)) else None
        )  # not "Programme Coordinator", nor "Kent" after "A man from Ashby"
        if person is not None and person.kind == "person":
            role_ahead = THE_ROLE_END.search(left, 0, appositive.start()) or OWNED_ROLE_END.search(left, 0, appositive.start())
            if role_ahead and not person.role:  # "The prosecutor, Svetlana Tarasova, had requested": a later "the prosecutor"
                person.role = role_ahead.group(0).strip()  # "TSMC’s CEO, C. C. Wei, echoed": a later "TSMC’s CEO"
                person.role = person.role[4:] if person.role[:4].lower() == "the " else person.role
            return Subject([person], start=sentence_start + appositive.start() + 2)  # "Elmec's general manager, Aleksandr Fomenko, told"
        if not CUE_WORD.search(appositive.group(0)):  # "An article in the China Daily, owned by the Party, contended"
            ahead = left[: appositive.start()]
            inner = subject_before(ahead + " said", len(ahead) + 1)
            if (inner is None or (inner.heads[:1] and inner.heads[0].kind == "role")) and APPOSITIVE_END.search(ahead + ","):
                # "X, Adviser to Y, the Foreign Secretary, from 2001 to 2005, told": appositions in a row, the first name's
                chained = subject_before(ahead + ", said", len(ahead) + 2)
                before_last, last_apposition = ahead[: ahead.rfind(",")].rstrip(), ahead[ahead.rfind(",") :]
                if chained is not None:  # the last apposition's role is the name's right before it, governed ("to Mr Jack Straw")
                    heads = [
                        Head(h.name, "" if h.role in last_apposition and not before_last.endswith(h.name) else h.role, h.kind, h.surname)
                        for h in chained.heads
                    ]
                    inner = Subject(heads, chained.pronoun, chained.role_noun, chained.start)
            if inner is not None and inner.heads:
                lone = inner.heads[0] if len(inner.heads) == 1 and inner.heads[0].kind == "person" and not inner.heads[0].role else None
                given = apposed_role(appositive.group(0)) if lone is not None else ""
                if lone is not None and not given and appositive.group(0).startswith((", who ", ", who\n")):
                    # "Karan Mehta, the state's Finance Minister, who also holds …, said": the role before the clause
                    return Subject(_with_role_apposed(inner.heads, ahead[inner.start :]), start=sentence_start + inner.start)
                if lone is not None and given:
                    # "Otto Brandt, the foreign minister, agreed": a later "the minister" is him (a copy: subjects are cached)
                    return Subject([Head(lone.name, given, lone.kind, lone.surname)], start=sentence_start + inner.start)
                described = inner.heads[0] if len(inner.heads) == 1 and inner.heads[0].kind != "person" else None
                persons_own = (
                    described is not None
                    and named_like_a_business(described)
                    and not DEFINITE_ARTICLE_END.search(ahead, 0, max(0, ahead.rfind(described.name)))  # not "The Anna Club, the founder,"
                    and PERSONS_OWN_APPOSITIVE.match(appositive.group(0)) is not None
                )  # "Anna Club, the founder, said": a given name no list holds, then a surname like a business's noun
                if described is not None and len(described.name.split()) == 2 and (PERSON_APPOSITIVE.match(appositive.group(0)) or persons_own):
                    # "Serhii Radio, a chemistry researcher at DonNU, says": a person whose surname is also an outlet's word
                    surname = described.name.split()[-1]
                    return Subject([Head(described.name, "", "person", surname)], start=sentence_start + inner.start)
                return Subject(inner.heads, start=sentence_start + inner.start)
            if (
                inner is not None
                and inner.role_noun
                and not inner.pronoun
                and inner.role_noun not in TITLED_WORK_NOUNS
                and not RELAYED_OR_JOINED.match(appositive.group(0))
            ):
                # "The union, which represents 400 dockers, said", "The minister, in a statement, said": the role noun
                # before the apposition or the relative clause, as "The union said" reads it; not a work's ("The
                # report, written by analyst Jo Fenn, said": its author, read below)
                return Subject([], role_noun=inner.role_noun, start=sentence_start + inner.start)
        if home_region:
            return None  # "A man from Ashby, Kent, said": no one named; the region is the town's
    body_role = BODY_ROLE.search(tail, last_clause) if gated and WORK_WORD.search(tail, max(0, len(tail) - BODY_ROLE_REACH)) else None
    if body_role and MEMBER_OF_BEFORE.search(tail, 0, body_role.start("body")):
        body_role = None  # "Matthew O’Connor from UPS corporate communications said": the one named before it speaks
    if body_role and numbered_occasion(tail, body_role.start("body"), body_role.group("body")):
        return None  # "The 20th Party Congress report claims": an occasion's report, whose author is not named
    if body_role and named_operation(tail, body_role.start("body"), body_role.group("body")):
        # "The Navy Operation Seawall/Op Harbour report stated": the body named before the operation made it, else nobody
        maker = operation_maker(tail[: body_role.end("body")])
        head = body_head(maker, "") if maker else None
        return Subject([Head(head.name, "report", head.kind)], start=sentence_start + tail.rfind(maker)) if head is not None and maker else None
    if body_role:  # "the Kremlin readout", "Infineon's spokesperson"
        head = body_head(POSSESSIVE_END.sub("", body_role.group("body")), left[: body_role.start("body")])
        if head is not None and head.kind == "person" and body_role.group("role").lower() in LAWYERS:
            plural_owner = tail[body_role.end("body") : body_role.end("body") + 1] in ("’", "'")  # "The Joneses' lawyers"
            if " " in head.name or plural_owner:
                return None  # "Donald Trump’s lawyers argued": a person's or a family's lawyers are people of their own, not named
            head = Head(head.name, "", "organization")  # "Perplexity’s lawyers": one word whose lawyers speak for it
        if head is not None and not speaks_for_its_body(head, body_role.group("role").lower()):
            return None  # "A Texas representative said": a legislator; "The Facebook page said": a platform's, nobody's
        if head is not None:
            _take_spokespersons_role(head, body_role.group("role").lower())
            return Subject([head], start=sentence_start + body_role.start("body"))
    # its match starts with "the" in any case (no special case-folding) and holds no comma or semicolon from there to the end
    chief = DOMAIN_CHIEF_END.search(tail, last_clause) if tail.endswith(CHIEF_EPITHETS) else None
    if chief:  # "the harbour chief said", "the Pentagon chief said": whom the report named with that domain's title
        return Subject([], role_noun=f"{chief.group('domain').lower()} {chief.group('head')}", start=sentence_start + left.rfind(chief.group(0)))
    role = ROLE_NOUN_AT_THE.search(tail, last_clause) if "the" in tail.lower() else None
    if role and role.group("nation") and not role.group(2).islower():
        role = None  # "the Russian Foreign Ministry": a name, read below
    elif role and role.group("nation") and LOWER_BODY_ALONE.fullmatch(tail[role.start("nation") :]):
        role = None  # "The Japanese government said": the body named in lower case after its nation, read below
    if role and role.group(2)[0].isupper() and fold(role.group(2)) in OUTLETS_NAMED_LIKE_ROLES:
        return Subject([Head(role.group(2), "", "outlet")], start=sentence_start + left.rfind(role.group(2)))  # "the Economist asked"
    if role and role.group(2)[0].isupper() and role.group(2).lower() in NAMED_WHEN_CAPITALISED:
        role = None  # "The Board has expressed": the name the report gives the body, read below
    if role and role.group(2)[0].isupper():  # "The Ministry of Foreign Affairs (MFA) issued": a body's name, not a role noun
        named = _last_heads(left, allow_governed=False)
        if named and all(h.kind in ("organization", "outlet") and len(h.name.split()) > 1 for h in named[0]):
            return Subject(named[0], start=sentence_start + named[1])
        if named and len(named[0]) == 1 and named[0][0].kind == "person" and role.group(2) in named[0][0].role.split():
            return Subject(named[0], start=sentence_start + named[1])  # "Minister in the Ministry of Finance Brian Manning said"
        whole = CHUNK.match(tail, role.start(2))
        if whole is not None and whole.end() > role.end(2) and (place := head_of(whole.group(0))) is not None and place.kind == "organization":
            role = None  # "visited the General Hospital and told": a place named with a role's word, the verb's object
    if role and UNNAMED_WHO_AFTER_WORK.match(tail, role.end(2)):
        return None  # "the statement by one harbour watcher who opined": the work of someone unnamed, who does the verb
    if role and PREPOSITION_END.search(tail, max(0, role.start() - 10), role.start()) and JOINED_VERB_END.search(left):
        # "He apologized to the judge for the errors and expressed regret": the object of "to" is no subject of the
        # verb joined by "and"; the pronoun or the name opening the sentence is, else nobody named
        # only where the sentence opens on it, right before its first verb ("Tom Hale wrote to the"): not after a fronted
        # phrase or a dateline ("In Velm, Tom Hale wrote", "VELM — Tom Hale wrote"), nor one of two ("Ana Roe and Tom
        # Hale wrote"), nor the teller of a reported sentence ("Ana Roe said Tom Hale wrote")
        opens_at = sentence_start_at(left, len(left))
        opens_at += len(left[opens_at:]) - len(left[opens_at:].lstrip())
        nobody = Subject([], start=sentence_start + opens_at)  # not the one after the preposition either
        opener = PRONOUN_SUBJECT_OPENING.match(left, opens_at)
        if opener is not None:
            verb_follows = FIRST_VERB_TO_OBJECT.match(left, opener.end(1)) is not None
            return Subject([], pronoun=opener.group(1).lower(), start=sentence_start + opener.start(1)) if verb_follows else nobody
        first_name = CHUNK.match(left, opens_at)
        if first_name is None or FIRST_VERB_TO_OBJECT.match(left, first_name.end()) is None:
            return nobody
        first = head_of(first_name.group(0), left[: first_name.start()])
        return (
            Subject([first], start=sentence_start + first_name.start()) if first is not None and first.kind in ("person", "organization") else nobody
        )
    if role:
        named_after = tail[role.end(2) :].strip(" ,")
        person = head_of(named_after) if named_after[:1].isupper() and CHUNK.fullmatch(named_after) else None
        if person is not None and person.kind == "person":  # "the spokesman Nasser Kanaani said": the person, in that role
            person.role = person.role or role.group(2).lower()
            return Subject([person], start=sentence_start + left.rfind(named_after))
        titled = BODY_ROLE_THEN_NAME.match(tail, role.end(2)) if named_after[:1].islower() else None
        if titled and not tail[titled.end() :].strip(" ,") and post_words(set(titled.group(1).split())):
            person = head_of(titled.group(2), tail[: titled.start(2)])
            if person is not None and person.kind == "person" and " " in person.name:  # "The ministry official Tom Reed said"
                person.role = person.role or f"{role.group(2).lower()} {titled.group(1).strip()}"
                return Subject([person], start=sentence_start + left.rfind(titled.group(2)))
        ahead = left[: role.start()].rstrip()
        named = _last_heads(ahead[:-1], allow_governed=False) if ahead.endswith(",") else None
        if named and not tail[role.end(2) :].lstrip().startswith(",") and OBJECT_OF_OPENING.search(ahead, 0, named[1]):
            named = None  # "After firing Marsh, the President told": the opening phrase's object, then the subject
        if named and not tail[role.end(2) :].lstrip().startswith(",") and opening_place_end(ahead):
            named = None  # "In Kyiv, the president said", "Back in Ashby, Kent, the mayor told": where, then who
        if named:  # "Marta Oleksiv, the firm's manager, told": the role is an appositive to the name
            if len(named[0]) == 1 and named[0][0].kind == "person" and not named[0][0].role:
                named[0][0].role = role_noun_of(role)  # a later "the manager" is her
            return Subject(named[0], start=sentence_start + named[1])
        return Subject([], role_noun=role_noun_of(role), start=sentence_start + role.start())
    # the pattern needs a possessive "’s " and ends with a role word (at the end, or before a last newline) or the place
    # the holder is posted to ("China’s ambassador to Chile")
    state_role = (
        STATE_ROLE_END.search(tail)
        if "s " in tail and (tail.rstrip("\n").endswith(STATE_ROLE_LAST_WORDS) or " to " in tail or " in " in tail)
        else None
    )
    posted = head_of(state_role.group("posted")) if state_role and state_role.group("posted") else None
    if (
        state_role
        and state_role.group("posted")
        and (posted is None or posted.kind not in ("state", "organization") or joined_before(tail[: state_role.start()]))
    ):
        state_role = None  # "Norway’s ambassador to Chile Ola Berg said": the name after the place speaks; "Ola Berg and …": two
    if state_role and fold(state_role.group("state")) in STATE_NAMES:
        # "China’s U.S. ambassador stated": the holder of the role the report named, resolved as "the ambassador" is
        return Subject([], role_noun=state_role.group("role").lower(), start=sentence_start + left.rfind(state_role.group("role")))
    # the body word ends the tail, or comes before "to/in/at the X" ("Ukraine’s delegation to the United Nations asked")
    at_end = LOWER_BODY_WORD.search(tail, len(tail) - LOWER_BODY_WORD_REACH) if gated else None
    lower_body = LOWER_BODY_END.search(tail) if at_end or (gated and LOWER_BODY_SUFFIXED.search(tail)) else None
    lower_head = lower_body_head_of(lower_body.group("body") if lower_body else None)
    if lower_body and lower_head is not None:  # "Israel’s military said", "the Iranian foreign ministry said"
        if lower_body.start("body") == 0 and lower_body.group("body").endswith(CIVIC_BODY_NOUNS):
            lower_head.place_opening = lower_body.group("body").split()[0]  # "Kelby council said": a place, if named so inside a sentence
        return Subject([lower_head], start=sentence_start + left.rfind(lower_body.group("body")))
    relatives = list(RELATIVE.finditer(left)) if "wh" in lowered else []
    relative = relatives[-1] if relatives else None
    if relative is not None and relative.group(0).startswith("(") and ")" in left[relative.end() :]:
        relative = None  # "met the Harbour Guild (which has 400 members) and called …": the bracket closed, not the subject
    who_clause = relative is not None and relative.group(0).lower().endswith("who")
    closed = RELATIVE_CLOSED_BY_NAME.search(left, relative.end()) if relative is not None and who_clause else None
    if closed is not None and relative is not None:
        last_word = left[relative.end() : closed.start()].split()[-1:]
        if not (last_word and last_word[0].islower()):
            closed = None  # "…, who moved here from Marlow, Kent said": a place and its county, no clause closed before a name
    after_clause = head_of(closed.group("who"), left[: closed.start("who")]) if closed else None
    if closed is not None and after_clause is not None and after_clause.kind == "person":
        # "… her colleague Tom Reed, who she said ignored her, Kessler responded": the clause closed, the name after it acts
        return Subject([after_clause], start=sentence_start + closed.start("who"))
    if relative:  # "Dmitri Peskov, diplomat and Putin's press secretary, who, in regard to …, commented"
        found = _last_heads(left[: relative.start()], allow_governed=True)
        if found and relative.group(0).startswith("(") and not who_clause and any(head.kind == "person" for head in found[0]):
            found = None  # "the Harbour Guild (which has branded …)": a body's clause in brackets; "which" is no person's
        if found:
            return Subject(_with_role_apposed(found[0], left[found[1] : relative.start()]), start=sentence_start + found[1])
        which = relative.group(0).lower().endswith("which") and not chunks(left[relative.end() :])  # no one named between
        body = _which_antecedent(left[: relative.start()]) if which else None
        if body is not None:
            return Subject([body[0]], start=sentence_start + body[1])
    aged = aged_open_apposition(left) if AGE_COMMAS.search(left) else None
    if aged is not None:  # "Yves Ardé, 44, member of the village council says"
        return Subject(aged.heads, start=sentence_start + aged.start)
    found = _last_heads(left, allow_governed=False)
    if found:
        return Subject(found[0], start=sentence_start + found[1])
    company = described_company_subject(left)
    return Subject([], role_noun=company.role_noun, start=sentence_start + company.start) if company else None


# a domain's head by an epithet journalists use for the holder named before: "the harbour chief" for "Harbour Commissioner
# Ilse Brandt", "the Pentagon chief" for "Defence Secretary Lia Marsh"
DOMAIN_CHIEF_END = re.compile(r"(?<![\w’'-])[Tt]he\s+(?P<domain>[A-Za-z][a-z]+|[A-Z]{2,6})\s+(?P<head>chief|boss)$")
CHIEF_EPITHETS = ("chief", "boss")
CHIEF_EPITHET_WORDS = frozenset(CHIEF_EPITHETS)


OFFICE_WORDS = frozenset({"embassy", "consulate", "mission", "office", "bureau", "police", "delegation", "headquarters"})


def _office_word_end(name: str) -> bool:
    """Whether the name ends with a word for a body's post somewhere ("the Norland Embassy", "Harbour Police"): "in"
    and a place after it say where the post is ("the Norland Embassy in Lakeland said"), not who speaks."""
    return fold(name.rsplit(None, 1)[-1]) in OFFICE_WORDS


COURTESY_AND_NATION = re.compile(r"(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][a-z]+)")


# "Miss France": a pageant's title, no woman named France; "Dr Congo": the Democratic Republic's short name, its "DR"
# written as the title
STATE_AFTER_TITLE_NAMES_NO_ONE = {"Miss": STATE_NAMES, "Dr": frozenset({"congo"})}


def _courtesy_before_a_state(courtesy: re.Match[str]) -> bool:
    """ "Ms Jordan", "Mr France": a courtesy title before a state's name, a person's surname."""
    state = fold(courtesy.group("surname"))
    return state in STATES and state not in STATE_AFTER_TITLE_NAMES_NO_ONE.get(courtesy.group("title"), ())


def _with_role_apposed(heads: list[Head], named: str) -> list[Head]:
    """ "Karan Mehta, the state's Finance Minister, who also holds …, said": the role in commas between the lone person's
    name and the relative clause is theirs, as it is with no clause after it (a copy: subjects are cached)."""
    if len(heads) != 1 or heads[0].kind != "person" or heads[0].role or ", " not in named:
        return heads
    given = apposed_role(named[named.find(", ") :] + ",")
    return [Head(heads[0].name, given, "person", heads[0].surname)] if given else heads


def _which_antecedent(text: str) -> tuple[Head, int] | None:
    """ "the head of the Dialogue Group in Turkey, which says": the body right before 'which', whatever governs it."""
    found = chunks(text)
    if not found:
        return None
    last = found[-1]
    placed = IN_PLACE.match(text, found[-2].finish) if len(found) > 1 else None
    if placed and placed.end() == len(text):
        last = found[-2]  # "… Group in Turkey": the place is where the body is
    elif text[last.finish :].strip():
        return None
    head = head_of(last.text, text[: last.begin])
    return (head, last.begin) if head is not None and head.kind in ("organization", "outlet") else None


def body_head(text: str, before: str) -> Head | None:
    """The body a role or a work belongs to, named as a name or in lower case after its country."""
    lower_head = lower_body_head_of(text if LOWER_BODY_ALONE.fullmatch(text) else None)
    if lower_head is not None:
        return lower_head
    head = head_of(text, before)
    return head if head is not None and head.kind != "role" else None


DATE_TAIL = re.compile(r"\s+(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][a-z]+day)|in\s+\d{4})$")


# a body's letters in brackets after its name ("the Ministry of Foreign Affairs (MFA) of Norland"), which a role's "for" or
# "at" before the body reads past
BRACKETED_LETTERS = re.compile(r"(?<=[A-Za-z])\s+\([A-Z][A-Z&]{1,8}s?\)")


def without_bracketed_letters(text: str) -> str:
    """The text without a body's letters in brackets after a name."""
    return BRACKETED_LETTERS.sub("", text)


def _without_light_tail(text: str) -> str:
    words = text.rstrip(" ,").split()
    while words and not words[-1][:1].isupper() and is_light(words[-1] + " "):  # "the China Daily" keeps its "Daily"
        words.pop()
    return " ".join(words)


def _person_in_a_place(name: str, before: str, place: str) -> bool:
    """Whether "in" and a place after a person's name say where the person lives or works ("Tomasz Brenner in Leeds
    said", and in consumer and local stories a given name alone, "Ingrid in York said"): the person speaks, as with "of
    Leeds". Not a plural noun ("Hawks in China"), nor an outlet or a body after "in" ("Ana Roe in the Harbour Post")."""
    if _plural_noun(name) or _word_of_time(name):
        return False
    head = head_of(name, before)
    if head is None or head.kind != "person":
        return False
    where = head_of(place)
    return where is None or where.kind not in ("outlet", "organization")


def _word_of_time(chunk: str) -> bool:
    """ "Summer" in "Summer in Leeds brings …": one word that is a season, a month or a day, no given name to go by."""
    return " " not in chunk and (chunk.lower() in TIME_NOUNS or chunk in MONTH_NAMES or chunk in WEEKDAY_NAMES)


def _plural_noun(chunk: str) -> bool:
    """ "Hawks" in "Hawks in China blame": one word ending as a plural noun does (PLURAL_NOUN_END ends at the chunk's
    end, or before a last newline: it is looked for there)."""
    return " " not in chunk and PLURAL_NOUN_END.search(chunk, len(chunk) - 4) is not None


AFFILIATION = re.compile(
    r"\s+(?:from|at)\s+(?:the\s+)?"
    + CHUNK.pattern
    + r"(?:\s+(?:corporate|media|public|press|investor|government)?\s*(?:communications|relations|affairs|office|team))?"  # "UPS corporate communications"
    + r"(?:\s+in\s+"
    + CHUNK.pattern
    + r")?(?=[\s,])"
)


# an occasion between a person and the verb, with no clause break: "Lito Ramos during the Lighting Ceremony mentioned"
OCCASION_TO_VERB = re.compile(r"\s+during\s+[^,;:!?()“”\"]{1,80}")


def _last_heads(left: str, allow_governed: bool) -> tuple[list[Head], int] | None:
    """The heads of the last chunk before the end of `left` with only light words or an appositive after it."""
    found = chunks(left)
    for tried, match in enumerate(reversed(found)):
        if tried >= 8:
            return None
        gap = left[match.end() :]
        if gap[:1] in ("’", "'") and gap[1:2].isspace():
            gap = gap[1:]  # "Akhbar Al-Usbu' published": a transliterated ayn closing the name
        # the three patterns open with spaces and a word: tried only where one of their words' first letters follows
        lead = after_spaces(gap)
        grouped = GROUP_NOUN.match(gap) if lead in GROUP_NOUN_INITIALS else None
        if grouped:
            gap = gap[grouped.end() :]  # "Houthi rebels warned": the movement speaks
            lead = after_spaces(gap)
        officials = OFFICIALS_NOUN.match(gap) if not grouped and lead in OFFICIALS_NOUN_INITIALS else None
        if officials:
            gap = gap[officials.end() :]  # "Hamas officials said": the body speaks through them (a state's are unnamed)
            lead = after_spaces(gap)
        companions = COMPANIONS.match(gap) if lead == "a" and not grouped and not officials else None
        if companions:
            gap = gap[companions.end() :]  # "Moor and supporters were shaken": she, with people unnamed
            lead = after_spaces(gap)
        placed = IN_PLACE.match(gap) if lead == "i" else None
        if placed and (fold(placed.group(1)) in STATES or _office_word_end(match.group(0))) and not _plural_noun(match.group(0)):
            gap = gap[placed.end() :]  # "Hezbollah in Lebanon condemned", "the Norland Embassy in Lakeland said": where it is
        elif placed and _person_in_a_place(match.group(0), left[: match.start()], placed.group(1)):
            gap = gap[placed.end() :]  # "Tomasz Brenner in Leeds said", "Ingrid in York said": where the person lives
        affiliation = AFFILIATION.match(gap) if " from " in gap or " at " in gap else None
        if affiliation:  # "Lauren Nel from the Legal Aid Centre in Windhoek says": where the person works, not who speaks
            gap = gap[affiliation.end() :]
        occasion = OCCASION_TO_VERB.fullmatch(gap) if " during " in gap else None
        if occasion:  # "President Lito Ramos during the Lighting Ceremony mentioned": when the person spoke, not who speaks
            gap = ""
        if not is_light(strip_appositives(gap)):
            continue
        head = head_of(match.group(0), left[: match.start()])
        if head is None and match.group(0) in ADVERB_SURNAMES and not gap.strip():
            head = Head(match.group(0), "", "person", match.group(0))  # "Soon said": the surname right before the verb
        if (affiliation or occasion) and (head is None or head.kind != "person" or " " not in head.name):  # not "Researchers from Harvard"
            continue
        if head is not None and officials:
            head = officials_voice(head)
        if head is None:
            continue
        if head.kind == "person" and gap.startswith(",") and _work_title_in_commas(left[: match.start()], match.group(0)):
            continue  # "In his book, The Quiet Harbour, Tom Aster studies … and concludes": the work's title, not its author
        if head.kind == "person" and _work_title_after_its_noun(left[: match.start()], match.group(0)):
            continue  # "Ms Roe's book entitled Some Quiet Harbour is out": the work's title, no one who acts
        if companions and head.kind != "person":
            continue  # "Russia and its allies": a state's or a body's allies are bodies of their own
        if head.kind == "person" and not head.role and gap.startswith(","):
            head.role = apposed_role(gap)  # "Otto Brandt, the foreign minister, said": a later "the minister" is him
        governed = _governed(left, match.start())
        if (
            not governed
            and (head.kind != "person" or " " not in head.name)
            and ENVOY_TO_END.search(left, after_last_comma(left, max(0, match.start() - 40), match.start()), match.start())
        ):
            governed = "to"  # "France's ambassador to Canada stated": where the envoy is sent ("Ambassador to NATO Matthew Whitaker" speaks)
        if governed in CONJUNCTIONS_TOO:  # "after Trump told reporters": with its verb next, the word opens a clause
            governed = ""
        if governed and (not allow_governed or governed not in AGENT_PREPOSITIONS):
            continue
        listed = _people_listed(left, found[: len(found) - 1 - tried], match, head)
        if listed:  # "Putin, Medvedev, and Lavrov have all publicly stated": each of them
            return listed
        # "Leonid Volkov, top aide to … Alexei Navalny, believes": a name inside the apposition is not the subject
        comma = left.rfind(",", 0, match.start())
        between = left[comma + 1 : match.start()] if comma > 0 else ""
        opener = fold(match.group(0).split()[0])  # "Alexei Miller, Chairman of the Board of Gazprom,"; "Iran and Korea, Mr Straw" no apposition
        titled = not between.strip() and opener in TITLE_WORDS and opener not in HONORIFICS
        # "Karel Voss, Harbour Board Chairman, said": an office in title case, the body's words first, is his too
        titled = titled or (not between.strip() and head.kind == "role" and office_in_title_case(head))
        # "Lina Tarr, Programme Coordinator said", "Lina Tarr, Relief Society President said": the same, read as a
        # person "Coordinator" or as the body its words begin with
        titled = titled or ((not between.strip() or PLACE_BASED.fullmatch(between) is not None) and office_apposed(match.group(0)))
        # "in the daily Kayhan, columnist Mehdi Mohammadi wrote": one role word before the name makes it the subject
        # not "Qin Gang, expressed this plainly in an editorial the day Antony Blinken asserted": a verb of saying ends it
        apposition = (
            LOWER_APPOSITIVE.match(between) and not ONE_ROLE_WORD.fullmatch(between) and not CUE.search(between) and "—" not in between
        )  # "Johnson, presided over … levels—what Farage terms": a dash opens an aside of the author's, no apposition
        if comma > 0 and (titled or apposition):
            earlier_chunk = next((m for m in reversed(found) if m.end() <= comma and not left[m.end() : comma].strip()), None)
            earlier_head = head_of(earlier_chunk.group(0), left[: earlier_chunk.start()]) if earlier_chunk is not None else None
            if (
                earlier_chunk is not None
                and earlier_head is not None
                and earlier_head.kind == "person"
                and not _governed(left, earlier_chunk.start())
                and not _opens_with_preposition(earlier_chunk.group(0))
                and not (head.kind == "person" and _inside_an_opening_phrase(left[: earlier_chunk.start()], earlier_chunk.group(0)))
            ):
                return [earlier_head], earlier_chunk.start()
        heads = [head]
        # "Mayor X and Deputy Mayor Y said": both speak
        earlier = [m for m in found if m.end() <= match.start()]
        partner = (
            _partner_before_role_words(left, earlier, match.start())
            if earlier and " and " in left[max(0, match.start() - 80) : match.start()]
            else None
        )
        if partner is not None:  # "council leader Orla Brenn and Westmark council leader Kemal Drayd called on": both
            heads.insert(0, partner)
        elif earlier and AND_BETWEEN.fullmatch(left[earlier[-1].end() : match.start()]):
            other = head_of(earlier[-1].group(0), left[: earlier[-1].start()])
            bodies = ("organization", "outlet")
            if other is not None and (other.kind == head.kind == "person" or (other.kind in bodies and head.kind in bodies)):
                heads.insert(0, other)  # "Russia’s Foreign Ministry and the ROC pledged": both
        return heads, match.start()
    return None


# "… and Westmark council leader …", "… and deputy mayor …": the joining word, a place's name at most, then lowercase title words
AND_ROLE_WORDS_BETWEEN = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){0,2}(?P<role>(?:[a-z]+\s+){1,3})")


def _partner_before_role_words(left: str, earlier: list[Chunk], start: int) -> Head | None:
    """The person named in full before "and <place> <title words>" and the second person: "Harbour council leader Orla Brenn
    and Westmark council leader Kemal Drayd" are two subjects, the title words no part of either name."""
    for chunk in reversed(earlier[-3:]):
        between = AND_ROLE_WORDS_BETWEEN.fullmatch(left, chunk.end(), start)
        if between is None:
            continue
        if not all(word in TITLE_WORDS for word in between.group("role").split()):
            return None
        person = head_of(chunk.group(0), left[: chunk.start()])
        named_in_full = person is not None and person.kind == "person" and " " in person.name
        return person if named_in_full and not _governed(left, chunk.start()) else None
    return None


WORD = re.compile(r"[\w’'-]+")
LAST_OF_LIST = re.compile(r",?\s+and\s+")
LIST_COMMA = re.compile(r"\s*,\s*")


def _people_listed(left: str, earlier: list[Chunk], last: Chunk, head: Head) -> tuple[list[Head], int] | None:
    """Three people or more listed as one subject ("Putin, Medvedev, and Lavrov"): their heads and where the list starts."""
    if head.kind != "person" or not LAST_OF_LIST.fullmatch(left, earlier[-1].end() if earlier else 0, last.start()):
        return None
    heads, start, following = [head], last.start(), last
    for position in range(len(earlier) - 1, -1, -1):
        chunk = earlier[position]
        between = left[chunk.end() : following.start()]
        if not (LAST_OF_LIST.fullmatch(between) if following is last else LIST_COMMA.fullmatch(between)):
            break
        person = head_of(chunk.group(0), left[: chunk.start()])
        if person is None or person.kind != "person":
            break
        heads.insert(0, person)
        start, following = chunk.start(), chunk
    return (heads, start) if len(heads) >= 3 else None


APPOSED_ROLE = re.compile(r",\s*(?:the|a|an)\s+(?P<role>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s*(?:,|\s+(?:of|for|at|in|to|from|by)\s)")
APPOSED_ROLE_WORD = re.compile(r"\b(?:" + ROLE_NOUN_WORDS + r")$", re.I)


# "The Secretary-General, Karl Dorn, …", "the health secretary, Mara Venn, …": the role set before the name in commas
ROLE_APPOSED_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+(?P<role>[\w’'-]+(?:\s+[\w’'-]+){0,4}),\s+$")
ROLE_APPOSED_REACH = 80  # characters before the name the role may start at
ROLE_TAIL = re.compile(r"\s+(?:of|for|at|in|to)\s.*")  # "Minister for Health": the office, not its field


def role_apposed_before(text: str, name_start: int) -> str:
    """The role "The Secretary-General, Karl Dorn," sets in commas before the name that starts at name_start, else ''."""
    if not text.endswith(", ", 0, name_start):
        return ""
    apposed = ROLE_APPOSED_BEFORE.search(text, max(0, name_start - ROLE_APPOSED_REACH), name_start)
    if apposed is None:
        return ""
    office = ROLE_TAIL.sub("", apposed.group("role"))
    # an office, not one body's ("The BoT Chairman, …"): a later "the chairman" may be another body's
    plain = all(word in TITLE_WORDS or word in PORTFOLIO_WORDS or hyphenated_title(word) for word in fold_chars(office).lower().split())
    return office if plain and APPOSED_ROLE_WORD.search(office) else ""


def apposed_role(text: str) -> str:
    """The role an apposition after a name gives ("the foreign minister" in ", the foreign minister, said"), else ''."""
    apposed = APPOSED_ROLE.match(text)
    return apposed.group("role") if apposed and APPOSED_ROLE_WORD.search(apposed.group("role")) else ""


def _inside_an_opening_phrase(before: str, name: str) -> bool:
    """Whether `name`, right after `before`, belongs to the phrase that opens the sentence: the object of its participle
    ("After meeting Tom Reed, Minister Tova Rennick said"), or a work's title set in commas after the work's noun
    ("Two weeks after the survey, Quay Renewal, Minister Tova Rennick argued": its italics lost);
    not a name in commas after a person's noun ("His colleague, Ada Kovel, Director Harbour Futures, said"), nor a
    person's full name after the work's noun ("Commenting on the report, Ada Kovel, Director Harbour Futures said": a
    work's title seldom opens with a listed given name)."""
    return OBJECT_OF_OPENING.search(before) is not None or _work_title_in_commas(before, name)


def _work_title_in_commas(before: str, name: str) -> bool:
    """Whether `name`, right after `before`, is a work's title set in commas after the work's noun ("In his book, The
    Quiet Harbour, …"; "Two weeks after the survey, Quay Renewal, …"), not a full name ("the report, Ada Kovel, …")."""
    trimmed = before.rstrip()
    if not trimmed.endswith(","):
        return False
    last_word = trimmed[:-1].rsplit(None, 1)[-1] if trimmed[:-1].strip() else ""
    titled_work = last_word.islower() and (last_word in TITLED_WORK_NOUNS or last_word in DOCUMENT_WORDS)
    return titled_work and not _reads_as_a_full_name(name)


# a comma only before the word giving the title: "the 2018 column, Mills said" is the writer after an opening phrase
WORK_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_AFTER_NOUNS)) + r")(?:,?\s+(?P<cue>" + "|".join(TITLE_GIVING_WORDS) + r"),?)?\s+$", re.I
)
# a work's noun alone before its title: one that always has a title ("the novel", "her album"), right after a determiner
# or a possessive and at most two lower-case words ("Ms Roe's book", "her debut album"); not "Records show", "On debut"
WORK_NOUN_ALONE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|\w[’']s)\s+(?:[a-z0-9][\w-]*\s+){0,2}?"
    r"(?:" + "|".join(sorted(APPOSED_TITLE_NOUNS)) + r")\s+$"
)
WORK_NOUN_REACH = 40  # characters before a name its work's noun and the word giving the title stand in
# "In his book Tom Aster argues", "After her debut Nandi Zulu toured", "… but in his column Kofi Addo argues": the phrase
# opens the sentence (any preposition) or is "in"/"on" a work mid-sentence, and the one who acts comes after it
PHRASE_BEFORE_ITS_SUBJECT = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:In|On|After|Before|Since|During|Following|Through|With|From|At|Throughout)\s+|\b(?:in|on)\s+)[^,.;:!?]*$"
)


def _work_title_after_its_noun(before: str, name: str) -> bool:
    """Whether `name`, right after `before`, is a work's title after the work's noun ("Ms Roe's book entitled Some Quiet
    Harbour is out", "the novel Quiet Harbour"): its italics lost, no one who acts. Never a name opening with a courtesy
    word or a title ("the study Dr Osei led"), nor after "called"/"named" a full name with a listed given name ("the
    report named Tom Reed"). After the noun alone only the noun of a work that always has a title, right after a
    determiner or a possessive, and a title of two words or more that is no full name with a listed given name ("in the
    film Tom Reed plays a pilot", "the report Seth wrote"), outside a phrase the subject follows ("In her book Ada Kovel
    argues", "Speaking on the show Kofi Addo said")."""
    noun = WORK_NOUN_BEFORE.search(before[-WORK_NOUN_REACH:])
    if noun is None or _opens_with_a_title(name):
        return False
    cue = noun.group("cue")
    if cue is not None:
        return cue.lower() in ("entitled", "titled") or not _reads_as_a_full_name(name)
    return (
        " " in name
        and not _reads_as_a_full_name(name)
        and WORK_NOUN_ALONE_BEFORE.search(before[-WORK_NOUN_REACH:]) is not None
        and PHRASE_BEFORE_ITS_SUBJECT.search(before[-WORK_NOUN_REACH * 2 :]) is None
    )


def _opens_with_a_title(name: str) -> bool:
    """ "Mr Osei", "Dr Ama Osei", "President Osei": a person named with a courtesy word or a title, never a work's title."""
    first = name.split(None, 1)[0].rstrip(".")
    return first in COURTESY_TITLES or first.lower() in TITLE_WORDS_IN_A_BODY_NAME or first == "Miss"


def _opens_with_preposition(chunk: str) -> bool:
    """ "In Lisbon", "Across Lisbon": a chunk that opens the sentence with its capitalised preposition is a fronted place
    or time ("In Lisbon, Professor Rui Tavares said"), governed, never a name the title words after the comma describe."""
    words = chunk.split(None, 1)
    return len(words) == 2 and words[0][:1].isupper() and words[0].lower() in PREPOSITIONS


def _reads_as_a_full_name(name: str) -> bool:
    """ "Ada Kovel", "Tom de Reed": a listed given name and a surname or two, each capitalised but a particle."""
    words = name.split()
    return 2 <= len(words) <= 4 and listed_given_name(words[0]) and words[-1][:1].isupper()


CONJUNCTIONS_TOO = {"after", "before", "until", "since"}
AGENT_PREPOSITIONS = {"by", "as", "like", "including"}  # "echoed by X, who …", "such as X, who …": X is still the one who acts


def _governed(text: str, position: int) -> str:
    """The preposition that governs the chunk at position ('' if none): a governed chunk is no subject."""
    found = ""
    window = text[max(0, min(position, len(text)) - 40) : position]  # the 40 characters before
    if window.rstrip().endswith(","):
        return ""  # "When she wants to know what the firm is up to, Dornan says": a preposition left at a clause's end governs nothing
    words: list[str] = WORD.findall(window)
    for written in reversed(words):  # (typed: mypyc stops on reversed() of findall's list[Any])
        word = written.lower()
        if found:  # "Ambassador to NATO Matthew Whitaker said": the preposition belongs to the title, the name is the subject
            if found == "in" and written[:1].isupper() and word in TITLES_IN_A_BODY:
                return ""  # "Minister in the Ministry of Finance Brian Manning said": the title's body, then its holder
            if found == "of" and word in BODY_PARTS:
                return ""  # "Three branches of the Harbour Party issued statements": the body acts through its branches
            return "" if found in {"to", "for"} and word in ENVOY_TITLES else found
        if word not in {"the", "a", "an"}:  # past the articles
            if word not in PREPOSITIONS:
                return ""
            found = word
    return found


TITLES_IN_A_BODY = {"minister", "secretary", "state", "director", "officer"}  # "Minister of State in the Ministry of …"
ENVOY_TITLES = {"ambassador", "envoy", "representative", "emissary", "delegate", "commissioner", "rapporteur"}
ENVOY_TO_END = re.compile(r"\b(?i:" + "|".join(sorted(ENVOY_TITLES)) + r")\s+(?:to|for)\s+(?:the\s+)?$")
# the places an envoy is sent to, one to four ("to Chile", "to Chile and Peru", "to Ghana, Togo and Benin"), each of one
# to three capitalised words
_POSTED_PLACE = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
POSTED_PLACES = _POSTED_PLACE + r"(?:(?:\s*,\s*|\s+and\s+)" + _POSTED_PLACE + r"){0,3}"
# where a post's place comes right before its holder's full name ("ambassador to Norland Pavel Drusk", "the governor of
# Ostmark Ilse Varga", "Mayor of Dunmore Tom Hale"): the first capitalised word after it is the place; after the other
# places an envoy is sent to too ("the envoy to Ghana and Togo Ama Owusu"), the first after the last "and" or comma
POSTED_TO_END = re.compile(
    r"\b(?i:" + "|".join(sorted(ENVOY_TITLES)) + r")\s+to(?:\s+" + _POSTED_PLACE + r"(?:\s*,|\s+and)){0,3}\s*$|\b(?i:governor|mayor|premier)\s+of\s*$"
)
# an envoy's post, the places after "to" closing the words before the holder's name ("the envoy to Ghana and Togo ", "Norway's
# ambassador to Chile and Peru, "): the role words are the title's; none of the places is the one named
ENVOY_POSTED_TAIL = re.compile(r"\b(?P<title>(?i:" + "|".join(sorted(ENVOY_TITLES)) + r"))\s+to\s+" + POSTED_PLACES + r"\s*,?\s*$")
# "said the envoy to Ghana and Togo, Ama Owusu", "said Norway's ambassador to Chile and Peru, Ola Berg": the holder named
# after the places and a comma; none named ("said the envoy to Ghana."), the places are where the envoy is, not who speaks
ENVOY_AFTER_CUE = re.compile(
    r"\s*,?\s*(?:the\s+|[A-Z][\w’'-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,2}(?i:"
    + "|".join(sorted(ENVOY_TITLES))
    + r")\s+to\s+(?P<places>"
    + POSTED_PLACES
    + r")"
)
PLACES_APART = re.compile(r"(\s*,\s*|\s+and\s+)")
AUXILIARIES = {
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "do",
}
# "Young didn’t address the cost": a negated auxiliary is a finite verb too, with either apostrophe
NEGATED = "didn doesn don isn wasn weren aren hasn haven hadn wouldn couldn shouldn mustn won can".split()
AUXILIARIES |= {f"{stem}{mark}t" for stem in NEGATED for mark in "’'"}
IRREGULAR_PAST = {
    "said",
    "told",
    "wrote",
    "spoke",
    "made",
    "took",
    "gave",
    "held",
    "saw",
    "met",
    "sent",
    "put",
    "set",
    "led",
    "began",
    "came",
    "went",
    "found",
    "hit",  # "Ummuna also hit back at …", "hit out at": the noun ("a hit") seldom follows a name
    # the other irregular past tenses that are seldom a noun or an adjective ("withdrew", "fought"; not "left", "lost", "rose")
    *"""withdrew drew grew knew threw flew blew overthrew oversaw foresaw fought bought brought caught taught thought sought
    won ran spent built meant kept stood understood forgot struck hung swung sang rang drank sank shrank broke chose
    froze woke rode drove arose forgave became overcame shook undertook stole swore tore wore slid fled sped dealt knelt
    leapt lent bent paid laid sold sat felt withheld upheld forbade strove thrust flung clung""".split(),
}


VERB_ADVERBS = frozenset("also then later reportedly first again further still even already just never once thus".split())


def verb_follows(text: str) -> bool:
    """Whether a finite verb comes next (past light words and an appositive): 'categorizes', 'has warned', 'said'."""
    text = strip_appositives(text)
    words = LETTER_WORD.findall(text[:120])
    if words and not words[0].strip("’'"):
        words.pop(0)  # "Akhbar Al-Usbu' published": a transliterated ayn closing the name
    while words and (words[0].lower() in VERB_ADVERBS or words[0].endswith("ly")):
        words.pop(0)
    if not words or not words[0].islower():
        return False
    first, second = words[0], (words[1].lower() if len(words) > 1 else "")
    if first in AUXILIARIES or first in IRREGULAR_PAST or first.endswith("ed"):
        return True
    return first.endswith("s") and not first.endswith("ss") and second not in AUXILIARIES


OWNED_WORK = re.compile(r"(?:[’']s?)?" + WORK_YEAR + WORK_QUALIFIERS + r"\s+(?:" + WORK_WORDS + r")\b")


def clause_subject(before: str) -> list[Head]:
    """The subject of the clause's finite verb: the nearest name chunk followed by a verb ("the EIU categorizes …")."""
    found = chunks(before)
    for match in reversed(found):
        after = match.end()
        owned = OWNED_WORK.match(before, after) if before[after : after + 1] in ("’", "'") or POSSESSIVE.search(match.text) else None
        if owned:  # "The Harbour Board’s 2018 annual report, released in May, documented …": the body's work acts for it
            after = owned.end()
        if not verb_follows(before[after:]):
            continue
        name = POSSESSIVE.sub("", match.group(0)) if owned else match.group(0)
        head = head_of(name, before[: match.start()])
        if head is None or _governed(before, match.start()):
            continue
        member = _member_before_letters(before, found, match) if head.kind == "organization" else None
        return [member or head]
    return []


BODY_NAME_CHUNKS = 3  # how many chunks a body's name before its letters is read over
BODY_NAME_LINKS = frozenset((" and ", " & ", " of ", " of the ", " for ", " for the "))


def _member_before_letters(before: str, found: list[Chunk], letters: Chunk) -> Head | None:
    """The person named as a member of a body whose letters in brackets the verb follows ("Ann Roe of the Harbour Office
    (HO) summed up …"): the person acts, the letters only give the body's short name."""
    at = found.index(letters)
    named = found[at - 1] if at else None
    bracketed = BRACKETED_LETTERS.match(before, named.end()) if named is not None else None
    if named is None or bracketed is None or bracketed.end() != letters.end() + 1:
        return None
    # the body's name may run over chunks its "and" splits ("Ann Roe of the Harbour Migrant and Refugee Office (HMRO)")
    for back in range(at - 1, max(-1, at - 1 - BODY_NAME_CHUNKS), -1):
        if PERSON_OF_BODY.match(found[back].text):
            if _governed(before, found[back].start()):
                return None  # "The lawyer for Ann Roe of the Harbour Office (HO) ended by saying": the lawyer speaks
            head = head_of(found[back].group(0), before[: found[back].start()])
            return head if head is not None and head.kind == "person" else None
        if back == 0 or before[found[back - 1].end() : found[back].start()] not in BODY_NAME_LINKS:
            return None
    return None


# what an outlet is, written after its name and closing the phrase ("the Norway Now news portal.", "the Velan Today daily,")
# OUTLET_NOUN_WORDS but the bare "agency", "outlet", "media": "the Norland agency" is a state's, not an outlet named Norland
OUTLET_KIND_WORDS = (
    *(word for word in OUTLET_NOUN_WORDS if word not in ("agency", "outlet", "media")),
    *("news portal", "news site", "news service", "portal", "broadcaster"),
)
OUTLET_KIND_CLOSING = re.compile(r"\s+(?:" + "|".join(OUTLET_KIND_WORDS).replace(" ", r"\s+") + r")(?=\s*(?:[,.;:)]|$))")
BODY_NOT_OUTLET_WORDS = frozenset(ORGANIZATION_WORDS - OUTLET_WORDS)  # "Ministry", "House", "Kremlin": a body's own medium
OUTLET_KIND_INITIALS = tuple(sorted({word[0] for word in OUTLET_KIND_WORDS}))  # a gate: the first letter after the name's one space


def outlet_before_its_kind(text: str, chunk: re.Match[str]) -> Head | None:
    """The whole capitalised name before "news portal", "newspaper", "TV" … is the outlet's ("according to the Norway Now
    news portal"), not the state or the person its first words would name; not a nation's word ("Norwegian radio") nor
    someone's outlet ("Tiven's daily"), nor a body's ("the Defence Ministry website", "the Kremlin daily") unless its
    name says news ("the Velan News Agency website")."""
    if OUTLET_KIND_CLOSING.match(text, chunk.end()) is None:
        return None
    name = chunk.group(0).removeprefix("The ").removeprefix("the ").strip()
    if not name[:1].isupper() or "’" in name or "'" in name:
        return None
    words = [fold(word) for word in name.split()]
    if is_demonym(words[-1]) or (words[-1] in BODY_NOT_OUTLET_WORDS and not OUTLET_WORDS.intersection(words)):
        return None
    return Head(name, "", "outlet")


# after an inverted verb, titles in capitals (joined by "and" at most) and a comma before the holder's name: "writes Gizmo VP
# and Head of Search, Ana Roe", "said Harbour Trust Chief Executive and Chair, Ana Roe"
TITLES_THEN_APPOSED_NAME = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and))*)?,\s+(?P<name>" + CHUNK.pattern + r")"
)
OFFICE_ABBREVIATIONS = frozenset("vp svp evp ceo cfo coo cto cmo cio md".split())


def _ends_on_a_title(chunk: str) -> bool:
    """Whether a chunk's last word is a title's ("Gizmo VP", "Harbour Trust Chief Executive"), no person's surname."""
    last = fold(chunk.split()[-1]).lower()
    return last in OFFICE_ABBREVIATIONS or last in TITLE_WORDS


def head_after(text: str, start: int) -> Head | None:
    """The chunk that starts the text after position ("says Igor Denisov, senior fellow", "said the ministry")."""
    rest = text[start:]
    envoy = ENVOY_AFTER_CUE.match(rest) if " to " in rest[:60] else None
    if envoy is not None:
        parts = PLACES_APART.split(envoy.group("places"))  # the places and what parts them, the holder last after a comma
        last = parts[-1]
        holder = head_of(last, rest[: envoy.end() - len(last)]) if len(parts) >= 3 and "," in parts[-2] and fold(last) not in STATE_NAMES else None
        if holder is not None and holder.kind == "person" and " " in holder.name:
            return holder  # "said the envoy to Ghana and Togo, Ama Owusu": the holder, not a place he is sent to
        if all(fold(place.removeprefix("the ")) in STATE_NAMES for place in parts[::2]):
            return None  # "said the envoy to Ghana.": the envoy, unnamed; Ghana does not speak
    match = BEFORE_NAME_AFTER.match(rest) or BEFORE_ANY_AFTER.match(rest)
    offset = start + (match.end() if match else 0)
    chunk = CHUNK.match(text, offset)
    if not chunk:
        return None
    particles = PARTICLES_BEFORE_CAPITAL.search(text, max(start, offset - 12)) if match and offset > start else None
    if particles is not None and particles.end() == offset and " " not in chunk.group(0):  # "said de la Cruz": her surname whole
        particled = head_of(particles.group("particles") + chunk.group(0), text[: particles.start()])
        if particled is not None and particled.kind == "person":
            return particled
    titles_then_name = TITLES_THEN_APPOSED_NAME.match(text, chunk.end()) if text[chunk.end() : chunk.end() + 1] in ", " else None
    if titles_then_name is not None and _ends_on_a_title(chunk.group(0)):  # "writes Gizmo VP and Head of Search, Ana Roe,": her
        title_holder = head_of(titles_then_name.group("name"), text[: titles_then_name.start("name")])
        if title_holder is not None and title_holder.kind == "person" and " " in title_holder.name:
            return title_holder
    business = NUMBERED_BUSINESS_AFTER.match(text, chunk.end()) if text[chunk.end() + 1 : chunk.end() + 2].isdigit() else None
    if business is not None and _all_capitalised(chunk.group(0).split()):  # not "said Ada Roe on Floor 9 Cafe"
        return Head(f"{chunk.group(0)}{business.group(0)}", "", "organization")  # "said the Route 9 Diner": no one named Route
    outlet = outlet_before_its_kind(text, chunk) if text.startswith(OUTLET_KIND_INITIALS, chunk.end() + 1) else None
    if outlet is not None:
        return outlet
    body = LOWER_BODY_CLOSING.match(text, offset) if LOWER_BODY_WORD_NEXT.match(text, chunk.end()) else None
    lower_head = lower_body_head_of(body.group("body") if body is not None else None)
    if lower_head is not None:
        return lower_head  # "said the Fisk campaign.", "said the Norland government": not Ada Fisk
    if match and OWN_PERSON_OF.fullmatch(match.group(0)) and _persons_own(match.group(0)):
        head = head_of(chunk.group(0), text[:offset])
        if head is not None and head.kind == "person" and " " in head.name:
            return None  # "said the lawyer for Pavel Ostrin", "said the father of Dario Kell": someone else, unnamed
    on_a_medium = _speaker_before_a_medium(text, chunk) if " on " in chunk.group(0) else None
    if on_a_medium is not None:
        return on_a_medium
    owned = OWNERS_ROLE_THEN_NAME.match(text, offset) if "s " in text[offset : chunk.end() + 4] else None
    if owned is None and ("’" in rest[:OWNER_REACH] or "'" in rest[:OWNER_REACH]):
        owned = _owners_person(text, offset)  # "said Kelby council’s Ada Roe", "said Gizmo Works’ chief economist Ada Roe"
    if owned:  # "said Harlow’s Branch President, Tom Varley", "said Harbcon’s equipment manager, Mike Hale": the one named
        holder = head_of(owned.group("name"), text[: owned.start("name")])
        role = owned.group("role") or ""
        by_given_name = role in KIN_NOUNS  # "asked Brandt's sister, Vera": a relative named by a given name alone
        if holder is not None and holder.kind == "person" and (" " in holder.name or by_given_name):
            holder.role = holder.role or role
            return holder
    numbered = numbered_outlet_end(text, chunk.group(0), chunk.end())
    unit_holder = _titled_person_after_a_numbered_unit(text, chunk) if not numbered and text[chunk.end() + 1 : chunk.end() + 2].isdigit() else None
    if unit_holder is not None:
        return unit_holder
    joined = _post_of_joined_fields_after(text, chunk) if text.startswith(" and ", chunk.end()) else None
    if joined is not None:
        return joined
    parted_staff = _staff_of_a_parted_body_name(text, chunk) if text.startswith(BODY_NAME_SMALL_WORDS, chunk.end()) else None
    if parted_staff is not None:
        return parted_staff
    head = head_of(text[offset:numbered] if numbered else chunk.group(0), text[:offset])  # "according to France 24"
    if head is not None and named_like_a_business(head) and not (match and match.group(0).strip()) and PERSONS_OWN_AFTER.match(text, chunk.end()):
        return Head(head.name, "", "person", head.name.split()[-1])  # "said Anna Club, the owner.": no article, a person
    if head is None and chunk.group(0).rstrip(".") in ADVERB_SURNAMES:  # "said Soon.": the surname after the verb, no adverb
        return Head(chunk.group(0).rstrip("."), "", "person", chunk.group(0).rstrip("."))
    if head is None and is_demonym(fold(chunk.group(0))):  # "wrote Ukrainian commentator Iryna Voichuk": the person so described
        holder = _person_after_role_words(text, chunk, lambda words: not words & NOT_A_ROLE_WORD)
        if holder is not None and " " in holder.name:
            return holder
    if head is not None and (head.kind != "person" or " " not in head.name):
        # "said Kremlin spokesman Dmitry Peskov"; not "said the Norland Embassy in Lakeland", a preposition alone
        holder = _person_after_role_words(text, chunk, lambda words: words <= TITLE_OR_TRADE_WORDS and not words <= PREPOSITIONS, numbered)
        if holder is None and head.kind in ("person", "state"):  # "said Putin ally Yuri Ushakov", "said Kyiv resident Ola Dan"
            holder = _person_after_role_words(text, chunk, lambda words: not words & NOT_A_RELATION_WORD)
            holder = holder if holder is not None and " " in holder.name else None  # not "said Russia after Vladimir Putin spoke"
        if holder is not None:
            return holder
    if head is not None and head.kind == "person" and match and INDEFINITE.match(match.group(0)) and RELATION_NOUN_NEXT.match(text, chunk.end()):
        return None  # "argued a longtime Prigozhin acquaintance": someone unnamed, known by the one named
    if (
        head is not None
        and head.kind == "person"
        and match
        and match.group(0).rstrip().endswith("the")
        and RELATION_NOUN_NEXT.match(text, chunk.end())
    ):
        staff = PERSONS_STAFF_AFTER.match(text, chunk.end())
        if staff is not None:  # "said the Fisk campaign manager", "said the Lind family lawyer, Tom Reyes": not Ada Fisk
            return _named_staff(text, staff)
    # "the Minister of Foreign Affairs", "the Harbour Council", "the President of the Harbour Guild": a post, or a body a
    # post is named by, whoever holds it named after a comma
    titled = head is None or head.kind == "role" or (head.kind == "organization" and _names_a_post(chunk.group(0)))
    named = ROLE_THEN_NAME.match(text, chunk.end()) if titled else None
    if named:  # "according to the Minister of Foreign Affairs, Anniken Huitfeldt": the role's holder, named after it
        holder = head_of(named.group(1), text[: named.start(1)])
        if holder is not None and holder.kind == "person" and ((head is not None and head.kind == "role") or " " in holder.name):
            holder.role = holder.role or chunk.group(0)  # "said AUS Massey Branch President, Harvey Jones": the one named
            return holder
    if head is not None and OFFICIALS_NOUN.match(text, chunk.end()):
        return officials_voice(head)  # "said Dorvane officials": a body's, or unnamed officials of a place or a person
    post = STAFF_POST_AFTER.match(text, chunk.end()) if head is not None and head.kind in ("organization", "outlet") and match else None
    if head is not None and post and post.group("post") in STAFF_POST_WORDS and match is not None and match.group(0).rstrip().endswith("the"):
        return Head(head.name, head.role, head.kind, head.surname, staff_post=post.group("post"))  # "said the Harbour Trust chairman"
    if head is not None and head.kind == "person" and not head.role and " " in head.name and text.startswith(",", chunk.end()):
        head.role = described_role_after(text, chunk.end())  # "said Ana Cruz, the defence minister.": a later "the minister" is her
    return head


AND_THE = re.compile(r" and (?:the )?")


def _post_of_joined_fields_after(text: str, chunk: re.Match[str]) -> Head | None:
    """ "said Minister of Finance and the Economy Ann Black": the post's portfolio runs on past "and" to her name, as
    chunks joins it (_post_of_fields_then_name); None where the words after "and" are not the rest of it."""
    joiner = AND_THE.match(text, chunk.end())
    following = CHUNK.match(text, joiner.end()) if joiner is not None else None
    if following is None or not _post_of_fields_then_name(chunk.group(0), following.group(0)):
        return None
    return head_of(text[chunk.start() : following.end()], text[: chunk.start()])


# a body's name that the chunker parts at its small words ("UN Food and Agriculture Organization", "Save the Children",
# "Centre for Trade and Development"): the rest of the name after the chunk, each piece opened by small words
BODY_NAME_SMALL_WORDS = (" and ", " & ", " the ", " for ", " of ")
PARTED_BODY_NAME_REST = re.compile(r"(?:\s+(?:(?:and|&|the|for|of|on)\s+)+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)+")
# the heads of a post a body's name stands before that TITLE_OR_TRADE_WORDS leaves out ("nutrition specialist")
MORE_POST_HEADS = frozenset("specialist expert officer adviser advisor analyst representative".split())


def _staff_of_a_parted_body_name(text: str, chunk: re.Match[str]) -> Head | None:
    """ "said UN Food and Agriculture Organization economist Ana Roe", "said Save the Children country director Ana Roe":
    the person named in full after the whole body's name and the lower-case words of a post, not the piece of the name
    before its first small word ("UN Food", "Save"); None where the words before the small word are a person named in
    full ("said Tom Reyes and Harbour Trust chairman Ana Lind": two people)."""
    rest = PARTED_BODY_NAME_REST.match(text, chunk.end())
    if rest is None:
        return None
    post = BODY_ROLE_THEN_NAME.match(text, rest.end())
    if post is None:
        return _parted_body_name_alone(text, chunk, rest)
    words = post.group(1).split()
    if words[-1] not in TITLE_OR_TRADE_WORDS and words[-1] not in MORE_POST_HEADS:
        return None
    if set(words) & (PREPOSITIONS | NOT_A_ROLE_WORD | SMALL_TITLE_WORDS):
        return None
    first = head_of(chunk.group(0), text[: chunk.start()])
    if first is not None and first.kind == "person" and " " in first.name:
        return None
    body = head_of(text[chunk.start() : rest.end()], text[: chunk.start()])
    if body is None or body.kind not in ("organization", "outlet"):
        return None
    holder = head_of(post.group(2), text[: post.start(2)])
    if holder is None or holder.kind != "person" or " " not in holder.name:
        return None
    holder.role = holder.role or f"{body.name} {post.group(1).strip()}"
    return holder


PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _parted_body_name_alone(text: str, chunk: re.Match[str], rest: re.Match[str]) -> Head | None:
    """ "said Save the Children.", "said the UN Food and Agriculture Organization,": the whole body's name ending the
    phrase, not its last piece ("Children"); None where the piece before "and" names someone or something on its own
    ("said Tom Reyes and the Harbour Trust", "said Oxfam and Save the Children": two who speak together)."""
    if PHRASE_END.match(text, rest.end()) is None:
        return None
    first = head_of(chunk.group(0), text[: chunk.start()])
    joined_by_and = text.startswith((" and ", " & "), chunk.end())
    if first is not None and ((first.kind == "person" and " " in first.name) or (joined_by_and and first.kind != "person")):
        return None
    if text.startswith((" and the ", " & the "), chunk.end()) or _named_earlier(chunk.group(0), text[: chunk.start()]):
        # "said Hale and the Harbour Trust", "said Velm and the Harbour Trust": a surname or a place, then a body of its
        # own; a body's name runs on with no "the" after its "and" ("Food and Agriculture")
        return None
    body = head_of(text[chunk.start() : rest.end()], text[: chunk.start()])
    return body if body is not None and body.kind in ("organization", "outlet") else None


def _named_earlier(piece: str, before: str) -> bool:
    """Whether a one-word piece is a word of a name written earlier ("Tom Hale spoke." … "said Hale and …")."""
    return " " not in piece.strip() and re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(piece.strip())}\b", before) is not None


def described_role_after(text: str, end: int) -> str:
    """The role the description set after a name at `end` gives (", the defence minister.", ", a singer from Tarvo,"),
    closing the sentence or the apposition, else ''."""
    described = DESCRIBED_ROLE_END.match(text, end)
    return apposed_role(described.group(0) + ",") if described is not None else ""


DESCRIBED_ROLE_END = re.compile(r",\s*(?:the|a|an)\s+[^,.;:!?“”\n]{1,80}(?=[,.;]|$)")


TITLE_LINK_WORDS = frozenset("a an the of for to in on at and his her its their then".split())  # TITLE_WORDS' words that are no post


def _names_a_post(name: str) -> bool:
    """Whether a body's name ends with a title's word ("Harbour Council") or opens with a title of the body ("President
    of the Harbour Guild", "Secretary of the Pilots' Society"): a post its holder is named after."""
    words = name.split()
    first = fold(words[0])
    return fold(words[-1]) in TITLE_WORDS or (len(words) >= 3 and words[1] == "of" and first in TITLE_WORDS and first not in TITLE_LINK_WORDS)


# "the Fisk campaign manager.", "the Lind family lawyer, Tom Reyes": lower-case nouns after a name, ending the phrase or
# naming the one they describe
PERSONS_STAFF_AFTER = re.compile(r"(?:\s+[a-z][a-z-]{2,}){1,3}\s*(?:,\s*(?P<name>[A-Z][^,.;:!?]*)|[,.;:!?]|$)")


def _named_staff(text: str, staff: re.Match[str]) -> Head | None:
    """Who "the Fisk campaign manager" is: the person named after it in two words or more, else nobody named (the name
    before the nouns only qualifies them, as in "the Fisk campaign")."""
    if not staff.group("name"):
        return None
    name = CHUNK.match(text, staff.start("name"))  # the name's words, not the rest of the clause ("Tomas Reyel who joined in May")
    if name is None:
        return None
    holder = head_of(name.group(0), text[: name.start()])
    return holder if holder is not None and holder.kind == "person" and " " in holder.name else None


def _speaker_before_a_medium(text: str, chunk: re.Match[str]) -> Head | None:
    """ "said Varga on Radio Orlen", "declared Senator Tom Reyes on Fox News": a person, then the broadcaster or platform
    they spoke on, which is where, not who; not "the Commission on Human Rights" nor "Special Envoy on Climate X" (a body's
    or a role's name goes on after its "on")."""
    person = head_of(chunk.group(0).split(" on ", 1)[0], text[: chunk.start()])
    return person if person is not None and person.kind == "person" else None


def _person_after_role_words(text: str, chunk: re.Match[str], role_words_fit: Callable[[set[str]], bool], end: int = 0) -> Head | None:
    """The person named after the chunk and one to three lower-case role words that fit ("Kremlin spokesman Dmitry Peskov",
    "former Treasury official X", "Ukrainian commentator Iryna Voichuk"), the chunk and the words kept as the role. `end`,
    where given, is where the name ends past the chunk ("Radio 4 presenter Ann Vole": after the broadcaster's number)."""
    end = end or chunk.end()
    described = BODY_ROLE_THEN_NAME.match(text, end)
    if described is None or not role_words_fit(set(described.group(1).split())):
        return None
    holder = head_of(described.group(2), text[: described.start(2)])
    if holder is None or holder.kind != "person":
        return None
    holder.role = holder.role or f"{text[chunk.start() : end]} {described.group(1).strip()}"
    return holder


# the lower-case words of a role a body's name stands before ("White House counselor", "Port Authority engineer")
TITLE_OR_TRADE_WORDS = frozenset(TITLE_WORDS | OCCUPATION_NOUNS)


def post_words(words: set[str]) -> bool:
    """Whether lower-case words before a name are all a post's ("official", "deputy spokesman"), not the small words of a
    phrase that names someone else ("the attorney for Pavel Orsin", "the office of Governor Lena Voss")."""
    return words <= TITLE_OR_TRADE_WORDS and not words & (PREPOSITIONS | NOT_A_ROLE_WORD | SMALL_TITLE_WORDS)


SMALL_TITLE_WORDS = frozenset("the a an his her its their".split())  # the small words TITLE_WORDS holds for titles' runs
# one word of a post ending the phrase after a body's name ("said the Harbour Trust chairman.", "… manager.")
STAFF_POST_WORDS = TITLE_OR_TRADE_WORDS | OFFICE_HOLDER_WORDS
STAFF_POST_AFTER = re.compile(r"\s+(?P<post>[a-z]{3,})\s*(?:[,.;:!?]|$)")
# a numbered area of a body or an electorate before a title and a name ("District 12 District Attorney Pol Harren",
# "Division 3 Councillor Ann Lee", "Ward 4 Alderman Tom Rees")
NUMBERED_UNIT = re.compile(r" (?P<number>\d{1,3}) (?=[A-Z])")


def _titled_person_after_a_numbered_unit(text: str, chunk: re.Match[str]) -> Head | None:
    """The person a title names after a one-word unit and its number ("said District 12 District Attorney Pol Harren"),
    the unit kept in the role; a body named with the unit ("said Ward 4 Residents Association"), or its officer named
    after it ("… chairman Pat Lune"); None where the words after the number name no titled person in full ("said Route 9
    Diner owners", "said Gate 4 Kiosk"). None does not make the unit nobody: the caller still reads the unit's word alone
    ("Route", "Platform") as a person, an older habit this function does not mend."""
    unit = NUMBERED_UNIT.match(text, chunk.end()) if " " not in chunk.group(0) else None
    if unit is None:
        return None
    named = CHUNK.match(text, unit.end())
    holder = head_of(named.group(0), text[: unit.end()]) if named else None
    if named and holder is not None and holder.kind == "organization":
        # "said Ward 4 Residents Association chairman Pat Lune": the body's name holds the unit, its officer named after it
        officer = _person_after_role_words(text, named, lambda words: words <= TITLE_OR_TRADE_WORDS and not words <= PREPOSITIONS)
        if officer is not None and " " in officer.name:
            officer.role = f"{chunk.group(0)} {unit.group('number')} {officer.role}"
            return officer
        body = f"{chunk.group(0)} {unit.group('number')} {named.group(0).strip(',.')}"
        return Head(body, "", "organization")  # "said Ward 4 Residents Association": the body, not a person named Ward
    if holder is None or holder.kind != "person" or " " not in holder.name or not holder.role:
        return None
    holder.role = f"{chunk.group(0)} {unit.group('number')} {holder.role}"
    return holder


INDEFINITE = re.compile(r"\s*,?\s*(?:a|an|one|another)\s")
RELATION_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|that|of|to|in|on|at|from|with|by|for|as|who|is|are|was|were|has|have|had|will|would)\b)[a-z]{3,}\b")
NOT_A_ROLE_WORD = set("and or that of to in on at from with by for as is are was were has have had will would".split())
NOT_A_RELATION_WORD = NOT_A_ROLE_WORD | NOT_NAMES
OWNERS_ROLE_THEN_NAME = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}[’']s\s+(?P<role>(?:[\w-]+\s+){0,3}[\w-]+),\s*(?P<name>" + CHUNK.pattern + r")\s*(?:[,.;]|$)"
)
# a place's, a body's or a person's possessive, then a post in lower case or none, then the person named, closing the phrase
# ("Kelby council’s Ada Roe.", "Gizmo Works’ chief economist Ada Roe,", "Norland’s foreign minister Ada Roe"): the one named
OWNERS_PERSON_THEN_NAME = re.compile(
    r"(?:"
    + LOWER_BODY
    + r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:[’']s|(?<=s)[’'])\s+(?:(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+)?(?P<name>"
    + CHUNK.pattern
    + r")\s*(?:[,.;]|$)"
)
OWNER_REACH = 80  # characters after the cue the owner's possessive stands within


def _owners_person(text: str, offset: int) -> re.Match[str] | None:
    """OWNERS_PERSON_THEN_NAME at offset where the words between the possessive and the name are a post's or a
    relation's ("chief economist", "ally"), not a clause's ("decision to fire")."""
    owned = OWNERS_PERSON_THEN_NAME.match(text, offset)
    if owned is None or set((owned.group("role") or "").split()) & NOT_A_RELATION_WORD:
        return None
    return owned


ROLE_THEN_NAME = re.compile(r",\s*(" + CHUNK.pattern + r")\s*(?:[,.;]|$)")
BODY_ROLE_THEN_NAME = re.compile(r"\s+((?:[a-z][a-z-]*\s+){1,3})(" + CHUNK.pattern + ")")
