"""Credits the detector learnt from a new user's reports (a university story reposted as Markdown, a media release copied
as text, a saved news page) and from an annotator's read of a magazine's technology story: each rule's passages written
for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from passages import attributed

# --- a term closing a second clause of reported speech, its verb shifted back ----------------------------------------

GOES_ON = "“The audit should be largely finished by June, and its results will go to the annual budget round.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marro said the board changed its timetable every year, but this year had taken a “shared approach”.",
        "Ilse Marro said the board changed its timetable every year, but this year it had taken a “shared approach”.",
        "Ilse Marro, who spoke to staff on Monday, said the board changed its timetable every year, and this year would take a “shared approach”.",
        "Ilse Marro said the board changed its timetable every year, and then they would take a “shared approach”.",
    ],
)
def test_a_term_in_a_backshifted_clause_joined_to_reported_words_is_the_speakers_and_the_quotation_below_goes_on(sentence: str) -> None:
    body = f"Port board chair Ilse Marro said the audit would trim the timetable.\n\n{sentence}\n\n{GOES_ON}"
    assert attributed(body) == [("Ilse Marro", "shared approach"), ("Ilse Marro", GOES_ON.strip("“”"))]


@pytest.mark.parametrize(
    "sentence",
    [
        # another subject in the second clause, capitalised or not, or its verb not shifted back: the writer's account of
        # someone else, nobody's words
        "Ilse Marro said the board changed its timetable every year, but the Harbour Trust had taken a “shared approach”.",
        "Ilse Marro said the board changed its timetable every year, but the trust had taken a “shared approach”.",
        "Ilse Marro said the board changed its timetable every year, but this year the trust had taken a “shared approach”.",
        "Ilse Marro said the board changed its timetable every year, but this year the council takes a “shared approach”.",
        # no cue at all before the term
        "The board changed its timetable every year, but this year had taken a “shared approach”.",
    ],
)
def test_a_term_in_a_second_clause_that_is_not_reported_speech_stays_nobodys(sentence: str) -> None:
    found = attributed(f"{sentence}\n\n{GOES_ON}")
    assert ("Ilse Marro", "shared approach") not in found


def test_a_quotation_below_a_paragraph_crediting_nobody_stays_nobodys() -> None:
    body = f"The board changed its timetable every year, but this year had taken a “shared approach”.\n\n{GOES_ON}"
    assert attributed(body) == []


# --- a cue set off in commas inside a paraphrase names the one a later "he" means ------------------------------------

LEAD = "“Brightwave was built from the start as a network service,” Tomas Dorrance, head of products at Brightwave, tells The Coastal Ledger.\n\n"
PARAPHRASE = "Brightwave's offering, which is sold at $12 a month for its Harbour Plus plan, is aimed at commuters."
HE_SAYS = "“We run one of the biggest fibre networks on the continent,” he says."


@pytest.mark.parametrize("cue", ["says Dorrance", "Dorrance says", "according to Dorrance"])
def test_he_after_a_cue_set_off_in_a_paraphrase_is_the_one_it_names(cue: str) -> None:
    body = f"{LEAD}{PARAPHRASE} The key to the service's success, {cue}, is the company's own network. {HE_SAYS}"
    assert attributed(body)[-1] == ("Tomas Dorrance", HE_SAYS.split("”")[0].strip("“"))


def test_he_after_a_cue_set_off_in_a_paraphrase_without_the_product_is_still_the_one_it_names() -> None:
    paraphrase = "Brightwave's offering, which is sold at $12 a month, is aimed at commuters."
    body = f"{LEAD}{paraphrase} The key to the service's success, says Dorrance, is the company's own network. {HE_SAYS}"
    assert attributed(body)[-1] == ("Tomas Dorrance", HE_SAYS.split("”")[0].strip("“"))


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the name a cue set off in commas gives with nothing to show it is a person's (a firm, a survey)
        "The service, according to Statwise, is the fastest on the coast.",
        "Sales, said Harbourline, rose 4 per cent.",
        "The service, says Brightwave, is the fastest on the coast.",
    ],
)
def test_he_after_a_cue_set_off_in_commas_naming_no_evident_person_is_still_the_one_who_acted(sentence: str) -> None:
    body = f"Tomas Dorrance runs the shop. {sentence} “We run the biggest network,” he says."
    assert attributed(body) == [("Tomas Dorrance", "We run the biggest network,")]


@pytest.mark.parametrize(
    "cue, speaker",
    [
        ("says Dorrance", "Tomas Dorrance"),  # the surname of one the report names in full
        ("according to Peter", "Peter"),  # a listed given name
    ],
)
def test_he_after_a_cue_set_off_in_commas_naming_an_evident_person_is_that_person(cue: str, speaker: str) -> None:
    body = f"Ilse Varn met Tomas Dorrance. Bo Lind runs the shop. The service, {cue}, is the fastest on the coast. “We run it,” he says."
    assert attributed(body) == [(speaker, "We run it,")]


# --- "he" or "she" is never a company or a product the report names as one ------------------------------------------

HE_RUNS = "“We run one of the biggest fibre networks on the continent,” he says."


@pytest.mark.parametrize(
    "sentence",
    [
        "The music firm Harbourwave launched its service on Tuesday.",
        "The service is sold at $12 a month for its Harbour Plus plan.",
        "Commuters pay $12 a month for their Harbour Plus plan.",
        "The service is aimed at commuters, and its Harbour Plus plan costs $12.",
    ],
)
def test_he_after_a_company_or_product_named_as_one_with_no_person_named_is_nobody(sentence: str) -> None:
    assert attributed(f"{sentence} {HE_RUNS}") == []


@pytest.mark.parametrize(
    "sentence",
    ["The music firm Harbourwave launched its service on Tuesday.", "Commuters pay $12 a month for their Harbour Plus plan."],
)
def test_he_after_a_company_or_product_named_as_one_is_still_the_person_named_before_it(sentence: str) -> None:
    body = f"Tomas Dorrance leads the team. {sentence} {HE_RUNS}"
    assert attributed(body) == [("Tomas Dorrance", "We run one of the biggest fibre networks on the continent,")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name before a lower-case noun of what a firm sells: the product's
        "The Brightwave Plus plan costs $12.",
        "The Harbourline app costs $12.",
        # a name the report describes as a company, given again by a cue set off in commas
        "Brightwave, a broadband company, sells fibre. The service, according to Brightwave, is the fastest on the coast.",
    ],
)
def test_he_after_a_product_or_a_described_company_is_the_person_named_before(sentence: str) -> None:
    body = f"Tomas Dorrance runs sales. {sentence} “We run the biggest network,” he says."
    assert attributed(body) == [("Tomas Dorrance", "We run the biggest network,")]


@pytest.mark.parametrize(
    "body, speaker",
    [
        # near misses: "plan to" is a verb, a person named after the firm, a plan named after the person
        ("Ana Roe and Bo Lind plan to open a shop. “We run the biggest network,” he says.", "Bo Lind"),
        ("Tomas Dorrance runs sales. Brightwave sells fibre. Bo Lind joined in May. “We run the biggest network,” he says.", "Bo Lind"),
        ("Ana Roe runs sales. The Roe plan costs $12. “We run the biggest network,” she says.", "Ana Roe"),
    ],
)
def test_he_after_a_name_before_a_verb_or_a_person_is_still_that_person(body: str, speaker: str) -> None:
    assert attributed(body) == [(speaker, "We run the biggest network,")]


# --- the outlet a speaker "tells" is no one a later "he" or "she" means -------------------------------------------------


def test_he_after_a_quote_told_to_an_outlet_is_the_speaker_not_the_outlet() -> None:
    body = (
        "“Brightwave was built from the start as a network service,” Tomas Dorrance, head of products at Brightwave, "
        "tells The Coastal Ledger."
        f"\n\nThe offering is sold at $12 a month for its Harbour Plus plan. {HE_RUNS}"
    )
    assert attributed(body)[-1] == ("Tomas Dorrance", "We run one of the biggest fibre networks on the continent,")


# --- a term after "sees X as", "regards X as", "views X as": the speaker's words for the thing, as after "calls X" ------


@pytest.mark.parametrize("verb", ["sees", "regards", "views"])
def test_a_term_after_a_verb_of_view_and_as_is_the_speakers(verb: str) -> None:
    body = (
        f"Ilse Varga, research director at the market research firm Northgate, {verb} Harbourwave's catalogue as its "
        "“weak flank.” Most of its albums cost as much as they do elsewhere."
    )
    assert attributed(body) == [("Ilse Varga", "weak flank.")]


def test_a_term_after_a_verb_of_view_naming_a_person_as_is_the_speakers_not_the_persons() -> None:
    assert attributed("Ilse Varga regards Ole Brandt as a “safe pair of hands”.") == [("Ilse Varga", "safe pair of hands")]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: no "as" after the verb, the noun "views", the preposition "regarding", nobody named
        "Ilse Varga saw the “Harbour Lights” show on Tuesday.",
        "Ilse Varga sees the “Harbour Lights” show as a success.",
        "Ilse Varga shared her views on the “weak flank” of the port.",
        "Ilse Varga said the plan, regarding the “weak flank”, was late.",
        "Many see the plan as a “weak flank”.",
    ],
)
def test_a_term_near_a_verb_of_view_without_its_as_stays_nobodys(body: str) -> None:
    assert attributed(body) == []


# --- an acronym a text spells out in brackets after a body's name joined by "and" is that body ------------------------


@pytest.mark.parametrize(
    "defined",
    [
        "Documents obtained from Harbour Services and Procurement Norland (HSPN) show the plan.",
        "The plan was drawn up by Harbour Services and Procurement Norland (HSPN) last year.",
    ],
)
def test_a_body_named_later_by_the_acronym_it_was_spelled_out_with_is_the_body(defined: str) -> None:
    body = f"{defined}\n\nHSPN said its plan to cut office space was being “adjusted.”"
    assert attributed(body) == [("Harbour Services and Procurement Norland", "adjusted.")]


@pytest.mark.parametrize(
    "people, initials",
    [
        ("Maria Velt and John Orr", "MVJO"),  # listed given names
        ("Tavi Velt and Oru Orr", "TVOO"),  # no listed given name, no body's word either
    ],
)
def test_two_people_with_their_initials_in_brackets_are_no_body(people: str, initials: str) -> None:
    body = f"The plan was drawn up by {people} ({initials}) last year.\n\n{initials} said the plan was being “adjusted.”"
    assert attributed(body) == [(initials, "adjusted.")]  # the letters stay the label they were, no two people made one body
