"""The words of a role or title before a name ("Foreign Minister", "analyst"): apart from the name finder, so that a
build that reads no report (a warm build's merging of provisional speakers, dossier.provisional) need not import it."""

TITLE_WORDS = set(
    """president presidential prime minister ministry foreign affairs defense defence interior deputy vice secretary
    general spokesman spokeswoman spokesperson commander chief head leader supreme ambassador envoy representative
    adviser advisor senior former then top army ground forces force navy naval air corps guards guard revolutionary
    islamic member mp parliament parliamentary majlis speaker chairman chairwoman chairperson chair director official officer cleric ayatollah
    grand hojjat sheikh imam dr mr mrs ms madam gen brig maj col lt admiral colonel major brigadier lieutenant captain governor
    mayor senator sen rep gov congressman congresswoman lawmaker legislator deputies judge justice attorney prosecutor
    pope bishop archbishop cardinal rabbi patriarch metropolitan mufti king queen prince emir crown sultan professor prof analyst journalist editor
    columnist correspondent national security council the of and for to in on at a an his her its their counterpart official's
    commentator expert economist researcher fellow founder ceo executive acting press head secretary-general undersecretary
    assistant principal chancellor premier governor-general marshal sergeant representative pvt private sgt cpl corporal capt
    adm amb rev barrister commissioner administrator elect designate special counsel counselor counsellor rapporteur ombudsman sheriff
    hon honourable honorable engr supt insp cdr atty alhaji alhaja otunba aremo olorogun mallam pastor
    inspector superintendent constable detective treasurer comptroller ald comrade taoiseach tanaiste tánaiste shadow""".split()
)
# a word that is a title's only before the title it forms a compound with ("the Deputy High Commissioner"): alone it opens
# street names and firms ("High Street Traders"), so it is no title word
TITLE_ONLY_BEFORE = {"high": "commissioner"}
# the titles of US local office, written glued to the name as "Assemblyman" is ("Councilman Piet Vander said")
LOCAL_OFFICE_TITLES = frozenset(
    """councilman councilwoman councilmember councillor councilor councilperson freeholder selectman selectwoman selectperson
    supervisor assemblymember assemblywoman assemblyman alderman alderwoman alderperson""".split()
)
TITLE_WORDS |= LOCAL_OFFICE_TITLES
# a broadcaster's people, named with its name before ("BBC presenter Ann Vole", "Radio 4 anchor Tom Reed"): the person, not the outlet
TITLE_WORDS |= {"presenter", "anchor", "newsreader"}
# the ranks of a law-enforcement agency's officers before a name ("FBI Special Agent Ann Lee", "Special Agent in Charge
# Ann Lee", "HSI Agent Tom Reed"): US agencies' releases name their officers so ("in Charge" is read in names.py)
TITLE_WORDS |= {"agent"}
# the abbreviations of councillor in Australia, New Zealand and Britain ("Cr Jane Roe", "Cllr Ann Lee")
TITLE_WORDS |= {"cr", "cllr"}
# titles in the plural before several names ("Trinamool Congress MPs Derek O’Brien and Mahua Moitra"): two members, not one body
PLURAL_TITLES = frozenset("mps meps mlas senators sens reps ministers lawmakers legislators congressmen".split())
TITLE_WORDS |= PLURAL_TITLES
# the letters a firm's officers are named by, in capitals before the name ("company CFO Ann Lee", "its COO Tom Vale"); the
# sieves read them as title words only where they are in capitals, so they are not among TITLE_WORDS
OFFICER_LETTERS = frozenset("ceo cfo coo cto cio cmo cso vp evp svp".split())
# a legislature's member by its letters ("One TD said", "an MEP claimed"): an unnamed member, never a body
MEMBER_LETTERS = frozenset("mep td mla msp mk mpp mha mna mlc".split())
# the titles written as their letters, in capitals ("CEO", "CFO", "MP", "MEP", "TD")
TITLE_LETTERS = OFFICER_LETTERS | MEMBER_LETTERS | {"mp"}


# the titles of a head of state's or government's spouse: an ordinal with a courtesy noun, a role as a whole ("the First
# Lady said", "First Lady Jane Roe"), never a person named Lady after the word "First"
CONSORT_TITLES = frozenset(("first lady", "second lady", "first gentleman", "second gentleman"))


# the words that make another office of the one they stand before: "the deputy chairman" is not the chairman
OTHER_OFFICE_WORDS = frozenset("deputy vice assistant associate shadow".split())
# the words that qualify the title after them and belong to it, which TITLE_WORDS lacks: its rank or its term ("Junior
# Minister", "Associate Professor", "Associate Dean", "Interim Director", "Outgoing Director"); alone they are no title.
# (OTHER_OFFICE_WORDS answers another question: whether "the associate professor" is "the professor")
TITLE_QUALIFIERS = frozenset("junior associate interim acting outgoing incoming".split())


def hyphenated_title(word: str) -> bool:
    """ "governor-elect", "vice-president", "president-designate": a title written as one hyphenated word (folded)."""
    return "-" in word and all(part in TITLE_WORDS for part in word.split("-"))


ELECT_SUFFIXES = ("-elect", "-designate")


def title_parts(role: str) -> list[str]:
    """A folded role's words, a title-elect as its parts: "governor-elect" is a governor "the governor" means (not
    "governor-general" or "vice-president", another office)."""
    return [part for word in role.split() for part in (word.split("-") if word.endswith(ELECT_SUFFIXES) else (word,))]
