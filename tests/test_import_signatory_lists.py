"""A release's or an open letter's list of the people who sign it, under the line leading into it ('The following
nurses support this statement:', 'Signatories:', 'Signed by:'), a name, a post and an
employer a line, the places and dates served on lines under some, a degree on a line of its own, a pseudonym in
quotation marks. Its lines are never sections, sub-sections, links or tags: one list, ended by the first line that is no
person's nor one under a person's, or by a heading. Passages of our own, with near misses."""

from __future__ import annotations

import dossier.signatories as signatories_module
import pytest
from counting import CallCounter
from dossier.importunits import SIGNATORY_KEY, Unit
from imported import built, headings

HEAD = (
    "Nurses speak out on the Velmar clinics\n\n2021-06-02\n\n"
    "NURSES SPEAK OUT: thirty nurses call for the clinics to reopen\n\n"
    "Thirty nurses who worked at the Velmar clinics have today issued a statement calling for the clinics to reopen.\n\n"
    "“We watched the queues grow every week,” said Orla Penn, a former nurse with Carewell.\n\n"
)
# a page of signatories a name and a post a line, the places and dates served under some, a
# degree on a line of its own, a name the lists of given names do not hold, a pseudonym, a place alone over a name
PAGE = (
    "{a} Senior Community Nurse Carewell Relief Velmar: March {y} - May 2019\n\n"
    "{degree}\n\n"
    "Jorik {other} Ward Manager Carewell Relief\n\n"
    "{place}: June {y} - May 2019 Master of Public Health\n\n"
    "{b} Midwife Harbour Care\n\n"
    "{place}\n\n"
    "‘{alias}’ Community Health Worker Harbour Care {place}: March {y} - May 2019\n\n"
    "{c} Mental Health Nurse Harbour Care {place}: September {y} - October 2019 Master of Nursing\n\n"
)
NAMES = ["Agnes Wirth", "Boris Lund", "Clara Voss", "Daniel Roth", "Elena Marsh", "Frank Adler", "Gerda Holm", "Hugo Brant"]
NAMES += ["Irma Kell", "Jonas Petz", "Karla Seidel", "Lukas Ortmann"]  # 'Jorik', 'Hugo': names the lists do not hold
DEGREES = ["Bachelor of Nursing", "Bachelor of Social Work", "Bachelor of Arts", "Bachelor of Science"]
OTHERS = ["Almeda", "Brisk", "Corvin", "Dunmore"]
PLACES = ["Velmar", "Ostby", "Kessel Bay", "Tarnwick"]
ALIASES = ["Wren", "Sol", "Kit", "Ash"]
SIGNERS = "".join(
    PAGE.format(
        **dict(zip("abc", NAMES[page * 3 : page * 3 + 3], strict=True)),
        y=2014 + page,
        degree=DEGREES[page],
        other=OTHERS[page],
        place=PLACES[page],
        alias=ALIASES[page],
    )
    for page in range(4)
)


def _kinds(markdown: str) -> tuple[list[str], list[str]]:
    lines = markdown.split("\n")
    return [line for line in lines if line.startswith("#")], [line for line in lines if line.startswith("- ")]


def _listed(result) -> int:
    """How many lines the import read as a signatories' list (its message)."""
    found = [int(m.split(": ")[1].split()[0]) for m in result.inferred if "under a signatories' lead-in" in m]
    return sum(found)


def _all_listed(items: list[str]) -> bool:
    people = NAMES + [f"Jorik {other}" for other in OTHERS] + [f"‘{alias}’" for alias in ALIASES]
    return all(any(name in item for item in items) for name in people)


def test_the_lines_under_a_statements_supporters_lead_in_are_one_list_no_sections():
    result, report = built(HEAD + "The following nurses support this statement:\n\n" + SIGNERS)
    marked, items = _kinds(result.markdown)
    assert marked == [] and headings(report) == []
    assert _all_listed(items) and any(item.endswith("Bachelor of Nursing") for item in items)
    assert "“We watched the queues grow every week,” said Orla Penn" in result.markdown  # the release's text stays as it was


@pytest.mark.parametrize(
    "lead_in", ["Signatories:", "This letter is signed by:", "The following midwives have signed the open letter:", "Endorsed by:"]
)
def test_signatories_signed_by_and_endorsed_by_lead_ins_too(lead_in: str):
    result, _report = built(HEAD + lead_in + "\n\n" + SIGNERS)
    marked, items = _kinds(result.markdown)
    assert marked == [] and _all_listed(items), lead_in


def test_names_with_their_titles_and_employers_after_a_comma():
    signers = "Dr Helga Brandt, Velmar University\n\nProfessor Tobias Quell, Kessel Institute\n\nMs Ilse Varga, Harbour Care\n\n"
    result, _report = built(HEAD + "Signatories:\n\n" + signers + "About the nurses\n\n" + "The nurses worked at the clinics for years. " * 4)
    marked, items = _kinds(result.markdown)
    assert items[:3] == ["- Dr Helga Brandt, Velmar University", "- Professor Tobias Quell, Kessel Institute", "- Ms Ilse Varga, Harbour Care"]
    assert _listed(result) == 3 and marked == ["## About the nurses"]  # over prose, a heading as 'About Carewell' below


def test_a_paragraph_of_prose_under_the_list_ends_it_and_a_heading_after_it_stays():
    tail = (
        "About Carewell\n\n"
        "Carewell is a charity that has run nursing services in the region for twenty years, and it works with the clinics "
        "and the families who depend on them in every town along the coast.\n\n"
    )
    result, _report = built(HEAD + "The following nurses support this statement:\n\n" + SIGNERS + "Mira Lenz Midwife\n\n" + tail)
    marked, items = _kinds(result.markdown)
    assert marked == ["## About Carewell"] and _all_listed(items)
    assert "Carewell is a charity" in result.markdown and not any("Carewell is a charity" in item for item in items)


LETTER = (
    "Open letter on the Tarn river works\n\nDate: 4 March 2026\n\n"
    "We, the residents of Tarnby, write to ask the council to halt the river works until an independent survey of the "
    "banks has been done and published.\n\n"
    "The works began in January without notice to the people living along the banks, and three homes have since flooded.\n\n"
    "The following residents signed the letter:\n\n"
    "Nora Feld, Tarnby\n\nOskar Brill, Upper Tarn\n\nHelena Ruck, Tarnby\n\n"
)


def test_a_letters_later_sections_under_the_list_stay_sections():
    later = (
        "Notes\n\nWe thank the river trust for its help.\n\nOur survey is attached.\n\n"
        "Next steps\n\nWe will meet the council on 12 March.\n\nWrite to us at the trust.\n\n"
    )
    result, report = built(LETTER + later)
    _marked, items = _kinds(result.markdown)
    assert _listed(result) == 3 and items[:3] == ["- Nora Feld, Tarnby", "- Oskar Brill, Upper Tarn", "- Helena Ruck, Tarnby"]
    assert "Next steps" in headings(report)
    assert not any("We thank" in item or "Next steps" in item or "We will meet" in item for item in items)


def test_a_heading_in_capitals_under_the_list_ends_it():
    reply = "The council wrote back on 20 March and said the works would go on, with a survey of the banks in the summer.\n\n"
    result, _report = built(LETTER + "Council Reply\n\n" + reply)
    assert _listed(result) == 3 and "\n\nThe council wrote back on 20 March" in result.markdown


def test_a_familys_quoted_statement_under_a_lead_in_stays_a_quotation():
    text = (
        "Tarnby teacher dies in quay fall\n\nBy Ines Kolb\n\n12 May 2026\n\n"
        "A teacher at Tarnby primary school died on Tuesday after falling from the north quay, which the council had been "
        "asked to fence off last year.\n\n"
        "The following statement was signed by her family:\n\n"
        "“Greta loved the sea and her pupils, and we miss her.”\n\n"
        "Greta Lind Tarnby Primary\n\n"
        "The council said it would review safety along the quay and fence the north end before the summer holidays begin.\n\n"
    )
    result, _report = built(text)
    assert _listed(result) == 0 and "> “Greta loved the sea" in result.markdown


def test_a_lead_in_over_lines_that_are_no_people_is_left_alone():
    topics = (
        "Staffing Levels And Rotas\n\nThe clinics lost a third of their nurses in a year, and the rotas left wards with one nurse at night.\n\n"
        "Waiting Times For Patients\n\nPatients waited four hours on average, twice as long as the year before, the figures show.\n\n"
    )
    _result, report = built(HEAD + "Signatories:\n\n" + topics)
    assert "Staffing Levels And Rotas" in headings(report)


def test_a_following_line_that_names_no_signing_leads_into_no_list():
    """'The following findings:' over lines opening on given names (the findings' names): no signatories' list."""
    findings = "Hanna Report On The North Ward\n\nFelix Review Of The Rotas\n\nBoth found the wards short of nurses by a third.\n\n"
    result, _report = built(HEAD + "The following findings:\n\n" + findings)
    assert _listed(result) == 0


def test_one_name_under_a_lead_in_is_no_list():
    result, _report = built(HEAD + "Signed by:\n\nNora Feld Ward Manager Carewell Relief\n\nAbout Carewell\n\n" + "Carewell runs clinics. " * 6)
    assert _listed(result) == 0


def test_the_list_ends_after_its_cap():
    names = "".join(f"Agnes Wirth{at} Senior Nurse Carewell Relief\n\n" for at in range(signatories_module.RUN_MAX + 20))
    units = [Unit(at + 1, text) for at, text in enumerate(["Signatories:", *names.split("\n\n")[:-1]])]
    signatories_module.signatory_lines(units, 0, [])
    assert sum(bool(u.data.get(SIGNATORY_KEY)) for u in units) == signatories_module.RUN_MAX


def test_many_lead_ins_over_lines_of_no_people_are_read_in_linear_work(monkeypatch: pytest.MonkeyPatch):
    reads = CallCounter(monkeypatch, signatories_module, "_named")

    def reads_of(n: int) -> int:
        reads.reset()
        texts = [text for _ in range(n) for text in ("Signatories:", "Velmar: March 2014 - May 2019")]
        signatories_module.signatory_lines([Unit(at + 1, text) for at, text in enumerate(texts)], 0, [])
        return reads.count

    assert reads_of(400) <= 5 * reads_of(100)


@pytest.mark.parametrize(
    ("signers", "heading"),
    [
        (["Agnes Wirth", "Boris Lund"], "OUTLOOK"),
        (["Clara Voss, Ostby", "Daniel Roth, Tarnwick", "Elena Marsh, Velmar"], "WHAT WE ASK"),
        (["Agnes Wirth", "Boris Lund"], "Plans for 2025"),
    ],
)
def test_a_heading_in_capitals_or_with_a_year_over_prose_ends_the_list(signers: list[str], heading: str) -> None:
    lines = ["Open letter on the Kessel Bay clinics", "4 March 2024", "We ask the board to reopen the clinics before winter.", "Signed by:"]
    prose = "The clinics have served the bay since 1990 and see about three hundred patients a week from the islands."
    _, report = built("\n\n".join([*lines, *signers, heading, prose]) + "\n")
    assert heading in headings(report)
    assert all(not item.startswith(heading) for s in report.sections for item in getattr(s, "list_items", []))


def test_a_degree_line_under_the_last_signer_over_prose_stays_in_the_list() -> None:
    lines = ["Open letter on the Kessel Bay clinics", "4 March 2024", "We ask the board to reopen the clinics before winter.", "Signed by:"]
    signers = ["Agnes Wirth", "Boris Lund", "MBBS FRANZCP"]
    prose = "The clinics have served the bay since 1990 and see about three hundred patients a week from the islands."
    result, report = built("\n\n".join([*lines, *signers, prose]) + "\n")
    assert "- MBBS FRANZCP" in result.markdown and not headings(report)
