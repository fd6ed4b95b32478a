"""A release's or an open letter's list of the people who sign it, under the line leading into it ('The following
nurses support this statement:', 'Signatories:', 'Signed by:'), as a PDF's text gives it: a name, a post and an
employer a line, the places and dates served, a degree on a line of its own, some names alone. Its lines are never
sections, sub-sections, links or tags: one list. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

RUNNING_HEAD = "EMBARGO - 6:00AM 2ND JUNE 2021"
HEAD = (
    f"Nurses speak out on the Velmar clinics\n\n2021-06-02\n\n1\n\n{RUNNING_HEAD}\n\n"
    "NURSES SPEAK OUT: thirty nurses call for the clinics to reopen\n\n"
    "Thirty nurses who worked at the Velmar clinics have today issued a statement calling for the clinics to reopen.\n\n"
    "“We watched the queues grow every week,” said Orla Penn, a former nurse with Carewell.\n\n"
    f"2\n\n{RUNNING_HEAD}\n\n"
)
# a page of signatories as a PDF's text gives it: a name and a post a line, the places and dates served under some, a
# degree on a line of its own, a name alone
PAGE = (
    "{a} Senior Community Nurse Carewell Relief Velmar: March {y} - May 2019\n\n"
    "{degree}\n\n"
    "{b} Ward Manager Carewell Relief\n\n"
    "Velmar: June {y} - May 2019 Master of Public Health {degree} Graduate Diploma in {field}\n\n"
    "{c} Midwife Harbour Care Velmar: March {y} - May 2019 {d} Community Health Worker Harbour Care Velmar\n\n"
    "{e} Mental Health Nurse Harbour Care Velmar: September {y} - October 2019 Master of Nursing\n\n"
)
NAMES = ["Agnes Wirth", "Boris Lund", "Clara Voss", "Daniel Roth", "Elena Marsh", "Frank Adler", "Gerda Holm", "Hugo Brant"]
NAMES += ["Irma Kell", "Jonas Petz", "Karla Seidel", "Lukas Ortmann", "Maria Falke", "Nils Ahrend", "Olga Wendt"]
NAMES += ["Paula Brenner", "Rudolf Sander", "Sabine Kraus", "Thomas Eder", "Ursula Bach"]
DEGREES = ["Bachelor of Nursing", "Bachelor of Social Work", "Bachelor of Arts", "Bachelor of Science"]
FIELDS = ["Midwifery", "Mental Health", "Paediatrics", "Public Health"]
SIGNERS = "".join(
    PAGE.format(**dict(zip("abcde", NAMES[page * 5 : page * 5 + 5], strict=True)), y=2014 + page, degree=DEGREES[page], field=FIELDS[page])
    + f"{page + 3}\n\n{RUNNING_HEAD}\n\n"
    for page in range(4)
)


def _kinds(markdown: str) -> tuple[list[str], list[str]]:
    lines = markdown.split("\n")
    return [line for line in lines if line.startswith("#")], [line for line in lines if line.startswith("- ")]


def test_the_lines_under_a_statements_supporters_lead_in_are_one_list_no_sections():
    result, report = built(HEAD + "The following nurses support this statement:\n\n" + SIGNERS)
    marked, items = _kinds(result.markdown)
    assert marked == [] and headings(report) == []
    assert "- Boris Lund Ward Manager Carewell Relief" in items and "- Bachelor of Nursing" in items
    assert all(any(name in item for item in items) for name in NAMES)  # no signatory left out as a tag line


def test_signatories_and_signed_by_lead_ins_too():
    for lead_in in ("Signatories:", "This letter is signed by:", "The following midwives have signed the open letter:"):
        result, _report = built(HEAD + lead_in + "\n\n" + SIGNERS)
        marked, items = _kinds(result.markdown)
        assert marked == [] and all(any(name in item for item in items) for name in NAMES), lead_in


def test_a_paragraph_of_prose_under_the_list_ends_it_and_a_heading_after_it_stays():
    tail = (
        "About Carewell\n\n"
        "Carewell is a charity that has run nursing services in the region for twenty years, and it works with the clinics "
        "and the families who depend on them in every town along the coast.\n\n"
    )
    result, _report = built(HEAD + "The following nurses support this statement:\n\n" + SIGNERS + tail)
    marked, items = _kinds(result.markdown)
    assert marked == ["## About Carewell"] and all(any(name in item for item in items) for name in NAMES)
    assert "Carewell is a charity" in result.markdown


def test_a_lead_in_over_lines_that_are_no_people_is_left_alone():
    topics = (
        "Staffing Levels And Rotas\n\nThe clinics lost a third of their nurses in a year, and the rotas left wards with one nurse at night.\n\n"
        "Waiting Times For Patients\n\nPatients waited four hours on average, twice as long as the year before, the figures show.\n\n"
    )
    _result, report = built(HEAD + "Signatories:\n\n" + topics)
    assert "Staffing Levels And Rotas" in headings(report)
